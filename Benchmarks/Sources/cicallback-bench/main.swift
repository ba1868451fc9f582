// The CICallback benchmark harness. Usually run through `bash Scripts/benchmark.sh`.
//
//   cicallback-bench run --fixtures DIR --payloads DIR   the whole table
//   cicallback-bench child ROW|floor PATH                one decode in a fresh process: time + VmHWM
//   cicallback-bench profile PATH [N] [ROW]               N decodes (default 20, row b), for callgrind
//   cicallback-bench first XML JSON xml|json [LATER]     first decodes in a fresh process vs later ones
//
// Why a hand-written harness rather than package-benchmark: every number here is
// a ratio between rows over the same bytes, and the machine is shared, so rows
// are interleaved round by round (the order rotating each round) and compared by
// medians; peak memory needs one fresh process per row; the two-thread row needs
// its own threads. Allocation counts still come from package-benchmark's counter
// (malloc-interposer), in the separate cicallback-allocs binary.

import BenchSupport
import CICallback
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

// MARK: - Clocks and statistics

@inline(__always)
func nanoseconds(_ clock: clockid_t = CLOCK_MONOTONIC) -> UInt64 {
    var now = timespec()
    clock_gettime(clock, &now)
    return UInt64(now.tv_sec) &* 1_000_000_000 &+ UInt64(now.tv_nsec)
}

func quantile(_ values: [Double], _ q: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let position = q * Double(sorted.count - 1)
    let lower = Int(position.rounded(.down))
    let upper = min(lower + 1, sorted.count - 1)
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
}

func median(_ values: [Double]) -> Double { quantile(values, 0.5) }
func medianOf(_ values: [Double]) -> Double { quantile(values, 0.5) }

/// Whether rows are timed by the wall clock (`--clock wall`) rather than by the
/// measuring thread's CPU time. The decoders are single-threaded and do no I/O, so on
/// an idle machine the two agree; on a shared one CPU time leaves out the time other
/// processes held the core, which is what makes medians comparable between rows.
nonisolated(unsafe) var useWallClock = false

/// Keeps results observable so no row is optimized away.
nonisolated(unsafe) var blackHole = 0

func log(_ message: String) {
    FileHandle.standardError.write(Data("[bench \(timestamp())] \(message)\n".utf8))
}

let startTime = nanoseconds()
func timestamp() -> String { String(format: "%6.1fs", Double(nanoseconds() - startTime) / 1e9) }

func vmHWMKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return -1 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
    }
    return -1
}

func loadAverage() -> String {
    ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?")
        .split(separator: " ").prefix(3).joined(separator: " ")
}

// MARK: - Formatting

func formatTime(_ ns: Double) -> String {
    guard ns.isFinite else { return "-" }
    if ns < 1e3 { return String(format: "%.0f ns", ns) }
    if ns < 1e6 { return String(format: "%.1f µs", ns / 1e3) }
    if ns < 1e9 { return String(format: "%.2f ms", ns / 1e6) }
    return String(format: "%.2f s", ns / 1e9)
}

func formatBytes(_ bytes: Int) -> String {
    if bytes < 1 << 20 { return String(format: "%.1f KiB", Double(bytes) / 1024) }
    return String(format: "%.1f MiB", Double(bytes) / 1_048_576)
}

func formatKiB(_ kib: Int) -> String { String(format: "%.1f MiB", Double(kib) / 1024) }

func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let count = text.count
    if count >= width { return text }
    let spaces = String(repeating: " ", count: width - count)
    return right ? spaces + text : text + spaces
}

// MARK: - Child processes

let selfPath: String = {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
}()
let binDirectory = URL(fileURLWithPath: selfPath).deletingLastPathComponent().path

struct ChildResult {
    var output: String
    var timedOut: Bool
    var status: Int32
}

/// Runs a program and collects its standard output; kills it (by its pid) after `timeout` seconds.
func runChild(_ path: String, _ arguments: [String], environment: [String: String]? = nil, timeout: Double)
    -> ChildResult
{
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    if let environment {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let pipe = Pipe()
    process.standardOutput = pipe
    let collected = OutputBox()
    pipe.fileHandleForReading.readabilityHandler = { handle in collected.append(handle.availableData) }
    do {
        try process.run()
    } catch {
        return ChildResult(output: "", timedOut: false, status: -1)
    }
    let deadline = nanoseconds() + UInt64(timeout * 1e9)
    var timedOut = false
    while process.isRunning {
        if nanoseconds() > deadline {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            break
        }
        usleep(20_000)
    }
    process.waitUntilExit()
    pipe.fileHandleForReading.readabilityHandler = nil
    collected.append(pipe.fileHandleForReading.readDataToEndOfFile())
    return ChildResult(output: collected.text, timedOut: timedOut, status: process.terminationStatus)
}

final class OutputBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func append(_ more: Data) { lock.withLock { data.append(more) } }
    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}

/// `child ROW PATH`: one decode in this fresh process; prints the time, VmHWM and
/// the checksum. `child floor PATH`: load the body and do nothing.
func childCommand(_ arguments: [String]) -> Never {
    guard arguments.count == 2 else { fatalError("usage: child ROW|floor PATH") }
    if arguments[0] == "floor" {
        let body = try! Body.load(arguments[1], only: .xml)
        blackHole &+= body.count
        print("ns=0 hwm=\(vmHWMKiB()) sum=\(blackHole)")
        exit(0)
    }
    guard let row = Row(rawValue: arguments[0]) else { fatalError("unknown row \(arguments[0])") }
    let body = try! Body.load(arguments[1], only: row)
    let start = nanoseconds()
    let cpuStart = nanoseconds(CLOCK_THREAD_CPUTIME_ID)
    let sum: Int
    if row == .xmlCoder {
        // XMLCoder may refuse a large body; report why instead of crashing.
        do {
            let response = try decodeXMLCoder(body.data)
            sum = response.JobsDetail?.count ?? 0
        } catch {
            print("error=1 message=\(String(describing: error).replacingOccurrences(of: " ", with: "_"))")
            exit(0)
        }
    } else {
        sum = row.run(body)
    }
    let elapsed = nanoseconds() - start
    let cpu = nanoseconds(CLOCK_THREAD_CPUTIME_ID) - cpuStart
    print("ns=\(elapsed) cpu=\(cpu) hwm=\(vmHWMKiB()) sum=\(sum)")
    exit(0)
}

