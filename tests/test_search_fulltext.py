"""Full-text search with the database's own engine (FTS5 on SQLite, tsvector + GIN on
PostgreSQL), names with typo tolerance (difflib on SQLite, pg_trgm on PostgreSQL). Runs on
both: `make test` repeats it on PostgreSQL."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from timeline import search
from timeline.models import Article, Evidence, Move

BODY = (
    "Headline\n\nAndrej Karpathy left OpenAI for Tesla in June 2017.\n\n"
    "The lab's espresso machine, a gleaming Italian contraption, was the envy of the valley."
)


@pytest.fixture
def article(make_move):
    article = Article.objects.create(
        filename="k.txt", title="Karpathy to Tesla", text=BODY, content_hash="h", source_url="https://www.wired.com/x"
    )
    make_move(
        "Andrej Karpathy",
        "OpenAI",
        "Tesla",
        "move",
        date="2017-06",
        article=article,
        sentence="Andrej Karpathy left OpenAI for Tesla in June 2017.",
    )
    return article


def results(client, q, htmx=False):
    headers = {"HX-Request": "true"} if htmx else {}
    return client.get("/search/", {"q": q}, headers=headers).content.decode()


def test_a_word_only_in_an_article_body_finds_that_article_highlighted(client, article):
    html = results(client, "espresso")
    assert f'<a class="result" href="/articles/{article.pk}/">Karpathy to Tesla</a>' in html
    assert "<mark>espresso</mark> machine" in html
    assert "wired.com" in html and "1 move" in html  # the article's outlet and what it gave


def test_words_are_stemmed_and_the_last_one_is_a_prefix(client, article):
    assert "<mark>contraption</mark>" in results(client, "contraptions")
    assert "Karpathy to Tesla" in results(client, "gleaming ital")


def test_evidence_sentences_are_found_with_their_move_and_context(client, article):
    html = results(client, "June 2017 Tesla")
    assert "Andrej Karpathy: moved OpenAI → Tesla" in html
    assert "in <mark>June</mark> <mark>2017</mark>" in html


def test_snippets_are_escaped_before_marks_are_added(client, make_move):
    Article.objects.create(
        filename="x.txt", title="X", text="A <script>alert(1)</script> zebra here.", content_hash="h"
    )
    html = results(client, "zebra")
    assert "<mark>zebra</mark>" in html and "<script>alert" not in html
    if connection.vendor == "sqlite":  # PostgreSQL's headline drops what its parser reads as tags
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_index_follows_edits_and_deletions(client, article):
    Article.objects.filter(pk=article.pk).update(text=BODY.replace("espresso", "kombucha"))
    assert "Karpathy to Tesla" not in results(client, "espresso")
    assert "<mark>kombucha</mark>" in results(client, "kombucha")
    Article.objects.filter(pk=article.pk).delete()
    assert "Nothing found" in results(client, "kombucha")


def test_rejected_moves_sentences_are_not_shown(client, article):
    Move.objects.update(status="rejected")
    assert "Andrej Karpathy: moved" not in results(client, "June 2017")


def test_a_name_with_a_typo_finds_the_person_with_their_latest_organisation(client, article):
    html = results(client, "karpaty")
    assert '<a class="result" href="/people/andrej-karpathy/">Andrej Karpathy</a>' in html
    assert "latest: Tesla" in html


def test_an_organisation_shows_its_counts(client, article):
    assert "0 joined · 1 left" in results(client, "openai")


def test_search_punctuation_cannot_break_the_query(client, article):
    for q in ['"', "AND OR NOT", "*", "a:b", "(", "NEAR(", "espresso)"]:
        assert client.get("/search/", {"q": q}).status_code == 200


def test_live_results_are_a_fragment(client, article):
    assert results(client, "espresso", htmx=True).lstrip().startswith('<div id="search-results"')


def test_the_search_uses_the_engines_index(article):
    with CaptureQueriesContext(connection) as queries:
        search.search_articles("espresso", 5)
        search.evidence_matching("tesla").count()
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    if connection.vendor == "sqlite":
        assert "MATCH" in sql and search.ARTICLE_FTS in sql and search.EVIDENCE_FTS in sql
    else:
        assert "to_tsvector" in sql and "@@" in sql


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL plans")
def test_postgresql_answers_from_the_gin_indexes(article):
    # With sequential and plain index scans off, the planner's only ways to a handful of test rows are a
    # bitmap scan on an index whose condition is the match (the GIN index) or a disabled path. Left with
    # plain index scans on, it may walk the article_id b-tree and filter, which says nothing about GIN.
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        cursor.execute("SET enable_indexscan = off")
        try:
            for qs in (
                Article.objects.annotate(v=search._article_vector()).filter(v=search._pg_query(["espresso"])),
                Evidence.objects.annotate(v=search._evidence_vector()).filter(v=search._pg_query(["tesla"])),
            ):
                plan = qs.order_by().explain()
                assert "_fts" in plan, plan
        finally:
            cursor.execute("SET enable_seqscan = on")
            cursor.execute("SET enable_indexscan = on")
    assert search.nearest_names(__import__("timeline.models").models.Person, "karpaty", 3)


def test_search_costs_the_same_queries_however_many_rows(client, make_move, django_assert_num_queries):
    make_move("Person 0", None, "Acme AI", "join")
    with CaptureQueriesContext(connection) as few:
        client.get("/search/", {"q": "person acme"})
    for i in range(1, 40):
        make_move(f"Person {i}", f"Org {i}", "Acme AI", "move")
    with django_assert_num_queries(len(few)):
        client.get("/search/", {"q": "person acme"})
