"""The PDF writer: a `Document` drawn with reportlab's platypus in the house `Style`.

Text in the tree is plain text. Every string is escaped before any markup of ours is added, so
a source that says <img src=...> or <a href="javascript:..."> is printed, never obeyed. Looks
(fonts, sizes, colours, page, margins) all come from the `Style`; what is left here is the
geometry the Style does not carry, named below.
"""

from __future__ import annotations

import contextlib
import datetime
import io
import os
import urllib.parse
from collections.abc import Iterator
from typing import assert_never
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDate, PDFDictionary, PDFName, PDFStream, PDFString, PDFZCompress
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, PageTemplate, Spacer
from reportlab.platypus.doctemplate import IndexingFlowable
from reportlab.platypus import Paragraph as PlatypusParagraph
from reportlab.platypus import Table as Grid

from ..doctree import (EPOCH_VARIABLE, anchors, Attachment, Block, Chart, Document, Inlines, Items, Link, Meta,
                       Paragraph, Section, Table, fixed_time, render_inlines)
from ..style import Style, TextStyle, fill
from . import charts, fonts

CREATOR = "brief"
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})  # the only external links made clickable
BULLET = "\u2022"

# Geometry the Style does not carry: line weights in points, the rest in sizes of the text concerned.
CELL_PADDING_EMS = 0.45    # table cell padding
BANNER_PADDING_EMS = 0.5   # banner padding
BULLET_INDENT_EMS = 1.3    # how far list text sits right of its bullet
RUNNING_OFFSET = 1.8       # header baseline above / footer baseline below the text frame, in leadings
HEADING_ROOM_LINES = 4     # body lines that must fit under a heading, or it starts the next page
RULE_DROP = 0.5            # header rule below the header baseline, in leadings

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


def ready(style: Style) -> None:
    """Read every face of `style`'s fonts, before the document to draw is known."""
    fonts.register(style)


def render(document: Document, style: Style) -> bytes:
    """Return `document` as the bytes of a PDF file in `style`; equal input gives equal bytes."""
    fonts.register(style, document)
    out = io.BytesIO()
    pages = _PageCount()
    template = _Template(out, document.meta, style, pages)
    story = _Story(document, style, template.width, template.height).flowables()
    with _epoch_hidden_from_reportlab():
        template.multiBuild([*story, pages])
    return out.getvalue()


@contextlib.contextmanager
def _epoch_hidden_from_reportlab() -> Iterator[None]:
    """Hide SOURCE_DATE_EPOCH from reportlab while the body of the `with` runs.

    reportlab reads the variable itself and crashes on a value it cannot use; this writer
    stamps the file with `fixed_time` instead, which is where the variable is read and checked.
    """
    value = os.environ.pop(EPOCH_VARIABLE, None)
    try:
        yield
    finally:
        if value is not None:
            os.environ[EPOCH_VARIABLE] = value


# --- text and inline markup ---------------------------------------------------------------------


class Para(PlatypusParagraph):
    """A paragraph that breaks its text into lines once for each width it is given.

    reportlab breaks the lines again on every wrap, and a brief is laid out twice (the footer's
    page count is known only after the first layout) with each table cell wrapped more than once.
    The lines depend on the text, its style and the width alone, all fixed once it is made."""

    def breakLines(self, width):
        key = tuple(width) if isinstance(width, (list, tuple)) else width
        broken = self.__dict__.setdefault("_broken", {})
        if key not in broken:
            broken[key] = super().breakLines(width)
        return broken[key]


def _escape(text: str) -> str:
    """Return plain `text` as paragraph markup that prints exactly those characters."""
    return escape(text).replace("\n", "<br/>")


def _styled(markup: str, bold: bool, italic: bool) -> str:
    """Return `markup` wrapped in <b> and/or <i>."""
    if bold:
        markup = f"<b>{markup}</b>"
    if italic:
        markup = f"<i>{markup}</i>"
    return markup


