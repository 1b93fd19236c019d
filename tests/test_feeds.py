"""Atom feeds of new moves, global and per organisation."""

import xml.etree.ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(response):
    root = ET.fromstring(response.content)
    return root, root.findall(f"{ATOM}entry")


def test_the_moves_feed_is_atom_with_evidence_and_person_links(client, make_move):
    move = make_move("Ada Example", "OpenAI", "Anthropic", kind="move", date="2022", sentence="Ada left OpenAI.")
    make_move("Zed Rejected", None, "Hooli", status="rejected")
    response = client.get("/feeds/moves/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root, items = entries(response)
    assert len(items) == 1
    entry = items[0]
    assert "Ada Example" in entry.find(f"{ATOM}title").text
    assert "2022" in entry.find(f"{ATOM}title").text
    assert entry.find(f"{ATOM}link").get("href").endswith(f"/people/ada-example/#move-{move.pk}")
    assert "Ada left OpenAI." in entry.find(f"{ATOM}summary").text


def test_the_organisation_feed_has_only_its_moves(client, make_move):
    make_move("Ada Example", "OpenAI", "Anthropic", kind="move")
    make_move("Bo Example", None, "Meta", kind="join")
    response = client.get("/feeds/organizations/openai/")
    root, items = entries(response)
    assert "OpenAI" in root.find(f"{ATOM}title").text
    assert [e.find(f"{ATOM}title").text.split(":")[0] for e in items] == ["Ada Example"]


def test_an_unknown_organisation_feed_is_404(client, db):
    assert client.get("/feeds/organizations/nowhere/").status_code == 404


def test_the_pages_advertise_the_feeds(client, make_move):
    make_move("Ada Example", "OpenAI", "Anthropic", kind="move")
    html = client.get("/organizations/openai/").content.decode()
    assert 'type="application/atom+xml"' in html and 'href="/feeds/organizations/openai/"' in html
