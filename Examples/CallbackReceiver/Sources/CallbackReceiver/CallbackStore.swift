import CICallback
import Crypto
import Foundation
import NIOCore

/// Where callbacks are kept before they are acknowledged.
///
/// `store` writes one callback in one transaction: the callback row and one row per
/// job, or nothing. It returns once the transaction is committed, so a `200` sent
/// after it can never name a callback the store does not hold. A callback whose
/// idempotency key is already stored is not written again (`.duplicate`): its
/// delivery count goes up, nothing else changes.
protocol CallbackStore: Sendable {
    /// Creates the schema or migrates it forward to `CallbackSchema.version`.
    func migrate() async throws
    func store(_ callback: StoredCallback) async throws -> StoreOutcome
    /// Closes what `run` (the server) no longer needs, once the server has stopped.
    func close() async throws
    /// Where the callbacks go, for the startup log (no password).
    var description: String { get }
}

enum StoreOutcome: String, Sendable {
    case stored
    case duplicate
}

/// One callback as it is written: the body exactly as received and what was decoded from it.
struct StoredCallback: Sendable {
    /// The idempotency key: the SHA-256 of the body exactly as received, in hex (see `init`).
    var key: String
    var event: String?
    var contentType: String?
    var body: ByteBuffer
    /// `Callback.canonicalJSON()`: what `ci-callback decode --json` prints.
    var canonicalJSON: String
    var jobs: [StoredJob]

    /// The idempotency key is the digest of the raw body: equal bytes are one callback,
    /// and the key needs nothing the body may lack (a moderation probe has no job id).
    /// Tencent documents neither retries nor what a retry's bytes are; this assumes a
    /// retry, if any, repeats the bytes. One serialized again gets another key and is
    /// stored twice, both rows found by job id in `callback_jobs` (this package's
    /// README, "What Tencent documents").
    /// Two things it does not do, on purpose:
    /// - merge callbacks that differ in any byte: a key of job id and state would drop
    ///   a second, different callback for the same job (another progress, a workflow
    ///   task, a verdict reviewed again) without a trace; losing one is worse than
    ///   keeping two, and `callback_jobs` finds every row of a job;
    /// - depend on this receiver's code: a digest of the canonical JSON would change
    ///   when a library upgrade models one more field, so a copy that arrives across
    ///   that deploy would be stored twice.
    init(callback: Callback, body: ByteBuffer, contentType: String?) {
        let canonical = callback.canonicalJSON()
        key = body.withUnsafeReadableBytes { Self.hex(SHA256.hash(data: $0)) }
        event = callback.eventName?.rawValue
        self.contentType = contentType
        self.body = body
        canonicalJSON = String(decoding: canonical, as: UTF8.self)
        jobs = StoredJob.jobs(of: callback)
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}

/// One row per job, for querying: a job callback's `JobsDetail` entries, a workflow's
/// tasks, a moderation job. Times keep the text the service sent.
struct StoredJob: Sendable {
    var jobId: String?
    var tag: String?
    var state: String?
    var creationTime: String?
    var startTime: String?
    var endTime: String?

    static func jobs(of callback: Callback) -> [StoredJob] {
        var jobs = callback.jobsDetail.map {
            StoredJob(
                jobId: $0.jobId, tag: $0.tag?.rawValue, state: $0.state?.rawValue,
                creationTime: $0.creationTime?.text, startTime: $0.startTime?.text, endTime: $0.endTime?.text)
        }
        for task in callback.workflowExecution?.tasks ?? [] {
            jobs.append(
                StoredJob(
                    jobId: task.jobId, tag: task.type, state: task.state?.rawValue,
                    creationTime: task.createTime?.text, startTime: task.startTime?.text, endTime: task.endTime?.text))
        }
        if let moderation = callback.moderation {
            jobs.append(
                StoredJob(
                    jobId: moderation.jobId, tag: moderation.kind.rawValue, state: moderation.detail?.state?.rawValue,
                    creationTime: moderation.detail?.creationTime?.text))
        }
        return jobs
    }
}

/// The schema, the same for both backends but for column types. Each migration is
/// applied once, in order, in one transaction with the version it brings; the version
/// is kept in `schema_version`. Add a migration at the end, never edit one.
enum CallbackSchema {
    struct Types {
        var id: String
        var blob: String
        var time: String
        var now: String
    }

    static let sqlite = Types(
        id: "INTEGER PRIMARY KEY", blob: "BLOB", time: "TEXT",
        now: "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))")
    static let postgres = Types(
        id: "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", blob: "BYTEA", time: "TIMESTAMPTZ", now: "now()")

    /// `migrations(types)[n]` takes the schema from version `n` to `n + 1`.
    static func migrations(_ t: Types) -> [[String]] {
        [
            [
                """
                CREATE TABLE callbacks (
                    id \(t.id),
                    idempotency_key TEXT NOT NULL UNIQUE,
                    event TEXT,
                    content_type TEXT,
                    body \(t.blob) NOT NULL,
                    canonical_json TEXT NOT NULL,
                    job_count INTEGER NOT NULL,
                    deliveries INTEGER NOT NULL DEFAULT 1,
                    received_at \(t.time) NOT NULL DEFAULT \(t.now),
                    last_delivered_at \(t.time) NOT NULL DEFAULT \(t.now)
                )
                """,
                """
                CREATE TABLE callback_jobs (
                    callback_id BIGINT NOT NULL REFERENCES callbacks (id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    job_id TEXT,
                    tag TEXT,
                    state TEXT,
                    creation_time TEXT,
                    start_time TEXT,
                    end_time TEXT,
                    PRIMARY KEY (callback_id, position)
                )
                """,
                "CREATE INDEX callback_jobs_job_id ON callback_jobs (job_id)",
                "CREATE INDEX callbacks_event ON callbacks (event)",
            ]
        ]
    }

    static var version: Int { migrations(sqlite).count }
}

struct SchemaTooNew: Error, CustomStringConvertible {
    var found: Int
    var description: String {
        "the database's schema is at version \(found), newer than this receiver's (\(CallbackSchema.version))"
    }
}
