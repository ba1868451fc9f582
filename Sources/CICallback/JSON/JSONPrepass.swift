#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One byte-level pass over every JSON body before `JSONSerialization` sees it.
///
/// - Validates the syntax (RFC 8259: one value, objects, arrays, strings with valid
///   escapes, valid UTF-8 and no raw control characters, numbers, `true`, `false`,
///   `null`; an optional UTF-8 BOM first; only whitespace after the value), so a
///   syntax error has the same message, line and column on every platform.
/// - Holds the limits on nesting depth, node count and text length while it reads,
///   so a body that crosses one costs about one read of its bytes, before Foundation
///   builds an object for it (rule 13).
/// - Turns trailing commas (`{"a": 1,}`) into spaces, so they parse on every
///   platform without moving any line or column (rule 11). Only then is the body copied.
///
/// It counts as `TreeBuilder` does, so a body the builder accepts is never refused
/// here: a node is a JSON value that is not an array (an array under a key becomes
/// the key repeated), the top-level object is `Response` (node 1, depth 1), and a
/// value's depth is one more than the objects around it. An array directly inside
/// an array has no node of its own (the builder flattens it) but counts as a level
/// here, so that nesting arrays is bounded too; no callback has one. When the
/// top-level object may be the `{"Response": {...}}` wrapper (its first key is
/// `Response`), which the builder skips, one more level and one more node are allowed.
/// Keys are names, not text: the text limit holds for string values, by their
/// decoded UTF-8 length.
enum JSONPrepass {
    /// The bytes to parse: the body itself, or a copy with trailing commas blanked.
    enum Prepared {
        case original(UnsafeRawBufferPointer)
        case edited(Data)

        /// The bytes as `Data` for `JSONSerialization`; the body itself is lent without
        /// a copy, which is safe because the parse ends before `read` returns.
        var data: Data {
            switch self {
            case .original(let bytes):
                guard let base = bytes.baseAddress else { return Data() }
                return Data(
                    bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none)
            case .edited(let data): return data
            }
        }
    }

    /// `JSONSerialization`'s own bound on nested arrays and objects: it refuses a 513th
    /// level, so no body deeper than this can decode, whatever `maxDepth` says.
    static let maxBracketDepth = 512

