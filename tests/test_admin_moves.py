import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import move_form
from timeline.models import Article, Evidence, Move, Role

CHANGELIST = reverse("admin:timeline_move_changelist")


def change_url(move):
    return reverse("admin:timeline_move_change", args=[move.pk])


def run_action(client, action, moves):
    return client.post(
        CHANGELIST, {"action": action, "_selected_action": [m.pk for m in moves], "index": "0"}, follow=True
    )


# --- the list ----------------------------------------------------------------------------


def test_the_list_shows_route_date_with_precision_sources_and_first_article(desk, make_move):
    move = make_move(person="Jane Roe", from_org="Globex Labs", to_org="Acme Robotics", date="2021")
    later = Article.objects.create(
        filename="later.txt",
        title="A later report",
        text="Jane Roe joined Acme.",
        content_hash="y",
        published=datetime.date(2025, 6, 1),
    )
    Evidence.objects.create(move=move, article=later, sentence="Jane Roe joined Acme.")

    html = desk.get(CHANGELIST).content.decode()

    assert "Jane Roe" in html
    assert "Globex Labs → Acme Robotics" in html
    assert '2021 <span class="quiet">(year)</span>' in html
    assert '<td class="field-sources">2</td>' in html
    # The first article is the earliest published one.
    first = move.evidence.order_by("article__published").first().article
    assert reverse("admin:timeline_article_change", args=[first.pk]) in html
    assert "Test article 1" in html


def test_the_list_puts_the_newest_moves_first_and_undated_ones_last(desk, make_move):
    make_move(person="Old Timer", date="2019")
    make_move(person="New Comer", date="2024-05")
    make_move(person="No Date")

    html = desk.get(CHANGELIST).content.decode()

    assert html.index("New Comer") < html.index("Old Timer") < html.index("No Date")


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("status__exact=confirmed", "Cleo Confirmed", "Una Unreviewed"),
        ("kind__exact=leave", "Lee Leaver", "Cleo Confirmed"),
        ("date_precision__exact=year", "Cleo Confirmed", "Lee Leaver"),
        ("dated=no", "Lee Leaver", "Cleo Confirmed"),
        ("dated=yes", "Cleo Confirmed", "Lee Leaver"),
        ("curated__exact=0", "Una Unreviewed", "Nobody"),
    ],
)
def test_the_list_filters(desk, make_move, query, shown, hidden):
    make_move(person="Cleo Confirmed", date="2022", status="confirmed")
    make_move(person="Una Unreviewed", date="2023-04-02")
    make_move(person="Lee Leaver", kind="leave", from_org="Initech", to_org=None)

    html = desk.get(f"{CHANGELIST}?{query}").content.decode()

    assert shown in html
    assert f">{hidden}<" not in html


def test_the_list_filters_by_organisation_on_either_side(desk, make_move):
    make_move(person="Left Globex", from_org="Globex", to_org="Acme")
    make_move(person="Joined Globex", to_org="Globex")
    make_move(person="Elsewhere", to_org="Initech")
    globex = Move.objects.get(person__name="Joined Globex").to_org

    html = desk.get(f"{CHANGELIST}?org={globex.pk}").content.decode()

    assert "Left Globex" in html and "Joined Globex" in html
    assert "Elsewhere" not in html


def test_the_list_filters_by_article(desk, make_move):
    shared = Article.objects.create(filename="shared.txt", text="One. Two.", content_hash="z")
    make_move(person="In Article", article=shared, sentence="One.")
    make_move(person="Not In Article")

    html = desk.get(f"{CHANGELIST}?article={shared.pk}").content.decode()

    assert "In Article" in html
    assert "Not In Article" not in html


@pytest.mark.parametrize("term", ["Roe", "Globex", "poached"])
def test_the_list_searches_people_organisations_and_evidence(desk, make_move, term):
    make_move(person="Jane Roe", from_org="Globex Labs", sentence="Acme poached Jane Roe from Globex Labs.")
    make_move(person="Someone Else", to_org="Initech", sentence="Someone Else joins Initech.")

    html = desk.get(f"{CHANGELIST}?q={term}").content.decode()

    assert "Jane Roe" in html
    assert "Someone Else" not in html


def test_the_list_costs_the_same_number_of_queries_for_5_and_50_moves(desk, make_move, django_assert_max_num_queries):
    for i in range(5):
        make_move(person=f"Person {i}", from_org=f"From {i}", to_org=f"To {i}", date="2020")
    desk.get(CHANGELIST)  # warm the session and content-type caches
    with CaptureQueriesContext(connection) as few:
        assert desk.get(CHANGELIST).status_code == 200
    for i in range(5, 50):
        make_move(person=f"Person {i}", from_org=f"From {i}", to_org=f"To {i}", date="2020")

    with django_assert_max_num_queries(len(few)):
        response = desk.get(CHANGELIST)

    assert response.content.decode().count('class="action-select"') == 50
    print("move changelist queries:", len(few), [q["sql"][:150] for q in few.captured_queries])
    assert len(few) <= 10


# --- the change form ---------------------------------------------------------------------


