import Foundation
import XCTest

@testable import CICallback
@testable import ci_callback

/// The tool's table of job summaries (`Sources/ci-callback/Headlines/`): one entry
/// for every job type the library models, and the generic lines for the others.
/// Each type's own lines are checked with its models, in `JobTypes*Tests`.
final class HeadlineTests: XCTestCase {
    func testEveryModelledJobTypeHasLinesOfItsOwn() {
        XCTAssertEqual(
            Set(Headline.byTag.keys), Set(JobKinds.all.map { $0.tag }),
            "a job type without its own lines, or lines for a type the library does not model")
    }

    /// A job type the library does not model: the names of the nodes in its
    /// `Operation`, the modelled ones first (sorted), then the others in body order.
    func testUnmodelledJobTypeListsItsOperationNodes() throws {
        let callback = try CallbackDecoder().decode(
            Data(
                ("<Response><EventName>TaskFinish</EventName><JobsDetail><Tag>FutureJob</Tag>"
                    + "<Operation><Zoom>1</Zoom><Transcode><Container><Format>mp4</Format></Container></Transcode>"
                    + "<Animation><Container><Format>gif</Format></Container></Animation><UserData>u</UserData>"
                    + "</Operation></JobsDetail></Response>").utf8))
        let job = try XCTUnwrap(callback.job)
        XCTAssertEqual(job.operation?.jobTypeNodeNames, ["Animation", "Transcode"])
        XCTAssertEqual(Headline.lines(of: job), ["FutureJob: Animation, Transcode, Zoom"])
    }

    /// Without a type of its own, a job that wrote media shows it as a media job does.
    func testUnmodelledJobTypeWithMediaOutput() throws {
        let callback = try CallbackDecoder().decode(
            Data(
                ("<Response><EventName>TaskFinish</EventName><JobsDetail><Tag>FutureJob</Tag><Operation>"
                    + "<MediaResult><OutputFile><Bucket>b-1250000000</Bucket><ObjectName>p.jpg</ObjectName>"
                    + "</OutputFile></MediaResult></Operation></JobsDetail></Response>").utf8))
        XCTAssertEqual(callback.job.map(Headline.lines(of:)), ["output   b-1250000000/p.jpg"])
    }

    /// Random jobs of every type, with any mix of their nodes: the lines are written
    /// without a crash (the fuzz harness, which links only the library, no longer
    /// reaches this code).
    func testRandomJobsOfEveryType() throws {
        var random = SampleRandom(seed: 20_261_202)
        for kind in JobKinds.all {
            for _ in 0..<10 {
                let body = SampleNode(
                    name: "Response",
                    children: [
                        SampleNode(name: "EventName", text: "TaskFinish"),
                        RoundTripPropertyTests.sampleJob(kind, &random),
                    ])
                let xml = Data(SampleBodies.xml(body, &random, indent: nil).utf8)
                let job = try XCTUnwrap(try CallbackDecoder().decode(xml).job, "\(kind.tag)")
                _ = Headline.lines(of: job)
            }
        }
    }
}
