import CICallback
import Foundation

/// The summary of a content-moderation callback: the kind and shape, the verdict,
/// what was judged, the job, and every piece that hit.
struct ModerationSummary {
    /// Hit pieces listed before the rest are counted only.
    static let maxHits = 20

    private(set) var lines: [String] = []

    init(_ moderation: Moderation, event: EventName?) {
        let shape = moderation.detail != nil ? "Detail" : "Simple"
        lines.append("\(event?.rawValue ?? "(no event)"): \(Self.kindName(moderation.kind)) moderation, \(shape) shape")
        if let detail = moderation.detail {
            add(detail, moderation: moderation)
        } else if let simple = moderation.simple {
            add(simple, moderation: moderation)
        }
    }

    // MARK: - Shapes

    private mutating func add(_ job: ModerationJob, moderation: Moderation) {
        row("Verdict", Self.verdict(moderation.result, label: job.label, score: job.score, subLabel: job.subLabel))
        row("Judged", moderation.target)
        if let content = job.content { row("Text", Self.excerpt(Self.decodedBase64(content) ?? content)) }
        row("Text", job.text.map { Self.excerpt($0) })
        row("AudioText", job.audioText.flatMap { Self.blank($0) ? nil : Self.excerpt($0) })
        row("Job", [job.jobId ?? "-", job.dataId.map { "(data id \($0))" }].compactMap { $0 }.joined(separator: " "))
        let failure = [job.code.map { "code \($0)" }, job.message.map { "message \($0)" }].compactMap { $0 }
        row(
            "State",
            [job.state?.rawValue ?? "-", failure.isEmpty ? nil : "(\(failure.joined(separator: ", ")))"]
                .compactMap { $0 }.joined(separator: " "))
        row("Created", job.creationTime?.text)
        var location = [
            [job.bucketId, job.region.map { "(\($0))" }].compactMap { $0 }.filter { !$0.isEmpty && $0 != "()" }
                .joined(separator: " ")
        ].filter { !$0.isEmpty }
        if let state = job.forbidState { location.append(Self.forbidden(state)) }
        if let headers = job.cosHeaders, !headers.entries.isEmpty {
            location.append(Self.count(headers.entries.count, "COS header"))
        }
        row("Bucket", location.joined(separator: ", "))
        row(
            "Counts",
            [
                job.snapshotCount.map { Self.count($0, "snapshot") },
                job.sectionCount.map { Self.count($0, "section") },
                job.pageCount.map { Self.count($0, "page") },
            ].compactMap { $0 }.joined(separator: ", "))
        if let user = job.userInfo {
            let parts: [(String, String?)] = [
                ("token", user.tokenId), ("nickname", user.nickname), ("device", user.deviceId), ("app", user.appId),
                ("room", user.room), ("IP", user.ip), ("type", user.type), ("to", user.receiveTokenId),
                ("gender", user.gender), ("level", user.level), ("role", user.role),
            ]
            row("User", parts.compactMap { key, value in value.map { "\(key) \($0)" } }.joined(separator: ", "))
        }
        for list in job.listInfo?.listResults ?? [] {
            let type =
                list.listType.map { $0 == 0 ? "allow list" : $0 == 1 ? "block list" : "list type \($0)" } ?? "list"
            row(
                "List",
                [type, list.listName, list.entity.map { "entity \($0)" }].compactMap { $0 }.joined(separator: " "))
        }
        addScenes(moderation.scenes)
        let live = moderation.kind == .liveVideo
        var hits: [String] = []
        for segment in job.snapshot where Self.isHit(segment) {
            hits.append("snapshot \(Self.time(segment.snapshotTime, live: live))" + Self.describe(segment, url: true))
        }
        for segment in job.audioSection where Self.isHit(segment) {
            hits.append("audio \(Self.span(segment, live: live))" + Self.describe(segment, url: true))
        }
        for segment in job.section where Self.isHit(segment) {
            let place = segment.startByte.map { "at char \($0)" } ?? Self.span(segment, live: false)
            hits.append("section \(place)" + Self.describe(segment, url: segment.startByte == nil))
        }
        for segment in job.pageSegment?.results ?? [] where Self.isHit(segment) {
            var place = "page \(segment.pageNumber.map(String.init) ?? "-")"
            if let sheet = segment.sheetNumber, sheet != 0 { place += " sheet \(sheet)" }
            hits.append(place + Self.describe(segment, url: false))
        }
        for segment in job.imageResults?.results ?? [] where Self.isHit(segment) {
            hits.append("image" + Self.describe(segment, url: true))
        }
        for segment in job.textResults?.results ?? [] where Self.isHit(segment) {
            hits.append("text" + Self.describe(segment, url: false))
        }
        for (index, hit) in hits.prefix(Self.maxHits).enumerated() { row(index == 0 ? "Hits" : "", hit) }
        if hits.count > Self.maxHits { row("", "… \(hits.count - Self.maxHits) more") }
        let pieces =
            job.snapshot.count + job.audioSection.count + job.section.count
            + (job.pageSegment?.results.count ?? 0) + (job.imageResults?.results.count ?? 0)
            + (job.textResults?.results.count ?? 0)
        if hits.isEmpty, pieces > 0 { row("Hits", "none (\(pieces) judged)") }
    }

