"""Plain records passed from extraction to the loader.

Nothing here imports Django: the extractor is pure Python over strings, so it can be
tested and profiled alone; `ingest.loader` writes these records to the database.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

# Date precision vocabulary, shared with timeline.models.Precision.
YEAR, MONTH, DAY, UNKNOWN = "year", "month", "day", "unknown"

# Move kinds, shared with timeline.models.Move.Kind.
JOIN, LEAVE, REJOIN, FOUND, MOVE = "join", "leave", "rejoin", "found", "move"


@dataclass(frozen=True)
class PartialDate:
    """A date known to some precision. `value` is the first day of the known period
    (2022 -> 2022-01-01, precision "year"); never show `value` without `precision`."""

    value: datetime.date | None = None
    precision: str = UNKNOWN
    phrase: str = ""  # the words it came from ("in 2022", "last week")
    relative: bool = False  # True when it depends on the publication date

    def iso(self) -> str | None:
        if self.value is None or self.precision == UNKNOWN:
            return None
        if self.precision == YEAR:
            return f"{self.value.year:04d}"
        if self.precision == MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()


@dataclass
class ParsedArticle:
    """An article file read and split into header fields and body text."""

    filename: str
    text: str  # the body text that evidence offsets point into
    title: str = ""
    source_url: str = ""
    published: datetime.date | None = None
    warnings: list[str] = field(default_factory=list)  # header lines dropped, with the reason


@dataclass
class ExtractedMove:
    """One move found in an article, with the sentence that supports it.

    `start`/`end` are character offsets of `sentence` in ParsedArticle.text
    (text[start:end] == sentence).
    """

    person: str  # canonical full name ("Andrej Karpathy")
    kind: str  # JOIN, LEAVE, REJOIN, FOUND or MOVE (left from_org for to_org)
    sentence: str
    start: int
    end: int
    from_org: str | None = None
    to_org: str | None = None
    role: str = ""  # title held at the organisation concerned ("director of AI")
    date: PartialDate = field(default_factory=PartialDate)
    person_aliases: tuple[str, ...] = ()  # other names used for the person in the article
    rule: str = ""  # the extraction rule that produced it ("verb:join", "list:departures", "fallback")
    confidence: float = 0.0  # in [0, 1]: from the rule and the evidence (ingest.confidence)
    date_borrowed: bool = False  # the date is the other half's of a transfer: a date of its own wins
