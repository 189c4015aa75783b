#!/usr/bin/env python3
"""Builds src/TrustSafety.Markers/Lexicons/word-frequency.tsv, the general word-frequency list TS4201
(backtracking) uses to tell an everyday word from a rare, salient one.

The counts come only from text the team wrote: the training exchanges (seeds/training/feelings) and the
sample session. Never from the evaluation corpus. Words are split as TrustSafety's tokenizer does (a
letter, then letters and digits; an apostrophe or hyphen followed by a letter stays inside), lower-cased.
Words seen fewer than 3 times are left out: for the detector, absent means rare.

Usage: python3 tools/lexicons/build_word_frequency.py
"""
import collections
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "TrustSafety.Markers" / "Lexicons" / "word-frequency.tsv"
WORD = re.compile(r"[^\W\d_][^\W_]*(?:['\u2019\-][^\W\d_][^\W_]*)*")


def texts():
    for path in sorted((ROOT / "seeds" / "training" / "feelings").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                example = json.loads(line)
                yield example["client"]
                yield example["coach"]
    yield (ROOT / "seeds" / "transcripts" / "sample-session.txt").read_text(encoding="utf-8")


counts = collections.Counter()
for text in texts():
    counts.update(w.lower().replace("\u2019", "'") for w in WORD.findall(text))

total = sum(counts.values())
kept = sorted(((w, c) for w, c in counts.items() if c >= 3), key=lambda wc: (-wc[1], wc[0]))
with OUT.open("w", encoding="utf-8", newline="\n") as out:
    out.write(f"# word<TAB>count, from {total} words of team-written text (tools/lexicons/build_word_frequency.py).\n")
    out.write("# Most frequent first. A word not listed was seen fewer than 3 times: rare.\n")
    for word, count in kept:
        out.write(f"{word}\t{count}\n")
print(f"{len(kept)} words (of {len(counts)} distinct, {total} in all) -> {OUT.relative_to(ROOT)}")
