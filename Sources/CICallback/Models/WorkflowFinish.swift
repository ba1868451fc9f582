// WorkflowFinish: the workflow-level callback.
// https://cloud.tencent.com/document/product/460/76966 (工作流回调)

/// `Response.WorkflowExecution`: one finished workflow instance.
public struct WorkflowExecution: NodeModel {
    public var runId: String?
    public var bucketId: String?
    public var object: String?
    /// `CosHeaders`: present when the object was uploaded with custom headers.
    public var cosHeaders: [CosHeader] = []
    public var workflowId: String?
    public var workflowName: String?
    /// `CreateTime`: written with a space (`2022-08-09 14:54:17+0800`).
    public var createTime: Timestamp?
    /// `State`: `Failed` if any task failed.
    public var state: JobState?
    public var tasks: [WorkflowTask] = []
    public var unknownNodes: [Node] = []
    public init() {}
    public static let nodeFields = NodeFields<Self>([
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
    public var createTime: Timestamp?
    public var startTime: Timestamp?
    public var endTime: Timestamp?
    public var state: JobState?
    public var jobId: String?
    public var name: String?
    public var templateId: String?
    public var templateName: String?
    public var transcodeTemplateId: String?
    public var transcodeTemplateName: String?
    public var hdrMode: String?
    public var resultInfo: ResultInfo?
    public var unknownNodes: [Node] = []
    public init() {}
    public static let nodeFields = NodeFields<Self>([
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

    /// `Tasks.ResultInfo`: the objects a task wrote.
    public struct ResultInfo: NodeModel {
        public var objectCount: Int?
        public var spriteObjectCount: Int?
        public var objectInfo: [ObjectInfo] = []
        public var spriteObjectInfo: [ObjectInfo] = []
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("ObjectCount", \.objectCount),
            .value("SpriteObjectCount", \.spriteObjectCount),
            .nodes("ObjectInfo", \.objectInfo),
            .nodes("SpriteObjectInfo", \.spriteObjectInfo),
        ])
    }

    /// `ResultInfo.ObjectInfo`.
    public struct ObjectInfo: NodeModel {
        public var objectName: String?
        public var objectUrl: String?
        public var inputObjectName: String?
        public var code: String?
        public var message: String?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("ObjectName", \.objectName),
            .value("ObjectUrl", \.objectUrl),
            .value("InputObjectName", \.inputObjectName),
            .value("Code", \.code),
            .value("Message", \.message),
        ])
    }
}
