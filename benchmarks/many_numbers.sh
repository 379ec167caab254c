#!/usr/bin/env bash
# Whole-process time and peak memory of `brief draft` on one Markdown paragraph of N numbered
# links (benchmarks/many_numbers.py), for N = 1,000 to 20,000: the work must grow linearly.
#
#     bash benchmarks/many_numbers.sh [N ...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
brief="${BRIEF:-brief}"
python="${PYTHON:-python3}"
mkdir -p "$here/work"
for n in "${@:-1000 4000 20000}"; do
  for size in $n; do
    folder="$here/work/many_numbers_$size"
    [ -d "$folder" ] || "$python" "$here/many_numbers.py" "$size" "$folder"
    /usr/bin/time -f "$size links: %e s, %M KB peak" "$brief" draft "$folder" -o "$folder.yaml" --force -q
  done
done
