"""Layout: lines into headline, subheadings and paragraphs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..regexcache import kept
from ..text import AUXILIARIES, LETTERS, alternation, lexicon, title_case_share
from ..text.dates import iso_day, month_number

TERMINAL = ".!?…。！？"
CLOSERS = "”’\"'»)]」』）"
OPENERS = "“‘\"'«([「『（"
_MD_HEADING = re.compile(r"(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_MD_ITEM = re.compile(r"(?:[-*+•]|\d{1,3}[.)])[ \t]+")
_TEXT_ITEM = re.compile(r"(?:[-*•▪●◦‣]|\d{1,3}[.)])[ \t]+")
_MD_QUOTE = re.compile(r"(?:>[ \t]?)+")
_MD_RULE = re.compile(r"([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_MD_UNDERLINE = re.compile(r"(?:=+|-+)[ \t]*$")
_SPEECH = re.compile(r"[,.!?…][”\"’]")
# A line of the opening blocks that signs the article ("by Jane Doe"): the same name alone on a line
# of the body is the writer's sign-off at its end, not a sentence.
_SIGNED = re.compile(r"(?:[Bb]y|BY)\s+([^\W\d_a-z][\w.'’-]*(?: [^\W\d_a-z][\w.'’-]*){1,3})")
SIGNED_WITHIN = 4  # opening blocks a signing line may stand in
_BYLINE = re.compile(  # "By Jane Doe", "By Jane Doe and Li Wei, Reuters", "BY JANE DOE | Updated 14:32 GMT"
    r"(?:By|BY) [^\W\d_a-z][\w.'’-]*(?: [^\W\d_a-z][\w.'’-]*){0,4}"
    r"(?:(?:,| and| in) [^.!?]{0,60}| ?[|·•] .{0,80})?$"
)


SPACE_RUN = re.compile(r"\s+")
_MD_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),
)

_MD_MARKS = "[*_`\\"  # one of them stands in every markup _MD_INLINE removes


def tidy(text: str, markdown: bool) -> str:
    """Return a span's text as a sentence: runs of spaces made one, Markdown markup removed."""
    if markdown and any(mark in text for mark in _MD_MARKS):
        for pattern, replacement in _MD_INLINE:
            text = pattern.sub(replacement, text)
    if text.isascii() and text.isprintable() and "  " not in text:
        return text.strip()  # nothing to fold, the common case: skip the pattern
    return " ".join(text.split())  # as SPACE_RUN.sub(" ", text).strip(): str.split and \s share one white space


@dataclass
class Block:
    """A run of lines read as one unit: pieces of text with their offsets in the source text."""

    pieces: list[tuple[int, str]]
    heading: bool = False  # an explicit Markdown heading
    item: bool = False  # a list item
    glued: set[int] = field(default_factory=set)  # pieces that carry on a word broken at a line end

    @property
    def text(self) -> str:
        """Return the block's text, its lines joined by single spaces (no space inside a broken word)."""
        if len(self.pieces) == 1:
            return self.pieces[0][1]  # one line, the common case: nothing to join
        return "".join(("" if i in self.glued or not i else " ") + text for i, (_, text) in enumerate(self.pieces))

    def add(self, piece: tuple[int, str], compounds: Callable[[], frozenset[str]]) -> None:
        """Add a line to the block, mending a word hyphenated across the line break.

        "govern-" + "ment" reads "government"; the hyphen stays where the word is a compound
        ("Sørensen-" + "Larsen", "e-" + "mail", or a "well-known" the text also writes whole) and
        where it is suspended ("short- and long-term").
        """
        offset, last = self.pieces[-1]
        if _BREAK_HYPHEN.search(last) and piece[1][:1].isalnum():
            join = _hyphen_join(last, piece[1], compounds)
            if join == "break":
                self.pieces[-1] = (offset, last[:-1])
            if join != "space":
                self.glued.add(len(self.pieces))
        self.pieces.append(piece)


