/// A name the service sends from an open set (job types, states, event names):
/// any text is kept as it came, and the names the library knows are static members
/// to compare and `switch` on:
///
/// ```swift
/// switch job.jobType {
/// case .transcode: …
/// case .videoTag: …
/// default: …        // a job type added later lands here; nothing breaks
/// }
/// ```
///
/// Its wire form, and its canonical JSON, is the text itself.
public protocol OpenValue: RawRepresentable<String>, Sendable, Hashable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The value with this text, whether or not the library knows it: never fails.
    init(rawValue: String)
}

extension OpenValue {
    /// The text as sent.
    public var description: String { rawValue }

    /// The value with this text: `let tag: JobTag = "Transcode"`.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// Reads the value from a JSON string: any text is accepted.
    public init(from decoder: Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Writes the text as a JSON string.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension NodeScalar where Self: OpenValue {
    init(nodeText text: UnsafeRawBufferPointer) {
        self.init(rawValue: String(decoding: text, as: UTF8.self))
    }

    /// Keeps the JSON reader's string rather than making another.
    init(nodeString string: String) {
        self.init(rawValue: string)
    }
}

/// `Response.EventName`: `TaskFinish`, `WorkflowFinish`, or any other name the
/// service sends.
public struct EventName: OpenValue, NodeScalar {
    /// The name as the service sent it.
    public let rawValue: String

    /// The value with this name, known to the library or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Jobs finished: the body has `JobsDetail`.
    public static let taskFinish: EventName = "TaskFinish"
    /// A workflow instance finished: the body has `WorkflowExecution`.
    public static let workflowFinish: EventName = "WorkflowFinish"
}

/// `JobsDetail.Tag`: the job type (`Transcode`, `VideoTag`, …). Each modelled job
/// type adds its static member in its own model file (``JobTag/transcode``).
public struct JobTag: OpenValue, NodeScalar {
    /// The name as the service sent it.
    public let rawValue: String

    /// The value with this name, known to the library or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

/// `JobsDetail.State` (and a workflow's or task's `State`).
public struct JobState: OpenValue, NodeScalar {
    /// The name as the service sent it.
    public let rawValue: String

    /// The value with this name, known to the library or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// `Submitted`: queued, not started.
    public static let submitted: JobState = "Submitted"
    /// `Running`: in progress.
    public static let running: JobState = "Running"
    /// `Success`: finished and worked.
    public static let success: JobState = "Success"
    /// `Failed`: finished with an error (see ``JobsDetail/code`` and ``JobsDetail/message``).
    public static let failed: JobState = "Failed"
    /// `Pause`: paused.
    public static let pause: JobState = "Pause"
    /// `Cancel`: cancelled.
    public static let cancel: JobState = "Cancel"
}
