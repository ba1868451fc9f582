/// The one normalization layer: consumes node events from either reader and
/// builds the typed model (or the generic tree) in a single pass.
///
/// Here, and only here: repeated nodes become arrays (a field says whether it
/// repeats; the reader never does), empty nodes are absent, text becomes numbers,
/// times and strings, unknown nodes are captured generically, and the limits on
/// depth, node count and text length hold.
///
/// A node that does not fit its field (a value that does not parse, a second copy
/// of a single node, a value node with child elements, a container with text) is a
/// *problem*, not an error (rule 12): it is kept as a generic node under its own
/// name, and reported in `problems`, or thrown when the decode is strict.
final class TreeBuilder {
    private enum Kind: UInt8 {
        /// Before and around the document element.
        case document
        /// A leaf field of the parent's model: its text is collected.
        case value
        /// A typed container: only whitespace text is allowed between children.
        case container
        /// A node the model does not know (or the whole-body view).
        case generic
    }

    /// One open node. The references are unowned: builders are owned by their
    /// parents (`ModelBuilder.child(slot:)`), by `root`, or by `genericOwners`.
    private struct Frame {
        var kind: Kind
        private var modelReference: Unmanaged<ModelBuilder>?
        private var genericReference: Unmanaged<GenericNodeBuilder>?
        /// The slot in the parent's schema (`.value` and `.container`).
        var slot: Int
        var textStart: Int

        init(kind: Kind, model: ModelBuilder?, generic: GenericNodeBuilder?, slot: Int, textStart: Int) {
            self.kind = kind
            modelReference = model.map { Unmanaged.passUnretained($0) }
            genericReference = generic.map { Unmanaged.passUnretained($0) }
            self.slot = slot
            self.textStart = textStart
        }

        var model: ModelBuilder? { modelReference?.takeUnretainedValue() }
        var generic: GenericNodeBuilder? { genericReference?.takeUnretainedValue() }

        /// Runs `body` with the model builder, with no retain and release around it
        /// (its owner outlives the frame): `nil` when the frame has no model.
        ///
        /// `_withUnsafeGuaranteedRef` is underscored, but no supported spelling gives a
        /// +0 reference: `takeUnretainedValue()` and an `unowned(unsafe)` stored property
        /// both retain and release per event, measured (callgrind, `cicallback-bench
        /// profile`, both sites together with `XMLPushReader.with`) at +7% instructions
        /// per decode: 6 KB seed 0.376 -> 0.402 M, 1 MiB XML 52.4 -> 56.3 M. Invariant:
        /// the frame's builder is owned by its parent, `root` or `genericOwners`, all of
        /// which outlive the frame (frames are popped before builders are released).
        @inline(__always)
        func withModel<R>(_ body: (ModelBuilder) -> R) -> R? {
            modelReference?._withUnsafeGuaranteedRef(body)
        }
    }

    private var limits: Limits
    /// Whether the first problem is thrown rather than listed.
    private var strict: Bool
    /// Where the reader is in the body (XML: libxml2's line and column; JSON has none
    /// once parsed), for the position of a problem. Not retained, and not `weak` (a
    /// weak reference costs an allocation per decode): the XML reader sets it to
    /// itself and owns this builder, so it outlives every event it sends; the builder
    /// reads it only while handling one.
    unowned(unsafe) var positions: XMLPushReader?
    /// The problems so far, in the order found (at most `limits.maxProblems`).
    private(set) var problems: [CallbackError] = []
    /// Problems found beyond `limits.maxProblems`.
    private(set) var omittedProblemCount = 0
    /// The typed model's root schema, or `nil` for the whole-body generic view. A JSON
    /// body may pick another before its first node (its `CallbackRoot`, see `JSONReader`).
    private var rootSchema: Schema?
    private var keepEmpty: Bool { rootSchema == nil }
    // `@exclusivity(unchecked)`: these are touched on every event, always from the
    // builder's own methods, never through an escaping closure or across a nested
    // access, so the dynamic checks cannot fire; without them (measured with callgrind,
    // here and in `ModelBuilder`) a decode costs 16% more instructions (6 KB seed
    // 0.402 -> 0.468 M, 1 MiB XML 56.3 -> 66.1 M). ThreadSanitizer and the fuzzer's
    // ASan build run with them.
    @exclusivity(unchecked) private var frames: [Frame] = []
    @exclusivity(unchecked) private var genericOwners: [GenericNodeBuilder] = []
    /// Text of the open value and generic nodes, innermost last; one growing buffer.
    @exclusivity(unchecked) private var text: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var textCapacity = 256
    @exclusivity(unchecked) private var textCount = 0
    @exclusivity(unchecked) private var nodeCount = 0
    /// A value node's whole text when it arrived as one `String` (JSON).
    @exclusivity(unchecked) private var pendingString: String?
    private(set) var root: ModelBuilder?
    /// The root builder of the last successful decode, its value taken (so its
    /// storage, and every child builder's, holds a fresh value again): the next
    /// decode with the same root schema starts from it instead of allocating a
    /// builder and its storage per model type.
    private var spareRoot: ModelBuilder?
    private(set) var rootNode: Node?

