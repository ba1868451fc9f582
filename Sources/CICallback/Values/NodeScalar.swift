#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Why a node's text gives no value for its field. The decoder turns it into a
/// problem (`Callback.problems`) with the node's path, and keeps the text.
struct ValueProblem: Error {
    /// What the field takes ("an integer"); `nil` when the text is the service's
    /// way of saying "no value" (`-` for a time), which is absent, not a problem.
    var expected: String?

    static let absent = ValueProblem(expected: nil)
}

/// A value made from the text of one leaf node. The text is UTF-8, already
/// entity- and CDATA-decoded by the reader, and never empty (empty is absent).
protocol NodeScalar: Sendable, Hashable, Codable {
    init(nodeText text: UnsafeRawBufferPointer) throws(ValueProblem)
    /// The same from a whole `String` (the JSON reader has one already).
    init(nodeString string: String) throws(ValueProblem)
    /// A random text of this type, as the service would write it (`Schema/Samples.swift`).
    static func sampleText(_ random: inout SampleRandom) -> String
    /// Whether a JSON body may send such a text as a number.
    static var sampleIsNumber: Bool { get }
}

extension NodeScalar {
    init(nodeString string: String) throws(ValueProblem) {
        self = try withUTF8Bytes(of: string) { bytes throws(ValueProblem) in try Self(nodeText: bytes) }
    }
}

/// Runs `body` over a string's UTF-8 in place, keeping its error type:
/// JSONSerialization's strings are native, so this never copies them; a bridged
/// string is made native first.
@inline(__always)
func withUTF8Bytes<R, E: Error>(
    of string: String, _ body: (UnsafeRawBufferPointer) throws(E) -> R
) throws(E) -> R {
    // No `R??` here: for an optional `R` (a parser's `Date?`) the compiler tested the
    // nested optionals' tags with loads that valgrind's memcheck reported as reads of
    // uninitialised bytes. A flag says whether the body ran; the result is set then.
    var failure: E?
    var result: R?
    let ran =
        string.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            do throws(E) {
                result = try body(UnsafeRawBufferPointer(bytes))
            } catch {
                failure = error
            }
            return true
        } != nil
    if let failure { throw failure }
    if ran, let result { return result }
    var native = string
    native.makeContiguousUTF8()
    return try withUTF8Bytes(of: native, body)
}

extension String: NodeScalar {
    /// Strings are kept exactly as sent (rule 7).
    init(nodeText text: UnsafeRawBufferPointer) {
        self.init(decoding: text, as: UTF8.self)
    }

    init(nodeString string: String) {
        self = string
    }
}

extension Int: NodeScalar {
    /// Surrounding whitespace is ignored; a decimal with only zeros after the point
    /// (`1.000`, seen for `Video.Level`) is accepted as the integer it denotes.
    init(nodeText text: UnsafeRawBufferPointer) throws(ValueProblem) {
        guard let value = NumberText.integer(text) else { throw ValueProblem(expected: "an integer") }
        self = value
    }
}

extension Bool: NodeScalar {
    /// The words `true` and `false`, in any case (`True`, `FALSE`); surrounding
    /// whitespace is ignored. A JSON body's literal `true` arrives here as its text.
    /// Not `1` or `0`, nor `yes` or `no`: Tencent documents these flags as the words and
    /// its 0/1 switches (`Flatten`, `SpeakerDiarization`) as numbers, in other fields, so
    /// a digit here is a changed format, reported as a problem rather than guessed at.
    init(nodeText text: UnsafeRawBufferPointer) throws(ValueProblem) {
        let word = NumberText.trimmed(text)
        // ASCII letters to lower case by setting one bit (`true` and `false` are letters only).
        func matches(_ expected: StaticString) -> Bool {
            guard word.count == expected.utf8CodeUnitCount else { return false }
            let bytes = expected.utf8Start
            for index in 0..<word.count where word[index] | 0x20 != bytes[index] { return false }
            return true
        }
        if matches("true") {
            self = true
        } else if matches("false") {
            self = false
        } else {
            throw ValueProblem(expected: "true or false")
        }
    }
}

