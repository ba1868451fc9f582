#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Decodes the body of a Tencent Cloud Infinite (数据万象) callback, XML or JSON,
/// into a typed ``Callback``.
///
/// ```swift
/// let callback = try CallbackDecoder().decode(body, contentType: contentType)
/// for job in callback.jobsDetail { print(job.jobId ?? "-", job.state?.rawValue ?? "-") }
/// ```
///
/// A decoder is a small value; share one or make one per call. Decoding is safe
/// from many threads at once: each call has its own parser.
public struct CallbackDecoder: Sendable {
    /// The bounds every decode of this decoder holds to (see ``Limits``).
    public var limits: Limits
    /// When `true`, the first problem (a node that does not fit its field, see
    /// `Callback.problems`) is thrown as a `CallbackError` instead of being listed.
    /// By default a well-formed body always decodes (rule 12): a receiver that
    /// refuses a real callback loses it.
    public var strict: Bool

    /// A decoder with these limits (the defaults suit real callbacks) that lists
    /// problems, or throws the first one when `strict` is `true`.
    public init(limits: Limits = Limits(), strict: Bool = false) {
        self.limits = limits
        self.strict = strict
    }

    /// Decodes a whole body. `contentType` (from the request) decides the format
    /// when it names XML or JSON; otherwise the body is sniffed.
    ///
    /// `contentVersion` is the `X-Ci-Content-Version` request header of a
    /// content-moderation callback (`Simple`, `Detail`), when there is one: a hint
    /// for a body that does not say its shape itself.
    public func decode(
        _ body: some ContiguousBytes, contentType: String? = nil, contentVersion: String? = nil
    ) throws(CallbackError) -> Callback {
        let decoding = makeIncrementalDecoder(contentType: contentType, contentVersion: contentVersion)
        try withBodyBytes(of: body) { bytes throws(CallbackError) in try decoding.decodeWhole(bytes) }
        return decoding.takeValue()
    }

    /// The whole body as a generic, lossless tree rooted at the document element:
    /// every node in order, empty ones included. For fields the typed model does
    /// not have yet.
    public func decodeNodes(_ body: some ContiguousBytes, contentType: String? = nil) throws(CallbackError) -> Node {
        let decoding = IncrementalDecoder(
            limits: limits, strict: false, contentType: contentType, contentVersion: nil, generic: true)
        try withBodyBytes(of: body) { bytes throws(CallbackError) in try decoding.decodeWhole(bytes) }
        return decoding.takeNode()
    }

    /// The canonical JSON of a body (see `Callback.canonicalJSON()`): the same bytes
    /// for the XML and the JSON form of the same callback.
    public func canonicalJSON(
        _ body: some ContiguousBytes, contentType: String? = nil, contentVersion: String? = nil
    ) throws(CallbackError) -> Data {
        try decode(body, contentType: contentType, contentVersion: contentVersion).canonicalJSON()
    }

    /// Decodes a body that arrives as an asynchronous sequence of chunks (a request
    /// body stream), chunk by chunk, as ``IncrementalDecoder`` does: XML is parsed as it
    /// arrives, and a body over ``Limits/maxBodyBytes`` stops the reading at the chunk
    /// that crosses it.
    ///
    /// Throws a ``CallbackError`` for the body, or the sequence's own error if reading
    /// it fails.
    ///
    /// ```swift
    /// let callback = try await CallbackDecoder().decode(request.body, contentType: contentType)
    /// ```
    public func decode<Chunks: AsyncSequence>(
        _ chunks: Chunks, contentType: String? = nil, contentVersion: String? = nil
    ) async throws -> Callback where Chunks.Element: ContiguousBytes {
        let decoder = makeIncrementalDecoder(contentType: contentType, contentVersion: contentVersion)
        for try await chunk in chunks {
            try decoder.feed(chunk)
        }
        return try decoder.finish()
    }

    /// A decoder for a body that arrives in pieces: `feed` each chunk as it comes,
    /// then `finish`. XML is parsed as it arrives; JSON is collected and parsed at
    /// the end (Foundation's parser is not incremental). Limits hold throughout.
    public func makeIncrementalDecoder(contentType: String? = nil, contentVersion: String? = nil) -> IncrementalDecoder
    {
        IncrementalDecoder(
            limits: limits, strict: strict, contentType: contentType,
            contentVersion: contentVersion.map { ContentVersion(rawValue: $0.trimmingWhitespace()) },
            generic: false)
    }
}

/// Decodes one body fed in chunks. Not for sharing between threads: one per body
/// (it is deliberately not `Sendable`; the `CallbackDecoder` that makes it is).
public final class IncrementalDecoder {
    private enum State {
        /// The format is not known yet: the bytes so far (in `collected`) are only BOM and whitespace.
        case sniffing
        case xml(XMLPushReader)
        /// JSON: the body so far is in `collected`.
        case json
        case failed(CallbackError)
        case finished
    }

