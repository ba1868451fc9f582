/// A model's field table in non-generic form: what the decoder's hot path needs to
/// match a child name and store a value, with every type-specific step behind a
/// closure made once per field. Built once per model type (`NodeFields.schema`).
final class Schema: Sendable {
    // Immutable after init; shared by every decode on every thread.
    //
    // One array per column, indexed by slot, rather than an array of `Field`s: the
    // hot path reads one or two columns per value (`direct`, then `setText`; or
    // `takeChild`), and a column of small entries keeps those loads dense; a
    // `Field` (12 closures, 200-odd bytes) per slot would not. The columns are
    // filled from the fields' closures, made once per field (`Field.scalar`,
    // `Field.child` over a `FieldSlot`).
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
    /// Open-addressing table from a name's hash to `slot + 1` (0: empty), so a
    /// lookup costs the same with 5 fields or 150 (`Operation` has every job type's).
    private let table: [Int32]
    private let tableMask: Int

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
        let finishes = Model.self is any FinishesDecoding.Type
        finish = { storage in
            // XML keeps document order and JSON has none: grouping unknown nodes by
            // name (stable, so repeated nodes keep their order) makes both equal.
            let model = storage.assumingMemoryBound(to: Model.self)
            if model.pointee.unknownNodes.count > 1 { model.pointee.unknownNodes.sortByName() }
            if finishes, var value = model.pointee as? any FinishesDecoding {
                value.didDecode()
                model.pointee = value as! Model  // the same type, just cast back
            }
        }
        var capacity = 8
        while capacity < fields.count * 2 { capacity *= 2 }
        var table = [Int32](repeating: 0, count: capacity)
        for (slot, field) in fields.enumerated() {
            let hash = field.name.withUTF8Buffer { Self.hash(NameBytes($0)) }
            var index = hash & (capacity - 1)
            while table[index] != 0 {
                precondition(
                    !fields[Int(table[index]) - 1].name.description.elementsEqual(field.name.description),
                    "\(Model.self) lists the field \(field.name) twice")
                index = (index + 1) & (capacity - 1)
            }
            table[index] = Int32(slot + 1)
        }
        self.table = table
        tableMask = capacity - 1
    }

    /// The slot of the field with this name, or `nil` for a node the model does not know.
    /// A short table is scanned (a length compare rejects most names at once); a
    /// long one (`Operation` has every job type's nodes) is hashed.
    @inline(__always)
    func slot(for name: NameBytes) -> Int? {
        if names.count <= Self.scanLimit {
            for index in names.indices where name.matches(names[index]) { return index }
            return nil
        }
        var index = Self.hash(name) & tableMask
        while true {
            let entry = Int(table[index])
            if entry == 0 { return nil }
            if name.matches(names[entry - 1]) { return entry - 1 }
            index = (index + 1) & tableMask
        }
    }

    /// Up to this many fields, scanning beats hashing (callgrind, the VideoTag bodies).
    static let scanLimit = 8

    /// A cheap hash of a name: its length and its first, middle and last bytes
    /// (field names that share a length mostly differ in one of those).
    @inline(__always)
    static func hash(_ name: NameBytes) -> Int {
        guard name.count > 0 else { return 0 }
        let first = Int(name.start[0])
        let middle = Int(name.start[name.count >> 1])
        let last = Int(name.start[name.count - 1])
        let mixed = ((name.count &* 31 &+ first) &* 31 &+ middle) &* 31 &+ last
        return mixed ^ (mixed >> 7)
    }
}

/// A model that adjusts itself once its node is complete (`StringMap` turns its
/// unknown nodes into entries). Checked once per model type, not per node.
protocol FinishesDecoding {
    mutating func didDecode()
}
