import CICallback  // not @testable: only what a user sees
import Foundation
import XCTest

/// The public surface as a user's file sees it: Foundation and CICallback imported
/// together, every name unqualified.
final class PublicAPITests: XCTestCase {
    /// Every public type of the library, unqualified beside Foundation: a name that
    /// collided with Foundation or the standard library would not compile here.
    func testPublicTypeNamesStandBesideFoundation() {
        let types: [Any.Type] = [
            AIGCMetadata.self,
            AITranslateResult.self,
            AnimationRequest.self,
            BodyFormat.self,
            Callback.self,
            CallbackDecoder.self,
            CallbackError.self,
            ClipFrame.self,
            ConcatTemplate.self,
            CosHeader.self,
            DigitalWatermark.self,
            DnaConfig.self,
            DnaResult.self,
            DocProcessRequest.self,
            DocProcessResult.self,
            DocWatermarkResult.self,
            DocAIGCMetadataRequest.self,
            EventName.self,
            ExtractDigitalWatermark.self,
            FileCompressConfig.self,
            FileCompressResult.self,
            FileHashCodeConfig.self,
            FileHashCodeResult.self,
            FileUncompressConfig.self,
            FileUncompressResult.self,
            FrameRate.self,
            ImageInspectRequest.self,
            ImageInspectResult.self,
            ImageOCRDetection.self,
            ImageOCRRequest.self,
            IncrementalDecoder.self,
            JobInput.self,
            JobOperation.self,
            JobState.self,
            JobTag.self,
            JobsDetail.self,
            Limits.self,
            MediaInfo.self,
            MediaResult.self,
            MediaWatermark.self,
            Node.self,
            NoiseReductionRequest.self,
            JobOutput.self,
            PicProcessRequest.self,
            PicProcessResult.self,
            PosterProductionRequest.self,
            QualityEstimate.self,
            QualityEstimateConfig.self,
            RemoveWatermarkRequest.self,
            SDRtoHDRRequest.self,
            SegmentRequest.self,
            SmartCoverRequest.self,
            SnapshotRequest.self,
            SoundHoundResult.self,
            SpeechRecognitionRequest.self,
            SpeechRecognitionResult.self,
            SplitVideoInfoResult.self,
            SplitVideoPartsRequest.self,
            SuperResolutionRequest.self,
            Timestamp.self,
            TranscodeRequest.self,
            TranslationRequest.self,
            TtsConfig.self,
            TtsTemplate.self,
            VideoMontageRequest.self,
            VideoProcessRequest.self,
            VideoTagRequest.self,
            VideoTagResult.self,
            VideoTargetRecRequest.self,
            VideoTargetRecResult.self,
            VirusDetectDetail.self,
            VocalScoreRequest.self,
            VocalScoreResult.self,
            VoiceSeparateRequest.self,
            WordsGeneralizeRequest.self,
            WordsGeneralizeResult.self,
            Workflow.self,
            WorkflowExecution.self,
            WorkflowTask.self,
        ]
        let protocols: [Any.Type] = [(any NodeModel).self, (any OpenValue).self]
        XCTAssertEqual(Set(types.map { "\($0)" }).count, types.count)
        XCTAssertEqual(protocols.count, 2)
        // Nested names a user's extension would see unqualified: none shadows Foundation.
        XCTAssertEqual("\(MediaInfo.Streams.self)", "Streams")
        XCTAssertEqual("\(WorkflowTask.self)", "WorkflowTask")
    }

    /// A decode and a branch on the job type, compiled against the public API (the
    /// README's own code blocks are run by `DocumentationExampleTests`).
    func testReadmeExamples() throws {
        let body = try Data(contentsOf: Fixtures.named("samples/Transcode-1.xml").url)
        let callback = try CallbackDecoder().decode(body, contentType: "application/xml")
        var lines: [String] = []
        switch callback.eventName {
        case .taskFinish:
            for job in callback.jobsDetail {
                lines.append(
                    "\(job.jobId ?? "-") \(job.jobType ?? "?") \(job.state ?? "-") \(job.input?.object ?? "-")")
            }
        case .workflowFinish:
            lines.append("workflow \(callback.workflowExecution?.workflowName ?? "-")")
        default:
            lines.append("event \(callback.eventName ?? "-")")
        }
        XCTAssertEqual(lines, ["j68427030f84611ecb8546d80f2baf56f Transcode Success input/demo.mp4"])
        let job = try XCTUnwrap(callback.jobsDetail.first)
        let operation = try XCTUnwrap(job.operation)
        switch job.jobType {
        case .transcode, .snapshot, .animation, .concat, .segment, .videoMontage:
            XCTAssertEqual(operation.mediaResult?.outputFile?.objectName, ["output/high_speed.mp4"])
            XCTAssertEqual(operation.mediaInfo?.stream?.video.first?.fps?.text, "50/1")
            XCTAssertEqual(operation.mediaInfo?.stream?.video.first?.fps?.value, 50)
        case .speechRecognition:
            XCTFail("not a transcript")
        default:
            XCTFail("\(job.jobType?.rawValue ?? "no type"), \(operation.unknownNodes.map(\.name))")
        }
    }
}
