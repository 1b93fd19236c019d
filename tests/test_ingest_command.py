import io
import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.conftest import SEEDS
from timeline.models import Article, Evidence, Move, Organization, Person, Role

pytestmark = pytest.mark.django_db

ROE = """date 2024-03-05
source https://example.com/2024/03/05/acme-hires-roe
title Acme Robotics hires Jane Roe as chief scientist

Jane Roe has joined Acme Robotics as chief scientist, the company said on March 3, 2024.

Roe left Globex Labs in 2021. She will lead a team of about forty researchers in Boston.
"""

POE = """date 2023-09-12
title Richard Poe leaves Initech

Richard Poe has left Initech AI after six years, he said on September 8, 2023.

Poe joined Initech AI in 2017.
"""

UNDATED = """Comings and goings

Jane Roe joined Acme Robotics last week, she said in a post.

Richard Poe left Globex Labs on Tuesday.

Roe left Initech AI in 2021.
"""


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def ingest(*paths):
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", *map(str, paths), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def ingest_failing(*paths):
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("ingest", *map(str, paths), stdout=out, stderr=err)
    return str(failure.value), out.getvalue(), err.getvalue()


def snapshot():
    """Every row the ingest writes, with what could change on a rewrite."""
    return {
        "articles": sorted(Article.objects.values_list("filename", "content_hash", "updated_at")),
        "moves": sorted(Move.objects.values_list("id", "fingerprint", "date", "date_precision", "updated_at")),
        "evidence": sorted(Evidence.objects.values_list("id", "move_id", "article_id", "start", "end")),
        "people": Person.objects.count(),
        "organizations": Organization.objects.count(),
        "roles": sorted(Role.objects.values_list("person_id", "organization_id", "start_date", "end_date")),
        "history": (Move.history.count(), Article.history.count(), Person.history.count()),
    }


def move(person, **filters):
    """The one move of `person` matching the filters (organisation names, date as ISO)."""
    date = filters.pop("date", "any")
    moves = [
        m
        for m in Move.objects.filter(person__name=person, **filters).select_related("from_org", "to_org")
        if date == "any" or m.date_iso == date
    ]
    assert len(moves) == 1, f"{person} {filters} {date}: {[str(m) for m in Move.objects.all()]}"
    return moves[0]


def test_it_ingests_an_article_into_dated_moves_with_evidence(tmp_path):
    out, _ = ingest(write(tmp_path, "roe.txt", ROE))

    joined = move("Jane Roe", to_org__name="Acme Robotics")
    assert joined.date_iso == "2024-03-03"
    assert joined.date_precision == "day"
    assert joined.role == "chief scientist"
    left = move("Jane Roe", from_org__name="Globex Labs")
    assert left.date_iso == "2021"
    assert left.date_precision == "year"
    for ev in Evidence.objects.select_related("article"):
        assert ev.article.text[ev.start : ev.end] == ev.sentence
    article = Article.objects.get()
    assert (article.filename, article.published.isoformat()) == ("roe.txt", "2024-03-05")
    assert article.title == "Acme Robotics hires Jane Roe as chief scientist"
    assert "new       roe.txt" in out


def test_reingesting_an_unchanged_file_changes_nothing(tmp_path):
    path = write(tmp_path, "roe.txt", ROE)
    ingest(path)
    before = snapshot()

    out, err = ingest(path)

    assert snapshot() == before
    assert "unchanged roe.txt" in out
    assert "Articles: 1 (0 new, 0 updated, 1 unchanged), 0 failed" in out
    assert err == ""