func field(_ name: String, in output: String) -> Double? {
    for part in output.split(whereSeparator: { $0 == " " || $0 == "\n" }) where part.hasPrefix(name + "=") {
        return Double(part.dropFirst(name.count + 1))
    }
    return nil
}

// MARK: - First decode in a fresh process

// One function per (format, first/later), never inlined, so that callgrind's
// inclusive cost of each is the cost of exactly those decodes. Each does a different
// trivial operation on the checksum: identical bodies get merged into tail-jump
// thunks, which callgrind cannot tell apart.
@inline(never) func firstDecodeXML(_ bytes: [UInt8]) -> Int { decodeWhole(bytes) &+ 1 }
@inline(never) func firstDecodeJSON(_ bytes: [UInt8]) -> Int { decodeWhole(bytes) &- 1 }
@inline(never) func laterDecodeXML(_ bytes: [UInt8]) -> Int { decodeWhole(bytes) ^ 1 }
@inline(never) func laterDecodeJSON(_ bytes: [UInt8]) -> Int { decodeWhole(bytes) | 1 }

/// `first XMLPATH JSONPATH xml|json [LATER]`: in this fresh process, after loading both
/// bodies, the first decode of one (the order says which goes first), then the first
/// of the other, then LATER (default 9) more of each, alternating. Prints wall and
/// thread-CPU ns of each first decode and the median of the later ones.
func firstCommand(_ arguments: [String]) -> Never {
    guard arguments.count >= 3 else { fatalError("usage: first XMLPATH JSONPATH xml|json [LATER]") }
    let xml = try! readFile(arguments[0])
    let json = try! readFile(arguments[1])
    let xmlFirst = arguments[2] == "xml"
    let later = arguments.count > 3 ? Int(arguments[3]) ?? 9 : 9
    func timed(_ body: () -> Int) -> (wall: Double, cpu: Double) {
        let start = nanoseconds()
        let cpuStart = nanoseconds(CLOCK_THREAD_CPUTIME_ID)
        blackHole &+= body()
        let cpu = Double(nanoseconds(CLOCK_THREAD_CPUTIME_ID) - cpuStart)
        return (Double(nanoseconds() - start), cpu)
    }
    var firsts: [String: (wall: Double, cpu: Double)] = [:]
    if xmlFirst {
        firsts["xml"] = timed { firstDecodeXML(xml) }
        firsts["json"] = timed { firstDecodeJSON(json) }
    } else {
        firsts["json"] = timed { firstDecodeJSON(json) }
        firsts["xml"] = timed { firstDecodeXML(xml) }
    }
    var laterXML: [(wall: Double, cpu: Double)] = []
    var laterJSON: [(wall: Double, cpu: Double)] = []
    for _ in 0..<later {
        laterXML.append(timed { laterDecodeXML(xml) })
        laterJSON.append(timed { laterDecodeJSON(json) })
    }
    print(
        "xml_first=\(firsts["xml"]!.wall) xml_first_cpu=\(firsts["xml"]!.cpu) json_first=\(firsts["json"]!.wall) json_first_cpu=\(firsts["json"]!.cpu)"
            + " xml_later=\(median(laterXML.map(\.wall))) xml_later_cpu=\(median(laterXML.map(\.cpu)))"
            + " json_later=\(median(laterJSON.map(\.wall))) json_later_cpu=\(median(laterJSON.map(\.cpu))) sum=\(blackHole)"
    )
    exit(0)
}

/// Runs `first` in `processes` fresh processes per order and summarises.
func firstDecodeLines(xmlSeed: String, jsonSeed: String, xmlPath: String, jsonPath: String, processes: Int) -> [String]
{
    var samples: [String: [String: [Double]]] = ["xml": [:], "json": [:]]  // order -> field -> values
    for index in 0..<(2 * processes) {
        let order = index % 2 == 0 ? "xml" : "json"
        let child = runChild(selfPath, ["first", xmlPath, jsonPath, order], timeout: 60)
        for name in [
            "xml_first", "xml_first_cpu", "json_first", "json_first_cpu", "xml_later", "xml_later_cpu", "json_later",
            "json_later_cpu",
        ] {
            if let value = field(name, in: child.output) { samples[order]![name, default: []].append(value) }
        }
    }
    func stat(_ order: String, _ name: String) -> String {
        let values = samples[order]![name] ?? []
        guard !values.isEmpty else { return "-" }
        return "\(formatTime(median(values))) [\(formatTime(values.min()!))–\(formatTime(values.max()!))]"
    }
    func ratio(_ order: String, _ first: String, _ later: String) -> String {
        let a = median(samples[order]![first] ?? [])
        let b = median(samples[order]![later] ?? [])
        return String(format: "%.1f×, +%@", a / b, formatTime(a - b))
    }
    var lines = [
        "First decode in a fresh process (\(processes) processes with the XML decoded first, \(processes) with the JSON first; each times its first decode of each body,",
        "then 9 more of each; medians over processes [min–max]; wall and the thread's CPU time; process start-up and file reads not included):",
    ]
    func row(_ label: String, _ order: String, _ kind: String) {
        lines.append("  \(label): first/later cpu \(ratio(order, kind + "_first_cpu", kind + "_later_cpu"))")
        lines.append(
            "    first decode: wall \(pad(stat(order, kind + "_first"), 32)) cpu \(stat(order, kind + "_first_cpu"))")
        lines.append(
            "    later decode: wall \(pad(stat(order, kind + "_later"), 32)) cpu \(stat(order, kind + "_later_cpu"))")
    }
    row("\(xmlSeed).xml as the first decode of the process", "xml", "xml")
    row("\(jsonSeed).json as the first decode of the process", "json", "json")
    row("\(jsonSeed).json as the first JSON decode, after one XML decode", "xml", "json")
    row("\(xmlSeed).xml as the first XML decode, after one JSON decode", "json", "xml")
    return lines
}

