"""Outline x Corpus -> findings: every cite resolves, every quotation is verbatim, every number and
name the outline states in its own words is in the sentences it cites (see `support`), no source
changed.

A finding names the outline file, the line and the field, and says what is wrong in one line.
Errors stop a render; warnings are shown and let it go on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .corpus import Corpus
from .outline import Outline
from .support import one_sided, support_gaps

_SPACE = re.compile(r"\s+")
_FOLD = str.maketrans({"‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"',
                       "–": "-", "—": "-", "\u00a0": " ", "…": "..."})


@dataclass(frozen=True)
class Finding:
    """One problem of an outline."""

    level: str  # "error" | "warning"
    field: str  # e.g. "views.3.text"
    message: str
    line: int = 0
    column: int = 0

    def render(self, name: str) -> str:
        """Return the finding as one line: `outline.yaml:12:5: views.3.text: message`.

        The level is not part of the line: whoever shows it says "error" or "warning" once.
        """
        where = f"{name}:{self.line}:{self.column}" if self.line else name
        return f"{where}: {self.field}: {self.message}"


def verbatim_form(text: str) -> str:
    """Return text with quotes, dashes and white space folded, for verbatim comparison."""
    return _SPACE.sub(" ", text.translate(_FOLD)).strip()


def check(outline: Outline, corpus: Corpus, source_problems: dict[str, str]) -> list[Finding]:
    """Return every finding of `outline` against the sources it names.

    `source_problems` maps a source id to why its file could not be read; its cites are then
    not checked again (one line says the file is missing, not one per cite).
    """
    findings = [Finding("error", f"sources.{i}.path", problem)
                for i, source in enumerate(outline.sources) if (problem := source_problems.get(source.id))]
    findings += changed_sources(outline, corpus)
    for field, cites in cite_fields(outline):
        findings += check_cites(field, cites, corpus, source_problems)
    findings += check_quotes(outline, corpus)
    findings += check_speakers(outline)
    findings += check_funding(outline)
    findings += check_disputes(outline)
    findings += [Finding(gap.level, gap.field, gap.message) for gap in support_gaps(outline, corpus)]
    return findings


def changed_sources(outline: Outline, corpus: Corpus) -> list[Finding]:
    """Return a warning for each source whose bytes differ from those the outline was drafted from."""
    findings = []
    for index, declared in enumerate(outline.sources):
        source = corpus.source(declared.id)
        if source and declared.sha256 and source.sha256 != declared.sha256:
            findings.append(Finding(
                "warning", f"sources.{index}.sha256",
                f"{declared.path} changed since the outline was drafted; its cites may point at other sentences",
            ))
    return findings


def cite_fields(outline: Outline):
    """Yield (field path, cites) for every cite list in the outline."""
    for part in ("summary", "actors", "funding", "views"):
        for index, item in enumerate(getattr(outline, part)):
            yield f"{part}.{index}.cite", item.cite
    for index, item in enumerate(outline.funding):
        for number, equivalent in enumerate(item.equivalents):
            yield f"funding.{index}.equivalents.{number}.cite", equivalent.cite
    for index, conflict in enumerate(outline.conflicts):
        for number, version in enumerate(conflict.versions):
            yield f"conflicts.{index}.versions.{number}.cite", version.cite


def check_cites(field: str, cites: list[str], corpus: Corpus, unreadable: dict[str, str]) -> list[Finding]:
    """Return an error for each cite that names no source or no sentence."""
    findings = []
    for position, cite in enumerate(cites):
        source_id, _, number = cite.partition(":")
        source = corpus.source(source_id)
        where = f"{field}.{position}"
        if source_id in unreadable:
            continue
        if source is None:
            findings.append(Finding("error", where, f"{cite} names source {source_id}, which `sources` does not list"))
        elif source.sentence(int(number)) is None:
            count = len(source.sentences)
            findings.append(Finding("error", where, f"{cite}: {source_id} has {count} sentences, not {number}"))
    return findings


def check_quotes(outline: Outline, corpus: Corpus) -> list[Finding]:
    """Return an error for each quotation not found word for word in the sentences it cites."""
    findings = []
    for index, view in enumerate(outline.views):
        if not view.quote:
            continue
        sentences = [corpus.sentence(cite) for cite in view.cite]
        if any(sentence is None for sentence in sentences):
            continue  # reported by check_cites
        joined = verbatim_form(" ".join(sentence.text for sentence in sentences))
        if not _in_order(verbatim_form(view.text), joined):
            cites = ", ".join(view.cite)
            findings.append(Finding("error", f"views.{index}.text",
                                    f"quotation is not verbatim in {cites}: {shorten(view.text)}"))
    return findings


def _in_order(quotation: str, text: str) -> bool:
    """Return True when a quotation's words stand in `text` word for word, its parts in order
    where an ellipsis ("...", folded from "…") marks words left out between them."""
    at = 0
    for part in (part.strip() for part in quotation.split("...")):
        found = text.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


def check_speakers(outline: Outline) -> list[Finding]:
    """Return a warning for each view whose speaker is not an actor's name."""
    names = {actor.name for actor in outline.actors}
    return [
        Finding("warning", f"views.{index}.speaker", f"{view.speaker!r} is not the name of an actor in `actors`")
        for index, view in enumerate(outline.views)
        if names and view.speaker not in names
    ]


def check_funding(outline: Outline) -> list[Finding]:
    """Return a warning for EUR figures with no rate date."""
    findings = []
    if not outline.brief.rates_date and any(item.eur is not None for item in outline.funding):
        findings.append(Finding("warning", "brief.rates_date", "EUR equivalents are given but not the date of their rates"))
    return findings


def check_disputes(outline: Outline) -> list[Finding]:
    """Return a warning for each summary item that states one side of a disputed fact or figure as settled,
    and an error for a `conflict` that names no conflict of the outline."""
    topics = {conflict.topic for conflict in outline.conflicts}
    findings = [Finding("error", f"summary.{index}.conflict", f"{item.conflict!r} is not the topic of any conflict in `conflicts`")
                for index, item in enumerate(outline.summary) if item.conflict and item.conflict not in topics]
    for index, item in enumerate(outline.summary):
        if conflict := one_sided(item, outline.conflicts):
            findings.append(Finding("warning", f"summary.{index}.text",
                                    f"states one side of a disputed point as settled; name the dispute and "
                                    f"add `conflict: {conflict.topic}`"))
    return findings


def shorten(text: str, width: int = 60) -> str:
    """Return text cut to `width` characters with an ellipsis, quoted."""
    text = verbatim_form(text)
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def with_lines(findings: list[Finding], marks: dict[tuple, tuple[int, int]]) -> list[Finding]:
    """Return the findings with the line and column of their field in the outline file filled in."""
    out = []
    for finding in findings:
        path = tuple(int(part) if part.isdigit() else part for part in finding.field.split("."))
        line, column = 0, 0
        for end in range(len(path), 0, -1):
            if path[:end] in marks:
                line, column = marks[path[:end]]
                break
        out.append(Finding(finding.level, finding.field, finding.message, line, column))
    return out


def resolve(outline_path: Path, source_path: str) -> Path:
    """Return where a source's `path` points: relative paths are relative to the outline's folder."""
    path = Path(source_path)
    return path if path.is_absolute() else outline_path.parent / path