_BREAK_HYPHEN = re.compile(r"(?<=[^\W_])-$")
_WORD_END = re.compile(r"[^\W_]+-$")
_SUSPENDED = ("and", "or", "nor", "to")  # "short-\nand long-term": the hyphen waits for "term"
_COMPOUND = re.compile(r"[^\W\d_]+-[^\W\d_]+")


def _hyphen_join(left: str, right: str, compounds: Callable[[], frozenset[str]]) -> str:
    """Return how line `left`, ending in a hyphen, joins line `right`.

    "break": one word split in two, the hyphen goes; "compound": a hyphenated word, the hyphen
    stays and no space follows; "space": a suspended hyphen, a space follows it.
    """
    before = _WORD_END.search(left).group()[:-1]
    after = LETTERS.match(right)
    after = after.group() if after else ""
    if after in _SUSPENDED:
        return "space"
    if len(before) < 2 or not before[-1].islower() or not after[:1].islower():
        return "compound"
    return "compound" if f"{before}-{after}".casefold() in compounds() else "break"


@dataclass
class Layout:
    """The parts of a source text: its headline, and its body blocks with their headings."""

    headline: str = ""
    byline: str = ""
    address: str = ""  # the web address a pasted page opens with
    published: str = ""  # the day a pasted page's labels date it, YYYY-MM-DD
    blocks: list[tuple[Block, bool]] = field(default_factory=list)  # (block, is a subheading)


def _lines(text: str, start: int) -> Iterator[tuple[int, str]]:
    """Yield (offset, stripped line) for each line of `text` from `start`; blank lines as ""."""
    offset = start
    for line in text[start:].split("\n"):
        body = line.strip()
        begin = offset + (line.index(body) if body else 0)
        if "   " in body or "\t" in body:  # a page number set apart from a running header
            gap = _PAGE_GAP.search(body)
            begin, body = (begin + gap.end(), body[gap.end():]) if gap and gap.start() == 0 else (begin, _PAGE_GAP.sub("", body))
        yield begin, body
        offset += len(line) + 1


def _is_wrapped(lines: list[tuple[int, str]]) -> bool:
    """Return True when a plain-text file is hard-wrapped: short lines, paragraphs between blanks."""
    bodies = [body for _, body in lines]
    while bodies and not bodies[-1]:
        bodies.pop()
    wide = [body for body in bodies if len(body) >= 50]
    if not wide or max(map(len, bodies)) > 100 or len(wide) < 3 or all(bodies):
        return False
    return sum(not _ends_sentence_mark(body) for body in wide) * 3 >= len(wide)


def _word_a_line(lines: list[tuple[int, str]]) -> bool:
    """Return True when a text's lines hold a word or two each, as a page whose words were copied one
    to a line does: its lines are joined up to each blank line, as a hard-wrapped text's are."""
    bodies = [body for _, body in lines if body]
    short = sum(len(body.split()) <= 2 for body in bodies)
    return len(bodies) >= MIN_WORD_LINES and short >= WORD_LINES_SHARE * len(bodies)


MIN_WORD_LINES = 20  # lines of a text, at the least, that one word a line is told by
WORD_LINES_SHARE = 0.8  # of them, at the least, the share that hold a word or two


def _ends_sentence_mark(line: str) -> bool:
    """Return True when a line ends with terminal punctuation (closing quotes aside)."""
    stripped = line.rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINAL


def _blocks(text: str, start: int, markdown: bool, html: bool = False) -> list[Block]:
    """Return the blocks of `text` from `start`: paragraphs, list items and explicit headings.

    In a web page's text a paragraph that starts in lower case after one left mid-sentence
    carries that one on: a `<br>` inside a sentence reaches this text as a paragraph break.
    """
    lines = list(_lines(text, start))
    compounds = cache(lambda: frozenset(word.casefold() for word in _COMPOUND.findall(text)))
    builder = _BlockBuilder(markdown, html, markdown or _is_wrapped(lines) or _word_a_line(lines), compounds)
    for offset, body in lines:
        builder.take(offset, body)
    return builder.blocks


