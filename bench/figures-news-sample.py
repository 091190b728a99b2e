#!/usr/bin/env python3
"""Draws the real news sentences of core/src/test/resources/org/crosscheck/extract/figures-news-dev.tsv.

Documents are picked at random with a fixed seed from ../shared/eval/ecbplus/documents.jsonl and the gold bodies
of ../shared/eval/aeb/ground-truth.json; every sentence of a picked document that holds a digit or a number word
is printed as: half, corpus, document id, start, end (Python string offsets), sentence. Halves alternate by
document. Run from the project root: python3 bench/figures-news-sample.py 30 8 16 2
(30 ECB+ and 8 AEB documents, then a second batch of 16 and 2 drawn after them). The gold was added by hand.

A later, held-out batch: python3 bench/figures-news-sample.py --seed 20261206 --part C --exclude
core/src/test/resources/org/crosscheck/extract/figures-news-dev.tsv 17 3 draws 17 ECB+ and 3 AEB documents that
are not in the dev set yet, all marked as part C.
"""
import argparse
import json
import random
import re

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


def main(ecb_n, aeb_n, more_ecb=0, more_aeb=0, seed=20261204, part=None, exclude=()):
    rng = random.Random(seed)
    ecb = {d["id"]: d["text"] for d in map(json.loads, open("../shared/eval/ecbplus/documents.jsonl"))}
    aeb = {k: v["articleBody"] for k, v in json.load(open("../shared/eval/aeb/ground-truth.json")).items()}
    texts = {("ecbplus", k): v for k, v in ecb.items()} | {("aeb", k): v for k, v in aeb.items()}
    if exclude:
        ecb_left = [k for k in sorted(ecb) if ("ecbplus", k) not in exclude]
        aeb_left = [k for k in sorted(aeb) if ("aeb", k) not in exclude]
        picked = [("ecbplus", i) for i in rng.sample(ecb_left, ecb_n)] + [("aeb", i) for i in rng.sample(aeb_left, aeb_n)]
    else:
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
                print(f"{part or 'AB'[n % 2]}\t{key[0]}\t{key[1]}\t{s}\t{e}\t{sentence}")


def documents_in(tsv):
    """The (corpus, document id) pairs a dev-set file already refers to."""
    return {tuple(line.split("\t")[1:3]) for line in open(tsv) if line.strip() and not line.startswith("#")}


if __name__ == "__main__":
    args = argparse.ArgumentParser()
    args.add_argument("--seed", type=int, default=20261204)
    args.add_argument("--part", help="mark every sentence with this part instead of alternating A and B")
    args.add_argument("--exclude", help="a dev-set file whose documents are not drawn again")
    args.add_argument("counts", type=int, nargs="+")
    a = args.parse_args()
    main(*a.counts, seed=a.seed, part=a.part, exclude=documents_in(a.exclude) if a.exclude else ())
