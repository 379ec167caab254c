"""What every part of the draft reads the same way: where a source names an actor, which
sentences are credit lines, what kind of view a role gives, and the organization after a name.

The parts (names, views, money, summary, conflicts) share these and nothing else of each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from ..corpus import Sentence, Source, is_caption
from ..corpus.layout import SPACE_RUN
from ..corpus.sentences import POST_SIGNATURE
from ..items import Actor
from ..text import CAPITALISED, TERM, alternation, lexicon

# "of the Nordic Maritime Institute": the organization a name is given with, between name and verb.
# A possessive may join two of its words ("of Ostland's Department of Trade"), and "and" two words
# after "of" or "for" ("Department of Trade and Cooperation").
_CAPITALS = rf"(?:the\s+)?{CAPITALISED}(?:\s+(?:the\s+)?{CAPITALISED})*"
OF_ORGANIZATION_PATTERN = (rf"\s+(?:of|at|from)\s+{_CAPITALS}(?:[’']s\s+{_CAPITALS})?"
                           rf"(?:\s+(?:of|for)\s+{_CAPITALS}(?:\s+and\s+{_CAPITALS})?)*")
OF_ORGANIZATION = re.compile(OF_ORGANIZATION_PATTERN)


class Alternations(NamedTuple):
    """The word lists people are named and quoted with, as regex alternations (longest first)."""

    titles: str  # role words that head a role ("minister", "professor")
    role_words: str  # words that qualify a title ("deputy", "foreign")
    verbs: str  # every reporting verb form
    says: str  # the verbs that report speech ("said", "says", "told")
    views: str  # the verbs that report a view, frames such as "announced" aside


@cache
def alternations() -> Alternations:
    """Return the alternations of titles, role words and reporting verbs, built once for every part."""
    lex = lexicon()
    return Alternations(
        titles=alternation(lex.titles),
        role_words=alternation(lex.role_words),
        verbs=alternation(lex.verbs),
        says=alternation(form for form, kind in lex.verbs.items() if kind in ("say", "that")),
        views=alternation(form for form, kind in lex.verbs.items() if kind != "frame"),
    )


@dataclass(frozen=True, slots=True)
class Mention:
    """One place a source names an actor: the words it used, and the role it gave them there.

    `name` is the actor's canonical name (as in the outline), `surface` the name as written in
    the sentence ("Okafor", "the minister"), `role` and `affiliation` what that sentence says of
    them ("" when it says nothing), `cite` the sentence ("S1:2").
    """

    name: str
    surface: str
    cite: str
    role: str = ""
    affiliation: str = ""

    @property
    def source_id(self) -> str:
        """Return the id of the source the mention stands in."""
        return self.cite.partition(":")[0]


class Cast(NamedTuple):
    """The actors of a corpus and one mention per sentence that names each: what the names part
    hands the views and the conflicts."""

    actors: list[Actor]
    mentions: list[Mention]


# The credit lines of an article name its reporters, editors and photographers, who are not actors
# of the event: "By A and B", "by A and the news desk", "(Reporting by A; Editing by B)", "Posted by
# A", "A contributed reporting.", a photo's "(A/Agency)" or "AGENCY/A, B" (not two bodies' initials,
# "the ABC/DEF alliance").
_CREDIT = re.compile(
    # after a date: "Nov. 23, 2024 By A, Agency" (each word taken whole, *+: a word that could be
    # cut anywhere made a sentence that is not a credit take minutes to fail)
    r"^(?:[^\n]{0,30}\d[^\n]{0,20}?\s)?(?:[-–—]\s*)?(?:By|BY)\s+(?:[^\W\d_][\w’'.-]*+|,|\s)+$"
    r"|^by\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:\s*(?:,|and|&)\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)*"
    r"|\([A-Z][^()/\n]{1,60}/\s*[A-Z][^()\n]{1,60}\)"
    # a photo credit outside brackets: "THE DAILY STAR/A, B and C", "AP Photo/A", "Photograph: A/Agency"
    r"|\b(?:Photograph|Photo|Picture|Image|Credit)s?\s*:\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s*/"
    r"|(?:\b[A-Z][A-Z.&' ]{0,40}[A-Z.]|\b[A-Z][\w.&'-]*\s+(?:Photos?|Images|Pictures|Pool))\s*/\s*"
    r"(?=[A-Z][a-z’'])[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:\s*(?:,|and|&)\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)*"
    r"|\(?\b(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Pp]osted|[Ff]act-checked)\s+by\b[^)]*\)?"
    r"|(?:^|(?<=[.)]\s))[—–-]?\s*[^.]*\bcontributed\s+(?:reporting|to\s+this\s+(?:report|article|story))")


MAX_WORK_WORDS = 8  # words of the longest title of a work a source may quote ("“The Harbour Hour”")


_CLOSING_MARK = re.compile(r"[.,;:!?…]$")  # a stop or a mark that closes a word


def quoted_title(text: str, start: int, end: int) -> bool:
    """Return True when text[start:end] is the whole of a quotation of two to MAX_WORK_WORDS
    words in Title Case with no closing punctuation: the name of a work or a programme ("said on
    “The Harbour Hour” last week"), neither speech nor a person."""
    if not (start > 0 and text[start - 1] in "“\"" and text[end:end + 1] in "”\""):
        return False
    words = text[start:end].split()
    minor = lexicon().minor_words
    closed = not _CLOSING_MARK.search(words[-1]) if words else False
    named = _WORK_BEFORE.search(text, max(0, start - 30), start - 1) is not None and re.search(r"[.,]$", words[-1])
    return 2 <= len(words) <= MAX_WORK_WORDS and words[0][:1].isupper() and bool(closed or named) \
        and all(word[:1].isupper() or word.lower() in minor for word in words)


# What a work's name follows, where a full stop or comma may close it inside its quotation marks
# ('said on the station’s “Money Hour.”', 'in a podcast titled “Safe Harbour,”').
_WORK_BEFORE = re.compile(r"(?:['’]s|\b(?:on|in|to|at|from|titled|entitled|called|named))\s+$")


# A photo's credit closing a caption, the photographer before the agency ("… on Jan. 17.Ada Lund/The
# Harbour Press", "File photo by The Harbour Press/Ada Lund").
_CREDIT_END = re.compile(r"(?:^|(?<=[\s.]))[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}/(?:The\s+)?[A-Z][\w’'&-]*"
                         r"(?:\s+[A-Z][\w’'&-]*){0,3}\s*$")


# A picture's credit as some pages set it under a caption, the agencies a slash joins ("Source:
# Harbour Press / Ada Roske", "Source: Harbour Press, Norden Images / Ada Roske").
_SOURCE_CREDIT = re.compile(r"(?:^|(?<=[\s.]))Source:\s+[A-Z][\w’'&.-]*(?:(?:\s+|\s*,\s*)[A-Z][\w’'&.-]*)*"
                            r"\s*/\s*[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*\s*$")


def ends_a_caption(text: str) -> bool:
    """Return True when a sentence is a photo's caption or credit, or ends with a photographer's
    credit: the paragraph it closes is a caption, whose people are in a picture, not in the event."""
    if is_caption(text):
        return True
    return "/" in text and (_CREDIT_END.search(text) is not None or _SOURCE_CREDIT.search(text) is not None)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of a sentence that are credit lines, or the whole sentence when it is a
    photo caption (the people it names are in a picture, not in the event)."""
    if is_caption(text):
        return [(0, len(text))]
    if "by" not in text and "By" not in text and "BY" not in text and "contributed" not in text and "/" not in text:
        return []  # the credit pattern is slow to fail; most sentences have none of its words
    return [match.span() for match in _CREDIT.finditer(text)]



@lru_cache(maxsize=1 << 14)
def head_title(role: str) -> str:
    """Return the title word a role phrase is headed by: the last one before any preposition
    ("strategic advisor to President X" -> "advisor", "chief executive" -> "executive")."""
    head = re.split(r"\s(?:of|for|to|at|in|on|with|from)\s", role, maxsplit=1)[0]
    titles = [w.lower() for w in re.findall(r"[\w-]+", head) if w.lower() in lexicon().titles]
    return titles[-1] if titles else ""


@lru_cache(maxsize=1 << 14)
def role_kind(role: str, affiliation: str = "") -> str:
    """Return what a view by the holder of `role` counts as: expert, official or other.

    The first title word decides ("adviser" -> official, "professor" -> expert); a role the titles
    leave as "other" is expert when it or the affiliation names a place of research ("director of
    the Europe Programme", "fellow at the X Institute"); an official's title held at a body outside
    government is "other" ("spokesperson for the Dockworkers Union").
    """
    head = head_title(role)
    kind = lexicon().titles.get(head, "other") if head else "other"
    words = {word.lower().rstrip(".") for word in TERM.findall(f"{role} {affiliation}")}
    if kind == "official" and words & lexicon().civil_words:
        return "other"
    if kind == "other" and words & lexicon().research_words:
        return "expert"
    return kind


# --- posts ----------------------------------------------------------------------------------------


class SignedPost(NamedTuple):
    """A post a source embeds: its signature line, the sentence of the post the reader closed with
    that line, and where in that sentence's text the line begins."""

    signature: re.Match
    last: Sentence
    cut: int


def signed_posts(source: Source) -> list[SignedPost]:
    """Return the posts a source's text embeds, each closed by a signature line that gives the name
    (`signature.group("name")`) and the day the post went out as the line writes it ("when")."""
    posts = []
    for signature in POST_SIGNATURE.finditer(source.text) if "(@" in source.text else ():
        last = next((s for s in source.sentences if s.start <= signature.start() < s.end), None)
        cut = last.text.rfind(SPACE_RUN.sub(" ", signature.group(0).strip())) if last is not None else -1
        if last is not None and cut > 0:
            posts.append(SignedPost(signature, last, cut))
    return posts


def signer(name: str, people: dict[str, Actor]) -> str | None:
    """Return the one person a post's signature names, by their name or an alias, middle initials aside."""
    written = {name.strip(), re.sub(r"\s+[A-Z]\.(?=\s)", "", name.strip())}
    found = {actor.name for actor in people.values() if written & {actor.name, *actor.aliases}}
    return found.pop() if len(found) == 1 else None

