"""What the people of a corpus said or think: verbatim quotations and reported views.

A quotation is found by its marks and attributed by its frame: "“A,” said X", "“A,” he said",
"X, adviser to Y, added: “A”", "X described it as “A”", "“A,” was announced by X". A quotation
that continues after its frame in the same paragraph ("“A,” he said. “B.”") stays one view whose
text runs from A to B, frame included, so `brief check` can find it verbatim. A quotation without
a frame is attributed only when the speaker is plain: the previous sentence introduces it with a
colon, the previous paragraph ended with the same speaker's quotation, or the previous sentence
names exactly one person. A post a page embeds is its author's quotation when the line after it
signs it "— X (@handle) date". A reported view is a sentence whose subject is a person followed by a
reporting verb ("X believes that ...", "X notes the plan could ..."), an absolute clause (", with X
warning that ..."), "according to X, ...", or the words X chose in "..., which X has called A".

Pronouns (he, she) resolve only to the single person the nearest earlier sentence names, and not
against a known gender. When the speaker cannot be told, the view is left out.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial

from ..corpus import Corpus, Sentence, Source, dateline_end, is_caption
from ..items import Actor, View
from ..regexcache import kept
from ..text import POST_ONCE, alternation, fold_text, lexicon, load
from ..text.lexicon import DATA
from ..workers import in_order
from .mentions import (OF_ORGANIZATION, Mention, alternations, credit_spans, head_title, quoted_title, role_kind,
                       signed_posts, signer)

_PRONOUNS = {"he": "m", "she": "f"}
_LOOK_BACK = 3  # sentences a pronoun may reach back for its person
_OPENS_QUOTED = re.compile(r"\s*[“\"][^”\"]*$")  # text that opens with a quotation still open at its end
_MIN_WORDS = 4  # a reported view shorter than this is a frame, not a view
_MIN_STANCE_WORDS = 7  # "stressed the need for calm" says too little to stand as a view
_APOLOGY = re.compile(r"apologi[sz]")


def _stance_forms() -> list[str]:
    """Return the forms of the stance verbs, longest first."""
    lines = (DATA / "stance_verbs.txt").read_text(encoding="utf-8").splitlines()
    return sorted((line.strip() for line in lines if line.strip() and not line.startswith("#")), key=len, reverse=True)


_STANCES = "|".join(re.escape(form).replace(r"\ ", r"\s+").replace(r"\s+…\s+", r"\s+(?:[^\s,;:“”\"]+\s+){1,6}?")
                    for form in _stance_forms())
_STANCE = re.compile(rf"(?:{_STANCES})\b")


@dataclass(frozen=True)
class _Span:
    """A person named at a place in a paragraph's text."""

    start: int
    end: int
    name: str
    salient: bool = True  # False when the name stands inside someone else's role ("adviser to X")


@dataclass
class _Paragraph:
    """The sentences of one paragraph, joined with single spaces as `brief check` joins cites."""

    sentences: list[Sentence]
    text: str = ""
    starts: list[int] = field(default_factory=list)
    people: list[_Span] = field(default_factory=list)

    def index(self, position: int) -> int:
        """Return the index of the sentence that holds `position`."""
        return max(0, bisect.bisect_right(self.starts, position) - 1)

    def sentence_end(self, index: int) -> int:
        return self.starts[index] + len(self.sentences[index].text)


_WORD_CHARACTER = re.compile(r"\w")  # a letter or a digit


@dataclass
class _Draft:
    """A view being built: who, what span of which paragraph, and whether it is a quotation."""

    speaker: str
    paragraph: _Paragraph
    start: int
    end: int
    quote: bool
    aside: bool = False  # a view named in passing ("remarks from X linking ..."): X is not who the sentence is about
    partner: "_Draft | None" = None  # the same words of a second speaker a joint frame names ("X and Y said")

    def go_on(self, end: int) -> None:
        """Take in the words up to `end` that go on the quotation, its joint speaker's too."""
        self.end = end
        if self.partner is not None:
            self.partner.end = end

    def view(self, actors: dict[str, Actor]) -> View:
        actor = actors[self.speaker]
        text = self._spoken_text() if self.quote else self._text(self.start, self.end)
        first, last = self.paragraph.index(self.start), self.paragraph.index(max(self.start, self.end - 1))
        cites = [s.cite for s in self.paragraph.sentences[first:last + 1]]
        return View(speaker=self.speaker, role=actor.role, kind=role_kind(actor.role, actor.affiliation), quote=self.quote,
                    text=text, cite=cites)

    def _text(self, start: int, end: int) -> str:
        return self.paragraph.text[start:end].strip().rstrip(",;:").strip()

    def _spoken_text(self) -> str:
        """Return a quotation's words: when it runs over the reporter's words between two of its
        parts ("“A,” she said. “B”"), the parts joined by an ellipsis ("A … B"), as an editor
        marks words left out."""
        text = self.paragraph.text
        parts: list[list[int]] = []
        for a, b in _quote_spans(text):
            if a < self.end and b > self.start:
                if parts and not _WORD_CHARACTER.search(text[parts[-1][1]:a]):
                    parts[-1][1] = b  # "“A.” “B.”": no word of the reporter's between them
                else:
                    parts.append([a, b])
        if len(parts) < 2:
            return self._text(self.start, self.end)
        parts[0][0], parts[-1][1] = self.start, self.end  # words before the first mark and after the last stay
        return " … ".join(piece for a, b in parts if (piece := self._text(a, b)))


# --- patterns ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Patterns:
    """The compiled patterns of reported views, built once from the lexicon."""

    verb: re.Pattern  # any reporting verb, as a whole word
    view_verb: re.Pattern  # a verb that reports a view, at the start of a text
    gap: re.Pattern  # words that may stand between a verb and its speaker: titles, roles, names
    opener: re.Pattern  # an adverbial that may open a sentence before its subject
    auxiliary: re.Pattern
    tail: re.Pattern
    participle: re.Pattern  # ", saying", ", adding that", "before saying": a participle opening a clause


@kept
def patterns() -> _Patterns:
    """Return the view patterns, compiled once."""
    lex, words = lexicon(), alternations()
    verbs, views = words.verbs, words.views
    roles = alternation(list(lex.titles) + list(lex.role_words))
    opening = alternation(load("role_participles.txt"))  # "newly appointed", "outgoing"
    past = alternation(load("past_verbs.txt"))  # "met", "told": a verb before a title makes its holder an object
    return _Patterns(
        verb=re.compile(rf"\b(?:{verbs}|according\s+to)\b", re.IGNORECASE),
        view_verb=re.compile(rf"^(?P<verb>{views})\b"),
        # a lower-case word is allowed where a role follows within two words ("union spokesperson"),
        # unless it is a verb's past form ("The court removed Warden X": X is its object)
        gap=re.compile(rf"^\s*(?:(?:[A-Z][\w’'.\-]*|\([A-Z][\w.&-]{{0,11}}\)|(?i:(?:{POST_ONCE})?(?:{roles})|the|of|for|and|a|an)"
                       rf"|(?:[a-z]+ly\s+)?(?:{opening})"
                       rf"|(?![a-z]{{3,}}ed\b|(?:{past})\b)[a-z][\w-]*(?=(?:[’']s)?\s+(?:[a-z][\w-]*(?:[’']s)?\s+)?(?i:{roles})\b))"
                       rf"(?:[’']s)?(?:\s+|,\s*|$))*$"),
        # "On Monday, " or a dateline ending in a colon ("OSLO: ", "Geneva: ") before a capital
        opener=re.compile(r"^(?:[^,“”\"]{1,60},\s+|[^,:;“”\"]{1,60}:\s+(?=[A-Z]))"),
        auxiliary=re.compile(r"^(?:(?:also|further|later|has|had|have|previously|recently|then|again|once|earlier|"
                             r"instead|still|already|went\s+on\s+to|goes\s+on\s+to|"
                             r"(?!(?:family|supply|assembly|reply|anomaly|monopoly)\b)[a-z]{4,}ly|"
                             r"repeatedly|publicly|separately|had\s+earlier|on\s+[A-Z][a-z]+day|yesterday|today|"
                             # a time between subject and verb: "X last week said", "X earlier this month warned"
                             r"(?:last|this|(?:earlier|late|later)\s+(?:this|last))\s+(?:week|month|year|night|weekend|"
                             r"morning|[A-Z][a-z]+day)|"
                             # a copula before an adjective that reports as a verb does: "was adamant that"
                             r"(?:remained|remains|was|is|were|are|been)(?=\s+(?:[a-z]+ly\s+)?(?:adamant|insistent|emphatic|"
                             r"confident|convinced)\s+that\b)|"
                             # a verb in the progressive: "X is pitching the budget as", "X was warning that"
                             r"(?:is|are|was|were)(?=\s+[a-z]+ing\b))\s+)*"),
        # "saying" may follow its clause with no comma ("announced the appeal for Tarn saying the money ...")
        participle=re.compile(r"(?:,[”\"]?\s+(?:and\s+)?|\s(?:before|after|by)\s+|(?<=[\w’'])\s+(?=saying\s))(?P<verb>{})\b".format(alternation(
            [form for form, kind in lex.verbs.items() if kind in ("say", "that") and form.endswith("ing")]
            + sorted({form.split()[0] for form in _stance_forms() if form.split()[0].endswith("ing")})))),  # "describing … as"
        tail=re.compile(r"(?:[,;]?\s*(?:and\s+)?(?:adding|saying|noting|arguing|warning|stating|insisting|stressing)"
                        r"(?:\s+that)?)?[\s,;:.—–-]*$"),
    )


@kept
def _verb_by() -> re.Pattern:
    """Return the pattern of a reporting verb followed by "by", in any case ("was announced by X")."""
    return re.compile(rf"{patterns().verb.pattern}\s+by\s+", re.IGNORECASE)


# --- people in a paragraph ------------------------------------------------------------------------


def _paragraphs(source: Source, by_cite: dict[str, list[Mention]], people: dict[str, Actor]) -> list[_Paragraph]:
    """Return a source's paragraphs with the people each names, located in its joined text."""
    paragraphs: list[_Paragraph] = []
    for sentence in source.sentences:
        if not paragraphs or paragraphs[-1].sentences[-1].paragraph != sentence.paragraph:
            paragraphs.append(_Paragraph([]))
        paragraphs[-1].sentences.append(sentence)
    for paragraph in paragraphs:
        offset = 0
        for sentence in paragraph.sentences:
            paragraph.starts.append(offset)
            paragraph.people += _spans(sentence, by_cite.get(sentence.cite, []), people, offset)
            offset += len(sentence.text) + 1
        paragraph.text = " ".join(s.text for s in paragraph.sentences)
        paragraph.people.sort(key=lambda span: span.start)
    return paragraphs


def _spans(sentence: Sentence, mentions: list[Mention], people: dict[str, Actor], offset: int) -> list[_Span]:
    """Return where each person mentioned in a sentence stands in it."""
    found = []
    roles = [(m.role, m.name) for m in mentions if m.role]
    for mention in mentions:
        if mention.name not in people:
            continue
        for at, to in _written_at(mention.surface, sentence.text):
            inside = any(_within(sentence.text, role, at) for role, name in roles if name != mention.name)
            found.append(_Span(offset + at, offset + to, mention.name, not inside))
    return _without_overlaps(found)


@lru_cache(maxsize=1 << 16)
def _written_at(surface: str, text: str) -> tuple[tuple[int, int], ...]:
    """Return (start, end) of each place `text` writes `surface` as a whole name, once for each
    name and text (a corpus repeats sentences)."""
    return tuple(match.span() for match in re.finditer(rf"(?<![\w’']){re.escape(surface)}(?![\w])", text))


def _within(text: str, phrase: str, position: int) -> bool:
    """Return True when `position` falls inside an occurrence of `phrase` in `text`."""
    start = text.find(phrase)
    return start >= 0 and start <= position < start + len(phrase)


