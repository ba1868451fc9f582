import CICallback
import Foundation
import XCTest

// The code of the DocC articles (`Sources/CICallback/CICallback.docc/`) and of the
// README, verbatim, run on fixtures. A plain `import CICallback` (not `@testable`):
// the examples use the public API only. When an article's or the README's code
// changes, change it here too.

// MARK: - GettingStarted.md: Decode a body

private func decodeCallback(_ body: Data, contentType: String?) throws(CallbackError) -> Callback {
    let callback = try CallbackDecoder().decode(body, contentType: contentType)
    for problem in callback.problems {
        print("kept, but a value does not fit its field:", problem)
    }
    return callback
}

// MARK: - GettingStarted.md: Receive callbacks over HTTP

/// The HTTP status to answer a callback with. `store` saves the callback durably
/// (a database row, a queue message) and throws when it could not.
private func status(forCallback body: Data, contentType: String?, store: (Callback) throws -> Void) -> Int {
    let callback: Callback
    do {
        callback = try CallbackDecoder().decode(body, contentType: contentType)
    } catch {
        // Broken structure: the same bytes would fail again.
        return error.kind == .limitExceeded(.bodySize) ? 413 : 400
    }
    do {
        try store(callback)
    } catch {
        return 503  // not stored: do not acknowledge it
    }
    return 200  // stored, problems and all
}

private func decodeInPieces(_ chunks: [Data], contentType: String?) throws(CallbackError) -> Callback {
    let decoding = CallbackDecoder().makeIncrementalDecoder(contentType: contentType)
    for chunk in chunks {
        try decoding.feed(chunk)
    }
    return try decoding.finish()
}

// MARK: - GettingStarted.md: Switch on the job type

private func summary(of job: JobsDetail) -> String {
    guard job.state == .success else {
        return "\(job.state?.rawValue ?? "no state"): \(job.code ?? "-") \(job.message ?? "")"
    }
    guard let operation = job.operation else { return "no result" }
    switch job.jobType {
    case .transcode, .snapshot, .animation:
        let objects = operation.mediaResult?.outputFile?.objectName ?? []
        return "wrote " + objects.joined(separator: ", ")
    case .speechRecognition:
        return operation.speechRecognitionResult?.result ?? ""
    case .videoTag:
        let tags = operation.videoTagResult?.streamData?.data?.tags ?? []
        return tags.compactMap(\.tag).joined(separator: ", ")
    default:
        // Any other job type, one the library does not model yet included: those
        // keep their result nodes, generic, in `unknownNodes`.
        let type = job.jobType?.rawValue ?? "unknown job type"
        let nodes = operation.unknownNodes.map(\.name)
        return nodes.isEmpty ? type : "\(type): " + nodes.joined(separator: ", ")
    }
}

// MARK: - GettingStarted.md: Switch on the event

private func lines(for callback: Callback) -> [String] {
    switch callback.eventName {
    case .taskFinish:
        return callback.jobsDetail.map { "\($0.jobId ?? "-"): \(summary(of: $0))" }
    case .workflowFinish:
        let tasks = callback.workflowExecution?.tasks ?? []
        return tasks.map { task in
            let objects = task.resultInfo?.objectInfo.compactMap(\.objectName) ?? []
            return "\(task.type ?? "-") \(task.state?.rawValue ?? "-") \(objects)"
        }
    default:
        if let moderation = callback.moderation {
            return ["\(moderation.kind) \(moderation.jobId ?? "-"): result \(moderation.result ?? -1)"]
        }
        // Any other event still decodes; its nodes are in `unknownNodes`.
        return ["\(callback.eventName?.rawValue ?? "no event"): \(callback.unknownNodes.map(\.name))"]
    }
}

// MARK: - GettingStarted.md: Content moderation

private enum Verdict {
    case pass, review, block
}

private func verdict(of moderation: Moderation) -> Verdict {
    switch moderation.result {
    case 1: .block
    case 2: .review
    default: .pass
    }
}

/// The scenes that hit (`Porn`, `Ads`, …), from either JSON shape.
private func hits(of moderation: Moderation) -> [String] {
    moderation.scenes.filter { $0.value.hitFlag == 1 }.keys.sorted()
}

// MARK: - JobTypes.md: Virus detection

/// Each virus found: the object checked, the file in it and the virus.
private func virusesFound(in callback: Callback) -> [String] {
    var found: [String] = []
    for job in callback.jobsDetail where job.isVirusDetection && job.suggestion == "block" {
        let checked = job.object ?? job.url ?? "?"
        for file in job.detectDetail?.result ?? [] {
            found.append("\(checked): \(file.virusName ?? "?") in \(file.fileName ?? "?")")
        }
    }
    return found
}

// MARK: - DecodingRules.md: Problems

private func report(_ body: Data) throws(CallbackError) -> [String] {
    let callback = try CallbackDecoder().decode(body)
    return callback.problems.map { problem in
        "\(problem.kind) at \(problem.path ?? "-") (line \(problem.line ?? 0)): \(problem.text ?? "")"
    }
}

