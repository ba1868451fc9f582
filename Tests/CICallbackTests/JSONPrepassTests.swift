import Foundation
import XCTest

@testable import CICallback

/// The byte-level pass over every JSON body (`JSONPrepass`): limits before
/// Foundation builds anything (rule 13), syntax errors with our own line and
/// column (rule 12), trailing commas accepted (rule 11). Everything goes through
/// the public decoder.
final class JSONPrepassTests: XCTestCase {
    /// `{"A": [item,item,…,item]}` as bytes, built without a String per item.
    private func wideArray(_ item: String, count: Int, key: String = "A") -> [UInt8] {
        let itemBytes = Array(item.utf8)
        var body = Array("{\"\(key)\": [".utf8)
        body.reserveCapacity(body.count + count * (itemBytes.count + 1) + 2)
        for index in 0..<count {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            body.append(contentsOf: itemBytes)
        }
        body.append(contentsOf: Array("]}".utf8))
        return body
    }

    // MARK: Node count

    func testWideArrayStopsAtTheNodeLimit() {
        let limits = Limits(maxNodeCount: 1000)
        let error = assertDecodeError(wideArray("{}", count: 5000), kind: .limitExceeded(.nodeCount), limits: limits)
        // Response is node 1, so the 1000th {} (at 7 + 3 × 999) is node 1001.
        XCTAssertEqual(error?.position, "1:3005")
        XCTAssertEqual(error?.format, .json)
        XCTAssertEqual(error?.message, "more than 1000 nodes")
        XCTAssertEqual(error?.path, "Response.A[999]")
    }

    func testArraysCountTheirElementsNotThemselves() {
        // [1] inside the array: the 1 is a node, neither array is.
        XCTAssertNoThrow(try CallbackDecoder(limits: Limits(maxNodeCount: 11)).decode(wideArray("[1]", count: 10)))
        assertDecodeError(
            wideArray("[1]", count: 11), kind: .limitExceeded(.nodeCount), limits: Limits(maxNodeCount: 11))
        XCTAssertNoThrow(try CallbackDecoder(limits: Limits(maxNodeCount: 1)).decode(wideArray("[]", count: 100)))
    }

    func testBodyAtExactlyTheNodeLimitDecodes() throws {
        // Response + 99 numbers = 100 nodes.
        XCTAssertNoThrow(try CallbackDecoder(limits: Limits(maxNodeCount: 100)).decode(wideArray("1", count: 99)))
        let error = assertDecodeError(
            wideArray("1", count: 100), kind: .limitExceeded(.nodeCount), limits: Limits(maxNodeCount: 100))
        XCTAssertEqual(error?.position, "1:206")  // the 100th 1, at offset 7 + 2 × 99
    }

    func testWrappedResponseAtTheNodeLimitDecodes() throws {
        // The builder reads {"Response": {...}} as its content: Response, EventName, JobsDetail, JobId.
        let body = #"{"Response": {"EventName": "TaskFinish", "JobsDetail": {"JobId": "j"}}}"#
        XCTAssertEqual(try decode(body, limits: Limits(maxNodeCount: 4)).job?.jobId, "j")
        assertDecodeError(body, kind: .limitExceeded(.nodeCount), limits: Limits(maxNodeCount: 3))
        // At the depth limit too: Response(1) > JobsDetail(2) > JobId(3).
        XCTAssertEqual(try decode(body, limits: Limits(maxDepth: 3)).job?.jobId, "j")
        assertDecodeError(body, kind: .limitExceeded(.depth), limits: Limits(maxDepth: 2))
    }

    func testMillionsOfEmptyObjectsAtTheDefaultLimits() {
        // 4,200,000 {} in one array (12.6 MB): refused by the pass, before Foundation
        // builds millions of dictionaries. No timing assert: if the pass stops
        // running first, this is the test that gets slow.
        let error = assertDecodeError(wideArray("{}", count: 4_200_000), kind: .limitExceeded(.nodeCount))
        XCTAssertEqual(error?.line, 1)
        XCTAssertEqual(error?.column, 7 + 3 * (4_000_000 - 1) + 1)
        assertDecodeError(wideArray("[1]", count: 4_100_000), kind: .limitExceeded(.nodeCount))
    }

    // MARK: Depth

