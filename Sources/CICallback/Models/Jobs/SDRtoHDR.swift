// SDRtoHDR: submit API: intl docs 数据万象/API 文档/任务与工作流/任务接口/媒体处理/提交媒体处理任务/提交 SDRtoHDR 任务
// callback: intl 数据万象/API 文档/任务与工作流/任务接口/媒体处理/媒体处理任务回调/SDRtoHDR

extension JobTag {
    /// SDRtoHDR: a standard-dynamic-range video turned into HDR, then transcoded
    /// (`TranscodeTemplateId`; `MediaResult`, with the output's `MediaInfo`).
    ///
    /// Its own nodes: ``JobOperation/sdrToHdr``.
    public static let sdrToHdr: JobTag = "SDRtoHDR"
}

extension JobOperation {
    /// `SDRtoHDR`: the HDR settings echoed.
    public var sdrToHdr: SDRtoHDRRequest? {
        get { self[SDRtoHDRJob.sdrToHdr] }
        set { self[SDRtoHDRJob.sdrToHdr] = newValue }
    }
}

enum SDRtoHDRJob: JobKind {
    static let tag = JobTag.sdrToHdr
    static let sdrToHdr = PartKey<SDRtoHDRRequest>("SDRtoHDR")
    static let operationParts: [Field<JobOperation>] = [.part(sdrToHdr)]
    /// It converts, then transcodes: its bodies echo Transcode's nodes too.
    static let embeds: [any JobKind.Type] = [TranscodeJob.self]
}

/// `Operation.SDRtoHDR`.
public struct SDRtoHDRRequest: NodeModel {
    /// `HdrMode`: `HLG` or `HDR10`.
    public var hdrMode: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([.value("HdrMode", \.hdrMode)])
}
