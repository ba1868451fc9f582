import Foundation
import XCTest

@testable import CICallback
@testable import ci_callback

/// Job types and fields from the Go SDK and the API pages with no published
/// callback (ImageOCR, DNA, PosterProduction, PicProcess's `AIGCMetadata`): typed
/// values from each docs body and its JSON twin, and the headline lines.
final class JobTypesNewerTests: XCTestCase {
    private func callback(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Callback {
        let callback = try CallbackDecoder(strict: true).decode(Fixtures.data(name))
        var leftovers: [String] = []
        SampleBodies.collectUnknownNodes(callback, path: "Response", into: &leftovers)
        XCTAssertEqual(leftovers, [], "\(name): nodes left untyped", file: file, line: line)
        return callback
    }

    /// The XML body and its JSON twin decode to the same value; the job of the XML one.
    private func twins(_ stem: String, file: StaticString = #filePath, line: UInt = #line) throws -> JobsDetail {
        let xml = try callback(stem + ".xml", file: file, line: line)
        let json = try callback(stem + ".json", file: file, line: line)
        XCTAssertEqual(xml, json, stem, file: file, line: line)
        return try XCTUnwrap(xml.job, stem, file: file, line: line)
    }

    // MARK: ImageOCR

    func testImageOCRDocs() throws {
        let job = try twins("job-types/ImageOCR-docs")
        XCTAssertEqual(job.jobType, .imageOCR)
        let request = try XCTUnwrap(job.operation?.imageOCR)
        XCTAssertEqual(request.type, "general")
        XCTAssertEqual(request.languageType, "zh")
        XCTAssertEqual(request.isPdf, false)
        XCTAssertEqual(request.pdfPageNumber, 1)
        XCTAssertEqual(request.isWord, true)
        XCTAssertEqual(request.enableWordPolygon, false)

        let result = try XCTUnwrap(job.operation?.detection)
        XCTAssertEqual(result.inputObjectName, "input/test.jpg")
        XCTAssertEqual(result.state, .success)
        XCTAssertNil(result.message)
        XCTAssertEqual(result.language, "zh")
        XCTAssertEqual(result.angel, -0.52)
        XCTAssertEqual(result.pdfPageSize, 0)
        XCTAssertEqual(result.textDetections.map(\.detectedText), ["腾讯云", "数据万象 Cloud Infinite"])
        let first = result.textDetections[0]
        XCTAssertEqual(first.confidence, 99)
        XCTAssertEqual(first.polygon.map(\.x), [10, 110, 110, 10])
        XCTAssertEqual(first.itemPolygon?.width, 100)
        XCTAssertEqual(first.itemPolygon?.height, 30)
        XCTAssertEqual(first.words.map(\.character), ["腾", "讯"])
        XCTAssertEqual(first.words.map(\.confidence), [98, 97])
        XCTAssertEqual(first.words[1].wordCoordPoint?.wordCoordinate.map(\.x), [43, 73, 73, 43])
        XCTAssertEqual(first.wordPolygon, [])
        let second = result.textDetections[1]
        XCTAssertEqual(second.words, [])
        XCTAssertEqual(second.wordPolygon.map(\.leftTop?.x), [12, 43])
        XCTAssertEqual(second.wordPolygon.map(\.rightBottom?.y), [89, 89])

        XCTAssertEqual(
            Headline.lines(of: job),
            ["text     2 lines, zh, angle -0.52°", "line     腾讯云 (99)", "line     数据万象 Cloud Infinite (95)"])
    }

    /// The WorkflowFinish task's `ImageOcrResult` and the job's `Detection` are one model.
    func testImageOCRDetectionIsTheWorkflowModel() throws {
        let workflow = try callback("workflow-finish/result-info.xml")
        let ocr = try XCTUnwrap(workflow.workflowExecution?.tasks.last?.resultInfo?.objectInfo.first?.imageOcrResult)
        var operation = JobOperation()
        operation.detection = ocr
        XCTAssertEqual(operation.detection, ocr)
        XCTAssertEqual(operation.jobTypeNodeNames, ["Detection"])
        XCTAssertEqual(JobKinds.inferred(from: operation)?.tag, .imageOCR)
    }

    /// A failed recognition: its state and message.
    func testImageOCRFailedHeadline() throws {
        let body =
            "<Response><EventName>TaskFinish</EventName><JobsDetail><Tag>ImageOCR</Tag><State>Failed</State>"
            + "<Operation><Detection><State>Failed</State><Code>InvalidImage</Code><Message>image too large</Message>"
            + "</Detection></Operation></JobsDetail></Response>"
        let job = try XCTUnwrap(try CallbackDecoder(strict: true).decode(Data(body.utf8)).job)
        XCTAssertEqual(Headline.lines(of: job), ["state    Failed: image too large", "text     0 lines"])
    }

    // MARK: DNA

    func testDNADocs() throws {
        let job = try twins("job-types/DNA-docs")
        XCTAssertEqual(job.jobType, .dna)
        let config = try XCTUnwrap(job.operation?.dnaConfig)
        XCTAssertEqual(config.ruleType, "GetFingerPrint")
        XCTAssertEqual(config.dnaDbId, "Db0fafe624fec211edbdc852540083a8ba")
        XCTAssertEqual(config.videoId, "demo-video-1")
        let result = try XCTUnwrap(job.operation?.dnaResult)
        XCTAssertEqual(result.videoId, "demo-video-1")
        XCTAssertEqual(result.duration, 216)
        let similar = try XCTUnwrap(result.detection)
        XCTAssertEqual(similar.videoId, "library-video-7")
        XCTAssertEqual(similar.similar, 87)
        XCTAssertEqual(similar.similarDuration, 95)
        XCTAssertEqual(similar.duration, 300)
        XCTAssertEqual(similar.matchDetail.map(\.matchStartTime), [0, 150])
        XCTAssertEqual(similar.matchDetail.map(\.matchEndTime), [60, 185])
        XCTAssertEqual(similar.matchDetail.map(\.srcStartTime), [120, 10])
        XCTAssertEqual(similar.matchDetail.map(\.srcEndTime), [180, 45])
        XCTAssertEqual(similar.audio?.similar, 92)
        XCTAssertEqual(
            Headline.lines(of: job),
            [
                "rule     GetFingerPrint, library Db0fafe624fec211edbdc852540083a8ba",
                "video    demo-video-1, duration 216",
                "similar  library-video-7 87, 95 of 300 matching, audio 92",
                "match    0–60 ↔ 120–180",
                "match    150–185 ↔ 10–45",
            ])
    }

    /// `DnaResult.Detection` is DNA's own nested node: an ImageOCR `Detection` beside
    /// it is not confused with it, and a body without `Tag` is told apart by its nodes.
    func testDNADetectionIsNotTheOCRDetection() throws {
        let body =
            "<Response><EventName>TaskFinish</EventName><JobsDetail><Operation><DnaResult><Detection>"
            + "<VideoId>v</VideoId><Similar>5</Similar></Detection></DnaResult></Operation></JobsDetail></Response>"
        let job = try XCTUnwrap(try CallbackDecoder(strict: true).decode(Data(body.utf8)).job)
        XCTAssertEqual(job.jobType, .dna)
        XCTAssertNil(job.operation?.detection)
        XCTAssertEqual(job.operation?.dnaResult?.detection?.similar, 5)
    }

    // MARK: PosterProduction

    func testPosterProductionQuerySample() throws {
        let job = try XCTUnwrap(try callback("samples/PosterProduction-1.xml").job)
        XCTAssertEqual(job.jobType, .posterProduction)
        XCTAssertEqual(job.state, .submitted)
        let request = try XCTUnwrap(job.operation?.posterProduction)
        XCTAssertEqual(request.templateId, "6324349b569067d4d11a2c2c")
        XCTAssertEqual(job.operation?.templateId, "t10461fe2bd5a649db9022452ec71e0381")
        let info = try XCTUnwrap(request.info)
        XCTAssertEqual(info.entries.keys.sorted(), ["Background", "EXPIRY", "MM", "YY", "base"])
        XCTAssertEqual(info["EXPIRY"], "EXPIRY")
        XCTAssertEqual(
            info["base"],
            "https://static.taishan.qq.com/xrdnest/pstemplate/assets/ba206498074a034722a936ec12eef1f6.png?imageMogr2/format/webp"
        )
        XCTAssertNil(info["Base"])
        XCTAssertEqual(info.unknownNodes, [])
        XCTAssertEqual(job.operation?.output?.object, "output/out.png")
    }

    func testPosterProductionDocs() throws {
        let job = try twins("job-types/PosterProduction-docs")
        XCTAssertEqual(job.jobType, .posterProduction)
        let info = try XCTUnwrap(job.operation?.posterProduction?.info)
        XCTAssertEqual(
            info.entries,
            [
                "main": "https://test-1234567890.cos.ap-chongqing.myqcloud.com/demo.jpg",
                "text_main": "父亲节快乐",
                "text_sub": "献给最伟大的父亲!!!",
                "Background": "https://test-1234567890.cos.ap-chongqing.myqcloud.com/bg.png?imageMogr2/format/webp&v=2",
            ])
        XCTAssertEqual(
            Headline.lines(of: job),
            [
                "template 6444f12ae24d596cdbd774fb",
                "info     Background=https://test-1234567890.cos.ap…, main=https://test-1234567890.cos.ap…, "
                    + "text_main=父亲节快乐, text_sub=献给最伟大的父亲!!!",
                "output   test-1234567890/poster/PosterProduction2.jpg",
            ])
    }

    /// A key that comes twice in `Info`: the first is the entry, the second stays an
    /// unknown node, and the canonical JSON keeps both (one array) and reads back equal.
    func testRepeatedInfoKeyIsKept() throws {
        let body =
            "<Response><EventName>TaskFinish</EventName><JobsDetail><Tag>PosterProduction</Tag><Operation>"
            + "<PosterProduction><Info><a>1</a><b>x</b><a>2</a></Info></PosterProduction></Operation></JobsDetail></Response>"
        let callback = try CallbackDecoder().decode(Data(body.utf8))
        let info = try XCTUnwrap(callback.job?.operation?.posterProduction?.info)
        XCTAssertEqual(info.entries, ["a": "1", "b": "x"])
        XCTAssertEqual(info.unknownNodes, [Node(name: "a", text: "2")])
        let canonical = String(decoding: callback.canonicalJSON(), as: UTF8.self)
        XCTAssertTrue(canonical.contains(#""Info":{"a":["1","2"],"b":"x"}"#), canonical)
        XCTAssertEqual(try JSONDecoder().decode(Callback.self, from: callback.canonicalJSON()), callback)
    }

    // MARK: PicProcess AIGCMetadata

    func testPicProcessAIGCMetadata() throws {
        let job = try XCTUnwrap(try callback("job-types/PicProcess-docs.xml").job)
        XCTAssertEqual(job.operation?.picProcess?.processRule, "imageMogr2/rotate/90")
        let labels = try XCTUnwrap(job.operation?.picProcessResult?.processResult?.aigcMetadata)
        XCTAssertEqual(labels.label, "1")
        XCTAssertEqual(labels.contentProducer, "Example Studio")
        XCTAssertEqual(labels.produceId, "0123456789")
        XCTAssertEqual(labels.reservedCode1, "reserved-1")
        XCTAssertEqual(labels.contentPropagator, "Example Channel")
        XCTAssertEqual(labels.propagateId, "9876543210")
        XCTAssertEqual(labels.reservedCode2, "reserved-2")
        // One model for every job type that writes the labels.
        var segment = SegmentRequest()
        segment.aigcMetadata = labels
        XCTAssertEqual(segment.aigcMetadata, labels)
        XCTAssertEqual(Headline.lines(of: job).last, "aigc       1")
    }
}
