// https://cloud.tencent.com/document/product/460/76966 (callback content, per job type)

/// `Response`: one callback body, whatever its format.
public struct Callback: NodeModel {
    /// `TaskFinish` for job callbacks (`jobsDetail`), `WorkflowFinish` for workflow
    /// ones (`workflowExecution`), or any other name the service sends; `switch` on
    /// it with a `default`.
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
}
