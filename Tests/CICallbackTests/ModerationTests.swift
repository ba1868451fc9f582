import Foundation
import XCTest

@testable import CICallback

/// Content-moderation callbacks (`moderation-callbacks.md`, rule 3): the family from
/// the body, the header as a hint only, the verdict read the same from both
/// shapes, and random bodies of both shapes round-tripping.
final class ModerationTests: XCTestCase {
    // MARK: - Families

    /// Every published family, with the kind and shape its body says.
    private static let families: [(file: String, kind: ModerationKind, shape: ContentVersion)] = [
        ("samples/moderation-image-1.json", .image, .simple),
        ("samples/moderation-image-2.json", .image, .detail),
        ("samples/moderation-video-1.json", .video, .simple),
        ("samples/moderation-video-2.json", .video, .detail),
        // A Simple body cannot tell a stream from a video; the published Detail
        // example has no `Type`, so it is a video too.
        ("samples/moderation-live-1.json", .video, .simple),
        ("samples/moderation-live-2.json", .video, .detail),
        ("moderation/live-auditing.json", .liveVideo, .detail),
        ("samples/moderation-audio-1.json", .unknown, .simple),
        ("samples/moderation-audio-2.json", .audio, .detail),
        ("samples/moderation-text-1.json", .text, .simple),
        ("samples/moderation-text-2.json", .text, .detail),
        ("moderation/text-sections.json", .text, .detail),
        ("samples/moderation-document-1.json", .document, .detail),
        ("samples/moderation-webpage-1.json", .webPage, .detail),
        ("moderation/webpage-trailing-comma.json", .webPage, .detail),
        ("moderation/video-hits.json", .video, .detail),
        ("moderation/image-unknown-scene.json", .image, .detail),
    ]

    func testEveryFamilyIsDetectedFromTheBodyWithOrWithoutTheHeader() throws {
        for (file, kind, shape) in Self.families {
            for hint in [nil, "Simple", "Detail", " Detail ", "Other"] as [String?] {
                let label = "\(file) with \(hint ?? "no header")"
                let callback = try CallbackDecoder().decode(Fixtures.data(file), contentVersion: hint)
                let moderation = try XCTUnwrap(callback.moderation, label)
                XCTAssertEqual(moderation.kind, kind, label)
                XCTAssertEqual(moderation.simple != nil, shape == .simple, label)
                XCTAssertEqual(moderation.detail != nil, shape == .detail, label)
                XCTAssertEqual(callback.problems, [], label)
                XCTAssertEqual(callback.jobsDetail, [], label)
                XCTAssertEqual(callback.unknownNodes, [], label)
                XCTAssertNotNil(moderation.result, label)
                XCTAssertNotNil(moderation.jobId, label)
                // The event: Detail `EventName`, Simple `data.event`.
                let expected: [ModerationKind: EventName] = [
                    .image: .reviewImage, .video: .reviewVideo, .liveVideo: .reviewVideo, .audio: .reviewAudio,
                    .text: .reviewText, .document: .reviewDocument, .webPage: .reviewHtml,
                ]
                XCTAssertEqual(callback.eventName, expected[kind], label)
            }
        }
    }

    func testTheIncrementalDecoderTakesTheHintToo() throws {
        let body = Fixtures.data("samples/moderation-video-2.json")
        let decoding = CallbackDecoder().makeIncrementalDecoder(
            contentType: "application/json", contentVersion: "Simple")
        for start in stride(from: 0, to: body.count, by: 97) {
            try decoding.feed(body[start..<min(start + 97, body.count)])
        }
        let callback = try decoding.finish()
        XCTAssertEqual(callback.moderation?.kind, .video)
        XCTAssertNotNil(callback.moderation?.detail, "the body says Detail; the header does not override it")
    }

