#!/usr/bin/env python3
"""Load client and store checker for Scripts/test-receiver.sh (loopback only).

  client.py make   --seeds F... --count N --first I --out DIR
      N distinct bodies made from the seed fixtures (each with a new job id or
      trace id), in DIR, and DIR/manifest.jsonl: file, seed, digest, jobs expected.
  client.py load   --urls U[,U] --bodies DIR --copies K --concurrency C
                   [--retry-seconds S] [--progress FILE] --out results.jsonl
      Sends every body K times (copies alternate between the URLs), C requests in
      flight, and records every attempt: body, url, status, latency. With
      --retry-seconds, a body that did not get a 200 is sent again (as the receiver
      assumes the service may; Tencent does not document it) until it does or S
      seconds have passed.
  client.py verify --bodies DIR --results results.jsonl (--sqlite PATH | --psql CMD)
                   [--deliveries K] [--canonical]
      Every body that got a 200 is in the store exactly once, bytes identical,
      with all its job rows; no callback row lacks job rows; no orphan job rows.
  client.py slow   --url U --mode headers|body --seconds S --out FILE
      A slow-loris client: one byte every 100 ms; prints how long until the
      server closed the connection.
"""
import argparse, hashlib, http.client, json, os, queue, re, socket, subprocess, sys, threading, time
from urllib.parse import urlsplit


def compact_json(laid_out):
    """The canonical bytes of an expectation file (laid out one field a line, see the
    tests' ExpectationLayout): whitespace outside strings removed."""
    out, in_string, escaped = bytearray(), False, False
    for byte in laid_out:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x20, 0x0A):
            continue
        out.append(byte)
    return bytes(out)


def expected_jobs(canonical):
    """The job rows the receiver writes for a body, from its canonical JSON."""
    jobs = 0
    detail = canonical.get("JobsDetail")
    moderation = isinstance(detail, dict) or "data" in canonical or "code" in canonical
    if isinstance(detail, list):
        jobs += len(detail)
    workflow = canonical.get("WorkflowExecution")
    if isinstance(workflow, dict):
        jobs += len(workflow.get("Tasks") or [])
    return jobs + (1 if moderation else 0)


ID = re.compile(rb'(<JobId>|"JobId"\s*:\s*"|"trace_id"\s*:\s*")([^<"]+)')


def cmd_make(args):
    os.makedirs(args.out, exist_ok=True)
    seeds = []
    for path in args.seeds:
        expected = os.path.join(os.path.dirname(path), "expected", os.path.basename(path) + ".json")
        if not os.path.isfile(path) or not os.path.isfile(expected):
            continue
        body = open(path, "rb").read()
        match = ID.search(body)
        if not match:
            continue
        seeds.append((path, body, match.group(2), expected_jobs(json.load(open(expected)))))
    if not seeds:
        sys.exit("no seed with a job id")
    with open(os.path.join(args.out, "manifest.jsonl"), "w") as manifest:
        for n in range(args.first, args.first + args.count):
            path, body, old, jobs = seeds[n % len(seeds)]
            new = old[: max(1, len(old) - 12)] + b"%012x" % n
            data = body.replace(old, new)
            name = os.path.join(args.out, "%06d%s" % (n, os.path.splitext(path)[1]))
            open(name, "wb").write(data)
            manifest.write(json.dumps({"file": name, "seed": path, "digest": hashlib.sha256(data).hexdigest(),
                                       "jobs": jobs, "type": "application/json" if path.endswith(".json") else "application/xml"}) + "\n")


def cmd_fixtures(args):
    """A manifest of fixture bodies as they are (no new ids), with their expected canonical JSON."""
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "manifest.jsonl"), "w") as manifest:
        for path in args.files:
            expected = os.path.join(os.path.dirname(path), "expected", os.path.basename(path) + ".json")
            data = open(path, "rb").read()
            manifest.write(json.dumps({"file": path, "digest": hashlib.sha256(data).hexdigest(),
                                       "canonical": expected}) + "\n")


def read_manifest(directory):
    return [json.loads(line) for line in open(os.path.join(directory, "manifest.jsonl"))]


