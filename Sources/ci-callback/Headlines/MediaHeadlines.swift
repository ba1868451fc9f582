import CICallback

/// The media job types: the objects written and their media, then what the request asked for.
enum MediaHeadlines {
    /// Each job type of the family, and the function that writes its lines.
    static let byTag: [JobTag: Headline.Lines] = [
        .voiceSeparate: voiceSeparate(of:),
        .transcode: transcode(of:),
        .snapshot: snapshot(of:),
        .animation: animation(of:),
        .concat: concat(of:),
        .smartCover: smartCover(of:),
        .segment: segment(of:),
        .videoMontage: videoMontage(of:),
        .videoProcess: videoProcess(of:),
        .sdrToHdr: sdrToHdr(of:),
        .superResolution: superResolution(of:),
        .digitalWatermark: digitalWatermark(of:),
        .extractDigitalWatermark: extractDigitalWatermark(of:),
        .noiseReduction: noiseReduction(of:),
        .streamExtract: streamExtract(of:),
        .mediaInfo: mediaInfo(of:),
        .splitVideoParts: splitVideoParts(of:),
        .generatePlayList: generatePlayList(of:),
        .videoEnhance: videoEnhance(of:),
        .fillConcat: fillConcat(of:),
        .videoSynthesis: videoSynthesis(of:),
        .segmentVideoBody: segmentVideoBody(of:),
        .watermark: watermarkJob(of:),
    ]

