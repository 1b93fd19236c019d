"""Move counts per organisation and year, kept by the database itself.

The home page, `/flows/` and their twins and embeds rank organisations by the moves they
gained and lost in a period. Counting the moves for that on every request costs time in
proportion to the moves (160 ms at 100,000 moves, measured); these two tables hold the counts
so a page reads a number of rows that depends on the organisations and years, not the moves:

- `OrganizationMoveCount`: (side, bucket, year, organisation) → n. Side "in" counts the
  moves to the organisation, "out" those from it; organisation 0 with side "all" counts every
  move (the home page's total); side "who" counts a person's moves (all years only), so the
  home page counts the people with a move without looking at every person.
- `PairMoveCount`: (bucket, year, from, to) → n, for moves with both organisations.

`bucket` is what a page shows: "visible" (every move but rejected ones) or "confirmed"; a
confirmed move is counted in both, a rejected one in neither. A page reads one bucket, so the
unique index (its key, in that order) hands it exactly the rows it sums.

`year` is the calendar year of the move's date, `UNDATED` (0) for a move without one, and
`ALL_YEARS` (-1) for the total over every move, so an all-time page reads one row per
organisation. Zero counts are left in place (a later move reuses them); readers skip them.

Triggers on `timeline_move` (insert, delete, and an update of status, date or organisations)
keep both tables right in the same transaction as the change, whatever makes it: the loader,
curation, the admin, `bulk_create`, a raw UPDATE. On PostgreSQL the trigger first takes a
transaction-level advisory lock, so transactions that write moves take the counter rows one
after the other instead of deadlocking on them (SQLite has one writer at a time anyway).

- `PersonMoveSummary`: per person, the visible moves, those to and from an organisation,
  and the newest date, with the person's name beside them; indexes on (column, name, person)
  serve the people directory's sorts by moves in, moves out and latest move. A trigger
  recomputes a person's row from that person's moves (a few rows, through the (person, date)
  index) whenever one of them changes, so deleting the newest move gives the next newest.

- `ArticleMoveSummary`: per article, the visible moves it supports (every article has a
  row, 0 included), with its title, for the articles directory sorted by moves.

A migration that remakes `timeline_move` on SQLite drops its triggers; `install` runs after
every `migrate` (post_migrate), puts back what is missing and then recounts from the moves.
"""

import datetime

from django.db import connections, transaction
from django.db.models import Count, Q, Sum

from timeline import dates

UNDATED = 0
ALL_YEARS = -1
ORG_TABLE = "timeline_organizationmovecount"
PAIR_TABLE = "timeline_pairmovecount"
TRIGGERS = ("timeline_move_counts_ai", "timeline_move_counts_ad", "timeline_move_counts_au")
PERSON_TABLE = "timeline_personmovesummary"
# On timeline_move (insert, delete, update), then on timeline_person (name changed, deleted).
PERSON_TRIGGERS = (
    "timeline_person_summary_ai",
    "timeline_person_summary_ad",
    "timeline_person_summary_au",
    "timeline_person_summary_name",
    "timeline_person_summary_pd",
)
ARTICLE_TABLE = "timeline_articlemovesummary"
ARTICLE_TRIGGERS = (
    "timeline_article_summary_ev_ai",
    "timeline_article_summary_ev_ad",
    "timeline_article_summary_ev_au",
    "timeline_article_summary_status",
    "timeline_article_summary_ai",
    "timeline_article_summary_title",
    "timeline_article_summary_ad",
)
# The people directory's sorts, most (or newest) first, ties by name: ORDER BY column DESC,
# name, person_id walks one of these and stops at the page. Undated people sort last (NULL is
# the smallest value on SQLite; PostgreSQL needs NULLS LAST said).
PERSON_INDEXES = {
    "timeline_personsummary_latest": ("latest DESC", "latest DESC NULLS LAST"),
    "timeline_personsummary_in": ("n_in DESC", "n_in DESC NULLS LAST"),  # as Django writes the ORDER BY
    "timeline_personsummary_out": ("n_out DESC", "n_out DESC NULLS LAST"),
}
WATCHED = ("status", "date", "from_org_id", "to_org_id", "person_id")
VISIBLE, CONFIRMED = "visible", "confirmed"

