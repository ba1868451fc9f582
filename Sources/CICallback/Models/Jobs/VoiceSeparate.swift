// VoiceSeparate (人声分离): submit API https://cloud.tencent.com/document/product/460/76918
// callback https://cloud.tencent.com/document/product/460/76966

extension JobTag {
    /// VoiceSeparate (人声分离): the voice and the background of an audio track, as
    /// two objects (`Operation.Output.Object`, `AuObject`; `MediaResult`).
    ///
    /// Its own nodes: ``JobOperation/voiceSeparate``.
    public static let voiceSeparate: JobTag = "VoiceSeparate"
}

extension JobOperation {
    /// `VoiceSeparate`: the request echo (absent when a template was used).
    public var voiceSeparate: VoiceSeparateRequest? {
        get { self[VoiceSeparateJob.voiceSeparate] }
        set { self[VoiceSeparateJob.voiceSeparate] = newValue }
    }
}

enum VoiceSeparateJob: JobKind {
    static let tag = JobTag.voiceSeparate
    static let voiceSeparate = PartKey<VoiceSeparateRequest>("VoiceSeparate")
    static let operationParts: [Field<JobOperation>] = [.part(voiceSeparate)]

    /// The voice track's object (a template-run job echoes no request).
    static func isHinted(by operation: JobOperation) -> Bool {
        operation.output?.auObject != nil
    }
}

/// `Operation.VoiceSeparate`: the request echo (absent when a template was used).
public struct VoiceSeparateRequest: NodeModel {
    /// `AudioMode`: `IsAudio`, `IsBackground` or `AudioAndBackground`.
    public var audioMode: String?
    /// `AudioConfig`: the output audio settings.
    public var audioConfig: AudioConfig?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("AudioMode", \.audioMode),
        .node("AudioConfig", \.audioConfig),
    ])

    /// `AudioConfig`: the output audio settings, as the request gave them.
    public struct AudioConfig: NodeModel {
        /// `Codec`: the audio codec, e.g. `aac`.
        public var codec: String?
        /// `Samplerate`: Hz, e.g. `44100`.
        public var sampleRate: Int?
        /// `Bitrate`: kbps, e.g. `128`.
        public var bitrate: Int?
        /// `Channels`: the channel count, e.g. `2`.
        public var channels: Int?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Codec", \.codec),
            .value("Samplerate", \.sampleRate),
            .value("Bitrate", \.bitrate),
            .value("Channels", \.channels),
        ])
    }
}
