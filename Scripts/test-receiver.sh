#!/usr/bin/env bash
# End-to-end test of the example receiver (Examples/CallbackReceiver), against real
# servers on loopback: builds it, starts it (SQLite store) on a free port, POSTs
# every fixture (with and without a content type), checks the status and the
# acknowledgement or the error, the 413 and 404 paths, runs a short, bounded load
# with wrk; then the store-then-acknowledge cases of issue 16, on SQLite and on a
# PostgreSQL server started here from the system's binaries (initdb + pg_ctl in a
# temporary directory, as the postgres user when run as root):
#   1. every fixture body stored once, raw bytes identical, canonical JSON equal
#      to the library's (Fixtures/*/expected/*.json);
#   2. each body sent 3 times at once, stored once;
#   3. kill -9 of the receiver mid-load, restarted: every 200 stored, no row
#      half-written (both backends);
#   4. PostgreSQL stopped mid-load: 5xx while it is down, 200 again after;
#   5. slow-loris clients cut off, 503 beyond the concurrency limit, peak memory;
#   6. two receivers on one PostgreSQL database, duplicates split across them.
# The load client and the store checks are Scripts/receiver/client.py.
#
#   bash Scripts/test-receiver.sh
#
# Environment: RECEIVER_CONFIGURATION (release|debug, default release),
# LOAD_SECONDS (default 20; 0 skips the wrk load; the load cases send
# 200 x LOAD_SECONDS distinct bodies, at least 400), KEEP_WORK=1 keeps the work
# directory. Exits non-zero on any failure; the last line is "N passed, M failed".
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
PACKAGE=Examples/CallbackReceiver
CONFIGURATION=${RECEIVER_CONFIGURATION:-release}
LOAD_SECONDS=${LOAD_SECONDS:-20}
MAX_BODY_BYTES=$((1 << 20))
TOKEN=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*" >&2; }
finished=
finish() {
    finished=yes
    echo "$passed passed, $failed failed"
    [[ $failed -eq 0 ]]
}

