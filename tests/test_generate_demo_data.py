import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import F, Q

from timeline.models import Article, Evidence, Move, Organization, Person, Role

SCRATCH_URL = "sqlite:////tmp/generate-demo-data-scratch.sqlite3"


def generate(*args):
    out = io.StringIO()
    call_command("generate_demo_data", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def scratch(monkeypatch):
    # Settings were read long ago; the test database stands in for the scratch one.
    monkeypatch.setenv("DATABASE_URL", SCRATCH_URL)


def test_it_refuses_without_database_url(db, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    with pytest.raises(CommandError, match="DATABASE_URL is not set"):
        generate("--people", "3", "--moves", "5", "--orgs", "2")
    assert not Person.objects.exists()


def test_it_refuses_when_database_url_names_the_default_database(db, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{settings.BASE_DIR / 'db.sqlite3'}")
    with pytest.raises(CommandError, match="default database"):
        generate("--people", "3", "--moves", "5", "--orgs", "2")
    assert not Person.objects.exists()


def test_it_refuses_a_database_that_is_not_empty_without_yes_scratch(scratch, make_move):
    make_move()
    with pytest.raises(CommandError, match="--yes-scratch"):
        generate("--people", "3", "--moves", "5", "--orgs", "2")
    assert Person.objects.count() == 1


def test_it_adds_to_a_scratch_database_that_is_not_empty_with_yes_scratch(scratch, make_move):
    make_move()
    generate("--people", "3", "--moves", "5", "--orgs", "2", "--yes-scratch")
    assert Person.objects.count() == 4
    assert Move.objects.count() == 6


def test_it_refuses_to_add_synthetic_data_twice(scratch, db):
    generate("--people", "3", "--moves", "5", "--orgs", "2")
    with pytest.raises(CommandError, match="already holds synthetic data"):
        generate("--people", "3", "--moves", "5", "--orgs", "2", "--yes-scratch")
    assert Move.objects.count() == 5


def test_it_rejects_too_few_organisations(scratch, db):
    with pytest.raises(CommandError, match="--orgs >= 2"):
        generate("--people", "3", "--moves", "5", "--orgs", "1")


def test_a_small_run_creates_the_counts_asked_for_and_says_so(scratch, db):
    out = generate("--people", "40", "--moves", "400", "--orgs", "12", "--seed", "7")

    assert Person.objects.count() == 40
    assert Organization.objects.count() == 12
    assert Move.objects.count() == 400
    assert Evidence.objects.count() == 400
    assert Evidence.objects.values("move").distinct().count() == 400
    assert 400 / 9 <= Article.objects.count() <= 400
    assert Role.objects.exists()
    assert "40 people, 12 organisations" in out
    assert "400 moves" in out


def test_everything_it_writes_is_marked_synthetic(scratch, db):
    generate("--people", "20", "--moves", "200", "--orgs", "5")

    assert not Person.objects.exclude(name__regex=r"^Synthetic Person \d{5}$").exists()
    assert not Organization.objects.exclude(name__regex=r"^Synthetic Org \d{3}$").exists()
    assert Person.objects.get(name="Synthetic Person 00001").slug == "synthetic-person-00001"
    assert Person.objects.resolve("synthetic person 00001") is not None
    assert not Article.objects.exclude(filename__startswith="synthetic/").exists()
    assert not Article.objects.exclude(title__startswith="[synthetic] ").exists()


def test_its_moves_are_varied_and_valid(scratch, db):
    generate("--people", "30", "--moves", "600", "--orgs", "10")

    kinds = set(Move.objects.values_list("kind", flat=True))
    assert kinds == set(Move.Kind.values)
    precisions = set(Move.objects.values_list("date_precision", flat=True))
    assert precisions == {"day", "month", "year", "unknown"}
    statuses = {s: Move.objects.filter(status=s).count() for s in Move.Status.values}
    assert statuses["unreviewed"] > statuses["confirmed"] > 0
    assert statuses["rejected"] > 0
    assert not Move.objects.filter(curated=False).exclude(status="unreviewed").exists()
    assert not Move.objects.filter(date_precision="year").exclude(date__month=1, date__day=1).exists()
    assert not Move.objects.filter(date_precision="month").exclude(date__day=1).exists()
    assert not Move.objects.filter(from_org__isnull=True, to_org__isnull=True).exists()
    assert not Move.objects.filter(from_org=F("to_org")).exists()


def test_its_evidence_points_at_the_sentence_in_the_article(scratch, db):
    generate("--people", "10", "--moves", "100", "--orgs", "4")

    for ev in Evidence.objects.select_related("article", "move__person"):
        assert ev.article.text[ev.start : ev.end] == ev.sentence
        assert ev.sentence.startswith(ev.move.person.name) or ev.sentence.startswith("After leaving")
        assert ev.move.person.name in ev.sentence


def test_its_roles_come_from_the_moves_that_are_not_rejected(scratch, db):
    generate("--people", "10", "--moves", "100", "--orgs", "4")

    rejected = Q(start_move__status="rejected") | Q(end_move__status="rejected")
    assert not Role.objects.filter(rejected).exists()
    for role in Role.objects.select_related("start_move"):
        if role.start_move:
            assert role.organization_id == role.start_move.to_org_id
            assert role.person_id == role.start_move.person_id
