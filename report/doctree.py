"""The format-neutral document tree every writer draws.

A small fixed set of frozen node types; what a node means rides on its `role`. A new role costs
nothing (writers fall back to the body style), a new node type costs every writer. Text in the
tree is plain text: writers escape it for their format. Cross-references are already resolved:
a citation is a `Link` to an `Anchor` that compose placed in the source list.

Imports nothing from the project.
"""

from __future__ import annotations

import datetime
import os
import re
import unicodedata
from dataclasses import dataclass, field
from collections.abc import Callable
from typing import Union, assert_never

# Characters XML 1.0 cannot hold (C0 controls but tab and newline, U+FFFE/U+FFFF), C1 controls
# (never meant as text; usually debris of a wrong decoding), and the direction controls and marks
# that make Word and PDF readers show text in another order than it is ("invoice\u202efdp.exe"),
# dropped as the corpus reader drops them from sources.
_UNFIT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    """Return `text` fit for any writer: NFC, no control characters, no lone surrogates.

    Line breaks become "\n" and tabs a space; lone surrogates become U+FFFD so that a reader sees
    that something was there.
    """
    text = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _SURROGATE.sub("\ufffd", text)
    return unicodedata.normalize("NFC", _UNFIT.sub("", text))


def _clean_fields(node: object, *names: str) -> None:
    for name in names:
        object.__setattr__(node, name, clean(getattr(node, name)))


# --- inline nodes -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """A run of plain text, optionally bold and/or italic."""

    text: str
    bold: bool = False
    italic: bool = False

    def __post_init__(self) -> None:
        _clean_fields(self, "text")


@dataclass(frozen=True)
class Link:
    """A run that points somewhere: an `Anchor` name when internal, a URL when external."""

    text: str
    target: str
    external: bool = False
    role: str = "link"  # "cite" for numbered citation markers

    def __post_init__(self) -> None:
        _clean_fields(self, "text", "target")


@dataclass(frozen=True)
class Anchor:
    """An invisible target that internal links point to."""

    name: str


Inline = Union[Text, Link, Anchor]
Inlines = tuple[Inline, ...]


# --- block nodes --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of inlines; `role` names its text style (body, quote, banner, title, ...)."""

    content: Inlines
    role: str = "body"


@dataclass(frozen=True)
class Items:
    """A bulleted list; each item is a run of inlines."""

    items: tuple[Inlines, ...]
    role: str = "items"


@dataclass(frozen=True)
class Table:
    """A table with one header row; `widths` are relative column widths (they need not sum to 1)."""

    header: tuple[str, ...]
    rows: tuple[tuple[Inlines, ...], ...]
    widths: tuple[float, ...]
    role: str = "table"
    caption: str = ""

    def __post_init__(self) -> None:
        _clean_fields(self, "caption")
        object.__setattr__(self, "header", tuple(clean(h) for h in self.header))


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart of labelled values, drawn by both writers from the same data.

    `text` is the chart's content as one plain sentence (its alternative text), so a reader of
    either format, and a reader who cannot see the picture, gets the same information.
    """

    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    unit: str
    text: str
    role: str = "chart"

    def __post_init__(self) -> None:
        _clean_fields(self, "title", "unit", "text")
        object.__setattr__(self, "labels", tuple(clean(label) for label in self.labels))


@dataclass(frozen=True)
class Section:
    """A titled part of the document; its heading level is its nesting depth (1 at the top)."""

    title: str
    children: tuple["Block", ...]
    role: str = "section"
    anchor: str = ""

    def __post_init__(self) -> None:
        _clean_fields(self, "title")


Block = Union[Paragraph, Items, Table, Chart, Section]


@dataclass(frozen=True)
class Attachment:
    """A file the document carries inside itself, such as the outline it was rendered from.

    Writers that can hold files store `data` under `name` unchanged; the others leave it out.
    """

    name: str
    data: bytes
    mime: str
    description: str = ""


@dataclass(frozen=True)
class Meta:
    """What the document says about itself: file metadata, running header and footer.

    Writers store the title, author, subject and date in the file's own properties, and the
    running header and footer of the style draw their fields ({title}, {date} …) from here.
    """

    title: str
    subtitle: str = ""
    author: str = ""
    date: str = ""
    classification: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    language: str = "en-GB"
    attachments: tuple[Attachment, ...] = ()

    def __post_init__(self) -> None:
        _clean_fields(self, "title", "subtitle", "author", "date", "classification", "subject")
        object.__setattr__(self, "keywords", tuple(clean(k) for k in self.keywords))


@dataclass(frozen=True)
class Document:
    """The root: metadata plus the blocks in reading order."""

    meta: Meta
    children: tuple[Block, ...] = field(default_factory=tuple)


# --- helpers ------------------------------------------------------------------------------------


def render_inlines(content: Inlines, text: Callable[[Text], str], link: Callable[[Link], str],
                   anchor: Callable[[Anchor], str]) -> str:
    """Return `content` written node by node by the function for the node's kind, joined: the one
    place where a writer's inline output meets the closed set of inline kinds."""
    return "".join(_render_inline(node, text, link, anchor) for node in content)


