"""Amounts of money as text writes them: currencies, scales, ranges, and numbers that are no money."""

from __future__ import annotations

import pytest

from report.text.amounts import find_amounts, find_numbers, parse_amount


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("€48 million", 48e6, "EUR"),
        ("€12.5 million", 12.5e6, "EUR"),
        ("250 million Danish kroner", 250e6, "DKK"),
        ("$6.5bn", 6.5e9, "USD"),
        ("£450m", 450e6, "GBP"),
        ("DKK 500m", 500e6, "DKK"),
        ("US$1.2 billion", 1.2e9, "USD"),
        ("1,200,000 euros", 1.2e6, "EUR"),
        ("NOK 3 billion", 3e9, "NOK"),
        ("¥10bn", 10e9, "JPY"),
        ("Rs 500 crore", 5e9, "INR"),
        ("Rs 11,11,111 crore", 11111110e6, "INR"),  # grouped as India groups it
        ("₹1,20,000", 120000, "INR"),
        ("half a billion euros", 0.5e9, "EUR"),
        ("two million hryvnias", 2e6, "UAH"),
        ("SEK 2.5 billion", 2.5e9, "SEK"),
        ("300 million Swiss francs", 300e6, "CHF"),
        ("A$3.5 billion", 3.5e9, "AUD"),
        ("€2,5 million", 2.5e6, "EUR"),
        ("€1.200.000", 1.2e6, "EUR"),
        ("75 million EUR", 75e6, "EUR"),
        ("450 million pounds", 450e6, "GBP"),
        ("$40 trillion", 40e12, "USD"),
        ("N121.67 trillion", 121.67e12, "NGN"),
        ("N2.4tr", 2.4e12, "NGN"),
        ("R500 million", 500e6, "ZAR"),
        ("$41.7 Bln", 41.7e9, "USD"),
        ("$8B", 8e9, "USD"),
        ("EUR 6.3 MLN", 6.3e6, "EUR"),
        ("£2 Bn", 2e9, "GBP"),
    ],
)
def test_parse_amount_reads_each_written_form(text, value, currency):
    assert parse_amount(f"The council said {text} was set aside.") == (pytest.approx(value), currency)


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("a €4.2-billion tranche", 4.2e9, "EUR"),
        ("₹1.5 lakh crore", 1.5e12, "INR"),
        ("Rs 1,200 crore", 12e9, "INR"),
        ("1 trillion won", 1e12, "KRW"),
        ("Sh1.2 billion", 1.2e9, "KES"),
        ("SR 2 billion", 2e9, "SAR"),
        ("AED 500 million", 500e6, "AED"),
        ("Rp 5 trillion", 5e12, "IDR"),
        ("NT$30 billion", 30e9, "TWD"),
        ("HK$12 billion", 12e9, "HKD"),
        ("C$75 million", 75e6, "CAD"),
        ("EUR 500 million", 500e6, "EUR"),
        ("1.2 billion dollars", 1.2e9, "USD"),
    ],
)
def test_hyphenated_and_compound_scales_and_more_currencies(text, value, currency):
    assert parse_amount(f"The council said {text} was set aside.") == (pytest.approx(value), currency)


def test_a_dollar_country_written_after_a_dollar_amount_names_its_dollar():
    found = find_amounts("The plan pledges $12 billion Canadian (US$8.7 billion) and caps the shortfall at $15 billion "
                         "Australian.")
    assert [(a.text, a.value, a.currency) for a in found] == [
        ("$12 billion Canadian", 12e9, "CAD"), ("US$8.7 billion", 8.7e9, "USD"), ("$15 billion Australian", 15e9, "AUD")]
    # an adjective of the noun after it says whose the thing is, not whose dollar
    assert [(a.text, a.currency) for a in find_amounts("It won a $5 million Canadian grant.")] == [("$5 million", "USD")]


@pytest.mark.parametrize("text, found", [
    ("a 64 billion-real ($11.5 billion) accord", [("64 billion-real", 64e9, "BRL"), ("$11.5 billion", 11.5e9, "USD")]),
    ("a 5 billion-euro fund", [("5 billion-euro", 5e9, "EUR")]),
    ("a 2-trillion-yen deal", [("2-trillion-yen", 2e12, "JPY")]),
    # a year is no low end of a range
    ("falling from 3 billion reais in 2027 to 1.25 billion reais in 2040",
     [("3 billion reais", 3e9, "BRL"), ("1.25 billion reais", 1.25e9, "BRL")]),
    ("the real deal, 500 real dollars", []),
])
def test_a_currency_hyphened_to_its_scale_and_years_before_to(text, found):
    assert [(a.text, a.value, a.currency) for a in find_amounts(text)] == found


def test_the_won_of_an_election_is_no_money():
    assert find_amounts("The party won 3 seats and 40 per cent of the vote.") == []


def test_a_change_from_one_figure_to_another_and_a_list_are_no_range():
    assert len(find_amounts("Funding rose from $2bn to $3bn in a year.")) == 2
    assert len(find_amounts("The fund paid $2bn and $3bn in two rounds.")) == 2


@pytest.mark.parametrize("text", ["Route N7 was closed.", "N95 masks cost 3 million.", "An R2 rating.",
                                  "The N1601 rate.", "He was paid R 500 million.", "Road N70,0 ends here."])
def test_a_letter_mark_is_money_only_against_a_number_with_a_scale_or_thousands(text):
    assert find_amounts(text) == []


def test_a_letter_mark_before_a_number_with_thousands_marked_is_money():
    [amount] = find_amounts("The board approved a N70,000 monthly wage.")
    assert (amount.text, amount.value, amount.currency) == ("N70,000", 70000.0, "NGN")
    [amount] = find_amounts("Each family gets R15,000.50 in aid.")
    assert (amount.value, amount.currency) == (15000.5, "ZAR")


def test_an_amount_cut_off_inside_its_scale_word_is_no_amount():
    assert find_amounts("The cost far exceeds earlier projections of around £20 bill") == []
    assert [a.value for a in find_amounts("Earlier projections were around £20 billion")] == [20e9]
    assert [a.value for a in find_amounts("The ticket costs £20 more")] == [20]


@pytest.mark.parametrize(("text", "written", "value"), [("a toll of £12billion", "£12billion", 12e9),
                                                        ("only €2.6million a year", "€2.6million", 2.6e6)])
def test_a_scale_word_written_without_a_space_still_scales_the_amount(text, written, value):
    [amount] = find_amounts(text)
    assert (amount.text, amount.value) == (written, value)


def test_a_number_word_before_a_scale_word_is_a_number_and_alone_is_none():
    assert find_numbers("credit among them two billion lent at once") == {2e9}
    assert find_numbers("Two Million people and one bridge") == {2e6}


@pytest.mark.parametrize("text", ["The plan was priced in local money (C$1 = $0.71).", "At €1 = $1.08, the fare rose."])
def test_a_rate_of_exchange_is_no_sum_of_money(text):
    assert find_amounts(text) == []
