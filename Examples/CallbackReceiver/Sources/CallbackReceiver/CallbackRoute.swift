import CICallback
import Hummingbird
import Logging
import NIOCore
import Synchronization

extension Router {
    /// `POST /ci-callback/{token}`: decodes the body as it arrives, stores it, and only
    /// then acknowledges it.
    ///
    /// A `200` says the callback is kept, so it is sent after the store has committed
    /// it; a store that fails (or does not answer within `storeTimeout`) is answered
    /// `503`. Tencent does not document whether an answer other than `200` is retried:
    /// the receiver assumes it may be (this package's README, "What Tencent
    /// documents"). The same bytes delivered twice are stored once and answered `200`
    /// both times.
    ///
    /// Cloud Infinite does not sign its callbacks: the secret is the `token` in the
    /// callback URL, so serve this over HTTPS only (behind a TLS-terminating proxy).
    func addCallbackRoute(
        token: String, decoder: CallbackDecoder, store: any CallbackStore, storeTimeout: Duration
    ) {
        post("/ci-callback/{token}") { request, context -> Acknowledgement in
            guard constantTimeEquals(context.parameters.get("token") ?? "", token) else {
                throw HTTPError(.notFound)
            }
            // The format comes from Content-Type when it names XML or JSON; otherwise the body is sniffed.
            // A moderation callback says its shape in X-Ci-Content-Version (Simple, Detail): a hint.
            let decoding = decoder.makeIncrementalDecoder(
                contentType: request.headers[.contentType], contentVersion: request.headers.contentVersion)
            let clock = ContinuousClock()
            var decodeTime = Duration.zero
            let callback: Callback
            // The body exactly as received, to store; at most `maxBodyBytes`.
            var body = ByteBuffer()
            do {
                let limit = decoder.limits.maxBodyBytes
                if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
                    // Refuse before reading: the decoder would stop at the limit anyway.
                    throw CallbackError(
                        kind: .limitExceeded(.bodySize), message: "the body is larger than \(limit) bytes")
                }
                // Each chunk goes to the decoder as it arrives, and is kept to be stored.
                for try await chunk in request.body {
                    body.writeImmutableBuffer(chunk)
                    decodeTime += try clock.measure {
                        try chunk.withUnsafeReadableBytes { try decoding.feed($0) }
                    }
                }
                let start = clock.now
                callback = try decoding.finish()
                decodeTime += clock.now - start
            } catch let error as CallbackError {
                // Log the kind and where, never the body (the message may quote it). The
                // path holds names from the body: escaped, so it cannot forge log lines.
                context.logger.warning(
                    "rejected callback",
                    metadata: [
                        "error": "\(error.kind)", "at": "\(error.position ?? oneLine(error.path ?? "-"))",
                    ])
                let status: HTTPResponse.Status =
                    error.kind == .limitExceeded(.bodySize) ? .contentTooLarge : .badRequest
                throw HTTPError(status, message: String(describing: error))
            }

            let ack = Acknowledgement(callback)
            // Store, then acknowledge: nothing below answers 200 before the commit.
            let record = StoredCallback(callback: callback, body: body, contentType: request.headers[.contentType])
            let outcome: StoreOutcome
            let storeStart = clock.now
            do {
                outcome = try await withTimeout(storeTimeout) { try await store.store(record) }
            } catch {
                context.logger.error(
                    "callback not stored: 503, the service may retry",
                    metadata: [
                        "event": "\(oneLine(ack.event ?? "-"))", "key": "\(record.key)",
                        "error": "\(oneLine(String(reflecting: error)))",
                    ])
                throw HTTPError(
                    .serviceUnavailable, headers: [.retryAfter: "1"], message: "the callback could not be stored")
            }
            context.logger.info(
                "callback",
                metadata: [
                    "stored": "\(outcome.rawValue)", "key": "\(record.key)",
                    "storeMicroseconds": "\((clock.now - storeStart) / .microseconds(1))",
                    "event": "\(oneLine(ack.event ?? "-"))",
                    "jobIds": "\(oneLine(ack.jobIds.joined(separator: ",")))",
                    "states": "\(oneLine(callback.states.joined(separator: ",")))",
                    "problems": "\(callback.problems.count + callback.omittedProblemCount)",
                    "decodeMicroseconds": "\(decodeTime / .microseconds(1))",
                ])
            if let moderation = ack.moderation {
                // The verdict, from either shape (Simple or Detail); the probe the console
                // sends when a callback URL is saved is answered 200 like any other.
                context.logger.info(
                    "moderation",
                    metadata: [
                        "kind": "\(oneLine(moderation.kind))",
                        "result": "\(moderation.result.map(String.init) ?? "-")",
                        "label": "\(oneLine(moderation.label ?? "-"))",
                        "jobId": "\(oneLine(callback.moderation?.jobId ?? "-"))",
                    ])
            }
            // A value that did not fit its field is kept on the callback, not refused:
            // answering 400 to a real callback would lose it.
            for problem in callback.problems {
                context.logger.warning(
                    "callback value does not fit its field",
                    metadata: [
                        "problem": "\(problem.kind)", "at": "\(oneLine(problem.path ?? "-"))",
                        "position": "\(problem.position ?? "-")",
                    ])
            }
            return ack
        }
    }
}

