import Foundation

/// One byte-level pass over a JSON body before `JSONSerialization` sees it:
/// bounds nesting depth, and turns trailing commas (`{"a": 1,}`) into spaces so
/// they parse on every platform without moving any line or column.
enum JSONPrepass {
    /// The bytes to parse: the body itself, or a copy with trailing commas blanked.
    enum Prepared {
        case original(UnsafeRawBufferPointer)
        case edited([UInt8])

        var data: Data {
            switch self {
            case .original(let bytes): Data(bytes)
            case .edited(let bytes): Data(bytes)
            }
        }
    }

    static func prepare(_ body: UnsafeRawBufferPointer, maxDepth: Int) throws(CallbackError) -> Prepared {
        var edited: [UInt8]?
        var depth = 0
        var inString = false
        var escaped = false
        /// Offset of a comma not yet followed by a value.
        var pendingComma: Int?
        /// Whether the last significant byte ended a value (so a comma may follow).
        var afterValue = false
        for index in 0..<body.count {
            let byte = body[index]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    afterValue = true
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                pendingComma = nil
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
            case 0x20, 0x0A, 0x0D, 0x09:
                break
            default:
                pendingComma = nil
                afterValue = true  // part of a number, true, false or null
            }
        }
        if let edited { return .edited(edited) }
        return .original(body)
    }
}