def test_the_change_form_shows_the_evidence_in_its_paragraph_with_a_link_to_the_article(desk, make_move):
    text = "Headline\n\nFirst paragraph. Jane Roe joined Acme in 2021. Then more.\n\nAnother paragraph."
    article = Article.objects.create(filename="a.txt", title="Roe to Acme", text=text, content_hash="h")
    move = make_move(person="Jane Roe", article=article, sentence="Jane Roe joined Acme in 2021.")
    evidence = move.evidence.get()

    html = desk.get(change_url(move)).content.decode()

    assert "First paragraph. <mark>Jane Roe joined Acme in 2021.</mark> Then more." in html
    assert "Another paragraph" not in html
    assert f'href="{article.get_absolute_url()}#evidence-{evidence.pk}"' in html
    assert 'name="evidence-0-sentence"' not in html  # read-only


def test_saving_a_change_marks_the_move_curated_and_records_who(desk, curator, make_move):
    move = make_move(person="Jane Roe", to_org="Acme", date="2021")

    response = desk.post(change_url(move), move_form(move, date="2021-03-01", date_precision="month"))

    assert response.status_code == 302, response.content.decode()[:2000]
    move.refresh_from_db()
    assert (move.date, move.date_precision, move.curated) == (datetime.date(2021, 3, 1), "month", True)
    assert move.fingerprint == "test-1"  # kept, so re-ingest finds this move again
    last = move.history.first()
    assert last.history_user == curator
    assert last.date_precision == "month"


def test_saving_a_move_rebuilds_the_persons_roles(desk, make_move):
    move = make_move(person="Jane Roe", to_org="Acme", date="2021")
    make_move(person="Jane Roe", from_org="Acme", to_org=None, kind="leave", date="2023")

    desk.post(change_url(move), move_form(move, date="2020-06-01", date_precision="month"))

    role = Role.objects.get(person=move.person)
    assert (role.start_date, role.start_precision) == (datetime.date(2020, 6, 1), "month")


def test_the_change_form_refuses_a_date_without_precision(desk, make_move):
    move = make_move()

    response = desk.post(change_url(move), move_form(move, date="2021-03-01", date_precision="unknown"))

    assert response.status_code == 200
    assert "Say how much of the date is known" in response.content.decode()
    move.refresh_from_db()
    assert move.date is None and not move.curated


def test_the_change_form_refuses_a_move_without_organisations(desk, make_move):
    move = make_move()

    response = desk.post(change_url(move), move_form(move, to_org=""))

    assert "A move needs the organisation left, the one joined, or both." in response.content.decode()


def test_view_on_site_leads_to_the_move_on_the_person_page(desk, make_move):
    move = make_move(person="Jane Roe")
    html = desk.get(change_url(move)).content.decode()
    assert "View on site" in html

    from django.contrib.contenttypes.models import ContentType

    ct = ContentType.objects.get_for_model(Move)
    response = desk.get(reverse("admin:view_on_site", args=[ct.pk, move.pk]))

    assert response.status_code == 302
    assert response["Location"].endswith(f"/people/{move.person.slug}/#move-{move.pk}")


# --- bulk actions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "status"),
    [("confirm", "confirmed"), ("reject", "rejected"), ("mark_unreviewed", "unreviewed")],
)
def test_bulk_actions_set_the_status_mark_curated_and_land_in_history(desk, curator, make_move, action, status):
    start = "unreviewed" if status != "unreviewed" else "confirmed"
    moves = [make_move(person=f"Person {i}", status=start) for i in range(3)]
    other = make_move(person="Not Selected", status=start)

    response = run_action(desk, action, moves)

    assert f"3 moves marked {status}." in response.content.decode()
    for move in moves:
        move.refresh_from_db()
        assert (move.status, move.curated) == (status, True)
        record = move.history.first()
        assert (record.status, record.history_user, record.history_type) == (status, curator, "~")
        assert "Bulk action" in record.history_change_reason
    other.refresh_from_db()
    assert (other.status, other.curated) == (start, False)


def test_rejecting_a_move_drops_the_role_it_began(desk, make_move):
    move = make_move(person="Jane Roe", to_org="Acme", date="2021")
    from timeline.roles import rebuild_roles

    rebuild_roles([move.person])
    assert Role.objects.filter(person=move.person).exists()

    run_action(desk, "reject", [move])

    assert not Role.objects.filter(person=move.person).exists()


def test_the_history_page_shows_who_confirmed_a_move(desk, make_move):
    move = make_move()
    run_action(desk, "confirm", [move])

    html = desk.get(reverse("admin:timeline_move_history", args=[move.pk])).content.decode()

    assert "cora" in html
    assert "Bulk action: marked confirmed" in html


def test_a_curator_cannot_delete_or_add_moves(desk, make_move):
    move = make_move()
    assert desk.get(reverse("admin:timeline_move_delete", args=[move.pk])).status_code == 403
    assert desk.get(reverse("admin:timeline_move_add")).status_code == 403


def test_reverting_a_move_from_its_history_is_a_curator_edit(desk, curator, make_move):
    move = make_move(person="Jane Roe", date="2021")
    run_action(desk, "confirm", [move])
    first = move.history.earliest("history_date")
    assert (first.status, first.curated) == ("unreviewed", False)

    url = reverse("admin:timeline_move_simple_history", args=[move.pk, first.history_id])
    assert "Revert" in desk.get(url).content.decode()
    response = desk.post(url, move_form(move, status="unreviewed"))

    assert response.status_code == 302, response.content.decode()[:3000]
    move.refresh_from_db()
    assert (move.status, move.curated) == ("unreviewed", True)
    assert move.history.first().history_user == curator
