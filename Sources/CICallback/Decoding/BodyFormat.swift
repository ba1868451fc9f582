/// The two wire formats of a callback body.
///
/// The two formats CI documents for a callback body; closed on purpose (a third
/// would be a new API, not a new case of this one).
public enum BodyFormat: String, Sendable, Hashable, Codable {
    /// XML: `application/xml`, `text/xml`, or a body that starts with `<` (after
    /// whitespace and an optional byte-order mark).
    case xml
    /// JSON: `application/json`, or a body that starts with `{`.
    case json
}

extension BodyFormat {
    /// The format an explicit content type names (rule 1), ignoring parameters such
    /// as `; charset=utf-8`. `nil` for a type that names neither (then the body is sniffed).
    public init?(contentType: String) {
        let mediaType =
            contentType.split(separator: ";", maxSplits: 1).first.map {
                $0.trimmingWhitespace().lowercased()
            } ?? ""
        switch mediaType {
        case "application/xml", "text/xml": self = .xml
        case "application/json", "text/json": self = .json
        case _ where mediaType.hasSuffix("+xml"): self = .xml
        case _ where mediaType.hasSuffix("+json"): self = .json
        default: return nil
        }
    }

    /// Sniffs the first byte that is not whitespace, after an optional UTF-8 BOM:
    /// `<` is XML, `{` is JSON. Returns `nil` while the bytes seen so far are only
    /// BOM and whitespace; throws when that byte is anything else.
    ///
    /// `scanned` is where to resume: bytes before it are known to be BOM or
    /// whitespace, so a body fed in many small chunks is scanned once, not again
    /// from the start for every chunk.
    static func sniff(_ bytes: UnsafeRawBufferPointer, scanned: inout Int) throws(CallbackError) -> BodyFormat? {
        var index = scanned
        if index == 0 {
            var matched = 0
            while matched < min(3, bytes.count), ByteOrderMark.continues(bytes[matched], at: matched) { matched += 1 }
            if matched > 0, matched == bytes.count, matched < 3 { return nil }  // a BOM cut short: wait
            if matched == 3 { index = 3 }
        }
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            case UInt8(ascii: "<"): return .xml
            case UInt8(ascii: "{"): return .json
            default:
                let (line, column) = TextPosition.lineAndColumn(of: index, in: bytes)
                throw CallbackError(
                    kind: .unknownFormat,
                    message: "the body starts with neither '<' (XML) nor '{' (JSON) and no content type says which",
                    line: line, column: column,
                    text: String(decoding: bytes[index..<min(bytes.count, index + 16)], as: UTF8.self))
            }
        }
        scanned = index
        return nil
    }
}

extension StringProtocol {
    /// The text without the whitespace at its ends, as Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives it (scalar by scalar, the same
    /// characters), for header values, without Foundation's `String` API.
    func trimmingWhitespace() -> String {
        var scalars = unicodeScalars[...]
        while let first = scalars.first, first.isWhitespaceToTrim { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespaceToTrim { scalars.removeLast() }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }
}

extension Unicode.Scalar {
    /// The characters of `CharacterSet.whitespaces`: tab, the space separators
    /// (Unicode category Zs) and U+200B, which Foundation counts too.
    fileprivate var isWhitespaceToTrim: Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
