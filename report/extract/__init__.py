"""Corpus -> Outline: the draft of a brief, one module per part.

Each part is a pure function of the corpus (and of the parts before it):

    names.find_actors(corpus)                    -> Cast(actors, mentions)
    views.find_views(corpus, actors, mentions)   -> views
    money.find_funding(corpus, actors, rates)    -> Funds(funding, rates_date)
    summary.draft_summary(corpus)                -> Summary(title, items)
    conflicts.settled_conflicts(corpus)          -> Settled(weights, conflicts of kinds the corpus alone settles)
    conflicts.find_conflicts(corpus, actors, mentions, funding, views, settled=...) -> conflicts
    disputes.honest_summary(summary, conflicts, funding, corpus) -> the summary, disputes named

The parts read text through `report.text` and share `mentions`; none reaches into another.
Word lists and tables live in `report/text/data/`; nothing here knows any particular event.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

from ..corpus import Corpus
from ..items import Actor, Conflict, Funding, SummaryItem, Version, View
from ..rates import Rates
from ..text import fold_text
from ..workers import begin, worker_count
from . import conflicts, disputes, money, names, summary, views

Item = TypeVar("Item", SummaryItem, Actor, Funding, View, Version)


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
    stages = 4
    shared = worker_count(len(corpus.sources)) > 1
    # The summary needs the sources alone: begun now, its process holds the corpus and nothing more.
    drafting_summary = begin(partial(summary.draft_summary, corpus), shared)
    # So are the conflicts of the kinds that need the corpus alone: they fill the cores the steps
    # below leave idle (the names resolved, the weights of words counted) in a process of their own.
    settling = begin(partial(conflicts.settled_conflicts, corpus), shared)
    progress("actors", 0, stages)
    cast = names.find_actors(corpus)
    # The funding needs the actors and not the views: found in a process of its own while the
    # views are sought, it spares a pool of workers started for work of half a second.
    funding = begin(partial(money.find_funding, corpus, cast.actors, rates), shared)
    progress("views", 1, stages)
    found_views = views.find_views(corpus, cast.actors, cast.mentions)
    progress("funding", 2, stages)
    funds = funding.result()
    progress("conflicts and summary", 3, stages)
    found_conflicts = conflicts.find_conflicts(corpus, cast.actors, cast.mentions, funds.funding, found_views, shared,
                                               settling.result())
    drafted = drafting_summary.result()
    items = disputes.honest_summary(drafted.items, found_conflicts, funds.funding, corpus)
    progress("drafted", stages, stages)
    return Parts(drafted.title, _thinned(items), _thinned(names.newsroom_left_out(cast.actors, found_views)),
                 _thinned(funds.funding),
                 _thinned(_foremost(found_views)), [_thinned_versions(conflict) for conflict in found_conflicts],
                 funds.rates_date, rates.source)


# A draft stays a brief an analyst can review, and an outline `brief render` reads (MAX_OUTLINE_BYTES):
# a few sources never come near these bounds; a folder of a thousand articles would list tens of
# thousands of views and cites otherwise.
MAX_VIEWS = 200  # views a draft lists: the remarks and the speakers more sources report first
MAX_CITES = 40   # cites an item lists before it keeps one per source: its first sentence in each


def _foremost(found: list[View]) -> list[View]:
    """Return at most MAX_VIEWS of `found`, in their order: first those whose words more sources
    give, then those of speakers more sources quote."""
    if len(found) <= MAX_VIEWS:
        return found
    remarks = [(view.speaker, fold_text(view.text)) for view in found]
    remark_sources: dict[tuple, set[str]] = defaultdict(set)
    speaker_sources: dict[str, set[str]] = defaultdict(set)
    for view, remark in zip(found, remarks):
        sources = {cite.split(":")[0] for cite in view.cite}
        remark_sources[remark] |= sources
        speaker_sources[view.speaker] |= sources
    rank = sorted(range(len(found)), key=lambda i: (-len(remark_sources[remarks[i]]),
                                                    -len(speaker_sources[found[i].speaker])))
    return [found[i] for i in sorted(rank[:MAX_VIEWS])]


def _one_per_source(cites: list[str]) -> list[str]:
    """Return `cites` when there are at most MAX_CITES, else the first cite of each source."""
    if len(cites) <= MAX_CITES:
        return cites
    first: dict[str, str] = {}
    for cite in cites:
        first.setdefault(cite.split(":")[0], cite)
    return list(first.values())


def _thinned(items: list[Item]) -> list[Item]:
    """Return `items`, each citing one sentence per source when it cites more than MAX_CITES."""
    return [item if len(item.cite) <= MAX_CITES else item.model_copy(update={"cite": _one_per_source(item.cite)})
            for item in items]


def _thinned_versions(conflict: Conflict) -> Conflict:
    """Return `conflict` with its versions thinned as `_thinned` thins items."""
    versions = _thinned(conflict.versions)
    return conflict if versions == conflict.versions else conflict.model_copy(update={"versions": versions})
