"""Assemble tenures (Role rows) from a person's moves.

Per organisation, the person's visible moves become start events (join, rejoin, found, the
"to" side of a move) and end events (leave, the "from" side). Dated events are ordered by
date. Undated ones can only be placed by what they mean:
- a founding or a first join starts the story, before the dated events;
- an undated departure closes such an undated start (a story told without dates: "founding
  member of X … poached from X … rejoins X"); with no undated start to close it comes last;
- a rejoin follows a departure: right after the undated ones when there are any, else after
  the dated history.
A start while a tenure is open closes it with an unknown end; an end with nothing open is a
tenure whose start is unknown; an open tenure ends, date unknown, at a later join elsewhere.
Curated roles are never rebuilt.
"""

from django.db import transaction
from simple_history.utils import bulk_create_with_history

from timeline import dates
from timeline.models import Move, Precision, Role

START, END = "start", "end"


def _events(moves):
    by_org = {}
    for move in moves:
        if move.to_org_id:
            by_org.setdefault(move.to_org_id, []).append((START, move))
        if move.from_org_id:
            by_org.setdefault(move.from_org_id, []).append((END, move))
    return by_org


def _ordered(events):
    dated = sorted((e for e in events if e[1].date is not None), key=lambda e: (e[1].date, e[0] == START, e[1].pk))
    undated = sorted((e for e in events if e[1].date is None), key=lambda e: e[1].pk)
    first_starts = [e for e in undated if e[0] == START and e[1].kind != Move.Kind.REJOIN]
    rejoins = [e for e in undated if e[0] == START and e[1].kind == Move.Kind.REJOIN]
    ends = [e for e in undated if e[0] == END]
    if first_starts:
        head = first_starts + ends
        return head + rejoins + dated if ends else head + dated + rejoins
    return dated + rejoins + ends


def _latest_start(role):
    """The last day the tenure can have begun: the end of its start's period, else the start
    move's "no later than" bound; None when nothing bounds it."""
    if role.start_date is not None:
        return dates.period_end(role.start_date, role.start_precision)
    move = role.start_move
    return move.no_later_than if move is not None else None


def tenures(moves):
    """Role objects (unsaved) for one person's moves.

    A tenure left open (no departure reported) ends, date unknown, when the person is later
    seen joining somewhere else: they are not shown in every job they ever started.
    """
    roles = list(_tenures(moves))
    for role in roles:
        latest = _latest_start(role)
        if role.ended or latest is None:
            continue
        if any(
            other.organization_id != role.organization_id and other.start_date is not None and other.start_date > latest
            for other in roles
        ):
            role.ended = True
    return roles


def _tenures(moves):
    for org_id, events in _events(moves).items():
        open_role = None
        for side, move in _ordered(events):
            if side == START:
                if open_role is not None:
                    open_role.ended = True
                    yield open_role
                open_role = Role(
                    person_id=move.person_id,
                    organization_id=org_id,
                    title=move.role,
                    start_date=move.date,
                    start_precision=move.date_precision,
                    start_move=move,
                )
            else:
                role = open_role or Role(
                    person_id=move.person_id,
                    organization_id=org_id,
                    title=move.role,
                    start_precision=Precision.UNKNOWN,
                )
                role.end_date, role.end_precision = move.date, move.date_precision
                role.end_move, role.ended = move, True
                if not role.title:
                    role.title = move.role
                open_role = None
                yield role
        if open_role is not None:
            yield open_role


def _key(role):
    return (
        role.organization_id,
        role.title,
        role.start_date,
        role.start_precision,
        role.end_date,
        role.end_precision,
        role.ended,
        role.start_move_id,
        role.end_move_id,
    )


@transaction.atomic
def rebuild_roles(people):
    """Replace the uncurated roles of `people` with tenures built from their moves.

    A person whose tenures come out the same keeps their rows (and their history) untouched.
    Returns the number of roles written.
    """
    people = list(people)
    if not people:
        return 0
    existing = {}
    for role in Role.objects.filter(person__in=people, curated=False):
        existing.setdefault(role.person_id, []).append(role)
    curated = set(Role.objects.filter(person__in=people, curated=True).values_list("person_id", "organization_id"))
    by_person = {getattr(p, "pk", p): [] for p in people}
    for move in Move.objects.visible().filter(person__in=people).order_by("person_id", "id"):
        by_person.setdefault(move.person_id, []).append(move)
    stale, new = [], []
    for person_id, person_moves in by_person.items():
        # A curator who edited a tenure at an organisation owns that organisation's history.
        built = [r for r in tenures(person_moves) if (r.person_id, r.organization_id) not in curated]
        old = existing.get(person_id, [])
        if sorted(map(_key, built), key=repr) != sorted(map(_key, old), key=repr):
            stale.extend(r.pk for r in old)
            new.extend(built)
    if stale:
        Role.objects.filter(pk__in=stale).delete()
    if new:
        bulk_create_with_history(new, Role, batch_size=500)
    return len(new)
