// VideoMontage (精彩集锦): submit API: intl docs 数据万象/API 文档/任务与工作流/任务接口/媒体处理/提交媒体处理任务/提交精彩集锦任务
// callback: intl 数据万象/API 文档/任务与工作流/任务接口/媒体处理/媒体处理任务回调/精彩集锦

extension JobTag {
    /// VideoMontage (精彩集锦): the highlights of a video cut into a short one
    /// (`MediaResult`, with the output's `MediaInfo`).
    ///
    /// Its own nodes: ``JobOperation/videoMontage``.
    public static let videoMontage: JobTag = "VideoMontage"
}

extension JobOperation {
    /// `VideoMontage`: the montage settings echoed (absent when a template was used).
    public var videoMontage: VideoMontageRequest? {
        get { self[VideoMontageJob.videoMontage] }
        set { self[VideoMontageJob.videoMontage] = newValue }
    }
}

enum VideoMontageJob: JobKind {
    static let tag = JobTag.videoMontage
    static let videoMontage = PartKey<VideoMontageRequest>("VideoMontage")
    static let operationParts: [Field<JobOperation>] = [.part(videoMontage)]
}

/// `Operation.VideoMontage`: how the montage was made (the montage template's fields;
/// the docs' table repeats the transcode template's nodes).
public struct VideoMontageRequest: NodeModel {
    /// `Container`: the output's container format.
    public var container: TranscodeRequest.Container?
    /// `Video`: the output's video settings.
    public var video: TranscodeRequest.Video?
    /// `Audio`: the output's audio settings.
    public var audio: TranscodeRequest.Audio?
    /// `TimeInterval`: the part of the input used.
    public var timeInterval: TranscodeRequest.TimeInterval?
    /// `TransConfig`: how the output is adapted to the input.
    public var transConfig: TranscodeRequest.TransConfig?
    /// `AudioMix`: audio mixed in (a list: "Container 数组" in the docs).
    public var audioMix: [TranscodeRequest.AudioMix] = []
    /// `AudioMixArray` (Go SDK).
    public var audioMixArray: [TranscodeRequest.AudioMix] = []
    /// `Duration`: the montage's length, seconds (`15`).
    public var duration: Double?
    /// `Scene`: `Video` (general), `Soccer`, ….
    public var scene: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .node("Container", \.container),
        .node("Video", \.video),
        .node("Audio", \.audio),
        .node("TimeInterval", \.timeInterval),
        .node("TransConfig", \.transConfig),
        .nodes("AudioMix", \.audioMix),
        .nodes("AudioMixArray", \.audioMixArray),
        .value("Duration", \.duration),
        .value("Scene", \.scene),
    ])
}
