"""Output formats. A new format is one module with `render(document, style) -> bytes` and one line here;
the module may also have `ready(style)`, which gets what drawing in that style needs (its fonts, say)
before the document is known."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import partial
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
