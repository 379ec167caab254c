"""A web page reduced to its article text.

trafilatura (and lxml under it) is imported on the first page read, not at start-up: it takes
longer to import than a folder of plain-text articles takes to read. That is the one import
inside a function here.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .decode import clean_text


def html_article(html: str, path: Path) -> tuple[str, dict[str, str]]:
    """Return the article text of an HTML page (Markdown-style headings) and its metadata fields."""
    try:
        import trafilatura  # start-up time: see the module docstring
    except ImportError as err:
        raise InputError(f"{path}: cannot read HTML: {err}") from None
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_formatting=True, include_comments=False,
        include_tables=False, include_images=False, include_links=False,
    )
    text = getattr(document, "text", None) or ""
    if not text.strip():  # too short or too plain for the article finder: take all the page's text
        text = trafilatura.baseline(html)[1]
    if not text.strip():
        raise InputError(f"{path}: no article text found in the page")
    found = {"title": document.title, "outlet": document.sitename, "url": document.url, "published": document.date} if document else {}
    return clean_text(text), {key: value.strip() for key, value in found.items() if value}