LOCK_KEY = 7_311_011  # any constant: the advisory lock of writers of moves on PostgreSQL


def _apply(row, sign, year):
    """SQL adding `sign` to every count the move `row` (NEW or OLD) belongs to."""
    years = f"(SELECT {ALL_YEARS} AS y UNION ALL SELECT {year}) AS years"
    sides = (
        f"(SELECT 'all' AS s, 0 AS o UNION ALL SELECT 'in', {row}.to_org_id"
        f" UNION ALL SELECT 'out', {row}.from_org_id UNION ALL SELECT 'who', {row}.person_id) AS sides"
    )
    buckets = (
        f"(SELECT '{VISIBLE}' AS b WHERE {row}.status <> 'rejected'"
        f" UNION ALL SELECT '{CONFIRMED}' WHERE {row}.status = 'confirmed') AS buckets"
    )
    return (
        f"INSERT INTO {ORG_TABLE} (side, bucket, year, organization_id, n) "
        f"SELECT sides.s, buckets.b, years.y, sides.o, {sign} FROM {sides}, {buckets}, {years} "
        f"WHERE sides.o IS NOT NULL AND (sides.s <> 'who' OR years.y = {ALL_YEARS}) "
        f"ON CONFLICT (side, bucket, year, organization_id) DO UPDATE SET n = {ORG_TABLE}.n + excluded.n; "
        f"INSERT INTO {PAIR_TABLE} (bucket, year, from_id, to_id, n) "
        f"SELECT buckets.b, years.y, {row}.from_org_id, {row}.to_org_id, {sign} FROM {buckets}, {years} "
        f"WHERE {row}.from_org_id IS NOT NULL AND {row}.to_org_id IS NOT NULL "
        f"ON CONFLICT (bucket, year, from_id, to_id) DO UPDATE SET n = {PAIR_TABLE}.n + excluded.n;"
    )


def _changed(old="OLD", new="NEW"):
    return " OR ".join(f"{old}.{c} IS DISTINCT FROM {new}.{c}" for c in WATCHED)


def _person_upsert(person_id):
    """SQL recomputing the summary row of the person `person_id` (NEW.person_id ...) from their moves."""
    return (
        f"INSERT INTO {PERSON_TABLE} (person_id, name, moves, n_in, n_out, latest) "
        "SELECT p.id, p.name, COUNT(m.id), COUNT(m.to_org_id), COUNT(m.from_org_id), MAX(m.date) "
        "FROM timeline_person p LEFT JOIN timeline_move m ON m.person_id = p.id AND m.status <> 'rejected' "
        f"WHERE p.id = {person_id} GROUP BY p.id, p.name "
        "ON CONFLICT (person_id) DO UPDATE SET name = excluded.name, moves = excluded.moves, "
        "n_in = excluded.n_in, n_out = excluded.n_out, latest = excluded.latest;"
    )


def _person_indexes(vendor):
    column = 0 if vendor == "sqlite" else 1
    moves = "moves DESC" if vendor == "sqlite" else "moves DESC NULLS LAST"
    published = "published DESC" if vendor == "sqlite" else "published DESC NULLS LAST"
    return [
        f"CREATE INDEX IF NOT EXISTS {name} ON {PERSON_TABLE} ({columns[column]}, name, person_id)"
        for name, columns in PERSON_INDEXES.items()
    ] + [
        f"CREATE INDEX IF NOT EXISTS timeline_articlesummary_moves ON {ARTICLE_TABLE} ({moves}, title, article_id)",
        # The articles directory's default order, newest first (not in the model: SQLite has no
        # NULLS LAST in an index, PostgreSQL needs it said).
        f"CREATE INDEX IF NOT EXISTS timeline_article_newest ON timeline_article ({published}, title, id)",
    ]


