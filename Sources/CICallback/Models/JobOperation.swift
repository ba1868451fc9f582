// https://cloud.tencent.com/document/product/460/76917#jobsDetail (Operation)

/// `JobsDetail.Operation`: the request echo and the result of a job.
///
/// The nodes many job types share are properties here. The nodes of one job type
/// (its request echo, such as `Transcode`, and its result, such as
/// `SpeechRecognitionResult`) are declared in that type's model file, which adds
/// a property for each to this type (``speechRecognitionResult``).
public struct JobOperation: NodeModel {
    /// `TemplateId`: the template the job ran with, when it used one.
    public var templateId: String?
    /// `TemplateName`: that template's name.
    public var templateName: String?
    /// `TranscodeTemplateId`: VideoProcess, SDRtoHDR, SuperResolution.
    public var transcodeTemplateId: String?
    /// `WatermarkTemplateId`: watermark templates applied (a list).
    public var watermarkTemplateId: [String] = []
    /// `FreeTranscode`: Transcode's idle-time transcoding mark (闲时转码), as sent (Go SDK
    /// model, a string; its values are not documented). A text node, so not a job part.
    public var freeTranscode: String?
    /// `UserData`: the caller's own text from the request, passed through unchanged.
    public var userData: String?
    /// `JobLevel`: priority 0, 1 or 2 (a JSON number or string).
    public var jobLevel: Int?
    /// `Output`: where the job wrote its result.
    public var output: JobOutput?
    /// `Input`: the input object's headers, on workflow-run Tts jobs (which have no `JobsDetail.Input`).
    public var input: JobInput?
    /// `MediaInfo`: the media information of the output (or the input) of a media job.
    public var mediaInfo: MediaInfo?
    /// `MediaResult`: the files a media job wrote.
    public var mediaResult: MediaResult?
    /// `DigitalWatermark`: the digital watermark embedded with this job, and how that went.
    public var digitalWatermark: DigitalWatermark?
    /// The nodes that belong to one job type, by wire name: each job type's `PartKey`s
    /// read and write them (see the job types' files).
    var parts = OperationParts()
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []

    /// An empty value: no field set.
    public init() {}

    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>(
        [
            .value("TemplateId", \.templateId),
            .value("TemplateName", \.templateName),
            .value("TranscodeTemplateId", \.transcodeTemplateId),
            .values("WatermarkTemplateId", \.watermarkTemplateId),
            .value("FreeTranscode", \.freeTranscode),
            .value("UserData", \.userData),
            .value("JobLevel", \.jobLevel),
            .node("Output", \.output),
            .node("Input", \.input),
            .node("MediaInfo", \.mediaInfo),
            .node("MediaResult", \.mediaResult),
            .node("DigitalWatermark", \.digitalWatermark),
        ] + JobKinds.all.flatMap { $0.operationParts })

    /// The wire names of the job-type nodes present, sorted: each job type's own
    /// nodes, such as `Transcode` or `SpeechRecognitionResult`, whichever the body
    /// has (the typed properties, ``transcode``, read their values). With the names
    /// of ``unknownNodes``, they say what an operation of a job type the library does
    /// not model holds.
    public var jobTypeNodeNames: [String] { parts.names }
}

/// `Operation.Output`: where the job wrote its result (an echo of the request).
public struct JobOutput: NodeModel {
    /// `Region`: the output bucket's region, e.g. `ap-chongqing`.
    public var region: String?
    /// `Bucket`: the output bucket, `name-appid`.
    public var bucket: String?
    /// `Object`; placeholders such as `${Number}` or `${ext}` are kept verbatim.
    public var object: String?
    /// `SpriteObject`: Snapshot's sprite sheets.
    public var spriteObject: String?
    /// `AuObject`: VoiceSeparate's voice track.
    public var auObject: String?
    /// `BassObject` (SDK models): newer separation modes.
    public var bassObject: String?
    /// `DrumObject` (SDK models): newer separation modes.
    public var drumObject: String?
    /// `StreamExtract`: StreamExtract's outputs, one per stream.
    public var streamExtract: [StreamExtractOutput] = []
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []

    /// An empty value: no field set.
    public init() {}

    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Region", \.region),
        .value("Bucket", \.bucket),
        .value("Object", \.object),
        .value("SpriteObject", \.spriteObject),
        .value("AuObject", \.auObject),
        .value("BassObject", \.bassObject),
        .value("DrumObject", \.drumObject),
        .nodes("StreamExtract", \.streamExtract),
    ])

    /// `Output.StreamExtract`: one extracted stream. The key is `Output` (the Go
    /// SDK's `Object` would miss it).
    public struct StreamExtractOutput: NodeModel {
        /// `Index`: the stream's index in the input.
        public var index: Int?
        /// `Output`: the object written.
        public var output: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Index", \.index),
            .value("Output", \.output),
        ])
    }
}

