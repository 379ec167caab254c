"""Tests of report/extract/conflicts.py: what counts as sources disagreeing, and what never does."""

from __future__ import annotations

import datetime as dt
import importlib
import random
from pathlib import Path

import pytest
import yaml

from report.corpus import Corpus, read_folder
from report.extract import conflicts
from report.extract.mentions import Mention
from report.rates import rates_for
from report.text import fold_text
from report.outline import Actor, Conflict, Equivalent, Funding, View

FIXTURES = Path(__file__).parent.parent / "fixtures" / "conflicts"


def corpus_of(tmp_path: Path, *texts: str) -> Corpus:
    """Return the corpus of short articles, one file each, read by the real reader."""
    for number, text in enumerate(texts, 1):
        (tmp_path / f"{number:02d}_article.txt").write_text(f"Headline number {number}\n\n{text}\n", encoding="utf-8")
    return read_folder(tmp_path)


def person(name: str, *aliases: str) -> Actor:
    return Actor(name=name, aliases=list(aliases), kind="person")


def find(corpus: Corpus, actors=(), mentions=(), funding=(), views=()) -> list[Conflict]:
    return conflicts.find_conflicts(corpus, list(actors), list(mentions), list(funding), list(views))


def funding_of(corpus: Corpus) -> list[Funding]:
    """Return the funding items the real money extractor finds in a corpus."""
    money_part = importlib.import_module("report.extract.money")
    return money_part.find_funding(corpus, [], rates_for(dt.date(2025, 7, 4))).funding


def of_kind(found: list[Conflict], kind: str) -> list[Conflict]:
    return [conflict for conflict in found if conflict.kind == kind]


def values(conflict: Conflict) -> list[str]:
    return [version.value for version in conflict.versions]


@pytest.fixture
def three(tmp_path: Path) -> Corpus:
    """Three neutral sources, for parts that need no sentence text."""
    return corpus_of(tmp_path, "Nothing happened here.", "Nothing happened there.", "Nothing at all.")


# --- fact ---------------------------------------------------------------------------------------


def test_place_after_the_event_verb_differs_between_sources(tmp_path):
    corpus = corpus_of(tmp_path, "The two ministers signed the treaty in Oslo on Friday.",
                       "The treaty was signed in The Hague, officials said.",
                       "The treaty covers fishing rights.")
    [conflict] = of_kind(find(corpus), "fact")
    assert values(conflict) == ["Oslo", "The Hague"]
    assert conflict.versions[0].cite == ["S1:1"] and conflict.versions[1].cite == ["S2:1"]
    assert conflict.topic == "where the treaty was signed"


def test_same_place_written_alike_and_a_silent_source_are_no_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "The treaty was signed in Oslo.", "Ministers signed the treaty in Oslo's city hall.",
                       "The treaty was signed after long talks.")
    assert find(corpus) == []


def test_a_day_set_apart_from_the_act_is_not_the_day_of_the_act(tmp_path):
    corpus = corpus_of(tmp_path, "The mill's owners announced the deal on Aug. 14.",
                       "The mill's shares climbed until the close on Aug. 13, a day before the sale was made public.")
    assert of_kind(find(corpus), "fact") == []


def test_a_continent_and_a_city_are_not_rival_places_but_two_continents_are(tmp_path):
    corpus = corpus_of(tmp_path, "The summit was held in Lakeport on Friday.",
                       "The Lakeport summit, the first ever held in Africa, closed on Friday.")
    assert of_kind(find(corpus), "fact") == []
    corpus = corpus_of(tmp_path, "The summit was held in Europe on Friday.", "The summit was held in Asia on Friday.")
    assert values(of_kind(find(corpus), "fact")[0]) == ["Europe", "Asia"]


def test_a_country_and_a_city_are_not_rival_places(tmp_path):
    corpus = corpus_of(tmp_path, "The treaty was signed in Norway.", "The treaty was signed in Oslo.")
    assert find(corpus) == []


def test_place_after_a_clause_break_belongs_to_another_verb(tmp_path):
    corpus = corpus_of(tmp_path, "The treaty was signed in Oslo.",
                       "They signed a treaty that will let firms build plants in Bergen.")
    assert find(corpus) == []


def test_earlier_and_future_events_give_no_place(tmp_path):
    corpus = corpus_of(tmp_path, "The treaty was signed in Oslo.",
                       "A previous treaty was signed in Bergen. A follow-up will be signed in Tromsø.",
                       "The mayor says they will hold a public signing in Bergen for the treaty next month.")
    assert find(corpus) == []


def test_day_of_the_event_differs_however_it_is_written(tmp_path):
    corpus = corpus_of(tmp_path, "The accord was signed on July 4.", "The accord was signed on 5 July.",
                       "They signed the accord on July 4th.")
    [conflict] = of_kind(find(corpus), "fact")
    assert values(conflict) == ["July 4", "5 July"]
    assert conflict.versions[0].cite == ["S1:1", "S3:1"]


def test_same_day_written_two_ways_is_no_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "The accord was signed on July 4.", "The accord was signed on 4 July 2025.")
    assert find(corpus) == []


def test_a_meeting_dated_by_the_day_before_its_noun_is_set_against_the_day_others_met(tmp_path):
    corpus = corpus_of(tmp_path, "On March 3, the two ministers met in Lakeport to discuss the ferry plan.",
                       "The minister said the plan was settled during their March 4 meeting.",
                       "The talks resumed after their March 4 discussion, officials said.",
                       "The two ministers settled the plan in a phone call on Wednesday, March 4.")
    [conflict] = of_kind(find(corpus), "fact")
    assert conflict.topic == "when the meeting took place"
    assert values(conflict) == ["March 3", "March 4"] and conflict.versions[1].cite == ["S2:1", "S3:1", "S4:1"]


@pytest.mark.parametrize("other", ["The ministers will hold their March 9 meeting in Lakeport.",
                                   "The plan goes back to their March 9 meeting last year.",
                                   "The ministers will settle the plan at a meeting on March 9."])
def test_a_meeting_still_to_come_or_of_the_past_dates_no_meeting(tmp_path, other):
    corpus = corpus_of(tmp_path, "On March 3, the two ministers met in Lakeport to discuss the ferry plan.", other)
    assert of_kind(find(corpus), "fact") == []


def test_a_verb_that_reports_the_event_only_with_its_noun_dates_it(tmp_path):
    corpus = corpus_of(tmp_path, "The fund and Ostland reached an outline accord for the ferry loan on July 12.",
                       "On July 13 the fund struck a ferry loan deal with Ostland, officials said.")
    [conflict] = of_kind(find(corpus), "fact")
    assert conflict.topic == "when the accord was agreed" and values(conflict) == ["July 12", "July 13"]


@pytest.mark.parametrize("other", ["Fares reached a record high on July 13.",
                                   "The fund hopes it reaches a deal with Ostland on July 13."])
def test_such_a_verb_without_the_noun_or_still_to_come_dates_nothing(tmp_path, other):
    corpus = corpus_of(tmp_path, "The fund and Ostland reached an outline accord for the ferry loan on July 12.", other)
    assert of_kind(find(corpus), "fact") == []


def weekday_conflicts(tmp_path: Path, *texts: str) -> list[Conflict]:
    """Return the conflicts on when, of short articles in which Anna Berg and Mara Lind are the people named."""
    corpus = corpus_of(tmp_path, *texts)
    mentions = [Mention(name, surface, sentence.cite) for sentence in corpus.sentences()
                for name, surface in (("Anna Berg", "Anna Berg"), ("Anna Berg", "Berg"), ("Mara Lind", "Mara Lind"))
                if surface in sentence.text and not (surface == "Berg" and "Anna Berg" in sentence.text)]
    found = of_kind(find(corpus, [person("Anna Berg"), person("Mara Lind")], mentions), "fact")
    return [conflict for conflict in found if conflict.topic.startswith("when ")]


def test_day_of_the_week_one_person_did_the_event_differs_between_sources(tmp_path):
    [conflict] = weekday_conflicts(tmp_path, "Mayor Anna Berg on Monday signed the contract with the port.",
                                   "Berg signed the contract on Friday evening, her office said.",
                                   "Anna Berg signed the port contract Monday.")
    assert values(conflict) == ["Monday", "Friday"] and conflict.versions[0].cite == ["S1:1", "S3:1"]


def test_a_date_with_its_year_is_set_against_the_weekday_of_one_doer(tmp_path):
    [conflict] = weekday_conflicts(tmp_path, "Anna Berg signed the contract on Tuesday.",
                                   "Anna Berg signed the contract with the port on March 7, 2021.")
    assert values(conflict) == ["Tuesday", "March 7, 2021"]
    (tmp_path / "same").mkdir()
    assert weekday_conflicts(tmp_path / "same", "Anna Berg signed the contract on Tuesday.",
                             "Anna Berg signed the contract on 9 March 2021.") == []


def test_a_body_that_did_the_event_is_its_doer_when_no_person_is(tmp_path):
    [conflict] = weekday_conflicts(tmp_path, "Harlow Energy announced on Monday its final decision on the gas field.",
                                   "The Harlow Energy Ltd. on Tuesday announced the decision to develop the field.")
    assert conflict.topic == "when the decision was announced" and values(conflict) == ["Monday", "Tuesday"]
    (tmp_path / "two").mkdir()  # two bodies' acts may fall on two days
    assert weekday_conflicts(tmp_path / "two", "Harlow Energy announced on Monday its decision on the gas field.",
                             "Brisk Gas on Tuesday announced a decision on the field.") == []


def gathering_conflicts(tmp_path: Path, *texts: str) -> list[Conflict]:
    """Return the conflicts on where a gathering took place, of short articles naming Anna Berg and Mara Lind."""
    corpus = corpus_of(tmp_path, *texts)
    mentions = [Mention(name, surface, sentence.cite) for sentence in corpus.sentences()
                for name, surface in (("Anna Berg", "Berg"), ("Mara Lind", "Lind")) if surface in sentence.text]
    found = of_kind(find(corpus, [person("Anna Berg"), person("Mara Lind")], mentions), "fact")
    return [conflict for conflict in found if conflict.topic.startswith("where ")]


def test_one_gathering_of_one_person_placed_in_two_places_is_a_fact_conflict(tmp_path):
    [conflict] = gathering_conflicts(
        tmp_path, "At the town hall in Lakeport, dockers booed Anna Berg over the late wages.",
        "Berg said during a town hall at the Harbour Hall that the wages were paid.",
        "Berg spoke at a ceremony at the Harbour Hall on Monday.")
    assert conflict.topic == "where the town hall took place"
    assert values(conflict) == ["Lakeport", "Harbour Hall"] and [v.cite for v in conflict.versions] == [["S1:1"], ["S2:1"]]


@pytest.mark.parametrize("one, other", [
    # one place, written alike
    ("At a rally in Lakeport, Anna Berg thanked the growers.", "Berg spoke at a rally in Lakeport on Friday."),
    # another kind of gathering
    ("At a rally in Lakeport, Anna Berg thanked the growers.", "Berg spoke at a dinner in Easton on Friday."),
    # another person at the gathering
    ("At a rally in Lakeport, Anna Berg thanked the growers.", "Mara Lind spoke at a rally in Easton on Friday."),
    # a gathering still to come, and one of the past
    ("At a rally in Lakeport, Anna Berg thanked the growers.", "Berg is set to speak at a rally in Easton."),
    ("At a rally in Lakeport, Anna Berg thanked the growers.", "Last year Berg spoke at a rally in Easton."),
    # nobody named at it
    ("At a rally in Lakeport, the growers cheered.", "At a rally in Easton, the growers cheered."),
])
def test_gatherings_that_may_be_two_or_agree_are_no_conflict(tmp_path, one, other):
    assert gathering_conflicts(tmp_path, one, other) == []


def test_a_budget_presented_on_one_day_and_unveiled_on_another_is_a_fact_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "Harbour chief Ada Lund presented her spending plan on 11 March to the council.",
                       "Harbour chief Ada Lund unveiled her spending plan on Friday 16 March at the town hall.")
    assert [(c.kind, values(c)) for c in find(corpus)] == [("fact", ["11 March", "16 March"])]


POST = "The port has a deal at last, and a great one for every worker.\n— Anna Berg (@annaberg) {day}"


def test_a_post_dated_by_its_signature_is_its_authors_announcement_of_the_event(tmp_path):
    [conflict] = weekday_conflicts(tmp_path, "Anna Berg announced the deal with the port on Tuesday.",
                                   "The port union welcomed the news.\n\n" + POST.format(day="March 7, 2021"))
    assert conflict.topic == "when the deal was announced" and values(conflict) == ["Tuesday", "March 7, 2021"]


@pytest.mark.parametrize("post", [
    POST.format(day="March 9, 2021"),  # a Tuesday: the two agree
    POST.replace("a deal at last, and a great one", "sunshine at last, and a great day").format(day="March 7, 2021"),
    POST.replace("Anna Berg (@annaberg)", "Port News (@portnews)").format(day="March 7, 2021"),
])
def test_a_post_on_the_same_day_about_something_else_or_of_nobody_named_is_no_conflict(tmp_path, post):
    assert weekday_conflicts(tmp_path, "Anna Berg announced the deal with the port on Tuesday.",
                             "The port union welcomed the news.\n\n" + post) == []


@pytest.mark.parametrize("other", [
    "The lease must be signed by Anna Berg by Friday, the council said.",
    "Anna Berg signed the contract last Friday.",
    "Under the contract Anna Berg signed, rents fell on Friday.",
    "Anna Berg signed the contract in Harlow and left on Friday.",
    "Anna Berg signed the contract on Monday; the port's board met on Friday.",
    "Mara Lind signed the contract on Friday.",
    "The port signed the contract on Friday.",
    "Anna Berg signed new rules on fishing on Friday.",
])
def test_a_deadline_another_week_another_things_day_or_another_doer_is_no_weekday_conflict(tmp_path, other):
    assert weekday_conflicts(tmp_path, "Anna Berg on Monday signed the contract with the port.", other) == []


def test_different_signatories_are_a_conflict_and_one_less_named_is_not(tmp_path):
    corpus = corpus_of(tmp_path, "The deal was signed by Anna Berg and Ivo Petrov.",
                       "Ivo Petrov signed the deal on behalf of his government.",
                       "The deal was signed by Mara Lind and Oskar Holm.")
    actors = [person(name) for name in ("Anna Berg", "Ivo Petrov", "Mara Lind", "Oskar Holm")]
    mentions = [Mention("Anna Berg", "Anna Berg", "S1:1"), Mention("Ivo Petrov", "Ivo Petrov", "S1:1"),
                Mention("Ivo Petrov", "Ivo Petrov", "S2:1"), Mention("Mara Lind", "Mara Lind", "S3:1"),
                Mention("Oskar Holm", "Oskar Holm", "S3:1")]
    [conflict] = of_kind(find(corpus, actors, mentions), "fact")
    assert conflict.topic == "who signed the deal"
    assert values(conflict) == ["Ivo Petrov and Anna Berg", "Mara Lind and Oskar Holm"]
    assert conflict.versions[0].cite == ["S1:1", "S2:1"]


