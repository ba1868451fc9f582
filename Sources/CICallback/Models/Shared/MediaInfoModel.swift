// MediaInfo: ffprobe's view of a media file, as GenerateMediaInfo and every media
// job report it (https://cloud.tencent.com/document/product/460/38935).

/// `Operation.MediaInfo`: the input's media information (as GenerateMediaInfo reports it).
public struct MediaInfo: NodeModel {
    /// `Format`: the container.
    public var format: Format?
    /// `Stream`: the streams.
    public var stream: Streams?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .node("Format", \.format),
        .node("Stream", \.stream),
    ])

    /// `MediaInfo.Format`: the container.
    public struct Format: NodeModel {
        /// `NumStream`: how many streams.
        public var numStream: Int?
        /// `NumProgram`: how many programs.
        public var numProgram: Int?
        /// `FormatName`: ffprobe's short name, e.g. `mov,mp4,m4a,3gp,3g2,mj2`.
        public var formatName: String?
        /// `FormatLongName`: ffprobe's long name, e.g. `QuickTime / MOV`.
        public var formatLongName: String?
        /// `StartTime`: seconds.
        public var startTime: Double?
        /// `Duration`: seconds.
        public var duration: Double?
        /// `Bitrate`: kbps, with decimals (the table says Int).
        public var bitrate: Double?
        /// `Size`: bytes.
        public var size: Int?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
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
        /// `Audio`: the audio streams.
        public var audio: [Audio] = []
        /// `Video`: the video streams.
        public var video: [Video] = []
        /// `Subtitle`: the subtitle streams.
        public var subtitle: [Subtitle] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .nodes("Audio", \.audio),
            .nodes("Video", \.video),
            .nodes("Subtitle", \.subtitle),
        ])
    }

    /// `Stream.Audio`.
    public struct Audio: NodeModel {
        /// `Index`: the stream's index in the file.
        public var index: Int?
        /// `CodecName`: e.g. `aac`.
        public var codecName: String?
        /// `CodecLongName`: e.g. `AAC (Advanced Audio Coding)`.
        public var codecLongName: String?
        /// `CodecTimeBase`: a rational such as `1/14112000`, kept as text.
        public var codecTimeBase: String?
        /// `Timebase`: a rational such as `1/14112000`, kept as text.
        public var timebase: String?
        /// `CodecTag`: hex, kept as text.
        public var codecTag: String?
        /// `CodecTagString`: the codec tag as text, e.g. `mp4a`.
        public var codecTagString: String?
        /// `SampleFmt`: the sample format, e.g. `fltp`.
        public var sampleFmt: String?
        /// `SampleRate`: Hz.
        public var sampleRate: Int?
        /// `Channel`: how many channels.
        public var channel: Int?
        /// `ChannelLayout`: e.g. `stereo`.
        public var channelLayout: String?
        /// `StartTime`: seconds.
        public var startTime: Double?
        /// `Duration`: seconds.
        public var duration: Double?
        /// `Bitrate`: kbps, with decimals.
        public var bitrate: Double?
        /// `Language`: the stream's language tag, when it has one.
        public var language: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
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
        /// `Index`: the stream's index in the file.
        public var index: Int?
        /// `CodecName`: e.g. `h264`.
        public var codecName: String?
        /// `CodecLongName`: e.g. `H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10`.
        public var codecLongName: String?
        /// `CodecTimeBase`: a rational such as `1/50`, kept as text.
        public var codecTimeBase: String?
        /// `CodecTagString`: the codec tag as text, e.g. `avc1`.
        public var codecTagString: String?
        /// `CodecTag`: hex, kept as text.
        public var codecTag: String?
        /// `Profile`: the codec profile, e.g. `High`.
        public var profile: String?
        /// `Height`: pixels.
        public var height: Int?
        /// `Width`: pixels.
        public var width: Int?
        /// `HasBFrame`: ffmpeg's `has_b_frames`, the decoder's frame-reordering delay in frames
        /// (0 when the stream has no B-frames; 2 is common). A count, not a flag.
        public var bFrameDelay: Int?
        /// `RefFrames`: reference frames.
        public var refFrames: Int?
        /// `Sar`: the sample aspect ratio, e.g. `1:1`.
        public var sar: String?
        /// `Dar`: the display aspect ratio, e.g. `16:9`.
        public var dar: String?
        /// `PixFormat`: the pixel format, e.g. `yuv420p`.
        public var pixFormat: String?
        /// `FieldOrder`: e.g. `progressive`.
        public var fieldOrder: String?
        /// `Level`: an integer (a `1.000` is accepted as 1).
        public var level: Int?
        /// `Fps`: a ratio (`50/1`) or a decimal (`25.000000`); the table says Int.
        public var fps: FrameRate?
        /// `AvgFps`: a ratio (`50/1`) or a decimal (`25.000000`); the table says Int.
        public var avgFps: FrameRate?
        /// `Timebase`: a rational such as `1/12800`, kept as text.
        public var timebase: String?
        /// `StartTime`: seconds.
        public var startTime: Double?
        /// `Duration`: seconds.
        public var duration: Double?
        /// `Bitrate`: kbps, with decimals.
        public var bitrate: Double?
        /// `NumFrames`: how many frames.
        public var numFrames: Int?
        /// `Language`: the stream's language tag, when it has one.
        public var language: String?
        /// `ColorPrimaries`: e.g. `bt709`.
        public var colorPrimaries: String?
        /// `ColorRange`: e.g. `tv`.
        public var colorRange: String?
        /// `ColorTransfer`: e.g. `bt709`.
        public var colorTransfer: String?
        /// `Rotation`: the rotation, as ffprobe reports it (`0.000000`).
        public var rotation: Double?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
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
        /// `Index`: the stream's index in the file.
        public var index: Int?
        /// `Language`: the stream's language tag, when it has one.
        public var language: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Index", \.index),
            .value("Language", \.language),
        ])
    }
}
