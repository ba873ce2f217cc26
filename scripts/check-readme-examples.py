#!/usr/bin/env python3
"""Runs the README's `$ replykit …` examples after its Install section with an installed
replykit, in a fresh shell with a minimal environment, and checks the output they show.

    python3 scripts/check-readme-examples.py PREFIX/bin [README.md]

Each example runs from the repository root as `env -i PATH=PREFIX/bin:/usr/bin:/bin HOME=/tmp
bash -c '…'`, so the `replykit` found is the installed one. The output shown under a command is
compared line by line with what it prints (standard output and error together, no-break spaces
read as spaces); a line `…` stands for lines left out. Examples of long-running commands (`replykit serve`) are skipped.
"""
import os
import subprocess
import sys


def examples(readme):
    """(line number, command, expected lines) for every `$ ` command after '## Install'."""
    lines = open(readme, encoding="utf-8").read().split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("## Install"))
    in_block = False
    current = None
    found = []
    for number, line in enumerate(lines[start:], start + 1):
        if line.startswith("```"):
            if current:
                found.append(current)
                current = None
            in_block = not in_block
            continue
        if not in_block:
            continue
        if line.startswith("$ "):
            if current:
                found.append(current)
            current = [number, line[2:], []]
        elif current and current[1].endswith("\\") and not current[2]:
            current[1] += "\n" + line
        elif current:
            current[2].append(line)
    return [(n, command, trim([normalized(line) for line in expected])) for n, command, expected in found if "replykit" in command]


def normalized(line):
    """The line with no-break spaces (U+00A0, U+202F) as plain spaces: the README types spaces."""
    return line.replace("\u00a0", " ").replace("\u202f", " ")


def trim(lines):
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def matches(expected, actual):
    """Whether `actual` shows every run of `expected` lines between `…` lines, in order."""
    segments, segment = [], []
    for line in expected:
        if line.strip() == "…":
            segments.append(segment)
            segment = []
        else:
            segment.append(line)
    segments.append(segment)
    position = 0
    for index, segment in enumerate(segments):
        if not segment:
            continue
        if index == 0:
            if actual[: len(segment)] != segment:
                return False
            position = len(segment)
            continue
        for start in range(position, len(actual) - len(segment) + 1):
            if actual[start : start + len(segment)] == segment:
                position = start + len(segment)
                break
        else:
            return False
    return len(segments) > 1 or position == len(actual)


def main():
    bin_directory = os.path.abspath(sys.argv[1])
    readme = sys.argv[2] if len(sys.argv) > 2 else "README.md"
    root = os.path.dirname(os.path.abspath(readme))
    environment = {"PATH": f"{bin_directory}:/usr/bin:/bin", "HOME": "/tmp"}
    failures = 0
    checked = 0
    for number, command, expected in examples(readme):
        if "replykit serve" in command:
            continue
        result = subprocess.run(
            ["env", "-i", *(f"{k}={v}" for k, v in environment.items()), "bash", "-c", command],
            cwd=root, capture_output=True, text=True, timeout=60)
        actual = trim([normalized(line) for line in (result.stdout + result.stderr).split("\n")])
        checked += 1
        if expected and not matches(expected, actual):
            failures += 1
            print(f"{readme}:{number}: $ {command}\n  expected:\n    " + "\n    ".join(expected)
                  + "\n  printed:\n    " + "\n    ".join(actual), file=sys.stderr)
        elif not expected and result.returncode != 0:
            failures += 1
            print(f"{readme}:{number}: $ {command}\n  exited {result.returncode}: {result.stderr}", file=sys.stderr)
    if failures:
        print(f"{failures} of {checked} README examples differ from what the installed replykit prints", file=sys.stderr)
        sys.exit(1)
    print(f"README: {checked} examples print what they show, with {bin_directory}/replykit")


if __name__ == "__main__":
    main()