def test_a_guest_welcomed_for_the_signing_did_not_sign_and_a_post_is_no_place(tmp_path):
    corpus = corpus_of(tmp_path, "Mara Lind and Oskar Holm formally signed the deal in the great hall of Eastby.",
                       "Mara Lind welcomed Ivo Petrov to Eastby for the signing of the deal. Mara Lind and Oskar "
                       "Holm then signed the deal.",
                       "Anna Berg and Ivo Petrov have signed the deal.",
                       "Lind spoke during the ceremony at the Prime Minister's country house.")
    names = ("Anna Berg", "Ivo Petrov", "Mara Lind", "Oskar Holm")
    mentions = [Mention(name, surface, sentence.cite) for sentence in corpus.sentences() for name in names
                for surface in (name, name.split()[1]) if surface in sentence.text
                and not (surface != name and name in sentence.text)]
    [conflict] = of_kind(find(corpus, [person(name) for name in names], mentions), "fact")
    assert conflict.topic == "who signed the deal"
    assert values(conflict) == ["Mara Lind and Oskar Holm", "Ivo Petrov and Anna Berg"]
    assert [v.cite for v in conflict.versions] == [["S1:1", "S2:2"], ["S3:1"]]


def test_sources_about_other_countries_are_about_another_event(tmp_path):
    corpus = corpus_of(tmp_path, "Kenya and Ethiopia signed the deal in Addis Ababa.",
                       "Estonia and Latvia signed the deal in Valga.")
    actors = [Actor(name=name, kind="country") for name in ("Kenya", "Ethiopia", "Estonia", "Latvia")]
    mentions = [Mention(name, name, cite) for name, cite in
                (("Kenya", "S1:1"), ("Ethiopia", "S1:1"), ("Estonia", "S2:1"), ("Latvia", "S2:1"))]
    assert find(corpus, actors, mentions) == []
    assert len(find(corpus)) == 1  # without the countries, nothing says the events differ


def test_people_who_announce_something_else_are_no_rival_signatories(tmp_path):
    corpus = corpus_of(tmp_path, "Anna Berg announced that talks on the deal would go on.",
                       "Mara Lind announced new tariffs on steel.")
    actors = [person("Anna Berg"), person("Mara Lind")]
    mentions = [Mention("Anna Berg", "Anna Berg", "S1:1"), Mention("Mara Lind", "Mara Lind", "S2:1")]
    assert find(corpus, actors, mentions) == []


def test_an_address_that_holds_an_event_verb_reports_no_event(tmp_path):
    corpus = corpus_of(tmp_path, "https://news.example/ana-ruiz-announces-the-plan Ana Ruiz waves from a boat on May 3.",
                       "Ana Ruiz announced the plan on May 5.")
    assert of_kind(find(corpus), "fact") == []


@pytest.mark.parametrize("one, other", [
    ("The Ruiz administration signed the deal on Monday.", "Ivo Petrov joined the commission as they signed the deal."),
    ("Ana Ruiz's team signed the deal on Monday.", "Ivo Petrov said officials signed the deal."),
])
def test_the_owner_of_a_subject_and_a_bystander_did_not_sign(tmp_path, one, other):
    corpus = corpus_of(tmp_path, one, other)
    mentions = [Mention("Ana Ruiz", "Ruiz" if "Ruiz a" in one else "Ana Ruiz", "S1:1"), Mention("Ivo Petrov", "Ivo Petrov", "S2:1")]
    assert of_kind(find(corpus, [person("Ana Ruiz"), person("Ivo Petrov")], mentions), "fact") == []


# --- figure and single-source -------------------------------------------------------------------


def money(text, amount, currency, eur, cites, funder="Norway", purpose="building the new bridge", **more) -> Funding:
    return Funding(text=text, amount=amount, currency=currency, eur=eur, funder=funder, purpose=purpose,
                   cite=cites, **more)


def test_one_sum_given_differently_for_one_purpose_is_a_figure_conflict(three):
    funding = [money("$6.5bn", 6.5e9, "USD", 5.5e9, ["S1:1"]), money("$6.7bn", 6.7e9, "USD", 5.7e9, ["S2:1"])]
    [conflict] = find(three, funding=funding)
    assert conflict.kind == "figure"
    assert values(conflict) == ["$6.5bn", "$6.7bn"]


def test_a_figure_conflict_gives_each_sum_with_the_hedge_its_source_puts_before_it(tmp_path):
    corpus = corpus_of(tmp_path, "The council approved $6.5bn for the port.", "The council approved over $6bn for the port.")
    funding = [money("$6.5bn", 6.5e9, "USD", 5.5e9, ["S1:1"]), money("$6bn", 6e9, "USD", 5.1e9, ["S2:1"])]
    [conflict] = find(corpus, funding=funding)
    assert values(conflict) == ["$6.5bn", "over $6bn"]


def test_one_toll_given_differently_is_a_conflict_whatever_words_surround_it(tmp_path):
    corpus = corpus_of(tmp_path,
                       "A UN-led appeal opened as the flood that swept the valley killed more than 550 people in Harbourton.",
                       "The flood on March 3 killed more than 520 people, most of them in the lower town.",
                       "The 1998 flood killed 300 people, the archive shows.")
    [conflict] = of_kind(find(corpus), "figure")
    assert values(conflict) == ["more than 550 people", "more than 520 people"]  # a past flood's toll is no rival


def test_one_figure_written_differently_is_no_conflict_and_not_single_source(three):
    funding = [money("€67 million", 67e6, "EUR", 67e6, ["S1:1"]),
               money("67 million euros", 67e6, "EUR", 67e6, ["S2:1"]),
               money("500 million Danish kroner", 500e6, "DKK", 67.01e6, ["S3:1"])]
    assert find(three, funding=funding) == []


def test_a_sources_own_conversion_is_the_same_figure(three):
    conversion = Equivalent(text="€67 million", amount=67e6, currency="EUR", cite=["S3:3"])
    funding = [money("500 million Danish kroner", 500e6, "DKK", 67.01e6, ["S3:3"], equivalents=[conversion])]
    [conflict] = find(three, funding=funding)
    assert conflict.kind == "single-source"
    assert values(conflict) == ["500 million Danish kroner (€67 million)"]
    assert conflict.versions[0].cite == ["S3:3"]


def test_sums_for_different_purposes_are_not_rivals(three):
    funding = [money("$6.5bn", 6.5e9, "USD", 5.5e9, ["S1:1"], purpose="building the new bridge"),
               money("$20m", 20e6, "USD", 17e6, ["S2:1"], purpose="training nurses in rural clinics")]
    found = find(three, funding=funding)
    assert [conflict.kind for conflict in found] == ["single-source", "single-source"]


def test_context_figures_are_never_single_source(three):
    funding = [money("$411 billion", 411e9, "USD", 349e9, ["S1:8"], kind="context")]
    assert find(three, funding=funding) == []


def test_a_figure_repeated_in_one_source_is_one_single_source_conflict(three):
    funding = [money("NOK 2 billion", 2e9, "NOK", 169e6, ["S2:1"]),
               money("2 billion kroner", 2e9, "NOK", 169e6, ["S2:5"])]
    [conflict] = find(three, funding=funding)
    assert conflict.versions[0].cite == ["S2:1", "S2:5"]


def test_a_single_source_figure_is_given_with_its_hedge_and_the_kind_of_money_it_is(tmp_path):
    corpus = corpus_of(tmp_path, "The plan includes a $2 billion loan and a $45 million grant for the valley.",
                       "The fund pledged over $300 million to the harbour works.", "Nothing happened there.")
    funding = [money("$45 million", 45e6, "USD", 41e6, ["S1:1"], purpose="the valley"),
               money("$300 million", 300e6, "USD", 270e6, ["S2:1"], purpose="the harbour works")]
    found = of_kind(find(corpus, funding=funding), "single-source")
    assert [values(conflict) for conflict in found] == [["$45 million grant"], ["over $300 million"]]


def test_one_count_given_differently_is_a_figure_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "Norway has delivered 117 Leopard tanks to the Polish army.",
                       "The Polish army received 116 tanks delivered by Norway.",
                       "Norway delivered 117 tanks to the army, the ministry said.")
    [conflict] = find(corpus)
    assert conflict.kind == "figure" and conflict.topic == "number of tanks delivered"
    assert values(conflict) == ["117 Leopard tanks", "116 tanks"]
    assert conflict.versions[0].cite == ["S1:1", "S3:1"]


