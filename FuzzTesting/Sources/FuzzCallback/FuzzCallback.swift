// libFuzzer harness for CICallback: every way a callback body can be decoded.
//
// A callback URL is public, so any bytes at all may arrive. For every input this
// harness runs
//   1. `decode` with the format sniffed from the body (default limits), then the
//      canonical JSON and the derived views of a successful result;
//   2. `decode` with an explicit XML content type (small limits, `Data` input);
//   3. `decode` with an explicit JSON content type (small limits);
//   4. `decodeNodes`, the generic lossless tree (default limits);
//   5. the incremental decoder, fed in small chunks whose sizes come from the
//      input itself (small limits; no content type, so sniffing is chunked too);
//   6. `decode` in strict mode (small limits), where the first problem throws.
// Every error and problem description must be one line (rule 14).
// Errors are expected and swallowed (their description is still rendered, as a
// server would log it). Only a crash, a sanitizer report, a timeout, a leak or
// running out of memory is a finding.
//
// With CICALLBACK_FUZZ_STRICT=1 the harness also checks invariants and traps when
// one fails: a body that decodes whole decodes the same when fed in chunks; the
// canonical JSON of a result is valid JSON that decodes back to an equal value
// (problems aside); strict decoding succeeds exactly when the lenient decode has no
// problems, and otherwise throws one of them.
import CICallback
import Foundation

/// Small limits, as a server facing the internet might set them.
let fuzzLimits = Limits(maxBodyBytes: 1 << 20, maxDepth: 64, maxNodeCount: 100_000, maxTextBytes: 64 << 10)

private let defaultDecoder = CallbackDecoder()
private let smallDecoder = CallbackDecoder(limits: fuzzLimits)
private let strictDecoder = CallbackDecoder(limits: fuzzLimits, strict: true)
private let strict = ProcessInfo.processInfo.environment["CICALLBACK_FUZZ_STRICT"] == "1"

/// libFuzzer's entry point: one input through every decoding path (see README.md).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCallback(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    runAll(bytes)
    return 0
}

func runAll(_ bytes: [UInt8]) {
    // 1. Sniffed format, default limits, and everything built from a result.
    let whole = result { () throws(CallbackError) in try defaultDecoder.decode(bytes) }
    if case .success(let callback) = whole {
        exercise(callback)
    }

    // 2. and 3. Explicit content types, small limits.
    if case .success(let callback) = result({ () throws(CallbackError) in
        try smallDecoder.decode(Data(bytes), contentType: "application/xml")
    }) {
        exercise(callback)
    }
    if case .success(let callback) = result({ () throws(CallbackError) in
        try smallDecoder.decode(bytes, contentType: "application/json; charset=utf-8")
    }) {
        exercise(callback)
    }

    // 4. The generic view.
    if case .success(let node) = result({ () throws(CallbackError) in try defaultDecoder.decodeNodes(bytes) }) {
        exercise(node)
    }

    // 5. Incremental, in chunks.
    let chunked = result { () throws(CallbackError) in try decodeInChunks(bytes) }
    if case .success(let callback) = chunked {
        _ = callback.canonicalJSON()
    }

    // 6. Strict.
    let strictly = result { () throws(CallbackError) in try strictDecoder.decode(bytes) }
    if case .success(let callback) = strictly {
        exercise(callback)
    }

    if strict {
        checkInvariants(bytes, chunked: chunked, strictly: strictly)
    }
}

/// Feeds the body in pieces: a first piece whose length comes from the first byte
/// and the length, then pieces of 1...16 bytes.
func decodeInChunks(_ bytes: [UInt8]) throws(CallbackError) -> Callback {
    let decoder = smallDecoder.makeIncrementalDecoder(contentType: nil)
    var offset = 0
    if let first = bytes.first {
        let split = (Int(first) &* 31 &+ bytes.count) % (bytes.count + 1)
        try decoder.feed(bytes[0..<split])
        offset = split
    }
    let step = 1 + (Int(bytes.first ?? 0) ^ bytes.count) & 15
    while offset < bytes.count {
        let end = min(bytes.count, offset + step)
        try decoder.feed(bytes[offset..<end])
        offset = end
    }
    return try decoder.finish()
}

