// SoundHound (听歌识曲): submit API https://cloud.tencent.com/document/product/460/84795
// callback https://cloud.tencent.com/document/api/460/84956

extension JobTag {
    /// SoundHound (听歌识曲): the songs an audio clip matches, with singer and confidence.
    ///
    /// Its own nodes: ``JobOperation/soundHoundResult``.
    public static let soundHound: JobTag = "SoundHound"
}

extension JobOperation {
    /// `SoundHoundResult`: the songs found.
    public var soundHoundResult: SoundHoundResult? {
        get { self[SoundHoundJob.soundHoundResult] }
        set { self[SoundHoundJob.soundHoundResult] = newValue }
    }
}

enum SoundHoundJob: JobKind {
    static let tag = JobTag.soundHound
    static let soundHoundResult = PartKey<SoundHoundResult>("SoundHoundResult")
    static let operationParts: [Field<JobOperation>] = [.part(soundHoundResult)]
}

/// `Operation.SoundHoundResult`: the songs the clip matches.
public struct SoundHoundResult: NodeModel {
    /// `SongList`: one entry per song found (one in the sample; a list in the Java
    /// and iOS SDK models, and the name says so).
    public var songList: [Song] = []
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([.nodes("SongList", \.songList)])

    /// `SongList`: one song.
    public struct Song: NodeModel {
        /// `Inlier`: how well the clip matches the song, a fraction in [0, 1]
        /// (`0.98`; the Go SDK's `int` cannot hold it).
        public var inlier: Double?
        /// `SingerName`: the singer (`周杰伦`).
        public var singerName: String?
        /// `SongName`: the song's title (`青花瓷`).
        public var songName: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Inlier", \.inlier),
            .value("SingerName", \.singerName),
            .value("SongName", \.songName),
        ])
    }
}
