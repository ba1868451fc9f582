/// `Operation.MediaResult`: the files the job wrote.
public struct MediaResult: NodeModel {
    public var outputFile: OutputFile?
    public var unknownNodes: [Node] = []
    public init() {}
    public static let nodeFields = NodeFields<Self>([.node("OutputFile", \.outputFile)])

    /// `MediaResult.OutputFile`.
    public struct OutputFile: NodeModel {
        public var bucket: String?
        public var region: String?
        /// `ObjectName`: every object written (a list).
        public var objectName: [String] = []
        public var objectPrefix: String?
        /// `Md5Info`: one entry per object (a list, where several SDKs keep one).
        public var md5Info: [Md5Info] = []
        /// `SpriteOutputFile`: Snapshot jobs only.
        public var spriteOutputFile: SpriteOutputFile?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
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
        public var bucket: String?
        public var region: String?
        public var objectName: [String] = []
        public var objectPrefix: String?
        public var md5Info: [Md5Info] = []
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("Bucket", \.bucket),
            .value("Region", \.region),
            .values("ObjectName", \.objectName),
            .value("ObjectPrefix", \.objectPrefix),
            .nodes("Md5Info", \.md5Info),
        ])
    }

    /// `OutputFile.Md5Info`.
    public struct Md5Info: NodeModel {
        public var objectName: String?
        /// `Md5`: hex text.
        public var md5: String?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("ObjectName", \.objectName),
            .value("Md5", \.md5),
        ])
    }
}
