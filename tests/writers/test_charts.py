"""Bar charts: readable amounts, the vector drawing and its PNG."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from reportlab.graphics.shapes import Rect, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from report.doctree import Chart
from report.style import load_style
from report.writers import charts

CHART = Chart("Amounts in EUR", ("500 million Danish kroner", "$411 billion", "A third amount"),
              (67e6, 380e9, 95e9), "EUR", "three amounts")


@pytest.fixture(scope="module")
def default():
    return load_style("default")


def shapes(drawing, kind):
    return [shape for shape in drawing.getContents() if isinstance(shape, kind)]


@pytest.mark.parametrize("value, label", [
    (67e6, "67 M EUR"), (380e9, "380 bn EUR"), (1.5e9, "1.5 bn EUR"), (411.2e9, "411 bn EUR"),
    (999.96e6, "1 bn EUR"), (2.5e12, "2.5 tn EUR"), (12_500, "12.5 k EUR"), (500, "500 EUR"),
    (0, "0 EUR"), (-5e6, "-5 M EUR"), (float("nan"), "n/a"),
])
def test_amounts_read_as_short_numbers_with_their_unit(value, label):
    assert charts.amount_label(value, "EUR") == label


def test_every_bar_carries_its_label_and_value_as_text(default):
    texts = [shape.text for shape in shapes(charts.drawing(CHART, default, 450), String)]
    assert "Amounts in EUR" in texts
    for label in CHART.labels:
        assert label in texts
    assert {"67 M EUR", "380 bn EUR", "95 bn EUR"} <= set(texts)


def test_bars_are_as_long_as_their_values_and_coloured_from_the_style(default):
    bars = shapes(charts.drawing(CHART, default, 450), Rect)
    assert len(bars) == 3
    assert bars[1].width > bars[2].width > bars[0].width > 0
    assert bars[2].width / bars[1].width == pytest.approx(95 / 380, rel=0.01)
    expected = [HexColor(c) for c in default.chart_colors[:3]]
    assert [bar.fillColor for bar in bars] == expected


def test_drawing_fits_the_width_and_uses_the_styles_faces(default):
    drawing = charts.drawing(CHART, default, 300)
    assert drawing.width == 300
    for shape in shapes(drawing, String):
        assert shape.fontName.startswith("DejaVuSans")
    for shape in shapes(drawing, (String, Rect)):
        right = shape.x + getattr(shape, "width", 0)
        if isinstance(shape, String) and shape.textAnchor == "start":
            right += stringWidth(shape.text, shape.fontName, shape.fontSize)
        assert right <= 300 + 0.01, shape


def test_long_labels_wrap_and_make_the_chart_taller(default):
    short = charts.drawing(Chart("", ("a",), (1.0,), "", ""), default, 300)
    long = charts.drawing(Chart("", ("a label long enough to need three lines in the column " * 2,), (1.0,), "", ""),
                          default, 300)
    assert long.height > short.height


def test_odd_charts_do_not_crash(default):
    for chart in (Chart("", (), (), "", ""), Chart("t", ("a", "b"), (0.0, -3.0), "", ""),
                  Chart("t", ("a", "b"), (float("inf"), float("nan")), "x", ""), Chart("t", ("a", "b"), (1.0,), "", "")):
        assert charts.drawing(chart, default, 200).width == 200


def test_a_long_chart_comes_in_page_sized_drawings_on_one_scale(default):
    chart = Chart("Many", tuple(f"label {n}" for n in range(200)), tuple(float(n % 7) for n in range(200)), "", "")
    parts = charts.drawings(chart, default, 400, 600)
    assert len(parts) > 2 and all(part.height <= 600 for part in parts)
    labels = [shape.text for part in parts for shape in shapes(part, String) if shape.textAnchor == "end"]
    assert labels == list(chart.labels)
    widths = {round(bar.width, 6) for part in parts for bar in shapes(part, Rect) if bar.width > charts.MIN_BAR}
    assert len(widths) == 6  # the values 1..6, drawn to one scale in every part
    assert [s.text for s in shapes(parts[0], String)][0] == "Many"
    assert "Many" not in [s.text for s in shapes(parts[1], String)]


def test_png_is_the_drawing_at_the_requested_resolution(default):
    data = charts.png(CHART, default, 360, dpi=100)
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    assert image.width == pytest.approx(500, abs=1)
    assert image.getpixel((0, image.height - 1))[:3] == (255, 255, 255)
    assert charts.png(CHART, default, 360, dpi=100) == data


def test_png_shows_the_bar_colour(default):
    image = Image.open(io.BytesIO(charts.png(CHART, default, 360, dpi=72))).convert("RGB")
    bar = HexColor(default.chart_colors[1])
    wanted = tuple(round(c * 255) for c in bar.rgb())
    assert wanted in {color for _, color in image.getcolors(maxcolors=1 << 20)}

