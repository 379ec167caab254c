"""The PDF writer, tested by reading its output back with pypdf."""

from __future__ import annotations

import io
import os

import pytest
from pypdf import PdfReader
from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import fp_str

from report.doctree import (Chart, Document, Items, Link, Meta, Paragraph, Section, Table, Text, plain,
                            walk)
from report.style import load_style
from report.writers import pdf
from tests.conftest import NASTY, sample_document


@pytest.fixture(scope="module")
def default():
    return load_style("default")


@pytest.fixture(scope="module")
def plain_style():
    return load_style("plain")


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def words(text: str) -> str:
    """Return `text` with every run of whitespace as one space."""
    return " ".join(text.split())


def page_texts(data: bytes) -> list[str]:
    return [words(page.extract_text()) for page in read(data).pages]


def long_document(paragraphs: int = 120) -> Document:
    """Return the sample brief with enough body text before the sources to fill several pages."""
    sample = sample_document()
    filler = Section("Background", tuple(
        Paragraph((Text(f"Paragraph {n}: the agreement was discussed at length by both governments. " * 3),
                   Link("[1]", "src-1", role="cite")))
        for n in range(paragraphs)))
    return Document(sample.meta, (*sample.children[:-1], filler, sample.children[-1]))


def nasty_document() -> Document:
    """Return a document with the hostile string in every field a writer draws."""
    cell = (Text(NASTY),)
    return Document(
        Meta(title=NASTY, subtitle=NASTY, author=NASTY, date=NASTY, classification=NASTY, subject=NASTY,
             keywords=(NASTY,)),
        (Paragraph(cell, role="banner"),
         Section(NASTY, (
             Paragraph((Text(NASTY, bold=True), Link(NASTY, NASTY, external=True), Link(NASTY, NASTY)), role=NASTY),
             Items((cell,), role=NASTY),
             Table((NASTY, NASTY), ((cell, (Link(NASTY, "javascript:alert(1)", external=True),)),), widths=(1, 1),
                   caption=NASTY),
             Chart(NASTY, (NASTY,), (1.0,), NASTY, NASTY),
         ), anchor=NASTY)))


# --- text ---------------------------------------------------------------------------------------


def test_every_section_title_and_paragraph_text_is_in_the_extracted_text(document, default):
    text = " ".join(page_texts(pdf.render(document, default)))
    expected = []
    for _, block in walk(document.children):
        if isinstance(block, Section):
            expected.append(block.title)
        elif isinstance(block, Paragraph):
            expected.append(plain(block.content))
        elif isinstance(block, Items):
            expected.extend(plain(item) for item in block.items)
        elif isinstance(block, Table):
            expected.extend(block.header)
            expected.extend(plain(cell) for row in block.rows for cell in row)
    for piece in expected:
        assert words(piece) in text, piece


def test_markup_in_source_text_is_printed_literally_never_obeyed(default):
    data = pdf.render(nasty_document(), default)
    text = " ".join(page_texts(data))
    assert "AT&T <b>bold</b>" in text
    assert '<img src="/etc/passwd"/>' in text
    assert '<a href="javascript:alert(1)">x</a>' in text
    assert b"javascript" not in b"".join(_uris(read(data)))
    assert not _images(read(data))


def test_sample_document_makes_no_javascript_link_and_no_image(document, default):
    reader = read(pdf.render(document, default))
    assert _uris(reader) == [b"https://example.org/a?b=1&c=2"]
    assert not _images(reader)


def test_only_http_https_and_mailto_targets_become_clickable(default):
    targets = ["javascript:alert(1)", "file:///etc/passwd", " JAVASCRIPT:x", "data:text/html,x",
               "mailto:desk@example.org", "http://example.org/", "https://example.org/"]
    links = tuple(node for t in targets for node in (Link(t, t, external=True), Text(" ")))
    data = pdf.render(Document(Meta("Links"), (Paragraph(links),)), default)
    assert _uris(read(data)) == [b"mailto:desk@example.org", b"http://example.org/", b"https://example.org/"]
    assert "javascript:alert(1)" in page_texts(data)[0]


def test_a_citation_to_a_missing_anchor_is_plain_text(default):
    document = Document(Meta("Cites"), (Paragraph((Text("Claim "), Link("[9]", "nowhere", role="cite"))),))
    reader = read(pdf.render(document, default))
    assert not reader.pages[0].get("/Annots")
    assert "Claim [9]" in words(reader.pages[0].extract_text())