def _without_overlaps(spans: list[_Span]) -> list[_Span]:
    """Return the spans, keeping the longer where two overlap ("Andrew Lloyd Webber" over "Webber")."""
    kept: list[_Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


# --- who speaks ---------------------------------------------------------------------------------


_DOUBLE_QUOTE = re.compile(r"[“”\"]")  # a double quotation mark, curly or straight
_COMMA_THE = re.compile(r",\s+(?=[Tt]he\s)")  # a comma before "the"
_POSSESSIVE_S = re.compile(r"[’']s\b")  # a possessive after a name (read with match())
_OWNER_S = re.compile(r"[’']s\s+")  # a possessive and the space after it
_QUOTATION_MARK = re.compile(r"[“”\"«»]")  # a double quotation mark or a guillemet
_WHAT_OR_WHICH = re.compile(r"\b(?:what|which)\s+([^,“”\"]*)$")  # "what ..." or "which ..." up to the end
_OPENING_QUOTE = re.compile(r"\s*[“\"]")  # an opening quotation mark after spaces
_DASH = re.compile(r"[—–]")  # an em or en dash
# A document as the subject of a frame after a quotation: "”, the statement read", "”, the letter said".
_DOCUMENTS = r"statement|post|letter|speech|message|memo|release"  # what a person issues, which speaks for them
_DOCUMENT = rf"(?:the|this)\s+(?:(?:written|joint|press)\s+)?(?P<noun>{_DOCUMENTS})"
_DOCUMENT_SAYS = re.compile(_DOCUMENT + r"\s+(?:read|reads|said|says|added|adds|stated|states|continued|noted)\b")
# Someone's own document after their possessive ("X's statement", "her latest post"), and as the
# subject of a frame after a quotation ("”, X's statement read", "”, his post said").
_OWN_DOCUMENT = rf"(?:(?:written|joint|latest|own|official)\s+)?(?:{_DOCUMENTS}|tweet|note|reply|email)\b"
_DOCUMENT_VERB = r"\s+(?:read|reads|said|says|added|adds|stated|states)\b"
_OWN_WORDS = re.compile(rf"[’'](?:s\b|(?=\s))\s*{_OWN_DOCUMENT}")
_OWNED_DOCUMENT_SAYS = re.compile(rf"[’'](?:s\b|(?=\s))\s*{_OWN_DOCUMENT}{_DOCUMENT_VERB}")
_HIS_DOCUMENT_SAYS = re.compile(rf"(his|her|His|Her)\s+{_OWN_DOCUMENT}{_DOCUMENT_VERB}")
_ACCORDING_TO_DOCUMENT = re.compile(_DOCUMENT + r",\s*")  # "According to the statement, ..."
DOCUMENT_LOOK_BACK = 6  # sentences back a frame's document may have been named with who issued it
# A reporting verb after a quotation and before its speaker's title: "said Velmoran President ".
_SAID_BEFORE = re.compile(r"[,”\"]\s*(?:said|says|added|adds|stated|states|continued)\s+(?:[\w’'.-]+\s+){0,6}$")
SAID_REACH = 80  # characters from such a verb to the speaker's name
_PRONOUN_HEAD = re.compile(r"^(he|she|He|She)\s+(?:(\w+)\s+)?(\w+)")  # a pronoun, then one or two words
_ACCORDING_TO = re.compile(r"\s*[Aa]ccording to\s+")  # "according to"
_ING_WORD = re.compile(r"[a-z]+ing\b")  # a word in "-ing"
_AND_OR_BUT = re.compile(r"(?:and|but)\s")  # "and" or "but"
_AND_GAP = re.compile(r"\s+and\s+")  # the "and" between two names
_SENTENCE_END = re.compile(r"[.!?…]\s*$")  # the stop that ends a sentence
_OF_OR_ABOUT = re.compile(r"\s+(?:of|about|against|over)\s")  # "of", "about", "against" or "over"


class _Reader:
    """Reads the views of one source, paragraph by paragraph."""

    def __init__(self, paragraphs: list[_Paragraph], people: dict[str, Actor]) -> None:
        self.paragraphs = paragraphs
        self.people = people
        self.genders = {name: _gender(name) for name in people}
        self.drafts: list[_Draft] = []

    # pronouns ---------------------------------------------------------------------------------

    def pronoun(self, word: str, p_index: int, position: int) -> str | None:
        """Return the one person a pronoun at `position` of paragraph `p_index` can mean, or None."""
        gender = _PRONOUNS.get(word.lower())
        name = self._referent(p_index, position, self._named_after(p_index, position)) if gender else None
        return name if name and self.genders.get(name) in ("", "-", gender) else None

    def _named_after(self, p_index: int, position: int) -> frozenset[str]:
        """Return the people named after `position` in its sentence: a pronoun there is none of
        them ("He fined Vash": "he" is not Vash)."""
        paragraph = self.paragraphs[p_index]
        end = paragraph.sentence_end(paragraph.index(position))
        return frozenset(s.name for s in paragraph.people if position < s.start < end)

    def post_holder(self, description: re.Match, p_index: int, position: int) -> str | None:
        """Return the one person a description at `position` ("the Dutch official", "the foreign
        minister") stands for: the person the nearest sentence before it names, when the actor's
        country and title agree with the description; for a post its owner names ("Harlow's chief
        executive"), the one person named before it who holds that post; or None. When the nearest
        sentence names several, the one of them the description fits is meant ("X welcomed Y. The
        Indian prime minister said" is Y, when Y alone is India's)."""
        name = self._referent(p_index, position)
        if name in self.people and (_fits(self.people[name], description) or _former_post(description)
                                    or _AGED.fullmatch(description.group("head"))):
            return name  # a post once held is seldom the role a source gives its holder now, nor is an age
        names = next(iter(self._recent_names(p_index, position)), (set(),))[0]
        if fitting := self._one_fitting(names, description):
            return fitting
        if not description.group("owner") and description.group("head").lower() in lexicon().role_words:
            return None  # "The Deputy": a word that qualifies a post names none
        # "Harlow's chief executive", or "the prime minister" farther on: the one the source named before who fits
        return self._one_fitting({span.name for paragraph in self.paragraphs[:p_index + 1] for span in paragraph.people
                                  if paragraph is not self.paragraphs[p_index] or span.start < position}, description)

    def _one_fitting(self, names: set[str], description: re.Match) -> str | None:
        """Return the one of `names` whom a description of a post fits, or None."""
        fitting = [name for name in names if name in self.people and _fits(self.people[name], description)]
        return fitting[0] if len(fitting) == 1 else None

    def _referent(self, p_index: int, position: int, besides: frozenset[str] = frozenset()) -> str | None:
        """Return the one person the nearest sentence before `position` that names anyone names
        (of several, the one who speaks in it or is its subject), none of `besides`, or None."""
        for names, paragraph, index in self._recent_names(p_index, position):
            names = names - besides
            speakers = self._speakers_in(paragraph, index) - besides
            if len(speakers) == 1 and not names <= speakers:
                return speakers.pop()  # "“A,” the minister said in a statement by X. He added": the one who spoke
            if len(names) != 1:
                names = (speakers or self._subject_of(paragraph, index)) & names
            return names.pop() if len(names) == 1 else None
        return None

    def _subject_of(self, paragraph: _Paragraph, index: int) -> set[str]:
        """Return the person who is the subject of a sentence, as a set of at most one, when everyone
        else it names stands in a phrase of company ("X opened the fair alongside Y
        and Z"); one named as an object ("X met Y") leaves it unclear whom a later pronoun means."""
        start, end = paragraph.starts[index], paragraph.sentence_end(index)
        found = self.subject(self.paragraphs.index(paragraph), start, end)
        if found is None:
            return set()
        others = [s.start for s in paragraph.people if start <= s.start < end and s.name != found[0]]
        company = _COMPANY.search(paragraph.text, found[1], end)
        return {found[0]} if company and all(at > company.start() for at in others) else set()

    def _speakers_in(self, paragraph: _Paragraph, index: int) -> set[str]:
        """Return who speaks in a sentence: the speakers of the views drafted from it."""
        return {d.speaker for d in self.drafts if d.paragraph is paragraph and not d.aside
                and paragraph.index(d.start) <= index <= paragraph.index(max(d.start, d.end - 1))}

    def _recent_names(self, p_index: int, position: int):
        """Yield, nearest first, the set of people each earlier sentence names (skipping none-naming
        ones), with the sentence's paragraph and index."""
        paragraph = self.paragraphs[p_index]
        here = paragraph.index(position)
        in_sentence = self._named_before(paragraph, here, position)
        if in_sentence:
            yield in_sentence, paragraph, here
            return
        looked = 0
        # the sentences of a quotation the paragraph opens with are the words "he said" frames: none counts
        p, s = p_index, -1 if _OPENS_QUOTED.match(paragraph.text[:paragraph.starts[here]]) else here - 1
        while looked < _LOOK_BACK and p >= 0:
            if s < 0:
                p -= 1
                s = len(self.paragraphs[p].sentences) - 1 if p >= 0 else -1
                continue
            if is_caption(self.paragraphs[p].sentences[s].text):  # a photo's caption or credit is not the story's
                s -= 1
                continue
            names = self._referable_in(self.paragraphs[p], s) or self._speakers_in(self.paragraphs[p], s)
            if names or self._unknown_speaker(self.paragraphs[p], s):
                yield names, self.paragraphs[p], s  # a speaker the cast does not know stands between: the pronoun may be theirs
                return
            looked += 1
            s -= 1

    @staticmethod
    def _named_before(paragraph: _Paragraph, here: int, position: int) -> set[str]:
        """Return the people sentence `here` names before `position`, but those a phrase put before
        the pronoun there names after its possessive ("Citing his talks with X, he") and those named
        inside a quotation (“… X's plan went through,” he said: the words are his, of X)."""
        start = paragraph.starts[here]
        fronted = _FRONTED_POSSESSIVE.fullmatch(paragraph.text, start, position)
        quoted = _quote_spans(paragraph.text)
        return {s.name for s in paragraph.people if start <= s.start < position and s.salient
                and not (fronted and s.start > fronted.start(1)) and not any(a <= s.start < b for a, b in quoted)}

    @staticmethod
    def _unknown_speaker(paragraph: _Paragraph, index: int) -> bool:
        """Return True when a sentence naming no known person has a capitalised subject of a
        reporting verb ("Pellinghem stressed ...", "Dr Alvarez said ...", "Ostland Prime Minister said ...")."""
        sentence = paragraph.sentences[index].text
        starters = lexicon().sentence_starters
        return any(patterns().verb.match(sentence, match.end()) and match.group(1) not in starters
                   and match.group(1).lower() not in _PRONOUNS for match in _CAPITALISED_THEN_SPACE.finditer(sentence))

    @staticmethod
    def _names_in(paragraph: _Paragraph, index: int) -> set[str]:
        start, end = paragraph.starts[index], paragraph.sentence_end(index)
        return {s.name for s in paragraph.people if start <= s.start < end and s.salient}

    @staticmethod
    def _referable_in(paragraph: _Paragraph, index: int) -> set[str]:
        """Return the people sentence `index` names whom a later pronoun may mean: not those a
        phrase put before a pronoun subject names after its possessive ("Citing his talks with X,
        he said ...": he is not X, and neither is the next sentence's "he")."""
        start, end = paragraph.starts[index], paragraph.sentence_end(index)
        fronted = _FRONTED_POSSESSIVE.match(paragraph.text, start, end)
        if fronted is None or not re.match(r"(?:he|she)\b", paragraph.text[fronted.end():end]):
            return _Reader._names_in(paragraph, index)
        return {s.name for s in paragraph.people if start <= s.start < end and s.salient
                and not fronted.start(1) < s.start < fronted.end()}

    # subjects and frames ----------------------------------------------------------------------

    def subject(self, p_index: int, start: int, end: int) -> tuple[str, int] | None:
        """Return the person who is the subject of the clause `start:end` and where the subject ends.

        The subject is the first person named (or a pronoun) with nothing before it but an opening
        adverbial ("On Monday,") and role words ("Defence Minister").
        """
        paragraph = self.paragraphs[p_index]
        text = paragraph.text
        clause = text[start:end]
        pronoun = _PRONOUN_SUBJECT.match(clause)
        first = next((s for s in paragraph.people if start <= s.start < end), None)
        if pronoun and (first is None or first.start > start + pronoun.end()):
            name = self.pronoun(pronoun.group(1), p_index, start + pronoun.start(1))
            return (name, start + pronoun.end()) if name else None
        if (described := self._described_subject(p_index, start, end, first)) is not None or first is None:
            return described
        prefix = text[start:first.start]
        prefix = prefix[dateline_end(prefix):]  # "TOKYO (Agency)—President X said" in any paragraph
        if group := _GROUP_INCLUDING.match(prefix):
            prefix = prefix[group.end():]
        elif opener := patterns().opener.match(prefix):
            prefix = prefix[opener.end():]
        if _DOUBLE_QUOTE.search(prefix) or not _leads_to_name(prefix):
            return None
        return self._owned(paragraph, first, end) or self._persons_post(p_index, first, end) or (first.name, first.end)

    def _persons_post(self, p_index: int, first: _Span, end: int) -> tuple[str, int] | None:
        """Return the one person who holds the post a person's possessive opens the subject with
        ("Governor X's transport secretary announced"), by their role, and where the post ends: the
        subject is not X. Only a post with words of its own beside its head ("economy minister",
        not "spokesman") is read, and only when one person of the corpus fits it."""
        text = self.paragraphs[p_index].text
        if not _POSSESSIVE.match(text, first.end):
            return None
        description = _descriptions()[0].match(text, text.rfind(" ", first.start, first.end) + 1, end)
        if description is None or not description.group("owner") or not description.group("title").strip():
            return None
        fitting = [actor.name for actor in self.people.values() if actor.name != first.name
                   and _fits(actor, description, owner=False)]
        return (fitting[0], description.end()) if len(fitting) == 1 else None

    def _described_subject(self, p_index: int, start: int, end: int, first: _Span | None) -> tuple[str, int] | None:
        """Return the person a description of a post opening the clause `start:end` stands for ("the
        Dutch official said"), and where it ends, when no name comes first (see `post_holder`)."""
        description = _descriptions()[0].match(self.paragraphs[p_index].text, start, end)
        if description is None or first is not None and first.start <= description.end():
            return None
        name = self.post_holder(description, p_index, description.start("the"))
        return (name, description.end()) if name else None

    @staticmethod
    def _owned(paragraph: _Paragraph, first: _Span, end: int) -> tuple[str, int] | None:
        """Return the person a possessive subject names by their role ("X's Health Secretary Y"), or None."""
        owner = _OWNER_S.match(paragraph.text[first.end:end])
        if owner is None:
            return None
        second = next((s for s in paragraph.people if first.end < s.start < end), None)
        if second is None or not _leads_to_name(paragraph.text[first.end + owner.end():second.start]):
            return None
        return second.name, second.end

    def subject_and_verb(self, p_index: int, start: int, end: int) -> tuple[str, int] | None:
        """Return the speaker who is the subject of `start:end` and where the words after them begin."""
        found = self.subject(p_index, start, end)
        if found is None:
            return self._later_subject(p_index, start, end)
        speaker, subject_end = found
        verb_from = self.after_subject(p_index, subject_end, end)
        if verb_from >= 0:
            return speaker, verb_from
        text = self.paragraphs[p_index].text
        if opening := _OPENING_CLAUSE.match(text, start, end):
            return self.subject_and_verb(p_index, opening.end(), end)  # "Despite X's doubts, Y said"
        if (written := _OWN_WORDS.match(text, subject_end)) and (verb_from := self.after_subject(p_index, written.end(), end)) >= 0:
            return speaker, verb_from  # "X's statement read", "X's post said": X's own words
        if _POSSESSIVE.match(text, subject_end):  # "X's announcement came hours after Y affirmed that": X says nothing
            return self._later_subject(p_index, start, end)
        return None

    def _later_subject(self, p_index: int, start: int, end: int) -> tuple[str, int] | None:
        """Return the speaker of `start:end` and where their verb starts when the sentence's subject
        is none: the subject of a later clause, or the person after a phrase of the occasion."""
        late = self.late_subject(p_index, start, end)
        return late[:2] if late else self._after_occasion(p_index, start, end)

    def _after_occasion(self, p_index: int, start: int, end: int) -> tuple[str, int] | None:
        """Return the speaker and where their reporting verb starts when a phrase of the occasion
        opens the sentence with no comma before them ("In a letter to the board Ms X said ...")."""
        paragraph = self.paragraphs[p_index]
        span = next((s for s in paragraph.people if start < s.start < end), None)
        if span is None or not span.salient or not _OCCASION.fullmatch(paragraph.text, start, span.start):
            return None
        verb_from = self.after_subject(p_index, span.end, end)
        return (span.name, verb_from) if verb_from >= 0 and patterns().verb.match(paragraph.text, verb_from, end) else None

    def late_subject(self, p_index: int, start: int, end: int, any_verb: bool = False,
                     nearest: bool = False) -> tuple[str, int, int] | None:
        """Return the speaker who opens a later clause, right before its reporting verb (any verb
        with `any_verb`), where the verb starts and where the clause's comma stands: "After talks with X, Y said ...",
        "Arriving after X's visit, Y stated", "The plan will fail, Y said."; the first such clause's,
        or with `nearest` the last one's."""
        paragraph = self.paragraphs[p_index]
        text = paragraph.text
        spans = [s for s in paragraph.people if start <= s.start < end and s.salient]
        for span in reversed(spans) if nearest else spans:
            clause = _clause_before(text, start, span.start)
            if clause is None:
                continue
            verb_from = self.after_subject(p_index, span.end, end)
            participle = not (clause.group("absolute") or clause.group("gerund")) \
                or _ING_WORD.match(text[verb_from:end])  # "for X agreeing that"
            if verb_from >= 0 and _verb_at(text, verb_from, end, any_verb) and participle:  # ", with X said to": an absolute clause needs a participle
                return span.name, verb_from, clause.start()
        return self._late_pronoun(p_index, start, end)

    def _late_pronoun(self, p_index: int, start: int, end: int) -> tuple[str, int, int] | None:
        """Return the person a pronoun opening a later clause before its reporting verb stands for
        ("Aid is late, she said."), where the verb starts and where the clause's comma stands."""
        text = self.paragraphs[p_index].text
        late = _LATE_PRONOUN.search(text, start, end)
        if late is None or not patterns().verb.match(text, late.end(), end):
            return None
        name = self.pronoun(late.group(1), p_index, late.start(1))
        return (name, late.end(), late.start()) if name else None

    def after_subject(self, p_index: int, subject_end: int, end: int) -> int:
        """Return where the verb of a clause may start: past an appositive and auxiliaries."""
        text = self.paragraphs[p_index].text
        if text[subject_end:subject_end + 1] == "." and _ends_with_suffix(text[:subject_end]):
            subject_end += 1  # the stop of "Jr." belongs to the name
        if aside := _ASIDE.match(text, subject_end, end):
            subject_end = aside.end()  # "X (D-Ohio) said", "X (Labour) argued"
        while (honour := _POSTNOMINAL.match(text, subject_end, end)) and honour.group(1) in lexicon().postnominals:
            subject_end = honour.end()  # "X CBE said"
        if _POSSESSIVE_S.match(text[subject_end:end]):
            return -1  # "X's adviser said": X is not the subject
        rest_start = _past_appositive(text, subject_end, end)
        if occasion := _OCCASION_ASIDE.match(text, rest_start, end):
            rest_start = occasion.end()  # "X, the trust's director, speaking from the summit, noted"
        aux = patterns().auxiliary.match(text[rest_start:end])
        return rest_start + aux.end()

    def others_between(self, p_index: int, start: int, end: int, speaker: str, owners: bool = True,
                       partner: str = "") -> bool:
        """Return True when someone other than `speaker` (and the `partner` a joint frame names with
        them) is named (not inside a role) in `start:end`; with `owners` False, not counting a name
        that owns a thing ("X scrapped Y's venue, saying")."""
        text = self.paragraphs[p_index].text
        return any(start <= s.start < end and s.name not in (speaker, partner) and s.salient
                   and (owners or not _POSSESSIVE.match(text, s.end)) for s in self.paragraphs[p_index].people)

    def frame_before(self, p_index: int, clause_start: int, quote_start: int) -> str | None:
        """Return the speaker a sentence names before its quotation: "X, role, added: “", "X called it “",
        "X praised both unions “", "X hailed the result: “"."""
        if _OPENING_QUOTE.match(self.paragraphs[p_index].text[clause_start:quote_start]):
            return None  # after a quotation of its own, a sentence's second one is a title or a term
        late = self.late_subject(p_index, clause_start, quote_start, any_verb=True)
        nearest = self.late_subject(p_index, clause_start, quote_start, any_verb=True, nearest=True)
        for framer in (self.subject_and_verb(p_index, clause_start, quote_start), late, nearest):
            if framer and (speaker := self._frames(p_index, *framer[:2], quote_start)):
                return speaker  # the subject's frame, else a later clause's ("X said A, and Y replied: “")
        return None

    def _frames(self, p_index: int, speaker: str, verb_from: int, quote_start: int) -> str | None:
        """Return `speaker` when the words from their verb at `verb_from` frame the quotation at
        `quote_start` with no one else named between, else None."""
        frame = self.paragraphs[p_index].text[verb_from:quote_start]
        if not (patterns().verb.search(frame) or _STANCE.match(frame) or _COLON_FRAME.match(frame)
                or re.fullmatch(r":\s*", frame)):  # "X: “A”", as a headline or a transcript gives it
            return None
        if _OTHERS_CONTRAST.search(frame):
            return None  # "X vowed A, while Y described it as “": the contrast's subject frames it
        participle = list(_any_participle().finditer(frame))
        if participle and not _SECOND_CLAUSE.search(frame[:participle[-1].start()]):
            verb_from += participle[-1].start()  # "X backed Y, telling reporters: “": the participle is X's
        if talked_of := _SAID_OF_WHOM.match(self.paragraphs[p_index].text, verb_from, quote_start):
            verb_from = talked_of.end()  # "X said of Y: “": Y is who X spoke of
        return None if self.others_between(p_index, verb_from, quote_start, speaker) else speaker

    def described(self, p_index: int, start: int, end: int) -> tuple[str, int] | None:
        """Return the person a clause "what X described as", "which X has called" or "was described
        by X as" in `start:end` names, and where the words they chose begin."""
        paragraph = self.paragraphs[p_index]
        text = paragraph.text
        for span in (s for s in paragraph.people if start <= s.start < end and s.salient):
            before = _WHAT_OR_WHICH.search(text[start:span.start])
            verb = _DESCRIBED.match(text, span.end, end)
            if before and verb and _leads_to_name(before.group(1)):
                return span.name, verb.end()
            agent = _DESCRIBED_BY.search(text, start, span.start)
            named_as = _AS.match(text, span.end, end)
            if agent and named_as and _leads_to_name(agent.group(1)):
                return span.name, named_as.end()
        return None

    def described_quote(self, p_index: int, sentence_start: int, quote_start: int) -> tuple[str, bool] | None:
        """Return the speaker of a quotation that stands right after "what X described as (a)"."""
        found = self.described(p_index, sentence_start, quote_start)
        between = self.paragraphs[p_index].text[found[1]:quote_start] if found else ""
        if found is None or not re.fullmatch(r"(?:(?:an?|the)\s+)?[“\"]", between):
            return None
        return found[0], True

    def according_frame(self, p_index: int, clause_start: int, quote_start: int) -> str | None:
        """Return X of a sentence that opens "According to X, ..." for a quotation in it."""
        paragraph = self.paragraphs[p_index]
        text = paragraph.text
        according = _ACCORDING_TO.match(text[clause_start:quote_start])
        after = clause_start + according.end() if according else quote_start
        who = next((s for s in paragraph.people if after <= s.start < quote_start), None)
        if who is None or not _leads_to_name(text[after:who.start]) or not text[who.end:quote_start].startswith(","):
            return None
        return None if self.others_between(p_index, who.end, quote_start, who.name) else who.name

    def prompted_frame(self, p_index: int, clause_start: int, quote_start: int) -> str | None:
        """Return the person a quotation answers for: "..., prompting X to respond, “…”"."""
        paragraph = self.paragraphs[p_index]
        prompted = _PROMPTED.search(paragraph.text, clause_start, quote_start)
        if prompted is None:
            return None
        person = next((s for s in paragraph.people if s.end == prompted.end("who") and s.salient), None)
        if person is None or not _leads_to_name(paragraph.text[prompted.start("who"):person.start]):
            return None
        return person.name

    def relative_frame(self, p_index: int, clause_start: int, quote_start: int) -> str | None:
        """Return the person a relative clause before a quotation makes its speaker: "..., repeating
        X, who accused the board of “…”", "X, who warned Y against “…”"."""
        paragraph = self.paragraphs[p_index]
        text = paragraph.text
        who = None
        for who in _RELATIVE.finditer(text, clause_start, quote_start):
            pass
        if who is None or re.search(r"[“”\"]", text[who.end():quote_start]):
            return None
        person = next((s for s in paragraph.people if s.end == who.start() and s.salient), None)
        frame = text[who.end():quote_start]
        if person is None or not (patterns().verb.match(frame) or _STANCE.match(frame)):
            return None
        return None if self.others_between(p_index, who.end(), quote_start, person.name) else person.name

    def said_within(self, p_index: int, clause_start: int, quote_start: int) -> str | None:
        """Return the person a relative clause names as saying what leads to a quotation: "a shift,
        which X said required “…”", "a cost that X says is “…”"."""
        paragraph = self.paragraphs[p_index]
        text = paragraph.text
        span = next((s for s in reversed(paragraph.people) if clause_start <= s.start and s.end < quote_start and s.salient),
                    None)  # the person named last before the quotation
        if span and _RELATIVE_BEFORE.search(text, max(clause_start, span.start - 12), span.start) \
                and _said_then().fullmatch(text, span.end, quote_start):
            return span.name
        return None

    def frame_after(self, p_index: int, quote_end: int, sentence_end: int) -> tuple[str | None, bool]:
        """Return the speaker a sentence names after a quotation ("”, said X", "” he said", "” was
        announced by X"), and whether there is a frame at all (one naming nobody means: leave it out)."""
        paragraph = self.paragraphs[p_index]
        after = paragraph.text[quote_end:sentence_end]
        lead = len(after) - len(after.lstrip(" ,.!?…—–-”“»\"’'"))
        start = quote_end + lead
        head = paragraph.text[start:min(sentence_end, start + 80)]
        if not head:
            return None, False
        if complement := _QUOTE_COMPLEMENT.match(head):  # "“... what the valley needs first” for its people, X said"
            start += complement.end()
            head = paragraph.text[start:min(sentence_end, start + 80)]
        if (found := self._dashed_frame(paragraph, start, after[:lead])) is not None:
            return found
        if (found := self._pronoun_frame(head, p_index, start)) is not None:
            return found
        if (found := self._described_frame(head, p_index, start)) is not None:
            return found
        if (found := self._agent_frame(paragraph, start, sentence_end)) is not None:
            return found
        if (found := self._quoting_frame(paragraph, start, sentence_end)) is not None:
            return found
        if document := _DOCUMENT_SAYS.match(head):
            return self._issuer(p_index, start, document.group("noun")), True
        if (found := self._owned_document(paragraph, p_index, start, head)) is not None:
            return found
        return self._verb_frame(p_index, head, start, sentence_end)

    def _dashed_frame(self, paragraph: _Paragraph, start: int, lead: str) -> tuple[str, bool] | None:
        """Return the speaker a dash signs a quotation with ("“A” — X, chief economist at Y")."""
        if not _DASH.search(lead):
            return None
        dashed = next((s for s in paragraph.people if s.start >= start), None)
        if dashed is None or not _leads_to_name(paragraph.text[start:dashed.start]):
            return None
        return dashed.name, True

    def _pronoun_frame(self, head: str, p_index: int, start: int) -> tuple[str | None, bool] | None:
        """Return the person "he said" or "she added" after a quotation stands for."""
        pronoun = _PRONOUN_HEAD.match(head)
        if pronoun and any(word and patterns().verb.fullmatch(word) for word in pronoun.group(2, 3)):
            return self.pronoun(pronoun.group(1), p_index, start) or self._named_later(pronoun.group(1), p_index, start), True
        return None

    def _named_later(self, word: str, p_index: int, position: int) -> str | None:
        """Return who a pronoun that means no one named before stands for, when the rest of its
        paragraph names one person, as the speaker of a frame ("“A,” he stated. “B,” said X"), of
        the pronoun's gender."""
        paragraph = self.paragraphs[p_index]
        later = [span for span in paragraph.people if span.start > position and span.salient]
        if len({span.name for span in later}) != 1 or self.genders.get(later[0].name) not in ("", "-", _PRONOUNS[word.lower()]):
            return None
        said = _SAID_BEFORE.search(paragraph.text, max(position, later[0].start - SAID_REACH), later[0].start)
        return later[0].name if said else None

    def _described_frame(self, head: str, p_index: int, start: int) -> tuple[str, bool] | None:
        """Return the person "the Dutch official said" after a quotation stands for (see `post_holder`),
        and True: the post frames the quotation, so when nobody named before holds it ("the foreign
        minister said" after the finance minister's words), the quotation is left out."""
        description = _descriptions()[1].match(head)
        if description is None or not (_names_post(description) or _AGED.fullmatch(description.group("head"))) or any(
                start <= span.start < start + description.end() for span in self.paragraphs[p_index].people):
            return None  # no post, or one the names already tell whose it is ("the president")
        return self.post_holder(description, p_index, start), True

    def _agent_frame(self, paragraph: _Paragraph, start: int, sentence_end: int) -> tuple[str, bool] | None:
        """Return the speaker of a passive frame ("” was announced by X")."""
        text = paragraph.text
        if by := _verb_by().search(text[start:sentence_end]):
            after_by = start + by.end()
            who = next((s for s in paragraph.people if after_by <= s.start < sentence_end), None)
            if who and _leads_to_name(text[after_by:who.start]):
                return who.name, True
        return None

    def _quoting_frame(self, paragraph: _Paragraph, start: int, sentence_end: int) -> tuple[str, bool] | None:
        """Return the speaker a body that passes a quotation on names ("”, the ministry quoted
        Minister X", "”, the agency quoted X as saying"): the words are X's, not the body's."""
        text = paragraph.text
        if quoting := _QUOTING.match(text, start, sentence_end):
            who = next((s for s in paragraph.people if quoting.end() <= s.start < sentence_end), None)
            if who and _leads_to_name(text[quoting.end():who.start]):
                return who.name, True
        return None

    def _verb_frame(self, p_index: int, head: str, start: int, sentence_end: int) -> tuple[str | None, bool]:
        """Return the speaker of "”, said X" or "”, X said", and whether a reporting verb frames
        the quotation at all."""
        paragraph = self.paragraphs[p_index]
        text = paragraph.text
        if _AND_OR_BUT.match(head):
            return None, False  # "X called it “A” and said ...": the subject's second verb, no frame of the quotation
        # "”, claiming X's plan ...": X owns something, X does not speak; "”, X's lawyer Y said": Y does
        person = next((s for s in paragraph.people if start <= s.start < sentence_end
                       and not _POSSESSIVE_S.match(text[s.end:])), None)
        if verb := patterns().verb.match(head) or _inverted_stance(head):
            if verb.group(0).endswith("ing"):
                return None, False  # "”, noting that ...": the quotation's own subject goes on speaking
            if person and _leads_to_name(_INVERTED_OCCASION.sub("", text[start + verb.end():person.start], count=1)):
                return person.name, True  # "”, said on Friday, in a note to staff, the head of Y, X"
            return self._aged_speaker(p_index, start, start + verb.end(), sentence_end), True
        if person and _leads_to_name(text[start:person.start]):
            following = text[self.after_subject(p_index, person.end, sentence_end):sentence_end]
            if patterns().verb.match(following) or _inverted_stance(following):
                return person.name, True
        return None, bool(patterns().verb.search(text[start:sentence_end]))

    def _owned_document(self, paragraph: _Paragraph, p_index: int, start: int, head: str) -> tuple[str | None, bool] | None:
        """Return the person whose own document a frame after a quotation names ("”, X's statement
        read", "”, his post said"), and True; None when the frame names no one's document."""
        if pronoun := _HIS_DOCUMENT_SAYS.match(head):
            return self.pronoun("he" if pronoun.group(1).lower() == "his" else "she", p_index, start), True
        owner = next((s for s in paragraph.people if s.start >= start), None)
        if owner is None or not _leads_to_name(paragraph.text[start:owner.start]) \
                or not _OWNED_DOCUMENT_SAYS.match(paragraph.text, owner.end):
            return None
        return owner.name, True

    def _issuer(self, p_index: int, position: int, noun: str) -> str | None:
        """Return who issued the document a frame names ("”, the statement read"): the one person,
        or the subject, of the nearest sentence before it, within DOCUMENT_LOOK_BACK, that names such
        a document ("X, in a statement on Friday, confirmed the deal"); None when no sentence does."""
        paragraph = self.paragraphs[p_index]
        at = (p_index, paragraph.index(position))
        for _ in range(DOCUMENT_LOOK_BACK):
            if (at := self._previous_sentence(*at)) is None:
                return None
            q, index = at
            earlier = self.paragraphs[q]
            if not re.search(rf"\b{noun}\b", earlier.sentences[index].text, re.IGNORECASE):
                continue
            start, end = earlier.starts[index], earlier.sentence_end(index)
            names = {s.name for s in earlier.people if start <= s.start < end and s.salient
                     and not _POSSESSIVE_S.match(earlier.text[s.end:])}  # not "the premier's" of "the premier's aide"
            if len(names) == 1:
                return next(iter(names))
            found = self.subject(q, start, end)
            return found[0] if found and found[0] in names else None
        return None

    def _aged_speaker(self, p_index: int, start: int, after: int, sentence_end: int) -> str | None:
        """Return who "said the 43-year-old" after a quotation stands for: the one person the
        sentence before names; None when no age follows the verb at `after`."""
        if not _AGED_AFTER.match(self.paragraphs[p_index].text, after, sentence_end):
            return None
        name = self._referent(p_index, start)
        return name if name in self.people else None

    # quotations -------------------------------------------------------------------------------

    def quotations(self, p_index: int) -> None:
        """Add a draft for every attributable quotation of paragraph `p_index`."""
        paragraph = self.paragraphs[p_index]
        last: _Draft | None = None
        for start, end in _quote_spans(paragraph.text):
            if _no_remark(paragraph.text, start, end):
                continue
            if last is not None and last.end <= start and _JOINED_QUOTES.fullmatch(paragraph.text, last.end, start):
                last.go_on(end)  # "said he “liked her” and “trusted her”": one remark in two pieces
                continue
            speaker, described, joint = self._quoted_by(p_index, last, start, end)
            if speaker and not joint and (other := self._paired_before(p_index, speaker, start)):
                joint = (speaker, other)  # "The union leaders, X and Y, said: “"
            if speaker:
                self.drafts.append(_Draft(speaker, paragraph, start, end, True))
                if joint:  # "“A,” Minister X and Minister Y said": the words are both speakers'
                    self.drafts[-1].partner = _Draft(joint[1], paragraph, start, end, True)
                    self.drafts.append(self.drafts[-1].partner)
                # words X chose for a thing are no speech to go on with; joint words go on with both
                last = None if described else self.drafts[-2 if joint else -1]

    def _quoted_by(self, p_index: int, last: _Draft | None, start: int, end: int) -> tuple[str | None, bool, tuple | None]:
        """Return who speaks the quotation `start:end` ("" when it goes on `last`), whether words of
        the sentence describe it rather than frame it, and the two people a joint frame names."""
        paragraph = self.paragraphs[p_index]
        sentence_start = paragraph.starts[paragraph.index(start)]
        sentence_end = paragraph.sentence_end(paragraph.index(max(start, end - 1)))
        described = self.described_quote(p_index, sentence_start, start)
        joint = None if described else \
            self._joint_after(p_index, end, sentence_end) or self._pair_after(p_index, end, sentence_end)
        speaker, framed = described or (joint and (joint[0], True)) or \
            self._framing(p_index, sentence_start, start, end, sentence_end)
        if speaker is None and not framed:
            speaker = self._without_frame(p_index, last, start, end)
            joint = self._joint_going_on(speaker) if speaker else None
            speaker = joint[0] if joint else speaker
        return speaker, bool(described), joint

    def _joint_going_on(self, speaker: str) -> tuple[str, str] | None:
        """Return the two speakers of the last quotation when it was a joint one of `speaker`'s: a
        quotation with no frame that goes on from it (its next paragraph) is both speakers' too."""
        prior = next((i for i in range(len(self.drafts) - 1, -1, -1) if self.drafts[i].quote), None)
        if prior is None or self.drafts[prior].speaker != speaker:
            return None
        if self.drafts[prior].partner is not None:
            return speaker, self.drafts[prior].partner.speaker
        owner = self.drafts[prior - 1] if prior else None
        return (owner.speaker, speaker) if owner is not None and owner.partner is self.drafts[prior] else None

    def _without_frame(self, p_index: int, last: _Draft | None, start: int, end: int) -> str | None:
        """Return the speaker of quotation `start:end`, which has no frame of its own, when the text
        makes it plain; "" when it goes on the quotation before it in the paragraph (`last`, which
        takes it in: "“A,” he said, adding, “B”", or "“A,” she said. “B”"); None otherwise."""
        paragraph = self.paragraphs[p_index]
        first = paragraph.index(start)
        goes_on = last is not None and not self.others_between(
            p_index, last.end, start, last.speaker, partner=last.partner.speaker if last.partner else "")
        if goes_on and (_GOES_ON.search(paragraph.text, last.end, start - 1)
                        or _split_quote(paragraph.text, last.end, start)):
            last.go_on(end)
            return ""
        if self.others_between(p_index, end, paragraph.sentence_end(paragraph.index(max(start, end - 1))), ""):
            return None  # someone else is named after it: whose words these are is not plain
        before = paragraph.text[paragraph.starts[first]:start - 1]
        if before.strip() and not _SENTENCE_END.search(before):
            return None  # inside a sentence of the journalist's
        if goes_on:
            last.go_on(end)
            return ""
        return self._unframed(p_index, first, left_open=end == len(paragraph.text.rstrip()))

    def _framing(self, p_index: int, sentence_start: int, start: int, end: int,
                 sentence_end: int) -> tuple[str | None, bool]:
        """Return the speaker the frame of quotation `start:end` names (after it, else before it),
        and whether a frame after it stands at all."""
        speaker, framed = self.frame_after(p_index, end, sentence_end)
        if speaker is None and not framed:
            speaker = self.frame_before(p_index, sentence_start, start - 1) \
                or self.relative_frame(p_index, sentence_start, start - 1) \
                or self.said_within(p_index, sentence_start, start - 1) \
                or self.prompted_frame(p_index, sentence_start, start - 1) \
                or self.according_frame(p_index, sentence_start, start - 1)
        return speaker, framed

    def _unframed(self, p_index: int, first: int, left_open: bool = False) -> str | None:
        """Return the speaker of a quotation with no frame of its own, when the text makes it plain;
        one `left_open` at its paragraph's end may be named by the frame of a later paragraph."""
        previous = self._previous_sentence(p_index, first)
        if previous is None:
            return self._framed_ahead(p_index) if left_open else None
        q, index = previous
        paragraph = self.paragraphs[q]
        text = paragraph.sentences[index].text
        if text.rstrip().endswith(":"):
            return self.frame_before(q, paragraph.starts[index], paragraph.sentence_end(index)) \
                or _label(paragraph, index)
        if first == 0 and q != p_index and (speaker := self._quoted_last_in(q, index)):
            return speaker  # the quotation that ended the paragraph before goes on
        if left_open and (ahead := self._framed_ahead(p_index)):
            return ahead
        if re.search(r"[“”\"]", text):
            return None
        return self._plain_subject(q, index) or self._reporter_of(paragraph, index)

    def _quoted_last_in(self, p_index: int, index: int) -> str | None:
        """Return the speaker of the last quotation drafted when it ends in sentence `index` of
        paragraph `p_index`, else None."""
        prior = next((d for d in reversed(self.drafts) if d.quote), None)
        paragraph = self.paragraphs[p_index]
        return prior.speaker if prior and prior.paragraph is paragraph and paragraph.index(prior.end - 1) == index else None

    def _framed_ahead(self, p_index: int) -> str | None:
        """Return the speaker named by the frame of a later paragraph into which the quotation left
        open at the end of paragraph `p_index` runs on. News prints a quotation of several
        paragraphs with an opening mark on each and may name its speaker only where it ends
        ("“A. ¶ “B,” X said")."""
        for q in range(p_index + 1, min(len(self.paragraphs), p_index + 1 + MAX_RUN_ON)):
            paragraph = self.paragraphs[q]
            spans = _quote_spans(paragraph.text)
            if not spans or paragraph.text[:spans[0][0] - 1].strip():
                return None  # the next paragraph does not go on with the quotation
            start, end = spans[0]
            speaker, framed = self._framing(q, 0, start, end, paragraph.sentence_end(paragraph.index(max(start, end - 1))))
            if speaker or framed:
                return speaker
            if end != len(paragraph.text.rstrip()):
                return None
        return None

    def _reporter_of(self, paragraph: _Paragraph, index: int) -> str | None:
        """Return the one person whose view sentence `index` reports, when every other person it
        names is named inside that view ("X said the mayor's veto showed courage. ¶ “A.”",
        "The deals had hurt the country, he said. ¶ “A.”"): a quotation set after it is theirs."""
        drafts = [d for d in self.drafts if d.paragraph is paragraph and not d.aside
                  and paragraph.index(d.start) <= index <= paragraph.index(max(d.start, d.end - 1))]
        if len({d.speaker for d in drafts}) != 1:
            return None
        start, end = paragraph.starts[index], paragraph.sentence_end(index)
        inside = [s for s in paragraph.people if start <= s.start < end and s.salient and s.name != drafts[0].speaker]
        return drafts[0].speaker if all(any(d.start <= s.start < d.end for d in drafts) for s in inside) else None

    def _plain_subject(self, p_index: int, index: int) -> str | None:
        """Return the subject of sentence `index` when it is the one person the sentence names, or,
        naming no one, the one person its pronoun or post stands for; else None."""
        paragraph = self.paragraphs[p_index]
        names = _Reader._names_in(paragraph, index)
        if len(names) > 1:
            return None
        found = self.subject(p_index, paragraph.starts[index], paragraph.sentence_end(index))
        return found[0] if found and (found[0] in names or not names) else None

    def _previous_sentence(self, p_index: int, index: int) -> tuple[int, int] | None:
        if index > 0:
            return p_index, index - 1
        if p_index > 0:
            return p_index - 1, len(self.paragraphs[p_index - 1].sentences) - 1
        return None

    # reported views ---------------------------------------------------------------------------

    def reported(self, p_index: int) -> None:
        """Add a draft for every sentence of paragraph `p_index` that reports a person's view."""
        paragraph = self.paragraphs[p_index]
        for index, sentence in enumerate(paragraph.sentences):
            start, end = paragraph.starts[index], paragraph.sentence_end(index)
            if index and self._whole(paragraph):
                break  # the paragraph is one view's words (see `_set_under_colon`)
            draft = None
            if not (sentence.text.lstrip()[:1] in "“\"‘" or _SINGLE_OPEN.match(sentence.text.lstrip())
                    or any(a < start < b for a, b in _quote_spans(paragraph.text))):
                draft = self._sentence_view(p_index, index)
            joint = self._joint_frame(p_index, draft, end) if draft else self._joint(p_index, start, end)
            if draft and not joint and (other := self._paired_before(p_index, draft.speaker, draft.start)):
                joint = [replace(draft, speaker=other)]  # "X and Y, the union leaders, welcomed ..."
            tail = self._participle(p_index, index, draft)
            self.drafts += joint + [d for d in (draft, tail) if d is not None] + self._others(p_index, draft, start, end)

    def _sentence_view(self, p_index: int, index: int) -> _Draft | None:
        """Return the view sentence `index` of a paragraph reports, read the first way that fits."""
        paragraph = self.paragraphs[p_index]
        start, end = paragraph.starts[index], paragraph.sentence_end(index)
        readings = (self._according, self._citing, self._adding_that, self._quoted_as_saying, self._framed_inside, self._framed_after,
                    self._framed_inverted, self._framed_by_post, self._said_within, self._reported_by_subject, self._described_view,
                    self._relative_says, self._named_colon)
        draft = next((found for read in readings if (found := read(p_index, start, end))), None) \
            or self._continued(p_index, index) or self._spoken_on(p_index, index) or self._set_under_colon(p_index, index)
        return None if draft and _only_occasion(draft) else self._begun_before(p_index, index, draft)

    def _begun_before(self, p_index: int, index: int, draft: _Draft | None) -> _Draft | None:
        """Return `draft` begun a sentence earlier when it is words without quotation marks framed
        after ("… and I apologise, X said.", "It cannot go on, says X."), and the sentence before it
        in the paragraph speaks in the first person, naming no one ("This is a hard day for our
        town.", "He has broken my trust."): the speaker's words run on over both."""
        paragraph = self.paragraphs[p_index]
        if draft is None or draft.start != paragraph.starts[index] or index == 0 \
                or any(d.paragraph is paragraph and d.end > paragraph.starts[index - 1] for d in self.drafts):
            return draft
        before = paragraph.sentences[index - 1].text
        return replace(draft, start=paragraph.starts[index - 1]) \
            if _direct(before) and not self._names_in(paragraph, index - 1) else draft

    def _named_colon(self, p_index: int, start: int, end: int) -> _Draft | None:
        """Return the view of a line that opens with a person's name and a colon ("X: the ferries
        will run again", as a headline or a transcript sets it): the words after the colon."""
        paragraph = self.paragraphs[p_index]
        who = next((s for s in paragraph.people if s.start == start and s.salient), None)
        colon = _NAME_COLON.match(paragraph.text, who.end, end) if who else None
        draft = self._content(who.name, paragraph, colon.end(), end) if colon else None
        return draft and replace(draft, quote=_direct(paragraph.text[draft.start:draft.end]))

    def _others(self, p_index: int, draft: _Draft | None, start: int, end: int) -> list[_Draft]:
        """Return the views of other speakers a sentence holds beside `draft`'s: the subject of a
        clause of contrast, or the speaker of remarks named in passing."""
        found = (self._while_view(p_index, draft, end), self._remarks_view(p_index, start, end),
                 self._relative_stance(p_index, start, end))
        return [d for d in found if d is not None and (draft is None or d.speaker != draft.speaker
                                                       or d.aside and (d.end <= draft.start or draft.end <= d.start))]

    def _relative_stance(self, p_index: int, start: int, end: int) -> _Draft | None:
        """Return the stance or reported view a relative clause gives the person it follows, named in
        passing: "X, who has criticised the levy for months, ...", "X – who opposed the plan – ...":
        the verb and what it governs; "X, who claimed the port was neglected, ...": what the verb
        reports; up to where the clause closes."""
        paragraph = self.paragraphs[p_index]
        text = paragraph.text
        for span in (s for s in paragraph.people if start <= s.start < end and s.salient):
            clause = _WHO_CLAUSE.match(text, span.end, end)
            if clause is None:
                continue
            close = closes.start() if (closes := _CLAUSE_CLOSERS[clause.group("open")].search(text, clause.end(), end)) else end
            draft = self._stance(span.name, p_index, clause.end(), close)
            if draft is None:
                draft = self._reported_from(span.name, clause.end(), p_index, close)
            if draft is not None:
                return replace(draft, aside=True)
        return None

    def _continued(self, p_index: int, index: int) -> _Draft | None:
        """Return sentence `index` as the speaker's words when it goes on, in the first person and
        naming nobody, from a quotation without marks that the sentence before framed ("A, X wrote.
        B.")."""
        paragraph = self.paragraphs[p_index]
        last = self.drafts[-1] if self.drafts else None
        if last is None or last.paragraph is not paragraph or not last.quote \
                or paragraph.index(last.start) != index - 1 or not _direct(paragraph.sentences[index - 1].text) \
                or not _direct(paragraph.sentences[index].text) or self._names_in(paragraph, index):
            return None
        return _Draft(last.speaker, paragraph, paragraph.starts[index], paragraph.sentence_end(index), True)

    def _spoken_on(self, p_index: int, index: int) -> _Draft | None:
        """Return the opening sentence of a paragraph as the words of the one person the paragraph
        right before names and reports, when it speaks in the first person singular without
        quotation marks and names no one ("X thanked the states and stressed the need for more.
        ¶ I think the towns understood what is at stake."): a remark set apart whose marks
        the page lost. The sentences after it go on with it (see `_continued`)."""
        paragraph = self.paragraphs[p_index]
        last = self.drafts[-1] if self.drafts else None
        if index or p_index == 0 or last is None or last.paragraph is not self.paragraphs[p_index - 1]:
            return None
        before, sentence = last.paragraph, paragraph.sentences[0]
        if sentence.paragraph != before.sentences[-1].paragraph + 1 or not _I_OPENING.match(sentence.text) \
                or not _direct(sentence.text) or self._names_in(paragraph, 0) \
                or {s.name for s in before.people if s.salient} != {last.speaker}:
            return None
        return _Draft(last.speaker, paragraph, paragraph.starts[0], paragraph.sentence_end(0), True)

    def _set_under_colon(self, p_index: int, index: int) -> _Draft | None:
        """Return a paragraph without quotation marks as the words of the person whose frame ends the
        paragraph before it with a colon ("In a radio address, X proclaimed: ¶ Never before has the
        port ..."): a quotation set apart as a block, whose marks the page does not give. The frame
        must end with its verb and a few words of the occasion ("X said in a statement on Friday:"),
        not with words of the speaker's own ("X said the plan has three parts:"), and the paragraph
        names no one."""
        paragraph = self.paragraphs[p_index]
        if index or p_index == 0 or _QUOTATION_MARK.search(paragraph.text) or self._names_in_paragraph(paragraph):
            return None
        before = self.paragraphs[p_index - 1]
        last = len(before.sentences) - 1
        start, end = before.starts[last], before.sentence_end(last)
        frame = before.text[start:end].rstrip()
        if not frame.endswith(":") or re.search(r"[“”\"«»]", frame) or not _block_frame().search(frame):
            return None
        speaker = self.frame_before(p_index - 1, start, start + len(frame) - 1)
        return _Draft(speaker, paragraph, 0, len(paragraph.text.rstrip()), True) if speaker else None

    def _whole(self, paragraph: _Paragraph) -> bool:
        """Return True when the last view drafted holds the whole of `paragraph`."""
        last = self.drafts[-1] if self.drafts else None
        return last is not None and last.paragraph is paragraph and last.start == 0 \
            and last.end >= len(paragraph.text.rstrip())

    @staticmethod
    def _names_in_paragraph(paragraph: _Paragraph) -> bool:
        """Return True when a paragraph names anyone."""
        return any(span.salient for span in paragraph.people)

    def _remarks_view(self, p_index: int, start: int, end: int) -> _Draft | None:
        """Return the view of "remarks from X linking A to B", "comments by X urging ...": what the
        participle after the speaker of the remarks says, up to the end of its clause."""
        paragraph = self.paragraphs[p_index]
        text = paragraph.text
        for remarks in _REMARKS_FROM.finditer(text, start, end):
            who = next((s for s in paragraph.people if remarks.end() <= s.start < end and s.salient), None)
            if who is None or not _leads_to_name(text[remarks.end():who.start]):
                continue
            verb = re.match(r"\s+(?=[a-z]+ing\b)", text[who.end:end])
            if verb and (patterns().verb.match(text, who.end + verb.end(), end) or _STANCE.match(text, who.end + verb.end(), end)):
                clause = re.search(r"[,;]|$", text[who.end + verb.end():end])
                draft = self._content(who.name, paragraph, who.end + verb.end(), who.end + verb.end() + clause.start())
                return draft and replace(draft, aside=True)
        return None

    def _while_view(self, p_index: int, draft: _Draft | None, end: int) -> _Draft | None:
        """Return the view of a speaker who opens a clause after `draft`'s ("X called for A, while
        Y posted that B")."""
        if draft is None or draft.quote or not _WHILE.match(self.paragraphs[p_index].text, draft.end, end):
            return None
        late = self.late_subject(p_index, draft.end, end)
        return self._reported_from(late[0], late[1], p_index, end) if late else None

    def _participle(self, p_index: int, index: int, draft: _Draft | None) -> _Draft | None:
        """Return the view a participle adds to a speaker's clause: "X met the unions, saying the deal
        was close", "“A,” X said, adding that B", "X said that “A”, recalling that B"."""
        paragraph = self.paragraphs[p_index]
        start, end, text = paragraph.starts[index], paragraph.sentence_end(index), paragraph.text
        quoted = _quote_spans(text)
        for match in patterns().participle.finditer(text, start, end):
            if draft is not None and draft.end > match.start() or any(a <= match.start("verb") < b for a, b in quoted):
                continue
            bare = not text[match.start():match.start("verb")].strip()  # "X saying", no comma or "after" between
            if bare and (_DOCUMENT_BEFORE.search(text, start, match.start()) or _WITH_SUBJECT.search(text, start, match.start())):
                continue  # "cited a report saying ...", "..., with the council saying ...": not the speaker's words
            speaker = self._main_speaker(p_index, start, match.start())
            if speaker is None or self.others_between(p_index, start, match.start(), speaker, owners=False) \
                    or _SECOND_CLAUSE.search(_unquoted(text[start:match.start()])):
                return None  # the participle may belong to someone else's clause
            return self._participle_content(speaker, paragraph, match.start("verb"), end)
        return None

    def _main_speaker(self, p_index: int, start: int, end: int) -> str | None:
        """Return who speaks in the clause `start:end`: the speaker of a quotation it holds, or its subject."""
        paragraph = self.paragraphs[p_index]
        quoted = [d for d in self.drafts if d.quote and d.paragraph is paragraph and start <= d.start < end
                  and not self.described_quote(p_index, start, d.start)]
        if quoted:
            return quoted[-1].speaker
        found = self.subject_and_verb(p_index, start, end)
        return found[0] if found else None

    def _participle_content(self, speaker: str, paragraph: _Paragraph, verb_from: int, end: int) -> _Draft | None:
        """Return what a participle reports: the clause after "saying", "adding that", or the words a
        stance participle governs ("accusing Y of ...")."""
        text = paragraph.text
        verb = re.match(r"[\w-]+", text[verb_from:end]).group(0)
        after = verb_from + len(verb)
        if _declares_state(verb, text, after, end):
            return None
        if lexicon().verbs.get(verb) in ("say", "that") and (that := _THAT.match(text[after:end])):
            return self._content(speaker, paragraph, after + that.end(), end)
        if lexicon().verbs.get(verb) == "say" and not _STANCE.match(text, verb_from, end):
            return self._content(speaker, paragraph, after, end)
        return self._stance(speaker, self.paragraphs.index(paragraph), verb_from, end)

    def _described_view(self, p_index: int, start: int, end: int) -> _Draft | None:
        """Return the view of a sentence that ends "..., which X has called the finest in years": the
        words X chose, when they run plainly to the sentence's end."""
        found = self.described(p_index, start, end)
        if found is None:
            return None
        text = self.paragraphs[p_index].text
        if (aside := _DESCRIBED_ENDS.search(text, found[1], end)) is not None:
            end = aside.start()  # "..., involving the port's decision to ...": the reporter's words go on
        return None if re.search(r"[,;:“”\"]", text[found[1]:end]) else self._content(found[0], self.paragraphs[p_index], found[1], end)

    def _said_within(self, p_index: int, start: int, end: int) -> _Draft | None:
        """Return the view of a clause that tells what its speaker said in something, read before
        the sentence's own verbs: "X gave a speech in which she urged ..." (see `_relative_says`)."""
        if "in which" not in self.paragraphs[p_index].text[start:end]:
            return None  # the cheap test first
        return self._relative_says(p_index, start, end, within=True)

    def _relative_says(self, p_index: int, start: int, end: int, within: bool = False) -> _Draft | None:
        """Return the view of a relative clause that reports it: "a levy that she says is aimed
        at ...", "a bridge which X said would ...": what follows the verb, the speaker's words about
        the thing the clause is of; with `within`, only of a clause of what was said in something
        ("a speech in which she urged ..."), whose stance keeps its verb."""
        paragraph = self.paragraphs[p_index]
        text = paragraph.text
        for clause in _RELATIVE_SAYS.finditer(text, start, end):
            if within and not clause.group("within"):
                continue
            speaker, verb_from = self._relative_speaker(p_index, clause, end)
            if within and speaker and verb_from >= 0 and (stance := self._stance(speaker, p_index, verb_from, end)):
                return stance
            verb = patterns().view_verb.match(text[verb_from:end]) if speaker and verb_from >= 0 else None
            if verb and not verb.group("verb").endswith("ing"):
                after = verb_from + verb.end()
                after = that.end() if (that := _THAT_OPENS.match(text, after, end)) else after  # "in which she said that …"
                # a clause set off by a comma ends at the next one ("The plan, which X said would fail, passed")
                closing = text.find(",", after, end) if text[:clause.start()].rstrip().endswith(",") else -1
                return self._content(speaker, paragraph, after, end if closing < 0 else closing)
        return None

    def _relative_speaker(self, p_index: int, clause: re.Match, end: int) -> tuple[str | None, int]:
        """Return who opens a relative clause (a pronoun's person, or a person named), and where
        the words after them begin."""
        if clause.group("pronoun"):
            return self.pronoun(clause.group("pronoun"), p_index, clause.start("pronoun")), clause.end()
        paragraph = self.paragraphs[p_index]
        who = next((s for s in paragraph.people if s.start >= clause.end() and s.salient), None)
        if who is None or not _leads_to_name(paragraph.text[clause.end():who.start]):
            return None, -1  # "which X said", "which Sir X said", not "which the plan of X"
        return who.name, self.after_subject(p_index, who.end, end)

    def _according(self, p_index: int, start: int, end: int) -> _Draft | None:
        """Return the view of "According to X, ..." or "..., according to X."."""
        paragraph = self.paragraphs[p_index]
        text = paragraph.text
        if "ccording to" not in text[start:end]:
            return None  # the cheap test first: most sentences have no "according to"
        match = re.search(r"\b[Aa]ccording to\s+", text[start:end])
        if not match:
            return None
        after = start + match.end()
        if match.start() == 0 and re.match(r"(?:him|her),", text[after:end]):
            return self._according_to_pronoun(p_index, after, end)
        who = next((s for s in paragraph.people if after <= s.start < end), None)
        if who is not None and (own := _STATEMENT_FROM.match(text, after, who.start)):
            after = own.end()  # "according to a statement from X": X's own words
        if who is None or not _leads_to_name(text[after:who.start]):
            return self._according_to_post(p_index, after, end) if match.start() == 0 else None
        if match.start() == 0 or text[start:start + match.start()].strip() == "":
            return self._according_first(paragraph, who, end)
        before = text[start:start + match.start()].rstrip(" ,")
        if self.others_between(p_index, start, start + match.start(), who.name):
            return None
        return self._content(who.name, paragraph, start, start + len(before))

    def _citing(self, p_index: int, start: int, end: int) -> _Draft | None:
        """Return the view of "Citing X, the agency reported that ...": what the clause reports is
        X's, the one who is cited; None for any other sentence."""
        paragraph = self.paragraphs[p_index]
        text = paragraph.text
        cited = _CITING.match(text, start, end)
        who = next((s for s in paragraph.people if cited and cited.end() <= s.start < end and s.salient), None)
        if who is None or not _leads_to_name(text[cited.end():who.start]):
            return None
        reported = _REPORTED_THAT.search(text, who.end, end)
        return self._content(who.name, paragraph, reported.end(), end) if reported else None

    def _according_first(self, paragraph: _Paragraph, who: _Span, end: int) -> _Draft | None:
        """Return the view of "According to X, ...", X's name ending at `who`: what follows the comma
        after X, or after X's appositive ("According to X, a senior official, ...")."""
        text = paragraph.text
        if own := _OWN_RECKONING.match(text, who.end, end):
            who = replace(who, end=own.end())  # "According to X's calculations, ...": X's own words
        rest = re.match(r"^,\s*", text[who.end:end])
        joint = _AND_A_BODY.match(text, who.end, end)  # "According to X and the Central Bank, ..."
        if joint and not any(who.end <= s.start < joint.end() for s in paragraph.people):
            return self._content(who.name, paragraph, joint.end(), end)
        appositive = re.match(r"^,([^,“”\"]{1,120}),(?!\d)\s*", text[who.end:end])  # not "N70,000"
        if appositive and (_has_title(appositive.group(1)) or re.match(r"\s*(?:who|whose)\b", appositive.group(1))):
            rest = appositive
        elif re.match(r"^,\s*(?:who|whose)\b", text[who.end:end]):
            return None  # "According to X, who ..." and no end to the clause: nothing of X's is said
        return self._content(who.name, paragraph, who.end + rest.end(), end) if rest else None

    def _according_to_post(self, p_index: int, after: int, end: int) -> _Draft | None:
        """Return the view of "According to the finance minister, ..." or "According to the country's
        president, ...": the words of the one person named before who holds that post (see
        `post_holder`); of "According to the letter, ...", the words of whoever sent it."""
        paragraph = self.paragraphs[p_index]
        if document := _ACCORDING_TO_DOCUMENT.match(paragraph.text, after, end):  # "According to the letter, ..."
            name = self._issuer(p_index, after, document.group("noun"))
            return self._content(name, paragraph, document.end(), end) if name else None
        for pattern in _according_posts():
            if (post := pattern.match(paragraph.text, after, end)) and _names_post(post):
                name = self.post_holder(post, p_index, after)
                return self._content(name, paragraph, post.end(), end) if name else None
        return None

    def _according_to_pronoun(self, p_index: int, after: int, end: int) -> _Draft | None:
        """Return the view of "According to him, the ferries run again": the words of the person
        the pronoun at `after` stands for, or None when it stands for no one plain."""
        paragraph = self.paragraphs[p_index]
        pronoun = re.match(r"(him|her),\s*", paragraph.text[after:end])
        name = self.pronoun({"him": "he", "her": "she"}[pronoun.group(1)], p_index, after)
        return self._content(name, paragraph, after + pronoun.end(), end) if name else None

    def _quoted_as_saying(self, p_index: int, start: int, end: int) -> _Draft | None:
        """Return the view of "Y quoted X as saying (that) A": A is X's, as another reports it."""
        paragraph = self.paragraphs[p_index]
        for span in (s for s in paragraph.people if start <= s.start < end and s.salient):
            if _QUOTED_BEFORE.search(paragraph.text, start, span.start) and (saying := _AS_SAYING.match(paragraph.text, span.end, end)):
                return self._content(span.name, paragraph, saying.end(), end)
        return None

    def _adding_that(self, p_index: int, start: int, end: int) -> _Draft | None:
        """Return the view of "Adding that A, X said: …": a reporting verb's participle opens the
        sentence, and what its that-clause says, up to the comma before the subject, is X's; when
        X's verb reports words of its own ("Acknowledging that A, X said B"), those are the view."""
        paragraph = self.paragraphs[p_index]
        text = paragraph.text
        opening = _ADDING_THAT.match(text, start, end)
        if opening is None or lexicon().verbs.get(opening.group("verb").lower()) not in ("say", "that"):
            return None
        for span in (s for s in paragraph.people if opening.end() < s.start < end and s.salient):
            comma = text.rfind(",", opening.end(), span.start)
            verb_from = self.after_subject(p_index, span.end, end)
            if comma > opening.end() and _leads_to_name(text[comma + 1:span.start]) and verb_from >= 0 \
                    and patterns().verb.match(text, verb_from, end):
                said = None if _COLON_QUOTE.search(text, verb_from, end) else self._reported_from(span.name, verb_from, p_index, end)
                return said or self._content(span.name, paragraph, opening.end(), comma)
        return None

    def _framed_inside(self, p_index: int, start: int, end: int) -> _Draft | None:
        """Return the view of "A, X said, b." or "A, said X, b.": the frame stands inside the words it
        reports, which run on after it in lower case; the view is the whole sentence, frame included."""
        paragraph = self.paragraphs[p_index]
        if _DOUBLE_QUOTE.search(paragraph.text[start:end]):
            return None
        speaker = self._inverted_inside(paragraph, start, end)
        if speaker is None and (found := self.late_subject(p_index, start, end)):
            verb = patterns().verb.match(paragraph.text, found[1], end)
            if verb and lexicon().verbs.get(verb.group(0)) in ("say", "that") \
                    and _SPLIT_FRAME.match(paragraph.text, verb.end(), end):
                speaker = found[0]
        return self._content(speaker, paragraph, start, end) if speaker else None

    @staticmethod
    def _inverted_inside(paragraph: _Paragraph, start: int, end: int) -> str | None:
        """Return who an inverted frame set inside a sentence names ("A, said X, b."), or None."""
        text = paragraph.text
        for span in (s for s in paragraph.people if start <= s.start < end and s.salient):
            frame = _INVERTED_FRAME.search(text, start, span.start)
            if frame and _inverts(frame.group("verb")) and _leads_to_name(frame.group("title")) \
                    and _SPLIT_FRAME.match(text, span.end, end) \
                    and not re.match(r",\s+(?:the|a|an)\s", text[span.end:end]):
                return span.name  # not "A, said X, the minister.": an appositive closes that frame
        return None

    def _framed_after(self, p_index: int, start: int, end: int) -> _Draft | None:
        """Return the view of "A, X said (on Monday)." or "A, X continued, “B”": the words before the
        frame are X's when nothing but an adverbial or a quotation follows its verb."""
        found = self.late_subject(p_index, start, end)
        if found is None:
            return None
        speaker, verb_from, clause = found
        text = self.paragraphs[p_index].text
        verb = patterns().verb.match(text, verb_from, end)
        if verb is None:
            return None  # a stance verb reports what follows it
        kind, tail = lexicon().verbs.get(verb.group(0)), text[verb.end():end]
        if whom := _TOLD_TAIL.match(tail) if verb.group(0) in ("told", "tells") else None:
            tail = tail[whom.end():]  # "A, X told parliament on Monday."
        framed = _FRAME_TAIL.match(tail)
        if not (kind is not None and framed or kind == "frame" and re.match(r"^,\s*[“\"]", tail)):
            return None
        if framed and framed.group("doing") and _STANCE.match(tail, framed.start("doing")):
            return None  # "A, X said, accusing Y of B": the stance is the view (see `_participle`)
        if text[clause:clause + 2] in (',"', ",”"):
            clause += 2  # 'agreed to a "lasting truce," X said': the quotation closes after the comma
        draft = self._content(speaker, self.paragraphs[p_index], start, clause)
        return draft and replace(draft, quote=_direct(text[draft.start:draft.end]))

    def _framed_inverted(self, p_index: int, start: int, end: int) -> _Draft | None:
        """Return the view of "A, said X." or "A, said Minister X, the host, on Monday.", the verb
        before its speaker as wire copy writes it: the words before the comma are X's when only a
        title stands between the verb and X, and only an appositive or an adverbial follows X."""
        paragraph = self.paragraphs[p_index]
        text = paragraph.text
        for span in (s for s in paragraph.people if start <= s.start < end and s.salient):
            frame = _INVERTED_FRAME.search(text, start, span.start)
            if frame is None or not _inverts(frame.group("verb")) or not _leads_to_name(frame.group("title")):
                continue
            tail = text[span.end:end]
            if appositive := _APPOSITIVE_TAIL.match(tail) or _bare_title_tail(tail):
                tail = tail[appositive.end():].lstrip(",")
            if frame.group("set_off") and not frame.group("title").startswith(("the ", "The ")):
                continue  # "A, said the minister, X": a title set off by a comma is a description of the post
            if not _FRAME_TAIL.match(tail) or _QUOTED_REPORT.match(text, start, frame.start()):
                continue
            return self._content(span.name, paragraph, start, frame.start())
        return None

    def _framed_by_post(self, p_index: int, start: int, end: int) -> _Draft | None:
        """Return the view of "A, the Dutch foreign minister said.": the words before the comma
        are those of the person the description of a post stands for (see `post_holder`), when
        nothing but an adverbial follows its verb."""
        paragraph = self.paragraphs[p_index]
        text = paragraph.text
        for comma in _COMMA_THE.finditer(text[start:end]):
            at = start + comma.end()
            description = _descriptions()[1].match(text, at, end)
            if description is None or not _FRAME_TAIL.match(text[description.end():end]) \
                    or any(at <= span.start < description.end() for span in paragraph.people):
                continue
            speaker = self.post_holder(description, p_index, at)
            return self._content(speaker, paragraph, start, start + comma.start()) if speaker else None
        return None

    def _reported_by_subject(self, p_index: int, start: int, end: int) -> _Draft | None:
        """Return the view of "X, role, believes (that) ..." with X the sentence's subject, or, when
        the subject's own verb reports nothing, of the subject of a later clause ("X left, while
        the head of Y, Z, posted that ...")."""
        found = self.subject_and_verb(p_index, start, end)
        draft = None if found is None else self._reported_from(*found, p_index, end)
        if draft is None and found is not None and (late := self.late_subject(p_index, start, end)):
            draft = self._reported_from(late[0], late[1], p_index, end)
        if draft is None and found is not None and (said := self._and_said(p_index, found[1], end)) >= 0:
            draft = self._reported_from(found[0], said, p_index, end)  # "X led the talks and said ..."
        return draft

    def _and_said(self, p_index: int, verb_from: int, end: int) -> int:
        """Return where a second verb of the subject's that reports words starts ("X led the talks
        and said that ...", "X called it “A” and said that ..."), outside a quotation and with no one
        else named before it; -1 when there is none."""
        paragraph = self.paragraphs[p_index]
        match = _AND_SAYS.search(paragraph.text, verb_from, end)
        if match is None or any(a <= match.start() < b for a, b in _quote_spans(paragraph.text)) \
                or any(verb_from <= span.start < match.start() for span in paragraph.people):
            return -1  # not "X said “we met and said ...”": the second verb is no one's but X's own words
        return match.end()

    def _paired_before(self, p_index: int, speaker: str, start: int) -> str | None:
        """Return the person named together with `speaker`, as "X and Y", in the last mention of
        `speaker` in its sentence before `start` ("The union leaders, Dr X and Dr Y, said: “", "X and Y
        praised the owners, but cautioned that ..."): the view is both people's. None otherwise."""
        paragraph = self.paragraphs[p_index]
        sentence_start = paragraph.starts[paragraph.index(start)]
        before = [s for s in paragraph.people if sentence_start <= s.start < start and s.salient]
        if len(before) < 2 or before[-1].name != speaker or before[-2].name == speaker:
            return None
        other, mine = before[-2], before[-1]
        if not _named_together(paragraph.text, other, mine) or _POSSESSIVE.match(paragraph.text, mine.end):
            return None
        return other.name

    def _joint_after(self, p_index: int, quote_end: int, sentence_end: int) -> tuple[str, str] | None:
        """Return the two people a frame after a quotation names together ("”, Finance Minister X
        and Industry Minister Y said in a statement"), or None."""
        paragraph = self.paragraphs[p_index]
        text = paragraph.text
        start = quote_end + len(text[quote_end:sentence_end]) - len(text[quote_end:sentence_end].lstrip(" ,.!?…”\"’'"))
        named = [s for s in paragraph.people if start <= s.start < sentence_end and s.salient]
        if len(named) < 2 or named[0].name == named[1].name or not _leads_to_name(text[start:named[0].start]):
            return None
        if not _named_together(text, named[0], named[1]):
            return None
        following = text[self.after_subject(p_index, named[1].end, sentence_end):sentence_end]
        return (named[0].name, named[1].name) if patterns().verb.match(following) else None

    def _pair_after(self, p_index: int, quote_end: int, sentence_end: int) -> tuple[str, str] | None:
        """Return the two people a frame after a quotation speaks for as a pair ("”, said the
        co-chairs", "” the pair said", "” they added"): the two the nearest sentence before it names
        together ("The co-chairs, X and Y, welcomed the deal"), or None."""
        text = self.paragraphs[p_index].text
        frame = _PAIR_FRAME.match(text[quote_end:sentence_end].lstrip(" ,.!?…—–-”“»\"’'"))
        if frame is None or not (frame.group("they") or _names_a_pair(frame.group("after") or frame.group("before"))):
            return None
        return self._pair_before(p_index, quote_end)

    def _pair_before(self, p_index: int, position: int) -> tuple[str, str] | None:
        """Return the two people the nearest sentence before `position` that names anyone names,
        when it names just them, together as one subject ("X and Y"); else None."""
        for names, paragraph, index in self._recent_names(p_index, position):
            start, end = paragraph.starts[index], paragraph.sentence_end(index)
            end = min(end, position) if paragraph is self.paragraphs[p_index] else end
            spans = [span for span in paragraph.people if start <= span.start < end and span.salient]
            pairs = [(one.name, other.name) for one, other in zip(spans, spans[1:])
                     if one.name != other.name and _named_together(paragraph.text, one, other)]
            pairs += [(d.speaker, d.partner.speaker) for d in self.drafts  # the words the two spoke together there
                      if d.partner is not None and d.paragraph is paragraph and paragraph.index(d.start) == index]
            return pairs[0] if len(set(pairs)) == 1 and len(names) == 2 else None
        return None

    def _joint_frame(self, p_index: int, draft: _Draft, end: int) -> list[_Draft]:
        """Return the view of the first of two people a frame after the words names together ("A,
        Prime Minister X and Finance Minister Y told reporters."): `draft` is the second one's."""
        paragraph = self.paragraphs[p_index]
        named = [s for s in paragraph.people if draft.end <= s.start < end and s.salient]
        if len(named) != 2 or named[1].name != draft.speaker or named[0].name == draft.speaker:
            return []
        if not _named_together(paragraph.text, named[0], named[1]):
            return []
        return [replace(draft, speaker=named[0].name)]

    def _joint(self, p_index: int, start: int, end: int) -> list[_Draft]:
        """Return the view of two people who are together the subject: "X and Y emphasized ..."."""
        paragraph = self.paragraphs[p_index]
        people = [s for s in paragraph.people if start <= s.start < end]
        if (they := _THEY.match(paragraph.text, start, end)) and (pair := self._pair_before(p_index, start)):
            draft = self._reported_from(pair[1], they.end(), p_index, end)  # "X and Y voted yes. They told ..."
            return [] if draft is None else [replace(draft, speaker=pair[0]), draft]
        if len(people) < 2 or not _AND_GAP.fullmatch(paragraph.text[people[0].end:people[1].start]):
            return []
        first, second = people[:2]
        prefix = paragraph.text[start:first.start]
        prefix = prefix[patterns().opener.match(prefix).end():] if patterns().opener.match(prefix) else prefix
        if first.name == second.name or _DOUBLE_QUOTE.search(prefix) or not _leads_to_name(prefix):
            return []
        verb_from = self.after_subject(p_index, second.end, end)
        draft = self._reported_from(second.name, verb_from, p_index, end) if verb_from >= 0 else None
        return [] if draft is None else [replace(draft, speaker=first.name), draft]

    def _reported_from(self, speaker: str, verb_from: int, p_index: int, end: int) -> _Draft | None:
        """Return the view of `speaker` whose verb starts at `verb_from`: what a reporting verb's
        clause says, or what a stance verb governs."""
        text = self.paragraphs[p_index].text
        verb = patterns().view_verb.match(text[verb_from:end])
        if verb is None and (took := _TOOK_TO.match(text, verb_from, end)):
            return self._reported_from(speaker, took.end(), p_index, end)  # "took to X to call for ..."
        if verb is None and (given := _GAVE_WORD.match(text, verb_from, end)):
            return self._content(speaker, self.paragraphs[p_index], given.end(), end)  # "gave assurances that ..."
        if verb is None:
            return self._stance(speaker, p_index, verb_from, end)
        content = verb_from + verb.end()
        if by := _RESPONDED_BY.match(text, content, end):
            return self._replied(speaker, self.paragraphs[p_index], by.end(), end)
        if verb.group("verb") in ("told", "tells", "tell") and (content := _after_whom(text, content, end)) < 0:
            return None  # "told the crowd that gathered": the clause is the crowd's, not what was told
        if verb.group("verb") in _HEARER_VERBS and (whom := _after_whom(text, content, end)) >= 0:
            if that := _THAT.match(text[whom:end]):  # "assured fans that the club would stay"
                return self._content(speaker, self.paragraphs[p_index], whom + that.end(), end)
            if _CLAUSE_WITHOUT_THAT.match(" " + text[whom:end]):  # "assured fans the club would stay"
                return self._content(speaker, self.paragraphs[p_index], whom, end)
        return self._verb_content(speaker, verb.group("verb"), verb_from, content, p_index, end)

    def _verb_content(self, speaker: str, verb: str, verb_from: int, content: int, p_index: int,
                      end: int) -> _Draft | None:
        """Return the view a verb at `verb_from` reports from `content` on (past whom it was told):
        the clause it reports, or the verb with what it governs; None for a state declared."""
        text = self.paragraphs[p_index].text
        if _declares_state(verb, text, content, end):
            return None
        if verb in _WHOM_VERBS and _WHOM_TO.match(text, content, end):
            content = verb_from  # "warned the bloc not to ...": what the hearers were told to do, the verb with it
        elif (clause := _reported_clause(verb, text, content, end)) >= 0:
            content = clause
        elif _POSITION_THAT.match(text, content, end):
            pass  # "reiterated her group's stance that ...": the stance, as the verb gives it
        elif lexicon().verbs[verb] != "say":
            return self._stance(speaker, p_index, verb_from, end)
        elif _ANSWERED_TO.match(verb) and re.match(r"\s*to\s", text[content:end]):
            return None  # "responds to questions from the press": whom the answer went to, no answer
        elif _MANNER_THEN_COMMA.match(text, content, end):
            return None  # "wrote separately, with X agreeing …": how they wrote, and what went with it
        elif _OF_OR_ABOUT.match(text[content:end]):
            if _COLON_QUOTE.search(text, content, end):
                return None  # "said of Y: “…”": the quotation is the view
            content = verb_from  # "warned of the cost to farmers": the verb stays with what it governs
        return self._content(speaker, self.paragraphs[p_index], content, end)

    def _replied(self, speaker: str, paragraph: _Paragraph, how: int, end: int) -> _Draft | None:
        """Return the view of "responded to it by saying ..." or "... by accusing Y of “…”": what the
        participle at `how` reports or governs, the quotation it holds counted."""
        return self._participle_content(speaker, paragraph, how, end) or self._content(speaker, paragraph, how, end)

    def _stance(self, speaker: str, p_index: int, verb_from: int, end: int) -> _Draft | None:
        """Return the view of "X stressed the importance of ...", "X accused Y of ...", "X called on
        Y to ...": the verb and what it governs, when that says enough to stand as a view."""
        paragraph = self.paragraphs[p_index]
        stance = _STANCE.match(paragraph.text, verb_from, end)
        if not stance:
            return None
        if turn := _STANCE_TURN.search(paragraph.text, stance.end(), end):
            end = turn.start()  # "X opposed the levy, but the council passed it": the rest is not X's
        draft = self._content(speaker, paragraph, verb_from, end)
        if draft is None:
            return None
        adverb = _ADVERB_BEFORE.search(paragraph.text, max(0, verb_from - 30), verb_from)
        draft = replace(draft, start=adverb.start()) if adverb else draft  # "initially opposed the deal"
        least = _MIN_WORDS if _APOLOGY.match(stance.group(0)) else _MIN_STANCE_WORDS  # an apology is news however short
        # "X called the plan a “fair deal” for the town": the quotation is what X called the plan, in the view
        complement = _COMPLEMENT_QUOTE.search(paragraph.text, stance.start(), draft.end) is not None
        if complement and _PRONOUN_CALLED.match(paragraph.text, draft.start):
            return None  # "X called it a “fine day”": with nothing named, the quotation alone is the view
        if _QUOTED_COMPLEMENT.match(paragraph.text, stance.end()) \
                and (then := _AND_AFTER_QUOTE.search(paragraph.text, stance.end(), draft.end)):
            draft = replace(draft, end=then.start() + 1)  # "… a “proud day” and said no more": the rest is another verb's
        if len(_unquoted(paragraph.text[draft.start:draft.end]).split()) < least and self._quoted_in(draft) \
                and not complement:
            return None  # "accused Y of “…”": the quotation, a view of its own, says it
        if len(paragraph.text[draft.start:draft.end].split()) < least:
            return None
        if _COLON_QUOTE.search(paragraph.text, verb_from, draft.end):
            return None  # "X welcomed the crews: “…”": the frame of a quotation, which is the view
        return draft

    def _quoted_in(self, draft: _Draft) -> bool:
        """Return True when a quotation drafted as a view of its own stands inside `draft`."""
        return any(d.quote and d.paragraph is draft.paragraph and draft.start <= d.start < draft.end for d in self.drafts)

    def _content(self, speaker: str, paragraph: _Paragraph, start: int, end: int) -> _Draft | None:
        """Return the reported content `start:end`, quotations inside it included, cut before a
        credit line or a quotation that runs on past it; None when it opens with a quotation (the
        quotation is the view) or is too short to say anything."""
        text = paragraph.text
        end = min([end] + [start + a for a, _ in credit_spans(text[start:end])])
        while start < end and (text[start].isspace() or text[start] in ",:"):
            start += 1
        start += dateline_end(text[start:end])  # "OSLO — The levy will ...": the place it was filed from is no one's words
        if text[start:start + 1] in ("“", '"', "«", "‘", "'") or _ADVERBIAL_COLON.match(text, start, end):
            return None  # "told X in an interview: “A”": the quotation is the view
        end = _content_end(speaker, paragraph, start, end)
        if (aside := _REPORTERS_CLAUSE.search(text, start, end)) and not any(a <= aside.start() < b for a, b in _quote_spans(text)):
            end = aside.start()  # "X said he would go, signalling the end of the coalition": the reporter's reading
        cut = patterns().tail.search(text[start:end])
        end = start + cut.start() if cut else end
        while start < end and text[start].isspace():
            start += 1
        draft = _Draft(speaker, paragraph, start, end, False)
        return None if self._frame_only(draft) else draft

    def _frame_only(self, draft: _Draft) -> bool:
        """Return True when reported content says too little without its quotations and they are
        the view ("said the plan came “too late”"); a frame around quotations drafted as no one's
        ("said Y “hates us”") is the view, with them."""
        text = draft.paragraph.text[draft.start:draft.end]
        return len(_unquoted(text).split()) < _MIN_WORDS and (self._quoted_in(draft) or len(text.split()) < _MIN_WORDS)


# A manner adverb and a comma right after a verb of saying, no clause of what was said after it.
_MANNER_THEN_COMMA = re.compile(r"\s*[a-z]+ly,\s+(?!that\b)")

# A verb of answering, which "to" after it gives the question of, not the answer.
_ANSWERED_TO = re.compile(r"respond(?:s|ed)?|repl(?:y|ies|ied)")

# A clause of the reporter's after what a speaker said: what it signals or sets off, or the talk
# it comes amid ("..., signalling the end of the coalition", "..., amid reports of a move").
_REPORTERS_CLAUSE = re.compile(r",\s+(?:signall?ing|marking|prompting|sparking|amid\s+(?:reports|rumou?rs|speculation))\s")


# The words after a quotation that finish the sentence it began, up to the comma before its frame
# ("“... what the valley needs first” for its people, X said").
_QUOTE_COMPLEMENT = re.compile(r"(?:of|for|to|in|on|from|about|at|with)\s[^,;:“”\"]{1,80}?,\s+(?=\S)")


# "Citing X, " opening a sentence, and the verb of reporting, then "that", which gives X's words.
_CITING = re.compile(r"\s*Citing\s+")
_REPORTED_THAT = re.compile(r",[^,;:“”\"]{1,60}?\b(?:reported|said|wrote|added|noted|stated)\s+that\s+")

# A document or sign right before an unpunctuated "saying": what follows is what it says.
_DOCUMENT_BEFORE = re.compile(r"\b(?:report|study|survey|poll|statement|letter|note|notice|memo|message|post|tweet|"
                              r"sign|banner|placard|document|ruling|order|email|text|video|advert|headline)s?$", re.IGNORECASE)


# A frame after a quotation that speaks for two people: "said the co-chairs", "the pair said", "they added".
_PAIR_FRAME = re.compile(r"(?:said|says|added|adds)\s+the\s+(?P<after>(?:two\s+)?[a-z-]+)\b(?!\s+(?:of|at|for)\b)"
                         r"|(?:the\s+(?P<before>(?:two\s+)?[a-z-]+)|(?P<they>they))\s+(?:said|say|added|add)\b")
_THEY = re.compile(r"(?:(?:And|But|Yet|So|Still)\s+they|They)\s+(?=[a-z])")  # a sentence whose subject is "They"
_PAIR_WORDS = frozenset({"pair", "duo", "two", "both"})


def _names_a_pair(noun: str) -> bool:
    """Return True when the noun of a frame names two people: "pair", "duo", "two", "the two
    leaders", or the plural of a title ("co-chairs")."""
    words = noun.split()
    last = words[-1].removeprefix("co-")
    return last in _PAIR_WORDS or words[0] == "two" or last.endswith("s") and last[:-1] in lexicon().titles


def _named_together(text: str, one: _Span, other: _Span) -> bool:
    """Return True when two people's names are joined by "and" as one subject, perhaps with the
    other's title between ("X and Industry Minister Y")."""
    joined = _AND_GAP.match(text, one.end, other.start)
    return joined is not None and _leads_to_name(text[joined.end():other.start])


# Verbs of speech that may name their hearers before what they say, as "told" does ("assured fans
# the club would stay", "reminded voters the tax was his").
_HEARER_VERBS = frozenset({"assured", "assures", "assure", "reassured", "reassures", "reassure",
                           "reminded", "reminds", "remind", "promised", "promises", "promise"})


def _after_whom(text: str, content: int, end: int) -> int:
    """Return where the words "told" reports start, past whom they were told ("told reporters
    that"), or -1 when the clause after whom is theirs ("told the crowd that gathered")."""
    told = _TOLD_WHOM.match(text[content:end])
    if told is None or _WHOM_THAT_DID.match(text, content + told.end(), end):
        return -1
    return content + told.end()


# What a reply answered and the participle of how: "responded to his dismissal by accusing ...".
_RESPONDED_BY = re.compile(r"\s+to\s+[^,;:“”\"]{1,80}?\s+by\s+(?=[a-z]+ing\b)")

# Whom a speaker spoke of, then "that": "said about the minister that ...", "said of X that ...".
_ABOUT_THAT = re.compile(r"\s+(?:of|about)\s+[^,;:“”\"]{1,60}?\s+that\s+")

# A quotation that is the complement of "called X a" ("called it a “fine day”").
_QUOTED_COMPLEMENT = re.compile(r"(?<=\sa|an)\s*[“\"‘]")
# A quotation that names what a thing is, after "as" or "a" ("praised the deal as a “…”").
_COMPLEMENT_QUOTE = re.compile(r"\s(?:as(?:\s+an?)?|an?)\s*[“\"‘]")
# A stance verb whose thing is only a pronoun before such a quotation ("called it a “…”").
_PRONOUN_CALLED = re.compile(r"\S+\s+(?:it|this|that|them|him|her)\s+(?:as\s+)?(?:an?\s+)?[“\"‘]")
# Another verb of the speaker's after the quotation ("… a “proud day” and said no more").
_AND_AFTER_QUOTE = re.compile(r"[”\"]\s*,?\s+and\s")

# A body named beside a person as the source of "According to X and the Central Bank, ...".
_AND_A_BODY = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w&'’.-]*\s+){0,5}[A-Z][\w&'’.-]*,\s*")

