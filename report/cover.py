"""The email cover: what the body of a brief's email says, as a document the email writers draw.

The cover repeats the brief's banner, title, subtitle and date line, its summary with the
markers and support of each sentence, and its source list, then names the attached PDF. A PDF
that carries no outline gets a cover from what its own metadata says.
"""

from __future__ import annotations

from dataclasses import replace

from .compose import Citations, human_date, meta, sources_section, summary_section, title_block
from .doctree import Document, Meta, Paragraph, Text
from .outline import Outline

ATTACHED = "The full brief is attached: {attachment}"
SUMMARY_ELSEWHERE = "The summary and its sources are in the attached brief."


def cover(outline: Outline, attachment: str) -> Document:
    """Return the cover of the brief `outline` describes; `attachment` names the attached file."""
    citations = Citations.of(outline.sources)
    parts = (summary_section(outline, citations), sources_section(outline.sources))
    blocks = (*title_block(outline), *(part for part in parts if part), attached(attachment))
    return Document(replace(meta(outline), attachments=()), (*blocks, *closing_banner(outline.brief.classification)))


def cover_from_facts(facts: Meta, attachment: str) -> Document:
    """Return a cover made of what a PDF's metadata says (`facts`): title, subject, date and author."""
    line = " · ".join(fact for fact in (human_date(facts.date), facts.author) if fact)
    blocks = [Paragraph((Text(facts.title),), role="title")]
    blocks += [Paragraph((Text(facts.subject),), role="subtitle")] if facts.subject else []
    blocks += [Paragraph((Text(line),), role="meta")] if line else []
    blocks += [Paragraph((Text(SUMMARY_ELSEWHERE),), role="body"), attached(attachment)]
    return Document(Meta(title=facts.title, subtitle=facts.subject, author=facts.author, date=facts.date), tuple(blocks))


def attached(attachment: str) -> Paragraph:
    """Return the line that names the attached brief and its size."""
    return Paragraph((Text(ATTACHED.format(attachment=attachment)),), role="attachment")


def closing_banner(classification: str) -> tuple[Paragraph, ...]:
    """Return the marking once more at the foot of the cover, as markings close a document."""
    return (Paragraph((Text(classification),), role="banner"),) if classification else ()