@dataclass
class _BlockBuilder:
    """Lines into blocks, one line at a time: which block a line opens or carries on."""

    markdown: bool
    html: bool
    by_blank: bool  # paragraphs are separated by blank lines (Markdown, hard-wrapped text)
    compounds: Callable[[], frozenset[str]]
    blocks: list[Block] = field(default_factory=list)
    current: Block | None = None  # the block the next line may carry on

    def take(self, offset: int, body: str) -> None:
        """Add one line: a setext underline, a blank, a heading, or a piece of text."""
        if self._underlines(body):
            self.current.heading, self.current = True, None  # "Title" over "=====": a setext heading
            return
        piece, kind = _marked_line(offset, body) if self.markdown else _text_line(offset, body)
        if kind == "blank" or not piece[1]:
            self.current = None
        elif _ADDRESS_LINE.fullmatch(piece[1].strip()):  # a page's address, copied above its text
            self.blocks.append(Block([piece]))
            self.current = None
        elif kind == "heading":
            self.blocks.append(Block([piece], heading=True))
            self.current = None
        elif target := self._carried_on_by(piece[1], kind):
            self.current = target
            target.add(piece, self.compounds)
        else:
            self.current = Block([piece], item=kind == "item")
            self.blocks.append(self.current)

    def _underlines(self, body: str) -> bool:
        """Return True when a Markdown line underlines a one-line block ("=====")."""
        current = self.current
        return self.markdown and current is not None and len(current.pieces) == 1 and bool(_MD_UNDERLINE.match(body))

    def _carried_on_by(self, line: str, kind: str) -> Block | None:
        """Return the block a line of text carries on: the open one, or in a web page the one a
        paragraph break left mid-sentence; None when the line opens a block of its own."""
        if self.current is not None:
            return self.current if kind != "item" and (self.by_blank or _continues(self.current, line)) else None
        if self.html and kind == "text" and self.blocks and _broken_off(self.blocks[-1], line):
            return self.blocks[-1]
        return None


def _marked_line(offset: int, body: str) -> tuple[tuple[int, str], str]:
    """Return a Markdown line without its marker, and its kind: blank, heading, item or text."""
    if not body or _MD_RULE.match(body):
        return (offset, ""), "blank"
    heading = _MD_HEADING.match(body)
    if heading:
        return (offset + heading.start(2), heading.group(2)), "heading"
    quote = _MD_QUOTE.match(body)
    if quote:
        offset, body = offset + quote.end(), body[quote.end():]
    item = _MD_ITEM.match(body)
    if item:
        return (offset + item.end(), body[item.end():]), "item"
    return (offset, body), "text"


def _text_line(offset: int, body: str) -> tuple[tuple[int, str], str]:
    """Return a plain-text line and its kind: a list item ("• ...", "- ...", "2. ...") without its marker, or text."""
    item = _TEXT_ITEM.match(body)
    if item and item.end() < len(body) and not _CROSSHEAD.fullmatch(body):
        return (offset + item.end(), body[item.end():]), "item"
    return (offset, body), "text"


# A crosshead set between dashes, as wire copy sets them ("- Talks stall -"): a subheading, no list item.
_CROSSHEAD = re.compile(r"[-–—][ \t]+\S.{0,100}?[ \t]+[-–—][ \t]*")


def _broken_off(block: Block, line: str) -> bool:
    """Return True when `line`, after a paragraph break, carries on the sentence a paragraph block left open."""
    return not block.heading and not block.item and _continues(block, line)


