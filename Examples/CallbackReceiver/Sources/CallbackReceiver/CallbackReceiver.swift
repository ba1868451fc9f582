import CICallback
import Foundation
import Hummingbird
import Logging

/// Receives Cloud Infinite job callbacks on `POST /ci-callback/{token}`.
///
/// Configuration, from the environment:
/// - `CALLBACK_HOST` (default `127.0.0.1`) and `CALLBACK_PORT` (default `8080`)
/// - `CALLBACK_TOKEN`: the secret path segment (default: a random one, logged at startup)
/// - `CALLBACK_MAX_BODY_BYTES` (default 4 MiB)
/// - `LOG_LEVEL` (default `info`)
@main
struct CallbackReceiver {
    static func main() async throws {
        let env = ProcessInfo.processInfo.environment
        var logger = Logger(label: "CallbackReceiver")
        logger.logLevel = env["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info

        let host = env["CALLBACK_HOST"] ?? "127.0.0.1"
        let port = env["CALLBACK_PORT"].flatMap(Int.init) ?? 8080
        let maxBodyBytes = env["CALLBACK_MAX_BODY_BYTES"].flatMap(Int.init) ?? 4 << 20
        let token: String
        if let configured = env["CALLBACK_TOKEN"], !configured.isEmpty {
            token = configured
        } else {
            token = (0..<4).map { _ in String(UInt64.random(in: .min ... .max), radix: 16) }.joined()
            logger.warning("CALLBACK_TOKEN is not set; using a random one: /ci-callback/\(token)")
        }

        let router = Router()
        router.addCallbackRoute(
            token: token, decoder: CallbackDecoder(limits: Limits(maxBodyBytes: maxBodyBytes)))
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port)),
            logger: logger
        )
        try await app.runService()
    }
}
