import Foundation

/// Reads a JSON body with Foundation's `JSONSerialization` and replays it to a
/// sink as the same node events the XML reader produces.
///
/// - The top-level object is the content of `Response`, or wraps it as
///   `{"Response": {...}}` when that is its only key (rule 2); either way the
///   events start with a `Response` node.
/// - An array under a key becomes the key repeated; a `null` or `""` becomes an
///   empty node (absent, rule 5); numbers and booleans become their text.
/// - `JSONSerialization` keeps no key order. The typed model does not need one
///   (unknown nodes are grouped by name), so keys are replayed as they come; the
///   generic view, and the second reading that makes an error message the same on
///   every run (`IncrementalDecoder`), replay them sorted.
enum JSONReader {
    /// Returns the root the body decoded into (a moderation body's shape, or `Response`).
    @discardableResult
    static func read(
        _ body: UnsafeRawBufferPointer, limits: Limits, into sink: TreeBuilder, sortedKeys: Bool,
        contentVersion: ContentVersion? = nil
    ) throws(CallbackError) -> CallbackRoot {
        // Our own pass first: syntax, limits and trailing commas, at about the cost of
        // reading the bytes once, so a hostile body never reaches Foundation.
        let prepared = try JSONPrepass.prepare(body, limits: limits)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: prepared.data, options: [])
        } catch {
            // What the pass accepts and Foundation still refuses (a number it cannot
            // represent, such as 1e400): Foundation's message, with its position.
            throw syntaxError(error, body: body)
        }
        guard let top = object as? [String: Any] else {
            let start = body[ByteOrderMark.length(in: body)...].firstIndex { !NumberText.isSpace($0) } ?? 0
            let (line, column) = TextPosition.lineAndColumn(of: start, in: body)
            throw CallbackError(
                kind: .invalidRoot, message: "a JSON callback body is an object", format: .json, line: line,
                column: column)
        }
        return try replay(top, into: sink, sortedKeys: sortedKeys, contentVersion: contentVersion)
    }

    /// The events of a parsed top-level object. Values are what `JSONSerialization`
    /// returns here (native `String`, `[String: Any]`, `[Any]`, `NSNumber`, `NSNull`);
    /// bridged Foundation objects (`NSString`, `NSDictionary`, `NSArray`) take the casts.
    @discardableResult
    static func replay(
        _ object: [String: Any], into sink: TreeBuilder, sortedKeys: Bool, contentVersion: ContentVersion? = nil
    ) throws(CallbackError) -> CallbackRoot {
        var top = object
        if top.count == 1, let inner = top["Response"] as? [String: Any] {
            top = inner
        }
        // A content-moderation callback has its own top level (rule 3): the body says
        // which, before any node is built.
        let root = CallbackRoot(
            topLevelKeys: top.keys, eventName: top["EventName"] as? String, hint: contentVersion,
            jobsDetailIsList: top["JobsDetail"] is [Any])
        if root != .response { sink.useRoot(root.schema) }
        try Walker(sink: sink, sortedKeys: sortedKeys).node("Response", top)
        return root
    }

    private struct Walker {
        let sink: TreeBuilder
        let sortedKeys: Bool

        func node(_ name: String, _ value: Any) throws(CallbackError) {
            // One comparison of the dynamic type picks the branch, and the value is
            // read straight out of the `Any` (see `AnyPayload`): most of a body is
            // strings, and a chain of `as?` casts cost more than the rest of the walk.
            let type = type(of: value)
            if type == String.self {
                try start(name)
                try sink.text(string: AnyPayload.read(value, as: String.self))
                try sink.endNode()
            } else if type == [String: Any].self {
                let object = AnyPayload.read(value, as: [String: Any].self)
                try start(name)
                if sortedKeys, object.count > 1 {
                    for (key, value) in object.sorted(by: { $0.key < $1.key }) { try node(key, value) }
                } else {
                    for (key, value) in object { try node(key, value) }
                }
                try sink.endNode()
            } else if type == [Any].self {
                for element in AnyPayload.read(value, as: [Any].self) { try node(name, element) }
            } else if type == NSNumber.self {
                // A number (booleans are a subclass): read like the types above, no cast.
                try self.number(name, AnyPayload.read(value, as: NSNumber.self))
            } else if let number = value as? NSNumber {
                try self.number(name, number)
            } else if let string = value as? String {
                // Bridged values (another platform's JSONSerialization) take the casts.
                try node(name, string as Any)
            } else if let object = value as? [String: Any] {
                try node(name, object as Any)
            } else if let array = value as? [Any] {
                try node(name, array as Any)
            } else {
                try start(name)  // NSNull: an empty node
                try sink.endNode()
            }
        }

        /// A number's text: `true`/`false` for a boolean, the digits of an integer
        /// (`String(Int64)`: a third of the cost of `NSNumber.stringValue`), and
        /// Foundation's text for anything else.
        private func number(_ name: String, _ number: NSNumber) throws(CallbackError) {
            try start(name)
            if isBoolean(number) {
                try sink.text(string: number.boolValue ? "true" : "false")
            } else if isInteger(number) {
                try sink.text(string: String(number.int64Value))
            } else {
                try sink.text(string: number.stringValue)
            }
            try sink.endNode()
        }

        private func start(_ name: String) throws(CallbackError) {
            try withUTF8Bytes(of: name) { bytes throws(CallbackError) in
                try sink.startNode(NameBytes(bytes.assumingMemoryBound(to: UInt8.self)))
            }
        }
    }

    /// Whether a number from `JSONSerialization` is a JSON `true` or `false`: its
    /// `objCType` (the `@encode` of the stored type) is `c`, as for every `NSNumber`
    /// made from a `Bool`, on Darwin and in swift-corelibs-foundation alike; the
    /// parser stores every JSON number as an integer (`q`, `i`) or a double (`d`).
    /// (`as? Bool` would also match the numbers 0 and 1.)
    static func isBoolean(_ number: NSNumber) -> Bool {
        let type = number.objCType
        return type[0] == CChar(UInt8(ascii: "c")) && type[1] == 0
    }

    /// Whether a number holds a signed integer (`q`, `l`, `i` or `s`: what the parser
    /// makes of a JSON number without a fraction or exponent that fits).
    static func isInteger(_ number: NSNumber) -> Bool {
        let type = number.objCType
        guard type[1] == 0 else { return false }
        switch UInt8(bitPattern: type[0]) {
        case UInt8(ascii: "q"), UInt8(ascii: "l"), UInt8(ascii: "i"), UInt8(ascii: "s"): return true
        default: return false
        }
    }

    /// Foundation reports a 0-based byte offset ("around character 27"); turn it
    /// into a line and column. "Unexpected end of file" has no offset: the end is where.
    private static func syntaxError(_ error: Error, body: UnsafeRawBufferPointer) -> CallbackError {
        let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        var message = description
        while message.last == "." { message.removeLast() }
        var offset: Int?
        if let range = message.range(of: "starting from character ") {
            // "Invalid UTF-8 sequence N bytes starting from character M": M is where the string starts.
            offset = Int(message[range.upperBound...].prefix { $0.isNumber })
            message = "invalid UTF-8 in the string that starts here"
        } else if let range = message.range(of: "around character ") {
            offset = Int(message[range.upperBound...].prefix { $0.isNumber })
            message = String(message[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
        } else if message.contains("Unexpected end of file") {
            offset = body.count
            message = "unexpected end of the body (truncated JSON?)"
        }
        var result = CallbackError(kind: .syntax, message: message, format: .json)
        if let offset, offset < body.count, message.hasPrefix("Invalid value") {
            // Show what stands there: "60:5: Invalid value (text: "}]\n}")".
            result.text = String(decoding: body[offset..<min(body.count, offset + 12)], as: UTF8.self)
        }
        if let offset {
            let (line, column) = TextPosition.lineAndColumn(of: min(offset, body.count), in: body)
            result.line = line
            result.column = column
        }
        return result
    }
}

enum TextPosition {
    /// 1-based line and column (in characters) of a byte offset in UTF-8 text.
    static func lineAndColumn(of offset: Int, in text: UnsafeRawBufferPointer) -> (Int, Int) {
        var line = 1
        var column = 1
        for index in 0..<offset {
            let byte = text[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}

/// Reads a `String`, `Dictionary`, `Array` or `NSNumber` out of an `Any` whose dynamic
/// type is known to be exactly that type, without a runtime cast.
///
/// Swift's ABI stores a value of at most three words that is bitwise-takable inline,
/// at the start of an `Any`'s container (docs/ABI/TypeLayout.rst, "Existential
/// Container Layout"); these types are one or two words (a class reference is one). `isInline` checks that
/// layout once, comparing bytes only, and `read` falls back to `as!` if it ever differs.
///
/// Measured against `as!` after the same type check (callgrind, `cicallback-bench
/// profile`, 2026-12-02): 6 KB seed 0.733 -> 0.709 M instructions per decode, 1 MiB
/// 106.6 -> 102.2 M, 13% of the library's own share on top of `JSONSerialization`
/// (73.7 M). Kept for that; the layout check makes it fall back rather than misread.
enum AnyPayload {
    static let isInline: Bool = {
        func sameBytes<T>(_ value: T) -> Bool {
            let boxed: Any = value
            return withUnsafeBytes(of: value) { expected in
                withUnsafeBytes(of: boxed) { container in
                    container.count >= expected.count
                        && memcmp(container.baseAddress!, expected.baseAddress!, expected.count) == 0
                }
            }
        }
        return sameBytes("a string too long to be stored in the struct itself")
            && sameBytes(["key": 1 as Any] as [String: Any]) && sameBytes([1 as Any]) && sameBytes(NSNumber(value: 1))
    }()

    @inline(__always)
    static func read<T>(_ value: Any, as type: T.Type) -> T {
        guard isInline else { return value as! T }
        return withUnsafePointer(to: value) { UnsafeRawPointer($0).load(as: T.self) }
    }
}
