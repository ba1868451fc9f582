/// `Operation.MediaResult`: the files the job wrote.
public struct MediaResult: NodeModel {
    /// `OutputFile`: the objects written.
    public var outputFile: OutputFile?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([.node("OutputFile", \.outputFile)])

    /// `MediaResult.OutputFile`.
    public struct OutputFile: NodeModel {
        /// `Bucket`: the output bucket.
        public var bucket: String?
        /// `Region`: the output bucket's region.
        public var region: String?
        /// `ObjectName`: every object written (a list).
        public var objectName: [String] = []
        /// `ObjectPrefix`: the common prefix of the objects written, when there is one.
        public var objectPrefix: String?
        /// `Md5Info`: one entry per object (a list, where several SDKs keep one).
        public var md5Info: [Md5Info] = []
        /// `SpriteOutputFile`: Snapshot jobs only.
        public var spriteOutputFile: SpriteOutputFile?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Bucket", \.bucket),
            .value("Region", \.region),
            .values("ObjectName", \.objectName),
            .value("ObjectPrefix", \.objectPrefix),
            .nodes("Md5Info", \.md5Info),
            .node("SpriteOutputFile", \.spriteOutputFile),
        ])
    }

    /// `OutputFile.SpriteOutputFile`: the same fields as `OutputFile`, for sprites.
    public struct SpriteOutputFile: NodeModel {
        /// `Bucket`: the output bucket.
        public var bucket: String?
        /// `Region`: the output bucket's region.
        public var region: String?
        /// `ObjectName`: every sprite sheet written (a list).
        public var objectName: [String] = []
        /// `ObjectPrefix`: the common prefix of the sheets, when there is one.
        public var objectPrefix: String?
        /// `Md5Info`: one entry per sheet.
        public var md5Info: [Md5Info] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Bucket", \.bucket),
            .value("Region", \.region),
            .values("ObjectName", \.objectName),
            .value("ObjectPrefix", \.objectPrefix),
            .nodes("Md5Info", \.md5Info),
        ])
    }

    /// `OutputFile.Md5Info`.
    public struct Md5Info: NodeModel {
        /// `ObjectName`: the object this checksum is of.
        public var objectName: String?
        /// `Md5`: hex text.
        public var md5: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("ObjectName", \.objectName),
            .value("Md5", \.md5),
        ])
    }
}
