"""DOCX writer: draws a `Document` as a Word file whose styles come from the house `Style`.

Every look is a real Word style (Normal, Title, Heading 1, Quote, "Brief Banner", ...) filled in
from the Style, so a colleague who edits the file keeps the house style and a value changed in the
TOML changes the DOCX. Text is plain text: it only ever reaches the XML as element text or
attribute values, which the XML library escapes. Equal input gives byte-identical files.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import re
import zipfile
from typing import assert_never
from urllib.parse import urlsplit

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.shared import Pt, RGBColor, Twips
from docx.styles import BabelFish
from docx.styles.style import BaseStyle, CharacterStyle, ParagraphStyle, StyleFactory
from docx.table import Table as WordTable
from docx.table import _Row
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run

from report.doctree import (
    Anchor,
    Attachment,
    Block,
    Chart,
    Document,
    Inlines,
    Items,
    Link,
    Meta,
    Paragraph,
    Section,
    Table,
    Text,
    clean,
    anchors,
    fixed_time,
)
from report.style import Banner, Style, TextStyle, fill

GENERATOR = "brief"
ATTACHMENT_FOLDER = "/brief/"  # where carried files live inside the package
RT_ATTACHMENT = "urn:brief:attachment"  # the package relationship that points at each of them

# Roles drawn with Word's own styles; any other paragraph role gets a "Brief <Role>" style.
WORD_STYLES = {
    "body": "Normal",
    "title": "Title",
    "subtitle": "Subtitle",
    "heading1": "Heading 1",
    "heading2": "Heading 2",
    "quote": "Quote",
    "caption": "Caption",
    "items": "List Bullet",
    "header": "Header",
    "footer": "Footer",
}
DEEPEST_HEADING = 2
WEB_SCHEMES = {"http", "https", "mailto"}
ALIGNMENTS = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
# Running-header fields that only the word processor knows, as Word field codes.
PAGE_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}
_PAGE_FIELD = re.compile(r"\{(" + "|".join(PAGE_FIELDS) + r")\}")

# Rule width in Word's unit, eighths of a point: half a point, the PDF's rule width. The Style names
# rule colours but no rule widths, so every rule the writer draws is this hairline.
EIGHTHS = 8  # Word gives border widths in eighths of a point
BOOKMARK_MAX = 40  # Word ignores longer bookmark names

# Child order of the property elements the writer fills by hand; Word rejects other orders.
_ORDER = {
    "w:pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers"
    " pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE"
    " autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents"
    " suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr"
    " sectPr pPrChange",
    "w:rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint"
    " noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect"
    " bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "w:tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText"
    " vAlign hideMark headers cellIns cellDel cellMerge tcPrChange",
    "w:tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc"
    " tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription"
    " tblPrChange",
}
_SIDES = ("top", "left", "bottom", "right")


# Blank documents of python-docx's template, opened by `ready` before the document to draw is known.
_blank: list[docx.document.Document] = []


def ready(style: Style) -> None:
    """Open the template the next document is drawn on (about 10 ms), before that document is known."""
    if not _blank:
        _blank.append(docx.Document())


def render(document: Document, style: Style) -> bytes:
    """Return the .docx file of `document` drawn in `style`; equal input gives equal bytes."""
    word = _blank.pop() if _blank else docx.Document()
    looks = Looks(word, style, document.meta)
    _page_setup(word.sections[0], style)
    _running_lines(word.sections[0], looks, style, document.meta)
    Body(word, looks, style, anchors(document)).blocks(document.children, depth=1)
    _properties(word, document.meta)
    _carry(word, document.meta.attachments)
    return _frozen(_saved(word), fixed_time(document.meta))


# --- styles -------------------------------------------------------------------------------------


class Looks:
    """The Word styles of one document, filled in from the Style; role styles made on demand."""

    def __init__(self, word: docx.document.Document, style: Style, meta: Meta) -> None:
        self.styles = word.styles
        self.style = style
        self.meta = meta
        self.made: dict[str, ParagraphStyle] = {}
        _defaults(word, style, meta.language)
        self.hyperlink = self._hyperlink_style()
        for role in ("header", "footer"):
            _right_tab(self.paragraph(role), _twips(style.frame_width))
        if "rule" in style.colors:  # the header stands off the text by a rule, as in the PDF
            rule = _borders("w:pBdr", ("bottom",), style.colors["rule"], gap=_gap(style.text("header")),
                            width=style.rule_width)
            _put(self.paragraph("header").element.get_or_add_pPr(), rule)

    def paragraph(self, role: str) -> ParagraphStyle:
        """Return the paragraph style of `role`, dressing it from the Style the first time."""
        if role not in self.made:
            self.made[role] = self._make(role, "Normal")
        return self.made[role]

    def bullets(self, role: str) -> ParagraphStyle:
        """Return the bulleted-list style of an `Items` role: "List Bullet", or one based on it."""
        return self.paragraph(role) if role == "items" else self._list_style(role)

    def _list_style(self, role: str) -> ParagraphStyle:
        key = f"list {role}"
        if key not in self.made:
            self.made[key] = self._make(role, "List Bullet", name=_role_style_name(f"{role} list"))
        return self.made[key]

    def heading(self, depth: int) -> ParagraphStyle:
        """Return the heading style of a section nested `depth` deep (1 at the top)."""
        return self.paragraph(f"heading{min(max(depth, 1), DEEPEST_HEADING)}")

    def _make(self, role: str, base: str, name: str = "") -> ParagraphStyle:
        name = name or WORD_STYLES.get(role) or _role_style_name(role)
        word_style = self.named(name)
        if word_style is None:
            word_style = self.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            word_style.base_style = self.named(base)
            word_style.quick_style = True
        _dress(word_style, self.style.text(role), self.style)
        if role == "title":
            _recolor_rules(word_style, self.style.colors.get("accent", self.style.text(role).color))
        if role == "banner":
            _banner_look(word_style, self.style.banner(self.meta.classification), _gap(self.style.text(role)),
                         self.style.banner_border_width)
        return word_style

    def named(self, name: str) -> BaseStyle | None:
        """Return the document's style called `name` (as Word's interface names it), or None.

        One XPath query: python-docx's `name in styles` reads the name of every style, each time."""
        element = self.styles.element.get_by_name(BabelFish.ui2internal(name))
        return None if element is None else StyleFactory(element)

    def _hyperlink_style(self) -> CharacterStyle:
        word_style = self.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        word_style.element.attrib.pop(qn("w:customStyle"))  # Word's own style of that name, not a new one
        word_style.base_style = self.named("Default Paragraph Font")
        word_style.font.color.rgb = _rgb(self.style.colors.get("link", self.style.text("body").color))
        word_style.font.underline = True
        return word_style


