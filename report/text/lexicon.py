"""The word lists and tables the reading half knows, loaded once from `data/` into one `Lexicon`.

Every list is a data file, read by one loader whatever its format: `.txt` (one entry a line, or
`[section]` headers before the lines of each section), `.tsv` (one row a line, tab-separated
cells) and `.toml`. Lines that are blank or open with "#" are comments.
"""

from __future__ import annotations

import importlib.util
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .fold import fold_name, fold_text

DATA = Path(__file__).parent / "data"
_SECTION = re.compile(r"\[(.+)\]")


def load(name: str):
    """Return data file `name` read by its ending: a dict for .toml, a list of rows (tuples of
    stripped cells) for .tsv, and for .txt a list of lines or, when it has [section] headers, a
    dict of each section's lines in file order."""
    text = (DATA / name).read_text(encoding="utf-8")
    if name.endswith(".toml"):
        return tomllib.loads(text)
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if name.endswith(".tsv"):
        return [tuple(cell.strip() for cell in line.split("\t")) for line in lines]
    return _sections(lines) if lines and _SECTION.fullmatch(lines[0]) else lines


def _sections(lines: list[str]) -> dict[str, list[str]]:
    """Return the lines under each [section] header, in file order."""
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in lines:
        if header := _SECTION.fullmatch(line):
            current = sections.setdefault(header.group(1), [])
        else:
            current.append(line)
    return sections


def _lower(words: list[str]) -> frozenset[str]:
    """Return words as a set in lower case."""
    return frozenset(word.lower() for word in words)


def _pairs(name: str) -> dict[str, str]:
    """Return a two-column .tsv as {first cell in lower case: second cell}."""
    return {row[0].lower(): row[1] for row in load(name)}


@dataclass(frozen=True)
class Country:
    """A country (or a nation or union of them), the names it goes by and its capital(s).

    `kind` is "state" for a sovereign country, an actor of its own; "nation", "union" or "shared"
    (a short name two states share) for places that only titles and comparisons read.
    `adjectives` are the other words a title uses for it ("Hellenic").
    """

    name: str
    kind: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    adjectives: tuple[str, ...]

    @property
    def words(self) -> tuple[str, ...]:
        """Return every word that stands for the country: name, aliases, demonyms, adjectives."""
        return (self.name, *self.aliases, *self.demonyms, *self.adjectives)


def _country(row: tuple[str, ...]) -> Country:
    """Return the country one row of countries.tsv describes."""
    cells = (*row, "", "", "", "", "")[:6]
    split = lambda cell: tuple(part.strip() for part in cell.split(";") if part.strip())  # noqa: E731
    return Country(cells[0], cells[1], *(split(cell) for cell in cells[2:]))


