import datetime

import pytest

from timeline import curation
from timeline.models import Evidence, Move, Organization, OrganizationAlias, Person, PersonAlias, Role
from timeline.roles import rebuild_roles


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user("cora", password="a-long-test-passphrase-42")


def test_set_status_writes_one_history_record_per_move(make_move, user):
    moves = [make_move(person=f"P {i}") for i in range(3)]

    changed = curation.set_status(moves, Move.Status.CONFIRMED, user=user)

    assert changed == 3
    for move in moves:
        statuses = list(move.history.order_by("history_id").values_list("status", "history_user__username"))
        assert statuses == [("unreviewed", None), ("confirmed", "cora")]
        move.refresh_from_db()
        assert move.curated


def test_set_status_skips_moves_already_curated_in_that_status(make_move, user):
    move = make_move()
    curation.set_status([move], Move.Status.REJECTED, user=user)

    assert curation.set_status([move], Move.Status.REJECTED, user=user) == 0
    assert move.history.count() == 2


def test_merging_people_moves_moves_roles_and_aliases_and_keeps_evidence_with_the_moves(make_move, user):
    keep_move = make_move(person="Ilya Sutskever", to_org="OpenAI", date="2015")
    dup_move = make_move(person="Ilya Sutskever Jr", from_org="OpenAI", to_org="SSI", kind="move", date="2024")
    keep, dup = keep_move.person, dup_move.person
    PersonAlias.objects.create(person=dup, name="I. Sutskever")
    rebuild_roles([keep, dup])
    curated_role = Role.objects.get(person=dup, organization=dup_move.to_org)
    curated_role.title, curated_role.curated = "Chief scientist", True
    curated_role.save()
    evidence = list(dup_move.evidence.all())

    result = curation.merge_people(keep, [dup], user=user)

    assert (result.moves, result.aliases) == (1, 2)
    assert not Person.objects.filter(pk=dup.pk).exists()
    dup_move.refresh_from_db()
    assert dup_move.person == keep and dup_move.fingerprint == "test-2"
    assert list(Evidence.objects.filter(move=dup_move)) == evidence
    assert sorted(keep.aliases.values_list("name", flat=True)) == ["I. Sutskever", "Ilya Sutskever Jr"]
    for name in ("Ilya Sutskever Jr", "i sutskever"):
        assert Person.objects.resolve(name) == keep
    curated_role.refresh_from_db()
    assert curated_role.person == keep and curated_role.title == "Chief scientist"
    assert Role.objects.filter(person=keep, organization=keep_move.to_org, curated=False).count() == 1


def test_merging_people_records_history_on_both_records_and_the_moves(make_move, user):
    keep = make_move(person="Jane Roe").person
    dup_move = make_move(person="Jane Roe-Smith")
    dup = dup_move.person
    dup_pk = dup.pk

    curation.merge_people(keep, [dup], user=user)

    deleted = Person.history.filter(id=dup_pk).latest("history_date")
    assert (deleted.history_type, deleted.history_user) == ("-", user)
    assert "into “Jane Roe”" in deleted.history_change_reason
    kept = keep.history.latest("history_date")
    assert kept.history_change_reason == f"Merged in “Jane Roe-Smith” (#{dup_pk})"
    assert dup_move.history.latest("history_date").person_id == keep.pk


def test_merging_a_person_whose_name_is_already_an_alias_does_not_duplicate_it(make_move, user):
    keep = make_move(person="Jane Roe").person
    dup = make_move(person="J Roe").person
    PersonAlias.objects.create(person=keep, name="J. Roe")  # same key as "J Roe"

    curation.merge_people(keep, [dup], user=user)

    assert list(keep.aliases.values_list("name", flat=True)) == ["J. Roe"]


def test_merging_organisations_moves_both_ends_of_moves_even_when_they_become_the_same(make_move, user):
    move = make_move(person="Jane Roe", from_org="Google Brain", to_org="Google DeepMind", kind="move", date="2023")
    other = make_move(person="Max Moe", to_org="Google Brain", date="2018")
    keep, dup = move.to_org, move.from_org
    OrganizationAlias.objects.create(organization=dup, name="Brain Team")

    result = curation.merge_organizations(keep, [dup], user=user)

    assert result.moves == 2
    move.refresh_from_db()
    other.refresh_from_db()
    assert (move.from_org, move.to_org, other.to_org) == (keep, keep, keep)
    assert Organization.objects.resolve("Brain Team") == keep
    assert Organization.objects.resolve("google brain") == keep
    assert Role.objects.filter(person=other.person, organization=keep).exists()


def test_merging_keeps_nothing_when_the_kept_record_is_the_only_one_selected(make_move, user):
    person = make_move().person

    result = curation.merge_people(person, [person], user=user)

    assert result.merged == [] and Person.objects.filter(pk=person.pk).exists()


def test_release_roles_hands_curated_roles_back_to_the_moves(make_move, user):
    move = make_move(person="Jane Roe", to_org="Acme", date="2021", role="engineer")
    rebuild_roles([move.person])
    role = Role.objects.get()
    role.title, role.curated = "Edited", True
    role.save()

    assert curation.release_roles([role], user=user) == 1

    assert list(Role.objects.values_list("title", "curated")) == [("engineer", False)]
    assert Role.history.filter(id=role.pk, curated=False, history_user=user).exists()


def test_reresolve_dates_only_touches_moves_whose_phrase_came_from_the_article(make_move, monkeypatch):
    import sys
    import types

    from ingest.records import PartialDate

    fake = types.ModuleType("ingest.dates")
    fake.resolve = lambda phrase, published: PartialDate(published, "day", phrase, True)
    monkeypatch.setitem(sys.modules, "ingest.dates", fake)

    from timeline.models import Article

    a = Article.objects.create(filename="a.txt", text="Jane joined Acme.", content_hash="a")
    b = Article.objects.create(filename="b.txt", text="Jane joined Acme last week.", content_hash="b")
    move = make_move(person="Jane", article=b, sentence="Jane joined Acme last week.")
    Evidence.objects.create(move=move, article=a, sentence="Jane joined Acme.")
    move.date_phrase, move.date_relative = "last week", True
    move.save()

    a.published = datetime.date(2025, 5, 5)
    assert curation.reresolve_dates(a) == 0  # the phrase is in article b's sentence
    b.published = datetime.date(2025, 6, 6)
    assert curation.reresolve_dates(b) == 1
    move.refresh_from_db()
    assert (move.date, move.date_precision) == (datetime.date(2025, 6, 6), "day")
