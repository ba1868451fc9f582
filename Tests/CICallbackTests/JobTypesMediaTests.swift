import Foundation
import XCTest

@testable import CICallback

/// The media job types (Transcode, Snapshot, Animation, Concat, SmartCover, Segment,
/// VideoMontage, VideoProcess, SDRtoHDR, SuperResolution): typed values from each
/// published sample and from the bodies written from the docs, and their headlines.
final class JobTypesMediaTests: XCTestCase {
    private func job(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> JobsDetail {
        let callback = try CallbackDecoder().decode(Fixtures.data(name))
        XCTAssertEqual(callback.problems.count, 0, name, file: file, line: line)
        return try XCTUnwrap(callback.job, name, file: file, line: line)
    }

    /// The XML body and its JSON twin decode to the same value.
    private func assertTwins(_ xml: String, _ json: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let fromXML = try CallbackDecoder().decode(Fixtures.data(xml))
        let fromJSON = try CallbackDecoder().decode(Fixtures.data(json))
        XCTAssertEqual(fromXML, fromJSON, file: file, line: line)
        XCTAssertEqual(try fromXML.canonicalJSON(), try fromJSON.canonicalJSON(), file: file, line: line)
    }

    func testTranscodeSample() throws {
        let job = try job("samples/Transcode-1.xml")
        XCTAssertEqual(job.jobType, .transcode)
        XCTAssertEqual(job.progress, 100)
        let operation = try XCTUnwrap(job.operation)
        XCTAssertEqual(operation.templateName, "high_993874")
        XCTAssertEqual(operation.jobLevel, 0)
        XCTAssertNil(operation.transcode)
        XCTAssertEqual(operation.watermark, [])
        XCTAssertEqual(operation.mediaResult?.outputFile?.objectName, ["output/high_speed.mp4"])
        XCTAssertEqual(
            job.headline,
            [
                "output   test-123456789/output/high_speed.mp4  md5 2db78d168edf2f883adce89a1b4ca033",
                "media    13 s, 540×960 hevc 50/1 fps, aac 44100 Hz, 1.9 MB",
            ])
    }

    func testTranscodeFromTheDocs() throws {
        try assertTwins("job-types/Transcode-docs.xml", "job-types/Transcode-docs.json")
        let job = try job("job-types/Transcode-docs.xml")
        let operation = try XCTUnwrap(job.operation)
        let transcode = try XCTUnwrap(operation.transcode)
        XCTAssertEqual(transcode.container?.format, "hls")
        XCTAssertEqual(transcode.container?.clipConfig?.duration, 5.5)
        XCTAssertEqual(transcode.video?.codec, "H.264")
        XCTAssertEqual(transcode.video?.width, 1280)
        XCTAssertNil(transcode.video?.height)  // <Height></Height>
        XCTAssertNil(transcode.video?.crf)
        XCTAssertEqual(transcode.video?.fps?.text, "30000/1001")
        XCTAssertEqual(transcode.video?.fps?.value ?? 0, 29.97, accuracy: 0.01)
        XCTAssertEqual(transcode.video?.bitrate, 1000)
        XCTAssertEqual(transcode.video?.bufsize, 0)
        XCTAssertEqual(transcode.timeInterval?.start, 1.5)
        XCTAssertEqual(transcode.timeInterval?.duration, 60)
        XCTAssertEqual(transcode.audio?.samplerate, 44100)
        XCTAssertEqual(transcode.audio?.channels, 2)
        XCTAssertEqual(transcode.transConfig?.resoAdjMethod, 1)
        XCTAssertEqual(transcode.transConfig?.hlsEncrypt?.isHlsEncrypt, "true")
        XCTAssertEqual(transcode.transConfig?.hlsEncrypt?.uriKey, "https://example.com/key")
        XCTAssertEqual(transcode.audioMix.count, 1)
        XCTAssertEqual(transcode.audioMix.first?.mixMode, "Once")
        XCTAssertEqual(transcode.audioMix.first?.effectConfig?.startFadeinTime, 3)
        XCTAssertEqual(operation.watermark.count, 2)
        XCTAssertEqual(operation.watermark.map(\.type), ["Text", "Image"])
        XCTAssertEqual(operation.watermark[0].text?.fontSize, 30)
        XCTAssertEqual(operation.watermark[0].text?.text, "watermark-content")
        XCTAssertEqual(operation.watermark[1].dx, 2.5)
        XCTAssertEqual(operation.watermark[1].endTime, 10.5)
        XCTAssertEqual(operation.watermark[1].slideConfig?.xSlideSpeed, 5)
        XCTAssertEqual(operation.watermark[1].image?.width, 10)
        XCTAssertEqual(operation.watermark[1].image?.transparency, 100)
        XCTAssertEqual(operation.removeWatermark?.dx, 150)
        XCTAssertEqual(operation.removeWatermark?.height, 75)
        XCTAssertEqual(operation.watermarkTemplateId, ["t1318c5f428d474afba1797f84091cbe22"])
        XCTAssertEqual(operation.digitalWatermark?.state, .success)
        XCTAssertEqual(
            job.headline,
            [
                "output   test-123456789/output/out.m3u8  md5 2db78d168edf2f883adce89a1b4ca033",
                "settings hls, H.264 1280×? 30000/1001 fps 1000 kbps, aac 44100 Hz",
                "embedded \"123456789ab\" (Text V1 Success)",
            ])
    }

    /// `Operation.Watermark` repeats: setting and reading the list, and a body without `Tag`.
    func testWatermarkList() throws {
        var operation = JobOperation()
        XCTAssertEqual(operation.watermark, [])
        var mark = MediaWatermark()
        mark.type = "Text"
        operation.watermark = [mark, mark]
        XCTAssertEqual(operation.watermark.count, 2)
        operation.watermark = []
        XCTAssertEqual(operation, JobOperation())
        let body = """
            <Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><Operation>
            <Watermark><Type>Text</Type></Watermark><Watermark><Type>Image</Type></Watermark>
            </Operation></JobsDetail></Response>
            """
        let job = try XCTUnwrap(try decode(body).job)
        XCTAssertEqual(job.operation?.watermark.map(\.type), ["Text", "Image"])
        XCTAssertEqual(job.jobType, .transcode)
    }
}