# --- links, bookmarks, page numbers ------------------------------------------------------------


def test_citation_links_land_on_the_page_of_their_source(default):
    reader = read(pdf.render(long_document(), default))
    source_page = next(i for i, page in enumerate(reader.pages) if "[1] Outlet one" in page.extract_text())
    assert source_page > 0
    targets = set()
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            dest = annot.get_object().get("/Dest")
            if dest is not None:
                targets.add(reader.get_page_number(dest[0].get_object()))
    assert targets == {source_page}


def test_bookmarks_follow_the_sections_nested_by_level(document, default):
    reader = read(pdf.render(document, default))
    outline = [(level, item.title) for level, item in _outline(reader.outline)]
    assert outline == [(0, "Summary"), (0, "Key actors"), (0, "Funding"), (0, "Expert views"),
                       (1, "Hans Liwång"), (0, "Sources")]


def test_bookmarks_point_at_the_page_of_their_heading(default):
    reader = read(pdf.render(long_document(), default))
    pages = {item.title: reader.get_destination_page_number(item) for _, item in _outline(reader.outline)}
    assert pages["Sources"] == len(reader.pages) - 1
    assert pages["Summary"] == 0


def test_footer_says_page_x_of_the_true_page_count_on_every_page(default):
    texts = page_texts(pdf.render(long_document(), default))
    assert len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {len(texts)}" in text


def test_running_header_carries_title_and_classification_on_every_page(default):
    for text in page_texts(pdf.render(long_document(), default)):
        assert text.startswith("Sample brief: Ukraine & Denmark TLP:AMBER")


# --- fonts, metadata, determinism ---------------------------------------------------------------


def test_fonts_are_embedded_truetype_with_bold_and_italic_faces_used(document, default):
    fonts = _fonts(read(pdf.render(document, default)))
    assert fonts and all("/FontFile2" in font["/FontDescriptor"] for font in fonts)
    names = {str(font["/BaseFont"]).split("+")[-1] for font in fonts}
    assert {"DejaVuSans-Bold", "DejaVuSerif-Italic", "DejaVuSerif", "DejaVuSans"} <= names


def test_inline_bold_and_italic_pick_the_bold_and_italic_faces(default):
    document = Document(Meta("Faces"), (Paragraph((Text("bold", bold=True), Text("both", bold=True, italic=True))),))
    names = {str(font["/BaseFont"]).split("+")[-1] for font in _fonts(read(pdf.render(document, default)))}
    assert {"DejaVuSerif-Bold", "DejaVuSerif-BoldItalic"} <= names


def test_metadata_names_title_author_language_and_creator(document, default):
    reader = read(pdf.render(document, default))
    info = reader.metadata
    assert info.title == "Sample brief: Ukraine & Denmark"
    assert info.author == "Analysis Unit"
    assert info.subject == "Defence-industrial cooperation"
    assert info["/Keywords"] == "defence, industry"
    assert info.creator == pdf.CREATOR
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])


def test_two_renders_are_byte_identical_and_dated_by_the_document(document, default, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)  # a reproducible-build setting of the shell would date it
    first, second = pdf.render(document, default), pdf.render(document, default)
    assert first == second
    assert read(first).metadata["/CreationDate"].startswith("D:20250705120000")


