// DigitalWatermark (添加数字水印): submit API https://cloud.tencent.com/document/product/460/76902
// callback https://cloud.tencent.com/document/product/436/49066
// (intl: 数据万象/API 文档/任务与工作流/任务接口/媒体处理/媒体处理任务回调/添加数字水印)

extension JobTag {
    /// DigitalWatermark (添加数字水印): a video copied with an invisible text watermark
    /// (`Operation.DigitalWatermark`; the copy in `MediaResult`).
    ///
    /// Read it from ``JobOperation/digitalWatermark`` (a node other job types have too).
    public static let digitalWatermark: JobTag = "DigitalWatermark"
}

/// The job's only own node, `DigitalWatermark`, is shared with the jobs that embed a
/// watermark on the way (SuperResolution, VideoProcess, Transcode), so it is
/// `JobOperation.digitalWatermark` and this type lists no part of its own. It is not
/// inferred from that node either: a SuperResolution body has it too. The bodies
/// carry `Tag` (and `SubTag`) `DigitalWatermark`.
enum DigitalWatermarkJob: JobKind {
    static let tag = JobTag.digitalWatermark
    static let operationParts: [Field<JobOperation>] = []
}
