// Watermark (视频明水印): a job whose request is only `Operation.Watermark[]` and `Output`.
// Go SDK (cos-go-sdk-v5 cc9846d9): example/CI/workflow_and_job/jobs.go:322 (`Tag` `Watermark`,
// one text `Watermark`, `Output`), which links https://cloud.tencent.com/document/product/460/84781
// (read 2026-12-04 only as the SDK's link); `MediaProcessJobOperation.Watermark` ci_media.go:756,
// `Watermark` :260. The watermark's fields: the watermark template,
// https://intl.cloud.tencent.com/document/product/1045/49917. No callback body is published.
//
// The decision: `Watermark` is Transcode's own node (``JobOperation/watermark``, a
// `PartListKey` in `TranscodeJob`; Transcode, SuperResolution, VideoProcess and VideoSynthesis
// echo it), and a node belongs to one job type only, so this type claims no node. It cannot
// `embeds` Transcode (an embedding type needs an own node to win with) and an `isHinted` would
// never be asked (hints count only when no type's own node is there, and `Watermark` is one).
// A body with `Tag` `Watermark` is this type by its `Tag`; a body without `Tag` whose
// `Operation` has only `Watermark` stays a Transcode job (`JobKindsTests` pins that), as its
// nodes cannot tell the two apart.

extension JobTag {
    /// Watermark (视频明水印): visible watermarks drawn on a video (`MediaResult`, with the
    /// output's `MediaInfo`).
    ///
    /// Its nodes are Transcode's ``JobOperation/watermark`` (a list), so a body without
    /// `Tag` that has only those reads as a Transcode job.
    public static let watermark: JobTag = "Watermark"
}

/// The watermarks are Transcode's node (``JobOperation/watermark``): this type lists no
/// part of its own, embeds nothing and is never inferred from a body without `Tag`.
enum WatermarkJob: JobKind {
    static let tag = JobTag.watermark
    static let operationParts: [Field<JobOperation>] = []
}
