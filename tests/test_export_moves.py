import datetime
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.conftest import SEEDS
from timeline.models import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "tools" / "score_moves.py"
GOLD = SHARED / "gold" / "seeds.json"


def export(*args):
    out = io.StringIO()
    call_command("export_moves", *args, stdout=out)
    return json.loads(out.getvalue())


def test_it_writes_each_move_with_the_fields_the_scorer_reads(make_move):
    make_move(
        person="Jane Roe",
        from_org="Globex Labs",
        to_org="Acme Robotics",
        kind="move",
        date="2024-03-03",
        role="chief scientist",
        status="confirmed",
        sentence="Jane Roe left Globex Labs for Acme Robotics.",
    )

    (record,) = export()

    assert {"person", "from_org", "to_org", "kind", "role", "date", "status", "sources"} <= set(record)
    assert record["person"] == "Jane Roe"
    assert (record["from_org"], record["to_org"]) == ("Globex Labs", "Acme Robotics")
    assert (record["kind"], record["role"], record["status"]) == ("move", "chief scientist", "confirmed")
    assert record["date"] == "2024-03-03"
    assert record["sources"] == [{"article": "test-1.txt", "evidence": "Jane Roe left Globex Labs for Acme Robotics."}]


@pytest.mark.parametrize(
    ("date", "written"),
    [("2022", "2022"), ("2022-03", "2022-03"), ("2022-03-05", "2022-03-05"), (None, None)],
)
def test_it_writes_a_date_at_its_precision(make_move, date, written):
    make_move(date=date)

    (record,) = export()

    assert record["date"] == written


def test_a_move_with_one_side_has_null_for_the_other(make_move):
    make_move(person="Richard Poe", from_org="Initech AI", to_org=None, kind="leave")

    (record,) = export()

    assert (record["from_org"], record["to_org"]) == ("Initech AI", None)
    assert record["role"] is None


def test_it_lists_every_article_a_move_comes_from(make_move):
    first = make_move(person="Jane Roe", to_org="Acme Robotics", sentence="Jane Roe joined Acme Robotics.")
    other = Article.objects.create(filename="other.txt", text="Roe has joined Acme Robotics.", content_hash="x")
    first.evidence.create(article=other, sentence="Roe has joined Acme Robotics.", start=0, end=29)

    (record,) = export("--merged")

    assert sorted(record["sources"], key=lambda s: s["article"]) == [
        {"article": "other.txt", "evidence": "Roe has joined Acme Robotics."},
        {"article": "test-1.txt", "evidence": "Jane Roe joined Acme Robotics."},
    ]
    # By default, one record per supporting article, each naming only its own source.
    assert sorted(s["article"] for r in export() for s in r["sources"]) == ["other.txt", "test-1.txt"]
    assert all(len(r["sources"]) == 1 and r["id"] == first.pk for r in export())


def test_each_article_keeps_the_sides_and_the_date_it_stated(make_move):
    """ "left Globex in 2024" in one article and "moved from Globex to Acme in May 2024" in another
    are one move, but the first article claimed neither Acme nor May."""
    move = make_move(
        person="Jane Roe",
        from_org="Globex Labs",
        to_org="Acme Robotics",
        kind="move",
        date="2024-05-01",
        sentence="Jane Roe moved from Globex Labs to Acme Robotics in May 2024.",
    )
    move.date_precision = "month"
    move.save()
    move.evidence.update(date=datetime.date(2024, 5, 1), date_precision="month", claim="both")
    other = Article.objects.create(filename="other.txt", text="Roe left Globex Labs in 2024.", content_hash="y")
    move.evidence.create(
        article=other,
        sentence="Roe left Globex Labs in 2024.",
        start=0,
        end=29,
        date=datetime.date(2024, 1, 1),
        date_precision="year",
        claim="out",
    )

    by_article = {r["sources"][0]["article"]: r for r in export()}

    assert (by_article["other.txt"]["from_org"], by_article["other.txt"]["to_org"]) == ("Globex Labs", None)
    assert (by_article["other.txt"]["date"], by_article["other.txt"]["kind"]) == ("2024", "leave")
    assert (by_article["test-1.txt"]["from_org"], by_article["test-1.txt"]["to_org"]) == (
        "Globex Labs",
        "Acme Robotics",
    )
    assert by_article["test-1.txt"]["date"] == "2024-05"
    (merged,) = export("--merged")
    assert (merged["date"], len(merged["sources"])) == ("2024-05", 2)


def test_it_can_export_only_one_status(make_move):
    make_move(person="Jane Roe", status="confirmed")
    make_move(person="Richard Poe", status="rejected")
    make_move(person="Ada Example")

    assert [r["person"] for r in export("--status", "confirmed")] == ["Jane Roe"]
    assert len(export()) == 3


def test_it_writes_an_empty_list_for_an_empty_database(db):
    assert export() == []


@pytest.mark.skipif(not SCORER.exists() or not GOLD.exists(), reason="../shared (scorer and gold file) not here")
def test_the_seed_articles_score_at_least_0_90_on_the_gold_moves(db, tmp_path):
    call_command("ingest", str(SEEDS), stdout=io.StringIO(), stderr=io.StringIO())
    pred = tmp_path / "moves.json"
    out = io.StringIO()
    call_command("export_moves", stdout=out)
    pred.write_text(out.getvalue(), encoding="utf-8")

    scored = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(GOLD), "--pred", str(pred), "-v"],
        capture_output=True,
        text=True,
        check=True,
    )

    scores = dict(re.findall(r"(\w+)=([0-9.]+)", scored.stdout.strip().splitlines()[-1]))
    assert float(scores["f1"]) >= 0.90, scored.stdout
    assert float(scores["date_acc"]) >= 0.90, scored.stdout
