import CICallback
import CLibXML2Bench
import Foundation
import XMLCoder

/// The measured rows. Each runs one complete decode of one body and returns a
/// small checksum so the work cannot be optimized away; the result is freed
/// before the row returns, so every time includes tearing the result down.
public enum Row: String, CaseIterable, Sendable {
    case libxml2 = "a"
    case xml = "b"
    case xmlChunked = "c"
    case jsonSerialization = "d"
    case json = "e"
    case xmlCoder = "f"

    /// The label in the results table.
    public var title: String {
        switch self {
        case .libxml2: "(a) libxml2 SAX2 no-op"
        case .xml: "(b) typed XML"
        case .xmlChunked: "(c) typed XML, 64K feed"
        case .jsonSerialization: "(d) JSONSerialization"
        case .json: "(e) typed JSON"
        case .xmlCoder: "(f) XMLCoder"
        }
    }

    /// Whether the row reads the JSON form.
    public var isJSON: Bool { self == .jsonSerialization || self == .json }

    /// Rows that need the body as `Data` (Foundation's and XMLCoder's entry points).
    public var wantsData: Bool { self == .jsonSerialization || self == .xmlCoder }

    /// Runs the row once over a body. `bytes` and `data` hold the same bytes.
    @inline(never)
    public func run(_ body: Body) -> Int {
        switch self {
        case .libxml2: return body.bytes.withUnsafeBytes { libxml2NoOp($0) }
        case .xml: return decodeWhole(body.bytes)
        case .xmlChunked: return decodeChunked(body.bytes)
        case .jsonSerialization: return runJSONSerialization(body.data)
        case .json: return decodeWhole(body.bytes)
        case .xmlCoder: return runXMLCoder(body.data)
        }
    }
}

/// One body in the two forms the rows take. `bytes` may be empty for a body
/// loaded only as `Data` (and the other way round), see `Body.load`.
public final class Body: @unchecked Sendable {
    /// The body as bytes (rows a, b, c, e).
    public let bytes: [UInt8]
    /// The body as `Data` (rows d, f).
    public let data: Data
    /// The body's size in bytes.
    public var count: Int { max(bytes.count, data.count) }

    /// A body in both forms (either may be empty).
    public init(bytes: [UInt8], data: Data) {
        self.bytes = bytes
        self.data = data
    }

    /// Loads a file. With `only` set, only the representation that row needs is
    /// kept (so a peak-RSS child holds one copy of the body, not two).
    public static func load(_ path: String, only row: Row? = nil) throws -> Body {
        let bytes = try readFile(path)
        guard let row else { return Body(bytes: bytes, data: Data(bytes)) }
        return row.wantsData ? Body(bytes: [], data: Data(bytes)) : Body(bytes: bytes, data: Data())
    }
}

/// Reads a whole file into one exactly-sized array (no intermediate copies).
public func readFile(_ path: String) throws -> [UInt8] {
    guard let file = fopen(path, "rb") else { throw BenchError("cannot open \(path)") }
    defer { fclose(file) }
    fseek(file, 0, SEEK_END)
    let size = ftell(file)
    fseek(file, 0, SEEK_SET)
    var ok = true
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
        ok = fread(buffer.baseAddress, 1, size, file) == size
        count = size
    }
    guard ok else { throw BenchError("cannot read \(path)") }
    return bytes
}

/// A benchmark set-up failure (a missing file, a body that does not decode).
public struct BenchError: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String
    /// An error with this description.
    public init(_ description: String) { self.description = description }
}

/// The chunk size of row (c), as a receiver reading a socket would feed.
public let chunkSize = 64 * 1024

// MARK: - (a) libxml2 with no-op callbacks

private let libxml2Ready: Void = xmlInitParser()

/// The floor for any SAX2 consumer: libxml2's push parser over the body in 64 KiB
/// chunks, with no-op element and text callbacks, `XML_PARSE_NONET` as the library sets.
@inline(never)
public func libxml2NoOp(_ body: UnsafeRawBufferPointer) -> Int {
    _ = libxml2Ready
    var handler = xmlSAXHandler()
    handler.initialized = UInt32(XML_SAX2_MAGIC)
    handler.startElementNs = { _, _, _, _, _, _, _, _, _ in }
    handler.endElementNs = { _, _, _, _ in }
    handler.characters = { _, _, _ in }
    guard let context = xmlCreatePushParserCtxt(&handler, nil, nil, 0, nil) else { fatalError("libxml2: no context") }
    defer { xmlFreeParserCtxt(context) }
    _ = xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue))
    var offset = 0
    while offset < body.count {
        let count = min(chunkSize, body.count - offset)
        let start = body.baseAddress!.advanced(by: offset).assumingMemoryBound(to: CChar.self)
        if xmlParseChunk(context, start, Int32(count), 0) != 0 { fatalError("libxml2: parse error") }
        offset += count
    }
    if xmlParseChunk(context, nil, 0, 1) != 0 { fatalError("libxml2: parse error at the end") }
    return Int(context.pointee.wellFormed) + Int(context.pointee.nbChars & 1)
}

