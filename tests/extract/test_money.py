"""Amounts of money: formats, what is not money, conversions, kinds, funders, euros at dated rates."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from report.corpus import Corpus, Sentence, Source
from report.extract import money
from report.outline import Actor, Equivalent, Funding
from report.rates import rates_for
from report.text.amounts import find_amounts

RATES = rates_for(dt.date(2025, 7, 4))  # a Friday: the ECB's rates of that day


def corpus_of(*articles: list[str]) -> Corpus:
    """Return a corpus of articles, each given as its list of sentences (source ids S1, S2, ...)."""
    sources = []
    for number, sentences in enumerate(articles, 1):
        sid = f"S{number}"
        body = tuple(Sentence(sid, n, text, 0, len(text)) for n, text in enumerate(sentences, 1))
        sources.append(Source(id=sid, path=Path(f"{sid}.txt"), text=" ".join(sentences), sha256="", sentences=body))
    return Corpus(tuple(sources))


def funding_of(*sentences: str, actors: list[Actor] | None = None):
    return money.find_funding(corpus_of(list(sentences)), actors or [], RATES)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose 12% in 2023 and 4.5 per cent the year before.",
        "The plant will build 117 units by March 2027.",
        "Call the press office on +44 20 7946 0958 before 5 June.",
        "The recipe needs 500 pounds of flour.",
        "Ministers of the 20 euro zone members met on Tuesday.",
        "Around 3,400 people were moved from 12 villages.",
    ],
)
def test_numbers_without_a_currency_are_not_money(text):
    assert find_amounts(text) == []
    assert funding_of(text) == []


def test_a_sources_conversion_is_an_equivalent_of_the_amount_not_an_item():
    [item] = funding_of("Norway has pledged 800 million Norwegian kroner (about €68 million) to rebuild the harbour.")
    assert (item.text, item.currency, item.kind) == ("800 million Norwegian kroner", "NOK", "commitment")
    [equivalent] = item.equivalents
    assert (equivalent.text, equivalent.amount, equivalent.currency) == ("€68 million", 68e6, "EUR")
    assert item.cite == equivalent.cite == ["S1:1"]
    assert item.purpose.startswith("rebuild the harbour")


def test_a_comma_conversion_links_but_a_list_of_amounts_does_not():
    [linked] = funding_of("The bank approved a £450m loan, or roughly $570m, for the tramline.")
    assert [e.text for e in linked.equivalents] == ["$570m"]
    listed = funding_of("The fund paid $5 million, €4 million and £3 million in three rounds.")
    assert [i.text for i in listed] == ["$5 million", "€4 million", "£3 million"]
    assert [i.equivalents for i in listed] == [[], [], []]


def test_two_conversions_of_one_amount_are_both_its_equivalents():
    [item] = funding_of("Japan lent 2 billion yen (about €12 million, or $13 million) for the port.")
    assert [e.currency for e in item.equivalents] == ["EUR", "USD"]
    [item] = funding_of("The firms will pay 90 billion rand ($5 billion, €4.6 billion) in damages.")
    assert [e.currency for e in item.equivalents] == ["USD", "EUR"]
    # outside a bracket, a comma lists two sums
    assert len(funding_of("The firms will pay $5 billion, €4 billion more than planned.")) == 2


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The government has pledged €40 million to the new hospital.", "commitment"),
        ("Brussels will provide a €2bn loan to the utility.", "commitment"),
        ("The region received $30 million in aid after the storm.", "commitment"),
        ("Engineers say the tunnel could cost $3bn.", "estimate"),
        ("The start-up was valued at $800 million last month.", "estimate"),
        ("The storm caused an estimated $4bn in damage across the coast.", "context"),
        ("The country has a GDP of $200 billion.", "context"),
        ("The cost of reconstruction was put at $50 billion.", "context"),
        ("Last year the ministry spent €90 million on roads.", "context"),
    ],
)
def test_commitments_estimates_and_context_figures_are_kept_apart(sentence, kind):
    assert [item.kind for item in funding_of(sentence)] == [kind]


def test_funder_is_the_subject_and_purpose_the_to_clause():
    [item] = funding_of("The European Commission has pledged €50 million to help rebuild schools in the flooded valley.")
    assert item.funder == "European Commission"
    assert item.purpose == "rebuild schools in the flooded valley"


@pytest.mark.parametrize("sentence", [
    "Donors agreed to raise the fund from the current €100 million a year to at least €300 million by 2030.",
    "The €1.3 billion the islands have long said is needed to help them cope with storms was not promised.",
])
def test_a_new_figure_or_a_clause_of_someone_s_words_is_no_purpose(sentence):
    assert all(item.purpose == "" for item in funding_of(sentence))


@pytest.mark.parametrize("sentence, funder", [
    # a plural common noun, capitalised as the sentence's first word
    ("Donors have given $4.2 billion to the harbour trust, the board said.", ""),
    ("Tuesday's aid includes a $0.8 billion grant for the valley.", ""),
    # a word that opens a condition
    ("If approved, the plan would have provided more than $2 billion to the Tarn mill.", ""),
    ("Netherlands has committed $2 billion to the fund.", "Netherlands"),
])
def test_words_that_open_a_sentence_and_name_nobody_are_no_funder_but_a_country_is(sentence, funder):
    [item] = funding_of(sentence)
    assert item.funder == funder


def test_help_and_its_object_leave_the_purpose():
    [item] = funding_of("The bank pledged €5 million to help them rebuild the harbour wall.")
    assert item.purpose == "rebuild the harbour wall"


def test_funder_from_a_by_phrase_or_a_possessive():
    [grant] = funding_of("A £20m grant from the Harrow Science Trust will pay for the new laboratory.")
    assert grant.funder == "Harrow Science Trust" and grant.purpose == "the new laboratory"
    [loan] = funding_of("Japan's ¥10bn loan for the port upgrade was signed on Friday.")
    assert loan.funder == "Japan" and loan.purpose == "the port upgrade"


@pytest.mark.parametrize("sentence, funders", [
    ("At the summit the Delta Bank pledged €30 million, Norland €12 million and the Harbour Fund €8 million.",
     ["Delta Bank", "Norland", "Harbour Fund"]),
    ("Norland committed €40 million, while Vessia €25 million to the relief effort.", ["Norland", "Vessia"]),
    ("Norland pledged €80 million to the fund; Vessia, with up to €35 million; and the Delta Bank, with €6 million.",
     ["Norland", "Vessia", "Delta Bank"]),
    ("Norland gave the most - €80 million - Vessia €45 million, the Delta Bank €13.5 million.",
     ["Norland", "Vessia", "Delta Bank"]),
])
def test_each_sum_of_a_list_that_repeats_no_verb_has_the_name_before_it_as_funder(sentence, funders):
    assert [item.funder for item in funding_of(sentence)] == funders


def test_funder_takes_the_canonical_name_of_a_matching_actor():
    actors = [Actor(name="Norway", aliases=["Kingdom of Norway"], kind="country")]
    [item] = funding_of("The Kingdom of Norway has committed NOK 500m (roughly €42 million) to demining.", actors=actors)
    assert item.funder == "Norway"


def test_the_same_amount_in_one_sentence_counts_once_and_across_sources_cites_both():
    assert len(funding_of("The city pledged €5 million, and the €5 million will arrive in May.")) == 1
    corpus = corpus_of(["Canada pledged C$90 million to the relief effort."],
                       ["Floods hit the province.", "Ottawa has pledged C$90 million for relief."])
    [item] = money.find_funding(corpus, [], RATES)[0]
    assert item.cite == ["S1:1", "S2:2"] and item.currency == "CAD"


def test_an_amount_another_source_converts_is_one_row_with_every_currency_cited():
    corpus = corpus_of(["The regulator fined the carrier €85 million (about $100 million) for late refunds."],
                       ["The carrier was fined $100 million for late refunds, the regulator said."])
    [item] = money.find_funding(corpus, [], RATES)[0]
    assert (item.text, item.currency, item.cite) == ("€85 million", "EUR", ["S1:1", "S2:1"])
    [dollars] = item.equivalents
    assert (dollars.text, dollars.amount, dollars.cite) == ("$100 million", 100e6, ["S1:1", "S2:1"])


@pytest.mark.parametrize(("dollars", "rows"), [("$55 million", 1), ("$54.6 million", 1), ("$54 million", 2), ("$60 million", 2)])
def test_another_currency_is_the_same_sum_only_when_the_days_rate_rounds_to_it(dollars, rows):
    # £40 million is $54.57 million at the ECB rates of 4 July 2025 (0.8625 pounds, 1.1767 dollars a euro)
    corpus = corpus_of(["The council approved £40 million for the bridge."],
                       [f"The council approved {dollars} for the bridge."])
    items = money.find_funding(corpus, [], RATES)[0]
    assert len(items) == rows
    assert items[0].text == "£40 million"
    if rows == 1:
        assert [(e.text, e.cite) for e in items[0].equivalents] == [(dollars, ["S2:1"])]


def test_the_currency_most_sentences_use_holds_the_row():
    corpus = corpus_of(["The fund pledged $100 million to the clinics."],
                       ["The fund pledged €85 million to the clinics."],
                       ["Clinics will get $100 million from the fund."])
    [item] = money.find_funding(corpus, [], RATES)[0]
    assert (item.text, item.cite) == ("$100 million", ["S1:1", "S3:1", "S2:1"])
    assert [(e.text, e.cite) for e in item.equivalents] == [("€85 million", ["S2:1"])]


def test_euro_equivalents_are_at_the_rates_given():
    items, rates_date = money.find_funding(corpus_of(["The foundation granted DKK 74,617 to the museum."]), [], RATES)
    assert rates_date == "2025-07-04"
    assert items[0].eur == pytest.approx(10000, abs=0.01)  # ECB: 7.4617 kroner to the euro that day


def test_a_receiver_is_not_named_as_funder_and_dates_leave_the_purpose():
    [item] = funding_of("The city has received €12 million for new trams over the next two years.")
    assert item.kind == "commitment" and item.funder == "" and item.purpose == "new trams"
    [item] = funding_of("The UK government announced £1.2bn of funding for flood defences on Monday.")
    assert item.funder == "UK government" and item.purpose == "flood defences"


@pytest.mark.parametrize(
    ("sentence", "text", "low", "purpose"),
    [
        ("Donors pledged between $2bn and $3bn for reconstruction.", "between $2bn and $3bn", 2e9, "reconstruction"),
        ("The EU pledged €2.5bn–€3bn for the plan.", "€2.5bn–€3bn", 2.5e9, "the plan"),
        ("The bank will lend $2 billion to $3 billion for the plan.", "$2 billion to $3 billion", 2e9, "the plan"),
    ],
)
def test_a_range_with_both_ends_marked_is_one_amount_at_its_lower_end(sentence, text, low, purpose):
    [item] = funding_of(sentence)
    assert (item.text, item.amount, item.purpose) == (text, pytest.approx(low), purpose)


def test_a_capitalised_cue_in_a_name_is_no_verb_and_an_adverb_leaves_the_subject():
    [item] = funding_of("The European Investment Bank separately approved a €150 million loan for new "
                        "transmission lines, a spokesperson for the bank said.")
    assert item.funder == "European Investment Bank"
    assert item.purpose == "new transmission lines"
    [item] = funding_of("Italy has quietly pledged €5 million to the museum.")
    assert item.funder == "Italy"


ROBUST = Path(__file__).parent.parent / "fixtures" / "robust_money"


@pytest.mark.parametrize("case", ["metro"])
def test_fixture_articles_give_exactly_the_expected_amounts(case):
    from report.corpus import read_folder

    expected = yaml.safe_load((ROBUST / case / "expected.yaml").read_text(encoding="utf-8"))["funding"]
    found = money.find_funding(read_folder(ROBUST / case), [], RATES)[0]
    assert [item.text for item in found] == [want["text"] for want in expected]
    for item, want in zip(found, expected):
        got = {key: getattr(item, key) for key in want}
        got["equivalents"] = [{key: getattr(e, key) for key in ("text", "amount", "currency")} for e in item.equivalents]
        assert got == {"equivalents": [], **want, "amount": pytest.approx(want["amount"])}, want["text"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The development bank will lend $400 million for water projects.", "commitment"),
        ("The market for rolling stock was worth about $2.5bn in 2024.", "context"),
        ("The new line is projected to cost $3bn.", "estimate"),
        ("Wexley Bancorp is a financial holding company which had $48.2 billion in deposits.", "context"),
        ("The province will finance the $600 million bridge with bonds.", "commitment"),
    ],
)
def test_lending_is_a_commitment_and_a_worth_of_a_market_is_context(sentence, kind):
    assert [item.kind for item in funding_of(sentence)] == [kind]


def test_a_participle_clause_ends_the_purpose():
    [item] = funding_of("The cabinet approved €90 million for the second phase of the tramway, covering 12 stops.")
    assert item.purpose == "the second phase of the tramway"


def test_what_the_money_is_outranks_the_name_it_goes_to():
    [item] = funding_of("The court ordered the carrier to pay €240m in unpaid duties to Veloria on Tuesday.")
    assert item.purpose == "unpaid duties"
    [item] = funding_of("The fund paid €15m in grants to rebuild the harbour wall.")
    assert item.purpose == "rebuild the harbour wall"


def test_two_close_amounts_of_one_currency_stay_two_sums_whatever_converts_to_both():
    items = [Funding(text="2.2 billion euros", amount=2.2e9, currency="EUR",
                     equivalents=[Equivalent(text="$2.4 billion", amount=2.4e9, currency="USD", cite=["S1:1"])], cite=["S1:1"]),
             Funding(text="$2.4 billion", amount=2.4e9, currency="USD", cite=["S2:1"]),
             Funding(text="€2 billion", amount=2e9, currency="EUR", cite=["S3:1"])]  # $2.4 billion at the day's rate
    groups = money._same_sums(items, RATES)
    assert [0, 1] in groups and [2] in groups


def test_a_bare_dollar_is_the_dollar_of_the_country_the_sources_name_unless_they_say_otherwise():
    australia = Actor(name="Australia", kind="country", cite=["S1:1", "S2:1", "S3:1", "S4:1"])
    corpus = corpus_of(["The state of Australia will spend $3.8bn on the new stadium in Lakeport."],
                       ["Australia signed a A$2 billion contract ($1.3 billion) for ferries."],
                       ["Australia will also pay $1.3 billion for the ferries, the paper said."],
                       ["Australia set aside US$400 million for the port, and $90 million for roads."])
    funding = money.find_funding(corpus, [australia], RATES).funding
    assert {(item.text, item.currency) for item in funding} == {
        ("$3.8bn", "AUD"),  # a source that names no dollar: Australia's
        ("A$2 billion", "AUD"),  # its "$1.3 billion" is its own conversion, in US dollars …
        ("US$400 million", "USD"), ("$90 million", "USD")}  # … and a source that names US dollars means them
    assert [e.currency for item in funding if item.text == "A$2 billion" for e in item.equivalents] == ["USD"]


@pytest.mark.parametrize("url, currency", [("https://news.example.com.au/mill-sale", "AUD"),
                                           ("https://example.co.nz/mill", "NZD"), ("https://example.com/mill", "USD"),
                                           ("http://[nowhere", "USD"), ("", "USD")])
def test_a_bare_dollar_is_the_dollar_of_the_country_a_sources_web_address_belongs_to(url, currency):
    britain = Actor(name="United Kingdom", kind="country", cite=["S1:1"])
    corpus = corpus_of(["The mill's shares ended at $12.64 on Tuesday in Leeds."])
    corpus = Corpus((replace(corpus.sources[0], url=url),))
    funding = money.find_funding(corpus, [britain], RATES).funding
    assert [(item.text, item.currency) for item in funding] == [("$12.64", currency)]


@pytest.mark.parametrize("sentence, currency", [
    ("The quarry firm will pay 180bn CFA francs ($317m) to settle the tax claim.", "XOF"),
    ("The state wants FCFA 180 billion from the quarry firm.", "XOF"),
    ("The road will cost 180 billion Central African CFA francs.", "XAF"),
])
def test_the_cfa_francs_are_money_priced_at_their_fixed_parity_with_the_euro(sentence, currency):
    [item] = funding_of(sentence)
    assert (item.amount, item.currency) == (180e9, currency)
    assert item.eur == pytest.approx(180e9 / 655.957, rel=1e-6)
    if "$" in sentence:
        assert [e.text for e in item.equivalents] == ["$317m"]  # the source's own conversion, at the day's rate


def test_a_bare_dollar_sum_a_source_names_elsewhere_in_another_dollar_is_that_dollar():
    corpus = corpus_of(["The bank set up a US$2 billion (NZ$3.3 billion) fund for the valley.",
                        "Its head announced the $3.3 billion fund on Friday.",
                        "A further $5 billion will come next year."])
    funding = money.find_funding(corpus, [], RATES).funding
    assert [(item.text, item.currency, sorted(item.cite)) for item in funding] == [
        ("US$2 billion", "USD", ["S1:1", "S1:2"]), ("$5 billion", "USD", ["S1:3"])]
    assert [(e.text, e.currency) for e in funding[0].equivalents] == [("NZ$3.3 billion", "NZD"), ("$3.3 billion", "NZD")]


def test_a_bare_dollar_sum_that_is_another_sources_sum_only_in_a_named_countrys_dollar_is_that_dollar():
    actors = [Actor(name="Australia", kind="country", cite=["S1:1"]), Actor(name="United Kingdom", kind="country",
                                                                             cite=["S2:1", "S3:1"])]
    corpus = corpus_of(["Australia's Harlow Mining dropped its $50 billion bid for the Velm mill."],
                       ["Harlow Mining walked away from its £24 billion bid for the Velm mill in London."],
                       ["The United Kingdom's Velm mill was also offered $2 billion by a rival."])
    funding = money.find_funding(corpus, actors, RATES).funding
    assert [(item.text, item.currency, [e.text for e in item.equivalents]) for item in funding] == [
        ("$50 billion", "AUD", ["£24 billion"]),  # A$50 billion is £24 billion at the day's rate …
        ("$2 billion", "USD", [])]  # … while a sum no other source gives stays in US dollars


def test_a_us_dollar_mark_written_after_the_dollar_sign_is_money():
    assert [(a.text, a.currency, a.value) for a in find_amounts("The fund was pledged “up to” $US17.5 million.")] == [
        ("$US17.5 million", "USD", 17.5e6)]


def test_the_country_named_most_counts_its_people_and_capital_as_well_as_its_name():
    # New Zealand by name in two sentences, the United States in three: but New Zealanders and
    # Wellington make New Zealand the home
    zealand = Actor(name="New Zealand", kind="country", cite=["S1:1", "S2:2"])
    states = Actor(name="United States", kind="country", cite=["S1:2", "S2:1", "S3:1"])
    corpus = corpus_of(["New Zealand will lend $700 million to the orchards.", "US tariffs on kiwifruit rose."],
                       ["The US tariffs hurt New Zealander growers.", "New Zealand said pickers would be paid."],
                       ["Wellington set aside $50 million for growers.", "New Zealanders queued for the grants.",
                        "The US buys a third of the crop."])
    funding = money.find_funding(corpus, [states, zealand], RATES).funding
    assert {(item.text, item.currency) for item in funding} == {("$700 million", "NZD"), ("$50 million", "NZD")}


def test_sums_are_grouped_as_comparing_every_pair_would_group_them():
    rates = RATES
    rng = random.Random(11)
    amounts = [round(rng.choice([1, 2.5, 3.2, 4.06, 12, 120, 140, 150, 411]) * rng.choice([1e6, 1e9]), 2) for _ in range(20)]
    items = []
    for n in range(160):
        currency, amount = rng.choice(["EUR", "USD", "DKK", "GBP"]), rng.choice(amounts)
        if rng.random() < 0.3:  # a round conversion of another amount, as sources write them
            other = rng.choice(["EUR", "USD", "DKK", "GBP"])
            converted = rates.convert(amount, currency, other)
            currency, amount = other, float(f"{converted:.3g}")
        equivalents = [Equivalent(text="x", amount=rng.choice(amounts), currency=rng.choice(["USD", "EUR"]), cite=[f"S{n + 1}:1"])
                       ] if rng.random() < 0.2 else []
        items.append(Funding(text="x", amount=amount, currency=currency, equivalents=equivalents, cite=[f"S{n % 40 + 1}:{n + 1}"]))
    parent = list(range(len(items)))
    sums = [{item.currency: item.amount} for item in items]

    def root(i: int) -> int:
        return i if parent[i] == i else root(parent[i])

    for earlier in range(len(items)):  # every pair, in the order the grouping takes its candidates
        for later in range(earlier + 1, len(items)):
            first, second = root(earlier), root(later)
            if first != second and money._same_sum(items[earlier], items[later], rates) \
                    and not money._rivals(sums[first], sums[second]):
                parent[second] = first
                sums[first] = {**sums[second], **sums[first]}
    every = sorted(({i for i in range(len(items)) if root(i) == r} for r in {root(i) for i in range(len(items))}), key=min)
    assert [set(group) for group in money._same_sums(items, rates)] == every
    assert any(len(group) > 1 for group in every) and any(
        len({items[i].currency for i in group}) > 1 for group in every)


def test_a_bare_sum_of_money_nouns_takes_the_currency_given_before_it():
    items = funding_of("Within a week, 8 billion euros of cash from abroad and 3 billion of deposits from Velmora will "
                       "arrive.", "Later, 12 billion in loans and the remaining 4 billion Velmoran deposits will follow.")
    assert [(item.text, item.amount, item.currency) for item in items] == [
        ("8 billion euros", 8e9, "EUR"), ("3 billion", 3e9, "EUR"), ("12 billion", 12e9, "EUR"), ("4 billion", 4e9, "EUR")]
    cites = [item.cite for item in items]
    assert cites[:2] == [cites[0], cites[0]] and cites[2] == cites[3] == [cites[0][0], cites[2][-1]] != cites[0]


def test_a_bare_sum_set_after_the_amount_it_is_part_of_takes_its_currency(tmp_path):
    items = funding_of("The ferry pact lends 6 billion euros to the ports, including two billion lent at once, "
                       "and of which 3 billion is for the piers.")
    assert [(item.text, item.amount, item.currency) for item in items] == [
        ("6 billion euros", 6e9, "EUR"), ("two billion", 2e9, "EUR"), ("3 billion", 3e9, "EUR")]
    assert funding_of("The ferry pact lends 6 billion euros to 40 towns, including two million people.")[1:] == []


def test_another_or_a_further_bare_sum_takes_the_currency_before_it_in_the_sentence_or_the_paragraph():
    items = funding_of("The quarry firm owes the state 90bn CFA francs, with another 30bn falling due in May.",
                       "A further 25bn is owed to the rail company, the ministry said.")
    assert [(item.text, item.amount, item.currency, item.cite) for item in items] == [
        ("90bn CFA francs", 90e9, "XOF", ["S1:1"]), ("30bn", 30e9, "XOF", ["S1:1"]),
        ("25bn", 25e9, "XOF", ["S1:1", "S1:2"])]  # the sentence that says what the bare sum is counted in, too


def test_a_bare_sum_set_against_the_amount_before_it_takes_its_currency():
    items = funding_of("Velmora pledged 4.2 billion dollars to the ferry fund, down from 5 billion at the last round.")
    assert [(item.text, item.amount, item.currency) for item in items] == [
        ("4.2 billion dollars", 4.2e9, "USD"), ("5 billion", 5e9, "USD")]
    assert funding_of("Velmora pledged 4.2 billion dollars, up from 5 billion passengers.")[1:] == []


def test_bare_sums_listed_after_a_sum_take_its_currency_and_each_its_own_purpose():
    items = funding_of("The ferry pact is worth 7.4 billion euros.", "It holds 5 billion in loans, 1.8 billion for the "
                       "piers, and 200 million for border posts.")
    assert [(item.text, item.currency, item.purpose) for item in items] == [
        ("7.4 billion euros", "EUR", ""), ("5 billion", "EUR", ""), ("1.8 billion", "EUR", "the piers"),
        ("200 million", "EUR", "border posts")]
    listed = funding_of("The fund gave $2 billion in aid, 3 million doses and 40 million for clinics.")
    assert [item.text for item in listed] == ["$2 billion"]  # a count of things ends the list of sums


def test_a_bare_number_of_things_or_a_bare_sum_with_no_currency_before_is_no_money():
    assert funding_of("The harbour saw 2 billion tonnes of cargo and 3 billion passengers.") == []
    assert funding_of("A further 3 billion of deposits will arrive.") == []


def test_a_range_of_bare_dollars_is_read_as_a_bare_dollar_is_and_names_no_us_dollars():
    australia = Actor(name="Australia", kind="country", cite=["S1:1", "S2:1"])
    corpus = corpus_of(["Australia's court ordered the carrier to pay $90 million; where $40 million of it goes comes later."],
                       ["In Australia the carrier had sought a fine of between $40 million and $75 million."])
    funding = money.find_funding(corpus, [australia], RATES).funding
    assert {(item.amount, item.currency) for item in funding} == {(90e6, "AUD"), (40e6, "AUD")}