def test_a_count_of_the_injured_and_of_people_injured_is_one_count(tmp_path):
    corpus = corpus_of(tmp_path, "The cyclone has killed 120 people, with 2,940 injured and 75 missing, officials said.",
                       "Officials said the cyclone left 2,615 people injured and 75 missing.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "number of people injured" and values(conflict) == ["2,940 injured", "2,615 people"]


def test_a_death_toll_lives_claimed_and_people_killed_are_one_count(tmp_path):
    corpus = corpus_of(tmp_path, "The death toll in the province reached 1,204.",
                       "The quake has killed more than 1,400 people in the province, officials said.",
                       "Rescuers said the quake had claimed over 1,520 lives by Friday.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "number of people killed"
    assert values(conflict) == ["1,204", "more than 1,400 people", "over 1,520 lives"]


@pytest.mark.parametrize("text", [
    "The death toll from the 2019 storm was revised on Monday.",  # a year, not a toll's figure
    "The toll road opened in 2019 and carries 12,000 cars.",  # no death toll
    "The new ward has saved 300 lives since it opened.",  # lives saved, not taken
])
def test_what_is_no_death_toll_counts_nobody_killed(text):
    assert [count for count in conflicts._sentence_counts(text) if count.outcome == "killed"] == []


@pytest.mark.parametrize("one, other", [
    ("Five days of fighting left 12 people killed in the town.",
     "Five days of fighting left 30 people injured in the town."),
    ("More than 100 soldiers crossed the river at dawn.", "Some 140 soldiers crossed the river at dawn."),
    ("The river crossing on May 12 took the soldiers by surprise.",
     "The river crossing on May 14 was planned by soldiers."),
    ("The army bought 40 trucks for $12 million.", "The army bought 40 trucks for $15 million from a local firm."),
])
def test_counts_of_other_things_bounds_and_dates_are_no_count_conflict(tmp_path, one, other):
    found = find(corpus_of(tmp_path, one, other))
    assert [c for c in found if c.kind == "figure" and c.topic != "amount of the agreement"] == []


def test_the_month_a_count_is_dated_in_is_no_word_of_what_it_counts():
    # two votes on other days of one month: the month they share is no sign they count one thing
    [count] = conflicts._sentence_counts("The vote, held around 9:30 AM on September 4, saw 357 votes in favor.")
    assert "september" not in count.context and "favor" in count.context


def test_the_price_of_one_purchase_given_differently_is_a_figure_conflict(tmp_path):
    found = find(corpus_of(tmp_path, "The army bought 40 trucks for $12 million.",
                           "The army bought 40 trucks for $15 million from a local firm."))
    assert [(c.topic, values(c)) for c in of_kind(found, "figure")] == [
        ("amount of the agreement", ["$12 million", "$15 million"])]


def test_one_persons_count_named_before_it_given_differently_is_a_figure_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "The mayor won easily over his rival Lena Voss, who took just under 52,000 votes.",
                       "Turnout was low, and challenger Ms Voss secured 50,870 votes on a wet Sunday.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "number of votes" and values(conflict) == ["just under 52,000 votes", "50,870 votes"]


@pytest.mark.parametrize("one, other", [
    # two people's counts: a title or an honorific before both names is nobody's
    ("President Lena Voss won 51,200 votes in the city.", "The count gave President Rolf Amsel 48,100 votes."),
    ("Mr Amsel took 51,200 votes across the city.", "Officials said Mr Tarrant took 48,100 votes."),
    # one person's counts too far apart to be one count given differently
    ("Lena Voss, who won 51,200 votes, thanked the city.", "In her first race Lena Voss won 12,300 votes."),
    # within the span of the hedged count: no disagreement
    ("Lena Voss, who took just under 52,000 votes, thanked the city.", "Ms Voss secured 51,870 votes."),
])
def test_counts_of_two_people_far_apart_or_agreeing_are_no_conflict(tmp_path, one, other):
    assert of_kind(find(corpus_of(tmp_path, one, other)), "figure") == []


def test_one_persons_share_given_differently_is_a_figure_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "Challenger Lena Voss won 41.2% of the votes in the city.",
                       "Officials said that candidate Lena Voss took 41.8% of the overall vote.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "share of votes" and values(conflict) == ["41.2%", "41.8%"]


@pytest.mark.parametrize("one, other", [
    ("Challenger Lena Voss won 41.2% of the votes.", "Mayor Rolf Amsel won 38.5% of the votes."),
    ("The bank Nordbank will hold a 20% stake, joining Vessa Power, which announced its 12.5% stake.",
     "The fund Nordbank will acquire a 20% stake."),
    ("Lena Voss won 41.2% of the votes.", "Turnout rose to 44% of the votes."),
    # the share of a list of names is not the share of one of them
    ("Amsel, Voss and Roth together won 40.5% of the seats on the Lorn council.",
     "The mayor said Roth won 41% of the seats on the Lorn council."),
])
def test_shares_of_other_owners_are_no_figure_conflict(tmp_path, one, other):
    assert of_kind(find(corpus_of(tmp_path, one, other)), "figure") == []


def test_a_share_no_source_ties_to_a_name_is_known_by_the_words_around_it(tmp_path):
    corpus = corpus_of(tmp_path, "The dockers won a deal for a 38.5% pay rise over four years, a big gain.",
                       "The Harlow Port Group offered a 39 percent pay rise over a four-year term.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "share of rise" and values(conflict) == ["38.5%", "39 percent"]


@pytest.mark.parametrize("one, other", [
    # another rise, named in too few of the same words
    ("The dockers won a deal for a 38.5% pay rise over four years.",
     "The dockers had rejected a 30 percent pay rise from the group on Monday."),
    # shares of two holders, one unnamed, said in the same words: too far apart to be one share
    ("The state will hold a 44.5% stake in the new Lorn Bay nuclear plant.",
     "Brenvik Energy will hold a 20% stake in the new Lorn Bay nuclear plant."),
    # the first source gives the other's share too, bare: the two shares are of two holders
    ("The state will hold a 41.5% stake in the new nuclear plant, while Brenvik Energy will hold 20%.",
     "Brenvik Energy will hold a 20% stake in the new nuclear plant."),
])
def test_shares_named_in_other_words_or_given_by_both_are_no_figure_conflict(tmp_path, one, other):
    assert of_kind(find(corpus_of(tmp_path, one, other)), "figure") == []


@pytest.mark.parametrize("one, other", [
    ("Figures showed Velmora's unemployment had climbed to 6.1 per cent, a worry for the central bank.",
     "The economy is slowing: unemployment has ticked up to 6.3% and spending is weak."),
    ("Inflation stood at 2.1% in June, the statistics office said.", "Inflation has fallen to 2.4 percent, the bank said."),
])
def test_one_level_a_verb_gives_differently_is_a_figure_conflict(tmp_path, one, other):
    [conflict] = of_kind(find(corpus_of(tmp_path, one, other)), "figure")
    assert conflict.topic.startswith("level of ") and len(conflict.versions) == 2


@pytest.mark.parametrize("one, other", [
    # a change by a share is no level
    ("Unemployment rose 0.2% in June, the statistics office said.", "Unemployment rose 0.3% in June, the office said."),
    # a past level
    ("Unemployment rose to 7.1% in 2009, the worst in a decade.", "Unemployment has risen to 4.3% this year."),
    # a source that gives both levels: the change from one to the other
    ("Unemployment rose to 4.3% from 4.2% in June.", "Unemployment has risen to 4.2 percent, the office said."),
])
def test_changes_past_levels_and_levels_a_source_gives_both_are_no_figure_conflict(tmp_path, one, other):
    assert of_kind(find(corpus_of(tmp_path, one, other)), "figure") == []


@pytest.mark.parametrize("one, other, topic, given", [
    # "just under" a figure reads as the unit of its last digit below it: 4,620 to 4,630
    ("Just under 4,630 residents signed the petition against the Marrow Hill quarry, the council said.",
     "The council said 4,512 residents signed the petition against the Marrow Hill quarry.",
     "number of residents", ["Just under 4,630 residents", "4,512 residents"]),
    # "about 1.6 million" reads as 1.5 to 1.7 million
    ("About 1.6 million people have fled the floods in the Orrin delta since March, the agency said.",
     "The agency said 1.41 million people have fled the floods in the Orrin delta since March.",
     "number of people", ["About 1.6 million people", "1.41 million people"]),
    # a share after its noun ("losses of"), a range of one, and owners named in a list
    ("Brewers Alvo, Brenn and Corda posted sales losses of more than 5%, while bonds fell.",
     "Bonds fell, while Alvo, Brenn, and Corda posted losses ranging from 6.5 to 9 percent.",
     "share of losses", ["more than 5%", "ranging from 6.5 to 9 percent"]),
    # a range written bare
    ("The dockers of Harlow won a 10–12 percent pay rise over four years, the union said.",
     "The union said the dockers of Harlow won a 14 percent pay rise over four years.",
     "share of rise", ["10–12 percent", "14 percent"]),
    # two bounds that only touch: "more than 160,000" stops short of 170,000, "more than 170,000" is past it
    ("The floods have displaced more than 160,000 people in the Orrin delta, the agency said.",
     "The agency said more than 170,000 people have been displaced by the floods in the Orrin delta.",
     "number of people displaced", ["more than 160,000 people", "more than 170,000 people"]),
])
def test_hedged_figures_whose_spans_do_not_meet_are_a_figure_conflict(tmp_path, one, other, topic, given):
    [conflict] = of_kind(find(corpus_of(tmp_path, one, other)), "figure")
    assert conflict.topic == topic and sorted(values(conflict)) == sorted(given)


@pytest.mark.parametrize("one, other", [
    # within the span the hedge gives
    ("About 1.6 million people have fled the floods in the Orrin delta since March, the agency said.",
     "The agency said 1.57 million people have fled the floods in the Orrin delta since March."),
    ("Just under 4,630 residents signed the petition against the Marrow Hill quarry, the council said.",
     "The council said 4,627 residents signed the petition against the Marrow Hill quarry."),
    ("The union won a 40.5% pay rise over five years, a big gain for the dockers.",
     "The union won a pay rise of between 40 and 41 percent over five years for the dockers."),
    ("The dockers of Harlow won an 8 to 12 percent pay rise over four years, the union said.",
     "The union said the dockers of Harlow won a 10 percent pay rise over four years."),
    # a bound meets its own figure: "over 60 percent" and "60%"
    ("The province pays over 60 percent of the bill for the Tarn rail tunnel.",
     "The province pays 60% of the bill for the Tarn rail tunnel."),
    # figures too round to give a span, and loose bounds, are never compared
    ("More than 100 soldiers crossed the river at dawn near the border.",
     "Some 120 soldiers crossed the river at dawn near the border."),
    ("The dockers had asked for a pay rise of almost 80%, far above the offer.",
     "The dockers had asked for a 77% pay rise, far above the offer."),
    ("At least 12 people died in the fire at the Verno textile plant, police said.",
     "Police said 15 people died in the fire at the Verno textile plant."),
    # a denied floor is a ceiling, never read as a floor
    ("The Corvo fund may hold no more than 35 percent of the shares of Tarsa Bank, the regulator ruled.",
     "The regulator ruled the Corvo fund may hold 29 percent of the shares of Tarsa Bank."),
    # two hedged figures too far apart to be one count given differently
    ("Mira Olsen, who won just under 412,000 votes in the Garth mayoral race, conceded.",
     "Mira Olsen lost the Garth mayoral race by more than 131,000 votes."),
])
def test_hedged_figures_whose_spans_meet_or_say_too_little_are_no_figure_conflict(tmp_path, one, other):
    assert of_kind(find(corpus_of(tmp_path, one, other)), "figure") == []


def test_one_kind_of_sum_given_different_amounts_is_a_figure_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "The Delta Bank approved a $2.4 billion loan to Nordland on Friday.",
                       "Nordland closed on loans from the Delta Bank totalling $2.35 billion.",
                       "The bank agreed a $2.4 billion loan, officials said.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "amount of the loan" and values(conflict) == ["$2.4 billion", "$2.35 billion"]
    assert conflict.versions[0].cite == ["S1:1", "S3:1"]


@pytest.mark.parametrize("one, other, kind", [
    ("Survivors of the Verno mine flood will receive interim payments of £40,000 within 90 days.",
     "An interim payment of £45,000 will reach survivors of the Verno mine flood within 90 days.", "payment"),
    ("Each family will get a £12,000 payout from the Tarrow fund, the board said.",
     "The board said the Tarrow fund will make a £15,000 payout to each family.", "payout"),
])
def test_a_payment_or_payout_given_different_amounts_is_a_figure_conflict(tmp_path, one, other, kind):
    [conflict] = of_kind(find(corpus_of(tmp_path, one, other)), "figure")
    assert conflict.topic == f"amount of the {kind}" and len(conflict.versions) == 2


def test_one_fine_given_as_the_same_figure_in_two_currencies_is_a_figure_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "The 2.37-billion-euro fine is the board's largest since it was set up.",
                       "The board ordered Harlow on Friday to pay a $2.37 billion fine for rigging grain prices.")
    [conflict] = of_kind(find(corpus, funding=funding_of(corpus)), "figure")
    assert conflict.topic == "currency of the fine" and values(conflict) == ["2.37-billion-euro", "$2.37 billion"]


@pytest.mark.parametrize("one, other", [
    # a source that gives both currencies converts, it does not disagree
    ("The board fined Harlow 2.37 billion euros ($2.37 billion at par, officials said).",
     "The board ordered Harlow on Friday to pay a $2.37 billion fine for rigging grain prices."),
    # fines of two firms
    ("The board fined Harlow 2.37 billion euros for rigging grain prices.",
     "The board fined Tarn Mills $2.37 billion for rigging flour prices."),
])
def test_the_same_figure_in_two_currencies_converted_or_for_others_is_no_conflict(tmp_path, one, other):
    corpus = corpus_of(tmp_path, one, other)
    assert not [c for c in find(corpus, funding=funding_of(corpus)) if c.topic.startswith("currency")]


def test_the_same_figure_in_two_currencies_at_par_on_the_day_is_no_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "The 2.37-billion-euro fine is the board's largest since it was set up.",
                       "The board ordered Harlow on Friday to pay a $2.37 billion fine for rigging grain prices.")
    at_par = [money("2.37-billion-euro", 2.37e9, "EUR", 2.37e9, ["S1:1"], funder="", purpose="", kind="context"),
              money("$2.37 billion", 2.37e9, "USD", 2.36e9, ["S2:1"], funder="", purpose="", kind="context")]
    assert not [c for c in find(corpus, funding=at_par) if c.topic.startswith("currency")]


def test_one_tranche_given_different_amounts_is_a_figure_conflict_whether_its_giver_or_receiver_is_named(tmp_path):
    corpus = corpus_of(tmp_path, "The Delta Fund paid out the first tranche of $2.4 billion to Vessia, officials said.",
                       "Under the loan terms, Vessia is to receive the first tranche of $2.6 billion in the spring.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "amount of the tranche" and values(conflict) == ["$2.4 billion", "$2.6 billion"]


@pytest.mark.parametrize("one, other", [
    ("The Delta Fund paid out the first tranche of $2.4 billion to Vessia.",
     "Under the loan, Vessia will receive the second tranche of $2.6 billion in March."),
    ("The Delta Bank paid the first instalment of $2.4 billion to Vessia.",
     "The Delta Bank will pay the last instalment of $2.6 billion to Vessia in March."),
])
def test_tranches_of_other_rank_are_no_figure_conflict(tmp_path, one, other):
    assert of_kind(find(corpus_of(tmp_path, one, other)), "figure") == []


def test_a_deals_worth_in_a_sentence_that_seeks_something_else_or_dates_it_last_week_is_compared(tmp_path):
    corpus = corpus_of(tmp_path, "The union said that blocking Harlow's $6.3 billion takeover of Tarn Mills was a mistake.",
                       "Harlow went to court on Friday, asking the judges to undo the order that stopped its planned "
                       "$6.8 billion takeover of Tarn Mills last week.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "amount of the agreement" and values(conflict) == ["$6.3 billion", "$6.8 billion"]


def test_one_appeal_given_different_amounts_is_a_figure_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "The charity asked for $3 billion for Tarn, a week after its $215 million appeal "
                                 "to feed the flooded valley.",
                       "The charity has opened a $230 million appeal for the valley's farmers.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "amount of the appeal" and values(conflict) == ["$215 million", "$230 million"]


@pytest.mark.parametrize("one, other, written", [
    ("Nine people were killed in the blast at the Tarrow depot.", "Twelve people were killed in the blast at the Tarrow depot.",
     ["Nine people", "Twelve people"]),
    ("At the Tarrow conference, 46 nations made pledges to the fund.", "At the Tarrow conference, 25 countries made pledges to the fund.",
     ["46 nations made", "25 countries made"]),
    ("A 41,000-seat stadium will be built at Tarrow Park for the games.",
     "The games plan puts a new 44,000-seat Tarrow Stadium in the park.", ["41,000-seat stadium", "44,000-seat"]),
])
def test_counts_written_in_words_or_naming_things_by_a_synonym_are_compared(tmp_path, one, other, written):
    [conflict] = of_kind(find(corpus_of(tmp_path, one, other)), "figure")
    assert values(conflict) == written


@pytest.mark.parametrize("other", ["The mayor of Tarrow, 44, opened the hall.", "A 12,000-seat arena will be built too."])
def test_an_age_or_the_seats_of_another_venue_are_no_count_of_seats(tmp_path, other):
    found = find(corpus_of(tmp_path, "The 41-year-old mayor of Tarrow opened a new 41,000-seat stadium.", other))
    assert of_kind(found, "figure") == []


@pytest.mark.parametrize("other", ["Under the terms, the transaction came to roughly $12.3 billion in shares.",
                                   "Harbourline closed its $12.3 billion takeover of Tarn Ferries on Friday."])
def test_an_acquisition_a_takeover_and_a_transaction_are_one_kind_of_sum(tmp_path, other):
    corpus = corpus_of(tmp_path, "Harbourline’s $12.8 billion acquisition of Tarn Ferries went through.", other)
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "amount of the agreement" and values(conflict)[0] == "$12.8 billion"


def test_a_target_and_a_goal_given_different_amounts_are_a_figure_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "The harbour fund raised $9 billion, falling short of its 12 billion dollar target.",
                       "The new pledges did not reach a $10 billion goal, the fund said.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "amount of the target" and values(conflict) == ["12 billion dollar", "$10 billion"]


def test_a_fine_of_someone_with_a_former_title_and_a_reason_after_it_is_still_compared(tmp_path):
    corpus = corpus_of(tmp_path,
                       "In a ruling, the court fined the former mayor $212 million for wrongly valuing his estates.",
                       "Former Mayor Peter Vash has been fined $211.6 million plus interest in the civil case.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "amount of the fine" and values(conflict) == ["$212 million", "$211.6 million"]


def test_a_sum_a_verb_of_fining_governs_is_a_fine(tmp_path):
    corpus = corpus_of(tmp_path, "The regulator said it fined Harlow Foods 612.4 million euros on Tuesday.",
                       "The regulator has fined Harlow Foods €590 million.")
    [conflict] = of_kind(find(corpus), "figure")
    assert values(conflict) == ["612.4 million euros", "€590 million"]


def test_a_sum_a_verb_of_fining_governs_across_an_appositive_is_a_fine(tmp_path):
    corpus = corpus_of(tmp_path, "The regulator has fined Harlow, the owner of two flour mills, €612 million on Tuesday.",
                       "Harlow will appeal the €590 million fine.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "amount of the fine" and values(conflict) == ["€612 million", "€590 million"]


def test_a_sum_after_an_appositive_the_verb_of_fining_does_not_govern_is_no_fine(tmp_path):
    corpus = corpus_of(tmp_path, "The regulator fined Harlow, the owner of two flour mills, after buyers lost €612 million.",
                       "Harlow will appeal the €590 million fine.")
    assert of_kind(find(corpus), "figure") == []


def test_a_fine_of_a_described_company_and_a_penalty_are_one_kind_of_sum(tmp_path):
    corpus = corpus_of(tmp_path, "The regulator fined food giant Harlow €612 million on Tuesday.",
                       "Harlow must pay a €590 million penalty, the regulator said.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "amount of the fine" and values(conflict) == ["€612 million", "€590 million"]


def test_a_hedged_sum_is_compared_by_the_values_its_last_digit_allows(tmp_path):
    corpus = corpus_of(tmp_path, "Harlow agreed to buy the Vessia mill in a deal valued at roughly $4.9 billion.",
                       "Harlow has agreed to buy Vessia Mills Corp. for $4.1 billion in cash.",
                       "Harlow said its $4.1 billion deal would close in June.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "amount of the agreement"
    assert values(conflict) == ["roughly $4.9 billion", "$4.1 billion"]
    assert [version.cite for version in conflict.versions] == [["S1:1"], ["S2:1", "S3:1"]]


@pytest.mark.parametrize("one, other", [
    # a guess, written as one
    ("The Delta Bank approved roughly $2.4 billion in loans.", "The Delta Bank approved a $2.35 billion loan."),
    # loans to two borrowers
    ("The Delta Bank approved a $2.4 billion loan to Nordland.", "The Delta Bank made a $2.1 billion loan to Vessia."),
    ("The Delta Bank approved a $2.4 billion loan for Nordland.", "It made a $2.1 billion loan for the Vessia Port."),
    # a source that gives both sums: a part and the whole
    ("The $2.4 billion package includes a $2.1 billion loan.", "The Delta Bank approved a $2.4 billion loan."),
    # too far apart to be one sum, and one given last year
    ("The Delta Bank approved a $2.4 billion loan.", "The bank also made a $600 million loan to a port."),
    ("The Delta Bank approved a $2.4 billion loan.", "The Delta Bank approved a $1.8 billion loan."),
    ("The Delta Bank approved a $2.4 billion loan.", "Last year the bank made a $2.1 billion loan to Nordland."),
    # one sum in two currencies, and one sum written two ways
    ("The Delta Bank approved a €2 billion loan.", "The Delta Bank approved a $2.3 billion loan."),
    ("The Delta Bank approved a $2.4bn loan.", "The Delta Bank approved loans worth 2.4 billion dollars."),
])
def test_sums_of_other_parties_bounds_or_given_by_both_are_no_figure_conflict(tmp_path, one, other):
    assert of_kind(find(corpus_of(tmp_path, one, other)), "figure") == []


def test_aid_named_in_the_sentence_before_or_as_assistance_is_one_kind_of_sum(tmp_path):
    corpus = corpus_of(tmp_path,
                       "The Varden Council approved €42 million in aid against coastal erosion and €80 million in grants.",
                       "The council set up financial aid against coastal erosion and flooding. "
                       "For this, the Varden Council will allocate €40 million to the region.",
                       "The plan brings assistance of 42 million euros against coastal erosion.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "amount of the aid" and values(conflict) == ["€42 million", "€40 million"]
    assert conflict.versions[0].cite == ["S1:1", "S3:1"] and conflict.versions[1].cite == ["S2:2"]


@pytest.mark.parametrize("one, other", [
    # two quantities in one currency: aid and a loan
    ("The Varden Council approved €42 million in aid for farmers.",
     "The Varden Council will lend €40 million in loans to the port."),
    # the sentence before names two kinds of money: which one is meant is not known
    ("The Varden Council approved €42 million in aid for farmers.",
     "The plan mixes grants and aid for farmers. For this, the council will allocate €40 million."),
    # the sentence does not point back to the one before it
    ("The Varden Council approved €42 million in aid for farmers.",
     "The council set up financial aid for farmers. The council will allocate €40 million to the port."),
    # the sentence before it names what a thing is worth: money spent on it is not that worth
    ("Varden signed a €42 million deal with the port.",
     "Varden signed a deal with the port. For this, the council will allocate €40 million."),
    # the sentence before it is another source's
    ("The Varden Council approved €42 million in aid for farmers.",
     "For this, the council will allocate €40 million to the port."),
])
def test_other_kinds_of_money_or_no_back_reference_are_no_aid_conflict(tmp_path, one, other):
    assert of_kind(find(corpus_of(tmp_path, one, other)), "figure") == []


@pytest.mark.parametrize("one, other, topic, written", [
    # a cost and a price tag are one quantity
    ("Work on the Orvale bridge began on Monday; the bridge carries a $2.4 billion price tag.",
     "The Orvale bridge, with a cost of $2.2 billion, opens in 2031.", "amount of the cost", ["$2.4 billion", "$2.2 billion"]),
    # the sum needed to build a thing is its cost
    ("The Tarn dam carries a $2.4 billion price tag, officials said on Monday.",
     "The state has found the $2.2 billion required to build the dam.", "amount of the cost", ["$2.4 billion", "$2.2 billion"]),
    # a deal and a contract are one agreement
    ("Harlow Foods signed a $640 million deal with Brisk Farms on Tuesday.",
     "Brisk Farms agreed a contract worth $600 million with Harlow Foods.", "amount of the agreement",
     ["$640 million", "$600 million"]),
    # words any sum may bear do not make it another one
    ("The ministers agreed on a total package of $2.4 billion in Harlow.",
     "The ministers agreed on a $2.2 billion package in Harlow.", "amount of the package", ["$2.4 billion", "$2.2 billion"]),
])
def test_one_quantity_named_by_its_noun_or_a_synonym_given_differently_is_a_figure_conflict(tmp_path, one, other,
                                                                                              topic, written):
    [conflict] = of_kind(find(corpus_of(tmp_path, one, other)), "figure")
    assert conflict.topic == topic and values(conflict) == written


@pytest.mark.parametrize("one, other", [
    # two quantities in one currency: a cost and a loan
    ("Work on the Orvale bridge began; the bridge carries a $2.4 billion price tag.",
     "The state approved a $2.2 billion loan for the bridge."),
    # two loans that their words tell apart
    ("The Delta Bank approved a $2.4 billion bridge loan.", "The Delta Bank approved a $2.2 billion term loan."),
    ("The Delta Bank approved a bridge loan of $2.4 billion.", "The Delta Bank approved a term loan of $2.2 billion."),
    # the costs of two things
    ("The state found the $2.4 billion required to build the dam.",
     "The state found the $2.2 billion needed to finish the first tunnel."),
    ("The dam's $2.4 billion price tag was criticised.", "The tunnel's $2.2 billion price tag was criticised."),
    # a verb is not a noun of money
    ("The Varden Council gave $2.4 billion in aid.", "The state gave $2.2 billion to aid the council."),
    # one cost written two ways
    ("Work on the Orvale bridge began; the bridge carries a $1.6bn price tag.",
     "The Orvale bridge, with a cost of $1,600 million, opens in 2031."),
    # a hedge whose span holds the other sum, and one too round to say more than its size
    ("Harlow bought the mill in a deal valued at roughly $4.15 billion.", "Harlow bought the mill for $4.1 billion."),
    ("Harlow bought the mill in a deal worth about $4 billion.", "Harlow bought the mill for $4.3 billion."),
    # a sum asked for is no sum set
    ("The regulator had asked the court to fine Harlow $900 million in penalties.",
     "The court fined Harlow $800 million on Friday."),
    ("The regulator proposed a $900 million fine for Harlow.", "The court fined Harlow $800 million on Friday."),
])
def test_other_quantities_hedged_sums_that_meet_and_sums_asked_for_are_no_figure_conflict(tmp_path, one, other):
    assert of_kind(find(corpus_of(tmp_path, one, other)), "figure") == []


def test_two_ceilings_of_one_kind_of_sum_given_differently_are_a_figure_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "The act sets penalties of up to 8 million euros for the firms.",
                       "Firms face penalties of up to €7.5 million for each lapse.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "amount of the fine"
    assert values(conflict) == ["up to 8 million euros", "up to €7.5 million"]


def test_one_giver_giving_one_kind_of_sum_differently_is_a_figure_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "Norland will give $300 million in aid, the minister said.",
                       "Norland pledged $280 million in aid to Vessia on Monday.")
    funding = funding_of(corpus)
    [conflict] = conflicts.sum_conflicts(corpus, funding)
    assert conflict.topic == "amount of the aid" and values(conflict) == ["$300 million", "$280 million"]
    # the funder's only sums in the two sources: found by funder too, and given once
    [conflict] = of_kind(find(corpus, funding=funding), "figure")
    assert conflict.topic == "amount Norland gives" and values(conflict) == ["$300 million", "$280 million"]


@pytest.mark.parametrize("one, other", [
    ("At the donors' meeting Norway committed 70 million euros on Monday.",
     "Norway will give €95 million to ease the drought in the valley."),
    # a capital stands for its state
    ("At the donors' meeting the Delta Bank pledged 40 million euros, while Norway committed 70 million euros.",
     "Oslo will give €95 million to ease the drought in the valley."),
    # in other currencies, compared in euros
    ("At the donors' meeting Norway committed 70 million euros on Monday.",
     "Norway will give $105 million to ease the drought in the valley."),
])
def test_the_only_sums_two_sources_give_one_funder_given_differently_are_a_figure_conflict(tmp_path, one, other):
    corpus = corpus_of(tmp_path, one, other)
    [conflict] = of_kind(find(corpus, funding=funding_of(corpus)), "figure")
    assert conflict.topic == "amount Norway gives"
    assert values(conflict) == ["70 million euros", other.split("give ")[1].split(" to ease")[0]]


@pytest.mark.parametrize("one, other", [
    # the other source gives this funder two sums: which of them is this one is not known
    ("At the donors' meeting Norway committed 70 million euros on Monday.",
     "Norway will give €95 million to ease the drought, and €20 million for schools in the valley."),
    # too far apart to be one sum written two ways
    ("At the donors' meeting Norway committed 40 million euros on Monday.",
     "Norway will give €95 million to ease the drought in the valley."),
    # more than twice the other in euros
    ("At the donors' meeting Norway committed 70 million dollars on Monday.",
     "Norway will give €170 million to ease the drought in the valley."),
    # another funder
    ("At the donors' meeting Norway committed 70 million euros on Monday.",
     "Vessia will give €95 million to ease the drought in the valley."),
])
def test_sums_one_funder_may_give_apart_are_no_figure_conflict_when_no_purpose_ties_them(tmp_path, one, other):
    corpus = corpus_of(tmp_path, one, other)
    assert of_kind(find(corpus, funding=funding_of(corpus)), "figure") == []


@pytest.mark.parametrize("one, other", [
    ("The United States announced $500 million in military aid for the country on Monday.",
     "Germany pledged $450 million in aid at the conference in Oslo."),
    ("Norland will give $300 million in aid, the minister said.", "Vessia will give $280 million in aid, officials said."),
    ("At the summit, Norland promised aid of $120 million.", "At the summit, Vessia promised aid worth $110 million."),
    ("The Delta Bank approved a $500 million loan on Friday.", "The Harbour Fund approved a $450 million loan."),
])
def test_sums_of_two_givers_are_no_figure_conflict(tmp_path, one, other):
    corpus = corpus_of(tmp_path, one, other)
    assert of_kind(find(corpus, funding=funding_of(corpus)), "figure") == []


@pytest.mark.parametrize("one, other, written", [
    # who acts on a deal is no party to it; a deal only proposed has its worth all the same
    ("The Tarn High Court blocked the €96 million deal between Harlow Energy and the grid operator.",
     "The premier cancelled the €95 million deal with Harlow for the building of power lines.",
     ["€96 million", "€95 million"]),
    ("Ana Ruiz also stopped Harlow's offer for the grid firm, a proposed $514 million deal.",
     "The premier ordered the Power Ministry to end the $480 million deal between Harlow and the grid firm.",
     ["$514 million", "$480 million"]),
])
def test_one_deal_acted_on_by_others_or_only_proposed_given_differently_is_a_figure_conflict(tmp_path, one, other,
                                                                                              written):
    [conflict] = of_kind(find(corpus_of(tmp_path, one, other)), "figure")
    assert conflict.topic == "amount of the agreement" and values(conflict) == written


@pytest.mark.parametrize("one, other", [
    # one party's deals with two others
    ("Brisk Farms signed a $640 million deal with Harlow Foods.",
     "Brisk Farms also signed a $600 million deal with Tarn Mills, its second this year."),
    # aid for two groups of people
    ("The Varden Council approved €42 million in aid for farmers hit by the floods.",
     "The Varden Council approved €40 million in aid for fishermen hit by the floods."),
])
def test_deals_of_other_parties_or_aid_for_other_people_are_no_figure_conflict(tmp_path, one, other):
    corpus = corpus_of(tmp_path, one, other)
    assert of_kind(find(corpus, funding=funding_of(corpus)), "figure") == []


def test_one_span_of_time_given_differently_is_a_figure_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "Dock workers at Tarrow Quay voted on Monday, ending a 41-day strike at the port.",
                       "The dockers returned to work after a 42-day strike, the union said.",
                       "The 41-day strike cost the port dearly.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "length of the strike" and values(conflict) == ["41-day strike", "42-day strike"]
    assert conflict.versions[0].cite == ["S1:1", "S3:1"]


def test_an_age_in_number_words_given_differently_is_a_figure_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "Quillmark, a six-year-old startup founded by two engineers, makes chips.",
                       "The bank paid $3 billion for a seven-year-old Danish payments startup called Quillmark.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "age of the startup"
    assert values(conflict) == ["six-year-old startup", "seven-year-old Danish payments startup"]


def test_a_span_of_one_agreement_named_by_other_nouns_is_a_figure_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "The guild accepted a new eight-year contract on Friday.",
                       "Members approved a seven-year deal with the mill owners.")
    [conflict] = of_kind(find(corpus), "figure")
    assert values(conflict) == ["eight-year contract", "seven-year deal"]


@pytest.mark.parametrize("one, other", [
    # one span written in figures and in words
    ("The union accepted a 5-year contract.", "The union accepted a five-year deal."),
    # a guess, and a span in another unit
    ("The union ended a nearly six-week strike.", "The union ended a five-week strike."),
    ("The union ended a six-week strike.", "The union ended a 40-day strike."),
    # another thing, another owner, an earlier strike, and a source that gives both spans
    ("The union ended a 41-day strike.", "The union had called a 42-day ban on overtime."),
    ("Marta Velez signed a four-year contract.", "Tomas Okoro signed a five-year contract."),
    ("The union ended a 41-day strike.", "Last year the union held a 42-day strike."),
    ("The union ended a 41-day strike. A 42-day strike hit the mill.", "The union ended a 42-day strike."),
    # words they share are not the last of either: two things of one kind
    ("It was a five-year federal inquiry.", "It is a four-year federal program."),
    # a thing whose span a source says changed
    ("The rivals agreed a four-day truce on Monday.", "The five-day truce was extended by a day."),
    ("The rivals agreed a four-day truce.", "Mediators extended the five-day truce in the valley by an additional 48 hours."),
    # spans too far apart to be one given differently, and a level, not a span of a thing
    ("The union accepted a two-year contract.", "The union accepted a six-year contract."),
    ("Shares hit a five-year high on Friday.", "Shares hit a four-year high on Friday."),
    # a span before a name measures nothing the other names
    ("The 61-year-old Ana Ruiz won.", "The 62-year-old Ana Ruiz won."),
    ("The 61-year-old Ruiz won the seat.", "The 64-year-old Okoro won the seat."),
    # spans of people: a story may name many
    ("Police said a 34-year-old man was arrested.", "A 31-year-old man was hurt in the crash."),
    ("Ruiz, a 20-year veteran of the force, spoke.", "Okoro, a 22-year veteran of the force, spoke."),
])
def test_spans_agreeing_hedged_or_of_other_things_are_no_figure_conflict(tmp_path, one, other):
    assert of_kind(find(corpus_of(tmp_path, one, other)), "figure") == []


def test_a_span_that_grew_between_two_publication_days_is_no_figure_conflict(tmp_path):
    for number, (day, text) in enumerate([("2031-03-02", "Talks stalled on the 40-day strike at the mill."),
                                          ("2031-03-03", "Talks resumed on the 41-day strike at the mill.")], 1):
        (tmp_path / f"{number:02d}_article.txt").write_text(f"---\ndate: {day}\n---\nHeadline\n\n{text}\n", encoding="utf-8")
    assert of_kind(find(read_folder(tmp_path)), "figure") == []
    (tmp_path / "01_article.txt").write_text("---\ndate: 2031-03-03\n---\nHeadline\n\nTalks stalled on the 40-day "
                                           "strike at the mill.\n", encoding="utf-8")
    assert [values(c) for c in of_kind(find(read_folder(tmp_path)), "figure")] == [["40-day strike", "41-day strike"]]


# --- title --------------------------------------------------------------------------------------


def test_singular_and_plural_title_is_a_conflict(three):
    actors = [person("Ana Ruiz")]
    mentions = [Mention("Ana Ruiz", "Ana Ruiz", "S1:1", role="Minister for Strategic Industry"),
                Mention("Ana Ruiz", "Ana Ruiz", "S2:1", role="Minister for Strategic Industries")]
    [conflict] = find(three, actors, mentions)
    assert conflict.kind == "title" and conflict.topic == "Ana Ruiz's title"
    assert values(conflict) == ["Minister for Strategic Industry", "Minister for Strategic Industries"]


@pytest.mark.parametrize("one, other", [
    ("Industry Minister", "Minister for Industry"),
    ("Danish Industry Minister", "Minister of Industry (Erhvervsministeren)"),
    ("Defence Minister", "Defense Minister"),
    ("Minister", "Ukraine's Minister for Strategic Industries"),
    ("Vice-President", "vice president"),
    ("U.S. Secretary of State", "Secretary of State"),
    ("EU antitrust chief", "EU competition chief"),
    ("farm secretary", "Agriculture Secretary"),
    ("union President", "president of the Harbour Workers' Association District 9"),
    ("HBV Governor", "Harbour Bank of Velmora Governor"),
    ("Tory leader", "Conservative party leader"),
])
def test_titles_that_mean_the_same_are_no_conflict(three, one, other):
    mentions = [Mention("Ana Ruiz", "Ana Ruiz", "S1:1", role=one), Mention("Ana Ruiz", "Ana Ruiz", "S2:1", role=other)]
    assert find(three, [person("Ana Ruiz")], mentions) == []


def test_two_titles_in_one_source_are_two_roles_not_a_conflict(three):
    mentions = [Mention("Ana Ruiz", "Ana Ruiz", "S1:1", role="Defense Minister"),
                Mention("Ana Ruiz", "Ana Ruiz", "S1:4", role="Deputy Prime Minister"),
                Mention("Ana Ruiz", "Ana Ruiz", "S2:1", role="Defense Minister")]
    assert find(three, [person("Ana Ruiz")], mentions) == []


# --- spelling -----------------------------------------------------------------------------------


def test_diacritics_and_transliteration_are_spelling_conflicts(three):
    actors = [person("Morten Bødskov", "Morten Bodskov"), person("Volodymyr Zelensky", "Zelenskyj")]
    mentions = [Mention("Morten Bødskov", "Morten Bodskov", "S1:2"), Mention("Morten Bødskov", "Bødskov", "S2:3"),
                Mention("Volodymyr Zelensky", "Volodymyr Zelenskyj", "S1:9"),
                Mention("Volodymyr Zelensky", "President Zelensky", "S2:5")]
    found = find(three, actors, mentions)
    assert [(c.kind, values(c)) for c in found] == [("spelling", ["Morten Bodskov", "Bødskov"]),
                                                    ("spelling", ["Volodymyr Zelenskyj", "President Zelensky"])]
    assert found[0].versions[1].cite == ["S2:3"]


def test_middle_names_case_and_possessives_are_no_spelling_conflict(three):
    actors = [person("Troels Lund Poulsen")]
    mentions = [Mention("Troels Lund Poulsen", "Troels Lund Poulsen", "S1:1"),
                Mention("Troels Lund Poulsen", "Troels Poulsen", "S2:1"),
                Mention("Troels Lund Poulsen", "POULSEN", "S3:1"),
                Mention("Troels Lund Poulsen", "Poulsen’s", "S3:2"),
                Mention("Troels Lund Poulsen", "the minister", "S2:2")]
    assert find(three, actors, mentions) == []


def test_a_dashed_particle_is_set_aside_and_the_surname_after_it_is_compared(three):
    actors = [person("Karim al-Tariqi", "Karim el-Tariqi", "Tariqi", "Al-Tarriqi")]
    mentions = [Mention("Karim al-Tariqi", "Karim al-Tariqi", "S1:1"), Mention("Karim al-Tariqi", "Karim el-Tariqi", "S2:1"),
                Mention("Karim al-Tariqi", "Tariqi", "S2:2")]
    assert find(three, actors, mentions) == []
    mentions.append(Mention("Karim al-Tariqi", "Al-Tarriqi", "S3:1"))
    [conflict] = find(three, actors, mentions)
    assert values(conflict) == ["Karim al-Tariqi", "Al-Tarriqi"]


def test_a_full_name_written_without_its_suffix_by_another_source_is_a_spelling_conflict(three):
    actors = [person("Arthur B. Linwood Jr.", "Arthur Linwood", "Linwood")]
    mentions = [Mention("Arthur B. Linwood Jr.", "Arthur B. Linwood Jr.", "S1:1"),
                Mention("Arthur B. Linwood Jr.", "Arthur Linwood", "S2:1"), Mention("Arthur B. Linwood Jr.", "Linwood", "S2:2"),
                Mention("Arthur B. Linwood Jr.", "Arthur Linwood Jr", "S3:1")]
    [conflict] = find(three, actors, mentions)
    assert values(conflict) == ["Arthur B. Linwood Jr.", "Arthur Linwood"]
    assert [v.cite for v in conflict.versions] == [["S1:1", "S3:1"], ["S2:1"]]


def test_a_suffix_left_off_by_a_source_that_writes_it_or_only_the_surname_is_no_conflict(three):
    actors = [person("Arthur B. Linwood Jr.", "Arthur Linwood", "Linwood")]
    mentions = [Mention("Arthur B. Linwood Jr.", "Arthur B. Linwood Jr.", "S1:1"),
                Mention("Arthur B. Linwood Jr.", "Arthur Linwood", "S1:4"), Mention("Arthur B. Linwood Jr.", "Linwood", "S2:2"),
                Mention("Arthur B. Linwood Jr.", "Secretary Linwood", "S3:1")]
    assert find(three, actors, mentions) == []


def test_a_full_name_whose_words_another_source_writes_in_another_order_is_a_spelling_conflict(three):
    actors = [person("Min-jun Park", "Park Min-jun", "Park")]
    mentions = [Mention("Min-jun Park", "Min-jun Park", "S1:1"), Mention("Min-jun Park", "Park", "S1:2"),
                Mention("Min-jun Park", "Park Min-jun", "S2:1")]
    [conflict] = find(three, actors, mentions)
    assert conflict.kind == "spelling" and values(conflict) == ["Min-jun Park", "Park Min-jun"]
    assert [v.cite for v in conflict.versions] == [["S1:1"], ["S2:1"]]
    assert find(three, actors, mentions[:2] + [Mention("Min-jun Park", "Min-Jun Park", "S2:1")]) == []


def test_two_spellings_in_one_source_alone_are_no_conflict(three):
    mentions = [Mention("Ana Ruiz", "Ana Ruiz", "S1:1"), Mention("Ana Ruiz", "Ana Ruíz", "S1:2")]
    assert find(three, [person("Ana Ruiz")], mentions) == []


def test_a_spelling_conflict_lists_each_full_spelling_once_with_all_its_sources(three):
    actors = [person("K.T. Ormsby", "KT Ormsby"), person("Arthur Linwood Jr", "Arthur Linwood Jnr")]
    mentions = [Mention("K.T. Ormsby", "K.T. Ormsby", "S1:1"), Mention("K.T. Ormsby", "Ormsby", "S1:3"),
                Mention("K.T. Ormsby", "KT Ormsby", "S2:1"), Mention("K.T. Ormsby", "KT Ormsby", "S3:1"),
                Mention("Arthur Linwood Jr", "Arthur Linwood Jr", "S1:2"),
                Mention("Arthur Linwood Jr", "Linwood Jnr", "S2:4"), Mention("Arthur Linwood Jr", "Linwood", "S2:5")]
    found = find(three, actors, mentions)
    assert [(c.kind, values(c)) for c in found] == [("spelling", ["K.T. Ormsby", "KT Ormsby"]),
                                                    ("spelling", ["Arthur Linwood Jr", "Linwood Jnr"])]
    assert [v.cite for v in found[0].versions] == [["S1:1"], ["S2:1", "S3:1"]]  # "Ormsby" alone spells no initials


def test_a_surname_spelled_with_another_hard_initial_is_a_spelling_conflict(three):
    mentions = [Mention("Ulf Karlsson", "Ulf Karlsson", "S1:1"), Mention("Ulf Karlsson", "Carlsson", "S2:1")]
    [conflict] = find(three, [person("Ulf Karlsson", "Carlsson")], mentions)
    assert conflict.kind == "spelling" and values(conflict) == ["Ulf Karlsson", "Carlsson"]


def test_a_short_form_of_the_given_name_is_a_spelling_conflict(three):
    mentions = [Mention("Tom Harrowgate", "Tom Harrowgate", "S1:1"), Mention("Tom Harrowgate", "Harrowgate", "S1:2"),
                Mention("Tom Harrowgate", "Thomas Harrowgate", "S2:1"), Mention("Tom Harrowgate", "Tom Harrowgate", "S3:1")]
    [conflict] = find(three, [person("Tom Harrowgate", "Thomas Harrowgate")], mentions)
    assert conflict.kind == "spelling" and values(conflict) == ["Tom Harrowgate", "Thomas Harrowgate"]
    assert [v.cite for v in conflict.versions] == [["S1:1", "S3:1"], ["S2:1"]]


# --- quote-wording ------------------------------------------------------------------------------


def quote(text: str, cite: str, speaker: str = "Ana Ruiz") -> View:
    return View(speaker=speaker, quote=True, kind="official", text=text, cite=[cite])


@pytest.mark.parametrize("one, other", [
    # a state's other name
    ("Our teams will reach the towns of northern Burma before the rains come.",
     "Our teams will reach the towns of northern Myanmar before the rains come"),
    # initials with and without their stops
    ("The U.N. convoys will cross the river at dawn with tents and water",
     "The UN convoys will cross the river at dawn with tents and water"),
])
def test_a_state_named_another_way_or_initials_without_stops_are_no_other_wording(three, one, other):
    assert find(three, views=[quote(one, "S1:1"), quote(other, "S2:1")]) == []


def test_one_remark_in_other_words_is_a_quote_wording_conflict(three):
    views = [quote("a unique case of international cooperation for the Ukrainian defense industry", "S1:3"),
             quote("a historic moment and a unique case for Ukraine's defense industry", "S2:7"),
             quote("Denmark is a true friend of Ukraine's defense industry and a trusted ally", "S2:8")]
    [conflict] = find(three, views=views)
    assert conflict.kind == "quote-wording"
    assert conflict.topic == 'wording of Ana Ruiz\'s "unique case" remark'
    assert [v.cite for v in conflict.versions] == [["S1:3"], ["S2:7"]]


def test_a_remark_reworded_up_to_the_word_both_end_on_is_a_quote_wording_conflict(three):
    views = [quote("This ruling is about the fairness of the tender. It has nothing to do with politics", "S1:1"),
             quote("This ruling is about fairness, not politics", "S2:1")]
    [conflict] = find(three, views=views)
    assert conflict.kind == "quote-wording" and [v.cite for v in conflict.versions] == [["S1:1"], ["S2:1"]]


def test_one_sentence_of_a_longer_quote_reworded_is_a_quote_wording_conflict(three):
    views = [quote("With the help of the harbour pilots, and the patience and goodwill of all our good neighbours and friends, the new quay is gonna hold", "S1:1"),
             quote("We have worked hard on it for months with unions, engineers, divers and crane crews. With the help of the harbour pilots, the new quay is going to hold.", "S2:1")]
    [conflict] = find(three, views=views)
    assert conflict.kind == "quote-wording" and [v.cite for v in conflict.versions] == [["S1:1"], ["S2:1"]]


def test_a_sentence_whose_opening_words_are_reworded_before_a_long_run_alike_is_a_quote_wording_conflict(three):
    views = [quote("fails to meet the scale of the storm we all face.", "S1:1"),
             quote("I am sorry to say this plan is no more than a mirage,” she said. “This, in our view, will not "
                   "meet the scale of the storm we all face.", "S2:1")]
    [conflict] = find(three, views=views)
    assert conflict.kind == "quote-wording" and [v.cite for v in conflict.versions] == [["S1:1"], ["S2:1"]]


def test_two_remarks_a_long_quote_of_a_third_source_holds_stay_two(three):
    views = [quote("The port will take, at my request, 400 million euros of new cargo, which will keep half the profits.", "S1:4"),
             quote("The port will take, at my request, €400m of new cargo, which will keep half the profits.", "S2:4"),
             quote("Best of all, the port will open its quays to ferries, trucks, grain and other goods.", "S2:9"),
             quote("We just closed a huge deal with the port, the biggest ever. The port will take, at my request, "
                   "400 Million Euros of new cargo, which will keep half the profits. The port will open up to "
                   "ferries, grain and other things.", "S3:5")]
    [conflict] = find(three, views=views)
    assert [v.cite for v in conflict.versions] == [["S1:4"], ["S2:4"], ["S3:5"]]


@pytest.mark.parametrize("one, other", [
    ("This is not charity, this is joint strength.", "This is not charity — this is joint strength."),
    ("This is not charity", "This is not charity, this is joint strength, and we know it."),
    ("We will rebuild every bridge in the region", "Our farmers need rain more than promises"),
])
def test_same_words_or_different_remarks_are_no_quote_wording_conflict(three, one, other):
    assert find(three, views=[quote(one, "S1:1"), quote(other, "S2:1")]) == []


@pytest.mark.parametrize("one, other", [
    ("Thanks to our partners, the state will cover over 70 percent of the total",
     "Today marks a milestone for the river crossing, said Governor Ana Ruiz. Thanks to our partners, the state "
     "will cover over 70 percent of the t"),
    ("the finest harbour ever built on this coast", "This is, people say, the finest harbour ever built on this coast"),
    # the word closing one quote stands in another sentence of the other
    ("The port runs better now owing to the work of our crews to finish the long quay",
     "The port runs better now owing to the work of our crews,” she said. “The quay is a triumph for us all."),
])
def test_one_remark_quoted_at_other_lengths_is_no_quote_wording_conflict(three, one, other):
    assert find(three, views=[quote(one, "S1:1"), quote(other, "S2:1")]) == []


@pytest.mark.parametrize("one, other", [
    ("the biggest harbour ever built on this coast", "This is, people say, the finest harbour ever built on this coast"),
    ("not raise the fees too fast or too far.", "But we must be careful not to raise harbour fees too fast or too far."),
    ("The islands must not be left alone again", "The islands must not be left alone to again face the storms"),
])
def test_a_word_put_in_right_inside_the_first_or_last_word_a_quote_shares_is_a_quote_wording_conflict(three, one, other):
    [conflict] = find(three, views=[quote(one, "S1:1"), quote(other, "S2:1")])
    assert conflict.kind == "quote-wording"


@pytest.mark.parametrize("one, other", [
    ("Today's agreement is an important step for the port as a trading location – and for our resilience",
     "Todays agreement is an important step for the port as a trading location and for our resilience"),
    ("We will help organisations across the harbour to modernise their behaviour online",
     "We will help organizations across the harbor to modernize their behavior online"),
    ("The port will pay a fee to the ferry board of 15% from next May", "The port will pay a fee to the ferry board of "
                                                                         "15 per cent from next May"),
])
def test_lost_apostrophes_british_spelling_and_per_cent_are_no_other_wording(three, one, other):
    assert find(three, views=[quote(one, "S1:1"), quote(other, "S2:1")]) == []


@pytest.mark.parametrize("unmarked, conflicts", [
    ("The new harbour levy works as a safety net for every island, as storms batter each coast", 1),
    ("This new harbour levy also works as a safety net for every island, as storms batter each coast", 0),
    ("The harbour fund will be paid by every island over the next ten years, in equal parts", 0),
])
def test_a_view_without_marks_that_words_a_quote_of_another_source_a_little_otherwise_is_a_quote_wording_conflict(
        three, unmarked, conflicts):
    marked = quote("This new harbour levy works as a safety net for every island, as storms batter each coast", "S1:1")
    found = find(three, views=[marked, marked.model_copy(update={"quote": False, "text": unmarked, "cite": ["S2:1"]})])
    assert [(c.kind, values(c)) for c in found] == [("quote-wording", [marked.text, unmarked])] * conflicts


def test_one_remark_turned_round_is_a_quote_wording_conflict(three):
    one = "In the race against rising seas, every island coast stands together."
    other = "The summit made it plain: every island coast stands together in the race against rising seas"
    [conflict] = find(three, views=[quote(one, "S1:1"), quote(other, "S2:1")])
    assert conflict.kind == "quote-wording" and [v.cite for v in conflict.versions] == [["S1:1"], ["S2:1"]]


def test_what_a_contraction_leaves_of_a_word_weighs_nothing_in_a_quote(tmp_path):
    one = "This is not the last harbour vote, this is the start of long talks on many more details of the lease."
    other = "This isn't the last harbour vote. This is the start of talks on the lease and the quays."
    corpus = corpus_of(tmp_path, f"“{one}” Ruiz said. The vote was close.",
                       f"“{other}” Ruiz said. The harbour vote was close and the last one went the same way.")
    [conflict] = find(corpus, views=[quote(one, "S1:1"), quote(other, "S2:1")])
    assert conflict.kind == "quote-wording"
    assert conflicts._content("We don't think it isn't the vote they'd wanted") == {"think", "vote", "wanted"}


def test_one_remark_in_two_translations_is_a_quote_wording_conflict(three):
    one = "Whatever its economic might, it is not possible for one island to fight a storm of this size alone"
    other = "No island can fight such a storm alone, however strong its economic base"
    [conflict] = find(three, views=[quote(one, "S1:1"), quote(other, "S2:1")])
    assert conflict.kind == "quote-wording" and [v.cite for v in conflict.versions] == [["S1:1"], ["S2:1"]]


@pytest.mark.parametrize("other", [
    # one wording, cut elsewhere: a long stretch of it is shared
    "it is not possible for one island to fight a storm of this size alone, and we will not try",
    # other words on the same things: too few of them shared
    "Our island cannot afford the storm walls it needs",
])
def test_one_wording_cut_elsewhere_or_another_remark_is_no_paraphrase(three, other):
    one = "Whatever its economic might, it is not possible for one island to fight a storm of this size alone"
    assert find(three, views=[quote(one, "S1:1"), quote(other, "S2:1")]) == []


def test_a_short_remark_whose_few_words_a_long_one_holds_is_no_paraphrase_of_it(three):
    one = ("After a long and open review of every bid, Harlow Works' Tarn rail plan was judged best placed to "
           "deliver the speed, the cost and the timetable that the whole northern region needs")
    other = "The Tarn rail plan is the best plan for our region"
    assert find(three, views=[quote(one, "S1:1"), quote(other, "S2:1")]) == []


@pytest.mark.parametrize("one, other", [
    # two sentences quoted in either order
    ("Every island coast stands together. We will win the race against rising seas.",
     "We will win the race against rising seas, she said. Every island coast stands together."),
    # how a source names the speaker inside a quote
    ("For years the crossing has been my cause. It is a labour of love,” said Senator Tom Harrowgate. “The bridge is built.",
     "For years the crossing has been my cause. It is a labour of love,” said Majority Leader Thomas Harrowgate. “The bridge is built."),
])
def test_one_remark_reordered_or_framed_by_another_title_is_no_quote_wording_conflict(three, one, other):
    assert find(three, views=[quote(one, "S1:1"), quote(other, "S2:1")]) == []


def test_a_whole_sentence_one_source_leaves_out_of_a_quote_is_no_quote_wording_conflict(three):
    one = "The accord is a win for every port. It will keep the ferries running. It shows that the islands matter"
    other = "The accord is a win for every port,” Ruiz said. “It shows that the islands matter."
    assert find(three, views=[quote(one, "S1:1"), quote(other, "S2:1")]) == []
    reworded = "The accord is a win for every port. It proves that the islands matter."
    [conflict] = find(three, views=[quote(one, "S1:1"), quote(reworded, "S2:1")])
    assert conflict.kind == "quote-wording"


def reported(text: str, cite: str, speaker: str = "Ana Ruiz") -> View:
    return View(speaker=speaker, quote=False, kind="official", text=text, cite=[cite])


def test_a_quotation_inside_a_reported_view_is_reworded_by_another_sources_quote(three):
    views = [reported("the port board not to “squeeze the island families for fares,”", "S1:2"),
             quote("squeezing the island families for fares.", "S2:4")]
    [conflict] = find(three, views=views)
    assert conflict.kind == "quote-wording"
    assert values(conflict) == ["squeeze the island families for fares", "squeezing the island families for fares."]


@pytest.mark.parametrize("one, other", [
    ("squeeze the island families for fares", "not to squeeze the island families for fares"),
    ("the island families for fares", "our island families for fares"),
    ("squeeze the island families for fares", "squeeze the island families for fares."),
])
def test_a_quote_cut_elsewhere_or_one_short_word_apart_is_no_quote_wording_conflict(three, one, other):
    assert find(three, views=[reported(f"the port board not to “{one}”", "S1:1"), quote(other, "S2:1")]) == []


def test_a_short_quotation_closing_on_a_prefixed_form_of_the_others_last_word_is_a_quote_wording_conflict(three):
    views = [reported("she said the deal allows “firmer checks seasonal registration“", "S1:4"),
             reported("she said the deal allows for “firmer checks of seasonal preregistration.”", "S2:9")]
    [conflict] = find(three, views=views)
    assert conflict.kind == "quote-wording" and [v.cite for v in conflict.versions] == [["S1:4"], ["S2:9"]]


@pytest.mark.parametrize("other", [
    "firmer checks of seasonal registration",   # the same words
    "firmer checks of seasonal workers",        # another closing word: maybe another remark
    "firmer checks of seasonal ration",         # the other's word ends in it, but past any prefix
])
def test_a_short_quotation_closing_on_an_unrelated_word_is_no_quote_wording_conflict(three, other):
    views = [reported("she said the deal allows “firmer checks of seasonal registration“", "S1:4"),
             reported(f"she said the deal allows for “{other}.”", "S2:9")]
    assert find(three, views=views) == []


def test_a_short_quotation_given_with_another_manner_adverb_is_a_quote_wording_conflict(three):
    views = [reported("she would “closely review” the ferry contract but thought it fair", "S1:3"),
             quote("On the ferry contract, I will say nothing until we have carefully reviewed every clause.", "S2:5")]
    [conflict] = find(three, views=views)
    assert conflict.kind == "quote-wording"
    assert values(conflict) == ["closely review", views[1].text]
    assert conflict.topic == 'wording of Ana Ruiz\'s "closely review" remark'
    assert [v.cite for v in conflict.versions] == [["S1:3"], ["S2:5"]]


@pytest.mark.parametrize("other", [
    "We will closely review every clause of the ferry contract.",           # the same words
    "I will say nothing until we have reviewed every clause.",             # no adverb: cut, not reworded
    "We will carefully consider every clause of the ferry contract.",      # another word: another remark
    "We will only review the clause on fares.",                            # a function word, not an adverb
])
def test_a_short_quotation_given_alike_or_of_another_word_is_no_quote_wording_conflict(three, other):
    views = [reported("she would “closely review” the ferry contract", "S1:3"), quote(other, "S2:5")]
    assert find(three, views=views) == []


def test_two_adverbs_one_source_gives_both_are_two_remarks(three):
    views = [reported("she would “closely review” the ferry contract", "S1:3"),
             quote("The fares were carefully reviewed last spring.", "S1:6"),
             quote("The fares were carefully reviewed last spring.", "S2:5")]
    assert find(three, views=views) == []


def test_a_short_quotation_of_one_speaker_is_never_set_against_another_speakers_quote(three):
    views = [reported("she would “closely review” the ferry contract", "S1:3"),
             quote("We have carefully reviewed every clause.", "S2:5", "Ivo Petrov")]
    assert find(three, views=views) == []


def test_abbreviated_title_is_the_same_title(three):
    mentions = [Mention("Ana Ruiz", "Ana Ruiz", "S1:1", role="Ag Secretary"),
                Mention("Ana Ruiz", "Ana Ruiz", "S2:1", role="Agriculture Secretary")]
    assert find(three, [person("Ana Ruiz")], mentions) == []


def test_different_speakers_are_never_one_remark(three):
    views = [quote("a unique case of cooperation for the defense industry", "S1:1", "Ana Ruiz"),
             quote("a historic and unique case of cooperation for our defense industry", "S2:1", "Ivo Petrov")]
    assert find(three, views=views) == []


# --- whole cases through the real extractors ----------------------------------------------------


def fold(text: str) -> str:
    return fold_text(text)


def carried(expected: dict, found: list[Conflict]) -> bool:
    """Return True when one found conflict of the expected kind holds every expected value."""
    wanted = [fold(value) for value in expected["versions"]]
    return any(conflict.kind == expected["kind"]
               and all(any(w in fold(v) for v in values(conflict)) for w in wanted) for conflict in found)


def rivals(pair: list[str], found: list[Conflict]) -> bool:
    """Return True when some conflict sets the two values of `pair` against each other."""
    one, other = (fold(value) for value in pair)
    for conflict in found:
        texts = [fold(v) for v in values(conflict)]
        if any(one in a and other in b for i, a in enumerate(texts) for j, b in enumerate(texts) if i != j):
            return True
    return False


def draft_conflicts(folder: Path) -> list[Conflict]:
    """Return the conflicts the real reader and extractors find in a fixture folder."""
    names = importlib.import_module("report.extract.names")
    views = importlib.import_module("report.extract.views")
    money_part = importlib.import_module("report.extract.money")
    corpus = read_folder(folder)
    actors, mentions = names.find_actors(corpus)
    funding, _ = money_part.find_funding(corpus, actors, rates_for(dt.date(2025, 7, 4)))
    return conflicts.find_conflicts(corpus, actors, mentions, funding, views.find_views(corpus, actors, mentions))


@pytest.mark.parametrize("case", ["conflicts/solar", "conflicts/fisheries", "robust_conflicts/geothermal",
                                  "robust_conflicts/reactor", "robust_conflicts/ferry",
                                  "robust_conflicts/ballot"])
def test_fixture_cases_give_exactly_the_expected_conflicts(case):
    pytest.importorskip("report.extract.names")
    pytest.importorskip("report.extract.views")
    folder = FIXTURES.parent / case
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    found = draft_conflicts(folder)
    missed = [item["topic"] for item in expected["conflicts"] if not carried(item, found)]
    assert missed == []
    assert len(found) == len(expected["conflicts"]), [(c.kind, values(c)) for c in found]
    assert [pair for pair in expected["agree"] if rivals(pair, found)] == []


def test_one_sum_converted_at_another_days_rate_is_the_same_figure(three):
    # $1.2 billion is about €1.1 billion at the rate of the day the source wrote; the table's rate differs.
    dollars = Funding(text="$1.2 billion", amount=1.2e9, currency="USD", eur=1.02e9, funder="", kind="commitment",
                      cite=["S1:1"])
    euros = Funding(text="€1.1 billion", amount=1.1e9, currency="EUR", eur=1.1e9, funder="", kind="commitment",
                    cite=["S2:1"])
    assert find(three, funding=[dollars, euros]) == []


def test_a_figure_topic_names_the_funder_and_keeps_the_purpose_in_brackets(three):
    loans = [Funding(text=text, amount=value, currency="USD", eur=value / 1.18, funder="Harbour Bank",
                     purpose="finance the new terminal", kind="commitment", cite=[cite])
             for text, value, cite in (("$2.1 billion", 2.1e9, "S1:1"), ("$2.4 billion", 2.4e9, "S2:1"))]
    [conflict] = of_kind(find(three, funding=loans), "figure")
    assert conflict.topic == "amount Harbour Bank gives (finance the new terminal)"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("New York City", "New York"),
        ("Sharm el-Sheikh", "Sharm El Sheikh"),
        ("Kiev", "Kyiv"),
        ("St. Petersburg", "Saint Petersburg"),
        ("Northern Ireland", "Belfast"),
        ("Geneva, Switzerland,", "Geneva"),
    ],
)
def test_one_place_written_at_other_length_or_spelling_is_no_conflict(tmp_path, one, other):
    corpus = corpus_of(tmp_path, f"The accord was signed in {one} on Friday.",
                       f"The accord was signed in {other} on Friday.", "The accord covers trade.")
    assert of_kind(find(corpus), "fact") == []


def test_an_earlier_act_put_in_other_years_is_a_fact_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "Its largest deal was the $3.5-billion purchase of Northwind Logistics in 2011.",
                       "The firm paid $3.5 billion for Northwind Logistics in 2012, a deal that soured.",
                       "The firm paid $3.5 billion for Northwind Logistics in 2012 and sold it in 2014.")
    [conflict] = of_kind(find(corpus), "fact")
    assert conflict.topic == "year given for Northwind Logistics ($3.5-billion)"
    assert values(conflict) == ["2011", "2012"] and [v.cite for v in conflict.versions] == [["S1:1"], ["S2:1"]]


def test_a_year_belongs_to_the_sum_nearest_it_and_a_one_word_name_counts(tmp_path):
    corpus = corpus_of(tmp_path, "Ostrava Labs first offered $9 billion in 2021, but Quillmark turned down the $14 billion deal.",
                       "Back then, in 2022, the group eyed Quillmark for $9 billion.",
                       "The final $14 billion deal with Quillmark came in 2024.")
    [conflict] = of_kind(find(corpus), "fact")
    assert conflict.topic == "year given for Quillmark ($9 billion)"
    assert values(conflict) == ["2021", "2022"]


def test_a_short_line_naming_a_year_dates_the_sentence_after_it(tmp_path):
    corpus = corpus_of(tmp_path, "The group first offered $9 billion for Quillmark in 2021.",
                       "Spring, 2022. A paper said the group bid $9 billion for Quillmark.")
    [conflict] = of_kind(find(corpus), "fact")
    assert values(conflict) == ["2021", "2022"] and conflict.versions[1].cite == ["S2:1", "S2:2"]  # the year's line too
    (tmp_path / "apart").mkdir()
    apart = corpus_of(tmp_path / "apart", "The group first offered $9 billion for Quillmark in 2021.",
                      "Spring, 2022.\n\nA paper said the group bid $9 billion for Quillmark.",
                      "The market for such firms was hot in 2022, paper after paper said. A paper said the group "
                      "bid $9 billion for Quillmark.")
    assert of_kind(find(apart), "fact") == []  # another paragraph; a sentence that says more than a time


def dated_corpus(tmp_path: Path, *dated: tuple[str, str]) -> Corpus:
    """Return the corpus of short articles, each with the publication date before it ("" for none)."""
    for number, (date, text) in enumerate(dated, 1):
        front = f"---\ndate: {date}\n---\n" if date else ""
        (tmp_path / f"{number:02d}_article.txt").write_text(f"{front}Headline number {number}\n\n{text}\n", encoding="utf-8")
    return read_folder(tmp_path)


def test_last_year_in_a_dated_source_is_the_year_before_its_own(tmp_path):
    corpus = dated_corpus(tmp_path, ("2013-05-02", "The firm paid $3.5 billion for Northwind Logistics last year."),
                          ("", "The firm paid $3.5 billion for Northwind Logistics in 2011, a deal that soured."),
                          ("2012-11-20", "The firm paid $3.5 billion for Northwind Logistics this year."))
    [conflict] = of_kind(find(corpus), "fact")
    assert values(conflict) == ["last year / this year", "2011"]
    assert [v.cite for v in conflict.versions] == [["S1:1", "S3:1"], ["S2:1"]]
    assert conflict.note == ("The sources date the earlier act differently; “last year” and “this year” are 2012 "
                             "by the dates of their sources.")


@pytest.mark.parametrize("date", ["2012-03-01", ""])
def test_last_year_of_the_same_year_or_of_an_undated_source_is_no_year_conflict(tmp_path, date):
    corpus = dated_corpus(tmp_path, ("", "The firm paid $3.5 billion for Northwind Logistics in 2011."),
                          (date, "The firm paid $3.5 billion for Northwind Logistics last year."))
    assert of_kind(find(corpus), "fact") == []


@pytest.mark.parametrize("other", ["The firm paid $3.5 billion for Westgate Shipping in 2012.",
                                   "The firm paid $4 billion for Northwind Logistics in 2012.",
                                   "It paid $3.5 billion for Northwind Logistics in 2011, not in 2012 as some said."])
def test_another_sum_name_or_a_source_giving_both_years_is_no_year_conflict(tmp_path, other):
    corpus = corpus_of(tmp_path, "Its largest deal was the $3.5-billion purchase of Northwind Logistics in 2011.",
                       other, "Nothing at all.")
    assert of_kind(find(corpus), "fact") == []


def test_one_source_saying_a_thing_is_tied_and_another_that_it_is_not_is_a_fact_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "The grant is not conditional on a bank reform plan, officials said.",
                       "The grant is conditional on a reform plan for the central bank (CBR) agreed in May.",
                       "The grant isn't conditional on a bank reform plan.")
    [conflict] = of_kind(find(corpus), "fact")
    assert conflict.topic == "whether it is conditional on a bank reform plan"
    assert values(conflict) == ["not conditional on a bank reform plan",
                                "is conditional on a reform plan for the central bank (CBR) agreed in May",
                                "n't conditional on a bank reform plan"]


@pytest.mark.parametrize("other", ["The grant is conditional on a new fishing quota.",
                                   "The grant is subject to a bank reform plan.",
                                   "The loan is not conditional on a bank reform plan, but the grant is conditional on a bank reform plan."])
def test_other_ties_or_a_source_saying_both_are_no_conflict(tmp_path, other):
    corpus = corpus_of(tmp_path, "The grant is not conditional on a bank reform plan.", other, "Nothing at all.")
    assert of_kind(find(corpus), "fact") == []


def test_one_source_saying_a_body_must_still_approve_a_thing_and_another_that_it_did_is_a_fact_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "The harbour credit line needs to be approved by the port board before dredging starts.",
                       "The Board of the Harbour Fund on Thursday approved the credit line.",
                       "The port board green-lit the harbour credit line late on Thursday.")
    [conflict] = of_kind(find(corpus), "fact")
    assert conflict.topic == "whether the board has approved it"
    assert values(conflict) == ["needs to be approved by the port board", "approved and green-lit"]
    assert conflict.versions[1].cite == ["S2:1", "S3:1"]


@pytest.mark.parametrize("waiting, done", [
    ("The ferry merger is subject to approval by shareholders at a meeting.", "Shareholders approved the ferry merger."),
    ("The ferry merger still awaits the regulator's final approval.", "The ferry merger won the approval of the rail regulator."),
    ("The ferry merger needs the approval of the regulator.", "The ferry merger received the regulator's approval."),
])
def test_an_approval_said_with_a_noun_is_as_pending_or_given_as_one_said_with_a_verb(tmp_path, waiting, done):
    [conflict] = of_kind(find(corpus_of(tmp_path, waiting, done)), "fact")
    assert conflict.topic.startswith("whether the ") and [version.cite for version in conflict.versions] == [["S1:1"], ["S2:1"]]


@pytest.mark.parametrize("other", ["The port board is expected to approve the harbour loan on Thursday.",
                                   "The port board has not approved the harbour loan.",
                                   "The port board approved a similar loan last year.",
                                   "The city council approved the harbour loan on Thursday.",
                                   "The port board approved the first part; the rest awaits approval from the port board."])
def test_an_approval_to_come_denied_earlier_by_another_body_or_of_a_source_saying_both_is_no_conflict(tmp_path, other):
    corpus = corpus_of(tmp_path, "The harbour credit line has yet to be ratified by the port board.", other, "Nothing at all.")
    assert of_kind(find(corpus), "fact") == []


def test_one_source_saying_a_doer_agreed_to_an_act_and_another_that_it_was_done_is_a_fact_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "Harlow Mills has now agreed to plead guilty over price fixing, the court said.",
                       "Harlow Mills pleaded guilty over price fixing on Monday.",
                       "Under the settlement, Harlow Mills will plead guilty and accept a fine.")
    [conflict] = of_kind(find(corpus), "fact")
    assert conflict.topic == "whether Harlow Mills pleaded guilty"
    assert values(conflict) == ["Harlow Mills has now agreed to plead guilty and Harlow Mills will plead guilty",
                              "Harlow Mills pleaded guilty"]
    assert [version.cite for version in conflict.versions] == [["S1:1", "S3:1"], ["S2:1"]]


