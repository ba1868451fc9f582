import Foundation
import XCTest

@testable import CICallback

/// Each seed job, field by field, in both its XML and its JSON form.
final class JobTypeTests: XCTestCase {
    private func callbacks(_ names: String...) throws -> [(String, Callback)] {
        try names.map { ($0, try CallbackDecoder().decode(Fixtures.data($0))) }
    }

    private func date(_ text: String) throws -> Date {
        try XCTUnwrap(Timestamp(text: text)?.date, text)
    }

    func testVideoTagZh() throws {
        for (name, callback) in try callbacks("video-tag/job-api.xml", "video-tag/job-api.json") {
            XCTAssertEqual(callback.eventName, .taskFinish, name)
            let job = try XCTUnwrap(callback.job, name)
            XCTAssertEqual(job.code, "Success")
            XCTAssertEqual(job.message, "Success")
            XCTAssertEqual(job.jobId, "j535b10a4f8e211ec9452c1c27f56a659")
            XCTAssertEqual(job.tag, .videoTag)
            XCTAssertEqual(job.state, .success)
            XCTAssertEqual(job.creationTime?.date, Date(timeIntervalSince1970: 1_656_641_148))
            XCTAssertEqual(job.startTime?.text, "2022-07-01T10:05:50+0800")
            XCTAssertEqual(job.endTime?.date, try date("2022-07-01T02:06:02Z"))
            XCTAssertEqual(job.queueId, "p2242ab62c7c94486915508540933a2c6")
            XCTAssertEqual(job.input?.bucketId, "test-123456789")
            XCTAssertEqual(job.input?.object, "input/demo.mp4")
            XCTAssertEqual(job.input?.region, "ap-chongqing")
            XCTAssertNil(job.workflow)
            let operation = try XCTUnwrap(job.operation)
            XCTAssertEqual(operation.userData, "This is my VideoTag job.")
            XCTAssertEqual(operation.videoTag?.scenario, "Stream")
            XCTAssertEqual(job.jobType, .videoTag)
            let result = try XCTUnwrap(operation.videoTagResult, name)
            let stream = try XCTUnwrap(result.streamData)
            XCTAssertEqual(stream.subErrorCode, 0)
            XCTAssertEqual(stream.subErrorMessage, "ok")
            let data = try XCTUnwrap(stream.data)
            XCTAssertEqual(data.tags.map(\.tag), ["MOBA类-王者荣耀", "游戏", "办公室", "超市/便利店/商店"])
            XCTAssertEqual(data.tags.map(\.confidence), [0.355083, 0.587103, 0.544651, 0.182886])
            XCTAssertEqual(data.tags.map(\.tagClass), [nil, nil, nil, nil])
            XCTAssertEqual(data.actionTags.count, 2)
            XCTAssertEqual(data.actionTags[0].startTime, 0)
            XCTAssertEqual(data.actionTags[0].endTime, 11)
            XCTAssertEqual(data.actionTags[0].tags.first?.tag, "说话")
            XCTAssertEqual(data.actionTags[0].tags.first?.tagClass, "说话")
            XCTAssertEqual(data.actionTags[0].tags.first?.confidence, 0.421531)
            XCTAssertEqual(data.actionTags[1].startTime, 11.04)
            XCTAssertEqual(data.actionTags[1].endTime, 12.88)
            XCTAssertEqual(data.actionTags[1].tags, [])
            let object = try XCTUnwrap(data.objectTags.first?.objects.first)
            XCTAssertEqual(data.objectTags.first?.timestamp, 11)
            XCTAssertEqual(object.name, "电脑键盘")
            XCTAssertEqual(object.confidence, 0.808393)
            XCTAssertEqual(object.boundingBoxes.first?.x1, 0.10181817412376404)
            XCTAssertEqual(object.boundingBoxes.first?.x2, 0.8069194555282593)
            XCTAssertEqual(object.boundingBoxes.first?.y1, 0.6880248785018921)
            XCTAssertEqual(object.boundingBoxes.first?.y2, 0.8779844045639038)
            XCTAssertEqual(data.personTags, [])
            XCTAssertEqual(data.placeTags.count, 2)
            let office = data.placeTags[0]
            XCTAssertEqual(office.startIndex, 0)
            XCTAssertEqual(office.endIndex, 275)
            XCTAssertEqual(office.startTime, 0)
            XCTAssertEqual(office.endTime, 11)
            XCTAssertEqual(office.clipFrameResult.count, 11)
            XCTAssertEqual(office.clipFrameResult[9].text, "娱乐场:0.42")
            XCTAssertEqual(office.clipFrameResult[9].label, "娱乐场")
            XCTAssertEqual(office.clipFrameResult[9].score, 0.42)
            XCTAssertEqual(office.tags.map(\.tag), ["办公室", "超市/便利店/商店"])
            XCTAssertEqual(office.tags.map(\.tagClass), ["办公", "商业"])
            XCTAssertEqual(office.tags.map(\.confidence), [0.591724, 0.175342])
            let sky = data.placeTags[1]
            XCTAssertEqual([sky.startIndex, sky.endIndex], [276, 322])
            XCTAssertEqual([sky.startTime, sky.endTime], [11.04, 12.88])
            XCTAssertEqual(
                sky.clipFrameResult.map(\.label), ["其他", "其他", "其他", "天空", "天空", "其他", "其他", "其他", "其他", "其他"])
            XCTAssertEqual(
                sky.clipFrameResult.map(\.score), [0.09, 0.21, 0.19, 0.28, 0.25, 0.30, 0.28, 0.49, 0.56, 0.58])
            XCTAssertEqual(sky.tags.map(\.tagClass), ["其他", "自然/户外"])
        }
    }

