"""Source documents read into numbered sentences.

A `Source` holds the decoded text of one file and its sentences; a `Corpus` holds the sources of
one brief. Sentence numbers are 1-based, count only body sentences (the headline and in-article
subheadings are kept apart), and depend on nothing but the file's bytes, so a cite such as
`S2:7` always points at the same sentence.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Sentence:
    """One sentence of a source: its number, its text, and where it stands in the source text."""

    source_id: str
    number: int
    text: str
    start: int
    end: int
    paragraph: int = 0

    @property
    def cite(self) -> str:
        """Return the cite that names this sentence, e.g. "S2:7"."""
        return f"{self.source_id}:{self.number}"


@dataclass(frozen=True)
class Source:
    """One source file, decoded, with its headline, subheadings and numbered sentences."""

    id: str
    path: Path
    text: str
    sha256: str
    sentences: tuple[Sentence, ...]
    title: str = ""
    subheadings: tuple[str, ...] = ()
    outlet: str = ""
    url: str = ""
    published: str = ""
    encoding: str = "utf-8"

    def sentence(self, number: int) -> Sentence | None:
        """Return sentence `number` (1-based), or None when the source has no such sentence."""
        if 1 <= number <= len(self.sentences):
            return self.sentences[number - 1]
        return None


@dataclass(frozen=True)
class Corpus:
    """The sources of one brief, in order."""

    sources: tuple[Source, ...]
    _by_id: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({source.id: source for source in self.sources})

    def source(self, source_id: str) -> Source | None:
        """Return the source with id `source_id`, or None."""
        return self._by_id.get(source_id)

    def sentence(self, cite: str) -> Sentence | None:
        """Return the sentence a cite such as "S2:7" names, or None when it names nothing."""
        source_id, _, number = cite.partition(":")
        source = self.source(source_id)
        if source is None or not number.isdigit():
            return None
        return source.sentence(int(number))

    def sentences(self):
        """Yield every sentence of every source, in order."""
        for source in self.sources:
            yield from source.sentences


def sha256_of(path: Path) -> str:
    """Return the hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_bytes(path: Path) -> bytes:
    """Return a source file's bytes; raise InputError naming the file when it cannot be used."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError(f"{path}: is a folder, not a source file")
        if size > MAX_BYTES:
            raise InputError(f"{path}: {size / 1e6:.1f} MB is over the {MAX_BYTES // 2**20} MB limit for a source")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from None


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Return the text of a file's bytes and the encoding it was read with."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: looks like a binary file, not text")
    for encoding in ("utf-8-sig",):
        try:
            return data.decode(encoding), "utf-8"
        except UnicodeDecodeError:
            pass
    return data.decode("cp1252", errors="replace"), "cp1252"


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of the sentences of one paragraph of text."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start() + len(match.group(0).rstrip())
        spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def read_source(path: Path, source_id: str) -> Source:
    """Return the source in file `path`, split into numbered sentences."""
    data = read_bytes(path)
    text, encoding = decode(data, path)
    sentences, title, number = [], "", 0
    offset = 0
    for index, line in enumerate(text.splitlines(keepends=True)):
        body = line.strip()
        if body and index == 0 and not body.endswith((".", "!", "?", "\"", "”")):
            title = body
        elif body:
            lead = offset + line.index(body)
            for start, end in split_sentences(body):
                number += 1
                sentences.append(Sentence(source_id, number, body[start:end], lead + start, lead + end, index))
        offset += len(line)
    return Source(
        id=source_id,
        path=path,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        sentences=tuple(sentences),
        title=title,
        encoding=encoding,
    )
