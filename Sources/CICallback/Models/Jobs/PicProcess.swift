// PicProcess (图片处理): submit API https://cloud.tencent.com/document/product/460/77012
// callback https://cloud.tencent.com/document/product/436/85072

extension JobTag {
    /// PicProcess (图片处理): an image processed by a rule such as `imageMogr2/rotate/90`.
    public static let picProcess: JobTag = "PicProcess"
}

extension JobOperation {
    /// `PicProcess`: the request echo (absent when a template was used).
    public var picProcess: PicProcessRequest? {
        get { part("PicProcess") }
        set { setPart("PicProcess", newValue) }
    }
    /// `PicProcessResult`: the original and the processed image.
    public var picProcessResult: PicProcessResult? {
        get { part("PicProcessResult") }
        set { setPart("PicProcessResult", newValue) }
    }
}

enum PicProcessJob: JobKind {
    static let tag = JobTag.picProcess
    static let operationParts: [Field<JobOperation>] = [
        .part("PicProcess", PicProcessRequest.self),
        .part("PicProcessResult", PicProcessResult.self),
    ]

    /// The original and the processed image: format, size, quality.
    static func headline(of job: JobsDetail) -> [String] {
        guard let result = job.operation?.picProcessResult else { return ["no output"] }
        func size(_ width: Int?, _ height: Int?) -> String {
            "\(width.map(String.init) ?? "?")×\(height.map(String.init) ?? "?")"
        }
        var lines: [String] = []
        if let image = result.originalInfo?.imageInfo {
            lines.append(
                "original   \(image.format ?? "?") \(size(image.width, image.height)) quality \(image.quality.map(String.init) ?? "?")"
            )
        }
        if let processed = result.processResult {
            lines.append(
                "processed  \(processed.format ?? "?") \(size(processed.width, processed.height)) "
                    + "quality \(processed.quality.map(String.init) ?? "?"), \(processed.size.map(String.init) ?? "?") bytes"
            )
        }
        if let name = result.objectName { lines.append("object     \(name)") }
        return lines
    }
}

/// `Operation.PicProcess`: the request echo (absent when a template was used).
public struct PicProcessRequest: NodeModel {
    /// `IsPicInfo`: whether the result includes the picture's information.
    public var includesPictureInfo: Bool?
    /// `ProcessRule`, e.g. `imageMogr2/rotate/90`.
    public var processRule: String?
    public var unknownNodes: [Node] = []
    public init() {}
    public static let nodeFields = NodeFields<Self>([
        .value("IsPicInfo", \.includesPictureInfo),
        .value("ProcessRule", \.processRule),
    ])
}

/// `Operation.PicProcessResult`.
public struct PicProcessResult: NodeModel {
    public var objectName: String?
    public var originalInfo: OriginalInfo?
    public var processResult: ProcessResult?
    public var unknownNodes: [Node] = []
    public init() {}
    public static let nodeFields = NodeFields<Self>([
        .value("ObjectName", \.objectName),
        .node("OriginalInfo", \.originalInfo),
        .node("ProcessResult", \.processResult),
    ])

    /// `PicProcessResult.OriginalInfo`: the input image.
    public struct OriginalInfo: NodeModel {
        /// `Etag`, with its literal double quotes.
        public var etag: String?
        public var imageInfo: ImageInfo?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("Etag", \.etag),
            .node("ImageInfo", \.imageInfo),
        ])
    }

    /// `OriginalInfo.ImageInfo`.
    public struct ImageInfo: NodeModel {
        public var format: String?
        public var width: Int?
        public var height: Int?
        public var quality: Int?
        /// `Ave`: the average colour, as hex text.
        public var ave: String?
        public var orientation: Int?
        /// `FrameCount` (Java SDK model).
        public var frameCount: Int?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
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
        public var format: String?
        public var width: Int?
        public var height: Int?
        public var quality: Int?
        /// `Size`: bytes.
        public var size: Int?
        public var etag: String?
        public var frameCount: Int?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("Format", \.format),
            .value("Width", \.width),
            .value("Height", \.height),
            .value("Quality", \.quality),
            .value("Size", \.size),
            .value("Etag", \.etag),
            .value("FrameCount", \.frameCount),
        ])
    }
}
