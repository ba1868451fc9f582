// VideoProcess (视频增强): submit API: intl docs 数据万象/API 文档/任务与工作流/任务接口/媒体处理/提交媒体处理任务/提交视频增强任务
// callback: https://cloud.tencent.com/document/product/436/85054 (intl: 媒体处理任务回调/视频增强)

extension JobTag {
    /// VideoProcess (视频增强): colour enhancement and sharpening, then a transcode
    /// (`TranscodeTemplateId`; `MediaResult`, with the output's `MediaInfo`).
    ///
    /// Its own nodes: ``JobOperation/videoProcess``.
    public static let videoProcess: JobTag = "VideoProcess"
}

extension JobOperation {
    /// `VideoProcess`: the enhancement settings echoed (absent when a template was used).
    /// The job can also echo `Transcode`, `Watermark` and `DigitalWatermark`.
    public var videoProcess: VideoProcessRequest? {
        get { self[VideoProcessJob.videoProcess] }
        set { self[VideoProcessJob.videoProcess] = newValue }
    }
}

enum VideoProcessJob: JobKind {
    static let tag = JobTag.videoProcess
    static let videoProcess = PartKey<VideoProcessRequest>("VideoProcess")
    static let operationParts: [Field<JobOperation>] = [.part(videoProcess)]
    /// It enhances, then transcodes: its bodies echo Transcode's nodes too.
    static let embeds: [any JobKind.Type] = [TranscodeJob.self]
}

/// `Operation.VideoProcess`: the enhancements asked for (the video-enhance template's fields).
public struct VideoProcessRequest: NodeModel {
    /// `ColorEnhance`: colour enhancement.
    public var colorEnhance: ColorEnhance?
    /// `MsSharpen`: sharpening.
    public var msSharpen: MsSharpen?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .node("ColorEnhance", \.colorEnhance),
        .node("MsSharpen", \.msSharpen),
    ])

    /// `ColorEnhance`: colour enhancement.
    public struct ColorEnhance: NodeModel {
        /// `Enable`: whether this enhancement is on.
        public var enable: Bool?
        /// `Contrast`: strength, [0, 100].
        public var contrast: Int?
        /// `Correction`: strength, [0, 100].
        public var correction: Int?
        /// `Saturation`: strength, [0, 100].
        public var saturation: Int?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Enable", \.enable),
            .value("Contrast", \.contrast),
            .value("Correction", \.correction),
            .value("Saturation", \.saturation),
        ])
    }

    /// `MsSharpen`: detail sharpening.
    public struct MsSharpen: NodeModel {
        /// `Enable`: whether this enhancement is on.
        public var enable: Bool?
        /// `SharpenLevel`: strength, [0, 10].
        public var sharpenLevel: Int?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Enable", \.enable),
            .value("SharpenLevel", \.sharpenLevel),
        ])
    }
}
