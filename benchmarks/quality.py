#!/usr/bin/env python3
"""Score the drafter on real articles: every event of tests/realworld/ and the seeds.

    python3 benchmarks/quality.py                 # a table: one line per event, then the mean
    python3 benchmarks/quality.py --json          # the same figures for machines
    python3 benchmarks/quality.py --show          # also what each event missed or added
    python3 benchmarks/quality.py --check-gold    # every gold file loads and quotes its texts
    python3 benchmarks/quality.py --events DIR    # the events of another folder laid out the same way
    python3 benchmarks/quality.py --mean          # only the mean line (for a set kept unseen)

Each event folder holds `gold.yaml` (a hand annotation), `SOURCES.md` (where its articles come
from) and `articles/` (the article texts, third-party text that git ignores). An event whose
articles are missing is skipped and named, with the way to fetch them again. Each event is
drafted by the `brief draft` command in a process of its own, then scored by the shared scorer
(`../shared/gold/score.py`), so the figures are those a user's outline would get.

Three more columns count what must be 0 in every event: summary items that state one side of a
disputed fact or figure as settled ("1-sided"), summary items that open with a word pointing
back to a sentence they no longer follow ("dangle"), and the errors `brief check` finds in the
drafted outline ("check"), each of which would stop `brief build` from rendering it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from report.extract.summary import dangling  # noqa: E402  (the package of this checkout)
from report.outline import load_outline  # noqa: E402
from report.pipeline import load  # noqa: E402
from report.support import one_sided  # noqa: E402

REALWORLD = ROOT / "tests" / "realworld"
SHARED = ROOT.parent / "shared"
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}
COLUMNS = (("actors", "recall"), ("actors", "precision"), ("funding", "recall"), ("funding", "precision"),
           ("views", "recall"), ("views", "precision"), ("conflicts", "recall"), ("conflicts", "core_recall"))
HEADINGS = ("act R", "act P", "fund R", "fund P", "view R", "view P", "conf R", "core R")
DRAFT_DATE = "2025-01-01"  # a fixed brief date, so that two runs draft the same outline


@dataclass(frozen=True)
class Event:
    """One event to score: where its articles are and its hand annotation."""

    name: str
    articles: Path
    gold: Path


def load_scorer(shared: Path):
    """Return the shared scorer module (score.py), or exit naming where it was looked for."""
    path = shared / "gold" / "score.py"
    if not path.is_file():
        sys.exit(f"quality: {path}: no scorer there (pass --shared FOLDER)")
    spec = importlib.util.spec_from_file_location("gold_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def find_events(shared: Path, root: Path | None = None) -> tuple[list[Event], list[str]]:
    """Return the events whose articles are present and the names of those skipped.

    The events are those of tests/realworld/ with the seeds first, or those of `root` alone.
    """
    events = [] if root else [Event("seeds", ROOT / "seeds", shared / "gold" / "seeds.gold.yaml")]
    skipped = []
    for folder in sorted(path for path in (root or REALWORLD).iterdir() if (path / "gold.yaml").is_file()):
        articles = folder / "articles"
        if article_files(articles):
            events.append(Event(folder.name, articles, folder / "gold.yaml"))
        else:
            skipped.append(folder.name)
    return events, skipped


def article_files(folder: Path) -> list[Path]:
    """Return the article files of a folder (none when it does not exist)."""
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if path.suffix.lower() in ARTICLE_SUFFIXES)


def draft(event: Event, workdir: Path) -> tuple[Path | None, str]:
    """Draft the event's outline with the `brief draft` command; return it, or None and why not."""
    outline = workdir / f"{event.name}.yaml"
    command = [sys.executable, "-c", "from report.cli import app; app(prog_name='brief')",
               "draft", str(event.articles), "-o", str(outline), "--force", "--quiet",
               "--title", event.name, "--date", DRAFT_DATE]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
        return None, last
    return outline, ""


def score_all(events: list[Event], scorer) -> dict[str, dict]:
    """Return each event's scores (or its drafting error), drafting two events at a time."""
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="brief-quality-") as tmp:
        with ThreadPoolExecutor(max_workers=2) as pool:
            drafted = dict(zip((e.name for e in events), pool.map(lambda e: draft(e, Path(tmp)), events)))
        for event in events:
            outline, problem = drafted[event.name]
            if outline is None:
                results[event.name] = {"error": problem}
                continue
            results[event.name] = scorer.score(scorer.load(str(outline)), scorer.load(str(event.gold)))
            results[event.name]["summary"] = summary_faults(outline)
            results[event.name]["check"] = check_errors(outline)
    return results


def summary_faults(path: Path) -> dict[str, int]:
    """Return how many summary items take one side of a dispute, and how many dangle."""
    outline = load_outline(path)
    return {"one_sided": sum(1 for item in outline.summary if one_sided(item, outline.conflicts)),
            "dangling": sum(1 for item in outline.summary if dangling(item.text))}


def check_errors(path: Path) -> int:
    """Return how many errors `brief check` finds in a drafted outline (its sources read wherever they are)."""
    return len(load(path, allow_outside=True).errors)


def mean(results: dict[str, dict]) -> list[float]:
    """Return the mean of each column over the events that were scored."""
    scored = [r for r in results.values() if "error" not in r]
    if not scored:
        return [0.0] * len(COLUMNS)
    return [round(sum(r[part][key] for r in scored) / len(scored), 3) for part, key in COLUMNS]


