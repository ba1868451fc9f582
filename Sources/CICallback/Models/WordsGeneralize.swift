// WordsGeneralize (分词): submit API https://cloud.tencent.com/document/product/460/79474
// callback https://cloud.tencent.com/document/product/460/84952

let wordsGeneralizeFields: [Field<Operation>] = [
    .node("WordsGeneralize", \.wordsGeneralize),
    .node("WordsGeneralizeResult", \.wordsGeneralizeResult),
]

/// `Operation.WordsGeneralize`: the request echo.
public struct WordsGeneralizeRequest: NodeModel {
    /// `NerMethod`: `NerBasic` or `DL`.
    public var nerMethod: String?
    /// `SegMethod`: `SegBasic` or `MIX`.
    public var segMethod: String?
    public var unknownNodes: [Node] = []
    public init() {}
    public static let nodeFields = NodeFields<Self>([
        .value("NerMethod", \.nerMethod),
        .value("SegMethod", \.segMethod),
    ])
}

/// `Operation.WordsGeneralizeResult`.
public struct WordsGeneralizeResult: NodeModel {
    /// `WordsGeneralizeLable` (the service's spelling): named entities.
    public var labels: [Label] = []
    /// `WordsGeneralizeToken`: the segmented words.
    public var tokens: [Token] = []
    public var unknownNodes: [Node] = []
    public init() {}
    public static let nodeFields = NodeFields<Self>([
        .nodes("WordsGeneralizeLable", \.labels),
        .nodes("WordsGeneralizeToken", \.tokens),
    ])

    /// `WordsGeneralizeLable`: a word and its category.
    public struct Label: NodeModel {
        public var category: String?
        public var word: String?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("Category", \.category),
            .value("Word", \.word),
        ])
    }

    /// `WordsGeneralizeToken`: one word of the text.
    public struct Token: NodeModel {
        /// `Word`: kept as text even when numeric (`60`).
        public var word: String?
        /// `Offset`, `Length`: in characters.
        public var offset: Int?
        public var length: Int?
        /// `Pos`: part-of-speech code, as sent (`t`, `v`, `nx`).
        public var pos: String?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("Word", \.word),
            .value("Offset", \.offset),
            .value("Length", \.length),
            .value("Pos", \.pos),
        ])
    }
}
