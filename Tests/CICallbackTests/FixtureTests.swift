import Foundation
import XCTest

@testable import CICallback

/// Every body in `Fixtures/` decodes to exactly its checked-in expectation.
/// Set `CI_CALLBACK_UPDATE_EXPECTED=1` to write missing expectations (then read them!).
final class FixtureTests: XCTestCase {
    private let update = ProcessInfo.processInfo.environment["CI_CALLBACK_UPDATE_EXPECTED"] == "1"

    func testFixturesAreDiscovered() {
        let names = Fixtures.all.map(\.name)
        // The twelve seed samples, at least.
        for seed in [
            "video-tag/job-api.xml", "video-tag/job-api.json", "video-tag/job-api-en.xml", "video-tag/job-api-en.json",
            "voice-separate/job-api.xml", "voice-separate/workflow.xml", "voice-separate/workflow.json",
            "pic-process/job-api.xml", "pic-process/workflow.xml", "pic-process/workflow.json",
            "words-generalize/job-api.xml", "words-generalize/job-api.json",
        ] {
            XCTAssertTrue(names.contains(seed), "missing seed fixture \(seed)")
        }
    }

    func testEveryFixtureMatchesItsExpectation() throws {
        for fixture in Fixtures.all {
            let result = Result { () throws(CallbackError) in try CallbackDecoder().decode(fixture.data) }
            switch result {
            case .success(let callback):
                let json = callback.canonicalJSON()
                guard let laidOut = try? Data(contentsOf: fixture.expectedJSON) else {
                    if update {
                        try FileManager.default.createDirectory(
                            at: fixture.expectedDirectory, withIntermediateDirectories: true)
                        try ExpectationLayout.pretty(json).write(to: fixture.expectedJSON)
                    } else {
                        XCTFail("\(fixture): decoded, but has no expected/\(fixture.url.lastPathComponent).json")
                    }
                    continue
                }
                XCTAssertFalse(fixture.mustFail, "\(fixture): decoded, but an .error expectation says it must fail")
                XCTAssertEqual(
                    laidOut, ExpectationLayout.pretty(ExpectationLayout.compact(laidOut)),
                    "\(fixture): expected/\(fixture.url.lastPathComponent).json is not laid out one field a line")
                XCTAssertEqual(
                    String(decoding: json, as: UTF8.self),
                    String(decoding: ExpectationLayout.compact(laidOut), as: UTF8.self),
                    "\(fixture): canonical JSON differs from its expectation")
                let problems = callback.problems.map(Self.expectation(for:))
                if update, !problems.isEmpty, fixture.problemLines.isEmpty {
                    try Data(problems.map { $0 + "\n" }.joined().utf8).write(to: fixture.expectedProblems)
                } else {
                    XCTAssertEqual(
                        problems, fixture.problemLines, "\(fixture): problems differ from expected/…problems")
                }
                // The expectation decodes back (Codable) to the same value, problems aside.
                var withoutProblems = callback
                withoutProblems.problems = []
                XCTAssertEqual(try JSONDecoder().decode(Callback.self, from: laidOut), withoutProblems, "\(fixture)")
            case .failure(let error):
                let actual = Self.expectation(for: error)
                guard let expected = try? String(contentsOf: fixture.expectedError, encoding: .utf8) else {
                    if update {
                        try FileManager.default.createDirectory(
                            at: fixture.expectedDirectory, withIntermediateDirectories: true)
                        try Data((actual + "\n").utf8).write(to: fixture.expectedError)
                    } else {
                        XCTFail(
                            "\(fixture): failed with \(error), but has no expected/\(fixture.url.lastPathComponent).error"
                        )
                    }
                    continue
                }
                XCTAssertEqual(actual, expected.trimmingCharacters(in: .whitespacesAndNewlines), "\(fixture): \(error)")
            }
        }
    }

    /// `<kind> <line:column> <node path>`, `-` for what the error does not have.
    static func expectation(for error: CallbackError) -> String {
        "\(error.kind) \(error.position ?? "-") \(error.path ?? "-")"
    }