// MARK: - Profile driver

func profileCommand(_ arguments: [String]) -> Never {
    guard let path = arguments.first else { fatalError("usage: profile PATH [N] [ROW]") }
    let count = arguments.count > 1 ? Int(arguments[1]) ?? 20 : 20
    let row = arguments.count > 2 ? Row(rawValue: arguments[2]) ?? .xml : .xml
    let body = try! Body.load(path, only: row)
    for _ in 0..<count { blackHole &+= row.run(body) }
    print("profiled \(count) × \(row.title) over \(path) (\(body.count) bytes), checksum \(blackHole)")
    exit(0)
}

// MARK: - The run

/// The fixtures folder whose bodies are invalid by design: never timed.
let badInputFolder = "bad-input"

struct Loaded {
    var spec: PayloadSpec
    var xml: Body?
    var json: Body?
    var rows: [Row]
    var notes: [String] = []

    func body(for row: Row) -> Body? { row.isJSON ? json : xml }
}

struct Cell {
    /// ns per decode by the primary clock (thread CPU time unless --clock wall).
    var samples: [Double] = []
    /// ns per decode by the other clock.
    var otherSamples: [Double] = []
    var batch = 1
    var allocs: Double?
    var note: String?
    var median: Double { samples.isEmpty ? .nan : medianOf(samples) }
    var otherMedian: Double { otherSamples.isEmpty ? .nan : medianOf(otherSamples) }
}

struct Measured {
    var loaded: Loaded
    var cells: [Row: Cell] = [:]
    func time(_ row: Row) -> Double { cells[row]?.median ?? .nan }
}

/// Interleaved rounds: each round runs every row once (a batch of decodes for
/// small bodies), starting one row later than the previous round.
func measure(
    _ loaded: Loaded, rows: [Row], rounds: Int, minimumRounds: Int = 3, sampleTarget: Double, rowBudget: Double
) -> Measured {
    var result = Measured(loaded: loaded)
    var wanted: [Row: Int] = [:]
    for row in rows {
        guard let body = loaded.body(for: row) else { continue }
        blackHole &+= row.run(body)  // warm-up (one-time initialisation, caches)
        // The batch size comes from the fastest of three CPU-timed runs, so one
        // preempted run does not shrink it.
        var once = Double.infinity
        for _ in 0..<3 {
            let start = nanoseconds(CLOCK_THREAD_CPUTIME_ID)
            blackHole &+= row.run(body)
            once = min(once, Double(nanoseconds(CLOCK_THREAD_CPUTIME_ID) - start))
        }
        var cell = Cell()
        cell.batch = max(1, Int(sampleTarget / max(once, 1)))
        result.cells[row] = cell
        wanted[row] = min(rounds, max(minimumRounds, Int(rowBudget / (once * Double(cell.batch)))))
    }
    let active = rows.filter { result.cells[$0] != nil }
    for round in 0..<rounds {
        for index in active.indices {
            let row = active[(index + round) % active.count]
            guard var cell = result.cells[row], cell.samples.count < wanted[row]!, let body = loaded.body(for: row)
            else { continue }
            let start = nanoseconds()
            let cpuStart = nanoseconds(CLOCK_THREAD_CPUTIME_ID)
            for _ in 0..<cell.batch { blackHole &+= row.run(body) }
            let cpu = Double(nanoseconds(CLOCK_THREAD_CPUTIME_ID) - cpuStart) / Double(cell.batch)
            let wall = Double(nanoseconds() - start) / Double(cell.batch)
            cell.samples.append(useWallClock ? wall : cpu)
            cell.otherSamples.append(useWallClock ? cpu : wall)
            result.cells[row] = cell
        }
    }
    return result
}

/// RUSAGE_THREAD (Linux; glibc hides the name without _GNU_SOURCE).
let rusageThread = __rusage_who_t(1)

final class ThreadRun: @unchecked Sendable {
    let start = DispatchSemaphore(value: 0)
    let done = DispatchSemaphore(value: 0)
    /// Per thread: CPU ns, voluntary and involuntary context switches.
    let cpu: UnsafeMutablePointer<UInt64>
    let voluntary: UnsafeMutablePointer<Int>
    let involuntary: UnsafeMutablePointer<Int>
    init(_ count: Int) {
        cpu = .allocate(capacity: count)
        cpu.initialize(repeating: 0, count: count)
        voluntary = .allocate(capacity: count)
        voluntary.initialize(repeating: 0, count: count)
        involuntary = .allocate(capacity: count)
        involuntary.initialize(repeating: 0, count: count)
    }
    deinit {
        cpu.deallocate()
        voluntary.deallocate()
        involuntary.deallocate()
    }
}