@dataclass(frozen=True)
class Lexicon:
    """The general knowledge reading and extraction use; nothing in it knows any particular event."""

    # titles and people
    titles: dict[str, str]  # role word -> view kind (official | expert | other)
    honorifics: dict[str, str]  # "mr" -> "m"
    title_abbreviations: dict[str, str]  # "sen." -> "Senator"
    role_words: frozenset[str]
    role_bodies: frozenset[str]  # "guild" in "guild President X": a body the title belongs to
    lesser_titles: frozenset[str]  # words that make a title another ("vice", "deputy")
    post_nouns: frozenset[str]  # nouns naming someone by a post that are no title ("official", "envoy")
    stopnames: frozenset[str]
    name_suffixes: frozenset[str]  # generational suffixes that close a name ("jr", "iii"), no stop
    postnominals: frozenset[str]  # honours, seats and degrees written after a name ("CBE", "MP"), as written
    named_things: frozenset[str]  # nouns of things often named after a person ("telescope", "platform")
    first_names: dict[str, str]  # lower-case given name -> gender (m | f | -)
    family_first: frozenset[str]  # folded family names written before the given name ("wang", "kim")
    verbs: dict[str, str]  # reporting verb form -> class (say | that | frame)
    # organizations
    org_words: frozenset[str]
    org_acronyms: frozenset[str]
    research_words: frozenset[str]  # words naming a place of research ("institute", "programme")
    civil_words: frozenset[str]  # words naming a body outside government ("union", "association")
    # places
    countries: tuple[Country, ...]  # the states, actors of their own
    country_of: dict[str, str]  # folded name, alias or demonym of a state -> its name
    places: frozenset[str]  # folded capitals
    capital_of: dict[str, str]  # folded capital -> the folded name of its state ("oslo" -> "norway")
    country_words: dict[str, str]  # any folded word standing for a country, nation or union -> its folded name
    # parts of the draft
    conflict_words: dict  # data/conflicts.toml
    money_words: dict[str, list[str]]  # the sections of data/money_words.txt, cues in file order
    summary_words: dict[str, frozenset[str]]  # the sections of data/summary_words.txt, in lower case
    currencies: dict  # ISO code -> symbols, names, minor unit
    scales: dict  # scale words, short scales and number words
    rates_supplement: dict  # rates of currencies the ECB does not publish, each with its date and publisher
    back_references: frozenset[str]  # openings that point back to an earlier sentence ("he", "the move")
    # the layout and sentences of a source
    abbreviations: dict[str, str]  # abbreviation -> "prefix", "time" or "any"
    sentence_starters: frozenset[str]
    time_words: frozenset[str]  # words that carry a clock time on after "a.m." or "p.m."
    minor_words: frozenset[str]  # short words a Title Case headline leaves in lower case
    metadata_keys: dict[str, str]  # metadata key -> the source field it fills ("date" -> "published")
    boilerplate_lines: frozenset[str]  # page furniture matched whole, case-folded
    boilerplate_prefixes: tuple[str, ...]  # page furniture matched at a line's start, case-folded
    boilerplate_notices: tuple[str, ...]  # the starts of notices (copyright) that are furniture at any length
    boilerplate_link_headings: frozenset[str]  # headings of lists of links to other stories, case-folded


@cache
def lexicon() -> Lexicon:
    """Return every word list in `data/`, read once."""
    return Lexicon(**_people(), **_organizations(), **_places(), **_parts(), **_reading())


def _people() -> dict:
    """Return the lists of titles and names of people."""
    return dict(
        titles=_pairs("titles.tsv"),
        honorifics=_pairs("honorifics.tsv"),
        title_abbreviations=_pairs("title_abbreviations.tsv"),
        role_words=_lower(load("role_words.txt")),
        role_bodies=_lower(load("role_bodies.txt")),
        lesser_titles=_lower(load("lesser_titles.txt")),
        post_nouns=_lower(load("post_nouns.txt")),
        stopnames=_lower(load("stopnames.txt")),
        name_suffixes=_lower(load("name_suffixes.txt")),
        postnominals=frozenset(load("postnominals.txt")),
        named_things=_lower(load("named_things.txt")),
        first_names=_pairs("first_names.tsv"),
        family_first=frozenset(fold_name(word) for word in load("family_first.txt")),
        verbs=_pairs("reporting_verbs.tsv"),
    )


def _organizations() -> dict:
    """Return the lists of words that name organizations."""
    return dict(
        org_words=_lower(load("org_words.txt")),
        org_acronyms=frozenset(load("org_acronyms.txt")),
        research_words=_lower(load("research_words.txt")),
        civil_words=_lower(load("civil_words.txt")),
    )


def _places() -> dict:
    """Return the country table and the lookups drawn from it."""
    every = tuple(_country(row) for row in load("countries.tsv"))
    states = tuple(country for country in every if country.kind == "state")
    return dict(
        countries=states,
        country_of={fold_name(word): c.name for c in states for word in (c.name, *c.aliases, *c.demonyms)},
        places=frozenset(fold_name(capital) for country in states for capital in country.capitals),
        capital_of={fold_text(capital): fold_text(c.name) for c in states for capital in c.capitals},
        country_words={fold_text(word): fold_text(c.name) for c in every for word in c.words},
    )


def _parts() -> dict:
    """Return the word lists and tables of the parts of the draft."""
    return dict(
        conflict_words=load("conflicts.toml"),
        money_words=load("money_words.txt"),
        summary_words={name: _lower(words) for name, words in load("summary_words.txt").items()},
        currencies=load("currencies.toml"),
        scales=load("scales.toml"),
        rates_supplement=load("rates_supplement.toml"),
        back_references=frozenset(load("back_references.txt")),
    )