    /// Strict decoding throws the first problem a body has, and decodes the rest as before.
    func testStrictDecodingThrowsTheFirstProblem() throws {
        for fixture in Fixtures.all where !fixture.mustFail {
            let lenient = try CallbackDecoder().decode(fixture.data)
            do {
                let strict = try CallbackDecoder(strict: true).decode(fixture.data)
                XCTAssertEqual(strict, lenient, "\(fixture)")
                XCTAssertEqual(lenient.problems, [], "\(fixture): strict decoded, lenient has problems")
            } catch {
                if fixture.url.pathExtension == "xml" {
                    XCTAssertEqual(error, lenient.problems.first, "\(fixture)")
                } else {
                    XCTAssertTrue(lenient.problems.contains(error), "\(fixture): \(error) not in \(lenient.problems)")
                }
            }
        }
    }

    func testXMLAndJSONFormsDecodeEqual() throws {
        for (xml, json) in Fixtures.pairs {
            let fromXML = try CallbackDecoder().decode(Fixtures.data(xml))
            let fromJSON = try CallbackDecoder().decode(Fixtures.data(json))
            XCTAssertEqual(fromXML, fromJSON, "\(xml) vs \(json)")
            XCTAssertEqual(fromXML.canonicalJSON(), fromJSON.canonicalJSON(), "\(xml) vs \(json)")
        }
    }

    func testChunkedFeedingMatchesWholeBody() throws {
        for fixture in Fixtures.all where !fixture.mustFail {
            let bytes = [UInt8](fixture.data)
            let whole = try CallbackDecoder().decode(bytes)
            for chunkSize in [1, 3, 64, 4096] {
                let decoder = CallbackDecoder().makeIncrementalDecoder()
                var offset = 0
                while offset < bytes.count {
                    try decoder.feed(bytes[offset..<min(bytes.count, offset + chunkSize)])
                    offset += chunkSize
                }
                let chunked = try decoder.finish()
                XCTAssertEqual(chunked, whole, "\(fixture) in \(chunkSize)-byte chunks")
                // `==` compares problems by content; their positions must not depend on the chunks either.
                XCTAssertEqual(chunked.problems, whole.problems, "\(fixture) in \(chunkSize)-byte chunks")
            }
        }
    }

    func testFailingFixturesFailTheSameWayInChunks() {
        for fixture in Fixtures.all where fixture.mustFail {
            let bytes = [UInt8](fixture.data)
            var whole: CallbackError?
            do { _ = try CallbackDecoder().decode(bytes) } catch { whole = error }
            let decoder = CallbackDecoder().makeIncrementalDecoder()
            var chunked: CallbackError?
            do {
                var offset = 0
                while offset < bytes.count {
                    try decoder.feed(bytes[offset..<min(bytes.count, offset + 7)])
                    offset += 7
                }
                _ = try decoder.finish()
            } catch {
                chunked = error
            }
            XCTAssertNotNil(whole, "\(fixture)")
            XCTAssertEqual(whole?.kind, chunked?.kind, "\(fixture)")
            XCTAssertEqual(whole?.path, chunked?.path, "\(fixture)")
        }
    }

    func testOneMegabyteBodyInFourKilobyteChunks() throws {
        let body = Array(largeVideoTagXML(approximateBytes: 1 << 20).utf8)
        XCTAssertGreaterThan(body.count, 1 << 20)
        let whole = try CallbackDecoder().decode(body)
        let decoder = CallbackDecoder().makeIncrementalDecoder(contentType: "application/xml")
        var offset = 0
        while offset < body.count {
            try decoder.feed(body[offset..<min(body.count, offset + 4096)])
            offset += 4096
        }
        let chunked = try decoder.finish()
        XCTAssertEqual(chunked, whole)
        let places = try XCTUnwrap(whole.job?.operation?.videoTagResult?.streamData?.data?.placeTags)
        XCTAssertGreaterThan(places.count, 2000)
        XCTAssertEqual(places.last?.clipFrameResult.count, 5)
        XCTAssertEqual(places.last?.tags.first?.tag, "Office & more")
        XCTAssertEqual(places[7].startIndex, 175)
    }
}