# A group of unnamed people opening a clause with one of them named ("Several, including Judge
# X, said ...", "Some lawmakers, among them X, argued ..."): the one named is the subject.
_OWN_RECKONING = re.compile(r"[’']s\s+(?:own\s+|latest\s+|initial\s+|preliminary\s+|rough\s+)?"
                            r"(?:calculations?|estimates?|figures|analysis|reckoning|assessment|projections?|"
                            r"forecasts?|tally|findings|account)(?=,)")  # what X worked out, not what X's office says
_GROUP_INCLUDING = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]+){0,3},\s+(?:including|among\s+them)\s+")


# A phrase put before the subject pronoun whose possessive is that pronoun's ("Citing his talks
# with X, he said"): anyone it names after the possessive is someone else.
_FRONTED_POSSESSIVE = re.compile(r"[^,]*?\b(his|her)\b[^,]*,\s*")


# A pronoun opening a clause after a comma, before the verb that frames what came before it.
_LATE_PRONOUN = re.compile(r"[,;]\s+(he|she)\s+(?=[a-z])")

# A manner or time adverb right before a stance verb, which the stance keeps ("initially opposed").
_ADVERB_BEFORE = re.compile(r"\b(?:(?:has|have|had)\s+(?:(?!only\b|early\b|reportedly\b|allegedly\b)[a-z]{3,}ly\s+|also\s+)?"
                            r"|(?!only\b|early\b|reportedly\b|allegedly\b)[a-z]{3,}ly\s+)$")

