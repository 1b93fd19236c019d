import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from timeline.models import Move, Organization, OrganizationAlias, Person, PersonAlias, Role

PEOPLE = reverse("admin:timeline_person_changelist")
ORGS = reverse("admin:timeline_organization_changelist")


def inline_management(prefix, initial=0, total=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


# --- merging -----------------------------------------------------------------------------


def test_the_merge_action_asks_which_person_to_keep(desk, make_move):
    a = make_move(person="Jane Roe").person
    b = make_move(person="J. Roe").person
    make_move(person="Jane Roe", to_org="Globex")

    response = desk.post(PEOPLE, {"action": "merge", "_selected_action": [a.pk, b.pk]})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Record to keep" in html
    assert f"Jane Roe (#{a.pk}): 2 moves" in html
    # The one with the most moves is the default.
    assert f'value="{a.pk}" required id="id_keep_0" checked' in html
    assert Person.objects.count() == 2  # nothing merged yet


def test_confirming_the_merge_moves_everything_and_keeps_the_name_as_an_alias(desk, curator, make_move):
    kept_move = make_move(person="Jane Roe", to_org="Acme", date="2020")
    dup_move = make_move(person="J. Roe", from_org="Acme", to_org="Globex", kind="move", date="2023")
    keep, dup = kept_move.person, dup_move.person
    PersonAlias.objects.create(person=dup, name="Janie Roe")

    response = desk.post(
        PEOPLE, {"action": "merge", "_selected_action": [keep.pk, dup.pk], "post": "yes", "keep": keep.pk}, follow=True
    )

    assert "Merged “J. Roe” into “Jane Roe”" in response.content.decode()
    assert not Person.objects.filter(pk=dup.pk).exists()
    assert set(Move.objects.filter(person=keep)) == {kept_move, dup_move}
    assert set(keep.aliases.values_list("name", flat=True)) == {"J. Roe", "Janie Roe"}
    assert Person.objects.resolve("j roe") == keep
    # Roles rebuilt across the merged moves: Acme 2020–2023, Globex from 2023.
    spans = sorted((r.organization.name, r.start_date, r.end_date) for r in Role.objects.filter(person=keep))
    assert spans == [
        ("Acme", datetime.date(2020, 1, 1), datetime.date(2023, 1, 1)),
        ("Globex", datetime.date(2023, 1, 1), None),
    ]
    dup_move.refresh_from_db()
    assert dup_move.fingerprint == "test-2"
    record = dup_move.history.first()
    assert record.history_user == curator and "Merged" in record.history_change_reason


def test_a_merge_needs_two_records(desk, make_move):
    person = make_move().person

    response = desk.post(PEOPLE, {"action": "merge", "_selected_action": [person.pk]}, follow=True)

    assert "Select 2 to 20 people to merge." in response.content.decode()


def test_merging_organisations_moves_both_sides_of_moves_and_roles(desk, make_move):
    into = make_move(person="A", to_org="OpenAI", date="2019").to_org
    out = make_move(person="B", from_org="Open AI Inc", to_org="Anthropic", kind="move", date="2021")
    dup = out.from_org

    desk.post(ORGS, {"action": "merge", "_selected_action": [into.pk, dup.pk], "post": "yes", "keep": into.pk})

    out.refresh_from_db()
    assert out.from_org == into
    assert not Organization.objects.filter(pk=dup.pk).exists()
    assert OrganizationAlias.objects.get(organization=into).name == "Open AI Inc"
    assert Role.objects.filter(organization=into, person=out.person).exists()


# --- editing -----------------------------------------------------------------------------


def test_aliases_are_edited_inline_on_the_person(desk, make_move):
    person = make_move(person="Jane Roe").person
    data = {
        "name": "Jane Roe",
        "slug": person.slug,
        **inline_management("aliases", total=1),
        "aliases-0-name": "Jane Q. Roe",
        **inline_management("roles"),
        **inline_management("moves", initial=1, total=1),
        "moves-0-id": person.moves.get().pk,
        "moves-0-person": person.pk,
        "moves-0-status": "unreviewed",
    }

    response = desk.post(reverse("admin:timeline_person_change", args=[person.pk]), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    assert Person.objects.resolve("Jane Q Roe") == person
    assert not person.moves.get().curated  # unchanged inline rows are not curator edits


def test_an_alias_taken_by_someone_else_is_refused_with_a_message(desk, make_move):
    person = make_move(person="Jane Roe").person
    other = make_move(person="Max Moe").person
    PersonAlias.objects.create(person=other, name="MM")
    data = {
        "name": "Jane Roe",
        "slug": person.slug,
        **inline_management("aliases", total=1),
        "aliases-0-name": "mm",
        **inline_management("roles"),
        **inline_management("moves"),
    }

    response = desk.post(reverse("admin:timeline_person_change", args=[person.pk]), data)

    assert response.status_code == 200
    assert "“mm” is already an alias of Max Moe." in response.content.decode()


def test_adding_a_role_on_the_person_page_marks_it_curated(desk, make_move):
    move = make_move(person="Jane Roe", to_org="Acme", date="2021")
    person = move.person
    data = {
        "name": "Jane Roe",
        "slug": person.slug,
        **inline_management("aliases"),
        **inline_management("roles", total=1),
        "roles-0-organization": move.to_org_id,
        "roles-0-title": "Advisor",
        "roles-0-start_date": "2019-01-01",
        "roles-0-start_precision": "year",
        "roles-0-end_precision": "unknown",
        **inline_management("moves"),
    }

    response = desk.post(reverse("admin:timeline_person_change", args=[person.pk]), data)

    assert response.status_code == 302, response.content.decode()[:3000]
    # The curated role owns the person's history at Acme: rebuilding adds no other role there.
    assert list(Role.objects.filter(person=person).values_list("title", "curated")) == [("Advisor", True)]


def test_changing_a_status_on_the_person_page_marks_the_move_curated(desk, curator, make_move):
    move = make_move(person="Jane Roe")
    person = move.person
    data = {
        "name": "Jane Roe",
        "slug": person.slug,
        **inline_management("aliases"),
        **inline_management("roles"),
        **inline_management("moves", initial=1, total=1),
        "moves-0-id": move.pk,
        "moves-0-person": person.pk,
        "moves-0-status": "confirmed",
    }

    desk.post(reverse("admin:timeline_person_change", args=[person.pk]), data)

    move.refresh_from_db()
    assert (move.status, move.curated) == ("confirmed", True)
    assert move.history.first().history_user == curator


def test_the_people_list_costs_the_same_queries_for_5_and_50_people(desk, make_move, django_assert_max_num_queries):
    for i in range(5):
        make_move(person=f"Person {i}")
    desk.get(PEOPLE)
    with CaptureQueriesContext(connection) as few:
        desk.get(PEOPLE)
    for i in range(5, 50):
        make_move(person=f"Person {i}")
    with django_assert_max_num_queries(len(few)):
        desk.get(PEOPLE)
    with CaptureQueriesContext(connection) as orgs_few:
        desk.get(ORGS)
    with django_assert_max_num_queries(len(orgs_few)):
        desk.get(ORGS)


@pytest.mark.parametrize("model", ["person", "organization"])
def test_autocomplete_finds_records_by_alias(desk, make_move, model):
    move = make_move(person="Jane Roe", to_org="Acme Robotics")
    if model == "person":
        PersonAlias.objects.create(person=move.person, name="Janie")
    else:
        OrganizationAlias.objects.create(organization=move.to_org, name="Janie")
    field = "person" if model == "person" else "to_org"

    response = desk.get(
        reverse("admin:autocomplete"),
        {"term": "Janie", "app_label": "timeline", "model_name": "move", "field_name": field},
    )

    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == [str(getattr(move, field))]


def test_the_move_form_uses_autocomplete_for_people_and_organisations(desk, make_move):
    move = make_move()
    html = desk.get(reverse("admin:timeline_move_change", args=[move.pk])).content.decode()
    for field in ("person", "from_org", "to_org"):
        assert f'id="id_{field}"' in html
    assert html.count("admin-autocomplete") >= 3


def test_people_and_organisations_link_to_their_public_pages(desk, make_move):
    move = make_move(person="Jane Roe", to_org="Acme")
    for obj in (move.person, move.to_org):
        url = reverse(f"admin:timeline_{obj._meta.model_name}_change", args=[obj.pk])
        html = desk.get(url).content.decode()
        assert "View on site" in html


def test_the_organisation_list_links_to_its_moves_in_and_out(desk, make_move):
    make_move(person="Joiner", to_org="Acme")
    make_move(person="Leaver", from_org="Acme", to_org="Globex", kind="move")
    acme = Organization.objects.get(name="Acme")

    html = desk.get(ORGS).content.decode()
    moves_in = desk.get(reverse("admin:timeline_move_changelist") + f"?to_org__id__exact={acme.pk}").content.decode()

    assert f'?to_org__id__exact={acme.pk}">1</a>' in html
    assert f'?from_org__id__exact={acme.pk}">1</a>' in html
    assert "Joiner" in moves_in and "Leaver" not in moves_in
