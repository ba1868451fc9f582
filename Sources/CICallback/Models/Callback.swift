// https://cloud.tencent.com/document/product/460/76966 (callback content, per job type)

/// `Response`: one callback body, whatever its format.
public struct Callback: NodeModel {
    /// `TaskFinish` for job callbacks (``jobsDetail``), `WorkflowFinish` for workflow
    /// ones (``workflowExecution``), or any other name the service sends; `switch` on
    /// it with a `default`.
    public var eventName: EventName?
    /// `JobsDetail`: the jobs this callback reports (always an array, rule 4).
    public var jobsDetail: [JobsDetail] = []
    /// `WorkflowExecution`: the workflow instance, for `WorkflowFinish`.
    public var workflowExecution: WorkflowExecution?
    /// `RequestId`: the request's id, beside `JobsDetail` in a virus-detection body
    /// (``JobsDetail/isVirusDetection``); job callbacks have none.
    public var requestId: String?
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// Nodes that did not fit their fields (decoding rule 12), in body order (JSON:
    /// by path): a value that does not parse (`"high"` for a number), a second copy
    /// of a single node, a value node with child elements, a container with text.
    /// Each field concerned stays empty and its node is kept, with its text, in the
    /// ``NodeModel/unknownNodes`` of the model it belongs to (and so in the canonical JSON).
    /// Each is the error ``CallbackDecoder`` with ``CallbackDecoder/strict`` set would throw. Not part of
    /// the `Codable` form.
    ///
    /// Two callbacks compare equal (`==`) when their problems have the same
    /// ``CallbackError/kind``, ``CallbackError/path`` and ``CallbackError/text``, in any
    /// order: positions, format and wording are diagnostics, not content, so the XML
    /// and the JSON form of one callback are equal with problems too (rule 6).
    public var problems: [CallbackError] {
        get { problemList.problems }
        set { problemList.problems = newValue }
    }
    private var problemList = ProblemList()
    /// Problems beyond ``Limits/maxProblems``, counted but not listed.
    public var omittedProblemCount = 0
    /// A content-moderation verdict (`ReviewImage`, `ReviewVideo`, …, in its Simple
    /// or Detail JSON shape); `nil` for job and workflow callbacks. ``eventName`` is
    /// its event (Simple: `data.event`).
    public var moderation: Moderation? {
        get { moderationBox?.value }
        set { moderationBox = newValue.map { Indirect($0) } }
    }
    /// A `Moderation` is kilobytes inline; boxed, a job callback (most bodies) does not
    /// clear and copy that much per decode (callgrind: 4,400 instructions of `memset`
    /// per decode of a 741-byte body, 5% of it).
    private var moderationBox: Indirect<Moderation>?

    /// An empty value: no field set.
    public init() {}

    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .value("EventName", \.eventName),
        .nodes("JobsDetail", \.jobsDetail),
        .node("WorkflowExecution", \.workflowExecution),
        .value("RequestId", \.requestId),
    ])
}

// MARK: - Moderation bodies

extension Callback {
    // The bodies are consumed, not copied: a moderation body is kilobytes inline, and
    // copying it (and the `Moderation` made of it) on the way into its box cost 9,800
    // instructions per decode of a 404-byte Simple body (callgrind).

    init(simple body: consuming ModerationSimpleBody) {
        self.init()
        // A top-level `EventName` is the one the canonical JSON adds: not a node of the body.
        let named = body.unknownNodes.last { $0.name == "EventName" }?.text
        if named != nil { body.unknownNodes.removeAll { $0.name == "EventName" } }
        eventName = body.data?.event ?? named.map { EventName(rawValue: $0) }
        let kind = ModerationKind(event: eventName, type: nil)
        moderationBox = Indirect(Moderation(kind: kind, simple: body))
    }

    init(detail body: consuming ModerationDetailBody) {
        self.init()
        eventName = body.eventName
        unknownNodes = body.unknownNodes
        let kind = ModerationKind(event: body.eventName, type: body.jobsDetail?.type)
        moderationBox = Indirect(Moderation(kind: kind, detail: body.jobsDetail))
    }

    /// The canonical JSON form. A moderation callback keeps its own top level
    /// (`code`, `message`, `data`; or `EventName`, `JobsDetail` as one object), with
    /// `EventName` added to a Simple one, so a consumer branches on one key.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: WireKey.self)
        let event = try? container.decode(String.self, forKey: WireKey(stringValue: "EventName"))
        let keys = container.allKeys.map(\.stringValue)
        let jobsList = (try? container.nestedUnkeyedContainer(forKey: WireKey(stringValue: "JobsDetail"))) != nil
        switch CallbackRoot(topLevelKeys: keys, eventName: event, hint: nil, jobsDetailIsList: jobsList) {
        case .moderationSimple:
            // Its `EventName` (an unknown node of the Simple body) is read by `init(simple:)`,
            // as when decoding, so the kind comes out the same.
            self.init(simple: try ModerationSimpleBody(from: decoder))
        case .moderationDetail:
            self.init(detail: try ModerationDetailBody(from: decoder))
        case .response:
            self = try Self.decodeFields(from: decoder)
        }
    }

    /// Writes the canonical JSON form: a moderation callback in its own shape (a
    /// Simple one with `EventName` added), any other callback as the content of
    /// `Response`. ``problems`` are not written.
    public func encode(to encoder: Encoder) throws {
        if let simple = moderation?.simple {
            try simple.encode(to: encoder)
            var container = encoder.container(keyedBy: WireKey.self)
            try container.encodeIfPresent(eventName, forKey: WireKey(stringValue: "EventName"))
        } else if let moderation {
            var body = ModerationDetailBody()
            body.eventName = eventName
            body.jobsDetail = moderation.detail
            body.unknownNodes = unknownNodes
            try body.encode(to: encoder)
        } else {
            try encodeFields(to: encoder)
        }
    }
}

/// A value stored out of line (one allocation), so a large, rarely present field does
/// not make its parent large. Immutable (a new value is a new box), so it has value
/// semantics; a class rather than an `indirect enum` case because making one of those
/// copied the value in even when it was consumed (callgrind: 500 instructions and a
/// copy of every reference in a `Moderation`, per decode).
final class Indirect<Value: Hashable & Sendable>: Hashable, Sendable {
    let value: Value

    init(_ value: consuming Value) { self.value = value }

    static func == (lhs: Indirect, rhs: Indirect) -> Bool { lhs === rhs || lhs.value == rhs.value }
    func hash(into hasher: inout Hasher) { value.hash(into: &hasher) }
}

/// A callback's problems, compared and hashed by what they say about the body
/// (kind, node path, offending text), in any order; not by where the reader stood,
/// which format it read, or how the message words it.
struct ProblemList: Hashable, Sendable {
    var problems: [CallbackError] = []

    private struct Content: Hashable, Comparable {
        let path: String
        let kind: String
        let text: String?

        init(_ problem: CallbackError) {
            path = problem.path ?? ""
            kind = problem.kind.description
            text = problem.text
        }

        static func < (lhs: Content, rhs: Content) -> Bool {
            (lhs.path, lhs.kind, lhs.text == nil ? 0 : 1, lhs.text ?? "")
                < (rhs.path, rhs.kind, rhs.text == nil ? 0 : 1, rhs.text ?? "")
        }
    }

    private var content: [Content] { problems.map(Content.init).sorted() }

    static func == (lhs: ProblemList, rhs: ProblemList) -> Bool {
        lhs.problems.count == rhs.problems.count && (lhs.problems.isEmpty || lhs.content == rhs.content)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(problems.count)
        if !problems.isEmpty { hasher.combine(content) }
    }
}