# --- Every server is stopped on exit, whatever happens -------------------------
WORK=$(mktemp -d)
chmod 755 "$WORK"
touch "$WORK/figures.txt"
declare -A PID=() PORT=()
LOAD_PID=
source Scripts/receiver/postgres.sh
CLIENT=(python3 Scripts/receiver/client.py)
stop_receiver() {
    local pid=${PID[$1]:-}
    [[ -n $pid ]] || return 0
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
    PID[$1]=
}
cleanup() {
    [[ -z $LOAD_PID ]] || kill "$LOAD_PID" 2>/dev/null || true
    for name in "${!PID[@]}"; do stop_receiver "$name"; done
    pg_cleanup
    [[ -n ${KEEP_WORK:-} ]] && echo "work directory kept: $WORK" || rm -rf "$WORK"
    # Stopped early (set -e, a signal): still end with the count, this stop as a failure.
    [[ -n $finished ]] || echo "$passed passed, $((failed + 1)) failed"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Tools -------------------------------------------------------------------
missing=()
for tool in curl jq wrk python3; do command -v "$tool" >/dev/null || missing+=("$tool"); done
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if ((${#missing[@]})); then
    echo "installing ${missing[*]}"
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- Build -------------------------------------------------------------------
echo "building $PACKAGE ($CONFIGURATION)"
build_start=$SECONDS
if ! swift build -c "$CONFIGURATION" --package-path "$PACKAGE" >"$WORK/build.log" 2>&1; then
    tail -40 "$WORK/build.log" >&2
    fail "build"
    finish
    exit 1
fi
BINARY=$PWD/$PACKAGE/.build/$CONFIGURATION/CallbackReceiver
echo "built in $((SECONDS - build_start))s"
# No warnings in the receiver's own sources (its dependencies' are theirs).
if grep -E "^$PWD/$PACKAGE/Sources/.*warning:" "$WORK/build.log"; then
    fail "warnings in $PACKAGE/Sources"
else
    pass
fi

# --- Receivers -----------------------------------------------------------------
# start_receiver NAME PORT [VAR=VALUE...]: starts a receiver in $WORK (where its
# SQLite file goes unless DATABASE_URL is given), logging to $WORK/NAME.log, and
# waits until it listens; PORT 0 lets the kernel pick one (the server logs it).
# Sets PID[NAME], PORT[NAME]. Starting NAME again (after a kill) reuses its log.
start_receiver() {
    local name=$1 port=$2
    shift 2
    local log=$WORK/$name.log
    touch "$log"
    local before
    before=$(wc -l <"$log")
    (cd "$WORK" && exec env CALLBACK_HOST=127.0.0.1 CALLBACK_PORT="$port" CALLBACK_TOKEN="$TOKEN" \
        CALLBACK_MAX_BODY_BYTES=$MAX_BODY_BYTES CALLBACK_STORE_TIMEOUT_MS=2000 CALLBACK_DATABASE_PATH="$name.sqlite" \
        "$@" "$BINARY" >>"$log" 2>&1) &
    PID[$name]=$!
    local found=
    for _ in $(seq 300); do
        found=$(tail -n +$((before + 1)) "$log" | sed -n 's/.*listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' | head -1)
        [[ -n $found ]] && break
        kill -0 "${PID[$name]}" 2>/dev/null || break
        sleep 0.1
    done
    if [[ -z $found ]]; then
        tail -20 "$log" >&2
        return 1
    fi
    PORT[$name]=$found
}
url_of() { echo "http://127.0.0.1:${PORT[$1]}/ci-callback/$TOKEN"; }
peak_mib() { awk '/^VmHWM/ {printf "%d", $2 / 1024}' "/proc/${PID[$1]}/status" 2>/dev/null || echo 0; }

# --- Start the server (SQLite, the default store) -------------------------------
if ! start_receiver server 0; then
    fail "server did not start"
    finish
    exit 1
fi
SERVER_PID=${PID[server]}
BASE=http://127.0.0.1:${PORT[server]}
URL=$BASE/ci-callback/$TOKEN
echo "server $SERVER_PID on $BASE (SQLite $WORK/server.sqlite)"

# post URL CONTENT-TYPE FILE: sets $status and $body.
# An empty CONTENT-TYPE sends none (curl would otherwise send a form type).
post() {
    local url=$1 type=$2 file=$3
    status=$(curl -sS --max-time 30 -o "$WORK/response" -w '%{http_code}' -H "Content-Type:${type:+ $type}" \
        --data-binary @"$file" "$url") || status=curl-error
    body=$(cat "$WORK/response" 2>/dev/null || true)
}

content_type() {
    case $1 in
    *.json) echo application/json ;;
    *.xml) echo application/xml ;;
    *) echo text/plain ;;
    esac
}

# The acknowledgement expected for a fixture, from its canonical JSON. A node sent
# twice where the schema has one (a problem, kept) is an array there: the first counts.
expected_ack() {
    # Job callbacks: JobsDetail[].JobId and the workflow's tasks; moderation Detail:
    # JobsDetail (one object).JobId; moderation Simple: data.trace_id.
    jq -c 'def first_one: if type == "array" then .[0] else . end;
           def each: if type == "array" then .[] else . end;
           {event: .EventName, runId: .WorkflowExecution.RunId,
            jobIds: [(.JobsDetail // [] | each | .JobId), (.WorkflowExecution.Tasks // [])[].JobId,
                     (.data.trace_id // empty)] | map(first_one | select(. != null))}' "$1"
}

# --- Every fixture, with and without a content type ---------------------------
seeds=()
for file in Fixtures/*/*; do
    [[ -f $file && ${file##*/} != README.md ]] || continue
    name=${file#Fixtures/}
    error_file="$(dirname "$file")/expected/$(basename "$file").error"
    json_file="$(dirname "$file")/expected/$(basename "$file").json"
    [[ -f $error_file || -f $json_file ]] || { fail "$name: no expectation in expected/"; continue; }
    [[ -f $error_file ]] || seeds+=("$file")
    for type in "" "$(content_type "$file")"; do
        label="$name (${type:-no content type})"
        post "$URL" "$type" "$file"
        if [[ -f $error_file ]]; then
            read -r kind position path <"$error_file"
            want=400
            [[ $kind == "limitExceeded(bodySize)" ]] && want=413
            message=$(jq -r '.error.message // empty' <<<"$body" 2>/dev/null || true)
            if [[ $status != "$want" ]]; then
                fail "$label: status $status, want $want: $body"
            elif [[ -z $message || $message == *$'\n'* ]]; then
                fail "$label: the error is not one line: $body"
            elif [[ -z $type ]]; then
                # Sniffed, as the expectation was made: the message names what it says.
                if [[ $position != - && $message != "$position: "* ]]; then
                    fail "$label: the message does not start with $position: $message"
                elif [[ $path != - && $message != *"$path: "* ]]; then
                    fail "$label: the message does not name $path: $message"
                else
                    pass
                fi
            else
                pass
            fi
        else
            want=$(expected_ack "$json_file")
            if [[ $status != 200 ]]; then
                fail "$label: status $status, want 200: $body"
            elif ! jq -e --argjson want "$want" '{event, jobIds, runId} == $want' <<<"$body" >/dev/null 2>&1; then
                fail "$label: acknowledgement $body, want $want"
            else
                pass
            fi
        fi
    done
done
echo "fixtures: ${#seeds[@]} must decode; $passed checks passed so far"
((${#seeds[@]})) || { fail "no fixture to decode"; finish; exit 1; }

# --- Bad input: every message is one line naming a position or a path ----------
# (Bodies whose values do not fit are answered 200, above: rule 12.)
for file in Fixtures/bad-input/*; do
    [[ -f $file && -f "$(dirname "$file")/expected/$(basename "$file").error" ]] || continue
    post "$URL" "" "$file"
    message=$(jq -r '.error.message // empty' <<<"$body" 2>/dev/null || true)
    kind=$(awk '{print $1}' "$(dirname "$file")/expected/$(basename "$file").error" 2>/dev/null || true)
    if [[ $status != 400 ]]; then
        fail "bad-input/${file##*/}: status $status, want 400"
    elif [[ $kind == emptyBody && $message == "the body is empty" ]]; then
        pass # nothing to point at
    elif [[ $message =~ ^[0-9]+:[0-9]+:\  || $message =~ ^Response[.[] ]]; then
        pass
    else
        fail "bad-input/${file##*/}: no position or path in: $message"
    fi
done

# --- A body streamed in pieces (chunked, no Content-Length) -------------------
seed=${seeds[0]}
want=$(expected_ack "$(dirname "$seed")/expected/$(basename "$seed").json")
status=$({ head -c 100 "$seed"; sleep 0.2; tail -c +101 "$seed" | head -c 1000; sleep 0.2; tail -c +1101 "$seed"; } |
    curl -sS --max-time 30 -o "$WORK/response" -w '%{http_code}' -X POST -T - "$URL") || status=curl-error
if [[ $status == 200 ]] && jq -e --argjson want "$want" '{event, jobIds, runId} == $want' "$WORK/response" >/dev/null; then
    pass
else
    fail "chunked ${seed#Fixtures/}: status $status: $(cat "$WORK/response")"
fi

# --- Over the limit: 413, whether Content-Length says so or the stream does ----
{ printf '<Response><EventName>'; head -c $((MAX_BODY_BYTES + 1)) /dev/zero | tr '\0' 'x'; printf '</EventName></Response>'; } >"$WORK/large.xml"
post "$URL" application/xml "$WORK/large.xml"
[[ $status == 413 ]] && pass || fail "over the limit (Content-Length): status $status, want 413"
status=$(curl -sS --max-time 30 -o /dev/null -w '%{http_code}' -X POST -T "$WORK/large.xml" \
    -H 'Transfer-Encoding: chunked' "$URL") || status=curl-error
[[ $status == 413 ]] && pass || fail "over the limit (chunked): status $status, want 413"

# --- Wrong token: 404 -------------------------------------------------------
last=${TOKEN: -1}
for wrong in "${TOKEN%?}$([[ $last == 0 ]] && echo 1 || echo 0)" "${TOKEN}0" "${TOKEN:0:8}"; do
    post "$BASE/ci-callback/$wrong" application/xml "$seed"
    [[ $status == 404 ]] && pass || fail "wrong token $wrong: status $status, want 404"
done

# --- The log: one line per callback, never the body --------------------------
sleep 0.2
if grep -qE 'BucketId|test-1234567890|<Response|"Response"' "$WORK/server.log"; then
    fail "the log contains body content"
else
    pass
fi
lines=$(grep -c 'jobIds=.*\[CallbackReceiver\] callback$' "$WORK/server.log" || true)
want=$((2 * ${#seeds[@]} + 1))
[[ $lines == "$want" ]] && pass || fail "$lines callback lines in the log, want $want (one per decoded body)"

# --- Load: 2 connections per core, LOAD_SECONDS seconds, the seed bodies ------
if ((LOAD_SECONDS > 0)); then
    cores=$(nproc)
    command=(wrk -t"$cores" -c$((2 * cores)) -d"${LOAD_SECONDS}s" --timeout 5s --latency -s Scripts/receiver/post.lua "$URL" -- "${seeds[@]}")
    echo "load: wrk -t$cores -c$((2 * cores)) -d${LOAD_SECONDS}s --timeout 5s --latency -s post.lua URL -- <${#seeds[@]} seed bodies>"
    # In the background so that a signal stops the script (and the trap the server) at once.
    timeout $((LOAD_SECONDS + 30)) "${command[@]}" >"$WORK/wrk.txt" 2>&1 &
    LOAD_PID=$!
    wait "$LOAD_PID" || fail "wrk exited non-zero"
    LOAD_PID=
    sed "s/$TOKEN/{token}/; s/^/  /" "$WORK/wrk.txt"
    requests=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
    rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.txt")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$WORK/wrk.txt")
    socket=$(awk '/Socket errors/ {gsub(",", ""); for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+$/) s += $i; print s}' "$WORK/wrk.txt")
    failures=$((${non2xx:-0} + ${socket:-0}))
    peak_kib=$(awk '/^VmHWM/ {print $2}' "/proc/$SERVER_PID/status")
    echo "load: ${requests:-0} requests, ${rps:-?} req/s, p50 ${p50:-?}, p99 ${p99:-?}, $failures failed, server peak RSS $((peak_kib / 1024)) MiB"
    echo "wrk (SQLite, the seed bodies again and again: duplicates): ${requests:-0} requests, ${rps:-?} req/s, p50 ${p50:-?}, p99 ${p99:-?}, $failures failed, peak RSS $((peak_kib / 1024)) MiB" >>"$WORK/figures.txt"
    [[ ${requests:-0} -gt 0 ]] && pass || fail "load: no request completed"
    [[ $failures -eq 0 ]] && pass || fail "load: $failures failed requests"
    kill -0 "$SERVER_PID" 2>/dev/null && pass || fail "the server died under load"
fi


# === Store, then acknowledge ====================================================
# The cases of issue 16, on SQLite (the server above) and on a PostgreSQL server
# started here. Bodies for the load cases are fixtures with a new job id each
# (client.py make); client.py load records the status of every request, and
# client.py verify checks the store against what got a 200.
COUNT=$((LOAD_SECONDS > 0 ? LOAD_SECONDS * 200 : 400))
((COUNT >= 400)) || COUNT=400
load_seeds=(Fixtures/job-types/* Fixtures/workflow-finish/* Fixtures/moderation/* Fixtures/samples/*)
next_body=0
# make_bodies DIR N: N new distinct bodies.
make_bodies() {
    "${CLIENT[@]}" make --seeds "${load_seeds[@]}" --first "$next_body" --count "$2" --out "$1"
    next_body=$((next_body + $2))
}
# check LABEL COMMAND...: passes when the command does, printing its last line.
check() {
    local label=$1
    shift
    if "$@" >"$WORK/check.out" 2>&1; then
        pass
        figure "$label: $(tail -1 "$WORK/check.out")"
    else
        fail "$label: $(cat "$WORK/check.out")"
    fi
}
# figure TEXT: printed now and again in the figures at the end.
figure() {
    echo "  $*"
    echo "$*" >>"$WORK/figures.txt"
}
summary() { jq -r '"\(.requests) requests in \(.seconds) s, \(.rps) req/s, p50 \(.p50_ms) ms, p99 \(.p99_ms) ms, statuses \(.statuses | tostring)"' "$1"; }
# wait_progress FILE N: until the running load has sent N requests (at most 60 s).
wait_progress() {
    for _ in $(seq 600); do
        [[ $(cat "$1" 2>/dev/null || echo 0) -ge $2 ]] && return 0
        kill -0 "$LOAD_PID" 2>/dev/null || return 0
        sleep 0.1
    done
}
# crash_case NAME [VAR=VALUE...]: kill -9 the receiver NAME mid-load, restart it on
# the same port and store; the load retries what did not get a 200 (as the receiver
# assumes the service may). Every body that got a 200 must be stored once, whole.
crash_case() {
    local name=$1
    shift
    local port
    port=$(free_port)
    start_receiver "$name" "$port" "$@" || { fail "$name: did not start"; return; }
    make_bodies "$WORK/$name-bodies" "$COUNT"
    "${CLIENT[@]}" load --urls "$(url_of "$name")" --bodies "$WORK/$name-bodies" --concurrency 16 \
        --retry-seconds 120 --progress "$WORK/$name.progress" --out "$WORK/$name-results.jsonl" >"$WORK/$name-load.json" &
    LOAD_PID=$!
    wait_progress "$WORK/$name.progress" $((COUNT / 3))
    kill -9 "${PID[$name]}"
    wait "${PID[$name]}" 2>/dev/null || true
    local at
    at=$(cat "$WORK/$name.progress")
    sleep 0.5
    start_receiver "$name" "$port" "$@" || { fail "$name: did not restart"; return; }
    wait "$LOAD_PID" || fail "$name: the load client failed"
    LOAD_PID=
    figure "case 3 ($name): killed -9 after $at requests, restarted; $(summary "$WORK/$name-load.json")"
    check "$name: every 200 stored once, whole" "${CLIENT[@]}" verify --bodies "$WORK/$name-bodies" \
        --results "$WORK/$name-results.jsonl" --exact "${store_args[@]}"
    stop_receiver "$name"
}

# load_and_verify LABEL URL BODIES OUT COPIES CONCURRENCY [PEAK]: the client sends each
# body COPIES times, then every body that got a 200 must be stored once, with COPIES
# deliveries (in the store `store_args` names); PEAK adds that receiver's peak RSS.
load_and_verify() {
    local label=$1 url=$2 bodies=$3 out=$4 copies=$5 concurrency=$6 peak=${7:-}
    "${CLIENT[@]}" load --urls "$url" --bodies "$bodies" --copies "$copies" --concurrency "$concurrency" \
        --out "$out-results.jsonl" >"$out-load.json"
    figure "$label: $(summary "$out-load.json")${peak:+, peak RSS $(peak_mib "$peak") MiB}"
    check "$label" "${CLIENT[@]}" verify --bodies "$bodies" --results "$out-results.jsonl" \
        --deliveries "$copies" "${store_args[@]}"
}

rows_sqlite() { python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM callbacks").fetchone()[0])' "$1"; }
rows_pg() { $PSQL "$1" -c "SELECT count(*) FROM callbacks"; }
# wrk_distinct LABEL NAME ROWS-COMMAND: wrk for LOAD_SECONDS, every request a new
# callback (Scripts/receiver/post.lua --distinct); the store must gain one row per 200
# (and at most one per connection more: requests in flight when wrk stops).
wrk_distinct() {
    local label=$1 name=$2 rows=$3
    ((LOAD_SECONDS > 0)) || return 0
    local cores before after
    cores=$(nproc)
    templates=($(head -n 80 "$WORK/load-bodies/manifest.jsonl" | jq -r .file))
    before=$($rows)
    echo "wrk, $label: -t$cores -c$((4 * cores)) -d${LOAD_SECONDS}s, every request a new callback"
    timeout $((LOAD_SECONDS + 30)) wrk -t"$cores" -c$((4 * cores)) -d"${LOAD_SECONDS}s" --timeout 10s --latency \
        -s Scripts/receiver/post.lua "$(url_of "$name")" -- --distinct "${templates[@]}" >"$WORK/wrk-$name.txt" 2>&1 &
    LOAD_PID=$!
    wait "$LOAD_PID" || fail "wrk ($label) exited non-zero"
    LOAD_PID=
    sleep 0.5
    after=$($rows)
    local requests rps p50 p99 non2xx
    requests=$(awk '/requests in/ {print $1}' "$WORK/wrk-$name.txt")
    rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk-$name.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk-$name.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk-$name.txt")
    non2xx=$(awk '/Non-2xx|Socket errors/ {n++} END {print n + 0}' "$WORK/wrk-$name.txt")
    local added=$((after - before))
    figure "wrk ($label, every request a new callback): ${requests:-0} requests, ${rps:-?} req/s, p50 ${p50:-?}, p99 ${p99:-?}, $added rows added, peak RSS $(peak_mib "$name") MiB"
    if [[ $non2xx -eq 0 && ${requests:-0} -gt 0 && $added -ge $requests && $added -le $((requests + 4 * cores)) ]]; then
        pass
    else
        fail "wrk ($label): ${requests:-0} answered, $added rows added: $(cat "$WORK/wrk-$name.txt")"
    fi
}

echo "case 1, SQLite: every fixture body stored once, raw bytes and canonical JSON"
"${CLIENT[@]}" fixtures --out "$WORK/fixtures" "${seeds[@]}"
store_args=(--sqlite "$WORK/server.sqlite")
check "case 1 (SQLite)" "${CLIENT[@]}" verify --bodies "$WORK/fixtures" --canonical --exact "${store_args[@]}"

echo "case 2, SQLite: each body sent 3 times at once, stored once"
make_bodies "$WORK/dup-bodies" 200
load_and_verify "case 2 (SQLite, 3 copies at once)" "$URL" "$WORK/dup-bodies" "$WORK/dup" 3 12

echo "load, SQLite: $COUNT distinct bodies, 16 in flight"
make_bodies "$WORK/load-bodies" "$COUNT"
load_and_verify "load (SQLite, distinct bodies, every 200 stored once)" "$URL" "$WORK/load-bodies" \
    "$WORK/sqlite-load" 1 16 server

wrk_distinct "SQLite" server "rows_sqlite $WORK/server.sqlite"

echo "case 3, SQLite: kill -9 mid-load"
store_args=(--sqlite "$WORK/crash-sqlite.sqlite")
crash_case crash-sqlite

echo "case 5: slow clients, concurrency and memory bounds (CALLBACK_REQUEST_TIMEOUT_MS=2000, CALLBACK_MAX_CONCURRENT=4)"
if start_receiver limits 0 CALLBACK_REQUEST_TIMEOUT_MS=2000 CALLBACK_MAX_CONCURRENT=4; then
    limits_url=$(url_of limits)
    # 8 clients trickle headers and 2 a body, a byte every 100 ms; meanwhile a
    # normal request is answered at once, and each slow one is cut off at ~2 s.
    slow_pids=()
    for i in $(seq 8); do
        "${CLIENT[@]}" slow --url "$limits_url" --mode headers --seconds 15 --out "$WORK/slow-h$i.json" >/dev/null &
        slow_pids+=($!)
    done
    for i in 1 2; do
        "${CLIENT[@]}" slow --url "$limits_url" --mode body --seconds 15 --out "$WORK/slow-b$i.json" >/dev/null &
        slow_pids+=($!)
    done
    sleep 0.5
    timing=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code} %{time_total}' -H 'Content-Type: application/xml' \
        --data-binary @"$seed" "$limits_url") || timing="curl-error 0"
    read -r code seconds <<<"$timing"
    if [[ $code == 200 ]] && awk -v s="$seconds" 'BEGIN { exit !(s < 1) }'; then
        pass
        figure "case 5: a normal request during 10 slow clients: 200 in ${seconds}s"
    else
        fail "normal request during slow clients: $timing"
    fi
    wait "${slow_pids[@]}" || true
    cut=$(cat "$WORK"/slow-*.json | jq -s -c 'map(.closed_after_s)')
    if jq -e 'all(. != null and . >= 1.8 and . <= 4)' <<<"$cut" >/dev/null; then
        pass
        figure "case 5: slow clients (8 headers, 2 bodies) cut off after $cut s"
    else
        fail "slow clients not cut off after 2 s: $cut"
    fi
    # 4 bodies trickling hold the 4 places: the next request gets 503 at once,
    # and once they are cut off a request gets 200 again.
    slow_pids=()
    for i in 1 2 3 4; do
        "${CLIENT[@]}" slow --url "$limits_url" --mode body --seconds 15 >/dev/null &
        slow_pids+=($!)
    done
    sleep 0.7
    post "$limits_url" application/xml "$seed"
    [[ $status == 503 ]] && pass || fail "over CALLBACK_MAX_CONCURRENT: status $status, want 503"
    wait "${slow_pids[@]}" || true
    post "$limits_url" application/xml "$seed"
    [[ $status == 200 ]] && pass || fail "after the slow clients were cut off: status $status, want 200"
    # Memory: 32 bodies over the limit at once (streamed, chunked) and 32 normal ones.
    { printf '<Response><EventName>'; head -c $((3 * MAX_BODY_BYTES)) /dev/zero | tr '\0' 'x'; printf '</EventName></Response>'; } >"$WORK/huge.xml"
    before=$(peak_mib limits)
    seq 32 | xargs -P 32 -I{} curl -sS --max-time 30 -o /dev/null -w '%{http_code}\n' -X POST -T "$WORK/huge.xml" \
        -H 'Transfer-Encoding: chunked' "$limits_url" >"$WORK/huge.status" 2>/dev/null || true
    seq 32 | xargs -P 32 -I{} curl -sS --max-time 30 -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/xml' \
        --data-binary @"$seed" "$limits_url" >>"$WORK/huge.status" 2>/dev/null || true
    statuses=$(sort "$WORK/huge.status" | uniq -c | awk '{printf "%s×%s ", $2, $1}')
    peak=$(peak_mib limits)
    if ! grep -qvE '^(200|413|503)$' "$WORK/huge.status" && ((peak < 200)); then
        pass
        figure "case 5: 64 requests at once, 32 of them 3 MiB bodies (limit 1 MiB): $statuses; peak RSS $before -> $peak MiB"
    else
        fail "bounds under abuse: statuses $statuses, peak RSS $peak MiB"
    fi
    stop_receiver limits
else
    fail "limits receiver did not start"
fi

# --- PostgreSQL ------------------------------------------------------------------
echo "PostgreSQL: a server of its own on loopback"
if pg_setup && pg_start; then
    echo "  $("$PG_BIN/postgres" --version), port $PG_PORT, data in $PG_DIR"
    PSQL="$PG_BIN/psql -X -q -v ON_ERROR_STOP=1 -At -h 127.0.0.1 -p $PG_PORT -U postgres -d"
    for db in fixtures crash multi down; do psql_query "CREATE DATABASE $db" >/dev/null; done
    pg_url() { echo "postgres://postgres@127.0.0.1:$PG_PORT/$1"; }

    echo "cases 1 and 2, PostgreSQL"
    if start_receiver pg 0 DATABASE_URL="$(pg_url fixtures)"; then
        for file in "${seeds[@]}"; do
            for type in "" "$(content_type "$file")"; do
                post "$(url_of pg)" "$type" "$file"
                [[ $status == 200 ]] || fail "PostgreSQL: ${file#Fixtures/}: status $status"
            done
        done
        store_args=(--psql "$PSQL fixtures")
        check "case 1 (PostgreSQL)" "${CLIENT[@]}" verify --bodies "$WORK/fixtures" --canonical --exact "${store_args[@]}"
        load_and_verify "case 2 (PostgreSQL, 3 copies at once)" "$(url_of pg)" "$WORK/dup-bodies" "$WORK/pg-dup" 3 12
        echo "load, PostgreSQL: $COUNT distinct bodies, 16 in flight"
        load_and_verify "load (PostgreSQL, distinct bodies, every 200 stored once)" "$(url_of pg)" \
            "$WORK/load-bodies" "$WORK/pg-load" 1 16 pg
        wrk_distinct "PostgreSQL" pg "rows_pg fixtures"
        stop_receiver pg
    else
        fail "receiver on PostgreSQL did not start"
    fi

    echo "case 3, PostgreSQL: kill -9 mid-load"
    store_args=(--psql "$PSQL crash")
    crash_case crash-pg DATABASE_URL="$(pg_url crash)"

    echo "case 6, PostgreSQL: two receivers, one database, each body 3 times split across them"
    if start_receiver pg-a 0 DATABASE_URL="$(pg_url multi)" && start_receiver pg-b 0 DATABASE_URL="$(pg_url multi)"; then
        make_bodies "$WORK/multi-bodies" "$COUNT"
        "${CLIENT[@]}" load --urls "$(url_of pg-a),$(url_of pg-b)" --bodies "$WORK/multi-bodies" --copies 3 \
            --concurrency 24 --out "$WORK/multi-results.jsonl" >"$WORK/multi-load.json"
        figure "case 6 (two receivers): $(summary "$WORK/multi-load.json"), peak RSS $(peak_mib pg-a) and $(peak_mib pg-b) MiB"
        store_args=(--psql "$PSQL multi")
        check "case 6 (two receivers)" "${CLIENT[@]}" verify --bodies "$WORK/multi-bodies" \
            --results "$WORK/multi-results.jsonl" --deliveries 3 --exact "${store_args[@]}"
        for name in pg-a pg-b; do
            n=$(grep -c 'stored=stored' "$WORK/$name.log" || true)
            echo "  $name stored $n, answered the other deliveries as duplicates"
        done
        stop_receiver pg-a
        stop_receiver pg-b
    else
        fail "two receivers on PostgreSQL did not start"
    fi

    echo "case 4, PostgreSQL stopped mid-load: 5xx while it is down, back when it is"
    if start_receiver down 0 DATABASE_URL="$(pg_url down)"; then
        make_bodies "$WORK/down-bodies" "$COUNT"
        make_bodies "$WORK/probe-bodies" 2
        probes=($(jq -r .file "$WORK/probe-bodies/manifest.jsonl"))
        "${CLIENT[@]}" load --urls "$(url_of down)" --bodies "$WORK/down-bodies" --concurrency 16 \
            --retry-seconds 120 --progress "$WORK/down.progress" --out "$WORK/down-results.jsonl" >"$WORK/down-load.json" &
        LOAD_PID=$!
        wait_progress "$WORK/down.progress" $((COUNT / 3))
        pg_stop
        at=$(cat "$WORK/down.progress")
        post "$(url_of down)" "$(content_type "${probes[0]}")" "${probes[0]}"
        [[ $status == 5* ]] && pass || fail "database down: status $status, want 5xx"
        figure "case 4: database stopped after $at requests for 2 s; a callback meanwhile: $status"
        sleep 2
        pg_start || fail "PostgreSQL did not restart"
        wait "$LOAD_PID" || fail "down: the load client failed"
        LOAD_PID=
        figure "case 4: $(summary "$WORK/down-load.json")"
        post "$(url_of down)" "$(content_type "${probes[1]}")" "${probes[1]}"
        [[ $status == 200 ]] && pass || fail "database back: status $status, want 200"
        jq -e '.statuses["503"] > 0' "$WORK/down-load.json" >/dev/null && pass ||
            fail "no 503 while the database was down: $(cat "$WORK/down-load.json")"
        store_args=(--psql "$PSQL down")
        check "case 4 (database stopped)" "${CLIENT[@]}" verify --bodies "$WORK/down-bodies" \
            --results "$WORK/down-results.jsonl" "${store_args[@]}"
        stop_receiver down
    else
        fail "receiver for the database-down case did not start"
    fi
else
    fail "PostgreSQL did not start"
fi
pg_cleanup

echo "figures ($CONFIGURATION build, LOAD_SECONDS=$LOAD_SECONDS, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)):"
sed 's/^/  /' "$WORK/figures.txt"
echo "test-receiver: $((SECONDS))s"
finish
