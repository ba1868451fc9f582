// Allocations per decode, counted by ordo-one's malloc-interposer (the counter
// behind package-benchmark's mallocCountTotal). Run with the interposer
// LD_PRELOADed, as cicallback-bench does:
//
//   LD_PRELOAD=.build/release/libMallocInterposerSwift.so cicallback-allocs ROW=PATH...
//
// For each ROW=PATH: two warm-up runs (one-time initialisation: libxml2's globals,
// type metadata, Foundation caches), then `iterations` counted runs. Prints one
// line per argument: `ROW PATH mallocs-per-decode bytes-per-decode frees-per-decode`.

import BenchSupport
import Foundation
import MallocInterposerSwift

var iterations = 10
var jobs: [(Row, String)] = []
for argument in CommandLine.arguments.dropFirst() {
    if argument.hasPrefix("--iterations=") {
        iterations = Int(argument.dropFirst("--iterations=".count)) ?? iterations
        continue
    }
    let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, let row = Row(rawValue: parts[0]) else {
        FileHandle.standardError.write(Data("usage: cicallback-allocs [--iterations=N] ROW=PATH...\n".utf8))
        exit(2)
    }
    jobs.append((row, parts[1]))
}

var sink = 0
for (row, path) in jobs {
    let body: Body
    do {
        body = try Body.load(path, only: row)
    } catch {
        print(row.rawValue, path, "error", 0, 0)
        continue
    }
    sink &+= row.run(body)
    sink &+= row.run(body)
    MallocInterposerSwift.initialize()
    MallocInterposerSwift.hook()
    for _ in 0..<iterations { sink &+= row.run(body) }
    MallocInterposerSwift.unhook()
    let stats = MallocInterposerSwift.getStatistics()
    print(
        row.rawValue, path, Double(stats.mallocCount) / Double(iterations),
        Double(stats.mallocBytesCount) / Double(iterations), Double(stats.freeCount) / Double(iterations))
}
if sink == 42 { print("") }  // keep the work observable
