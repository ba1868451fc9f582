// Content moderation (内容审核) callbacks: https://cloud.tencent.com/document/product/436/62387
// (image), 1535/64370 (video), 436/48264 (audio), text, document, web page and live
// stream pages; shapes in shared/reference/moderation-callbacks.md.

/// A content-moderation callback (`ReviewImage`, `ReviewVideo`, `ReviewAudio`,
/// `ReviewText`, `ReviewDocument`, `ReviewHtml`), in either of its JSON shapes:
///
/// - *Simple* (`X-Ci-Content-Version: Simple`, the default): `{"code", "message",
///   "data": {"event": "ReviewImage", …}}` with snake_case keys: ``simple``;
/// - *Detail*: `{"EventName": "ReviewImage", "JobsDetail": {…}}` with PascalCase
///   keys: ``detail``.
///
/// The properties below read the verdict from whichever shape the body has, so
/// the same verdict gives the same values from both.
public struct Moderation: Sendable, Hashable {
    /// What was moderated: ``ModerationKind/image``, ``ModerationKind/video``,
    /// ``ModerationKind/liveVideo``, ``ModerationKind/audio``, ``ModerationKind/text``,
    /// ``ModerationKind/document``, ``ModerationKind/webPage``, or
    /// ``ModerationKind/unknown`` (a Simple body without `event`).
    public var kind: ModerationKind
    /// The Simple shape (`code`, `message`, `data`).
    public var simple: ModerationSimpleBody?
    /// The Detail shape's `JobsDetail`.
    public var detail: ModerationJob? {
        get { detailBox?.value }
        set { detailBox = newValue.map { Indirect($0) } }
    }
    /// `ModerationJob` is 3.6 KB inline (a dozen scenes): out of line, a Simple body
    /// does not pay for storing its `nil` (3,600 instructions per decode, callgrind)
    /// nor every `Moderation` for copying it.
    private var detailBox: Indirect<ModerationJob>?

    /// A verdict of this kind from either shape (the decoder fills one of them).
    public init(kind: ModerationKind, simple: ModerationSimpleBody? = nil, detail: ModerationJob? = nil) {
        self.kind = kind
        self.simple = simple
        self.detail = detail
    }

    /// The same, taking the shapes' values without copying them (the decoder's path).
    init(kind: ModerationKind, simple: consuming ModerationSimpleBody) {
        self.kind = kind
        self.simple = simple
    }

    init(kind: ModerationKind, detail: consuming ModerationJob?) {
        self.kind = kind
        if let detail { detailBox = Indirect(detail) }
    }

    /// The verdict: 0 normal, 1 violating, 2 suspicious (manual review advised).
    /// Detail `Result` (`Suggestion` for documents and web pages), Simple `data.result`.
    public var result: Int? { detail?.result ?? detail?.suggestion ?? simple?.data?.result }

    /// The label of the verdict (`Normal`, `Porn`, `Ads`, …): Detail `Label`; a
    /// Simple body has labels per scene only (``scenes``).
    public var label: String? { detail?.label }

    /// The job: Detail `JobId`, Simple `data.trace_id`.
    public var jobId: String? { detail?.jobId ?? simple?.data?.traceId }

    /// The object or URL judged: Detail `Object` or `Url`, Simple `data.url`.
    public var target: String? {
        [detail?.object, detail?.url, simple?.data?.url].compactMap { $0 }.first { !$0.isEmpty }
    }

    /// The scenes judged, by name without the suffix (`Porn`, `Ads`, `Illegal`, …):
    /// Detail `PornInfo`, Simple `porn_info`, each as a ``ModerationScene``.
    public var scenes: [String: ModerationScene] {
        detail?.scenes ?? simple?.data?.scenes ?? [:]
    }
}

/// What a moderation callback judged: an open value, like ``JobTag``.
public struct ModerationKind: OpenValue {
    /// The kind's name (`image`, `video`, …), or for a `Review…` event the library
    /// does not know, the event name itself.
    public let rawValue: String

    /// The value with this name, known to the library or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// An image: `ReviewImage`.
    public static let image: ModerationKind = "image"
    /// A video: `ReviewVideo` (and a live stream in a Simple body).
    public static let video: ModerationKind = "video"
    /// A live stream: `ReviewVideo` with `JobsDetail.Type` `live_video` (Detail; a
    /// Simple body cannot tell a stream from a video: ``video``).
    public static let liveVideo: ModerationKind = "liveVideo"
    /// Audio: `ReviewAudio`.
    public static let audio: ModerationKind = "audio"
    /// Text: `ReviewText`.
    public static let text: ModerationKind = "text"
    /// A document: `ReviewDocument`.
    public static let document: ModerationKind = "document"
    /// A web page: `ReviewHtml`.
    public static let webPage: ModerationKind = "webPage"
    /// A Simple body without `data.event` (one published audio sample), with no hint.
    public static let unknown: ModerationKind = "unknown"

    /// The kind an event name and a Detail `Type` stand for.
    init(event: EventName?, type: String?) {
        switch event {
        case .reviewImage: self = .image
        case .reviewVideo: self = type == "live_video" ? .liveVideo : .video
        case .reviewAudio: self = .audio
        case .reviewText: self = .text
        case .reviewDocument: self = .document
        case .reviewHtml: self = .webPage
        case let event?: self.init(rawValue: event.rawValue)
        case nil: self = .unknown
        }
    }
}

extension EventName {
    /// Image moderation finished.
    public static let reviewImage: EventName = "ReviewImage"
    /// Video moderation finished, or a live stream's moderation reports.
    public static let reviewVideo: EventName = "ReviewVideo"
    /// Audio moderation finished.
    public static let reviewAudio: EventName = "ReviewAudio"
    /// Text moderation finished.
    public static let reviewText: EventName = "ReviewText"
    /// Document moderation finished.
    public static let reviewDocument: EventName = "ReviewDocument"
    /// Web-page moderation finished.
    public static let reviewHtml: EventName = "ReviewHtml"

    /// `Review…`: a content-moderation event.
    var isModeration: Bool { rawValue.hasPrefix("Review") }
}

/// The `X-Ci-Content-Version` request header of a moderation callback: `Simple`
/// or `Detail`. A hint only: the body decides when it tells.
public struct ContentVersion: OpenValue {
    /// The name, as the library or the caller wrote it.
    public let rawValue: String

    /// The value with this name, known to the library or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// `Simple`: `{"code", "message", "data"}`, the default.
    public static let simple: ContentVersion = "Simple"
    /// `Detail`: `{"EventName", "JobsDetail"}`.
    public static let detail: ContentVersion = "Detail"
}

/// The Detail shape's top level: `{"EventName": "Review…", "JobsDetail": {…}}`.
struct ModerationDetailBody: NodeModel {
    var eventName: EventName?
    var jobsDetail: ModerationJob?
    var unknownNodes: [Node] = []
    init() {}
    static let nodeFields = NodeFields<Self>([
        .value("EventName", \.eventName),
        .node("JobsDetail", \.jobsDetail),
    ])
}

/// The Simple shape: `{"code": 0, "message": "success", "data": {…}}`.
public struct ModerationSimpleBody: NodeModel {
    /// `code`: 0 when moderation ran; another value is a moderation error code.
    public var code: Int?
    /// `message`: `success`, an error text, or `Test request when setting callback
    /// url` (the probe the service sends when a callback URL is saved: answer 200).
    public var message: String?
    /// `data`: the verdict.
    public var data: ModerationSimpleData?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("code", \.code),
        .value("message", \.message),
        .node("data", \.data),
    ])
}