    /// Decodes the body into another root model (only before the first node, and
    /// only for the typed view).
    func useRoot(_ schema: Schema) {
        guard rootSchema != nil, frames.count == 1 else { return }
        rootSchema = schema
    }

    init(rootSchema: Schema?, limits: Limits, strict: Bool = false) {
        self.rootSchema = rootSchema
        self.limits = limits
        self.strict = strict
        text = .allocate(capacity: textCapacity)
        frames.reserveCapacity(16)
        frames.append(Frame(kind: .document, model: nil, generic: nil, slot: -1, textStart: 0))
    }

    deinit {
        text.deallocate()
    }

    /// Ready for the next body (see `DecodeSession`): everything of the last decode
    /// cleared, its buffers and spare root builder kept. Only after a decode whose
    /// value was taken, or before any.
    func reset(rootSchema: Schema?, limits: Limits, strict: Bool) {
        self.rootSchema = rootSchema
        self.limits = limits
        self.strict = strict
        positions = nil
        problems.removeAll(keepingCapacity: true)
        omittedProblemCount = 0
        frames.removeAll(keepingCapacity: true)
        frames.append(Frame(kind: .document, model: nil, generic: nil, slot: -1, textStart: 0))
        genericOwners.removeAll(keepingCapacity: true)
        textCount = 0
        nodeCount = 0
        pendingString = nil
        root = nil
        rootNode = nil
    }

    /// The decoded typed value (a fresh one if the body had no document element),
    /// once the body decoded without error. The root builder is kept for the next
    /// decode (`spareRoot`).
    func takeValue<Model: NodeModel>(as type: Model.Type) -> Model {
        guard let root else { return Model() }
        let value = root.takeValue(as: type)
        self.root = nil
        spareRoot = root
        return value
    }

    // MARK: - Events

    // The one stream both readers produce: XML elements and JSON keys alike become
    // `startNode`, `text`…, `endNode`. A JSON array under a key becomes that key
    // repeated, so shape is normalized once, here, not per reader. Text may arrive in
    // several pieces; `text(string:)` is text that arrives whole (JSON), which a value
    // node keeps without a copy. An XML attribute arrives as `attribute`, its name
    // prefixed with `@`.

    func startNode(_ name: NameBytes) throws(CallbackError) {
        nodeCount += 1
        if nodeCount > limits.maxNodeCount {
            throw limitExceeded(.nodeCount)
        }
        if frames.count > limits.maxDepth {
            throw limitExceeded(.depth)
        }
        let top = frames[frames.count - 1]
        switch top.kind {
        case .container:
            if textCount > top.textStart { try flushContainerText(of: top) }
            let textStart = textCount
            let next = top.withModel { model -> Frame? in
                guard let slot = model.schema.slot(for: name) else { return nil }
                if model.isFilled(slot: slot) {
                    // A second copy of a single node: kept whole as a generic node.
                    return Frame(kind: .generic, model: nil, generic: nil, slot: slot, textStart: textStart)
                }
                return model.schema.isNode[slot]
                    ? Frame(
                        kind: .container, model: model.child(slot: slot), generic: nil, slot: slot, textStart: textStart
                    )
                    : Frame(kind: .value, model: nil, generic: nil, slot: slot, textStart: textStart)
            }
            switch next {
            case .some(.some(let frame)) where frame.kind == .generic:
                try repeatedNode(name)
            case .some(.some(let frame)): frames.append(frame)
            case .some(.none): pushGeneric(name)
            case .none: preconditionFailure("a container frame always has its model builder")
            }
        case .value:
            try valueGotChild(name)
        case .generic:
            pushGeneric(name)
        case .document:
            try startDocument(name)
        }
    }

