// FileHashCode (哈希值计算): submit API https://cloud.tencent.com/document/product/436/83108
// (synchronous twin: https://cloud.tencent.com/document/product/436/83107); Go SDK
// `ci_fileprocess.go`. No callback sample was published: the shape is the describe API's.

extension JobTag {
    /// FileHashCode (哈希值计算): the MD5, SHA-1 or SHA-256 of an object.
    ///
    /// Its own nodes: ``JobOperation/fileHashCodeConfig``, ``JobOperation/fileHashCodeResult``.
    public static let fileHashCode: JobTag = "FileHashCode"
}

extension JobOperation {
    /// `FileHashCodeConfig`: the request echo, which hash to compute.
    public var fileHashCodeConfig: FileHashCodeConfig? {
        get { self[FileHashCodeJob.fileHashCodeConfig] }
        set { self[FileHashCodeJob.fileHashCodeConfig] = newValue }
    }
    /// `FileHashCodeResult`: the hash, with the object's size and time.
    public var fileHashCodeResult: FileHashCodeResult? {
        get { self[FileHashCodeJob.fileHashCodeResult] }
        set { self[FileHashCodeJob.fileHashCodeResult] = newValue }
    }
}

enum FileHashCodeJob: JobKind {
    static let tag = JobTag.fileHashCode
    static let fileHashCodeConfig = PartKey<FileHashCodeConfig>("FileHashCodeConfig")
    static let fileHashCodeResult = PartKey<FileHashCodeResult>("FileHashCodeResult")
    static let operationParts: [Field<JobOperation>] = [
        .part(fileHashCodeConfig),
        .part(fileHashCodeResult),
    ]
}

/// `Operation.FileHashCodeConfig`: the request echo.
public struct FileHashCodeConfig: NodeModel {
    /// `Type`: the algorithm, `MD5`, `SHA1` or `SHA256` (the docs also write them in lower case).
    public var type: String?
    /// `AddToHeader`: `true` to store the hash as the object's `x-cos-meta-<type>` header.
    public var addToHeader: Bool?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Type", \.type),
        .value("AddToHeader", \.addToHeader),
    ])
}

/// `Operation.FileHashCodeResult`: the hash of the object. Only the requested
/// algorithm's field is present.
public struct FileHashCodeResult: NodeModel {
    /// `MD5`: the MD5, in hex (`0fe771ba515b0525552f59290a50c0ef`).
    public var md5: String?
    /// `SHA1`: the SHA-1, in hex.
    public var sha1: String?
    /// `SHA256`: the SHA-256, in hex.
    public var sha256: String?
    /// `FileSize`: the object's size, in bytes.
    public var fileSize: Int?
    /// `LastModified`: when the object was last modified. Kept as text: no sample
    /// shows its format (COS writes both ISO 8601 and HTTP dates).
    public var lastModified: String?
    /// `Etag`: the object's ETag, quotes included when sent.
    public var etag: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("MD5", \.md5),
        .value("SHA1", \.sha1),
        .value("SHA256", \.sha256),
        .value("FileSize", \.fileSize),
        .value("LastModified", \.lastModified),
        .value("Etag", \.etag),
    ])
}