def test_source_date_epoch_sets_the_date_and_keeps_renders_identical(document, default, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first, second = pdf.render(document, default), pdf.render(document, default)
    assert first == second
    assert read(first).metadata["/CreationDate"].startswith("D:20231114221320")


def test_source_date_epoch_is_hidden_from_reportlab_and_given_back(document, default, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "253402300799")  # 9999-12-31: reportlab alone would fail
    data = pdf.render(document, default)
    assert read(data).metadata["/CreationDate"].startswith("D:99991231235959")
    assert os.environ["SOURCE_DATE_EPOCH"] == "253402300799"


# --- the style decides --------------------------------------------------------------------------


def test_plain_style_changes_page_size_and_heading_colour(document, default, plain_style):
    a4, letter = read(pdf.render(document, default)), read(pdf.render(document, plain_style))
    assert [round(float(x)) for x in a4.pages[0].mediabox[2:]] == [595, 842]
    assert [round(float(x)) for x in letter.pages[0].mediabox[2:]] == [612, 792]
    accent = _fill_operator(default.colors["accent"])
    assert accent in _content(a4)
    assert accent not in _content(letter)


def test_banner_is_filled_with_the_colour_of_the_marking(default):
    for marking in ("TLP:AMBER", "TLP:RED", "UNKNOWN MARKING"):
        content = _content(read(pdf.render(sample_document(marking), default)))
        assert _fill_operator(default.banner(marking).background) in content, marking


def test_every_character_of_the_sample_has_a_glyph(document, default):
    from report.writers.fonts import missing_glyphs

    assert missing_glyphs(document, default) == []


# --- robustness and layout stress ---------------------------------------------------------------


def test_hostile_text_in_every_field_renders(default):
    assert read(pdf.render(nasty_document(), default)).pages


def test_empty_document_and_empty_table_render(default):
    empty = pdf.render(Document(Meta("")), default)
    assert len(read(empty).pages) == 1
    no_rows = Document(Meta("T"), (Table(("A", "B"), (), (1, 1)), Table((), (), ())))
    assert "Page 1 of 1" in page_texts(pdf.render(no_rows, default))[0]


def test_stress_layouts_render_in_reasonable_time(default):
    word = "w" * 200
    url = "https://example.org/" + "abcdefghij" * 20
    long_cell = ("A sentence of some length that fills the cell. " * 70)[:3000]
    rows = tuple(((Text(f"Row {n}"),), (Text("text that wraps a little in its column"),), (Text(str(n)),))
                 for n in range(500))
    document = Document(Meta("Stress", classification="TLP:RED"), (
        Paragraph((Text("TLP:RED"),), role="banner"),
        Section("Long words", (
            Paragraph((Text(word),)),
            Paragraph((Link(url, url, external=True),)),
            Table(("A", "B"), (((Text(word),), (Text(long_cell),)), ((Text(url),), (Text(long_cell * 3),))), (1, 1)),
        )),
        Section("Big table", (Table(("N", "Text", "Value"), rows, (1, 4, 1)),)),
        Section("Quotes", tuple(Paragraph((Text(f"“Quote {n}.”"),), role="quote") for n in range(300))),
    ))
    data = pdf.render(document, default)
    texts = page_texts(data)
    assert "Row 499" in " ".join(texts) and "“Quote 299.”" in " ".join(texts)
    assert words(word) in texts[0].replace(" ", "")
    assert all("N Text Value" in text for text in texts if "Row 2" in text)  # header repeated


def test_a_chart_longer_than_a_page_runs_over_pages_legibly(default):
    chart = Chart("Many", tuple(f"label {n}" for n in range(150)), tuple(float(n) for n in range(150)), "EUR", "All.")
    texts = page_texts(pdf.render(Document(Meta("Chart"), (chart,)), default))
    assert len(texts) == 4
    assert "label 0 0 EUR" in texts[0] and "label 149 149 EUR All." in texts[-1]
    assert all("EUR" in text for text in texts)


# --- helpers ------------------------------------------------------------------------------------


def _uris(reader: PdfReader) -> list[bytes]:
    uris = []
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A")
            if action and "/URI" in action:
                uris.append(str(action["/URI"]).encode())
    return uris


def _images(reader: PdfReader) -> list:
    images = []
    for page in reader.pages:
        for xobject in (page["/Resources"].get("/XObject") or {}).values():
            if xobject.get_object().get("/Subtype") == "/Image":
                images.append(xobject)
    return images


def _fonts(reader: PdfReader) -> list:
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
    return list(found.values())


def _outline(items, level: int = 0):
    for item in items:
        if isinstance(item, list):
            yield from _outline(item, level + 1)
        else:
            yield level, item


def _content(reader: PdfReader) -> bytes:
    return b"".join(page.get_contents().get_data() for page in reader.pages)


def _fill_operator(color: str) -> bytes:
    """Return the content-stream operator reportlab writes to fill with `color`."""
    red, green, blue = HexColor(color).rgb()
    return f"{fp_str(red, green, blue)} rg".encode()



def test_a_paragraph_is_broken_into_lines_for_the_width_it_is_given_each_time(default):
    from reportlab.platypus import Paragraph as PlatypusParagraph

    pdf.fonts.register(default)
    style = pdf.paragraph_style(default, "body")
    text = "A ferry line of forty crossings a day opens to the island in May, the port said. " * 6
    kept = pdf.Para(text, style)
    for width in (400, 150, 400, 150, 90):  # a width met again takes the lines broken for it before
        assert kept.wrap(width, 10_000) == PlatypusParagraph(text, style).wrap(width, 10_000)
