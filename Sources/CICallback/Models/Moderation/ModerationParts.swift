// Building blocks shared by the moderation shapes (moderation-callbacks.md §2.3).

/// One scene of a verdict (`PornInfo`, `AdsInfo`, `IllegalInfo`, …, Simple
/// `porn_info`, …): whether it hit, how sure, and what was found. Which fields a
/// scene has depends on where it stands: job-level summaries of video, live and
/// text have `count`, items have `score`.
public struct ModerationScene: NodeModel {
    /// `HitFlag`: 0 normal, 1 hit, 2 suspected.
    public var hitFlag: Int?
    /// `Score`: confidence 0–100.
    public var score: Int?
    /// `Count`: hits (screenshots, segments) in a job-level summary.
    public var count: Int?
    /// `Label`: the label found in this scene.
    public var label: String?
    /// `Category`: the label's category.
    public var category: String?
    /// `SubLabel`: the finer label, when there is one.
    public var subLabel: String?
    /// `Keywords`: a list in image, video, audio and OCR results; text and web-page
    /// results send one comma-separated string, kept as one element (see ``keywordList``).
    public var keywords: [String] = []
    /// `OcrResults`: text found in the image, with its keywords and place.
    public var ocrResults: [OcrResult] = []
    /// `LibResults`: hits in an image library (`ImageId`, `Score`) or a word
    /// library (`LibType`, `LibName`, `Keywords`).
    public var libResults: [LibResult] = []
    /// `ObjectResults`: objects found (`Name`, `Location`).
    public var objectResults: [ObjectResult] = []
    /// `HitInfos` (text, job level and `Section`s; Go SDK 2026-06 `TextRecognitionInfo.HitInfos`):
    /// what matched, where.
    public var hitInfos: [HitInfo] = []
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("HitFlag", \.hitFlag),
        .value("Score", \.score),
        .value("Count", \.count),
        .value("Label", \.label),
        .value("Category", \.category),
        .value("SubLabel", \.subLabel),
        .values("Keywords", \.keywords),
        .nodes("OcrResults", \.ocrResults),
        .nodes("LibResults", \.libResults),
        .nodes("ObjectResults", \.objectResults),
        .nodes("HitInfos", \.hitInfos),
    ])

    /// The keywords one by one: list items, and comma-separated strings split.
    public var keywordList: [String] {
        keywords.flatMap { $0.split(separator: ",").map(String.init) }.filter { !$0.isEmpty }
    }

    /// `OcrResults`: one piece of text found.
    public struct OcrResult: NodeModel {
        /// `Text`: the text found.
        public var text: String?
        /// `Keywords`: the words in it that matched.
        public var keywords: [String] = []
        /// `SubLabel`: the finer label, when there is one.
        public var subLabel: String?
        /// `Location`: where in the image.
        public var location: ModerationLocation?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Text", \.text),
            .values("Keywords", \.keywords),
            .value("SubLabel", \.subLabel),
            .node("Location", \.location),
        ])
    }

    /// `LibResults`: a library hit.
    public struct LibResult: NodeModel {
        /// `ImageId`: the image that matched, in an image library.
        public var imageId: String?
        /// `Score`: how close the match is, 0–100 (image libraries).
        public var score: Int?
        /// `LibType`: word libraries: 1 preset, 2 custom.
        public var libType: Int?
        /// `LibName`: the word library's name.
        public var libName: String?
        /// `Keywords`: the words of that library that matched.
        public var keywords: [String] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("ImageId", \.imageId),
            .value("Score", \.score),
            .value("LibType", \.libType),
            .value("LibName", \.libName),
            .values("Keywords", \.keywords),
        ])
    }

    /// `ObjectResults`: an object found.
    public struct ObjectResult: NodeModel {
        /// `Name`: what the object is.
        public var name: String?
        /// `Location`: where in the image.
        public var location: ModerationLocation?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Name", \.name),
            .node("Location", \.location),
        ])
    }

    /// `HitInfos`: a match in a text (Go SDK `TextHitInfo{Keywords, LibName, Positions[], Type}`,
    /// ci.go, 2026-06; checked 2026-12-04: every field is here).
    public struct HitInfo: NodeModel {
        /// `Type`: the kind of match, as sent.
        public var type: String?
        /// `Keywords`: the words that matched, one string (Go `TextHitInfo.Keywords`).
        public var keyword: String?
        /// `LibName`: the library that matched, when one did.
        public var libName: String?
        /// `Positions`: where in the text.
        public var positions: [Position] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Type", \.type),
            .value("Keywords", \.keyword),
            .value("LibName", \.libName),
            .nodes("Positions", \.positions),
        ])

        /// `Positions`: where in the text, in characters.
        ///
        /// The Go SDK's `TextPosition` types `Start` and `End` as strings; they are
        /// character offsets, so numbers here (a JSON string such as `"12"` decodes too,
        /// rule 7; text that is not a number is a problem, kept, rule 12).
        public struct Position: NodeModel {
            /// `Start`: the first character.
            public var start: Int?
            /// `End`: the end of the match, in characters.
            public var end: Int?
            /// Child nodes this model has no field for, and nodes whose value did not fit
            /// their field, kept with their text (decoding rules 10 and 12).
            public var unknownNodes: [Node] = []
            /// An empty value: no field set.
            public init() {}
            /// The fields, each with its wire name, that decoding and the canonical JSON use.
            @_spi(Schema) public static let nodeFields = NodeFields<Self>([
                .value("Start", \.start),
                .value("End", \.end),
            ])
        }
    }
}