def _continues(block: Block, line: str) -> bool:
    """Return True when `line` carries on the sentence (or the hyphenated word) the block's last
    line leaves open: it opens in lower case, or the last line breaks off an attribution after its
    verb or inside the name ('…,” said Ana' / 'Ruiz, the mayor.')."""
    last = block.pieces[-1][1]
    if _BREAK_HYPHEN.search(last) and line[0].isalnum():
        return True
    if line[0].isupper() and ("”" in last or '"' in last) and _attribution_cut().search(last):
        return True
    return line[0].islower() and not _ends_sentence_mark(last)


@kept
def _attribution_cut() -> re.Pattern:
    """Return the pattern of a line ending in a quotation's frame cut before or inside the name."""
    says = alternation((form for form, kind in lexicon().verbs.items() if kind == "say"), loose_spaces=False)
    return re.compile(rf"[,!?][”\"]\s+(?:{says})(?:\s+[A-Z][\w’'.-]*){{0,2}}$")


_TIMESTAMP = re.compile(r"\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?", re.I)


def _looks_like_heading(text: str, max_words: int) -> bool:
    """Return True when a one-line paragraph reads as a heading, not as a sentence.

    A heading is short, starts with no lower-case letter, holds no quoted speech (`,”`), and ends
    without a period, comma, colon or closing quote; one ending in "?" or "!" must be in Title Case.
    """
    words = text.split()
    if _TIMESTAMP.fullmatch(text):  # a live blog's "14:05" or "1.45pm GMT" heads the entry under it
        return True
    if not words or len(words) > max_words or len(text) > 160 or text[0].islower():
        return False
    if text[-1] in ".,;:。，；：" or text[-1] in CLOSERS.replace(")", "") or not any(ch.isalpha() for ch in text):
        return False
    if _SPEECH.search(text):  # quoted words closed by their own punctuation: reported speech
        return False
    if text[-1] in "!?…":
        return title_case_share(text) >= 0.6
    return True


_FINITE = frozenset((*AUXILIARIES, "can", "could", "may", "might", "must", "should", "does", "did"))
_QUESTION_WORDS = ("What", "Why", "How", "Where", "When", "Who", "Which")  # "How the money will be spent": a heading
# What marks a photo's caption or credit in a page's text: "Photo: Agency", "Picture by A", "Photo
# provided by A", "The image shows A …", "left to right", "A (pictured)".
_CAPTION = re.compile(r"\b(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|Credit|Caption)s?"
                      r"(?:\s*:|(?:\s+(?:[Pp]rovided|[Ss]upplied|[Cc]ourtesy|[Tt]aken|[Ss]ubmitted))?\s+by\b)"
                      r"|\b(?:image|photo|photograph|picture)s?\s+shows?\b|\b[Ll]eft to right\b|\([Pp]ictured\)")
SENTENCE_WORDS = 9  # a heading is rarely this long and written as a clause with its verb


# One of these stands in every text _CAPTION finds: a cheap test before the pattern.
_CAPTION_WORDS = ("hoto", "icture", "mage", "Credit", "Caption", "eft to right")


def is_caption(text: str) -> bool:
    """Return True when a line or sentence reads as a photo's caption or credit."""
    return any(word in text for word in _CAPTION_WORDS) and bool(_CAPTION.search(text))


def _reads_as_sentence(text: str) -> bool:
    """Return True when a line without a full stop still reads as a sentence (a standfirst cut short).

    It is over eight words long, in sentence case (four or more words in lower case, under 60%
    capitalised), and a lower-case auxiliary or modal verb ("has rejected", "could delay") makes it
    a clause; a Title Case headline, a question-word heading and a photo caption are not sentences.
    """
    words = text.split()
    lower = [word for word in words if word[:1].islower()]
    if len(words) < SENTENCE_WORDS or len(lower) < 4 or words[0] in _QUESTION_WORDS:
        return False
    return any(word in _FINITE for word in lower) and title_case_share(text) < 0.6 and not is_caption(text)


