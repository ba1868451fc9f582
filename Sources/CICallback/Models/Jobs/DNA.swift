// DNA (视频 DNA: a video's fingerprint stored in, matched against or removed from a
// DNA library): submit API https://cloud.tencent.com/document/api/460/96115 (also
// https://cloud.tencent.com/document/api/436/98449, intl
// https://www.tencentcloud.com/document/product/1045/72948); no callback page or sample.
// Request: `DnaConfig{RuleType, DnaDbId, VideoId}` (the page's request sample:
// `RuleType` `GetFingerPrint`), Go `DnaConfig` (ci_media.go:3914). Result: Go `DnaResult`
// (ci_media.go:3921-3949) and its example (example/CI/workflow_and_job/dna.go); the
// response table of the page could not be read (2026-12-04), so the result's types are
// the Go SDK's: `Duration`, `Similar`, `SimilarDuration` and the match times are `int`,
// `Detection` and `Audio` single nodes, `MatchDetail` a list. Units (seconds or
// milliseconds) are not documented where we could read them.

extension JobTag {
    /// DNA (视频 DNA): a video's fingerprint added to, matched against or removed
    /// from a DNA library (`Operation.DnaResult`).
    ///
    /// Its own nodes: ``JobOperation/dnaConfig``, ``JobOperation/dnaResult``.
    public static let dna: JobTag = "DNA"
}

extension JobOperation {
    /// `DnaConfig`: what to do with the video's fingerprint (the request echo).
    public var dnaConfig: DnaConfig? {
        get { self[DNAJob.dnaConfig] }
        set { self[DNAJob.dnaConfig] = newValue }
    }
    /// `DnaResult`: the video's fingerprint and the most similar video found.
    public var dnaResult: DnaResult? {
        get { self[DNAJob.dnaResult] }
        set { self[DNAJob.dnaResult] = newValue }
    }
}

enum DNAJob: JobKind {
    static let tag = JobTag.dna
    static let dnaConfig = PartKey<DnaConfig>("DnaConfig")
    static let dnaResult = PartKey<DnaResult>("DnaResult")
    static let operationParts: [Field<JobOperation>] = [
        .part(dnaConfig),
        .part(dnaResult),
    ]
}

/// `Operation.DnaConfig`: what to do with the video's fingerprint.
public struct DnaConfig: NodeModel {
    /// `RuleType`: the operation, e.g. `GetFingerPrint` (add the video to the library).
    public var ruleType: String?
    /// `DnaDbId`: the DNA library (`Db0fafe624fec211edbdc852540083a8ba`).
    public var dnaDbId: String?
    /// `VideoId`: the video's id in the library (Go SDK model).
    public var videoId: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("RuleType", \.ruleType),
        .value("DnaDbId", \.dnaDbId),
        .value("VideoId", \.videoId),
    ])
}

/// `Operation.DnaResult` (Go SDK model): the video and the most similar video in the library.
public struct DnaResult: NodeModel {
    /// `VideoId`: the video's id in the library.
    public var videoId: String?
    /// `Duration`: the video's duration (Go `int`).
    public var duration: Int?
    /// `Detection`: the most similar video found, and where they match.
    public var detection: Detection?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("VideoId", \.videoId),
        .value("Duration", \.duration),
        .node("Detection", \.detection),
    ])

    /// `DnaResult.Detection` (one node, Go `*DnaResultDetection`): the similar video.
    /// Not the ImageOCR job's `Operation.Detection`, which is ``ImageOCRDetection``.
    public struct Detection: NodeModel {
        /// `VideoId`: the similar video's id in the library.
        public var videoId: String?
        /// `Similar`: how similar (Go `int`; its scale is not documented where we could read it).
        public var similar: Int?
        /// `SimilarDuration`: how long the matching parts last (Go `int`).
        public var similarDuration: Int?
        /// `Duration`: the similar video's duration (Go `int`).
        public var duration: Int?
        /// `MatchDetail`: each matching part (a list).
        public var matchDetail: [MatchDetail] = []
        /// `Audio`: how similar the audio tracks are.
        public var audio: Audio?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("VideoId", \.videoId),
            .value("Similar", \.similar),
            .value("SimilarDuration", \.similarDuration),
            .value("Duration", \.duration),
            .nodes("MatchDetail", \.matchDetail),
            .node("Audio", \.audio),
        ])
    }

    /// `Detection.MatchDetail`: one part of the video that matches a part of the similar one.
    public struct MatchDetail: NodeModel {
        /// `MatchStartTime`: where the part starts in this video (Go `int`).
        public var matchStartTime: Int?
        /// `MatchEndTime`: where it ends in this video.
        public var matchEndTime: Int?
        /// `SrcStartTime`: where the part starts in the similar video.
        public var srcStartTime: Int?
        /// `SrcEndTime`: where it ends in the similar video.
        public var srcEndTime: Int?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("MatchStartTime", \.matchStartTime),
            .value("MatchEndTime", \.matchEndTime),
            .value("SrcStartTime", \.srcStartTime),
            .value("SrcEndTime", \.srcEndTime),
        ])
    }

    /// `Detection.Audio`: the audio tracks' similarity.
    public struct Audio: NodeModel {
        /// `Similar`: how similar (Go `int`; its scale is not documented where we could read it).
        public var similar: Int?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([.value("Similar", \.similar)])
    }
}