def _role_style_name(role: str) -> str:
    """Return the Word style name of a role Word has no style for: "source-list" → "Brief Source List"."""
    words = [word.capitalize() for word in re.split(r"[^0-9A-Za-z]+", role) if word]
    return "Brief " + (" ".join(words) or "Body")


def _dress(word_style: ParagraphStyle, text: TextStyle, style: Style) -> None:
    """Give a Word paragraph style the font, size, colour, weight, spacing and alignment of `text`."""
    rpr = word_style.element.get_or_add_rPr()
    rpr.remove_all("w:spacing")  # the template's letter-spacing (Title, Subtitle) is not the house's
    _set_family(rpr, style.font(text.font).office)
    _set_size(rpr, text.size)
    word_style.font.color.rgb = _rgb(text.color)
    word_style.font.bold = text.bold
    word_style.font.italic = text.italic
    layout = word_style.paragraph_format
    layout.alignment = ALIGNMENTS[text.align]
    layout.line_spacing = Pt(text.leading)
    # "At least" rather than "exactly": a picture or a taller glyph must not be clipped.
    layout.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    layout.space_before = Pt(text.space_before)
    layout.space_after = Pt(text.space_after)
    layout.widow_control = True
    if text.indent:  # leave list styles their numbering indent
        layout.left_indent = Pt(text.indent)


def _defaults(word: docx.document.Document, style: Style, language: str) -> None:
    """Set the document-wide run defaults to the body font, size and the document's language."""
    body = style.text("body")
    rpr = word.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_family(rpr, style.font(body.font).office)
    _set_size(rpr, body.size)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        _put(rpr, lang)
    lang.set(qn("w:val"), clean(language) or Meta.language)


