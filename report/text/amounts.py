"""Amounts of money as text writes them: a number with a currency before or after it, a scale
word ("million", "bn", "crore"), a range ("between $2bn and $3bn"). Only what the words say;
what an amount is for is the draft's business (report/extract/money.py).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..regexcache import kept
from .lexicon import alternation, cue_pattern, lexicon
from .words import NUMBER

# Sources that give one sum or share differently rarely differ by a quarter; further apart, they
# give two (a part and the whole, two loans, two holders' stakes). Closer, they are two versions of
# one figure, never two sums.
SPREAD = 1.25

_MAYBE_MONEY = re.compile(r"\d|illion|thousand|crore|lakh", re.IGNORECASE)
_NOT_MONEY_AFTER = re.compile(r"\s*(?:%|per\s?cent\b|percent\b|pc\b)", re.IGNORECASE)

@dataclass(frozen=True)
class Amount:
    """One amount of money as a sentence writes it, with where it stands in that sentence."""

    text: str
    value: float
    currency: str
    start: int
    end: int


def _any_of(words) -> str:
    """Return a regex alternation of `words` as written, longest first so "US$" wins over "$"."""
    return alternation(words, loose_spaces=False)


@cache
def _lookup() -> dict[str, str]:
    """Return every symbol, name and code (names folded to lower case) mapped to its ISO code."""
    table: dict[str, str] = {}
    for code, entry in reversed(list(lexicon().currencies.items())):
        for mark in entry.get("symbols", []) + entry.get("letter_symbols", []):
            table[mark] = code
        for name in entry.get("names", []) + entry.get("weak_names", []):
            table[name.lower()] = code
        table[code] = code
    return table


@kept
def _patterns() -> tuple[re.Pattern, ...]:
    """Return the regexes of an amount with its currency before, with its currency after, and
    with a one-letter mark before ("N2.4tr", "N70,000")."""
    currencies, scales = lexicon().currencies, lexicon().scales
    codes = _any_of(currencies)
    symbols = _any_of(mark for entry in currencies.values() for mark in entry.get("symbols", []))
    names = _any_of(n for e in currencies.values() for n in e.get("names", []) + e.get("weak_names", []))
    words = _any_of(scales["words"])
    short = _any_of(scales["short"])
    number_words = _any_of(scales["number_words"])
    scale = rf"(?:[\s-]*(?P<scale>(?i:(?:{words})(?:\s+(?:{words}))?))\b|\s?(?P<short>{short})(?![\w]))"
    second = rf"(?:\s*(?:-|–|to)\s*(?:{symbols})?(?P<high>{NUMBER}))?"
    before = re.compile(
        rf"(?<![\w$€£¥₴₹])(?P<mark>{symbols}|{codes})\s?(?P<number>{NUMBER}){second}{scale}?"
    )
    after = re.compile(  # a year opens no range ("3 billion rand in 2027 to 1.2 billion rand")
        rf"(?:(?<![\w.,$€£¥₴₹-])(?!(?:1[89]|20)\d\d(?:\s*[-–]\s*|\s+to\s+)\d)(?P<number>{NUMBER})|(?<![\w-])(?P<word>(?i:{number_words})))"
        rf"{second}{scale}?(?:\s*|-)(?:(?P<name>(?i:{names}))|(?P<code>{codes})|(?P<sign>€))"
        r"(?!\w)(?![\s-]*(?i:zone|area)\b)"
    )
    letters = _any_of(mark for entry in currencies.values() for mark in entry.get("letter_symbols", []))
    # A one-letter mark needs a scale word, or a number with thousands marked ("N70,000"): "N95" is a mask.
    lettered = re.compile(rf"(?<![\w$€£¥₴₹.,-])(?P<mark>{letters})(?P<number>{NUMBER})(?:{scale}|(?:(?<=\d,\d\d\d)|(?<=\d,\d\d\d\.\d\d))(?![\w.,]))") \
        if letters else None
    return tuple(pattern for pattern in (before, after, lettered) if pattern)


def _number(text: str) -> float:
    """Return the value of a number as printed: thousands marked by commas, blanks or dots."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", text):
        return float(text.replace(".", ""))
    if re.fullmatch(r"\d+,\d{1,2}", text):
        return float(text.replace(",", "."))  # a decimal comma: "€2,5 million"
    return float(re.sub(r"[,\u00a0\u202f]", "", text))


