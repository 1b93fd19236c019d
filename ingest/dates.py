"""Finding date phrases in a sentence and resolving them to a `PartialDate`.

Phrases are found with our own patterns and only then parsed one by one with dateparser:
run over whole sentences, dateparser's `search_dates` invents dates from words such as
"We", "may" or "$15". A phrase is *relative* when it has no year of its own ("last week",
"Tuesday", "in March"): it needs the publication date, so in an undated article it
resolves to an unknown date, and `resolve` is called again when a curator sets one.

Precision is what the phrase really says: "in 2022" is the year 2022 (value 2022-01-01,
precision "year"), never a padded day. dateparser reports "last week"/"this week" with
period "week"; a week is not a precision we store, and the computed day (publication date
minus seven days) is a guess, so a week phrase keeps only the month of that day.
"""

from __future__ import annotations

import datetime
import functools
import re

from .records import DAY, MONTH, UNKNOWN, YEAR, PartialDate

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|Jun\.|July|Jul\.|"
    r"Aug(?:ust|\.)?|Sept(?:ember|\.)?|Sep\.|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?<![\d$€£.,/])(?<!\d-)(?:19[5-9]\d|20[0-4]\d)(?![\d%]|,\d|\.\d|-\d)"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)"
_PREP = r"(?:(?:in|on|since|by|during|until|till|from|through|as of|starting|beginning|around|about)\s+)?"
_QUALIFIER = (
    r"(?:(?:early|late|mid|the (?:end|start|beginning|middle|spring|summer|fall|autumn|winter) of|"
    r"(?:the )?(?:spring|summer|fall|autumn|winter)(?: of)?)[\s-]+)?"
)

# Month names are matched with their capital letter only: "may" and "march" are verbs too.
_PATTERNS = [
    rf"{_PREP}{_MONTH}\s+{_DAYNUM},?\s+{_YEAR}",  # March 5, 2024
    rf"{_PREP}(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?{_MONTH}\s+{_YEAR}",  # 5 March 2024
    r"(?<![\d-])(?:19|20)\d\d-[01]\d-[0-3]\d(?![\d-])",  # 2024-03-05
    rf"{_PREP}{_QUALIFIER}{_MONTH}(?:\s+of)?\s+{_YEAR}",  # (in) (early) March 2023
    rf"{_PREP}{_MONTH}\s+{_DAYNUM}(?![\d:])",  # Feb. 8
    rf"{_PREP}{_QUALIFIER}{_YEAR}",  # in 2022, late 2019, mid-2023
    rf"{_PREP}(?:Q[1-4]|the (?:first|second|third|fourth) quarter of)\s+{_YEAR}",  # Q3 2024
    r"(?:(?:at|by|until|before|toward|towards)\s+)?(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+"
    r"(?:the|this|next|last)\s+(?:year|month)|(?:by\s+)?year-end",  # at the end of the year (month)
    rf"{_PREP}(?:(?:last|this|next|earlier this|later this)\s+)?{_WEEKDAY}",
    r"(?:(?:earlier|later|late|early)\s+)?(?:last|this|next)\s+(?:week|month|year|spring|summer|fall|autumn|winter)",
    r"(?:(?:earlier|later)\s+)?this\s+(?:week|month|year)",
    rf"{_NUMBER}\s+(?:days?|weeks?|months?|years?)\s+ago",
    r"\b(?:yesterday|today)\b",
    r"\b(?:(?:earlier|later)\s+)?(?:this\s+(?:morning|afternoon|evening)|tonight|last\s+night)\b",
    rf"(?:(?:in|since|by|until|from|during)\s+)?(?:early|late|mid)[\s-]+{_MONTH}(?!\s*\d)",  # (in) mid-January
    rf"(?:in|since|by|until|from|during|last|this|early|late|mid|mid-|earlier in|later in)\s+{_MONTH}"
    r"(?!\s*\d)",
    rf"(?:(?:at|by|until|from|before)\s+)?the\s+(?:end|start|beginning|middle)\s+of\s+{_MONTH}(?!\s*\d)",
]
_DATE_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_PATTERNS) + ")")
# Most sentences name no time at all; this cheap test spares them the big pattern.
_HINT = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\w+day|last|this|next|ago|"
    r"earlier|later|spring|summer|fall|autumn|winter|mid|year|month|morning|afternoon|evening|night)",
    re.IGNORECASE,
)
_LOWER_WORDS = re.compile(
    r"\b(?:In|On|At|Since|By|During|Until|Till|From|Through|As|Of|Starting|Beginning|Around|About|Early|Late|Mid|"
    r"The|End|Start|Middle|Spring|Summer|Fall|Autumn|Winter|Last|This|Next|Earlier|Later|A|An|One|Two|Three|"
    r"Four|Five|Six|Seven|Eight|Nine|Ten|Few|Several|Days?|Weeks?|Months?|Years?|Ago|Yesterday|Today)\b"
)


