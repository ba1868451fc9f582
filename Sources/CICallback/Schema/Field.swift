/// One field: its wire name, whether it repeats, and how to read and write it.
///
/// The decoding closures work on a model in raw storage (see `ModelBuilder`), so the
/// decoder calls them without knowing the model's type; they are specialised per
/// field when the tables are built.
struct Field<Model>: Sendable {
    let name: StaticString
    let repeats: Bool
    let isNode: Bool
    /// Value fields: parse the text and store it into the model at the pointer.
    let setText: @Sendable (UnsafeMutableRawPointer, UnsafeRawBufferPointer) throws(ValueProblem) -> Void
    /// The same from a whole string (JSON), so a `String` field takes it without a copy.
    let setString: @Sendable (UnsafeMutableRawPointer, String) throws(ValueProblem) -> Void
    /// For `String`, `Int` and `Double` fields, most of a body: where the value goes,
    /// so the builder writes it without calling `setText`/`setString`.
    var direct: DirectStore? = nil
    /// Node fields: the child's schema, and moving a finished child (second pointer)
    /// into the model (first pointer), leaving the child's storage a fresh value.
    let childSchema: @Sendable () -> Schema?
    let takeChild: @Sendable (UnsafeMutableRawPointer, UnsafeMutableRawPointer) -> Void
    /// How many values the field holds now (for `[index]` in error paths).
    let count: @Sendable (Model) -> Int
    let encode: @Sendable (Model, inout KeyedEncodingContainer<WireKey>) throws -> Void
    /// The field's values as items of a list (for a key shared with kept problem text).
    let encodeItems: @Sendable (Model, inout UnkeyedEncodingContainer) throws -> Void
    /// Reads the field's key from canonical JSON; what does not fit the field (kept
    /// problem text) goes to the unknown nodes (third argument).
    let decode: @Sendable (inout Model, KeyedDecodingContainer<WireKey>, inout [Node]) throws -> Void
    /// Random nodes for this field (`Schema/Samples.swift`): the round-trip property tests.
    var sample: @Sendable (inout SampleRandom, Int) -> [SampleNode] = { _, _ in [] }

    var wireName: String { name.description }
}

/// Stores a value into a field of the model at `model`: through the stored
/// property's offset when the key path has one (all of ours do), else through the
/// key path. The value is consumed (moved in, not copied: a copy of a 1 KB
/// `JobsDetail` retains and later releases every string in it).
@inline(__always)
private func store<Model, Value>(
    _ value: consuming Value, into model: UnsafeMutableRawPointer, _ offset: Int?,
    _ path: WritableKeyPath<Model, Value>
) {
    if let offset {
        (model + offset).assumingMemoryBound(to: Value.self).pointee = value
    } else {
        model.assumingMemoryBound(to: Model.self).pointee[keyPath: path] = value
    }
}

/// Appends a value to a repeated field of the model at `model`, as `store` does.
@inline(__always)
private func append<Model, Element>(
    _ value: consuming Element, to model: UnsafeMutableRawPointer, _ offset: Int?,
    _ path: WritableKeyPath<Model, [Element]>
) {
    if let offset {
        (model + offset).assumingMemoryBound(to: [Element].self).pointee.append(value)
    } else {
        model.assumingMemoryBound(to: Model.self).pointee[keyPath: path].append(value)
    }
}

extension Field {
    /// A single value: `<Width>500</Width>`.
    static func value<T: NodeScalar>(_ name: StaticString, _ path: WritableKeyPath<Model, T?> & Sendable) -> Field {
        let offset = MemoryLayout<Model>.offset(of: path)
        var field = Field(
            name: name, repeats: false, isNode: false,
            setText: { model, text throws(ValueProblem) in
                store(try T(nodeText: text), into: model, offset, path)
            },
            setString: { model, string throws(ValueProblem) in
                store(try T(nodeString: string), into: model, offset, path)
            },
            childSchema: { nil }, takeChild: { _, _ in },
            count: { $0[keyPath: path] == nil ? 0 : 1 },
            encode: { model, container in try container.encodeIfPresent(model[keyPath: path], forKey: WireKey(name)) },
            encodeItems: { model, list in if let value = model[keyPath: path] { try list.encode(value) } },
            decode: { model, container, unknown in
                try decodeItems(T.self, WireKey(name), in: container, single: true, unknown: &unknown) {
                    model[keyPath: path] = $0
                }
            })
        field.direct = DirectStore(T.self, offset: offset, repeats: false)
        field.sample = sampleValues(name, T.self, repeats: false)
        return field
    }

