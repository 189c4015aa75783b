#!/usr/bin/env bash
# Regenerates docs/accuracy.md: runs `trustsafety eval` on both splits of the evaluation corpus and
# writes the tables with the date and commit. Usage: bash tools/accuracy.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/TrustSafety.Cli -c Release -v q -nologo >/dev/null
tool=(dotnet src/TrustSafety.Cli/bin/Release/net10.0/trustsafety.dll)
commit=$(git rev-parse --short HEAD)
dirty=$(git status --porcelain -- src seeds/eval | grep -q . && echo " (with uncommitted changes)" || true)
{
  echo "# Accuracy"
  echo
  echo "Measured on $(date -u +%Y-%m-%d) at commit \`$commit\`$dirty by \`bash tools/accuracy.sh\`, which runs"
  echo "\`trustsafety eval\` on each split of the evaluation corpus (docs/evaluation.md). Turn-level scores per"
  echo "marker ID; behaviour and PCC rows and the averages count only markers that have a detector."
  echo "A marker marked \"not evaluated\" is annotated in the corpus but has no detector (or is turned off):"
  echo "its row shows the gold count a detector would be measured against."
  echo
  cat docs/accuracy-notes.md
  echo
  echo "## Tuning split (seeds/eval/tuning)"
  echo
  "${tool[@]}" eval seeds/eval/tuning --format markdown | sed -e 's/^## /### /' -e 's/^### \(Per\|Session\|Most\|Missed\)/#### \1/'
  echo
  echo "## Held-back split (seeds/eval/heldback)"
  echo
  echo "Measured only; never studied to tune detectors."
  echo
  "${tool[@]}" eval seeds/eval/heldback --format markdown | sed -e 's/^## /### /' -e 's/^### \(Per\|Session\|Most\|Missed\)/#### \1/' \
    | awk '/^#### Most confident false positives/{skip=1} !skip'
} > docs/accuracy.md
echo "wrote docs/accuracy.md"
