#!/usr/bin/env python3
"""Write the content of a brief's outline as Markdown, for the route a user would otherwise take.

    python3 benchmarks/brief_markdown.py out/outline.yaml benchmarks/work/brief.md

Without brief, an analyst would type the same brief in Markdown, turn it into a DOCX with pandoc
and the DOCX into a PDF with LibreOffice. `benchmarks/run.sh` times that route against
`brief build` on the same content: this script writes the Markdown it starts from (headings,
bullets and pipe tables with the outline's text and source markers).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from report.outline import load_outline  # noqa: E402


def cell(text: str) -> str:
    """Return text fit for one cell of a pipe table."""
    return " ".join(str(text).replace("|", "/").split())


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """Return the lines of a pipe table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows]


def markdown(path: Path) -> str:
    """Return the brief of the outline at `path` as Markdown."""
    outline = load_outline(path)
    number = {source.id: n for n, source in enumerate(outline.sources, 1)}
    marks = lambda cites: " ".join(f"[{number[c.split(':')[0]]}]" for c in dict.fromkeys(c.split(":")[0] + ":" for c in cites))
    brief = outline.brief
    lines = [f"# {brief.title}", "", brief.subtitle, "", f"{brief.classification} · {brief.date}", "", "## Summary", ""]
    lines += [f"- {item.text} {marks(item.cite)}" for item in outline.summary]
    lines += ["", "## Key actors", ""]
    lines += table(["Name", "Role", "Affiliation", "Sources"],
                   [[a.name, a.role, a.affiliation, marks(a.cite)] for a in outline.actors if a.kind == "person"])
    lines += ["", "## Funding", ""]
    lines += table(["Amount", "EUR", "Funder", "Purpose", "Sources"],
                   [[f.text, f"{f.eur:,.0f}" if f.eur else "", f.funder, f.purpose, marks(f.cite)] for f in outline.funding])
    lines += ["", "## Views", ""]
    lines += [f"- **{v.speaker}**: {v.text} {marks(v.cite)}" for v in outline.views]
    lines += ["", "## Where the sources disagree", ""]
    lines += table(["Point", "Versions"],
                   [[c.topic, "; ".join(f"{v.value} {marks(v.cite)}" for v in c.versions)] for c in outline.conflicts])
    lines += ["", "## Sources", ""]
    lines += [f"{n}. {s.outlet or ''} {s.title} {s.url}".strip() for n, s in enumerate(outline.sources, 1)]
    return "\n".join(lines) + "\n"


def main() -> None:
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(markdown(source), encoding="utf-8")


if __name__ == "__main__":
    main()
