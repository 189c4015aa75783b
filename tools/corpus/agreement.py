#!/usr/bin/env python3
"""Agreement between the gold of the evaluation corpus and a second, independent annotation of one marker.

A second annotation (seeds/eval/agreement/*.json) lists, per session of one split, every coach turn
and the turns the second annotator marked, each "clear" or "borderline" (docs/model-card.md,
"Agreement between annotators"). This prints, for all marks and for the clear marks only:
turns marked by each, by both, precision / recall / F1 of the second annotator against the gold
(the F1 is symmetric: swapping the two swaps precision and recall), and Cohen's kappa over the
coach turns.

Run: python3 tools/corpus/agreement.py [seeds/eval/agreement/ts4501-tuning-second.json]
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def load(path):
    with open(path, encoding="utf-8") as f:
        second = json.load(f)
    marker, split = second["marker"], second["split"]
    gold = {}
    for session in second["sessions"]:
        gold_path = os.path.join(ROOT, "seeds", "eval", split, session + ".gold.json")
        if not os.path.exists(gold_path):
            sys.exit(f"{path}: session '{session}' has no gold file {gold_path}")
        with open(gold_path, encoding="utf-8") as f:
            gold[session] = {t["index"] for t in json.load(f)["turns"] if marker in t["markers"]}
    return marker, split, second["sessions"], gold


def compare(sessions, gold, confidences):
    both = only_gold = only_second = neither = 0
    for name, session in sessions.items():
        coach = set(session["coachTurns"])
        marked = {t["index"] for t in session["turns"] if t["confidence"] in confidences}
        for index in marked | gold[name]:
            if index not in coach:
                sys.exit(f"{name}: turn {index} is marked but is not a coach turn")
        both += len(marked & gold[name])
        only_gold += len(gold[name] - marked)
        only_second += len(marked - gold[name])
        neither += len(coach - marked - gold[name])
    n = both + only_gold + only_second + neither
    precision = both / (both + only_second) if both + only_second else 0.0
    recall = both / (both + only_gold) if both + only_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    observed = (both + neither) / n
    gold_rate, second_rate = (both + only_gold) / n, (both + only_second) / n
    expected = gold_rate * second_rate + (1 - gold_rate) * (1 - second_rate)
    kappa = (observed - expected) / (1 - expected) if expected < 1 else 1.0
    return n, both + only_gold, both + only_second, both, precision, recall, f1, kappa


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "seeds", "eval", "agreement", "ts4501-tuning-second.json")
    marker, split, sessions, gold = load(path)
    print(f"{marker} on the {split} split: gold against the second annotator, {len(sessions)} sessions")
    print("| second annotator's marks | coach turns | gold | second | both | precision | recall | F1 | kappa |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, confidences in (("all", {"clear", "borderline"}), ("clear only", {"clear"})):
        n, g, s, b, p, r, f, k = compare(sessions, gold, confidences)
        print(f"| {label} | {n} | {g} | {s} | {b} | {p:.2f} | {r:.2f} | {f:.2f} | {k:.2f} |")


if __name__ == "__main__":
    main()
