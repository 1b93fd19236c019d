"""Organisations with their units, charts whose every click lists exactly the moves it
counts, integer count ticks, the rolling 12-month net, and links that last after a merge."""

import io
import json
import re
from pathlib import Path

from django.core.management import call_command
from django.urls import reverse

from timeline import charts, curation
from timeline.models import Organization, Person

ROOT = Path(__file__).resolve().parent.parent


def figure(html, name):
    return json.loads(re.search(rf'id="{name}"[^>]*>(.*?)</script>', html, re.S).group(1))


def listed(client, url):
    """How many moves the moves explorer lists at `url`."""
    response = client.get(url)
    assert response.status_code == 200, url
    return response.context["page"].paginator.count


def google_with_units(make_move):
    make_move("Ada Example", from_org="Google DeepMind", to_org="Google", kind="move", date="2024-03")  # internal
    make_move("Bo Example", from_org="OpenAI", to_org="Google DeepMind", kind="move", date="2024-05")
    make_move("Cy Example", from_org="Google", to_org="Anthropic", kind="move", date="2024-07")
    make_move("Di Example", from_org=None, to_org="Google Cloud", kind="join", date="2024")
    make_move("Ed Example", from_org="Meta", to_org="Google", kind="move", date="2023-02")
    make_move("Fy Example", from_org="FAIR", to_org="Google Research", kind="move", date="2023-09")
    google = Organization.objects.get(name="Google")
    Organization.objects.filter(name__in=["Google DeepMind", "Google Cloud", "Google Research"]).update(parent=google)
    Organization.objects.filter(name="FAIR").update(parent=Organization.objects.get(name="Meta"))
    return google


def test_known_units_get_their_parent_on_ingest(db, tmp_path):
    (tmp_path / "a.txt").write_text("date 2025-01-10\n\nAda Lovelace joined Google DeepMind in 2024.\n")
    call_command("ingest", str(tmp_path), stdout=io.StringIO(), stderr=io.StringIO())
    unit = Organization.objects.get(name="Google DeepMind")
    assert unit.parent.name == "Google"


def test_a_parent_with_its_units_counts_moves_among_them_as_internal(client, make_move):
    google = google_with_units(make_move)
    alone = client.get(reverse("organization_detail", args=[google.slug]))
    assert [(r["joins"], r["departures"]) for r in alone.context["flow"]["rows"]] == [(1, 0), (1, 1)]
    grouped = client.get(reverse("organization_detail", args=[google.slug]), {"units": "1"})
    rows = grouped.context["flow"]["rows"]
    # 2023: Meta → Google and FAIR → Google Research; 2024: OpenAI → DeepMind, a join to
    # Google Cloud, Google → Anthropic. DeepMind → Google is internal: neither.
    assert [(r["period"], r["joins"], r["departures"]) for r in rows] == [("2023", 2, 0), ("2024", 2, 1)]
    html = grouped.content.decode()
    assert "Counting Google with its units" in html and "Google DeepMind" in html
    assert grouped.context["internal"] == 1
    sankey = {(r["side"], r["organization"]): r["moves"] for r in grouped.context["sankey"]}
    assert sankey[("from", "Meta")] == 2  # FAIR is counted in Meta, as the explorer's units=1 does
    assert ("from", "Google DeepMind") not in sankey


def test_every_flow_bar_and_sankey_link_lists_exactly_the_moves_it_counts(client, make_move):
    google = google_with_units(make_move)
    for params in ({}, {"units": "1"}, {"units": "1", "period": "month"}, {"period": "quarter"}):
        html = client.get(reverse("organization_detail", args=[google.slug]), params).content.decode()
        for name in ("fig-flow", "fig-sankey"):
            fig = figure(html, name)
            for trace in fig["data"]:
                if trace["type"] == "bar":
                    for url, _, count in trace["customdata"]:
                        if count:
                            assert listed(client, url) == count, (params, trace["name"], url)
                elif trace["type"] == "sankey":
                    for (url, _), value in zip(trace["link"]["customdata"], trace["link"]["value"], strict=True):
                        if url:
                            assert listed(client, url) == value, (params, url)


def test_the_not_stated_sankey_link_lists_only_moves_without_that_side(client, make_move):
    for i in range(3):
        make_move(f"P{i} Example", to_org="Acme AI", kind="join", date="2024")
    make_move("Q Example", from_org="Globex", to_org="Acme AI", kind="move", date="2024")
    html = client.get(reverse("organization_detail", args=["acme-ai"])).content.decode()
    link = figure(html, "fig-sankey")["data"][0]["link"]
    labels = figure(html, "fig-sankey")["data"][0]["node"]["label"]
    i = next(k for k, s in enumerate(link["source"]) if labels[s] == "from: not stated")
    assert link["value"][i] == 3
    assert listed(client, link["customdata"][i][0]) == 3  # not 4: the Globex move has a "from"


