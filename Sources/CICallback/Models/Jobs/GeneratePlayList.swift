// GeneratePlayList (边转边播, 生成播放列表): submit API https://cloud.tencent.com/document/api/460/106683
// (intl https://www.tencentcloud.com/zh/document/product/1045/72953); feature page 460/107512.
// Go SDK (read 2026-12-04): ci_media.go `GeneratePlayListJobOperation` (~4297), `LiveTanscode`,
// `LiveTanscodeVideo`, `LiveTanscodeTransConfig` (~4266–4295; "Tanscode" is the SDK's spelling),
// `CreateGeneratePlayListJob`, `CreateMultiGeneratePlayListJobs`; example/CI/media_process/
// livetranscode.go:207, example/CI/workflow_and_job/jobs.go:1122; CHANGELOG v0.7.56 (2024-11-01).
// No callback page or sample is published; the job is answered like the other media jobs
// (`JobsDetail` with `Operation.Output`, `MediaResult`, `MediaInfo`).
//
// Its request echo is a `Transcode` node of the LiveTranscode shape: `Container{Format,
// ClipConfig}`, `Video{Codec, Width, Height, Fps, Profile, Bitrate, Gop, Maxrate, Crf, Pixfmt,
// LongShortMode, Interlaced, ColorParam}`, `TransConfig{InitialClipNum, CosTag, HlsEncrypt}`,
// `Subtitle{Remove}`, and `Watermark[]`: both nodes belong to Transcode, whose models
// (`TranscodeRequest`, `MediaWatermark`) have every one of these fields. The Go SDK's callback
// struct (`MediaProcessJobOperation.Transcode`) uses the plain `Transcode` type and so drops
// `InitialClipNum` and `CosTag`; the Java SDK's `MediaTransConfigObject` has them.

extension JobTag {
    /// GeneratePlayList (边转边播, 生成播放列表): an HLS playlist written for a video, whose
    /// segments are transcoded when they are first played (`Operation.Output`, `MediaResult`).
    ///
    /// It has no node of its own: its request echo is Transcode's ``JobOperation/transcode``
    /// (with `TransConfig.InitialClipNum` and `CosTag`) and ``JobOperation/watermark``.
    /// A body without `Tag` therefore reads as a Transcode job.
    public static let generatePlayList: JobTag = "GeneratePlayList"
}

/// Its nodes are Transcode's (`Transcode`, `Watermark`) and the shared ones, so it lists
/// none. It cannot `embeds` Transcode either: a type that embeds another wins with its own
/// node, and this one has none. Only `Tag` tells its bodies from a Transcode job's.
enum GeneratePlayListJob: JobKind {
    static let tag = JobTag.generatePlayList
    static let operationParts: [Field<JobOperation>] = []
}
