"""Reading article files: headers, titles, HTML, and files that must be refused."""

import datetime
import os
from pathlib import Path

import pytest

from ingest.articles import MAX_BYTES, ArticleError, parse_article_bytes, read_article

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def parse(text: str, filename: str = "a.txt"):
    return parse_article_bytes(text.encode("utf-8"), filename)


def test_it_reads_header_lines_in_any_order():
    article = parse("Title  Big move\nsource https://example.com/x\nDATE 2024-03-19\n\nBody text here.\n")
    assert article.title == "Big move"
    assert article.source_url == "https://example.com/x"
    assert article.published == datetime.date(2024, 3, 19)
    assert article.text == "Body text here.\n"


def test_it_accepts_an_inline_date_header():
    article = parse(" date 2026-02-24 Differences over the vision: those were the reasons.\n\nMore.")
    assert article.published == datetime.date(2026, 2, 24)
    assert article.text.startswith("Differences over the vision")


def test_it_accepts_a_date_header_alone():
    article = parse("date 2025-01-02\n\nJane Roe joins Acme.")
    assert article.published == datetime.date(2025, 1, 2)
    assert article.text == "Jane Roe joins Acme."


@pytest.mark.parametrize("header", ["date 2026-13-45\n\nText.", "date 2026-02-30 Text on the same line."])
def test_it_rejects_an_invalid_header_date(header):
    with pytest.raises(ArticleError, match=r"a\.txt: invalid date header '2026-"):
        parse(header)


def test_prose_that_starts_like_a_header_stays_prose():
    article = parse("Date night at the lab is over.\nJane Roe left Acme.")
    assert article.published is None
    assert article.text.startswith("Date night")


def test_it_takes_a_short_first_line_as_title_but_keeps_it_in_the_text():
    article = parse("Jane Roe joins Acme\n\nJane Roe has joined Acme.")
    assert article.title == "Jane Roe joins Acme"
    assert article.text.startswith("Jane Roe joins Acme\n")


def test_a_long_first_line_is_not_a_title():
    article = parse("word " * 60 + "\nSecond line.")
    assert article.title == ""


def test_offsets_point_into_the_body_after_the_headers():
    article = parse("date 2024-01-01\ntitle T\n\nJane Roe left Acme.")
    assert article.text[0:8] == "Jane Roe"


def test_an_undated_file_has_no_publication_date_whatever_its_mtime(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Jane Roe left Acme in 2021.", encoding="utf-8")
    os.utime(path, (1_700_000_000, 1_700_000_000))
    assert read_article(path).published is None


def test_it_reduces_html_to_its_text():
    html = """<html><head><title>Jane Roe joins Acme</title>
    <meta property="article:published_time" content="2024-06-19T17:04:00Z">
    <style>p { color: red }</style><script>var x = "Jane Roe left";</script></head>
    <body><nav>Home</nav><h1>Jane Roe joins Acme</h1><p>First &amp; second.</p><p>Another<br>line.</p>
    <footer>(c) 2024</footer></body></html>"""
    article = parse(html, "a.html")
    assert article.title == "Jane Roe joins Acme"
    assert article.published == datetime.date(2024, 6, 19)
    assert article.text == "Jane Roe joins Acme\nFirst & second.\nAnother\nline.\n"


def test_html_header_lines_in_the_page_text_are_read_too():
    article = parse("<p>date 2024-05-01</p><p></p><p>Jane Roe left Acme.</p>", "a.htm")
    assert article.published == datetime.date(2024, 5, 1)


@pytest.mark.parametrize(
    ("raw", "name", "reason"),
    [
        (b"Jane\x00Roe", "a.txt", "binary content"),
        ("Café".encode("latin-1"), "a.txt", "not UTF-8"),
        (b"", "a.txt", "empty article"),
        (b"  \n\t\n", "a.md", "empty article"),
        (b"Jane Roe left Acme.", "a.pdf", "unsupported file type '.pdf'"),
        (b"Jane Roe left Acme.", "README", "unsupported file type '(none)'"),
        (b"date 2024-01-01\n\n", "a.txt", "headers but no text"),
        (b"<script>x()</script>", "a.html", "no text"),
    ],
)
def test_it_refuses_files_that_are_not_articles(raw, name, reason):
    with pytest.raises(ArticleError) as excinfo:
        parse_article_bytes(raw, name)
    assert str(excinfo.value).startswith(f"{name}: ")
    assert reason in str(excinfo.value)
    assert excinfo.value.filename == name


def test_it_refuses_a_file_over_the_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (MAX_BYTES + 1))
    with pytest.raises(ArticleError, match="big.txt: file is .* over the 2097152-byte limit"):
        read_article(path)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="no seeds folder")
def test_it_reads_every_seed_article():
    articles = [read_article(p) for p in sorted(SEEDS.iterdir()) if p.suffix == ".txt"]
    assert len(articles) == 4
    assert [a.published for a in articles] == [None, None, None, datetime.date(2026, 2, 24)]
    assert articles[0].title == "OpenAI co-founder Andrej Karpathy joins Anthropic"
