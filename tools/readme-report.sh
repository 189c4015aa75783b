#!/usr/bin/env bash
# Puts the text report of the bundled sample session into README.md (the block after "The analysis prints:").
# Usage: bash tools/readme-report.sh
set -euo pipefail
cd "$(dirname "$0")/.."
report=$(dotnet run --project src/TrustSafety.Cli -v q -- analyze seeds/transcripts/sample-session.txt --colour never | sed "s|$PWD/||")
REPORT="$report" python3 - <<'PY'
import os, re
text = open("README.md", encoding="utf-8").read()
block = "The analysis prints:\n\n```text\n" + os.environ["REPORT"].rstrip("\n") + "\n```"
new, count = re.subn(r"The analysis prints:\n\n```text\n.*?\n```", lambda _: block, text, count=1, flags=re.S)
if count != 1:
    raise SystemExit("README.md has no 'The analysis prints:' text block")
open("README.md", "w", encoding="utf-8").write(new)
PY
echo "README.md: sample report updated"
