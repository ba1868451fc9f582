// Tts (语音合成): submit API, intl 数据万象/API 文档/任务与工作流/任务接口/媒体处理接口/
// 语音合成任务接口/创建语音合成任务 (TtsTpl: …/模板接口/…/创建语音合成模板);
// callback, intl …/媒体处理/媒体处理任务回调/语音合成

extension JobTag {
    /// Tts (语音合成): speech synthesised from a text, written as an audio object
    /// (`MediaResult`). A Tts job has no `JobsDetail.Input`.
    ///
    /// Its own nodes: ``JobOperation/ttsConfig``, ``JobOperation/ttsTpl``.
    public static let tts: JobTag = "Tts"
}

extension JobOperation {
    /// `TtsConfig`: the text to speak (or where to read it).
    public var ttsConfig: TtsConfig? {
        get { self[TtsJob.ttsConfig] }
        set { self[TtsJob.ttsConfig] = newValue }
    }
    /// `TtsTpl`: the voice settings, when the request gave them instead of a template.
    public var ttsTpl: TtsTemplate? {
        get { self[TtsJob.ttsTpl] }
        set { self[TtsJob.ttsTpl] = newValue }
    }
}

enum TtsJob: JobKind {
    static let tag = JobTag.tts
    static let ttsConfig = PartKey<TtsConfig>("TtsConfig")
    static let ttsTpl = PartKey<TtsTemplate>("TtsTpl")
    static let operationParts: [Field<JobOperation>] = [
        .part(ttsConfig),
        .part(ttsTpl),
    ]
}

/// `Operation.TtsConfig`: what to speak.
public struct TtsConfig: NodeModel {
    /// `Input`: the text (UTF-8, up to 300 characters), or a COS URL of a UTF-8 text file
    /// when `InputType` is `Url`.
    public var input: String?
    /// `InputType`: `Text` or `Url`.
    public var inputType: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Input", \.input),
        .value("InputType", \.inputType),
    ])
}

/// `Operation.TtsTpl`: the voice settings, as the template API defines them (no
/// callback sample shows this node).
public struct TtsTemplate: NodeModel {
    /// `Mode`: `Asyc` (asynchronous, the service's spelling) or `Sync`.
    public var mode: String?
    /// `Codec`: the audio format, `wav`, `mp3` or `pcm`.
    public var codec: String?
    /// `VoiceType`: the voice, e.g. `ruxue` (the default), `aixiaonan`.
    public var voiceType: String?
    /// `Volume`: -10 to 10, default 0.
    public var volume: Int?
    /// `Speed`: 50 to 200 (percent), default 100.
    public var speed: Int?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Mode", \.mode),
        .value("Codec", \.codec),
        .value("VoiceType", \.voiceType),
        .value("Volume", \.volume),
        .value("Speed", \.speed),
    ])
}
