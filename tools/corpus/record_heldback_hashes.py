#!/usr/bin/env python3
"""Records the SHA-256 of every file in seeds/eval/heldback/ in the "Held-back hashes" section of
docs/evaluation.md (one row per file, ordinal order). Run: python3 tools/corpus/record_heldback_hashes.py
Check without writing: python3 tools/corpus/record_heldback_hashes.py --check (exit 1 on a difference)."""
import hashlib
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
FOLDER = ROOT / "seeds" / "eval" / "heldback"
DOC = ROOT / "docs" / "evaluation.md"
HEADING = "## Held-back hashes"

rows = ["| file | SHA-256 |", "| --- | --- |"]
for path in sorted(FOLDER.iterdir(), key=lambda p: p.name):
    rows.append(f"| `{path.name}` | `{hashlib.sha256(path.read_bytes()).hexdigest()}` |")
section = HEADING + "\n\nThe held-back split as fixed before any detector work (raw bytes, `sha256sum`). Recorded by\n`python3 tools/corpus/record_heldback_hashes.py`; `--check` verifies them.\n\n" + "\n".join(rows) + "\n"

text = DOC.read_text(encoding="utf-8")
head, _, _ = text.partition(HEADING)
updated = head + section
if "--check" in sys.argv:
    sys.exit(0 if updated == text else 1)
DOC.write_text(updated, encoding="utf-8")
print(f"recorded {len(rows) - 2} files")
