// StreamExtract (流分离): callback https://cloud.tencent.com/document/product/460/76959
// (intl: 数据万象/API 文档/任务与工作流/任务接口/媒体处理/媒体处理任务回调/流分离)

extension JobTag {
    /// StreamExtract (流分离): each stream of a media file written to its own object
    /// (`Operation.Output.StreamExtract`; the objects in `MediaResult`).
    ///
    /// Read it from ``JobOperation/output`` (a node other job types have too).
    public static let streamExtract: JobTag = "StreamExtract"
}

/// The job's nodes are all shared: the streams asked for are `Output.StreamExtract`
/// (`JobOperation.output?.streamExtract`), the objects written `MediaResult`.
enum StreamExtractJob: JobKind {
    static let tag = JobTag.streamExtract
    static let operationParts: [Field<JobOperation>] = []

    /// Only this job type puts `StreamExtract` items in `Output`.
    static func isHinted(by operation: JobOperation) -> Bool {
        !(operation.output?.streamExtract.isEmpty ?? true)
    }
}