def _article_upsert(articles):
    """SQL recomputing the summary rows of the articles whose ids `articles` (SQL) gives."""
    return (
        f"INSERT INTO {ARTICLE_TABLE} (article_id, title, moves) "
        "SELECT a.id, a.title, COUNT(DISTINCT m.id) FROM timeline_article a "
        "LEFT JOIN timeline_evidence e ON e.article_id = a.id "
        "LEFT JOIN timeline_move m ON m.id = e.move_id AND m.status <> 'rejected' "
        f"WHERE a.id IN ({articles}) GROUP BY a.id, a.title "
        "ON CONFLICT (article_id) DO UPDATE SET title = excluded.title, moves = excluded.moves;"
    )


_OF_MOVE = "SELECT article_id FROM timeline_evidence WHERE move_id = NEW.id"


def sqlite_article_statements():
    t = ARTICLE_TRIGGERS
    return [f"DROP TRIGGER IF EXISTS {name}" for name in t] + [
        f"CREATE TRIGGER {t[0]} AFTER INSERT ON timeline_evidence BEGIN {_article_upsert('NEW.article_id')} END",
        f"CREATE TRIGGER {t[1]} AFTER DELETE ON timeline_evidence BEGIN {_article_upsert('OLD.article_id')} END",
        f"CREATE TRIGGER {t[2]} AFTER UPDATE OF move_id, article_id ON timeline_evidence "
        f"BEGIN {_article_upsert('OLD.article_id, NEW.article_id')} END",
        f"CREATE TRIGGER {t[3]} AFTER UPDATE OF status ON timeline_move WHEN OLD.status IS NOT NEW.status "
        f"BEGIN {_article_upsert(_OF_MOVE)} END",
        f"CREATE TRIGGER {t[4]} AFTER INSERT ON timeline_article BEGIN {_article_upsert('NEW.id')} END",
        f"CREATE TRIGGER {t[5]} AFTER UPDATE OF title ON timeline_article "
        f"BEGIN UPDATE {ARTICLE_TABLE} SET title = NEW.title WHERE article_id = NEW.id; END",
        f"CREATE TRIGGER {t[6]} AFTER DELETE ON timeline_article "
        f"BEGIN DELETE FROM {ARTICLE_TABLE} WHERE article_id = OLD.id; END",
    ]


def postgres_article_statements():
    t = ARTICLE_TRIGGERS
    function = f"""
CREATE OR REPLACE FUNCTION timeline_article_summary() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock({LOCK_KEY});  -- writers take turns: each recount sees the others' commits
    IF TG_TABLE_NAME = 'timeline_move' THEN
        {_article_upsert(_OF_MOVE)}
    ELSIF TG_TABLE_NAME = 'timeline_article' THEN
        IF TG_OP = 'INSERT' THEN
            {_article_upsert("NEW.id")}
        ELSIF TG_OP = 'UPDATE' THEN
            UPDATE {ARTICLE_TABLE} SET title = NEW.title WHERE article_id = NEW.id;
        ELSE
            DELETE FROM {ARTICLE_TABLE} WHERE article_id = OLD.id;
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        {_article_upsert("NEW.article_id")}
    ELSIF TG_OP = 'DELETE' THEN
        {_article_upsert("OLD.article_id")}
    ELSE
        {_article_upsert("OLD.article_id, NEW.article_id")}
    END IF;
    RETURN NULL;
END $$"""
    run = "FOR EACH ROW EXECUTE FUNCTION timeline_article_summary()"
    return (
        [function]
        + [f"DROP TRIGGER IF EXISTS {name} ON timeline_evidence" for name in t[:3]]
        + [f"DROP TRIGGER IF EXISTS {t[3]} ON timeline_move"]
        + [f"DROP TRIGGER IF EXISTS {name} ON timeline_article" for name in t[4:]]
        + [
            f"CREATE TRIGGER {t[0]} AFTER INSERT OR DELETE ON timeline_evidence {run}",
            f"CREATE TRIGGER {t[2]} AFTER UPDATE OF move_id, article_id ON timeline_evidence {run}",
            f"CREATE TRIGGER {t[3]} AFTER UPDATE OF status ON timeline_move "
            f"FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION timeline_article_summary()",
            f"CREATE TRIGGER {t[4]} AFTER INSERT OR DELETE ON timeline_article {run}",
            f"CREATE TRIGGER {t[5]} AFTER UPDATE OF title ON timeline_article {run}",
        ]
    )