# "that" may follow its verb after an adverbial of time, place or manner ("said on Monday that",
# "said in a statement that", "told reporters that", "said on “The Harbour Hour” that"), never
# after a clause of its own ("said the vote mattered given that").
_THAT = re.compile(r"^\s*(?:(?:(?:on|in|at|to|by|during|after|before|from|via|with|through|about|last|this|earlier|later|also|"
                   r"again|yesterday|today|then|publicly|previously|repeatedly|separately|"
                   r"(?:minutes|hours|days|weeks|moments|shortly|just)\s+(?:before|after))\b"
                   r"(?:[^,“”\"]|[“\"][A-Z][^,“”\"]{0,60}[”\"]){0,80}?|"
                   r"[^\s,“”\"]+)\s+)??that,?\s+")

# A clause right after its verb, "that" left out: a subject of a few words or a name, then a finite
# verb ("indicated the council was ready", "signalled it would", "alleged Vash inflated"), never the
# verb's own object ("highlighted the need to"); a day may stand before it ("confirmed on Friday it would").
_PAST = r"[a-z]{3,}ed(?!\s+(?:to|by|on|in|with|from|for|at|under|as|of)\b)"  # "ignored the", not "related to"
_CLAUSE_WITHOUT_THAT = re.compile(
    r"^(?:\s+(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)\b)?"
    r"\s+(?=(?:(?:the|this|these|those|its|his|her|their|our|such)\s+(?:(?!(?:and|but|or)\s)[\w‘’'“”\"-]+\s+){0,3}?|(?:it|he|she|they|we|there)\s+)"
    rf"(?:is|are|was|were|would|will|could|should|had|has|have|might|may|must|can|did|does|{_PAST})\s"
    rf"|(?:[A-Z][\w’'-]+\s+){{1,3}}(?:{_PAST}|is|are|was|were|would|will|could|should|had|has|have)\s+[a-z“\"$€£\d]"
    r"|[a-z]+s\s+(?:[\w’'-]+\s+){0,3}?(?:would|will|could|should|might|may|must)\s)")  # "found prices would rise"

