"""Fixtures every test module may use: a document tree that holds every node type."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from report.doctree import Anchor, Chart, Document, Items, Link, Meta, Paragraph, Section, Table, Text

@pytest.fixture(autouse=True, scope="session")
def _font_cache(tmp_path_factory):
    """Keep the parsed fonts of the test run in a folder of its own, not the user's cache."""
    import os

    previous = os.environ.get("BRIEF_CACHE")
    os.environ["BRIEF_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        os.environ.pop("BRIEF_CACHE", None)
    else:
        os.environ["BRIEF_CACHE"] = previous


NASTY = 'AT&T <b>bold</b> <a href="javascript:alert(1)">x</a> <img src="/etc/passwd"/> \x00\x0b\ud800 end'
NAMES = "Bødskov, Łukasz Wójcik, Αλέξης Τσίπρας, Володимир Зеленський"


def sample_document(classification: str = "TLP:AMBER") -> Document:
    """Return a small brief-shaped document using every node type, role and awkward string."""
    cite1 = Link("[1]", "src-1", role="cite")
    cite2 = Link("[2]", "src-2", role="cite")
    return Document(
        meta=Meta(
            title="Sample brief: Ukraine & Denmark",
            subtitle="A test of every node",
            author="Analysis Unit",
            date="2025-07-05",
            classification=classification,
            subject="Defence-industrial cooperation",
            keywords=("defence", "industry"),
        ),
        children=(
            Paragraph((Text(classification),), role="banner"),
            Paragraph((Text("Sample brief: Ukraine & Denmark"),), role="title"),
            Paragraph((Text("A test of every node"),), role="subtitle"),
            Paragraph((Text("Date: 2025-07-05 · Author: Analysis Unit"),), role="meta"),
            Section("Summary", (
                Items(((Text("The two governments signed an agreement. "), cite1, Text(" "), cite2),
                       (Text(NASTY + " "), cite1))),
            ), role="summary", anchor="summary"),
            Section("Key actors", (
                Table(("Name", "Role", "Affiliation", "Sources"),
                      (((Text(NAMES, bold=True),), (Text("Minister"),), (Text("Denmark"),), (cite1, Text(" "), cite2)),
                       ((Text("Hans Liwång"),), (Text("professor"),), (Text("Sweden"),), (cite2,))),
                      widths=(3, 3, 2, 1), role="actors"),
            ), role="actors", anchor="actors"),
            Section("Funding", (
                Chart("Amounts in EUR", ("500 million Danish kroner", "$411 billion"), (67e6, 380e9), "EUR",
                      "500 million Danish kroner: EUR 67 million; $411 billion: EUR 380 billion.", role="funding-chart"),
                Paragraph((Text("Rates of 2025-07-04."),), role="caption"),
            ), role="funding", anchor="funding"),
            Section("Expert views", (
                Section("Hans Liwång", (
                    Paragraph((Text("“It is mainly talked about that it is the West.”"), Text(" "), cite2), role="quote"),
                    Paragraph((Text("Hans Liwång, professor (expert)", italic=True),), role="attribution"),
                    Paragraph((Text("Believes that moving components could streamline production. "), cite1), role="body"),
                ), role="speaker"),
            ), role="views", anchor="views"),
            Section("Sources", (
                Paragraph((Anchor("src-1"), Text("[1] "), Text("Outlet one, “Headline one”, 2025-07-04. "),
                           Link("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2", external=True)), role="source"),
                Paragraph((Anchor("src-2"), Text("[2] "), Text("Outlet two, “Headline two”.")), role="source"),
            ), role="sources", anchor="sources"),
        ),
    )


@pytest.fixture
def document() -> Document:
    return sample_document()


def render_fixture_brief(folder: Path, out: Path, *formats: str) -> Path:
    """Copy the fixture brief's outline and sources into `folder`, render it into `out`; return `out`."""
    from typer.testing import CliRunner

    from report.cli import app

    fixtures = Path(__file__).parent / "fixtures" / "brief"
    for name in ("a.txt", "b.txt", "outline.yaml"):
        shutil.copy(fixtures / name, folder / name)
    chosen = [arg for fmt in formats for arg in ("-f", fmt)]
    result = CliRunner().invoke(app, ["render", str(folder / "outline.yaml"), *chosen, "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return out