def sqlite_person_statements():
    t = PERSON_TRIGGERS
    changed = _changed().replace("IS DISTINCT FROM", "IS NOT")
    return (
        [f"DROP TRIGGER IF EXISTS {name}" for name in t]
        + [
            f"CREATE TRIGGER {t[0]} AFTER INSERT ON timeline_move BEGIN {_person_upsert('NEW.person_id')} END",
            f"CREATE TRIGGER {t[1]} AFTER DELETE ON timeline_move BEGIN {_person_upsert('OLD.person_id')} END",
            f"CREATE TRIGGER {t[2]} AFTER UPDATE OF {', '.join(WATCHED)} ON timeline_move WHEN {changed} "
            f"BEGIN {_person_upsert('OLD.person_id')} {_person_upsert('NEW.person_id')} END",
            f"CREATE TRIGGER {t[3]} AFTER UPDATE OF name ON timeline_person "
            f"BEGIN UPDATE {PERSON_TABLE} SET name = NEW.name WHERE person_id = NEW.id; END",
            f"CREATE TRIGGER {t[4]} AFTER DELETE ON timeline_person "
            f"BEGIN DELETE FROM {PERSON_TABLE} WHERE person_id = OLD.id; END",
        ]
        + _person_indexes("sqlite")
    )


def postgres_person_statements():
    t = PERSON_TRIGGERS
    moves = f"""
CREATE OR REPLACE FUNCTION timeline_person_summary() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- The writers of moves take turns (the counts' lock): each recount sees the others' commits.
    PERFORM pg_advisory_xact_lock({LOCK_KEY});
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        {_person_upsert("OLD.person_id")}
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.person_id IS DISTINCT FROM OLD.person_id) THEN
        {_person_upsert("NEW.person_id")}
    END IF;
    RETURN NULL;
END $$"""
    people = f"""
CREATE OR REPLACE FUNCTION timeline_person_summary_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM {PERSON_TABLE} WHERE person_id = OLD.id;
    ELSE
        UPDATE {PERSON_TABLE} SET name = NEW.name WHERE person_id = NEW.id;
    END IF;
    RETURN NULL;
END $$"""
    return (
        [moves, people]
        + [f"DROP TRIGGER IF EXISTS {name} ON timeline_move" for name in t[:3]]
        + [f"DROP TRIGGER IF EXISTS {name} ON timeline_person" for name in t[3:]]
        + [
            f"CREATE TRIGGER {t[0]} AFTER INSERT OR DELETE ON timeline_move "
            "FOR EACH ROW EXECUTE FUNCTION timeline_person_summary()",
            f"CREATE TRIGGER {t[2]} AFTER UPDATE OF {', '.join(WATCHED)} ON timeline_move "
            f"FOR EACH ROW WHEN ({_changed()}) EXECUTE FUNCTION timeline_person_summary()",
            f"CREATE TRIGGER {t[3]} AFTER UPDATE OF name ON timeline_person "
            "FOR EACH ROW EXECUTE FUNCTION timeline_person_summary_person()",
            f"CREATE TRIGGER {t[4]} AFTER DELETE ON timeline_person "
            "FOR EACH ROW EXECUTE FUNCTION timeline_person_summary_person()",
        ]
        + _person_indexes("postgresql")
    )


