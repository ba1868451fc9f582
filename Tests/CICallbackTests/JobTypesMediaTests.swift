import Foundation
import XCTest

@testable import CICallback
@testable import ci_callback

/// The media job types (Transcode, Snapshot, Animation, Concat, SmartCover, Segment,
/// VideoMontage, VideoProcess, SDRtoHDR, SuperResolution, VideoEnhance, FillConcat,
/// VideoSynthesis, SegmentVideoBody, Watermark): typed values from each
/// published sample and from the bodies written from the docs, and their headlines.
final class JobTypesMediaTests: XCTestCase {
    private func job(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> JobsDetail {
        let callback = try CallbackDecoder().decode(Fixtures.data(name))
        XCTAssertEqual(callback.problems.count, 0, name, file: file, line: line)
        return try XCTUnwrap(callback.job, name, file: file, line: line)
    }

    /// The XML body and its JSON twin decode to the same value.
    private func assertTwins(_ xml: String, _ json: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let fromXML = try CallbackDecoder().decode(Fixtures.data(xml))
        let fromJSON = try CallbackDecoder().decode(Fixtures.data(json))
        XCTAssertEqual(fromXML, fromJSON, file: file, line: line)
        XCTAssertEqual(fromXML.canonicalJSON(), fromJSON.canonicalJSON(), file: file, line: line)
    }

    func testTranscodeSample() throws {
        let job = try job("samples/Transcode-1.xml")
        XCTAssertEqual(job.jobType, .transcode)
        XCTAssertEqual(job.progress, 100)
        let operation = try XCTUnwrap(job.operation)
        XCTAssertEqual(operation.templateName, "high_993874")
        XCTAssertEqual(operation.jobLevel, 0)
        XCTAssertNil(operation.transcode)
        XCTAssertEqual(operation.watermark, [])
        XCTAssertEqual(operation.mediaResult?.outputFile?.objectName, ["output/high_speed.mp4"])
        XCTAssertEqual(
            Headline.lines(of: job),
            [
                "output   test-123456789/output/high_speed.mp4  md5 2db78d168edf2f883adce89a1b4ca033",
                "media    13 s, 540×960 hevc 50/1 fps, aac 44100 Hz, 1.9 MB",
            ])
    }

    func testTranscodeFromTheDocs() throws {
        try assertTwins("job-types/Transcode-docs.xml", "job-types/Transcode-docs.json")
        let job = try job("job-types/Transcode-docs.xml")
        let operation = try XCTUnwrap(job.operation)
        let transcode = try XCTUnwrap(operation.transcode)
        XCTAssertEqual(transcode.container?.format, "hls")
        XCTAssertEqual(transcode.container?.clipConfig?.duration, 5.5)
        XCTAssertEqual(transcode.video?.codec, "H.264")
        XCTAssertEqual(transcode.video?.width, 1280)
        XCTAssertNil(transcode.video?.height)  // <Height></Height>
        XCTAssertNil(transcode.video?.crf)
        XCTAssertEqual(transcode.video?.fps?.text, "30000/1001")
        XCTAssertEqual(transcode.video?.fps?.value ?? 0, 29.97, accuracy: 0.01)
        XCTAssertEqual(transcode.video?.bitrate, 1000)
        XCTAssertEqual(transcode.video?.bufsize, 0)
        XCTAssertEqual(transcode.timeInterval?.start, 1.5)
        XCTAssertEqual(transcode.timeInterval?.duration, 60)
        XCTAssertEqual(transcode.audio?.sampleRate, 44100)
        XCTAssertEqual(transcode.audio?.channels, 2)
        XCTAssertEqual(transcode.transConfig?.resoAdjMethod, 1)
        XCTAssertEqual(transcode.transConfig?.hlsEncrypt?.isHlsEncrypt, true)
        XCTAssertEqual(transcode.transConfig?.hlsEncrypt?.uriKey, "https://example.com/key")
        XCTAssertEqual(transcode.audioMix.count, 1)
        XCTAssertEqual(transcode.audioMix.first?.mixMode, "Once")
        XCTAssertEqual(transcode.audioMix.first?.effectConfig?.startFadeinTime, 3)
        XCTAssertEqual(operation.watermark.count, 2)
        XCTAssertEqual(operation.watermark.map(\.type), ["Text", "Image"])
        XCTAssertEqual(operation.watermark[0].text?.fontSize, 30)
        XCTAssertEqual(operation.watermark[0].text?.text, "watermark-content")
        XCTAssertEqual(operation.watermark[1].dx, 2.5)
        XCTAssertEqual(operation.watermark[1].endTime, 10.5)
        XCTAssertEqual(operation.watermark[1].slideConfig?.xSlideSpeed, 5)
        XCTAssertEqual(operation.watermark[1].image?.width, 10)
        XCTAssertEqual(operation.watermark[1].image?.transparency, 100)
        XCTAssertEqual(operation.removeWatermark?.dx, 150)
        XCTAssertEqual(operation.removeWatermark?.height, 75)
        XCTAssertEqual(operation.watermarkTemplateId, ["t1318c5f428d474afba1797f84091cbe22"])
        XCTAssertEqual(operation.digitalWatermark?.state, .success)
        XCTAssertEqual(
            Headline.lines(of: job),
            [
                "output   test-123456789/output/out.m3u8  md5 2db78d168edf2f883adce89a1b4ca033",
                "settings hls, H.264 1280×? 30000/1001 fps 1000 kbps, aac 44100 Hz",
                "embedded \"123456789ab\" (Text V1 Success)",
            ])
    }

    /// `Operation.Watermark` repeats: setting and reading the list, and a body without `Tag`.
    func testWatermarkList() throws {
        var operation = JobOperation()
        XCTAssertEqual(operation.watermark, [])
        var mark = MediaWatermark()
        mark.type = "Text"
        operation.watermark = [mark, mark]
        XCTAssertEqual(operation.watermark.count, 2)
        operation.watermark = []
        XCTAssertEqual(operation, JobOperation())
        let body = """
            <Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><Operation>
            <Watermark><Type>Text</Type></Watermark><Watermark><Type>Image</Type></Watermark>
            </Operation></JobsDetail></Response>
            """
        let job = try XCTUnwrap(try decode(body).job)
        XCTAssertEqual(job.operation?.watermark.map(\.type), ["Text", "Image"])
        XCTAssertEqual(job.jobType, .transcode)
    }

    func testSnapshot() throws {
        let sample = try job("samples/Snapshot-1.xml")
        XCTAssertEqual(sample.jobType, .snapshot)
        let file = try XCTUnwrap(sample.operation?.mediaResult?.outputFile)
        XCTAssertEqual(file.objectName.count, 6)
        XCTAssertEqual(file.objectPrefix, "output/snapshot-")
        XCTAssertEqual(file.spriteOutputFile?.objectName, ["0.jpg"])
        XCTAssertEqual(sample.operation?.output?.spriteObject, "output/sprite-${Number}.jpg")
        XCTAssertNil(sample.operation?.snapshot)
        XCTAssertEqual(Headline.lines(of: sample).first, "output   test-123456789/output/snapshot-0.jpg")
        XCTAssertEqual(
            Headline.lines(of: sample).suffix(2),
            ["sprite   test-123456789/output/sprite-0.jpg", "images   6 snapshots, 1 sprite sheet"])

        let docs = try job("job-types/Snapshot-docs.xml")
        let request = try XCTUnwrap(docs.operation?.snapshot)
        XCTAssertEqual(request.mode, "Interval")
        XCTAssertEqual(request.start, 0.5)
        XCTAssertEqual(request.timeInterval, 2.5)
        XCTAssertEqual(request.count, 3)
        XCTAssertEqual(request.width, 1280)
        XCTAssertNil(request.height)
        XCTAssertEqual(request.blackLevel, 80)
        XCTAssertEqual(request.pixelBlackThreshold, 30)
        XCTAssertEqual(request.snapshotOutMode, "SnapshotAndSprite")
        XCTAssertEqual(request.spriteSnapshotConfig?.columns, 2)
        XCTAssertEqual(request.spriteSnapshotConfig?.padding, 4)
        XCTAssertEqual(request.spriteSnapshotConfig?.color, "White")
        XCTAssertEqual(
            docs.operation?.mediaResult?.outputFile?.spriteOutputFile?.md5Info.map(\.objectName),
            ["output/sprite-0.png", "output/sprite-1.png"])
        XCTAssertEqual(
            Headline.lines(of: docs).suffix(4),
            [
                "sprite   test-123456789/output/sprite-0.png  md5 aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "sprite   test-123456789/output/sprite-1.png  md5 bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
                "images   3 snapshots, 2 sprite sheets",
                "request  Interval, from 0.50 s, every 2.50 s, count 3",
            ])
    }

    func testAnimation() throws {
        let sample = try job("samples/Animation-1.xml")
        XCTAssertEqual(sample.jobType, .animation)
        XCTAssertEqual(sample.operation?.mediaInfo?.format?.formatName, "gif")
        XCTAssertEqual(
            Headline.lines(of: sample),
            [
                "output   test-123456789/output/animation.gif  md5 3df1f845d2ffd20a525a93ec40014d90",
                "media    gif, 0.87 s, 1280×2258 gif 15.083333 fps, 10.6 MB",
            ])
        let request = try XCTUnwrap(try job("job-types/Animation-docs.xml").operation?.animation)
        XCTAssertEqual(request.container?.format, "gif")
        XCTAssertEqual(request.video?.codec, "gif")
        XCTAssertEqual(request.video?.fps?.value, 15)
        XCTAssertEqual(request.video?.animateOnlyKeepKeyFrame, false)
        XCTAssertEqual(request.video?.animateTimeIntervalOfFrame, 0.5)
        XCTAssertEqual(request.video?.animateFramesPerSecond, 2)
        XCTAssertEqual(request.video?.quality, 75)
        XCTAssertEqual(request.timeInterval?.duration, 3.5)
    }

    func testConcat() throws {
        let sample = try job("samples/Concat-1.xml")
        XCTAssertEqual(sample.jobType, .concat)
        XCTAssertEqual(Headline.lines(of: sample).count, 2)
        XCTAssertEqual(
            Headline.lines(of: sample)[1],
            "media    mov,mp4,m4a,3gp,3g2,mj2, 70.41 s, 1280×960 h264 15.000000 fps, aac 44100 Hz, 7.3 MB")

        try assertTwins("job-types/Concat-docs.xml", "job-types/Concat-docs.json")
        let docs = try job("job-types/Concat-docs.json")
        let request = try XCTUnwrap(docs.operation?.concatTemplate)
        XCTAssertEqual(request.concatFragment.map(\.mode), ["Start", "End"])
        XCTAssertEqual(request.concatFragment[0].endTime, 7.5)
        XCTAssertNil(request.concatFragment[1].startTime)
        XCTAssertEqual(request.audio?.sampleRate, 48000)
        XCTAssertEqual(request.video?.bitrate, 1000)
        XCTAssertEqual(request.index, 1)
        XCTAssertEqual(request.audioMix.map(\.mixMode), ["Repeat"])
        XCTAssertEqual(request.sceneChangeInfo?.time, 2.5)
        XCTAssertEqual(Headline.lines(of: docs).last, "joined   2 fragments: start.mp4 (Start), end.mp4 (End)")
    }

    func testSmartCover() throws {
        let sample = try job("samples/SmartCover-1.xml")
        XCTAssertEqual(sample.jobType, .smartCover)
        let request = try XCTUnwrap(sample.operation?.smartCover)
        XCTAssertEqual(request.count, 5)
        XCTAssertEqual(request.deleteDuplicates, false)
        XCTAssertEqual(request.format, "jpg")
        XCTAssertEqual(request.width, 1280)
        XCTAssertEqual(request.height, 960)
        XCTAssertEqual(sample.operation?.mediaResult?.outputFile?.objectName.last, "output/smartcover-4.jpg")
        XCTAssertEqual(Headline.lines(of: sample).count, 6)
        XCTAssertEqual(Headline.lines(of: sample).last, "covers   5 × jpg 1280×960")
    }

    func testSegment() throws {
        let sample = try job("samples/Segment-1.xml")
        XCTAssertEqual(sample.jobType, .segment)
        let request = try XCTUnwrap(sample.operation?.segment)
        XCTAssertEqual(request.duration, 25)
        XCTAssertEqual(request.format, "mp4")
        XCTAssertEqual(request.hlsEncrypt?.isHlsEncrypt, false)
        XCTAssertNil(request.hlsEncrypt?.uriKey)  // <UriKey/>
        let file = try XCTUnwrap(sample.operation?.mediaResult?.outputFile)
        XCTAssertEqual(file.objectName.count, 9)
        XCTAssertEqual(file.md5Info.count, 9)
        XCTAssertEqual(file.md5Info[8].objectName, "output/segment-8")
        XCTAssertEqual(
            Headline.lines(of: sample).first,
            "output   test-123456789/output/segment-0  md5 59a4edd95c6ddca43277d82cf33edc0d")
        XCTAssertEqual(Headline.lines(of: sample).suffix(2).last, "segments 9 × mp4, 25 s each")
        XCTAssertTrue(Headline.lines(of: sample).contains("output   … 1 more"))
    }

    func testVideoMontage() throws {
        let sample = try job("samples/VideoMontage-1.xml")
        XCTAssertEqual(sample.jobType, .videoMontage)
        XCTAssertEqual(sample.operation?.templateName, "videoMontage")
        XCTAssertEqual(
            Headline.lines(of: sample).first,
            "output   test-123456789/output/videoMontage.mp4  md5 6080b31ea94defa6c19cc4def539a291")
        let docs = try job("job-types/VideoMontage-docs.xml")
        let request = try XCTUnwrap(docs.operation?.videoMontage)
        XCTAssertEqual(request.container?.format, "mp4")
        XCTAssertEqual(request.video?.width, 1280)
        XCTAssertNil(request.video?.height)
        XCTAssertEqual(request.audio?.channels, 4)
        XCTAssertEqual(request.audioMix.first?.replace, true)
        XCTAssertEqual(request.duration, 15)
        XCTAssertEqual(request.scene, "Soccer")
        XCTAssertEqual(Headline.lines(of: docs).last, "montage  15 s, scene Soccer")
    }

    func testVideoProcess() throws {
        let sample = try job("samples/VideoProcess-1.xml")
        XCTAssertEqual(sample.jobType, .videoProcess)
        XCTAssertEqual(sample.operation?.transcodeTemplateId, "t156c107210e7243c5817354565d81b578")
        XCTAssertNil(sample.operation?.videoProcess)
        XCTAssertEqual(Headline.lines(of: sample).count, 2)
        let docs = try job("job-types/VideoProcess-docs.xml")
        let operation = try XCTUnwrap(docs.operation)
        XCTAssertEqual(operation.videoProcess?.colorEnhance?.contrast, 50)
        XCTAssertEqual(operation.videoProcess?.colorEnhance?.saturation, 30)
        XCTAssertEqual(operation.videoProcess?.msSharpen?.sharpenLevel, 5)
        XCTAssertEqual(operation.transcode?.video?.crf, 23.5)
        XCTAssertEqual(operation.watermark.count, 1)
        XCTAssertEqual(operation.digitalWatermark?.ignoreError, true)
        XCTAssertEqual(
            Headline.lines(of: docs).suffix(2),
            [
                "enhance  colour (contrast 50, correction 10, saturation 30), sharpen level 5",
                "embedded \"123456789ab\" (Text V1 Success)",
            ])
    }

    func testSDRtoHDR() throws {
        let sample = try job("samples/SDRtoHDR-1.xml")
        XCTAssertEqual(sample.jobType, .sdrToHdr)
        XCTAssertEqual(sample.operation?.sdrToHdr?.hdrMode, "HDR10")
        XCTAssertEqual(sample.operation?.watermarkTemplateId.count, 2)
        XCTAssertEqual(sample.operation?.mediaInfo?.stream?.video.first?.colorTransfer, "smpte2084")
        XCTAssertEqual(
            Headline.lines(of: sample),
            [
                "output   test-123456789/output/sdr2hdr.mp4  md5 ed8b5615687d789d6293bd58fa1ea1c0",
                "media    mov,mp4,m4a,3gp,3g2,mj2, 13.65 s, 544×960 hevc 25.000000 fps, aac 44100 Hz, 16.2 MB",
                "hdr      HDR10",
            ])
    }

    func testSuperResolution() throws {
        let sample = try job("samples/SuperResolution-1.xml")
        XCTAssertEqual(sample.jobType, .superResolution)
        XCTAssertEqual(sample.subTag, "DigitalWatermark")
        XCTAssertEqual(sample.operation?.digitalWatermark?.state, .failed)
        XCTAssertNil(sample.operation?.superResolution)
        XCTAssertEqual(Headline.lines(of: sample).last, "embedded \"123456789ab\" (Text V1 Failed)")
        XCTAssertEqual(Headline.lines(of: sample).count, 3)

        let docs = try job("job-types/SuperResolution-docs.xml")
        let operation = try XCTUnwrap(docs.operation)
        XCTAssertEqual(operation.superResolution?.resolution, "hdto4k")
        XCTAssertEqual(operation.superResolution?.enableScaleUp, true)
        XCTAssertEqual(operation.superResolution?.version, "Enhance")
        XCTAssertEqual(operation.transcode?.video?.codec, "H.265")
        XCTAssertEqual(operation.watermark.map(\.pos), ["TopLeft", "BottomRight"])
        XCTAssertEqual(Headline.lines(of: docs).last, "upscale  hdto4k, scaled up")
    }

    /// GeneratePlayList (边转边播) echoes Transcode's nodes in the LiveTranscode shape and
    /// has none of its own: `Tag` says what it is; without `Tag` the body reads as Transcode.
    func testGeneratePlayListFromTheDocs() throws {
        try assertTwins("job-types/GeneratePlayList-docs.xml", "job-types/GeneratePlayList-docs.json")
        let job = try job("job-types/GeneratePlayList-docs.xml")
        XCTAssertEqual(job.jobType, .generatePlayList)
        let operation = try XCTUnwrap(job.operation)
        XCTAssertEqual(operation.jobTypeNodeNames, ["Transcode", "Watermark"])
        XCTAssertEqual(operation.unknownNodes, [])
        let transcode = try XCTUnwrap(operation.transcode)
        XCTAssertEqual(transcode.container?.format, "hls")
        XCTAssertEqual(transcode.container?.clipConfig?.duration, 5)
        XCTAssertEqual(transcode.video?.maxrate, 5000)
        XCTAssertEqual(transcode.video?.gop, 60)
        XCTAssertEqual(transcode.video?.crf, 23)
        XCTAssertEqual(transcode.video?.longShortMode, false)
        XCTAssertEqual(transcode.video?.interlaced, "false")
        XCTAssertEqual(transcode.video?.colorParam?.colorSpace, "bt709")
        XCTAssertEqual(transcode.transConfig?.initialClipNum, 2)
        XCTAssertEqual(transcode.transConfig?.cosTag, "a=a&b=b")
        XCTAssertEqual(transcode.transConfig?.hlsEncrypt?.isHlsEncrypt, true)
        XCTAssertNil(transcode.transConfig?.hlsEncrypt?.uriKey)  // <UriKey/>
        XCTAssertEqual(transcode.subtitle?.remove, true)
        XCTAssertEqual(operation.watermark.first?.text?.text, "helloworld")
        XCTAssertEqual(operation.mediaResult?.outputFile?.objectName, ["live/a.m3u8"])
        XCTAssertEqual(
            Headline.lines(of: job),
            [
                "output   test-123456789/live/a.m3u8",
                "settings hls, H.264 1080×1920 30 fps 2000 kbps",
                "playlist 2 segments ahead, HLS encrypted",
            ])

        let body = String(decoding: Fixtures.data("job-types/GeneratePlayList-docs.xml"), as: UTF8.self)
        let tagless = body.replacingOccurrences(of: "<Tag>GeneratePlayList</Tag>", with: "")
        XCTAssertNotEqual(tagless, body)
        let untagged = try XCTUnwrap(try CallbackDecoder().decode(Data(tagless.utf8)).job)
        XCTAssertNil(untagged.tag)
        XCTAssertEqual(untagged.jobType, .transcode)
        XCTAssertEqual(untagged.operation, job.operation)
    }

    /// Docs 436/119461's newer request fields: `RemoveWatermark` with `Startime`/`Endtime`,
    /// `Subtitles`, and the Go SDK's `FreeTranscode`, `AudioMixArray`, `Transcode.Subtitle`.
    func testTranscodeSubtitlesAndIdleTime() throws {
        let docs = try job("job-types/Transcode-subtitles-docs.xml")
        XCTAssertEqual(docs.jobType, .transcode)
        let operation = try XCTUnwrap(docs.operation)
        XCTAssertEqual(operation.removeWatermark?.startime, 1)
        XCTAssertEqual(operation.removeWatermark?.endtime, 10)
        let subtitles = try XCTUnwrap(operation.subtitles).subtitle
        XCTAssertEqual(subtitles.count, 2)
        XCTAssertEqual(subtitles.first?.embed, true)
        XCTAssertEqual(subtitles.first?.fontSize, 24)
        XCTAssertEqual(subtitles.first?.vMargin, 30)
        XCTAssertEqual(subtitles.first?.outlineColor, "0x000000")
        XCTAssertEqual(subtitles.last?.url, "https://test-123456789.cos.ap-chongqing.myqcloud.com/test2.srt")
        XCTAssertNil(subtitles.last?.embed)
        XCTAssertEqual(operation.freeTranscode, "true")
        XCTAssertEqual(operation.transcode?.audioMixArray.map(\.mixMode), ["Repeat", "Once"])
        XCTAssertEqual(operation.transcode?.subtitle?.remove, true)
        XCTAssertEqual(operation.jobTypeNodeNames, ["RemoveWatermark", "Subtitles", "Transcode"])
    }

    func testVideoEnhance() throws {
        let docs = try job("job-types/VideoEnhance-docs.xml")
        XCTAssertEqual(docs.jobType, .videoEnhance)
        let request = try XCTUnwrap(docs.operation?.videoEnhance)
        XCTAssertEqual(request.transcode?.video?.bitrate, 1000)
        XCTAssertEqual(request.transcode?.audio?.channels, 4)
        XCTAssertEqual(request.superResolution?.resolution, "sdtohd")
        XCTAssertEqual(request.superResolution?.enableScaleUp, true)
        XCTAssertEqual(request.colorEnhance?.correction, 100)
        XCTAssertNil(request.colorEnhance?.enable)
        XCTAssertEqual(request.msSharpen?.sharpenLevel, 5)
        XCTAssertEqual(request.sdrToHdr?.hdrMode, "HDR10")
        XCTAssertEqual(request.frameEnhance?.frameDoubling, true)
        XCTAssertNil(docs.operation?.transcode)
        XCTAssertEqual(docs.operation?.watermarkTemplateId.count, 2)
        XCTAssertEqual(
            Headline.lines(of: docs).suffix(3),
            [
                "enhance  upscale sdtohd, colour (contrast 50, correction 100, saturation 100), sharpen level 5,"
                    + " hdr HDR10, frame doubling",
                "settings mp4, H.264 1280×? 30 fps 1000 kbps, aac 44100 Hz",
                "embedded \"123456789ab\" (Text V1 Success)",
            ])
    }

    func testFillConcat() throws {
        let docs = try job("job-types/FillConcat-docs.xml")
        XCTAssertEqual(docs.jobType, .fillConcat)
        XCTAssertNil(docs.input)
        let request = try XCTUnwrap(docs.operation?.fillConcat)
        XCTAssertEqual(request.format, "mp4")
        XCTAssertEqual(request.fillInput.map(\.fillTime), [nil, 5.5, nil])
        XCTAssertEqual(request.fillInput.compactMap(\.url).count, 2)
        XCTAssertEqual(request.refIndex, 0)
        XCTAssertNil(request.refMode)
        XCTAssertEqual(Headline.lines(of: docs).last, "joined   3 pieces: car.mp4, gap 5.50 s, game.mp4")
    }

    func testVideoSynthesis() throws {
        let docs = try job("job-types/VideoSynthesis-docs.xml")
        XCTAssertEqual(docs.jobType, .videoSynthesis)
        let operation = try XCTUnwrap(docs.operation)
        let request = try XCTUnwrap(operation.videoSynthesis)
        XCTAssertEqual(request.keepAudioTrack, false)
        XCTAssertEqual(request.spliceInfo.map(\.x), [nil, 640])
        XCTAssertEqual(request.spliceInfo.map(\.width), [640, 640])
        XCTAssertEqual(request.spliceInfo.last?.height, 960)
        XCTAssertEqual(operation.transcode?.video?.height, 960)
        XCTAssertEqual(operation.watermark.first?.text?.fontSize, 25)
        XCTAssertEqual(
            Headline.lines(of: docs).suffix(4),
            [
                "input    car.mp4 at 0,0 640×?", "input    game.mp4 at 640,0 640×960", "audio    dropped",
                "settings mp4, H.264 1280×960, AAC",
            ])
    }

    func testSegmentVideoBody() throws {
        let docs = try job("job-types/SegmentVideoBody-docs.xml")
        XCTAssertEqual(docs.jobType, .segmentVideoBody)
        let request = try XCTUnwrap(docs.operation?.segmentVideoBody)
        XCTAssertEqual(request.mode, "Foreground")
        XCTAssertEqual(request.segmentType, "SolidColorSeg")
        XCTAssertEqual([request.backgroundRed, request.backgroundGreen, request.backgroundBlue], [255, 255, 255])
        XCTAssertEqual([request.removeRed, request.removeGreen, request.removeBlue], [0, 177, 64])
        XCTAssertEqual(request.binaryThreshold, 200)
        XCTAssertEqual(Headline.lines(of: docs).last, "cut-out  Foreground, SolidColorSeg")

        let json = try job("job-types/SegmentVideoBody-docs.json")
        XCTAssertEqual(json.operation?.segmentVideoBody?.mode, "Combination")
        XCTAssertEqual(json.operation?.segmentVideoBody?.binaryThreshold, 0)
        XCTAssertEqual(
            json.operation?.segmentVideoBody?.backgroundLogoUrl,
            "https://test-123456789.cos.ap-chongqing.myqcloud.com/input/beach.jpg")
    }

    /// A `Watermark` job: its watermarks are Transcode's node, so its `Tag` alone names it.
    func testWatermarkJob() throws {
        let docs = try job("job-types/Watermark-docs.xml")
        XCTAssertEqual(docs.jobType, .watermark)
        let marks = try XCTUnwrap(docs.operation?.watermark)
        XCTAssertEqual(marks.count, 1)
        XCTAssertEqual(marks.first?.startTime, 5)
        XCTAssertEqual(marks.first?.endTime, 20)
        XCTAssertEqual(marks.first?.text?.text, "helloworld")
        XCTAssertEqual(docs.operation?.jobTypeNodeNames, ["Watermark"])
        XCTAssertEqual(Headline.lines(of: docs).last, "mark     Text \"helloworld\" TopRight")
    }
}