def _scheme(url: str) -> str:
    """Return the lower-case scheme of `url`, or "" when it has none or cannot be parsed."""
    try:
        return urllib.parse.urlsplit(url).scheme.lower()
    except ValueError:
        return ""


def paragraph_style(style: Style, role: str, **changes) -> ParagraphStyle:
    """Return the reportlab paragraph style of text `role`, with `changes` on top."""
    text = style.text(role)
    face = fonts.face_name(style, text.font, text.bold, text.italic)
    values = dict(fontName=face, fontSize=text.size, leading=text.leading, textColor=HexColor(text.color),
                  alignment=_ALIGN[text.align], leftIndent=text.indent, spaceBefore=text.space_before,
                  spaceAfter=text.space_after, bulletFontName=face, bulletFontSize=text.size,
                  splitLongWords=1)
    return ParagraphStyle(role, **(values | changes))


class _Story:
    """Turns the blocks of a document into platypus flowables, one method per node type."""

    def __init__(self, document: Document, style: Style, width: float, height: float) -> None:
        self.document = document
        self.style = style
        self.width = width
        self.height = height
        self.anchors = anchors(document)
        self.headings = 0

    def flowables(self) -> list[Flowable]:
        """Return the flowables of the whole document."""
        return self.blocks(self.document.children, 1)

    def blocks(self, blocks: tuple[Block, ...], depth: int) -> list[Flowable]:
        return [flowable for block in blocks for flowable in self.block(block, depth)]

    def block(self, block: Block, depth: int) -> list[Flowable]:
        """Return the flowables of one block at section nesting `depth`."""
        match block:
            case Section():
                return self.section(block, depth)
            case Paragraph(role="banner"):
                return [self.banner(block)]
            case Paragraph():
                return [Para(self.markup(block.content), paragraph_style(self.style, block.role))]
            case Items():
                return self.items(block)
            case Table():
                return self.table(block)
            case Chart():
                return self.chart(block)
            case _:
                assert_never(block)

    # inlines

    def markup(self, content: Inlines) -> str:
        """Return `content` as paragraph markup: escaped text plus our own tags."""
        return render_inlines(content, lambda node: _styled(_escape(node.text), node.bold, node.italic), self.link,
                              lambda anchor: f"<a name={quoteattr(anchor.name)}/>")

    def link(self, link: Link) -> str:
        """Return a link as a clickable <a> when its target is safe to follow, else as plain text.

        Internal links (citations) must land on an anchor that exists; external ones must be
        http, https or mailto, so a javascript: or file: target is only ever printed.
        """
        text = _escape(link.text)
        if link.role == "cite" or not link.external:
            href = "#" + link.target if link.target in self.anchors else ""
        else:
            href = link.target if _scheme(link.target) in SAFE_SCHEMES else ""
        if not href:
            return text
        return f"<a href={quoteattr(href)} color={quoteattr(self.style.colors['link'])}>{text}</a>"

    # blocks

    def section(self, section: Section, depth: int) -> list[Flowable]:
        """Return the heading (with its bookmark and anchor) followed by the section's blocks."""
        self.headings += 1
        anchor = f"<a name={quoteattr(section.anchor)}/>" if section.anchor else ""
        role = fonts.heading_role(depth)
        pstyle = paragraph_style(self.style, role)
        heading = _Heading(anchor + _escape(section.title), pstyle, title=section.title, level=depth - 1,
                           key=f"outline.{self.headings}")
        return [self.room_for(role), heading, *self.blocks(section.children, depth + 1)]

    def room_for(self, role: str) -> Flowable:
        """Return a conditional page break: a heading starts a new page unless a few lines fit under it.

        Keeping the heading together with the whole next block instead would push a long table
        to the next page and leave most of a page empty.
        """
        heading, body = self.style.text(role), self.style.text("body")
        return CondPageBreak(heading.space_before + heading.leading + heading.space_after
                             + HEADING_ROOM_LINES * body.leading)

    def banner(self, paragraph: Paragraph) -> Flowable:
        """Return the classification banner: a full-width box in the colours of the document's marking."""
        colours = self.style.banner(self.document.meta.classification)
        text = self.style.text("banner")
        cell = Para(self.markup(paragraph.content),
                    paragraph_style(self.style, "banner", textColor=HexColor(colours.text), spaceBefore=0,
                                    spaceAfter=0, leftIndent=0))
        padding = text.size * BANNER_PADDING_EMS
        commands = [("BACKGROUND", (0, 0), (-1, -1), HexColor(colours.background)), *_padding(padding),
                    _font_command(self.style, "banner")]
        if colours.border:
            commands.append(("BOX", (0, 0), (-1, -1), self.style.banner_border_width, HexColor(colours.border)))
        return Grid([[cell]], colWidths=[self.width], style=commands, hAlign="LEFT", splitInRow=1,
                    spaceBefore=text.space_before, spaceAfter=text.space_after)

    def items(self, items: Items) -> list[Flowable]:
        """Return one bulleted paragraph per item."""
        text = self.style.text(items.role)
        pstyle = paragraph_style(self.style, items.role, bulletIndent=text.indent,
                                 leftIndent=text.indent + text.size * BULLET_INDENT_EMS)
        return [Para(self.markup(item), pstyle, bulletText=BULLET) for item in items.items]

    def table(self, table: Table) -> list[Flowable]:
        """Return the table (header repeated on every page, rows free to split) and its caption.

        A table without rows says nothing and is left out.
        """
        if not table.rows:
            return []
        columns = max(len(table.header), *(len(row) for row in table.rows))
        head_style = paragraph_style(self.style, "table_header", spaceBefore=0, spaceAfter=0, leftIndent=0)
        cell_style = paragraph_style(self.style, "table", spaceBefore=0, spaceAfter=0, leftIndent=0)
        rows = [[Para(self.markup(cell), cell_style) for cell in row] for row in table.rows]
        if table.header:
            rows.insert(0, [Para(_escape(text), head_style) for text in table.header])
        rows = [row + [Para("", cell_style)] * (columns - len(row)) for row in rows]
        widths = _column_widths(table.widths, columns, self.width)
        grid = Grid(rows, colWidths=widths, repeatRows=1 if table.header else 0,
                    splitInRow=int(self.taller_than_page(rows, widths)), hAlign="LEFT",
                    style=self.table_commands(bool(table.header)), spaceBefore=self.style.text("body").space_after,
                    spaceAfter=self.style.text("body").space_after)
        return [grid, *self.caption(table.caption)]

    def taller_than_page(self, rows: list[list[Para]], widths: list[float]) -> bool:
        """Return True when some row cannot fit on a page and must be split inside itself.

        Rows are split inside only then: reportlab splitting a row that would fit on the next
        page draws the header row twice on one page.
        """
        padding = 2 * self.style.text("table").size * CELL_PADDING_EMS
        room = self.height / 2  # the header row and the page's first lines take the rest
        return any(cell.wrap(width - padding, room)[1] + padding > room
                   for row in rows for cell, width in zip(row, widths))

    def table_commands(self, has_header: bool) -> list[tuple]:
        """Return the TableStyle commands: header fill, striped body, grid, padding."""
        colors = self.style.colors
        first = 1 if has_header else 0
        commands = [
            ("ROWBACKGROUNDS", (0, first), (-1, -1), [None, HexColor(colors["table_stripe"])]),
            ("GRID", (0, 0), (-1, -1), self.style.rule_width, HexColor(colors["rule"])),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *_padding(self.style.text("table").size * CELL_PADDING_EMS),
            _font_command(self.style, "table"),
        ]
        if has_header:
            commands.insert(0, ("BACKGROUND", (0, 0), (-1, 0), HexColor(colors["table_header_bg"])))
        return commands

    def caption(self, caption: str) -> list[Flowable]:
        return [Para(_escape(caption), paragraph_style(self.style, "caption"))] if caption else []

    def chart(self, chart: Chart) -> list[Flowable]:
        """Return the chart's drawings, the last kept on a page with the chart's sentence.

        A chart taller than a page comes as several drawings on one scale; a drawing that still
        does not fit (one enormous label) is scaled down rather than lost.
        """
        pictures = charts.drawings(chart, self.style, self.width, self.height)
        for picture in pictures:
            picture.hAlign = "LEFT"
            picture.renderScale = min(1.0, self.height / picture.height)
        gap = Spacer(self.width, 0)  # space above the chart that, like spaceBefore, a new page drops
        gap.spaceBefore = self.style.text("body").space_after
        return [gap, *pictures[:-1], KeepTogether([pictures[-1], *self.caption(chart.text)])]


