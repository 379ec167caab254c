"""A draft of many articles stays a brief: a bounded number of views, and bounded cite lists."""

from __future__ import annotations

import datetime as dt

import report.extract as extract
from report.extract import draft_parts
from report.rates import rates_for

from .test_names import corpus_of

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"]
SAID = [
    "“The levee will hold through the spring floods,” said Mayor Ada Quill.",
    "“We will publish the inspection reports in full,” said Mayor Ada Quill.",
    "“Farmers downstream were never asked,” said Karl Verhoef, a hydrologist at Eastvale University.",
]


def articles(count: int) -> list[str]:
    """Return `count` short articles; every one repeats the first remark, the others each appear once."""
    texts = []
    for n in range(count):
        lines = [SAID[0]] + ([SAID[1 + n % 2]] if n < 2 else [])
        texts.append(f"Levees for Eastvale, report {n + 1}\n\nThe council of Eastvale met on {DAYS[n]} to vote on "
                     f"{n + 3} new pumping stations.\n\n" + "\n\n".join(lines) + "\n")
    return texts


def test_a_draft_over_the_bound_keeps_the_remarks_and_speakers_more_sources_report(tmp_path, monkeypatch):
    corpus = corpus_of(*articles(4), folder=tmp_path)
    everything = draft_parts(corpus, rates_for(dt.date(2025, 7, 4))).views
    assert [view.cite for view in everything] == [["S1:2"], ["S1:3"], ["S2:2"], ["S2:3"], ["S3:2"], ["S4:2"]]
    monkeypatch.setattr(extract, "MAX_VIEWS", 5)
    kept = draft_parts(corpus, rates_for(dt.date(2025, 7, 4))).views
    assert kept == [view for view in everything if view.speaker == "Ada Quill"]  # the remark four sources give, then
    assert len({view.text for view in kept}) == 2  # the mayor's other one: four sources quote her, one the hydrologist


def test_an_item_citing_more_than_the_bound_cites_its_first_sentence_in_each_source(tmp_path, monkeypatch):
    corpus = corpus_of(*articles(4), folder=tmp_path)
    monkeypatch.setattr(extract, "MAX_CITES", 3)
    quill = next(actor for actor in draft_parts(corpus, rates_for(dt.date(2025, 7, 4))).actors if actor.name == "Ada Quill")
    assert quill.cite == ["S1:2", "S2:2", "S3:2", "S4:2"]


def test_few_cites_are_kept_as_they_are(tmp_path):
    corpus = corpus_of(*articles(2), folder=tmp_path)
    quill = next(actor for actor in draft_parts(corpus, rates_for(dt.date(2025, 7, 4))).actors if actor.name == "Ada Quill")
    assert quill.cite == ["S1:2", "S1:3", "S2:2"]
