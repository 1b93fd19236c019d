"""Curators' work survives re-ingest: the real `ingest` command over small article files."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from tests.conftest import move_form
from timeline import curation
from timeline.models import Article, Move, Organization, Person, Role

ARTICLE = """date 2025-03-13
title Robotics hiring round-up

Robotics hiring round-up

Jane Roe joined Acme Robotics in 2021 from Globex Labs.

Max Moe left Initech in 2020 to join Hooli.

Ann Lee joined Vandelay AI last week.
"""


def ingest(path):
    out = io.StringIO()
    call_command("ingest", str(path), stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "roundup.txt"
    path.write_text(ARTICLE)
    ingest(path)
    assert Move.objects.count() == 3, list(Move.objects.all())
    return path


def move_of(name):
    return Move.objects.get(person__name=name)


def curate(desk, action, move):
    desk.post(reverse("admin:timeline_move_changelist"), {"action": action, "_selected_action": [move.pk]})


def edit(desk, move, **changes):
    data = move_form(move, **changes)
    response = desk.post(reverse("admin:timeline_move_change", args=[move.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]


def snapshot():
    return sorted(
        (m.person.name, m.from_org_id, m.to_org_id, m.kind, m.role, m.date, m.date_precision, m.status, m.curated)
        for m in Move.objects.select_related("person")
    )


def test_confirmed_rejected_and_edited_moves_keep_their_state_when_the_article_changes(desk, article):
    curate(desk, "confirm", move_of("Jane Roe"))
    curate(desk, "reject", move_of("Max Moe"))
    edit(desk, move_of("Ann Lee"), date="2025-02-01", date_precision="month", role="head of research")
    before = snapshot()

    article.write_text(ARTICLE + "\nBob Ray joined Hooli in 2019.\n")
    output = ingest(article)

    assert "updated" in output
    assert Move.objects.count() == 4  # Bob Ray is new; nothing duplicated
    assert [m for m in snapshot() if m[0] != "Bob Ray"] == before
    assert (move_of("Jane Roe").status, move_of("Max Moe").status) == ("confirmed", "rejected")
    ann = move_of("Ann Lee")
    assert (ann.date, ann.role, ann.curated) == (datetime.date(2025, 2, 1), "head of research", True)


def test_re_ingesting_an_unchanged_article_changes_nothing(desk, article):
    curate(desk, "confirm", move_of("Jane Roe"))
    before = snapshot()

    ingest(article)

    assert snapshot() == before


def test_a_curated_move_stays_when_its_sentence_leaves_the_article(desk, article):
    curate(desk, "confirm", move_of("Jane Roe"))

    text = ARTICLE.replace("Jane Roe joined Acme Robotics in 2021 from Globex Labs.", "No news here.")
    article.write_text(text.replace("Ann Lee joined Vandelay AI last week.", "Nor here."))
    ingest(article)

    jane = move_of("Jane Roe")
    assert jane.status == "confirmed"
    assert jane.evidence.count() == 1  # its evidence is kept for the record
    assert not Move.objects.filter(person__name="Ann Lee").exists()  # uncurated: it goes with its sentence


def test_a_rejected_move_never_comes_back_even_from_another_article(desk, article, tmp_path):
    curate(desk, "reject", move_of("Max Moe"))

    other = tmp_path / "other.txt"
    other.write_text("date 2025-04-01\ntitle Another report\n\nMax Moe left Initech in 2020 to join Hooli.\n")
    ingest(other)
    article.write_text(ARTICLE + "\nMore news soon.\n")
    ingest(article)

    assert Move.objects.filter(person__name="Max Moe").count() == 1
    assert move_of("Max Moe").status == "rejected"
    assert not Move.objects.visible().filter(person__name="Max Moe").exists()


def test_a_move_edited_to_another_organisation_is_not_duplicated(desk, article):
    jane = move_of("Jane Roe")
    elsewhere = Organization.objects.create(name="Acme Robotics Europe")
    edit(desk, jane, to_org=elsewhere.pk)

    article.write_text(ARTICLE + "\nMore news soon.\n")
    ingest(article)

    assert Move.objects.filter(person__name="Jane Roe").count() == 1
    assert move_of("Jane Roe").to_org == elsewhere


def test_after_a_merge_later_ingests_resolve_the_alias(desk, article, tmp_path):
    dup = tmp_path / "dup.txt"
    dup.write_text("date 2025-05-01\ntitle Hooli hires\n\nJane R. Roe joined Hooli in 2024 from Acme Robotics.\n")
    ingest(dup)
    keep, other = Person.objects.get(name="Jane Roe"), Person.objects.get(name="Jane R. Roe")
    desk.post(
        reverse("admin:timeline_person_changelist"),
        {"action": "merge", "_selected_action": [keep.pk, other.pk], "post": "yes", "keep": keep.pk},
    )
    assert set(Move.objects.filter(person=keep).values_list("to_org__name", flat=True)) == {"Acme Robotics", "Hooli"}
    moves = Move.objects.count()

    later = tmp_path / "later.txt"
    later.write_text("date 2025-06-01\ntitle More\n\nJane R. Roe left Hooli in 2025.\n")
    ingest(later)
    dup.write_text(dup.read_text() + "\nMore news soon.\n")
    ingest(dup)

    assert not Person.objects.filter(name="Jane R. Roe").exists()
    assert Move.objects.count() == moves + 1
    assert Move.objects.filter(person=keep, from_org__name="Hooli").exists()
    assert Role.objects.filter(person=keep, organization__name="Hooli").exists()


def test_a_curators_publication_date_resolves_relative_dates_and_survives_re_ingest(desk, tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("title Undated news\n\nAnn Lee joined Vandelay AI on Tuesday.\n")
    ingest(path)
    ann = move_of("Ann Lee")
    assert (ann.date, ann.date_relative) == (None, True)
    article = Article.objects.get()

    response = desk.post(
        reverse("admin:timeline_article_change", args=[article.pk]),
        {
            "title": article.title,
            "source_url": "",
            "published": "2025-03-13",
            "evidence-TOTAL_FORMS": "0",
            "evidence-INITIAL_FORMS": "1",
            "evidence-MIN_NUM_FORMS": "0",
            "evidence-MAX_NUM_FORMS": "1000",
        },
        follow=True,
    )
    assert "Publication date changed: 1 move date(s) re-resolved." in response.content.decode()
    ingest(path)  # the file did not change: the curator's date stands

    ann = move_of("Ann Lee")
    assert (ann.date, ann.date_precision) == (datetime.date(2025, 3, 11), "day")
    assert Article.objects.get().published == datetime.date(2025, 3, 13)


def test_a_merge_of_organisations_survives_re_ingest(desk, article, tmp_path):
    extra = tmp_path / "extra.txt"
    extra.write_text("date 2025-05-01\ntitle Acme\n\nBob Ray joined AcmeBots in 2023.\n")
    ingest(extra)
    keep = Organization.objects.get(name="Acme Robotics")
    other = Organization.objects.get(name="AcmeBots")
    curation.merge_organizations(keep, [other])

    extra.write_text(extra.read_text() + "\nMore news soon.\n")
    ingest(extra)

    assert not Organization.objects.filter(name="AcmeBots").exists()
    assert move_of("Bob Ray").to_org == keep
