"""House styles: `styles/<name>.toml` loaded into one frozen `Style` that both writers read."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from .errors import InputError
from .files import read_regular

# The styles/ folder at the top of a checkout (and of an editable install); an installed brief
# carries it inside the package, as report/styles.
_HERE = Path(__file__).resolve().parent
STYLES_DIR = _HERE.parent / "styles" if (_HERE.parent / "styles").is_dir() else _HERE / "styles"
MAX_STYLE_BYTES = 2**20  # a style is a page of TOML

# Page sizes in millimetres (width, height).
PAGE_SIZES = {"A4": (210.0, 297.0), "LETTER": (215.9, 279.4)}
FACES = ("regular", "bold", "italic", "bold_italic")  # a family's faces, at index bold + 2 × italic
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class FontFamily:
    """A family name and the TrueType file of each of its four faces (embedded in the PDF).

    `office` is the family the DOCX names instead: one that Word and LibreOffice ship, since
    a DOCX does not carry its fonts. It is the family's own name unless the style says otherwise.
    """

    key: str
    name: str
    files: tuple[Path, Path, Path, Path]  # the faces in the order of FACES
    office: str = ""

    def file(self, bold: bool, italic: bool) -> Path:
        """Return the TrueType file of the face that is `bold` and/or `italic`."""
        return self.files[bold + 2 * italic]


@dataclass(frozen=True)
class TextStyle:
    """How one role of text looks. Colours are resolved to #RRGGBB."""

    font: str
    size: float
    leading: float
    color: str
    bold: bool = False
    italic: bool = False
    align: str = "left"
    indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 0.0


@dataclass(frozen=True)
class Banner:
    """Colours of the classification banner for one marking."""

    background: str
    text: str
    border: str = ""


@dataclass(frozen=True)
class Style:
    """Everything a writer needs to know about how the brief looks."""

    name: str
    page_size: str
    page_width: float
    page_height: float
    margin_top: float
    margin_bottom: float
    margin_left: float
    margin_right: float
    fonts: Mapping[str, FontFamily]
    colors: Mapping[str, str]
    chart_colors: tuple[str, ...]
    banners: Mapping[str, Banner]
    texts: Mapping[str, TextStyle]
    header: tuple[str, str]
    footer: tuple[str, str]
    docx_table_style: str
    rule_width: float = 0.5
    banner_border_width: float = 0.8

    def text(self, role: str) -> TextStyle:
        """Return the text style of `role`, or the body style when the style does not name it."""
        return self.texts.get(role) or self.texts["body"]

    def banner(self, classification: str) -> Banner:
        """Return the banner colours for a marking such as "TLP:AMBER" (case-insensitive)."""
        wanted = classification.strip().upper()
        for marking, banner in self.banners.items():
            if marking.upper() == wanted:
                return banner
        return self.banners["default"]

    def font(self, key: str) -> FontFamily:
        """Return the font family a text style names."""
        return self.fonts[key]

    @property
    def frame_width(self) -> float:
        """Width of the text column in millimetres."""
        return self.page_width - self.margin_left - self.margin_right

    def __reduce__(self):
        """Pickle the style with its read-only tables as plain dicts (a style is handed to the
        writers' processes); `_unpickled` makes them read-only again."""
        values = (getattr(self, field.name) for field in fields(self))
        return _unpickled, (tuple(dict(value) if isinstance(value, MappingProxyType) else value for value in values),)


def _unpickled(values: tuple) -> Style:
    """Return the style `Style.__reduce__` pickled as `values`."""
    return Style(*(MappingProxyType(value) if isinstance(value, dict) else value for value in values))


def available() -> list[str]:
    """Return the names of the styles in the styles folder."""
    return sorted(path.stem for path in STYLES_DIR.glob("*.toml"))


def load_style(name_or_path: str) -> Style:
    """Return the style named `name_or_path` (a name in styles/ or a path to a .toml file)."""
    path = Path(name_or_path)
    if path.suffix != ".toml":
        path = STYLES_DIR / f"{name_or_path}.toml"
        if not path.is_file():
            choices = ", ".join(available())
            raise InputError(f"--style: no style named {name_or_path!r} (choose from: {choices})")
    try:
        data = tomllib.loads(read_regular(path, MAX_STYLE_BYTES, "a style file").decode("utf-8"))
    except OSError as err:
        raise InputError(f"{path}: cannot read style: {err.strerror or err}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: not a valid TOML file: {err}") from None
    return _StyleReader(path, data).style()


