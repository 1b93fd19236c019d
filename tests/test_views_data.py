"""JSON and CSV twins of the charts, and the embed views."""

import csv
import io

import pytest

from timeline.models import Move


@pytest.fixture
def moves(make_move):
    return [
        make_move("Ada Example", "OpenAI", "Anthropic", kind="move", date="2022-03-04", status="confirmed"),
        make_move("Bo Example", "OpenAI", "Anthropic", kind="move", date="2022"),
        make_move("Cy Example", "Anthropic", "OpenAI", kind="move", date="2023-07"),
        make_move("Di Example", None, "OpenAI", kind="join"),
        make_move("Ed Example", "OpenAI", "Hooli", kind="move", date="2022-05-01", status="rejected"),
    ]


def rows_of(response):
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_flow_json_is_the_data_behind_the_chart(client, moves):
    response = client.get("/organizations/openai/flow.json?period=year")
    assert response.status_code == 200
    data = response.json()
    assert data["parameters"] == {"period": "year"}
    assert [(r["period"], r["joins"], r["departures"], r["net"]) for r in data["rows"]] == [
        ("2022", 0, 2, -2),
        ("2023", 1, 0, 1),
    ]
    figure_rows = client.get("/organizations/openai/?period=year").context["flow"]["rows"]
    assert data["rows"] == figure_rows


def test_flow_csv_matches_the_json_and_counts_year_only_moves_apart(client, moves):
    json_rows = client.get("/organizations/openai/flow.json?period=quarter").json()["rows"]
    response = client.get("/organizations/openai/flow.csv?period=quarter")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="openai-flow.csv"' in response["Content-Disposition"]
    rows = rows_of(response)
    assert [r["period"] for r in rows] == [r["period"] for r in json_rows]
    q1 = rows[0]
    assert (q1["period"], q1["departures"], q1["departures_year_only"]) == ("2022 Q1", "2", "1")
    assert len(rows) == 7  # 2022 Q1 .. 2023 Q3, without gaps


def test_sankey_twins_list_origins_and_destinations(client, moves):
    rows = client.get("/organizations/openai/sankey.json").json()["rows"]
    assert {"side": "from", "organization": "Anthropic", "slug": "anthropic", "moves": 1} in rows
    assert {"side": "from", "organization": "not stated", "slug": None, "moves": 1} in rows
    assert {"side": "to", "organization": "Anthropic", "slug": "anthropic", "moves": 2} in rows
    assert not any(r["organization"] == "Hooli" for r in rows)
    csv_rows = rows_of(client.get("/organizations/openai/sankey.csv"))
    assert len(csv_rows) == len(rows)


def test_flows_twins_follow_the_query_string(client, moves):
    rows = client.get("/flows.json?n=2&confirmed=1").json()["rows"]
    assert rows == [{"from": "OpenAI", "from_slug": "openai", "to": "Anthropic", "to_slug": "anthropic", "moves": 1}]
    assert rows_of(client.get("/flows.csv?n=2&confirmed=1")) == [
        {"from": "OpenAI", "from_slug": "openai", "to": "Anthropic", "to_slug": "anthropic", "moves": "1"}
    ]


def test_person_timeline_twins_hold_tenures_and_moves(client, moves):
    data = client.get("/people/ada-example/timeline.json").json()
    types = sorted(r["type"] for r in data["rows"])
    assert types == ["joined", "left"]  # no roles were built for this person
    joined = next(r for r in data["rows"] if r["type"] == "joined")
    assert joined["start"] == "2022-03-04" and joined["organization"] == "Anthropic"
    assert rows_of(client.get("/people/ada-example/timeline.csv"))[0]["type"] in ("joined", "left")


def test_the_pages_link_their_twins_with_the_same_query_string(client, moves):
    html = client.get("/flows/?n=4&start=2022").content.decode()
    assert 'href="/flows.json?n=4&amp;start=2022"' in html
    assert 'href="/flows.csv?n=4&amp;start=2022"' in html
    assert 'href="/embed/flows/?n=4&amp;start=2022"' in html


def test_embed_views_may_be_framed_by_any_site(client, moves):
    for url in ("/embed/flows/", "/embed/organizations/openai/?chart=sankey", "/embed/people/ada-example/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "X-Frame-Options" not in response.headers, url
        policy = response.headers["Content-Security-Policy"]
        assert "frame-ancestors *" in policy and "script-src 'self'" in policy, url
        html = response.content.decode()
        assert 'id="fig-embed"' in html and "site-header" not in html, url


def test_full_pages_offer_an_iframe_snippet(client, moves):
    html = client.get("/organizations/openai/?period=month").content.decode()
    assert "&lt;iframe src=&quot;http://testserver/embed/organizations/openai/?period=month" in html or (
        '&lt;iframe src="http://testserver/embed/organizations/openai/?period=month' in html
    )
    assert "<textarea" in html and "readonly" in html


def test_unknown_chart_names_are_404(client, moves):
    assert client.get("/organizations/openai/pie.json").status_code in (400, 404)
    assert client.get("/flows.xml").status_code == 404


def test_rejected_moves_stay_out_of_the_twins(client, moves):
    assert Move.objects.filter(status="rejected").exists()
    assert "Hooli" not in client.get("/flows.csv").content.decode()
    assert "Hooli" not in client.get("/organizations/openai/sankey.csv").content.decode()


def test_month_rows_count_a_year_only_move_in_january_and_mark_it(client, moves):
    rows = client.get("/organizations/openai/flow.json?period=month").json()["rows"]
    assert rows[0]["period"] == "Jan 2022" and rows[-1]["period"] == "Jul 2023"
    assert len(rows) == 19
    assert (rows[0]["departures"], rows[0]["departures_year_only"]) == (1, 1)
    assert rows[2]["period"] == "Mar 2022" and rows[2]["departures"] == 1
    assert rows[-1]["joins"] == 1
