#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The bytes of one node name, borrowed from the reader for the length of a call.
///
/// The XML reader hands over libxml2's interned element names; the JSON reader the
/// UTF-8 of a key. Names are compared as bytes; a `String` is made only for names
/// the typed model does not know.
struct NameBytes {
    let start: UnsafePointer<UInt8>
    let count: Int

    init(start: UnsafePointer<UInt8>, count: Int) {
        self.start = start
        self.count = count
    }

    /// A name from a buffer; an empty buffer may have no address, so use a static empty one.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.start = bytes.baseAddress ?? NameBytes.empty
        self.count = bytes.count
    }

    private static var empty: UnsafePointer<UInt8> {
        UnsafeRawPointer(("" as StaticString).utf8Start).assumingMemoryBound(to: UInt8.self)
    }

    /// Compared in place, eight bytes at a time (the last eight overlapping), not with a
    /// call to `memcmp`: names are short, and the call cost more than the compare
    /// (callgrind: `memcmp` was 1.4% of a 1 MiB VideoTag decode).
    @inline(__always)
    func matches(_ name: StaticString) -> Bool {
        guard name.utf8CodeUnitCount == count else { return false }
        let expected = UnsafeRawPointer(name.utf8Start)
        let actual = UnsafeRawPointer(start)
        guard count >= 8 else {
            for index in 0..<count
            where expected.load(fromByteOffset: index, as: UInt8.self)
                != actual.load(fromByteOffset: index, as: UInt8.self)
            {
                return false
            }
            return true
        }
        var index = 0
        while index + 8 < count {
            if expected.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                != actual.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            {
                return false
            }
            index += 8
        }
        return expected.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            == actual.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }

    var string: String {
        String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }
}
