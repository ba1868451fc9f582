// PosterProduction (海报合成: a poster made from a PSD template with the caller's text
// and images): submit API https://cloud.tencent.com/document/product/1246/109260
// (提交海报合成任务, `POST /pic_jobs`; also 460/82390), query API
// https://cloud.tencent.com/document/product/460/82391 (whose response is
// samples/PosterProduction-1.xml); no callback page or sample. Go `PosterProduction`
// (ci_media.go:733: `TemplateId`, `Info interface{}`) and its example
// (example/CI/workflow_and_job/poster.go: `Info{text_main, text_sub}`).
// `Info`'s children are the template's own replaceable layers, named by whoever made
// the template (`Background`, `EXPIRY`, lowercase `base`, `text_main`): a map of any
// keys to their text. The result is the poster image at `Operation.Output`; the pages
// show no `MediaResult` for it.

extension JobTag {
    /// PosterProduction (海报合成): a poster image made from a template, written to
    /// `Operation.Output`.
    ///
    /// Its own node: ``JobOperation/posterProduction``.
    public static let posterProduction: JobTag = "PosterProduction"
}

extension JobOperation {
    /// `PosterProduction`: the template and what to put in it (the request echo).
    public var posterProduction: PosterProductionRequest? {
        get { self[PosterProductionJob.posterProduction] }
        set { self[PosterProductionJob.posterProduction] = newValue }
    }
}

enum PosterProductionJob: JobKind {
    static let tag = JobTag.posterProduction
    static let posterProduction = PartKey<PosterProductionRequest>("PosterProduction")
    static let operationParts: [Field<JobOperation>] = [.part(posterProduction)]
}

/// `Operation.PosterProduction`: the template and what to put in it.
public struct PosterProductionRequest: NodeModel {
    /// `TemplateId`: the poster template (`6324349b569067d4d11a2c2c`; not the
    /// job template of ``JobOperation/templateId``).
    public var templateId: String?
    /// `Info`: the template's replaceable layers, each under its own name with its
    /// text or image URL (`info["text_main"]`); every key kept as sent.
    public var info: StringMap?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("TemplateId", \.templateId),
        .node("Info", \.info),
    ])
}
