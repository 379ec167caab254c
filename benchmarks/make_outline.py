#!/usr/bin/env python3
"""Write an outline FACTOR times larger than a given one, for timing `brief render`.

    python3 benchmarks/make_outline.py out/outline.yaml 100 benchmarks/work/x100/outline.yaml

Every list part is repeated FACTOR times; sources are copied beside the new outline, so its
cites still resolve and `brief render` runs its checks as usual.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from report.check import resolve  # noqa: E402
from report.outline import dump_outline, load_outline  # noqa: E402

PARTS = ("summary", "actors", "funding", "views", "conflicts")


def main() -> None:
    source, factor, target = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    outline = load_outline(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    for entry in outline.sources:
        shutil.copy(resolve(source, entry.path), target.parent / Path(entry.path).name)
        entry.path = Path(entry.path).name
    for part in PARTS:
        setattr(outline, part, getattr(outline, part) * factor)
    target.write_text(dump_outline(outline, target.name), encoding="utf-8")


if __name__ == "__main__":
    main()
