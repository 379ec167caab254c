"""People, organizations and countries a corpus names, each with every sentence that names them.

A person is recognised from context, never from a list of known people: a title before the name
("Finance Minister X", "defence analyst X"), an appositive after it ("X, a professor at Y,"), a
reporting verb ("X said", "said X", "according to X") or a common given name. Capitalised words
without such evidence (sentence openers, places, headline fragments, program names) stay out.

Mentions of one person are merged across sources and spellings: names are compared after folding
diacritics and common transliteration variants (Petrovsky / Petrovskyj / Petrovskiy), a longer form
absorbs its own tail ("Lloyd Webber" in "Andrew Lloyd Webber"), and a surname alone joins a person
only when exactly one known person has that surname in its source, or failing that, in the corpus.
Two different given names with one surname stay two people.

Word lists and tables live in `report/text/data/`; nothing here knows any particular event.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cache, cached_property, lru_cache, partial

from ..corpus import Corpus, Sentence, Source
from ..items import Actor, View
from ..regexcache import kept
from ..text import BEFORE_FIRST_WORD, CAPITALISED, DASH, LETTERS, PARTICLES, POST_ONCE, TERM, UPPER, alternation, diacritics, fold_name, fold_text, initial_sound, lexicon, load, name_key, short_forms
from ..workers import in_order
from .mentions import OF_ORGANIZATION, OF_ORGANIZATION_PATTERN, Cast, Mention, alternations, credit_spans, ends_a_caption, head_title, quoted_title

# --- patterns ------------------------------------------------------------------------------------

HEADLINE_WORDS = 4  # a sentence this long, or longer, in Title Case reads as a headline
_DASHES = re.compile(DASH)
# A capitalised name word, with inner apostrophes ("O’Neill", "Ng’ang’a", not "Lund’s" or "Lund’ll")
# and any dash as its hyphen; a modifier's ending after the dash ("Lenz-led"), or an acronym a dash
# without spaces sets off ("Vell–CEO of X"), is not part of it.
_COMPOUND = alternation(load("compound_endings.txt"))
_NAME_WORD = rf"[{UPPER}][^\W\d_]*(?:[’'](?![sdmt]\b|ll\b|re\b|ve\b)[^\W\d_]+|{DASH}(?!(?:{_COMPOUND})\b|[{UPPER}]{{2,}}\b)[^\W\d_]+)*"
# Initials before a name, with or without a space between them ("J. R. Tolkien", "K.T. Ormsby").
_INITIALS = rf"(?:[{UPPER}]\.){{2,3}}"
_INITIAL = rf"(?<![\w.])(?:{_INITIALS}|[{UPPER}]\.)(?=\s+[{UPPER}])"
_PARTICLE = rf"(?:{'|'.join(PARTICLES)})"
# A particle joins the next word with a space or a dash ("de la Roca", "al-Tariqi").
_PARTICLES = rf"(?:{_PARTICLE}(?:\s+|{DASH}(?=[{UPPER}])))"
_JOIN = rf"\s+(?:(?:of|for)\s+(?:the\s+)?|{_PARTICLES}{{1,3}}|\([^()\n]{{1,40}}\)\s+)?"
_DOTTED = r"(?:Mr|Mrs|Ms|Dr|Prof|Rev|Gen|Lt|Col|Sens?|Reps?|Gov|Maj|Adm|Capt|Sgt|Brig|Cmdr|Amb|Supt|Cllr|Ald|Smt|Comr)\."
_WORD = rf"(?:{_DOTTED}|{_INITIAL}|{_NAME_WORD})"
# A run may open with lower-case particles when a surname stands alone ("van der Meer said").
_RUN = re.compile(rf"(?<![\w’'\-]){_PARTICLES}{{0,3}}{_WORD}(?:{_JOIN}{_WORD})*")
# A particle dashed to its surname is a word of its own, dash kept ("Al-" of "Al-Tariqi").
_DASHED_PARTICLE = rf"(?i:{_PARTICLE}){DASH}(?=[{UPPER}])"
_TOKEN = re.compile(rf"\([^()]*\)|{_DOTTED}|{_INITIALS}|{_DASHED_PARTICLE}|{_NAME_WORD}|[{UPPER}]\.|[a-z]+")
_CONNECTOR = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
_POSSESSIVE = re.compile(r"[’']s\b")
# Words a capitalised run may open with that belong to neither a role nor a name ("The", "According").
_LEADING = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those",
                      "according", "in", "on", "at", "as",
                      "by", "with", "from", "and", "but", "while", "after", "before", "during", "since",
                      "to", "alongside", "among", "including", "include", "includes", "included", "of"})


_WORD_START = re.compile(r"(?<!\S)\S")
# A Korean given name of two syllables joined by a hyphen ("Jae-yong", "Suk-yeol").
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


@dataclass(frozen=True)
class _Patterns:
    """The compiled context patterns, built once from the lexicon."""

    role_before: re.Pattern
    appositive: re.Pattern
    verb_after: re.Pattern
    verb_before: re.Pattern
    the_title: re.Pattern
    country: re.Pattern
    acronym: re.Pattern


# Where an appositive role gives way to the occasion it was said on: "in a news conference",
# "during talks", "following the vote", "speaking at the summit".
_AFTER_ROLE = r"\s+(?:during|following|after|before|while|when|(?:in|at)\s+(?:a|an|his|her|their|its)" \
              r"|(?-i:speaking|writing|addressing|responding))\s"
# Where an appositive role no comma closes gives way to its verb: "X, the mayor of Y has announced".
_VERB_AFTER_ROLE = r"\s+(?-i:(?:has|had|have)\s+[a-z]+ed|said|says|told)\b"
_NOT_AFTER_REGION = "".join(f"(?<!{word} )" for word in ("North", "South", "Central", "Latin", "Middle"))


@kept
def patterns() -> _Patterns:
    """Return the context patterns, compiled once."""
    lex, words = lexicon(), alternations()
    titles, mods, views, says = words.titles, words.role_words, words.views, words.says
    # a lower-case word after "minister of" right before a name is part of the title when it names
    # a portfolio or a function ("secretary of state X", "head of communications X"); another is
    # what the title is of, and the name that body's ("the chief executive of lender Norvik Kredit")
    portfolio = rf"(?:(?i:{mods})|[a-z]{{{MIN_ABSTRACT - 4},}}(?:{'|'.join(ABSTRACT_ENDINGS)})s?)\b"
    # a verb of framing reports words only where a frame ends ("…,” X continued.", "X continued:"):
    # "X Y continues operating" is a service or a firm as often as a person
    frames = alternation(form for form, kind in lex.verbs.items() if kind == "frame")
    names = [c.name for c in lex.countries] + [a for c in lex.countries for a in c.aliases]
    return _Patterns(
        # "Canada's Transport Minister, " / "defence analyst " / "The Minister for Health, " + name
        role_before=re.compile(
            rf"(?:(?P<aff>{CAPITALISED})[’']s\s+)?(?P<role>(?:(?:(?i:{mods})|{CAPITALISED}|[a-z]+(?:-[a-z]+)?)\s+){{0,4}}"
            rf"(?:{POST_ONCE})?(?i:{titles})"  # "then-CEO": a post held once
            rf"(?:\s+(?:of|for|on|to)\s+(?:the\s+)?(?:{CAPITALISED}(?:\s+(?:and\s+|&\s+)?{CAPITALISED})*|"
            rf"{portfolio}(?:\s+(?:and|&)\s+{portfolio})?)){{0,2}}"
            rf"(?:\s+(?:of|for|on|to)\s+(?:the\s+)?(?!the\b|an?\b)[a-z]{{3,}}(?:\s+(?:and|&)\s+[a-z]{{3,}})?(?=\s*,))?)"
            r"\s*,?\s+$"),  # any word ends a role a comma sets off: "the head of product, X"
        # name + ", a professor at the X College," / " is a senior fellow at X"; the role ends where
        # a phrase of the occasion begins (", president of the union at a news conference after …")
        appositive=re.compile(
            rf"^(?:,\s+|\s+(?:is|was)\s+(?=a\s|an\s|the\s))(?:(?:a|an|the|who\s+is|who\s+was|now)\s+)?"
            rf"(?P<role>(?:[^\s,;:“”\"()]+\s+){{0,5}}?(?:{titles})\b(?:\s+(?:at|of|for|to|with|in|on)\s+(?:(?!{_AFTER_ROLE}|{_VERB_AFTER_ROLE})[^,;:“”\"()])+)?)"
            rf"(?=\s*[,;:.)]|\s+\([A-Z][\w&.-]*\)|\s*$|{_AFTER_ROLE}|{_VERB_AFTER_ROLE})",  # "of the Soil Trust (ST)"
            re.IGNORECASE),
        verb_after=re.compile(
            rf"^(?:\s*,[^,“”\"]{{1,100}},|\s*[—–][^—–“”\"]{{1,100}}[—–]|{OF_ORGANIZATION_PATTERN})?\s+(?:(?:also|further|later|has|had|have|previously|recently|then|"
            rf"again|once|earlier)\s+)*(?:(?:{views})\b|(?:{frames})(?=\s*(?:[,.;:!?“”\"]|$)))"),
        verb_before=re.compile(rf"(?:\b(?:{says})|\b[Aa]ccording\s+to)\s+$"),
        # "the finance minister", "The HBL governor" (a body's initials before the title), "Harlow's chief executive"
        the_title=re.compile(rf"(?:\b[Tt]he\s+(?:[{UPPER}]{{2,6}}\s+)?|(?<![\w’'-]){CAPITALISED}[’']s\s+)(?:(?:{mods})\s+)?"
                             rf"(?P<title>(?i:{titles}))\b(?!\s+[{UPPER}])"),
        # "South America", "Latin America": a region, not the country an alias names; the first
        # letters of the names, tested first, spare most places the lookbehinds and the alternation
        country=re.compile(rf"(?=[{_first_letters(names)}])(?<![\w’'\-]){_NOT_AFTER_REGION}(?:{alternation(names)})"
                           r"(?![\w\-$])"),  # "US$" is money
        acronym=re.compile(rf"(?=[{_first_letters(lex.org_acronyms)}])\b(?:{alternation(lex.org_acronyms)})\b"),
    )


def _first_letters(words: list[str]) -> str:
    """Return the letters the words begin with, escaped for a character class."""
    return "".join(sorted({re.escape(word[0]) for word in words}))


# --- what one capitalised run says -------------------------------------------------------------


def is_particle(token: str) -> bool:
    """Return True when a name token is a particle of a surname ("von", "de la", "Van" in "Van Rompuy",
    "Al-" dashed to its surname); a capitalised "Al" alone is a given name ("Al Gore"), not a particle."""
    lower = token.lower()
    if _DASHES.fullmatch(lower[-1:]):
        return lower[:-1] in PARTICLES
    return lower in PARTICLES and (token == lower or lower != "al")


@dataclass
class _Found:
    """A capitalised run read as a candidate person name, with what its sentence says of them."""

    sentence: Sentence
    start: int
    end: int
    tokens: tuple[str, ...]  # the name's words, particles included
    role: str = ""
    affiliation: str = ""
    gender: str = ""
    titled: bool = False  # a title or honorific stands before the name
    evidence: bool = False  # the context says this is a person
    weak: bool = False  # only a reporting verb says so ("X Y said"), which companies share with people
    title: str = ""  # the title word before the name, in lower case
    run_start: int = -1  # where the capitalised run holding the name (and its title) starts
    listed_with: list = field(default_factory=list, repr=False, compare=False)  # the other names of its list

    @property
    def surface(self) -> str:
        """Return the name as the sentence writes it."""
        return self.sentence.text[self.start:self.end]

    @cached_property
    def keys(self) -> tuple[str, ...]:
        """Return the comparison keys of the name's words, particles left out (the tokens never change)."""
        names = _name_parts(self.tokens)
        if len(names) > 1 and _JOINED_GIVEN.fullmatch(names[0]):
            names = names[0].split("-") + names[1:]  # "Amir-Hadi X" is "Amir Hadi X"
        return tuple(name_key(token) for token in names if name_key(token))


# A given name of two capitalised parts joined by a hyphen ("Jean-Luc", "Amir-Hadi"), which some
# sources write with a space: its parts are compared as two given names.
_JOINED_GIVEN = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")


@dataclass
class _Org:
    """A capitalised run read as an organization's name."""

    sentence: Sentence
    name: str
    affiliation: str = ""


def _is_title(word: str) -> bool:
    lex = lexicon()
    lower = _TIME_PREFIX.sub("", word.lower())  # "then-CEO", "ex-Minister": a title held once
    return lower in lex.titles or lower in lex.honorifics or lower.rstrip(".") in lex.honorifics


_TIME_PREFIX = re.compile(rf"^{POST_ONCE}")


def _country_of(word: str) -> str:
    return lexicon().country_of.get(fold_name(word), "")


def _country_in(words: list[str]) -> str:
    """Return the first country the words name, two-word names first ("South Korean", "New Zealand")."""
    for i, word in enumerate(words):
        if country := (i + 1 < len(words) and _country_of(f"{word} {words[i + 1]}")) or _country_of(word):
            return country
    return ""


