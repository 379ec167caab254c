"""Output formats. A new format is one module with `render(document, style) -> bytes` and one line here."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

from ..doctree import Document
from ..style import Style


@dataclass(frozen=True)
class Writer:
    """A format: its file suffix and the module whose `render` draws it (imported on first use)."""

    suffix: str
    module: str

    @property
    def render(self) -> Callable[[Document, Style], bytes]:
        return importlib.import_module(f"{__name__}.{self.module}").render

    def draw(self, document: Document, style: Style) -> bytes:
        """Return the document in this format, its module imported now, by the process that draws it."""
        return self.render(document, style)


WRITERS = {
    "docx": Writer(".docx", "docx"),
    "pdf": Writer(".pdf", "pdf"),
    "tree": Writer(".txt", "tree"),
    "email-text": Writer(".email.txt", "email_text"),
    "email-html": Writer(".email.html", "email_html"),
}
