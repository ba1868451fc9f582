// https://cloud.tencent.com/document/product/460/76917#jobsDetail

/// `Response.JobsDetail`: one job.
public struct JobsDetail: NodeModel {
    /// `Code`: the error code when `State` is `Failed` (the samples also send `Success`).
    public var code: String?
    /// `Message`: the error message; often empty (absent).
    public var message: String?
    public var jobId: String?
    /// `Tag`: the job type. Missing from some bodies; see `jobType`.
    public var tag: JobTag?
    public var state: JobState?
    public var creationTime: Timestamp?
    public var startTime: Timestamp?
    public var endTime: Timestamp?
    public var queueId: String?
    public var input: Input?
    public var operation: Operation?
    /// `Workflow`: present when a workflow triggered the job.
    public var workflow: Workflow?
    /// `Progress` (SDK models only): percent done.
    public var progress: Int?
    /// `SubTag` (SDK models only), e.g. `DigitalWatermark`.
    public var subTag: String?
    /// `QueueType` (SDK models only).
    public var queueType: String?
    public var unknownNodes: [Node] = []

    public init() {}

    public static let nodeFields = NodeFields<Self>([
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
    ])

    /// The job type: `Tag`, or when it is missing, inferred from the result node
    /// present in `Operation` (rule 9).
    public var jobType: JobTag? {
        tag ?? operation?.inferredJobType
    }

    /// The job's result, by type: `switch job.result { case .videoTag(let result): … }`.
    public var result: JobResult {
        JobResult(type: jobType, operation: operation ?? Operation())
    }
}

/// `JobsDetail.Input`: the object the job read.
public struct Input: NodeModel {
    /// `BucketId`, as every callback sends it.
    public var bucketId: String?
    /// `Bucket`, as the API tables name it.
    public var bucket: String?
    public var object: String?
    public var region: String?
    /// `CosHeaders`: the object's headers, on workflow-triggered jobs.
    public var cosHeaders: [CosHeader] = []
    /// `Lang`, `Type`, `BasicType`: translation jobs only.
    public var lang: String?
    public var type: String?
    public var basicType: String?
    public var unknownNodes: [Node] = []

    public init() {}

    public static let nodeFields = NodeFields<Self>([
        .value("BucketId", \.bucketId),
        .value("Bucket", \.bucket),
        .value("Object", \.object),
        .value("Region", \.region),
        .nodes("CosHeaders", \.cosHeaders),
        .value("Lang", \.lang),
        .value("Type", \.type),
        .value("BasicType", \.basicType),
    ])

    /// The value of a COS header, matched without regard to case:
    /// `input.header("content-type")`.
    public func header(_ key: String) -> String? {
        cosHeaders.first { $0.key?.lowercased() == key.lowercased() }?.value
    }
}

/// `CosHeaders`: one header of the input object. The value stays a string even
/// when it looks numeric (`Size`).
public struct CosHeader: NodeModel {
    public var key: String?
    public var value: String?
    public var unknownNodes: [Node] = []

    public init() {}

    public static let nodeFields = NodeFields<Self>([
        .value("Key", \.key),
        .value("Value", \.value),
    ])
}

/// `JobsDetail.Workflow`: the workflow that triggered the job.
public struct Workflow: NodeModel {
    public var runId: String?
    public var workflowId: String?
    public var workflowName: String?
    /// `Name`: the workflow node, e.g. `VoiceSeparate_1581665960537`.
    public var name: String?
    public var unknownNodes: [Node] = []

    public init() {}

    public static let nodeFields = NodeFields<Self>([
        .value("RunId", \.runId),
        .value("WorkflowId", \.workflowId),
        .value("WorkflowName", \.workflowName),
        .value("Name", \.name),
    ])
}

/// `JobsDetail.Operation`: the request echo and the result of a job. The common
/// fields are here; each job type adds its own (see the `Models/` file per type).
public struct Operation: NodeModel {
    public var templateId: String?
    public var templateName: String?
    public var userData: String?
    /// `JobLevel`: priority 0, 1 or 2 (a JSON number or string).
    public var jobLevel: Int?
    public var output: Output?

    // VideoTag.swift
    public var videoTag: VideoTagRequest?
    public var videoTagResult: VideoTagResult?
    // VoiceSeparate.swift
    public var voiceSeparate: VoiceSeparateRequest?
    public var mediaInfo: MediaInfo?
    public var mediaResult: MediaResult?
    // PicProcess.swift
    public var picProcess: PicProcessRequest?
    public var picProcessResult: PicProcessResult?
    // WordsGeneralize.swift
    public var wordsGeneralize: WordsGeneralizeRequest?
    public var wordsGeneralizeResult: WordsGeneralizeResult?

    public var unknownNodes: [Node] = []

    public init() {}

    public static let nodeFields = NodeFields<Self>(
        [
            .value("TemplateId", \.templateId),
            .value("TemplateName", \.templateName),
            .value("UserData", \.userData),
            .value("JobLevel", \.jobLevel),
            .node("Output", \.output),
        ] + videoTagFields + voiceSeparateFields + picProcessFields + wordsGeneralizeFields)

    /// The job type the result nodes point to, for bodies without `Tag`.
    var inferredJobType: JobTag? {
        if videoTag != nil || videoTagResult != nil { return .videoTag }
        if picProcess != nil || picProcessResult != nil { return .picProcess }
        if wordsGeneralize != nil || wordsGeneralizeResult != nil { return .wordsGeneralize }
        if voiceSeparate != nil || output?.auObject != nil { return .voiceSeparate }
        return nil
    }
}

/// `Operation.Output`: where the job wrote its result.
public struct Output: NodeModel {
    public var region: String?
    public var bucket: String?
    /// `Object`; placeholders such as `${ext}` are kept verbatim.
    public var object: String?
    /// `AuObject`: VoiceSeparate's voice track.
    public var auObject: String?
    /// `BassObject`, `DrumObject` (SDK models): newer separation modes.
    public var bassObject: String?
    public var drumObject: String?
    public var unknownNodes: [Node] = []

    public init() {}

    public static let nodeFields = NodeFields<Self>([
        .value("Region", \.region),
        .value("Bucket", \.bucket),
        .value("Object", \.object),
        .value("AuObject", \.auObject),
        .value("BassObject", \.bassObject),
        .value("DrumObject", \.drumObject),
    ])
}

/// A job's result, by job type. Branch with `switch job.result`.
public enum JobResult: Sendable, Hashable {
    case videoTag(VideoTagResult?)
    case voiceSeparate(VoiceSeparateResult)
    case picProcess(PicProcessResult?)
    case wordsGeneralize(WordsGeneralizeResult?)
    /// A job type this library does not model: its nodes are in
    /// `operation.unknownNodes` (rule 10).
    case other(tag: String?, operation: Operation)

    init(type: JobTag?, operation: Operation) {
        switch type {
        case .videoTag: self = .videoTag(operation.videoTagResult)
        case .voiceSeparate:
            self = .voiceSeparate(
                VoiceSeparateResult(
                    mediaInfo: operation.mediaInfo, mediaResult: operation.mediaResult, output: operation.output))
        case .picProcess: self = .picProcess(operation.picProcessResult)
        case .wordsGeneralize: self = .wordsGeneralize(operation.wordsGeneralizeResult)
        case .other(let name): self = .other(tag: name, operation: operation)
        case nil: self = .other(tag: nil, operation: operation)
        }
    }
}