def sqlite_statements():
    def year(row):
        return f"COALESCE(CAST(strftime('%Y', {row}.date) AS INTEGER), {UNDATED})"

    changed = _changed().replace("IS DISTINCT FROM", "IS NOT")
    return [f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS] + [
        f"CREATE TRIGGER {TRIGGERS[0]} AFTER INSERT ON timeline_move BEGIN {_apply('NEW', 1, year('NEW'))} END",
        f"CREATE TRIGGER {TRIGGERS[1]} AFTER DELETE ON timeline_move BEGIN {_apply('OLD', -1, year('OLD'))} END",
        f"CREATE TRIGGER {TRIGGERS[2]} AFTER UPDATE OF {', '.join(WATCHED)} ON timeline_move "
        f"WHEN {changed} BEGIN {_apply('OLD', -1, year('OLD'))} {_apply('NEW', 1, year('NEW'))} END",
    ]


def postgres_statements():
    def year(row):
        return f"COALESCE(EXTRACT(YEAR FROM {row}.date)::integer, {UNDATED})"

    function = f"""
CREATE OR REPLACE FUNCTION timeline_move_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock({LOCK_KEY});
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        {_apply("OLD", -1, year("OLD"))}
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        {_apply("NEW", 1, year("NEW"))}
    END IF;
    RETURN NULL;
END $$"""
    return [
        function,
        f"DROP TRIGGER IF EXISTS {TRIGGERS[0]} ON timeline_move",
        f"CREATE TRIGGER {TRIGGERS[0]} AFTER INSERT OR DELETE ON timeline_move "
        "FOR EACH ROW EXECUTE FUNCTION timeline_move_counts()",
        f"DROP TRIGGER IF EXISTS {TRIGGERS[2]} ON timeline_move",
        f"CREATE TRIGGER {TRIGGERS[2]} AFTER UPDATE OF {', '.join(WATCHED)} ON timeline_move "
        f"FOR EACH ROW WHEN ({_changed()}) EXECUTE FUNCTION timeline_move_counts()",
    ]


def _missing_triggers(cursor, vendor):
    if vendor == "sqlite":
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        wanted = set(TRIGGERS) | set(PERSON_TRIGGERS) | set(ARTICLE_TRIGGERS)
    else:
        cursor.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
        wanted = {TRIGGERS[0], TRIGGERS[2]} | (set(PERSON_TRIGGERS) - {PERSON_TRIGGERS[1]})
        wanted |= set(ARTICLE_TRIGGERS) - {ARTICLE_TRIGGERS[1], ARTICLE_TRIGGERS[6]}
    return wanted - {name for (name,) in cursor.fetchall()}


def install(using="default", force=False, **kwargs):
    """Create the triggers when one is missing (again, with `force`) and, when any was or
    the total disagrees with the moves, recount. Returns whether it did anything. Runs after
    every migrate."""
    connection = connections[using]
    if connection.vendor not in ("sqlite", "postgresql"):
        return False
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        if not {ORG_TABLE, PERSON_TABLE, ARTICLE_TABLE, "timeline_move"} <= set(tables):
            return False  # before the migrations that make them
        for statement in _person_indexes(connection.vendor):
            cursor.execute(statement)  # IF NOT EXISTS: a table remade by a migration loses them
        if not force and not _missing_triggers(cursor, connection.vendor):
            # A flush (tests) on SQLite deletes the moves through the triggers after or before
            # the counts: recount when the total disagrees with the moves.
            cursor.execute("SELECT COUNT(*) FROM timeline_move WHERE status <> 'rejected'")
            (moves,) = cursor.fetchone()
            cursor.execute(
                f"SELECT COALESCE(SUM(n), 0) FROM {ORG_TABLE} "
                "WHERE side = 'all' AND bucket = %s AND year = %s AND organization_id = 0",
                [VISIBLE, ALL_YEARS],
            )
            counted = cursor.fetchone()[0]
            cursor.execute(f"SELECT COALESCE(SUM(moves), 0) FROM {PERSON_TABLE}")
            people = cursor.fetchone()[0]
            cursor.execute(f"SELECT (SELECT COUNT(*) FROM timeline_article) - (SELECT COUNT(*) FROM {ARTICLE_TABLE})")
            if counted == moves and people == moves and cursor.fetchone()[0] == 0:
                return False
            with transaction.atomic(using=using):
                recount(using)
            return True
    with transaction.atomic(using=using):
        with connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                statements = sqlite_statements() + sqlite_person_statements() + sqlite_article_statements()
            else:
                statements = postgres_statements() + postgres_person_statements() + postgres_article_statements()
            for statement in statements:
                cursor.execute(statement)
        recount(using)
    return True


