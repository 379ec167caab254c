"""Support: what an outline states in its own words is stated by the sentences it cites.

A quotation is proved word for word by `check`. Everything else the outline says in its own
words — a summary item, a funding row, a paraphrased view, a version of a conflict — is proved
here, claim by claim, against the sentences that claim cites:

* every number must occur in them, compared by value: "€500m", "500 million euros" and
  "EUR 500,000,000" are one number; an amount of money must be there in the same currency;
* every proper name (a capitalised word that does not merely open a sentence) must occur in them,
  or another name of the same actor must (the outline's `actors` list the names each goes by).

A missing number is an error; a missing name is a warning, since a name may be written another
way (an alias, a translation) without being wrong. Support is not truth: a claim can repeat its
sentence's numbers and names and still misread it, which only a reader can see.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .corpus import Corpus
from .text import fold_text, lexicon
from .text.amounts import Amount, find_amounts, find_numbers

if TYPE_CHECKING:  # the drafter hands its own records (`report.items`), a check the outline's models
    from .outline import Conflict, Outline, SummaryItem

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_DIGITS = re.compile(r"\d[\d,.\u00a0\u202f]*")  # a run of digits as a claim writes it
_POSSESSIVE = re.compile(r"['’]s$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(]\s*)$")
DISPUTED_KINDS = ("fact", "figure")  # conflicts whose versions cannot all be true
_TOLERANCE = 1e-6  # relative: the same number written with other digits of rounding is another number


@dataclass(frozen=True)
class Claim:
    """One thing the outline states in its own words, the field it stands in, and what it cites."""

    field: str
    text: str
    cite: tuple[str, ...]


@dataclass(frozen=True)
class Gap:
    """A number or name of a claim that its cited sentences do not give."""

    level: str  # "error" for a number, "warning" for a name
    field: str
    message: str


def claims(outline: Outline) -> Iterator[Claim]:
    """Yield every claim of the outline that is not a verbatim quotation."""
    for index, item in enumerate(outline.summary):
        yield Claim(f"summary.{index}.text", item.text, tuple(item.cite))
    for index, item in enumerate(outline.funding):
        for key in ("text", "funder", "purpose"):
            yield Claim(f"funding.{index}.{key}", getattr(item, key), tuple(item.cite))
        for number, equivalent in enumerate(item.equivalents):
            yield Claim(f"funding.{index}.equivalents.{number}.text", equivalent.text, tuple(equivalent.cite))
    for index, view in enumerate(outline.views):
        if not view.quote:
            yield Claim(f"views.{index}.text", view.text, tuple(view.cite))
    for index, conflict in enumerate(outline.conflicts):
        for number, version in enumerate(conflict.versions):
            yield Claim(f"conflicts.{index}.versions.{number}.value", version.value, tuple(version.cite))


def support_gaps(outline: Outline, corpus: Corpus) -> list[Gap]:
    """Return every number and name of the outline's claims that the cited sentences lack.

    A claim citing a sentence that does not exist is left to the cite check.
    """
    gaps = []
    names = actor_names(outline)
    for claim in claims(outline):
        sentences = [corpus.sentence(cite) for cite in claim.cite]
        if not claim.text.strip() or not sentences or any(s is None for s in sentences):
            continue
        cited = " ".join(sentence.text for sentence in sentences)
        where = ", ".join(claim.cite)
        gaps += [Gap("error", claim.field, f"{shown} is not in {where}") for shown in missing_numbers(claim.text, cited)]
        if missing := missing_names(claim.text, cited, names):
            listed = ", ".join(repr(name) for name in missing)
            said = f"the name {listed} is" if len(missing) == 1 else f"the names {listed} are"
            gaps.append(Gap("warning", claim.field, f"{said} not in {where}"))
    for index, item in enumerate(outline.funding):
        gaps += _amount_gaps(f"funding.{index}", item.amount, item.currency, item.cite, corpus)
    return gaps


def missing_numbers(claim: str, cited: str) -> list[str]:
    """Return, as the claim writes them, the amounts and numbers of `claim` that `cited` does not give."""
    missing = []
    given = [(a.value, a.currency) for a in find_amounts(cited)]
    for amount in find_amounts(claim):
        if not any(currency == amount.currency and _same(value, amount.value) for value, currency in given):
            missing.append(repr(amount.text))
    rest = _without_amounts(claim)
    numbers = find_numbers(cited) | _digit_runs(cited)
    for match in _DIGITS.finditer(rest):
        values = find_numbers(match.group(0))
        if values and not any(_same(value, other) for value in values for other in numbers):
            missing.append(repr(match.group(0).rstrip(".,")))
    return missing


def _digit_runs(text: str) -> set[float]:
    """Return the number of every run of digits in `text`, as a claim's digits are read, glued to a
    letter or not ("N1601", which `find_numbers` leaves to the amount it may be part of)."""
    return {value for match in _DIGITS.finditer(text) for value in find_numbers(match.group(0))}


def actor_names(outline: Outline) -> dict[str, set[str]]:
    """Return, for each folded word of an actor's names, every folded name of that actor."""
    found: dict[str, set[str]] = {}
    for actor in outline.actors:
        names = {fold_text(name) for name in [actor.name, *actor.aliases] if name.strip()}
        for word in (w for name in names for w in name.split()):
            found.setdefault(word, set()).update(names)
    return found


