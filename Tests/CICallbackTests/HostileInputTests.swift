import Foundation
import XCTest

@testable import CICallback

/// Bodies anyone could POST to a public callback URL: each gets the library's
/// error, quickly, never a crash.
final class HostileInputTests: XCTestCase {
    func testExternalEntityIsRefused() {
        let error = assertDecodeError(Fixtures.data("bad-input/doctype-external-entity.xml"), kind: .doctypeNotAllowed)
        XCTAssertEqual(error?.format, .xml)
        XCTAssertNotNil(error?.line)
    }

    func testEntityExpansionBombIsRefused() {
        assertDecodeError(Fixtures.data("bad-input/doctype-entity-bomb.xml"), kind: .doctypeNotAllowed)
    }

    func testUndeclaredEntityIsASyntaxError() {
        let error = assertDecodeError(Fixtures.data("bad-input/undeclared-entity.xml"), kind: .syntax)
        XCTAssertEqual(error?.message, "Entity 'lol9' not defined")
    }

    func testHundredThousandDeepXMLStopsAtTheDepthLimit() {
        let body = String(repeating: "<Response>", count: 100_000) + String(repeating: "</Response>", count: 100_000)
        let error = assertDecodeError(body, kind: .limitExceeded(.depth))
        XCTAssertEqual(error?.line, 1)
    }

    func testHundredThousandDeepJSONStopsAtTheDepthLimit() {
        let arrays = "{\"A\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        assertDecodeError(arrays, kind: .limitExceeded(.depth))
        let objects = String(repeating: "{\"A\": ", count: 100_000) + "1" + String(repeating: "}", count: 100_000)
        assertDecodeError(objects, kind: .limitExceeded(.depth))
    }

    func testTruncatedBodies() {
        let xml = assertDecodeError(Fixtures.data("bad-input/truncated.xml"), kind: .syntax)
        XCTAssertTrue(xml?.message.contains("truncated") ?? false, "\(String(describing: xml))")
        let json = assertDecodeError(Fixtures.data("bad-input/truncated.json"), kind: .syntax)
        XCTAssertTrue(json?.message.contains("truncated") ?? false, "\(String(describing: json))")
        XCTAssertEqual(json?.line, 60)
        // Every prefix of a seed body fails cleanly or decodes.
        let bytes = [UInt8](Fixtures.data("pic-process/workflow.xml"))
        for length in stride(from: 0, to: bytes.count, by: 97) {
            XCTAssertThrowsError(try CallbackDecoder().decode(bytes[..<length]))
        }
    }

    func testInvalidUTF8() {
        let xml = assertDecodeError(Fixtures.data("bad-input/invalid-utf8.xml"), kind: .syntax)
        XCTAssertEqual(xml?.position, "2:20")
        let json = assertDecodeError(Fixtures.data("bad-input/invalid-utf8.json"), kind: .syntax)
        XCTAssertEqual(json?.line, 2)
    }

    func testEmptyBody() {
        assertDecodeError(Data(), kind: .emptyBody)
        XCTAssertThrowsError(try CallbackDecoder().makeIncrementalDecoder().finish())
    }

