/// The Detail shape's `JobsDetail`: one moderation job, any kind. It has the
/// query API's field names; which fields a body has depends on the kind (each
/// field says where it appears). Everything is optional: published bodies add and
/// drop fields between a page's schema and its example.
public struct ModerationJob: NodeModel {
    // Common (moderation-callbacks.md §2.2)
    /// `JobId`: the moderation job's id.
    public var jobId: String?
    /// `State`: `Submitted`, `Success`, `Failed`, `Auditing` (live streams send
    /// callbacks while auditing), `Snapshoting`.
    public var state: JobState?
    /// `Code`: when `State` is `Failed`.
    public var code: String?
    /// `Message`: when `State` is `Failed`.
    public var message: String?
    /// `DataId`: the submitter's own id for the content.
    public var dataId: String?
    /// `CreationTime`: `2021-08-10T21:01:10+08:00` (often `""`: absent).
    public var creationTime: Timestamp?
    /// `Object`: the object judged, when it is in COS.
    public var object: String?
    /// `Url`: the address of what was judged, when it is not in COS.
    public var url: String?
    /// `Label`: the highest-priority label (`Normal`, `Porn`, `Ads`, `Illegal`, …).
    public var label: String?
    /// `Category`: the overall label's category.
    public var category: String?
    /// `SubLabel`: the finer overall label, when there is one.
    public var subLabel: String?
    /// `Result`: 0 normal, 1 violating, 2 suspicious (image, video, live, audio, text).
    public var result: Int?
    /// `Suggestion`: the same verdict for documents and web pages.
    public var suggestion: Int?
    /// `Score`: overall confidence 0–100 (image; text too, Go SDK 2026-06 `TextAuditingJobDetail.Score`).
    public var score: Int?
    /// `BucketId`: the bucket of the object judged.
    public var bucketId: String?
    /// `Region`: that bucket's region.
    public var region: String?
    /// `ForbidState`: 0 not frozen, 1 frozen, 2 moved.
    public var forbidState: Int?
    /// `CosHeaders`: the upload's custom headers (a map here, unlike job callbacks' list).
    public var cosHeaders: StringMap?
    /// `UserInfo`: who submitted the content, as the request gave it.
    public var userInfo: ModerationUserInfo?
    /// `ListInfo`: allow and block lists that matched.
    public var listInfo: ModerationListInfo?
    /// `Type`: `live_video` for a live stream.
    public var type: String?

