"""Sentences that look like a move the extractor did not read: for the curation desk.

A sentence is a candidate when it names a person and an organisation near a move word and no
move was taken from it. For each one a first guess at the move (person, organisations, kind,
date) prefills the curator's "Add a move from this sentence" form; the curator corrects it.
Pure Python over strings, like the extractor whose sentence splitter, mentions and date
phrases it reuses.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from .dates import find_dates, resolve
from .extract import find_mentions, split_sentences
from .records import FOUND, JOIN, LEAVE, MOVE, REJOIN, PartialDate

_HIRE = (
    r"hir(?:e|es|ed|ing)|poach(?:es|ed|ing)?|recruit(?:s|ed|ing)?|appoint(?:s|ed|ing)?|tapp(?:ed|ing)|taps|"
    r"brought\s+(?:on|aboard|in|over)|brings\s+(?:on|aboard|in)|lur(?:e|es|ed|ing)|snag(?:s|ged)|nabb?(?:s|ed)?|"
    r"named|names|welcom(?:e|es|ed)|add(?:s|ed)"
)
_LEAVE = (
    r"le(?:ft|aves?|aving)|depart(?:s|ed|ing)?|quit(?:s|ting)?|resign(?:s|ed|ing)?|exit(?:s|ed|ing)?|"
    r"step(?:s|ped)?\s+down|packing\s+(?:his|her|their)\s+bags|walk(?:s|ed)\s+away|fired|ousted"
)
_FOUND = r"co-?found(?:s|ed|ing)?|found(?:s|ed|ing)|launch(?:es|ed|ing)?|start(?:s|ed)\s+(?:a|an|his|her|their)"
_REJOIN = r"re-?join(?:s|ed|ing)?|return(?:s|ed|ing)?\s+to|back\s+at|boomerang"
_JOIN = (
    r"join(?:s|ed|ing)?|land(?:s|ed|ing)?\s+(?:at|with)|sign(?:s|ed)?\s+on|head(?:s|ed|ing)?\s+to|"
    r"mov(?:e|es|ed|ing)\s+to|jump(?:s|ed|ing)?\s+(?:ship\s+)?to|defect(?:s|ed|ing)?|decamp(?:s|ed|ing)?|"
    r"(?:is|are)\s+now\s+at|tak(?:es|ing)\s+(?:a|the)\s+(?:job|role|post)|took\s+(?:a|the)\s+(?:job|role|post)"
)
_CUE = re.compile(
    rf"(?<![\w-])(?:(?P<rejoin>{_REJOIN})|(?P<found>{_FOUND})|(?P<hire>{_HIRE})|(?P<leave>{_LEAVE})|(?P<join>{_JOIN}))"
    r"(?![\w-])",
    re.IGNORECASE,
)
NEAR = 120  # characters between the cue and the names it is about


@dataclass
class MissedSentence:
    start: int  # offsets in the article text
    end: int
    text: str
    person: str
    kind: str
    from_org: str = ""
    to_org: str = ""
    date: PartialDate = field(default_factory=PartialDate)
    cue: tuple[int, int] = (0, 0)  # offsets of the move word in the sentence

    @property
    def organization(self):
        return self.to_org or self.from_org


def _guess(sentence: str, cue: re.Match, people, orgs):
    kind = cue.lastgroup
    before = [o for o in orgs if o.end <= cue.start()]
    after = [o for o in orgs if o.start >= cue.end()]
    person = min(people, key=lambda p: abs(p.start - cue.start()))
    name = lambda m: m.name or m.text  # noqa: E731
    if kind == "hire":
        hirer = (before[-1:] or after[:1])[0]
        source = next((o for o in after if o is not hirer and re.search(r"\bfrom\s+$", sentence[: o.start])), None)
        return person, (MOVE if source else JOIN), name(source) if source else "", name(hirer)
    if kind == "leave":
        left = (after[:1] or before[-1:])[0]
        onward = next(
            (o for o in after if o is not left and re.search(r"\b(?:for|to|join\w*|at)\s+$", sentence[: o.start])), None
        )
        return person, (MOVE if onward else LEAVE), name(left), name(onward) if onward else ""
    target = (after[:1] or before[-1:])[0]
    return person, {"found": FOUND, "rejoin": REJOIN}.get(kind, JOIN), "", name(target)


def missed_sentences(text: str, published: datetime.date | None, read: set[str]) -> list[MissedSentence]:
    """Candidate sentences of `text` not in `read` (the sentences moves were taken from)."""
    found = []
    for s in split_sentences(text):
        if s.text in read or len(s.text) > 600:
            continue
        cue = _CUE.search(s.text)
        if not cue:
            continue
        mentions = find_mentions(s.text)
        people = [m for m in mentions if m.kind == "P" and abs(m.start - cue.start()) <= NEAR]
        orgs = [m for m in mentions if m.kind in ("O", "E") and abs(m.start - cue.start()) <= NEAR]
        orgs = [o for o in orgs if not any(p.start <= o.start < p.end for p in people)]
        if not people or not orgs:
            continue
        person, kind, from_org, to_org = _guess(s.text, cue, people, orgs)
        phrases = find_dates(s.text)
        date = resolve(phrases[0][0], published) if phrases else PartialDate()
        found.append(
            MissedSentence(s.start, s.end, s.text, person.name or person.text, kind, from_org, to_org, date, cue.span())
        )
    return found
