import CICallback

/// The AI job types: tags, transcripts, songs, scores, translations and speech.
enum AIHeadlines {
    /// Each job type of the family, and the function that writes its lines.
    static let byTag: [JobTag: Headline.Lines] = [
        .videoTag: videoTag(of:),
        .wordsGeneralize: wordsGeneralize(of:),
        .speechRecognition: speechRecognition(of:),
        .soundHound: soundHound(of:),
        .vocalScore: vocalScore(of:),
        .qualityEstimate: qualityEstimate(of:),
        .tts: tts(of:),
        .translation: translation(of:),
        .videoTargetRec: videoTargetRec(of:),
        .imageOCR: imageOCR(of:),
        .dna: dna(of:),
    ]

    /// The top tags, then each place, action, object and person with its time.
    private static func videoTag(of job: JobsDetail) -> [String] {
        guard let data = job.operation?.videoTagResult?.streamData?.data else { return ["no tags"] }
        var lines: [String] = []
        let top = data.tags.sorted { ($0.confidence ?? 0) > ($1.confidence ?? 0) }.prefix(5)
        if !top.isEmpty {
            lines.append(
                "tags     " + top.map { "\($0.tag ?? "?") \(Headline.score($0.confidence))" }.joined(separator: ", "))
        }
        for place in data.placeTags {
            let best = place.tags.max { ($0.confidence ?? 0) < ($1.confidence ?? 0) }
            lines.append(
                "place    \(best?.tag ?? "?") \(Headline.score(best?.confidence)) "
                    + "(\(Headline.span(place.startTime, place.endTime)), \(place.clipFrameResult.count) frames)")
        }
        for action in data.actionTags {
            let names = action.tags.map { "\($0.tag ?? "?") \(Headline.score($0.confidence))" }
            lines.append(
                "action   \(names.isEmpty ? "none" : names.joined(separator: ", ")) (\(Headline.span(action.startTime, action.endTime)))"
            )
        }
        for objects in data.objectTags {
            let names = objects.objects.map { "\($0.name ?? "?") \(Headline.score($0.confidence))" }
            lines.append(
                "objects  \(names.joined(separator: ", ")) at \(objects.timestamp.map(Headline.number) ?? "?") s")
        }
        for person in data.personTags {
            lines.append("person   \(person.name ?? "?") \(Headline.score(person.confidence))")
        }
        return lines.isEmpty ? ["no tags"] : lines
    }

    /// The tokens with their parts of speech, then the labelled entities.
    private static func wordsGeneralize(of job: JobsDetail) -> [String] {
        guard let result = job.operation?.wordsGeneralizeResult else { return ["no result"] }
        var lines = ["tokens   " + result.tokens.map { "\($0.word ?? "?")/\($0.pos ?? "?")" }.joined(separator: " ")]
        if !result.labels.isEmpty {
            lines.append(
                "labels   " + result.labels.map { "\($0.word ?? "?") (\($0.category ?? "?"))" }.joined(separator: ", "))
        }
        return lines
    }

    /// The start of the transcript, the audio's length and the objects written.
    private static func speechRecognition(of job: JobsDetail) -> [String] {
        guard let result = job.operation?.speechRecognitionResult else { return ["no transcript"] }
        var lines: [String] = []
        if let text = result.transcript, !text.isEmpty {
            lines.append("text     " + transcriptStart(text, characters: 40))
        }
        var facts: [String] = []
        if let seconds = result.audioTime { facts.append("\(Headline.number(seconds)) s of audio") }
        if !result.resultDetail.isEmpty {
            facts.append("\(result.resultDetail.count) sentence\(result.resultDetail.count == 1 ? "" : "s")")
        }
        if !result.flashResult.isEmpty {
            facts.append("\(result.flashResult.count) channel\(result.flashResult.count == 1 ? "" : "s")")
        }
        if !facts.isEmpty { lines.append("audio    " + facts.joined(separator: ", ")) }
        // The object names start with `/` (`/example.txt`): the key is the rest.
        for name in [result.objectName, result.detailObjectName].compactMap({ $0 }) {
            let key = name.hasPrefix("/") ? String(name.dropFirst()) : name
            lines.append("output   \(job.operation?.output?.bucket.map { "\($0)/" } ?? "")\(key)")
        }
        return lines.isEmpty ? ["no transcript"] : lines
    }

