"""Plotly figures as plain dicts, built from the rows of timeline.queries.

Pure functions: no database, no request. The page puts the dict in with `json_script` and
static/js/charts.js draws it. Layouts are small and explicit (no default template).
Points that lead somewhere carry the address in `customdata`; charts.js follows it on click.
"""

import datetime
import html
import math

from timeline import dates

BLUE = "#1f5fa8"
BLUE_LIGHT = "#c9daf0"
RED = "#b03a1a"
RED_LIGHT = "#f2cfc4"
INK = "#1d1d1f"
GREY = "#8a8f98"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
IN_LINK = "rgba(31, 95, 168, 0.3)"
OUT_LINK = "rgba(176, 58, 26, 0.28)"
DAY_MS = 86_400_000


def layout(**extra):
    base = {
        "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
        "font": {"family": FONT, "size": 13, "color": INK},
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        "hoverlabel": {"align": "left"},
        "legend": {"orientation": "h", "y": -0.15, "x": 0},
    }
    base.update(extra)
    return base


def _parse(value):
    return dates.parse_iso(value) if value else None


def _day_after(value, precision):
    return dates.period_end(value, precision) + datetime.timedelta(days=1)


def _ms(first, last):
    return (last - first).days * DAY_MS


# Person timeline ------------------------------------------------------------------------------


def _day(value):
    parsed = _parse(value)
    return parsed[0] if parsed else None


def tenure_segments(row, today, stub, earliest=None, end_by=None):
    """Split one tenure into drawn pieces: [(style, first day, day after, label)].

    "solid": known to be there (from a known start up to a known end, or for a current role up
    to the latest article that reports it, `row["seen"]`). "approx": a start or end known only
    to its year or month, hatched over that period and labelled "2022". "open", faded: a date
    is unknown and none is invented: an unknown start is a short stub (`stub` long, never
    reaching back past `earliest`) ending at the first dated fact, labelled "start unknown"
    (or "start unknown, by Jul 2025" when only the earliest source bounds it); an unknown end
    runs on to the latest it can be: today for a current role ("no end reported"), else
    `end_by` (the move that ended it, or the next join elsewhere): "ended, date unknown".
    A tenure with no date and no bound at all gives [] (the chart marks it "dates unknown").
    """
    start, end, current = _parse(row["start"]), _parse(row["end"]), row["current"]
    start_by, seen = _day(row.get("start_by")), _day(row.get("seen"))
    pieces = []
    if start:
        known_from = start[0] if start[1] == dates.DAY else _day_after(*start)
        if start[1] != dates.DAY:
            pieces.append(("approx", start[0], known_from, dates.display(*start)))
    else:
        # The first dated fact: the earliest of the start's bound, the end and the latest source.
        facts = [d for d in (start_by, end[0] if end else None, seen) if d is not None]
        anchor = min(facts) if facts else None
        if anchor is None and not current and end_by is not None and row.get("end_by"):
            # Nothing dates it but the departure's earliest source: it had ended by then.
            label = f"ended by {dates.display(end_by, dates.MONTH)}"
            return [("open", end_by - stub, end_by, label)]
        if anchor is None:
            return []
        first = anchor - stub
        if earliest is not None and first < earliest:
            first = min(earliest, anchor)
        by = start_by is not None and anchor == start_by and not end
        label = f"start unknown, by {dates.display(start_by, dates.MONTH)}" if by else "start unknown"
        if anchor > first:
            pieces.append(("open", first, anchor, label))
        known_from = anchor
    if end:
        known_to = end[0] + datetime.timedelta(days=1) if end[1] == dates.DAY else end[0]
        if known_to > known_from:
            pieces.append(("solid", known_from, known_to, ""))
        approx = ("approx", end[0], _day_after(*end), dates.display(*end))
        if end[1] != dates.DAY and approx not in pieces:
            pieces.append(approx)
        return pieces
    if current:
        known_to = min(max(seen, known_from), today) if seen else known_from
        if known_to > known_from:
            pieces.append(("solid", known_from, known_to, ""))
        if today > known_to:
            pieces.append(("open", known_to, today, "no end reported"))
        return pieces
    bound = end_by if end_by is not None and end_by > known_from else known_from + stub
    pieces.append(("open", known_from, bound, "ended, date unknown"))
    return pieces


