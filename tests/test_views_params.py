"""Every option of every view is a query parameter parsed by a form: a bad value is a 400
that names the parameter, never a 500."""

import pytest

BAD = [
    ("/", "start", "2022-13"),
    ("/", "end", "last year"),
    ("/", "n", "1"),
    ("/", "n", "51"),
    ("/", "n", "ten"),
    ("/", "confirmed", "maybe"),
    ("/search/", "q", "x" * 201),
    ("/people/ada-example/", "confirmed", "yes please"),
    ("/people/ada-example/timeline.json", "confirmed", "2"),
    ("/organizations/acme-ai/", "period", "week"),
    ("/organizations/acme-ai/", "start", "20"),
    ("/organizations/acme-ai/flow.csv", "period", "decade"),
    ("/organizations/acme-ai/sankey.json", "end", "2022-02-30"),
    ("/organizations/acme-ai/", "end", "9999"),
    ("/organizations/acme-ai/flow.csv", "start", "0001"),
    ("/flows/", "start", "1066"),
    ("/moves/", "kind", "teleport"),
    ("/moves/", "status", "rejected"),
    ("/moves/", "article", "abc"),
    ("/moves/", "article", "99999"),
    ("/moves/", "sort", "password"),
    ("/moves/", "page", "0"),
    ("/moves/", "page", "two"),
    ("/moves/", "undated", "perhaps"),
    ("/flows/", "n", "0"),
    ("/flows/", "n", "1000"),
    ("/flows.json", "start", "yesterday"),
    ("/embed/flows/", "n", "-3"),
    ("/embed/organizations/acme-ai/", "chart", "pie"),
    ("/embed/people/ada-example/", "confirmed", "on"),
    ("/moves.json", "sort", "password"),
    ("/people/", "sort", "password"),
    ("/organizations.csv", "page", "0"),
]


def assert_names(response, name):
    """A data twin answers in plain text; a page names the parameter inside the site's layout."""
    body = response.content.decode()
    if response.wsgi_request.path.endswith((".json", ".csv")):
        assert response["Content-Type"].startswith("text/plain")
        assert f"Invalid parameter '{name}':" in body
    else:
        assert response["Content-Type"].startswith("text/html")
        assert f'<span class="bad-parameter">{name}</span>' in body
        assert 'class="site-header"' in body


@pytest.mark.parametrize(("path", "name", "value"), BAD)
def test_it_returns_400_naming_the_bad_parameter(client, make_move, path, name, value):
    make_move()
    response = client.get(path, {name: value})
    assert response.status_code == 400
    assert_names(response, name)


def test_it_names_every_bad_parameter_at_once(client, db):
    response = client.get("/moves/", {"period": "x", "start": "soon", "sort": "evil", "page": "-1"})
    body = response.content.decode()
    assert response.status_code == 400
    for name in ("start", "sort", "page"):
        assert_names(response, name)
    assert 'bad-parameter">period<' not in body  # not a parameter of this view: ignored
    assert '<a href="/moves/?period=x">' in body  # the link back drops only the bad ones


def test_it_rejects_a_range_that_ends_before_it_starts(client, make_move):
    make_move()
    response = client.get("/flows/", {"start": "2023", "end": "2022-06"})
    assert response.status_code == 400
    assert_names(response, "end")


def test_it_accepts_a_range_inside_one_year(client, make_move):
    make_move()
    assert client.get("/flows/", {"start": "2022", "end": "2022"}).status_code == 200
    assert client.get("/moves/", {"start": "2022-03", "end": "2022-03-31"}).status_code == 200


def test_it_ignores_unknown_parameters_and_empty_values(client, make_move):
    make_move()
    assert client.get("/", {"utm_source": "x", "start": "", "n": ""}).status_code == 200
    assert client.get("/moves/", {"person": "", "kind": "", "page": ""}).status_code == 200


def test_a_bad_parameter_in_an_htmx_request_is_still_a_400(client, make_move):
    make_move()
    response = client.get("/organizations/acme-ai/", {"period": "fortnight"}, headers={"HX-Request": "true"})
    assert response.status_code == 400
    assert "Invalid parameter 'period'" in response.content.decode()


def test_the_pages_only_answer_get_and_head(client, make_move):
    make_move()
    assert client.post("/moves/").status_code in (403, 405)
    assert client.head("/flows/").status_code == 200


def test_it_refuses_a_range_of_more_periods_than_a_chart_can_show(client, make_move):
    make_move(to_org="Acme AI", date="2020")
    response = client.get("/organizations/acme-ai/", {"start": "1900", "end": "2100", "period": "month"})
    assert response.status_code == 400
    assert_names(response, "period")
    assert client.get("/organizations/acme-ai/", {"start": "1900", "end": "2100"}).status_code == 200
