"""What keeps the directories and the admin move list in proportion to a page, not to the moves:
the per-person move summary kept by triggers, the indexes the sorts walk, and the admin search
that reads indexes and leaves out words that filter nothing (issues 9 and 11)."""

import datetime

import pytest
from django.contrib import admin
from django.db import connection
from django.db.models import Count, Max
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from timeline import summary
from timeline.models import Move, Person, PersonMoveSummary
from timeline.views_directory import DIRECTORIES

CHANGELIST = reverse("admin:timeline_move_changelist")


def summary_of(name):
    row = PersonMoveSummary.objects.get(person__name=name)
    return row.moves, row.n_in, row.n_out, row.latest, row.name


def expected_summaries():
    """Every person's row as counted from the moves themselves (what the triggers must keep)."""
    visible = Move.objects.visible().order_by().values_list("person_id")
    counted = visible.annotate(n=Count("id"), i=Count("to_org"), o=Count("from_org"), latest=Max("date"))
    return {pk: (n, i, o, latest) for pk, n, i, o, latest in counted}


def kept_summaries():
    rows = PersonMoveSummary.objects.filter(moves__gt=0)
    return {r.person_id: (r.moves, r.n_in, r.n_out, r.latest) for r in rows}


# --- the per-person summary ------------------------------------------------------------------


def test_the_summary_follows_every_change_to_a_persons_moves(make_move):
    first = make_move("Jane Roe", None, "Acme AI", "join", date="2019")
    newest = make_move("Jane Roe", "Acme AI", "Globex", "move", date="2023-05")
    assert summary_of("Jane Roe") == (2, 2, 1, datetime.date(2023, 5, 1), "Jane Roe")

    newest.status = Move.Status.REJECTED
    newest.save()
    assert summary_of("Jane Roe") == (1, 1, 0, datetime.date(2019, 1, 1), "Jane Roe")

    newest.status = Move.Status.CONFIRMED
    newest.save()
    newest.delete()  # the newest gone: the next newest is the latest
    assert summary_of("Jane Roe") == (1, 1, 0, datetime.date(2019, 1, 1), "Jane Roe")

    first.date, first.date_precision = None, "unknown"
    first.save()
    assert summary_of("Jane Roe") == (1, 1, 0, None, "Jane Roe")


def test_the_summary_follows_a_move_given_to_another_person_a_rename_and_a_deletion(make_move):
    move = make_move("Jane Roe", None, "Acme AI", date="2020")
    make_move("John Doe", None, "Globex", date="2018")
    move.person = Person.objects.get(name="John Doe")
    move.save()
    assert summary_of("Jane Roe")[:4] == (0, 0, 0, None)
    assert summary_of("John Doe")[:4] == (2, 2, 0, datetime.date(2020, 1, 1))

    john = Person.objects.get(name="John Doe")
    john.name = "John Q. Doe"
    john.save()
    assert summary_of("John Q. Doe")[4] == "John Q. Doe"

    john.moves.all().delete()
    john.delete()
    assert not PersonMoveSummary.objects.filter(person_id=john.pk).exists()


def test_a_recount_gives_what_the_triggers_kept(make_move):
    for i in range(6):
        make_move(f"Person {i % 3}", f"From {i % 2}", f"To {i}", "move", date=f"20{10 + i}")
    make_move("Person 0", None, "To 9", status="rejected", date="2030")
    kept = kept_summaries()
    assert kept == expected_summaries()

    summary.recount()

    assert kept_summaries() == kept


# --- the people directory --------------------------------------------------------------------


def directory_names(client, sort):
    rows = client.get("/people.json", {"sort": sort}).json()["rows"]
    return [row["name"] for row in rows]


def test_people_sorted_by_latest_move_newest_first_ties_by_name_undated_last(client, make_move):
    make_move("Cara Undated", None, "Acme AI")
    make_move("Bea Tied", None, "Acme AI", date="2024-03")
    make_move("Abe Tied", None, "Globex", date="2024-03")
    make_move("Dan Old", None, "Acme AI", date="2001")
    make_move("Eve Rejected", None, "Acme AI", date="2030", status="rejected")

    assert directory_names(client, "-latest") == ["Abe Tied", "Bea Tied", "Dan Old", "Cara Undated"]
    assert directory_names(client, "latest") == ["Dan Old", "Abe Tied", "Bea Tied", "Cara Undated"]