/// `threads` threads each decode the body `iterations` times at once; returns the
/// wall time, the threads' total CPU time and their context switches: voluntary ones
/// mean a thread blocked (a lock), involuntary ones that another process took the core.
func runThreads(_ threads: Int, iterations: Int, body: Body) -> (
    wall: Double, cpu: Double, voluntary: Int, involuntary: Int
) {
    let run = ThreadRun(threads)
    for index in 0..<threads {
        let thread = Thread {
            run.start.wait()
            var before = rusage()
            getrusage(rusageThread, &before)
            let cpuStart = nanoseconds(CLOCK_THREAD_CPUTIME_ID)
            var sum = 0
            for _ in 0..<iterations { sum &+= Row.xml.run(body) }
            run.cpu[index] = nanoseconds(CLOCK_THREAD_CPUTIME_ID) - cpuStart
            var after = rusage()
            getrusage(rusageThread, &after)
            run.voluntary[index] = after.ru_nvcsw - before.ru_nvcsw
            run.involuntary[index] = after.ru_nivcsw - before.ru_nivcsw
            if sum == 42 { print("") }
            run.done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
    usleep(20_000)  // let the threads reach the start line
    let start = nanoseconds()
    for _ in 0..<threads { run.start.signal() }
    for _ in 0..<threads { run.done.wait() }
    let wall = Double(nanoseconds() - start)
    let cpu = (0..<threads).reduce(0.0) { $0 + Double(run.cpu[$1]) }
    let voluntary = (0..<threads).reduce(0) { $0 + run.voluntary[$1] }
    let involuntary = (0..<threads).reduce(0) { $0 + run.involuntary[$1] }
    return (wall, cpu, voluntary, involuntary)
}

/// Row b on 1 and on 2 threads at once, paired round by round.
/// The two-thread result: measured wall-clock throughput ratio, the CPU the two
/// threads actually got, and the ratio projected for two free cores (2 divided by
/// how much more CPU a decode costs when two run at once).
struct ThreadResult {
    var speedup = Double.nan
    var coresGot = Double.nan
    var projected = Double.nan
}

func threadRow(_ body: Body, name: String, single: Double, rounds: Int) -> (String, ThreadResult) {
    let iterations = max(2, Int(200e6 / single))
    var ratios: [Double] = []
    var singleTimes: [Double] = []
    var dualTimes: [Double] = []
    var utilisation: [Double] = []
    var singleUtilisation: [Double] = []
    var cpuPerDecode1: [Double] = []
    var cpuPerDecode2: [Double] = []
    var voluntary = 0
    var involuntary = 0
    var decodes = 0
    _ = runThreads(2, iterations: 1, body: body)
    for _ in 0..<rounds {
        let one = runThreads(1, iterations: iterations, body: body)
        let two = runThreads(2, iterations: iterations, body: body)
        singleTimes.append(one.wall / Double(iterations))
        dualTimes.append(two.wall / Double(iterations))
        ratios.append(2 * one.wall / two.wall)
        utilisation.append(two.cpu / two.wall)
        singleUtilisation.append(one.cpu / one.wall)
        cpuPerDecode1.append(one.cpu / Double(iterations))
        cpuPerDecode2.append(two.cpu / Double(2 * iterations))
        voluntary += two.voluntary
        involuntary += two.involuntary
        decodes += 2 * iterations
    }
    let speedup = median(ratios)
    let line =
        String(
            format:
                "Two threads, each decoding %@ %d× (row b): 1 thread %@/decode, 2 threads %@/decode each → throughput %.2f× one thread (median of %d paired rounds, range %.2f–%.2f).\n  CPU the decoding threads got: %.2f cores of 2 in the 2-thread runs, %.2f of 1 in the 1-thread runs.",
            name, iterations, formatTime(median(singleTimes)), formatTime(median(dualTimes)), speedup, ratios.count,
            ratios.min() ?? .nan, ratios.max() ?? .nan, median(utilisation), median(singleUtilisation))
        + String(
            format:
                "\n  Load-independent view: CPU per decode %@ on 1 thread, %@ on 2 (×%.2f); context switches per decode in the 2-thread runs: %.2f voluntary (blocking), %.2f involuntary (preempted).",
            formatTime(median(cpuPerDecode1)), formatTime(median(cpuPerDecode2)),
            median(cpuPerDecode2) / median(cpuPerDecode1), Double(voluntary) / Double(max(decodes, 1)),
            Double(involuntary) / Double(max(decodes, 1)))
    let result = ThreadResult(
        speedup: speedup, coresGot: median(utilisation),
        projected: min(2, 2 / (median(cpuPerDecode2) / median(cpuPerDecode1))))
    return (line, result)
}

/// `threads PATH [ROUNDS]`: only the two-thread row.
func threadsCommand(_ arguments: [String]) -> Never {
    guard let path = arguments.first else { fatalError("usage: threads PATH [ROUNDS]") }
    let body = try! Body.load(path, only: .xml)
    blackHole &+= Row.xml.run(body)
    let start = nanoseconds()
    blackHole &+= Row.xml.run(body)
    let single = Double(nanoseconds() - start)
    let rounds = arguments.count > 1 ? Int(arguments[1]) ?? 9 : 9
    let (line, result) = threadRow(
        body, name: URL(fileURLWithPath: path).lastPathComponent, single: single, rounds: rounds)
    print(line)
    print(String(format: "projected for two free cores: %.2f×", result.projected))
    exit(0)
}

struct Options {
    var fixtures = "Fixtures"
    var payloads = "Benchmarks/Payloads"
    /// Multiplies every round count and budget (BENCH_SCALE); 1 keeps the measuring near 2-3 minutes on 2 cores.
    var scale = 1.0
    var xmlCoderLimit = 60.0
}

func runCommand(_ arguments: [String]) {
    var options = Options()
    var index = 0
    while index < arguments.count {
        let value = index + 1 < arguments.count ? arguments[index + 1] : ""
        switch arguments[index] {
        case "--fixtures": options.fixtures = value
        case "--payloads": options.payloads = value
        case "--scale": options.scale = Double(value) ?? 1
        case "--xmlcoder-limit": options.xmlCoderLimit = Double(value) ?? 60
        case "--clock": useWallClock = value == "wall"
        default: fatalError("unknown option \(arguments[index])")
        }
        index += 2
    }
    let loadAtStart = loadAverage()
    func rounds(_ base: Int) -> Int { max(3, Int(Double(base) * options.scale)) }

    // 1. Load and check every body.
    var seeds: [Loaded] = []
    var skipped: [(file: String, error: String)] = []
    func relative(_ path: String) -> String {
        path.hasPrefix(options.fixtures + "/") ? String(path.dropFirst(options.fixtures.count + 1)) : path
    }
    var badInput: [String] = []
    var notMirrored: [String] = []
    for spec in discoverSeeds(fixtures: options.fixtures) {
        // Bad-input fixtures are never seeds, even those that decode (with problems):
        // they are made to be rejected or repaired, not to be timed.
        if spec.name.hasPrefix(badInputFolder + "/") {
            badInput += [spec.xmlPath, spec.jsonPath].compactMap { $0 }.map(relative)
            continue
        }
        var loaded = Loaded(spec: spec, rows: [])
        if let path = spec.xmlPath, let body = try? Body.load(path) {
            do {
                let callback = try decodeCallback(body.bytes)
                loaded.xml = body
                loaded.rows += [.libxml2, .xml, .xmlChunked]
                if !xmlCoderMirrors(callback) {
                    notMirrored.append("\(spec.name) (\(jobTypes(callback)))")
                } else {
                    do {
                        _ = try decodeXMLCoder(body.data)
                        loaded.rows.append(.xmlCoder)
                    } catch {
                        loaded.notes.append("XMLCoder cannot decode \(spec.name).xml: \(error)")
                    }
                }
            } catch {
                skipped.append((relative(path), "\(error)"))
            }
        }
        if let path = spec.jsonPath, let body = try? Body.load(path) {
            do {
                _ = try decodeCallback(body.bytes)
                loaded.json = body
                loaded.rows += [.jsonSerialization, .json]
            } catch {
                skipped.append((relative(path), "\(error)"))
            }
        }
        loaded.rows.sort { $0.rawValue < $1.rawValue }
        if !loaded.rows.isEmpty { seeds.append(loaded) }
    }
    var pairsEqual = 0
    var pairs = 0
    for seed in seeds {
        guard let xml = seed.xml, let json = seed.json else { continue }
        pairs += 1
        if (try? decodeCallback(xml.bytes)) == (try? decodeCallback(json.bytes)) { pairsEqual += 1 }
    }

    var generated: [Loaded] = []
    for spec in generatedPayloads(directory: options.payloads, sizes: ["1m", "32m"]) {
        log("loading and checking \(spec.name)")
        guard let xml = try? Body.load(spec.xmlPath!), let json = try? Body.load(spec.jsonPath!) else {
            fatalError("cannot read \(spec.name); run Scripts/generate-payloads.py")
        }
        let fromXML: Callback
        let fromJSON: Callback
        do {
            fromXML = try decodeCallback(xml.bytes)
            fromJSON = try decodeCallback(json.bytes)
        } catch {
            fatalError("\(spec.name) does not decode: \(error)")
        }
        guard fromXML == fromJSON else { fatalError("\(spec.name): the XML and JSON forms decode to different values") }
        checkManifest(spec, fromXML)
        var loaded = Loaded(spec: spec, xml: xml, json: json, rows: Row.allCases)
        if spec.name == "videotag-1m" {
            let coder = try! decodeXMLCoder(xml.data)
            let places = coder.JobsDetail?.first?.Operation?.VideoTagResult?.StreamData?.Data?.PlaceTags?.count
            let expected = fromXML.jobsDetail.first?.operation?.videoTagResult?.streamData?.data?.placeTags.count
            if places != expected {
                fatalError("XMLCoder read \(places ?? -1) PlaceTags, the library \(expected ?? -1)")
            }
        } else {
            loaded.rows.removeAll { $0 == .xmlCoder }  // measured once, in a child process, below
        }
        generated.append(loaded)
    }
    if generated.count < 2 { log("warning: generated payloads missing in \(options.payloads)") }

    // 2. Timings.
    var results: [Measured] = []
    log("seeds: \(seeds.count) bodies, interleaved rounds")
    for seed in seeds {
        results.append(
            measure(seed, rows: seed.rows, rounds: rounds(31), sampleTarget: 3e6, rowBudget: 1e9 * options.scale))
    }
    for payload in generated {
        let big = payload.spec.name.hasSuffix("32m")
        log("\(payload.spec.name): interleaved rounds of \(payload.rows.map(\.rawValue).joined())")
        results.append(
            measure(
                payload, rows: payload.rows, rounds: rounds(big ? 11 : 21), sampleTarget: big ? 0 : 20e6,
                rowBudget: (big ? 30e9 : 12e9) * options.scale))
    }

    // 3. Two threads vs one on the 1 MiB XML.
    var threadLine = "two-thread row: skipped (no 1 MiB payload)"
    var threadResult = ThreadResult()
    if let oneMiB = generated.first(where: { $0.spec.name == "videotag-1m" }), let body = oneMiB.xml,
        let single = results.first(where: { $0.loaded.spec.name == "videotag-1m" })?.time(.xml)
    {
        log("two threads vs one")
        (threadLine, threadResult) = threadRow(body, name: "videotag-1m.xml", single: single, rounds: rounds(11))
    }

    // 4. Peak memory at 32 MiB, one child process per row.
    var memoryLines: [String] = []
    var xmlCoderBig = "not run"
    if let big = generated.first(where: { $0.spec.name == "videotag-32m" }) {
        log("peak RSS children for videotag-32m")
        let xmlPath = big.spec.xmlPath!
        let jsonPath = big.spec.jsonPath!
        var floors: [String: Int] = [:]
        for (label, path) in [("XML", xmlPath), ("JSON", jsonPath)] {
            let child = runChild(selfPath, ["child", "floor", path], timeout: 120)
            floors[label] = Int(field("hwm", in: child.output) ?? -1)
        }
        let bodyBytes = big.xml!.count
        memoryLines.append(
            "  \(pad("process floor, XML body loaded (\(formatBytes(big.xml!.count)))", 44)) \(pad(formatKiB(floors["XML"]!), 11, right: true))"
        )
        memoryLines.append(
            "  \(pad("process floor, JSON body loaded (\(formatBytes(big.json!.count)))", 44)) \(pad(formatKiB(floors["JSON"]!), 11, right: true))"
        )
        for row in Row.allCases {
            let path = row.isJSON ? jsonPath : xmlPath
            let floor = floors[row.isJSON ? "JSON" : "XML"]!
            let limit = row == .xmlCoder ? options.xmlCoderLimit : 600
            if row == .xmlCoder,
                let small = results.first(where: { $0.loaded.spec.name == "videotag-1m" })?.time(
                    .xmlCoder), small * 32 > 3 * limit * 1e9
            {
                xmlCoderBig =
                    "skipped: 1 MiB takes \(formatTime(small)), so 32 MiB would take far more than \(Int(limit)) s"
                memoryLines.append("  \(pad(row.title, 44)) skipped (\(xmlCoderBig))")
                continue
            }
            log("  child \(row.title)")
            let child = runChild(selfPath, ["child", row.rawValue, path], timeout: limit)
            if child.timedOut {
                if row == .xmlCoder { xmlCoderBig = "skipped: one decode took more than \(Int(limit)) s (killed)" }
                memoryLines.append("  \(pad(row.title, 44)) skipped (one decode > \(Int(limit)) s)")
                continue
            }
            if child.output.contains("error=1") {
                let message =
                    child.output.components(separatedBy: "message=").last?
                    .trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "_", with: " ") ?? "?"
                let reason =
                    message.contains("NSXMLParserErrorDomain Code=1")
                    ? "Foundation's XMLParser hands libxml2 the whole body as one chunk, and libxml2 refuses a chunk over 10,000,000 bytes without XML_PARSE_HUGE"
                    : message
                if row == .xmlCoder { xmlCoderBig = "fails: \(message) — \(reason)" }
                memoryLines.append("  \(pad(row.title, 44)) fails: \(message)")
                continue
            }
            guard let hwm = field("hwm", in: child.output), let ns = field("ns", in: child.output) else {
                memoryLines.append("  \(pad(row.title, 44)) failed (status \(child.status))")
                continue
            }
            let over = Int(hwm) - floor
            memoryLines.append(
                "  \(pad(row.title, 44)) \(pad(formatKiB(Int(hwm)), 11, right: true)) \(pad(formatKiB(over), 11, right: true)) \(pad(String(format: "%.1f×", Double(over) * 1024 / Double(row.isJSON ? big.json!.count : bodyBytes)), 8, right: true))   one decode \(formatTime(ns))"
            )
            if row == .xmlCoder, let index = results.firstIndex(where: { $0.loaded.spec.name == "videotag-32m" }) {
                var cell = Cell()
                cell.samples = [useWallClock ? ns : field("cpu", in: child.output) ?? ns]
                cell.otherSamples = [useWallClock ? field("cpu", in: child.output) ?? ns : ns]
                cell.note = "1 run, in its own process"
                results[index].cells[.xmlCoder] = cell
                xmlCoderBig = "measured once, in its own process"
            }
        }
    }

    // 5. Allocations per decode (seeds and the 1 MiB body), under malloc-interposer.
    var allocNote = ""
    let allocsBinary = binDirectory + "/cicallback-allocs"
    let interposer = binDirectory + "/libMallocInterposerSwift.so"
    if FileManager.default.fileExists(atPath: allocsBinary), FileManager.default.fileExists(atPath: interposer) {
        log("allocation counts")
        var jobs: [String] = []
        for measured in results where measured.loaded.spec.name != "videotag-32m" {
            for row in measured.loaded.rows {
                if let path = measured.loaded.spec.path(for: row) { jobs.append("\(row.rawValue)=\(path)") }
            }
        }
        let child = runChild(allocsBinary, jobs, environment: ["LD_PRELOAD": interposer], timeout: 300)
        var counts: [String: Double] = [:]
        for line in child.output.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count >= 3, let value = Double(parts[2]) { counts["\(parts[0])=\(parts[1])"] = value }
        }
        for index in results.indices {
            for row in results[index].loaded.rows {
                guard let path = results[index].loaded.spec.path(for: row) else { continue }
                results[index].cells[row]?.allocs = counts["\(row.rawValue)=\(path)"]
            }
        }
        if counts.isEmpty { allocNote = "allocation counting failed (status \(child.status))" }
    } else {
        allocNote = "allocation counts unavailable: \(allocsBinary) or \(interposer) missing"
    }

    // 6. The first decode in a fresh process (one-time setup), VideoTag seed XML and JSON.
    var firstLines: [String] = []
    let firstSeed = "video-tag/job-api"
    if let seed = seeds.first(where: { $0.spec.name == firstSeed }), let xmlPath = seed.spec.xmlPath,
        let jsonPath = seed.spec.jsonPath
    {
        log("first decode in fresh processes")
        firstLines = firstDecodeLines(
            xmlSeed: firstSeed, jsonSeed: firstSeed, xmlPath: xmlPath, jsonPath: jsonPath,
            processes: max(15, Int(15 * options.scale)))
    } else {
        firstLines = ["First decode in a fresh process: skipped (no \(firstSeed).xml/.json seed)"]
    }

    // 7. The table.
    var out: [String] = []
    out.append(
        "CICallback benchmark — libxml2 \(libxml2Version), \(ProcessInfo.processInfo.activeProcessorCount) cores, load average at start \(loadAtStart), at end \(loadAverage())"
    )
    let primary = useWallClock ? "wall" : "cpu"
    let secondary = useWallClock ? "cpu" : "wall"
    out.append(
        "\(primary): median per decode over interleaved rounds (row order rotates each round), by \(useWallClock ? "the wall clock" : "the measuring thread's CPU time (CLOCK_THREAD_CPUTIME_ID; --clock wall to switch)"); \(secondary): the same by the \(useWallClock ? "thread's CPU time" : "wall clock")."
    )
    out.append(
        "Every time includes freeing the result. MB/s: 10^6 bytes of that row's own body (JSON rows: the JSON body) per \(primary) second."
    )
    out.append(
        "×(a): \(primary) time / row (a)'s on the XML of the same content. (e)/(d): typed JSON / JSONSerialization alone."
    )
    out.append(
        "iqr: interquartile range / median. n: samples × decodes per sample. allocs: mallocs per decode (malloc-interposer, package-benchmark's counter)."
    )
    out.append("")
    let header =
        pad("payload", 34) + pad("row", 23) + pad("bytes", 9, right: true) + pad(primary, 11, right: true)
        + pad(secondary, 11, right: true) + pad("MB/s", 8, right: true) + pad("×(a)", 8, right: true)
        + pad("(e)/(d)", 9, right: true)
        + pad("iqr", 6, right: true) + pad("n", 9, right: true) + pad("allocs", 9, right: true)
    out.append(header)
    out.append(String(repeating: "-", count: header.count))
    for measured in results {
        let spec = measured.loaded.spec
        let baseline = measured.time(.libxml2)
        for row in Row.allCases {
            guard let cell = measured.cells[row], let body = measured.loaded.body(for: row) else { continue }
            let time = cell.median
            let mbs = Double(body.count) / time * 1e3
            let ratio = row == .libxml2 || !baseline.isFinite ? "" : String(format: "%.2f", time / baseline)
            let jsonRatio = row == .json ? String(format: "%.2f", time / measured.time(.jsonSerialization)) : ""
            let iqr =
                cell.samples.count > 2
                ? String(format: "%.0f%%", (quantile(cell.samples, 0.75) - quantile(cell.samples, 0.25)) / time * 100)
                : ""
            let n = cell.note != nil ? "1*" : "\(cell.samples.count)×\(cell.batch)"
            let allocs = cell.allocs.map { String(format: "%.0f", $0) } ?? ""
            let name = row == Row.allCases.first(where: { measured.cells[$0] != nil }) ? spec.name : ""
            out.append(
                pad(name, 34) + pad(row.title, 23) + pad("\(body.count)", 9, right: true)
                    + pad(formatTime(time), 11, right: true) + pad(formatTime(cell.otherMedian), 11, right: true)
                    + pad(String(format: "%.1f", mbs), 8, right: true)
                    + pad(ratio, 8, right: true) + pad(jsonRatio, 9, right: true) + pad(iqr, 6, right: true)
                    + pad(n, 9, right: true) + pad(allocs, 9, right: true))
        }
    }
    out.append("")
    out.append("1* = one decode in its own process (XMLCoder at 32 MiB: \(xmlCoderBig)).")
    if !allocNote.isEmpty { out.append(allocNote) }
    out.append(
        "seed XML/JSON pairs that decode to equal values: \(pairsEqual)/\(pairs); generated payloads: XML and JSON decode to equal values and match their manifests."
    )
    // Bodies that are not timed: bad-input/ as a whole, then any other body that does not decode.
    if !badInput.isEmpty {
        out.append(
            "left out, not seeds: all \(badInput.count) bodies in Fixtures/\(badInputFolder)/ (invalid by design; some decode with problems)"
        )
    }
    for file in skipped { out.append("left out, does not decode: Fixtures/\(file.file) (\(file.error))") }
    for seed in seeds { for note in seed.notes { out.append("note: \(note)") } }
    out.append(
        "row (f) decodes into a Codable model with the typed model's fields for the original job types only (\(xmlCoderJobTypes.sorted().joined(separator: ", ")), WorkflowFinish; times and enum-like values kept as strings),"
    )
    out.append(
        "  so it runs only on bodies of those types (\(results.filter { $0.loaded.spec.kind == .seed && $0.cells[.xmlCoder] != nil }.count) seeds and the generated VideoTag payloads); not on the \(notMirrored.count) seed XML bodies of other types."
    )
    out.append("")
    out.append(
        "Peak resident memory, videotag-32m (VmHWM of a fresh child process that loads the body and decodes it once):")
    out.append(
        "  \(pad("", 44)) \(pad("VmHWM", 11, right: true)) \(pad("over floor", 11, right: true)) \(pad("/body", 8, right: true))"
    )
    out.append(contentsOf: memoryLines)
    out.append("")
    out.append(threadLine)
    out.append("")
    out.append(contentsOf: firstLines)
    out.append("")
    out.append(contentsOf: targets(results, threads: threadResult))
    print(out.joined(separator: "\n"))
    log("done")
}