def find_dates(sentence: str) -> list[tuple[str, int, int]]:
    """Date phrases in a sentence as (phrase, start, end), in order, not overlapping.

    Only phrases that name a time are found ("in 2022", "last week", "Feb. 8");
    durations ("after six years") and anaphora ("later that year") are not dates.
    """
    # Sentence-initial capitals ("Last month, ...", "In 2024, ...") must match the
    # lowercase patterns, while month names must stay capitalised: lower the first
    # letter of those function words only.
    if not _HINT.search(sentence):
        return []
    probe = _LOWER_WORDS.sub(lambda m: m.group(0).lower(), sentence)
    found = []
    for m in _DATE_RE.finditer(probe):
        start, end = m.span()
        phrase = sentence[start:end].strip()
        found.append((phrase, start, start + len(phrase)))
    return found


_STRIP = re.compile(
    r"^(?:(?:in|on|at|since|by|during|until|till|from|through|as of|starting|beginning|around|about|before)\s+)?"
    r"(?:(?:early|late|mid|the (?:end|start|beginning|middle|spring|summer|fall|autumn|winter) of|"
    r"(?:the )?(?:spring|summer|fall|autumn|winter)(?: of)?|earlier in|later in|Q[1-4]|"
    r"the (?:first|second|third|fourth) quarter of)[\s-]+)?",
    re.IGNORECASE,
)
# "this summer", "last fall": a season is known to its year. The month each one ends in
# decides whether "last fall" in a February article is the previous year's.
_SEASON = re.compile(
    r"^(?:early|late|mid|earlier|later)?\s*(?P<rel>last|this|next)\s+(?P<s>spring|summer|fall|autumn|winter)$"
)
_SEASON_END = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11, "winter": 2}
# "at the end of the year", "by year-end": the year itself, relative to the publication.
_YEAR_PART = re.compile(
    r"^(?:(?:at|by|until|before|toward|towards)\s+)?(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+"
    r"(?P<rel>the|this|next|last)\s+year|year-end)$"
)
# "at the end of the month", "by the start of next month": that month, relative to the publication.
_MONTH_PART = re.compile(
    r"^(?:(?:at|by|until|before|toward|towards)\s+)?(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+"
    r"(?P<rel>the|this|next|last)\s+month$"
)
_MONTH_NUMBERS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_LAST_MONTH = re.compile(
    r"^(?:(?:in|since|from|until|by|of|during)\s+)?(?:early|late|mid-?)?\s*(?P<rel>last|this|next|past)\s+"
    r"(?P<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$"
)
_SEASON_YEAR = re.compile(r"^(?:early|late|mid|earlier|later)\s+(?=last|this|next)", re.IGNORECASE)
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_NAME = re.compile(_MONTH)
_PRECISION = {"day": DAY, "week": MONTH, "month": MONTH, "year": YEAR}


