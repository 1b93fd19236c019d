"""Two `ingest` processes at once over overlapping folders end as one serial ingest would.

Real processes on a real database file (SQLite) or server (PostgreSQL, when the suite runs
under `.ci/with-postgres`): both start on the same shared folder at the same moment, and
the people in it also appear in each process's own folder, so both try to create the same
people, organisations, articles and moves at once. Then `export_moves`, the people and the
tenures are compared with a database where the same folders were ingested one after another.
Before ingest writes took turns, PostgreSQL ended with both runs failing on a deadlock or a
duplicate slug and with `dana-tanaka-2`; SQLite crashed with "database is locked".
"""

import json
import os
import shutil
import subprocess
import sys
import uuid

import pytest

from tests.conftest import ROOT

PEOPLE = [
    "Dana Tanaka",
    "Omar Haddad",
    "Lena Brandt",
    "Priya Raman",
    "Tomas Varga",
    "Keiko Mori",
    "Samuel Okafor",
    "Ines Duarte",
]
ORGS = ["Globex Labs", "Acme Robotics", "Initech", "Umbrella AI", "Hooli Research", "Vandelay Systems"]

SNAPSHOT = """
import io, json
import django
django.setup()
from django.core.management import call_command
from timeline.models import Person, Organization, Role, Article
out = io.StringIO()
call_command("export_moves", stdout=out)
moves = json.loads(out.getvalue())
for m in moves:
    m.pop("id")
    m["sources"] = sorted((s["article"], s["evidence"]) for s in m["sources"])
print(json.dumps({
    "moves": sorted(moves, key=lambda m: json.dumps(m, sort_keys=True)),
    "people": sorted(Person.objects.values_list("name", "slug")),
    "organizations": sorted(Organization.objects.values_list("name", "slug")),
    "articles": sorted(Article.objects.values_list("filename", "content_hash")),
    "roles": sorted(
        Role.objects.values_list("person__name", "organization__name", "start_date", "end_date", "ended")
    , key=repr),
}, default=str))
"""


def write_corpus(root):
    """shared/ (what both processes read) and one/, two/ (each process's own); 13 files per run,
    under the 16 that start extraction worker processes."""
    folders = {name: root / name for name in ("shared", "one", "two")}
    for folder in folders.values():
        folder.mkdir(parents=True)
    n = 0
    for name, count in (("shared", 7), ("one", 6), ("two", 6)):
        for i in range(count):
            n += 1
            lines = []
            for k in range(3):
                person = PEOPLE[(n + k * 3) % len(PEOPLE)]
                left, joined = ORGS[(n + k) % len(ORGS)], ORGS[(n + k + 2) % len(ORGS)]
                lines.append(f"{person} left {left} in {2015 + (n + k) % 9} to join {joined}.")
            text = f"date 2025-{1 + n % 12:02d}-{1 + n % 27:02d}\ntitle Moves {n}\n\n" + " ".join(lines) + "\n"
            (folders[name] / f"{name}-{i:02d}.txt").write_text(text, encoding="utf-8")
    return folders


def manage(database_url, *args, background=False):
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env["DATABASE_URL"] = database_url
    command = [sys.executable, "manage.py", *args]
    if background:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def snapshot(database_url):
    env = {k: v for k, v in os.environ.items() if k != "DEBUG"}
    env.update(DATABASE_URL=database_url, DJANGO_SETTINGS_MODULE="timeline.settings")
    result = subprocess.run(
        [sys.executable, "-c", SNAPSHOT], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def ingest_at_once(database_url, folders):
    runs = [
        manage(database_url, "ingest", str(folders["shared"]), str(folders[own]), background=True)
        for own in ("one", "two")
    ]
    outcomes = [(run.wait(timeout=300), *run.communicate()) for run in runs]
    for code, out, err in outcomes:
        assert code == 0, out + err
        assert "Articles: 13 (" in out and ", 0 failed" in out
    return outcomes


def serial(database_url, folders):
    for own in ("one", "two"):
        result = manage(database_url, "ingest", str(folders["shared"]), str(folders[own]))
        assert result.returncode == 0, result.stdout + result.stderr


def assert_same_as_serial(concurrent, reference):
    assert concurrent["people"] == reference["people"]
    assert not [slug for _, slug in concurrent["people"] if slug.endswith("-2")]
    assert concurrent["organizations"] == reference["organizations"]
    assert concurrent["articles"] == reference["articles"]
    assert concurrent["moves"] == reference["moves"]
    assert concurrent["roles"] == reference["roles"]
    assert len(concurrent["moves"]) > 20 and len(concurrent["people"]) == len(PEOPLE)


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "corpus")


def test_two_ingests_at_once_on_sqlite_end_as_a_serial_ingest(tmp_path, corpus):
    template = f"sqlite:///{tmp_path / 'template.sqlite3'}"
    migrated = manage(template, "migrate", "--noinput")
    assert migrated.returncode == 0, migrated.stderr
    for name in ("concurrent", "serial"):
        shutil.copy(tmp_path / "template.sqlite3", tmp_path / f"{name}.sqlite3")
    concurrent, reference = (f"sqlite:///{tmp_path / name}.sqlite3" for name in ("concurrent", "serial"))

    ingest_at_once(concurrent, corpus)
    serial(reference, corpus)
    assert_same_as_serial(snapshot(concurrent), snapshot(reference))

    # And a third run over everything finds nothing to do.
    again = manage(concurrent, "ingest", str(corpus["shared"]), str(corpus["one"]), str(corpus["two"]))
    assert "Articles: 19 (0 new, 0 updated, 19 unchanged), 0 failed" in again.stdout


@pytest.fixture
def postgres_databases():
    """Two fresh databases on the server of the suite's DATABASE_URL, dropped afterwards."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("PostgreSQL runs under .ci/with-postgres (make test)")
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(url)
    params = {"host": config["HOST"], "port": config["PORT"] or None, "user": config["USER"], "dbname": "postgres"}
    names = [f"i10_{kind}_{uuid.uuid4().hex[:8]}" for kind in ("template", "concurrent", "serial")]
    with psycopg.connect(**{k: v for k, v in params.items() if v}, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{names[0]}"')
        base = url.rsplit("/", 1)[0]
        migrated = manage(f"{base}/{names[0]}", "migrate", "--noinput")
        assert migrated.returncode == 0, migrated.stderr
        for name in names[1:]:
            admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{names[0]}"')
        try:
            yield [f"{base}/{name}" for name in names[1:]]
        finally:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_two_ingests_at_once_on_postgresql_end_as_a_serial_ingest(postgres_databases, corpus):
    concurrent, reference = postgres_databases
    ingest_at_once(concurrent, corpus)
    serial(reference, corpus)
    assert_same_as_serial(snapshot(concurrent), snapshot(reference))
