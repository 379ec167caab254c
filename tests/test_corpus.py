"""The source reader: decoding, layout (headline, subheadings, paragraphs), sentences, folders."""

from __future__ import annotations

import os
import re
import shutil
import unicodedata
from pathlib import Path

import pytest

from report import files
from report.corpus import (
    MAX_BYTES, Corpus, clean_text, dateline_end, decode, read_folder, read_metadata, read_source, split_sentences,
)
from report.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "corpus"


def texts(source) -> list[str]:
    """Return the text of each sentence of a source."""
    return [sentence.text for sentence in source.sentences]


def write(folder: Path, name: str, content: str | bytes) -> Path:
    """Write a file into `folder` and return its path."""
    path = folder / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def parse(tmp_path: Path, content: str, name: str = "article.txt"):
    """Return the source read from a file holding `content`."""
    return read_source(write(tmp_path, name, content), "S1")


def sentences_of(paragraph: str) -> list[str]:
    """Return the sentences split_sentences finds in one paragraph."""
    return [paragraph[start:end] for start, end in split_sentences(paragraph)]


def spans_match(source) -> bool:
    """Return True when every sentence is its span with line breaks and space runs made one space."""
    return all(" ".join(source.text[s.start:s.end].split()) == " ".join(s.text.split()) for s in source.sentences)


# --- seeds -------------------------------------------------------------------------------------


def test_seed_sources_read_with_spans_that_index_into_the_text():
    corpus = read_folder(SEEDS)
    assert [source.id for source in corpus.sources] == ["S1", "S2", "S3"]
    for source in corpus.sources:
        assert source.sentences and spans_match(source)
        assert [s.number for s in source.sentences] == list(range(1, len(source.sentences) + 1))


def test_seed_with_subheadings_keeps_them_out_of_the_sentences():
    source = read_source(sorted(SEEDS.glob("000_*.txt"))[0], "S1")
    assert source.title and source.title not in texts(source)
    assert len(source.subheadings) == 6
    assert not set(source.subheadings) & set(texts(source))
    assert any("U.S." in heading for heading in source.subheadings)


def test_seed_sentence_broken_across_lines_is_one_sentence():
    source = read_source(sorted(SEEDS.glob("000_*.txt"))[0], "S1")
    joined = [s for s in source.sentences if "\n" in source.text[s.start:s.end]]
    assert len(joined) == 1
    assert "\n" not in joined[0].text and joined[0].text[0].isupper() and joined[0].text.endswith(".")


def test_seed_parenthetical_credit_stays_with_its_sentence():
    source = read_source(sorted(SEEDS.glob("000_*.txt"))[0], "S1")
    assert not any(text.startswith("(") for text in texts(source))
    assert any(re.search(r"\. \([A-Z][^()]*\)$", text) for text in texts(source))


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_signature_line_of_an_embedded_post_closes_its_last_sentence(tmp_path, gap):
    source = parse(tmp_path, "Ferry line opens\n\nBoats in the Fjord\n\nThe mayor wrote on social media. "
                   f"What a day for the island. Forty crossings a day.{gap}— Mara K. Velden (@MaraVelden) "
                   "March 3, 2031\n\nThe port did not comment.\n")
    assert texts(source) == ["The mayor wrote on social media.", "What a day for the island.",
                             "Forty crossings a day. — Mara K. Velden (@MaraVelden) March 3, 2031",
                             "The port did not comment."]
    assert {s.heading for s in source.sentences} == {"Boats in the Fjord"} and spans_match(source)
    assert "— Mara K. Velden (@MaraVelden) March 3, 2031" not in source.subheadings


def test_a_copyright_notice_of_any_length_is_page_furniture(tmp_path):
    notice = ("Copyright © 2031 The Harbour Post. All rights reserved. Sold on by a wire service that "
              "resells the work of many papers. To ask the holder for corrections, or for leave to reprint "
              "this or any other material of theirs, write to the address on the wire service's page.")
    source = parse(tmp_path, f"Ferry line opens\n\nThe ferry line opened on Monday.\n\n{notice}\n\n"
                   "© Harbour Post photo desk\n")
    assert texts(source) == ["The ferry line opened on Monday."]


def test_a_list_of_links_to_other_stories_is_page_furniture_and_a_list_of_the_storys_own_is_not(tmp_path):
    source = parse(tmp_path, "Ferry line opens\n\nThe ferry line opened on Monday.\nRecommended Stories\n"
                   "- Council votes $4 million for the old pier\n- Storm closes the coast road\n"
                   "The board said fares would stay the same.\n\nThe line will stop at:\n\n- Tarn, every hour\n"
                   "- Velm, twice a day\n")
    assert texts(source) == ["The ferry line opened on Monday.", "The board said fares would stay the same.",
                             "The line will stop at:", "Tarn, every hour", "Velm, twice a day"]


def test_a_list_of_links_pasted_as_plain_lines_ends_at_the_first_line_that_ends_a_sentence(tmp_path):
    source = parse(tmp_path, "Ferry line opens\n\nThe ferry line opened on Monday.\n\nYou May Also Like\n\n"
                   "Harbour Chief Unveils New Tide Tables: Sailors Cheer!\n\nStorm Closes the Coast Road for a Week\n\n"
                   "The board said fares would stay the same.\n\nYou may also like\n\nMayor Welcomes Plan for a Pier "
                   "as Fishing Fleet Grows and Local Traders Ask the Council for Longer Opening Hours in Summ\n")
    assert texts(source) == ["The ferry line opened on Monday.", "The board said fares would stay the same."]


def test_a_news_indexs_fields_of_names_pasted_with_the_story_are_page_furniture(tmp_path):
    source = parse(tmp_path, "Ferry line opens\n\nThe ferry line opened on Monday, the board said.\nPersons:\n"
                   "Lina Varga, Ivo Brandt, Brandt, Tarn's Harbour Board, Velm Photo Desk\nOrganizations:\n"
                   "Harbour Board, Ferry Co\nLocations:\nTarn, Velm, Coast Road\n")
    assert texts(source) == ["The ferry line opened on Monday, the board said."]


def test_seed_without_headline_has_no_title_and_numbers_its_first_line():
    source = read_source(sorted(SEEDS.glob("001_*.txt"))[0], "S2")
    assert source.title == ""
    assert source.sentences[0].start == 0
    assert len(source.subheadings) == 3


def test_same_bytes_give_the_same_numbering(tmp_path):
    first = read_folder(SEEDS)
    copy = tmp_path / "copy"
    shutil.copytree(SEEDS, copy)
    (copy / "sources.yaml").write_text("000_c0404234d11cc19f.txt: {title: Another title}\n", encoding="utf-8")
    second = read_folder(copy)
    for a, b in zip(first.sources, second.sources):
        assert [(s.number, s.text, s.start, s.end) for s in a.sentences] == [(s.number, s.text, s.start, s.end) for s in b.sentences]
    assert second.sources[0].title == "Another title"


# --- encodings ---------------------------------------------------------------------------------


