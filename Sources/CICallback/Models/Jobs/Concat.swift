// Concat (音视频拼接): submit API: intl docs 数据万象/API 文档/任务与工作流/任务接口/媒体处理/提交媒体处理任务 (音视频拼接), fields as
// the concat template's; callback: intl 媒体处理任务回调/音视频拼接 (job-types.md §4.3)

extension JobTag {
    /// Concat (音视频拼接): fragments joined into one file (`MediaResult`, with the
    /// output's `MediaInfo`).
    ///
    /// Its own nodes: ``JobOperation/concatTemplate``.
    public static let concat: JobTag = "Concat"
}

extension JobOperation {
    /// `ConcatTemplate`: the concatenation settings echoed (absent when a template was used).
    public var concatTemplate: ConcatTemplate? {
        get { self[ConcatJob.concatTemplate] }
        set { self[ConcatJob.concatTemplate] = newValue }
    }
}

enum ConcatJob: JobKind {
    static let tag = JobTag.concat
    static let concatTemplate = PartKey<ConcatTemplate>("ConcatTemplate")
    static let operationParts: [Field<JobOperation>] = [.part(concatTemplate)]
}

/// `Operation.ConcatTemplate`: what was joined and how (the concat template's fields).
public struct ConcatTemplate: NodeModel {
    /// `ConcatFragment`: the fragments joined to the input (a list).
    public var concatFragment: [Fragment] = []
    /// `Audio`: the output's audio settings.
    public var audio: TranscodeRequest.Audio?
    /// `Video`: the output's video settings.
    public var video: TranscodeRequest.Video?
    /// `Container`: the output's container format.
    public var container: TranscodeRequest.Container?
    /// `Index`: the fragment whose audio and video settings the output takes.
    public var index: Int?
    /// `AudioMix`: audio mixed in.
    public var audioMix: [TranscodeRequest.AudioMix] = []
    /// `AudioMixArray`: audio mixed in.
    public var audioMixArray: [TranscodeRequest.AudioMix] = []
    /// `SceneChangeInfo`: the transition between fragments.
    public var sceneChangeInfo: SceneChangeInfo?
    /// `DirectConcat`: `true` joins without re-encoding.
    public var directConcat: Bool?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .nodes("ConcatFragment", \.concatFragment),
        .node("Audio", \.audio),
        .node("Video", \.video),
        .node("Container", \.container),
        .value("Index", \.index),
        .nodes("AudioMix", \.audioMix),
        .nodes("AudioMixArray", \.audioMixArray),
        .node("SceneChangeInfo", \.sceneChangeInfo),
        .value("DirectConcat", \.directConcat),
    ])

    /// `ConcatFragment`: one fragment.
    public struct Fragment: NodeModel {
        /// `Url`: the fragment's address.
        public var url: String?
        /// `Mode`: `Start` (before the input) or `End` (after it).
        public var mode: String?
        /// `StartTime`: the part of the fragment used, seconds.
        public var startTime: Double?
        /// `EndTime`: the part of the fragment used, seconds.
        public var endTime: Double?
        /// `FragmentIndex` (Go SDK): the fragment's position.
        public var fragmentIndex: Int?
        /// `Duration` (Go SDK): seconds.
        public var duration: Double?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Url", \.url),
            .value("Mode", \.mode),
            .value("StartTime", \.startTime),
            .value("EndTime", \.endTime),
            .value("FragmentIndex", \.fragmentIndex),
            .value("Duration", \.duration),
        ])
    }

    /// `SceneChangeInfo`: the transition.
    public struct SceneChangeInfo: NodeModel {
        /// `Mode`: `Default` (none), `FADE`, `GRADIENT`.
        public var mode: String?
        /// `Time`: the transition's length, seconds.
        public var time: Double?
        /// `TransitionType` (Go SDK): the effect's name.
        public var transitionType: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Mode", \.mode),
            .value("Time", \.time),
            .value("TransitionType", \.transitionType),
        ])
    }
}
