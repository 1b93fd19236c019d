"""The curation desk's "possible duplicates" filter and the merge action for moves."""

import datetime

from django.urls import reverse

from timeline.models import Evidence, Move, Role


def changelist(client, **params):
    response = client.get(reverse("admin:timeline_move_changelist"), params)
    assert response.status_code == 200
    return {m.pk for m in response.context["cl"].result_list}


def test_the_filter_lists_conflicts_and_undated_moves_beside_their_candidates(admin_client, make_move):
    a = make_move("Mira Murati", from_org="OpenAI", to_org=None, kind="leave", date="2023")
    b = make_move("Mira Murati", from_org="OpenAI", to_org=None, kind="leave", date="2025")
    c = make_move("Mira Murati", from_org="OpenAI", to_org=None, kind="leave")
    alone = make_move("Ada Example", to_org="Acme AI", kind="join", date="2024")
    assert changelist(admin_client, duplicates="conflicting dates") == {a.pk, b.pk}
    assert changelist(admin_client, duplicates="undated, several candidates") == {c.pk}
    assert alone.pk not in changelist(admin_client, duplicates="any")
    # A curator who confirms both says they are two moves: the pair is settled.
    Move.objects.filter(pk__in=[a.pk, b.pk]).update(curated=True, status="confirmed")
    assert changelist(admin_client, duplicates="conflicting dates") == set()


def test_merging_moves_keeps_every_evidence_row_and_the_history(admin_client, make_move):
    keep = make_move("John Schulman", from_org="OpenAI", to_org=None, kind="leave", date="2024-08")
    other = make_move("John Schulman", from_org=None, to_org="Anthropic", kind="join", date="2024")
    Evidence.objects.filter(move=other).update(date=datetime.date(2024, 1, 1), date_precision="year")
    url = reverse("admin:timeline_move_changelist")
    page = admin_client.post(url, {"action": "merge_moves", "_selected_action": [keep.pk, other.pk]})
    assert b"one real event" in page.content
    done = admin_client.post(
        url, {"action": "merge_moves", "_selected_action": [keep.pk, other.pk], "post": "yes", "keep": keep.pk}
    )
    assert done.status_code == 302
    keep.refresh_from_db()
    assert not Move.objects.filter(pk=other.pk).exists()
    assert (keep.from_org.name, keep.to_org.name, keep.kind, keep.date_iso) == (
        "OpenAI",
        "Anthropic",
        "move",
        "2024-08",
    )
    assert keep.curated
    stated = sorted((e.date_precision, e.date) for e in keep.evidence.all())
    assert len(stated) == 2 and ("year", datetime.date(2024, 1, 1)) in stated
    assert (
        Move.history.filter(id=other.pk, history_type="-")
        .get()
        .history_change_reason.startswith(f"Merged into move #{keep.pk}")
    )
    assert "Merged in moves" in keep.history.first().history_change_reason
    assert Role.objects.filter(person=keep.person, organization__name="Anthropic").exists()


def test_the_merge_refuses_moves_of_different_people(admin_client, make_move):
    a = make_move("Ada Example", to_org="Acme AI", kind="join", date="2024")
    b = make_move("Bo Example", to_org="Acme AI", kind="join", date="2024")
    url = reverse("admin:timeline_move_changelist")
    admin_client.post(url, {"action": "merge_moves", "_selected_action": [a.pk, b.pk], "post": "yes", "keep": a.pk})
    assert Move.objects.filter(pk__in=[a.pk, b.pk]).count() == 2


def test_a_curator_can_set_an_organisations_parent(admin_client, make_move):
    move = make_move("Ada Example", to_org="Google DeepMind", kind="join", date="2024")
    google = make_move("Ada Example", to_org="Google", kind="join", date="2020").to_org
    unit = move.to_org
    url = reverse("admin:timeline_organization_change", args=[unit.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if k in ("name", "slug", "website")}
    data.update(
        {
            "parent": google.pk,
            "aliases-TOTAL_FORMS": 0,
            "aliases-INITIAL_FORMS": 0,
            "aliases-MIN_NUM_FORMS": 0,
            "aliases-MAX_NUM_FORMS": 1000,
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    unit.refresh_from_db()
    assert unit.parent == google


def test_the_move_form_shows_the_date_each_article_stated(admin_client, make_move):
    move = make_move("Ada Example", to_org="Acme AI", kind="join", date="2024-05")
    Evidence.objects.filter(move=move).update(date=datetime.date(2024, 1, 1), date_precision="year")
    html = admin_client.get(reverse("admin:timeline_move_change", args=[move.pk])).content.decode()
    assert "this article states 2024" in html
