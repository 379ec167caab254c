"""The summary and the title of a brief, drawn from what most sources say.

Every sentence becomes a set of content words (case and diacritics folded, lightly stemmed, stop
words dropped); names and numbers weigh more, and words found everywhere weigh less. A sentence
is supported by another source when that source has a sentence sharing enough of its weighted
words. The summary takes the best-supported sentences that can stand alone (no quotes, questions,
headings, or openers that lean on a sentence before), early sentences first among equals, one per
cluster of near-identical sentences, and cites each with every sentence that supports it.

Work grows with the corpus, not with its square: an inverted index from word to sentences finds
the sentences that share words, rarest words first and up to a fixed number of visits per
candidate (common words still count in every overlap, they are just not walked), and only a
shortlist of the leading sentences of the sources is measured in full.
"""

from __future__ import annotations

import math
import re
from array import array
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from ..corpus import Corpus, Sentence, Source
from ..items import SummaryItem
from ..regexcache import kept
from ..text import PARTICLES, TOKEN, alternation, fold_name, lexicon, stem
from ..text.amounts import find_amounts
from ..workers import in_order

SUPPORT = 0.28  # weighted overlap (Dice) from which another source's sentence supports a candidate
DUPLICATE = 0.45  # overlap from which two candidates say the same thing
SAME_FIGURE = 0.2  # overlap from which two candidates that give one figure (not a year) say the same thing
SAME_SUM = 0.1  # overlap from which two candidates that give one sum of money say the same thing
COPY = 0.7  # overlap from which a sentence of one source is a copy of a sentence of another
COPIED = 3  # copied leading sentences from which two sources tell one story twice
LEAD = 12  # sentences of each source that may enter the summary
WALK = 8000  # sentences visited through the index for one candidate, at most (and one word's worth)
SHORTLIST = 120  # candidates whose support is measured in full
MIN_WORDS, MAX_WORDS = 8, 45
OPENING = 2  # sentences of each source that open it: where a news story states the event
MIN_ITEMS = 3  # a summary of several sources takes sentences no other source supports only to reach this

_TIMESTAMP = re.compile(r"^\d{1,2}(?::\d{2}|\.\d{2}\s*(?:a\.?m|p\.?m|GMT|BST|CET|UTC|ET)\b)", re.IGNORECASE)  # a live blog's "10:42"
_OPENING_PHRASE = re.compile(r"^(?:[^,;:]+\s)?[^,;:\s]+,\s+")  # "Announced on July 4, " before the main clause
# News style spells out a number that opens a sentence, years aside: a "sentence" opening with a
# figure is the tail of one a line break cut ("... said that about EUR" / "4.1 billion will ...").
_FIRST_PERSON = re.compile(r"\b(?:me|my|mine|we|us|our|ours|We|Our|My)\b|(?<!War )\bI(?=\s+[a-z]|[’']m\b)")  # not "World War I"
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_FIGURE_FIRST = re.compile(r"^(?!(?:1[89]|20)\d\d\b)\d")
_CAPTION_WORDS = frozenset("a an and or on in at of the with for to from by during after before".split()) | set(PARTICLES)
_QUOTE = re.compile(r"[“”\"]|(?:^|\s)[‘'][^’']+[’'](?:\s|[.,]|$)")


@dataclass(slots=True)
class _Entry:
    """One sentence as the summary sees it."""

    sentence: Sentence
    source: int
    position: float
    words: tuple[str, ...]  # each once, in reading order: a tuple holds them in a fifth of a set's room
    weight: float = 0.0

    @property
    def numbers(self) -> frozenset:
        """Return the numbers the sentence gives, without scale letters ("1.2bn" and "1.2 billion" meet)."""
        return _numbers(self.words)


@lru_cache(maxsize=1 << 12)
def _numbers(words: tuple[str, ...]) -> frozenset:
    """Return the numbers among a sentence's words (see `_Entry.numbers`), once for each sentence."""
    return frozenset(_NUMBER.match(word).group(0).rstrip(".") for word in words if word[0].isdigit())


_NUMBER = re.compile(r"\d[\d.]*")


