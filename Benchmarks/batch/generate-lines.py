#!/usr/bin/env python3
"""Writes COUNT JSON lines for `replykit render --batch` to standard output.

Every shipped template with its example case, and the documented composition, in each of the
catalog's eight locales, in turn; one line in five asks for HTML and one in seven for Markdown.
Run from the repository root: python3 Benchmarks/batch/generate-lines.py 1000000 > lines.jsonl
"""
import glob
import json
import os
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
requests = []
for path in sorted(glob.glob("templates/**/*.reply", recursive=True)):
    template = os.path.relpath(path, "templates")[: -len(".reply")]
    with open("examples/cases/" + template.replace("/", "-") + ".json", encoding="utf-8") as file:
        requests.append((template, json.load(file)))
with open("examples/compositions/late-delivery-with-store-credit.json", encoding="utf-8") as file:
    requests.append(("apology/late-delivery+remedy/store-credit", json.load(file)))
locales = ["en", "de", "fr", "es", "pl", "ja", "zh-Hans", "ar"]

# Each (template, case) serialized once; lines differ by id, locale and format.
cases = [(template, json.dumps(case, ensure_ascii=False, separators=(",", ":"))) for template, case in requests]
out = sys.stdout
for index in range(count):
    template, case = cases[index % len(cases)]
    locale = locales[(index // len(cases)) % len(locales)]
    line = '{"id":"%d","template":"%s","locale":"%s","case":%s' % (index, template, locale, case)
    if index % 5 == 0:
        line += ',"format":"html"'
    elif index % 7 == 0:
        line += ',"format":"markdown"'
    out.write(line + "}\n")