    static func prepare(_ body: UnsafeRawBufferPointer, limits: Limits) throws(CallbackError) -> Prepared {
        guard let base = body.baseAddress, !body.isEmpty else { return .original(body) }
        var scanner = Scanner(
            base: base.assumingMemoryBound(to: UInt8.self), count: body.count, body: body, limits: limits)
        do {
            try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxBracketDepth + 1) {
                stack throws(CallbackError) in
                try withUnsafeTemporaryAllocation(of: Int.self, capacity: maxBracketDepth + 1) {
                    marks throws(CallbackError) in
                    try scanner.scan(stack: stack.baseAddress!, marks: marks.baseAddress!)
                }
            }
        } catch {
            scanner.edited.map { free($0) }
            throw error
        }
        guard let edited = scanner.edited else { return .original(body) }
        return .edited(Data(bytesNoCopy: edited, count: body.count, deallocator: .free))
    }

    /// The depth limit alone (no node-count or text limit).
    static func prepare(_ body: UnsafeRawBufferPointer, maxDepth: Int) throws(CallbackError) -> Prepared {
        try prepare(
            body, limits: Limits(maxBodyBytes: .max, maxDepth: maxDepth, maxNodeCount: .max, maxTextBytes: .max))
    }

    /// The pass itself: a loop over values with an explicit stack of open containers.
    private struct Scanner {
        let base: UnsafePointer<UInt8>
        let count: Int
        let body: UnsafeRawBufferPointer
        let limits: Limits
        /// The copy with trailing commas blanked, once there is one (malloc'd).
        var edited: UnsafeMutableRawPointer?
        var index = 0

        init(base: UnsafePointer<UInt8>, count: Int, body: UnsafeRawBufferPointer, limits: Limits) {
            self.base = base
            self.count = count
            self.body = body
            self.limits = limits
        }

        // Stack entries.
        private static let inObject: UInt8 = 1
        private static let inArray: UInt8 = 0

        /// `stack[d]`: whether the open container at depth `d` is an object or an array;
        /// `marks[d]`: the offset of its current key (object) or its current index (array),
        /// for the path of a limit error.
        mutating func scan(stack: UnsafeMutablePointer<UInt8>, marks: UnsafeMutablePointer<Int>) throws(CallbackError) {
            index = ByteOrderMark.length(in: body)
            skipSpace()
            guard index < count else { throw syntax(at: index, "unexpected end of the body (truncated JSON?)") }
            let first = base[index]
            guard first == UInt8(ascii: "{") else {
                if Self.startsValue(first) {
                    throw CallbackError(
                        kind: .invalidRoot, message: "a JSON callback body is an object", format: .json,
                        line: position(index).0, column: position(index).1)
                }
                throw syntax(at: index, "expected a JSON object", showText: true)
            }
            // Limits with the wrapper's slack, once the first key says it may be one.
            var maxLevel = limits.maxDepth
            var maxNodes = limits.maxNodeCount
            let maxText = limits.maxTextBytes
            var nodes = 0
            /// Open objects, plus arrays directly inside arrays: the depth of the
            /// innermost open node, as the builder counts it.
            var level = 0
            /// Open arrays and objects (`stack[0..<depth]`).
            var depth = 0
            /// Whether the top-level object may be the `{"Response": {...}}` wrapper.
            var wrapped = false

            // Each turn reads one value at `index` (after whitespace), then what follows it.
            value: while true {
                guard index < count else { throw truncated() }
                let byte = base[index]
                if byte == UInt8(ascii: "[") {
                    if depth > 0, stack[depth - 1] == Self.inArray {
                        level += 1
                        if level > maxLevel {
                            throw depthError(
                                at: index, path: Self.path(base, stack, marks, depth: depth, wrapped: wrapped))
                        }
                    }
                    if depth == maxBracketDepth {
                        throw bracketError(
                            at: index, path: Self.path(base, stack, marks, depth: depth, wrapped: wrapped))
                    }
                    stack[depth] = Self.inArray
                    marks[depth] = 0
                    depth += 1
                    index += 1
                    skipSpace()
                    guard index < count else { throw truncated() }
                    if base[index] != UInt8(ascii: "]") { continue value }
                    // An empty array: no node; what follows it comes next.
                    index += 1
                    depth -= 1
                    if depth > 0, stack[depth - 1] == Self.inArray { level -= 1 }
                } else {
                    // A node: a value that is not an array.
                    nodes += 1
                    if nodes > maxNodes {
                        throw limitError(
                            .nodeCount, at: index, path: Self.path(base, stack, marks, depth: depth, wrapped: wrapped),
                            "more than \(limits.maxNodeCount) nodes")
                    }
                    if level >= maxLevel {
                        throw depthError(at: index, path: Self.path(base, stack, marks, depth: depth, wrapped: wrapped))
                    }
                    switch byte {
                    case UInt8(ascii: "{"):
                        if depth == maxBracketDepth {
                            throw bracketError(
                                at: index, path: Self.path(base, stack, marks, depth: depth, wrapped: wrapped))
                        }
                        stack[depth] = Self.inObject
                        depth += 1
                        level += 1
                        index += 1
                        skipSpace()
                        guard index < count else { throw truncated() }
                        if base[index] == UInt8(ascii: "}") {
                            index += 1
                            depth -= 1
                            level -= 1
                        } else {
                            marks[depth - 1] = index
                            let isResponse = try key()
                            if depth == 1, isResponse {
                                wrapped = true
                                // Maybe `{"Response": {...}}`, which the builder reads as its content.
                                maxLevel = limits.maxDepth == .max ? .max : limits.maxDepth + 1
                                maxNodes = limits.maxNodeCount == .max ? .max : limits.maxNodeCount + 1
                            }
                            continue value
                        }
                    case UInt8(ascii: "\""):
                        let start = index
                        if try string(maxText: maxText) {
                            throw limitError(
                                .textLength, at: start,
                                path: Self.path(base, stack, marks, depth: depth, wrapped: wrapped),
                                "a text node longer than \(maxText) bytes")
                        }
                    case UInt8(ascii: "t"):
                        try literal("true")
                    case UInt8(ascii: "f"):
                        try literal("false")
                    case UInt8(ascii: "n"):
                        try literal("null")
                    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        try number()
                    case UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ","):
                        throw syntax(at: index, "expected a value", showText: true)
                    default:
                        throw unexpected(at: index, "expected a value")
                    }
                }

                // After a value: a comma and the next one, or the end of containers.
                while true {
                    skipSpace()
                    if depth == 0 {
                        guard index == count else {
                            throw syntax(at: index, "unexpected text after the JSON object", showText: true)
                        }
                        return
                    }
                    guard index < count else { throw truncated() }
                    let byte = base[index]
                    let inObject = stack[depth - 1] == Self.inObject
                    let close = inObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                    if byte == UInt8(ascii: ",") {
                        let comma = index
                        index += 1
                        skipSpace()
                        guard index < count else { throw truncated() }
                        if base[index] == close {
                            blank(comma)  // a trailing comma (rule 11)
                        } else {
                            if inObject {
                                marks[depth - 1] = index
                                _ = try key()
                            } else {
                                marks[depth - 1] += 1
                            }
                            continue value
                        }
                    } else if byte != close {
                        throw unexpected(
                            at: index,
                            inObject
                                ? "expected ',' or '}' after a value in an object"
                                : "expected ',' or ']' after a value in an array")
                    }
                    // Close the container.
                    index += 1
                    depth -= 1
                    if inObject {
                        level -= 1
                    } else if depth > 0, stack[depth - 1] == Self.inArray {
                        level -= 1
                    }
                }
            }
        }

        /// A key, its colon and the whitespace after it (at `index`: after whitespace).
        /// Returns whether the key is `Response` (or has an escape, so might read as it).
        @inline(__always)
        private mutating func key() throws(CallbackError) -> Bool {
            guard base[index] == UInt8(ascii: "\"") else {
                throw unexpected(at: index, "expected a key (a string in double quotes)")
            }
            let start = index
            let hasEscape = try skipString()
            let length = index - start - 2
            let isResponse =
                hasEscape
                || (length == 8 && memcmp(base + start + 1, Self.response, 8) == 0)
            skipSpace()
            guard index < count else { throw truncated() }
            guard base[index] == UInt8(ascii: ":") else {
                throw unexpected(at: index, "expected ':' after a key")
            }
            index += 1
            skipSpace()
            return isResponse
        }

        private static let response: [UInt8] = Array("Response".utf8)

        /// A string value: skipped, then its decoded length checked when the raw one is
        /// over the limit. Returns whether it is longer than `maxText`.
        @inline(__always)
        private mutating func string(maxText: Int) throws(CallbackError) -> Bool {
            let start = index
            let hasEscape = try skipString()
            let raw = index - start - 2
            guard raw > maxText else { return false }
            return !hasEscape || decodedLength(from: start + 1, to: index - 1) > maxText
        }

        /// Moves past the string that starts at `index` (its opening quote), checking
        /// escapes, control characters and UTF-8. Returns whether it had an escape.
        @inline(__always)
        private mutating func skipString() throws(CallbackError) -> Bool {
            let start = index
            var i = index + 1
            var hasEscape = false
            while true {
                // Eight bytes at a time while none is a quote, a backslash, a control
                // character or a non-ASCII byte, then straight to the first that is.
                while i + 8 <= count {
                    let found = lookMask(
                        UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)))
                    if found != 0 {
                        i += found.trailingZeroBitCount >> 3
                        break
                    }
                    i += 8
                }
                guard i < count else {
                    index = start
                    throw CallbackError(
                        kind: .syntax, message: "unterminated string: the body ends inside it (truncated JSON?)",
                        format: .json, line: position(start).0, column: position(start).1, text: text(at: start))
                }
                let byte = base[i]
                if byte == UInt8(ascii: "\"") {
                    index = i + 1
                    return hasEscape
                } else if byte == UInt8(ascii: "\\") {
                    hasEscape = true
                    i = try escape(at: i)
                } else if byte < 0x20 {
                    throw syntax(at: i, "a control character in a string (it must be escaped)", showText: true)
                } else if byte < 0x80 {
                    i += 1
                } else {
                    i = try utf8(at: i)
                }
            }
        }

        /// Checks the escape at `i` (its backslash) and returns the offset after it.
        private func escape(at i: Int) throws(CallbackError) -> Int {
            guard i + 1 < count else { throw syntax(at: i, "unterminated string (truncated JSON?)") }
            switch base[i + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                return i + 2
            case UInt8(ascii: "u"):
                guard let unit = hex4(at: i + 2) else {
                    throw syntax(at: i, "invalid \\u escape: four hex digits must follow", showText: true)
                }
                if unit >= 0xDC00, unit <= 0xDFFF {
                    throw syntax(at: i, "invalid \\u escape: a low surrogate without a high one", showText: true)
                }
                guard unit >= 0xD800, unit <= 0xDBFF else { return i + 6 }
                guard i + 7 < count, base[i + 6] == UInt8(ascii: "\\"), base[i + 7] == UInt8(ascii: "u"),
                    let low = hex4(at: i + 8), low >= 0xDC00, low <= 0xDFFF
                else {
                    throw syntax(at: i, "invalid \\u escape: a high surrogate without a low one", showText: true)
                }
                return i + 12
            default:
                throw syntax(at: i, "invalid escape in a string", showText: true)
            }
        }

        private func hex4(at i: Int) -> UInt32? {
            guard i + 4 <= count else { return nil }
            var value: UInt32 = 0
            for offset in 0..<4 {
                let byte = base[i + offset]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }

        /// Checks the UTF-8 sequence whose lead byte (not ASCII) is at `i`; returns the offset after it.
        @inline(__always)
        private func utf8(at i: Int) throws(CallbackError) -> Int {
            let lead = base[i]
            // The ranges of the second byte by lead byte (Unicode 15, table 3-7).
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                high = 0x8F
            default: throw invalidUTF8(at: i)
            }
            guard i + length <= count else { throw invalidUTF8(at: i) }
            let second = base[i + 1]
            guard second >= low, second <= high else { throw invalidUTF8(at: i) }
            if length > 2 {
                guard base[i + 2] & 0xC0 == 0x80 else { throw invalidUTF8(at: i) }
                if length > 3, base[i + 3] & 0xC0 != 0x80 { throw invalidUTF8(at: i) }
            }
            return i + length
        }

        /// The UTF-8 length of a string's content once its escapes are decoded
        /// (the escapes are known to be valid).
        private func decodedLength(from start: Int, to end: Int) -> Int {
            var length = 0
            var i = start
            while i < end {
                guard base[i] == UInt8(ascii: "\\") else {
                    length += 1
                    i += 1
                    continue
                }
                guard base[i + 1] == UInt8(ascii: "u"), let unit = hex4(at: i + 2) else {
                    length += 1
                    i += 2
                    continue
                }
                if unit >= 0xD800, unit <= 0xDBFF {
                    length += 4  // with its low surrogate: 12 characters
                    i += 12
                } else {
                    length += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3
                    i += 6
                }
            }
            return length
        }

        @inline(__always)
        private mutating func literal(_ word: StaticString) throws(CallbackError) {
            let length = word.utf8CodeUnitCount
            guard index + length <= count, memcmp(base + index, word.utf8Start, length) == 0 else {
                throw syntax(at: index, "invalid literal (true, false or null?)", showText: true)
            }
            index += length
        }

        /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
        @inline(__always)
        private mutating func number() throws(CallbackError) {
            let start = index
            var i = index
            if base[i] == UInt8(ascii: "-") { i += 1 }
            guard i < count, isDigit(base[i]) else { throw syntax(at: start, "invalid number", showText: true) }
            if base[i] == UInt8(ascii: "0") {
                i += 1
                if i < count, isDigit(base[i]) {
                    throw syntax(at: start, "a number with a leading zero", showText: true)
                }
            } else {
                while i < count, isDigit(base[i]) { i += 1 }
            }
            if i < count, base[i] == UInt8(ascii: ".") {
                i += 1
                guard i < count, isDigit(base[i]) else { throw syntax(at: start, "invalid number", showText: true) }
                while i < count, isDigit(base[i]) { i += 1 }
            }
            if i < count, base[i] | 0x20 == UInt8(ascii: "e") {
                i += 1
                if i < count, base[i] == UInt8(ascii: "+") || base[i] == UInt8(ascii: "-") { i += 1 }
                guard i < count, isDigit(base[i]) else { throw syntax(at: start, "invalid number", showText: true) }
                while i < count, isDigit(base[i]) { i += 1 }
            }
            index = i
        }

        @inline(__always)
        private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

        private static func startsValue(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "\""), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                true
            default: false
            }
        }

        /// Spaces, tabs, line feeds and carriage returns; runs of spaces eight at a time.
        @inline(__always)
        private mutating func skipSpace() {
            while index < count {
                let byte = base[index]
                if byte == 0x20 {
                    // Indentation: eight spaces at a time, then to the first byte that is not one.
                    index += 1
                    while index + 8 <= count {
                        let other =
                            UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) ^ spaces
                        if other != 0 {
                            index += other.trailingZeroBitCount >> 3
                            break
                        }
                        index += 8
                    }
                } else if byte == 0x0A || byte == 0x0D || byte == 0x09 {
                    index += 1
                } else {
                    return
                }
            }
        }

        /// Blanks a trailing comma in the copy (made now if this is the first).
        private mutating func blank(_ offset: Int) {
            if edited == nil {
                guard let copy = malloc(count) else {
                    fatalError("out of memory copying a JSON body of \(count) bytes")
                }
                copy.copyMemory(from: base, byteCount: count)
                edited = copy
            }
            edited!.storeBytes(of: 0x20, toByteOffset: offset, as: UInt8.self)
        }

        // MARK: Errors (positions are computed only here)

        private func position(_ offset: Int) -> (Int, Int) {
            TextPosition.lineAndColumn(of: min(offset, count), in: body)
        }

        /// A few bytes from `offset`, for the error's text.
        private func text(at offset: Int) -> String {
            String(
                decoding: UnsafeRawBufferPointer(start: base + offset, count: min(12, count - offset)), as: UTF8.self)
        }

        private func syntax(at offset: Int, _ message: String, showText: Bool = false) -> CallbackError {
            let (line, column) = position(offset)
            return CallbackError(
                kind: .syntax, message: message, format: .json, line: line, column: column,
                text: showText && offset < count ? text(at: offset) : nil)
        }

        /// A byte that does not fit: the end of the body reads as truncation.
        private func unexpected(at offset: Int, _ message: String) -> CallbackError {
            if offset >= count { return truncated() }
            let byte = base[offset]
            if byte >= 0x80, (try? utf8(at: offset)) == nil { return invalidUTF8(at: offset) }
            return syntax(at: offset, message, showText: true)
        }

        private func truncated() -> CallbackError {
            syntax(at: count, "unexpected end of the body (truncated JSON?)")
        }

        private func invalidUTF8(at offset: Int) -> CallbackError {
            let hex = String(base[offset], radix: 16, uppercase: true)
            return syntax(at: offset, "invalid UTF-8 (byte 0x\(hex))")
        }

        private func limitError(
            _ limit: CallbackError.Limit, at offset: Int, path: String, _ message: String
        ) -> CallbackError {
            let (line, column) = position(offset)
            return CallbackError(
                kind: .limitExceeded(limit), message: message, format: .json, line: line, column: column, path: path)
        }

        private func depthError(at offset: Int, path: String) -> CallbackError {
            limitError(.depth, at: offset, path: path, "nesting deeper than \(limits.maxDepth)")
        }

        private func bracketError(at offset: Int, path: String) -> CallbackError {
            limitError(
                .depth, at: offset, path: path,
                "arrays and objects nested deeper than \(maxBracketDepth) (JSONSerialization's own limit)")
        }

        /// The JSON path of the value at `index` (inside the containers `stack[0..<depth]`):
        /// `Response.JobsDetail[0].Message`. Array elements have their JSON index; a single
        /// object has none (the builder, which knows the schema, writes `[0]` for a node that
        /// may repeat). Keys are shown as written, escapes and all.
        static func path(
            _ base: UnsafePointer<UInt8>, _ stack: UnsafeMutablePointer<UInt8>, _ marks: UnsafeMutablePointer<Int>,
            depth: Int, wrapped: Bool
        ) -> String {
            var path = "Response"
            for level in 0..<depth {
                if stack[level] == inArray {
                    path += "[\(marks[level])]"
                    continue
                }
                let start = marks[level] + 1
                var end = start
                while base[end] != UInt8(ascii: "\"") {
                    end += base[end] == UInt8(ascii: "\\") ? 2 : 1
                }
                if level == 0, wrapped { continue }  // {"Response": {...}}
                path +=
                    "."
                    + String(decoding: UnsafeRawBufferPointer(start: base + start, count: end - start), as: UTF8.self)
            }
            return path
        }
    }

    private static let spaces: UInt64 = 0x2020_2020_2020_2020

    /// The bytes of a word of string content that need a closer look (a quote, a
    /// backslash, a control character or a non-ASCII byte) as their high bits (SWAR).
    /// Zero when there is none; otherwise its lowest set bit (the first byte in
    /// memory, little-endian) is exact, while bits above it may be false alarms.
    @inline(__always)
    fileprivate static func lookMask(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        // A zero byte in `quote` or `backslash`; a byte below 0x20 in `word`; a high bit in `word`.
        let found =
            ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word) | word
        return found & 0x8080_8080_8080_8080
    }
}