# --- words ------------------------------------------------------------------------------------


def _sections() -> dict[str, frozenset]:
    """Return the sections of data/summary_words.txt, each a set of words in lower case."""
    return lexicon().summary_words


_POSSESSIVE = re.compile(r"'s?$")


def _fold(word: str) -> str:
    """Return a word in lower case without diacritics or possessive ending."""
    return _POSSESSIVE.sub("", fold_name(word))


@lru_cache(maxsize=1 << 16)
def _key(raw: str) -> str:
    """Return the word a token counts as, or "" for a stop word or a lone letter."""
    folded = _fold(raw)
    if folded in _sections()["stop"] or len(folded) < 2 and not folded.isdigit():
        return ""
    return stem(folded)


@lru_cache(maxsize=1 << 13)
def content_words(text: str) -> dict[str, bool]:
    """Return the content words of a sentence, each with True when it is a name or a number
    (kept for each text, a corpus repeats sentences: the dict is shared, never to be changed)."""
    words: dict[str, bool] = {}
    for index, match in enumerate(TOKEN.finditer(text)):
        raw = match.group(0)
        key = _key(raw)
        if not key:
            continue
        salient = raw[0].isdigit() or (raw[0].isupper() and index > 0)
        words[key] = words.get(key, False) or salient
    return words


def _source_words(source: Source) -> list[dict[str, bool]]:
    """Return the content words of each sentence of a source (its share of the index, which
    worker processes may take)."""
    return [content_words(sentence.text) for sentence in source.sentences]


# --- the index ------------------------------------------------------------------------------------


class _Index:
    """Every sentence's words and weights, and the sentences each word stands in."""

    def __init__(self, corpus: Corpus):
        self.entries: list[_Entry] = []
        self.postings: dict[str, array] = defaultdict(lambda: array("i"))  # 4 bytes an entry id
        self.source_count: dict[str, int] = defaultdict(int)  # how many sources use each word
        self.source_entries: list[range] = []  # the ids of each source's entries
        salient: dict[str, int] = defaultdict(int)
        words_of = in_order(_source_words, corpus.sources)
        for number, source in enumerate(corpus.sources):
            source_words, words_of[number] = words_of[number], []  # each source's words kept once only
            count, first = max(len(source.sentences), 1), len(self.entries)
            for sentence, words in zip(source.sentences, source_words):
                for word, is_salient in words.items():
                    self.postings[word].append(len(self.entries))
                    salient[word] += is_salient
                self.entries.append(_Entry(sentence, number, (sentence.number - 1) / count, tuple(words)))
            for word in set().union(*source_words):
                self.source_count[word] += 1
            self.source_entries.append(range(first, len(self.entries)))
        self.spread = max(len(corpus.sources) - 1, 1)
        total = len(self.entries) + 1
        self.weights = {
            word: (2.0 if salient[word] * 2 > len(ids) or word[0].isdigit() else 1.0) * math.log(1 + total / len(ids))
            for word, ids in self.postings.items()
        }
        for entry in self.entries:
            entry.weight = sum(self.weights[w] for w in entry.words)

    def words_of(self, number: int) -> set[str]:
        """Return the words of source `number`'s sentences."""
        return set().union(*(self.entries[entry_id].words for entry_id in self.source_entries[number]))

    def similarity(self, a: _Entry, b: _Entry) -> float:
        """Return the weighted Dice overlap of two sentences' words (0 to 1)."""
        if not a.weight or not b.weight:
            return 0.0
        theirs = set(b.words)
        shared = sum(self.weights[w] for w in a.words if w in theirs)
        return 2 * shared / (a.weight + b.weight)

    def clash(self, one: int, other: int) -> bool:
        """Return True when each of two sentences gives a number the other does not: alike in words,
        they differ on a figure or a date ("$2.1 billion" against "$2.4 billion"), so neither supports the other."""
        mine, theirs = self.entries[one].numbers, self.entries[other].numbers
        return bool(mine - theirs) and bool(theirs - mine)

    def best_per_source(self, entry_id: int) -> dict[int, tuple[float, int]]:
        """Return, for each other source, its sentence most like entry `entry_id` and their overlap."""
        entry = self.entries[entry_id]
        partial: dict[int, float] = defaultdict(float)
        walked = 0
        for word in sorted(entry.words, key=lambda w: (len(self.postings[w]), w)):  # ties by word: no hash order
            ids = self.postings[word]
            if walked and walked + len(ids) > WALK:
                break  # the rarest words are walked first; the rest are scored below, not walked
            walked += len(ids)
            weight = self.weights[word]
            for other in ids:
                partial[other] += weight
        leaders: dict[int, tuple[float, int]] = {}
        for other, score in partial.items():
            source = self.entries[other].source
            if source != entry.source and score > leaders.get(source, (0.0, -1))[0]:
                leaders[source] = (score, other)
        best = {}
        for source, (_, other) in leaders.items():
            best[source] = (self.similarity(entry, self.entries[other]), other)
        return best


