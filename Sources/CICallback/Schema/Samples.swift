// Random bodies that follow a model's field table, for the round-trip property
// tests: every registered job type (and every model) is covered without a test
// of its own. Nothing here runs while decoding.

/// A seeded source (SplitMix64): the same seed gives the same bodies everywhere.
struct SampleRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ percent: Int) -> Bool {
        Int.random(in: 0..<100, using: &self) < percent
    }
}

/// One node of a generated body: its text as the service would write it, and
/// whether a JSON body may send that text as a number.
struct SampleNode: Sendable {
    var name: String
    var text: String?
    var isNumber = false
    var children: [SampleNode] = []
}

extension NodeModel {
    /// A random node of this model: each field absent or present (a repeated one
    /// one to three times), values of the field's type. Nested models stop at `depth` 12.
    static func sampleNode(named name: String, _ random: inout SampleRandom, depth: Int = 0) -> SampleNode {
        var node = SampleNode(name: name)
        guard depth < 12 else { return node }
        for field in nodeFields.fields where random.chance(70) {
            node.children += field.sample(&random, depth + 1)
        }
        return node
    }
}

extension Field {
    /// Sample nodes for one scalar field.
    static func sampleValues<T: NodeScalar>(_ name: StaticString, _: T.Type, repeats: Bool)
        -> @Sendable (inout SampleRandom, Int) -> [SampleNode]
    {
        { random, _ in
            (0..<(repeats ? Int.random(in: 1...3, using: &random) : 1)).map { _ in
                SampleNode(name: name.description, text: T.sampleText(&random), isNumber: T.sampleIsNumber)
            }
        }
    }

    /// Sample nodes for one model field; an empty sample counts as absent.
    static func sampleModels<C: NodeModel>(_ name: StaticString, _: C.Type, repeats: Bool)
        -> @Sendable (inout SampleRandom, Int) -> [SampleNode]
    {
        { random, depth in
            (0..<(repeats ? Int.random(in: 1...3, using: &random) : 1)).map { _ in
                C.sampleNode(named: name.description, &random, depth: depth)
            }.filter { !$0.children.isEmpty }
        }
    }
}

extension NodeScalar {
    static func sampleText(_ random: inout SampleRandom) -> String {
        sampleWord(&random)
    }

    static var sampleIsNumber: Bool { false }
}

/// Words with what a body may hold: CJK, spaces, XML's special characters, a
/// placeholder. Never empty, never blank, never `-`.
func sampleWord(_ random: inout SampleRandom) -> String {
    let words = [
        "output/demo.mp4", "办公室", "Success", "a & b", "<tag>", "\"quoted\"", "x y", "${Number}", "it's", "t1f6ac18",
    ]
    return words.randomElement(using: &random)! + String(Int.random(in: 0..<100, using: &random))
}

extension Int {
    static func sampleText(_ random: inout SampleRandom) -> String {
        String(Int.random(in: -5...100_000, using: &random))
    }

    static var sampleIsNumber: Bool { true }
}

extension Bool {
    static func sampleText(_ random: inout SampleRandom) -> String {
        ["true", "false"].randomElement(using: &random)!
    }

    /// A JSON body may send the literal `true` or `false`.
    static var sampleIsNumber: Bool { true }
}

extension Double {
    static func sampleText(_ random: inout SampleRandom) -> String {
        let value = Double(Int.random(in: 0...10_000_000, using: &random)) / 1_000_000
        return random.chance(50) ? String(value) : String(Int(value * 100) % 1000)
    }

    static var sampleIsNumber: Bool { true }
}

extension Timestamp {
    static func sampleText(_ random: inout SampleRandom) -> String {
        let separator = random.chance(50) ? "T" : " "
        let offset = ["+0800", "+08:00", "Z", "-0330"].randomElement(using: &random)!
        return "2022-0\(Int.random(in: 1...9, using: &random))-1\(Int.random(in: 0...9, using: &random))"
            + "\(separator)1\(Int.random(in: 0...9, using: &random)):0\(Int.random(in: 0...9, using: &random)):48\(offset)"
    }
}

extension FrameRate {
    static func sampleText(_ random: inout SampleRandom) -> String {
        ["50/1", "30000/1001", "25", "24.500000", "25.000"].randomElement(using: &random)!
    }
}
