// VideoTag (视频标签): submit API https://cloud.tencent.com/document/product/460/76917
// callback https://cloud.tencent.com/document/product/436/85058

extension JobTag {
    /// VideoTag (视频标签): tags, places, actions, objects and people in a video.
    ///
    /// Its own nodes: ``JobOperation/videoTag``, ``JobOperation/videoTagResult``.
    public static let videoTag: JobTag = "VideoTag"
}

extension JobOperation {
    /// `VideoTag`: the request echo (VideoTag jobs).
    public var videoTag: VideoTagRequest? {
        get { self[VideoTagJob.videoTag] }
        set { self[VideoTagJob.videoTag] = newValue }
    }
    /// `VideoTagResult`: what a VideoTag job found.
    public var videoTagResult: VideoTagResult? {
        get { self[VideoTagJob.videoTagResult] }
        set { self[VideoTagJob.videoTagResult] = newValue }
    }
}

enum VideoTagJob: JobKind {
    static let tag = JobTag.videoTag
    static let videoTag = PartKey<VideoTagRequest>("VideoTag")
    static let videoTagResult = PartKey<VideoTagResult>("VideoTagResult")
    static let operationParts: [Field<JobOperation>] = [
        .part(videoTag),
        .part(videoTagResult),
    ]
}

/// `Operation.VideoTag`: the request echo.
public struct VideoTagRequest: NodeModel {
    /// `Scenario`: only `Stream` is supported.
    public var scenario: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([.value("Scenario", \.scenario)])
}

/// `Operation.VideoTagResult`.
public struct VideoTagResult: NodeModel {
    /// `StreamData`: the tagging result.
    public var streamData: StreamData?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([.node("StreamData", \.streamData)])

    /// `VideoTagResult.StreamData`.
    public struct StreamData: NodeModel {
        /// `SubErrCode`: 0 means success.
        public var subErrorCode: Int?
        /// `SubErrMsg`: the error message when `SubErrCode` is not 0.
        public var subErrorMessage: String?
        /// `Data`: the tags found.
        public var data: TagData?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("SubErrCode", \.subErrorCode),
            .value("SubErrMsg", \.subErrorMessage),
            .node("Data", \.data),
        ])
    }

    /// `StreamData.Data`: the tags found.
    public struct TagData: NodeModel {
        /// `Tags`: video tags and categories (repeated, although the table says single).
        public var tags: [Tag] = []
        /// `PersonTags`: the people recognised.
        public var personTags: [PersonTag] = []
        /// `PlaceTags`: the places seen, per time span.
        public var placeTags: [PlaceTag] = []
        /// `ActionTags`: the actions seen, per time span.
        public var actionTags: [ActionTag] = []
        /// `ObjectTags`: the objects seen, per moment.
        public var objectTags: [ObjectTag] = []
        /// `Labels` (Go and Java SDK models only).
        public var labels: [Label] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .nodes("Tags", \.tags),
            .nodes("PersonTags", \.personTags),
            .nodes("PlaceTags", \.placeTags),
            .nodes("ActionTags", \.actionTags),
            .nodes("ObjectTags", \.objectTags),
            .nodes("Labels", \.labels),
        ])
    }

    /// `Tags`: one tag with its confidence.
    public struct Tag: NodeModel {
        /// `Tag`: the tag's name.
        public var tag: String?
        /// `TagCls`: the tag's class; category entries have none.
        public var tagClass: String?
        /// `Confidence`, in [0, 1].
        public var confidence: Double?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Tag", \.tag),
            .value("TagCls", \.tagClass),
            .value("Confidence", \.confidence),
        ])
    }

    /// `PersonTags`: a recognised person.
    public struct PersonTag: NodeModel {
        /// `Name`: the person's name.
        public var name: String?
        /// `Confidence`, in [0, 1].
        public var confidence: Double?
        /// `Count`: number of appearances.
        public var count: Int?
        /// `DetailPerSecond`: where the person appears, second by second.
        public var detailPerSecond: [PersonDetail] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Name", \.name),
            .value("Confidence", \.confidence),
            .value("Count", \.count),
            .nodes("DetailPerSecond", \.detailPerSecond),
        ])
    }

    /// `PersonTags.DetailPerSecond`.
    public struct PersonDetail: NodeModel {
        /// `TimeStamp`, in seconds.
        public var timestamp: Double?
        /// `Confidence`, in [0, 1].
        public var confidence: Double?
        /// `BBox`: the person's boxes at that moment.
        public var boundingBoxes: [BoundingBox] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("TimeStamp", \.timestamp),
            .value("Confidence", \.confidence),
            .nodes("BBox", \.boundingBoxes),
        ])
    }

    /// `BBox`: relative coordinates, origin at the top-left corner.
    public struct BoundingBox: NodeModel {
        /// `X1`: the left edge, relative to the width.
        public var x1: Double?
        /// `Y1`: the top edge, relative to the height.
        public var y1: Double?
        /// `X2`: the right edge, relative to the width.
        public var x2: Double?
        /// `Y2`: the bottom edge, relative to the height.
        public var y2: Double?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("X1", \.x1),
            .value("Y1", \.y1),
            .value("X2", \.x2),
            .value("Y2", \.y2),
        ])
    }

    /// `PlaceTags`: the places seen in a time span.
    public struct PlaceTag: NodeModel {
        /// `Tags`: the places, each with its confidence.
        public var tags: [Tag] = []
        /// `StartTime`: seconds into the video (not dates).
        public var startTime: Double?
        /// `EndTime`: seconds into the video (not dates).
        public var endTime: Double?
        /// `StartIndex`: frame numbers.
        public var startIndex: Int?
        /// `EndIndex`: frame numbers.
        public var endIndex: Int?
        /// `ClipFrameResult`: the top result of each frame, `label:score`.
        public var clipFrameResult: [ClipFrame] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .nodes("Tags", \.tags),
            .value("StartTime", \.startTime),
            .value("EndTime", \.endTime),
            .value("StartIndex", \.startIndex),
            .value("EndIndex", \.endIndex),
            .values("ClipFrameResult", \.clipFrameResult),
        ])
    }

    /// `ActionTags`: the actions seen in a time span.
    public struct ActionTag: NodeModel {
        /// `Tags`: the actions, each with its confidence.
        public var tags: [Tag] = []
        /// `StartTime`: seconds into the video (not dates).
        public var startTime: Double?
        /// `EndTime`: seconds into the video (not dates).
        public var endTime: Double?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .nodes("Tags", \.tags),
            .value("StartTime", \.startTime),
            .value("EndTime", \.endTime),
        ])
    }

    /// `ObjectTags`: the objects seen at one moment.
    public struct ObjectTag: NodeModel {
        /// `Objects`: the objects detected at that moment.
        public var objects: [DetectedObject] = []
        /// `TimeStamp`, in seconds.
        public var timestamp: Double?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .nodes("Objects", \.objects),
            .value("TimeStamp", \.timestamp),
        ])
    }

    /// `ObjectTags.Objects`: one detected object.
    public struct DetectedObject: NodeModel {
        /// `Name`: what the object is.
        public var name: String?
        /// `Confidence`, in [0, 1].
        public var confidence: Double?
        /// `BBox`: a list, as in every Tencent SDK model.
        public var boundingBoxes: [BoundingBox] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Name", \.name),
            .value("Confidence", \.confidence),
            .nodes("BBox", \.boundingBoxes),
        ])
    }

    /// `Labels` (SDK models only): a two-level label.
    public struct Label: NodeModel {
        /// `First`: the first-level label.
        public var first: String?
        /// `Second`: the second-level label.
        public var second: String?
        /// `Confidence`, in [0, 1].
        public var confidence: Double?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("First", \.first),
            .value("Second", \.second),
            .value("Confidence", \.confidence),
        ])
    }
}

