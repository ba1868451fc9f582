/// A frame rate as the service writes it, with the text kept.
///
/// `MediaInfo` reports ffprobe's rates: a ratio (`50/1` in every published
/// Transcode callback, `30000/1001`) or a decimal (`25`, `24.500000`, `25.000`).
/// ``value`` is frames per second either way; ``text`` is what the body said, and is
/// the canonical JSON form. A ratio over zero (ffprobe's `0/0`, "unknown") is no
/// rate: absent, like an empty node.
public struct FrameRate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Frames per second.
    public let value: Double
    /// The text the service sent, unchanged.
    public let text: String

    /// Parses `50/1`, `30000/1001`, `25` or `24.500000`; `nil` for anything else
    /// (including `0/0`).
    public init?(text: String) {
        guard let value = withUTF8Bytes(of: text, { Self.parse($0) }) else { return nil }
        self.value = value
        self.text = text
    }

    init(value: Double, text: String) {
        self.value = value
        self.text = text
    }

    /// The text as sent (``text``).
    public var description: String { text }

    /// Reads the canonical JSON form, a string such as `"50/1"`; a JSON number that is
    /// finite and not negative is accepted too. Anything else, `"0/0"` included, throws.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self), number.isFinite, number >= 0 {
            self.init(value: number, text: "\(number)")
            return
        }
        let text = try container.decode(String.self)
        guard let rate = FrameRate(text: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a frame rate: \(text)")
        }
        self = rate
    }

    /// Writes ``text`` as a JSON string.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    /// Frames per second from `N/D` or a decimal; `nil` when the text is neither,
    /// or is negative, or divides by zero.
    static func parse(_ raw: UnsafeRawBufferPointer) -> Double? {
        let text = NumberText.trimmed(raw)
        guard let slash = text.firstIndex(of: UInt8(ascii: "/")) else {
            guard let value = NumberText.double(text), value >= 0 else { return nil }
            return value
        }
        let numeratorText = UnsafeRawBufferPointer(rebasing: text[..<slash])
        let denominatorText = UnsafeRawBufferPointer(rebasing: text[(slash + 1)...])
        guard let numerator = NumberText.double(numeratorText), let denominator = NumberText.double(denominatorText),
            numerator >= 0, denominator > 0
        else { return nil }
        return numerator / denominator
    }

    /// A ratio with a zero denominator (`0/0`, `25/0`): ffprobe's "unknown".
    static func isUnknown(_ raw: UnsafeRawBufferPointer) -> Bool {
        let text = NumberText.trimmed(raw)
        guard let slash = text.firstIndex(of: UInt8(ascii: "/")) else { return false }
        return NumberText.double(UnsafeRawBufferPointer(rebasing: text[(slash + 1)...])) == 0
    }

    private static let expected = "a frame rate like 50/1, 30000/1001 or 25.000"
}

extension FrameRate: NodeScalar {
    init(nodeText text: UnsafeRawBufferPointer) throws(ValueProblem) {
        guard let value = Self.parse(text) else {
            throw Self.isUnknown(text) ? .absent : ValueProblem(expected: Self.expected)
        }
        self.init(value: value, text: String(decoding: text, as: UTF8.self))
    }

    /// Keeps the JSON reader's string rather than making another.
    init(nodeString string: String) throws(ValueProblem) {
        guard let value = withUTF8Bytes(of: string, { Self.parse($0) }) else {
            throw withUTF8Bytes(of: string, { Self.isUnknown($0) }) ? .absent : ValueProblem(expected: Self.expected)
        }
        self.init(value: value, text: string)
    }
}
