"""Font registration and the check for characters the style's fonts cannot draw."""

from __future__ import annotations

import pytest
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics

from report.doctree import Chart, Document, Items, Link, Meta, Paragraph, Section, Table, Text
from report.style import load_style
from report.writers import fonts
from tests.conftest import NAMES

CJK = "U+4E2D CJK UNIFIED IDEOGRAPH-4E2D (中)"


@pytest.fixture(scope="module")
def default():
    return load_style("default")


def test_register_is_idempotent_and_gives_four_distinct_faces(default):
    fonts.register(default)
    fonts.register(default)
    faces = {fonts.face_name(default, "serif", bold, italic) for bold in (False, True) for italic in (False, True)}
    assert faces == {"DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"}
    for face in faces:
        assert pdfmetrics.getFont(face).face.name


def test_families_map_bold_and_italic_so_inline_markup_switches_face(default):
    fonts.register(default)
    regular = fonts.face_name(default, "sans", False, False)
    assert tt2ps(regular, 1, 0) == fonts.face_name(default, "sans", True, False)
    assert tt2ps(regular, 0, 1) == fonts.face_name(default, "sans", False, True)
    assert tt2ps(regular, 1, 1) == fonts.face_name(default, "sans", True, True)


def test_european_names_have_every_glyph(document, default):
    assert fonts.missing_glyphs(document, default) == []
    names = Document(Meta(NAMES, author="Søren Ærø, Zażółć gęślą jaźń"), (
        Section("Ελληνικά · Українська", (Paragraph((Text(NAMES, bold=True, italic=True),)),)),))
    assert fonts.missing_glyphs(names, default) == []


@pytest.mark.parametrize("where", ["meta", "section", "paragraph", "link", "items", "header", "cell", "caption",
                                   "chart-label", "chart-title", "chart-text"])
def test_a_cjk_character_is_reported_wherever_it_stands(default, where):
    text = "Beijing 中\n"
    blocks = {
        "section": Section(text, ()),
        "paragraph": Paragraph((Text(text),)),
        "link": Paragraph((Link(text, "x"),)),
        "items": Items(((Text(text),),)),
        "header": Table((text,), (((Text("a"),),),), (1,)),
        "cell": Table(("a",), (((Text(text),),),), (1,)),
        "caption": Table(("a",), (((Text("a"),),),), (1,), caption=text),
        "chart-label": Chart("t", (text,), (1.0,), "", ""),
        "chart-title": Chart(text, ("a",), (1.0,), "", ""),
        "chart-text": Chart("t", ("a",), (1.0,), "", text),
    }
    document = Document(Meta(text if where == "meta" else "Title"), (blocks[where],) if where in blocks else ())
    assert fonts.missing_glyphs(document, default) == [CJK]


def test_each_missing_character_is_reported_once_in_code_point_order(default):
    document = Document(Meta("中文 and 日本"), (Paragraph((Text("中 日 中"),)),))
    assert fonts.missing_glyphs(document, default) == [
        "U+4E2D CJK UNIFIED IDEOGRAPH-4E2D (中)",
        "U+6587 CJK UNIFIED IDEOGRAPH-6587 (文)",
        "U+65E5 CJK UNIFIED IDEOGRAPH-65E5 (日)",
        "U+672C CJK UNIFIED IDEOGRAPH-672C (本)",
    ]


def test_whitespace_is_not_reported(default):
    document = Document(Meta("a\nb"), (Paragraph((Text("line\nbreak\u00a0\u2003 space"),)),))
    assert fonts.missing_glyphs(document, default) == []


def test_a_pdf_parses_only_the_font_files_of_the_faces_its_text_is_drawn_in(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    script = """
from report.doctree import Document, Meta, Paragraph, Text
from report.style import load_style
from report.writers import fonts, pdf
document = Document(Meta("Plain title"), (Paragraph((Text("plain "), Text("bold", bold=True))),))
assert pdf.render(document, load_style("default")).startswith(b"%PDF")
print(" ".join(sorted(fonts._registered)))
"""
    root = Path(__file__).resolve().parent.parent.parent
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=root, check=True)
    parsed = set(done.stdout.split())
    assert {"DejaVuSerif", "DejaVuSerif-Bold"} <= parsed
    assert not {"DejaVuSerif-BoldItalic", "DejaVuSans-BoldOblique"} & parsed


def test_a_face_is_named_once_however_many_runs_of_text_ask_for_it(default, monkeypatch):
    named = []
    real = fonts._new_face_name
    monkeypatch.setattr(fonts, "_named", {})
    monkeypatch.setattr(fonts, "_new_face_name", lambda family, face: named.append(face) or real(family, face))
    first = [fonts.face_name(default, "sans", bold, False) for bold in (False, True) for _run in range(50)]
    assert sorted(set(first)) == ["DejaVuSans", "DejaVuSans-Bold"]
    assert len(named) == 2