    func testDepthCountsObjectsAndValues() {
        let body = #"{"A":{"A":{"A":1}}}"#  // Response(1) > A(2) > A(3) > A(4)
        XCTAssertNoThrow(try decode(body, limits: Limits(maxDepth: 4)))
        let error = assertDecodeError(body, kind: .limitExceeded(.depth), limits: Limits(maxDepth: 3))
        XCTAssertEqual(error?.position, "1:16")
        XCTAssertEqual(error?.message, "nesting deeper than 3")
        // An array under a key is that key repeated, not a level.
        XCTAssertNoThrow(try decode(#"{"A":[{"A":[{"A":[1]}]}]}"#, limits: Limits(maxDepth: 4)))
    }

    func testNestedArraysStopAtTheDepthLimit() {
        let body =
            #"{"A": "# + String(repeating: "[", count: 1_000_000) + String(repeating: "]", count: 1_000_000) + "}"
        let error = assertDecodeError(body, kind: .limitExceeded(.depth))
        // The first [ is the array under A; each one inside an array is a level: the 64th is level 65.
        XCTAssertEqual(error?.position, "1:71")
    }

    func testNestingBeyondJSONSerializationsOwnLimit() {
        // With a depth limit above 512, the pass still stops where Foundation would.
        let body = String(repeating: #"{"A":"#, count: 600) + "1" + String(repeating: "}", count: 600)
        let error = assertDecodeError(body, kind: .limitExceeded(.depth), limits: Limits(maxDepth: 10_000))
        XCTAssertEqual(error?.position, "1:2561")  // the 513th {
        XCTAssertNoThrow(
            try decode(
                String(repeating: #"{"A":"#, count: 500) + "1" + String(repeating: "}", count: 500),
                limits: Limits(maxDepth: 10_000)))
    }

    // MARK: Text length

    func testTextLengthIsTheDecodedLength() throws {
        let limits = Limits(maxTextBytes: 10)
        func message(_ json: String) throws -> String? {
            try decode(#"{"JobsDetail": {"Message": "\#(json)"}}"#, limits: limits).job?.message
        }
        XCTAssertEqual(try message("0123456789"), "0123456789")  // exactly the limit
        let error = assertDecodeError(
            #"{"JobsDetail": {"Message": "0123456789A"}}"#, kind: .limitExceeded(.textLength), limits: limits)
        XCTAssertEqual(error?.position, "1:28")  // the opening quote
        XCTAssertEqual(error?.path, "Response.JobsDetail.Message")  // the JSON path: no schema here
        let inArray = assertDecodeError(
            #"{"Response": {"JobsDetail": [{}, {"Message": "0123456789A"}]}}"#, kind: .limitExceeded(.textLength),
            limits: limits)
        XCTAssertEqual(inArray?.path, "Response.JobsDetail[1].Message")
        // Escapes: raw length over the limit, decoded length within it.
        XCTAssertEqual(try message(#"\u00e9\u00e9\u00e9\u00e9\u00e9"#), "ééééé")  // 30 raw, 10 decoded
        XCTAssertEqual(try message(#"\n\n\n\n\n\n\n\n\n\n"#), String(repeating: "\n", count: 10))
        XCTAssertEqual(try message(#"\ud83d\ude00\ud83d\ude00a\""#), "😀😀a\"")  // 4 + 4 + 1 + 1
        XCTAssertEqual(try message(#"\u4e16\u754c\u4e16a"#), "世界世a")  // 3 × 3 + 1
        for over in [
            #"\n\n\n\n\n\n\n\n\n\n\n"#, #"\ud83d\ude00\ud83d\ude00\ud83d\ude00"#, #"\u4e16\u754c\u4e16\u754c"#,
        ] {
            assertDecodeError(
                #"{"JobsDetail": {"Message": "\#(over)"}}"#, kind: .limitExceeded(.textLength), limits: limits)
        }
        // Keys are names, not text.
        XCTAssertNoThrow(try decode(#"{"\#(String(repeating: "K", count: 50))": "x"}"#, limits: limits))
    }

    // MARK: Syntax errors: our own message, line and column

    private func syntaxError(_ body: String, file: StaticString = #filePath, line: UInt = #line) -> CallbackError? {
        syntaxError(Array(body.utf8), file: file, line: line)
    }

    private func syntaxError(_ body: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> CallbackError? {
        let error = assertDecodeError(body, kind: .syntax, contentType: "application/json", file: file, line: line)
        XCTAssertEqual(error?.format, .json, file: file, line: line)
        return error
    }

    func testSyntaxErrorPositions() {
        let cases: [(body: String, position: String, message: String)] = [
            (#"{"EventName": "Task"#, "1:15", "unterminated string"),
            (#"{"EventName": "a\x"}"#, "1:17", "invalid escape"),
            ("{\"EventName\": \"a\tb\"}", "1:17", "control character"),
            ("{\"EventName\": \"a\nb\"}", "1:17", "control character"),
            (#"{"A": tru}"#, "1:7", "invalid literal"),
            (#"{"A": nul, "B": 1}"#, "1:7", "invalid literal"),
            (#"{"A" 1}"#, "1:6", "expected ':'"),
            (#"{"A": 1} x"#, "1:10", "after the JSON object"),
            (#"{"A": 1}}"#, "1:9", "after the JSON object"),
            ("{\n  \"A\": 1,\n  \"B\": ?\n}", "3:8", "expected a value"),
            ("{\n  \"A\": 1\n  \"B\": 2\n}", "3:3", "expected ',' or '}'"),
            ("{\"A\": [1 2]}", "1:10", "expected ',' or ']'"),
            (#"{"名前": "x" x}"#, "1:12", "expected ',' or '}'"),  // columns are characters
            (#"{"A": 01}"#, "1:7", "leading zero"),
            (#"{"A": 1.}"#, "1:7", "invalid number"),
            (#"{"A": -}"#, "1:7", "invalid number"),
            (#"{"A": 1e}"#, "1:7", "invalid number"),
            (#"{"A": "\ud800"}"#, "1:8", "surrogate"),
            (#"{"A": "\udc00"}"#, "1:8", "surrogate"),
            (#"{"A": "\u12G4"}"#, "1:8", "four hex digits"),
            (#"{"A": [,]}"#, "1:8", "expected a value"),
            (#"{,}"#, "1:2", "expected a key"),
            ("{\"A\": 1,\n", "2:1", "truncated"),
        ]
        for (body, position, message) in cases {
            let error = syntaxError(body)
            XCTAssertEqual(error?.position, position, "\(body.debugDescription): \(String(describing: error))")
            XCTAssertTrue(
                error?.message.contains(message) ?? false, "\(body.debugDescription): \(String(describing: error))")
        }
    }

    func testSyntaxErrorsQuoteTheOffendingText() {
        XCTAssertEqual(syntaxError(#"{"A": tru}"#)?.text, "tru}")
        XCTAssertEqual(
            syntaxError(#"{"A": 1} garbage"#)?.description,
            #"1:10: unexpected text after the JSON object (text: "garbage")"#)
    }

    func testInvalidUTF8IsASyntaxErrorAtTheByte() {
        for bad: [UInt8] in [
            [0xFF], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8],
        ] {
            let body = Array(#"{"A": "ab"#.utf8) + bad + Array(#"c"}"#.utf8)
            let error = syntaxError(body)
            XCTAssertEqual(error?.position, "1:10", "\(bad)")
            XCTAssertTrue(error?.message.hasPrefix("invalid UTF-8 (byte 0x") ?? false, "\(bad)")
        }
        // Outside a string, too.
        XCTAssertEqual(
            syntaxError(Array(#"{"A": 1, "#.utf8) + [0xFF] + Array("}".utf8))?.message, "invalid UTF-8 (byte 0xFF)")
        // Valid multi-byte text of every length passes.
        XCTAssertEqual(try decode("{\"JobsDetail\": {\"Message\": \"é世😀\u{10FFFF}\"}}").job?.message, "é世😀\u{10FFFF}")
        // The fixture: the bad byte is at 2:23 (the string starts at 2:18).
        XCTAssertEqual(syntaxError([UInt8](Fixtures.data("bad-input/invalid-utf8.json")))?.position, "2:23")
    }

    func testExtraClosingBraceInTheSeed() {
        // 003's JSON has one closing brace too many: the object ends early, and what follows is reported.
        let error = syntaxError([UInt8](Fixtures.data("words-generalize/job-api.json")))
        XCTAssertEqual(error?.position, "60:5")
        XCTAssertEqual(error?.message, "expected ',' or ']' after a value in an array")
    }

    func testByteOrderMarkAndWhitespace() throws {
        let body: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(" \t\r\n{\"EventName\": \"TaskFinish\"}\r\n ".utf8)
        XCTAssertEqual(
            try CallbackDecoder().decode(body, contentType: "application/json").eventName?.rawValue, "TaskFinish")
    }

    func testTopLevelThatIsNotAnObject() {
        let array = assertDecodeError("\n  [1, 2", kind: .invalidRoot, contentType: "application/json")
        XCTAssertEqual(array?.position, "2:3")
        assertDecodeError(#""Response""#, kind: .invalidRoot, contentType: "application/json")
        XCTAssertEqual(syntaxError("x")?.position, "1:1")
    }

    // MARK: Rule 11

    func testTrailingCommasAreAccepted() throws {
        let callback = try decode(#"{"EventName": "TaskFinish", "JobsDetail": [{"JobId": "j1", "Tags": [1, 2,],},],}"#)
        XCTAssertEqual(callback.job?.jobId, "j1")
        // Blanking keeps positions: an error after a trailing comma is where it was.
        XCTAssertEqual(syntaxError(#"{"A": [1,], "B": tru}"#)?.position, "1:18")
        XCTAssertEqual(syntaxError(#"{"A": [1,,]}"#)?.position, "1:10")
        XCTAssertEqual(syntaxError(#"{"A": 1,,}"#)?.position, "1:9")
    }

    func testEveryPrefixOfASeedFailsCleanly() {
        let bytes = [UInt8](Fixtures.data("video-tag/job-api.json"))
        for length in stride(from: 1, to: bytes.count, by: 37) {
            XCTAssertThrowsError(try CallbackDecoder().decode(bytes[..<length], contentType: "application/json"))
        }
    }
}
