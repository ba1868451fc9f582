import CICallback
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle

/// Receives Cloud Infinite job callbacks on `POST /ci-callback/{token}`, stores each
/// one, then acknowledges it.
///
/// Configuration, from the environment:
/// - `CALLBACK_HOST` (default `127.0.0.1`) and `CALLBACK_PORT` (default `8080`; `0`
///   picks a free port, logged)
/// - `CALLBACK_TOKEN`: the secret path segment (default: a random one, logged at startup)
/// - `CALLBACK_MAX_BODY_BYTES` (default 4 MiB)
/// - `DATABASE_URL`: `postgres://user[:password]@host[:port]/database` stores in
///   PostgreSQL; unset, callbacks go to SQLite, `CALLBACK_DATABASE_PATH` (default
///   `callbacks.sqlite` in the working directory)
/// - `CALLBACK_DB_CONNECTIONS` (default 8): PostgreSQL connections per receiver
/// - `CALLBACK_STORE_TIMEOUT_MS` (default 5000): a store slower than this is a `503`
/// - `CALLBACK_REQUEST_TIMEOUT_MS` (default 10000): a request (headers and body) not
///   in within this is cut off
/// - `CALLBACK_MAX_CONCURRENT` (default 64): requests in progress beyond this get `503`
/// - `CALLBACK_MAX_CONNECTIONS` (default 1024): connections beyond this wait to be accepted
/// - `LOG_LEVEL` (default `info`)
@main
struct CallbackReceiver {
    static func main() async throws {
        let env = ProcessInfo.processInfo.environment
        var logger = Logger(label: "CallbackReceiver")
        logger.logLevel = env["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        func number(_ name: String, _ fallback: Int) throws -> Int {
            guard let text = env[name], !text.isEmpty else { return fallback }
            guard let value = Int(text), value > 0 || (name == "CALLBACK_PORT" && value == 0) else {
                throw ConfigurationError("\(name) is not a positive number: \(text)")
            }
            return value
        }

        let host = env["CALLBACK_HOST"] ?? "127.0.0.1"
        let port = try number("CALLBACK_PORT", 8080)
        let maxBodyBytes = try number("CALLBACK_MAX_BODY_BYTES", 4 << 20)
        let storeTimeout = Duration.milliseconds(try number("CALLBACK_STORE_TIMEOUT_MS", 5000))
        let requestTimeout = TimeAmount.milliseconds(Int64(try number("CALLBACK_REQUEST_TIMEOUT_MS", 10000)))
        let maxConcurrent = try number("CALLBACK_MAX_CONCURRENT", 64)
        let maxConnections = try number("CALLBACK_MAX_CONNECTIONS", 1024)
        let token: String
        if let configured = env["CALLBACK_TOKEN"], !configured.isEmpty {
            token = configured
        } else {
            token = (0..<4).map { _ in String(UInt64.random(in: .min ... .max), radix: 16) }.joined()
            logger.warning("CALLBACK_TOKEN is not set; using a random one: /ci-callback/\(token)")
        }

        let store: any CallbackStore
        var services: [any Service] = []
        if let url = env["DATABASE_URL"], !url.isEmpty {
            let postgres = try PostgresStore(
                url: url, maxConnections: try number("CALLBACK_DB_CONNECTIONS", 8), logger: logger)
            services.append(postgres.client)
            store = postgres
        } else {
            store = try await SQLiteStore(path: env["CALLBACK_DATABASE_PATH"] ?? "callbacks.sqlite", logger: logger)
        }

        let router = Router()
        router.add(middleware: ConcurrencyLimitMiddleware(limit: maxConcurrent))
        router.addCallbackRoute(
            token: token, decoder: CallbackDecoder(limits: Limits(maxBodyBytes: maxBodyBytes)), store: store,
            storeTimeout: storeTimeout)
        let startLogger = logger
        var app = Application(
            router: router,
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [
                        RequestDeadlineHandler(timeout: requestTimeout, logger: startLogger)
                    ])),
            configuration: .init(
                address: .hostname(host, port: port),
                availableConnectionsDelegate: MaximumAvailableConnections(maxConnections, logger: logger)),
            services: services,
            logger: logger
        )
        app.beforeServerStarts {
            // The schema first: no request is accepted before it is in place. A database
            // that is still starting is waited for, up to 30 s.
            var attempt = 0
            while true {
                do {
                    try await withTimeout(.seconds(10)) { try await store.migrate() }
                    break
                } catch let error as SchemaTooNew {
                    throw error
                } catch {
                    attempt += 1
                    guard attempt < 30 else { throw error }
                    startLogger.warning(
                        "store not ready, retrying", metadata: ["error": "\(oneLine(String(reflecting: error)))"])
                    try await Task.sleep(for: .seconds(1))
                }
            }
            startLogger.info(
                "store ready",
                metadata: ["store": "\(store.description)", "schemaVersion": "\(CallbackSchema.version)"])
        }
        // Stopped (SIGTERM, SIGINT): the server drains its requests, then the store closes.
        do {
            try await app.runService()
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }
}
