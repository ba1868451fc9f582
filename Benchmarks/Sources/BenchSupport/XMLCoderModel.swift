// swift-format-ignore-file
// (The property names are the XML element names, for XMLCoder.)
// A Codable model for XMLCoder (row f) that mirrors the typed model
// (Sources/CICallback/Models) for every job type: the Response root (EventName,
// JobsDetail, WorkflowExecution), JobsDetail with Input/CosHeaders, Workflow and
// Operation, and in Operation the common fields (TemplateId, TemplateName,
// UserData, JobLevel, Output) plus the request and result nodes of VideoTag,
// VoiceSeparate (VoiceSeparate, MediaInfo, MediaResult), PicProcess and
// WordsGeneralize; WorkflowFinish's WorkflowExecution with its Tasks and
// ResultInfo. Each struct lists the same fields as the typed model's `nodeFields`.
//
// Property names are the wire names, so no CodingKeys are needed. Every field is
// optional; repeated nodes and values are arrays. Numbers decode as Int/Double
// where the typed model has Int/Double. Deliberately kept as String: the
// typed model's special values, which it parses itself — times (Timestamp:
// JobsDetail's CreationTime/StartTime/EndTime, WorkflowExecution's and Tasks'
// CreateTime/StartTime/EndTime), enum-like values (EventName, Tag, State) and
// ClipFrameResult (ClipFrame). Unknown elements are ignored (XMLCoder has no
// counterpart of the typed model's `unknownNodes`).

// MARK: - Envelope (Callback.swift, JobsDetail.swift)

public struct XCResponse: Codable, Sendable {
    public var EventName: String?
    public var JobsDetail: [XCJobsDetail]?
    public var WorkflowExecution: XCWorkflowExecution?
}

public struct XCJobsDetail: Codable, Sendable {
    public var Code: String?
    public var Message: String?
    public var JobId: String?
    public var Tag: String?
    public var State: String?
    public var CreationTime: String?
    public var StartTime: String?
    public var EndTime: String?
    public var QueueId: String?
    public var Input: XCInput?
    public var Operation: XCOperation?
    public var Workflow: XCWorkflow?
    public var Progress: Int?
    public var SubTag: String?
    public var QueueType: String?
}

public struct XCInput: Codable, Sendable {
    public var BucketId: String?
    public var Bucket: String?
    public var Object: String?
    public var Region: String?
    public var CosHeaders: [XCCosHeader]?
    public var Lang: String?
    public var `Type`: String?
    public var BasicType: String?
}

public struct XCCosHeader: Codable, Sendable {
    public var Key: String?
    public var Value: String?
}

public struct XCWorkflow: Codable, Sendable {
    public var RunId: String?
    public var WorkflowId: String?
    public var WorkflowName: String?
    public var Name: String?
}

public struct XCOperation: Codable, Sendable {
    public var TemplateId: String?
    public var TemplateName: String?
    public var UserData: String?
    public var JobLevel: Int?
    public var Output: XCOutput?
    // VideoTag
    public var VideoTag: XCVideoTagRequest?
    public var VideoTagResult: XCVideoTagResult?
    // VoiceSeparate
    public var VoiceSeparate: XCVoiceSeparateRequest?
    public var MediaInfo: XCMediaInfo?
    public var MediaResult: XCMediaResult?
    // PicProcess
    public var PicProcess: XCPicProcessRequest?
    public var PicProcessResult: XCPicProcessResult?
    // WordsGeneralize
    public var WordsGeneralize: XCWordsGeneralizeRequest?
    public var WordsGeneralizeResult: XCWordsGeneralizeResult?
}

public struct XCOutput: Codable, Sendable {
    public var Region: String?
    public var Bucket: String?
    public var Object: String?
    public var AuObject: String?
    public var BassObject: String?
    public var DrumObject: String?
}

// MARK: - VideoTag (VideoTag.swift)

public struct XCVideoTagRequest: Codable, Sendable {
    public var Scenario: String?
}

public struct XCVideoTagResult: Codable, Sendable {
    public var StreamData: XCStreamData?
}

public struct XCStreamData: Codable, Sendable {
    public var SubErrCode: Int?
    public var SubErrMsg: String?
    public var Data: XCTagData?
}

