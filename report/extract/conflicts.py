"""Points on which the sources disagree, and figures only one of them gives.

`find_conflicts` compares what each source says of the same thing:

- fact: the place, day and people of the main event (the sentences whose verbs report it);
- figure: amounts of money one funder gives for one purpose, sums of one quantity (a loan, aid,
  a fine, a cost or price tag, a deal or contract; one giver's, for one party, as its noun's
  modifiers tell it: "a bridge loan" is not "a term loan"), counts of one thing, shares of one
  thing and spans of time put on one thing ("a 12-day strike");
- title: the title a person is given;
- spelling: the spelling of a person's name, or of a place's or thing's;
- quote-wording: a remark one speaker is quoted with in different words;
- single-source: a funding commitment only one source reports.

Every comparison first groups what the sources say by a key (attribute, person, funder, speaker,
figure) and compares only within a group, so the work grows with the number of sources, not with
its square. Values that agree are never a conflict: the same figure written twice, titles that mean
the same, a name with and without its middle name, a source that says nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import os
import re
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache, lru_cache
from typing import Callable, Iterable

from ..corpus import Corpus, Sentence
from ..items import Actor, Conflict, Funding, Version, View
from ..regexcache import kept
from ..text.amounts import SPREAD, Amount, find_amounts
from ..text.dates import MONTH_NAMES, MONTHS, iso_day, month_number
from ..text import BEFORE_FIRST_WORD, DASH, PARTICLES, WORD, alternation, fold_text, initial_sound, lexicon, longest_first, short_forms, singular
from ..workers import side_by_side
from .mentions import Mention, signed_posts, signer
from .money import receiving
from .names import without_legal_form

_POSSESSIVE = re.compile(r"'s\b")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)

SAME_FIGURE = 0.01        # two amounts in one currency within 1 % are one figure
SAME_CONVERTED = 0.15     # across currencies: sources convert at the rate of their day, rates drift 10 % a year
SAME_NAME = 0.75          # two spellings this similar (after folding) are one name
SAME_REMARK = 0.5         # share of a quote's weighted words another quote must repeat
FORM_STEM = 4             # letters two forms of one word share at the least ("review", "reviewed")
PREFIXED_STEM = 6         # letters a word must have for a prefixed word ending in it to be its kin
MAX_PREFIX = 3            # letters of such a prefix ("im-", "un-", "re-", "dis-")
KIN_ROOT = 5              # title words whose first five letters agree share a root ("senate", "senator")
SAME_COUNT = 1.1          # two sources' only counts of one noun this close are one quantity given two ways
SAME_SHARE_WORDS = 3      # words around two shares of one thing, not tied to a name, that must agree
SAME_PURPOSE = 0.6        # share of a funding purpose's weighted words another must repeat
PARITY = 0.03             # currencies whose amounts the day's rates put this close to the same euros are at par
ONLY_SUMS_SPREAD = 2      # the widest ratio of two sources' only sums of one funder that can be one sum
FUTURE_REACH = 5          # words before an event verb a strong cue of the future may stand ("will hold a public signing")
DAYS_IN = {"day": 1, "week": 7, "month": 28, "year": 365}  # the fewest days of each unit of a span of time
# Each list of hedge cues of data/conflicts.toml: the side of the figure a careful reader puts the
# value on (-1 below, 0 either side, 1 above) and the widest share of the figure that span may take;
# a figure too round for that ("about 100", "more than 1 million") says too little to compare.
HEDGES = {"hedges_around": (0, 0.10), "hedges_just_below": (-1, 0.05), "hedges_just_above": (1, 0.05),
          "hedges_below": (-1, 0.25), "hedges_above": (1, 0.25)}


# --- word lists ---------------------------------------------------------------------------------


def _lists() -> dict:
    """Return the word lists of data/conflicts.toml."""
    return lexicon().conflict_words


_MONTH_WORDS = frozenset(MONTHS)


@cache
def _list(name: str) -> frozenset[str]:
    """Return one word list of data/conflicts.toml as a set."""
    return frozenset(_lists()[name])


def _countries() -> dict[str, str]:
    """Return every folded word that stands for a country, mapped to the country's folded name."""
    return lexicon().country_words


@kept
def _country_pattern() -> re.Pattern:
    """Return a pattern that finds any country name or adjective in folded text, longest first."""
    names = sorted(_countries(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(name) for name in names) + r")(?:'s)?(?![\w])")


# --- text ---------------------------------------------------------------------------------------


@lru_cache(maxsize=1 << 16)
def _folded_words(text: str) -> tuple[str, ...]:
    """Return the folded words of `text`, possessive endings dropped; each word one shared string,
    however many of the texts kept here hold it."""
    return tuple(map(sys.intern, WORD.findall(_POSSESSIVE.sub("", fold_text(text)))))


def _stem(word: str) -> str:
    """Return a word reduced so that a plural and a country adjective meet their base word."""
    return _countries().get(word) or singular(word)


@lru_cache(maxsize=1 << 16)
def _content(text: str) -> frozenset[str]:
    """Return the stemmed content words of `text`: no function words, no numbers."""
    return frozenset({_stem(word) for word in _folded_words(text) if word not in _list("stopwords") and not word.isdigit()})


def _idf(corpus: Corpus) -> dict[str, float]:
    """Return the weight of each content word: rare in the corpus's sentences weighs more."""
    counts: Counter = Counter()
    repeats = Counter(sentence.text for sentence in corpus.sentences())  # a corpus repeats sentences
    for text, times in repeats.items():
        for word in _content(text):
            counts[word] += times
    total = sum(repeats.values())
    return {word: math.log((total + 1) / count) + 1 for word, count in counts.items()}


def _overlap(one: set[str], other: set[str], weights: dict[str, float]) -> float:
    """Return the weighted share of the smaller word set that the other set repeats."""
    def weight(words: set[str]) -> float:
        return sum(weights.get(word, 1.0) for word in words)
    smaller = min(weight(one), weight(other))
    return weight(one & other) / smaller if smaller else 0.0


# --- cites, groups and versions -----------------------------------------------------------------


def _cite_key(cite: str) -> tuple[int, int]:
    """Return a sort key that orders cites by source number, then sentence number."""
    source, _, number = cite.partition(":")
    return (int(source[1:] or 0), int(number or 0))


def _source(cite: str) -> str:
    """Return the source id of a cite: "S2" of "S2:7"."""
    return cite.partition(":")[0]


def _sources(cites: Iterable[str]) -> set[str]:
    """Return the source ids of some cites."""
    return {_source(cite) for cite in cites}


def _groups(keys_by_member: dict[str, set]) -> list[list[str]]:
    """Return the members joined by sharing any key, each group in first-seen order."""
    parent = {member: member for member in keys_by_member}

    def root(member: str) -> str:
        while parent[member] != member:
            parent[member] = parent[parent[member]]
            member = parent[member]
        return member

    owner: dict = {}
    for member, keys in keys_by_member.items():
        for key in keys:
            if key in owner:
                parent[root(member)] = root(owner[key])
            else:
                owner[key] = member
    groups: dict[str, list[str]] = defaultdict(list)
    for member in keys_by_member:
        groups[root(member)].append(member)
    return list(groups.values())


def _version(value: str, cites: Iterable[str]) -> Version:
    """Return one version of a disputed point, its cites unique and in reading order."""
    return Version(value=value, cite=sorted(set(cites), key=_cite_key))


def _join(values: list[str]) -> str:
    """Return values as a phrase: "A", "A and B", "A, B and C"."""
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " and " + values[-1]


def _conflict(topic: str, kind: str, versions: list[Version], lead: str) -> Conflict:
    """Return a conflict with its versions in reading order and a one-line note in plain words.

    The note does not repeat the versions: the brief prints them beside it with their sources.
    """
    versions = sorted(versions, key=lambda version: _cite_key(version.cite[0]))
    return Conflict(topic=topic, kind=kind, versions=versions, note=f"{lead}.")


# --- the public function ------------------------------------------------------------------------


@dataclass(frozen=True)
class Settled:
    """The conflicts of the kinds that need the corpus alone, by kind, and the weights of its
    content words that other kinds use: what `find_conflicts` can be handed, worked out before
    the actors, the funding and the views are found (see `settled_conflicts`)."""

    weights: dict[str, float]
    found: dict[str, list[Conflict]]


def settled_conflicts(corpus: Corpus) -> Settled:
    """Return the conflicts of `corpus` that need nothing but the corpus, by kind, with its word weights."""
    weights = _idf(corpus)
    return Settled(weights, {
        "count": count_conflicts(corpus, weights), "span": span_conflicts(corpus), "year": year_conflicts(corpus),
        "inquiry": inquiry_conflicts(corpus), "month": month_conflicts(corpus), "condition": condition_conflicts(corpus),
        "approval": approval_conflicts(corpus), "act": act_conflicts(corpus), "allocation": allocation_conflicts(corpus),
        "market": market_move_conflicts(corpus), "vote": vote_conflicts(corpus),
    })


def find_conflicts(corpus: Corpus, actors: list[Actor], mentions: list[Mention],
                   funding: list[Funding], views: list[View], shared: bool = False,
                   settled: Settled | None = None) -> list[Conflict]:
    """Return the conflicts between the sources of `corpus`, facts first, single-source last.

    `settled` is what `settled_conflicts(corpus)` returns, when the caller worked it out already
    (in a process of its own, while the actors were found). With `shared`, the other kinds are
    sought in two processes side by side, about half the work each.
    """
    settled = settled or settled_conflicts(corpus)
    weights, early = settled.weights, settled.found
    people = {actor.name: actor for actor in actors if actor.kind == "person"}
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.name in people:
            by_name[mention.name].append(mention)
    figures, disputed = figure_conflicts(funding, weights, corpus)

    def first() -> list[list[Conflict]]:  # the two halves take about as long: where they split evens them
        return [
            fact_conflicts(corpus, by_name, _parties(actors, mentions), people),
            _new_to(sum_conflicts(corpus, funding), figures),
        ]

    def second() -> list[list[Conflict]]:
        return [
            title_conflicts(people, by_name, {sentence.cite: sentence.text for sentence in corpus.sentences()}),
            _with_misspellings(spelling_conflicts(people, _without_cut_ends(by_name, corpus)), corpus, people, by_name),
            name_spelling_conflicts(corpus, people),
            _with_quotations(quote_conflicts(views, weights), corpus, views, weights),
            single_source_conflicts(corpus, funding, disputed),
        ]

    (fact, sums), (titles, spellings, names, quotes, single) = side_by_side([first, second], shared)
    return [*fact, *figures, *_new_to(early["count"], early["vote"]), *early["vote"], *early["span"], *sums,
            *early["year"], *early["inquiry"], *early["month"], *early["condition"], *early["approval"], *early["act"],
            *early["allocation"],
            *titles, *spellings, *names, *quotes, *single, *early["market"]]


def _new_to(found: list[Conflict], known: list[Conflict]) -> list[Conflict]:
    """Return the conflicts of `found` that none of `known` already holds: the sentences of one
    are not all among those of a known one."""
    cited = [{cite for version in conflict.versions for cite in version.cite} for conflict in known]
    return [conflict for conflict in found
            if not any({cite for version in conflict.versions for cite in version.cite} <= cites for cites in cited)]


# --- fact: where, when and who ------------------------------------------------------------------


@dataclass(frozen=True)
class _Claim:
    """One attribute of the main event as one sentence gives it."""

    attribute: str      # "where", "when" or "who"
    group: str          # the event verb group: "sign", "announce", ...
    key: str            # what must match for two claims to agree
    value: str          # the value as written
    level: str          # claims are compared only with claims of the same level
    cite: str


def _parties(actors: list[Actor], mentions: list[Mention]) -> dict[str, set[str]]:
    """Return, per source id, the countries it names: the parties its events can be about."""
    countries = {actor.name for actor in actors if actor.kind == "country"}
    parties: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.name in countries:
            parties[mention.source_id].add(mention.name)
    return parties


def fact_conflicts(corpus: Corpus, by_name: dict[str, list[Mention]],
                   parties: dict[str, set[str]] | None = None, people: dict[str, Actor] | None = None) -> list[Conflict]:
    """Return conflicts on where, when and by whom the main event happened.

    A source that does not say is silent, not in conflict; two sources conflict when what one
    gives shares nothing with what the other gives. Sources whose countries (`parties`, per
    source id) share none are about different events and are not set against each other. A post
    one of the `people` signs is their announcement, on the day its signature gives.
    """
    claims, nouns = _event_claims(corpus, by_name, people or {})
    noun = nouns.most_common(1)[0][0] if nouns else "event"
    regions = _regions(corpus)
    conflicts = []
    for (attribute, group, level), found in claims.items():
        template = _lists()["event_verbs"][group].get(attribute)
        if template:
            held = _regions_held(found, regions)
            found = [claim for claim in found if not (claim.attribute == "where" and claim.key in held)]
            topic = template.format(noun=noun, gathering=level.partition(" with ")[0])
            conflicts.extend(_fact_conflict(topic, attribute, found, parties or {}))
    return conflicts


def _event_claims(corpus: Corpus, by_name: dict[str, list[Mention]],
                  people: dict[str, Actor]) -> tuple[dict[tuple, list[_Claim]], Counter]:
    """Return the claims on the event the sentences and embedded posts make, by attribute, verb
    group and level, and how often each noun of an event stands in its clauses."""
    by_cite: dict[str, list[Mention]] = defaultdict(list)
    for mentions in by_name.values():
        for mention in mentions:
            by_cite[mention.cite].append(mention)
    found: list[_Claim] = []
    nouns: Counter = Counter()
    for sentence in corpus.sentences():
        mentions = by_cite.get(sentence.cite, [])
        for clause, group in _event_clauses(sentence.text):
            nouns.update(word for word in _folded_words(clause) if word in _list("event_nouns"))
            found += _claims(clause, group, sentence, mentions)
        found += _gathering_claims(sentence, mentions)
        found += _meeting_day_claims(sentence.text, sentence.cite)
    claims: dict[tuple, list[_Claim]] = defaultdict(list)
    for claim in [*found, *_post_claims(corpus, people)]:
        claims[(claim.attribute, claim.group, claim.level)].append(claim)
    return claims, nouns


def _post_claims(corpus: Corpus, people: dict[str, Actor]) -> Iterable[_Claim]:
    """Yield, for each post a source embeds that speaks of the event ("a great deal"), the day its
    signature line dates it as the day its author announced the event."""
    for source in corpus.sources:
        for signature, last, cut in signed_posts(source):
            speaker = signer(signature.group("name"), people)
            if speaker is None:
                continue  # a post of nobody the sources name
            post = [s.text for s in source.sentences if s.paragraph == last.paragraph and s.number < last.number]
            if set(_folded_words(" ".join([*post, last.text[:cut]]))) & _list("event_nouns"):
                for key, written in _dated_weekdays(signature.group("when")):
                    yield _Claim("when", "announce", key, written, f"weekday of {speaker}", last.cite)


@kept
def _gathering() -> re.Pattern:
    """Return the pattern of a gathering and the place it took place in ("at the town hall in
    Lakeport", "during a ceremony at the Old Mill")."""
    nouns = alternation(_list("gathering_nouns"))
    return re.compile(rf"\b(?i:during|at)\s+(?i:a|an|the)\s+(?P<noun>{nouns})\s+(?:in|at)\s+(?:the\s+)?{_PLACE}")


def _gathering_claims(sentence: Sentence, mentions: list[Mention]) -> Iterable[_Claim]:
    """Yield the place of each gathering a sentence puts a named person at ("At the town hall in
    Lakeport, dockers booed Okafor ..."), compared only with the place another source gives the
    same kind of gathering with the same person. A gathering still to come, or one of the past
    ("at a rally in Ostland last year"), says nothing of the event reported."""
    people = dict.fromkeys(mention.name for mention in mentions if mention.surface[:1].isupper())
    if not people:
        return
    for place, noun in _gatherings(sentence.text):
        for person in people if place else ():
            yield _Claim("where", "gather", _place_key(place), place, f"{noun} with {person}", sentence.cite)


@lru_cache(maxsize=1 << 16)
def _gatherings(text: str) -> tuple[tuple[str, str], ...]:
    """Return (place, noun) for each gathering of the event a sentence's `text` places, once for each text."""
    if _background().search(fold_text(text)):
        return ()
    found = []
    for match in _gathering().finditer(text):
        if set(_folded_words(text[max(0, match.start() - 60):match.start()])[-4:]) & _list("future_cues"):
            continue  # "is set to speak at a rally in Ostland"
        found.append((_trim_place(match.group(2)), re.sub(r"[\s-]+", " ", match.group("noun").lower())))
    return tuple(found)


@kept
def _dated_meeting() -> re.Pattern:
    """Return the pattern of a meeting dated by the day before its noun ("during their March 3
    meeting", "the 4 May talks", "their Aug. 2, 2024, call") or right after it ("in a phone call
    on March 3", "talks on Tuesday, March 3"); its group "day" (or "after") is the day."""
    nouns = alternation(_list("meeting_nouns"))
    day = re.sub(r"\((?!\?)", "(?:", _day_pattern().pattern)  # the day's own groups left uncaptured
    before = rf"\b(?i:the|their|a|an|his|her|its)\s+(?P<day>{day})(?:,?\s+(?:19|20)\d\d,?)?\s+(?i:{nouns})\b"
    after = rf"\b(?i:{nouns})\s+on\s+(?:[A-Z][a-z]+day,?\s+)?(?P<after>{day})"
    return re.compile(rf"{before}|{after}")


def _meeting_day_claims(text: str, cite: str) -> list[_Claim]:
    """Return the day of each meeting a sentence dates by the day beside its noun ("during their
    March 3 meeting", "in a phone call on March 3") as a claim on when the meeting took place, as
    "they met on March 3" is. A meeting of the past ("last year") or one still to come ("will hold
    their March 3 talks", "at a meeting on March 9" after "will" in its clause) says nothing of it."""
    return [_Claim("when", "meet", key, written, "day", cite) for key, written in _meeting_days(text)]


@lru_cache(maxsize=1 << 16)
def _meeting_days(text: str) -> tuple[tuple[str, str], ...]:
    """Return (key, written) for each day `_meeting_day_claims` finds in `text`, once for each text."""
    if _background().search(fold_text(text)):
        return ()
    days = []
    for match in _dated_meeting().finditer(text):
        clause = re.split(r"[,;:]\s", text[max(0, match.start() - 120):match.start()])[-1]
        if set(_folded_words(clause)) & _list("strong_future_cues"):
            continue  # "will settle it at a meeting on March 9"
        days += _days(match.group("day") or match.group("after"))
    return tuple(days)


# A place written with the region it lies in ("Lakeport, Ostland,"); not one of a list ("A, B and C",
# "(A, B)").
_PLACE_IN = re.compile(r"\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)*),\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)*)"
                       r"(?=\s*[.;:]|\s*$|,\s+(?!and\b|or\b)[a-z]|\s+(?:on|in|last|this|earlier|late|early)\b)")


def _regions(corpus: Corpus) -> dict[str, set[str]]:
    """Return each place key mapped to the keys of the regions the sources write it with
    ("signed in Lakeport, Ostland, on Friday": Lakeport lies in Ostland)."""
    regions: dict[str, set[str]] = defaultdict(set)
    for sentence in corpus.sentences():
        for place, region in _places_in_regions(sentence.text):
            regions[_place_key(place)].add(_place_key(region))
    return regions


@lru_cache(maxsize=1 << 12)
def _places_in_regions(text: str) -> tuple[tuple[str, str], ...]:
    """Return (place, region) for each place a sentence's text writes with its region, once for each text."""
    return tuple(_PLACE_IN.findall(text))


def _regions_held(claims: list[_Claim], regions: dict[str, set[str]]) -> set[str]:
    """Return the keys of the regions the claims' places lie in: a place claim naming one ("in
    Ostland") only says less than the claim of a place in it ("in Lakeport"); it does not rival it."""
    return {region for claim in claims for region in regions.get(claim.key, ())}


def _fact_conflict(topic: str, attribute: str, claims: list[_Claim],
                   parties: dict[str, set[str]]) -> list[Conflict]:
    """Return the conflict among claims on one attribute, or nothing when the sources agree."""
    roots = _prefix_roots(claim.key for claim in claims) if attribute == "where" else {}
    claims = [replace(claim, key=roots.get(claim.key, claim.key)) for claim in claims]
    keys_by_source: dict[str, set] = defaultdict(set)
    for claim in claims:
        keys_by_source[_source(claim.cite)].add(claim.key)
    groups = _same_event(_groups(keys_by_source), parties)
    if len(groups) < 2:
        return []
    versions = []
    for sources in groups:
        mine = [claim for claim in claims if _source(claim.cite) in sources]
        counts = Counter(claim.key for claim in mine)
        written = {claim.key: claim.value for claim in reversed(mine)}
        values = [written[key] for key, _ in sorted(counts.items(), key=lambda kv: -kv[1])]
        versions.append(_version(_join(values), (claim.cite for claim in mine)))
    lead = {"where": "The sources place the event differently", "when": "The sources date the event differently",
            "who": "The sources name different people"}[attribute]
    return [_conflict(topic, "fact", versions, lead)]


def _same_event(groups: list[list[str]], parties: dict[str, set[str]]) -> list[list[str]]:
    """Return the groups of sources that share a country with another group (or name none)."""
    named = [set().union(*(parties.get(source, set()) for source in group)) for group in groups]
    return [group for index, group in enumerate(groups)
            if not named[index] or any(not other or named[index] & other
                                       for position, other in enumerate(named) if position != index)]


@kept
def _clause_break() -> re.Pattern:
    """Return the pattern that splits a sentence into clauses."""
    words = "|".join(re.escape(word) for word in _lists()["clause_breaks"])
    return re.compile(rf"[;:\"“”]|\s(?:{words})\s", re.IGNORECASE)


@cache
def _verb_groups() -> dict[str, str]:
    """Return each event verb form mapped to its group."""
    return {form: group for group, entry in _lists()["event_verbs"].items() for form in entry["forms"]}


@kept
def _background(but: frozenset[str] = frozenset()) -> re.Pattern:
    """Return the pattern of the cues that put a sentence's event in the past ("a year ago"), but
    those of `but`; a cue before a title or role word is part of someone's title ("Former
    President X"), which says nothing of when the event was."""
    cues = alternation(_list("background_cues") - but, loose_spaces=False)
    posts = alternation(fold_text(word) for word in (*lexicon().titles, *lexicon().role_words))
    return re.compile(rf"\b(?:{cues})\b(?!\s+(?:{posts})\b)")


@lru_cache(maxsize=1 << 14)
def _event_clauses(text: str) -> tuple[tuple[str, str], ...]:
    """Return (clause, verb group) for each clause that reports the main event as done, once for
    each text (a corpus repeats sentences).

    Sentences about earlier events, and verbs of things still to come, report nothing.
    """
    return tuple(_find_event_clauses(text))


def _find_event_clauses(text: str) -> Iterable[tuple[str, str]]:
    """Yield what `_event_clauses` returns."""
    if _background().search(fold_text(text)):
        return
    text = _URL.sub(" ", text)  # "…/biden-announces-that-…" is an address, not a verb
    for clause in _clause_break().split(text):
        words = ["", "", *_folded_words(clause)]
        # Two words back, so that "will be signed" is as much to come as "will sign"; five for a
        # strong cue ("they will hold a public signing").
        groups = {_verb_groups()[word] for index, word in enumerate(words)
                  if word in _verb_groups() and not set(words[max(0, index - 2):index]) & _list("future_cues")
                  and not set(words[max(0, index - FUTURE_REACH):index]) & _list("strong_future_cues")}
        for group in sorted(groups | _noun_groups(words)):
            yield clause, group


def _noun_groups(words: list[str]) -> set[str]:
    """Return the groups whose verbs of `with_noun` report the event in a clause of `words`: such a
    verb with a noun of the event at most four words after it, and no cue of the future before it."""
    groups = set()
    for index, word in enumerate(words):
        group = _noun_verb_groups().get(word)
        if group and set(words[index + 1:index + 5]) & _list("event_nouns") \
                and not set(words[max(0, index - 2):index]) & _list("future_cues"):
            groups.add(group)
    return groups


@cache
def _noun_verb_groups() -> dict[str, str]:
    """Return each verb that reports the event only with its noun after it, mapped to its group."""
    return {form: group for group, entry in _lists()["event_verbs"].items() for form in entry.get("with_noun", [])}


def _claims(clause: str, group: str, sentence: Sentence, mentions: list[Mention]) -> Iterable[_Claim]:
    """Yield the place, day and people one event clause gives."""
    cite = sentence.cite
    places, days, weekdays, names_doers = _clause_facts(clause, group, sentence.text)
    for key, place, level in places:
        yield _Claim("where", group, key, place, level, cite)
    for key, written in days:
        yield _Claim("when", group, key, written, "day", cite)
    doers = [mention.name for mention in mentions
             if mention.surface[:1].isupper() and mention.surface in clause and _is_doer(clause, mention.surface, group)]
    for key, written in weekdays:
        # A weekday is compared only with those of the same doer: another's act may fall on another day.
        # With no person for doer, the body named as the verb's subject is ("Harlow Energy on Monday announced").
        for doer in dict.fromkeys(doers or _named_subjects(clause, group)):
            yield _Claim("when", group, key, written, f"weekday of {doer}", cite)
    if names_doers:
        for doer in doers:
            yield _Claim("who", group, doer, doer, "person", cite)


