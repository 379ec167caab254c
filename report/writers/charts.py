"""Horizontal bar charts drawn from a `Chart` node: a vector Drawing for the PDF, a PNG for the DOCX.

Both come from the same Drawing, so the two formats show the same chart. Every bar carries its
value in words ("67 M EUR") beside it, so the chart reads in black and white and when the bars
differ by orders of magnitude.
"""

from __future__ import annotations

import io
import math

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..doctree import Chart
from ..style import Style, TextStyle
from . import fonts

# Geometry the Style does not carry, as shares of the width or of the label text's leading.
LABEL_SHARE = 0.34   # the label column's share of the chart width
BAR_LEADINGS = 1.1   # bar thickness in label leadings
GAP_LEADINGS = 0.45  # space between rows, and around values, in label leadings
MIN_BAR = 1.0        # points: a positive value too small to see still shows a sliver
_CAP_SHARE = 0.35    # half a capital letter's height in font sizes: centres a line of text on a point

# Scales for readable amounts, largest first: 380e9 -> "380 bn".
_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "M"), (1e3, "k"))


def amount_label(value: float, unit: str = "") -> str:
    """Return `value` as a short readable amount with `unit`: 67e6 -> "67 M EUR", 1.5e9 -> "1.5 bn EUR"."""
    if not math.isfinite(value):
        return "n/a"
    number, suffix = abs(value), ""
    for scale, name in _SCALES:
        if number >= scale * 0.9995:  # so 999.96e6 reads "1 bn", not "1e+03 M"
            number, suffix = number / scale, name
            break
    digits = f"{number:,.0f}" if number >= 100 else f"{number:.3g}"
    sign = "-" if value < 0 and digits.strip("0.,") else ""
    return " ".join(part for part in (sign + digits, suffix, unit) if part)


def drawing(chart: Chart, style: Style, width: float) -> Drawing:
    """Return `chart` as a horizontal bar chart `width` points wide, its height as the rows need."""
    return drawings(chart, style, width, math.inf)[0]


def drawings(chart: Chart, style: Style, width: float, max_height: float) -> list[Drawing]:
    """Return `chart` as drawings no taller than `max_height`, so a long chart can run over pages.

    The rows keep their order and one scale throughout; the title heads the first drawing.
    """
    fonts.register_families(style)  # the faces it draws in are parsed as `face` names them
    return _Layout(chart, style, width).drawings(max_height)


def png(chart: Chart, style: Style, width: float, dpi: int = 200) -> bytes:
    """Return `chart` drawn `width` points wide as PNG bytes at `dpi` dots per inch."""
    import pypdfium2  # only a DOCX with a chart needs a rasteriser: keep it off every other run's start-up
    from reportlab.graphics import renderPDF

    pdf = renderPDF.drawToString(drawing(chart, style, width))
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=dpi / 72).to_pil()
    finally:
        document.close()
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()


