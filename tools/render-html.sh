#!/usr/bin/env bash
# Renders the HTML report of a transcript in headless Chromium (Debian package `chromium`) to a PNG, so a
# person can look at it. Usage: bash tools/render-html.sh [TRANSCRIPT] [OUT.png]
# Default: the tuning session s02-team-conflict.vtt (timed, so the timeline shows silences) ->
# docs/report-screenshot.png. CI does not need a browser; this is run by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
transcript=${1:-seeds/eval/tuning/s02-team-conflict.vtt}
out=${2:-docs/report-screenshot.png}
html=$(mktemp --suffix=.html)
profile=$(mktemp -d)
trap 'rm -rf "$html" "$profile"' EXIT
dotnet run --project src/TrustSafety.Cli -v q -- analyze "$transcript" --format html > "$html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
  --window-size=1200,1500 --screenshot="$PWD/$out" "file://$html" 2>/dev/null
echo "wrote $out"
