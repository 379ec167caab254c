"""Source documents read into numbered sentences.

A `Source` holds the decoded text of one file and its sentences; a `Corpus` holds the sources of
one brief. Sentence numbers are 1-based, count only body sentences (the headline and in-article
subheadings are kept apart), and depend on nothing but the file's bytes, so a cite such as
`S2:7` always points at the same sentence.

How a file becomes sentences:

* Bytes are decoded (BOMs, strict UTF-8, a declared HTML charset, then the most plausible legacy
  code page), normalised to NFC and given `\\n` line endings; invisible format characters (soft
  hyphens, zero-width spaces, direction marks) are dropped. That text is `Source.text`. An HTML
  page is first reduced to its article text (trafilatura, offline); `Source.text` is then that
  article text.
* Page furniture is left out: boilerplate lines ("Advertisement", "Read more: ..."; see
  data/boilerplate.txt), page numbers, and a running header that repeats the headline.
* Lines are grouped into paragraphs. In a plain-text file each line is a paragraph, except that a
  line that does not end a sentence is joined to a next line that starts in lower case (a sentence
  broken across lines). Markdown files, HTML articles and hard-wrapped text files use blank lines
  between paragraphs instead. A YAML front-matter block at the top is metadata, not text.
* The first paragraph is the headline when it reads like one; a later one-line paragraph that is
  short and has no closing punctuation is a subheading. Neither is numbered.
* Paragraphs are split into sentences (see `split_sentences` for the rules on abbreviations,
  initials, numbers, quotations and parenthetical credits).

`Sentence.start`/`end` index into `Source.text`. `Sentence.text` is `Source.text[start:end]` with
each line break or run of white space turned into one space (none where a line ends in a hyphen
inside a word, and "govern-\nment" reads "government"), and, for Markdown and HTML
sources, line markers (`> `) and inline markup (`**`, `_`, `[text](url)`) removed. A sentence on
one line of a plain-text file is exactly `Source.text[start:end]`.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as _dt
import hashlib
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from .errors import InputError
from .files import leads_outside, read_regular
from .text import lexicon

MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}
METADATA_FILE = "sources.yaml"
FIELDS = ("title", "outlet", "url", "published")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a source: its number, its text, and where it stands in the source text.

    `paragraph` is the 0-based index of the body paragraph it belongs to; `heading` is the
    subheading it stands under ("" before the first one).
    """

    source_id: str
    number: int
    text: str
    start: int
    end: int
    paragraph: int = 0
    heading: str = ""

    @property
    def cite(self) -> str:
        """Return the cite that names this sentence, e.g. "S2:7"."""
        return f"{self.source_id}:{self.number}"


@dataclass(frozen=True)
class Source:
    """One source file, decoded, with its headline, subheadings and numbered sentences.

    `dateline` is a wire-style opening ("KYIV, July 4 (Reuters) -"); it stays in `text` but is not
    part of the first sentence. `byline` is a "By ..." line near the top; it is not numbered.
    """

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
    dateline: str = ""
    byline: str = ""

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

    def sentences(self) -> Iterator[Sentence]:
        """Yield every sentence of every source, in order."""
        for source in self.sources:
            yield from source.sentences


# ---------------------------------------------------------------------------------------------
# Bytes and encodings


def read_bytes(path: Path) -> bytes:
    """Return a source file's bytes; raise InputError naming the file when it cannot be used."""
    return read_regular(path, MAX_BYTES, "a source")


_BOMS = (  # (mark, codec for the bytes after it, name recorded); UTF-32 first: it begins like UTF-16
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
)
# Code pages tried for text that is not UTF-8; the first is preferred on a tie.
LEGACY_ENCODINGS = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "iso8859-15")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\f\r\x1b")
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Return the text of a file's bytes (without a BOM) and the name of its encoding.

    UTF-8 text with a few stray Windows-1252 bytes (a pasted curly quote) is read as both, its
    encoding named "utf-8+cp1252". Raise InputError when the bytes are not text.
    """
    for mark, codec, name in _BOMS:
        if data.startswith(mark):
            return _strict(data[len(mark):], codec, path), name
    wide = _utf16_without_bom(data)
    if wide:
        return _strict(data, wide, path), wide
    if _looks_binary(data):
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data) if path.suffix.lower() in (".html", ".htm") else None
    if declared:
        return declared
    if _mostly_utf8(data):
        return data.decode("utf-8", "cp1252-bytes"), "utf-8+cp1252"
    return _legacy(data, path)


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


_LONE_SURROGATE = re.compile("[\udc80-\udcff]")


def _mostly_utf8(data: bytes) -> bool:
    """Return True when bytes that are not valid UTF-8 still hold more UTF-8 characters than bad bytes."""
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if not valid:
        return False
    escaped = data.decode("utf-8", "surrogateescape")  # each byte UTF-8 rejects becomes one lone surrogate
    return valid >= len(_LONE_SURROGATE.findall(escaped))


def _cp1252_bytes(err: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejects as Windows-1252 (Latin-1 where that code page has a hole)."""
    bad = err.object[err.start:err.end]
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in bad), err.end


