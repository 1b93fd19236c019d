import datetime
import io
import os
from pathlib import Path

# Sync Playwright runs an event loop in the test thread, beside live_server's ORM use.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import pytest  # noqa: E402
from django.core.management import call_command  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CHROMIUM = "/usr/bin/chromium"
PASSWORD = "a-long-test-passphrase-42"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (make test installs it)")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    }


@pytest.fixture
def seeded(db):
    """The four seed articles ingested."""
    call_command("ingest", str(SEEDS), stdout=io.StringIO(), stderr=io.StringIO())


@pytest.fixture
def make_move(db):
    """Build a move with its people, organisations, article and evidence in one call."""
    from timeline.models import Article, Evidence, Move, Organization, Person

    counter = {"n": 0}

    def make(
        person="Ada Example",
        from_org=None,
        to_org="Acme AI",
        kind="join",
        date=None,
        precision="unknown",
        status="unreviewed",
        role="",
        article=None,
        sentence=None,
    ):
        counter["n"] += 1
        p = Person.objects.resolve(person) or Person.objects.create(name=person)
        f = from_org and (Organization.objects.resolve(from_org) or Organization.objects.create(name=from_org))
        t = to_org and (Organization.objects.resolve(to_org) or Organization.objects.create(name=to_org))
        if isinstance(date, str):
            from timeline.dates import parse_iso

            date, precision = parse_iso(date)
        sentence = sentence or f"{person} {kind}s {to_org or from_org} (test sentence {counter['n']})."
        if article is None:
            article, _ = Article.objects.get_or_create(
                filename=f"test-{counter['n']}.txt",
                defaults={
                    "title": f"Test article {counter['n']}",
                    "text": sentence,
                    "content_hash": "x",
                    "published": datetime.date(2025, 1, 15),
                },
            )
        move = Move.objects.create(
            person=p,
            from_org=f or None,
            to_org=t or None,
            kind=kind,
            date=date,
            date_precision=precision,
            status=status,
            role=role,
            fingerprint=f"test-{counter['n']}",
        )
        start = article.text.find(sentence)
        Evidence.objects.create(
            move=move,
            article=article,
            sentence=sentence,
            start=start if start >= 0 else None,
            end=start + len(sentence) if start >= 0 else None,
        )
        return move

    return make


@pytest.fixture
def curator(db):
    """A staff user in the curators group, made the way the README says."""
    call_command("setup_curators", user="cora", password=PASSWORD, stdout=io.StringIO())
    from django.contrib.auth.models import User

    return User.objects.get(username="cora")


@pytest.fixture
def desk(client, curator):
    """The test client logged in as a curator."""
    client.force_login(curator)
    return client


def move_form(move, **changes):
    data = {
        "person": move.person_id,
        "from_org": move.from_org_id or "",
        "to_org": move.to_org_id or "",
        "kind": move.kind,
        "role": move.role,
        "date": move.date.isoformat() if move.date else "",
        "date_precision": move.date_precision,
        "status": move.status,
        "evidence-TOTAL_FORMS": "0",
        "evidence-INITIAL_FORMS": str(move.evidence.count()),
        "evidence-MIN_NUM_FORMS": "0",
        "evidence-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data