def test_an_act_agreed_to_a_few_words_before_to_is_still_to_come(tmp_path):
    corpus = corpus_of(tmp_path, "The two firms agreed in principle on May 3 to sign a joint venture accord.",
                       "The two firms signed a joint venture accord with the port authority.")
    [conflict] = of_kind(find(corpus), "fact")
    assert [version.cite for version in conflict.versions] == [["S1:1"], ["S2:1"]]


@pytest.mark.parametrize("other", ["Harlow pleaded not guilty over the fraud count.",
                                   "Vessia pleaded guilty over the fraud count.",
                                   "Harlow has not pleaded guilty yet.",
                                   "Harlow pleaded guilty over a similar count last year."])
def test_an_act_denied_of_another_doer_or_earlier_is_no_conflict(tmp_path, other):
    corpus = corpus_of(tmp_path, "Harlow has now agreed to plead guilty over the fraud count.", other, "Nothing at all.")
    assert of_kind(find(corpus), "fact") == []


def test_another_act_of_the_same_kind_is_no_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "The two firms will sign a supply accord on Friday.",
                       "The two firms signed another supply accord in May.")
    assert of_kind(find(corpus), "fact") == []


def test_a_source_telling_an_act_agreed_to_and_then_done_is_no_conflict_with_itself(tmp_path):
    corpus = corpus_of(tmp_path, "In May Harlow agreed to plead guilty. On Monday Harlow pleaded guilty in court.",
                       "Nothing at all.")
    assert of_kind(find(corpus), "fact") == []


