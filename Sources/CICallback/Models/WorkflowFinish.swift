// WorkflowFinish: the workflow-level callback.
// https://cloud.tencent.com/document/product/460/76966 (工作流回调); the 2023 sample with
// `ResultInfo`: https://cloud.tencent.com/document/product/460/80039; Go SDK
// `WorkflowExecutionNotifyBody` (cos-go-sdk-v5 `ci_media.go`).

/// `Response.WorkflowExecution`: one finished workflow instance.
public struct WorkflowExecution: NodeModel {
    /// `RunId`: the workflow instance's ID (`i166ee19017b011eda8a5525400c540df`).
    public var runId: String?
    /// `BucketId`: the input object's bucket (empty in the Go SDK's example).
    public var bucketId: String?
    /// `Object`: the input object's key (`wk-test/game.mp4`).
    public var object: String?
    /// `CosHeaders`: present when the object was uploaded with custom headers.
    public var cosHeaders: [CosHeader] = []
    /// `WorkflowId`: the workflow's ID (`web6ac56c1ef54dbfa44d7f4103203be9`).
    public var workflowId: String?
    /// `WorkflowName`: the workflow's name (empty in the Go SDK's example).
    public var workflowName: String?
    /// `CreateTime`: written with a space (`2022-08-09 14:54:17+0800`).
    public var createTime: Timestamp?
    /// `State`: `Failed` if any task failed.
    public var state: JobState?
    /// `Tasks`: one entry per node of the workflow, not in the order they ran.
    public var tasks: [WorkflowTask] = []
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("RunId", \.runId),
        .value("BucketId", \.bucketId),
        .value("Object", \.object),
        .nodes("CosHeaders", \.cosHeaders),
        .value("WorkflowId", \.workflowId),
        .value("WorkflowName", \.workflowName),
        .value("CreateTime", \.createTime),
        .value("State", \.state),
        .nodes("Tasks", \.tasks),
    ])
}

/// `WorkflowExecution.Tasks`: one node of the workflow.
public struct WorkflowTask: NodeModel {
    /// `Type`: the node type (`Transcode`, `Snapshot`, …).
    public var type: String?
    /// `CreateTime`: when the task's job was created, written with a space.
    public var createTime: Timestamp?
    /// `StartTime`: in the docs' table only (no sample or SDK has it).
    public var startTime: Timestamp?
    /// `EndTime`: when the task's job ended, written with a space.
    public var endTime: Timestamp?
    /// `State`: the task's state (`Success`, `Failed`).
    public var state: JobState?
    /// `JobId`: the task's job, whose own TaskFinish callback has the details.
    public var jobId: String?
    /// `Name`: the workflow node's name (`Snapshot_1581665960536`).
    public var name: String?
    /// `TemplateId`: the node's template (absent for some task types, e.g. SmartCover).
    public var templateId: String?
    /// `TemplateName`: the template's name.
    public var templateName: String?
    /// `TranscodeTemplateId`: the transcoding template of a VideoProcess, SDRtoHDR or SuperResolution node (Go SDK model).
    public var transcodeTemplateId: String?
    /// `TranscodeTemplateName`: that template's name (Go SDK model).
    public var transcodeTemplateName: String?
    /// `HdrMode`: an SDRtoHDR node's mode, e.g. `HDR10` (Go SDK model).
    public var hdrMode: String?
    /// `ResultInfo`: the objects the task wrote.
    public var resultInfo: ResultInfo?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Type", \.type),
        .value("CreateTime", \.createTime),
        .value("StartTime", \.startTime),
        .value("EndTime", \.endTime),
        .value("State", \.state),
        .value("JobId", \.jobId),
        .value("Name", \.name),
        .value("TemplateId", \.templateId),
        .value("TemplateName", \.templateName),
        .value("TranscodeTemplateId", \.transcodeTemplateId),
        .value("TranscodeTemplateName", \.transcodeTemplateName),
        .value("HdrMode", \.hdrMode),
        .node("ResultInfo", \.resultInfo),
    ])

    /// `Tasks.ResultInfo`: the objects a task wrote (dom 460/80039; Go
    /// `WorkflowExecutionNotifyBody`). Absent from the intl samples.
    public struct ResultInfo: NodeModel {
        /// `ObjectCount`: how many objects the task wrote (`1`).
        public var objectCount: Int?
        /// `SpriteObjectCount`: how many sprite sheets it wrote (Snapshot tasks).
        public var spriteObjectCount: Int?
        /// `ObjectInfo`: one entry per object written.
        public var objectInfo: [ObjectInfo] = []
        /// `SpriteObjectInfo`: one entry per sprite sheet written (no `ImageOcrResult`).
        public var spriteObjectInfo: [ObjectInfo] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("ObjectCount", \.objectCount),
            .value("SpriteObjectCount", \.spriteObjectCount),
            .nodes("ObjectInfo", \.objectInfo),
            .nodes("SpriteObjectInfo", \.spriteObjectInfo),
        ])
    }

    /// `ResultInfo.ObjectInfo`, `ResultInfo.SpriteObjectInfo`: one object written.
    public struct ObjectInfo: NodeModel {
        /// `ObjectName`: the object's key; it may start with `/` (`/output/cover-1.jpg`).
        public var objectName: String?
        /// `ObjectUrl`: the object's URL.
        public var objectUrl: String?
        /// `InputObjectName`: the object it was made from.
        public var inputObjectName: String?
        /// `Code`: `Success`, or the error code for this object.
        public var code: String?
        /// `Message`: the error message for this object (`success` when none).
        public var message: String?
        /// `ImageOcrResult`: the text found, for an image OCR task (Go SDK model; the
        /// same model as an ImageOCR job's ``JobOperation/detection``).
        public var imageOcrResult: ImageOCRDetection?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("ObjectName", \.objectName),
            .value("ObjectUrl", \.objectUrl),
            .value("InputObjectName", \.inputObjectName),
            .value("Code", \.code),
            .value("Message", \.message),
            .node("ImageOcrResult", \.imageOcrResult),
        ])
    }
}
