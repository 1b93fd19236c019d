"""Moves a curator should look at side by side: what ingest could not decide alone.

Two moves of one person that share an organisation on the same side (both left OpenAI):
- "same event": dates both known and compatible (left in 2024, left in May 2024), or their
  routes differ ("OpenAI → Tesla" and "OpenAI → Anthropic" in 2024: "conflicting routes");
- "conflicting dates": both dated, incompatible (2023 and 2025): two departures, or one
  misdated;
- "undated beside one dated" / "undated, several candidates": an undated move and the dated
  moves it could be.
Ingest merges what it can (ingest.consolidate), so after an ingest what is left here is a
curator's call. A pair of which both moves are curated is settled and not listed.
"""

from django.db import transaction
from django.db.models import Min

from timeline import dates
from timeline.models import Evidence, Move

REASONS = [
    "same event",
    "conflicting routes",
    "conflicting dates",
    "undated beside one dated",
    "undated, several candidates",
]


def dates_compatible(a, b):
    """Whether two known (date, precision) pairs can be the same day: one's period contains
    the other's ("2024" and "May 2024"). Dates are stored as the first day of their period."""
    (first_a, precision_a), (first_b, precision_b) = a, b
    last_a, last_b = dates.period_end(first_a, precision_a), dates.period_end(first_b, precision_b)
    return (first_a <= first_b and last_b <= last_a) or (first_b <= first_a and last_a <= last_b)


PRECISE = {dates.UNKNOWN: 0, dates.YEAR: 1, dates.MONTH: 2, dates.DAY: 3}


def _shares(a, b):
    return (a[1] is not None and a[1] == b[1]) or (a[2] is not None and a[2] == b[2])


def _differs(a, b):
    return any(x is not None and y is not None and x != y for x, y in ((a[1], b[1]), (a[2], b[2])))


def possible_duplicates(moves):
    """{move id: reason} for the moves in the queryset `moves` (one query, plain tuples)."""
    rows = moves.values_list("pk", "from_org_id", "to_org_id", "date", "date_precision", "curated", "person_id")
    by_person = {}
    for row in rows.order_by():
        by_person.setdefault(row[6], []).append(row)
    flags = {}

    def flag(row, reason):
        # The first reason in REASONS order wins: the most actionable.
        if row[0] not in flags or REASONS.index(reason) < REASONS.index(flags[row[0]]):
            flags[row[0]] = reason

    for person_rows in by_person.values():
        if len(person_rows) < 2:
            continue
        for i, a in enumerate(person_rows):
            for b in person_rows[i + 1 :]:
                if not _shares(a, b) or (a[5] and b[5]):
                    continue
                if a[3] is not None and b[3] is not None:
                    if dates_compatible(a[3:5], b[3:5]):
                        reason = "conflicting routes" if _differs(a, b) else "same event"
                    elif _differs(a, b):
                        continue  # different routes at different times: two moves
                    else:
                        reason = "conflicting dates"
                    flag(a, reason)
                    flag(b, reason)
        for u in person_rows:
            if u[3] is not None:
                continue
            partners = [d for d in person_rows if d[3] is not None and _shares(u, d) and not _differs(u, d)]
            partners = [d for d in partners if not (u[5] and d[5])]
            if len(partners) == 1:
                flag(u, "undated beside one dated")
                flag(partners[0], "undated beside one dated")
            elif len(partners) > 1:
                flag(u, "undated, several candidates")
    return flags


def merge_into(move, fields):
    """Fold a report's fields into an uncurated move: the most precise compatible date, a side
    it did not name, a kind that says more. Returns the names of the fields changed."""
    changed = []

    def put(name, value):
        if getattr(move, name) != value:
            setattr(move, name, value)
            changed.append(name)

    date, precision = fields["date"], fields["date_precision"]
    if date is not None and (move.date is None or PRECISE[precision] > PRECISE[move.date_precision]):
        if move.date is None or dates_compatible((move.date, move.date_precision), (date, precision)):
            put("date", date)
            put("date_precision", precision)
            put("date_phrase", fields["date_phrase"])
            put("date_relative", fields["date_relative"])
    for side in ("from_org", "to_org"):
        if getattr(move, f"{side}_id") is None and fields[side] is not None:
            put(side, fields[side])
    kind = move.kind
    if move.from_org_id and move.to_org_id and kind in (Move.Kind.JOIN, Move.Kind.LEAVE):
        kind = Move.Kind.MOVE
    elif kind == Move.Kind.JOIN and fields["kind"] in (Move.Kind.REJOIN, Move.Kind.FOUND):
        kind = fields["kind"]
    put("kind", kind)
    if not move.role and fields["role"]:
        put("role", fields["role"])
    return changed


def fold_into(keep, other, reason, user=None):
    """Fold the move `other` into `keep`: its evidence rows (each keeping the date its
    article stated) move over, and it is deleted, its history saying where it went. The
    caller decides what `keep` says; this keeps every piece of evidence and every history row."""
    kept = set(Evidence.objects.filter(move=keep).values_list("article_id", "sentence"))
    for ev in Evidence.objects.filter(move=other):
        if (ev.article_id, ev.sentence) in kept:
            ev.delete()  # the same sentence of the same article already supports `keep`
        else:
            Evidence.objects.filter(pk=ev.pk).update(move=keep)
    if user is not None:
        other._history_user = user
    other._change_reason = f"Merged into move #{keep.pk}: {reason}"
    other.delete()


@transaction.atomic
def merge_moves(keep, others, user=None):
    """A curator's merge: `others` are the same event as `keep`. `keep` becomes curated (so a
    later ingest never splits or changes it), takes a side or date it lacked from the others,
    and gets their evidence; the others are deleted with a history row naming `keep`."""
    from timeline.roles import rebuild_roles

    others = [o for o in others if o.pk != keep.pk]
    labels = ", ".join(f"#{o.pk}" for o in others)
    for other in others:
        merge_into(keep, {**{f: getattr(other, f) for f in _FIELDS}, "person": keep.person})
        fold_into(keep, other, f"merged by a curator with {labels}", user)
    first = Move.objects.filter(pk=keep.pk).aggregate(first=Min("evidence__article__published"))["first"]
    keep.no_later_than, keep.curated = first, True
    if user is not None:
        keep._history_user = user
    keep._change_reason = f"Merged in moves {labels}"
    keep.save()
    rebuild_roles([keep.person])
    return keep


_FIELDS = ["from_org", "to_org", "kind", "role", "date", "date_precision", "date_phrase", "date_relative"]
