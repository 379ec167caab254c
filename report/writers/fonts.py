"""The style's TrueType faces, registered with reportlab, and the characters they cannot draw.

Standard PDF fonts draw Polish, Greek or Cyrillic letters as black boxes without a word of
complaint, so the PDF embeds the style's own TrueType files. Every family is registered as a
reportlab font family, which is what makes <b> and <i> in paragraph markup pick the bold and
italic faces instead of silently staying regular.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from ..doctree import Anchor, Chart, Document, Inlines, Items, Link, Paragraph, Section, Table, Text, walk
from ..style import FontFamily, Style
from .fontcache import load_font

# (bold, italic) -> the FontFamily attribute holding that face's file.
_FACES = {(False, False): "regular", (True, False): "bold", (False, True): "italic", (True, True): "bold_italic"}

# Face name -> the file it stands for, so naming a face twice is free and a clash is seen.
_names: dict[str, Path] = {}
# (family, (bold, italic)) -> the name `_face_name` gave that face.
_named: dict[tuple[FontFamily, tuple[bool, bool]], str] = {}
# Face names whose file is parsed and registered with reportlab (about 10 ms a face).
_registered: set[str] = set()


def register(style: Style, document: Document | None = None) -> None:
    """Register `style`'s families (see `register_families`) and parse the faces `document`'s
    texts are drawn in (see `_texts`), which markup reaches without naming them; with no
    `document`, every face of the style. Safe to call again."""
    register_families(style)
    if document is None:
        for family in style.fonts.values():
            for face in _FACES:
                _register_face(family, face)
        return
    for _text, _face in _texts(document, style):
        pass  # `_texts` names each face through `face_name`, which registers it


def register_families(style: Style) -> None:
    """Make `style`'s families known to reportlab, so <b> and <i> in paragraph markup pick the
    bold and italic faces, without reading a font file: a face's file is parsed (about 10 ms)
    when the face is first used (`face_name`)."""
    for family in style.fonts.values():
        names = {face: _face_name(family, face) for face in _FACES}
        pdfmetrics.registerFontFamily(names[False, False], normal=names[False, False], bold=names[True, False],
                                      italic=names[False, True], boldItalic=names[True, True])


def face_name(style: Style, family_key: str, bold: bool, italic: bool) -> str:
    """Return the reportlab name of one face of the family `family_key` (registering it if needed)."""
    return _register_face(style.font(family_key), (bool(bold), bool(italic)))


def _face_name(family: FontFamily, face: tuple[bool, bool]) -> str:
    """Return the name `family`'s `face` is registered under, without reading its file.

    The name is readable (e.g. "DejaVuSerif-BoldItalic") so that pdffonts shows what was
    embedded; two styles that give one family name different files get distinct names. A face
    keeps the name it was first given, so it is worked out once (the writers ask for every run
    of text, a thousand times a brief, and resolving the file's path is a few system calls).
    """
    if (family, face) not in _named:
        _named[family, face] = _new_face_name(family, face)
    return _named[family, face]


def _new_face_name(family: FontFamily, face: tuple[bool, bool]) -> str:
    """Return a name for `family`'s `face` and claim it for the face's file (see `_face_name`)."""
    path = family.file(*face).resolve()
    suffix = {"regular": "", "bold": "-Bold", "italic": "-Italic", "bold_italic": "-BoldItalic"}[_FACES[face]]
    name = family.name.replace(" ", "") + suffix
    if name in _names and _names[name] != path:
        name += "-" + hashlib.sha256(str(path).encode()).hexdigest()[:8]
    _names.setdefault(name, path)
    return name


def _register_face(family: FontFamily, face: tuple[bool, bool]) -> str:
    """Return the registered name of `family`'s `face`, parsing and registering its file on first use."""
    name = _face_name(family, face)
    if name not in _registered:
        pdfmetrics.registerFont(load_font(name, _names[name]))
        _registered.add(name)
    return name


def missing_glyphs(document: Document, style: Style) -> list[str]:
    """Return a description of every character of `document` that its font cannot draw.

    Each character is reported once, as "U+4E2D CJK UNIFIED IDEOGRAPH-4E2D (中)", in code
    point order. A character counts as missing when the face its role uses (bold and italic
    included) has no glyph for it; whitespace is not checked.
    """
    register(style, document)
    missing: set[str] = set()
    for text, face in _texts(document, style):
        glyphs = pdfmetrics.getFont(face).face.charToGlyph
        missing.update(c for c in text if not c.isspace() and ord(c) not in glyphs)
    return [_describe(c) for c in sorted(missing)]


def _describe(char: str) -> str:
    """Return "U+XXXX NAME (c)" for one character."""
    name = unicodedata.name(char, "UNNAMED CHARACTER")
    return f"U+{ord(char):04X} {name} ({char})"


def _texts(document: Document, style: Style) -> Iterator[tuple[str, str]]:
    """Yield `(text, face name)` for every piece of text the writers draw, in the face that draws it."""
    meta = document.meta
    header = style.text("header")
    for text in (meta.title, meta.subtitle, meta.author, meta.date, meta.classification, meta.subject,
                 *meta.keywords):
        yield text, face_name(style, header.font, header.bold, header.italic)
    for depth, block in walk(document.children):
        yield from _block_texts(block, depth, style)


def _block_texts(block, depth: int, style: Style) -> Iterator[tuple[str, str]]:
    """Yield `(text, face name)` for the text one block draws itself (not its child blocks)."""
    match block:
        case Section():
            yield _role_text(style, heading_role(depth), block.title)
        case Paragraph():
            yield from _inline_texts(block.content, style, block.role)
        case Items():
            for item in block.items:
                yield from _inline_texts(item, style, block.role)
        case Table():
            for cell in block.header:
                yield _role_text(style, "table_header", cell)
            for row in block.rows:
                for cell in row:
                    yield from _inline_texts(cell, style, "table")
            yield _role_text(style, "caption", block.caption)
        case Chart():
            yield _role_text(style, chart_title_role(style), block.title, bold=True)
            for text in (*block.labels, block.unit):
                yield _role_text(style, chart_label_role(style), text)
            yield _role_text(style, "caption", block.text)


def _inline_texts(content: Inlines, style: Style, role: str) -> Iterator[tuple[str, str]]:
    """Yield `(text, face name)` for each run of `content` drawn in the style of `role`."""
    for node in content:
        match node:
            case Text():
                yield _role_text(style, role, node.text, node.bold, node.italic)
            case Link():
                yield _role_text(style, role, node.text)
            case Anchor():
                pass


def _role_text(style: Style, role: str, text: str, bold: bool = False, italic: bool = False) -> tuple[str, str]:
    """Return `(text, face)`: the face of `role` with `bold`/`italic` added on top of its own."""
    ts = style.text(role)
    return text, face_name(style, ts.font, ts.bold or bold, ts.italic or italic)


# --- which role draws which text: the writers and the glyph check share these ------------------


def heading_role(depth: int) -> str:
    """Return the text role of a section heading at nesting `depth` (1 at the top)."""
    return "heading1" if depth <= 1 else "heading2"


def chart_label_role(style: Style) -> str:
    """Return the role of a chart's labels and values: "chart", or the table text when unnamed."""
    return "chart" if "chart" in style.texts else "table"


def chart_title_role(style: Style) -> str:
    """Return the role of a chart's title (drawn bold): "chart_title", else the chart labels' role."""
    return "chart_title" if "chart_title" in style.texts else chart_label_role(style)
