"""Month names and calendar days, shared by the reading of a page's date and the conflicts of days."""

from __future__ import annotations

import pytest

from report.text.dates import MONTH_NAMES, iso_day, month_number


@pytest.mark.parametrize(("word", "number"), [("March", 3), ("mar", 3), ("Sept.", 9), ("Sep", 9), ("DECEMBER", 12),
                                              ("May", 5), ("Mayor", 0), ("", 0), ("13", 0)])
def test_a_month_is_known_by_every_way_news_writes_it(word, number):
    assert month_number(word) == number


def test_the_twelve_names_are_in_calendar_order():
    assert [month_number(name) for name in MONTH_NAMES] == list(range(1, 13))


def test_a_day_the_calendar_lacks_is_no_day():
    assert iso_day(2024, 2, 29) == "2024-02-29"
    assert iso_day(2025, 2, 29) == ""
    assert iso_day(2025, 13, 1) == ""