    private mutating func add(_ body: ModerationSimpleBody, moderation: Moderation) {
        let data = body.data
        row("Verdict", Self.verdict(moderation.result, label: nil, score: nil, subLabel: nil))
        row("Judged", moderation.target)
        row(
            "Trace id",
            [data?.traceId ?? "-", data?.dataId.map { "(data id \($0))" }].compactMap { $0 }.joined(separator: " "))
        row(
            "Code",
            [body.code.map(String.init) ?? "-", body.message.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        )
        var status: [String] = []
        if let state = data?.forbiddenStatus { status.append(Self.forbidden(state)) }
        if let headers = data?.cosHeaders, !headers.entries.isEmpty {
            status.append(Self.count(headers.entries.count, "COS header"))
        }
        row("Object", status.joined(separator: ", "))
        addScenes(moderation.scenes)
    }

    private mutating func addScenes(_ scenes: [String: ModerationScene]) {
        for (index, name) in scenes.keys.sorted().enumerated() {
            row(index == 0 ? "Scenes" : "", name + " " + Self.describe(scenes[name]!))
        }
    }

    private mutating func row(_ label: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        lines.append("  " + label.padding(toLength: 10, withPad: " ", startingAt: 0) + "  " + value)
    }

    // MARK: - Pieces

    /// A piece that hit: a verdict other than normal, or a scene that hit.
    static func isHit(_ segment: ModerationJob.Segment) -> Bool {
        if let verdict = segment.verdict, verdict != 0 { return true }
        return segment.scenes.values.contains { ($0.hitFlag ?? 0) != 0 }
    }

    /// `  label Porn, Porn hit 1 score 98 [keywords], text "…", <url>`
    private static func describe(_ segment: ModerationJob.Segment, url: Bool) -> String {
        var parts: [String] = []
        if let verdict = segment.verdict { parts.append(verdictWord(verdict)) }
        if let label = segment.label, !label.isEmpty { parts.append("label \(label)") }
        if let sub = segment.subLabel, !sub.isEmpty { parts.append("sub-label \(sub)") }
        let scenes = segment.scenes
        for name in scenes.keys.sorted() where (scenes[name]!.hitFlag ?? 0) != 0 {
            parts.append(name + " " + describe(scenes[name]!))
        }
        if let text = segment.text, !blank(text) { parts.append("text \(quoted(excerpt(text)))") }
        if url, let link = segment.url, !link.isEmpty { parts.append(link) }
        return parts.isEmpty ? "" : "  " + parts.joined(separator: ", ")
    }

    /// `hit 1 score 98 count 3 label Porn [kw1, kw2] OCR "…" lib name`
    static func describe(_ scene: ModerationScene) -> String {
        var parts = ["hit \(scene.hitFlag.map(String.init) ?? "-")"]
        if let score = scene.score { parts.append("score \(score)") }
        if let count = scene.count { parts.append("count \(count)") }
        for (name, value) in [("label", scene.label), ("category", scene.category), ("sub-label", scene.subLabel)] {
            if let value, !value.isEmpty { parts.append("\(name) \(value)") }
        }
        var keywords = scene.keywordList
        for ocr in scene.ocrResults {
            keywords += ocr.keywords.filter { !$0.isEmpty }
            if let text = ocr.text, !blank(text) { parts.append("OCR \(quoted(excerpt(text, 40)))") }
        }
        for hit in scene.hitInfos { keywords += [hit.keyword].compactMap { $0 }.filter { !$0.isEmpty } }
        if !keywords.isEmpty { parts.append("[" + unique(keywords).joined(separator: ", ") + "]") }
        for lib in scene.libResults {
            let name = lib.libName ?? lib.imageId.map { "image \($0)" } ?? "library"
            parts.append("lib " + name + (lib.score.map { " \($0)" } ?? ""))
        }
        for object in scene.objectResults { if let name = object.name { parts.append("object \(name)") } }
        return parts.joined(separator: " ")
    }

    static func verdict(_ result: Int?, label: String?, score: Int?, subLabel: String?) -> String {
        var parts = [result.map(verdictWord) ?? "-"]
        if let label, !label.isEmpty { parts.append("label \(label)") }
        if let subLabel, !subLabel.isEmpty { parts.append("sub-label \(subLabel)") }
        if let score { parts.append("score \(score)") }
        return parts.joined(separator: ", ")
    }

    /// `0 normal`, `1 violating`, `2 suspicious`.
    static func verdictWord(_ value: Int) -> String {
        switch value {
        case 0: "0 normal"
        case 1: "1 violating"
        case 2: "2 suspicious"
        default: "\(value)"
        }
    }

    static func kindName(_ kind: ModerationKind) -> String {
        switch kind {
        case .liveVideo: "live-stream"
        case .webPage: "web-page"
        default: kind.rawValue
        }
    }

    private static func forbidden(_ state: Int) -> String {
        switch state {
        case 0: "not frozen"
        case 1: "frozen"
        case 2: "moved"
        default: "forbid state \(state)"
        }
    }

    /// Video offsets in seconds; live-stream times are Unix ms: a UTC time.
    private static func time(_ ms: Int?, live: Bool) -> String {
        guard let ms else { return "at -" }
        if live || ms > 100_000_000_000 {
            let date = Date(timeIntervalSince1970: Double(ms) / 1000)
            return "at " + ISO8601DateFormatter().string(from: date)
        }
        return "at \(seconds(ms)) s"
    }

    private static func span(_ segment: ModerationJob.Segment, live: Bool) -> String {
        var text = time(segment.offsetTime, live: live)
        if let duration = segment.duration { text += " for \(seconds(duration)) s" }
        return text
    }

    private static func seconds(_ ms: Int) -> String {
        if ms % 1000 == 0 { return String(ms / 1000) }
        var text = String(format: "%.3f", Double(ms) / 1000)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    static func excerpt(_ text: String, _ limit: Int = 60) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.count <= limit ? trimmed : String(trimmed.prefix(limit)) + "…"
    }

    private static func blank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }

    private static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }

    private static func quoted(_ text: String) -> String { "\"\(text)\"" }

    /// `Content` is the submitted text in Base64; the text when it decodes to UTF-8.
    private static func decodedBase64(_ text: String) -> String? {
        guard let data = Data(base64Encoded: text), let decoded = String(data: data, encoding: .utf8) else {
            return nil
        }
        return decoded
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