    /// Each song found: name, singer and how well it matched.
    private static func soundHound(of job: JobsDetail) -> [String] {
        let songs = job.operation?.soundHoundResult?.songList ?? []
        guard !songs.isEmpty else { return ["no song found"] }
        return songs.prefix(5).map { song in
            "song     \(song.songName ?? "?") — \(song.singerName ?? "?")\(song.inlier.map { " (\(Headline.score($0)))" } ?? "")"
        } + (songs.count > 5 ? ["song     … \(songs.count - 5) more"] : [])
    }

    /// The pitch and rhythm totals, with the number of sentences scored.
    private static func vocalScore(of job: JobsDetail) -> [String] {
        guard let result = job.operation?.vocalScoreResult else { return ["no score"] }
        func line(_ label: String, _ score: VocalScoreResult.Score?) -> String? {
            guard let score else { return nil }
            let count = score.sentenceScores.count
            return label + (score.totalScore.map(Headline.number) ?? "?")
                + (count == 0 ? "" : " (\(count) sentence\(count == 1 ? "" : "s"))")
        }
        let lines = [line("pitch    ", result.pitchScore), line("rhythm   ", result.rhythemScore)].compactMap { $0 }
        return lines.isEmpty ? ["no score"] : lines
    }

    /// The score out of 10, the `vqaPlus` findings, then the video's media information.
    private static func qualityEstimate(of job: JobsDetail) -> [String] {
        var lines: [String] = []
        if let estimate = job.operation?.qualityEstimate {
            lines.append("score    \(Headline.score(estimate.score)) / 10")
            if let plus = estimate.vqaPlusResult {
                let missing = [plus.noAudio == true ? "no audio" : nil, plus.noVideo == true ? "no video" : nil]
                    .compactMap { $0 }
                if !missing.isEmpty { lines.append("streams  " + missing.joined(separator: ", ")) }
                for detail in plus.detailedResult.prefix(8) {
                    let spans = detail.items.prefix(3).map { Headline.span($0.startTimeOffset, $0.endTimeOffset) }
                    let more = detail.items.count > 3 ? ", …" : ""
                    lines.append(
                        "issue    \(detail.type ?? "?") ×\(detail.items.count)"
                            + (spans.isEmpty ? "" : " (\(spans.joined(separator: ", "))\(more))"))
                }
            }
        }
        lines += Headline.media(job)
        return lines.isEmpty ? ["no score"] : lines
    }

    /// The start of the text, the voice, then the audio object written.
    private static func tts(of job: JobsDetail) -> [String] {
        var lines: [String] = []
        if let config = job.operation?.ttsConfig, let input = config.input {
            if config.inputType?.lowercased() == "url" {
                lines.append("url      " + input)
            } else {
                lines.append("text     " + (input.count > 60 ? String(input.prefix(60)) + "…" : input))
            }
        }
        if let voice = job.operation?.ttsTpl {
            let parts = [
                voice.voiceType, voice.codec, voice.mode,
                voice.speed.map { "speed \($0)" }, voice.volume.map { "volume \($0)" },
            ].compactMap { $0 }
            if !parts.isEmpty { lines.append("voice    " + parts.joined(separator: ", ")) }
        }
        lines += Headline.media(job)
        return lines.isEmpty ? ["no output"] : lines
    }

    /// The languages and file types, the object written, and the start of the text
    /// when the body carries it.
    private static func translation(of job: JobsDetail) -> [String] {
        var lines: [String] = []
        let target = job.operation?.translation
        if job.input?.lang != nil || target?.lang != nil {
            lines.append("language \(job.input?.lang ?? "?") → \(target?.lang ?? "?")")
        }
        if job.input?.type != nil || target?.type != nil {
            let basic = job.input?.basicType.map { " (BasicType \($0))" } ?? ""
            lines.append("format   \(job.input?.type ?? "?")\(basic) → \(target?.type ?? "?")")
        }
        if let output = job.operation?.output, let object = output.object {
            lines.append("output   \(output.bucket.map { "\($0)/" } ?? "")\(object)")
        }
        if let text = job.operation?.aiTranslateResult?.result {
            lines.append("result   " + (text.count > 60 ? String(text.prefix(60)) + "…" : text))
        }
        return lines.isEmpty ? ["no result"] : lines
    }

