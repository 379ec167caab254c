"""The email writers: the cover document as plain text and as escaped, self-contained HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from report.cover import cover
from report.doctree import Anchor, Document, Items, Link, Meta, Paragraph, Section, Text
from report.outline import load_outline
from report.style import load_style
from report.writers import WRITERS

FIXTURES = Path(__file__).parent.parent / "fixtures" / "brief"


@pytest.fixture(scope="module")
def style():
    return load_style("default")


def test_both_bodies_say_the_same_summary_and_sources(style):
    document = cover(load_outline(FIXTURES / "outline.yaml"), "Port expansion approved.pdf (135 KB)")
    plain = WRITERS["email-text"].render(document, style).decode("utf-8")
    rich = WRITERS["email-html"].render(document, style).decode("utf-8")
    summary = "approved a €120 million expansion of its container terminal."
    assert f"- The harbour authority {summary} [1] [2] (2 of 2 sources)" in plain
    assert summary in rich and '<a href="#src-1"' in rich and '<a id="src-1"></a>' in rich
    url = "https://example.org/coast?id=1&x=2"
    assert url in plain and f'<a href="{url.replace("&", "&amp;")}"' in rich
    for body in (plain, rich):
        assert body.count("TLP:AMBER") == 2  # the marking opens and closes the cover
        assert "The full brief is attached: Port expansion approved.pdf (135 KB)" in body


def test_html_escapes_every_text_and_follows_only_safe_links(style):
    evil = "<script>alert(1)</script>"
    document = Document(Meta(title=evil, classification="TLP:<b>"), (
        Paragraph((Text("TLP:<b>"),), role="banner"),
        Paragraph((Text(evil),), role="title"),
        Section("<img src=x>", (Items(((Text('<img src=x onerror="alert(2)">'),
                                       Link("click", "javascript:alert(3)", external=True),
                                       Link("[9]", "src-9", role="cite")),)),)),
        Paragraph((Anchor('a"b'), Link('"><b>', "https://e.org/?q=<b>", external=True)), role="source"),
    ))
    rich = WRITERS["email-html"].render(document, style).decode("utf-8")
    assert "<script>" not in rich and "<img" not in rich and "<b>" not in rich
    assert "javascript:" not in rich and 'href="#src-9"' not in rich  # no link to an anchor that is not there
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rich
    assert '<a href="https://e.org/?q=&lt;b&gt;"' in rich and 'id="a&quot;b"' in rich


def test_plain_text_shows_a_hidden_link_address_and_drops_anchors(style):
    document = Document(Meta(title="T"), (Paragraph((Anchor("x"), Link("the report", "https://e.org/r", external=True)),),))
    assert WRITERS["email-text"].render(document, style).decode("utf-8") == "the report <https://e.org/r>\n"