def test_a_region_a_source_writes_a_city_with_is_no_rival_of_the_city(tmp_path):
    corpus = corpus_of(tmp_path, "The accord was signed in Lakeport, Ostmark, on Friday.",
                       "The accord was signed in Ostmark on Friday.", "The accord covers trade.")
    assert of_kind(find(corpus), "fact") == []


def test_two_cities_of_one_region_or_a_list_of_places_are_still_rivals(tmp_path):
    corpus = corpus_of(tmp_path, "The accord was signed in Lakeport, Ostmark, on Friday.",
                       "The accord was signed in Brindle, Ostmark, on Friday.",
                       "Talks were held in Ostmark, Vellan and Brindle.")
    [conflict] = of_kind(find(corpus), "fact")
    assert values(conflict) == ["Lakeport", "Brindle"]
    (tmp_path / "list").mkdir()
    corpus = corpus_of(tmp_path / "list", "Delegates came from three towns (Lakeport, Brindle).",
                       "The accord was signed in Lakeport on Friday.", "The accord was signed in Brindle on Friday.")
    [conflict] = of_kind(find(corpus), "fact")
    assert values(conflict) == ["Lakeport", "Brindle"]


def test_places_that_only_begin_alike_are_still_rivals(tmp_path):
    corpus = corpus_of(tmp_path, "The accord was signed in New Delhi on Friday.",
                       "The accord was signed in New York on Friday.", "The accord covers trade.")
    [conflict] = of_kind(find(corpus), "fact")
    assert values(conflict) == ["New Delhi", "New York"]


