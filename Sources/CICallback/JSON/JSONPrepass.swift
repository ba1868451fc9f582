import Foundation

/// One byte-level pass over a JSON body before `JSONSerialization` sees it:
/// bounds nesting depth, and turns trailing commas (`{"a": 1,}`) into spaces so
/// they parse on every platform without moving any line or column.
enum JSONPrepass {
    /// The bytes to parse: the body itself, or a copy with trailing commas blanked.
    enum Prepared {
        case original(UnsafeRawBufferPointer)
        case edited([UInt8])

        /// The bytes as `Data` for `JSONSerialization`; the body itself is lent without
        /// a copy, which is safe because the parse ends before `read` returns.
        var data: Data {
            switch self {
            case .original(let bytes):
                guard let base = bytes.baseAddress else { return Data() }
                return Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none)
            case .edited(let bytes): return Data(bytes)
            }
        }
    }

    static func prepare(_ body: UnsafeRawBufferPointer, maxDepth: Int) throws(CallbackError) -> Prepared {
        guard let base = body.baseAddress else { return .original(body) }
        let count = body.count
        var edited: [UInt8]?
        var depth = 0
        /// Offset of a comma not yet followed by a value.
        var pendingComma: Int?
        /// Whether the last significant byte ended a value (so a comma may follow).
        var afterValue = false
        var index = 0
        while index < count {
            let byte = base.load(fromByteOffset: index, as: UInt8.self)
            switch byte {
            case UInt8(ascii: "\""):
                index = skipString(base, count, from: index + 1)
                pendingComma = nil
                afterValue = true
                continue
            case 0x20:
                // Indentation: whole words of spaces at a time.
                index += 1
                while index + 8 <= count, base.loadUnaligned(fromByteOffset: index, as: UInt64.self) == spaces {
                    index += 8
                }
                continue
            case 0x0A, 0x0D, 0x09:
                break
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                // The top-level object stands for `Response`, which the depth limit counts as 1.
                if depth > maxDepth {
                    let (line, column) = TextPosition.lineAndColumn(of: index, in: body)
                    throw CallbackError(
                        kind: .limitExceeded(.depth), message: "nesting deeper than \(maxDepth)", format: .json,
                        line: line, column: column)
                }
                pendingComma = nil
                afterValue = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                afterValue = true
                if let comma = pendingComma {
                    var copy = edited ?? Array(body)
                    edited = nil  // keep one reference so the write does not copy
                    copy[comma] = UInt8(ascii: " ")
                    edited = copy
                    pendingComma = nil
                }
            case UInt8(ascii: ","):
                pendingComma = afterValue ? index : nil
                afterValue = false
            case UInt8(ascii: ":"):
                pendingComma = nil
                afterValue = false
            default:
                pendingComma = nil
                afterValue = true  // part of a number, true, false or null
            }
            index += 1
        }
        if let edited { return .edited(edited) }
        return .original(body)
    }

    private static let spaces: UInt64 = 0x2020_2020_2020_2020

    /// The offset just past the closing quote of a string whose content starts at
    /// `start` (or the end of the body, for an unterminated one: Foundation reports it).
    @inline(__always)
    private static func skipString(_ base: UnsafeRawPointer, _ count: Int, from start: Int) -> Int {
        var index = start
        while index < count {
            // Eight bytes at a time while none is a quote or a backslash.
            while index + 8 <= count {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if hasByte(word, 0x22) || hasByte(word, 0x5C) { break }
                index += 8
            }
            guard index < count else { break }
            let byte = base.load(fromByteOffset: index, as: UInt8.self)
            if byte == UInt8(ascii: "\\") {
                index += 2
            } else if byte == UInt8(ascii: "\"") {
                return index + 1
            } else {
                index += 1
            }
        }
        return count
    }

    /// Whether any byte of the word equals `byte` (the classic SWAR zero-byte test).
    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & 0x8080_8080_8080_8080 != 0
    }
}