_PAGE_NUMBER = re.compile(r"[-–—\s]*(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?[-–—\s]*", re.I)
_ADDRESS_LINE = re.compile(r"<?(?:https?://|www\.)\S+>?")  # a line that is only a web address
_PAGE_GAP = re.compile(r"^\d{1,4}[ \t]{3,}(?=\S)|(?<=\S)[ \t]{3,}\d{1,4}$")  # "Annual Report      12"


BOILERPLATE_WORDS = 25  # the longest line of page furniture worth comparing with the list
_FURNITURE_MARKS = " -–—•·|*"  # what a page sets around a line of its furniture


# How a paragraph of the story ends, which the headline of a link to another story does not.
_ENDS_SENTENCE = re.compile(r"[.…][”\"’')]*\s*$")


def _without_link_lists(blocks: list[Block]) -> list[Block]:
    """Return `blocks` without a page's lists of links to other stories: a heading such as
    "Recommended stories" (data/boilerplate.txt, "links") and the list items right after it, or,
    where the list was pasted as plain lines, the lines after it up to one that ends a sentence."""
    kept, in_list = [], False
    headings = lexicon().boilerplate_link_headings
    for block in blocks:
        if len(block.pieces) == 1 and block.text.strip(_FURNITURE_MARKS + ":").casefold() in headings:
            in_list = True
            continue
        in_list = in_list and (block.item or not _ENDS_SENTENCE.search(block.text))  # pasted, a headline a line
        if not in_list:
            kept.append(block)
    return kept


def _is_boilerplate(block: Block) -> bool:
    """Return True when a one-line block is a page number, a web address, an image, or a web
    page's furniture (data/boilerplate.txt): a line of it, or a notice of any length."""
    return len(block.pieces) == 1 and _boilerplate_line(block.text)


@lru_cache(maxsize=1 << 14)
def _boilerplate_line(line: str) -> bool:
    """Return `_is_boilerplate` of a one-line block of `line`, once for each line (pages repeat
    their furniture, and wire copy its paragraphs)."""
    if line.lstrip(_FURNITURE_MARKS).casefold().startswith(lexicon().boilerplate_notices):
        return True
    if len(line.split()) > 2 * BOILERPLATE_WORDS:
        return False  # furniture is short, even with its Markdown: spare long paragraphs the patterns
    text = tidy(line, True)
    if _PAGE_NUMBER.fullmatch(text) or _ADDRESS_LINE.fullmatch(text) or not any(ch.isalnum() for ch in text):
        return True
    if len(text.split()) > BOILERPLATE_WORDS:
        return False
    lex = lexicon()
    whole, prefixes = lex.boilerplate_lines, lex.boilerplate_prefixes
    folded = text.casefold().strip(_FURNITURE_MARKS)  # "- Advertisement -", "• Share"
    return folded in whole or folded.startswith(prefixes)


def _looks_like_subheading(text: str) -> bool:
    """Return True when a one-line paragraph inside the text reads as a subheading: a heading that
    does not read as a sentence left without its full stop (a standfirst cut short)."""
    return _looks_like_heading(text, 14) and not _reads_as_sentence(text)


def _looks_like_headline(text: str) -> bool:
    """Return True when the first paragraph reads as the article's headline."""
    words = len(text.split())
    return _looks_like_heading(text, 25) and (words <= 14 or title_case_share(text) >= 0.6)


