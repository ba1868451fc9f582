/// One job type, as its model file declares it: its `Tag` and its own nodes under
/// `Operation`.
///
/// Adding a job type is one file in `Models/Jobs/` (its `JobTag` member, its
/// models, its `JobKind`) and one line in `JobKinds.all`.
protocol JobKind: Sendable {
    /// `JobsDetail.Tag` for this type.
    static var tag: JobTag { get }
    /// Its own nodes under `Operation` (request echo, result), as `.part` fields
    /// of its `PartKey`s. No two job types may list the same name (a test checks
    /// it); nodes many types share are `JobOperation` properties.
    static var operationParts: [Field<JobOperation>] { get }
    /// The job types this one runs as a step and whose own nodes its bodies echo
    /// too (SuperResolution echoes `Transcode`): when a body without `Tag` has the
    /// own nodes of both, it is this type (see `JobKinds.inferred(from:among:)`).
    /// By default none.
    static var embeds: [any JobKind.Type] { get }
    /// Whether shared nodes that only this type writes say that an `Operation` is
    /// this type, for a body without `Tag` and without any job type's own node
    /// (a template-run job echoes no request). By default: no.
    static func isHinted(by operation: JobOperation) -> Bool
}

extension JobKind {
    static var embeds: [any JobKind.Type] { [] }

    static func isHinted(by operation: JobOperation) -> Bool { false }

    /// Whether one of its own nodes is in `operation`.
    static func hasOwnNode(in operation: JobOperation) -> Bool {
        operationParts.contains { operation.parts[$0.wireName] != nil }
    }

    /// Whether this type lists `other` in its `embeds`.
    static func embeds(_ other: any JobKind.Type) -> Bool {
        embeds.contains { ObjectIdentifier($0) == ObjectIdentifier(other) }
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
        GeneratePlayListJob.self,
        DocWatermarkJob.self,
        DocAIGCMetadataJob.self,
        VideoEnhanceJob.self,
        FillConcatJob.self,
        VideoSynthesisJob.self,
        SegmentVideoBodyJob.self,
        WatermarkJob.self,
        ImageOCRJob.self,
        DNAJob.self,
        PosterProductionJob.self,
    ]

    static let byTag: [JobTag: any JobKind.Type] = Dictionary(
        all.map { ($0.tag, $0) }, uniquingKeysWith: { first, _ in first })

    /// The job type that `operation` shows, for a body without `Tag` (rule 9), or
    /// `nil`. The order of `kinds` (of `all`) plays no part; a test checks it for every
    /// pair of job types.
    ///
    /// 1. A job type's own nodes (its `operationParts`; no two types share one)
    ///    show it. When they show exactly one type, that is the type.
    /// 2. When they show several, a type that `embeds` another wins over it
    ///    (SuperResolution, VideoProcess, SDRtoHDR and VideoSynthesis run a transcode and echo
    ///    Transcode's nodes: such a body is not a Transcode job). If more than one
    ///    type is left, the body does not say which it is: `nil`, and
    ///    `JobOperation.jobTypeNodeNames` lists the nodes.
    /// 3. Only when no type's own node is there: the shared nodes that one type
    ///    alone writes (`isHinted(by:)`: Snapshot's sprite sheets, VoiceSeparate's
    ///    `AuObject`, StreamExtract's `Output.StreamExtract`), when they point to
    ///    exactly one type; otherwise `nil`. A hint never outweighs an own node.
    static func inferred(from operation: JobOperation, among kinds: [any JobKind.Type] = all)
        -> (any JobKind.Type)?
    {
        let shown = kinds.filter { $0.hasOwnNode(in: operation) }
        if !shown.isEmpty {
            let left = shown.filter { kind in !shown.contains { $0.embeds(kind) } }
            return left.count == 1 ? left[0] : nil
        }
        let hinted = kinds.filter { $0.isHinted(by: operation) }
        return hinted.count == 1 ? hinted[0] : nil
    }
}
