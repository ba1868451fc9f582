/// The Detail shape's `JobsDetail`: one moderation job, any kind. It has the
/// query API's field names; which fields a body has depends on the kind (each
/// field says where it appears). Everything is optional: published bodies add and
/// drop fields between a page's schema and its example.
public struct ModerationJob: NodeModel {
    // Common (moderation-callbacks.md §2.2)
    public var jobId: String?
    /// `State`: `Submitted`, `Success`, `Failed`, `Auditing` (live streams send
    /// callbacks while auditing), `Snapshoting`.
    public var state: JobState?
    /// `Code`, `Message`: when `State` is `Failed`.
    public var code: String?
    public var message: String?
    /// `DataId`: the submitter's own id for the content.
    public var dataId: String?
    /// `CreationTime`: `2021-08-10T21:01:10+08:00` (often `""`: absent).
    public var creationTime: Timestamp?
    /// `Object` (in COS) or `Url`: what was judged.
    public var object: String?
    public var url: String?
    /// `Label`: the highest-priority label (`Normal`, `Porn`, `Ads`, `Illegal`, …).
    public var label: String?
    public var category: String?
    public var subLabel: String?
    /// `Result`: 0 normal, 1 violating, 2 suspicious (image, video, live, audio, text).
    public var result: Int?
    /// `Suggestion`: the same verdict for documents and web pages.
    public var suggestion: Int?
    /// `Score`: overall confidence 0–100 (image).
    public var score: Int?
    public var bucketId: String?
    public var region: String?
    /// `ForbidState`: 0 not frozen, 1 frozen, 2 moved.
    public var forbidState: Int?
    /// `CosHeaders`: the upload's custom headers (a map here, unlike job callbacks' list).
    public var cosHeaders: StringMap?
    public var userInfo: ModerationUserInfo?
    public var listInfo: ModerationListInfo?
    /// `Type`: `live_video` for a live stream.
    public var type: String?

    // Scenes: job-level summaries (`PornInfo`…); others are kept and read by `scenes`.
    public var pornInfo: ModerationScene?
    public var adsInfo: ModerationScene?
    public var terrorismInfo: ModerationScene?
    /// `TerroristInfo`: the spelling some pages use.
    public var terroristInfo: ModerationScene?
    public var politicsInfo: ModerationScene?
    public var illegalInfo: ModerationScene?
    public var abuseInfo: ModerationScene?
    public var teenagerInfo: ModerationScene?
    public var qualityInfo: ModerationScene?
    public var valueInfo: ModerationScene?
    public var spamInfo: ModerationScene?
    public var meaninglessInfo: ModerationScene?

    // Image
    /// `Text`: the OCR text of the whole image.
    public var text: String?
    /// `CompressionResult`: 1 when the image was compressed before moderation.
    public var compressionResult: Int?

    // Video and live
    /// `SnapshotCount`: screenshots taken (live: in this callback).
    public var snapshotCount: Int?
    /// `Snapshot`: each screenshot judged.
    public var snapshot: [Segment] = []
    /// `AudioSection`: each stretch of the sound track judged.
    public var audioSection: [Segment] = []

    // Audio
    /// `AudioText`: the whole transcript.
    public var audioText: String?
    /// `Section` (audio, text): each segment judged.
    public var section: [Segment] = []
    /// `LanguageResults` (audio): the languages heard.
    public var languageResults: [LanguageResult] = []

    // Text
    /// `Content`: the submitted text, Base64.
    public var content: String?
    public var contextText: String?
    /// `SectionCount`: segments of up to 10,000 characters.
    public var sectionCount: Int?

    // Document and web page
    /// `PageCount`: pages (documents) or image links and text pages (web pages).
    public var pageCount: Int?
    /// `Labels`: the job-level scenes of a document or web page.
    public var labels: Labels?
    /// `PageSegment` (document): each page judged.
    public var pageSegment: ResultList?
    /// `ImageResults`, `TextResults` (web page).
    public var imageResults: ResultList?
    public var textResults: ResultList?
    /// `HighlightHtml` (web page): the page with hits marked, when asked for.
    public var highlightHtml: String?

    public var unknownNodes: [Node] = []
    public init() {}