def lay_out(text: str, start: int, markdown: bool, html: bool = False) -> Layout:
    """Return the headline and the body blocks of a text, subheadings marked.

    Boilerplate paragraphs ("Advertisement", "Read more: ...", a page number) and a running
    header that repeats the headline are left out before anything else is decided.
    """
    raw = _blocks(text, start, markdown, html)
    blocks = [block for block in _without_link_lists(raw) if not _is_boilerplate(block)]
    layout = Layout()
    if raw and _is_address(raw[0]):
        blocks = _pasted_page(layout, raw, blocks, markdown)
    for index, block in enumerate(blocks):
        _place(layout, block, index, len(blocks), markdown)
    if signers := {match.group(1) for block in blocks[:SIGNED_WITHIN] for _, line in block.pieces
                   if (match := _SIGNED.fullmatch(line.strip()))}:
        layout.blocks = _without_sign_off(layout.blocks, signers, markdown)
    if layout.headline and not layout.blocks and len(blocks) == 1 and len(layout.headline.split()) >= 4:
        layout.blocks.append((blocks[0], False))  # a file that is only a headline: it is its one sentence
    return layout


def _pasted_page(layout: Layout, raw: list[Block], blocks: list[Block], markdown: bool) -> list[Block]:
    """Return the blocks of a page pasted under its web address without its site's labels atop it
    (see `_without_page_top`), and give `layout` the address and the day a posting line among those
    labels dates it ("Posted on March 3, 2031"; a bare date atop a page may be any day's)."""
    kept = _without_page_top(blocks, markdown)
    above = kept[0].pieces[0][0] if kept else raw[-1].pieces[-1][0] + 1  # where the headline (or the story) starts
    posted = [block.text for block in raw if block.pieces[0][0] < above and _POSTED.match(block.text)]
    layout.address = raw[0].text.strip().strip("<>")
    layout.published = day_written(" ".join(posted))
    return kept


HEADLINE_WORDS = 4  # the fewest words of a headline a pasted page sets under its own labels


def _is_address(block: Block) -> bool:
    """Return True when a block is one line that is only a web address (a pasted page's first line)."""
    return len(block.pieces) == 1 and bool(_ADDRESS_LINE.fullmatch(block.text.strip()))


def _without_page_top(blocks: list[Block], markdown: bool) -> list[Block]:
    """Return the blocks of a page pasted under its web address without the labels its site sets
    above the headline: a line of links ("Home » World", "Edition: UK | US"), a date, a reading
    time ("2 min read"), a posting line ("Posted by X"), a breadcrumb that ends with the headline
    itself ("Home World Ferry deal signed"), and short section names ("News", "Connect with us")
    above a longer heading. The first other heading line is the headline; with none, the page gave
    no headline and the labels go all the same."""
    top = []
    for block in blocks:
        if len(block.pieces) != 1 or block.item or not _looks_like_heading(block.text, 25):
            break
        top.append(tidy(block.text, markdown))
    return blocks[_labels_atop(top):]


def _labels_atop(top: list[str]) -> int:
    """Return how many of a pasted page's first heading lines `top` are its site's labels (see
    `_without_page_top`)."""
    for at, line in enumerate(top):
        later = top[at + 1:]
        if _page_label(line) or any(line.endswith(" " + other) for other in later):
            continue
        short = len(line.split()) < HEADLINE_WORDS
        if not short or not any(len(other.split()) >= HEADLINE_WORDS and not _page_label(other) for other in later):
            return at  # the headline, or a short line that may be one: nothing longer follows
    return len(top)  # labels only: the page gave no headline


def day_written(text: str) -> str:
    """Return the first day `text` writes as a date with its month's name ("June 29, 2022", "18 Dec
    2025", "Tuesday, March 19, 2024") or in a web address's path ("/2024/03/18/"), as YYYY-MM-DD;
    "" when it writes none that exists."""
    for match in _WRITTEN_DAY.finditer(text):
        month = month_number(match.group("month") or match.group("month2"))
        year, day = match.group("year") or match.group("year2"), match.group("day") or match.group("day2")
        if month and (iso := iso_day(int(year), month, int(day))):
            return iso
    path = _PATH_DAY.search(text)
    return iso_day(*(int(part) for part in path.groups())) if path else ""


