"""Amounts of money in a corpus: what is committed, what is estimated, what is background.

An amount is a number with a currency: a symbol or code before it ("€48 million", "DKK 300m",
"US$1.2 billion", "Rs 500 crore") or a currency name or code after it ("800 million Norwegian
kroner", "1,200,000 euros"). Each becomes a `Funding` item holding its value in units, its ISO
code, its euro equivalent at the rates of the event's day (see `report.rates`), the funder
and purpose its sentence gives, and its kind: a commitment, an estimate or a context figure. A source's own
conversion of an amount ("(about €68 million)") is the same money: it is one of the `equivalents`
of the amount it converts, never an item of its own. Numbers without a currency (years,
percentages, counts) are not money.

The currencies, scale words, cue words and rates are data files in `data/`; nothing here knows
any particular event.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from collections import Counter
from functools import cache, lru_cache, partial
from typing import NamedTuple
from urllib.parse import urlsplit

from ..corpus import Corpus, Sentence, Source
from ..items import Actor, Equivalent, Funding
from ..rates import Rates
from ..regexcache import kept
from ..text import AUXILIARIES, alternation, cue_pattern, fold_name, lexicon
from ..text.amounts import SPREAD, Amount, find_amounts
from ..workers import in_order

_CAPITALISED = r"[A-Z][\w&’'.-]*[\w]"
_NAME_PHRASE = rf"{_CAPITALISED}(?:\s+(?:(?:of|for|and|the|de|la|du)\s+)*{_CAPITALISED})*"
_AUXILIARIES = re.compile(
    rf"(?:\s+|,)(?:{'|'.join(AUXILIARIES)}|also|already|now|just|jointly|together|"
    r"(?-i:[a-z]+ly)|said\s+it|says\s+it|on\s+\w+|this\s+\w+|last\s+\w+)\s*$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r",\s+(?:which|who|while|but|as|after|according|and\s+the|with)\b|;|\s[—–]\s|\.\s|\.$|\s\(|\)"
    rf"|\s(?:{'|'.join(AUXILIARIES)}|said|says)\s"  # the verb of the next clause
    r"|,\s+(?:[\w’'.-]+\s+){0,6}?(?:said|says|told|added|confirmed|reported)\b"  # ", a spokesperson said"
    r"|,\s+[a-z]+ing\b"  # ", covering 42 km"
    r"|(?:,\s*(?:and\s+)?|\s+and\s+)(?=[$€£¥]?\d[\d.,]*\s*(?:million|billion|trillion|bn|mn|m)\b)"  # ", and 200 million for …": a list's next sum
)
_LOOSE_END = re.compile(r"(?:\s+(?:that|which|who|and|or|of|the|a|an|to|for))+$", re.IGNORECASE)


class Funds(NamedTuple):
    """The funding items of a corpus and the date of the rates behind their euro equivalents."""

    funding: list[Funding]
    rates_date: str


# --- data -------------------------------------------------------------------------------------


def _money_words() -> dict[str, list[str]]:
    """Return the sections of data/money_words.txt, each a list of cues in file order."""
    return lexicon().money_words


# --- what an amount is for ------------------------------------------------------------------------


@kept
def _cues() -> re.Pattern:
    """Return one regex whose named groups are the cue categories of money_words.txt."""
    words = _money_words()
    groups = "|".join(f"(?P<{kind}>{cue_pattern(words[kind])})" for kind in ("estimate", "context", "commitment"))
    return re.compile(rf"\b(?:{groups})\b", re.IGNORECASE)


@kept
def _conversion_gap() -> re.Pattern:
    """Return the regex of what may stand between an amount and the source's conversion of it."""
    connectors = cue_pattern(_money_words()["conversion"])
    noun = r"(?:[a-z][\w-]*\s*)?"  # "£450m loan, or roughly $570m"
    return re.compile(rf"\s*{noun}(?:\(\s*(?:(?:{connectors})\s*)*|[,—–-]?\s*(?:(?:{connectors})\s*)+)", re.IGNORECASE)


def _kind(text: str, amount: Amount, end: int) -> str:
    """Return "commitment", "estimate" or "context" for an amount from the cues nearest to it.

    Words right after the amount ("in aid", "in damage", "loan") decide first; then the nearest
    cue before it in its clause (an estimate of a background figure stays context); then any cue
    after it; with no cue at all the figure is context.
    """
    tail = text[end:]
    window = re.match(r"[\s)]*((?:[\w-]+\s*){0,3})", tail).group(1)
    window = re.split(r"\b(?:to|for|towards|toward|by|from)\b", window, maxsplit=1)[0]
    for match in _cues().finditer(window):
        return match.lastgroup
    clause = re.split(r";|\s[—–]\s", text[: amount.start])[-1]
    kinds = [match.lastgroup for match in _cues().finditer(clause)]
    if kinds:
        # What the figure measures outranks how sure it is: "the market was worth about $2bn".
        return "context" if kinds[-1] == "estimate" and "context" in kinds else kinds[-1]
    for match in _cues().finditer(tail):
        return match.lastgroup
    return "context"


