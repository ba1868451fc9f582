/// A model's field table in non-generic form: what the decoder's hot path needs to
/// match a child name and store a value, with every type-specific step behind a
/// closure made once per field. Built once per model type (`NodeFields.schema`).
final class Schema: @unchecked Sendable {
    // Immutable after init; shared by every decode on every thread.
    let names: [StaticString]
    let wireNames: [String]
    let isNode: [Bool]
    let repeats: [Bool]
    let setText: [@Sendable (UnsafeMutableRawPointer, UnsafeRawBufferPointer) throws(ValueProblem) -> Void]
    let setString: [@Sendable (UnsafeMutableRawPointer, String) throws(ValueProblem) -> Void]
    let direct: [DirectStore?]
    let childSchema: [@Sendable () -> Schema?]
    let takeChild: [@Sendable (UnsafeMutableRawPointer, UnsafeMutableRawPointer) -> Void]
    let count: [@Sendable (UnsafeMutableRawPointer) -> Int]
    /// Whether any field is a node (a builder for a leaf-only model needs no child table).
    let hasNodeFields: Bool
    let byteCount: Int
    let alignment: Int
    /// Initializes storage to a fresh `Model()`.
    let initialize: @Sendable (UnsafeMutableRawPointer) -> Void
    let deinitialize: @Sendable (UnsafeMutableRawPointer) -> Void
    let addUnknown: @Sendable (UnsafeMutableRawPointer, Node) -> Void
    /// Groups unknown nodes by name once the node is complete.
    let finish: @Sendable (UnsafeMutableRawPointer) -> Void

    init<Model: NodeModel>(_: Model.Type, _ fields: [Field<Model>]) {
        names = fields.map(\.name)
        wireNames = fields.map(\.wireName)
        isNode = fields.map(\.isNode)
        repeats = fields.map(\.repeats)
        hasNodeFields = fields.contains(where: \.isNode)
        setText = fields.map(\.setText)
        setString = fields.map(\.setString)
        direct = fields.map(\.direct)
        childSchema = fields.map(\.childSchema)
        takeChild = fields.map(\.takeChild)
        count = fields.map { field in { field.count($0.assumingMemoryBound(to: Model.self).pointee) } }
        byteCount = MemoryLayout<Model>.size
        alignment = MemoryLayout<Model>.alignment
        initialize = { $0.bindMemory(to: Model.self, capacity: 1).initialize(to: Model()) }
        deinitialize = { $0.assumingMemoryBound(to: Model.self).deinitialize(count: 1) }
        addUnknown = { $0.assumingMemoryBound(to: Model.self).pointee.unknownNodes.append($1) }
        finish = { storage in
            // XML keeps document order and JSON has none: grouping unknown nodes by
            // name (stable, so repeated nodes keep their order) makes both equal.
            let model = storage.assumingMemoryBound(to: Model.self)
            if model.pointee.unknownNodes.count > 1 { model.pointee.unknownNodes.sortByName() }
        }
    }

    /// The slot of the field with this name, or `nil` for a node the model does not know.
    @inline(__always)
    func slot(for name: NameBytes) -> Int? {
        for index in names.indices where name.matches(names[index]) { return index }
        return nil
    }
}
