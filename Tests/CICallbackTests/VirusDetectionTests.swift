import Foundation
import XCTest

@testable import CICallback
@testable import ci_callback

/// Virus-detection (云查毒) bodies: no `Tag`, no `Operation`, the verdict in
/// `JobsDetail`, `RequestId` beside it. Recognised by `JobsDetail.isVirusDetection`.
final class VirusDetectionTests: XCTestCase {
    func testDocsBodyIsTypedAndRecognised() throws {
        let callback = try CallbackDecoder().decode(Fixtures.data("job-types/VirusDetect-docs.xml"))
        XCTAssertNil(callback.eventName)
        XCTAssertNil(callback.moderation)
        XCTAssertEqual(callback.requestId, "NjZhYjRmZGVfNmJhNDYwOV8yYTFmXzE1NjBjYmQ=")
        XCTAssertEqual(callback.problems, [])
        let job = try XCTUnwrap(callback.job)
        XCTAssertTrue(job.isVirusDetection)
        XCTAssertNil(job.jobType)
        XCTAssertEqual(job.state, .success)
        XCTAssertEqual(job.object, "uploads/2026-07-20/setup-tools.zip")
        XCTAssertNil(job.url)
        XCTAssertEqual(job.suggestion, "block")
        let found = try XCTUnwrap(job.detectDetail).result
        XCTAssertEqual(found.map(\.fileName), ["setup-tools/installer.exe", "setup-tools/macros.docm"])
        XCTAssertEqual(found.map(\.virusName), ["Trojan.Win32.Agent.xbhk", "Trojan.MSOffice.SAgent.gen"])
        XCTAssertEqual(job.unknownNodes, [])
        XCTAssertEqual(
            Headline.lines(of: job),
            [
                "verdict  block: virus found (2 files)",
                "virus    Trojan.Win32.Agent.xbhk in setup-tools/installer.exe",
                "virus    Trojan.MSOffice.SAgent.gen in setup-tools/macros.docm",
            ])
        let summary = Summary(callback).text
        XCTAssertTrue(summary.hasPrefix("(no EventName): virus detection, 1 job\n"), summary)
        XCTAssertTrue(summary.contains("RequestId  NjZhYjRmZGVfNmJhNDYwOV8yYTFmXzE1NjBjYmQ="), summary)
        XCTAssertTrue(summary.contains("Job 1  virus detection  ssdb4ae9a2c5e11f0b41f525400e6a7b8"), summary)
        XCTAssertTrue(summary.contains("  Checked     uploads/2026-07-20/setup-tools.zip\n"), summary)
    }

    /// A clean URL check in JSON (no JSON form is documented; the library reads one the
    /// way it reads every `Response`): one `Result`-less `DetectDetail` is absent.
    func testCleanURLCheckInJSON() throws {
        let body = """
            {"JobsDetail": {"JobId": "ss1", "State": "Success", "Url": "https://example.com/a.exe",
             "Suggestion": "normal", "DetectDetail": {}}, "RequestId": "r1"}
            """
        let callback = try decode(body)
        let job = try XCTUnwrap(callback.job)
        XCTAssertTrue(job.isVirusDetection)
        XCTAssertEqual(job.url, "https://example.com/a.exe")
        XCTAssertNil(job.detectDetail)
        XCTAssertEqual(callback.requestId, "r1")
        XCTAssertEqual(Headline.lines(of: job), ["verdict  normal: no virus"])
    }

    /// A failed check still names its object; only that says what it is.
    func testFailedCheckWithOnlyItsObject() throws {
        let body = """
            <Response><JobsDetail><Code>InternalError</Code><Message>download failed</Message>
            <JobId>ss2</JobId><State>Failed</State><Object>a.exe</Object></JobsDetail>
            <RequestId>r2</RequestId></Response>
            """
        let job = try XCTUnwrap(try decode(body).job)
        XCTAssertTrue(job.isVirusDetection)
        XCTAssertEqual(job.state, .failed)
        XCTAssertEqual(Headline.lines(of: job), ["verdict  none"])
    }