def _first_known(row):
    start, end = _parse(row["start"]), _parse(row["end"])
    return (start[0] if start else None) or _day(row.get("start_by")) or (end[0] if end else None)


def _last_known(row, today):
    end = _parse(row["end"])
    if end:
        return dates.period_end(*end)
    if row["current"]:
        return today
    start = _parse(row["start"])
    return dates.period_end(*start) if start else _day(row.get("start_by"))


def _neighbours(rows, today):
    """For each tenure: (earliest, end_by). `earliest`: the day after the previous tenure in
    the same row, so a stub never runs into it. `end_by`, for a tenure that ended on an unknown
    date: its end move's bound, else the next tenure in the row or the next join elsewhere,
    whichever comes first (by then it had ended)."""
    found = {}
    for i, row in enumerate(rows):
        first = _first_known(row)
        before = [
            _last_known(other, today)
            for other in rows
            if other is not row and other["organization"] == row["organization"]
        ]
        before = [d for d in before if d is not None and first is not None and d < first]
        earliest = max(before) + datetime.timedelta(days=1) if before else None
        end_by = _day(row.get("end_by"))
        if end_by is None and not row["current"] and not row["end"] and first is not None:
            later = [
                _first_known(other)
                for other in rows
                if other is not row and _first_known(other) is not None and _first_known(other) > first
            ]
            end_by = min(later) if later else None
        found[i] = (earliest, end_by)
    return found


def _marker_x(value, precision):
    """Where to put a move marker: the day, or the middle of its month or year."""
    if precision == dates.DAY:
        return value
    last = dates.period_end(value, precision)
    return value + (last - value) / 2


TENURE_STYLES = {
    "solid": {"name": "Tenure (known)", "marker": {"color": BLUE}},
    "approx": {
        "name": "Start or end known only to the year or month",
        "marker": {
            "color": BLUE_LIGHT,
            "pattern": {"shape": "/", "fgcolor": BLUE, "size": 6, "solidity": 0.3},
            "line": {"color": BLUE, "width": 1},
        },
    },
    "open": {
        "name": "Date unknown (faded: no date invented)",
        "marker": {
            "color": "rgba(138, 143, 152, 0.12)",
            "pattern": {"shape": ".", "fgcolor": GREY, "size": 5, "solidity": 0.25},
            "line": {"color": GREY, "width": 1},
        },
        "opacity": 0.8,
    },
}


