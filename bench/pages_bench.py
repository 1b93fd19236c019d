"""Server time of every page against the static-file baseline, at two sizes, on one engine.

    .venv/bin/python bench/pages_bench.py [--sizes 10000,100000] [--repeat 20]
    .venv/bin/python bench/pages_bench.py --database-url postgres://...   # see bench/README.md

Runs `collectstatic` into a scratch STATIC_ROOT (hashed, compressed files, as deployed), makes
a scratch database (a temporary SQLite file unless --database-url is given), and for each size
in --sizes (moves; people are a tenth of them) fills it with `manage.py generate_demo_data`,
then requests every page through django.test.Client with DEBUG off: one request counting SQL
queries, then --repeat rounds in which each page is requested once (interleaved, so a busy
moment of the machine lands on every page alike). The baseline is a static file (site.css)
served by whitenoise the same way. Prints, per size, each page's p50/p95 in milliseconds, its
p50 as a multiple of the baseline's, its p95 as a multiple of the article page's, its query
count and size (and the CPU time of this process: steadier than the wall clock when other work
shares the machine; on PostgreSQL it leaves out the server's share); then the p50 growth
factor between the sizes. Targets: public pages p95 <= 3x
the article page, admin pages p95 <= 150 ms, growth <= 1.3x. A page that answers 404 is
printed as "missing".
"""

import argparse
import math
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_ADMIN_P95_MS = 150
TARGET_ARTICLE_RATIO = 3
TARGET_GROWTH = 1.3


def percentile(sorted_values, fraction):
    """Nearest-rank percentile of an already sorted list."""
    return sorted_values[max(0, math.ceil(fraction * len(sorted_values)) - 1)]


def pages():
    """(label, url, headers, needs login, note) for every page worth timing, chosen from the data.

    Labels stay the same from one size to the next (the growth factor pairs them up); what
    depends on the data (how many moves a person has) goes in the note.
    """
    from django.db.models import Count
    from django.templatetags.static import static

    from timeline.models import Article, Evidence, Move, Organization, Person

    person = Person.objects.annotate(n=Count("moves")).order_by("-n", "id").first()
    involved = Counter()
    for from_id, to_id in Move.objects.values_list("from_org_id", "to_org_id"):
        involved.update(i for i in (from_id, to_id) if i)
    ranked = [org_id for org_id, _ in involved.most_common()]
    big = Organization.objects.get(pk=ranked[0])
    small = Organization.objects.get(pk=ranked[-1])
    article_id = Evidence.objects.values("article").annotate(n=Count("id")).order_by("-n").first()["article"]
    article = Article.objects.get(pk=article_id)
    move = Move.objects.order_by("id").first()
    p, b, s = person.slug, big.slug, small.slug
    hx = {"HX-Request": "true"}
    big_note, small_note = f"{involved[big.pk]} moves", f"{involved[small.pk]} moves"
    rows = [
        (BASELINE, static("css/site.css"), None, False, "whitenoise"),
        (ARTICLE, f"/articles/{article.pk}/", None, False, f"{article.evidence.count()} evidence"),
        ("home", "/", None, False, ""),
        ("home, since 2020", "/?start=2020", None, False, ""),
        ("home, 2015", "/?start=2015&end=2015", None, False, ""),
        ("home, from 2020-03-15", "/?start=2020-03-15", None, False, "a range inside a year"),
        ("person", f"/people/{p}/", None, False, f"{person.n} moves"),
        ("person .json", f"/people/{p}/timeline.json", None, False, ""),
        ("person .csv", f"/people/{p}/timeline.csv", None, False, ""),
        ("org, biggest", f"/organizations/{b}/", None, False, big_note),
        ("org, biggest, by month", f"/organizations/{b}/?period=month", None, False, big_note),
        ("org, biggest, since 2020", f"/organizations/{b}/?start=2020", None, False, big_note),
        ("org, biggest, flow.json", f"/organizations/{b}/flow.json", None, False, big_note),
        ("org, biggest, sankey.csv", f"/organizations/{b}/sankey.csv", None, False, big_note),
        ("org, smallest", f"/organizations/{s}/", None, False, small_note),
        ("moves", "/moves/", None, False, ""),
        ("moves, confirmed, page 50", "/moves/?status=confirmed&sort=-date&page=50", None, False, ""),
        ("moves, htmx page 2", "/moves/?page=2", hx, False, ""),
        ("moves, biggest org", f"/moves/?org={b}", None, False, big_note),
        ("moves, 2015", "/moves/?start=2015&end=2015", None, False, ""),
        ("flows n=20", "/flows/?n=20", None, False, ""),
        ("flows n=20, since 2010", "/flows/?n=20&start=2010", None, False, ""),
        ("flows n=20, 2015-06 to 2020", "/flows/?n=20&start=2015-06&end=2020", None, False, "a range inside a year"),
        ("flows.json n=20", "/flows.json?n=20", None, False, ""),
        ("flows.csv n=20", "/flows.csv?n=20", None, False, ""),
        ("search 'synth'", "/search/?q=synth", None, False, ""),
        ("feed, moves", "/feeds/moves/", None, False, ""),
        ("feed, biggest org", f"/feeds/organizations/{b}/", None, False, big_note),
        ("embed person", f"/embed/people/{p}/", None, False, ""),
        ("embed org, biggest", f"/embed/organizations/{b}/", None, False, big_note),
        ("embed flows", "/embed/flows/", None, False, ""),
        ("embed flows, since 2010", "/embed/flows/?start=2010", None, False, ""),
        ("admin moves", "/admin/timeline/move/", None, True, ""),
        ("admin moves, unreviewed", "/admin/timeline/move/?status__exact=unreviewed", None, True, ""),
        ("admin moves, search a name", "/admin/timeline/move/?q=Synthetic+Org+001", None, True, ""),
        ("admin moves, search a word", "/admin/timeline/move/?q=rejoined", None, True, "evidence text"),
        ("admin moves, search a person", "/admin/timeline/move/?q=Synthetic+Person+00042", None, True, ""),
        ("admin move change", f"/admin/timeline/move/{move.pk}/change/", None, True, ""),
        ("admin people", "/admin/timeline/person/", None, True, ""),
        ("admin organisations", "/admin/timeline/organization/", None, True, ""),
        ("admin articles", "/admin/timeline/article/", None, True, ""),
    ]
    return rows + finding_pages(person, big, article)