def _amount(match: re.Match, sentence: str) -> Amount | None:
    """Return the amount a regex match stands for, or None when it is not money after all."""
    if _NOT_MONEY_AFTER.match(sentence, match.end()) or _cut_scale(sentence[match.end():]):
        return None
    groups = match.groupdict()
    scale = 1.0
    if groups.get("scale"):
        scale = math.prod(lexicon().scales["words"][word.lower()] for word in groups["scale"].split())  # "lakh crore"
    elif groups.get("short"):
        scale = lexicon().scales["short"][groups["short"]]
    if groups.get("word"):
        if not groups.get("scale"):
            return None  # "a dollar", "one euro": a number word counts only with a scale word
        value = lexicon().scales["number_words"][re.sub(r"\s+", " ", groups["word"].lower())]
    else:
        value = _number(groups["number"])
    mark = groups.get("mark") or groups.get("code") or groups.get("sign") or groups.get("name")
    if groups.get("name") and _weak(groups["name"]) and scale == 1.0:
        return None  # "500 pounds" of flour
    currency, text = _currency_and_text(mark, sentence, match.start(), match.group(0).strip())
    return Amount(text, value * scale, currency, match.start(), match.start() + len(text))


def _currency_and_text(mark: str, sentence: str, start: int, text: str) -> tuple[str, str]:
    """Return the currency an amount's mark names and the amount's text; a "$" amount takes in the
    dollar country written after it, as news agencies write it ("$12 billion Canadian")."""
    currency = _lookup().get(mark) or _lookup().get(mark.lower())
    whose = _dollar_of().match(sentence, start + len(text)) if mark == "$" else None
    return (_dollar_adjectives()[whose.group(1)], sentence[start:whose.end()]) if whose else (currency, text)


@cache
def _dollar_adjectives() -> dict[str, str]:
    """Return the words that name a country's dollar ("Canadian" of "Canadian dollars"), as the
    currencies' names write them, mapped to its code."""
    adjectives = {}
    for code, entry in lexicon().currencies.items():
        for name in entry.get("names", []):
            words = name.split()
            if len(words) > 1 and words[-1].lower() in ("dollar", "dollars"):
                adjectives.setdefault(" ".join(words[:-1]), code)
    return adjectives


@kept
def _dollar_of() -> re.Pattern:
    """Return the pattern of a dollar country's word right after a "$" amount, ending its phrase
    ("$12 billion Canadian (US$8.7 billion)"), not the adjective of a noun ("$5m Canadian grant")."""
    return re.compile(rf"\s+({_any_of(_dollar_adjectives())})(?!\w)(?!\s+[a-z])")


def _cut_scale(rest: str) -> bool:
    """Return True when the text ends right after the amount in the first letters of a scale word:
    a cut-off page's "£20 bill", whose value no one can tell."""
    cut = re.fullmatch(r"\s+([a-z]{2,})", rest)
    return bool(cut) and any(word.startswith(cut.group(1)) and word != cut.group(1) for word in lexicon().scales["words"])


def _weak(name: str) -> bool:
    """Return True when a currency name is also an everyday word ("pounds")."""
    return any(name.lower() == weak.lower() for e in lexicon().currencies.values() for weak in e.get("weak_names", []))


@kept
def _range_gap() -> tuple[re.Pattern, re.Pattern]:
    """Return the regexes of what joins the two ends of a range, and of the words that make it a change."""
    change = cue_pattern(lexicon().money_words["change"])
    return (re.compile(r"\s*(?:-|–|—|to|and)\s*", re.IGNORECASE),
            re.compile(rf"\b(?:{change})\s+$", re.IGNORECASE))


