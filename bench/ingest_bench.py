"""Ingest throughput: synthetic news articles through the real extractor and loader.

    .venv/bin/python bench/ingest_bench.py [--sizes 1000,5000,20000] [--database-url URL] [--workers N]

For each size, writes N varied article files (English news prose about job moves, 2-6 KB
each, mostly .txt with some .md and .html, some undated) into a temporary folder and ingests
them into an empty database (a temporary SQLite file, or the scratch database given, flushed
between sizes); for the first size it then ingests them again unchanged, then again after
editing a tenth of them. Prints articles per second for each pass and, at the end, the CPU
milliseconds per article of this process (database writes, roles) and of the extraction
workers for each size: the ingest stays linear when the CPU per article does not grow with
the size. Targets: at least 30 articles/s on the first pass on a 2-core machine; CPU per
article at 20,000 articles within 1.2x of 1,000.
"""

import argparse
import cProfile
import datetime
import os
import pstats
import random
import resource
import shutil
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_PER_SECOND = 30
TARGET_CPU_GROWTH = 1.2

FIRST_NAMES = (
    "Jane Priya Marcus Elena Tomás Aiko Samuel Fatima Lukas Grace Omar Ingrid Wei Nadia Rafael Chloé Dmitri "
    "Amara Henrik Sofia Kwame Yuki Daniel Leila Mateo Hannah Arjun Zoe Felix Mira Nikolai Beatriz Tobias Anika"
).split()
LAST_NAMES = (
    "Roe Okafor Lindqvist Moreau Castillo Tanaka Whitfield Haddad Brenner Osei Kowalski Nakamura Ferreira "
    "Adeyemi Novak Sørensen Iyer Delacroix Hartmann Quinn Abara Vasquez Petrov Lindgren Mwangi Caruso Fischer "
    "Oyelaran Dubois Sato Ramírez Holm Achebe Varga Keller Marsh"
).split()
ORG_STEMS = (
    "Acme, Globex, Initech, Cyberdyne, Aperture, Tyrell, Vandelay, Hooli, Massive Dynamic, Wayne, Oscorp, "
    "Nakatomi, Monarch, Weyland, Soylent, Umbrella, Gringotts, Stark, Wonka, Dunder, Prestige, Sirius, Blue Sun"
).split(", ")
ORG_SUFFIXES = "Robotics Labs AI Research Intelligence Systems Compute Dynamics".split()
ROLES = (
    "chief scientist, head of research, chief technology officer, vice president of engineering, director of AI, "
    "head of alignment, research scientist, principal engineer, head of product, chief executive, head of policy, "
    "lead of the pretraining team, member of technical staff"
).split(", ")
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday".split()
RELATIVE = ["last week", "last month", "earlier this month", "on Tuesday", "this week", "last year"]
COUNTS = "two three four five six seven eight nine".split()

FILLER = [
    "The hire comes as competition for experienced researchers has pushed compensation packages for senior "
    "scientists well into eight figures, according to recruiters who work with the largest labs.",
    "Investors have poured billions of dollars into model developers over the past two years, and the "
    "companies have in turn spent heavily on chips, data centres and the people who know how to use them.",
    "Analysts said the move underlined how a small number of researchers with experience training frontier "
    "models has become one of the scarcest resources in the technology industry.",
    "A spokesperson declined to comment on the terms of the appointment or on whether other members of the "
    "team would follow.",
    "The company has been expanding quickly, opening offices in London, Zurich and Tokyo and more than doubling "
    "its headcount since the start of the year, according to figures shared with employees.",
    "Regulators in Europe and the United States have started asking questions about the so-called acqui-hire "
    "deals, in which large companies license a startup's technology and hire most of its staff.",
    "Several former colleagues described the work as demanding but rewarding, with small teams given unusual "
    "freedom to run large experiments on shared clusters of accelerators.",
    "The appointment was first reported by a trade newsletter that tracks personnel changes across the "
    "industry, and was later confirmed in an internal memo seen by reporters.",
    "Shares of listed suppliers rose modestly on the news, although traders said the broader market had been "
    "driven mostly by interest-rate expectations during the session.",
    "Hiring at the biggest labs has slowed in recent months as executives focus on the cost of serving models "
    "to millions of users, people familiar with the plans said.",
    "Start-ups founded by alumni of the large labs have raised record sums this year, often before releasing "
    "a product, as investors bet on the reputation of their founding teams.",
    "The research group is best known for work on reinforcement learning from human feedback and on methods "
    "for evaluating whether models behave safely in unfamiliar situations.",
    "Employees were told about the change at an all-hands meeting, where executives fielded questions about "
    "the company's road map and its plans for the next generation of models.",
    "Industry veterans cautioned that executive moves are common in a young and fast-growing field, and that "
    "a single departure rarely changes the direction of a large organisation.",
    "The lab said it would continue to publish some of its research, though it has grown more selective about "
    "what it releases since its models became commercial products.",
    "Recruiters said engineers with experience in distributed training and inference optimisation were the "
    "most sought after, followed by researchers working on evaluation and safety.",
]