_WRITTEN_DAY = re.compile(r"\b(?:(?P<month>[A-Z][a-z]{2,8}\.?)\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)"
                          r"|(?P<day2>\d{1,2})\s+(?P<month2>[A-Z][a-z]{2,8}\.?),?\s+(?P<year2>(?:19|20)\d\d))\b")
_PATH_DAY = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")


def _page_label(line: str) -> bool:
    """Return True when a line over a pasted page's headline is plainly the site's label: a line of
    links, a date, a reading time or a posting line."""
    parts = re.split(r"\s+[|»›>]\s+", line)
    return _DATE_LINE.fullmatch(line) is not None or _READING_TIME.search(line) is not None \
        or _POSTED.match(line) is not None or len(parts) > 1 and all(len(part.split()) <= 3 for part in parts)


_DATE_LINE = re.compile(r"(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})"
                        r"(?:,?\s*(?:/|at|-|–)?\s*\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|[A-Z]{2,4})?)?")
_POSTED = re.compile(r"(?:Posted|Published|Updated|Last updated)(?:\s+(?:by|on|at)\b|:)", re.IGNORECASE)
_READING_TIME = re.compile(r"\b\d{1,2}\s*mins?\.?\s+read\b", re.IGNORECASE)


def _without_sign_off(blocks: list[tuple[Block, bool]], signers: set[str], markdown: bool) -> list[tuple[Block, bool]]:
    """Return the body blocks without a writer's sign-off: a block that is only the name the article
    is signed with, and the short lines that follow it to the end ("Staff Writer")."""
    for at, (block, _) in enumerate(blocks):
        if tidy(block.text, markdown) in signers and all(
                len(later.text.split()) <= SIGNING_LINE_WORDS and not later.text.rstrip().endswith((".", "!", "?"))
                for later, _ in blocks[at + 1:]):
            return blocks[:at]
    return blocks


def _byline(block: Block, line: str) -> str:
    """Return the byline a block near the top is ("By Jane Doe | Updated 14:32 GMT", or a date and
    "by Jane Doe" on two lines), or "" when it is none; `line` is its text when it is one line."""
    if line:
        return line if _BYLINE.match(line) else ""
    return _signing_lines(block)


def _signing_lines(block: Block) -> str:
    """Return the signing line of a block of short lines, one of them signing the article ("by Jane
    Doe") and the others no sentence (a date, a section); "" for any other block."""
    lines = [text.strip() for _, text in block.pieces]
    signed = [line for line in lines if _SIGNED.fullmatch(line)]
    short = all(len(line.split()) <= SIGNING_LINE_WORDS and not line.endswith((".", "!", "?")) for line in lines)
    return signed[0] if len(block.pieces) > 1 and len(signed) == 1 and short else ""


SIGNING_LINE_WORDS = 6  # words of each line of a block that signs an article


def _opens_with_headline(block: Block, single: bool) -> bool:
    """Return True when the first block is the headline: a heading, or one line that reads as one."""
    return block.heading or (single and _looks_like_headline(block.text))


def _one_line(block: Block) -> bool:
    """Return True when a block is one line, or one line copied a word a line ("Harbour" over "Reopens")."""
    return len(block.pieces) == 1 or all(len(line.split()) <= 2 for _, line in block.pieces)


def _place(layout: Layout, block: Block, index: int, count: int, markdown: bool) -> None:
    """Put block `index` of `count` where it belongs: the headline, the byline, a subheading or
    the body; a running header that repeats the headline goes nowhere."""
    single = _one_line(block) and not block.item
    line = tidy(block.text, markdown) if single else ""
    if index == 0 and _opens_with_headline(block, single) and not (line and _BYLINE.match(line)):
        layout.headline = tidy(block.text, markdown)
        return
    if line and line == layout.headline:
        return
    if index < 3 and not layout.byline and (byline := _byline(block, line)):
        layout.byline = byline
        return
    subheading = block.heading or (single and index + 1 < count and _looks_like_subheading(block.text))
    layout.blocks.append((block, subheading))
