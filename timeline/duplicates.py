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

from timeline import dates

REASONS = [
    "same event",
    "conflicting routes",
    "conflicting dates",
    "undated beside one dated",
    "undated, several candidates",
]


def _compatible(a, b):
    (first_a, precision_a), (first_b, precision_b) = a, b
    last_a, last_b = dates.period_end(first_a, precision_a), dates.period_end(first_b, precision_b)
    return (first_a <= first_b and last_b <= last_a) or (first_b <= first_a and last_a <= last_b)


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
                    if _compatible(a[3:5], b[3:5]):
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
