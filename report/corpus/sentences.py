"""Sentences: paragraphs into numbered sentences."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..text import lexicon
from .layout import OPENERS, SPACE_RUN, TERMINAL, Block, Layout, tidy
from .model import Sentence

_END = re.compile(r"[.!?…]+(?P<close>[”’\"'»)\]]*)|[。！？]+(?P<wide_close>[」』）”’]*)")
_NEXT_WORD = re.compile(r"[“‘\"'«(\[]*([^\W_][\w'’.-]*)?")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.){2,}")
_INITIAL = re.compile(r"[A-Z]\.")
_LIST_NUMBER = re.compile(r"\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})\)?")
_DATELINE = re.compile(
    r"(?P<place>(?:[^\W\d_](?:[^\W\d_]|['’./\-]){2,}|[^\W\d_]{2}(?= [^\W\d_]))(?: [^\W\d_](?:[^\W\d_]|['’./\-])+)*)"
    # the place, in capitals; a word of two letters opens a name of more words ("EL PASO")
    r"(?:, (?P<country>[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*))?"  # its country or state
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"  # the day
    r"(?: \((?P<agency>[A-Z][A-Za-z .&-]{0,30})\))?"  # the agency
    r"(?:[ \t\u00a0]*[-–—]{1,2}|:)(?:[ \t\u00a0]+|(?:(?<=[–—])|(?<=--))(?=[A-Z]))"  # a dash, or a colon as South Asian
    # and African papers write it; a long dash, or two hyphens for one, may touch the text ("SEOUL—The", "(AP)--The")
)
def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Return the (start, end) spans of the sentences of one paragraph of text, from `start`.

    Rules:
    * A sentence ends at ".", "!", "?", "…" or "..." (with any closing quotes or brackets, which
      stay with it) when the next word does not start in lower case. So `"Hi!" she said.` is one
      sentence, and a quotation of several sentences is split like any text: in
      `"We will act. We will win," she said.` the attribution stays with the sentence that holds
      the end of the quotation.
    * A dash after the mark carries the sentence on (`“Enough!” — that was all she said.`,
      `“We will win.” — Jane Doe, analyst`).
    * A closing quote may be glued to the next sentence (`end.”Next`); the text splits there.
    * An ellipsis inside an open curly quotation marks an omission and does not split.
    * After a title or reference abbreviation ("Dr.", "No.", "e.g.") and after a single initial
      ("George W. Bush") the text does not split; after an abbreviation that may end a sentence
      ("U.S.", "Inc.", "Jan.", "etc.") it splits only before a usual sentence opener ("The", "It");
      after "a.m." or "p.m." it splits before any capitalised word but a day, month or time zone.
      Decimals and amounts ("3.14", "€67.5 million") never split: no space follows their point.
    * A number or letter that opens a sentence with a period ("2.", "b.", "iv.") numbers a list
      item; it does not make a sentence of its own.
    * A parenthetical credit with no closing punctuation of its own, such as "(World Bank)",
      belongs to the sentence before it (a paragraph that is only such a credit, too).
    """
    return list(_sentence_spans(text, start))


@lru_cache(maxsize=1 << 12)
def _sentence_spans(text: str, start: int) -> tuple[tuple[int, int], ...]:
    """Return what `split_sentences` returns, once for each paragraph (a corpus repeats paragraphs)."""
    spans, begin, quotes = [], start, _QuoteCount(text)
    for match in _END.finditer(text, start):
        end = match.end()
        if _LIST_NUMBER.fullmatch(text, begin, match.start()) and match.group() == ".":
            continue  # "2. The second point." is one sentence, not "2." and another
        after = _next_start(text, match, quotes)
        if after is None or not _ends_here(text, match, after, quotes):
            continue
        spans.append((begin, min(end, after)))  # a quotation mark that opens the next sentence is not this one's
        begin = after
    if text[begin:].strip():
        spans.append((begin, len(text.rstrip())))
    return tuple(_attach_parentheticals(text, [(s, e) for s, e in spans if _has_word(text, s, e)]))


class _QuoteCount:
    """Counts of quotation marks before a position of one text.

    The scan asks at positions that only move forward, so each stretch of text is counted once
    and a paragraph of any length is split in linear time.
    """

    MARKS = ("“", "”", '"')

    def __init__(self, text: str) -> None:
        self.text, self.position, self.counts = text, 0, dict.fromkeys(self.MARKS, 0)

    def before(self, position: int, mark: str) -> int:
        """Return how many times `mark` occurs in the text before `position`."""
        if position >= self.position:
            for each in self.MARKS:
                self.counts[each] += self.text.count(each, self.position, position)
            self.position = position
            return self.counts[mark]
        return self.counts[mark] - self.text.count(mark, position, self.position)


