// DocWatermark (文档水印): a document job (`POST /doc_jobs`, Tag `DocWatermark`) that writes a
// text or image watermark into a document. No API page or callback page was found (read
// 2026-12-04); the shape is the Go SDK's: ci_doc.go `DocWatermark` (the request, also
// `DocProcess.DocWatermark`), `DocWatermarkResult{Size, TotalPageCount, Etag}` and
// `DocProcessJobOperation`; example/CI/doc_preview/job.go:189 (createWatermarkDocJob) submits one.
// The Go SDK types `Dx`, `Dy`, `Batch` and the spacings as strings; they are numbers of pixels
// (`Dx`/`Dy`: "单位为像素（服务端 v7.3 起统一，非百分比）") and a 0/1 switch, typed so in
// `DocProcessRequest.Watermark` (DocProcess.swift), the model both nodes share.

extension JobTag {
    /// DocWatermark (文档水印): a document (PDF, …) watermarked with a text or an
    /// image; the output is `Operation.Output`.
    ///
    /// Its own nodes: ``JobOperation/docWatermark``, ``JobOperation/docWatermarkResult``.
    public static let docWatermark: JobTag = "DocWatermark"
}

extension JobOperation {
    /// `DocWatermark`: the watermark asked for, echoed (Go SDK model). A `DocProcess`
    /// job's watermark is ``DocProcessRequest/docWatermark`` instead.
    public var docWatermark: DocProcessRequest.Watermark? {
        get { self[DocWatermarkJob.docWatermark] }
        set { self[DocWatermarkJob.docWatermark] = newValue }
    }
    /// `DocWatermarkResult`: the watermarked document (Go SDK model).
    public var docWatermarkResult: DocWatermarkResult? {
        get { self[DocWatermarkJob.docWatermarkResult] }
        set { self[DocWatermarkJob.docWatermarkResult] = newValue }
    }
}

enum DocWatermarkJob: JobKind {
    static let tag = JobTag.docWatermark
    static let docWatermark = PartKey<DocProcessRequest.Watermark>("DocWatermark")
    static let docWatermarkResult = PartKey<DocWatermarkResult>("DocWatermarkResult")
    static let operationParts: [Field<JobOperation>] = [
        .part(docWatermark),
        .part(docWatermarkResult),
    ]
}

/// `Operation.DocWatermarkResult`: a watermarked document (Go SDK model).
public struct DocWatermarkResult: NodeModel {
    /// `Size`: its size, in bytes.
    public var size: Int?
    /// `TotalPageCount`: its pages.
    public var totalPageCount: Int?
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
        .value("TotalPageCount", \.totalPageCount),
        .value("Etag", \.etag),
    ])
}
