/// One node of a callback body, in a generic, lossless form.
///
/// This is what the typed model keeps for nodes it does not know (rule 10), and
/// what ``CallbackDecoder/decodeNodes(_:contentType:)`` returns for a whole body: every element,
/// in order, with repetition kept. An XML attribute becomes a child named `@name`.
/// A JSON array under a key becomes that many nodes of the key's name; JSON
/// numbers and booleans become their text.
public struct Node: Sendable, Hashable, Codable {
    /// The element name (or JSON key).
    public var name: String
    /// The node's text: the whole text of a leaf, or any non-whitespace text of a
    /// container. `nil` when there is none.
    public var text: String?
    /// The child nodes, in the order they arrived.
    public var children: [Node]

    /// A node with this name, text and children.
    public init(name: String, text: String? = nil, children: [Node] = []) {
        self.name = name
        self.text = text
        self.children = children
    }

    /// All children with this name, in order.
    public subscript(_ name: String) -> [Node] {
        children.filter { $0.name == name }
    }

    /// The first child with this name.
    public func first(named name: String) -> Node? {
        children.first { $0.name == name }
    }

    /// Follows a path of child names, taking the first match at each step:
    /// `node.value(at: "JobsDetail", "Operation", "UserData")`.
    public func value(at path: String...) -> String? {
        var node = self
        for name in path {
            guard let next = node.first(named: name) else { return nil }
            node = next
        }
        return node.text
    }

    /// True when the node has neither text nor children: rule 5 treats it as absent.
    public var isEmpty: Bool { (text?.isEmpty ?? true) && children.isEmpty }
}
