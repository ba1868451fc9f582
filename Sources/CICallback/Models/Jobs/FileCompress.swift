// FileCompress (多文件打包压缩): submit API https://cloud.tencent.com/document/product/436/83112
// Go SDK `ci_fileprocess.go`. No callback sample was published: the shape is the
// submit and describe APIs'.

extension JobTag {
    /// FileCompress (多文件打包压缩): objects packed into one zip, tar or tar.gz archive.
    ///
    /// Its own nodes: ``JobOperation/fileCompressConfig``, ``JobOperation/fileCompressResult``.
    public static let fileCompress: JobTag = "FileCompress"
}

extension JobOperation {
    /// `FileCompressConfig`: the request echo, what to pack and how.
    public var fileCompressConfig: FileCompressConfig? {
        get { self[FileCompressJob.fileCompressConfig] }
        set { self[FileCompressJob.fileCompressConfig] = newValue }
    }
    /// `FileCompressResult`: the archive written.
    public var fileCompressResult: FileCompressResult? {
        get { self[FileCompressJob.fileCompressResult] }
        set { self[FileCompressJob.fileCompressResult] = newValue }
    }
}

enum FileCompressJob: JobKind {
    static let tag = JobTag.fileCompress
    static let fileCompressConfig = PartKey<FileCompressConfig>("FileCompressConfig")
    static let fileCompressResult = PartKey<FileCompressResult>("FileCompressResult")
    static let operationParts: [Field<JobOperation>] = [
        .part(fileCompressConfig),
        .part(fileCompressResult),
    ]
}

/// `Operation.FileCompressConfig`: the request echo.
public struct FileCompressConfig: NodeModel {
    /// `Flatten`: `1` drops the folders (every file at the archive's root), `0` keeps them.
    public var flatten: Int?
    /// `Format`: the archive format, `zip`, `tar` or `tar.gz`.
    public var format: String?
    /// `Type`: the zip encoding of names, e.g. `gbk`, `utf-8`.
    public var type: String?
    /// `CompressKey`: the password of the archive, if any.
    public var compressKey: String?
    /// `UrlList`: the object holding the list of URLs to pack (one a line).
    public var urlList: String?
    /// `Prefix`: pack every object under this prefix.
    public var prefix: String?
    /// `Key`: the objects to pack, one key each.
    public var key: [String] = []
    /// `IgnoreError`: `true` to go on when a file cannot be read.
    public var ignoreError: Bool?
    /// `KeyConfig`: the objects to pack, each with where it goes in the archive.
    public var keyConfig: [KeyConfig] = []
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Flatten", \.flatten),
        .value("Format", \.format),
        .value("Type", \.type),
        .value("CompressKey", \.compressKey),
        .value("UrlList", \.urlList),
        .value("Prefix", \.prefix),
        .values("Key", \.key),
        .value("IgnoreError", \.ignoreError),
        .nodes("KeyConfig", \.keyConfig),
    ])

    /// `KeyConfig`: one object and its place in the archive.
    public struct KeyConfig: NodeModel {
        /// `Key`: the object's key (or a prefix, ending with `/`).
        public var key: String?
        /// `Folder`: the folder in the archive.
        public var folder: String?
        /// `Rename`: its name in the archive.
        public var rename: String?
        /// `ImageParams`: image processing applied before packing, e.g. `imageMogr2/thumbnail/!50p`.
        public var imageParams: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Key", \.key),
            .value("Folder", \.folder),
            .value("Rename", \.rename),
            .value("ImageParams", \.imageParams),
        ])
    }
}

/// `Operation.FileCompressResult`: the archive written.
public struct FileCompressResult: NodeModel {
    /// `Region`: the archive's region.
    public var region: String?
    /// `Bucket`: the archive's bucket.
    public var bucket: String?
    /// `Object`: the archive's key.
    public var object: String?
    /// `CompressFileCount`: the files packed (Go SDK model).
    public var compressFileCount: Int?
    /// `ErrorCount`: the files that could not be packed (Go SDK model).
    public var errorCount: Int?
    /// `ErrorDetail`: which files could not be packed (Go SDK model).
    public var errorDetail: ErrorDetail?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Region", \.region),
        .value("Bucket", \.bucket),
        .value("Object", \.object),
        .value("CompressFileCount", \.compressFileCount),
        .value("ErrorCount", \.errorCount),
        .node("ErrorDetail", \.errorDetail),
    ])

    /// `ErrorDetail`: the files left out.
    public struct ErrorDetail: NodeModel {
        /// `ErrorCount`: how many.
        public var errorCount: Int?
        /// `ErrorFile`: their keys or URLs.
        public var errorFile: [String] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("ErrorCount", \.errorCount),
            .values("ErrorFile", \.errorFile),
        ])
    }
}
