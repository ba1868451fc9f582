import Foundation
import XCTest

/// End to end: the built `ci-callback` executable on the fixtures.
final class ToolTests: XCTestCase {
    private var tool: URL {
        // The test bundle and the tool are built into the same products folder.
        var url = Bundle(for: ToolTests.self).bundleURL
        if url.pathExtension == "xctest" { url = url.deletingLastPathComponent() }
        return url.appendingPathComponent("ci-callback")
    }

    private struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private func run(_ arguments: [String], stdin: Data? = nil) throws -> Run {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    func testSummaryForEveryFixtureThatDecodes() throws {
        for fixture in Fixtures.all where !fixture.mustFail {
            let result = try run(["decode", fixture.url.path])
            XCTAssertEqual(result.status, 0, "\(fixture): \(result.stderr)")
            XCTAssertFalse(result.stdout.isEmpty, "\(fixture)")
            // One warning line per problem, in order: `warning: <file>[:<line>:<column>]: <path>: …`.
            let warnings = result.stderr.split(separator: "\n").map(String.init)
            let problems = fixture.problemLines.map { $0.split(separator: " ").map(String.init) }
            XCTAssertEqual(warnings.count, problems.count, "\(fixture): \(result.stderr)")
            for (warning, problem) in zip(warnings, problems) {
                let position = problem[1] == "-" ? "" : ":" + problem[1]
                XCTAssertTrue(warning.hasPrefix("warning: \(fixture.url.path)\(position): \(problem[2]): "), warning)
            }
            if !problems.isEmpty {
                let strict = try run(["decode", "--strict", fixture.url.path])
                XCTAssertEqual(strict.status, 1, "\(fixture)")
                XCTAssertEqual(strict.stdout, "")
                XCTAssertTrue(strict.stderr.hasPrefix("error: \(fixture.url.path)"), strict.stderr)
                XCTAssertEqual(strict.stderr.split(separator: "\n").count, 1, strict.stderr)
            }
        }
        let videoTag = try run(["decode", Fixtures.named("video-tag/job-api.xml").url.path]).stdout
        XCTAssertTrue(videoTag.contains("Job 1  VideoTag  j535b10a4f8e211ec9452c1c27f56a659"), videoTag)
        XCTAssertTrue(videoTag.contains("tags     游戏 0.59, 办公室 0.54"), videoTag)
    }

    func testJSONOutputMatchesExpectationsAndPairsAreByteIdentical() throws {
        for fixture in Fixtures.all where !fixture.mustFail {
            let result = try run(["decode", "--json", fixture.url.path])
            XCTAssertEqual(result.status, 0, "\(fixture)")
            XCTAssertEqual(
                result.stdout, String(decoding: try fixture.expectedCanonicalJSON, as: UTF8.self) + "\n", "\(fixture)")
        }
        for (xml, json) in Fixtures.pairs {
            XCTAssertEqual(
                try run(["decode", "--json", Fixtures.named(xml).url.path]).stdout,
                try run(["decode", "--json", Fixtures.named(json).url.path]).stdout)
        }
    }

    func testStandardInputAndContentType() throws {
        let body = Fixtures.data("video-tag/job-api.json")
        let piped = try run(["decode", "--json", "-"], stdin: body)
        XCTAssertEqual(piped.status, 0, piped.stderr)
        XCTAssertEqual(
            piped.stdout,
            String(decoding: try Fixtures.named("video-tag/job-api.json").expectedCanonicalJSON, as: UTF8.self) + "\n"
        )
        let forced = try run(["decode", "--content-type", "application/xml", "-"], stdin: body)
        XCTAssertEqual(forced.status, 1)
        XCTAssertTrue(forced.stderr.hasPrefix("error: -:1:1: "), forced.stderr)
        let closed = try run(["decode", "-"], stdin: Data())
        XCTAssertEqual(closed.status, 1)
        XCTAssertEqual(closed.stderr, "error: -: the body is empty\n")
    }

    func testEveryFailingFixtureExitsNonZeroWithOneLine() throws {
        for fixture in Fixtures.all where fixture.mustFail {
            let result = try run(["decode", fixture.url.path])
            XCTAssertEqual(result.status, 1, "\(fixture)")
            XCTAssertEqual(result.stdout, "", "\(fixture)")
            let lines = result.stderr.split(separator: "\n")
            XCTAssertEqual(lines.count, 1, "\(fixture): \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix("error: \(fixture.url.path)"), "\(fixture): \(result.stderr)")
            let expected = try String(contentsOf: fixture.expectedError, encoding: .utf8).split(separator: " ")
            if expected.count == 3, expected[1] != "-" {
                XCTAssertTrue(
                    result.stderr.contains("\(fixture.url.path):\(expected[1]): "), "\(fixture): \(result.stderr)")
            }
            if expected.count == 3, expected[2] != "-\n" {
                XCTAssertTrue(result.stderr.contains(expected[2].trimmingCharacters(in: .newlines)), "\(fixture)")
            }
        }
    }

    func testGarbageAndMissingFiles() throws {
        var garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        garbage[0] = UInt8(ascii: "<")
        let result = try run(["decode", "-"], stdin: garbage)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        let missing = try run(["decode", "/nonexistent/body.xml"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertEqual(missing.stderr, "error: /nonexistent/body.xml: cannot open the file\n")
    }
}