/// `Operation.DigitalWatermark`: a digital watermark embedded by DigitalWatermark,
/// SuperResolution, VideoProcess or Transcode jobs.
public struct DigitalWatermark: NodeModel {
    /// `Message`: the embedded text.
    public var message: String?
    /// `Type`: `Text`.
    public var type: String?
    /// `Version`: `V1`.
    public var version: String?
    /// `IgnoreError`: `true` lets the job go on when embedding the watermark fails.
    public var ignoreError: Bool?
    /// `State`: whether embedding worked (`Failed` while the job itself is `Success` happens).
    public var state: JobState?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Message", \.message),
        .value("Type", \.type),
        .value("Version", \.version),
        .value("IgnoreError", \.ignoreError),
        .value("State", \.state),
    ])
}

/// The nodes of one `Operation` that belong to job types, by wire name: a short
/// list kept sorted, so equal operations compare and hash equal.
struct OperationParts: Sendable, Hashable {
    private var entries: [(name: String, value: any NodeModel)] = []

    var isEmpty: Bool { entries.isEmpty }
    var names: [String] { entries.map(\.name) }

    subscript(name: String) -> (any NodeModel)? {
        entries.first { $0.name == name }?.value
    }

    /// `value` is consumed: moved into its entry rather than copied.
    mutating func set(_ name: String, _ value: consuming any NodeModel) {
        if let index = entries.firstIndex(where: { $0.name >= name }) {
            if entries[index].name == name {
                entries[index].value = value
            } else {
                entries.insert((name, value), at: index)
            }
        } else {
            entries.append((name, value))
        }
    }

    mutating func remove(_ name: String) {
        entries.removeAll { $0.name == name }
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        guard lhs.entries.count == rhs.entries.count else { return false }
        for (left, right) in zip(lhs.entries, rhs.entries) {
            let value: any NodeModel = left.value
            guard left.name == right.name, isEqual(value, right.value) else { return false }
        }
        return true
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(entries.count)
        for entry in entries {
            hasher.combine(entry.name)
            entry.value.hash(into: &hasher)
        }
    }

    private static func isEqual<T: NodeModel>(_ lhs: T, _ rhs: any NodeModel) -> Bool {
        (rhs as? T) == lhs
    }
}

extension Field where Model == JobOperation {
    /// A job type's own node under `Operation` (`Transcode`, `SpeechRecognitionResult`):
    /// kept in `JobOperation.parts`, so a job type adds no stored property.
    static func part<C: NodeModel>(_ part: PartKey<C>) -> Field {
        child(part.wireName, PartSlot(key: part))
    }

    /// A job type's own node under `Operation` that repeats (`Watermark`): kept in
    /// `JobOperation.parts` as a `PartList`, a JSON array in canonical JSON.
    static func partList<C: NodeModel>(_ part: PartListKey<C>) -> Field {
        child(part.list.wireName, PartListSlot(key: part))
    }
}

/// A job type's node, one entry of `JobOperation.parts`.
struct PartSlot<Value: NodeModel>: FieldSlot {
    let key: PartKey<Value>
    var repeats: Bool { false }
    var offset: Int? { nil }

    func store(_ value: consuming Value, into model: UnsafeMutableRawPointer) {
        model.assumingMemoryBound(to: JobOperation.self).pointee.parts.set(key.name, value)
    }

    func add(_ value: consuming Value, to model: inout JobOperation) { model.parts.set(key.name, value) }
    func count(in model: JobOperation) -> Int { model.parts[key.name] == nil ? 0 : 1 }
    func values(in model: JobOperation) -> [Value] { model[key].map { [$0] } ?? [] }
}

/// A job type's repeated node, a `PartList` kept as one entry of `JobOperation.parts`.
struct PartListSlot<Value: NodeModel>: FieldSlot {
    let key: PartListKey<Value>
    var repeats: Bool { true }
    var offset: Int? { nil }

    func store(_ value: consuming Value, into model: UnsafeMutableRawPointer) {
        PartList.append(value, key.list.name, to: &model.assumingMemoryBound(to: JobOperation.self).pointee)
    }

    func add(_ value: consuming Value, to model: inout JobOperation) {
        PartList.append(value, key.list.name, to: &model)
    }
    func count(in model: JobOperation) -> Int { model[key].count }
    func values(in model: JobOperation) -> [Value] { model[key] }
}

/// A job type's repeated node under `Operation` (`Watermark`), kept as one entry of
/// `JobOperation.parts`; a `PartListKey` reads and writes it as a list.
struct PartList<Item: NodeModel>: NodeModel {
    var items: [Item] = []
    var unknownNodes: [Node] = []
    init() {}
    init(items: [Item]) { self.items = items }
    static var nodeFields: NodeFields<Self> { NodeFields([]) }

    /// Appends one item under `key` (the list leaves `parts` while it grows, so it is
    /// not copied).
    static func append(_ value: Item, _ key: String, to operation: inout JobOperation) {
        var list = operation.parts[key] as? Self ?? Self()
        operation.parts.remove(key)
        list.items.append(value)
        operation.parts.set(key, list)
    }
}
