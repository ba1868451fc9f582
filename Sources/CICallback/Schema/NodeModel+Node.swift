extension NodeModel {
    /// A typed value from a generic node, decoded by the same rules as a body
    /// (for nodes kept generically that the library can still read, such as a scene
    /// under a name it does not list). `nil` when the node does not fit.
    init?(node: Node) {
        let builder = TreeBuilder(rootSchema: Self.nodeFields.schema, limits: Limits(), strict: true)
        do throws(CallbackError) {
            try builder.startNode(name: "Response")
            for child in node.children { try Self.replay(child, into: builder) }
            if let text = node.text { try builder.text(string: text) }
            try builder.endNode()
        } catch {
            return nil
        }
        self = builder.takeValue(as: Self.self)
    }

    private static func replay(_ node: Node, into builder: TreeBuilder) throws(CallbackError) {
        try builder.startNode(name: node.name)
        if let text = node.text { try builder.text(string: text) }
        for child in node.children { try replay(child, into: builder) }
        try builder.endNode()
    }
}

extension TreeBuilder {
    /// Starts a node named by a `String`.
    func startNode(name: String) throws(CallbackError) {
        try withUTF8Bytes(of: name) { bytes throws(CallbackError) in
            try startNode(NameBytes(bytes.assumingMemoryBound(to: UInt8.self)))
        }
    }
}