    private static func voiceSeparate(of job: JobsDetail) -> [String] {
        let lines = Headline.media(job)
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The output object(s) and media, then the digital watermark when one was embedded.
    private static func transcode(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        if let settings = job.operation?.transcode, let line = transcodeSettings(settings) {
            lines.append(line)
        }
        if let mark = job.operation?.digitalWatermark, let line = embeddedWatermark(mark) {
            lines.append(line)
        }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The images and sprite sheets written, then how many of each.
    private static func snapshot(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        if let file = job.operation?.mediaResult?.outputFile {
            let sprites = file.spriteOutputFile?.objectName.count ?? 0
            var text = "images   \(file.objectName.count) snapshot\(file.objectName.count == 1 ? "" : "s")"
            if sprites > 0 { text += ", \(sprites) sprite sheet\(sprites == 1 ? "" : "s")" }
            lines.append(text)
        }
        if let request = job.operation?.snapshot {
            var parts = [request.mode ?? "Interval"]
            if let start = request.start { parts.append("from \(Headline.number(start)) s") }
            if let interval = request.timeInterval { parts.append("every \(Headline.number(interval)) s") }
            if let count = request.count { parts.append("count \(count)") }
            lines.append("request  " + parts.joined(separator: ", "))
        }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The image written and its media (format, length, size, frame rate).
    private static func animation(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        if let request = job.operation?.animation {
            var settings = TranscodeRequest()
            settings.container = request.container
            settings.video = request.video
            if let line = transcodeSettings(settings) { lines.append(line) }
        }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The joined file and its media, then the fragments asked for.
    private static func concat(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        if let request = job.operation?.concatTemplate, !request.concatFragment.isEmpty {
            let names = request.concatFragment.prefix(4).map { fragment in
                (fragment.url.map { $0.split(separator: "/").last.map(String.init) ?? $0 } ?? "?")
                    + (fragment.mode.map { " (\($0))" } ?? "")
            }
            lines.append(
                "joined   \(request.concatFragment.count) fragment\(request.concatFragment.count == 1 ? "" : "s"): "
                    + names.joined(separator: ", ") + (request.concatFragment.count > 4 ? ", …" : ""))
        }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The covers written, then what was asked for.
    private static func smartCover(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        if let request = job.operation?.smartCover {
            var text = "covers   \(request.count.map(String.init) ?? "?") × \(request.format ?? "?")"
            if request.width != nil || request.height != nil {
                text += " \(request.width.map(String.init) ?? "?")×\(request.height.map(String.init) ?? "?")"
            }
            if request.deleteDuplicates == true { text += ", duplicates removed" }
            lines.append(text)
        }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The segments written, then their format and length.
    private static func segment(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        if let request = job.operation?.segment {
            let count = job.operation?.mediaResult?.outputFile?.objectName.count ?? 0
            var text = "segments \(count) × \(request.format ?? "?")"
            if let duration = request.duration { text += ", \(Headline.number(duration)) s each" }
            if request.hlsEncrypt?.isHlsEncrypt == true { text += ", HLS encrypted" }
            lines.append(text)
        }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The montage written and its media, then the length and scene asked for.
    private static func videoMontage(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        if let request = job.operation?.videoMontage {
            let parts = [request.duration.map { "\(Headline.number($0)) s" }, request.scene.map { "scene \($0)" }]
                .compactMap { $0 }
            if !parts.isEmpty { lines.append("montage  " + parts.joined(separator: ", ")) }
        }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The enhanced file and its media, the enhancements, an embedded digital watermark.
    private static func videoProcess(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        if let request = job.operation?.videoProcess {
            let parts = enhancements(request.colorEnhance, request.msSharpen)
            if !parts.isEmpty { lines.append("enhance  " + parts.joined(separator: ", ")) }
        }
        if let mark = job.operation?.digitalWatermark, let line = embeddedWatermark(mark) {
            lines.append(line)
        }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The HDR file and its media, then the HDR standard.
    private static func sdrToHdr(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        if let mode = job.operation?.sdrToHdr?.hdrMode { lines.append("hdr      \(mode)") }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The upscaled file and its media, the upscaling, an embedded digital watermark.
    private static func superResolution(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        if let request = job.operation?.superResolution, let resolution = request.resolution {
            lines.append("upscale  \(resolution)" + (request.enableScaleUp == true ? ", scaled up" : ""))
        }
        if let mark = job.operation?.digitalWatermark, let line = embeddedWatermark(mark) {
            lines.append(line)
        }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The embedded text, then the output object and its media.
    private static func digitalWatermark(of job: JobsDetail) -> [String] {
        var lines: [String] = []
        if let mark = job.operation?.digitalWatermark {
            lines.append(
                watermark("embedded", mark.message, type: mark.type, version: mark.version, state: mark.state))
        }
        lines += Headline.media(job)
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The text found, with the watermark's type and version.
    private static func extractDigitalWatermark(of job: JobsDetail) -> [String] {
        guard let mark = job.operation?.extractDigitalWatermark else { return ["no result"] }
        return [watermark("found", mark.message, type: mark.type, version: mark.version)]
    }

    /// The object written. The published callback has no `MediaResult`, only the
    /// `Output` the request named, so that is shown when `MediaResult` is absent.
    private static func noiseReduction(of job: JobsDetail) -> [String] {
        let lines = Headline.media(job)
        if !lines.isEmpty { return lines }
        if let output = job.operation?.output, let object = output.object {
            return ["output   \(output.bucket.map { "\($0)/" } ?? "")\(object)"]
        }
        return ["no output"]
    }

    /// The objects written, then each stream asked for, marking those that
    /// `MediaResult` does not list (the published body asks for 3 and lists 2).
    private static func streamExtract(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        let written = Set(job.operation?.mediaResult?.outputFile?.objectName ?? [])
        let streams = job.operation?.output?.streamExtract ?? []
        for stream in streams.prefix(8) {
            let object = stream.output ?? "?"
            let missing = !written.isEmpty && !written.contains(object) ? " (not in MediaResult)" : ""
            lines.append("stream   \(stream.index.map(String.init) ?? "?") → \(object)\(missing)")
        }
        if streams.count > 8 { lines.append("stream   … \(streams.count - 8) more") }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The format, duration, streams and size.
    private static func mediaInfo(of job: JobsDetail) -> [String] {
        let lines = Headline.media(job)
        return lines.isEmpty ? ["no media information"] : lines
    }

    /// The number of parts and the first ones' spans.
    private static func splitVideoParts(of job: JobsDetail) -> [String] {
        guard let parts = job.operation?.splitVideoInfoResult?.timeInfo, !parts.isEmpty else { return ["no parts"] }
        let mode = job.operation?.splitVideoParts?.mode.map { " (\($0))" } ?? ""
        var lines = ["parts    \(parts.count)\(mode)"]
        for part in parts.prefix(8) {
            lines.append(
                "part     \(part.index.map(String.init) ?? "?"): \(Headline.span(part.partBegin, part.partEnd))")
        }
        if parts.count > 8 { lines.append("part     … \(parts.count - 8) more") }
        return lines
    }

    /// The playlist written, the settings its segments will be transcoded with, then how
    /// many segments were transcoded ahead and whether they are encrypted.
    private static func generatePlayList(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        if lines.isEmpty, let output = job.operation?.output, let object = output.object {
            lines.append("output   \(output.bucket.map { "\($0)/" } ?? "")\(object)")
        }
        if let settings = job.operation?.transcode {
            if let line = transcodeSettings(settings) { lines.append(line) }
            if let config = settings.transConfig {
                var parts: [String] = []
                if let count = config.initialClipNum { parts.append("\(count) segment\(count == 1 ? "" : "s") ahead") }
                if config.hlsEncrypt?.isHlsEncrypt == true { parts.append("HLS encrypted") }
                if !parts.isEmpty { lines.append("playlist " + parts.joined(separator: ", ")) }
            }
        }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The enhanced file and its media, the enhancements, the output's settings, an
    /// embedded digital watermark.
    private static func videoEnhance(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        if let request = job.operation?.videoEnhance {
            var parts: [String] = []
            if let resolution = request.superResolution?.resolution { parts.append("upscale \(resolution)") }
            parts += enhancements(request.colorEnhance, request.msSharpen)
            if let mode = request.sdrToHdr?.hdrMode { parts.append("hdr \(mode)") }
            if request.frameEnhance?.frameDoubling == true { parts.append("frame doubling") }
            if !parts.isEmpty { lines.append("enhance  " + parts.joined(separator: ", ")) }
            if let settings = request.transcode, let line = transcodeSettings(settings) { lines.append(line) }
        }
        if let mark = job.operation?.digitalWatermark, let line = embeddedWatermark(mark) {
            lines.append(line)
        }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The joined file and its media, then the pieces: files and gaps.
    private static func fillConcat(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        if let request = job.operation?.fillConcat, !request.fillInput.isEmpty {
            let pieces = request.fillInput.prefix(6).map { piece in
                piece.url.map(fileName) ?? piece.fillTime.map { "gap \(Headline.number($0)) s" } ?? "?"
            }
            let count = request.fillInput.count
            lines.append(
                "joined   \(count) piece\(count == 1 ? "" : "s"): " + pieces.joined(separator: ", ")
                    + (count > 6 ? ", …" : ""))
        }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The composed file and its media, each input's place, then the output's settings.
    private static func videoSynthesis(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        if let request = job.operation?.videoSynthesis {
            for input in request.spliceInfo.prefix(6) {
                let size = "\(input.width.map(String.init) ?? "?")×\(input.height.map(String.init) ?? "?")"
                lines.append(
                    "input    \(input.url.map(fileName) ?? "?") at \(input.x ?? 0),\(input.y ?? 0) \(size)")
            }
            if request.spliceInfo.count > 6 { lines.append("input    … \(request.spliceInfo.count - 6) more") }
            if let keep = request.keepAudioTrack { lines.append("audio    " + (keep ? "kept" : "dropped")) }
        }
        if let settings = job.operation?.transcode, let line = transcodeSettings(settings) { lines.append(line) }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The cut-out written and its media, then the mode and what was cut out.
    private static func segmentVideoBody(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        if let request = job.operation?.segmentVideoBody {
            let parts = [request.mode ?? "Mask", request.segmentType ?? "HumanSeg"]
            lines.append("cut-out  " + parts.joined(separator: ", "))
        }
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The watermarked file and its media, then each watermark: its kind, text or image, place.
    private static func watermarkJob(of job: JobsDetail) -> [String] {
        var lines = Headline.media(job)
        let marks = job.operation?.watermark ?? []
        for mark in marks.prefix(4) {
            let what = mark.text?.text.map { "\"\($0)\"" } ?? mark.image?.url.map(fileName)
            let parts = [mark.type ?? "?", what, mark.pos].compactMap { $0 }
            lines.append("mark     " + parts.joined(separator: " "))
        }
        if marks.count > 4 { lines.append("mark     … \(marks.count - 4) more") }
        return lines.isEmpty ? ["no output"] : lines
    }

    // MARK: - Lines several media types share

    /// `colour (contrast 50, …)`, `sharpen level 5`: VideoProcess's and VideoEnhance's
    /// enhancements that are on.
    private static func enhancements(
        _ color: VideoProcessRequest.ColorEnhance?, _ sharpen: VideoProcessRequest.MsSharpen?
    ) -> [String] {
        var parts: [String] = []
        if let color, color.enable != false {
            let values = [
                color.contrast.map { "contrast \($0)" }, color.correction.map { "correction \($0)" },
                color.saturation.map { "saturation \($0)" },
            ].compactMap { $0 }
            parts.append("colour" + (values.isEmpty ? "" : " (\(values.joined(separator: ", ")))"))
        }
        if let sharpen, sharpen.enable != false {
            parts.append("sharpen" + (sharpen.sharpenLevel.map { " level \($0)" } ?? ""))
        }
        return parts
    }

    /// The last part of a URL or key: `https://…/input/car.mp4` is `car.mp4`.
    private static func fileName(_ url: String) -> String {
        url.split(separator: "/").last.map(String.init) ?? url
    }

    /// `settings mp4, H.264 1280×? 30 fps 1000 kbps, aac 44100 Hz`, from a request echo.
    private static func transcodeSettings(_ settings: TranscodeRequest) -> String? {
        var parts: [String] = []
        if let format = settings.container?.format { parts.append(format) }
        if let video = settings.video {
            var text = video.codec ?? "video"
            if video.width != nil || video.height != nil {
                text += " \(video.width.map(String.init) ?? "?")×\(video.height.map(String.init) ?? "?")"
            }
            if let fps = video.fps { text += " \(fps.text) fps" }
            if let bitrate = video.bitrate { text += " \(bitrate) kbps" }
            parts.append(video.remove == true ? "no video" : text)
        }
        if let audio = settings.audio {
            let text = [audio.codec ?? "audio", audio.sampleRate.map { "\($0) Hz" }].compactMap { $0 }.joined(
                separator: " ")
            parts.append(audio.remove == true ? "no audio" : text)
        }
        return parts.isEmpty ? nil : "settings " + parts.joined(separator: ", ")
    }

    /// `embedded "123456789ab" (Text V1 Failed)`: a digital watermark embedded on the way.
    private static func embeddedWatermark(_ mark: DigitalWatermark) -> String? {
        guard mark.message != nil || mark.state != nil else { return nil }
        let details = [mark.type, mark.version, mark.state?.rawValue].compactMap { $0 }.joined(separator: " ")
        return "embedded " + (mark.message.map { "\"\($0)\"" } ?? "?") + (details.isEmpty ? "" : " (\(details))")
    }

    /// `embedded "123456789ab" (Text V1)`, `found    no watermark`.
    private static func watermark(
        _ label: String, _ message: String?, type: String?, version: String?, state: JobState? = nil
    ) -> String {
        let details = [type, version, state.map { "state \($0.rawValue)" }].compactMap { $0 }.joined(separator: " ")
        let padded = label.count < 9 ? label + String(repeating: " ", count: 9 - label.count) : label + " "
        return padded + (message.map { "\"\($0)\"" } ?? "no watermark") + (details.isEmpty ? "" : " (\(details))")
    }
}
