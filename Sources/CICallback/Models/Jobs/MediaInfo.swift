// MediaInfo (获取媒体信息): submit API, intl 数据万象/API 文档/任务与工作流/任务接口/媒体处理/
// 提交媒体处理任务/提交获取媒体信息任务; callback, intl …/媒体处理任务回调/获取媒体信息

extension JobTag {
    /// MediaInfo (获取媒体信息): ffprobe's view of a media file (`Operation.MediaInfo`).
    ///
    /// Read it from ``JobOperation/mediaInfo`` (a node other job types have too).
    public static let mediaInfo: JobTag = "MediaInfo"
}

/// The job's result is the shared `JobOperation.mediaInfo`, which every media job
/// also carries, so it lists no part and is not inferred from that node.
enum MediaInfoJob: JobKind {
    static let tag = JobTag.mediaInfo
    static let operationParts: [Field<JobOperation>] = []
}
