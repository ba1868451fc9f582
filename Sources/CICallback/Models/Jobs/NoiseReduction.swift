// NoiseReduction (音频降噪): submit API https://cloud.tencent.com/document/api/460/84796
// callback: intl 数据万象/API 文档/任务与工作流/任务接口/媒体处理/媒体处理任务回调/降噪
// (template: https://cloud.tencent.com/document/product/436/97976)

extension JobTag {
    /// NoiseReduction (音频降噪): an audio track with its background noise removed,
    /// written to `Operation.Output`.
    ///
    /// Its own nodes: ``JobOperation/noiseReduction``, ``JobOperation/output``.
    public static let noiseReduction: JobTag = "NoiseReduction"
}

extension JobOperation {
    /// `NoiseReduction`: the request's output settings (absent when a template was used,
    /// as in the published callback).
    public var noiseReduction: NoiseReductionRequest? {
        get { self[NoiseReductionJob.noiseReduction] }
        set { self[NoiseReductionJob.noiseReduction] = newValue }
    }
}

enum NoiseReductionJob: JobKind {
    static let tag = JobTag.noiseReduction
    static let noiseReduction = PartKey<NoiseReductionRequest>("NoiseReduction")
    static let operationParts: [Field<JobOperation>] = [.part(noiseReduction)]
}

/// `Operation.NoiseReduction`: the output audio settings, as the request gave them
/// (the submit page's sample; the template API has the same node).
public struct NoiseReductionRequest: NodeModel {
    /// `Format`: the container written, `mp3`, `m4a` or `wav` (the default).
    public var format: String?
    /// `SampleRate`: Hz, one of 8000, 12000, 16000 (the default), 24000, 32000, 44100,
    /// 48000; the spelling of the submit page's sample.
    public var sampleRate: Int?
    /// `Samplerate`: the same setting as the template API and the Go SDK spell it
    /// (a body may carry either spelling; each keeps its own field).
    public var templateSampleRate: Int?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Format", \.format),
        .value("SampleRate", \.sampleRate),
        .value("Samplerate", \.templateSampleRate),
    ])
}