def _range(text: str, low: Amount, high: Amount) -> Amount | None:
    """Return one amount for a range written with both ends marked ("between $2bn and $3bn",
    "€2.5bn–€3bn"), valued at its lower end, or None when the two amounts are no range.

    "and" joins a range only after "between"; "to" joins none after a word of change
    ("rose from $2bn to $3bn" gives two figures).
    """
    gap, change = _range_gap()
    joint = text[low.end : high.start]
    if low.currency != high.currency or not gap.fullmatch(joint) or high.value <= low.value:
        return None
    before = text[: low.start]
    opener = re.search(r"\bbetween\s+$", before, re.IGNORECASE)
    if "and" in joint.lower() and not opener:
        return None
    if "to" in joint.lower() and change.search(before):
        return None
    start = opener.start() if opener else low.start
    return Amount(text[start : high.end], low.value, low.currency, start, high.end)


def find_amounts(text: str) -> list[Amount]:
    """Return the amounts of money in `text`, in order, none overlapping, each value once."""
    return list(_amounts_in(text))


# Sentences whose amounts are kept: the funding, the conflicts and the summary each read the
# amounts of every sentence, and a corpus repeats sentences (wire copy, quotations).
MAX_TEXTS_KEPT = 1 << 16


@lru_cache(maxsize=MAX_TEXTS_KEPT)
def _amounts_in(text: str) -> tuple[Amount, ...]:
    """Return the amounts of `text` as `find_amounts` does, once for each text (kept: Amounts never change)."""
    if not _MAYBE_MONEY.search(text):
        return ()  # most sentences hold no figure at all: skip the big patterns
    found = []
    for pattern in _patterns():
        found += [amount for match in pattern.finditer(text) if (amount := _amount(match, text))]
    found.sort(key=lambda a: (a.start, -(a.end - a.start)))
    kept: list[Amount] = []
    for amount in found:
        if kept and amount.start < kept[-1].end:
            continue
        if _RATE_SIGN.match(text, amount.end) or _RATE_SIGN_BEFORE.search(text, 0, amount.start):
            continue  # "(C$1 = $0.71)": a rate of exchange, no sum of money
        if kept and (merged := _range(text, kept[-1], amount)):
            kept[-1] = merged
            continue
        kept.append(amount)
    seen: set[tuple[str, float]] = set()
    unique = []
    for amount in kept:
        key = (amount.currency, round(amount.value, 2))
        if key not in seen:
            seen.add(key)
            unique.append(amount)
    return tuple(unique)


# The sign between the two sides of a rate of exchange: "C$1 = US$0.71", "€1 = 1.08 dollars".
_RATE_SIGN = re.compile(r"\s*=\s*\S")
_RATE_SIGN_BEFORE = re.compile(r"\d\s*=\s*$")

_BARE_NUMBER = re.compile(rf"(?<![\w.,])(?P<number>{NUMBER})(?:\s?(?P<scale>[A-Za-z]+)\b)?")


def find_numbers(text: str) -> set[float]:
    """Return every number `text` writes, each as printed and, when a scale word follows it, scaled;
    and a number word before a scale word, scaled ("one billion").

    "500m people, 1,200 buses and 4.5 billion" -> {500.0, 500000000.0, 1200.0, 4.5, 4500000000.0}.
    """
    values: set[float] = set()
    scales = lexicon().scales
    scales = {**scales["short"], **{word.lower(): value for word, value in scales["words"].items()}}
    for match in _BARE_NUMBER.finditer(text):
        value = _number(match.group("number"))
        scale = scales.get(match.group("scale") or "") or scales.get((match.group("scale") or "").lower(), 1.0)
        values |= {value, value * scale}
    words = lexicon().scales["number_words"]
    for match in _worded_number().finditer(text):
        values.add(words[match.group("word").lower()] * scales[match.group("scale").lower()])
    return values


@kept
def _worded_number() -> re.Pattern:
    """Return the pattern of a number word before a scale word ("one billion", "Two million")."""
    words = _any_of(word for word in lexicon().scales["number_words"] if word not in ("a", "an"))
    scales = _any_of(lexicon().scales["words"])
    return re.compile(rf"(?<![\w-])(?P<word>(?i:{words}))\s+(?P<scale>(?i:{scales}))\b")


def parse_amount(text: str) -> tuple[float, str] | None:
    """Return (value in units, ISO code) of the first amount in `text`: "€12.5 million" -> (12500000.0, "EUR")."""
    amounts = find_amounts(text)
    return (amounts[0].value, amounts[0].currency) if amounts else None


