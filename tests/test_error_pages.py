"""400, 404 and 500 pages in the site's layout for browsers; plain answers for data twins and
htmx swaps (which show the message beside their form)."""

import pytest
from django.test import Client

LAYOUT = 'class="site-header"'


def test_a_bad_parameter_is_a_page_naming_it_with_a_link_without_it(client, make_move):
    make_move()
    response = client.get("/moves/", {"start": "soon", "kind": "join", "sort": "person"})
    html = response.content.decode()
    assert response.status_code == 400
    assert LAYOUT in html and "<title>Bad request · AI career moves</title>" in html
    assert '<span class="bad-parameter">start</span>: Enter a date as YYYY, YYYY-MM or YYYY-MM-DD (got soon).' in html
    assert '<a href="/moves/?kind=join&amp;sort=person">Show the page without it</a>' in html


@pytest.mark.parametrize("url", ["/moves.json?start=soon", "/people.csv?sort=bad", "/flows.json?n=0"])
def test_a_data_twin_keeps_its_plain_400(client, make_move, url):
    response = client.get(url)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert response.content.decode().startswith("Invalid parameter '")


def test_an_htmx_request_keeps_the_plain_400_for_the_form(client, make_move):
    response = client.get("/moves/", {"page": "0"}, headers={"HX-Request": "true"})
    assert response.status_code == 400 and response["Content-Type"].startswith("text/plain")


def test_a_missing_page_is_a_404_in_the_layout(client, db):
    for url in ("/people/nobody/", "/no/such/page/", "/articles/999/"):
        response = client.get(url)
        assert response.status_code == 404
        html = response.content.decode()
        assert LAYOUT in html and "Page not found" in html and 'href="/search/"' in html


def test_a_missing_twin_is_a_plain_404(client, db):
    response = client.get("/people/nobody/timeline.json")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/plain")


def test_a_server_error_is_a_500_in_the_layout(db, monkeypatch):
    from timeline import views_directory

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(views_directory.Directory, "page", broken)
    response = Client(raise_request_exception=False).get("/people/")
    assert response.status_code == 500
    html = response.content.decode()
    assert LAYOUT in html and "Something went wrong" in html and "boom" not in html
    twin = Client(raise_request_exception=False).get("/people.json")
    assert twin.status_code == 500 and twin["Content-Type"].startswith("text/plain")
