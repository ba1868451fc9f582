import Foundation
import XCTest

@testable import CICallback

/// What the documentation states about the code, checked against the code: the
/// DocC job-type table against the registry, the README's links against the files.
final class DocumentationConsistencyTests: XCTestCase {
    /// The repository's root, from this file's path.
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The cells of each row of the first table whose first header cell starts with
    /// `` `Tag` ``, trimmed.
    static func tableRows(in article: String) -> [[String]] {
        let lines = article.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let header = lines.firstIndex(where: { $0.hasPrefix("| `Tag`") }) else { return [] }
        // The header, the `| --- |` line, then one row a line until the table ends.
        return lines[(header + 2)...].prefix { $0.hasPrefix("|") }.map { row in
            row.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    /// The first code span of `cell`, or the cell itself when it has none.
    static func firstCodeSpan(_ cell: String) -> String {
        guard cell.hasPrefix("`"), !cell.hasPrefix("``") else { return cell }
        return String(cell.dropFirst().prefix { $0 != "`" })
    }

    /// The `Tag` of each row of that table: the first code span of its first cell.
    static func documentedTags(in article: String) -> [String] {
        tableRows(in: article).map { firstCodeSpan($0.first ?? "") }
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

    /// Every job `Tag` Tencent names (`Tests/Coverage/job-tags.md`, with its sources)
    /// is registered, itself or the tag it is reported as; every registered job type
    /// has its row there; every row says where Tencent names it and when that was read.
    func testEveryJobTagTencentNamesIsTyped() throws {
        let list = Self.root.appendingPathComponent("Tests/Coverage/job-tags.md")
        let rows = Self.tableRows(in: try String(contentsOf: list, encoding: .utf8))
        XCTAssertGreaterThan(rows.count, 30, "no table with a `Tag` column in \(list.path)")
        let registered = JobKinds.all.map { $0.tag.rawValue }

        var listed: [String] = []
        for row in rows {
            XCTAssertEqual(row.count, 6, "job-tags.md: a row without its six cells: \(row)")
            guard row.count == 6 else { continue }
            let tag = Self.firstCodeSpan(row[0])
            let reportedAs = row[4].isEmpty ? tag : Self.firstCodeSpan(row[4])
            XCTAssert(
                registered.contains(reportedAs),
                "Tencent names the job Tag \(tag) (job-tags.md: \(row[2]); \(row[3])), and JobKinds.all does not "
                    + "register \(reportedAs): type it (CONTRIBUTING.md, \"Adding a job type\")")
            XCTAssert(!row[2].isEmpty || !row[3].isEmpty, "job-tags.md: \(tag) says nowhere that Tencent names it")
            let date = row[5].split(separator: "-")
            XCTAssert(
                date.map(\.count) == [4, 2, 2] && date.allSatisfy { $0.allSatisfy(\.isNumber) },
                "job-tags.md: \(tag) has no date read, YYYY-MM-DD (\(row[5]))")
            listed.append(tag)
        }
        let unlisted = registered.filter { !listed.contains($0) }
        XCTAssert(
            unlisted.isEmpty,
            "JobKinds.all registers \(unlisted.joined(separator: ", ")), with no row in Tests/Coverage/job-tags.md: "
                + "add where Tencent names each")
        let repeated = Dictionary(grouping: listed, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        XCTAssert(repeated.isEmpty, "job-tags.md lists \(repeated.joined(separator: ", ")) more than once")
    }

    /// The README's and the DocC overview's count of typed job types is the registry's.
    func testReadmeCountsTheRegisteredJobTypes() throws {
        let count = JobKinds.all.count
        for (page, phrase) in [
            ("README.md", "\(count) job types typed"),
            ("Sources/CICallback/CICallback.docc/CICallback.md", "\(count) job types as typed"),
        ] {
            let text = try String(contentsOf: Self.root.appendingPathComponent(page), encoding: .utf8)
            XCTAssert(
                text.replacingOccurrences(of: "\n  ", with: " ").contains(phrase),
                "\(page) does not say \"\(phrase)\" (JobKinds.all registers \(count))")
        }
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
