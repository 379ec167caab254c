"""Property fuzz of every outline field: any value renders or is refused cleanly, and round-trips.

Hypothesis draws whole outlines with hostile text in every field (controls, direction marks,
markup, lone surrogates, very long words, odd numbers). Each one either fails validation with one
InputError line naming its field, or dumps to YAML that reads back as the same outline and
renders to DOCX and PDF without an error. Examples are bounded so the suite stays fast.
"""

from __future__ import annotations

import io

import pytest
from docx import Document as open_docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from pypdf import PdfReader

from report.compose import compose
from report.errors import InputError
from report.outline import Outline, dump_outline, parse_outline
from report.style import load_style
from report.writers import WRITERS

HOSTILE = ["\u202e", "\u2066", "\x00", "\x1b[31m", "\n", "\r\n", "\t", "<b>", "&amp;", "<a href='javascript:x'>",
           "\ud800", "\ufffe", "%PDF-", "{title}", "*alias", "&anchor", "- ", ": ", "#", "'", '"', "'''", "…",
           "Bødskov", "Зеленський", "لا", "中文", "\U0001f600", "W" * 300, " " * 5, ""]
text = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=40),
    st.lists(st.sampled_from(HOSTILE) | st.text(max_size=8), max_size=6).map("".join),
)
number = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.integers(-10, 10**20))
cite = st.sampled_from(["S1:1", "S1:2", "S2:1", "S9:9", "S1:0", "x"])
cites = st.lists(cite, max_size=3)


def items(**fields):
    return st.lists(st.fixed_dictionaries(fields), max_size=3)


outlines = st.fixed_dictionaries({
    "schema": st.sampled_from([1, 1, 2]),
    "brief": st.fixed_dictionaries({
        "title": text, "subtitle": text, "date": text, "author": text,
        "classification": text, "audience": text, "rates_date": text,
    }),
    "sources": st.lists(st.fixed_dictionaries({
        "id": st.sampled_from(["S1", "S2", "S3", "X"]), "path": text, "title": text, "outlet": text,
        "published": text, "url": text | st.just("https://example.org/a?b=1&c=2"),
        "sha256": st.sampled_from(["", "0" * 64, "zz"]),
    }), min_size=1, max_size=3),
    "summary": items(text=text, cite=cites),
    "actors": items(name=text, aliases=st.lists(text, max_size=2), kind=st.sampled_from(["person", "country", "x"]),
                    role=text, affiliation=text, cite=cites),
    "funding": items(text=text, amount=number, currency=st.sampled_from(["EUR", "DKK", "eur"]), eur=number,
                     funder=text, purpose=text, kind=st.sampled_from(["commitment", "estimate", "context"]),
                     converts=text, cite=cites),
    "views": items(speaker=text, role=text, kind=st.sampled_from(["expert", "official", "other"]),
                   quote=st.booleans(), text=text, cite=cites),
    "conflicts": items(topic=text, kind=st.sampled_from(["fact", "figure", "title", "spelling"]),
                       versions=st.lists(st.fixed_dictionaries({"value": text, "cite": cites}), max_size=2),
                       note=text),
})

FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
RENDERED = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def validated(data: dict) -> Outline | None:
    """Return the outline `data` makes, or None when the schema refuses it."""
    try:
        return Outline.model_validate(data)
    except ValidationError:
        return None


@FAST
@given(outlines)
def test_every_outline_round_trips_or_is_refused_in_one_line(data):
    outline = validated(data)
    if outline is None:
        return
    text = dump_outline(outline, drafted=True)
    try:
        again = parse_outline(text)
    except InputError as error:  # only the guard's limits may refuse what the schema took
        assert "\n" not in error.message and error.message.startswith("outline.yaml:")
        return
    assert again == outline


@FAST
@given(outlines)
def test_yaml_written_by_hand_is_read_or_refused_in_one_line(data):
    import yaml

    try:
        text = yaml.safe_dump(data, allow_unicode=True)
    except yaml.YAMLError:
        return
    try:
        parse_outline(text)
    except InputError as error:
        assert "\n" not in error.message and error.message.startswith("outline.yaml:")


@pytest.fixture(scope="module")
def style():
    return load_style("default")


@RENDERED
@given(data=outlines)
def test_every_valid_outline_renders_to_docx_and_pdf_with_the_same_title(data, style):
    outline = validated(data)
    if outline is None:
        return
    document = compose(parse_outline(dump_outline(outline)))
    word = open_docx(io.BytesIO(WRITERS["docx"].render(document, style)))
    reader = PdfReader(io.BytesIO(WRITERS["pdf"].render(document, style)))
    assert len(reader.pages) >= 1
    assert word.core_properties.title == (reader.metadata.title or "") == document.meta.title
