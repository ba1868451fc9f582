// ExtractDigitalWatermark (提取数字水印): submit API https://cloud.tencent.com/document/product/460/84821
// callback https://cloud.tencent.com/document/product/436/49067
// (intl: 数据万象/API 文档/任务与工作流/任务接口/媒体处理/媒体处理任务回调/提取数字水印)

extension JobTag {
    /// ExtractDigitalWatermark (提取数字水印): the text of a digital watermark read back
    /// from a video (`Operation.ExtractDigitalWatermark.Message`).
    ///
    /// Its own nodes: ``JobOperation/extractDigitalWatermark``.
    public static let extractDigitalWatermark: JobTag = "ExtractDigitalWatermark"
}

extension JobOperation {
    /// `ExtractDigitalWatermark`: the request echo, with the extracted text in `Message`.
    public var extractDigitalWatermark: ExtractDigitalWatermark? {
        get { self[ExtractDigitalWatermarkJob.extractDigitalWatermark] }
        set { self[ExtractDigitalWatermarkJob.extractDigitalWatermark] = newValue }
    }
}

enum ExtractDigitalWatermarkJob: JobKind {
    static let tag = JobTag.extractDigitalWatermark
    static let extractDigitalWatermark = PartKey<ExtractDigitalWatermark>("ExtractDigitalWatermark")
    static let operationParts: [Field<JobOperation>] = [.part(extractDigitalWatermark)]
}

/// `Operation.ExtractDigitalWatermark`: what was looked for and, in `Message`, what
/// was found. (The Go SDK's struct has no `Message`, so it loses the result.)
public struct ExtractDigitalWatermark: NodeModel {
    /// `Type`: the kind of watermark, `Text`.
    public var type: String?
    /// `Version`: the watermark algorithm's version, `V1`.
    public var version: String?
    /// `Message`: the extracted text, e.g. `123456789ab`; absent when none was found.
    public var message: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Type", \.type),
        .value("Version", \.version),
        .value("Message", \.message),
    ])
}