def _set_family(rpr, family: str) -> None:
    """Name `family` for every script of a run-properties element, dropping theme fonts that win over it."""
    fonts = rpr.get_or_add_rFonts()
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for script in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{script}"), family)


def _set_size(rpr, size: float) -> None:
    """Set the size of a run-properties element for ordinary and complex scripts alike."""
    half_points = str(round(size * 2))
    rpr.get_or_add_sz().val = Pt(size)
    cs_size = OxmlElement("w:szCs")
    cs_size.set(qn("w:val"), half_points)
    _put(rpr, cs_size)


def _recolor_rules(word_style: ParagraphStyle, color: str) -> None:
    """Draw the paragraph rules a template style already has in `color` instead of its theme colour."""
    for rule in word_style.element.iter(qn("w:top"), qn("w:bottom"), qn("w:left"), qn("w:right")):
        for attribute in ("w:themeColor", "w:themeShade", "w:themeTint"):
            rule.attrib.pop(qn(attribute), None)
        rule.set(qn("w:color"), _hex(color))


def _banner_look(word_style: ParagraphStyle, banner: Banner, gap: int, width: float) -> None:
    """Shade the banner style in the marking's colours and frame it when the marking has a border."""
    word_style.font.color.rgb = _rgb(banner.text)
    ppr = word_style.element.get_or_add_pPr()
    _put(ppr, _shading(banner.background))
    if banner.border:
        _put(ppr, _borders("w:pBdr", _SIDES, banner.border, gap=gap, width=width))


def _right_tab(word_style: ParagraphStyle, position: Twips) -> None:
    """Replace the template's tab stops of a header or footer style by one right tab at `position`."""
    stops = word_style.paragraph_format.tab_stops
    stops.clear_all()
    stops.add_tab_stop(position, WD_TAB_ALIGNMENT.RIGHT)


# --- body ---------------------------------------------------------------------------------------


