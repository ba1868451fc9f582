/// The one normalization layer: consumes node events from either reader and
/// builds the typed model (or the generic tree) in a single pass.
///
/// Here, and only here: repeated nodes become arrays (a field says whether it
/// repeats; the reader never does), empty nodes are absent, text becomes numbers,
/// times and strings, unknown nodes are captured generically, and the limits on
/// depth, node count and text length hold.
final class TreeBuilder: NodeEventSink {
    private enum Kind {
        /// A leaf field of the parent's model: its text is collected.
        case value
        /// A typed container: only whitespace text is allowed between children.
        case container
        /// A node the model does not know (or the whole-body view).
        case generic
    }

    private struct Frame {
        var kind: Kind
        var builder: (any NodeBuilder)?
        /// The slot in the parent builder (for `.value` and `.container`).
        var slot: Int
        var textStart: Int
    }

    private let limits: Limits
    private let keepEmpty: Bool
    private var frames: [Frame] = []
    /// Text of the open value and generic nodes, innermost last; one growing buffer.
    private var text: UnsafeMutablePointer<UInt8>
    private var textCapacity = 256
    private var textCount = 0
    private var nodeCount = 0
    let root: any NodeBuilder

    /// - Parameters:
    ///   - root: builds the document element (`RootBuilder`).
    ///   - keepEmpty: keep empty nodes (the lossless whole-body view) instead of dropping them.
    init(root: any NodeBuilder, limits: Limits, keepEmpty: Bool = false) {
        self.root = root
        self.limits = limits
        self.keepEmpty = keepEmpty
        text = .allocate(capacity: textCapacity)
        frames.reserveCapacity(16)
        frames.append(Frame(kind: .container, builder: root, slot: -1, textStart: 0))
    }

    deinit {
        text.deallocate()
    }

    private func appendText(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress else { return }
        if textCount + bytes.count > textCapacity {
            var capacity = textCapacity * 2
            while capacity < textCount + bytes.count { capacity *= 2 }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            grown.update(from: text, count: textCount)
            text.deallocate()
            text = grown
            textCapacity = capacity
        }
        (text + textCount).update(from: source.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        textCount += bytes.count
    }

    private func textSince(_ start: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: text + start, count: textCount - start)
    }

    func startNode(_ name: NameBytes) throws(CallbackError) {
        nodeCount += 1
        if nodeCount > limits.maxNodeCount {
            throw limitError(.nodeCount, "more than \(limits.maxNodeCount) nodes")
        }
        if frames.count > limits.maxDepth {
            throw limitError(.depth, "nesting deeper than \(limits.maxDepth)")
        }
        let top = frames[frames.count - 1]
        switch top.kind {
        case .value:
            throw error(
                .unexpectedContent,
                "a value node cannot contain the element \(CallbackError.quote(name.string))")
        case .generic:
            frames.append(
                Frame(
                    kind: .generic, builder: GenericNodeBuilder(name: name.string, sortsChildren: !keepEmpty),
                    slot: -1, textStart: textCount))
        case .container:
            guard let builder = top.builder else { return }
            switch try builder.plan(child: name) {
            case .value(let slot):
                frames.append(Frame(kind: .value, builder: nil, slot: slot, textStart: textCount))
            case .node(let slot, let child):
                frames.append(Frame(kind: .container, builder: child, slot: slot, textStart: textCount))
            case .unknown:
                frames.append(
                    Frame(
                        kind: .generic, builder: GenericNodeBuilder(name: name.string, sortsChildren: !keepEmpty),
                        slot: -1, textStart: textCount))
            }
        }
    }

    func text(_ bytes: UnsafeRawBufferPointer) throws(CallbackError) {
        let top = frames[frames.count - 1]
        if top.kind == .container {
            // Whitespace between child elements; anything else does not fit.
            if bytes.contains(where: { !NumberText.isSpace($0) }) {
                if frames.count == 1 { return }  // the reader rejects text outside the root
                throw error(
                    .unexpectedContent, "a container node cannot hold text",
                    text: String(decoding: bytes, as: UTF8.self))
            }
            return
        }
        if textCount - top.textStart + bytes.count > limits.maxTextBytes {
            throw limitError(.textLength, "a text node longer than \(limits.maxTextBytes) bytes")
        }
        appendText(bytes)
    }

