"""Views: quotations attributed by their frames, reported views by their subjects, none guessed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from report.corpus import Corpus
from report.extract.names import find_actors
from report.extract.views import find_views

from .test_names import FIXTURES, ROBUST_CASES, corpus_of, fixture


def views_of(corpus: Corpus):
    actors, mentions = find_actors(corpus)
    return find_views(corpus, actors, mentions)


def normalised(text: str) -> str:
    """Return text as `brief check` compares it: whitespace collapsed, curly quotes folded."""
    text = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    return re.sub(r"\s+", " ", text).strip()


def matching(views, expected: dict):
    return [view for view in views if normalised(view.text).startswith(normalised(expected["text_start"]))]


@pytest.mark.parametrize("stem", FIXTURES + ROBUST_CASES)
def test_fixture_views_are_the_expected_ones_with_the_right_speaker(stem):
    corpus, expected = fixture(stem)
    views = views_of(corpus)
    for item in expected["views"]:
        (view,) = matching(views, item)
        assert view.speaker == item["speaker"]
        assert view.quote == item["quote"]
        if "text_end" in item:
            assert normalised(view.text).endswith(normalised(item["text_end"]))
    assert len(views) == len(expected["views"]), [v.text[:40] for v in views]


@pytest.mark.parametrize("stem", FIXTURES + ROBUST_CASES)
def test_unattributable_and_ambiguous_statements_are_left_out(stem):
    corpus, expected = fixture(stem)
    texts = [normalised(view.text) for view in views_of(corpus)]
    for words in expected["not_views"]:
        assert not any(normalised(words) in text for text in texts), words


@pytest.mark.parametrize("stem", [*FIXTURES, *ROBUST_CASES, "seeds"])
def test_every_view_text_stands_verbatim_in_its_cited_sentences(stem):
    if stem == "seeds":
        from report.corpus import read_folder
        corpus = read_folder(Path(__file__).parents[2] / "seeds")
    else:
        corpus, _ = fixture(stem)
    views = views_of(corpus)
    assert views
    for view in views:
        joined = normalised(" ".join(corpus.sentence(cite).text for cite in view.cite))
        at = 0
        for part in normalised(view.text).split(" … "):  # a quotation's parts, the reporter's words between left out
            assert part in joined[at:], view
            at = joined.index(part, at) + len(part)


def test_a_quotation_split_around_he_said_is_one_view_citing_both_sentences(tmp_path):
    corpus = corpus_of(
        "Central bank governor Maria Costa spoke after the meeting.\n\n"
        "“Inflation is falling,” she said. “We will not cut rates yet.”\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert (view.speaker, view.quote, view.cite) == ("Maria Costa", True, ["S1:2", "S1:3"])
    assert view.text.startswith("Inflation is falling") and view.text.endswith("We will not cut rates yet.")


# Small articles, each of one rule, and who says what in them, in order.
SAID = {
    "a clause after 'but' has a subject of its own, and a subject's second verb may report its words": (
        "Stadium deal\n\nOne point of contention was a request to share naming revenue but Harbour CEO Ivo Brandt "
        "said that the club relied on those funds to secure a loan.\n\nPort chief Ines Carrow led the talks and said "
        "the sides had agreed to reopen the quay.\n\nMaria Costa met Ivo Brandt and said nothing.\n",
        [("Ivo Brandt", "the club relied on those funds to secure a loan"),
         ("Ines Carrow", "the sides had agreed to reopen the quay")]),
    "thanking is a stance, and a stance a colon closes before a quotation is its frame": (
        "Ferry line funded\n\nFinance Minister Ivo Brandt thanked the lenders for backing the new ferry line.\n\n"
        "Mayor Ines Carrow welcomed the crews by praising their winter shifts: “We will keep the ferry running.”\n",
        [("Ivo Brandt", "thanked the lenders for backing the new ferry line"),
         ("Ines Carrow", "We will keep the ferry running.")]),
    "a company's title with its possessive refers back to the one holder named before": (
        "Strike ends\n\nHarlow Aero chief executive Ivo Brandt met the union on Monday.\n\nHarlow Aero's chief "
        "executive has said the plant could need a month to restart the line.\n",
        [("Ivo Brandt", "the plant could need a month to restart the line")]),
    "a label of a role and a name closed by a colon gives the quotation below it its speaker": (
        "Yard saved\n\nThe sale closed on Sunday.\n\nHarbour Bank Chair Ines Carrow:\n\n\"We reached terms with the "
        "port authority that keep the yard open.\"\n\nThe shares fell.\n\nIvo Brandt met Ines Carrow on Friday:\n\n"
        "\"A second quote.\"\n",
        [("Ines Carrow", "We reached terms with the port authority that keep the yard open.")]),
    "a reported stance ends where another person's clause begins": (
        "Vote passed\n\nMayor Ines Carrow welcomed the vote as a win for taxpayers, and Maria Costa left early.\n",
        [("Ines Carrow", "welcomed the vote as a win for taxpayers")]),
    "a verb that needs 'that' reports a clause that leaves it out, never its own object": (
        "Rates cut\n\nHBL governor Ines Carrow said more cuts could come.\n\nThe HBL governor indicated the council "
        "was ready to lower rates again if needed.\n\nCarrow highlighted the need to act.\n\nCarrow signalled "
        "a pause.\n",
        [("Ines Carrow", "more cuts could come"), ("Ines Carrow", "the council was ready to lower rates again if needed")]),
    "a programme's quoted name is no remark and leaves the run of quotations whole": (
        "Harbour chief Maria Costa spoke on the radio.\n\nCosta said on “The Harbour Hour” last week that “the new "
        "quay is too small.” “We need a second one.”\n",
        [("Maria Costa", "the new quay is too small.” “We need a second one.")]),
    "a quotation after 'adding,' goes on with the speaker of the one before": (
        "Port chief Maria Costa spoke on the radio.\n\n“All we needed was a second quay,” she told the radio, "
        "adding, “Ships waiting for days are money lost.”\n",
        [("Maria Costa", "All we needed was a second quay … Ships waiting for days are money lost.")]),
    "a frame broken off by a line break inside the name is one sentence": (
        "Port deal signed\n“The quay is a foundation to build on,” said Maria\nCosta, head of the port board. "
        "“Gaps remain.”\n",
        [("Maria Costa", "The quay is a foundation to build on … Gaps remain.")]),
    "a bracketed acronym before the role keeps the speaker": (
        "Fees rise\n\nHarbour Board of Ostland (HBO) chair Maria Costa said: “not raise the fees too fast or too far.”\n",
        [("Maria Costa", "not raise the fees too fast or too far.")]),
    "a possessive body before the role keeps the speaker": (
        "Fees rise\n\nFees will rise in spring, however, the board’s chair Maria Costa warned it would “not raise the "
        "fees too fast or too far.”\n",
        [("Maria Costa", "not raise the fees too fast or too far.")]),
    "a spokesperson's words are not the words of whom they speak for": (
        "Bill signed\n\nGovernor Ivo Brandt signed the harbour bill on Wednesday. A spokesperson for Gov. Brandt says a "
        "public signing in the capital is planned within two weeks.\n",
        []),
    "a pronoun after a speaker with a title and no name stays unresolved": (
        "Pledges made\n\nIvo Brandt, Minister for Trade, said, “Ostland will give 40 million euros.”\n\nNorway Prime "
        "Minister said, “Today we turned words into deeds.”\n\nHe welcomed “solid results”, confirming that “these "
        "are first steps toward the rebuilding of the towns.”\n",
        [("Ivo Brandt", "Ostland will give 40 million euros.")]),
    "the words before a closing frame are the speaker's, and so is what a participle adds": (
        "Pledges made\n\nHarbour chief Maria Costa opened the meeting. The sum pledged holds €90 million for the "
        "islands, Costa said, adding that a second meeting will be held in June. The board alone will give €10 "
        "million to the ferries, Costa announced earlier.\n",
        [("Maria Costa", "The sum pledged holds €90 million for the islands"),
         ("Maria Costa", "a second meeting will be held in June"),
         ("Maria Costa", "The board alone will give €10 million to the ferries")]),
    "what a speaker said about a thing, or told a gathering, is their view": (
        "Pledges made\n\nPresident Ivo Brandt of Ostland spoke first. The Chair of the Harbour Board Maria Costa said "
        "about the sum that was pledged, that there would be 90 million euros for the islands.\n\nBrandt told those "
        "gathered in Lakeport that the storm damage was far greater than feared.\n",
        [("Maria Costa", "there would be 90 million euros for the islands"),
         ("Ivo Brandt", "the storm damage was far greater than feared")]),
    "a pull quote set as a heading and a quotation cut after a word are no views": (
        "Storm aid\n\n“We will rebuild every pier,” said harbour chief Maria Costa.\n\n“Crimes against the "
        "islands”\n\nThe storm hit in May. Costa added: “the wor\n",
        [("Maria Costa", "We will rebuild every pier")]),
    "a paragraph of a quotation cut off by the end of the text is still a remark": (
        "Storm aid\n\nHarbour chief Maria Costa took questions.\n\n“Would it have been wiser to wait for the sp",
        [("Maria Costa", "Would it have been wiser to wait for the sp")]),
    "'hinted at' reports a stance, and 'that' may take a comma": (
        "Vote won\n\nAt a press conference, party leader Ivo Brandt hinted at calling an early election in the "
        "spring. Asked about the timing, Brandt indicated that, a vote is needed but only after the budget.\n",
        [("Ivo Brandt", "hinted at calling an early election in the spring"),
         ("Ivo Brandt", "a vote is needed but only after the budget")]),
    "an appositive after 'According to X' never ends inside a number": (
        "Wage deal\n\nThe offer was announced by presidential aide Kunle Adeyemi. According to a senior adviser on "
        "Media, Kunle Adeyemi, the President approved the N90,000 wage.\n",
        [("Kunle Adeyemi", "the President approved the N90,000 wage")]),
    "opposing a thing is a stance, the adverb before the verb kept": (
        "Port sold\n\nMayor Ivo Brandt initially opposed the sale of the port during his campaign but later "
        "backed it.\n",
        [("Ivo Brandt", "initially opposed the sale of the port during his campaign but later backed it")]),
    "a pronoun before a closing frame, and 'According to him'": (
        "Aid pledged\n\nAid chief Ivo Brandt spoke first. The islands face their worst winter in decades, he "
        "said, and added: “We must not look away.”\n\nPort chief Dara Velloso spoke next. According to him, the "
        "ferries will run again in May.\n",
        [("Ivo Brandt", "The islands face their worst winter in decades"), ("Ivo Brandt", "We must not look away."),
         ("Dara Velloso", "the ferries will run again in May")]),
    "encouraging others to act is a stance, as urging them is": (
        "Port sold\n\nCommittee chair Ivo Brandt encouraged members to abstain from the vote on the port.\n",
        [("Ivo Brandt", "encouraged members to abstain from the vote on the port")]),
    "the one named among a group that speaks is a speaker ('Several, including X, said ...')": (
        "Port sold\n\nSeveral, including Board Member Ivo Brandt, said on Tuesday that the ferry fares were too "
        "high.\n\nSome residents, among them Senator Dara Velloso, argued that the port should stay public.\n",
        [("Ivo Brandt", "the ferry fares were too high"), ("Dara Velloso", "the port should stay public")]),
    "describing a thing as something is a stance; describing it alone is not": (
        "Port sold\n\nPort chair Ivo Brandt described the sale as a fair price for the old quay. Mayor Dara "
        "Velloso described the scene at the quay on the morning of the handover.\n",
        [("Ivo Brandt", "described the sale as a fair price for the old quay")]),
    "what someone said in a speech or an interview ('a speech in which she urged …')": (
        "Port sold\n\nMayor Dara Velloso gave a speech at the quay in which she urged calm and stressed the need to keep "
        "the ferries running. Port chair Ivo Brandt gave an interview in which he said that the sale would go ahead. "
        "The port, in which Brandt owns a stake, was sold.\n",
        [("Dara Velloso", "urged calm and stressed the need to keep the ferries running"),
         ("Ivo Brandt", "the sale would go ahead")]),
    "threatening to act is a stance; threatening someone with a thing is not read": (
        "Port sold\n\nDocker leader Dara Velloso has threatened to walk out in the spring unless the quay "
        "wages rise. Mayor Ivo Brandt threatened the dockers with fines.\n",
        [("Dara Velloso", "has threatened to walk out in the spring unless the quay wages rise")]),
    "referring to a thing as something is a stance; referring to it alone is not": (
        "Port sold\n\nPort chair Ivo Brandt, who has fought the ferry firms for years, referred to the sale as part of "
        "a wider plan for the island. Mayor Dara Velloso referred to the sale in her speech on Monday.\n",
        [("Ivo Brandt", "referred to the sale as part of a wider plan for the island")]),
    "a frame after a quotation may name whose lawyer the speaker is ('”, X's lawyer Y said')": (
        "Port sold\n\n“The council will of course appeal the ruling,” Mayor Ivo Brandt’s lawyer Dara Velloso said in "
        "a statement.\n",
        [("Dara Velloso", "The council will of course appeal the ruling")]),
    "a stance verb may follow the name after a comma, as a reporting verb may": (
        "Port sold\n\nTheir spokeswoman, Dara Velloso, criticized the toll as too steep for the fishing fleet.\n",
        [("Dara Velloso", "criticized the toll as too steep for the fishing fleet")]),
    "warning of or against a thing keeps the verb with what it governs": (
        "Port sold\n\nMayor Ivo Brandt warned of its cost to the island. Harbour chief Dara Velloso cautioned "
        "against selling the port to a private buyer.\n",
        [("Ivo Brandt", "warned of its cost to the island"),
         ("Dara Velloso", "cautioned against selling the port to a private buyer")]),
    "a clause of concession may open with its speaker ('..., however X said ...')": (
        "Port sold\n\nMayor Ivo Brandt signed the sale.\n\nThe sale is final, however Mr Brandt said the port "
        "would stay open to fishermen.\n",
        [("Ivo Brandt", "the port would stay open to fishermen")]),
    "a relative clause may report what its speaker says of the thing it is of": (
        "Port sold\n\nMayor Ivo Brandt presented a levy that she says is aimed at the harbour.\n\n"
        "Harbour chief Dara Velloso signed a lease that she said would hold the rent at €4 million. The deal, which "
        "Velloso said would last a decade, passed. The report that she read was long.\n",
        [("Dara Velloso", "would hold the rent at €4 million"), ("Dara Velloso", "would last a decade")]),
    "denouncing a thing and asking someone to act are stances": (
        "Port sold\n\nMayor Ivo Brandt, facing a recall vote, has denounced the sale as a betrayal of the island. "
        "Harbour chief Dara Velloso had asked the court to block the sale of the port.\n",
        [("Ivo Brandt", "has denounced the sale as a betrayal of the island"),  # the tense its source gives
         ("Dara Velloso", "had asked the court to block the sale of the port")]),
    "a description of a post after the clause frames it as a name would ('A, the minister said.')": (
        "Port sold\n\nHarbour Minister Dara Velloso opened the talks.\n\nThe ferries will run again in May, the "
        "harbour minister said on Monday. The quay will close, the weather report said.\n",
        [("Dara Velloso", "The ferries will run again in May")]),
    "a frame may end with a bare weekday, and its clause with a quotation the comma closes": (
        "Port sold\n\nThe two towns will share one ferry, Mayor Ivo Brandt said Friday. The council agreed to a "
        "“lasting and binding lease,” Harbour chief Dara Velloso said Monday.\n",
        [("Ivo Brandt", "The two towns will share one ferry"),
         ("Dara Velloso", "The council agreed to a “lasting and binding lease,”")]),
    "a dateline opening the reported clause is not the speaker's": (
        "Port sold\n\nMayor Ivo Brandt opened the talks.\n\nHARBOURTON — The two towns will share one ferry, "
        "Brandt said on Friday.\n",
        [("Ivo Brandt", "The two towns will share one ferry")]),
    "'and said' after a quotation is the subject's second verb, not the quotation's frame": (
        "Port sold\n\nMayor Ivo Brandt opened the quay. He called it a “proud morning for the harbour” and said "
        "nothing more.\n",
        [("Ivo Brandt", "proud morning for the harbour")]),
    "what a named person laments is their view": (
        "Aid pledged\n\n“For a year the islands have waited for help,” lamented Mr. Ivo Brandt.\n",
        [("Ivo Brandt", "For a year the islands have waited for help")]),
    "a day may stand between a verb and the clause it reports without 'that'": (
        "Port sold\n\nMayor Ivo Brandt confirmed on Friday he would end the lease of the port.\n",
        [("Ivo Brandt", "he would end the lease of the port")]),
    "what a named person elaborates is their view": (
        "Port sold\n\nMayor Ivo Brandt opened the quay. “It is a new ferry. It is quiet,” Brandt elaborated.\n",
        [("Ivo Brandt", "It is a new ferry. It is quiet")]),
    "words that finish the quotation's sentence may stand between it and its frame": (
        "Aid pledged\n\nMayor Ivo Brandt opened the talks.\n\n“This aid goes to what the valley needs first” for "
        "its farmers, Brandt said.\n\n“It will reach the schools first” in the harbour towns, he said.\n",
        [("Ivo Brandt", "This aid goes to what the valley needs first"), ("Ivo Brandt", "It will reach the schools first")]),
    "a quotation a double mark opens and a single mark closes before its frame is still the speaker's": (
        "Port sold\n\n\"The sale closes a long chapter, and the ferry keeps running,' said spokesperson "
        "Ivo Brandt.\n\n\"The claims were old.' he added.\n",
        [("Ivo Brandt", "The sale closes a long chapter, and the ferry keeps running"),
         ("Ivo Brandt", "The claims were old.")]),
    "whom a named person congratulates, and on what, is their view": (
        "Loan approved\n\nFund chief Ivo Brandt met reporters. Brandt congratulated the islands on the reforms that halved their deficit last year.\n",
        [("Ivo Brandt", "congratulated the islands on the reforms that halved their deficit last year")]),
    "a quotation two people's joint frame names is the words of both, and so is the one that goes on": (
        "Yard saved\n\n“The yard stays open and the town keeps its trade,” Finance Minister Ivo Brandt and "
        "Industry Minister Ines Carrow said in a statement. “Work starts in May.” They gave no cost.\n",
        [("Ivo Brandt", "The yard stays open and the town keeps its trade … Work starts in May."),
         ("Ines Carrow", "The yard stays open and the town keeps its trade … Work starts in May.")]),
    "a frame after the words may name a place and say what it is": (
        "Loan signed\n\nFinance Secretary Ivo Brandt spoke on Monday. The loan carries a rate of 6.5 percent and runs "
        "to 2040, Brandt said in a note released in Tarn, the capital of Vessia.\n",
        [("Ivo Brandt", "The loan carries a rate of 6.5 percent and runs to 2040")]),
    "the words of two people named together as the subject are the view of both": (
        "Mill deal\n\nThe union leaders, Dr Ivo Brandt and Dr Ines Carrow, said: “The mill works again from "
        "Monday.”\n\nBrandt and Carrow praised the owners, but cautioned that the old looms had to go by spring.\n",
        [("Ines Carrow", "The mill works again from Monday."), ("Ivo Brandt", "The mill works again from Monday."),
         ("Ivo Brandt", "praised the owners, but cautioned that the old looms had to go by spring"),
         ("Ines Carrow", "praised the owners, but cautioned that the old looms had to go by spring")]),
    "what a named person tells reporters is their view, a name opening it": (
        "Fine set\n\nCommissioner Ines Carrow spoke on Monday. Carrow told reporters Harlow’s mills had “cheated "
        "the grain growers of the valley for years”.\n",
        [("Ines Carrow", "Harlow’s mills had “cheated the grain growers of the valley for years”")]),
    "'saying' with no comma before it reports the subject's view, but not after a document or a sign": (
        "Fund opens\n\nTrust chief Ines Carrow unveiled the $2 billion fund for Tarn saying the money would rebuild "
        "every school in the valley by spring. Mayor Ivo Brandt held up a banner saying the valley would never give "
        "in to the floods.\n",
        [("Ines Carrow", "the money would rebuild every school in the valley by spring")]),
    "a paragraph that prints only a quotation's closing mark, its frame after it, is the quotation": (
        "Ferry route\n\nHarbour master Ivo Brandt spoke on Monday.\n\nThe port has carried more ferries than any "
        "other this year. Now the town must pay for a new quay,” Mr. Brandt further remarked.\n",
        [("Ivo Brandt", "The port has carried more ferries than any other this year. Now the town must pay for a new quay")]),
    "a post held once ('then-CEO', 'ex-minister') leads to its holder's name like any post": (
        "Quarry deal\n\nAccording to Harlow’s then-CEO Ivo Brandt, the firm paid $3m a month to keep the closed "
        "quarry dry. Ex-minister Ines Carrow said the deal had come too late.\n",
        [("Ivo Brandt", "the firm paid $3m a month to keep the closed quarry dry"),
         ("Ines Carrow", "the deal had come too late")]),
    "what a report citing a named person says is that person's view": (
        "Quarry sale\n\nCiting the quarry firm’s acting chief executive Ivo Brandt, the agency reported that Harlow "
        "would keep its lime pits in Tarn.\n",
        [("Ivo Brandt", "Harlow would keep its lime pits in Tarn")]),
    "a participle of a stance of several words ('describing … as') adds its view to the subject's clause": (
        "Pledge made\n\nHarbour Secretary Ivo Brandt unveiled the grant on Monday, describing the trust as the "
        "backbone of the town's school plan.\n",
        [("Ivo Brandt", "describing the trust as the backbone of the town's school plan")]),
    "what a named person hints is their view": (
        "Port sold\n\nMayor Ivo Brandt hinted that the ferry would run again in May.\n",
        [("Ivo Brandt", "hinted that the ferry would run again in May")]),
}


@pytest.mark.parametrize("article, said", SAID.values(), ids=SAID.keys())
def test_who_says_what(tmp_path, article, said):
    assert [(view.speaker, view.text) for view in views_of(corpus_of(article, folder=tmp_path))] == said


def test_a_pronoun_of_the_other_gender_does_not_resolve(tmp_path):
    corpus = corpus_of(
        "Analyst Maria Costa of the Lisbon Policy Institute was in the room.\n\n“It will not hold,” he said.\n",
        folder=tmp_path,
    )
    assert views_of(corpus) == []


def test_a_pronoun_after_a_sentence_naming_two_people_does_not_resolve(tmp_path):
    corpus = corpus_of(
        "Prime Minister Jonas Berg met Finance Minister Karl Lind on Monday.\n\n“We agreed on nothing,” he said.\n",
        folder=tmp_path,
    )
    assert views_of(corpus) == []


def test_a_pronoun_after_a_sentence_naming_two_people_resolves_to_the_one_who_spoke_in_it(tmp_path):
    corpus = corpus_of(
        "After criticism from Senator Ivo Brandt, Minister Clara Veiga said the levy was fair.\n\n"
        "“Nobody will pay more than they use,” she said.\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert [(v.speaker, v.quote) for v in views] == [("Clara Veiga", False), ("Clara Veiga", True)]


def test_a_pronoun_reaches_back_over_a_photo_caption_and_its_credit(tmp_path):
    corpus = corpus_of(
        "Mayor Tomas Lind opened the new ferry terminal on Friday.\n\n"
        "Crowds lined the quay to watch. Picture: Harbour Press/ Ilse Marrow\n"
        "Camera IconCrowds lined the quay to watch. Harbour Press/ Ilse Marrow Credit: Harbour Press\n\n"
        "“The crossing will take ten minutes,” he said.\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert [(v.speaker, v.text[:12]) for v in views] == [("Tomas Lind", "The crossing")]


def test_a_reporting_verb_before_its_speaker_frames_the_clause_before_it(tmp_path):
    corpus = corpus_of(
        "Talks end\n\nThe two towns will share one ferry from June, said Mayor Tomas Lind, the host, on Monday.\n\n"
        "Ferries will run again by spring, added Ilse Marrow.\n\n"
        "The harbour was calm, said the weather report, and Clara Veiga left.\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert [(v.speaker, v.text) for v in views] == [("Tomas Lind", "The two towns will share one ferry from June"),
                                                   ("Ilse Marrow", "Ferries will run again by spring")]


def test_a_participle_of_what_the_speaker_was_doing_is_not_what_they_said(tmp_path):
    corpus = corpus_of(
        "Talks end\n\nMayor Ada Quill and Governor Nora Berg agreed to open the bridge at midnight, Tomas Lind said, "
        "holding up the map.\n\nThe ferry will stop in May, Ilse Marrow said, accusing the council of delays.\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert [(v.speaker, v.text) for v in views] == [
        ("Tomas Lind", "Mayor Ada Quill and Governor Nora Berg agreed to open the bridge at midnight"),
        ("Ilse Marrow", "accusing the council of delays")]  # a stance participle stays the view


def test_the_stop_of_jr_belongs_to_the_name_before_the_verb(tmp_path):
    corpus = corpus_of(
        "Water Secretary Alan B. Brook Jr. declared that the levy would end in June.\n\n"
        "The reservoirs will be full by spring, Brook Jr. said today.\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert [(v.speaker, v.text) for v in views] == [("Alan B. Brook Jr", "the levy would end in June"),
                                                   ("Alan B. Brook Jr", "The reservoirs will be full by spring")]


def test_a_pronoun_after_a_long_quotation_resolves_to_its_speaker(tmp_path):
    corpus = corpus_of(
        "Mayor Tomas Lind spoke about the campaign.\n\n"
        "“The winter was long. Our rivals spread rumours. The voters saw through them.\n\n"
        "“I will serve every district,” he said.\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert [(v.speaker, v.text[:12]) for v in views] == [("Tomas Lind", "The winter w"), ("Tomas Lind", "I will serve")]


def test_the_sentences_of_the_quotation_a_pronoun_frames_do_not_use_up_its_reach(tmp_path):
    corpus = corpus_of(
        "During a visit to the flooded port, harbour chief Ilse Marrow asked for help.\n\n"
        "“The quays are gone. Boats sunk. Sheds flattened. But the crews are brave,” she said. "
        "“The region must stand by them.”\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert [(v.speaker, v.text[:14], v.cite) for v in views] == [
        ("Ilse Marrow", "The quays are ", ["S1:2", "S1:3", "S1:4", "S1:5", "S1:6"])]


def test_a_comma_before_the_verb_and_a_participle_after_a_closing_quotation(tmp_path):
    corpus = corpus_of(
        "Velmora signs the river pact\n\n"
        "The President of the Republic of Velmora, Ana Ruiz, has argued that the pact must be ratified within a month.\n\n"
        "For his part, Governor Karl Moen confirmed that “the pact will help both banks of the river,” reminding "
        "that the province is the largest user of the river.\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert [(v.speaker, v.text[:24]) for v in views] == [
        ("Ana Ruiz", "the pact must be ratifie"), ("Karl Moen", "the pact will help both "),
        ("Karl Moen", "the province is the larg")]


def test_two_people_who_are_together_the_subject_each_hold_the_view(tmp_path):
    corpus = corpus_of(
        "Velmora farm aid\n\n"
        "Farm Minister Ana Ruiz and Finance Minister Karl Moen spoke at the fair on Monday.\n\n"
        "During the fair, Ruiz and Moen stressed the need for cheaper seed for every small farm.\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert [(v.speaker, v.text[:30]) for v in views] == [
        ("Ana Ruiz", "stressed the need for cheaper "), ("Karl Moen", "stressed the need for cheaper ")]


def test_that_may_follow_a_verb_after_by_and_a_gerund(tmp_path):
    corpus = corpus_of(
        "Velmora budget\n\nFinance Minister Karl Moen concluded by noting that the budget would balance by 2030.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert (view.speaker, view.text) == ("Karl Moen", "the budget would balance by 2030")


@pytest.mark.parametrize("verb", ["praised", "commended", "saluted", "credited", "hailed", "expressed gratitude to",
                                  "voiced support for", "appealed to", "slammed", "defended"])
def test_verbs_of_praise_blame_and_appeal_report_a_stance(tmp_path, verb):
    corpus = corpus_of(
        f"Velmora ferry deal\n\nTransport Minister Karl Moen {verb} the crews and the port board for their work "
        "on the new winter timetable.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert (view.speaker, view.text) == ("Karl Moen", f"{verb} the crews and the port board for their work on the new winter "
                                                      "timetable")


@pytest.mark.parametrize("phrase", ["questioned the plan of the port board for", "disputed the plan of the port board for",
                                    "challenged the plan of the port board for", "endorsed the plan of the port board for",
                                    "paid tribute to the crews of the port board for",
                                    "announced plans to rebuild the old quay of the port board for",
                                    "recognised the need to rebuild the quay of the port board for",
                                    "apologised for the delays of the port board and for",
                                    "apologized to the crews of the port board for"])
def test_verbs_of_doubt_support_tribute_and_plans_report_a_stance(tmp_path, phrase):
    corpus = corpus_of(
        f"Velmora ferry deal\n\nTransport Minister Karl Moen {phrase} the new winter timetable.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert (view.speaker, view.text) == ("Karl Moen", f"{phrase} the new winter timetable")


@pytest.mark.parametrize("post", ["the nation’s president", "the president", "the Velmoran president"])
def test_according_to_a_post_is_the_view_of_the_one_named_before_who_holds_it(tmp_path, post):
    corpus = corpus_of(
        "Quake relief\n\nPresident Karl Moen of Velmora thanked the donors on Monday.\n\n"
        f"The quake killed more than 5,000 people. According to {post}, some 30,000 homes are gone.\n",
        folder=tmp_path,
    )
    assert [(v.speaker, v.text) for v in views_of(corpus)] == [("Karl Moen", "some 30,000 homes are gone")]


def test_according_to_a_post_no_one_named_before_holds_is_no_view(tmp_path):
    corpus = corpus_of(
        "Quake relief\n\nMayor Ilse Marrow of Varnholm thanked the donors on Monday.\n\n"
        "According to the nation’s president, some 30,000 homes are gone.\n",
        folder=tmp_path,
    )
    assert views_of(corpus) == []


def test_urging_someone_to_act_keeps_its_verb_and_urging_that_reports_the_clause(tmp_path):
    corpus = corpus_of(
        "Port talks\n\nRoad Minister Ilse Marrow has urged car makers to set up scrapping centres to remove old "
        "vehicles from the roads.\n\nMayor Karl Moen urged that the council act before the winter storms arrive.\n",
        folder=tmp_path,
    )
    assert [(v.speaker, v.text) for v in views_of(corpus)] == [
        ("Ilse Marrow", "has urged car makers to set up scrapping centres to remove old vehicles from the roads"),
        ("Karl Moen", "the council act before the winter storms arrive")]


def test_a_described_post_that_takes_a_stance_is_the_one_of_the_sentence_before_it_fits(tmp_path):
    corpus = corpus_of(
        "Trade pact signed\n\nChilean President Karl Moen welcomed Peruvian President Ilse Marrow to the castle on "
        "Thursday.\n\nThe Peruvian President paid tribute to the victims of the storm outside the port on Friday.\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert (views[-1].speaker, views[-1].text) == (
        "Ilse Marrow", "paid tribute to the victims of the storm outside the port on Friday")


@pytest.mark.parametrize("aux", ["has", "had", "have also", "has firmly"])
def test_a_stance_keeps_the_auxiliary_of_its_tense(tmp_path, aux):
    corpus = corpus_of(
        f"Velmora ferry deal\n\nTransport Minister Karl Moen {aux} questioned the plan of the port board for the "
        "new winter timetable.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert view.text == f"{aux} questioned the plan of the port board for the new winter timetable"


@pytest.mark.parametrize("sentence, text", [
    ("Karl Moen clarified that the grant will be limited during the opening year of the scheme.",
     "the grant will be limited during the opening year of the scheme"),
    ("Karl Moen conceded that the grants would not reach every town this year.",
     "the grants would not reach every town this year"),
    ("Karl Moen revealed that the ferry board had met in secret twice.", "the ferry board had met in secret twice"),
    ("“Prices will fall,” Karl Moen retorted.", "Prices will fall"),
])
def test_more_verbs_report_what_was_said(tmp_path, sentence, text):
    (view,) = views_of(corpus_of(f"Velmora grants\n\nTransport Minister Karl Moen spoke on Monday.\n\n{sentence}\n",
                                 folder=tmp_path))
    assert (view.speaker, view.text) == ("Karl Moen", text)


def test_a_pronoun_is_none_of_the_people_its_own_sentence_names_after_it(tmp_path):
    corpus = corpus_of(
        "Fraud ruling\n\nJudge Arvid Kessel fined the developer Peter Vash $5 million on Friday.\n\n"
        "He criticized Vash and his partners for showing no regret about the towers.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert (view.speaker, view.cite) == ("Arvid Kessel", ["S1:2"])


@pytest.mark.parametrize("sentence, text", [
    ("Peter Vash throughout the hearing maintained his accounts were honest and the case was partisan.",
     "his accounts were honest and the case was partisan"),
    ("Peter Vash in his appeal alleged the judge ignored the value of his towers.",
     "the judge ignored the value of his towers"),
    ("Peter Vash alleged Lena Maroni inflated the damages for political reasons.",
     "Lena Maroni inflated the damages for political reasons"),
])
def test_a_phrase_between_speaker_and_verb_and_a_named_subject_without_that(tmp_path, sentence, text):
    corpus = corpus_of(f"Fraud ruling\n\nAttorney General Lena Maroni sued the developer.\n\n{sentence}\n",
                       folder=tmp_path)
    views = [view for view in views_of(corpus) if view.speaker == "Peter Vash"]
    assert [view.text for view in views] == [text]


def test_a_capitalised_description_of_a_post_stands_for_its_holder(tmp_path):
    corpus = corpus_of(
        "Trade deal\n\nBusiness Secretary Jonah Reyes met the press on Monday.\n\n"
        "Speaking on Tuesday, the Business Secretary confirmed that “no quota is opened for beef or barley”.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert (view.speaker, view.text) == ("Jonah Reyes", "no quota is opened for beef or barley")


def test_a_post_its_owner_names_stands_for_the_one_holder_named_before_it(tmp_path):
    corpus = corpus_of(
        "Strike ends\n\nHarlow Aero chief executive Kelvin Orrum met the union on Monday.\n\n"
        "Carla Dent, a union lawyer, spoke on Tuesday.\n\n"
        "Harlow’s CEO has said the lines could need “about a fortnight” to restart at the plant.\n\n"
        "Vexor's chief executive said the deal was a bad one for the workers of the town.\n",
        folder=tmp_path,
    )
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Kelvin Orrum", "the lines could need “about a fortnight” to restart at the plant")]
    corpus = corpus_of("Budget\n\nKenyan Finance Minister Oduya Marwa tabled the budget on Monday.\n\n"
                       "Kenya's finance minister said the deficit would fall to four per cent next year.\n", folder=tmp_path)
    assert [view.speaker for view in views_of(corpus)] == ["Oduya Marwa"]


def test_a_dateline_opening_a_later_paragraph_is_no_part_of_the_subject(tmp_path):
    corpus = corpus_of(
        "Steel deal\n\nA photo shows the mill on Monday.\n\n"
        "OSAKA (Harbour Press)—Harlow Steel Corp. President Eiji Morimoto voiced optimism on Friday that the "
        "merger will lift the group's exports.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert view.speaker == "Eiji Morimoto" and view.text.startswith("voiced optimism on Friday that the merger")


def test_according_to_a_person_and_a_body_is_the_persons_view_but_two_people_name_no_one(tmp_path):
    corpus = corpus_of(
        "Loan\n\nEconomy Minister Luis Carrano met the bankers on Monday.\n\n"
        "According to Carrano and the Reserve Board, the lender would release 7 billion dollars to the treasury in May.\n\n"
        "According to Carrano and Deputy Minister Ana Ruiz, the lender would release more in July.\n",
        folder=tmp_path,
    )
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Luis Carrano", "the lender would release 7 billion dollars to the treasury in May")]


def test_calling_something_a_thing_is_a_stance_unless_the_thing_is_quoted(tmp_path):
    corpus = corpus_of(
        "Fraud ruling\n\nThe developer's lawyer, Alina Voss, called the verdict a piece of partisan theatre.\n\n"
        "Mayor Ivo Brandt called it a “proud morning for the harbour”.\n",
        folder=tmp_path,
    )
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Alina Voss", "called the verdict a piece of partisan theatre"),
        ("Ivo Brandt", "proud morning for the harbour")]


def test_a_stance_verb_after_a_long_opening_and_a_dashed_aside(tmp_path):
    corpus = corpus_of(
        "Velmora vaccine row\n\n"
        "After the vote in the regional assembly in the capital on Monday, Health Secretary Karl Moen "
        "— a critic of the plan — also accused the clinic board of hiding its waiting lists.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert (view.speaker, view.text[:30]) == ("Karl Moen", "accused the clinic board of hi")


def test_a_how_clause_is_what_its_verb_reports(tmp_path):
    corpus = corpus_of(
        "Velmora mayor re-elected\n\nMayor Tomas Lind pointed out how the tram line had cut journey times.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert (view.speaker, view.text) == ("Tomas Lind", "how the tram line had cut journey times")


def test_a_later_clause_names_the_speaker_of_its_framed_quotation(tmp_path):
    corpus = corpus_of(
        "Velmora port sale\n\n"
        "Last spring, the port sold two of its piers to a shipping firm, and Port Director Karl Moen "
        "answered the critics by calling the sale “overdue” in a radio interview.\n\n"
        "At the time, the board met often, and Mayor Ana Ruiz met Senator Ivo Brandt, calling the talks “useful.”\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert [(v.speaker, v.text) for v in views] == [("Karl Moen", "overdue"), ("Ana Ruiz", "useful.")]


def test_a_pronoun_means_the_subject_when_the_others_are_only_in_its_company(tmp_path):
    corpus = corpus_of(
        "Velmora farm aid\n\n"
        "Governor Karl Moen opened the fair alongside Finance Minister Ivo Brandt and "
        "Farm Minister Petr Halas.\n\nHe said the money would come from the harbour levy.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert (view.speaker, view.text) == ("Karl Moen", "the money would come from the harbour levy")


def test_a_participle_before_a_quotation_is_the_subjects_after_someone_named_as_object(tmp_path):
    corpus = corpus_of(
        "Velmora mayor race\n\n"
        "Before the count, party leader Karl Moen thanked Mayor Ana Ruiz, telling reporters: "
        "“She rebuilt the old bridge in a single summer.”\n\n"
        "Governor Ivo Brandt met Senator Petr Halas, who was telling reporters: “The count is slow.”\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert [(v.speaker, v.text) for v in views] == [("Karl Moen", "She rebuilt the old bridge in a single summer.")]


def test_an_opening_mark_closes_a_quotation_right_before_said(tmp_path):
    corpus = corpus_of(
        "Velmora migration pact\n\n"
        "It is “a fair price for the northern farms“said Prime Minister Ana Ruiz on Sunday.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert (view.speaker, view.quote, view.text) == ("Ana Ruiz", True, "a fair price for the northern farms")


def test_a_quotation_introduced_by_a_colon_in_the_previous_sentence_is_theirs(tmp_path):
    corpus = corpus_of(
        "Professor Elena Russo of the University of Bologna put it bluntly:\n\n"
        "“Nobody in Europe has a plan for this winter.”\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert (view.speaker, view.kind, view.quote) == ("Elena Russo", "expert", True)
    assert view.text == "Nobody in Europe has a plan for this winter."


def test_reported_views_keep_their_verbatim_content_and_kind(tmp_path):
    corpus = corpus_of(
        "According to defence analyst Tomas Novak, the new brigade will not be ready before 2027.\n\n"
        "Interior Minister Petra Horak said on Monday that border checks would stay in place.\n\n"
        "Horak stressed the need for calm.\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert [(v.speaker, v.kind, v.quote, v.text, v.cite) for v in views] == [
        ("Tomas Novak", "expert", False, "the new brigade will not be ready before 2027", ["S1:1"]),
        ("Petra Horak", "official", False, "border checks would stay in place", ["S1:2"]),
    ]


def test_a_quotation_with_a_passive_frame_names_the_agent(tmp_path):
    corpus = corpus_of(
        "The plan, described as “the end of cheap energy,” was announced by Energy Minister Lena Vogel on Friday.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert (view.speaker, view.text) == ("Lena Vogel", "the end of cheap energy")


def test_a_quotation_a_body_passes_on_is_the_words_of_the_person_it_quoted(tmp_path):
    corpus = corpus_of(
        "“We will rebuild every pier before the winter storms arrive,” the port authority quoted Mayor Lena Vogel.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert (view.speaker, view.quote, view.text) == ("Lena Vogel", True, "We will rebuild every pier before the winter storms arrive")


def test_scare_quotes_without_a_speaker_are_not_views(tmp_path):
    corpus = corpus_of(
        "Finance Minister Anna Weber presented the “Green Growth” package, which includes a “climate bonus”.\n",
        folder=tmp_path,
    )
    assert views_of(corpus) == []


def test_a_quotation_running_into_the_next_paragraph_stays_with_its_speaker(tmp_path):
    corpus = corpus_of(
        "“We will rebuild every house,” said Mayor Anna Kowal.\n\n"
        "“Every school will reopen before the winter, and every family will have heat.”\n\n"
        "“That is a promise nobody can keep,” an opposition councillor said.\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert [(v.speaker, v.cite) for v in views] == [("Anna Kowal", ["S1:1"]), ("Anna Kowal", ["S1:2"])]


def test_the_minister_names_the_one_minister_of_the_article(tmp_path):
    corpus = corpus_of(
        "Health Minister Clara Stein opened the clinic on Monday.\n\n"
        "The minister said that waiting lists would halve within a year.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert (view.speaker, view.text, view.cite) == ("Clara Stein", "waiting lists would halve within a year", ["S1:2"])


def test_the_president_is_not_the_vice_president(tmp_path):
    corpus = corpus_of(
        "President Ana Ruiz praised the deal on Thursday.\n\n"
        "Vice President Karl Moen backed the strike.\n\n"
        "“I thank the ferry crews,” the president added.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert (view.speaker, view.text) == ("Ana Ruiz", "I thank the ferry crews")


def test_the_capitalised_president_names_the_one_president_named_before_it(tmp_path):
    corpus = corpus_of(
        "Velmora farm aid\n\n"
        "President Ana Ruiz announced the aid package on Monday.\n\n"
        "The President also promised to cut the fees for the weekly market in every village.\n\n"
        "Farm Union President Karl Moen said the aid would reach farmers within weeks.\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert [(v.speaker, v.text[:20]) for v in views] == [
        ("Ana Ruiz", "promised to cut the "), ("Karl Moen", "the aid would reach ")]


def test_the_president_names_the_one_whose_title_another_source_gives(tmp_path):
    corpus = corpus_of(
        "Velmora farm aid\n\nPresident Ana Ruiz announced the aid package on Monday.\n",
        "Farm aid unveiled\n\nAt a roundtable, Ruiz met farmers from the north.\n\n"
        "“The new silos will be ready by autumn,” the president said.\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert [(v.speaker, v.text, v.cite) for v in views] == [("Ana Ruiz", "The new silos will be ready by autumn", ["S2:2"])]


@pytest.mark.parametrize("given", ["Gretchen", "Nikki", "Dilma", "Stacey", "Kathy"])
def test_she_resolves_to_a_woman_whose_given_name_is_known(tmp_path, given):
    corpus = corpus_of(
        f"Mayor {given} Holloway spoke on Friday.\n\nThe plan is \"a solution in search of a problem,\" she said.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert view.speaker == f"{given} Holloway"


def test_a_quotation_signed_with_a_dash_after_another_speakers_quotation_is_not_theirs(tmp_path):
    corpus = corpus_of(
        "“We will not go back,” said union spokesperson Amara Okonkwo.\n\n"
        "“The port loses a million a day” — Lars Ekdahl, an economist whose name the article never repeats.\n\n"
        "“Nobody wins a strike,” a docker said, as Okonkwo watched.\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert [(v.speaker, v.cite) for v in views] == [("Amara Okonkwo", ["S1:1"]), ("Lars Ekdahl", ["S1:2"])]


def test_a_quotation_in_single_marks_that_goes_on_in_the_next_paragraph_is_the_speakers(tmp_path):
    corpus = corpus_of(
        "Harbour minister Karla Brandt said: ‘Velmora is leading the way. We call on every town to pay its share.\n\n"
        "‘In this way we build bridges between old and new donors.’\n",
        folder=tmp_path,
    )
    assert [(v.speaker, v.text) for v in views_of(corpus)] == [
        ("Karla Brandt", "Velmora is leading the way. We call on every town to pay its share."),
        ("Karla Brandt", "In this way we build bridges between old and new donors.")]


@pytest.mark.parametrize("paragraphs, text", [
    ("Every town gave some ground, and the hard part starts now, said Karl Moen Executive Secretary "
     "of the Harbour Board.", "Every town gave some ground, and the hard part starts now"),
    ("Karl Moen, the Harbour Board secretary, speaking from the Tarrow quay, noted that three of the five biggest "
     "towns gave less this year.", "three of the five biggest towns gave less this year"),
    ("Karl Moen is the Harbour Board secretary.\n\n”With our new ’Sea Link’, you will get from Tarrow to Velm in 30 "
     "minutes,” he said.", "With our new ’Sea Link’, you will get from Tarrow to Velm in 30 minutes"),
])
def test_a_title_with_no_comma_an_occasion_after_the_appositive_and_a_closing_mark_opening_a_quotation(
        tmp_path, paragraphs, text):
    corpus = corpus_of(f"Harbour fund\n\n{paragraphs}\n", folder=tmp_path)
    assert [(v.speaker, v.text) for v in views_of(corpus)] == [("Karl Moen", text)]


def test_a_verb_in_the_passive_after_a_copula_reports_nothing(tmp_path):
    corpus = corpus_of("Harbour budget\n\nFinance chief Karla Brandt was told that the fares would rise.\n", folder=tmp_path)
    assert views_of(corpus) == []


@pytest.mark.parametrize("before, after, views", [
    ("Harbour Board chair Karl Moen thanked the towns and stressed the need for more money.",
     "I think our towns have taken the message very seriously.",
     [("Karl Moen", "thanked the towns and stressed the need for more money"),
      ("Karl Moen", "I think our towns have taken the message very seriously.")]),
    ("Harbour Board chair Karl Moen stressed, with Ines Dorra, the need for more money.",
     "I think our towns have taken the message very seriously.", [("Karl Moen", "stressed, with Ines Dorra, the need for more money")]),
    ("Harbour Board chair Karl Moen thanked the towns and stressed the need for more money.",
     "We think the towns have taken the message very seriously.",
     [("Karl Moen", "thanked the towns and stressed the need for more money")]),
])
def test_a_paragraph_in_the_first_person_after_one_persons_reported_view_is_their_remark(tmp_path, before, after, views):
    corpus = corpus_of(f"Harbour fund\n\nTrust head Ines Dorra spoke first.\n\n{before}\n{after}\n", folder=tmp_path)
    assert [(v.speaker, v.text) for v in views_of(corpus)] == views


@pytest.mark.parametrize("sentence, text", [
    ("And she warned cabinet ministers that they would have to live within their means.",
     "they would have to live within their means"),
    ("But she accepted that her party had lost the trust of the ferry crews.", "her party had lost the trust of the ferry crews"),
    ("She also joked, to laughter from the crowd, that she wished the ferry ran on time.",
     "she wished the ferry ran on time"),
    ("She warned the cost was so high that the town could not pay it.", "the cost was so high that the town could not pay it"),
    ("She reassured the crews that this would be the last rise in fares.", "this would be the last rise in fares"),
    ("She went on to attack the board’s scheme: “The board would like our islands to go quiet.”",
     "The board would like our islands to go quiet."),
    ("Brandt remains wholly adamant that the harbour fund could not carry the debt.",
     "the harbour fund could not carry the debt"),
    ("Brandt reiterated minutes before the mayor spoke that her party would vote no.", "her party would vote no"),
    ("Brandt who was in charge announced that the ferry fare will rise in May.", "the ferry fare will rise in May"),
    ("The fine reflects what Brandt described as the largest breach of harbour law, involving every ferry.",
     "the largest breach of harbour law"),
    ("Brandt also reiterated her call for a fair fare on every island route.",
     "reiterated her call for a fair fare on every island route"),
    ("She told the gathering that new ferries would pay for themselves within a decade.",
     "new ferries would pay for themselves within a decade"),
])
def test_hearers_before_that_an_aside_before_that_and_a_conjunction_before_the_pronoun(tmp_path, sentence, text):
    corpus = corpus_of(f"Harbour budget\n\nFinance chief Karla Brandt spoke in Tarrow.\n\n{sentence}\n", folder=tmp_path)
    assert [(v.speaker, v.text) for v in views_of(corpus)] == [("Karla Brandt", text)]


def test_an_official_title_at_a_union_or_company_gives_a_view_of_kind_other(tmp_path):
    corpus = corpus_of(
        "“We will not go back,” said Amara Okonkwo, a spokesperson for the Dockworkers Union.\n\n"
        "“We will not give in,” said Ingrid Solberg, a spokesperson for the Transport Ministry.\n",
        folder=tmp_path,
    )
    assert [(v.speaker, v.kind) for v in views_of(corpus)] == [("Amara Okonkwo", "other"), ("Ingrid Solberg", "official")]


FIXTURES_DIR = Path(__file__).parents[1] / "fixtures" / "views"
VIEW_CASES = sorted(path.name for path in FIXTURES_DIR.iterdir() if (path / "expected.yaml").exists())


def view_case(name: str):
    """Return a case of fixtures/views as a corpus (its *.txt files in name order) and what it should yield."""
    import yaml

    from report.corpus import read_source

    paths = sorted((FIXTURES_DIR / name).glob("*.txt"))
    corpus = Corpus(tuple(read_source(path, f"S{n}") for n, path in enumerate(paths, 1)))
    return corpus, yaml.safe_load((FIXTURES_DIR / name / "expected.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", VIEW_CASES)
def test_view_cases_yield_exactly_their_views_in_order(name):
    corpus, expected = view_case(name)
    views = views_of(corpus)
    got = [(v.speaker, v.quote, normalised(v.text)) for v in views]
    assert len(views) == len(expected["views"]), got
    for view, item in zip(views, expected["views"]):
        assert (view.speaker, view.quote) == (item["speaker"], item["quote"]), got
        assert normalised(view.text).startswith(normalised(item["text_start"])), got
        if "text_end" in item:
            assert normalised(view.text).endswith(normalised(item["text_end"])), got
        joined = " ".join(corpus.sentence(cite).text for cite in view.cite)
        assert normalised(view.text) in normalised(joined)
    for words in expected["not_views"]:
        assert not any(normalised(words) in text for _, _, text in got), words


def test_a_quotation_a_source_prints_twice_is_one_view_citing_both_places(tmp_path):
    corpus = corpus_of(
        "“The dam will be finished by June,” said Energy Minister Sara Lund.\n\n"
        "The ministry published its plans on Friday.\n\n"
        "“The dam will be finished by June,” said Energy Minister Sara Lund.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert (view.speaker, view.quote, view.cite) == ("Sara Lund", True, ["S1:1", "S1:3"])


def test_a_later_clause_with_its_own_speaker_reports_their_view(tmp_path):
    corpus = corpus_of(
        "Owner Tomas Verhoef took to social media to call for the agency to be abolished, while the company’s "
        "head of product, Nekko Varlan, posted that the agency’s page had been shut down for good.\n",
        folder=tmp_path,
    )
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Tomas Verhoef", "call for the agency to be abolished"),
        ("Nekko Varlan", "the agency’s page had been shut down for good")]


def test_a_dateline_ending_in_a_colon_does_not_hide_the_subject(tmp_path):
    corpus = corpus_of(
        "Geneva: Health Minister Lena Ostrova said the clinics would close on Friday unless the strike ended.\n",
        folder=tmp_path,
    )
    (view,) = views_of(corpus)
    assert (view.speaker, view.quote) == ("Lena Ostrova", False)
    assert view.text.startswith("the clinics would close on Friday")


def test_an_embedded_post_signed_on_the_next_line_is_its_authors_quotation(tmp_path):
    corpus = corpus_of(
        "Governor Mara Velden announced the bridge deal on Sunday.\n\n"
        "Proud to open the Tarn ferry line today. Forty crossings a day, starting in May.\n\n"
        "— Mara K. Velden (@MaraVelden) March 3, 2031\n\n"
        "Port officials did not comment.\n",
        folder=tmp_path,
    )
    post = [view for view in views_of(corpus) if view.quote]
    assert [(view.speaker, view.text) for view in post] == [
        ("Mara Velden", "Proud to open the Tarn ferry line today. Forty crossings a day, starting in May.")]


def test_a_post_signed_by_someone_outside_the_cast_is_nobodys_view(tmp_path):
    corpus = corpus_of(
        "Governor Mara Velden announced the bridge deal on Sunday.\n\n"
        "Proud to open the Tarn ferry line today. Forty crossings a day, starting in May.\n\n"
        "— Port Watch (@portwatch) March 3, 2031\n",
        folder=tmp_path,
    )
    assert not [view for view in views_of(corpus) if view.quote]


def test_an_absolute_clause_with_a_participle_reports_its_subjects_view(tmp_path):
    corpus = corpus_of(
        "Ferry fares rose again in March, with Senator Dana Koval sharply warning the port board to "
        "“stop squeezing the island families,” prompting Mayor Ivo Brandt to reply, “We hear you.”\n",
        folder=tmp_path,
    )
    views = [(view.speaker, view.text) for view in views_of(corpus)]
    assert ("Dana Koval", "warning the port board to “stop squeezing the island families,”") in views
    assert not any(speaker == "Dana Koval" and "We hear you" in text for speaker, text in views)


def test_what_someone_described_as_quotes_their_word_and_not_the_subjects_speech(tmp_path):
    corpus = corpus_of(
        "The board chose what Judge Ilse Marrow described as a “measured” response to the leak, noting "
        "that the harbour had acted quickly.\n",
        folder=tmp_path,
    )
    assert [(view.speaker, view.quote, view.text) for view in views_of(corpus)] == [("Ilse Marrow", True, "measured")]


def test_which_someone_has_called_reports_their_words_at_the_sentence_end(tmp_path):
    corpus = corpus_of(
        "The ferry line reopens next spring, which Governor Pell Ostrander has called a gift to every island "
        "family.\n",
        folder=tmp_path,
    )
    [view] = views_of(corpus)
    assert (view.speaker, view.quote, view.text) == ("Pell Ostrander", False, "a gift to every island family")


@pytest.mark.parametrize("words, quote", [
    ("Joining the league puts wind in our sails", True),
    ("I think the league will grow", True),
    ("Joining the league puts wind in the club’s sails", False),
])
def test_first_person_words_framed_after_without_marks_are_a_quotation(tmp_path, words, quote):
    corpus = corpus_of(f"{words}, club chairman Oren Valdask wrote in a blog post.\n", folder=tmp_path)
    [view] = views_of(corpus)
    assert (view.speaker, view.quote, view.text) == ("Oren Valdask", quote, words)


def test_a_projection_in_an_absolute_clause_is_its_subjects_view(tmp_path):
    corpus = corpus_of(
        "Dock unions backed the plan on Tuesday after a long and heated meeting in the capital, with Premier Sefa "
        "Olund projecting a rise in winter shipping.\n\n"
        "Harbour traffic is projected to double by the end of the decade, the port authority said.\n",
        folder=tmp_path,
    )
    [view] = views_of(corpus)
    assert (view.speaker, view.quote, view.text) == ("Sefa Olund", False, "a rise in winter shipping")


def test_first_person_words_after_a_quotation_without_marks_go_on_with_it(tmp_path):
    corpus = corpus_of(
        "Joining the league puts wind in our sails, club chairman Oren Valdask wrote in a blog post. "
        "[W]e will play in bigger stadiums from next season. The league has twelve clubs.\n",
        folder=tmp_path,
    )
    assert [(view.speaker, view.quote, view.text) for view in views_of(corpus)] == [
        ("Oren Valdask", True, "Joining the league puts wind in our sails"),
        ("Oren Valdask", True, "[W]e will play in bigger stadiums from next season.")]


def test_first_person_words_after_a_quotation_with_marks_are_not_taken_as_its_continuation(tmp_path):
    corpus = corpus_of(
        "“Joining the league puts wind in our sails,” club chairman Oren Valdask wrote in a blog post. "
        "Our reporters could not confirm the league has twelve clubs.\n",
        folder=tmp_path,
    )
    assert [view.text for view in views_of(corpus)] == ["Joining the league puts wind in our sails"]


@pytest.mark.parametrize("participle, speaker", [("prompting", "Ivo Brandt"), ("urging", None)])
def test_a_quotation_answering_a_prompt_is_the_prompted_persons(tmp_path, participle, speaker):
    corpus = corpus_of(
        "Mayor Ivo Brandt opened the new quay on Monday.\n\n"
        f"The council published its harbour ruling on Friday, {participle} Brandt to reply, “Thank you all.”\n",
        folder=tmp_path,
    )
    assert [(view.speaker, view.text) for view in views_of(corpus) if view.quote] == \
        ([(speaker, "Thank you all.")] if speaker else [])


@pytest.mark.parametrize("adverb, speaker", [("pointedly ", "Ada Vorn"), ("", "Ada Vorn")])
def test_an_adverb_in_ly_may_stand_between_a_speaker_and_the_verb(tmp_path, adverb, speaker):
    corpus = corpus_of(f"Senator Ada Vorn {adverb}said that the funeral would be private.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [(speaker, "the funeral would be private")]


@pytest.mark.parametrize("words", ["which Governor Pell Ostrander called for in his budget speech last spring",
                                   "which Governor Pell Ostrander described in detail at the budget hearing"])
def test_which_someone_called_for_or_described_in_detail_is_no_view(tmp_path, words):
    corpus = corpus_of(f"The ferry line reopens next spring, {words}.\n", folder=tmp_path)
    assert views_of(corpus) == []


@pytest.mark.parametrize("sentence, text", [
    ("According to Mayor Lena Dovik, “the bridge will open in May.”", "the bridge will open in May."),
    ("According to Mayor Lena Dovik, the bridge is “a lifeline for the valley.”", "a lifeline for the valley."),
])
def test_a_quotation_in_a_sentence_opened_by_according_to_is_theirs(tmp_path, sentence, text):
    corpus = corpus_of(f"Tarn bridge\n\n{sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.quote, view.text) for view in views_of(corpus)] == [("Lena Dovik", True, text)]


@pytest.mark.parametrize("sentence", [
    "According to a spokesman for Mayor Lena Dovik, “the bridge will open in May.”",
    "“The bridge will open in May,” according to a spokesman for Mayor Lena Dovik.",
    "According to Mayor Lena Dovik’s office, “the bridge will open in May.”",
    "“The bridge will open in May,” an adviser to Mayor Lena Dovik said.",
])
def test_a_spokesman_or_office_of_someone_does_not_speak_as_them(tmp_path, sentence):
    corpus = corpus_of(f"Tarn bridge\n\n{sentence}\n", folder=tmp_path)
    assert views_of(corpus) == []


@pytest.mark.parametrize("sentence", [
    "Mayor Lena Dovik told the Tarn Herald in an interview on Monday: “The bridge will open in May.”",
    "“The bridge will open in May.” – Mayor Lena Dovik",
])
def test_a_quotation_after_an_interview_frame_or_signed_with_a_title_and_dash_is_theirs(tmp_path, sentence):
    corpus = corpus_of(f"Tarn bridge\n\n{sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.quote, view.text) for view in views_of(corpus)] == [
        ("Lena Dovik", True, "The bridge will open in May.")]


def test_remarks_from_someone_named_in_passing_report_their_view_and_leave_the_pronoun_to_the_subject(tmp_path):
    corpus = corpus_of(
        "Tarn bridge\n\n"
        "Despite pressure from the capital, including recent remarks from Trade Minister Ivo Brandt blaming the "
        "ferry fees for the port dispute, Mayor Lena Dovik said the fees were fair.\n\n"
        "“We will not raise them again,” she said.\n",
        folder=tmp_path,
    )
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Ivo Brandt", "blaming the ferry fees for the port dispute"), ("Lena Dovik", "the fees were fair"),
        ("Lena Dovik", "We will not raise them again")]


def test_a_quoted_choice_is_no_view_and_a_journalists_comment_is_no_part_of_one(tmp_path):
    corpus = corpus_of(
        "Dock strike ends\n\n"
        "Although she voted “yes,” crane operator Lina Strevik said the deal was “a bitter pill for the night shift.”\n\n"
        "In June, Harbour Minister Oskar Vell predicted that the port would soon build its own tugboats, "
        "a step analysts expect within a year.\n",
        folder=tmp_path,
    )
    views = views_of(corpus)
    assert [(v.speaker, v.text) for v in views] == [
        ("Lina Strevik", "a bitter pill for the night shift."),
        ("Oskar Vell", "the port would soon build its own tugboats"),
    ]


@pytest.mark.parametrize("text", [
    pytest.param(
        "Owner Tomas Verhoef took to the streets after the ruling to protest against the agency and its fines.\n",
        id="taking to the streets"),
    pytest.param(
        "The board heard one plea: protect Lena Ostrova and said nothing about the fund.\n",
        id="a colon before a name that is an object"),
    pytest.param(
        "The plan was shelved after a long and bitter debate in the harbour council last week, with Senator "
        "Dana Koval said to favour a smaller harbour fee.\n",
        id="an absolute clause without a participle"),
    pytest.param(
        "The ferry line reopens next spring, which Pell Ostrander’s aide has called a gift to every island "
        "family. The board chose what critics of Ilse Marrow described as a “timid” response.\n",
        id="what someone else's aide called"),
    pytest.param(
        "Senator Ada Vorn died on Monday.\n\nThe Vorn family said in a statement that the funeral would be private.\n",
        id="a family named after a person"),
    pytest.param(
        "Tarn bridge\n\nRemarks by Mayor Lena Dovik drawing criticism from the port board were published on Monday.\n",
        id="remarks by someone that drew criticism"),
    pytest.param(
        "Tarn bridge\n\n“The bridge will open in May.” – a spokesman for Mayor Lena Dovik\n",
        id="a quotation signed by someone's spokesman"),
])
def test_words_near_a_name_that_are_not_its_bearers_give_no_view(tmp_path, text):
    assert views_of(corpus_of(text, folder=tmp_path)) == []


DESCRIBED = ("Portuguese Finance Minister Ana Ruiz and the farm union met in the capital on Monday.\n\n"
             "For her part, Ruiz promised new credit lines for growers.\n\n")


@pytest.mark.parametrize("then", [
    "Regarding the harvest, the Portuguese official said the fund will allow for “faster payments to growers.”",
    "“The fund will allow for faster payments to growers,” the finance minister said.",
])
def test_a_description_of_a_post_stands_for_the_person_named_just_before_who_holds_it(tmp_path, then):
    [view] = views_of(corpus_of(DESCRIBED + then + "\n", folder=tmp_path))
    assert view.speaker == "Ana Ruiz" and "faster payments" in view.text


@pytest.mark.parametrize("country", ["New Zealand", "Sri Lankan"])
def test_a_description_whose_country_is_written_in_two_words_stands_for_its_holder(tmp_path, country):
    corpus = corpus_of(f"Growers\n\n{country} Finance Minister Ana Ruiz and the farm union met in the capital on Monday."
                       f"\n\nFor her part, Ruiz promised new credit lines for growers.\n\nThe {country} official said the "
                       "fund would allow for faster payments to growers.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)][-1] == (
        "Ana Ruiz", "the fund would allow for faster payments to growers")


@pytest.mark.parametrize("then", [
    "“The fund will allow for faster payments to growers,” the Algarve minister said.",
    "Regarding the harvest, the Socialist minister said the fund will allow for “faster payments to growers.”",
])
def test_a_description_with_a_word_of_no_country_still_stands_for_the_post_holder_named_before(tmp_path, then):
    [view] = views_of(corpus_of(DESCRIBED + then + "\n", folder=tmp_path))
    assert view.speaker == "Ana Ruiz" and "faster payments" in view.text


@pytest.mark.parametrize("then", [
    # another country; another post (the finance minister's words were once given to her); a noun
    # that names no post; a general noun without a country
    "Regarding the harvest, the Spanish official said the fund will allow for “faster payments to growers.”",
    "“The fund will allow for faster payments to growers,” the foreign minister said.",
    "“The fund will allow for faster payments to growers,” the statement said.",
    "Regarding the harvest, the official said the fund will allow for “faster payments to growers.”",
])
def test_a_description_that_does_not_fit_the_person_named_before_it_gives_no_view(tmp_path, then):
    views = views_of(corpus_of(DESCRIBED + then + "\n", folder=tmp_path))
    assert [view for view in views if "faster payments" in view.text] == []


@pytest.mark.parametrize("sentence", [
    "“We will keep the ferry running,” Mayor Ada Quill mentions in a letter to residents.",
    "Mayor Ada Quill thanked the crews by highlighting their long winter shifts: “We will keep the ferry running.”",
])
def test_mentions_and_highlighting_frame_a_quotation(tmp_path, sentence):
    [view] = views_of(corpus_of(f"Ferry service\n\n{sentence}\n", folder=tmp_path))
    assert view.speaker == "Ada Quill" and view.text.startswith("We will keep the ferry running")


def test_highlighting_what_someone_else_did_before_a_quotation_is_no_frame_of_the_speaker(tmp_path):
    sentence = ("Mayor Ada Quill thanked engineer Karl Verhoef for highlighting the risk: "
                "“The ferry will keep running.”")
    views = views_of(corpus_of(f"Ferry service\n\n{sentence}\n", folder=tmp_path))
    assert [view for view in views if view.speaker == "Ada Quill"] == []


@pytest.mark.parametrize("before, opening, speaker", [
    # the possessive of a phrase put before the pronoun is the pronoun's: whom it names after it is someone else
    ("Minister Clara Veiga spoke on Monday.", "Citing her talks with Senator Ivy Brandt last week, she said", "Clara Veiga"),
    ("Prime Minister Jonas Berg spoke on Monday.", "Pointing to his own record against Mayor Nils Odum, he said", "Jonas Berg"),
    # no possessive: the one the phrase names is the pronoun's person
    ("Prime Minister Jonas Berg spoke on Monday.", "After a call from Senator Ivo Brandt, he said", "Ivo Brandt"),
])
def test_a_pronoun_after_a_phrase_of_its_own_possessive_is_not_whom_the_phrase_names(tmp_path, before, opening, speaker):
    corpus = corpus_of(f"{before}\n\n{opening} the levy was fair.\n", folder=tmp_path)
    assert [v.speaker for v in views_of(corpus) if "levy" in v.text] == [speaker]


def test_a_quotation_set_off_by_two_apostrophes_is_a_view(tmp_path):
    corpus = corpus_of("Port deal\n\n''We will rebuild the quay before the winter storms,'' said Port Minister Karl Moen.\n",
                       folder=tmp_path)
    assert [(v.speaker, v.quote, v.text) for v in views_of(corpus)] == \
        [("Karl Moen", True, "We will rebuild the quay before the winter storms")]


@pytest.mark.parametrize("sentence, views", [
    ("According to Osgood’s calculations, the losses of the tenants may leave the landlord owing 40 million crowns.",
     [("Pernilla Osgood", "the losses of the tenants may leave the landlord owing 40 million crowns")]),
    ("According to Osgood’s office, the losses of the tenants may leave the landlord owing 40 million crowns.", []),
])
def test_according_to_someones_own_calculations_is_their_view_but_their_office_is_not(tmp_path, sentence, views):
    corpus = corpus_of(f"Rent case\n\nJudge Pernilla Osgood heard the case in Vellmar on Monday. {sentence}\n",
                       folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == views


@pytest.mark.parametrize("verb", ["has announced that", "said"])
def test_a_subject_with_an_appositive_no_comma_closes_reports_a_view(tmp_path, verb):
    corpus = corpus_of(f"Ferry deal\n\nTovan Reyes, the governor of Marwick {verb} the province is cancelling the "
                       "contracts it signed with the builder.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Tovan Reyes", "the province is cancelling the contracts it signed with the builder")]


@pytest.mark.parametrize("appositive", ["state MWU general secretary", "district union secretary"])
def test_an_appositive_opening_with_a_word_that_is_also_a_verb_of_saying_is_still_the_role(tmp_path, appositive):
    corpus = corpus_of(f"Mill strike\n\nSpeaking to reporters, Tovan Reyes, {appositive}, said the ministers urged the "
                       "firm to reply in writing.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Tovan Reyes", "the ministers urged the firm to reply in writing")]


def test_a_long_phrase_of_when_and_where_between_a_verb_and_that_is_no_part_of_the_view(tmp_path):
    corpus = corpus_of("Mill strike\n\nUnion chief Tovan Reyes said after a long night of talks with two ministers in the Tarrow "
                       "town hall that the talks had gone well.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Tovan Reyes", "the talks had gone well")]


@pytest.mark.parametrize("opening", ["newly installed", "recently appointed", "outgoing"])
def test_a_subject_whose_role_opens_with_a_participle_reports_a_view(tmp_path, opening):
    corpus = corpus_of(f"Rail delays\n\nAfter a reshuffle last year, {opening} Dorrow Rail CEO Amira Solvik apologised "
                       "for the delays and vowed to pay back every stranded passenger.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Amira Solvik", "apologised for the delays and vowed to pay back every stranded passenger")]


def test_a_line_opening_with_a_persons_name_and_a_colon_gives_their_words(tmp_path):
    corpus = corpus_of("Ferries\n\nTransport minister Harbin Quell spoke in Dorrow on Tuesday.\n\n"
                       "Quell: twelve new ferries will join the fleet before the summer\n\n"
                       "Quell: We will have the old ferries back by May.\n\n"
                       "Dorrow: the harbour reopens on Friday.\n", folder=tmp_path)
    assert [(view.speaker, view.quote, view.text) for view in views_of(corpus)] == [
        ("Harbin Quell", False, "twelve new ferries will join the fleet before the summer"),
        ("Harbin Quell", True, "We will have the old ferries back by May")]


def test_a_short_paragraph_signed_on_the_next_line_with_a_name_and_title_is_their_quotation(tmp_path):
    corpus = corpus_of(
        "Ferry strike\n\nThe strike at the Dorrow yards entered its third week. Union secretary Harbin Quell spoke "
        "at the gates.\n\nThe crews deserve better than another winter of broken promises.\n\n"
        "Harbin Quell, Dockers Union Secretary\n\nA long dispute\n\nThe yards have been idle since May.\n\n"
        "Harbin Quell, Dockers Union Secretary\n", folder=tmp_path)
    assert [(view.speaker, view.quote, view.text) for view in views_of(corpus)] == [
        ("Harbin Quell", True, "The crews deserve better than another winter of broken promises.")]


@pytest.mark.parametrize("frame", ["Later Brandt said of Lina Feld:", "That evening, he spoke about Feld:"])
def test_a_quotation_framed_by_saying_of_someone_is_the_speakers(tmp_path, frame):
    corpus = corpus_of("Harbour row\n\nHarbour chief Lina Feld resigned last week. Mayor Oskar Brandt spoke on Monday. "
                       f"{frame} “She should resign and let the board decide.”\n", folder=tmp_path)
    assert [(view.speaker, view.quote, view.text) for view in views_of(corpus)] == [
        ("Oskar Brandt", True, "She should resign and let the board decide.")]


@pytest.mark.parametrize("whom", ["talk show host Anton Pelle (on air, late on Sunday)", "radio host Anton Pelle",
                                  "the Harbour Gazette (in an interview)"])
def test_told_a_host_by_name_or_an_outlet_with_an_aside_reports_the_words_after(tmp_path, whom):
    corpus = corpus_of(f"Port traffic\n\nPort Authority Vice Chairman Walid Osterberg told {whom} that traffic is "
                       "likely to pass 500 ships a year.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Walid Osterberg", "traffic is likely to pass 500 ships a year")]


def test_a_later_clause_whose_subject_replies_frames_the_quotation_and_ends_the_first_view(tmp_path):
    corpus = corpus_of("Harbour sale\n\nMayor Oskar Brandt said he offered to buy the harbour, and harbour chief Lina "
                       "Feld replied: “We would weigh that offer with care.”\n", folder=tmp_path)
    assert [(view.speaker, view.quote, view.text) for view in views_of(corpus)] == [
        ("Oskar Brandt", False, "he offered to buy the harbour"),
        ("Lina Feld", True, "We would weigh that offer with care.")]


@pytest.mark.parametrize("clause", ["with Judge Ostrova agreeing with the mill that",
                                    "Judge Ostrova agreeing that"])
def test_an_absolute_clause_of_someone_agreeing_that_reports_their_view(tmp_path, clause):
    corpus = corpus_of("Mill case\n\nJudge Mira Ostrova heard the case. The payout will be capped at a year of wages, "
                       f"{clause} the mill hands would have been let go by the spring.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Mira Ostrova", "the mill hands would have been let go by the spring")]


@pytest.mark.parametrize("sentence, view", [
    ("The plan, backed by the council, was described by Brandt as “the last hope” for the harbour.",
     (True, "the last hope")),
    ("The toll has been dismissed by Brandt as a tax on the poor that the town cannot afford.",
     (False, "a tax on the poor that the town cannot afford")),
])
def test_what_a_thing_was_described_by_someone_as_is_their_view(tmp_path, sentence, view):
    corpus = corpus_of(f"Harbour plan\n\nPrime Minister Oskar Brandt of Velmora spoke on Monday. {sentence}\n",
                       folder=tmp_path)
    assert [(v.speaker, v.quote, v.text) for v in views_of(corpus)] == [("Oskar Brandt", *view)]


@pytest.mark.parametrize("who", ["Sir Oskar", "Finance Minister Oskar Brandt"])
def test_a_relative_clause_whose_subject_has_a_title_or_honorific_reports_their_view(tmp_path, who):
    corpus = corpus_of("Bridge toll\n\nSir Oskar Brandt spoke on Monday. The town will build a bridge, which "
                       f"{who} said would cost ten million crowns over a decade.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Oskar Brandt", "would cost ten million crowns over a decade")]


def test_a_description_after_an_opening_clause_that_names_others_is_the_one_it_fits(tmp_path):
    corpus = corpus_of("Harbour row\n\nMayor Oskar Brandt met harbour chief Lina Feld on Monday. Despite Brandt’s "
                       "earlier doubts about Feld and her ties to the shipyard, the mayor noted that the harbour "
                       "would stay open all winter.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Oskar Brandt", "the harbour would stay open all winter")]


def test_two_quoted_pieces_joined_by_and_are_one_quotation(tmp_path):
    corpus = corpus_of("Harbour row\n\nMayor Oskar Brandt said he “trusted the crews” and “would back them to the "
                       "end.”\n", folder=tmp_path)
    assert [(view.speaker, view.quote, view.text) for view in views_of(corpus)] == [
        ("Oskar Brandt", True, "trusted the crews … would back them to the end.")]


@pytest.mark.parametrize("whom", ["parliament on Tuesday", "the Velm Herald"])
def test_words_framed_after_by_told_and_whom_are_the_speakers(tmp_path, whom):
    corpus = corpus_of("Budget\n\nFinance Minister Oskar Brandt spoke on Monday. The budget will be balanced by next "
                       f"spring, Brandt told {whom}.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Oskar Brandt", "The budget will be balanced by next spring")]


@pytest.mark.parametrize("aside", ["(R-Velm)", "(Labour)"])
def test_a_short_aside_in_brackets_after_the_subject_keeps_its_view(tmp_path, aside):
    corpus = corpus_of(f"Budget\n\nSenator Lina Feld {aside} argued that the budget would be balanced by next spring.\n",
                       folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Lina Feld", "the budget would be balanced by next spring")]


@pytest.mark.parametrize("verb", ["is optimistic that", "was adamant that", "made clear that", "made it clear"])
def test_a_stated_certainty_reports_the_clause_after_it(tmp_path, verb):
    corpus = corpus_of(f"Budget\n\nFinance Minister Oskar Brandt spoke on Monday. Brandt {verb} the budget would be "
                       "balanced by next spring.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Oskar Brandt", "the budget would be balanced by next spring")]


@pytest.mark.parametrize("sentence, views", [
    ("The budget will be balanced by next spring, according to a statement from Brandt.",
     [("Oskar Brandt", "The budget will be balanced by next spring")]),
    ("According to a letter by Finance Minister Oskar Brandt, the budget will be balanced by next spring.",
     [("Oskar Brandt", "the budget will be balanced by next spring")]),
    ("According to a spokesman for Brandt, the budget will be balanced by next spring.", []),
])
def test_according_to_a_statement_from_someone_is_their_view(tmp_path, sentence, views):
    corpus = corpus_of(f"Budget\n\nFinance Minister Oskar Brandt spoke on Monday. {sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == views


def test_a_pronoun_after_a_sentence_opened_by_his_talks_with_someone_is_not_that_someone(tmp_path):
    corpus = corpus_of("Port levy\n\nMayor Oskar Brandt spoke on Monday. Citing his talks with harbour chief Lina Feld "
                       "last week, he said the town will impose a levy. “Every ship that docks here owes the town,” he "
                       "said.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Oskar Brandt", "the town will impose a levy"), ("Oskar Brandt", "Every ship that docks here owes the town")]


def test_a_frame_set_inside_the_words_it_reports_keeps_the_whole_sentence(tmp_path):
    corpus = corpus_of("Budget\n\nFinance Minister Oskar Brandt spoke on Monday. The budget, Brandt said, will be "
                       "balanced by next spring.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Oskar Brandt", "The budget, Brandt said, will be balanced by next spring")]


@pytest.mark.parametrize("tail", ["in a speech to the chamber", "on Monday"])
def test_an_adverbial_set_off_after_a_closing_frame_is_no_view(tmp_path, tail):
    corpus = corpus_of("Budget\n\nFinance Minister Oskar Brandt spoke on Monday. The budget will be balanced by next "
                       f"spring, Brandt said, {tail}.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Oskar Brandt", "The budget will be balanced by next spring")]


def test_a_relative_clause_about_whom_someone_told_is_not_what_they_told(tmp_path):
    corpus = corpus_of("Budget\n\nFinance Minister Oskar Brandt spoke on Monday. Brandt told the crowd that gathered "
                       "in the square in the rain about his plans for the budget.\n", folder=tmp_path)
    assert views_of(corpus) == []


def test_a_quotation_split_by_a_frame_with_an_adverbial_is_one_quotation(tmp_path):
    corpus = corpus_of("Budget\n\nFinance Minister Oskar Brandt spoke on Monday. “We will balance the budget,” Brandt "
                       "wrote in a letter to the chamber, “and we will do it without new taxes.”\n", folder=tmp_path)
    assert [(view.speaker, view.quote, view.text) for view in views_of(corpus)] == [
        ("Oskar Brandt", True, "We will balance the budget … and we will do it without new taxes.")]


@pytest.mark.parametrize("line", ["Brandt: ‘We will not sell the harbour to anyone’",
                                  "Brandt: “We will not sell the harbour to anyone”"])
def test_a_quotation_after_a_name_and_a_colon_is_theirs(tmp_path, line):
    corpus = corpus_of(f"Harbour\n\n{line}\n\nFinance Minister Oskar Brandt spoke on Monday in Velm.\n", folder=tmp_path)
    assert [(view.speaker, view.quote, view.text) for view in views_of(corpus)] == [
        ("Oskar Brandt", True, "We will not sell the harbour to anyone")]


@pytest.mark.parametrize("sentence, views", [
    ("In her ruling, Ostrova issued a blunt warning to the mill and the guild to settle quickly.",
     [("Mira Ostrova", "issued a blunt warning to the mill and the guild to settle quickly")]),
    ("Ostrova issued a statement on the matter to both sides of the case on Monday.", []),
])
def test_issuing_a_warning_is_a_stance_but_issuing_a_statement_is_not(tmp_path, sentence, views):
    corpus = corpus_of(f"Mill case\n\nJudge Mira Ostrova heard the case. {sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == views


@pytest.mark.parametrize("sentence, text", [
    ("Brandt also mentioned the transfer of 11 billion crowns in deposits into direct stakes.",
     "mentioned the transfer of 11 billion crowns in deposits into direct stakes"),
    ("Brandt pointed to the rising cost of fuel as the main threat to the budget.",
     "pointed to the rising cost of fuel as the main threat to the budget"),
])
def test_what_someone_mentioned_or_pointed_to_at_length_is_their_stance(tmp_path, sentence, text):
    corpus = corpus_of(f"Budget\n\nFinance Minister Oskar Brandt spoke on Monday. {sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Oskar Brandt", text)]


@pytest.mark.parametrize("sentence, text", [
    ("Ostrova found claims for lost wages would reach some 85 million crowns.",
     "claims for lost wages would reach some 85 million crowns"),
    ("Ostrova found that the mill had broken the law.", "the mill had broken the law"),
    ("Ostrova warned costs could rise sharply next year.", "costs could rise sharply next year"),
])
def test_a_finding_or_a_clause_with_a_plural_subject_and_no_that_is_the_view(tmp_path, sentence, text):
    corpus = corpus_of(f"Mill case\n\nJudge Mira Ostrova heard the case. {sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Mira Ostrova", text)]


@pytest.mark.parametrize("clause", ["but for Ostrova agreeing that", "despite Ostrova insisting that"])
def test_a_person_and_a_reporting_participle_after_for_or_despite_report_a_view(tmp_path, clause):
    corpus = corpus_of(f"Mill case\n\nJudge Mira Ostrova heard the case. The payout would have been larger {clause} the "
                       "mill hands would have been let go within a year anyway.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Mira Ostrova", "the mill hands would have been let go within a year anyway")]


@pytest.mark.parametrize("sentence, views", [
    ("In a statement, Brandt apologized to the stranded passengers.",
     [("Oskar Brandt", "apologized to the stranded passengers")]),
    ("In a statement, Brandt welcomed the stranded passengers.", []),
])
def test_a_short_apology_is_a_view_though_other_short_stances_are_not(tmp_path, sentence, views):
    corpus = corpus_of(f"Ferries\n\nFinance Minister Oskar Brandt spoke on Monday. {sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == views


def test_going_on_to_say_reports_a_view(tmp_path):
    corpus = corpus_of("Budget\n\nFinance Minister Oskar Brandt spoke on Monday. He went on to say that the budget was "
                       "sound and revenue had risen.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Oskar Brandt", "the budget was sound and revenue had risen")]


def test_a_paragraph_of_several_sentences_above_a_name_and_title_line_is_not_signed_by_it(tmp_path):
    corpus = corpus_of(
        "Ferry strike\n\nThe strike at the Dorrow yards entered its third week. Union secretary Harbin Quell spoke "
        "at the gates.\n\nThe yards have been idle since May. No talks are planned.\n\n"
        "Harbin Quell, Dockers Union Secretary\n\nA long dispute\n\nThe crews wait.\n", folder=tmp_path)
    assert views_of(corpus) == []


@pytest.mark.parametrize("sentence", [
    "Dockers Union leader Harbin Quell told members the strike would go on until May.",
    "Harbin Quell, whose union represents 40,000 dockers, said the strike would go on until May.",
])
def test_told_members_or_an_appositive_with_a_large_number_still_reports_a_view(tmp_path, sentence):
    corpus = corpus_of(f"Dock strike\n\nDockers Union leader Harbin Quell spoke on Monday. {sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Harbin Quell", "the strike would go on until May")]


@pytest.mark.parametrize("sentence, text", [
    ("The budget, said Brandt, will be balanced by next spring.", "The budget, said Brandt, will be balanced by next spring"),
    ("The budget will be balanced by next spring, said Brandt, the minister.", "The budget will be balanced by next spring"),
])
def test_an_inverted_frame_inside_the_words_keeps_the_sentence_but_one_closed_by_an_appositive_does_not(
        tmp_path, sentence, text):
    corpus = corpus_of(f"Budget\n\nFinance Minister Oskar Brandt spoke on Monday. {sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Oskar Brandt", text)]


def test_a_participle_after_before_reports_the_speakers_next_words(tmp_path):
    corpus = corpus_of("Harbour\n\nMayor Oskar Brandt spoke on Monday. “We asked for a tenth,” Brandt said at a briefing "
                       "before saying that harbour chief Lina Feld accepted the offer.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Oskar Brandt", "We asked for a tenth"), ("Oskar Brandt", "harbour chief Lina Feld accepted the offer")]


@pytest.mark.parametrize("sentence, text", [
    ("The grant is a win for the cabinet before President-elect Karl Moen – who has condemned the ferry levy since "
     "spring – opens the new line.", "has condemned the ferry levy since spring"),
    ("Remarks from the port board and from Karl Moen, who previously opposed the ferry levy for the islands, were "
     "read out.", "previously opposed the ferry levy for the islands"),
    ("The budget, drafted by Karl Moen (who has called for lower harbour fees for small boats), passed on Monday.",
     "has called for lower harbour fees for small boats"),
])
def test_a_relative_clause_after_a_name_gives_that_person_its_stance(tmp_path, sentence, text):
    corpus = corpus_of(f"Velmora ferry grant\n\nTransport Minister Karl Moen spoke on Monday.\n\n{sentence}\n",
                       folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Karl Moen", text)]


def test_a_relative_clause_that_takes_no_stance_is_no_view(tmp_path):
    corpus = corpus_of("Velmora ferry grant\n\nTransport Minister Karl Moen, who arrived at the harbour on Monday "
                       "with the port board, opened the new ferry terminal.\n", folder=tmp_path)
    assert views_of(corpus) == []


def test_a_person_who_shares_the_subject_with_unnamed_others_holds_the_stance(tmp_path):
    corpus = corpus_of("Velmora ferry grant\n\nTransport Minister Karl Moen and some regional senators have "
                       "voiced doubts over the ferry grant, but the cabinet has approved it.\n",
                       folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "have voiced doubts over the ferry grant")]


def test_a_stance_participle_after_by_is_the_subjects_view(tmp_path):
    corpus = corpus_of("Velmora ferry grant\n\nTransport Minister Karl Moen won the crews over by voicing "
                       "hope for a calmer winter season on the northern ferry routes.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "voicing hope for a calmer winter season on the northern ferry routes")]


@pytest.mark.parametrize("frame", ["welcomed Karl Moen", "Karl Moen stressed"])
def test_a_stance_verb_of_one_word_frames_a_quotation_as_a_reporting_verb_does(tmp_path, frame):
    corpus = corpus_of(f"Velmora ferry grant\n\n“We are raising the ties between the towns to a new level,” {frame}, "
                       "“from trade to ferries.”\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "We are raising the ties between the towns to a new level … from trade to ferries.")]


@pytest.mark.parametrize("sentence, text", [
    ("The ferry plan will fail within a year, said the transport minister, Karl Moen.",
     "The ferry plan will fail within a year"),
    ("The ferry plan will fail after “long, hard talks” with the towns, said Karl Moen.",
     "The ferry plan will fail after “long, hard talks” with the towns"),
    ("The ferry plan “will fail,” said Karl Moen.", "will fail"),  # the quotation is the view
])
def test_an_inverted_frame_may_set_its_title_off_and_the_words_before_it_may_quote_a_phrase(tmp_path, sentence, text):
    corpus = corpus_of(f"Velmora ferry grant\n\n{sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Karl Moen", text)]


def test_an_inverted_frame_with_a_title_set_off_needs_the_title_to_describe_a_post(tmp_path):
    corpus = corpus_of("Velmora ferry grant\n\nThe ferry plan will fail within a year, said many in Velm, Karl Moen "
                       "among them.\n", folder=tmp_path)
    assert views_of(corpus) == []


@pytest.mark.parametrize("verb", ["spoke about", "spoke of"])
def test_speaking_about_a_thing_frames_the_quotation_that_follows(tmp_path, verb):
    corpus = corpus_of(f"Velmora ferry grant\n\nKarl Moen also {verb} the harbour plan for the islands, “which is "
                       "being built and costs 5 million crowns.”\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "which is being built and costs 5 million crowns.")]


def test_using_an_occasion_to_make_a_plea_is_a_stance(tmp_path):
    corpus = corpus_of("Velmora ferry grant\n\nTransport Minister Karl Moen visited the port on Monday.\n\nHe used "
                       "his speech to repeat an appeal for calm on the islands and for fuel aid to the fishing fleet.\n",
                       folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "repeat an appeal for calm on the islands and for fuel aid to the fishing fleet")]


@pytest.mark.parametrize("opening", ["He spoke to the crews", "The transport minister spoke to the crews"])
def test_a_quotation_without_a_frame_after_a_sentence_whose_subject_stands_for_one_person_is_theirs(
        tmp_path, opening):
    corpus = corpus_of(f"Velmora ferry grant\n\nTransport Minister Karl Moen visited the port on Monday.\n\n{opening} "
                       "at the harbour. “We are all extremely worried about the storm and the fleet.”\n",
                       folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "We are all extremely worried about the storm and the fleet.")]


@pytest.mark.parametrize("report, speaker_view", [
    # another person named within the view reported
    ("Harbour chief Karl Moen said Premier Ana Ruiz’s move to close the port showed her resolve.",
     "Premier Ana Ruiz’s move to close the port showed her resolve"),
    # the view reported with a pronoun frame after it
    ("Harbour chief Karl Moen spoke first.\n\nThe port had hurt the town for years, he said.",
     "The port had hurt the town for years"),
])
def test_a_quotation_without_a_frame_after_a_paragraph_reporting_one_persons_view_is_theirs(tmp_path, report,
                                                                                              speaker_view):
    corpus = corpus_of(f"Velmora ferry grant\n\n{report}\n\n“We are happy the premier has listened to the town.”\n",
                       folder=tmp_path)
    views = [(view.speaker, view.text) for view in views_of(corpus)]
    assert views[-1] == ("Karl Moen", "We are happy the premier has listened to the town.")
    assert ("Karl Moen", speaker_view) in views


def test_a_quotation_without_a_frame_after_a_paragraph_reporting_two_speakers_is_nobodys(tmp_path):
    corpus = corpus_of("Velmora ferry grant\n\nHarbour chief Karl Moen said the port must close, while Premier Ana "
                       "Ruiz said it must stay open.\n\n“We are happy the premier has listened to the town.”\n",
                       folder=tmp_path)
    assert all("happy" not in view.text for view in views_of(corpus))


@pytest.mark.parametrize("frame", ["In a televised message on Sunday, Karl Moen proclaimed:",
                                   "Karl Moen said in a statement on Friday:", "Karl Moen told reporters:"])
def test_a_paragraph_without_marks_under_a_frame_ending_in_a_colon_is_the_speakers_block_quotation(tmp_path, frame):
    corpus = corpus_of(f"Velmora ferry grant\n\n{frame}\n\nNever before has the fleet had a budget of "
                       "its own. It was long overdue.\n\nNot everyone agrees.\n", folder=tmp_path)
    assert [(view.speaker, view.quote, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", True, "Never before has the fleet had a budget of its own. It was long overdue.")]


@pytest.mark.parametrize("frame, block", [
    # the frame ends with the speaker's own words, not the verb's occasion
    ("Karl Moen said the plan has three parts:", "The fares fall and the fleet grows."),
    # the block names someone else
    ("Karl Moen wrote in a note:", "The fares fall, Ana Ruiz has promised the fleet."),
    # a list the reporter sets out
    ("The plan has three parts:", "The fares fall and the fleet grows."),
])
def test_a_paragraph_under_a_colon_of_the_speakers_own_words_or_naming_another_is_no_block_quotation(tmp_path, frame,
                                                                                                      block):
    corpus = corpus_of(f"Velmora ferry grant\n\nHarbour chief Karl Moen met the crews.\n\n{frame}\n\n{block}\n",
                       folder=tmp_path)
    assert all(view.text != block.rstrip(".") and view.text != block for view in views_of(corpus))


def test_a_second_verb_of_the_subject_after_a_quoted_phrase_reports_its_own_view(tmp_path):
    corpus = corpus_of("Velmora ferry grant\n\nKarl Moen has previously labelled the board an “enemy of the port” and "
                       "suggested that the port chair should face a vote of the board.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "enemy of the port"), ("Karl Moen", "the port chair should face a vote of the board")]


def test_a_second_verb_inside_a_quotation_is_part_of_it(tmp_path):
    corpus = corpus_of("Velmora ferry grant\n\nKarl Moen said “we met the board and said that the fares must fall” "
                       "on Monday.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "we met the board and said that the fares must fall")]


@pytest.mark.parametrize("before, text", [
    ("We have had a bitter winter at the port.",
     "We have had a bitter winter at the port. The delays were mine to fix and I owe every crew an apology"),
    ("The port will reopen on Monday.", "The delays were mine to fix and I owe every crew an apology"),
])
def test_unquoted_words_in_the_first_person_framed_after_begin_with_the_sentence_before_that_speaks_so_too(
        tmp_path, before, text):
    corpus = corpus_of(f"Velmora ferry grant\n\n{before} The delays were mine to fix and I owe every crew an apology, "
                       "harbour chief Karl Moen said in a statement.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Karl Moen", text)]


@pytest.mark.parametrize("opening", ["In a note to the exchange", "In a letter to the board on Monday",
                                     "Speaking to the crews at the harbour"])
def test_a_phrase_of_the_occasion_without_a_comma_leaves_the_subject_its_view(tmp_path, opening):
    corpus = corpus_of(f"Velmora ferry bid\n\nKarl Moen runs the ferry firm.\n\n{opening} Mr Moen said the firm "
                       "stood by its offer for the rival operator.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "the firm stood by its offer for the rival operator")]


def test_a_programme_named_in_the_frame_after_the_words_is_no_quotation_of_theirs(tmp_path):
    corpus = corpus_of("Velmora ferry bid\n\nKarl Moen runs the ferry firm.\n\nSelling the ferries was never the aim "
                       "once the firm broke up, Moen said in a talk this week on Radio Nine’s "
                       "“Harbour Hour.” He said the rival had started the talks.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "Selling the ferries was never the aim once the firm broke up"),
        ("Karl Moen", "the rival had started the talks")]


def test_a_second_remark_set_against_the_first_with_but_after_the_frame_is_the_speakers_too(tmp_path):
    corpus = corpus_of("Velmora ferry bid\n\n“The islands are rightly disappointed that the board did not do more,” "
                       "said Ana Velsk, the president of the Harbour Trust (HT), a research charity, but “this "
                       "pact gets the islands moving.”\n", folder=tmp_path)
    [view] = views_of(corpus)
    assert view.speaker == "Ana Velsk"
    assert view.text.startswith("The islands are rightly disappointed")
    assert view.text.endswith("this pact gets the islands moving.")


def test_a_relative_clause_that_reports_gives_its_own_view_beside_the_sentences(tmp_path):
    corpus = corpus_of("Velmora rail cut\n\nTarrow mayor Karl Moen spoke on Monday.\n\nMoen, who claimed the region "
                       "was owed more care, also asked: “Will this state ever mend its trains at all?”\n",
                       folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "the region was owed more care"),
        ("Karl Moen", "Will this state ever mend its trains at all?")]


@pytest.mark.parametrize("sentence", [
    "The court removed President Tovan Reyes from office on Friday, citing his decree as a grave breach of the law.",
    "The delegation met President Tovan Reyes on Friday, saying the talks would go on next week in the capital.",
])
def test_a_person_named_after_a_verb_before_their_title_is_its_object_not_the_speaker(tmp_path, sentence):
    corpus = corpus_of(f"Court ruling\n\nPresident Tovan Reyes spoke on Thursday.\n\n{sentence}\n", folder=tmp_path)
    assert views_of(corpus) == []


@pytest.mark.parametrize("sentence", [
    "Mr. Reyes shocked the nation on Monday night by declaring martial law, which was lifted within a day.",
    "Mr. Reyes declared a state of emergency on Tuesday, which lasted a week.",
])
def test_a_state_declared_is_an_act_and_no_view(tmp_path, sentence):
    corpus = corpus_of(f"Court ruling\n\nPresident Tovan Reyes spoke on Thursday.\n\n{sentence}\n", folder=tmp_path)
    assert views_of(corpus) == []


def test_a_thing_declared_to_be_something_is_a_view(tmp_path):
    corpus = corpus_of("Court ruling\n\nPresident Tovan Reyes spoke on Thursday.\n\nMr. Reyes declared the deal a "
                       "decisive victory for the region and its people.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Tovan Reyes", "the deal a decisive victory for the region and its people")]


def test_a_relative_clause_that_reports_a_clause_holding_a_quotation_gives_the_clause(tmp_path):
    corpus = corpus_of("Velmora rail cut\n\nThe cut was backed by Tarrow mayor Karl Moen, who noted the region's absence "
                       "meant it had “only a small part” in the new timetable.\n", folder=tmp_path)
    assert [(view.speaker, view.text, view.quote) for view in views_of(corpus)] == [
        ("Karl Moen", "the region's absence meant it had “only a small part” in the new timetable", False)]


@pytest.mark.parametrize("sentence, text", [
    ("Tarrow mayor Karl Moen warned the rail board on Monday not to “cut a single train more.”",
     "warned the rail board on Monday not to “cut a single train more.”"),
    ("The cut drew fire from Tarrow mayor Karl Moen, who warned the board on Monday to avoid cutting the night trains.",
     "warned the board on Monday to avoid cutting the night trains"),
    ("Tarrow mayor Karl Moen warned the rail board that the cut would cost the region dearly.",
     "the cut would cost the region dearly"),
])
def test_a_warning_to_hearers_to_do_a_thing_keeps_its_verb(tmp_path, sentence, text):
    corpus = corpus_of(f"Velmora rail cut\n\n{sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Karl Moen", text)]


def test_a_sentence_opening_with_adding_that_reports_the_subjects_view_before_the_quotation(tmp_path):
    corpus = corpus_of("Velmora rail cut\n\nTarrow mayor Karl Moen spoke on Monday.\n\nAdding that the new plans do "
                       "not fix the lack of seats on the trains, Mr Moen said: “This region deserves more respect.”\n",
                       folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "the new plans do not fix the lack of seats on the trains"),
        ("Karl Moen", "This region deserves more respect.")]


@pytest.mark.parametrize("sentence", [
    "Moen last week said the line would reopen in May.", "Moen earlier this month warned that the line would reopen in May.",
    "Moen gave the council assurances that the line would reopen in May.",
    "Moen yesterday issued a stark warning that the line would reopen in May.",
    "Moen made a promise that the line would reopen in May."])
def test_a_time_between_subject_and_verb_or_a_word_of_saying_given_frames_a_reported_view(tmp_path, sentence):
    corpus = corpus_of(f"Velmora rail cut\n\nTarrow mayor Karl Moen spoke on Monday.\n\n{sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Karl Moen", "the line would reopen in May")]


def test_a_post_a_persons_possessive_opens_the_subject_with_is_the_one_person_holding_it(tmp_path):
    corpus = corpus_of("Velmora rail cut\n\nMONTVALE, Velmora (AP) — Velmoran President Ana Ruiz’s transport minister "
                       "declared on Sunday that the line would reopen in May.\n\nTransport Minister Karl Moen also "
                       "spoke.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Karl Moen", "the line would reopen in May")]


@pytest.mark.parametrize("post, others", [
    # a post of a head noun alone
    ("spokesman", "Spokesman Karl Moen also spoke."),
    # two people hold it
    ("transport minister", "Transport Minister Karl Moen met Transport Minister Ivo Lund of Ostland."),
])
def test_a_post_after_a_persons_possessive_that_one_person_does_not_plainly_hold_names_no_speaker(tmp_path, post,
                                                                                                 others):
    corpus = corpus_of(f"Velmora rail cut\n\nPresident Ana Ruiz’s {post} declared on Sunday that the line would "
                       f"reopen in May.\n\n{others}\n", folder=tmp_path)
    assert views_of(corpus) == []


def test_a_stance_that_a_reporting_verb_reiterates_is_the_view_as_the_verb_gives_it(tmp_path):
    corpus = corpus_of("Velmora rail cut\n\nParty leader Karl Moen spoke on Monday.\n\nHe also reiterated his group’s "
                       "stance that it would not back the levy.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "his group’s stance that it would not back the levy")]


@pytest.mark.parametrize("sentence", [
    "The Greens backed the bill after Moen said that the fund would go to the coast.",
    "Shares fell when Moen warned that the fund would go to the coast.",
    "The Blues held out until Moen last month gave the council assurances that the fund would go to the coast.",
])
def test_a_speaker_who_opens_a_clause_after_until_or_when_reports_a_view(tmp_path, sentence):
    corpus = corpus_of(f"Velmora fund\n\nParty leader Karl Moen spoke on Monday.\n\n{sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Karl Moen", "the fund would go to the coast")]


@pytest.mark.parametrize("sentence, text", [
    ("Moen, the guild’s lead negotiator, called the deal a “fair and decent answer” to the glut of ships.",
     "called the deal a “fair and decent answer” to the glut of ships"),
    ("Moen hailed the accord as a “harbour miracle.”", "hailed the accord as a “harbour miracle.”"),
    ("Moen called it a “proud morning for the harbour”.", "proud morning for the harbour"),
])
def test_a_quotation_that_names_what_a_thing_is_stays_with_the_thing_in_the_view(tmp_path, sentence, text):
    corpus = corpus_of(f"Velmora deal\n\nUnion chief Karl Moen spoke on Monday.\n\n{sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Karl Moen", text)]


@pytest.mark.parametrize("sentence, text", [
    ("As rents climb, Moen is pitching the levy as a way to bring fairness back to the young.",
     "pitching the levy as a way to bring fairness back to the young"),
    ("Moen cast himself as the one to “mend our harbour for good” before the poll.",
     "cast himself as the one to “mend our harbour for good” before the poll"),
    ("Moen was warning that the budget would fall short of the need.", "the budget would fall short of the need"),
    ("Moen cited harbour experts who believe the cuts could isolate the island towns.",
     "cited harbour experts who believe the cuts could isolate the island towns"),
])
def test_a_verb_of_casting_a_thing_as_another_and_a_verb_in_the_progressive_report_a_view(tmp_path, sentence, text):
    corpus = corpus_of(f"Velmora budget\n\nPrime Minister Karl Moen spoke on Monday.\n\n{sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Karl Moen", text)]


@pytest.mark.parametrize("frame", ["said on Monday", "told reporters May 2 on a visit"])
def test_words_framed_after_by_two_people_joined_by_and_are_each_ones_view(tmp_path, frame):
    corpus = corpus_of(f"Velmora meals\n\nThe money will be split over five years to feed more children, Prime "
                       f"Minister Karl Moen and Finance Minister Ana Ruiz {frame}.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "The money will be split over five years to feed more children"),
        ("Ana Ruiz", "The money will be split over five years to feed more children")]


def test_two_bodies_initials_joined_by_a_slash_are_no_photo_credit_cutting_a_view(tmp_path):
    corpus = corpus_of("Velmora rail cut\n\nParty secretary Ivo Lund made harsh criticisms and said that the VLP/ORS "
                       "bloc kept experts from being heard.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Ivo Lund", "the VLP/ORS bloc kept experts from being heard")]


@pytest.mark.parametrize("joint", ["but added:", "and then said", "and also stressed:"])
def test_a_second_quotation_after_but_added_goes_on_the_first(tmp_path, joint):
    corpus = corpus_of(f"Velmora rail cut\n\nTarrow mayor Karl Moen spoke on Monday.\n\n“We hear the worries,” he "
                       f"said, {joint} “We have, for a decade, felt safe.”\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "We hear the worries … We have, for a decade, felt safe.")]


@pytest.mark.parametrize("clause", ["which Moen said required", "that Moen says is"])
def test_a_quotation_a_relative_clause_leads_to_is_the_words_of_its_speaker(tmp_path, clause):
    corpus = corpus_of("Velmora rail cut\n\nTarrow mayor Karl Moen spoke on Monday.\n\nThe town faces a sharp "
                       f"change, {clause} “us to rebuild the line from scratch”.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "us to rebuild the line from scratch")]


def test_a_sentence_opening_with_acknowledging_that_gives_the_view_the_subjects_own_verb_reports(tmp_path):
    corpus = corpus_of("Velmora rail cut\n\nTarrow mayor Karl Moen spoke on Monday.\n\nConceding that the plans "
                       "drew doubt from many, Moen said the hour had come to mend the line at last.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "the hour had come to mend the line at last")]


@pytest.mark.parametrize("sentence, text", [
    ("Mayor Karl Moen has called out the minister for not asking local leaders.",
     "has called out the minister for not asking local leaders"),
    ("Karl Moen outlined his plan to put “every single penny” saved into small projects.",
     "outlined his plan to put “every single penny” saved into small projects"),
    ("A top harbour official, Karl Moen, has called upon the richer towns to raise their share.",
     "has called upon the richer towns to raise their share"),
    ("Harbour chief Karl Moen has implied the ferry firm was never really keen on the new route.",
     "has implied the ferry firm was never really keen on the new route"),
    ("Harbour chief Karl Moen instead pledged to “put every penny” saved into small projects.",
     "pledged to “put every penny” saved into small projects"),
])
def test_calling_someone_out_and_outlining_a_plan_are_stances(tmp_path, sentence, text):
    corpus = corpus_of(f"Velmora rail cut\n\n{sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Karl Moen", text)]


def test_a_former_post_as_the_subject_names_the_one_person_the_sentence_before_names(tmp_path):
    corpus = corpus_of("Velmora rail cut\n\nSpeaking at a press conference, Karl Moen said the plan would fail the "
                       "north.\n\nThe former Tarrow MP explained: “We have put our differences aside and worked hard "
                       "at it.\n\n“Why not settle this across all the parties?”\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "the plan would fail the north"),
        ("Karl Moen", "We have put our differences aside and worked hard at it."),
        ("Karl Moen", "Why not settle this across all the parties?")]


@pytest.mark.parametrize("sentence, text", [
    ("Karl Moen framed the grant as essential to running the ferries.",
     "framed the grant as essential to running the ferries"),
    ("Karl Moen set out the new ferry routes and confirmed he was going back on a pledge to the islands.",
     "he was going back on a pledge to the islands"),
    ("Karl Moen CBE said the fares were far too high for the islands.", "the fares were far too high for the islands"),
])
def test_framing_as_a_second_verb_that_reports_and_an_honour_after_the_name(tmp_path, sentence, text):
    corpus = corpus_of(f"Velmora ferry grant\n\n{sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Karl Moen", text)]


@pytest.mark.parametrize("sentence, text", [
    ("Karl Moen, head of the Harbour Campaign, acknowledged the funding gap but praised the support of many donors.",
     "acknowledged the funding gap but praised the support of many donors"),
    ("Karl Moen, Executive Director for the Baltics, Nordics, and Iberia at the Harbour Campaign, highlighted the "
     "historic meaning of holding the talks in Tarrow.", "highlighted the historic meaning of holding the talks in Tarrow"),
    ("Mr Karl Moen dropped the old arena from the plans, declaring the rowing races will be held on a new lake.",
     "the rowing races will be held on a new lake"),
    ("Mr Karl Moen dropped Ines Brandt’s pet arena from the plans, declaring the rowing races will be held on a "
     "new lake.", "the rowing races will be held on a new lake"),
    ("The cost was set by a review under former mayor Karl Moen, who recommended a new stadium at Tarrow Park in March.",
     "recommended a new stadium at Tarrow Park in March"),
])
def test_stances_and_reports_after_long_appositives_participles_and_relative_clauses(tmp_path, sentence, text):
    corpus = corpus_of(f"Velmora games plan\n\n{sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Karl Moen", text)]


def test_a_general_post_noun_names_the_person_before_when_it_stands_in_their_role(tmp_path):
    corpus = corpus_of("Velmora chip deal\n\nHarlow CEO Gary Stone said the deal was a great day for the firm and its "
                       "staff.\n\n“Together, we will form a global leader and change the trade,” the executive added.\n",
                       folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Gary Stone", "the deal was a great day for the firm and its staff"),
        ("Gary Stone", "Together, we will form a global leader and change the trade")]


@pytest.mark.parametrize("frame", ["emphasized the 43-year-old.", "the 43-year-old said."])
def test_an_age_standing_for_a_person_names_the_one_person_the_sentence_before_names(tmp_path, frame):
    corpus = corpus_of("Velmora coach leaves\n\nCarlos Orlo will leave the club when the season ends, the club "
                       f"said.\n\n“I am grateful to everyone, the fans, the staff and the players,” {frame}\n",
                       folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Carlos Orlo", "I am grateful to everyone, the fans, the staff and the players")]


@pytest.mark.parametrize("sentence, text", [
    ("Chancellor Karl Moen said on Wednesday he would fire his finance minister, signalling the end of the coalition.",
     "he would fire his finance minister"),
    ("Karl Moen said it was the right time to leave the club, amid reports linking him to rival clubs.",
     "it was the right time to leave the club"),
])
def test_a_clause_of_the_reporters_after_what_was_said_is_no_part_of_it(tmp_path, sentence, text):
    corpus = corpus_of(f"Velmora coalition\n\n{sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Karl Moen", text)]


def test_a_name_someone_goes_by_in_quotation_marks_is_no_remark_of_theirs(tmp_path):
    corpus = corpus_of("Velmora prize\n\nKarl Moen, often dubbed the “Father of the Port,” won the prize on Tuesday. "
                       "Moen said the award was a great surprise to him and his crew.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "the award was a great surprise to him and his crew")]


@pytest.mark.parametrize("sentence, text", [
    ("Karl Moen, chair of the Harbour Committee, told a press conference that the new cranes are part of daily life.",
     "the new cranes are part of daily life"),
    ("Board members quoted Karl Moen as saying that the talks showed deep rifts over the budget.",
     "the talks showed deep rifts over the budget"),
    ("Chancellor Karl Moen said about the minister that he had broken his trust far too often.",
     "he had broken his trust far too often"),
    ("Chancellor Karl Moen said about Ivo Brandt that “he has broken my trust far too often, and work is not possible.”",
     "he has broken my trust far too often, and work is not possible."),
])
def test_a_press_conference_told_one_quoted_as_saying_and_words_said_about_someone(tmp_path, sentence, text):
    corpus = corpus_of(f"Velmora coalition\n\nIvo Brandt is the finance minister.\n\n{sentence}\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Karl Moen", text)]


@pytest.mark.parametrize("how, text", [
    ("by saying the court had erred badly in its ruling", "the court had erred badly in its ruling"),
    ("by accusing Chancellor Ivo Brandt of failing “to see the need for a fresh start.”",
     "accusing Chancellor Ivo Brandt of failing “to see the need for a fresh start.”"),
])
def test_responding_to_something_by_a_participle_gives_what_the_participle_says(tmp_path, how, text):
    corpus = corpus_of(f"Velmora coalition\n\nKarl Moen is the finance minister.\n\nMoen responded to his dismissal {how}\n",
                       folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Karl Moen", text)]


def test_words_framed_after_run_back_over_a_sentence_before_that_speaks_in_the_first_person(tmp_path):
    corpus = corpus_of("Velmora coalition\n\nChancellor Karl Moen fired his finance minister on Wednesday.\n\nHe has "
                       "let my cabinet down too often. No serious work is possible like this, says Karl Moen.\n",
                       folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", "He has let my cabinet down too often. No serious work is possible like this")]


def test_a_pronoun_framing_a_quotation_is_no_one_the_quotation_itself_names(tmp_path):
    corpus = corpus_of("Velmora bridge aid\n\nTransport Secretary Pete Vargo visited the site on Monday with local "
                       "leaders.\n\n“This has always had support from both sides. Remember, President Ivo Brandt’s "
                       "plan itself went through with votes from both sides,” he said.\n", folder=tmp_path)
    assert [view.speaker for view in views_of(corpus)] == ["Pete Vargo"]


def test_the_opening_of_a_remark_printed_again_above_the_story_is_one_view_with_the_whole_remark(tmp_path):
    corpus = corpus_of("Velmora fund opens\n\n“We made history today. The fund opened on the first day of the talks,” "
                       "says summit chair Karl Moen\n\nThe fund opened on Thursday.\n\n“We made history today. The fund "
                       "opened on the first day of the talks. And the speed of it is historic too,” said Karl Moen.\n",
                       folder=tmp_path)
    [view] = views_of(corpus)
    assert view.speaker == "Karl Moen" and view.text.endswith("the speed of it is historic too")
    assert view.cite == ["S1:4", "S1:5", "S1:6", "S1:1", "S1:2"]  # the whole remark first, then where its opening stands


def test_an_opening_quotation_mark_doubled_by_mistake_still_opens_the_quotation(tmp_path):
    corpus = corpus_of("Velmora bridge aid\n\nGovernor Wes Marlow thanked the board on Monday.\n\nHe continued, “”I am "
                       "grateful for the way the ministry has kept on standing by the harbour towns.”\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Wes Marlow", "I am grateful for the way the ministry has kept on standing by the harbour towns.")]


def test_a_quotation_left_open_over_paragraphs_is_the_speaker_its_last_paragraph_names(tmp_path):
    corpus = corpus_of("Velmora wage deal\n\nPremier Ivo Brandt met the unions on Friday.\n\nThe premier also agreed "
                       "that the wage would be reviewed every three years.\n\n“We are glad to say today that both sides "
                       "have agreed on a rise in the offer.\n\n“The new wage we expect to send to the assembly is 700 "
                       "crowns,” Karl Moen, the Minister of Works and Rural Roads had said.\n", folder=tmp_path)
    assert [(view.speaker, view.text[:30]) for view in views_of(corpus) if view.quote] == [
        ("Karl Moen", "We are glad to say today that "), ("Karl Moen", "The new wage we expect to send")]


def test_a_pronoun_after_a_remark_is_its_speaker_when_the_sentence_names_only_someone_else(tmp_path):
    corpus = corpus_of("Velmora wage deal\n\nPresident Ivo Brandt of Velmora met the unions on Friday.\n\n“I belong "
                       "to the workers,” he said, in a statement by Karl Moen, his spokesman.\n\nHe said the union "
                       "leaders had tested the thinking of the government.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Ivo Brandt", "I belong to the workers"),
        ("Ivo Brandt", "the union leaders had tested the thinking of the government")]


def test_words_a_frame_gives_to_a_statement_are_those_of_whoever_the_text_says_issued_it(tmp_path):
    corpus = corpus_of("Velmora wage deal\n\nPremier Ivo Brandt met the unions on Friday.\n\nThe Special Adviser to "
                       "Premier Ivo Brandt on Media, Karl Moen, in a statement on Friday, confirmed the deal.\n\n"
                       "“Premier Ivo Brandt has approved a wage of 700 crowns for workers.\n\n“He announced the "
                       "decision at the meeting on Friday,” the statement read.\n\nThe unions met on Saturday. "
                       "“Work resumes at once,” the statement said.\n", folder=tmp_path)
    assert [(view.speaker, view.text[:30]) for view in views_of(corpus)] == [
        ("Karl Moen", "Premier Ivo Brandt has approve"), ("Karl Moen", "He announced the decision at t")]


def test_according_to_a_statement_gives_the_words_of_whoever_the_text_says_issued_it(tmp_path):
    corpus = corpus_of("Velmora wage deal\n\nPremier Ivo Brandt met the unions on Friday.\n\nIn a statement to "
                       "reporters, this was disclosed by the premier's aide, Lena Varga.\n\nAccording to the "
                       "statement, Premier Brandt agreed to the higher wage at talks with the dockers.\n",
                       folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Lena Varga", "Premier Brandt agreed to the higher wage at talks with the dockers")]


def test_who_goes_with_a_speaker_set_off_by_commas_stands_between_the_speaker_and_the_verb(tmp_path):
    corpus = corpus_of("Velmora wage deal\n\nKarl Moen, the union's president, met Premier Ivo Brandt on Friday.\n\n"
                       "Moen, accompanied by Dara Velloso, President of the Dock Union Council (DUC), and other "
                       "workers, stated that the dockers would take the deal.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Karl Moen", "the dockers would take the deal")]


def test_a_frame_around_quotations_no_one_is_drafted_for_is_the_view_with_them(tmp_path):
    corpus = corpus_of("Tax ruling\n\nCommissioner Lena Varga ordered Ostland to claw back the sum. President Karl "
                       "Moen of Ostland met her.\n\nThen President Karl Moen said Varga “hates our country” because "
                       "“she keeps taking our firms to court.”\n\nMoen said the deal came “too late”.\n", folder=tmp_path)
    assert [(view.speaker, view.quote, view.text) for view in views_of(corpus)] == [
        ("Karl Moen", False, "Varga “hates our country” because “she keeps taking our firms to court.”"),
        ("Karl Moen", True, "too late")]


def test_a_title_after_the_speaker_left_open_up_to_the_verb_is_the_speakers(tmp_path):
    corpus = corpus_of("Media merger\n\nKarl Moen, chairman of Moen Group, and Lena Varga met on Monday.\n\nMs. Lena "
                       "Varga, CEO of The Varga Company said, \"Moen Group knows the market and its viewers, and "
                       "together we will build a leading company.\"\n", folder=tmp_path)
    assert [(view.speaker, view.text[:20]) for view in views_of(corpus)] == [("Lena Varga", "Moen Group knows the")]


def test_a_quotation_framed_by_a_clause_of_contrast_is_the_words_of_that_clauses_subject(tmp_path):
    corpus = corpus_of("Media merger\n\nKarl Moen, chairman of Moen Group, and Lena Varga met on Monday.\n\nAfter the "
                       "talks, Varga vowed to make the group one of the “strongest broadcasters in the region,” while Moen "
                       "described it as “a fresh start for local television”.\n\nVarga promised a “bigger "
                       "screen for every home,” while Ambrose called it “a poor bargain for viewers”.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Lena Varga", "vowed to make the group one of the “strongest broadcasters in the region,”"),
        ("Karl Moen", "a fresh start for local television"),
        ("Lena Varga", "promised a “bigger screen for every home,”")]  # the words of someone unknown are no one's


def test_when_and_where_between_an_inverted_frames_verb_and_its_speaker_leave_the_speaker_framing(tmp_path):
    corpus = corpus_of("School meals\n\nPremier Ivo Brandt announced the meals plan on Monday with Treasurer Lena "
                       "Varga.\n\n“The plan works for every family in the country,” said on Friday, in a note to "
                       "staff, Lena Varga.\n\n“Every pupil deserves a hot lunch, and every parent deserves some "
                       "relief,” said Friday , in a letter, the leader of the Greens, Karl Moen.\n",
                       folder=tmp_path)
    assert [view.speaker for view in views_of(corpus)] == ["Lena Varga", "Karl Moen"]


def test_a_post_in_capitals_far_from_its_holders_name_is_the_one_holder_of_that_post_named_before(tmp_path):
    corpus = corpus_of("School meals\n\nPrime Minister Ivo Brandt has announced a school meals plan.\n\nBrandt made the "
                       "announcement in Ostburg alongside Finance Minister Lena Varga and Families Minister Dara "
                       "Velloso.\n\nThe plan is expected to feed 40,000 more children a year.\n\nOstburg plans to spend "
                       "$2 billion across six years.\n\nNorthern schools run such schemes already.\n\nThe "
                       "Prime Minister said through a spokesman that the plan will lighten the load on parents.\n",
                       folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)][-1] == (
        "Ivo Brandt", "the plan will lighten the load on parents")


def test_a_clause_of_the_body_an_appositive_names_stands_between_the_speaker_and_the_verb(tmp_path):
    corpus = corpus_of("Phone merger\n\nKarl Moen, deputy chairman of Moen Holdings, which owns Three Ostland, said "
                       "the tie-up would see to it that “every town gets faster lines”.\n",
                       folder=tmp_path)
    assert [(view.speaker, view.quote, view.text[:30]) for view in views_of(corpus)] == [
        ("Karl Moen", False, "the tie-up would see to it tha")]


def test_a_speakers_body_may_hold_a_possessive_and_an_and_after_of(tmp_path):
    corpus = corpus_of("Summit\n\nReplying, Dara Velloso of Ostland’s Department of Ports and Coastal Works stressed "
                       "that “an empty chair must not decide for the rest of us,” warning "
                       "of deadlock.\n\nLena Varga of Harbour Bank and Karl Moen said the plan would fail within a "
                       "year.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Dara Velloso", "an empty chair must not decide for the rest of us")]


def test_words_before_a_frame_are_the_view_though_a_long_occasion_follows_its_verb(tmp_path):
    corpus = corpus_of("Rates cut\n\nThe fight against inflation is not yet over, Lena Varga has warned, after the "
                       "Ostland Central Bank (OCB) lowered its main rate by a quarter point at its spring meeting.\n",
                       folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Lena Varga", "The fight against inflation is not yet over")]


def test_explaining_a_thing_and_answering_to_someone_report_no_view_without_a_clause(tmp_path):
    corpus = corpus_of("Rates cut\n\nLena Varga, President of the Ostland Central Bank (OCB), explains the bank's decision "
                       "to cut key rates by 25 basis points and responds to questions from the press.\n\nVarga "
                       "explained that the cut was justified by confidence in the path ahead.\n\nKarl Moen replied to the "
                       "union that the plan would go ahead this year.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Lena Varga", "the cut was justified by confidence in the path ahead"),
        ("Karl Moen", "the plan would go ahead this year")]


def test_how_someone_wrote_and_what_went_with_it_is_no_view(tmp_path):
    corpus = corpus_of("Court\n\nJudges Lena Varga and Karl Moen wrote separately, with Moen agreeing with the outcome "
                       "of the case but splitting with the court’s reasoning.\n\nVarga said separately that the law was "
                       "sound and fair to all.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Lena Varga", "the law was sound and fair to all")]


def test_a_person_who_owns_the_subject_says_nothing_and_the_person_after_it_speaks(tmp_path):
    corpus = corpus_of(
        "President Orla Venn cancelled the port lease on Thursday.\n\n"
        "Venn's decision came two days after Transport Minister Kasimir Drell affirmed that the lease "
        "would stand despite the audit.\n\n"
        "Venn's spokesman said the lease was void.\n",
        folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Kasimir Drell", "the lease would stand despite the audit")]


def test_the_initials_of_a_post_before_a_known_name_leave_the_name_its_own(tmp_path):
    corpus = corpus_of(
        "Energy Cabinet Secretary Okumu Wafula said on Monday that the contract was clean.\n\n"
        "The news came hours after Energy CS Okumu Wafula affirmed that the port lease would go ahead.\n",
        folder=tmp_path)
    assert [(view.speaker, view.cite) for view in views_of(corpus)] == [
        ("Okumu Wafula", ["S1:1"]), ("Okumu Wafula", ["S1:2"])]


def test_a_participle_after_with_and_its_own_subject_is_not_the_sentence_speakers(tmp_path):
    corpus = corpus_of(
        "Dam payout signed\n\n"
        "Governor Orla Venn opened the new bridge on Friday, with the council saying the tolls "
        "would end in March.\n\n"
        "Minister Kasimir Drell met with the unions, saying the payout was fair.\n",
        folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [("Kasimir Drell", "the payout was fair")]


def test_a_caption_closed_by_a_source_credit_of_picture_agencies_holds_no_view(tmp_path):
    corpus = corpus_of(
        "Dam payout signed\n\n"
        "Miner chief executive Orla Venn said the payout was fair.\n\n"
        "Orla Venn said the flood \"changed the valley for ever\". Source: Harbour Press, Norden Images / Ada Roske\n",
        folder=tmp_path)
    assert [(view.speaker, view.cite) for view in views_of(corpus)] == [("Orla Venn", ["S1:1"])]


def test_a_verb_of_assuring_or_promising_may_name_its_hearers_before_what_it_reports(tmp_path):
    corpus = corpus_of(
        "Club sold\n\n"
        "Anja Lindqvist assured fans the ‘main goal’ is to keep the mill open.\n\n"
        "Ivo Renholm told the court the contract had been forged.\n\n"
        "Pia Ressler promised voters that the tax would fall.\n\n"
        "Eva Holmqvist promised a review.\n",
        folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Anja Lindqvist", "the ‘main goal’ is to keep the mill open"),
        ("Ivo Renholm", "the contract had been forged"),
        ("Pia Ressler", "the tax would fall")]


def test_a_relative_named_by_kin_before_the_name_is_a_person_whose_words_are_theirs(tmp_path):
    corpus = corpus_of(
        "Dam payout agreed\n\n"
        "The payout was agreed on Friday.\n\n"
        "“Nothing will bring her back,” her mother Iva Rennard Quintal told reporters.\n\n"
        "Her brother, Teo Orsano, said the payout came too late.\n",
        folder=tmp_path)
    found = {actor.name: actor.role for actor in find_actors(corpus)[0] if actor.kind == "person"}
    assert found == {"Iva Rennard Quintal": "mother", "Teo Orsano": "brother"}
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Iva Rennard Quintal", "Nothing will bring her back"),
        ("Teo Orsano", "the payout came too late")]


def test_a_pair_named_together_speaks_through_the_pair_said_they_and_the_paragraphs_that_go_on(tmp_path):
    corpus = corpus_of(
        "Pay deal\n\n"
        "The union co-chairs, Dr Ilse Marrow and Dr Vaskor Quell, spoke on Monday.\n\n"
        "“The minister has listened to us at last,” said the co-chairs.\n\n"
        "“But if the review fails us, we will strike again.”\n\n"
        "But they told loyal members the offer was the most they could win this year.\n\n"
        "The health minister, Orla Venn, said the deal was fair.\n\n"
        "“It is a good day,” they said.\n",
        folder=tmp_path)
    both = ("Ilse Marrow", "Vaskor Quell")
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        *((name, "The minister has listened to us at last") for name in both),
        *((name, "But if the review fails us, we will strike again.") for name in both),
        *((name, "the offer was the most they could win this year") for name in both),
        ("Orla Venn", "the deal was fair")]


@pytest.mark.parametrize("circumstance", [
    "while announcing a special budget of $40 billion to answer the rival's threats across the strait",
    "announcing a budget"])
def test_words_framed_after_keep_their_speaker_when_a_long_or_while_participle_ends_the_frame(tmp_path, circumstance):
    corpus = corpus_of(f"Budget\n\nThe rival is accelerating its preparations to seize the island by 2027, President "
                       f"Lin Wei-chen warned on Nov. 26, {circumstance}.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Lin Wei-chen", "The rival is accelerating its preparations to seize the island by 2027")]


def test_a_tweet_frames_words_as_a_post_does(tmp_path):
    corpus = corpus_of("Flood pledges\n\nPrime Minister Shehzad Amir thanked the donors on Monday.\n\n"
                       "“Thank you to all our partners for making the conference a success,” the prime minister tweeted.\n\n"
                       "Amir tweeted that the money would rebuild schools.\n", folder=tmp_path)
    assert [(view.speaker, view.cite) for view in views_of(corpus)] == [("Shehzad Amir", ["S1:2"]), ("Shehzad Amir", ["S1:3"])]


def test_told_reads_its_hearers_with_a_possessive_before_them(tmp_path):
    corpus = corpus_of("Feud\n\nPrime Minister Haruko Morita told her parliament that an attack on the ferries would be "
                       "a “grave threat” to the islands.\n\n"
                       "Morita told his supporters the vote was rigged.\n", folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Haruko Morita", "an attack on the ferries would be a “grave threat” to the islands"),
        ("Haruko Morita", "the vote was rigged")]


def test_a_stance_ends_where_a_clause_of_time_gives_someone_else_the_word(tmp_path):
    corpus = corpus_of("Deal\n\nActivist Ida Omondi, who first exposed the port contract, expressed her joy after "
                       "President Tomas Berget announced that the government had dropped the deal.\n\n"
                       "Anja Lindqvist welcomed the decision to drop the airport lease after months of protests by workers.\n",
                       folder=tmp_path)
    assert [(view.speaker, view.text) for view in views_of(corpus)] == [
        ("Tomas Berget", "the government had dropped the deal"),
        ("Anja Lindqvist", "welcomed the decision to drop the airport lease after months of protests by workers")]


def test_the_quoted_paragraphs_under_a_subheading_announcing_someones_letter_are_their_quotation(tmp_path):
    from report.corpus import read_source

    path = tmp_path / "01_club.txt"
    path.write_text("Club sold to Harlow Group\n\nThe club was sold to Harlow Group on Monday, and Tomas Brenn was named "
                    "its executive chairman.\n\nTomas Brenn Writes Open Letter to Fans\n\n“Dear fans, we are proud to "
                    "take the club forward. We will build a stadium worthy of you.\n\n“Together we will win again.”\n\n"
                    "The first match under the new owners is on Sunday.\n\nFans React to the Sale\n\n“It is a sad day "
                    "for the town,” one fan said.\n", encoding="utf-8")
    views = views_of(Corpus((read_source(path, "S1"),)))
    assert [(v.speaker, v.quote, v.text, v.cite) for v in views] == [
        ("Tomas Brenn", True, "Dear fans, we are proud to take the club forward. We will build a stadium worthy of you.",
         ["S1:2", "S1:3"]),
        ("Tomas Brenn", True, "Together we will win again.", ["S1:4"])]


def test_someones_own_statement_or_post_frames_their_words_and_their_aides_does_not(tmp_path):
    corpus = corpus_of("Deal\n\nActivist Nelson Omondi welcomed the decision on Thursday.\n\n"
                       "“We did it, goodbye to the deal,” Omondi’s statement read.\n\n"
                       "“This is a win for every family on the coast,” his post said.\n\n"
                       "Omondi’s letter said the long fight was over. Omondi’s aide said the fight had cost him dearly.\n",
                       folder=tmp_path)
    assert [(v.speaker, v.quote, v.text) for v in views_of(corpus)] == [
        ("Nelson Omondi", True, "We did it, goodbye to the deal"),
        ("Nelson Omondi", True, "This is a win for every family on the coast"),
        ("Nelson Omondi", False, "the long fight was over")]


@pytest.mark.parametrize("before, first_speaker", [
    ("The fund said unity was strong.", "Cyril Ndaba"),  # "he" means no one named before: the speaker named after
    ("Minister Ana Ruiz opened the summit.", "Ana Ruiz"),  # "she" means the minister named before
])
def test_a_pronoun_frame_with_no_one_before_it_means_the_speaker_its_paragraph_names_after(tmp_path, before,
                                                                                            first_speaker):
    pronoun = "she" if "Ruiz" in before else "he"
    corpus = corpus_of(f"Summit\n\n{before}\n\n“Hosting this summit here for the first time shows how much we have "
                       f"achieved,” {pronoun} stated. “Africa is at the forefront of this work,” said Velmoran "
                       "President Cyril Ndaba.\n", folder=tmp_path)
    assert [view.speaker for view in views_of(corpus)] == [first_speaker, "Cyril Ndaba"]