@cache
def _funder_phrase() -> str:
    """Return the pattern of a funder's name: "(the) X", perhaps with a funder noun ("X Fund")."""
    nouns = alternation(_money_words()["funder_nouns"], loose_spaces=False)
    return rf"(?:the\s+)?(?P<who>{_NAME_PHRASE}(?:\s+(?:{nouns})\b)?)"


def _funder(text: str, amount: Amount, end: int, actors: list[Actor]) -> str:
    """Return who gives the money: "... from X", "X's €5m", or the subject of the verb before it."""
    phrase = _funder_phrase()
    after = re.match(rf"[\s)]*(?:[\w-]+\s+){{0,4}}?(?:from|by)\s+{phrase}", text[end:])
    before = text[max(0, amount.start - 300) : amount.start]  # a funder is named near its money
    owner = re.search(rf"{phrase}['’]s\s+(?:[\w-]+\s+){{0,3}}$", before)
    for match in (after, owner, _gapped(before, phrase), *_subjects(before, phrase)):
        if match and (who := _clean_funder(match.group("who"))):
            named = _actor_name(who, actors)
            opens = match is not after and max(0, amount.start - 300) + match.start("who") == 0
            return "" if named == who and opens and _common_plural(who) else named
    return ""


def _common_plural(who: str) -> bool:
    """Return True when a funder that opens its sentence and names no actor is one plural word and
    no country ("Donors have committed $11 billion"): a common noun its capital does not make a name."""
    return " " not in who and who.endswith("s") and not lexicon().country_of.get(fold_name(who))


def _gapped(before: str, phrase: str) -> re.Match | None:
    """Return the match of the name that stands alone before a sum in a list whose verb an earlier
    sum's giver took ("Norway pledged $5m, Sweden $3m and the Delta Bank $2m", "Norway, with $5m;
    Sweden, with up to $3m", "... $5m each - Sweden $3m"): the giver of this one."""
    if not any(character.isdigit() for character in before):
        return None  # no sum before it in the sentence: no list
    return re.search(rf"(?:[,;]|\s[-–—]|\band|\bwhile)\s+{phrase}{_GAP_TAIL}$", before)


# What may stand between a listed giver and its sum: "Sweden, with up to $3m".
_GAP_TAIL = r"(?:,?\s+with)?\s+(?:(?:up\s+to|at\s+least|about|around|nearly|some|over|more\s+than)\s+)?"


def _listed_giver(text: str, amount: Amount) -> bool:
    """Return True when a name stands alone before a sum in a list of givers and their sums."""
    return _gapped(text[max(0, amount.start - 300):amount.start], _funder_phrase()) is not None


def _subjects(before: str, phrase: str):
    """Yield matches of the name that stands before each giving verb, the nearest verb first.

    A cue word written with a capital is part of a name ("Investment Bank"), not a verb.
    """
    verbs = [m for m in _cues().finditer(before) if m.lastgroup == "commitment" and m.group(0)[0].islower()]
    for verb in reversed(verbs):
        if receiving().fullmatch(verb.group(0)):
            return  # "the city received €5m": the subject is who gets the money
        subject = before[max(0, verb.start() - 160) : verb.start()].rstrip()
        while (trimmed := _AUXILIARIES.sub("", subject)) != subject:
            subject = trimmed.rstrip()
        yield re.search(rf"{phrase}\s*,?$", subject)


@kept
def receiving() -> re.Pattern:
    """Return the pattern of the verbs whose subject receives money rather than gives it ("will receive")."""
    return re.compile(rf"\b(?:{cue_pattern(_money_words()['receiving'])})\b", re.IGNORECASE)


def _clean_funder(name: str) -> str:
    """Return a funder name without the sentence-opening or date words that cannot fund anything."""
    skip = set(_money_words()["not_funders"])
    words = name.split()
    while words and words[0].lower().strip(".,") in skip:
        words.pop(0)
    while words and words[-1].lower().strip(".,") in skip:
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=1 << 12)
def _whole_word(phrase: str) -> re.Pattern:
    """Return the pattern of `phrase` as whole words, compiled once for each phrase."""
    return re.compile(rf"\b{re.escape(phrase)}\b")


