"""One real move, one record: reports of the same event across articles and precisions merge
(ingest.consolidate), each evidence row keeping its own article's date."""

import datetime
import io
from pathlib import Path

import pytest
from django.core.management import call_command

from timeline import dates
from timeline.duplicates import dates_compatible, possible_duplicates
from timeline.models import Evidence, Move

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path, name, body, date="2025-07-10"):
    path = tmp_path / name
    path.write_text(f"date {date}\ntitle {name}\n\n{body}\n" if date else f"title {name}\n\n{body}\n")
    return path


def ingest(*paths):
    call_command("ingest", *map(str, paths), stdout=io.StringIO(), stderr=io.StringIO())


def moves_of(name):
    return list(Move.objects.filter(person__name=name).select_related("from_org", "to_org").order_by("id"))


@pytest.mark.parametrize(
    "a, b, compatible",
    [
        ("2024", "2024-05", True),
        ("2024-05", "2024-05-14", True),
        ("2024", "2025", False),
        ("2024-05", "2024-06", False),
    ],
)
def test_it_knows_which_dates_can_be_the_same_day(a, b, compatible):
    assert dates_compatible(dates.parse_iso(a), dates.parse_iso(b)) is compatible


def test_a_departure_at_two_precisions_in_two_articles_is_one_move(db, tmp_path):
    ingest(write(tmp_path, "a.txt", "Ilya Sutskever left OpenAI in 2024."))
    ingest(write(tmp_path, "b.txt", "Ilya Sutskever left OpenAI in May 2024."))
    (move,) = moves_of("Ilya Sutskever")
    assert move.date_iso == "2024-05"  # the most precise date
    stated = sorted((e.article.filename, dates.iso(e.date, e.date_precision)) for e in move.evidence.all())
    assert stated == [("a.txt", "2024"), ("b.txt", "2024-05")]  # each row keeps its own


def test_left_a_and_a_to_b_of_the_same_time_are_one_departure(db, tmp_path):
    ingest(write(tmp_path, "a.txt", "John Schulman left OpenAI in August 2024."))
    ingest(write(tmp_path, "b.txt", "In August 2024, Anthropic hired John Schulman from OpenAI."))
    (move,) = moves_of("John Schulman")
    assert (move.from_org.name, move.to_org.name, move.kind) == ("OpenAI", "Anthropic", "move")
    assert move.evidence.count() == 2


def test_a_transfer_joins_a_departure_and_an_arrival_reported_apart(db, tmp_path):
    ingest(write(tmp_path, "a.txt", "John Schulman left OpenAI in August 2024."))
    ingest(write(tmp_path, "b.txt", "John Schulman joined Anthropic in August 2024."))
    assert len(moves_of("John Schulman")) == 2  # nothing yet says they are one move
    ingest(write(tmp_path, "c.txt", "In August 2024, Anthropic hired John Schulman from OpenAI."))
    (move,) = moves_of("John Schulman")
    assert (move.from_org.name, move.to_org.name) == ("OpenAI", "Anthropic")
    assert move.evidence.count() == 3


def test_an_undated_report_joins_the_one_compatible_dated_move(db, tmp_path):
    ingest(write(tmp_path, "a.txt", "Jan Leike left OpenAI in May 2024."))
    ingest(write(tmp_path, "b.txt", "Jan Leike left OpenAI.", date=None))
    (move,) = moves_of("Jan Leike")
    assert move.date_iso == "2024-05"
    assert move.evidence.count() == 2


def test_an_undated_report_beside_two_departures_joins_neither_and_is_flagged(db, tmp_path):
    ingest(write(tmp_path, "a.txt", "Andrej Karpathy left OpenAI in 2017."))
    ingest(write(tmp_path, "b.txt", "Andrej Karpathy left OpenAI in 2024."))
    ingest(write(tmp_path, "c.txt", "Andrej Karpathy left OpenAI.", date=None))
    moves = moves_of("Andrej Karpathy")
    assert sorted(m.date_iso or "" for m in moves) == ["", "2017", "2024"]
    undated = next(m for m in moves if m.date is None)
    assert possible_duplicates(Move.objects.all())[undated.pk] == "undated, several candidates"


