// AIGCMetadata: Go SDK `AIGCMetadata` (ci_media.go:690, 2025-07), used by
// `TransConfig` (:154), `Segment` (:384), `NodeSegmentConfig` (:2080) and
// `PicProcessResult.UploadResult.ProcessResults.Object` (:726). No doc page or
// callback sample shows it; every field is a Go string, kept as sent.

/// `AIGCMetadata` (Go SDK model): the AI-generated-content labels written into an
/// output file (Transcode's `TransConfig`, Segment's request, a PicProcess output).
public struct AIGCMetadata: NodeModel {
    /// `Label`: the AI-generated-content label, as sent.
    public var label: String?
    /// `ContentProducer`: who produced the content, as sent.
    public var contentProducer: String?
    /// `ProduceID`: an identifier, text.
    public var produceId: String?
    /// `ReservedCode1`: reserved, as sent.
    public var reservedCode1: String?
    /// `ContentPropagator`: who distributes the content, as sent.
    public var contentPropagator: String?
    /// `PropagateID`: an identifier, text.
    public var propagateId: String?
    /// `ReservedCode2`: reserved, as sent.
    public var reservedCode2: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Label", \.label),
        .value("ContentProducer", \.contentProducer),
        .value("ProduceID", \.produceId),
        .value("ReservedCode1", \.reservedCode1),
        .value("ContentPropagator", \.contentPropagator),
        .value("PropagateID", \.propagateId),
        .value("ReservedCode2", \.reservedCode2),
    ])
}
