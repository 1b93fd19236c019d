"""Named extraction rules: one phrasing family per module, each rule a name, its pattern over a
sentence skeleton and example sentences that become its tests (`tests/test_rules.py`).

A skeleton is a sentence with each mention replaced by a symbol: ``⟨P0⟩`` a person, ``⟨O1⟩`` a
known organisation, ``⟨E2⟩`` another capitalised name, ``⟨D3⟩`` a date phrase:

    "Between 2013 and 2018 she worked at Kestrel Robotics"  ->  "Between ⟨D0⟩ and ⟨D1⟩ she worked at ⟨E2⟩"

A rule's pattern names its slots with groups, and its `atoms` say what each match claims:
``("p", "o", "in", "d1")`` is "the person in group p joined the organisation in group o, dated by
the date in group d1"; a date group of "-" says the text gives that atom no time (it is not dated
from its clause). A person slot may hold a person symbol, a subject pronoun ("he", "she",
"they", "who") or a list of people; an organisation slot an organisation symbol or a description
("the company", "the chipmaker") resolved from context. With no date group the move takes the
date of its own clause, as the built-in patterns do.

Adding a phrasing: add a `Rule` with two or more `Example`s to the module of its family (or a
new module listed in `MODULES`); `make test` runs every example. See docs/extraction.md.
"""

from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass, field

try:  # Python 3.11+
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

# Symbols in a skeleton, for patterns.
P = r"⟨P\d+⟩"
ORG = r"⟨[OE]\d+⟩"
D = r"⟨D\d+⟩"
PRONOUN = r"\b(?:he|she|they)\b"
PERSON = rf"(?:{P}(?!')|{PRONOUN})"
# A list of people: "⟨P1⟩, ⟨P2⟩ and ⟨P3⟩".
PEOPLE = rf"{P}(?:\s*(?:\([^()]*\))?\s*,\s*(?:and\s+)?{P})*(?:\s*(?:\([^()]*\))?\s*,?\s*(?:and|&)\s+{P})?"
# An organisation by name or by description ("the company", "the chipmaker", "the iPhone maker").
DESCRIPTION = (
    r"the\s+(?:[\w-]+\s+){0,3}?(?:company|startup|start-up|firm|lab|laboratory|group|giant|maker|chipmaker|"
    r"automaker|carmaker|bank|lender|insurer|retailer|publisher|network|studio|agency|club|team|organi[sz]ation|"
    r"outlet|newspaper|paper|broadcaster|platform|business|unit|division|institute|university|fund|investor)"
)
ORG_REF = rf"(?:(?:the\s+)?{ORG}|{DESCRIPTION})"
# Words between a subject and its verb: "also", "has", "had", "quietly", a date.
GAP = rf"(?:\s+(?:has|have|had|also|then|later|quietly|recently|previously|just|first|eventually|{D}|\w+ly))*"

MODULES = ("career", "hires", "departures", "successions", "transfers")


@dataclass(frozen=True)
class Example:
    """A sentence (with the text before it, if the rule needs context) and the atoms it must
    give: (person, direction, organisation, date or None)."""

    text: str
    atoms: tuple[tuple[str, str, str, str | None], ...]
    published: str | None = "2025-06-15"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    atoms: tuple[tuple[str, str, str, str | None], ...]  # (person group, org group, direction, date group)
    examples: tuple[Example, ...] = ()
    kind: str = ""  # "found" or "rejoin" for an in-atom that is one; default join/leave
    doc: str = ""
    # {"verb": group}: the group whose clause dates every atom; {"destination": group}: that organisation slot
    # is where the article's latest joining went, when there is one; {"lists": (group, ...)}: those organisation
    # slots may hold several organisations, one atom each
    flags: dict = field(default_factory=dict)


def _load() -> tuple[Rule, ...]:
    rules = []
    for name in MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        rules.extend(module.RULES)
    names = [r.name for r in rules]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValueError(f"rule names must be unique: {sorted(duplicates)}")
    return tuple(rules)


RULES: tuple[Rule, ...] = ()


@functools.cache
def hint(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Words one of which the pattern cannot match without (lower-case), read from its parse once: a
    cheap test that spares a sentence the pattern's search. None when no such words can be read."""
    best = _best(_required(_sre_parse.parse(pattern.pattern, pattern.flags)))
    return tuple(sorted(best)) if best else None


def _required(items) -> list[frozenset[str]]:
    """What a parsed (sub)pattern needs: a list of requirements, each a set of strings one of which must
    occur."""
    out: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        if op is _sre.LITERAL:
            run += chr(arg).lower()
            continue
        if len(run) >= 2:
            out.append(frozenset([run]))
        run = ""
        if op is _sre.SUBPATTERN:
            out.extend(_required(arg[-1]))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) and arg[0] >= 1:
            out.extend(_required(arg[2]))
        elif op is _sre.BRANCH:
            alternatives = [_best(_required(branch)) for branch in arg[1]]
            if all(alternatives):
                out.append(frozenset().union(*alternatives))
    if len(run) >= 2:
        out.append(frozenset([run]))
    return out


def _best(requirements: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective requirement: its shortest string is the longest."""
    return max(requirements, key=lambda r: (min(len(x) for x in r), -len(r)), default=None)


def all_rules() -> tuple[Rule, ...]:
    global RULES
    if not RULES:
        RULES = _load()
    return RULES
