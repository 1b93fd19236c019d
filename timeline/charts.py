"""Plotly figures as plain dicts, built from the rows of timeline.queries.

Pure functions: no database, no request. The page puts the dict in with `json_script` and
static/js/charts.js draws it. Layouts are small and explicit (no default template).
Points that lead somewhere carry the address in `customdata`; charts.js follows it on click.
"""

import datetime
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


def tenure_segments(row, today, earliest, latest):
    """Split one tenure into drawn pieces: [(style, first day, day after, label)].

    style "solid": known to be there; "approx": the start or end falls somewhere in this
    year (or month), hatched and labelled "2022"; "open": a date is unknown and none is
    invented: an unknown start runs in from `earliest` (the end of the previous tenure at the
    same organisation, else the left edge of the chart), an unknown end runs on to `latest`
    (the next tenure there, else today: the latest it can have ended). A tenure with neither
    date nor "current" has no anchor and is not drawn (the page lists it).
    """
    start, end, current = _parse(row["start"]), _parse(row["end"]), row["current"]
    pieces = []
    solid_from = solid_to = None
    if start:
        solid_from = start[0] if start[1] == dates.DAY else _day_after(*start)
        if start[1] != dates.DAY:
            pieces.append(("approx", start[0], solid_from, dates.display(*start)))
    if current:
        solid_to = today
    elif end:
        solid_to = end[0] + datetime.timedelta(days=1) if end[1] == dates.DAY else end[0]
        approx = ("approx", end[0], _day_after(*end), dates.display(*end))
        if end[1] != dates.DAY and approx not in pieces:
            pieces.append(approx)
    if start is None:
        if solid_to is None:
            return []
        if solid_to > earliest:
            pieces.insert(0, ("open", earliest, solid_to, "start unknown"))
        return pieces
    if not current and end is None:
        if latest > solid_from:
            pieces.append(("open", solid_from, latest, "end unknown"))
        return pieces
    if solid_to > solid_from:
        pieces.append(("solid", solid_from, solid_to, ""))
    return pieces


def _known_dates(row, today):
    """(first, last) day this tenure is known to touch, for bounding its neighbours."""
    start, end = _parse(row["start"]), _parse(row["end"])
    first = start[0] if start else (end[0] if end else None)
    last = today if row["current"] else (dates.period_end(*end) if end else (start[0] if start else None))
    return first, last


def _bounds(rows, today, left_edge):
    """For each tenure, how far an unknown start or end may run: to the neighbouring
    tenures at the same organisation (a rejoin means they had left before), else the chart's
    left edge or today. An unknown start runs in no further back than the person's latest
    dated move before the tenure's first known day (an Anthropic tenure of unknown start after
    a 2024 departure from OpenAI is drawn from 2024, not from the chart's edge)."""
    bounds = {}
    by_org = {}
    known = [_known_dates(row, today) for row in rows]
    for i, row in enumerate(rows):
        first, last = known[i]
        if first is not None:
            by_org.setdefault(row["organization"], []).append((first, last, i))
    for spans in by_org.values():
        spans.sort()
        for k, (_, _, i) in enumerate(spans):
            earliest = spans[k - 1][1] + datetime.timedelta(days=1) if k > 0 else left_edge
            latest = spans[k + 1][0] if k + 1 < len(spans) else today
            bounds[i] = (earliest, latest)
    for i, row in enumerate(rows):
        if row["start"]:
            continue
        earliest, latest = bounds.get(i, (left_edge, today))
        anchor = known[i][0] or today
        before = [
            day
            for j, other in enumerate(rows)
            if j != i and other["organization"] != row["organization"]
            for day in (_parse_day(other["start"]), _parse_day(other["end"]))
            if day is not None and day < anchor
        ]
        if before:
            earliest = max(earliest, max(before))
        bounds[i] = (earliest, latest)
    return bounds


def _parse_day(value):
    parsed = _parse(value)
    return parsed[0] if parsed else None


def _marker_x(value, precision):
    """Where to put a move marker: the day, or the middle of its month or year."""
    if precision == dates.DAY:
        return value
    last = dates.period_end(value, precision)
    return value + (last - value) / 2


TENURE_STYLES = {
    "solid": {"name": "Tenure", "marker": {"color": BLUE}},
    "approx": {
        "name": "Start or end known only to the year or month",
        "marker": {
            "color": BLUE_LIGHT,
            "pattern": {"shape": "/", "fgcolor": BLUE, "size": 6, "solidity": 0.3},
            "line": {"color": BLUE, "width": 1},
        },
    },
    "open": {
        "name": "Date unknown (open)",
        "marker": {
            "color": "#eef2f7",
            "pattern": {"shape": ".", "fgcolor": GREY, "size": 5, "solidity": 0.25},
            "line": {"color": GREY, "width": 1},
        },
    },
}