# --- choosing sentences ----------------------------------------------------------------------------


def _can_stand_alone(sentence: Sentence) -> bool:
    """Return True for a sentence a summary can quote as it is: a whole statement, not a quote
    nor the opening of one, not the tail of a sentence cut before its figure, not a caption (no
    lower-case word but function words)."""
    return _stands_alone(sentence.text)


@lru_cache(maxsize=1 << 12)
def _stands_alone(text: str) -> bool:
    """Return `_can_stand_alone` of a sentence of `text`, once for each text."""
    text = text.strip()
    words = text.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS or not text.endswith((".", "!")) or text[0].islower():
        return False
    if _QUOTE.search(text) or text[0] in "'‘" or "?" in text or _TIMESTAMP.match(text) or _FIGURE_FIRST.match(text):
        return False
    if not any(word.islower() and word.strip(",.;:") not in _CAPTION_WORDS for word in words):
        return False  # names and a date with no verb: a photo caption or a heading, not a statement
    if _caption_or_fragment(words):
        return False
    if _FIRST_PERSON.search(text):
        return False  # "at my request", "we will": someone's own words, whether or not quoted
    return not dangling(text) and not _points_back().search(text)


# A preposition right after the name that opens a short sentence leaves it without a clause: "Mayor
# Ana Ruiz in a statement." is an attribution cut from its quotation.
_NAME_THEN_PLACE = re.compile(r"^(?:[A-Z][\w’'.-]*\s+)+(?:in|on|at|during|via|from|with)\s")
SHORT_FRAGMENT = 12  # words of the longest such fragment


def _caption_or_fragment(words: list[str]) -> bool:
    """Return True for a photo caption ("Mayor Ana Ruiz speaks at a news conference on Thursday":
    the first lower-case word after the subject is a caption verb) or a name with no clause."""
    first = next((word.strip(",.;:") for word in words[1:] if word[:1].islower() and word.strip(",.;:")
                  not in _not_caption_verbs()), "")
    if first in _sections()["caption_verbs"]:
        return True
    return len(words) <= SHORT_FRAGMENT and bool(_NAME_THEN_PLACE.match(" ".join(words)))


@cache
def _not_caption_verbs() -> frozenset[str]:
    """Return the lower-case words a caption's verb is never: function words, titles, role words."""
    lex = lexicon()
    return frozenset(_CAPTION_WORDS | set(lex.titles) | set(lex.role_words))


def dangling(text: str) -> bool:
    """Return True when `text` opens with, or its main clause opens with, a word pointing back."""
    openings = [text]
    if phrase := _OPENING_PHRASE.match(text):
        openings.append(text[phrase.end() :])
    return any(_opens_with_reference(opening) for opening in openings)


_WORD_LETTERS = re.compile(r"[^\W\d_]+")  # a run of letters


def _opens_with_reference(text: str) -> bool:
    """Return True when the first words of `text` are a back-reference of data/back_references.txt."""
    words = _WORD_LETTERS.findall(text.lower())[:4]
    return any(" ".join(words[:n]) in _back_references() for n in range(1, len(words) + 1))