    // The rare paths of `startNode`, out of line so the common ones stay small.

    /// A second copy of a single node: kept whole as a generic node, and a problem.
    @inline(never)
    private func repeatedNode(_ name: NameBytes) throws(CallbackError) {
        pushGeneric(name)
        try problem(.repeatedNode, "this node may appear only once")
    }

    /// A value node with child elements: the whole node is kept generically.
    @inline(never)
    private func valueGotChild(_ name: NameBytes) throws(CallbackError) {
        // XML names the element; a JSON object's keys come in Foundation's order, which
        // changes from run to run, so naming the first would make the message vary.
        let message =
            positions != nil
            ? "a value node cannot contain the element \(CallbackError.quote(name.string))"
            : "a value node cannot contain an object"
        try problem(.unexpectedContent, message)
        becomeGeneric()
        pushGeneric(name)
    }

    /// The document element: `Response` for the typed view, anything for the generic one.
    @inline(never)
    private func startDocument(_ name: NameBytes) throws(CallbackError) {
        guard let rootSchema else {
            pushGeneric(name)
            return
        }
        guard name.matches("Response") else {
            throw CallbackError(
                kind: .invalidRoot,
                message: "the root element is \(CallbackError.quote(name.string)); a callback body's root is Response")
        }
        let root: ModelBuilder
        if let spareRoot, spareRoot.schema === rootSchema {
            spareRoot.begin()
            root = spareRoot
        } else {
            root = ModelBuilder(schema: rootSchema)
        }
        spareRoot = nil
        self.root = root
        frames.append(Frame(kind: .container, model: root, generic: nil, slot: -1, textStart: textCount))
    }

    private func pushGeneric(_ name: NameBytes) {
        let builder = GenericNodeBuilder(name: name.string, sortsChildren: !keepEmpty)
        genericOwners.append(builder)
        frames.append(Frame(kind: .generic, model: nil, generic: builder, slot: -1, textStart: textCount))
    }

    /// Turns the open value node (given a child element) into a generic node of the same
    /// name, keeping the text it has so far; it ends up in the parent's unknown nodes.
    private func becomeGeneric() {
        let index = frames.count - 1
        let frame = frames[index]
        // A value frame is only ever pushed by a model's frame, for one of its slots.
        guard let name = frames[index - 1].model?.schema.wireNames[frame.slot] else {
            preconditionFailure("a value node's parent frame has no model builder")
        }
        let builder = GenericNodeBuilder(name: name, sortsChildren: !keepEmpty)
        if let string = pendingString {
            pendingString = nil
            withUTF8Bytes(of: string) { appendText($0) }
        }
        genericOwners.append(builder)
        // The slot stays: if every child element turns out empty, the node is a value after all.
        frames[index] = Frame(
            kind: .generic, model: nil, generic: builder, slot: frame.slot, textStart: frame.textStart)
    }

    func text(_ bytes: UnsafeRawBufferPointer) throws(CallbackError) {
        let top = frames[frames.count - 1]
        switch top.kind {
        case .container:
            // Whitespace between child elements is dropped; other text does not fit. A run
            // of such text is kept from its first byte that is not a space, so what is kept
            // does not depend on where the parser split the text.
            if textCount > top.textStart {
                try containerText(bytes, in: top)
            } else if !NumberText.isAllSpace(bytes) {
                let first = bytes.firstIndex { !NumberText.isSpace($0) } ?? 0
                try containerText(UnsafeRawBufferPointer(rebasing: bytes[first...]), in: top)
            }
        case .document:
            return  // the XML reader rejects text outside the root; JSON has none
        case .value, .generic:
            if textCount - top.textStart + bytes.count > limits.maxTextBytes {
                throw limitExceeded(.textLength)
            }
            appendText(bytes)
        }
    }