/// Runs `operation`; throws `StoreTimeout` if it has not finished within `timeout`,
/// and cancels it. Does not wait for the operation to honour the cancellation (a
/// database driver stuck on a dying connection may not): the answer goes out on
/// time. An operation that still commits after that makes a later copy of the same
/// bytes, should one come, a duplicate.
func withTimeout<T: Sendable>(
    _ timeout: Duration, _ operation: @escaping @Sendable () async throws -> T
) async throws -> T {
    let race = Race<T>()
    return try await withCheckedThrowingContinuation { continuation in
        let work = Task {
            do {
                race.finish(with: .success(try await operation()))
            } catch {
                race.finish(with: .failure(error))
            }
        }
        let timer = Task {
            try? await Task.sleep(for: timeout)
            race.finish(with: .failure(StoreTimeout(timeout: timeout)))
        }
        race.start(continuation, tasks: [work, timer])
    }
}

/// The first of the operation and the timer resumes the continuation and cancels the other.
final class Race<T: Sendable>: Sendable {
    private struct State {
        var continuation: CheckedContinuation<T, any Error>?
        var tasks: [Task<Void, Never>] = []
        var result: Result<T, any Error>?
        var finished = false
    }
    private let state = Mutex(State())

    func start(_ continuation: CheckedContinuation<T, any Error>, tasks: [Task<Void, Never>]) {
        let early: Result<T, any Error>? = state.withLock { state in
            if state.finished { return state.result }
            state.continuation = continuation
            state.tasks = tasks
            return nil
        }
        if let early {
            for task in tasks { task.cancel() }
            continuation.resume(with: early)
        }
    }

    func finish(with result: Result<T, any Error>) {
        let (continuation, tasks) = state.withLock { state in
            if state.finished { return (CheckedContinuation<T, any Error>?.none, [Task<Void, Never>]()) }
            state.finished = true
            guard let continuation = state.continuation else {
                state.result = result  // before `start`: it resumes
                return (nil, [])
            }
            state.continuation = nil
            return (continuation, state.tasks)
        }
        for task in tasks { task.cancel() }
        continuation?.resume(with: result)
    }
}

struct StoreTimeout: Error, CustomStringConvertible {
    var timeout: Duration
    var description: String { "the store did not answer within \(timeout)" }
}

/// The `200` body: `{"event":"TaskFinish","jobIds":["…"]}`, with `runId` for a
/// workflow, and for a moderation callback its verdict:
/// `{"event":"ReviewImage","jobIds":["…"],"moderation":{"kind":"image","result":0,"label":"Normal"}}`.
struct Acknowledgement: ResponseEncodable {
    var event: String?
    var jobIds: [String]
    var runId: String?
    var moderation: ModerationVerdict?

    /// A moderation callback's verdict: its kind, `result` (0 normal, 1 violating,
    /// 2 suspicious) and `label`.
    struct ModerationVerdict: Codable, Sendable {
        var kind: String
        var result: Int?
        var label: String?
    }

    init(_ callback: Callback) {
        event = callback.eventName?.rawValue
        // Detail `JobsDetail.JobId`, Simple `data.trace_id`.
        jobIds =
            callback.jobsDetail.compactMap(\.jobId)
            + (callback.workflowExecution?.tasks.compactMap(\.jobId) ?? [])
            + [callback.moderation?.jobId].compactMap { $0 }
        runId = callback.workflowExecution?.runId
        moderation = callback.moderation.map {
            ModerationVerdict(kind: $0.kind.rawValue, result: $0.result, label: $0.label)
        }
    }
}

extension Callback {
    /// The jobs' states, then the workflow's, then a moderation job's.
    var states: [String] {
        jobsDetail.compactMap { $0.state?.rawValue } + [workflowExecution?.state?.rawValue].compactMap { $0 }
            + [moderation?.detail?.state?.rawValue].compactMap { $0 }
    }
}

extension HTTPFields {
    /// `X-Ci-Content-Version`: `Simple` or `Detail`, on moderation callbacks.
    var contentVersion: String? {
        first { $0.name.canonicalName == "x-ci-content-version" }?.value
    }
}

/// Text from a body, as one log line: control characters and newlines escaped.
func oneLine(_ text: String) -> String {
    CallbackError.escapingControlCharacters(text)
}

/// Compares a secret in a time that depends only on the length of `expected`.
func constantTimeEquals(_ given: String, _ expected: String) -> Bool {
    let given = Array(given.utf8)
    let expected = Array(expected.utf8)
    var difference = UInt8(given.count == expected.count ? 0 : 1)
    for index in expected.indices {
        difference |= expected[index] ^ (index < given.count ? given[index] : 0)
    }
    return difference == 0
}
