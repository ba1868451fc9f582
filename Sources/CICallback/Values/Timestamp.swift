#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A point in time as the service writes it, with the original text kept.
///
/// Accepts `2022-07-01T10:05:48+0800`, `+08:00`, `Z`, a space instead of the `T`
/// (WorkflowFinish: `2022-08-09 14:54:17+0800`) and fractional seconds. A time
/// without an offset is refused rather than guessed. `-` ("not started") is absent.
public struct Timestamp: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The instant.
    public let date: Date
    /// The text the service sent, unchanged.
    public let text: String

    /// Parses a time as the service writes it; `nil` for any other text (like
    /// `FrameRate(text:)`).
    public init?(text: String) {
        guard let parsed = withUTF8Bytes(of: text, Self.parse) else { return nil }
        self.date = parsed
        self.text = text
    }

    init(date: Date, text: String) {
        self.date = date
        self.text = text
    }

    /// The text the service sent.
    public var description: String { text }

    /// Reads the canonical JSON form: the time's text, parsed again. Throws
    /// `DecodingError.dataCorrupted` for a text that is not a time (Codable's error
    /// type: this is the canonical-JSON path, not the body decoder).
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = Timestamp(text: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a time: \(text)")
        }
        self = time
    }

    /// Writes the canonical JSON form: the text as the service sent it.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    /// Parses `YYYY-MM-DD[T ]hh:mm:ss[.fff](Z|±hh[:]mm)` from bytes.
    static func parse(_ raw: UnsafeRawBufferPointer) -> Date? {
        let text = NumberText.trimmed(raw)
        var index = 0
        func digits(_ count: Int) -> Int? {
            guard index + count <= text.count else { return nil }
            var value = 0
            for _ in 0..<count {
                let digit = text[index] &- 0x30
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
                index += 1
            }
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < text.count, text[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = digits(4), expect(UInt8(ascii: "-")), let month = digits(2), expect(UInt8(ascii: "-")),
            let day = digits(2)
        else { return nil }
        guard index < text.count, text[index] == UInt8(ascii: "T") || text[index] == UInt8(ascii: " ") else {
            return nil
        }
        index += 1
        guard let hour = digits(2), expect(UInt8(ascii: ":")), let minute = digits(2), expect(UInt8(ascii: ":")),
            let second = digits(2)
        else { return nil }
        // Fractional seconds as integer nanoseconds: exact for up to 9 digits (later
        // digits are below a nanosecond and dropped), then one rounding into `Date`.
        var nanoseconds = 0
        if expect(UInt8(ascii: ".")) {
            let start = index
            while index < text.count, text[index] &- 0x30 < 10 {
                if index - start < 9 { nanoseconds = nanoseconds * 10 + Int(text[index] &- 0x30) }
                index += 1
            }
            guard index > start else { return nil }
            for _ in min(index - start, 9)..<9 { nanoseconds *= 10 }
        }
        guard index < text.count else { return nil }
        var offsetSeconds = 0
        if expect(UInt8(ascii: "Z")) {
            offsetSeconds = 0
        } else {
            let sign: Int
            if expect(UInt8(ascii: "+")) {
                sign = 1
            } else if expect(UInt8(ascii: "-")) {
                sign = -1
            } else {
                return nil
            }
            guard let offsetHours = digits(2) else { return nil }
            _ = expect(UInt8(ascii: ":"))
            guard let offsetMinutes = digits(2), offsetHours < 24, offsetMinutes < 60 else { return nil }
            offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60)
        }
        guard index == text.count else { return nil }
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day), hour < 24,
            minute < 60, second < 61
        else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: Double(seconds) + Double(nanoseconds) / 1_000_000_000)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

extension Timestamp: NodeScalar {
    init(nodeText text: UnsafeRawBufferPointer) throws(ValueProblem) {
        guard let date = Self.parse(text) else {
            throw Self.isNoTime(text) ? .absent : ValueProblem(expected: Self.expected)
        }
        self.init(date: date, text: String(decoding: text, as: UTF8.self))
    }

    /// Keeps the JSON reader's string rather than making another.
    init(nodeString string: String) throws(ValueProblem) {
        guard let date = withUTF8Bytes(of: string, Self.parse) else {
            throw withUTF8Bytes(of: string, Self.isNoTime) ? .absent : ValueProblem(expected: Self.expected)
        }
        self.init(date: date, text: string)
    }

    /// `-` (a job not started or not ended) and blank text: no time, so absent (rule 8).
    static func isNoTime(_ raw: UnsafeRawBufferPointer) -> Bool {
        let text = NumberText.trimmed(raw)
        return text.isEmpty || (text.count == 1 && text[0] == UInt8(ascii: "-"))
    }

    private static let expected = "a time like 2022-07-01T10:05:48+0800"
}
