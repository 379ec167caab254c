"""An honest summary: no disputed point stated as settled, the main money in it, every item
readable on its own.

The summary sentences are chosen from the sources before the conflicts are known. This pass runs
after both and rewrites the summary:

* an item that opens with a word pointing back to a sentence it no longer follows ("He", "Also",
  "The move", or such a word after a short opening phrase) is left out;
* when no item gives the largest sum of money committed, the sentence that gives it is added
  after the lead;
* an item that states one version of a fact or figure the sources dispute is replaced by one
  that names the dispute and every version ("The sources disagree on who signed the agreement: A, or
  B."), citing every version and carrying the conflict's topic in `conflict`.
"""

from __future__ import annotations

from ..corpus import Corpus
from ..items import Conflict, Funding, SummaryItem
from ..support import missing_numbers, one_sided
from .summary import dangling

MAX_ITEMS = 6


def honest_summary(items: list[SummaryItem], conflicts: list[Conflict], funding: list[Funding],
                   corpus: Corpus) -> list[SummaryItem]:
    """Return the summary with dangling items left out, the main commitment in, and disputes named."""
    kept = [item for item in items if not dangling(item.text)]
    kept = with_main_commitment(kept, funding, corpus)
    return with_disputes_named(kept, conflicts)[:MAX_ITEMS]


def with_main_commitment(items: list[SummaryItem], funding: list[Funding], corpus: Corpus) -> list[SummaryItem]:
    """Return `items` with the sentence giving the largest commitment added after the lead, unless an item gives it."""
    commitments = [f for f in funding if f.kind == "commitment" and f.eur is not None]
    if not commitments or not items:
        return items
    main = max(commitments, key=lambda f: f.eur)
    if any(not missing_numbers(main.text, item.text) for item in items):
        return items
    sentence = corpus.sentence(main.cite[0])
    if sentence is None or dangling(sentence.text):
        return items
    added = SummaryItem(text=sentence.text, cite=[sentence.cite])
    return [items[0], added, *items[1 : MAX_ITEMS - 1]]


def with_disputes_named(items: list[SummaryItem], conflicts: list[Conflict]) -> list[SummaryItem]:
    """Return `items` with each one-sided item replaced by the dispute it takes a side in, once."""
    out: list[SummaryItem] = []
    named: set[str] = set()
    for item in items:
        conflict = one_sided(item, conflicts)
        if conflict is None:
            out.append(item)
        elif conflict.topic not in named:
            named.add(conflict.topic)
            out.append(dispute_item(conflict))
    return out


def dispute_item(conflict: Conflict) -> SummaryItem:
    """Return the summary item that names a dispute and every version of it."""
    values = ", or ".join(version.value for version in conflict.versions)
    cites = list(dict.fromkeys(cite for version in conflict.versions for cite in version.cite))
    return SummaryItem(text=f"The sources disagree on {conflict.topic}: {values}.", cite=cites, conflict=conflict.topic)