    /// One line per kind of target: how many frames, and the first finds with their
    /// score and time.
    private static func videoTargetRec(of job: JobsDetail) -> [String] {
        var lines: [String] = []
        if let result = job.operation?.videoTargetRecResult {
            let kinds:
                [(
                    String, [VideoTargetRecResult.Frame],
                    KeyPath<VideoTargetRecResult.Frame, [VideoTargetRecResult.Target]>
                )] = [
                    ("body     ", result.bodyRecognition, \.bodyInfo),
                    ("pet      ", result.petRecognition, \.petInfo),
                    ("car      ", result.carRecognition, \.carInfo),
                    ("face     ", result.faceRecognition, \.faceInfo),
                    ("plate    ", result.licenseRecognitionResult, \.plateInfo),
                ]
            for (label, frames, targets) in kinds where !frames.isEmpty {
                let finds = frames.flatMap { frame in
                    frame[keyPath: targets].map { target in
                        "\(target.name ?? "?") \(target.score.map(String.init) ?? "?") at \(frame.time.map(Headline.number) ?? "?") s"
                    }
                }
                let shown = finds.prefix(3).joined(separator: ", ") + (finds.count > 3 ? ", …" : "")
                lines.append(
                    label + "\(frames.count) frame\(frames.count == 1 ? "" : "s")" + (shown.isEmpty ? "" : ": " + shown)
                )
            }
            if let sensitive = result.sensitive { lines.append("sensitive \(sensitive)") }
        }
        lines += Headline.media(job)
        return lines.isEmpty ? ["no targets"] : lines
    }

    /// How many lines of text, the language and angle, then the first lines with
    /// their confidence; or the state and message of a failed recognition.
    private static func imageOCR(of job: JobsDetail) -> [String] {
        guard let result = job.operation?.detection else { return ["no text"] }
        var lines: [String] = []
        if result.state == .failed || (result.textDetections.isEmpty && result.message != nil) {
            lines.append("state    \(result.state?.rawValue ?? "?")\(result.message.map { ": \($0)" } ?? "")")
        }
        let count = result.textDetections.count
        var summary = "text     \(count) line\(count == 1 ? "" : "s")"
        if let language = result.language { summary += ", \(language)" }
        if let angle = result.angel { summary += ", angle \(Headline.number(angle))°" }
        if let pages = result.pdfPageSize, pages > 0 { summary += ", \(pages) PDF page\(pages == 1 ? "" : "s")" }
        lines.append(summary)
        for line in result.textDetections.prefix(3) {
            let text = transcriptStart(line.detectedText ?? "?", characters: 50)
            lines.append("line     \(text)\(line.confidence.map { " (\($0))" } ?? "")")
        }
        if count > 3 { lines.append("line     … \(count - 3) more") }
        return lines
    }

    /// The video and its library, then the most similar video and where they match.
    private static func dna(of job: JobsDetail) -> [String] {
        var lines: [String] = []
        if let config = job.operation?.dnaConfig {
            let parts = [config.ruleType, config.dnaDbId.map { "library \($0)" }].compactMap { $0 }
            if !parts.isEmpty { lines.append("rule     " + parts.joined(separator: ", ")) }
        }
        if let result = job.operation?.dnaResult {
            if result.videoId != nil || result.duration != nil {
                lines.append(
                    "video    \(result.videoId ?? "?")\(result.duration.map { ", duration \($0)" } ?? "")")
            }
            if let similar = result.detection {
                var text = "similar  \(similar.videoId ?? "?") \(similar.similar.map(String.init) ?? "?")"
                if let matched = similar.similarDuration {
                    text += ", \(matched) of \(similar.duration.map(String.init) ?? "?") matching"
                }
                if let audio = similar.audio?.similar { text += ", audio \(audio)" }
                lines.append(text)
                for match in similar.matchDetail.prefix(3) {
                    func span(_ start: Int?, _ end: Int?) -> String {
                        "\(start.map(String.init) ?? "?")–\(end.map(String.init) ?? "?")"
                    }
                    lines.append(
                        "match    \(span(match.matchStartTime, match.matchEndTime)) ↔ "
                            + span(match.srcStartTime, match.srcEndTime))
                }
                if similar.matchDetail.count > 3 { lines.append("match    … \(similar.matchDetail.count - 3) more") }
            }
        }
        return lines.isEmpty ? ["no result"] : lines
    }
}

/// The first `characters` characters of `text` on one line, with `…` when cut.
private func transcriptStart(_ text: String, characters: Int) -> String {
    let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return line.count > characters ? String(line.prefix(characters)) + "…" : line
}
