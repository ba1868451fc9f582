// PicProcess (图片处理): submit API https://cloud.tencent.com/document/product/460/77012
// callback https://cloud.tencent.com/document/product/436/85072
// Go SDK `PicProcessResult` (ci_media.go:700-730) is the query API's shape
// (`UploadResult.OriginalInfo`, `UploadResult.ProcessResults.Object`); the callback
// samples send `OriginalInfo` and `ProcessResult` directly under `PicProcessResult`.
// Go's `ProcessResults.Object` has the fields of the callback's `ProcessResult`
// (`Format`, `Width`, `Height`, `Size`, `Quality`, `Etag`) and, since 2025-07,
// `AIGCMetadata`, which no doc page or sample shows: it is modelled on
// `ProcessResult`, where the callback would carry it.

extension JobTag {
    /// PicProcess (图片处理): an image processed by a rule such as `imageMogr2/rotate/90`.
    ///
    /// Its own nodes: ``JobOperation/picProcess``, ``JobOperation/picProcessResult``.
    public static let picProcess: JobTag = "PicProcess"
}

extension JobOperation {
    /// `PicProcess`: the request echo (absent when a template was used).
    public var picProcess: PicProcessRequest? {
        get { self[PicProcessJob.picProcess] }
        set { self[PicProcessJob.picProcess] = newValue }
    }
    /// `PicProcessResult`: the original and the processed image.
    public var picProcessResult: PicProcessResult? {
        get { self[PicProcessJob.picProcessResult] }
        set { self[PicProcessJob.picProcessResult] = newValue }
    }
}

enum PicProcessJob: JobKind {
    static let tag = JobTag.picProcess
    static let picProcess = PartKey<PicProcessRequest>("PicProcess")
    static let picProcessResult = PartKey<PicProcessResult>("PicProcessResult")
    static let operationParts: [Field<JobOperation>] = [
        .part(picProcess),
        .part(picProcessResult),
    ]
}

/// `Operation.PicProcess`: the request echo (absent when a template was used).
public struct PicProcessRequest: NodeModel {
    /// `IsPicInfo`: whether the result includes the picture's information.
    public var isPicInfo: Bool?
    /// `ProcessRule`, e.g. `imageMogr2/rotate/90`.
    public var processRule: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("IsPicInfo", \.isPicInfo),
        .value("ProcessRule", \.processRule),
    ])
}

/// `Operation.PicProcessResult`.
public struct PicProcessResult: NodeModel {
    /// `ObjectName`: the output object.
    public var objectName: String?
    /// `OriginalInfo`: the input image.
    public var originalInfo: OriginalInfo?
    /// `ProcessResult`: the output image.
    public var processResult: ProcessResult?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("ObjectName", \.objectName),
        .node("OriginalInfo", \.originalInfo),
        .node("ProcessResult", \.processResult),
    ])

    /// `PicProcessResult.OriginalInfo`: the input image.
    public struct OriginalInfo: NodeModel {
        /// `Etag`, with its literal double quotes.
        public var etag: String?
        /// `ImageInfo`: the input image's format and size.
        public var imageInfo: ImageInfo?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Etag", \.etag),
            .node("ImageInfo", \.imageInfo),
        ])
    }

    /// `OriginalInfo.ImageInfo`.
    public struct ImageInfo: NodeModel {
        /// `Format`: the image format, e.g. `PNG`.
        public var format: String?
        /// `Width`: pixels.
        public var width: Int?
        /// `Height`: pixels.
        public var height: Int?
        /// `Quality`: the image quality, as the service reports it.
        public var quality: Int?
        /// `Ave`: the average colour, as hex text.
        public var ave: String?
        /// `Orientation`: the image's orientation, as the service reports it.
        public var orientation: Int?
        /// `FrameCount` (Java SDK model).
        public var frameCount: Int?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Format", \.format),
            .value("Width", \.width),
            .value("Height", \.height),
            .value("Quality", \.quality),
            .value("Ave", \.ave),
            .value("Orientation", \.orientation),
            .value("FrameCount", \.frameCount),
        ])
    }

    /// `PicProcessResult.ProcessResult`: the output image.
    public struct ProcessResult: NodeModel {
        /// `Format`: the image format, e.g. `PNG`.
        public var format: String?
        /// `Width`: pixels.
        public var width: Int?
        /// `Height`: pixels.
        public var height: Int?
        /// `Quality`: the image quality, as the service reports it.
        public var quality: Int?
        /// `Size`: bytes.
        public var size: Int?
        /// `Etag`: the output object's ETag, with its literal double quotes.
        public var etag: String?
        /// `FrameCount`: frames in the image (animated formats).
        public var frameCount: Int?
        /// `AIGCMetadata` (Go SDK model, `ProcessResults.Object.AIGCMetadata`): the
        /// AI-generated-content labels written into the output image.
        public var aigcMetadata: AIGCMetadata?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Format", \.format),
            .value("Width", \.width),
            .value("Height", \.height),
            .value("Quality", \.quality),
            .value("Size", \.size),
            .value("Etag", \.etag),
            .value("FrameCount", \.frameCount),
            .node("AIGCMetadata", \.aigcMetadata),
        ])
    }
}
