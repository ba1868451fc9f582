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

/// The one stream both readers produce: XML elements and JSON keys alike become
/// `start`, `text`…, `end`. A JSON array under a key becomes that key repeated, so
/// shape is normalized once, by the consumer (`TreeBuilder`), not per reader.
protocol NodeEventSink: AnyObject {
    func startNode(_ name: NameBytes) throws(CallbackError)
    /// Text of the innermost open node; may arrive in several pieces.
    func text(_ bytes: UnsafeRawBufferPointer) throws(CallbackError)
    /// Text that arrives whole, as a `String` (JSON): a value node keeps it without a copy.
    func text(string: String) throws(CallbackError)
    func endNode() throws(CallbackError)
    /// An XML attribute of the innermost open node, its name already prefixed with `@`.
    func attribute(_ name: NameBytes, _ value: UnsafeRawBufferPointer) throws(CallbackError)
    /// Nodes started and not yet ended (to tell a truncated body from other errors).
    var openNodeCount: Int { get }
}

/// A reader that knows where it is in the body, so a problem found by the sink can
/// say where (XML: libxml2's line and column; JSON has none once parsed).
protocol NodePositionSource: AnyObject {
    /// 1-based line and column of the reader's current position.
    var currentPosition: (Int, Int)? { get }
}