public struct XCTagData: Codable, Sendable {
    public var Tags: [XCTag]?
    public var PersonTags: [XCPersonTag]?
    public var PlaceTags: [XCPlaceTag]?
    public var ActionTags: [XCActionTag]?
    public var ObjectTags: [XCObjectTag]?
    public var Labels: [XCLabel]?
}

public struct XCTag: Codable, Sendable {
    public var Tag: String?
    public var TagCls: String?
    public var Confidence: Double?
}

public struct XCPersonTag: Codable, Sendable {
    public var Name: String?
    public var Confidence: Double?
    public var Count: Int?
    public var DetailPerSecond: [XCPersonDetail]?
}

public struct XCPersonDetail: Codable, Sendable {
    public var TimeStamp: Double?
    public var Confidence: Double?
    public var BBox: [XCBoundingBox]?
}

public struct XCBoundingBox: Codable, Sendable {
    public var X1: Double?
    public var Y1: Double?
    public var X2: Double?
    public var Y2: Double?
}

public struct XCPlaceTag: Codable, Sendable {
    public var Tags: [XCTag]?
    public var StartTime: Double?
    public var EndTime: Double?
    public var StartIndex: Int?
    public var EndIndex: Int?
    public var ClipFrameResult: [String]?
}

public struct XCActionTag: Codable, Sendable {
    public var Tags: [XCTag]?
    public var StartTime: Double?
    public var EndTime: Double?
}

public struct XCObjectTag: Codable, Sendable {
    public var Objects: [XCObject]?
    public var TimeStamp: Double?
}

public struct XCObject: Codable, Sendable {
    public var Name: String?
    public var Confidence: Double?
    public var BBox: [XCBoundingBox]?
}

public struct XCLabel: Codable, Sendable {
    public var First: String?
    public var Second: String?
    public var Confidence: Double?
}

// MARK: - VoiceSeparate (VoiceSeparate.swift)

public struct XCVoiceSeparateRequest: Codable, Sendable {
    public var AudioMode: String?
    public var AudioConfig: XCAudioConfig?
}

public struct XCAudioConfig: Codable, Sendable {
    public var Codec: String?
    public var Samplerate: String?
    public var Bitrate: String?
    public var Channels: String?
}

public struct XCMediaInfo: Codable, Sendable {
    public var Format: XCMediaFormat?
    public var Stream: XCMediaStream?
}

public struct XCMediaFormat: Codable, Sendable {
    public var NumStream: Int?
    public var NumProgram: Int?
    public var FormatName: String?
    public var FormatLongName: String?
    public var StartTime: Double?
    public var Duration: Double?
    public var Bitrate: Double?
    public var Size: Int?
}

public struct XCMediaStream: Codable, Sendable {
    public var Audio: [XCAudioStream]?
    public var Video: [XCVideoStream]?
    public var Subtitle: [XCSubtitleStream]?
}

public struct XCAudioStream: Codable, Sendable {
    public var Index: Int?
    public var CodecName: String?
    public var CodecLongName: String?
    public var CodecTimeBase: String?
    public var Timebase: String?
    public var CodecTag: String?
    public var CodecTagString: String?
    public var SampleFmt: String?
    public var SampleRate: Int?
    public var Channel: Int?
    public var ChannelLayout: String?
    public var StartTime: Double?
    public var Duration: Double?
    public var Bitrate: Double?
    public var Language: String?
}

public struct XCVideoStream: Codable, Sendable {
    public var Index: Int?
    public var CodecName: String?
    public var CodecLongName: String?
    public var CodecTimeBase: String?
    public var CodecTagString: String?
    public var CodecTag: String?
    public var Profile: String?
    public var Height: Int?
    public var Width: Int?
    public var HasBFrame: Int?
    public var RefFrames: Int?
    public var Sar: String?
    public var Dar: String?
    public var PixFormat: String?
    public var FieldOrder: String?
    public var Level: Int?
    public var Fps: Double?
    public var AvgFps: String?
    public var Timebase: String?
    public var StartTime: Double?
    public var Duration: Double?
    public var Bitrate: Double?
    public var NumFrames: Int?
    public var Language: String?
    public var ColorPrimaries: String?
    public var ColorRange: String?
    public var ColorTransfer: String?
    public var Rotation: Double?
}