@lru_cache(maxsize=1 << 16)
def _clause_facts(clause: str, group: str, text: str) -> tuple[tuple, tuple, tuple, bool]:
    """Return what an event clause of the sentence `text` gives whoever its doers are, once for
    each clause: (key, place, level) of each place, (key, written) of each day and of each weekday,
    and whether it names who did it."""
    places = []
    for place in _places(clause, group):
        level = "country" if fold_text(place) in _countries() else "region" if fold_text(place) in _list("regions") else "place"
        places.append((_place_key(place), place, level))
    weekdays = [(day.lower(), day) for day in _weekdays(clause, group)] + _dated_weekdays(clause)
    if not set(_folded_words(text)) & _list("event_nouns"):
        weekdays = []  # "X on Tuesday announced new tariffs" is about some other act of X
    return tuple(places), tuple(_days(clause)), tuple(weekdays), bool(_names_doers(clause, group))


def _place_key(place: str) -> str:
    """Return the words a place is compared by: folded, hyphens as spaces, old spellings and
    abbreviations replaced ("Kiev" -> "kyiv", "St. Petersburg" -> "saint petersburg")."""
    aliases = _lists()["place_aliases"]
    text = re.sub(r"^the\s+", "", fold_text(place).replace("-", " "))
    if text in aliases:
        return aliases[text]
    return " ".join(aliases.get(word, aliases.get(word.rstrip("."), word)) for word in text.split())


def _prefix_roots(keys: Iterable[str]) -> dict[str, str]:
    """Return each place key mapped to the shortest key whose words begin it: "New York City" is
    "New York" said at greater length, "Sharm" a cut-short "Sharm El Sheikh"."""
    ordered = sorted(set(keys), key=lambda key: len(key.split()))
    roots = {}
    for key in ordered:
        words = key.split()
        roots[key] = next((root for root in ordered
                           if len(root.split()) < len(words) and words[:len(root.split())] == root.split()), key)
    return roots


def _named_subjects(clause: str, group: str) -> list[str]:
    """Return the bodies a clause names as the subject of its event verb, right before it or its
    weekday ("Harlow Energy on Monday announced", "The Harlow Group signed"), without "The" and
    their legal form, so that "Harlow Energy Ltd." and "Harlow Energy" are one doer."""
    names = []
    for written in _subject_pattern(group).findall(clause):
        words = written.split()
        if words[0] == "The":
            words = words[1:]
        name = without_legal_form(" ".join(words)).rstrip(".")
        if name and not set(_folded_words(name)) <= _list("stopwords") | _list("weekdays"):
            names.append(name)
    return names


@cache
def _subject_pattern(group: str) -> re.Pattern:
    """Return the pattern of a capitalised name right before a verb of `group`, perhaps with its
    weekday between them ("Harlow Energy on Monday announced"); the group is the name."""
    forms = "|".join(form for form, owner in _verb_groups().items() if owner == group)
    days = "|".join(day.capitalize() for day in _list("weekdays"))
    return re.compile(rf"((?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,4}})\s+(?:(?:on\s+)?(?:{days})\s+)?"
                      rf"(?:{forms})\b")


def _names_doers(clause: str, group: str) -> bool:
    """Return True when the people of a clause are the ones who did the event: the verb is passive
    with "by" ("signed by A and B"), or the clause names the event ("A and B signed the deal").

    Without this, "A announced that ..." would make every official who announced anything a rival.
    """
    forms = "|".join(form for form, owner in _verb_groups().items() if owner == group)
    return bool(re.search(rf"\b(?i:{forms})\s+by\b", clause)) or bool(set(_folded_words(clause)) & _list("event_nouns"))


def _is_doer(clause: str, surface: str, group: str) -> bool:
    """Return True when the person written `surface` did a clause's event: named in the "by" phrase
    of its passive verb ("signed in Oslo by A and B"), or the subject right before its verb ("A and
    B signed"). The owner of another subject ("the A administration signed", "A's team signed") and
    someone beside a subject of its own ("A joined them as they signed") did not."""
    forms = "|".join(form for form, owner in _verb_groups().items() if owner == group)
    start = clause.find(surface)
    passive = re.search(rf"\b(?i:{forms})\b(?:\s+\S+){{0,6}}?\s+by\b", clause)
    if passive and start >= passive.end():
        return True
    verb = re.compile(rf"\b(?i:{forms})\b").search(clause, start + len(surface))
    if not verb:
        return False
    gap = clause[start + len(surface):verb.start()]
    words = _folded_words(gap)
    if re.match(r"['’]s\b", gap) or (words and words[0] in _list("doer_owners")):
        return False
    if words and words[-1] in _list("determiners"):
        return False  # "welcomed X to Lakeport for the signing": a noun, not X's act
    return len(words) <= 10 and not set(words) & _list("doer_breaks")


_PLACE = r"((?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)*)"


def _places(clause: str, group: str) -> list[str]:
    """Return the places an event clause says the event happened in ("signed in Geneva", "held in New York")."""
    found = _place_pattern(group).findall(clause)
    found += re.findall(rf"^\s*In\s+{_PLACE},", clause)
    return [place for place in (_trim_place(text) for text in found) if place]


@cache
def _place_pattern(group: str) -> re.Pattern:
    """Return the pattern of a place after the verbs of a group ("signed in Geneva"), compiled once for each group."""
    forms = "|".join(form for form, owner in _verb_groups().items() if owner == group)
    return re.compile(rf"\b(?i:{forms})\b(?:\s+[^\s,;]+){{0,3}}?\s+in\s+{_PLACE}")


def _trim_place(text: str) -> str:
    """Return a captured place without its possessive, or "" when it names no place."""
    text = re.sub(r"['’]s$", "", text.strip().rstrip(".,"))
    first = fold_text(text).split(" ")[0]
    if first == "the" and " " in text:
        first = fold_text(text).split(" ")[1]
    stop = _list("not_places") | _MONTH_WORDS | _list("weekdays")
    if first in stop or any(char.isdigit() for char in text):
        return ""
    if all(word in lexicon().titles or word in lexicon().role_words for word in fold_text(text).split()):
        return ""  # "at the Prime Minister's residence": a post, not a place
    if fold_text(text) in _countries() and re.search(r"(?:an|ish|ese|ic|i|ch)$", fold_text(text)) \
            and _countries()[fold_text(text)] != fold_text(text):
        return ""  # an adjective ("signed in French and English") names a language, not a place
    return text


@kept
def _day_pattern() -> re.Pattern:
    """Return the pattern of a day of a month: "July 4", "4 July", "4th of July"."""
    months = "|".join(month.capitalize() for month in longest_first(MONTHS))
    day_first = rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({months})\b\.?"
    month_first = rf"({months})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?"
    return re.compile(rf"\b(?:{day_first}|{month_first})(?![\d,]*\d)")  # not "July 2024"


def _days(clause: str) -> list[tuple[str, str]]:
    """Return (month-day key, text as written) for each day of a month a clause names, but a day
    the clause sets apart from its act ("on May 2, a day before the sale was made public")."""
    found = []
    for match in _day_pattern().finditer(clause):
        if _DAY_APART.match(clause, match.end()):
            continue
        day = match.group(1) or match.group(4)
        month = (match.group(2) or match.group(3)).lower()[:3]
        found.append((f"{month}-{int(day)}", match.group(0).strip().rstrip(".")))
    return found


# What sets a day apart from the act of its clause: ", the day before", ", two days after".
_DAY_APART = re.compile(r",?\s+(?:the|a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|nights?)\s+(?:before|after|earlier|later)\b")

_YEAR_AFTER = re.compile(r",?\s+((?:19|20)\d\d)\b")


def _dated_weekdays(clause: str) -> list[tuple[str, str]]:
    """Return (day of the week, text as written) for each day a clause names with its year
    ("March 3, 2021" fell on a Wednesday), so that it can be set against a weekday another gives."""
    found = []
    for match in _day_pattern().finditer(clause):
        year = _YEAR_AFTER.match(clause, match.end())
        month = month_number(match.group(2) or match.group(3))
        day = iso_day(int(year.group(1)), month, int(match.group(1) or match.group(4))) if year else ""
        if day:  # not "February 30"
            found.append((dt.date.fromisoformat(day).strftime("%A").lower(), clause[match.start():year.end()]))
    return found


def _weekdays(clause: str, group: str) -> list[str]:
    """Return the days of the week an event clause puts its doer's act on, next to its verb: "signed the
    deal on Friday", "on Friday signed", "signed it Friday"; a bound ("by Friday"), another week
    ("last Friday") or a day past a comma or "and" (of some other thing) dates nothing."""
    after, before = _weekday_patterns(group)
    return after.findall(clause) + before.findall(clause)


@cache
def _weekday_patterns(group: str) -> tuple[re.Pattern, re.Pattern]:
    """Return the patterns of a weekday after the verbs of a group, and before them (see `_weekdays`),
    compiled once for each group."""
    forms = "|".join(form for form, owner in _verb_groups().items() if owner == group)
    days = "|".join(day.capitalize() for day in _list("weekdays"))
    word = r"\s+(?!(?:and|then|before|after|until|since|while)\b)[^\s,;]+"
    bound = "".join(rf"(?<!\b{cue})" for cue in _list("weekday_bounds"))
    after = rf"\b(?i:{forms})(?:{word}){{0,6}}?{bound}\s+({days})\b(?!['’]s)"
    before = rf"\b({days})\s+(?i:{forms})\b"
    return re.compile(after), re.compile(before)


# --- fact: the year of an earlier act ----------------------------------------------------------


# A name of two or more capitalised words ("Northwind Logistics"), and a year an act is put in.
_PROPER = re.compile(r"\b[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)+")
_SINGLE = re.compile(r"(?<=[\w,;:)]\s)[A-Z][\w&'’-]+")  # a one-word name, not where a sentence starts
_IN_YEAR = re.compile(r"\bin\s+((?:19|20)\d\d)\b")
_ANY_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
TIME_LINE = 5  # words of a sentence at most that only sets the time of the next ("Spring, 2011.")