class Body:
    """Draws blocks and inlines into the body of a Word document, one small method per node type."""

    def __init__(self, word: docx.document.Document, looks: Looks, style: Style, anchors: set[str]) -> None:
        self.word = word
        self.looks = looks
        self.style = style
        self.anchors = anchors
        self.bookmarks = Bookmarks()
        self.after_table = False
        self.last: WordParagraph | None = None

    def add(self, word_style: ParagraphStyle) -> WordParagraph:
        """Return a new paragraph at the end of the body in `word_style`.

        A paragraph right after a table stands off it by the body's paragraph spacing at least,
        as in the PDF: a Word table has no spacing of its own.
        """
        paragraph = _use(self.word.add_paragraph(), word_style)
        gap = Pt(self.style.text("body").space_after)
        if self.after_table and (word_style.paragraph_format.space_before or 0) < gap:
            paragraph.paragraph_format.space_before = gap
        self.after_table = False
        self.last = paragraph
        return paragraph

    def blocks(self, blocks: tuple[Block, ...], depth: int) -> None:
        """Draw `blocks` in order; sections nest one heading level deeper.

        A paragraph that leads into a list, table or chart stays on the page where that starts.
        """
        for block, following in zip(blocks, (*blocks[1:], None)):
            self.block(block, depth)
            if isinstance(block, Paragraph) and isinstance(following, (Items, Table, Chart)):
                self.last.paragraph_format.keep_with_next = True

    def block(self, block: Block, depth: int) -> None:
        """Draw one block; an unknown node type is a programming error."""
        match block:
            case Paragraph():
                self.paragraph(block)
            case Items():
                self.items(block)
            case Table():
                self.table(block)
            case Chart():
                self.chart(block)
            case Section():
                self.section(block, depth)
            case _:
                assert_never(block)

    def paragraph(self, node: Paragraph) -> None:
        """Draw a paragraph in the style of its role."""
        self.inlines(self.add(self.looks.paragraph(node.role)), node.content)

    def items(self, node: Items) -> None:
        """Draw a bulleted list: one bulleted paragraph per item."""
        for item in node.items:
            self.inlines(self.add(self.looks.bullets(node.role)), item)

    def section(self, node: Section, depth: int) -> None:
        """Draw a section's heading (a bookmark when it has an anchor), then its children."""
        heading = self.add(self.looks.heading(depth))
        self.bookmarks.around(heading, node.anchor, lambda: _add_run(heading, node.title))
        self.blocks(node.children, depth + 1)

    def table(self, node: Table) -> None:
        """Draw a table at the text width: a repeating bold header row, then the rows, then the caption."""
        columns = max(len(node.header), *(len(row) for row in node.rows)) if node.rows else 0
        if not columns:  # a table without rows or cells says nothing
            return
        widths = _column_widths(node.widths, columns, _twips(self.style.frame_width).twips)
        grid = TableDrawer(self.word.add_table(rows=0, cols=columns), widths, self.looks, self.style)
        if node.header:
            grid.header_row(node.header)
        for number, row in enumerate(node.rows):
            for cell, content in zip(grid.row(striped=number % 2 == 1), row):
                self.inlines(cell, content)
        self.after_table = True
        if node.caption:
            _add_run(self.add(self.looks.paragraph("caption")), node.caption)

    def chart(self, node: Chart) -> None:
        """Draw a chart as a picture at the text width, then its sentence as the caption.

        The sentence is also the picture's alternative text, so no reader misses what it shows.
        """
        from report.writers import charts  # start-up time: reportlab's graphics load only for a chart

        width = _twips(self.style.frame_width)
        picture = charts.png(node, self.style, width.pt)
        paragraph = self.add(self.looks.paragraph(node.role))
        paragraph.paragraph_format.keep_with_next = True  # keep a chart with its caption
        paragraph.add_run().add_picture(io.BytesIO(picture), width=width)
        inline = paragraph._p.find(".//" + qn("wp:inline"))
        for side in ("distT", "distB", "distL", "distR"):  # LibreOffice pads a picture without them
            inline.set(side, "0")
        frame = inline.find(qn("wp:docPr"))
        frame.set("name", _plain(node.title) or "Chart")
        frame.set("title", _plain(node.title))
        frame.set("descr", _plain(node.text))
        if node.text:
            _add_run(self.add(self.looks.paragraph("caption")), node.text)

    def inlines(self, paragraph: WordParagraph, content: Inlines) -> None:
        """Append `content` to `paragraph`; an unknown inline type is a programming error."""
        for node in content:
            match node:
                case Text():
                    self.text(paragraph, node)
                case Link():
                    self.link(paragraph, node)
                case Anchor():
                    self.bookmarks.around(paragraph, node.name, lambda: None)
                case _:
                    assert_never(node)

    def text(self, paragraph: WordParagraph, node: Text) -> None:
        """Append a run of plain text, bold and italic only when the node says so."""
        run = _add_run(paragraph, node.text)
        if node.bold:
            run.bold = True
        if node.italic:
            run.italic = True

    def link(self, paragraph: WordParagraph, node: Link) -> None:
        """Append a hyperlink: to a bookmark when internal, to a web or mail address when external.

        A link that could not be followed is written as plain text: an internal one whose anchor
        the document lacks, an external one of any other scheme (javascript:, file:, ...).
        """
        if not (_is_web_address(node.target) if node.external else node.target in self.anchors):
            self.text(paragraph, Text(node.text))
            return
        hyperlink = OxmlElement("w:hyperlink")
        if node.external:
            rid = paragraph.part.relate_to(_plain(node.target).strip(), RT.HYPERLINK, is_external=True)
            hyperlink.set(qn("r:id"), rid)
        else:
            hyperlink.set(qn("w:anchor"), self.bookmarks.name(node.target))
            hyperlink.set(qn("w:history"), "1")
        run = _add_run(paragraph, node.text)
        run._r.style = self.looks.hyperlink.style_id
        paragraph._p.append(hyperlink)
        hyperlink.append(run._r)


