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


def counts(coach, gold, marked, where):
    """(both, gold only, second only, neither) over one session's coach turns."""
    for index in marked | gold:
        if index not in coach:
            sys.exit(f"{where}: turn {index} is marked but is not a coach turn")
    return len(marked & gold), len(gold - marked), len(marked - gold), len(coach - marked - gold)


def scores(both, only_gold, only_second, neither):
    """Precision, recall and F1 of the second against the gold, and Cohen's kappa."""
    n = both + only_gold + only_second + neither
    precision = both / (both + only_second) if both + only_second else 0.0
    recall = both / (both + only_gold) if both + only_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    gold_rate, second_rate = (both + only_gold) / n, (both + only_second) / n
    expected = gold_rate * second_rate + (1 - gold_rate) * (1 - second_rate)
    kappa = ((both + neither) / n - expected) / (1 - expected) if expected < 1 else 1.0
    return precision, recall, f1, kappa


def compare(sessions, gold, marked):
    """Sums the counts over sessions; marked(name, session) gives the second side's turns of a session."""
    totals = [0, 0, 0, 0]
    for name, session in sessions.items():
        for i, c in enumerate(counts(set(session["coachTurns"]), gold[name], marked(name, session), name)):
            totals[i] += c
    return totals


def row(label, totals):
    both, only_gold, only_second, neither = totals
    precision, recall, f1, kappa = scores(*totals)
    return (f"| {label} | {sum(totals)} | {both + only_gold} | {both + only_second} | {both} | "
            f"{precision:.2f} | {recall:.2f} | {f1:.2f} | {kappa:.2f} |")


HEADER = ("| second side | coach turns | gold | second | both | precision | recall | F1 | kappa |\n"
          "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "seeds", "eval", "agreement", "ts4501-tuning-second.json")
    marker, split, sessions, gold = load(path)
    print(f"{marker} on the {split} split: gold against the second annotator, {len(sessions)} sessions")
    print(HEADER)
    for label, confidences in (("all marks", {"clear", "borderline"}), ("clear marks only", {"clear"})):
        totals = compare(sessions, gold, lambda _, session: {t["index"] for t in session["turns"] if t["confidence"] in confidences})
        print(row(label, totals))

if __name__ == "__main__":
    main()