codecs.register_error("cp1252-bytes", _cp1252_bytes)


def _strict(data: bytes, encoding: str, path: Path) -> str:
    """Return `data` decoded with `encoding`; raise InputError when the bytes do not fit it."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not valid {encoding} at byte {err.start}") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """Return "utf-16-le"/"utf-16-be" when BOM-less bytes look like UTF-16 text, else None."""
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    """Return True when the first bytes hold a NUL or many control characters."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > 0.02 * len(sample)


def _declared_charset(data: bytes) -> tuple[str, str] | None:
    """Return the text and encoding an HTML page declares in a <meta charset>, when it fits."""
    match = _DECLARED_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    name = "cp1252" if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii") else name  # as browsers do
    try:
        return data.decode(name), name
    except (LookupError, UnicodeDecodeError):
        return None


def _legacy(data: bytes, path: Path) -> tuple[str, str]:
    """Return the text and encoding of non-UTF-8 bytes: the candidate that reads most plausibly.

    charset-normalizer alone often names a Baltic or DOS code page for short Western text and
    turns its curly quotes into other letters, so its guess competes with the common Windows
    code pages on a mojibake score instead of being taken as is.
    """
    candidates = list(LEGACY_ENCODINGS)
    best = _charset_normalizer_guess(data)
    if best and best not in candidates:
        candidates.append(best)
    scored = []
    for rank, encoding in enumerate(candidates):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((_mojibake_score(text), rank, text, encoding))
    if not scored:
        raise InputError(f"{path}: cannot tell which text encoding the file uses")
    _, _, text, encoding = min(scored)
    return text, encoding


def _charset_normalizer_guess(data: bytes) -> str | None:
    """Return the encoding charset-normalizer finds most likely, or None."""
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    return match.encoding if match else None


_WORD = re.compile(r"[^\W\d_]+")
_C1_CONTROL = re.compile("[\x80-\x9f]")
_SYMBOL_BY_LETTER = re.compile(r"(?<=[^\W\d_])[\u00a1-\u00bf\u00d7\u00f7]|[\u00a1-\u00bf\u00d7\u00f7](?=[^\W\d_])")


def _mojibake_score(text: str) -> int:
    """Return how many signs of text decoded with the wrong code page `text` shows (0 is clean).

    Signs: a C1 control character (bytes 0x80-0x9F of a multi-byte code page read as Latin), a
    word mixing Latin with another script, a Latin-1 symbol glued to a letter ("³", "¹", "£"
    inside a word), an accented capital after a small letter, and a Latin word made mostly of
    accented letters (Cyrillic read as Latin).
    """
    score = len(_SYMBOL_BY_LETTER.findall(text)) + len(_C1_CONTROL.findall(text))
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        score += _word_oddity(word)
    return score


def _word_oddity(word: str) -> int:
    """Return 1 when a non-ASCII word looks like mojibake, else 0."""
    scripts = {unicodedata.name(ch, "?").split()[0] for ch in word if not ch.isascii()}
    if scripts - {"LATIN"} and any(ch.isascii() for ch in word):
        return 1
    if len(scripts) > 1:
        return 1
    if "LATIN" in scripts:
        if any(a.islower() and not b.isascii() and b.isupper() for a, b in zip(word, word[1:])):
            return 1
        if len(word) >= 4 and sum(not ch.isascii() for ch in word) * 2 > len(word):
            return 1
    return 0


_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n", "\f": "\n", "\v": "\n"})


def normalise(text: str) -> str:
    """Return text in NFC with every line ending as "\\n" and no invisible format characters.

    Soft hyphens, zero-width spaces, word joiners, byte-order marks and direction marks are
    dropped: they hide inside words ("govern\u00adment") and split names that look whole. Joiners that
    shape a script or an emoji (U+200C, U+200D) stay. A page break (form feed) is a line break.
    """
    text = text.replace("\r\n", "\n").translate(_LINE_BREAKS)
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text))


