"""Corpus -> Outline: the draft of a brief, one module per part.

Each part is a pure function of the corpus (and of the parts before it):

    names.find_actors(corpus)                    -> Cast(actors, mentions)
    views.find_views(corpus, actors, mentions)   -> views
    money.find_funding(corpus, actors, rates)    -> Funds(funding, rates_date)
    summary.draft_summary(corpus)                -> Summary(title, items)
    conflicts.find_conflicts(corpus, actors, mentions, funding, views) -> conflicts
    disputes.honest_summary(summary, conflicts, funding, corpus) -> the summary, disputes named

The parts read text through `report.text` and share `mentions`; none reaches into another.
Word lists and tables live in `report/text/data/`; nothing here knows any particular event.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..corpus import Corpus
from ..outline import Actor, Conflict, Funding, SummaryItem, View
from ..rates import Rates
from . import conflicts, disputes, money, names, summary, views


@dataclass(frozen=True)
class Parts:
    """Everything the draft found in a corpus, part by part."""

    title: str
    summary: list[SummaryItem]
    actors: list[Actor]
    funding: list[Funding]
    views: list[View]
    conflicts: list[Conflict]
    rates_date: str
    rates_source: str


def draft_parts(corpus: Corpus, rates: Rates, progress=lambda stage, done, total: None) -> Parts:
    """Return every part of the outline drafted from `corpus`, amounts priced at `rates`;
    `progress` hears of each stage."""
    stages = 5
    progress("actors", 0, stages)
    cast = names.find_actors(corpus)
    progress("views", 1, stages)
    found_views = views.find_views(corpus, cast.actors, cast.mentions)
    progress("funding", 2, stages)
    funds = money.find_funding(corpus, cast.actors, rates)
    progress("summary", 3, stages)
    drafted = summary.draft_summary(corpus)
    progress("conflicts", 4, stages)
    found_conflicts = conflicts.find_conflicts(corpus, cast.actors, cast.mentions, funds.funding, found_views)
    items = disputes.honest_summary(drafted.items, found_conflicts, funds.funding, corpus)
    progress("drafted", stages, stages)
    return Parts(drafted.title, items, cast.actors, funds.funding, found_views, found_conflicts,
                 funds.rates_date, rates.source)