def _actor_name(who: str, actors: list[Actor]) -> str:
    """Return the canonical name of the actor `who` names, or `who` itself when none matches."""
    folded = fold_name(who)
    best = ""
    for actor in actors:
        for name in [actor.name, *actor.aliases]:
            if fold_name(name) == folded:
                return actor.name
            if _whole_word(fold_name(name)).search(folded) and len(name) > len(best):
                best = actor.name
    return best or who


@kept
def _time_end() -> re.Pattern:
    """Return the regex of a date phrase closing a clause ("on Monday", "in March", "in 2026")."""
    months = ("march", "april", "may", "june", "july", "august")  # the months no ending above gives
    words = _money_words()["not_funders"]
    dates = alternation((w for w in words if w.endswith(("day", "ber", "ary")) or w in months), loose_spaces=False)
    when = rf"(?:{dates}|\d{{4}}|(?:the\s+)?(?:this|next|last|coming|past)\s+(?:\w+\s+)?\w+|\w+\s+years?)"
    return re.compile(rf"(?:\s+(?:on|in|by|from|over|during|until|within)\s+{when})+$", re.IGNORECASE)


@kept
def _new_value() -> re.Pattern:
    """Return the pattern of a figure, bound words first ("at least $40 billion"): a "to" clause
    that opens with one gives a new value ("from $100 billion to ..."), not a purpose."""
    bounds = alternation(lexicon().conflict_words["approximate"])
    return re.compile(rf"(?:(?:{bounds})\s+)?\S?\d", re.IGNORECASE)


def _purpose(text: str, end: int) -> str:
    """Return what the money is for: the "to ..."/"for ..." clause right after the amount."""
    match = re.match(r"[\s)]*(?P<between>(?:[\w’'-]+\s+){0,8}?)(?:to|for|towards|toward)\s+(?P<what>.+)", text[end:])
    if not match or {word for word in match.group("between").split() if word.islower()} & lexicon().verbs.keys():
        return ""  # "$4 billion the islands said is needed to ...": the clause is someone's words
    what = _CLAUSE_END.split(match.group("what"), maxsplit=1)[0].strip(" ,.")
    what = re.sub(r"^help\s+(?:(?:them|us|it|him|her|you)\s+)?", "", what)
    what = _LOOSE_END.sub("", _time_end().sub("", what))
    kind_of_money = re.fullmatch(r"in\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*", match.group("between"))
    if kind_of_money and _only_a_name(what):
        return kind_of_money.group(1)  # "€4bn in back duties to Veloria": what it is, not who gets it
    if not what or re.match(r"(?:\d|date\b|be\b|the\s+(?:year|end|first|tune))", what) or _new_value().match(what):
        return ""
    return what


def _only_a_name(text: str) -> bool:
    """Return True when `text` is a proper name and nothing more ("Veloria", "the Tarn Valley Trust")."""
    words = re.sub(r"^the\s+", "", text).split()
    return bool(words) and all(word[0].isupper() or word in ("of", "and", "for") for word in words)


# --- funding items ----------------------------------------------------------------------------


def _sentence_funding(sentence: Sentence, actors: list[Actor], given: tuple[str, str] = ("", "")) -> list[Funding]:
    """Return the funding items of one sentence, each with the source's own conversions of it.

    `given` is the currency the paragraph gave last and the cite of the sentence that gave it: a
    bare sum in that currency cites that sentence too, which says what the sum is counted in."""
    text = sentence.text
    amounts, carried = _sums_of(text, given[0])
    items: list[Funding] = []
    for index, amount in enumerate(amounts):
        previous = amounts[index - 1] if index else None
        if previous and items and _converts(text, previous, amount):
            items[-1] = _with_equivalent(items[-1], amount, sentence)
            continue
        chain_end = _chain_end(text, amounts, index)
        kind = _kind(text, amount, chain_end)
        if kind != "commitment" and items and items[-1].kind == "commitment" and _listed_giver(text, amount):
            kind = "commitment"  # "Norway pledged $5m; Sweden, with up to $3m": the list's verb
        funder = _funder(text, amount, chain_end, actors) if kind == "commitment" else ""
        item = _item(amount, sentence, kind, funder, _purpose(text, chain_end))
        items.append(item.model_copy(update={"cite": [given[1], sentence.cite]}) if amount.start in carried else item)
    return items


