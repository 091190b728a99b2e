#!/usr/bin/env python3
"""Draws the real news sentences of core/src/test/resources/org/crosscheck/extract/figures-news-dev.tsv.

Documents are picked at random with a fixed seed from ../shared/eval/ecbplus/documents.jsonl and the gold bodies
of ../shared/eval/aeb/ground-truth.json; every sentence of a picked document that holds a digit or a number word
is printed as: half, corpus, document id, start, end (Python string offsets), sentence. Halves alternate by
document. Run from the project root: python3 bench/figures-news-sample.py 30 8 16 2
(30 ECB+ and 8 AEB documents, then a second batch of 16 and 2 drawn after them). The gold was added by hand.
"""
import json
import random
import re
import sys

NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|"
    r"millions?|billions?|dozens?|half|third|quarter|twice|double|triple)\b", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘A-Z])")


def sentences(text):
    """(start, end) of each sentence: lines, cut after . ! ? before a capital or an opening quote."""
    for line in re.finditer(r"[^\n]+", text):
        base, start = line.start(), 0
        for cut in SENTENCE_END.finditer(line.group(0)):
            yield base + start, base + cut.end() - len(cut.group(0).lstrip())
            start = cut.end()
        yield base + start, line.end()


def main(ecb_n, aeb_n, more_ecb=0, more_aeb=0):
    rng = random.Random(20261204)
    ecb = {d["id"]: d["text"] for d in map(json.loads, open("../shared/eval/ecbplus/documents.jsonl"))}
    aeb = {k: v["articleBody"] for k, v in json.load(open("../shared/eval/aeb/ground-truth.json")).items()}
    texts = {("ecbplus", k): v for k, v in ecb.items()} | {("aeb", k): v for k, v in aeb.items()}
    picked = [("ecbplus", i) for i in rng.sample(sorted(ecb), ecb_n)] + [("aeb", i) for i in rng.sample(sorted(aeb), aeb_n)]
    if more_ecb or more_aeb:
        more = [k for k in [("ecbplus", i) for i in rng.sample(sorted(ecb), 100)] if k not in picked][:more_ecb]
        more += [k for k in [("aeb", i) for i in rng.sample(sorted(aeb), 20)] if k not in picked][:more_aeb]
        picked += more
    for n, key in enumerate(picked):
        text = texts[key]
        for s, e in sentences(text):
            while e > s and text[e - 1].isspace():
                e -= 1
            while s < e and text[s].isspace():
                s += 1
            sentence = text[s:e]
            if sentence and (re.search(r"\d", sentence) or NUMBER_WORDS.search(sentence)):
                print(f"{'AB'[n % 2]}\t{key[0]}\t{key[1]}\t{s}\t{e}\t{sentence}")


if __name__ == "__main__":
    main(*map(int, sys.argv[1:]))