def cmd_load(args):
    urls = args.urls.split(",")
    bodies = read_manifest(args.bodies)
    data = {b["file"]: open(b["file"], "rb").read() for b in bodies}
    tasks = queue.Queue()
    # The copies of one body are queued together, so they are in flight at once.
    for i, b in enumerate(bodies):
        for copy in range(args.copies):
            tasks.put((b, urls[(i + copy) % len(urls)]))
    out = open(args.out, "w")
    lock = threading.Lock()
    done = [0]
    got200 = {}
    deadline = time.monotonic() + (args.retry_seconds or 0)

    def worker():
        connections = {}
        while True:
            try:
                body, url = tasks.get_nowait()
            except queue.Empty:
                return
            while True:
                parts = urlsplit(url)
                start = time.monotonic()
                try:
                    connection = connections.get(url)
                    if connection is None:
                        connection = connections[url] = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
                    connection.request("POST", parts.path, data[body["file"]], {"Content-Type": body["type"]})
                    response = connection.getresponse()
                    response.read()
                    status = response.status
                    if response.getheader("Connection", "").lower() == "close":
                        connection.close()
                        connections.pop(url, None)
                except (OSError, http.client.HTTPException) as error:
                    status = "error:" + type(error).__name__
                    connections.pop(url, None)
                latency = time.monotonic() - start
                with lock:
                    out.write(json.dumps({"digest": body["digest"], "url": url, "status": status,
                                          "ms": round(latency * 1000, 3), "at": time.time()}) + "\n")
                    if status == 200:
                        got200[body["digest"]] = True
                    done[0] += 1
                if status == 200 or not args.retry_seconds or time.monotonic() > deadline:
                    break
                time.sleep(0.05)

    threads = [threading.Thread(target=worker) for _ in range(args.concurrency)]
    start = time.monotonic()
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads):
        time.sleep(0.05)
        if args.progress:
            with open(args.progress + ".tmp", "w") as f:
                f.write("%d\n" % done[0])
            os.replace(args.progress + ".tmp", args.progress)
    elapsed = time.monotonic() - start
    out.close()
    results = [json.loads(line) for line in open(args.out)]
    ok = [r["ms"] for r in results if r["status"] == 200]
    ok.sort()
    pct = lambda p: ok[min(len(ok) - 1, int(len(ok) * p))] if ok else float("nan")
    statuses = {}
    for r in results:
        statuses[str(r["status"])] = statuses.get(str(r["status"]), 0) + 1
    summary = {"requests": len(results), "seconds": round(elapsed, 2), "rps": round(len(results) / elapsed, 1),
               "p50_ms": round(pct(0.50), 2), "p99_ms": round(pct(0.99), 2), "statuses": statuses,
               "bodies": len(bodies), "bodies_200": len(got200)}
    print(json.dumps(summary))


def store_rows(args, digests):
    """key -> (stored body digest, job_count, job rows, deliveries, canonical json), plus problems."""
    problems = []
    if args.sqlite:
        import sqlite3
        db = sqlite3.connect("file:%s?mode=ro" % args.sqlite, uri=True)
        rows = db.execute("SELECT c.idempotency_key, c.body, c.job_count,"
                          " (SELECT count(*) FROM callback_jobs j WHERE j.callback_id = c.id), c.deliveries, c.canonical_json"
                          " FROM callbacks c").fetchall()
        rows = [(k, hashlib.sha256(b).hexdigest(), n, j, d, c) for k, b, n, j, d, c in rows]
        orphans = db.execute("SELECT count(*) FROM callback_jobs j LEFT JOIN callbacks c ON c.id = j.callback_id"
                             " WHERE c.id IS NULL").fetchone()[0]
        check = db.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            problems.append("integrity_check: " + check)
    else:
        query = ("SELECT c.idempotency_key, encode(sha256(c.body), 'hex'), c.job_count,"
                 " (SELECT count(*) FROM callback_jobs j WHERE j.callback_id = c.id), c.deliveries, c.canonical_json"
                 " FROM callbacks c")
        output = subprocess.run(args.psql.split() + ["-F", "\t", "-c", query], check=True, capture_output=True).stdout
        rows = []
        for line in output.decode().splitlines():
            k, s, n, j, d, c = line.split("\t", 5)
            rows.append((k, s, int(n), int(j), int(d), c))
        orphans = int(subprocess.run(args.psql.split() + ["-c", "SELECT count(*) FROM callback_jobs j LEFT JOIN callbacks c"
                                     " ON c.id = j.callback_id WHERE c.id IS NULL"], check=True,
                                     capture_output=True).stdout.decode().strip())
    if orphans:
        problems.append("%d job rows without their callback" % orphans)
    table = {}
    for k, s, n, j, d, c in rows:
        if k in table:
            problems.append("key %s stored twice" % k)
        table[k] = (s, n, j, d, c)
        if n != j:
            problems.append("callback %s: job_count %d but %d job rows (half-written)" % (k[:12], n, j))
    return table, problems


