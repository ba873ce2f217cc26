#!/usr/bin/env bash
# The real-socket test of `replykit serve` (run by .ci/run): starts the service on a free port
# with a token and a copy of the catalog, talks to it with curl, reloads on SIGHUP (a good
# catalog goes into service, a broken one does not), and stops it with SIGTERM while a request
# is still arriving: that request is answered and the service exits 0.
#
#     bash scripts/check-serve.sh path/to/replykit
set -euo pipefail
cd "$(dirname "$0")/.."
replykit=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")

work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill -KILL "$server"; fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "check-serve: $*" >&2
    echo "--- service log ---" >&2
    cat "$work/log" >&2
    exit 1
}

mkdir "$work/catalog"
cp -R replykit.yaml templates locales channels "$work/catalog/"
echo "s3cret-$RANDOM$RANDOM" >"$work/token"
token=$(head -n 1 "$work/token")

"$replykit" serve --catalog "$work/catalog" --port 0 --token-file "$work/token" 2>"$work/log" &
server=$!
address=""
for _ in $(seq 1 100); do
    address=$(grep -o 'address=[0-9.]*:[0-9]*' "$work/log" | head -n 1 | cut -d= -f2 || true)
    [ -n "$address" ] && break
    kill -0 "$server" 2>/dev/null || fail "the service stopped before listening"
    sleep 0.1
done
[ -n "$address" ] || fail "the service did not say where it listens"
base="http://$address"

# status METHOD PATH [BODY]: the HTTP status, with the token; the body is kept in $work/body.
status() {
    curl -s -o "$work/body" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' ${3:+--data-binary "$3"} "$base$2"
}
expect() { # expect WHAT WANTED GOT
    [ "$2" = "$3" ] || fail "$1: expected $2, got $3 ($(head -c 400 "$work/body"))"
}
field() { python3 -c 'import json, sys; v = json.load(open(sys.argv[1])); [v := v[int(k) if isinstance(v, list) else k] for k in sys.argv[2].split(".")]; print(v)' "$work/body" "$1"; }

expect "GET /healthz without a token" 200 "$(curl -s -o /dev/null -w '%{http_code}' "$base/healthz")"
expect "POST /v1/render without a token" 401 "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$base/v1/render" -d '{}')"
expect "GET /readyz without a token (a probe)" 200 "$(curl -s -o /dev/null -w '%{http_code}' "$base/readyz")"
curl -s -D "$work/headers" -o /dev/null -H 'Authorization: Bearer wrong' "$base/v1/templates"
grep -qi '^www-authenticate: Bearer' "$work/headers" || fail "a 401 without WWW-Authenticate"
expect "GET /readyz" 200 "$(status GET /readyz)"

case_json=$(cat examples/cases/apology-damaged-item.json)
request="{\"template\": \"apology/damaged-item\", \"locale\": \"de\", \"case\": $case_json}"
expect "render German" 200 "$(status POST /v1/render "$request")"
expect "the German subject" "Ihre Bestellung EU-2026-418837 ist beschädigt angekommen – das tut uns leid" "$(field subject)"
expect "invalid case" 422 "$(status POST /v1/render '{"template": "apology/damaged-item", "locale": "de", "case": {}}')"
expect "invalid case problem" "urn:replykit:problem:invalid-case" "$(field type)"
expect "unknown template" 404 "$(status POST /v1/render '{"template": "apology/damaged-itme", "locale": "de"}')"
expect "the suggestion" "apology/damaged-item" "$(field suggestions.0)"
echo "replykit serve: render, 422, 404 and the token: ok on $address"

# SIGHUP: a new template goes into service; a broken catalog does not replace it.
cp "$work/catalog/templates/apology/damaged-item.reply" "$work/catalog/templates/apology/damaged-item-copy.reply"
kill -HUP "$server"
for _ in $(seq 1 50); do
    [ "$(status GET /v1/templates/apology/damaged-item-copy)" = 200 ] && break
    sleep 0.1
done
expect "the template added before SIGHUP" 200 "$(status GET /v1/templates/apology/damaged-item-copy)"
printf '[subject]\n{$broken\n' >"$work/catalog/templates/apology/damaged-item-copy.reply"
kill -HUP "$server"
for _ in $(seq 1 50); do
    grep -q 'catalog not reloaded' "$work/log" && break
    sleep 0.1
done
grep -q 'catalog not reloaded' "$work/log" || fail "a broken catalog was not reported"
expect "the catalog in service after a broken reload" 200 "$(status GET /v1/templates/apology/damaged-item-copy)"
expect "render after a broken reload" 200 "$(status POST /v1/render "$request")"
echo "replykit serve: SIGHUP reloads a good catalog and keeps serving through a broken one"

# SIGTERM while a request is still arriving (its body sent at 20 KB/s): it is answered, then exit 0.
python3 -c 'import json, sys; r = json.loads(sys.argv[1]); print(json.dumps([r] * 40))' "$request" >"$work/batch.json"
curl -s -o "$work/batch-out" -w '%{http_code}' --limit-rate 20K -H "Authorization: Bearer $token" \
    --data-binary "@$work/batch.json" "$base/v1/render/batch" >"$work/batch-status" &
client=$!
sleep 1
kill -TERM "$server"
wait "$client" || true
expect "the batch in flight at SIGTERM" 200 "$(cat "$work/batch-status")"
set +e
wait "$server"
code=$?
set -e
server=""
expect "the exit status after SIGTERM" 0 "$code"
if grep -q -e Kowalski -e EU-2026-418837 "$work/log"; then fail "case data in the log"; fi
echo "replykit serve: SIGTERM drains the request in flight and exits 0; no case data in the log"
