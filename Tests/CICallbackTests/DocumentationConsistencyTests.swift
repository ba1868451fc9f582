import Foundation
import XCTest

@testable import CICallback

/// What the documentation states about the code, checked against the code: the
/// DocC job-type table against the registry, the README's links against the files.
final class DocumentationConsistencyTests: XCTestCase {
    /// The repository's root, from this file's path.
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `Tag` of each row of the table whose first header cell starts with
    /// `` `Tag` ``: the first code span of the row's first cell.
    static func documentedTags(in article: String) -> [String] {
        let lines = article.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.firstIndex(where: { $0.hasPrefix("| `Tag`") }) else { return [] }
        // The header, the `| --- |` line, then one row a line until the table ends.
        return lines[(header + 2)...].prefix { $0.hasPrefix("|") }.map { row in
            let cell = row.dropFirst().prefix { $0 != "|" }.trimmingCharacters(in: .whitespaces)
            guard cell.hasPrefix("`"), !cell.hasPrefix("``") else { return cell }
            return String(cell.dropFirst().prefix { $0 != "`" })
        }
    }

    func testDocumentedTagsReadsTheFirstCodeSpanOfEachRow() {
        let table = """
            | `Tag` (``JobTag``) | nodes |
            | --- | --- |
            | `Transcode` (``JobTag/transcode``; HighSpeedHd too) | a |
            | `Tts` (``JobTag/tts``) | b |

            | `Tag` | after the first table: not read |
            """
        XCTAssertEqual(Self.documentedTags(in: table), ["Transcode", "Tts"])
    }

    /// Every job type in `JobKinds.all` has a row in `JobTypes.md`, and every row is
    /// one of them.
    func testJobTypesArticleListsEveryRegisteredJobType() throws {
        let article = Self.root.appendingPathComponent("Sources/CICallback/CICallback.docc/JobTypes.md")
        let documented = Self.documentedTags(in: try String(contentsOf: article, encoding: .utf8))
        XCTAssertFalse(documented.isEmpty, "no table with a `Tag` column in \(article.path)")
        let registered = JobKinds.all.map { $0.tag.rawValue }  // (a key path here crashes the 6.3 compiler)

        let missing = registered.filter { !documented.contains($0) }
        XCTAssert(
            missing.isEmpty,
            "JobTypes.md has no row for \(missing.joined(separator: ", ")), registered in JobKinds.all: add one each")
        let extra = documented.filter { !registered.contains($0) }
        XCTAssert(
            extra.isEmpty,
            "JobTypes.md lists \(extra.joined(separator: ", ")), which JobKinds.all does not register")
        let repeated = Dictionary(grouping: documented, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        XCTAssert(repeated.isEmpty, "JobTypes.md lists \(repeated.joined(separator: ", ")) more than once")
    }

    /// Every relative link of the README and of the other front pages names a file
    /// or folder of the repository (a link's `#anchor` is not checked).
    func testReadmeLinksPointToFiles() throws {
        let pages = ["README.md", "CONTRIBUTING.md", "Benchmarks/README.md", "Examples/CallbackReceiver/README.md"]
        for page in pages {
            let url = Self.root.appendingPathComponent(page)
            let text = try String(contentsOf: url, encoding: .utf8)
            var targets: [String] = []
            var rest = Substring(text)
            while let open = rest.range(of: "](") {
                targets.append(String(rest[open.upperBound...].prefix { $0 != ")" }))
                rest = rest[open.upperBound...]
            }
            let files = targets.filter { !$0.contains("://") && !$0.hasPrefix("#") }
            for target in files {
                let path = url.deletingLastPathComponent().appendingPathComponent(String(target.prefix { $0 != "#" }))
                XCTAssertTrue(
                    FileManager.default.fileExists(atPath: path.standardized.path),
                    "\(page) links to \(target), which does not exist")
            }
            if page == "README.md" {
                XCTAssertGreaterThanOrEqual(files.count, 5, "README.md: its links to the documentation are gone")
            }
        }
    }

    /// `.ci/run` runs "the README's test command": the README must name it.
    func testReadmeNamesTheTestCommand() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains("\nswift test\n"), "README.md does not show `swift test` on a line of its own")
    }
}