def test_cp1252_file_decodes_curly_quotes_euro_and_accents():
    source = read_source(FIXTURES / "legacy-cp1252.txt", "S1")
    assert source.encoding == "cp1252"
    assert source.title == "Café Owners Protest New Rules"
    assert texts(source)[0] == "Owners of cafés in the old town said the new rules “make no sense”."
    assert texts(source)[1] == "The fine is €200 — or more."
    assert "René Müller’s" in texts(source)[2]
    assert "\r" not in source.text


@pytest.mark.parametrize("text", [
    "Naïve “résumé” costs €5.\n",
    "The minister said: “We will pay €3 million.”\n",
    "Prices rose by 4% in the café – “too much”, said Zoë.\n",
])
def test_short_cp1252_text_is_not_read_as_another_code_page(text):
    assert decode(text.encode("cp1252"), Path("x.txt"))[0] == text


def test_cp1251_text_is_read_as_cyrillic():
    text = "Министр обороны заявил, что соглашение подписано в понедельник.\n"
    assert decode(text.encode("cp1251"), Path("x.txt"))[0] == text


def test_utf16_little_endian_file_with_bom():
    source = read_source(FIXTURES / "wide-utf16.txt", "S1")
    assert source.encoding == "utf-16-le"
    assert source.title == "Lake Festival Draws Record Crowd"
    assert texts(source)[1] == "Tickets for next year – priced at €25 – go on sale in May."


@pytest.mark.parametrize("bom, codec, name", [
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"", "utf-8", "utf-8"),
    (b"", "utf-16-le", "utf-16-le"),
])
def test_unicode_encodings_with_and_without_bom(tmp_path, bom, codec, name):
    text = "Zürich Talks Resume\r\nThe talks in Zürich resumed on Monday – “at last”, one delegate said.\r\n"
    source = read_source(write(tmp_path, "a.txt", bom + text.encode(codec)), "S1")
    assert source.encoding == name
    assert source.text == text.replace("\r\n", "\n")
    assert texts(source) == ["The talks in Zürich resumed on Monday – “at last”, one delegate said."]


def test_text_is_normalised_to_nfc():
    decomposed = unicodedata.normalize("NFD", "Café in Malmö\nThe café in Malmö reopened.\n")
    assert clean_text(decomposed) == "Café in Malmö\nThe café in Malmö reopened.\n"


def test_declared_charset_of_an_html_page_is_honoured():
    page = '<html><head><meta charset="windows-1252"></head><body><p>“Ça va”, dit-il.</p></body></html>'
    text, encoding = decode(page.encode("cp1252"), Path("page.html"))
    assert "“Ça va”" in text and encoding == "windows-1252"


# --- layout ------------------------------------------------------------------------------------


def test_headline_is_the_first_line_when_it_reads_like_one(tmp_path):
    source = parse(tmp_path, "Council Backs New Harbour Plan\nThe council backed the plan on Monday.\n")
    assert source.title == "Council Backs New Harbour Plan"
    assert texts(source) == ["The council backed the plan on Monday."]


@pytest.mark.parametrize("first", [
    "The council backed the plan on Monday.",
    "“We are ready,” the mayor said",
    "the council backed the plan on Monday",
])
def test_first_line_that_reads_like_a_sentence_is_not_a_headline(tmp_path, first):
    source = parse(tmp_path, f"{first}\nIt will take two years.\n")
    assert source.title == ""
    assert len(source.sentences) == 2


def test_title_case_question_headline(tmp_path):
    source = parse(tmp_path, "Is the Harbour Plan Worth the Money?\nCritics say it is not.\n")
    assert source.title == "Is the Harbour Plan Worth the Money?"


def test_subheadings_in_title_case_or_not_are_not_sentences(tmp_path):
    source = parse(tmp_path, (
        "Harbour Plan Approved\n"
        "A short standfirst ends with a period.\n"
        "Why the Vote Matters\n"
        "The vote was close.\n"
        "A turning point for the town's economy\n"
        "Shops expect more visitors.\n"
        "Impact of Lower E.U. Grants\n"
        "Grants fell by a third.\n"
    ))
    assert source.subheadings == ("Why the Vote Matters", "A turning point for the town's economy", "Impact of Lower E.U. Grants")
    assert texts(source) == [
        "A short standfirst ends with a period.", "The vote was close.", "Shops expect more visitors.", "Grants fell by a third.",
    ]
    assert [s.heading for s in source.sentences] == ["", "Why the Vote Matters", "A turning point for the town's economy", "Impact of Lower E.U. Grants"]
    assert [s.paragraph for s in source.sentences] == [0, 1, 2, 3]


def test_a_crosshead_between_dashes_is_a_subheading_and_a_dashed_item_a_sentence(tmp_path):
    source = parse(tmp_path, (
        "Harbour Plan Approved\n\n"
        "The vote was close.\n\n"
        "- 'Bankrupt' harbour fund -\n\n"
        "Shops expect more visitors.\n\n"
        "- The ferry will run on Sundays.\n"
    ))
    assert source.subheadings == ("- 'Bankrupt' harbour fund -",)
    assert texts(source) == ["The vote was close.", "Shops expect more visitors.", "The ferry will run on Sundays."]


def test_standfirst_cut_off_without_its_full_stop_is_a_sentence_not_a_subheading(tmp_path):
    source = parse(tmp_path, (
        "Jump to navigation\n\n"
        "Quay Deal Signed but Port Board Stays Away\n\n"
        "Harbour mayor Tobias Grell has rejected a central clause of the quay\n\n"
        "The council signed the quay deal in Marlow Bay on Monday.\n\n"
        "What happens next\n\n"
        "Work starts in May.\n"
    ))
    assert source.title == "Quay Deal Signed but Port Board Stays Away"
    assert texts(source)[0] == "Harbour mayor Tobias Grell has rejected a central clause of the quay"
    assert source.subheadings == ("What happens next",)
    assert len(source.sentences) == 3


@pytest.mark.parametrize("heading", [
    "How the new quay will be paid for over the next ten years",  # a question-word heading
    "Harbour Board Will Review the Quay Budget Before the Summer Recess",  # Title Case
    "The quay will open in May next year. Photo: Ana Ruiz/Coastline Images",  # a caption
    "Harbour workers are back on the quay",  # short
    "Mayor Tobias Grell backs new quay plan for the northern harbour",  # no auxiliary: headline style
])
def test_long_heading_that_is_not_a_clause_stays_a_subheading(tmp_path, heading):
    source = parse(tmp_path, f"Quay Plan Approved\n\nThe vote was close.\n\n{heading}\n\nShops expect more visitors.\n")
    assert source.subheadings == (heading,)
    assert texts(source) == ["The vote was close.", "Shops expect more visitors."]


def test_last_short_line_is_a_sentence_not_a_subheading(tmp_path):
    source = parse(tmp_path, "Harbour Plan Approved\nThe vote was close.\nMore to follow\n")
    assert texts(source) == ["The vote was close.", "More to follow"]
    assert source.subheadings == ()


