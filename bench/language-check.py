#!/usr/bin/env python3
"""Language of whole pages in a dossier against the language each page declares, in two halves by file name.

Usage (from the project root): python3 bench/language-check.py DOSSIER.json EVAL_DIR [--misses]
  EVAL_DIR   ../shared/eval/trafeval or ../shared/eval/aeb (pages in html/NAME.html.gz)
  --misses   list the wrong pages of half 1 (file names starting 0-7); half 2 (8-f) is only counted, so that
             fixes are chosen on half 1 and half 2 stays a check.
A page's language is the one its markup declares (<html lang>, else og:locale or content-language), or the one
bench/src/main/resources/org/crosscheck/bench/language-fixes.tsv gives for it (pages whose declaration is wrong,
checked by reading): the same truth as LanguageIdBenchmark. Pages that declare nothing are left out.
"""
import collections
import gzip
import json
import os
import re
import sys

HTML_LANG = re.compile(r"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
OG_LOCALE = re.compile(r"<meta[^>]+(?:property=[\"']og:locale[\"'][^>]*content=|http-equiv=[\"']content-language"
                       r"[\"'][^>]*content=)[\"']([A-Za-z]{2,3})", re.I)
FIXES = "bench/src/main/resources/org/crosscheck/bench/language-fixes.tsv"


def declared(path):
    with gzip.open(path, "rb") as f:
        head = f.read(300_000).decode("latin-1")
    m = HTML_LANG.search(head) or OG_LOCALE.search(head)
    return m.group(1).lower() if m and len(m.group(1)) == 2 else None


def main():
    dossier, eval_dir = sys.argv[1], sys.argv[2]
    misses = "--misses" in sys.argv
    fixes = {}
    for line in open(FIXES, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            page, lang = line.rstrip("\n").split("\t")[:2]
            fixes[page] = lang
    articles = json.load(open(dossier, encoding="utf-8"))["articles"]
    tally = {h: collections.Counter() for h in ("H1", "H2")}
    by_language = {h: collections.defaultdict(lambda: [0, 0]) for h in ("H1", "H2")}
    wrong = []
    for a in articles:
        name = os.path.basename(a["source"].split("#")[0])
        gz = os.path.join(eval_dir, "html", name + ".gz")
        if not os.path.exists(gz):
            continue
        truth = fixes.get(name) or declared(gz)
        half = "H1" if name[0] in "01234567" else "H2"
        if truth is None:
            tally[half]["undeclared"] += 1
            continue
        right = a.get("language") == truth
        tally[half]["pages"] += 1
        tally[half]["right"] += right
        by_language[half][truth][0] += 1
        by_language[half][truth][1] += right
        if not right and half == "H1":
            wrong.append((name, truth, a.get("language"), len(a.get("text") or ""), (a.get("text") or "")[:90]))
    for h in ("H1", "H2"):
        t = tally[h]
        acc = t["right"] / t["pages"] if t["pages"] else 0
        langs = " ".join(f"{l} {r}/{n}" for l, (n, r) in sorted(by_language[h].items(), key=lambda x: -x[1][0]))
        print(f"{h} pages {t['pages']} right {t['right']} accuracy {acc:.3f} undeclared {t['undeclared']} | {langs}")
    if misses:
        for name, truth, found, n, head in wrong:
            print(f"  H1 {name} declared {truth} found {found} ({n} chars): {head!r}")


if __name__ == "__main__":
    main()
