import Foundation
import XCTest

@testable import CICallback
@testable import ci_callback

/// One test (or a few) per rule of `decoding-rules.md`, named after the rule.
final class DecodingRulesTests: XCTestCase {
    private let minimalXML =
        "<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId></JobsDetail></Response>"
    private let minimalJSON = #"{"EventName": "TaskFinish", "JobsDetail": {"JobId": "j1"}}"#

    // MARK: Rule 1: format

    func testRule1ContentTypeDecidesIgnoringParameters() throws {
        XCTAssertEqual(try decode(minimalXML, contentType: "application/xml; charset=utf-8").job?.jobId, "j1")
        XCTAssertEqual(try decode(minimalXML, contentType: "Text/XML").job?.jobId, "j1")
        XCTAssertEqual(try decode(minimalJSON, contentType: "application/json;charset=UTF-8").job?.jobId, "j1")
        // The content type wins over the body: JSON declared as XML is an XML syntax error.
        let error = assertDecodeError(minimalJSON, kind: .syntax, contentType: "application/xml")
        XCTAssertEqual(error?.format, .xml)
        XCTAssertEqual(error?.line, 1)
    }

    /// Content types and versions lose the whitespace at their ends that Foundation's
    /// `trimmingCharacters(in: .whitespaces)` trims, though the library reads them
    /// without Foundation: every scalar of the Basic Multilingual Plane (where all
    /// whitespace is) and every 97th beyond, alone and around text.
    func testRule1HeaderValuesAreTrimmedAsFoundationTrims() {
        let values = Array(UInt32(0)...0xFFFF) + Array(stride(from: UInt32(0x10000), through: 0x10FFFF, by: 97))
        for scalar in values.compactMap(Unicode.Scalar.init) {
            var text = ""
            text.unicodeScalars.append(scalar)
            for sample in [text, " \(text)x\(text)\t", "\(text)\u{301}", "\(text)\(text)"] {
                XCTAssertEqual(
                    sample.trimmingWhitespace(), sample.trimmingCharacters(in: .whitespaces),
                    "U+\(String(scalar.value, radix: 16, uppercase: true))")
            }
        }
        XCTAssertEqual(BodyFormat(contentType: "\u{3000}Application/JSON\t; charset=utf-8"), .json)
    }

    func testRule1SniffsFirstNonWhitespaceByteAfterBOM() throws {
        XCTAssertEqual(try decode("\u{FEFF}  \n" + minimalXML).job?.jobId, "j1")
        XCTAssertEqual(try decode("\u{FEFF}\n\t" + minimalJSON).job?.jobId, "j1")
        // A content type that names neither format: sniffed.
        XCTAssertEqual(try decode(minimalJSON, contentType: "text/plain").job?.jobId, "j1")
    }

    /// The mark is recognised however the bytes arrive: one at a time, or cut short.
    func testRule1ByteOrderMarkAcrossChunksAndBeforeANonObject() throws {
        let body = Array("\u{FEFF}\n".utf8) + Array(minimalJSON.utf8)
        let decoder = CallbackDecoder().makeIncrementalDecoder()
        for byte in body { try decoder.feed([byte]) }
        XCTAssertEqual(try decoder.finish().job?.jobId, "j1")
        let onlyMark = CallbackDecoder().makeIncrementalDecoder()
        try onlyMark.feed([0xEF, 0xBB])
        try onlyMark.feed([0xBF, 0x20])
        XCTAssertThrowsError(try onlyMark.finish()) { XCTAssertEqual(($0 as? CallbackError)?.kind, .emptyBody) }
        // Not an object: the error points at the first character after the mark.
        XCTAssertEqual(
            assertDecodeError("\u{FEFF}\n [1]", kind: .invalidRoot, contentType: "application/json")?.position, "2:2")
    }

