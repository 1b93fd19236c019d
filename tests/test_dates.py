"""Finding date phrases and resolving them against the publication date."""

import datetime

import pytest

from ingest.dates import find_dates, resolve
from ingest.records import DAY, MONTH, UNKNOWN, YEAR

TUESDAY = datetime.date(2026, 2, 24)


def phrases(sentence):
    return [p for p, _, _ in find_dates(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Since leaving Tesla in 2022, he taught.", ["in 2022"]),
        ("She left in March 2023 and joined on March 5, 2024.", ["in March 2023", "on March 5, 2024"]),
        ("The deal closed Feb. 8 after talks.", ["Feb. 8"]),
        ("He resigned last week, she said last year.", ["last week", "last year"]),
        ("He announced Tuesday that he's joining.", ["Tuesday"]),
        (
            "It was acquired earlier this month and this week, yesterday.",
            ["earlier this month", "this week", "yesterday"],
        ),
        (
            "He joined in early 2021 and left in late 2019, or mid-2023.",
            ["in early 2021", "in late 2019", "mid-2023"],
        ),
        ("Last month, Meta hired her. In 2024, three left.", ["Last month", "In 2024"]),
        ("She joined two years ago, in December.", ["two years ago", "in December"]),
    ],
)
def test_it_finds_date_phrases(sentence, expected):
    assert phrases(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "We may join them, and March on.",
        "It raised about $15 million and $2019 from 2,000 investors.",
        "He stayed after six years with the company, five years after GPT-2 shipped.",
        "A second later, the models were gone.",
        "They left later that year.",
    ],
)
def test_it_finds_no_date_where_there_is_none(sentence):
    assert phrases(sentence) == []


def test_offsets_point_at_the_phrase():
    sentence = "He left Google in 2021 to found it."
    ((phrase, start, end),) = find_dates(sentence)
    assert sentence[start:end] == phrase == "in 2021"


def test_year_only_date_keeps_year_precision():
    date = resolve("in 2022", None)
    assert (date.value, date.precision, date.relative) == (datetime.date(2022, 1, 1), YEAR, False)
    assert date.iso() == "2022"


def test_month_and_year_keeps_month_precision():
    date = resolve("in March 2023", TUESDAY)
    assert (date.value, date.precision) == (datetime.date(2023, 3, 1), MONTH)


def test_qualified_years_keep_year_precision():
    assert resolve("in early 2021", None).iso() == "2021"
    assert resolve("late 2019", None).iso() == "2019"
    assert resolve("mid-2023", None).iso() == "2023"


@pytest.mark.parametrize("phrase", ["last week", "Tuesday", "last year", "this month", "Feb. 8", "in December"])
def test_relative_phrase_in_undated_article_gives_no_date(phrase):
    date = resolve(phrase, None)
    assert date.value is None and date.precision == UNKNOWN and date.iso() is None
    assert date.relative and date.phrase == phrase  # kept so it can be resolved once a date is set


def test_relative_phrases_resolve_against_the_publication_date():
    assert resolve("last year", TUESDAY).iso() == "2025"
    assert resolve("yesterday", TUESDAY).iso() == "2026-02-23"
    assert resolve("in December", TUESDAY).iso() == "2025-12"
    assert resolve("two years ago", TUESDAY).iso() == "2024"
    assert resolve("last year", TUESDAY).relative


def test_a_weekday_in_a_paper_of_that_weekday_is_that_day():
    assert resolve("Tuesday", TUESDAY).iso() == "2026-02-24"
    assert resolve("on Monday", TUESDAY).iso() == "2026-02-23"
    assert resolve("Wednesday", TUESDAY).iso() == "2026-02-18"


def test_a_week_phrase_keeps_only_the_month():
    date = resolve("last week", TUESDAY)
    assert (date.value, date.precision) == (datetime.date(2026, 2, 1), MONTH)


def test_a_month_without_year_is_the_nearest_one():
    assert resolve("on Feb. 1", datetime.date(2026, 1, 15)).iso() == "2026-02-01"
    assert resolve("in August", datetime.date(2025, 2, 6)).iso() == "2024-08"
    assert resolve("next month", datetime.date(2025, 9, 30)).iso() == "2025-10"


def test_a_full_date_keeps_day_precision():
    date = resolve("on March 5, 2024", None)
    assert (date.value, date.precision, date.relative) == (datetime.date(2024, 3, 5), DAY, False)


def test_an_unparseable_phrase_is_unknown():
    assert resolve("the other week", TUESDAY).iso() is None


def test_a_season_is_known_to_its_year():
    assert resolve("last fall", datetime.date(2025, 2, 20)).iso() == "2024"
    assert resolve("last summer", datetime.date(2025, 10, 2)).iso() == "2025"
    assert resolve("this spring", datetime.date(2024, 11, 4)).iso() == "2024"
    assert resolve("next spring", datetime.date(2025, 9, 12)).iso() == "2026"
    assert resolve("this summer", None).iso() is None


def test_the_end_of_the_year_and_quarters():
    found = [p for p, _, _ in find_dates("She will leave at the end of the year.")]
    assert found == ["at the end of the year"]
    assert resolve(found[0], datetime.date(2025, 9, 12)).iso() == "2025"
    assert resolve("by year-end", datetime.date(2025, 9, 12)).iso() == "2025"
    assert [p for p, _, _ in find_dates("Helix launched in Q3 2024.")] == ["in Q3 2024"]
    assert resolve("in Q3 2024", None).iso() == "2024"


def test_the_end_of_a_month_is_that_month():
    assert [p for p, _, _ in find_dates("Okafor will depart at the end of March.")] == ["at the end of March"]
    assert resolve("at the end of March", datetime.date(2025, 2, 27)).iso() == "2025-03"


def test_the_end_of_this_or_next_month_is_relative_to_publication():
    found = [p for p, _, _ in find_dates("She is leaving at the end of the month to join Initech.")]
    assert found == ["at the end of the month"]
    assert resolve(found[0], datetime.date(2025, 12, 2)).iso() == "2025-12"
    assert resolve("by the end of next month", datetime.date(2025, 12, 2)).iso() == "2026-01"
    assert resolve("at the end of the month", None).iso() is None
