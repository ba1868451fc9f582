import CICallback
import Foundation

/// The human-readable summary: one aligned block per job (or per workflow run).
struct Summary {
    private var lines: [String] = []

    init(_ callback: Callback) {
        let event = callback.eventName?.rawValue ?? "(no EventName)"
        switch callback.event {
        case .taskFinish(let jobs):
            lines.append("\(event): \(jobs.count) job\(jobs.count == 1 ? "" : "s")")
            for (index, job) in jobs.enumerated() { add(job, number: index + 1) }
        case .workflowFinish(let execution):
            lines.append("\(event): workflow run \(execution.runId ?? "-")")
            add(execution)
        case .other:
            lines.append("\(event): not a job or workflow callback; \(callback.unknownNodes.count) other node(s)")
            for (index, job) in callback.jobsDetail.enumerated() { add(job, number: index + 1) }
        }
        if !callback.unknownNodes.isEmpty {
            lines.append("  Other nodes  " + callback.unknownNodes.map(\.name).joined(separator: ", "))
        }
    }

    /// Every line escaped: values from the body cannot start a line of their own.
    var text: String { lines.map(CallbackError.escapingControlCharacters).joined(separator: "\n") + "\n" }

    private mutating func row(_ label: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        lines.append("  " + label.padding(toLength: 10, withPad: " ", startingAt: 0) + "  " + value)
    }

    private mutating func add(_ job: JobsDetail, number: Int) {
        lines.append("")
        let type = job.jobType.map { job.tag == nil ? "\($0.rawValue) (inferred)" : $0.rawValue } ?? "unknown type"
        lines.append("Job \(number)  \(type)  \(job.jobId ?? "-")")
        let detail = [job.code.map { "code \($0)" }, job.message.map { "message \($0)" }].compactMap { $0 }
        row("State", [job.state?.rawValue ?? "-", detail.isEmpty ? nil : "(\(detail.joined(separator: ", ")))"]
            .compactMap { $0 }.joined(separator: " "))
        if let input = job.input {
            var text = [input.bucketId ?? input.bucket, input.object].compactMap { $0 }.joined(separator: "/")
            if let region = input.region { text += " (\(region))" }
            if !input.cosHeaders.isEmpty { text += ", \(input.cosHeaders.count) COS headers" }
            row("Input", text)
        }
        row("Times", times(created: job.creationTime, started: job.startTime, ended: job.endTime))
        row("Queue", job.queueId)
        if let workflow = job.workflow {
            row("Workflow", "\(workflow.workflowName ?? "-") (\(workflow.workflowId ?? "-")), run \(workflow.runId ?? "-"), node \(workflow.name ?? "-")")
        }
        if let operation = job.operation {
            row("UserData", operation.userData)
            row("Template", [operation.templateName, operation.templateId.map { "(\($0))" }].compactMap { $0 }.joined(separator: " "))
        }
        for (index, line) in headline(job.result).enumerated() {
            row(index == 0 ? "Result" : "", line)
        }
    }

    private mutating func add(_ execution: WorkflowExecution) {
        row("Workflow", "\(execution.workflowName ?? "-") (\(execution.workflowId ?? "-"))")
        row("State", execution.state?.rawValue)
        row("Input", [execution.bucketId, execution.object].compactMap { $0 }.joined(separator: "/"))
        row("Created", execution.createTime?.text)
        for task in execution.tasks {
            var text = "\(task.type ?? "-") \(task.state?.rawValue ?? "-") \(task.jobId ?? "")"
            if let count = task.resultInfo?.objectCount { text += ", \(count) object(s)" }
            row("Task", text)
        }
    }

