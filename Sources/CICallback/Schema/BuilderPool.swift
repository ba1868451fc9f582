#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps one typed builder tree per thread between decodes, so a small body does
/// not pay for allocating a builder and its storage per model type every time.
///
/// A tree goes back only after a successful decode, when every builder's storage
/// holds a fresh value again (each value was moved out when its node ended); after
/// a failure it is dropped. While a decode uses a tree, no thread-local slot holds
/// it, so trees are never shared, whichever threads an incremental decode runs on.
enum BuilderPool {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        #if canImport(Darwin)
            pthread_key_create(&key) { Unmanaged<ModelBuilder>.fromOpaque($0).release() }
        #else
            pthread_key_create(&key) { pointer in
                guard let pointer else { return }
                Unmanaged<ModelBuilder>.fromOpaque(pointer).release()
            }
        #endif
        return key
    }()

    /// A ready root builder for this schema: this thread's cached one, or a new one.
    static func take(schema: Schema) -> ModelBuilder {
        if let pointer = pthread_getspecific(key) {
            pthread_setspecific(key, nil)
            let builder = Unmanaged<ModelBuilder>.fromOpaque(pointer).takeRetainedValue()
            if builder.schema === schema {
                builder.begin()
                return builder
            }
        }
        return ModelBuilder(schema: schema)
    }

    /// Hands a root builder back after a successful decode (its value taken).
    static func give(_ builder: ModelBuilder) {
        guard pthread_getspecific(key) == nil else { return }
        pthread_setspecific(key, Unmanaged.passRetained(builder).toOpaque())
    }
}
