// FillConcat (填充拼接): no documentation page or callback body found (searched 2026-12-04).
// Go SDK (cos-go-sdk-v5 cc9846d9): `FillConcat{Format, FillInput[]{Url, FillTime}, RefMode,
// RefIndex}` ci_media.go:3885 (`FillConcatInput` :3893), `MediaProcessJobOperation.FillConcat`
// :798; example/CI/workflow_and_job/jobs.go:960 (three `FillInput`s: a video, a gap of
// `FillTime` `5.5`, another video; `Format` `mp4`; no `Input`). Every field is the Go SDK
// model's, typed from that example where it gives a value.

extension JobTag {
    /// FillConcat (填充拼接): videos joined end to end with filled gaps between them
    /// (`MediaResult`, with the output's `MediaInfo`, as the other joining jobs report).
    ///
    /// Its own nodes: ``JobOperation/fillConcat``.
    public static let fillConcat: JobTag = "FillConcat"
}

extension JobOperation {
    /// `FillConcat`: the inputs and gaps to join (the request echo).
    public var fillConcat: FillConcatRequest? {
        get { self[FillConcatJob.fillConcat] }
        set { self[FillConcatJob.fillConcat] = newValue }
    }
}

enum FillConcatJob: JobKind {
    static let tag = JobTag.fillConcat
    static let fillConcat = PartKey<FillConcatRequest>("FillConcat")
    static let operationParts: [Field<JobOperation>] = [.part(fillConcat)]
}

/// `Operation.FillConcat` (Go SDK model): what to join, in order.
public struct FillConcatRequest: NodeModel {
    /// `Format`: the output's container format, e.g. `mp4`.
    public var format: String?
    /// `FillInput`: the pieces in order, each a file (`Url`) or a gap (`FillTime`); repeats.
    public var fillInput: [FillInput] = []
    /// `RefMode`: how the reference input is chosen, as sent (not documented).
    public var refMode: String?
    /// `RefIndex`: the index of the reference input (not documented).
    public var refIndex: Int?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Format", \.format),
        .nodes("FillInput", \.fillInput),
        .value("RefMode", \.refMode),
        .value("RefIndex", \.refIndex),
    ])

    /// `FillConcat.FillInput` (Go SDK model): one piece, a file or a gap.
    public struct FillInput: NodeModel {
        /// `Url`: the file's address.
        public var url: String?
        /// `FillTime`: the length of a filled gap, seconds (`5.5` in the Go example).
        public var fillTime: Double?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Url", \.url),
            .value("FillTime", \.fillTime),
        ])
    }
}
