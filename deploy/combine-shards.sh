#!/bin/sh
# Combines the outputs of `replykit render --batch --shard I/N`, I = 0 … N-1, into one file in
# input order. Shard I holds input lines I, I+N, I+2N, … in order, so taking one line from each
# shard in turn restores the input: `paste -d '\n'` does exactly that. Where the last round is
# short, paste writes empty lines for the shards that have run out; a JSON line is never empty,
# so they are dropped.
#
# Usage: replykit-combine-shards DIR N > replies.jsonl
#        (reads DIR/part-0.jsonl … DIR/part-<N-1>.jsonl, as the Indexed Job writes them)
set -eu

if [ "$#" -ne 2 ]; then
    echo "usage: $0 DIR N   (combines DIR/part-0.jsonl … DIR/part-<N-1>.jsonl into standard output)" >&2
    exit 2
fi
dir=$1
count=$2
case "$count" in
    '' | *[!0-9]* | 0) echo "$0: N must be a positive whole number, got '$count'" >&2; exit 2 ;;
esac

# Every shard is there, and their lengths are those of one file split round-robin (each shard
# has as many lines as the one before it, or one fewer, and never fewer than the first minus one):
# a truncated shard would otherwise shift every later line silently.
set --
index=0
while [ "$index" -lt "$count" ]; do
    part="$dir/part-$index.jsonl"
    if [ ! -f "$part" ]; then
        echo "$0: $part is missing: shard $index did not finish (see its pod's log), so the output would lack its lines" >&2
        exit 1
    fi
    lines=$(wc -l <"$part")
    if [ "$index" -eq 0 ]; then
        first=$lines
        previous=$lines
    elif [ "$lines" -gt "$previous" ] || [ "$lines" -lt $((first - 1)) ]; then
        echo "$0: $part has $lines lines but part-0.jsonl has $first: a shard was cut short or comes from another run (each shard has the lines of part-0.jsonl or one fewer)" >&2
        exit 1
    fi
    previous=$lines
    set -- "$@" "$part"
    index=$((index + 1))
done

paste -d '\n' "$@" | sed '/^$/d'
