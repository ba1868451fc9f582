// https://cloud.tencent.com/document/product/460/76917#jobsDetail

/// `Response.JobsDetail`: one job.
public struct JobsDetail: NodeModel {
    /// `Code`: the error code when `State` is `Failed` (the samples also send `Success`).
    public var code: String?
    /// `Message`: the error message; often empty (absent).
    public var message: String?
    /// `JobId`: the job's id.
    public var jobId: String?
    /// `Tag`: the job type. Missing from some bodies; see ``jobType``.
    public var tag: JobTag?
    /// `State`: how the job ended (``JobState/success``, ``JobState/failed``, …).
    public var state: JobState?
    /// `CreationTime`: when the job was created.
    public var creationTime: Timestamp?
    /// `StartTime`: when it started; `-` (not started) is absent.
    public var startTime: Timestamp?
    /// `EndTime`: when it ended; `-` (not ended) is absent.
    public var endTime: Timestamp?
    /// `QueueId`: the queue the job ran in.
    public var queueId: String?
    /// `Input`: the object the job read.
    public var input: JobInput?
    /// `Operation`: the request echo and the result.
    public var operation: JobOperation?
    /// `Workflow`: present when a workflow triggered the job.
    public var workflow: Workflow?
    /// `Progress` (SDK models only): percent done.
    public var progress: Int?
    /// `SubTag` (SDK models only), e.g. `DigitalWatermark`.
    public var subTag: String?
    /// `QueueType` (SDK models only).
    public var queueType: String?
    /// `Object` (virus detection, ``isVirusDetection``): the object checked, when it is
    /// in COS. Other jobs name their input in ``input``.
    public var object: String?
    /// `Url` (virus detection): the address checked, when it is not in COS.
    public var url: String?
    /// `Suggestion` (virus detection): `normal` (no virus) or `block` (a virus found), as sent.
    public var suggestion: String?
    /// `DetectDetail` (virus detection): the viruses found, file by file.
    public var detectDetail: VirusDetectDetail?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []

    /// An empty value: no field set.
    public init() {}

    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Code", \.code),
        .value("Message", \.message),
        .value("JobId", \.jobId),
        .value("Tag", \.tag),
        .value("State", \.state),
        .value("CreationTime", \.creationTime),
        .value("StartTime", \.startTime),
        .value("EndTime", \.endTime),
        .value("QueueId", \.queueId),
        .node("Input", \.input),
        .node("Operation", \.operation),
        .node("Workflow", \.workflow),
        .value("Progress", \.progress),
        .value("SubTag", \.subTag),
        .value("QueueType", \.queueType),
        .value("Object", \.object),
        .value("Url", \.url),
        .value("Suggestion", \.suggestion),
        .node("DetectDetail", \.detectDetail),
    ])

    /// The job type: `Tag`, or when it is missing, inferred from the job type's
    /// own nodes present in `Operation` (rule 9); `nil` when they do not say which
    /// type it is; `nil` too for a virus-detection job, which has no type (see
    /// ``isVirusDetection``). `switch` on it with a `default`:
    ///
    /// ```swift
    /// switch job.jobType {
    /// case .speechRecognition: print(job.operation?.speechRecognitionResult?.result ?? "")
    /// case .transcode: print(job.operation?.mediaResult?.outputFile?.objectName ?? [])
    /// default: print(job.jobType?.rawValue ?? "no type", job.operation?.unknownNodes.map(\.name) ?? [])
    /// }
    /// ```
    public var jobType: JobTag? {
        tag ?? operation.flatMap { JobKinds.inferred(from: $0)?.tag }
    }
}

/// `JobsDetail.Input`: the object the job read.
public struct JobInput: NodeModel {
    /// `BucketId`, as every callback sends it.
    public var bucketId: String?
    /// `Bucket`, as the API tables name it.
    public var bucket: String?
    /// `Object`: the input object's key.
    public var object: String?
    /// `Region`: the input bucket's region.
    public var region: String?
    /// `Url` (Go SDK, document jobs): a third-party address read instead of `Object`.
    public var url: String?
    /// `CosHeaders`: the object's headers, on workflow-triggered jobs.
    public var cosHeaders: [CosHeader] = []
    /// `Lang`: translation jobs only.
    public var lang: String?
    /// `Type`: translation jobs only.
    public var type: String?
    /// `BasicType`: translation jobs only.
    public var basicType: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []

    /// An empty value: no field set.
    public init() {}

    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("BucketId", \.bucketId),
        .value("Bucket", \.bucket),
        .value("Object", \.object),
        .value("Region", \.region),
        .value("Url", \.url),
        .nodes("CosHeaders", \.cosHeaders),
        .value("Lang", \.lang),
        .value("Type", \.type),
        .value("BasicType", \.basicType),
    ])

    /// The value of a COS header, matched without regard to case:
    /// `input.header(named: "content-type")`.
    public func header(named key: String) -> String? {
        cosHeaders.first { $0.key?.lowercased() == key.lowercased() }?.value
    }
}

/// `CosHeaders`: one header of the input object. The value stays a string even
/// when it looks numeric (`Size`).
public struct CosHeader: NodeModel {
    /// `Key`: the header's name.
    public var key: String?
    /// `Value`: the header's value, as text.
    public var value: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []

    /// An empty value: no field set.
    public init() {}

    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Key", \.key),
        .value("Value", \.value),
    ])
}

/// `JobsDetail.Workflow`: the workflow that triggered the job.
public struct Workflow: NodeModel {
    /// `RunId`: the workflow run that triggered the job.
    public var runId: String?
    /// `WorkflowId`: the workflow's id.
    public var workflowId: String?
    /// `WorkflowName`: the workflow's name.
    public var workflowName: String?
    /// `Name`: the workflow node, e.g. `VoiceSeparate_1581665960537`.
    public var name: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []

    /// An empty value: no field set.
    public init() {}

    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("RunId", \.runId),
        .value("WorkflowId", \.workflowId),
        .value("WorkflowName", \.workflowName),
        .value("Name", \.name),
    ])
}
