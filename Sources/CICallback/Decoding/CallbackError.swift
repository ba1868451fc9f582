/// The one error ``CallbackDecoder`` throws: what went wrong, and where.
///
/// Syntax errors carry the line and column libxml2 (or the JSON reader) reports.
/// Value errors carry the node path (`Response.JobsDetail[0].Operation…`) and the
/// offending text, and, for XML, the line and column of the end of that node.
public struct CallbackError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is: stable, for programs to branch on.
    ///
    /// A struct with static members rather than an enum, so a kind added later does
    /// not break a `switch` that compiles today: compare with `==`, or `switch` with a
    /// `default`. A crossed limit is ``limitExceeded(_:)``, and ``limit`` says which.
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private enum Base: Hashable {
            case emptyBody, unknownFormat, syntax, invalidRoot, doctypeNotAllowed
            case limitExceeded(Limit)
            case invalidValue, repeatedNode, unexpectedContent
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// The body has no bytes, or only whitespace.
        public static let emptyBody = Kind(.emptyBody)
        /// Neither the content type nor the first byte says XML or JSON.
        public static let unknownFormat = Kind(.unknownFormat)
        /// The body is not well-formed XML or JSON (includes invalid UTF-8 and truncation).
        public static let syntax = Kind(.syntax)
        /// The XML root is not `Response`, or the JSON body is not an object.
        public static let invalidRoot = Kind(.invalidRoot)
        /// The XML body has a DOCTYPE: DTDs, and so entity declarations, are refused.
        public static let doctypeNotAllowed = Kind(.doctypeNotAllowed)
        /// One of the ``Limits`` was exceeded.
        public static func limitExceeded(_ limit: Limit) -> Kind { Kind(.limitExceeded(limit)) }
        /// A node's text does not fit the field's type (`<Confidence>high</Confidence>`).
        public static let invalidValue = Kind(.invalidValue)
        /// A node the schema allows once appears again.
        public static let repeatedNode = Kind(.repeatedNode)
        /// A value node has child elements, or a container node has text.
        public static let unexpectedContent = Kind(.unexpectedContent)

        /// The limit crossed, for ``limitExceeded(_:)``; `nil` for every other kind.
        public var limit: Limit? {
            if case .limitExceeded(let limit) = base { return limit }
            return nil
        }

        /// A short, stable name: `syntax`, `limitExceeded(depth)`, …
        public var description: String {
            switch base {
            case .emptyBody: "emptyBody"
            case .unknownFormat: "unknownFormat"
            case .syntax: "syntax"
            case .invalidRoot: "invalidRoot"
            case .doctypeNotAllowed: "doctypeNotAllowed"
            case .limitExceeded(let limit): "limitExceeded(\(limit))"
            case .invalidValue: "invalidValue"
            case .repeatedNode: "repeatedNode"
            case .unexpectedContent: "unexpectedContent"
            }
        }
    }

    /// One of the ``Limits``, by name: compare with `==`, or `switch` with a `default`
    /// (a struct, so a limit added later breaks no code).
    public struct Limit: Sendable, Hashable, CustomStringConvertible {
        /// The limit's stable name: `bodySize`, `depth`, `nodeCount`, `textLength`.
        public let name: String

        private init(_ name: String) { self.name = name }

        /// The body is longer than ``Limits/maxBodyBytes``.
        public static let bodySize = Limit("bodySize")
        /// Nodes nest deeper than ``Limits/maxDepth``.
        public static let depth = Limit("depth")
        /// The body has more nodes than ``Limits/maxNodeCount``.
        public static let nodeCount = Limit("nodeCount")
        /// A node's text is longer than ``Limits/maxTextBytes``.
        public static let textLength = Limit("textLength")

        /// The name.
        public var description: String { name }
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
