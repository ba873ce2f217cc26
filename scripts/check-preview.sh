#!/usr/bin/env bash
# Builds the preview gallery of the repository's catalog into a temporary directory and opens the
# index and every template's page in headless Chromium (Debian package `chromium`). The pages have
# no script, so any console message fails the check: a script or a resource the pages' content
# security policy blocked, or anything else the browser complains about.
#
#   bash scripts/check-preview.sh [REPLYKIT [SCREENSHOT.png]]
#
# REPLYKIT defaults to the debug build's binary. With SCREENSHOT, it also saves a 1600×1200
# screenshot of the apology/damaged-item page there, to look at.
set -euo pipefail
cd "$(dirname "$0")/.."

replykit=${1:-$(swift build --show-bin-path)/replykit}
screenshot=${2:-}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "check-preview: no chromium on PATH; install it with: apt-get install -y chromium" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$replykit" preview --catalog . --out "$work/gallery" >/dev/null

# One profile for the run, out of the user's home; dbus and GPU noise goes to the log, and only
# the pages' console messages (`…:CONSOLE…] "message", source: file://…`) count.
chrome() {
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 \
        --user-data-dir="$work/profile" "$@"
}

pages=0
for page in "$work"/gallery/*.html; do
    if ! chrome --dump-dom "file://$page" >"$work/dom.html" 2>"$work/log.txt"; then
        cat "$work/log.txt" >&2
        echo "check-preview: chromium could not open $(basename "$page")" >&2
        exit 1
    fi
    if grep ':CONSOLE' "$work/log.txt" >&2; then
        echo "check-preview: $(basename "$page") logged the console messages above" >&2
        exit 1
    fi
    # The document Chromium built has the page's table: it read the page as the gallery wrote it.
    if ! grep -q '<table class="' "$work/dom.html"; then
        echo "check-preview: Chromium's document for $(basename "$page") has no table" >&2
        exit 1
    fi
    pages=$((pages + 1))
done
echo "check-preview: $pages pages open in Chromium without a console message"

if [ -n "$screenshot" ]; then
    chrome --screenshot="$screenshot" --window-size=1600,1200 "file://$work/gallery/apology.damaged-item.html" \
        2>"$work/log.txt" >/dev/null
    echo "check-preview: screenshot of apology/damaged-item in $screenshot"
fi