    func testBinaryGarbage() {
        // Seeded (`CI_CALLBACK_SEED=N` replays a failure), and the seed is in every message.
        let seed = UInt64(ProcessInfo.processInfo.environment["CI_CALLBACK_SEED"] ?? "") ?? 20_261_202
        var generator = SplitMix64(seed: seed)
        for round in 0..<200 {
            var bytes = (0..<Int.random(in: 1...512, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            bytes[0] = [UInt8(ascii: "<"), UInt8(ascii: "{"), 0xFF][Int.random(in: 0...2, using: &generator)]
            XCTAssertThrowsError(try CallbackDecoder().decode(bytes), "round \(round), CI_CALLBACK_SEED=\(seed)")
        }
    }

    // MARK: Limits: the clear error at the limit, success just under it.

    func testBodySizeLimit() throws {
        let body = Data("<Response><EventName>TaskFinish</EventName></Response>".utf8)
        XCTAssertNoThrow(try CallbackDecoder(limits: Limits(maxBodyBytes: body.count)).decode(body))
        assertDecodeError(body, kind: .limitExceeded(.bodySize), limits: Limits(maxBodyBytes: body.count - 1))
        let json = Data(#"{"EventName": "TaskFinish"}"#.utf8)
        XCTAssertNoThrow(try CallbackDecoder(limits: Limits(maxBodyBytes: json.count)).decode(json))
        assertDecodeError(json, kind: .limitExceeded(.bodySize), limits: Limits(maxBodyBytes: json.count - 1))
        // Incrementally: the chunk that crosses the limit fails, and so does every later call.
        let decoder = CallbackDecoder(limits: Limits(maxBodyBytes: 10)).makeIncrementalDecoder()
        XCTAssertNoThrow(try decoder.feed(Data("<Response>".utf8)))
        XCTAssertThrowsError(try decoder.feed(Data("<".utf8))) {
            XCTAssertEqual(($0 as? CallbackError)?.kind, .limitExceeded(.bodySize))
        }
        XCTAssertThrowsError(try decoder.finish())
        // After a syntax error, more bytes (even past the limit) report the first error again.
        let broken = CallbackDecoder(limits: Limits(maxBodyBytes: 64)).makeIncrementalDecoder()
        XCTAssertThrowsError(try broken.feed(Data("<Response></Nope>".utf8)))
        XCTAssertThrowsError(try broken.feed(Data(repeating: 0x20, count: 100))) {
            XCTAssertEqual(($0 as? CallbackError)?.kind, .syntax)
        }
    }

    func testDepthLimit() throws {
        // Response(1) > JobsDetail(2) > Input(3) > CosHeaders(4) > Key(5)
        let xml = "<Response><JobsDetail><Input><CosHeaders><Key>k</Key></CosHeaders></Input></JobsDetail></Response>"
        let json = #"{"JobsDetail": {"Input": {"CosHeaders": {"Key": "k"}}}}"#
        for body in [xml, json] {
            XCTAssertEqual(try decode(body, limits: Limits(maxDepth: 5)).job?.input?.cosHeaders.first?.key, "k")
            let error = assertDecodeError(body, kind: .limitExceeded(.depth), limits: Limits(maxDepth: 4))
            XCTAssertTrue(error?.message.contains("4") ?? false)
        }
    }

    func testNodeCountLimit() throws {
        let xml = "<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j</JobId></JobsDetail></Response>"
        let json = #"{"EventName": "TaskFinish", "JobsDetail": {"JobId": "j"}}"#
        for body in [xml, json] {
            XCTAssertNoThrow(try decode(body, limits: Limits(maxNodeCount: 4)))
            assertDecodeError(body, kind: .limitExceeded(.nodeCount), limits: Limits(maxNodeCount: 3))
        }
    }

    func testTextLengthLimit() throws {
        let text = String(repeating: "界", count: 100)  // 300 bytes
        let xml = "<Response><JobsDetail><Message>\(text)</Message></JobsDetail></Response>"
        let json = #"{"JobsDetail": {"Message": "\#(text)"}}"#
        for (body, path, position) in [
            (xml, "Response.JobsDetail[0].Message", "1:132"),
            // JSON's limits are checked on the bytes, before the schema is known: the
            // path is the body's own (an index only where the body has an array).
            (json, "Response.JobsDetail.Message", "1:28"),
        ] {
            XCTAssertEqual(try decode(body, limits: Limits(maxTextBytes: 300)).job?.message, text)
            let error = assertDecodeError(body, kind: .limitExceeded(.textLength), limits: Limits(maxTextBytes: 299))
            XCTAssertEqual(error?.path, path)
            XCTAssertEqual(error?.position, position)
        }
    }

    func testNoPathReadsFilesOrNetwork() {
        // An external DTD and an XInclude-looking element: refused or treated as plain data.
        assertDecodeError(
            #"<!DOCTYPE Response SYSTEM "http://127.0.0.1:9/x.dtd"><Response/>"#, kind: .doctypeNotAllowed)
        let node = try? CallbackDecoder().decodeNodes(
            Data(
                #"<Response xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="/etc/passwd"/></Response>"#
                    .utf8))
        XCTAssertEqual(node?.children.first?.name, "xi:include")
        XCTAssertEqual(node?.children.first?.children, [Node(name: "@href", text: "/etc/passwd")])
    }
}

/// Every input the fuzzer ever found (`FuzzTesting/FailCases/`) stays a test:
/// decoded every way the harness does, quickly, without a crash.
final class FuzzRegressionTests: XCTestCase {
    func testEveryFailCaseDecodesOrFailsCleanly() throws {
        let folder = Fixtures.directory.deletingLastPathComponent().appendingPathComponent("FuzzTesting/FailCases")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
        XCTAssertFalse(names.isEmpty, "FuzzTesting/FailCases is empty: the regression inputs are gone")
        for name in names.sorted() {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            for contentType in [nil, "application/xml", "application/json"] {
                if let callback = try? CallbackDecoder().decode(bytes, contentType: contentType) {
                    _ = callback.canonicalJSON()
                    for problem in callback.problems { XCTAssertFalse(problem.description.contains("\n"), name) }
                }
                _ = try? CallbackDecoder(strict: true).decode(bytes, contentType: contentType)
                let decoder = CallbackDecoder().makeIncrementalDecoder(contentType: contentType)
                var offset = 0
                while offset < bytes.count {
                    if (try? decoder.feed(bytes[offset..<min(bytes.count, offset + 3)])) == nil { break }
                    offset += 3
                }
                _ = try? decoder.finish()
            }
            _ = try? CallbackDecoder().decodeNodes(bytes)
        }
    }

    func testWhitespaceFedInTinyChunksIsScannedOnce() {
        // Found by the fuzzer: sniffing rescanned (and copied) everything fed so far
        // on every chunk, so a megabyte of whitespace in small chunks took minutes.
        // No timing assert: if that comes back, this test is what gets slow.
        let decoder = CallbackDecoder().makeIncrementalDecoder()
        let chunk = [UInt8](repeating: 0x20, count: 16)
        for _ in 0..<(1 << 16) { try? decoder.feed(chunk) }
        XCTAssertThrowsError(try decoder.finish()) { XCTAssertEqual(($0 as? CallbackError)?.kind, .emptyBody) }
    }
}

/// A body past the default size limit, made of valid, deeply repeated nodes and fed
/// as it would arrive: it stops at the limit, having held no more than the limit.
final class LargeBodyTests: XCTestCase {
    func testHundredMegabytesOfRepeatedNodesStopsAtTheDefaultBodyLimit() throws {
        let decoder = CallbackDecoder().makeIncrementalDecoder(contentType: "application/xml")
        let head = "<Response><EventName>TaskFinish</EventName><JobsDetail><Operation><MediaResult><OutputFile>"
        var chunk = ""
        while chunk.utf8.count < 64 * 1024 { chunk += "<ObjectName>out/a.mp3</ObjectName>\n" }
        let chunkBytes = Array(chunk.utf8)
        try decoder.feed(Array(head.utf8))
        var fed = head.utf8.count
        var stopped: CallbackError?
        while fed < 100 << 20 {
            do {
                try decoder.feed(chunkBytes)
                fed += chunkBytes.count
            } catch {
                stopped = error
                break
            }
        }
        XCTAssertEqual(stopped?.kind, .limitExceeded(.bodySize))
        XCTAssertLessThanOrEqual(fed, Limits().maxBodyBytes)
        XCTAssertGreaterThan(fed, Limits().maxBodyBytes - chunkBytes.count)
    }
}

/// The limits count the same way in both formats: the smallest limit a body needs is
/// the same for its XML and its JSON form (also checked on generated bodies of every
/// job type, in `RoundTripPropertyTests`).
final class LimitParityTests: XCTestCase {
    func testDepthAndTextCountTheSame() throws {
        let xml = Fixtures.data("video-tag/job-api-en.xml")
        let json = Fixtures.data("video-tag/job-api-en.json")
        XCTAssertEqual(LimitParity.smallest(xml, \.maxDepth), LimitParity.smallest(json, \.maxDepth))
        XCTAssertEqual(LimitParity.smallest(xml, \.maxDepth), 10)  // Response … PersonTags.DetailPerSecond.BBox.X1
        // Text: the decoded bytes, whatever the escaping (`&amp;` in XML, `\u0026` in JSON).
        let escapedXML = Data("<Response><EventName>a&amp;b&#x4E2D;</EventName></Response>".utf8)
        let escapedJSON = Data(#"{"EventName": "a\u0026b\u4e2d"}"#.utf8)
        XCTAssertEqual(LimitParity.smallest(escapedXML, \.maxTextBytes), 6)
        XCTAssertEqual(LimitParity.smallest(escapedJSON, \.maxTextBytes), 6)
    }
}

enum LimitParity {
    /// The smallest value of one limit with which the body decodes (binary search).
    static func smallest(_ body: Data, _ limit: WritableKeyPath<Limits, Int>) -> Int {
        var (low, high) = (1, 1 << 20)
        while low < high {
            let middle = (low + high) / 2
            var limits = Limits()
            limits[keyPath: limit] = middle
            if (try? CallbackDecoder(limits: limits).decode(body)) != nil {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return low
    }
}
