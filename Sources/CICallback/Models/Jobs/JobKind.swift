/// One job type, as its model file declares it: its `Tag` and its own nodes under
/// `Operation`.
///
/// Adding a job type is one file in `Models/Jobs/` (its `JobTag` member, its
/// models, its `JobKind`) and one line in `JobKinds.all`.
protocol JobKind: Sendable {
    /// `JobsDetail.Tag` for this type.
    static var tag: JobTag { get }
    /// Its own nodes under `Operation` (request echo, result), as `.part` fields.
    /// No two job types may list the same name (a test checks it); nodes many
    /// types share are `JobOperation` properties.
    static var operationParts: [Field<JobOperation>] { get }
    /// Whether an `Operation` shows this type when the body has no `Tag` (rule 9).
    /// By default: one of its parts is there.
    static func isShown(by operation: JobOperation) -> Bool
}

extension JobKind {
    static func isShown(by operation: JobOperation) -> Bool {
        operationParts.contains { operation.parts[$0.wireName] != nil }
    }
}

/// Every modelled job type: one line each.
enum JobKinds {
    static let all: [any JobKind.Type] = [
        VideoTagJob.self,
        VoiceSeparateJob.self,
        PicProcessJob.self,
        WordsGeneralizeJob.self,
        TranscodeJob.self,
        SnapshotJob.self,
        AnimationJob.self,
        ConcatJob.self,
        SmartCoverJob.self,
        SegmentJob.self,
        VideoMontageJob.self,
        VideoProcessJob.self,
        SDRtoHDRJob.self,
        SuperResolutionJob.self,
        SpeechRecognitionJob.self,
        SoundHoundJob.self,
        VocalScoreJob.self,
        ImageInspectJob.self,
        DocProcessJob.self,
        FileHashCodeJob.self,
        FileCompressJob.self,
        FileUncompressJob.self,
        DigitalWatermarkJob.self,
        ExtractDigitalWatermarkJob.self,
        NoiseReductionJob.self,
        QualityEstimateJob.self,
        StreamExtractJob.self,
        TtsJob.self,
        TranslationJob.self,
        MediaInfoJob.self,
        SplitVideoPartsJob.self,
        VideoTargetRecJob.self,
    ]

    static let byTag: [JobTag: any JobKind.Type] = Dictionary(
        all.map { ($0.tag, $0) }, uniquingKeysWith: { first, _ in first })

    /// The job type that `operation` shows, for a body without `Tag`.
    static func inferred(from operation: JobOperation) -> (any JobKind.Type)? {
        all.first { $0.isShown(by: operation) }
    }
}