def year_conflicts(corpus: Corpus) -> list[Conflict]:
    """Return conflicts where sources put one earlier act in different years: sentences that give
    the same sum and the same name ("paid $3 billion for Northwind Logistics in 2011") but another
    year ("in 2012", or "last year" in a source published in 2013). The year belongs to the sum
    nearest it; a short line that only names a year ("Spring, 2011.") sets the year of the
    sentence after it. A sentence with two years, or a source that gives both, settles nothing."""
    claims: dict[tuple, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    written: dict[tuple, str] = {}
    labels: dict[tuple, list[str]] = defaultdict(list)  # how the sources write each year of an act
    for sentence, year, label, at, cites in _dated_sentences(corpus):
        for key, text in _acts(sentence.text, at).items():
            claims[key][year] += [cite for cite in cites if cite not in claims[key][year]]
            written.setdefault(key, text)
            labels[key, year] += [label] if label not in labels[key, year] else []
    conflicts: dict[frozenset, Conflict] = {}
    for key, by_year in sorted(claims.items(), key=lambda item: -len(item[0][2])):  # longest name first
        if _years_apart(by_year):
            same = frozenset((year, tuple(cites)) for year, cites in by_year.items())
            conflicts.setdefault(same, _year_conflict(written[key], {year: (labels[key, year], cites)
                                                                      for year, cites in by_year.items()}))
    return list(conflicts.values())


@kept
def _inquiry_opened() -> re.Pattern:
    """Return the pattern of an inquiry opened in a year or a month of one ("the probe, launched in
    May 2021", "the investigation was opened in 2019", "opened an inquiry in October 2020");
    its group "when" (or "when_") is the month and year, "said" (or "said_") the words from the
    verb to them."""
    nouns = alternation(_list("inquiry_nouns"))
    verbs = alternation(_list("opening_verbs"))
    noun_first = rf"\b(?i:{nouns})\b[^.;:]{{0,60}}?\s(?P<said>(?i:{verbs})\s+in\s+{_month_year('when')})"
    verb_first = rf"\b(?P<said_>(?i:{verbs})\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?i:{nouns})\b" \
                 rf"[^.;:,]{{0,60}}?\s+in\s+{_month_year('when_')})"
    return re.compile(rf"{noun_first}|{verb_first}")


def _month_year(group: str) -> str:
    """Return the pattern of a year, or a month and year ("May 2021"), as the named group `group`."""
    months = "|".join(month.capitalize() for month in longest_first(MONTH_NAMES))
    return rf"(?P<{group}>(?:(?:{months})\s+)?(?:19|20)\d\d)\b"


def inquiry_conflicts(corpus: Corpus) -> list[Conflict]:
    """Return the conflict where sources put the opening of the inquiry they report in different
    years, or in different months of one year ("launched in May 2021", "opened in 2017"). A
    sentence of an earlier or other inquiry ("last year", "a separate probe") and a source that
    gives two dates settle nothing."""
    dated = {source: found for source, found in _inquiry_openings(corpus).items()
             if len({when for when, _, _ in found}) == 1}
    whens = {found[0][0] for found in dated.values()}
    if all(_same_time(one, other) for one in whens for other in whens):
        return []
    versions = [_version(_join(list(dict.fromkeys(said for _, said, _ in found))), (cite for _, _, cite in found))
                for found in dated.values()]
    return [_conflict("when the investigation was opened", "fact", versions, "The sources date the opening differently")]


def _inquiry_openings(corpus: Corpus) -> dict[str, list[tuple[str, str, str]]]:
    """Return, per source id, the openings of an inquiry its sentences date: (month and year, the
    words that say so, cite)."""
    claims: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for sentence in corpus.sentences():
        for when, said in _openings_in(sentence.text):
            claims[_source(sentence.cite)].append((when, said, sentence.cite))
    return claims


@lru_cache(maxsize=1 << 16)
def _openings_in(text: str) -> tuple[tuple[str, str], ...]:
    """Return (when, words) for each opening of the inquiry `text` dates, once for each text."""
    if _background().search(fold_text(text)) or set(_folded_words(text)) & _list("other_inquiry_cues"):
        return ()
    return tuple((match.group("when") or match.group("when_"), match.group("said") or match.group("said_"))
                 for match in _inquiry_opened().finditer(text))


def _same_time(one: str, other: str) -> bool:
    """Return True when two times ("May 2021", "2021") can be one: the same year, and the same
    month where both give one."""
    one_words, other_words = one.split(), other.split()
    return one_words[-1] == other_words[-1] and (len(one_words) == 1 or len(other_words) == 1 or one_words[0] == other_words[0])


def month_conflicts(corpus: Corpus) -> list[Conflict]:
    """Return conflicts where sources put one count of things in different months of one year:
    sentences that give the same exact count and the same year ("laid off 1,200 dock hands in May
    2021") but another month ("cut 1,200 jobs in August 2021"). A sentence with two months, or a
    source that gives both, settles nothing."""
    claims: dict[tuple, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    written: dict[tuple, str] = {}
    for sentence in corpus.sentences():
        months = set(_month_pattern().findall(sentence.text))
        if len(months) != 1:
            continue
        [(month, year)] = months
        for count in _counts(sentence):
            if count.span()[0] == count.span()[1] and count.value >= MIN_DATED_COUNT and str(int(count.value)) != year:
                claims[(count.value, year)][f"{month} {year}"].append(sentence.cite)
                written.setdefault((count.value, year), count.written)
    return [_conflict(f"month given for the {written[key]}", "fact",
                      [_version(when, cites) for when, cites in by_month.items()], "The sources date it differently")
            for key, by_month in claims.items() if _years_apart(by_month)]


MIN_DATED_COUNT = 100  # a count this large is distinctive enough to name one thing in a month and year


@kept
def _month_pattern() -> re.Pattern:
    """Return the pattern of a month and a year ("in August 2020"); its groups are the two."""
    months = "|".join(month.capitalize() for month in longest_first(MONTH_NAMES))  # the twelve, in order
    return re.compile(rf"\b({months})\s+((?:19|20)\d\d)\b")


def _dated_sentences(corpus: Corpus) -> Iterable[tuple[Sentence, str, str, int | None, tuple[str, ...]]]:
    """Yield each sentence that puts something in one year, with the year, how it is written,
    where in the sentence (None when a time line before it sets the year), and the sentences
    that give the year: the sentence itself, or the time line and then the sentence."""
    for source in corpus.sources:
        setting: tuple[int, str, str] | None = None  # the paragraph, year and cite of a time line
        for sentence in source.sentences:
            years = _years(sentence.text, source.published)
            if len(years) == 1:
                [(year, (label, at))] = years.items()
                yield sentence, year, label, at, (sentence.cite,)
            elif not years and setting and setting[0] == sentence.paragraph:
                yield sentence, setting[1], setting[1], None, (setting[2], sentence.cite)
            found = _ANY_YEAR.findall(sentence.text)
            short = len(sentence.text.split()) <= TIME_LINE and len(found) == 1 and not find_amounts(sentence.text)
            setting = (sentence.paragraph, found[0], sentence.cite) if short else None


def _years(text: str, published: str) -> dict[str, tuple[str, int]]:
    """Return each year a sentence puts something in, with how it is written and where: "in 2012"
    is 2012, "last year" the year before the source's own (when its date is known), written as
    the sentence writes it (a brief cites the sentence for it, and notes the year it makes)."""
    return dict(_years_in(text, published))


_YEAR_FIRST = re.compile(r"((?:19|20)\d\d)\b")  # the year a date opens with


@lru_cache(maxsize=1 << 16)
def _years_in(text: str, published: str) -> tuple[tuple[str, tuple[str, int]], ...]:
    """Return `_years(text, published)` as pairs, once for each text and date."""
    found = {match.group(1): (match.group(1), match.start()) for match in _IN_YEAR.finditer(text)}
    issued = _YEAR_FIRST.match(published or "")
    for phrase, offset in _lists()["relative_years"].items() if issued else ():
        match = re.search(rf"\b{phrase}\b", text, re.IGNORECASE)
        if match:
            found.setdefault(str(int(issued.group(1)) + offset), (match.group(0), match.start()))
    return tuple(found.items())


def _years_apart(by_year: dict[str, list[str]]) -> bool:
    """Return True when sources give an act two years and none gives both."""
    sources = [_sources(cites) for cites in by_year.values()]
    return len(sources) > 1 and not any(a & b for i, a in enumerate(sources) for b in sources[i + 1:])


def _year_conflict(act: str, by_year: dict[str, tuple[list[str], list[str]]]) -> Conflict:
    """Return the fact conflict on the year of one earlier act, each year as a figure where a source
    gives one, else as its sources write it ("last year"), the year that makes by the date of each
    source in the note: the brief cites sentences for what it says, and no sentence says that year."""
    versions, reckoned = [], []
    for year, (written, cites) in by_year.items():
        versions.append(_version(year if year in written else " / ".join(written), cites))
        if year not in written:
            said = " and ".join(f"“{phrase}”" for phrase in written)
            reckoned.append(f"{said} is {year} by the date of its source" if len(written) == 1 else
                            f"{said} are {year} by the dates of their sources")
    return _conflict(f"year given for {act}", "fact", versions,
                     "; ".join(["The sources date the earlier act differently", *reckoned]))


def _acts(text: str, at: int | None) -> dict[tuple, str]:
    """Return each (sum, name) pair a sentence gives, keyed by value, currency and folded name,
    with the name and sum as written ("Northwind Logistics ($3 billion)"); of several sums, only
    the one nearest the year at `at` (every sum when `at` is None and there is one)."""
    names = {re.sub(r"^(?:The|A|An)\s+", "", name) for name in _PROPER.findall(text)}
    stop = _list("not_places") | _MONTH_WORDS | _list("weekdays")
    names |= {name for name in _SINGLE.findall(text) if fold_text(name) not in stop}
    amounts = find_amounts(text)
    if len(amounts) > 1:
        amounts = [] if at is None else [min(amounts, key=lambda amount: min(abs(amount.start - at), abs(amount.end - at)))]
    return {(round(amount.value), amount.currency, fold_text(name)): f"{name} ({amount.text})"
            for amount in amounts for name in names}


# --- figure: the sum one named recipient gets -------------------------------------------------


_NAME = r"[A-Z][\w&'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w&'’-]*)+"
_FOR_NAME = re.compile(rf"\)?\s*(?:for|to|towards|toward)\s+(?:the\s+)?(?P<name>{_NAME})")
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME})\s*(?:\([A-Z][\w-]*\)\s*)?\(\s*$")


def allocation_conflicts(corpus: Corpus) -> list[Conflict]:
    """Return conflicts where sources give one named recipient different sums ("$570 million for
    the Rural Roads Program" in one, "the Rural Roads Programme ... gets $500 million" in
    another). A source that gives the recipient two sums settles nothing."""
    claims: dict[tuple, dict[float, list[str]]] = defaultdict(lambda: defaultdict(list))
    written: dict[tuple, str] = {}
    sums: dict[tuple[tuple, float], str] = {}
    for sentence in corpus.sentences():
        for amount, name in _allocations(sentence.text):
            key = (amount.currency, _recipient_key(name))
            claims[key][round(amount.value, 2)].append(sentence.cite)
            written.setdefault(key, re.sub(r"^(?:The|A|An)\s+", "", name))
            sums.setdefault((key, round(amount.value, 2)), amount.text)
    return [_conflict(f"sum for the {written[key]}", "figure",
                      [_version(sums[(key, value)], cites) for value, cites in by_value.items()],
                      "The sources give the recipient different sums")
            for key, by_value in claims.items() if _years_apart(by_value)]


# A sum named as a goal or a bound right after it ("its $10 billion target"): no sum given.
_TARGET = re.compile(r"\s+(?:[a-z-]+\s+)?(?:targets?|goals?|aims?|ceilings?|caps?|limits?|thresholds?)\b")


def _allocations(text: str) -> list[tuple[Amount, str]]:
    """Return (sum, recipient) for each sum a sentence ties to a named recipient: the name right
    after it ("$5 million for the X Project"), right before it in brackets ("the X Project ($5
    million)"), or the one recipient of a sentence that gives one sum."""
    amounts = [amount for amount in find_amounts(text) if not _TARGET.match(text, amount.end)]
    pairs = []
    for amount in amounts:
        after = _FOR_NAME.match(text, amount.end)
        before = _NAME_BEFORE.search(text, max(0, amount.start - 200), amount.start)  # a name's reach, not the text
        name = after.group("name") if after else before.group("name") if before else ""
        if _recipient(name):
            pairs.append((amount, name))
    if len(amounts) == 1 and not pairs:
        names = [name for name in _PROPER.findall(text) if _recipient(name)]
        pairs = [(amounts[0], names[0])] if len(names) == 1 else []
    return pairs


def _recipient(name: str) -> bool:
    """Return True for a name of three words or more headed by a word of recipient_heads."""
    words = name.split()
    return len(words) >= 3 and words[-1].lower() in _list("recipient_heads")


def _recipient_key(name: str) -> tuple[str, ...]:
    """Return a recipient's name as compared: each word folded and cut to six letters, so that
    spellings such as "Programme" and "Program" meet."""
    return tuple(word[:6] for word in _folded_words(re.sub(r"^(?:The|A|An)\s+", "", name)))


# --- fact: whether one thing is tied to another -----------------------------------------------


@dataclass(frozen=True)
class _Condition:
    """One sentence's word on whether something is tied to something else ("not conditional on X")."""

    word: str           # the adjective: "conditional"
    holds: bool         # False when negated
    about: frozenset    # content words of what it is tied to
    written: str        # from the cue ("is", "not") to the end of the phrase, as written
    cite: str


@kept
def _condition_pattern() -> re.Pattern:
    """Return the pattern of "is conditional on X" and "not conditional on X"."""
    words = alternation(_list("condition_words"), loose_spaces=False)
    return re.compile(rf"(?:\b(not|never)|n['’]t|\b(?:is|are|was|were|be|been|remains?|stays?))\s+(?:\w+ly\s+)?"
                      rf"({words})\s+(?:on|upon|to)\s+([^,;:.\"“”]{{3,80}})", re.IGNORECASE)


def condition_conflicts(corpus: Corpus) -> list[Conflict]:
    """Return conflicts where one source says a thing is tied to another ("is tied to a reform
    plan") and another source that it is not ("not tied to a reform plan"), when what
    it is tied to shares two content words; a source saying both settles nothing."""
    found = [claim for sentence in corpus.sentences() for claim in _conditions(sentence)]
    disputed: dict[str, list[_Condition]] = defaultdict(list)
    for yes in (claim for claim in found if claim.holds):
        rivals = _denials(yes, found)
        disputed[yes.word] += [claim for claim in ((yes, *rivals) if rivals else ()) if claim not in disputed[yes.word]]
    return [_condition_conflict(claims) for claims in disputed.values() if claims]


def _denials(yes: _Condition, found: list[_Condition]) -> list[_Condition]:
    """Return the claims of other sources that deny `yes`, or none when its own source denies it too."""
    rivals = [no for no in found if not no.holds and no.word == yes.word and len(no.about & yes.about) >= 2]
    return [] if _sources(no.cite for no in rivals) & _sources([yes.cite]) else rivals


def _condition_conflict(claims: list[_Condition]) -> Conflict:
    """Return the fact conflict of sources that say a thing is, and is not, tied to another."""
    what = min((claim.written for claim in claims), key=len)
    versions = [_version(claim.written, [claim.cite]) for claim in claims]
    return _conflict("whether it is " + re.sub(r"^\S+\s+", "", what), "fact", versions,
                     "The sources disagree on whether it is so")


def _conditions(sentence: Sentence) -> Iterable[_Condition]:
    """Yield what a sentence says is, or is not, tied to something else."""
    for match in _condition_matches(sentence.text):
        negated = bool(match.group(1)) or bool(re.match(r"n['’]t", match.group(0), re.IGNORECASE))
        yield _Condition(match.group(2).lower(), not negated, _content(match.group(3)),
                         match.group(0).strip(), sentence.cite)


@lru_cache(maxsize=1 << 12)
def _condition_matches(text: str) -> tuple[re.Match, ...]:
    """Return the matches of the condition pattern in a sentence's text, once for each text."""
    return tuple(_condition_pattern().finditer(text))


# --- fact: whether a body has approved the thing -----------------------------------------------


@dataclass(frozen=True)
class _Approval:
    """One sentence's word on whether a body has approved something ("must still be approved by
    the board", "the board approved the loan")."""

    body: str           # the stemmed head word of the body that approves: "board"
    done: bool          # False when the approval is still to come
    written: str        # as written: "must still be approved by the board", "approved"
    cite: str


_APPROVER = r"(?:the\s+)?(?P<body>(?:[\w’'-]+\s+){0,3}?[\w’'-]+?)(?=\s*(?:[,;:.)]|$|\s(?:before|after|on|in|at|by|and|or|next|this|to|for|which|who|as)\b))"
_AWAITS = r"\b(?:still\s+)?(?:needs?|requires?|awaits?|awaiting|pending|subject\s+to)\s+(?:the\s+)?"
_FORMAL = r"(?:final\s+|formal\s+)?"


@kept
def _pending_approval() -> re.Pattern:
    """Return the pattern of an approval still to come: "must still be approved by the board",
    "has yet to be ratified by parliament", "still needs the approval of the board", "pending
    approval by regulators", "awaits the board's approval"; its group "body" (or "owner") holds
    the words of the body that approves."""
    verbs = alternation(_list("approval_verbs"))
    must = r"(?:must|needs?\s+to|has\s+to|have\s+to|is\s+yet\s+to|are\s+yet\s+to|has\s+yet\s+to|have\s+yet\s+to)"
    passive = rf"\b{must}\s+(?:still\s+|also\s+|first\s+)?be\s+(?:{verbs})\s+by\s+"
    noun = rf"{_AWAITS}{_FORMAL}approval\s+(?:of|by|from)\s+"
    owned = rf"{_AWAITS}(?P<owner>(?:[\w’'-]+\s+){{0,2}}?[\w-]+)['’]s?\s+{_FORMAL}approval\b"
    return re.compile(rf"(?i:(?:{passive}|{noun}){_APPROVER}|{owned})")


@cache
def _done_approval(body: str) -> re.Pattern:
    """Return the pattern of a body (by the head word of its name) having approved something:
    "the board on Friday approved", "the Board of the Harbour Fund approved", "was ratified by
    parliament", "won the approval of the board", "received the board's approval"; its group
    "verb", "passive" or "won" opens the words that say so."""
    verbs = alternation(_list("approval_verbs"))
    body = rf"{re.escape(body)}s?"
    owner = r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w&’'-]*\s*){1,5})?"
    active = rf"\b{body}\b{owner}(?:\s+[\w’'-]+){{0,3}}?\s+(?P<verb>{verbs})\b"
    passive = rf"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?P<passive>{verbs})\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?{body}\b"
    won = r"\b(?P<won>won|wins|received|receives|secured|secures|gained|gains|obtained|obtains)\s+(?:the\s+)?"
    noun = rf"{won}(?:{_FORMAL}approval\s+(?:of|from)\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?{body}\b|(?:[\w’'-]+\s+){{0,2}}?{body}['’]s?\s+{_FORMAL}approval\b)"
    return re.compile(rf"(?i:{active}|{passive}|{noun})")


def approval_conflicts(corpus: Corpus) -> list[Conflict]:
    """Return conflicts where one source says a body must still approve a thing ("must still be
    approved by the board") and another that the body approved it ("the board approved the loan"):
    sources written on either side of the vote, or one of them wrong. A source saying both, an
    approval to come ("will approve") or denied ("has not approved"), and an earlier one ("last
    year") settle nothing."""
    pending = [claim for sentence in corpus.sentences() for claim in _pending_approvals(sentence)]
    conflicts = []
    for body in dict.fromkeys(claim.body for claim in pending):
        waiting = [claim for claim in pending if claim.body == body]
        done = [claim for sentence in corpus.sentences() for claim in _done_approvals(sentence, body)]
        if done and not _sources(claim.cite for claim in waiting) & _sources(claim.cite for claim in done):
            conflicts.append(_approval_conflict(body, waiting, done))
    return conflicts


def _pending_approvals(sentence: Sentence) -> list[_Approval]:
    """Return the approvals a sentence says are still to come, each with the body that must give it."""
    return [_Approval(body, False, written, sentence.cite) for body, written in _pending_in(sentence.text)]


@lru_cache(maxsize=1 << 16)
def _pending_in(text: str) -> tuple[tuple[str, str], ...]:
    """Return (body, words) for each approval still to come that `text` gives, once for each text."""
    found = []
    for match in _pending_approval().finditer(text):
        words = _folded_words(match.group("body") or match.group("owner"))
        if words and words[-1] not in _list("stopwords"):
            found.append((singular(words[-1]), match.group(0).strip()))
    return tuple(found)


def _done_approvals(sentence: Sentence, body: str) -> list[_Approval]:
    """Return the approvals a sentence says `body` has given, but those to come or denied."""
    text = sentence.text
    if body not in fold_text(text) or _background().search(fold_text(text)):
        return []
    claims = []
    for match in _done_approval(body).finditer(text):
        said = next(name for name in ("verb", "passive", "won") if match.group(name))
        before = _folded_words(text[max(0, match.start() - 40):match.start(said)])
        if set(before[-3:]) & (_list("future_cues") | {"yet", "if", "whether"}):
            continue  # "the board is expected to approve", "has not approved", "has yet to approve"
        written = match.group(said) if said != "won" else text[match.start(said):match.end()]
        claims.append(_Approval(body, True, written, sentence.cite))
    return claims


def _approval_conflict(body: str, waiting: list[_Approval], done: list[_Approval]) -> Conflict:
    """Return the fact conflict on whether a body has approved the thing."""
    versions = [_version(_join(list(dict.fromkeys(claim.written for claim in claims))), (claim.cite for claim in claims))
                for claims in (waiting, done)]
    return _conflict(f"whether the {body} has approved it", "fact", versions,
                     "The sources differ on whether it has been approved")


# --- fact: an act to come or done --------------------------------------------------------------


@dataclass(frozen=True)
class _Act:
    """One sentence's word on a one-time act of a doer: still to come ("Harlow agreed in May to plead
    guilty") or done ("Harlow pleaded guilty")."""

    key: tuple          # the doer's stemmed word, the act's plain form and the last word after it
    done: bool
    written: str        # the doer, the words that say whether it is done, the verb and what follows
    cite: str


_DOER = r"\b(?:[A-Z][\w&'’.-]*\s+)*(?P<doer>[A-Z][\w&'’.-]*[\w&]|(?!{not_doers}\b)[a-z][\w-]*)"  # "Harlow Mills", "the firms"
_ACT_TAIL = re.compile(r"(?:\s+[a-z][\w'’-]*){1,5}")


@cache
def _done_forms() -> dict[str, str]:
    """Return each form that says a one-time act was done ("pleaded") mapped to its plain form ("plead")."""
    return {form: plain for plain, forms in _lists()["one_time_acts"].items() for form in forms}


@kept
def _act_pattern() -> re.Pattern:
    """Return the pattern of a doer's one-time act, still to come ("Harlow agreed in May to plead",
    "the firms will sign") or done ("Harlow pleaded"); its group "verb" is the verb, "cue" the
    words that put it to come."""
    auxiliary = rf"(?:{alternation(_list('act_auxiliaries'))})"
    auxiliaries = rf"(?:\s+{auxiliary})*"
    agreeing = rf"(?:{alternation(_list('agreeing_cues'))})(?:\s+[\w.,]+){{0,6}}?\s+to"
    cue = rf"(?P<cue>{agreeing}|{alternation(_list('pending_cues'))})\s+"
    verbs = alternation([*_lists()["one_time_acts"], *_done_forms()])
    not_doers = alternation(_list("stopwords") | _list("act_auxiliaries"))
    return re.compile(rf"{_DOER.format(not_doers=not_doers)}{auxiliaries}\s+(?:{cue})?(?P<verb>{verbs})\b")


def act_conflicts(corpus: Corpus) -> list[Conflict]:
    """Return conflicts where one source says a doer's one-time act is still to come ("Harlow agreed
    in May to plead guilty", "the firms will sign the accord") and another that it was done
    ("Harlow pleaded guilty"): sources written on either side of the act, or one of them wrong.
    The doer and the last word after the verb must agree; an act denied ("has not signed", "pleaded
    not guilty") or of the past ("last year") says nothing, and a source that says the act was done
    is never on the side of those waiting for it."""
    by_key: dict[tuple, list[_Act]] = defaultdict(list)
    for sentence in corpus.sentences():
        for act in _acts_said(sentence.text, sentence.cite):
            by_key[act.key].append(act)
    conflicts = []
    for acts in by_key.values():
        done = [act for act in acts if act.done]
        waiting = [act for act in acts if not act.done and _source(act.cite) not in _sources(a.cite for a in done)]
        if done and waiting:
            conflicts.append(_act_conflict(waiting, done))
    return conflicts


def _acts_said(text: str, cite: str) -> list[_Act]:
    """Return the one-time acts a sentence says are to come or done, each with its doer."""
    return [_Act(key, done, written, cite) for key, done, written in _acts_in(text)]


@lru_cache(maxsize=1 << 14)
def _acts_in(text: str) -> tuple[tuple[tuple, bool, str], ...]:
    """Return (key, done, as written) of each one-time act a sentence's text says is to come or
    done (see `_acts_said`), read once for each text: wire copy repeats its sentences."""
    if _background().search(fold_text(text)):
        return ()
    acts = []
    for match in _act_pattern().finditer(text):
        doer, verb = fold_text(match.group("doer")), fold_text(match.group("verb"))
        done = verb in _done_forms()
        if doer in _list("stopwords") or done == bool(match.group("cue")):
            continue  # "it signed", "has not signed": no doer; "will signed", "pleaded" after "will": no act
        tail = _act_object(text[match.end():])
        if tail:
            plain = _done_forms().get(verb, verb)
            acts.append(((_stem(doer), plain, _stem(tail[-1].lower())), done,
                         " ".join([text[match.start():match.end()], *tail])))
    return tuple(acts)


def _act_object(after: str) -> list[str]:
    """Return the words right after an act's verb up to the end of its phrase ("guilty" of
    "pleaded guilty to fraud", "a new accord" of "signed a new accord with Ostland"), or none when
    the act is denied ("pleaded not guilty"), nothing follows ("signed by both") or the words make
    it another act of its kind ("will sign another accord")."""
    tail = _ACT_TAIL.match(after)
    stops = _list("stopwords") | _list("phrase_ends") | _list("noun_stops")
    words = []
    for word in tail.group(0).split() if tail else []:
        if word in stops and not (word in _list("determiners") and not words):
            break
        words.append(word)
    if not words or words[0] in ("not", "no") or words[-1] in _list("determiners") or set(words) & _list("other_act_cues"):
        return []  # "pleaded not guilty", "signed the", "will sign another order"
    return words


def _act_conflict(waiting: list[_Act], done: list[_Act]) -> Conflict:
    """Return the fact conflict on whether a one-time act has been done."""
    versions = [_version(_join(list(dict.fromkeys(act.written for act in acts))), (act.cite for act in acts))
                for acts in (waiting, done)]
    return _conflict(f"whether {done[0].written}", "fact", versions,
                     "The sources differ on whether it has been done or is still to come")


# --- single-source: the market's move ---------------------------------------------------------


@kept
def _market_move() -> re.Pattern:
    """Return the pattern of a company's shares moving by a share of their value ("Harlow's shares
    fell 4%", "Shares of Harlow Mills rose 2 per cent"); its group "owner" (or
    "owned") is the company, "move" the words from the verb to the share."""
    nouns = alternation(_list("market_nouns"))
    name = r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*"
    subject = rf"(?:(?i:{nouns})\s+(?:of|in)\s+(?P<owner>{name})|(?P<owned>{name})(?:['’]s?)?\s+(?i:{nouns}))"
    numbers = alternation(lexicon().scales["number_words"])
    hedge = rf"(?:(?:{alternation(_list('approximate') | {cue for key in HEDGES for cue in _lists()[key]})})\s+)?"
    share = rf"(?:\d+(?:\.\d+)?|(?i:{numbers}))\s*(?:%|(?i:per\s*cent|percent))"
    moves = alternation(_list("market_rises") | _list("market_falls"))
    return re.compile(rf"{subject}\s+(?P<move>(?P<way>(?i:{moves}))\s+(?:by\s+)?{hedge}{share})")


@dataclass(frozen=True)
class _Move:
    """One source's word on how a company's shares moved: "Harlow's shares fell about 4%"."""

    owner: str
    written: str
    cite: str
    way: int                  # +1 up, -1 down
    span: tuple[float, float]  # the shares of their value the words allow


def market_move_conflicts(corpus: Corpus) -> list[Conflict]:
    """Return, for each company whose shares the sources say moved by some share of their value,
    a figure conflict when two sources give moves that cannot both be true (up and down, or "less
    than 1%" and "more than 4%"), or a single-source conflict when only one source gives a move:
    how the market took the news, as one source tells it. A company is known by the first word of
    its name ("Harlow Mills Inc." and "Harlow")."""
    moves: dict[str, list[_Move]] = defaultdict(list)
    for sentence in corpus.sentences():
        for owner, match in _moves_in(sentence.text):
            moves[_company_key(owner)].append(_move(owner, match, sentence.cite))
    conflicts = []
    for said in moves.values():
        sources = _sources(move.cite for move in said)
        if len(corpus.sources) > 1 and len(sources) == 1:
            conflicts.append(Conflict(topic=f"how {said[0].owner}'s shares moved", kind="single-source",
                                      versions=[_version(said[0].written, [move.cite for move in said])],
                                      note="No other source gives how the shares moved."))
        elif len(sources) > 1 and _moves_disagree(said):
            conflicts.append(_conflict(f"how {said[0].owner}'s shares moved", "figure", _move_versions(said),
                                       "The sources give different moves of the shares"))
    return conflicts


@lru_cache(maxsize=1 << 16)
def _moves_in(text: str) -> tuple[tuple[str, re.Match], ...]:
    """Return (owner, match) for each move of shares `text` gives of a company it names, once for each text."""
    found = []
    for match in _market_move().finditer(text):
        owner = _POSSESSIVE_END.sub("", match.group("owner") or match.group("owned"))
        if fold_text(owner) not in _list("stopwords"):  # "Its shares fell 2%": whose, the sentence does not say
            found.append((owner, match))
    return tuple(found)


def _company_key(owner: str) -> str:
    """Return the word a company is known by in its shares' moves: the first of its name ("The"
    aside), so that "Harlow Mills Inc." is "Harlow"."""
    words = [word for word in _folded_words(owner) if word not in _list("stopwords")]
    return _stem(words[0]) if words else fold_text(owner)


def _move(owner: str, match: re.Match, cite: str) -> _Move:
    """Return the move a match of `_market_move` gives, with the span of shares its words allow."""
    way = 1 if match.group("way").lower() in _list("market_rises") else -1
    told = _MOVE_SHARE.search(match.group("move"))
    number = told.group("number").lower()
    value = float(number) if number[0].isdigit() else float(lexicon().scales["number_words"].get(number, 0))
    return _Move(owner, match.group(0), cite, way, _move_span(" ".join(told.group("cue").lower().split()), number, value))


_MOVE_SHARE = re.compile(r"(?P<cue>(?:[A-Za-z]+\s+)*?)(?P<number>\d+(?:\.\d+)?|[A-Za-z]+)\s*(?:%|[Pp]er\s*cent|[Pp]ercent)$")


def _move_span(cue: str, number: str, value: float) -> tuple[float, float]:
    """Return the lowest and highest share a move's words allow: "4%" is 3.5 to 4.5, "about 4%"
    3.6 to 4.4, "nearly 4%" 3.6 to 4, "more than 4%" 4 and up, "less than 1%" up to 1."""
    cue = cue.removeprefix("by ").strip()
    unit = 10.0 ** -len(number.split(".")[1]) if "." in number else 1.0
    if cue in _list("market_ceilings"):
        return 0.0, value
    if cue in _list("hedges_above"):
        return value, math.inf
    if cue in _list("hedges_just_below"):
        return value * 0.9, value
    if cue in _list("hedges_just_above"):
        return value, value * 1.1
    if cue in _list("hedges_around"):
        return value * 0.9 - unit / 2, value * 1.1 + unit / 2
    return value - unit / 2, value + unit / 2


def _moves_disagree(moves: list[_Move]) -> bool:
    """Return True when two sources give moves of one company's shares that cannot both be true."""
    return any(_source(one.cite) != _source(other.cite)
               and (one.way != other.way or one.span[1] < other.span[0] or other.span[1] < one.span[0])
               for at, one in enumerate(moves) for other in moves[at + 1:])


def _move_versions(moves: list[_Move]) -> list[Version]:
    """Return one version for each way the sources write a move, with every sentence that writes it so."""
    written: dict[str, list[str]] = defaultdict(list)
    for move in moves:
        written[move.written].append(move.cite)
    return [_version(text, cites) for text, cites in written.items()]


# --- figure and single-source: money ------------------------------------------------------------


def _figures(funding: list[Funding]) -> list[Funding]:
    """Return the amounts the sources give, each sum once per sentence."""
    kept: list[Funding] = []
    for item in funding:
        if any(set(item.cite) & set(other.cite) and _same_value(item, other) for other in kept):
            continue  # "2 billion yen (roughly €12 million)": one figure written twice
        kept.append(item)
    return kept


def _same_value(one: Funding, other: Funding) -> bool:
    """Return True when two amounts are the same figure (same currency, or converted)."""
    if one.currency and one.currency == other.currency and one.amount and other.amount:
        return abs(one.amount - other.amount) <= SAME_FIGURE * max(one.amount, other.amount)
    if one.eur and other.eur:
        return abs(one.eur - other.eur) <= SAME_CONVERTED * max(one.eur, other.eur)
    return False


def figure_conflicts(funding: list[Funding], weights: dict[str, float],
                     corpus: Corpus | None = None) -> tuple[list[Conflict], set[int]]:
    """Return conflicts where sources give one funder's money for one purpose as different sums,
    and the ids of the funding items in them; each sum as `corpus` writes it, a hedge before it
    kept ("over $1 billion" is not "$1 billion")."""
    by_funder: dict[str, list[Funding]] = defaultdict(list)
    for item in _figures(funding):
        if item.amount or item.eur:
            by_funder[_funder_key(item.funder)].append(item)
    conflicts, disputed = [], set()
    for items in by_funder.values():
        for linked in _disputed_figures(items, weights, corpus):
            disputed.update(id(item) for item in linked)
            conflicts.append(_figure_conflict(linked, corpus))
    return conflicts, disputed


def _funder_key(funder: str) -> str:
    """Return a funder's name as compared: a country's capital stands for its state, as the news
    writes it ("Oslo will give €80 million" is Norway's pledge)."""
    folded = fold_text(funder)
    return lexicon().capital_of.get(folded, folded)


def _disputed_figures(items: list[Funding], weights: dict[str, float], corpus: Corpus | None) -> list[list[Funding]]:
    """Return groups of one funder's items that are one sum, written differently by the sources."""
    links: dict[str, set] = {str(index): {index} for index in range(len(items))}
    for i, one in enumerate(items):
        for j in range(i + 1, len(items)):
            if _rival_figures(one, items[j], items, weights, corpus):
                links[str(i)].add(j)
    groups = [[items[int(member)] for member in group] for group in _groups(links)]
    return [group for group in groups if len(group) > 1]


def _rival_figures(one: Funding, other: Funding, items: list[Funding], weights: dict[str, float],
                   corpus: Corpus | None) -> bool:
    """Return True when two sources give different sums for the same purpose and kind, or, where
    one says not what it is for, when each is the one sum its source gives (see `_only_sums`)."""
    mine, theirs = _sources(one.cite), _sources(other.cite)
    if mine & theirs or one.kind != other.kind or _same_value(one, other):
        return False
    if not (one.purpose and other.purpose):
        if not _only_sums(one, other, items, corpus):
            return False
    elif _overlap(_content(one.purpose), _content(other.purpose), weights) < SAME_PURPOSE:
        return False
    # A source that also gives the other's figure agrees with it on that figure.
    return not any(_same_value(item, other) for item in items if _sources(item.cite) & mine) and \
        not any(_same_value(item, one) for item in items if _sources(item.cite) & theirs)


def _only_sums(one: Funding, other: Funding, items: list[Funding], corpus: Corpus | None) -> bool:
    """Return True when a sum that says not what it is for may still be the other's: each is the one
    sum committed that its source gives this funder, and neither is many times the other, in one currency or in
    euros at the day's rates ("Norland committed €70 million" in one source, "Norland will give
    €95 million to ..." in another; "Norland pledged $80 million" and "Norland, with £50 million")."""
    if one.kind != "commitment":
        return False  # a fine, a cost, a market's worth: a sum the words around it must name
    if one.currency and one.currency == other.currency and one.amount and other.amount:
        low, high = sorted((one.amount, other.amount))
    elif one.eur and other.eur:
        low, high = sorted((one.eur, other.eur))
    else:
        return False
    if high > ONLY_SUMS_SPREAD * low:
        return False
    for item in (one, other):
        mine = _sources(item.cite)
        if any(_sources(rival.cite) & mine and not _same_value(rival, item) for rival in items):
            return False
    return corpus is None or not _told_apart(*(_sum_of(item, corpus) for item in (one, other)))


def _sum_of(item: Funding, corpus: Corpus) -> _Sum:
    """Return what the words around an item's sum in its first sentence say it is: its kind of
    money, its modifiers and the names it goes to and comes from ("a $640 million deal with Harlow")."""
    sentence = corpus.sentence(item.cite[0])
    text = sentence.text if sentence is not None else ""
    amount = next((found for found in find_amounts(text) if found.text == item.text), None)
    if amount is None:
        return _Sum(Amount(item.text, item.amount or 0.0, item.currency, 0, 0), "", frozenset(), frozenset(),
                    frozenset(), frozenset(), item.cite[0])
    kind, modifiers = _sum_kind(text, amount)
    to, by = _sum_parties(text[amount.end:amount.end + 120])
    return _Sum(amount, kind, frozenset(), modifiers, to, by, item.cite[0])


def _figure_conflict(items: list[Funding], corpus: Corpus | None = None) -> Conflict:
    """Return the figure conflict among items that give one sum differently."""
    versions: list[tuple[Funding, list[str]]] = []
    for item in items:
        same = next((entry for entry in versions if _same_value(entry[0], item)), None)
        if same:
            same[1].extend(item.cite)
        else:
            versions.append((item, list(item.cite)))
    first = items[0]
    # The purpose is kept in brackets: it may be a noun ("the port") or a verb ("finance the port").
    topic = f"amount {first.funder} gives" if first.funder else "amount committed"
    if first.purpose:
        topic += f" ({_short(first.purpose)})"
    return _conflict(topic, "figure", [_version(_as_written(item, corpus), cites) for item, cites in versions],
                     "The sources give different amounts")


def _as_written(item: Funding, corpus: Corpus | None) -> str:
    """Return an item's sum as its first sentence writes it, with the hedge or bound before it
    ("over $1 billion", "nearly €20 million"), or as the item gives it."""
    sentence = corpus.sentence(item.cite[0]) if corpus is not None and item.cite else None
    at = sentence.text.find(item.text) if sentence is not None else -1
    if at < 0:
        return item.text
    cue = _cue_before().search(sentence.text, max(0, at - 40), at)
    return sentence.text[cue.start():at] + item.text if cue else item.text


_KIND_AFTER = re.compile(r"(?:\s+(?!(?:to|for|of|in|and|or|the|a|an)\b)[a-z][\w-]*){1,3}\b")


def _kind_after(item: Funding, corpus: Corpus | None) -> str:
    """Return the words right after an item's sum in its first sentence up to the noun that names
    the kind of money it is ("$70 million grant", "$5 million bridge loan"), or "" when no such
    noun follows within three words."""
    sentence = corpus.sentence(item.cite[0]) if corpus is not None and item.cite else None
    at = sentence.text.find(item.text) if sentence is not None else -1
    after = _KIND_AFTER.match(sentence.text, at + len(item.text)) if at >= 0 else None
    if not after:
        return ""
    words = after.group(0).split()
    ends = [index for index, word in enumerate(words) if _money_kind(word)]
    return " " + " ".join(words[:ends[0] + 1]) if ends else ""


@kept
def _cue_before() -> re.Pattern:
    """Return the pattern of a hedge or bound right before a figure ("more than ", "nearly ")."""
    cues = {*_list("approximate"), *(cue for key in HEDGES for cue in _lists()[key])}
    return re.compile(rf"(?i:\b(?:{alternation(cues)}))\s+$")


def _short(text: str, words: int = 10) -> str:
    """Return the first words of `text`, marked when cut."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def single_source_conflicts(corpus: Corpus, funding: list[Funding], disputed: set[int]) -> list[Conflict]:
    """Return one conflict for each funding commitment only one source gives.

    A figure another source repeats (in any currency) is not single-source; nor is one already in
    a figure conflict, nor a context figure. A corpus of one source has nothing to compare.
    """
    if len(corpus.sources) < 2:
        return []
    figures = _figures(funding)
    conflicts, reported = [], []
    for item in figures:
        if item.kind != "commitment" or id(item) in disputed or any(item is seen for seen in reported):
            continue
        same = [other for other in figures if _same_value(item, other) or other is item]
        if len(_sources(cite for other in same for cite in other.cite)) > 1:
            continue
        reported.extend(same)
        conflicts.append(_single_source(item, same, corpus))
    return conflicts


def _single_source(item: Funding, same: list[Funding], corpus: Corpus | None = None) -> Conflict:
    """Return the single-source conflict of one figure and the repeats of it in its source, the
    figure as its sentence writes it: with its hedge and the kind of money it is ("over $70 million
    in grants" is no "$70 million grant")."""
    cites = [cite for other in same for cite in other.cite]
    value = _as_written(item, corpus) + _kind_after(item, corpus)
    if item.equivalents:
        value = f"{item.text} ({', '.join(equivalent.text for equivalent in item.equivalents)})"
    owner = f"{item.funder}'s " if item.funder else "the "
    topic = f"{owner}{item.text} commitment"
    return Conflict(topic=topic, kind="single-source", versions=[_version(value, cites)],
                    note="No other source gives this amount.")


# --- figure: a sum named by the kind of money it is ----------------------------------------------


@dataclass(frozen=True)
class _Sum:
    """A sum one sentence names by its kind: "a $2.2 billion loan", "loans totalling $6 billion"."""

    amount: Amount
    kind: str           # the stemmed noun that names the sum: "loan"
    giver: frozenset    # who gives it: the funder its sentence's funding item names, else the names before it
    modifiers: frozenset  # the words that say which one it is ("a bridge loan"), none when plain
    to: frozenset       # the names it goes to ("a loan to Nordland")
    by: frozenset       # the names it comes from ("loans from the Delta Bank")
    cite: str
    span: tuple[float, float] = (math.nan, math.nan)  # the values a hedged sum allows ("about $4.1 billion")
    written: str = ""   # the sum as written, with its hedge


def sum_conflicts(corpus: Corpus, funding: Iterable[Funding] = ()) -> list[Conflict]:
    """Return conflicts where sources give one kind of sum (a loan, a grant, a fine) as different
    amounts of one currency ("a $2.24 billion loan" in one, "a $2.2 billion loan" in another).

    A source that gives both amounts anywhere settles nothing; guesses ("about $2 billion"),
    earlier sums ("last year"), amounts far apart, sums to or from other names and sums the
    `funding` items of their sentences give to other funders are not compared.
    """
    by_kind: dict[tuple, list[_Sum]] = defaultdict(list)
    given: dict[str, set[tuple]] = defaultdict(set)
    givers = _givers(funding)
    previous: Sentence | None = None
    for sentence in corpus.sentences():
        amounts = find_amounts(sentence.text)
        given[_source(sentence.cite)].update((amount.currency, _sum_key(amount.value)) for amount in amounts)
        before = previous.text if amounts and previous and _source(previous.cite) == _source(sentence.cite) else ""
        for item in _sums(sentence, amounts, _named_before(sentence.text, before)):
            funder = givers.get((sentence.cite, item.amount.currency, _sum_key(item.amount.value)))
            funder = None if item.kind in _list("worth_nouns") else funder
            by_kind[(item.kind, item.amount.currency)].append(replace(item, giver=funder) if funder else item)
        previous = sentence
    conflicts = []
    for sums in by_kind.values():
        sums = _first_per_source(sums, lambda item: (_sum_key(item.amount.value),))
        links = _rival_links(sums, lambda item: item.amount.value, lambda one, other: _rival_sums(one, other, given))
        for group in _groups(links):
            if len(group) > 1:
                conflicts.append(_sum_conflict([sums[int(member)] for member in group]))
    return conflicts + _currency_conflicts(by_kind, given, _at_parity(funding))


def _at_parity(funding: Iterable[Funding]) -> set[str]:
    """Return the currencies whose amounts the event day's rates put within PARITY of the same
    number of euros (the euro itself among them): one figure in two of them may be one sum converted."""
    return {item.currency for item in funding if item.currency and item.amount and item.eur
            and abs(item.eur - item.amount) <= PARITY * item.amount}


def _currency_conflicts(by_kind: dict[tuple, list[_Sum]], given: dict[str, set[tuple]],
                        parity: set[str]) -> list[Conflict]:
    """Return conflicts where sources give one kind of sum as the same figure in two currencies
    ("a 2.37-billion-euro fine" in one, "fined $2.37 billion" in another): one of them has the
    currency wrong. Not where a source gives both, nor between currencies at about parity."""
    by_figure: dict[tuple, list[_Sum]] = defaultdict(list)
    for (kind, _currency), sums in by_kind.items():
        for item in _first_per_source(sums, lambda item: (_sum_key(item.amount.value),)):
            by_figure[(kind, _sum_key(item.amount.value))].append(item)
    conflicts = []
    for sums in by_figure.values():
        versions: dict[str, list[_Sum]] = defaultdict(list)
        for item in sums:
            versions[item.amount.currency].append(item)
        if len(versions) == 2 and not set(versions) <= parity and _currencies_apart(*versions.values(), given):
            conflicts.append(_conflict(f"currency of the {sums[0].kind}", "figure",
                                       [_version(group[0].written or group[0].amount.text, (s.cite for s in group))
                                        for group in versions.values()],
                                       "The sources give the same figure in different currencies"))
    return conflicts


def _currencies_apart(one: list[_Sum], other: list[_Sum], given: dict[str, set[tuple]]) -> bool:
    """Return True when the sources of two currencies' sums are others, none gives the other
    currency's figure, and the words of no pair tell the sums apart."""
    mine, theirs = _sources(s.cite for s in one), _sources(s.cite for s in other)
    if mine & theirs:
        return False
    if any((b.amount.currency, _sum_key(b.amount.value)) in given[_source(a.cite)] for a in one for b in other) or \
            any((a.amount.currency, _sum_key(a.amount.value)) in given[_source(b.cite)] for a in one for b in other):
        return False
    return not any(_told_apart(a, b) for a in one for b in other)


def _givers(funding: Iterable[Funding]) -> dict[tuple, frozenset]:
    """Return the words of the funder of each sum the funding items give, by (cite, currency, value)."""
    return {(cite, item.currency, _sum_key(item.amount)): _content(item.funder)
            for item in funding if item.funder and item.amount for cite in item.cite}


def _first_per_source(items: list, key: Callable) -> list:
    """Return each source's first MAX_COUNTS_COMPARED items, one of each `key` (its value, and what
    it measures), so that comparing them pairwise stays small whatever a page holds."""
    kept: dict[tuple, object] = {}
    per_source: Counter = Counter()
    for item in items:
        source = _source(item.cite)
        if (source, *key(item)) not in kept and per_source[source] < MAX_COUNTS_COMPARED:
            kept[(source, *key(item))] = item
            per_source[source] += 1
    return list(kept.values())


def _rival_links(items: list, value: Callable, rival: Callable) -> dict[str, set]:
    """Return, for each item (by its index as a string), the later items it rivals; items of one
    value are never paired, as they cannot give one thing differently."""
    by_value: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        by_value[_sum_key(value(item))].append(i)
    links: dict[str, set] = {str(i): {i} for i in range(len(items))}
    for i, one in enumerate(items):
        mine = _sum_key(value(one))
        others = (j for key, members in by_value.items() if key != mine for j in members if j > i)
        links[str(i)].update(j for j in others if rival(one, items[j]))
    return links


def _sum_key(value: float) -> str:
    """Return an amount as compared: six significant digits, so "$4.1 billion" is 4.1e9 exactly."""
    return f"{value:.6g}"


_SUM_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:in\s+|of\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_SUM_PARTY = re.compile(r"\b(to|for|with|between|from|by)\s+(?:the\s+)?((?:[A-Z][\w&'’-]*\s*)+)")
_FOR_WHOM = re.compile(r"\bfor\s+(?:(?:the|its|their|his|her|our|all|some|many)\s+)?(?![a-z]+(?:ly|ing)\b)([a-z][\w-]*)")
_RECIPIENT = re.compile(r"\b(?:to|for)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s*)+")


def _sums(sentence: Sentence, amounts: list[Amount], named_before: str = "") -> Iterable[_Sum]:
    """Yield the sums a sentence names by their kind, leaving out guesses and earlier sums; its
    first amount may take `named_before`, the kind of money the sentence before it named."""
    text = sentence.text
    if _background(RECENT_PAST).search(fold_text(text)):
        return
    for index, amount in enumerate(amounts):
        kind, modifiers = _sum_kind(text, amount)
        modifiers |= _owner(text[max(0, amount.start - 60):amount.start])
        if not kind and not index:
            kind = named_before
        worth = kind in _list("worth_nouns")
        span = _sum_span(text, amount) if kind and not _asked_for(text, amount.start, worth) else None
        if span:
            to, by = _sum_parties(text[amount.end:amount.end + 120], whom=not worth)
            before = text[max(0, amount.start - OWNER_REACH):amount.start]
            giver = _names_before(before)
            if _received(before):  # "Vessia is to receive the second part of": whom it goes to
                to, giver = to | giver, frozenset()
            if worth:  # a deal's parties stand on both sides of it: all are its givers
                to, by, giver = frozenset(), frozenset(), _deal_parties(text, amount, before, giver) | to | by
            yield _Sum(amount, kind, giver, modifiers, to, by, sentence.cite, (round(span[0], 6), round(span[1], 6)),
                       text[span[2]:amount.end])


@kept
def _request_pattern() -> re.Pattern:
    """Return the pattern of a word of asking for a thing ("had asked the court to fine them")."""
    return re.compile(rf"\b(?:{alternation(_list('request_words'))})\b", re.IGNORECASE)


def _asked_for(text: str, at: int, worth: bool = False) -> bool:
    """Return True when the clause before a sum asks for it: a sum sought, not one given or set.
    The `worth` of a thing (a deal's, a cost) is its amount even when the thing is only sought:
    "a proposed $5 million deal" is a deal of $5 million."""
    clause = re.split(r"[,;:]\s|\s[—–]\s", text[max(0, at - OWNER_REACH):at])[-1]
    if worth:  # a deal's worth is sought only by words that ask for the deal itself ("seeking a $5 million deal")
        clause = " ".join(_ATTRIBUTE_BEFORE.sub("", clause).split()[-WORTH_ASKED_REACH:])
    return bool(_request_pattern().search(clause))


# The near past of the background cues: a deal blocked "last week" is the deal the sources report,
# and its sum is theirs to disagree on.
RECENT_PAST = frozenset({"last week"})

WORTH_ASKED_REACH = 4  # words before a deal's worth that may ask for the deal ("is seeking a"), not a clause far off


# A word that describes the noun a sum stands before, right after its determiner ("the proposed").
_ATTRIBUTE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+[a-z]+\s*$", re.IGNORECASE)


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _sum_span(text: str, amount: Amount) -> tuple[float, float, int] | None:
    """Return the lowest and highest value a careful reader takes from a sum and where its hedge
    begins, as `_reading` does for counts ("approximately $14.2 billion" is $14.1 to 14.3 billion);
    None for a guess too round to compare ("about $2 billion") or a bound ("at least $5 million")."""
    number = _DIGITS.search(amount.text)
    if not number or not float(number.group().replace(",", "")):  # "a million dollars"
        before = fold_text(text[max(0, amount.start - 200):amount.start]).split()[-3:]
        return None if _approximate(before) else (amount.value, amount.value, amount.start)
    scale = amount.value / float(number.group().replace(",", ""))
    return _reading(text, amount.start, number.group(), scale)


# A sum a verb of fining governs: "fined Harlow Foods €780 million", "was fined a record €5 million",
# "fined the former mayor €2 million", "fined food giant Harlow €780 million", "fined Harlow, the
# owner of two mills, €780 million" (a name with what it is, set between commas).
_FINED = re.compile(r"\b(?:fined|fines|fining)\s+(?:(?:the\s+)?(?:[a-z-]+\s+){0,2}[A-Z][\w&'’.-]*\s+|the\s+(?:[a-z-]+\s+){1,3}?"
                    r"|(?:the\s+)?(?:[a-z-]+\s+){0,2}[A-Z][\w&'’.-]*,\s+(?:the|an?)\s+[^,;:()]{1,60}?,\s+)"
                    r"{0,3}(?:an?\s+(?:record\s+)?)?(?:of\s+)?$")
FINED_REACH = 120  # characters before a sum the verb of fining may stand, an appositive between them


def _sum_kind(text: str, amount: Amount) -> tuple[str, frozenset]:
    """Return the stemmed noun of money_nouns that names a sum and the words that modify it: right
    after it ("a $5 million bridge loan", "$5 million in grants") or before a word that gives its
    amount ("a bridge loan of $5 million", "loans from the bank totalling $5 million"), the
    nearest one; or ("", none)."""
    after = _SUM_AFTER.match(text, amount.end)
    words = after.group(1).split() if after else []
    words = list(itertools.takewhile(lambda word: word not in ("to", "for"), words))  # "$5 million to fund"
    for index, word in enumerate(words):
        if kind := _money_kind(word):
            return kind, _noun_modifiers(words[:index])
    if built := _cost_pattern().match(text, amount.end):  # "the €40 million required to finish a dam"
        return "cost", _noun_modifiers(built.group(1).split())
    if _FINED.search(text, max(0, amount.start - FINED_REACH), amount.start):  # "fined Harlow Foods €780 million"
        return _money_kind("fine"), frozenset()
    if _bought().search(text, max(0, amount.start - 120), amount.start):  # "agreed to buy the mill for $2 billion"
        return _money_kind("deal"), frozenset()
    cue = _sum_cue().search(text, max(0, amount.start - 60), amount.start)
    if not cue:
        return "", frozenset()
    phrase = re.split(r"[.;:,()]", text[max(0, cue.start() - 80):cue.start()])[-1].split()  # back to its punctuation
    for index in reversed(range(len(phrase))):
        if kind := _money_kind(phrase[index]):
            # only a noun right before the cue heads a phrase whose words we can read ("a bridge loan of")
            return kind, _modifiers(phrase[:index]) if index == len(phrase) - 1 else frozenset()
    return "", frozenset()


@kept
def _sum_cue() -> re.Pattern:
    """Return the pattern of the words that end right before a sum and give the amount of a noun
    before them ("a loan totalling", "a merger valued at roughly")."""
    return re.compile(r"\s(?:totaling|totalling|totals|totaled|totalled|worth|valued\s+at|amounting\s+to|of|"
                      r"(?:came|comes|amounted|amounts)\s+to)"
                      rf"\s+(?:an?\s+|the\s+)?(?:(?:{_hedge_words()})\s+)?$")


@kept
def _bought() -> re.Pattern:
    """Return the pattern of a purchase that ends right before its price: a word of buying or
    selling, then "for", perhaps hedged ("agreed to buy the mill for", "the sale of the mill for about")."""
    return re.compile(rf"\b(?:{alternation(_list('purchase_words'))})\b[^;:!?()\[\]]{{0,80}}?\sfor\s+"
                      rf"(?:(?:{_hedge_words()})\s+)?$")


def _hedge_words() -> str:
    """Return the alternation of every hedge cue (see HEDGES)."""
    return alternation([cue for cue, _, _ in _hedge_cues()])


def _names_before(before: str) -> frozenset:
    """Return the words of the names in the clause before a sum, back to its last comma ("Japan
    promised aid of"), but those after "to" or "for" and generic words: who gives it,
    when its funder is not known."""
    clause = re.split(r"[,;:]\s|\s[—–]\s", before)[-1]
    clause = _RECIPIENT.sub(" ", clause)  # "aid to Vessia worth": who gets it
    names = " ".join(word for word in re.findall(r"[A-Z][\w'’-]*", clause) if fold_text(word) not in lexicon().org_words)
    return _content(names) - _MONTH_WORDS - _list("weekdays")


def _received(before: str) -> bool:
    """Return True when the clause before a sum gets it: its names are whom the sum goes to."""
    return bool(receiving().search(re.split(r"[,;:]\s|\s[—–]\s", before)[-1]))


def _deal_parties(text: str, amount: Amount, before: str, clause_names: frozenset) -> frozenset:
    """Return the words of the parties a deal's sum names before it. When a verb of buying leads to
    the price ("Lund agreed to buy Vessia for $2 billion") or a word gives the amount of a deal
    named before it ("a deal between Lund and Vessia worth"), those are the names of its clause;
    when the noun of the deal follows the sum, only the names of its own phrase are
    ("Lund's $2 billion deal"), not those of the clause's subject ("the court blocked the $2 billion deal")."""
    if not _SUM_AFTER.match(text, amount.end) or not _named_after(text, amount):
        return clause_names
    phrase = re.split(r"\b[a-z][\w-]*\s+(?=[^a-z]*$)", before)[-1]  # after its last lower-case word
    return _names_before(phrase)


def _named_after(text: str, amount: Amount) -> bool:
    """Return True when the noun of money naming a sum follows it ("a $5 million loan")."""
    after = _SUM_AFTER.match(text, amount.end)
    return bool(after) and any(_money_kind(word) for word in after.group(1).split())


_OWNER_BEFORE = re.compile(r"([\w-]+)['’]s\s+$")  # a possessive that ends a text


def _owner(before: str) -> frozenset:
    """Return the word of whose the sum is when a possessive stands right before it ("the dam's
    $2 billion price tag"): it tells one thing's sum from another's."""
    owner = _OWNER_BEFORE.search(before)
    return _content(owner.group(1)) if owner else frozenset()


@kept
def _cost_pattern() -> re.Pattern:
    """Return the pattern of what follows a sum that is the cost of a thing ("[sum] required to
    finish the dam"); its group is the words of the thing, which tell one cost from another."""
    needed, verbs = alternation(_list("cost_needs")), alternation(_list("cost_verbs"))
    return re.compile(rf"\s+(?:[a-z]+\s+)?(?:{needed})\s+to\s+(?:{verbs})\s+((?:[\w'’-]+\s*){{1,3}})")


def _modifiers(before: list[str]) -> frozenset:
    """Return the words that say which sum it is ("bridge" in "a bridge loan of"): the one or two
    words between a determiner and the noun, leaving out those any sum may bear ("new", "total")."""
    opened = [i for i, word in enumerate(before) if word.lower() in _list("determiners")]
    if not opened or len(before) - opened[-1] > 3:
        return frozenset()
    return _noun_modifiers(before[opened[-1] + 1:])


def _noun_modifiers(words: list[str]) -> frozenset:
    """Return the content words of `words`, the modifiers of a noun of money, but those any sum
    may bear ("new", "total", "estimated")."""
    return frozenset(_content(" ".join(words)) - _list("plain_modifiers"))


def _money_kind(word: str) -> str:
    """Return the noun of money_nouns a word names, through its synonyms ("assistance" is "aid"), or ""."""
    noun = singular(word)
    noun = _lists()["money_synonyms"].get(noun, noun)
    return noun if noun in _list("money_nouns") else ""


@kept
def _back_reference() -> re.Pattern:
    """Return the pattern of a sentence opening that points back to the sentence before it ("For this,")."""
    return re.compile(rf"\W*(?:{alternation(_list('purpose_back_references'))})\b", re.IGNORECASE)


def _named_before(text: str, previous: str) -> str:
    """Return the one kind of money `previous` names when `text` opens by pointing back to it
    ("The bank set up aid for flood defences. To this end it will give $5 million"), or ""."""
    if not previous or not _back_reference().match(text):
        return ""
    kinds = set(map(_money_kind, _folded_words(previous))) - {""}
    if kinds & _list("worth_nouns"):
        return ""  # "The bridge's cost rose. For this, the state will lend $2bn": money spent on it, not its cost
    return next(iter(kinds)) if len(kinds) == 1 else ""


def _sum_parties(after: str, whom: bool = True) -> tuple[frozenset, frozenset]:
    """Return the names a sum goes to and comes from, in its phrase ("to Nordland", "for Vessia",
    "with Vessia", "between Vessia and ...", "from the Delta Bank"), months and weekdays left out,
    and, with `whom`, the first word of whom it is for when no name says ("for farmers")."""
    phrase = re.split(r"[.;:,()]", after, maxsplit=1)[0]
    to: set[str] = set()
    by: set[str] = set()
    for match in _SUM_PARTY.finditer(phrase):
        words = _content(match.group(2)) - _MONTH_WORDS - _list("weekdays")
        (to if match.group(1) in ("to", "for", "with", "between") else by).update(words)
    if whom and (whom := _FOR_WHOM.search(phrase)):  # "aid for farmers", "aid for fishermen": who gets it, in its first word
        to.update(_content(whom.group(1)) - _list("not_counted"))
    return frozenset(to), frozenset(by)


def _rival_sums(one: _Sum, other: _Sum, given: dict[str, set[tuple]]) -> bool:
    """Return True when two sources give one kind of sum different amounts, neither giving both."""
    mine, theirs = _source(one.cite), _source(other.cite)
    low, high = sorted((one.amount.value, other.amount.value))
    ceilings = _CEILING.match(one.written) and _CEILING.match(other.written)  # two maxima: each exact
    if mine == theirs or not ceilings and _meet(one.span, other.span) or high > SPREAD * low:
        return False
    if _told_apart(one, other):
        return False
    return (other.amount.currency, _sum_key(other.amount.value)) not in given[mine] and \
        (one.amount.currency, _sum_key(one.amount.value)) not in given[theirs]


# A sum given as a ceiling ("penalties of up to $8 million"): what the ceiling is, not a guess at a sum.
_CEILING = re.compile(r"(?i:up\s+to|as\s+much\s+as|a\s+maximum\s+of)\s")


def _told_apart(one: _Sum, other: _Sum) -> bool:
    """Return True when the words of two sums say they are two: "a loan to Nordland" and "a loan to
    Vessia", "a bridge loan" and "a term loan", "Norway will give $3m in aid" and "Sweden will give ..."."""
    pairs = ((one.to, other.to), (one.by, other.by), (one.modifiers, other.modifiers), (one.giver, other.giver))
    if any(mine and theirs and not mine & theirs for mine, theirs in pairs):
        return True
    # the parties of one deal: each sum naming a party the other lacks is another deal
    return one.kind in _list("worth_nouns") and bool(one.giver - other.giver) and bool(other.giver - one.giver)


def _sum_conflict(sums: list[_Sum]) -> Conflict:
    """Return the figure conflict of one kind of sum given as different amounts."""
    versions: dict[str, tuple[str, list[str]]] = {}
    for item in sums:
        versions.setdefault(_sum_key(item.amount.value), (item.written or item.amount.text, []))[1].append(item.cite)
    return _conflict(f"amount of the {sums[0].kind}", "figure",
                     [_version(written, cites) for written, cites in versions.values()],
                     "The sources give different amounts")


# --- figure: counts -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Count:
    """A number of things one sentence gives: "117 tanks", "1.2 million people"."""

    value: float
    head: str           # the stemmed noun counted
    noun: str           # the noun counted, as written
    written: str        # the number and noun as written
    context: frozenset  # content words around it, which say what is counted
    cite: str
    owners: frozenset = frozenset()  # the names before it in its sentence: whose count it is
    low: float = math.nan    # the span a hedged or ranged figure gives ("almost 30%", "4 to 7%");
    high: float = math.nan   # an exact figure's span is its value
    level: bool = False      # a share a verb makes a noun's new level ("unemployment rose to 4.2%")
    outcome: str = ""        # what befell the things counted, said right at the count ("killed 12", "30 injured")
    close_owners: frozenset = frozenset()  # the names right before it ("Ruiz won 41,200"): surely whose it is

    def span(self) -> tuple[float, float]:
        """Return the lowest and highest value the figure allows, rounded as compared."""
        if math.isnan(self.low):
            return round(self.value, 6), round(self.value, 6)
        return round(self.low, 6), round(self.high, 6)


def count_conflicts(corpus: Corpus, weights: dict[str, float]) -> list[Conflict]:
    """Return conflicts where sources count the same things with different numbers.

    Counts are grouped by the noun counted; two are the same quantity when the words around them
    agree too ("117 tanks delivered" and "116 tanks delivered", not "5 killed" and "9 injured").
    A hedged figure or a range gives a span ("just under 4,630" is 4,620 to 4,630); two
    figures disagree only when their spans do not meet. Loose bounds ("at least 100") and money
    are not compared.
    """
    by_head: dict[str, list[_Count]] = defaultdict(list)
    shares: dict[str, set[float]] = defaultdict(set)  # every share each source gives, named or bare
    for sentence in corpus.sentences():
        for count in _sentence_counts(sentence.text):
            by_head[count.head].append(replace(count, cite=sentence.cite))
        shares[_source(sentence.cite)].update(round(float(share), 6) for share in _percent_numbers(sentence.text))
    conflicts = []
    for head, counts in by_head.items():
        for group in _groups(_count_links(counts, weights, shares if head.startswith("%") else {})):
            if len({_source(counts[int(member)].cite) for member in group}) > 1:
                conflicts.append(_count_conflict([counts[int(member)] for member in group]))
    return conflicts


MAX_COUNTS_COMPARED = 64  # distinct counts of one noun per source; an article never gives more


def _count_links(counts: list[_Count], weights: dict[str, float], given: dict[str, set[float]]) -> dict[str, set]:
    """Return, for each count (by index), the indexes it is linked to: its rivals in other sources,
    and its twins (same source, number and context), which have the same rivals. `given` holds
    numbers each source gives beside its counts (its bare shares), which it is never a rival of.

    Only one count of each set of twins is compared, only with counts of other sources, and only
    the first MAX_COUNTS_COMPARED of each source, so the work grows with the number of counts, not
    with its square (a page of 20,000 numbered links is one source).
    """
    links: dict[str, set] = {str(i): {i} for i in range(len(counts))}
    given_values: dict[str, set[float]] = defaultdict(set, {source: set(numbers) for source, numbers in
                                                            given.items()})
    first: dict[tuple, int] = {}
    compared: dict[str, list[int]] = defaultdict(list)
    for i, count in enumerate(counts):
        source = _source(count.cite)
        given_values[source].add(round(count.value, 6))
        twin = first.setdefault((source, count.span(), count.context), i)
        if twin != i:
            links[str(i)].add(twin)
        elif len(compared[source]) < MAX_COUNTS_COMPARED:
            compared[source].append(i)
    values = {source: sorted(numbers) for source, numbers in given_values.items()}
    sources = list(compared)
    for a, mine in enumerate(sources):
        for theirs in sources[a + 1:]:
            for i in compared[mine]:
                for j in compared[theirs]:
                    if _rival_counts(counts[i], counts[j], values, weights):
                        links[str(min(i, j))].add(max(i, j))
    return links


_NUMBER = r"(?<![\w$€£¥.,/-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w.,]\d)(?:\s+(thousand|million|billion))?"
_COUNT_PATTERN = re.compile(_NUMBER + r"\s+((?:[\w'’-]+\s+){0,2}?)([a-z][\w-]*)\b")  # "117 tanks", "1,200 dock workers"
# A number joined to the noun it counts before another noun: "a 41,000-seat arena" (not "a
# 43-year-old"); groups as in _COUNT_PATTERN.
_COMPOUND_COUNT = re.compile(_NUMBER + r"-()([a-z]+)\b(?!-)(?=\s+[“\"‘']?[A-Za-z])")
_SCALE = {None: 1.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}


@lru_cache(maxsize=1 << 12)
def _sentence_counts(text: str) -> tuple[_Count, ...]:
    """Return the counts, the measures and then the shares a sentence of `text` gives, their cite
    left blank for the sentence's own, once for each text (a corpus repeats sentences)."""
    sentence = Sentence("", 0, text, 0, len(text))
    return (*_counts(sentence), *_tolls(sentence), *_measures(sentence), *_percentages(sentence))


def _counts(sentence: Sentence) -> Iterable[_Count]:
    """Yield the counts of things a sentence gives, leaving out money, dates, loose bounds and
    measures (see `_measures`)."""
    text = _without_money(sentence.text)
    measured = {match.start() for match in _measure_pattern().finditer(text)}
    for match in (*_COUNT_PATTERN.finditer(text), *_COMPOUND_COUNT.finditer(text)):
        if match.start() not in measured:
            number, scale = match.group(1), _SCALE[match.group(2)]
            yield from _count_at(text, match, float(number.replace(",", "")) * scale, number, scale, sentence.cite)
    for match in _WORDS_COUNT.finditer(text):  # "Twenty-five countries pledged"
        if match.group(1)[0].isupper() and text[:match.start()].strip(BEFORE_FIRST_WORD):
            continue  # "shoppers at Harlow and Nine": a name within a sentence, not a number
        value = _number_of_words(match.group(1))
        yield from _count_at(text, match, value, str(int(value)), 1.0, sentence.cite)


def _count_at(text: str, match: re.Match, value: float, number: str, scale: float, cite: str) -> Iterable[_Count]:
    """Yield the count a match of a number and the noun after it gives (group 3: the words between
    them; group 4: the noun), unless it is a bound, a day of a month or no count of things."""
    head = match.group(4)
    before = fold_text(text[max(0, match.start() - 200):match.start()]).split()[-1:]  # a window, never the whole prefix
    reading = _reading(text, match.start(), number, scale)
    if head in _list("stopwords") | _list("not_counted") or not reading or (before and before[-1] in _MONTH_WORDS):
        return
    context = frozenset(_content(_window(text, match.start(), match.end())) - {_stem(head)} - _content(match.group(1))
                        - _MONTH_WORDS)  # "in favor on September 4" and "… September 11" share no thing counted
    outcome = _own_outcome(text, reading[2], match.end())
    if head in _list("people_outcomes") and not match.group(3).strip():  # "4,850 injured": people injured
        head, context, outcome = "people", context | {_stem(head)}, head
    elif _lives_taken(head, text, reading[2]):
        head, context, outcome = "people", context | {"killed"}, "killed"
    noun = f"{head}s" if match.re is _COMPOUND_COUNT and not head.endswith("s") else head  # "60,000-seat": seats
    yield _Count(value, _count_head(head), noun, text[reading[2]:_noun_end(text, match.end())].strip(), context, cite,
                 _owners(text[max(0, reading[2] - OWNER_REACH):reading[2]]), reading[0], reading[1],
                 outcome=outcome, close_owners=_owners(text[max(0, reading[2] - CLOSE_OWNER_REACH):reading[2]]))


def _lives_taken(noun: str, text: str, start: int) -> bool:
    """Return True when a count at text[start:] counts people killed: deaths, or lives a verb right
    before it takes ("claimed over 400 lives", "costing 12 lives"), or people a death toll gives
    ("the death toll rose to 412 people")."""
    if noun in _list("death_nouns"):
        return True
    if noun == "lives":
        before = _OUTCOME_BEFORE.search(text, max(0, start - 30), start)
        return bool(before and before.group(1) in _list("lives_taken"))
    return noun in ("people", "persons") and _toll_pattern().search(text, max(0, start - TOLL_REACH), start) is not None


TOLL_REACH = 80  # characters from a toll's noun to its figure ("the death toll in the two provinces rose to")


@kept
def _toll_pattern() -> re.Pattern:
    """Return the pattern of a death toll's noun and the verb that gives its figure, up to the figure
    (its hedge words included): "The death toll in the region rose to ", "a death toll of over "."""
    return re.compile(rf"\b(?:{alternation(_list('toll_nouns'))})\b[^.;:!?\d]{{0,60}}?\b"
                      rf"(?:{alternation(_list('toll_reaches'))})\s+(?:[a-z]+\s+){{0,3}}$", re.IGNORECASE)


_BARE_FIGURE = re.compile(r"(?<![\w$€£¥.,/-])(\d{1,3}(?:,\d{3})+|\d+)(?:\s+(thousand|million))?(?![\w.,%]\d|\s*(?:%|per\s?cent|percent))")


def _tolls(sentence: Sentence) -> Iterable[_Count]:
    """Yield the death tolls a sentence gives with no noun after their figure ("The death toll
    reached 1,204.", "a death toll of over 900 on Monday"), each a count of people killed."""
    text = sentence.text
    if "toll" not in text and "dead" not in text and "deaths" not in text:
        return  # every toll noun holds one of them: spare the patterns
    for match in _BARE_FIGURE.finditer(text):
        after = re.match(r"\s+([a-z][\w-]*)", text[match.end():])
        if after and after.group(1) not in _list("stopwords"):
            continue  # a count of the noun after it (see `_counts`)
        if not _toll_pattern().search(text, max(0, match.start() - TOLL_REACH), match.start()):
            continue
        number, scale = match.group(1), _SCALE[match.group(2)]
        reading = _reading(text, match.start(), number, scale)
        if not reading:
            continue
        context = frozenset(_content(_window(text, match.start(), match.end())) | {"killed"})
        yield _Count(float(number.replace(",", "")) * scale, _count_head("people"), "people",
                     text[reading[2]:match.end()].strip(), context, sentence.cite,
                     _owners(text[max(0, reading[2] - OWNER_REACH):reading[2]]), reading[0], reading[1],
                     outcome="killed", close_owners=_owners(text[max(0, reading[2] - CLOSE_OWNER_REACH):reading[2]]))


def _count_head(noun: str) -> str:
    """Return the noun a count is compared by: stemmed, through its synonyms ("nations" are "countries")."""
    head = _stem(noun)
    return _lists()["count_synonyms"].get(head, head)


_UNITS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
          "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# A number of two to ninety-nine written in words, then a noun: "Twenty-five countries", "nine people".
_WORDS_COUNT = re.compile(rf"(?<![\w-])((?i:(?:{'|'.join(_TENS)})(?:[-\s](?:one|{'|'.join(_UNITS[:8])}))?|{'|'.join(_UNITS)}))"
                          r"()\s+()((?!of\b)[a-z][\w-]*)\b")  # groups as a count in digits has them


def _number_of_words(words: str) -> float:
    """Return the number a count written in words gives ("Twenty-five" -> 25)."""
    parts = re.split(r"[-\s]", words.lower())
    value = 0
    for part in parts:
        value += (_TENS.index(part) + 2) * 10 if part in _TENS else (_UNITS.index(part) + 2 if part in _UNITS else 1)
    return float(value)


_MEASURE_SCALE = {"mn": 1e6, "bn": 1e9}


@kept
def _measure_pattern() -> re.Pattern:
    """Return the pattern of a length or area in a unit of the measure_units list: "31.5 km",
    "a 12-kilometre road", "3 million square metres", "a 4-mn sqm plot"."""
    units = alternation(_lists()["measure_units"])
    return re.compile(r"(?<![\w$€£¥.,/-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
                      r"(?:\s+(thousand|million|billion)|-?(mn|bn))?(?:\s+|-)(" + units + r")\b", re.IGNORECASE)


def _measures(sentence: Sentence) -> Iterable[_Count]:
    """Yield the lengths and areas a sentence gives, each counted in its unit however spelt, leaving
    out loose bounds."""
    text = _without_money(sentence.text)
    for match in _measure_pattern().finditer(text):
        scale = _SCALE[match.group(2)] if match.group(2) else _MEASURE_SCALE.get(match.group(3) or "", 1.0)
        reading = _reading(text, match.start(), match.group(1), scale)
        if not reading:
            continue
        unit = _lists()["measure_units"][" ".join(match.group(4).lower().split())]
        context = frozenset(_content(_window(text, match.start(), match.end())) - _content(unit))
        yield _Count(float(match.group(1).replace(",", "")) * scale, unit, unit, text[reading[2]:match.end()].strip(),
                     context, sentence.cite, _owners(text[max(0, reading[2] - OWNER_REACH):reading[2]]),
                     reading[0], reading[1], close_owners=_owners(text[max(0, reading[2] - CLOSE_OWNER_REACH):reading[2]]))


_NOUN_GOES_ON = re.compile(r"\s+(?!(?:[a-z]+ed|[a-z]+ing)\b)([a-z][a-z-]*)\b")
MAX_NOUN_WORDS = 2  # words after a count's first that may still belong to its noun ("dock crew hands")


def _noun_end(text: str, end: int) -> int:
    """Return where the noun a count's first word opens ends: over the lower-case words after it
    that are no function word and no verb form ("1,200 dock crew hands in May")."""
    for _ in range(MAX_NOUN_WORDS):
        word = _NOUN_GOES_ON.match(text, end)
        if word is None or any(word.group(1) in words for words in (_list("stopwords"), _list("noun_stops"),
                                                                     lexicon().verbs)):
            break
        end = word.end()
    return end


_OUTCOME_AFTER = re.compile(r"\s+(?:(?:were|was|are|is|have\s+been|had\s+been|been|got)\s+)?([a-z]+)")
_OUTCOME_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def _own_outcome(text: str, start: int, end: int) -> str:
    """Return the outcome said right at a count, as the word of the outcomes list: the verb before
    it ("killed 12 people", "killing 12") or the word after it ("12 people were killed"), or ""."""
    words = [match.group(1) for match in (_OUTCOME_BEFORE.search(text, max(0, start - 30), start),
                                          _OUTCOME_AFTER.match(text, end)) if match]
    for word in words:
        for form in (word, word[:-3] + "ed" if word.endswith("ing") else word):
            if form in _list("outcomes"):
                return form
    return ""


_PERCENT = r"(?<![\w$€£¥.,/-])(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)"
_PERCENT_PATTERN = re.compile(_PERCENT)


def _percent_numbers(text: str) -> list[str]:
    """Return the numbers of the shares `text` gives ("12.5" of "12.5%", "3" of "3 per cent")."""
    if "%" not in text and "cent" not in text:
        return []  # every share is written with one of them: spare the pattern
    return _PERCENT_PATTERN.findall(text)


def _percentages(sentence: Sentence) -> Iterable[_Count]:
    """Yield the shares a sentence gives with what they are shares of: "a 4.5% pay rise", "4.5
    percent of the vote" and "a rise of 4.5%." count rises, votes and rises; a bare "to 5%" names
    nothing and is left out."""
    text = sentence.text
    for match in _PERCENT_PATTERN.finditer(text):
        reading = _reading(text, match.start(), match.group(1), 1.0)
        nouns = _share_nouns(text[match.end():match.end() + 60])
        level = "" if nouns or not reading else _level_noun(text, reading[2])
        if reading and not nouns:
            nouns = [level] if level else _noun_before(text, reading[2])
        if not nouns or not reading:
            continue
        window = _window(text, match.start(), match.end())
        head = _stem(nouns[-1])
        written = text[reading[2]:match.end()].strip()
        yield _Count(float(match.group(1)), f"% {head}", f"share of {nouns[-1]}" if not level else f"level of {level}",
                     written, frozenset(_content(window) - {head, "percent", "cent"}), sentence.cite,
                     _owners(text[max(0, reading[2] - OWNER_REACH):reading[2]]), reading[0], reading[1], bool(level))


def _share_nouns(after: str) -> list[str]:
    """Return the nouns right after a share, in its own phrase: what it is a share of."""
    words = list(_folded_words(re.split(r"[^\w\s'’-]", after, maxsplit=1)[0])[:5])
    while words and words[0] in _list("share_words"):
        words = words[1:]
    return list(itertools.takewhile(lambda word: word.isalpha() and word not in _list("stopwords"), words[:2]))


_NOUN_OF = re.compile(r"\b([a-z][a-z-]*)\s+of\s+$")
_NOUN_RANGED = re.compile(r"\b([a-z][a-z-]*)\s+(?:of\s+)?$")


@kept
def _level_pattern() -> re.Pattern:
    """Return the pattern of a noun whose level a verb takes to the figure after it, up to that
    figure ("the jobless rate has ticked up to ", "inflation stood at "); its group is the noun."""
    changes = alternation(_list("level_changes"))
    return re.compile(r"\b([A-Za-z][a-z-]+)\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:been\s+)?(?:[a-z]+ly\s+)?"
                      rf"(?:{changes})(?<!\bat)\s+to\s+$|\b([A-Za-z][a-z-]+)\s+(?:{changes})(?<=\bat)\s+$")


def _level_noun(text: str, at: int) -> str:
    """Return the noun whose new level a share at text[at:] gives ("unemployment rose to 4.2%"), or ""."""
    match = _level_pattern().search(text, max(0, at - 80), at)
    word = next((group.lower() for group in match.groups() if group), "") if match else ""
    return word if word not in _list("stopwords") else ""


def _noun_before(text: str, at: int) -> list[str]:
    """Return the noun a share with none after it is a share of, when the share (its hedge or
    range opening at text[at:]) is its complement ("a rise of almost 30%.", "losses ranging from
    4 to 7%."), or nothing."""
    pattern = _NOUN_RANGED if text[at:at + 4].lower() == "rang" else _NOUN_OF
    match = pattern.search(text[max(0, at - 60):at])
    word = match.group(1) if match else ""
    return [word] if word and word not in _list("stopwords") and word not in _list("share_words") else []


_FIGURE = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_RANGE_OPENS = re.compile(r"(?i:\b(?:between|(?:ranging|ranges|ranged|range)\s+from))\s+" + _FIGURE +
                          r"\s*(?:%|per\s?cent|percent)?\s*(?:and|to|-|–|—)\s*$")
_RANGE_BARE = re.compile(r"(?<![\w$€£¥.,/-])" + _FIGURE + r"\s*(?:%|per\s?cent|percent)?\s*(?:to|–|—)\s*$")
_FROM = re.compile(r"(?i:\bfrom)\s+$")  # "from 5 to 8 percent" tells a change, not a range


def _range_start(head: str) -> re.Match | None:
    """Return the match of the first figure of a range that `head` ends with ("between 5 and",
    "ranging from 5 to", "5 to", "5–"), or None; "from 5 to" opens a change, not a range."""
    ranged = _RANGE_OPENS.search(head)
    if ranged:
        return ranged
    bare = _RANGE_BARE.search(head)
    return bare if bare and not _FROM.search(head, 0, bare.start()) else None


def _reading(text: str, start: int, number: str, scale: float) -> tuple[float, float, int] | None:
    """Return the lowest and highest value a careful reader takes from the figure `number` (times
    `scale`) at text[start:], and where its hedge or range begins; None when it is a bound or guess
    too loose for that ("at least 100", "more than 1 million", "another 5")."""
    edge = max(0, start - 200)  # a window, never the whole prefix
    head = text[edge:start]
    value = float(number.replace(",", "")) * scale
    ranged = _range_start(head)
    if ranged:
        low = float(ranged.group(1).replace(",", ""))
        low = low * scale if low * scale <= value else low  # "between 1.5 and 2 million"
        return (low, value, edge + ranged.start()) if low < value else None
    if _level_noun(text, start):
        return value, value, start  # "has edged up to 6.3%": a new level, not a ceiling
    cue = _hedge(fold_text(head).split()[-5:])
    if cue is None:
        return None
    word, side, share = cue
    if not word:
        return value, value, start
    unit = _last_unit(number) * scale
    if unit > share * value:
        return None
    cue_start = re.search(r"(?i:\b" + r"\s+".join(map(re.escape, word.split())) + r")\s+$", head)
    return value - unit * (side <= 0), value + unit * (side >= 0), edge + cue_start.start() if cue_start else start


@cache
def _hedge_cues() -> tuple[tuple[str, int, float], ...]:
    """Return every hedge cue with its side and widest share (see HEDGES), longest cue first."""
    cues = [(cue, side, share) for key, (side, share) in HEDGES.items() for cue in _lists()[key]]
    return tuple(sorted(cues, key=lambda cue: -len(cue[0])))


def _hedge(before: list[str]) -> tuple[str, int, float] | None:
    """Return the hedge cue that ends the folded words before a figure with its side and widest
    share, ("", 0, 0.0) when there is none, and None when another bound or guess ends them or
    the cue is denied ("no more than 30" is a ceiling, not a floor)."""
    tail = " " + " ".join(before)
    cue = next((cue for cue in _hedge_cues() if tail.endswith(" " + cue[0])), None)
    if cue:
        denied = tail[:-len(cue[0]) - 1].split()[-1:] in (["no"], ["not"], ["never"])
        return None if denied else cue
    return None if _approximate(before) else ("", 0, 0.0)


def _last_unit(number: str) -> float:
    """Return the unit of the last significant digit of a number as written, a last 5 after
    another digit counting as five units: how round it is ("4,630" 10; "215,000" 5,000; "30"
    10; "2.3" 0.1; "6.5" 0.5; "5" 1)."""
    digits = number.replace(",", "")
    whole, _, fraction = digits.partition(".")
    unit = 10.0 ** -len(fraction) if fraction else 10.0 ** (len(whole) - len(whole.rstrip("0") or "0"))
    significant = digits.replace(".", "").strip("0")
    return unit * (5 if len(significant) > 1 and significant.endswith("5") else 1)


_LONGEST_WORD = 100  # characters a word of a window may reach beyond it


def _window(text: str, start: int, end: int, reach: int = 40) -> str:
    """Return the whole words within `reach` characters of text[start:end], folded."""
    edge = max(0, start - reach)
    before = max(0, edge - _LONGEST_WORD)  # look back a word's length, never over the whole text
    left = before + re.search(r"\S*$", text[before:edge]).start()
    right = end + reach + re.match(r"\S*", text[end + reach:end + reach + _LONGEST_WORD]).end()
    return fold_text(text[left:right])


OWNER_REACH = 200  # characters before a figure that may name whose it is: a window, never the whole prefix
CLOSE_OWNER_REACH = 25  # characters before a figure where a name surely says whose it is ("Ruiz won 41,200")


_NAME_LIST = re.compile(r"[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)+,?\s+(?:and|or)\s+[A-Z][\w'’-]*")


def _owners(before: str) -> frozenset:
    """Return the names in the phrase right before a figure (back to the last comma or semicolon),
    leaving out a sentence's first word, countries and generic words: whose figure it is. A list
    of names ("A, B and C") is one owner, which only the same list shares."""
    before = _NAME_LIST.sub(_joint_owner, before)
    phrases = re.split(r"[,;:]\s|\s[—–]\s", before)
    before = phrases[-1]
    if len(phrases) > 1 and _RELATIVE.match(before):  # "Ana Ruiz, who won 41%": the name the clause is of
        before = phrases[-2] + " " + before
    words = (fold_text(word) for word in re.findall(r"(?<=\s)[A-Z][\w'’-]*", before) if not _MODIFIER.search(word))
    return frozenset(word for word in words if word not in _no_owner_words() and word not in _countries()
                     and word not in _MONTH_WORDS)


_MODIFIER = re.compile(r"-[a-z]+$")  # "EU-hosted", "Kremlin-backed": a capitalised word that names nobody


_RELATIVE = re.compile(r"\s*(?:who|whose)\b", re.IGNORECASE)


@cache
def _no_owner_words() -> frozenset[str]:
    """Return the folded capitalised words that name nobody whose figure it is: function words,
    organisation words ("Bank"), and titles and honorifics ("President", "Mr"), which two people's
    figures share without being one person's."""
    words = lexicon()
    person = (fold_text(word) for word in (*words.titles, *words.honorifics, *words.role_words))
    return _list("stopwords") | words.org_words | frozenset(person)


def _joint_owner(names: re.Match) -> str:
    """Return a list of names as one word ("Bo, Al and Cy" as " Al_Bo_Cy"), leaving out countries
    and generic words, so that the same names in any order make the same word."""
    words = (word for word in re.findall(r"[A-Z][\w'’-]*", names.group(0)) if fold_text(word) not in _no_owner_words())
    return " " + "_".join(sorted((word for word in words if fold_text(word) not in _countries()), key=fold_text))


def _without_money(text: str) -> str:
    """Return `text` with its amounts of money blanked out, so they are not read as counts."""
    for amount in find_amounts(text):
        text = text[:amount.start] + " " * (amount.end - amount.start) + text[amount.end:]
    return text


def _approximate(before: list[str]) -> bool:
    """Return True when the words before a number make it a bound or a guess."""
    tail = " ".join(before)
    return any(tail.endswith(cue) for cue in _list("approximate"))


def _rival_counts(one: _Count, other: _Count, values: dict[str, list[float]], weights: dict[str, float]) -> bool:
    """Return True when two sources count the same things differently, neither giving both.

    `values` holds the numbers (rounded to 6 places, sorted) each source gives of this noun.
    """
    mine, theirs = _source(one.cite), _source(other.cite)
    if mine == theirs or _meet(one.span(), other.span()) or not _near(one, other):
        return False
    if _other_outcomes(one, other):
        return False
    if _sole_counts(one, other, values):
        return True  # the names farther before them need not agree: they are as often who acted on the things
    if one.owners and other.owners and not one.owners & other.owners:
        return False  # "Ruiz won 41%" and "Petrov won 38%" are two people's shares
    if not (_alike_shares(one, other) if one.head.startswith("%") else _alike_counts(one, other, weights)):
        return False
    return not _gives(values[mine], other.span()) and not _gives(values[theirs], one.span())


def _sole_counts(one: _Count, other: _Count, values: dict[str, list[float]]) -> bool:
    """Return True when two sources each give one exact number only of a noun, and the two are
    close and no two names right before them differ: one quantity given two ways ("1,200 dock
    workers", "1,180 dock workers"), whatever the other words around them."""
    if one.head.startswith("%") or len(values[_source(one.cite)]) != 1 or len(values[_source(other.cite)]) != 1:
        return False
    if (one.close_owners or other.close_owners) and not one.close_owners & other.close_owners:
        return False  # "Ruiz won 41,200 votes", "Petrov won 40,900 votes": two people's counts
    (low, high), (other_low, other_high) = one.span(), other.span()
    return low == high and other_low == other_high and max(low, other_low) <= SAME_COUNT * min(low, other_low)


def _other_outcomes(one: _Count, other: _Count) -> bool:
    """Return True when two counts are of different outcomes: the words around them name outcomes
    and none in common ("12 killed" and "30 injured"), or the outcomes said at each differ
    ("killed 120 people" and "2,615 people injured", however alike their sentences)."""
    outcomes = _list("outcomes")
    if one.context & outcomes and other.context & outcomes and not one.context & other.context & outcomes:
        return True
    return bool(one.outcome and other.outcome and one.outcome != other.outcome)


def _alike_counts(one: _Count, other: _Count, weights: dict[str, float]) -> bool:
    """Return True when two counts of one noun count one thing: by the words around them, by whose
    they are, or as one toll of the same outcome."""
    shared = one.context & other.context
    return len(shared) >= 2 and _overlap(set(one.context), set(other.context), weights) >= SAME_PURPOSE or \
        _owned_alike(one, other) or _one_toll(one, other, shared & _list("outcomes"))


def _one_toll(one: _Count, other: _Count, outcomes: set[str]) -> bool:
    """Return True when two counts of one noun share the outcome they count ("killed more than
    55 people", "the storm killed 52 people") and give no year, with values near enough to be one
    toll given differently: an event's toll, not a past one's ("the 1999 storm killed 17 people")."""
    (low, high), (other_low, other_high) = one.span(), other.span()
    return bool(outcomes) and not (_YEAR.search(" ".join(one.context)) or _YEAR.search(" ".join(other.context))) \
        and max(low, other_low) <= SPREAD * min(high, other_high)


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _alike_shares(one: _Count, other: _Count) -> bool:
    """Return True when two shares are of one thing: known by whose they are, or, when one names
    nobody, by the words around them and values near enough to be one share given differently."""
    if one.owners and other.owners:
        return bool(one.owners & other.owners)
    (low, high), (other_low, other_high) = one.span(), other.span()
    near = max(low, other_low) <= SPREAD * min(high, other_high)
    if one.level and other.level:  # one noun's level, now: unless a year says it is a past one
        return near and not (_YEAR.search(" ".join(one.context)) or _YEAR.search(" ".join(other.context)))
    return len(one.context & other.context) >= SAME_SHARE_WORDS and near


def _owned_alike(one: _Count, other: _Count) -> bool:
    """Return True when two counts are one person's, by a name before each ("Ruiz, who won 41,200
    votes", "Ms Ruiz won 40,900 votes"), with values near enough to be one count given differently."""
    (low, high), (other_low, other_high) = one.span(), other.span()
    return bool(one.owners & other.owners) and max(low, other_low) <= SPREAD * min(high, other_high)


def _near(one: _Count, other: _Count) -> bool:
    """Return True unless a hedged or ranged figure lies too far from the other to be one quantity
    given differently ("just under 412,000 votes" and "more than 131,000 votes" count two things)."""
    (low, high), (other_low, other_high) = one.span(), other.span()
    if low == high and other_low == other_high:
        return True  # two exact counts: the words around them decide
    return max(low, other_low) <= SPREAD * min(high, other_high)


def _meet(one: tuple[float, float], other: tuple[float, float]) -> bool:
    """Return True when two figures' spans share a value; exact counts are one value (117 tanks
    are not 116), "just under 4,630" and "4,627" meet. Two hedged spans that only touch do not:
    "more than 260,000" is short of 270,000, or its writer would have said so, and "over 270,000"
    is past it."""
    if one[0] < one[1] and other[0] < other[1]:
        return one[0] < other[1] and other[0] < one[1]
    return one[0] <= other[1] and other[0] <= one[1]


def _gives(numbers: list[float], span: tuple[float, float]) -> bool:
    """Return True when one of the sorted `numbers` lies within `span`; inside a hedged span, not
    on its edge (see `_meet`)."""
    if span[0] < span[1]:
        at = bisect_left(numbers, span[0])
        at += at < len(numbers) and numbers[at] == span[0]
        return at < len(numbers) and numbers[at] < span[1]
    at = bisect_left(numbers, span[0])
    return at < len(numbers) and numbers[at] <= span[1]


def _count_conflict(counts: list[_Count]) -> Conflict:
    """Return the figure conflict of one quantity counted differently."""
    versions: dict[tuple, tuple[str, list[str]]] = {}
    for count in counts:
        versions.setdefault(count.span(), (count.written, []))[1].append(count.cite)
    noun = counts[0].noun
    outcomes = {count.outcome for count in counts}
    if len(outcomes) == 1 and "" not in outcomes:  # "number of people killed", however each source names them
        noun = f"{'people' if counts[0].head == _count_head('people') else noun} {outcomes.pop()}"
    return _conflict(noun if noun.startswith(("share of", "level of")) else f"number of {noun}", "figure",
                     [_version(written, cites) for written, cites in versions.values()],
                     "The sources give different numbers")


# --- figure: the tally of a vote ----------------------------------------------------------------


@dataclass(frozen=True)
class _Tally:
    """One side of a vote one sentence counts: "344 votes in favour", "180 opposed"."""

    side: str       # "in favour" or "against"
    value: int
    written: str    # the count as written ("343 deputies supported", "343 to 180")
    cite: str


def vote_conflicts(corpus: Corpus) -> list[Conflict]:
    """Return the conflict where sources count one vote differently ("344 votes in favour and 181
    against", "the vote was 343 to 180"): a side's counts near enough to be one vote's, from sources
    neither of which gives the other's number (a source that gives both tells of two votes). Its
    versions are each disputed sentence's reading of the vote, both sides as the sentence gives them."""
    tallies = [_Tally(side, value, written, sentence.cite) for sentence in corpus.sentences()
               for side, value, written in _tallies(sentence.text)]
    disputed = {cite for side in _SIDES for cite in _disputed_side([tally for tally in tallies if tally.side == side])}
    versions = [_version(written, cites) for written, cites in _vote_readings(tallies, disputed).values()]
    return [_conflict("the tally of the vote", "figure", versions, "The sources count the vote differently")] if versions else []


_SIDES = ("in favour", "against")


def _disputed_side(said: list[_Tally]) -> set[str]:
    """Return the cites of the counts of one side of a vote that other sources' counts rival."""
    given: dict[str, set[int]] = defaultdict(set)
    for tally in said:
        given[_source(tally.cite)].add(tally.value)
    said = _first_per_source(said, lambda tally: (tally.value,))
    links = _rival_links(said, lambda tally: tally.value, lambda one, other: _rival_tallies(one, other, given))
    return {said[int(member)].cite for group in _groups(links) if len(group) > 1 for member in group}


def _vote_readings(tallies: list[_Tally], disputed: set[str]) -> dict[tuple, tuple[str, list[str]]]:
    """Return each disputed sentence's reading of the vote, (in favour, against) as written and the
    sentences that give it; a reading of one side only joins the one whole reading it agrees with."""
    readings: dict[tuple, tuple[str, list[str]]] = {}
    for cite in sorted(disputed, key=_cite_key):
        read = [tally for tally in tallies if tally.cite == cite]
        key = tuple(next((tally.value for tally in read if tally.side == side), None) for side in _SIDES)
        readings.setdefault(key, (", ".join(dict.fromkeys(tally.written for tally in read)), []))[1].append(cite)
    for key in [key for key in readings if None in key]:
        whole = [other for other in readings if _agrees(key, other)]
        if len(whole) == 1:
            readings[whole[0]][1].extend(readings.pop(key)[1])
    return readings


def _agrees(part: tuple, whole: tuple) -> bool:
    """Return True when `whole` gives both sides of a vote and agrees with every side `part` gives."""
    return None not in whole and all(mine in (None, theirs) for mine, theirs in zip(part, whole))


def _rival_tallies(one: _Tally, other: _Tally, given: dict[str, set[int]]) -> bool:
    """Return True when two sources count one side of a vote with close but different numbers."""
    mine, theirs = _source(one.cite), _source(other.cite)
    low, high = sorted((one.value, other.value))
    return mine != theirs and high <= SAME_COUNT * low and other.value not in given[mine] \
        and one.value not in given[theirs]


_TALLY_NUMBER = r"(?<![\w.,$€£])(\d{1,3}(?:,\d{3})+|\d+)(?!\w|[.,]\d)"
_YEARS = range(1900, 2101)


@kept
def _tally_patterns() -> dict[str, tuple[re.Pattern, ...]]:
    """Return the patterns of a vote's counts, by side: in favour ("344 votes in favour", "343
    members voted for", "343 deputies supported the bill", "the backing on Friday of 344 MPs"),
    against ("181 votes against", "with 181 voting against", "180 opposed", "and 181, against"),
    and both as a tally, in favour first ("the vote was 343 to 180", "passed by 343 votes to 180",
    "a 343-180 vote")."""
    voters, number = alternation(_list("voter_nouns")), _TALLY_NUMBER
    words = r"(?:[\w-]+\s+)"
    return {
        "in favour": (
            re.compile(rf"{number}\s+{words}{{0,4}}?(?:(?:have|had|has)\s+)?vot(?:ed|es?|ing)\s+(?:in\s+favou?r|for|yes)\b", re.I),
            re.compile(rf"{number}\s+{words}{{0,2}}?(?:{voters})\s+(?:(?:have|had)\s+)?(?:supported|backed|approved|endorsed)\b", re.I),
            re.compile(rf"\bbacking\s+{words}{{0,3}}?of\s+{number}\s+{words}{{0,2}}?(?:{voters})\b", re.I),
        ),
        "against": (
            re.compile(rf"{number},?\s+{words}{{0,3}}?(?:(?:have|had)\s+)?(?:(?:votes?|voted|voting)\s+)?(?:against|opposed)\b"
                       rf"|{number}\s+{words}{{0,3}}?voted\s+no\b", re.I),
        ),
        "tally": (
            re.compile(rf"\b(?:vote|voted|votes|voting|ballot|tally|margin|passed|approved|adopted|rejected)\b[^.;!?]{{0,120}}?"
                       rf"(?<!\bfrom\s)(?<!\bbetween\s){number}\s+(?:votes?\s+)?to\s+{number}\b", re.I),
            re.compile(rf"{number}\s*[-–]\s*{number}\s+(?:vote|majority|ruling|decision|margin)\b", re.I),
        ),
    }


_DIGIT = re.compile(r"\d")  # a digit


@lru_cache(maxsize=1 << 14)
def _tallies(text: str) -> tuple[tuple[str, int, str], ...]:
    """Return (side, count, as written) for each count of a vote a sentence gives, once for each
    text. A count against needs a vote in the sentence (a word of voting, or a count in favour);
    two years ("from 2019 to 2024") are no tally."""
    if not _DIGIT.search(text):
        return ()
    patterns = _tally_patterns()
    found = _both_sides(text)
    for pattern in patterns["in favour"]:
        found += [("in favour", _whole_number(m.group(1)), m.group(0)) for m in pattern.finditer(text)]
    if found or re.search(r"\bvot(?:e|es|ed|ing)\b|\bballot", text, re.I):
        for pattern in patterns["against"]:
            found += [("against", _whole_number(m.group(1) or m.group(2)), m.group(0)) for m in pattern.finditer(text)]
    return tuple(item for item in found if item[1] > 1)


def _both_sides(text: str) -> list[tuple[str, int, str]]:
    """Return both sides of each tally `text` gives ("343 to 180"), in favour first, as `_tallies` does."""
    found: list[tuple[str, int, str]] = []
    for pattern in _tally_patterns()["tally"]:
        for match in pattern.finditer(text):
            numbers = [_whole_number(group) for group in match.groups()[-2:]]
            if not all(value in _YEARS for value in numbers):
                written = text[match.start(match.lastindex - 1):match.end(match.lastindex)]
                found += [("in favour", numbers[0], written), ("against", numbers[1], written)]
    return found


def _whole_number(digits: str) -> int:
    return int(digits.replace(",", ""))


# --- figure: spans of time ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Span:
    """A span of time one sentence puts on a thing: "a 12-day strike", "a six-year-old startup"."""

    value: float
    unit: tuple         # (day, week, month or year; "old" for an age or "")
    words: tuple        # the lower-case words after it, up to its noun, as written ("payments", "startup")
    written: str        # the span as written ("six-year-old")
    cite: str
    owners: frozenset = frozenset()  # the names before it in its phrase: whose span it is

    def things(self) -> frozenset:
        """Return the words of the thing it measures, as compared."""
        return frozenset(_span_head(word) for word in self.words)


def span_conflicts(corpus: Corpus) -> list[Conflict]:
    """Return conflicts where sources put different spans of one unit on one thing ("a 12-day
    strike" and "a 13-day strike", "a six-year-old startup" and "a seven-year-old payments startup").

    A source that gives both spans settles nothing; bounds and guesses ("a nearly three-month
    strike"), earlier events, spans in other units, of other things or owners, spans that grew
    between the days two sources were published and spans of a thing a sentence says was extended
    ("the truce was extended by a day") are not compared.
    """
    by_unit, given, changed = _spans_by_unit(corpus)
    published = {source.id: _published_day(source.published) for source in corpus.sources}
    conflicts = []
    for spans in by_unit.values():
        spans = _first_per_source(spans, lambda span: (_sum_key(span.value), span.things()))
        links = _rival_links(spans, lambda span: span.value, lambda one, other: _rival_spans(one, other, given, changed)
                             and not _grown(one, other, published))
        conflicts.extend(_span_conflict([spans[int(member)] for member in group])
                         for group in _groups(links) if len(group) > 1)
    return conflicts


def _spans_by_unit(corpus: Corpus) -> tuple[dict[tuple, list[_Span]], dict[str, set[tuple]], set[str]]:
    """Return the spans of the corpus by unit, the (unit, value, thing) each source gives, and the
    words of the sentences that tell a span changed ("the truce was extended by a day")."""
    by_unit: dict[tuple, list[_Span]] = defaultdict(list)
    given: dict[str, set[tuple]] = defaultdict(set)
    changed: set[str] = set()
    for sentence in corpus.sentences():
        changed.update(_changed_heads(sentence.text))
        for span in _spans(sentence):
            by_unit[span.unit].append(span)
            given[_source(span.cite)].update((span.unit, _sum_key(span.value), thing) for thing in span.things())
    return by_unit, given, changed


@lru_cache(maxsize=1 << 12)
def _changed_heads(text: str) -> tuple[str, ...]:
    """Return the heads of the content words of a sentence that tells a span changed, else
    nothing; once for each text."""
    if _change_words().search(text) and _change_pattern().search(fold_text(text)):
        return tuple(_span_head(word) for word in _content(text))
    return ()


@kept
def _change_words() -> re.Pattern:
    """Return the pattern of a word that changes a span ("extended"): a cheap test before `_change_pattern`."""
    return re.compile(rf"\b(?i:{alternation(_list('span_changes'), loose_spaces=False)})\b")


@kept
def _change_pattern() -> re.Pattern:
    """Return the pattern of a span of time changed, in folded text: "extended by a day", "extended
    the truce to 12 days", "a two-week extension"."""
    changes = alternation(_list("span_changes"), loose_spaces=False)
    numbers = "|".join(re.escape(word) for word in lexicon().scales["number_words"] if " " not in word)
    span = rf"(?:(?:a|an|another|additional|further|extra)\s+){{0,2}}(?:(?:\d+(?:\.\d+)?|{numbers})[\s-]+)?" \
        r"(?:more\s+)?(?:hour|day|week|month|year)s?\b"
    return re.compile(rf"\b(?:{changes})\b(?:\s+[\w'-]+){{0,7}}?\s+(?:by|to|for|until)\s+{span}|{span}\s+(?:{changes})\b")


_SPAN_HINT = re.compile(r"[-\u2010\u2011](?:day|week|month|year)")  # what every span holds: a cheap test first


@kept
def _span_pattern() -> re.Pattern:
    """Return the pattern of a span written as a compound adjective ("12-day", "six-year-old")."""
    words = "|".join(re.escape(word) for word, value in lexicon().scales["number_words"].items()
                     if " " not in word and value >= 1 and word not in ("a", "an"))
    return re.compile(rf"(?<![\w.,$€£¥/-])(\d+(?:\.\d+)?|(?i:{words}))[-\u2010\u2011]"
                      r"(day|week|month|year)s?(?:[-\u2010\u2011\s](old))?(?:[-\u2010\u2011\s]long)?(?=\s)")


def _spans(sentence: Sentence) -> Iterable[_Span]:
    """Yield the spans a sentence puts on a named thing, leaving out bounds, guesses and earlier events."""
    text = sentence.text
    matches = list(_span_pattern().finditer(text)) if _SPAN_HINT.search(text) else []
    if not matches or _background().search(fold_text(text)):
        return
    for match in matches:
        before = fold_text(text[max(0, match.start() - 200):match.start()]).split()[-3:]
        words = _span_words(text[match.end():match.end() + 80])
        if not words or _list("people_nouns") & set(map(singular, words)) or _approximate(before):
            continue  # a bound or a guess, or a span of one of the many people a story may name
        number = match.group(1)
        value = float(number) if number[0].isdigit() else float(lexicon().scales["number_words"][number.lower()])
        owners = _owners(text[max(0, match.start() - OWNER_REACH):match.start()])
        yield _Span(value, (match.group(2), match.group(3) or ""), words, match.group(0), sentence.cite, owners)


_PLAIN_WORD = re.compile(r"[A-Za-z][a-z'’-]*")  # a word of plain letters


def _span_words(after: str) -> tuple[str, ...]:
    """Return the words right after a span, up to three and ending on a lower-case one, that may name
    what it measures ("payments chip startup", "Danish payments startup"); none before a name, a
    level ("a four-year high") or a function word."""
    words = re.split(r"[^\w\s'’-]", after, maxsplit=1)[0].split()[:3]
    kept: list[str] = []
    for word in words:
        named = not word.islower() and fold_text(word) not in _countries()  # a name, not "Danish"
        if named or not _PLAIN_WORD.fullmatch(word) or word.lower() in _list("stopwords") or \
                word in _list("phrase_ends") or (kept and word.endswith(("ed", "ing"))):
            break
        kept.append(word)
    while kept and not kept[-1].islower():
        kept.pop()
    return () if kept and kept[0] in _list("span_levels") else tuple(kept)


def _span_head(word: str) -> str:
    """Return a word of what a span measures, as compared: one word for every name of an agreement."""
    head = singular(fold_text(word))
    return "agreement" if head in _list("pact_nouns") else head


def _rival_spans(one: _Span, other: _Span, given: dict[str, set[tuple]], changed: set[str]) -> bool:
    """Return True when two sources put different spans on one thing, neither giving both, and no
    sentence that tells a span changed names the thing (`changed` holds their words). One names
    the thing by the last word the other does ("a 12-day strike" and "a 13-day strike cost")."""
    mine, theirs = _source(one.cite), _source(other.cite)
    low, high = sorted((one.value, other.value))
    things = one.things() & other.things() & {_span_head(one.words[-1]), _span_head(other.words[-1])}
    if mine == theirs or not things or _sum_key(low) == _sum_key(high) or high > SPREAD * low:
        return False
    if one.owners and other.owners and not one.owners & other.owners:
        return False  # "Vessa's two-year contract" and "Ruiz's three-year contract" are two contracts
    if things & changed:
        return False  # "the five-day truce" and "the six-day truce" after it was extended
    return not any((one.unit, _sum_key(other.value), thing) in given[mine] or
                   (one.unit, _sum_key(one.value), thing) in given[theirs] for thing in things)


def _published_day(published: str) -> int | None:
    """Return the day a source was published (an ordinal), or None when it gives no ISO date."""
    try:
        return dt.date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def _grown(one: _Span, other: _Span, published: dict[str, int | None]) -> bool:
    """Return True when the later source gives the longer span and was published late enough for
    the span to have grown into it ("a 40-day strike" one day, "a 41-day strike" the next)."""
    mine, theirs = published.get(_source(one.cite)), published.get(_source(other.cite))
    if mine is None or theirs is None or mine == theirs:
        return False
    earlier, later = (one, other) if mine < theirs else (other, one)
    grown = later.value - earlier.value
    return grown > 0 and abs(mine - theirs) >= (grown - 1) * DAYS_IN[one.unit[0]]


def _span_conflict(spans: list[_Span]) -> Conflict:
    """Return the figure conflict of one thing given spans of different lengths; each version
    reads up to the last word of the thing the others name too ("seven-year-old payments chip startup")."""
    versions: dict[str, tuple[str, list[str]]] = {}
    counts = Counter(thing for span in spans for thing in span.things())
    for span in spans:
        shown = [i for i, word in enumerate(span.words) if counts[_span_head(word)] > 1]
        written = " ".join((span.written, *span.words[:shown[-1] + 1])) if shown else span.written
        versions.setdefault(_sum_key(span.value), (written, []))[1].append(span.cite)
    noun = next(word for word in spans[0].words if counts[_span_head(word)] > 1)
    what = "age" if spans[0].unit[1] else "length"
    return _conflict(f"{what} of the {noun}", "figure",
                     [_version(written, cites) for written, cites in versions.values()],
                     "The sources give different spans of time")


# --- title --------------------------------------------------------------------------------------


def title_conflicts(people: dict[str, Actor], by_name: dict[str, list[Mention]],
                    texts: dict[str, str] | None = None) -> list[Conflict]:
    """Return conflicts where sources give one person titles that do not mean the same.

    Titles are compared by their words once case, spelling, word order, articles and country words
    are set aside; a title whose words are all in another is only less specific, not a rival. Each
    version is the fullest title its sources write, country word included (`texts`: the sentence
    of each cite).
    """
    name_words = {word for actor in people.values() for name in (actor.name, *actor.aliases) for word in _folded_words(name)}
    conflicts = []
    for name, mentions in by_name.items():
        titles: dict[frozenset, list[Mention]] = defaultdict(list)
        initials = {word for mention in mentions for word in _INITIALS.findall(mention.role)}
        for mention in mentions:
            key = _title_key(_as_initials(mention.role, initials), name_words)
            if key:
                titles[key].append(mention)
        rivals = _rival_titles(titles)
        if rivals:
            versions = [_version(_fullest_title(titles[key], texts or {}), (m.cite for m in titles[key])) for key in rivals]
            conflicts.append(_conflict(f"{name}'s title", "title", versions,
                                       f"The sources give {name} different titles"))
    return conflicts


_INITIALS = re.compile(r"\b[A-Z]{2,6}\b")


def _as_initials(role: str, initials: set[str]) -> str:
    """Return a role with the words of a body written as the initials another title of the same
    person uses ("Reserve Bank of India Governor" -> "RBI Governor" when a source writes "RBI")."""
    for short in initials:
        spelled = r"\s+(?:(?:of|the|and|for|&)\s+)*".join(rf"{letter}[\w’'-]*" for letter in short)
        role = re.sub(rf"\b{spelled}\b", short, role)
    return role


def _fullest_title(mentions: list[Mention], texts: dict[str, str]) -> str:
    """Return the title of the most words some mentions write, the most often written among equals."""
    written = Counter(_written_title(mention, texts.get(mention.cite, "")) for mention in mentions)
    return max(written, key=lambda title: (len(title.split()), written[title]))


def _written_title(mention: Mention, text: str) -> str:
    """Return a mention's title as its sentence writes it before the name, with the country words
    just before it ("US President" where the role is "President")."""
    at = text.find(f"{mention.role} {mention.surface}")
    if at < 0:
        return mention.role
    words = text[:at].split()
    country = []
    while words and fold_text(words[-1]) in _countries() and len(country) < 2:
        country.insert(0, words.pop())
    return " ".join([*country, mention.role])


_PARENTHESES = re.compile(r"\([^)]*\)")  # a part in parentheses


def _title_key(role: str, name_words: set[str]) -> frozenset[str]:
    """Return the words a title means, whatever its case, spelling, order and country words, and
    without a generic noun of its body ("union" of "union president"; not of "Chair of the Harbour
    Pilots' Union", where it names the body)."""
    text = _PARENTHESES.sub(" ", fold_text(role)).replace("-", " ")
    named = set(_NAMED_BODY.findall(text))
    text = _country_pattern().sub(" ", text)
    spelling, synonyms = _lists()["spelling"], _lists()["title_synonyms"]
    spelled = (spelling.get(word, word) for word in _folded_words(text))
    words = {part for word in spelled for part in synonyms.get(word, word).split()}
    return frozenset(words - _list("stopwords") - (_list("title_bodies") - named) - name_words)


# The last word of the body a title is "of": "chair of the harbour pilots union".
_NAMED_BODY = re.compile(r"\bof\s+(?:the\s+)?(?:[a-z]+\s+){1,3}?([a-z]+)$")


def _rival_titles(titles: dict[frozenset, list[Mention]]) -> list[frozenset]:
    """Return the most specific titles that rival another: same kind of title, other words,
    each given by a source that does not give the other.

    A title inside another is only less specific, unless what it leaves out is a rank ("Foreign
    Minister" against "Deputy Foreign Minister"); a newsroom's informal title ("foreign policy
    chief", "top diplomat") rivals no formal one.
    """
    widest = [key for key in titles if not any(_less_specific(key, other) for other in titles)]
    rivals: list[frozenset] = []
    for i, one in enumerate(widest):
        for other in widest[i + 1:]:
            if _titles_rival(one, other, titles):
                rivals.extend(key for key in (one, other) if key not in rivals)
    return rivals


def _titles_rival(one: frozenset, other: frozenset, titles: dict[frozenset, list[Mention]]) -> bool:
    """Return True when two titles share a word but mean other posts, both formal or both informal
    ("Ag Secretary" only cuts "Agriculture Secretary" short), each given by a source that does not
    give the other."""
    mine, theirs = _sources(m.cite for m in titles[one]), _sources(m.cite for m in titles[other])
    informal = [_informal(key) for key in (one, other)]
    return bool(_kin(one, other) and mine - theirs and theirs - mine) and informal[0] == informal[1] \
        and not _abbreviates(one, other) and not _two_tenures(one, other)


def _two_tenures(one: frozenset, other: frozenset) -> bool:
    """Return True when two titles of one post each say another time of holding it ("Former
    Governor", "Governor-elect"): one person may be both at once, which the sources do not dispute."""
    tenures = _list("tenure_words")
    mine, theirs = one & tenures, other & tenures
    return bool(mine) and bool(theirs) and mine != theirs and one - tenures == other - tenures


def _kin(one: frozenset, other: frozenset) -> bool:
    """Return True when two titles share a word, words of one root ("Senate" and "Senator"), or
    each names a government post held now ("Chancellor" and "Finance Minister")."""
    roots = {word[:KIN_ROOT] for word in one if len(word) > KIN_ROOT}
    return bool(one & other) or any(word[:KIN_ROOT] in roots for word in other if len(word) > KIN_ROOT) \
        or _both_posts(one, other)


def _both_posts(one: frozenset, other: frozenset) -> bool:
    """Return True when each title names a government post held now: "former finance minister" and
    "Chancellor" are two posts of one career, not two names of one post."""
    return _government_post(one) and _government_post(other) and not (one | other) & _list("tenure_words")


def _government_post(key: frozenset) -> bool:
    """Return True when a title names a government post: a minister's, or a head's written alone
    ("Chancellor", but not "Chancellor of the Duchy", an office of its own)."""
    return bool(key & _list("government_posts")) or len(key) == 1 and bool(key & _list("lone_posts"))


def _informal(key: frozenset) -> bool:
    """Return True when a title is a newsroom's informal one ("top diplomat"), not one an informal
    word names formally ("Majority Leader")."""
    return bool(key & _list("informal_titles")) and not key & _list("formal_qualifiers")


def _abbreviates(one: frozenset, other: frozenset) -> bool:
    """Return True when two titles have as many words and each word of one begins a word of the
    other or is begun by one: "Ag Secretary" is "Agriculture Secretary" cut short."""
    def begins(word: str, words: frozenset) -> bool:
        return any(len(word) >= 2 and (full.startswith(word) or word.startswith(full)) for full in words)
    return len(one) == len(other) and all(begins(word, other) for word in one) \
        and all(begins(word, one) for word in other)


def _less_specific(key: frozenset, other: frozenset) -> bool:
    """Return True when title `key` is `other` with some words left out, none of them a rank."""
    return key < other and not (other - key) & _list("rank_words")


# --- spelling -----------------------------------------------------------------------------------


def spelling_conflicts(people: dict[str, Actor], by_name: dict[str, list[Mention]]) -> list[Conflict]:
    """Return conflicts where sources spell one person's name differently, one per person.

    Each word of the name as the sources write it is matched to the word of the canonical name it
    resembles; a word missing (a middle name left out) or differing only in case, a dash or an
    initial's single stop is no conflict. Each version is the name as its sources write it
    ("K.T. Ormsby", "KT Ormsby"), with every sentence that writes it so.
    """
    conflicts = []
    for name, mentions in by_name.items():
        slots = [word for word in _name_words(people[name].name) if word[0].isupper()]
        spellings = _name_spellings(slots, mentions)
        apart = [index for index, spelled in enumerate(spellings) if _spelled_apart(spelled)]
        versions = _spelling_versions(mentions, slots, apart) if apart else _order_versions(mentions, slots)
        if len(versions) > 1:
            conflicts.append(_conflict(f"spelling of {name}'s name", "spelling", versions,
                                       "The sources spell the name differently"))
    return conflicts


def _without_cut_ends(by_name: dict[str, list[Mention]], corpus: Corpus) -> dict[str, list[Mention]]:
    """Return the mentions by name without those a source's text ends on in the middle of a
    sentence ("… a blow to Lund and Brandv"): a name cut off there is no spelling of it."""
    ends = {source.sentences[-1].cite: source.sentences[-1].text for source in corpus.sources
            if source.sentences and source.text.rstrip()[-1:].isalnum()}
    return {name: [m for m in mentions if not (m.cite in ends and ends[m.cite].rstrip().endswith(m.surface))]
            for name, mentions in by_name.items()}


def _with_misspellings(found: list[Conflict], corpus: Corpus, people: dict[str, Actor],
                       by_name: dict[str, list[Mention]]) -> list[Conflict]:
    """Return the spelling conflicts `found`, and those of the people none of them is about whose
    full name a source writes with one word misspelt (see `misspelt_name_conflicts`)."""
    known = {conflict.topic for conflict in found}
    return [*found, *(conflict for conflict in misspelt_name_conflicts(corpus, people, by_name)
                      if conflict.topic not in known)]


def misspelt_name_conflicts(corpus: Corpus, people: dict[str, Actor],
                            by_name: dict[str, list[Mention]]) -> list[Conflict]:
    """Return conflicts where a source writes a person's full name with one of its capitalised
    words misspelt ("Mariatta Brandt" for "Marietta Brandt"), a letter or so changed, so that the
    names found did not take it for the person. A writing that is the name of any person found,
    or whose changed word the sources write in lower case, is no misspelling."""
    texts = dict.fromkeys(sentence.text for sentence in corpus.sentences())  # a corpus repeats sentences
    common = {word for text in texts for word in _LOWER_WORD.findall(text)}
    names = {fold_text(written) for actor in people.values() for written in (actor.name, *actor.aliases)}
    capitals = {text: set(_CAPITAL_WORD.findall(text)) for text in texts}
    holding: dict[str, list[Sentence]] = defaultdict(list)  # a capitalised word -> the sentences that write it
    for sentence in corpus.sentences():
        for word in capitals[sentence.text]:
            holding[word].append(sentence)
    conflicts = []
    for name, mentions in by_name.items():
        spelt = [mention.cite for mention in mentions if mention.surface == name]
        misspelt = _misspellings(name, holding, common, names)
        if spelt and misspelt:
            versions = [_version(name, spelt), *(_version(written, cites) for written, cites in misspelt.items())]
            conflicts.append(_conflict(f"spelling of {name}'s name", "spelling", versions,
                                       "The sources spell the name differently"))
    return conflicts


def _misspellings(name: str, holding: dict[str, list[Sentence]], common: set[str], names: set[str]) -> dict[str, list[str]]:
    """Return each writing of `name` with one capitalised word misspelt, and the sentences that write
    it so (`holding`: the sentences that write each capitalised word, where the other words are sought)."""
    words = name.split()
    found: dict[str, list[str]] = defaultdict(list)
    for slot in [index for index, word in enumerate(words) if word[:1].isupper()] if len(words) > 1 else []:
        pattern = _misspelt_pattern(tuple(words), slot)
        others = [word for index, word in enumerate(words) if index != slot and _CAPITAL_WORD.fullmatch(word)]
        if not others:
            continue  # no other capitalised word to find the name by ("Mr X" is the surname's own check)
        right = fold_text(words[slot])
        for sentence in holding.get(max(others, key=len), ()):
            for written, word in _written_as(pattern, sentence.text):
                if word != right and _respelt(word, right, common) and fold_text(written) not in names:
                    found[written].append(sentence.cite)
    return found


@lru_cache(maxsize=1 << 17)
def _written_as(pattern: re.Pattern, text: str) -> tuple[tuple[str, str], ...]:
    """Return each writing of a name `pattern` finds in a sentence's text, with its free word folded
    (once for each text and name: wire copy repeats its sentences)."""
    return tuple((match.group(0), fold_text(_POSSESSIVE_END.sub("", match.group("word")))) for match in pattern.finditer(text))


@lru_cache(maxsize=1 << 10)
def _misspelt_pattern(words: tuple[str, ...], slot: int) -> re.Pattern:
    """Return the pattern of a name of `words` with any capitalised word in place of words[slot]."""
    parts = [re.escape(word) if index != slot else r"(?P<word>[A-Z][\w'’]+)" for index, word in enumerate(words)]
    return re.compile(r"(?<![\w'’-])" + r"\s+".join(parts) + r"(?![\w'’-])")


# A name of two or more capitalised words, spaced or dashed ("Port El-Marsa"), and its possessive end.
_MANY_WORD_NAME = re.compile(rf"\b[A-Z][\w'’]*(?:(?:\s+|{DASH})[A-Z][\w'’]*)+")
_NAME_JOINT = re.compile(rf"\s+|{DASH}")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+\b")
_CAPITAL_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’]*(?![\w'’-])")


def name_spelling_conflicts(corpus: Corpus, people: dict[str, Actor]) -> list[Conflict]:
    """Return conflicts where sources spell the name of a place or thing with other letters, one per name.

    Two names are one spelt apart when they have as many words, one at least the same, and each
    other word a particle in both ("El", "Al") or the same word with a letter or so changed
    ("Marsa", "Mirsa") that the sources never write in lower case (not "Ministry", "Minister").
    A possessive, a plural, a British spelling, a dash or case alone is no spelling. Names holding
    a word of a person's name are left to `spelling_conflicts`. Each version is one way of writing
    the name, with every sentence that writes it so.
    """
    person_words = {word for actor in people.values() for name in (actor.name, *actor.aliases)
                    for word in _spelt_words(name)}  # as the names' words are compared: "-es" taken off
    written, common = _written_names(corpus, person_words)
    names = list(written)
    conflicts = []
    for group in _groups(_spelling_links(names, common)):
        writings = [item for member in group for item in written[names[int(member)]].items()]
        if len(group) > 1 and len(_sources(cite for _, cites in writings for cite in cites)) > 1:
            conflicts.append(_name_spelling_conflict(writings))
    return conflicts


def _spelling_links(names: list[tuple[str, ...]], common: set[str]) -> dict[str, set]:
    """Return, for each name (by index), the names spelt apart from it: of many words, a word or
    so changed (see `_spelt_apart`); of one word, a letter doubled or single."""
    links: dict[str, set] = {str(index): {index} for index in range(len(names))}
    for one, other in _name_pairs(names):
        if _spelt_apart(names[one], names[other], common):
            links[str(one)].add(other)
    for group in _doubled_letter_groups([name for name in names if len(name) == 1], common):
        links[str(names.index(group[0]))].update(names.index(name) for name in group[1:])
    return links


def _written_names(corpus: Corpus, person_words: set[str]) -> tuple[dict[tuple, dict[str, list[str]]], set[str]]:
    """Return the names the sources write, none holding a word of `person_words`: of many words,
    and of one long capitalised word ("Harbourline"): compared words -> each way of writing them
    -> cites; and the words the sources write in lower case."""
    written: dict[tuple, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    texts = dict.fromkeys(sentence.text for sentence in corpus.sentences())  # a corpus repeats sentences
    common = {word for text in texts for word in _LOWER_WORD.findall(text)}
    names_in = {text: [(name, words) for name, words in _many_word_names(text) if not set(words) & person_words]
                for text in texts}
    for sentence in corpus.sentences():
        for name, words in names_in[sentence.text]:
            written[words][name].append(sentence.cite)
    return written, common


def _many_word_names(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Return each name of many words, and of one long capitalised word, that `text` writes, no
    possessive, with its words as they are compared."""
    names = []
    for match in (*_MANY_WORD_NAME.finditer(text), *_ONE_WORD_NAME.finditer(text)):
        name = _POSSESSIVE_END.sub("", match.group(0))
        names.append((name, _spelt_words(name)))
    return names


_ONE_WORD_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z]{5,}(?:['’]s)?(?![\w'’-])(?!\s+[A-Z])")
_DOUBLED = re.compile(r"(\w)\1")


def _doubled_letter_groups(names: list[tuple[str, ...]], common: set[str]) -> list[list[tuple[str, ...]]]:
    """Return the names of one word that differ only in a letter written once or doubled
    ("Harbourline", "Harbourlline"), grouped, none a word the sources write in lower case."""
    by_form: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name in names:
        if name[0] not in common:
            by_form[_DOUBLED.sub(r"\1", name[0])].append(name)
    return [group for group in by_form.values() if len(group) > 1]


@lru_cache(maxsize=1 << 15)  # names and quotations repeat across sources and kinds of conflict
def _spelt_words(name: str) -> tuple[str, ...]:
    """Return the words of a name in the form two spellings are compared in: folded, no
    possessive, singular, in American spelling."""
    spelling = _lists()["spelling"]
    words = (singular(fold_text(_POSSESSIVE_END.sub("", word))) for word in _NAME_JOINT.split(name))
    return tuple(spelling.get(word, word) for word in words)


def _name_pairs(names: list[tuple[str, ...]]) -> set[tuple[int, int]]:
    """Return the pairs of names (by index) of as many words that share one in the same place, no
    particle or function word."""
    by_word: dict[tuple, list[int]] = defaultdict(list)
    for index, words in enumerate(names):
        for place, word in enumerate(words):
            if word not in PARTICLES and word not in _list("stopwords"):  # "The" is shared by names of all kinds
                by_word[(len(words), place, word)].append(index)
    return {(one, other) for indexes in by_word.values() for at, one in enumerate(indexes) for other in indexes[at + 1:]}


def _spelt_apart(one: tuple[str, ...], other: tuple[str, ...], common: set[str]) -> bool:
    """Return True when two names of as many words differ, and only in particles ("El", "Al") and
    in words spelt with a letter or so changed."""
    changed = [(mine, theirs) for mine, theirs in zip(one, other) if mine != theirs]
    if _one_country(" ".join(one), " ".join(other)) or any(_one_country(*pair) for pair in changed):
        return False  # "Costa Rica" and "Costa Rican", "Kenya's X" and "Kenyan X": a country and its people
    return bool(changed) and all(mine in PARTICLES and theirs in PARTICLES or _respelt(mine, theirs, common)
                                 for mine, theirs in changed)


def _one_country(one: str, other: str) -> bool:
    """Return True when two folded words or names stand for one country (its name, its people)."""
    return _countries().get(one) is not None and _countries().get(one) == _countries().get(other)


def _respelt(one: str, other: str, common: set[str]) -> bool:
    """Return True when two name words are one spelt with a letter or so changed ("marsa",
    "mirsa"): same first letter, about as long, alike, and neither a word the sources write in
    lower case."""
    return len(one) >= FORM_STEM and one[0] == other[0] and abs(len(one) - len(other)) <= 1 and \
        one not in common and other not in common and SequenceMatcher(None, one, other).ratio() >= SAME_NAME


def _name_spelling_conflict(writings: list[tuple[str, list[str]]]) -> Conflict:
    """Return the spelling conflict of one name, a version for each way it is written."""
    versions: dict[str, tuple[str, list[str]]] = {}
    for name, cites in writings:
        versions.setdefault(name.casefold(), (name, []))[1].extend(cites)
    most = max(versions.values(), key=lambda version: len(version[1]))[0]
    return _conflict(f"spelling of the name {most}", "spelling", [_version(name, cites) for name, cites in versions.values()],
                     "The sources spell the name differently")


# A word of a name: initials written together ("J.D.") are one word.
_NAME_WORDS = re.compile(rf"(?:[^\W\d_]\.){{2,}}|[^\W\d_](?:[\w'’]|{DASH})*")
# A particle dashed to the surname it opens ("al-" of "al-Tariqi"), set aside like a spaced one.
_DASHED_PARTICLE = re.compile(rf"^(?i:{'|'.join(PARTICLES)}){DASH}(?=[^\W\d_])")


def _name_words(text: str) -> list[str]:
    """Return the words of a name as written, a particle dashed to a surname left off it."""
    return [_DASHED_PARTICLE.sub("", word) for word in _NAME_WORDS.findall(text)]


def _spelling_key(word: str) -> str:
    """Return the form two spellings of a name word are compared in: case, possessive and dash aside."""
    word = _POSSESSIVE_END.sub("", word)  # "Lund's", "Brandts'"
    return re.sub(r"[\u2010-\u2013]", "-", word.casefold().replace("’", "'"))


def _mention_words(mention: Mention, slots: list[str]) -> dict[int, str]:
    """Return the spelling of each name word a mention writes, by the index of its word in the name."""
    return dict(_surface_words(mention.surface, tuple(slots)))


@lru_cache(maxsize=1 << 14)
def _surface_words(surface: str, slots: tuple[str, ...]) -> tuple[tuple[int, str], ...]:
    """Return `_mention_words` of a mention written `surface`, as (index, spelling) pairs, once for
    each writing of a name (the sources write most names the same way again and again)."""
    words = {}
    for word in _name_words(surface):
        slot = _slot_of(word.replace(".", ""), slots) if word[0].isupper() else None
        if slot is not None:
            words.setdefault(slot, _spelling_key(word))
    suffix = _suffix_slot(slots)
    if suffix is not None and suffix not in words and {0, suffix - 1} <= words.keys():
        words[suffix] = ""  # the full name written without its suffix ("Arthur Linwood" for "... Jr.")
    return tuple(words.items())


def _suffix_slot(slots: list[str]) -> int | None:
    """Return the index of the generational suffix that closes a name ("Jr."), or None."""
    last = slots[-1].lower().rstrip(".") if len(slots) > 2 else ""
    return len(slots) - 1 if last in lexicon().name_suffixes else None


def _name_spellings(slots: list[str], mentions: list[Mention]) -> list[dict[str, list[str]]]:
    """Return, per word of the person's name, its spellings: compared form -> cites. A suffix left
    off by a source that also writes it is a casual omission, not a spelling."""
    found: list[dict[str, list[str]]] = [{} for _ in slots]
    for mention in mentions:
        for slot, key in _mention_words(mention, slots).items():
            found[slot].setdefault(key, []).append(mention.cite)
    suffix = _suffix_slot(slots)
    if suffix is not None and "" in found[suffix]:
        written = _sources(cite for key, cites in found[suffix].items() if key for cite in cites)
        found[suffix][""] = [cite for cite in found[suffix][""] if _source(cite) not in written]
        if not found[suffix][""]:
            del found[suffix][""]
    return found


def _order_versions(mentions: list[Mention], slots: list[str]) -> list[Version]:
    """Return one version per order the sources write every word of a name in ("Min-jun Seo",
    "Seo Min-jun": the family name last in one, first in the other), or none when all agree."""
    by_order: dict[tuple[int, ...], list[Mention]] = defaultdict(list)
    for mention in mentions:
        words = _mention_words(mention, slots)
        if len(words) == len(slots) > 1:
            by_order[tuple(words)].append(mention)  # the slots in the order the mention writes them
    return [_version(group[0].surface, (m.cite for m in group)) for group in by_order.values()] if len(by_order) > 1 else []


def _spelling_versions(mentions: list[Mention], slots: list[str], apart: list[int]) -> list[Version]:
    """Return one version per way of spelling the disputed words: the fullest name written so, with
    its cites. A mention that writes only some of those words joins the one version it agrees with."""
    signed = [(tuple(_mention_words(m, slots).get(i) for i in apart), m) for m in mentions]
    full: dict[tuple, list[Mention]] = defaultdict(list)
    for signature, mention in signed:
        if None not in signature:
            full[signature].append(mention)
    for signature, mention in signed:
        if None in signature and any(signature):
            agree = [key for key in full if all(a in (None, b) for a, b in zip(signature, key))]
            full[agree[0] if len(agree) == 1 else signature].append(mention)
    return [_version(max((m.surface for m in group), key=len), (m.cite for m in group)) for group in full.values()]


def _slot_of(word: str, slots: list[str]) -> int | None:
    """Return the index of the name word `word` spells, or None when it resembles none."""
    return _slot_among(word, tuple(slot.replace(".", "") for slot in slots))


@lru_cache(maxsize=1 << 14)
def _slot_among(word: str, slots: tuple[str, ...]) -> int | None:
    best, best_ratio = None, SAME_NAME
    for index, slot in enumerate(slots):
        if short_forms(word, slot):
            return index  # "Bill" writes the "William" of the name
        ratio = SequenceMatcher(None, fold_text(word), fold_text(slot)).ratio()
        if ratio >= best_ratio and initial_sound(fold_text(word))[:1] == initial_sound(fold_text(slot))[:1]:
            best, best_ratio = index, ratio
    return best


def _spelled_apart(spellings: dict[str, list[str]]) -> bool:
    """Return True when two spellings are used and the sources do not all use both."""
    if len(spellings) < 2:
        return False
    source_sets = {frozenset(_sources(cites)) for cites in spellings.values()}
    return len(source_sets) > 1


# --- quote-wording ------------------------------------------------------------------------------


def quote_conflicts(views: list[View], weights: dict[str, float]) -> list[Conflict]:
    """Return conflicts where sources quote one speaker with the same remark in other words."""
    by_speaker: dict[str, list[View]] = defaultdict(list)
    for view in views:
        by_speaker[view.speaker] += [view] if view.quote else _quoted_in(view)
    said = {speaker: _Said(quotes) for speaker, quotes in by_speaker.items()}
    for view in views:
        if not view.quote and view.speaker in said and said[view.speaker].marks_lost(view):
            by_speaker[view.speaker].append(view.model_copy(update={"quote": True}))
    conflicts = []
    for speaker, quotes in by_speaker.items():
        for group in _same_remarks(quotes, weights):
            conflicts.append(_quote_conflict(speaker, group))
    for speaker, fragments in _fragments_by_speaker(views).items():
        conflicts += [_quote_conflict(speaker, group) for group in _reworded_fragments(fragments, by_speaker[speaker])]
    return conflicts


MIN_LOST_MARKS_WORDS = 8  # words of the shortest unmarked view compared with quotations as one
LOST_MARKS_LIKENESS = 0.85  # how alike (by words in order) an unmarked view and a quotation must be


class _Said:
    """The wordings of one speaker's quotations as compared, each with the sources that give them
    (once for each wording: syndicated copies repeat a quotation many times), by length."""

    def __init__(self, quotes: list[View]) -> None:
        sources: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for quote in quotes:
            sources[_said_words(_spoken(quote.text))] |= _sources(quote.cite)
        self.sources = sources
        self.wordings = sorted(sources, key=len)
        self.lengths = [len(words) for words in self.wordings]
        self.alike: dict[tuple[str, ...], list[tuple[str, ...]]] = {}

    def marks_lost(self, view: View) -> bool:
        """Return True when a view given without quotation marks has, but for a word or so, the
        words of one of these quotations given by another source ("The new goal is a policy for
        all, said X", "“This new goal is a policy for all,” said X"): the same remark, its marks lost."""
        words = _said_words(view.text)
        if len(words) < MIN_LOST_MARKS_WORDS or '"' in view.text or "“" in view.text:
            return False
        if words not in self.alike:  # only wordings near enough in length can be alike enough
            low, high = math.ceil(len(words) * LENGTHS_APART), math.floor(len(words) / LENGTHS_APART)
            near = self.wordings[bisect_left(self.lengths, low):bisect_right(self.lengths, high)]
            self.alike[words] = [quoted for quoted in near if _one_remark_unmarked(words, quoted)]
        sources = _sources(view.cite)
        return any(not self.sources[quoted] <= sources for quoted in self.alike[words])


# The shortest a wording may be against a longer one and still be as alike as LOST_MARKS_LIKENESS
# asks (2 × the words in common / all the words of both).
LENGTHS_APART = LOST_MARKS_LIKENESS / (2 - LOST_MARKS_LIKENESS)


@lru_cache(maxsize=1 << 14)
def _one_remark_unmarked(words: tuple[str, ...], quoted: tuple[str, ...]) -> bool:
    """Return True when unmarked words are a quotation's but for a word or so, one at least put
    for another: words only added or left out ("Japan will also pay") are a reporter's own."""
    matcher = SequenceMatcher(None, words, quoted, autojunk=False)
    return matcher.ratio() >= LOST_MARKS_LIKENESS and any(op == "replace" for op, *_ in matcher.get_opcodes())


# A quotation inside a reported view, closed by a closing mark or, as some translations print it, an opening one.
_QUOTED = re.compile(r"[“\"]([^“”\"]+)[”\"“]")


def _with_quotations(found: list[Conflict], corpus: Corpus, views: list[View],
                     weights: dict[str, float]) -> list[Conflict]:
    """Return the quote conflicts `found` with the quotations of `quoted_remarks` added: a group
    that shares no sentence with them is a conflict of its own; one that does adds to that
    conflict the quotations no view holds, whose speaker is unknown. A quotation a view holds is
    compared with its speaker's, and may be another speaker's remark that only resembles it: a
    group of quotations the views give two speakers is no conflict."""
    speakers: dict[str, set[str]] = defaultdict(set)
    for view in views:
        for cite in view.cite:
            speakers[cite].add(view.speaker)
    held = set(speakers)
    conflicts = list(found)
    for group in quoted_remarks(corpus, weights):
        cites = {cite for quote in group for cite in quote.cite}
        if len(set().union(*(speakers.get(cite, set()) for cite in cites))) > 1:
            continue
        at = next((index for index, conflict in enumerate(conflicts) if _cited(conflict) & cites), None)
        if at is None:
            conflicts.append(_quotation_conflict(group))
            continue
        unheld = [quote for quote in group if not set(quote.cite) & (held | _cited(conflicts[at]))]
        if unheld:
            conflicts[at] = _with_quotes(conflicts[at], unheld)
    return conflicts


def _cited(conflict: Conflict) -> set[str]:
    """Return the sentences a conflict cites."""
    return {cite for version in conflict.versions for cite in version.cite}


def _with_quotes(conflict: Conflict, quotes: list[View]) -> Conflict:
    """Return a quote conflict with each of `quotes` a version of it too, in reading order."""
    added = [_version(quote.text.strip().rstrip(",;:"), quote.cite) for quote in quotes]
    versions = sorted([*conflict.versions, *added], key=lambda version: _cite_key(version.cite[0]))
    return conflict.model_copy(update={"versions": versions})


QUOTATION_WORDS = 8  # words a quotation must have to be known again without its speaker


def quoted_remarks(corpus: Corpus, weights: dict[str, float]) -> list[list[View]]:
    """Return groups of long quotations that sources give in different words, whoever they say
    spoke them: a company's statement ("the company said it would “take steps to further
    strengthen” them"), or a remark the sources put in different mouths. Quotations of fewer than
    QUOTATION_WORDS words are too short to be known again by their words alone."""
    quotes = [View(speaker="unnamed", kind="other", quote=True, text=text, cite=[sentence.cite])
              for source in corpus.sources for sentence in source.sentences
              for text in _quotations(sentence.text, sentence is source.sentences[-1])
              if len(_folded_words(text)) >= QUOTATION_WORDS]
    return _same_remarks(quotes, weights)


# A quotation opened and never closed: the last words of a text cut off in the middle of it.
_CUT_QUOTE = re.compile(r"[“\"]([^“”\"]+)$")


def _quotations(text: str, last: bool) -> list[str]:
    """Return the quotations of a sentence; of the last sentence of a source, also one it opens
    and never closes, the text being cut off in the middle of it."""
    found = [match.group(1) for match in _QUOTED.finditer(text)]
    cut = _CUT_QUOTE.search(text) if last else None
    return [*found, cut.group(1)] if cut else found


def _quotation_conflict(quotes: list[View]) -> Conflict:
    """Return the quote-wording conflict of one quotation whose speaker is not compared."""
    conflict = _quote_conflict("the speaker", quotes)
    phrase = _shared_phrase(conflict.versions[0].value, conflict.versions[1].value)
    topic = f'wording of the quotation "{phrase}"' if phrase else "wording of a quotation"
    return conflict.model_copy(update={"topic": topic, "note": "The sources give the quotation in different words."})


def _quoted_in(view: View) -> list[View]:
    """Return the quotations a reported view holds ("X warned Y not to “A”") as the speaker's quotes."""
    return [view.model_copy(update={"text": match.group(1), "quote": True}) for match in _QUOTED.finditer(view.text)
            if len(_folded_words(match.group(1))) >= 3]


def _fragments_by_speaker(views: list[View]) -> dict[str, list[View]]:
    """Return, per speaker, the quotations of two words a reported view holds that put a manner
    adverb before the word it bears on (he would “closely review” it)."""
    fragments: dict[str, list[View]] = defaultdict(list)
    for view in views:
        for match in _QUOTED.finditer(view.text) if not view.quote else ():
            if _adverb_and_head(_folded_words(match.group(1))):
                fragments[view.speaker].append(view.model_copy(update={"text": match.group(1), "quote": True}))
    return fragments


def _adverb_and_head(words: tuple[str, ...]) -> bool:
    """Return True when two words are a manner adverb ("closely") and a content word it bears on."""
    return len(words) == 2 and _manner_adverb(words[0]) and words[1] not in _list("stopwords")


def _manner_adverb(word: str) -> bool:
    """Return True when a word reads as a manner adverb: "-ly", and no function word ("only")."""
    return len(word) > 4 and word.endswith("ly") and word not in _list("stopwords")


def _reworded_fragments(fragments: list[View], quotes: list[View]) -> list[list[View]]:
    """Return groups of a short quotation and the quotes of other sources that give its word with
    another manner adverb ("closely review" and "carefully reviewed").

    A source that gives the short quotation's own words anywhere settles nothing, and neither
    does another adverb that a source giving them gives too: that source reports two remarks.
    """
    given = _pair_sources([*fragments, *quotes])
    by_head = _adverb_pairs(quotes)
    same: dict[str, list[View]] = defaultdict(list)
    for fragment in fragments:
        same[_quote_key(fragment)].append(fragment)
    groups = []
    for key, alike in same.items():
        adverb, head = key.split()
        rivals: dict[str, View] = {}
        for quote, other in by_head.get(head[:FORM_STEM], ()):
            source = _source(quote.cite[0])
            reworded = other[0] != adverb and (other[1] == head or _inflected(other[1], head))
            if reworded and source not in rivals and source not in given[adverb, head] \
                    and not given[adverb, head] & given[other]:
                rivals[source] = quote
        if rivals:
            groups.append([*alike, *rivals.values()])
    return groups


def _pair_sources(quotes: list[View]) -> dict[tuple[str, str], set[str]]:
    """Return, for each two words in a row that the quotes give, the sources that give them."""
    sources: dict[tuple[str, str], set[str]] = defaultdict(set)
    for quote in quotes:
        words = _spoken_words(quote)
        for pair in zip(words, words[1:]):
            sources[pair].add(_source(quote.cite[0]))
    return sources


def _adverb_pairs(quotes: list[View]) -> dict[str, list[tuple[View, tuple[str, str]]]]:
    """Return each manner adverb a quote gives with the word after it, keyed by that word's opening
    letters (its forms share them: "review", "reviewed")."""
    pairs: dict[str, list[tuple[View, tuple[str, str]]]] = defaultdict(list)
    for quote in quotes:
        words = _spoken_words(quote)
        for pair in zip(words, words[1:]):
            if _manner_adverb(pair[0]):
                pairs[pair[1][:FORM_STEM]].append((quote, pair))
    return pairs


def _spoken_words(quote: View) -> tuple[str, ...]:
    """Return the folded words a quote gives the speaker."""
    return _folded_words(_spoken(quote.text))


def _same_remarks(quotes: list[View], weights: dict[str, float]) -> list[list[View]]:
    """Return groups of one speaker's quotes from different sources that give one remark.

    Quotes with the same words are one text (syndicated copies), so the pairs compared grow with
    the number of different things a speaker said, not with the number of sources.
    """
    texts: dict[str, list[View]] = defaultdict(list)
    for quote in quotes:
        texts[_quote_key(quote)].append(quote)
    links = _reworded_links(texts, weights)
    groups = [[quote for text in _one_text_a_source(group, texts, links) for quote in texts[text]]
              for group in _groups(links)]
    return [group for group in groups if len({_quote_key(q) for q in group}) > 1]


def _one_text_a_source(group: list[str], texts: dict[str, list[View]], links: dict[str, set]) -> list[str]:
    """Return a group's quote texts with one a source: a source that gives two texts of one
    group gives two remarks, which a long quote of a third source joined; the one most others
    reword stays."""
    def rewordings(text: str) -> int:
        return sum(1 for other in group if other != text and (other in links[text] or text in links[other]))

    best: dict[frozenset, str] = {}
    for text in group:
        source = frozenset(_sources(cite for quote in texts[text] for cite in quote.cite))
        if source not in best or rewordings(text) > rewordings(best[source]):
            best[source] = text
    return [text for text in group if text in best.values()]


def _quote_key(quote: View) -> str:
    """Return the folded words a quote gives the speaker, the form its syndicated copies share."""
    return _text_key(quote.text)


@lru_cache(maxsize=1 << 16)
def _text_key(text: str) -> str:
    """Return `_quote_key` of a quote of `text`, once for each text."""
    return " ".join(_said_words(_spoken(text)))


@lru_cache(maxsize=1 << 15)  # names and quotations repeat across sources and kinds of conflict
def _said_words(text: str) -> tuple[str, ...]:
    """Return the words of a quote as two wordings of it are compared: folded, apostrophes left
    out ("Today's" is "Todays" with its mark lost) and in American spelling ("organisations"): a
    page's lost marks and a newsroom's spelling are no other wording."""
    folded = _INITIALISM.sub(lambda match: match.group(0).replace(".", ""), fold_text(text))  # "U.N." is "UN"
    words = WORD.findall(_PER_CENT.sub(" percent", folded.replace("'", "").replace("’", "")))
    aliases = _country_aliases()
    return tuple(sys.intern(aliases.get(word) or _american(word)) for word in words)


_INITIALISM = re.compile(r"\b(?:[a-z]\.){2,}")  # "u.n.", "u.s.": initials with their stops


@cache
def _country_aliases() -> dict[str, str]:
    """Return each folded one-word other name of a state mapped to its name ("burma" -> "myanmar"):
    a newsroom's name for a country is no other wording of a quote."""
    return {fold_text(alias): fold_text(country.name) for country in lexicon().countries for alias in country.aliases
            if " " not in alias and " " not in country.name}


_PER_CENT = re.compile(r"\s*%|\s+per\s+cent\b")  # "15%", "15 per cent" and "15 percent" are one wording


@lru_cache(maxsize=1 << 14)
def _american(word: str) -> str:
    """Return a word in American spelling, by the spelling list or by its British ending
    ("organise", "organisations", "behaviour", "centre", "travelled")."""
    if word in _lists()["spelling"]:
        return _lists()["spelling"][word]
    for british, american in _BRITISH_ENDINGS:
        if len(word) > 5 and british.search(word):
            return british.sub(american, word)
    return word


_BRITISH_ENDINGS = ((re.compile(r"is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"), (re.compile(r"our(s|ed|ing)?$"), r"or\1"),
                    (re.compile(r"([^aeiou])tre(s)?$"), r"\1ter\2"), (re.compile(r"([aeiou])ll(ed|ing|er|ers)$"), r"\1l\2"),
                    (re.compile(r"yse(s|d)?$"), r"yze\1"))


# A closing quote mark, what follows it, and the next opening mark.
_BETWEEN_QUOTES = re.compile(r"[”\"]([^“”\"]{1,120})[“\"]")


def _spoken(text: str, joint: str = " ") -> str:
    """Return a quote without the attribution between two of its parts ('”, said Senator X. “'),
    or the ellipsis that stands for it (see views), put `joint` in its place: how a source names
    the speaker is not the wording of the remark."""
    def cut(match: re.Match) -> str:
        return joint if set(_folded_words(match.group(1))) & set(lexicon().verbs) else match.group(0)
    return _ELLIPSIS_JOINT.sub(joint, _BETWEEN_QUOTES.sub(cut, text))


_ELLIPSIS_JOINT = re.compile(r"[,;:]?\s+…\s+")


def _reworded_links(texts: dict[str, list[View]], weights: dict[str, float]) -> dict[str, set]:
    """Return, for each quote text, the texts from other sources that reword it."""
    plain = list(texts)
    parts = [_quote_parts(texts[text][0].text, text) for text in plain]
    starts = {text: _sentence_starts(texts[text][0].text) for text in plain}
    sources = [_sources(cite for quote in texts[text] for cite in quote.cite) for text in plain]
    links: dict[str, set] = {text: {text} for text in plain}
    for i, j in _sharing_pairs([frozenset().union(*map(_content, text_parts)) for text_parts in parts]):
        if not sources[i] & sources[j] and any(_reworded(a, b, _content(a), _content(b), weights, starts)
                                               for a in parts[i] for b in parts[j]):
            links[plain[i]].add(plain[j])
    return links


def _sentence_starts(text: str) -> frozenset[int]:
    """Return where, among a quote's folded words, each of its sentences starts (a part after an
    attribution, too), and its length."""
    starts, count = {0}, 0
    for sentence in re.split(r"(?<=[.!?])\s+", _spoken(text, ". ")):
        count += len(_said_words(sentence))
        starts.add(count)
    return frozenset(starts)


REWORDED_WORDS = 3  # content words two quotes of one remark share at the least (see `_reworded`)


def _sharing_pairs(words: list[frozenset[str]]) -> list[tuple[int, int]]:
    """Return, in order, the pairs (i, j), i < j, of word sets that share REWORDED_WORDS words or
    more: the only quotes `_reworded` may find alike, found without comparing every quote of a
    speaker with every other.

    Words rank by how few sets hold them; two sets sharing REWORDED_WORDS words share one of the
    rarer words of each that leaves out its REWORDED_WORDS - 1 commonest, so only those are looked
    up, and words most quotes hold cost no pairs.
    """
    frequency = Counter(word for found in words for word in found)
    having: dict[str, list[int]] = defaultdict(list)
    for index, found in enumerate(words):
        ranked = sorted(found, key=lambda word: (frequency[word], word))
        for word in ranked[:len(ranked) - REWORDED_WORDS + 1]:
            having[word].append(index)
    pairs = {(i, j) for indexes in having.values() for at, i in enumerate(indexes) for j in indexes[at + 1:]}
    return sorted(pair for pair in pairs if len(words[pair[0]] & words[pair[1]]) >= REWORDED_WORDS)


def _quote_parts(text: str, key: str) -> list[str]:
    """Return a quote's folded words whole, then sentence by sentence when it runs over several:
    one source may quote a sentence more than another ("We worked hard. With luck it holds.")."""
    sentences = [" ".join(_said_words(part)) for part in re.split(r"(?<=[.!?])\s+", _spoken(text))]
    return [key, *(sentence for sentence in sentences if sentence)] if len(sentences) > 1 else [key]


def _reworded(one: str, other: str, mine: set[str], theirs: set[str], weights: dict[str, float],
              starts: dict[str, frozenset[int]] | None = None) -> bool:
    """Return True when two quotes (their folded words) say one thing in different words.

    They must share enough weighted words, and differ where their words line up: a quote cut
    shorter, running on into words the other does not give, or leaving out a whole sentence of
    the other (where its sentences start, by `starts`), is the same wording.
    """
    if len(mine & theirs) < REWORDED_WORDS or _overlap(mine, theirs, weights) < SAME_REMARK:
        return False
    one_words, other_words = one.split(), other.split()
    starts = starts or {}
    one_starts = starts.get(one, frozenset({0, len(one_words)}))
    other_starts = starts.get(other, frozenset({0, len(other_words)}))
    return _differs_inside(one_words, other_words, one_starts, other_starts) or \
        _reworded_lead(one_words, other_words, one_starts, other_starts) or \
        _transposed(one_words, other_words, one_starts, other_starts) or \
        _paraphrased(one_words, other_words, mine & theirs, _overlap(mine, theirs, weights))


TRANSPOSED_RUN = 3  # words of each of two runs that two quotes of one sentence give in opposite orders
PARAPHRASE_WORDS = 5  # content words two quotes of one remark in other words share at the least
PARAPHRASE_OVERLAP = 0.6  # and the weighted share of the shorter one's words they are
PARAPHRASE_RUN = 4  # words in a row that two paraphrases never share: a run that long is one wording cut
PARAPHRASE_LENGTHS = 2  # how many times the content words of the other a paraphrase may hold at the most


def _lengths_apart(one: list[str], other: list[str]) -> bool:
    """Return True when one quote holds more than PARAPHRASE_LENGTHS times the content words of the
    other: a remark and a longer one that shares its subject ("The plan is the best for us" and
    a sentence on how a tender found it best able to meet every need), not one remark twice."""
    shorter, longer = sorted((len(_content(" ".join(one))), len(_content(" ".join(other)))))
    return longer > PARAPHRASE_LENGTHS * shorter


def _paraphrased(one: list[str], other: list[str], shared: set[str], overlap: float) -> bool:
    """Return True when two quotes share most of their content words but no stretch of wording: one
    remark put in other words, as two translations of it are ("Whatever its wealth, no state can
    face such a flood alone" and "No state, rich or poor, can face a flood like this alone")."""
    if len(shared) < PARAPHRASE_WORDS or overlap < PARAPHRASE_OVERLAP or _lengths_apart(one, other):
        return False
    longest = SequenceMatcher(None, one, other, autojunk=False).find_longest_match(0, len(one), 0, len(other))
    return longest.size < PARAPHRASE_RUN


def _transposed(one: list[str], other: list[str], one_starts: frozenset[int], other_starts: frozenset[int]) -> bool:
    """Return True when one sentence of each quote gives the same two runs of words in opposite
    orders ("In the dry season, the wells run low" and "the wells run low in the dry season"):
    one remark with its parts turned round."""
    longest = SequenceMatcher(None, one, other, autojunk=False).find_longest_match(0, len(one), 0, len(other))
    if longest.size < TRANSPOSED_RUN:
        return False
    a_end, b_end = longest.a + longest.size, longest.b + longest.size
    for (a0, a1), (b0, b1) in (((0, longest.a), (b_end, len(other))), ((a_end, len(one)), (0, longest.b))):
        run = SequenceMatcher(None, one, other, autojunk=False).find_longest_match(a0, a1, b0, b1)
        if run.size >= TRANSPOSED_RUN:
            first_a, last_a = min(run.a, longest.a), max(run.a + run.size, a_end) - 1
            first_b, last_b = min(run.b, longest.b), max(run.b + run.size, b_end) - 1
            if _sentence_of(first_a, one_starts) == _sentence_of(last_a, one_starts) and \
                    _sentence_of(first_b, other_starts) == _sentence_of(last_b, other_starts):
                return True
    return False


def _differs_inside(one: list[str], other: list[str], one_starts: frozenset[int] = frozenset(),
                    other_starts: frozenset[int] = frozenset()) -> bool:
    """Return True when two word sequences differ between the first and the last run of words they
    share, a run of two or more words or one that opens or closes both ("... it's gonna hold" and
    "... it's going to hold"); what lies before the first run or after the last is not compared,
    nor whole sentences one gives and the other leaves out (the sentences of each start at the
    word indexes of `one_starts` and `other_starts`)."""
    opcodes = SequenceMatcher(None, one, other, autojunk=False).get_opcodes()
    if _reinflected_edge(opcodes, one, other):
        return True
    anchors = [index for index, (tag, a0, a1, b0, b1) in enumerate(opcodes)
               if tag == "equal" and (a1 - a0 >= 2 or (a0 == b0 == 0) or (a1 == len(one) and b1 == len(other))
                                      or _edge_word(opcodes, index, (len(one), len(other)), (one_starts, other_starts)))]
    if len(anchors) < 2:
        return False
    return any(tag != "equal" and not (tag == "delete" and _whole_sentences(one, a0, a1, one_starts))
               and not (tag == "insert" and _whole_sentences(other, b0, b1, other_starts))
               for tag, a0, a1, b0, b1 in opcodes[anchors[0]:anchors[-1]])


EDGE_GAP = 3  # words, each side, a quote may differ by right inside a one-word run that opens or closes it


def _edge_word(opcodes: list[tuple], index: int, lengths: tuple[int, int],
               starts: tuple[frozenset[int], frozenset[int]]) -> bool:
    """Return True when the one-word run `opcodes[index]` opens or closes one of the quotes (of
    `lengths` words), and between it and the nearest run of two or more shared words, in the same
    sentence of each quote (whose sentences start at `starts`), the quotes differ by a few words
    only: "not [to] raise [harbour] fees too fast", "... left alone [to] again" closing a quote."""
    _, a0, a1, b0, b1 = opcodes[index]
    opening = 0 in (a0, b0)
    if not opening and a1 != lengths[0] and b1 != lengths[1]:
        return False
    steps = range(index + 1, len(opcodes)) if opening else range(index - 1, -1, -1)
    anchor = next((j for j in steps if opcodes[j][0] == "equal" and opcodes[j][2] - opcodes[j][1] >= 2), None)
    if anchor is None:
        return False
    between = opcodes[min(index, anchor) + 1:max(index, anchor)]
    if any(sum(op[2 * side + 2] - op[2 * side + 1] for op in between if op[0] != "equal") > EDGE_GAP for side in (0, 1)):
        return False
    near = (opcodes[anchor][1], opcodes[anchor][3]) if opening else (opcodes[anchor][2] - 1, opcodes[anchor][4] - 1)
    return all(_sentence_of(edge, found) == _sentence_of(other, found)
               for edge, other, found in zip((a0, b0), near, starts))


def _sentence_of(word: int, starts: frozenset[int]) -> int:
    """Return where the sentence holding word index `word` starts, by the sentence starts given."""
    return max((start for start in starts if start <= word), default=0)


def _whole_sentences(words: list[str], start: int, end: int, starts: frozenset[int]) -> bool:
    """Return True when the words left out at words[start:end] are whole sentences (they begin
    and end where sentences do), or are once slid along the words they repeat: "… port | it will
    keep them running it | is also …" is the sentence "it will keep them running" left out."""
    size = end - start
    for shift in range(-size, size + 1):
        low, high = start + shift, end + shift
        if 0 <= low and high <= len(words) and {low, high} <= starts and \
                words[min(start, low):max(start, low)] == words[min(end, high):max(end, high)]:
            return True
    return False


def _reinflected_edge(opcodes: list[tuple], one: list[str], other: list[str]) -> bool:
    """Return True when two quotes both open, or both close, with another form of one word
    ("squeeze the island families" and "squeezing the island families") or a prefixed one."""
    for tag, a0, a1, b0, b1 in (opcodes[0], opcodes[-1]):
        edge = a0 == b0 == 0 or (a1 == len(one) and b1 == len(other))
        if tag == "replace" and edge and a1 - a0 == b1 - b0 == 1 and _kindred(one[a0], other[b0]):
            return True
    return False


EDGE_REWORDING = 6  # words, each side, of the other words two quotes may open with before a long shared run
SHARED_RUN = 5  # words of that run


def _reworded_lead(one: list[str], other: list[str], one_starts: frozenset[int], other_starts: frozenset[int]) -> bool:
    """Return True when two quotes run alike for SHARED_RUN words or more and, before that, each
    sentence opens with a few words of its own ("fails to meet the scale of the storm" and "This,
    in our view, will not meet the scale of the storm"): one remark with
    its opening reworded, where a quote cut short would open with nothing of its own. Each
    quote's sentences start at the word indexes of `one_starts` and `other_starts`."""
    run = SequenceMatcher(None, one, other, autojunk=False).find_longest_match(0, len(one), 0, len(other))
    if run.size < SHARED_RUN or 0 in (run.a, run.b) or one[run.a - 1] == other[run.b - 1]:
        return False
    leads = (run.a - max(start for start in one_starts | {0} if start <= run.a),
             run.b - max(start for start in other_starts | {0} if start <= run.b))
    return 0 < min(leads) and max(leads) <= EDGE_REWORDING


def _kindred(one: str, other: str) -> bool:
    """Return True when two words are forms of one, or one is the other with a prefix ("consider",
    "reconsider"; "registration", "preregistration"): words a source put in one place of one remark."""
    short, long = sorted((one, other), key=len)
    return _inflected(one, other) or (len(short) >= PREFIXED_STEM and long.endswith(short)
                                      and len(long) - len(short) <= MAX_PREFIX)


def _inflected(one: str, other: str) -> bool:
    """Return True when two words are forms of one ("squeeze", "squeezing"; "charge", "charged")."""
    short, long = sorted((one, other), key=len)
    stem = os.path.commonprefix([short, long])
    return len(stem) >= max(FORM_STEM, len(short) - 1) and long[len(stem):] in _ENDINGS


_ENDINGS = {"s", "es", "d", "ed", "ing", "ings"}


def _quote_conflict(speaker: str, quotes: list[View]) -> Conflict:
    """Return the quote-wording conflict of one speaker's remark."""
    texts: dict[str, tuple[str, list[str]]] = {}
    for quote in quotes:
        texts.setdefault(_quote_key(quote), (quote.text.strip().rstrip(",;:"), []))[1].extend(quote.cite)
    versions = [_version(text, cites) for text, cites in texts.values()]
    shared = _shared_phrase(versions[0].value, versions[1].value) or _short_version(versions)
    about = f' "{shared}"' if shared else ""
    return _conflict(f"wording of {speaker}'s{about} remark", "quote-wording", versions,
                     f"The sources quote {speaker} in different words")


def _short_version(versions: list[Version]) -> str:
    """Return a version of a few words that can name the remark ("closely review"), or ""."""
    return next((version.value for version in versions if len(_folded_words(version.value)) <= 3), "")


def _shared_phrase(one: str, other: str) -> str:
    """Return the longest run of two or more words two quotes share, or ""."""
    mine, theirs = _folded_words(one), _folded_words(other)
    match = SequenceMatcher(None, mine, theirs, autojunk=False).find_longest_match(0, len(mine), 0, len(theirs))
    words = mine[match.a:match.a + match.size]
    while words and words[0] in _list("stopwords"):
        words = words[1:]
    while words and words[-1] in _list("stopwords"):
        words = words[:-1]
    if len(words) < 2:
        return ""
    pattern = r"\W+".join(re.escape(word) for word in words)
    if as_written := re.search(pattern, one, re.IGNORECASE):  # the words as the quote writes them
        return as_written.group(0)
    written = re.search(pattern, fold_text(one))
    return one[written.start():written.end()] if written and len(fold_text(one)) == len(one) else " ".join(words)
