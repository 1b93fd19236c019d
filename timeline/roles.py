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
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

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


FIELDS = ["title", "start_date", "start_precision", "end_date", "end_precision", "ended", "start_move", "end_move"]


def _reconcile(built, old):
    """(to update, to create, to delete) turning the rows `old` into the tenures `built`.

    A row equal to a built tenure is kept as it is (no write, no history row); a row for the
    same organisation begun (or else ended) by the same move takes the built values, one
    history record; only what is left over is created or deleted.
    """
    spare = {}
    for role in old:
        spare.setdefault(_key(role), []).append(role)
    changed = []
    for role in built:
        same = spare.get(_key(role))
        if same:
            same.pop()
        else:
            changed.append(role)
    left = [role for roles in spare.values() for role in roles]
    updates, creates = [], []
    for role in changed:
        match = next(
            (
                o
                for o in left
                if o.organization_id == role.organization_id
                and (
                    (role.start_move_id is not None and o.start_move_id == role.start_move_id)
                    or (role.end_move_id is not None and o.end_move_id == role.end_move_id)
                )
            ),
            None,
        )
        if match is None:
            creates.append(role)
            continue
        left.remove(match)
        for name in FIELDS:
            setattr(match, name, getattr(role, name))
        updates.append(match)
    return updates, creates, left


@transaction.atomic
def rebuild_roles(people):
    """Bring the uncurated roles of `people` in line with the tenures built from their moves.

    Incremental: only the rows that differ are written (see `_reconcile`), so an ingest that
    touches a person's career writes one history record per tenure that changed, not one per
    tenure the person has. Returns the number of roles created or changed.
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
    updates, creates, stale = [], [], []
    for person_id, person_moves in by_person.items():
        # A curator who edited a tenure at an organisation owns that organisation's history.
        built = [r for r in tenures(person_moves) if (r.person_id, r.organization_id) not in curated]
        changed, new, gone = _reconcile(built, existing.get(person_id, []))
        updates.extend(changed)
        creates.extend(new)
        stale.extend(r.pk for r in gone)
    if stale:
        Role.objects.filter(pk__in=stale).delete()
    if updates:
        bulk_update_with_history(updates, Role, FIELDS, batch_size=500)
    if creates:
        bulk_create_with_history(creates, Role, batch_size=500)
    return len(updates) + len(creates)