/// `Location`: a box in an image, in pixels (decimals allowed).
public struct ModerationLocation: NodeModel {
    /// `X`: the box's left edge.
    public var x: Double?
    /// `Y`: the box's top edge.
    public var y: Double?
    /// `Width`: the box's width.
    public var width: Double?
    /// `Height`: the box's height.
    public var height: Double?
    /// `Rotate`: the box's rotation.
    public var rotate: Double?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("X", \.x),
        .value("Y", \.y),
        .value("Width", \.width),
        .value("Height", \.height),
        .value("Rotate", \.rotate),
    ])
}

/// A node whose children are strings under any names: a JSON object of strings
/// (`CosHeaders`, `cos_headers`: the upload's `x-cos-meta-*` headers) or an XML
/// element of text elements (PosterProduction's `Info`): ``entries``. Nested
/// nodes, which a map of strings should not have, and a name that comes again
/// after its first entry stay in ``unknownNodes``, so nothing is lost.
public struct StringMap: NodeModel, FinishesDecoding {
    /// The object's keys and their string values.
    public var entries: [String: String] = [:]
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([])

    /// The value under `key`, matched exactly; `nil` when there is none.
    public subscript(key: String) -> String? { entries[key] }

    mutating func didDecode() {
        var kept: [Node] = []
        for node in unknownNodes {
            if node.children.isEmpty, let text = node.text, entries[node.name] == nil {
                entries[node.name] = text
            } else {
                kept.append(node)
            }
        }
        unknownNodes = kept
    }

    /// Entries, and whatever else the object held kept as unknown nodes, as decoding does.
    public init(from decoder: Decoder) throws {
        self = try Self.decodeFields(from: decoder)
        didDecode()
    }

    /// Entries as keys, then any unknown nodes under their own names: nothing is
    /// dropped. A name kept both as an entry and as unknown nodes (it came more than
    /// once) is one array, the entry first, as the body had it.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        var rest = self
        rest.entries = [:]
        for (key, value) in entries {
            if let first = rest.unknownNodes.firstIndex(where: { $0.name == key }) {
                rest.unknownNodes.insert(Node(name: key, text: value), at: first)
            } else {
                try container.encode(value, forKey: WireKey(stringValue: key))
            }
        }
        try rest.encodeFields(to: encoder)
    }
}

