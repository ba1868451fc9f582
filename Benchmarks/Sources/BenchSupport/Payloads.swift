import Foundation

/// One body's content, in its XML and/or JSON form.
public struct PayloadSpec: Sendable {
    /// A body from `Fixtures/` (seed) or from `Scripts/generate-payloads.py`.
    public enum Kind: Sendable { case seed, generated }

    /// The row label.
    public var name: String
    /// Where the body comes from.
    public var kind: Kind
    /// The XML form, if there is one.
    public var xmlPath: String?
    /// The JSON form, if there is one.
    public var jsonPath: String?
    /// Generated payloads: the counts the generator wrote.
    public var manifestPath: String?

    /// The form a row reads.
    public func path(for row: Row) -> String? { row.isJSON ? jsonPath : xmlPath }
}

/// `Fixtures/<type>/<stem>.xml|json`, paired by stem: `video-tag/job-api` has both forms.
public func discoverSeeds(fixtures: String) -> [PayloadSpec] {
    let manager = FileManager.default
    var specs: [String: PayloadSpec] = [:]
    let types = ((try? manager.contentsOfDirectory(atPath: fixtures)) ?? []).sorted()
    for type in types {
        let directory = fixtures + "/" + type
        for file in ((try? manager.contentsOfDirectory(atPath: directory)) ?? []).sorted() {
            let url = URL(fileURLWithPath: file)
            let ext = url.pathExtension
            guard ext == "xml" || ext == "json" else { continue }
            let name = type + "/" + url.deletingPathExtension().lastPathComponent
            var spec = specs[name] ?? PayloadSpec(name: name, kind: .seed)
            if ext == "xml" { spec.xmlPath = directory + "/" + file } else { spec.jsonPath = directory + "/" + file }
            specs[name] = spec
        }
    }
    return specs.values.sorted { $0.name < $1.name }
}

/// `videotag-<size>.xml|json|manifest.json` from `Scripts/generate-payloads.py`.
public func generatedPayloads(directory: String, sizes: [String]) -> [PayloadSpec] {
    sizes.compactMap { size in
        let stem = directory + "/videotag-" + size
        guard FileManager.default.fileExists(atPath: stem + ".xml") else { return nil }
        return PayloadSpec(
            name: "videotag-" + size, kind: .generated, xmlPath: stem + ".xml", jsonPath: stem + ".json",
            manifestPath: stem + ".manifest.json")
    }
}