def titles_of(*roles: str) -> list[Conflict]:
    """Return the title conflicts of one person given `roles` by sources S1, S2, ..."""
    mentions = [Mention("Jane Roe", "Jane Roe", f"S{n}:1", role) for n, role in enumerate(roles, 1)]
    return conflicts.title_conflicts({"Jane Roe": person("Jane Roe")}, {"Jane Roe": mentions})


def test_a_title_without_its_rank_is_another_post():
    [conflict] = titles_of("Deputy Foreign Minister", "Foreign Minister")
    assert values(conflict) == ["Deputy Foreign Minister", "Foreign Minister"]
    assert titles_of("senior fellow", "fellow") == []


def test_two_times_of_holding_one_post_are_no_conflict_but_one_against_the_post_is():
    assert titles_of("Former Governor", "Governor-elect") == []
    [conflict] = titles_of("Former Governor", "Governor")
    assert values(conflict) == ["Former Governor", "Governor"]


def test_a_formal_leader_post_rivals_a_title_of_the_same_root():
    [conflict] = titles_of("Senate Majority Leader", "Senator")
    assert values(conflict) == ["Senate Majority Leader", "Senator"]
    assert titles_of("Senate Majority Leader", "Majority Leader") == []


def test_the_body_a_title_is_held_in_tells_posts_apart_only_by_its_name():
    assert titles_of("union president", "president of the Dock Workers' Union") == []
    [conflict] = titles_of("president of the Dock Workers' Union", "president of the Harbour Pilots' Association")
    assert values(conflict) == ["president of the Dock Workers' Union", "president of the Harbour Pilots' Association"]


