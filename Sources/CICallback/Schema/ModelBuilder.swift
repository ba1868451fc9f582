/// Builds one typed node in raw storage, following its `Schema`.
///
/// Builders are reused: a parent keeps one child builder per node field and hands
/// it each sibling in turn (the child's value is moved out when it ends), so a
/// decode allocates about one builder per model type, not one per element.
final class ModelBuilder {
    let schema: Schema
    let storage: UnsafeMutableRawPointer
    // `@exclusivity(unchecked)`: see `TreeBuilder.frames` for why and what it saves.
    @exclusivity(unchecked) private(set) var isEmpty = true
    @exclusivity(unchecked) private var filled: UInt64 = 0
    @exclusivity(unchecked) private var children: [ModelBuilder?]

    init(schema: Schema) {
        self.schema = schema
        storage = .allocate(byteCount: max(schema.byteCount, 1), alignment: schema.alignment)
        schema.initialize(storage)
        children = schema.hasNodeFields ? Array(repeating: nil, count: schema.names.count) : []
    }

    deinit {
        schema.deinitialize(storage)
        storage.deallocate()
    }

    /// Ready for a new value (the storage already holds a fresh one).
    @inline(__always)
    func begin() {
        isEmpty = true
        filled = 0
    }

    /// The builder for the next child in a node slot, ready for a new value.
    @inline(__always)
    func child(slot: Int) -> ModelBuilder {
        if let child = children[slot] {
            child.begin()
            return child
        }
        let child = ModelBuilder(schema: schema.childSchema[slot]() ?? schema)
        children[slot] = child
        return child
    }

    /// Whether a non-repeating field already holds a value.
    @inline(__always)
    func isFilled(slot: Int) -> Bool {
        guard !schema.repeats[slot] else { return false }
        return slot < 64 ? filled & (1 << UInt64(slot)) != 0 : schema.count[slot](storage) > 0
    }

    @inline(__always)
    private func markFilled(_ slot: Int) {
        isEmpty = false
        if slot < 64 { filled |= 1 << UInt64(slot) }
    }

    @inline(__always)
    func setValue(slot: Int, text: UnsafeRawBufferPointer) throws(ValueProblem) {
        if let direct = schema.direct[slot] {
            try direct.store(text: text, into: storage)
        } else {
            try schema.setText[slot](storage, text)
        }
        markFilled(slot)
    }

    @inline(__always)
    func setValue(slot: Int, string: String) throws(ValueProblem) {
        if let direct = schema.direct[slot] {
            try direct.store(string: string, into: storage)
        } else {
            try schema.setString[slot](storage, string)
        }
        markFilled(slot)
    }

    /// Moves a finished child's value into its field.
    @inline(__always)
    func take(_ child: ModelBuilder, slot: Int) {
        schema.takeChild[slot](storage, child.storage)
        markFilled(slot)
    }

    /// Keeps the text of a value that does not fit its field as a generic node of
    /// the field's name; the field counts as given, so a second copy is still a repeat.
    func keep(_ text: String, slot: Int) {
        addUnknown(Node(name: schema.wireNames[slot], text: text))
        markFilled(slot)
    }

    func addUnknown(_ node: Node) {
        schema.addUnknown(storage, node)
        isEmpty = false
    }

    func finish() {
        schema.finish(storage)
    }

    /// `Tags[2]` for the next value of a repeated field, `JobId` for a single one.
    func pathComponent(slot: Int) -> String {
        schema.repeats[slot] ? "\(schema.wireNames[slot])[\(schema.count[slot](storage))]" : schema.wireNames[slot]
    }

    /// Moves the finished value out, leaving a fresh one (so the builder can be reused).
    func takeValue<Model: NodeModel>(as _: Model.Type) -> Model {
        let typed = storage.assumingMemoryBound(to: Model.self)
        let value = typed.move()
        typed.initialize(to: Model())
        return value
    }
}

/// Builds a generic `Node`: for nodes the model does not know, and for the
/// whole-body view.
final class GenericNodeBuilder {
    let name: String
    private var children: [Node] = []
    private var text: String?
    private let sortsChildren: Bool

    init(name: String, sortsChildren: Bool) {
        self.name = name
        self.sortsChildren = sortsChildren
    }

    var isEmpty: Bool { children.isEmpty && (text?.isEmpty ?? true) }
    var node: Node { Node(name: name, text: text, children: children) }

    func add(_ node: Node) { children.append(node) }

    func finish(text bytes: UnsafeRawBufferPointer) {
        // A leaf keeps its text exactly; a container keeps text only if some of it
        // is not the whitespace between child elements.
        if children.isEmpty ? !bytes.isEmpty : bytes.contains(where: { !NumberText.isSpace($0) }) {
            text = String(decoding: bytes, as: UTF8.self)
        }
        if sortsChildren, children.count > 1 { children.sortByName() }
    }
}

extension Array where Element == Node {
    /// Stable sort by name: repeated nodes keep their relative order.
    mutating func sortByName() {
        if count <= 16 {
            // The usual case (a few unknown nodes): insertion sort in place, which
            // allocates nothing; an element moves left only past greater names, so
            // equal names keep their order. (The general path below allocated three
            // arrays per call: 2,500 instructions per decode of a 416-byte body with
            // six unknown nodes, callgrind.)
            for index in indices.dropFirst() {
                var position = index
                while position > 0, self[position].name < self[position - 1].name {
                    swapAt(position, position - 1)
                    position -= 1
                }
            }
            return
        }
        let keyed = enumerated().map { ($0.element, $0.offset) }
        self = keyed.sorted { $0.0.name == $1.0.name ? $0.1 < $1.1 : $0.0.name < $1.0.name }.map(\.0)
    }
}
