/// A string-valued enum with a case for values the library does not know yet.
/// Its wire form is the raw text, so nothing the service sends is lost.
public protocol OpenEnum: RawRepresentable<String>, Sendable, Hashable, Codable, CustomStringConvertible {
    init(rawValue: String)
}

extension OpenEnum {
    public var description: String { rawValue }

    public init(from decoder: Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    init(nodeText text: UnsafeRawBufferPointer) {
        self.init(rawValue: String(decoding: text, as: UTF8.self))
    }
}

/// `Response.EventName`.
public enum EventName: OpenEnum {
    /// A job finished: the body has `JobsDetail`.
    case taskFinish
    /// A workflow instance finished: the body has `WorkflowExecution`.
    case workflowFinish
    case other(String)

    public init(rawValue: String) {
        switch rawValue {
        case "TaskFinish": self = .taskFinish
        case "WorkflowFinish": self = .workflowFinish
        default: self = .other(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .taskFinish: "TaskFinish"
        case .workflowFinish: "WorkflowFinish"
        case .other(let value): value
        }
    }
}

/// `JobsDetail.Tag`: the job type.
public enum JobTag: OpenEnum {
    case videoTag, voiceSeparate, picProcess, wordsGeneralize
    case other(String)

    public init(rawValue: String) {
        switch rawValue {
        case "VideoTag": self = .videoTag
        case "VoiceSeparate": self = .voiceSeparate
        case "PicProcess": self = .picProcess
        case "WordsGeneralize": self = .wordsGeneralize
        default: self = .other(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .videoTag: "VideoTag"
        case .voiceSeparate: "VoiceSeparate"
        case .picProcess: "PicProcess"
        case .wordsGeneralize: "WordsGeneralize"
        case .other(let value): value
        }
    }
}

/// `JobsDetail.State` (and a workflow's or task's `State`).
public enum JobState: OpenEnum {
    case submitted, running, success, failed, pause, cancel
    case other(String)

    public init(rawValue: String) {
        switch rawValue {
        case "Submitted": self = .submitted
        case "Running": self = .running
        case "Success": self = .success
        case "Failed": self = .failed
        case "Pause": self = .pause
        case "Cancel": self = .cancel
        default: self = .other(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .submitted: "Submitted"
        case .running: "Running"
        case .success: "Success"
        case .failed: "Failed"
        case .pause: "Pause"
        case .cancel: "Cancel"
        case .other(let value): value
        }
    }
}

extension NodeScalar where Self: OpenEnum {
    /// Keeps the JSON reader's string rather than making another.
    init(nodeString string: String) {
        self.init(rawValue: string)
    }
}

extension EventName: NodeScalar {}
extension JobTag: NodeScalar {}
extension JobState: NodeScalar {}