def person_timeline_figure(rows, today=None):
    """One row per organisation: tenure bars (each Role its own bar, so a rejoin is a second
    bar in the row) and markers for the moves. Rows come from queries.person_timeline."""
    today = today or datetime.date.today()
    known = [dates.parse_iso(v)[0] for row in rows for v in (row["start"], row["end"]) if v]
    left_edge = datetime.date(min(known).year - 2, 1, 1) if known else datetime.date(today.year - 5, 1, 1)
    right_edge = today + datetime.timedelta(days=120)

    organizations = []
    for row in rows:
        if row["organization"] not in organizations:
            organizations.append(row["organization"])

    tenures = [r for r in rows if r["type"] == "tenure"]
    bounds = _bounds(tenures, today, left_edge)
    bars = {style: {"y": [], "base": [], "x": [], "hovertext": []} for style in TENURE_STYLES}
    labels, drawn_rows = [], set()
    for i, row in enumerate(tenures):
        earliest, latest = bounds.get(i, (left_edge, today))
        span = _span_text(row)
        for style, first, after, label in tenure_segments(row, today, earliest, latest):
            drawn_rows.add(row["organization"])
            bar = bars[style]
            bar["y"].append(row["organization"])
            bar["base"].append(first.isoformat())
            bar["x"].append(_ms(first, after))
            bar["hovertext"].append(_hover(row["role"] or "role not stated", span, row, style_note(style, label)))
            label_at = (first + (after - first) / 2, row["organization"], label)
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
            "width": 0.45,
            **TENURE_STYLES[style],
        }
        for style, bar in bars.items()
        if bar["y"]
    ]

    for side, symbol, color in (("joined", "triangle-right", BLUE), ("left", "triangle-left", RED)):
        points = [r for r in rows if r["type"] == side and r["start"]]
        if not points:
            continue
        xs, symbols, hovers = [], [], []
        for r in points:
            value, precision = dates.parse_iso(r["start"])
            xs.append(_marker_x(value, precision).isoformat())
            symbols.append(symbol if precision == dates.DAY else f"{symbol}-open")
            title = f"{r['kind']}{': ' + r['role'] if r['role'] else ''}"
            hovers.append(_hover(title, dates.display(value, precision), r, r["status"]))
        data.append(
            {
                "type": "scatter",
                "mode": "markers",
                "name": "Joined" if side == "joined" else "Left",
                "x": xs,
                "y": [r["organization"] for r in points],
                "marker": {"symbol": symbols, "size": 13, "color": color, "line": {"color": color, "width": 2}},
                "hovertext": hovers,
                "hoverinfo": "text",
                "customdata": [f"#move-{r['move_id']}" for r in points],
            }
        )

    annotations = [
        {
            "x": x.isoformat(),
            "y": org,
            "text": text,
            "showarrow": False,
            "yshift": 19,
            "font": {"size": 11},
            # charts.js leaves the "start/end unknown" words out on a phone-width chart, where
            # they collide with the year labels; hover and caption still say it.
            **({"name": "open-label"} if text.endswith("unknown") else {}),
        }
        for x, org, text in labels
    ] + [
        {
            "x": left_edge.isoformat(),
            "y": org,
            "text": "dates unknown",
            "showarrow": False,
            "xanchor": "left",
            "font": {"color": GREY, "size": 12},
        }
        for org in organizations
        if org not in drawn_rows
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
            height=max(220, 110 + 64 * len(organizations)),
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


def _span_text(row):
    start = dates.display(*_parse(row["start"])) if row["start"] else "start unknown"
    if row["current"]:
        return f"{start} – present"
    end = dates.display(*_parse(row["end"])) if row["end"] else "end unknown"
    return f"{start} – {end}"


def style_note(style, label):
    if style == "approx":
        return f"{label}: known only to this period"
    if style == "open":
        return f"{label}: not drawn as a date"
    return ""


def _hover(title, when, row, note=""):
    lines = [f"<b>{row['organization']}</b>", title, when]
    if note:
        lines.append(f"<i>{note}</i>")
    if row["source_title"]:
        lines.append(f"Source: {row['source_title']}")
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
    return "<br>".join(lines)


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
                "customdata": [
                    [moves_url(r, direction) if moves_url else "", r["period"], abs(v)]
                    for r, v in zip(rows, values, strict=True)
                ],
                "hovertemplate": f"%{{customdata[1]}}: %{{customdata[2]}} {name.lower()}<extra></extra>",
                **common,
            }
        )
    data.append(
        {
            "type": "scatter",
            "mode": "lines+markers",
            "name": "Net",
            "y": [r["net"] for r in rows],
            "line": {"color": INK, "width": 2},
            "marker": {"size": 6, "color": INK},
            # Hover text only: a click on the line must not be taken for a link.
            "text": [r["period"] for r in rows],
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
                "tickformat": "d",
                "automargin": True,
            },
            legend={"orientation": "h", "y": -0.12, "x": 0, "yanchor": "top"},
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
    labels, colors = [name], [INK]
    sources, targets, values, urls = [], [], [], []
    for row in rows:
        labels.append(f"{row['side']}: {row['organization']}")
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
        urls.append([link_url(row) if link_url else "", hover])
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
            labels.append(f"{side}: {name}")
            colors.append(BLUE if side == "from" else RED)
        return index[key]

    sources, targets, values, urls = [], [], [], []
    for row in rows:
        sources.append(node("from", row["from"]))
        targets.append(node("to", row["to"]))
        values.append(row["moves"])
        urls.append([link_url(row) if link_url else "", f"{row['moves']} from {row['from']} to {row['to']}"])
    side_count = max(len({r["from"] for r in rows}), len({r["to"] for r in rows}), 1)
    return _sankey(labels, colors, sources, targets, values, urls, max(300, 36 * side_count + 60))