public struct XCSubtitleStream: Codable, Sendable {
    public var Index: Int?
    public var Language: String?
}

public struct XCMediaResult: Codable, Sendable {
    public var OutputFile: XCOutputFile?
}

public struct XCOutputFile: Codable, Sendable {
    public var Bucket: String?
    public var Region: String?
    public var ObjectName: [String]?
    public var ObjectPrefix: String?
    public var Md5Info: [XCMd5Info]?
    public var SpriteOutputFile: XCSpriteOutputFile?
}

public struct XCSpriteOutputFile: Codable, Sendable {
    public var Bucket: String?
    public var Region: String?
    public var ObjectName: [String]?
    public var ObjectPrefix: String?
    public var Md5Info: [XCMd5Info]?
}

public struct XCMd5Info: Codable, Sendable {
    public var ObjectName: String?
    public var Md5: String?
}

// MARK: - PicProcess (PicProcess.swift)

public struct XCPicProcessRequest: Codable, Sendable {
    public var IsPicInfo: String?
    public var ProcessRule: String?
}

public struct XCPicProcessResult: Codable, Sendable {
    public var ObjectName: String?
    public var OriginalInfo: XCOriginalInfo?
    public var ProcessResult: XCProcessResult?
}

public struct XCOriginalInfo: Codable, Sendable {
    public var Etag: String?
    public var ImageInfo: XCImageInfo?
}

public struct XCImageInfo: Codable, Sendable {
    public var Format: String?
    public var Width: Int?
    public var Height: Int?
    public var Quality: Int?
    public var Ave: String?
    public var Orientation: Int?
    public var FrameCount: Int?
}

public struct XCProcessResult: Codable, Sendable {
    public var Format: String?
    public var Width: Int?
    public var Height: Int?
    public var Quality: Int?
    public var Size: Int?
    public var Etag: String?
    public var FrameCount: Int?
}

// MARK: - WordsGeneralize (WordsGeneralize.swift)

public struct XCWordsGeneralizeRequest: Codable, Sendable {
    public var NerMethod: String?
    public var SegMethod: String?
}

public struct XCWordsGeneralizeResult: Codable, Sendable {
    /// The service's spelling.
    public var WordsGeneralizeLable: [XCWordsGeneralizeLabel]?
    public var WordsGeneralizeToken: [XCWordsGeneralizeToken]?
}

public struct XCWordsGeneralizeLabel: Codable, Sendable {
    public var Category: String?
    public var Word: String?
}

public struct XCWordsGeneralizeToken: Codable, Sendable {
    public var Word: String?
    public var Offset: Int?
    public var Length: Int?
    public var Pos: String?
}

// MARK: - WorkflowFinish (WorkflowFinish.swift)

public struct XCWorkflowExecution: Codable, Sendable {
    public var RunId: String?
    public var BucketId: String?
    public var Object: String?
    public var CosHeaders: [XCCosHeader]?
    public var WorkflowId: String?
    public var WorkflowName: String?
    public var CreateTime: String?
    public var State: String?
    public var Tasks: [XCWorkflowTask]?
}

public struct XCWorkflowTask: Codable, Sendable {
    public var `Type`: String?
    public var CreateTime: String?
    public var StartTime: String?
    public var EndTime: String?
    public var State: String?
    public var JobId: String?
    public var Name: String?
    public var TemplateId: String?
    public var TemplateName: String?
    public var TranscodeTemplateId: String?
    public var TranscodeTemplateName: String?
    public var HdrMode: String?
    public var ResultInfo: XCResultInfo?
}

public struct XCResultInfo: Codable, Sendable {
    public var ObjectCount: Int?
    public var SpriteObjectCount: Int?
    public var ObjectInfo: [XCObjectInfo]?
    public var SpriteObjectInfo: [XCObjectInfo]?
}

public struct XCObjectInfo: Codable, Sendable {
    public var ObjectName: String?
    public var ObjectUrl: String?
    public var InputObjectName: String?
    public var Code: String?
    public var Message: String?
}
