#!/usr/bin/env python3
"""Builds the deterministic benchmark input from the corpus articles.

Every output file is a run of corpus articles (dev and test, clean and MT alike) in which words
are perturbed at the word level, with a fixed seed, so that the vocabulary is large and realistic
rather than the few thousand words of the corpus:

* about 4% of words are replaced by another English word of the same case pattern, drawn from
  the stems of the system's en_US Hunspell dictionary (so most of the text stays correct);
* about 0.1% of words get a typo (two letters swapped, one dropped or doubled), drawn from a
  pool of a few thousand typos so that misspellings recur as they do in real text;
* about 0.2% of capitalised words become another capitalised word of the corpus with a letter
  changed, like a garbled name.

Usage: make_input.py CORPUS_DIR OUT_DIR [--mb 100] [--file-mb 1] [--seed 1]
Writes OUT_DIR/NNNN.txt and OUT_DIR/stats.json (bytes, words, files).
"""
import argparse
import json
import os
import random
import re
import sys

WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W\d_])?")


def dictionary_stems(path):
    stems = []
    with open(path, encoding="utf-8", errors="replace") as f:
        next(f, None)  # the entry count
        for line in f:
            stem = line.split("/", 1)[0].strip()
            if stem.isascii() and stem.isalpha() and 3 <= len(stem) <= 14:
                stems.append(stem)
    return stems


def typo(rng, word):
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def same_case(template, word):
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[0].isupper():
        return word[0].upper() + word[1:]
    return word.lower()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=100)
    ap.add_argument("--file-mb", type=float, default=1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--typos", type=int, default=500, help="distinct typos")
    ap.add_argument("--names", type=int, default=250, help="distinct garbled names")
    ap.add_argument("--dictionary", default="/usr/share/hunspell/en_US.dic")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    articles = []
    for split in ("dev", "test"):
        folder = os.path.join(args.corpus, split)
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    articles.append(f.read().rstrip("\n") + "\n")
    if not articles:
        sys.exit("make_input.py: no articles under " + args.corpus)
    stems = dictionary_stems(args.dictionary)
    lower_stems = [s for s in stems if s.islower()]
    corpus_words = sorted({w for a in articles for w in WORD.findall(a)})
    typo_pool = [typo(rng, rng.choice(lower_stems)) for _ in range(args.typos)]
    names = [w for w in corpus_words if w[0].isupper() and len(w) > 4]
    name_pool = [typo(rng, rng.choice(names)) for _ in range(args.names)]

    def perturb(match):
        word = match.group(0)
        r = rng.random()
        if r < 0.04:
            return same_case(word, rng.choice(lower_stems))
        if r < 0.041:
            return same_case(word, rng.choice(typo_pool))
        if r < 0.043 and word[0].isupper():
            return rng.choice(name_pool)
        return word

    os.makedirs(args.out, exist_ok=True)
    target = int(args.mb * 1024 * 1024)
    per_file = int(args.file_mb * 1024 * 1024)
    total_bytes = total_words = files = 0
    while total_bytes < target:
        parts, size = [], 0
        while size < per_file:
            text = WORD.sub(perturb, rng.choice(articles)) + "\n"
            parts.append(text)
            size += len(text.encode("utf-8"))
        data = "".join(parts)
        files += 1
        with open(os.path.join(args.out, "%04d.txt" % files), "w", encoding="utf-8") as f:
            f.write(data)
        total_bytes += len(data.encode("utf-8"))
        total_words += len(data.split())
    with open(os.path.join(args.out, "stats.json"), "w") as f:
        json.dump({"bytes": total_bytes, "words": total_words, "files": files, "seed": args.seed}, f)
    print("make_input.py: %d files, %.1f MB, %d words" % (files, total_bytes / 1e6, total_words))


if __name__ == "__main__":
    main()
