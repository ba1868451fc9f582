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

/// Builders are reused per thread between decodes: nothing of one body may show in the next.
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
                XCTAssertEqual(again + Data("\n".utf8), try Data(contentsOf: fixture.expectedJSON), "\(fixture) twice")
            }
        }
    }
}