@kept
def _bare_sum() -> re.Pattern:
    """Return the pattern of a number with a scale word and no currency ("3 billion", "one billion"),
    with the words after it."""
    words = alternation(word for word in lexicon().scales["number_words"] if word not in ("a", "an"))
    return re.compile(rf"(?<![\w$€£¥.,])(?P<number>\d+(?:\.\d+)?|(?i:{words}))(?:\s+(?P<scale>million|billion|trillion)|"
                      r"(?<=\d)(?P<short>bn|mn|tn))\b(?P<after>(?:\s+[\w’'-]+){1,3})")


# What sets a bare sum right after the amount it is part of: "6 billion euros for the ports, among
# them two billion lent at once", "of which 3 billion is ..."; and what may follow such a part, which
# a count of things ("including two million people") does not.
_PART_OF = re.compile(r"\b(?:including|of\s+which|among\s+them|another|a\s+further|an\s+additional)\s+\Z",
                      re.IGNORECASE)  # "90bn francs at once, and another 30bn next year"

# What sets a bare sum against the amount before it, which gives its currency: "4.2 billion dollars,
# down from 5 billion the year before", "compared with 3 billion in the spring".
_SET_AGAINST = re.compile(r"\b(?:(?:down|up)\s+from|compared\s+(?:with|to)|against|versus|vs\.?)\s+\Z", re.IGNORECASE)


@kept
def _part_goes_on() -> re.Pattern:
    """Return the pattern of what may follow a bare sum that is part of an amount: a participle
    ("paid", "earmarked", "falling"), a preposition, an auxiliary or the end of the clause."""
    words = alternation(["paid", "spent", "lent", "given", "sent", "set", "due", "in", "for", "to", "of", "this", "next",
                         "by", "before", "after", "over", "at", "from", "on", "as", "now", "already", *AUXILIARIES])
    return re.compile(rf"\s+(?:[a-z]+ed|[a-z]+ing|{words})\b|\s*[,;.)]")  # "another 30bn falling due in May"


@lru_cache(maxsize=1 << 16)
def _sums_of(text: str, currency: str) -> tuple[tuple[Amount, ...], frozenset[int]]:
    """Return the amounts of `text` with its bare sums, as `_with_bare_sums` gives them, once for
    each text and paragraph currency (a corpus repeats sentences)."""
    found, carried = _with_bare_sums(text, find_amounts(text), currency)
    return tuple(found), frozenset(carried)


def _with_bare_sums(text: str, amounts: list[Amount], currency: str) -> tuple[list[Amount], set[int]]:
    """Return `amounts` with the sums a sentence writes without a currency but with a noun of
    money right after ("and 3 billion in loans") or as a part of the amount before them
    ("among them two billion lent at once"), each in the currency of the amount before it, or
    the paragraph's `currency` when none comes before; and where those last ones start."""
    found, carried = list(amounts), set()
    for match in _bare_sum().finditer(text):
        before = [a.currency for a in amounts if a.end <= match.start()]
        if any(a.start <= match.start() < a.end for a in amounts) or not (
                set(match.group("after").lower().split()) & _sum_nouns() or (before or currency)
                and (_tied_to_amount_before(text, match) or _listed_after_sum(text, match, found))):
            continue
        if unit := (before[-1] if before else currency):
            found.append(_bare_amount(text, match, unit))
            carried |= set() if before else {match.start()}
    return sorted(found, key=lambda amount: amount.start), carried


