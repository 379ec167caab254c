"""The units of a corpus: `Sentence`, `Source` and `Corpus`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a source: its number, its text, and where it stands in the source text.

    `paragraph` is the 0-based index of the body paragraph it belongs to; `heading` is the
    subheading it stands under ("" before the first one). `cite` names the sentence, e.g. "S2:7":
    one string, shared by everything drafted from the sentence.
    """

    source_id: str
    number: int
    text: str
    start: int
    end: int
    paragraph: int = 0
    heading: str = ""
    cite: str = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "cite", f"{self.source_id}:{self.number}")

    def __reduce__(self):
        # A worker process sends back the sentences it reads: its fields as arguments pickle about
        # three times as fast as the state a frozen dataclass with slots gives by default.
        return Sentence, (self.source_id, self.number, self.text, self.start, self.end, self.paragraph, self.heading)


@dataclass(frozen=True)
class Source:
    """One source file, decoded, with its headline, subheadings and numbered sentences.

    `dateline` is a wire-style opening ("LAGOS, July 4 (Reuters) -"); it stays in `text` but is not
    part of the first sentence. `byline` is a "By ..." line near the top; it is not numbered.
    """

    id: str
    path: Path
    text: str
    sha256: str
    sentences: tuple[Sentence, ...]
    title: str = ""
    subheadings: tuple[str, ...] = ()
    outlet: str = ""
    url: str = ""
    published: str = ""
    encoding: str = "utf-8"
    dateline: str = ""
    byline: str = ""

    def sentence(self, number: int) -> Sentence | None:
        """Return sentence `number` (1-based), or None when the source has no such sentence."""
        if 1 <= number <= len(self.sentences):
            return self.sentences[number - 1]
        return None


@dataclass(frozen=True)
class Corpus:
    """The sources of one brief, in order."""

    sources: tuple[Source, ...]
    _by_id: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({source.id: source for source in self.sources})

    def source(self, source_id: str) -> Source | None:
        """Return the source with id `source_id`, or None."""
        return self._by_id.get(source_id)

    def sentence(self, cite: str) -> Sentence | None:
        """Return the sentence a cite such as "S2:7" names, or None when it names nothing."""
        source_id, _, number = cite.partition(":")
        source = self.source(source_id)
        if source is None or not number.isdigit():
            return None
        return source.sentence(int(number))

    def sentences(self) -> Iterator[Sentence]:
        """Yield every sentence of every source, in order."""
        for source in self.sources:
            yield from source.sentences