def test_count_axes_have_whole_number_ticks():
    assert charts.count_ticks(1)["dtick"] == 1
    assert charts.count_ticks(3)["dtick"] == 1
    assert charts.count_ticks(12)["dtick"] == 5
    assert charts.count_ticks(40)["dtick"] == 10
    rows = [
        {
            "period": "2024",
            "period_start": "2024-01-01",
            "period_end": "2024-12-31",
            "joins": 1,
            "departures": 0,
            "net": 1,
        }
    ]
    yaxis = charts.organization_flow_figure(rows, "year")["layout"]["yaxis"]
    assert yaxis["dtick"] == 1 and yaxis["tickformat"] == "d"


def test_the_rolling_view_sums_twelve_months_and_links_the_window(client, make_move):
    make_move("A Example", to_org="Acme AI", kind="join", date="2023-03")
    make_move("B Example", to_org="Acme AI", kind="join", date="2023-11")
    make_move("C Example", from_org="Acme AI", to_org=None, kind="leave", date="2024-02")
    make_move("D Example", to_org="Acme AI", kind="join", date="2023")  # year only: left out
    response = client.get(reverse("organization_detail", args=["acme-ai"]), {"rolling": "1"})
    rows = {r["period"]: r for r in response.context["flow"]["rows"]}
    assert rows["Feb 2024"]["rolling_net"] == 1  # Mar 2023 to Feb 2024: two joins, one departure
    assert rows["Oct 2023"]["rolling_net"] == 1  # the March join only
    assert rows["Nov 2023"]["rolling_net"] == 2
    trace = figure(response.content.decode(), "fig-flow")["data"][0]
    point = [c for c in trace["customdata"] if c[1] == "12 months to Feb 2024"][0]
    assert listed(client, point[0]) == point[2] + point[3] == 3
    assert "left out of this line" in response.content.decode()
    csv = client.get(reverse("flow_data", args=["acme-ai", "csv"]), {"rolling": "1"}).content.decode()
    assert "rolling_net" in csv.splitlines()[0]


def test_flows_can_group_units_in_their_parent(client, make_move):
    google_with_units(make_move)
    response = client.get(reverse("flows"), {"group": "parent"})
    rows = {(r["from"], r["to"]): r["moves"] for r in response.context["rows"]}
    assert rows[("Meta", "Google")] == 2 and rows[("OpenAI", "Google")] == 1
    assert ("Google DeepMind", "Google") not in rows and ("Google", "Google") not in rows
    for row, url in response.context["links"]:
        assert listed(client, url) == row["moves"]


def test_a_merged_persons_old_address_answers_301(client, make_move):
    make_move("Andrej Karpathy", to_org="OpenAI", kind="join", date="2015")
    make_move("A. Karpathy", to_org="Tesla", kind="join", date="2017")
    keep, other = Person.objects.get(name="Andrej Karpathy"), Person.objects.get(name="A. Karpathy")
    curation.merge_people(keep, [other])
    response = client.get("/people/a-karpathy/?confirmed=1")
    assert response.status_code == 301 and response["Location"] == "/people/andrej-karpathy/?confirmed=1"
    assert client.get("/people/nobody-at-all/").status_code == 404


def test_a_merged_organisations_old_address_answers_301(client, make_move):
    make_move("Ada Example", to_org="Facebook", kind="join", date="2015")
    make_move("Bo Example", to_org="Meta", kind="join", date="2023")
    curation.merge_organizations(Organization.objects.get(name="Meta"), [Organization.objects.get(name="Facebook")])
    response = client.get("/organizations/facebook/?period=month")
    assert response.status_code == 301 and response["Location"] == "/organizations/meta/?period=month"
    assert client.get("/embed/organizations/facebook/").status_code == 301


def test_people_and_organisations_without_a_visible_move_are_not_counted(client, make_move):
    make_move("Ada Example", to_org="Acme AI", kind="join", date="2024")
    make_move("Bo Example", to_org="Globex", kind="join", date="2024", status="rejected")
    counts = client.get(reverse("home")).context["counts"]
    assert (counts["people"], counts["organizations"], counts["moves"]) == (1, 1, 1)


def test_no_chart_offers_plotlys_cloud():
    js = (ROOT / "static" / "js" / "charts.js").read_text()
    assert "showSendToCloud: false" in js and '"sendChartToCloud"' in js
