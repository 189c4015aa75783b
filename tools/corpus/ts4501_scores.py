#!/usr/bin/env python3
"""The TS4501 model's probabilities on one split of the evaluation corpus, against the gold.

Runs `trustsafety analyze` on every session of the split with TS4501's threshold lowered to 0.05, so
each coach turn gets the detector's probability (0 where it gave none above 0.05 or did not judge
the turn), and prints:
  - the AUC of those probabilities against the gold;
  - precision, recall, F1 and Cohen's kappa at thresholds from 0.5 to 0.95;
  - at the chosen threshold, the same against each second annotation of this split
    (seeds/eval/agreement/*.json, see tools/corpus/agreement.py).
docs/model-card.md quotes these figures. The held-back split may be measured this way, not studied.

Run: python3 tools/corpus/ts4501_scores.py tuning|heldback [--threshold 0.9]
"""
import argparse
import glob
import json
import os
import subprocess
import tempfile

from agreement import HEADER, ROOT, compare, row

MARKER = "TS4501"


def probabilities(split):
    """{session: {coach turn index: probability}} and {session: gold turn set}."""
    subprocess.run(["dotnet", "build", os.path.join(ROOT, "src", "TrustSafety.Cli"), "-c", "Release", "-v", "q", "-nologo"],
                   check=True, stdout=subprocess.DEVNULL)
    tool = ["dotnet", os.path.join(ROOT, "src", "TrustSafety.Cli", "bin", "Release", "net10.0", "trustsafety.dll")]
    probability, gold = {}, {}
    with tempfile.TemporaryDirectory() as temp:
        config = os.path.join(temp, "trustsafety.json")
        with open(config, "w", encoding="utf-8") as f:
            json.dump({"TrustSafety": {"Detectors": {"FeelingsAcknowledgement": {"Threshold": 0.05}}}}, f)
        for path in sorted(glob.glob(os.path.join(ROOT, "seeds", "eval", split, "*.gold.json"))):
            with open(path, encoding="utf-8") as f:
                sidecar = json.load(f)
            args = tool + ["analyze", os.path.join(os.path.dirname(path), sidecar["transcript"]), "--format", "json", "--config", config]
            for role in ("coach", "client"):
                for name in sidecar.get(role, []):
                    args += [f"--{role}", name]
            report = json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
            session = os.path.basename(path)[: -len(".gold.json")]
            found = {m["turnIndex"]: float(m["properties"]["probability"]) for m in report["markers"] if m["id"] == MARKER}
            probability[session] = {t["index"]: found.get(t["index"], 0.0) for t in report["transcript"]["turns"] if t["role"] == "coach"}
            gold[session] = {t["index"] for t in sidecar["turns"] if MARKER in t["markers"]}
    return probability, gold


def auc(probability, gold):
    positives = [p for s in probability for i, p in probability[s].items() if i in gold[s]]
    negatives = [p for s in probability for i, p in probability[s].items() if i not in gold[s]]
    pairs = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return pairs / (len(positives) * len(negatives))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=["tuning", "heldback"])
    parser.add_argument("--threshold", type=float, default=0.9)
    options = parser.parse_args()

    probability, gold = probabilities(options.split)
    sessions = {s: {"coachTurns": sorted(turns)} for s, turns in probability.items()}

    def marked(threshold):
        return lambda name, _: {i for i, p in probability[name].items() if p >= threshold}

    print(f"{MARKER} on the {options.split} split: {len(sessions)} sessions, AUC {auc(probability, gold):.3f}")
    print()
    print(HEADER.replace("second side", "model at"))
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        print(row(f"{threshold:.2f}", compare(sessions, gold, marked(threshold))))

    for path in sorted(glob.glob(os.path.join(ROOT, "seeds", "eval", "agreement", "*.json"))):
        with open(path, encoding="utf-8") as f:
            second = json.load(f)
        if second["marker"] != MARKER or second["split"] != options.split:
            continue
        print()
        print(f"The model at {options.threshold} against {os.path.relpath(path, ROOT)} as the gold:")
        print(HEADER.replace("second side", "the annotator's"))
        for label, confidences in (("all marks", {"clear", "borderline"}), ("clear marks only", {"clear"})):
            reference = {s: {t["index"] for t in v["turns"] if t["confidence"] in confidences} for s, v in second["sessions"].items()}
            print(row(label, compare(sessions, reference, marked(options.threshold))))


if __name__ == "__main__":
    main()
