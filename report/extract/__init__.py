"""Corpus -> Outline: the draft of a brief, one module per part.

Each part is a pure function of the corpus (and of the parts before it):

    names.find_actors(corpus)                    -> (actors, mentions)
    views.find_views(corpus, actors, mentions)   -> views
    money.find_funding(corpus, actors, rates)    -> (funding, rates_date)
    summary.summarize(corpus)                    -> summary items
    summary.headline(corpus)                     -> a title for the brief
    conflicts.find_conflicts(corpus, actors, mentions, funding, views) -> conflicts
    disputes.honest_summary(summary, conflicts, funding, corpus) -> the summary, disputes named

Word lists and tables live in `data/` beside the code; nothing here knows any particular event.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """One place a source names an actor: the words it used, and the role it gave them there.

    `name` is the actor's canonical name (as in the outline), `surface` the name as written in
    the sentence ("Okafor", "the minister"), `role` and `affiliation` what that sentence says of
    them ("" when it says nothing), `cite` the sentence ("S1:2").
    """

    name: str
    surface: str
    cite: str
    role: str = ""
    affiliation: str = ""

    @property
    def source_id(self) -> str:
        """Return the id of the source the mention stands in."""
        return self.cite.partition(":")[0]


@dataclass(frozen=True)
class Parts:
    """Everything the draft found in a corpus, part by part."""

    title: str
    summary: list
    actors: list
    funding: list
    views: list
    conflicts: list
    rates_date: str
    rates_source: str


def draft_parts(corpus, rates, progress=lambda stage, done, total: None) -> Parts:
    """Return every part of the outline drafted from `corpus`, amounts priced at `rates`;
    `progress` hears of each stage."""
    from . import conflicts, disputes, money, names, summary, views

    stages = 5
    progress("actors", 0, stages)
    actors, mentions = names.find_actors(corpus)
    progress("views", 1, stages)
    found_views = views.find_views(corpus, actors, mentions)
    progress("funding", 2, stages)
    funding, rates_date = money.find_funding(corpus, actors, rates)
    progress("summary", 3, stages)
    items = summary.summarize(corpus)
    progress("conflicts", 4, stages)
    found_conflicts = conflicts.find_conflicts(corpus, actors, mentions, funding, found_views)
    items = disputes.honest_summary(items, found_conflicts, funding, corpus)
    progress("drafted", stages, stages)
    return Parts(summary.headline(corpus), items, actors, funding, found_views, found_conflicts, rates_date,
                 rates.source)