    /// A repeated value: `<ObjectName>a</ObjectName><ObjectName>b</ObjectName>`.
    static func values<T: NodeScalar>(_ name: StaticString, _ path: WritableKeyPath<Model, [T]> & Sendable) -> Field {
        let offset = MemoryLayout<Model>.offset(of: path)
        var field = Field(
            name: name, repeats: true, isNode: false,
            setText: { model, text throws(ValueProblem) in
                append(try T(nodeText: text), to: model, offset, path)
            },
            setString: { model, string throws(ValueProblem) in
                append(try T(nodeString: string), to: model, offset, path)
            },
            childSchema: { nil }, takeChild: { _, _ in },
            count: { $0[keyPath: path].count },
            encode: { model, container in
                let values = model[keyPath: path]
                if !values.isEmpty { try container.encode(values, forKey: WireKey(name)) }
            },
            encodeItems: { model, list in try list.encode(contentsOf: model[keyPath: path]) },
            decode: { model, container, unknown in
                try decodeItems(T.self, WireKey(name), in: container, single: false, unknown: &unknown) {
                    model[keyPath: path].append($0)
                }
            })
        field.direct = DirectStore(T.self, offset: offset, repeats: true)
        field.sample = sampleValues(name, T.self, repeats: true)
        return field
    }

    /// A single child node: `<Input>…</Input>`.
    static func node<C: NodeModel>(_ name: StaticString, _ path: WritableKeyPath<Model, C?> & Sendable) -> Field {
        let offset = MemoryLayout<Model>.offset(of: path)
        return Field(
            name: name, repeats: false, isNode: true,
            setText: { _, _ in }, setString: { _, _ in },
            childSchema: { C.nodeFields.schema },
            takeChild: { model, child in
                store(take(C.self, from: child), into: model, offset, path)
            },
            count: { $0[keyPath: path] == nil ? 0 : 1 },
            encode: { model, container in try container.encodeIfPresent(model[keyPath: path], forKey: WireKey(name)) },
            encodeItems: { model, list in if let value = model[keyPath: path] { try list.encode(value) } },
            decode: { model, container, unknown in
                try decodeItems(C.self, WireKey(name), in: container, single: true, unknown: &unknown) {
                    model[keyPath: path] = $0
                }
            },
            sample: sampleModels(name, C.self, repeats: false))
    }

    /// A repeated child node: `<Tags>…</Tags><Tags>…</Tags>`.
    static func nodes<C: NodeModel>(_ name: StaticString, _ path: WritableKeyPath<Model, [C]> & Sendable) -> Field {
        let offset = MemoryLayout<Model>.offset(of: path)
        return Field(
            name: name, repeats: true, isNode: true,
            setText: { _, _ in }, setString: { _, _ in },
            childSchema: { C.nodeFields.schema },
            takeChild: { model, child in
                append(take(C.self, from: child), to: model, offset, path)
            },
            count: { $0[keyPath: path].count },
            encode: { model, container in
                let values = model[keyPath: path]
                if !values.isEmpty { try container.encode(values, forKey: WireKey(name)) }
            },
            encodeItems: { model, list in try list.encode(contentsOf: model[keyPath: path]) },
            decode: { model, container, unknown in
                try decodeItems(C.self, WireKey(name), in: container, single: false, unknown: &unknown) {
                    model[keyPath: path].append($0)
                }
            },
            sample: sampleModels(name, C.self, repeats: true))
    }
}

/// Moves a finished value out of a builder's storage and leaves a fresh one there,
/// so the builder can be reused for the next sibling.
@inline(__always)
func take<C: NodeModel>(_: C.Type, from storage: UnsafeMutableRawPointer) -> C {
    let typed = storage.assumingMemoryBound(to: C.self)
    let value = typed.move()
    typed.initialize(to: C())
    return value
}

/// A coding key that is a wire name.
struct WireKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ name: StaticString) { self.stringValue = name.description }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Where a `String`, `Int` or `Double` field lives in a model's storage: the
/// builder switches on this and writes the value itself, where a call through a
/// field's closure would cost an indirect call and a retain of its context per value.
struct DirectStore: Sendable {
    enum Kind: Sendable {
        case string, int, double
    }

    let kind: Kind
    /// Byte offset of the `T?` (or, repeated, the `[T]`) in the model.
    let offset: Int
    let repeats: Bool

    init?<T: NodeScalar>(_: T.Type, offset: Int?, repeats: Bool) {
        guard let offset else { return nil }
        if T.self == String.self {
            kind = .string
        } else if T.self == Int.self {
            kind = .int
        } else if T.self == Double.self {
            kind = .double
        } else {
            return nil
        }
        self.offset = offset
        self.repeats = repeats
    }

    /// Stores a parsed value: the optional set, or the array appended to.
    @inline(__always)
    func write<T>(_ value: T, into storage: UnsafeMutableRawPointer) {
        if repeats {
            (storage + offset).assumingMemoryBound(to: [T].self).pointee.append(value)
        } else {
            (storage + offset).assumingMemoryBound(to: T?.self).pointee = value
        }
    }

    @inline(__always)
    func store(text: UnsafeRawBufferPointer, into storage: UnsafeMutableRawPointer) throws(ValueProblem) {
        switch kind {
        case .string: write(String(nodeText: text), into: storage)
        case .int: write(try Int(nodeText: text), into: storage)
        case .double: write(try Double(nodeText: text), into: storage)
        }
    }

    @inline(__always)
    func store(string: String, into storage: UnsafeMutableRawPointer) throws(ValueProblem) {
        switch kind {
        case .string: write(string, into: storage)
        case .int: write(try Int(nodeString: string), into: storage)
        case .double: write(try Double(nodeString: string), into: storage)
        }
    }
}
