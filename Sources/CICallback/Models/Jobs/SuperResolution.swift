// SuperResolution (超分辨率): submit API: intl docs 数据万象/API 文档/任务与工作流/任务接口/媒体处理/提交媒体处理任务 (超分辨率)
// callback: https://cloud.tencent.com/document/product/460/84809 (intl: 媒体处理任务回调/超分辨率)

extension JobTag {
    /// SuperResolution (超分辨率): a video upscaled (SD to HD, HD to 4K), then
    /// transcoded (`TranscodeTemplateId`; `MediaResult`, with the output's `MediaInfo`;
    /// `DigitalWatermark` when one was embedded, `SubTag` `DigitalWatermark`).
    ///
    /// Its own nodes: ``JobOperation/superResolution``.
    public static let superResolution: JobTag = "SuperResolution"
}

extension JobOperation {
    /// `SuperResolution`: the upscaling settings echoed (absent when a template was used).
    /// The job can also echo `Transcode` and `Watermark`.
    public var superResolution: SuperResolutionRequest? {
        get { self[SuperResolutionJob.superResolution] }
        set { self[SuperResolutionJob.superResolution] = newValue }
    }
}

enum SuperResolutionJob: JobKind {
    static let tag = JobTag.superResolution
    static let superResolution = PartKey<SuperResolutionRequest>("SuperResolution")
    static let operationParts: [Field<JobOperation>] = [.part(superResolution)]
    /// It upscales, then transcodes: its bodies echo Transcode's nodes too.
    static let embeds: [any JobKind.Type] = [TranscodeJob.self]
}

/// `Operation.SuperResolution`: the upscaling asked for (the super-resolution template's fields).
public struct SuperResolutionRequest: NodeModel {
    /// `Resolution`: `sdtohd` or `hdto4k`.
    public var resolution: String?
    /// `EnableScaleUp`: `true` upscales by the output's size.
    public var enableScaleUp: Bool?
    /// `Version`: `Base` or `Enhance`.
    public var version: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Resolution", \.resolution),
        .value("EnableScaleUp", \.enableScaleUp),
        .value("Version", \.version),
    ])
}
