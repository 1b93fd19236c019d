"""/people/, /organizations/, /articles/: filtered by name, sorted, paginated, with JSON/CSV
twins of the page shown, at a constant number of queries."""

import csv
import io
import json

import pytest

from timeline.models import OrganizationAlias
from timeline.views_directory import PER_PAGE


@pytest.fixture
def careers(make_move):
    make_move("Ada Lovelace", "Analytical Engines", "OpenAI", "move", date="2021-03")
    make_move("Ada Lovelace", "OpenAI", "Anthropic", "move", date="2023")
    make_move("Grace Hopper", None, "OpenAI", "join", date="2019")
    make_move("Alan Turing", "OpenAI", None, "leave", date="2022-05-01")
    make_move("Zed Rejected", None, "Hooli", "join", date="2020", status="rejected")


def names_in(html, selector="directory-table"):
    import re

    table = html[html.index(selector) :]
    return re.findall(r'<tr>\s*<td><a href="/[a-z]+/[\w-]+/">([^<]+)</a></td>', table)


def test_the_people_directory_lists_everyone_a_to_z_by_default(client, careers):
    html = client.get("/people/").content.decode()
    assert names_in(html) == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]  # Zed: every move rejected
    assert "Anthropic</a> · " not in html  # no role known
    assert '<a href="/organizations/anthropic/">Anthropic</a>' in html  # Ada's latest organisation


def test_a_directory_sorts_by_moves_out_most_first_and_flips_on_a_second_click(client, careers):
    html = client.get("/organizations/?sort=-moves_out").content.decode()
    assert names_in(html)[:2] == ["OpenAI", "Analytical Engines"]  # 2 out, then 1
    assert '?sort=moves_out"' in html  # the active column's link flips the order
    ascending = client.get("/organizations/?sort=moves_out").content.decode()
    assert names_in(ascending)[-1] == "OpenAI"


def test_rejected_moves_count_nowhere(client, careers, make_move):
    make_move("Zed Rejected", None, "OpenAI", "join", date="2024", status="rejected")
    openai = next(r for r in json.loads(client.get("/organizations.json").content)["rows"] if r["name"] == "OpenAI")
    assert (openai["moves_in"], openai["moves_out"], openai["latest_move_year"]) == (2, 2, 2023)
    # Someone (or something) known only from rejected moves is not listed at all.
    assert json.loads(client.get("/organizations.json?q=hooli").content)["rows"] == []


def test_a_directory_sorts_by_latest_move_newest_first_undated_last(client, careers, make_move):
    make_move("Undated Person", None, "OpenAI", "join")
    rows = json.loads(client.get("/people.json?sort=-latest").content)["rows"]
    assert [r["name"] for r in rows] == ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Undated Person"]
    assert rows[0]["latest_move_year"] == 2023  # the year only: the day may not be known


def test_the_name_filter_folds_case_and_accents_and_reads_aliases(client, careers, make_move):
    from timeline.models import Organization

    OrganizationAlias.objects.create(
        organization=Organization.objects.get(name="Analytical Engines"), name="Babbage Works"
    )
    assert names_in(client.get("/organizations/?q=BABBAGE").content.decode()) == ["Analytical Engines"]
    make_move("José Álvarez", None, "OpenAI", "join")
    assert names_in(client.get("/people/?q=alvarez").content.decode()) == ["José Álvarez"]


def test_a_directory_is_paginated_and_a_page_past_the_end_shows_the_last(client, make_move):
    for i in range(PER_PAGE + 5):
        make_move(f"Person {i:03d}", None, "Acme AI", "join")
    first = client.get("/people/").content.decode()
    assert len(names_in(first)) == PER_PAGE
    assert "Page 1 of 2" in first and 'href="/people/?page=2"' in first
    last = client.get("/people/?page=9").content.decode()
    assert names_in(last) == [f"Person {i:03d}" for i in range(PER_PAGE, PER_PAGE + 5)]


def test_the_twins_hold_exactly_the_page_shown(client, careers):
    body = json.loads(client.get("/people.json?sort=-moves_in&page=1").content)
    assert body["parameters"] == {"sort": "-moves_in", "page": "1"}
    assert body["page"] == {"number": 1, "pages": 1, "count": 3}
    assert body["rows"][0]["name"] == "Ada Lovelace" and body["rows"][0]["moves_in"] == 2
    response = client.get("/people.csv?sort=-moves_in")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [r["name"] for r in rows] == [r["name"] for r in body["rows"]]


def test_the_articles_directory_shows_date_outlet_and_moves(client, careers):
    from timeline.models import Article

    Article.objects.filter(evidence__move__person__name="Ada Lovelace", evidence__move__date__year=2021).update(
        source_url="https://www.reuters.com/tech/x", title="Ada moves"
    )
    html = client.get("/articles/?sort=-moves").content.decode()
    assert "reuters.com" in html and "Ada moves" in html
    rows = json.loads(client.get("/articles.json?q=ada").content)["rows"]
    assert rows[0]["outlet"] == "reuters.com" and rows[0]["moves"] == 1


def test_htmx_gets_only_the_results(client, careers):
    response = client.get("/people/?sort=name", headers={"HX-Request": "true"})
    assert response.content.decode().lstrip().startswith('<div id="directory-results">')


@pytest.mark.parametrize(
    "url",
    [
        "/people/?sort=-latest",
        "/organizations/?sort=-moves_in&q=org",
        "/articles/?sort=-moves",
        "/people.json",
        "/organizations.csv?sort=-latest",
    ],
)
def test_a_directory_costs_the_same_queries_however_many_rows(client, make_move, django_assert_num_queries, url):
    def fill(n, start):
        for i in range(start, start + n):
            make_move(f"Person {i}", f"Org {i % 7}", f"Org {(i + 1) % 7}", "move", date=f"{2000 + i % 20}")

    fill(5, 0)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    fill(80, 5)
    with django_assert_num_queries(len(few)):
        assert client.get(url).status_code == 200
    assert len(few) <= 3