    private let limits: Limits
    private let strict: Bool
    private let contentVersion: ContentVersion?
    /// This decode's builder and XML reader, taken from the thread's kept session.
    private let session: DecodeSession
    private var builder: TreeBuilder { session.builder }
    /// The whole-body generic view rather than the typed model.
    private let generic: Bool
    private var state: State = .sniffing
    /// The body so far while sniffing, and the whole JSON body (Foundation's parser
    /// is not incremental). A stored property, not an enum payload: appending to a
    /// payload copies it, which made collecting quadratic in the number of chunks.
    private var collected: [UInt8] = []
    private var received = 0
    /// How far the sniffing has looked (only BOM and whitespace before it).
    private var sniffScanned = 0
    /// Whether any byte other than a leading BOM and whitespace has arrived.
    private var sawContent = false
    /// The format, once known.
    public private(set) var format: BodyFormat?
    /// The root model the body decodes into, once the JSON reader has seen its top
    /// level (an XML body is always a `Response`).
    private var root = CallbackRoot.response

    init(limits: Limits, strict: Bool, contentType: String?, contentVersion: ContentVersion?, generic: Bool) {
        self.limits = limits
        self.strict = strict
        self.contentVersion = contentVersion
        self.generic = generic
        session = DecodeSession.take(
            rootSchema: generic ? nil : CallbackRoot.response.schema, limits: limits, strict: strict)
        if let contentType, let format = BodyFormat(contentType: contentType) {
            begin(format)
        }
    }

    private func begin(_ format: BodyFormat) {
        self.format = format
        switch format {
        case .xml: state = .xml(session.xmlReader())
        case .json: state = .json
        }
    }

    /// Feeds the next chunk of the body.
    ///
    /// Throws the first error of the body (broken structure, a limit) and, once it has
    /// thrown, throws the same error again on every later call. Feeding after
    /// ``finish()`` is a programmer error and traps: a decoder reads one body.
    public func feed(_ chunk: some ContiguousBytes) throws(CallbackError) {
        try withBodyBytes(of: chunk) { bytes throws(CallbackError) in try feed(bytes) }
    }

    /// Feeds the next chunk of the body, from a buffer that is only read during the call.
    ///
    /// The same as ``feed(_:)-(ContiguousBytes)``, for callers that already hold a pointer.
    public func feed(_ bytes: UnsafeRawBufferPointer) throws(CallbackError) {
        try guarded { () throws(CallbackError) in
            if case .failed(let error) = state { throw error }  // the first error stays the error
            noteContent(bytes)
            received += bytes.count
            if received > limits.maxBodyBytes {
                throw tooLarge
            }
            switch state {
            case .failed(let error):
                throw error
            case .finished:
                preconditionFailure("IncrementalDecoder.feed(_:) after finish(): a decoder reads one body")
            case .sniffing:
                collected.append(contentsOf: bytes)
                guard
                    let sniffed = try withBytes(
                        of: collected,
                        { bytes throws(CallbackError) in
                            try BodyFormat.sniff(bytes, scanned: &sniffScanned)
                        })
                else { return }
                begin(sniffed)
                if sniffed == .xml {
                    let pending = collected
                    collected = []
                    try withBytes(of: pending) { bytes throws(CallbackError) in try forward(bytes) }
                }  // JSON: the bytes so far are the start of `collected` already
            case .xml, .json:
                try forward(bytes)
            }
        }
    }

    /// Tracks whether the body has more than a BOM and whitespace, so an empty body
    /// is `emptyBody` whether or not a content type named its format.
    private func noteContent(_ bytes: UnsafeRawBufferPointer) {
        guard !sawContent else { return }
        for (index, byte) in bytes.enumerated() {
            if ByteOrderMark.continues(byte, at: received + index) { continue }
            if !NumberText.isSpace(byte) {
                sawContent = true
                return
            }
        }
    }

    private func forward(_ bytes: UnsafeRawBufferPointer) throws(CallbackError) {
        switch state {
        case .xml(let reader):
            try reader.feed(bytes)
        case .json:
            collected.append(contentsOf: bytes)
        default:
            break
        }
    }

    /// Ends the body and returns the typed callback, with its ``Callback/problems``.
    ///
    /// Call it once: a second call is a programmer error and traps.
    public func finish() throws(CallbackError) -> Callback {
        try complete()
        return takeValue()
    }

    /// Moves the callback out after a successful decode (once), with its problems.
    /// JSON's come in Foundation's key order, which changes from run to run, so
    /// they are listed by path.
    func takeValue() -> Callback {
        var callback = root.callback(from: builder)
        callback.problems = builder.problems.map { problem in
            var problem = problem
            problem.format = format
            return problem
        }
        if format == .json, callback.problems.count > 1 {
            // By path, then by the whole line: two problems at one path (two children of
            // one value node) must not keep Foundation's order either.
            callback.problems.sort { ($0.path ?? "", $0.description) < ($1.path ?? "", $1.description) }
        }
        callback.omittedProblemCount = builder.omittedProblemCount
        session.recycle()
        return callback
    }

