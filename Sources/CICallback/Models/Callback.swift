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