class _StyleReader:
    """Turns a parsed TOML table into a `Style`, naming the file and key of any bad value."""

    def __init__(self, path: Path, data: dict) -> None:
        self.path = path
        self.data = data

    def fail(self, key: str, message: str) -> InputError:
        return InputError(f"{self.path}: {key}: {message}")

    def get(self, table: dict, key: str, where: str, kind: type | tuple[type, ...]):
        if key not in table:
            raise self.fail(where, "missing")
        value = table[key]
        if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
            raise self.fail(where, f"expected {getattr(kind, '__name__', 'a number')}, got {value!r}")
        return value

    def color(self, value: object, where: str) -> str:
        if not isinstance(value, str) or not _HEX.match(value):
            raise self.fail(where, f"expected a colour like #1B3A5C, got {value!r}")
        return value.upper()

    def style(self) -> Style:
        page = self.data.get("page", {})
        size = str(self.get(page, "size", "page.size", str)).upper()
        if size not in PAGE_SIZES:
            raise self.fail("page.size", f"expected A4 or Letter, got {page['size']!r}")
        width, height = PAGE_SIZES[size]
        colors = self.colors()
        header = self.data.get("header", {})
        footer = self.data.get("footer", {})
        return Style(
            name=str(self.data.get("name", self.path.stem)),
            page_size=size,
            page_width=width,
            page_height=height,
            margin_top=float(self.get(page, "margin_top", "page.margin_top", (int, float))),
            margin_bottom=float(self.get(page, "margin_bottom", "page.margin_bottom", (int, float))),
            margin_left=float(self.get(page, "margin_left", "page.margin_left", (int, float))),
            margin_right=float(self.get(page, "margin_right", "page.margin_right", (int, float))),
            fonts=MappingProxyType(self.fonts()),
            colors=MappingProxyType(colors),
            chart_colors=self.chart_colors(),
            banners=MappingProxyType(self.banners()),
            texts=MappingProxyType(self.texts(colors)),
            header=(str(header.get("left", "")), str(header.get("right", ""))),
            footer=(str(footer.get("left", "")), str(footer.get("right", ""))),
            docx_table_style=str(self.data.get("docx", {}).get("table_style", "Table Grid")),
            rule_width=self.width("width"),
            banner_border_width=self.width("banner"),
        )

    def width(self, key: str) -> float:
        rules = self.data.get("rules", {})
        value = float(self.get(rules, key, f"rules.{key}", (int, float)))
        if not 0 < value <= 6:
            raise self.fail(f"rules.{key}", f"expected a line width in points between 0 and 6, got {value}")
        return value

    def fonts(self) -> dict[str, FontFamily]:
        families = {}
        for key, table in self.data.get("fonts", {}).items():
            files = []
            for face in FACES:
                where = f"fonts.{key}.{face}"
                file = self.path.parent / self.get(table, face, where, str)
                if not file.is_file():
                    raise self.fail(where, f"font file not found: {file}")
                files.append(file)
            name = self.get(table, "name", f"fonts.{key}.name", str)
            office = self.get(table, "office", f"fonts.{key}.office", str) if "office" in table else name
            families[key] = FontFamily(key=key, name=name, files=tuple(files), office=office)
        if not families:
            raise self.fail("fonts", "no font family defined")
        return families

    def colors(self) -> dict[str, str]:
        table = self.data.get("colors", {})
        return {key: self.color(value, f"colors.{key}") for key, value in table.items() if key != "chart"}

    def chart_colors(self) -> tuple[str, ...]:
        values = self.data.get("colors", {}).get("chart", [])
        if not isinstance(values, list) or not values:
            raise self.fail("colors.chart", "expected a list of colours")
        return tuple(self.color(value, "colors.chart") for value in values)

    def banners(self) -> dict[str, Banner]:
        banners = {}
        for marking, table in self.data.get("banner", {}).items():
            where = f"banner.{marking}"
            if not isinstance(table, dict):
                raise self.fail(where, "expected a table with background and text colours")
            banners[marking] = Banner(
                background=self.color(table.get("background"), f"{where}.background"),
                text=self.color(table.get("text"), f"{where}.text"),
                border=self.color(table["border"], f"{where}.border") if "border" in table else "",
            )
        if "default" not in banners:
            raise self.fail("banner.default", "missing")
        return banners

    def texts(self, colors: dict[str, str]) -> dict[str, TextStyle]:
        texts = {}
        fonts = self.data.get("fonts", {})
        for role, table in self.data.get("text", {}).items():
            where = f"text.{role}"
            font = self.get(table, "font", f"{where}.font", str)
            if font not in fonts:
                raise self.fail(f"{where}.font", f"no font family {font!r} in [fonts]")
            color = table.get("color", "text")
            color = colors.get(color) or self.color(color, f"{where}.color")
            align = table.get("align", "left")
            if align not in ("left", "center", "right", "justify"):
                raise self.fail(f"{where}.align", f"expected left, center, right or justify, got {align!r}")
            size = float(self.get(table, "size", f"{where}.size", (int, float)))
            texts[role] = TextStyle(
                font=font,
                size=size,
                leading=float(table.get("leading", size * 1.3)),
                color=color,
                bold=bool(table.get("bold", False)),
                italic=bool(table.get("italic", False)),
                align=align,
                indent=float(table.get("indent", 0)),
                space_before=float(table.get("space_before", 0)),
                space_after=float(table.get("space_after", 0)),
            )
        if "body" not in texts:
            raise self.fail("text.body", "missing")
        return texts


def fill(template: str, fields: Mapping[str, str]) -> str:
    """Return a header/footer template with its {field}s replaced; unknown fields stay as written."""
    return re.sub(r"\{(\w+)\}", lambda m: str(fields.get(m.group(1), m.group(0))), template)