# "that" after an adverbial closed by a comma, which may hold a "that" of its own ("said about the
# sum that was pledged, that ..."): the "that" after the comma opens what was said.
_THAT_AFTER_COMMA = re.compile(r"^\s*(?:,\s*(?:to|in|at|amid|with|before|after|during)\b|(?:about|on|of|regarding|concerning)\b)"
                               r"[^“”\".;]{0,80}?,\s+that\s+")  # "joked, to laughter from the crowd, that"

# Verbs of saying whose hearers may stand between them and "that" ("warned ministers that"), the
# hearers a few words with no verb among them.
_WHOM_VERBS = frozenset({"warn", "warns", "warned", "warning", "remind", "reminds", "reminded", "reminding", "assure",
                         "assures", "assured", "assuring", "inform", "informs", "informed", "informing", "advise",
                         "advises", "advised", "advising", "promise", "promises", "promised", "promising", "reassure",
                         "reassures", "reassured", "reassuring"})
_WHOM_THAT = re.compile(r"\s+(?:(?!(?:is|was|were|are|would|will|could|should|had|has|have|be|been|not|that|so|too)\b)"
                        r"[\w’'.-]+\s+){1,5}?that\s+")


# A state of affairs a leader declares, which is an act and no view ("declared martial law", "declaring
# a state of emergency").
_DECLARED_STATE = re.compile(r"\s+(?:an?\s+|the\s+)?(?:(?:national\s+|partial\s+)?state\s+of\s+(?:emergency|siege|war)|"
                             r"martial\s+law|war|emergency|bankruptcy|insolvency|independence|ceasefire|curfew)\b")


