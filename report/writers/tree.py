"""A plain-text dump of the document tree: what compose decided, readable in a diff.

Used as the golden file for compose and by `brief render -f tree`.
"""

from __future__ import annotations

from typing import assert_never

from ..doctree import Block, Chart, Document, Inlines, Items, Paragraph, Section, Table, Text, render_inlines
from ..style import Style

INDENT = "  "


def render(document: Document, style: Style | None = None) -> bytes:
    """Return the tree of `document` as UTF-8 text, one node a line, children indented."""
    meta = document.meta
    lines = [f"Document title={meta.title!r} date={meta.date!r} classification={meta.classification!r}"]
    lines += [f"{INDENT}Attachment {a.name!r} ({a.mime})" for a in meta.attachments]
    for block in document.children:
        lines.extend(block_lines(block, 1))
    return ("\n".join(lines) + "\n").encode("utf-8")


def block_lines(block: Block, depth: int) -> list[str]:
    """Return the lines of one block at nesting `depth`."""
    pad = INDENT * depth
    match block:
        case Section():
            lines = [f"{pad}Section[{block.role}] {block.title!r}"]
            for child in block.children:
                lines.extend(block_lines(child, depth + 1))
            return lines
        case Paragraph():
            return [f"{pad}Paragraph[{block.role}] {inline_text(block.content)}"]
        case Items():
            return [f"{pad}Items[{block.role}]"] + [f"{pad}{INDENT}- {inline_text(item)}" for item in block.items]
        case Table():
            lines = [f"{pad}Table[{block.role}] " + " | ".join(block.header)]
            lines += [f"{pad}{INDENT}" + " | ".join(inline_text(cell) for cell in row) for row in block.rows]
            return lines
        case Chart():
            values = ", ".join(f"{label}={value:g}" for label, value in zip(block.labels, block.values))
            return [f"{pad}Chart[{block.role}] {block.title!r} ({block.unit}): {values}"]
        case _:
            assert_never(block)


def inline_text(content: Inlines) -> str:
    """Return inlines as text with links shown as [text](->target) and anchors as {#name}."""
    return render_inlines(content, _text, lambda link: f"[{link.text}](->{link.target})",
                          lambda anchor: f"{{#{anchor.name}}}")


def _text(node: Text) -> str:
    """Return a text run with line breaks visible and bold as **x**, italic as _x_."""
    text = node.text.replace("\n", "⏎")
    return f"**{text}**" if node.bold else f"_{text}_" if node.italic else text