private func decodeStrictly(_ body: Data) -> CallbackError? {
    do {
        _ = try CallbackDecoder(strict: true).decode(body)
        return nil
    } catch {
        return error  // the first problem, thrown
    }
}

// MARK: - LimitsAndSecurity.md

private let smallDecoder = CallbackDecoder(
    limits: Limits(maxBodyBytes: 1 << 20, maxDepth: 32, maxNodeCount: 20_000, maxTextBytes: 64 << 10))

private func refusal(of body: Data, contentType: String?) -> String? {
    do {
        _ = try smallDecoder.decode(body, contentType: contentType)
        return nil
    } catch {
        if let limit = error.kind.limit { return "over the \(limit) limit" }
        switch error.kind {
        case .doctypeNotAllowed: return "a DOCTYPE"
        default: return "broken: \(error)"
        }
    }
}

final class DocumentationExampleTests: XCTestCase {
    private func fixture(_ name: String) -> Data {
        Fixtures.data(name)
    }

    /// Every `swift` code block of the articles and of the README is in this file,
    /// line for line (indentation and this file's `private` aside), so the tests
    /// below run it.
    func testArticlesShowTheCodeTestedHere() throws {
        let root = Fixtures.directory.deletingLastPathComponent()
        let catalog = root.appendingPathComponent("Sources/CICallback/CICallback.docc")
        func lines(_ text: String) -> [String] {
            text.split(separator: "\n", omittingEmptySubsequences: false).map {
                let line = $0.trimmingCharacters(in: .whitespaces)
                return line.hasPrefix("private ") ? String(line.dropFirst("private ".count)) : line
            }
        }
        let source = lines(try String(contentsOfFile: #filePath, encoding: .utf8))
        let articles =
            try FileManager.default.contentsOfDirectory(atPath: catalog.path).filter { $0.hasSuffix(".md") }
            .map { catalog.appendingPathComponent($0) }
        var blocks: [String: Int] = [:]
        for article in articles + [root.appendingPathComponent("README.md")] {
            let name = article.lastPathComponent
            let text = try String(contentsOf: article, encoding: .utf8)
            for (index, part) in text.components(separatedBy: "```swift\n").enumerated() where index > 0 {
                let block = lines(part.components(separatedBy: "```")[0])
                let code = Array(block.dropLast())  // the empty line before the closing fence
                blocks[name, default: 0] += 1
                let found = (0...(source.count - code.count)).contains { Array(source[$0..<$0 + code.count]) == code }
                XCTAssertTrue(found, "\(name): a code block not in this file:\n\(code.joined(separator: "\n"))")
            }
        }
        XCTAssertGreaterThanOrEqual(blocks.values.reduce(0, +) - blocks["README.md", default: 0], 9)
        XCTAssertGreaterThanOrEqual(blocks["README.md", default: 0], 5)
    }

    func testDecodeABody() throws {
        let callback = try decodeCallback(fixture("job-types/Transcode-docs.xml"), contentType: "application/xml")
        XCTAssertEqual(callback.eventName, .taskFinish)
        XCTAssertEqual(callback.jobsDetail.first?.jobId, "j8d121820f5e411ec926ef19d53ba9c6f")
        XCTAssertEqual(callback.problems, [])

        let withProblem = try decodeCallback(fixture("bad-input/wrong-number.xml"), contentType: nil)
        XCTAssertEqual(withProblem.problems.map(\.kind), [.invalidValue])
    }

    func testReceivePattern() {
        var stored: [Callback] = []
        let body = fixture("job-types/Transcode-docs.json")
        XCTAssertEqual(status(forCallback: body, contentType: "application/json") { stored.append($0) }, 200)
        XCTAssertEqual(stored.first?.jobsDetail.first?.jobType, .transcode)

        struct StoreDown: Error {}
        XCTAssertEqual(status(forCallback: body, contentType: nil) { _ in throw StoreDown() }, 503)
        XCTAssertEqual(status(forCallback: fixture("bad-input/truncated.xml"), contentType: nil) { _ in }, 400)
        // A problem is no reason to refuse: the callback is stored and acknowledged.
        XCTAssertEqual(status(forCallback: fixture("bad-input/wrong-number.xml"), contentType: nil) { _ in }, 200)
    }

    func testDecodeInPieces() throws {
        let body = fixture("job-types/Transcode-docs.xml")
        let chunks = stride(from: 0, to: body.count, by: 100).map { body[$0..<min($0 + 100, body.count)] }
        let whole = try CallbackDecoder().decode(body)
        XCTAssertEqual(try decodeInPieces(chunks.map { Data($0) }, contentType: nil), whole)
    }

    func testSwitchOnJobs() throws {
        let transcode = try CallbackDecoder().decode(fixture("job-types/Transcode-docs.xml"))
        XCTAssertEqual(transcode.jobsDetail.map(summary(of:)), ["wrote output/out.m3u8"])
        XCTAssertEqual(
            lines(for: transcode), ["j8d121820f5e411ec926ef19d53ba9c6f: wrote output/out.m3u8"])

        let videoTag = try CallbackDecoder().decode(fixture("video-tag/job-api.xml"))
        XCTAssertEqual(
            videoTag.jobsDetail.map(summary(of:)), ["MOBA类-王者荣耀, 游戏, 办公室, 超市/便利店/商店"])

        let speech = try CallbackDecoder().decode(fixture("job-types/SpeechRecognition-docs.xml"))
        let transcript = speech.jobsDetail.first?.operation?.speechRecognitionResult?.result
        XCTAssertNotNil(transcript)
        XCTAssertEqual(speech.jobsDetail.map(summary(of:)), [transcript ?? ""])

        // A job type without a case of its own: its type.
        let hash = try CallbackDecoder().decode(fixture("job-types/FileHashCode-docs.xml"))
        XCTAssertEqual(hash.jobsDetail.map(summary(of:)), ["FileHashCode"])

        // A job type the library does not model: its type and its result nodes.
        let poster = try CallbackDecoder().decode(
            Data(
                ("<Response><EventName>TaskFinish</EventName><JobsDetail><Tag>FutureJob</Tag>"
                    + "<State>Success</State><Operation><FutureJobResult><Object>poster.jpg</Object>"
                    + "</FutureJobResult></Operation></JobsDetail></Response>").utf8))
        XCTAssertEqual(poster.jobsDetail.map(summary(of:)), ["FutureJob: FutureJobResult"])
    }

    func testSwitchOnWorkflows() throws {
        let callback = try CallbackDecoder().decode(fixture("workflow-finish/from-schema.xml"))
        XCTAssertEqual(
            lines(for: callback),
            [
                "Transcode Success []",
                "Snapshot Success [\"output/snapshot-1.jpg\", \"output/snapshot-2.jpg\"]",
            ])
    }

    func testSwitchOnModeration() throws {
        let callback = try CallbackDecoder().decode(fixture("moderation/video-hits.json"))
        let moderation = try XCTUnwrap(callback.moderation)
        XCTAssertEqual(verdict(of: moderation), .block)
        XCTAssertEqual(hits(of: moderation), ["Porn"])
        XCTAssertEqual(lines(for: callback), ["video av5c2d8f6e1a2b11ee9a2b525400a1b2c3: result 1"])
    }

    func testVirusesFound() throws {
        let callback = try CallbackDecoder().decode(fixture("job-types/VirusDetect-docs.xml"))
        XCTAssertEqual(
            virusesFound(in: callback),
            [
                "uploads/2026-07-20/setup-tools.zip: Trojan.Win32.Agent.xbhk in setup-tools/installer.exe",
                "uploads/2026-07-20/setup-tools.zip: Trojan.MSOffice.SAgent.gen in setup-tools/macros.docm",
            ])
        XCTAssertEqual(virusesFound(in: try CallbackDecoder().decode(fixture("job-types/DocProcess-docs.xml"))), [])
    }

    func testProblemsAndStrictMode() throws {
        let body = fixture("bad-input/wrong-number.xml")
        XCTAssertEqual(
            try report(body),
            [
                "invalidValue at Response.JobsDetail[0].Operation.VideoTagResult.StreamData.Data.ObjectTags[0]"
                    + ".Objects[0].Confidence (line 44): high"
            ])
        let error = try XCTUnwrap(decodeStrictly(body))
        XCTAssertEqual(error.kind, .invalidValue)
        XCTAssertEqual(error.text, "high")
        XCTAssertNil(decodeStrictly(fixture("job-types/Transcode-docs.xml")))
    }

    func testLimits() {
        XCTAssertNil(refusal(of: fixture("job-types/Transcode-docs.xml"), contentType: nil))
        XCTAssertEqual(refusal(of: fixture("bad-input/doctype-entity-bomb.xml"), contentType: nil), "a DOCTYPE")
        XCTAssertEqual(refusal(of: fixture("bad-input/doctype-external-entity.xml"), contentType: nil), "a DOCTYPE")
        let deep = Data((String(repeating: "{\"A\":", count: 40) + "1" + String(repeating: "}", count: 40)).utf8)
        XCTAssertEqual(refusal(of: deep, contentType: "application/json"), "over the depth limit")
        let long = Data(("{\"EventName\":\"" + String(repeating: "x", count: 70_000) + "\"}").utf8)
        XCTAssertEqual(refusal(of: long, contentType: nil), "over the textLength limit")
        let large = Data("<Response>".utf8) + Data(repeating: UInt8(ascii: " "), count: 2 << 20)
        XCTAssertEqual(refusal(of: large, contentType: nil), "over the bodySize limit")
        let many = Data(("{\"A\":[" + Array(repeating: "1", count: 30_000).joined(separator: ",") + "]}").utf8)
        XCTAssertEqual(refusal(of: many, contentType: nil), "over the nodeCount limit")
    }
}
