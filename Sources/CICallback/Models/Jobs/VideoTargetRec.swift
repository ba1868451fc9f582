// VideoTargetRec (视频目标检测): submit API https://cloud.tencent.com/document/api/460/84801
// callback https://cloud.tencent.com/document/product/436/121129
// (https://www.tencentcloud.com/document/product/1045/73146; domestic pages, samples truncated)

extension JobTag {
    /// VideoTargetRec (视频目标检测): people, pets, cars (and faces, number plates) found
    /// in a video's frames (`Operation.VideoTargetRecResult`).
    ///
    /// Its own nodes: ``JobOperation/videoTargetRec``, ``JobOperation/videoTargetRecResult``.
    public static let videoTargetRec: JobTag = "VideoTargetRec"
}

extension JobOperation {
    /// `VideoTargetRec`: what to look for (the request echo).
    public var videoTargetRec: VideoTargetRecRequest? {
        get { self[VideoTargetRecJob.videoTargetRec] }
        set { self[VideoTargetRecJob.videoTargetRec] = newValue }
    }
    /// `VideoTargetRecResult`: the frames where something was found.
    public var videoTargetRecResult: VideoTargetRecResult? {
        get { self[VideoTargetRecJob.videoTargetRecResult] }
        set { self[VideoTargetRecJob.videoTargetRecResult] = newValue }
    }
}

enum VideoTargetRecJob: JobKind {
    static let tag = JobTag.videoTargetRec
    static let videoTargetRec = PartKey<VideoTargetRecRequest>("VideoTargetRec")
    static let videoTargetRecResult = PartKey<VideoTargetRecResult>("VideoTargetRecResult")
    static let operationParts: [Field<JobOperation>] = [
        .part(videoTargetRec),
        .part(videoTargetRecResult),
    ]
}

/// `Operation.VideoTargetRec`: what to look for; each switch is `true` or `false`.
public struct VideoTargetRecRequest: NodeModel {
    /// `Body`: people.
    public var body: Bool?
    /// `Pet`: pets.
    public var pet: Bool?
    /// `Car`: cars.
    public var car: Bool?
    /// `Face`: faces (Go SDK model and its doc example).
    public var face: Bool?
    /// `Plate`: number plates (Go SDK model and its doc example).
    public var plate: Bool?
    /// `ProcessType`: what to do with what was found in the output video, e.g. `Mosaic`.
    public var processType: String?
    /// `TransTpl`: the output video's settings, with `ProcessType`.
    public var transTpl: TransTpl?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("Body", \.body),
        .value("Pet", \.pet),
        .value("Car", \.car),
        .value("Face", \.face),
        .value("Plate", \.plate),
        .value("ProcessType", \.processType),
        .node("TransTpl", \.transTpl),
    ])

    /// `VideoTargetRec.TransTpl`: the output video's transcoding settings.
    public struct TransTpl: NodeModel {
        /// `Container`: the output's container format.
        public var container: Container?
        /// `Video`: the output's video settings.
        public var video: Video?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .node("Container", \.container),
            .node("Video", \.video),
        ])
    }

    /// `TransTpl.Container`.
    public struct Container: NodeModel {
        /// `Format`: e.g. `mp4`.
        public var format: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([.value("Format", \.format)])
    }

    /// `TransTpl.Video`.
    public struct Video: NodeModel {
        /// `Codec`: e.g. `h.264`.
        public var codec: String?
        /// `Bitrate`: kbps.
        public var bitrate: Int?
        /// `Crf`: the constant rate factor.
        public var crf: Int?
        /// `Width`: pixels.
        public var width: Int?
        /// `Height`: pixels.
        public var height: Int?
        /// `Fps`: e.g. `30`.
        public var fps: FrameRate?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Codec", \.codec),
            .value("Bitrate", \.bitrate),
            .value("Crf", \.crf),
            .value("Width", \.width),
            .value("Height", \.height),
            .value("Fps", \.fps),
        ])
    }
}

/// `Operation.VideoTargetRecResult`: for each kind of target, the frames it was found
/// in (each node repeats, one per frame).
public struct VideoTargetRecResult: NodeModel {
    /// `BodyRecognition`: frames with people (`BodyInfo`).
    public var bodyRecognition: [Frame] = []
    /// `PetRecognition`: frames with pets (`PetInfo`).
    public var petRecognition: [Frame] = []
    /// `CarRecognition`: frames with cars (`CarInfo`).
    public var carRecognition: [Frame] = []
    /// `FaceRecognition`: frames with faces (`FaceInfo`; Go SDK model).
    public var faceRecognition: [Frame] = []
    /// `LicenseRecognitionResult`: frames with number plates (`PlateInfo`; Go SDK model).
    public var licenseRecognitionResult: [Frame] = []
    /// `Sensitive` (Go SDK model), as sent.
    public var sensitive: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .nodes("BodyRecognition", \.bodyRecognition),
        .nodes("PetRecognition", \.petRecognition),
        .nodes("CarRecognition", \.carRecognition),
        .nodes("FaceRecognition", \.faceRecognition),
        .nodes("LicenseRecognitionResult", \.licenseRecognitionResult),
        .value("Sensitive", \.sensitive),
    ])

    /// One frame with what was found in it. Each recognition node carries the list
    /// of its own kind (`BodyRecognition` has `BodyInfo`, …); the others stay empty.
    public struct Frame: NodeModel {
        /// `Time`: seconds into the video, e.g. `1.206000`.
        public var time: Double?
        /// `Url`: the frame's snapshot.
        public var url: String?
        /// `BodyInfo`: the targets found.
        public var bodyInfo: [Target] = []
        /// `PetInfo`: the targets found.
        public var petInfo: [Target] = []
        /// `CarInfo`: the targets found.
        public var carInfo: [Target] = []
        /// `FaceInfo`: the targets found.
        public var faceInfo: [Target] = []
        /// `PlateInfo`: the targets found.
        public var plateInfo: [Target] = []
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Time", \.time),
            .value("Url", \.url),
            .nodes("BodyInfo", \.bodyInfo),
            .nodes("PetInfo", \.petInfo),
            .nodes("CarInfo", \.carInfo),
            .nodes("FaceInfo", \.faceInfo),
            .nodes("PlateInfo", \.plateInfo),
        ])
    }

    /// One target found in a frame.
    public struct Target: NodeModel {
        /// `Name`: what it is, e.g. `person`, `cat`, a plate's number.
        public var name: String?
        /// `Score`: confidence, 0–100 (the docs type it Int; the Go SDK a string).
        public var score: Int?
        /// `Location`: where, in pixels.
        public var location: Location?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("Name", \.name),
            .value("Score", \.score),
            .node("Location", \.location),
        ])
    }

    /// `Location`: a box in pixels, from its top-left corner.
    public struct Location: NodeModel {
        /// `X`: the box's left edge, pixels.
        public var x: Int?
        /// `Y`: the box's top edge, pixels.
        public var y: Int?
        /// `Width`: pixels.
        public var width: Int?
        /// `Height`: pixels.
        public var height: Int?
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
        ])
    }
}