# ---------------------------------------------------------------------------------------------
# Metadata: front matter, HTML, sources.yaml


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?=[A-Za-z_][\w-]*[ \t]*:)(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def front_matter(text: str, path: Path) -> tuple[dict[str, str], int]:
    """Return the source fields of a YAML front-matter block and where the body text begins.

    A block is `---` on the first line, `key: value` lines, and `---` (or `...`). Keys that name
    no source field are ignored; a block that is not valid YAML raises InputError with its line.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    try:
        data = yaml.safe_load(match.group(1) or "") or {}
    except (yaml.YAMLError, ValueError) as err:  # ValueError: an integer too long to read
        raise InputError(f"{path}: front matter, {_yaml_problem(err, 1)}") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: front matter, line 2: expected 'key: value' lines")
    return _known_fields(data), match.end()


def _yaml_problem(err: yaml.YAMLError, lines_before: int = 0) -> str:
    """Return "line N: problem" for a YAML error, N counted in the file.

    The line where the broken construct began (an unclosed "[") is more use to a reader than the
    end of the file where the parser gave up, so it is preferred when YAML knows it.
    """
    mark = getattr(err, "context_mark", None) or getattr(err, "problem_mark", None)
    problem = getattr(err, "problem", None) or str(err).splitlines()[0]
    return f"line {mark.line + 1 + lines_before}: {problem}" if mark else problem


def _known_fields(data: Mapping) -> dict[str, str]:
    """Return the source fields named among `data`'s keys (aliases allowed), as plain strings."""
    fields, keys = {}, lexicon().metadata_keys
    for key, value in data.items():
        target = keys.get(str(key).strip().lower())
        text = _scalar_text(value)
        if target and text and target not in fields:
            fields[target] = text
    return fields


def _scalar_text(value: object) -> str | None:
    """Return a metadata value as text (dates as ISO 8601), or None for lists and mappings."""
    if value is None:
        return ""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float)):
        return str(value).encode("utf-8", "replace").decode("utf-8").strip()  # a lone surrogate ("\\ud800") becomes "?"
    return None


def read_metadata(path: Path, names: set[str] | None = None, warn: Callable[[str], None] | None = None) -> dict[str, dict[str, str]]:
    """Return the per-file fields of a sources.yaml: {file name: {title, outlet, url, published}}.

    The file may be in any encoding a source may be in. A file is named by its name or by a path
    ending in it ("seeds/a.txt"); an entry with no fields adds nothing; field names are read like
    front-matter keys ("Date" fills published). Raise InputError naming the file, line and field
    when it is malformed. With `names`, an entry for a file not among them is reported through `warn`.
    """
    try:
        text, _ = decode(read_bytes(path), path)
        root = yaml.compose(normalise(text))
    except yaml.YAMLError as err:
        raise InputError(f"{path}: {_yaml_problem(err)}") from None
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        raise InputError(f"{path}: line {root.start_mark.line + 1}: expected file names, each with title, outlet, url, published")
    entries = {}
    for key_node, value_node in root.value:
        line = key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode) or not key_node.value.strip():
            raise InputError(f"{path}: line {line}: expected a file name before the colon")
        name = _entry_name(key_node.value.strip(), names)
        entries[name] = _metadata_entry(path, name, value_node)
        if names is not None and name not in names and warn:
            warn(f"{path}: line {line}: no source file named {name!r} in the folder")
    return entries


def _entry_name(key: str, names: set[str] | None) -> str:
    """Return the file name a sources.yaml key stands for: the key, or the last part of a path."""
    if names is None or key in names:
        return key
    last = key.replace("\\", "/").rsplit("/", 1)[-1]
    return last if last in names else key


def _metadata_entry(path: Path, name: str, node: yaml.Node) -> dict[str, str]:
    """Return the fields of one sources.yaml entry; raise InputError on an unknown or odd field."""
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
        return {}
    if not isinstance(node, yaml.MappingNode):
        raise InputError(f"{path}: line {node.start_mark.line + 1}: {name}: expected fields {', '.join(FIELDS)}")
    entry = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        key = lexicon().metadata_keys.get(str(key_node.value).strip().lower()) if isinstance(key_node, yaml.ScalarNode) else None
        if key is None:
            raise InputError(f"{path}: line {line}: {name}: unknown field {_shown(key_node)} (expected {', '.join(FIELDS)})")
        if not isinstance(value_node, yaml.ScalarNode):
            raise InputError(f"{path}: line {line}: {name}: field {key_node.value!r} must be a single value")
        entry[key] = _scalar_text(yaml.constructor.SafeConstructor().construct_object(value_node)) or ""
    return entry


def _shown(node: yaml.Node) -> str:
    """Return a YAML key as a reader would recognise it in a message."""
    return repr(node.value) if isinstance(node, yaml.ScalarNode) else f"at column {node.start_mark.column + 1}"


def html_article(html: str, path: Path) -> tuple[str, dict[str, str]]:
    """Return the article text of an HTML page (Markdown-style headings) and its metadata fields."""
    try:
        import trafilatura
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
    return normalise(text), {key: value.strip() for key, value in found.items() if value}


# ---------------------------------------------------------------------------------------------
# Layout: lines into headline, subheadings and paragraphs