def _declares_state(verb: str, text: str, at: int, end: int) -> bool:
    """Return True when a verb of declaring governs a state of affairs at `at` ("declared martial
    law"): an act, no words of the speaker's."""
    return verb.startswith("declar") and _DECLARED_STATE.match(text, at, end) is not None


# The hearers of such a verb, then what they are told to do or not to do ("warned the bloc on
# Thursday not to “attack ...”", "advised savers to wait").
_WHOM_TO = re.compile(r"\s+(?:(?!(?:is|was|were|are|would|will|could|should|had|has|have|be|been|that|so|too)\b)"
                      r"[\w’'.-]+\s+){1,6}?(?:not\s+)?to\s+(?=[a-z“\"‘])")

_BEFORE_HOW = re.compile(r"\s+(?=how\s)")  # the space before "how"


def _reported_clause(verb: str, text: str, content: int, end: int) -> int:
    """Return where the clause a reporting verb reports starts, past "that" and what may stand
    before it (hearers, an aside, an adverbial: "warned ministers that", "said on Monday that",
    "explained how"), or -1 when no clause follows the verb."""
    if verb in _WHOM_VERBS and (whom := _WHOM_THAT.match(text, content, end)):
        return whom.end()  # "warned cabinet ministers that ...": what follows "that" was said to them
    if that := _THAT_AFTER_COMMA.match(text[content:end]) or _THAT.match(text[content:end]) \
            or _ABOUT_THAT.match(text[content:end]):
        return content + that.end()  # "said that ...", "said about the minister that ..."
    if how := _BEFORE_HOW.match(text[content:end]):
        return content + how.end()  # "explained how ...": the clause keeps its "how"
    if clause := _CLAUSE_WITHOUT_THAT.match(text[content:end]):
        return content + clause.end()  # "indicated the council was ready to ...": "that" left out
    return -1


# What may follow the verb of a frame that closes a sentence: the full stop, after a short adverbial
# of time, place or manner ("said on Monday.", "wrote on her website.", "told reporters."), or a
# participle that goes on with more of the speaker's words ("said, adding that ..."); a sentence run
# on without a space after its stop ("in a letter.The deal") ends there too.
# The participles of the verbs that report words ("adding", "noting"), from the lexicon's verbs.
_SAYING = alternation(form for form, kind in lexicon().verbs.items() if kind in ("say", "that") and form.endswith("ing"))
_SAID = alternation(form for form, kind in lexicon().verbs.items() if kind in ("say", "that") and not form.endswith("ing"))
_FRAME_GOES_ON = rf",\s+(?:(?:and\s+)?(?:{_SAYING})|and\s+(?:added|said|continued|went\s+on))\b"
# A participle phrase of what the speaker was doing ("..., X said, holding up the map."): the
# frame's own circumstance, not its content.
_CIRCUMSTANCE = r",\s+(?:(?:while|when|as)\s+)?(?!during\b)(?P<doing>[a-z]{2,}ing)\b[^,;:“”\"]{0,120}[.!?]\s*$"
_FRAME_TAIL = re.compile(r"^(?:,?\s+(?:on|in|at|to|during|after|before|from|via|with|through|last|this|earlier|later|"
                         r"also|yesterday|today|then|reporters|journalists|"
                         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                         r"June|July|August|September|October|November|December)\b"
                         r"(?:(?!\bthat\b)[^,:;“”\"]|“[A-Z][^“”\"]{0,40}?”){0,100}?"  # a work's name in it: 'on Radio Nine’s “Money Hour.”'
                         r"(?:,\s+(?:the|a|an)\s+[^,:;“”\"]{1,60}?)?)?\s*"  # a place it names, described: 'in Tarn, the capital'
                         rf"(?:[.!?]\s*$|(?<=[.!?]”)\s*$|(?<=\w)[.!?](?=[A-Z][a-z])|{_FRAME_GOES_ON}|{_CIRCUMSTANCE})")

# The frame between two parts of one quotation: "“A,” X wrote in a letter to the board, “B”", or
# of two remarks of one speaker set against each other: "“A,” said X, a lawyer, but “B”".
_MID_FRAME = re.compile(r"[”\"]\s+[^“”\".!?]{1,120},\s*(?:but\s+)?[“\"]")


def _split_quote(text: str, end: int, start: int) -> bool:
    """Return True when the words between a quotation ending at `end` and the next starting at
    `start` are a frame with a reporting verb (or a stance verb of one word) set between two parts
    of one remark."""
    if not _MID_FRAME.fullmatch(text, end, start):
        return False
    return patterns().verb.search(text, end, start) is not None \
        or any(_inverted_stance(word.group()) for word in re.finditer(r"\b[a-z]+ed\b", text[end:start]))


# A frame set inside the words it reports, which go on after it in lower case: "A, X said, b".
_SPLIT_FRAME = re.compile(r",\s+(?=[a-z])(?!(?:and|but|while|who|which|as|when|on|in|at|to|during|after|before|from|via|with|"
                          r"through|last|this|earlier|later|[a-z]+ing)\b)")

# A relative clause about whom a speaker told, right after them: "(the crowd) that gathered", "that had come".
_WHOM_THAT_DID = re.compile(r"that\s+(?:had\s+|have\s+)?(?:[a-z]+ed|came|stood|met)\b")

# Whom a frame after the words says they were told: "A, X told parliament", "A, X told the Velm Herald".
_TOLD_TAIL = re.compile(r"^\s+(?:(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}|parliament|lawmakers|"
                        r"legislators|senators|delegates|reporters|journalists)(?=[\s.!?,])")

# ", said (Prime Minister) " right before a name: a frame whose verb comes before its speaker.
_INVERTED_FRAME = re.compile(r",\s+(?P<verb>[a-z]+)\s+(?P<title>[^,;:“”\"]{0,80}?)\s*(?P<set_off>,\s*)?\Z")
# Words before an inverted frame that are a quotation, or end with one: the quotation is the view
# (words that only quote a phrase inside them, "after “long talks” with the towns", are not).
_QUOTED_REPORT = re.compile(r"\s*[“\"‘]|.*[”\"’][.,!?]?\s*\Z", re.DOTALL)

# The appositive after an inverted frame's speaker, up to the sentence's end (", the host, on Monday.").
_APPOSITIVE_TAIL = re.compile(r"^,\s*[^,;:“”\"]{1,120}?"
                              r"(?=,\s+(?:on|in|at|during|after|before)\s+[^,;:“”\"]{0,60}[.!?]\s*$|[.!?]\s*$)")

# A title set right after a speaker's name with no comma, up to the sentence's end, as some copy
# prints it: "…, said X Chief Engineer of the Harbour Board."
_TITLE_TAIL = re.compile(r"^\s+(?=[A-Z])(?:(?:[A-Z][\w’'&-]*|of|the|for|and|at|on|in)(?:\s+|(?=[.!?]\s*$))){1,10}(?=[.!?]\s*$)")


def _bare_title_tail(tail: str) -> re.Match | None:
    """Return the match of a title set right after a name with no comma ("X Chief Engineer of
    the Board."), when its words are headed by a title."""
    title = _TITLE_TAIL.match(tail)
    return title if title and head_title(title.group(0).strip()) else None


def _inverted_stance(head: str) -> re.Match | None:
    """Return the stance verb of one word that frames a quotation as a reporting verb does ("”,
    welcomed X", "”, X stressed"), or None: a stance of more words governs what follows it."""
    stance = _STANCE.match(head)
    return stance if stance and re.fullmatch(r"[a-z]+ed", stance.group(0)) else None


def _inverts(verb: str) -> bool:
    """Return True for a reporting verb that may come before its speaker ("said", "added",
    "noted"), in the past or present tense, never a participle."""
    return lexicon().verbs.get(verb) in ("say", "that") and (verb in ("said", "wrote") or verb.endswith(("ed", "s")))


# A body or person that passes a quotation on, right after it: "”, the ministry quoted", "”, the
# Harbour Times quoted"; the name after "quoted" is the speaker.
_QUOTING = re.compile(r"(?:the\s+)?(?:[\w&’'.-]+\s+){1,5}?quoted\s+")

# A colon that opens a quotation.
_COLON_QUOTE = re.compile(r":\s*[“\"‘«]")

# A short clause of the speaker's that a colon closes before their quotation ("X hailed the
# result: “", "X gave her thanks: “").
_COLON_FRAME = re.compile(r"^[a-z][\w’'-]*(?:\s+[\w’'-]+){0,5}\s*:\s*$")

# A participle whose object is a person opens a clause about what that person did ("...,” prompting
# X to reply, “B”): what follows it is not the speaker's.
_OTHERS_PARTICIPLE = re.compile(r"(?<=[,”\"])\s+[a-z]+ing\s+")


def _content_end(speaker: str, paragraph: _Paragraph, start: int, end: int) -> int:
    """Return where a speaker's reported content from `start` ends: before a quotation that runs on
    past `end`, a clause of contrast (", while"), or a clause about what someone else did."""
    text = paragraph.text
    end = min([end] + [a - 1 for a, b in _quote_spans(text) if start < a <= end < b])
    end = min([end] + [match.end("closed") if match.group("closed") else match.start()
                       for match in _WHILE.finditer(text, start, end)])  # '“…,” while': the quotation stays closed
    end = min([end] + [match.start() for match in _clause_comment().finditer(text, start, end)])
    end = min([end] + [match.start() for match in _NEXT_CLAUSE.finditer(text, start, end)
                       if _opens_with_other(match.end(), paragraph, speaker)])
    return min([end] + [match.start() for match in _OTHERS_PARTICIPLE.finditer(text, start, end)
                        if _opens_others_clause(match, paragraph, speaker)])


def _opens_with_other(at: int, paragraph: _Paragraph, speaker: str) -> bool:
    """Return True when the clause at `at` opens with someone else's name, or their title and name
    (", and harbour chief Y replied")."""
    person = next((s for s in paragraph.people if s.start >= at), None)
    return person is not None and person.name != speaker and _leads_to_name(paragraph.text[at:person.start])


@kept
def _clause_comment() -> re.Pattern:
    """Return the regex of a journalist's comment set after a reported clause: ", a step analysts
    expect", ", a claim officials deny" (a noun of summary_words.txt's discourse_nouns)."""
    nouns = alternation(lexicon().summary_words["discourse_nouns"])
    return re.compile(rf",\s+(?:a|an)\s+(?:{nouns})\b", re.IGNORECASE)


def _opens_others_clause(match: re.Match, paragraph: _Paragraph, speaker: str) -> bool:
    """Return True when a participle that reports nothing has another person as its object
    ("prompting X to reply"), not a possessive ("claiming X's plan") or the speaker."""
    verb = match.group(0).split()[0]
    if verb in lexicon().verbs or _STANCE.fullmatch(verb):
        return False
    person = next((s for s in paragraph.people if s.start >= match.end()), None)
    return person is not None and person.name != speaker and _leads_to_name(paragraph.text[match.end():person.start]) \
        and not re.match(r"[’']s\b", paragraph.text[person.end:])


# The verb of a clause in which someone names a thing: "what X described as", "which X has called".
_DESCRIBED = re.compile(r"\s+(?:(?:has|had|have|once|also|previously|repeatedly|publicly)\s+)*"
                        r"(?:(?:called|termed|dubbed|labell?ed|branded)\s+(?:(?:it|them)\s+)?"
                        r"(?!(?:for|on|off|up|in|out|back|into|upon)\b)|"
                        r"(?:described|characteri[sz]ed|labell?ed|branded|hailed|touted)\s+(?:(?:it|them)\s+)?as\s+)")

# The passive of naming a thing, up to its agent: "was described by X as", "has been hailed by X as".
_DESCRIBED_BY = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:described|characteri[sz]ed|labell?ed|branded|"
                           r"hailed|touted|dismissed)\s+by\s+([^,“”\"]*)$")
_AS = re.compile(r",?\s+as\s+")

# A relative clause whose subject reports what the thing it is of does: "that she says", "which X
# said"; or what they said in it ("a speech in which she urged").
_THAT_OPENS = re.compile(r"\s+that\b")  # "that" after a verb, which opens what it reports
_RELATIVE_SAYS = re.compile(r"\b(?:that|(?P<within>in\s+which)|which)\s+(?:(?P<pronoun>he|she)\s+|(?=[A-Z]))")


# Words someone said, named as a noun, and who said them: "remarks from", "comments by".
_REMARKS_FROM = re.compile(r"\b(?:remarks|comments|statements?|warnings?|posts?|messages?)\s+(?:from|by)\s+")

# A second verb of a subject's that reports words: "X led the talks and said ...".
_AND_SAYS = re.compile(r",?\s+and\s+(?:(?:then|later|also)\s+)?(?=(?:{})\b)".format(
    alternation(form for form, kind in lexicon().verbs.items() if kind in ("say", "that") and not form.endswith("ing"))))

# Where a clause that may have a subject of its own opens: "..., and X thanked ...".
_NEXT_CLAUSE = re.compile(r"(?:,\s+(?:and|but)|;)\s+")

# Where a clause of contrast opens, which has a subject of its own: ", while ...", "; whereas ...".
_WHILE = re.compile(r"(?:[,;]|,(?P<closed>[”\"’]))\s+(?:while|whereas)\s+")

# "took to social media (after ...) to", "took to X to": what follows is the view's verb.
_TOOK_TO = re.compile(r"took\s+to\s+(?:the\s+)?(?:social\s+media|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?|"
                      r"(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:account|page|website|blog|feed|channel))\b"
                      r"[^,;:“”\"]{0,60}?\s+to\s+"
                      # "seized the moment to call for ...", "used his speech to urge that ..."
                      r"|(?:used|uses|seized|seizes|took|takes)\s+(?:the|this|that|his|her|their|its)\s+"
                      r"(?:occasion|opportunity|moment|visit|meeting|speech|address|platform)\s+to\s+")

# A participle that makes someone answer, right before the answer's quotation: "prompting X to respond, “".
_PROMPTED = re.compile(r"\b(?:prompting|leading|forcing|spurring)\s+(?P<who>[^,;“”\"]{1,80}?)\s+to\s+"
                       r"(?:respond|reply|say|write|post|answer|retort)\b[^,;“”\"]{0,40}?[\s,:]*$")

# An adverbial that a colon closes before a quotation: "in an interview on Monday: “".
_ADVERBIAL_COLON = re.compile(r"(?:in|on|at|during|after|before|from|via|with|through|while)\b"
                              r"[^,;:“”\"]{0,60}:\s*[“\"]")

# A word that opens a second clause, whose subject a participle after it may belong to.
# A clause of contrast whose subject is a name: "…,” while Y described it as".
_OTHERS_CONTRAST = re.compile(r"[,;][”\"’]?\s+(?:while|whereas)\s+[A-Z]")
# "with" and the subject of a participle right after it ("..., with the council saying"): the
# participle is that subject's, not the sentence's.
_WITH_SUBJECT = re.compile(r"\bwith\s+(?:[^\s,;:“”\"]+\s+){0,4}[^\s,;:“”\"]+$")
_SECOND_CLAUSE = re.compile(r"\b(?:while|whereas|but|who|whom|which|when)\b|;")

# A clause of contrast with a subject of its own, where what a stance verb governs ends.
_STANCE_TURN = re.compile(r"(?:,\s+(?:but|yet|although|though|whereas)|;)\s+"
                          r"(?=(?:the|a|an|its|their|this|that|these|those|some|many|most)\s|[A-Z])"
                          # a clause of time whose subject is someone named: "welcomed it after President X announced ..."
                          r"|\s(?:after|before|when|as|since|once)\s+(?=(?:[A-Z][\w’'.-]*\s+){1,5}(?:[a-z]+ed|said|says|told)\b)")

# A relative clause after a name, what opens it, and what closes each kind ("X, who ..., ", "X – who ... –").
_WHO_CLAUSE = re.compile(r"\s*(?P<open>,|[—–]|\()\s*who\s+(?:(?:also|then|later|earlier|once|previously|publicly|"
                         r"repeatedly|recently|has|have|had)\s+)*")
_CLAUSE_CLOSERS = {",": re.compile(r"[,;]"), "—": re.compile(r"[—–;]"), "–": re.compile(r"[—–;]"), "(": re.compile(r"\)")}

# A subject the person shares with people the sentence does not name: "X and other farmers", "X and
# some Republican senators" (a plural verb follows).
_AND_OTHERS = re.compile(r"\s+and\s+(?:some|other|several|many|most|a\s+few|a\s+number\s+of|fellow)\s+"
                         r"(?:[A-Za-z’'-]+\s+){0,3}?(?=(?:have|had|were|are|also)\s)")

# A relative clause of the body an appositive names, set off by commas: "which owns Z, ".
_WHICH_CLAUSE = re.compile(r"(?:which|whose)\s+[^,;:“”\"()]{1,80},\s*")

# A relative clause after a name, up to its verb: ", who accused", ", who had warned".
_RELATIVE = re.compile(r",\s+who\s+(?:(?:also|had|has|have|then|later|earlier|publicly|repeatedly)\s+)*")

# A comma after a subject that stands right before its verb ("X, has argued that").
_COMMA_THEN_VERB = re.compile(r"^,\s+(?=(?:(?:has|had|have|also)\s+)*(?:{}|{})\b)".format(
    alternation(form for form, kind in lexicon().verbs.items() if kind in ("say", "that")), _STANCE.pattern))

