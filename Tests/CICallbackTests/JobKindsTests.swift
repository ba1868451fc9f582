import Foundation
import XCTest

@_spi(Schema) @testable import CICallback

/// The registry of job types (`JobKinds`): the type of a body without `Tag` (rule 9)
/// does not depend on the order of `JobKinds.all`. Where the own nodes of two types
/// meet in one body, the declared precedence (`embeds`) decides, or no type is
/// inferred; shared nodes only hint when no own node is there.
final class JobKindsTests: XCTestCase {
    private let seed = UInt64(ProcessInfo.processInfo.environment["CI_CALLBACK_SEED"] ?? "") ?? 20_261_202
    private let rounds = 3

    /// Every job type with own nodes, alone and with each other one, in random
    /// operations from the round-trip generator (random shared nodes too, sprite
    /// sheets and `AuObject` among them): the same answer over `all`, reversed and
    /// shuffled. Alone, the type itself; a pair, the one that embeds the other, or none.
    func testEveryPairInfersTheSameTypeWhateverTheRegistryOrder() throws {
        var random = SampleRandom(seed: seed)
        let kinds = JobKinds.all.filter { !$0.operationParts.isEmpty }
        XCTAssertGreaterThan(kinds.count, 1)
        for round in 0..<rounds {
            for (index, first) in kinds.enumerated() {
                try check([first], expected: first, &random, round)
                for second in kinds[(index + 1)...] {
                    let expected = first.embeds(second) ? first : second.embeds(first) ? second : nil
                    try check([first, second], expected: expected, &random, round)
                }
            }
        }
    }

    /// Operations with shared nodes only: whatever they hint at, the same over every order.
    func testSharedNodesInferTheSameTypeWhateverTheRegistryOrder() throws {
        var random = SampleRandom(seed: seed)
        for round in 0..<200 {
            let operation = try decodeOperation(RoundTripPropertyTests.sampleOperation([], &random), &random)
            let answers = Self.orders(&random).map { name(JobKinds.inferred(from: operation, among: $0)) }
            XCTAssertEqual(Set(answers).count, 1, "round \(round), CI_CALLBACK_SEED=\(seed): \(answers)")
        }
    }

    /// The precedence: a type embeds only other types that have own nodes, and
    /// never one that embeds it back (or no type would be inferred for both).
    func testEmbedsIsAnOrderWithoutCycles() {
        var pairs = 0
        for kind in JobKinds.all {
            for embedded in kind.embeds {
                pairs += 1
                XCTAssertNotEqual(ObjectIdentifier(kind), ObjectIdentifier(embedded), "\(kind) embeds itself")
                XCTAssertFalse(embedded.embeds(kind), "\(kind) and \(embedded) embed each other")
                XCTAssertFalse(kind.operationParts.isEmpty, "\(kind) has no own node to win with")
                XCTAssertFalse(embedded.operationParts.isEmpty, "\(embedded) has no own node to lose with")
            }
        }
        XCTAssertEqual(pairs, 4)
    }

