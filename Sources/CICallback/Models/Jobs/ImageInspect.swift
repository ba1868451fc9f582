// ImageInspect (异常图片检测): submit API https://cloud.tencent.com/document/product/436/97895
// callback https://cloud.tencent.com/document/api/436/97896

extension JobTag {
    /// ImageInspect (异常图片检测): whether an image hides other data (an appended
    /// video or archive), and where.
    ///
    /// Its own nodes: ``JobOperation/imageInspect``, ``JobOperation/imageInspectResult``.
    public static let imageInspect: JobTag = "ImageInspect"
}

extension JobOperation {
    /// `ImageInspect`: the request echo (Go SDK model; not in the sample).
    public var imageInspect: ImageInspectRequest? {
        get { self[ImageInspectJob.imageInspect] }
        set { self[ImageInspectJob.imageInspect] = newValue }
    }
    /// `ImageInspectResult`: what the inspection found.
    public var imageInspectResult: ImageInspectResult? {
        get { self[ImageInspectJob.imageInspectResult] }
        set { self[ImageInspectJob.imageInspectResult] = newValue }
    }
}

enum ImageInspectJob: JobKind {
    static let tag = JobTag.imageInspect
    static let imageInspect = PartKey<ImageInspectRequest>("ImageInspect")
    static let imageInspectResult = PartKey<ImageInspectResult>("ImageInspectResult")
    static let operationParts: [Field<JobOperation>] = [
        .part(imageInspect),
        .part(imageInspectResult),
    ]
}

/// `Operation.ImageInspect`: the request echo (as the Go SDK models the request).
public struct ImageInspectRequest: NodeModel {
    /// `AutoProcess`: `true` to act on a suspicious image automatically.
    public var autoProcess: Bool?
    /// `ProcessType`: what to do with it, e.g. `BackupObject`, `SwitchObjectToPrivate`.
    public var processType: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("AutoProcess", \.autoProcess),
        .value("ProcessType", \.processType),
    ])
}

/// `Operation.ImageInspectResult`: the inspection of one image.
public struct ImageInspectResult: NodeModel {
    /// `Code`: the inspection's error code (`Success`).
    public var code: String?
    /// `Message`: the inspection's error message (empty on success).
    public var message: String?
    /// `State`: the inspection's state (`Success`, `Failed`).
    public var state: JobState?
    /// `InputObjectName`: the image's object key (`test.png`).
    public var inputObjectName: String?
    /// `InputObjectUrl`: the image's URL.
    public var inputObjectUrl: String?
    /// `ProcessResult`: what was found.
    public var processResult: ProcessResult?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Code", \.code),
        .value("Message", \.message),
        .value("State", \.state),
        .value("InputObjectName", \.inputObjectName),
        .value("InputObjectUrl", \.inputObjectUrl),
        .node("ProcessResult", \.processResult),
    ])

    /// `ImageInspectResult.ProcessResult`: the image and the data hidden in it.
    public struct ProcessResult: NodeModel {
        /// `PicSize`: the image file's size, in bytes (`304491`).
        public var picSize: Int?
        /// `PicType`: the image format (`png`).
        public var picType: String?
        /// `Suspicious`: `true` when the file holds more than the image.
        public var suspicious: Bool?
        /// `SuspiciousBeginByte`: where the hidden data starts, a byte offset (`119`).
        public var suspiciousBeginByte: Int?
        /// `SuspiciousEndByte`: where it ends, a byte offset (`304490`).
        public var suspiciousEndByte: Int?
        /// `SuspiciousSize`: its size, in bytes.
        public var suspiciousSize: Int?
        /// `SuspiciousType`: what it looks like (`MPEG-TS`).
        public var suspiciousType: String?
        /// `AutoProcessResult`: the automatic action's outcome (with `AutoProcess`).
        public var autoProcessResult: AutoProcessResult?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("PicSize", \.picSize),
            .value("PicType", \.picType),
            .value("Suspicious", \.suspicious),
            .value("SuspiciousBeginByte", \.suspiciousBeginByte),
            .value("SuspiciousEndByte", \.suspiciousEndByte),
            .value("SuspiciousSize", \.suspiciousSize),
            .value("SuspiciousType", \.suspiciousType),
            .node("AutoProcessResult", \.autoProcessResult),
        ])
    }

    /// `ProcessResult.AutoProcessResult`: how the automatic action went.
    public struct AutoProcessResult: NodeModel {
        /// `Code`: `Success`, or the error code.
        public var code: String?
        /// `Message`: `Success`, or the error message.
        public var message: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Code", \.code),
            .value("Message", \.message),
        ])
    }
}
