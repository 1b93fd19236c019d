"""Date helpers for moves: a finished act's month cannot lie ahead of the story; finer dates refine
coarser ones; roles cleaned.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from .. import dates
from ..records import DAY, MONTH, YEAR, PartialDate

# A finished act ("left", "joined", "was started", "resigned"): its month cannot lie ahead of the story.
_PAST_VERB = re.compile(r"(?:[a-z]+ed|left|quit|began|became|took|went|was|were|had|lost)\b", re.IGNORECASE)
_NOT_DONE = re.compile(r"\b(?:will|would|to|is|are|be|set|plans?|expected)\s+$", re.IGNORECASE)


def _past_if_done(when: PartialDate, skel: str, anchor: int, published: datetime.date | None) -> PartialDate:
    """ "Left Scale in June" in an April story is last June: dateparser reads a bare month as this year's."""
    if published is None or when.value is None or not when.relative or when.value <= published:
        return when
    if not _PAST_VERB.match(skel, anchor) or _NOT_DONE.search(skel[max(0, anchor - 20) : anchor]):
        return when
    if not dates.names_month(when.phrase):
        return when
    try:
        return replace(when, value=when.value.replace(year=when.value.year - 1))
    except ValueError:  # 29 February
        return replace(when, value=when.value.replace(year=when.value.year - 1, day=28))


# A clause about what is still to come: "will take over when X steps down in November".
_FUTURE = re.compile(
    r"\b(?:will|shall|'ll|is\s+(?:set|due|expected|scheduled|slated|poised)\s+to|are\s+(?:set|due|expected)\s+to|"
    r"is\s+to|are\s+to|plans?\s+to|intends?\s+to|(?:from|starting|beginning|effective)\s+(?:today|tomorrow|next)|"
    r"designate|incoming)\b",
    re.IGNORECASE,
)
_SINCE_PAST = re.compile(r"\b(?:since|ago|last|earlier|previously|had|was|were|left|joined|quit)\b", re.IGNORECASE)


def _ahead_if_future(when: PartialDate, skel: str, anchor: int, published: datetime.date | None) -> PartialDate:
    """ "steps down after the meeting in November" in a July story that says he "will" go: next
    November, where dateparser (preferring the past) reads last November."""
    if published is None or when.value is None or not when.relative or when.value >= published.replace(day=1):
        return when  # this month is this month
    if not dates.names_month(when.phrase) or when.precision == YEAR:
        return when
    if _PAST_VERB.match(skel, anchor):
        return when  # "departed for Pinterest in January, where she will be": done
    clause = skel[max(0, anchor - 80) : anchor + 30]
    if not _FUTURE.search(clause) or _SINCE_PAST.search(when.phrase):
        return when
    try:
        ahead = when.value.replace(year=when.value.year + 1)
    except ValueError:  # 29 February
        ahead = when.value.replace(year=when.value.year + 1, day=28)
    return replace(when, value=ahead) if ahead - published <= datetime.timedelta(days=366) else when


def _finer(new: PartialDate, old: PartialDate) -> bool:
    """A month or day inside a year already known: "in September" refines "last fall" (2025)."""
    return (
        old.value is not None
        and new.value is not None
        and old.precision == YEAR
        and new.precision in (MONTH, DAY)
        and new.value.year == old.value.year
    )


def _clean_role(role: str) -> str:
    role = re.sub(r"⟨[OEPD]\d+⟩('s)?", "", role)
    role = re.sub(
        r"^(?:(?:the|a|an|as|its|their|his|her|former|new|then|also|and|another)\s+)+",
        "",
        role.strip(),
        flags=re.IGNORECASE,
    )
    role = role.strip(" ,;:()")
    return role if len(role.split()) <= 8 else ""
