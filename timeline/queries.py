"""Read-side queries for the public pages.

Each function returns plain rows (dicts of strings and numbers) so that the same rows feed a
chart (timeline.charts), its data table, and its JSON/CSV twin. Organisation, flow and home
pages aggregate in SQL (values/annotate/Count, Trunc*): their query count and the rows they
pull stay the same however many moves there are.

Date ranges are (date, precision) pairs from timeline.dates.parse_iso: `start` is the first day
of its period and `end` the last day of its period (end=2022 means up to 31 December 2022).
A move dated only "2022" is stored as 2022-01-01, so it falls in a range that contains that day.
Undated moves fall in no range.
"""

import datetime

from django.db import connections
from django.db.models import Count, DateField, F, Func, Prefetch, Q
from django.db.models.functions import Coalesce, TruncMonth, TruncQuarter, TruncYear

from timeline import dates, summary
from timeline.models import Article, Evidence, Move, Organization

PERIODS = {"year": TruncYear, "quarter": TruncQuarter, "month": TruncMonth}
# The same on SQLite with its own strftime: Django's Trunc* call a Python function per row there,
# which is most of an organisation page's time with tens of thousands of moves. (%%%% in a
# template is a literal % once Django has filled in the template and the parameters.)
SQLITE_PERIODS = {
    "year": "strftime('%%%%Y-01-01', %(expressions)s)",
    "quarter": "strftime('%%%%Y-', %(expressions)s) || printf('%%%%02d', "
    "(CAST(strftime('%%%%m', %(expressions)s) AS INTEGER) - 1) / 3 * 3 + 1) || '-01'",
    "month": "strftime('%%%%Y-%%%%m-01', %(expressions)s)",
}


def period_start_of(field, period, vendor):
    """The first day of the year, quarter or month of `field`, for GROUP BY."""
    if vendor == "sqlite":
        return Func(F(field), template=SQLITE_PERIODS[period], output_field=DateField())
    return PERIODS[period](field)


# The columns of each chart's rows, in the order of its CSV twin.
FLOW_COLUMNS = [
    "period",
    "period_start",
    "period_end",
    "joins",
    "joins_year_only",
    "departures",
    "departures_year_only",
    "net",
]
ROLLING_COLUMNS = ["window_start", "rolling_joins", "rolling_departures", "rolling_net"]
SANKEY_COLUMNS = ["side", "organization", "slug", "moves"]
FLOWS_COLUMNS = ["from", "from_slug", "to", "to_slug", "moves"]
TIMELINE_COLUMNS = [
    "type",
    "organization",
    "organization_slug",
    "kind",
    "role",
    "start",
    "end",
    "current",
    "start_by",
    "end_by",
    "by",
    "status",
    "confidence",
    "move_id",
    "source_title",
    "source_url",
    "evidence",
]


def visible_moves(confirmed_only=False):
    """Moves the public may see: never rejected ones; only confirmed ones when asked."""
    return Move.objects.confirmed() if confirmed_only else Move.objects.visible()


def in_range(moves, start=None, end=None):
    """Moves whose known period overlaps the range: a move dated "2024" is in a range from
    March 2024, because it may well have happened after March (dates are stored as the first
    day of their period, so only the start bound needs the precision)."""
    if start:
        first = start[0]
        moves = moves.filter(
            Q(date__gte=first)
            | Q(date_precision=dates.YEAR, date__gte=first.replace(month=1, day=1))
            | Q(date_precision=dates.MONTH, date__gte=first.replace(day=1))
        )
    if end:
        moves = moves.filter(date__lte=dates.period_end(*end))
    return moves


def with_evidence(moves):
    """Moves with person, organisations and evidence (with its article) in two queries."""
    return moves.with_related().prefetch_related(
        Prefetch("evidence", queryset=Evidence.objects.select_related("article").order_by("id"))
    )


def counts(confirmed_only=False):
    """What the home page counts: people and organisations only with a move the public sees
    (a person whose only move was rejected is not counted as if they had one)."""
    bucket = summary.bucket(confirmed_only)  # from the move counts: a few rows per person at most
    return {
        "people": summary.people_count(bucket),
        "organizations": summary.organization_count(bucket),
        "moves": summary.move_count(bucket),
        "articles": Article.objects.count(),
    }