func checkManifest(_ spec: PayloadSpec, _ callback: Callback) {
    guard let path = spec.manifestPath, let bytes = try? readFile(path),
        let manifest = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Int],
        let data = callback.jobsDetail.first?.operation?.videoTagResult?.streamData?.data
    else { fatalError("\(spec.name): no manifest or no VideoTag data") }
    let actual: [String: Int] = [
        "placeTags": data.placeTags.count, "actionTags": data.actionTags.count, "objectTags": data.objectTags.count,
        "personTags": data.personTags.count, "tags": data.tags.count,
        "clipFrameResults": data.placeTags.reduce(0) { $0 + $1.clipFrameResult.count },
        "placeTagTags": data.placeTags.reduce(0) { $0 + $1.tags.count },
        "objects": data.objectTags.reduce(0) { $0 + $1.objects.count },
    ]
    for (key, value) in manifest where actual[key] != value {
        fatalError("\(spec.name): \(key) is \(actual[key] ?? -1), the generator wrote \(value)")
    }
}

func targets(_ results: [Measured], threads: ThreadResult) -> [String] {
    func find(_ name: String) -> Measured? { results.first { $0.loaded.spec.name == name } }
    var lines = ["Targets (issues 7 and 13):"]
    func line(_ label: String, _ value: String, _ met: Bool?) {
        let verdict = met.map { $0 ? "met" : "NOT met" } ?? "n/a"
        lines.append("  \(pad(label, 58)) \(pad(value, 34)) \(verdict)")
    }
    for name in ["videotag-1m", "videotag-32m"] {
        guard let m = find(name) else { continue }
        let ratio = m.time(.xml) / m.time(.libxml2)
        let chunked = m.time(.xmlChunked) / m.time(.libxml2)
        line(
            "typed XML ≤ 2.0× raw libxml2, \(name)", String(format: "(b) %.2f×, (c) %.2f×", ratio, chunked),
            max(ratio, chunked) <= 2.0)
    }
    let seedRatios = results.filter {
        $0.loaded.spec.kind == .seed && $0.cells[.xml] != nil && $0.cells[.libxml2] != nil
    }
    .map { $0.time(.xml) / $0.time(.libxml2) }
    if !seedRatios.isEmpty {
        let worst = results.filter {
            $0.loaded.spec.kind == .seed && $0.cells[.xml] != nil && $0.cells[.libxml2] != nil
        }
        .max { $0.time(.xml) / $0.time(.libxml2) < $1.time(.xml) / $1.time(.libxml2) }!.loaded.spec.name
        line(
            "seed XML ≤ 2.0× raw libxml2, median over \(seedRatios.count) seed XML",
            String(format: "(b)/(a) median %.2f×", median(seedRatios)), median(seedRatios) <= 2.0)
        line(
            "seed XML ≤ 2.0× raw libxml2, every seed XML",
            String(format: "(b)/(a) max %.2f× (%@)", seedRatios.max()!, worst), seedRatios.max()! <= 2.0)
        for name in ["samples/Transcode-1", "samples/SpeechRecognition-1"] {
            guard let m = find(name), m.cells[.xml] != nil else { continue }
            let ratio = m.time(.xml) / m.time(.libxml2)
            line(
                "  \(name).xml ≤ 2.0× raw libxml2",
                String(format: "(b) %.2f×, (c) %.2f×", ratio, m.time(.xmlChunked) / m.time(.libxml2)), ratio <= 2.0)
        }
    }
    for name in ["videotag-1m", "videotag-32m"] {
        guard let m = find(name) else { continue }
        let ratio = m.time(.json) / m.time(.jsonSerialization)
        line("typed JSON ≤ 1.5× JSONSerialization, \(name)", String(format: "%.2f×", ratio), ratio <= 1.5)
    }
    let seedJSON = results.filter { $0.loaded.spec.kind == .seed && $0.cells[.json] != nil }
        .map { $0.time(.json) / $0.time(.jsonSerialization) }
    if !seedJSON.isEmpty {
        line(
            "typed JSON ≤ 1.5× JSONSerialization (every seed JSON)",
            String(format: "max %.2f×, median %.2f×", seedJSON.max()!, median(seedJSON)), seedJSON.max()! <= 1.5)
    }
    for name in ["videotag-1m", "videotag-32m"] {
        guard let m = find(name), m.cells[.xmlCoder] != nil else {
            if find(name) != nil {
                line("≥ 25× faster than XMLCoder, \(name)", "XMLCoder cannot decode it (above)", nil)
            }
            continue
        }
        let ratio = m.time(.xmlCoder) / m.time(.xml)
        line("≥ 25× faster than XMLCoder, \(name)", String(format: "%.1f×", ratio), ratio >= 25)
    }
    let seedCoder = results.filter { $0.loaded.spec.kind == .seed && $0.cells[.xmlCoder] != nil }
        .map { $0.time(.xmlCoder) / $0.time(.xml) }
    if !seedCoder.isEmpty {
        line(
            "≥ 25× faster than XMLCoder (seed XML)",
            String(format: "min %.1f×, median %.1f×", seedCoder.min()!, median(seedCoder)), seedCoder.min()! >= 25)
    }
    if let small = find("videotag-1m"), let big = find("videotag-32m") {
        /// Time per MB of that row's body at 32 MiB and at 1 MiB; `minus` takes another row's time off first.
        func perMB(_ row: Row, minus other: Row? = nil) -> (big: Double, small: Double) {
            func at(_ m: Measured) -> Double {
                (m.time(row) - (other.map { m.time($0) } ?? 0)) / Double(m.loaded.body(for: row)!.count)
            }
            return (at(big), at(small))
        }
        func growth(_ label: String, _ times: (big: Double, small: Double), verdict: Bool) {
            let ratio = times.big / times.small
            line(
                label, String(format: "%.1f vs %.1f ms/MB (%+.0f%%)", times.big, times.small, (ratio - 1) * 100),
                verdict ? ratio <= 1.15 : nil)
        }
        growth("time/MB at 32 MiB within 15% of 1 MiB, row b", perMB(.xml), verdict: true)
        growth("time/MB at 32 MiB within 15% of 1 MiB, row e", perMB(.json), verdict: true)
        // What row (e) is made of: Foundation's parse, and the library's walk on top of it.
        growth("  of which JSONSerialization's own (row d)", perMB(.jsonSerialization), verdict: false)
        growth("  of which the library's own (e − d)", perMB(.json, minus: .jsonSerialization), verdict: true)
    }
    if threads.coresGot.isFinite, threads.coresGot < 1.8 {
        // Other processes held the cores: the wall-clock ratio says nothing about the library.
        lines.append(
            "  \(pad("2 threads ≥ 1.7× one thread (1 MiB XML)", 58)) \(pad(String(format: "%.2f× measured", threads.speedup), 34)) inconclusive"
        )
        lines.append(
            String(
                format:
                    "      (the 2-thread runs got only %.2f cores of 2; from CPU per decode, two free cores would give %.2f×: %@)",
                threads.coresGot, threads.projected, threads.projected >= 1.7 ? "met" : "NOT met"))
    } else {
        line(
            "2 threads ≥ 1.7× one thread (1 MiB XML)",
            threads.speedup.isFinite ? String(format: "%.2f×", threads.speedup) : "-",
            threads.speedup.isFinite ? threads.speedup >= 1.7 : nil)
    }
    return lines
}

// MARK: - Main

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "run": runCommand(Array(arguments.dropFirst()))
case "child": childCommand(Array(arguments.dropFirst()))
case "profile": profileCommand(Array(arguments.dropFirst()))
case "threads": threadsCommand(Array(arguments.dropFirst()))
case "first": firstCommand(Array(arguments.dropFirst()))
default:
    print("usage: cicallback-bench run [--fixtures DIR] [--payloads DIR] [--scale X] [--xmlcoder-limit SECONDS]")
    print("       cicallback-bench child ROW|floor PATH")
    print("       cicallback-bench profile PATH [N] [ROW]")
    print("       cicallback-bench threads PATH [ROUNDS]")
    print("       cicallback-bench first XMLPATH JSONPATH xml|json [LATER]")
    exit(arguments.isEmpty ? 0 : 2)
}
