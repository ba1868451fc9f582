// Translation (翻译): submit API https://cloud.tencent.com/document/api/460/84799
// (intl: 数据万象/API 文档/任务与工作流/任务接口/AI 内容识别/提交内容识别任务/提交翻译任务)
// callback https://cloud.tencent.com/document/product/436/77604
// (intl: …/AI 内容识别/内容识别任务回调/翻译任务回调)

extension JobTag {
    /// Translation (翻译): a document (pdf, docx, pptx, xlsx, txt, html, markdown, or an
    /// image's text) translated into another language, written to `Operation.Output`.
    /// The source language and type are in `JobsDetail.Input` (`Lang`, `Type`, `BasicType`).
    ///
    /// Its own nodes: ``JobOperation/translation``, ``JobOperation/aiTranslateResult``.
    public static let translation: JobTag = "Translation"
}

extension JobOperation {
    /// `Translation`: the target language and file type.
    public var translation: TranslationRequest? {
        get { self[TranslationJob.translation] }
        set { self[TranslationJob.translation] = newValue }
    }
    /// `AITranslateResult`: the translated text (submit page only; not in the callback sample).
    public var aiTranslateResult: AITranslateResult? {
        get { self[TranslationJob.aiTranslateResult] }
        set { self[TranslationJob.aiTranslateResult] = newValue }
    }
}

enum TranslationJob: JobKind {
    static let tag = JobTag.translation
    static let translation = PartKey<TranslationRequest>("Translation")
    static let aiTranslateResult = PartKey<AITranslateResult>("AITranslateResult")
    static let operationParts: [Field<JobOperation>] = [
        .part(translation),
        .part(aiTranslateResult),
    ]
}

/// `Operation.Translation`: what to translate into.
public struct TranslationRequest: NodeModel {
    /// `Lang`: the target language, e.g. `zh`, `zh-hk`, `en`, `ja`, `ko`.
    public var lang: String?
    /// `Type`: the target file type, e.g. `pdf`, `docx`, `txt` (for images).
    public var type: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Lang", \.lang),
        .value("Type", \.type),
    ])
}

/// `Operation.AITranslateResult`: the translation's details, as the submit page lists
/// them (no callback sample has this node).
public struct AITranslateResult: NodeModel {
    /// `Result`: the translated text.
    public var result: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([.value("Result", \.result)])
}
