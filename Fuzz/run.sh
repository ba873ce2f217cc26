#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs each for a while, seeded
# from the MF2 conformance suite, the example cases and the shipped templates.
#
#     bash Fuzz/run.sh [seconds per target] [target…]     # default 20 s; targets: FuzzMessage
#                                                          # FuzzJSON FuzzCatalog FuzzCase
#
# Run from anywhere.
# A crash stops the run with exit 1 and leaves its input in Fuzz/artifacts/ (replay it with
# `Fuzz/.build/debug/<target> Fuzz/artifacts/<file>`). Longer runs keep their corpus in
# Fuzz/corpus/<target>, which is not in git.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzMessage FuzzJSON FuzzCatalog FuzzCase)

# Without the coverage flags SwiftPM instruments only C code, and libFuzzer runs blind.
build_log=$(mktemp)
if ! (cd Fuzz && swift build --sanitize=fuzzer --sanitize=address \
    -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp >"$build_log" 2>&1); then
    grep -E "error" "$build_log" >&2 || tail -n 40 "$build_log" >&2
    echo "fuzz: the targets do not build" >&2
    exit 1
fi
rm -f "$build_log"
bin=$(cd Fuzz && swift build --show-bin-path)

# Seeds: one file per conformance message (its first byte picks the locale), JSON files, templates, cases.
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
python3 - "$seeds" <<'PYTHON'
import glob, json, os, sys
root = sys.argv[1]
def write(target, name, data):
    os.makedirs(f"{root}/{target}", exist_ok=True)
    with open(f"{root}/{target}/{name}", "wb") as file:
        file.write(data)
conformance = sorted(glob.glob("Tests/MessageFormatTests/Conformance/**/*.json", recursive=True))
count = 0
for path in conformance:
    suite = json.load(open(path))
    write("FuzzJSON", f"conformance-{os.path.basename(path)}", open(path, "rb").read())
    for test in suite.get("tests", []):
        if "src" in test:
            write("FuzzMessage", f"message-{count}", bytes([count % 3]) + test["src"].encode())
            count += 1
for path in sorted(glob.glob("examples/cases/*.json")):
    data = open(path, "rb").read()
    write("FuzzJSON", os.path.basename(path), data)
    write("FuzzCase", os.path.basename(path), data)
for path in sorted(glob.glob("templates/**/*.reply", recursive=True)):
    write("FuzzCatalog", path.replace("/", "-"), open(path, "rb").read())
PYTHON

mkdir -p Fuzz/artifacts
status=0
for target in "${targets[@]}"; do
    mkdir -p "Fuzz/corpus/$target"
    echo "fuzz: $target for ${seconds} s"
    # FuzzCase's catalog lives for the whole run and compiles blocks as inputs reach them: Swift
    # keeps references in the spare bits of multi-payload enums, which LeakSanitizer does not take
    # for pointers, so what the catalog keeps would be reported as leaked. The other targets drop
    # everything each input made, and are checked for leaks.
    leaks=1
    [ "$target" = FuzzCase ] && leaks=0
    # The Swift backtracer hangs after an ASan report: leave crash reports to the sanitizer.
    if ! SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=$leaks" REPLYKIT_FUZZ_CATALOG="$PWD" "$bin/$target" \
        -detect_leaks="$leaks" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
        -artifact_prefix="Fuzz/artifacts/$target-" -print_final_stats=1 \
        "Fuzz/corpus/$target" "$seeds/$target" >"Fuzz/artifacts/$target.log" 2>&1; then
        echo "fuzz: $target FAILED; the last lines of Fuzz/artifacts/$target.log:" >&2
        tail -n 40 "Fuzz/artifacts/$target.log" >&2
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "Fuzz/artifacts/$target.log" | tr '\n' ' '
        echo
    fi
done
exit $status
