"""Fail when a function in report/ is more complex than the house allows.

Runs radon (a developer tool, not a dependency of brief: `pip install radon`) over report/ and
lists every function or method whose cyclomatic complexity is above the limit, worst first.
Exit 0 when there is none, 1 when there is, 2 when radon is missing.

    python3 benchmarks/complexity.py            # limit 15
    python3 benchmarks/complexity.py --limit 10
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 15


def blocks(package: Path) -> list[tuple[int, str]]:
    """Return (complexity, "file:line name") for every function and method radon finds."""
    if importlib.util.find_spec("radon") is None:  # run as a module: its script may not be on PATH
        print("radon is not installed: pip install radon", file=sys.stderr)
        sys.exit(2)  # 1 means a function above the limit
    report = json.loads(subprocess.run([sys.executable, "-m", "radon", "cc", "--json", str(package)], check=True,
                                       capture_output=True, text=True).stdout)
    found = []
    for path, items in report.items():
        for item in items:
            for block in [item, *item.get("methods", [])]:
                where = f"{Path(path).relative_to(ROOT)}:{block['lineno']} {block.get('classname', '') and block['classname'] + '.'}{block['name']}"
                found.append((block["complexity"], where))
    return found


def main() -> int:
    """Print the functions above the limit, worst first; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=LIMIT)
    limit = parser.parse_args().limit
    found = sorted(set(blocks(ROOT / "report")), reverse=True)
    over = [(score, where) for score, where in found if score > limit]
    for score, where in over:
        print(f"{score:4d}  {where}")
    worst = f"{found[0][0]} ({found[0][1]})" if found else "none"
    print(f"{len(over)} function(s) above {limit}; the most complex: {worst}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
