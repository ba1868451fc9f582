import ArgumentParser
import CICallback
import Foundation

@main
struct CICallbackTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ci-callback",
        abstract: "Look at Tencent Cloud Infinite (数据万象) callback bodies.",
        subcommands: [Decode.self],
        defaultSubcommand: Decode.self)
}

struct Decode: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Decode a callback body (XML or JSON) and print a summary or canonical JSON.")

    @Flag(name: .long, help: "Print the canonical JSON instead of a summary.")
    var json = false

    @Option(
        name: .long,
        help: "The body's content type (application/xml, application/json); by default the body is sniffed.")
    var contentType: String?

    @Option(
        name: .long,
        help:
            "The X-Ci-Content-Version header of a moderation callback (Simple, Detail): a hint for a body that does not say its shape."
    )
    var contentVersion: String?

    @Flag(name: .long, help: "Fail on the first value that does not fit its field, instead of warning.")
    var strict = false

    @Argument(help: "The body file, or - for standard input.")
    var file: String

    func run() throws {
        let callback: Callback
        do {
            callback = try readAndDecode()
        } catch let error as CallbackError {
            try fail(located(error))
        } catch {
            try fail("\(CallbackError.escapingControlCharacters(file)): \(description(of: error))")
        }
        for problem in callback.problems {
            FileHandle.standardError.write(Data("warning: \(located(problem))\n".utf8))
        }
        if callback.omittedProblemCount > 0 {
            FileHandle.standardError.write(
                Data("warning: \(file): \(callback.omittedProblemCount) more problems\n".utf8))
        }
        if json {
            FileHandle.standardOutput.write(callback.canonicalJSON())
            FileHandle.standardOutput.write(Data("\n".utf8))
        } else {
            print(Summary(callback).text, terminator: "")
        }
    }

    /// Reads the body in chunks and feeds the incremental decoder, so a huge file
    /// stops at the size limit instead of being read whole first.
    private func readAndDecode() throws -> Callback {
        let handle: FileHandle
        if file == "-" {
            handle = .standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: file) else {
                throw ToolError(message: "cannot open the file")
            }
            handle = opened
        }
        defer { if file != "-" { try? handle.close() } }
        let decoder = CallbackDecoder(strict: strict).makeIncrementalDecoder(
            contentType: contentType, contentVersion: contentVersion)
        while let chunk = try handle.read(upToCount: 64 * 1024), !chunk.isEmpty {
            try decoder.feed(chunk)
        }
        return try decoder.finish()
    }

    /// `<file>:<line>:<column>: <detail>`, or `<file>: <detail>` where there is no position.
    private func located(_ error: CallbackError) -> String {
        let file = CallbackError.escapingControlCharacters(file)
        guard let position = error.position else { return "\(file): \(error.detail)" }
        return "\(file):\(position): \(error.detail)"
    }

    /// Prints the one error line and ends through ArgumentParser's exit path (status 1),
    /// so `defer` blocks run and nothing else is printed.
    private func fail(_ message: String) throws -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        throw ExitCode.failure
    }

    /// What went wrong reading the file, on one line: the tool's own message, or the
    /// system's description of a read error.
    private func description(of error: Error) -> String {
        let text = (error as? ToolError)?.message ?? (error as NSError).localizedDescription
        return CallbackError.escapingControlCharacters(text)
    }
}

struct ToolError: Error, LocalizedError {
    let message: String
    var errorDescription: String? { message }
}