    func testRule1OtherFirstByteOrEmptyBodyIsAClearError() {
        let other = assertDecodeError("  EventName=TaskFinish", kind: .unknownFormat)
        XCTAssertEqual(other?.position, "1:3")
        XCTAssertEqual(other?.text, "EventName=TaskFi")
        assertDecodeError("", kind: .emptyBody)
        assertDecodeError(" \n\t", kind: .emptyBody)
        assertDecodeError("\u{FEFF}", kind: .emptyBody)
        // The same when a content type names the format.
        assertDecodeError("", kind: .emptyBody, contentType: "application/xml")
        assertDecodeError("\u{FEFF} \n", kind: .emptyBody, contentType: "text/xml")
        assertDecodeError(" \n", kind: .emptyBody, contentType: "application/json")
    }

    // MARK: Rule 2: envelope

    func testRule2JSONBareAndWrappedResponseDecodeTheSame() throws {
        let wrapped = try decode(#"{"Response": "# + minimalJSON + "}")
        XCTAssertEqual(wrapped, try decode(minimalJSON))
        XCTAssertEqual(wrapped, try decode(minimalXML))
    }

    func testRule2XMLRootMustBeResponse() {
        let error = assertDecodeError("<Request><EventName>TaskFinish</EventName></Request>", kind: .invalidRoot)
        XCTAssertTrue(error?.message.contains("Request") ?? false)
        XCTAssertEqual(error?.position, "1:9")
        let array = assertDecodeError("\n  [1, 2]", kind: .invalidRoot, contentType: "application/json")
        XCTAssertEqual(array?.position, "2:3")
    }

    // MARK: Rule 3: event

    func testRule3OtherEventNamesDecodeAndStayVisible() throws {
        let callback = try decode(
            "<Response><EventName>AuditFinish</EventName><AuditResult><Score>3</Score></AuditResult></Response>")
        XCTAssertEqual(callback.eventName, "AuditFinish")
        XCTAssertNotEqual(callback.eventName, .taskFinish)
        XCTAssertEqual(callback.unknownNodes, [Node(name: "AuditResult", children: [Node(name: "Score", text: "3")])])
    }

    func testRule3WorkflowFinishIsModelled() throws {
        let callback = try CallbackDecoder().decode(Fixtures.data("workflow-finish/from-schema.xml"))
        XCTAssertEqual(callback.eventName, .workflowFinish)
        let execution = try XCTUnwrap(callback.workflowExecution)
        XCTAssertEqual(execution.runId, "i70ae991a152911ecb184525400863904")
        XCTAssertEqual(execution.tasks.count, 2)
    }

    // MARK: Rule 4: repeated nodes are arrays

    func testRule4RepeatedNodeIsAnArrayHoweverItArrives() throws {
        let once = try decode(
            "<Response><JobsDetail><Input><CosHeaders><Key>a</Key><Value>1</Value></CosHeaders></Input></JobsDetail></Response>"
        )
        let objectForm = try decode(#"{"JobsDetail": {"Input": {"CosHeaders": {"Key": "a", "Value": "1"}}}}"#)
        let arrayForm = try decode(#"{"JobsDetail": [{"Input": {"CosHeaders": [{"Key": "a", "Value": "1"}]}}]}"#)
        XCTAssertEqual(once.job?.input?.cosHeaders.count, 1)
        XCTAssertEqual(once, objectForm)
        XCTAssertEqual(once, arrayForm)
        // A repeated string value given as one JSON string.
        let single = try decode(
            #"{"JobsDetail": {"Operation": {"MediaResult": {"OutputFile": {"ObjectName": "a.mp3"}}}}}"#)
        XCTAssertEqual(single.job?.operation?.mediaResult?.outputFile?.objectName, ["a.mp3"])
    }

    func testRule4SeedShapes() throws {
        // 004's JSON JobsDetail is one object, 000's an array.
        XCTAssertEqual(try CallbackDecoder().decode(Fixtures.data("video-tag/job-api-en.json")).jobsDetail.count, 1)
        let data = try XCTUnwrap(
            CallbackDecoder().decode(Fixtures.data("video-tag/job-api.json")).job?.operation?.videoTagResult?
                .streamData?
                .data)
        XCTAssertEqual(data.actionTags[0].tags.count, 1)  // one JSON object
        XCTAssertEqual(data.placeTags[0].tags.count, 2)  // a JSON array
        XCTAssertEqual(data.objectTags.count, 1)
        XCTAssertEqual(data.objectTags[0].objects.count, 1)
        XCTAssertEqual(data.objectTags[0].objects[0].boundingBoxes.count, 1)
    }

    // MARK: Rule 5: empty means absent

    func testRule5EmptyElementsAreAbsent() throws {
        let callback = try decode(
            "<Response><JobsDetail><Message/><JobId>j</JobId><Input></Input><VideoTag/>"
                + "<Operation><MediaResult><OutputFile><ObjectPrefix/><ObjectName/></OutputFile></MediaResult></Operation>"
                + "</JobsDetail></Response>")
        let job = try XCTUnwrap(callback.job)
        XCTAssertNil(job.message)
        XCTAssertNil(job.input)
        XCTAssertEqual(job.unknownNodes, [])  // <VideoTag/> is not kept either
        XCTAssertNil(job.operation)  // nothing in it but empty nodes
    }

    func testRule5JSONNullEmptyStringAndEmptyContainersAreAbsent() throws {
        let callback = try decode(
            #"{"JobsDetail": {"JobId": "j", "Message": "", "Code": null, "Input": {}, "Workflow": [], "Extra": null}}"#)
        let job = try XCTUnwrap(callback.job)
        XCTAssertNil(job.message)
        XCTAssertNil(job.code)
        XCTAssertNil(job.input)
        XCTAssertNil(job.workflow)
        XCTAssertEqual(job.unknownNodes, [])
        XCTAssertEqual(callback, try decode("<Response><JobsDetail><JobId>j</JobId></JobsDetail></Response>"))
    }

    func testRule5EmptyRepeatedEntryIsNoEntry() throws {
        let data = try CallbackDecoder().decode(Fixtures.data("video-tag/job-api.xml")).job?.operation?.videoTagResult?
            .streamData?.data
        XCTAssertEqual(data?.actionTags[1].tags, [])  // <Tags/>
        XCTAssertEqual(data?.personTags, [])  // <PersonTags/>
    }

    // MARK: Rule 6: XML and JSON decode equal (all pairs: FixtureTests.testXMLAndJSONFormsDecodeEqual)

    func testRule6WordsGeneralizeJSONDiffersOnlyInWhatItLacks() throws {
        let xml = try CallbackDecoder().decode(Fixtures.data("words-generalize/job-api.xml"))
        var json = try CallbackDecoder().decode(Fixtures.data("words-generalize/job-api-repaired.json"))
        XCTAssertNil(json.jobsDetail[0].tag)
        XCTAssertNil(json.jobsDetail[0].operation?.userData)
        json.jobsDetail[0].tag = .wordsGeneralize
        json.jobsDetail[0].operation?.userData = "This is my WordsGeneralize job."
        XCTAssertEqual(xml, json)
    }

    /// With problems too: `==` compares them by kind, path and text, in any order, not
    /// by position or wording, which differ between the two forms of one callback.
    func testRule6HoldsForBodiesWithProblems() throws {
        let pairs: [(xml: String, json: String)] = [
            (
                "<Response><JobsDetail><Operation><JobLevel>high</JobLevel></Operation></JobsDetail></Response>",
                #"{"JobsDetail": {"Operation": {"JobLevel": "high"}}}"#
            ),
            (
                "<Response><JobsDetail><JobId>j1</JobId>\n<Input> input/demo.mp4 </Input></JobsDetail></Response>",
                #"{"JobsDetail": {"JobId": "j1", "Input": "input/demo.mp4"}}"#
            ),
            (
                "<Response><JobsDetail><JobId><x>1</x></JobId></JobsDetail></Response>",
                #"{"JobsDetail": {"JobId": {"x": "1"}}}"#
            ),
            (
                // Two problems: XML lists them in body order, JSON by path.
                "<Response><JobsDetail><Progress>most</Progress><Input>x</Input></JobsDetail></Response>",
                #"{"JobsDetail": {"Input": "x", "Progress": "most"}}"#
            ),
        ]
        for (xml, json) in pairs {
            let fromXML = try decode(xml)
            let fromJSON = try decode(json)
            XCTAssertFalse(fromXML.problems.isEmpty, xml)
            XCTAssertNotEqual(fromXML.problems, fromJSON.problems, "the problems differ as errors (format, position)")
            XCTAssertEqual(fromXML, fromJSON, xml)
            XCTAssertEqual(fromXML.hashValue, fromJSON.hashValue, xml)
            XCTAssertEqual(fromXML.canonicalJSON(), fromJSON.canonicalJSON(), xml)
        }
        // Problems are content: another path, text or kind makes callbacks unequal.
        let base = try decode(pairs[0].json)
        for other in [
            #"{"JobsDetail": {"Operation": {"JobLevel": "low"}}}"#,
            #"{"JobsDetail": {"Operation": {"Progress": "high"}}}"#,
        ] {
            var changed = try decode(other)
            changed.jobsDetail = base.jobsDetail
            XCTAssertNotEqual(changed, base, other)
        }
        var kind = base
        kind.problems[0].kind = .repeatedNode
        XCTAssertNotEqual(kind, base)
        var moved = base
        moved.problems[0].line = 9
        XCTAssertEqual(moved, base)
    }

    // MARK: Rule 7: numbers, flags and strings

    func testRule7NumbersFromTextJSONStringsAndJSONNumbers() throws {
        let xml = try decode(
            "<Response><JobsDetail><Operation><JobLevel> 2\n</JobLevel></Operation></JobsDetail></Response>")
        let jsonNumber = try decode(#"{"JobsDetail": {"Operation": {"JobLevel": 2}}}"#)
        let jsonString = try decode(#"{"JobsDetail": {"Operation": {"JobLevel": "2"}}}"#)
        XCTAssertEqual(xml.job?.operation?.jobLevel, 2)
        XCTAssertEqual(xml, jsonNumber)
        XCTAssertEqual(xml, jsonString)
        let media = try decode(
            #"{"JobsDetail": {"Operation": {"MediaInfo": {"Format": {"Bitrate": 128.147, "Size": "219263", "Duration": " 13.688163 "}, "Stream": {"Video": {"Level": "1.000"}}}}}}"#
        ).job?.operation?.mediaInfo
        XCTAssertEqual(media?.format?.bitrate, 128.147)
        XCTAssertEqual(media?.format?.size, 219263)
        XCTAssertEqual(media?.format?.duration, 13.688163)
        XCTAssertEqual(media?.stream?.video.first?.level, 1)
    }

    func testRule7StringsAreKeptExactlyAfterEntityAndCDATADecoding() throws {
        let callback = try decode(
            "<Response><JobsDetail><Message>  a &amp; b &lt;c&gt; &#x4E2D; </Message>"
                + "<Operation><UserData><![CDATA[<x> & y]]></UserData></Operation></JobsDetail></Response>")
        XCTAssertEqual(callback.job?.message, "  a & b <c> 中 ")
        XCTAssertEqual(callback.job?.operation?.userData, "<x> & y")
        // Numeric-looking strings stay strings.
        let tokens = try CallbackDecoder().decode(Fixtures.data("words-generalize/job-api.xml")).job?.operation?
            .wordsGeneralizeResult?.tokens
        XCTAssertEqual(tokens?[3].word, "60")
    }

    /// One node name, one type: `Samplerate` is a number in every model that has it.
    func testRule7SampleRateIsANumberWhereverItAppears() throws {
        let callback = try decode(
            #"{"JobsDetail": {"Operation": {"VoiceSeparate": {"AudioConfig": {"Samplerate": "44100", "#
                + #""Bitrate": 128, "Channels": " 2 "}}, "Transcode": {"Audio": {"Samplerate": 44100}}, "#
                + #""NoiseReduction": {"Samplerate": "16000"}}}}"#)
        let operation = try XCTUnwrap(callback.job?.operation)
        let audio = try XCTUnwrap(operation.voiceSeparate?.audioConfig)
        XCTAssertEqual([audio.sampleRate, audio.bitrate, audio.channels], [44100, 128, 2])
        XCTAssertEqual(operation.transcode?.audio?.sampleRate, 44100)
        XCTAssertEqual(operation.noiseReduction?.templateSampleRate, 16000)
        XCTAssertEqual(callback.problems, [])
    }

    /// A flag documented as `true`/`false` is a `Bool`, from XML text, a JSON string or
    /// a JSON boolean alike, in any letter case; the canonical JSON writes the literal.
    func testRule7FlagsFromTextJSONStringsAndJSONBooleans() throws {
        for (word, value) in [("true", true), ("false", false), ("TRUE", true), (" False\n", false)] {
            let xml = try decode(
                "<Response><JobsDetail><Operation><Snapshot><IsCheckCount>\(word)</IsCheckCount></Snapshot>"
                    + "<Transcode><TransConfig><IsCheckReso>\(word)</IsCheckReso></TransConfig></Transcode>"
                    + "</Operation></JobsDetail></Response>")
            let quoted = String(decoding: try JSONEncoder().encode(word), as: UTF8.self)
            let jsonString = try decode(
                #"{"JobsDetail": {"Operation": {"Snapshot": {"IsCheckCount": \#(quoted)}, "#
                    + #""Transcode": {"TransConfig": {"IsCheckReso": \#(quoted)}}}}}"#)
            let jsonBool = try decode(
                #"{"JobsDetail": {"Operation": {"Snapshot": {"IsCheckCount": \#(value)}, "#
                    + #""Transcode": {"TransConfig": {"IsCheckReso": [\#(value)]}}}}}"#)
            XCTAssertEqual(xml.job?.operation?.snapshot?.isCheckCount, value, word)
            XCTAssertEqual(xml.job?.operation?.transcode?.transConfig?.isCheckReso, value, word)
            XCTAssertEqual(xml.problems, [], word)
            XCTAssertEqual(xml, jsonString, word)
            XCTAssertEqual(xml, jsonBool, word)
            let canonical = String(decoding: xml.canonicalJSON(), as: UTF8.self)
            XCTAssertTrue(canonical.contains(#""IsCheckCount":\#(value)"#), canonical)
            XCTAssertEqual(try JSONDecoder().decode(Callback.self, from: xml.canonicalJSON()), xml, word)
        }
    }

    /// Any other text in a flag (`yes`, a digit, a JSON number) is a problem (rule 12):
    /// the field is empty, the text is kept, and XML and JSON still decode equal.
    func testRule7OtherFlagTextsAreProblemsWithTheTextKept() throws {
        for (xmlText, jsonValue, text) in [
            ("yes", #""yes""#, "yes"), ("1", "1", "1"), ("0", #""0""#, "0"), ("t", #""t""#, "t"),
        ] {
            let xml = try decode(
                "<Response><JobsDetail><Operation><Snapshot><IsCheckCount>\(xmlText)</IsCheckCount>"
                    + "</Snapshot></Operation></JobsDetail></Response>")
            let json = try decode(#"{"JobsDetail": {"Operation": {"Snapshot": {"IsCheckCount": \#(jsonValue)}}}}"#)
            for callback in [xml, json] {
                let snapshot = try XCTUnwrap(callback.job?.operation?.snapshot, text)
                XCTAssertNil(snapshot.isCheckCount, text)
                XCTAssertEqual(snapshot.unknownNodes, [Node(name: "IsCheckCount", text: text)])
                XCTAssertEqual(callback.problems.map(\.kind), [.invalidValue], text)
                XCTAssertEqual(callback.problems.first?.message, "expected true or false")
                XCTAssertEqual(
                    callback.problems.first?.path, "Response.JobsDetail[0].Operation.Snapshot.IsCheckCount")
                XCTAssertEqual(callback.problems.first?.text, text)
                let canonical = String(decoding: callback.canonicalJSON(), as: UTF8.self)
                XCTAssertTrue(canonical.contains(#""IsCheckCount":"\#(text)""#), canonical)
            }
            var withoutProblems = (xml, json)
            withoutProblems.0.problems = []
            withoutProblems.1.problems = []
            XCTAssertEqual(withoutProblems.0, withoutProblems.1, text)
        }
    }

    // MARK: Rule 8: times

    func testRule8TimesInEveryAcceptedForm() throws {
        let expected = Date(timeIntervalSince1970: 1_656_641_148)  // 2022-07-01T02:05:48Z
        for text in [
            "2022-07-01T10:05:48+0800", "2022-07-01T10:05:48+08:00", "2022-07-01T02:05:48Z", "2022-07-01 10:05:48+0800",
        ] {
            let job = try decode("<Response><JobsDetail><CreationTime>\(text)</CreationTime></JobsDetail></Response>")
                .job
            XCTAssertEqual(job?.creationTime?.date, expected, text)
            XCTAssertEqual(job?.creationTime?.text, text)
        }
        let fractional = try decode(
            "<Response><JobsDetail><EndTime>2022-07-01T10:05:48.250+0800</EndTime></JobsDetail></Response>")
        XCTAssertEqual(fractional.job?.endTime?.date, expected.addingTimeInterval(0.25))
    }

    func testRule8BadTimesAreProblemsAndNoTimeIsAbsent() throws {
        for text in ["yesterday", "2022-07-01T10:05:48", "2022-13-01T10:05:48+0800", "2022-02-30T10:05:48+0800"] {
            let callback = try decode("<Response><JobsDetail><StartTime>\(text)</StartTime></JobsDetail></Response>")
            XCTAssertNil(callback.job?.startTime)
            XCTAssertEqual(callback.problems.map(\.kind), [.invalidValue])
            XCTAssertEqual(callback.problems.first?.path, "Response.JobsDetail[0].StartTime")
            XCTAssertEqual(callback.problems.first?.text, text)
            XCTAssertEqual(callback.job?.unknownNodes, [Node(name: "StartTime", text: text)])
        }
        // `-` ("not started") is absent, not a problem (every time field: ProblemTests).
        let notStarted = try decode(
            "<Response><JobsDetail><JobId>j</JobId><StartTime>-</StartTime></JobsDetail></Response>")
        XCTAssertNil(notStarted.job?.startTime)
        XCTAssertEqual(notStarted.problems, [])
    }

    // MARK: Rule 9: the job type

    func testRule9JobTypeIsAnOpenValue() throws {
        XCTAssertEqual(try decode("<Response><JobsDetail><Tag>NewJob</Tag></JobsDetail></Response>").job?.tag, "NewJob")
        XCTAssertEqual(JobTag(rawValue: "PicProcess"), .picProcess)
        XCTAssertEqual(JobTag("X").rawValue, "X")
        // A switch on it needs a `default`, so a job type modelled later breaks nothing.
        func name(_ tag: JobTag) -> String {
            switch tag {
            case .picProcess: "picture"
            case .videoTag: "tags"
            default: "other: \(tag)"
            }
        }
        XCTAssertEqual(name("PicProcess"), "picture")
        XCTAssertEqual(name("NewJob"), "other: NewJob")
    }

    func testRule9MissingTagIsInferredFromTheResultNode() throws {
        let job = try XCTUnwrap(CallbackDecoder().decode(Fixtures.data("words-generalize/job-api-repaired.json")).job)
        XCTAssertNil(job.tag)
        XCTAssertEqual(job.jobType, .wordsGeneralize)
        XCTAssertEqual(job.operation?.wordsGeneralizeResult?.tokens.count, 5)
    }

    // MARK: Rule 10: nothing is lost

    func testRule10UnknownNodesAreKeptWhereTheyArrive() throws {
        let callback = try decode(
            "<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j</JobId><NewField>x</NewField>"
                + "<Operation><Thing><A>1</A><A>2</A><B/></Thing></Operation></JobsDetail></Response>")
        let job = try XCTUnwrap(callback.job)
        XCTAssertEqual(job.unknownNodes, [Node(name: "NewField", text: "x")])
        XCTAssertEqual(
            job.operation?.unknownNodes,
            [Node(name: "Thing", children: [Node(name: "A", text: "1"), Node(name: "A", text: "2")])])
        // An unmodelled job type keeps its result generic.
        XCTAssertNil(job.jobType)
        XCTAssertEqual(Headline.lines(of: job), ["unknown job type: Thing"])
    }

    /// Unknown nodes are grouped by name, stably (a repeated node keeps its order), so
    /// XML and JSON agree: checked against a reference sort for short lists (sorted in
    /// place) and long ones (the general path), with many repeated names.
    func testRule10UnknownNodesAreGroupedStably() {
        let seed = UInt64(ProcessInfo.processInfo.environment["CI_CALLBACK_SEED"] ?? "") ?? 20_261_202
        var random = SplitMix64(seed: seed)
        for count in [0, 1, 2, 3, 5, 8, 15, 16, 17, 40, 200] {
            for round in 0..<20 {
                let nodes = (0..<count).map { index in
                    Node(name: ["A", "B", "b", "Ab", "", "é"].randomElement(using: &random)!, text: "\(index)")
                }
                var grouped = nodes
                grouped.sortByName()
                let reference = nodes.enumerated().sorted {
                    $0.element.name == $1.element.name ? $0.offset < $1.offset : $0.element.name < $1.element.name
                }.map(\.element)
                XCTAssertEqual(grouped, reference, "\(count) nodes, round \(round), CI_CALLBACK_SEED=\(seed)")
            }
        }
    }

    func testRule10AttributesAreKeptAsAtNodes() throws {
        let job = try decode(#"<Response><JobsDetail id="7"><JobId kind="x">j</JobId></JobsDetail></Response>"#).job
        XCTAssertEqual(job?.unknownNodes, [Node(name: "@id", text: "7")])
        XCTAssertEqual(job?.jobId, "j")  // a value node's own attributes have nowhere to go
    }

    func testRule10GenericViewIsLosslessAndInOrder() throws {
        let node = try CallbackDecoder().decodeNodes(
            Data("<Response><Z>1</Z><A/><Z>2</Z><B><C>x</C></B></Response>".utf8))
        XCTAssertEqual(
            node,
            Node(
                name: "Response",
                children: [
                    Node(name: "Z", text: "1"), Node(name: "A"), Node(name: "Z", text: "2"),
                    Node(name: "B", children: [Node(name: "C", text: "x")]),
                ]))
        XCTAssertEqual(node["Z"].map(\.text), ["1", "2"])
        XCTAssertEqual(node.value(at: "B", "C"), "x")
    }

    // MARK: Rule 11: lenient where the samples are

    func testRule11TrailingCommasAreAccepted() throws {
        let callback = try decode(
            #"{"EventName": "TaskFinish", "JobsDetail": [{"JobId": "j1", "Operation": {"JobLevel": 0,},},],}"#)
        XCTAssertEqual(callback.job?.jobId, "j1")
        XCTAssertEqual(callback.job?.operation?.jobLevel, 0)
        // The seed that has one (002's JSON).
        XCTAssertEqual(
            try CallbackDecoder().decode(Fixtures.data("pic-process/workflow.json")).job?.operation?.jobLevel, 0)
        // A comma with nothing before it is still an error, and commas inside strings are data.
        assertDecodeError(#"{"JobsDetail": [,]}"#, kind: .syntax)
        XCTAssertEqual(try decode(#"{"JobsDetail": {"JobId": "a,}"}}"#).job?.jobId, "a,}")
    }

    func testRule11PrepassBlanksTrailingCommasWithoutMovingPositions() throws {
        // Linux's JSONSerialization accepts trailing commas itself; other platforms' refuse
        // them, and then this prepass (run only when Foundation refuses a body) blanks them.
        let body = #"{"a": [1, 2,], "b": {"c": "x,}",},}"#
        let prepared = try withBytes(of: Array(body.utf8)) { bytes throws(CallbackError) in
            try JSONPrepass.prepare(bytes, maxDepth: 64)
        }
        guard case .edited(let edited) = prepared else { return XCTFail("nothing blanked") }
        XCTAssertEqual(String(decoding: edited, as: UTF8.self), #"{"a": [1, 2 ], "b": {"c": "x,}" } }"#)
        let deep = try? withBytes(of: Array(#"{"a": [[[1]]]}"#.utf8)) { bytes throws(CallbackError) in
            try JSONPrepass.prepare(bytes, maxDepth: 3)
        }
        XCTAssertNil(deep)
    }

    // MARK: Rule 12: clear errors

    func testRule12SyntaxErrorsHaveLineAndColumn() {
        let xml = assertDecodeError("<Response>\n  <EventName>x</EventNam>\n</Response>", kind: .syntax)
        XCTAssertEqual(xml?.line, 2)
        XCTAssertTrue(xml?.message.contains("EventName") ?? false, "\(String(describing: xml))")
        let json = assertDecodeError(Fixtures.data("words-generalize/job-api.json"), kind: .syntax)
        XCTAssertEqual(json?.position, "60:5")
        XCTAssertEqual(json?.format, .json)
    }

    func testRule12ValuesThatDoNotFitAreProblemsWithPathAndText() throws {
        for name in ["bad-input/wrong-number.xml", "bad-input/wrong-number.json"] {
            let callback = try CallbackDecoder().decode(Fixtures.data(name))
            let problem = try XCTUnwrap(callback.problems.first)
            XCTAssertEqual(callback.problems.count, 1)
            XCTAssertEqual(problem.kind, .invalidValue)
            XCTAssertEqual(
                problem.path,
                "Response.JobsDetail[0].Operation.VideoTagResult.StreamData.Data.ObjectTags[0].Objects[0].Confidence")
            XCTAssertEqual(problem.text, "high")
            XCTAssertEqual(problem.message, "expected a number")
            let object = callback.job?.operation?.videoTagResult?.streamData?.data?.objectTags.first?.objects.first
            XCTAssertNil(object?.confidence)
            XCTAssertEqual(object?.unknownNodes, [Node(name: "Confidence", text: "high")])
            // Strict: the same problem is the error.
            XCTAssertEqual(assertDecodeError(Fixtures.data(name), kind: .invalidValue, strict: true), problem)
        }
    }

    func testRule12SeveralBadJSONValuesAlwaysReportTheSameWay() throws {
        // JSONSerialization's key order changes between runs; problems are listed by
        // path, and strict names the first bad node in sorted key order, every time.
        let body = #"{"JobsDetail": {"Progress": "p", "Operation": {"JobLevel": "x"}, "Code": "ok", "Input": "i"}}"#
        for _ in 0..<20 {
            XCTAssertEqual(
                try decode(body).problems.map(\.path),
                [
                    "Response.JobsDetail[0].Input", "Response.JobsDetail[0].Operation.JobLevel",
                    "Response.JobsDetail[0].Progress",
                ])
            let error = assertDecodeError(body, kind: .unexpectedContent, strict: true)
            XCTAssertEqual(error?.path, "Response.JobsDetail[0].Input")
        }
    }

    // MARK: Rule 13: safe by default (more in HostileInputTests)

    func testRule13DoctypeIsRefusedBeforeAnyEntity() {
        let error = assertDecodeError(Fixtures.data("bad-input/doctype-external-entity.xml"), kind: .doctypeNotAllowed)
        XCTAssertEqual(error?.line, 2)
    }
}
