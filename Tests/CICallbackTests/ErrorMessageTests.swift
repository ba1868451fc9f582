import Foundation
import XCTest

@testable import CICallback

/// Every error says what is wrong and where.
final class ErrorMessageTests: XCTestCase {
    /// Errors, and (strict) problems.
    func testDescriptionsNameWhatAndWhere() throws {
        let cases: [(String, String)] = [
            ("<Response>\n<A>x</B></Response>", "2:"),
            ("<Request/>", "1:9: the root element is \"Request\""),
            ("<!DOCTYPE x><Response/>", "1:12: a DOCTYPE is not allowed"),
            (
                "<Response><JobsDetail><Code>a</Code><Code>b</Code></JobsDetail></Response>",
                "Response.JobsDetail[0].Code: this node may appear only once"
            ),
            (
                "<Response><JobsDetail><Operation><JobLevel>high</JobLevel></Operation></JobsDetail></Response>",
                "Response.JobsDetail[0].Operation.JobLevel: expected an integer (text: \"high\")"
            ),
            (
                "<Response><JobsDetail><JobId><x/></JobId></JobsDetail></Response>",
                "Response.JobsDetail[0].JobId: a value node cannot contain the element \"x\""
            ),
            (
                "{\"JobsDetail\": [{\"Input\": \"x\"}]}",
                "Response.JobsDetail[0].Input: a container node cannot hold text (text: \"x\")"
            ),
            ("{\"a\": 1}}", "1:9: unexpected text after the JSON object (text: \"}\")"),
            ("hello", "1:1: the body starts with neither"),
            ("", "the body is empty"),
        ]
        for (body, expected) in cases {
            do {
                _ = try CallbackDecoder(strict: true).decode(Data(body.utf8))
                XCTFail("decoded: \(body)")
            } catch {
                XCTAssertTrue(error.description.contains(expected), "\(error.description) should contain \(expected)")
                XCTAssertFalse(error.description.contains("\n"), "one line: \(error.description)")
            }
        }
    }

    func testProblemsPrintLikeTheErrorsStrictThrows() throws {
        let body = "<Response>\n<JobsDetail><Operation><JobLevel>high</JobLevel></Operation></JobsDetail></Response>"
        let problem = try XCTUnwrap(CallbackDecoder().decode(Data(body.utf8)).problems.first)
        XCTAssertEqual(
            problem.description, "2:49: Response.JobsDetail[0].Operation.JobLevel: expected an integer (text: \"high\")"
        )
        XCTAssertEqual(
            problem.detail, "Response.JobsDetail[0].Operation.JobLevel: expected an integer (text: \"high\")")
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

    /// Kinds and limits are open structs: compared with `==`, switched on with a
    /// `default`, with the same stable descriptions the enums had.
    func testKindsAndLimitsAreOpenValuesWithStableNames() {
        let kinds: [(CallbackError.Kind, String)] = [
            (.emptyBody, "emptyBody"), (.unknownFormat, "unknownFormat"), (.syntax, "syntax"),
            (.invalidRoot, "invalidRoot"), (.doctypeNotAllowed, "doctypeNotAllowed"),
            (.limitExceeded(.bodySize), "limitExceeded(bodySize)"), (.limitExceeded(.depth), "limitExceeded(depth)"),
            (.limitExceeded(.nodeCount), "limitExceeded(nodeCount)"),
            (.limitExceeded(.textLength), "limitExceeded(textLength)"), (.invalidValue, "invalidValue"),
            (.repeatedNode, "repeatedNode"), (.unexpectedContent, "unexpectedContent"),
        ]
        XCTAssertEqual(kinds.map(\.0.description), kinds.map(\.1))
        XCTAssertEqual(Set(kinds.map(\.0)).count, kinds.count, "every kind differs from every other")
        XCTAssertEqual(kinds.compactMap(\.0.limit), [.bodySize, .depth, .nodeCount, .textLength])
        XCTAssertEqual(CallbackError.Kind.limitExceeded(.depth), .limitExceeded(.depth))
        XCTAssertNotEqual(CallbackError.Kind.limitExceeded(.depth), .limitExceeded(.nodeCount))
        let kind: CallbackError.Kind = .repeatedNode
        switch kind {
        case .invalidValue: XCTFail("matched the wrong kind")
        case .repeatedNode: break
        default: XCTFail("matched no kind")
        }
    }

    func testOffendingTextIsQuotedOnOneLineAndCut() {
        XCTAssertEqual(CallbackError.quote("a\"b\nc"), #""a\"b\nc""#)
        XCTAssertEqual(CallbackError.quote(String(repeating: "x", count: 100)).count, 80 + 3)
    }
}
