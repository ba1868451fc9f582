// SpeechRecognition (语音识别): submit API https://cloud.tencent.com/document/product/460/84798
// (intl https://www.tencentcloud.com/document/product/1045/49544); request parameters (template)
// https://cloud.tencent.com/document/product/460/84498#SpeechRecognition;
// callback https://cloud.tencent.com/document/product/460/80170 (intl 语音识别回调)

extension JobTag {
    /// SpeechRecognition (语音识别): the transcript of an audio or video track, with
    /// per-sentence and per-word timings.
    ///
    /// Its own nodes: ``JobOperation/speechRecognition``, ``JobOperation/speechRecognitionResult``.
    public static let speechRecognition: JobTag = "SpeechRecognition"
}

extension JobOperation {
    /// `SpeechRecognition`: the request echo (absent when a template was used).
    public var speechRecognition: SpeechRecognitionRequest? {
        get { self[SpeechRecognitionJob.speechRecognition] }
        set { self[SpeechRecognitionJob.speechRecognition] = newValue }
    }
    /// `SpeechRecognitionResult`: the transcript (absent when there is none).
    public var speechRecognitionResult: SpeechRecognitionResult? {
        get { self[SpeechRecognitionJob.speechRecognitionResult] }
        set { self[SpeechRecognitionJob.speechRecognitionResult] = newValue }
    }
}

enum SpeechRecognitionJob: JobKind {
    static let tag = JobTag.speechRecognition
    static let speechRecognition = PartKey<SpeechRecognitionRequest>("SpeechRecognition")
    static let speechRecognitionResult = PartKey<SpeechRecognitionResult>("SpeechRecognitionResult")
    static let operationParts: [Field<JobOperation>] = [
        .part(speechRecognition),
        .part(speechRecognitionResult),
    ]
}

/// `Operation.SpeechRecognition`: the request echo, the recognition parameters as
/// the request (or the template-creation API) gave them.
public struct SpeechRecognitionRequest: NodeModel {
    /// `EngineModelType`: the engine, e.g. `16k_zh`, `16k_zh_video`, `8k_zh`.
    public var engineModelType: String?
    /// `ChannelNum`: the number of sound channels, `1` or `2`.
    public var channelNum: Int?
    /// `ResTextFormat`: the detail of the result, `0` (sentences), `1` (words, which
    /// fills `ResultDetail`), `2` (words with punctuation).
    public var resTextFormat: Int?
    /// `FilterDirty`: `0` keeps, `1` filters, `2` masks profanity with `*`.
    public var filterDirty: Int?
    /// `FilterModal`: `0` keeps, `1` partly, `2` strictly filters modal particles.
    public var filterModal: Int?
    /// `ConvertNumMode`: `0` writes numbers as words, `1` as digits where it fits.
    public var convertNumMode: Int?
    /// `SpeakerDiarization`: `1` separates speakers (`SpeakerId`), `0` does not.
    public var speakerDiarization: Int?
    /// `SpeakerNumber`: the expected number of speakers; `0` lets the engine decide.
    public var speakerNumber: Int?
    /// `FilterPunc`: `0` keeps, `1` drops the final full stop, `2` drops all punctuation.
    public var filterPunc: Int?
    /// `OutputFileType`: the format of the output object, `txt` or `srt`.
    public var outputFileType: String?
    /// `FlashAsr`: `true` for fast recognition (results in `FlashResult`).
    public var flashAsr: Bool?
    /// `Format`: the audio format for fast recognition, e.g. `mp3`, `wav`.
    public var format: String?
    /// `FirstChannelOnly`: fast recognition of the first channel only, `1`, or all, `0`.
    public var firstChannelOnly: Int?
    /// `WordInfo`: fast recognition's word-level detail, `0`, `1` or `2`.
    public var wordInfo: Int?
    /// `SentenceMaxLength`: fast recognition's longest sentence, in characters (`0`: no limit).
    public var sentenceMaxLength: Int?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("EngineModelType", \.engineModelType),
        .value("ChannelNum", \.channelNum),
        .value("ResTextFormat", \.resTextFormat),
        .value("FilterDirty", \.filterDirty),
        .value("FilterModal", \.filterModal),
        .value("ConvertNumMode", \.convertNumMode),
        .value("SpeakerDiarization", \.speakerDiarization),
        .value("SpeakerNumber", \.speakerNumber),
        .value("FilterPunc", \.filterPunc),
        .value("OutputFileType", \.outputFileType),
        .value("FlashAsr", \.flashAsr),
        .value("Format", \.format),
        .value("FirstChannelOnly", \.firstChannelOnly),
        .value("WordInfo", \.wordInfo),
        .value("SentenceMaxLength", \.sentenceMaxLength),
    ])
}

