"""Outline -> Document: what the brief says, and in which order, once for every format.

Compose numbers the sources, turns every cite into a numbered marker that links to the source
list, counts how many sources support each line, and leaves out any part that has nothing to say.
Writers only draw what this module decides.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .doctree import Anchor, Attachment, Chart, Document, Inlines, Items, Link, Meta, Paragraph, Section, Table, Text
from .outline_yaml import OUTLINE_MIME, OUTLINE_NAME, framed_outline

if TYPE_CHECKING:  # an outline's model, or a draft's records (`report.items`), which have its fields
    from .outline import Actor, Conflict, Funding, Outline, SourceRef, View

OPENING_MARKS = "“„«\""
WRAPPING_CLOSERS = "”“»\""  # what a source may close a quotation with, right or wrong
# “ after a word and before a space, a stop or the end closes a quotation; printed so it would open one.
MISUSED_OPENING = re.compile(r"(?<=[^\s(\[{“‘])“(?=[\s.,;:!?)\]}…]|$)")
MAX_VERSION_COLUMNS = 3
MAX_COVERAGE_COLUMNS = 12
KIND_LABELS = {"expert": "Experts", "official": "Officials", "other": "Other voices"}
FUNDING_KINDS = {"commitment": "money committed", "estimate": "estimate", "context": "context figure"}
CONFLICT_KINDS = {
    "fact": "Facts",
    "figure": "Figures",
    "title": "Titles and roles",
    "spelling": "Spelling of names",
    "quote-wording": "Wording of quotations",
}


@dataclass(frozen=True)
class Citations:
    """Numbers the sources of an outline and turns cites into linked markers."""

    numbers: dict[str, int]
    total: int

    @classmethod
    def of(cls, sources: list[SourceRef]) -> "Citations":
        return cls({source.id: n for n, source in enumerate(sources, 1)}, len(sources))

    def sources_of(self, cites: list[str]) -> list[int]:
        """Return the sorted numbers of the sources `cites` point into."""
        ids = {cite.partition(":")[0] for cite in cites}
        return sorted(self.numbers[i] for i in ids if i in self.numbers)

    def markers(self, cites: list[str]) -> Inlines:
        """Return one linked marker "[n]" per source the cites point into."""
        return tuple(Link(f"[{n}]", anchor(n), role="cite") for n in self.sources_of(cites))

    def support(self, cites: list[str]) -> str:
        """Return how many of the sources support a line, e.g. "2 of 3 sources"."""
        count = len(self.sources_of(cites))
        noun = "source" if self.total == 1 else "sources"
        return f"{count} of {self.total} {noun}"

    def cell(self, cites: list[str]) -> Inlines:
        """Return a table cell: the markers, then the support count."""
        return (*spaced(self.markers(cites)), Text(f" ({self.support(cites)})"))


def anchor(number: int) -> str:
    """Return the anchor name of source `number` in the source list."""
    return f"src-{number}"


def spaced(markers: Inlines) -> Inlines:
    """Return markers with a thin separation between consecutive ones."""
    out: list = []
    for marker in markers:
        if out:
            out.append(Text(" "))
        out.append(marker)
    return tuple(out)


def cited(text: str, citations: Citations, cites: list[str]) -> Inlines:
    """Return `text` followed by its markers."""
    return (Text(text + " "), *spaced(citations.markers(cites)))


def human_date(value: str) -> str:
    """Return an ISO date as "4 July 2025"; any other text unchanged."""
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{day.day} {day.strftime('%B')} {day.year}"


# --- the document -------------------------------------------------------------------------------


def compose(outline: Outline, body: str | None = None) -> Document:
    """Return the document tree of the brief `outline` describes.

    `body` is the outline's YAML (`outline.outline_body`) when the caller has it already; the
    brief carries the outline as that YAML.
    """
    citations = Citations.of(outline.sources)
    parts = (
        summary_section(outline, citations),
        actors_section(outline.actors, citations),
        funding_section(outline, citations),
        views_section(outline.views, outline.actors, citations),
        conflicts_section(outline.conflicts, citations),
        coverage_section(outline, citations),
        sources_section(outline.sources),
    )
    return Document(meta=meta(outline, body), children=(*title_block(outline), *(p for p in parts if p)))


def meta(outline: Outline, body: str | None = None) -> Meta:
    """Return the document's metadata; `body` is the outline's YAML when known (see `compose`)."""
    brief = outline.brief
    keywords = tuple(actor.name for actor in outline.actors if actor.kind != "person")[:8]
    return Meta(
        title=brief.title,
        subtitle=brief.subtitle,
        author=brief.author,
        date=brief.date,
        classification=brief.classification,
        subject=brief.subtitle or f"Policy brief drawn from {len(outline.sources)} sources",
        keywords=keywords,
        attachments=(outline_attachment(outline, body),),
    )


def outline_attachment(outline: Outline, body: str | None = None) -> Attachment:
    """Return the outline as a file the brief carries, so the brief alone can be checked, re-rendered and mailed.

    `body` is the outline's YAML when known (see `compose`)."""
    if body is None:
        from .outline import outline_body

        body = outline_body(outline)
    text = framed_outline(body, OUTLINE_NAME)
    return Attachment(OUTLINE_NAME, text.encode("utf-8"), OUTLINE_MIME, "The outline this brief was rendered from")


