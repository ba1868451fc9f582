// Snapshot (截帧): submit API: intl docs 数据万象/API 文档/任务与工作流/任务接口/媒体处理/提交媒体处理任务 (截帧), fields as the
// snapshot template's (CreateMediaTemplate, Tag Snapshot)
// callback: https://cloud.tencent.com/document/product/436/85059 (intl: 媒体处理任务回调/截帧)

extension JobTag {
    /// Snapshot (截帧): still images taken from a video, and sprite sheets of them
    /// (`MediaResult.OutputFile` and its `SpriteOutputFile`).
    ///
    /// Its own nodes: ``JobOperation/snapshot``.
    public static let snapshot: JobTag = "Snapshot"
}

extension JobOperation {
    /// `Snapshot`: the snapshot settings echoed (absent when a template was used).
    public var snapshot: SnapshotRequest? {
        get { self[SnapshotJob.snapshot] }
        set { self[SnapshotJob.snapshot] = newValue }
    }
}

enum SnapshotJob: JobKind {
    static let tag = JobTag.snapshot
    static let snapshot = PartKey<SnapshotRequest>("Snapshot")
    static let operationParts: [Field<JobOperation>] = [.part(snapshot)]

    /// Sprite sheets (`Output.SpriteObject`, `SpriteOutputFile`): a template-run job
    /// echoes no request.
    static func isHinted(by operation: JobOperation) -> Bool {
        operation.output?.spriteObject != nil || operation.mediaResult?.outputFile?.spriteOutputFile != nil
    }
}

/// `Operation.Snapshot`: how the frames were taken (the snapshot template's fields).
public struct SnapshotRequest: NodeModel {
    /// `Mode`: `Interval`, `Average`, `KeyFrame`.
    public var mode: String?
    /// `Start`: seconds into the video (millisecond precision).
    public var start: Double?
    /// `TimeInterval`: seconds between snapshots, (0, 3600].
    public var timeInterval: Double?
    /// `Count`: how many snapshots, (0, 10000].
    public var count: Int?
    /// `Width`: pixels, [128, 4096].
    public var width: Int?
    /// `Height`: pixels, [128, 4096].
    public var height: Int?
    /// `CIParam`: image processing applied to each snapshot, e.g. `imageMogr2/format/png`.
    public var ciParam: String?
    /// `IsCheckCount`: `true` insists on `Count` snapshots (an `Interval` run on a short video switches to `Average`).
    public var isCheckCount: Bool?
    /// `IsCheckBlack`: whether to detect and skip black frames (`BlackLevel`, `PixelBlackThreshold`).
    public var isCheckBlack: Bool?
    /// `BlackLevel`: percent of black pixels that makes a frame black, [30, 100].
    public var blackLevel: Int?
    /// `PixelBlackThreshold`: the level under which a pixel is black, [0, 255].
    public var pixelBlackThreshold: Int?
    /// `SnapshotOutMode`: `OnlySnapshot`, `OnlySprite` or `SnapshotAndSprite`.
    public var snapshotOutMode: String?
    /// `SpriteSnapshotConfig`: the sprite sheets' layout.
    public var spriteSnapshotConfig: SpriteSnapshotConfig?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Mode", \.mode),
        .value("Start", \.start),
        .value("TimeInterval", \.timeInterval),
        .value("Count", \.count),
        .value("Width", \.width),
        .value("Height", \.height),
        .value("CIParam", \.ciParam),
        .value("IsCheckCount", \.isCheckCount),
        .value("IsCheckBlack", \.isCheckBlack),
        .value("BlackLevel", \.blackLevel),
        .value("PixelBlackThreshold", \.pixelBlackThreshold),
        .value("SnapshotOutMode", \.snapshotOutMode),
        .node("SpriteSnapshotConfig", \.spriteSnapshotConfig),
    ])

    /// `Snapshot.SpriteSnapshotConfig`: a grid of snapshots per sheet.
    public struct SpriteSnapshotConfig: NodeModel {
        /// `CellWidth`: one image's size, pixels, [8, 4096].
        public var cellWidth: Int?
        /// `CellHeight`: one image's size, pixels, [8, 4096].
        public var cellHeight: Int?
        /// `Padding`: pixels, [0, 1024].
        public var padding: Int?
        /// `Margin`: pixels, [0, 1024].
        public var margin: Int?
        /// `Color`: the background, an ffmpeg colour (`White`, `0xRRGGBB`).
        public var color: String?
        /// `Columns`: the grid, [1, 10000].
        public var columns: Int?
        /// `Lines`: the grid, [1, 10000].
        public var lines: Int?
        /// `ScaleMethod` (Go SDK): `DirectScale`, `MaxWHScaleAndPad`, ….
        public var scaleMethod: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("CellWidth", \.cellWidth),
            .value("CellHeight", \.cellHeight),
            .value("Padding", \.padding),
            .value("Margin", \.margin),
            .value("Color", \.color),
            .value("Columns", \.columns),
            .value("Lines", \.lines),
            .value("ScaleMethod", \.scaleMethod),
        ])
    }
}
