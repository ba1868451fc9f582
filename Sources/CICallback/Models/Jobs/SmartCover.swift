// SmartCover (智能封面): submit API: intl docs 数据万象/API 文档/任务与工作流/任务接口/媒体处理/提交媒体处理任务/提交智能封面任务
// callback: intl 媒体处理任务回调/智能封面 (job-types.md §4.4)

extension JobTag {
    /// SmartCover (智能封面): the best frames of a video, as cover images
    /// (`MediaResult.OutputFile.ObjectName`, full keys).
    ///
    /// Its own nodes: ``JobOperation/smartCover``.
    public static let smartCover: JobTag = "SmartCover"
}

extension JobOperation {
    /// `SmartCover`: the cover settings echoed.
    public var smartCover: SmartCoverRequest? {
        get { self[SmartCoverJob.smartCover] }
        set { self[SmartCoverJob.smartCover] = newValue }
    }
}

enum SmartCoverJob: JobKind {
    static let tag = JobTag.smartCover
    static let smartCover = PartKey<SmartCoverRequest>("SmartCover")
    static let operationParts: [Field<JobOperation>] = [.part(smartCover)]
}

/// `Operation.SmartCover`: the cover settings (the submit table types the whole node
/// "String", a doc error; it is a container).
public struct SmartCoverRequest: NodeModel {
    /// `Count`: how many covers, [1, 10].
    public var count: Int?
    /// `DeleteDuplicates`: whether to drop covers that look alike.
    public var deleteDuplicates: Bool?
    /// `Format`: `jpg`, `png`, `webp`.
    public var format: String?
    /// `Width`: pixels, [128, 4096].
    public var width: Int?
    /// `Height`: pixels, [128, 4096].
    public var height: Int?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Count", \.count),
        .value("DeleteDuplicates", \.deleteDuplicates),
        .value("Format", \.format),
        .value("Width", \.width),
        .value("Height", \.height),
    ])
}
