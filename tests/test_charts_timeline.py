"""Person timelines that neither invent nor hide: the chart builder on known rows."""

import datetime

from tests.test_charts import move, tenure
from timeline import charts

TODAY = datetime.date(2025, 6, 30)
STUB = datetime.timedelta(days=120)
DAY_MS = 86_400_000


def segments(row, earliest=None, end_by=None):
    return [
        (style, first.isoformat(), after.isoformat(), label)
        for style, first, after, label in charts.tenure_segments(row, TODAY, STUB, earliest, end_by)
    ]


def drawn(figure):
    """What the figure draws, by the customdata each point carries."""
    ids = [c for trace in figure["data"] for c in trace.get("customdata", [])]
    return {c for c in ids if c.startswith("tenure:")}, [c for c in ids if "#move-" in c]


def test_an_exact_tenure_is_one_solid_bar():
    assert segments(tenure("Acme", "2020-03-01", "2021-02-28")) == [("solid", "2020-03-01", "2021-03-01", "")]


def test_a_year_only_end_is_hatched_over_that_year_and_labelled_with_it():
    pieces = segments(tenure("Tesla", "2017-06-15", "2022"))
    assert ("approx", "2022-01-01", "2023-01-01", "2022") in pieces
    assert ("solid", "2017-06-15", "2022-01-01", "") in pieces


def test_an_unknown_start_is_a_short_faded_stub_ending_at_the_first_dated_fact():
    pieces = segments(tenure("Microsoft", None, "2025-03"))
    assert pieces[0] == ("open", "2024-11-01", "2025-03-01", "start unknown")  # 120 days, not back to 2002


def test_a_stub_never_runs_into_the_previous_tenure_in_its_row():
    pieces = segments(tenure("OpenAI", None, "2025-03"), earliest=datetime.date(2025, 1, 1))
    assert pieces[0][:3] == ("open", "2025-01-01", "2025-03-01")


def test_no_bar_with_an_unknown_end_is_solid():
    current = {**tenure("Anthropic", "2024-10-01", current=True), "seen": "2025-02-03"}
    assert segments(current) == [
        ("solid", "2024-10-01", "2025-02-03", ""),  # up to the latest article reporting it
        ("open", "2025-02-03", TODAY.isoformat(), "no end reported"),
    ]
    ended = tenure("OpenAI", "2015-12-11")  # ended, end date unknown
    assert segments(ended, end_by=datetime.date(2017, 6, 1)) == [
        ("open", "2015-12-11", "2017-06-01", "ended, date unknown")
    ]
    assert all(style != "solid" for style, *_ in segments(tenure("X", "2020-01-01", current=True)))


def test_an_undated_tenure_is_drawn_at_its_bound():
    row = {**tenure("Anthropic", current=True), "start_by": "2025-07-10"}
    pieces = segments(row)
    assert pieces[0] == ("open", "2025-03-12", "2025-07-10", "start unknown, by Jul 2025")


def test_a_tenure_with_no_date_and_no_bound_is_an_undated_mark_in_its_row():
    figure = charts.person_timeline_figure([tenure("Hooli")], today=TODAY)
    (mark,) = [t for t in figure["data"] if t["name"] == "Tenure with no date in any source"]
    assert mark["y"] == ["Hooli"] and mark["customdata"] == ["tenure:0"]
    assert "dates unknown" in [a["text"] for a in figure["layout"]["annotations"]]


def test_undated_moves_are_drawn_at_their_bound_with_their_own_mark():
    rows = [
        move("joined", "OpenAI", "2015-12-11", 1),
        {**move("joined", "Anthropic", None, 2), "by": "2025-07-10"},
        move("left", "Hooli", None, 3, kind="Left"),
    ]
    figure = charts.person_timeline_figure(rows, today=TODAY)
    markers = {t["name"]: t for t in figure["data"] if t["type"] == "scatter"}
    assert markers["Joined"]["x"] == ["2015-12-11"]
    bounded = markers["Joined, no later than (undated)"]
    assert bounded["x"] == ["2025-07-10"] and bounded["marker"]["symbol"] == ["line-ns"]
    assert "no later than 10 Jul 2025" in bounded["hovertext"][0]
    assert "by Jul 2025" in [a["text"] for a in figure["layout"]["annotations"]]
    assert markers["Left, date unknown"]["customdata"] == ["#move-3"]


def test_the_chart_draws_every_tenure_and_move_of_the_data_table():
    rows = [
        tenure("Stanford", "2011", "2015"),
        tenure("OpenAI", "2015-12-11", "2017-06"),
        tenure("Tesla", "2017-06", "2022"),
        tenure("OpenAI", "2023-02", None),  # ended, date unknown
        {**tenure("Eureka Labs", current=True), "start_by": "2024-07-16"},
        tenure("Hooli"),  # no date anywhere
        tenure("Microsoft", None, "2025-03"),
        move("joined", "OpenAI", "2015-12-11", 1),
        move("left", "OpenAI", "2017-06", 2, kind="Left"),
        {**move("joined", "Eureka Labs", None, 3), "by": "2024-07-16"},
        move("joined", "Hooli", None, 4),
    ]
    figure = charts.person_timeline_figure(rows, today=TODAY)
    tenures, moves = drawn(figure)
    assert tenures == {f"tenure:{i}" for i in range(7)}
    assert sorted(moves) == ["#move-1", "#move-2", "#move-3", "#move-4"]
    solid = next(t for t in figure["data"] if t["name"] == "Tenure (known)")
    assert "Eureka Labs" not in solid["y"] and "Microsoft" not in solid["y"]


def test_hover_text_and_labels_escape_markup():
    evil = '<a href="https://evil.example">click</a>'
    row = {**move("joined", "Acme <b>AI</b>", "2020-01-01", 1), "source_title": evil, "evidence": evil}
    figure = charts.person_timeline_figure([tenure("Acme <b>AI</b>", "2020-01-01"), row], today=TODAY)
    text = repr(figure)
    assert "<a href" not in text and "&lt;a href=" in text
    assert figure["layout"]["yaxis"]["categoryarray"] == ["Acme &lt;b&gt;AI&lt;/b&gt;"]


def test_an_embed_marker_opens_the_move_on_the_site():
    figure = charts.person_timeline_figure(
        [move("joined", "OpenAI", "2015-12-11", 7)], today=TODAY, move_link=lambda pk: f"/people/ada/#move-{pk}"
    )
    assert figure["data"][0]["customdata"] == ["/people/ada/#move-7"]


def test_unreviewed_moves_say_so_with_their_confidence():
    row = {**move("joined", "OpenAI", "2015-12-11", 1), "confidence": 0.62}
    hover = charts.person_timeline_figure([row], today=TODAY)["data"][0]["hovertext"][0]
    assert "Unreviewed (confidence 0.62)" in hover
