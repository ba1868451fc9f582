/// Bounds on what one body may cost. Every limit is checked while reading, so a
/// hostile body stops early with `CallbackError.Kind.limitExceeded`.
///
/// There is no entity-expansion limit to set because there is no expansion: a
/// body with a DOCTYPE is refused, so no entity can be declared, and only XML's
/// five predefined entities and character references are decoded.
public struct Limits: Sendable, Hashable {
    /// Bytes of body, before decoding. Default 64 MiB.
    public var maxBodyBytes: Int
    /// Element nesting depth, counting `Response` as 1. Real bodies are under 10 deep. Default 64.
    public var maxDepth: Int
    /// Elements (XML) or keys and array items (JSON) in one body. Default 4,000,000.
    public var maxNodeCount: Int
    /// Bytes of text in one node. Default 1 MiB.
    public var maxTextBytes: Int
    /// Problems listed in `Callback.problems`; any beyond are only counted
    /// (`Callback.omittedProblemCount`), so a body full of bad values costs no
    /// more memory than its nodes. Not an error. Default 100.
    public var maxProblems: Int

    /// Limits with these bounds; each defaults to the value its property documents.
    public init(
        maxBodyBytes: Int = 64 << 20, maxDepth: Int = 64, maxNodeCount: Int = 4_000_000,
        maxTextBytes: Int = 1 << 20, maxProblems: Int = 100
    ) {
        self.maxProblems = maxProblems
        self.maxBodyBytes = maxBodyBytes
        self.maxDepth = maxDepth
        self.maxNodeCount = maxNodeCount
        self.maxTextBytes = maxTextBytes
    }
}
