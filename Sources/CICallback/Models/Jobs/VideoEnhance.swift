// VideoEnhance (画质增强): submit API https://cloud.tencent.com/document/api/436/85017
// (its request sample: `TemplateId`, `WatermarkTemplateId` ×2, `DigitalWatermark`, `Output`;
// the same page at 460/84775, which the Go example links); template API 460/84722.
// Go SDK (cos-go-sdk-v5 cc9846d9): `VideoEnhance` ci_media.go:2590, `FrameEnhance` :2600,
// `MediaProcessJobOperation.VideoEnhance` :787; example/CI/workflow_and_job/jobs.go:127 (job)
// and template.go:150 (template). Read 2026-12-04.
// No callback body is published. The page's tables past the request sample could not be
// read, so the children's types come from the models they share with other job types
// (`Transcode`, `SuperResolution`, `SDRtoHDR`, VideoProcess's `ColorEnhance`/`MsSharpen`)
// and `FrameDoubling` from the Go example's `"true"`.
// The job runs its transcode inside the `VideoEnhance` node (`VideoEnhance.Transcode`), not
// as `Operation.Transcode`, so it embeds no other type.

extension JobTag {
    /// VideoEnhance (画质增强): a video made better by any of upscaling, colour
    /// enhancement, sharpening, SDR to HDR and frame interpolation, then transcoded, all in
    /// one request (`MediaResult`, with the output's `MediaInfo`).
    ///
    /// Its own nodes: ``JobOperation/videoEnhance``.
    public static let videoEnhance: JobTag = "VideoEnhance"
}

extension JobOperation {
    /// `VideoEnhance`: the enhancements and the transcode asked for (absent when a template
    /// was used: `TemplateId`).
    public var videoEnhance: VideoEnhanceRequest? {
        get { self[VideoEnhanceJob.videoEnhance] }
        set { self[VideoEnhanceJob.videoEnhance] = newValue }
    }
}

enum VideoEnhanceJob: JobKind {
    static let tag = JobTag.videoEnhance
    static let videoEnhance = PartKey<VideoEnhanceRequest>("VideoEnhance")
    static let operationParts: [Field<JobOperation>] = [.part(videoEnhance)]
}

/// `Operation.VideoEnhance`: the video-enhance template's fields. Each child has the
/// shape of the node of the same name elsewhere: `Transcode` is Transcode's request,
/// `SuperResolution` and `SDRtoHDR` those job types' requests, `ColorEnhance` and
/// `MsSharpen` VideoProcess's.
public struct VideoEnhanceRequest: NodeModel {
    /// `Transcode`: the output's transcoding settings.
    public var transcode: TranscodeRequest?
    /// `SuperResolution`: upscaling.
    public var superResolution: SuperResolutionRequest?
    /// `ColorEnhance`: colour enhancement.
    public var colorEnhance: VideoProcessRequest.ColorEnhance?
    /// `MsSharpen`: detail sharpening.
    public var msSharpen: VideoProcessRequest.MsSharpen?
    /// `SDRtoHDR`: HDR conversion.
    public var sdrToHdr: SDRtoHDRRequest?
    /// `FrameEnhance`: frame interpolation (Go SDK model).
    public var frameEnhance: FrameEnhance?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .node("Transcode", \.transcode),
        .node("SuperResolution", \.superResolution),
        .node("ColorEnhance", \.colorEnhance),
        .node("MsSharpen", \.msSharpen),
        .node("SDRtoHDR", \.sdrToHdr),
        .node("FrameEnhance", \.frameEnhance),
    ])

    /// `VideoEnhance.FrameEnhance` (Go SDK model): frame interpolation.
    public struct FrameEnhance: NodeModel {
        /// `FrameDoubling`: `true` doubles the frame rate (the Go example sends `"true"`).
        public var frameDoubling: Bool?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("FrameDoubling", \.frameDoubling)
        ])
    }
}
