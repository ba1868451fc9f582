import CICallback
import Foundation

/// The human-readable summary: one aligned block per job (or per workflow run).
struct Summary {
    private var lines: [String] = []

    init(_ callback: Callback) {
        let event = callback.eventName?.rawValue ?? "(no EventName)"
        let jobs = callback.jobsDetail
        if let moderation = callback.moderation {
            lines = ModerationSummary(moderation, event: callback.eventName).lines
        } else if let execution = callback.workflowExecution {
            lines.append("\(event): workflow run \(execution.runId ?? "-")")
            add(execution)
        } else if !jobs.isEmpty, jobs.allSatisfy(\.isVirusDetection) {
            // No Tag, no Operation, no EventName: a virus-detection (云查毒) body.
            lines.append("\(event): virus detection, \(jobs.count) job\(jobs.count == 1 ? "" : "s")")
        } else if !jobs.isEmpty || callback.eventName == .taskFinish {
            lines.append("\(event): \(jobs.count) job\(jobs.count == 1 ? "" : "s")")
        } else {
            lines.append("\(event): not a job or workflow callback; \(callback.unknownNodes.count) other node(s)")
        }
        if let requestId = callback.requestId { lines.append("  RequestId  \(requestId)") }
        for (index, job) in jobs.enumerated() { add(job, number: index + 1) }
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
        let type =
            job.isVirusDetection
            ? "virus detection"
            : job.jobType.map { job.tag == nil ? "\($0.rawValue) (inferred)" : $0.rawValue } ?? "unknown type"
        lines.append("Job \(number)  \(type)  \(job.jobId ?? "-")")
        let detail = [job.code.map { "code \($0)" }, job.message.map { "message \($0)" }].compactMap { $0 }
        row(
            "State",
            [job.state?.rawValue ?? "-", detail.isEmpty ? nil : "(\(detail.joined(separator: ", ")))"]
                .compactMap { $0 }.joined(separator: " "))
        if let input = job.input {
            var text = [input.bucketId ?? input.bucket, input.object].compactMap { $0 }.joined(separator: "/")
            if let region = input.region { text += " (\(region))" }
            if !input.cosHeaders.isEmpty { text += ", \(input.cosHeaders.count) COS headers" }
            row("Input", text)
        }
        row("Checked", job.object ?? job.url)
        row("Times", times(created: job.creationTime, started: job.startTime, ended: job.endTime))
        row("Queue", job.queueId)
        if let workflow = job.workflow {
            row(
                "Workflow",
                "\(workflow.workflowName ?? "-") (\(workflow.workflowId ?? "-")), run \(workflow.runId ?? "-"), node \(workflow.name ?? "-")"
            )
        }
        if let operation = job.operation {
            row("UserData", operation.userData)
            row(
                "Template",
                [operation.templateName, operation.templateId.map { "(\($0))" }].compactMap { $0 }.joined(
                    separator: " "))
        }
        for (index, line) in Headline.lines(of: job).enumerated() {
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
                text += " (\(seconds(ended.date.timeIntervalSince(begin.date))) s)"
            }
            parts.append(text)
        }
        return parts.joined(separator: ", ")
    }
}

private func seconds(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
}