def test_a_body_a_title_is_of_by_its_name_keeps_its_last_word():
    [conflict] = titles_of("President of the Northern Union", "President of the Northern Commission")
    assert values(conflict) == ["President of the Northern Union", "President of the Northern Commission"]
    assert titles_of("Commissioner for Neighbourhood Policy", "Commissioner for Neighborhood Policy") == []


def test_two_government_posts_that_share_no_word_are_rival_titles():
    [conflict] = titles_of("Treasury Minister", "Chancellor")
    assert values(conflict) == ["Treasury Minister", "Chancellor"]


@pytest.mark.parametrize(("one", "other"), [("Premier", "Prime Minister"), ("Chancellor", "Chancellor of the Realm"),
                                            ("Chancellor", "Party Chairman"), ("Mayor", "Minister"),
                                            ("Chancellor", "former Finance Minister"),
                                            ("Chancellor of the Duchy of Westmark", "Cabinet Office Minister"),
                                            ("Government minister", "Cabinet Office Minister"),
                                            ("UN spokesman", "UN spokesperson")])
def test_synonym_posts_and_posts_of_other_kinds_are_no_title_conflict(one, other):
    assert titles_of(one, other) == []


def test_a_title_version_keeps_the_country_word_its_sentence_writes(tmp_path):
    corpus = corpus_of(tmp_path, "US President Ana Ruiz signed the order.", "Former U.S. President Ana Ruiz spoke.",
                       "Nothing at all.")
    mentions = [Mention("Ana Ruiz", "Ana Ruiz", "S1:1", role="President"),
                Mention("Ana Ruiz", "Ana Ruiz", "S2:1", role="Former U.S. President")]
    [conflict] = of_kind(find(corpus, [person("Ana Ruiz")], mentions), "title")
    assert values(conflict) == ["US President", "Former U.S. President"]


@pytest.mark.parametrize(("one", "other"), [("EU foreign policy chief", "High Representative for Foreign Affairs"),
                                            ("top U.S. diplomat", "Secretary of State"),
                                            ("Sen.", "Senator"), ("Defence Secretary", "Defense Secretary")])
def test_an_informal_title_rivals_no_formal_one(one, other):
    assert titles_of(one, other) == []


def test_sources_giving_one_named_recipient_different_sums_are_a_figure_conflict(tmp_path):
    corpus = corpus_of(tmp_path,
                       "The loan includes $570 million for the Rural Roads Upgrade Program and $300 million for schools.",
                       "The first project, known as the Rural Roads Upgrade Programme, will receive $500 million.",
                       "It splits into the Rural Roads Upgrade Program (RRUP) ($570 million) and two others.")
    [conflict] = [c for c in of_kind(find(corpus), "figure") if c.topic.startswith("sum for")]
    assert conflict.topic == "sum for the Rural Roads Upgrade Program"
    assert values(conflict) == ["$570 million", "$500 million"]
    assert [v.cite for v in conflict.versions] == [["S1:1", "S3:1"], ["S2:1"]]


@pytest.mark.parametrize("other", [
    "The Rural Roads Upgrade Program will receive $570 million.",  # the same sum
    "The Northern Development Bank approved $500 million on Monday.",  # a funder, not a recipient
    "The Harbour Link Project will receive $500 million.",  # another recipient
])
def test_one_sum_per_recipient_or_another_recipient_is_no_allocation_conflict(tmp_path, other):
    corpus = corpus_of(tmp_path, "The loan includes $570 million for the Rural Roads Upgrade Program.", other,
                       "Nothing at all.")
    assert not [c for c in find(corpus) if c.topic.startswith("sum for")]


def test_a_recipients_target_is_no_sum_it_gets_and_its_topic_names_it_once(tmp_path):
    corpus = corpus_of(tmp_path, "The Rural Roads Upgrade Program will receive $570 million.",
                       "The Rural Roads Upgrade Program will receive $500 million.",
                       "The Rural Roads Upgrade Program fell short of its $900 million target.")
    [conflict] = [c for c in find(corpus) if c.topic.startswith("sum for")]
    assert conflict.topic == "sum for the Rural Roads Upgrade Program"
    assert values(conflict) == ["$570 million", "$500 million"]


def test_a_source_giving_a_recipient_two_sums_settles_nothing(tmp_path):
    corpus = corpus_of(tmp_path, "The loan includes $570 million for the Rural Roads Upgrade Program.",
                       "The Rural Roads Upgrade Program will receive $500 million. It was first given $570 million "
                       "for the Rural Roads Upgrade Program.", "Nothing at all.")
    assert not [c for c in find(corpus) if c.topic.startswith("sum for")]


def test_the_quotes_compared_are_every_pair_sharing_enough_words():
    rng = random.Random(5)
    vocabulary = ["talks", "deal", "tariff", "border", "fair", "ports", "workers", "steel", "grain", "rail"]
    sets = [frozenset(rng.sample(vocabulary, rng.randint(0, 7))) for _ in range(60)]
    every = [(i, j) for i in range(len(sets)) for j in range(i + 1, len(sets))
             if len(sets[i] & sets[j]) >= conflicts.REWORDED_WORDS]
    assert conflicts._sharing_pairs(sets) == every and every


def test_the_only_counts_of_one_noun_two_sources_give_close_but_unequal_are_a_figure_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "Last spring the Varn Court found the mill had acted unlawfully in laying off 1,200 "
                                 "dock hands in May.",
                       "A judge has sent Orvik Mills and the Dockers Guild into talks over the firing of 1,183 dock "
                       "hands last year.")
    [conflict] = of_kind(find(corpus), "figure")
    assert values(conflict) == ["1,200 dock hands", "1,183 dock hands"]


def test_a_capitalised_number_word_within_a_sentence_is_a_name_not_a_count(tmp_path):
    corpus = corpus_of(tmp_path, "The merger makes the largest grid in the land, with 28 million subscribers. "
                                 "Prices for many Harlow and Nine subscribers are capped.",
                       "“It is now the top carrier, with 30 million subscribers in all,” said Ivo Petrov.")
    [conflict] = of_kind(find(corpus), "figure")
    assert values(conflict) == ["28 million subscribers", "30 million subscribers"]


@pytest.mark.parametrize("one", [
    "The assembly backed the charter with 344 votes in favour and 181 votes against.",
    "Some 344 members voted in favour of the charter and 181 voted against.",
    "The charter won the backing on Friday of 344 deputies, with 181 voting against.",
    "In all 344 deputies supported the charter and 181 opposed it.",
])
def test_one_vote_counted_differently_is_one_figure_conflict_of_each_sources_reading(tmp_path, one):
    corpus = corpus_of(tmp_path, one, "The vote in the Varn assembly, a test for the premier, was 343 to 180.",
                       "The charter passed with 344 votes in favour.")
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic == "the tally of the vote" and len(conflict.versions) == 2
    assert "344" in values(conflict)[0] and "181" in values(conflict)[0] and values(conflict)[1] == "343 to 180"
    assert conflict.versions[0].cite == ["S1:1", "S3:1"]  # the one side a source gives joins the reading it agrees with


def test_a_vote_and_a_count_of_one_of_its_sides_are_one_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "In all 344 deputies supported the charter and 181 opposed it.",
                       "In all 343 deputies supported the charter and 180 opposed it.")
    assert [conflict.topic for conflict in of_kind(find(corpus), "figure")] == ["the tally of the vote"]


@pytest.mark.parametrize("one, other", [
    # two votes of far apart sizes: the lower and the upper house
    ("The assembly backed the charter with 344 votes in favour.", "The senate backed it by 53 votes to 16."),
    # a source that gives both numbers
    ("The assembly backed it with 344 votes in favour; a first vote had been 343 to 180.",
     "The vote was 343 to 180."),
    # years, and numbers against with no vote in the sentence
    ("Prices rose from 2019 to 2024 after the vote.", "Prices rose from 2018 to 2024 after the vote."),
    ("The home side won with 11 players against 10.", "The home side won with 12 players against 10."),
])
def test_other_votes_years_and_counts_with_no_vote_are_no_vote_conflict(tmp_path, one, other):
    assert [c for c in of_kind(find(corpus_of(tmp_path, one, other)), "figure") if "vote" in c.topic] == []