/// `Operation.SpeechRecognitionResult`: the transcript.
public struct SpeechRecognitionResult: NodeModel {
    /// `AudioTime`: the audio's length, in seconds (`19.7124`).
    public var audioTime: Double?
    /// `Result`: the whole transcript, each sentence after its time span in
    /// `[m:ss.fff,m:ss.fff]` form (`[0:3.320,0:19.712]  悯农，李绅，…`).
    public var result: String?
    /// `ObjectName`: the object the transcript was written to (`/example.txt`).
    public var objectName: String?
    /// `DetailObjectName`: the object the word-level detail was written to.
    public var detailObjectName: String?
    /// `ResultDetail`: one entry per sentence, with word timings (with `ResTextFormat` `1`).
    public var resultDetail: [Detail] = []
    /// `FlashResult`: fast recognition's result (`FlashAsr`), one entry per channel.
    public var flashResult: [FlashChannel] = []
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("AudioTime", \.audioTime),
        .value("Result", \.result),
        .value("ObjectName", \.objectName),
        .value("DetailObjectName", \.detailObjectName),
        .nodes("ResultDetail", \.resultDetail),
        .nodes("FlashResult", \.flashResult),
    ])

    /// The transcript as text: the sentences of `ResultDetail`, else the channels'
    /// text of `FlashResult`, else `Result` without its time spans.
    public var transcript: String? {
        let sentences = resultDetail.compactMap(\.finalSentence)
        if !sentences.isEmpty { return sentences.joined() }
        let channels = flashResult.compactMap(\.text)
        if !channels.isEmpty { return channels.joined(separator: " ") }
        guard let result else { return nil }
        return result.split(whereSeparator: \.isNewline).map { line in
            var text = Substring(line)
            if text.hasPrefix("["), let close = text.firstIndex(of: "]") { text = text[text.index(after: close)...] }
            return text.trimmingPrefix(while: \.isWhitespace)
        }.joined(separator: " ")
    }

    /// `ResultDetail`: one sentence.
    public struct Detail: NodeModel {
        /// `FinalSentence`: the sentence's final text.
        public var finalSentence: String?
        /// `SliceSentence`: the sentence split into words by spaces.
        public var sliceSentence: String?
        /// `StartMs`: where the sentence starts, in milliseconds into the audio.
        public var startMs: Int?
        /// `EndMs`: where the sentence ends, in milliseconds into the audio.
        public var endMs: Int?
        /// `WordsNum`: the number of words (the entries of `Words`).
        public var wordsNum: Int?
        /// `SpeechSpeed`: words per second (`2.4`).
        public var speechSpeed: Double?
        /// `SpeakerId`: the channel or speaker (with `SpeakerDiarization` or two channels).
        public var speakerId: Int?
        /// `Words`: each word with its timing.
        public var words: [Word] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("FinalSentence", \.finalSentence),
            .value("SliceSentence", \.sliceSentence),
            .value("StartMs", \.startMs),
            .value("EndMs", \.endMs),
            .value("WordsNum", \.wordsNum),
            .value("SpeechSpeed", \.speechSpeed),
            .value("SpeakerId", \.speakerId),
            .nodes("Words", \.words),
        ])
    }

    /// `ResultDetail.Words`: one word.
    public struct Word: NodeModel {
        /// `Word`: the word (`锄禾`) or a punctuation mark (`，`).
        public var word: String?
        /// `OffsetStartMs`: where the word starts, in milliseconds from the sentence's start.
        public var offsetStartMs: Int?
        /// `OffsetEndMs`: where the word ends, in milliseconds from the sentence's start.
        public var offsetEndMs: Int?
        /// `VoiceType`: `0` for a spoken word, `1` for punctuation (seen in samples;
        /// not in the docs' table).
        public var voiceType: Int?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Word", \.word),
            .value("OffsetStartMs", \.offsetStartMs),
            .value("OffsetEndMs", \.offsetEndMs),
            .value("VoiceType", \.voiceType),
        ])
    }

    /// `FlashResult`: fast recognition's result for one sound channel (lower-case
    /// wire names, as the service sends them).
    public struct FlashChannel: NodeModel {
        /// `channel_id`: the channel, from `0`.
        public var channelId: Int?
        /// `text`: the channel's whole transcript.
        public var text: String?
        /// `sentence_list`: the sentences or paragraphs.
        public var sentenceList: [FlashSentence] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("channel_id", \.channelId),
            .value("text", \.text),
            .nodes("sentence_list", \.sentenceList),
        ])
    }

    /// `FlashResult.sentence_list`: one sentence or paragraph.
    public struct FlashSentence: NodeModel {
        /// `text`: the sentence.
        public var text: String?
        /// `start_time`: where it starts, in milliseconds into the audio.
        public var startTime: Int?
        /// `end_time`: where it ends, in milliseconds into the audio.
        public var endTime: Int?
        /// `speaker_id`: the speaker, with `SpeakerDiarization`.
        public var speakerId: Int?
        /// `word_list`: each word with its timing (with `WordInfo`).
        public var wordList: [FlashWord] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("text", \.text),
            .value("start_time", \.startTime),
            .value("end_time", \.endTime),
            .value("speaker_id", \.speakerId),
            .nodes("word_list", \.wordList),
        ])
    }

    /// `sentence_list.word_list`: one word.
    public struct FlashWord: NodeModel {
        /// `word`: the word.
        public var word: String?
        /// `start_time`: where it starts, in milliseconds into the audio.
        public var startTime: Int?
        /// `end_time`: where it ends, in milliseconds into the audio.
        public var endTime: Int?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("word", \.word),
            .value("start_time", \.startTime),
            .value("end_time", \.endTime),
        ])
    }
}