def _next_start(text: str, match: re.Match, quotes: _QuoteCount) -> int | None:
    """Return where the next sentence would begin after a terminal mark, or None if none can."""
    end = match.end()
    if end >= len(text):
        return None
    if text[end].isspace():
        after = end + 1
        while after < len(text) and text[after].isspace():
            after += 1
        return after if after < len(text) else None
    if match.group("wide_close") is not None:  # Chinese and Japanese put no space between sentences
        return end if not match.group("wide_close") or text[end] in "「『（“" else None
    if not (text[end].isupper() or text[end] in "“‘«"):
        return None
    if _closes_quote(match, quotes) or _glued_after_word(text, match):
        return end
    return end - 1 if _opens_next(match) else None


def _opens_next(match: re.Match) -> bool:
    """Return True when the straight quotation mark after a period glued to a capital opens the next
    sentence ('per cent."We stay'), not closing a quotation (see `_closes_quote`, asked first)."""
    return match.group("close") == '"' and match.group().startswith(".")


# "agreement", "Agreement", "“agreement”", or initials ("GDPR.The"): no address, no dotted initialism ("U.S.Army")
_GLUED_WORD = re.compile(r"[“‘\"']?(?:[A-Za-z]?[a-z]{2,}|[A-Z]{2,6})[”’\"']?")
_GLUED_NEXT = re.compile(r"[A-Z][a-z]{2,}")


