#!/usr/bin/env bash
# Smoke test of the standalone folder that `make bundle` builds (default dist/kamdesk):
# the window starts offscreen and quits, then the console program loads the sample into a
# temporary data folder, writes a brief in English and in Filipino, and checks the database.
# Exits 0 when all of it worked; prints the folder's size and the start-up time.
# Not in CI (building the bundle takes minutes): run it after `make bundle`.
set -euo pipefail
dist=${1:-dist/kamdesk}
[[ -x "$dist/kamdesk" && -x "$dist/kamdesk-app" ]] || { echo "no bundle in $dist: run make bundle" >&2; exit 1; }
dist=$(cd "$dist" && pwd)  # the commands below run from a temporary folder
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export QT_QPA_PLATFORM=offscreen KAMDESK_DATA_DIR="$data/data" HOME="$data/home" LANG=C.UTF-8
mkdir -p "$HOME"
cd "$data"  # far from the source tree

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
started=$(date +%s%N)
KAMDESK_EXIT_AFTER_START=1 "$dist/kamdesk-app"
echo "window started and quit in $(ms "$started") ms"

"$dist/kamdesk" sample-data
"$dist/kamdesk" accounts | head -n 3
"$dist/kamdesk" brief "Baltic Freight" --meeting next -o "$data/brief.pdf"
"$dist/kamdesk" brief "Baltic Freight" --lang fil -o "$data/brief-fil.pdf"
for pdf in "$data/brief.pdf" "$data/brief-fil.pdf"; do
  [[ $(head -c 5 "$pdf") == "%PDF-" ]] || { echo "$pdf is not a PDF" >&2; exit 1; }
done
"$dist/kamdesk" check

started=$(date +%s%N)
"$dist/kamdesk" accounts >/dev/null
echo "a command (kamdesk accounts) ran in $(ms "$started") ms"
echo "bundle size: $(du -sh "$dist" | cut -f1) in $(find "$dist" -type f | wc -l) files"
echo "bundle smoke test passed"
