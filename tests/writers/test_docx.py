"""The DOCX writer, tested by structure: reopen the file with python-docx and read its XML parts."""

from __future__ import annotations

import datetime
import io
import re
import zipfile
from dataclasses import replace
from types import MappingProxyType

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from report.doctree import (
    Anchor,
    Document,
    Items,
    Link,
    Meta,
    Paragraph,
    Section,
    Table,
    Text,
    clean,
    fixed_time,
    plain,
    walk,
)
from report.style import load_style
from report.writers.docx import Bookmarks, _add_run, ready, render
from tests.conftest import NAMES, NASTY, sample_document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EMU_PER_MM = 36000
TWIPS_PER_MM = 1440 / 25.4


@pytest.fixture(scope="module")
def default_style():
    return load_style("default")


@pytest.fixture(scope="module")
def sample_bytes(default_style) -> bytes:
    return render(sample_document(), default_style)


def opened(data: bytes) -> docx.document.Document:
    """Return the DOCX `data` reopened with python-docx."""
    return docx.Document(io.BytesIO(data))


def part(data: bytes, name: str) -> str:
    """Return the text of the zip entry `name` of the DOCX `data`."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")


def tree(data: bytes, name: str = "word/document.xml"):
    """Return the parsed XML of one part of the DOCX `data`."""
    return etree.fromstring(part(data, name).encode("utf-8"))


def body_texts(word: docx.document.Document) -> list[str]:
    """Return the text of every body paragraph and every table cell, in order."""
    texts = [paragraph.text for paragraph in word.paragraphs]
    for table in word.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    return texts


def doc_of(*blocks, meta: Meta | None = None) -> Document:
    return Document(meta or Meta(title="T", date="2025-07-05"), tuple(blocks))


def styled(base, role: str, **changes):
    """Return the Style `base` with the text style of `role` changed."""
    texts = dict(base.texts)
    texts[role] = replace(base.text(role), **changes)
    return replace(base, texts=MappingProxyType(texts))


# --- content ----------------------------------------------------------------------------------


def test_every_section_title_is_a_heading_of_its_nesting_depth(document, sample_bytes):
    paragraphs = opened(sample_bytes).paragraphs
    sections = [(depth, block) for depth, block in walk(document.children) if isinstance(block, Section)]
    assert len(sections) == 6
    for depth, section in sections:
        styles = {p.style.name for p in paragraphs if p.text == section.title}
        assert styles == {f"Heading {min(depth, 2)}"}, section.title


def test_sections_deeper_than_two_levels_stay_heading_2(default_style):
    nested = doc_of(Section("One", (Section("Two", (Section("Three", ()),)),)))
    styles = {p.text: p.style.name for p in opened(render(nested, default_style)).paragraphs}
    assert styles == {"One": "Heading 1", "Two": "Heading 2", "Three": "Heading 2"}


def test_every_paragraph_item_and_cell_text_is_present(document, sample_bytes):
    texts = body_texts(opened(sample_bytes))
    expected = []
    for _, block in walk(document.children):
        match block:
            case Paragraph():
                expected.append(plain(block.content))
            case Items():
                expected += [plain(item) for item in block.items]
            case Table():
                expected += list(block.header) + [plain(cell) for row in block.rows for cell in row]
    assert expected and all(text in texts for text in expected), [t for t in expected if t not in texts]


def test_items_are_list_bullet_paragraphs(document, sample_bytes):
    items = next(block for _, block in walk(document.children) if isinstance(block, Items))
    bullets = [p.text for p in opened(sample_bytes).paragraphs if p.style.name == "List Bullet"]
    assert bullets == [plain(item) for item in items.items]


def test_nasty_text_comes_out_as_literal_characters(sample_bytes):
    texts = body_texts(opened(sample_bytes))
    assert any(clean(NASTY) in text for text in texts)
    xml = part(sample_bytes, "word/document.xml")
    assert "&lt;b&gt;bold&lt;/b&gt;" in xml and "AT&amp;T" in xml
    assert xml.count("<w:drawing>") == 1  # the chart, and nothing made of the <img> text
    rels = part(sample_bytes, "word/_rels/document.xml.rels")
    assert "passwd" not in rels and "javascript" not in rels


def test_unsafe_external_link_is_written_as_plain_text(default_style):
    links = doc_of(Paragraph((Link("click me", "javascript:alert(1)", external=True),
                              Link(" file", "file:///etc/passwd", external=True))))
    data = render(links, default_style)
    assert [p.text for p in opened(data).paragraphs] == ["click me file"]
    assert "hyperlink" not in part(data, "word/document.xml")
    assert "javascript" not in part(data, "word/_rels/document.xml.rels")


def test_external_link_is_an_external_hyperlink_relationship(sample_bytes):
    rels = tree(sample_bytes, "word/_rels/document.xml.rels")
    links = [rel for rel in rels if rel.get("Type", "").endswith("/hyperlink")]
    assert [(rel.get("Target"), rel.get("TargetMode")) for rel in links] == [
        ("https://example.org/a?b=1&c=2", "External")
    ]
    hyperlinks = tree(sample_bytes).iter(W + "hyperlink")
    rids = [h.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id") for h in hyperlinks]
    assert links[0].get("Id") in rids


def test_citations_are_hyperlinks_to_bookmarks_that_exist(document, sample_bytes):
    root = tree(sample_bytes)
    bookmarks = {mark.get(W + "name") for mark in root.iter(W + "bookmarkStart")}
    internal = [h for h in root.iter(W + "hyperlink") if h.get(W + "anchor")]
    cites = [node for _, block in walk(document.children) for node in inlines_of(block)
             if isinstance(node, Link) and node.role == "cite"]
    assert len(internal) == len(cites) == 8
    assert {h.get(W + "anchor") for h in internal} <= bookmarks
    for hyperlink in internal:
        assert hyperlink.find(f"{W}r/{W}rPr/{W}rStyle").get(W + "val") == "Hyperlink"
    ids = [mark.get(W + "id") for mark in root.iter(W + "bookmarkStart")]
    assert len(ids) == len(set(ids)) == len(bookmarks)


def test_link_to_a_missing_anchor_is_plain_text(default_style):
    data = render(doc_of(Paragraph((Text("see "), Link("[9]", "nowhere", role="cite")))), default_style)
    assert [p.text for p in opened(data).paragraphs] == ["see [9]"]
    assert "w:hyperlink" not in part(data, "word/document.xml")


@pytest.mark.parametrize("anchor", ["src-1", "1st", "a b", "_hidden", "x" * 100, "Ærø:ø", "s" * 40, "ok_name"])
def test_bookmark_names_are_valid_word_names(anchor):
    name = Bookmarks.name(anchor)
    assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", name) and len(name) <= 40
    assert name == Bookmarks.name(anchor)


def test_bookmark_names_of_different_anchors_differ():
    anchors = ["src-1", "src_1", "src 1", "src.1", "x" * 60 + "a", "x" * 60 + "b"]
    assert len({Bookmarks.name(anchor) for anchor in anchors}) == len(anchors)


def test_duplicate_anchor_makes_one_bookmark(default_style):
    twice = doc_of(Paragraph((Anchor("here"), Text("one"))), Paragraph((Anchor("here"), Text("two"))))
    names = [m.get(W + "name") for m in tree(render(twice, default_style)).iter(W + "bookmarkStart")]
    assert names == ["here"]


def test_names_in_every_script_survive_the_round_trip(sample_bytes):
    assert any(NAMES in text for text in body_texts(opened(sample_bytes)))


def test_illegal_xml_characters_that_slip_past_clean_do_not_crash(default_style):
    sneaky = Text("fine")
    object.__setattr__(sneaky, "text", "a\x00b\x0bc\ud800d")
    texts = [p.text for p in opened(render(doc_of(Paragraph((sneaky,))), default_style)).paragraphs]
    assert texts == ["abc\ufffdd"]


def test_an_unknown_node_type_fails_loudly(default_style):
    with pytest.raises(AssertionError):
        render(doc_of(object()), default_style)


# --- styles -------------------------------------------------------------------------------------


def test_word_styles_carry_the_house_style(default_style, sample_bytes):
    styles = opened(sample_bytes).styles
    for role, name in [("body", "Normal"), ("title", "Title"), ("subtitle", "Subtitle"), ("heading1", "Heading 1"),
                       ("heading2", "Heading 2"), ("quote", "Quote"), ("caption", "Caption")]:
        text, font = default_style.text(role), styles[name].font
        assert font.size.pt == text.size, name
        assert str(font.color.rgb) == text.color.lstrip("#"), name
        assert bool(font.bold) == text.bold and bool(font.italic) == text.italic, name
        fonts = styles[name].element.rPr.rFonts
        family = default_style.font(text.font).office
        assert {fonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "cs", "eastAsia")} == {family}, name
        assert not [a for a in fonts.attrib if a.endswith("Theme") or a.endswith("theme")], name


def test_other_roles_get_brief_styles_based_on_normal(default_style, sample_bytes):
    word = opened(sample_bytes)
    by_text = {p.text: p.style for p in word.paragraphs}
    assert by_text["TLP:AMBER"].name == "Brief Banner"
    assert by_text["Hans Liwång, professor (expert)"].name == "Brief Attribution"
    assert by_text["Date: 2025-07-05 · Author: Analysis Unit"].name == "Brief Meta"
    for name, role in [("Brief Attribution", "attribution"), ("Brief Meta", "meta"), ("Brief Source", "source")]:
        style = word.styles[name]
        assert style.base_style.name == "Normal"
        assert style.font.size.pt == default_style.text(role).size
        assert str(style.font.color.rgb) == default_style.text(role).color.lstrip("#")


def test_a_role_the_style_does_not_name_looks_like_body(default_style):
    data = render(doc_of(Paragraph((Text("odd"),), role="odd-one")), default_style)
    style = opened(data).paragraphs[0].style
    assert style.name == "Brief Odd One"
    assert style.font.size.pt == default_style.text("body").size


def test_a_value_changed_in_the_style_changes_the_docx(default_style, document):
    changed = styled(default_style, "quote", color="#AA0000", size=13.0)
    quote = opened(render(document, changed)).styles["Quote"].font
    assert (str(quote.color.rgb), quote.size.pt) == ("AA0000", 13.0)


@pytest.mark.parametrize("marking", ["TLP:AMBER", "TLP:CLEAR", "SECRET-ISH"])
def test_banner_is_shaded_in_the_colours_of_its_marking(default_style, marking):
    data = render(sample_document(marking), default_style)
    banner = default_style.banner(marking)
    style = opened(data).styles["Brief Banner"]
    ppr = style.element.pPr
    assert ppr.find(qn("w:shd")).get(qn("w:fill")) == banner.background.lstrip("#")
    assert str(style.font.color.rgb) == banner.text.lstrip("#")
    borders = ppr.find(qn("w:pBdr"))
    if banner.border:
        assert {line.get(qn("w:color")) for line in borders} == {banner.border.lstrip("#")}
    else:
        assert borders is None


def test_hyperlink_character_style_has_the_link_colour_and_underline(default_style, sample_bytes):
    style = opened(sample_bytes).styles["Hyperlink"]
    assert str(style.font.color.rgb) == default_style.colors["link"].lstrip("#")
    assert style.font.underline is True


def test_table_uses_the_style_table_style_with_a_repeating_bold_header(default_style, sample_bytes):
    table = opened(sample_bytes).tables[0]
    assert table.style.name == default_style.docx_table_style
    header = table.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [cell.text for cell in header.cells] == ["Name", "Role", "Affiliation", "Sources"]
    assert all(run.bold for cell in header.cells for run in cell.paragraphs[0].runs)
    assert table.rows[1]._tr.trPr is None


def test_table_columns_are_relative_widths_of_the_text_width(default_style, sample_bytes):
    table = opened(sample_bytes).tables[0]
    widths = [column.width.twips for column in table.columns]
    assert sum(widths) == round(default_style.frame_width * TWIPS_PER_MM)
    assert [round(w / widths[-1]) for w in widths] == [3, 3, 2, 1]
    assert all(cell.width.twips == widths[i] for row in table.rows for i, cell in enumerate(row.cells))


def test_chart_is_a_picture_at_text_width_with_its_sentence_as_alt_text(default_style, document, sample_bytes):
    chart = next(block for _, block in walk(document.children) if type(block).__name__ == "Chart")
    root = tree(sample_bytes)
    frames = list(root.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"))
    assert [frame.get("descr") for frame in frames] == [chart.text]
    shape = opened(sample_bytes).inline_shapes[0]
    assert abs(shape.width - default_style.frame_width * EMU_PER_MM) < EMU_PER_MM
    assert chart.text in body_texts(opened(sample_bytes))  # also said in words below the picture


# --- page, header, footer -------------------------------------------------------------------------


def test_page_size_and_margins_come_from_the_style(sample_bytes):
    section = opened(sample_bytes).sections[0]
    assert (section.page_width.twips, section.page_height.twips) == (11906, 16838)  # A4
    assert section.left_margin.twips == round(22 * TWIPS_PER_MM)


def test_plain_style_is_letter_with_black_headings(document, default_style):
    plain_style = load_style("plain")
    word = opened(render(document, plain_style))
    size = tree(render(document, plain_style)).find(f".//{W}pgSz")
    assert (size.get(W + "w"), size.get(W + "h")) == ("12240", "15840")
    assert str(word.styles["Heading 1"].font.color.rgb) == "000000"
    default_heading = opened(render(document, default_style)).styles["Heading 1"].font.color.rgb
    assert str(default_heading) == default_style.colors["accent"].lstrip("#") != "000000"
    assert word.tables[0].style.name == "Table Grid"


def test_header_holds_title_and_marking_and_footer_holds_page_fields(sample_bytes):
    section = opened(sample_bytes).sections[0]
    assert section.header.paragraphs[0].text == "Sample brief: Ukraine & Denmark\tTLP:AMBER"
    footer = section.footer.paragraphs[0]._p
    codes = [text.text.strip() for text in footer.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"]
    kinds = [char.get(qn("w:fldCharType")) for char in footer.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2
    assert section.footer.paragraphs[0].text.startswith("2025-07-05\tPage ")


def test_running_line_tab_stop_is_at_the_right_margin(default_style, sample_bytes):
    stops = opened(sample_bytes).styles["Header"].paragraph_format.tab_stops
    assert [stop.position.twips for stop in stops] == [round(default_style.frame_width * TWIPS_PER_MM)]


# --- file ---------------------------------------------------------------------------------------


def test_core_properties_describe_the_brief(document, sample_bytes):
    props = opened(sample_bytes).core_properties
    meta = document.meta
    assert (props.title, props.subject, props.author) == (meta.title, meta.subject, meta.author)
    assert props.keywords == "defence, industry"
    assert props.language == "en-GB"
    assert props.revision == 1 and props.comments == "" and props.last_modified_by == "brief"
    assert props.created == props.modified == props.last_printed == fixed_time(meta)
    assert "<Application>brief</Application>" in part(sample_bytes, "docProps/app.xml")


def test_no_trace_of_the_template_generator_or_thumbnail(sample_bytes):
    with zipfile.ZipFile(io.BytesIO(sample_bytes)) as archive:
        names = archive.namelist()
        assert not [name for name in names if "thumbnail" in name]
        assert not [name for name in names if b"python-docx" in archive.read(name)]


def test_two_renders_are_byte_identical(document, default_style, sample_bytes):
    assert render(document, default_style) == sample_bytes


@pytest.mark.parametrize("text", ["plain words", " padded ", "tab\there", "two\nlines\r", "\t", "", "é ü 中"])
def test_a_run_is_written_as_python_docx_writes_it(text):
    ours, theirs = (docx.Document().add_paragraph() for _ in range(2))
    _add_run(ours, text)
    theirs.add_run(clean(text))  # as the writer hands python-docx every text
    assert etree.tostring(ours._p) == etree.tostring(theirs._p)


def test_a_document_drawn_on_the_template_opened_ahead_is_the_one_drawn_without(document, default_style, sample_bytes):
    ready(default_style)
    ready(default_style)  # one template is opened ahead, however often it is asked for
    assert render(document, default_style) == sample_bytes
    assert render(document, default_style) == sample_bytes  # the next one on a template opened then


def test_source_date_epoch_sets_the_times_and_keeps_bytes_identical(document, default_style, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first, second = render(document, default_style), render(document, default_style)
    assert first == second
    created = opened(first).core_properties.created
    assert created == datetime.datetime(2023, 11, 14, 22, 13, 20, tzinfo=datetime.timezone.utc)
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2023, 11, 14, 22, 13, 20)}
        assert archive.namelist()[0] == "[Content_Types].xml"


# --- stress -------------------------------------------------------------------------------------


def test_layout_stress_renders_quickly(default_style):
    word = "w" * 200
    rows = tuple(((Text(f"row {n}"),), (Text("cell text " * 5),), (Link(f"[{n}]", "end", role="cite"),))
                 for n in range(500))
    stress = doc_of(
        Paragraph((Text(word),)),
        Table(("Long", "Word"), (((Text("x" * 2999 + "y"),), (Text(word),)),), (1, 1)),
        Table(("A", "B", "C"), rows, (1, 2, 1)),
        Section("Quotes", tuple(Paragraph((Text(f"Quote {n}."),), role="quote") for n in range(300))),
        Paragraph((Anchor("end"), Text("The end.")), role="source"),
    )
    data = render(stress, default_style)
    reopened = opened(data)
    assert [len(table.rows) for table in reopened.tables] == [2, 501]
    assert reopened.tables[0].cell(1, 0).text.endswith("y") and len(reopened.tables[0].cell(1, 0).text) == 3000
    assert sum(p.style.name == "Quote" for p in reopened.paragraphs) == 300
    assert word in [p.text for p in reopened.paragraphs]


def test_empty_table_is_left_out(default_style):
    empty = doc_of(Table(("A",), (), (1,)), Table((), ((),), ()), Paragraph((Text("after"),)))
    data = render(empty, default_style)
    assert opened(data).tables == [] and [p.text for p in opened(data).paragraphs] == ["after"]


def inlines_of(block):
    """Yield the inline nodes directly inside `block` (sections hold none of their own)."""
    match block:
        case Paragraph():
            yield from block.content
        case Items():
            for item in block.items:
                yield from item
        case Table():
            for row in block.rows:
                for cell in row:
                    yield from cell


def test_a_paragraph_leading_into_a_list_keeps_with_it(default_style):
    data = render(doc_of(Paragraph((Text("Lead-in"),), role="note"), Items(((Text("one"),),)),
                         Paragraph((Text("Alone"),))), default_style)
    keep = {p.text: p.paragraph_format.keep_with_next for p in opened(data).paragraphs}
    assert keep == {"Lead-in": True, "one": None, "Alone": None}


def test_a_paragraph_after_a_table_stands_off_it(default_style):
    data = render(doc_of(Table(("A",), (((Text("a"),),),), (1,)), Paragraph((Text("after"),), role="note")),
                  default_style)
    after = opened(data).paragraphs[0].paragraph_format.space_before
    assert after.pt == default_style.text("body").space_after


def test_a_docx_without_a_chart_loads_no_chart_drawing_code():
    import subprocess
    import sys
    from pathlib import Path

    script = ("import sys; from report.doctree import Document, Meta, Paragraph, Text; "
              "from report.style import load_style; from report.writers import docx; "
              "docx.render(Document(Meta('Title'), (Paragraph((Text('plain'),)),)), load_style('default')); "
              "print(sorted(m for m in sys.modules if m.startswith(('reportlab.graphics', 'report.writers.charts'))))")
    root = Path(__file__).resolve().parent.parent.parent
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=root, check=True)
    assert done.stdout.strip() == "[]"
