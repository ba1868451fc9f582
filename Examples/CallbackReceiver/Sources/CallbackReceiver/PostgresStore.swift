import Foundation
import Logging
import NIOCore
import PostgresNIO

/// PostgreSQL, when `DATABASE_URL` is set: a pool of connections (`PostgresClient`,
/// run as a service beside the HTTP server). Several receivers may share one
/// database: the unique idempotency key decides which of two concurrent deliveries
/// of one callback is stored; the other waits for that commit and counts as a
/// duplicate.
final class PostgresStore: CallbackStore {
    let client: PostgresClient
    let logger: Logger
    let description: String

    /// `postgres://user[:password]@host[:port]/database` (`postgresql://` too), without
    /// TLS: keep the database on the receiver's network, or add TLS here.
    init(url: String, maxConnections: Int, logger: Logger) throws {
        guard let components = URLComponents(string: url),
            components.scheme == "postgres" || components.scheme == "postgresql",
            let host = components.host, !host.isEmpty
        else { throw ConfigurationError("DATABASE_URL is not postgres://user@host:port/database") }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        var configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres",
            password: components.password, database: database.isEmpty ? nil : database, tls: .disable)
        configuration.options.maximumConnections = maxConnections
        configuration.options.connectTimeout = .seconds(3)
        client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.logger = logger
        description = "PostgreSQL \(host):\(components.port ?? 5432)/\(database)"
    }

    func migrate() async throws {
        try await client.withTransaction(logger: logger) { connection in
            // Receivers starting together migrate one after the other.
            try await connection.query("SELECT pg_advisory_xact_lock(7412093)", logger: logger)
            try await connection.query(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", logger: logger)
            var version: Int?
            for try await (value) in try await connection.query("SELECT version FROM schema_version", logger: logger)
                .decode(Int.self)
            {
                version = value
            }
            if version == nil {
                try await connection.query("INSERT INTO schema_version (version) VALUES (0)", logger: logger)
            }
            let current = version ?? 0
            let migrations = CallbackSchema.migrations(CallbackSchema.postgres)
            guard current <= migrations.count else { throw SchemaTooNew(found: current) }
            for step in migrations[current...] {
                for statement in step {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
            }
            try await connection.query("UPDATE schema_version SET version = \(migrations.count)", logger: logger)
        }
    }

    /// The pool stops with the service group, before this is called.
    func close() async throws {}

    func store(_ callback: StoredCallback) async throws -> StoreOutcome {
        try await client.withTransaction(logger: logger) { connection in
            var id: Int64?
            let rows = try await connection.query(
                """
                INSERT INTO callbacks (idempotency_key, event, content_type, body, canonical_json, job_count)
                VALUES (\(callback.key), \(callback.event), \(callback.contentType), \(callback.body), \(callback.canonicalJSON), \(callback.jobs.count))
                ON CONFLICT (idempotency_key) DO NOTHING
                RETURNING id
                """, logger: logger)
            for try await value in rows.decode(Int64.self) { id = value }
            guard let id else {
                try await connection.query(
                    """
                    UPDATE callbacks SET deliveries = deliveries + 1, last_delivered_at = now()
                    WHERE idempotency_key = \(callback.key)
                    """, logger: logger)
                return StoreOutcome.duplicate
            }
            for (position, job) in callback.jobs.enumerated() {
                try await connection.query(
                    """
                    INSERT INTO callback_jobs
                        (callback_id, position, job_id, tag, state, creation_time, start_time, end_time)
                    VALUES (\(id), \(position), \(job.jobId), \(job.tag), \(job.state), \(job.creationTime),
                        \(job.startTime), \(job.endTime))
                    """, logger: logger)
            }
            return StoreOutcome.stored
        }
    }
}

struct ConfigurationError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
