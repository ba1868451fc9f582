// Transcode (音视频转码; HighSpeedHd 极速高清转码 reports the same Tag):
// submit API: intl docs 数据万象/API 文档/任务与工作流/任务接口/媒体处理/提交媒体处理任务/提交音视频转码任务
// callback: https://cloud.tencent.com/document/product/436/76980 (intl: 媒体处理任务回调/音视频转码, 极速高清转码)
// transcode template fields (Container, Video, Audio, TimeInterval, TransConfig):
// https://intl.cloud.tencent.com/document/product/1045/49911; AudioMix: …/1045/49945;
// Watermark (the watermark template): …/1045/49917.
// Newer submit page (domestic, read 2026-12-04): https://cloud.tencent.com/document/api/436/119461
// (request sample: `RemoveWatermark` with `Startime`/`Endtime`, `Subtitles{Subtitle[]{Url}}`).
// Go SDK (cos-go-sdk-v5 cc9846d9): `Transcode` ci_media.go:163 (`AudioMixArray`, `Subtitle`
// = `TargetSubtitle{Remove}` :158), `Subtitles{Subtitle[]{Url, Embed, FontType, FontSize,
// FontColor, OutlineColor, VMargin}}` :469, `MediaProcessJobOperation.Subtitles` :786 and
// `.FreeTranscode` :791 (a string; the SDK commit d9744e7 calls it the idle-time transcoding
// flag, 闲时转码标记位, and the page 460/87779 submits such jobs with `Tag` `Transcode`).
// The Go SDK's `MediaProcessJobOperation` has no `RemoveWatermark`; the docs have it.
// `FreeTranscode` is a text node directly under `Operation`, so it is the plain
// ``JobOperation/freeTranscode`` (a `PartKey` holds a node with children only).

extension JobTag {
    /// Transcode (音视频转码, and HighSpeedHd 极速高清转码): a media file re-encoded
    /// (`MediaResult`, with the output's `MediaInfo`).
    ///
    /// Its own nodes: ``JobOperation/transcode``, ``JobOperation/watermark``, ``JobOperation/removeWatermark``,
    /// ``JobOperation/subtitles``.
    public static let transcode: JobTag = "Transcode"
}

extension JobOperation {
    /// `Transcode`: the transcoding settings echoed (absent when a template was used).
    /// SuperResolution and VideoProcess jobs echo it too.
    public var transcode: TranscodeRequest? {
        get { self[TranscodeJob.transcode] }
        set { self[TranscodeJob.transcode] = newValue }
    }
    /// `Watermark`: the watermarks given in the request (a list; Transcode,
    /// SuperResolution, VideoProcess). `WatermarkTemplateId` lists templates instead.
    public var watermark: [MediaWatermark] {
        get { self[TranscodeJob.watermark] }
        set { self[TranscodeJob.watermark] = newValue }
    }
    /// `RemoveWatermark`: the area of a visible watermark to blur away.
    public var removeWatermark: RemoveWatermarkRequest? {
        get { self[TranscodeJob.removeWatermark] }
        set { self[TranscodeJob.removeWatermark] = newValue }
    }
    /// `Subtitles`: subtitle files added to the output (docs 436/119461; Go SDK `Subtitles`).
    public var subtitles: SubtitlesRequest? {
        get { self[TranscodeJob.subtitles] }
        set { self[TranscodeJob.subtitles] = newValue }
    }
}

enum TranscodeJob: JobKind {
    static let tag = JobTag.transcode
    static let transcode = PartKey<TranscodeRequest>("Transcode")
    static let watermark = PartListKey<MediaWatermark>("Watermark")
    static let removeWatermark = PartKey<RemoveWatermarkRequest>("RemoveWatermark")
    static let subtitles = PartKey<SubtitlesRequest>("Subtitles")
    static let operationParts: [Field<JobOperation>] = [
        .part(transcode),
        .partList(watermark),
        .part(removeWatermark),
        .part(subtitles),
    ]
}