_TERMINAL = ".!?…。！？"
_CLOSERS = "”’\"'»)]」』）"
_OPENERS = "“‘\"'«([「『（"
_MD_HEADING = re.compile(r"(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_MD_ITEM = re.compile(r"(?:[-*+•]|\d{1,3}[.)])[ \t]+")
_TEXT_ITEM = re.compile(r"(?:[-*•▪●◦‣]|\d{1,3}[.)])[ \t]+")
_MD_QUOTE = re.compile(r"(?:>[ \t]?)+")
_MD_RULE = re.compile(r"([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_MD_UNDERLINE = re.compile(r"(?:=+|-+)[ \t]*$")
_SPEECH = re.compile(r"[,.!?…][”\"’]")
_BYLINE = re.compile(  # "By Jane Doe", "By Jane Doe and Li Wei, Reuters", "BY JANE DOE | Updated 14:32 GMT"
    r"(?:By|BY) [^\W\d_a-z][\w.'’-]*(?: [^\W\d_a-z][\w.'’-]*){0,4}"
    r"(?:(?:,| and| in) [^.!?]{0,60}| ?[|·•] .{0,80})?$"
)


@dataclass
class _Block:
    """A run of lines read as one unit: pieces of text with their offsets in the source text."""

    pieces: list[tuple[int, str]]
    heading: bool = False  # an explicit Markdown heading
    item: bool = False  # a list item
    glued: set[int] = field(default_factory=set)  # pieces that carry on a word broken at a line end

    @property
    def text(self) -> str:
        """Return the block's text, its lines joined by single spaces (no space inside a broken word)."""
        return "".join(("" if i in self.glued or not i else " ") + text for i, (_, text) in enumerate(self.pieces))

    def add(self, piece: tuple[int, str], compounds: Callable[[], frozenset[str]]) -> None:
        """Add a line to the block, mending a word hyphenated across the line break.

        "govern-" + "ment" reads "government"; the hyphen stays where the word is a compound
        ("Sørensen-" + "Larsen", "e-" + "mail", or a "well-known" the text also writes whole) and
        where it is suspended ("short- and long-term").
        """
        offset, last = self.pieces[-1]
        if _BREAK_HYPHEN.search(last) and piece[1][:1].isalnum():
            join = _hyphen_join(last, piece[1], compounds)
            if join == "break":
                self.pieces[-1] = (offset, last[:-1])
            if join != "space":
                self.glued.add(len(self.pieces))
        self.pieces.append(piece)


_BREAK_HYPHEN = re.compile(r"(?<=[^\W_])-$")
_WORD_END = re.compile(r"[^\W_]+-$")
_SUSPENDED = ("and", "or", "nor", "to")  # "short-\nand long-term": the hyphen waits for "term"
_COMPOUND = re.compile(r"[^\W\d_]+-[^\W\d_]+")


def _hyphen_join(left: str, right: str, compounds: Callable[[], frozenset[str]]) -> str:
    """Return how line `left`, ending in a hyphen, joins line `right`.

    "break": one word split in two, the hyphen goes; "compound": a hyphenated word, the hyphen
    stays and no space follows; "space": a suspended hyphen, a space follows it.
    """
    before = _WORD_END.search(left).group()[:-1]
    after = _WORD.match(right)
    after = after.group() if after else ""
    if after in _SUSPENDED:
        return "space"
    if len(before) < 2 or not before[-1].islower() or not after[:1].islower():
        return "compound"
    return "compound" if f"{before}-{after}".casefold() in compounds() else "break"


@dataclass
class _Layout:
    """The parts of a source text: its headline, and its body blocks with their headings."""

    headline: str = ""
    byline: str = ""
    blocks: list[tuple[_Block, bool]] = field(default_factory=list)  # (block, is a subheading)


def _lines(text: str, start: int) -> Iterator[tuple[int, str]]:
    """Yield (offset, stripped line) for each line of `text` from `start`; blank lines as ""."""
    offset = start
    for line in text[start:].split("\n"):
        body = line.strip()
        begin = offset + (line.index(body) if body else 0)
        if "   " in body or "\t" in body:  # a page number set apart from a running header
            gap = _PAGE_GAP.search(body)
            begin, body = (begin + gap.end(), body[gap.end():]) if gap and gap.start() == 0 else (begin, _PAGE_GAP.sub("", body))
        yield begin, body
        offset += len(line) + 1


def _is_wrapped(lines: list[tuple[int, str]]) -> bool:
    """Return True when a plain-text file is hard-wrapped: short lines, paragraphs between blanks."""
    bodies = [body for _, body in lines]
    while bodies and not bodies[-1]:
        bodies.pop()
    wide = [body for body in bodies if len(body) >= 50]
    if not wide or max(map(len, bodies)) > 100 or len(wide) < 3 or all(bodies):
        return False
    return sum(not _ends_sentence_mark(body) for body in wide) * 3 >= len(wide)


def _ends_sentence_mark(line: str) -> bool:
    """Return True when a line ends with terminal punctuation (closing quotes aside)."""
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def _blocks(text: str, start: int, markdown: bool, html: bool = False) -> list[_Block]:
    """Return the blocks of `text` from `start`: paragraphs, list items and explicit headings.

    In a web page's text a paragraph that starts in lower case after one left mid-sentence
    carries that one on: a `<br>` inside a sentence reaches this text as a paragraph break.
    """
    lines = list(_lines(text, start))
    by_blank = markdown or _is_wrapped(lines)
    compounds = cache(lambda: frozenset(word.casefold() for word in _COMPOUND.findall(text)))
    blocks: list[_Block] = []
    current: _Block | None = None
    for offset, body in lines:
        if markdown and current is not None and len(current.pieces) == 1 and _MD_UNDERLINE.match(body):
            current.heading, current = True, None  # "Title" over "=====": a setext heading
            continue
        piece, kind = _marked_line(offset, body) if markdown else _text_line(offset, body)
        if kind == "blank" or not piece[1]:
            current = None
            continue
        if kind == "heading":
            blocks.append(_Block([piece], heading=True))
            current = None
        elif current is not None and kind != "item" and (by_blank or _continues(current, piece[1])):
            current.add(piece, compounds)
        elif html and current is None and kind == "text" and blocks and _broken_off(blocks[-1], piece[1]):
            current = blocks[-1]
            current.add(piece, compounds)
        else:
            current = _Block([piece], item=kind == "item")
            blocks.append(current)
    return blocks


def _marked_line(offset: int, body: str) -> tuple[tuple[int, str], str]:
    """Return a Markdown line without its marker, and its kind: blank, heading, item or text."""
    if not body or _MD_RULE.match(body):
        return (offset, ""), "blank"
    heading = _MD_HEADING.match(body)
    if heading:
        return (offset + heading.start(2), heading.group(2)), "heading"
    quote = _MD_QUOTE.match(body)
    if quote:
        offset, body = offset + quote.end(), body[quote.end():]
    item = _MD_ITEM.match(body)
    if item:
        return (offset + item.end(), body[item.end():]), "item"
    return (offset, body), "text"


def _text_line(offset: int, body: str) -> tuple[tuple[int, str], str]:
    """Return a plain-text line and its kind: a list item ("• ...", "- ...", "2. ...") without its marker, or text."""
    item = _TEXT_ITEM.match(body)
    if item and item.end() < len(body):
        return (offset + item.end(), body[item.end():]), "item"
    return (offset, body), "text"


def _broken_off(block: _Block, line: str) -> bool:
    """Return True when `line`, after a paragraph break, carries on the sentence a paragraph block left open."""
    return not block.heading and not block.item and _continues(block, line)


def _continues(block: _Block, line: str) -> bool:
    """Return True when `line` carries on the sentence (or the hyphenated word) the block's last line leaves open."""
    last = block.pieces[-1][1]
    if _BREAK_HYPHEN.search(last) and line[0].isalnum():
        return True
    return line[0].islower() and not _ends_sentence_mark(last)


def _title_case_share(text: str) -> float:
    """Return the share of a line's words, short function words aside, that are capitalised."""
    words = [word for word in _WORD.findall(text) if word.lower() not in lexicon().minor_words]
    return sum(word[0].isupper() for word in words) / len(words) if words else 0.0


_TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?", re.I)


def _looks_like_heading(text: str, max_words: int) -> bool:
    """Return True when a one-line paragraph reads as a heading, not as a sentence.

    A heading is short, starts with no lower-case letter, holds no quoted speech (`,”`), and ends
    without a period, comma, colon or closing quote; one ending in "?" or "!" must be in Title Case.
    """
    words = text.split()
    if _TIMESTAMP.fullmatch(text):  # a live blog's "14:05" or "1.45pm GMT" heads the entry under it
        return True
    if not words or len(words) > max_words or len(text) > 160 or text[0].islower():
        return False
    if text[-1] in ".,;:。，；：" or text[-1] in _CLOSERS.replace(")", "") or not any(ch.isalpha() for ch in text):
        return False
    if _SPEECH.search(text):  # quoted words closed by their own punctuation: reported speech
        return False
    if text[-1] in "!?…":
        return _title_case_share(text) >= 0.6
    return True


_PAGE_NUMBER = re.compile(r"[-–—\s]*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?[-–—\s]*", re.I)
_PAGE_GAP = re.compile(r"^\d{1,4}[ \t]{3,}(?=\S)|(?<=\S)[ \t]{3,}\d{1,4}$")  # "Annual Report      12"


BOILERPLATE_WORDS = 25  # the longest line of page furniture worth comparing with the list


def _is_boilerplate(block: _Block) -> bool:
    """Return True when a one-line block is a page number, an image, or a web page's furniture (data/boilerplate.txt)."""
    if len(block.pieces) != 1 or len(block.text.split()) > 2 * BOILERPLATE_WORDS:
        return False  # furniture is short, even with its Markdown: spare long paragraphs the patterns
    text = _tidy(block.text, True)
    if _PAGE_NUMBER.fullmatch(text) or not any(ch.isalnum() for ch in text):
        return True
    if len(text.split()) > BOILERPLATE_WORDS:
        return False
    lex = lexicon()
    whole, prefixes = lex.boilerplate_lines, lex.boilerplate_prefixes
    folded = text.casefold()
    return folded in whole or folded.startswith(prefixes)


def _looks_like_headline(text: str) -> bool:
    """Return True when the first paragraph reads as the article's headline."""
    words = len(text.split())
    return _looks_like_heading(text, 25) and (words <= 14 or _title_case_share(text) >= 0.6)


def _layout(text: str, start: int, markdown: bool, html: bool = False) -> _Layout:
    """Return the headline and the body blocks of a text, subheadings marked.

    Boilerplate paragraphs ("Advertisement", "Read more: ...", a page number) and a running
    header that repeats the headline are left out before anything else is decided.
    """
    blocks = [block for block in _blocks(text, start, markdown, html) if not _is_boilerplate(block)]
    layout = _Layout()
    for index, block in enumerate(blocks):
        single = len(block.pieces) == 1 and not block.item
        if index == 0 and (block.heading or (single and _looks_like_headline(block.text))):
            layout.headline = _tidy(block.text, markdown)
            continue
        if single and layout.headline and _tidy(block.text, markdown) == layout.headline:
            continue
        if single and index < 3 and not layout.byline and _BYLINE.match(_tidy(block.text, markdown)):
            layout.byline = _tidy(block.text, markdown)
            continue
        between = index + 1 < len(blocks)
        subheading = block.heading or (single and between and _looks_like_heading(block.text, 14))
        layout.blocks.append((block, subheading))
    if layout.headline and not layout.blocks and len(blocks) == 1 and len(layout.headline.split()) >= 4:  # only a headline
        layout.blocks.append((blocks[0], False))
    return layout


# ---------------------------------------------------------------------------------------------
# Sentences


_END = re.compile(r"[.!?…]+(?P<close>[”’\"'»)\]]*)|[。！？]+(?P<wide_close>[」』）”’]*)")
_NEXT_WORD = re.compile(r"[“‘\"'«(\[]*([^\W_][\w'’.-]*)?")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.){2,}")
_INITIAL = re.compile(r"[A-Z]\.")
_LIST_NUMBER = re.compile(r"\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})\)?")
_DATELINE = re.compile(
    r"(?P<place>[^\W\d_](?:[^\W\d_]|['’./\-]){2,}(?: [^\W\d_](?:[^\W\d_]|['’./\-])+)*)"  # the place, in capitals
    r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?"  # its country or state
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"  # the day
    r"(?: \([A-Z][A-Za-z .&-]{0,30}\))?"  # the agency
    r"[ \t\u00a0]*[-–—]{1,2}[ \t\u00a0]+"
)
_SPACE_RUN = re.compile(r"\s+")
_MD_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),
)


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Return the (start, end) spans of the sentences of one paragraph of text, from `start`.

    Rules:
    * A sentence ends at ".", "!", "?", "…" or "..." (with any closing quotes or brackets, which
      stay with it) when the next word does not start in lower case. So `"Hi!" she said.` is one
      sentence, and a quotation of several sentences is split like any text: in
      `"We will act. We will win," she said.` the attribution stays with the sentence that holds
      the end of the quotation.
    * A dash after the mark carries the sentence on (`“Enough!” — that was all she said.`,
      `“We will win.” — Jane Doe, analyst`).
    * A closing quote may be glued to the next sentence (`end.”Next`); the text splits there.
    * An ellipsis inside an open curly quotation marks an omission and does not split.
    * After a title or reference abbreviation ("Dr.", "No.", "e.g.") and after a single initial
      ("George W. Bush") the text does not split; after an abbreviation that may end a sentence
      ("U.S.", "Inc.", "Jan.", "etc.") it splits only before a usual sentence opener ("The", "It");
      after "a.m." or "p.m." it splits before any capitalised word but a day, month or time zone.
      Decimals and amounts ("3.14", "€67.5 million") never split: no space follows their point.
    * A number or letter that opens a sentence with a period ("2.", "b.", "iv.") numbers a list
      item; it does not make a sentence of its own.
    * A parenthetical credit with no closing punctuation of its own, such as "(World Bank)",
      belongs to the sentence before it (a paragraph that is only such a credit, too).
    """
    spans, begin, quotes = [], start, _QuoteCount(text)
    for match in _END.finditer(text, start):
        end = match.end()
        if _LIST_NUMBER.fullmatch(text, begin, match.start()) and match.group() == ".":
            continue  # "2. The second point." is one sentence, not "2." and another
        after = _next_start(text, match, quotes)
        if after is None or not _ends_here(text, match, after, quotes):
            continue
        spans.append((begin, end))
        begin = after
    if text[begin:].strip():
        spans.append((begin, len(text.rstrip())))
    return _attach_parentheticals(text, [(s, e) for s, e in spans if _has_word(text, s, e)])


class _QuoteCount:
    """Counts of quotation marks before a position of one text.

    The scan asks at positions that only move forward, so each stretch of text is counted once
    and a paragraph of any length is split in linear time.
    """

    MARKS = ("“", "”", '"')

    def __init__(self, text: str) -> None:
        self.text, self.position, self.counts = text, 0, dict.fromkeys(self.MARKS, 0)

    def before(self, position: int, mark: str) -> int:
        """Return how many times `mark` occurs in the text before `position`."""
        if position >= self.position:
            for each in self.MARKS:
                self.counts[each] += self.text.count(each, self.position, position)
            self.position = position
            return self.counts[mark]
        return self.counts[mark] - self.text.count(mark, position, self.position)


def _next_start(text: str, match: re.Match, quotes: _QuoteCount) -> int | None:
    """Return where the next sentence would begin after a terminal mark, or None if none can."""
    end = match.end()
    if end >= len(text):
        return None
    if text[end].isspace():
        after = end + 1
        while after < len(text) and text[after].isspace():
            after += 1
        return after if after < len(text) else None
    if match.group("wide_close") is not None:  # Chinese and Japanese put no space between sentences
        return end if not match.group("wide_close") or text[end] in "「『（“" else None
    glued = text[end].isupper() or text[end] in "“‘«"
    return end if glued and _closes_quote(match, quotes) else None


def _closes_quote(match: re.Match, quotes: _QuoteCount) -> bool:
    """Return True when a terminal mark is followed by a quotation mark that closes a quotation."""
    close = match.group("close")
    if not close:
        return False
    if close[-1] == '"':  # a straight quote closes when an odd number of them came before it
        return quotes.before(match.end() - 1, '"') % 2 == 1
    return close[-1] in "”’»)]"


def _ends_here(text: str, match: re.Match, after: int, quotes: _QuoteCount) -> bool:
    """Return True when the terminal mark `match` ends a sentence whose successor starts at `after`."""
    following = _NEXT_WORD.match(text, after)
    word = following.group(1) or ""
    first = text[after]
    if word[:1].islower() or first in "—–-":  # "“Enough!” — that was all she said": a dash carries on
        return False
    if match.group("wide_close") is not None:
        return True
    mark = text[match.start():match.start("close")]
    if mark.strip(".") == "" and len(mark) > 1 or mark == "…":
        return quotes.before(match.start(), "“") <= quotes.before(match.start(), "”")  # "…" inside a quotation omits words
    if mark != "." or match.group("close"):
        return True
    before = _word_before(text, match.start())
    kind = lexicon().abbreviations.get(before)
    if kind == "prefix":
        return False
    if kind == "time":  # "at 5 p.m. Monday" goes on; "at 5 p.m. Officials said" does not
        return word not in lexicon().time_words and word.rstrip(".") not in lexicon().time_words
    opens_quote = first in _OPENERS and first not in "(["
    if _INITIAL.fullmatch(before):
        return _previous_word(text, match.start() - len(before)).islower() and word in lexicon().sentence_starters
    if kind == "any" or _INITIALISM.fullmatch(before):
        return opens_quote or word in lexicon().sentence_starters
    return True


def _word_before(text: str, end: int) -> str:
    """Return the word that ends with the period at `end`, its period included, openers dropped."""
    start = max(text.rfind(" ", max(0, end - 64), end), text.rfind("\n", max(0, end - 64), end), end - 64) + 1
    return text[start:end + 1].lstrip(_OPENERS)


def _previous_word(text: str, end: int) -> str:
    """Return the word before position `end` (the one before the word that starts there)."""
    words = text[max(0, end - 40):end].split()
    return words[-1] if words else ""


def _has_word(text: str, start: int, end: int) -> bool:
    """Return True when a span holds at least one letter or digit."""
    return any(ch.isalnum() for ch in text[start:end])


def _attach_parentheticals(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the spans with each unpunctuated "(Credit)" that opens a span moved to the one before."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        close = text.find(")", start, end) if out and text[start] == "(" else -1
        inner = text[start + 1:close].rstrip() if close > 0 else ""
        if not inner or inner[-1] in _TERMINAL or "(" in inner:
            out.append((start, end))
            continue
        rest = text[close + 1:end]
        if rest.strip() in ("", "."):
            out[-1] = (out[-1][0], end)
        elif rest[:1].isspace() and rest.lstrip()[:1].isupper():
            out[-1] = (out[-1][0], close + 1)
            out.append((end - len(rest.lstrip()), end))
        else:
            out.append((start, end))
    return out


def _tidy(text: str, markdown: bool) -> str:
    """Return a span's text as a sentence: runs of spaces made one, Markdown markup removed."""
    if markdown:
        for pattern, replacement in _MD_INLINE:
            text = pattern.sub(replacement, text)
    if text.isascii() and text.isprintable() and "  " not in text:
        return text.strip()  # nothing to fold, the common case: skip the pattern
    return _SPACE_RUN.sub(" ", text).strip()


