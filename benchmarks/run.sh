#!/usr/bin/env bash
# Times whole `brief` processes. Needs GNU time (/usr/bin/time) and hyperfine (Debian packages
# "time" and "hyperfine"). Run from anywhere:  bash benchmarks/run.sh [quick]
# Work files go to benchmarks/work/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
work=benchmarks/work
mkdir -p "$work"
export SOURCE_DATE_EPOCH=1751630400

peak() {  # peak resident memory of a whole process, in MB, and its wall time
  /usr/bin/time -v "$@" 2>"$work/time.txt" >/dev/null || { cat "$work/time.txt"; return 1; }
  awk -F': ' '/Maximum resident/ {mb=$2/1024} /Elapsed \(wall/ {wall=$2} END {printf "wall %s  peak %.0f MB\n", wall, mb}' "$work/time.txt"
}

echo "== brief build on seeds/ (issue target: < 1.5 s wall)"
hyperfine --warmup 1 --runs 5 --export-markdown "$work/build.md" \
  "brief build seeds -o $work/seeds --force --quiet" | grep -E "Time|Range"
peak brief build seeds -o "$work/seeds" --force --quiet

echo "== brief build against the route a user would otherwise take (issue target: <= 0.33 x)"
if command -v pandoc >/dev/null && command -v soffice >/dev/null; then
  python3 benchmarks/brief_markdown.py "$work/seeds/outline.yaml" "$work/route/brief.md"
  route="pandoc $work/route/brief.md -o $work/route/brief.docx && soffice --headless --convert-to pdf --outdir $work/route $work/route/brief.docx >/dev/null 2>&1"
  hyperfine --warmup 1 --runs 5 --export-markdown "$work/route.md" \
    "brief build seeds -o $work/seeds --force --quiet" "$route" | grep -E "Time|Range|faster|±"
else
  echo "skipped: pandoc and LibreOffice (Debian packages pandoc, libreoffice-writer-nogui) are needed"
fi

echo "== brief render, seed-sized outline and 100x larger (target: < 1 s; about linear)"
python3 benchmarks/make_outline.py "$work/seeds/outline.yaml" 1 "$work/x1/outline.yaml"
python3 benchmarks/make_outline.py "$work/seeds/outline.yaml" 100 "$work/x100/outline.yaml"
hyperfine --warmup 1 --runs 5 "brief render $work/x1/outline.yaml -o $work/x1 --quiet" | grep -E "Time|Range"
hyperfine --runs 2 "brief render $work/x100/outline.yaml -o $work/x100 --quiet" | grep -E "Time|Range"
peak brief render "$work/x100/outline.yaml" -o "$work/x100" --quiet
ls -l "$work/x1/brief.pdf" "$work/x100/brief.pdf" | awk '{print $5, $9}'

[ "${1:-}" = quick ] && exit 0

echo "== brief draft: 10, 100, 1000 and 2000 articles of seed size (target: 1000 in < 20 s, < 500 MB)"
for n in 10 100 1000 2000; do
  [ -d "$work/c$n" ] || python3 benchmarks/make_corpus.py "$n" "$work/c$n"
  printf "%5d articles: " "$n"
  peak brief draft "$work/c$n" -o "$work/c$n.yaml" --force --quiet
done