def test_a_changed_file_replaces_its_own_unreviewed_extractions(tmp_path):
    roe = write(tmp_path, "roe.txt", ROE)
    poe = write(tmp_path, "poe.txt", POE)
    ingest(roe, poe)
    poe_moves = set(Move.objects.filter(person__name="Richard Poe").values_list("id", "updated_at"))
    assert Move.objects.filter(person__name="Jane Roe", to_org__name="Acme Robotics").exists()

    roe.write_text(ROE.replace("Acme Robotics", "Soylent Systems"), encoding="utf-8")
    out, _ = ingest(roe, poe)

    assert not Move.objects.filter(to_org__name="Acme Robotics").exists()
    assert move("Jane Roe", to_org__name="Soylent Systems").date_iso == "2024-03-03"
    assert set(Move.objects.filter(person__name="Richard Poe").values_list("id", "updated_at")) == poe_moves
    assert not Move.objects.filter(evidence__isnull=True).exists()
    assert "updated   roe.txt" in out
    assert "unchanged poe.txt" in out
    assert "1 removed" in out


def test_a_changed_file_keeps_the_moves_a_curator_confirmed(tmp_path):
    roe = write(tmp_path, "roe.txt", ROE)
    ingest(roe)
    left = move("Jane Roe", from_org__name="Globex Labs")
    left.status, left.curated = Move.Status.CONFIRMED, True
    left.save()

    roe.write_text(ROE.replace("Roe left Globex Labs in 2021. ", ""), encoding="utf-8")
    ingest(roe)

    left.refresh_from_db()
    assert left.status == Move.Status.CONFIRMED
    assert left.evidence.filter(article__filename="roe.txt").exists()


