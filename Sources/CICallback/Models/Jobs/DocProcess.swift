// DocProcess (文档转码): submit API https://cloud.tencent.com/document/product/460/46942
// (intl https://www.tencentcloud.com/document/product/1045/49940). No callback page; the
// body is the Java SDK demo's (CICommonDemo.java) and the describe API's JobsDetail.

extension JobTag {
    /// DocProcess (文档转码): a document (Word, Excel, PDF, …) converted to images,
    /// PDF or HTML, page by page.
    ///
    /// Its own nodes: ``JobOperation/docProcess``, ``JobOperation/docProcessResult``.
    /// A watermark on each page is ``DocProcessRequest/docWatermark``; a job that only
    /// watermarks a document is ``JobTag/docWatermark``.
    public static let docProcess: JobTag = "DocProcess"
}

extension JobOperation {
    /// `DocProcess`: the request echo, the conversion parameters.
    public var docProcess: DocProcessRequest? {
        get { self[DocProcessJob.docProcess] }
        set { self[DocProcessJob.docProcess] = newValue }
    }
    /// `DocProcessResult`: the pages converted.
    public var docProcessResult: DocProcessResult? {
        get { self[DocProcessJob.docProcessResult] }
        set { self[DocProcessJob.docProcessResult] = newValue }
    }
}

enum DocProcessJob: JobKind {
    static let tag = JobTag.docProcess
    static let docProcess = PartKey<DocProcessRequest>("DocProcess")
    static let docProcessResult = PartKey<DocProcessResult>("DocProcessResult")
    static let operationParts: [Field<JobOperation>] = [
        .part(docProcess),
        .part(docProcessResult),
    ]
}

/// `Operation.DocProcess`: the request echo. Many fields come back as empty elements.
public struct DocProcessRequest: NodeModel {
    /// `SrcType`: the source format (`docx`, `pdf`, …); empty to take it from the key.
    public var srcType: String?
    /// `TgtType`: the target format, `jpg`, `png`, `pdf`, `html` or `txt`.
    public var tgtType: String?
    /// `SheetId`: the sheet to convert (spreadsheets): `0` for all, else from `1`.
    public var sheetId: Int?
    /// `StartPage`: the first page converted, from `1` (`0` for the first).
    public var startPage: Int?
    /// `EndPage`: the last page converted; `-1` for all.
    public var endPage: Int?
    /// `ImageParams`: image processing applied to each page image, e.g. `imageMogr2/thumbnail/!50p`.
    public var imageParams: String?
    /// `DocPassword`: the document's password, if any.
    public var docPassword: String?
    /// `Comments`: `1` keeps the comments, `0` hides them.
    public var comments: Int?
    /// `PaperDirection`: `0` portrait, `1` landscape (spreadsheets).
    public var paperDirection: Int?
    /// `Quality`: the page images' quality, 0–100 (`100`).
    public var quality: Int?
    /// `Zoom`: the scale, in percent (`100`).
    public var zoom: Int?
    /// `PaperSize`: `0` A4, `1` A2, `2` A0 (spreadsheets).
    public var paperSize: Int?
    /// `ImageDpi`: the page images' resolution, in dots per inch (Go SDK model).
    public var imageDpi: Int?
    /// `PicPagination`: `1` writes one image per sheet page (Go SDK model).
    public var picPagination: Int?
    /// `DocWatermark`: a watermark applied to each page (Go SDK model).
    public var docWatermark: Watermark?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("SrcType", \.srcType),
        .value("TgtType", \.tgtType),
        .value("SheetId", \.sheetId),
        .value("StartPage", \.startPage),
        .value("EndPage", \.endPage),
        .value("ImageParams", \.imageParams),
        .value("DocPassword", \.docPassword),
        .value("Comments", \.comments),
        .value("PaperDirection", \.paperDirection),
        .value("Quality", \.quality),
        .value("Zoom", \.zoom),
        .value("PaperSize", \.paperSize),
        .value("ImageDpi", \.imageDpi),
        .value("PicPagination", \.picPagination),
        .node("DocWatermark", \.docWatermark),
    ])

    /// `DocWatermark`: a text or image watermark on each page (Go SDK model).
    public struct Watermark: NodeModel {
        /// `SrcType`: the source document's format.
        public var srcType: String?
        /// `Type`: the watermark's kind, e.g. `1` (image).
        public var type: String?
        /// `Image`: the watermark image's URL.
        public var image: String?
        /// `Dx`: the horizontal offset, in pixels.
        public var dx: Double?
        /// `Dy`: the vertical offset, in pixels.
        public var dy: Double?
        /// `Batch`: `1` tiles the watermark over the page.
        public var batch: Int?
        /// `HorizontalSpacing`: the tiles' horizontal spacing, in pixels (with `Batch` `1`).
        public var horizontalSpacing: Double?
        /// `VerticalSpacing`: the tiles' vertical spacing, in pixels (with `Batch` `1`).
        public var verticalSpacing: Double?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("SrcType", \.srcType),
            .value("Type", \.type),
            .value("Image", \.image),
            .value("Dx", \.dx),
            .value("Dy", \.dy),
            .value("Batch", \.batch),
            .value("HorizontalSpacing", \.horizontalSpacing),
            .value("VerticalSpacing", \.verticalSpacing),
        ])
    }
}

