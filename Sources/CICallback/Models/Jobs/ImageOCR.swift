// ImageOCR (图片文字识别, asynchronous): submit API https://cloud.tencent.com/document/api/460/102328
// (also https://cloud.tencent.com/document/api/436/115976, intl
// https://www.tencentcloud.com/document/product/1045/73141); no callback page or sample.
// Its result has the shape of the synchronous OCR API's response
// (https://cloud.tencent.com/document/api/460/63227, intl …/1045/49147) plus the
// object and state fields of Go `ImageOCRDetection` (ci_media.go:4196-4260).
// Request: Go `ImageOCRTemplate` (ci_media.go:4158), the OCR template's fields; the
// synchronous API types `ispdf`, `isword`, `enable-word-polygon` Boolean and
// `pdf-pagenumber` Integer.
//
// Which nodes repeat (read 2026-12-04): Go makes every child node a slice. The CI OCR
// response table (as the iOS CI SDK's `QCloudCIOCRResult.h` copies it) and Tencent's OCR
// API (`GeneralBasicOCR` `TextDetection`: `ItemPolygon` is one `ItemCoord`; handwriting
// `WordPolygon` is an array of `Polygon{LeftTop, RightTop, RightBottom, LeftBottom}`,
// each one `Coord`) make `ItemPolygon`, `WordCoordPoint` and the four corners single
// nodes, and `TextDetections`, `Polygon`, `Words`, `WordCoordinate` and `WordPolygon`
// lists. The models follow the documentation. `Angel` (sic, for "angle") is the wire
// name in the CI docs, Go and the OCR API alike; it is a Float in the docs and the
// OCR API, a string in Go. `WordCoordPoint` sits in each `Words` entry (CI docs, Go);
// the OCR API puts it beside `Words`.

extension JobTag {
    /// ImageOCR (图片文字识别): the text found in an image or a PDF page
    /// (`Operation.Detection`).
    ///
    /// Its own nodes: ``JobOperation/imageOCR``, ``JobOperation/detection``.
    public static let imageOCR: JobTag = "ImageOCR"
}

extension JobOperation {
    /// `ImageOCR`: how to recognise the text (the request echo; absent when a
    /// template was used).
    public var imageOCR: ImageOCRRequest? {
        get { self[ImageOCRJob.imageOCR] }
        set { self[ImageOCRJob.imageOCR] = newValue }
    }
    /// `Detection`: the text found.
    public var detection: ImageOCRDetection? {
        get { self[ImageOCRJob.detection] }
        set { self[ImageOCRJob.detection] = newValue }
    }
}

enum ImageOCRJob: JobKind {
    static let tag = JobTag.imageOCR
    static let imageOCR = PartKey<ImageOCRRequest>("ImageOCR")
    static let detection = PartKey<ImageOCRDetection>("Detection")
    static let operationParts: [Field<JobOperation>] = [
        .part(imageOCR),
        .part(detection),
    ]
}

/// `Operation.ImageOCR`: how to recognise the text (Go `ImageOCRTemplate`, the OCR
/// template's fields).
public struct ImageOCRRequest: NodeModel {
    /// `Type`: `general`, `accurate`, `efficient`, `fast` or `handwriting`.
    public var type: String?
    /// `LanguageType`: the language, e.g. `zh` (Chinese and English), `auto` (with `general`).
    public var languageType: String?
    /// `IsPdf`: whether the input is a PDF (with `general` and `fast`).
    public var isPdf: Bool?
    /// `PdfPageNumber`: the PDF page to recognise, from 1.
    public var pdfPageNumber: Int?
    /// `IsWord`: whether each character is returned too (`Words`; with `general` and `accurate`).
    public var isWord: Bool?
    /// `EnableWordPolygon`: whether each character's corners are returned
    /// (`WordPolygon`; with `handwriting`).
    public var enableWordPolygon: Bool?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Type", \.type),
        .value("LanguageType", \.languageType),
        .value("IsPdf", \.isPdf),
        .value("PdfPageNumber", \.pdfPageNumber),
        .value("IsWord", \.isWord),
        .value("EnableWordPolygon", \.enableWordPolygon),
    ])
}