class Writer:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.orgs = [f"{stem} {suffix}" for stem in ORG_STEMS for suffix in ORG_SUFFIXES]

    def person(self):
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def two_orgs(self):
        return self.rng.sample(self.orgs, 2)

    def date_words(self, published):
        """A date phrase relative to the article's publication, as reporters write them."""
        rng = self.rng
        kind = rng.random()
        past = (published or datetime.date(2024, 6, 1)) - datetime.timedelta(days=rng.randint(1, 20))
        if kind < 0.35:
            return f"on {past:%B} {past.day}, {past.year}"
        if kind < 0.55:
            return f"in {past:%B %Y}"
        if kind < 0.75 and published:
            return rng.choice(RELATIVE)
        return f"on {rng.choice(WEEKDAYS)}"

    def lede(self, name, last, pronoun, published):
        rng = self.rng
        old, new = self.two_orgs()
        role = rng.choice(ROLES)
        when = self.date_words(published)
        years = rng.choice(COUNTS)
        left_year = (published or datetime.date(2024, 1, 1)).year - rng.randint(1, 6)
        story = rng.randrange(6)
        if story == 0:
            headline = f"{new} hires {old} veteran {name} as {role}"
            lede = f"{name} has joined {new} as {role}, the company said {when}."
            more = f"{last} previously spent {years} years at {old}, where {pronoun} led its applied research group."
        elif story == 1:
            headline = f"{name} leaves {old} after {years} years"
            lede = f"{name}, the {role} of {old}, is leaving the company after {years} years, {pronoun} said {when}."
            more = f"{last} joined {old} in {left_year} from {new}."
        elif story == 2:
            headline = f"{old}'s {role} defects to rival {new}"
            lede = (
                f"{name} is leaving {old} to join rival {new} as {role}, according to people familiar with the matter."
            )
            more = f"{last} confirmed the move {when} in a post on LinkedIn."
        elif story == 3:
            headline = f"Former {old} researcher {name} launches {new}"
            lede = (
                f"{name}, who left {old} in {left_year}, has founded a new startup, {new}, {pronoun} announced {when}."
            )
            more = f"Before that {last} worked at {self.rng.choice(self.orgs)} for {years} years."
        elif story == 4:
            headline = f"{name} returns to {new}"
            lede = f"{name} is returning to {new}, {pronoun} said {when}."
            more = f"{last} left {new} in {left_year} to join {old} as {role}."
        else:
            headline = f"{new} names {name} {role}"
            lede = f"{new} has appointed {name} as {role}, the company announced {when}."
            more = f"{last} left {old} in {left_year}."
        return headline, [lede, more]

    def roundup_item(self, published):
        name = self.person()
        old, new = self.two_orgs()
        role = self.rng.choice(ROLES)
        when = self.date_words(published)
        if self.rng.random() < 0.5:
            return f"{name} has joined {new} as {role}, {self.rng.choice(['she', 'he'])} said {when}."
        return f"{name} left {old} for {new} {when}."

    def article(self, number):
        rng = self.rng
        published = None
        if rng.random() > 0.12:  # some articles carry no date at all
            published = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randint(0, 6 * 365))
        name = self.person()
        last = name.split()[-1]
        pronoun = rng.choice(["she", "he", "they"])
        headline, paragraphs = self.lede(name, last, pronoun, published)
        if rng.random() < 0.25:
            paragraphs.append(" ".join(self.roundup_item(published) for _ in range(rng.randint(2, 4))))
        quote = f'"I am very excited to join the team here and get back to research," {last} wrote in a post on X.'
        paragraphs.insert(rng.randint(1, len(paragraphs)), quote)
        target = rng.randint(2000, 6000)
        size = sum(len(p) for p in paragraphs)
        while size < target:
            filler = " ".join(rng.sample(FILLER, rng.randint(1, 3)))
            paragraphs.append(filler)
            size += len(filler) + 2
        suffix = rng.choices([".txt", ".md", ".html"], weights=[8, 1, 1])[0]
        slug = f"{number:05d}_{last.lower()}"
        source = f"https://news.example.com/{(published or datetime.date(2020, 1, 1)):%Y/%m/%d}/{slug}"
        if suffix == ".html":
            meta = f'<meta property="article:published_time" content="{published}T09:00:00Z">' if published else ""
            body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
            text = (
                f"<!DOCTYPE html>\n<html><head>{meta}<title>{headline}</title></head>\n"
                f"<body><nav><a href='/'>Home</a></nav><article><h1>{headline}</h1>\n{body}\n</article>"
                f"<footer>Copyright News Example</footer></body></html>\n"
            )
        else:
            head = [f"date {published.isoformat()}"] if published else []
            head += [f"source {source}", f"title {headline}"]
            title = f"# {headline}" if suffix == ".md" else headline
            text = "\n".join(head) + "\n\n" + title + "\n\n" + "\n\n".join(paragraphs) + "\n"
        return f"{slug}{suffix}", text


