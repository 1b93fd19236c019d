from timeline.models import Person, Role
from timeline.roles import rebuild_roles


def roles_of(name):
    person = Person.objects.get(name=name)
    return list(Role.objects.filter(person=person).select_related("organization").order_by("id"))


def test_a_join_then_a_leave_make_one_closed_tenure(make_move):
    make_move("Ada Example", to_org="Acme AI", kind="join", date="2019", role="engineer")
    make_move("Ada Example", from_org="Acme AI", to_org=None, kind="leave", date="2022-03")
    rebuild_roles(Person.objects.all())
    [role] = roles_of("Ada Example")
    assert role.organization.name == "Acme AI"
    assert role.title == "engineer"
    assert (role.start_date.year, role.start_precision) == (2019, "year")
    assert (role.end_date.month, role.end_precision) == (3, "month")
    assert role.ended and role.span_display == "2019 – Mar 2022"


def test_an_open_join_runs_to_present(make_move):
    make_move("Ada Example", to_org="Acme AI", kind="join", date="2024-05-02")
    rebuild_roles(Person.objects.all())
    [role] = roles_of("Ada Example")
    assert role.is_current and role.span_display == "2 May 2024 – present"


def test_a_move_between_organisations_ends_one_tenure_and_starts_another(make_move):
    make_move("Ada Example", from_org="Globex", to_org="Acme AI", kind="move", date="2021")
    rebuild_roles(Person.objects.all())
    by_org = {r.organization.name: r for r in roles_of("Ada Example")}
    assert by_org["Globex"].ended and by_org["Globex"].start_precision == "unknown"
    assert by_org["Acme AI"].is_current and by_org["Acme AI"].start_date.year == 2021


def test_a_rejoin_is_a_separate_tenure(make_move):
    make_move("Ada Example", to_org="Acme AI", kind="join", date="2015")
    make_move("Ada Example", from_org="Acme AI", to_org=None, kind="leave", date="2017")
    make_move("Ada Example", to_org="Acme AI", kind="rejoin", date="2023")
    rebuild_roles(Person.objects.all())
    roles = roles_of("Ada Example")
    assert [(r.start_date.year, r.ended) for r in roles] == [(2015, True), (2023, False)]


def test_rejected_moves_make_no_tenure(make_move):
    make_move("Ada Example", to_org="Acme AI", kind="join", date="2015", status="rejected")
    rebuild_roles(Person.objects.all())
    assert roles_of("Ada Example") == []


def test_a_curated_role_is_never_rebuilt(make_move):
    make_move("Ada Example", to_org="Acme AI", kind="join", date="2015")
    rebuild_roles(Person.objects.all())
    [role] = roles_of("Ada Example")
    role.title, role.curated = "Chief scientist", True
    role.save()
    make_move("Ada Example", from_org="Acme AI", to_org=None, kind="leave", date="2020")
    rebuild_roles(Person.objects.all())
    [kept] = roles_of("Ada Example")
    assert kept.pk == role.pk and kept.title == "Chief scientist" and kept.is_current


def test_an_undated_founding_departure_and_rejoin_make_two_tenures(make_move):
    # "a founding member of OpenAI … poached from OpenAI … rejoins OpenAI … left in 2024"
    make_move("Ada Example", to_org="Acme AI", kind="found")
    make_move("Ada Example", from_org="Acme AI", to_org="Globex", kind="move")
    make_move("Ada Example", to_org="Acme AI", kind="rejoin")
    make_move("Ada Example", from_org="Acme AI", to_org=None, kind="leave", date="2024")
    rebuild_roles(Person.objects.all())
    acme = [r for r in roles_of("Ada Example") if r.organization.name == "Acme AI"]
    assert len(acme) == 2
    first, second = sorted(acme, key=lambda r: r.start_move.kind != "found")
    assert first.start_move.kind == "found" and first.ended and first.end_date is None
    assert second.start_move.kind == "rejoin" and (second.end_date.year, second.end_precision) == (2024, "year")


def test_an_undated_rejoin_after_a_dated_history_runs_to_present(make_move):
    make_move("Ada Example", to_org="Acme AI", kind="join", date="2000")
    make_move("Ada Example", from_org="Acme AI", to_org=None, kind="leave", date="2021")
    make_move("Ada Example", to_org="Acme AI", kind="rejoin")
    rebuild_roles(Person.objects.all())
    roles = roles_of("Ada Example")
    assert [(r.start_date and r.start_date.year, r.ended) for r in roles] == [(2000, True), (None, False)]


def test_an_undated_departure_after_a_dated_join_closes_it(make_move):
    make_move("Ada Example", to_org="Acme AI", kind="join", date="2015")
    make_move("Ada Example", from_org="Acme AI", to_org=None, kind="leave")
    rebuild_roles(Person.objects.all())
    [role] = roles_of("Ada Example")
    assert role.start_date.year == 2015 and role.ended and role.end_date is None