@kept
def _points_back() -> re.Pattern:
    """Return the regex of a demonstrative before a noun of what was said or done, anywhere in a
    sentence ("shared that view"): it refers to a sentence the item no longer follows."""
    nouns = "|".join(sorted(_sections()["discourse_nouns"]))
    return re.compile(rf"\b(?:this|these|that|those|such)\s+(?:{nouns})\b", re.IGNORECASE)


@cache
def _back_references() -> frozenset[str]:
    """Return the openings that point back, in lower case."""
    return lexicon().back_references


def _attributed(sentence: Sentence) -> bool:
    """Return True when a sentence reports someone's words ("..., officials said")."""
    return any(_fold(w.strip(",.")) in _sections()["attribution"] for w in sentence.text.split())


def _candidates(index: _Index) -> list[int]:
    """Return the ids of the leading sentences that could stand alone, most promising first."""
    ranked = []
    for entry_id, entry in enumerate(index.entries):
        if entry.sentence.number > LEAD or not _can_stand_alone(entry.sentence) or not entry.weight:
            continue
        shared = sum(index.weights[w] * (index.source_count[w] - 1) for w in entry.words) / index.spread
        ranked.append((shared / entry.weight + _lede(entry), entry_id))
    ranked.sort(reverse=True)
    return [entry_id for _, entry_id in ranked]


def _lede(entry: _Entry) -> float:
    """Return the bonus of an early sentence: most for the first, fading down the source."""
    return 0.15 / entry.sentence.number + 0.1 * (1 - entry.position)


def _score(index: _Index, entry_id: int, support: dict[int, tuple[float, int]]) -> float:
    """Return how well the other sources agree with a sentence (0 to 1), plus its lede bonus."""
    entry = index.entries[entry_id]
    backing = sum(similarity for similarity, _ in support.values()) / index.spread
    penalty = 0.6 if _attributed(entry.sentence) else 1.0
    return penalty * (backing + _lede(entry))


class Summary(NamedTuple):
    """A brief's title and its summary items."""

    title: str
    items: list[SummaryItem]


def draft_summary(corpus: Corpus, max_items: int = 5) -> Summary:
    """Return the title and the summary of `corpus`, both read from one index of its sentences."""
    index = _Index(corpus)
    items = _summarize(index, corpus, max_items)
    return Summary(_best_headline(index, corpus) or _title_from(items), items)


def summarize(corpus: Corpus, max_items: int = 5) -> list[SummaryItem]:
    """Return up to `max_items` summary sentences, each citing every source sentence that supports it.

    With several sources, a sentence no other source supports enters only to make up `MIN_ITEMS`.
    """
    return _summarize(_Index(corpus), corpus, max_items)


def headline(corpus: Corpus) -> str:
    """Return a title for the brief: the source headline most sources bear out, else the summary
    sentence most sources open with, cut to its main clause."""
    index = _Index(corpus)
    return _best_headline(index, corpus) or _title_from(_summarize(index, corpus, 5))


def _summarize(index: _Index, corpus: Corpus, max_items: int) -> list[SummaryItem]:
    """Return the summary items of `corpus` drawn from its `index` (see `summarize`)."""
    scored = _shortlist(index)
    chosen: list[tuple[int, dict]] = []
    cited: set[int] = set()
    alone = len(corpus.sources) < 2
    for wanted, supported_only in ((max_items, not alone), (min(MIN_ITEMS, max_items), False)):
        _choose(index, scored, wanted, supported_only, chosen, cited)
    return [_item(index, entry_id, support) for entry_id, support in _in_lead_order(index, chosen)]


def _shortlist(index: _Index) -> list[tuple[float, int, dict, bool]]:
    """Return (score, sentence, support, backed) for the candidates, best first; a candidate another
    one already stands for is measured no more (each cluster once). Support from a source that
    copies the candidate's own (`_copies`) is cited but adds no weight, and alone it backs nothing."""
    measured, covered = [], set()
    for entry_id in _candidates(index):
        if entry_id in covered:
            continue
        support = {s: hit for s, hit in index.best_per_source(entry_id).items()
                   if hit[0] >= SUPPORT and not index.clash(entry_id, hit[1])}
        measured.append((entry_id, support))
        covered.update(other for _, other in support.values())
        if len(measured) == SHORTLIST:
            break
    copies = _copies(index, measured)
    scored = []
    for entry_id, support in measured:
        own = index.entries[entry_id].source
        independent = {s: hit for s, hit in support.items() if frozenset((own, s)) not in copies}
        scored.append((_score(index, entry_id, independent), entry_id, support, bool(independent)))
    return sorted(scored, key=lambda item: (-item[0], item[1]))


