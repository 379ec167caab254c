"""The DOCX and the PDF of one outline say the same thing, and say it the same way every time."""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from report.compose import compose
from report.doctree import Chart, Table, walk
from report.outline import load_outline
from report.style import load_style
from report.writers import WRITERS

FIXTURES = Path(__file__).parent / "fixtures" / "brief"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TOKEN = re.compile(r"\w+|[^\w\s]")


def docx_body_text(data: bytes) -> str:
    """Return the text of every paragraph of the DOCX body (tables included), one a line."""
    body = docx.Document(io.BytesIO(data)).element.body
    pieces = {f"{W}t": lambda node: node.text or "", f"{W}br": lambda node: "\n", f"{W}tab": lambda node: " "}
    return "\n".join(
        "".join(pieces[node.tag](node) for node in p.iter(*pieces)) for p in body.iter(f"{W}p")
    )


def pdf_body_text(data: bytes, style) -> str:
    """Return the text the PDF draws inside its text frame (running header and footer left out)."""
    top = (style.page_height - style.margin_top) * 72 / 25.4
    bottom = style.margin_bottom * 72 / 25.4
    parts: list[str] = []

    def keep(text, cm, tm, font, size):
        y = tm[5] * cm[3] + cm[5] if cm else tm[5]
        if bottom - 1 <= y <= top + 1:
            parts.append(text)

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=keep)
        parts.append("\n")
    return "".join(parts)


def tokens(text: str) -> Counter:
    return Counter(TOKEN.findall(text.replace("\u00ad", "")))


def pdf_only_tokens(document, pages: int) -> Counter:
    """Return text the PDF may draw more often than the DOCX holds it.

    Charts are vector text in the PDF and pictures in the DOCX; a table's header row is drawn
    again on every page the table runs onto; bullets are drawn characters in the PDF.
    """
    found: Counter = Counter({"•": 1000})
    for _, block in walk(document.children):
        if isinstance(block, Chart):
            found.update(tokens(" ".join((block.title, *block.labels, block.unit, block.text))))
        if isinstance(block, Table):
            for _ in range(pages):
                found.update(tokens(" ".join(block.header)))
    return found


def render(outline_path: Path, style_name: str = "default") -> tuple:
    document = compose(load_outline(outline_path))
    style = load_style(style_name)
    return document, style, WRITERS["docx"].render(document, style), WRITERS["pdf"].render(document, style)


@pytest.mark.parametrize("style_name", ["default", "plain"])
def test_docx_and_pdf_carry_the_same_text(style_name):
    document, style, docx_bytes, pdf_bytes = render(FIXTURES / "outline.yaml", style_name)
    in_docx, in_pdf = tokens(docx_body_text(docx_bytes)), tokens(pdf_body_text(pdf_bytes, style))
    assert in_docx["Sæther"] > 0 and in_pdf["Sæther"] > 0
    assert in_docx - in_pdf == Counter(), "text in the DOCX that the PDF lacks"
    extra = in_pdf - in_docx
    pages = len(PdfReader(io.BytesIO(pdf_bytes)).pages)
    assert extra - pdf_only_tokens(document, pages) == Counter(), "text in the PDF that the DOCX lacks"


def test_every_section_title_is_in_both():
    document, style, docx_bytes, pdf_bytes = render(FIXTURES / "outline.yaml")
    headings = [p.text for p in docx.Document(io.BytesIO(docx_bytes)).paragraphs if p.style.name.startswith("Heading")]
    titles = [block.title for _, block in walk(document.children) if hasattr(block, "title") and not isinstance(block, Chart)]
    assert headings == titles
    pdf_text = re.sub(r"\s+", " ", pdf_body_text(pdf_bytes, style))
    assert all(title in pdf_text for title in titles)


@pytest.mark.parametrize("fmt", ["docx", "pdf", "tree"])
def test_same_outline_gives_byte_identical_files(fmt, monkeypatch):
    document = compose(load_outline(FIXTURES / "outline.yaml"))
    style = load_style("default")
    first = WRITERS[fmt].render(document, style)
    assert WRITERS[fmt].render(compose(load_outline(FIXTURES / "outline.yaml")), style) == first
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1751630400")
    stamped = WRITERS[fmt].render(document, style)
    assert WRITERS[fmt].render(document, style) == stamped
