import CICallback
import Foundation

/// The text helpers the families share: numbers, sizes, spans, and the lines of a
/// media job's output.
extension Headline {
    /// `12`, `12.96`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.2f", value)
    }

    /// `0.59`, or `?`.
    static func score(_ value: Double?) -> String {
        value.map { String(format: "%.2f", $0) } ?? "?"
    }

    /// `0–11 s`.
    static func span(_ start: Double?, _ end: Double?) -> String {
        "\(start.map(number) ?? "?")–\(end.map(number) ?? "?") s"
    }

    /// `1.4 MB`, `870 B`.
    static func bytes(_ count: Int) -> String {
        switch count {
        case ..<1000: "\(count) B"
        case ..<1_000_000: String(format: "%.1f kB", Double(count) / 1e3)
        case ..<1_000_000_000: String(format: "%.1f MB", Double(count) / 1e6)
        default: String(format: "%.1f GB", Double(count) / 1e9)
        }
    }

    /// The lines of a media job: each object written (with its MD5), then what
    /// `MediaInfo` says of the media (duration, resolution, frame rate, size).
    static func media(_ job: JobsDetail) -> [String] {
        var lines: [String] = []
        if let file = job.operation?.mediaResult?.outputFile {
            lines += outputs(file.objectName, prefix: file.objectPrefix, bucket: file.bucket, md5: file.md5Info)
            if let sprites = file.spriteOutputFile {
                lines += outputs(
                    sprites.objectName, prefix: sprites.objectPrefix, bucket: sprites.bucket, md5: sprites.md5Info
                )
                .map { $0.replacingOccurrences(of: "output ", with: "sprite ") }
            }
        }
        if let info = job.operation?.mediaInfo, let line = mediaInfo(info) {
            lines.append(line)
        }
        return lines
    }

    private static func outputs(_ names: [String], prefix: String?, bucket: String?, md5: [MediaResult.Md5Info])
        -> [String]
    {
        names.prefix(8).map { name in
            let key = (prefix ?? "") + name
            let sum = md5.first { $0.objectName == key || $0.objectName == name }?.md5
            return "output   \(bucket.map { "\($0)/" } ?? "")\(key)\(sum.map { "  md5 \($0)" } ?? "")"
        } + (names.count > 8 ? ["output   … \(names.count - 8) more"] : [])
    }

    /// `media    mp4, 12.96 s, 540×960 hevc 50/1 fps, aac 44100 Hz, 1.4 MB`.
    static func mediaInfo(_ info: MediaInfo) -> String? {
        var parts: [String] = []
        if let format = info.format {
            if let name = format.formatName { parts.append(name) }
            if let duration = format.duration { parts.append("\(number(duration)) s") }
        }
        for video in info.stream?.video ?? [] {
            var text = "\(video.width.map(String.init) ?? "?")×\(video.height.map(String.init) ?? "?")"
            if let codec = video.codecName { text += " \(codec)" }
            if let fps = video.fps ?? video.avgFps { text += " \(fps.text) fps" }
            parts.append(text)
        }
        for audio in info.stream?.audio ?? [] {
            parts.append(
                [audio.codecName, audio.sampleRate.map { "\($0) Hz" }].compactMap { $0 }.joined(separator: " "))
        }
        if let size = info.format?.size { parts.append(bytes(size)) }
        parts.removeAll(where: \.isEmpty)
        return parts.isEmpty ? nil : "media    " + parts.joined(separator: ", ")
    }
}