# What joins a sum to the one before it in a list: that sum's own words ("in loans", "for the
# ports"), then a comma or "and".
_LIST_GAP = re.compile(r"(?:\s+[\w’'-]+){0,6}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _listed_after_sum(text: str, match: re.Match, found: list[Amount]) -> bool:
    """Return True when a bare sum goes on a list of sums ("5 billion in loans, 1.8 billion for
    projects and 200 million for border control"), and what follows it may follow a sum (see
    `_part_goes_on`): a count of things ("$2 billion in aid, 3 million doses") is no part of it."""
    prior = max((amount for amount in found if amount.end <= match.start()), key=lambda amount: amount.end, default=None)
    return prior is not None and _LIST_GAP.fullmatch(text, prior.end, match.start()) is not None \
        and _part_goes_on().match(match.group("after")) is not None


def _bare_amount(text: str, match: re.Match, unit: str) -> Amount:
    """Return the amount a bare sum (`_bare_sum`) gives in the currency `unit`."""
    number, scales = match.group("number"), lexicon().scales
    scale = scales["words"][match.group("scale")] if match.group("scale") else scales["short"][match.group("short")]
    value = float(scales["number_words"].get(number.lower(), 0) if number[0].isalpha() else number) * scale
    end = match.end("scale") if match.group("scale") else match.end("short")
    return Amount(text[match.start():end], value, unit, match.start(), end)


def _tied_to_amount_before(text: str, match: re.Match) -> bool:
    """Return True when a bare sum is part of the amount before it or set against it, and what
    follows it may follow such a sum (see `_part_goes_on`)."""
    return bool(_PART_OF.search(text, 0, match.start()) or _SET_AGAINST.search(text, 0, match.start())) \
        and _part_goes_on().match(match.group("after")) is not None


@cache
def _sum_nouns() -> frozenset[str]:
    """Return the nouns of money that make a bare number with a scale word a sum."""
    return frozenset(_money_words()["sum_nouns"])


def _with_equivalent(item: Funding, amount: Amount, sentence: Sentence) -> Funding:
    """Return `item` with `amount` added as the source's conversion of it."""
    equivalent = Equivalent(text=amount.text, amount=amount.value, currency=amount.currency, cite=[sentence.cite])
    return item.model_copy(update={"equivalents": [*item.equivalents, equivalent]})


_CLAUSE_GAP = re.compile(r"\s*[,;]\s*")  # a comma or a semicolon alone


def _converts(text: str, first: Amount, second: Amount) -> bool:
    """Return True when `second` is the source's conversion of `first` into another currency."""
    gap = text[first.end : second.start]
    if first.currency == second.currency:
        return False
    if _CLAUSE_GAP.fullmatch(gap) and text.rfind("(", 0, first.start) > text.rfind(")", 0, first.start):
        return True  # "90 billion rand ($5 billion, €4.6 billion)": a list of conversions in one bracket
    return _conversion_gap().fullmatch(gap) is not None


def _chain_end(text: str, amounts: list[Amount], index: int) -> int:
    """Return where an amount and the conversions that follow it end ("...kroner (about €68 million)")."""
    end = amounts[index].end
    for prev, amount in zip(amounts[index:], amounts[index + 1 :]):
        if not _converts(text, prev, amount):
            break
        end = amount.end
    closing = re.match(r"\)", text[end:])
    return end + 1 if closing else end


def _item(amount: Amount, sentence: Sentence, kind: str, funder: str, purpose: str) -> Funding:
    """Return the Funding item of one amount."""
    return Funding(
        text=amount.text,
        amount=amount.value,
        currency=amount.currency,
        funder=funder,
        purpose=purpose,
        kind=kind,
        cite=[sentence.cite],
    )


def _merge(items: list[Funding], rates: Rates) -> list[Funding]:
    """Return one item per sum of money, citing every sentence that gives it.

    The same sum is one row whatever the number of sources and currencies that give it: the
    same amount and currency, an amount that is another item's own conversion ("$140 million"
    in one source, "€120 million ($140 million)" in another), or an amount in another currency
    that the event day's rate turns into the other to the precision it is written with. The row
    keeps the currency most sentences use; the other currencies become its equivalents.
    """
    groups = _same_sums(items, rates)
    return [_one_row([items[i] for i in group]) for group in groups]


def _same_sums(items: list[Funding], rates: Rates) -> list[list[int]]:
    """Return the indices of `items` grouped by the sum they give, groups in order of first mention."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    sums = [{item.currency: item.amount} if item.currency and item.amount else {} for item in items]  # per root

    for earlier, later in _maybe_same(items, rates):
        first, second = root(earlier), root(later)
        if first != second and _same_sum(items[earlier], items[later], rates) and not _rivals(sums[first], sums[second]):
            parent[second] = first
            sums[first] = {**sums[second], **sums[first]}
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(root(i), []).append(i)
    return sorted(groups.values(), key=lambda group: group[0])


def _rivals(one: dict[str, float], other: dict[str, float]) -> bool:
    """Return True when two groups of items give one currency different amounts close enough to
    be rival versions of one figure ("€1.8 billion" and "€1.84 billion"): a third currency that
    converts to both ("$2 billion") must not make them one sum; a figure conflict tells them apart."""
    return any(currency in other and round(amount, 2) != round(other[currency], 2)
               and max(amount, other[currency]) <= SPREAD * min(amount, other[currency])
               for currency, amount in one.items())


def _maybe_same(items: list[Funding], rates: Rates) -> list[tuple[int, int]]:
    """Return the pairs of items (earlier, later) that `_same_sum` may find one sum, in order: every
    pair it would, found through what each item is, not by setting every item against every other
    (a thousand sources give thousands of amounts). In one currency, only equal amounts; across
    currencies, an amount another item gives as its conversion, or one its conversion at the day's
    rate rounds to as that amount is written."""
    valid = [i for i, item in enumerate(items) if item.amount is not None and item.currency]
    pairs: set[tuple[int, int]] = set()
    by_key: dict[tuple, list[int]] = {}
    written: dict[tuple[str, int], list[tuple[float, int]]] = {}  # by currency and significant digits
    for i in valid:
        by_key.setdefault(_key(items[i]), []).append(i)
        written.setdefault((items[i].currency, -_precision(items[i].amount)[0]), []).append((items[i].amount, i))
    for same in by_key.values():
        pairs.update((same[0], i) for i in same[1:])
    for amounts in written.values():
        amounts.sort()
    for i in valid:
        for (currency, digits), amounts in written.items():
            if currency != items[i].currency:
                pairs.update(tuple(sorted((i, j))) for j in _near_conversion(items[i], currency, digits, amounts, rates))
    return sorted(pairs)


def _near_conversion(item: Funding, currency: str, digits: int, amounts: list[tuple[float, int]],
                     rates: Rates) -> list[int]:
    """Return the items among `amounts` (sorted (amount, index) pairs of `currency`, written with
    `digits` significant digits) that may give `item`'s sum: one it lists as a conversion or that
    lists it, or one its conversion at `rates` rounds to, within half a step of the last digit."""
    equivalents = {(e.currency, e.amount) for e in item.equivalents}
    if (item.currency, item.amount) in equivalents:
        return [i for _, i in amounts]  # an item converting into its own currency: compare it with all
    found = [i for amount, i in amounts if (currency, amount) in equivalents] if equivalents else []
    converted = rates.convert(item.amount, item.currency, currency)
    if converted is not None:
        share = 0.5 / 10 ** (digits - 1)  # half a step of the last digit, as a share of the amount at the least
        low = bisect.bisect_left(amounts, (converted / (1 + share) - 1, -1))
        high = bisect.bisect_right(amounts, (converted / max(1 - share, 0.5) + 1, len(amounts) + 10**9))
        found += [i for _, i in amounts[low:high]]
    return found


def _same_sum(first: Funding, second: Funding, rates: Rates) -> bool:
    """Return True when two items give the same sum of money."""
    if first.amount is None or second.amount is None or not first.currency or not second.currency:
        return False
    one, other = (first.currency, first.amount), (second.currency, second.amount)
    if one[0] == other[0]:
        return _key(first) == _key(second)
    written = {(e.currency, e.amount) for e in [*first.equivalents, *second.equivalents]}
    if other in written or one in written:
        return True
    if set(first.cite) & set(second.cite):
        return False  # two currencies in one sentence that do not convert are two sums: "$5m, €4m and £3m"
    if min(_precision(one[1])[0], _precision(other[1])[0]) > -2:
        return False  # "$5 million" and "€4 million" are too coarse to tell one sum from two
    return _converts_to(one, other, rates) and _converts_to(other, one, rates)


def _precision(value: float) -> tuple[int, float]:
    """Return how many significant digits `value` is written with (negated, so finer is smaller)
    and the step of its last digit: 140 million has two (a step of 10 million), 54.6 million three."""
    digits = Decimal(repr(value)).normalize().as_tuple()
    return -len(digits.digits), 10.0 ** digits.exponent


def _converts_to(source: tuple[str, float], target: tuple[str, float], rates: Rates) -> bool:
    """Return True when `source` at the event day's rate rounds to `target` as `target` is written
    ("€120 million" is "$140 million" at 1.18 dollars a euro; it is not "$150 million")."""
    converted = rates.convert(source[1], source[0], target[0])
    return converted is not None and abs(converted - target[1]) <= _precision(target[1])[1] / 2


def _one_row(items: list[Funding]) -> Funding:
    """Return the single row of items that give the same sum: the currency most sentences use
    (the first mentioned among equals) holds the row, the others become its equivalents."""
    counts: dict[tuple[str, float], int] = {}
    for item in items:
        counts[_key(item)] = counts.get(_key(item), 0) + len(item.cite)
    main_key = max(counts, key=lambda key: counts[key])  # max keeps the first of equal counts
    main = [item for item in items if _key(item) == main_key]
    row = main[0]
    for item in main[1:]:
        row = _joined(row, item, [])
    for item in items:
        if item not in main:
            written = Equivalent(text=item.text, amount=item.amount, currency=item.currency, cite=item.cite)
            row = _joined(row, item, [written])
    return row


def _joined(kept: Funding, item: Funding, written: list[Equivalent]) -> Funding:
    """Return `kept` citing `item` too, with its funder, purpose and equivalents where `kept` lacks them."""
    equivalents: dict[tuple, Equivalent] = {}
    for equivalent in [*kept.equivalents, *written, *item.equivalents]:
        key = (equivalent.text, equivalent.currency, equivalent.amount)
        same = equivalents.get(key)
        equivalents[key] = same.model_copy(update={"cite": _cites(same.cite, equivalent.cite)}) if same else equivalent
    return kept.model_copy(update={
        "cite": _cites(kept.cite, item.cite),
        "funder": kept.funder or item.funder,
        "purpose": kept.purpose or item.purpose,
        "equivalents": list(equivalents.values()),
    })


def _key(item: Funding) -> tuple[str, float]:
    """Return what makes two items the same amount in the same currency."""
    return item.currency or "", round(item.amount or 0.0, 2)


def _cites(first: list[str], second: list[str]) -> list[str]:
    """Return the cites of `first`, then those of `second` it lacks."""
    return first + [cite for cite in second if cite not in first]


def _source_funding(source: Source, actors: list[Actor]) -> list[Funding]:
    """Return the funding items of one source's sentences, in order (its share of `find_funding`,
    which worker processes may take)."""
    items, given, paragraph = [], ("", ""), None
    for sentence in source.sentences:
        given = given if sentence.paragraph == paragraph else ("", "")
        found = _sentence_funding(sentence, actors, given)
        items += found
        given, paragraph = ((found[-1].currency, found[-1].cite[0]) if found else given), sentence.paragraph
    return _dollars_as_named(items)


def _dollars_as_named(items: list[Funding]) -> list[Funding]:
    """Return one source's items with a bare "$" sum read in the dollar the source names for that
    very sum elsewhere ("a US$2 billion (NZ$3.3 billion) fund", then "the $3.3 billion fund"):
    New Zealand dollars, not US ones."""
    named = {round(money.amount): money.currency for item in items for money in (item, *item.equivalents)
             if money.amount and money.currency not in (None, "USD") and "$" in money.text
             and not _BARE_DOLLAR.match(money.text)}
    return [item.model_copy(update={"currency": named[round(item.amount)]})
            if item.currency == "USD" and item.amount and round(item.amount) in named and _BARE_DOLLAR.match(item.text)
            else item for item in items]


def _home_dollars(items: list[Funding], corpus: Corpus, home: str) -> list[Funding]:
    """Return `items` with a bare "$" read as a home dollar in the sources that name no dollar of
    any country: the dollar of the country a source's web address belongs to (data/currencies.toml,
    `web`), else the `home` dollar of the event ("" for none); unless another source writes that
    sum as US dollars ("US$6 billion", or "A$2 billion ($1.3 billion)")."""
    webs = {source.id: _web_dollar(source.url) for source in corpus.sources}
    if not home and not any(webs.values()):
        return items  # no source's dollar is any but the US one: the texts need not be read
    homes = {source.id: webs[source.id] or home for source in corpus.sources if not _names_a_dollar(source.text)}
    in_usd = _written_in_us_dollars(items)
    return [item.model_copy(update={"currency": dollar})
            if (dollar := _bare_dollar(item, homes)) and round(item.amount or 0) not in in_usd else item for item in items]


def _written_in_us_dollars(items: list[Funding]) -> set[int]:
    """Return the sums some source writes as US dollars by name or mark, or as a conversion."""
    named = {round(item.amount or 0) for item in items if item.currency == "USD" and not _BARE_DOLLAR.match(item.text)}
    return named | {round(e.amount or 0) for item in items for e in item.equivalents if e.currency == "USD"}


def _bare_dollar(item: Funding, homes: dict[str, str]) -> str:
    """Return the home dollar of the source an item is written in with a bare "$" ("" for none)."""
    return homes.get(item.cite[0].split(":")[0], "") if item.currency == "USD" and _BARE_DOLLAR.match(item.text) else ""


# A sum written with a bare "$", perhaps as a range: "$40 million", "between $3 million and $5 million".
_BARE_DOLLAR = re.compile(r"(?:[a-z]+\s+)*\$")


def _dollars_by_sum(items: list[Funding], corpus: Corpus, actors: list[Actor], rates: Rates) -> list[Funding]:
    """Return `items` with a bare "$" sum read as the dollar of a country the sources name when
    read so, and not as US dollars, it is a sum another source gives in a currency of its own
    ("$50 billion" in one source, "£24 billion" in another, Australia named: Australian dollars).
    Only a source that names no dollar of any country is read so."""
    named = {actor.name for actor in actors if actor.kind == "country"}
    homes = [code for code, entry in lexicon().currencies.items() if named & set(entry.get("home", []))]
    others = [item for item in items if item.currency not in ("USD", *homes) and item.amount]
    if not homes or not others:
        return items
    plain = {source.id for source in corpus.sources if not _names_a_dollar(source.text)}
    return [_dollar_of_sum(item, homes, others, rates) if _bare_dollar(item, dict.fromkeys(plain, "USD")) else item
            for item in items]


def _dollar_of_sum(item: Funding, homes: list[str], others: list[Funding], rates: Rates) -> Funding:
    """Return a bare "$" item in the one home dollar that makes it another source's sum, as it is otherwise."""
    rivals = [other for other in others if not set(_sources_of(other)) & set(_sources_of(item))]
    if any(_same_sum(item, other, rates) for other in rivals):
        return item
    fitting = [code for code in homes if any(_same_sum(item.model_copy(update={"currency": code}), other, rates)
                                             for other in rivals)]
    return item.model_copy(update={"currency": fitting[0]}) if len(fitting) == 1 else item


