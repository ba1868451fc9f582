#!/usr/bin/env bash
# End-to-end test of the example receiver (Examples/CallbackReceiver):
# builds it, starts it on loopback, POSTs every fixture (with and without a
# content type), checks the status and the acknowledgement or the error, the
# 413 and 404 paths, then runs a short, bounded load with wrk.
#
#   bash Scripts/test-receiver.sh
#
# Environment: RECEIVER_CONFIGURATION (release|debug, default release),
# LOAD_SECONDS (default 20; 0 skips the load). Exits non-zero on any failure;
# the last line is "N passed, M failed".
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

# --- The server is stopped on exit, whatever happens ---------------------------
WORK=$(mktemp -d)
SERVER_PID=
LOAD_PID=
cleanup() {
    [[ -z $LOAD_PID ]] || kill "$LOAD_PID" 2>/dev/null || true
    if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
    # Stopped early (set -e, a signal): still end with the count, this stop as a failure.
    [[ -n $finished ]] || echo "$passed passed, $((failed + 1)) failed"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Tools -------------------------------------------------------------------
missing=()
for tool in curl jq wrk; do command -v "$tool" >/dev/null || missing+=("$tool"); done
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
BINARY=$PACKAGE/.build/$CONFIGURATION/CallbackReceiver
echo "built in $((SECONDS - build_start))s"

# --- Start the server ----------------------------------------------------------

# Port 0: the kernel picks a free port and the server logs the one it got.
CALLBACK_HOST=127.0.0.1 CALLBACK_PORT=0 CALLBACK_TOKEN=$TOKEN CALLBACK_MAX_BODY_BYTES=$MAX_BODY_BYTES \
    "$BINARY" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
PORT=
for _ in $(seq 300); do
    PORT=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9][0-9]*\).*/\1/p' "$WORK/server.log")
    [[ -n $PORT ]] && break
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
done
if [[ -z $PORT ]]; then
    cat "$WORK/server.log" >&2
    fail "server did not start"
    finish
    exit 1
fi
BASE=http://127.0.0.1:$PORT
URL=$BASE/ci-callback/$TOKEN
echo "server $SERVER_PID on $BASE"

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
    cat >"$WORK/post.lua" <<'EOF'
local bodies, types, n = {}, {}, 0
function init(args)
  for i, path in ipairs(args) do
    local f = assert(io.open(path, "rb"))
    bodies[i] = f:read("*a")
    f:close()
    types[i] = path:match("%.json$") and "application/json" or "application/xml"
  end
end
function request()
  n = n % #bodies + 1
  return wrk.format("POST", nil, { ["Content-Type"] = types[n] }, bodies[n])
end
EOF
    command=(wrk -t"$cores" -c$((2 * cores)) -d"${LOAD_SECONDS}s" --timeout 5s --latency -s "$WORK/post.lua" "$URL" -- "${seeds[@]}")
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
    [[ ${requests:-0} -gt 0 ]] && pass || fail "load: no request completed"
    [[ $failures -eq 0 ]] && pass || fail "load: $failures failed requests"
    kill -0 "$SERVER_PID" 2>/dev/null && pass || fail "the server died under load"
fi

finish
