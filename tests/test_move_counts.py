import datetime
import random

import pytest
from django.db import connection
from django.db.models import Count

from timeline import curation, queries, summary
from timeline.models import Move, Organization, OrganizationMoveCount, PairMoveCount, Person


def stored():
    """The counts the triggers wrote, without the zeros they leave behind."""
    orgs = {(r.side, r.bucket, r.year, r.organization_id): r.n for r in OrganizationMoveCount.objects.all() if r.n != 0}
    pairs = {(r.bucket, r.year, r.from_id, r.to_id): r.n for r in PairMoveCount.objects.all() if r.n != 0}
    return orgs, pairs


def recounted():
    summary.recount()
    return stored()


def assert_counts_match_the_moves():
    kept = stored()
    assert kept == recounted()


def reference_totals(start, end, confirmed_only):
    """What organization_totals returned when it counted the moves themselves."""
    moves = queries.in_range(queries.visible_moves(confirmed_only), start, end)
    totals = {}
    for side, key in (("to_org", "inflow"), ("from_org", "outflow")):
        for org, n in moves.filter(**{f"{side}__isnull": False}).values_list(side).annotate(n=Count("*")).order_by():
            totals.setdefault(org, {"inflow": 0, "outflow": 0})[key] = n
    return totals


def reference_pairs(start, end, confirmed_only, ids):
    moves = queries.in_range(queries.visible_moves(confirmed_only), start, end)
    grouped = moves.filter(from_org__in=ids, to_org__in=ids).values_list("from_org", "to_org").annotate(n=Count("*"))
    return {(f, t): n for f, t, n in grouped.order_by()}


@pytest.fixture
def many_moves(make_move):
    """Moves at every precision around year boundaries, in every status."""
    rng = random.Random(7)
    orgs = [f"Org {i}" for i in range(6)]
    for i in range(120):
        year = rng.choice([2019, 2020, 2021, 2022])
        precision = rng.choice(["day", "month", "year", "unknown"])
        date = {
            "day": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "month": f"{year}-{rng.randint(1, 12):02d}",
            "year": str(year),
            "unknown": None,
        }[precision]
        a, b = rng.sample(orgs, 2)
        side = rng.random()
        from_org, to_org = (a, b) if side < 0.6 else ((a, None) if side < 0.8 else (None, b))
        make_move(
            f"Person {i % 40}",
            from_org,
            to_org,
            kind="move" if from_org and to_org else ("join" if to_org else "leave"),
            date=date,
            status=rng.choice(["unreviewed", "unreviewed", "confirmed", "rejected"]),
        )


RANGES = [
    (None, None),
    ("2020", None),
    (None, "2021"),
    ("2020", "2021"),
    ("2020-03", None),
    ("2020-03-15", "2021-06"),
    ("2021-06-10", "2021-06-20"),
    (None, "2021-02-14"),
    ("2022-12", "2022-12-31"),
]


def test_organization_totals_and_pairs_equal_counting_the_moves(many_moves):
    from timeline.dates import parse_iso

    for start, end in RANGES:
        for confirmed_only in (False, True):
            s, e = (parse_iso(start) if start else None), (parse_iso(end) if end else None)
            totals = queries.organization_totals(s, e, confirmed_only)
            got = {r["id"]: {"inflow": r["inflow"], "outflow": r["outflow"]} for r in totals}
            assert got == reference_totals(s, e, confirmed_only), (start, end, confirmed_only)
            ids = [r["id"] for r in totals][:4]
            moves = queries.visible_moves(confirmed_only)
            pairs = summary.pair_counts(summary.bucket(confirmed_only), ids, s, e, moves)
            assert pairs == reference_pairs(s, e, confirmed_only, ids), (start, end, confirmed_only)


def test_the_home_counts_leave_out_rejected_moves(many_moves, curator):
    from django.db.models import Exists, OuterRef

    def expected(confirmed_only):
        moves = queries.visible_moves(confirmed_only)
        orgs = Exists(moves.filter(to_org=OuterRef("pk"))) | Exists(moves.filter(from_org=OuterRef("pk")))
        return {
            "people": Person.objects.filter(Exists(moves.filter(person=OuterRef("pk")))).count(),
            "organizations": Organization.objects.filter(orgs).count(),
            "moves": moves.count(),
        }

    for confirmed_only in (False, True):
        got = queries.counts(confirmed_only)
        assert {k: got[k] for k in ("people", "organizations", "moves")} == expected(confirmed_only)
    person = Person.objects.get(name="Person 5")
    curation.set_status(list(person.moves.all()), "rejected", user=curator)
    assert queries.counts()["people"] == expected(False)["people"]
    keep, other = Person.objects.filter(name__in=["Person 6", "Person 7"]).order_by("name")
    curation.merge_people(keep, [other], user=curator)
    assert queries.counts()["people"] == expected(False)["people"]
    assert_counts_match_the_moves()


def test_whole_years_and_all_time_read_only_the_counts(many_moves, django_assert_num_queries):
    from timeline.dates import parse_iso

    for start, end in ((None, None), ("2020", "2021")):
        # The counts, then the organisations' names: no query over the moves.
        with django_assert_num_queries(2) as captured:
            queries.organization_totals(parse_iso(start) if start else None, parse_iso(end) if end else None)
        assert all("timeline_move" not in q["sql"].replace("movecount", "") for q in captured.captured_queries)


def test_the_counts_follow_every_kind_of_write(many_moves, make_move, curator):
    assert_counts_match_the_moves()
    move = Move.objects.filter(from_org__isnull=False, to_org__isnull=False).first()
    move.date, move.date_precision = datetime.date(2024, 5, 1), "month"
    move.save()
    assert_counts_match_the_moves()
    Move.objects.filter(date__year=2020).update(status="confirmed")  # a raw UPDATE
    assert_counts_match_the_moves()
    curation.set_status(list(Move.objects.filter(date__year=2021)[:20]), "rejected", user=curator)
    assert_counts_match_the_moves()
    keep, other = Organization.objects.filter(name__in=["Org 1", "Org 2"]).order_by("name")
    curation.merge_organizations(keep, [other], user=curator)
    assert_counts_match_the_moves()
    person = Person.objects.get(name="Person 3")
    Move.objects.bulk_create(
        [Move(person=person, to_org=keep, kind="join", date=datetime.date(2023, 1, 1), date_precision="year")] * 1
    )
    assert_counts_match_the_moves()
    Move.objects.filter(person=person).delete()
    assert_counts_match_the_moves()
    assert queries.counts()["moves"] == Move.objects.visible().count()


def test_a_write_that_fails_leaves_the_counts_as_they_were(many_moves):
    from django.db import IntegrityError, transaction

    before = stored()
    with pytest.raises(IntegrityError), transaction.atomic():
        Move.objects.filter(to_org__isnull=False).update(to_org=Organization.objects.get(name="Org 0"))
        Move.objects.create(person=Person.objects.first(), kind="join")  # no organisation: refused
    assert stored() == before


def test_lost_triggers_are_put_back_and_the_counts_redone(many_moves):
    vendor = connection.vendor
    with connection.cursor() as cursor:
        for name in summary.TRIGGERS:
            cursor.execute(f"DROP TRIGGER IF EXISTS {name}" + (" ON timeline_move" if vendor == "postgresql" else ""))
    Move.objects.filter(date__year=2019).delete()  # unseen by the counts
    assert summary.install() is True
    assert_counts_match_the_moves()
    assert summary.install() is False  # nothing to do the second time
    Move.objects.filter(date__year=2022).update(status="rejected")
    assert_counts_match_the_moves()