def test_sentence_broken_across_a_line_is_joined(tmp_path):
    content = "Harbour Plan Approved\nThe plan, called “a model for the coast,”\nwas approved by the council on Monday.\nIt passed by two votes.\n"
    source = parse(tmp_path, content)
    first = source.sentences[0]
    assert first.text == "The plan, called “a model for the coast,” was approved by the council on Monday."
    assert source.text[first.start:first.end] == "The plan, called “a model for the coast,”\nwas approved by the council on Monday."
    assert first.paragraph == source.sentences[1].paragraph - 1


def test_hard_wrapped_text_is_read_by_paragraphs(tmp_path):
    content = (
        "The harbour authority said on Monday that the new quay would open in\n"
        "the spring, two months later than planned. Builders blamed the weather\n"
        "and a shortage of steel for the delay to the work.\n"
        "\n"
        "The quay will handle ferries and cargo ships. It cost about €80 million\n"
        "and was paid for by the regional government and the port itself.\n"
    )
    source = parse(tmp_path, content)
    assert texts(source) == [
        "The harbour authority said on Monday that the new quay would open in the spring, two months later than planned.",
        "Builders blamed the weather and a shortage of steel for the delay to the work.",
        "The quay will handle ferries and cargo ships.",
        "It cost about €80 million and was paid for by the regional government and the port itself.",
    ]
    assert [s.paragraph for s in source.sentences] == [0, 0, 1, 1]


def test_a_text_copied_one_word_a_line_is_read_as_sentences(tmp_path):
    words = ("Harbour Reopens\n\n“Let me be clear: this is no return to business as usual,” said Port Director Ana "
             "Lund in a statement on Wednesday. The quay will open on Friday.\n\nShips will dock again.").split(" ")
    source = parse(tmp_path, "\n".join(words) + "\n")
    assert source.title == "Harbour Reopens"
    assert texts(source) == ["“Let me be clear: this is no return to business as usual,” said Port Director Ana Lund in "
                             "a statement on Wednesday.", "The quay will open on Friday.", "Ships will dock again."]
    assert [s.paragraph for s in source.sentences] == [0, 0, 1]


def test_inline_markup_left_in_a_text_file_is_read_as_its_words(tmp_path):
    content = ('Harbour deal\n\n<a href="https://example.com/news/harbour" target="_blank">Lund Shipping </a>agreed to buy '
               '<strong>the harbour</strong> for $2 billion.<br>The deal closes in May. Values of 3 < 4 stay.\n')
    source = parse(tmp_path, content)
    assert texts(source) == ["Lund Shipping agreed to buy the harbour for $2 billion.", "The deal closes in May.",
                             "Values of 3 < 4 stay."]


def test_a_period_glued_to_a_straight_quotation_mark_that_opens_the_next_sentence_ends_the_sentence(tmp_path):
    content = ('Budget\n\nFor next year it has been put at 5.1 per cent."We stay the course," Varga said. She went on.\n\n'
               'She said it was “fine”.The plan works.\n')
    assert texts(parse(tmp_path, content)) == ["For next year it has been put at 5.1 per cent.",
                                               '"We stay the course," Varga said.', "She went on.",
                                               "She said it was “fine”.", "The plan works."]


def test_short_lines_without_blank_lines_are_paragraphs_not_a_wrapped_text(tmp_path):
    content = "".join(f"Line number {n} of the report is a sentence that ends here.\n" for n in range(5))
    source = parse(tmp_path, content)
    assert [s.paragraph for s in source.sentences] == [0, 1, 2, 3, 4]


def test_markdown_setext_headings(tmp_path):
    source = parse(tmp_path, "Storm Hits the Coast\n====\n\nIt rained. A lot.\n\nThe Aftermath\n---\n\nThen it stopped.\n", "a.md")
    assert source.title == "Storm Hits the Coast"
    assert source.subheadings == ("The Aftermath",)
    assert texts(source) == ["It rained.", "A lot.", "Then it stopped."]


def test_markdown_list_items_and_block_quotes_are_paragraphs_without_their_markers(tmp_path):
    source = parse(tmp_path, "Intro text here.\n\n- First point.\n- Second point\n  carries on.\n\n> Quoted line one\n> and line two.\n", "a.md")
    assert texts(source) == ["Intro text here.", "First point.", "Second point carries on.", "Quoted line one and line two."]
    assert [s.paragraph for s in source.sentences] == [0, 1, 2, 3]


def test_huge_paragraph_splits_every_sentence():
    paragraph = "“Some words… More words.” Then a plain sentence. " * 4000
    assert len(split_sentences(paragraph)) == 8000


def test_a_date_stamp_before_the_text_is_its_publication_date_and_no_part_of_a_sentence(tmp_path):
    source = parse(tmp_path, "https://example.org/port/\n date 2024-05-04 Harbour master Ines Carrow said the port "
                             "reopened.\n\nIt had been shut for a week.\n")
    assert texts(source)[0] == "Harbour master Ines Carrow said the port reopened."
    assert source.published == "2024-05-04"
    front = parse(tmp_path, "---\ndate: 2024-06-01\n---\ndate 2024-05-04 The port reopened on Friday.\n", "other.txt")
    assert front.published == "2024-06-01" and texts(front) == ["The port reopened on Friday."]


def test_wire_dateline_is_kept_in_the_text_but_not_in_the_first_sentence():
    source = read_source(FIXTURES / "wire.txt", "S1")
    assert source.dateline == "OSLO, March 3 (Reuters)"
    assert source.byline == "By Anton Reyes"
    assert source.subheadings == ()
    first = source.sentences[0]
    assert first.text.startswith("Dock workers at the country's largest")
    assert source.text[:first.start].rstrip().endswith("OSLO, March 3 (Reuters) -")


def test_wire_credit_line_joins_the_last_sentence():
    source = read_source(FIXTURES / "wire.txt", "S1")
    assert texts(source)[-1] == 'Now we go back to work," union leader Mia Haugen told reporters. (Reporting by Anton Reyes; Editing by Lena Park)'


def test_blank_lines_at_the_end_add_nothing(tmp_path):
    source = parse(tmp_path, "The vote was close.\n\n\n\n  \n")
    assert texts(source) == ["The vote was close."]


# --- sentences ---------------------------------------------------------------------------------


def test_tricky_fixture_splits_as_documented():
    source = read_source(FIXTURES / "tricky.txt", "S1")
    assert source.title == "Panel Hears Evidence on Grid Failure"
    assert texts(source) == [
        "The hearing in Washington was chaired by Sen. Alma Ruiz and opened at 9 a.m. on Tuesday.",
        "Dr. Lee Ortega of Grid Analytics Inc. told the panel the outage cost $6.5bn.",
        "The figure was disputed by the operator, Volt Power Co.",
        "Its chief executive, Mr. Ivo Stan, put the loss at €67.5 million.",
        "Witnesses included J. R. R. Hollis, a retired engineer, and George W. Baines of the U.S. Energy Department.",
        "Both spoke for about 3.14 minutes each, i.e. briefly.",
        "The report was published in the U.S.",
        "The operator said it would respond by Sept. 30, and again in Dec.",
        "The panel meets next in Jan. 2026.",
        "“This was avoidable.",
        "It must not happen again,” said Ruiz.",
        "“We will act!” she added.",
        "Asked about the cause, Ortega said: “It was the cold… Nobody planned for it.”",
        "Some witnesses hesitated...",
        "Others spoke at length about transformers, cables, etc. and the costs.",
        "The panel closed the session.”",
        "Next week it will visit the plant.",
        "The grid lost 40% of its capacity in an hour. (Grid Analytics)",
    ]
    assert all(source.text[s.start:s.end] == s.text for s in source.sentences)