def title_block(outline: Outline) -> tuple:
    """Return the classification banner, title, subtitle and the date/author/audience line."""
    brief = outline.brief
    blocks = []
    if brief.classification:
        blocks.append(Paragraph((Text(brief.classification),), role="banner"))
    blocks.append(Paragraph((Text(brief.title),), role="title"))
    if brief.subtitle:
        blocks.append(Paragraph((Text(brief.subtitle),), role="subtitle"))
    facts = [human_date(brief.date), brief.author, f"For: {brief.audience}" if brief.audience else ""]
    line = " · ".join(fact for fact in facts if fact)
    if line:
        blocks.append(Paragraph((Text(line),), role="meta"))
    return tuple(blocks)


def summary_section(outline: Outline, citations: Citations) -> Section | None:
    """Return the summary: one bullet per sentence, with its markers and support."""
    if not outline.summary:
        return None
    anchors = conflict_anchors(outline.conflicts)
    items = tuple(
        (*cited(item.text, citations, item.cite), Text(f" ({citations.support(item.cite)})"),
         *dispute_link(item.conflict, anchors))
        for item in outline.summary
    )
    return Section("Summary", (Items(items, role="summary"),), role="summary", anchor="summary")


def conflict_anchors(conflicts: list[Conflict]) -> dict[str, str]:
    """Return the anchor name of each disputed conflict's row, by topic."""
    disputed = [c for c in conflicts if c.kind != "single-source"]
    return {conflict.topic: f"conflict-{number}" for number, conflict in enumerate(disputed, 1)}


def dispute_link(topic: str, anchors: dict[str, str]) -> Inlines:
    """Return a link from a summary item to the conflict it reports, when that conflict is listed."""
    if topic not in anchors:
        return ()
    return (Text(" — "), Link("see where the sources disagree", anchors[topic]))


def actors_section(actors: list[Actor], citations: Citations) -> Section | None:
    """Return the key actors: people in a table, organizations and countries in a line each."""
    people = [actor for actor in actors if actor.kind == "person"]
    blocks: list = []
    if people:
        rows = tuple(actor_row(actor, citations) for actor in people)
        blocks.append(Table(("Name", "Role", "Affiliation", "Sources"), rows, (3, 4, 2.4, 2.4), role="actors"))
    for kind, label in (("organization", "Organizations"), ("country", "Countries")):
        named = [actor for actor in actors if actor.kind == kind]
        if named:
            blocks.append(Paragraph(named_line(label, named, citations), role="note"))
    if not blocks:
        return None
    return Section("Key actors", tuple(blocks), role="actors", anchor="actors")