class TableDrawer:
    """Adds rows to one Word table in the house table style, with fixed column widths."""

    def __init__(self, table: WordTable, widths: list[int], looks: Looks, style: Style) -> None:
        self.table = table
        self.widths = widths
        self.looks = looks
        self.colors = style.colors
        self.rule_width = style.rule_width
        self.cell_style = looks.paragraph("table")
        self.header_style = looks.paragraph("table_header")
        self._layout(style)

    def _layout(self, style: Style) -> None:
        table = self.table
        name = style.docx_table_style
        table.style = self.looks.named(name) or self.looks.named("Table Grid")
        table.autofit = False  # fixed layout: a long word or cell cannot push the table off the page
        tblpr = table._tbl.tblPr
        width = OxmlElement("w:tblW")
        width.set(qn("w:w"), str(sum(self.widths)))
        width.set(qn("w:type"), "dxa")
        _put(tblpr, width)
        if "rule" in self.colors:
            _put(tblpr, _borders("w:tblBorders", (*_SIDES, "insideH", "insideV"), self.colors["rule"], gap=0,
                                          width=self.rule_width))
        _put(tblpr, _cell_margins(style.text("table")))
        _put(tblpr, _table_look())
        for column, width in zip(table.columns, self.widths):
            column.width = Twips(width)

    def header_row(self, header: tuple[str, ...]) -> None:
        """Add the header row: bold, shaded, repeated at the top of every page the table spans."""
        row, cells = self._add_row(self.header_style, self.colors.get("table_header_bg"))
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        if "rule" in self.colors:  # the table style draws its header rules in its own theme colour
            for cell in row.cells:
                _put(cell._tc.get_or_add_tcPr(), _borders("w:tcBorders", _SIDES, self.colors["rule"], gap=0,
                                                                   width=self.rule_width))
        for cell, label in zip(cells, header):
            _add_run(cell, label).bold = True

    def row(self, striped: bool) -> list[WordParagraph]:
        """Add a body row and return the first paragraph of each of its cells."""
        return self._add_row(self.cell_style, self.colors.get("table_stripe") if striped else None)[1]

    def _add_row(self, paragraph_style: ParagraphStyle, shade: str | None) -> tuple[_Row, list[WordParagraph]]:
        row = self.table.add_row()
        paragraphs = []
        for cell, width in zip(row.cells, self.widths):
            cell.width = Twips(width)
            if shade:
                _put(cell._tc.get_or_add_tcPr(), _shading(shade))
            paragraph = cell.paragraphs[0]
            _use(paragraph, paragraph_style)
            paragraphs.append(paragraph)
        return row, paragraphs


def _column_widths(relative: tuple[float, ...], columns: int, total: int) -> list[int]:
    """Return `columns` widths in twips proportional to `relative` and summing to `total`.

    Missing, negative or zero weights make the columns equal.
    """
    weights = list(relative[:columns])
    if len(weights) < columns or any(w <= 0 for w in weights):
        weights = [1.0] * columns
    widths = [int(total * w / sum(weights)) for w in weights]
    widths[-1] += total - sum(widths)
    return widths


def _cell_margins(text: TextStyle) -> OxmlElement:
    """Return cell margins that pad a cell above and below by the interline of its text."""
    margins = OxmlElement("w:tblCellMar")
    pad = str(round((text.leading - text.size) / 2 * 20))
    for side in ("top", "bottom"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), pad)
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    return margins


def _table_look() -> OxmlElement:
    """Return a table look that uses the style's header row and nothing else (the writer stripes rows)."""
    look = OxmlElement("w:tblLook")
    flags = {"firstRow": "1", "lastRow": "0", "firstColumn": "0", "lastColumn": "0", "noHBand": "1", "noVBand": "1"}
    look.set(qn("w:val"), "0620")
    for flag, value in flags.items():
        look.set(qn(f"w:{flag}"), value)
    return look


# --- bookmarks ----------------------------------------------------------------------------------