def test_incompatible_dates_stay_apart_and_are_flagged_as_a_conflict(db, tmp_path):
    ingest(write(tmp_path, "a.txt", "Mira Murati left OpenAI in 2023."))
    ingest(write(tmp_path, "b.txt", "Mira Murati left OpenAI in 2025."))
    moves = moves_of("Mira Murati")
    assert len(moves) == 2
    flags = possible_duplicates(Move.objects.all())
    assert {flags[m.pk] for m in moves} == {"conflicting dates"}


def test_a_rejection_survives_a_dated_re_report(db, tmp_path, admin_client):
    ingest(write(tmp_path, "a.txt", "Dario Amodei left OpenAI.", date=None))
    (move,) = moves_of("Dario Amodei")
    move.status, move.curated = Move.Status.REJECTED, True
    move.save()
    ingest(write(tmp_path, "b.txt", "Dario Amodei left OpenAI in 2020."))
    (again,) = moves_of("Dario Amodei")
    assert again.pk == move.pk and again.status == "rejected" and again.date is None
    assert again.evidence.count() == 2
    assert not Move.objects.visible().filter(person__name="Dario Amodei").exists()


def test_a_curators_date_holds_when_another_article_gives_another_precision(db, tmp_path):
    ingest(write(tmp_path, "a.txt", "Mira Murati left OpenAI in September 2024."))
    (move,) = moves_of("Mira Murati")
    move.date, move.date_precision, move.curated = datetime.date(2024, 9, 25), "day", True
    move.save()
    ingest(write(tmp_path, "b.txt", "Mira Murati left OpenAI in 2024."))
    (again,) = moves_of("Mira Murati")
    assert again.date_iso == "2024-09-25" and again.evidence.count() == 2


def test_an_undated_move_is_bounded_by_its_earliest_source(db, tmp_path):
    ingest(write(tmp_path, "a.txt", "Noam Brown joined Anthropic.", date="2025-07-10"))
    ingest(write(tmp_path, "b.txt", "Noam Brown joined Anthropic.", date="2025-03-02"))
    (move,) = moves_of("Noam Brown")
    assert move.date is None and move.no_later_than == datetime.date(2025, 3, 2)
    assert move.bound_display == "by Mar 2025"


def test_a_changed_article_still_replaces_its_own_moves(db, tmp_path):
    path = write(tmp_path, "a.txt", "Mira Murati left OpenAI in 2023.")
    ingest(path)
    write(tmp_path, "a.txt", "Mira Murati left OpenAI in 2024.")
    ingest(path)
    (move,) = moves_of("Mira Murati")
    assert move.date_iso == "2024"
    assert [(e.date.year, e.date_precision) for e in Evidence.objects.all()] == [(2024, "year")]


def test_seeds_and_test_articles_twice_leave_no_visible_duplicate_pairs(db):
    """The "Done when" check: ingest everything twice; no two visible moves of one person on
    the same side of one organisation with compatible known dates, and no undated move beside
    the one dated move it is compatible with."""
    for _ in range(2):
        call_command(
            "ingest", str(ROOT / "seeds"), str(ROOT / "tests" / "articles"), stdout=io.StringIO(), stderr=io.StringIO()
        )
    visible = Move.objects.visible()
    counts = visible.count()
    flags = possible_duplicates(visible)
    assert [m for m, why in flags.items() if why in ("same event", "undated beside one dated")] == []
    call_command("ingest", str(ROOT / "tests" / "articles"), stdout=io.StringIO(), stderr=io.StringIO())
    assert Move.objects.visible().count() == counts  # idempotent


def test_the_consolidate_command_folds_duplicates_already_in_the_database(make_move):
    make_move("Ilya Sutskever", from_org="OpenAI", to_org=None, kind="leave", date="2024")
    make_move("Ilya Sutskever", from_org="OpenAI", to_org=None, kind="leave", date="2024-05-14")
    make_move("Ilya Sutskever", from_org="OpenAI", to_org=None, kind="leave")
    out = io.StringIO()
    call_command("consolidate_moves", stdout=out)
    (move,) = moves_of("Ilya Sutskever")
    assert move.date_iso == "2024-05-14" and move.evidence.count() == 3
    assert "Folded 2 move(s)" in out.getvalue()
