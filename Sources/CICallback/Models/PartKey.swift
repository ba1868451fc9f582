/// A job type's own node under `Operation` (`Snapshot`, `SpeechRecognitionResult`):
/// its wire name and its model, declared once, as a static member of the job type's
/// `JobKind`. The field table lists it (`.part(snapshot)`) and the `JobOperation`
/// property reads and writes through it (`self[SnapshotJob.snapshot]`), so the name
/// is spelt once and a key of another model does not compile.
struct PartKey<Value: NodeModel>: Sendable {
    let wireName: StaticString
    /// The name the value is kept under in `JobOperation.parts` (made once per key).
    let name: String

    init(_ wireName: StaticString) {
        self.wireName = wireName
        self.name = wireName.description
    }
}

/// A job type's own node that repeats (`Watermark`): a `PartList` kept under one
/// `PartKey`, read and written as a list (empty when absent).
struct PartListKey<Item: NodeModel>: Sendable {
    let list: PartKey<PartList<Item>>

    init(_ wireName: StaticString) {
        list = PartKey(wireName)
    }
}

extension JobOperation {
    /// A job type's node; setting `nil` removes it.
    subscript<Value>(key: PartKey<Value>) -> Value? {
        get { parts[key.name] as? Value }
        set {
            if let newValue { parts.set(key.name, newValue) } else { parts.remove(key.name) }
        }
    }

    /// A job type's repeated node; setting an empty list removes it.
    subscript<Item>(key: PartListKey<Item>) -> [Item] {
        get { self[key.list]?.items ?? [] }
        set { self[key.list] = newValue.isEmpty ? nil : PartList(items: newValue) }
    }
}