@pytest.mark.parametrize("paragraph, expected", [
    ("Mrs. Holm met Prof. Dahl and Gen. Berg at St. Anne's. They talked.", ["Mrs. Holm met Prof. Dahl and Gen. Berg at St. Anne's.", "They talked."]),
    ("Lt. Moss signed No. 7 vs. the old form, e.g. Form B. It was approved.", ["Lt. Moss signed No. 7 vs. the old form, e.g. Form B. It was approved."]),
    ("It opened in the U.K. The crowd cheered.", ["It opened in the U.K.", "The crowd cheered."]),
    ("The U.K. Parliament voted. It passed.", ["The U.K. Parliament voted.", "It passed."]),
    ("Shares of Lund Ltd. rose 2.5% on Aug. 3 after the report.", ["Shares of Lund Ltd. rose 2.5% on Aug. 3 after the report."]),
    ("The loan is $6.5bn. Another €1.2 million follows.", ["The loan is $6.5bn.", "Another €1.2 million follows."]),
    ("Pi is 3.14. Everyone knows it.", ["Pi is 3.14.", "Everyone knows it."]),
    ('"We will act. We will win," she said. Then she left.', ['"We will act.', 'We will win," she said.', "Then she left."]),
    ("“Is it over?” he asked. “No!” came the reply.", ["“Is it over?” he asked.", "“No!” came the reply."]),
    ("It ended.”Then came the vote.", ["It ended.”", "Then came the vote."]),
    ("Wait... Then it rained.", ["Wait...", "Then it rained."]),
    ("Output doubled (Statistics Office) Exports rose too.", ["Output doubled (Statistics Office) Exports rose too."]),
    ("Output doubled. (Statistics Office) Exports rose too.", ["Output doubled. (Statistics Office)", "Exports rose too."]),
    ("Output doubled. (The office did not comment.) Exports rose.", ["Output doubled.", "(The office did not comment.)", "Exports rose."]),
    ("The meeting ended at 5 p.m. and the talks resumed.", ["The meeting ended at 5 p.m. and the talks resumed."]),
    ("See www.example.org/a.b for details. Thanks.", ["See www.example.org/a.b for details.", "Thanks."]),
    ("The council adopted the plan.The plan sets out the rules.", ["The council adopted the plan.", "The plan sets out the rules."]),
    ("Mr. Vale left early.It ended.", ["Mr. Vale left early.", "It ended."]),
    ("It runs on ASP.NET and Node.Js at Example.com today.", ["It runs on ASP.NET and Node.Js at Example.com today."]),
    ("He flew to St.Louis on Monday.", ["He flew to St.Louis on Monday."]),
    ("It must obey the GDPR.Anna Orr said so.", ["It must obey the GDPR.", "Anna Orr said so."]),
    ("He joined the U.S.Army in 1990.", ["He joined the U.S.Army in 1990."]),
    ("It broke the “rules of the port”.He resigned.", ["It broke the “rules of the port”.", "He resigned."]),
    ("The board agreed.“In the end, it had to,” she said.", ["The board agreed.", "“In the end, it had to,” she said."]),
    ("Prices rose.“Tarrow” is the name on the label.", ["Prices rose.", "“Tarrow” is the name on the label."]),
])
def test_split_sentences(paragraph, expected):
    assert sentences_of(paragraph) == expected


def test_split_sentences_starts_where_told():
    assert split_sentences("PARIS - It rained. Then it stopped.", 8) == [(8, 18), (19, 35)]


def test_cite_lookup_through_the_corpus():
    corpus = read_folder(FIXTURES)
    second = corpus.sentence("S1:2")
    assert second is not None and second.cite == "S1:2" and second.source_id == "S1"
    assert corpus.sentence("S1:0") is None and corpus.sentence("S99:1") is None and corpus.sentence("S1:x") is None
    assert sum(1 for _ in corpus.sentences()) == sum(len(source.sentences) for source in corpus.sources)


# --- markdown and html ----------------------------------------------------------------------------


def test_markdown_front_matter_headings_and_inline_markup():
    source = read_source(FIXTURES / "briefing.md", "S1")
    assert (source.title, source.outlet, source.url, source.published) == (
        "Northern Rail Link Gets Green Light", "The Valley Ledger", "https://ledger.example.net/rail-link", "2024-11-02")
    assert source.subheadings == ("Costs and Funding", "What Happens Next")
    assert texts(source) == [
        "The regional assembly approved the northern rail link on Friday, ending a decade of debate over the route.",
        "Work is due to start in the spring.",
        "The line will cost an estimated €2.3 billion, according to the transport ministry.",
        "About 40% will come from the national budget and the rest from regional bonds.",
        "“We have waited long enough.",
        "Now we build,” said assembly speaker Rosa Lindqvist.",
        "Surveyors return to the valley in March.",
        "Tenders for the two tunnels open in June.",
        "Opponents said they would appeal to the Supreme Court.",
    ]
    assert source.text.startswith("---\n")  # the text is kept whole; spans skip the front matter
    assert source.sentences[0].start > source.text.index("# Northern")


def test_front_matter_that_is_not_yaml_names_the_line(tmp_path):
    with pytest.raises(InputError, match=r"bad\.md: front matter, line 3"):
        parse(tmp_path, "---\ntitle: A\noutlet: [unclosed\n---\nThe text.\n", "bad.md")


def test_front_matter_in_a_text_file_and_unknown_keys_ignored(tmp_path):
    source = parse(tmp_path, "---\ntitle: Harbour Plan\nmood: cheerful\ndate: 2024-05-06\n---\nThe vote was close.\n")
    assert (source.title, source.published) == ("Harbour Plan", "2024-05-06")
    assert texts(source) == ["The vote was close."]


def test_front_matter_numbers_stay_as_written_however_long(tmp_path):
    source = parse(tmp_path, "---\ntitle: " + "7" * 5000 + "\ndate: 2024-05-06\n---\nThe vote was close.\n")
    assert (source.title, source.published) == ("7" * 5000, "2024-05-06")
    assert texts(source) == ["The vote was close."]


def test_html_page_gives_article_text_without_boilerplate():
    source = read_source(FIXTURES / "page.html", "S1")
    assert (source.title, source.outlet, source.url, source.published) == (
        "Harbour Town Opens New Ferry Terminal", "The Coastal Courier",
        "https://courier.example.org/news/ferry-terminal", "2024-03-18")
    assert source.subheadings == ("Timetable Changes",)
    for boilerplate in ("cookies", "Privacy", "Most read", "Sport", "All rights reserved"):
        assert boilerplate not in source.text
    assert texts(source)[1] == "The terminal cost €41.5 million and will handle up to 3,000 passengers a day."
    assert spans_match(source)


# --- folders -------------------------------------------------------------------------------------