def missing_names(claim: str, cited: str, others: dict[str, set[str]] | None = None) -> list[str]:
    """Return the proper names of `claim` that `cited` does not contain (case and accents aside).

    A word of an actor's name is there when any name of that actor is (`others`, from `actor_names`).
    """
    haystack = fold_text(cited)
    missing = []
    for match in _WORD.finditer(claim):
        word = _POSSESSIVE.sub("", match.group(0)).rstrip(".’'-")
        if not word[:1].isupper() or _opens_sentence(claim, match.start(), word):
            continue
        folded = fold_text(word)
        if folded in haystack or any(name in haystack for name in (others or {}).get(folded, ())):
            continue
        if word not in missing:
            missing.append(word)
    return missing


def _amount_gaps(field: str, amount: float | None, currency: str | None, cite: list[str], corpus: Corpus) -> list[Gap]:
    """Return an error when a funding row's normalised amount is in none of its cited sentences.

    A bare "$" may stand for any country's dollar (a Canadian paper's "$150 million" is in
    Canadian dollars), so it gives the amount in whichever dollar the row names; and a sum written
    without a currency ("and 3 billion in loans") is counted in one another cited amount gives."""
    sentences = [corpus.sentence(c) for c in cite]
    if amount is None or not currency or not sentences or any(s is None for s in sentences):
        return []
    if _gives([s.text for s in sentences], amount, currency):
        return []
    return [Gap("error", f"{field}.amount", f"{amount:,.0f} {currency} is not in {', '.join(cite)}")]


def _gives(texts: list[str], amount: float, currency: str) -> bool:
    """Return True when the sentences `texts` give `amount` in `currency`, as `_amount_gaps` reads them."""
    given = [a for text in texts for a in find_amounts(text)]
    if any(_same(a.value, amount) and (a.currency == currency or _bare_dollar(a, currency)) for a in given):
        return True
    bare = [value for text in texts for value in find_numbers(_without_amounts(text))]
    return any(a.currency == currency for a in given) and any(_same(value, amount) for value in bare)


def _bare_dollar(amount: Amount, currency: str) -> bool:
    """Return True when `amount` is written with a bare "$" and `currency` is a country's dollar."""
    return amount.text.startswith("$") and bool(lexicon().currencies.get(currency, {}).get("home"))


def _without_amounts(text: str) -> str:
    """Return `text` with its amounts of money blanked out, so their digits are not counted twice."""
    for amount in reversed(find_amounts(text)):
        text = text[: amount.start] + " " * (amount.end - amount.start) + text[amount.end :]
    return text


def _same(one: float, other: float) -> bool:
    """Return True when two numbers are one value."""
    return abs(one - other) <= _TOLERANCE * max(abs(one), abs(other), 1.0)


def _opens_sentence(text: str, start: int, word: str) -> bool:
    """Return True when a capitalised word only opens a sentence ("The", "However") and names nothing."""
    if not _SENTENCE_START.search(text[:start]):
        return False
    return word in lexicon().sentence_starters or word.lower() in lexicon().minor_words



def states(text: str, value: str) -> bool:
    """Return True when `text` states `value`: every number and name of the value is in the text.

    A value with neither ("immediately") is stated when its words stand in the text.
    """
    if find_numbers(value) or any(w[:1].isupper() for w in _WORD.findall(value)):
        return not missing_numbers(value, text) and not missing_names(value, text)
    return re.search(rf"(?<!\w){re.escape(fold_text(value))}(?!\w)", fold_text(text)) is not None


def one_sided(item: SummaryItem, conflicts: list[Conflict]) -> Conflict | None:
    """Return the first fact or figure conflict of which `item` states exactly one version as settled.

    The item must draw on a sentence in dispute (cite one that a version cites): a name or number
    of a version may stand in an item for another reason. An item that names the conflict in its
    `conflict` field, or states every version, reports the dispute; it is not one-sided.
    """
    for conflict in conflicts:
        if conflict.kind not in DISPUTED_KINDS or conflict.topic == item.conflict:
            continue
        if not any(set(version.cite) & set(item.cite) for version in conflict.versions):
            continue
        stated = [version for version in conflict.versions if states(item.text, version.value)]
        if len(stated) == 1:
            return conflict
    return None
