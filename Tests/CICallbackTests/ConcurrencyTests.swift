import Foundation
import XCTest

@testable import CICallback

/// One shared decoder, many concurrent decodes (run under ThreadSanitizer in CI).
final class ConcurrencyTests: XCTestCase {
    func testConcurrentDecodesWithASharedDecoder() async throws {
        let decoder = CallbackDecoder()
        let bodies = Fixtures.all.filter { !$0.mustFail }.map(\.data)
        let expected = try bodies.map { try decoder.decode($0) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for round in 0..<8 {
                group.addTask {
                    for (index, body) in bodies.enumerated() {
                        let value = try decoder.decode(body)
                        XCTAssertEqual(value, expected[index], "round \(round) body \(index)")
                        XCTAssertThrowsError(try decoder.decode(Data("<Response><A>".utf8)))
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}

/// Decode sessions (the tree builder, its model builders and the libxml2 parser) are
/// reused per thread between decodes: nothing of one body may show in the next.
final class BuilderReuseTests: XCTestCase {
    func testNothingCarriesOverBetweenDecodesOnOneThread() throws {
        let minimal = Data(
            "<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j</JobId></JobsDetail></Response>".utf8)
        let fresh = try CallbackDecoder().decode(minimal)
        XCTAssertEqual(fresh.jobsDetail.count, 1)
        for fixture in Fixtures.all {
            _ = try? CallbackDecoder().decode(fixture.data)  // fills, or fails halfway through
            XCTAssertEqual(try CallbackDecoder().decode(minimal), fresh, "after \(fixture)")
            if !fixture.mustFail {
                let again = try CallbackDecoder().decode(fixture.data).canonicalJSON()
                XCTAssertEqual(again, try fixture.expectedCanonicalJSON, "\(fixture) twice")
            }
        }
    }
}

extension BuilderReuseTests {
    /// The settings of one decode do not stay with the thread's session: limits,
    /// strictness, and the XML reader's positions (a JSON problem has none).
    func testSettingsAndPositionsDoNotCarryOver() throws {
        let badXML = Fixtures.data("bad-input/wrong-number.xml")
        let badJSON = Fixtures.data("bad-input/wrong-number.json")
        let fromXML = try CallbackDecoder().decode(badXML)
        XCTAssertNotNil(fromXML.problems.first?.line)
        let fromJSON = try CallbackDecoder().decode(badJSON)
        XCTAssertFalse(fromJSON.problems.isEmpty)
        XCTAssertEqual(fromJSON.problems.compactMap(\.line), [], "a JSON problem after an XML decode")

        XCTAssertThrowsError(try CallbackDecoder(strict: true).decode(badXML))
        XCTAssertEqual(try CallbackDecoder().decode(badXML), fromXML, "not strict after a strict decode")
        let tight = CallbackDecoder(limits: Limits(maxNodeCount: 3))
        XCTAssertThrowsError(try tight.decode(Fixtures.data("samples/Transcode-1.xml")))
        XCTAssertNoThrow(try CallbackDecoder().decode(Fixtures.data("samples/Transcode-1.xml")))
        XCTAssertThrowsError(
            try tight.decode(Fixtures.data("samples/Transcode-1.xml")), "limits after a default decode")
    }

    /// A parser whose name dictionary grew past `XMLPushReader.maxReusedNames` (a body
    /// of ever new element names) is not reused, so a stream of such bodies cannot grow
    /// a thread's memory; a parser after an ordinary body is.
    func testAParserWithManyNamesIsNotKept() throws {
        func readerAfter(_ body: Data) throws -> XMLPushReader {
            let reader = XMLPushReader(sink: TreeBuilder(rootSchema: nil, limits: Limits()))
            try body.withUnsafeBytes { try reader.feed($0) }
            try reader.finish()
            return reader
        }
        let transcode = Fixtures.data("samples/Transcode-1.xml")
        XCTAssertTrue(try readerAfter(transcode).isReusable)
        let names = (0...XMLPushReader.maxReusedNames).map { "<N\($0)>x</N\($0)>" }.joined()
        let many = Data("<Response>\(names)</Response>".utf8)
        XCTAssertFalse(try readerAfter(many).isReusable)
        // And decoding goes on as before on this thread, after such a body.
        let before = try CallbackDecoder().decode(transcode)
        XCTAssertEqual(try CallbackDecoder().decode(many).unknownNodes.count, XMLPushReader.maxReusedNames + 1)
        XCTAssertEqual(try CallbackDecoder().decode(transcode), before)
    }

    /// A reused parser starts each body in no encoding of its own: a Latin-1 body, a
    /// UTF-16 one and a UTF-8 one in turn decode as each does on a fresh parser.
    func testEncodingsDoNotCarryOver() throws {
        func body(_ text: String, declaring encoding: String) -> String {
            #"<?xml version="1.0" encoding="\#(encoding)"?><Response><JobsDetail><JobId>\#(text)</JobId>"#
                + "</JobsDetail></Response>"
        }
        let latin1 = try XCTUnwrap(body("caf\u{E9}", declaring: "ISO-8859-1").data(using: .isoLatin1))
        let utf16 = try XCTUnwrap(body("\u{4E2D}\u{6587}", declaring: "UTF-16").data(using: .utf16))
        let utf8 = Data(body("\u{4E2D}\u{6587} caf\u{E9}", declaring: "UTF-8").utf8)
        for _ in 0..<3 {
            XCTAssertEqual(try CallbackDecoder().decode(latin1).job?.jobId, "caf\u{E9}")
            XCTAssertEqual(try CallbackDecoder().decode(utf8).job?.jobId, "\u{4E2D}\u{6587} caf\u{E9}")
            // UTF-16 is not sniffed (a body starts with `<` or `{`): the content type says XML.
            let fromUTF16 = try CallbackDecoder().decode(utf16, contentType: "application/xml")
            XCTAssertEqual(fromUTF16.job?.jobId, "\u{4E2D}\u{6587}")
            XCTAssertEqual(try CallbackDecoder().decode(utf8).job?.jobId, "\u{4E2D}\u{6587} caf\u{E9}")
        }
    }

    /// A parser that failed is not reused; one that read a body is ready for the next.
    func testAFailedParserIsNotKept() throws {
        let reader = XMLPushReader(sink: TreeBuilder(rootSchema: nil, limits: Limits()))
        let broken = Data("<Response><A></B></Response>".utf8)
        XCTAssertThrowsError(try broken.withUnsafeBytes { try reader.feed($0) })
        XCTAssertFalse(reader.isReusable)
    }

    /// The XML fixtures that decode, with the value of a whole-body decode.
    private func decodableXML() throws -> [(name: String, data: Data, value: Callback)] {
        try Fixtures.all.filter { !$0.mustFail && $0.name.hasSuffix(".xml") }.map {
            ($0.name, $0.data, try CallbackDecoder().decode($0.data))
        }
    }

    private func pieces(_ data: Data, _ size: Int) -> [Data] {
        stride(from: 0, to: data.count, by: size).map { data.subdata(in: $0..<min(data.count, $0 + size)) }
    }

    /// Two incremental decoders fed in turn on one thread: each keeps its own builders
    /// (the thread's cached tree is taken by the first and not shared with the second).
    func testTwoIncrementalDecodersInterleavedOnOneThread() throws {
        let bodies = try decodableXML()
        let broken = Data("<Response><JobsDetail><JobId>j</JobId></Response>".utf8)
        for (index, first) in bodies.enumerated() {
            let second = bodies[(index + 1) % bodies.count]
            let a = CallbackDecoder().makeIncrementalDecoder()
            let b = CallbackDecoder().makeIncrementalDecoder()
            let c = CallbackDecoder().makeIncrementalDecoder()
            let (piecesA, piecesB, piecesC) = (pieces(first.data, 97), pieces(second.data, 61), pieces(broken, 5))
            for step in 0..<max(piecesA.count, piecesB.count, piecesC.count) {
                if step < piecesA.count { try a.feed(piecesA[step]) }
                if step < piecesB.count { try b.feed(piecesB[step]) }
                if step < piecesC.count { _ = try? c.feed(piecesC[step]) }
            }
            XCTAssertThrowsError(try c.finish())
            XCTAssertEqual(try b.finish(), second.value, "\(second.name) beside \(first.name)")
            XCTAssertEqual(try a.finish(), first.value, "\(first.name) beside \(second.name)")
        }
    }

    /// One incremental decoder fed from two threads in turn (handed over, never at
    /// once), and whole decodes on both threads after it: the same values.
    func testOneIncrementalDecoderFedFromTwoThreadsInTurn() throws {
        let bodies = try decodableXML()
        final class Handover: @unchecked Sendable {
            // Touched by one thread at a time: the semaphores order every access.
            var decoder: IncrementalDecoder?
            var pieces: [Data] = []
            var failures: [String] = []
        }
        let handover = Handover()
        let turns = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
        let done = DispatchSemaphore(value: 0)
        for body in bodies {
            handover.decoder = CallbackDecoder().makeIncrementalDecoder()
            handover.pieces = pieces(body.data, 113)
            let count = handover.pieces.count
            for side in 0..<2 {
                Thread.detachNewThread {
                    for step in stride(from: side, to: count, by: 2) {
                        turns[side].wait()
                        do {
                            try handover.decoder!.feed(handover.pieces[step])
                            // A whole decode on this thread between two pieces of the other body.
                            if try CallbackDecoder().decode(body.data) != body.value {
                                handover.failures.append("\(body.name): a whole decode between pieces differs")
                            }
                        } catch {
                            handover.failures.append("\(body.name) piece \(step): \(error)")
                        }
                        if step + 1 < count { turns[1 - side].signal() } else { done.signal() }
                    }
                }
            }
            turns[0].signal()
            done.wait()
            XCTAssertEqual(try handover.decoder!.finish(), body.value, body.name)
        }
        XCTAssertEqual(handover.failures, [])
    }
}

/// `CallbackDecoder.decode(_:)` over an `AsyncSequence` of chunks.
final class AsyncDecodeTests: XCTestCase {
    private func chunks(of data: Data, size: Int) -> AsyncStream<Data> {
        AsyncStream { continuation in
            var offset = 0
            while offset < data.count {
                continuation.yield(data.subdata(in: offset..<min(data.count, offset + size)))
                offset += size
            }
            continuation.finish()
        }
    }

    func testSameValueAsWholeBody() async throws {
        for name in ["video-tag/job-api.xml", "video-tag/job-api.json", "samples/Transcode-1.xml"] {
            let data = Fixtures.data(name)
            let whole = try CallbackDecoder().decode(data)
            for size in [1, 7, 4096] {
                let streamed = try await CallbackDecoder().decode(chunks(of: data, size: size))
                XCTAssertEqual(streamed, whole, "\(name) in chunks of \(size)")
            }
        }
    }

    /// A stream larger than the limit is not read to its end.
    func testStopsAtTheLimit() async throws {
        let pulled = Counter()
        // `<Response>` (10 bytes), then spaces for ever: 64 more chunks cross 64 KiB.
        let endless = AsyncStream<Data> {
            pulled.increment()
            return pulled.value == 1 ? Data("<Response>".utf8) : Data(repeating: UInt8(ascii: " "), count: 1024)
        }
        do {
            _ = try await CallbackDecoder(limits: Limits(maxBodyBytes: 64 * 1024)).decode(endless)
            XCTFail("an endless body was decoded")
        } catch let error as CallbackError {
            XCTAssertEqual(error.kind, .limitExceeded(.bodySize))
        }
        XCTAssertEqual(pulled.value, 65, "the stream was read past the limit")
    }

    /// The sequence's own error comes through as it is.
    func testSequenceErrorPassesThrough() async throws {
        struct Broken: Error {}
        let failing = AsyncThrowingStream<Data, Error> { continuation in
            continuation.yield(Data("<Response>".utf8))
            continuation.finish(throwing: Broken())
        }
        do {
            _ = try await CallbackDecoder().decode(failing)
            XCTFail("no error")
        } catch {
            XCTAssertTrue(error is Broken, "\(error)")
        }
    }
}

private final class Counter: @unchecked Sendable {
    // Only touched by the stream's producer, one call at a time.
    private(set) var value = 0
    func increment() { value += 1 }
}
