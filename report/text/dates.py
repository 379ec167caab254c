"""Days as English news writes them: the months' names and the calendar days they make."""

from __future__ import annotations

import datetime as dt

# The twelve months in order, written out; a month's number is its place among them.
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
# Every way a month's name is written, folded, with its number: in full, in three letters, "sept".
MONTHS = {**{name: n for n, name in enumerate(MONTH_NAMES, 1)},
          **{name[:3]: n for n, name in enumerate(MONTH_NAMES, 1)}, "sept": 9}


def month_number(word: str) -> int:
    """Return the number of the month a word names ("March", "Sept.", "oct"), or 0 when it names none."""
    return MONTHS.get(word.lower().rstrip("."), 0)


def iso_day(year: int, month: int, day: int) -> str:
    """Return the day as YYYY-MM-DD, or "" when the calendar has no such day (30 February)."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return ""
