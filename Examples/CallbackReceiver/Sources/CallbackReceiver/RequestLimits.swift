import Hummingbird
import Logging
import NIOCore
import NIOHTTPTypes
import Synchronization

/// Closes a connection whose request is not in within `timeout`: counted from the
/// moment the connection opens or the previous response ends, to the last byte of the
/// request's body. A client that trickles its headers or its body (slow-loris) is cut
/// off then, whatever its pace; the event loop serves other connections meanwhile. A
/// request that is in, and waits for the store, is not timed here. A connection left
/// idle between requests is closed after the same time.
final class RequestDeadlineHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    let timeout: TimeAmount
    let logger: Logger
    private var deadline: Scheduled<Void>?
    private var requestEnded = false
    private var responseEnded = false

    init(timeout: TimeAmount, logger: Logger) {
        self.timeout = timeout
        self.logger = logger
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { start(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        start(context)
        context.fireChannelActive()
    }

    func handlerRemoved(context: ChannelHandlerContext) { stop() }

    func channelInactive(context: ChannelHandlerContext) {
        stop()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            requestEnded = false
            responseEnded = false
        case .body:
            break
        case .end:
            requestEnded = true
            stop()
            if responseEnded { start(context) }
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        // Answered before the body was read (a 413, a 404): the rest of the body stays
        // under the deadline already running.
        if case .end = unwrapOutboundIn(data) {
            responseEnded = true
            if requestEnded { start(context) }
        }
        context.write(data, promise: promise)
    }

    private func start(_ context: ChannelHandlerContext) {
        guard deadline == nil else { return }
        let logger = logger
        let timeout = timeout
        deadline = context.eventLoop.assumeIsolated().scheduleTask(in: timeout) {
            self.deadline = nil
            logger.notice(
                "request not received in time: connection closed",
                metadata: ["timeoutMilliseconds": "\(timeout.nanoseconds / 1_000_000)"])
            context.close(promise: nil)
        }
    }

    private func stop() {
        deadline?.cancel()
        deadline = nil
    }
}

/// Answers `503` (with `Retry-After`) to a request beyond `limit` in progress at once,
/// before its body is read (whether the service retries it is not documented; the
/// receiver assumes it may). Each request in progress holds at most
/// `CALLBACK_MAX_BODY_BYTES` of body, so memory stays bounded.
struct ConcurrencyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let limit: Int
    let inProgress = InProgressCounter()

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard inProgress.enter(limit: limit) else {
            context.logger.warning("too many requests in progress: 503", metadata: ["limit": "\(limit)"])
            throw HTTPError(.serviceUnavailable, headers: [.retryAfter: "1"], message: "too many requests in progress")
        }
        defer { inProgress.leave() }
        return try await next(request, context)
    }
}

final class InProgressCounter: Sendable {
    private let count = Mutex(0)

    func enter(limit: Int) -> Bool {
        count.withLock { count in
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    func leave() { count.withLock { $0 -= 1 } }
}