    private func times(created: Timestamp?, started: Timestamp?, ended: Timestamp?) -> String {
        var parts: [String] = []
        if let created { parts.append("created \(created.text)") }
        if let started, started != created { parts.append("started \(started.text)") }
        if let ended {
            var text = "ended \(ended.text)"
            if let begin = started ?? created {
                text += " (\(format(ended.date.timeIntervalSince(begin.date))) s)"
            }
            parts.append(text)
        }
        return parts.joined(separator: ", ")
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    private func score(_ value: Double?) -> String {
        value.map { String(format: "%.2f", $0) } ?? "?"
    }

    private func span(_ start: Double?, _ end: Double?) -> String {
        "\(start.map(format) ?? "?")–\(end.map(format) ?? "?") s"
    }

    private func headline(_ result: JobResult) -> [String] {
        switch result {
        case .videoTag(let result):
            guard let data = result?.streamData?.data else { return ["no tags"] }
            var lines: [String] = []
            let top = data.tags.sorted { ($0.confidence ?? 0) > ($1.confidence ?? 0) }.prefix(5)
            if !top.isEmpty {
                lines.append("tags     " + top.map { "\($0.tag ?? "?") \(score($0.confidence))" }.joined(separator: ", "))
            }
            for place in data.placeTags {
                let best = place.tags.max { ($0.confidence ?? 0) < ($1.confidence ?? 0) }
                lines.append("place    \(best?.tag ?? "?") \(score(best?.confidence)) (\(span(place.startTime, place.endTime)), \(place.clipFrameResult.count) frames)")
            }
            for action in data.actionTags {
                let names = action.tags.map { "\($0.tag ?? "?") \(score($0.confidence))" }
                lines.append("action   \(names.isEmpty ? "none" : names.joined(separator: ", ")) (\(span(action.startTime, action.endTime)))")
            }
            for objects in data.objectTags {
                let names = objects.objects.map { "\($0.name ?? "?") \(score($0.confidence))" }
                lines.append("objects  \(names.joined(separator: ", ")) at \(objects.timeStamp.map(format) ?? "?") s")
            }
            for person in data.personTags {
                lines.append("person   \(person.name ?? "?") \(score(person.confidence))")
            }
            return lines.isEmpty ? ["no tags"] : lines
        case .voiceSeparate(let result):
            var lines: [String] = []
            if let file = result.mediaResult?.outputFile {
                for name in file.objectName {
                    let md5 = file.md5Info.first { $0.objectName == name }?.md5
                    lines.append("output   \(file.bucket.map { "\($0)/" } ?? "")\(name)\(md5.map { "  md5 \($0)" } ?? "")")
                }
            }
            if let info = result.mediaInfo {
                let format = info.format
                let streams = info.stream.map { "\($0.audio.count) audio, \($0.video.count) video stream(s)" }
                lines.append("input    " + [format?.formatName, format?.duration.map { "\(self.format($0)) s" }, streams]
                    .compactMap { $0 }.joined(separator: ", "))
            }
            return lines.isEmpty ? ["no output"] : lines
        case .picProcess(let result):
            guard let result else { return ["no output"] }
            var lines: [String] = []
            if let image = result.originalInfo?.imageInfo {
                lines.append("original   \(image.format ?? "?") \(image.width.map(String.init) ?? "?")×\(image.height.map(String.init) ?? "?") quality \(image.quality.map(String.init) ?? "?")")
            }
            if let processed = result.processResult {
                lines.append("processed  \(processed.format ?? "?") \(processed.width.map(String.init) ?? "?")×\(processed.height.map(String.init) ?? "?") quality \(processed.quality.map(String.init) ?? "?"), \(processed.size.map(String.init) ?? "?") bytes")
            }
            if let name = result.objectName { lines.append("object     \(name)") }
            return lines
        case .wordsGeneralize(let result):
            guard let result else { return ["no result"] }
            var lines = ["tokens   " + result.tokens.map { "\($0.word ?? "?")/\($0.pos ?? "?")" }.joined(separator: " ")]
            if !result.labels.isEmpty {
                lines.append("labels   " + result.labels.map { "\($0.word ?? "?") (\($0.category ?? "?"))" }.joined(separator: ", "))
            }
            return lines
        case .other(let tag, let operation):
            let names = operation.unknownNodes.map(\.name)
            return ["\(tag ?? "unknown job type"): " + (names.isEmpty ? "no result nodes" : names.joined(separator: ", "))]
        }
    }
}