def _font_command(style: Style, role: str) -> tuple:
    """Return the TableStyle command that gives every cell the face of `role`.

    Cells hold paragraphs with their own fonts; this keeps the table from naming reportlab's
    default font (Helvetica) in the PDF, unembedded.
    """
    text = style.text(role)
    return ("FONT", (0, 0), (-1, -1), fonts.face_name(style, text.font, text.bold, text.italic), text.size, text.leading)


def _padding(points: float) -> list[tuple]:
    """Return the TableStyle commands that pad every cell by `points`."""
    return [(side, (0, 0), (-1, -1), points) for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]


def _column_widths(relative: tuple[float, ...], columns: int, width: float) -> list[float]:
    """Return column widths in points: `relative` scaled to `width`, or equal shares if unusable."""
    if len(relative) != columns or not all(w > 0 for w in relative) or sum(relative) == float("inf"):
        relative = (1.0,) * columns
    total = sum(relative)
    return [width * w / total for w in relative]


# --- flowables of our own -----------------------------------------------------------------------


class _Heading(Para):
    """A section heading that leaves a bookmark (outline entry) where it is drawn."""

    def __init__(self, markup: str, pstyle: ParagraphStyle, title: str, level: int, key: str) -> None:
        super().__init__(markup, pstyle)
        self.outline = (" ".join(title.split()), level, key)

    def draw(self) -> None:
        title, level, key = self.outline
        self.canv.bookmarkHorizontal(key, 0, self.height)
        self.canv.addOutlineEntry(title, key, level)
        super().draw()