def cmd_verify(args):
    bodies = read_manifest(args.bodies)
    results = [json.loads(line) for line in open(args.results)] if args.results else []
    ok = {}
    for r in results:
        if r["status"] == 200:
            ok[r["digest"]] = ok.get(r["digest"], 0) + 1
    table, problems = store_rows(args, bodies)
    stored = 0
    for b in bodies:
        if args.results and b["digest"] not in ok:
            if not args.allow_missing:
                problems.append("%s never got a 200" % b["file"])
            continue
        row = table.get(b["digest"])
        if row is None:
            problems.append("LOST: %s got a 200 but is not stored" % b["file"])
            continue
        stored += 1
        digest, job_count, job_rows, deliveries, canonical = row
        if digest != b["digest"]:
            problems.append("%s: stored bytes differ from the bytes sent" % b["file"])
        if "jobs" in b and job_count != b["jobs"]:
            problems.append("%s: %d jobs stored, %d expected" % (b["file"], job_count, b["jobs"]))
        if args.results and deliveries < ok[b["digest"]]:
            problems.append("%s: %d deliveries counted, %d answered 200" % (b["file"], deliveries, ok[b["digest"]]))
        if args.deliveries and deliveries != args.deliveries:
            problems.append("%s: %d deliveries counted, want %d" % (b["file"], deliveries, args.deliveries))
        if args.canonical:
            want = compact_json(open(b["canonical"], "rb").read()).decode()
            if canonical != want:
                problems.append("%s: canonical JSON differs from the library's" % b["file"])
    # Made bodies differ in content (a job id each): two rows of them with one
    # content would be one callback stored twice. (Fixtures may say the same in
    # XML and JSON: two bodies, two callbacks.)
    ours = [table[b["digest"]] for b in bodies if b["digest"] in table and "seed" in b]
    lost = sum(1 for p in problems if p.startswith("LOST"))
    duplicated = len(ours) - len({row[4] for row in ours}) + sum(1 for p in problems if "stored twice" in p)
    if duplicated:
        problems.append("%d callbacks stored more than once" % duplicated)
    extra = len(table) - len({b["digest"] for b in bodies} & set(table))
    if args.exact and extra:
        problems.append("%d rows in the store that are none of these bodies" % extra)
    for p in problems[:20]:
        print("  " + p)
    print(json.dumps({"bodies": len(bodies), "answered_200": len(ok), "stored": stored, "lost": lost,
                      "duplicated": duplicated, "half_written": sum(1 for p in problems if "half-written" in p),
                      "rows": len(table), "problems": len(problems)}))
    sys.exit(1 if problems else 0)


def cmd_slow(args):
    parts = urlsplit(args.url)
    if args.mode == "headers":
        payload = ("POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\n" % parts.path).encode()
        payload += b"X-Padding: " + b"a" * 10000
    else:
        head = ("POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\nContent-Length: 100000\r\n\r\n"
                % parts.path).encode()
        payload = b"<Response><EventName>" + b"x" * 100000
    s = socket.create_connection((parts.hostname, parts.port))
    s.settimeout(0.1)
    start = time.monotonic()
    closed = None
    if args.mode == "body":
        s.sendall(head)
    i = 0
    while time.monotonic() - start < args.seconds:
        try:
            s.send(payload[i:i + 1])
            i += 1
            data = s.recv(4096)
            if not data:
                closed = time.monotonic() - start
                break
            # An answer (a 408, say) counts as being cut off too.
            closed = time.monotonic() - start
            break
        except socket.timeout:
            continue
        except OSError:
            closed = time.monotonic() - start
            break
    s.close()
    result = {"mode": args.mode, "bytes_sent": i, "closed_after_s": None if closed is None else round(closed, 2)}
    if args.out:
        open(args.out, "w").write(json.dumps(result) + "\n")
    print(json.dumps(result))


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("make"); p.add_argument("--seeds", nargs="+", required=True)
    p.add_argument("--count", type=int, required=True); p.add_argument("--first", type=int, default=0)
    p.add_argument("--out", required=True); p.set_defaults(run=cmd_make)
    p = sub.add_parser("fixtures"); p.add_argument("--out", required=True); p.add_argument("files", nargs="+")
    p.set_defaults(run=cmd_fixtures)
    p = sub.add_parser("load"); p.add_argument("--urls", required=True); p.add_argument("--bodies", required=True)
    p.add_argument("--copies", type=int, default=1); p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--retry-seconds", type=float, default=0); p.add_argument("--progress")
    p.add_argument("--out", required=True); p.set_defaults(run=cmd_load)
    p = sub.add_parser("verify"); p.add_argument("--bodies", required=True); p.add_argument("--results")
    p.add_argument("--sqlite"); p.add_argument("--psql"); p.add_argument("--deliveries", type=int)
    p.add_argument("--canonical", action="store_true"); p.add_argument("--exact", action="store_true")
    p.add_argument("--allow-missing", action="store_true"); p.set_defaults(run=cmd_verify)
    p = sub.add_parser("slow"); p.add_argument("--url", required=True); p.add_argument("--mode", required=True)
    p.add_argument("--seconds", type=float, default=30); p.add_argument("--out"); p.set_defaults(run=cmd_slow)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
