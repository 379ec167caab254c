"""compose: what the brief says and in which order, proven on a golden tree dump."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from report.compose import Citations, compose, funding_row, money
from report.doctree import Link, Section, Table, plain, walk
from report.errors import InputError
from report.outline import load_outline, parse_outline
from report.writers import tree

FIXTURES = Path(__file__).parent / "fixtures" / "brief"
GOLDEN = FIXTURES / "brief.tree.txt"


def test_tree_matches_golden_file():
    dump = tree.render(compose(load_outline(FIXTURES / "outline.yaml"))).decode("utf-8")
    if os.environ.get("BRIEF_UPDATE_GOLDEN"):
        GOLDEN.write_text(dump, encoding="utf-8")
    assert dump == GOLDEN.read_text(encoding="utf-8")


def test_every_citation_links_to_an_anchor_in_the_source_list():
    document = compose(load_outline(FIXTURES / "outline.yaml"))
    sources = [b for _, b in walk(document.children) if isinstance(b, Section) and b.role == "sources"][0]
    anchors = {node.name for p in sources.children for node in p.content if type(node).__name__ == "Anchor"}
    targets = set()
    for _, block in walk(document.children):
        cells = [c for row in block.rows for c in row] if isinstance(block, Table) else []
        cells += [getattr(block, "content", ())] + list(getattr(block, "items", ()))
        targets |= {n.target for cell in cells for n in cell if isinstance(n, Link) and n.role == "cite"}
    assert targets and targets <= anchors == {"src-1", "src-2"}


def test_empty_parts_are_left_out():
    outline = parse_outline("schema: 1\nbrief: {title: T}\nsources: [{id: S1, path: a.txt}]\n")
    roles = [b.role for b in compose(outline).children]
    assert roles == ["banner", "title", "sources"]


def test_classification_banner_comes_first():
    outline = parse_outline("schema: 1\nbrief: {title: T, classification: TLP:RED}\nsources: [{id: S1, path: a}]\n")
    assert [block.role for block in compose(outline).children[:2]] == ["banner", "title"]


def test_a_blank_classification_is_refused_never_read_as_clear():
    with pytest.raises(InputError) as error:
        parse_outline("schema: 1\nbrief: {title: T, classification: ''}\nsources: [{id: S1, path: a}]\n")
    assert str(error.value) == "outline.yaml:2:19: brief.classification: String should have at least 1 character"


def test_support_counts_distinct_sources():
    citations = Citations.of(parse_outline(
        "schema: 1\nbrief: {title: T}\nsources: [{id: S1, path: a}, {id: S2, path: b}, {id: S3, path: c}]\n").sources)
    assert citations.support(["S1:1", "S1:4", "S3:2"]) == "2 of 3 sources"
    assert [m.text for m in citations.markers(["S3:2", "S1:1"])] == ["[1]", "[3]"]


def test_amounts_read_as_words():
    assert money(67_000_000) == "67 million"
    assert money(6_500_000_000) == "6.5 billion"
    assert money(950_000) == "950,000"


def test_funding_chart_needs_two_comparable_amounts_of_one_kind():
    base = "schema: 1\nbrief: {title: T}\nsources: [{id: S1, path: a}]\nfunding:\n"
    one = base + "  - {text: €5m, amount: 5000000, currency: EUR, eur: 5000000, cite: [S1:1]}\n"
    conversion = one.replace("cite: [S1:1]}", "cite: [S1:1], equivalents: [{text: $5.4m, amount: 5400000, currency: USD, cite: [S1:1]}]}")
    two = one + "  - {text: £9m, amount: 9000000, currency: GBP, eur: 10500000, cite: [S1:2]}\n"
    charts = lambda text: [b for _, b in walk(compose(parse_outline(text)).children) if b.role == "funding-chart"]
    assert charts(one) == [] and charts(conversion) == []
    (chart,) = charts(two)
    assert chart.values == (5e6, 10.5e6) and "€5 million" in chart.text



def test_an_equivalent_names_one_source_or_several():
    outline = parse_outline(
        "schema: 1\nbrief: {title: T}\nsources: [{id: S1, path: a}, {id: S2, path: b}]\nfunding:\n"
        "  - {text: €85m, amount: 85000000, currency: EUR, cite: [S1:1, S2:1], equivalents: ["
        "{text: $100m, amount: 100000000, currency: USD, cite: [S1:1, S2:1]},"
        "{text: £73m, amount: 73000000, currency: GBP, cite: [S1:1, S1:2]}]}\n")
    cell = funding_row(outline.funding[0], Citations.of(outline.sources))[0]
    assert [t.text for t in cell][2:4] == ["\nthe sources: $100m", "\nthe source: £73m"]

DISPUTED = """schema: 1
brief: {title: T}
sources: [{id: S1, path: a}, {id: S2, path: b}, {id: S3, path: c}]
summary:
  - {text: The vote took place in Portmere., cite: [S1:2]}
  - {text: 'The sources disagree on where the vote took place: Portmere, or Northvik.', cite: [S1:2, S2:2],
     conflict: where the vote took place}
conflicts:
  - topic: where the vote took place
    kind: fact
    versions: [{value: Portmere, cite: [S1:2]}, {value: Northvik, cite: [S2:2]}]
"""


def test_coverage_marks_a_source_that_reports_a_fact_otherwise_and_links_it_to_the_dispute():
    document = compose(parse_outline(DISPUTED))
    [table] = [b for _, b in walk(document.children) if isinstance(b, Table) and b.role == "coverage"]
    [conflicts] = [b for _, b in walk(document.children) if isinstance(b, Table) and b.role == "conflicts"]
    settled, dispute = table.rows
    assert [cell[0].text for cell in settled[1:]] == ["●", "≠", "○"]
    assert isinstance(settled[2][0], Link) and settled[2][0].target == "conflict-1"
    assert conflicts.rows[0][0][0].name == "conflict-1"
    assert [cell[0].text for cell in dispute[1:]] == ["●", "●", "○"]  # a dispute takes no side


def test_a_summary_item_reporting_a_dispute_links_to_it():
    document = compose(parse_outline(DISPUTED))
    [summary] = [b for _, b in walk(document.children) if getattr(b, "role", "") == "summary" and hasattr(b, "items")]
    links = [node for node in summary.items[1] if isinstance(node, Link) and node.role != "cite"]
    assert [(link.text, link.target) for link in links] == [("see where the sources disagree", "conflict-1")]
    assert not any(isinstance(node, Link) and node.role != "cite" for node in summary.items[0])


def test_the_source_list_never_shows_a_folder_of_the_analysts_machine():
    outline = load_outline(FIXTURES / "outline.yaml")
    bare = outline.sources[0].model_copy(update={"title": "", "outlet": "", "published": "", "url": "",
                                                 "path": "../../home/analyst/seeds/000_c04.txt"})
    known = outline.sources[1].model_copy(update={"path": "/home/analyst/seeds/b.txt"})
    document = compose(outline.model_copy(update={"sources": [bare, known]}))
    dump = tree.render(document).decode("utf-8")
    assert "analyst" not in dump and "seeds" not in dump and "File:" not in dump
    entries = [b for _, b in walk(document.children) if getattr(b, "role", "") == "source"]
    assert plain(entries[0].content) == "[1] 000_c04.txt"
    assert plain(entries[1].content).startswith("[2] Northern Wire, “Portmere Terminal Gets Green Light”")
