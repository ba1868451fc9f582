/// The Simple shape's `data`: the verdict, with snake_case keys.
public struct ModerationSimpleData: NodeModel {
    /// `trace_id`: the job id (`test_trace_id` in the probe the console sends).
    public var traceId: String?
    /// `url`: the object, stream or text file judged.
    public var url: String?
    /// `event`: `ReviewImage`, `ReviewVideo` (live streams too), `ReviewAudio`,
    /// `ReviewText`; missing from one published audio body.
    public var event: EventName?
    /// `result`: 0 normal, 1 violating, 2 suspicious.
    public var result: Int?
    /// `forbidden_status`: 0 not frozen, 1 frozen, 2 moved (always 0 for live).
    public var forbiddenStatus: Int?
    /// `data_id`: the submitter's own id for the content.
    public var dataId: String?
    /// `cos_headers`: the upload's custom headers.
    public var cosHeaders: StringMap?
    /// `porn_info`: the pornography scene.
    public var pornInfo: Scene?
    /// `ads_info`: the advertising scene.
    public var adsInfo: Scene?
    /// `terrorism_info`: the terrorism scene.
    public var terrorismInfo: Scene?
    /// `politics_info`: the politics scene.
    public var politicsInfo: Scene?
    /// `illegal_info`: the illegal-content scene.
    public var illegalInfo: Scene?
    /// `abuse_info`: the abuse scene.
    public var abuseInfo: Scene?
    /// `teenager_info`: the minors-protection scene.
    public var teenagerInfo: Scene?
    /// `quality_info`: the quality scene.
    public var qualityInfo: Scene?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>(
        [
            .value("trace_id", \.traceId),
            .value("url", \.url),
            .value("event", \.event),
            .value("result", \.result),
            .value("forbidden_status", \.forbiddenStatus),
            .value("data_id", \.dataId),
            .node("cos_headers", \.cosHeaders),
        ] + sceneKeys.map(\.field))

    /// The scenes' wire names and properties: the field table's `…_info` entries and
    /// `scenes` both come from this list.
    static let sceneKeys: [SceneKey<Self, Scene>] = [
        SceneKey("porn_info", \.pornInfo),
        SceneKey("ads_info", \.adsInfo),
        SceneKey("terrorism_info", \.terrorismInfo),
        SceneKey("politics_info", \.politicsInfo),
        SceneKey("illegal_info", \.illegalInfo),
        SceneKey("abuse_info", \.abuseInfo),
        SceneKey("teenager_info", \.teenagerInfo),
        SceneKey("quality_info", \.qualityInfo),
    ]

    /// The scenes by name (`Porn`, `Ads`, …), any other `…_info` key included, as
    /// ``ModerationScene`` values: the same names and fields as the Detail shape's.
    public var scenes: [String: ModerationScene] {
        ModerationScenes.collect(Self.sceneKeys, of: self, unknown: unknownNodes)
    }

    /// One scene: `hit_flag`, `label`, `score` (image, audio) or `count` (video, live, text).
    public struct Scene: NodeModel {
        /// `hit_flag`: 0 normal, 1 hit, 2 suspected.
        public var hitFlag: Int?
        /// `label`: the label found in this scene (empty is absent in ``unified``).
        public var label: String?
        /// `score`: confidence 0–100 (image, audio).
        public var score: Int?
        /// `count`: hits in this scene (video, live, text).
        public var count: Int?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("hit_flag", \.hitFlag),
            .value("label", \.label),
            .value("score", \.score),
            .value("count", \.count),
        ])

        /// The same scene in the Detail shape's type.
        public var unified: ModerationScene {
            var scene = ModerationScene()
            scene.hitFlag = hitFlag
            scene.label = label?.isEmpty == true ? nil : label
            scene.score = score
            scene.count = count
            return scene
        }
    }
}
