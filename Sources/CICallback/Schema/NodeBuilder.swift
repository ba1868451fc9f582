/// Builds one container node's value from the events of its children.
protocol NodeBuilder: AnyObject {
    /// Where a child with this name goes.
    func plan(child name: NameBytes) throws(CallbackError) -> ChildPlan
    func setValue(slot: Int, text: UnsafeRawBufferPointer) throws(ValueProblem)
    func setNode(slot: Int, builder: any NodeBuilder)
    func addUnknown(_ node: Node)
    /// True while nothing has been stored (rule 5: an empty container is absent).
    var isEmpty: Bool { get }
    /// Whether a non-repeating field already holds a value.
    func isFilled(slot: Int) -> Bool
    /// The path component for a child in this slot: `Tags[2]`.
    func pathComponent(slot: Int) -> String
    /// Called once, when the node's end tag arrives.
    func finish(text: UnsafeRawBufferPointer, keepEmpty: Bool) throws(CallbackError)
}

enum ChildPlan {
    case value(Int)
    case node(Int, any NodeBuilder)
    case unknown
}

/// Builds a typed `NodeModel` from its field table.
final class ModelBuilder<Model: NodeModel>: NodeBuilder {
    var value = Model()
    private let fields = Model.nodeFields.fields
    private var filled: UInt64 = 0
    private(set) var isEmpty = true

    func plan(child name: NameBytes) -> ChildPlan {
        for index in fields.indices where name.matches(fields[index].name) {
            return fields[index].isNode ? .node(index, fields[index].makeBuilder()) : .value(index)
        }
        return .unknown
    }

    func isFilled(slot: Int) -> Bool {
        guard !fields[slot].repeats else { return false }
        return slot < 64 ? filled & (1 << UInt64(slot)) != 0 : fields[slot].count(value) > 0
    }

    func setValue(slot: Int, text: UnsafeRawBufferPointer) throws(ValueProblem) {
        try fields[slot].setText(&value, text)
        isEmpty = false
        if slot < 64 { filled |= 1 << UInt64(slot) }
    }

    func setNode(slot: Int, builder: any NodeBuilder) {
        fields[slot].setNode(&value, builder)
        isEmpty = false
        if slot < 64 { filled |= 1 << UInt64(slot) }
    }

    func addUnknown(_ node: Node) {
        value.unknownNodes.append(node)
        isEmpty = false
    }

    func pathComponent(slot: Int) -> String {
        let field = fields[slot]
        return field.repeats ? "\(field.wireName)[\(field.count(value))]" : field.wireName
    }

    func finish(text: UnsafeRawBufferPointer, keepEmpty: Bool) {
        // XML keeps document order and JSON has none: grouping unknown nodes by
        // name (stable, so repeated nodes keep their order) makes both equal.
        if value.unknownNodes.count > 1 { value.unknownNodes.sortByName() }
    }
}

/// Builds a generic `Node`: for nodes the model does not know, and for the
/// whole-body view.
final class GenericNodeBuilder: NodeBuilder {
    let name: String
    private var children: [Node] = []
    private var text: String?
    private let sortsChildren: Bool

    init(name: String, sortsChildren: Bool = true) {
        self.name = name
        self.sortsChildren = sortsChildren
    }

    var isEmpty: Bool { children.isEmpty && (text?.isEmpty ?? true) }
    var node: Node { Node(name: name, text: text, children: children) }

    func plan(child name: NameBytes) -> ChildPlan { .unknown }
    func isFilled(slot: Int) -> Bool { false }
    func setValue(slot: Int, text: UnsafeRawBufferPointer) {}
    func setNode(slot: Int, builder: any NodeBuilder) {}
    func addUnknown(_ node: Node) { children.append(node) }
    func pathComponent(slot: Int) -> String { name }

    func finish(text bytes: UnsafeRawBufferPointer, keepEmpty: Bool) {
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
        var index = 0
        let keyed = map { node -> (Node, Int) in
            defer { index += 1 }
            return (node, index)
        }
        self = keyed.sorted { $0.0.name == $1.0.name ? $0.1 < $1.1 : $0.0.name < $1.0.name }.map(\.0)
    }
}