/// `UserInfo`: who submitted the content (strings, each up to 128 bytes).
public struct ModerationUserInfo: NodeModel {
    /// `TokenId`: the user's account id.
    public var tokenId: String?
    /// `Nickname`: the user's nickname.
    public var nickname: String?
    /// `DeviceId`: the user's device.
    public var deviceId: String?
    /// `AppId`: the submitter's app.
    public var appId: String?
    /// `Room`: the room or group.
    public var room: String?
    /// `IP`: the user's IP address.
    public var ip: String?
    /// `Type`: the user's type, as sent.
    public var type: String?
    /// `ReceiveTokenId`: the recipient's account id (private messages).
    public var receiveTokenId: String?
    /// `Gender`, as sent.
    public var gender: String?
    /// `Level`: the user's level, as sent.
    public var level: String?
    /// `Role`: the user's role, as sent.
    public var role: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("TokenId", \.tokenId),
        .value("Nickname", \.nickname),
        .value("DeviceId", \.deviceId),
        .value("AppId", \.appId),
        .value("Room", \.room),
        .value("IP", \.ip),
        .value("Type", \.type),
        .value("ReceiveTokenId", \.receiveTokenId),
        .value("Gender", \.gender),
        .value("Level", \.level),
        .value("Role", \.role),
    ])
}

/// `ListInfo`: allow and block lists that matched.
public struct ModerationListInfo: NodeModel {
    /// `ListResults`: each list that matched.
    public var listResults: [ListResult] = []
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([.nodes("ListResults", \.listResults)])

    /// `ListResults`: one list hit.
    public struct ListResult: NodeModel {
        /// `ListType`: 0 allow list, 1 block list.
        public var listType: Int?
        /// `ListName`: the list's name.
        public var listName: String?
        /// `Entity`: the entry of the list that matched.
        public var entity: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("ListType", \.listType),
            .value("ListName", \.listName),
            .value("Entity", \.entity),
        ])
    }
}

/// The scene fields every verdict level shares, by wire name: known ones typed,
/// any other `…Info` key kept and read as a scene too.
enum ModerationScenes {
    /// `PornInfo` → `Porn`, `porn_info` → `Porn`.
    static func name(ofKey key: String) -> String? {
        if key.hasSuffix("Info"), key.count > 4 { return String(key.dropLast(4)) }
        if key.hasSuffix("_info"), key.count > 5 {
            return key.dropLast(5).split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        }
        return nil
    }

    /// Scenes from a model's typed scene fields (its `sceneKeys`) and from its
    /// unknown `…Info` nodes, which win over a typed field of the same scene name.
    static func collect<Model, Scene>(
        _ keys: [SceneKey<Model, Scene>], of model: Model, unknown: [Node]
    ) -> [String: ModerationScene] {
        var scenes: [String: ModerationScene] = [:]
        for key in keys {
            if let scene = model[keyPath: key.path] { scenes[key.sceneName] = scene.unified }
        }
        for node in unknown where !node.children.isEmpty {
            if let name = name(ofKey: node.name), let scene = Scene(node: node) { scenes[name] = scene.unified }
        }
        return scenes
    }
}

/// A scene as one of the shapes writes it: `ModerationScene` (Detail) or
/// `ModerationSimpleData.Scene` (Simple), read as the former.
protocol ModerationSceneForm: NodeModel {
    var unified: ModerationScene { get }
}

extension ModerationScene: ModerationSceneForm {
    var unified: ModerationScene { self }
}

extension ModerationSimpleData.Scene: ModerationSceneForm {}

/// One typed scene field of a model: its wire name and its stored property, written
/// once in the model's `sceneKeys`, from which both its field-table entries
/// (`field`) and its `scenes` (`ModerationScenes.collect`) come.
struct SceneKey<Model, Scene: ModerationSceneForm>: Sendable {
    let wireName: StaticString
    let path: WritableKeyPath<Model, Scene?> & Sendable
    /// The scene's name without the suffix (`PornInfo` → `Porn`), worked out once.
    let sceneName: String

    init(_ wireName: StaticString, _ path: WritableKeyPath<Model, Scene?> & Sendable) {
        guard let sceneName = ModerationScenes.name(ofKey: wireName.description) else {
            preconditionFailure("a scene's wire name ends in Info or _info: \(wireName)")
        }
        self.wireName = wireName
        self.path = path
        self.sceneName = sceneName
    }

    /// The field-table entry: a single child node.
    var field: Field<Model> { .node(wireName, path) }
}