def _sources_of(item: Funding) -> list[str]:
    """Return the sources an item is cited from."""
    return [cite.split(":")[0] for cite in item.cite]


def _web_dollar(url: str) -> str:
    """Return the code of the dollar of the country a web address belongs to by its ending
    ("https://news.example.com.au/…" -> AUD), or ""."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # "http://[nowhere": no address at all
        return ""
    ending = host.rsplit(".", 1)[-1] if "." in host else ""
    return next((code for code, entry in lexicon().currencies.items() if ending in entry.get("web", [])), "") if ending else ""


def _home_dollar(actors: list[Actor], corpus: Corpus) -> str:
    """Return the code of the dollar of the country the sources name most, when it has one of its
    own (data/currencies.toml, `home`), else "". A country is named by its name, an alias, its
    people ("New Zealand farmers", "Singaporean banks") or its capital ("Wellington's plan"), a
    sentence counting once."""
    homes = {country: code for code, entry in lexicon().currencies.items() for country in entry.get("home", [])}
    countries = [actor for actor in actors if actor.kind == "country"]
    if not any(country.name in homes for country in countries):
        return ""  # no country with a dollar of its own: the sentences need not be read
    naming = {word: country.name for country in reversed(countries) for word in _words_naming(country.name)}
    pattern = re.compile(rf"(?<![\w.-])(?:{alternation(naming)})(?![\w-])")
    named: Counter = Counter()
    for sentence in corpus.sentences():  # one pass, each sentence counting once for each country it names
        named.update({naming[" ".join(found.split())] for found in pattern.findall(sentence.text)})
    top = max(countries, key=lambda country: named[country.name])
    return homes.get(top.name, "")


def _words_naming(country: str) -> list[str]:
    """Return the words that name `country`: every word standing for it, and its capitals."""
    entry = next((c for c in lexicon().countries if c.name == country), None)
    return [country] if entry is None else [*entry.words, *entry.capitals]


@lru_cache(maxsize=1 << 12)
def _names_a_dollar(text: str) -> bool:
    """Return True when a source's text writes a dollar with its country (once for each text: both
    readings of a bare "$" ask it of the same sources)."""
    return _named_dollar().search(text) is not None


@kept
def _named_dollar() -> re.Pattern:
    """Return the pattern of a dollar written with its country: a mark ("US$", "A$"), a code or a
    name ("Australian dollars")."""
    marks = [mark for entry in lexicon().currencies.values() for mark in entry.get("symbols", []) if "$" in mark and mark != "$"]
    names = [name for entry in lexicon().currencies.values() for name in entry.get("names", [])
             if "dollar" in name.lower() and " " in name]
    codes = [code for code, entry in lexicon().currencies.items() if "$" in entry.get("symbols", []) or entry.get("home")]
    return re.compile(rf"(?:{alternation(marks, loose_spaces=False)})|\b(?:{alternation(codes)})\b|(?i:\b(?:{alternation(names)})\b)")


def find_funding(corpus: Corpus, actors: list[Actor], rates: Rates) -> Funds:
    """Return the funding items of the corpus, in order of first mention, each with its euro
    equivalent at `rates`, and the date of those rates."""
    found = in_order(partial(_source_funding, actors=actors), corpus.sources)
    items = _home_dollars([item for source_items in found for item in source_items], corpus, _home_dollar(actors, corpus))
    merged = _merge(_dollars_by_sum(items, corpus, actors, rates), rates)
    priced = [item.model_copy(update={"eur": rates.to_eur(item.amount, item.currency)}) for item in merged]
    return Funds(priced, rates.day)