class Bookmarks:
    """Word bookmarks for anchors: valid, unique, deterministic names and sequential ids."""

    def __init__(self) -> None:
        self.placed: set[str] = set()
        self.next_id = 0

    @staticmethod
    def name(anchor: str) -> str:
        """Return the bookmark name of `anchor`: itself when Word accepts it, else a safe name with a hash.

        Word wants a letter first, then letters, digits and underscores, at most 40 characters.
        """
        if re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,%d}" % (BOOKMARK_MAX - 1), anchor):
            return anchor
        digest = hashlib.sha1(anchor.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        stem = re.sub(r"[^A-Za-z0-9_]", "_", anchor)
        return f"a{stem}"[: BOOKMARK_MAX - len(digest) - 1] + "_" + digest

    def around(self, paragraph: WordParagraph, anchor: str, draw) -> None:
        """Call `draw()` to add runs to `paragraph`, inside a bookmark for `anchor` when it has one.

        A second anchor of the same name is drawn without a bookmark: Word wants names unique.
        """
        name = self.name(anchor) if anchor else ""
        if not name or name in self.placed:
            draw()
            return
        self.placed.add(name)
        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        for mark in (start, end):
            mark.set(qn("w:id"), str(self.next_id))
        start.set(qn("w:name"), name)
        self.next_id += 1
        paragraph._p.append(start)
        draw()
        paragraph._p.append(end)


def _is_web_address(url: str) -> bool:
    """Return whether `url` is a link a reader may safely follow (http, https or mailto)."""
    try:
        return urlsplit(url.strip()).scheme.lower() in WEB_SCHEMES
    except ValueError:
        return False


# --- page, running header and footer --------------------------------------------------------------


def _page_setup(section, style: Style) -> None:
    """Set page size and margins from the Style; header and footer sit halfway into their margins."""
    section.page_width = _twips(style.page_width)
    section.page_height = _twips(style.page_height)
    section.top_margin = _twips(style.margin_top)
    section.bottom_margin = _twips(style.margin_bottom)
    section.left_margin = _twips(style.margin_left)
    section.right_margin = _twips(style.margin_right)
    section.header_distance = _twips(style.margin_top / 2)
    section.footer_distance = _twips(style.margin_bottom / 2)


def _running_lines(section, looks: Looks, style: Style, meta: Meta) -> None:
    """Fill the page header and footer from the Style's templates."""
    fields = {"title": meta.title, "classification": meta.classification, "date": meta.date, "author": meta.author}
    for part, role, (left, right) in ((section.header, "header", style.header), (section.footer, "footer", style.footer)):
        paragraph = part.paragraphs[0]
        _use(paragraph, looks.paragraph(role))
        _template_runs(paragraph, left, fields)
        if right:
            paragraph.add_run().add_tab()
            _template_runs(paragraph, right, fields)


def _template_runs(paragraph: WordParagraph, template: str, fields: dict[str, str]) -> None:
    """Append a header/footer template: {page} and {pages} as live fields, other {field}s filled in."""
    for number, part in enumerate(_PAGE_FIELD.split(template)):
        if number % 2:
            _field(paragraph, PAGE_FIELDS[part])
        elif part:
            _add_run(paragraph, fill(part, fields))


def _field(paragraph: WordParagraph, code: str) -> None:
    """Append a complex field that Word and LibreOffice compute: begin, instruction, separate, result, end."""
    _field_mark(paragraph, "begin")
    instruction = OxmlElement("w:instrText")
    instruction.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instruction.text = f" {code} "
    paragraph.add_run()._r.append(instruction)
    _field_mark(paragraph, "separate")
    paragraph.add_run("1")  # the cached result, shown until the reader computes the field
    _field_mark(paragraph, "end")


def _field_mark(paragraph: WordParagraph, kind: str) -> None:
    """Append a run holding one field character of `kind` (begin, separate or end)."""
    mark = OxmlElement("w:fldChar")
    mark.set(qn("w:fldCharType"), kind)
    paragraph.add_run()._r.append(mark)


# --- properties and the file --------------------------------------------------------------------

_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    f"<Application>{GENERATOR}</Application><DocSecurity>0</DocSecurity></Properties>"
)


def _properties(word: docx.document.Document, meta: Meta) -> None:
    """Fill the file's metadata from `meta`, fix its times and drop the template's leftovers."""
    when = fixed_time(meta).astimezone(datetime.timezone.utc).replace(tzinfo=None)
    props = word.core_properties
    props.title = _short(meta.title)
    props.subject = _short(meta.subject)
    props.author = _short(meta.author) or GENERATOR
    props.keywords = _short(", ".join(meta.keywords))
    props.language = _short(meta.language)
    props.comments = ""
    props.last_modified_by = GENERATOR
    props.revision = 1
    props.created = props.modified = props.last_printed = when
    package = word.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rid)
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = _APP_XML.encode("utf-8")
    word.settings.element.remove_all("w:savePreviewPicture")


def _carry(word: docx.document.Document, attachments: tuple[Attachment, ...]) -> None:
    """Store each attachment as a part of its own, related from the package, under /brief/NAME.

    Word and LibreOffice keep parts they do not know when they open and save the file; `brief`
    finds them again by the relationship type.
    """
    package = word.part.package
    for attachment in attachments:
        part = Part(PackURI(ATTACHMENT_FOLDER + attachment.name), attachment.mime, attachment.data, package)
        package.relate_to(part, RT_ATTACHMENT)