def _tokens(run: str, offset: int) -> list[tuple[str, int, int]]:
    """Return the words of a capitalised run with their spans in the sentence."""
    return [(m.group(0), offset + m.start(), offset + m.end()) for m in _TOKEN.finditer(run)]


_AND_GAP = re.compile(r"\s+(?:and|&)\s+")  # the "and" or "&" between two runs


def runs(text: str) -> list[tuple[int, int]]:
    """Return the spans of the capitalised runs of a sentence.

    A portfolio joined by "and" stays with its title ("Minister of Water and Energy X"); a run
    joined by "of" or "for" is cut there unless what comes before is a title or an organization
    ("Li Wei | of the | Nordic Institute", but "Bank of England", "Minister for Industry X").
    """
    spans = [match.span() for match in _RUN.finditer(text)]
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _AND_GAP.fullmatch(text[merged[-1][1]:start]) and (
                _has_portfolio(text[slice(*merged[-1])], text[start:end])
                or _joins_org_name(text, merged[-1], (start, end))) \
                or merged and _listed_portfolio(text, merged[-1], (start, end)):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return [piece for span in merged for piece in _cut_at_connectors(text, *span)]


_COMMA_GAP = re.compile(r",\s+")  # a comma and the space after it


def _listed_portfolio(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Return True when a comma joins a title's portfolio to the next part of a list of them, one
    word that the list goes on after ("Minister for Health, | Labour | and Industry X")."""
    return _COMMA_GAP.fullmatch(text[first[1]:second[0]]) is not None and " " not in text[second[0]:second[1]] \
        and re.match(r",\s+|\s+(?:and|&)\s+", text[second[1]:second[1] + 6]) is not None \
        and _has_portfolio(text[slice(*first)], text[second[0]:second[1]])


def _joins_org_name(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Return True when "and" joins two runs into one organization's name: "the Fisheries and
    Oceans Council", "Ostland's Rivers and Lakes Authority". The name follows "the" or a
    possessive (or opens with "The"), the second run ends in an organization word and the first
    holds none, nor a title, nor only a country ("the Ministry and Harbour Commission", "the US and
    Harbour Commission" are two)."""
    before = [word for word, _, _ in _tokens(text[slice(*first)], 0)]
    if before[:1] in (["The"], ["the"]):
        before = before[1:]  # "The Fisheries and Oceans Council" opening a sentence: "The" opens the run
    elif not re.search(r"(?:\b[Tt]he|\w[’']s)\s+$", text[max(0, first[0] - 4):first[0]]):
        return False
    after = [word for word, _, _ in _tokens(text[slice(*second)], 0)]
    org_words = lexicon().org_words
    own = [word for word in before if not _is_place(word)]
    return bool(after) and after[-1].lower() in org_words and bool(own) and \
        not any(word.lower() in org_words or _is_title(word) for word in before)


def _has_portfolio(run: str, following: str = "") -> bool:
    """Return True when a run ends in a title's portfolio that the run `following` it after "and"
    goes on with: the portfolio's last word, or the next run's first, is a portfolio's word
    ("Minister of Water | and | Energy X", "Commissioner for Trade | and | Enlargement X")."""
    words = [word for word, _, _ in _tokens(run, 0)]
    joined = [i for i, word in enumerate(words) if word in ("of", "for") and i > 0 and _is_title(words[i - 1])]
    if not joined:
        return False
    role_words = lexicon().role_words
    following = following.split()[:1]
    return words[-1].lower() in role_words or _abstract_noun(words[-1]) \
        or bool(following) and (following[0].lower() in role_words or _abstract_noun(following[0]))


ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ity", "ness", "ism", "ship", "ics", "ology")
MIN_ABSTRACT = 7  # letters of the shortest abstract noun told by its ending ("Justice" is a name too)


def _abstract_noun(word: str) -> bool:
    """Return True when a capitalised word reads as an abstract noun, a portfolio's word, never a
    name ("Cooperation", "Enlargement", "Security"): its ending says so and no given name has it."""
    lower = word.lower()
    return len(lower) >= MIN_ABSTRACT and lower.endswith(ABSTRACT_ENDINGS) and lower not in lexicon().first_names


def _cut_at_connectors(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return a run as pieces, cut at each "of"/"for" that does not follow a title or organization word."""
    pieces, piece_start = [], start
    for connector in _CONNECTOR.finditer(text, start, end):
        before = [word for word, _, _ in _tokens(text[piece_start:connector.start()], 0)]
        if before and (_is_title(before[-1]) or before[-1].lower() in lexicon().org_words):
            return pieces + [(piece_start, end)]
        pieces.append((piece_start, connector.start()))
        piece_start = connector.end()
    return pieces + [(piece_start, end)]


def read_run(sentence: Sentence, start: int, end: int) -> _Found | _Org | None:
    """Return what one capitalised run in a sentence is: a candidate person, an organization, or nothing."""
    tokens = _tokens(sentence.text[start:end], start)
    while len(tokens) > 2 and tokens[-1][0].rstrip(".") in lexicon().postnominals:
        tokens = tokens[:-1]  # "Ann Orr CBE": the honour follows the name and is no part of it
    words = [word for word, _, _ in tokens]
    title_at = _title_at(words)
    if title_at is None:
        return _untitled(sentence, tokens)
    if (named := _name_before_title(sentence, tokens, title_at)) is not None:
        return named
    name_at = _given_name_later(words, title_at, _after_role(words, title_at))
    if words[name_at - 1] == "and" and name_at == len(words) - 1 and _is_title(words[-1]):
        return None  # "Secretary of Trade and Chairman of the Forum": a second post, nobody's name
    found = None if _appositive_post(sentence.text, start, words, title_at, name_at) \
        else _person(sentence, tokens[name_at:], titled=True)
    if found is None:  # "Chief Executive Officer of X Inc": the organization is what follows "of"
        portfolio = next((i + 1 for i in range(title_at + 1, len(words)) if words[i] in ("of", "for")), 0)
        return _org_in(sentence, tokens[portfolio:]) if portfolio < len(tokens) else None
    return _titled_person(sentence, (start, end), found, tokens, title_at, name_at)


def _titled_person(sentence: Sentence, run: tuple[int, int], found: _Found, tokens: list[tuple[str, int, int]],
                   title_at: int, name_at: int) -> _Found:
    """Return a name read after its title in the run `run`, with the role, affiliation and gender
    the words before it give. A title that also opens names is the name's when one word follows it
    ("Sheikh Karima")."""
    words = [word for word, _, _ in tokens]
    if name_at == title_at + 1 == len(words) - 1 and words[title_at].lower() in _NAME_OR_TITLE:
        found = replace(found, start=tokens[title_at][1], tokens=(words[title_at], *found.tokens))
        name_at = title_at
        if not title_at:
            return replace(found, titled=True, evidence=True, run_start=tokens[0][1])
    start, end = run
    role = _listed_commas(_role_of(words, title_at, name_at), sentence.text[start:end])
    if role.startswith(words[0]):  # the role opens the run: words before it may belong to it
        role = _role_before_run(sentence.text, start, role, title_at > 0)
    return replace(found, role=role, affiliation=_affiliation_of(words[:name_at]),
                   gender=_honorific_gender(words[:name_at]), titled=True, evidence=True,
                   title=words[title_at].lower().rstrip("."), run_start=tokens[0][1])


# Titles that also open names ("Sheikh Karima"), where one word follows them: "Sheikh Faris bin
# Salem" is the title and a name of its own.
_NAME_OR_TITLE = frozenset({"sheikh", "shaikh"})

_PORTFOLIO_AND = re.compile(r"(?<![\w’'-])((?:[A-Z][a-z]+,\s+)*)([A-Z][a-z]+)\s+(?:and|&)\s+$")


_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])([a-z]+)\s+$")  # the lower-case word before a run


def _role_before_run(text: str, start: int, role: str, portfolio_first: bool) -> str:
    """Return a role that opens the capitalised run at `start` with the words before the run that
    belong to it: the body in lower case ("guild President X": the guild's president), or the first
    words of a portfolio joined by "and" when the run opens with the last
    (`portfolio_first`: "Information and Broadcasting Minister X", "Ports, Rivers and Coastal
    Works Minister X")."""
    body = _LOWER_WORD_BEFORE.search(text[max(0, start - 30):start])
    if body and body.group(1) in lexicon().role_bodies:
        return f"{body.group(1)} {role}"
    joined = _PORTFOLIO_AND.search(text, max(0, start - 60), start) if portfolio_first else None
    parts = _portfolio_parts(re.findall(r"[A-Z][a-z]+", joined.group(1)), joined.group(2)) if joined else []
    if len(parts) > 1:  # "Ports, Rivers and Coastal Works Minister X"
        return f"{', '.join(parts)} and {role}"
    if joined and _portfolio_word(joined.group(2)):  # "Information and Broadcasting Minister X"
        return f"{joined.group(2)} and {role}"
    return role


def _name_parts(words: Iterable[str]) -> list[str]:
    """Return the words of a name as they are compared: particles and a closing suffix left out,
    a word whose parts a dashed particle joins taken as its two parts ("Karim-uz-Zaman")."""
    return _without_suffix([part for word in words if not is_particle(word) for part in _dash_joined_parts(word)])


def _portfolio_word(word: str) -> bool:
    """Return True when a capitalised word before "and" reads as one part of a portfolio: an
    abstract noun or a role word ("Information", "Defence")."""
    return _abstract_noun(word) or word.lower() in lexicon().role_words


def _portfolio_parts(listed: list[str], last: str) -> list[str]:
    """Return the words of a list before "and" (["Ports"] and "Rivers") that read as parts of
    a portfolio of three or more ("Ports, Rivers and Coastal Works Minister"), the
    longest run of them that ends the list, and the run's last part: each a portfolio's word or a
    plural, none a given name (people are listed by their names, places by words that are neither);
    [] when the last part is not one."""
    words = [*listed, last]
    fit = [(_portfolio_word(word) or bool(_PLURAL.search(word)) or word in _IRREGULAR_PLURALS)
           and word.lower() not in lexicon().first_names for word in words]
    if not fit[-1]:
        return []
    first = max((i + 1 for i, ok in enumerate(fit) if not ok), default=0)
    return words[first:]


_PLURAL = re.compile(r"[^s]s$")
_IRREGULAR_PLURALS = frozenset({"Children", "People", "Women", "Men"})


def _title_at(words: list[str]) -> int | None:
    """Return the index of the title that heads the name after it, or None.

    A title word with nothing after it, or right after a given name, is a surname
    ("Resources Minister Grace King", "Ruth Bishop").
    """
    first_names = lexicon().first_names
    return max((i for i, word in enumerate(words[:-1]) if _is_title(word)
                and not (i > 0 and words[i - 1].lower() in first_names)
                and not (i > 0 and word.lower() in GIVEN_NAME_TITLES and _is_title(words[i - 1]))), default=None)


# Titles of a ruler that are also given names: after another title or an honorific they open the
# name ("COP President Sultan Al Haddad", "Dr Emir Kovac"), as a ruler bears no second title.
GIVEN_NAME_TITLES = frozenset({"sultan", "emir"})


def _role_of(words: list[str], title_at: int, name_at: int) -> str:
    """Return the role the words before a name give: from its first role word to the name,
    abbreviations written out, honorifics and bracketed words left out."""
    lex = lexicon()
    role_from = next((i for i in range(title_at + 1) if not _is_affiliation(words[i])
                      and words[i].lower() not in _LEADING), title_at)
    role_words = [lex.title_abbreviations.get(w.lower(), w) for w in words[role_from:name_at] if not w.startswith("(")]
    role_words = [w for w in role_words if w.lower() not in lex.honorifics and w.lower() + "." not in lex.honorifics]
    return " ".join(role_words).strip()


_LISTED_WORD = re.compile(r"([^\W\d_]+),\s")  # a word a comma follows


def _listed_commas(role: str, run: str) -> str:
    """Return `role` with the commas of a portfolio listed in it as the run writes them ("Minister
    for Health, Labour and Industry"), which its words lose."""
    listed = set(_LISTED_WORD.findall(run))
    words = role.split()
    return " ".join(f"{word}," if word in listed and i < len(words) - 1 else word for i, word in enumerate(words))


def _affiliation_of(words: list[str]) -> str:
    """Return the country or acronym the words before a name give ("U.S. Senator", "NATO chief")."""
    return _country_in(words) or _acronym_in(words)


def _honorific_gender(words: list[str]) -> str:
    """Return the gender an honorific among the words gives ("Mrs" -> "f"), or ""."""
    honorifics = lexicon().honorifics
    return next((honorifics[w.lower()] for w in words if w.lower() in honorifics), "")


def _after_role(words: list[str], title_at: int) -> int:
    """Return the index of the first word after a title and the portfolio that follows it."""
    lex = lexicon()
    index, joined, portfolio = title_at + 1, False, False
    while index < len(words):
        word = words[index]
        if word.startswith("(") or word in ("of", "for", "the", "and"):
            joined = joined or word in ("of", "for")
            index += 1
        elif joined and (not portfolio or word.lower() in lex.role_words or _is_affiliation(word)
                         or word.lower() in lex.org_words or _abstract_noun(word)):
            index, portfolio = index + 1, True  # "CEO of Acme": the word after "of" is never the name
        else:
            break
    return index


def _name_before_title(sentence: Sentence, tokens: list[tuple[str, int, int]], title_at: int) -> _Found | None:
    """Return the person a run names before its title when no comma sets the title off ("said
    Tomas Reyl Executive Director of the Fund"): a known given name and a surname, then the title,
    the role words that lead to it and its portfolio; None for any other run (in "Harrow Lewis
    Chairman Ana Reyl" the title names who follows it)."""
    words = [word for word, _, _ in tokens]
    if words[title_at + 1] not in ("of", "for"):
        return None
    role_at = title_at
    while role_at > 0 and words[role_at - 1].lower() in lexicon().role_words:
        role_at -= 1
    if role_at < 2 or words[0].lower() not in lexicon().first_names:
        return None
    found = _person(sentence, tokens[:role_at], titled=True)
    role = " ".join(words[role_at:])
    return replace(found, role=role, titled=True, evidence=True, title=words[title_at].lower().rstrip(".")) if found else None


def _appositive_post(text: str, start: int, words: list[str], title_at: int, name_at: int) -> bool:
    """Return True when a run of a title and its portfolio set after a name and a comma is that
    person's post, the words after the portfolio its last words, no other person: "said Ana Roe,
    Commissioner for Harbour Security and Net Zero" ("Net Zero" is no one); a known given name after
    the portfolio still opens a name ("X, Commissioner of Ports Ana Roe and Y")."""
    return bool({"of", "for"} & set(words[title_at + 1:name_at])) and name_at < len(words) \
        and words[name_at].lower() not in lexicon().first_names and _AFTER_NAME.search(text, 0, start) is not None


_AFTER_NAME = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+,\s+$")


def _given_name_later(words: list[str], title_at: int, name_at: int) -> int:
    """Return where the name after a title and its portfolio starts when the portfolio runs on
    past `name_at` into it: a known given name further on, with a surname after it, opens the
    name when the word at `name_at` is no given name ("Mayor of Greater Tarrow Andy Pell",
    "Commissioner for Harbour Security and Net Zero Claire Voss")."""
    first_names = lexicon().first_names
    rest = words[name_at:]
    if not {"of", "for"} & set(words[title_at + 1:name_at]) or len(rest) < 3 or rest[0].lower() in first_names:
        return name_at
    later = next((index for index in range(1, len(rest) - 1) if rest[index].lower() in first_names), 0)
    return name_at + later


def _is_affiliation(word: str) -> bool:
    """Return True for a country's word, a known acronym, or countries' words joined by hyphens
    ("British-Canadian"): what a name's affiliation is, never a word of the name."""
    return bool(_country_of(word)) or word in lexicon().org_acronyms or \
        ("-" in word and all(_country_of(part) for part in word.split("-")))


def _acronym_in(words: list[str]) -> str:
    return next((word for word in words if word in lexicon().org_acronyms), "")


def _untitled(sentence: Sentence, tokens: list[tuple[str, int, int]]) -> _Found | _Org | None:
    """Return what a run without a title is: an organization, a candidate name, or nothing."""
    lex = lexicon()
    words = [word for word, _, _ in tokens]
    if any(word.lower() in lex.org_words for word in words) or words[0].lower() in lex.org_words:
        return _org_in(sentence, tokens)
    if "of" in words or "for" in words:
        return None
    start = next((at for at in range(len(words)) if not _before_a_name(words, at) or _initial(sentence, tokens, at)),
                 len(words))
    if start == 1 < len(words) and words[0].lower() in lex.first_names and _set_off_role(sentence, tokens[-1][2]):
        return _person(sentence, tokens, titled=True)  # "Jan Orrum, chief engineer at X,": a given name after all
    if start < len(tokens):
        return _person(sentence, tokens[start:], titled=_vouched_by_role(sentence, tokens[start:]))
    return None


def _vouched_by_role(sentence: Sentence, tokens: list[tuple[str, int, int]]) -> bool:
    """Return True when a role vouches for a run without a title as a person: one in lower case
    before it ("the port's chief pilot, KB Lenk,"), or one set off after a name of two or three
    words ("Lima Vetterli, the defence minister,")."""
    before = sentence.text[max(0, tokens[0][1] - 90):tokens[0][1]]
    if _names_a_title(before) and _role_before(before) is not None:
        return True
    return len(tokens) in (2, 3) and _set_off_role(sentence, tokens[-1][2])


def _before_a_name(words: list[str], at: int) -> bool:
    """Return True when words[at] of a run without a title is no word of a name but may stand before
    one: a common word, a country's or body's word, the plural of a role ("Independents Ada Lund and
    Ivo Brandt voted"), a body's initials before a given name."""
    word = words[at]
    return word.lower() in lexicon().stopnames or _is_affiliation(word) or _plural_of_role(word) \
        or _body_before_given_name(words, at) or _post_initials(words, at)


def _post_initials(words: list[str], at: int) -> bool:
    """Return True when words[at] is two or three capitals before a name of two words or more
    ("Energy CS Ana Kirui", "the county's PS Ivo Lund"): the initials of a post, not of a given name,
    which a name that has one needs no more of."""
    return at + 2 < len(words) and _initials_without_stops(words[at])


def _initial(sentence: Sentence, tokens: list[tuple[str, int, int]], at: int) -> bool:
    """Return True when a one-letter word that is also a common word ("A") opens a name as its
    initial: followed by a full stop ("A. Ravel"), or written in capitals inside a sentence, where
    the article never is ("chair A Ravel said", "along with A Ravel"), before another word of the run."""
    word, start, end = tokens[at]
    if len(word) != 1 or not word.isupper() or at + 1 >= len(tokens):
        return False
    return sentence.text[end:end + 1] == "." or bool(sentence.text[:start].strip(BEFORE_FIRST_WORD)) \
        and not sentence.text[:start].rstrip().endswith((":", "“", '"', "‘"))


def _body_before_given_name(words: list[str], at: int) -> bool:
    """Return True when words[at] is a body's initials right before a known given name and a
    surname ("the chief executive of the HFL Andrew Pell"): the name starts after them."""
    return len(words[at]) > 1 and words[at].isupper() and at + 2 < len(words) and words[at + 1].lower() in lexicon().first_names


def _plural_of_role(word: str) -> bool:
    """Return True when a word is the plural of a title or role word ("Senators", "Independents")."""
    folded = word.lower()
    return len(folded) > 4 and folded.endswith("s") and (folded[:-1] in lexicon().titles or folded[:-1] in lexicon().role_words)


def _set_off_role(sentence: Sentence, end: int) -> bool:
    """Return True when a role set off by commas follows a run ending at `end` (", a senior adviser at X,")."""
    after = sentence.text[end:]
    return after[:1] == "," and patterns().appositive.match(after) is not None


_JOINERS = ("of", "for", "the", "and")  # words a capitalised run of a name never holds


def _person(sentence: Sentence, tokens: list[tuple[str, int, int]], titled: bool = False) -> _Found | None:
    """Return the tokens as a candidate person name, or None when they cannot be one.

    A place's name is a surname only last in a name that a title or a known given name vouches
    for ("Minister Mark Holland", "Michael Jordan")."""
    while tokens and tokens[0][0].startswith("("):
        tokens = tokens[1:]
    if tokens and sentence.text[max(0, tokens[0][1] - 1):tokens[0][1]] in (",", ";"):
        return None  # "a bid for the firm,Ada Lund ending plans": a name a page pasted into the text
    words = [word for word, _, _ in tokens]
    names = _name_parts(words)
    if not _name_shaped(words, names):
        return None
    known_given = names[0].lower() in lexicon().first_names
    if _portfolio_word(names[-1]) and (len(names) == 1 or not known_given):
        return None  # "Minister for Development Cooperation", "Minister of Fisheries and Coastal Affairs": a portfolio's words
    vouched = titled or known_given
    if not all(_name_word(word, index, len(names), vouched, known_given) for index, word in enumerate(names)):
        return None
    return _Found(sentence, tokens[0][1], tokens[-1][2], tuple(words))


def is_suffix(token: str) -> bool:
    """Return True when a name token is a generational suffix ("Jr.", "Jnr", "III")."""
    return token.lower().rstrip(".") in lexicon().name_suffixes


def _without_suffix(names: list[str]) -> list[str]:
    """Return a name's words without the generational suffix that closes it: the suffix belongs
    to the name but is never its surname ("Linwood" of "Arthur B. Linwood Jr")."""
    return names[:-1] if len(names) > 1 and is_suffix(names[-1]) else names


MAX_NAME_WORDS = 4  # words of a name, particles aside; one more when a known given name opens it


def _name_shaped(words: list[str], names: list[str]) -> bool:
    """Return True when a run has the shape of a name: one to four name words (five after a known
    given name, as Spanish and Portuguese names may have), no joining word or bracket, more than a
    lone initial, and no lone letter last (a name cut off: "Ivo B")."""
    longest = MAX_NAME_WORDS + bool(names and names[0].lower() in lexicon().first_names)  # "José Luis Ramón Ortega Lira"
    if not 1 <= len(names) <= longest or any(word.startswith("(") or word in _JOINERS for word in words):
        return False
    if len(names[-1]) == 1:
        return False
    return not (len(names) == 1 and names[0].endswith(".")) and not _bare_title(names)


def _bare_title(names: list[str]) -> bool:
    """Return True when two or more words are all titles, words qualifying one or honorifics: a
    title with nobody named after it ("Prime Minister", "Deputy Mayor") is not a person. A title
    word alone may be a surname ("King said") and joins only a person already known by it."""
    lex = lexicon()
    return len(names) > 1 and all(_is_title(word) or word.lower() in lex.role_words for word in names)


def _name_word(word: str, index: int, count: int, vouched: bool, known_given: bool) -> bool:
    """Return True when `word` may stand at `index` of a person's name of `count` words.

    `vouched`: a title or a known given name says the run is a person; `known_given`: its first
    word is a known given name.
    """
    surname = index == count - 1  # "King said", "Grace King": a title word as a surname
    if index == 0 < count - 1 and _opening_word(word, vouched):
        return True
    if _never_in_a_name(word, surname) or _breaks_name(word, index):
        return False
    if _is_place(word) and not (index == 0 and vouched and count > 1) and not (surname and index > 0 and vouched):
        return False  # a place opens a name a title or a known given name vouches for ("Minister Lima Vetterli")
    # a common word is a name only in a name that opens with a known given name, which may be that
    # word ("Minister Jan Orrum": "Jan" is also a month's short form, which a bare run loses first)
    return not (word.lower() in lexicon().stopnames and not (known_given and count > 1))


def _opening_word(word: str, vouched: bool) -> bool:
    """Return True when the first word of a longer name opens it, whatever else it may be: its
    initials, or a ruler's title that a title before it makes a given name (see `_title_at`)."""
    return _opening_initials(word, vouched) or vouched and word.lower() in GIVEN_NAME_TITLES


def _opening_initials(word: str, vouched: bool) -> bool:
    """Return True when the first word of a longer name is its initials: one capital letter, though
    a common word ("A" of "A Ravel": see `_initial`), or two or three when the name is `vouched` for."""
    return len(word) == 1 and word.isupper() or vouched and _initials_without_stops(word)


def _initials_without_stops(word: str) -> bool:
    """Return True when an upper-case word of two or three letters can be a given name's initials
    ("KT" in "Deputy Mayor KT Ormsby"): no known acronym or country."""
    return 2 <= len(word) <= 3 and word.isalpha() and word.isupper() and not _is_affiliation(word)


def _never_in_a_name(word: str, surname: bool) -> bool:
    """Return True for an acronym (or its plural: "MPs"), an organization word, or a title word that is not the surname."""
    return (len(word) > 1 and word.isupper() and not re.fullmatch(_INITIALS, word)) or _PLURAL_ACRONYM.fullmatch(word) is not None \
        or (_is_title(word) and not surname) or word.lower() in lexicon().org_words


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def _breaks_name(word: str, index: int) -> bool:
    """Return True when a hyphenated word cannot stand in a name at `index` ("Kremlin-backed"); a
    Korean given name after the family name may go on in lower case ("Lee Jae-yong")."""
    return _hyphen_breaks_name(word) and not (index > 0 and _KOREAN_GIVEN.fullmatch(word))


def _hyphen_breaks_name(word: str) -> bool:
    """Return True when a capitalised word goes on in lower case after a hyphen ("Kremlin-backed"),
    but for a particle that joins two parts of a name ("Karim-uz-Zaman")."""
    parts = _DASHES.split(word)
    return len(parts) > 1 and any(part[:1].islower() for part in parts[1:]) and not word[:1].islower() \
        and len(_dash_joined_parts(word)) == 1


# Particles that join a given name to a family name with dashes in Arabic, Persian and South Asian
# names ("Karim-uz-Zaman", "Salim-ur-Rehman", "Nadim-ul-Hasan"), in lower case.
_DASH_PARTICLES = frozenset({"uz", "ul", "ur", "ud", "us", "ad", "ar", "as", "az", "al", "el", "bin", "ibn", "bint"})


def _dash_joined_parts(word: str) -> list[str]:
    """Return the parts of a name that one word joins with a dashed particle ("Karim-uz-Zaman":
    Karim, Zaman), or the word alone."""
    parts = _DASHES.split(word)
    if len(parts) == 3 and parts[1].lower() in _DASH_PARTICLES and parts[0][:1].isupper() and parts[2][:1].isupper():
        return [parts[0], parts[2]]
    return [word]


def _is_place(word: str) -> bool:
    """Return True when a word names a country or a capital."""
    return bool(_country_of(word)) or fold_name(word) in lexicon().places


def _org_in(sentence: Sentence, tokens: list[tuple[str, int, int]]) -> _Org | None:
    """Return the organization a run names, from its first name word to its last org word."""
    words = [word for word, _, _ in tokens]
    span = _org_span(words)
    if span is None:
        return None
    start, end = span
    if _counts_members(sentence.text, words[start], tokens[-1][2]):
        start += 1  # "Three Harbour Agency workers": three of its people, not its name
    name = sentence.text[tokens[start][1]:tokens[end][2]]
    if start > end or _is_title(words[end]) or len(name) < 3 or _headline_words(words[start + 1:end + 1]):
        return None
    return _Org(sentence, name, _country_in(words[start:end]))


_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")


def _counts_members(text: str, first: str, end: int) -> bool:
    """Return True when a run opens with a number word and a plural noun follows it: the number
    counts the body's people ("Three Harbour Agency workers"), it is no word of the body's name."""
    return first.lower() in lexicon().scales["number_words"] and bool(_PLURAL_AFTER.match(text, end))


def _org_span(words: list[str]) -> tuple[int, int] | None:
    """Return the first and last index of an organization's name among a run's words: leading
    words and brackets left out, up to the last org word (or to the end after its "of"/"for")."""
    org_words = lexicon().org_words
    heads = [i for i, word in enumerate(words) if word.lower() in org_words]
    if not heads:
        return None
    start = 0
    while start < len(words) and (words[start].lower() in _LEADING or words[start].startswith("(")
                                  or words[start].lower().endswith("-based")):  # "Ohio-based Acme Bank"
        start += 1
    end = len(words) - 1 if "of" in words[heads[-1]:] or "for" in words[heads[-1]:] else heads[-1]
    while end > start and words[end].startswith("("):
        end -= 1
    if end < start or (start == end and words[start].lower() in org_words):
        return None
    return start, end


@lru_cache(maxsize=1 << 12)
def _role_before(before: str) -> re.Match | None:
    """Return the role phrase that ends right before a name ("Ukraine's Deputy Energy Minister ").

    Tried from each word start, leftmost first: the same match as a search, without trying the
    long alternation of titles at every character. Kept for each text: a corpus repeats its
    sentences, and the pattern is the costliest a name's context is read with.
    """
    pattern = patterns().role_before
    for word in _WORD_START.finditer(before):
        if match := pattern.match(before, word.start()):
            return match
    return None


def add_context(found: _Found) -> None:
    """Fill in the role, affiliation and evidence the words around a candidate name give."""
    text = found.sentence.text
    before, after = text[max(0, found.start - 90):found.start], text[found.end:]
    after = _POSSESSIVE.sub("", after[:3], count=1) + after[3:] if _POSSESSIVE.match(after) else after
    _take_role_before(found, before)
    _take_owner(found, text[max(0, found.run_start - 40):found.run_start] if found.run_start >= 0 else before)
    _take_appositive(found, after)
    if not found.affiliation and (org := OF_ORGANIZATION.match(after)):
        found.affiliation = _affiliation_in(org.group(0).strip().partition(" ")[2])
    pats = patterns()
    if pats.verb_after.match(after) or (_ends_with_verb(before) and pats.verb_before.search(before)) \
            or (_AS_BEFORE.search(before) and _PUT_IT_AFTER.match(after)):
        found.weak = True
    first_names = lexicon().first_names
    if found.tokens[0].lower() in first_names:
        found.gender = found.gender or first_names[found.tokens[0].lower()]
        # a given name vouches for a person, unless the name ends in a word of places ("Rosa Park"):
        # then a title, a verb or another mention must ("Councillor Nora Hall said")
        found.evidence = found.evidence or found.tokens[-1].lower() not in lexicon().stopnames


def _take_role_before(found: _Found, before: str) -> None:
    """Give an untitled candidate the role phrase that ends right before it ("defence analyst X")."""
    if found.titled or not _names_a_title(before) or not (role := _role_before(before)):
        return
    found.role = _clean_role(role.group("role"))
    found.affiliation = found.affiliation or _country_of(role.group("aff") or "")
    found.titled = found.evidence = True
    titles = lexicon().titles
    found.title = next((w.lower() for w in reversed(TERM.findall(found.role)) if w.lower() in titles), "")


_OWNER = re.compile(rf"({CAPITALISED})[’']s\s+(?:\S+\s+){{0,3}}$")


def _take_owner(found: _Found, before: str) -> None:
    """Give a candidate without an affiliation the country that owns its run ("Kenya's X")."""
    if not found.affiliation and (owner := _OWNER.search(before)):
        found.affiliation = _country_of(owner.group(1))


_COMMA_CAPITAL = re.compile(r"\s*,\s*[A-Z]")  # a comma, then a capital
_COMMA_SAID_OR_AND = re.compile(r"\s*,\s*(?:[Ss]aid|[Aa]nd)\b")  # a comma, then "said" or "and"


def _take_appositive(found: _Found, after: str) -> None:
    """Take the role and place an appositive after the name gives ("X, a professor at Y,")."""
    if not (appositive := patterns().appositive.match(after)):
        return
    if _COMMA_CAPITAL.match(after[appositive.end():]) and not _COMMA_SAID_OR_AND.match(after[appositive.end():]):
        return  # "A, his counterpart, B, the High Representative, C": the role is the next name's
    role, _, place = appositive.group("role").partition(" at ")
    role = _VERB_AS.sub("", role)  # "who resigned as Prime Minister", "recently appointed as chief of staff"
    if len(found.role.split()) <= 1 or (_HELD_ONCE.match(found.role) and appositive.group(0).lstrip(", ").startswith("now ")):
        # "Gen. X, NATO's top commander," says more than "Gen."; "Former leader X, now Y's head of Z,": the post now
        found.role = " ".join(role.split()).rstrip(".,;: ") or found.role
    found.affiliation = found.affiliation or _place_name(place) or _affiliation_in(role)
    found.evidence = True


_HELD_ONCE = re.compile(r"(?i:former\s|ex-|then-)")  # a role that opens with a post held once ("Former leader")

# The words of a clause before the post it puts someone in: "who resigned as ", "recently appointed as ".
_VERB_AS = re.compile(r"^(?:who\s+)?(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+as\s+(?:the\s+)?")


def _names_a_title(text: str) -> bool:
    """Return True when `text` holds a title word (a cheap test before the costly pattern)."""
    titles = lexicon().titles
    return any(_TIME_PREFIX.sub("", word.lower()) in titles for word in TERM.findall(text))


def _ends_with_verb(text: str) -> bool:
    """Return True when `text` ends in a reporting verb or "according to" (cheap pre-test)."""
    words = TERM.findall(text[-30:])
    return bool(words) and (words[-1] in lexicon().verbs or words[-1] == "to")


def _clean_role(role: str) -> str:
    """Return a role phrase without the words a pattern may have caught before it: the clause up to
    the last joining word before its title ("who invited the", "X and"), then leading lower-case
    function words and verbs."""
    words = role.split()
    lex = lexicon()
    head = next((i for i, word in enumerate(words) if word.lower() in lex.titles), len(words))
    words = words[_clause_cut(words[:head]):] or words
    while len(words) > 1 and (words[0].lower() in _LEADING or words[0].islower() and (
            words[0] in lex.stopnames or words[0] in lex.verbs or _participle(words[0]))):
        if _participle(words[0]) and len(words) > 2 and words[1].lower() in lex.role_bodies:
            break  # "organising committee president": the participle tells which committee
        words = words[1:]
    return " ".join(words)


def _joins_portfolio(words: list[str], at: int) -> bool:
    """Return True when the word at `at` is an "and" between two parts of one portfolio ("Health
    and social care secretary"), not one that joins a name to a role ("X and former president")."""
    return words[at].lower() in ("and", "&") and at > 0 and _portfolio_word(words[at - 1])


def _clause_cut(words: list[str]) -> int:
    """Return where a role's own words begin among the words before its title: after the last
    joining word, comma, past form of a verb, or verb right after a name ("who met the Ostland
    president", "X and former president", "X met harbour chief", "X recently sent port minister")."""
    return max((i + 1 for i, word in enumerate(words) if word.lower() in _LEADING and not _joins_portfolio(words, i)
                or word.endswith(",") or _past_form(word)
                or i and words[i - 1][:1].isupper() and _verb_after_name(word)
                and not (word.endswith("ing") and i + 1 < len(words) and words[i + 1].lower() in lexicon().role_bodies)),
               default=0)  # "Tarrow organising committee president": the participle tells which committee


def _past_form(word: str) -> bool:
    """Return True for a lower-case past form of a verb, which no role holds however far from a
    name it stands ("X recently dispatched economic minister Y"; not "retired", "elected")."""
    return word.islower() and (word in _past_verbs() or word.endswith("ed") and _participle(word))


def _verb_after_name(word: str) -> bool:
    """Return True for a lower-case word that, right after a capitalised one, is that name's verb
    ("met", "said", "praised"), not a word of a role ("harbour", "acting")."""
    return word.islower() and (word in lexicon().verbs or word in _past_verbs() or _participle(word))


@cache
def _past_verbs() -> frozenset[str]:
    """Return the past forms of common verbs that do not end in "-ed"."""
    return frozenset(load("past_verbs.txt"))


def _participle(word: str) -> bool:
    """Return True for a verb form in "-ing" or "-ed" that no role opens with ("defeating",
    "beating"; not "acting", "retired": data/role_participles.txt)."""
    last = word.rpartition("-")[2]  # "co-managing" is a role word as "managing" is
    return word.endswith(("ing", "ed")) and len(word) > 4 and last not in lexicon().role_words \
        and last not in lexicon().titles and last not in _role_participles()


@cache
def _role_participles() -> frozenset[str]:
    """Return the words in "-ing" or "-ed" that a role may open with."""
    return frozenset(load("role_participles.txt"))


_LEADING_THE = re.compile(r"^(?:the)\s+")  # a "the" that opens a phrase
_IN_A_CITY = re.compile(r"\s+in\s+[A-Z][^,;]*$")  # "in" and a capitalised place that ends a phrase


def _place_name(phrase: str) -> str:
    """Return the capitalised name a role's "at ..." phrase gives ("the Lisbon Policy Institute")."""
    phrase = _LEADING_THE.sub("", phrase.strip()).rstrip(".,;: ")
    phrase = _IN_A_CITY.sub("", phrase)  # "Itaú BBA in São Paulo": the city is not the name
    return phrase if phrase[:1].isupper() else ""


def _names_organization(phrase: str) -> bool:
    """Return True when a phrase is a capitalised name holding an organization word ("BioNorth
    Vaccines Inc", "Red Cross Society"), not a description ("Chinese foreign ministry")."""
    words = phrase.split()
    capitalised = all(word[:1].isupper() or word in ("of", "for", "the", "and", "&") for word in words)
    return capitalised and any(word.lower().rstrip(".") in lexicon().org_words for word in words)


def _affiliation_in(phrase: str) -> str:
    """Return the country or organization a role phrase names ("the Lisbon Policy Institute")."""
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.IGNORECASE).rstrip(".,;: ")
    if (named := re.search(r"\s(?:of|for)\s+(?:the\s+)?([A-Z].*)$", phrase)) and _names_organization(named.group(1)):
        return named.group(1)  # "chief executive officer of BioNorth Vaccines Inc"
    if phrase and phrase[:1].isupper() and any(w.lower() in lexicon().org_words for w in phrase.split()):
        return phrase
    if owner := re.match(r"^([A-Z]{2,})[’']s\b", phrase):  # "the EU's foreign policy chief"
        return owner.group(1) if owner.group(1) in lexicon().org_acronyms else _country_of(owner.group(1))
    return next((_country_of(word) for word in re.findall(r"[^\W\d_]+", phrase) if _country_of(word)), "")


# --- people ------------------------------------------------------------------------------------


@dataclass
class _Person:
    """One person: every mention found of them, across sources and spellings."""

    keys: tuple[str, ...]
    found: list[_Found] = field(default_factory=list)
    full_in: set[str] = field(default_factory=set)  # sources that name them with given name and surname

    def sources(self) -> set[str]:
        return {f.sentence.source_id for f in self.found}

    def family_key(self) -> str:
        """Return the key of a family name written first ("Wang" of "Wang Yi"), or "" when the
        name is in given-name-first order."""
        first = next((f.tokens[0] for f in self.found if len(f.keys) == len(self.keys)), "")
        lex = lexicon()
        if len(self.keys) in (2, 3) and fold_name(first) in lex.family_first and fold_name(first) not in lex.first_names:
            return self.keys[0]
        return ""


class _People:
    """The people of a corpus, indexed by full name key and by surname key."""

    def __init__(self) -> None:
        self.all: list[_Person] = []
        self.by_key: dict[tuple[str, str], _Person] = {}
        self.by_surname: dict[str, list[_Person]] = defaultdict(list)
        self.by_family: dict[str, list[_Person]] = defaultdict(list)  # family names written first
        self.by_letters: dict[str, _Person] = {}  # by the letters of the whole name, spaces and hyphens left out
        self._surnames: dict[str, list[tuple[str, _Person]]] | None = None  # by first letter, see surnames_from
        self._firsts: dict[str, list[_Person]] | None = None  # by the keys of the words before the surname, see given_match

    def add_full(self, found: _Found) -> None:
        """Merge a full-name candidate into the person it names, or start a new person."""
        person = self.full_match(found.keys)
        if person is None:
            person = _Person(found.keys)
            self.all.append(person)
            self.by_key[(found.keys[0], found.keys[-1])] = person
            self.by_surname[found.keys[-1]].append(person)
            self.by_letters.setdefault("".join(found.keys), person)
        person.found.append(found)
        person.full_in.add(found.sentence.source_id)
        if len(person.found) == 1 and (family := person.family_key()):
            self.by_family[family].append(person)

    def full_match(self, keys: tuple[str, ...]) -> _Person | None:
        """Return the person a name of two or more words names: same given name and surname, or
        the tail of exactly one longer name ("Lloyd Webber")."""
        if person := self.by_key.get((keys[0], keys[-1])) or self.by_letters.get("".join(keys)):
            return person  # "Pak Min-ho", "Pak Min Ho" and "Pak-Min Ho" are one name, its parts joined another way
        tails = [p for p in self.by_surname.get(keys[-1], []) if len(p.keys) > len(keys) and p.keys[-len(keys):] == keys]
        return tails[0] if len(tails) == 1 else None

    def absorb(self, person: _Person, other: _Person) -> None:
        """Make `other`'s mentions `person`'s: one person the sources write two ways."""
        person.found += other.found
        person.full_in |= other.full_in
        self.all.remove(other)
        self.by_surname[other.keys[-1]].remove(other)
        for index in (self.by_key, self.by_letters):
            for key, known in list(index.items()):
                if known is other:
                    index[key] = person
        for family in self.by_family.values():
            if other in family:
                family.remove(other)

    def surname_match(self, key: str, source_id: str) -> list[_Person]:
        """Return the people a surname alone may name: those with it in the source, else in the corpus."""
        people = [p for p in self.by_surname.get(key, []) + self.by_family.get(key, []) if len(p.keys) > 1]
        local = [p for p in people if source_id in p.full_in]
        return local or people

    def surnames_from(self, letter: str) -> list[tuple[str, _Person]]:
        """Return (folded surname as written, person) for the people of a full name whose surname
        starts with `letter`; indexed once, when the full names are all known."""
        if self._surnames is None:
            self._surnames = defaultdict(list)
            for person in self.all:
                if len(person.keys) > 1:
                    surname = initial_sound(fold_name(_surname(person)))
                    self._surnames[surname[:1]].append((surname, person))
        return self._surnames.get(letter, [])

    def given_match(self, key: str) -> list[_Person]:
        """Return the one person a word alone names by a word of their name before the surname, as
        news does with names without a surname ("said Abebe" for "Abebe Girma Tesfaye") and with
        the name a person goes by inside a longer one ("Quell" of "Ruiz Inacio Quell da Silva"): only
        a word that is no one's surname and such a word of one person's name alone (indexed once,
        when the full names are all known)."""
        if self.by_surname.get(key):
            return []
        if self._firsts is None:
            self._firsts = defaultdict(list)
            for person in self.all:
                for word in dict.fromkeys(person.keys[:-1]):
                    self._firsts[word].append(person)
        people = self._firsts.get(key, [])
        return people if len(people) == 1 else []

    def add_surname_only(self, found: _Found) -> None:
        """Start a person known only by a titled surname ("President X"), or add to the one there is."""
        people = self.by_surname.get(found.keys[-1], [])
        person = people[0] if people else None
        if person is None:
            person = _Person(found.keys)
            self.all.append(person)
            self.by_surname[found.keys[-1]].append(person)
        person.found.append(found)


def _candidates(source: Source) -> tuple[list[_Found], list[_Org], list[tuple[str, int, str]]]:
    """Return every candidate name and organization in a source's sentences, in order (names in
    credit lines left out), and every country name as (cite, where, as written)."""
    people, orgs, countries = [], [], []
    captions = _caption_paragraphs(source)
    for sentence in source.sentences:
        if sentence.paragraph in captions:
            continue
        found, named, country_names = _read_sentence(sentence.text)
        people += [replace(one, sentence=sentence, listed_with=[]) for one in found]
        orgs += [replace(org, sentence=sentence) for org in named]
        countries += [(sentence.cite, start, name) for start, name in country_names]
    _spread_in_lists(people)
    _confirm_weak(source, people)
    return people, orgs, countries


def _caption_paragraphs(source: Source) -> set[int]:
    """Return the paragraphs of a source that a photo's credit closes ("Minister X tours the plant
    on Jan. 17. Ada Lund/The Harbour Press"): captions, their people in a picture, not the event."""
    last: dict[int, Sentence] = {}
    for sentence in source.sentences:
        last[sentence.paragraph] = sentence
    return {paragraph for paragraph, sentence in last.items() if ends_a_caption(sentence.text)}


# Sentence texts whose reading is kept: a corpus repeats sentences (wire copy, quotations), and a
# name's reading depends on its sentence's text alone.
MAX_SENTENCES_KEPT = 1 << 15


@lru_cache(maxsize=MAX_SENTENCES_KEPT)
def _read_sentence(text: str) -> tuple[tuple[_Found, ...], tuple[_Org, ...], tuple[tuple[int, str], ...]]:
    """Return the candidate names and organizations of a sentence's text (names in credit lines
    left out) and its country names as (where, as written); the names and organizations stand in
    a sentence of that text alone, for `_candidates` to copy into the sentence that holds it."""
    sentence = Sentence("", 0, text, 0, len(text))
    people, orgs = [], []
    credits = credit_spans(text)
    headline = _headline_case(text)
    for start, end in runs(text) if not _shouted(text) else ():
        if any(a <= start < b for a, b in credits) or quoted_title(text, start, end):
            continue
        read = read_run(sentence, start, end)
        if isinstance(read, _Found) and (_facility_after(text, read.end) or _employer_of_next(text, read.end)):
            continue  # "the Edgar Thompson plant", "Harrow Dean lawyer X": a site or a firm named after someone
        if isinstance(read, _Found):
            add_context(read)
            people.append(read)
        elif isinstance(read, _Org) and not headline:
            orgs.append(read)
    countries = tuple((match.start(), match.group(0)) for match in patterns().country.finditer(text))
    return tuple(people), tuple(orgs), countries


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _facility_after(text: str, end: int) -> bool:
    """Return True when a lower-case head word of a site or body follows a name ("X plant", "X
    refinery", "X foundation"): the name is the site's or body's, which bears a person's name."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1) in lexicon().org_words


_EMPLOYEE = re.compile(r"\s+(?:[a-z]+\s+)?([a-z]+)\s+[A-Z][a-z]")


def _employer_of_next(text: str, end: int) -> bool:
    """Return True when a name is followed by the lower-case post of a person named next, an
    expert's or a professional's ("Harrow Dean lawyer Ann Vell", "Corbel Partners analyst X"):
    the name is the firm's that employs them, which bears a person's name."""
    post = _EMPLOYEE.match(text, end)
    return post is not None and lexicon().titles.get(post.group(1)) in ("expert", "other")


@lru_cache(maxsize=MAX_SENTENCES_KEPT)
def _headline_case(text: str) -> bool:
    """Return True when a sentence capitalises every word but the short function words, as a
    headline does ("Harbour Group To Buy Fleet Operator"): its capitals mark no organization."""
    return len(text.split()) >= HEADLINE_WORDS and _all_capitalised(text)


def _all_capitalised(text: str) -> bool:
    """Return True when every word of `text` but the short function words is capitalised, and
    there is one (title_case_share(text) == 1.0, read only up to the first word in lower case)."""
    minor_words, capitalised = lexicon().minor_words, False
    for match in LETTERS.finditer(text):
        word = match.group(0)
        if word.lower() in minor_words:
            continue
        if not word[0].isupper():
            return False
        capitalised = True
    return capitalised


def _headline_words(words: list[str]) -> bool:
    """Return True when words inside a name include a capitalised short function word ("To", "In"),
    which prose writes in lower case: the run is a Title Case headline, not a name."""
    return any(word[:1].isupper() and word.lower() in lexicon().minor_words for word in words)


def _shouted(text: str) -> bool:
    """Return True when a sentence of several words has no lower-case letter: its capitals mark no name."""
    return len(text.split()) >= 3 and not any(char.islower() for char in text)


_LIST_GAP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")  # what stands between two names of one list


_OF_OR_FOR = re.compile(r"\b(?:of|for)\s+(?:[A-Z][\w'’-]*\s+){0,3}$")  # "for Island Welfare": its run may hold more words


def _complement(found: _Found) -> bool:
    """Return True when a name stands right after "of" or "for", as a title's portfolio does
    ("Minister for Rural Affairs and Fisheries Commissioner X"): what follows it with "and" may
    be the next part of one long title, not the next item of a list."""
    begins = found.run_start if found.run_start >= 0 else found.start
    return _OF_OR_FOR.search(found.sentence.text, max(0, begins - 60), begins) is not None


def _spread_in_lists(people: list[_Found]) -> None:
    """Link the names of one list ("founded by A B, C D and E F") to each other: the items of a
    list are things of one kind, so one that names a person vouches for the rest."""
    lists: list[list[_Found]] = []
    for found in people:
        last = lists[-1][-1] if lists else None
        begins = found.run_start if found.run_start >= 0 else found.start  # "…, and Aid Commissioner X": the title too
        if last is not None and last.sentence is found.sentence and \
                _LIST_GAP.fullmatch(found.sentence.text[last.end:begins]) and not _complement(lists[-1][0]):
            lists[-1].append(found)
        else:
            lists.append([found])
    for items in lists:
        if not _joined_by_and(items):
            continue
        for found in items:
            found.listed_with = [other for other in items if other is not found]


def _joined_by_and(items: list[_Found]) -> bool:
    """Return True when an "and" joins some two of the names: a list of names ends with one ("A
    and B", "A, B and C"). Names a comma alone joins are no list but a phrase and the subject
    after it ("In an interview with Grain Weekly, X said") or a body and the person an appositive
    names ("the chief executive of lender Norvik Kredit, Tomas Berget, said")."""
    return any(re.search(r"\band\b", one.sentence.text[one.end:other.start])
               for one, other in itertools.pairwise(items))


PRONOUN_REACH = 3  # paragraphs of a quotation after a name that a "he" or "she" may still point back over
_PRONOUN_OPENS = re.compile(r"\W*(?:He|She)\b")
_PRONOUN_SAYS = re.compile(r"[,“”\"’]\s*(?:he|she)\s+(?:\w+\s+)?(?:said|says|added|adds)\b")
_OPENS_QUOTE = re.compile(r"\s*[“\"‘']")


# An appositive that says where someone works: ", a partner at X", ", an associate fellow at the X"
# (a firm is "a bank in X", "a supplier to X").
_PLACE_OF_WORK = re.compile(r",\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s+at\s+(?:the\s+)?[A-Z]")


def _works_at(text: str, end: int) -> bool:
    """Return True when a body a word of organizations names follows a name with "of", "at" or
    "from" ("X Y of Harbour Capital said"): people work at firms; a firm is seldom "of" another."""
    body = OF_ORGANIZATION.match(text, end)
    return body is not None and any(word.lower() in lexicon().org_words for word in body.group(0).split()[1:])


# "As X put it: “…”", "As X of Y put it, …": a frame of its own, the words after it X's.
_AS_BEFORE = re.compile(r"(?:^|[.!?]\s+|,\s+)As\s+$")
_PUT_IT_AFTER = re.compile(rf"^(?:{OF_ORGANIZATION_PATTERN})?\s+put\s+it\b")


def _confirm_weak(source: Source, people: list[_Found]) -> None:
    """Accept a name that only a reporting verb vouches for ("X Y said") when the source goes on
    to call them by surname alone or by he/she in the next sentence, as it does people and not
    companies or places; or in the sentence after the paragraphs of the quotation that follows
    the name ("X said: “…  “…  “…,” he said."); or when an appositive says where they work
    ("said X Y, a partner at Z")."""
    surnames = {found.keys[0] for found in people if len(found.keys) == 1}
    for found in people:
        if not found.weak or found.evidence or len(found.keys) < 2:
            continue
        found.evidence = found.keys[-1] in surnames or _pronoun_follows(source, found.sentence.number) \
            or bool(_PLACE_OF_WORK.match(found.sentence.text, found.end)) or _works_at(found.sentence.text, found.end)


def _pronoun_follows(source: Source, number: int) -> bool:
    """Return True when the sentence after sentence `number` opens with "he" or "she", or a later
    one says "he said" after sentences that each open a paragraph of one quotation (at most
    PRONOUN_REACH of them): the pronoun can point to nobody else."""
    for step in range(1, PRONOUN_REACH + 2):
        following = source.sentence(number + step)
        if following is None:
            return False
        if _PRONOUN_OPENS.match(following.text) or (step > 1 and _PRONOUN_SAYS.search(following.text)):
            return True
        if not _OPENS_QUOTE.match(following.text):
            return False
    return False


def _resolve(candidates: list[_Found]) -> list[_Person]:
    """Return the people the candidates name, each with the mentions that are theirs."""
    people = _People()
    _vouch_by_surname(candidates)
    full = sorted((f for f in candidates if f.evidence and len(f.keys) >= 2), key=lambda f: -len(f.keys))
    for found in full:
        people.add_full(found)
    _merge_given_variants(people, candidates)
    _merge_misspelled(people)
    _merge_reordered(people)
    _merge_family_name_first(people)
    for found in candidates:
        if _listed_with_a_person(people, found):
            found.evidence = True
            people.add_full(found)
    for found in candidates:
        if len(found.keys) >= 2 and not found.evidence:
            _join_full(people, found)
        elif len(found.keys) == 1:
            _join_surname(people, found)
    return [person for person in people.all if person.found]


def _vouch_by_surname(candidates: list[_Found]) -> None:
    """Let a surname alone that its sentence vouches for ("X, a former club shareholder,") vouch
    for the full name that ends in it in the same source ("the mill was sold by Y X"): a source
    names a person in full first and by surname after."""
    vouched = {(f.sentence.source_id, f.keys[0]) for f in candidates if len(f.keys) == 1 and f.evidence and not f.weak}
    for found in candidates:
        if len(found.keys) >= 2 and not found.evidence and (found.sentence.source_id, found.keys[-1]) in vouched:
            found.evidence = True


def _listed_with_a_person(people: _People, found: _Found) -> bool:
    """Return True for a full name without evidence of its own in a list with a person's full name
    in it (a lone given name vouches for no list: "Members Brzzinski, Flores, Paul and Shaw"); a
    run ending in a title is that person's role ("A, Harlow Chairman and Chief Executive")."""
    return not found.evidence and len(found.keys) >= 2 and not _is_title(found.tokens[-1]) and any(
        len(peer.keys) >= 2 and ((peer.evidence and not peer.weak) or people.full_match(peer.keys))
        for peer in found.listed_with)


SAME_GIVEN = 0.8  # two given names this alike (same first letter, five letters or more) are one misspelled


def _merge_given_variants(people: _People, candidates: list[_Found]) -> None:
    """Merge two people of one surname whose given names are one name written two ways: a letter
    off ("Marek" and "Marec") or a short form ("Bill" and "William")."""
    written: dict[tuple[str, str], list[_Found]] = defaultdict(list)
    for found in candidates:
        if len(found.keys) >= 2:
            written[(found.keys[0], found.keys[-1])].append(found)
    for group in list(people.by_surname.values()):
        for one, other in [(a, b) for i, a in enumerate(group) for b in group[i + 1:]]:
            if one in people.all and other in people.all and \
                    _one_given_name(written[(one.keys[0], one.keys[-1])], written[(other.keys[0], other.keys[-1])]):
                people.absorb(one, other)


def _merge_misspelled(people: _People) -> None:
    """Merge two people whose given names and surnames are each one name written two ways ("Mara
    Lindqvist" and "Marra Lindquist"): both alike by about a letter or equal, never written in one
    sentence, and not by exactly the same sources. The fuller-cited spelling stays the name."""
    by_letter: dict[str, list[_Person]] = defaultdict(list)
    for person in people.all:
        if len(person.keys) > 1:
            by_letter[initial_sound(fold_name(_surname(person)))[:1]].append(person)
    for group in by_letter.values():
        for one, other in [(a, b) for i, a in enumerate(group) for b in group[i + 1:]]:
            if one in people.all and other in people.all and one.keys[-1] != other.keys[-1] \
                    and _misspelled(one, other):
                keep, drop = (one, other) if len(one.found) >= len(other.found) else (other, one)
                people.absorb(keep, drop)
                people.by_surname[drop.keys[-1]].append(keep)  # a source that misspells the name writes its surname so too


def _merge_reordered(people: _People) -> None:
    """Merge two people whose full names are the same words in another order ("Min-jun Seo" and
    "Seo Min-jun"): sources that write a family name first and sources that write it last.
    Never when one sentence writes both. The fuller-cited order stays the name."""
    by_words: dict[tuple[str, ...], list[_Person]] = defaultdict(list)
    for person in people.all:
        if len(person.keys) > 1:
            by_words[tuple(sorted(_name_words(person)))].append(person)
    for group in by_words.values():
        for one, other in [(a, b) for i, a in enumerate(group) for b in group[i + 1:]]:
            if one in people.all and other in people.all and _name_words(one) != _name_words(other) \
                    and not {f.sentence.cite for f in one.found} & {f.sentence.cite for f in other.found}:
                keep, drop = (one, other) if len(one.found) >= len(other.found) else (other, one)
                people.absorb(keep, drop)


def _merge_family_name_first(people: _People) -> None:
    """Merge a name written family name first ("Lin Wei-chen") with a two-word name that ends in
    that family name ("Peter Lin"), the one an English given name, the other the person's own
    given names: one person when both hold the same title and no source names both."""
    for family, written_first in list(people.by_family.items()):
        others = [p for p in people.by_surname.get(family, []) if len(p.keys) == 2 and not p.family_key()]
        written_first = [p for p in written_first if p in people.all and p not in others]
        if len(others) != 1 or len(written_first) != 1:
            continue  # two people of the family name on either side: which is which is not plain
        one, other = written_first[0], others[0]
        if not one.full_in & other.full_in and _titles(one) & _titles(other) and _post_words(one) == _post_words(other) \
                and not _affiliated_apart(one, other):
            keep, drop = (one, other) if len(one.found) >= len(other.found) else (other, one)
            people.absorb(keep, drop)


def _affiliated_apart(one: _Person, other: _Person) -> bool:
    """Return True when the mentions of two people tie them to bodies or countries, and to none in common."""
    mine, theirs = ({f.affiliation for f in person.found if f.affiliation} for person in (one, other))
    return bool(mine) and bool(theirs) and not mine & theirs


def _titles(person: _Person) -> set[str]:
    """Return the title words the mentions of a person give them ("president")."""
    return {found.title for found in person.found if found.title}


def _post_words(person: _Person) -> set[str]:
    """Return the words of a person's roles besides titles, countries and small words ("company"
    of "company president"): what says which post of that title they hold."""
    lex = lexicon()
    words = {fold_name(word) for found in person.found for word in TERM.findall(found.role)}
    return {word for word in words if word not in lex.titles and word not in lex.stopnames and not _country_of(word)}


def _name_words(person: _Person) -> tuple[str, ...]:
    """Return the words of a person's fullest name, folded, their dashes dropped ("Min-Jun Seo":
    minjun, seo), in the order it writes them."""
    fullest = max(person.found, key=lambda f: len(f.keys))
    return tuple(_DASHES.sub("", fold_name(token)) for token in fullest.tokens)


def _misspelled(one: _Person, other: _Person) -> bool:
    """Return True when two people's full names are one name written two ways (see `_merge_misspelled`)."""
    given = [_given(person.found[0]) for person in (one, other)]
    surnames = [initial_sound(fold_name(_surname(person))) for person in (one, other)]
    # two words before it that agree make a short surname a letter off one name too ("Ana Maria Kasr", "Ana Maria Kasi")
    two_agree = len(one.keys) >= 3 and one.keys[:-1] == other.keys[:-1] and _a_letter_off(*surnames)
    if not (two_agree or (given[0] == given[1] or _spelled_alike(*given)) and _spelled_alike(*surnames)):
        return False  # the names first: most pairs differ there, and cheaply
    if {f.sentence.cite for f in one.found} & {f.sentence.cite for f in other.found}:
        return False
    return {f.sentence.source_id for f in one.found} != {f.sentence.source_id for f in other.found}


def _one_given_name(one: list[_Found], other: list[_Found]) -> bool:
    """Return True when two names of one surname, as the corpus writes them, are one person whose
    given name the sources write two ways. Never when one sentence writes both; a short form only
    when no source writes both, a misspelling only when the two are not written by exactly the
    same sources."""
    if not one or not other or {f.sentence.cite for f in one} & {f.sentence.cite for f in other}:
        return False
    mine, theirs = _given(one[0]), _given(other[0])
    sources = [{f.sentence.source_id for f in found} for found in (one, other)]
    if short_forms(mine, theirs):
        return not sources[0] & sources[1]
    if len(one[0].keys) >= 3 and one[0].keys[1:] == other[0].keys[1:]:  # two more words agree
        return sources[0] != sources[1] and _a_letter_off(mine, theirs)
    return sources[0] != sources[1] and _spelled_alike(mine, theirs)


def _given(found: _Found) -> str:
    """Return the given name of a full-name mention as written, folded."""
    return fold_name(next(token for token in found.tokens if not is_particle(token)))


def _a_letter_off(one: str, other: str) -> bool:
    """Return True when two folded given names of one length differ in one letter, not the first
    ("Marek", "Marec"): of names that agree in every other word, one misspelled."""
    return len(one) == len(other) and one[:1] == other[:1] and sum(a != b for a, b in zip(one, other)) == 1


def _spelled_alike(one: str, other: str) -> bool:
    """Return True when two folded given names differ by about a letter: same first letter, five
    letters or more, and SAME_GIVEN alike."""
    return one[:1] == other[:1] and min(len(one), len(other)) >= 5 and \
        SequenceMatcher(None, one, other).ratio() >= SAME_GIVEN


def _join_full(people: _People, found: _Found) -> None:
    """Add a full name without evidence of its own to the person it names, if any: the same name,
    or the one person whose given name it writes alike and whose surname it misspells ("Festa
    Okoro" for "Festa Ukoro")."""
    person = people.full_match(found.keys) or _misspelling_of(people, found)
    if person:
        person.found.append(found)
        person.full_in.add(found.sentence.source_id)


def _misspelling_of(people: _People, found: _Found) -> _Person | None:
    """Return the one person a full name without evidence misspells (see `_misspelled`), or None:
    their surname misspelled after the same given name, or failing that their given name misspelled
    before the same surname ("Mariatta X" for "Marietta X")."""
    given, surname = _given(found), initial_sound(fold_name(found.tokens[-1]))
    elsewhere = partial(_named_elsewhere, found)
    alike = [person for written, person in people.surnames_from(surname[:1])
             if written != surname or person.keys[-1] != found.keys[-1]
             if _spelled_alike(written, surname) and given in (_given(person.found[0]),) and elsewhere(person)]
    if not alike:
        alike = [person for person in people.by_surname.get(found.keys[-1], []) if len(person.keys) > 1
                 and _given(person.found[0]) != given and _spelled_alike(_given(person.found[0]), given)
                 and elsewhere(person)]
    return alike[0] if len(alike) == 1 else None


def _named_elsewhere(found: _Found, person: _Person) -> bool:
    """Return True when no mention of `person` stands in `found`'s sentence (which would make them two)."""
    return found.sentence.cite not in {f.sentence.cite for f in person.found}


def _join_surname(people: _People, found: _Found) -> None:
    """Add a surname alone to the one person it may name (or, failing that, misspells by a letter);
    a surname no one has yet starts a person of its own under a title written as one ("President
    X"), or after an honorific ("Sir X"), not under a lower-case description alone ("energy company
    owner X" names a firm as often as a person)."""
    matches = people.surname_match(found.keys[0], found.sentence.source_id) or \
        (people.given_match(found.keys[0]) if found.weak or found.titled else []) or _surname_alike(people, found)
    if len(matches) == 1:
        matches[0].found.append(found)
    elif not matches and found.titled and _styled_a_person(found) and (
            found.title not in lexicon().role_words or _honorific_before_title(found)):
        people.add_surname_only(found)  # "Mr Justice X": a title that is also a role word ("justice minister")


def _styled_a_person(found: _Found) -> bool:
    """Return True when the title before a name is written with a capital ("Senator", not
    "senator"), or an honorific stands right before it ("Sir", "Mrs")."""
    before = found.sentence.text[:found.start].split()
    return bool(before and before[-1].lower() in lexicon().honorifics) or \
        any(word[:1].isupper() and word.lower().rstrip(".") == found.title for word in TERM.findall(found.role))


def _honorific_before_title(found: _Found) -> bool:
    """Return True when the words before a name are an honorific and its title alone ("Mr Justice X")."""
    words = found.sentence.text[found.run_start:found.start].split() if found.run_start >= 0 else []
    return len(words) == 2 and words[0].lower().rstrip(".") + "." in _honorific_forms() \
        and words[1].lower().rstrip(".") == found.title


def _styled_name(found: _Found) -> str | None:
    """Return a surname alone with the title and honorific before it that style it ("Justice X",
    "Mr Justice X"), as the whole run from its first word writes them, or None."""
    if found.run_start < 0:
        return None
    words = found.sentence.text[found.run_start:found.start].split()
    honorifics = _honorific_forms()
    if not words or words[-1].lower().rstrip(".") != found.title \
            or any(word.lower().rstrip(".") + "." not in honorifics for word in words[:-1]):
        return None
    return found.sentence.text[found.run_start:found.end]


@cache
def _honorific_forms() -> frozenset[str]:
    """Return the honorifics in lower case, each with its full stop ("mr.", "mrs.", "sir.")."""
    return frozenset(word.lower().rstrip(".") + "." for word in lexicon().honorifics)


def _surname_alike(people: _People, found: _Found) -> list[_Person]:
    """Return the one person whose surname a surname alone misspells by about a letter ("Pellinghem"
    for "Pellingham"), when no sentence writes both; else nothing."""
    written = initial_sound(fold_name(found.tokens[-1]))
    alike = [person for surname, person in people.surnames_from(written[:1])
             if abs(len(surname) - len(written)) <= 2 and _spelled_alike(written, surname)
             and found.sentence.cite not in {f.sentence.cite for f in person.found}]
    return alike if len(alike) == 1 else []


def _surname(person: _Person) -> str:
    """Return a person's surname as their fullest mention writes it."""
    fullest = max(person.found, key=lambda f: len(f.keys))
    return _without_suffix([token for token in fullest.tokens if not is_particle(token)])[-1]


def canonical(person: _Person) -> str:
    """Return a person's canonical name: the fullest form, its most used spelling across sources,
    the diacritised one among spellings that differ only by diacritics."""
    longest = max(len(f.keys) for f in person.found)
    forms = [f for f in person.found if len(f.keys) == longest]
    groups: dict[str, list[_Found]] = defaultdict(list)
    for found in forms:
        groups[fold_name(found.surface)].append(found)

    def weight(group: list[_Found]) -> tuple:
        return (len({f.sentence.source_id for f in group}), len(group))

    best = max(groups.values(), key=weight)
    spellings = Counter(_DASHES.sub("-", f.surface) for f in best)
    return max(spellings, key=lambda s: (diacritics(s), spellings[s]))


def newsroom_left_out(actors: list[Actor], views: list[View]) -> list[Actor]:
    """Return `actors` but the people the sources name only as their own newsroom's ("Harbour News
    journalist X has covered politics for a decade", an author's note) and who say nothing of the
    event: reporters are not actors of what they report."""
    speakers = {view.speaker for view in views}
    return [actor for actor in actors if actor.kind != "person" or actor.name in speakers
            or not actor.role or actor.role.split()[-1].lower() not in _PRESS_POSTS]


_PRESS_POSTS = frozenset({"journalist", "reporter", "correspondent", "columnist", "photographer", "photojournalist"})


def _best_role(found: list[_Found]) -> tuple[str, str]:
    """Return the most specific role and the most often given affiliation among a person's mentions;
    a post named only against another's ("his Energy counterpart") when no other is given."""
    roles = Counter(f.role for f in found if f.role)
    role = max(roles, key=lambda r: (r.split()[-1].lower() != "counterpart", len(r.split()), roles[r]), default="")
    affiliations = Counter(f.affiliation for f in found if f.affiliation)
    return role, (affiliations.most_common(1)[0][0] if affiliations else "")


# --- the titles people are referred back to by ("the minister") ----------------------------------


# What stands between a title and the name it is the title of: a space, or a portfolio ("of the
# Harbour Commission ").
_TITLE_OF_NAME = re.compile(r"\s+(?:(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+)+)?")


def _source_titles(source: Source, in_source: dict[str, list[tuple[str, _Found]]],
                   elsewhere: dict[str, str]) -> list[Mention]:
    """Return the title mentions of one source. `find_actors` asks for every source in its own
    process: worker processes started for this short step cost more than they save."""
    return _title_mentions(source, in_source.get(source.id, []), elsewhere)


def _title_mentions(source: Source, people: list[tuple[str, _Found]], elsewhere: dict[str, str]) -> list[Mention]:
    """Return mentions such as "the minister" that name the one person of a source holding that title.

    `people` holds (canonical name, mention) for the mentions found in this source; `elsewhere`
    the role each person has in the corpus, which counts for one the source gives no role.
    """
    holders = _holders(people, elsewhere)
    described = {name: set(fold_text(role).split()) for name, role in _roles(people, elsewhere)}
    for name, found in people:  # and the country each is tied to ("Kenya's finance minister")
        described.setdefault(name, set()).add(found.affiliation)
    first_seen: dict[str, int] = {}
    named: dict[int, set[str]] = defaultdict(set)  # whom each sentence names: there the title is their role
    for name, found in people:
        first_seen[name] = min(first_seen.get(name, 10**9), found.sentence.number)
        named[found.sentence.number].add(name)
    starts: dict[int, list[int]] = defaultdict(list)  # where each sentence names a person
    for _, found in people:
        starts[found.sentence.number].append(found.start)
    mentions = []
    for sentence in source.sentences:
        for match in _titles_in(sentence.text):
            if any(_TITLE_OF_NAME.fullmatch(sentence.text[match.end():start]) for start in starts[sentence.number]
                   if start >= match.end()):
                continue  # "The President of the Commission Ana Ruiz": her own title, no one's referent
            qualifiers = _title_qualifiers(match.group(0))
            names = {n for n in holders.get(match.group("title").lower(), set())
                     if first_seen[n] < sentence.number and qualifiers <= described.get(n, set())}
            if len(names) == 1 and (name := next(iter(names))) not in named.get(sentence.number, ()):
                mentions.append(Mention(name, match.group(0), sentence.cite))  # a later holder is no referent
    return mentions


@lru_cache(maxsize=1 << 12)
def _titles_in(text: str) -> tuple[re.Match, ...]:
    """Return the descriptions of a post a sentence's text holds ("the minister"), once for each text."""
    return tuple(patterns().the_title.finditer(text))


_POSSESSIVE_OWNER = re.compile(r"([^\W\d_][\w-]*)[’']s\s")


def _title_qualifiers(description: str) -> set[str]:
    """Return what a description of a post says of its holder besides the title: the words
    between "the" and the title ("the foreign minister" is no finance minister), and the owner
    of a possessive one ("Vexor's chief executive" is no one else's), a country by its name."""
    qualifiers = set(fold_text(description).split()[1:-1])
    if owner := _POSSESSIVE_OWNER.match(description):
        qualifiers.add(_country_of(owner.group(1)) or fold_text(owner.group(1)))
    return qualifiers


def _holders(people: list[tuple[str, _Found]], elsewhere: dict[str, str]) -> dict[str, set[str]]:
    """Return who holds each title in a source: by the roles it gives, or by the corpus role of a
    person it names without one."""
    holders: dict[str, set[str]] = defaultdict(set)
    for name, role in _roles(people, elsewhere):
        if (head := head_title(role)) and not _lesser(role, head):
            holders[head].add(name)
    return holders


def _roles(people: list[tuple[str, _Found]], elsewhere: dict[str, str]) -> list[tuple[str, str]]:
    """Return (name, role) for each role a source gives the people it names, and the corpus role
    of each person it names without one."""
    roles = [(name, found.role) for name, found in people if found.role]
    given = {name for name, _ in roles}
    return roles + [(name, elsewhere.get(name, "")) for name in {name for name, _ in people} - given]


def _lesser(role: str, head: str) -> bool:
    """Return True when a word before the title makes it another ("Vice President", "Deputy
    Minister"): its holder is not the one "the president" or "the minister" refers back to."""
    before = re.search(rf"([\w-]+)[\s-]+{re.escape(head)}\b", role, re.IGNORECASE)
    return bool(before) and before.group(1).lower() in lexicon().lesser_titles


# --- organizations and countries ----------------------------------------------------------------


def _org_actors(orgs: list[_Org], corpus: Corpus) -> tuple[list[Actor], list[Mention]]:
    """Return the organizations named, merged by folded name and with their acronyms (see
    `_spelled_out`), each with its sentences."""
    order = {sentence.cite: i for i, sentence in enumerate(corpus.sentences())}
    by_key: dict[str, list[_Org]] = defaultdict(list)
    for org in orgs:  # "Harlow Steel Corp" and "Harlow Steel Corporation" are one company
        by_key[fold_name(without_legal_form(org.name)).replace(" & ", " and ")].append(org)
    _merge_tails(by_key, order)
    defined = _defined_acronyms(corpus, set(by_key))
    for sentence in corpus.sentences():
        for match in patterns().acronym.finditer(sentence.text):
            by_key[fold_name(match.group(0))].append(_Org(sentence, match.group(0)))
        for match in _ACRONYM_WORD.finditer(sentence.text) if defined else ():
            if match.group(0) in defined:
                by_key[fold_name(match.group(0))].append(_Org(sentence, match.group(0)))
    actors, mentions = [], []
    for keys in _spelled_out(list(by_key)):
        group = by_key[keys[0]] if len(keys) == 1 else sorted(
            (org for key in keys for org in by_key[key]), key=lambda org: order[org.sentence.cite])
        actor = _org_actor(group, by_key[keys[0]])
        actors.append(actor)
        mentions += [Mention(actor.name, org.name, org.sentence.cite) for org in _first_per_sentence(group)]
    return actors, mentions


def _merge_tails(by_key: dict[str, list[_Org]], order: dict[str, int]) -> None:
    """Merge into the name of a body whose one word before "and" opens it ("rivers and lakes
    authority") the mentions of its words after "and" alone ("Lakes Authority"), in corpus order."""
    for key in [key for key in by_key if " and " in key]:
        head, tail = key.split(" and ", 1)
        if tail in by_key and " " not in head:
            by_key[key] = sorted(by_key[key] + by_key.pop(tail), key=lambda org: order[org.sentence.cite])


def _org_actor(group: list[_Org], named: list[_Org]) -> Actor:
    """Return the actor of one organization's mentions, named as most of `named` (the mentions of
    its full name) write it, its other names as aliases."""
    names = Counter(org.name for org in named)
    name = max(names, key=lambda n: (diacritics(n), names[n]))
    affiliation = Counter(o.affiliation for o in group if o.affiliation).most_common(1)
    return Actor(name=name, aliases=_unique(org.name for org in group if org.name != name), kind="organization",
                 affiliation=affiliation[0][0] if affiliation else "", cite=_unique(org.sentence.cite for org in group))


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_LINKS = frozenset({"of", "and", "for", "the", "on", "de", "la", "&"})  # words an acronym leaves out
# An acronym standing alone; its first letter opens the pattern so that the engine leaps to the capitals.
_ACRONYM_WORD = re.compile(r"[A-Z](?<![\w&.-][A-Z])[A-Z]{1,5}(?![\w&-])")
_DEFINED = re.compile(rf"([A-Z][\w&'’.-]*(?:\s+(?:{'|'.join(sorted(_LINKS))}|[A-Z][\w&'’.-]*))*)\s+\(([A-Z]{{2,6}})\)")


def _defined_acronyms(corpus: Corpus, keys: set[str]) -> set[str]:
    """Return the acronyms the sources define in brackets after an organization's name whose
    words they spell ("the Harbour Pilots Association (HPA)"): their other uses name it too."""
    defined = set()
    for sentence in corpus.sentences():
        for name, acronym in _DEFINED.findall(sentence.text) if "(" in sentence.text else ():
            words = fold_name(name).split()
            for start in range(len(words)):  # the name may open with words of the sentence ("On Monday the ...")
                if " ".join(words[start:]) in keys and _initials(words[start:]) == acronym.lower():
                    defined.add(acronym)
    return defined


def _initials(words: list[str]) -> str:
    """Return the initials of a name's words, the words an acronym leaves out aside."""
    return "".join(word[0] for word in words if word not in _LINKS)


def _spelled_out(keys: list[str]) -> list[list[str]]:
    """Return the folded names of the organizations, grouped when one is the acronym of another
    ("NPA" and "Northern Ports Authority") or starts with the acronym of the other's first words
    ("NP Safety Board", "Northern Ports Safety Board"): the full name first, groups in
    the order of their first name. An acronym two names spell stays apart."""
    spelled: dict[str, list[str]] = defaultdict(list)  # an acronym -> the full names it stands for
    for key in keys:
        words = [word for word in key.split() if word not in _LINKS]
        for length in range(2, min(len(words), 6) + 1):
            spelled[_initials(words[:length]) + " " + " ".join(words[length:])].append(key)
    joined: dict[str, str] = {}
    for key in keys:
        first, _, rest = key.partition(" ")
        full = spelled.get(f"{first} {rest}", [])
        if _ACRONYM.fullmatch(first.upper()) and len(full) == 1 and full[0] != key:
            joined[key] = full[0]
    joined.update(_of_one_country(keys, joined))

    def root(key: str) -> str:  # "us un convention" -> "un convention" -> "united nations convention"
        for _ in keys:
            if key not in joined:
                break
            key = joined[key]
        return key

    groups: dict[str, list[str]] = {}
    for key in keys:
        groups.setdefault(root(key), [])
    for key in keys:
        groups[root(key)].append(key)
    return [sorted(group, key=lambda key: key in joined) for group in groups.values()]


def _of_one_country(keys: list[str], joined: dict[str, str]) -> dict[str, str]:
    """Return the names that are another's with a country word before it ("ostland fisheries
    council" of "fisheries council"), mapped to that name, when one country alone is put before it
    (with two, "the Treasury" may be either's)."""
    names = set(keys)
    countries: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        first, _, rest = key.partition(" ")
        if rest in names and key not in joined and first in lexicon().country_words:
            countries[rest].append(key)
    found = {}
    for rest, variants in countries.items():
        if len({lexicon().country_words[variant.partition(" ")[0]] for variant in variants}) == 1:
            found.update((variant, rest) for variant in variants)
    return found


def _country_actors(found: list[tuple[str, int, str]],
                    in_names: dict[str, list[tuple[int, int]]]) -> tuple[list[Actor], list[Mention]]:
    """Return the countries named by name or alias (`found`: cite, where and as written, in corpus
    order), each with its sentences; a country's name inside a person's name ("Mark Holland")
    names no country. `in_names` maps a cite to its people's spans."""
    lex = lexicon()
    seen: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for cite, start, written in found:
        if not any(a <= start < b for a, b in in_names.get(cite, ())):
            seen[lex.country_of[fold_name(written)]].append((written, cite))
    actors, mentions = [], []
    for name, uses in seen.items():
        aliases = _unique(surface for surface, _ in uses if surface != name)
        actors.append(Actor(name=name, aliases=aliases, kind="country", cite=_unique(cite for _, cite in uses)))
        first = {}
        for surface, cite in uses:
            first.setdefault(cite, surface)
        mentions += [Mention(name, surface, cite) for cite, surface in first.items()]
    return actors, mentions


def _unique(items) -> list:
    """Return the items in first-seen order, each once."""
    return list(dict.fromkeys(items))


def _first_per_sentence(items: list) -> list:
    seen, kept = set(), []
    for item in items:
        if item.sentence.cite not in seen:
            seen.add(item.sentence.cite)
            kept.append(item)
    return kept


# --- the public function -------------------------------------------------------------------------


def find_actors(corpus: Corpus) -> Cast:
    """Return the actors a corpus names (people, then organizations, then countries) and one
    mention per sentence that names each of them."""
    candidates, orgs, countries = _all_candidates(corpus)
    candidates = _without_headline_verbs(candidates, corpus)
    order = {s.cite: i for i, s in enumerate(corpus.sentences())}
    org_actors, org_mentions = _org_actors(orgs, corpus)
    companies = _company_names(org_actors)
    cut_ends = _cut_ends(corpus)
    people = [person for person in _in_corpus_order(_resolve(candidates), order) if _a_person(person, companies, cut_ends)]
    named = [(canonical(person), person) for person in people]
    in_source = _found_by_source(named)
    elsewhere = {name: _best_role(person.found)[0] for name, person in named}
    titles = [mention for source in corpus.sources for mention in _source_titles(source, in_source, elsewhere)]
    person_actors = _person_actors(named, titles, order)
    mentions = [Mention(name, f.surface, f.sentence.cite, f.role, f.affiliation)
                for name, person in named for f in _first_per_sentence(person.found)] + titles
    mentions.sort(key=lambda m: order[m.cite])
    country_actors, country_mentions = _country_actors(countries, _name_spans(people))
    person_names = {a.name for a in person_actors}
    org_actors = [a for a in org_actors if a.name not in person_names]
    return Cast(person_actors + org_actors + country_actors, mentions + org_mentions + country_mentions)


def _without_headline_verbs(candidates: list[_Found], corpus: Corpus) -> list[_Found]:
    """Return the candidates but those of a sentence in headline case whose last word no other
    sentence capitalises: a headline's verb read as a surname ("Harbour Chief Ana Lund Resigns")."""
    headlines = {f.sentence.text for f in candidates if _headline_case(f.sentence.text)}
    if not headlines:
        return candidates
    last_words = {f.tokens[-1] for f in candidates if f.sentence.text in headlines}
    written = set()
    for text in dict.fromkeys(sentence.text for sentence in corpus.sentences()):
        if text not in headlines:
            written.update(last_words.intersection(word.strip(_WORD_EDGES) for word in text.split()))
    return [f for f in candidates if f.sentence.text not in headlines or f.tokens[-1] in written]


_WORD_EDGES = ".,;:!?()[]“”\"'’‘"  # what may stand around a word of a sentence split at spaces


_AT_A_PLACE = re.compile(r"\b(?:on|in|at|near)\s+$")
_POSSESSIVE_AFTER = re.compile(r"[’']s?\b")


def _a_person(person: _Person, companies: set[str], cut_ends: set[str]) -> bool:
    """Return True when the names of `person` name a person: not a company, a place, a thing named
    after someone, nor a name a cut-off page left unfinished (`cut_ends`: see `_cut_ends`)."""
    return fold_name(canonical(person)) not in companies and not _named_as_a_place(person) \
        and not _named_thing(person) and not _cut_off(person, cut_ends)


def _cut_ends(corpus: Corpus) -> set[str]:
    """Return the cites of the last sentences of the sources whose text breaks off in the middle of
    a word, and that report nobody speaking (no verb of saying, no quotation): once for the corpus."""
    verbs = lexicon().verbs
    return {source.sentences[-1].cite for source in corpus.sources
            if source.sentences and source.text.rstrip()[-1:].isalnum()
            and not any(word in verbs for word in TERM.findall(source.sentences[-1].text))
            and not any(mark in source.sentences[-1].text for mark in "“”\"")}  # "“A.” – Mayor X"


def _cut_off(person: _Person, cut_ends: set[str]) -> bool:
    """Return True when a name is written only where a source's text breaks off in the middle of
    a word ("... executive director, Ada Lun"), of the `cut_ends`: the page was cut, and the name
    with it. A speaker's name cut there ("...,” said Minister Ada Lun", "“A.” – Mayor Ada Lund")
    still names who spoke, and the sentence is no cut end."""
    return all(f.sentence.cite in cut_ends and f.end >= len(f.sentence.text.rstrip()) for f in person.found)


def _named_thing(person: _Person) -> bool:
    """Return True when every mention of a name is followed by the noun of a thing named after
    someone ("the Vera Lind telescope", "Harlow's Ada Brandt platform"): the sources speak of the
    thing, and no title or reporting verb says a person takes part."""
    found = person.found
    if any(f.titled or f.weak or f.role for f in found):
        return False
    things = lexicon().named_things
    return all((after := _NEXT_WORD.match(f.sentence.text, f.end)) and after.group(1) in things for f in found)


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _named_as_a_place(person: _Person) -> bool:
    """Return True when nothing but a given name says a name is a person's and a sentence puts
    something on, in, at or near it ("the base on Ana Lima", "flights near Saint Helena"): a place
    named after someone. A title, a role, a reporting verb or a possessive ("in Ana Lima's
    office") keeps the person."""
    found = person.found
    if any(f.titled or f.weak or f.role for f in found):
        return False
    if any(_POSSESSIVE_AFTER.match(f.sentence.text, f.end) for f in found):
        return False
    return any(_AT_A_PLACE.search(f.sentence.text, max(0, f.start - 8), f.start) for f in found)


def _company_names(orgs: list[Actor]) -> set[str]:
    """Return the folded names of the organizations without the legal form that closes them:
    "Harlow Steel" of "Harlow Steel Corp" is the company, never a person of that name."""
    return {fold_name(bare) for org in orgs for name in (org.name, *org.aliases)
            if (bare := without_legal_form(name)) != name}


@cache
def _legal_forms() -> frozenset[str]:
    """Return the words that close a company's name to give its legal form, in lower case."""
    return frozenset(load("legal_forms.txt"))


def without_legal_form(name: str) -> str:
    """Return a name without the legal forms that close it ("Harlow Steel" of "Harlow Steel Corp")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in _legal_forms():
        words = words[:-1]
    return " ".join(words)


def _all_candidates(corpus: Corpus) -> tuple[list[_Found], list[_Org], list[tuple[str, int, str]]]:
    """Return the candidate names, organizations and country names of every source, in corpus order."""
    candidates, orgs, countries = [], [], []
    for source, (people_found, orgs_found, countries_found) in zip(corpus.sources, in_order(_numbered_candidates, corpus.sources)):
        for found in (*people_found, *orgs_found):
            found.sentence = source.sentence(found.sentence)
        candidates += people_found
        orgs += orgs_found
        countries += countries_found
    return candidates, orgs, countries


def _numbered_candidates(source: Source) -> tuple[list[_Found], list[_Org], list[tuple[str, int, str]]]:
    """Return `_candidates(source)`, each name and organization holding the number of its sentence
    in place of the sentence: a worker process sends back the numbers, not copies of the sentences."""
    people, orgs, countries = _candidates(source)
    for found in (*people, *orgs):
        found.sentence = found.sentence.number
    return people, orgs, countries


def _in_corpus_order(people: list[_Person], order: dict[str, int]) -> list[_Person]:
    """Return the people by their first mention, each one's mentions in corpus order."""
    for person in people:
        person.found.sort(key=lambda f: (order[f.sentence.cite], f.start))
    return sorted(people, key=lambda p: order[p.found[0].sentence.cite])


def _found_by_source(named: list[tuple[str, _Person]]) -> dict[str, list[tuple[str, _Found]]]:
    """Return, per source id, (canonical name, mention) for every mention of a person in it."""
    by_source: dict[str, list[tuple[str, _Found]]] = defaultdict(list)
    for name, person in named:
        for found in person.found:
            by_source[found.sentence.source_id].append((name, found))
    return by_source


def _person_actors(named: list[tuple[str, _Person]], titles: list[Mention], order: dict[str, int]) -> list[Actor]:
    """Return one actor per person, citing every sentence that names them or refers back to
    their title ("the minister"); an adviser takes the affiliation of whom they advise."""
    drafts = [(name, *_best_role(person.found)) for name, person in named]
    affiliations = _inherited_affiliations(named, drafts)
    last = {name: index for index, (name, _) in enumerate(named)}  # title mentions go to the last of a name
    actors = []
    for index, ((name, person), (_, role, _)) in enumerate(zip(named, drafts)):
        cites = [f.sentence.cite for f in person.found]
        if last[name] == index:
            cites += [mention.cite for mention in titles if mention.name == name]
        written = [f.surface for f in person.found]
        if len(person.keys) == 1:  # known by a surname alone: "Mr Justice X" is how the sources style them
            written += [_styled_name(f) or f.surface for f in person.found]
        actors.append(Actor(name=name, aliases=_unique(alias for alias in written if alias != name),
                            kind="person", role=role, affiliation=affiliations[index],
                            cite=sorted(_unique(cites), key=order.__getitem__)))
    return actors


def _name_spans(people: list[_Person]) -> dict[str, list[tuple[int, int]]]:
    """Return, for each cite, the spans of the people's names in that sentence."""
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for person in people:
        for found in person.found:
            spans[found.sentence.cite].append((found.start, found.end))
    return spans


def _inherited_affiliations(named: list[tuple[str, _Person]], drafts: list[tuple[str, str, str]]) -> list[str]:
    """Return each person's affiliation; an adviser without one takes that of the person they
    advise ("adviser to President X"), in order, so an adviser's adviser inherits in turn."""
    by_word = _by_last_word(named)
    affiliations = [affiliation for _, _, affiliation in drafts]
    for index, (_, role, _) in enumerate(drafts):
        if affiliations[index] or " to " not in role:
            continue
        words = LETTERS.findall(role.partition(" to ")[2])
        patron = next((by_word[fold_name(w)] for w in reversed(words) if fold_name(w) in by_word), None)
        if patron is not None and patron != index and affiliations[patron]:
            affiliations[index] = affiliations[patron]
    return affiliations


def _by_last_word(named: list[tuple[str, _Person]]) -> dict[str, int]:
    """Return the index of the person each folded last word of a name or alias stands for."""
    by_word: dict[str, int] = {}
    for index, (name, person) in enumerate(named):
        aliases = _unique(f.surface for f in person.found if f.surface != name)
        for word in name.split()[-1:] + [alias.split()[-1] for alias in aliases if alias]:
            by_word[fold_name(word)] = index
    return by_word
