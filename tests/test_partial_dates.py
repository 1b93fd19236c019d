import datetime

import pytest

from timeline import dates


def test_a_year_only_date_is_shown_as_the_year():
    assert dates.display(datetime.date(2022, 1, 1), "year") == "2022"
    assert dates.iso(datetime.date(2022, 6, 30), "year") == "2022"


def test_a_month_date_is_shown_without_a_day():
    assert dates.display(datetime.date(2023, 3, 1), "month") == "Mar 2023"
    assert dates.iso(datetime.date(2023, 3, 17), "month") == "2023-03"


def test_an_exact_date_is_shown_in_full():
    assert dates.display(datetime.date(2024, 2, 8), "day") == "8 Feb 2024"
    assert dates.iso(datetime.date(2024, 2, 8), "day") == "2024-02-08"


def test_an_unknown_date_says_so():
    assert dates.display(None, "unknown") == "date unknown"
    assert dates.iso(datetime.date(2024, 2, 8), "unknown") is None


def test_period_end_covers_the_known_period():
    assert dates.period_end(datetime.date(2022, 1, 1), "year") == datetime.date(2022, 12, 31)
    assert dates.period_end(datetime.date(2024, 2, 1), "month") == datetime.date(2024, 2, 29)
    assert dates.period_end(datetime.date(2023, 12, 1), "month") == datetime.date(2023, 12, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021", (datetime.date(2021, 1, 1), "year")),
        ("2021-07", (datetime.date(2021, 7, 1), "month")),
        ("2021-07-09", (datetime.date(2021, 7, 9), "day")),
    ],
)
def test_parse_iso_keeps_the_precision(text, expected):
    assert dates.parse_iso(text) == expected


@pytest.mark.parametrize("text", ["", "21", "2021-13", "2021-02-30", "July 2021", "2021-7-1-1"])
def test_parse_iso_rejects_bad_dates(text):
    with pytest.raises(ValueError):
        dates.parse_iso(text)
