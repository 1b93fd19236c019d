"""Load figures through the production server: gunicorn as `make serve` runs it, under load.

    .venv/bin/python bench/load_bench.py --database-url sqlite:////tmp/demo/demo.sqlite3
    .ci/with-postgres sh -c '.venv/bin/python bench/load_bench.py --database-url "$DATABASE_URL"'
    .venv/bin/python bench/load_bench.py --database-url ... --requests 500 --concurrency 4   # quicker

The database must be a scratch one (never the project's db.sqlite3): it is migrated and, when
it holds no synthetic data yet, filled with `manage.py generate_demo_data` (10,000 people,
100,000 moves, 300 organisations, seed 1; PostgreSQL is then ANALYZEd). Static files are
collected into a temporary folder, and gunicorn starts with gunicorn.conf.py (2 workers per
core plus 1 unless --workers), DEBUG off, a random SECRET_KEY and no access log, on a free
local port.

Then, after one warm-up pass over every URL:
1. the page mix: --requests requests (default 2,000) from --concurrency threads (default 8),
   each a new HTTP/1.1 connection, cycling through a shuffled mix of every public page
   (home, people, organisations by year/quarter/month with date ranges, their data twins and
   embeds, the moves explorer with filters, ranges and pages, flows, directories, search,
   names, feeds, articles);
2. a static-file baseline: the same number of requests for the site's stylesheet, measured in
   the same run, so the figures can be read against what the server and the client cost with
   no page behind them.

It prints p50/p95/p99/max in milliseconds, errors (5xx, timeouts, refused connections) and
requests per second for both, then each page's own figures. A 4xx is not an error of the
server, but is counted and shown: it means a URL in the mix is wrong.
"""

import argparse
import http.client
import json
import math
import os
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_P99_MS = 500