    func endNode() throws(CallbackError) {
        guard frames.count > 1 else { return }
        let frame = frames[frames.count - 1]
        let parent = frames[frames.count - 2]
        guard let parentBuilder = parent.builder else { return }
        let nodeText = textSince(frame.textStart)
        defer { textCount = frame.textStart }
        switch frame.kind {
        case .value:
            if nodeText.isEmpty { break }  // empty is absent
            if parentBuilder.isFilled(slot: frame.slot) {
                throw error(.repeatedNode, "this node may appear only once")
            }
            do {
                try parentBuilder.setValue(slot: frame.slot, text: nodeText)
            } catch {
                throw self.error(
                    .invalidValue, "expected \(error.expected)", text: String(decoding: nodeText, as: UTF8.self))
            }
        case .container:
            guard let builder = frame.builder else { break }
            try builder.finish(text: nodeText, keepEmpty: keepEmpty)
            if builder.isEmpty { break }
            if parentBuilder.isFilled(slot: frame.slot) {
                throw error(.repeatedNode, "this node may appear only once")
            }
            parentBuilder.setNode(slot: frame.slot, builder: builder)
        case .generic:
            guard let builder = frame.builder as? GenericNodeBuilder else { break }
            builder.finish(text: nodeText, keepEmpty: keepEmpty)
            if builder.isEmpty, !keepEmpty { break }
            parentBuilder.addUnknown(builder.node)
        }
        frames.removeLast()
    }

    var openNodeCount: Int { frames.count - 1 }

    /// Attributes become `@name` child nodes, so a container or unknown node keeps
    /// them; a value node (`<JobId kind="x">j</JobId>`) has nowhere to put them.
    func attribute(_ name: NameBytes, _ value: UnsafeRawBufferPointer) throws(CallbackError) {
        if frames[frames.count - 1].kind == .value { return }
        try startNode(name)
        try text(value)
        try endNode()
    }

    // MARK: - Errors

    /// `Response.JobsDetail[0].Operation.JobLevel`: the path of the innermost open node.
    var path: String {
        var components: [String] = []
        for index in frames.indices.dropFirst() {
            let frame = frames[index]
            if frame.kind == .generic, let builder = frame.builder as? GenericNodeBuilder {
                components.append(builder.name)
            } else if let parent = frames[index - 1].builder {
                components.append(parent.pathComponent(slot: frame.slot))
            }
        }
        return components.joined(separator: ".")
    }

    private func error(_ kind: CallbackError.Kind, _ message: String, text: String? = nil) -> CallbackError {
        CallbackError(kind: kind, message: message, path: path, text: text)
    }

    private func limitError(_ limit: CallbackError.Limit, _ message: String) -> CallbackError {
        CallbackError(kind: .limitExceeded(limit), message: message, path: path)
    }
}

/// The document element: `Response` for the typed model, anything for the
/// whole-body view.
final class RootBuilder<Model: NodeModel>: NodeBuilder {
    private let generic: Bool
    private(set) var model: ModelBuilder<Model>?
    private(set) var node: Node?
    private var sawRoot = false

    init(generic: Bool) {
        self.generic = generic
    }

    var isEmpty: Bool { !sawRoot }

    func plan(child name: NameBytes) throws(CallbackError) -> ChildPlan {
        sawRoot = true
        if generic { return .unknown }
        guard name.matches("Response") else {
            throw CallbackError(
                kind: .invalidRoot,
                message: "the root element is \(CallbackError.quote(name.string)); a callback body's root is Response")
        }
        let builder = ModelBuilder<Model>()
        model = builder
        return .node(0, builder)
    }

    func isFilled(slot: Int) -> Bool { false }
    func setValue(slot: Int, text: UnsafeRawBufferPointer) {}
    func setNode(slot: Int, builder: any NodeBuilder) {}
    func addUnknown(_ node: Node) { self.node = node }
    func pathComponent(slot: Int) -> String { "Response" }
    func finish(text: UnsafeRawBufferPointer, keepEmpty: Bool) {}
}
