"""Outlines that describe huge, endless or ambiguous documents are refused with one line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from report.errors import InputError
from report.outline import parse_outline

HEAD = "schema: 1\nbrief: {title: T}\nsources: [{id: S1, path: a.txt}]\n"


def bomb(levels: int = 12) -> str:
    """Return an outline whose aliases nest `levels` deep, nine copies each: 9**levels values."""
    lines = [HEAD.rstrip("\n"), "x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"x{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def refusal(text: str) -> str:
    with pytest.raises(InputError) as error:
        parse_outline(text)
    message = error.value.message
    assert "\n" not in message
    return message


def test_an_alias_bomb_is_refused_naming_the_field():
    assert refusal(bomb()) == ("outline.yaml:15:6: x11: aliases expand the outline by 357,449,882,085 values; "
                               "at most 10,000 are allowed")


def test_an_alias_bomb_ends_quickly_through_the_command(tmp_path):
    outline = tmp_path / "outline.yaml"
    outline.write_text(bomb(14))
    result = subprocess.run([sys.executable, "-c", "from report.cli import app; app(prog_name='brief')",
                             "check", str(outline)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 3
    assert result.stderr.startswith(f"brief: error: {outline}:17:6: x13: aliases expand the outline by ")
    assert len(result.stderr.splitlines()) == 1


def test_a_few_aliases_are_fine():
    outline = parse_outline(HEAD + "summary:\n  - {text: One., cite: &c [S1:1]}\n  - {text: Two., cite: *c}\n")
    assert [item.cite for item in outline.summary] == [["S1:1"], ["S1:1"]]


def test_an_alias_inside_its_own_anchor_is_a_loop():
    assert refusal("schema: 1\nbrief: {title: T}\nsources: &s [{id: S1, path: a.txt}, *s]\n") == (
        "outline.yaml:3:10: sources.1: an alias refers to the value that contains it (a loop)")


def test_deep_nesting_is_refused():
    message = refusal(HEAD + "summary: " + "[" * 5000 + "]" * 5000 + "\n")
    assert message.startswith("outline.yaml:4:")


def test_a_duplicate_key_names_both_lines():
    text = HEAD + "summary:\n  - {text: Kept?, cite: [S1:1]}\nactors: []\nsummary: []\n"
    assert refusal(text) == "outline.yaml:7:1: summary: key given twice (lines 4 and 7); keep one"


def test_a_duplicate_key_inside_an_item_is_refused_too():
    assert refusal(HEAD + "summary: [{text: A., text: B., cite: [S1:1]}]\n") == (
        "outline.yaml:4:22: summary.0.text: key given twice (lines 4 and 4); keep one")


@pytest.mark.parametrize("value, message", [
    ("9" * 5000, "4:29: funding.0.amount: a number 5000 characters long; at most 30"),
    ("1.0e+400", "4:21: funding.0.amount: inf is not a finite number"),
    (".inf", "4:21: funding.0.amount: inf is not a finite number"),
    (".nan", "4:21: funding.0.amount: nan is not a finite number"),
    ("1.0e+30", "4:21: funding.0.amount: 1e+30 is over the limit of 1e+18"),
])
def test_numbers_must_be_finite_and_sane(value, message):
    text = HEAD + f"funding: [{{text: x, amount: {value}, cite: [S1:1]}}]\n"
    assert refusal(text) == f"outline.yaml:{message}"


def test_a_value_too_long_is_refused_naming_its_field():
    text = HEAD + f"summary: [{{text: {'word ' * 2999}word, cite: [S1:1]}}]\n"
    assert refusal(text) == "outline.yaml:4:18: summary.0.text: 14,999 characters; a value may hold at most 10,000"