    public static let nodeFields = NodeFields<Self>([
        .value("JobId", \.jobId),
        .value("State", \.state),
        .value("Code", \.code),
        .value("Message", \.message),
        .value("DataId", \.dataId),
        .value("CreationTime", \.creationTime),
        .value("Object", \.object),
        .value("Url", \.url),
        .value("Label", \.label),
        .value("Category", \.category),
        .value("SubLabel", \.subLabel),
        .value("Result", \.result),
        .value("Suggestion", \.suggestion),
        .value("Score", \.score),
        .value("BucketId", \.bucketId),
        .value("Region", \.region),
        .value("ForbidState", \.forbidState),
        .node("CosHeaders", \.cosHeaders),
        .node("UserInfo", \.userInfo),
        .node("ListInfo", \.listInfo),
        .value("Type", \.type),
        .node("PornInfo", \.pornInfo),
        .node("AdsInfo", \.adsInfo),
        .node("TerrorismInfo", \.terrorismInfo),
        .node("TerroristInfo", \.terroristInfo),
        .node("PoliticsInfo", \.politicsInfo),
        .node("IllegalInfo", \.illegalInfo),
        .node("AbuseInfo", \.abuseInfo),
        .node("TeenagerInfo", \.teenagerInfo),
        .node("QualityInfo", \.qualityInfo),
        .node("ValueInfo", \.valueInfo),
        .node("SpamInfo", \.spamInfo),
        .node("MeaninglessInfo", \.meaninglessInfo),
        .value("Text", \.text),
        .value("CompressionResult", \.compressionResult),
        .value("SnapshotCount", \.snapshotCount),
        .nodes("Snapshot", \.snapshot),
        .nodes("AudioSection", \.audioSection),
        .value("AudioText", \.audioText),
        .nodes("Section", \.section),
        .nodes("LanguageResults", \.languageResults),
        .value("Content", \.content),
        .value("ContextText", \.contextText),
        .value("SectionCount", \.sectionCount),
        .value("PageCount", \.pageCount),
        .node("Labels", \.labels),
        .node("PageSegment", \.pageSegment),
        .node("ImageResults", \.imageResults),
        .node("TextResults", \.textResults),
        .value("HighlightHtml", \.highlightHtml),
    ])

    /// The job-level scenes by name (`Porn`, `Ads`, …), any `…Info` node included;
    /// for documents and web pages, those of `Labels`.
    public var scenes: [String: ModerationScene] {
        if let labels { return labels.scenes }
        return ModerationScenes.collect(
            [
                ("PornInfo", pornInfo), ("AdsInfo", adsInfo), ("TerrorismInfo", terrorismInfo),
                ("TerroristInfo", terroristInfo), ("PoliticsInfo", politicsInfo), ("IllegalInfo", illegalInfo),
                ("AbuseInfo", abuseInfo), ("TeenagerInfo", teenagerInfo), ("QualityInfo", qualityInfo),
                ("ValueInfo", valueInfo), ("SpamInfo", spamInfo), ("MeaninglessInfo", meaninglessInfo),
            ], unknown: unknownNodes)
    }