def person_timeline_figure(rows, today=None, move_link=None):
    """One row per organisation: tenure bars (each Role its own bar, so a rejoin is a second
    bar in the row) and markers for the moves. Rows come from queries.person_timeline.

    Every tenure and every side of every move in `rows` is drawn (the data table lists the
    same rows): an undated move at its "no later than" bound, with its own mark, or when no
    source is dated, as an undated mark at the row's start. Each drawn point carries
    "tenure:<i>" or its move's link in customdata, so a test can count what is drawn.
    `move_link(move_id)` gives a marker's click target (default "#move-<id>").
    """
    today = today or datetime.date.today()
    move_link = move_link or (lambda move_id: f"#move-{move_id}")
    known = [d for row in rows for d in (_day(row["start"]), _day(row["end"]), _day(row.get("start_by"))) if d]
    known += [_day(r.get("by")) for r in rows if r.get("by")]
    first_year = min(known).year - 1 if known else today.year - 5
    left_edge = datetime.date(max(first_year, datetime.MINYEAR), 1, 1)
    right_edge = today + datetime.timedelta(days=120)
    stub = max(datetime.timedelta(days=120), (right_edge - left_edge) * 0.04)

    organizations = []
    for row in rows:
        name = _esc(row["organization"])
        if name not in organizations:
            organizations.append(name)

    tenures = [r for r in rows if r["type"] == "tenure"]
    neighbours = _neighbours(tenures, today)
    bars = {style: {"y": [], "base": [], "x": [], "hovertext": [], "customdata": []} for style in TENURE_STYLES}
    labels, undated = [], {"x": [], "y": [], "hovertext": [], "customdata": []}
    for i, row in enumerate(tenures):
        earliest, end_by = neighbours[i]
        org = _esc(row["organization"])
        span = _span_text(row)
        pieces = tenure_segments(row, today, stub, earliest, end_by)
        if not pieces:
            undated["x"].append((left_edge + stub / 2).isoformat())
            undated["y"].append(org)
            undated["hovertext"].append(_hover(row["role"] or "role not stated", span, row, "no date in any source"))
            undated["customdata"].append(f"tenure:{i}")
            labels.append((left_edge + stub, org, "dates unknown", "left"))
        for style, first, after, label in pieces:
            bar = bars[style]
            bar["y"].append(org)
            bar["base"].append(first.isoformat())
            bar["x"].append(_ms(first, after))
            bar["hovertext"].append(_hover(row["role"] or "role not stated", span, row, style_note(style, label)))
            bar["customdata"].append(f"tenure:{i}")
            label_at = (first + (after - first) / 2, org, label, "center")
            if label and label_at not in labels:
                labels.append(label_at)
    data = [
        {
            "type": "bar",
            "orientation": "h",
            "y": bar["y"],
            "base": bar["base"],
            "x": bar["x"],
            "hovertext": bar["hovertext"],
            "hoverinfo": "text",
            "customdata": bar["customdata"],
            "width": 0.45,
            **TENURE_STYLES[style],
        }
        for style, bar in bars.items()
        if bar["y"]
    ]
    if undated["x"]:
        data.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": "Tenure with no date in any source",
                "marker": {"symbol": "square-open", "size": 12, "color": GREY, "line": {"width": 2}},
                "hoverinfo": "text",
                **undated,
            }
        )

    for side, symbol, color in (("joined", "triangle-right", BLUE), ("left", "triangle-left", RED)):
        points = [r for r in rows if r["type"] == side]
        groups = {"dated": [], "bounded": [], "undated": []}
        for r in points:
            groups["dated" if r["start"] else "bounded" if r.get("by") else "undated"].append(r)
        for group, members in groups.items():
            if not members:
                continue
            xs, symbols, hovers = [], [], []
            for r in members:
                title = f"{r['kind']}{': ' + r['role'] if r['role'] else ''}"
                if group == "dated":
                    value, precision = dates.parse_iso(r["start"])
                    xs.append(_marker_x(value, precision).isoformat())
                    symbols.append(symbol if precision == dates.DAY else f"{symbol}-open")
                    when = dates.display(value, precision)
                elif group == "bounded":
                    xs.append(r["by"])
                    symbols.append("line-ns")
                    when = f"date not stated; no later than {dates.display(_day(r['by']), dates.DAY)} (earliest source)"
                else:
                    xs.append((left_edge + stub * 1.5).isoformat())  # beside a row's undated-tenure mark
                    symbols.append("circle-open")
                    when = "date unknown: no source is dated"
                hovers.append(_hover(title, when, r, _status_note(r)))
            verb = "Joined" if side == "joined" else "Left"
            name = {"dated": verb, "bounded": f"{verb}, no later than (undated)", "undated": f"{verb}, date unknown"}
            data.append(
                {
                    "type": "scatter",
                    "mode": "markers",
                    "name": name[group],
                    "x": xs,
                    "y": [_esc(r["organization"]) for r in members],
                    "marker": {
                        "symbol": symbols,
                        "size": 13 if group == "dated" else 15,
                        "color": color if group != "undated" else GREY,
                        "line": {"color": color if group != "undated" else GREY, "width": 2},
                    },
                    "hovertext": hovers,
                    "hoverinfo": "text",
                    "customdata": [move_link(r["move_id"]) for r in members],
                }
            )
    # Undated moves at their bound are labelled "by Jul 2025" above the mark.
    for r in rows:
        if r["type"] in ("joined", "left") and not r["start"] and r.get("by"):
            text = f"by {dates.display(_day(r['by']), dates.MONTH)}"
            at = (_day(r["by"]), _esc(r["organization"]), text, "center")
            if at not in labels:
                labels.append(at)

    annotations = [
        {
            "x": x.isoformat(),
            "y": org,
            "text": text,
            "showarrow": False,
            "yshift": 19,
            "xanchor": anchor,
            "font": {"size": 11, "color": INK if not text.startswith(("start", "no end", "ended", "dates")) else GREY},
            # charts.js leaves these words out on a phone-width chart, where they collide with
            # the year labels; hover, caption and data table still say it.
            **({"name": "open-label"} if not text[:1].isdigit() and not text.startswith(MONTHS) else {}),
        }
        for x, org, text, anchor in _spaced(labels, (right_edge - left_edge) * 0.07)
    ]
    today_line = {
        "type": "line",
        "x0": today.isoformat(),
        "x1": today.isoformat(),
        "yref": "paper",
        "y0": 0,
        "y1": 1,
        "line": {"color": GREY, "width": 1, "dash": "dot"},
    }
    return {
        "data": data,
        "layout": layout(
            height=max(240, 130 + 64 * len(organizations)),
            barmode="overlay",
            xaxis={
                "type": "date",
                "range": [left_edge.isoformat(), right_edge.isoformat()],
                "gridcolor": "#e5e7eb",
                "linecolor": GREY,
            },
            yaxis={"type": "category", "categoryarray": organizations, "autorange": "reversed", "automargin": True},
            annotations=annotations,
            shapes=[today_line],
            legend={"orientation": "h", "y": -0.12, "x": 0, "yanchor": "top"},
        ),
    }


