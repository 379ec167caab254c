#!/usr/bin/env python3
"""Write a folder of articles one of which is a single Markdown paragraph holding N numbered links,
each with counts, a share of someone's and a span of time beside it.

    python3 benchmarks/many_numbers.py N FOLDER

Drafting it used to compare every number with every other (count_conflicts): 20,000 links took
182 s and 6 GB. run_many_numbers.sh times `brief draft` on it, whole process.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parent / "tests" / "fixtures" / "brief"


def main(count: int, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("a.txt", "b.txt"):
        shutil.copy(ARTICLES / name, folder / name)
    links = " ".join(f"[{n} ships]({n}) and {n + 7} ships waited, {n % 90}.5% of Pier {n}'s fleet, "
                     f"after a {n % 30 + 2}-day delay" for n in range(1, count + 1))
    (folder / "c.md").write_text(f"# Harbour list\n\nThe harbour listed {links}.\n", encoding="utf-8")


if __name__ == "__main__":
    main(int(sys.argv[1]), Path(sys.argv[2]))