extension Double: NodeScalar {
    /// Decimal notation with an optional exponent; no `nan`, `inf` or hex.
    init(nodeText text: UnsafeRawBufferPointer) throws(ValueProblem) {
        guard let value = NumberText.double(text) else { throw ValueProblem(expected: "a number") }
        self = value
    }
}

/// Number parsing straight from bytes, without making a `String` on the common path.
enum NumberText {
    /// Space, tab, line feed or carriage return: one compare and one shift.
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte <= 0x20 && (0x1_0000_2600 as UInt64) >> UInt64(byte) & 1 == 1
    }

    /// Whether every byte is XML whitespace. Pretty-printed bodies send a run of
    /// indentation between every two elements: eight bytes are tested at a time.
    @inline(__always)
    static func isAllSpace(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        guard count >= 8 else {
            for byte in bytes where !isSpace(byte) { return false }
            return true
        }
        var index = 0
        while index + 8 <= count {
            if !isAllSpace(word: base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return false }
            index += 8
        }
        // The last, partial word: the final eight bytes, overlapping ones already seen.
        return index == count || isAllSpace(word: base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
    }

    /// Whether each of eight bytes is a space, tab, line feed or carriage return.
    @inline(__always)
    static func isAllSpace(word: UInt64) -> Bool {
        if word == 0x2020_2020_2020_2020 { return true }
        // 0x80 in each byte of `x` that is zero, 0x00 elsewhere (no carries between bytes).
        @inline(__always) func zeroBytes(_ x: UInt64) -> UInt64 {
            let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            return ~(((x & low7) &+ low7) | x | low7)
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let spaces =
            zeroBytes(word ^ (0x20 &* ones)) | zeroBytes(word ^ (0x0A &* ones))
            | zeroBytes(word ^ (0x09 &* ones)) | zeroBytes(word ^ (0x0D &* ones))
        return spaces == 0x8080_8080_8080_8080
    }

    /// The bytes without leading and trailing ASCII whitespace.
    @inline(__always)
    static func trimmed(_ text: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var lower = 0
        var upper = text.count
        while lower < upper, isSpace(text[lower]) { lower += 1 }
        while upper > lower, isSpace(text[upper - 1]) { upper -= 1 }
        return UnsafeRawBufferPointer(rebasing: text[lower..<upper])
    }

    static func integer(_ raw: UnsafeRawBufferPointer) -> Int? {
        let text = trimmed(raw)
        var index = 0
        var negative = false
        if index < text.count, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
            negative = text[index] == UInt8(ascii: "-")
            index += 1
        }
        let digitsStart = index
        var magnitude: UInt64 = 0
        while index < text.count, text[index] &- 0x30 < 10 {
            let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(UInt64(text[index] &- 0x30))
            if o1 || o2 { return nil }
            magnitude = sum
            index += 1
        }
        if index == digitsStart { return nil }
        if index < text.count, text[index] == UInt8(ascii: ".") {
            index += 1
            while index < text.count, text[index] == UInt8(ascii: "0") { index += 1 }
        }
        if index != text.count { return nil }
        if negative {
            guard magnitude <= UInt64(Int.max) + 1 else { return nil }
            return magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude)
        }
        guard magnitude <= UInt64(Int.max) else { return nil }
        return Int(magnitude)
    }

    /// 10^exponent for 0...22, all exact doubles. A switch of literals (a constant
    /// table in the binary), not a static array: reading a static goes through a
    /// lazy-initialisation check on every number (callgrind: 0.06 M instructions per
    /// MiB of VideoTag XML).
    @inline(__always)
    private static func powerOf10(_ exponent: Int) -> Double {
        switch exponent {
        case 0: 1e0
        case 1: 1e1
        case 2: 1e2
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        case 15: 1e15
        case 16: 1e16
        case 17: 1e17
        case 18: 1e18
        case 19: 1e19
        case 20: 1e20
        case 21: 1e21
        case 22: 1e22
        default: preconditionFailure("10^\(exponent) is not needed exactly")
        }
    }

    private static let integerPowersOf10: [UInt64] = (0...19).map { exponent in
        var value: UInt64 = 1
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// `mantissa / 10^exponent` rounded to the nearest double (ties to even), exactly.
    ///
    /// The quotient is computed in integers with at least 56 significant bits (53 for
    /// the double, the rest to round by) and the remainder is the sticky bit, so this
    /// rounds the exact decimal value, as `strtod` does. Results lie between 1e-19
    /// and 2^64, far from subnormals and overflow.
    static func dividedByPowerOf10(_ mantissa: UInt64, _ exponent: Int) -> Double {
        if exponent == 0 || mantissa == 0 { return Double(mantissa) }  // this conversion rounds to even
        let divisor = integerPowersOf10[exponent]
        let mantissaBits = 64 - mantissa.leadingZeroBitCount
        let divisorBits = 64 - divisor.leadingZeroBitCount
        // (mantissa << shift) / divisor has 56 or 57 bits when shift > 0, and at
        // least 56 when shift == 0; the 128-bit dividend has at most 120.
        let shift = max(0, 56 + divisorBits - mantissaBits)
        let high: UInt64
        let low: UInt64
        if shift == 0 {
            (high, low) = (0, mantissa)
        } else if shift < 64 {
            (high, low) = (mantissa >> UInt64(64 - shift), mantissa << UInt64(shift))
        } else {
            (high, low) = (mantissa << UInt64(shift - 64), 0)
        }
        // high < divisor (the quotient fits in 64 bits), as dividingFullWidth needs.
        let (quotient, remainder) = divisor.dividingFullWidth((high, low))
        let drop = (64 - quotient.leadingZeroBitCount) - 53
        var significand = quotient >> UInt64(drop)
        let half = UInt64(1) << UInt64(drop - 1)
        let rest = quotient & (half << 1 &- 1)
        if rest > half || (rest == half && (remainder != 0 || significand & 1 == 1)) {
            significand += 1  // may reach 2^53, still exact as a double
        }
        return Double(significand) * Double(sign: .plus, exponent: drop - shift, significand: 1)
    }

    static func double(_ raw: UnsafeRawBufferPointer) -> Double? {
        let text = trimmed(raw)
        guard !text.isEmpty else { return nil }
        // Plain decimals (`-12.5`, `0.10281228211961868`): digits, an optional point,
        // digits, read in two tight loops; 19 digits at most always fit in a UInt64.
        var index = 0
        let negative = text[0] == UInt8(ascii: "-")
        if negative || text[0] == UInt8(ascii: "+") { index = 1 }
        var mantissa: UInt64 = 0
        let integerStart = index
        while index < text.count, text[index] &- 0x30 < 10 {
            mantissa = mantissa &* 10 &+ UInt64(text[index] &- 0x30)
            index += 1
        }
        var digits = index - integerStart
        var fractionDigits = 0
        if index < text.count, text[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < text.count, text[index] &- 0x30 < 10 {
                mantissa = mantissa &* 10 &+ UInt64(text[index] &- 0x30)
                index += 1
            }
            fractionDigits = index - fractionStart
            digits += fractionDigits
        }
        if index == text.count, digits > 0, digits <= 19 {
            let value: Double
            if mantissa <= 1 << 53, fractionDigits <= 22 {
                // Both operands are exact doubles, so one division rounds correctly.
                value = Double(mantissa) / powerOf10(fractionDigits)
            } else {
                // Up to 19 digits (how the service prints a float64): divide in integers.
                value = dividedByPowerOf10(mantissa, fractionDigits)
            }
            return negative ? -value : value
        }
        // Slow path: validate the alphabet (no nan, inf, hex), then let the
        // standard library parse it.
        for byte in text {
            let ok =
                byte &- 0x30 < 10 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
                || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
            if !ok { return nil }
        }
        guard let value = Double(String(decoding: text, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }
}
