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
    /// The model's fields. Opaque outside the library.
    static var nodeFields: NodeFields<Self> { get }
    init()
}

/// The field table of a `NodeModel`.
public struct NodeFields<Model>: Sendable {
    let fields: [Field<Model>]

    init(_ fields: [Field<Model>]) {
        self.fields = fields
    }
}

/// One field: its wire name, whether it repeats, and how to read and write it.
struct Field<Model>: Sendable {
    let name: StaticString
    let repeats: Bool
    let isNode: Bool
    /// For value fields: parse the text and store it.
    let setText: @Sendable (inout Model, UnsafeRawBufferPointer) throws(ValueProblem) -> Void
    /// For node fields: a builder for one child node, and how to store what it built.
    let makeBuilder: @Sendable () -> any NodeBuilder
    let setNode: @Sendable (inout Model, any NodeBuilder) -> Void
    /// How many values the field holds now (for `[index]` in error paths).
    let count: @Sendable (Model) -> Int
    let encode: @Sendable (Model, inout KeyedEncodingContainer<WireKey>) throws -> Void
    let decode: @Sendable (inout Model, KeyedDecodingContainer<WireKey>) throws -> Void

    var wireName: String { name.description }
}

extension Field {
    /// A single value: `<Width>500</Width>`.
    static func value<T: NodeScalar>(_ name: StaticString, _ path: WritableKeyPath<Model, T?> & Sendable) -> Field {
        Field(
            name: name, repeats: false, isNode: false,
            setText: { model, text throws(ValueProblem) in model[keyPath: path] = try T(nodeText: text) },
            makeBuilder: unreachableBuilder, setNode: { _, _ in },
            count: { $0[keyPath: path] == nil ? 0 : 1 },
            encode: { model, container in try container.encodeIfPresent(model[keyPath: path], forKey: WireKey(name)) },
            decode: { model, container in
                model[keyPath: path] = try container.decodeIfPresent(T.self, forKey: WireKey(name))
            })
    }

    /// A repeated value: `<ObjectName>a</ObjectName><ObjectName>b</ObjectName>`.
    static func values<T: NodeScalar>(_ name: StaticString, _ path: WritableKeyPath<Model, [T]> & Sendable) -> Field {
        Field(
            name: name, repeats: true, isNode: false,
            setText: { model, text throws(ValueProblem) in model[keyPath: path].append(try T(nodeText: text)) },
            makeBuilder: unreachableBuilder, setNode: { _, _ in },
            count: { $0[keyPath: path].count },
            encode: { model, container in
                let values = model[keyPath: path]
                if !values.isEmpty { try container.encode(values, forKey: WireKey(name)) }
            },
            decode: { model, container in
                model[keyPath: path] = try container.decodeIfPresent([T].self, forKey: WireKey(name)) ?? []
            })
    }

    /// A single child node: `<Input>…</Input>`.
    static func node<C: NodeModel>(_ name: StaticString, _ path: WritableKeyPath<Model, C?> & Sendable) -> Field {
        Field(
            name: name, repeats: false, isNode: true,
            setText: unreachableText,
            makeBuilder: { ModelBuilder<C>() },
            setNode: { model, builder in model[keyPath: path] = unsafeDowncast(builder, to: ModelBuilder<C>.self).value },
            count: { $0[keyPath: path] == nil ? 0 : 1 },
            encode: { model, container in try container.encodeIfPresent(model[keyPath: path], forKey: WireKey(name)) },
            decode: { model, container in
                model[keyPath: path] = try container.decodeIfPresent(C.self, forKey: WireKey(name))
            })
    }

    /// A repeated child node: `<Tags>…</Tags><Tags>…</Tags>`.
    static func nodes<C: NodeModel>(_ name: StaticString, _ path: WritableKeyPath<Model, [C]> & Sendable) -> Field {
        Field(
            name: name, repeats: true, isNode: true,
            setText: unreachableText,
            makeBuilder: { ModelBuilder<C>() },
            setNode: { model, builder in
                model[keyPath: path].append(unsafeDowncast(builder, to: ModelBuilder<C>.self).value)
            },
            count: { $0[keyPath: path].count },
            encode: { model, container in
                let values = model[keyPath: path]
                if !values.isEmpty { try container.encode(values, forKey: WireKey(name)) }
            },
            decode: { model, container in
                model[keyPath: path] = try container.decodeIfPresent([C].self, forKey: WireKey(name)) ?? []
            })
    }
}

// Value fields never make builders and node fields never take text: `TreeBuilder`
// only calls the closure that matches `isNode`.
private let unreachableBuilder: @Sendable () -> any NodeBuilder = { GenericNodeBuilder(name: "") }
private func unreachableText<Model>(_: inout Model, _: UnsafeRawBufferPointer) throws(ValueProblem) {}

/// A coding key that is a wire name.
struct WireKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: StaticString) { self.stringValue = name.description }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