# --- Issue 9: directories, names, full-text search, the desk (kept apart from the rows above) ---


def finding_pages(person, big, article):
    """Directories and their twins, the explorer by name and its twins, name suggestions, and
    full-text search (FTS5 / PostgreSQL GIN) over article text and evidence."""
    hx = {"HX-Request": "true"}
    name = big.name.replace(" ", "+")
    return [
        ("people directory", "/people/", None, False, ""),
        ("people, most moves in", "/people/?sort=-moves_in", None, False, "sorts every person"),
        ("people, latest, page 100", "/people/?sort=-latest&page=100", None, False, ""),
        ("people, name filter", "/people/?q=person+00", None, False, ""),
        ("people.json", "/people.json?sort=-moves_out", None, False, ""),
        ("organizations directory", "/organizations/?sort=-moves_in", None, False, ""),
        ("organizations.csv", "/organizations.csv?sort=-latest", None, False, ""),
        ("articles directory", "/articles/", None, False, ""),
        ("articles, most moves", "/articles/?sort=-moves", None, False, "sorts every article"),
        ("moves by org name", f"/moves/?org={name}", None, False, "a name, not a slug"),
        ("moves by a name with a typo", "/moves/?org=Synthetic+Orgg+001", None, False, "nearest names"),
        ("moves.json", "/moves.json?sort=person", None, False, ""),
        ("moves.csv, biggest org", f"/moves.csv?org={name}", None, False, ""),
        ("names, autocomplete", "/names/organizations/?org=synth", None, False, ""),
        (
            "search, a name with a typo",
            f"/search/?q={person.name.replace('Person', 'Persn').replace(' ', '+')}",
            None,
            False,
            "",
        ),
        ("search, a common word", "/search/?q=joined", None, False, "full text, a third of the sentences"),
        ("search, two words", "/search/?q=research+scientist", None, False, "full text"),
        ("search, article text, live", "/search/?q=happened", hx, False, "a word in every article"),
        ("admin review queue", "/admin/timeline/move/review/", None, True, ""),
        ("admin article, missed moves", f"/admin/timeline/article/{article.pk}/change/", None, True, ""),
    ]


BASELINE = "static file (baseline)"
ARTICLE = "article"


def get(client, url, headers):
    """(response, body): a streamed body (static files, CSV twins) is read to its end."""
    response = client.get(url, headers=headers)
    return response, b"".join(response.streaming_content) if response.streaming else response.content


