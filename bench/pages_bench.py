"""Server time and SQL query count of every public page (and the admin move list) on a big database.

    .venv/bin/python bench/pages_bench.py [--people 10000] [--moves 100000] [--orgs 300] [--repeat 20]
    .venv/bin/python bench/pages_bench.py --database-url postgres://...   # see bench/README.md

Makes a scratch database (a temporary SQLite file unless --database-url is given), fills it
with `manage.py generate_demo_data` (skipped when it already holds synthetic data), then
requests each page through django.test.Client with DEBUG off: one request counting SQL
queries, then --repeat timed requests. Prints p50/p95 in milliseconds and flags pages whose
p95 is over the 150 ms target. A page that answers 404 is printed as "missing" (not built yet).
"""

import argparse
import math
import os
import shutil
import sys
import tempfile
import time
import traceback
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_P95_MS = 150


def percentile(sorted_values, fraction):
    """Nearest-rank percentile of an already sorted list."""
    return sorted_values[max(0, math.ceil(fraction * len(sorted_values)) - 1)]


def pages():
    """(label, url, headers, needs login) for every page worth timing, chosen from the data."""
    from django.db.models import Count

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
    rows = [
        ("home", "/", None, False),
        (f"person ({person.n} moves)", f"/people/{p}/", None, False),
        ("person .json", f"/people/{p}/timeline.json", None, False),
        ("person .csv", f"/people/{p}/timeline.csv", None, False),
        (f"org, biggest ({involved[big.pk]} moves)", f"/organizations/{b}/", None, False),
        ("org, biggest, by month", f"/organizations/{b}/?period=month", None, False),
        ("org, biggest, flow.json", f"/organizations/{b}/flow.json", None, False),
        ("org, biggest, sankey.csv", f"/organizations/{b}/sankey.csv", None, False),
        (f"org, smallest ({involved[small.pk]} moves)", f"/organizations/{s}/", None, False),
        ("moves", "/moves/", None, False),
        ("moves, confirmed, page 50", "/moves/?status=confirmed&sort=-date&page=50", None, False),
        ("moves, htmx page 2", "/moves/?page=2", hx, False),
        ("moves, biggest org", f"/moves/?org={b}", None, False),
        ("flows n=20", "/flows/?n=20", None, False),
        ("flows.json n=20", "/flows.json?n=20", None, False),
        ("flows.csv n=20", "/flows.csv?n=20", None, False),
        ("search 'synth'", "/search/?q=synth", None, False),
        ("feed, moves", "/feeds/moves/", None, False),
        ("feed, biggest org", f"/feeds/organizations/{b}/", None, False),
        (f"article ({article.evidence.count()} evidence)", f"/articles/{article.pk}/", None, False),
        ("embed person", f"/embed/people/{p}/", None, False),
        ("embed org, biggest", f"/embed/organizations/{b}/", None, False),
        ("embed flows", "/embed/flows/", None, False),
        ("admin moves", "/admin/timeline/move/", None, True),
        ("admin moves, unreviewed", "/admin/timeline/move/?status__exact=unreviewed", None, True),
        ("admin moves, search", "/admin/timeline/move/?q=Synthetic+Org+001", None, True),
        ("admin move change", f"/admin/timeline/move/{move.pk}/change/", None, True),
        ("admin people", "/admin/timeline/person/", None, True),
        ("admin organisations", "/admin/timeline/organization/", None, True),
        ("admin articles", "/admin/timeline/article/", None, True),
    ]
    return rows


def measure(client, url, headers, repeat):
    """(status, [ms, ...], query count, bytes) or (error text, [], None, 0)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    try:
        client.get(url, headers=headers)  # warm caches and connections
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url, headers=headers)
        # Now: the next request's request_started signal empties the log it reads from.
        queries = len(captured)
    except Exception as exc:
        return f"error {type(exc).__name__}: {str(exc).splitlines()[0][:80] if str(exc) else ''}", [], None, 0
    if response.status_code != 200:
        return response.status_code, [], queries, 0
    size = len(response.getvalue()) if response.streaming else len(response.content)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url, headers=headers)
        if response.streaming:
            response.getvalue()
        times.append((time.perf_counter() - started) * 1000)
    return 200, sorted(times), queries, size


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", help="a scratch database (default: a temporary SQLite file)")
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--moves", type=int, default=100_000)
    parser.add_argument("--orgs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=20, help="timed requests per page (default 20)")
    parser.add_argument("--only", help="only pages whose label or URL contains this text")
    parser.add_argument("--keep", action="store_true", help="keep the temporary SQLite database")
    parser.add_argument("--traceback", action="store_true", help="print the traceback of a page that fails")
    args = parser.parse_args(argv)

    workdir = None
    if args.database_url:
        database_url = args.database_url
    else:
        workdir = Path(tempfile.mkdtemp(prefix="pages-bench-"))
        database_url = f"sqlite:///{workdir / 'bench.sqlite3'}"
    # Settings read the environment once, in django.setup().
    os.environ["DATABASE_URL"] = database_url
    os.environ["DEBUG"] = "0"
    os.environ["ALLOWED_HOSTS"] = "testserver,localhost,127.0.0.1"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
    sys.path.insert(0, str(ROOT))
    # Whitenoise's note that collectstatic has not run: the pages do not need it here.
    warnings.filterwarnings("ignore", message="No directory at")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from timeline.models import Person

    try:
        print(f"database: {connection.vendor} {database_url}")
        call_command("migrate", verbosity=0)
        if Person.objects.filter(name__startswith="Synthetic Person").exists():
            print("synthetic data already there: not generating")
        else:
            call_command("generate_demo_data", people=args.people, moves=args.moves, orgs=args.orgs, seed=args.seed)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")

        User = get_user_model()
        admin = User.objects.filter(username="bench-admin").first() or User.objects.create_superuser(
            "bench-admin", "bench@example.org", "bench-admin-password"
        )
        public, staff = Client(), Client()
        staff.force_login(admin)

        print(f"{'page':<32} {'status':>7} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} {'KiB':>7}  url")
        slow = []
        for label, url, headers, login in pages():
            if args.only and args.only not in label and args.only not in url:
                continue
            status, times, queries, size = measure(staff if login else public, url, headers, args.repeat)
            count = "" if queries is None else str(queries)
            if status == 200:
                p50, p95 = percentile(times, 0.5), percentile(times, 0.95)
                flag = "  SLOW" if p95 > TARGET_P95_MS else ""
                if flag:
                    slow.append(label)
                print(f"{label:<32} {status:>7} {p50:8.1f} {p95:8.1f} {count:>8} {size / 1024:7.1f}  {url}{flag}")
            else:
                shown = "missing" if status == 404 else status
                print(f"{label:<32} {shown!s:>7} {'':>8} {'':>8} {count:>8} {'':>7}  {url}")
                if args.traceback and str(status).startswith("error"):
                    try:
                        (staff if login else public).get(url, headers=headers)
                    except Exception:
                        traceback.print_exc()
        print(f"pages over the {TARGET_P95_MS} ms p95 target: {', '.join(slow) if slow else 'none'}")
    finally:
        if workdir and args.keep:
            print(f"kept {workdir} (rerun with --database-url {database_url} to skip generating)")
        elif workdir:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
