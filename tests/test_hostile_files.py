"""Hostile article files are reported by name and skipped; the rest of the run goes on.

Each test puts one bad entry between two good articles, so a bad file that ended the run, or
one that was skipped without a word, fails: the good articles on both sides must be stored
and the bad one named on stderr with its reason.
"""

import datetime
import io
import os
import re
import signal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from ingest import loader
from ingest.articles import ArticleError, latest_published, parse_article_bytes
from timeline.models import Article, Move

POE = "date 2024-02-01\n\nRichard Poe left Initech in 2020 to join Globex Labs.\n"
ROE = "date 2024-03-05\n\nJane Roe left Globex Labs in 2021 to join Acme Robotics.\n"


def run(*paths):
    """(error message or "", stdout, stderr) of one ingest run."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("ingest", *map(str, paths), stdout=out, stderr=err)
        message = ""
    except CommandError as exc:
        message = str(exc)
    return message, out.getvalue(), err.getvalue()


def good_pair(folder):
    (folder / "a_poe.txt").write_text(POE, encoding="utf-8")
    (folder / "z_roe.txt").write_text(ROE, encoding="utf-8")


def assert_both_good_articles_stored():
    assert Move.objects.filter(person__name="Richard Poe").exists()
    assert Move.objects.filter(person__name="Jane Roe").exists()


# --- Header dates -----------------------------------------------------------------------------


@pytest.mark.parametrize("header", ["date 9999-12-31", "date 1899-12-31", "date 0001-01-01"])
def test_a_publication_date_outside_1900_to_next_year_is_refused_with_the_file_name(header):
    with pytest.raises(ArticleError, match=r"far\.txt: date header .* is outside 1900-01-01 to "):
        parse_article_bytes(f"{header}\n\nJane Roe joined Acme.".encode(), "far.txt")


def test_a_date_up_to_a_year_ahead_is_kept():
    ahead = latest_published()
    article = parse_article_bytes(f"date {ahead.isoformat()}\n\nJane Roe joined Acme.".encode(), "a.txt")
    assert article.published == ahead


def test_next_year_on_29_february_is_28_february():
    assert latest_published(datetime.date(2028, 2, 29)) == datetime.date(2029, 2, 28)


def test_an_html_page_with_a_far_meta_date_is_undated():
    html = '<html><head><meta name="date" content="9999-12-31"></head><body><p>Jane Roe joined Acme.</p></body>'
    assert parse_article_bytes(html.encode(), "a.html").published is None


def test_a_far_dated_file_is_reported_and_the_others_ingest(db, tmp_path):
    good_pair(tmp_path)
    (tmp_path / "m_far.txt").write_text("date 9999-12-31\n\nDana Tanaka joined Acme Robotics.\n")

    message, _, err = run(tmp_path)

    assert "m_far.txt" in message and "outside 1900-01-01" in err
    assert_both_good_articles_stored()
    assert not Article.objects.filter(filename="m_far.txt").exists()


# --- Encodings --------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_a_utf16_or_utf32_file_with_a_byte_order_mark_is_read(encoding):
    text = "date 2024-03-05\ntitle Roe à Acme\n\nJane Roe left Globex Labs in 2021 to join Acme Robotics.\n"
    raw = text.encode(encoding)
    if not encoding.endswith(("le", "be")):
        pass  # "utf-16"/"utf-32" write their own byte-order mark
    else:
        bom = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff", "utf-32-le": "\ufeff", "utf-32-be": "\ufeff"}[encoding]
        raw = bom.encode(encoding) + raw
    article = parse_article_bytes(raw, "roe.txt")
    assert (article.title, article.published) == ("Roe à Acme", datetime.date(2024, 3, 5))
    assert article.text.startswith("Jane Roe left Globex Labs")


def test_utf16_without_a_byte_order_mark_is_still_binary():
    with pytest.raises(ArticleError, match="NUL"):
        parse_article_bytes("Jane Roe joined Acme.".encode("utf-16-le"), "a.txt")


def test_a_file_whose_byte_order_mark_lies_is_reported():
    with pytest.raises(ArticleError, match="UTF-16-LE"):
        parse_article_bytes(b"\xff\xfeJ\x00\x00\xd8", "a.txt")  # a lone surrogate


def test_a_utf16_file_ingests(db, tmp_path):
    good_pair(tmp_path)
    (tmp_path / "m_utf16.txt").write_bytes(
        "date 2024-04-01\n\nDana Tanaka left Initech in 2022 to join Acme Robotics.\n".encode("utf-16")
    )
    message, _, err = run(tmp_path)
    assert message == "" and err == ""
    assert Move.objects.filter(person__name="Dana Tanaka").exists()


# --- Source headers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "http://", "ftp://example.com/a"]
)
def test_a_source_that_is_not_an_http_url_is_dropped_with_a_warning_and_later_headers_are_kept(source):
    raw = f"source {source}\ntitle Roe joins Acme\ndate 2024-03-05\n\nJane Roe joined Acme Robotics.\n"
    article = parse_article_bytes(raw.encode(), "a.txt")
    assert article.source_url == ""
    assert article.title == "Roe joins Acme"
    assert article.published == datetime.date(2024, 3, 5)
    assert article.text == "Jane Roe joined Acme Robotics.\n"
    assert len(article.warnings) == 1 and "not an http(s) URL" in article.warnings[0]


def test_an_http_source_is_kept_and_www_gets_a_scheme():
    assert parse_article_bytes(b"source https://ex.com/a\n\nText.", "a.txt").source_url == "https://ex.com/a"
    assert parse_article_bytes(b"source www.ex.com/a\n\nText.", "a.txt").source_url == "https://www.ex.com/a"


def test_prose_starting_with_source_stays_prose():
    article = parse_article_bytes(b"Source code was released on Monday.\n\nMore.", "a.txt")
    assert article.text.startswith("Source code was released") and not article.warnings


def test_a_bad_source_is_reported_by_the_command_and_the_article_still_ingests(db, tmp_path):
    path = tmp_path / "roe.txt"
    path.write_text("source javascript:alert(1)\ntitle Roe joins Acme\n\n" + ROE.split("\n\n", 1)[1])

    message, _, err = run(path)

    assert message == ""
    assert re.search(r"warning\s+roe\.txt: source header 'javascript:alert\(1\)' ignored", err)
    article = Article.objects.get()
    assert (article.source_url, article.title) == ("", "Roe joins Acme")


# --- Names, links and files that go away ------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_reported_and_the_others_ingest(db, tmp_path):
    good_pair(tmp_path)
    bad = os.fsencode(tmp_path) + b"/m_caf\xe9.txt"
    with open(bad, "wb") as file:
        file.write(b"date 2024-04-01\n\nDana Tanaka joined Acme Robotics.\n")

    message, out, err = run(tmp_path)

    assert "m_caf\ufffd.txt" in err and "not valid UTF-8" in err
    assert "Articles: 2 (2 new, 0 updated, 0 unchanged), 1 failed" in out
    assert_both_good_articles_stored()


@pytest.fixture
def loop(tmp_path):
    target = tmp_path / "loop.txt"
    target.symlink_to(target)
    return target


def test_a_symlink_loop_named_on_the_command_line_is_reported_and_the_run_goes_on(db, tmp_path, loop):
    good = tmp_path / "good"
    good.mkdir()
    good_pair(good)

    message, _, err = run(good / "a_poe.txt", loop, good / "z_roe.txt")

    assert re.search(r"error\s+loop\.txt: symbolic link loop", err)
    assert "loop.txt" in message
    assert_both_good_articles_stored()


def test_a_symlink_loop_inside_a_folder_is_reported(db, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    good_pair(folder)
    (folder / "m_loop.txt").symlink_to(folder / "m_loop.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)  # a folder link back up the tree

    message, _, err = run(folder)

    assert re.search(r"error\s+m_loop\.txt: symbolic link loop", err)
    assert re.search(r"error\s+sub/up: symbolic link loop", err)
    assert_both_good_articles_stored()
    assert Article.objects.count() == 2


def test_a_broken_symlink_inside_a_folder_is_reported(db, tmp_path):
    good_pair(tmp_path)
    (tmp_path / "m_gone.txt").symlink_to(tmp_path / "nowhere.txt")
    message, _, err = run(tmp_path)
    assert re.search(r"error\s+m_gone\.txt: broken symbolic link", err)
    assert_both_good_articles_stored()


def test_a_symlink_to_a_folder_is_followed(db, tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    good_pair(real)
    top = tmp_path / "top"
    top.mkdir()
    (top / "linked").symlink_to(real)
    message, _, _ = run(top)
    assert message == ""
    assert_both_good_articles_stored()


def test_an_unreadable_file_is_reported(db, tmp_path):
    # Root reads any file whatever its mode; /proc/self/mem cannot be read at offset 0 by anyone.
    if not Path("/proc/self/mem").exists():
        pytest.skip("needs Linux /proc")
    good_pair(tmp_path)
    (tmp_path / "m_mem.txt").symlink_to("/proc/self/mem")
    message, _, err = run(tmp_path)
    assert re.search(r"error\s+m_mem\.txt: cannot read: ", err)
    assert_both_good_articles_stored()


def test_a_fifo_named_on_the_command_line_is_refused_without_blocking(db, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    roe = tmp_path / "roe.txt"
    roe.write_text(ROE)

    def blocked(signum, frame):
        raise AssertionError("reading a FIFO blocked the run")

    previous = signal.signal(signal.SIGALRM, blocked)
    signal.alarm(20)
    try:
        message, _, err = run(fifo, roe)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert re.search(r"error\s+pipe\.txt: .*not a regular file", err)
    assert Move.objects.filter(person__name="Jane Roe").exists()


def test_a_file_that_vanishes_after_it_was_listed_is_reported(db, tmp_path):
    good_pair(tmp_path)
    doomed = tmp_path / "m_doomed.txt"
    doomed.write_text(POE)
    files = list(loader.iter_article_files([tmp_path]))
    doomed.unlink()

    results = {name: loader._prepare(path, name) for path, name, _ in files}

    gone = results.pop("m_doomed.txt")
    assert gone.status == "error" and gone.error.startswith("cannot read: No such file")
    assert not any(isinstance(r, loader.FileResult) for r in results.values())  # the others are read


def test_the_command_still_refuses_a_path_that_does_not_exist(db, tmp_path):
    with pytest.raises(CommandError, match="no such file or folder"):
        call_command("ingest", str(tmp_path / "nothing.txt"), stdout=io.StringIO(), stderr=io.StringIO())


# --- Article identity -------------------------------------------------------------------------


def test_two_files_with_one_name_in_different_folders_are_two_articles(db, tmp_path):
    for folder, text in (("a", POE), ("b", ROE)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "index.html").write_text(f"<html><body><p>{text.split(chr(10) * 2)[1]}</p></body>")

    message, _, _ = run(tmp_path / "a" / "index.html", tmp_path / "b" / "index.html")
    again, out, _ = run(tmp_path / "b" / "index.html")

    assert message == again == ""
    assert Article.objects.filter(filename="index.html").count() == 2
    assert_both_good_articles_stored()
    assert "unchanged index.html" in out


def test_two_separate_runs_over_same_named_files_do_not_replace_each_other(db, tmp_path):
    for folder, text in (("a", POE), ("b", ROE)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "news.txt").write_text(text)
    run(tmp_path / "a" / "news.txt")
    run(tmp_path / "b" / "news.txt")
    assert Article.objects.count() == 2
    assert_both_good_articles_stored()


def test_one_source_url_in_two_files_is_one_article(db, tmp_path):
    body = ROE.split("\n\n", 1)[1]
    (tmp_path / "one.txt").write_text(f"source https://news.example/roe\ndate 2024-03-05\n\n{body}")
    (tmp_path / "two.txt").write_text(f"source https://news.example/roe\ndate 2024-03-05\n\nUpdated: {body}")
    run(tmp_path / "one.txt")
    run(tmp_path / "two.txt")
    article = Article.objects.get()
    assert (article.identity, article.filename) == ("https://news.example/roe", "two.txt")
    assert article.text.startswith("Updated:")


def test_the_same_file_twice_in_one_run_is_reported_once(db, tmp_path):
    roe = tmp_path / "roe.txt"
    roe.write_text(ROE)
    message, _, err = run(roe, roe)
    assert "same article" in err
    assert Article.objects.count() == 1


def test_a_row_stored_before_identities_is_adopted_not_duplicated(db, tmp_path):
    roe = tmp_path / "roe.txt"
    roe.write_text(ROE)
    run(roe)
    Article.objects.update(identity=None)  # as the migration leaves rows ingested before it

    _, out, _ = run(roe)

    article = Article.objects.get()
    assert article.identity == str(roe)
    assert "unchanged roe.txt" in out


# --- Pages with dates at the calendar's edges -------------------------------------------------


@pytest.mark.parametrize(
    ("date", "precision"),
    [("9999-12-31", "day"), ("9999-12-01", "month"), ("9999-01-01", "year"), ("0001-01-01", "day")],
)
def test_pages_answer_for_a_move_dated_at_the_calendars_edge(client, make_move, date, precision):
    move = make_move("Dana Tanaka", from_org="Initech", to_org="Acme AI")
    move.date, move.date_precision = datetime.date.fromisoformat(date), precision
    move.save()
    org, person = move.to_org.slug, move.person.slug
    for url in [
        f"/organizations/{org}/",
        f"/organizations/{org}/?period=month",
        f"/organizations/{org}/?period=quarter",
        f"/organizations/{org}/flow.csv",
        f"/organizations/{org}/sankey.json",
        f"/embed/organizations/{org}/",
        f"/people/{person}/",
        f"/people/{person}/timeline.json",
        f"/embed/people/{person}/",
        "/",
        "/moves/",
        "/flows/",
        "/feeds/moves/",
    ]:
        assert client.get(url).status_code == 200, url


# --- People left with no public move ----------------------------------------------------------


def public_names(client):
    """Who the public sees: the people directory, a search for them, the home count."""
    listed = {p.name for p in client.get("/people/").context["page"].object_list}
    found = set()
    for _, key, items, _ in client.get("/search/", {"q": "Roe"}).context["groups"]:
        if key == "people":
            found |= {person.name for person, _ in items}
    return listed, found, client.get("/").context["counts"]["people"]


def test_a_person_whose_only_move_a_re_ingest_removed_is_no_longer_public(client, db, tmp_path):
    path = tmp_path / "news.txt"
    path.write_text("date 2024-03-05\n\nJane Roe left Globex Labs in 2021 to join Acme Robotics.\n" + POE[17:])
    run(path)
    assert public_names(client) == ({"Jane Roe", "Richard Poe"}, {"Jane Roe"}, 2)

    path.write_text(POE)  # the article no longer tells of Jane Roe
    run(path)

    assert public_names(client) == ({"Richard Poe"}, set(), 1)
    assert client.get("/people/jane-roe/").status_code == 404
    assert client.get("/people/jane-roe/timeline.json").status_code == 404
    assert client.get("/people/richard-poe/").status_code == 200


def test_a_person_whose_only_move_was_rejected_is_no_longer_public(client, make_move):
    make_move("Jane Roe", from_org="Globex Labs", to_org="Acme Robotics", status="rejected")
    make_move("Richard Poe", from_org="Initech", to_org="Globex Labs")
    assert public_names(client) == ({"Richard Poe"}, set(), 1)
    assert client.get("/people/jane-roe/").status_code == 404
    assert client.get("/embed/people/jane-roe/").status_code == 404