/// `Operation.Transcode`: transcoding settings, as the request gave them (the
/// transcode template's fields). Also the type of the media settings other job
/// types echo: `VideoMontage`, `ConcatTemplate` and `Animation` use its `Container`,
/// `Video`, `Audio`, `TimeInterval` and `AudioMix`.
public struct TranscodeRequest: NodeModel {
    /// `Container`: the output format.
    public var container: Container?
    /// `Video`: the video stream settings.
    public var video: Video?
    /// `TimeInterval`: the part of the input to transcode.
    public var timeInterval: TimeInterval?
    /// `Audio`: the audio stream settings.
    public var audio: Audio?
    /// `TransConfig`: how to adapt resolution and bitrate, HLS encryption.
    public var transConfig: TransConfig?
    /// `AudioMix`: audio mixed in (a list: "Container 数组" in the docs).
    public var audioMix: [AudioMix] = []
    /// `AudioMixArray`: more audio to mix in (Go SDK; the docs' newer spelling).
    public var audioMixArray: [AudioMix] = []
    /// `Subtitle`: `Remove` `true` drops subtitle streams (Go SDK).
    public var subtitle: Subtitle?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .node("Container", \.container),
        .node("Video", \.video),
        .node("TimeInterval", \.timeInterval),
        .node("Audio", \.audio),
        .node("TransConfig", \.transConfig),
        .nodes("AudioMix", \.audioMix),
        .nodes("AudioMixArray", \.audioMixArray),
        .node("Subtitle", \.subtitle),
    ])

    /// `Container`: the output container.
    public struct Container: NodeModel {
        /// `Format`: `mp4`, `flv`, `hls`, `ts`, `mp3`, `aac`, `WebM`, `gif`, ….
        public var format: String?
        /// `ClipConfig`: segment length for `hls`/`dash` outputs.
        public var clipConfig: ClipConfig?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Format", \.format),
            .node("ClipConfig", \.clipConfig),
        ])
    }

    /// `Container.ClipConfig`.
    public struct ClipConfig: NodeModel {
        /// `Duration`: seconds per segment.
        public var duration: Double?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([.value("Duration", \.duration)])
    }

    /// `Video`: video stream settings (Transcode, Animation, VideoMontage, ConcatTemplate).
    public struct Video: NodeModel {
        /// `Codec`: `H.264`, `H.265`, `VP8`, `gif`, `webp`, ….
        public var codec: String?
        /// `Width`: pixels, [128, 4096]; one alone keeps the aspect ratio.
        public var width: Int?
        /// `Height`: pixels, [128, 4096]; one alone keeps the aspect ratio.
        public var height: Int?
        /// `Fps`: frames per second, (0, 60] (`30`, `30000/1001`).
        public var fps: FrameRate?
        /// `Remove`: `true` drops the video stream.
        public var remove: Bool?
        /// `Profile`: `baseline`, `main`, `high`.
        public var profile: String?
        /// `Bitrate`: kbps, [10, 50000].
        public var bitrate: Int?
        /// `Crf`: the quality factor, (0, 51]; overrides `Bitrate`.
        public var crf: Double?
        /// `Gop`: the most frames between keyframes, [0, 100000].
        public var gop: Int?
        /// `Preset`: `veryfast`, `fast`, `medium`, `slow`, `slower` (VP8: `good`, `realtime`).
        public var preset: String?
        /// `Bufsize`: the buffer, Kb, [1000, 128000].
        public var bufsize: Int?
        /// `Maxrate`: the peak bitrate, kbps, [10, 50000].
        public var maxrate: Int?
        /// `HlsTsTime`: seconds per HLS segment (default 5).
        public var hlsTsTime: Double?
        /// `DashSegment`: seconds per DASH segment (Go SDK).
        public var dashSegment: Double?
        /// `Pixfmt`: `yuv420p`, `yuv422p`, `yuvj420p`, ….
        public var pixfmt: String?
        /// `LongShortMode`: `true` fits the long and short edges rather than width and height.
        public var longShortMode: Bool?
        /// `Rotate`: degrees clockwise, [0, 360).
        public var rotate: Double?
        /// `ScanMode`: as in the docs' template sample (blank there).
        public var scanMode: String?
        /// `AnimateOnlyKeepKeyFrame`: Animation only, `true` takes key frames only.
        public var animateOnlyKeepKeyFrame: Bool?
        /// `AnimateTimeIntervalOfFrame`: Animation only, seconds between frames taken.
        public var animateTimeIntervalOfFrame: Double?
        /// `AnimateFramesPerSecond`: Animation only, frames taken per second.
        public var animateFramesPerSecond: Double?
        /// `Quality`: Animation only, the relative quality of the image, [1, 100].
        public var quality: Int?
        /// `Roi` (Go SDK): as sent.
        public var roi: String?
        /// `Crop` (Go SDK): as sent.
        public var crop: String?
        /// `Interlaced` (Go SDK): as sent.
        public var interlaced: String?
        /// `StdExtInfo` (Go SDK): as sent.
        public var stdExtInfo: String?
        /// `ColorParam` (Go SDK): the output's colour description.
        public var colorParam: ColorParam?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Codec", \.codec),
            .value("Width", \.width),
            .value("Height", \.height),
            .value("Fps", \.fps),
            .value("Remove", \.remove),
            .value("Profile", \.profile),
            .value("Bitrate", \.bitrate),
            .value("Crf", \.crf),
            .value("Gop", \.gop),
            .value("Preset", \.preset),
            .value("Bufsize", \.bufsize),
            .value("Maxrate", \.maxrate),
            .value("HlsTsTime", \.hlsTsTime),
            .value("DashSegment", \.dashSegment),
            .value("Pixfmt", \.pixfmt),
            .value("LongShortMode", \.longShortMode),
            .value("Rotate", \.rotate),
            .value("ScanMode", \.scanMode),
            .value("AnimateOnlyKeepKeyFrame", \.animateOnlyKeepKeyFrame),
            .value("AnimateTimeIntervalOfFrame", \.animateTimeIntervalOfFrame),
            .value("AnimateFramesPerSecond", \.animateFramesPerSecond),
            .value("Quality", \.quality),
            .value("Roi", \.roi),
            .value("Crop", \.crop),
            .value("Interlaced", \.interlaced),
            .value("StdExtInfo", \.stdExtInfo),
            .node("ColorParam", \.colorParam),
        ])
    }

    /// `Video.ColorParam` (Go SDK): ffmpeg colour names such as `tv`, `bt709`.
    public struct ColorParam: NodeModel {
        /// `ColorRange`: e.g. `tv` or `pc`.
        public var colorRange: String?
        /// `ColorSpace`: e.g. `bt709`.
        public var colorSpace: String?
        /// `ColorTrc`: the transfer characteristics, e.g. `bt709`.
        public var colorTrc: String?
        /// `ColorPrimaries`: e.g. `bt709`.
        public var colorPrimaries: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("ColorRange", \.colorRange),
            .value("ColorSpace", \.colorSpace),
            .value("ColorTrc", \.colorTrc),
            .value("ColorPrimaries", \.colorPrimaries),
        ])
    }

    /// `Audio`: audio stream settings.
    public struct Audio: NodeModel {
        /// `Codec`: `aac`, `mp3`, `flac`, `amr`, `Vorbis`, `opus`.
        public var codec: String?
        /// `Samplerate`: Hz, e.g. `44100`.
        public var sampleRate: Int?
        /// `Bitrate`: kbps, [8, 1000].
        public var bitrate: Int?
        /// `Channels`: 1, 2, 4, 5, 6 or 8.
        public var channels: Int?
        /// `Remove`: `true` drops the audio stream.
        public var remove: Bool?
        /// `KeepTwoTracks`: `true` keeps two audio tracks.
        public var keepTwoTracks: Bool?
        /// `SwitchTrack`: `true` switches the audio tracks.
        public var switchTrack: Bool?
        /// `SampleFormat`: `fltp`, `s16p`, `s32`, ….
        public var sampleFormat: String?
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
            .value("Remove", \.remove),
            .value("KeepTwoTracks", \.keepTwoTracks),
            .value("SwitchTrack", \.switchTrack),
            .value("SampleFormat", \.sampleFormat),
        ])
    }

    /// `TimeInterval`: a part of the input.
    public struct TimeInterval: NodeModel {
        /// `Start`: seconds from the beginning (millisecond precision).
        public var start: Double?
        /// `Duration`: seconds.
        public var duration: Double?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Start", \.start),
            .value("Duration", \.duration),
        ])
    }

    /// `TransConfig`: how to adapt the output to the input.
    public struct TransConfig: NodeModel {
        /// `AdjDarMethod`: `scale`, `crop`, `pad` or `none`.
        public var adjDarMethod: String?
        /// `IsCheckReso`: whether to check the resolution against the input's.
        public var isCheckReso: Bool?
        /// `ResoAdjMethod`: when the resolution is higher than the input's, `0` keeps the
        /// input's value, `1` fails the job.
        public var resoAdjMethod: Int?
        /// `IsCheckVideoBitrate`: whether to check the video bitrate against the input's.
        public var isCheckVideoBitrate: Bool?
        /// `VideoBitrateAdjMethod`: when the video bitrate is higher than the input's, `0` keeps
        /// the input's value, `1` fails the job.
        public var videoBitrateAdjMethod: Int?
        /// `IsCheckAudioBitrate`: whether to check the audio bitrate against the input's.
        public var isCheckAudioBitrate: Bool?
        /// `AudioBitrateAdjMethod`: when the audio bitrate is higher than the input's, `0` keeps
        /// the input's value, `1` fails the job.
        public var audioBitrateAdjMethod: Int?
        /// `DeleteMetadata`: whether to drop the input's metadata.
        public var deleteMetadata: Bool?
        /// `IsHdr2Sdr`: whether to convert HDR to SDR.
        public var isHdr2Sdr: Bool?
        /// `HlsEncrypt`: HLS encryption.
        public var hlsEncrypt: HlsEncrypt?
        /// `AIGCMetadata` (Go SDK): AI-generated-content labels written into the file.
        public var aigcMetadata: AIGCMetadata?
        /// `IsCheckVideoFps`: whether to check the frame rate against the input's (the
        /// TranscodePro template's table, 460/84732).
        public var isCheckVideoFps: Bool?
        /// `VideoFpsAdjMethod`: when the frame rate is higher than the input's, `0` keeps the
        /// input's value, `1` fails the job (the TranscodePro template's table, 460/84732).
        public var videoFpsAdjMethod: Int?
        /// `InitialClipNum`: GeneratePlayList only, how many segments to transcode ahead,
        /// before anyone plays the list (default 0; Go `LiveTanscodeTransConfig`, 460/106683).
        public var initialClipNum: Int?
        /// `CosTag`: GeneratePlayList only, object tags for the segments written, as a query
        /// string (`a=a&b=b`; Go `LiveTanscodeTransConfig`, 460/106683).
        public var cosTag: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("AdjDarMethod", \.adjDarMethod),
            .value("IsCheckReso", \.isCheckReso),
            .value("ResoAdjMethod", \.resoAdjMethod),
            .value("IsCheckVideoBitrate", \.isCheckVideoBitrate),
            .value("VideoBitrateAdjMethod", \.videoBitrateAdjMethod),
            .value("IsCheckAudioBitrate", \.isCheckAudioBitrate),
            .value("AudioBitrateAdjMethod", \.audioBitrateAdjMethod),
            .value("DeleteMetadata", \.deleteMetadata),
            .value("IsHdr2Sdr", \.isHdr2Sdr),
            .node("HlsEncrypt", \.hlsEncrypt),
            .node("AIGCMetadata", \.aigcMetadata),
            .value("IsCheckVideoFps", \.isCheckVideoFps),
            .value("VideoFpsAdjMethod", \.videoFpsAdjMethod),
            .value("InitialClipNum", \.initialClipNum),
            .value("CosTag", \.cosTag),
        ])
    }

    /// `HlsEncrypt`: HLS encryption (`TransConfig`, and Segment's request).
    public struct HlsEncrypt: NodeModel {
        /// `IsHlsEncrypt`: whether the HLS segments are encrypted.
        public var isHlsEncrypt: Bool?
        /// `UriKey`: the key URI written into the playlist (blank when not encrypting).
        public var uriKey: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("IsHlsEncrypt", \.isHlsEncrypt),
            .value("UriKey", \.uriKey),
        ])
    }

    /// `AudioMix`: an audio track mixed into the output.
    public struct AudioMix: NodeModel {
        /// `AudioSource`: the URL of the audio.
        public var audioSource: String?
        /// `MixMode`: `Repeat` (loop it) or `Once`.
        public var mixMode: String?
        /// `Replace`: `true` replaces the input's audio.
        public var replace: Bool?
        /// `EffectConfig`: fades.
        public var effectConfig: EffectConfig?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("AudioSource", \.audioSource),
            .value("MixMode", \.mixMode),
            .value("Replace", \.replace),
            .node("EffectConfig", \.effectConfig),
        ])
    }

    /// `AudioMix.EffectConfig`: fade in, fade out, background fade.
    public struct EffectConfig: NodeModel {
        /// `EnableStartFadein`: whether the mixed audio fades in (`StartFadeinTime`).
        public var enableStartFadein: Bool?
        /// `StartFadeinTime`: seconds.
        public var startFadeinTime: Double?
        /// `EnableEndFadeout`: whether the mixed audio fades out (`EndFadeoutTime`).
        public var enableEndFadeout: Bool?
        /// `EndFadeoutTime`: seconds.
        public var endFadeoutTime: Double?
        /// `EnableBgmFade`: whether the background music fades (`BgmFadeTime`).
        public var enableBgmFade: Bool?
        /// `BgmFadeTime`: seconds.
        public var bgmFadeTime: Double?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("EnableStartFadein", \.enableStartFadein),
            .value("StartFadeinTime", \.startFadeinTime),
            .value("EnableEndFadeout", \.enableEndFadeout),
            .value("EndFadeoutTime", \.endFadeoutTime),
            .value("EnableBgmFade", \.enableBgmFade),
            .value("BgmFadeTime", \.bgmFadeTime),
        ])
    }

    /// `Subtitle` (Go SDK).
    public struct Subtitle: NodeModel {
        /// `Remove`: `true` drops subtitle streams.
        public var remove: Bool?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([.value("Remove", \.remove)])
    }
}

