"""Words, numbers and stems: how the reading half cuts running text into the units it compares."""

from __future__ import annotations

import re

# A token of running text: letters and digits, joined by inner apostrophes, points, commas and
# hyphens ("U.S.", "1,200", "Jean-Luc", "Reuters'").
TOKEN = re.compile(r"[^\W_]+(?:[’'.,-][^\W_]+)*")
# A plain word: a run of letters and digits (what a folded text is compared by).
WORD = re.compile(r"[^\W_]+")
# A run of letters alone.
LETTERS = re.compile(r"[^\W\d_]+")
# A term: a word that opens with a letter and may hold digits and hyphens ("co-chair", "G7").
TERM = re.compile(r"[^\W\d_][\w-]*")

# The upper-case letters of the Latin, Greek and Cyrillic alphabets, for a character class.
UPPER = "".join(ch for ch in map(chr, range(0x41, 0x530)) if ch.isupper() and ch.isalpha())
# A capitalised word, with inner apostrophes and hyphens ("O'Brien", "Jean-Luc").
CAPITALISED = rf"[{UPPER}][^\W\d_]*(?:[’'][{UPPER}][^\W\d_]*|-[^\W\d_]+)*"

# A number as news prints it: 1,200,000 / 1.200.000 / 12.5 / 800 / 12,00,000 (never inside a longer token).
NUMBER = (r"\d{1,2}(?:,\d{2})+,\d{3}(?!\d|,\d)|"  # grouped as India groups it: 11,11,111
          r"\d{1,3}(?:\.\d{3}){2,}(?!\d|\.\d)|\d{1,3}(?:[,\u00a0\u202f]\d{3})+(?:\.\d+)?(?!\d|,\d)"
          r"|\d+,\d{1,2}(?!\d|,\d)|\d+(?:\.\d+)?(?!\d|,\d)")

# The auxiliary verbs that stand between a subject and its main verb ("X has pledged").
# Lower-case particles of surnames ("von der Hale", "de la Roca", "bin Tariqi").
PARTICLES = ("van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn",
             "al", "el", "ter", "dos", "das")
# Every dash code point that may join the parts of a name ("Brandt-Okoro", "Brandt‑Okoro", "Brandt–Okoro").
DASH = "[-\u2010\u2011\u2012\u2013\u2212]"
# What marks a post as held once before a title, dashed to it ("then-CEO", "ex-minister", "acting-governor").
POST_ONCE = rf"(?:ex|then|former|acting){DASH}"
# What may stand before the first word of a sentence: spaces, quotation marks, a bracket, a dash.
BEFORE_FIRST_WORD = " \"“‘'(—–-"
AUXILIARIES = ("has", "have", "had", "will", "would", "shall", "is", "are", "was", "were")

# Endings a light stem takes off: (ending, replacement, shortest word it is taken from).
_ENDINGS = (("ies", "y", 5), ("sses", "ss", 5), ("ing", "", 6), ("ed", "", 5))


def tokens(text: str) -> list[str]:
    """Return the tokens of `text`, in order."""
    return TOKEN.findall(text)


def stem(word: str) -> str:
    """Return a light stem of a folded word, so "agreements" and "agreement" meet; a number loses
    its thousands separators."""
    if word[:1].isdigit():
        return word.replace(",", "")
    for ending, replacement, shortest in _ENDINGS:
        if word.endswith(ending) and len(word) >= shortest:
            return word[: -len(ending)] + replacement
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def singular(word: str) -> str:
    """Return a folded word without a plural ending ("agencies" -> "agency", "ships" -> "ship"), a
    lighter cut than `stem` that leaves verb endings whole ("killed" and "injured" stay apart)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