def test_folder_ids_follow_file_names_and_skip_bad_files_with_one_warning_each(tmp_path):
    write(tmp_path, "b.txt", "Second file.\n")
    write(tmp_path, "a.md", "First file.\n")
    write(tmp_path, "c-empty.txt", b"")
    write(tmp_path, "d-binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(tmp_path, "e-blank.txt", "\n \n")
    write(tmp_path, "f.html", "Third file.\n")
    write(tmp_path, "notes.docx", b"ignored")
    write(tmp_path, ".hidden.txt", "Hidden file.\n")
    (tmp_path / "sub.txt").mkdir()
    with open(tmp_path / "g-huge.txt", "wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    warnings: list[str] = []
    corpus = read_folder(tmp_path, warnings.append)
    assert [(s.id, s.path.name) for s in corpus.sources] == [("S1", "a.md"), ("S2", "b.txt"), ("S3", "f.html")]
    assert len(warnings) == 5
    for name, reason in [("c-empty.txt", "empty"), ("d-binary.txt", "binary"), ("e-blank.txt", "no sentences"),
                         ("g-huge.txt", "limit"), ("sub.txt", "folder")]:
        assert any(name in line and reason in line for line in warnings), (name, warnings)


def test_unreadable_file_is_skipped_with_a_warning(tmp_path, monkeypatch):
    write(tmp_path, "a.txt", "Readable.\n")
    locked = write(tmp_path, "b.txt", "Locked.\n")
    real = os.open

    def open_file(path, *args, **kwargs):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(files.os, "open", open_file)
    warnings: list[str] = []
    corpus = read_folder(tmp_path, warnings.append)
    assert [s.path.name for s in corpus.sources] == ["a.txt"]
    assert warnings == [f"{locked}: cannot read: Permission denied; skipped"]


@pytest.mark.parametrize("make, message", [
    (lambda p: p / "missing", "no such folder"),
    (lambda p: write(p, "file.txt", "Text."), "is not a folder"),
    (lambda p: p, "no usable source"),
    (lambda p: (write(p, "a.txt", b""), p)[1], "no usable source"),
])
def test_folder_that_yields_nothing_is_one_clear_error(tmp_path, make, message):
    with pytest.raises(InputError, match=message) as caught:
        read_folder(make(tmp_path))
    assert "\n" not in caught.value.message


def test_sources_yaml_fills_and_overrides_metadata(tmp_path):
    shutil.copy(FIXTURES / "briefing.md", tmp_path / "a.md")
    write(tmp_path, "b.txt", "Harbour Plan Approved\nThe vote was close.\n")
    write(tmp_path, "sources.yaml", (
        "a.md:\n  outlet: Ledger Weekly\n"
        "b.txt:\n  title: Harbour plan\n  outlet: Town Radio\n  url: https://radio.example.org/1\n  published: 2024-05-06\n"
        "gone.txt:\n  title: Nothing\n"
    ))
    warnings: list[str] = []
    a, b = read_folder(tmp_path, warnings.append).sources
    assert (a.title, a.outlet) == ("Northern Rail Link Gets Green Light", "Ledger Weekly")
    assert (b.title, b.outlet, b.url, b.published) == ("Harbour plan", "Town Radio", "https://radio.example.org/1", "2024-05-06")
    assert len(warnings) == 1 and "gone.txt" in warnings[0] and "line 8" in warnings[0]


@pytest.mark.parametrize("content, message", [
    ("a.txt:\n  title: [unclosed\n", r"sources\.yaml: line 2"),
    ("a.txt:\n  title: One: Two\n", r"sources\.yaml: line 2"),
    ("a.txt:\n  title: One\n  titel: Two\n", r"sources\.yaml: line 3: a\.txt: unknown field 'titel'"),
    ("a.txt:\n  title: [One, Two]\n", r"sources\.yaml: line 2: a\.txt: field 'title' must be a single value"),
    ("a.txt: Just a string\n", r"sources\.yaml: line 1: a\.txt: expected fields"),
    ("- a.txt\n", r"sources\.yaml: line 1: expected file names"),
])
def test_malformed_sources_yaml_names_the_file_and_line(tmp_path, content, message):
    write(tmp_path, "a.txt", "The vote was close.\n")
    write(tmp_path, "sources.yaml", content)
    with pytest.raises(InputError, match=message):
        read_folder(tmp_path)


def test_empty_sources_yaml_is_no_metadata(tmp_path):
    assert read_metadata(write(tmp_path, "sources.yaml", "")) == {}


def test_a_thousand_articles_get_ids_in_file_name_order(tmp_path):
    seed_texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    for index in range(1000):
        write(tmp_path, f"{index:04}.txt", seed_texts[index % len(seed_texts)] + f"\nThis is copy {index}.\n")
    corpus = read_folder(tmp_path)
    assert len(corpus.sources) == 1000 and isinstance(corpus, Corpus)
    assert [s.path.name for s in corpus.sources[:2]] == ["0000.txt", "0001.txt"]
    assert corpus.source("S1000").path.name == "0999.txt"


# --- messy real-world text ---------------------------------------------------------------------

ROBUST = Path(__file__).resolve().parent / "fixtures" / "robust_corpus"


def test_utf8_file_with_stray_cp1252_bytes_reads_both():
    source = read_source(ROBUST / "utf8-with-cp1252-bytes.txt", "S1")
    assert source.encoding == "utf-8+cp1252"
    assert texts(source) == [
        "The café on the quay reopened on Monday – “finally”, said its owner.",
        "A regular, Renée Dupont, said the coffee was “as good as ever”.",
    ]


def test_page_declaring_utf8_but_holding_cp1252_is_read_as_cp1252():
    source = read_source(ROBUST / "declared-utf8-holds-cp1252.html", "S1")
    assert source.encoding == "cp1252"
    assert texts(source) == [
        "The harbour board approved the repairs on Tuesday – “at last”, said one member.",
        "The work will cost €3.2m and the café on the quay will stay open.",
    ]


@pytest.mark.parametrize("name, encodings, first", [
    ("shift-jis.txt", ("shift_jis", "cp932"), "東京で新しい港湾協定が署名された。"),
    ("gb18030.txt", ("gb18030", "gbk", "gb2312"), "北京宣布新的港口协议。"),
])
def test_east_asian_encodings_decode_and_split_at_wide_full_stops(name, encodings, first):
    source = read_source(ROBUST / name, "S1")
    assert source.encoding in encodings
    assert len(source.sentences) == 3 and texts(source)[0] == first
    assert not re.search("[\x80-\x9f]", source.text)


@pytest.mark.parametrize("paragraph, expected", [
    ("彼は「これで終わりだ。」と述べた。次の日、会議が開かれた。", ["彼は「これで終わりだ。」と述べた。", "次の日、会議が開かれた。"]),
    ("他说：“我们会赢。”然后离开了。", ["他说：“我们会赢。”然后离开了。"]),
    ("真的吗？是的！", ["真的吗？", "是的！"]),
])
def test_wide_full_stops_split_without_a_space_but_not_inside_a_quotation(paragraph, expected):
    assert sentences_of(paragraph) == expected


def test_pasted_wire_story_with_crlf_bom_tabs_and_invisible_characters():
    source = read_source(ROBUST / "wire-crlf-bom-invisibles.txt", "S1")
    assert source.encoding == "utf-8-sig"
    assert source.title == "Floods force thousands from homes in northern province"
    assert source.byline == "By Ayşe Yılmaz | Updated 14:32 GMT"
    assert source.subheadings == ()  # "Read more: ..." and "Advertisement" are page furniture
    assert texts(source)[3:7] == [
        "The interior ministry said it had released 250 million lira (about $7.7 million) in emergency aid.",
        "Aid agencies said that was not enough 🌊.",
        "Dr. Leila الحسن, a hydrologist at the U.N. office in Geneva, said the rain had been"
        " \"extraordinary\" — the heaviest since 1998.",
        "Relief flights were due to start at 7 a.m. Monday.",
    ]
    assert len(source.sentences) == 8
    assert not re.search("[\r\u00ad\u200b\ufeff]", source.text)
    assert spans_match(source)


def test_news_page_without_article_tag_gives_the_story_only():
    source = read_source(ROBUST / "news-page-without-article-tag.html", "S1")
    assert source.title == "Port strike ends after 11 days as union accepts 6.5% offer"
    assert source.dateline == "ROTTERDAM"
    body = " ".join(texts(source))
    for furniture in ("cookie", "Accept", "Sign up", "Read more", "Related", "Photograph", "rights reserved", "gtag"):
        assert furniture not in body
    assert texts(source)[3] == "The employers’ federation said the agreement would cost about €120 million over three years."
    assert texts(source)[4] == "Its chairman, Dr. Henk de la Cruz, told reporters at 9 a.m. that he was “relieved.”"
    assert "\xa0" not in body and source.subheadings == ()


@pytest.mark.parametrize("line", [
    "Advertisement", "READ MORE: Why the river floods every spring", "Image caption, Cranes at the port",
    "- 12 -", "Page 3 of 10", "14", "Share this article", "https://example.org/news/2024/port-closes/",
    "www.example.org/story?id=7", "Jump to navigation", "- Advertisement -", "• Share this article",
])
def test_page_furniture_lines_are_neither_sentences_nor_subheadings(tmp_path, line):
    source = parse(tmp_path, f"Storm Closes Port\n\nThe port closed on Monday.\n\n{line}\n\nIt reopened on Friday.\n")
    assert texts(source) == ["The port closed on Monday.", "It reopened on Friday."]
    assert source.subheadings == ()


def test_a_web_address_above_the_text_is_not_joined_to_its_first_line(tmp_path):
    source = parse(tmp_path, "https://example.org/news/port-closes/\nThe port closed on Monday after the storm.\n\n"
                             "It reopened on Friday.\n")
    assert texts(source) == ["The port closed on Monday after the storm.", "It reopened on Friday."]


def test_a_sentence_that_starts_like_furniture_is_kept(tmp_path):
    text = ("Grant Scheme Opens\n\nSign up for the grant scheme opened on Monday, the ministry said, and more than"
            " four thousand farmers had applied by the evening, officials told reporters in the capital.\n")
    assert len(parse(tmp_path, text).sentences) == 1


@pytest.mark.parametrize("byline", [
    "By Jane Doe | Updated 14:32 GMT", "BY JANE DOE", "By Émile Zola and Li Wei, Reuters", "By Jane Doe · 5 min read",
])
def test_bylines_with_separators_and_capitals(tmp_path, byline):
    source = parse(tmp_path, f"Storm Closes Port\n{byline}\nThe port closed on Monday.\n")
    assert source.byline == byline and texts(source) == ["The port closed on Monday."]


def test_a_date_above_a_lower_case_byline_and_the_writers_sign_off_are_no_sentences(tmp_path):
    text = ("Storm Closes Port\n\n15 September 2023\nby Jane Doe\n\nThe port closed on Monday.\n\n"
            "Harbour chief Karl Moen said it would reopen on Friday.\n\nJane Doe\n\nStaff Writer\n")
    source = parse(tmp_path, text)
    assert source.byline == "by Jane Doe"
    assert texts(source) == ["The port closed on Monday.", "Harbour chief Karl Moen said it would reopen on Friday."]


def test_the_writers_name_before_more_sentences_is_no_sign_off(tmp_path):
    text = ("Storm Closes Port\n\n15 September 2023\nby Jane Doe\n\nThe port closed on Monday.\n\n"
            "Jane Doe\n\nThe harbour chief said it would reopen on Friday.\n")
    assert texts(parse(tmp_path, text)) == ["The port closed on Monday.", "The harbour chief said it would reopen on Friday."]


def test_invisible_format_characters_are_dropped_and_page_breaks_are_line_breaks():
    assert clean_text("govern\u00adment\u200b \ufeffrule\u200f\fnext") == "government rule\nnext"
    assert clean_text("family \U0001F468\u200d\U0001F469 \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == \
        "family \U0001F468\u200d\U0001F469 \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"


def test_two_apostrophes_or_grave_accents_typed_for_a_double_quotation_mark_are_that_mark():
    assert clean_text("''We will not wait,'' she said. ``Nor will we,'' he said.") == \
        '"We will not wait," she said. "Nor will we," he said.'
    # one apostrophe, or three in a row, are left as they are
    assert clean_text("the workers' union said 'no' and ''' twice") == "the workers' union said 'no' and ''' twice"


def test_non_breaking_and_thin_spaces_are_plain_spaces_in_sentences(tmp_path):
    source = parse(tmp_path, "The fund holds €4\u202f000\u00a0million, Dr.\u00a0Ann Lee said.\u2003It grew.\n")
    assert texts(source) == ["The fund holds €4 000 million, Dr. Ann Lee said.", "It grew."]


def test_text_pasted_from_a_pdf_mends_hyphenation_and_drops_page_furniture():
    source = read_source(ROBUST / "pdf-paste-hyphenated.txt", "S1")
    assert source.title == "Regional Energy Outlook 2025"
    assert source.subheadings == ("Executive summary",)
    assert texts(source) == [
        "The ministry expects demand for electricity to rise by approx. 4 per cent a year until 2030.",
        "To meet it, the government plans to build three new wind farms off the northern coast, at a cost of"
        " about EUR 2.1 billion.",
        "The plan was presented by the Minister of Energy, Ms. Helena Sørensen-Larsen, on 3 March.",
        "According to Prof. Jean-Luc de la Fontaine of the Institute for Energy Studies, the timetable is"
        " \"ambitious but achievable\".",
        "He noted that the grid operator, Nordnet A/S, had not yet agreed to connect the farms.",
        "The opposition called the plan a \"blank cheque\".",
        "Its energy spokesperson, Mr. Olav Berg, said the cost had been underestimated by at least 30 per cent.",
    ]
    govern = source.sentences[1]
    assert source.text[govern.start:govern.end].startswith("To meet it, the govern-\nment")


@pytest.mark.parametrize("lines, expected", [
    ("The well-known mayor, a well-\nknown critic, spoke.", "The well-known mayor, a well-known critic, spoke."),
    ("It funds short-\nand long-term loans.", "It funds short- and long-term loans."),
    ("She sent an e-\nmail to Ms. Kowalska-\nNowak.", "She sent an e-mail to Ms. Kowalska-Nowak."),
    ("Costs were under-\nestimated in 2019-\n2020.", "Costs were underestimated in 2019-2020."),
])
def test_hyphen_at_a_line_end(tmp_path, lines, expected):
    assert texts(parse(tmp_path, lines + "\n")) == [expected]


@pytest.mark.parametrize("paragraph, expected", [
    ("The meeting ended at 5 p.m. Officials said little.", ["The meeting ended at 5 p.m.", "Officials said little."]),
    ("Talks resume at 9 a.m. Monday in Geneva.", ["Talks resume at 9 a.m. Monday in Geneva."]),
    ("Polls close at 8 p.m. ET. Results follow.", ["Polls close at 8 p.m. ET.", "Results follow."]),
    ("Lt. Gen. Sarah Kim arrived. Rep. Tom Fox, R-Texas, and Sen. Ann Lee, D-N.M., met her.",
     ["Lt. Gen. Sarah Kim arrived.", "Rep. Tom Fox, R-Texas, and Sen. Ann Lee, D-N.M., met her."]),
    ("He met Amb. Sarah Cole and Cllr. Omar bin Said. The Rt. Hon. Member left.",
     ["He met Amb. Sarah Cole and Cllr. Omar bin Said.", "The Rt. Hon. Member left."]),
    ("The cost is approx. 40 million euros. She holds a Ph.D. from Oxford.",
     ["The cost is approx. 40 million euros.", "She holds a Ph.D. from Oxford."]),
    ("The U.N. Security Council met. The E.U. said it would respond.",
     ["The U.N. Security Council met.", "The E.U. said it would respond."]),
    ("Vol. 3 is out. They met on Main St. The house on St. Mark's Place was empty.",
     ["Vol. 3 is out.", "They met on Main St.", "The house on St. Mark's Place was empty."]),
    ("1. The first item. 2. The second item.", ["1. The first item.", "2. The second item."]),
    ("iv. The fourth point.", ["iv. The fourth point."]),
    ("He said no. The room was silent. Plan 2. It failed.", ["He said no.", "The room was silent.", "Plan 2.", "It failed."]),
    ("'We will not back down,' she said. 'Never.'", ["'We will not back down,' she said.", "'Never.'"]),
    ("“Enough!” — that was all the minister said. Reporters left.",
     ["“Enough!” — that was all the minister said.", "Reporters left."]),
    ("“We will win.” — Jane Doe, analyst. Next came the vote.", ["“We will win.” — Jane Doe, analyst.", "Next came the vote."]),
    ("He said: “It's done.\" The room was quiet.", ["He said: “It's done.\"", "The room was quiet."]),
    ("The Gov. Gen. of Canada spoke at 10 a.m. EST on Jan. 5. Reporters listened.",
     ["The Gov. Gen. of Canada spoke at 10 a.m. EST on Jan. 5.", "Reporters listened."]),
])
def test_real_world_abbreviations_lists_and_quotes(paragraph, expected):
    assert sentences_of(paragraph) == expected


def test_plain_text_list_items_lose_their_markers(tmp_path):
    source = read_source(ROBUST / "council-lists.txt", "S1")
    assert texts(source) == [
        "The council approved three measures on Tuesday:",
        "A new bus depot, costing £12m.",
        "Free parking on Sundays.",
        "A review of bin collections.",
        "Longer library hours.",
        "Cllr. Amina bin Yusuf said the vote ended at 10 p.m.",
        "Opponents walked out.",
    ]
    assert all(source.text[s.start:s.end] == s.text for s in source.sentences)


def test_a_file_that_is_only_a_headline_is_one_sentence(tmp_path):
    source = parse(tmp_path, "Port deal signed after long talks\n")
    assert source.title == "Port deal signed after long talks"
    assert texts(source) == ["Port deal signed after long talks"]


def test_a_page_of_navigation_only_is_skipped_with_one_warning(tmp_path):
    write(tmp_path, "a.txt", "The vote was close.\n")
    write(tmp_path, "nav.html", '<html><body><nav><a href="/">Home</a></nav></body></html>')
    warnings: list[str] = []
    assert [s.path.name for s in read_folder(tmp_path, warnings.append).sources] == ["a.txt"]
    assert len(warnings) == 1 and "nav.html" in warnings[0] and "\n" not in warnings[0]


def test_a_line_break_inside_a_sentence_of_a_web_page_does_not_split_it(tmp_path):
    page = ("<html><body><p>The ministry said the new rules would apply<br>from the first of May.<br>"
            "Critics disagreed.</p><p>Ms.&nbsp;Ann Lee said: &ldquo;It is too soon.&rdquo;</p></body></html>")
    source = parse(tmp_path, page, "page.html")
    assert texts(source) == [
        "The ministry said the new rules would apply from the first of May.",
        "Critics disagreed.",
        "Ms. Ann Lee said: “It is too soon.”",
    ]


def test_mixed_encoding_is_reported_once_through_warn(tmp_path):
    shutil.copy(ROBUST / "utf8-with-cp1252-bytes.txt", tmp_path / "a.txt")
    warnings: list[str] = []
    read_folder(tmp_path, warnings.append)
    assert len(warnings) == 1 and "a.txt" in warnings[0] and "Windows-1252" in warnings[0]


@pytest.mark.parametrize("content, expected", [
    ("a.txt:\n", {"a.txt": {}}),
    ("a.txt:\n  title:\n", {"a.txt": {"title": ""}}),
    ("a.txt:\n  Title: Vote\n  Date: 2024-01-02\n", {"a.txt": {"title": "Vote", "published": "2024-01-02"}}),
    ("seeds/a.txt:\n  outlet: Ledger\n", {"a.txt": {"outlet": "Ledger"}}),
    ("a.txt:\n  title: 2024\n  published: 2024-01-02 10:00:00\n", {"a.txt": {"title": "2024", "published": "2024-01-02T10:00:00"}}),
    ('a.txt: {title: "Bad \\ud800 escape"}\n', {"a.txt": {"title": "Bad ? escape"}}),
    ("# only a comment\n", {}),
    ("a.txt:\n  outlet: " + "9" * 5000 + "\n  title: 1.5e400\n",  # numbers stay as written: no length limit
     {"a.txt": {"outlet": "9" * 5000, "title": "1.5e400"}}),
    ("a.txt:\n  published: 2025-13-45\n", {"a.txt": {"published": "2025-13-45"}}),
])
def test_sources_yaml_edge_cases(tmp_path, content, expected):
    assert read_metadata(write(tmp_path, "sources.yaml", content), {"a.txt"}) == expected


def test_sources_yaml_in_a_windows_code_page_is_read(tmp_path):
    path = write(tmp_path, "sources.yaml", "a.txt:\n  title: Café “news”\n".encode("cp1252"))
    assert read_metadata(path, {"a.txt"}) == {"a.txt": {"title": "Café “news”"}}


@pytest.mark.parametrize("content, message", [
    ("? [a, b]\n: {title: x}\n", r"line 1: expected a file name"),
    ('"":\n  title: x\n', r"line 1: expected a file name"),
    ("a.txt: {? [x]: y}\n", r"line 1: a\.txt: unknown field"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), r"sources\.yaml: looks like a binary file"),
    ("a.txt:\n  title: bell \x07 here\n" + "# a long comment to keep the file text\n" * 5, r"sources\.yaml: unacceptable character"),
])
def test_odd_sources_yaml_is_one_clear_error_not_a_traceback(tmp_path, content, message):
    write(tmp_path, "a.txt", "The vote was close.\n")
    write(tmp_path, "sources.yaml", content)
    with pytest.raises(InputError, match=message) as caught:
        read_folder(tmp_path)
    assert "\n" not in caught.value.message


def test_markdown_commentary_with_links_images_emphasis_and_a_list():
    source = read_source(ROBUST / "commentary-markdown.md", "S1")
    assert (source.title, source.outlet, source.published) == ("Why the port deal matters", "Policy Review", "2025-02-16")
    assert source.byline == "By Dr. Kwame Mensah-Bonsu, senior fellow at the Centre for Maritime Policy"
    assert source.subheadings == ()  # the image line is neither a heading nor a sentence
    assert texts(source)[0] == "The 11-day strike at Rotterdam showed how fragile Europe's supply chains are."
    assert texts(source)[2] == '"We cannot let this happen again," said E.U. Transport Commissioner Ana de la Rosa.'
    assert texts(source)[4:7] == [
        "€120 million: the cost of the deal over three years", "6.5%: the pay rise", "40+ ships: the queue at its peak",
    ]
    assert texts(source)[7] == "In my view, the U.N. and the E.U. should set up a common fund of approx. €500m."
    assert len(source.sentences) == 9


def test_live_blog_timestamps_head_their_entries_and_update_lines_are_furniture():
    source = read_source(ROBUST / "live-blog.txt", "S1")
    assert source.subheadings == ("14:05", "13:52 GMT", "1.45pm")
    assert texts(source)[0] == "The vote has been called."
    assert source.sentences[0].heading == "14:05"
    assert texts(source)[2] == "Lt. Gen. (retd) Sir Richard Ames told the BBC: ‘This budget guts the army.’"
    assert texts(source)[-1] == "She promised £2.5bn more for schools."
    assert len(source.sentences) == 6


@pytest.mark.parametrize("paragraph, dateline", [
    ("SÃO PAULO — Prices rose.", "SÃO PAULO — "),
    ("KYIV/WARSAW, March 1 (Reuters) - Talks resumed.", "KYIV/WARSAW, March 1 (Reuters) - "),
    ("ZÜRICH, Switzerland — Banks fell.", "ZÜRICH, Switzerland — "),
    ("BRUSSELS\u00a0— It rained.", "BRUSSELS\u00a0— "),
    ("NATO — the alliance — met.", ""),
    ("Brussels — It rained.", ""),
    ("ISLAMABAD: The board met.", "ISLAMABAD: "),
    ("Lakemoor (TDI): The board met.", "Lakemoor (TDI): "),
    ("Note: The figures are provisional.", ""),
    ("UPDATE: it rained.", ""),
    ("SEOUL—Talks resumed.", "SEOUL—"),
    ("Lakemoor (Harbour Press)—The board met.", "Lakemoor (Harbour Press)—"),
    ("NATO—the alliance—met.", ""),
    ("EL MONTE, Vessia (KTRN)--Vessia's court ruled.", "EL MONTE, Vessia (KTRN)--"),
    ("LAKEMOOR (Harbour Press)--The board met.", "LAKEMOOR (Harbour Press)--"),
    ("UN: The board met.", ""),
    ("EU - The board met.", ""),
    ("Brussels—It rained.", ""),
    ("Lakemoor, Norway - The board met.", "Lakemoor, Norway - "),
    ("Lakemoor, Vessia - The board met.", ""),
    ("Meanwhile, Lakemoor - The board met.", ""),
])
def test_datelines_in_any_alphabet_and_not_before_lower_case(paragraph, dateline):
    assert paragraph[:dateline_end(paragraph)] == dateline


@pytest.mark.parametrize("top, title", [
    ("Connect with us\n\nHarbour board signs ferry deal with two towns", "Harbour board signs ferry deal with two towns"),
    ("Edition: North | South\nMENU\nHome » Coast\n\nHarbour board signs ferry deal with two towns",
     "Harbour board signs ferry deal with two towns"),
    ("Home Coast News Harbour board signs ferry deal with two towns\nCoast News\n\n"
     "Harbour board signs ferry deal with two towns", "Harbour board signs ferry deal with two towns"),
    ("News\n\nMarch 3, 2031 / 1:36 PM\n\n3 min read\n\nHarbour board signs ferry deal", "Harbour board signs ferry deal"),
    ("Posted By Coast Weekly Review\nPosted on March 3, 2031\nBy Ada Velm", ""),
    ("Ferry deal signed", "Ferry deal signed"),  # a short headline with nothing longer after it stays
])
def test_a_pasted_page_opens_with_its_address_and_the_sites_labels_over_the_headline(tmp_path, top, title):
    source = parse(tmp_path, f"https://coast.example/news/ferry-deal\n{top}\n\nThe harbour board signed the ferry "
                   "deal on Monday.\n")
    assert (source.title, source.url) == (title, "https://coast.example/news/ferry-deal")
    assert texts(source) == ["The harbour board signed the ferry deal on Monday."]


def test_the_address_a_page_opens_with_gives_way_to_the_one_its_metadata_gives(tmp_path):
    source = parse(tmp_path, "---\nurl: https://coast.example/a\n---\nhttps://mirror.example/b\n\nThe harbour board "
                   "signed the ferry deal on Monday.\n")
    assert source.url == "https://coast.example/a"


@pytest.mark.parametrize("top, day", [
    ("https://coast.example/2031/03/04/ferry-deal\nNews", "2031-03-04"),
    ("https://coast.example/news/ferry-deal\nPosted on March 3, 2031", "2031-03-03"),
    ("https://coast.example/news/ferry-deal\nPublished: 3 Mar 2031, 4:05 pm", "2031-03-03"),
    ("https://coast.example/news/ferry-deal\nMarch 3, 2029", ""),  # a bare date atop a page may be any day's
    ("https://coast.example/2031/02/30/ferry-deal", ""),  # no such day
])
def test_a_pasted_page_is_dated_by_its_address_or_its_posting_line(tmp_path, top, day):
    source = parse(tmp_path, f"{top}\n\nHarbour board signs ferry deal with two towns\n\nThe harbour board signed the "
                   "ferry deal on Monday.\n")
    assert (source.published, source.title) == (day, "Harbour board signs ferry deal with two towns")


def test_a_date_the_metadata_gives_wins_over_the_one_a_pasted_page_gives(tmp_path):
    source = parse(tmp_path, "---\ndate: 2031-03-05\n---\nhttps://coast.example/2031/03/04/ferry-deal\n\nThe harbour "
                   "board signed the ferry deal on Monday.\n")
    assert source.published == "2031-03-05"
