// VideoSynthesis (视频合成): no documentation page or callback body found (searched 2026-12-04).
// Go SDK (cos-go-sdk-v5 cc9846d9): `VideoSynthesis{KeepAudioTrack, SpliceInfo[]{Url, X, Y,
// Width, Height}}` ci_media.go:3899 (`VideoSynthesisSpliceInfo` :3905),
// `MediaProcessJobOperation.VideoSynthesis` :799; example/CI/workflow_and_job/jobs.go:992
// (two videos side by side, `Width` `640`, `X` `640`, `KeepAudioTrack` `false`, with a
// `Transcode` and a `Watermark` beside `VideoSynthesis`). Every field is the Go SDK model's.
// The request carries `Transcode` and `Watermark`, Transcode's own nodes, so the job
// `embeds` Transcode: a body without `Tag` that has `VideoSynthesis` and those nodes is a
// VideoSynthesis job.

extension JobTag {
    /// VideoSynthesis (视频合成): several videos laid out on one picture, then transcoded
    /// (`MediaResult`, with the output's `MediaInfo`; the request's `Transcode` and
    /// `Watermark` come back as ``JobOperation/transcode`` and ``JobOperation/watermark``).
    ///
    /// Its own nodes: ``JobOperation/videoSynthesis``.
    public static let videoSynthesis: JobTag = "VideoSynthesis"
}

extension JobOperation {
    /// `VideoSynthesis`: the videos and where each goes (the request echo).
    public var videoSynthesis: VideoSynthesisRequest? {
        get { self[VideoSynthesisJob.videoSynthesis] }
        set { self[VideoSynthesisJob.videoSynthesis] = newValue }
    }
}

enum VideoSynthesisJob: JobKind {
    static let tag = JobTag.videoSynthesis
    static let videoSynthesis = PartKey<VideoSynthesisRequest>("VideoSynthesis")
    static let operationParts: [Field<JobOperation>] = [.part(videoSynthesis)]
    /// It lays out, then transcodes: its bodies echo Transcode's nodes too.
    static let embeds: [any JobKind.Type] = [TranscodeJob.self]
}

/// `Operation.VideoSynthesis` (Go SDK model): the videos to lay out.
public struct VideoSynthesisRequest: NodeModel {
    /// `KeepAudioTrack`: `true` keeps the inputs' audio (`false` in the Go example).
    public var keepAudioTrack: Bool?
    /// `SpliceInfo`: one input and its place in the picture; repeats.
    public var spliceInfo: [SpliceInfo] = []
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("KeepAudioTrack", \.keepAudioTrack),
        .nodes("SpliceInfo", \.spliceInfo),
    ])

    /// `VideoSynthesis.SpliceInfo` (Go SDK model): one input and its rectangle.
    public struct SpliceInfo: NodeModel {
        /// `Url`: the input's address.
        public var url: String?
        /// `X`: the left edge, pixels from the left of the picture.
        public var x: Int?
        /// `Y`: the top edge, pixels from the top of the picture.
        public var y: Int?
        /// `Width`: pixels.
        public var width: Int?
        /// `Height`: pixels.
        public var height: Int?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Url", \.url),
            .value("X", \.x),
            .value("Y", \.y),
            .value("Width", \.width),
            .value("Height", \.height),
        ])
    }
}
