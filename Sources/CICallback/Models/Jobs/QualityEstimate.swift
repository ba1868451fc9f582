// QualityEstimate (视频质量评分): submit API https://cloud.tencent.com/document/api/436/85025
// callback https://cloud.tencent.com/document/product/436/85062
// (intl: 数据万象/API 文档/任务与工作流/任务接口/媒体处理/媒体处理任务回调/视频质量评分)

extension JobTag {
    /// QualityEstimate (视频质量评分): a video's quality score, 0–10
    /// (`Operation.QualityEstimate.Score`).
    ///
    /// Its own nodes: ``JobOperation/qualityEstimate``, ``JobOperation/qualityEstimateConfig``.
    public static let qualityEstimate: JobTag = "QualityEstimate"
}

extension JobOperation {
    /// `QualityEstimate`: the score (and, in `vqaPlus` mode, the problems found).
    public var qualityEstimate: QualityEstimate? {
        get { self[QualityEstimateJob.qualityEstimate] }
        set { self[QualityEstimateJob.qualityEstimate] = newValue }
    }
    /// `QualityEstimateConfig`: the request's settings (absent in the published callback).
    public var qualityEstimateConfig: QualityEstimateConfig? {
        get { self[QualityEstimateJob.qualityEstimateConfig] }
        set { self[QualityEstimateJob.qualityEstimateConfig] = newValue }
    }
}

enum QualityEstimateJob: JobKind {
    static let tag = JobTag.qualityEstimate
    static let qualityEstimate = PartKey<QualityEstimate>("QualityEstimate")
    static let qualityEstimateConfig = PartKey<QualityEstimateConfig>("QualityEstimateConfig")
    static let operationParts: [Field<JobOperation>] = [
        .part(qualityEstimate),
        .part(qualityEstimateConfig),
    ]
}

/// `Operation.QualityEstimate`: the result.
public struct QualityEstimate: NodeModel {
    /// `Score`: out of 10, e.g. `6.460358`; 6 or more is good quality.
    public var score: Double?
    /// `VqaPlusResult`: the problems found in `vqaPlus` mode (Go SDK model; no
    /// callback sample shows it).
    public var vqaPlusResult: VqaPlusResult?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Score", \.score),
        .node("VqaPlusResult", \.vqaPlusResult),
    ])

    /// `QualityEstimate.VqaPlusResult`.
    public struct VqaPlusResult: NodeModel {
        /// `NoAudio`: `true` when the input has no such stream.
        public var noAudio: Bool?
        /// `NoVideo`: `true` when the input has no such stream.
        public var noVideo: Bool?
        /// `DetailedResult`: one entry per kind of problem.
        public var detailedResult: [DetailedResult] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("NoAudio", \.noAudio),
            .value("NoVideo", \.noVideo),
            .nodes("DetailedResult", \.detailedResult),
        ])
    }

    /// `VqaPlusResult.DetailedResult`: one kind of problem and where it occurs.
    public struct DetailedResult: NodeModel {
        /// `Type`: the problem, e.g. `BlackScreen`, `Jitter`, `Blur`.
        public var type: String?
        /// `Items`: each occurrence.
        public var items: [Item] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Type", \.type),
            .nodes("Items", \.items),
        ])
    }

    /// `DetailedResult.Items`: one occurrence of a problem.
    public struct Item: NodeModel {
        /// `Confidence`: 0–100.
        public var confidence: Int?
        /// `StartTimeOffset`: seconds into the video.
        public var startTimeOffset: Double?
        /// `EndTimeOffset`: seconds into the video.
        public var endTimeOffset: Double?
        /// `AreaCoordSet`: the area concerned, as pixel coordinates (x1, y1, x2, y2).
        public var areaCoordSet: [Int] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Confidence", \.confidence),
            .value("StartTimeOffset", \.startTimeOffset),
            .value("EndTimeOffset", \.endTimeOffset),
            .values("AreaCoordSet", \.areaCoordSet),
        ])
    }
}

/// `Operation.QualityEstimateConfig`: the request's settings.
public struct QualityEstimateConfig: NodeModel {
    /// `Rotate`: degrees to rotate the video by before scoring, e.g. `90`.
    public var rotate: Int?
    /// `Mode`: `Normal` (a score only) or `vqaPlus` (also the problems found).
    public var mode: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Rotate", \.rotate),
        .value("Mode", \.mode),
    ])
}
