// Animation (视频转动图): submit API: intl docs 数据万象/API 文档/任务与工作流/任务接口/媒体处理/提交媒体处理任务/提交视频转动图任务
// callback: https://cloud.tencent.com/document/product/436/76967 (intl: 媒体处理任务回调/视频转动图)

extension JobTag {
    /// Animation (视频转动图): a GIF or WebP made from a video (`MediaResult`, with
    /// the image's `MediaInfo`).
    ///
    /// Its own nodes: ``JobOperation/animation``.
    public static let animation: JobTag = "Animation"
}

extension JobOperation {
    /// `Animation`: the animation settings echoed (absent when a template was used).
    public var animation: AnimationRequest? {
        get { self[AnimationJob.animation] }
        set { self[AnimationJob.animation] = newValue }
    }
}

enum AnimationJob: JobKind {
    static let tag = JobTag.animation
    static let animation = PartKey<AnimationRequest>("Animation")
    static let operationParts: [Field<JobOperation>] = [.part(animation)]
}

/// `Operation.Animation`: how the animation was made (the animation template's fields).
public struct AnimationRequest: NodeModel {
    /// `Container`: `Format` `gif` or `webp`.
    public var container: TranscodeRequest.Container?
    /// `Video`: `Codec` (`gif`, `webp`), size, `Fps`, and the `Animate…` fields that
    /// choose the frames (`AnimateOnlyKeepKeyFrame`, `AnimateTimeIntervalOfFrame`,
    /// `AnimateFramesPerSecond`), `Quality`.
    public var video: TranscodeRequest.Video?
    /// `TimeInterval`: the part of the video used.
    public var timeInterval: TranscodeRequest.TimeInterval?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .node("Container", \.container),
        .node("Video", \.video),
        .node("TimeInterval", \.timeInterval),
    ])
}