    /// Text where a typed container belongs (`"Input": "x"`, `<Input>x<Object>…`):
    /// collected until the run ends (`endContainerText`). A container that gets no
    /// child at all is kept as a generic node with that text (the JSON string it
    /// was); text beside children stays on the typed node as a `#text` node.
    private func containerText(_ bytes: UnsafeRawBufferPointer, in top: Frame) throws(CallbackError) {
        if textCount - top.textStart + bytes.count > limits.maxTextBytes {
            throw limitExceeded(.textLength)
        }
        appendText(bytes)
    }

    /// Ends a container's run of text, at the next child or at the container's end,
    /// and reports it as one problem there. Reported at that tag, not where the text
    /// began: libxml2 hands text over in pieces that depend on how the body arrived,
    /// but a tag is parsed whole, so the position is one the bytes fix (a body
    /// decoded whole and fed in chunks reports the same line and column). The text
    /// is the run without its trailing whitespace (its leading was never kept).
    @inline(never)
    private func endContainerText(of frame: Frame) throws(CallbackError) -> String {
        var end = textCount
        while end > frame.textStart, NumberText.isSpace(text[end - 1]) { end -= 1 }
        let string = String(
            decoding: UnsafeRawBufferPointer(start: text + frame.textStart, count: end - frame.textStart),
            as: UTF8.self)
        textCount = frame.textStart
        try problem(.unexpectedContent, "a container node cannot hold text", text: string)
        return string
    }

    /// Keeps a container's collected text, before its next child, as a `#text` node.
    @inline(never)
    private func flushContainerText(of frame: Frame) throws(CallbackError) {
        let text = try endContainerText(of: frame)
        frame.model?.addUnknown(Node(name: "#text", text: text))
    }

    /// Text that arrives whole, as a `String` (the JSON reader's strings): a value
    /// node keeps it as is, so a `String` field takes it without a copy.
    func text(string: String) throws(CallbackError) {
        let top = frames[frames.count - 1]
        if top.kind == .value, textCount == top.textStart, pendingString == nil {
            if string.utf8.count > limits.maxTextBytes {
                throw limitExceeded(.textLength)
            }
            pendingString = string
            return
        }
        try withUTF8Bytes(of: string) { bytes throws(CallbackError) in try text(bytes) }
    }

    func endNode() throws(CallbackError) {
        // Both readers pair every end with a start, and stop at the first error.
        precondition(frames.count > 1, "endNode() without an open node")
        let frame = frames[frames.count - 1]
        let parent = frames[frames.count - 2]
        let nodeText = UnsafeRawBufferPointer(start: text + frame.textStart, count: textCount - frame.textStart)
        switch frame.kind {
        case .value:
            let string = pendingString
            pendingString = nil
            guard !nodeText.isEmpty || !(string?.isEmpty ?? true) else { break }  // empty is absent
            let failure =
                parent.withModel { model -> ValueProblem? in
                    do throws(ValueProblem) {
                        if let string {
                            try model.setValue(slot: frame.slot, string: string)
                        } else {
                            try model.setValue(slot: frame.slot, text: nodeText)
                        }
                        return nil
                    } catch {
                        return error
                    }
                } ?? nil
            if let failure, let expected = failure.expected {
                try invalidValue(expected, string: string, text: nodeText, parent: parent, slot: frame.slot)
            }
        case .container:
            if !nodeText.isEmpty, try keptWhole(frame, parent: parent) { break }
            frame.withModel { child in
                child.finish()
                guard !child.isEmpty else { return }  // empty is absent
                parent.withModel { $0.take(child, slot: frame.slot) }  // the root stays in `root`
            }
        case .generic:
            endGeneric(frame, parent: parent, text: nodeText)
        case .document:
            break
        }
        textCount = frame.textStart
        frames.removeLast()
    }

    // The rare paths of `endNode`, out of line so the common ones stay small.

    /// A value that does not parse: the field stays empty, the text is kept under the
    /// node's own name, and a problem is reported.
    @inline(never)
    private func invalidValue(
        _ expected: String, string: String?, text nodeText: UnsafeRawBufferPointer, parent: Frame, slot: Int
    ) throws(CallbackError) {
        let text = string ?? String(decoding: nodeText, as: UTF8.self)
        try problem(.invalidValue, "expected \(expected)", text: text)
        parent.model?.keep(text, slot: slot)
    }

