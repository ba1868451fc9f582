import Foundation
import XCTest

@testable import CICallback
@testable import ci_callback

/// The processing job types (DigitalWatermark, ExtractDigitalWatermark,
/// NoiseReduction, QualityEstimate, StreamExtract, Tts, Translation, MediaInfo,
/// SplitVideoParts, VideoTargetRec): typed values from each sample and docs
/// fixture, and their headlines.
final class JobTypesProcessingTests: XCTestCase {
    private func job(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> JobsDetail {
        try XCTUnwrap(try CallbackDecoder().decode(Fixtures.data(name)).job, name, file: file, line: line)
    }

    // MARK: DigitalWatermark, ExtractDigitalWatermark

    func testDigitalWatermark() throws {
        let job = try job("samples/DigitalWatermark-1.xml")
        XCTAssertEqual(job.jobType, .digitalWatermark)
        XCTAssertEqual(job.subTag, "DigitalWatermark")
        let mark = try XCTUnwrap(job.operation?.digitalWatermark)
        XCTAssertEqual(mark.message, "123456789ab")
        XCTAssertEqual(mark.type, "Text")
        XCTAssertEqual(mark.version, "V1")
        XCTAssertNil(mark.state)
        XCTAssertEqual(job.operation?.mediaResult?.outputFile?.objectName, ["output/digital.mp4"])
        XCTAssertEqual(Headline.lines(of: job).first, "embedded \"123456789ab\" (Text V1)")
        XCTAssertEqual(
            Headline.lines(of: job)[1],
            "output   test-123456789/output/digital.mp4  md5 043221daee3f4e15ff13f42329f15eb1")
        XCTAssertTrue(
            Headline.lines(of: job)[2].hasPrefix("media    mov,mp4,m4a,3gp,3g2,mj2, 215.64 s, 1920×1080 h264"),
            Headline.lines(of: job)[2])
    }

    func testExtractDigitalWatermark() throws {
        let job = try job("samples/ExtractDigitalWatermark-1.xml")
        XCTAssertEqual(job.jobType, .extractDigitalWatermark)
        let mark = try XCTUnwrap(job.operation?.extractDigitalWatermark)
        XCTAssertEqual(mark.message, "123456789ab")
        XCTAssertEqual(mark.type, "Text")
        XCTAssertEqual(mark.version, "V1")
        XCTAssertNil(job.operation?.digitalWatermark)
        XCTAssertNil(job.operation?.mediaResult)
        XCTAssertEqual(Headline.lines(of: job), ["found    \"123456789ab\" (Text V1)"])
    }

    func testExtractDigitalWatermarkWithoutTagIsInferred() throws {
        let body = """
            <Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><Operation>
            <ExtractDigitalWatermark><Type>Text</Type><Version>V1</Version></ExtractDigitalWatermark>
            </Operation></JobsDetail></Response>
            """
        let job = try XCTUnwrap(try decode(body).job)
        XCTAssertNil(job.tag)
        XCTAssertEqual(job.jobType, .extractDigitalWatermark)
        XCTAssertEqual(Headline.lines(of: job), ["found    no watermark (Text V1)"])
    }

    // MARK: NoiseReduction

    func testNoiseReduction() throws {
        let job = try job("samples/NoiseReduction-1.xml")
        XCTAssertEqual(job.jobType, .noiseReduction)
        XCTAssertNil(job.operation?.noiseReduction)
        XCTAssertEqual(job.operation?.output?.object, "output/nr.wav")
        XCTAssertEqual(Headline.lines(of: job), ["output   test-123456789/output/nr.wav"])

        let docs = try self.job("job-types/NoiseReduction-docs.xml")
        XCTAssertEqual(docs.operation?.noiseReduction?.format, "wav")
        XCTAssertEqual(docs.operation?.noiseReduction?.sampleRate, 16000)
        XCTAssertNil(docs.operation?.noiseReduction?.templateSampleRate)
        XCTAssertEqual(docs.operation?.jobLevel, 0)
        XCTAssertEqual(Headline.lines(of: docs), ["output   test-123456789/output/out.wav"])
    }

    // MARK: QualityEstimate

    func testQualityEstimate() throws {
        let job = try job("samples/QualityEstimate-1.xml")
        XCTAssertEqual(job.jobType, .qualityEstimate)
        XCTAssertEqual(job.operation?.qualityEstimate?.score, 6.460358)
        XCTAssertNil(job.operation?.qualityEstimate?.vqaPlusResult)
        XCTAssertNil(job.operation?.mediaResult?.outputFile)  // <OutputFile/> is empty
        XCTAssertEqual(job.operation?.mediaInfo?.format?.duration, 13.654)
        XCTAssertEqual(
            Headline.lines(of: job),
            ["score    6.46 / 10", "media    13.65 s, 544×960 h264 25.000 fps, aac 44100 Hz, 1.4 MB"])
    }

    func testQualityEstimateDocs() throws {
        let job = try job("job-types/QualityEstimate-docs.xml")
        let estimate = try XCTUnwrap(job.operation?.qualityEstimate)
        XCTAssertEqual(estimate.score, 4.8)
        let plus = try XCTUnwrap(estimate.vqaPlusResult)
        XCTAssertEqual(plus.noAudio, true)
        XCTAssertEqual(plus.noVideo, false)
        XCTAssertEqual(plus.detailedResult.map(\.type), ["BlackScreen", "Mosaic"])
        XCTAssertEqual(plus.detailedResult[0].items.map(\.confidence), [90, 78])
        XCTAssertEqual(plus.detailedResult[0].items.map(\.endTimeOffset), [1.5, 11.04])
        XCTAssertEqual(plus.detailedResult[1].items.first?.areaCoordSet, [10, 20, 300, 240])
        XCTAssertEqual(job.operation?.qualityEstimateConfig?.mode, "vqaPlus")
        XCTAssertEqual(job.operation?.qualityEstimateConfig?.rotate, 90)
        XCTAssertEqual(
            Headline.lines(of: job),
            [
                "score    4.80 / 10", "streams  no audio", "issue    BlackScreen ×2 (0–1.50 s, 10.20–11.04 s)",
                "issue    Mosaic ×1 (6–7.20 s)",
            ])
    }

    // MARK: StreamExtract

    func testStreamExtract() throws {
        let job = try job("samples/StreamExtract-1.xml")
        XCTAssertEqual(job.jobType, .streamExtract)
        let streams = try XCTUnwrap(job.operation?.output?.streamExtract)
        XCTAssertEqual(streams.map(\.index), [0, 1, 2])
        XCTAssertEqual(streams.map(\.output), ["output/out0.mp4", "output/out1.mp4", "output/out2.mp4"])
        XCTAssertNil(job.operation?.output?.object)
        XCTAssertEqual(job.operation?.mediaResult?.outputFile?.objectName, ["output/out0.mp4", "output/out1.mp4"])
        XCTAssertEqual(
            Headline.lines(of: job),
            [
                "output   test-123456789/output/out0.mp4  md5 e8c802ed78ba7f4c6a2fb5144cba7cbc",
                "output   test-123456789/output/out1.mp4  md5 f5883c1380524eecd1a925657ab17b4c",
                "stream   0 → output/out0.mp4",
                "stream   1 → output/out1.mp4",
                "stream   2 → output/out2.mp4 (not in MediaResult)",
            ])
    }

    func testStreamExtractWithoutTagIsInferredFromItsOutputItems() throws {
        let body = """
            {"EventName": "TaskFinish", "JobsDetail": {"JobId": "j2", "Operation": {
              "Output": {"Bucket": "b-1", "StreamExtract": {"Index": "0", "Output": "out/a.mp4"}}}}}
            """
        let job = try XCTUnwrap(try decode(body).job)
        XCTAssertEqual(job.jobType, .streamExtract)
        XCTAssertEqual(job.operation?.output?.streamExtract.map(\.output), ["out/a.mp4"])
        XCTAssertEqual(Headline.lines(of: job), ["stream   0 → out/a.mp4"])
    }

    // MARK: Tts

    func testTts() throws {
        let job = try job("samples/Tts-1.xml")
        XCTAssertEqual(job.jobType, .tts)
        XCTAssertNil(job.input)
        XCTAssertEqual(job.operation?.ttsConfig?.input, "你好，我是爱晓楠，很高兴认识你。")
        XCTAssertEqual(job.operation?.ttsConfig?.inputType, "Text")
        XCTAssertNil(job.operation?.ttsTpl)
        XCTAssertEqual(job.operation?.templateName, "template_tts")
        XCTAssertEqual(job.operation?.mediaResult?.outputFile?.objectName, ["/output/aixiaonan.mp3"])
        XCTAssertEqual(Headline.lines(of: job).first, "text     你好，我是爱晓楠，很高兴认识你。")
        XCTAssertEqual(Headline.lines(of: job).last, "media    mp3 16000 Hz")
    }

    func testTtsDocs() throws {
        let job = try job("job-types/Tts-docs.xml")
        let voice = try XCTUnwrap(job.operation?.ttsTpl)
        XCTAssertEqual(voice.mode, "Asyc")
        XCTAssertEqual(voice.codec, "wav")
        XCTAssertEqual(voice.voiceType, "ruxue")
        XCTAssertEqual(voice.volume, -3)
        XCTAssertEqual(voice.speed, 100)
        XCTAssertEqual(job.operation?.ttsConfig?.inputType, "Url")
        XCTAssertEqual(
            Headline.lines(of: job),
            [
                "url      https://test-123456789.cos.ap-chongqing.myqcloud.com/input/poem.txt",
                "voice    ruxue, wav, Asyc, speed 100, volume -3",
                "output   test-123456789/demo.wav",
            ])
    }

    // MARK: Translation

    func testTranslation() throws {
        let job = try job("samples/Translation-1.xml")
        XCTAssertEqual(job.jobType, .translation)
        XCTAssertEqual(job.input?.lang, "en")
        XCTAssertEqual(job.input?.basicType, "pptx")
        XCTAssertEqual(job.operation?.translation?.lang, "en")
        XCTAssertEqual(job.operation?.translation?.type, "txt")
        XCTAssertNil(job.operation?.aiTranslateResult)
        XCTAssertEqual(job.operation?.jobLevel, 0)
        XCTAssertEqual(
            Headline.lines(of: job),
            ["language en → en", "format   pdf (BasicType pptx) → txt", "output   test-123456789/output/zh.pdf"])

        let docs = try self.job("job-types/Translation-docs.xml")
        XCTAssertEqual(docs.operation?.aiTranslateResult?.result, "Today's specials: noodles, dumplings.")
        XCTAssertEqual(Headline.lines(of: docs).last, "result   Today's specials: noodles, dumplings.")
    }

    // MARK: MediaInfo

    func testMediaInfo() throws {
        let job = try job("samples/MediaInfo-1.xml")
        XCTAssertEqual(job.jobType, .mediaInfo)
        XCTAssertEqual(job.operation?.mediaInfo?.format?.size, 1_424_687)
        XCTAssertEqual(job.operation?.mediaInfo?.stream?.video.first?.width, 544)
        XCTAssertEqual(
            Headline.lines(of: job),
            ["media    mov,mp4,m4a,3gp,3g2,mj2, 13.65 s, 544×960 h264 25.000000 fps, aac 44100 Hz, 1.4 MB"])
    }

    // MARK: SplitVideoParts

    func testSplitVideoPartsDocs() throws {
        let job = try job("job-types/SplitVideoParts-docs.xml")
        XCTAssertEqual(job.jobType, .splitVideoParts)
        XCTAssertEqual(job.operation?.splitVideoParts?.mode, "SHOTDETECT")
        let parts = try XCTUnwrap(job.operation?.splitVideoInfoResult?.timeInfo)
        XCTAssertEqual(parts.map(\.index), [0, 1, 2])
        XCTAssertEqual(parts.map(\.partBegin), [0, 5.32, 9.88])
        XCTAssertEqual(parts.map(\.partEnd), [5.32, 9.88, 13.654])
        XCTAssertEqual(
            Headline.lines(of: job),
            ["parts    3 (SHOTDETECT)", "part     0: 0–5.32 s", "part     1: 5.32–9.88 s", "part     2: 9.88–13.65 s"])
    }

    // MARK: VideoTargetRec

    func testVideoTargetRecDocs() throws {
        let xml = try CallbackDecoder().decode(Fixtures.data("job-types/VideoTargetRec-docs.xml"))
        let json = try CallbackDecoder().decode(Fixtures.data("job-types/VideoTargetRec-docs.json"))
        XCTAssertEqual(xml, json)
        let job = try XCTUnwrap(xml.job)
        XCTAssertEqual(job.jobType, .videoTargetRec)
        XCTAssertEqual(job.message, "TaskFinish")
        let request = try XCTUnwrap(job.operation?.videoTargetRec)
        XCTAssertEqual([request.body, request.car, request.pet], [true, true, true])
        XCTAssertNil(request.face)
        let result = try XCTUnwrap(job.operation?.videoTargetRecResult)
        XCTAssertEqual(result.bodyRecognition.map(\.time), [1.206, 2.413])
        XCTAssertEqual(result.bodyRecognition.map(\.bodyInfo.count), [1, 2])
        let person = try XCTUnwrap(result.bodyRecognition.first?.bodyInfo.first)
        XCTAssertEqual(person.name, "person")
        XCTAssertEqual(person.score, 86)
        XCTAssertEqual(person.location?.x, 469)
        XCTAssertEqual(person.location?.y, 67)
        XCTAssertEqual(person.location?.width, 193)
        XCTAssertEqual(person.location?.height, 382)
        XCTAssertEqual(result.carRecognition.first?.carInfo.first?.score, 91)
        XCTAssertEqual(result.petRecognition.first?.petInfo.first?.name, "cat")
        XCTAssertEqual(result.petRecognition.first?.bodyInfo, [])
        XCTAssertEqual(
            result.bodyRecognition.first?.url,
            "https://test-1234567890.cos.ap-chongqing.myqcloud.com/test-1234567890/a993e661c699811ed9588038f7fb96507/input/car.mp4/1206-1.jpg"
        )
        XCTAssertEqual(
            Headline.lines(of: job),
            [
                "body     2 frames: person 86 at 1.21 s, person 83 at 2.41 s, person 80 at 2.41 s",
                "pet      1 frame: cat 85 at 4.83 s",
                "car      1 frame: car 91 at 3.62 s",
            ])
    }
}