def _copies(index: _Index, measured: list[tuple[int, dict]]) -> set[frozenset[int]]:
    """Return the pairs of sources that tell one story twice (one syndicated copy, or one rewritten
    from the other): COPIED of their leading sentences or more are near-identical. They do not
    corroborate each other."""
    copied: dict[frozenset[int], int] = defaultdict(int)
    for entry_id, support in measured:
        own = index.entries[entry_id].source
        for source, (similarity, _) in support.items():
            if similarity >= COPY:
                copied[frozenset((own, source))] += 1
    return {pair for pair, count in copied.items() if count >= COPIED}


def _choose(index: _Index, scored: list[tuple[float, int, dict, bool]], wanted: int, supported_only: bool,
            chosen: list[tuple[int, dict]], cited: set[int]) -> None:
    """Add to `chosen` the best candidates until it holds `wanted`: none already cited, none with
    half its sentences cited or saying what a chosen one says, and with `supported_only` none that
    no other source backs."""
    for _, entry_id, support, backed in scored:
        if len(chosen) >= wanted:
            break
        members = {entry_id, *(other for _, other in support.values())}
        if (supported_only and not backed) or entry_id in cited or 2 * len(members & cited) >= len(members) or \
                any(_same(index, entry_id, other) for other, _ in chosen):
            continue  # half its sentences already cited: it says what a chosen item says
        chosen.append((entry_id, support))
        cited.update({entry_id, *(other for _, other in support.values())})


def _same(index: _Index, one: int, other: int) -> bool:
    """Return True when two sentences say nearly the same thing: most of their words, a figure
    both give ("61% of the dockers approved …", "more than 61% of the dockers voted to accept …") and
    some of their words, or one sum of money and a few of their words."""
    mine, theirs = index.entries[one], index.entries[other]
    overlap = index.similarity(mine, theirs)
    shared_figures = {number for number in mine.numbers & theirs.numbers if not _YEAR.fullmatch(number)}
    return overlap >= DUPLICATE or (bool(shared_figures) and overlap >= SAME_FIGURE) or \
        (overlap >= SAME_SUM and bool(_sums(mine.sentence.text) & _sums(theirs.sentence.text)))


@lru_cache(maxsize=1024)
def _sums(text: str) -> frozenset[tuple[float, str]]:
    """Return the sums of money a sentence gives, by value and currency ("€40bn" and "€40 billion" are one)."""
    return frozenset((amount.value, amount.currency) for amount in find_amounts(text) if amount.value)


def _in_lead_order(index: _Index, chosen: list[tuple[int, dict]]) -> list[tuple[int, dict]]:
    """Return the chosen items with the event first, the one most sources open with, and the rest
    in the order the lead source (the one most cited) tells them."""
    counts: dict[int, int] = defaultdict(int)
    for entry_id, support in chosen:
        for member in _members(index, entry_id, support):
            counts[index.entries[member].source] += 1
    lead = min(counts, key=lambda source: (-counts[source], source)) if counts else 0

    def place(item: tuple[int, dict]) -> tuple[float, int]:
        entry_id, support = item
        in_lead = [m for m in _members(index, entry_id, support) if index.entries[m].source == lead]
        return (index.entries[in_lead[0] if in_lead else entry_id].position, entry_id)

    ordered = sorted(chosen, key=place)
    if not ordered:
        return ordered
    def opens(item: tuple[int, dict]) -> tuple[int, int]:
        members = _members(index, *item)
        return sum(index.entries[m].sentence.number <= OPENING for m in members), len(members)

    opening = max(ordered, key=opens)  # max keeps the first of equals
    return [opening, *(item for item in ordered if item is not opening)]