def write_articles(folder, count, seed):
    writer = Writer(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for number in range(count):
        name, text = writer.article(number)
        (folder / name).write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def children_cpu():
    """CPU seconds of the extraction workers so far: they are forked by multiprocessing's
    fork server, which reaps them, so its own and its children's times are read from /proc
    (plus this process's waited-for children, for a spawn or fork pool)."""
    from multiprocessing import forkserver

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = usage.ru_utime + usage.ru_stime
    pid = forkserver._forkserver._forkserver_pid
    if pid:
        time.sleep(0.2)  # let it reap the workers that just exited
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")  # utime stime cutime cstime
        for child in _children_of(pid):  # workers still running (their time joins cutime when reaped)
            total += process_cpu(child)
    return total


def _status_kib(pid, field):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _children_of(pid):
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


class Sampler(threading.Thread):
    """Every `interval` seconds, the resident memory of every process of the ingest: this one,
    the workers' fork server and the workers, and the PostgreSQL backend serving this
    connection; and the machine's 1-minute load average. Keeps the peak of their sum (what
    the ingest holds at once) and each process's own peak (VmHWM, kept by the kernel)."""

    def __init__(self, backend_pid=None, interval=0.25):
        super().__init__(daemon=True)
        self.backend_pid, self.interval = backend_pid, interval
        self.stopped = threading.Event()
        self.peak_total = self.peak_main = self.peak_worker = self.peak_server = self.peak_backend = 0
        self.loads = []

    def sample(self):
        from multiprocessing import forkserver

        main = _status_kib(os.getpid(), "VmRSS")
        self.peak_main = max(self.peak_main, _status_kib(os.getpid(), "VmHWM"))
        total = main
        server = forkserver._forkserver._forkserver_pid
        if server:
            total += _status_kib(server, "VmRSS")
            self.peak_server = max(self.peak_server, _status_kib(server, "VmHWM"))
            for pid in _children_of(server):
                total += _status_kib(pid, "VmRSS")
                self.peak_worker = max(self.peak_worker, _status_kib(pid, "VmHWM"))
        if self.backend_pid:
            total += _status_kib(self.backend_pid, "VmRSS")
            self.peak_backend = max(self.peak_backend, _status_kib(self.backend_pid, "VmHWM"))
        self.peak_total = max(self.peak_total, total)
        self.loads.append(os.getloadavg()[0])

    def run(self):
        while not self.stopped.wait(self.interval):
            self.sample()

    def stop(self):
        self.stopped.set()
        self.join()
        self.sample()
        return self

    @property
    def load(self):
        return (min(self.loads), max(self.loads)) if self.loads else (0.0, 0.0)


def process_cpu(pid):
    """CPU seconds of another process (the PostgreSQL backend), 0 when it cannot be read."""
    if not pid:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(f) for f in fields[11:13]) / os.sysconf("SC_CLK_TCK")


