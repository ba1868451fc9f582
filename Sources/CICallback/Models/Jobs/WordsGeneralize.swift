// WordsGeneralize (分词): submit API https://cloud.tencent.com/document/product/460/79474
// callback https://cloud.tencent.com/document/product/460/84952

extension JobTag {
    /// WordsGeneralize (分词): a text segmented into words, with named entities.
    ///
    /// Its own nodes: ``JobOperation/wordsGeneralize``, ``JobOperation/wordsGeneralizeResult``.
    public static let wordsGeneralize: JobTag = "WordsGeneralize"
}

extension JobOperation {
    /// `WordsGeneralize`: the request echo.
    public var wordsGeneralize: WordsGeneralizeRequest? {
        get { self[WordsGeneralizeJob.wordsGeneralize] }
        set { self[WordsGeneralizeJob.wordsGeneralize] = newValue }
    }
    /// `WordsGeneralizeResult`: the tokens and labels.
    public var wordsGeneralizeResult: WordsGeneralizeResult? {
        get { self[WordsGeneralizeJob.wordsGeneralizeResult] }
        set { self[WordsGeneralizeJob.wordsGeneralizeResult] = newValue }
    }
}

enum WordsGeneralizeJob: JobKind {
    static let tag = JobTag.wordsGeneralize
    static let wordsGeneralize = PartKey<WordsGeneralizeRequest>("WordsGeneralize")
    static let wordsGeneralizeResult = PartKey<WordsGeneralizeResult>("WordsGeneralizeResult")
    static let operationParts: [Field<JobOperation>] = [
        .part(wordsGeneralize),
        .part(wordsGeneralizeResult),
    ]
}

/// `Operation.WordsGeneralize`: the request echo.
public struct WordsGeneralizeRequest: NodeModel {
    /// `NerMethod`: `NerBasic` or `DL`.
    public var nerMethod: String?
    /// `SegMethod`: `SegBasic` or `MIX`.
    public var segMethod: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
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
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .nodes("WordsGeneralizeLable", \.labels),
        .nodes("WordsGeneralizeToken", \.tokens),
    ])

    /// `WordsGeneralizeLable`: a word and its category.
    public struct Label: NodeModel {
        /// `Category`: the entity's category, as sent.
        public var category: String?
        /// `Word`: the word.
        public var word: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Category", \.category),
            .value("Word", \.word),
        ])
    }

    /// `WordsGeneralizeToken`: one word of the text.
    public struct Token: NodeModel {
        /// `Word`: kept as text even when numeric (`60`).
        public var word: String?
        /// `Offset`: in characters.
        public var offset: Int?
        /// `Length`: in characters.
        public var length: Int?
        /// `Pos`: part-of-speech code, as sent (`t`, `v`, `nx`).
        public var pos: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Word", \.word),
            .value("Offset", \.offset),
            .value("Length", \.length),
            .value("Pos", \.pos),
        ])
    }
}
