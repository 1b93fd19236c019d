"""The person page: tenures built from moves, drawn without inventing or hiding anything, and
the chart agreeing with its data table."""

import datetime
import json
import re

from django.urls import reverse

from ingest.loader import refresh_bounds
from timeline.models import Article, Move, Person, Role
from timeline.roles import rebuild_roles


def figure_of(response):
    html = response.content.decode()
    return html, json.loads(re.search(r'id="fig-timeline"[^>]*>(.*?)</script>', html, re.S).group(1))


def test_a_later_join_elsewhere_ends_an_open_tenure_date_unknown(make_move):
    make_move("Ada Example", to_org="Acme AI", kind="join", date="2019")
    make_move("Ada Example", to_org="Globex", kind="join", date="2021-04")
    make_move("Ada Example", to_org="Initech", kind="join", date="2024-01-05")
    rebuild_roles(Person.objects.all())
    roles = {r.organization.name: r for r in Role.objects.select_related("organization")}
    assert roles["Acme AI"].ended and roles["Acme AI"].end_date is None
    assert roles["Globex"].ended and roles["Initech"].is_current  # one job today, not three


def test_a_join_in_the_same_year_does_not_end_a_tenure_it_may_have_preceded(make_move):
    make_move("Ada Example", to_org="Acme AI", kind="join", date="2021")
    make_move("Ada Example", to_org="Globex", kind="join", date="2021-04")
    rebuild_roles(Person.objects.all())
    assert Role.objects.get(organization__name="Acme AI").is_current


def test_the_person_chart_draws_every_tenure_and_move_its_table_lists(client, make_move):
    """Dated, year-only, undated-with-a-bound and undated-without-any-date tenures and moves:
    the chart draws as many tenures as the data table has rows, and a marker per move side."""
    make_move("Ada Example", to_org="Acme AI", kind="join", date="2015-02-01")
    make_move("Ada Example", from_org="Acme AI", to_org="Globex", kind="move", date="2019")
    make_move("Ada Example", to_org="Initech", kind="join")  # undated, bounded by its source
    bare = make_move("Ada Example", to_org="Hooli", kind="join")
    Article.objects.filter(evidence__move=bare).update(published=None)  # no dated source at all

    refresh_bounds(Move.objects.values_list("pk", flat=True))
    rebuild_roles(Person.objects.all())
    response = client.get(reverse("person_detail", args=["ada-example"]))
    html, figure = figure_of(response)
    table_rows = html.count('<tr class="tenure-row">')
    assert table_rows == Role.objects.count() == 4
    drawn = {c for t in figure["data"] for c in t.get("customdata", []) if c.startswith("tenure:")}
    assert len(drawn) == table_rows
    markers = [c for t in figure["data"] for c in t.get("customdata", []) if c.startswith("#move-")]
    assert len(markers) == 5  # join, move (left + joined), undated join, bare join
    assert "date not stated, by Jan 2025" in html  # the bound, in the list of moves
    assert "start unknown, by Jan 2025" in html  # and in the data table
    # No bar with an unknown end is solid: the Initech and Globex tenures have none.
    solid = next(t for t in figure["data"] if t["name"] == "Tenure (known)")
    assert "Initech" not in solid["y"] and "Hooli" not in solid["y"]


def test_an_embed_caption_does_not_promise_a_list_below(client, make_move):
    make_move("Ada Example", to_org="Acme AI", kind="join", date="2015-02-01")
    rebuild_roles(Person.objects.all())
    html = client.get(reverse("embed_person", args=["ada-example"])).content.decode()
    assert "jump to the move below" not in html
    assert "open the move and its sources on the site" in html
    assert "1 of the moves drawn are unreviewed" in html
    page = client.get(reverse("person_detail", args=["ada-example"])).content.decode()
    assert "jump to the move below" in page


def test_an_undated_move_is_listed_with_its_bound(client, make_move):
    make_move("Ada Example", to_org="Acme AI", kind="join")
    refresh_bounds(Move.objects.values_list("pk", flat=True))
    assert Move.objects.get().no_later_than == datetime.date(2025, 1, 15)
    html = client.get(reverse("person_detail", args=["ada-example"])).content.decode()
    assert "date not stated, by Jan 2025" in html


def test_a_curators_publication_date_moves_the_bound(admin_client, make_move):
    from timeline import curation

    move = make_move("Ada Example", to_org="Acme AI", kind="join")
    refresh_bounds([move.pk])
    article = Article.objects.get(evidence__move=move)
    article.published = datetime.date(2024, 3, 9)
    article.save()
    curation.reresolve_dates(article)
    move.refresh_from_db()
    assert move.no_later_than == datetime.date(2024, 3, 9) and move.bound_display == "by Mar 2024"
