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
    public var label: String?
    public var category: String?
    public var subLabel: String?
    /// `Keywords`: a list in image, video, audio and OCR results; text and web-page
    /// results send one comma-separated string, kept as one element (see `keywordList`).
    public var keywords: [String] = []
    /// `OcrResults`: text found in the image, with its keywords and place.
    public var ocrResults: [OcrResult] = []
    /// `LibResults`: hits in an image library (`ImageId`, `Score`) or a word
    /// library (`LibType`, `LibName`, `Keywords`).
    public var libResults: [LibResult] = []
    /// `ObjectResults`: objects found (`Name`, `Location`).
    public var objectResults: [ObjectResult] = []
    /// `HitInfos` (text): what matched, where.
    public var hitInfos: [HitInfo] = []
    public var unknownNodes: [Node] = []
    public init() {}
    public static let nodeFields = NodeFields<Self>([
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
        public var text: String?
        public var keywords: [String] = []
        public var subLabel: String?
        public var location: ModerationLocation?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("Text", \.text),
            .values("Keywords", \.keywords),
            .value("SubLabel", \.subLabel),
            .node("Location", \.location),
        ])
    }

    /// `LibResults`: a library hit.
    public struct LibResult: NodeModel {
        /// `ImageId`, `Score`: image libraries.
        public var imageId: String?
        public var score: Int?
        /// `LibType` (1 preset, 2 custom), `LibName`, `Keywords`: word libraries.
        public var libType: Int?
        public var libName: String?
        public var keywords: [String] = []
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("ImageId", \.imageId),
            .value("Score", \.score),
            .value("LibType", \.libType),
            .value("LibName", \.libName),
            .values("Keywords", \.keywords),
        ])
    }

    /// `ObjectResults`: an object found.
    public struct ObjectResult: NodeModel {
        public var name: String?
        public var location: ModerationLocation?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("Name", \.name),
            .node("Location", \.location),
        ])
    }

    /// `HitInfos`: a match in a text.
    public struct HitInfo: NodeModel {
        public var type: String?
        /// `Keywords`: the words that matched, one string (Go `TextHitInfo.Keywords`).
        public var keyword: String?
        public var libName: String?
        public var positions: [Position] = []
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("Type", \.type),
            .value("Keywords", \.keyword),
            .value("LibName", \.libName),
            .nodes("Positions", \.positions),
        ])

        /// `Positions`: where in the text, in characters.
        public struct Position: NodeModel {
            public var start: Int?
            public var end: Int?
            public var unknownNodes: [Node] = []
            public init() {}
            public static let nodeFields = NodeFields<Self>([
                .value("Start", \.start),
                .value("End", \.end),
            ])
        }
    }
}

/// `Location`: a box in an image, in pixels (decimals allowed).
public struct ModerationLocation: NodeModel {
    public var x: Double?
    public var y: Double?
    public var width: Double?
    public var height: Double?
    public var rotate: Double?
    public var unknownNodes: [Node] = []
    public init() {}
    public static let nodeFields = NodeFields<Self>([
        .value("X", \.x),
        .value("Y", \.y),
        .value("Width", \.width),
        .value("Height", \.height),
        .value("Rotate", \.rotate),
    ])
}

/// A JSON object of strings under any keys (`CosHeaders`, `cos_headers`: the
/// upload's `x-cos-meta-*` headers): `entries`. Nested objects, which a map of
/// strings should not have, stay in `unknownNodes`.
public struct StringMap: NodeModel, FinishesDecoding {
    public var entries: [String: String] = [:]
    public var unknownNodes: [Node] = []
    public init() {}
    public static let nodeFields = NodeFields<Self>([])

    public subscript(key: String) -> String? { entries[key] }

    mutating func didDecode() {
        var kept: [Node] = []
        for node in unknownNodes {
            if node.children.isEmpty, let text = node.text { entries[node.name] = text } else { kept.append(node) }
        }
        unknownNodes = kept
    }

    /// Entries, and whatever else the object held kept as unknown nodes, as decoding does.
    public init(from decoder: Decoder) throws {
        self = try Self.decodeFields(from: decoder)
        didDecode()
    }

    /// Entries as keys, then any unknown nodes under their own names: nothing is dropped.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: WireKey.self)
        for (key, value) in entries { try container.encode(value, forKey: WireKey(stringValue: key)) }
        try encodeFields(to: encoder)
    }
}

/// `UserInfo`: who submitted the content (strings, each up to 128 bytes).
public struct ModerationUserInfo: NodeModel {
    public var tokenId: String?
    public var nickname: String?
    public var deviceId: String?
    public var appId: String?
    public var room: String?
    public var ip: String?
    public var type: String?
    public var receiveTokenId: String?
    public var gender: String?
    public var level: String?
    public var role: String?
    public var unknownNodes: [Node] = []
    public init() {}
    public static let nodeFields = NodeFields<Self>([
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
    public var listResults: [ListResult] = []
    public var unknownNodes: [Node] = []
    public init() {}
    public static let nodeFields = NodeFields<Self>([.nodes("ListResults", \.listResults)])

    /// `ListResults`: one list hit.
    public struct ListResult: NodeModel {
        /// `ListType`: 0 allow list, 1 block list.
        public var listType: Int?
        public var listName: String?
        public var entity: String?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
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

    /// Scenes from typed fields and from unknown `…Info` nodes.
    static func collect(_ typed: [(String, ModerationScene?)], unknown: [Node]) -> [String: ModerationScene] {
        var scenes: [String: ModerationScene] = [:]
        for (key, scene) in typed {
            if let scene, let name = name(ofKey: key) { scenes[name] = scene }
        }
        for node in unknown where !node.children.isEmpty {
            if let name = name(ofKey: node.name), let scene = ModerationScene(node: node) { scenes[name] = scene }
        }
        return scenes
    }
}