def recount(using="default"):
    """Count every move again: what the triggers would have written from an empty start."""
    from timeline.models import Move, OrganizationMoveCount, PairMoveCount

    OrganizationMoveCount.objects.using(using).all().delete()
    PairMoveCount.objects.using(using).all().delete()
    moves = Move.objects.using(using).order_by()
    totals, pairs = {}, {}
    grouped = moves.values_list("date__year", "status", "from_org_id", "to_org_id", "person_id")
    for year, status, from_id, to_id, person_id, n in grouped.annotate(n=Count("*")):
        buckets = {"rejected": (), "confirmed": (VISIBLE, CONFIRMED)}.get(status, (VISIBLE,))
        for bucket in buckets:
            key = ("who", bucket, ALL_YEARS, person_id)
            totals[key] = totals.get(key, 0) + n
            for y in (ALL_YEARS, year or UNDATED):
                for side, org in (("all", 0), ("in", to_id), ("out", from_id)):
                    if org is not None:
                        key = (side, bucket, y, org)
                        totals[key] = totals.get(key, 0) + n
                if from_id is not None and to_id is not None:
                    key = (bucket, y, from_id, to_id)
                    pairs[key] = pairs.get(key, 0) + n
    OrganizationMoveCount.objects.using(using).bulk_create(
        [OrganizationMoveCount(side=s, bucket=b, year=y, organization_id=o, n=n) for (s, b, y, o), n in totals.items()],
        batch_size=2000,
    )
    PairMoveCount.objects.using(using).bulk_create(
        [PairMoveCount(bucket=b, year=y, from_id=f, to_id=t, n=n) for (b, y, f, t), n in pairs.items()],
        batch_size=2000,
    )
    with connections[using].cursor() as cursor:
        cursor.execute(f"DELETE FROM {PERSON_TABLE}")
        cursor.execute(
            f"INSERT INTO {PERSON_TABLE} (person_id, name, moves, n_in, n_out, latest) "
            "SELECT p.id, p.name, COUNT(m.id), COUNT(m.to_org_id), COUNT(m.from_org_id), MAX(m.date) "
            "FROM timeline_person p JOIN timeline_move m ON m.person_id = p.id AND m.status <> 'rejected' "
            "GROUP BY p.id, p.name"
        )
        cursor.execute(f"DELETE FROM {ARTICLE_TABLE}")
        cursor.execute(
            f"INSERT INTO {ARTICLE_TABLE} (article_id, title, moves) "
            "SELECT a.id, a.title, COUNT(DISTINCT m.id) FROM timeline_article a "
            "LEFT JOIN timeline_evidence e ON e.article_id = a.id "
            "LEFT JOIN timeline_move m ON m.id = e.move_id AND m.status <> 'rejected' "
            "GROUP BY a.id, a.title"
        )


# Reading ------------------------------------------------------------------------------------


def _years(start, end):
    """A filter on `year` for the range: the years it touches, or the all-years total."""
    if not start and not end:
        return Q(year=ALL_YEARS)
    first = start[0].year if start else 1
    last = dates.period_end(*end).year if end else 9999
    return Q(year__gte=max(first, 1), year__lte=last)