def _saved(word: docx.document.Document) -> bytes:
    """Return the document as python-docx saves it."""
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _frozen(data: bytes, when: datetime.datetime) -> bytes:
    """Return the zip `data` rewritten with a fixed entry order, fixed timestamps and compression."""
    stamp = max((1980, 1, 1, 0, 0, 0), min(when.timetuple()[:6], (2107, 12, 31, 23, 59, 58)))
    source = zipfile.ZipFile(io.BytesIO(data))
    names = sorted(source.namelist(), key=lambda name: (name != "[Content_Types].xml", name))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name in names:
            entry = zipfile.ZipInfo(name, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 0
            entry.external_attr = 0
            target.writestr(entry, source.read(name), compresslevel=6)
    return buffer.getvalue()


# --- small helpers --------------------------------------------------------------------------------


def _use(paragraph: WordParagraph, word_style: ParagraphStyle) -> WordParagraph:
    """Return `paragraph` set in `word_style` (by id: python-docx's setter scans every style each time).

    A new paragraph's properties are given their style directly: python-docx would first look
    for each of the thirty-odd properties that may follow a style, none of which it has yet."""
    properties = paragraph._p.pPr
    if properties is not None:
        paragraph._p.style = word_style.style_id
        return paragraph
    style = OxmlElement("w:pStyle")
    style.set(qn("w:val"), word_style.style_id)
    paragraph._p.get_or_add_pPr().append(style)
    return paragraph


_RUN_BREAKS = re.compile("[\t\r\n]")  # what python-docx writes as a tab or a break rather than text


def _add_run(paragraph: WordParagraph, text: str) -> Run:
    """Return a new run of `text` (made plain) at the end of `paragraph`, as python-docx's
    `add_run` makes it; a text without tabs and line breaks goes in as one piece, where
    python-docx would look at it a character at a time."""
    text = _plain(text)
    if not text or _RUN_BREAKS.search(text):
        return paragraph.add_run(text)
    run = paragraph.add_run()
    run._r.add_t(text)
    return run


def _plain(text: str) -> str:
    """Return `text` safe to hand to the XML library (the tree is already clean; this guards anyway)."""
    return clean(text)


def _short(text: str) -> str:
    """Return `text` cut to the 255 characters a core property may hold."""
    return _plain(text)[:255]


def _twips(mm: float) -> Twips:
    """Return a length in millimetres as whole twips (Word's page unit), without float drift."""
    return Twips(round(mm * 1440 / 25.4))


def _gap(text: TextStyle) -> int:
    """Return the room in whole points between a paragraph of `text` and a rule round it: its interline."""
    return max(1, round(text.leading - text.size))


def _hex(color: str) -> str:
    """Return "#1B3A5C" as Word writes it: "1B3A5C"."""
    return color.lstrip("#").upper()


def _rgb(color: str) -> RGBColor:
    """Return a #RRGGBB colour as python-docx wants it."""
    return RGBColor.from_string(_hex(color))


def _shading(color: str) -> OxmlElement:
    """Return a solid shading element of `color`."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), _hex(color))
    return shading


def _borders(tag: str, sides: tuple[str, ...], color: str, gap: int, width: float) -> OxmlElement:
    """Return a `tag` element (pBdr, tblBorders) with a line of `color`, `width` points, on each of `sides`.

    `gap` is the room between text and line in points (tables keep their own cell margins).
    """
    borders = OxmlElement(tag)
    for side in sides:
        line = OxmlElement(f"w:{side}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), str(max(2, round(width * EIGHTHS))))
        line.set(qn("w:space"), str(gap))
        line.set(qn("w:color"), _hex(color))
        borders.append(line)
    return borders


def _put(parent, child) -> None:
    """Put `child` into the property element `parent` where the schema orders it, replacing its namesake."""
    order = _ORDER[parent.prefix + ":" + parent.tag.rpartition("}")[2]].split()
    local = child.tag.rpartition("}")[2]
    for old in parent.findall(child.tag):
        parent.remove(old)
    parent.insert_element_before(child, *(f"w:{tag}" for tag in order[order.index(local) + 1 :]))
