#!/usr/bin/env bash
# Times whole `brief` processes. Needs GNU time (/usr/bin/time) and hyperfine (Debian packages
# "time" and "hyperfine"). Run from anywhere:  bash benchmarks/run.sh [quick]
# BRIEF= names the command to time (default: brief; e.g. BRIEF="python3 -m report" for this
# checkout when another one is installed), PYTHON= the interpreter that compiles it.
# Work files go to benchmarks/work/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
work=benchmarks/work
mkdir -p "$work"
export SOURCE_DATE_EPOCH=1751630400
brief="${BRIEF:-brief}"
python="${PYTHON:-python3}"

# A pyenv shim is a shell script that looks the interpreter up on every call (about 0.25 s here);
# pandoc and soffice are not timed through one, so neither is brief: time the program it leads to.
unshim() { local found; found="$(command -v "$1" || true)"; [[ "$found" == */shims/* ]] && pyenv which "$1" || echo "${found:-$1}"; }
read -r first rest <<<"$brief"
brief="$(unshim "$first")${rest:+ $rest}"
python="$(unshim "$python")"
echo "== timing: $brief"

# Both routes run from compiled bytecode, as installed programs do: pip compiles brief's modules
# on install, as Debian does pandoc's and LibreOffice's, but PYTHONDONTWRITEBYTECODE=1 (or a
# read-only checkout) would leave brief recompiling its source on every run (about 0.3 s here).
echo "== compiling brief's modules to bytecode first ($python -m compileall -q report)"
"$python" -m compileall -q report

peak() {  # peak resident memory of a whole process, in MB, and its wall time
  /usr/bin/time -v "$@" 2>"$work/time.txt" >/dev/null || { cat "$work/time.txt"; return 1; }
  awk -F': ' '/Maximum resident/ {mb=$2/1024} /Elapsed \(wall/ {wall=$2} END {printf "wall %s  peak %.0f MB\n", wall, mb}' "$work/time.txt"
}

echo "== brief --version and --help against the floor: the interpreter importing typer"
hyperfine --warmup 2 --runs 10 -n "python + typer" "$python -c 'import typer; typer.Typer()'" \
  -n "brief --version" "$brief --version" -n "brief --help" "$brief --help" -n "brief draft --help" "$brief draft --help" \
  | grep -E "Benchmark|Time"

echo "== brief build on seeds/ (issue target: < 1.5 s wall)"
hyperfine --warmup 1 --runs 5 --export-markdown "$work/build.md" \
  "$brief build seeds -o $work/seeds --force --quiet" | grep -E "Time|Range"
peak $brief build seeds -o "$work/seeds" --force --quiet

echo "== brief build against the route a user would otherwise take (issue target: <= 0.33 x)"
if command -v pandoc >/dev/null && command -v soffice >/dev/null; then
  python3 benchmarks/brief_markdown.py "$work/seeds/outline.yaml" "$work/route/brief.md"
  route="pandoc $work/route/brief.md -o $work/route/brief.docx && soffice --headless --convert-to pdf --outdir $work/route $work/route/brief.docx >/dev/null 2>&1"
  hyperfine --warmup 1 --runs 5 --export-json "$work/route.json" --export-markdown "$work/route.md" \
    -n "brief build" "$brief build seeds -o $work/seeds --force --quiet" -n "pandoc + LibreOffice" "$route" \
    | grep -E "Benchmark|Time|Range"
  "$python" -c 'import json, sys
brief, route = (r["mean"] for r in json.load(open(sys.argv[1]))["results"])
print(f"brief build takes {brief / route:.2f} x the time of pandoc + LibreOffice (target: <= 0.33 x)")' "$work/route.json"
else
  echo "skipped: pandoc and LibreOffice (soffice) are needed (Debian packages pandoc and libreoffice-writer-nogui);" \
       "missing: $(for tool in pandoc soffice; do command -v "$tool" >/dev/null || printf '%s ' "$tool"; done)"
fi

echo "== brief render, seed-sized outline and 100x larger (target: < 1 s; about linear)"
python3 benchmarks/make_outline.py "$work/seeds/outline.yaml" 1 "$work/x1/outline.yaml"
python3 benchmarks/make_outline.py "$work/seeds/outline.yaml" 100 "$work/x100/outline.yaml"
hyperfine --warmup 1 --runs 5 "$brief render $work/x1/outline.yaml -o $work/x1 --quiet" | grep -E "Time|Range"
hyperfine --runs 2 "$brief render $work/x100/outline.yaml -o $work/x100 --quiet" | grep -E "Time|Range"
peak $brief render "$work/x100/outline.yaml" -o "$work/x100" --quiet
ls -l "$work/x1/brief.pdf" "$work/x100/brief.pdf" | awk '{print $5, $9}'

[ "${1:-}" = quick ] && exit 0

echo "== brief draft: 10 to 10,000 articles of seed size (targets: 1000 in <= 10 s on every core, 10,000 in about ten times that, peak <= 1 GB)"
for n in 10 100 1000 2000 10000; do
  [ -d "$work/c$n" ] || python3 benchmarks/make_corpus.py "$n" "$work/c$n"
  printf "%5d articles: " "$n"
  peak $brief draft "$work/c$n" -o "$work/c$n.yaml" --force --quiet
done
