"""How much to trust an extracted move: a number in [0, 1] from the rule, the evidence and the
number of sources.

Pure Python (no ORM), like the rest of extraction. A rule family's prior is its measured
precision on the real-news dev corpus (`tests/real/`, see docs/extraction.md), rounded down; the
evidence adjusts it (a full name and a dated, named organisation read as firmer than a lone
surname in a 600-character sentence); independent sources combine as independent witnesses:
1 - (1 - c1)(1 - c2)...
"""

from __future__ import annotations

from .orgs import KNOWN
from .records import ExtractedMove

# Rule family -> prior. Families that read a move straight from a verb with its subject and
# object rank above those that infer one (a departure implied by a later join, a list item).
PRIORS = {
    # measured on the real-news dev corpus (r01-r11, after fixing), rounded down
    "hire": 0.9,
    "verb": 0.86,
    "found": 0.83,
    "leave_with_chain": 0.78,
    "role": 0.8,
    "noun": 0.64,
    "former": 0.6,
    "fallback": 0.6,
    # the named rules of ingest/rules/ were written against that corpus (dev precision 0.97-1.0),
    # so their prior is discounted to what a new batch can be expected to give
    "career": 0.8,
    "hires": 0.8,
    "departures": 0.8,
    "successions": 0.8,
    "transfers": 0.8,
    # too rare on the dev corpus to measure: by kind of evidence
    "cofounders": 0.8,
    "returns": 0.8,
    "joining": 0.8,
    "list:group": 0.78,
    "list:roster": 0.78,
    "list:departures": 0.78,
    "list:exodus": 0.65,
    "losses": 0.75,
    "stint": 0.72,
    "successors": 0.72,
    "implied_departures": 0.7,
    "transition": 0.7,
    "arrivals": 0.7,
    "current_jobs": 0.65,
    "team": 0.7,
}
DEFAULT_PRIOR = 0.65
_KNOWN = {name.lower() for name in KNOWN} | {alias.lower() for aliases in KNOWN.values() for alias in aliases}


_NAMED = ("career:", "hires:", "departures:", "successions:")


def family(rule: str) -> str:
    """ "verb:join" -> "verb"; "list:group:leave" -> "list:group"; a named rule "career:stint-at" -> "career"."""
    if rule.startswith(_NAMED):
        return rule.split(":", 1)[0]
    return rule.rsplit(":", 1)[0] if ":" in rule else rule


def move_confidence(move: ExtractedMove) -> float:
    """The confidence of one piece of evidence for one move."""
    c = PRIORS.get(family(move.rule), DEFAULT_PRIOR)
    if move.date.iso():
        c += 0.04  # a dated statement is a specific claim
    if len(move.person.split()) < 2:
        c -= 0.2  # a lone name may be a misread word
    orgs = [o for o in (move.from_org, move.to_org) if o]
    if orgs and not any(o.lower() in _KNOWN for o in orgs) and all(" " not in o for o in orgs):
        c -= 0.05  # a one-word name found only from context
    if len(move.sentence) > 400:
        c -= 0.05  # long sentences hold more people and organisations to confuse
    return round(min(0.97, max(0.05, c)), 3)


def combine(confidences) -> float:
    """Several sources for one move: independent witnesses."""
    doubt = 1.0
    for c in confidences:
        doubt *= 1.0 - max(0.0, min(1.0, c))
    return round(min(0.99, 1.0 - doubt), 3)
