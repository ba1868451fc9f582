// SegmentVideoBody (视频人像抠图): submit API https://cloud.tencent.com/document/api/436/84280
// (also 436/85041, 460/84802, 436/121133, intl 1045/73058; request sample
// `SegmentVideoBody{Mode}`, `UserData`, `JobLevel`, `Output`). The field list with ranges is
// the Node.js SDK page https://cloud.tencent.com/document/product/1247/115074 (Mode `Mask`,
// `Foreground` or `Combination`; SegmentType `HumanSeg`, `GreenScreenSeg` or `SolidColorSeg`;
// Background colour and `BinaryThreshold` [0, 255]; `BackgroundLogoUrl`; `Remove*` [0, 255]
// with `SolidColorSeg`). Go SDK (cos-go-sdk-v5 cc9846d9): `SegmentVideoBody` ci_media.go:2054,
// `MediaProcessJobOperation.SegmentVideoBody` :790 (also a workflow node's operation :2106);
// example/CI/workflow_and_job/jobs.go:737. Read 2026-12-04. No callback body is published.

extension JobTag {
    /// SegmentVideoBody (视频人像抠图): the people (or a green or solid-colour screen's
    /// foreground) cut out of a video, as a mask, a foreground video or a composite on a new
    /// background (`MediaResult`, with the output's `MediaInfo`).
    ///
    /// Its own nodes: ``JobOperation/segmentVideoBody``.
    public static let segmentVideoBody: JobTag = "SegmentVideoBody"
}

extension JobOperation {
    /// `SegmentVideoBody`: the cut-out asked for (the request echo).
    public var segmentVideoBody: SegmentVideoBodyRequest? {
        get { self[SegmentVideoBodyJob.segmentVideoBody] }
        set { self[SegmentVideoBodyJob.segmentVideoBody] = newValue }
    }
}

enum SegmentVideoBodyJob: JobKind {
    static let tag = JobTag.segmentVideoBody
    static let segmentVideoBody = PartKey<SegmentVideoBodyRequest>("SegmentVideoBody")
    static let operationParts: [Field<JobOperation>] = [.part(segmentVideoBody)]
}

/// `Operation.SegmentVideoBody`: the cut-out's settings.
public struct SegmentVideoBodyRequest: NodeModel {
    /// `Mode`: `Mask` (the alpha channel, the default), `Foreground` (the foreground on a
    /// plain colour) or `Combination` (the foreground on `BackgroundLogoUrl`).
    public var mode: String?
    /// `SegmentType`: `HumanSeg` (people, the default), `GreenScreenSeg` or `SolidColorSeg`.
    public var segmentType: String?
    /// `BackgroundBlue`: the background's blue, [0, 255], with `Foreground`.
    public var backgroundBlue: Int?
    /// `BackgroundRed`: the background's red, [0, 255], with `Foreground`.
    public var backgroundRed: Int?
    /// `BackgroundGreen`: the background's green, [0, 255], with `Foreground`.
    public var backgroundGreen: Int?
    /// `BackgroundLogoUrl`: the background file, in the input's bucket, with `Combination`.
    public var backgroundLogoUrl: String?
    /// `BinaryThreshold`: moves the cut-out's edge, [0, 255].
    public var binaryThreshold: Int?
    /// `RemoveRed`: the solid background's red, [0, 255], with `SolidColorSeg`.
    public var removeRed: Int?
    /// `RemoveGreen`: the solid background's green, [0, 255], with `SolidColorSeg`.
    public var removeGreen: Int?
    /// `RemoveBlue`: the solid background's blue, [0, 255], with `SolidColorSeg`.
    public var removeBlue: Int?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Mode", \.mode),
        .value("SegmentType", \.segmentType),
        .value("BackgroundBlue", \.backgroundBlue),
        .value("BackgroundRed", \.backgroundRed),
        .value("BackgroundGreen", \.backgroundGreen),
        .value("BackgroundLogoUrl", \.backgroundLogoUrl),
        .value("BinaryThreshold", \.binaryThreshold),
        .value("RemoveRed", \.removeRed),
        .value("RemoveGreen", \.removeGreen),
        .value("RemoveBlue", \.removeBlue),
    ])
}
