"""`check` proves support: every number and name an outline states in its own words is in the
sentences it cites; a missing number stops the render, a missing name is a warning."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from report import pipeline
from report.cli import app
from report.support import missing_names, missing_numbers

FIXTURES = Path(__file__).parent / "fixtures" / "brief"
SENTENCE = "The harbour authority of Portmere approved a €120 million expansion of its container terminal on Tuesday."


@pytest.fixture
def outline(tmp_path: Path) -> Path:
    for name in ("a.txt", "b.txt", "outline.yaml"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    return tmp_path / "outline.yaml"


def replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("written", ["€120m", "120 million euros", "EUR 120,000,000", "EUR 120 million", "€120,000,000"])
def test_one_amount_written_any_way_is_supported(written):
    assert missing_numbers(f"Portmere approved {written} for the terminal.", SENTENCE) == []


def test_a_made_up_amount_and_the_wrong_currency_are_missing():
    assert missing_numbers("Portmere pledged 5 billion euros and will deploy 300 troops.", SENTENCE) == ["'5 billion euros'", "'300'"]
    assert missing_numbers("Portmere approved $120 million.", SENTENCE) == ["'$120 million'"]


def test_plain_numbers_and_scaled_ones_compare_by_value():
    cited = "About 1.2 million people and 300 buses; the vote was on 4 March 2025."
    assert missing_numbers("1,200,000 people, 300 buses, a vote on 4 March 2025", cited) == []
    assert missing_numbers("301 buses", cited) == ["'301'"]


def test_names_are_compared_without_case_or_accents_and_sentence_openers_are_no_names():
    assert missing_names("The Harbour Authority met in PORTMERE; Sæther spoke.", "the harbour authority met in Portmere; Saether spoke") == []
    assert missing_names("However, Oslo and Ingrid Berg disagree.", "The town and its chair disagree.") == ["Oslo", "Ingrid", "Berg"]


def test_the_fixture_outline_is_supported(outline):
    loaded = pipeline.load(outline)
    assert loaded.errors == [] and loaded.warnings == []


def test_a_summary_item_with_a_made_up_amount_is_an_error_naming_the_field(outline):
    replace(outline, "text: The harbour authority approved a €120 million expansion",
            "text: The harbour authority pledged 5 billion euros and approved a €120 million expansion")
    [error] = pipeline.load(outline).errors
    assert error.endswith(": summary.0.text: '5 billion euros' is not in S1:1, S2:1")
    assert f"{outline}:" in error


def test_a_funding_row_whose_amount_is_not_in_its_sentence_is_an_error(outline):
    replace(outline, "amount: 120000000, currency: EUR", "amount: 12000000, currency: EUR")
    [error] = pipeline.load(outline).errors
    assert "funding.0.amount: 12,000,000 EUR is not in S1:1, S2:1" in error


def test_a_paraphrase_and_a_conflict_version_are_checked_too(outline):
    replace(outline, "text: the project could double freight volumes", "text: 'the project could bring 4,000 jobs'")
    replace(outline, "{value: freight volumes could double, cite: [S1:4]}", "{value: freight volumes could double by 2030, cite: [S1:4]}")
    errors = pipeline.load(outline).errors
    assert [e.split(": ", 1)[1] for e in errors] == [  # after FILE:LINE:COL
        "views.1.text: '4,000' is not in S1:4",
        "conflicts.2.versions.0.value: '2030' is not in S1:4",
    ]


def test_a_missing_name_is_a_warning_and_the_render_goes_on(outline, tmp_path):
    replace(outline, "text: The harbour authority approved", "text: Governor Halvorsen's harbour authority approved")
    loaded = pipeline.load(outline)
    assert loaded.errors == []
    [warning] = loaded.warnings
    assert warning.endswith(": summary.0.text: the names 'Governor', 'Halvorsen' are not in S1:1, S2:1")
    result = CliRunner().invoke(app, ["render", str(outline), "-o", str(tmp_path / "out"), "-f", "tree"])
    assert result.exit_code == 0, result.output
    assert "Halvorsen" in result.stderr


def test_a_missing_number_refuses_the_render_unless_no_check(outline, tmp_path):
    replace(outline, "text: The harbour authority approved a €120 million", "text: The harbour authority approved a €150 million")
    refused = CliRunner().invoke(app, ["render", str(outline), "-o", str(tmp_path / "out"), "-f", "tree"])
    assert refused.exit_code == 1
    assert "summary.0.text: '€150 million' is not in S1:1, S2:1" in refused.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    forced = CliRunner().invoke(app, ["render", str(outline), "-o", str(tmp_path / "out"), "-f", "tree", "--no-check"])
    assert forced.exit_code == 0


def test_another_name_of_the_same_actor_supports_a_name(outline):
    replace(outline, "actors:\n", "actors:\n  - {name: Lower Coast Region, aliases: [Portmere], kind: country, cite: [S1:1]}\n")
    replace(outline, "funder: harbour authority", "funder: Lower Coast Region")
    replace(outline, "{value: Northvik, cite: [S2:2]}", "{value: Ingrid Saether in Northvik, cite: [S2:2]}")
    assert pipeline.load(outline).warnings == []
    replace(outline, "Ingrid Saether in Northvik", "Ingrid Olsen in Northvik")
    [warning] = pipeline.load(outline).warnings
    assert warning.endswith("conflicts.0.versions.1.value: the name 'Olsen' is not in S2:2")


RELEASE = Path(__file__).parent / "fixtures" / "robust_people" / "release_roles"


def test_a_bare_dollar_sign_gives_the_amount_in_the_dollar_of_the_row_and_no_other_sign_does(tmp_path):
    shutil.copytree(RELEASE, tmp_path / "articles")
    outline = tmp_path / "outline.yaml"
    drafted = CliRunner().invoke(app, ["draft", str(tmp_path / "articles"), "-o", str(outline)])
    assert drafted.exit_code == 0, drafted.stderr
    assert "currency: CAD" in outline.read_text(encoding="utf-8")  # a Canadian release's "$150 million"
    assert pipeline.load(outline).errors == []
    article = next((tmp_path / "articles").glob("*.txt"))
    replace(article, "$150 million", "US$150 million")
    [error] = pipeline.load(outline).errors
    assert error.endswith(": funding.0.amount: 150,000,000 CAD is not in S1:1")


def test_a_number_glued_to_a_letter_is_found_in_the_sentence_that_writes_it_so():
    cited = "The loan of $1.2 billion (N1.9 trillion at N1580 to a dollar) was approved on Monday."
    assert missing_numbers("The loan was counted at N1580 to a dollar.", cited) == []
    assert missing_numbers("The loan was counted at N1590 to a dollar.", cited) == ["'1590'"]


def test_a_sum_written_without_a_currency_is_in_the_one_its_cited_sentences_give(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "01_a.txt").write_text(
        "Velmora pays the port\n\nWithin a week, 8 billion euros of cash and 3 billion of deposits from Velmora will "
        "arrive, the port board said. Later, 12 billion in loans will follow.\n", encoding="utf-8")
    outline = tmp_path / "outline.yaml"
    assert CliRunner().invoke(app, ["draft", str(tmp_path / "articles"), "-o", str(outline)]).exit_code == 0
    assert "amount: 12000000000.0\n  currency: EUR" in outline.read_text(encoding="utf-8")
    assert pipeline.load(outline).errors == []
    replace(outline, "amount: 12000000000.0", "amount: 13000000000.0")
    [error] = pipeline.load(outline).errors
    assert "13,000,000,000 EUR is not in S1:1, S1:2" in error


def test_a_part_of_a_sum_written_in_words_is_found_in_the_sentence_that_writes_it(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "01_a.txt").write_text(
        "Velmora pays the port\n\nThe ferry pact lends 6 billion euros to the ports, including two billion lent at "
        "once, the port board said.\n", encoding="utf-8")
    outline = tmp_path / "outline.yaml"
    assert CliRunner().invoke(app, ["draft", str(tmp_path / "articles"), "-o", str(outline)]).exit_code == 0
    assert "amount: 2000000000.0\n  currency: EUR" in outline.read_text(encoding="utf-8")
    assert pipeline.load(outline).errors == []