def percentile(sorted_values, fraction):
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return float("nan")
    return sorted_values[max(0, math.ceil(fraction * len(sorted_values)) - 1)]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def prepare_database(env, database_url):
    """Migrate, fill with synthetic data when empty, ANALYZE on PostgreSQL."""
    manage(env, "migrate", "--noinput", "-v0")
    os.environ.update(DATABASE_URL=database_url, DJANGO_SETTINGS_MODULE="timeline.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection

    from timeline.models import Move

    if not Move.objects.exists():
        started = time.perf_counter()
        generate = dict(env)
        if connection.vendor == "postgresql":
            # Row triggers (the per-organisation move counts) make 100,000 single-row updates of
            # a bulk load: off for the load's session (a superuser's setting), then recounted.
            generate["PGOPTIONS"] = "-c session_replication_role=replica"
        manage(generate, "generate_demo_data", "--people", "10000", "--moves", "100000", "--orgs", "300", "--seed", "1")
        if connection.vendor == "postgresql":
            try:
                from timeline import summary
            except ImportError:
                summary = None
            if summary is not None and hasattr(summary, "recount"):
                summary.recount()
        print(f"generated synthetic data in {time.perf_counter() - started:.0f} s", flush=True)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    connection.close()


def page_mix():
    """(label, path) for every public page, chosen from the data; date ranges included."""
    from collections import Counter

    from django.db.models import Count

    from timeline.models import Article, Evidence, Move, Organization, Person

    person = Person.objects.annotate(n=Count("moves")).order_by("-n", "id").first()
    other = Person.objects.order_by("id")[500]
    involved = Counter()
    for from_id, to_id in Move.objects.values_list("from_org_id", "to_org_id"):
        involved.update(i for i in (from_id, to_id) if i)
    ranked = [org_id for org_id, _ in involved.most_common()]
    big = Organization.objects.get(pk=ranked[0])
    mid = Organization.objects.get(pk=ranked[len(ranked) // 2])
    small = Organization.objects.get(pk=ranked[-1])
    article_id = Evidence.objects.values("article").annotate(n=Count("id")).order_by("-n").first()["article"]
    plain_article = Article.objects.order_by("id").first()
    p, q, b, m, s = person.slug, other.slug, big.slug, mid.slug, small.slug
    name = big.name.replace(" ", "+")
    return [
        ("home", "/"),
        ("home, range 2018-2020", "/?start=2018&end=2020"),
        ("person, most moves", f"/people/{p}/"),
        ("person, another", f"/people/{q}/"),
        ("person, confirmed", f"/people/{p}/?confirmed=1"),
        ("person .json", f"/people/{p}/timeline.json"),
        ("person .csv", f"/people/{q}/timeline.csv"),
        ("org biggest, year", f"/organizations/{b}/"),
        ("org biggest, month 2019-2020", f"/organizations/{b}/?period=month&start=2019-01&end=2020-12"),
        ("org biggest, quarter 2015-2020", f"/organizations/{b}/?period=quarter&start=2015&end=2020"),
        ("org middle, range 2010-2015", f"/organizations/{m}/?start=2010&end=2015"),
        ("org smallest", f"/organizations/{s}/"),
        ("org flow.json", f"/organizations/{b}/flow.json?start=2016&end=2024"),
        ("org flow.csv", f"/organizations/{m}/flow.csv"),
        ("org sankey.json", f"/organizations/{b}/sankey.json?start=2020"),
        ("org sankey.csv", f"/organizations/{m}/sankey.csv"),
        ("moves", "/moves/"),
        ("moves, range 2018-2019", "/moves/?start=2018&end=2019"),
        ("moves, confirmed page 20", "/moves/?status=confirmed&sort=-date&page=20"),
        ("moves, one org", f"/moves/?org={name}"),
        ("moves, kind + day range", "/moves/?kind=join&start=2021-03-01&end=2021-06-30"),
        ("moves .json", "/moves.json?start=2020&end=2021"),
        ("flows n=20", "/flows/?n=20"),
        ("flows, range 2010-2020", "/flows/?start=2010&end=2020"),
        ("flows .json", "/flows.json?n=20&start=2015"),
        ("flows .csv", "/flows.csv"),
        ("people directory", "/people/"),
        ("people directory, page 5", "/people/?page=5"),
        ("organisations directory", "/organizations/"),
        ("articles directory", "/articles/"),
        ("people .json", "/people.json"),
        ("search", "/search/?q=synthetic+org"),
        ("search, a name", "/search/?q=Person+0042"),
        ("names", "/names/people/?q=Synthetic+Person+01"),
        ("article, most evidence", f"/articles/{article_id}/"),
        ("article", f"/articles/{plain_article.pk}/"),
        ("feed, moves", "/feeds/moves/"),
        ("feed, an org", f"/feeds/organizations/{b}/"),
        ("embed person", f"/embed/people/{p}/"),
        ("embed org", f"/embed/organizations/{b}/?period=quarter&start=2018&end=2022"),
        ("embed flows", "/embed/flows/?n=15"),
    ]


def request(port, path, timeout):
    """(status, milliseconds, bytes); status 0 for a connection error or a timeout."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": "127.0.0.1", "Accept-Encoding": "gzip"})
        response = connection.getresponse()
        body = response.read()
        status = response.status
    except (OSError, http.client.HTTPException):
        status, body = 0, b""
    finally:
        connection.close()
    return status, (time.perf_counter() - started) * 1000, len(body)


def load(port, paths, total, concurrency, timeout):
    """Send `total` requests from `concurrency` threads; [(label, status, ms, bytes)]."""
    results, lock, counter = [], threading.Lock(), iter(range(total))

    def worker():
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            label, path = paths[i % len(paths)]
            status, ms, size = request(port, path, timeout)
            with lock:
                results.append((label, status, ms, size))

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.perf_counter() - started


def summary(results, seconds):
    times = sorted(ms for _, _, ms, _ in results)
    return {
        "requests": len(results),
        "p50": percentile(times, 0.50),
        "p95": percentile(times, 0.95),
        "p99": percentile(times, 0.99),
        "max": times[-1] if times else float("nan"),
        "errors": sum(1 for _, status, _, _ in results if status == 0 or status >= 500),
        "client_errors": sum(1 for _, status, _, _ in results if 400 <= status < 500),
        "per_second": len(results) / seconds if seconds else float("nan"),
    }


def start_server(env, port, workers):
    command = [str(ROOT / ".venv/bin/gunicorn"), "--config", str(ROOT / "gunicorn.conf.py"), "--bind"]
    command.append(f"127.0.0.1:{port}")
    if workers:
        command += ["--workers", str(workers)]
    server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with {server.returncode}")
        if request(port, "/", 30)[0] == 200:
            return server
        time.sleep(0.5)
    stop_server(server)
    raise SystemExit("gunicorn did not answer within 60 s")


def server_cpu_seconds(server):
    """User + system CPU seconds of gunicorn's master and workers so far (Linux /proc): divided by
    the requests, the server's own cost, whatever else the machine is doing."""
    ticks, total = os.sysconf("SC_CLK_TCK"), 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry.name), int(fields[1])
        if pid == server.pid or ppid == server.pid:
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def stop_server(server):
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


def stylesheet(port):
    """The site's stylesheet as the home page links it (its hashed, cached name)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/", headers={"Host": "127.0.0.1"})
    html = connection.getresponse().read().decode("utf-8", "replace")
    connection.close()
    found = re.search(r'href="(/static/[^"]+\.css)"', html)
    if not found:
        raise SystemExit("no stylesheet link on the home page")
    return found.group(1)


def row(label, figures):
    return (
        f"{label:<34} {figures['requests']:>6} {figures['p50']:>7.0f} {figures['p95']:>7.0f} "
        f"{figures['p99']:>7.0f} {figures['max']:>7.0f} {figures['errors']:>6} {figures['client_errors']:>4}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", required=True, help="A scratch database (never db.sqlite3).")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=0, help="gunicorn workers (default: gunicorn.conf.py's)")
    parser.add_argument("--timeout", type=float, default=30, help="Seconds before a request counts as an error.")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--json", help="Also write the figures to this file.")
    args = parser.parse_args()

    static_root = Path(tempfile.mkdtemp(prefix="load-bench-static-"))
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE", "PYTEST_VERSION"}}
    env.update(
        DATABASE_URL=args.database_url,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        STATIC_ROOT=str(static_root),
        ACCESS_LOG="",
        LOG_LEVEL="ERROR",
    )
    server = None
    try:
        prepare_database(env, args.database_url)
        from django.db import connection

        vendor = connection.vendor
        paths = page_mix()
        connection.close()
        manage(env, "collectstatic", "--noinput", "-v0")

        port = free_port()
        server = start_server(env, port, args.workers)
        workers = args.workers or 2 * (os.cpu_count() or 1) + 1
        print(f"gunicorn on 127.0.0.1:{port}, {workers} workers, {vendor}, {os.cpu_count()} cores", flush=True)

        bad = []
        for label, path in paths * 2:  # warm every worker's connection and caches
            status, _, _ = request(port, path, args.timeout)
            if status != 200:
                bad.append((label, path, status))
        for label, path, status in sorted(set(bad)):
            print(f"  warm-up: {label} {path} answered {status}", flush=True)

        mix = list(paths)
        random.Random(args.seed).shuffle(mix)
        cpu = server_cpu_seconds(server)
        pages, page_seconds = load(port, mix, args.requests, args.concurrency, args.timeout)
        cpu, load_average = server_cpu_seconds(server) - cpu, os.getloadavg()[0]
        css = stylesheet(port)
        static, static_seconds = load(port, [("static file", css)], args.requests, args.concurrency, args.timeout)
    finally:
        if server is not None:
            stop_server(server)
        shutil.rmtree(static_root, ignore_errors=True)

    overall, baseline = summary(pages, page_seconds), summary(static, static_seconds)
    overall["server_cpu_ms_per_request"] = cpu * 1000 / len(pages)
    print(
        f"\n{args.requests} requests, {args.concurrency} concurrent, {len(paths)} public URLs "
        f"(target: no errors, p99 <= {TARGET_P99_MS} ms)"
    )
    print(f"{'':<34} {'n':>6} {'p50':>7} {'p95':>7} {'p99':>7} {'max':>7} {'errors':>6} {'4xx':>4}  req/s")
    print(row("page mix", overall) + f"  {overall['per_second']:.1f}")
    print(row(f"static baseline ({css.rsplit('/', 1)[-1][:18]})", baseline) + f"  {baseline['per_second']:.1f}")
    print(
        f"server CPU per page request: {overall['server_cpu_ms_per_request']:.0f} ms "
        f"(load average at the end of the mix: {load_average:.1f} on {os.cpu_count()} cores)"
    )
    print("\nper page (slowest p99 first)")
    by_label = {}
    for result in pages:
        by_label.setdefault(result[0], []).append(result)
    per_page = {label: summary(results, 0) for label, results in by_label.items()}
    for label, figures in sorted(per_page.items(), key=lambda item: -item[1]["p99"]):
        print(row(label, figures))
    verdict = overall["errors"] == 0 and overall["p99"] <= TARGET_P99_MS
    print(f"\n{'meets' if verdict else 'MISSES'} the target")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "vendor": vendor,
                    "workers": workers,
                    "cores": os.cpu_count(),
                    "pages": overall,
                    "static": baseline,
                    "per_page": per_page,
                },
                indent=1,
            )
        )


if __name__ == "__main__":
    main()
