// https://cloud.tencent.com/document/product/460/76966 (callback content, per job type)

/// `Response`: one callback body, whatever its format.
public struct Callback: NodeModel {
    /// `TaskFinish` for job callbacks, `WorkflowFinish` for workflow ones.
    public var eventName: EventName?
    /// `JobsDetail`: the jobs this callback reports (always an array, rule 4).
    public var jobsDetail: [JobsDetail] = []
    /// `WorkflowExecution`: the workflow instance, for `WorkflowFinish`.
    public var workflowExecution: WorkflowExecution?
    public var unknownNodes: [Node] = []
    /// Nodes that did not fit their fields (decoding rule 12), in body order (JSON:
    /// by path): a value that does not parse (`"high"` for a number), a second copy
    /// of a single node, a value node with child elements, a container with text.
    /// Each field concerned stays empty and its node is kept, with its text, in the
    /// `unknownNodes` of the model it belongs to (and so in the canonical JSON).
    /// Each is the error `CallbackDecoder(strict: true)` would throw. Not part of
    /// the `Codable` form.
    public var problems: [CallbackError] = []
    /// Problems beyond `Limits.maxProblems`, counted but not listed.
    public var omittedProblemCount = 0

    public init() {}

    public static let nodeFields = NodeFields<Self>([
        .value("EventName", \.eventName),
        .nodes("JobsDetail", \.jobsDetail),
        .node("WorkflowExecution", \.workflowExecution),
    ])

    /// The jobs (`JobsDetail`).
    public var jobs: [JobsDetail] { jobsDetail }

    /// What the callback is about, for a `switch`.
    public enum Event: Sendable, Hashable {
        /// Jobs finished (`TaskFinish`).
        case taskFinish([JobsDetail])
        /// A workflow instance finished (`WorkflowFinish`).
        case workflowFinish(WorkflowExecution)
        /// An event this library does not model; everything in it is on the callback
        /// (`jobsDetail`, `workflowExecution`, `unknownNodes`).
        case other(name: String?)
    }

    public var event: Event {
        switch eventName {
        case .taskFinish: return .taskFinish(jobsDetail)
        case .workflowFinish:
            if let workflowExecution { return .workflowFinish(workflowExecution) }
            return .other(name: eventName?.rawValue)
        default: return .other(name: eventName?.rawValue)
        }
    }
}
