/// The root model a body decodes into: a job or workflow callback's `Response`, or
/// a content-moderation body in its Simple or Detail shape (rule 3). Decided once,
/// from the body's top level before any node is built (`JSONReader`; an XML body is
/// always a `Response`), then carried as this value to where the callback is made.
enum CallbackRoot {
    case response, moderationSimple, moderationDetail

    /// Detail: an `EventName` starting with `Review` and `JobsDetail` not a list
    /// (a list is the job callbacks' envelope: the canonical JSON of an XML body with
    /// a `Review…` event, decoded generically); Simple: `code` or `data` and no
    /// `JobsDetail` (the canonical Simple JSON adds `EventName`); `hint` decides a
    /// body that says neither. Anything else is a `Response`.
    init(
        topLevelKeys keys: some Collection<String>, eventName: String?, hint: ContentVersion?,
        jobsDetailIsList: Bool = false
    ) {
        let simpleKeys = (keys.contains("code") || keys.contains("data")) && !keys.contains("JobsDetail")
        let jobEvent = eventName == EventName.taskFinish.rawValue || eventName == EventName.workflowFinish.rawValue
        if simpleKeys, !jobEvent {
            // Whatever `EventName` stands beside it (the canonical form adds `data.event`).
            self = .moderationSimple
        } else if let eventName {
            self = eventName.hasPrefix("Review") && !jobsDetailIsList ? .moderationDetail : .response
        } else if keys.contains("code") || keys.contains("data") {
            self = .moderationSimple
        } else if hint == .simple, !keys.contains("JobsDetail") {
            self = .moderationSimple
        } else if hint == .detail, keys.contains("JobsDetail"), !jobsDetailIsList {
            self = .moderationDetail
        } else {
            self = .response
        }
    }

    /// The schema of the root model.
    var schema: Schema {
        switch self {
        case .response: Callback.nodeFields.schema
        case .moderationSimple: ModerationSimpleBody.nodeFields.schema
        case .moderationDetail: ModerationDetailBody.nodeFields.schema
        }
    }

    /// The callback that `builder` decoded with this root (once, after a successful decode).
    func callback(from builder: TreeBuilder) -> Callback {
        switch self {
        case .response: builder.takeValue(as: Callback.self)
        case .moderationSimple: Callback(simple: builder.takeValue(as: ModerationSimpleBody.self))
        case .moderationDetail: Callback(detail: builder.takeValue(as: ModerationDetailBody.self))
        }
    }
}
