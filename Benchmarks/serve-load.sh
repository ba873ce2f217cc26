#!/usr/bin/env bash
# `replykit serve` under load: wrk on loopback, 16 connections, every request rendering the German
# damaged-item reply (POST /v1/render, the example case, text, the reply with its blocks), against
# the in-process render loop of the benchmark package (the same reply from its case JSON, one
# thread), measured in the same run; then the same requests asking for the blocks' parts too
# ("parts": true). Builds release first.
#
#     bash Benchmarks/serve-load.sh [seconds]      # default 20; needs wrk (apt-get install -y wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
command -v wrk >/dev/null || { echo "serve-load: needs wrk (apt-get install -y wrk)" >&2; exit 2; }

swift build -c release --product replykit >/dev/null
replykit="$(swift build -c release --show-bin-path)/replykit"
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill -TERM "$server" 2>/dev/null; rm -rf "$work"' EXIT

python3 - "$work/body.json" <<'PYTHON'
import json, sys
case = json.load(open("examples/cases/apology-damaged-item.json"))
request = {"template": "apology/damaged-item", "locale": "de", "case": case}
json.dump(request, open(sys.argv[1], "w"), ensure_ascii=False)
json.dump(dict(request, parts=True), open(sys.argv[1].replace(".json", "-parts.json"), "w"), ensure_ascii=False)
PYTHON

"$replykit" serve --catalog . --port 0 2>"$work/log" &
server=$!
address=""
for _ in $(seq 1 100); do
    address=$(grep -o 'address=[0-9.]*:[0-9]*' "$work/log" | head -n 1 | cut -d= -f2 || true)
    [ -n "$address" ] && break
    sleep 0.1
done
[ -n "$address" ] || { cat "$work/log" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' --data-binary "@$work/body.json" "http://$address/v1/render")
[ "$status" = 200 ] || { echo "serve-load: the render request answers $status" >&2; exit 1; }

# Warm up, then measure. The request log goes to a file, as a deployment would write it.
REPLYKIT_LOAD_BODY="$work/body.json" wrk -t 2 -c 16 -d 3s -s Benchmarks/serve/render.lua "http://$address/v1/render" >/dev/null
REPLYKIT_LOAD_BODY="$work/body.json" wrk -t 2 -c 16 -d "${seconds}s" --latency -s Benchmarks/serve/render.lua \
    "http://$address/v1/render" | tee "$work/wrk"
REPLYKIT_LOAD_BODY="$work/body-parts.json" wrk -t 2 -c 16 -d "${seconds}s" --latency -s Benchmarks/serve/render.lua \
    "http://$address/v1/render" >"$work/wrk-parts"
kill -TERM "$server"
wait "$server" || true
server=""

rate=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk")
errors=$(awk '/Non-2xx/ {print $NF}' "$work/wrk")
parts_rate=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk-parts")
parts_p99=$(awk '$1 == "99%" {print $2}' "$work/wrk-parts")
parts_errors=$(awk '/Non-2xx/ {print $NF}' "$work/wrk-parts")
loop=$( (swift run -c release --package-path Benchmarks ReplyKitBenchmarks "full reply" 2>/dev/null || true) |
    awk '/ReplyKit \(caseJSON\):/ {print $3}')
echo
echo "service:          ${rate} renders/s, p99 ${p99} (16 connections, ${seconds} s, non-2xx: ${errors:-0})"
echo "  with parts:     ${parts_rate} renders/s, p99 ${parts_p99} (\"parts\": true, non-2xx: ${parts_errors:-0})"
if [ -z "$loop" ]; then
    echo "in-process loop:  not measured: the benchmark package did not run (try: swift run -c release --package-path Benchmarks ReplyKitBenchmarks \"full reply\")"
    exit 1
fi
echo "in-process loop:  ${loop} renders/s (one thread, from case JSON)"
python3 -c "import sys; print(f'ratio:            {float(sys.argv[1]) / float(sys.argv[2]):.2f} (service / in-process, one thread)')" "$rate" "$loop"