/// The text an image OCR found: `Operation.Detection` of an ImageOCR job, and
/// `ObjectInfo.ImageOcrResult` of a WorkflowFinish task (Go `ImageOCRDetection`;
/// the text fields as in the OCR API's response). No published body shows it.
public struct ImageOCRDetection: NodeModel {
    /// `InputObjectName`: the image's key (Go SDK model).
    public var inputObjectName: String?
    /// `InputObjectUrl`: the image's URL (Go SDK model).
    public var inputObjectUrl: String?
    /// `ObjectName`: the key of the result written, if any (Go SDK model).
    public var objectName: String?
    /// `ObjectUrl`: the URL of the result written, if any (Go SDK model).
    public var objectUrl: String?
    /// `Code`: `Success`, or the error code (Go SDK model).
    public var code: String?
    /// `State`: `Success` or `Failed` (Go SDK model).
    public var state: JobState?
    /// `Message`: the error message, if any (Go SDK model).
    public var message: String?
    /// `TextDetections`: one entry per line of text found.
    public var textDetections: [TextDetection] = []
    /// `Language`: the language detected (`zh`).
    public var language: String?
    /// `Angel` (sic: the service's name for the angle): the image's rotation in
    /// degrees, text level at 0, clockwise positive (`-0.5`).
    public var angel: Double?
    /// `PdfPageSize`: the number of pages, for a PDF (0 otherwise).
    public var pdfPageSize: Int?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("InputObjectName", \.inputObjectName),
        .value("InputObjectUrl", \.inputObjectUrl),
        .value("ObjectName", \.objectName),
        .value("ObjectUrl", \.objectUrl),
        .value("Code", \.code),
        .value("State", \.state),
        .value("Message", \.message),
        .nodes("TextDetections", \.textDetections),
        .value("Language", \.language),
        .value("Angel", \.angel),
        .value("PdfPageSize", \.pdfPageSize),
    ])

    /// `TextDetections`: one line of text.
    public struct TextDetection: NodeModel {
        /// `DetectedText`: the text.
        public var detectedText: String?
        /// `Confidence`: how sure the OCR is, 0–100.
        public var confidence: Int?
        /// `Polygon`: the corners of the line's box, in pixels (one node per corner).
        public var polygon: [Point] = []
        /// `ItemPolygon`: the line's box after rotation correction, as a rectangle
        /// in pixels (one node; a list in the Go SDK).
        public var itemPolygon: Rectangle?
        /// `Words`: each character with its confidence and corners (when `IsWord`).
        public var words: [Word] = []
        /// `WordPolygon`: each character's four corners (handwriting, when
        /// `EnableWordPolygon`).
        public var wordPolygon: [WordPolygon] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("DetectedText", \.detectedText),
            .value("Confidence", \.confidence),
            .nodes("Polygon", \.polygon),
            .node("ItemPolygon", \.itemPolygon),
            .nodes("Words", \.words),
            .nodes("WordPolygon", \.wordPolygon),
        ])
    }

    /// `Polygon`, `WordCoordinate`, `LeftTop`, …: a point, in pixels from the top-left corner.
    public struct Point: NodeModel {
        /// `X`: pixels from the left edge.
        public var x: Int?
        /// `Y`: pixels from the top edge.
        public var y: Int?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("X", \.x),
            .value("Y", \.y),
        ])
    }

    /// `ItemPolygon`: a rectangle, in pixels.
    public struct Rectangle: NodeModel {
        /// `X`: the left edge.
        public var x: Int?
        /// `Y`: the top edge.
        public var y: Int?
        /// `Width`: the width.
        public var width: Int?
        /// `Height`: the height.
        public var height: Int?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("X", \.x),
            .value("Y", \.y),
            .value("Width", \.width),
            .value("Height", \.height),
        ])
    }

    /// `Words`: one character.
    public struct Word: NodeModel {
        /// `Confidence`: how sure the OCR is, 0–100.
        public var confidence: Int?
        /// `Character`: the character.
        public var character: String?
        /// `WordCoordPoint`: its corners (one node; a list in the Go SDK).
        public var wordCoordPoint: WordCoordPoint?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Confidence", \.confidence),
            .value("Character", \.character),
            .node("WordCoordPoint", \.wordCoordPoint),
        ])
    }

    /// `WordCoordPoint`: the corners of one character.
    public struct WordCoordPoint: NodeModel {
        /// `WordCoordinate`: each corner, clockwise from the top-left one.
        public var wordCoordinate: [Point] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([.nodes("WordCoordinate", \.wordCoordinate)])
    }

    /// `WordPolygon`: the four corners of one character (each one node; lists in the Go SDK).
    public struct WordPolygon: NodeModel {
        /// `LeftTop`: the top-left corner.
        public var leftTop: Point?
        /// `RightTop`: the top-right corner.
        public var rightTop: Point?
        /// `LeftBottom`: the bottom-left corner.
        public var leftBottom: Point?
        /// `RightBottom`: the bottom-right corner.
        public var rightBottom: Point?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .node("LeftTop", \.leftTop),
            .node("RightTop", \.rightTop),
            .node("LeftBottom", \.leftBottom),
            .node("RightBottom", \.rightBottom),
        ])
    }
}
