// Segment (转封装 / 音视频分段): submit API: intl docs 数据万象/API 文档/任务与工作流/任务接口/媒体处理/提交媒体处理任务 (转封装)
// callback: https://cloud.tencent.com/document/product/436/85068 (intl: 媒体处理任务回调/转封装（音视频分段）)

extension JobTag {
    /// Segment (转封装, 音视频分段): a media file re-muxed, or cut into segments
    /// (`MediaResult.OutputFile.ObjectName` relative to `ObjectPrefix`).
    ///
    /// Its own nodes: ``JobOperation/segment``.
    public static let segment: JobTag = "Segment"
}

extension JobOperation {
    /// `Segment`: the segmenting settings echoed.
    public var segment: SegmentRequest? {
        get { self[SegmentJob.segment] }
        set { self[SegmentJob.segment] = newValue }
    }
}

enum SegmentJob: JobKind {
    static let tag = JobTag.segment
    static let segment = PartKey<SegmentRequest>("Segment")
    static let operationParts: [Field<JobOperation>] = [.part(segment)]
}

/// `Operation.Segment`: how the input was re-muxed or cut.
public struct SegmentRequest: NodeModel {
    /// `Format`: `aac`, `mp3`, `flac`, `mp4`, `ts`, `mkv`, `avi`, `hls`, `m3u8`.
    public var format: String?
    /// `Duration`: seconds per segment (`25`); absent when only re-muxing.
    public var duration: Double?
    /// `TranscodeIndex` (Go SDK): which output of a multi-output transcode to cut.
    public var transcodeIndex: Int?
    /// `HlsEncrypt`: HLS encryption (`IsHlsEncrypt`, `UriKey`).
    public var hlsEncrypt: TranscodeRequest.HlsEncrypt?
    /// `StartTime` (Go SDK): the part of the input used, seconds.
    public var startTime: Double?
    /// `EndTime` (Go SDK): the part of the input used, seconds.
    public var endTime: Double?
    /// `AIGCMetadata` (Go SDK): AI-generated-content labels.
    public var aigcMetadata: AIGCMetadata?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Format", \.format),
        .value("Duration", \.duration),
        .value("TranscodeIndex", \.transcodeIndex),
        .node("HlsEncrypt", \.hlsEncrypt),
        .value("StartTime", \.startTime),
        .value("EndTime", \.endTime),
        .node("AIGCMetadata", \.aigcMetadata),
    ])
}