    func testVideoTagEn() throws {
        for (name, callback) in try callbacks("video-tag/job-api-en.xml", "video-tag/job-api-en.json") {
            let job = try XCTUnwrap(callback.job, name)
            let data = try XCTUnwrap(job.operation?.videoTagResult?.streamData?.data)
            XCTAssertEqual(
                data.tags.map(\.tag),
                ["MOBA - Arena of Valor", "Game", "Office", "Supermarket/Convenience store/Store"])
            XCTAssertEqual(data.actionTags[0].tags.first?.tag, "Speak")
            XCTAssertEqual(data.objectTags.first?.objects.first?.name, "Keyboard")
            let frame = data.placeTags[0].clipFrameResult[9]
            XCTAssertEqual(frame.text, "Entertainment venue: 0.42")
            XCTAssertEqual(frame.label, "Entertainment venue")
            XCTAssertEqual(frame.score, 0.42)
            XCTAssertEqual(data.placeTags[1].tags.map(\.tagClass), ["Other", "Nature/Outdoor"])
            XCTAssertEqual(data.placeTags[0].tags.map(\.tagClass), ["Work", "Business"])
        }
    }

    func testClipFrameParsing() {
        XCTAssertEqual(ClipFrame("办公室:0.55").label, "办公室")
        XCTAssertEqual(ClipFrame("Office: 0.55").score, 0.55)
        XCTAssertEqual(ClipFrame("a:b:0.5").label, "a:b")
        let odd = ClipFrame("no score here")
        XCTAssertEqual(odd.text, "no score here")
        XCTAssertNil(odd.label)
        XCTAssertNil(odd.score)
        XCTAssertNil(ClipFrame("Office: high").score)
    }

