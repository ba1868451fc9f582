import CICallback

/// A job's result in a few lines, as the summary prints them: the output objects of
/// a media job, the tags of a VideoTag job, the start of a SpeechRecognition
/// transcript, ….
///
/// One table from job type to the function that writes its lines, filled by family
/// (`MediaHeadlines`, `AIHeadlines`, `FileHeadlines`). A job type without an entry,
/// one the library does not model included, gets the generic lines: its media
/// output when it has some, else the names of the nodes in its `Operation`.
enum Headline {
    /// Writes the lines of one job type's result.
    typealias Lines = @Sendable (JobsDetail) -> [String]

    /// Every job type with lines of its own; a tag in two families stops the tool.
    static let byTag: [JobTag: Lines] = Dictionary(
        uniqueKeysWithValues: [MediaHeadlines.byTag, AIHeadlines.byTag, FileHeadlines.byTag].joined().map {
            ($0.key, $0.value)
        })

    /// The lines of `job`'s result.
    static func lines(of job: JobsDetail) -> [String] {
        if job.isVirusDetection { return FileHeadlines.virusDetection(of: job) }
        if let type = job.jobType, let lines = byTag[type] {
            return lines(job)
        }
        let lines = media(job)
        if !lines.isEmpty { return lines }
        let names = (job.operation?.jobTypeNodeNames ?? []) + (job.operation?.unknownNodes.map(\.name) ?? [])
        return [
            "\(job.jobType?.rawValue ?? "unknown job type"): "
                + (names.isEmpty ? "no result nodes" : names.joined(separator: ", "))
        ]
    }
}
