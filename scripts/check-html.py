#!/usr/bin/env python3
"""Checks that `replykit render --format html` printed a document a browser parses as intended.

    replykit render … --format html | python3 scripts/check-html.py --subject "…" --lang ar --dir rtl

The document must parse with every element closed in order, have one <title> whose text is the
subject (so a subject with `<` or `&` is escaped once, not twice and not raw), declare the
language and direction on <html> and on the reply's <div>, and contain no element other than
the ones the renderer writes (so case data cannot have injected any).
"""
import argparse
import sys
from html.parser import HTMLParser

ALLOWED = {"html", "head", "meta", "title", "body", "div", "p", "br", "strong", "em", "a", "bdi"}
VOID = {"meta", "br"}


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems, self.title, self.in_title = [], [], None, False
        self.attributes = {}

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED:
            self.problems.append(f"unexpected element <{tag}>")
        if tag in ("html", "div") and tag not in self.attributes:
            self.attributes[tag] = dict(attrs)
        if tag == "a" and not dict(attrs).get("href", "").startswith(("http://", "https://", "mailto:")):
            self.problems.append(f"link to {dict(attrs).get('href')!r}")
        if tag not in VOID:
            self.stack.append(tag)
        if tag == "title":
            self.in_title, self.title = True, ""

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
            return
        self.stack.pop()
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("--subject", required=True)
    arguments.add_argument("--lang", required=True)
    arguments.add_argument("--dir", required=True)
    options = arguments.parse_args()
    document = sys.stdin.read()
    checker = Checker()
    checker.feed(document)
    checker.close()
    problems = checker.problems
    if not document.startswith("<!DOCTYPE html>"):
        problems.append("no <!DOCTYPE html>")
    if checker.stack:
        problems.append("left open: " + ", ".join(checker.stack))
    if checker.title != options.subject:
        problems.append(f"title {checker.title!r} is not the subject {options.subject!r}")
    for tag in ("html", "div"):
        declared = checker.attributes.get(tag, {})
        if declared.get("lang") != options.lang or declared.get("dir") != options.dir:
            problems.append(f"<{tag}> declares {declared}, expected lang={options.lang} dir={options.dir}")
    for problem in problems:
        print(f"check-html: {problem}", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