    func testTheHintDecidesOnlyABodyThatDoesNotSay() throws {
        let body = #"{"message": "Test request when setting callback url"}"#
        let hinted = try CallbackDecoder().decode(Data(body.utf8), contentVersion: "Simple")
        XCTAssertEqual(hinted.moderation?.kind, .unknown)
        XCTAssertEqual(hinted.moderation?.simple?.message, "Test request when setting callback url")
        XCTAssertEqual(hinted.unknownNodes, [])
        let plain = try decode(body)
        XCTAssertNil(plain.moderation)
        XCTAssertEqual(plain.unknownNodes.map(\.name), ["message"])
        // A Detail body without its EventName: the Detail hint decides.
        let detail = #"{"JobsDetail": {"JobId": "j1", "Result": 1, "Label": "Porn"}}"#
        let hintedDetail = try CallbackDecoder().decode(Data(detail.utf8), contentVersion: "Detail")
        XCTAssertEqual(hintedDetail.moderation?.detail?.jobId, "j1")
        XCTAssertEqual(hintedDetail.moderation?.result, 1)
        XCTAssertNil(try decode(detail).moderation)
        // A job callback stays one, whatever the header says.
        let job = try CallbackDecoder().decode(Fixtures.data("video-tag/job-api.json"), contentVersion: "Simple")
        XCTAssertNil(job.moderation)
        XCTAssertEqual(job.eventName, .taskFinish)
        XCTAssertEqual(job.jobsDetail.count, 1)
    }

