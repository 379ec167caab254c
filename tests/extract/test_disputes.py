"""An honest summary: disputed points are named as disputes, the main money is in, and every item
reads on its own."""

from __future__ import annotations


from report.extract import disputes, money
from report.outline import Conflict, SummaryItem, Version

from .test_money import RATES, corpus_of

FIRST = [
    "The river authority of Lakemoor signed a flood-defence pact with Eastvale on Monday.",
    "The pact was signed in Lakemoor by Mayor Ada Quill and Governor Bram Olu.",
    "Eastvale has pledged €40 million towards new levees, the authority said.",
    "He called the pact a turning point for the valley.",
]
SECOND = [
    "Eastvale and the river authority of Lakemoor signed a flood-defence pact on Monday.",
    "The pact was signed in Riverton by Deputy Mayor Tom Vey and Governor Bram Olu.",
    "Also on Monday, the valley council asked for a second study of the river banks.",
]


def item(text: str, *cites: str, conflict: str = "") -> SummaryItem:
    return SummaryItem(text=text, cite=list(cites), conflict=conflict)


PLACE = Conflict(topic="where the pact was signed", kind="fact",
                 versions=[Version(value="Lakemoor", cite=["S1:2"]), Version(value="Riverton", cite=["S2:2"])])
SIGNERS = Conflict(topic="who signed the pact", kind="fact",
                   versions=[Version(value="Ada Quill", cite=["S1:2"]), Version(value="Tom Vey", cite=["S2:2"])])
TITLE = Conflict(topic="Ada Quill's title", kind="title",
                 versions=[Version(value="Mayor", cite=["S1:2"]), Version(value="Deputy Mayor", cite=["S2:2"])])


def test_a_one_sided_item_is_replaced_by_the_dispute_citing_every_version():
    # the lead names Lakemoor too, but draws on no sentence in dispute: it takes no side
    items = [item(FIRST[0], "S1:1", "S2:1"), item(FIRST[1], "S1:2")]
    lead, named = disputes.with_disputes_named(items, [PLACE, SIGNERS, TITLE])
    assert lead == items[0]
    assert named.text == "The sources disagree on where the pact was signed: Lakemoor, or Riverton."
    assert named.cite == ["S1:2", "S2:2"] and named.conflict == "where the pact was signed"


def test_two_items_taking_sides_in_one_dispute_name_it_once():
    items = [item("The pact was signed in Lakemoor.", "S1:2"), item("Officials met in Riverton to sign it.", "S2:2")]
    assert [i.conflict for i in disputes.with_disputes_named(items, [PLACE])] == ["where the pact was signed"]


def test_an_item_stating_every_version_or_flagged_or_only_a_title_is_kept():
    both = item("Some say Lakemoor, others Riverton.", "S1:2", "S2:2")
    flagged = item("The pact was signed in Lakemoor, one source says.", "S1:2", conflict="where the pact was signed")
    titled = item("Deputy Mayor Tom Vey attended.", "S2:2")
    kept = [both, flagged, titled]
    assert disputes.with_disputes_named(kept, [PLACE, TITLE]) == kept


def test_the_main_commitment_joins_the_summary_after_the_lead_unless_an_item_gives_it():
    corpus = corpus_of(FIRST, SECOND)
    funding, _ = money.find_funding(corpus, [], RATES)
    items = [item(FIRST[0], "S1:1", "S2:1"), item("The valley has flooded for years.", "S2:3")]
    lead, added, rest = disputes.with_main_commitment(items, funding, corpus)
    assert (lead, rest) == (items[0], items[1])
    assert added.text == FIRST[2] and added.cite == ["S1:3"]
    with_money = [items[0], item("Eastvale pledged 40 million euros.", "S1:3")]
    assert disputes.with_main_commitment(with_money, funding, corpus) == with_money


def test_the_honest_summary_has_at_most_six_items_and_no_dangling_one():
    corpus = corpus_of(FIRST, SECOND)
    funding, _ = money.find_funding(corpus, [], RATES)
    items = [item(text, f"S1:{n}") for n, text in enumerate(FIRST, 1)] + [item(SECOND[2], "S2:3")] * 3
    summary = disputes.honest_summary(items, [PLACE], funding, corpus)
    assert len(summary) <= 6
    assert not any(disputes.dangling(i.text) for i in summary)
    assert [i.conflict for i in summary].count("where the pact was signed") == 1
