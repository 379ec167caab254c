"""Files and folders into sources and a corpus."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path

from ..errors import InputError
from ..files import leads_outside
from ..workers import in_order
from .decode import clean_text, decode, read_bytes
from .html import html_article
from .layout import Layout, day_written, is_caption, lay_out
from .metadata import FIELDS, METADATA_FILE, front_matter, read_metadata
from .model import Corpus, Source
from .sentences import number_sentences

SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def read_source(
    path: Path, source_id: str, meta: Mapping[str, str] | None = None, warn: Callable[[str], None] | None = None,
) -> Source:
    """Return the source in file `path`, split into numbered sentences.

    `meta` (from sources.yaml) overrides the title, outlet, url and published date the file
    itself gives; it never changes the text or the numbering. A file that is only a headline
    is one sentence long. Raise InputError naming the file when it is empty, binary, unreadable,
    too large or holds no sentence; report through `warn` a file read in two encodings at once.
    """
    path = Path(path)
    data = read_bytes(path)
    if not data:
        raise InputError(f"{path}: empty file (0 bytes)")
    kind = SUFFIXES.get(path.suffix.lower(), "text")
    text, encoding = decode(data, path)
    if encoding == "utf-8+cp1252" and warn:
        warn(f"{path}: not valid UTF-8 throughout; the stray bytes were read as Windows-1252")
    text = clean_text(text)
    if kind == "html" and "<" in text:  # a page without any markup is read as plain text
        text, fields = html_article(text, path)
        start = 0
    else:
        text = _INLINE_TAG.sub(_tag_text, text) if "<" in text else text
        fields, start = front_matter(text, path)
    markdown = kind != "text"
    layout = lay_out(text, start, markdown, kind == "html")
    found = number_sentences(layout, source_id, markdown)
    if not found.sentences:
        raise InputError(f"{path}: no sentences found")
    fields = {**_found_fields(layout, found.stamped), **fields, **{k: v for k, v in (meta or {}).items() if v}}
    return Source(
        id=source_id, path=path, text=text, sha256=hashlib.sha256(data).hexdigest(),
        sentences=tuple(found.sentences), subheadings=tuple(found.subheadings), encoding=encoding,
        dateline=found.dateline, byline=layout.byline, **{key: fields.get(key, "") for key in FIELDS},
    )


# An inline tag of a page's markup left in a text file ("<a href=…>Harbour </a>entered"): the
# words stay, the markup goes; a line break or a paragraph's tag ends its line.
_INLINE_TAG = re.compile(r"</?(?:a|b|i|u|em|strong|span|sup|sub|br|p)(?:\s[^<>]*)?/?>", re.IGNORECASE)


_BREAK_TAG = re.compile(r"<(?:br|/?p)\b", re.IGNORECASE)


def _tag_text(tag: re.Match) -> str:
    """Return what an inline tag leaves in the text: a line's end for a break or a paragraph."""
    return "\n" if _BREAK_TAG.match(tag.group(0)) else ""


def _found_fields(layout: Layout, stamped: str) -> dict[str, str]:
    """Return the title, date and URL the text itself gives: its headline (a photo's caption atop a
    pasted page is none), the date a stamp, a posting line, the byline or the page's address gives,
    and the address a pasted page opens with."""
    address = layout.address if layout.address.startswith(("http://", "https://")) else ""
    return {"title": "" if is_caption(layout.headline) else layout.headline,
            "published": stamped or layout.published or day_written(layout.byline) or day_written(address),
            "url": address}


def _ignore(message: str) -> None:
    """Drop a warning (the CLI passes a function that shows it)."""


def source_files(folder: Path, warn: Callable[[str], None] = _ignore, follow_links: bool = False) -> list[Path]:
    """Return the source files directly in `folder` (.txt, .md, .html, .htm), sorted by name.

    Hidden files are left out; a folder named like a source file, and (unless `follow_links`)
    a link to a file outside `folder`, are reported through `warn` and left out.
    """
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError as err:
        raise InputError(f"{folder}: cannot list the folder: {err.strerror or err}") from None
    files = []
    for entry in entries:
        if entry.suffix.lower() not in SUFFIXES or entry.name.startswith("."):
            continue
        if entry.is_dir():
            warn(f"{entry}: is a folder, not a source file; skipped")
            continue
        if not follow_links and leads_outside(entry, folder):
            warn(f"{entry}: is a link to a file outside the folder; skipped (use --follow-links to read it)")
            continue
        files.append(entry)
    return files


def read_folder(folder: Path, warn: Callable[[str], None] = _ignore, follow_links: bool = False) -> Corpus:
    """Return the corpus of every source file directly in `folder`, ids S1, S2, ... by file name.

    A file that cannot be used (empty, binary, unreadable, over MAX_BYTES, no sentences) is
    skipped with one line through `warn` and takes no id. A sources.yaml beside the files adds
    titles, outlets, urls and dates. Raise InputError when the folder is missing, is not a
    folder, has a malformed sources.yaml, or yields no usable source.
    """
    folder = Path(folder)
    if not folder.exists():
        raise InputError(f"{folder}: no such folder")
    if not folder.is_dir():
        raise InputError(f"{folder}: is not a folder")
    files = source_files(folder, warn, follow_links)
    metadata_path = folder / METADATA_FILE
    metadata = read_metadata(metadata_path, {path.name for path in files}, warn) if metadata_path.is_file() and (follow_links or not leads_outside(metadata_path, folder)) else {}
    sources = []
    jobs = [(path, metadata.get(path.name), f"S{number}") for number, path in enumerate(files, 1)]
    for source, messages in in_order(_read_one, jobs):
        for message in messages:
            warn(message)
        if source is not None:
            sources.append(_numbered(source, f"S{len(sources) + 1}"))
    if not sources:
        raise InputError(f"{folder}: no usable source file (.txt, .md, .html) in the folder")
    return Corpus(tuple(sources))


def _read_one(job: tuple[Path, Mapping[str, str] | None, str]) -> tuple[Source | None, list[str]]:
    """Return the source of one file (None when it cannot be used) and the warnings it gave, under
    the id it takes when every file before it can be used."""
    path, meta, source_id = job
    messages: list[str] = []
    try:
        return read_source(path, source_id, meta, messages.append), messages
    except InputError as err:
        return None, [*messages, f"{err.message}; skipped"]


def _numbered(source: Source, source_id: str) -> Source:
    """Return `source` under the id its place among the usable sources gives it."""
    if source.id == source_id:  # no file before it was skipped
        return source
    sentences = tuple(replace(sentence, source_id=source_id) for sentence in source.sentences)
    return replace(source, id=source_id, sentences=sentences)
