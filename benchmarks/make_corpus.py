#!/usr/bin/env python3
"""Write N synthetic articles of seed size into a folder, for timing `brief draft`.

    python3 benchmarks/make_corpus.py 1000 benchmarks/work/c1000

Each article is a headline plus sentences drawn (with a fixed random seed) from the seed
articles, with names and numbers varied so that the extractors see many actors and amounts.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FIRST = ["Anna", "Jonas", "Maria", "Piotr", "Elena", "Lars", "Olga", "Mikkel", "Sofia", "Tomas"]
LAST = ["Berg", "Nowak", "Holm", "Kowalski", "Lind", "Petrenko", "Dahl", "Novak", "Strand", "Moreau"]


def sentences() -> list[str]:
    """Return every line of the seed articles that reads as a sentence."""
    lines = []
    for path in sorted(SEEDS.glob("*.txt")):
        lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip().endswith((".", "”", '"'))]
    return lines


def vary(line: str, rng: random.Random) -> str:
    """Return a sentence with its numbers changed, and a new person named now and then."""
    line = re.sub(r"\b\d+\b", lambda m: str(int(m.group()) + rng.randint(0, 9)), line)
    if rng.random() < 0.3:
        line = f"{rng.choice(FIRST)} {rng.choice(LAST)}, a professor at the Institute of {rng.choice(LAST)}, said that {line[0].lower()}{line[1:]}"
    return line


def main() -> None:
    count, folder = int(sys.argv[1]), Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    pool = sentences()
    rng = random.Random(count)
    for index in range(count):
        body = [vary(rng.choice(pool), rng) for _ in range(22)]
        headline = f"Report {index + 1}: Partners Agree on Production Deal"
        (folder / f"{index:05d}.txt").write_text(headline + "\n" + "\n".join(body) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
