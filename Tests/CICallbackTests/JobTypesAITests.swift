import Foundation
import XCTest

@testable import CICallback
@testable import ci_callback

/// The AI and file job types (SpeechRecognition, SoundHound, VocalScore,
/// ImageInspect, DocProcess, FileHashCode, FileCompress, FileUncompress) and the
/// WorkflowFinish tasks' results: typed values from each sample or docs body, and
/// the headline lines.
final class JobTypesAITests: XCTestCase {
    private func job(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> JobsDetail {
        let callback = try CallbackDecoder().decode(Fixtures.data(name))
        XCTAssertEqual(callback.problems.count, 0, "\(name): \(callback.problems)", file: file, line: line)
        return try XCTUnwrap(callback.job, name, file: file, line: line)
    }

    /// The XML body and its JSON twin decode to the same value.
    private func assertTwinsEqual(_ stem: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let xml = try CallbackDecoder().decode(Fixtures.data(stem + ".xml"))
        let json = try CallbackDecoder().decode(Fixtures.data(stem + ".json"))
        XCTAssertEqual(xml, json, stem, file: file, line: line)
    }

    // MARK: SpeechRecognition

    func testSpeechRecognitionSample() throws {
        let job = try job("samples/SpeechRecognition-1.xml")
        XCTAssertEqual(job.jobType, .speechRecognition)
        let result = try XCTUnwrap(job.operation?.speechRecognitionResult)
        XCTAssertEqual(result.audioTime, 19.7124)
        XCTAssertEqual(result.objectName, "/example.txt")
        XCTAssertEqual(result.detailObjectName, "/example.txt.detail")
        XCTAssertEqual(result.resultDetail.count, 1)
        let sentence = result.resultDetail[0]
        XCTAssertEqual(sentence.startMs, 3320)
        XCTAssertEqual(sentence.endMs, 19712)
        XCTAssertEqual(sentence.wordsNum, 22)
        XCTAssertEqual(sentence.speechSpeed, 2.4)
        XCTAssertEqual(sentence.speakerId, 0)
        XCTAssertEqual(sentence.words.count, 22)
        XCTAssertEqual(sentence.words[2].word, "，")
        XCTAssertEqual(sentence.words[2].voiceType, 1)
        XCTAssertEqual(sentence.words[6].word, "锄禾")
        XCTAssertEqual(sentence.words[6].offsetStartMs, 3825)
        XCTAssertEqual(sentence.words[6].offsetEndMs, 5040)
        XCTAssertEqual(result.transcript, "悯农，李绅，锄禾日当午，汗滴禾下土。谁知盘中餐，粒粒皆辛苦。")
        XCTAssertNil(job.operation?.speechRecognition)
        XCTAssertEqual(
            Headline.lines(of: job),
            [
                "text     悯农，李绅，锄禾日当午，汗滴禾下土。谁知盘中餐，粒粒皆辛苦。",
                "audio    19.71 s of audio, 1 sentence",
                "output   test-1234567890/example.txt",
                "output   test-1234567890/example.txt.detail",
            ])
    }

    func testSpeechRecognitionDocsShape() throws {
        try assertTwinsEqual("job-types/SpeechRecognition-docs")
        for name in ["job-types/SpeechRecognition-docs.xml", "job-types/SpeechRecognition-docs.json"] {
            let job = try job(name)
            let request = try XCTUnwrap(job.operation?.speechRecognition, name)
            XCTAssertEqual(request.engineModelType, "16k_zh_video")
            XCTAssertEqual(request.resTextFormat, 1)
            XCTAssertEqual(request.speakerNumber, 2)
            XCTAssertEqual(request.flashAsr, true)
            XCTAssertEqual(request.sentenceMaxLength, 20)
            let result = try XCTUnwrap(job.operation?.speechRecognitionResult, name)
            XCTAssertEqual(result.resultDetail.map(\.speakerId), [0, 1])
            XCTAssertEqual(result.resultDetail.map(\.words.count), [2, 1], name)
            XCTAssertEqual(result.flashResult.count, 1)
            let channel = result.flashResult[0]
            XCTAssertEqual(channel.channelId, 0)
            XCTAssertEqual(channel.sentenceList.map(\.startTime), [0, 2000])
            XCTAssertEqual(channel.sentenceList.map(\.wordList.count), [1, 2], name)
            XCTAssertEqual(channel.sentenceList[1].wordList[1].word, "请问")
            XCTAssertEqual(channel.sentenceList[1].wordList[1].endTime, 3600)
            XCTAssertEqual(result.transcript, "你好。你好，请问哪位？")
            XCTAssertEqual(
                Headline.lines(of: job), ["text     你好。你好，请问哪位？", "audio    4.50 s of audio, 2 sentences, 1 channel"])
        }
    }

    func testSpeechRecognitionTranscriptFromResultAlone() throws {
        var result = SpeechRecognitionResult()
        result.result = "[0:0.000,0:1.800]  你好。\n[0:2.000,0:4.500]  请问哪位？"
        XCTAssertEqual(result.transcript, "你好。 请问哪位？")
    }

    // MARK: SoundHound

    func testSoundHoundSample() throws {
        let job = try job("samples/SoundHound-1.xml")
        XCTAssertEqual(job.jobType, .soundHound)
        XCTAssertEqual(job.operation?.jobLevel, 1)
        let songs = try XCTUnwrap(job.operation?.soundHoundResult?.songList)
        XCTAssertEqual(songs.count, 1)
        XCTAssertEqual(songs[0].inlier, 0.98)
        XCTAssertEqual(songs[0].singerName, "周杰伦")
        XCTAssertEqual(songs[0].songName, "青花瓷")
        XCTAssertEqual(Headline.lines(of: job), ["song     青花瓷 — 周杰伦 (0.98)"])
    }

    func testSoundHoundSongListRepeats() throws {
        try assertTwinsEqual("job-types/SoundHound-docs")
        let job = try job("job-types/SoundHound-docs.xml")
        XCTAssertEqual(job.operation?.soundHoundResult?.songList.map(\.songName), ["青花瓷", "菊花台"])
        XCTAssertEqual(job.operation?.soundHoundResult?.songList.map(\.inlier), [0.91, 0.42])
        XCTAssertEqual(Headline.lines(of: job), ["song     青花瓷 — 周杰伦 (0.91)", "song     菊花台 — 周杰伦 (0.42)"])
    }

    // MARK: VocalScore

    func testVocalScoreSample() throws {
        let job = try job("samples/VocalScore-1.xml")
        XCTAssertEqual(job.jobType, .vocalScore)
        XCTAssertEqual(job.queueType, "Speeching")
        XCTAssertEqual(job.operation?.vocalScore?.standardObject, "test.mp3")
        XCTAssertNil(job.operation?.vocalScore?.standardUrl)
        let result = try XCTUnwrap(job.operation?.vocalScoreResult)
        XCTAssertEqual(result.pitchScore?.totalScore, 100)
        XCTAssertEqual(result.pitchScore?.sentenceScores.map(\.startTime), [0.572727, 200.811])
        XCTAssertEqual(result.pitchScore?.sentenceScores.map(\.endTime), [200.811, 210.4])
        XCTAssertEqual(result.rhythemScore?.sentenceScores.map(\.score), [100, 100])
        XCTAssertEqual(result.rhythemScore?.totalScore, 100)
        XCTAssertEqual(Headline.lines(of: job), ["pitch    100 (2 sentences)", "rhythm   100 (2 sentences)"])
    }

    // MARK: ImageInspect

    func testImageInspectSample() throws {
        let job = try job("samples/moderation-imageinspect-1.xml")
        XCTAssertEqual(job.jobType, .imageInspect)
        let result = try XCTUnwrap(job.operation?.imageInspectResult)
        XCTAssertEqual(result.code, "Success")
        XCTAssertEqual(result.state, .success)
        XCTAssertNil(result.message)
        XCTAssertEqual(result.inputObjectName, "test.png")
        XCTAssertEqual(result.inputObjectUrl, "https://.cos.ap-chongqing.myqcloud.com/test.png")
        let process = try XCTUnwrap(result.processResult)
        XCTAssertEqual(process.picSize, 304491)
        XCTAssertEqual(process.picType, "png")
        XCTAssertEqual(process.suspicious, true)
        XCTAssertEqual(process.suspiciousBeginByte, 119)
        XCTAssertEqual(process.suspiciousEndByte, 304490)
        XCTAssertEqual(process.suspiciousSize, 304372)
        XCTAssertEqual(process.suspiciousType, "MPEG-TS")
        XCTAssertEqual(process.autoProcessResult?.message, "Success")
        XCTAssertEqual(
            Headline.lines(of: job),
            ["verdict  suspicious: MPEG-TS in test.png (png, 304.5 kB), bytes 119–304490", "action   Success"])
    }

    // MARK: DocProcess

    func testDocProcessSample() throws {
        let job = try job("samples/DocProcess-1.xml")
        XCTAssertEqual(job.jobType, .docProcess)
        XCTAssertNil(job.startTime)
        let request = try XCTUnwrap(job.operation?.docProcess)
        XCTAssertEqual(request.endPage, -1)
        XCTAssertEqual(request.quality, 100)
        XCTAssertEqual(request.comments, 1)
        XCTAssertNil(request.docPassword)
        XCTAssertNil(request.tgtType)
        let result = try XCTUnwrap(job.operation?.docProcessResult)
        XCTAssertEqual(result.totalPageCount, 1)
        XCTAssertEqual(result.succPageCount, 1)
        XCTAssertEqual(result.failPageCount, 0)
        XCTAssertEqual(result.pageInfo.map(\.tgtUri), ["test1/1.jpg"])
        XCTAssertEqual(result.pageInfo.first?.pageNo, 1)
        XCTAssertEqual(
            Headline.lines(of: job),
            ["pages    1 of 1 converted", "output   markjrzhang-1251704708/test1/1.jpg  page 1"])
    }

    func testDocProcessDocsShape() throws {
        try assertTwinsEqual("job-types/DocProcess-docs")
        let job = try job("job-types/DocProcess-docs.xml")
        XCTAssertEqual(job.operation?.docProcess?.imageDpi, 96)
        XCTAssertEqual(job.operation?.docProcess?.paperDirection, 1)
        let result = try XCTUnwrap(job.operation?.docProcessResult)
        XCTAssertEqual(result.totalSheetCount, 1)
        XCTAssertEqual(result.pageInfo.map(\.pageNo), [1, 2])
        XCTAssertEqual(result.pageInfo.map(\.xSheetPics), [2, 2])
        XCTAssertEqual(result.pageInfo.map(\.picIndex), [1, 2])
        XCTAssertEqual(
            Headline.lines(of: job),
            [
                "pages    2 of 2 converted, 1 sheet to png",
                "output   test-1234567890/output/sheet1-1.png  page 1",
                "output   test-1234567890/output/sheet1-2.png  page 2",
            ])
    }

    // MARK: DocWatermark, DocAIGCMetadata

    func testDocWatermarkDocsShape() throws {
        let job = try job("job-types/DocWatermark-docs.xml")
        XCTAssertEqual(job.jobType, .docWatermark)
        let mark = try XCTUnwrap(job.operation?.docWatermark)
        XCTAssertEqual(mark.type, "1")
        XCTAssertEqual(mark.dx, 10)
        XCTAssertEqual(mark.dy, 10.5)
        XCTAssertEqual(mark.batch, 1)
        XCTAssertEqual(mark.horizontalSpacing, 120)
        let result = try XCTUnwrap(job.operation?.docWatermarkResult)
        XCTAssertEqual(result.totalPageCount, 12)
        XCTAssertEqual(result.size, 482_113)
        XCTAssertNil(job.operation?.docProcess)
        XCTAssertEqual(job.operation?.unknownNodes, [])
        XCTAssertEqual(
            Headline.lines(of: job),
            [
                "output   examplebucket-1250000000/contracts/abc-watermark.pdf",
                "result   12 pages, 482.1 kB",
                "mark     image https://examplebucket-1250000000.cos.ap-chongqing.myqcloud.com/watermark/logo.png, tiled",
            ])
    }

    func testDocWatermarkWithoutTagIsInferredAndDocProcessKeepsItsChild() throws {
        let body = """
            <Response><EventName>TaskFinish</EventName><JobsDetail><Operation>
            <DocWatermarkResult><Size>10</Size></DocWatermarkResult>
            </Operation></JobsDetail></Response>
            """
        XCTAssertEqual(try XCTUnwrap(try decode(body).job).jobType, .docWatermark)
        let process = """
            <Response><EventName>TaskFinish</EventName><JobsDetail><Operation>
            <DocProcess><TgtType>pdf</TgtType><DocWatermark><Type>1</Type></DocWatermark></DocProcess>
            </Operation></JobsDetail></Response>
            """
        let job = try XCTUnwrap(try decode(process).job)
        XCTAssertEqual(job.jobType, .docProcess)
        XCTAssertEqual(job.operation?.docProcess?.docWatermark?.type, "1")
        XCTAssertNil(job.operation?.docWatermark)
    }

    func testDocAIGCMetadataDocsShape() throws {
        let job = try job("job-types/DocAIGCMetadata-docs.xml")
        XCTAssertEqual(job.jobType, .docAigcMetadata)
        let metadata = try XCTUnwrap(job.operation?.docAigcMetadata?.aigcMetadata)
        XCTAssertEqual(metadata.label, "1")
        XCTAssertEqual(metadata.produceId, "CI-2025-XXXXX-contract")
        XCTAssertEqual(metadata.reservedCode1, "c2VjdXJpdHlfaW5mb18x")
        XCTAssertNil(metadata.reservedCode2)
        XCTAssertEqual(job.operation?.output?.object, "processed/contract_v2.pdf")
        XCTAssertEqual(
            Headline.lines(of: job),
            [
                "output   output-bucket-125000000/processed/contract_v2.pdf",
                "aigc     label 1, producer AIGC-Bqwdvi-1584, id CI-2025-XXXXX-contract, propagator 000123",
            ])
    }

    // MARK: File processing

    func testFileHashCodeDocsShape() throws {
        let job = try job("job-types/FileHashCode-docs.xml")
        XCTAssertEqual(job.jobType, .fileHashCode)
        XCTAssertEqual(job.progress, 100)
        XCTAssertEqual(job.operation?.fileHashCodeConfig?.type, "MD5")
        XCTAssertEqual(job.operation?.fileHashCodeConfig?.addToHeader, false)
        let result = try XCTUnwrap(job.operation?.fileHashCodeResult)
        XCTAssertEqual(result.md5, "0fe771ba515b0525552f59290a50c0ef")
        XCTAssertNil(result.sha1)
        XCTAssertEqual(result.fileSize, 1_048_576)
        XCTAssertEqual(result.etag, "\"0fe771ba515b0525552f59290a50c0ef\"")
        XCTAssertEqual(
            Headline.lines(of: job), ["md5      0fe771ba515b0525552f59290a50c0ef", "size     1.0 MB (1048576 bytes)"])
    }

    func testFileCompressDocsShape() throws {
        let job = try job("job-types/FileCompress-docs.xml")
        XCTAssertEqual(job.jobType, .fileCompress)
        let config = try XCTUnwrap(job.operation?.fileCompressConfig)
        XCTAssertEqual(config.flatten, 0)
        XCTAssertEqual(config.key, ["photos/a.jpg", "photos/b.jpg"])
        XCTAssertEqual(config.keyConfig.map(\.key), ["docs/report.pdf", "photos/c.jpg"])
        XCTAssertEqual(config.keyConfig[0].rename, "2022.pdf")
        let result = try XCTUnwrap(job.operation?.fileCompressResult)
        XCTAssertEqual(result.object, "archive/photos.zip")
        XCTAssertEqual(result.compressFileCount, 3)
        XCTAssertEqual(result.errorDetail?.errorFile, ["photos/b.jpg"])
        XCTAssertEqual(
            Headline.lines(of: job),
            ["archive  test-1234567890/archive/photos.zip", "files    3 packed, 1 failed", "failed   photos/b.jpg"])
    }

    func testFileUncompressDocsShape() throws {
        try assertTwinsEqual("job-types/FileUncompress-docs")
        let job = try job("job-types/FileUncompress-docs.xml")
        XCTAssertEqual(job.jobType, .fileUncompress)
        XCTAssertEqual(job.operation?.output?.bucket, "test-1234567890")
        let config = try XCTUnwrap(job.operation?.fileUncompressConfig)
        XCTAssertEqual(config.prefixReplaced, 1)
        XCTAssertEqual(config.downloadConfig?.key, ["photos/a.jpg", "photos/c.jpg"])
        let result = try XCTUnwrap(job.operation?.fileUncompressResult)
        XCTAssertEqual(result.fileCount, 2)
        XCTAssertEqual(result.fileList?.contents.map(\.fileSize), [204_800, 81_920])
        XCTAssertEqual(result.fileList?.isTruncated, false)
        XCTAssertEqual(
            Headline.lines(of: job),
            [
                "files    2 extracted to test-1234567890 (ap-chongqing)",
                "file     unzipped/photos/a.jpg  204.8 kB",
                "file     unzipped/photos/c.jpg  81.9 kB",
            ])
    }

    // MARK: WorkflowFinish

    func testWorkflowFinishSample() throws {
        let callback = try CallbackDecoder().decode(Fixtures.data("samples/WorkflowFinish-1.xml"))
        XCTAssertEqual(callback.eventName, .workflowFinish)
        let execution = try XCTUnwrap(callback.workflowExecution)
        XCTAssertEqual(execution.workflowName, "workflow-3")
        XCTAssertEqual(execution.cosHeaders.map(\.key), ["Content-Type", "x-cos-request-id"])
        XCTAssertEqual(execution.tasks.map(\.type), ["Snapshot", "Transcode"])
        XCTAssertEqual(execution.tasks.map(\.name), ["Snapshot_1581665960536", "Transcode_1581665960537"])
        XCTAssertEqual(execution.tasks[0].createTime?.text, "2022-08-09 14:54:40+0800")
        XCTAssertNil(execution.tasks[0].startTime)
        XCTAssertNil(execution.tasks[0].resultInfo)
    }

    func testWorkflowFinishResultInfo() throws {
        let callback = try CallbackDecoder().decode(Fixtures.data("workflow-finish/result-info.xml"))
        XCTAssertEqual(callback.problems.count, 0)
        let execution = try XCTUnwrap(callback.workflowExecution)
        XCTAssertEqual(execution.state, .failed)
        XCTAssertEqual(execution.cosHeaders, [])
        XCTAssertEqual(execution.tasks.map(\.state), [.success, .success, .failed, .success])

        let cover = execution.tasks[0]
        XCTAssertNil(cover.templateId)
        XCTAssertEqual(cover.resultInfo?.objectCount, 2)
        XCTAssertNil(cover.resultInfo?.spriteObjectCount)
        XCTAssertEqual(cover.resultInfo?.objectInfo.map(\.objectName), ["/output/cover-1.jpg", "/output/cover-2.jpg"])
        XCTAssertNil(cover.resultInfo?.objectInfo.first?.code)

        let snapshot = try XCTUnwrap(execution.tasks[1].resultInfo)
        XCTAssertEqual(snapshot.spriteObjectCount, 1)
        XCTAssertEqual(snapshot.spriteObjectInfo.map(\.objectName), ["output/sprite-0.jpg"])
        XCTAssertEqual(snapshot.spriteObjectInfo.first?.inputObjectName, "input/demo.mp4")

        let hdr = execution.tasks[2]
        XCTAssertEqual(hdr.hdrMode, "HDR10")
        XCTAssertEqual(hdr.transcodeTemplateName, "MP4-265-HD")
        XCTAssertNil(hdr.resultInfo)

        let ocr = try XCTUnwrap(execution.tasks[3].resultInfo?.objectInfo.first?.imageOcrResult)
        XCTAssertEqual(ocr.state, .success)
        XCTAssertEqual(ocr.language, "zh")
        XCTAssertEqual(ocr.angel, -0.5)
        let line = try XCTUnwrap(ocr.textDetections.first)
        XCTAssertEqual(line.detectedText, "腾讯云")
        XCTAssertEqual(line.confidence, 99)
        XCTAssertEqual(line.polygon.map(\.x), [10, 110, 110, 10])
        XCTAssertEqual(line.itemPolygon?.width, 100)
        XCTAssertEqual(line.words.first?.character, "腾")
        XCTAssertEqual(line.words.first?.wordCoordPoint?.wordCoordinate.map(\.x), [10, 40])
        XCTAssertEqual(line.wordPolygon.first?.rightBottom?.y, 50)
    }
}
