import CICallback

/// The image, document and file job types: sizes, pages, hashes, archives.
enum FileHeadlines {
    /// Each job type of the family, and the function that writes its lines.
    static let byTag: [JobTag: Headline.Lines] = [
        .picProcess: picProcess(of:),
        .imageInspect: imageInspect(of:),
        .docProcess: docProcess(of:),
        .docWatermark: docWatermark(of:),
        .docAigcMetadata: docAigcMetadata(of:),
        .fileHashCode: fileHashCode(of:),
        .fileCompress: fileCompress(of:),
        .fileUncompress: fileUncompress(of:),
        .posterProduction: posterProduction(of:),
    ]

    /// The original and the processed image: format, size, quality.
    private static func picProcess(of job: JobsDetail) -> [String] {
        guard let result = job.operation?.picProcessResult else { return ["no output"] }
        func size(_ width: Int?, _ height: Int?) -> String {
            "\(width.map(String.init) ?? "?")×\(height.map(String.init) ?? "?")"
        }
        var lines: [String] = []
        if let image = result.originalInfo?.imageInfo {
            lines.append(
                "original   \(image.format ?? "?") \(size(image.width, image.height)) quality \(image.quality.map(String.init) ?? "?")"
            )
        }
        if let processed = result.processResult {
            lines.append(
                "processed  \(processed.format ?? "?") \(size(processed.width, processed.height)) "
                    + "quality \(processed.quality.map(String.init) ?? "?"), \(processed.size.map(String.init) ?? "?") bytes"
            )
        }
        if let name = result.objectName { lines.append("object     \(name)") }
        if let aigc = result.processResult?.aigcMetadata, let label = aigc.label ?? aigc.contentProducer {
            lines.append("aigc       \(label)")
        }
        return lines
    }

    /// The poster template, the values put in it, and the image written.
    private static func posterProduction(of job: JobsDetail) -> [String] {
        var lines: [String] = []
        if let request = job.operation?.posterProduction {
            if let template = request.templateId { lines.append("template \(template)") }
            let entries = (request.info?.entries ?? [:]).sorted { $0.key < $1.key }
            if !entries.isEmpty {
                let shown = entries.prefix(4).map { entry in
                    "\(entry.key)=\(entry.value.count > 30 ? entry.value.prefix(30) + "…" : entry.value)"
                }
                lines.append("info     " + shown.joined(separator: ", ") + (entries.count > 4 ? ", …" : ""))
            }
        }
        if let output = job.operation?.output, let object = output.object {
            lines.append("output   \(output.bucket.map { "\($0)/" } ?? "")\(object)")
        }
        lines += Headline.media(job)
        return lines.isEmpty ? ["no poster"] : lines
    }

    /// The verdict: suspicious or not, what is hidden and where; then the automatic action.
    private static func imageInspect(of job: JobsDetail) -> [String] {
        guard let result = job.operation?.imageInspectResult else { return ["no result"] }
        var lines: [String] = []
        let image = result.inputObjectName.map { "\($0)" } ?? "image"
        if let process = result.processResult {
            let kind = [process.picType, process.picSize.map(Headline.bytes)].compactMap { $0 }.joined(separator: ", ")
            let described = kind.isEmpty ? image : "\(image) (\(kind))"
            if process.suspicious == true {
                var text = "verdict  suspicious: \(process.suspiciousType ?? "unknown data") in \(described)"
                if let begin = process.suspiciousBeginByte, let end = process.suspiciousEndByte {
                    text += ", bytes \(begin)–\(end)"
                }
                lines.append(text)
            } else {
                lines.append("verdict  not suspicious: \(described)")
            }
            if let auto = process.autoProcessResult, auto.code != nil || auto.message != nil {
                let parts = auto.code == auto.message ? [auto.code] : [auto.code, auto.message]
                lines.append("action   \(parts.compactMap { $0 }.joined(separator: ": "))")
            }
        } else if let state = result.state {
            lines.append("state    \(state.rawValue)\(result.message.map { ": \($0)" } ?? "")")
        }
        return lines.isEmpty ? ["no result"] : lines
    }

    /// The page counts, then each object written (the first eight).
    private static func docProcess(of job: JobsDetail) -> [String] {
        guard let result = job.operation?.docProcessResult else { return ["no pages"] }
        var counts =
            "pages    \(result.succPageCount.map(String.init) ?? "?") of \(result.totalPageCount.map(String.init) ?? "?") converted"
        if let failed = result.failPageCount, failed > 0 { counts += ", \(failed) failed" }
        if let sheets = result.totalSheetCount, sheets > 0 { counts += ", \(sheets) sheet\(sheets == 1 ? "" : "s")" }
        if let type = result.tgtType { counts += " to \(type)" }
        var lines = [counts]
        let bucket = job.operation?.output?.bucket.map { "\($0)/" } ?? ""
        for page in result.pageInfo.prefix(8) {
            lines.append("output   \(bucket)\(page.tgtUri ?? "?")\(page.pageNo.map { "  page \($0)" } ?? "")")
        }
        if result.pageInfo.count > 8 { lines.append("output   … \(result.pageInfo.count - 8) more") }
        return lines
    }

