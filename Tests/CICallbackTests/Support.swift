import Foundation
import XCTest

@testable import CICallback

/// The fixtures under `Fixtures/`, found from this file's path (no resources to copy).
enum Fixtures {
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// One body and what it must decode to: `<dir>/expected/<file>.json` (its
    /// canonical JSON) and, when it has problems, `<dir>/expected/<file>.problems`
    /// (one `<kind> <line:column> <path>` a line); or `<dir>/expected/<file>.error`
    /// (`<kind> <line:column> <path>`).
    struct Fixture: CustomStringConvertible {
        let url: URL
        /// `video-tag/job-api.xml`
        let name: String

        var data: Data { (try? Data(contentsOf: url)) ?? Data() }
        var expectedDirectory: URL { url.deletingLastPathComponent().appendingPathComponent("expected") }
        var expectedJSON: URL { expectedDirectory.appendingPathComponent(url.lastPathComponent + ".json") }
        var expectedError: URL { expectedDirectory.appendingPathComponent(url.lastPathComponent + ".error") }
        var expectedProblems: URL { expectedDirectory.appendingPathComponent(url.lastPathComponent + ".problems") }
        /// The expected problems, one a line; none when there is no `.problems` file.
        var problemLines: [String] {
            guard let text = try? String(contentsOf: expectedProblems, encoding: .utf8) else { return [] }
            return text.split(separator: "\n").map(String.init)
        }
        var mustFail: Bool { FileManager.default.fileExists(atPath: expectedError.path) }
        var description: String { name }

        /// The expected canonical JSON, compact (the file is laid out one field a line,
        /// see `ExpectationLayout`): compare it byte for byte with `canonicalJSON()`.
        var expectedCanonicalJSON: Data {
            get throws { ExpectationLayout.compact(try Data(contentsOf: expectedJSON)) }
        }
    }
}

/// Expected canonical JSON files are the canonical bytes laid out for reading, one
/// field a line (keys stay sorted: they are the canonical form's), so a diff of an
/// expectation is a diff of the value. Only whitespace outside strings is added, so
/// `compact(pretty(x)) == x` and the comparison stays byte-exact on the canonical form.
enum ExpectationLayout {
    static func pretty(_ compact: Data) -> Data {
        let bytes = [UInt8](compact)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var depth = 0
        var strings = Strings()
        func newline() {
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if strings.isInside(after: byte) {
                out.append(byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                out.append(byte)
                if index < bytes.count, bytes[index] == close {  // {} and [] stay on one line
                    out.append(close)
                    index += 1
                } else {
                    depth += 1
                    newline()
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                newline()
                out.append(byte)
            case UInt8(ascii: ","):
                out.append(byte)
                newline()
            case UInt8(ascii: ":"):
                out.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\n"))
        return Data(out)
    }

    /// Where a JSON text's strings are, a byte at a time: `isInside(after:)` says
    /// whether the byte belongs to a string (its quotes included).
    private struct Strings {
        private var inString = false
        private var escaped = false

        mutating func isInside(after byte: UInt8) -> Bool {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                return true
            }
            if byte == UInt8(ascii: "\"") {
                inString = true
                return true
            }
            return false
        }
    }

    /// The canonical bytes of a laid-out file: whitespace outside strings removed.
    static func compact(_ pretty: Data) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(pretty.count)
        var strings = Strings()
        for byte in pretty {
            let inside = strings.isInside(after: byte)
            if !inside, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") { continue }
            out.append(byte)
        }
        return Data(out)
    }
}

extension Fixtures {
    /// Every body in `Fixtures/<dir>/`: adding a file adds it to every fixture-driven test.
    static var all: [Fixture] {
        let manager = FileManager.default
        let folders = (try? manager.contentsOfDirectory(atPath: directory.path)) ?? []
        var result: [Fixture] = []
        for folder in folders.sorted() {
            let folderURL = directory.appendingPathComponent(folder)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: folderURL.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                continue
            }
            for file in ((try? manager.contentsOfDirectory(atPath: folderURL.path)) ?? []).sorted()
            where file != "expected" && file != "README.md" {
                result.append(Fixture(url: folderURL.appendingPathComponent(file), name: "\(folder)/\(file)"))
            }
        }
        return result
    }

    static func named(_ name: String) -> Fixture {
        Fixture(url: directory.appendingPathComponent(name), name: name)
    }

    static func data(_ name: String) -> Data { named(name).data }

    /// The XML and JSON forms of the same job, as the seeds publish them (rule 6).
    static let pairs: [(xml: String, json: String)] = [
        ("video-tag/job-api.xml", "video-tag/job-api.json"),
        ("video-tag/job-api-en.xml", "video-tag/job-api-en.json"),
        ("voice-separate/workflow.xml", "voice-separate/workflow.json"),
        ("pic-process/workflow.xml", "pic-process/workflow.json"),
        ("workflow-finish/from-schema.xml", "workflow-finish/from-schema.json"),
    ]
}

/// Decodes a string body with the default decoder.
func decode(_ body: String, contentType: String? = nil, limits: Limits = Limits()) throws -> Callback {
    try CallbackDecoder(limits: limits).decode(Data(body.utf8), contentType: contentType)
}

/// Asserts that decoding fails with this kind, and returns the error for more checks.
@discardableResult
func assertDecodeError(
    _ body: some ContiguousBytes, kind: CallbackError.Kind, contentType: String? = nil, limits: Limits = Limits(),
    strict: Bool = false, file: StaticString = #filePath, line: UInt = #line
) -> CallbackError? {
    do {
        let value = try CallbackDecoder(limits: limits, strict: strict).decode(body, contentType: contentType)
        XCTFail("expected a \(kind) error, decoded \(value)", file: file, line: line)
        return nil
    } catch {
        XCTAssertEqual(error.kind, kind, "\(error)", file: file, line: line)
        return error
    }
}

@discardableResult
func assertDecodeError(
    _ body: String, kind: CallbackError.Kind, contentType: String? = nil, limits: Limits = Limits(),
    strict: Bool = false, file: StaticString = #filePath, line: UInt = #line
) -> CallbackError? {
    assertDecodeError(
        Data(body.utf8), kind: kind, contentType: contentType, limits: limits, strict: strict, file: file, line: line)
}

extension Callback {
    var job: JobsDetail? { jobsDetail.first }
}

/// A VideoTag body of about `bytes` bytes: many PlaceTags with ClipFrameResults, Tags, ActionTags.
func largeVideoTagXML(approximateBytes bytes: Int) -> String {
    var body = "<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>jbig</JobId><Tag>VideoTag</Tag>"
    body += "<Operation><VideoTagResult><StreamData><Data>"
    var index = 0
    while body.utf8.count < bytes {
        body += "<PlaceTags><StartTime>\(index)</StartTime><EndTime>\(index + 1).5</EndTime>"
        body += "<StartIndex>\(index * 25)</StartIndex><EndIndex>\(index * 25 + 24)</EndIndex>"
        for frame in 0..<5 { body += "<ClipFrameResult>办公室:0.\(50 + frame)</ClipFrameResult>" }
        body += "<Tags><Confidence>0.591724</Confidence><Tag>Office &amp; more</Tag><TagCls>办公</TagCls></Tags>"
        body += "</PlaceTags>\n"
        index += 1
    }
    body += "</Data><SubErrCode>0</SubErrCode></StreamData></VideoTagResult></Operation></JobsDetail></Response>\n"
    return body
}