class _Layout:
    """Places the title, one row per label (label, bar, value) and the baseline, top to bottom."""

    def __init__(self, chart: Chart, style: Style, width: float) -> None:
        self.chart = chart
        self.style = style
        self.width = width
        self.label = style.text(fonts.chart_label_role(style))
        self.title = style.text(fonts.chart_title_role(style))
        self.label_face = self.face(self.label)
        self.title_face = self.face(self.title, bold=True)
        self.gap = self.label.leading * GAP_LEADINGS
        self.rows = list(zip(chart.labels, chart.values))
        self.values = [amount_label(value, chart.unit) for _, value in self.rows]
        self.title_lines = simpleSplit(chart.title, self.title_face, self.title.size, width) if chart.title else []
        self.lines = [self.row_lines(label) for label, _ in self.rows]
        bar = self.label.leading * BAR_LEADINGS
        self.heights = [max(len(lines) * self.label.leading, bar) for lines in self.lines]
        # The longest a bar may be: the width left once the widest value label fits beside it.
        widest = max((stringWidth(v, self.label_face, self.label.size) for v in self.values), default=0)
        self.bar_room = max(width - self.bar_left - widest - self.gap, 0)
        self.largest = max((v for _, v in self.rows if math.isfinite(v) and v > 0), default=1.0)

    def face(self, text: TextStyle, bold: bool = False) -> str:
        """Return the registered face of `text`, bold on top when asked."""
        return fonts.face_name(self.style, text.font, text.bold or bold, text.italic)

    def drawings(self, max_height: float) -> list[Drawing]:
        """Return the chart in drawings no taller than `max_height` (a single row may be); title first."""
        return [self.draw(rows, titled=number == 0) for number, rows in enumerate(self.groups(max_height))]

    def groups(self, max_height: float) -> list[list[int]]:
        """Return the row numbers of each drawing: as many rows, in order, as fit `max_height`."""
        groups, used = [[]], self.title_height(titled=True) + self.gap
        for index, height in enumerate(self.heights):
            if groups[-1] and used + height + self.gap > max_height:
                groups.append([])
                used = self.gap
            groups[-1].append(index)
            used += height + self.gap
        return groups

    def title_height(self, titled: bool) -> float:
        return len(self.title_lines) * self.title.leading + self.gap if titled and self.title_lines else 0

    def draw(self, rows: list[int], titled: bool) -> Drawing:
        """Return one Drawing of the title (when `titled`) and the rows numbered in `rows`."""
        title_height = self.title_height(titled)
        height = title_height + sum(self.heights[index] for index in rows) + self.gap * (len(rows) + 1)
        shapes = Drawing(self.width, height, initialFontName=self.label_face, initialFontSize=self.label.size)
        if titled:
            self.draw_title(shapes, self.title_lines, height)
        top = height - title_height - self.gap
        for index in rows:
            self.draw_row(shapes, index, self.lines[index], top, self.heights[index])
            top -= self.heights[index] + self.gap
        if rows:
            self.draw_baseline(shapes, height - title_height, top + self.gap)
        return shapes

    def row_lines(self, label: str) -> list[str]:
        """Return `label` broken into lines that fit the label column."""
        return simpleSplit(label, self.label_face, self.label.size, self.label_width) or [""]

    @property
    def label_width(self) -> float:
        return self.width * LABEL_SHARE

    @property
    def bar_left(self) -> float:
        return self.label_width + self.gap

    def bar_length(self, value: float) -> float:
        """Return the bar length of `value` on a linear scale from zero to the largest value."""
        if not math.isfinite(value) or value <= 0:
            return 0.0
        return max(self.bar_room * value / self.largest, MIN_BAR)

    def draw_title(self, shapes: Drawing, lines: list[str], height: float) -> None:
        color = HexColor(self.title.color)
        for number, line in enumerate(lines):
            y = height - self.title.size - number * self.title.leading
            shapes.add(String(0, y, line, fontName=self.title_face, fontSize=self.title.size, fillColor=color))

    def draw_row(self, shapes: Drawing, index: int, lines: list[str], top: float, row_height: float) -> None:
        """Draw one row whose top edge is at `top`: label lines right-aligned, bar, value."""
        size, leading = self.label.size, self.label.leading
        color = HexColor(self.label.color)
        middle = top - row_height / 2
        first = middle + (len(lines) - 1) * leading / 2 - size * _CAP_SHARE
        for number, line in enumerate(lines):
            shapes.add(String(self.label_width, first - number * leading, line, textAnchor="end",
                              fontName=self.label_face, fontSize=size, fillColor=color))
        bar = leading * BAR_LEADINGS
        length = self.bar_length(self.rows[index][1])
        fill = HexColor(self.style.chart_colors[index % len(self.style.chart_colors)])
        shapes.add(Rect(self.bar_left, middle - bar / 2, length, bar, fillColor=fill, strokeColor=None))
        shapes.add(String(self.bar_left + length + self.gap, middle - size * _CAP_SHARE, self.values[index],
                          fontName=self.label_face, fontSize=size, fillColor=color))

    def draw_baseline(self, shapes: Drawing, top: float, bottom: float) -> None:
        """Draw the zero line the bars grow from."""
        shapes.add(Line(self.bar_left, top, self.bar_left, bottom - self.gap,
                        strokeColor=HexColor(self.style.colors["rule"]), strokeWidth=self.style.rule_width))
