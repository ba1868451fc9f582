// FileUncompress (文件解压): submit API https://cloud.tencent.com/document/product/436/83110
// describe API (with a result sample) https://cloud.tencent.com/document/product/436/83111;
// Go SDK `ci_fileprocess.go`. No callback sample was published: the shape is the describe API's.

extension JobTag {
    /// FileUncompress (文件解压): an archive's files extracted into a bucket.
    ///
    /// Its own nodes: ``JobOperation/fileUncompressConfig``, ``JobOperation/fileUncompressResult``.
    public static let fileUncompress: JobTag = "FileUncompress"
}

extension JobOperation {
    /// `FileUncompressConfig`: the request echo, what to extract and where.
    public var fileUncompressConfig: FileUncompressConfig? {
        get { self[FileUncompressJob.fileUncompressConfig] }
        set { self[FileUncompressJob.fileUncompressConfig] = newValue }
    }
    /// `FileUncompressResult`: the files extracted.
    public var fileUncompressResult: FileUncompressResult? {
        get { self[FileUncompressJob.fileUncompressResult] }
        set { self[FileUncompressJob.fileUncompressResult] = newValue }
    }
}

enum FileUncompressJob: JobKind {
    static let tag = JobTag.fileUncompress
    static let fileUncompressConfig = PartKey<FileUncompressConfig>("FileUncompressConfig")
    static let fileUncompressResult = PartKey<FileUncompressResult>("FileUncompressResult")
    static let operationParts: [Field<JobOperation>] = [
        .part(fileUncompressConfig),
        .part(fileUncompressResult),
    ]
}

/// `Operation.FileUncompressConfig`: the request echo.
public struct FileUncompressConfig: NodeModel {
    /// `Prefix`: the prefix the extracted files get.
    public var prefix: String?
    /// `PrefixReplaced`: `1` puts the files under `Prefix` without the archive's name, `0` keeps it.
    public var prefixReplaced: Int?
    /// `UnCompressKey`: the archive's password, if any.
    public var unCompressKey: String?
    /// `Mode`: what to do with a file that exists, e.g. `fileMeta`, `overwrite`, `skip`.
    public var mode: String?
    /// `DownloadConfig`: extract only some files.
    public var downloadConfig: DownloadConfig?
    /// `ListingFile`: the object listing the extracted files (newer requests), as sent.
    public var listingFile: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Prefix", \.prefix),
        .value("PrefixReplaced", \.prefixReplaced),
        .value("UnCompressKey", \.unCompressKey),
        .value("Mode", \.mode),
        .node("DownloadConfig", \.downloadConfig),
        .value("ListingFile", \.listingFile),
    ])

    /// `DownloadConfig`: the files to extract.
    public struct DownloadConfig: NodeModel {
        /// `Prefix`: extract the files under this path in the archive.
        public var prefix: String?
        /// `Key`: extract these files, one path in the archive each.
        public var key: [String] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Prefix", \.prefix),
            .values("Key", \.key),
        ])
    }
}

/// `Operation.FileUncompressResult`: the files extracted.
public struct FileUncompressResult: NodeModel {
    /// `Region`: where they went.
    public var region: String?
    /// `Bucket`: the bucket they went to.
    public var bucket: String?
    /// `FileCount`: how many files were extracted.
    public var fileCount: Int?
    /// `FileList`: the files (describe API sample; not in the Go SDK).
    public var fileList: FileList?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Region", \.region),
        .value("Bucket", \.bucket),
        .value("FileCount", \.fileCount),
        .node("FileList", \.fileList),
    ])

    /// `FileList`: the files extracted.
    public struct FileList: NodeModel {
        /// `Contents`: one entry per file.
        public var contents: [Entry] = []
        /// `IsTruncated`: `true` when the list stops short of `FileCount`.
        public var isTruncated: Bool?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .nodes("Contents", \.contents),
            .value("IsTruncated", \.isTruncated),
        ])
    }

    /// `FileList.Contents`: one extracted file.
    public struct Entry: NodeModel {
        /// `Key`: the object written.
        public var key: String?
        /// `LastModified`: when it was written. Kept as text, like `FileHashCodeResult.LastModified`.
        public var lastModified: String?
        /// `FileSize`: its size, in bytes.
        public var fileSize: Int?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Key", \.key),
            .value("LastModified", \.lastModified),
            .value("FileSize", \.fileSize),
        ])
    }
}