def first_request(client, url, headers):
    """(status, query count, bytes) of one request after a warming one, or (error text, None, 0)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    try:
        get(client, url, headers)  # warm caches and connections
        with CaptureQueriesContext(connection) as captured:
            response, body = get(client, url, headers)
    except Exception as exc:
        return f"error {type(exc).__name__}: {str(exc).splitlines()[0][:80] if str(exc) else ''}", None, 0
    return response.status_code, len(captured), len(body)


def measure_all(rows, clients, repeat):
    """{label: {"status", "queries", "size", "times"}}; timed requests interleaved by round."""
    results = {}
    for label, url, headers, login, note in rows:
        status, queries, size = first_request(clients[login], url, headers)
        results[label] = {"status": status, "queries": queries, "size": size, "times": [], "note": note, "url": url}
    timed = [row for row in rows if results[row[0]]["status"] == 200]
    for _ in range(repeat):
        for label, url, headers, login, _note in timed:
            started, cpu = time.perf_counter(), time.process_time()
            get(clients[login], url, headers)
            results[label]["times"].append((time.perf_counter() - started) * 1000)
            results[label].setdefault("cpu", []).append((time.process_time() - cpu) * 1000)
    for result in results.values():
        result["times"].sort()
        if result["times"]:
            result["p50"] = percentile(result["times"], 0.5)
            result["p95"] = percentile(result["times"], 0.95)
            result["cpu50"] = percentile(sorted(result["cpu"]), 0.5)
    return results


def report(size, results):
    base, article = results[BASELINE], results[ARTICLE]
    print(f"\n{size:,} moves: static-file baseline p50 {base['p50']:.2f} ms, article page p95 {article['p95']:.1f} ms")
    print(
        f"{'page':<30} {'p50 ms':>7} {'p95 ms':>7} {'cpu p50':>7} {'p50/base':>8} {'p95/art':>8} {'queries':>7}"
        f" {'KiB':>6}  note"
    )
    for label, r in results.items():
        count = "" if r["queries"] is None else str(r["queries"])
        if r["status"] != 200:
            shown = "missing" if r["status"] == 404 else r["status"]
            print(f"{label:<30} {shown!s:>7} {'':>7} {'':>7} {'':>8} {'':>8} {count:>7} {'':>6}  {r['url']}")
            continue
        flag = ""
        if label.startswith("admin") and r["p95"] > TARGET_ADMIN_P95_MS:
            flag = f"  SLOW (> {TARGET_ADMIN_P95_MS} ms)"
        elif not label.startswith("admin") and r["p95"] > TARGET_ARTICLE_RATIO * article["p95"]:
            flag = f"  SLOW (> {TARGET_ARTICLE_RATIO}x article)"
        print(
            f"{label:<30} {r['p50']:7.1f} {r['p95']:7.1f} {r['cpu50']:7.1f} {r['p50'] / base['p50']:7.1f}x"
            f" {r['p95'] / article['p95']:7.2f}x"
            f" {count:>7} {r['size'] / 1024:6.1f}  {r['note']}{flag}"
        )


def report_growth(sizes, by_size):
    small, big = sizes[0], sizes[-1]
    print(f"\np50 growth from {small:,} to {big:,} moves (target <= {TARGET_GROWTH}x)")
    over = []
    for label, r in by_size[big].items():
        before = by_size[small].get(label)
        if r["status"] != 200 or not before or before["status"] != 200:
            continue
        growth = r["p50"] / before["p50"]
        if growth > TARGET_GROWTH and label != BASELINE:
            over.append(label)
        cpu = r["cpu50"] / before["cpu50"] if before["cpu50"] else float("nan")
        print(f"{label:<30} {before['p50']:7.1f} -> {r['p50']:7.1f} ms  {growth:5.2f}x  (CPU {cpu:5.2f}x)")
    print(f"pages growing more than {TARGET_GROWTH}x: {', '.join(over) if over else 'none'}")


def compare_counts(repeat):
    """organization_totals' counting three ways, p50 ms: scanning the moves (what it did
    before, with `+ 0` so SQLite does not walk an organisation index row by row), covering
    indexes (organisation, status, date) that the planner can read without the table, and the
    counts table kept by triggers (timeline/summary.py, what it does now)."""
    from django.db import connection
    from django.db.models import Count, ExpressionWrapper, F, IntegerField

    from timeline import queries, summary
    from timeline.dates import parse_iso

    def by_moves(start, end, indexed):
        moves = queries.in_range(queries.visible_moves(), start, end)
        totals = {}
        for side in ("to_org", "from_org"):
            org = F(side) if indexed else ExpressionWrapper(F(side) + 0, output_field=IntegerField())
            grouped = moves.annotate(org=org).filter(org__isnull=False).values_list("org").annotate(n=Count("*"))
            for pk, n in grouped.order_by():
                totals.setdefault(pk, [0, 0])[side == "from_org"] = n
        return totals

    def counted(start, end):
        return summary.organization_counts(summary.VISIBLE, start, end, queries.visible_moves())

    ranges = [("all time", None, None), ("since 2020", parse_iso("2020"), None)]
    ranges.append(("from 2020-03-15", parse_iso("2020-03-15"), None))
    indexes = [
        f"CREATE INDEX bench_move_{side} ON timeline_move ({side}_id, status, date)" for side in ("to_org", "from_org")
    ]

    def timed(function, start, end):
        times, cpu = [], []
        for _ in range(repeat):
            started, cpu_started = time.perf_counter(), time.process_time()
            function(start, end)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
        return f"{percentile(sorted(times), 0.5):.1f} / {percentile(sorted(cpu), 0.5):.1f}"

    results = {}
    for label, start, end in ranges:
        results[label] = {"scan (before)": timed(lambda s, e: by_moves(s, e, False), start, end)}
        results[label]["counts table (now)"] = timed(counted, start, end)
    with connection.cursor() as cursor:
        for statement in indexes:
            cursor.execute(statement)
        if connection.vendor == "postgresql":
            cursor.execute("VACUUM ANALYZE timeline_move")  # index-only scans need the visibility map
    try:
        for label, start, end in ranges:
            results[label]["covering indexes"] = timed(lambda s, e: by_moves(s, e, True), start, end)
    finally:
        with connection.cursor() as cursor:
            for side in ("to_org", "from_org"):
                cursor.execute(f"DROP INDEX bench_move_{side}")
    print("\norganization_totals' counting, p50 ms wall / CPU of this process:")
    print(f"{'range':<18} {'scan (before)':>14} {'covering indexes':>17} {'counts table (now)':>19}")
    for label, r in results.items():
        print(f"{label:<18} {r['scan (before)']:>14} {r['covering indexes']:>17} {r['counts table (now)']:>19}")


def without_move_triggers():
    """Drop the row triggers that keep the counts and the per-person and per-article summaries
    on PostgreSQL (a plpgsql call per bulk-inserted row: 2,609 s for 100,000 moves with the
    counts' alone); `summary.install(force=True)` puts them back and recounts, which is what
    they would have written."""
    from django.db import connection

    from timeline import summary

    with connection.cursor() as cursor:
        for name in (*summary.TRIGGERS, *summary.PERSON_TRIGGERS, *summary.ARTICLE_TRIGGERS):
            for table in ("timeline_move", "timeline_person", "timeline_evidence", "timeline_article"):
                cursor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", help="a scratch database (default: a temporary SQLite file)")
    parser.add_argument("--sizes", default="10000,100000", help="moves, comma-separated (default 10000,100000)")
    parser.add_argument("--orgs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=20, help="timed requests per page (default 20)")
    parser.add_argument(
        "--only", help="only pages whose label or URL contains one of these comma-separated texts (and the baselines)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary SQLite database (last size)")
    parser.add_argument("--traceback", action="store_true", help="print the traceback of a page that fails")
    parser.add_argument(
        "--compare-counts", action="store_true", help="also time counting by scan, by covering index, by counts table"
    )
    args = parser.parse_args(argv)
    sizes = [int(n) for n in args.sizes.split(",")]

    workdir = Path(tempfile.mkdtemp(prefix="pages-bench-"))
    database_url = args.database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
    # Settings read the environment once, in django.setup().
    os.environ["DATABASE_URL"] = database_url
    os.environ["DEBUG"] = "0"
    os.environ["ALLOWED_HOSTS"] = "testserver,localhost,127.0.0.1"
    os.environ["STATIC_ROOT"] = str(workdir / "static")
    os.environ.pop("PYTEST_VERSION", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from timeline import summary
    from timeline.models import Person

    try:
        print(f"database: {connection.vendor} {database_url}")
        call_command("collectstatic", interactive=False, verbosity=0)
        by_size = {}
        for size in sizes:
            call_command("migrate", verbosity=0)
            if Person.objects.exists():
                call_command("flush", interactive=False, verbosity=0)
            started = time.perf_counter()
            if connection.vendor == "postgresql":
                without_move_triggers()
            call_command("generate_demo_data", people=max(1, size // 10), moves=size, orgs=args.orgs, seed=args.seed)
            if connection.vendor == "postgresql":
                summary.install(force=True)  # the triggers back, and everything counted once
            print(f"generated in {time.perf_counter() - started:.0f} s")
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
            User = get_user_model()
            admin = User.objects.create_superuser("bench-admin", "bench@example.org", "bench-admin-password")
            clients = {False: Client(), True: Client()}
            clients[True].force_login(admin)
            rows = [
                row
                for row in pages()
                if not args.only
                or row[0] in (BASELINE, ARTICLE)
                or any(text in row[0] or text in row[1] for text in args.only.split(","))
            ]
            by_size[size] = measure_all(rows, clients, args.repeat)
            report(size, by_size[size])
            if args.compare_counts:
                compare_counts(args.repeat)
            if args.traceback:
                for label, url, headers, login, _ in rows:
                    if str(by_size[size][label]["status"]).startswith("error"):
                        try:
                            clients[login].get(url, headers=headers)
                        except Exception:
                            traceback.print_exc()
        if len(sizes) > 1:
            report_growth(sizes, by_size)
    finally:
        if args.keep and not args.database_url:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