    // Scenes: job-level summaries (`PornInfo`…); others are kept and read by `scenes`.
    /// `PornInfo`: the pornography scene.
    public var pornInfo: ModerationScene?
    /// `AdsInfo`: the advertising scene.
    public var adsInfo: ModerationScene?
    /// `TerrorismInfo`: the terrorism scene.
    public var terrorismInfo: ModerationScene?
    /// `TerroristInfo`: the spelling some pages use.
    public var terroristInfo: ModerationScene?
    /// `PoliticsInfo`: the politics scene.
    public var politicsInfo: ModerationScene?
    /// `IllegalInfo`: the illegal-content scene.
    public var illegalInfo: ModerationScene?
    /// `AbuseInfo`: the abuse scene.
    public var abuseInfo: ModerationScene?
    /// `TeenagerInfo`: the minors-protection scene.
    public var teenagerInfo: ModerationScene?
    /// `QualityInfo`: the quality scene.
    public var qualityInfo: ModerationScene?
    /// `ValueInfo` (Go SDK): the `Value` scene.
    public var valueInfo: ModerationScene?
    /// `SpamInfo` (Go SDK, text): the spam scene.
    public var spamInfo: ModerationScene?
    /// `MeaninglessInfo`: the meaningless-content scene.
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
    /// `ContextText` (text; Go SDK 2026-06 `TextAuditingJobDetail.ContextText`): the context
    /// sent with the text, as sent.
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
    /// `ImageResults` (web page).
    public var imageResults: ResultList?
    /// `TextResults` (web page).
    public var textResults: ResultList?
    /// `HighlightHtml` (web page): the page with hits marked, when asked for.
    public var highlightHtml: String?

    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}

    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>(
        [
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
        ] + sceneKeys.map(\.field) + [
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

    /// The job-level scenes' wire names and properties: the field table's `…Info`
    /// entries and `scenes` both come from this list.
    static let sceneKeys: [SceneKey<Self, ModerationScene>] = [
        SceneKey("PornInfo", \.pornInfo),
        SceneKey("AdsInfo", \.adsInfo),
        SceneKey("TerrorismInfo", \.terrorismInfo),
        SceneKey("TerroristInfo", \.terroristInfo),
        SceneKey("PoliticsInfo", \.politicsInfo),
        SceneKey("IllegalInfo", \.illegalInfo),
        SceneKey("AbuseInfo", \.abuseInfo),
        SceneKey("TeenagerInfo", \.teenagerInfo),
        SceneKey("QualityInfo", \.qualityInfo),
        SceneKey("ValueInfo", \.valueInfo),
        SceneKey("SpamInfo", \.spamInfo),
        SceneKey("MeaninglessInfo", \.meaninglessInfo),
    ]

    /// The job-level scenes by name (`Porn`, `Ads`, …), any `…Info` node included;
    /// for documents and web pages, those of `Labels`.
    public var scenes: [String: ModerationScene] {
        if let labels { return labels.scenes }
        return ModerationScenes.collect(Self.sceneKeys, of: self, unknown: unknownNodes)
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
        /// `OffsetTime` (sound): ms into the media (live: Unix time in ms).
        public var offsetTime: Int?
        /// `Duration` (sound): ms.
        public var duration: Int?
        /// `StartByte` (text): where the segment starts, in characters.
        public var startByte: Int?
        /// `PageNumber` (document).
        public var pageNumber: Int?
        /// `SheetNumber` (document).
        public var sheetNumber: Int?
        /// `Label`: this piece's label.
        public var label: String?
        /// `SubLabel`: this piece's finer label, when there is one.
        public var subLabel: String?
        /// `Result`: 0 normal, 1 violating, 2 suspicious.
        public var result: Int?
        /// `Suggestion`: the same verdict for document pages and web-page items.
        public var suggestion: Int?
        /// `PornInfo`: the pornography scene.
        public var pornInfo: ModerationScene?
        /// `AdsInfo`: the advertising scene.
        public var adsInfo: ModerationScene?
        /// `TerrorismInfo`: the terrorism scene.
        public var terrorismInfo: ModerationScene?
        /// `TerroristInfo`: the spelling some pages use.
        public var terroristInfo: ModerationScene?
        /// `PoliticsInfo`: the politics scene.
        public var politicsInfo: ModerationScene?
        /// `IllegalInfo`: the illegal-content scene.
        public var illegalInfo: ModerationScene?
        /// `AbuseInfo`: the abuse scene.
        public var abuseInfo: ModerationScene?
        /// `TeenagerInfo`: the minors-protection scene.
        public var teenagerInfo: ModerationScene?
        /// `QualityInfo`: the quality scene.
        public var qualityInfo: ModerationScene?
        /// `ValueInfo` (Go SDK): the `Value` scene.
        public var valueInfo: ModerationScene?
        /// `SpamInfo` (Go SDK, text): the spam scene.
        public var spamInfo: ModerationScene?
        /// `MeaninglessInfo`: the meaningless-content scene.
        public var meaninglessInfo: ModerationScene?
        /// `LanguageResults` (audio sections).
        public var languageResults: [LanguageResult] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>(
            [
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
            ] + sceneKeys.map(\.field) + [.nodes("LanguageResults", \.languageResults)])

        /// The piece's scenes' wire names and properties: the field table's `…Info`
        /// entries and `scenes` both come from this list.
        static let sceneKeys: [SceneKey<Self, ModerationScene>] = [
            SceneKey("PornInfo", \.pornInfo),
            SceneKey("AdsInfo", \.adsInfo),
            SceneKey("TerrorismInfo", \.terrorismInfo),
            SceneKey("TerroristInfo", \.terroristInfo),
            SceneKey("PoliticsInfo", \.politicsInfo),
            SceneKey("IllegalInfo", \.illegalInfo),
            SceneKey("AbuseInfo", \.abuseInfo),
            SceneKey("TeenagerInfo", \.teenagerInfo),
            SceneKey("QualityInfo", \.qualityInfo),
            SceneKey("ValueInfo", \.valueInfo),
            SceneKey("SpamInfo", \.spamInfo),
            SceneKey("MeaninglessInfo", \.meaninglessInfo),
        ]

        /// Its scenes by name, any `…Info` node included.
        public var scenes: [String: ModerationScene] {
            ModerationScenes.collect(Self.sceneKeys, of: self, unknown: unknownNodes)
        }

        /// 0 normal, 1 violating, 2 suspicious: `Result` or `Suggestion`.
        public var verdict: Int? { result ?? suggestion }
    }

    /// `LanguageResults`: a language heard, with confidence and where.
    public struct LanguageResult: NodeModel {
        /// `Label`: the language.
        public var label: String?
        /// `Score`: how sure.
        public var score: Int?
        /// `StartTime`: where the language starts in the audio (Go SDK; no unit documented).
        public var startTime: Int?
        /// `EndTime`: where it ends (Go SDK; no unit documented).
        public var endTime: Int?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Label", \.label),
            .value("Score", \.score),
            .value("StartTime", \.startTime),
            .value("EndTime", \.endTime),
        ])
    }

    /// `Labels`: the job-level scenes of a document or web page.
    public struct Labels: NodeModel {
        /// `PornInfo`: the pornography scene.
        public var pornInfo: ModerationScene?
        /// `AdsInfo`: the advertising scene.
        public var adsInfo: ModerationScene?
        /// `TerrorismInfo`: the terrorism scene.
        public var terrorismInfo: ModerationScene?
        /// `TerroristInfo`: the spelling some pages use.
        public var terroristInfo: ModerationScene?
        /// `PoliticsInfo`: the politics scene.
        public var politicsInfo: ModerationScene?
        /// `IllegalInfo`: the illegal-content scene.
        public var illegalInfo: ModerationScene?
        /// `AbuseInfo`: the abuse scene.
        public var abuseInfo: ModerationScene?
        /// `TeenagerInfo`: the minors-protection scene.
        public var teenagerInfo: ModerationScene?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>(sceneKeys.map(\.field))

        /// The scenes' wire names and properties: the field table and `scenes` both
        /// come from this list.
        static let sceneKeys: [SceneKey<Self, ModerationScene>] = [
            SceneKey("PornInfo", \.pornInfo),
            SceneKey("AdsInfo", \.adsInfo),
            SceneKey("TerrorismInfo", \.terrorismInfo),
            SceneKey("TerroristInfo", \.terroristInfo),
            SceneKey("PoliticsInfo", \.politicsInfo),
            SceneKey("IllegalInfo", \.illegalInfo),
            SceneKey("AbuseInfo", \.abuseInfo),
            SceneKey("TeenagerInfo", \.teenagerInfo),
        ]

        /// The scenes by name (`Porn`, `Ads`, …), any other `…Info` node included.
        public var scenes: [String: ModerationScene] {
            ModerationScenes.collect(Self.sceneKeys, of: self, unknown: unknownNodes)
        }
    }

    /// `PageSegment`, `ImageResults`, `TextResults`: `{"Results": […]}`.
    public struct ResultList: NodeModel {
        /// `Results`: each page, image or text judged.
        public var results: [Segment] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([.nodes("Results", \.results)])
    }
}
