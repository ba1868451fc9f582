/// The one error ``CallbackDecoder`` throws: what went wrong, and where.
///
/// Syntax errors carry the line and column libxml2 (or the JSON reader) reports.
/// Value errors carry the node path (`Response.JobsDetail[0].Operation…`) and the
/// offending text, and, for XML, the line and column of the end of that node.
public struct CallbackError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is: stable, for programs to branch on.
    public enum Kind: Sendable, Hashable, CustomStringConvertible {
        /// The body has no bytes, or only whitespace.
        case emptyBody
        /// Neither the content type nor the first byte says XML or JSON.
        case unknownFormat
        /// The body is not well-formed XML or JSON (includes invalid UTF-8 and truncation).
        case syntax
        /// The XML root is not `Response`, or the JSON body is not an object.
        case invalidRoot
        /// The XML body has a DOCTYPE: DTDs, and so entity declarations, are refused.
        case doctypeNotAllowed
        /// One of the ``Limits`` was exceeded.
        case limitExceeded(Limit)
        /// A node's text does not fit the field's type (`<Confidence>high</Confidence>`).
        case invalidValue
        /// A node the schema allows once appears again.
        case repeatedNode
        /// A value node has child elements, or a container node has text.
        case unexpectedContent

        /// A short, stable name: `syntax`, `limitExceeded(depth)`, …
        public var description: String {
            switch self {
            case .emptyBody: "emptyBody"
            case .unknownFormat: "unknownFormat"
            case .syntax: "syntax"
            case .invalidRoot: "invalidRoot"
            case .doctypeNotAllowed: "doctypeNotAllowed"
            case .limitExceeded(let limit): "limitExceeded(\(limit.rawValue))"
            case .invalidValue: "invalidValue"
            case .repeatedNode: "repeatedNode"
            case .unexpectedContent: "unexpectedContent"
            }
        }
    }

    /// The ``Limits``, by name.
    public enum Limit: String, Sendable, Hashable {
        /// The body is longer than ``Limits/maxBodyBytes``.
        case bodySize
        /// Nodes nest deeper than ``Limits/maxDepth``.
        case depth
        /// The body has more nodes than ``Limits/maxNodeCount``.
        case nodeCount
        /// A node's text is longer than ``Limits/maxTextBytes``.
        case textLength
    }

    /// What kind of error it is.
    public var kind: Kind
    /// What is wrong, in words.
    public var message: String
    /// The format the body was read as, when known.
    public var format: BodyFormat?
    /// The 1-based line, when the reader knows it.
    public var line: Int?
    /// The 1-based column, when the reader knows it.
    public var column: Int?
    /// The node path, for errors about a node: `Response.JobsDetail[0].Operation.JobLevel`.
    public var path: String?
    /// The offending text, for value errors.
    public var text: String?

    /// An error with these fields; the decoder makes them, tests and callers may too.
    public init(
        kind: Kind, message: String, format: BodyFormat? = nil, line: Int? = nil, column: Int? = nil,
        path: String? = nil, text: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.format = format
        self.line = line
        self.column = column
        self.path = path
        self.text = text
    }

    /// `line:column` when known.
    public var position: String? {
        guard let line else { return nil }
        if let column { return "\(line):\(column)" }
        return "\(line)"
    }

    /// One line: `3:16: Response.JobsDetail[0].Code: <message> (text: "…")`.
    /// Node names and messages come from the body, so control characters, newlines
    /// and line separators in them are escaped: a body cannot forge log lines.
    public var description: String {
        guard let position else { return detail }
        return "\(position): \(detail)"
    }

    /// The description without the position: `<path>: <message> (text: "…")`.
    public var detail: String {
        var line = ""
        if let path { line += Self.escapingControlCharacters(path) + ": " }
        line += Self.escapingControlCharacters(message)
        if let text { line += " (text: \(Self.quote(text)))" }
        return line
    }

    /// Quotes offending text for a one-line message: escapes quotes, backslashes and
    /// control characters, and cuts it short.
    static func quote(_ text: String, limit: Int = 80) -> String {
        var out = "\""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                out += "…"
                break
            }
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: appendEscaped(scalar, to: &out)
            }
            count += 1
        }
        return out + "\""
    }

    /// The text with newlines, tabs, other control characters (C0, DEL, C1) and the
    /// Unicode line and paragraph separators written as escapes (`\n`, `\u{2028}`),
    /// so it prints as part of one line. Other characters are unchanged.
    public static func escapingControlCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars { appendEscaped(scalar, to: &out) }
        return out
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    private static func appendEscaped(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar {
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where needsEscape(scalar): out += "\\u{\(String(scalar.value, radix: 16))}"
        default: out.unicodeScalars.append(scalar)
        }
    }
}

/// The two wire formats of a callback body.
public enum BodyFormat: String, Sendable, Hashable, Codable {
    /// XML: `application/xml`, `text/xml`, or a body that starts with `<` (after
    /// whitespace and an optional byte-order mark).
    case xml
    /// JSON: `application/json`, or a body that starts with `{`.
    case json
}
