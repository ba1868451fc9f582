import XCTest

@testable import CICallback

/// Numbers are parsed from bytes without `strtod` on the common paths; each path
/// must round exactly as the standard library's `Double(String)` does.
final class NumberTextTests: XCTestCase {
    private func parse(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { NumberText.double(UnsafeRawBufferPointer($0)) }
    }

    private func assertSameAsStandardLibrary(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let expected = Double(text)
        let actual = parse(text)
        XCTAssertEqual(
            actual?.bitPattern, expected?.bitPattern,
            "\(text): \(String(describing: actual)) vs \(String(describing: expected))", file: file, line: line)
    }

    func testSixteenToNineteenDigitsRoundLikeStrtod() {
        // What the service prints for a float64 score, and the boundaries of the integer path.
        for text in [
            "0.10281228211961868", "0.5249729667999573", "0.265906694825352", "-0.04397255768633823",
            "9999999999999999999", "999999999999999999.9", "0.9999999999999999999", "1.000000000000000001",
            "9007199254740993", "900719925474099.3", "18446744073709551615",  // 20 digits: the slow path
            // Exact ties between two doubles: ties go to the even significand.
            "4503599627370496.5", "4503599627370497.5", "-4503599627370496.5",
            "0.0000000000000000001", "1234567890123456.789", "00000000000000000000.12345678901234567",
            "1.", ".5", "-.5", "+7", "9007199254740992.5", "12345678901234567890.5",
        ] {
            assertSameAsStandardLibrary(text)
        }
    }

    func testRandomLongDecimalsRoundLikeStrtod() {
        var generator = SplitMix64(seed: 0x5EED_CA11_BAC4)
        for _ in 0..<100_000 {
            let count = Int.random(in: 1...19, using: &generator)
            var digits = (0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) }
            let point = Int.random(in: 0...count, using: &generator)
            if point < count { digits.insert(".", at: point) }
            var text = String(digits)
            if text.hasPrefix(".") { text = "0" + text }
            if text.hasSuffix(".") { text += "0" }
            if Bool.random(using: &generator) { text = "-" + text }
            assertSameAsStandardLibrary(text)
        }
    }

    func testRejectsWhatIsNotADecimal() {
        for text in ["", ".", "-", "1.2.3", "nan", "inf", "0x1p3", "1e", "12a", "--1"] {
            XCTAssertNil(parse(text), text)
        }
        XCTAssertEqual(parse(" 1.5 "), 1.5)
        XCTAssertEqual(parse("2.5e3"), 2500)
    }
}

/// A small seeded generator, so a failure names a case that can be run again.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The JSON walk reads strings, objects and arrays straight out of `Any`; that
/// relies on the ABI's inline existential layout, checked once at run time.
final class AnyPayloadTests: XCTestCase {
    func testValuesAreReadOutOfAnyWithoutACast() {
        XCTAssertTrue(AnyPayload.isInline, "the JSON walk would fall back to casts on this platform")
        let string: Any = "办公室 Office, long enough to live on the heap"
        XCTAssertEqual(AnyPayload.read(string, as: String.self), "办公室 Office, long enough to live on the heap")
        let short: Any = "ab"
        XCTAssertEqual(AnyPayload.read(short, as: String.self), "ab")
        let object: Any = ["Tag": "Typing", "Confidence": "0.5"] as [String: Any]
        XCTAssertEqual(
            AnyPayload.read(object, as: [String: Any].self) as NSDictionary, ["Tag": "Typing", "Confidence": "0.5"])
        let array: Any = ["a", 1] as [Any]
        XCTAssertEqual(AnyPayload.read(array, as: [Any].self) as NSArray, ["a", 1])
    }
}

/// Whitespace between elements is tested eight bytes at a time; it must agree with
/// the byte-by-byte definition on every length and at every position.
final class WhitespaceTests: XCTestCase {
    func testWordAtATimeAgreesWithByteByByte() {
        let alphabet: [UInt8] = [0x20, 0x20, 0x20, 0x0A, 0x09, 0x0D, 0x61, 0x00, 0x80, 0xA0, 0x2A, 0x0B, 0x0C, 0xE0]
        var generator = SplitMix64(seed: 0xB1A4_C5)
        for _ in 0..<50_000 {
            let count = Int.random(in: 0...40, using: &generator)
            var bytes = (0..<count).map { _ in
                Bool.random(using: &generator) ? 0x20 : alphabet.randomElement(using: &generator)!
            }
            if Int.random(in: 0..<3, using: &generator) == 0 {
                bytes = bytes.map { [0x20, 0x0A, 0x09, 0x0D].contains($0) ? $0 : 0x20 }  // often all space
            }
            let expected = bytes.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
            bytes.withUnsafeBytes { raw in
                XCTAssertEqual(NumberText.isAllSpace(raw), expected, "\(bytes)")
            }
        }
    }
}

/// Times: fractional seconds are read as integer nanoseconds, then rounded once.
final class TimestampTests: XCTestCase {
    func testFractionalSecondsAreExact() throws {
        let base = 1_656_641_148.0  // 2022-07-01T10:05:48+0800
        let cases: [(String, Double)] = [
            ("2022-07-01T10:05:48.1+0800", 0.1),
            ("2022-07-01T10:05:48.123+08:00", 0.123),
            ("2022-07-01T10:05:48.000000001+0800", 0.000_000_001),
            ("2022-07-01T10:05:48.999999999+0800", 0.999_999_999),
            // Digits below a nanosecond are dropped, not rounded up into the next second.
            ("2022-07-01T10:05:48.9999999999999+0800", 0.999_999_999),
            ("2022-07-01 10:05:48.5+0800", 0.5),
        ]
        for (text, fraction) in cases {
            let date = try XCTUnwrap(Timestamp(text: text)?.date, text)
            XCTAssertEqual(date, Date(timeIntervalSince1970: base + fraction), text)
        }
        for text in ["2022-07-01T10:05:48.+0800", "2022-07-01T10:05:48.5", "2022-07-01T10:05:48,5+0800"] {
            XCTAssertNil(Timestamp(text: text), text)
        }
    }
}