    /// A typed container that ends with text. With no child it is kept as it came, a
    /// generic node with its text under its own name (`true`: nothing more to do);
    /// text beside children becomes a `#text` node and the container ends as usual.
    @inline(never)
    private func keptWhole(_ frame: Frame, parent: Frame) throws(CallbackError) -> Bool {
        if frame.withModel({ $0.isEmpty }) == true, let parentModel = parent.model {
            let text = try endContainerText(of: frame)
            parentModel.addUnknown(Node(name: parentModel.schema.wireNames[frame.slot], text: text))
            return true
        }
        try flushContainerText(of: frame)
        return false
    }

    /// A generic node ends: it joins its parent (a model's unknown nodes, another
    /// generic node, or the document), or becomes the value of its slot.
    @inline(never)
    private func endGeneric(_ frame: Frame, parent: Frame, text nodeText: UnsafeRawBufferPointer) {
        guard let builder = frame.generic else { return }
        builder.finish(text: nodeText)
        genericOwners.removeLast()
        if builder.isEmpty, !keepEmpty { return }
        if frame.slot >= 0, let model = parent.model, case let node = builder.node, node.children.isEmpty,
            let text = node.text
        {
            // A value node whose child elements were all empty (`<Region><X/>r</Region>`):
            // its text is the value (the problem was reported when the child came).
            do throws(ValueProblem) {
                try model.setValue(slot: frame.slot, string: text)
            } catch {
                if error.expected != nil { model.keep(text, slot: frame.slot) }
            }
            return
        }
        switch parent.kind {
        case .container: parent.model?.addUnknown(builder.node)
        case .generic: parent.generic?.add(builder.node)
        case .document: rootNode = builder.node
        case .value: break
        }
    }

    /// Attributes become `@name` child nodes, so a container or unknown node keeps
    /// them; a value node (`<JobId kind="x">j</JobId>`) has nowhere to put them.
    func attribute(_ name: NameBytes, _ value: UnsafeRawBufferPointer) throws(CallbackError) {
        if frames[frames.count - 1].kind == .value { return }
        try startNode(name)
        try text(value)
        try endNode()
    }

    /// Nodes started and not yet ended (to tell a truncated body from other errors).
    var openNodeCount: Int { frames.count - 1 }

    private func appendText(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
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

    // MARK: - Errors

    /// `Response.JobsDetail[0].Operation.JobLevel`: the path of the innermost open node.
    var path: String {
        var components: [String] = []
        for index in frames.indices.dropFirst() {
            let frame = frames[index]
            let parent = frames[index - 1]
            if let generic = frame.generic {
                components.append(generic.name)
            } else if parent.kind == .document {
                components.append("Response")
            } else if let model = parent.model {
                components.append(model.pathComponent(slot: frame.slot))
            }
        }
        return components.joined(separator: ".")
    }

    /// Reports a node that does not fit its field: thrown when strict, else listed
    /// (up to `limits.maxProblems`, then only counted).
    private func problem(_ kind: CallbackError.Kind, _ message: String, text: String? = nil) throws(CallbackError) {
        guard strict || problems.count < limits.maxProblems else {
            omittedProblemCount += 1
            return
        }
        var problem = CallbackError(kind: kind, message: message, path: path, text: text)
        if let (line, column) = positions?.currentPosition {
            problem.line = line
            problem.column = column
        }
        if strict { throw problem }
        problems.append(problem)
    }

    /// The error for a limit crossed at the current node. Out of line: the hot event
    /// methods stay small (the message's interpolation is only built here).
    @inline(never)
    private func limitExceeded(_ limit: CallbackError.Limit) -> CallbackError {
        let message =
            switch limit {
            case .nodeCount: "more than \(limits.maxNodeCount) nodes"
            case .depth: "nesting deeper than \(limits.maxDepth)"
            case .textLength: "a text node longer than \(limits.maxTextBytes) bytes"
            case .bodySize: "the body is larger than \(limits.maxBodyBytes) bytes"
            default: "over the \(limit) limit"
            }
        return CallbackError(kind: .limitExceeded(limit), message: message, path: path)
    }
}