def test_close_counts_of_one_noun_are_no_conflict_when_a_source_gives_two_of_them(tmp_path):
    corpus = corpus_of(tmp_path, "The mill laid off 1,200 dock hands in May and 1,150 dock hands in June.",
                       "A judge has sent the mill into talks over the firing of 1,183 dock hands last year.")
    assert of_kind(find(corpus), "figure") == []


def test_close_counts_with_two_names_right_before_them_are_two_peoples_counts(tmp_path):
    corpus = corpus_of(tmp_path, "In the harbour ward, Mr Amsel took 4,120 votes.",
                       "Officials said Mr Tarrant took 4,090 votes.")
    assert of_kind(find(corpus), "figure") == []


def test_one_count_put_in_two_months_of_one_year_is_a_fact_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "The court found the mill acted unlawfully in laying off 1,240 dock hands in May 2021.",
                       "The mill cut 1,240 jobs at its three yards in September 2021, the guild said.")
    [conflict] = [c for c in of_kind(find(corpus), "fact") if c.topic.startswith("month")]
    assert values(conflict) == ["May 2021", "September 2021"]


@pytest.mark.parametrize("other", ["The mill cut 1,240 jobs in May 2021 and hired 300 in September 2021.",
                                   "The mill cut 80 jobs in September 2021."])
def test_a_sentence_with_two_months_or_a_small_count_dates_nothing(tmp_path, other):
    corpus = corpus_of(tmp_path, "The mill laid off 1,240 dock hands in May 2021 and 80 more later.", other)
    assert [c for c in find(corpus) if c.topic.startswith("month")] == []


def test_a_count_conflict_gives_the_whole_noun_of_each_count_but_no_verb_or_time_word(tmp_path):
    corpus = corpus_of(tmp_path, "The mill laid off 1,200 dock crew members last spring.",
                       "A judge sent the mill into talks over the firing of 1,183 dock crew hands reported earlier.")
    [conflict] = of_kind(find(corpus), "figure")
    assert values(conflict) == ["1,200 dock crew members", "1,183 dock crew hands"]


def test_one_length_written_with_other_spellings_of_its_unit_is_a_figure_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "The utility had planned to build a new 112-kilometre Varn-Osk power line.",
                       "The project includes a power line from Varn to Osk, spanning 114.6 kilometers.")
    [conflict] = of_kind(find(corpus), "figure")
    assert values(conflict) == ["112-kilometre", "114.6 kilometers"]
    assert conflict.topic == "number of kilometres"


def test_an_area_in_square_metres_or_sqm_is_one_measure(tmp_path):
    corpus = corpus_of(tmp_path, "The group won the rights to develop 52 million square metres of the coast.",
                       "The fund will develop a 55-mn sqm stretch of coastal land.")
    [conflict] = of_kind(find(corpus), "figure")
    assert values(conflict) == ["52 million square metres", "55-mn sqm"]


def test_a_place_name_spelt_with_other_letters_is_a_spelling_conflict_of_each_writing(tmp_path):
    corpus = corpus_of(tmp_path, "Work began at Port El-Marsa last week.", "The firm will build Port Al Marsa.",
                       "Port El Marsa lies on the coast.", "Port El Mirsa lies on the coast, the firm said.")
    [conflict] = of_kind(find(corpus), "spelling")
    assert values(conflict) == ["Port El-Marsa", "Port Al Marsa", "Port El Marsa", "Port El Mirsa"]
    assert conflict.topic == "spelling of the name Port El-Marsa"


def test_a_one_word_name_written_with_a_letter_once_or_doubled_is_a_spelling_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "Harbourline will buy Tarnova for cash.", "Tarnova’s board backed the sale.",
                       "Tarnnova is headed for a new owner, the firm said.")
    [conflict] = of_kind(find(corpus), "spelling")
    assert values(conflict) == ["Tarnova", "Tarnnova"] and conflict.topic == "spelling of the name Tarnova"


@pytest.mark.parametrize("other", ["The tarnnova of the port is over.", "Tarnnova Holdings is headed for a new owner.",
                                   "The port is headed for a new owner."])
def test_a_doubled_letter_in_a_common_word_a_longer_name_or_one_source_is_no_spelling_conflict(tmp_path, other):
    corpus = corpus_of(tmp_path, "Harbourline will buy Tarnova for cash. Then Tarnnova will close.", other)
    assert of_kind(find(corpus), "spelling") == []


@pytest.mark.parametrize("one, other", [("Nordia's Coast Guard", "Nordia Coast Guard"),
                                        ("the Harbour Renewal Programme", "the Harbour Renewal Program"),
                                        ("Port El-Marsa", "Port El Marsa"), ("Port Marsa", "Fort Marsa"),
                                        ("Ravel Holdings", "Ravel Holding"), ("Lake Omar", "Lake Amar"),
                                        ("Costa Rica", "Costa Rican"), ("Kenya's Harbour Board", "Kenyan Harbour Board")])
def test_names_written_alike_but_for_a_possessive_dash_plural_or_british_spelling_are_no_spelling_conflict(
        tmp_path, one, other):
    corpus = corpus_of(tmp_path, f"Officials of {one} met on the coast.", f"The plan of {other} was read out.")
    assert of_kind(find(corpus), "spelling") == []


def test_a_persons_name_is_left_to_the_persons_spelling_check(tmp_path):
    corpus = corpus_of(tmp_path, "Minister Harald Ostrem spoke.", "Minister Harold Ostrem spoke.")
    assert of_kind(find(corpus, actors=[person("Harald Ostrem")]), "spelling") == []


def test_a_persons_name_whose_words_end_as_plurals_do_is_left_to_the_persons_spelling_check(tmp_path):
    corpus = corpus_of(tmp_path, "Velmoran President Andros Kallides spoke.", "Velmoran President Andras Kallides spoke.")
    assert of_kind(find(corpus, actors=[person("Andros Kallides", "Andras Kallides")]), "spelling") == []


@pytest.mark.parametrize("other, cut", [("The bill is a blow to Marietta van der Brandt' party and to Ulri", "Ulri"),
                                        ("The bill is a blow to the party and to Ulrike van der Br", "Ulrike van der Br")])
def test_a_possessive_apostrophe_or_a_name_the_text_is_cut_off_in_is_no_spelling(tmp_path, other, cut):
    corpus = corpus_of(tmp_path, "Marietta van der Brandt and Ulrike van der Brandt opened the port.", other)
    first, second = corpus.sentences()
    mentions = [Mention("Marietta van der Brandt", "Marietta van der Brandt", first.cite),
                Mention("Ulrike van der Brandt", "Ulrike van der Brandt", first.cite),
                Mention("Ulrike van der Brandt", cut, second.cite)]
    found = find(corpus, [person("Marietta van der Brandt"), person("Ulrike van der Brandt")], mentions)
    assert of_kind(found, "spelling") == []


def misspelling_conflicts(tmp_path: Path, *texts: str) -> list[Conflict]:
    """Return the spelling conflicts of short articles in which the name finder knows Marietta van der
    Brandt only as written so."""
    corpus = corpus_of(tmp_path, *texts)
    mentions = [Mention("Marietta van der Brandt", surface, sentence.cite) for sentence in corpus.sentences()
                for surface in ("Marietta van der Brandt",) if surface in sentence.text]
    return of_kind(find(corpus, [person("Marietta van der Brandt"), person("Ulrike van der Brandt")], mentions), "spelling")


def test_a_full_name_a_source_writes_with_one_word_misspelt_is_a_spelling_conflict(tmp_path):
    [conflict] = misspelling_conflicts(tmp_path, "Marietta van der Brandt opened the port.",
                                       "The port was opened by Mariatta van der Brandt on Friday.")
    assert conflict.topic == "spelling of Marietta van der Brandt's name"
    assert values(conflict) == ["Marietta van der Brandt", "Mariatta van der Brandt"]
    assert [version.cite for version in conflict.versions] == [["S1:1"], ["S2:1"]]


@pytest.mark.parametrize("other", ["The port was opened by Ulrike van der Brandt on Friday.",
                                   "The port was opened by Helga van der Brandt on Friday.",
                                   "The port was opened by Marietta van der Brandt on Friday."])
def test_another_persons_name_or_another_given_name_is_no_misspelling(tmp_path, other):
    assert misspelling_conflicts(tmp_path, "Marietta van der Brandt opened the port.", other) == []


def test_a_long_quotation_of_a_company_given_in_other_words_is_a_quote_wording_conflict(tmp_path):
    corpus = corpus_of(tmp_path, 'Harlow said it "will keep working openly with the port board as we take steps to further '
                                 'improve" its safety checks.',
                       'The firm said it “will keep working openly with the port board as we take steps to improve '
                       'further” those checks.')
    [conflict] = of_kind(find(corpus), "quote-wording")
    assert conflict.topic.startswith('wording of the quotation "') and [v.cite for v in conflict.versions] == [["S1:1"], ["S2:1"]]


def test_a_quotation_no_view_holds_that_rewords_a_speakers_remark_joins_its_conflict(tmp_path):
    corpus = corpus_of(tmp_path, 'Ruiz called it "a bold first move to fix the housing shortage of the coast for good".',
                       'Ruiz called it "a first bold move to solve the housing shortage of the coast for good".',
                       'The plan is "a brave first move in fixing the housing shortage of the coast for ever".')
    views = [quote("a bold first move to fix the housing shortage of the coast for good", "S1:1"),
             quote("a first bold move to solve the housing shortage of the coast for good", "S2:1")]
    [conflict] = of_kind(find(corpus, views=views), "quote-wording")
    assert [v.cite for v in conflict.versions] == [["S1:1"], ["S2:1"], ["S3:1"]]


@pytest.mark.parametrize("other", ['The firm said it "will keep working with the board" on safety.',
                                   'The firm said it "will keep working openly with the port board as we take steps to '
                                   'further improve" its checks.',
                                   'Mayor Lind wrote that "the port board will keep working openly as we take steps to '
                                   'further improve" the docks.'])
def test_a_short_quotation_the_same_words_or_a_quotation_held_by_another_speaker_is_no_new_conflict(tmp_path, other):
    corpus = corpus_of(tmp_path, 'Harlow said it "will keep working openly with the port board as we take steps to further '
                                 'improve" its safety checks.', other)
    views = [quote("will keep working openly with the port board as we take steps to further improve", "S1:1"),
             quote("the port board will keep working openly as we take steps to further improve", "S2:1", "Mara Lind")]
    assert of_kind(find(corpus, views=views if "Lind" in other else []), "quote-wording") == []


def test_a_move_of_a_companys_shares_only_one_source_gives_is_single_source(tmp_path):
    corpus = corpus_of(tmp_path, "The regulator fined Harlow Mills on Tuesday.",
                       "Shares of Harlow Mills fell by almost 4 percent after the ruling.",
                       "Harlow Mills said it would appeal.")
    [conflict] = of_kind(find(corpus), "single-source")
    assert conflict.topic == "how Harlow Mills's shares moved"
    assert values(conflict) == ["Shares of Harlow Mills fell by almost 4 percent"] and conflict.versions[0].cite == ["S2:1"]


@pytest.mark.parametrize("other", ["Harlow Mills shares slid 3.5% on the news.",
                                   "Harlow Mills shares fell sharply on the news.",
                                   "Its shares fell 3 percent on the news.",
                                   "Harlow Mills sold 4 percent of its shares last year."])
def test_a_move_two_sources_give_or_no_move_by_a_share_is_no_single_source(tmp_path, other):
    corpus = corpus_of(tmp_path, "Shares of Harlow Mills fell by almost 4 percent after the ruling."
                       if "slid" in other else "The regulator fined Harlow Mills on Tuesday.", other)
    assert of_kind(find(corpus), "single-source") == []


@pytest.mark.parametrize("one, other, written", [
    ("Harlow Mills Inc.'s stock dropped less than 1% on Wednesday.", "Shares in Harlow dropped by more than 4% in early trading.",
     ["Harlow Mills Inc.'s stock dropped less than 1%", "Shares in Harlow dropped by more than 4%"]),
    ("Harlow shares rose 2% on the news.", "Harlow shares fell 2% on the news.", ["Harlow shares rose 2%", "Harlow shares fell 2%"]),
])
def test_moves_of_one_companys_shares_that_cannot_both_be_true_are_a_figure_conflict(tmp_path, one, other, written):
    corpus = corpus_of(tmp_path, one, other)
    [conflict] = of_kind(find(corpus), "figure")
    assert conflict.topic.startswith("how Harlow") and values(conflict) == written


def test_moves_of_one_companys_shares_that_can_both_be_true_are_no_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "Harlow stock climbed nearly 4% by the close.", "Harlow stock gained over 3% that session.",
                       "The Harlow shares gained 4% on the day.")
    assert find(corpus) == []


def test_a_quotation_a_cut_off_text_opens_and_never_closes_is_compared_too(tmp_path):
    corpus = corpus_of(tmp_path, 'Harlow said it "will keep working openly with the port board as we take steps to further '
                                 'improve" its safety checks.',
                       'The firm said: “We will keep working openly with the port board as we take steps to improve further')
    [conflict] = of_kind(find(corpus), "quote-wording")
    assert [v.cite for v in conflict.versions] == [["S1:1"], ["S2:1"]]


def test_a_quotation_left_open_before_the_last_sentence_is_not_compared_alone(tmp_path):
    corpus = corpus_of(tmp_path, 'Harlow said it "will keep working openly with the port board as we take steps to further '
                                 'improve" its safety checks.',
                       'The firm said: “We will keep working openly with the port board as we take steps to improve further. '
                       'The checks run all year.”')
    assert of_kind(find(corpus), "quote-wording") == []


def test_sources_opening_the_inquiry_in_different_years_are_a_fact_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "The regulator opened an investigation in March 2020 after rivals complained.",
                       "The antitrust probe into Harlow was launched in 2018, following complaints.",
                       "The investigation, launched in 2020, found abuse.")
    [conflict] = of_kind(find(corpus), "fact")
    assert conflict.topic == "when the investigation was opened"
    assert values(conflict) == ["opened an investigation in March 2020", "launched in 2018", "launched in 2020"]


@pytest.mark.parametrize("other", ["The investigation, launched in 2020, found abuse.",
                                   "A separate probe into Harlow was launched in 2018.",
                                   "The probe was launched in 2018. Officials opened the formal investigation in March 2020.",
                                   "Talks with Harlow began in 2018."])
def test_one_opening_said_twice_another_inquiry_or_two_dates_in_a_source_is_no_conflict(tmp_path, other):
    corpus = corpus_of(tmp_path, "The regulator opened an investigation in March 2020 after rivals complained.", other)
    assert of_kind(find(corpus), "fact") == []


def test_a_post_written_with_or_without_its_level_of_government_is_no_title_conflict(tmp_path):
    corpus = corpus_of(tmp_path, "Velmoran Minister for Harbour Cooperation and Development Ana Roe spoke.",
                       "Federal Development Minister Ana Roe spoke.")
    mentions = [Mention("Ana Roe", "Ana Roe", sentence.cite, role=role) for sentence, role in
                zip(corpus.sentences(), ["Minister for Harbour Cooperation and Development", "Federal Development Minister"])]
    assert of_kind(find(corpus, [person("Ana Roe")], mentions), "title") == []