def _glued_after_word(text: str, match: re.Match) -> bool:
    """Return True when a bare period joins two sentences a lost space ran together ("agreement.The
    assembly", "“forces”.He", "added.“In"): a plain word before it, maybe closing a quotation, a
    capitalised word after, maybe opening one, neither part of an address ("example.com",
    "ASP.NET", "Node.Js" stay whole)."""
    if match.group() != ".":
        return False
    start = max(text.rfind(" ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
    after = text.find(" ", match.end())
    following = text[match.end():after if after >= 0 else len(text)].lstrip(OPENERS)  # "added.“In the end"
    opens = _GLUED_NEXT.match(following) is not None or following.rstrip(".,;:!?") in lexicon().sentence_starters
    return _GLUED_WORD.fullmatch(text, start, match.start()) is not None and opens and \
        "." not in following.rstrip(".,;:!?")


def _closes_quote(match: re.Match, quotes: _QuoteCount) -> bool:
    """Return True when a terminal mark is followed by a quotation mark that closes a quotation."""
    close = match.group("close")
    if not close:
        return False
    if close[-1] == '"':  # a straight quote closes when an odd number of them came before it
        return quotes.before(match.end() - 1, '"') % 2 == 1
    return close[-1] in "”’»)]"


def _ends_here(text: str, match: re.Match, after: int, quotes: _QuoteCount) -> bool:
    """Return True when the terminal mark `match` ends a sentence whose successor starts at `after`."""
    following = _NEXT_WORD.match(text, after)
    word = following.group(1) or ""
    first = text[after]
    if word[:1].islower() or first in "—–-":  # "“Enough!” — that was all she said": a dash carries on
        return False
    if match.group("wide_close") is not None:
        return True
    mark = text[match.start():match.start("close")]
    if mark.strip(".") == "" and len(mark) > 1 or mark == "…":
        return quotes.before(match.start(), "“") <= quotes.before(match.start(), "”")  # "…" inside a quotation omits words
    if mark != "." or match.group("close"):
        return True
    return _ends_after_period(text, match.start(), word, first)


def _ends_after_period(text: str, period: int, word: str, first: str) -> bool:
    """Return True when a bare period at `period` ends a sentence whose next word is `word`
    (opening with character `first`): abbreviations and initials decide."""
    lex = lexicon()
    before = _word_before(text, period)
    kind = lex.abbreviations.get(before)
    if kind == "prefix":
        return False
    if kind == "time":  # "at 5 p.m. Monday" goes on; "at 5 p.m. Officials said" does not
        return word not in lex.time_words and word.rstrip(".") not in lex.time_words
    if _INITIAL.fullmatch(before):
        return _previous_word(text, period - len(before)).islower() and word in lex.sentence_starters
    if kind == "any" or _INITIALISM.fullmatch(before):
        opens_quote = first in OPENERS and first not in "(["
        return opens_quote or word in lex.sentence_starters
    return True


def _word_before(text: str, end: int) -> str:
    """Return the word that ends with the period at `end`, its period included, openers dropped."""
    start = max(text.rfind(" ", max(0, end - 64), end), text.rfind("\n", max(0, end - 64), end), end - 64) + 1
    return text[start:end + 1].lstrip(OPENERS)


def _previous_word(text: str, end: int) -> str:
    """Return the word before position `end` (the one before the word that starts there)."""
    words = text[max(0, end - 40):end].split()
    return words[-1] if words else ""


def _has_word(text: str, start: int, end: int) -> bool:
    """Return True when a span holds at least one letter or digit."""
    return any(ch.isalnum() for ch in text[start:end])


def _attach_parentheticals(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the spans with each unpunctuated "(Credit)" that opens a span moved to the one before."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        close = text.find(")", start, end) if out and text[start] == "(" else -1
        inner = text[start + 1:close].rstrip() if close > 0 else ""
        if not inner or inner[-1] in TERMINAL or "(" in inner:
            out.append((start, end))
            continue
        rest = text[close + 1:end]
        if rest.strip() in ("", "."):
            out[-1] = (out[-1][0], end)
        elif rest[:1].isspace() and rest.lstrip()[:1].isupper():
            out[-1] = (out[-1][0], close + 1)
            out.append((end - len(rest.lstrip()), end))
        else:
            out.append((start, end))
    return out


# A date stamp that scraped and exported pages put before the text: "date 2024-05-04 The vote ...".
_DATE_STAMP = re.compile(r"\s*[Dd]ate:?\s+((?:19|20)\d\d-[01]\d-[0-3]\d)\b[\s,|:-]*(?=\S)")


def dateline_end(paragraph: str) -> int:
    """Return where the text after a wire-style dateline ("LAGOS, July 4 (Reuters) - ",
    "ISLAMABAD: ", "Lagos (Agency): ") begins, or 0.

    The place is in capitals of any alphabet ("SÃO PAULO", "LAGOS/ACCRA") unless an agency in
    brackets follows it; the text after the dash or colon starts with no lower-case letter ("NATO —
    the alliance — met" has no dateline).
    """
    if not any(mark in paragraph for mark in "-–—:"):
        return 0  # no dash nor colon, which a dateline ends with: spare the pattern
    match = _DATELINE.match(paragraph)
    if not match or match.end() >= len(paragraph) or paragraph[match.end()].islower():
        return 0
    if match.group("agency") or match.group("place") == match.group("place").upper():
        return match.end()
    # "Taipei, Velmora - ": a place in title case is a dateline's when a country's name follows it
    country = match.group("country")
    return match.end() if country and lexicon().country_words.get(country.lower()) == country.lower() else 0


@dataclass
class _Numbered:
    """The sentences, subheadings and dateline found in a layout."""

    sentences: list[Sentence] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)
    dateline: str = ""
    stamped: str = ""  # the date a stamp before the text gives ("date 2024-05-04 The vote ..."), ISO


def number_sentences(layout: Layout, source_id: str, markdown: bool) -> _Numbered:
    """Return the numbered sentences of a layout's body, with its subheadings and dateline."""
    found, heading, paragraph = _Numbered(), "", 0
    after_text = False  # whether the block before was a paragraph of the body
    for block, is_heading in layout.blocks:
        text, starts = _joined(block)
        signs = after_text and POST_SIGNATURE.fullmatch(text.strip()) is not None
        if signs or (_is_credit(text) and not is_heading and found.sentences and found.sentences[-1].heading == heading):
            found.sentences[-1] = _extended(found.sentences[-1], _to_source(block, starts, len(text) - 1) + 1, text)
            continue
        after_text = not is_heading
        if is_heading:
            heading = tidy(block.text, markdown)
            found.subheadings.append(heading)
            continue
        begin = 0
        if paragraph == 0 and not found.sentences:
            if stamp := _DATE_STAMP.match(text):
                found.stamped, begin = stamp.group(1), stamp.end()
            begin += dateline_end(text[begin:])
            found.dateline = text[:begin].strip().rstrip("-–—:").strip()
        spans = split_sentences(text, begin)
        for start, end in spans:
            found.sentences.append(Sentence(
                source_id, len(found.sentences) + 1, tidy(text[start:end], markdown),
                _to_source(block, starts, start), _to_source(block, starts, end - 1) + 1, paragraph, heading,
            ))
        paragraph += bool(spans)
    return found


# A post embedded in a news page as it prints when the embed does not load: the post's words in a
# paragraph, then a line that signs it "— Name (@handle) Month Day, Year". The line belongs to the
# post's last sentence, so that the day it gives is in a sentence a brief can cite.
POST_SIGNATURE = re.compile(r"^[ \t]*[—–][ \t]*(?P<name>[^\n()@“”\"]{3,60}?)[ \t]*\(@\w{1,30}\)(?P<when>[^\n]{0,40})$",
                            re.MULTILINE)


def _is_credit(paragraph: str) -> bool:
    """Return True when a paragraph is only a parenthetical with no closing punctuation inside."""
    inner = paragraph[1:-1].rstrip()
    framed = paragraph.startswith("(") and paragraph.endswith(")")
    return framed and "(" not in inner and ")" not in inner and inner[-1:] not in ("", *TERMINAL)


def _extended(sentence: Sentence, end: int, credit: str) -> Sentence:
    """Return the sentence carried on to `end` to take in the credit paragraph that follows it."""
    return dataclasses.replace(sentence, end=end, text=f"{sentence.text} {SPACE_RUN.sub(' ', credit)}")


def _joined(block: Block) -> tuple[str, list[int]]:
    """Return a block's text and where each of its pieces starts in that text."""
    starts, position = [], 0
    for index, (_, piece) in enumerate(block.pieces):
        position += bool(index) and index not in block.glued
        starts.append(position)
        position += len(piece)
    return block.text, starts


def _to_source(block: Block, starts: list[int], index: int) -> int:
    """Return the offset in the source text of position `index` of a block's joined text."""
    piece = bisect_right(starts, index) - 1
    offset, text = block.pieces[piece]
    return offset + min(index - starts[piece], len(text) - 1)
