#!/usr/bin/env python3
"""Time the conflict finder alone on 10, 100 and 1,000 generated articles (it must grow about linearly).

    python3 benchmarks/conflicts.py [10 100 1000]

The articles come from make_corpus.py (generated on first use under benchmarks/work/). The
other extractors run first, untimed, because the conflict finder reads what they found.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from report.corpus import read_folder  # noqa: E402
from report.extract import conflicts, money, names, views  # noqa: E402
from report.rates import rates_for  # noqa: E402


def corpus(count: int):
    folder = HERE / "work" / f"c{count}"
    if not folder.is_dir():
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(count), str(folder)], check=True)
    return read_folder(folder)


def main() -> None:
    counts = [int(arg) for arg in sys.argv[1:]] or [10, 100, 1000]
    previous = None
    for count in counts:
        found = corpus(count)
        actors, mentions = names.find_actors(found)
        quoted = views.find_views(found, actors, mentions)
        funding, _ = money.find_funding(found, actors, rates_for(dt.date(2025, 7, 4)))
        started = time.perf_counter()
        result = conflicts.find_conflicts(found, actors, mentions, funding, quoted)
        seconds = time.perf_counter() - started
        growth = f"  x{seconds / previous[1]:.1f} time for x{count / previous[0]:.0f} sources" if previous else ""
        print(f"{count:5d} sources: conflicts {seconds:6.2f} s, {len(result)} found{growth}")
        previous = (count, seconds)


if __name__ == "__main__":
    main()
