"""The plain-text body of an email: a `Document` as text that any mail client shows as it is.

Blocks are separated by a blank line, list items start with "- ", and an external link whose
text is not its address shows the address after it in angle brackets.
"""

from __future__ import annotations

from typing import assert_never

from ..doctree import Block, Chart, Document, Inlines, Items, Link, Paragraph, Section, Table, render_inlines
from ..style import Style

BULLET = "- "
CELL_SEPARATOR = " | "


def render(document: Document, style: Style | None = None) -> bytes:
    """Return `document` as UTF-8 plain text, one blank line between blocks."""
    return ("\n\n".join(chunk for block in document.children for chunk in chunks(block)) + "\n").encode("utf-8")


def chunks(block: Block) -> list[str]:
    """Return the text of one block as chunks a blank line separates: a section gives its title, then its blocks."""
    match block:
        case Section():
            return [block.title, *(chunk for child in block.children for chunk in chunks(child))]
        case Paragraph():
            return [inline_text(block.content)]
        case Items():
            return ["\n".join(BULLET + inline_text(item) for item in block.items)]
        case Table():
            rows = [CELL_SEPARATOR.join(block.header)] if block.header else []
            rows += [CELL_SEPARATOR.join(inline_text(cell).replace("\n", " ") for cell in row) for row in block.rows]
            return ["\n".join(rows)] + ([block.caption] if block.caption else [])
        case Chart():
            return [f"{block.title}: {block.text}"]
        case _:
            assert_never(block)


def inline_text(content: Inlines) -> str:
    """Return what a reader sees of `content`, with the address of each external link that hides it."""
    return render_inlines(content, lambda node: node.text, _link, lambda _anchor: "")


def _link(link: Link) -> str:
    """Return a link's text, followed by its address in angle brackets when it is external and the text hides it."""
    return f"{link.text} <{link.target}>" if link.external and link.text != link.target else link.text
