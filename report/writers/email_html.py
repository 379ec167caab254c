"""The HTML body of an email: a `Document` as one small, self-contained HTML page.

Every piece of text is escaped before it reaches the markup; only http, https and mailto links
are made clickable, and a citation links to its entry in the source list only when that entry
exists. The banner wears the colours the `Style` gives the document's marking, as inline CSS
(mail clients drop style sheets).
"""

from __future__ import annotations

import html
import urllib.parse
from typing import assert_never

from ..doctree import Block, Chart, Document, Inlines, Items, Link, Paragraph, Section, Table, Text, anchors, render_inlines
from ..style import Style

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
HEADING_TAGS = {"title": "h1"}  # a paragraph role drawn as a heading; sections start at h2
DEEPEST_HEADING = 6


def render(document: Document, style: Style) -> bytes:
    """Return `document` as the UTF-8 bytes of an HTML page."""
    page = _Page(document, style)
    meta = document.meta
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_attr(meta.language)}"><head><meta charset="utf-8">',
        f"<title>{_text(meta.title)}</title></head><body>",
        *(line for block in document.children for line in page.block(block, 1)),
        "</body></html>",
    ]
    return ("\n".join(parts) + "\n").encode("utf-8")


def _styled(node: Text) -> str:
    """Return a text run escaped, in <strong> and <em> as the node says."""
    text = _text(node.text)
    text = f"<strong>{text}</strong>" if node.bold else text
    return f"<em>{text}</em>" if node.italic else text


def _text(text: str) -> str:
    """Return plain `text` as HTML text; line breaks become <br>."""
    return html.escape(text, quote=False).replace("\n", "<br>")


def _attr(text: str) -> str:
    """Return `text` fit for a double-quoted attribute value."""
    return html.escape(text, quote=True)


def _scheme(url: str) -> str:
    """Return the lower-case scheme of `url`, or "" when it has none or cannot be parsed."""
    try:
        return urllib.parse.urlsplit(url).scheme.lower()
    except ValueError:
        return ""


class _Page:
    """Turns blocks into lines of HTML, one method per node type."""

    def __init__(self, document: Document, style: Style) -> None:
        self.style = style
        self.classification = document.meta.classification
        self.anchors = anchors(document)

    def block(self, block: Block, depth: int) -> list[str]:
        """Return the HTML lines of one block at section nesting `depth`."""
        match block:
            case Section():
                level = min(depth + 1, DEEPEST_HEADING)
                anchor = f' id="{_attr(block.anchor)}"' if block.anchor else ""
                heading = f"<h{level}{anchor}>{_text(block.title)}</h{level}>"
                return [heading, *(line for child in block.children for line in self.block(child, depth + 1))]
            case Paragraph(role="banner"):
                return [self.banner(block)]
            case Paragraph():
                tag = HEADING_TAGS.get(block.role, "p")
                return [f'<{tag} class="{_attr(block.role)}">{self.inlines(block.content)}</{tag}>']
            case Items():
                items = [f"<li>{self.inlines(item)}</li>" for item in block.items]
                return [f'<ul class="{_attr(block.role)}">', *items, "</ul>"]
            case Table():
                return self.table(block)
            case Chart():
                return [f'<p class="{_attr(block.role)}"><strong>{_text(block.title)}</strong>: {_text(block.text)}</p>']
            case _:
                assert_never(block)

    def banner(self, paragraph: Paragraph) -> str:
        """Return the marking as a bold line in the banner colours of the document's marking."""
        colours = self.style.banner(self.classification)
        look = f"background:{colours.background};color:{colours.text};padding:0.3em 0.6em"
        return f'<p class="banner" style="{_attr(look)}"><strong>{self.inlines(paragraph.content)}</strong></p>'

    def table(self, table: Table) -> list[str]:
        """Return a table with its header row and caption; a table without rows says nothing."""
        if not table.rows:
            return []
        head = ["<tr>" + "".join(f"<th>{_text(cell)}</th>" for cell in table.header) + "</tr>"] if table.header else []
        rows = ["<tr>" + "".join(f"<td>{self.inlines(cell)}</td>" for cell in row) + "</tr>" for row in table.rows]
        caption = [f'<p class="caption">{_text(table.caption)}</p>'] if table.caption else []
        return [f'<table class="{_attr(table.role)}">', *head, *rows, "</table>", *caption]

    def inlines(self, content: Inlines) -> str:
        """Return `content` as escaped HTML with our own tags."""
        return render_inlines(content, _styled, self.link, lambda anchor: f'<a id="{_attr(anchor.name)}"></a>')

    def link(self, link: Link) -> str:
        """Return a link as <a> when its target is safe to follow, else as its text alone."""
        if link.external:
            href = link.target if _scheme(link.target) in SAFE_SCHEMES else ""
        else:
            href = "#" + link.target if link.target in self.anchors else ""
        if not href:
            return _text(link.text)
        colour = self.style.colors.get("link", self.style.text("body").color)
        return f'<a href="{_attr(href)}" style="color:{_attr(colour)}">{_text(link.text)}</a>'