def actor_row(actor: Actor, citations: Citations) -> tuple[Inlines, ...]:
    """Return one row of the actors table."""
    name: list = [Text(actor.name, bold=True)]
    others = [alias for alias in actor.aliases if alias != actor.name]
    if others:
        name.append(Text(f" (also: {', '.join(others)})"))
    return (tuple(name), (Text(actor.role or "—"),), (Text(actor.affiliation or "—"),), citations.cell(actor.cite))


def named_line(label: str, actors: list[Actor], citations: Citations) -> Inlines:
    """Return "Label: A [1], B [2] [3]." for organizations or countries."""
    out: list = [Text(f"{label}: ", bold=True)]
    for index, actor in enumerate(actors):
        out.extend((Text(("; " if index else "") + actor.name + " "), *spaced(citations.markers(actor.cite))))
    out.append(Text("."))
    return tuple(out)


def funding_section(outline: Outline, citations: Citations) -> Section | None:
    """Return the funding table, a bar chart when amounts can be compared, and the rate note."""
    if not outline.funding:
        return None
    rows = tuple(funding_row(item, citations) for item in outline.funding)
    header = ("Amount", "EUR equivalent", "Funder", "Purpose", "Sources")
    blocks: list = [Table(header, rows, (3, 2, 2.2, 4.6, 2.4), role="funding")]
    chart = funding_chart(outline.funding)
    if chart:
        blocks.append(chart)
    if any(item.eur is not None for item in outline.funding):
        when = human_date(outline.brief.rates_date) if outline.brief.rates_date else "an unstated date"
        whose = outline.brief.rates_source or "reference rates"
        blocks.append(Paragraph((Text(f"EUR equivalents at the {whose} of {when}."),), role="caption"))
    return Section("Funding", tuple(blocks), role="funding", anchor="funding")


def funding_row(item: Funding, citations: Citations) -> tuple[Inlines, ...]:
    """Return one row of the funding table: the amount as written, what kind of figure it is."""
    amount: list = [Text(item.text, bold=True)]
    if item.amount is not None and item.currency:
        normalised = f"{money(item.amount)} {item.currency}"
        if normalised != item.text:
            amount.append(Text(f"\n= {normalised}"))
    for equivalent in item.equivalents:
        whose = "source" if len(citations.sources_of(equivalent.cite)) < 2 else "sources"
        amount.append(Text(f"\nthe {whose}: {equivalent.text}"))
    amount.append(Text(f"\n{FUNDING_KINDS[item.kind]}", italic=True))
    return (
        tuple(amount),
        (Text(f"€{money(item.eur)}" if item.eur is not None else "—"),),
        (Text(item.funder or "—"),),
        (Text(item.purpose or "—"),),
        citations.cell(item.cite),
    )