def _spaced(labels, gap):
    """The labels that fit: dates first ("2019", "Mar 2023"), then "by ..." bounds, then the
    words for unknown dates, each dropped when it would overlap one already placed in its row
    (closer than `gap`). What is dropped is still in the hover text and the data table."""

    def rank(label):
        text = label[2]
        return 0 if text[:1].isdigit() or text.startswith(MONTHS) else 1 if text.startswith("by ") else 2

    kept = []
    for label in sorted(labels, key=rank):
        x, org, text, _ = label
        if text == "dates unknown" or all(o != org or abs(x - k) >= gap for k, o, _, _ in kept):
            kept.append(label)
    return kept


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _status_note(row):
    if row.get("status") != "Unreviewed":
        return row.get("status", "")
    confidence = row.get("confidence")
    return "Unreviewed" + (f" (confidence {confidence:.2f})" if isinstance(confidence, int | float) else "")


def _span_text(row):
    if row["start"]:
        start = dates.display(*_parse(row["start"]))
    elif row.get("start_by"):
        start = f"start unknown (by {dates.display(_day(row['start_by']), dates.MONTH)})"
    else:
        start = "start unknown"
    if row["current"]:
        return f"{start} – no end reported"
    if row["end"]:
        return f"{start} – {dates.display(*_parse(row['end']))}"
    if row.get("end_by"):
        return f"{start} – ended by {dates.display(_day(row['end_by']), dates.MONTH)}, date unknown"
    return f"{start} – ended, date unknown"


def style_note(style, label):
    if style == "approx":
        return f"{label}: known only to this period"
    if style == "open":
        return f"{label}: faded, no date is invented for it"
    return ""


def _esc(text):
    """Text for Plotly, which renders a subset of HTML in labels and hover text: an article
    title holding "<a href=...>" must show as those characters, not as a live link."""
    return html.escape(str(text), quote=False)


def _hover(title, when, row, note=""):
    lines = [f"<b>{_esc(row['organization'])}</b>", _esc(title), _esc(when)]
    if note:
        lines.append(f"<i>{_esc(note)}</i>")
    if row["source_title"]:
        lines.append(f"Source: {_esc(row['source_title'])}")
    if row["evidence"]:
        lines.append(_wrap(f"“{row['evidence']}”"))
    return "<br>".join(lines)


def _wrap(text, width=70):
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return "<br>".join(_esc(line) for line in lines)


# Organisation flow ----------------------------------------------------------------------------


PERIOD_MONTHS = {"year": "M12", "quarter": "M3", "month": "M1"}


def _year_ticks(period, rows):
    """Yearly bars get year ticks ("2019"), not Plotly's "Jan 2019, Jul 2019": every year,
    or every few years so that no more than eight labels share a phone-width axis."""
    if period != "year":
        return {}
    step = max(1, math.ceil(len(rows) / 8))
    return {"dtick": f"M{12 * step}", "tickformat": "%Y"}