    /// Job callbacks are never virus detections: they have a `Tag` or an `Operation`.
    func testJobCallbacksAreNotVirusDetections() throws {
        for fixture in Fixtures.all where !fixture.mustFail {
            let callback = try CallbackDecoder().decode(fixture.data)
            let virus = fixture.name.hasPrefix("job-types/VirusDetect")
            XCTAssertEqual(callback.jobsDetail.contains(where: \.isVirusDetection), virus, fixture.name)
        }
        // A body with nothing but an id says nothing: not recognised.
        let bare = try XCTUnwrap(try decode("<Response><JobsDetail><JobId>j</JobId></JobsDetail></Response>").job)
        XCTAssertFalse(bare.isVirusDetection)
        // A Tag-less job whose Operation shows no type is not a virus detection either,
        // even with an `Object` of its own.
        let tagless = """
            <Response><JobsDetail><Object>a.exe</Object><Operation><UserData>u</UserData></Operation>
            </JobsDetail></Response>
            """
        XCTAssertFalse(try XCTUnwrap(try decode(tagless).job).isVirusDetection)
        // A Tag wins: the nodes are kept, typed, but the job is the Tag's.
        let tagged = """
            <Response><EventName>TaskFinish</EventName><JobsDetail><Tag>Transcode</Tag>
            <Suggestion>block</Suggestion></JobsDetail></Response>
            """
        let job = try XCTUnwrap(try decode(tagged).job)
        XCTAssertFalse(job.isVirusDetection)
        XCTAssertEqual(job.suggestion, "block")
    }

    /// A value that does not fit its field (rule 12) keeps its node, unknown: still
    /// one of the virus-detection nodes, so still recognised; a node those bodies do
    /// not have (a moderation `Result`) is not.
    func testProblemsDoNotHideAVirusDetection() throws {
        let body = """
            <Response><JobsDetail><JobId>ss3</JobId><CreationTime>yesterday</CreationTime>
            <Object>a.exe</Object><Suggestion>normal</Suggestion></JobsDetail></Response>
            """
        let callback = try decode(body)
        XCTAssertEqual(callback.problems.count, 1)
        XCTAssertTrue(try XCTUnwrap(callback.job).isVirusDetection)
        let review = """
            <Response><JobsDetail><Object>a.jpg</Object><Result>1</Result></JobsDetail></Response>
            """
        XCTAssertFalse(try XCTUnwrap(try decode(review).job).isVirusDetection)
    }

    /// `DetectDetail` decides it alone: a node these bodies may gain later, unknown
    /// today, does not hide a detection that found a virus (without `DetectDetail`,
    /// such a node leaves the body unrecognised, as a moderation `Result` does).
    func testDetectDetailDecidesWhateverElseTheBodyHas() throws {
        let body = """
            <Response><JobsDetail><JobId>ss4</JobId><Object>a.zip</Object><Suggestion>block</Suggestion>
            <DetectType>Virus</DetectType>
            <DetectDetail><Result><FileName>b.exe</FileName><VirusName>Trojan.X</VirusName></Result></DetectDetail>
            </JobsDetail></Response>
            """
        let job = try XCTUnwrap(try decode(body).job)
        XCTAssertTrue(job.isVirusDetection)
        XCTAssertEqual(job.unknownNodes.map(\.name), ["DetectType"])
        XCTAssertEqual(job.detectDetail?.result.first?.virusName, "Trojan.X")
        let detail = "<DetectDetail><Result><FileName>b.exe</FileName><VirusName>Trojan.X</VirusName></Result>"
        let withoutDetail = body.replacingOccurrences(of: detail + "</DetectDetail>", with: "")
        XCTAssertNotEqual(withoutDetail, body)
        XCTAssertFalse(try XCTUnwrap(try decode(withoutDetail).job).isVirusDetection)
    }

    /// The published schema block has every value empty: nothing is left of it.
    func testSchemaSampleDecodesToNothing() throws {
        let callback = try CallbackDecoder().decode(Fixtures.data("samples/VirusDetect-1.xml"))
        XCTAssertEqual(callback, Callback())
    }
}
