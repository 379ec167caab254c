"""Output formats. A new format is one module with `render(document, style) -> bytes` and one line here;
the module may also have `ready(style)`, which gets what drawing in that style needs (its fonts, say)
before the document is known.

Each format of a brief is drawn by a process of its own, forked before the document exists (see
`workers.stand_by`); for the formats most briefs are drawn in, as soon as the command is known to
draw one, before its options are read (see `stand_by_early`)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import partial
from typing import Callable

from ..doctree import Document
from ..style import Style
from ..workers import Standing, stand_by


@dataclass(frozen=True)
class Writer:
    """A format: its file suffix and the module whose `render` draws it (imported on first use)."""

    suffix: str
    module: str

    @property
    def render(self) -> Callable[[Document, Style], bytes]:
        return importlib.import_module(f"{__name__}.{self.module}").render

    def ready(self, style: Style) -> Callable[[Document], bytes]:
        """Import this format's module and let it get ready for `style`; return its drawing of a
        document in that style (see `workers.stand_by`: a process forked early does this)."""
        module = importlib.import_module(f"{__name__}.{self.module}")
        if hasattr(module, "ready"):
            module.ready(style)
        return partial(module.render, style=style)


WRITERS = {
    "docx": Writer(".docx", "docx"),
    "pdf": Writer(".pdf", "pdf"),
    "tree": Writer(".txt", "tree"),
    "email-text": Writer(".email.txt", "email_text"),
    "email-html": Writer(".email.html", "email_html"),
}


EARLY_FORMATS = ("docx", "pdf")  # the formats a brief is drawn in unless others are asked for

# The processes `stand_by_early` forked, by format, each taken by the first drawing in its format.
_early: dict[str, Standing] = {}


def stand_by_early(names: tuple[str, ...] = EARLY_FORMATS) -> None:
    """Fork a process for each format of `names` now, which imports its writer while this process
    reads the command line and loads the rest; `standing_writer` hands it its style later."""
    for name in names:
        if name not in _early:
            _early[name] = stand_by(partial(_imported, name))


def standing_writer(name: str, style: Style, check_glyphs: bool) -> Standing:
    """Return a process that draws a document in format `name` and `style` (see `ready_writer`):
    the one forked early for the format, told the style now, else one forked now."""
    early = _early.pop(name, None)
    if early is None:
        return stand_by(partial(ready_writer, name, style, check_glyphs))
    early.prepare((style, check_glyphs))
    return early


def let_early_go() -> None:
    """Stop the processes forked early for formats nothing was drawn in."""
    while _early:
        _early.popitem()[1].close()


def _imported(name: str) -> Callable[[tuple[Style, bool]], Callable[[Document], tuple[list[str], bytes]]]:
    """Import the module of format `name`; return what readies it for a style (see `ready_writer`)."""
    importlib.import_module(f"{__name__}.{WRITERS[name].module}")
    return partial(_readied_for, name)


def _readied_for(name: str, setting: tuple[Style, bool]) -> Callable[[Document], tuple[list[str], bytes]]:
    style, check_glyphs = setting
    return ready_writer(name, style, check_glyphs)


def ready_writer(name: str, style: Style, check_glyphs: bool) -> Callable[[Document], tuple[list[str], bytes]]:
    """Return a drawing of a document in format `name` and `style`, its writer imported and
    ready (the PDF writer reads the fonts then), which also reports the characters the fonts lack
    when `check_glyphs`."""
    return partial(_drawn, WRITERS[name].ready(style), style if check_glyphs else None)


def _drawn(draw: Callable[[Document], bytes], checked: Style | None, document: Document) -> tuple[list[str], bytes]:
    """Return the characters of `document` the `checked` style's fonts lack (none when not
    checked), and `document` drawn."""
    if checked is None:
        return [], draw(document)
    from .fonts import missing_glyphs

    return missing_glyphs(document, checked), draw(document)