/// `Operation.DocProcessResult`: the pages converted.
public struct DocProcessResult: NodeModel {
    /// `TotalPageCount`: the pages to convert.
    public var totalPageCount: Int?
    /// `SuccPageCount`: the pages converted.
    public var succPageCount: Int?
    /// `FailPageCount`: the pages that failed.
    public var failPageCount: Int?
    /// `TotalSheetCount`: the sheets of a spreadsheet.
    public var totalSheetCount: Int?
    /// `TgtType`: the target format (often empty).
    public var tgtType: String?
    /// `TaskId`: the conversion task's ID (often empty).
    public var taskId: String?
    /// `PageInfo`: one entry per page written (a single container in the docs'
    /// table; repeated in the describe samples).
    public var pageInfo: [PageInfo] = []
    /// `WatermarkInfo`: the watermarked output (Go SDK model).
    public var watermarkInfo: WatermarkInfo?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("TotalPageCount", \.totalPageCount),
        .value("SuccPageCount", \.succPageCount),
        .value("FailPageCount", \.failPageCount),
        .value("TotalSheetCount", \.totalSheetCount),
        .value("TgtType", \.tgtType),
        .value("TaskId", \.taskId),
        .nodes("PageInfo", \.pageInfo),
        .node("WatermarkInfo", \.watermarkInfo),
    ])

    /// `PageInfo`: one page written.
    public struct PageInfo: NodeModel {
        /// `PageNo`: the page's number, from `1`.
        public var pageNo: Int?
        /// `TgtUri`: the object written (`test1/1.jpg`).
        public var tgtUri: String?
        /// `X-SheetPics` (a hyphen on the wire): how many images the sheet of this page became.
        public var xSheetPics: Int?
        /// `PicIndex`: the image's index within its sheet.
        public var picIndex: Int?
        /// `PicNum`: the image's number within its sheet.
        public var picNum: Int?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("PageNo", \.pageNo),
            .value("TgtUri", \.tgtUri),
            .value("X-SheetPics", \.xSheetPics),
            .value("PicIndex", \.picIndex),
            .value("PicNum", \.picNum),
        ])
    }

    /// `WatermarkInfo`: the watermarked output (Go SDK model).
    public struct WatermarkInfo: NodeModel {
        /// `Size`: its size, in bytes.
        public var size: Int?
        /// `Etag`: its ETag.
        public var etag: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Size", \.size),
            .value("Etag", \.etag),
        ])
    }
}
