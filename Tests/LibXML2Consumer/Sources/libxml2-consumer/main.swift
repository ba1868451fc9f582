import CICallback
// Usage: libxml2-consumer <root of the ci-callback package>
// Parses a small document with its own libxml2 context, then decodes a fixture with
// CICallback. Exits 1 if anything is off.
import Foundation
import MyXML

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("libxml2-consumer: \(message)\n".utf8))
    exit(1)
}

guard CommandLine.arguments.count == 2 else { fail("usage: libxml2-consumer <package root>") }
let root = URL(fileURLWithPath: CommandLine.arguments[1], isDirectory: true)

// 1. A push parser context of our own, read through the struct fields that clash
//    when two modules disagree about libxml2's types.
let latin1Document = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>caf\u{E9}</r>".data(using: .isoLatin1)!)
guard let context = xmlCreatePushParserCtxt(nil, nil, nil, 0, nil) else {
    fail("xmlCreatePushParserCtxt returned NULL")
}
let parseResult = latin1Document.withUnsafeBytes { bytes in
    xmlParseChunk(context, bytes.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(bytes.count), 1)
}
let encoding = context.pointee.encoding.map { String(cString: $0) }
let encoder = context.pointee.input?.pointee.buf?.pointee.encoder.map { String(cString: $0.pointee.name) }
let wellFormed = context.pointee.wellFormed != 0
let rootName = xmlDocGetRootElement(context.pointee.myDoc).map { String(cString: $0.pointee.name) }
xmlFreeDoc(context.pointee.myDoc)
xmlFreeParserCtxt(context)
print(
    "own libxml2 context: parse \(parseResult), well-formed \(wellFormed), encoding \(encoding ?? "nil"), encoder \(encoder ?? "nil"), root <\(rootName ?? "nil")>, sizeof(xmlCharEncodingHandler) \(MemoryLayout<xmlCharEncodingHandler>.size)"
)
guard parseResult == 0, wellFormed, encoding == "ISO-8859-1", rootName == "r" else {
    fail("own libxml2 parse went wrong")
}

// 2. CICallback in the same process.
let fixture = root.appendingPathComponent("Fixtures/video-tag/job-api.xml")
let callback: Callback
do {
    callback = try CallbackDecoder().decode(Data(contentsOf: fixture))
} catch {
    fail("decoding \(fixture.path): \(error)")
}
guard let firstJobId = callback.jobsDetail.first?.jobId else { fail("\(fixture.path): no job, or a job without JobId") }
print("CICallback: \(callback.jobsDetail.count) job(s), first JobId \(firstJobId)")