def outside(moves, start=None, end=None):
    """The moves of `moves` in the range's first and last years that the range leaves out.

    Counts by year overshoot a range that starts or ends inside a year: `queries.in_range`
    keeps a move dated 2024-02-10 out of a range from March 2024 but the 2024 count has it.
    Empty (no query) for ranges of whole years. A move dated only to the year is in a range
    that starts in its year, and one dated to the month in a range starting in its month,
    which is why only the other precisions are left out at the start.
    """
    parts = Q(pk__in=[])
    if start:
        first = start[0]
        year_start = datetime.date(first.year, 1, 1)
        if first != year_start:
            parts |= (
                Q(date__gte=year_start, date__lt=first)
                & ~Q(date_precision=dates.YEAR)
                & ~Q(date_precision=dates.MONTH, date__gte=first.replace(day=1))
            )
    if end:
        last = dates.period_end(*end)
        year_end = datetime.date(last.year, 12, 31)
        if last != year_end:
            parts |= Q(date__gt=last, date__lte=year_end)
    return moves.filter(parts) if parts != Q(pk__in=[]) else None


def bucket(confirmed_only=False):
    return CONFIRMED if confirmed_only else VISIBLE


def organization_counts(bucket, start=None, end=None, moves=None):
    """{organisation id: {"inflow": n, "outflow": n}} for moves in the range; `moves` is the
    bucket's moves queryset (for the boundary correction, see `outside`)."""
    from timeline.models import OrganizationMoveCount

    rows = (
        OrganizationMoveCount.objects.filter(_years(start, end), bucket=bucket, side__in=("in", "out"))
        .values_list("organization_id", "side")
        .annotate(total=Sum("n"))
        .order_by()
    )
    totals = {}
    for org, side, n in rows:
        totals.setdefault(org, {"inflow": 0, "outflow": 0})["inflow" if side == "in" else "outflow"] += n
    extra = outside(moves, start, end) if moves is not None else None
    if extra is not None:
        for side, key in (("to_org", "inflow"), ("from_org", "outflow")):
            grouped = extra.filter(**{f"{side}__isnull": False}).values_list(side).annotate(n=Count("*")).order_by()
            for org, n in grouped:
                totals[org][key] -= n
    return {org: row for org, row in totals.items() if row["inflow"] or row["outflow"]}


def pair_counts(bucket, organizations, start=None, end=None, moves=None):
    """{(from id, to id): n} among `organizations` for moves in the range."""
    from timeline.models import PairMoveCount

    ids = list(organizations)
    rows = (
        PairMoveCount.objects.filter(_years(start, end), bucket=bucket, from_id__in=ids, to_id__in=ids)
        .values_list("from_id", "to_id")
        .annotate(total=Sum("n"))
        .order_by()
    )
    pairs = dict(((f, t), n) for f, t, n in rows)
    extra = outside(moves, start, end) if moves is not None else None
    if extra is not None:
        grouped = (
            extra.filter(from_org__in=ids, to_org__in=ids)
            .values_list("from_org", "to_org")
            .annotate(n=Count("*"))
            .order_by()
        )
        for f, t, n in grouped:
            pairs[(f, t)] -= n
    return {pair: n for pair, n in pairs.items() if n}


def people_count(bucket):
    """How many people have a move in the bucket: an index-only count of one row per person."""
    from timeline.models import OrganizationMoveCount

    return OrganizationMoveCount.objects.filter(side="who", bucket=bucket, year=ALL_YEARS, n__gt=0).count()


def organization_count(bucket):
    """How many organisations have a move in the bucket (one or two rows per organisation)."""
    from timeline.models import OrganizationMoveCount

    rows = OrganizationMoveCount.objects.filter(side__in=("in", "out"), bucket=bucket, year=ALL_YEARS, n__gt=0)
    return rows.values("organization_id").distinct().count()


def move_count(bucket):
    """How many moves the bucket has: one row, whatever the number of moves."""
    from timeline.models import OrganizationMoveCount

    rows = OrganizationMoveCount.objects.filter(side="all", bucket=bucket, year=ALL_YEARS, organization_id=0)
    return rows.aggregate(total=Sum("n"))["total"] or 0
