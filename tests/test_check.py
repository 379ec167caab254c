"""`check`: every cite resolves, quotations are verbatim, changed sources are noticed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from report import pipeline
from report.check import verbatim_form

FIXTURES = Path(__file__).parent / "fixtures" / "brief"


@pytest.fixture
def brief_dir(tmp_path: Path) -> Path:
    for name in ("a.txt", "b.txt", "outline.yaml"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    return tmp_path


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_fixture_outline_passes(brief_dir):
    loaded = pipeline.load(brief_dir / "outline.yaml")
    assert loaded.errors == [] and loaded.warnings == []


def test_cite_past_the_last_sentence_is_named_with_line(brief_dir):
    outline = brief_dir / "outline.yaml"
    edit(outline, "cite: [S1:4]}\n  - {name: Coastal", "cite: [S1:40]}\n  - {name: Coastal")
    (error,) = pipeline.load(outline).errors
    assert error == f"{outline}:17:97: actors.1.cite.0: S1:40: S1 has 4 sentences, not 40"


def test_cite_of_an_unknown_source(brief_dir):
    outline = brief_dir / "outline.yaml"
    edit(outline, "cite: [S1:3]}", "cite: [S9:3]}")
    (error,) = pipeline.load(outline).errors
    assert "views.0.cite.0: S9:3 names source S9, which `sources` does not list" in error


def test_quotation_that_is_not_verbatim_is_an_error(brief_dir):
    outline = brief_dir / "outline.yaml"
    edit(outline, "carry the region's trade for thirty years\", cite", "carry the nation's trade for thirty years\", cite")
    (error,) = pipeline.load(outline).errors
    assert "views.0.text: quotation is not verbatim in S1:3" in error


@pytest.mark.parametrize("text, errors", [
    ("This terminal … the region's trade for thirty years", 0),
    ("This terminal will carry … for thirty years", 0),
    ("for thirty years … This terminal will carry", 1),
    ("This terminal … the nation's trade", 1),
])
def test_an_ellipsis_marks_words_left_out_between_verbatim_parts_in_order(brief_dir, text, errors):
    outline = brief_dir / "outline.yaml"
    edit(outline, "text: \"This terminal will carry the region's trade for thirty years\", cite",
         f"text: \"{text}\", cite")
    assert len(pipeline.load(outline).errors) == errors


def test_paraphrase_need_not_be_verbatim(brief_dir):
    outline = brief_dir / "outline.yaml"
    edit(outline, "text: the project could double freight volumes", "text: freight may double")
    assert pipeline.load(outline).errors == []


def test_curly_and_straight_quotes_compare_equal():
    assert verbatim_form("the region’s  trade — “now”") == verbatim_form("the region's trade - \"now\"")


def test_missing_source_file_is_one_error_not_one_per_cite(brief_dir):
    (brief_dir / "b.txt").unlink()
    errors = pipeline.load(brief_dir / "outline.yaml").errors
    assert len(errors) == 1
    assert "sources.1.path" in errors[0] and "b.txt: no such file" in errors[0]


def test_source_changed_since_drafting_is_a_warning(brief_dir):
    outline = brief_dir / "outline.yaml"
    original = (brief_dir / "a.txt").read_bytes()
    import hashlib

    digest = hashlib.sha256(original).hexdigest()
    edit(outline, "path: a.txt,", f"path: a.txt, sha256: {digest},")
    assert pipeline.load(outline).warnings == []
    (brief_dir / "a.txt").write_bytes(original + b"An added sentence.\n")
    (warning,) = pipeline.load(outline).warnings
    assert "sources.0.sha256" in warning and "changed since the outline was drafted" in warning


def test_speaker_who_is_not_an_actor_is_a_warning(brief_dir):
    outline = brief_dir / "outline.yaml"
    edit(outline, "speaker: Tomasz Wójcik", "speaker: Tomas Wojcik")
    (warning,) = pipeline.load(outline).warnings
    assert "views.1.speaker: 'Tomas Wojcik' is not the name of an actor" in warning


def test_source_paths_are_relative_to_the_outline_folder(brief_dir, monkeypatch, tmp_path_factory):
    monkeypatch.chdir(tmp_path_factory.mktemp("elsewhere"))
    assert pipeline.load(brief_dir / "outline.yaml").errors == []


def test_an_undated_rate_is_a_warning(brief_dir):
    outline = brief_dir / "outline.yaml"
    edit(outline, "  rates_date: 2025-03-03\n", "")
    [warning] = pipeline.load(outline).warnings
    assert "brief.rates_date: EUR equivalents are given but not the date of their rates" in warning


def test_a_conversion_citing_a_missing_sentence_is_an_error(brief_dir):
    outline = brief_dir / "outline.yaml"
    edit(outline, "purpose: container terminal expansion,",
         "purpose: container terminal expansion, equivalents: [{text: $13m, amount: 13000000, currency: USD, cite: [S1:99]}],")
    (error,) = pipeline.load(outline).errors
    assert ": funding.0.equivalents.0.cite.0: S1:99: S1 has" in error


def test_what_the_reader_notices_in_a_source_is_a_warning_naming_the_field(brief_dir):
    (brief_dir / "a.txt").write_bytes((brief_dir / "a.txt").read_bytes().replace("€".encode(), b"\x80"))
    loaded = pipeline.load(brief_dir / "outline.yaml")
    assert loaded.errors == []
    (warning,) = loaded.warnings
    assert warning.startswith(f"{brief_dir / 'outline.yaml'}:11:20: sources.0.path: ") and "a.txt" in warning


def test_a_summary_item_taking_one_side_of_a_dispute_is_a_warning(brief_dir):
    outline = brief_dir / "outline.yaml"
    edit(outline, "  - {text: The harbour authority approved",
         "  - {text: The vote took place in Portmere., cite: [S1:2]}\n  - {text: The harbour authority approved")
    [warning] = pipeline.load(outline).warnings
    assert warning.endswith(": summary.0.text: states one side of a disputed point as settled; "
                            "name the dispute and add `conflict: where the vote took place`")
    edit(outline, "{text: The vote took place in Portmere., cite: [S1:2]}",
         "{text: 'The sources disagree on where the vote took place: Portmere, or Northvik.', cite: [S1:2, S2:2], "
         "conflict: where the vote took place}")
    assert pipeline.load(outline).warnings == []


def test_a_summary_conflict_naming_no_conflict_is_an_error(brief_dir):
    outline = brief_dir / "outline.yaml"
    edit(outline, "expansion of its container terminal., cite: [S1:1, S2:1]}",
         "expansion of its container terminal., cite: [S1:1, S2:1], conflict: where the vote was}")
    [error] = pipeline.load(outline).errors
    assert error.endswith("summary.0.conflict: 'where the vote was' is not the topic of any conflict in `conflicts`")