/// `Operation.Watermark`: one visible watermark, as the request gave it (the
/// watermark template's fields). Repeats.
public struct MediaWatermark: NodeModel {
    /// `Type`: `Text` or `Image`.
    public var type: String?
    /// `Pos`: `TopLeft`, `Top`, `TopRight`, `Left`, `Center`, `Right`, `BottomLeft`,
    /// `Bottom`, `BottomRight`.
    public var pos: String?
    /// `LocMode`: `Absolute` (pixels) or `Proportion` (percent).
    public var locMode: String?
    /// `Dx`: the offset from `Pos`, in pixels or percent (`LocMode`).
    public var dx: Double?
    /// `Dy`: the offset from `Pos`, in pixels or percent (`LocMode`).
    public var dy: Double?
    /// `StartTime`: seconds into the video.
    public var startTime: Double?
    /// `EndTime`: seconds into the video.
    public var endTime: Double?
    /// `SlideConfig`: a moving watermark.
    public var slideConfig: SlideConfig?
    /// `Image`: an image watermark.
    public var image: Image?
    /// `Text`: a text watermark.
    public var text: Text?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Type", \.type),
        .value("Pos", \.pos),
        .value("LocMode", \.locMode),
        .value("Dx", \.dx),
        .value("Dy", \.dy),
        .value("StartTime", \.startTime),
        .value("EndTime", \.endTime),
        .node("SlideConfig", \.slideConfig),
        .node("Image", \.image),
        .node("Text", \.text),
    ])

    /// `Watermark.SlideConfig`.
    public struct SlideConfig: NodeModel {
        /// `SlideMode`: `Default` (still) or `ScrollFromLeft`.
        public var slideMode: String?
        /// `XSlideSpeed`: the speed across.
        public var xSlideSpeed: Double?
        /// `YSlideSpeed`: the speed down.
        public var ySlideSpeed: Double?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("SlideMode", \.slideMode),
            .value("XSlideSpeed", \.xSlideSpeed),
            .value("YSlideSpeed", \.ySlideSpeed),
        ])
    }

    /// `Watermark.Image`.
    public struct Image: NodeModel {
        /// `Url`: the image's address.
        public var url: String?
        /// `Mode`: `Original`, `Proportion` or `Fixed`.
        public var mode: String?
        /// `Width`: pixels, or percent in `Proportion` mode.
        public var width: Double?
        /// `Height`: pixels, or percent in `Proportion` mode.
        public var height: Double?
        /// `Transparency`: percent, [1, 100].
        public var transparency: Int?
        /// `Background`: `true` when the image is a background.
        public var background: Bool?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Url", \.url),
            .value("Mode", \.mode),
            .value("Width", \.width),
            .value("Height", \.height),
            .value("Transparency", \.transparency),
            .value("Background", \.background),
        ])
    }

    /// `Watermark.Text`.
    public struct Text: NodeModel {
        /// `FontSize`: points.
        public var fontSize: Int?
        /// `FontType`: a font name such as `simfang.ttf`.
        public var fontType: String?
        /// `FontColor`: `0xRRGGBB`.
        public var fontColor: String?
        /// `Transparency`: percent, [1, 100].
        public var transparency: Int?
        /// `Text`: the words.
        public var text: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("FontSize", \.fontSize),
            .value("FontType", \.fontType),
            .value("FontColor", \.fontColor),
            .value("Transparency", \.transparency),
            .value("Text", \.text),
        ])
    }
}