    func testVoiceSeparate() throws {
        for (name, callback) in try callbacks(
            "voice-separate/job-api.xml", "voice-separate/workflow.xml", "voice-separate/workflow.json")
        {
            let job = try XCTUnwrap(callback.job, name)
            XCTAssertEqual(job.tag, .voiceSeparate)
            XCTAssertEqual(job.code, "Success")
            XCTAssertNil(job.message, name)  // <Message/> and its absence in JSON
            XCTAssertEqual(job.jobId, "j40644e92f8e311ecb90d0b03267ce0e5")
            XCTAssertEqual(job.startTime?.text, "2022-07-01T10:12:27+0800")
            XCTAssertEqual(job.input?.object, "input/demo.mp3")
            let operation = try XCTUnwrap(job.operation)
            XCTAssertEqual(operation.userData, "This is my VoiceSeparate job.")
            XCTAssertEqual(operation.jobLevel, 0)
            XCTAssertEqual(operation.templateId, "t1f6ac18da8bdc403fa27ac4ffnd7a6sa1")
            XCTAssertEqual(operation.templateName, "videoseparate_12654")
            XCTAssertEqual(job.jobType, .voiceSeparate)
            let result = operation
            let format = try XCTUnwrap(result.mediaInfo?.format)
            XCTAssertEqual(format.bitrate, 128.147)
            XCTAssertEqual(format.duration, 13.688163)
            XCTAssertEqual(format.formatLongName, "MP2/3 (MPEG audio layer 2/3)")
            XCTAssertEqual(format.formatName, "mp3")
            XCTAssertEqual(format.numProgram, 0)
            XCTAssertEqual(format.numStream, 1)
            XCTAssertEqual(format.size, 219263)
            XCTAssertEqual(format.startTime, 0.025057)
            let stream = try XCTUnwrap(result.mediaInfo?.stream)
            XCTAssertEqual(stream.video, [])
            XCTAssertEqual(stream.subtitle, [])
            XCTAssertEqual(stream.audio.count, 2)
            for audio in stream.audio {
                XCTAssertEqual(audio.bitrate, 128)
                XCTAssertEqual(audio.channel, 2)
                XCTAssertEqual(audio.channelLayout, "stereo")
                XCTAssertEqual(audio.codecLongName, "MP3 (MPEG audio layer 3)")
                XCTAssertEqual(audio.codecName, "mp3")
                XCTAssertEqual(audio.codecTag, "0x0000")
                XCTAssertEqual(audio.codecTagString, "[0][0][0][0]")
                XCTAssertEqual(audio.codecTimeBase, "1/14112000")
                XCTAssertEqual(audio.duration, 13.688163)
                XCTAssertEqual(audio.index, 0)
                XCTAssertEqual(audio.sampleFmt, "fltp")
                XCTAssertEqual(audio.sampleRate, 44100)
                XCTAssertEqual(audio.startTime, 0.025057)
                XCTAssertEqual(audio.timebase, "1/14112000")
            }
            let file = try XCTUnwrap(result.mediaResult?.outputFile)
            XCTAssertEqual(file.bucket, "test-123456789")
            XCTAssertEqual(file.region, "ap-chongqing")
            XCTAssertEqual(file.objectName, ["output/audio.mp3", "output/backgroud.mp3"])
            XCTAssertNil(file.objectPrefix)
            XCTAssertEqual(file.md5Info.map(\.objectName), ["output/audio.mp3", "output/backgroud.mp3"])
            XCTAssertEqual(
                file.md5Info.map(\.md5), ["3b883c0462ba845acdf3eb7e30db1a1c", "62de6bb513d6105eeeb1a6ab0077cb5a"])
            XCTAssertEqual(result.output?.auObject, "output/audio.${ext}")
            XCTAssertEqual(result.output?.object, "output/backgroud.${ext}")
            XCTAssertEqual(result.output?.bucket, "test-123456789")
            XCTAssertEqual(result.output?.region, "ap-chongqing")
            if name.contains("workflow") {
                XCTAssertEqual(
                    job.input?.cosHeaders.map(\.key), ["Content-Type", "x-cos-request-id", "EventName", "Size"])
                XCTAssertEqual(job.input?.header(named: "size"), "1326515")
                XCTAssertEqual(job.input?.header(named: "EventName"), "cos:ObjectCreated:Put")
                XCTAssertEqual(job.workflow?.name, "VoiceSeparate_1581665960537")
                XCTAssertEqual(job.workflow?.runId, "ic90edd59f84f11ec9d4f525400a3c59f")
                XCTAssertEqual(job.workflow?.workflowId, "web6ac56c1ef54dbfa44d7f4103203be9")
                XCTAssertEqual(job.workflow?.workflowName, "workflow-test")
            } else {
                XCTAssertEqual(job.input?.cosHeaders, [])
                XCTAssertNil(job.workflow)
            }
        }
    }