def recent_moves(limit=10, confirmed_only=False):
    moves = visible_moves(confirmed_only).filter(date__isnull=False)
    return list(with_evidence(moves).order_by(F("date").desc(), "-id")[:limit])


# Organisations ranked by flow -----------------------------------------------------------------


def organization_totals(start=None, end=None, confirmed_only=False):
    """Every organisation with a move in the range: inflow, outflow and net.

    From the move counts per organisation and year (timeline/summary.py): one query over
    about one row per organisation and year in the range (one per organisation for all
    time), one more for a range that starts or ends inside a year, and one for the names.
    """
    moves = visible_moves(confirmed_only)
    totals = summary.organization_counts(summary.bucket(confirmed_only), start, end, moves)
    names = Organization.objects.filter(pk__in=totals).values_list("pk", "name", "slug")
    rows = []
    for pk, name, slug in names:
        row = totals[pk]
        rows.append({"id": pk, "name": name, "slug": slug, **row, "net": row["inflow"] - row["outflow"]})
    return rows


def top_by(totals, key, n, reverse=True):
    rows = [t for t in totals if t[key] != 0 or key == "net"]
    return sorted(rows, key=lambda t: (-t[key] if reverse else t[key], t["name"]))[:n]


# A chart over more periods than this is unreadable and slow: the form asks for a coarser period.
MAX_PERIODS = 600
PERIOD_MONTHS = {"year": 12, "quarter": 3, "month": 1}

# Organisation page ----------------------------------------------------------------------------


def period_bounds(start, period):
    """(first day, last day, label) of the period starting at `start`."""
    if period == "year":
        return start, datetime.date(start.year, 12, 31), str(start.year)
    if period == "quarter":
        end = dates.period_end(start.replace(month=start.month + 2), dates.MONTH)
        return start, end, f"{start.year} Q{(start.month - 1) // 3 + 1}"
    return start, dates.period_end(start, dates.MONTH), start.strftime("%b %Y")


