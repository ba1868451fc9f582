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
    public var pornInfo: Scene?
    public var adsInfo: Scene?
    public var terrorismInfo: Scene?
    public var politicsInfo: Scene?
    public var illegalInfo: Scene?
    public var abuseInfo: Scene?
    public var teenagerInfo: Scene?
    public var qualityInfo: Scene?
    public var unknownNodes: [Node] = []
    public init() {}
    public static let nodeFields = NodeFields<Self>([
        .value("trace_id", \.traceId),
        .value("url", \.url),
        .value("event", \.event),
        .value("result", \.result),
        .value("forbidden_status", \.forbiddenStatus),
        .value("data_id", \.dataId),
        .node("cos_headers", \.cosHeaders),
        .node("porn_info", \.pornInfo),
        .node("ads_info", \.adsInfo),
        .node("terrorism_info", \.terrorismInfo),
        .node("politics_info", \.politicsInfo),
        .node("illegal_info", \.illegalInfo),
        .node("abuse_info", \.abuseInfo),
        .node("teenager_info", \.teenagerInfo),
        .node("quality_info", \.qualityInfo),
    ])

    /// The scenes by name (`Porn`, `Ads`, …), any other `…_info` key included, as
    /// `ModerationScene`s: the same names and fields as the Detail shape's.
    public var scenes: [String: ModerationScene] {
        var scenes: [String: ModerationScene] = [:]
        let typed: [(String, Scene?)] = [
            ("porn_info", pornInfo), ("ads_info", adsInfo), ("terrorism_info", terrorismInfo),
            ("politics_info", politicsInfo), ("illegal_info", illegalInfo), ("abuse_info", abuseInfo),
            ("teenager_info", teenagerInfo), ("quality_info", qualityInfo),
        ]
        for (key, scene) in typed {
            if let scene, let name = ModerationScenes.name(ofKey: key) { scenes[name] = scene.unified }
        }
        for node in unknownNodes where !node.children.isEmpty {
            if let name = ModerationScenes.name(ofKey: node.name), let scene = Scene(node: node) {
                scenes[name] = scene.unified
            }
        }
        return scenes
    }

    /// One scene: `hit_flag`, `label`, `score` (image, audio) or `count` (video, live, text).
    public struct Scene: NodeModel {
        public var hitFlag: Int?
        public var label: String?
        public var score: Int?
        public var count: Int?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
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
