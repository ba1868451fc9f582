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
    static func isShown(by operation: JobOperation) -> Bool {
        !(operation.output?.streamExtract.isEmpty ?? true)
    }

    /// The objects written, then each stream asked for, marking those that
    /// `MediaResult` does not list (the published body asks for 3 and lists 2).
    static func headline(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        let written = Set(job.operation?.mediaResult?.outputFile?.objectName ?? [])
        let streams = job.operation?.output?.streamExtract ?? []
        for stream in streams.prefix(8) {
            let object = stream.output ?? "?"
            let missing = !written.isEmpty && !written.contains(object) ? " (not in MediaResult)" : ""
            lines.append("stream   \(stream.index.map(String.init) ?? "?") → \(object)\(missing)")
        }
        if streams.count > 8 { lines.append("stream   … \(streams.count - 8) more") }
        return lines.isEmpty ? ["no output"] : lines
    }
}