    /// The generic tree after a successful decode (once).
    func takeNode() -> Node {
        let node = builder.rootNode ?? Node(name: "Response")
        session.recycle()
        return node
    }

    /// A whole body at once: JSON is read in place instead of being collected.
    func decodeWhole(_ bytes: UnsafeRawBufferPointer) throws(CallbackError) {
        try guarded { () throws(CallbackError) in
            var scanned = 0
            if case .sniffing = state, let sniffed = try BodyFormat.sniff(bytes, scanned: &scanned) {
                begin(sniffed)
            }
            if case .json = state, collected.isEmpty {
                noteContent(bytes)
                if !sawContent { throw Self.empty }
                if bytes.count > limits.maxBodyBytes { throw tooLarge }
                state = .finished
                try readJSON(bytes)
                return
            }
            try feed(bytes)
            try complete()
        }
    }

    private func complete() throws(CallbackError) {
        try guarded { () throws(CallbackError) in
            switch state {
            case .failed(let error):
                throw error
            case .finished:
                preconditionFailure("IncrementalDecoder.finish() called twice: the callback was already returned")
            case .sniffing:
                throw Self.empty
            case _ where !sawContent:
                throw Self.empty
            case .xml(let reader):
                try reader.finish()
            case .json:
                try withBytes(of: collected) { bytes throws(CallbackError) in try readJSON(bytes) }
                collected = []
            }
            state = .finished
        }
    }

    private static let empty = CallbackError(kind: .emptyBody, message: "the body is empty")

    private var tooLarge: CallbackError {
        CallbackError(
            kind: .limitExceeded(.bodySize), message: "the body is larger than \(limits.maxBodyBytes) bytes",
            format: format)
    }

    /// Reads a JSON body. Keys arrive in Foundation's order, which changes from run to
    /// run; when a node fails (an error with a path), the body is read again with
    /// sorted keys, so the same body always reports the same error. Success or failure
    /// does not depend on the order, only which of several bad nodes is named first.
    private func readJSON(_ bytes: UnsafeRawBufferPointer) throws(CallbackError) {
        do {
            root = try JSONReader.read(
                bytes, limits: limits, into: builder, sortedKeys: generic, contentVersion: contentVersion)
        } catch {
            guard !generic, error.path != nil else { throw error }
            let replay = TreeBuilder(rootSchema: CallbackRoot.response.schema, limits: limits, strict: strict)
            try JSONReader.read(bytes, limits: limits, into: replay, sortedKeys: true, contentVersion: contentVersion)
            throw error
        }
    }

    /// Runs a step; on error, records it (later calls rethrow it) with the format filled in.
    private func guarded<R>(_ step: () throws(CallbackError) -> R) throws(CallbackError) -> R {
        do {
            return try step()
        } catch {
            var error = error
            if error.format == nil { error.format = format }
            state = .failed(error)
            throw error
        }
    }
}

@available(*, unavailable)
extension IncrementalDecoder: Sendable {}

/// `ContiguousBytes.withUnsafeBytes` rethrows untyped errors; this keeps ours typed.
///
/// For the public entry points (`decode`, `feed`): they are generic over the bytes'
/// type and not specialised for the caller's, so `withBytes(of:_:)`, generic over
/// its result too, would look up `Result<R, CallbackError>`'s metadata at run time
/// on every decode (2,100 instructions per decode, callgrind, a 1 KB seed); a body
/// with no result has no generic type to look up.
func withBodyBytes(
    of bytes: some ContiguousBytes, _ body: (UnsafeRawBufferPointer) throws(CallbackError) -> Void
) throws(CallbackError) {
    var failure: CallbackError?
    bytes.withUnsafeBytes { raw in
        do throws(CallbackError) {
            try body(raw)
        } catch {
            failure = error
        }
    }
    if let failure { throw failure }
}

/// `ContiguousBytes.withUnsafeBytes` with a result, keeping errors typed.
func withBytes<R>(
    of bytes: some ContiguousBytes, _ body: (UnsafeRawBufferPointer) throws(CallbackError) -> R
) throws(CallbackError) -> R {
    var result: Result<R, CallbackError>?
    bytes.withUnsafeBytes { raw in
        do throws(CallbackError) {
            result = .success(try body(raw))
        } catch {
            result = .failure(error)
        }
    }
    // `withUnsafeBytes` runs its closure exactly once.
    guard let result else { preconditionFailure("withUnsafeBytes did not run its closure") }
    return try result.get()
}