def organization_flow_figure(rows, period="year", moves_url=None):
    """Joins up, departures down, a net line; hatched where a move is dated only to the year.

    Bars sit on a date axis, each spanning its period. `moves_url(row, direction)` gives the
    address of the moves behind a bar ("joins" or "departures"); it goes into customdata.
    """
    starts = [r["period_start"] for r in rows]
    hatch = {"shape": "/", "size": 6, "solidity": 0.35}
    peak = max([max(r["joins"], r["departures"]) for r in rows] + [0])
    traces = [
        ("Joins", "joins", lambda r: r["joins"] - r.get("joins_year_only", 0), BLUE, None),
        ("Joins dated to the year only", "joins", lambda r: r.get("joins_year_only", 0), BLUE_LIGHT, BLUE),
        ("Departures", "departures", lambda r: -(r["departures"] - r.get("departures_year_only", 0)), RED, None),
        (
            "Departures dated to the year only",
            "departures",
            lambda r: -r.get("departures_year_only", 0),
            RED_LIGHT,
            RED,
        ),
    ]
    common = {"x": starts, "xperiod": PERIOD_MONTHS[period], "xperiodalignment": "middle"}
    data = []
    for name, direction, value, color, pattern in traces:
        values = [value(r) for r in rows]
        if pattern and not any(values):
            continue
        marker = {"color": color}
        if pattern:
            marker.update(pattern={**hatch, "fgcolor": pattern}, line={"color": pattern, "width": 1})
        data.append(
            {
                "type": "bar",
                "name": name,
                "y": values,
                "marker": marker,
                # Each bar opens exactly the moves it counts (the hatched one: its year's
                # moves known only to the year); an empty bar opens nothing.
                "customdata": [
                    [moves_url(r, direction, bool(pattern)) if moves_url and v else "", _esc(r["period"]), abs(v)]
                    for r, v in zip(rows, values, strict=True)
                ],
                "hovertemplate": f"%{{customdata[1]}}: %{{customdata[2]}} {name.lower()}<extra></extra>",
                **common,
            }
        )
    dense = len(rows) > 48  # ten years of months: markers would merge into a black band
    data.append(
        {
            "type": "scatter",
            "mode": "lines" if dense else "lines+markers",
            "name": "Net",
            "y": [r["net"] for r in rows],
            "line": {"color": INK, "width": 1.2 if dense else 2},
            "marker": {"size": 6, "color": INK},
            # Hover text only: a click on the line must not be taken for a link.
            "text": [_esc(r["period"]) for r in rows],
            "hovertemplate": "%{text}: net %{y:+d}<extra></extra>",
            **common,
        }
    )
    return {
        "data": data,
        "layout": layout(
            height=380,
            barmode="relative",
            bargap=0.15,
            xaxis={"type": "date", "linecolor": GREY, "automargin": True, **_year_ticks(period, rows)},
            yaxis={
                "title": {"text": "joins ↑  departures ↓"},
                "zeroline": True,
                "zerolinecolor": INK,
                "gridcolor": "#e5e7eb",
                "automargin": True,
                **count_ticks(peak),
            },
            legend={"orientation": "h", "y": -0.12, "x": 0, "yanchor": "top"},
        ),
    }


def count_ticks(peak):
    """Axis settings for a count: whole-number ticks only (never "0 0 0 1 1 1"), about five
    of them on each side of zero, at 1, 2, 5, 10, 20, 50 ... apart."""
    step = 1
    while peak / step > 5:
        step = step * 5 // 2 if str(step).startswith("2") else step * 2
    return {"tickmode": "linear", "tick0": 0, "dtick": step, "tickformat": "d", "rangemode": "tozero"}