    func testASimpleBodysTopLevelEventNameGivesItsKindBothWays() throws {
        // Found by the fuzzer: `EventName` beside `code`/`data` without `data.event`.
        let body = #"{"EventName": "ReviewImage", "code": 0, "data": {"result": 1, "trace_id": "t"}}"#
        let callback = try decode(body)
        XCTAssertEqual(callback.moderation?.kind, .image)
        XCTAssertEqual(callback.eventName, .reviewImage)
        XCTAssertEqual(try JSONDecoder().decode(Callback.self, from: callback.canonicalJSON()), callback)
        // An event the library does not know (found by the fuzzer): still the Simple shape, both ways.
        let other = try decode(#"{"code": 0, "data": {"event": "AuditX", "result": 0}}"#)
        XCTAssertEqual(other.moderation?.kind.rawValue, "AuditX")
        XCTAssertEqual(try JSONDecoder().decode(Callback.self, from: other.canonicalJSON()), other)
    }

    func testAHeaderMapKeepsWhatIsNotAString() throws {
        // Found by the fuzzer: objects inside CosHeaders were dropped from the canonical JSON.
        let body =
            #"{"EventName": "ReviewImage", "JobsDetail": {"JobId": "j", "CosHeaders": {"x-a": "1", "x-b": 2, "In": {"Object": "o"}}}}"#
        let callback = try decode(body)
        let headers = try XCTUnwrap(callback.moderation?.detail?.cosHeaders)
        XCTAssertEqual(headers.entries, ["x-a": "1", "x-b": "2"])
        XCTAssertEqual(headers.unknownNodes, [Node(name: "In", children: [Node(name: "Object", text: "o")])])
        XCTAssertTrue(String(decoding: callback.canonicalJSON(), as: UTF8.self).contains(#""In":{"Object":"o"}"#))
        XCTAssertEqual(try JSONDecoder().decode(Callback.self, from: callback.canonicalJSON()), callback)
    }

    func testSimpleAudioBodyWithoutEventDecodes() throws {
        let callback = try decode(String(decoding: Fixtures.data("samples/moderation-audio-1.json"), as: UTF8.self))
        let moderation = try XCTUnwrap(callback.moderation)
        XCTAssertEqual(moderation.kind, .unknown)
        XCTAssertNil(callback.eventName)
        XCTAssertEqual(moderation.jobId, "test_trace_id")
        XCTAssertEqual(moderation.target, "test_audio")
        XCTAssertEqual(moderation.result, 0)
        XCTAssertNil(moderation.label)
        XCTAssertEqual(moderation.simple?.code, 0)
        XCTAssertEqual(moderation.scenes["Porn"]?.score, 9)
        XCTAssertNil(moderation.scenes["Porn"]?.label, "an empty label is absent")
        let canonical = try JSONSerialization.jsonObject(with: callback.canonicalJSON()) as? [String: Any]
        XCTAssertNil(canonical?["EventName"], "no event to repeat")
    }

    func testXMLWithAReviewEventDecodesGenerically() throws {
        for hint in [nil, "Detail", "Simple"] as [String?] {
            let callback = try CallbackDecoder().decode(
                Fixtures.data("moderation/review-event.xml"), contentVersion: hint)
            XCTAssertNil(callback.moderation)
            XCTAssertEqual(callback.eventName, .reviewImage)
            XCTAssertEqual(callback.jobsDetail.count, 1)
            XCTAssertEqual(callback.job?.jobId, "si0a1b2c3d4e5f11eea1b2525400aabbcc")
            // `Object` is a field of `JobsDetail` (virus detection's); the rest is unknown there.
            XCTAssertEqual(callback.job?.object, "test.jpg")
            XCTAssertEqual(callback.job?.unknownNodes.map(\.name).sorted(), ["Label", "PornInfo", "Result"])
            XCTAssertEqual(callback.job?.isVirusDetection, false)
            XCTAssertEqual(callback.problems, [])
            // Its canonical JSON (JobsDetail a list) decodes back generically too, by
            // the decoder and by Codable.
            let canonical = callback.canonicalJSON()
            XCTAssertNil(try CallbackDecoder().decode(canonical).moderation)
            XCTAssertEqual(try JSONDecoder().decode(Callback.self, from: canonical), callback)
        }
    }

    // MARK: - The same verdict from both shapes

    func testSimpleAndDetailOfTheSameVerdictReadTheSame() throws {
        let simple = """
            {"code": 0, "message": "success", "data": {"event": "ReviewImage", "trace_id": "si123",
             "url": "https://b-1250000000.cos.ap-beijing.myqcloud.com/a.jpg", "result": 1, "forbidden_status": 1,
             "porn_info": {"hit_flag": 1, "label": "Porn", "score": 91},
             "ads_info": {"hit_flag": 0, "label": "", "score": 4},
             "fraud_info": {"hit_flag": 2, "score": 60},
             "cos_headers": {"x-cos-meta-a": "1"}}}
            """
        let detail = """
            {"EventName": "ReviewImage", "JobsDetail": {"JobId": "si123", "State": "Success",
             "CreationTime": "", "Object": "", "Url": "https://b-1250000000.cos.ap-beijing.myqcloud.com/a.jpg",
             "Label": "Porn", "Result": 1, "Score": 91, "ForbidState": 1,
             "PornInfo": {"HitFlag": 1, "Label": "Porn", "Score": 91, "Category": "", "SubLabel": ""},
             "AdsInfo": {"HitFlag": 0, "Label": "", "Score": 4},
             "FraudInfo": {"HitFlag": 2, "Score": 60},
             "CosHeaders": {"x-cos-meta-a": "1"}}}
            """
        let a = try XCTUnwrap(try CallbackDecoder().decode(Data(simple.utf8), contentVersion: "Simple").moderation)
        let b = try XCTUnwrap(try CallbackDecoder().decode(Data(detail.utf8), contentVersion: "Detail").moderation)
        XCTAssertEqual(a.kind, b.kind)
        XCTAssertEqual(a.result, 1)
        XCTAssertEqual(a.result, b.result)
        XCTAssertEqual(a.jobId, b.jobId)
        XCTAssertEqual(a.target, b.target)
        XCTAssertEqual(a.target, "https://b-1250000000.cos.ap-beijing.myqcloud.com/a.jpg", "an empty Object is skipped")
        XCTAssertEqual(a.scenes.keys.sorted(), ["Ads", "Fraud", "Porn"])
        XCTAssertEqual(a.scenes.keys.sorted(), b.scenes.keys.sorted())
        for name in a.scenes.keys {
            XCTAssertEqual(a.scenes[name]?.hitFlag, b.scenes[name]?.hitFlag, name)
            XCTAssertEqual(a.scenes[name]?.score, b.scenes[name]?.score, name)
            XCTAssertEqual(a.scenes[name]?.count, b.scenes[name]?.count, name)
            XCTAssertEqual(a.scenes[name]?.label, b.scenes[name]?.label, name)
        }
        XCTAssertEqual(a.simple?.data?.cosHeaders?.entries, b.detail?.cosHeaders?.entries)
        XCTAssertEqual(a.simple?.data?.forbiddenStatus, b.detail?.forbidState)
        XCTAssertEqual(b.label, "Porn")
        XCTAssertNil(a.label, "a Simple body has labels per scene only")
    }

    func testPublishedSimpleAndDetailSamplesAgree() throws {
        // Same kind, verdict and scene names; the Simple video/text samples count,
        // the Detail ones count at the job level too.
        for (simpleFile, detailFile) in [
            ("samples/moderation-video-1.json", "samples/moderation-video-2.json"),
            ("samples/moderation-text-1.json", "samples/moderation-text-2.json"),
            ("samples/moderation-image-1.json", "samples/moderation-image-2.json"),
            ("samples/moderation-live-1.json", "samples/moderation-live-2.json"),
        ] {
            let simple = try XCTUnwrap(
                try decode(String(decoding: Fixtures.data(simpleFile), as: UTF8.self)).moderation)
            let detail = try XCTUnwrap(
                try decode(String(decoding: Fixtures.data(detailFile), as: UTF8.self)).moderation)
            XCTAssertEqual(simple.kind, detail.kind, simpleFile)
            XCTAssertEqual(simple.result, detail.result, simpleFile)
            XCTAssertEqual(simple.scenes["Porn"]?.hitFlag, detail.scenes["Porn"]?.hitFlag, simpleFile)
            XCTAssertEqual(simple.scenes["Porn"]?.count, detail.scenes["Porn"]?.count, simpleFile)
        }
    }

    func testDocumentsAndWebPagesGiveTheirVerdictAsSuggestion() throws {
        let document = try XCTUnwrap(
            try decode(String(decoding: Fixtures.data("samples/moderation-document-1.json"), as: UTF8.self)).moderation)
        XCTAssertEqual(document.result, 0)
        XCTAssertEqual(document.detail?.suggestion, 0)
        XCTAssertNil(document.detail?.result)
        XCTAssertEqual(document.scenes.keys.sorted(), ["Ads", "Porn"], "from Labels")
        XCTAssertEqual(document.detail?.pageSegment?.results.first?.verdict, 0)
        XCTAssertEqual(document.detail?.pageSegment?.results.first?.pornInfo?.ocrResults.first?.keywords, [])
        XCTAssertEqual(document.target, nil, "an empty Url is absent")
    }

    func testATrailingCommaWebPageDecodesLikeTheValidOne() throws {
        let valid = try decode(String(decoding: Fixtures.data("samples/moderation-webpage-1.json"), as: UTF8.self))
        let comma = try decode(String(decoding: Fixtures.data("moderation/webpage-trailing-comma.json"), as: UTF8.self))
        XCTAssertEqual(comma, valid)
        XCTAssertEqual(comma.problems, [])
    }

    // MARK: - Fields

    func testKeywordsAsAListOrACommaSeparatedString() throws {
        let text = try XCTUnwrap(
            try decode(String(decoding: Fixtures.data("moderation/text-sections.json"), as: UTF8.self)).moderation?
                .detail)
        let ads = try XCTUnwrap(text.section.first?.adsInfo)
        XCTAssertEqual(ads.keywords, ["加微信,免费领券"])
        XCTAssertEqual(ads.keywordList, ["加微信", "免费领券"])
        XCTAssertEqual(ads.libResults.first?.keywords, ["加微信", "免费领券"])
        XCTAssertEqual(ads.hitInfos.map(\.keyword), ["加微信", "免费领券"])
        XCTAssertEqual(ads.hitInfos.last?.positions.map(\.start), [11, 40])
        XCTAssertEqual(ads.subLabel, "Contact")
        XCTAssertEqual(text.section.first?.pornInfo?.keywordList, [], "an empty string is no keyword")
        XCTAssertEqual(text.section.last?.startByte, 10000)
        XCTAssertEqual(text.section.last?.scenes["Illegal"]?.keywordList, ["代开发票"])
        XCTAssertEqual(
            text.content.flatMap { Data(base64Encoded: $0) }.map { String(decoding: $0, as: UTF8.self) },
            "加微信 abc123 免费领券 大家都来")

        let video = try XCTUnwrap(
            try decode(String(decoding: Fixtures.data("moderation/video-hits.json"), as: UTF8.self)).moderation?.detail)
        let snapshot = video.snapshot[1]
        let ocr = try XCTUnwrap(snapshot.adsInfo?.ocrResults.first)
        XCTAssertEqual(ocr.keywords, ["加微信", "特价"])
        XCTAssertEqual(ocr.location?.x, 12.5)
        XCTAssertEqual(ocr.location?.height, 36.25)
        XCTAssertEqual(snapshot.snapshotTime, 1500)
        XCTAssertEqual(snapshot.pornInfo?.libResults.first?.imageId, "lib-img-0042")
        XCTAssertEqual(snapshot.pornInfo?.libResults.first?.score, 97)
        XCTAssertEqual(video.audioSection[1].adsInfo?.keywordList, ["加微信"])
        XCTAssertEqual(video.audioSection[1].adsInfo?.libResults.first?.libType, 2)
        XCTAssertEqual(video.audioSection[0].adsInfo?.keywords, [], "an empty list is absent")
        XCTAssertEqual(video.snapshot.map(\.verdict), [0, 1, 1])
    }

    func testCreationTimeEmptyIsAbsentAndColonOffsetParses() throws {
        let audio = try decode(String(decoding: Fixtures.data("samples/moderation-audio-2.json"), as: UTF8.self))
        XCTAssertNil(audio.moderation?.detail?.creationTime)
        XCTAssertNil(audio.moderation?.detail?.object, "\"\" is absent")
        XCTAssertNil(audio.moderation?.target)
        let live = try decode(String(decoding: Fixtures.data("samples/moderation-live-2.json"), as: UTF8.self))
        let created = try XCTUnwrap(live.moderation?.detail?.creationTime)
        XCTAssertEqual(created.text, "2021-08-10T21:01:10+08:00")
        XCTAssertEqual(created.date, Date(timeIntervalSince1970: 1_628_600_470))
        XCTAssertEqual(created.date, Timestamp(text: "2021-08-10T21:01:10+0800")?.date)
    }

    func testAnUnknownSceneIsKeptAndReadable() throws {
        let callback = try decode(String(decoding: Fixtures.data("moderation/image-unknown-scene.json"), as: UTF8.self))
        XCTAssertEqual(callback.problems, [])
        let moderation = try XCTUnwrap(callback.moderation)
        let detail = try XCTUnwrap(moderation.detail)
        XCTAssertEqual(detail.unknownNodes.map(\.name), ["FraudInfo"], "kept, under its own name")
        XCTAssertEqual(moderation.scenes.keys.sorted(), ["Ads", "Fraud", "Porn"])
        let fraud = try XCTUnwrap(moderation.scenes["Fraud"])
        XCTAssertEqual(fraud.hitFlag, 2)
        XCTAssertEqual(fraud.score, 77)
        XCTAssertEqual(fraud.subLabel, "FakeLottery")
        XCTAssertEqual(fraud.ocrResults.first?.keywords, ["中奖", "联系客服"])
        XCTAssertEqual(fraud.ocrResults.first?.location?.width, 300)
        XCTAssertEqual(moderation.result, 2)
        XCTAssertEqual(moderation.label, "Fraud")
        XCTAssertEqual(detail.adsInfo?.objectResults.first?.name, "QRCode")
        XCTAssertEqual(detail.adsInfo?.objectResults.first?.location?.y, 402.5)
        XCTAssertEqual(detail.userInfo?.nickname, "小明")
        XCTAssertEqual(detail.userInfo?.ip, "203.0.113.7")
        XCTAssertNil(detail.userInfo?.room, "\"\" is absent")
        XCTAssertEqual(detail.listInfo?.listResults.first?.listType, 1)
        XCTAssertEqual(detail.listInfo?.listResults.first?.entity, "token-9034")
        // In the canonical JSON under its own name.
        let canonical = try JSONSerialization.jsonObject(with: callback.canonicalJSON()) as? [String: Any]
        let jobs = canonical?["JobsDetail"] as? [String: Any]
        XCTAssertNotNil(jobs?["FraudInfo"] as? [String: Any])
        // A Simple scene key no model lists is read the same way.
        let simple = try decode(
            #"{"code":0,"data":{"event":"ReviewText","result":1,"spam_info":{"hit_flag":1,"count":3}}}"#)
        XCTAssertEqual(simple.moderation?.scenes["Spam"]?.count, 3)
        XCTAssertEqual(simple.moderation?.simple?.data?.unknownNodes.map(\.name), ["spam_info"])
    }

    func testLiveStreamWhileAuditing() throws {
        let callback = try decode(String(decoding: Fixtures.data("moderation/live-auditing.json"), as: UTF8.self))
        let moderation = try XCTUnwrap(callback.moderation)
        XCTAssertEqual(moderation.kind, .liveVideo)
        XCTAssertEqual(moderation.detail?.state, JobState(rawValue: "Auditing"))
        XCTAssertEqual(moderation.detail?.type, "live_video")
        XCTAssertEqual(moderation.target, "rtmp://live.example.com/live/room-2077")
        XCTAssertEqual(moderation.detail?.snapshot.last?.snapshotTime, 1_710_763_255_000)
        XCTAssertEqual(moderation.detail?.listInfo?.listResults ?? [], [], "an empty list is absent")
        XCTAssertEqual(moderation.detail?.userInfo?.room, "2077")
    }

    func testCosHeadersAreAMap() throws {
        let video = try decode(String(decoding: Fixtures.data("moderation/video-hits.json"), as: UTF8.self))
        let headers = try XCTUnwrap(video.moderation?.detail?.cosHeaders)
        XCTAssertEqual(headers.entries, ["x-cos-meta-uploader": "user-77", "x-cos-meta-channel": "app"])
        XCTAssertEqual(headers["x-cos-meta-channel"], "app")
        XCTAssertEqual(headers.unknownNodes, [])
        let simple = try decode(String(decoding: Fixtures.data("samples/moderation-image-1.json"), as: UTF8.self))
        XCTAssertEqual(simple.moderation?.simple?.data?.cosHeaders?.entries, ["x-cos-meta-xx": "xx"])
        // A nested object, which a map of strings should not have, is kept apart.
        let odd = try decode(
            #"{"EventName":"ReviewImage","JobsDetail":{"JobId":"j","CosHeaders":{"a":"1","b":{"c":"2"}}}}"#)
        XCTAssertEqual(odd.moderation?.detail?.cosHeaders?.entries, ["a": "1"])
        XCTAssertEqual(odd.moderation?.detail?.cosHeaders?.unknownNodes.map(\.name), ["b"])
    }

    /// Each model's `sceneKeys` (its scene fields and `scenes`) names every scene
    /// property it has, each once: a property without a list line fails here.
    func testEverySceneFieldIsListedOnce() {
        Self.checkSceneKeys(ModerationJob.sceneKeys)
        Self.checkSceneKeys(ModerationJob.Segment.sceneKeys)
        Self.checkSceneKeys(ModerationJob.Labels.sceneKeys)
        Self.checkSceneKeys(ModerationSimpleData.sceneKeys)
    }

    private static func checkSceneKeys<Model: NodeModel, Scene: ModerationSceneForm>(
        _ keys: [SceneKey<Model, Scene>], file: StaticString = #filePath, line: UInt = #line
    ) {
        func sceneProperties(_ model: Model) -> [Mirror.Child] {
            Mirror(reflecting: model).children.filter { type(of: $0.value) == Scene?.self }
        }
        XCTAssertEqual(sceneProperties(Model()).count, keys.count, "\(Model.self)", file: file, line: line)
        XCTAssertEqual(Set(keys.map(\.sceneName)).count, keys.count, "\(Model.self)", file: file, line: line)
        var model = Model()
        for key in keys { model[keyPath: key.path] = Scene() }
        let unset = sceneProperties(model).filter { $0.value as? Scene == nil }.map { $0.label ?? "?" }
        XCTAssertEqual(unset, [], "\(Model.self): two keys for one property", file: file, line: line)
    }

    // MARK: - Every moderation fixture

    private static var moderationFixtures: [Fixtures.Fixture] {
        Fixtures.all.filter { $0.name.hasPrefix("moderation/") || $0.name.hasPrefix("samples/moderation-") }
    }

    func testCanonicalJSONRoundTripsThroughCodable() throws {
        XCTAssertGreaterThanOrEqual(Self.moderationFixtures.count, 19)
        for fixture in Self.moderationFixtures where !fixture.mustFail {
            let callback = try CallbackDecoder().decode(fixture.data)
            let canonical = callback.canonicalJSON()
            XCTAssertEqual(try JSONDecoder().decode(Callback.self, from: canonical), callback, "\(fixture)")
            // And through the decoder: the same canonical JSON again.
            XCTAssertEqual(try CallbackDecoder().decode(canonical).canonicalJSON(), canonical, "\(fixture)")
            let top = try JSONSerialization.jsonObject(with: canonical) as? [String: Any]
            if callback.eventName != nil { XCTAssertNotNil(top?["EventName"] as? String, "\(fixture)") }
            XCTAssertNil(top?["Response"], "\(fixture)")
        }
    }

    func testStrictModePassesOnEverySample() throws {
        for fixture in Fixtures.all
        where (fixture.name.hasPrefix("samples/") || fixture.name.hasPrefix("moderation/")) && !fixture.mustFail
            && fixture.problemLines.isEmpty
        {
            for hint in [nil, "Simple", "Detail"] as [String?] {
                XCTAssertNoThrow(
                    try CallbackDecoder(strict: true).decode(fixture.data, contentVersion: hint), "\(fixture)")
            }
        }
    }

    // MARK: - The tool

    func testToolSummarizesEveryKind() throws {
        var tool = Bundle(for: ModerationTests.self).bundleURL
        if tool.pathExtension == "xctest" { tool = tool.deletingLastPathComponent() }
        tool.appendPathComponent("ci-callback")
        func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
            let process = Process()
            process.executableURL = tool
            process.arguments = arguments
            let out = Pipe()
            let err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (
                process.terminationStatus, String(decoding: stdout, as: UTF8.self),
                String(decoding: stderr, as: UTF8.self)
            )
        }
        for (file, kind, shape) in Self.families {
            let result = try run(["decode", "--content-version", shape.rawValue, Fixtures.named(file).url.path])
            XCTAssertEqual(result.status, 0, "\(file): \(result.stderr)")
            XCTAssertEqual(result.stderr, "", file)
            let first = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
            let kindName = ["liveVideo": "live-stream", "webPage": "web-page"][kind.rawValue] ?? kind.rawValue
            XCTAssertTrue(first.hasSuffix(": \(kindName) moderation, \(shape.rawValue) shape"), "\(file): \(first)")
            XCTAssertFalse(result.stdout.contains("not a job or workflow callback"), file)
            XCTAssertTrue(result.stdout.contains("\n  Verdict     "), "\(file): \(result.stdout)")
        }
        let video = try run(["decode", Fixtures.named("moderation/video-hits.json").url.path]).stdout
        XCTAssertTrue(video.contains("  Verdict     1 violating, label Porn\n"), video)
        XCTAssertTrue(
            video.contains("  Hits        snapshot at 1.5 s  1 violating, label Porn, Ads hit 2 score 71"), video)
        XCTAssertTrue(video.contains("              audio at 30 s for 12.5 s  2 suspicious"), video)
        XCTAssertFalse(video.contains("snap-0.jpg"), "a piece that did not hit is not listed")
        let text = try run(["decode", Fixtures.named("moderation/text-sections.json").url.path]).stdout
        XCTAssertTrue(
            text.contains("section at char 10000  2 suspicious, label Illegal, Illegal hit 2 score 68 [代开发票]"), text)
        XCTAssertTrue(text.contains("  Text        加微信 abc123 免费领券 大家都来\n"), text)
        let simple = try run(["decode", Fixtures.named("samples/moderation-image-1.json").url.path]).stdout
        XCTAssertTrue(simple.contains("  Trace id    test_trace_id\n"), simple)
        XCTAssertTrue(simple.contains("  Scenes      Porn hit 0 score 9\n"), simple)
        let live = try run(["decode", Fixtures.named("moderation/live-auditing.json").url.path]).stdout
        XCTAssertTrue(live.contains("  State       Auditing\n"), live)
        XCTAssertTrue(live.contains("Hits        snapshot at 2024-03-18T12:00:55Z"), live)
        // Text from the body cannot start a line of its own.
        let body =
            #"{"EventName":"ReviewText","JobsDetail":{"JobId":"a\nb","Label":"x\ny","Result":1,"Section":[{"StartByte":0,"Result":1,"PornInfo":{"HitFlag":1,"Keywords":"p\nq"}}]}}"#
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("moderation-\(UUID().uuidString).json")
        try Data(body.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let escaped = try run(["decode", url.path]).stdout
        XCTAssertFalse(
            escaped.split(separator: "\n").contains { $0.hasPrefix("b") || $0.hasPrefix("y") || $0.hasPrefix("q") },
            escaped)
        XCTAssertTrue(escaped.contains(#"Job         a\nb"#), escaped)
    }

    // MARK: - Random bodies

    private let seed = UInt64(ProcessInfo.processInfo.environment["CI_CALLBACK_SEED"] ?? "") ?? 20_261_202
    private let rounds = 60
    private static let events = [
        "ReviewImage", "ReviewVideo", "ReviewAudio", "ReviewText", "ReviewDocument", "ReviewHtml",
    ]

    /// Random Detail `JobsDetail`s from the model's field table, written as the
    /// service writes them, decode with no problem, fully typed, as generated.
    func testRandomDetailBodiesRoundTrip() throws {
        var random = SampleRandom(seed: seed &+ 31)
        for round in 0..<rounds {
            var job = ModerationJob.sampleNode(named: "JobsDetail", &random)
            if random.chance(50) { job.children.append(Self.sampleHeaders(named: "CosHeaders", &random)) }
            if job.children.isEmpty { job.children = [SampleNode(name: "JobId", text: "j1")] }
            job.children.shuffle(using: &random)
            let event = Self.events.randomElement(using: &random)!
            // `JobsDetail` is one object here (a list is the job callbacks' envelope).
            let json =
                "{\"EventName\": \(SampleBodies.quoted(event)), \"JobsDetail\": \(SampleBodies.json(children: job.children, &random))}"
            let expected = SampleNode(name: "Response", children: [SampleNode(name: "EventName", text: event), job])
            let callback = try check(json, expected: expected, "Detail round \(round)")
            let type = job.children.first { $0.name == "Type" }?.text
            XCTAssertEqual(callback?.moderation?.kind, ModerationKind(event: EventName(rawValue: event), type: type))
            XCTAssertNotNil(callback?.moderation?.detail)
        }
    }

    /// Random Simple bodies (`code`, `message`, `data` with an `event`).
    func testRandomSimpleBodiesRoundTrip() throws {
        var random = SampleRandom(seed: seed &+ 37)
        for round in 0..<rounds {
            var body = ModerationSimpleBody.sampleNode(named: "Response", &random)
            let event = Self.events.prefix(4).randomElement(using: &random)!
            var data = body.children.first { $0.name == "data" } ?? SampleNode(name: "data")
            data.children.removeAll { $0.name == "event" }
            data.children.append(SampleNode(name: "event", text: event))
            if random.chance(50) { data.children.append(Self.sampleHeaders(named: "cos_headers", &random)) }
            data.children.shuffle(using: &random)
            body.children.removeAll { $0.name == "data" }
            body.children.append(data)
            let json = SampleBodies.json(children: body.children, &random)
            // The canonical JSON adds the event at the top.
            var expected = body
            expected.children.append(SampleNode(name: "EventName", text: event))
            let callback = try check(json, expected: expected, "Simple round \(round)")
            XCTAssertEqual(callback?.moderation?.kind, ModerationKind(event: EventName(rawValue: event), type: nil))
            XCTAssertNotNil(callback?.moderation?.simple)
        }
    }

    /// A map of one to three `x-cos-meta-*` headers.
    private static func sampleHeaders(named name: String, _ random: inout SampleRandom) -> SampleNode {
        SampleNode(
            name: name,
            children: (0..<Int.random(in: 1...3, using: &random)).map { index in
                SampleNode(name: "x-cos-meta-k\(index)", text: sampleWord(&random))
            })
    }

    @discardableResult
    private func check(_ json: String, expected: SampleNode, _ label: String) throws -> Callback? {
        let context = "\(label), CI_CALLBACK_SEED=\(seed)\n\(json)"
        let callback: Callback
        do {
            callback = try CallbackDecoder(strict: true).decode(Data(json.utf8))
        } catch {
            XCTFail("\(context): \(error)")
            return nil
        }
        XCTAssertEqual(callback.problems, [], context)
        XCTAssertNotNil(callback.moderation, context)
        var leftovers: [String] = []
        SampleBodies.collectUnknownNodes(callback, path: "Response", into: &leftovers)
        XCTAssertEqual(leftovers, [], "\(context): nodes left untyped")
        let canonical = try JSONSerialization.jsonObject(with: callback.canonicalJSON())
        XCTAssertEqual(SampleBodies.normalized(canonical), SampleBodies.normalized(expected), context)
        XCTAssertEqual(try JSONDecoder().decode(Callback.self, from: callback.canonicalJSON()), callback, context)
        return callback
    }
}
