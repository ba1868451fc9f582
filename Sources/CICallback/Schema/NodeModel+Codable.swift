#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

// The Codable form of every model comes from its field table: wire names as keys,
// repeated nodes as arrays, absent nodes left out, numbers as numbers, times as
// the text the service sent, unknown nodes under their own names. Encoded with
// sorted keys, that is the canonical JSON of `ci-callback decode --json`.

extension NodeModel {
    /// Reads the canonical JSON form. A key whose value does not fit its field (the
    /// text of a problem, kept by the decoder) becomes an unknown node again.
    public init(from decoder: Decoder) throws {
        self = try Self.decodeFields(from: decoder)
    }

    /// Fields by wire name, then unknown nodes grouped by name (see `encodeFields`).
    public func encode(to encoder: Encoder) throws {
        try encodeFields(to: encoder)
    }

    /// The field-table form of `init(from:)`, for a model that adds to it.
    static func decodeFields(from decoder: Decoder) throws -> Self {
        var model = Self()
        try model.decodeFields(from: decoder)
        return model
    }

    private mutating func decodeFields(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let fields = Self.nodeFields.fields
        var unknown: [Node] = []
        for key in container.allKeys {
            if let field = fields.first(where: { $0.wireName == key.stringValue }) {
                try field.decode(&self, container, &unknown)
            } else {
                unknown.append(
                    contentsOf: try container.decode(JSONValue.self, forKey: key).nodes(named: key.stringValue))
            }
        }
        unknownNodes = unknown
        unknownNodes.removeAll(where: \.isEmpty)
        if unknownNodes.count > 1 { unknownNodes.sortByName() }
    }

    /// Fields by wire name, then unknown nodes grouped by name. An unknown node named
    /// like a field (the kept text of a problem) joins that field's key: alone when
    /// the field is empty, else after the field's values in one array.
    func encodeFields(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        let fields = Self.nodeFields.fields
        guard !unknownNodes.isEmpty else {
            for field in fields { try field.encode(self, &container) }
            return
        }
        var others = unknownNodes
        for field in fields {
            let kept = others.filter { $0.name == field.wireName }
            guard !kept.isEmpty else {
                try field.encode(self, &container)
                continue
            }
            others.removeAll { $0.name == field.wireName }
            if field.count(self) == 0 {
                try encodeGrouped(kept, into: &container)
            } else {
                var list = container.nestedUnkeyedContainer(forKey: WireKey(field.name))
                try field.encodeItems(self, &list)
                for node in kept { try list.encode(NodeValue(node: node)) }
            }
        }
        try encodeGrouped(others, into: &container)
    }
}

/// Reads a field's key in canonical form, the inverse of `encode`: the items of a
/// list (or a lone value) that decode as `T` go to `accept`, the others (the kept
/// text of problems) become unknown nodes. For a single field only the first item
/// can be its value.
func decodeItems<T: Decodable>(
    _: T.Type, _ key: WireKey, in container: KeyedDecodingContainer<WireKey>, single: Bool, unknown: inout [Node],
    accept: (T) -> Void
) throws {
    if var list = try? container.nestedUnkeyedContainer(forKey: key) {
        var index = 0
        while !list.isAtEnd {
            // A failed decode leaves the item in place, to be read as a generic value.
            if index == 0 || !single, let value = try? list.decode(T.self) {
                accept(value)
            } else {
                unknown.append(contentsOf: try list.decode(JSONValue.self).nodes(named: key.stringValue))
            }
            index += 1
        }
    } else if let value = try? container.decode(T.self, forKey: key) {
        accept(value)
    } else {
        unknown.append(contentsOf: try container.decode(JSONValue.self, forKey: key).nodes(named: key.stringValue))
    }
}

/// Nodes grouped by name: one becomes a value, several an array.
private func encodeGrouped(_ nodes: [Node], into container: inout KeyedEncodingContainer<WireKey>) throws {
    var index = 0
    while index < nodes.count {
        let name = nodes[index].name
        var end = index + 1
        while end < nodes.count, nodes[end].name == name { end += 1 }
        let key = WireKey(stringValue: name)
        if end - index == 1 {
            try container.encode(NodeValue(node: nodes[index]), forKey: key)
        } else {
            try container.encode(nodes[index..<end].map(NodeValue.init), forKey: key)
        }
        index = end
    }
}

/// A generic node in canonical form: a string for a leaf, an object for a container.
private struct NodeValue: Encodable {
    let node: Node

    func encode(to encoder: Encoder) throws {
        if node.children.isEmpty {
            var container = encoder.singleValueContainer()
            try container.encode(node.text ?? "")
            return
        }
        var container = encoder.container(keyedBy: WireKey.self)
        var children = node.children
        if children.count > 1 { children.sortByName() }
        try encodeGrouped(children, into: &container)
        if let text = node.text { try container.encode(text, forKey: WireKey(stringValue: "#text")) }
    }
}

/// Any JSON value, for decoding nodes a model does not know back from canonical JSON.
enum JSONValue: Decodable {
    case text(String)
    case object([(String, JSONValue)])
    case array([JSONValue])
    case null

    init(from decoder: Decoder) throws {
        if let container = try? decoder.container(keyedBy: WireKey.self) {
            self = .object(
                try container.allKeys.map { ($0.stringValue, try container.decode(JSONValue.self, forKey: $0)) })
            return
        }
        if var container = try? decoder.unkeyedContainer() {
            var values: [JSONValue] = []
            while !container.isAtEnd { values.append(try container.decode(JSONValue.self)) }
            self = .array(values)
            return
        }
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .text(value ? "true" : "false")
        } else if let value = try? container.decode(Int.self) {
            self = .text(String(value))
        } else if let value = try? container.decode(Double.self) {
            self = .text(String(value))
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    func nodes(named name: String) -> [Node] {
        switch self {
        case .null: return []
        case .text(let text): return [Node(name: name, text: text)]
        case .array(let values): return values.flatMap { $0.nodes(named: name) }
        case .object(let members):
            var children: [Node] = []
            var text: String?
            for (key, value) in members {
                if key == "#text", case .text(let value) = value {
                    text = value
                } else {
                    children.append(contentsOf: value.nodes(named: key))
                }
            }
            if children.count > 1 { children.sortByName() }
            return [Node(name: name, text: text, children: children)]
        }
    }
}

extension NodeModel {
    /// The canonical JSON of this value: wire names as keys, sorted; repeated
    /// nodes always arrays; absent nodes left out; numbers as numbers; times as
    /// sent; unknown nodes kept. Equal values give identical bytes.
    public func canonicalJSON() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every value in a model is encodable (strings, booleans, finite numbers,
        // nested models), so this cannot fail.
        do {
            return try encoder.encode(self)
        } catch {
            preconditionFailure("a decoded model failed to encode: \(error)")
        }
    }
}