class _PageCount(IndexingFlowable):
    """An invisible mark at the end of the story that learns how many pages there are.

    As an "indexing" flowable it makes multiBuild run again until the count the footer printed
    is the count the document has; one extra pass, since the footer never moves the text.
    """

    def __init__(self) -> None:
        super().__init__()
        self.pages = 0
        self.printed = -1

    def beforeBuild(self) -> None:
        self.printed = self.pages

    def isSatisfied(self) -> bool:
        return self.printed == self.pages

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages = self.canv.getPageNumber()


# --- the page ------------------------------------------------------------------------------------


class _Template(BaseDocTemplate):
    """One page template: the text frame inside the style's margins, a running header and footer."""

    def __init__(self, out: io.BytesIO, meta: Meta, style: Style, pages: _PageCount) -> None:
        self.meta = meta
        self.house = style
        self.pages = pages
        super().__init__(
            out, pagesize=(style.page_width * mm, style.page_height * mm),
            leftMargin=style.margin_left * mm, rightMargin=style.margin_right * mm,
            topMargin=style.margin_top * mm, bottomMargin=style.margin_bottom * mm,
            title=meta.title, author=meta.author, subject=meta.subject or meta.subtitle,
            keywords=list(meta.keywords), creator=CREATOR, lang=meta.language, displayDocTitle=True,
            initialFontName=_body_face(style),
            invariant=1,
        )
        self.moment = fixed_time(meta)  # read here: reportlab must not see SOURCE_DATE_EPOCH while it builds
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="text",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.decorate)])

    def beforeDocument(self) -> None:
        # reportlab stamps 2000-01-01 in invariant mode; the document's own fixed time is better.
        # Its pdfdoc offers no setter, so the time stamp object is replaced before anything is written.
        stamp = _time_stamp(self.moment)
        self.canv._doc._timeStamp = stamp
        self.canv.showOutline()
        if self.meta.attachments:
            self.canv._doc.Catalog.Names = _embedded_files(self.canv._doc, self.meta.attachments, stamp)

    def decorate(self, canvas, doc) -> None:
        """Draw the running header, its rule and the running footer on the current page."""
        meta = self.meta
        fields = {"title": meta.title, "classification": meta.classification, "date": meta.date,
                  "author": meta.author, "page": str(canvas.getPageNumber()), "pages": str(self.pages.pages)}
        header, footer = self.house.text("header"), self.house.text("footer")
        top = self.bottomMargin + self.height
        header_y = top + header.leading * RUNNING_OFFSET
        canvas.saveState()
        self.running_line(canvas, header, self.house.header, fields, header_y)
        self.running_line(canvas, footer, self.house.footer, fields, self.bottomMargin - footer.leading * RUNNING_OFFSET)
        rule_y = header_y - header.leading * RULE_DROP
        canvas.setStrokeColor(HexColor(self.house.colors["rule"]))
        canvas.setLineWidth(self.house.rule_width)
        canvas.line(self.leftMargin, rule_y, self.leftMargin + self.width, rule_y)
        canvas.restoreState()

    def running_line(self, canvas, text: TextStyle, templates: tuple[str, str], fields: dict, y: float) -> None:
        """Draw the left and right parts of a header or footer at baseline `y`; the left gives way."""
        face = fonts.face_name(self.house, text.font, text.bold, text.italic)
        left, right = (" ".join(fill(template, fields).split()) for template in templates)
        right_width = stringWidth(right, face, text.size)
        room = self.width - right_width - (text.size if right else 0)
        canvas.setFont(face, text.size)
        canvas.setFillColor(HexColor(text.color))
        canvas.drawString(self.leftMargin, y, _fit(left, face, text.size, room))
        canvas.drawRightString(self.leftMargin + self.width, y, right)