def table(results: dict[str, dict]) -> str:
    """Return the results as a fixed-width table with the mean as its last line."""
    width = max([len(name) for name in results] + [len("mean")])
    lines = [f"{'event':<{width}}  " + "  ".join(f"{h:>6}" for h in HEADINGS) + "  1-sided  dangle  check"]
    for name, result in results.items():
        if "error" in result:
            lines.append(f"{name:<{width}}  drafting failed: {result['error']}")
            continue
        faults = result["summary"]
        lines.append(f"{name:<{width}}  " + "  ".join(f"{result[p][k]:>6.3f}" for p, k in COLUMNS)
                     + f"  {faults['one_sided']:>7}  {faults['dangling']:>6}  {result['check']:>5}")
    scored = [r for r in results.values() if "error" not in r]
    totals = [sum(r["summary"][key] for r in scored) for key in ("one_sided", "dangling")]
    lines.append(f"{'mean':<{width}}  " + "  ".join(f"{v:>6.3f}" for v in mean(results))
                 + f"  {totals[0]:>7}  {totals[1]:>6}  {sum(r['check'] for r in scored):>5}"
                 + f"   ({len(scored)} events; faults summed)")
    return "\n".join(lines)


def misses(results: dict[str, dict]) -> str:
    """Return what each event missed and added, one line per list."""
    lines = []
    for name, result in results.items():
        for part, figures in result.items():
            if isinstance(figures, dict):
                lines += [f"{name}: {part} {key}: {value}" for key, value in figures.items()
                          if isinstance(value, list) and value]
    return "\n".join(lines)


def skipped_note(skipped: list[str]) -> str:
    """Return the lines that name the events skipped and how to fetch their texts again."""
    if not skipped:
        return ""
    return (f"skipped {len(skipped)} event(s) whose article texts are missing: {', '.join(skipped)}\n"
            "  fetch them again: run the query of each row of tests/realworld/<event>/SOURCES.md in the\n"
            "  search tool's pages corpus and save the excerpt as returned (tests/realworld/README.md)")


# --- --check-gold -------------------------------------------------------------------------------


def gold_problems(event: Event, scorer) -> list[str]:
    """Return every problem of one gold file: fields the scorer needs, and names or quotes not in its texts."""
    gold = scorer.load(str(event.gold))
    texts = {path.name: scorer.fold(path.read_text(encoding="utf-8", errors="replace"))
             for path in article_files(event.articles)}
    problems = [f"{event.gold}: {part}: missing" for part in ("actors", "funding", "views", "conflicts")
                if part not in gold]
    for index, actor in enumerate(gold.get("actors") or []):
        files = files_of(actor.get("sources"), texts) or list(texts)
        for name in [actor.get("name"), *(actor.get("aliases") or [])]:
            if not any(scorer.fold(name) in texts[f] for f in files):
                problems.append(f"{event.gold}: actors.{index}: {name!r} is in none of its sources")
    for index, item in enumerate(gold.get("funding") or []):
        for key in ("amount", "value", "currency"):
            if key not in item:
                problems.append(f"{event.gold}: funding.{index}.{key}: missing")
    for index, view in enumerate(gold.get("views") or []):
        files = files_of([view.get("source")], texts)
        if not files:
            problems.append(f"{event.gold}: views.{index}.source: no article file {view.get('source')!r}")
        elif not any(scorer.fold(view.get("text_start")) in texts[f] for f in files):
            problems.append(f"{event.gold}: views.{index}.text_start: {view.get('text_start')!r} is not in {files[0]}")
    for index, conflict in enumerate(gold.get("conflicts") or []):
        if not conflict.get("versions") or any("value" not in v for v in conflict["versions"]):
            problems.append(f"{event.gold}: conflicts.{index}.versions: each needs a value")
    return problems


def files_of(sources, texts: dict[str, str]) -> list[str]:
    """Return the article file names that gold source keys ("01", "000", a file name) stand for."""
    keys = [str(key) for key in sources or [] if key is not None]
    return [name for name in texts if any(key == name or key == name.split("_", 1)[0] for key in keys)]


def check_gold(events: list[Event], scorer) -> int:
    """Print every gold problem and return the exit status: 0 when there are none."""
    problems = [problem for event in events for problem in gold_problems(event, scorer)]
    for problem in problems:
        print(problem)
    print(f"{len(events)} gold file(s) checked, {len(problems)} problem(s)")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show", action="store_true", help="list what each event missed and added")
    parser.add_argument("--check-gold", action="store_true", help="check the gold files against their texts")
    parser.add_argument("--only", metavar="REGEX", help="score only the events whose name matches")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (default: ../shared)")
    parser.add_argument("--events", type=Path, metavar="FOLDER",
                        help="score the events of this folder (one sub-folder each, as in tests/realworld/)")
    parser.add_argument("--mean", action="store_true", help="print only the mean line, not the events")
    args = parser.parse_args()
    if args.events and not args.events.is_dir():
        sys.exit(f"quality: {args.events}: no such folder (--events)")
    scorer = load_scorer(args.shared)
    events, skipped = find_events(args.shared, args.events)
    if args.only:
        events = [event for event in events if re.search(args.only, event.name)]
    if args.check_gold:
        return check_gold(events, scorer)
    results = score_all(events, scorer)
    if args.json:
        print(json.dumps({"events": results, "mean": dict(zip(HEADINGS, mean(results))), "skipped": skipped},
                         ensure_ascii=False, indent=2))
        return 0
    lines = table(results).splitlines()
    print("\n".join([lines[0], lines[-1]] if args.mean else lines))
    if args.show:
        print(misses(results))
    if skipped:
        print(skipped_note(skipped))
    return 0


if __name__ == "__main__":
    sys.exit(main())
