#!/usr/bin/env bash
# render --batch at scale: LINES generated lines (default 1,000,000), rendered with --jobs 1 and
# with --jobs JOBS (default: every core), each timed by /usr/bin/time -v for the peak memory
# (maximum resident set size). The runs go in the order 1, JOBS, JOBS, 1, so that a machine whose
# speed drifts during the benchmark slows both settings alike. Prints the throughput of each run,
# and the ratio of the two settings' total times.
#
#   bash Benchmarks/batch/run.sh                  # from the repository root
#   LINES=100000 JOBS=4 bash Benchmarks/batch/run.sh
#   REPLYKIT=/usr/local/bin/replykit bash Benchmarks/batch/run.sh   # an installed binary, no build
#
# The lines file (about 390 MB for a million lines) is kept in $TMPDIR between runs; the output
# goes to /dev/null, and each run must report every line rendered.
set -euo pipefail
cd "$(dirname "$0")/../.."

lines=${LINES:-1000000}
jobs=${JOBS:-$(nproc)}
input="${TMPDIR:-/tmp}/replykit-batch-$lines.jsonl"
if [ -z "${REPLYKIT:-}" ]; then
    swift build -c release --product replykit >/dev/null
    REPLYKIT="$(swift build -c release --show-bin-path)/replykit"
fi
# Made again when a template, an example case or the generator is newer than the kept file: lines
# from older cases would fail against the current templates.
if [ ! -s "$input" ] || [ -n "$(find templates examples Benchmarks/batch/generate-lines.py -newer "$input" -type f | head -n 1)" ]; then
    python3 Benchmarks/batch/generate-lines.py "$lines" >"$input"
fi
echo "$lines lines ($(($(stat -c %s "$input") / 1000000)) MB), $(nproc) cores, $REPLYKIT"

# One run: prints "lines/s max-RSS-MB".
measure() {
    local log
    log=$(mktemp)
    /usr/bin/time -v "$REPLYKIT" render --batch "$input" --strict --catalog . --jobs "$1" 2>"$log" >/dev/null
    local summary
    summary=$(grep '^rendered' "$log" || true)
    case "${summary//,/}" in
        "rendered $lines lines 0 failed"*) ;;
        *)
            echo "batch: the run with --jobs $1 did not render every line:" >&2
            grep -v '^[[:space:]]' "$log" >&2
            exit 1
            ;;
    esac
    python3 - "$log" "$lines" <<'PYTHON'
import re, sys
log = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", log)
seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", log).group(1))
print(f"{int(sys.argv[2]) / seconds:.0f} {rss / 1024:.0f} {seconds:.1f}")
PYTHON
    rm -f "$log"
}

# Command substitution, not `< <(…)`: a failed run stops the script with its message.
declare -A total
total[1]=0
total[$jobs]=0
for run in 1 "$jobs" "$jobs" 1; do
    result=$(measure "$run")
    read -r rate rss seconds <<<"$result"
    printf -- '--jobs %-3s %6s lines/s (%s s), peak memory %s MB\n' "$run" "$rate" "$seconds" "$rss"
    total[$run]=$(python3 -c "print(${total[$run]} + $seconds)")
done
echo "ratio (total time with --jobs 1 / total time with --jobs $jobs): $(python3 -c "print(f'{${total[1]} / ${total[$jobs]}:.2f}')")x"
