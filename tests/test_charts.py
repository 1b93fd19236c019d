"""The chart builders on known rows: pure functions, no database."""

import datetime

from timeline import charts

TODAY = datetime.date(2025, 6, 30)
DAY_MS = 86_400_000


def tenure(org, start=None, end=None, current=False, role=""):
    return {
        "type": "tenure",
        "organization": org,
        "organization_slug": org.lower(),
        "kind": "",
        "role": role,
        "start": start,
        "end": end,
        "current": current,
        "status": "",
        "move_id": None,
        "source_title": "An article",
        "source_url": "/articles/1/#evidence-1",
        "evidence": "Ada joined.",
    }


def move(side, org, date, move_id=1, kind="Joined"):
    return {**tenure(org, start=date), "type": side, "kind": kind, "move_id": move_id, "status": "Unreviewed"}


def traces(figure, kind):
    return {t["name"]: t for t in figure["data"] if t["type"] == kind}


FLOW = [
    {
        "period": "2022 Q1",
        "period_start": "2022-01-01",
        "period_end": "2022-03-31",
        "joins": 3,
        "joins_year_only": 1,
        "departures": 2,
        "departures_year_only": 0,
        "net": 1,
    },
    {
        "period": "2022 Q2",
        "period_start": "2022-04-01",
        "period_end": "2022-06-30",
        "joins": 0,
        "joins_year_only": 0,
        "departures": 4,
        "departures_year_only": 0,
        "net": -4,
    },
]


def test_flow_bars_go_up_for_joins_and_down_for_departures_with_a_net_line():
    figure = charts.organization_flow_figure(
        FLOW, "quarter", lambda row, d, year_only=False: f"/moves/?{d}={row['period']}"
    )
    bars = traces(figure, "bar")
    assert bars["Joins"]["y"] == [2, 0]
    assert bars["Joins dated to the year only"]["y"] == [1, 0]
    assert bars["Departures"]["y"] == [-2, -4]
    assert "Departures dated to the year only" not in bars  # nothing to hatch
    assert bars["Joins"]["x"] == ["2022-01-01", "2022-04-01"]
    assert bars["Joins"]["xperiod"] == "M3"
    assert bars["Departures"]["customdata"][1][0] == "/moves/?departures=2022 Q2"
    net = traces(figure, "scatter")["Net"]
    assert net["y"] == [1, -4]
    assert figure["layout"]["barmode"] == "relative"
    assert "template" not in figure["layout"]


def test_organization_sankey_keeps_from_and_to_apart_so_a_rejoin_makes_no_cycle():
    rows = [
        {"side": "from", "organization": "Tesla", "slug": "tesla", "moves": 2},
        {"side": "from", "organization": "not stated", "slug": None, "moves": 1},
        {"side": "to", "organization": "Tesla", "slug": "tesla", "moves": 1},
    ]
    figure = charts.organization_sankey_figure("OpenAI", rows, lambda row: f"/moves/?{row['side']}={row['slug']}")
    sankey = figure["data"][0]
    assert sankey["type"] == "sankey"
    assert sankey["node"]["label"] == ["OpenAI", "from: Tesla", "from: not stated", "to: Tesla"]
    assert sankey["link"]["source"] == [1, 2, 0]
    assert sankey["link"]["target"] == [0, 0, 3]
    assert sankey["link"]["value"] == [2, 1, 1]
    assert sankey["link"]["customdata"][0][0] == "/moves/?from=tesla"


def test_flows_sankey_has_a_from_column_and_a_to_column():
    rows = [
        {"from": "OpenAI", "from_slug": "openai", "to": "Anthropic", "to_slug": "anthropic", "moves": 5},
        {"from": "Anthropic", "from_slug": "anthropic", "to": "OpenAI", "to_slug": "openai", "moves": 2},
        {"from": "OpenAI", "from_slug": "openai", "to": "Meta", "to_slug": "meta", "moves": 1},
    ]
    sankey = charts.flows_figure(rows)["data"][0]
    labels = sankey["node"]["label"]
    assert labels == ["from: OpenAI", "to: Anthropic", "from: Anthropic", "to: OpenAI", "to: Meta"]
    assert all(labels[s].startswith("from: ") for s in sankey["link"]["source"])
    assert all(labels[t].startswith("to: ") for t in sankey["link"]["target"])


def test_empty_rows_make_empty_but_valid_figures():
    assert charts.flows_figure([])["data"][0]["link"]["value"] == []
    assert charts.organization_flow_figure([], "year")["data"][-1]["y"] == []
    assert charts.person_timeline_figure([], today=TODAY)["data"] == []