BAD_FILES = [
    ("binary.txt", b"PK\x03\x04\x00\x00\x08\x00binary junk\x00", "NUL"),
    ("latin1.txt", "Jane Roe a rejoint Acme Robotics à Paris.".encode("latin-1"), "UTF-8"),
    ("empty.txt", b"", "empty"),
    ("blank.md", b"  \n\n \t\n", "empty"),
    ("huge.txt", b"Jane Roe joined Acme Robotics. " * (2 * 1024 * 1024 // 31 + 1), "limit"),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_it_reports_a_bad_file_and_ingests_the_rest(tmp_path, name, content, reason):
    folder = tmp_path / "batch"
    folder.mkdir()
    write(folder, "a_poe.txt", POE)
    (folder / name).write_bytes(content)
    write(folder, "z_roe.txt", ROE)

    message, out, err = ingest_failing(folder)

    assert name in message and reason in message
    assert re.search(rf"error\s+{re.escape(name)}: .*{reason}", err)
    assert set(Article.objects.values_list("filename", flat=True)) == {"a_poe.txt", "z_roe.txt"}
    assert Move.objects.filter(person__name="Jane Roe").exists()
    assert "Articles: 2 (2 new, 0 updated, 0 unchanged), 1 failed" in out


def test_it_reports_a_file_named_with_a_wrong_suffix(tmp_path):
    pdf = tmp_path / "notes.pdf"
    pdf.write_bytes(b"%PDF-1.7 Jane Roe joined Acme Robotics.")
    roe = write(tmp_path, "roe.txt", ROE)

    message, _, err = ingest_failing(pdf, roe)

    assert "notes.pdf" in message and ".pdf" in err
    assert Article.objects.filter(filename="roe.txt").exists()


def test_a_folder_skips_files_that_are_not_articles(tmp_path):
    write(tmp_path, "roe.txt", ROE)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00")
    write(tmp_path, ".hidden.txt", POE)

    out, err = ingest(tmp_path)

    assert list(Article.objects.values_list("filename", flat=True)) == ["roe.txt"]
    assert err == ""


def test_a_file_that_turns_bad_keeps_what_it_stored_before(tmp_path):
    roe = write(tmp_path, "roe.txt", ROE)
    ingest(roe)
    before = snapshot()

    roe.write_bytes(b"\x00\x00\x00")
    message, _, _ = ingest_failing(roe)

    assert "roe.txt" in message
    assert snapshot() == before


def test_an_undated_article_gives_no_dates_to_relative_phrases(tmp_path):
    ingest(write(tmp_path, "roundup.txt", UNDATED))

    assert Article.objects.get().published is None
    joined = move("Jane Roe", to_org__name="Acme Robotics")
    assert (joined.date, joined.date_precision) == (None, "unknown")
    left = move("Richard Poe", from_org__name="Globex Labs")
    assert (left.date, left.date_precision) == (None, "unknown")
    # A date written out in full needs no publication date.
    assert move("Jane Roe", from_org__name="Initech AI").date_iso == "2021"


def test_a_missing_path_is_an_error_naming_it(tmp_path):
    roe = write(tmp_path, "roe.txt", ROE)

    with pytest.raises(CommandError, match="no-such-article.txt"):
        ingest(roe, tmp_path / "no-such-article.txt")

    assert not Article.objects.exists()


def test_the_summary_counts_new_updated_unchanged_and_failed_articles(tmp_path):
    write(tmp_path, "1_roe.txt", ROE)
    poe = write(tmp_path, "2_poe.txt", POE)
    out, _ = ingest(tmp_path)
    assert "Articles: 2 (2 new, 0 updated, 0 unchanged), 0 failed" in out
    assert re.search(r"People: 2, organisations: 3 in changed articles", out)
    first_moves = Move.objects.count()
    assert f"Moves: {first_moves} new, 0 updated, 0 unchanged, 0 removed" in out

    poe.write_text(POE.replace("after six years", "after six long years"), encoding="utf-8")
    write(tmp_path, "3_undated.txt", UNDATED)
    (tmp_path / "4_empty.txt").write_bytes(b"")
    message, out, _ = ingest_failing(tmp_path)

    assert "Articles: 3 (1 new, 1 updated, 1 unchanged), 1 failed" in out
    assert "1 file(s) could not be ingested: 4_empty.txt" in message


def test_the_same_move_in_two_articles_is_one_move_with_two_evidence_rows(tmp_path):
    other = """date 2024-03-06
title A new chief scientist at Acme

Jane Roe joined Acme Robotics as chief scientist on March 3, 2024, a spokesperson said.
"""
    ingest(write(tmp_path, "roe.txt", ROE), write(tmp_path, "roe-again.txt", other))

    joined = move("Jane Roe", to_org__name="Acme Robotics")
    assert sorted(joined.evidence.values_list("article__filename", flat=True)) == ["roe-again.txt", "roe.txt"]
    assert Person.objects.filter(name="Jane Roe").count() == 1
    assert Organization.objects.filter(name="Acme Robotics").count() == 1

    # Re-reading one of the two leaves the other's evidence alone.
    write(tmp_path, "roe-again.txt", other.replace("a spokesperson said", "the company said"))
    ingest(tmp_path / "roe-again.txt")
    assert joined.evidence.count() == 2


def test_ingesting_the_seeds_finds_the_seed_people():
    out, err = ingest(SEEDS)

    assert "Articles: 4 (4 new, 0 updated, 0 unchanged), 0 failed" in out
    for name in ("Andrej Karpathy", "Mira Murati", "John Schulman", "Dario Amodei"):
        person = Person.objects.resolve(name)
        assert person is not None, name
        assert person.moves.exists()
    assert Organization.objects.resolve("OpenAI") and Organization.objects.resolve("Anthropic")
    assert Role.objects.filter(person__name="Andrej Karpathy").exists()


def test_it_ingests_the_seeds_when_given_no_path():
    out, _ = ingest()

    assert Article.objects.count() == 4
    assert "4 new" in out


def ingest_either(*paths):
    """Ingest, whether or not the command ends by reporting bad files."""
    try:
        ingest(*paths)
    except CommandError:
        pass


def test_two_files_with_the_same_name_in_different_folders_do_not_overwrite_each_other(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write(tmp_path / "a", "news.txt", ROE)
    write(tmp_path / "b", "news.txt", POE)

    ingest_either(tmp_path)
    assert Move.objects.filter(person__name="Jane Roe").exists()
    before = snapshot()
    ingest_either(tmp_path)

    assert snapshot() == before
