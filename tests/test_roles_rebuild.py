"""rebuild_roles writes only what changed: kept rows keep their ids and get no history."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from timeline.models import Person, Role
from timeline.roles import rebuild_roles


def history_types():
    """How many history records of each type ("+", "~", "-") the roles have."""
    records = Role.history.all()
    return {kind: records.filter(history_type=kind).count() for kind in "+~-"}


def ids_by_org(name):
    person = Person.objects.get(name=name)
    return {r.organization.name: r.pk for r in Role.objects.filter(person=person).select_related("organization")}


def career(make_move):
    make_move("Ada Example", to_org="Globex", kind="join", date="2012")
    make_move("Ada Example", "Globex", "Initech", kind="move", date="2016-04")
    make_move("Ada Example", to_org="Acme AI", kind="join", date="2020")
    rebuild_roles(Person.objects.all())


def test_rebuilding_an_unchanged_career_writes_nothing(make_move):
    career(make_move)
    before, records = ids_by_org("Ada Example"), history_types()
    with CaptureQueriesContext(connection) as captured:
        assert rebuild_roles(Person.objects.all()) == 0
    writes = [q["sql"] for q in captured.captured_queries if q["sql"].split()[0] in ("INSERT", "UPDATE", "DELETE")]
    assert writes == []
    assert ids_by_org("Ada Example") == before
    assert history_types() == records


def test_a_departure_closes_the_open_tenure_in_place(make_move):
    career(make_move)
    before, records = ids_by_org("Ada Example"), history_types()
    make_move("Ada Example", from_org="Acme AI", to_org=None, kind="leave", date="2024-02")
    assert rebuild_roles(Person.objects.all()) == 1
    assert ids_by_org("Ada Example") == before
    role = Role.objects.get(pk=before["Acme AI"])
    assert role.ended and (role.end_date.year, role.end_precision) == (2024, "month")
    after = history_types()
    assert after == {**records, "~": records["~"] + 1}  # one change, no delete and re-create


def test_a_new_tenure_is_added_without_touching_the_others(make_move):
    career(make_move)
    before, records = ids_by_org("Ada Example"), history_types()
    make_move("Ada Example", to_org="Hooli", kind="join", date="2010")
    rebuild_roles(Person.objects.all())
    after_ids = ids_by_org("Ada Example")
    assert {k: v for k, v in after_ids.items() if k != "Hooli"} == before
    assert history_types() == {**records, "+": records["+"] + 1}


def test_a_rejected_move_removes_only_its_tenure(make_move):
    career(make_move)
    hooli = make_move("Ada Example", to_org="Hooli", kind="join", date="2010")
    rebuild_roles(Person.objects.all())
    before, records = ids_by_org("Ada Example"), history_types()
    hooli.status = "rejected"
    hooli.save()
    rebuild_roles(Person.objects.all())
    assert ids_by_org("Ada Example") == {k: v for k, v in before.items() if k != "Hooli"}
    assert history_types() == {**records, "-": records["-"] + 1}


def test_the_rebuilt_rows_equal_a_rebuild_from_scratch(make_move):
    career(make_move)
    make_move("Ada Example", from_org="Acme AI", to_org=None, kind="leave", date="2024-02")
    make_move("Ada Example", to_org="Acme AI", kind="rejoin", date="2025")
    rebuild_roles(Person.objects.all())

    def spans():
        return sorted(
            (r.organization_id, r.title, r.start_date, r.end_date, r.ended, r.start_move_id, r.end_move_id)
            for r in Role.objects.all()
        )

    incremental = spans()
    Role.objects.all().delete()
    rebuild_roles(Person.objects.all())
    assert spans() == incremental