def _members(index: _Index, entry_id: int, support: dict[int, tuple[float, int]]) -> list[int]:
    """Return the chosen sentence and its supporting sentences, in source order."""
    return sorted({entry_id, *(other for _, other in support.values())}, key=lambda i: (index.entries[i].source, i))


def _item(index: _Index, entry_id: int, support: dict[int, tuple[float, int]]) -> SummaryItem:
    """Return the summary item of a chosen sentence, without a label an outlet put before it."""
    cites = [index.entries[m].sentence.cite for m in _members(index, entry_id, support)]
    text = index.entries[entry_id].sentence.text.strip()
    return SummaryItem(text=_SENTENCE_LABEL.sub("", text), cite=cites)


# A label some outlets set before a paragraph ("What Happened: ", "Why It Matters: "): a few
# capitalised words and a colon before a sentence that opens with a capital.
_SENTENCE_LABEL = re.compile(r"^(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*:\s+(?=[A-Z“\"])")


# --- the title --------------------------------------------------------------------------------


@kept
def _label() -> re.Pattern:
    """Return the pattern of a label or bracketed tag at the start of a headline."""
    labels = alternation(_sections()["headline_labels"])
    return re.compile(rf"^(?:\([^)]{{1,24}}\)\s*|(?:{labels})(?:\s*\d+)?\s*(?:[:|]\s*|[-–—]\s*(?=[A-Z\d])))+", re.IGNORECASE)


def _clean_title(title: str) -> str:
    """Return a headline without an outlet's name tacked on ("... | Outlet", "... - Outlet") and
    without a label before it ("Analysis: ...", "(LEAD) ...", "UPDATE 2-...")."""
    title = _label().sub("", " ".join(title.split()))
    for mark in (" | ", " - ", " – ", " — "):
        head, _, tail = title.rpartition(mark)
        if head and len(tail.split()) <= 4 and len(head.split()) >= 4:
            title = head
    return title.strip()


def _shorten(sentence: str) -> str:
    """Return the main clause of a sentence as a headline: no trailing clause, no full stop."""
    text = sentence.strip().rstrip(".!")
    cut = re.search(r",\s+(?:which|as|while|with|after|amid|in|on|under|and|but|according|\w+ing)\b|\s[—–]\s|;", text)
    if cut and len(text[: cut.start()].split()) >= 5:
        text = text[: cut.start()]
    return text[:1].upper() + text[1:]


@kept
def _captioned_person() -> re.Pattern:
    """Return the pattern of a name and the post after it, as a picture's caption gives them
    ("Ana Kirui, President of Velmora"): a line a page sets above its story, no headline."""
    return re.compile(rf"(?:[A-Z][\w.’'-]*\s+){{1,3}}[A-Z][\w’'-]*,\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?"
                      rf"(?i:{alternation(lexicon().titles)})(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}})?")


def _person_and_post(title: str) -> bool:
    """Return True when a source's title is only a person's name and post (see `_captioned_person`)."""
    return _captioned_person().fullmatch(title) is not None


def _best_headline(index: _Index, corpus: Corpus) -> str:
    """Return the source headline most sources bear out, or "" when no headline will do."""
    best, best_score = "", -1.0
    for number, source in enumerate(corpus.sources):
        title = _clean_title(source.title)
        words = content_words(title)
        if len(title.split()) < 3 or not words or _person_and_post(title):
            continue
        weights = {w: index.weights.get(w, 1.0) for w in words}
        own = index.words_of(number)
        backing = sum(weights[w] * (index.source_count.get(w, 0) - (w in own)) for w in words)
        score = backing / (index.spread * sum(weights.values()))
        if score > best_score:
            best, best_score = title, score
    return best


def _title_from(items: list[SummaryItem]) -> str:
    """Return the summary sentence most sources open with, cut to its main clause, as a title."""
    if not items:
        return "Brief"
    ledes = [sum(1 for cite in item.cite if int(cite.partition(":")[2]) <= 2) for item in items]
    return _shorten(items[ledes.index(max(ledes))].text)  # the news is where the sources open
