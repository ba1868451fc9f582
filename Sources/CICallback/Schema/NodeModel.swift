/// A typed node of a callback body: `JobsDetail`, `Input`, `VideoTagResult`, ….
///
/// Each model lists its fields once, with the wire name the service uses
/// (`NodeFields`); that one table drives decoding from XML and JSON, the
/// `Codable` form (which is the canonical JSON of `ci-callback decode --json`) and
/// the check that no known node is dropped. Nodes the model does not name are kept
/// in `unknownNodes` (rule 10).
public protocol NodeModel: Sendable, Hashable, Codable {
    /// Nodes of the body that this model has no field for, grouped by name.
    var unknownNodes: [Node] { get set }
    /// The model's fields: the library's machinery, not part of its API (SPI, so a
    /// user's code neither sees nor depends on it).
    @_spi(Schema) static var nodeFields: NodeFields<Self> { get }
    init()
}

/// The field table of a `NodeModel` (SPI: the library's machinery).
@_spi(Schema) public struct NodeFields<Model>: Sendable {
    let fields: [Field<Model>]
    /// The same table in the non-generic form the decoder's hot path uses.
    let schema: Schema

    init(_ fields: [Field<Model>]) where Model: NodeModel {
        self.fields = fields
        self.schema = Schema(Model.self, fields)
    }
}
