// MediaInfo: ffprobe's view of a media file, as GenerateMediaInfo and every media
// job report it (https://cloud.tencent.com/document/product/460/38935).

/// `Operation.MediaInfo`: the input's media information (as GenerateMediaInfo reports it).
public struct MediaInfo: NodeModel {
    public var format: Format?
    public var stream: Streams?
    public var unknownNodes: [Node] = []
    public init() {}
    public static let nodeFields = NodeFields<Self>([
        .node("Format", \.format),
        .node("Stream", \.stream),
    ])

    /// `MediaInfo.Format`: the container.
    public struct Format: NodeModel {
        public var numStream: Int?
        public var numProgram: Int?
        public var formatName: String?
        public var formatLongName: String?
        /// `StartTime`, `Duration`: seconds.
        public var startTime: Double?
        public var duration: Double?
        /// `Bitrate`: kbps, with decimals (the table says Int).
        public var bitrate: Double?
        /// `Size`: bytes.
        public var size: Int?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("NumStream", \.numStream),
            .value("NumProgram", \.numProgram),
            .value("FormatName", \.formatName),
            .value("FormatLongName", \.formatLongName),
            .value("StartTime", \.startTime),
            .value("Duration", \.duration),
            .value("Bitrate", \.bitrate),
            .value("Size", \.size),
        ])
    }

    /// `MediaInfo.Stream`: the streams, each kind a list.
    public struct Streams: NodeModel {
        public var audio: [Audio] = []
        public var video: [Video] = []
        public var subtitle: [Subtitle] = []
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .nodes("Audio", \.audio),
            .nodes("Video", \.video),
            .nodes("Subtitle", \.subtitle),
        ])
    }

    /// `Stream.Audio`.
    public struct Audio: NodeModel {
        public var index: Int?
        public var codecName: String?
        public var codecLongName: String?
        /// `CodecTimeBase`, `Timebase`: rationals such as `1/14112000`, kept as text.
        public var codecTimeBase: String?
        public var timebase: String?
        /// `CodecTag`: hex, kept as text.
        public var codecTag: String?
        public var codecTagString: String?
        public var sampleFmt: String?
        public var sampleRate: Int?
        public var channel: Int?
        public var channelLayout: String?
        public var startTime: Double?
        public var duration: Double?
        public var bitrate: Double?
        public var language: String?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("Index", \.index),
            .value("CodecName", \.codecName),
            .value("CodecLongName", \.codecLongName),
            .value("CodecTimeBase", \.codecTimeBase),
            .value("Timebase", \.timebase),
            .value("CodecTag", \.codecTag),
            .value("CodecTagString", \.codecTagString),
            .value("SampleFmt", \.sampleFmt),
            .value("SampleRate", \.sampleRate),
            .value("Channel", \.channel),
            .value("ChannelLayout", \.channelLayout),
            .value("StartTime", \.startTime),
            .value("Duration", \.duration),
            .value("Bitrate", \.bitrate),
            .value("Language", \.language),
        ])
    }

    /// `Stream.Video`.
    public struct Video: NodeModel {
        public var index: Int?
        public var codecName: String?
        public var codecLongName: String?
        public var codecTimeBase: String?
        public var codecTagString: String?
        public var codecTag: String?
        public var profile: String?
        public var height: Int?
        public var width: Int?
        /// `HasBFrame`: ffmpeg's `has_b_frames`, the decoder's frame-reordering delay in frames
        /// (0 when the stream has no B-frames; 2 is common). A count, not a flag.
        public var bFrameDelay: Int?
        public var refFrames: Int?
        public var sar: String?
        public var dar: String?
        public var pixFormat: String?
        public var fieldOrder: String?
        /// `Level`: an integer (a `1.000` is accepted as 1).
        public var level: Int?
        /// `Fps`, `AvgFps`: a ratio (`50/1`) or a decimal (`25.000000`); the table says Int.
        public var fps: FrameRate?
        public var avgFps: FrameRate?
        public var timebase: String?
        public var startTime: Double?
        public var duration: Double?
        public var bitrate: Double?
        public var numFrames: Int?
        public var language: String?
        public var colorPrimaries: String?
        public var colorRange: String?
        public var colorTransfer: String?
        public var rotation: Double?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("Index", \.index),
            .value("CodecName", \.codecName),
            .value("CodecLongName", \.codecLongName),
            .value("CodecTimeBase", \.codecTimeBase),
            .value("CodecTagString", \.codecTagString),
            .value("CodecTag", \.codecTag),
            .value("Profile", \.profile),
            .value("Height", \.height),
            .value("Width", \.width),
            .value("HasBFrame", \.bFrameDelay),
            .value("RefFrames", \.refFrames),
            .value("Sar", \.sar),
            .value("Dar", \.dar),
            .value("PixFormat", \.pixFormat),
            .value("FieldOrder", \.fieldOrder),
            .value("Level", \.level),
            .value("Fps", \.fps),
            .value("AvgFps", \.avgFps),
            .value("Timebase", \.timebase),
            .value("StartTime", \.startTime),
            .value("Duration", \.duration),
            .value("Bitrate", \.bitrate),
            .value("NumFrames", \.numFrames),
            .value("Language", \.language),
            .value("ColorPrimaries", \.colorPrimaries),
            .value("ColorRange", \.colorRange),
            .value("ColorTransfer", \.colorTransfer),
            .value("Rotation", \.rotation),
        ])
    }

    /// `Stream.Subtitle`.
    public struct Subtitle: NodeModel {
        public var index: Int?
        public var language: String?
        public var unknownNodes: [Node] = []
        public init() {}
        public static let nodeFields = NodeFields<Self>([
            .value("Index", \.index),
            .value("Language", \.language),
        ])
    }
}
