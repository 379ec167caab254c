"""What the reader sees on the page: quotation marks, the gap before a speaker, the subtitle given."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from report.cli import app
from report.compose import compose, quotation
from report.doctree import Paragraph, plain, walk
from report.outline import load_outline
from report.style import load_style
from report.writers import WRITERS

FIXTURES = Path(__file__).parent / "fixtures" / "brief"
SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.mark.parametrize(("text", "shown"), [
    ("defense industry“", "“defense industry”"),            # the source closed with an opening mark
    ("historic moment for the industry.”", "“historic moment for the industry.”"),
    ("“a new chapter”", "“a new chapter”"),                # marks the source wrapped it in are not doubled
    ("a “new chapter“ for us", "“a “new chapter” for us”"),
    ("plain words", "“plain words”"),
])
def test_a_quotation_closes_with_a_closing_mark_once(text, shown):
    assert quotation(text) == shown


def test_the_quote_of_a_view_prints_with_a_closing_mark_in_both_formats():
    outline = load_outline(FIXTURES / "outline.yaml")
    views = [v.model_copy(update={"text": v.text + "“"}) if v.quote else v for v in outline.views]
    document = compose(outline.model_copy(update={"views": views}))
    quotes = [plain(b.content) for _, b in walk(document.children) if isinstance(b, Paragraph) and b.role == "quote"]
    assert quotes and all("“ [" not in q and "”" in q for q in quotes)
    style = load_style("default")
    docx_text = "\n".join(p.text for p in docx.Document(io.BytesIO(WRITERS["docx"].render(document, style))).paragraphs)
    pdf_text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(WRITERS["pdf"].render(document, style))).pages)
    for text in (docx_text, pdf_text):
        assert "“ [" not in text and "” [" in text


@pytest.mark.parametrize("name", ["default", "plain"])
def test_a_speakers_name_stands_clear_of_the_quotation_above_it(name):
    style = load_style(name)
    assert style.text("speaker").space_before > style.text("quote").space_after
    document = compose(load_outline(FIXTURES / "outline.yaml"))
    word = docx.Document(io.BytesIO(WRITERS["docx"].render(document, style)))
    speakers = [p for p in word.paragraphs if p.style.name == "Brief Speaker"]
    assert speakers and all(p.style.paragraph_format.space_before.pt == style.text("speaker").space_before
                            for p in speakers)


def test_a_subtitle_the_user_gives_is_the_only_one_printed(tmp_path):
    result = CliRunner().invoke(app, ["build", str(SEEDS), "-o", str(tmp_path), "-q", "--subtitle", "For the board"])
    assert result.exit_code == 0, result.stderr
    pdf = "".join(page.extract_text() for page in PdfReader(tmp_path / "brief.pdf").pages)
    word = "\n".join(p.text for p in docx.Document(str(tmp_path / "brief.docx")).paragraphs)
    for text in (pdf, word):
        assert "For the board" in text and "Drawn from" not in text