def dateline_end(paragraph: str) -> int:
    """Return where the text after a wire-style dateline ("KYIV, July 4 (Reuters) - ") begins, or 0.

    The place is in capitals of any alphabet ("SÃO PAULO", "KYIV/WARSAW"); the text after the
    dash starts with no lower-case letter ("NATO — the alliance — met" has no dateline).
    """
    match = _DATELINE.match(paragraph)
    if not match or match.end() >= len(paragraph) or paragraph[match.end()].islower():
        return 0
    return match.end() if match.group("place") == match.group("place").upper() else 0


@dataclass
class _Numbered:
    """The sentences, subheadings and dateline found in a layout."""

    sentences: list[Sentence] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)
    dateline: str = ""


def _number(layout: _Layout, source_id: str, markdown: bool) -> _Numbered:
    """Return the numbered sentences of a layout's body, with its subheadings and dateline."""
    found, heading, paragraph = _Numbered(), "", 0
    for block, is_heading in layout.blocks:
        if is_heading:
            heading = _tidy(block.text, markdown)
            found.subheadings.append(heading)
            continue
        text, starts = _joined(block)
        if _is_credit(text) and found.sentences and found.sentences[-1].heading == heading:
            found.sentences[-1] = _extended(found.sentences[-1], _to_source(block, starts, len(text) - 1) + 1, text)
            continue
        begin = 0
        if paragraph == 0 and not found.sentences:
            begin = dateline_end(text)
            found.dateline = text[:begin].strip().rstrip("-–—").strip()
        spans = split_sentences(text, begin)
        for start, end in spans:
            found.sentences.append(Sentence(
                source_id, len(found.sentences) + 1, _tidy(text[start:end], markdown),
                _to_source(block, starts, start), _to_source(block, starts, end - 1) + 1, paragraph, heading,
            ))
        paragraph += bool(spans)
    return found


