// DocAIGCMetadata (文档 AIGC 元数据标识): a document job (`POST /doc_jobs`, Tag
// `DocAIGCMetadata`) that writes AI-generated-content labels into a document's metadata.
// Submit API: https://cloud.tencent.com/document/api/436/124904 (添加 AIGC 文档元数据标识; Java
// SDK page https://cloud.tencent.com/document/product/460/124685; read 2026-12-04). No callback
// page; the body is the other document jobs' `TaskFinish`, its `Operation` the request's echo.
// Go SDK: ci_doc.go `DocAIGCMetadata{AIGCMetadata}` (its `AIGCMetadata` is ci_media.go's, the one
// Transcode and Segment outputs carry) in `DocProcessJobOperation`; example/CI/doc_preview/job.go:161
// (createAIGCDocJob) submits one. ci_media.go also puts `DocAIGCMetadata` in a workflow node's
// `NodeOperation` and a batch job's `JobParam`: the same node, in other bodies.
// The page's request sample closes the node with `<DocAIGCMetadata/>` (a typo for
// `</DocAIGCMetadata>`). No result node is documented: the labelled document is `Output`.

extension JobTag {
    /// DocAIGCMetadata (文档 AIGC 元数据标识): AI-generated-content labels (GB 45438)
    /// written into a document's metadata; the output is `Operation.Output`.
    ///
    /// Its own nodes: ``JobOperation/docAigcMetadata``.
    public static let docAigcMetadata: JobTag = "DocAIGCMetadata"
}

extension JobOperation {
    /// `DocAIGCMetadata`: the labels asked for, echoed.
    public var docAigcMetadata: DocAIGCMetadataRequest? {
        get { self[DocAIGCMetadataJob.docAigcMetadata] }
        set { self[DocAIGCMetadataJob.docAigcMetadata] = newValue }
    }
}

enum DocAIGCMetadataJob: JobKind {
    static let tag = JobTag.docAigcMetadata
    static let docAigcMetadata = PartKey<DocAIGCMetadataRequest>("DocAIGCMetadata")
    static let operationParts: [Field<JobOperation>] = [.part(docAigcMetadata)]
}

/// `Operation.DocAIGCMetadata`: the labels written into the document.
public struct DocAIGCMetadataRequest: NodeModel {
    /// `AIGCMetadata`: the labels (`Label` is required; the others optional).
    public var aigcMetadata: AIGCMetadata?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .node("AIGCMetadata", \.aigcMetadata)
    ])
}
