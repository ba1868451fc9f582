import Foundation
import XCTest

@testable import CICallback

/// Rule 12: a well-formed body never fails because a node does not fit its field.
/// The field stays empty, the node is kept with its text, the decode reports a
/// problem; `strict` turns the first problem into the error.
final class ProblemTests: XCTestCase {
    /// One leaf at a path, written as the service would in both formats.
    private struct Leaf {
        var path: [String]
        var text: String

        var xml: String {
            path.reversed().reduce(text) { inner, name in "<\(name)>\(inner)</\(name)>" }
        }

        var json: String {
            let value = "\"\(text)\""
            return path.dropFirst().reversed().reduce(value) { inner, name in "{\"\(name)\": \(inner)}" }
        }

        var problemPath: String {
            path.map { ["JobsDetail", "Tasks", "Video"].contains($0) ? "\($0)[0]" : $0 }.joined(separator: ".")
        }
    }

    private var badValues: [(leaf: Leaf, expected: String, read: (Callback) -> Any?)] {
        [
            (
                Leaf(path: ["Response", "JobsDetail", "Operation", "JobLevel"], text: "high"), "expected an integer",
                { $0.job?.operation?.jobLevel }
            ),
            (
                Leaf(path: ["Response", "JobsDetail", "Operation", "MediaInfo", "Format", "Duration"], text: "12s"),
                "expected a number", { $0.job?.operation?.mediaInfo?.format?.duration }
            ),
            (
                Leaf(path: ["Response", "JobsDetail", "StartTime"], text: "yesterday"), "expected a time like",
                { $0.job?.startTime }
            ),
            (
                Leaf(
                    path: ["Response", "JobsDetail", "Operation", "MediaInfo", "Stream", "Video", "Fps"], text: "fast"),
                "expected a frame rate", { $0.job?.operation?.mediaInfo?.stream?.video.first?.fps }
            ),
            (
                Leaf(path: ["Response", "JobsDetail", "Operation", "Snapshot", "IsCheckCount"], text: "yes"),
                "expected true or false", { $0.job?.operation?.snapshot?.isCheckCount }
            ),
            (
                Leaf(path: ["Response", "JobsDetail", "Operation", "PicProcess", "IsPicInfo"], text: "1"),
                "expected true or false", { $0.job?.operation?.picProcess?.isPicInfo }
            ),
        ]
    }

    func testEveryKindOfValueFieldWithABadTextIsAProblem() throws {
        for (leaf, expected, read) in badValues {
            for (body, format) in [(leaf.xml, BodyFormat.xml), (leaf.json, .json)] {
                let callback = try CallbackDecoder().decode(Data(body.utf8))
                XCTAssertNil(read(callback), body)
                XCTAssertEqual(callback.problems.count, 1, body)
                let problem = try XCTUnwrap(callback.problems.first)
                XCTAssertEqual(problem.kind, .invalidValue)
                XCTAssertEqual(problem.path, leaf.problemPath)
                XCTAssertEqual(problem.text, leaf.text)
                XCTAssertEqual(problem.format, format)
                XCTAssertTrue(problem.message.hasPrefix(expected), problem.message)
                XCTAssertEqual(problem.line != nil, format == .xml, "XML problems have a position, JSON ones none")
                // The text is kept under the node's own name, in the canonical JSON too.
                let json = String(decoding: callback.canonicalJSON(), as: UTF8.self)
                XCTAssertTrue(json.contains("\"\(leaf.path.last!)\":\"\(leaf.text)\""), json)
                XCTAssertEqual(
                    try JSONDecoder().decode(Callback.self, from: callback.canonicalJSON()).canonicalJSON(),
                    callback.canonicalJSON())
                // Chunked: the same value and the same problems.
                XCTAssertEqual(try decodeInChunks(body, size: 1), callback, body)
                // Strict: the problem is the error.
                XCTAssertThrowsError(try CallbackDecoder(strict: true).decode(Data(body.utf8))) { error in
                    XCTAssertEqual(error as? CallbackError, problem)
                }
                XCTAssertThrowsError(try decodeInChunks(body, size: 3, strict: true)) { error in
                    XCTAssertEqual(error as? CallbackError, problem)
                }
            }
        }
    }

