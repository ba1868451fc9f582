import Foundation
import XCTest

@_spi(Schema) @testable import CICallback

/// JSON booleans and numbers in fields that are not strings, and in fields that
/// are: what `JSONSerialization` returns (`NSNumber`, booleans among them) is read
/// as its text, on the fast path (native values read in place) and on the cast
/// path (bridged Foundation objects).
final class JSONScalarTests: XCTestCase {
    /// Literals where a body usually has strings, and strings where it has literals.
    private let body = """
        {"EventName": "TaskFinish", "JobsDetail": {"Code": "Success", "JobId": "j1", "Tag": "PicProcess",
         "State": "Success", "Operation": {
           "UserData": 12, "JobLevel": "1",
           "PicProcess": {"IsPicInfo": true, "ProcessRule": false},
           "MediaInfo": {"Format": {"Duration": 12.5, "Size": "1024"},
             "Stream": {"Video": {"HasBFrame": 2, "Width": 1280, "Height": "720", "CodecName": true,
                                  "Bitrate": 1e3, "Index": false}}}}}}
        """

    private func check(_ callback: Callback, file: StaticString = #filePath, line: UInt = #line) throws {
        let operation = try XCTUnwrap(callback.job?.operation, file: file, line: line)
        XCTAssertEqual(operation.userData, "12", "a number in a string field keeps its text", file: file, line: line)
        XCTAssertEqual(operation.jobLevel, 1, file: file, line: line)
        XCTAssertEqual(operation.picProcess?.isPicInfo, true, file: file, line: line)
        XCTAssertEqual(
            operation.picProcess?.processRule, "false", "a boolean in a string field", file: file, line: line)
        let media = try XCTUnwrap(operation.mediaInfo, file: file, line: line)
        XCTAssertEqual(media.format?.duration, 12.5, file: file, line: line)
        XCTAssertEqual(media.format?.size, 1024, file: file, line: line)
        let video = try XCTUnwrap(media.stream?.video.first, file: file, line: line)
        XCTAssertEqual(video.bFrameDelay, 2, file: file, line: line)
        XCTAssertEqual(video.width, 1280, file: file, line: line)
        XCTAssertEqual(video.height, 720, file: file, line: line)
        XCTAssertEqual(video.codecName, "true", file: file, line: line)
        XCTAssertEqual(video.bitrate, 1000, file: file, line: line)
        // A boolean where an integer belongs is a problem, never the number 0 or 1.
        XCTAssertNil(video.index, file: file, line: line)
        XCTAssertEqual(
            callback.problems.map(\.description),
            [
                "Response.JobsDetail[0].Operation.MediaInfo.Stream.Video[0].Index: expected an integer (text: \"false\")"
            ], file: file, line: line)
    }

    func testLiteralsOnTheFastPath() throws {
        try check(try CallbackDecoder().decode(Data(body.utf8)))
    }

    /// The same object graph made of bridged Foundation objects (`NSString`,
    /// `NSDictionary`, `NSArray`), as another platform's parser may return: the
    /// walk's casts give the same value.
    func testLiteralsOnTheCastPath() throws {
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
        func bridged(_ value: Any) -> Any {
            switch value {
            case let string as String: return NSString(string: string)
            case let object as [String: Any]:
                return NSDictionary(dictionary: object.mapValues(bridged))
            case let array as [Any]: return NSArray(array: array.map(bridged))
            default: return value
            }
        }
        let top = (parsed.mapValues(bridged) as [String: Any])
        XCTAssertFalse(type(of: top["EventName"]!) == String.self, "the test must take the cast path")
        let builder = TreeBuilder(rootSchema: Callback.nodeFields.schema, limits: Limits())
        try JSONReader.replay(top, into: builder, sortedKeys: true)
        var callback = builder.takeValue(as: Callback.self)
        callback.problems = builder.problems
        try check(callback)
    }

    /// What tells a boolean from a number, on this platform's `JSONSerialization`.
    func testBooleansAreToldFromNumbers() throws {
        let values = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data("[true, false, 1, 0, 1.0, -1, 12345678901234]".utf8))
                as? [NSNumber])
        XCTAssertEqual(values.map(JSONReader.isBoolean), [true, true, false, false, false, false, false])
        XCTAssertEqual(values.map(JSONReader.isInteger), [false, false, true, true, false, true, true])
    }

    /// Each kind of JSON number becomes its text: an integer its digits, a boolean
    /// `true`/`false`, anything else Foundation's text of the double it parsed.
    func testNumberTexts() throws {
        let body =
            #"{"A": -7, "B": 12345678901234, "C": 1.5, "D": 0, "E": true, "F": -9223372036854775808, "G": 2.5e3}"#
        let node = try CallbackDecoder().decodeNodes(Data(body.utf8))
        XCTAssertEqual(
            node.children.map { "\($0.name)=\($0.text ?? "-")" },
            ["A=-7", "B=12345678901234", "C=1.5", "D=0", "E=true", "F=-9223372036854775808", "G=2500.0"])
    }

    func testBooleanText() {
        func value(_ text: String) -> Bool? { try? Bool(nodeString: text) }
        XCTAssertEqual(
            ["true", "TRUE", " false\n", "True", "fALSE", "\ttrue "].map(value), [true, true, false, true, false, true])
        // Digits are not flags (decoding rules, "Values"); nor are other words or near misses.
        XCTAssertEqual(
            ["1", "0", "yes", "no", "2", "truex", "tru", "t", "", "-", "true false"].map(value),
            [nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil])
    }
}
