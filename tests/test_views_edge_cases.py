"""Cases found by looking at the pages as a user: accents in search, year-only dates in a
range, charts with nothing to draw, and chart clicks that must only follow real links."""

from timeline import charts
from timeline.models import Move, Organization
from timeline.queries import in_range, organization_flow


def test_search_finds_names_without_their_accents(client, make_move):
    make_move("José María Álvarez", to_org="Ñandú Robótica")
    html = client.get("/search/", {"q": "alvarez"}).content.decode()
    assert "José María Álvarez" in html
    assert "Ñandú Robótica" in client.get("/search/", {"q": "nandu"}).content.decode()


def test_admin_search_finds_names_without_their_accents(admin_client, make_move):
    make_move("José María Álvarez", to_org="Acme AI")
    html = admin_client.get("/admin/timeline/move/", {"q": "alvarez"}).content.decode()
    assert "José María Álvarez" in html


def test_a_year_only_move_is_inside_a_range_that_starts_later_that_year(make_move):
    year_only = make_move(to_org="Acme AI", date="2024")
    month = make_move("Bo Example", to_org="Acme AI", date="2024-02")
    day = make_move("Cy Example", to_org="Acme AI", date="2024-02-20")
    picked = set(in_range(Move.objects.all(), start=(year_only.date.replace(month=3), "month")))
    assert picked == {year_only}
    picked = set(in_range(Move.objects.all(), start=(day.date.replace(day=10), "day")))
    assert picked == {year_only, month, day}


def test_an_empty_chart_says_so_instead_of_drawing_axes(client, make_move):
    make_move(to_org="Acme AI", date="2020")
    html = client.get("/organizations/acme-ai/", {"start": "2024", "confirmed": "1"}).content.decode()
    assert "Nothing to draw" in html
    assert 'id="chart-flow"' not in html
    html = client.get("/organizations/acme-ai/").content.decode()
    assert 'id="chart-flow"' in html


def test_a_flow_chart_links_only_its_bars(make_move):
    make_move(to_org="Acme AI", date="2020")
    flow = organization_flow(Organization.objects.get(name="Acme AI"), "year")
    figure = charts.organization_flow_figure(
        flow["rows"], "year", lambda row, direction, year_only=False: "/moves/?x=1"
    )
    net = next(t for t in figure["data"] if t["name"] == "Net")
    assert "customdata" not in net and net["text"] == ["2020"]
    assert figure["layout"]["xaxis"]["tickformat"] == "%Y"


def test_article_sentence_numbers_follow_the_text(client, make_move):
    from timeline.models import Article

    first, second = "Ada Example left Globex for Acme AI.", "Bo Example joined Initech."
    article = Article.objects.create(filename="a.txt", text=f"{first} {second}", content_hash="x")
    make_move("Bo Example", to_org="Initech", article=article, sentence=second)
    make_move("Ada Example", from_org="Globex", to_org=None, kind="leave", article=article, sentence=first)
    make_move("Ada Example", to_org="Acme AI", article=article, sentence=first)
    html = client.get(article.get_absolute_url()).content.decode()
    assert html.count("sentence 1</a>") == 2 and html.count("sentence 2</a>") == 1
    assert '<sup class="evidence-number">1</sup>' in html


def test_data_twins_link_their_sources_with_absolute_addresses(client, make_move):
    make_move(to_org="Acme AI", date="2020")
    rows = client.get("/people/ada-example/timeline.json").json()["rows"]
    assert rows and all(r["source_url"].startswith("http://testserver/articles/") for r in rows if r["source_url"])
    assert "http://testserver/articles/" in client.get("/people/ada-example/timeline.csv").content.decode()
