import CICallback
import Hummingbird
import Logging

extension Router {
    /// `POST /ci-callback/{token}`: decodes the body as it arrives and acknowledges it.
    ///
    /// Cloud Infinite does not sign its callbacks: the secret is the `token` in the
    /// callback URL, so serve this over HTTPS only (behind a TLS-terminating proxy).
    func addCallbackRoute(token: String, decoder: CallbackDecoder) {
        post("/ci-callback/{token}") { request, context -> Acknowledgement in
            guard constantTimeEquals(context.parameters.get("token") ?? "", token) else {
                throw HTTPError(.notFound)
            }
            // The format comes from Content-Type when it names XML or JSON; otherwise the body is sniffed.
            let decoding = decoder.makeIncrementalDecoder(contentType: request.headers[.contentType])
            let clock = ContinuousClock()
            var decodeTime = Duration.zero
            let callback: Callback
            do {
                let limit = decoder.limits.maxBodyBytes
                if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
                    // Refuse before reading: the decoder would stop at the limit anyway.
                    throw CallbackError(kind: .limitExceeded(.bodySize), message: "the body is larger than \(limit) bytes")
                }
                // Each chunk goes to the decoder as it arrives; nothing buffers the whole body.
                for try await chunk in request.body {
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
                context.logger.warning("rejected callback", metadata: [
                    "error": "\(error.kind)", "at": "\(error.position ?? oneLine(error.path ?? "-"))",
                ])
                let status: HTTPResponse.Status = error.kind == .limitExceeded(.bodySize) ? .contentTooLarge : .badRequest
                throw HTTPError(status, message: String(describing: error))
            }

            let ack = Acknowledgement(callback)
            context.logger.info("callback", metadata: [
                "event": "\(oneLine(ack.event ?? "-"))",
                "jobIds": "\(oneLine(ack.jobIds.joined(separator: ",")))",
                "states": "\(oneLine(callback.states.joined(separator: ",")))",
                "problems": "\(callback.problems.count + callback.omittedProblemCount)",
                "decodeMicroseconds": "\(decodeTime / .microseconds(1))",
            ])
            // A value that did not fit its field is kept on the callback, not refused:
            // answering 400 to a real callback would lose it.
            for problem in callback.problems {
                context.logger.warning("callback value does not fit its field", metadata: [
                    "problem": "\(problem.kind)", "at": "\(oneLine(problem.path ?? "-"))",
                    "position": "\(problem.position ?? "-")",
                ])
            }
            return ack
        }
    }
}

/// The `200` body: `{"event":"TaskFinish","jobIds":["…"]}`, with `runId` for a workflow.
struct Acknowledgement: ResponseEncodable {
    var event: String?
    var jobIds: [String]
    var runId: String?

    init(_ callback: Callback) {
        event = callback.eventName?.rawValue
        jobIds = callback.jobsDetail.compactMap(\.jobId)
            + (callback.workflowExecution?.tasks.compactMap(\.jobId) ?? [])
        runId = callback.workflowExecution?.runId
    }
}

extension Callback {
    /// The jobs' states, then the workflow's.
    var states: [String] {
        jobsDetail.compactMap { $0.state?.rawValue } + [workflowExecution?.state?.rawValue].compactMap { $0 }
    }
}

/// Text from a body, as one log line: control characters and newlines escaped.
func oneLine(_ text: String) -> String {
    CallbackError.escapingControlCharacters(text)
}

/// Compares a secret in a time that depends only on the length of `expected`.
func constantTimeEquals(_ given: String, _ expected: String) -> Bool {
    let given = Array(given.utf8), expected = Array(expected.utf8)
    var difference = UInt8(given.count == expected.count ? 0 : 1)
    for index in expected.indices {
        difference |= expected[index] ^ (index < given.count ? given[index] : 0)
    }
    return difference == 0
}