# A verb of saying and the one it spoke of or to, before the colon or "that" that opens a quotation
# ("said of Y: “", "said about Y that “").
_SAID_OF_WHOM = re.compile(r"(?:said|says|spoke|wrote|added)\s+(?:about|of|to)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
                           r"(?=\s*:\s*$|\s+that\s*$)")

# The colon right after a name that opens a line, before the words it gives them ("X: the ferries ...").
_NAME_COLON = re.compile(r":\s+(?=[^\s“”\"‘'])")

# What stands between two quoted pieces of one remark: "“liked her a lot” and “trusted her”".
_JOINED_QUOTES = re.compile(r"[”\"]\s*,?\s+(?:and|or|but)\s+[“\"]")

# Words of a person's own that "according to" may name before the person: "a statement from X".
_STATEMENT_FROM = re.compile(rf"(?:a|an|the)\s+(?:written\s+|joint\s+|press\s+)?(?:{_DOCUMENTS})\s+(?:from|by)\s+")

# A subordinate clause that opens a sentence before its subject: "Despite X's doubts about the plan, ".
# A phrase of the occasion of a remark that opens a sentence: "In a note to the board",
# "In an interview with the paper", "At a rally in the port", "Speaking to reporters".
_OCCASION = re.compile(r"\s*(?:In|At|During|Speaking|Writing)\s[^,;:“”\"]{3,80}\s")

# "quoted X as saying (that)": the words after are X's.
_QUOTED_BEFORE = re.compile(r"\bquoted\s+(?:[a-z]+\s+)?$")
_AS_SAYING = re.compile(r"\s+as\s+saying(?:\s+that)?\s+")

# A reporting verb's participle and "that" opening a sentence: "Adding that", "Noting that".
_ADDING_THAT = re.compile(r"\s*(?P<verb>[A-Z][a-z]+ing)\s+that\s+")

_OPENING_CLAUSE = re.compile(r"(?:Despite|After|Before|Since|While|Although|Though|When|Following|Amid|Unlike)\b"
                             r"[^,;:“”\"]{1,160},\s+")

# An appositive set off by commas or dashes after a name; a number's thousands comma stays inside
# it (", whose union has 40,000 members,").
_APPOSITIVE = re.compile(r"^,(?:[^,“”\"]|(?<=\d),(?=\d{3}\b)){1,120},\s*|^\s*[—–][^—–“”\"]{1,120}[—–]\s*")

# A word of capitals right after a name, which may be an honour, a seat or a degree: "X CBE said".
_POSTNOMINAL = re.compile(r",?\s+([A-Z][A-Za-z]{1,4})\.?(?=[\s,])")


def _verb_at(text: str, at: int, end: int, any_verb: bool = False) -> bool:
    """Return True when a reporting or stance verb (any verb in lower case with `any_verb`) starts at `at`."""
    return bool(patterns().verb.match(text, at, end) or _STANCE.match(text, at, end) or _GAVE_WORD.match(text, at, end)
                or any_verb and re.match(r"[a-z]", text[at:at + 1]))


def _past_appositive(text: str, subject_end: int, end: int) -> int:
    """Return where the words after a clause's subject go on past what may stand between it and its
    verb: an appositive (set off by commas or dashes, listing places, or open up to the verb), the
    body the subject is of, an adverbial or "and others"."""
    rest = text[subject_end:end]
    if (comma := _COMMA_THEN_VERB.match(rest)) and not _titled_appositive(rest):
        return subject_end + comma.end()  # "X, has argued that": no appositive, the verb itself
    if (aside := _company_or_title_aside(rest)) is not None:
        return subject_end + aside
    if appositive := _APPOSITIVE.match(rest) or _OPEN_APPOSITIVE.match(rest):
        after = subject_end + appositive.end()
        which = _WHICH_CLAUSE.match(text, after, end)  # "X, head of Y, which owns Z, said": a clause of Y's
        return which.end() if which and appositive.group(0).startswith(",") else after
    if organization := OF_ORGANIZATION.match(rest):
        after = subject_end + organization.end()
        return after + len(text[after:end]) - len(text[after:end].lstrip())
    if adverbial := _ADVERBIAL_THEN_VERB.match(rest) or _AND_OTHERS.match(rest):
        return subject_end + adverbial.end()  # "X and some senators have argued": X holds the view too
    if (who := _WHO_WAS.match(rest)) and (verb := _verb_within(text, subject_end + who.end(), end)) >= 0:
        return verb  # "X who was in charge announced that": a clause of who X is, no comma around it
    return subject_end + len(rest) - len(rest.lstrip())


def _company_or_title_aside(rest: str) -> int | None:
    """Return how far an aside after a subject runs when it names who goes with them ("X,
    accompanied by Y, head of Z, and others, stated"), lists a title's places ("X, Director for the
    Baltics, Nordics, and Iberia at Y, said") or gives a title left open up to the verb ("X, CEO of
    the Y Company said,"); None for another aside."""
    if company := _COMPANY_APPOSITIVE.match(rest):
        return company.end()
    for pattern in (_LISTING_APPOSITIVE, _OPEN_TITLE):
        if (aside := pattern.match(rest)) and _has_title(aside.group(1)):
            return aside.end()
    return None


def _titled_appositive(rest: str) -> bool:
    """Return True when the words set off by commas after a subject end in a title, though the first
    is also a verb of saying: "X, state union general secretary, said" (not "X, stated the plan, ...")."""
    appositive = _APPOSITIVE.match(rest)
    words = re.findall(r"[\w-]+", appositive.group(0)) if appositive and appositive.group(0).startswith(",") else []
    return len(words) > 1 and words[-1].lower() in lexicon().titles


_WHO_WAS = re.compile(r"\s+who\s+(?:was|is|were|had\s+been|has\s+been)\s+")
MAX_WHO_WORDS = 6  # words of the longest clause "who was …" between a subject and its verb


def _verb_within(text: str, start: int, end: int) -> int:
    """Return where a reporting verb starts among the first MAX_WHO_WORDS words at text[start:],
    no comma or quotation before it, or -1."""
    for word in itertools.islice(re.finditer(r"\S+", text[start:end]), MAX_WHO_WORDS):
        if patterns().verb.match(text, start + word.start(), end):
            return start + word.start()
        if re.search(r"[,;:“”\"]", word.group(0)):
            return -1
    return -1


# Where the words someone chose for a thing end and the reporter's go on: a comma before a
# participle or a relative ("the largest breach in years, involving ...", "..., which ...").
_DESCRIBED_ENDS = re.compile(r",\s+(?=(?:[a-z]+ing|which|who|whose)\b)")

# The occasion of a remark set between commas after a subject's appositive: "speaking from the
# summit, ", "writing in the Harbour Times, ".
# When and where words were said, between an inverted frame's verb and its speaker: " on Monday,
# in a note to staff, " or " Friday , in a letter, ".
_INVERTED_OCCASION = re.compile(r"^\s*(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|yesterday\b|today\b)?\s*"
                                r"(?:,\s*(?:in|on|at|during|to)\s+[^,;:“”\"]{1,60}?,\s*|,\s*)?")
_OCCASION_ASIDE = re.compile(r"(?:speaking|writing|talking|addressing|appearing)\b[^,;“”\"]{1,80},\s*")

# A pronoun that is a clause's subject, after a conjunction or an opening adverbial ("And she
# warned", "On Monday, he said").
_PRONOUN_SUBJECT = re.compile(r"^(?:(?:And|But|Yet|So|Still|Then)\s+)?(?:[^,“”\"]{1,60},\s+)?(He|She|he|she)\b")

_POSSESSIVE = re.compile(r"[’'](?:s\b|(?=\s))")  # right after a name: "Brandt’s venue", "the Jones' house"

# A short aside in brackets right after a name: "(D-Ohio)", "(Labour)", "(retd)".
_ASIDE = re.compile(r"\s*\([^()“”\"]{1,40}\)")

# An appositive no comma closes, up to its verb: "X, the mayor of Y has announced that".
# An appositive whose role names a list of places or bodies, each after a comma and a capital:
# ", Director for the Baltics, Nordics, and Iberia at the Fund, ".
_LISTING_APPOSITIVE = re.compile(r"^,([^,“”\"]{1,80})(?:,\s+(?:and\s+)?[A-Z][^,“”\"]{0,80}){1,4},\s*")

_OPEN_APPOSITIVE = re.compile(r"^,\s+(?:the|a|an)\s+(?:(?!who\b|which\b|that\b|and\b(?!\s+[A-Z]))[^\s,;:“”\"()]+\s+){{1,10}}?"
                              r"(?=(?:has|had|have)\s+(?:{})\b|(?:said|says|told)\b)".format(
                                  alternation(form for form, kind in lexicon().verbs.items() if kind in ("say", "that"))))

# A title after the subject with no comma to close it, up to a verb of saying: ", CEO of the Y
# Company said".
_OPEN_TITLE = re.compile(r"^,\s+((?=[A-Z])(?:[^\s,;:“”\"()]+\s+){1,10}?)(?=(?:said|says|added|told)\b)")

# Who goes with the subject, set off by commas that it may hold, up to a verb of saying: "X,
# accompanied by Y, head of the Z, and other delegates, stated that".
_COMPANY_APPOSITIVE = re.compile(r"^,\s+(?:accompanied|flanked|joined|surrounded|escorted)\s+by\s+[^;:“”\"]{1,160}?,\s*"
                                 rf"(?=(?:{_SAID})\b)")

# A short phrase of time or place between a subject and its verb of saying ("X throughout the trial
# maintained", "X in her suit alleged"), which the verb comes after.
_ADVERBIAL_THEN_VERB = re.compile(
    r"^\s+(?:on|in|at|during|throughout|after|before|since|over|via|through)\s+(?:[^\s,;:“”\"()]+\s+){{1,4}}?"
    r"(?=(?:(?:has|had|have|also)\s+)*(?:{}|{})\b)".format(
        alternation(form for form, kind in lexicon().verbs.items() if kind in ("say", "that")), _STANCE.pattern))

@kept
def _any_participle() -> re.Pattern:
    """Return the pattern of a participle of any reporting verb opening a clause (", telling")."""
    return re.compile(r",\s+(?:and\s+)?(?:{})\b".format(alternation(
        form for form in lexicon().verbs if form.endswith("ing"))))


# A person named by a description of their post ("the Dutch official", "the finance minister"): an
# optional opening adverbial, a country word, up to two title words and a head noun, in lower case
# or capitalised as some presses write posts ("the Business Secretary"); or the body that owns the
# post, in place of "the" ("Harlow's chief executive", "Harlow's CEO").
_POST = (r"(?P<the>(?:[Tt]he\s+(?:(?P<country>[A-Z][\w'’-]+)\s+)?|(?P<owner>[A-Z][\w'-]+)[’']s\s+))"
         r"(?P<title>(?:[a-z-]+\s+|[A-Z][a-z-]+\s+){0,2}?)(?P<head>\d{1,3}-year-old|[a-z]+|[A-Z][a-z]+|[A-Z]{2,4})")


# The country a story is about, as the owner of a post ("the nation's president"): no name to check.
_NATION_POST = (r"(?P<the>[Tt]he\s+(?:country|nation)[’']s\s+)(?P<country>)(?P<owner>)"
                r"(?P<title>(?:[a-z-]+\s+){0,2}?)(?P<head>[a-z]+)")


@kept
def _according_posts() -> tuple[re.Pattern, re.Pattern]:
    """Return the patterns of a description of a post that "According to" opens a clause with, up
    to the comma after it ("the finance minister, ", "the nation's president, ")."""
    return re.compile(rf"{_POST},\s*"), re.compile(rf"{_NATION_POST},\s*")


@kept
def _descriptions() -> tuple[re.Pattern, re.Pattern]:
    """Return the patterns of a description of a post as a clause's subject ("Regarding X, the
    Dutch official said") and as the frame after a quotation ("” the finance minister said")."""
    verbs = alternations().verbs
    return (re.compile(rf"(?:[^,“”\"]{{1,60}},\s+)?{_POST}(?=\s+(?:has\s+|had\s+|also\s+)?(?:{verbs}|{_STANCES})\b)"),
            re.compile(rf"{_POST}\s+(?:{verbs})\b"))  # both read with match(), at a given start


# An age standing for a person: "the 43-year-old said", "said the 43-year-old".
_AGED = re.compile(r"\d{1,3}-year-old")
_AGED_AFTER = re.compile(r"\s+the\s+(?:[a-z]+\s+)?\d{1,3}-year-old\b")


def _former_post(description: re.Match) -> bool:
    """Return True when a description names a post its holder held before ("the former Velmora
    MP", "the ex-minister"), which names the person the sentence before it names."""
    return _names_post(description) and re.match(r"(?:former|ex-)", description.group("title") or description.group("head")) is not None


def _names_post(description: re.Match) -> bool:
    """Return True when a description's head noun names a post ("minister", "official")."""
    head = description.group("head").lower()
    return head in lexicon().post_nouns or head in lexicon().titles


def _country_fits(actor: Actor, country: str, general: bool) -> bool:
    """Return True unless the capitalised word of a description names a country that is not the
    actor's, or names none before a general noun (`general`: "the Ohio official" tells no post)."""
    place = lexicon().country_words.get(fold_text(country))
    if place is None:
        return not general  # a word of no country ("the Ohio senator", "the Labour leader") contradicts nothing
    return place == fold_text(actor.affiliation) or place in _countries_named(actor.role)


MAX_COUNTRY_WORDS = 3  # words of the longest name or adjective of a country ("Central African Republic")


@lru_cache(maxsize=1 << 10)
def _countries_named(role: str) -> frozenset[str]:
    """Return the countries a role's words name, by one of their words or a run of them ("Sri
    Lankan envoy": Sri Lanka), and the role's words themselves."""
    words, named = fold_text(role).split(), lexicon().country_words
    runs = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(i + MAX_COUNTRY_WORDS, len(words)) + 1))
    return frozenset(words) | {named[run] for run in runs if run in named}


def _fits(actor: Actor, description: re.Match, owner: bool = True) -> bool:
    """Return True when what a description says of a post agrees with the actor: its capitalised
    word, when it names a country, names the actor's (a general noun such as "official" needs a
    country), its owner, unless `owner` is False, stands in the actor's affiliation or role, and its
    title words stand in the actor's role."""
    head, (country, title_words) = description.group("head").lower(), _country_and_title(description)
    words = lexicon()
    if not _names_post(description):
        return False
    if owner and (body := description.group("owner")) and fold_text(body) not in fold_text(f"{actor.affiliation} {actor.role}").split():
        return False  # "Harlow's chief executive" is someone the sources tie to Harlow
    if country is not None and not _country_fits(actor, country, head in words.post_nouns):
        return False
    role = set().union(*(_SPELLED_OUT.get(word, {word}) for word in fold_text(actor.role).split()))
    if country is None and head in words.post_nouns and head not in role:
        return False  # "the official": a general noun fits only a role it stands in ("the executive", a CEO)
    title = set(fold_text(title_words + (head if head not in words.post_nouns else "")).split())
    title = set().union(*(_SPELLED_OUT.get(word, {word}) for word in title))  # "Boeing's CEO", "chief executive X"
    return title <= role and not (role & words.lesser_titles) - title  # "the president" is no vice president


def _country_and_title(description: re.Match) -> tuple[str | None, str]:
    """Return the country word of a description of a post and its title words, the country taking
    the capitalised title words that go on with its name ("the New Zealand leader": "New
    Zealand", not "New"); a capitalised word of a title is no country ("The Prime Minister")."""
    country, title = description.group("country"), description.group("title")
    words = title.split()
    for taken in range(min(len(words), MAX_COUNTRY_WORDS - 1), 0, -1):
        run = " ".join([country or "", *words[:taken]])
        if country and all(word[:1].isupper() for word in words[:taken]) and fold_text(run) in lexicon().country_words:
            return run, "".join(f"{word} " for word in words[taken:])
    if country and fold_text(country) not in lexicon().country_words and \
            (fold_text(country) in lexicon().role_words or fold_text(country) in lexicon().titles):
        return None, f"{country} {title}"  # "The Prime Minister", "The Finance Minister": a title in capitals
    return country, title


# Initials of posts, as the words they stand for: one post whichever way a source writes it.
_SPELLED_OUT = {"ceo": {"chief", "executive"}, "cfo": {"chief", "financial"}, "coo": {"chief", "operating"}}

# A word after which the people a sentence names keep its subject company and are not its object.
_COMPANY = re.compile(r"\b(?:by|with|alongside|including|among)\b")

# Where a clause may open inside a sentence: after a comma or semicolon, with or without "and".
# An absolute clause ("..., with X warning that ...") opens with "with" and a participle after X.
_CLAUSE_OPENING = re.compile(r"[,;][”\"]?\s+(?:(?:and|but|while|as|however|although|though|yet|(?P<absolute>with))\s+)?"
                             r"|\s(?:but|whereas|until|after|because|when|since|once|before)\s+|\b(?P<gerund>for|despite|without)\s+")

# A capitalised word opening a sentence or a clause, and the space after it.
_CAPITALISED_THEN_SPACE = re.compile(r"(?:^|(?<=,\s))([A-Z][\w’'-]+)(?:\s+[A-Z][\w’'.-]+){0,3}\s+")

# Whom a speaker told, when the reported words follow without "that": "told Reuters", "told the
# BBC", "told reporters", "told radio host X (in a call)".
_TOLD_WHOM = re.compile(r"^\s+(?:(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:host|anchor|presenter|interviewer|reporter|"
                        r"correspondent|broadcaster|podcaster)\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}"
                        r"(?:\s*\([^()]{1,60}\))?|(?:(?:the|his|her|their|its)\s+)?(?:(?!that\b)[a-z]+\s+)?(?:reporters|journalists|members|supporters|staff|workers|employees|"
                        r"investors|shareholders|analysts|voters|residents|fans|customers|clients|citizens|parents|"
                        r"students|viewers|listeners|readers|followers|colleagues|"
                        r"the\s+(?:court|jury|judge|committee|panel|inquiry|house|chamber|nation|country|public)|"
                        r"lawmakers|legislators|parliament|senators|delegates)|"
                        r"(?:those|the\s+delegates|the\s+leaders|the\s+crowd|the\s+audience|the\s+meeting|the\s+conference|the\s+gathering|the\s+forum|"
                        r"the\s+summit|the\s+assembly|(?:a|the|his|her|their)\s+(?:news\s+|press\s+)?(?:conference|briefing|hearing|rally))"
                        r"(?:\s+(?:gathered|present|assembled))?(?:\s+(?:in|at)\s+[A-Z][\w&.’'-]*)?)"
                        r"\s+(?=[a-z]|(?:(?<=reporters\s)|(?<=journalists\s))[A-Z])")  # "told reporters Harlow's plan ..."


_FRAME_OCCASION = re.compile(r"(?:in|on|at|to|from|during|after|via|through)\s+[^,;:]{1,40}")


def _only_occasion(draft: _Draft) -> bool:
    """Return True when a reported view's words are only the occasion of a frame ending in a colon
    ("X said in a statement on Friday:"): what was said follows the colon."""
    text = draft.paragraph.text
    return not draft.quote and text[draft.end:].lstrip().startswith(":") \
        and bool(_FRAME_OCCASION.fullmatch(text, draft.start, draft.end))


# A verb that gives a word of saying, and "that": "gave the council assurances that", "issued a
# warning that", "made a promise that", "offered guarantees that".
_GAVE_WORD = re.compile(r"(?:gave|gives|give|giving|offered|offers|issued|issues|made|makes|provided)\s+"
                        r"(?:(?:the|a|an|his|her|their|its|our|[a-z]+ly)\s+)?(?:[a-z-]+\s+){0,2}?"
                        r"(?:assurances?|reassurances?|promises?|pledges?|warnings?|guarantees?|undertakings?|commitments?)"
                        r"\s+that\s+")

# A word for what someone holds, then its that-clause, as the object of a reporting verb
# ("reiterated her group's stance that", "repeated the board's position that").
_POSITION_THAT = re.compile(r"\s+(?:(?:his|her|their|its|our|the|a|an)\s+)?(?:[\w’'-]+\s+){0,2}?"
                            r"(?:stance|position|view|belief|claim|assertion|argument|insistence|conviction|contention)"
                            r"\s+that\b")

_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|what)\s+$")


@kept
def _said_then() -> re.Pattern:
    """Return the pattern of what stands between the speaker of a relative clause and the quotation
    it leads to: a reporting verb and up to three words ("said required ", "says is ")."""
    return re.compile(rf"\s+(?:{alternations().says})(?:\s+[\w’'-]+){{0,3}}\s*")