def test_people_sorted_by_moves_in_and_out_count_visible_moves_only(client, make_move):
    make_move("Ann Many", None, "Acme AI")
    make_move("Ann Many", "Acme AI", "Globex", "move")
    make_move("Ann Many", "Globex", "Initech", "move", status="rejected")
    make_move("Bob Few", "Globex", None, "leave")

    rows = {r["name"]: r for r in client.get("/people.json", {"sort": "-moves_in"}).json()["rows"]}
    assert list(rows) == ["Ann Many", "Bob Few"]
    assert (rows["Ann Many"]["moves_in"], rows["Ann Many"]["moves_out"]) == (2, 1)
    assert directory_names(client, "-moves_out") == ["Ann Many", "Bob Few"]  # 1 and 1: by name


def query_plan(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            return "\n".join(str(row[-1]) for row in cursor.fetchall())
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.mark.parametrize(
    "sort, index",
    [
        ("-latest", "timeline_personsummary_latest"),
        ("-moves_in", "timeline_personsummary_in"),
        ("-moves_out", "timeline_personsummary_out"),
    ],
)
def test_a_directory_page_walks_the_summary_index_instead_of_sorting_every_person(make_move, sort, index):
    for i in range(3):
        make_move(f"Person {i}", None, "Acme AI", date=f"201{i}")
    _, page = DIRECTORIES["people"].page({"sort": sort, "q": "", "page": 1})
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":  # a few rows: only turning the other ways off says which is used
            cursor.execute("SET enable_seqscan = off")
            cursor.execute("SET enable_sort = off")
        try:
            plan = query_plan(page.paginator.object_list[:50])
        finally:
            if connection.vendor == "postgresql":
                cursor.execute("RESET enable_seqscan")
                cursor.execute("RESET enable_sort")
    assert index in plan, plan
    assert "TEMP B-TREE" not in plan and "Sort" not in plan, plan


def test_a_later_page_reads_its_ids_first_then_only_those_peoples_latest_organisation(client, make_move):
    for i in range(60):
        make_move(f"Person {i:02}", None, f"Org {i}", date=f"20{i % 20 + 10}")
    with CaptureQueriesContext(connection) as queries:
        rows = client.get("/people.json", {"sort": "-latest", "page": 2}).json()["rows"]
    assert len(rows) == 10 and all(r["latest_organization"] for r in rows)
    context = [q["sql"] for q in queries.captured_queries if '"latest_org"' in q["sql"]]
    assert len(context) == 1 and "OFFSET" not in context[0] and '"timeline_person"."id" IN (' in context[0]


def test_a_directory_page_costs_the_same_queries_for_5_and_50_people(client, make_move, django_assert_num_queries):
    for i in range(5):
        make_move(f"Person {i}", None, f"Org {i}", date="2020")
    with CaptureQueriesContext(connection) as few:
        client.get("/people/", {"sort": "-latest"})
    for i in range(5, 50):
        make_move(f"Person {i}", None, f"Org {i}", date="2021")
    with django_assert_num_queries(len(few)):
        client.get("/people/", {"sort": "-latest"})


def article_moves():
    from timeline.models import ArticleMoveSummary

    return dict(ArticleMoveSummary.objects.values_list("title", "moves"))


def test_every_article_has_its_count_of_visible_moves_kept_by_triggers(make_move):
    from timeline.models import Article, Evidence

    shared = Article.objects.create(filename="s.txt", title="Shared", text="A. B.", content_hash="s")
    empty = Article.objects.create(filename="e.txt", title="Empty", text="Nothing.", content_hash="e")
    one = make_move("Ann Roe", None, "Acme AI", article=shared, sentence="A.")
    two = make_move("Bob Doe", None, "Globex", article=shared, sentence="B.")
    Evidence.objects.create(move=one, article=shared, sentence="B.")  # a second sentence, the same move
    assert article_moves()["Shared"] == 2 and article_moves()["Empty"] == 0

    two.status = Move.Status.REJECTED
    two.save()
    assert article_moves()["Shared"] == 1
    one.evidence.filter(article=shared).update(article=empty)
    assert article_moves() == {"Shared": 0, "Empty": 1}

    shared.title = "Renamed"
    shared.save()
    empty.evidence.all().delete()
    empty.delete()
    assert "Renamed" in article_moves() and "Empty" not in article_moves()
    kept = article_moves()
    summary.recount()
    assert article_moves() == kept


def test_articles_sorted_by_moves_walk_the_summary_index(client, make_move):
    from timeline.models import Article

    big = Article.objects.create(filename="b.txt", title="Big", text="A. B.", content_hash="b")
    make_move("Ann Roe", None, "Acme AI", article=big, sentence="A.")
    make_move("Bob Doe", None, "Globex", article=big, sentence="B.")
    Article.objects.create(filename="n.txt", title="None", text="Nothing.", content_hash="n")

    rows = client.get("/articles.json", {"sort": "-moves"}).json()["rows"]
    assert [r["moves"] for r in rows][:1] == [2] and rows[-1]["moves"] == 0
    assert client.get("/articles.json", {"sort": "-moves"}).json()["page"]["count"] == Article.objects.count()

    _, page = DIRECTORIES["articles"].page({"sort": "-moves", "q": "", "page": 1})
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET enable_seqscan = off")
            cursor.execute("SET enable_sort = off")
        try:
            plan = query_plan(page.paginator.object_list[:50])
        finally:
            if connection.vendor == "postgresql":
                cursor.execute("RESET enable_seqscan")
                cursor.execute("RESET enable_sort")
    assert "timeline_articlesummary_moves" in plan, plan
    assert "TEMP B-TREE" not in plan and "Sort" not in plan, plan


# --- the admin move list and its search ------------------------------------------------------


def search_sql(desk, term):
    with CaptureQueriesContext(connection) as queries:
        html = desk.get(CHANGELIST, {"q": term}).content.decode()
    return html, [q["sql"] for q in queries.captured_queries]


def test_a_word_in_every_persons_name_is_left_out_of_the_search_with_the_same_results(desk, make_move):
    make_move("Ann Lee", None, "Globex", sentence="Ann Lee joined Globex.")
    make_move("Bob Lee", None, "Initech", sentence="Bob Lee joined Initech.")
    make_move("Cy Lee", "Globex", "Initech", "move", sentence="Cy Lee moved on.")

    html, sql = search_sql(desk, "lee globex")

    assert "Ann Lee" in html and "Cy Lee" in html and "Bob Lee" not in html
    moves = [q for q in sql if q.startswith('SELECT COUNT(*) AS "__count" FROM "timeline_move"')]
    assert moves and all("lee" not in q.lower() for q in moves) and all("globex" in q for q in moves)


def test_a_word_in_every_organisations_name_is_left_out_too(desk, make_move):
    make_move("Ann Roe", None, "Globex Labs", sentence="Ann Roe joined.")
    make_move("Bob Doe", None, "Initech Labs", sentence="Bob Doe joined.")

    html, sql = search_sql(desk, "labs roe")

    assert "Ann Roe" in html and "Bob Doe" not in html
    assert not any(
        "labs" in q.lower() for q in sql if q.startswith('SELECT COUNT(*) AS "__count" FROM "timeline_move"')
    )


def test_a_name_is_found_through_its_folded_key_and_aliases(desk, make_move):
    from timeline.models import PersonAlias

    make_move("José Núñez", None, "Acme AI")
    make_move("Other Person", None, "Globex")
    PersonAlias.objects.create(person=Person.objects.get(name="Other Person"), name="Prof. Zed")

    assert "José Núñez" in desk.get(CHANGELIST, {"q": "NUNEZ"}).content.decode()
    html = desk.get(CHANGELIST, {"q": "zed"}).content.decode()
    assert "Other Person" in html and "José Núñez" not in html


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's plan")
def test_the_search_reads_indexes_and_the_full_text_table_never_the_moves_or_sentences(make_move):
    make_move("Jane Roe", None, "Globex", sentence="Jane Roe rejoined Globex.")
    model_admin = admin.site._registry[Move]
    found, _ = model_admin.get_search_results(None, Move.objects.all(), "rejoined roe")
    plan = query_plan(found.order_by("-date", "-id").values("pk")[:100])
    assert "timeline_evidence_fts VIRTUAL TABLE" in plan, plan
    assert "SCAN timeline_move" not in plan and "SCAN timeline_evidence\n" not in plan + "\n", plan
    assert list(found) == list(Move.objects.filter(person__name="Jane Roe"))


def test_the_search_costs_the_same_queries_for_5_and_50_matches(desk, make_move, django_assert_num_queries):
    for i in range(5):
        make_move(f"Person {i}", None, "Acme AI", sentence=f"Person {i} rejoined Acme AI.")
    desk.get(CHANGELIST, {"q": "rejoined acme"})
    with CaptureQueriesContext(connection) as few:
        desk.get(CHANGELIST, {"q": "rejoined acme"})
    for i in range(5, 50):
        make_move(f"Person {i}", None, "Acme AI", sentence=f"Person {i} rejoined Acme AI.")
    with django_assert_num_queries(len(few)):
        html = desk.get(CHANGELIST, {"q": "rejoined acme"}).content.decode()
    assert html.count('class="action-select"') == 50


def test_the_list_reads_its_page_of_ids_then_only_those_rows_with_their_columns(desk, make_move):
    for i in range(3):
        make_move(f"Person {i}", None, "Acme AI", date=f"202{i}")
    with CaptureQueriesContext(connection) as queries:
        html = desk.get(CHANGELIST).content.decode()
    columns = [q["sql"] for q in queries.captured_queries if "first_sentence" in q["sql"]]
    assert len(columns) == 1 and '"timeline_move"."id" IN (' in columns[0]
    assert html.index("Person 2") < html.index("Person 1") < html.index("Person 0")
    assert html.count('name="_selected_action"') == 3


def test_the_organisation_filter_offers_the_most_joined_from_the_move_counts(desk, make_move):
    for i in range(3):
        make_move(f"Person {i}", None, "Big Co")
    make_move("Someone", None, "Small Co")
    make_move("Rejected", None, "Hidden Co", status="rejected")
    with CaptureQueriesContext(connection) as queries:
        html = desk.get(CHANGELIST).content.decode()
    shortlist = html[html.index("organisation (left or joined)") :]
    shortlist = shortlist[: shortlist.index("</ul>")]
    assert shortlist.index("Big Co") < shortlist.index("Small Co")
    assert any(summary.ORG_TABLE in q["sql"] for q in queries.captured_queries)
    assert not any('LEFT OUTER JOIN "timeline_move"' in q["sql"] for q in queries.captured_queries)


def test_search_ranks_only_the_newest_matching_articles(db, monkeypatch):
    from timeline import search
    from timeline.models import Article

    # The oldest mentions the word most (it would rank first), but only the newest two are ranked.
    Article.objects.create(filename="a.txt", title="Espresso", text="espresso espresso espresso.", content_hash="a")
    for name in ("b", "c"):
        Article.objects.create(filename=f"{name}.txt", title=name, text="One espresso.", content_hash=name)
    if connection.vendor == "postgresql":
        Article.objects.filter(filename="a.txt").update(published=datetime.date(2001, 1, 1))
        Article.objects.exclude(filename="a.txt").update(published=datetime.date(2020, 1, 1))
    assert search.search_articles("espresso", 5)[0][0].filename == "a.txt"

    monkeypatch.setattr(search, "RANK_CANDIDATES", 2)

    assert sorted(a.filename for a, _ in search.search_articles("espresso", 5)) == ["b.txt", "c.txt"]