/// One `ClipFrameResult`: the raw text (`办公室:0.55`, `Office: 0.55`) and, when it
/// has that form, its label and score.
public struct ClipFrame: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The text as sent.
    public let text: String
    /// The number after the last `:` (or `：`); `nil` when it is not a number.
    public let score: Double?
    /// UTF-8 length of the label part, when there is a score.
    private let labelLength: Int?

    /// Splits `text` at its last colon into ``label`` and ``score``; keeps the text.
    public init(_ text: String) {
        (score, labelLength) = withUTF8Bytes(of: text, Self.split)
        self.text = text
    }

    init(bytes: UnsafeRawBufferPointer) {
        text = String(decoding: bytes, as: UTF8.self)
        (score, labelLength) = Self.split(bytes)
    }

    /// The part before the last colon, trimmed; `nil` when the text has no score.
    public var label: String? {
        guard let labelLength else { return nil }
        return withUTF8Bytes(of: text) { bytes in
            String(decoding: NumberText.trimmed(UnsafeRawBufferPointer(rebasing: bytes[..<labelLength])), as: UTF8.self)
        }
    }

    /// Finds the last `:` (or the full-width `：`, UTF-8 EF BC 9A) and parses what follows.
    private static func split(_ bytes: UnsafeRawBufferPointer) -> (Double?, Int?) {
        var index = bytes.count - 1
        while index >= 0 {
            if bytes[index] == UInt8(ascii: ":") { break }
            if index >= 2, bytes[index - 2] == 0xEF, bytes[index - 1] == 0xBC, bytes[index] == 0x9A {
                index -= 2
                break
            }
            index -= 1
        }
        guard index >= 0 else { return (nil, nil) }
        let after = bytes[index] == UInt8(ascii: ":") ? index + 1 : index + 3
        guard let score = NumberText.double(UnsafeRawBufferPointer(rebasing: bytes[after...])) else {
            return (nil, nil)
        }
        return (score, index)
    }

    /// The text as sent.
    public var description: String { text }

    /// Reads the canonical JSON form: the text, as a string.
    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    /// Writes the text as a JSON string.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

extension ClipFrame: NodeScalar {
    static func sampleText(_ random: inout SampleRandom) -> String {
        "\(sampleWord(&random)):0.\(Int.random(in: 10...99, using: &random))"
    }

    init(nodeText text: UnsafeRawBufferPointer) {
        self.init(bytes: text)
    }

    /// Keeps the JSON reader's string rather than making another.
    init(nodeString string: String) {
        self.init(string)
    }
}