    func testPicProcess() throws {
        for (name, callback) in try callbacks(
            "pic-process/job-api.xml", "pic-process/workflow.xml", "pic-process/workflow.json")
        {
            let job = try XCTUnwrap(callback.job, name)
            XCTAssertEqual(job.tag, .picProcess)
            XCTAssertEqual(job.jobId, "c93984788066911ed89ed352d4d9d2084")
            XCTAssertEqual(job.queueId, "p2911917386e148639319e13c285cc774")
            XCTAssertEqual(job.input?.object, "input/deer.jpg")
            XCTAssertEqual(job.input?.bucketId, "test-1234567890")
            let operation = try XCTUnwrap(job.operation)
            XCTAssertEqual(operation.templateId, "t10461fe2bd5a649db9022452ec71e0381")
            XCTAssertEqual(operation.templateName, "test")
            XCTAssertEqual(operation.userData, "This is my PicProcess job.")
            XCTAssertEqual(operation.jobLevel, 0)
            XCTAssertEqual(operation.output?.bucket, "test-1234567890")
            XCTAssertEqual(operation.output?.object, "output/out.jpg")
            XCTAssertEqual(operation.output?.region, "ap-chongqing")
            XCTAssertEqual(job.jobType, .picProcess)
            let result = try XCTUnwrap(job.operation?.picProcessResult, name)
            XCTAssertEqual(result.objectName, "output/out.jpg")
            XCTAssertEqual(result.originalInfo?.etag, "\"d5a491cd3d8d071e3212c3478e8e35a1\"")
            let image = try XCTUnwrap(result.originalInfo?.imageInfo)
            XCTAssertEqual(image.ave, "0xc64847")
            XCTAssertEqual(image.format, "JPEG")
            XCTAssertEqual(image.height, 417)
            XCTAssertEqual(image.orientation, 0)
            XCTAssertEqual(image.quality, 68)
            XCTAssertEqual(image.width, 500)
            let processed = try XCTUnwrap(result.processResult)
            XCTAssertNil(processed.etag)  // <Etag/> and its absence in JSON
            XCTAssertEqual(processed.format, "JPEG")
            XCTAssertEqual(processed.height, 500)
            XCTAssertEqual(processed.quality, 68)
            XCTAssertEqual(processed.size, 24911)
            XCTAssertEqual(processed.width, 417)
            if name.contains("workflow") {
                XCTAssertEqual(job.input?.header(named: "Content-Type"), "image/jpeg")
                XCTAssertEqual(job.workflow?.name, "PicProcess_1581665960537")
            }
        }
    }

    func testWordsGeneralize() throws {
        for (name, callback) in try callbacks("words-generalize/job-api.xml", "words-generalize/job-api-repaired.json")
        {
            let job = try XCTUnwrap(callback.job, name)
            XCTAssertEqual(job.jobType, .wordsGeneralize)
            XCTAssertEqual(job.code, "Success")
            XCTAssertEqual(job.message, "Success")
            XCTAssertNil(job.state)
            XCTAssertEqual(job.jobId, "ac34be3aa0bf411ed9ce39d7cc972e427")
            XCTAssertEqual(job.input?.object, "text.txt")
            let operation = try XCTUnwrap(job.operation)
            XCTAssertEqual(operation.jobLevel, 0)
            XCTAssertEqual(operation.wordsGeneralize?.nerMethod, "DL")
            XCTAssertEqual(operation.wordsGeneralize?.segMethod, "MIX")
            XCTAssertEqual(job.jobType, .wordsGeneralize)
            let result = try XCTUnwrap(job.operation?.wordsGeneralizeResult, name)
            XCTAssertEqual(result.labels.map(\.category), ["交通"])
            XCTAssertEqual(result.labels.map(\.word), ["打车"])
            XCTAssertEqual(result.tokens.map(\.word), ["今天", "打车", "花", "60", "元"])
            XCTAssertEqual(result.tokens.map(\.offset), [0, 2, 4, 5, 7])
            XCTAssertEqual(result.tokens.map(\.length), [2, 2, 1, 2, 1])
            XCTAssertEqual(result.tokens.map(\.pos), ["t", "v", "v", "nx", "q"])
        }
    }

    func testWorkflowFinish() throws {
        for (name, callback) in try callbacks("workflow-finish/from-schema.xml", "workflow-finish/from-schema.json") {
            XCTAssertEqual(callback.eventName, .workflowFinish)
            XCTAssertEqual(callback.jobsDetail, [])
            let execution = try XCTUnwrap(callback.workflowExecution, name)
            XCTAssertEqual(execution.runId, "i70ae991a152911ecb184525400863904")
            XCTAssertEqual(execution.bucketId, "test-1234567890")
            XCTAssertEqual(execution.object, "input/demo.mp4")
            XCTAssertEqual(execution.cosHeaders.map(\.value), ["ABC-123", "video/mp4"])
            XCTAssertEqual(execution.workflowId, "w1b4ffd6900a343c3a2fe5b92b1fb7ff6")
            XCTAssertEqual(execution.workflowName, "workflow-test")
            XCTAssertEqual(execution.createTime?.date, try date("2022-08-09T06:54:17Z"))
            XCTAssertEqual(execution.createTime?.text, "2022-08-09 14:54:17+0800")
            XCTAssertEqual(execution.state, .success)
            XCTAssertEqual(execution.tasks.map(\.type), ["Transcode", "Snapshot"])
            let transcode = execution.tasks[0]
            XCTAssertEqual(transcode.jobId, "j70bab192152911ecab79bba409874f7f")
            XCTAssertEqual(transcode.name, "Transcode_1607323983818")
            XCTAssertEqual(transcode.templateName, "HLS-FHD")
            XCTAssertEqual(transcode.endTime?.date, try date("2022-08-09T06:54:30Z"))
            XCTAssertNil(transcode.hdrMode)
            XCTAssertNil(transcode.resultInfo)
            let snapshot = try XCTUnwrap(execution.tasks[1].resultInfo)
            XCTAssertEqual(snapshot.objectCount, 2)
            XCTAssertEqual(snapshot.spriteObjectCount, 0)
            XCTAssertEqual(snapshot.objectInfo.map(\.objectName), ["output/snapshot-1.jpg", "output/snapshot-2.jpg"])
            XCTAssertEqual(snapshot.objectInfo.first?.inputObjectName, "input/demo.mp4")
            XCTAssertEqual(snapshot.objectInfo.first?.code, "Success")
            XCTAssertEqual(snapshot.objectInfo.first?.message, "success")
            XCTAssertEqual(
                snapshot.objectInfo.first?.objectUrl,
                "https://test-1234567890.cos.ap-chongqing.myqcloud.com/output/snapshot-1.jpg")
        }
    }

