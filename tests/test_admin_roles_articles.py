import datetime
import sys
import types

import pytest
from django.urls import reverse

from ingest.records import PartialDate
from timeline.models import Article, Role
from timeline.roles import rebuild_roles

# --- roles -------------------------------------------------------------------------------


def role_form(role, **changes):
    data = {
        "person": role.person_id,
        "organization": role.organization_id,
        "title": role.title,
        "start_date": role.start_date.isoformat() if role.start_date else "",
        "start_precision": role.start_precision,
        "end_date": role.end_date.isoformat() if role.end_date else "",
        "end_precision": role.end_precision,
        "ended": "on" if role.ended else "",
    }
    data.update(changes)
    return data


def test_editing_a_role_marks_it_curated_and_rebuilding_keeps_it(desk, curator, make_move):
    move = make_move(person="Jane Roe", to_org="Acme", date="2021", role="engineer")
    rebuild_roles([move.person])
    role = Role.objects.get()

    response = desk.post(
        reverse("admin:timeline_role_change", args=[role.pk]), role_form(role, title="Chief scientist")
    )

    assert response.status_code == 302, response.content.decode()[:3000]
    role.refresh_from_db()
    assert (role.title, role.curated) == ("Chief scientist", True)
    assert role.history.first().history_user == curator
    rebuild_roles([move.person])
    assert list(Role.objects.values_list("pk", "title")) == [(role.pk, "Chief scientist")]


def test_a_role_date_needs_a_precision(desk, make_move):
    move = make_move(person="Jane Roe", to_org="Acme", date="2021")
    rebuild_roles([move.person])
    role = Role.objects.get()

    response = desk.post(
        reverse("admin:timeline_role_change", args=[role.pk]),
        role_form(role, end_date="2024-01-01", end_precision="unknown"),
    )

    assert "Say how much of the date is known" in response.content.decode()


def test_dropping_curator_edits_rebuilds_the_role_from_moves(desk, make_move):
    move = make_move(person="Jane Roe", to_org="Acme", date="2021", role="engineer")
    rebuild_roles([move.person])
    role = Role.objects.get()
    role.title, role.curated = "Wrong", True
    role.save()

    desk.post(reverse("admin:timeline_role_changelist"), {"action": "release", "_selected_action": [role.pk]})

    rebuilt = Role.objects.get()
    assert (rebuilt.title, rebuilt.curated) == ("engineer", False)


def test_the_role_list_costs_no_query_per_row(desk, make_move, django_assert_max_num_queries):
    for i in range(20):
        rebuild_roles([make_move(person=f"Person {i}", to_org=f"Org {i}", date="2020").person])
    with django_assert_max_num_queries(8):
        assert desk.get(reverse("admin:timeline_role_changelist")).status_code == 200


# --- articles ----------------------------------------------------------------------------


@pytest.fixture
def fake_resolver(monkeypatch):
    """`ingest.dates.resolve` stand-in: "last week" is 7 days before publication, to the day."""

    def resolve(phrase, published):
        if published is None:
            return PartialDate(None, "unknown", phrase, True)
        if phrase == "last week":
            return PartialDate(published - datetime.timedelta(days=7), "day", phrase, True)
        return PartialDate(published.replace(month=1, day=1), "year", phrase, True)

    module = types.ModuleType("ingest.dates")
    module.resolve = resolve
    monkeypatch.setitem(sys.modules, "ingest.dates", module)
    return resolve


