import Logging
import NIOCore
import SQLiteNIO

/// The embedded default: one SQLite file, in WAL mode.
///
/// `synchronous=FULL`: a commit is on disk (the WAL is synced) before `store`
/// returns, so an acknowledged callback survives a crash of the process and of the
/// machine. (`NORMAL` would survive a killed process too, but could lose the last
/// commits on a power failure, and with them callbacks already answered 200.)
/// One connection, one transaction at a time; several processes may share the file
/// (WAL, `BEGIN IMMEDIATE`, a busy timeout), on one machine only.
final class SQLiteStore: CallbackStore {
    let path: String
    let connection: SQLiteConnection
    let gate = SerialGate()

    var description: String { "SQLite \(path)" }

    init(path: String, logger: Logger) async throws {
        self.path = path
        connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        for pragma in [
            "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA busy_timeout=5000", "PRAGMA foreign_keys=ON",
        ] {
            _ = try await connection.query(pragma)
        }
    }

    func migrate() async throws {
        try await transaction { connection in
            _ = try await connection.query("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            var version = try await connection.query("SELECT version FROM schema_version").first?
                .column("version")?.integer
            if version == nil {
                _ = try await connection.query("INSERT INTO schema_version (version) VALUES (0)")
                version = 0
            }
            let migrations = CallbackSchema.migrations(CallbackSchema.sqlite)
            guard let current = version, current <= migrations.count else { throw SchemaTooNew(found: version ?? -1) }
            for step in migrations[current...] {
                for statement in step { _ = try await connection.query(statement) }
            }
            _ = try await connection.query("UPDATE schema_version SET version = ?", [.integer(migrations.count)])
        }
    }

    func store(_ callback: StoredCallback) async throws -> StoreOutcome {
        try await transaction { connection in
            let inserted = try await connection.query(
                """
                INSERT INTO callbacks (idempotency_key, event, content_type, body, canonical_json, job_count)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (idempotency_key) DO NOTHING
                RETURNING id
                """,
                [
                    .text(callback.key), .optional(callback.event), .optional(callback.contentType),
                    .blob(callback.body), .text(callback.canonicalJSON),
                    .integer(callback.jobs.count),
                ])
            guard let id = inserted.first?.column("id")?.integer else {
                _ = try await connection.query(
                    """
                    UPDATE callbacks SET deliveries = deliveries + 1,
                        last_delivered_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
                    WHERE idempotency_key = ?
                    """, [.text(callback.key)])
                return .duplicate
            }
            for (position, job) in callback.jobs.enumerated() {
                _ = try await connection.query(
                    """
                    INSERT INTO callback_jobs
                        (callback_id, position, job_id, tag, state, creation_time, start_time, end_time)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        .integer(id), .integer(position), .optional(job.jobId), .optional(job.tag),
                        .optional(job.state), .optional(job.creationTime), .optional(job.startTime),
                        .optional(job.endTime),
                    ])
            }
            return .stored
        }
    }

    func close() async throws {
        await gate.acquire()
        try await connection.close()
    }

    /// `BEGIN IMMEDIATE` … `COMMIT`, or `ROLLBACK` if anything throws; one at a time
    /// on this connection.
    private func transaction<T: Sendable>(_ body: @Sendable (SQLiteConnection) async throws -> T) async throws -> T {
        await gate.acquire()
        do {
            _ = try await connection.query("BEGIN IMMEDIATE")
            do {
                let result = try await body(connection)
                _ = try await connection.query("COMMIT")
                await gate.release()
                return result
            } catch {
                _ = try? await connection.query("ROLLBACK")
                throw error
            }
        } catch {
            await gate.release()
            throw error
        }
    }
}

extension SQLiteData {
    static func optional(_ text: String?) -> SQLiteData { text.map { .text($0) } ?? .null }
}

/// A lock for async code: one holder at a time, the others wait in order.
actor SerialGate {
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if !busy {
            busy = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty {
            busy = false
        } else {
            waiters.removeFirst().resume()
        }
    }
}