@kept
def _block_frame() -> re.Pattern:
    """Return the pattern of the end of a frame set above a block of someone's words: a reporting
    verb (not a participle), perhaps "told" and whom, a few words of the occasion ("in a statement
    on Friday", "to reporters"), then the colon."""
    verbs = alternation([form for form in lexicon().verbs if not form.endswith("ing")])
    return re.compile(rf"\b(?:{verbs}|told\s+[\w\s]{{1,30}}?)(?:\s+{_FRAME_OCCASION.pattern})?\s*:$")


def _label(paragraph: _Paragraph, index: int) -> str | None:
    """Return the person a sentence names when it is only a label set above their words, as
    transcripts and video pages set them: a name and the colon, perhaps after a role in capitals
    ("Harbour Bank Chair Ines Carrow:"), no verb."""
    start, end = paragraph.starts[index], paragraph.sentence_end(index)
    named = [span for span in paragraph.people if start <= span.start < end]
    if len(named) != 1 or paragraph.text[named[0].end:end].strip() != ":":
        return None
    words = paragraph.text[start:named[0].start].split()
    role = all(word[0].isupper() or word in _LABEL_WORDS or word.lower() in lexicon().titles for word in words)
    return named[0].name if role and len(words) <= MAX_LABEL_WORDS else None


MAX_LABEL_WORDS = 6  # words of a role before the name in a label
_LABEL_WORDS = frozenset({"of", "the", "for", "and", "de", "du"})


MAX_PARAGRAPHS_KEPT = 1 << 12  # paragraphs whose quotations are kept


@lru_cache(maxsize=MAX_PARAGRAPHS_KEPT)
def _quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Return the (start, end) of the words inside each quotation of a paragraph; a quotation left
    open runs to the paragraph's end, as news prints a quotation that goes on in the next one.
    Kept for each text: the readers of a paragraph ask for its quotations again and again.

    A paragraph without double quotation marks may quote in single ones ('A,' she said); an
    apostrophe ("it's", "farmers' union") neither opens nor closes such a quotation."""
    if (marked_otherwise := _spans_marked_otherwise(text)) is not None:
        return marked_otherwise
    spans, opened = [], None
    for match in _QUOTATION_MARK.finditer(text):
        mark = match.group(0)
        if opened is None and (mark in "“\"«" or _closer_as_opener(text, match)):
            opened = match.end()
        elif opened is not None and (mark in "”\"»" or _OPENER_AS_CLOSER.match(text, match.start())):
            if not text[opened:match.start()].strip() and text[match.end():match.end() + 1].isalpha():
                opened = match.end()  # "“”I am grateful …”": a mark doubled by mistake still opens it
                continue
            if text[opened:match.start()].strip():
                spans.append((opened, match.start()))
            opened = None
    if opened is not None and text[opened:].strip():
        spans.append(_left_open(text, opened))
    return tuple(spans)


def _left_open(text: str, opened: int) -> tuple[int, int]:
    """Return the span of a quotation a double mark opens at `opened` and none closes: to a single
    mark that closes it by mistake before its frame ("“A, and B,' said X"), else to the paragraph's end."""
    closer = _SINGLE_CLOSER_BEFORE_FRAME.search(text, opened)
    return (opened, closer.start()) if closer else (opened, len(text.rstrip()))


def _closer_as_opener(text: str, mark: re.Match) -> bool:
    """Return True when a closing mark opens a paragraph right before a word ("”With our plan, …,”
    he said"): a slip of typesetting that opens the quotation all the same."""
    return mark.group(0) == "”" and not text[:mark.start()].strip() and text[mark.end():mark.end() + 1].isalpha()


# The frame of a quotation that ends in a participle of saying before the next one ("”, she told
# the radio, adding, “"): the speaker goes on.
_GOES_ON = re.compile(rf"[”\"][^“”\".!?]{{0,80}}\b(?:{_SAYING}|(?:and|but)\s+(?:then\s+|also\s+)?(?:{_SAID}))\s*[,:]?\s*$")

MAX_RUN_ON = 4  # paragraphs after an open quotation that may still name its speaker
MAX_PULL_QUOTE = 10  # words of the longest quotation a page sets alone as a heading
MIN_CUT_QUOTE = 3  # words a quotation cut off by the end of the text must hold to be a view


def _pull_quote(text: str, start: int, end: int) -> bool:
    """Return True when the quotation text[start:end] is a paragraph of its own with no sentence
    mark (a pull quote set as a subheading: "“Crimes against the islands”"), or is left open by
    the end of the text after a word or two ("… is seeing “the wor"): no remark to attribute."""
    words = text[start:end].split()
    closed = end < len(text) and text[end] in "”\"»"
    alone = closed and not text[:start - 1].strip() and not text[end + 1:].strip()
    if alone and len(words) <= MAX_PULL_QUOTE and not re.search(r"[.!?,;:…]", text[start:end]):
        return True
    return end >= len(text.rstrip()) and text.rstrip()[-1:] not in "”\"»" and len(words) < MIN_CUT_QUOTE


def _no_remark(text: str, start: int, end: int) -> bool:
    """Return True when the quotation text[start:end] holds nobody's remark: a choice ('voted
    "yes"'), a name someone goes by ('dubbed the “Father of the Port”'), a programme's name ('said
    on “The Harbour Hour”'), a pull quote or a cut-off word."""
    return bool(_CHOICE_BEFORE.search(text, max(0, start - 30), max(0, start - 1))) \
        or bool(_NAMED_BEFORE.search(text, max(0, start - 30), max(0, start - 1))) \
        or quoted_title(text, start, end) or _pull_quote(text, start, end)


# Words of naming right before a quotation make it a name someone goes by, not a remark
# ('often dubbed the “Father of the Port”', 'the so-called “harbour tax”').
_NAMED_BEFORE = re.compile(r"\b(?:dubbed|nicknamed|known\s+as|billed\s+as|so-called)\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)

# A single closing mark after the last words of a quotation a double mark opened, then its frame
# ("“A, and B,’ said X", "“A.’ he said"): a slip of typesetting that closes the quotation all the same.
def _closer_before_frame(marks: str) -> re.Pattern:
    """Return the pattern of a closing mark of `marks` after the last words of a quotation and the
    punctuation that ends them, then a frame of saying: "said X", "X said", "Mr X further remarked"."""
    said = alternation(form for form, kind in lexicon().verbs.items() if kind == "say" and not form.endswith("ing"))
    return re.compile(rf"(?<=[,.!?…])[{marks}](?=\s+(?:(?:{said})\b|(?:he|she|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})"
                      rf"\s+(?:[a-z]+\s+)?(?:{said})\b))")


_SINGLE_CLOSER_BEFORE_FRAME = _closer_before_frame("'’")

def _spans_marked_otherwise(text: str) -> tuple[tuple[int, int], ...] | None:
    """Return the quotations of a paragraph that quotes in single marks, or that prints only a
    quotation's closing mark (see `_unopened`); None for a paragraph of pairs of double marks."""
    if not _QUOTATION_MARK.search(text) and _SINGLE_OPEN.search(text):
        return tuple(_single_quote_spans(text))
    unopened = _unopened(text)
    return None if unopened is None else (unopened,)


def _unopened(text: str) -> tuple[int, int] | None:
    """Return the span of the one quotation of a paragraph that prints only its closing mark, with
    the frame right after it ("A. B,” Mr X further remarked."): its opening mark was lost, and the
    quotation runs from the paragraph's start. None for any other paragraph."""
    marks = _QUOTATION_MARK.findall(text)
    if marks != ["”"] or not (closer := _CLOSER_BEFORE_FRAME.search(text)):
        return None
    return len(text) - len(text.lstrip()), closer.start()


# A closing double mark after the last words of a quotation, then its frame (see `_unopened`).
_CLOSER_BEFORE_FRAME = _closer_before_frame("”")

# A verb of choosing right before a quotation makes it the choice, not a remark ('voted "yes"').
_CHOICE_BEFORE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|answer(?:s|ed)?|tick(?:s|ed)?|cho(?:se|ose|oses))\s+$", re.IGNORECASE)

# Some sources (often translations) close a quotation with an opening mark: "“A“, said X", even
# with no space before the frame ("“A“said X").
_OPENER_AS_CLOSER = re.compile(r"“(?=[\s,.;:!?)]|$|(?:{})\b)".format(
    alternation(form for form, kind in lexicon().verbs.items() if kind == "say")))

# A single quotation mark opens a quotation after a space, bracket or dash and before a letter; it
# closes one after punctuation, or before punctuation or a space when it does not end a plural "s'".
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–]))['‘](?=[^\W\d_])")
_SINGLE_CLOSE = re.compile(r"(?<=[,.!?…])['’]|(?<=[^\s,.!?…])['’](?=[,.;:!?)—–]|$)|(?<=[^\ss,.!?…])['’](?=\s)")


def _single_quote_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of the quotations a paragraph prints in single quotation marks; one opened
    at the paragraph's start or after a colon ("said: ‘A.") and left open runs to its end, as a
    quotation that goes on in the next paragraph does; one opened elsewhere is dropped."""
    spans, position = [], 0
    while opening := _SINGLE_OPEN.search(text, position):
        closing = _SINGLE_CLOSE.search(text, opening.end() + 1)
        if closing is None:
            if opening.start() == 0 or text[:opening.start()].rstrip().endswith(":"):
                spans.append((opening.end(), len(text.rstrip())))
            break
        if text[opening.end():closing.start()].strip():
            spans.append((opening.end(), closing.start()))
        position = closing.end()
    return spans


def _clause_before(text: str, start: int, name_start: int) -> re.Match | None:
    """Return the opening of the clause a name at `name_start` is the subject of (", and", "; while"),
    when nothing but a title or role stands between them."""
    clause = max(_CLAUSE_OPENING.finditer(text, start, name_start), key=lambda m: m.end(), default=None)
    words = text[clause.end():name_start] if clause else ""
    if clause is None or _DOUBLE_QUOTE.search(words) or not _leads_to_name(words):
        return None
    return clause


_PROXY = re.compile(rf"\b(?i:{alternation(load('proxy_posts.txt'))})\s+(?:for|of|to)\s")


@lru_cache(maxsize=1 << 12)
def _leads_to_name(words: str) -> bool:
    """Return True when `words` may stand before a speaker's name as their title or role ("Finance
    Minister", "the Governor of the Bank of"), and not make the name the object of someone else's
    role ("a spokesman for X", "critics of X", "supporters of Minister X", "criticism from Senator X")
    (once for each text: the same few words stand before many names)."""
    if not patterns().gap.match(words) or re.match(r"\s*(?:which|that|what|whom|whose)\b", words):
        return False  # "which Governor X called for": X is the object of a relative clause, not a subject
    if re.search(r"\b(?:of|for|to|with|by|from|and)\s+(?:the\s+)?$", words) or _PROXY.search(words):
        return False  # "a spokesperson for Governor X": the words are the spokesperson's
    lex = lexicon()
    for joined in re.finditer(r"([\w’'-]+)\s+(?:of|for|from|by|with|against|to)\s", words):
        word = joined.group(1).lower()
        if word not in lex.titles and word not in lex.role_words and word not in lex.org_words:
            return False
    last = re.search(r"\b(?:of|for|from|by|with|to)\s+(?:the\s+)?((?:[\w’'.-]+\s+)+)$", words)
    return not (last and all(word.lower() in lex.titles or word.lower() in lex.lesser_titles
                             for word in last.group(1).split()))  # "a spokesman for Mayor X": the title is X's


_LAST_WORD = re.compile(r"(\w+)$")  # the word that ends a text


def _ends_with_suffix(text: str) -> bool:
    """Return True when text ends with a generational suffix of a name ("... Jr", "... Snr")."""
    last = _LAST_WORD.search(text)
    return bool(last) and last.group(1).lower() in lexicon().name_suffixes


def _has_title(phrase: str) -> bool:
    """Return True when a phrase holds a role word ("head of emergency medicine at X")."""
    return any(word.lower() in lexicon().titles for word in re.findall(r"[\w-]+", phrase))


@lru_cache(maxsize=1 << 12)
def _gender(name: str) -> str:
    """Return the gender a person's given name implies ("" when unknown); once for each name, which
    every source's reader asks of every person."""
    first = name.split()[0].lower() if len(name.split()) > 1 else ""
    return lexicon().first_names.get(first, "")


def _direct(words: str) -> bool:
    """Return True when words framed after, without quotation marks, speak in the first person ("We
    will win, X said.", "[W]e ..."): a quotation whose marks the page lost, not a paraphrase."""
    return not re.search(r"[“”\"«»]", words) and bool(_FIRST_PERSON.search(re.sub(r"\[(\w)\]", r"\1", words)))


_I_OPENING = re.compile(r"\s*I(?:\s+[a-z]|[’'](?:m|ve|d|ll)\b)")  # "I think", "I’ve decided"
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|[Mm]y|me|I(?=\s+[a-z]|[’']))\b")


_QUOTE_MARK = re.compile(r"[“”\"«»‘’']")  # any quotation mark or apostrophe


def _unquoted(text: str) -> str:
    """Return text without the quotations it holds, marks included."""
    kept, position = [], 0
    for start, end in _quote_spans(text):
        kept.append(text[position:start])
        position = end
    return _QUOTE_MARK.sub(" ", " ".join(kept + [text[position:]]))


def _unabsorbed(drafts: list[_Draft]) -> list[_Draft]:
    """Return the drafts but the quotations that stand inside a reported view of the same speaker
    ("X said the plan “would fail”"): the reported view already carries them."""
    reported = [d for d in drafts if not d.quote]
    return [d for d in drafts if not d.quote or not any(
        r.speaker == d.speaker and r.paragraph is d.paragraph and r.start <= d.start and d.end <= r.end
        for r in reported)]


# --- the public function -------------------------------------------------------------------------


def find_views(corpus: Corpus, actors: list[Actor], mentions: list[Mention]) -> list[View]:
    """Return the views of the people a corpus names: their quotations (quote=True, text verbatim
    from the cited sentences) and the views reported of them, in corpus order."""
    people = {actor.name: actor for actor in actors if actor.kind == "person"}
    by_source: dict[str, dict[str, list[Mention]]] = {source.id: {} for source in corpus.sources}
    for mention in mentions:
        by_source.setdefault(mention.cite.split(":")[0], {}).setdefault(mention.cite, []).append(mention)
    found = in_order(partial(_source_views, people=people), [(source, by_source[source.id]) for source in corpus.sources])
    return [view for views in found for view in views]


def _source_views(source_and_mentions: tuple[Source, dict[str, list[Mention]]], people: dict[str, Actor]) -> list[View]:
    """Return the views one source gives, in its order, from its mentions by cite (one source's
    share of `find_views`, which worker processes may take)."""
    source, by_cite = source_and_mentions
    reader = _Reader(_paragraphs(source, by_cite, people), people)
    for p_index in range(len(reader.paragraphs)):
        reader.quotations(p_index)
        reader.reported(p_index)
    posts = (_signed_posts(source, reader.paragraphs, people) + _signed_lines(source, reader.paragraphs, people)
             + _headed_letters(reader.paragraphs, people))
    reader.drafts = [d for d in reader.drafts if all(d.paragraph is not post.paragraph for post in posts)] + posts
    order = {id(p): i for i, p in enumerate(reader.paragraphs)}
    drafts = sorted(_unabsorbed(reader.drafts), key=lambda d: (order[id(d.paragraph)], d.start))
    return list(_once(draft.view(people) for draft in drafts))


def _signed_posts(source: Source, paragraphs: list[_Paragraph], people: dict[str, Actor]) -> list[_Draft]:
    """Return the posts a source embeds, each a quotation of the person its signature line names."""
    drafts = []
    for signature, last, cut in signed_posts(source):
        speaker = signer(signature.group("name"), people)
        post = next((p for p in paragraphs if p.sentences[-1] is last), None)
        if speaker is not None and post is not None:
            drafts.append(_Draft(speaker, post, 0, post.starts[-1] + cut, True))
    return drafts


# A line set alone under a paragraph that signs it with a name and a title ("X, Union Treasurer"),
# with more text after it (a byline closes a page).
_SIGNATURE_LINE = re.compile(r"[ \t]*\n\s*(?:[—–-]\s*)?(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),[ \t]+"
                             r"(?P<role>[^\n.!?“”\"]{2,80}?)[ \t]*\n\s*\S")
MAX_SIGNED_WORDS = 60  # words of the longest paragraph a signature line may set off as a quotation


def _signed_lines(source: Source, paragraphs: list[_Paragraph], people: dict[str, Actor]) -> list[_Draft]:
    """Return the paragraphs a page signs on the line after with a person's name and title, each
    a quotation of that person, when the paragraph is one short sentence that names no one."""
    drafts = []
    for paragraph in paragraphs:
        line = _SIGNATURE_LINE.match(source.text, paragraph.sentences[-1].end)
        if line is None or paragraph.people or len(paragraph.sentences) > 1 \
                or len(paragraph.text.split()) > MAX_SIGNED_WORDS or not head_title(line.group("role")):
            continue  # a pull quote is one sentence set alone; a longer paragraph is the story's own
        if (speaker := signer(line.group("name"), people)) is not None:
            drafts.append(_Draft(speaker, paragraph, 0, len(paragraph.text), True))
    return drafts


# A subheading that names what follows as someone's letter or statement, after their name: "X Writes
# Open Letter to Fans", "X Issues Statement", "X's Full Statement".
_LETTER_CUE = re.compile(r"(?i:(?:writes|wrote|pens|penned|issues|issued|sends|sent|shares|shared|publishes|published"
                         r"|releases|released)\s+(?:an?\s+|his\s+|her\s+|their\s+)?)?(?i:(?:open|full|farewell)\s+)?"
                         r"(?i:letter|statement|message)\b")
LETTER_NAME_WORDS = 4  # words of the longest name a subheading may open with


def _headed_letters(paragraphs: list[_Paragraph], people: dict[str, Actor]) -> list[_Draft]:
    """Return the paragraphs under a subheading that names someone's letter or statement ("X Writes
    Open Letter to Fans"), each a quotation of that person: those that open with a quotation mark,
    from the first under the subheading until one that does not."""
    drafts, heading, writer = [], "", None
    for paragraph in paragraphs:
        if paragraph.sentences[0].heading != heading:
            heading = paragraph.sentences[0].heading
            writer = _letter_writer(heading, people)
        if writer is None or paragraph.text.lstrip()[:1] not in "“\"":
            writer = None  # the letter ends where the story's own words resume
            continue
        spans = _quote_spans(paragraph.text) or ((paragraph.text.index(paragraph.text.lstrip()[0]) + 1, len(paragraph.text)),)
        drafts.append(_Draft(writer, paragraph, spans[0][0], spans[-1][1], True))
    return drafts


def _letter_writer(heading: str, people: dict[str, Actor]) -> str | None:
    """Return the person whose letter or statement a subheading announces, or None."""
    words = heading.split()
    for length in range(min(LETTER_NAME_WORDS, len(words) - 1), 0, -1):
        name = re.sub(r"['’]s$", "", " ".join(words[:length]))
        if _LETTER_CUE.match(" ".join(words[length:])) and (speaker := signer(name, people)) is not None:
            return speaker
    return None


def _once(views) -> list[View]:
    """Return a source's views with a view it repeats word for word (a quotation printed in the
    text and again in a caption or a summary) given once, citing every place it stands; and a
    quotation whose words a longer one of the same speaker holds (the opening of a remark printed
    again above the story) given as that longer one, which cites both places."""
    kept: dict[tuple, View] = {}
    for view in views:
        key = (view.speaker, view.quote, _words_of(view.text))
        if key in kept:
            kept[key] = _citing_too(kept[key], view)
        else:
            kept[key] = view
    for key in sorted(kept, key=lambda key: len(key[2])):  # the shortest first: a part joins the whole it is part of
        speaker, quote, words = key
        holder = next((other for other in kept if quote and other[1] and other[0] == speaker
                       and len(other[2]) > len(words) and f" {words} " in f" {other[2]} "), None)
        if holder is not None:
            kept[holder] = _citing_too(kept[holder], kept.pop(key))
    return list(kept.values())


@lru_cache(maxsize=1 << 14)
def _words_of(text: str) -> str:
    """Return the lower-case words of a text, spaced: the form two views are compared in."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _citing_too(view: View, other: View) -> View:
    """Return `view` citing the sentences of `other` too, its own first."""
    return view.model_copy(update={"cite": view.cite + [c for c in other.cite if c not in view.cite]})
