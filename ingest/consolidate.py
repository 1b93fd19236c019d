"""One Move per real event: which stored move a newly extracted report is about.

A report and a move are about the same event when they concern the same person, share an
organisation on the same side (both left A, or both joined B) without naming different
organisations on the other side ("left A" and "A → B" are one departure; "A → B" and
"A → C" are two), and have compatible dates: equal, one period containing the other
("2024" contains "May 2024"), or one of them undated. The date is not part of a move's
identity, so a curator's rejection or edit holds whatever a later article says.

- A dated report joins the one dated move its date is compatible with, else the one undated
  move (which then takes its date), else nothing: a new move.
- An undated report joins an undated move, else the one compatible dated move; beside
  several (a person who left the same company twice) it joins none.
- Reports that join none beside a move of the same person and organisation (several
  candidates, or incompatible dates such as 2023 and 2025) are left for curators: the
  admin's "possible duplicates" filter (timeline.duplicates) lists them.
"""

from timeline.duplicates import dates_compatible, fold_into, merge_into
from timeline.models import Evidence, Move


def sides_compatible(move, from_id, to_id):
    shares = (from_id is not None and move.from_org_id == from_id) or (to_id is not None and move.to_org_id == to_id)
    differs = (from_id is not None and move.from_org_id not in (None, from_id)) or (
        to_id is not None and move.to_org_id not in (None, to_id)
    )
    return shares and not differs


def _person_id(move):
    return move.person_id if move.person_id else move.person.pk


class Matcher:
    """The moves of the people an article mentions (every status: a rejected move must be
    found again to stay rejected), and the ones this article adds as it goes."""

    def __init__(self, person_ids):
        self.by_person = {}
        moves = Move.objects.filter(person_id__in=set(person_ids)).order_by("id")
        for move in moves:
            self.by_person.setdefault(move.person_id, []).append(move)
        ids = [m.pk for ms in self.by_person.values() for m in ms]
        self.supported = set(Evidence.objects.filter(move_id__in=ids).values_list("move_id", flat=True).distinct())

    def add(self, move):
        self.by_person.setdefault(_person_id(move), []).append(move)

    def match(self, person_id, from_id, to_id, date, precision, previous=()):
        """The move this report is about, or None. `previous`: ids of the moves this very
        sentence of this article supported before a re-ingest (they win, so a re-ingest is
        stable)."""
        # This very sentence supported it before: a curator's edit (even to another
        # organisation) holds, and an uncurated move is found again if its sides still fit.
        for move in self.by_person.get(person_id, []):
            if move.pk is not None and move.pk in previous:
                if move.curated or sides_compatible(move, from_id, to_id):
                    return move
        candidates = [m for m in self.by_person.get(person_id, []) if sides_compatible(m, from_id, to_id)]
        dated = [m for m in candidates if m.date is not None]
        undated = [m for m in candidates if m.date is None]
        if date is not None:
            compatible = [m for m in dated if dates_compatible((m.date, m.date_precision), (date, precision))]
            if len(compatible) == 1:
                return compatible[0]
            if len(compatible) > 1:
                # Several moves inside this period ("2024" beside May and August 2024): the
                # one it states exactly, else none (left for curators).
                exact = [m for m in compatible if (m.date, m.date_precision) == (date, precision)]
                return exact[0] if exact else None
            return undated[0] if undated else None
        if undated:
            return undated[0]
        return dated[0] if len(dated) == 1 else None


def _same_event(a, b):
    """Whether two stored moves are one event: a shared side, no differing side, and dates
    both known and compatible, or exactly one of them undated."""
    if not sides_compatible(a, b.from_org_id, b.to_org_id):
        return False
    if a.date is None or b.date is None:
        return True
    return dates_compatible((a.date, a.date_precision), (b.date, b.date_precision))


def _fields_of(move):
    return {
        "person": move.person,
        "from_org": move.from_org,
        "to_org": move.to_org,
        "kind": move.kind,
        "role": move.role,
        "date": move.date,
        "date_precision": move.date_precision,
        "date_phrase": move.date_phrase,
        "date_relative": move.date_relative,
    }


def absorb(keep, other, reason=""):
    """Fold `other` into `keep` on ingest: its fields fill what `keep` lacks unless a curator
    owns `keep`, and timeline.duplicates.fold_into moves its evidence and deletes it (its
    history says where it went). Returns the fields of `keep` that changed."""
    changed = [] if keep.curated else merge_into(keep, _fields_of(other))
    if changed or reason:
        keep._change_reason = reason or f"Merged move #{other.pk}"
        keep.save()
    fold_into(keep, other, reason or "merged on ingest")
    return changed


def consolidate(person_ids, moves=None):
    """Fold together the moves of these people that are one event, as far as no curator
    decided otherwise: two dated moves with compatible dates, or an undated move beside the
    one dated move it is compatible with. A curated move survives (keeping its status and
    fields); two curated moves are left to curators. Returns the number of moves folded away.

    `moves`, when the caller holds them ({person id: every move of that person, by id}, as
    ingest's Matcher does), saves reading them again.
    """
    folded = 0
    by_person = {}
    if moves is not None:
        by_person = {person_id: list(moves[person_id]) for person_id in set(person_ids) if moves.get(person_id)}
    else:
        for move in Move.objects.filter(person_id__in=set(person_ids)).select_related("person").order_by("id"):
            by_person.setdefault(move.person_id, []).append(move)
    for moves in by_person.values():
        while pair := _next_pair(moves):
            keep, other = pair
            absorb(keep, other, reason=f"Same event as move #{other.pk}: merged on ingest")
            moves.remove(other)
            folded += 1
    return folded


def _next_pair(moves):
    for i, a in enumerate(moves):
        for b in moves[i + 1 :]:
            if a.curated and b.curated:
                continue
            if a.date is not None and b.date is not None:
                if not _same_event(a, b):
                    continue
            elif a.date is None and b.date is None:
                continue  # two undated reports of one side were matched on ingest already
            else:
                undated, dated = (a, b) if a.date is None else (b, a)
                partners = [
                    m
                    for m in moves
                    if m.date is not None and sides_compatible(m, undated.from_org_id, undated.to_org_id)
                ]
                if partners != [dated] or not sides_compatible(dated, undated.from_org_id, undated.to_org_id):
                    continue
            # The curated one survives; else the older one (stable across re-ingests).
            return (b, a) if b.curated else (a, b)
    return None