def organization_rolling_figure(rows, window_url=None):
    """Net flow over the trailing 12 months, month by month (queries.rolling_net): readable
    over long spans where monthly bars are not. `window_url(row)` opens the window's moves."""
    values = [r["rolling_net"] for r in rows]
    peak = max([abs(v) for v in values] + [max(r["rolling_joins"], r["rolling_departures"]) for r in rows] + [0])
    return {
        "data": [
            {
                "type": "scatter",
                "mode": "lines",
                "name": "Net over the last 12 months",
                "x": [r["period_start"] for r in rows],
                "y": values,
                "line": {"color": INK, "width": 2, "shape": "hv"},
                "fill": "tozeroy",
                "fillcolor": "rgba(31, 95, 168, 0.12)",
                "customdata": [
                    [
                        window_url(r) if window_url else "",
                        _esc(f"12 months to {r['period']}"),
                        r["rolling_joins"],
                        r["rolling_departures"],
                    ]
                    for r in rows
                ],
                "hovertemplate": "%{customdata[1]}: net %{y:+d} (%{customdata[2]} joins, "
                "%{customdata[3]} departures)<extra></extra>",
            }
        ],
        "layout": layout(
            height=340,
            xaxis={"type": "date", "linecolor": GREY, "automargin": True},
            yaxis={
                "title": {"text": "net, last 12 months"},
                "zeroline": True,
                "zerolinecolor": INK,
                "gridcolor": "#e5e7eb",
                "automargin": True,
                **count_ticks(peak),
            },
            showlegend=False,
        ),
    }


# Sankeys --------------------------------------------------------------------------------------


def _sankey(labels, colors, sources, targets, values, urls, height, link_colors=None):
    return {
        "data": [
            {
                "type": "sankey",
                "arrangement": "snap",
                "valueformat": "d",
                "node": {
                    "label": labels,
                    "color": colors,
                    "pad": 14,
                    "thickness": 16,
                    "line": {"color": "#ffffff", "width": 1},
                    "hovertemplate": "%{label}: %{value} moves<extra></extra>",
                },
                "link": {
                    "source": sources,
                    "target": targets,
                    "value": values,
                    "customdata": urls,
                    "color": link_colors or "rgba(31, 95, 168, 0.28)",
                    "hovertemplate": "%{customdata[1]}<extra></extra>",
                },
            }
        ],
        "layout": layout(height=height, margin={"l": 10, "r": 10, "t": 10, "b": 10}),
    }


def organization_sankey_figure(name, rows, link_url=None):
    """Left: where people came from; middle: the organisation; right: where they went.

    "from" and "to" nodes are separate, so someone who left and came back makes no cycle.
    `link_url(row)` gives the address of the moves behind a link.
    """
    labels, colors = [_esc(name)], [INK]
    sources, targets, values, urls = [], [], [], []
    for row in rows:
        labels.append(_esc(f"{row['side']}: {row['organization']}"))
        colors.append(BLUE if row["side"] == "from" else RED)
        node = len(labels) - 1
        if row["side"] == "from":
            sources.append(node)
            targets.append(0)
            hover = f"{row['moves']} from {row['organization']} to {name}"
        else:
            sources.append(0)
            targets.append(node)
            hover = f"{row['moves']} from {name} to {row['organization']}"
        values.append(row["moves"])
        urls.append([link_url(row) if link_url else "", _esc(hover)])
    side_count = max(sum(r["side"] == "from" for r in rows), sum(r["side"] == "to" for r in rows), 1)
    link_colors = [IN_LINK if r["side"] == "from" else OUT_LINK for r in rows]
    return _sankey(labels, colors, sources, targets, values, urls, max(260, 34 * side_count + 60), link_colors)


def flows_figure(rows, link_url=None):
    """Who hires from whom: "from: X" nodes on the left, "to: Y" nodes on the right."""
    labels, colors, index = [], [], {}

    def node(side, name):
        key = (side, name)
        if key not in index:
            index[key] = len(labels)
            labels.append(_esc(f"{side}: {name}"))
            colors.append(BLUE if side == "from" else RED)
        return index[key]

    sources, targets, values, urls = [], [], [], []
    for row in rows:
        sources.append(node("from", row["from"]))
        targets.append(node("to", row["to"]))
        values.append(row["moves"])
        urls.append([link_url(row) if link_url else "", _esc(f"{row['moves']} from {row['from']} to {row['to']}")])
    side_count = max(len({r["from"] for r in rows}), len({r["to"] for r in rows}), 1)
    return _sankey(labels, colors, sources, targets, values, urls, max(300, 36 * side_count + 60))
