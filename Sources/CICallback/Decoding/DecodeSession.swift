#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The machinery of one decode: the tree builder (with its buffers and its tree of
/// model builders) and, for XML, the libxml2 reader and its parser context.
///
/// Each thread keeps one session between decodes, so a small body does not pay for
/// allocating all of it every time. A session goes back only after a successful
/// decode whose value was taken, when every model builder's storage holds a fresh
/// value again (each value was moved out when its node ended) and the XML parser
/// read its body without error; after a failure it is dropped. While a decode uses a
/// session, no thread-local slot holds it, so sessions are never shared, whichever
/// threads an incremental decode runs on.
final class DecodeSession {
    let builder: TreeBuilder
    private var reader: XMLPushReader?
    /// Whether `reader` read a body since it was made (so it needs a restart).
    private var readerUsed = false

    private init(rootSchema: Schema?, limits: Limits, strict: Bool) {
        builder = TreeBuilder(rootSchema: rootSchema, limits: limits, strict: strict)
    }

    /// A session ready for a new body: this thread's kept one, or a new one.
    static func take(rootSchema: Schema?, limits: Limits, strict: Bool) -> DecodeSession {
        if let pointer = pthread_getspecific(key) {
            pthread_setspecific(key, nil)
            let session = Unmanaged<DecodeSession>.fromOpaque(pointer).takeRetainedValue()
            session.builder.reset(rootSchema: rootSchema, limits: limits, strict: strict)
            return session
        }
        return DecodeSession(rootSchema: rootSchema, limits: limits, strict: strict)
    }

    /// The XML reader, ready for a new body.
    func xmlReader() -> XMLPushReader {
        if let reader, readerUsed {
            if reader.restart() { return reader }
            self.reader = nil  // libxml2 refused the reset: a new parser below
        }
        readerUsed = true
        if let reader { return reader }
        let made = XMLPushReader(sink: builder)
        reader = made
        return made
    }

    /// Hands the session back to this thread after a successful decode (its value
    /// taken); a parser that may not read another body is freed first.
    func recycle() {
        if let reader, readerUsed, !reader.isReusable {
            self.reader = nil
            readerUsed = false
        }
        guard pthread_getspecific(Self.key) == nil else { return }
        pthread_setspecific(Self.key, Unmanaged.passRetained(self).toOpaque())
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        #if canImport(Darwin)
            pthread_key_create(&key) { Unmanaged<DecodeSession>.fromOpaque($0).release() }
        #else
            pthread_key_create(&key) { pointer in
                guard let pointer else { return }
                Unmanaged<DecodeSession>.fromOpaque(pointer).release()
            }
        #endif
        return key
    }()
}
