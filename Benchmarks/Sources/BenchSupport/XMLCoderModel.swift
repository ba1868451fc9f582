// A compact Codable model of the envelope and the VideoTag result, for XMLCoder
// (row f). Property names are the wire names, so no CodingKeys are needed.
// Every field is optional and unknown elements are ignored, so a seed of another
// job type decodes only its envelope (EventName, JobsDetail's common fields,
// Input); its Operation content is skipped. Numbers decode as Int/Double like the
// typed model; job times stay strings (the typed model parses them).

public struct XCResponse: Codable, Sendable {
    public var EventName: String?
    public var JobsDetail: [XCJobsDetail]?
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
}

public struct XCInput: Codable, Sendable {
    public var BucketId: String?
    public var Object: String?
    public var Region: String?
}

public struct XCOperation: Codable, Sendable {
    public var UserData: String?
    public var VideoTag: XCVideoTagRequest?
    public var VideoTagResult: XCVideoTagResult?
}

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
