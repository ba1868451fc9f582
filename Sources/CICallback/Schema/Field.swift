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

/// Where a field's values live in its model: one optional stored property, a list
/// stored property, a job type's part in `JobOperation.parts`, or a part list. The
/// field factories (`scalar`, `child`) write their closures once over a slot, so a
/// value kind and a place combine without a factory of their own.
protocol FieldSlot<Model, Value>: Sendable {
    associatedtype Model
    associatedtype Value
    var repeats: Bool { get }
    /// The byte offset of the stored property (`T?` or `[T]`), where there is one:
    /// the builder writes `String`, `Int` and `Double` values there itself (`DirectStore`).
    var offset: Int? { get }
    /// Stores (or appends) a decoded value into the model at `model`, consuming it
    /// (moved in, not copied: a copy of a 1 KB `JobsDetail` retains and later
    /// releases every string in it).
    func store(_ value: consuming Value, into model: UnsafeMutableRawPointer)
    /// The same into a typed model (reading canonical JSON).
    func add(_ value: consuming Value, to model: inout Model)
    /// How many values the model holds (the decoder asks this for a repeat past
    /// the 64 slots it tracks itself, so it stays cheap).
    func count(in model: Model) -> Int
    /// The values the model holds, for encoding.
    func values(in model: Model) -> [Value]
}

/// One optional stored property: `var width: Int?`.
struct OptionalSlot<Model, Value>: FieldSlot {
    let path: WritableKeyPath<Model, Value?> & Sendable
    let offset: Int?
    var repeats: Bool { false }

    init(_ path: WritableKeyPath<Model, Value?> & Sendable) {
        self.path = path
        offset = MemoryLayout<Model>.offset(of: path)
    }

    /// Through the stored property's offset when the key path has one (all of
    /// ours do), else through the key path.
    @inline(__always)
    func store(_ value: consuming Value, into model: UnsafeMutableRawPointer) {
        if let offset {
            (model + offset).assumingMemoryBound(to: Value?.self).pointee = value
        } else {
            model.assumingMemoryBound(to: Model.self).pointee[keyPath: path] = value
        }
    }

    func add(_ value: consuming Value, to model: inout Model) { model[keyPath: path] = value }
    @inline(__always)
    func count(in model: Model) -> Int { model[keyPath: path] == nil ? 0 : 1 }
    func values(in model: Model) -> [Value] { model[keyPath: path].map { [$0] } ?? [] }
}

/// A list stored property: `var tags: [Tag] = []`.
struct ListSlot<Model, Value>: FieldSlot {
    let path: WritableKeyPath<Model, [Value]> & Sendable
    let offset: Int?
    var repeats: Bool { true }

    init(_ path: WritableKeyPath<Model, [Value]> & Sendable) {
        self.path = path
        offset = MemoryLayout<Model>.offset(of: path)
    }

    /// Appends, as `OptionalSlot.store` stores.
    @inline(__always)
    func store(_ value: consuming Value, into model: UnsafeMutableRawPointer) {
        if let offset {
            (model + offset).assumingMemoryBound(to: [Value].self).pointee.append(value)
        } else {
            model.assumingMemoryBound(to: Model.self).pointee[keyPath: path].append(value)
        }
    }

    func add(_ value: consuming Value, to model: inout Model) { model[keyPath: path].append(value) }
    @inline(__always)
    func count(in model: Model) -> Int { model[keyPath: path].count }
    func values(in model: Model) -> [Value] { model[keyPath: path] }
}

extension Field {
    /// A field whose values are scalars parsed from text, kept in `slot`.
    static func scalar<Slot: FieldSlot>(_ name: StaticString, _ slot: Slot) -> Field
    where Slot.Model == Model, Slot.Value: NodeScalar {
        typealias T = Slot.Value
        var field = Field(
            name: name, slot, isNode: false,
            setText: { model, text throws(ValueProblem) in
                slot.store(try T(nodeText: text), into: model)
            },
            setString: { model, string throws(ValueProblem) in
                slot.store(try T(nodeString: string), into: model)
            },
            childSchema: { nil }, takeChild: { _, _ in })
        field.direct = DirectStore(T.self, offset: slot.offset, repeats: slot.repeats)
        field.sample = sampleValues(name, T.self, repeats: slot.repeats)
        return field
    }

    /// A field whose values are child models, kept in `slot`.
    static func child<Slot: FieldSlot>(_ name: StaticString, _ slot: Slot) -> Field
    where Slot.Model == Model, Slot.Value: NodeModel {
        typealias C = Slot.Value
        var field = Field(
            name: name, slot, isNode: true,
            setText: { _, _ in }, setString: { _, _ in },
            childSchema: { C.nodeFields.schema },
            takeChild: { model, child in
                slot.store(take(C.self, from: child), into: model)
            })
        field.sample = sampleModels(name, C.self, repeats: slot.repeats)
        return field
    }

    /// The closures that depend only on where the values live: counting, and
    /// canonical JSON (a single value as itself, a repeated one as an array).
    private init<Slot: FieldSlot>(
        name: StaticString, _ slot: Slot, isNode: Bool,
        setText: @escaping @Sendable (UnsafeMutableRawPointer, UnsafeRawBufferPointer) throws(ValueProblem) -> Void,
        setString: @escaping @Sendable (UnsafeMutableRawPointer, String) throws(ValueProblem) -> Void,
        childSchema: @escaping @Sendable () -> Schema?,
        takeChild: @escaping @Sendable (UnsafeMutableRawPointer, UnsafeMutableRawPointer) -> Void
    ) where Slot.Model == Model, Slot.Value: Codable {
        let repeats = slot.repeats
        self.init(
            name: name, repeats: repeats, isNode: isNode, setText: setText, setString: setString,
            childSchema: childSchema, takeChild: takeChild,
            count: { slot.count(in: $0) },
            encode: { model, container in
                let values = slot.values(in: model)
                if repeats {
                    if !values.isEmpty { try container.encode(values, forKey: WireKey(name)) }
                } else if let value = values.first {
                    try container.encode(value, forKey: WireKey(name))
                }
            },
            encodeItems: { model, list in try list.encode(contentsOf: slot.values(in: model)) },
            decode: { model, container, unknown in
                try decodeItems(Slot.Value.self, WireKey(name), in: container, single: !repeats, unknown: &unknown) {
                    slot.add($0, to: &model)
                }
            })
    }

    /// A single value: `<Width>500</Width>`.
    static func value<T: NodeScalar>(_ name: StaticString, _ path: WritableKeyPath<Model, T?> & Sendable) -> Field {
        scalar(name, OptionalSlot(path))
    }

    /// A repeated value: `<ObjectName>a</ObjectName><ObjectName>b</ObjectName>`.
    static func values<T: NodeScalar>(_ name: StaticString, _ path: WritableKeyPath<Model, [T]> & Sendable) -> Field {
        scalar(name, ListSlot(path))
    }

    /// A single child node: `<Input>…</Input>`.
    static func node<C: NodeModel>(_ name: StaticString, _ path: WritableKeyPath<Model, C?> & Sendable) -> Field {
        child(name, OptionalSlot(path))
    }

    /// A repeated child node: `<Tags>…</Tags><Tags>…</Tags>`.
    static func nodes<C: NodeModel>(_ name: StaticString, _ path: WritableKeyPath<Model, [C]> & Sendable) -> Field {
        child(name, ListSlot(path))
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
