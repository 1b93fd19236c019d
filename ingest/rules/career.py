"""Career histories: periods at an organisation with their years ("worked at A from 2013 to 2018",
"spent six years at A", "between 2008 and 2010 she was at A"). A period gives an in-atom at its
first year and an out-atom at its last (see shared/ANNOTATION.md, "Career periods")."""

from __future__ import annotations

import re

from . import DESCRIPTION, GAP, ORG, ORG_REF, PEOPLE, PERSON, D, Example, P, Rule  # noqa: F401

# "worked", "served as CTO", "was a staff engineer", "held roles"
_WAS_AT = (
    r"(?:worked|served|was|were|spent\s+(?:[\w-]+\s+){1,3}?(?:years?|months?|decades?)|held\s+(?:[\w-]+\s+){0,3}?"
    r"(?:roles?|positions?|posts?|jobs?))(?:\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?)?\s*(?:at|with|for|in)"
)
_FROM_TO = rf"(?:from\s+)?(?P<d1>{D})\s*(?:to|until|through|-|–|and)\s*(?P<d2>{D})"

RULES: tuple[Rule, ...] = (
    Rule(
        name="career:period-at-from-to",
        doc="a stint with both years after the organisation",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){GAP}\s+{_WAS_AT}\s+(?P<o>{ORG_REF})(?:\s*,\s*[^,⟨]{{0,40}},)?\s*(?:,\s*)?"
            rf"(?:between\s+)?{_FROM_TO}",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d1"), ("p", "o", "out", "d2")),
        examples=(
            Example(
                "Dana Ortiz worked at Kestrel Robotics from 2013 to 2018.",
                (("Dana Ortiz", "in", "Kestrel Robotics", "2013"), ("Dana Ortiz", "out", "Kestrel Robotics", "2018")),
            ),
            Example(
                "Before that, Omar Haddad served as chief financial officer at Globex between 2008 and 2010.",
                (("Omar Haddad", "in", "Globex", "2008"), ("Omar Haddad", "out", "Globex", "2010")),
            ),
        ),
    ),
    Rule(
        name="career:period-years-first",
        doc="a stint whose years come first: 'Between 2013 and 2018 she worked at A'",
        pattern=re.compile(
            rf"(?:between|from)\s+(?P<d1>{D})\s*(?:and|to|until|-|–)\s*(?P<d2>{D})\s*,?\s*(?P<p>{PERSON}){GAP}\s+"
            rf"{_WAS_AT}\s+(?P<o>{ORG_REF})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d1"), ("p", "o", "out", "d2")),
        examples=(
            Example(
                "Priya Natarajan joined in March. Between 2013 and 2018 she worked at Kestrel Robotics.",
                (
                    ("Priya Natarajan", "in", "Kestrel Robotics", "2013"),
                    ("Priya Natarajan", "out", "Kestrel Robotics", "2018"),
                ),
            ),
            Example(
                "From 2001 to 2004, Lars Berg was a software engineer at Initech.",
                (("Lars Berg", "in", "Initech", "2001"), ("Lars Berg", "out", "Initech", "2004")),
            ),
        ),
    ),
)