    /// The watermarked document: where it went, its pages and size; then the watermark.
    private static func docWatermark(of job: JobsDetail) -> [String] {
        var lines: [String] = []
        if let object = job.operation?.output?.object {
            lines.append("output   \(job.operation?.output?.bucket.map { "\($0)/" } ?? "")\(object)")
        }
        if let result = job.operation?.docWatermarkResult {
            lines.append(
                "result   \(result.totalPageCount.map { "\($0) pages" } ?? "? pages"), \(result.size.map(Headline.bytes) ?? "? bytes")"
            )
        }
        if let watermark = job.operation?.docWatermark {
            let what = watermark.image.map { "image \($0)" } ?? watermark.type.map { "type \($0)" }
            if let what { lines.append("mark     \(what)\(watermark.batch == 1 ? ", tiled" : "")") }
        }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The labelled document, then the labels written into it.
    private static func docAigcMetadata(of job: JobsDetail) -> [String] {
        var lines: [String] = []
        if let object = job.operation?.output?.object {
            lines.append("output   \(job.operation?.output?.bucket.map { "\($0)/" } ?? "")\(object)")
        }
        if let metadata = job.operation?.docAigcMetadata?.aigcMetadata {
            let labels = [
                metadata.label.map { "label \($0)" },
                metadata.contentProducer.map { "producer \($0)" },
                metadata.produceId.map { "id \($0)" },
                metadata.contentPropagator.map { "propagator \($0)" },
            ].compactMap { $0 }
            if !labels.isEmpty { lines.append("aigc     " + labels.joined(separator: ", ")) }
        }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// A virus detection (no `Tag`): the verdict, then each infected file and its virus.
    static func virusDetection(of job: JobsDetail) -> [String] {
        let found = job.detectDetail?.result ?? []
        var verdict = "verdict  \(job.suggestion ?? "none")"
        switch job.suggestion {
        case "block": verdict += ": virus found"
        case "normal", "nomal": verdict += ": no virus"
        default: break
        }
        if !found.isEmpty { verdict += " (\(found.count) file\(found.count == 1 ? "" : "s"))" }
        var lines = [verdict]
        for file in found.prefix(8) {
            lines.append("virus    \(file.virusName ?? "?") in \(file.fileName ?? "?")")
        }
        if found.count > 8 { lines.append("virus    … \(found.count - 8) more") }
        return lines
    }

    /// The hash (whichever was computed), then the object's size.
    private static func fileHashCode(of job: JobsDetail) -> [String] {
        guard let result = job.operation?.fileHashCodeResult else { return ["no hash"] }
        var lines: [String] = []
        if let md5 = result.md5 { lines.append("md5      \(md5)") }
        if let sha1 = result.sha1 { lines.append("sha1     \(sha1)") }
        if let sha256 = result.sha256 { lines.append("sha256   \(sha256)") }
        if let size = result.fileSize { lines.append("size     \(Headline.bytes(size)) (\(size) bytes)") }
        return lines.isEmpty ? ["no hash"] : lines
    }

    /// The archive, the number of files in it, and the files that could not be packed.
    private static func fileCompress(of job: JobsDetail) -> [String] {
        guard let result = job.operation?.fileCompressResult else { return ["no archive"] }
        var lines: [String] = []
        let bucket = (result.bucket ?? job.operation?.output?.bucket).map { "\($0)/" } ?? ""
        if let object = result.object ?? job.operation?.output?.object {
            lines.append("archive  \(bucket)\(object)")
        }
        let errors = result.errorCount ?? result.errorDetail?.errorCount
        if result.compressFileCount != nil || errors != nil {
            lines.append(
                "files    \(result.compressFileCount.map(String.init) ?? "?") packed"
                    + (errors.map { ", \($0) failed" } ?? ""))
        }
        let failed = result.errorDetail?.errorFile ?? []
        lines += failed.prefix(5).map { "failed   \($0)" }
        if failed.count > 5 { lines.append("failed   … \(failed.count - 5) more") }
        return lines.isEmpty ? ["no archive"] : lines
    }

    /// How many files went where, then the first eight with their sizes.
    private static func fileUncompress(of job: JobsDetail) -> [String] {
        guard let result = job.operation?.fileUncompressResult else { return ["no files"] }
        let bucket = result.bucket ?? job.operation?.output?.bucket
        let region = result.region ?? job.operation?.output?.region
        var lines = [
            "files    \(result.fileCount.map(String.init) ?? "?") extracted"
                + (bucket.map { " to \($0)" } ?? "") + (region.map { " (\($0))" } ?? "")
        ]
        let files = result.fileList?.contents ?? []
        for file in files.prefix(8) {
            lines.append("file     \(file.key ?? "?")\(file.fileSize.map { "  \(Headline.bytes($0))" } ?? "")")
        }
        if files.count > 8 { lines.append("file     … \(files.count - 8) more") }
        if result.fileList?.isTruncated == true { lines.append("file     (list truncated)") }
        return lines
    }
}