/// Everything a caller might do with a decoded callback.
func exercise(_ callback: Callback) {
    let json = callback.canonicalJSON()
    precondition(!json.isEmpty)
    var hasher = Hasher()
    hasher.combine(callback)
    _ = hasher.finalize()
    _ = callback.eventName == .taskFinish
    for problem in callback.problems { checkOneLine(problem) }
    for job in callback.jobsDetail {
        _ = job.jobType
        _ = job.operation?.jobTypeNodeNames
        _ = job.input?.header(named: "Content-Type")
        _ = job.state?.description
        _ = job.creationTime?.date
    }
    for node in callback.unknownNodes { exercise(node) }
}

func exercise(_ node: Node) {
    var hasher = Hasher()
    hasher.combine(node)
    _ = hasher.finalize()
    _ = node.isEmpty
    _ = node.first(named: "JobsDetail")
    _ = node.value(at: "JobsDetail", "Operation", "UserData")
    _ = try? JSONEncoder().encode(node)
}

/// `Result(catching:)` keeps untyped errors; this keeps ours, and renders the
/// error's description the way a server would log it.
func result<T>(_ body: () throws(CallbackError) -> T) -> Result<T, CallbackError> {
    do {
        return .success(try body())
    } catch {
        checkOneLine(error)
        _ = error.kind.description
        return .failure(error)
    }
}

/// Rule 14: what a server logs of an error or a problem is one line.
func checkOneLine(_ error: CallbackError) {
    let description = error.description
    if description.contains(where: \.isNewline) {
        fatalError("description spans lines: \(description.debugDescription)")
    }
}

// MARK: - Strict mode

func checkInvariants(
    _ bytes: [UInt8], chunked: Result<Callback, CallbackError>, strictly: Result<Callback, CallbackError>
) {
    let whole = result { () throws(CallbackError) in try smallDecoder.decode(bytes) }
    switch (whole, chunked) {
    case (.success(let a), .success(let b)):
        // `==` compares problems by content; their positions must agree too.
        if a != b || a.problems != b.problems { fatalError("whole and chunked decodes differ") }
    case (.success, .failure(let error)):
        fatalError("whole decode succeeded, chunked failed: \(error)")
    case (.failure(let error), .success):
        fatalError("chunked decode succeeded, whole failed: \(error)")
    case (.failure, .failure):
        break
    }
    switch (whole, strictly) {
    case (.success(let lenient), .success(let strict)):
        if !lenient.problems.isEmpty || lenient != strict {
            fatalError("strict decoded, lenient differs or has problems")
        }
    case (.success(let lenient), .failure(let error)):
        if !lenient.problems.contains(error) { fatalError("strict threw \(error), not one of \(lenient.problems)") }
    case (.failure(let error), .success):
        fatalError("strict decoded, lenient failed: \(error)")
    case (.failure, .failure):
        break
    }
    guard case .success(var callback) = whole else { return }
    callback.problems = []
    callback.omittedProblemCount = 0
    let json = callback.canonicalJSON()
    guard (try? JSONSerialization.jsonObject(with: json)) != nil else {
        fatalError("canonical JSON is not JSON: \(String(decoding: json, as: UTF8.self))")
    }
    let decoded: Callback
    do {
        decoded = try JSONDecoder().decode(Callback.self, from: json)
    } catch {
        fatalError("canonical JSON does not decode: \(error)\n\(String(decoding: json, as: UTF8.self))")
    }
    if decoded != callback {
        fatalError("canonical JSON does not round-trip: \(String(decoding: json, as: UTF8.self))")
    }
}
