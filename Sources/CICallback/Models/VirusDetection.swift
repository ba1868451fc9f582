// Virus detection (云查毒, `POST /virus/detect`): submit https://cloud.tencent.com/document/api/436/63961
// (`Conf.Callback`: "检测结果回调通知到您设置的地址"), query https://cloud.tencent.com/document/product/460/63965
// and https://cloud.tencent.com/document/product/436/63962 (intl https://www.tencentcloud.com/document/product/1045/72967);
// read 2026-12-04. Go SDK: ci.go `GetVirusDetectJobResult{JobsDetail, RequestId}`,
// `VirusDetectJobDetail{Code, Message, JobId, State, CreationTime, Object, Url, Suggestion,
// DetectDetail}`, `VirusResults{Result[]}`, `VirusInfo{FileName, VirusName}` (ci.go:1124–1148).
//
// No page describes the callback's body (no EventName, no JSON form documented); the library
// reads it as the query response, `<Response><JobsDetail>…</JobsDetail><RequestId/></Response>`
// (`samples/VirusDetect-1.xml`, every value empty): no `Tag`, no `Operation`, the checked object
// and the verdict directly in `JobsDetail`. Disagreements: the Python SDK page (460/108590) types
// `DetectDetail` "Container Array", the query page's sample and Go have one `DetectDetail`
// holding repeated `Result`s (modelled so); the Chinese pages spell the clean verdict `nomal`,
// the intl page `normal` (kept as sent); one sample on 436/63962 has a `Result` without `FileName`.

extension JobsDetail {
    /// Whether this job is a virus detection (云查毒): no `Tag`, no `Operation` (nor
    /// `Input` or `Workflow`), no node a virus-detection body does not have, and one of
    /// the nodes only those bodies send in `JobsDetail`: ``suggestion``,
    /// ``detectDetail``, ``object`` or ``url``. (An XML body with a `Review…` event,
    /// decoded generically, has `Object` too, beside `Result`, `Label` and its scenes:
    /// not one.) Such a job has no ``jobType``; its verdict is ``suggestion`` (`block`
    /// when a virus was found), and ``detectDetail`` lists the infected files:
    ///
    /// ```swift
    /// if job.isVirusDetection {
    ///     let found = job.detectDetail?.result.compactMap(\.virusName) ?? []
    ///     print(job.object ?? job.url ?? "?", job.suggestion ?? "?", found)
    /// }
    /// ```
    ///
    /// `DetectDetail` alone decides it, whatever else the body has (no other callback
    /// sends it in `JobsDetail`), so a node added to these bodies later does not hide a
    /// detection that found a virus.
    public var isVirusDetection: Bool {
        guard tag == nil, operation == nil, input == nil, workflow == nil else { return false }
        if detectDetail != nil { return true }
        return (suggestion != nil || object != nil || url != nil)
            && unknownNodes.allSatisfy { Self.virusDetectionNodeNames.contains($0.name) }
    }

    /// The nodes of a virus-detection `JobsDetail` (Go `VirusDetectJobDetail`): a node
    /// kept unknown because its value did not fit its field (rule 12) is one of them.
    private static let virusDetectionNodeNames: Set<String> = [
        "Code", "Message", "JobId", "State", "CreationTime", "Object", "Url", "Suggestion", "DetectDetail",
    ]
}

/// `JobsDetail.DetectDetail`: what a virus detection found.
public struct VirusDetectDetail: NodeModel {
    /// `Result`: one entry per infected file (an archive can hold several).
    public var result: [Detection] = []
    /// Child nodes this model has no field for, and nodes whose value did not fit
    /// their field, kept with their text (decoding rules 10 and 12).
    public var unknownNodes: [Node] = []
    /// An empty value: no field set.
    public init() {}
    /// The fields, each with its wire name, that decoding and the canonical JSON use.
    @_spi(Schema) public static let nodeFields = NodeFields<Self>([
        .nodes("Result", \.result)
    ])

    /// `Result`: one infected file.
    public struct Detection: NodeModel {
        /// `FileName`: the file, inside the object checked when it is an archive.
        public var fileName: String?
        /// `VirusName`: the virus found in it.
        public var virusName: String?
        /// Child nodes this model has no field for, and nodes whose value did not fit
        /// their field, kept with their text (decoding rules 10 and 12).
        public var unknownNodes: [Node] = []
        /// An empty value: no field set.
        public init() {}
        /// The fields, each with its wire name, that decoding and the canonical JSON use.
        @_spi(Schema) public static let nodeFields = NodeFields<Self>([
            .value("FileName", \.fileName),
            .value("VirusName", \.virusName),
        ])
    }
}
