"""Folding: the forms under which two spellings of a name, or two wordings of a text, compare equal."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

# Letters NFKD leaves whole, and apostrophes that differ between outlets, not in meaning.
_LETTERS = {"ø": "o", "Ø": "O", "æ": "ae", "Æ": "ae", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i",
            "’": "'", "‘": "'"}
_NAME = str.maketrans(_LETTERS)
# Text adds the other typographic marks: quotes, dashes, ellipses and no-break spaces.
_TEXT = str.maketrans({**_LETTERS, "ʼ": "'", "“": '"', "”": '"', "—": "-", "–": "-", "‐": "-", "…": "...",
                       "\u00a0": " "})
_SPACES = re.compile(r"\s+")


def _plain(text: str, table: dict) -> str:
    """Return `text` translated by `table` and without combining marks, in lower case."""
    text = text.translate(table)
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return text.lower()


@lru_cache(maxsize=1 << 16)
def fold_name(text: str) -> str:
    """Return a name in lower case with diacritics removed ("Søren" -> "soren")."""
    return _plain(text, _NAME)


@lru_cache(maxsize=1 << 16)
def fold_text(text: str) -> str:
    """Return text lower-cased, without diacritics, with plain quotes and dashes and single spaces."""
    return _SPACES.sub(" ", _plain(str(text), _TEXT)).strip()


_TRANSLIT = (
    (re.compile(r"kh"), "h"), (re.compile(r"ph"), "f"), (re.compile(r"w"), "v"), (re.compile(r"j"), "y"),
    (re.compile(r"(.)\1+"), r"\1"), (re.compile(r"(?:iy|yi|ey)$"), "y"), (re.compile(r"(?<=\w{3})i$"), "y"),
)
_NOT_LETTER = re.compile(r"[^a-z]")


@cache
def name_key(token: str) -> str:
    """Return the key under which spellings of one name token compare equal.

    Diacritics are folded and the usual transliteration variants collapse: Petrovsky, Petrovskyj,
    Petrovskiy and Petrovskyy share one key; so do Kjærgård and Kjaergard.
    """
    key = _NOT_LETTER.sub("", fold_name(token))
    for pattern, replacement in _TRANSLIT:
        key = pattern.sub(replacement, key)
    return key


def diacritics(text: str) -> int:
    """Return how many letters of `text` carry a diacritic (a properly spelled name has more)."""
    return sum(1 for ch in text if ord(ch) > 127 and ch.isalpha())


_HARD_C = re.compile(r"^(?:ch|c(?=[^eiy]))")
_VOWEL = re.compile(r"^[aeiouy](?=[^aeiouy])")
_P = re.compile(r"^p(?!h)")


def initial_sound(name: str) -> str:
    """Return a folded name with the sound it opens with written one way, so that "christerson"
    and "kristersson", "osifo" and "usifo", "perlin" and "berlin" open alike: "ch", or "c" before
    anything but e, i, y, is "k"; a lone vowel before a consonant is "a"; "p" is "b", as a name
    comes back from a script without a "p" (Arabic writes it with its "b")."""
    return _P.sub("b", _VOWEL.sub("a", _HARD_C.sub("k", name)))