def article_form(article, **changes):
    data = {
        "title": article.title,
        "source_url": article.source_url,
        "published": article.published.isoformat() if article.published else "",
        "evidence-TOTAL_FORMS": "0",
        "evidence-INITIAL_FORMS": str(article.evidence.count()),
        "evidence-MIN_NUM_FORMS": "0",
        "evidence-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def relative_move(make_move, article, person, sentence, curated=False):
    move = make_move(person=person, article=article, sentence=sentence, date="2025-01-08", precision="day")
    move.date_phrase, move.date_relative, move.curated = "last week", True, curated
    move.save()
    return move


def test_changing_the_publication_date_re_resolves_relative_dates_of_uncurated_moves(
    desk, curator, make_move, fake_resolver
):
    text = "Jane Roe joined Acme last week. Max Moe joined Globex last week."
    article = Article.objects.create(
        filename="a.txt", title="Moves", text=text, content_hash="h", published=datetime.date(2025, 1, 15)
    )
    jane = relative_move(make_move, article, "Jane Roe", "Jane Roe joined Acme last week.")
    max_ = relative_move(make_move, article, "Max Moe", "Max Moe joined Globex last week.", curated=True)
    fixed = make_move(person="Ann Abs", article=article, sentence="Jane Roe joined Acme last week.", date="2020")

    response = desk.post(
        reverse("admin:timeline_article_change", args=[article.pk]),
        article_form(article, published="2025-03-10"),
        follow=True,
    )

    assert "Publication date changed: 1 move date(s) re-resolved." in response.content.decode()
    jane.refresh_from_db()
    assert (jane.date, jane.date_precision) == (datetime.date(2025, 3, 3), "day")
    record = jane.history.first()
    assert record.history_user == curator and "Publication date" in record.history_change_reason
    assert not jane.curated  # still the extractor's: a later ingest may update it
    max_.refresh_from_db()
    assert max_.date == datetime.date(2025, 1, 8)  # curated: left alone
    fixed.refresh_from_db()
    assert fixed.date == datetime.date(2020, 1, 1)  # not relative: left alone


def test_saving_an_article_without_changing_its_date_re_resolves_nothing(desk, make_move, fake_resolver):
    article = Article.objects.create(
        filename="a.txt",
        title="Moves",
        text="Jane Roe joined Acme last week.",
        content_hash="h",
        published=datetime.date(2025, 1, 15),
    )
    relative_move(make_move, article, "Jane Roe", "Jane Roe joined Acme last week.")

    response = desk.post(
        reverse("admin:timeline_article_change", args=[article.pk]), article_form(article, title="New"), follow=True
    )

    assert "re-resolved" not in response.content.decode()
    assert Article.objects.get().title == "New"


def test_setting_the_date_of_an_undated_article_resolves_its_relative_dates(desk, make_move):
    text = "Jane Roe joined Acme on Tuesday."
    article = Article.objects.create(filename="u.txt", title="Undated", text=text, content_hash="h")
    move = make_move(person="Jane Roe", article=article, sentence=text)
    move.date_phrase, move.date_relative = "on Tuesday", True
    move.save()

    response = desk.post(
        reverse("admin:timeline_article_change", args=[article.pk]),
        article_form(article, published="2025-03-13"),
        follow=True,
    )

    assert "Publication date changed: 1 move date(s) re-resolved." in response.content.decode()
    move.refresh_from_db()
    assert (move.date, move.date_precision) == (datetime.date(2025, 3, 11), "day")


def test_the_article_page_lists_its_moves_and_keeps_its_text_read_only(desk, make_move):
    move = make_move(person="Jane Roe", to_org="Acme")
    article = move.evidence.get().article

    html = desk.get(reverse("admin:timeline_article_change", args=[article.pk])).content.decode()

    assert reverse("admin:timeline_move_change", args=[move.pk]) in html
    assert 'name="text"' not in html
    assert 'name="published"' in html


def test_articles_are_added_by_upload_or_paste_not_by_a_blank_model_form(desk):
    html = desk.get(reverse("admin:timeline_article_add")).content.decode()
    assert 'name="file"' in html and 'name="text"' in html
    assert 'name="content_hash"' not in html  # the ingest writes the rest (tests/test_admin_desk.py)


def test_the_article_list_costs_no_query_per_row(desk, make_move, django_assert_max_num_queries):
    for i in range(20):
        make_move(person=f"Person {i}")
    with django_assert_max_num_queries(8):
        assert desk.get(reverse("admin:timeline_article_changelist")).status_code == 200
