// VocalScore (音乐评分): submit API https://cloud.tencent.com/document/product/460/98018
// callback https://cloud.tencent.com/document/api/436/98022

extension JobTag {
    /// VocalScore (音乐评分): how well a sung track follows a reference, in pitch and rhythm.
    ///
    /// Its own nodes: ``JobOperation/vocalScore``, ``JobOperation/vocalScoreResult``.
    public static let vocalScore: JobTag = "VocalScore"
}

extension JobOperation {
    /// `VocalScore`: the request echo, the reference track.
    public var vocalScore: VocalScoreRequest? {
        get { self[VocalScoreJob.vocalScore] }
        set { self[VocalScoreJob.vocalScore] = newValue }
    }
    /// `VocalScoreResult`: the pitch and rhythm scores.
    public var vocalScoreResult: VocalScoreResult? {
        get { self[VocalScoreJob.vocalScoreResult] }
        set { self[VocalScoreJob.vocalScoreResult] = newValue }
    }
}

enum VocalScoreJob: JobKind {
    static let tag = JobTag.vocalScore
    static let vocalScore = PartKey<VocalScoreRequest>("VocalScore")
    static let vocalScoreResult = PartKey<VocalScoreResult>("VocalScoreResult")
    static let operationParts: [Field<JobOperation>] = [
        .part(vocalScore),
        .part(vocalScoreResult),
    ]
}

/// `Operation.VocalScore`: the request echo, the reference track to compare with.
public struct VocalScoreRequest: NodeModel {
    /// `StandardObject`: the reference track's object key (`test.mp3`).
    public var standardObject: String?
    /// `StandardUrl`: the reference track's URL, when it is not an object.
    public var standardUrl: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("StandardObject", \.standardObject),
        .value("StandardUrl", \.standardUrl),
    ])
}

/// `Operation.VocalScoreResult`: the scores.
public struct VocalScoreResult: NodeModel {
    /// `PitchScore`: how well the pitch follows the reference.
    public var pitchScore: Score?
    /// `RhythemScore` (sic, the service's spelling): how well the rhythm follows it.
    public var rhythemScore: Score?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .node("PitchScore", \.pitchScore),
        .node("RhythemScore", \.rhythemScore),
    ])

    /// `PitchScore`, `RhythemScore`: a total and one score per sentence.
    public struct Score: NodeModel {
        /// `TotalScore`: the overall score, 0–100 (`100`).
        public var totalScore: Double?
        /// `SentenceScores`: one score per sentence of the track.
        public var sentenceScores: [SentenceScore] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("TotalScore", \.totalScore),
            .nodes("SentenceScores", \.sentenceScores),
        ])
    }

    /// `SentenceScores`: the score of one sentence.
    public struct SentenceScore: NodeModel {
        /// `StartTime`: where the sentence starts, in seconds into the track (`0.572727`; not a date).
        public var startTime: Double?
        /// `EndTime`: where it ends, in seconds into the track (`200.811`).
        public var endTime: Double?
        /// `Score`: the sentence's score, 0–100.
        public var score: Double?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("StartTime", \.startTime),
            .value("EndTime", \.endTime),
            .value("Score", \.score),
        ])
    }
}
