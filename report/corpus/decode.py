"""Bytes into text: encodings, mojibake, and the text form every source is read in."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from ..errors import InputError
from ..files import read_regular
from ..text import LETTERS

MAX_BYTES = 20 * 1024 * 1024


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
    from charset_normalizer import from_bytes  # start-up time: needed only for a legacy code page

    match = from_bytes(data).best()
    return match.encoding if match else None


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
    for word in LETTERS.findall(text):
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
_BREAK_MARKS = "\r\u2028\u2029\x85\f\v"  # the keys of _LINE_BREAKS


# Two apostrophes or two grave accents typed for a double quotation mark, as some wire feeds and
# typewriter-era tools write it (''Today,'' he said; ``Today,'' he said).
_DOUBLED_QUOTE = re.compile(r"(?<!['`])(?:''|``)(?!['`])")


def clean_text(text: str) -> str:
    """Return text in NFC with every line ending as "\\n" and no invisible format characters.

    Soft hyphens, zero-width spaces, word joiners, byte-order marks and direction marks are
    dropped: they hide inside words ("govern\u00adment") and split names that look whole. Joiners that
    shape a script or an emoji (U+200C, U+200D) stay. A page break (form feed) is a line break.
    Two apostrophes or two grave accents typed for a double quotation mark become that mark.
    """
    text = text.replace("\r\n", "\n")
    if any(mark in text for mark in _BREAK_MARKS):  # str.translate is slow on text that is not ASCII: only when needed
        text = text.translate(_LINE_BREAKS)
    if "''" in text or "``" in text:
        text = _DOUBLED_QUOTE.sub('"', text)
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