    /// One judged piece: a video screenshot (`Snapshot`), a stretch of sound
    /// (`AudioSection`, audio `Section`), a text segment (text `Section`), a
    /// document page or a web-page image or text (`Results`).
    public struct Segment: NodeModel {
        /// `Url`: the piece (signed, valid 2 hours).
        public var url: String?
        /// `Text`: its OCR text or transcript.
        public var text: String?
        /// `SnapshotTime` (video: ms into the video; live: Unix time in ms).
        public var snapshotTime: Int?
        /// `OffsetTime`, `Duration` (sound): ms (live: `OffsetTime` is Unix time in ms).
        public var offsetTime: Int?
        public var duration: Int?
        /// `StartByte` (text): where the segment starts, in characters.
        public var startByte: Int?
        /// `PageNumber`, `SheetNumber` (document).
        public var pageNumber: Int?
        public var sheetNumber: Int?
        public var label: String?
        public var subLabel: String?
        public var result: Int?
        public var suggestion: Int?
        public var pornInfo: ModerationScene?
        public var adsInfo: ModerationScene?
        public var terrorismInfo: ModerationScene?
        public var terroristInfo: ModerationScene?
        public var politicsInfo: ModerationScene?
        public var illegalInfo: ModerationScene?
        public var abuseInfo: ModerationScene?
        public var teenagerInfo: ModerationScene?
        public var qualityInfo: ModerationScene?
        public var valueInfo: ModerationScene?
        public var spamInfo: ModerationScene?
        public var meaninglessInfo: ModerationScene?
        /// `LanguageResults` (audio sections).
        public var languageResults: [LanguageResult] = []
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("Url", \.url),
            .value("Text", \.text),
            .value("SnapshotTime", \.snapshotTime),
            .value("OffsetTime", \.offsetTime),
            .value("Duration", \.duration),
            .value("StartByte", \.startByte),
            .value("PageNumber", \.pageNumber),
            .value("SheetNumber", \.sheetNumber),
            .value("Label", \.label),
            .value("SubLabel", \.subLabel),
            .value("Result", \.result),
            .value("Suggestion", \.suggestion),
            .node("PornInfo", \.pornInfo),
            .node("AdsInfo", \.adsInfo),
            .node("TerrorismInfo", \.terrorismInfo),
            .node("TerroristInfo", \.terroristInfo),
            .node("PoliticsInfo", \.politicsInfo),
            .node("IllegalInfo", \.illegalInfo),
            .node("AbuseInfo", \.abuseInfo),
            .node("TeenagerInfo", \.teenagerInfo),
            .node("QualityInfo", \.qualityInfo),
            .node("ValueInfo", \.valueInfo),
            .node("SpamInfo", \.spamInfo),
            .node("MeaninglessInfo", \.meaninglessInfo),
            .nodes("LanguageResults", \.languageResults),
        ])

        /// Its scenes by name, any `…Info` node included.
        public var scenes: [String: ModerationScene] {
            ModerationScenes.collect(
                [
                    ("PornInfo", pornInfo), ("AdsInfo", adsInfo), ("TerrorismInfo", terrorismInfo),
                    ("TerroristInfo", terroristInfo), ("PoliticsInfo", politicsInfo), ("IllegalInfo", illegalInfo),
                    ("AbuseInfo", abuseInfo), ("TeenagerInfo", teenagerInfo), ("QualityInfo", qualityInfo),
                    ("ValueInfo", valueInfo), ("SpamInfo", spamInfo), ("MeaninglessInfo", meaninglessInfo),
                ], unknown: unknownNodes)
        }

        /// 0 normal, 1 violating, 2 suspicious: `Result` or `Suggestion`.
        public var verdict: Int? { result ?? suggestion }
    }

    /// `LanguageResults`: a language heard, with confidence and where.
    public struct LanguageResult: NodeModel {
        public var label: String?
        public var score: Int?
        public var startTime: Int?
        public var endTime: Int?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("Label", \.label),
            .value("Score", \.score),
            .value("StartTime", \.startTime),
            .value("EndTime", \.endTime),
        ])
    }

    /// `Labels`: the job-level scenes of a document or web page.
    public struct Labels: NodeModel {
        public var pornInfo: ModerationScene?
        public var adsInfo: ModerationScene?
        public var terrorismInfo: ModerationScene?
        public var terroristInfo: ModerationScene?
        public var politicsInfo: ModerationScene?
        public var illegalInfo: ModerationScene?
        public var abuseInfo: ModerationScene?
        public var teenagerInfo: ModerationScene?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .node("PornInfo", \.pornInfo),
            .node("AdsInfo", \.adsInfo),
            .node("TerrorismInfo", \.terrorismInfo),
            .node("TerroristInfo", \.terroristInfo),
            .node("PoliticsInfo", \.politicsInfo),
            .node("IllegalInfo", \.illegalInfo),
            .node("AbuseInfo", \.abuseInfo),
            .node("TeenagerInfo", \.teenagerInfo),
        ])

        public var scenes: [String: ModerationScene] {
            ModerationScenes.collect(
                [
                    ("PornInfo", pornInfo), ("AdsInfo", adsInfo), ("TerrorismInfo", terrorismInfo),
                    ("TerroristInfo", terroristInfo), ("PoliticsInfo", politicsInfo), ("IllegalInfo", illegalInfo),
                    ("AbuseInfo", abuseInfo), ("TeenagerInfo", teenagerInfo),
                ], unknown: unknownNodes)
        }
    }

    /// `PageSegment`, `ImageResults`, `TextResults`: `{"Results": […]}`.
    public struct ResultList: NodeModel {
        public var results: [Segment] = []
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([.nodes("Results", \.results)])
    }
}