def period_start(value, period):
    if period == "year":
        return value.replace(month=1, day=1)
    if period == "quarter":
        return value.replace(month=(value.month - 1) // 3 * 3 + 1, day=1)
    return value.replace(day=1)


def next_period(value, period):
    months = PERIOD_MONTHS[period]
    return month_start(value.year * 12 + value.month - 1 + months)


def month_start(index):
    """The first day of month number `index` (year * 12 + month - 1), kept inside the calendar:
    past December 9999 it is date.max, which ends any walk over periods."""
    if index // 12 > datetime.MAXYEAR:
        return datetime.date.max
    return datetime.date(max(index // 12, datetime.MINYEAR), index % 12 + 1 if index // 12 >= 1 else 1, 1)


def unit_group(organization):
    """[the organisation's id, its units' ids]: what `units=1` counts as one organisation."""
    return [organization.pk, *organization.units.order_by("name").values_list("pk", flat=True)]


def group_sides(organization, group=None):
    """(joined, left, involving) filters for one organisation, or for the organisations in
    `group` counted as one: then a move between two of them is internal, neither a join nor
    a departure (DeepMind → Google on Google's page with its units)."""
    if not group:
        return Q(to_org=organization), Q(from_org=organization), Q(to_org=organization) | Q(from_org=organization)
    into, out_of = Q(to_org__in=group), Q(from_org__in=group)
    return into & ~out_of, out_of & ~into, (into & ~out_of) | (out_of & ~into)


def internal_count(group, start=None, end=None, confirmed_only=False):
    """Moves between members of a group (a parent and its units), dated or not."""
    if not group or len(group) < 2:
        return 0
    return in_range(visible_moves(confirmed_only), start, end).filter(from_org__in=group, to_org__in=group).count()


def organization_flow(organization, period="year", start=None, end=None, confirmed_only=False, group=None):
    """Joins and departures of one organisation per period, in one GROUP BY query.

    Returns {"rows": [...], "undated": {"joins": n, "departures": n}}. Rows run without gaps
    from the first to the last period with a move (or the asked range). In quarter and month
    views a move dated only to the year is counted in the first period of its year and also
    in `joins_year_only` / `departures_year_only`, so a chart can draw it differently.
    `group` (unit_group): the organisation with its units, moves among them left out.
    """
    joined, left, involving = group_sides(organization, group)
    moves = in_range(visible_moves(confirmed_only).filter(involving), start, end)
    coarse = Q(date_precision=dates.YEAR)
    aggregates = {"joins": Count("id", filter=joined), "departures": Count("id", filter=left)}
    # How many of them no curator has checked yet, for the caption (no query of its own).
    aggregates["unreviewed"] = Count("id", filter=Q(status=Move.Status.UNREVIEWED))
    if period != "year":
        aggregates["joins_year_only"] = Count("id", filter=joined & coarse)
        aggregates["departures_year_only"] = Count("id", filter=left & coarse)
    grouped = (
        moves.annotate(period=period_start_of("date", period, connections[moves.db].vendor))
        .values("period")
        .annotate(**aggregates)
        .order_by()
    )

    by_period, undated, unreviewed = {}, {"joins": 0, "departures": 0}, 0
    for row in grouped:
        unreviewed += row["unreviewed"]
        if row["period"] is None:
            undated = {"joins": row["joins"], "departures": row["departures"]}
        else:
            by_period[period_start(row["period"], period)] = row
    rows = []
    if by_period or (start and end):
        first = period_start(start[0] if start else min(by_period), period)
        last = period_start(dates.period_end(*end) if end else max(by_period), period)
        # The form refuses a range of more periods than MAX_PERIODS; data alone (a career
        # reaching back to 1950 in a month view) keeps the latest ones.
        months_back = (MAX_PERIODS - 1) * PERIOD_MONTHS[period]
        earliest = last.year * 12 + last.month - 1 - months_back
        first = max(first, month_start(earliest))
        current = first
        while current <= last:
            found = by_period.get(current, {})
            _, period_last, label = period_bounds(current, period)
            joins, departures = found.get("joins", 0), found.get("departures", 0)
            rows.append(
                {
                    "period": label,
                    "period_start": current.isoformat(),
                    "period_end": period_last.isoformat(),
                    "joins": joins,
                    "joins_year_only": found.get("joins_year_only", 0),
                    "departures": departures,
                    "departures_year_only": found.get("departures_year_only", 0),
                    "net": joins - departures,
                }
            )
            current = next_period(current, period)
    return {"rows": rows, "undated": undated, "unreviewed": unreviewed}


def rolling_net(rows, months=12):
    """Add the trailing `months`-month joins, departures and net to monthly rows (in place).

    Moves known only to the year cannot be placed in a 12-month window: they are left out of
    these sums (a chart says how many), so a window's sum is exactly the moves dated inside it.
    """
    for i, row in enumerate(rows):
        window = rows[max(0, i - months + 1) : i + 1]
        joins = sum(r["joins"] - r["joins_year_only"] for r in window)
        departures = sum(r["departures"] - r["departures_year_only"] for r in window)
        row["window_start"] = window[0]["period_start"]
        row["rolling_joins"], row["rolling_departures"], row["rolling_net"] = joins, departures, joins - departures
    return rows


def _lump(rows, limit, side):
    """Keep the `limit` biggest rows; the rest become one "other" row."""
    if len(rows) <= limit:
        return rows
    kept, rest = rows[:limit], rows[limit:]
    other = {"side": side, "organization": f"{len(rest)} other organisations", "slug": None, "moves": 0}
    other["moves"] = sum(r["moves"] for r in rest)
    return kept + [other]


def organization_sankey(organization, start=None, end=None, confirmed_only=False, limit=12, group=None):
    """Where people who joined came from and where people who left went (two GROUP BYs).

    Rows: {"side": "from"|"to", "organization", "slug", "moves"}; "not stated" when the
    article gave only one side of the move, "N other organisations" past `limit` (slug None,
    no link: no one filter lists exactly those). With `group` (the organisation and its
    units), moves among them are internal and left out, and the other side is counted by
    parent too ("Meta" includes FAIR), as the moves explorer's `units=1` counts it.
    """
    moves = in_range(visible_moves(confirmed_only), start, end)
    joined, left, _ = group_sides(organization, group)
    rows = []
    for side, this_side, other in (("from", joined, "from_org"), ("to", left, "to_org")):
        if group:
            name = Coalesce(f"{other}__parent__name", f"{other}__name")
            slug = Coalesce(f"{other}__parent__slug", f"{other}__slug")
        else:
            name, slug = F(f"{other}__name"), F(f"{other}__slug")
        grouped = (
            moves.filter(this_side)
            .annotate(other_name=name, other_slug=slug)
            .values("other_name", "other_slug")
            .annotate(n=Count("id"))
            .order_by()
        )
        side_rows = [
            {
                "side": side,
                "organization": g["other_name"] or "not stated",
                "slug": g["other_slug"],
                "moves": g["n"],
            }
            for g in grouped
        ]
        side_rows.sort(key=lambda r: (-r["moves"], r["slug"] is None, r["organization"]))
        rows.extend(_lump(side_rows, limit, side))
    return rows


# Flows between organisations ------------------------------------------------------------------


def _by_parent(totals, start, end, confirmed_only):
    """Organisation totals with each unit counted in its parent, moves within a group out."""
    parents = dict(Organization.objects.filter(parent__isnull=False).values_list("pk", "parent_id"))
    grouped = {}
    for org in totals:
        top = parents.get(org["id"], org["id"])
        row = grouped.setdefault(top, {"id": top, "inflow": 0, "outflow": 0, "members": []})
        row["inflow"] += org["inflow"]
        row["outflow"] += org["outflow"]
        row["members"].append(org["id"])
    internal = (
        in_range(visible_moves(confirmed_only), start, end)
        .filter(
            Q(from_org__parent=F("to_org")) | Q(to_org__parent=F("from_org")) | Q(from_org__parent=F("to_org__parent"))
        )
        .annotate(top=Coalesce("from_org__parent", "from_org"))
        .values_list("top")
        .annotate(n=Count("*"))
        .order_by()
    )
    for top, n in internal:
        if top in grouped:
            grouped[top]["inflow"] -= n
            grouped[top]["outflow"] -= n
    names = dict(
        (pk, (name, slug))
        for pk, name, slug in Organization.objects.filter(pk__in=grouped).values_list("pk", "name", "slug")
    )
    rows = []
    for top, row in grouped.items():
        name, slug = names[top]
        rows.append({**row, "name": name, "slug": slug, "net": row["inflow"] - row["outflow"]})
    return rows, parents


def flows(start=None, end=None, confirmed_only=False, n=10, by_parent=False):
    """Who hires from whom among the `n` organisations with the most moves in the range.

    Returns (organisations ranked, rows {"from", "from_slug", "to", "to_slug", "moves"}).
    `by_parent`: each unit counted in its parent (Google DeepMind in Google), moves within a
    group left out.
    """
    totals = organization_totals(start, end, confirmed_only)
    parents = {}
    if by_parent:
        totals, parents = _by_parent(totals, start, end, confirmed_only)
    for org in totals:
        org["total"] = org["inflow"] + org["outflow"]
    top = sorted(totals, key=lambda t: (-t["total"], t["name"]))[:n]
    by_id = {t["id"]: t for t in top}
    members = [m for t in top for m in t.get("members", [t["id"]])]
    pairs = summary.pair_counts(summary.bucket(confirmed_only), members, start, end, visible_moves(confirmed_only))
    if by_parent:
        rolled = {}
        for (source, target), count in pairs.items():
            key = (parents.get(source, source), parents.get(target, target))
            if key[0] != key[1]:
                rolled[key] = rolled.get(key, 0) + count
        pairs = rolled
    rows = [
        {
            "from": by_id[source]["name"],
            "from_slug": by_id[source]["slug"],
            "to": by_id[target]["name"],
            "to_slug": by_id[target]["slug"],
            "moves": n,
        }
        for (source, target), n in pairs.items()
    ]
    rows.sort(key=lambda r: (-r["moves"], r["from"], r["to"]))
    return top, rows


# Person page ----------------------------------------------------------------------------------


def _source(move):
    evidence = move.evidence.all()
    return evidence[0] if evidence else None


def _iso_day(value):
    return value.isoformat() if value else None


def _seen(move):
    """The latest publication date among a move's sources: reported by then."""
    published = [ev.article.published for ev in move.evidence.all() if ev.article.published]
    return max(published) if published else None


def person_timeline(person, confirmed_only=False):
    """(moves in date order, undated last; chart rows) for one person, in four queries.

    Chart rows are tenures (from Role) and one row per side of each move ("joined" on the
    organisation joined, "left" on the one left). Dates are partial ISO strings ("2022").
    `start_by` / `end_by` / `by`: the "no later than" bound of an undated start, end or move
    (its earliest source's publication date); `seen`: the latest source of a tenure's start.
    """
    moves = list(with_evidence(visible_moves(confirmed_only).filter(person=person)).order_by("date", "id"))
    moves.sort(key=lambda m: (m.date is None, m.date or m.no_later_than or datetime.date.max, m.pk))
    by_id = {m.pk: m for m in moves}
    rows = []
    roles = person.roles.select_related("organization").order_by(F("start_date").asc(nulls_last=True), "id")
    for role in roles:
        start_move, end_move = by_id.get(role.start_move_id), by_id.get(role.end_move_id)
        linked = [m for m in (start_move, end_move) if m is not None]
        if (role.start_move_id or role.end_move_id) and not linked:
            continue  # built from moves no longer visible (rejected, or unconfirmed when asked)
        source = next((_source(m) for m in linked if _source(m)), None)
        rows.append(
            {
                "type": "tenure",
                "organization": role.organization.name,
                "organization_slug": role.organization.slug,
                "kind": "",
                "role": role.title,
                "start": dates.iso(role.start_date, role.start_precision),
                "end": dates.iso(role.end_date, role.end_precision),
                "current": not role.ended,
                "start_by": _iso_day(start_move.no_later_than) if start_move and not role.start_date else None,
                "end_by": _iso_day(end_move.no_later_than) if end_move and not role.end_date else None,
                "seen": _iso_day(_seen(start_move)) if start_move else None,
                "by": None,
                "status": linked[0].get_status_display() if linked else "",
                "confidence": getattr(linked[0], "confidence", None) if linked else None,
                "move_id": None,
                "source_title": str(source.article) if source else "",
                "source_url": source.get_absolute_url() if source else "",
                "evidence": source.sentence if source else "",
            }
        )
    for move in moves:
        source = _source(move)
        for side, org in (("left", move.from_org), ("joined", move.to_org)):
            if org is None:
                continue
            rows.append(
                {
                    "type": side,
                    "organization": org.name,
                    "organization_slug": org.slug,
                    "kind": move.get_kind_display(),
                    "role": move.role,
                    "start": move.date_iso,
                    "end": None,
                    "current": False,
                    "start_by": None,
                    "end_by": None,
                    "seen": None,
                    "by": _iso_day(move.no_later_than) if move.date is None else None,
                    "status": move.get_status_display(),
                    "confidence": getattr(move, "confidence", None),
                    "move_id": move.pk,
                    "source_title": str(source.article) if source else "",
                    "source_url": source.get_absolute_url() if source else "",
                    "evidence": source.sentence if source else "",
                }
            )
    return moves, rows


# Article page ---------------------------------------------------------------------------------


def article_segments(article, evidence):
    """Split the article text into plain and highlighted pieces: [(text, [evidence, ...])].

    Evidence without offsets is found by its sentence; overlapping sentences are merged.
    """
    spans = []
    for ev in evidence:
        start, end = ev.start, ev.end
        if start is None or end is None or article.text[start:end] != ev.sentence:
            start = article.text.find(ev.sentence)
            end = start + len(ev.sentence)
        if start >= 0 and ev.sentence:
            spans.append((start, end, ev))
    spans.sort(key=lambda s: (s[0], s[1]))
    merged = []
    for start, end, ev in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].append(ev)
        else:
            merged.append([start, end, [ev]])
    pieces, pos = [], 0
    for start, end, evs in merged:
        if start > pos:
            pieces.append((article.text[pos:start], []))
        pieces.append((article.text[start:end], evs))
        pos = end
    if pos < len(article.text):
        pieces.append((article.text[pos:], []))
    return pieces