    func testAnOpenEnumWithChildElementsIsKeptWhole() throws {
        let xml = "<Response><JobsDetail><State><Name>Success</Name></State><JobId>j1</JobId></JobsDetail></Response>"
        let json = #"{"JobsDetail": {"State": {"Name": "Success"}, "JobId": "j1"}}"#
        for body in [xml, json] {
            let callback = try CallbackDecoder().decode(Data(body.utf8))
            XCTAssertNil(callback.job?.state)
            XCTAssertEqual(callback.job?.jobId, "j1")
            XCTAssertEqual(callback.problems.map(\.kind), [.unexpectedContent])
            XCTAssertEqual(callback.problems.first?.path, "Response.JobsDetail[0].State")
            XCTAssertEqual(
                callback.job?.unknownNodes, [Node(name: "State", children: [Node(name: "Name", text: "Success")])])
            XCTAssertThrowsError(try CallbackDecoder(strict: true).decode(Data(body.utf8)))
        }
    }

    func testJSONProblemsAtOnePathComeInOneOrder() throws {
        // Found by the fuzzer: two children of one value node, listed in Foundation's
        // order, which differs from one parse to the next.
        let body = #"{"JobsDetail": {"JobId": {"b": "1", "a": "2", "c": "3", "d": "4"}}}"#
        let first = try decode(body).problems
        XCTAssertEqual(
            first.map(\.description), ["Response.JobsDetail[0].JobId: a value node cannot contain an object"])
        let several =
            #"{"JobsDetail": {"JobId": [{"b": "1", "a": "2"}, {"d": "4", "c": "3"}], "Code": {"y": 1, "x": 2}}}"#
        let problems = try decode(several).problems
        XCTAssertEqual(problems.count, 3)
        for _ in 0..<20 { XCTAssertEqual(try decode(several).problems, problems) }
    }

    func testAValueWhoseChildElementsAreEmptyIsStillAValue() throws {
        // Found by the fuzzer: the empty child is dropped (rule 5), so the canonical
        // JSON has the plain value; the decoded value must say the same.
        let callback = try decode(
            "<Response><JobsDetail><Input><Region><X/>ap</Region></Input></JobsDetail></Response>")
        XCTAssertEqual(callback.job?.input?.region, "ap")
        XCTAssertEqual(callback.job?.input?.unknownNodes, [])
        XCTAssertEqual(callback.problems.map(\.kind), [.unexpectedContent])
        var withoutProblems = callback
        withoutProblems.problems = []
        XCTAssertEqual(try JSONDecoder().decode(Callback.self, from: callback.canonicalJSON()), withoutProblems)
        let notANumber = try decode("<Response><JobsDetail><Progress><X/>most</Progress></JobsDetail></Response>")
        XCTAssertNil(notANumber.job?.progress)
        XCTAssertEqual(notANumber.job?.unknownNodes, [Node(name: "Progress", text: "most")])
    }