def _is_credit(paragraph: str) -> bool:
    """Return True when a paragraph is only a parenthetical with no closing punctuation inside."""
    inner = paragraph[1:-1].rstrip()
    framed = paragraph.startswith("(") and paragraph.endswith(")")
    return framed and "(" not in inner and ")" not in inner and inner[-1:] not in ("", *_TERMINAL)


def _extended(sentence: Sentence, end: int, credit: str) -> Sentence:
    """Return the sentence carried on to `end` to take in the credit paragraph that follows it."""
    return dataclasses.replace(sentence, end=end, text=f"{sentence.text} {_SPACE_RUN.sub(' ', credit)}")


def _joined(block: _Block) -> tuple[str, list[int]]:
    """Return a block's text and where each of its pieces starts in that text."""
    starts, position = [], 0
    for index, (_, piece) in enumerate(block.pieces):
        position += bool(index) and index not in block.glued
        starts.append(position)
        position += len(piece)
    return block.text, starts


def _to_source(block: _Block, starts: list[int], index: int) -> int:
    """Return the offset in the source text of position `index` of a block's joined text."""
    piece = bisect_right(starts, index) - 1
    offset, text = block.pieces[piece]
    return offset + min(index - starts[piece], len(text) - 1)


# ---------------------------------------------------------------------------------------------
# Files and folders


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
    text = normalise(text)
    if kind == "html" and "<" in text:  # a page without any markup is read as plain text
        text, fields = html_article(text, path)
        start = 0
    else:
        fields, start = front_matter(text, path)
    markdown = kind != "text"
    layout = _layout(text, start, markdown, kind == "html")
    found = _number(layout, source_id, markdown)
    if not found.sentences:
        raise InputError(f"{path}: no sentences found")
    fields = {"title": layout.headline, **fields, **{k: v for k, v in (meta or {}).items() if v}}
    return Source(
        id=source_id, path=path, text=text, sha256=hashlib.sha256(data).hexdigest(),
        sentences=tuple(found.sentences), subheadings=tuple(found.subheadings), encoding=encoding,
        dateline=found.dateline, byline=layout.byline, **{key: fields.get(key, "") for key in FIELDS},
    )


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
    for path in files:
        try:
            sources.append(read_source(path, f"S{len(sources) + 1}", metadata.get(path.name), warn))
        except InputError as err:
            warn(f"{err.message}; skipped")
    if not sources:
        raise InputError(f"{folder}: no usable source file (.txt, .md, .html) in the folder")
    return Corpus(tuple(sources))
