import Foundation
import XCTest

@_spi(Schema) @testable import CICallback

/// For every registered job type (and the workflow callback): random values of its
/// models, written as an XML body and as a JSON body the way the service writes
/// them, decode to the same typed value, with every node typed, no problem, and
/// every value as generated. Seeded: `CI_CALLBACK_SEED=<n> swift test --filter
/// RoundTripPropertyTests` replays a failure; the seed is in every failure message.
final class RoundTripPropertyTests: XCTestCase {
    private let seed = UInt64(ProcessInfo.processInfo.environment["CI_CALLBACK_SEED"] ?? "") ?? 20_261_202
    private let rounds = 25

    func testEveryJobTypeRoundTripsThroughXMLAndJSON() throws {
        XCTAssertFalse(JobKinds.all.isEmpty)
        for (index, kind) in JobKinds.all.enumerated() {
            var random = SampleRandom(seed: seed &+ UInt64(index) &* 7919)
            for round in 0..<rounds {
                let jobs = (0..<Int.random(in: 1...2, using: &random)).map { _ in Self.sampleJob(kind, &random) }
                let body = SampleNode(
                    name: "Response", children: [SampleNode(name: "EventName", text: "TaskFinish")] + jobs)
                try check(body, &random, "\(kind.tag) round \(round)")
            }
        }
    }

    func testWorkflowFinishRoundTrips() throws {
        var random = SampleRandom(seed: seed)
        for round in 0..<rounds {
            var execution = WorkflowExecution.sampleNode(named: "WorkflowExecution", &random)
            if execution.children.isEmpty { execution.children = [SampleNode(name: "RunId", text: "i1")] }
            let body = SampleNode(
                name: "Response", children: [SampleNode(name: "EventName", text: "WorkflowFinish"), execution])
            try check(body, &random, "WorkflowFinish round \(round)")
        }
    }

    /// No two job types claim the same node under `Operation`, and none claims a shared one.
    func testJobTypesOwnDistinctOperationNodes() {
        var owner: [String: String] = [:]
        let shared = Set(Self.sharedOperationFields.map(\.wireName))
        for kind in JobKinds.all {
            XCTAssertEqual(
                JobKinds.byTag[kind.tag].map { "\($0)" }, "\(kind)", "two job types with the tag \(kind.tag)")
            for part in kind.operationParts {
                XCTAssertFalse(shared.contains(part.wireName), "\(kind) claims the shared node \(part.wireName)")
                XCTAssertNil(
                    owner[part.wireName], "\(kind) and \(owner[part.wireName] ?? "") both claim \(part.wireName)")
                owner[part.wireName] = "\(kind)"
            }
        }
    }

    // MARK: - Bodies

    private static var sharedOperationFields: [Field<JobOperation>] {
        let parts = Set(JobKinds.all.flatMap { $0.operationParts.map(\.wireName) })
        return JobOperation.nodeFields.fields.filter { !parts.contains($0.wireName) }
    }

    /// A job of this type: random `JobsDetail` fields, its `Tag`, and an `Operation`
    /// with random shared nodes and every node of the type, each with random content.
    /// (`HeadlineTests` writes the summary of such jobs.)
    static func sampleJob(_ kind: any JobKind.Type, _ random: inout SampleRandom) -> SampleNode {
        var job = JobsDetail.sampleNode(named: "JobsDetail", &random)
        job.children.removeAll { $0.name == "Tag" || $0.name == "Operation" }
        job.children.append(SampleNode(name: "Tag", text: kind.tag.rawValue))
        let operation = sampleOperation([kind], &random)
        if !operation.children.isEmpty { job.children.append(operation) }
        job.children.shuffle(using: &random)
        return job
    }

    /// An `Operation` with random shared nodes and every node of each of `kinds`,
    /// each with random content. A node whose content came out empty is left out;
    /// with `showingEach`, a kind with own nodes draws them again until one is there
    /// (`JobKindsTests` infers the type from them).
    static func sampleOperation(
        _ kinds: [any JobKind.Type], _ random: inout SampleRandom, showingEach: Bool = false
    ) -> SampleNode {
        var operation = SampleNode(name: "Operation")
        for field in sharedOperationFields where random.chance(40) {
            operation.children += field.sample(&random, 2)
        }
        for kind in kinds {
            var own: [SampleNode] = []
            repeat {
                for part in kind.operationParts {
                    own += part.sample(&random, 2)
                }
            } while showingEach && own.isEmpty && !kind.operationParts.isEmpty
            operation.children += own
        }
        return operation
    }

    private func check(_ body: SampleNode, _ random: inout SampleRandom, _ label: String) throws {
        let context = "\(label), CI_CALLBACK_SEED=\(seed)"
        let xml = Data(SampleBodies.xml(body, &random, indent: random.chance(50) ? "\n" : nil).utf8)
        let jsonContent = SampleBodies.json(children: body.children, &random)
        let json = Data((random.chance(30) ? "{\"Response\": \(jsonContent)}" : jsonContent).utf8)
        let fromXML: Callback
        let fromJSON: Callback
        do {
            fromXML = try CallbackDecoder(strict: true).decode(xml)
            fromJSON = try CallbackDecoder(strict: true).decode(json)
        } catch {
            return XCTFail(
                "\(context): \(error)\nXML: \(String(decoding: xml, as: UTF8.self))\nJSON: \(String(decoding: json, as: UTF8.self))"
            )
        }
        XCTAssertEqual(fromXML, fromJSON, context)
        if random.chance(10) {
            // The limits count the two forms of one body the same way.
            for limit in [\Limits.maxNodeCount, \Limits.maxDepth] {
                XCTAssertEqual(
                    LimitParity.smallest(xml, limit), LimitParity.smallest(json, limit), "\(context): \(limit)")
            }
        }
        var leftovers: [String] = []
        SampleBodies.collectUnknownNodes(fromXML, path: "Response", into: &leftovers)
        XCTAssertEqual(leftovers, [], "\(context): nodes left untyped")
        // The value is the one generated: the canonical JSON holds exactly its values.
        let canonical = try JSONSerialization.jsonObject(with: fromXML.canonicalJSON())
        XCTAssertEqual(
            SampleBodies.normalized(canonical), SampleBodies.normalized(body),
            "\(context)\n\(String(decoding: xml, as: UTF8.self))")
        XCTAssertEqual(try JSONDecoder().decode(Callback.self, from: fromXML.canonicalJSON()), fromXML, context)
    }
}