/// `Operation.RemoveWatermark`: the rectangle of a visible watermark to remove.
public struct RemoveWatermarkRequest: NodeModel {
    /// `Dx`: the offset from the top-left corner, pixels, [1, 4096].
    public var dx: Int?
    /// `Dy`: the offset from the top-left corner, pixels, [1, 4096].
    public var dy: Int?
    /// `Width`: pixels, [1, 4096].
    public var width: Int?
    /// `Height`: pixels, [1, 4096].
    public var height: Int?
    /// `Startime`: seconds into the video where the removal starts (the docs' spelling,
    /// in the request sample of 436/119461; not in the intl page's table).
    public var startime: Double?
    /// `Endtime`: seconds into the video where the removal ends (as `Startime`).
    public var endtime: Double?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Dx", \.dx),
        .value("Dy", \.dy),
        .value("Width", \.width),
        .value("Height", \.height),
        .value("Startime", \.startime),
        .value("Endtime", \.endtime),
    ])
}

/// `Operation.Subtitles`: subtitle files added to a transcode's output (docs
/// 436/119461's request sample: two `Subtitle`s with a `Url` each; the other fields
/// are the Go SDK model's, `ci_media.go:469`).
public struct SubtitlesRequest: NodeModel {
    /// `Subtitle`: one subtitle file (repeats).
    public var subtitle: [Subtitle] = []
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([.nodes("Subtitle", \.subtitle)])

    /// `Subtitles.Subtitle`: one subtitle file and how to draw it.
    public struct Subtitle: NodeModel {
        /// `Url`: the subtitle file's address (`.srt` in the docs' sample).
        public var url: String?
        /// `Embed`: `true` burns the subtitles into the picture (Go SDK model; the
        /// `true`/`false` form is assumed, as for the service's other switches).
        public var embed: Bool?
        /// `FontType`: a font name such as `simfang.ttf` (Go SDK model).
        public var fontType: String?
        /// `FontSize`: points (Go SDK model).
        public var fontSize: Int?
        /// `FontColor`: `0xRRGGBB` (Go SDK model).
        public var fontColor: String?
        /// `OutlineColor`: `0xRRGGBB` (Go SDK model).
        public var outlineColor: String?
        /// `VMargin`: the vertical margin (Go SDK model).
        public var vMargin: Int?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Url", \.url),
            .value("Embed", \.embed),
            .value("FontType", \.fontType),
            .value("FontSize", \.fontSize),
            .value("FontColor", \.fontColor),
            .value("OutlineColor", \.outlineColor),
            .value("VMargin", \.vMargin),
        ])
    }
}