    func testPersonTagsFromTheOfficialSchema() throws {
        let body = """
            <Response><JobsDetail><Tag>VideoTag</Tag><Operation><VideoTagResult><StreamData><Data>
            <PersonTags><Name>张三</Name><Confidence>0.98</Confidence><Count>2</Count>
              <DetailPerSecond><TimeStamp>1.5</TimeStamp><Confidence>0.9</Confidence>
                <BBox><X1>0.1</X1><Y1>0.2</Y1><X2>0.3</X2><Y2>0.4</Y2></BBox></DetailPerSecond>
              <DetailPerSecond><TimeStamp>3</TimeStamp><Confidence>0.8</Confidence></DetailPerSecond>
            </PersonTags></Data></StreamData></VideoTagResult></Operation></JobsDetail></Response>
            """
        let person = try XCTUnwrap(decode(body).job?.operation?.videoTagResult?.streamData?.data?.personTags.first)
        XCTAssertEqual(person.name, "张三")
        XCTAssertEqual(person.confidence, 0.98)
        XCTAssertEqual(person.count, 2)
        XCTAssertEqual(person.detailPerSecond.map(\.timestamp), [1.5, 3])
        XCTAssertEqual(person.detailPerSecond[0].boundingBoxes.first?.y2, 0.4)
        XCTAssertEqual(person.unknownNodes, [])
    }

    /// Every node of every fixture that decodes is captured by a typed field: no
    /// `unknownNodes` anywhere in the typed value (rule 10's other half) but the one
    /// each problem leaves.
    func testEveryFixtureNodeIsCapturedByTheTypedModel() throws {
        for fixture in Fixtures.all where !fixture.mustFail {
            let callback = try CallbackDecoder().decode(fixture.data)
            // Only callbacks of modelled job types (the other samples wait for their models).
            guard callback.eventName == .taskFinish || callback.eventName == .workflowFinish else { continue }
            if callback.jobsDetail.contains(where: { $0.jobType.flatMap { JobKinds.byTag[$0] } == nil }) { continue }
            var leftovers: [String] = []
            SampleBodies.collectUnknownNodes(callback, path: "Response", into: &leftovers)
            XCTAssertEqual(
                leftovers.count, callback.problems.count,
                "\(fixture): nodes the typed model does not capture: \(leftovers)")
            // And the typed value accounts for every non-empty leaf of the generic view.
            let generic = try CallbackDecoder().decodeNodes(fixture.data)
            let leaves = Self.nonEmptyLeafCount(generic)
            let typed = try JSONSerialization.jsonObject(with: callback.canonicalJSON())
            XCTAssertEqual(Self.leafCount(typed), leaves, "\(fixture): leaf count of typed vs generic view")
        }
    }

    /// Leaves with text, and the text of a node beside its children (mixed content,
    /// which the typed view keeps as a `#text` node).
    private static func nonEmptyLeafCount(_ node: Node) -> Int {
        guard !node.children.isEmpty else { return (node.text?.isEmpty ?? true) ? 0 : 1 }
        let mixed = node.text.map { !$0.allSatisfy(\.isWhitespace) } ?? false
        return node.children.map(nonEmptyLeafCount).reduce(mixed ? 1 : 0, +)
    }

    private static func leafCount(_ json: Any) -> Int {
        switch json {
        case let object as [String: Any]: object.values.map(leafCount).reduce(0, +)
        case let array as [Any]: array.map(leafCount).reduce(0, +)
        default: 1
        }
    }
}
