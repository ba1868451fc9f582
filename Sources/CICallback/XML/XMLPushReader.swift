internal import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Feeds a body to libxml2's SAX2 push parser and forwards its events to a sink.
/// The only code in the library that touches libxml2.
///
/// Secure by construction: no entity callbacks are installed (so no entity can be
/// declared or loaded), a DOCTYPE stops the parse, `XML_PARSE_NONET` is set, and
/// `NOENT`, `DTDLOAD`, `HUGE` and `RECOVER` are never set. One parser context
/// per body; nothing global is touched except the one-time `xmlInitParser`.
final class XMLPushReader {
    /// libxml2 chunks are fed at most this large (older push parsers misbehave on huge chunks).
    static let chunkSize = 64 * 1024

    private let sink: TreeBuilder
    private var context: xmlParserCtxtPtr?
    /// The first error: ours (from the sink or a DTD) wins over libxml2's `XML_ERR_USER_STOP`.
    private var failure: CallbackError?
    /// `failure != nil`, as a flag the callbacks can test without copying the error.
    private var failed = false
    /// Bytes of a prefixed name (`ns:Name`), rebuilt per element; rare.
    private var qualifiedName: [UInt8] = []

    init(sink: TreeBuilder) {
        _ = libxml2Initialized
        self.sink = sink
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, localName, prefix, _, _, _, attributeCount, _, attributes in
            guard let context, let localName else { return }
            XMLPushReader.with(context) { $0.startElement(localName, prefix, Int(attributeCount), attributes) }
        }
        handler.endElementNs = { context, _, _, _ in
            guard let context else { return }
            XMLPushReader.with(context) { $0.endElement() }
        }
        handler.characters = { context, bytes, count in
            guard let context, let bytes else { return }
            XMLPushReader.with(context) { $0.characters(bytes, Int(count)) }
        }
        handler.cdataBlock = { context, bytes, count in
            guard let context, let bytes else { return }
            XMLPushReader.with(context) { $0.characters(bytes, Int(count)) }
        }
        handler.internalSubset = { context, _, _, _ in
            guard let context else { return }
            XMLPushReader.from(context).stop(
                CallbackError(
                    kind: .doctypeNotAllowed,
                    message: "a DOCTYPE is not allowed in a callback body (no DTDs, no entity declarations)"))
        }
        handler.serror = { context, error in
            guard let context, let error else { return }
            XMLPushReader.from(context).libxml2Error(error.pointee)
        }
        let userData = Unmanaged.passUnretained(self).toOpaque()
        context = xmlCreatePushParserCtxt(&handler, userData, nil, 0, nil)
        sink.positions = self
        // `xmlCtxtUseOptions` returns the options it did not apply; a parser that could
        // not take NONET is not used (every body then fails with `noContext`).
        if let context, xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue)) != 0 {
            xmlFreeParserCtxt(context)
            self.context = nil
        }
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
    }

    /// Whether the parser can read another body after this one (`restart()`): the
    /// body parsed without error, and the parser's name dictionary, which keeps the
    /// element names of every body it read, is still small (a stream of bodies with
    /// ever new names must not grow it without bound).
    var isReusable: Bool {
        guard !failed, let context, let dictionary = context.pointee.dict else { return false }
        return xmlDictSize(dictionary) <= Self.maxReusedNames
    }

    /// Past this many distinct names in its dictionary, a parser is freed rather than reused.
    static let maxReusedNames = 1024

    /// Makes the parser ready for a new body, as a new one would be: libxml2's
    /// `xmlCtxtResetPush` clears the context's input, stacks, state and errors and
    /// keeps its allocations, the SAX handler and the user data (this reader).
    /// Saves creating and freeing a context per body: about 6,000 instructions and
    /// 14 of libxml2's allocations per decode (callgrind, a 1 KB body). Only after
    /// a body for which `isReusable` was true; `false` when libxml2 refuses.
    func restart() -> Bool {
        guard let context else { return false }
        failure = nil
        failed = false
        sink.positions = self
        guard xmlCtxtResetPush(context, nil, 0, nil, nil) == 0 else { return false }
        // The reset leaves the charset at UTF-8, where a new context has none yet and
        // so detects it from the first bytes (a UTF-16 body with a byte-order mark
        // read "Document is empty" on a reused parser); compared field by field with
        // a new context (libxml2 2.9.14), this is the difference that matters.
        context.pointee.charset = Int32(XML_CHAR_ENCODING_NONE.rawValue)
        // The options are applied again: the reset is not documented to keep them.
        return xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue)) == 0
    }

    private static func from(_ pointer: UnsafeMutableRawPointer) -> XMLPushReader {
        Unmanaged<XMLPushReader>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// The reader behind libxml2's user-data pointer, without a retain and release
    /// per callback: the reader owns the parser, so it outlives every callback.
    /// (Why the underscored `_withUnsafeGuaranteedRef`: see `TreeBuilder.Frame.withModel`.)
    @inline(__always)
    private static func with(_ pointer: UnsafeMutableRawPointer, _ body: (XMLPushReader) -> Void) {
        Unmanaged<XMLPushReader>.fromOpaque(pointer)._withUnsafeGuaranteedRef(body)
    }

    /// Feeds bytes; may be called any number of times.
    func feed(_ bytes: UnsafeRawBufferPointer) throws(CallbackError) {
        guard let context else { throw Self.noContext }
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let count = min(Self.chunkSize, bytes.count - offset)
            let start = base.advanced(by: offset).assumingMemoryBound(to: CChar.self)
            let code = Self.quietly { xmlParseChunk(context, start, Int32(count), 0) }
            try check(code)
            offset += count
        }
    }

    /// Tells libxml2 the body is complete and reports any error it finds then.
    func finish() throws(CallbackError) {
        guard let context else { throw Self.noContext }
        let code = Self.quietly { xmlParseChunk(context, nil, 0, 1) }
        try check(code)
    }

    /// Runs a libxml2 call with its stderr-printing generic error function silenced
    /// on this thread (see CLibXML2.h); errors reach us through `serror`.
    @inline(__always)
    private static func quietly(_ call: () -> Int32) -> Int32 {
        let saved = cicallback_silence_generic_errors()
        defer { cicallback_restore_generic_errors(saved) }
        return call()
    }

    private func check(_ code: Int32) throws(CallbackError) {
        if let failure { throw failure }
        if code != 0 {
            // libxml2 reports through serror; this is for an error without one.
            let message =
                code == Int32(XML_ERR_INVALID_ENCODING.rawValue)
                ? "the body's bytes are not valid in its declared encoding"
                : "libxml2 error \(code)"
            throw CallbackError(kind: .syntax, message: message, format: .xml, line: line, column: column)
        }
    }

    private static let noContext = CallbackError(
        kind: .syntax, message: "libxml2 could not create a parser with the required options", format: .xml)

    // MARK: - Callbacks

    private var line: Int? {
        guard let context else { return nil }
        return Int(xmlSAX2GetLineNumber(context))
    }

    private var column: Int? {
        guard let context else { return nil }
        return Int(xmlSAX2GetColumnNumber(context))
    }

    /// 1-based line and column of the parser's current position.
    var currentPosition: (Int, Int)? {
        guard let line, let column else { return nil }
        return (line, column)
    }

    /// Records the first error with the current position and stops libxml2. Out of
    /// line: the event callbacks that call it on failure stay small.
    @inline(never)
    private func stop(_ error: CallbackError) {
        guard !failed else { return }
        var error = error
        error.format = .xml
        if error.line == nil {
            error.line = line
            error.column = column
        }
        failure = error
        failed = true
        if let context { xmlStopParser(context) }
    }

    private func startElement(
        _ localName: UnsafePointer<xmlChar>, _ prefix: UnsafePointer<xmlChar>?, _ attributeCount: Int,
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard !failed else { return }
        do {
            if let prefix {
                qualifiedName.removeAll(keepingCapacity: true)
                qualifiedName.append(contentsOf: UnsafeBufferPointer(start: prefix, count: strlen(prefix)))
                qualifiedName.append(UInt8(ascii: ":"))
                qualifiedName.append(contentsOf: UnsafeBufferPointer(start: localName, count: strlen(localName)))
                try startQualifiedName()
            } else {
                try sink.startNode(NameBytes(start: localName, count: strlen(localName)))
            }
            if attributeCount > 0, let attributes {
                try emitAttributes(attributes, attributeCount)
            }
        } catch {
            stop(error)
        }
    }

    private func startQualifiedName() throws(CallbackError) {
        try withBytes(of: qualifiedName) { raw throws(CallbackError) in
            try sink.startNode(NameBytes(raw.bindMemory(to: UInt8.self)))
        }
    }

    /// Attributes go to the sink as `@name`.
    /// libxml2 hands them as (localname, prefix, URI, value, end) tuples; the value is not NUL-terminated.
    private func emitAttributes(
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>, _ count: Int
    ) throws(CallbackError) {
        for index in 0..<count {
            let base = attributes + index * 5
            guard let name = base[0], let value = base[3], let end = base[4] else { continue }
            qualifiedName.removeAll(keepingCapacity: true)
            qualifiedName.append(UInt8(ascii: "@"))
            qualifiedName.append(contentsOf: UnsafeBufferPointer(start: name, count: strlen(name)))
            try withBytes(of: qualifiedName) { raw throws(CallbackError) in
                try sink.attribute(
                    NameBytes(raw.bindMemory(to: UInt8.self)), UnsafeRawBufferPointer(start: value, count: end - value))
            }
        }
    }

    private func endElement() {
        guard !failed else { return }
        do {
            try sink.endNode()
        } catch {
            stop(error)
        }
    }

    private func characters(_ bytes: UnsafePointer<xmlChar>, _ count: Int) {
        guard !failed else { return }
        do {
            try sink.text(UnsafeRawBufferPointer(start: bytes, count: count))
        } catch {
            stop(error)
        }
    }

    private func libxml2Error(_ error: xmlError) {
        guard !failed, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.message.map { String(cString: $0) } ?? "XML error \(error.code)"
        while message.last?.isNewline == true { message.removeLast() }
        // libxml2 appends the offending bytes on a second line; keep one line.
        message = message.split(separator: "\n").joined(separator: "; ")
        if error.code == Int32(XML_ERR_DOCUMENT_END.rawValue), sink.openNodeCount > 0 {
            // libxml2 says "Extra content at the end of the document" when the body
            // stops inside an element; say what happened.
            message = "the body ends inside an element (\(sink.openNodeCount) still open): truncated XML?"
        }
        let line = error.line > 0 ? Int(error.line) : self.line
        let column = error.int2 > 0 ? Int(error.int2) : self.column
        stop(CallbackError(kind: .syntax, message: message, line: line, column: column))
    }
}

/// `xmlInitParser` once per process, before the first parser is made (thread-safe
/// global initialisation); never `xmlCleanupParser` from a library.
private let libxml2Initialized: Void = xmlInitParser()