def money(value: float) -> str:
    """Return an amount in words a reader scans: 67 million, 1.2 billion, 950,000."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:,.2f}".rstrip("0").rstrip(".") + f" {word}"
    return f"{value:,.0f}"


def funding_chart(funding: list[Funding]) -> Chart | None:
    """Return a bar chart of the EUR value of each amount of one kind, when two or more compare.

    Amounts of different kinds (money committed, estimates, context) are not put on one scale.
    """
    for kind in FUNDING_KINDS:
        items = [f for f in funding if f.kind == kind and f.eur is not None]
        if len(items) >= 2:
            labels = tuple(item.text for item in items)
            values = tuple(float(item.eur) for item in items)
            text = "; ".join(f"{label}: €{money(value)}" for label, value in zip(labels, values)) + "."
            title = f"{FUNDING_KINDS[kind].capitalize()}: amounts in EUR"
            return Chart(title, labels, values, "EUR", text, role="funding-chart")
    return None


def views_section(views: list[View], actors: list[Actor], citations: Citations) -> Section | None:
    """Return the views, experts first, grouped by speaker in order of first appearance."""
    if not views:
        return None
    roles = {actor.name: actor.role for actor in actors}
    parts = []
    for kind, label in KIND_LABELS.items():
        chosen = [view for view in views if view.kind == kind]
        if chosen:
            parts.append(Section(label, speaker_blocks(chosen, roles, citations), role=f"views-{kind}"))
    return Section("Expert and official views", tuple(parts), role="views", anchor="views")


def speaker_blocks(views: list[View], roles: dict[str, str], citations: Citations) -> tuple:
    """Return, for each speaker, a name line followed by their quotations and paraphrases."""
    speakers: dict[str, list[View]] = {}
    for view in views:
        speakers.setdefault(view.speaker, []).append(view)
    blocks: list = []
    for speaker, said in speakers.items():
        role = said[0].role or roles.get(speaker, "")
        blocks.append(Paragraph((Text(speaker, bold=True), Text(f", {role}" if role else "")), role="speaker"))
        for view in said:
            text = quotation(view.text) if view.quote else as_sentence(closing_marks(view.text))
            blocks.append(Paragraph(cited(text, citations, view.cite), role="quote" if view.quote else "paraphrase"))
    return tuple(blocks)


def quotation(text: str) -> str:
    """Return a verbatim quotation between typographic quotation marks.

    Marks the source already wrapped it in are not doubled, and an opening mark the source
    misused as a closing one is printed as the closing mark it stands for.
    """
    inner = text.strip()
    if len(inner) >= 2 and inner[0] in OPENING_MARKS and inner[-1] in WRAPPING_CLOSERS:
        inner = inner[1:-1].strip()
    inner = closing_marks(inner)
    if inner.endswith("”") and inner.count("”") > inner.count("“"):  # the source's own close: ours replaces it
        inner = inner[:-1].rstrip()
    return f"“{inner}”"


def closing_marks(text: str) -> str:
    """Return `text` with each “ that ends a word (a source's misused closing mark) made ”."""
    return MISUSED_OPENING.sub("”", text)


def as_sentence(text: str) -> str:
    """Return a paraphrase as a sentence: capital first letter, closing full stop."""
    text = text.strip()
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…", "”", '"')) else text + "."


def conflicts_section(conflicts: list[Conflict], citations: Citations) -> Section | None:
    """Return where the sources disagree, versions side by side, then what one source alone says."""
    disputed = [c for c in conflicts if c.kind != "single-source"]
    single = [c for c in conflicts if c.kind == "single-source"]
    blocks: list = []
    if disputed:
        width = min(MAX_VERSION_COLUMNS, max(len(c.versions) for c in disputed))
        header = ("Point in dispute", *(f"Version {chr(65 + i)}" for i in range(width)))
        anchors = conflict_anchors(disputed)
        rows = tuple(conflict_row(c, width, citations, anchors[c.topic]) for c in disputed)
        blocks.append(Table(header, rows, (3.2, *([4.0] * width)), role="conflicts"))
    if single:
        items = tuple(single_line(c, citations) for c in single)
        blocks.append(Paragraph((Text("Reported by one source only", bold=True),), role="note"))
        blocks.append(Items(items, role="single-source"))
    if not blocks:
        return None
    return Section("Where the sources disagree", tuple(blocks), role="conflicts", anchor="conflicts")


def conflict_row(conflict: Conflict, width: int, citations: Citations, name: str) -> tuple[Inlines, ...]:
    """Return one row: the topic (with the anchor `name`), its kind and note, then one cell per version."""
    first: list = [Anchor(name), Text(conflict.topic, bold=True),
                   Text(f"\n{CONFLICT_KINDS.get(conflict.kind, conflict.kind)}")]
    if conflict.note:
        first.append(Text(f"\n{conflict.note}", italic=True))
    cells = [version_cell(v.value, v.cite, citations) for v in conflict.versions[: width - 1]]
    rest = conflict.versions[width - 1 :]
    if rest:
        merged: list = []
        for index, version in enumerate(rest):
            merged.extend((Text("\n" if index else ""), *version_cell(version.value, version.cite, citations)))
        cells.append(tuple(merged))
    cells.extend(((Text(""),),) * (width - len(cells)))
    return (tuple(first), *cells)


def version_cell(value: str, cites: list[str], citations: Citations) -> Inlines:
    """Return one version: the value, then the markers of the sources that give it."""
    return (Text(value + " "), *spaced(citations.markers(cites)))


def single_line(conflict: Conflict, citations: Citations) -> Inlines:
    """Return a bullet for a point only one source reports."""
    version = conflict.versions[0]
    note = f" — {conflict.note}" if conflict.note else ""
    return (Text(f"{conflict.topic}: ", bold=True), *cited(f"{version.value}{note}", citations, version.cite))


def coverage_section(outline: Outline, citations: Citations) -> Section | None:
    """Return the source-coverage table: which source reports which key fact, and which reports it otherwise.

    Rows are the summary sentences and the money committed; a column per source while they fit
    on a page, else one column that counts them. A source reports a fact otherwise when a
    disputed version other than the fact's own cites it; its mark links to that dispute (a
    summary item that reports a dispute has no side to take: each version's sources report it). Marks
    are characters, so the table reads the same in black and white.
    """
    facts = [(item.text, item.cite, bool(item.conflict)) for item in outline.summary]
    facts += [(f"{f.text} ({f.funder})" if f.funder else f.text, f.cite, False)
              for f in outline.funding if f.kind == "commitment"]
    if not facts or citations.total < 2:
        return None
    anchors = conflict_anchors(outline.conflicts)
    if citations.total <= MAX_COVERAGE_COLUMNS:
        numbers = range(1, citations.total + 1)
        header = ("Key fact", *(f"[{n}]" for n in numbers))
        rows = tuple(
            ((Text(text),), *(coverage_mark(n, cites, [] if dispute else outline.conflicts, anchors, citations)
                              for n in numbers))
            for text, cites, dispute in facts
        )
        widths = (8.0, *([0.9] * citations.total))
    else:
        header = ("Key fact", "Sources")
        rows = tuple(((Text(text),), citations.cell(cites)) for text, cites, _ in facts)
        widths = (8.0, 3.0)
    caption = ("● the source reports the fact; ≠ it reports it otherwise (the mark links to the dispute); "
               "○ it does not report it.")
    return Section(
        "Source coverage",
        (Table(header, rows, widths, role="coverage"), Paragraph((Text(caption),), role="caption")),
        role="coverage",
        anchor="coverage",
    )


def coverage_mark(number: int, cites: list[str], conflicts: list[Conflict], anchors: dict[str, str],
                  citations: Citations) -> Inlines:
    """Return the mark of source `number` for a fact citing `cites`: ●, ≠ linked to the dispute, or ○."""
    if number in citations.sources_of(cites):
        return (Text("●"),)
    for conflict in conflicts:
        if conflict.topic not in anchors:
            continue
        own = [v for v in conflict.versions if set(v.cite) & set(cites)]
        others = [v for v in conflict.versions if v not in own]
        if own and any(number in citations.sources_of(v.cite) for v in others):
            return (Link("≠", anchors[conflict.topic]),)
    return (Text("○"),)


def sources_section(sources: list[SourceRef]) -> Section:
    """Return the numbered source list that every marker links to."""
    entries = tuple(Paragraph(source_line(n, source), role="source") for n, source in enumerate(sources, 1))
    return Section("Sources", entries, role="sources", anchor="sources")


def source_line(number: int, source: SourceRef) -> Inlines:
    """Return "[n] Outlet, “Title”, date. URL" with the anchor that markers link to.

    What the analyst's machine calls the file is no part of the brief: the file's own name stands
    for the source only when neither outlet, title, date nor URL is known.
    """
    parts = [source.outlet, f"“{source.title}”" if source.title else "", human_date(source.published)]
    label = ", ".join(part for part in parts if part)
    out: list = [Anchor(anchor(number)), Text(f"[{number}] ", bold=True)]
    if label:
        out.append(Text(label + "." + (" " if source.url else "")))
    if source.url:
        out.append(Link(source.url, source.url, external=True))
    if not (label or source.url):
        out.append(Text(file_name(source.path)))
    return tuple(out)


def file_name(path: str) -> str:
    """Return the last part of a source's path, whichever separator it was written with."""
    return path.replace("\\", "/").rstrip("/").rpartition("/")[2] or path
