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
                + #""Operation":{"JobLevel":1,"VideoTagResult":{"StreamData":{"Data":{"Tags":[{"Confidence":0.5,"Tag":"a"}]}}}}}]}"#
        )
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