    /// The rule, on bodies: a type's own node shows it; an embedding type
    /// (SuperResolution, VideoProcess, SDRtoHDR, VideoSynthesis) wins over Transcode; two types
    /// neither of which embeds the other give no type; a shared node that one type
    /// alone writes shows it only when no own node is there, and two such hints give none.
    func testOwnNodesThenEmbedsThenHints() throws {
        func inferred(_ nodes: String) throws -> JobTag? {
            let body =
                "<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><Operation>"
                + nodes + "</Operation></JobsDetail></Response>"
            return try XCTUnwrap(try decode(body).job).jobType
        }
        let transcode = "<Transcode><Container><Format>mp4</Format></Container></Transcode>"
        let superResolution = "<SuperResolution><Resolution>sdtohd</Resolution></SuperResolution>"
        let videoProcess = "<VideoProcess><MsSharpen><Enable>true</Enable></MsSharpen></VideoProcess>"
        let watermark = "<Watermark><Type>Text</Type></Watermark>"
        let sprite = "<Output><SpriteObject>s-${Number}.jpg</SpriteObject></Output>"
        let voice = "<Output><AuObject>voice.mp3</AuObject></Output>"

        XCTAssertEqual(try inferred(transcode), .transcode)
        XCTAssertEqual(try inferred(watermark), .transcode)
        XCTAssertEqual(try inferred("<Segment><Format>mp4</Format></Segment>"), .segment)
        XCTAssertEqual(try inferred("<ConcatTemplate><Index>1</Index></ConcatTemplate>"), .concat)

        XCTAssertEqual(try inferred(transcode + superResolution), .superResolution)
        XCTAssertEqual(try inferred(superResolution + watermark + transcode), .superResolution)
        XCTAssertEqual(try inferred(transcode + videoProcess), .videoProcess)
        XCTAssertEqual(try inferred(watermark + videoProcess), .videoProcess)
        XCTAssertEqual(try inferred(transcode + "<SDRtoHDR><HdrMode>HLG</HdrMode></SDRtoHDR>"), .sdrToHdr)
        let synthesis = "<VideoSynthesis><KeepAudioTrack>false</KeepAudioTrack></VideoSynthesis>"
        XCTAssertEqual(try inferred(synthesis + transcode + watermark), .videoSynthesis)
        XCTAssertNil(try inferred(synthesis + superResolution))
        // VideoEnhance's transcode is inside its own node: no Transcode node to outweigh.
        let enhance = "<VideoEnhance>" + transcode + superResolution + "</VideoEnhance>"
        XCTAssertEqual(try inferred(enhance), .videoEnhance)
        XCTAssertNil(try inferred(enhance + transcode))
        // The Watermark job type has no node of its own: its watermarks read as Transcode's.
        XCTAssertEqual(try inferred(watermark + watermark), .transcode)
        XCTAssertNil(try inferred(superResolution + videoProcess + transcode))
        XCTAssertNil(try inferred(transcode + "<SmartCover><Count>1</Count></SmartCover>"))

        XCTAssertEqual(try inferred(sprite), .snapshot)
        let spriteFile = "<SpriteOutputFile><ObjectName>0.png</ObjectName></SpriteOutputFile>"
        XCTAssertEqual(
            try inferred("<MediaResult><OutputFile>" + spriteFile + "</OutputFile></MediaResult>"), .snapshot)
        XCTAssertEqual(try inferred(voice), .voiceSeparate)
        XCTAssertEqual(
            try inferred("<Output><StreamExtract><Index>0</Index><Output>a.mp4</Output></StreamExtract></Output>"),
            .streamExtract)
        XCTAssertNil(try inferred("<Output><SpriteObject>s.jpg</SpriteObject><AuObject>voice.mp3</AuObject></Output>"))
        XCTAssertEqual(try inferred(transcode + sprite), .transcode)
        XCTAssertEqual(try inferred("<Snapshot><Count>3</Count></Snapshot>" + voice), .snapshot)
        XCTAssertNil(try inferred("<UserData>u</UserData>"))
    }

    // MARK: - Helpers

    private func check(
        _ kinds: [any JobKind.Type], expected: (any JobKind.Type)?, _ random: inout SampleRandom, _ round: Int
    ) throws {
        let node = RoundTripPropertyTests.sampleOperation(kinds, &random, showingEach: true)
        let operation = try decodeOperation(node, &random)
        let label = "\(kinds.map { "\($0)" }.joined(separator: " + ")), round \(round), CI_CALLBACK_SEED=\(seed)"
        for order in Self.orders(&random) {
            XCTAssertEqual(name(JobKinds.inferred(from: operation, among: order)), name(expected), label)
        }
    }

    /// `JobKinds.all` as it is, reversed, and shuffled.
    private static func orders(_ random: inout SampleRandom) -> [[any JobKind.Type]] {
        [JobKinds.all, JobKinds.all.reversed(), JobKinds.all.shuffled(using: &random)]
    }

    /// The operation of a job, without `Tag`, made of `node`, decoded from XML.
    private func decodeOperation(_ node: SampleNode, _ random: inout SampleRandom) throws -> JobOperation {
        guard !node.children.isEmpty else { return JobOperation() }
        let job = SampleNode(name: "JobsDetail", children: [SampleNode(name: "JobId", text: "j1"), node])
        let body = SampleNode(
            name: "Response", children: [SampleNode(name: "EventName", text: "TaskFinish"), job])
        let xml = SampleBodies.xml(body, &random, indent: nil)
        return try XCTUnwrap(try CallbackDecoder(strict: true).decode(Data(xml.utf8)).job?.operation, xml)
    }

    private func name(_ kind: (any JobKind.Type)?) -> String {
        kind.map { "\($0)" } ?? "none"
    }
}
