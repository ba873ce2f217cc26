#!/usr/bin/env python3
"""Runs the `replykit` commands that docs/ci.md and .pre-commit-hooks.yaml give, with an
installed replykit, against a copy of the shipped catalog and a copy with an error in it.

    python3 scripts/check-ci-docs.py PREFIX/bin

In the clean copy every command exits 0 and the SARIF and JSON files they write are what code
scanning and other tools read; in the broken copy the commands that are meant to fail the job
exit 1 and name the broken file. Each command runs as in a CI job's shell, from the catalog's
root: `env -i PATH=PREFIX/bin:/usr/bin:/bin HOME=/tmp bash -c '…'`.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def commands_in_ci_doc():
    """Every `replykit …` command line in docs/ci.md's YAML blocks (`run:` values and list items)."""
    text = open(os.path.join(ROOT, "docs", "ci.md"), encoding="utf-8").read()
    found = []
    for block in re.findall(r"```yaml\n(.*?)```", text, re.S):
        for line in block.split("\n"):
            match = re.match(r"^\s*(?:- |run: )?(replykit .*)$", line)
            if match:
                found.append(match.group(1))
    return found


def hook_entries():
    """The `entry:` of each hook in .pre-commit-hooks.yaml."""
    text = open(os.path.join(ROOT, ".pre-commit-hooks.yaml"), encoding="utf-8").read()
    return re.findall(r"^\s+entry: (.+)$", text, re.M)


def copy_catalog(into):
    os.makedirs(into)
    for name in ("replykit.yaml", "templates", "locales", "channels", "examples"):
        source = os.path.join(ROOT, name)
        target = os.path.join(into, name)
        if os.path.isdir(source):
            shutil.copytree(source, target)
        else:
            shutil.copy(source, target)


def run(command, directory, bin_dir):
    environment = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": "/tmp"}
    return subprocess.run(["bash", "-c", command], cwd=directory, env=environment, capture_output=True, text=True)


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    bin_dir = os.path.abspath(sys.argv[1])
    commands = commands_in_ci_doc()
    hooks = hook_entries()
    if len(commands) < 5 or len(hooks) != 2:
        print(f"check-ci-docs: found {len(commands)} commands and {len(hooks)} hooks; the pages changed shape", file=sys.stderr)
        return 1
    failures = []
    with tempfile.TemporaryDirectory() as work:
        clean = os.path.join(work, "clean")
        broken = os.path.join(work, "broken")
        copy_catalog(clean)
        copy_catalog(broken)
        template = os.path.join(broken, "templates", "apology", "damaged-item.reply")
        with open(template, "a", encoding="utf-8") as file:
            file.write("\n[broken-block]\nThis {$order.id is not closed\n")

        for command in commands + hooks:
            result = run(command, clean, bin_dir)
            if result.returncode != 0:
                failures.append(f"clean catalog: `{command}` exited {result.returncode}:\n{result.stderr}{result.stdout}")
        for name in ("replykit.sarif", "replykit-lint.json"):
            path = os.path.join(clean, name)
            if not os.path.exists(path):
                continue
            try:
                document = json.load(open(path, encoding="utf-8"))
            except ValueError as error:
                failures.append(f"{name} is not JSON: {error}")
                continue
            if name.endswith(".sarif") and (document.get("version") != "2.1.0" or not document.get("runs")):
                failures.append(f"{name} is not SARIF 2.1.0 with a run")
        if not any(os.path.exists(os.path.join(clean, name)) for name in ("replykit.sarif",)):
            failures.append("no command wrote replykit.sarif")

        # The commands that fail a job: no `|| true`, not a file redirect.
        failing = [c for c in commands + hooks if "|| true" not in c and ">" not in c]
        for command in failing:
            result = run(command, broken, bin_dir)
            output = result.stdout + result.stderr
            if result.returncode != 1 or "damaged-item.reply" not in output:
                failures.append(
                    f"broken catalog: `{command}` exited {result.returncode} (expected 1, naming the file):\n{output[:2000]}")
        print(f"check-ci-docs: {len(commands)} commands from docs/ci.md and {len(hooks)} hooks, "
              f"{len(failing)} of them checked to fail on a broken catalog")
    for failure in failures:
        print(f"check-ci-docs: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