def _render_inline(node: Text | Link | Anchor, text: Callable[[Text], str], link: Callable[[Link], str],
                   anchor: Callable[[Anchor], str]) -> str:
    """Return one inline node written by the function for its kind; an unknown kind is a programming error."""
    match node:
        case Text():
            return text(node)
        case Link():
            return link(node)
        case Anchor():
            return anchor(node)
        case _:
            assert_never(node)


def plain(content: Inlines) -> str:
    """Return the text a reader sees in `content` (anchors add nothing)."""
    return "".join(node.text for node in content if not isinstance(node, Anchor))


def walk(blocks: tuple[Block, ...], depth: int = 1):
    """Yield `(depth, block)` for every block in document order, sections before their children."""
    for block in blocks:
        yield depth, block
        if isinstance(block, Section):
            yield from walk(block.children, depth + 1)


def anchors(document: Document) -> frozenset[str]:
    """Return the name of every link target in `document`: section anchors and `Anchor` inlines."""
    names: set[str] = set()
    for _, block in walk(document.children):
        if isinstance(block, Section):
            names.add(block.anchor)
        for content in inline_runs(block):
            names.update(node.name for node in content if isinstance(node, Anchor))
    names.discard("")
    return frozenset(names)


def inline_runs(block: Block) -> tuple[Inlines, ...]:
    """Return the runs of inlines a block holds itself (a paragraph's, each item's, each cell's)."""
    if isinstance(block, Paragraph):
        return (block.content,)
    if isinstance(block, Items):
        return block.items
    if isinstance(block, Table):
        return tuple(cell for row in block.rows for cell in row)
    return ()


EPOCH_VARIABLE = "SOURCE_DATE_EPOCH"
LAST_EPOCH = 253402300799  # 9999-12-31 23:59:59 UTC: the last moment every file format can write


def source_date_epoch() -> int | None:
    """Return the time SOURCE_DATE_EPOCH sets (seconds since 1970), or None when it is unset or blank.

    The one place that reads the variable. Raise ValueError, saying why, when it is not a whole
    number of seconds from 0 to the end of the year 9999.
    """
    value = os.environ.get(EPOCH_VARIABLE, "").strip()
    if not value:
        return None
    if not value.isdigit() or int(value) > LAST_EPOCH:
        raise ValueError(f"{EPOCH_VARIABLE}: {value[:40]!r} is not a number of seconds from 0 to {LAST_EPOCH} "
                         "(1970 to 9999)")
    return int(value)


def fixed_time(meta: Meta) -> "datetime.datetime":
    """Return the timestamp every writer stamps into its file, so equal input gives equal bytes.

    SOURCE_DATE_EPOCH when the environment sets it; else noon UTC of the document's ISO date;
    else 2000-01-01 00:00 UTC. Raise ValueError when SOURCE_DATE_EPOCH is malformed.
    """
    epoch = source_date_epoch()
    if epoch is not None:
        return datetime.datetime.fromtimestamp(epoch, tz=datetime.timezone.utc)
    try:
        day = datetime.date.fromisoformat(meta.date[:10])
        return datetime.datetime(day.year, day.month, day.day, 12, tzinfo=datetime.timezone.utc)
    except ValueError:
        return datetime.datetime(2000, 1, 1, tzinfo=datetime.timezone.utc)
