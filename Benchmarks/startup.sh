#!/usr/bin/env bash
# Start-up benchmark: a whole `replykit render` process, start to exit, as a user runs the
# installed binary, against the path every render took before it loaded only the templates it
# renders (the hidden flag --whole-catalog: load and compile every file of the catalog first).
# Both run interleaved in one hyperfine run, so the ratio holds even when the machine's speed
# changes between runs.
#
#   Benchmarks/startup.sh                      install into a temporary prefix (make install), then measure
#   Benchmarks/startup.sh path/to/replykit     measure that binary
#   LARGE=5000 Benchmarks/startup.sh           also from a generated catalog of 5,000 templates
#
# Needs hyperfine (apt-get install -y hyperfine) and python3. Run from anywhere.
set -euo pipefail
repository="$(cd "$(dirname "$0")/.." && pwd)"
command -v hyperfine >/dev/null || { echo "needs hyperfine: apt-get install -y hyperfine" >&2; exit 2; }

if [ $# -ge 1 ]; then
    replykit="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
else
    prefix="$(mktemp -d)"
    trap 'rm -rf "$prefix"' EXIT
    make -C "$repository" install PREFIX="$prefix" >/dev/null
    replykit="$prefix/bin/replykit"
fi
echo "$("$replykit" --version), $replykit"
work="$(mktemp -d)"
trap 'rm -rf "$work" ${prefix:+"$prefix"}' EXIT
cp "$repository/examples/cases/apology-damaged-item.json" "$work/case.json"
cd "$work"  # no replykit.yaml here: the built-in starter catalog serves

# Prints "<name>: mean ± sd ms (min) … ratio".
compare() {
    local runs=$1 render=$2 whole=$3
    hyperfine -N --style none --warmup 3 --runs "$runs" --export-json "$work/result.json" \
        -n "render (templates it renders)" "$render" -n "render --whole-catalog (before)" "$whole" >/dev/null 2>&1
    python3 - "$work/result.json" <<'PYTHON'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
for r in results:
    print(f"  {r['command']:<34} {r['mean'] * 1000:8.1f} ms ± {r['stddev'] * 1000:5.1f}  (median {r['median'] * 1000:.1f}, min {r['min'] * 1000:.1f}, user {r['user'] * 1000:.1f})")
print(f"  whole catalog / templates it renders: {results[1]['median'] / results[0]['median']:.1f}x (medians)")
PYTHON
}

render="$replykit render apology/damaged-item --locale de --case case.json"
echo "starter catalog (built in, $(cd "$repository" && find templates locales channels replykit.yaml -type f | wc -l) files), German damaged-item reply:"
compare 50 "$render" "$render --whole-catalog"
hyperfine -N --style none --warmup 3 --runs 50 --export-json "$work/version.json" "$replykit --version" >/dev/null 2>&1
python3 - "$work/version.json" <<'PYTHON'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"  {'--version (the process alone)':<34} {r['mean'] * 1000:8.1f} ms ± {r['stddev'] * 1000:5.1f}  (median {r['median'] * 1000:.1f}, min {r['min'] * 1000:.1f}, user {r['user'] * 1000:.1f})")
PYTHON

if [ -n "${LARGE:-}" ]; then
    # LARGE copies of the damaged-item template and its translations, under numbered ids.
    python3 - "$repository" "$work/large" "$LARGE" <<'PYTHON'
import os, shutil, sys
repository, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
shutil.copy(os.path.join(repository, "replykit.yaml"), os.path.join(os.makedirs(target, exist_ok=True) or target, "replykit.yaml"))
locales = [l for l in os.listdir(os.path.join(repository, "locales"))
           if os.path.exists(os.path.join(repository, "locales", l, "apology", "damaged-item.reply"))]
for n in range(count):
    for source, directory in [("templates", "templates")] + [(f"locales/{l}", f"locales/{l}") for l in locales]:
        os.makedirs(os.path.join(target, directory, "bulk"), exist_ok=True)
        shutil.copy(os.path.join(repository, source, "apology", "damaged-item.reply"),
                    os.path.join(target, directory, "bulk", f"item-{n:05d}.reply"))
PYTHON
    render="$replykit render bulk/item-00042 --locale de --case case.json --catalog large"
    echo "generated catalog of $LARGE templates × $(ls "$work/large/locales" | wc -l) translations:"
    compare 5 "$render" "$render --whole-catalog"
fi