def backend_pid():
    """The PostgreSQL server process of this connection (its memory counts too), else None."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def profile_extraction(folder, top=30):
    """cProfile of the extractor alone, in this process, over the folder's articles (no
    database): where the workers' CPU goes, per article."""
    from ingest.articles import read_article
    from ingest.extract import extract_or_error

    articles = [read_article(path) for path in sorted(folder.iterdir())]
    extract_or_error(articles[0])  # the rules' patterns compiled, dateparser set up
    profiler = cProfile.Profile()
    cpu = time.process_time()
    profiler.enable()
    for article in articles:
        extract_or_error(article)
    profiler.disable()
    cpu = time.process_time() - cpu
    print(f"\nextraction alone (profiled): {cpu / len(articles) * 1000:.1f} ms CPU per article over {len(articles)}")
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def timed_pass(label, folder, profile=False, workers=None, progress=0):
    """Ingest the folder once; returns {"files", "seconds", "cpu", "workers_cpu"}. With
    `progress`, prints every so many files the CPU per article of this process over them:
    whether the database side (writes, roles) stays linear shows before the run ends."""
    from ingest.loader import ingest_paths

    statuses = {}
    errors = []
    profiler = cProfile.Profile() if profile else None
    server = backend_pid()
    sampler = Sampler(server)
    sampler.start()
    started, cpu_started, children_started = time.perf_counter(), time.process_time(), children_cpu()
    server_started = process_cpu(server)
    if profiler:
        profiler.enable()
    mark = (0, time.perf_counter(), time.process_time(), children_started, server_started)
    for result in ingest_paths([folder], workers=workers):
        statuses[result.status] = statuses.get(result.status, 0) + 1
        done = sum(statuses.values())
        if progress and done % progress == 0:
            now, cpu_now, workers_now, server_now = (
                time.perf_counter(),
                time.process_time(),
                children_cpu(),
                process_cpu(server),
            )
            n = done - mark[0]
            print(
                f"    files {mark[0] + 1:>6}-{done:<6} CPU ms/article: main {(cpu_now - mark[2]) / n * 1000:6.1f},"
                f" workers {(workers_now - mark[3]) / n * 1000:6.1f},"
                f" database server {(server_now - mark[4]) / n * 1000:5.1f};"
                f" {n / (now - mark[1]):6.1f} articles/s, load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
            mark = (done, now, cpu_now, workers_now, server_now)
        if result.status == "error":
            errors.append(f"{result.filename}: {result.error}")
    if profiler:
        profiler.disable()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    workers_cpu = children_cpu() - children_started  # the pool's workers, joined at the end of the run
    server_cpu = process_cpu(server) - server_started
    sampler.stop()
    files = sum(statuses.values())
    rate = files / seconds if seconds else float("inf")
    detail = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items()))
    # CPU time is steadier than wall time on a busy machine; the gap between them is mostly
    # waiting for the disk (one commit per article) or for the CPU.
    print(
        f"{label:<22} {files:>6} files in {seconds:7.2f}s = {rate:8.1f} articles/s "
        f"(CPU: this process {cpu:6.2f}s, workers {workers_cpu:6.2f}s, database server {server_cpu:6.2f}s)  ({detail})"
    )
    low, high = sampler.load
    print(
        f"    load average {low:.1f}-{high:.1f}; peak RSS {sampler.peak_total / 1024:.0f} MiB all processes at once"
        f" (each at its peak: main {sampler.peak_main / 1024:.0f}, fork server {sampler.peak_server / 1024:.0f},"
        f" a worker {sampler.peak_worker / 1024:.0f}, PostgreSQL backend {sampler.peak_backend / 1024:.0f} MiB)"
    )
    for error in errors[:10]:
        print(f"    error {error}")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    return {
        "files": files,
        "seconds": seconds,
        "cpu": cpu,
        "workers_cpu": workers_cpu,
        "server_cpu": server_cpu,
        "load": sampler.load,
        "rss": sampler.peak_total / 1024,
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000", help="articles, comma-separated: one fresh database each")
    parser.add_argument("--articles", type=int, help="one size (the same as --sizes N)")
    parser.add_argument(
        "--database-url",
        help="a scratch database, flushed (default: DATABASE_URL, which must hold no articles, else temporary SQLite)",
    )
    parser.add_argument("--workers", type=int, help="extraction worker processes (default: the loader's choice)")
    parser.add_argument("--progress", type=int, default=0, help="print CPU per article every N files of a first pass")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations (slower)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the first pass")
    parser.add_argument(
        "--profile-extract",
        action="store_true",
        help="also print a cProfile of the extractor alone (the workers' share)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and database")
    parser.add_argument("--tmp", help="make the temporary folder here (e.g. /dev/shm to leave out disk syncs)")
    args = parser.parse_args(argv)
    sizes = [args.articles] if args.articles else [int(n) for n in args.sizes.split(",")]

    workdir = Path(tempfile.mkdtemp(prefix="ingest-bench-", dir=args.tmp))
    # Before django.setup(): settings read DATABASE_URL once. One SQLite file for every size:
    # it is flushed in between, like a PostgreSQL database given with --database-url.
    os.environ["DATABASE_URL"] = (
        args.database_url or os.environ.get("DATABASE_URL") or f"sqlite:///{workdir / 'bench.sqlite3'}"
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from timeline.models import Article, Evidence, Move, Organization, Person, Role

    firsts = {}
    try:
        call_command("migrate", verbosity=0)
        if not args.database_url and Article.objects.exists():
            sys.exit(f"{os.environ['DATABASE_URL']} holds articles: give a scratch database with --database-url")
        print(f"database: {connection.vendor} {os.environ['DATABASE_URL']}   RSS before ingest: {rss_mb():.0f} MiB")
        for number, count in enumerate(sizes):
            if Article.objects.exists():
                call_command("flush", interactive=False, verbosity=0)
            folder = workdir / f"articles-{count}"
            started = time.perf_counter()
            size = write_articles(folder, count, args.seed)
            print(
                f"\nwrote {count} articles ({size / 1024:.0f} KiB, {size / max(count, 1) / 1024:.1f} KiB "
                f"on average) in {time.perf_counter() - started:.1f}s to {folder}"
            )
            if args.tracemalloc:
                tracemalloc.start()
            firsts[count] = timed_pass(
                "first ingest", folder, profile=args.profile, workers=args.workers, progress=args.progress
            )
            print(
                f"stored: {Article.objects.count()} articles, {Move.objects.count()} moves, "
                f"{Evidence.objects.count()} evidence, {Person.objects.count()} people, "
                f"{Organization.objects.count()} organisations, {Role.objects.count()} roles"
            )
            if number == 0:
                timed_pass("re-ingest (unchanged)", folder, workers=args.workers)
                files = sorted(p for p in folder.iterdir())
                for path in files[::10]:
                    path.write_text(path.read_text(encoding="utf-8") + "\n\nThis article has been updated.\n")
                timed_pass("re-ingest (10% edited)", folder, workers=args.workers)
            if args.tracemalloc:
                _, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
                print(f"peak traced Python allocations during ingest: {peak / 2**20:.0f} MiB")
            if args.profile_extract and number == 0:
                profile_extraction(folder)
            shutil.rmtree(folder, ignore_errors=True)

        cores = os.cpu_count() or 1
        print(f"\nfirst pass, {connection.vendor}: articles/s and CPU ms per article (target >= {TARGET_PER_SECOND}/s;")
        print(f"CPU per article at the largest size within {TARGET_CPU_GROWTH}x of the smallest). 'CPU-bound':")
        print(f"the rate {cores} idle cores would give at this CPU per article (database server's included);")
        print("load: the 1-minute load average during the pass")
        print(
            f"{'articles':>8} {'per s':>7} {'CPU-bound':>9} {'main ms':>8} {'workers ms':>10} {'server ms':>9}"
            f" {'total ms':>9} {'vs first':>8} {'load':>9} {'peak RSS MiB':>12}"
        )
        base = None
        for count, r in firsts.items():
            total = (r["cpu"] + r["workers_cpu"] + r["server_cpu"]) / r["files"] * 1000
            base = base or total
            low, high = r["load"]
            print(
                f"{count:>8} {r['files'] / r['seconds']:7.1f} {cores * 1000 / total:9.1f}"
                f" {r['cpu'] / r['files'] * 1000:8.1f} {r['workers_cpu'] / r['files'] * 1000:10.1f}"
                f" {r['server_cpu'] / r['files'] * 1000:9.1f} {total:9.1f}"
                f" {total / base:7.2f}x {low:4.1f}-{high:<4.1f} {r['rss']:12.0f}"
            )
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