@functools.lru_cache(maxsize=64)
def _parser(base: datetime.date | None):
    from dateparser.date import DateDataParser  # imported late: it costs ~0.2 s at first use

    when = datetime.datetime.combine(base or datetime.date(2000, 1, 1), datetime.time())
    return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": when, "PREFER_DATES_FROM": "past"})


@functools.lru_cache(maxsize=4096)
def resolve(phrase: str, published: datetime.date | None) -> PartialDate:
    """The date a phrase names, to the precision it names it, relative to `published`.

    A phrase without a year of its own is relative; with no publication date it gives an
    unknown date (value None) that keeps the phrase so it can be resolved again later.
    """
    relative = _HAS_YEAR.search(phrase) is None
    unknown = PartialDate(None, UNKNOWN, phrase, relative)
    if relative and published is None:
        return unknown
    year = _relative_year(phrase.strip().lower(), published)
    if year is not None:
        return PartialDate(datetime.date(year, 1, 1), YEAR, phrase, True)
    named = _LAST_MONTH.match(phrase.strip().lower())
    if named:
        # "last August": the latest August before the publication month; "next March", "this June"
        number = _MONTH_NUMBERS[named.group("m")[:3]]
        year = published.year
        if named.group("rel") in ("last", "past") and number >= published.month:
            year -= 1
        elif named.group("rel") == "next" and number <= published.month:
            year += 1
        return PartialDate(datetime.date(year, number, 1), MONTH, phrase, True)
    month = _MONTH_PART.match(phrase.strip().lower())
    if month:
        step = {"next": 1, "last": -1}.get(month.group("rel"), 0)
        index = published.year * 12 + published.month - 1 + step
        return PartialDate(datetime.date(index // 12, index % 12 + 1, 1), MONTH, phrase, True)
    core = _SEASON_YEAR.sub("", _STRIP.sub("", phrase.strip())).strip()
    core = re.sub(r"^(?:earlier|later)\s+", "", core, flags=re.IGNORECASE)
    if not core:
        return unknown
    weekday = core.lower()
    if weekday in _WEEKDAYS and published is not None:
        # News convention: "said Tuesday" in a Tuesday paper is that day, not a week ago
        # (dateparser, preferring the past, would go back seven days).
        back = (published.weekday() - _WEEKDAYS.index(weekday)) % 7
        return PartialDate(published - datetime.timedelta(days=back), DAY, phrase, True)
    data = _parser(published if relative else None).get_date_data(core)
    if data is None or data.date_obj is None:
        return unknown
    value = data.date_obj.date()
    precision = _PRECISION.get(data.period or "day", DAY)
    if relative and _MONTH_NAME.search(core) and value < published - datetime.timedelta(days=300):
        # "on Feb. 1" in a mid-January article is two weeks ahead, not eleven months back.
        ahead = _next_year(value)
        if ahead - published < datetime.timedelta(days=92):
            value = ahead
    if precision == YEAR:
        value = value.replace(month=1, day=1)
    elif precision == MONTH:
        value = value.replace(day=1)
    return PartialDate(value, precision, phrase, relative)


def names_month(phrase: str) -> bool:
    """Whether a phrase names a calendar month ("in June", "Feb. 8"), not a span ("next week")."""
    return bool(_MONTH_NAME.search(phrase or ""))


def _relative_year(phrase: str, published: datetime.date) -> int | None:
    """The year of "this summer", "last fall", "at the end of the year" (None: another phrase)."""
    m = _SEASON.match(phrase)
    if m:
        rel, end = m.group("rel"), _SEASON_END[m.group("s")]
        if rel == "this":
            return published.year
        if rel == "next":
            return published.year + (1 if end <= published.month else 0)
        return published.year - (0 if end < published.month else 1)
    m = _YEAR_PART.match(phrase)
    if m:
        return published.year + {"next": 1, "last": -1}.get(m.group("rel") or "", 0)
    return None


def _next_year(value: datetime.date) -> datetime.date:
    try:
        return value.replace(year=value.year + 1)
    except ValueError:  # 29 February
        return value.replace(year=value.year + 1, day=28)
