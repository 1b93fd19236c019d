"""The moves explorer takes names, not slugs: a name or an alias filters, a name that matches
nothing says so and suggests the nearest names; autocomplete options; JSON/CSV twins."""

import csv
import io
import json

import pytest

from timeline.models import Organization, OrganizationAlias


@pytest.fixture
def moves(make_move):
    make_move("Yann LeCun", None, "Meta", "join", date="2013-12")
    make_move("Joelle Pineau", "Meta", "Cohere", "move", date="2025")
    make_move("Ilya Sutskever", "Google", "OpenAI", "move", date="2015")
    make_move("Mira Murati", "OpenAI", None, "leave", date="2024-09")


def people_listed(response):
    return [row["person"] for row in json.loads(response.content)["rows"]]


def test_typing_meta_filters_by_meta(client, moves):
    html = client.get("/moves/", {"org": "Meta"}).content.decode()
    assert "2 moves" in html and "Organisation: <a" in html
    assert "Yann LeCun" in html and "Joelle Pineau" in html and "Ilya Sutskever" not in html
    assert "No such organization" not in html


def test_a_name_is_matched_whatever_its_case_and_an_alias_finds_its_record(client, moves):
    OrganizationAlias.objects.create(organization=Organization.objects.get(name="Meta"), name="Facebook AI Research")
    assert people_listed(client.get("/moves.json", {"to_org": "facebook ai research"})) == ["Yann LeCun"]
    assert people_listed(client.get("/moves.json", {"from_org": "META"})) == ["Joelle Pineau"]
    assert people_listed(client.get("/moves.json", {"person": "ilya sutskever"})) == ["Ilya Sutskever"]


def test_links_from_the_charts_still_carry_slugs(client, moves):
    Organization.objects.create(name="Meta Platforms", slug="meta-2")
    assert people_listed(client.get("/moves.json", {"org": "meta-2"})) == []
    assert set(people_listed(client.get("/moves.json", {"org": "meta"}))) == {"Yann LeCun", "Joelle Pineau"}


def test_a_name_that_matches_nothing_says_so_and_suggests_the_nearest(client, moves):
    response = client.get("/moves/", {"org": "Metta", "kind": "move"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "No organisation matches “Metta”." in html
    assert '<a href="/moves/?org=Meta&amp;kind=move">Meta</a>' in html
    assert "0 moves" in html  # not the unfiltered list


def test_a_typo_in_a_persons_name_finds_them(client, moves):
    html = client.get("/moves/", {"person": "Ilya Sutskevr"}).content.decode()
    assert "No person matches “Ilya Sutskevr”." in html and ">Ilya Sutskever</a>" in html


def test_the_data_twin_answers_a_name_that_matches_nothing_with_a_plain_400(client, moves):
    response = client.get("/moves.csv", {"org": "Metta"})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert "Invalid parameter 'org': No organisation matches “Metta”. Nearest names: Meta." in response.content.decode()


def test_the_autocomplete_offers_names_as_options(client, moves):
    response = client.get("/names/organizations/", {"org": "ope"})
    assert response.content.decode().strip() == '<option value="OpenAI"></option>'
    assert '<option value="Meta">' in client.get("/names/organizations/", {"q": "mea"}).content.decode()  # typo
    assert client.get("/names/people/", {"person": "m"}).content.decode().strip() == ""  # one letter: nothing


def test_the_explorer_form_is_a_plain_field_with_htmx_suggestions(client, moves):
    html = client.get("/moves/").content.decode()
    assert '<input type="text" name="org" id="id_org"' in html
    assert 'list="id_org-names" hx-get="/names/organizations/"' in html
    assert '<datalist id="id_org-names"></datalist>' in html


def test_the_explorer_twins_hold_the_page_shown(client, moves):
    body = json.loads(client.get("/moves.json", {"sort": "person"}).content)
    assert [r["person"] for r in body["rows"]] == ["Ilya Sutskever", "Joelle Pineau", "Mira Murati", "Yann LeCun"]
    first = body["rows"][0]
    assert first["from_org"] == "Google" and first["date"] == "2015" and first["date_precision"] == "year"
    assert first["person_url"].startswith("http://testserver/people/ilya-sutskever/")
    assert body["page"]["count"] == 4
    rows = list(csv.DictReader(io.StringIO(client.get("/moves.csv", {"sort": "person"}).content.decode())))
    assert [r["person"] for r in rows] == [r["person"] for r in body["rows"]]
    html = client.get("/moves/", {"sort": "person"}).content.decode()
    assert 'href="/moves.json?sort=person"' in html and 'href="/moves.csv?sort=person"' in html


def test_a_name_filter_costs_the_same_queries_however_many_moves(client, make_move, django_assert_num_queries):
    make_move("Yann LeCun", None, "Meta", "join")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get("/moves/", {"org": "Meta"})
    for i in range(60):
        make_move(f"Person {i}", "Meta", f"Org {i % 5}", "move")
    with django_assert_num_queries(len(few)):
        client.get("/moves/", {"org": "Meta"})


def test_the_autocomplete_also_answers_in_plain_text(client, moves):
    response = client.get("/names/organizations/", {"format": "text", "org": "ope"})
    assert response.content.decode() == "OpenAI"