    func testTextWhereAContainerBelongsIsKeptAsTheNodesText() throws {
        let callback = try decode(#"{"JobsDetail": {"Input": "input/demo.mp4", "Operation": {"Output": 7}}}"#)
        XCTAssertNil(callback.job?.input)
        XCTAssertEqual(callback.job?.unknownNodes, [Node(name: "Input", text: "input/demo.mp4")])
        XCTAssertEqual(callback.job?.operation?.unknownNodes, [Node(name: "Output", text: "7")])
        XCTAssertEqual(
            callback.problems.map(\.path), ["Response.JobsDetail[0].Input", "Response.JobsDetail[0].Operation.Output"])
        // After children, text in a container is kept beside them as `#text`.
        let mixed = try decode("<Response><JobsDetail><Input><Object>o</Object>stray</Input></JobsDetail></Response>")
        XCTAssertEqual(mixed.job?.input?.object, "o")
        XCTAssertEqual(mixed.job?.input?.unknownNodes, [Node(name: "#text", text: "stray")])
        XCTAssertEqual(mixed.problems.first?.position, "1:61")  // at `</Input>`, where the run of text ends
        // Text before the children (found by the fuzzer): the node stays typed, with a
        // `#text` node, so its canonical JSON reads back to the same value.
        let before = try decode("<Response><JobsDetail><Input>stray<Object>o</Object></Input></JobsDetail></Response>")
        XCTAssertEqual(before.job?.input?.object, "o")
        XCTAssertEqual(before.job?.input?.unknownNodes, [Node(name: "#text", text: "stray")])
        XCTAssertEqual(before.problems.map(\.kind), [.unexpectedContent])
        var withoutProblems = before
        withoutProblems.problems = []
        XCTAssertEqual(try JSONDecoder().decode(Callback.self, from: before.canonicalJSON()), withoutProblems)
    }

    func testASecondCopyOfASingleNodeIsKeptAndReported() throws {
        let body =
            "<Response><JobsDetail><JobId>a</JobId><Input><Object>x</Object></Input><JobId>b</JobId>"
            + "<Input><Object>y</Object></Input></JobsDetail></Response>"
        let callback = try decode(body)
        XCTAssertEqual(callback.job?.jobId, "a")
        XCTAssertEqual(callback.job?.input?.object, "x")
        XCTAssertEqual(
            callback.job?.unknownNodes,
            [Node(name: "Input", children: [Node(name: "Object", text: "y")]), Node(name: "JobId", text: "b")])
        XCTAssertEqual(callback.problems.map(\.kind), [.repeatedNode, .repeatedNode])
        let json = String(decoding: callback.canonicalJSON(), as: UTF8.self)
        XCTAssertTrue(json.contains(#""JobId":["a","b"]"#), json)
        XCTAssertTrue(json.contains(#""Input":[{"Object":"x"},{"Object":"y"}]"#), json)
        // The canonical JSON reads back (Codable) to the same value: the first copy
        // in the field, the second kept as it was.
        var withoutProblems = callback
        withoutProblems.problems = []
        XCTAssertEqual(try JSONDecoder().decode(Callback.self, from: callback.canonicalJSON()), withoutProblems)
    }

    func testProblemsBeyondTheLimitAreCounted() throws {
        let body =
            "<Response><JobsDetail>"
            + String(repeating: "<Operation><JobLevel>x</JobLevel></Operation>", count: 1)
            + (0..<10).map { "<Progress>p\($0)</Progress>" }.joined() + "</JobsDetail></Response>"
        let callback = try CallbackDecoder(limits: Limits(maxProblems: 3)).decode(Data(body.utf8))
        XCTAssertEqual(callback.problems.count, 3)
        XCTAssertEqual(callback.omittedProblemCount, 8)
        XCTAssertEqual(callback.job?.unknownNodes.filter { $0.name == "Progress" }.count, 10, "every text is kept")
    }

    // MARK: Rule 7: frame rates

    func testFrameRatesAsTheServiceWritesThem() throws {
        let cases: [(String, Double)] = [
            ("50/1", 50), ("30000/1001", 30000.0 / 1001), ("25", 25), ("24.500000", 24.5), (" 25.000 ", 25),
        ]
        for (text, value) in cases {
            let leaf = Leaf(
                path: ["Response", "JobsDetail", "Operation", "MediaInfo", "Stream", "Video", "AvgFps"], text: text)
            for body in [leaf.xml, leaf.json] {
                let callback = try decode(body)
                let rate = try XCTUnwrap(callback.job?.operation?.mediaInfo?.stream?.video.first?.avgFps, body)
                XCTAssertEqual(rate.value, value, accuracy: 1e-12)
                XCTAssertEqual(rate.text, text)
                XCTAssertEqual(callback.problems, [])
                XCTAssertTrue(
                    String(decoding: callback.canonicalJSON(), as: UTF8.self).contains("\"AvgFps\":\"\(text)\""))
            }
        }
        // ffprobe's "unknown" rate is no rate.
        let unknown = try decode(
            Leaf(path: ["Response", "JobsDetail", "Operation", "MediaInfo", "Stream", "Video", "Fps"], text: "0/0").xml)
        XCTAssertNil(unknown.job?.operation?.mediaInfo?.stream)
        XCTAssertEqual(unknown.problems, [])
        for bad in ["50/", "/1", "-25", "1/-2", "fast", "25fps"] {
            XCTAssertNil(FrameRate(text: bad), bad)
        }
    }

    // MARK: Rule 8: `-` and empty times are absent

    func testNoTimeIsAbsentAtEveryTimeField() throws {
        let paths: [[String]] = [
            ["Response", "JobsDetail", "CreationTime"], ["Response", "JobsDetail", "StartTime"],
            ["Response", "JobsDetail", "EndTime"], ["Response", "WorkflowExecution", "CreateTime"],
            ["Response", "WorkflowExecution", "Tasks", "CreateTime"],
            ["Response", "WorkflowExecution", "Tasks", "StartTime"],
            ["Response", "WorkflowExecution", "Tasks", "EndTime"],
        ]
        for path in paths {
            for text in ["-", "", " ", " - "] {
                let leaf = Leaf(path: path, text: text)
                for body in [leaf.xml, leaf.json] {
                    let callback = try CallbackDecoder(strict: true).decode(Data(body.utf8))
                    XCTAssertEqual(callback.problems, [], body)
                    XCTAssertEqual(callback.canonicalJSON(), Data("{}".utf8), "\(body): nothing left")
                }
            }
            // The same field takes a real time, so the path above is the right one.
            let real = try decode(Leaf(path: path, text: "2022-07-01T10:05:48+0800").json)
            XCTAssertTrue(
                String(decoding: real.canonicalJSON(), as: UTF8.self).contains("2022-07-01T10:05:48+0800"), "\(path)")
        }
    }

    // MARK: Rule 14: one line

    func testNodeNamesAndTextWithNewlinesPrintOnOneLine() throws {
        let body =
            "{\"JobsDetail\": {\"Operation\": {\"JobLevel\\nFORGED: admin logged in\": {\"x\": 1},"
            + " \"JobLevel\": \"1\\n2\\u2028\"}, \"Input\\r\": \"a\"}}"
        let callback = try decode(body)
        XCTAssertEqual(callback.problems.count, 1)
        let problem = try XCTUnwrap(callback.problems.first)
        XCTAssertEqual(problem.text, "1\n2\u{2028}")
        XCTAssertEqual(
            problem.description,
            #"Response.JobsDetail[0].Operation.JobLevel: expected an integer (text: "1\n2\u{2028}")"#)
        let nested = #"{"JobsDetail": {"Tag\n\u0007x": {"a": 1}, "Operation": {"JobLevel": {"Bad\nName": "1"}}}}"#
        let error = try XCTUnwrap(
            Result { () throws(CallbackError) in try CallbackDecoder(strict: true).decode(Data(nested.utf8)) }.failure)
        XCTAssertEqual(
            error.description, "Response.JobsDetail[0].Operation.JobLevel: a value node cannot contain an object")
        let deep = #"{"JobsDetail": {"A\nB": {"C\r": {"D": "x"}}}}"#
        let limited = try XCTUnwrap(
            Result { () throws(CallbackError) in
                try CallbackDecoder(limits: Limits(maxDepth: 3)).decode(Data(deep.utf8))
            }.failure)
        XCTAssertFalse(limited.description.contains("\n"), limited.description)
        XCTAssertFalse(limited.description.contains("\r"), limited.description)
        XCTAssertEqual(
            CallbackError.escapingControlCharacters("a\nb\u{7}c\u{85}d\u{2029}"), #"a\nb\u{7}c\u{85}d\u{2029}"#)
    }

    private func decodeInChunks(_ body: String, size: Int, strict: Bool = false) throws -> Callback {
        let bytes = Array(body.utf8)
        let decoder = CallbackDecoder(strict: strict).makeIncrementalDecoder()
        var offset = 0
        while offset < bytes.count {
            try decoder.feed(bytes[offset..<min(bytes.count, offset + size)])
            offset += size
        }
        return try decoder.finish()
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