def _reading() -> dict:
    """Return the word lists the layout and sentences of a source are read with."""
    boilerplate = [line.partition(" ") for line in load("boilerplate.txt")]
    return dict(
        abbreviations=dict(line.split()[:2] for line in load("abbreviations.txt")),
        sentence_starters=frozenset(load("sentence_starters.txt")),
        time_words=frozenset(load("time_words.txt")),
        minor_words=frozenset(load("minor_words.txt")),
        metadata_keys={alias: target for target, *aliases in map(str.split, load("metadata_keys.txt"))
                       for alias in aliases},
        boilerplate_lines=frozenset(words.strip().casefold() for kind, _, words in boilerplate if kind == "line"),
        boilerplate_prefixes=tuple(words.strip().casefold() for kind, _, words in boilerplate if kind == "prefix"),
        boilerplate_notices=tuple(words.strip().casefold() for kind, _, words in boilerplate if kind == "notice"),
        boilerplate_link_headings=frozenset(words.strip().casefold() for kind, _, words in boilerplate if kind == "links"),
    )


@cache
def _given_forms() -> dict[str, frozenset[str]]:
    """Return each folded given name mapped to the full names it is a form of (a full name to
    itself): the nicknames package's table, and the forms data/conflicts.toml adds to it."""
    forms: dict[str, set[str]] = {}
    pairs = [(full, short) for full, shorts in lexicon().conflict_words.get("given_name_forms", {}).items()
             for short in shorts]
    for full, short in [*_nickname_table(), *pairs]:
        forms.setdefault(full, set()).add(full)
        forms.setdefault(short, set()).add(full)
    return {name: frozenset(fulls) for name, fulls in forms.items()}


def _nickname_table() -> list[tuple[str, str]]:
    """Return the (full name, short form) pairs of the nicknames package's table, read from its data
    file without importing the package (whose import costs ten times the read); none when it is missing."""
    spec = importlib.util.find_spec("nicknames")
    table = Path(spec.origin).parent / "names.csv" if spec and spec.origin else None
    try:
        lines = table.read_text(encoding="utf-8").splitlines() if table else []
    except OSError:
        return []
    rows = ((line.lower() if line.isascii() else fold_name(line)).split(",") for line in lines[1:])
    return [(row[0], row[2]) for row in rows if len(row) == 3 and row[1] == "has_nickname"]


def short_forms(one: str, other: str) -> bool:
    """Return True when two different given names are forms of one name ("Bill" and "William",
    "Bob" and "Rob")."""
    mine, theirs = fold_name(one), fold_name(other)
    return mine != theirs and bool(_given_forms().get(mine, frozenset()) & _given_forms().get(theirs, frozenset()))


_LETTER_WORD = re.compile(r"[^\W\d_]+")


def title_case_share(text: str) -> float:
    """Return the share of a text's words, short function words aside ("of", "to"), that are
    capitalised: 1.0 for a Title Case or ALL CAPS headline, well under it for a sentence."""
    words = [word for word in _LETTER_WORD.findall(text) if word.lower() not in lexicon().minor_words]
    return sum(word[0].isupper() for word in words) / len(words) if words else 0.0


def longest_first(words) -> list[str]:
    """Return `words` once each, longest first and alphabetically among equals: the order of a
    pattern's alternatives, the same on every run whatever order a set gives them in."""
    return sorted(set(words), key=lambda word: (-len(word), word))


def alternation(words, loose_spaces: bool = True) -> str:
    """Return a regex alternation of `words`, longest first (so "US$" wins over "$"), each escaped;
    with `loose_spaces` a space in a word matches any run of white space."""
    escaped = (re.escape(word) for word in longest_first(words))
    return "|".join(word.replace(r"\ ", r"\s+") for word in escaped) if loose_spaces else "|".join(escaped)


def cue_pattern(cues: list[str]) -> str:
    """Return a regex alternation of cue words; "commit*" takes any ending, spaces any run of blanks."""
    parts = []
    for cue in longest_first(cues):
        stem = re.escape(cue.rstrip("*")).replace(r"\ ", r"\s+")
        parts.append(stem + (r"\w*" if cue.endswith("*") else ""))
    return "|".join(parts)
