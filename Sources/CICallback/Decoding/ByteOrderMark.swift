/// The UTF-8 byte-order mark (`EF BB BF`) a body may start with (rule 1): skipped
/// before the first character is sniffed, and not content. libxml2 reads it itself.
enum ByteOrderMark {
    /// Whether `byte`, at `offset` from the start of the body, is the mark's byte
    /// there (so it continues a mark when the bytes before it did).
    @inline(__always)
    static func continues(_ byte: UInt8, at offset: Int) -> Bool {
        switch offset {
        case 0: byte == 0xEF
        case 1: byte == 0xBB
        case 2: byte == 0xBF
        default: false
        }
    }

    /// The length of a whole mark at the start of `bytes`: 3, or 0. Reads at most
    /// the first three bytes, each index checked against `bytes.count`.
    static func length(in bytes: UnsafeRawBufferPointer) -> Int {
        var matched = 0
        while matched < min(3, bytes.count), continues(bytes[matched], at: matched) { matched += 1 }
        return matched == 3 ? 3 : 0
    }
}
