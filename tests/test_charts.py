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


def segments(row, earliest=datetime.date(2010, 1, 1), latest=TODAY):
    return [
        (style, first.isoformat(), after.isoformat(), label)
        for style, first, after, label in charts.tenure_segments(row, TODAY, earliest, latest)
    ]


def test_an_exact_tenure_is_one_solid_bar():
    assert segments(tenure("Acme", "2020-03-01", "2021-02-28")) == [("solid", "2020-03-01", "2021-03-01", "")]


def test_a_year_only_end_is_hatched_over_that_year_and_labelled_with_it():
    pieces = segments(tenure("Tesla", "2017-06-15", "2022"))
    assert ("approx", "2022-01-01", "2023-01-01", "2022") in pieces
    assert ("solid", "2017-06-15", "2022-01-01", "") in pieces


def test_a_month_only_start_is_hatched_over_that_month():
    pieces = segments(tenure("OpenAI", "2023-02", "2024-02-14"))
    assert ("approx", "2023-02-01", "2023-03-01", "Feb 2023") in pieces
    assert ("solid", "2023-03-01", "2024-02-15", "") in pieces


def test_an_unknown_start_is_open_from_the_earliest_bound_never_an_invented_date():
    pieces = segments(tenure("Tesla", None, "2022"), earliest=datetime.date(2013, 1, 1))
    assert pieces[0] == ("open", "2013-01-01", "2022-01-01", "start unknown")
    assert ("approx", "2022-01-01", "2023-01-01", "2022") in pieces


def test_an_unknown_end_runs_open_to_the_latest_it_can_be():
    pieces = segments(tenure("OpenAI", "2015-12-11", None), latest=datetime.date(2017, 6, 1))
    assert pieces == [("open", "2015-12-11", "2017-06-01", "end unknown")]


def test_a_current_role_runs_to_today():
    assert segments(tenure("Anthropic", "2024-10-01", current=True)) == [("solid", "2024-10-01", TODAY.isoformat(), "")]


def test_a_current_role_with_an_unknown_start_is_open_up_to_today():
    assert segments(tenure("Anthropic", None, current=True), earliest=datetime.date(2012, 1, 1)) == [
        ("open", "2012-01-01", TODAY.isoformat(), "start unknown")
    ]


def test_a_tenure_with_no_date_at_all_is_not_drawn():
    assert segments(tenure("Hooli")) == []


def test_start_and_end_in_the_same_year_make_one_hatched_bar():
    assert segments(tenure("Acme", "2022", "2022")) == [("approx", "2022-01-01", "2023-01-01", "2022")]


def test_person_timeline_has_one_row_per_organisation_and_a_bar_per_tenure():
    rows = [
        tenure("OpenAI", "2015-12-11", "2017-06"),
        tenure("Tesla", "2017-06", "2022"),
        tenure("OpenAI", "2023-02", "2024", role="researcher"),
        tenure("Anthropic", "2025-01-20", current=True),
        move("joined", "OpenAI", "2015-12-11", 1),
        move("left", "Tesla", "2022", 2, kind="Left"),
        move("joined", "Anthropic", None, 3),
    ]
    figure = charts.person_timeline_figure(rows, today=TODAY)
    assert figure["layout"]["yaxis"]["categoryarray"] == ["OpenAI", "Tesla", "Anthropic"]
    assert figure["layout"]["xaxis"]["type"] == "date"
    bars = traces(figure, "bar")
    solid = bars["Tenure"]
    assert solid["orientation"] == "h"
    assert solid["y"].count("OpenAI") == 2  # the rejoin is a separate bar
    first = solid["y"].index("OpenAI")
    assert solid["base"][first] == "2015-12-11"
    assert solid["x"][first] == (datetime.date(2017, 6, 1) - datetime.date(2015, 12, 11)).days * DAY_MS
    hatched = bars["Start or end known only to the year or month"]
    assert "2022-01-01" in hatched["base"]
    assert "pattern" in hatched["marker"]
    labels = [a["text"] for a in figure["layout"]["annotations"]]
    assert "2022" in labels and "Jun 2017" in labels
    assert not any("2022-01-01" in label or "1 Jan" in label for label in labels)
    anthropic = solid["y"].index("Anthropic")
    assert solid["x"][anthropic] == (TODAY - datetime.date(2025, 1, 20)).days * DAY_MS


def test_person_timeline_markers_show_precision_and_skip_undated_moves():
    rows = [move("joined", "OpenAI", "2015-12-11", 1), move("left", "Tesla", "2022", 2), move("joined", "X", None, 3)]
    figure = charts.person_timeline_figure(rows, today=TODAY)
    markers = traces(figure, "scatter")
    assert markers["Joined"]["x"] == ["2015-12-11"]
    assert markers["Joined"]["marker"]["symbol"] == ["triangle-right"]
    assert markers["Joined"]["customdata"] == ["#move-1"]
    assert markers["Left"]["marker"]["symbol"] == ["triangle-left-open"]  # year only: hollow, mid-year
    assert markers["Left"]["x"][0].startswith("2022-07")
    hover = markers["Joined"]["hovertext"][0]
    assert "11 Dec 2015" in hover and "An article" in hover and "Ada joined." in hover


def test_an_unknown_end_stops_at_the_next_tenure_in_the_same_row():
    rows = [tenure("OpenAI", "2015-12-11", None), tenure("OpenAI", "2023-02-01", current=True)]
    figure = charts.person_timeline_figure(rows, today=TODAY)
    open_bar = traces(figure, "bar")["Date unknown (open)"]
    assert open_bar["base"] == ["2015-12-11"]
    assert open_bar["x"] == [(datetime.date(2023, 2, 1) - datetime.date(2015, 12, 11)).days * DAY_MS]


def test_an_undrawable_row_says_dates_unknown():
    figure = charts.person_timeline_figure([tenure("Hooli")], today=TODAY)
    assert [a["text"] for a in figure["layout"]["annotations"]] == ["dates unknown"]


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
    figure = charts.organization_flow_figure(FLOW, "quarter", lambda row, d: f"/moves/?{d}={row['period']}")
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


def test_an_unknown_start_runs_in_from_the_persons_last_dated_move_not_the_chart_edge():
    rows = [tenure("Globex", start="2015", end="2022-03"), tenure("Acme", current=True)]
    figure = charts.person_timeline_figure(rows, today=TODAY)
    open_bars = traces(figure, "bar")["Date unknown (open)"]
    [acme] = [base for y, base in zip(open_bars["y"], open_bars["base"], strict=True) if y == "Acme"]
    assert acme == "2022-03-01"