// MARK: - (b), (e) whole body; (c) 64 KiB feed

/// A checksum over the typed result, read in place, as cheap as rows (a) and (d)'s:
/// the decode is opaque to the optimizer (another module, not inlinable), so the
/// result need not be read further. (It used to copy the first job out of the array
/// and cast its VideoTag result: 1,800 instructions per decode of a job body that were the
/// benchmark's, not the library's; callgrind, a 1 KB seed.)
@inline(__always)
func checksum(_ callback: Callback) -> Int {
    callback.jobsDetail.count &+ callback.problems.count &+ (callback.eventName == nil ? 0 : 1)
}

/// Row (b) and (e): one typed decode of the whole body; returns a checksum.
@inline(never)
public func decodeWhole(_ bytes: [UInt8]) -> Int {
    do {
        return checksum(try CallbackDecoder().decode(bytes))
    } catch {
        fatalError("CICallback: \(error)")
    }
}

/// Row (c): the typed XML decode fed in `chunkSize` chunks; returns a checksum.
@inline(never)
public func decodeChunked(_ bytes: [UInt8]) -> Int {
    let decoder = CallbackDecoder().makeIncrementalDecoder(contentType: nil)
    do {
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let count = min(chunkSize, raw.count - offset)
                try decoder.feed(UnsafeRawBufferPointer(rebasing: raw[offset..<offset + count]))
                offset += count
            }
        }
        return checksum(try decoder.finish())
    } catch {
        fatalError("CICallback: \(error)")
    }
}

// MARK: - (d) JSONSerialization alone

/// Row (d): `JSONSerialization` alone; returns a checksum.
@inline(never)
public func runJSONSerialization(_ data: Data) -> Int {
    do {
        let object = try JSONSerialization.jsonObject(with: data, options: [])
        return (object as? [String: Any])?.count ?? 0
    } catch {
        fatalError("JSONSerialization: \(error)")
    }
}

// MARK: - (f) XMLCoder into the compact Codable model

/// Row (f): XMLCoder into the Codable model; returns a checksum.
@inline(never)
public func runXMLCoder(_ data: Data) -> Int {
    do {
        let response = try XMLDecoder().decode(XCResponse.self, from: data)
        let jobs = response.JobsDetail ?? []
        let tagData = jobs.first?.Operation?.VideoTagResult?.StreamData?.Data
        return jobs.count &+ (tagData?.PlaceTags?.count ?? 0) &+ (tagData?.Tags?.count ?? 0)
            &+ (response.EventName == nil ? 0 : 1)
    } catch {
        fatalError("XMLCoder: \(error)")
    }
}

/// The typed decode, for sanity checks (equality of the XML and JSON forms, counts).
public func decodeCallback(_ bytes: [UInt8]) throws -> Callback {
    try CallbackDecoder().decode(bytes)
}

/// XMLCoder's value, for sanity checks.
public func decodeXMLCoder(_ data: Data) throws -> XCResponse {
    try XMLDecoder().decode(XCResponse.self, from: data)
}

/// The libxml2 the benchmark (and the library) link against.
public let libxml2Version: String = LIBXML_DOTTED_VERSION

// MARK: - Which bodies row (f) runs on

/// The job types the XMLCoder model (XMLCoderModel.swift) mirrors: the original five.
/// Row (f) runs only on bodies of these, so that it stays a like-for-like comparison
/// (on other job types XMLCoder would skip every node the model lacks while the
/// library decodes them all).
public let xmlCoderJobTypes: Set<String> = ["VideoTag", "VoiceSeparate", "PicProcess", "WordsGeneralize"]

/// Whether row (f) is like-for-like for this body: a WorkflowFinish event, or a
/// body whose every job is of one of `xmlCoderJobTypes`.
public func xmlCoderMirrors(_ callback: Callback) -> Bool {
    if callback.eventName == .workflowFinish || (callback.jobsDetail.isEmpty && callback.workflowExecution != nil) {
        return true
    }
    return !callback.jobsDetail.isEmpty
        && callback.jobsDetail.allSatisfy { xmlCoderJobTypes.contains($0.jobType?.rawValue ?? "") }
}

/// The job types of a body, for notes: `Transcode`, `VideoTag+Snapshot`, `WorkflowFinish`.
public func jobTypes(_ callback: Callback) -> String {
    let tags = callback.jobsDetail.map { $0.jobType?.rawValue ?? "?" }
    if tags.isEmpty { return callback.eventName?.rawValue ?? "?" }
    return Array(Set(tags)).sorted().joined(separator: "+")
}
