"""Dates known to a precision: how they are stored, written and shown.

A move dated "2022" is stored as 2022-01-01 with precision "year" so it sorts and filters
like any date, and is always *shown* as "2022": never as 1 January.
"""

import datetime

YEAR, MONTH, DAY, UNKNOWN = "year", "month", "day", "unknown"


def normalize(value, precision):
    """Return (first day of the known period, precision); (None, UNKNOWN) without a value."""
    if value is None or precision in (None, "", UNKNOWN):
        return None, UNKNOWN
    if precision == YEAR:
        return value.replace(month=1, day=1), YEAR
    if precision == MONTH:
        return value.replace(day=1), MONTH
    return value, DAY


def iso(value, precision):
    """ "2022", "2022-03", "2022-03-05" or None."""
    value, precision = normalize(value, precision)
    if value is None:
        return None
    if precision == YEAR:
        return f"{value.year:04d}"
    if precision == MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def display(value, precision, unknown="date unknown"):
    """ "2022", "Mar 2022", "5 Mar 2022" or the `unknown` text."""
    value, precision = normalize(value, precision)
    if value is None:
        return unknown
    if precision == YEAR:
        return str(value.year)
    if precision == MONTH:
        return value.strftime("%b %Y")
    return f"{value.day} {value.strftime('%b %Y')}"


def period_end(value, precision):
    """Last day of the known period (for drawing a year-only date as a span)."""
    value, precision = normalize(value, precision)
    if value is None:
        return None
    if precision == YEAR:
        return datetime.date(value.year, 12, 31)
    if precision == MONTH:
        if value.month == 12:  # also the last month of the calendar: no "next month" to step back from
            return datetime.date(value.year, 12, 31)
        return datetime.date(value.year, value.month + 1, 1) - datetime.timedelta(days=1)
    return value


def parse_iso(text):
    """Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD" into (date, precision); ValueError otherwise."""
    text = (text or "").strip()
    parts = text.split("-")
    if not text or len(parts) > 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise ValueError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    numbers = [int(p) for p in parts] + [1] * (3 - len(parts))
    value = datetime.date(*numbers)
    return value, (YEAR, MONTH, DAY)[len(parts) - 1]
