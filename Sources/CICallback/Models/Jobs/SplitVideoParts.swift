// SplitVideoParts (视频拆条): callback https://cloud.tencent.com/document/product/436/97911
// and https://cloud.tencent.com/document/product/436/121074 (domestic only; the
// pages' samples are truncated)

extension JobTag {
    /// SplitVideoParts (视频拆条): a video cut into parts at its shots or scenes, as
    /// time spans (`Operation.SplitVideoInfoResult.TimeInfo`).
    ///
    /// Its own nodes: ``JobOperation/splitVideoParts``, ``JobOperation/splitVideoInfoResult``.
    public static let splitVideoParts: JobTag = "SplitVideoParts"
}

extension JobOperation {
    /// `SplitVideoParts`: the request echo.
    public var splitVideoParts: SplitVideoPartsRequest? {
        get { self[SplitVideoPartsJob.splitVideoParts] }
        set { self[SplitVideoPartsJob.splitVideoParts] = newValue }
    }
    /// `SplitVideoInfoResult`: the parts found.
    public var splitVideoInfoResult: SplitVideoInfoResult? {
        get { self[SplitVideoPartsJob.splitVideoInfoResult] }
        set { self[SplitVideoPartsJob.splitVideoInfoResult] = newValue }
    }
}

enum SplitVideoPartsJob: JobKind {
    static let tag = JobTag.splitVideoParts
    static let splitVideoParts = PartKey<SplitVideoPartsRequest>("SplitVideoParts")
    static let splitVideoInfoResult = PartKey<SplitVideoInfoResult>("SplitVideoInfoResult")
    static let operationParts: [Field<JobOperation>] = [
        .part(splitVideoParts),
        .part(splitVideoInfoResult),
    ]
}

/// `Operation.SplitVideoParts`: how to cut.
public struct SplitVideoPartsRequest: NodeModel {
    /// `Mode`: `SHOTDETECT` (at shot changes) or `SCENEDETECT` (at scene changes).
    public var mode: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([.value("Mode", \.mode)])
}

/// `Operation.SplitVideoInfoResult`.
public struct SplitVideoInfoResult: NodeModel {
    /// `TimeInfo`: one entry per part, in order.
    public var timeInfo: [TimeInfo] = []
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([.nodes("TimeInfo", \.timeInfo)])

    /// `SplitVideoInfoResult.TimeInfo`: one part.
    public struct TimeInfo: NodeModel {
        /// `Index`: the part's number.
        public var index: Int?
        /// `PartBegin`: seconds into the video, e.g. `5.320000`.
        public var partBegin: Double?
        /// `PartEnd`: seconds into the video, e.g. `5.320000`.
        public var partEnd: Double?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Index", \.index),
            .value("PartBegin", \.partBegin),
            .value("PartEnd", \.partEnd),
        ])
    }
}