def _fit(text: str, face: str, size: float, room: float) -> str:
    """Return `text`, cut short with an ellipsis if it is wider than `room` points."""
    if stringWidth(text, face, size) <= room:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with its ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "\u2026", face, size) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "\u2026" if low else ""


def _embedded_files(pdf, attachments: tuple[Attachment, ...], stamp: TimeStamp) -> PDFDictionary:
    """Return the catalog's name dictionary that embeds each attachment as a file (PDF 1.7, 7.11.4).

    Any PDF reader lists these files; `brief` reads the outline back from them. The stream is
    compressed and dated with the document's fixed time, so equal input still gives equal bytes.
    """
    names: list = []
    for attachment in sorted(attachments, key=lambda a: a.name):
        stream = PDFStream(PDFDictionary({
            "Type": PDFName("EmbeddedFile"),
            "Subtype": _pdf_name(attachment.mime),
            "Params": PDFDictionary({"Size": len(attachment.data), "ModDate": PDFDate(stamp)}),
        }), attachment.data, filters=[PDFZCompress])
        spec = PDFDictionary({
            "Type": PDFName("Filespec"), "F": PDFString(attachment.name), "UF": PDFString(attachment.name),
            "Desc": PDFString(attachment.description), "EF": PDFDictionary({"F": pdf.Reference(stream)}),
        })
        names += [PDFString(attachment.name), spec]
    return PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": PDFArray(names)})})


def _pdf_name(text: str) -> str:
    """Return `text` as a PDF name; reportlab's PDFName leaves "/" bare, which would end the name."""
    return "/" + PDFName(text)[1:].replace("/", "#2F")


def _time_stamp(moment: datetime.datetime) -> TimeStamp:
    """Return a reportlab TimeStamp that says `moment` in UTC."""
    stamp = TimeStamp(invariant=1)
    utc = moment.astimezone(datetime.timezone.utc)
    stamp.t = utc.timestamp()
    stamp.lt = utc.timetuple()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


def _body_face(style: Style) -> str:
    """Return the regular face of the body text (the canvas's initial font, so no standard font is listed)."""
    return fonts.face_name(style, style.text("body").font, False, False)
