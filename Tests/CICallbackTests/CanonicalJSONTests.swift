import Foundation
import XCTest

@testable import CICallback

/// The canonical JSON of `spec/cli.md`, built by the library.
final class CanonicalJSONTests: XCTestCase {
    private func canonical(_ body: String) throws -> String {
        String(decoding: try CallbackDecoder().canonicalJSON(Data(body.utf8)), as: UTF8.self)
    }

    func testShapeRules() throws {
        let json = try canonical(
            """
            {"Response": {"EventName": "TaskFinish", "JobsDetail": {"JobId": "j/1", "Message": "",
             "CreationTime": "2022-07-01T10:05:48+08:00",
             "Operation": {"JobLevel": "1", "VideoTagResult": {"StreamData": {"Data": {"Tags": {"Tag": "a", "Confidence": "0.50"}}}}}}}}
            """)
        XCTAssertEqual(
            json,
            #"{"EventName":"TaskFinish","JobsDetail":[{"CreationTime":"2022-07-01T10:05:48+08:00","JobId":"j/1","#
                + #""Operation":{"JobLevel":1,"VideoTagResult":{"StreamData":{"Data":{"Tags":[{"Confidence":0.5,"Tag":"a"}]}}}}}]}"#)
    }

    func testUnknownNodesKeepTheirShape() throws {
        let json = try canonical(
            "<Response><EventName>X</EventName><New><A>1</A><A>2</A><B>3</B></New><Flag>on</Flag></Response>")
        XCTAssertEqual(json, #"{"EventName":"X","Flag":"on","New":{"A":["1","2"],"B":"3"}}"#)
        // …and survive a round trip through Codable.
        let callback = try JSONDecoder().decode(Callback.self, from: Data(json.utf8))
        XCTAssertEqual(String(decoding: callback.canonicalJSON(), as: UTF8.self), json)
    }

    func testXMLAndJSONPairsPrintIdenticalBytes() throws {
        for (xml, json) in Fixtures.pairs {
            XCTAssertEqual(
                try CallbackDecoder().canonicalJSON(Fixtures.data(xml)),
                try CallbackDecoder().canonicalJSON(Fixtures.data(json)), "\(xml) vs \(json)")
        }
    }
}

/// Every error says what is wrong and where.
final class ErrorMessageTests: XCTestCase {
    func testDescriptionsNameWhatAndWhere() throws {
        let cases: [(String, String)] = [
            ("<Response>\n<A>x</B></Response>", "2:"),
            ("<Request/>", "1:9: the root element is \"Request\""),
            ("<!DOCTYPE x><Response/>", "1:12: a DOCTYPE is not allowed"),
            ("<Response><JobsDetail><Code>a</Code><Code>b</Code></JobsDetail></Response>",
             "Response.JobsDetail[0].Code: this node may appear only once"),
            ("<Response><JobsDetail><Operation><JobLevel>high</JobLevel></Operation></JobsDetail></Response>",
             "Response.JobsDetail[0].Operation.JobLevel: expected an integer (text: \"high\")"),
            ("<Response><JobsDetail><JobId><x/></JobId></JobsDetail></Response>",
             "Response.JobsDetail[0].JobId: a value node cannot contain the element \"x\""),
            ("{\"JobsDetail\": [{\"Input\": \"x\"}]}", "Response.JobsDetail[0].Input: a container node cannot hold text (text: \"x\")"),
            ("{\"a\": 1}}", "1:9: Invalid value"),
            ("hello", "1:1: the body starts with neither"),
            ("", "the body is empty"),
        ]
        for (body, expected) in cases {
            do {
                _ = try CallbackDecoder().decode(Data(body.utf8))
                XCTFail("decoded: \(body)")
            } catch {
                XCTAssertTrue(error.description.contains(expected), "\(error.description) should contain \(expected)")
                XCTAssertFalse(error.description.contains("\n"), "one line: \(error.description)")
            }
        }
    }

    func testLimitErrorsNameTheLimitAndPath() {
        do {
            _ = try CallbackDecoder(limits: Limits(maxDepth: 2)).decode(
                Data("<Response><JobsDetail><Input/></JobsDetail></Response>".utf8))
            XCTFail("decoded")
        } catch {
            XCTAssertEqual(error.kind, .limitExceeded(.depth))
            XCTAssertEqual(error.description, "1:29: Response.JobsDetail[0]: nesting deeper than 2")
        }
    }

    func testOffendingTextIsQuotedOnOneLineAndCut() {
        XCTAssertEqual(CallbackError.quote("a\"b\nc"), #""a\"b\nc""#)
        XCTAssertEqual(CallbackError.quote(String(repeating: "x", count: 100)).count, 80 + 3)
    }
}

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

/// Builders are reused per thread between decodes: nothing of one body may show in the next.
final class BuilderReuseTests: XCTestCase {
    func testNothingCarriesOverBetweenDecodesOnOneThread() throws {
        let minimal = Data("<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j</JobId></JobsDetail></Response>".utf8)
        let fresh = try CallbackDecoder().decode(minimal)
        XCTAssertEqual(fresh.jobsDetail.count, 1)
        for fixture in Fixtures.all {
            _ = try? CallbackDecoder().decode(fixture.data)  // fills, or fails halfway through
            XCTAssertEqual(try CallbackDecoder().decode(minimal), fresh, "after \(fixture)")
            if !fixture.mustFail {
                let again = try CallbackDecoder().decode(fixture.data).canonicalJSON()
                XCTAssertEqual(again + Data("\n".utf8), try Data(contentsOf: fixture.expectedJSON), "\(fixture) twice")
            }
        }
    }
}
