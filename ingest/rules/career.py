"""Career histories: periods at an organisation with their years ("worked at A from 2013 to 2018",
"spent six years at A", "between 2008 and 2010 she was at A"). A period gives an in-atom at its
first year and an out-atom at its last (see shared/ANNOTATION.md, "Career periods").

A date phrase is one symbol: "since 1997" is ``⟨D0⟩`` after "has been at A", "in 2014" is ``⟨D0⟩``
after "landed at A"."""

from __future__ import annotations

import re

from . import DESCRIPTION, GAP, ORG, ORG_REF, PEOPLE, PERSON, PRONOUN, D, Example, P, Rule  # noqa: F401

# "worked", "served as CTO", "was a staff engineer", "held roles"
_WAS_AT = (
    r"(?:worked|served|was|were|spent\s+(?:[\w-]+\s+){1,3}?(?:years?|months?|decades?)|held\s+(?:[\w-]+\s+){0,3}?"
    r"(?:roles?|positions?|posts?|jobs?))(?:\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?)?\s*(?:at|with|for|in)"
)
_FROM_TO = rf"(?:from\s+)?(?P<d1>{D})\s*(?:to|until|through|-|–|and)\s*(?P<d2>{D})"
# "for about five years", "for nearly a decade"
_FOR_YEARS = r"for\s+(?:(?:about|around|nearly|almost|over|more\s+than|some|another|roughly)\s+)?(?:[\w/-]+\s+){1,3}?(?:years?|months?|decades?)"
# An organisation, also behind a description of it: "the capital advisory firm ⟨E2⟩", "audio tech firm ⟨O0⟩".
_ORG = rf"(?:(?:(?:the|an?)\s+)?(?:[\w-]+\s+){{0,4}}?{ORG}|{DESCRIPTION})"
# Between a subject and a past verb: like GAP, but not "has"/"have" (an ongoing spell is not a period).
_GAP_PAST = rf"(?:\s+(?:had|also|then|later|previously|just|first|eventually|once|{D}|\w+ly))*"
# A duration: "nearly nine years", "two and a half years", "a short stint", "31 years".
_SPELL = (
    r"(?:(?:about|around|nearly|almost|over|more\s+than|some|roughly|another|just|only)\s+)?"
    r"(?:[\w/-]+\s+){1,4}?(?:years?|months?|decades?)"
)
_STINT = r"(?:(?:a|an|his|her|their|two|three|several)\s+)?(?:(?:brief|short|long|successful|[\w-]+-year|[\w-]+-month)\s+)?stints?"
# Symbols other than a person, or plain words: a stretch of text that does not name someone else.
_NOT_PERSON = r"(?:[^.⟨]|⟨[OED]\d+⟩)"
# A transition of the subject to another employer.
_MOVE_VERB = (
    r"(?:joined|joins|is\s+joining|will\s+join|moved\s+(?:on\s+)?to|moves\s+to|went\s+(?:back\s+)?to|returned\s+to|"
    r"came\s+to|arrived\s+at|landed\s+at|accepted\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:job|position|role|offer)|"
    r"took\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:job|position|role|post)|signed\s+with|was\s+(?:hired|recruited|poached)\s+by)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        name="career:period-at-from-to",
        doc="a stint with both years after the organisation: 'worked at A (for five years) from 2013 to 2018'",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){GAP}\s+(?:{_WAS_AT}|(?:was|served\s+as)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,4}}?of)\s+"
            rf"(?P<o>{ORG_REF})(?:\s*,\s*[^,⟨]{{0,40}},)?(?:\s+{_FOR_YEARS})?\s*(?:,\s*)?"
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
            Example(
                "Mirela Stan worked at Quillon Systems for about five years between 2013 and 2018.",
                (("Mirela Stan", "in", "Quillon Systems", "2013"), ("Mirela Stan", "out", "Quillon Systems", "2018")),
            ),
            Example(
                "Tobias Renn was editor of the Harbor Ledger from 1996 to 2003.",
                (("Tobias Renn", "in", "Harbor Ledger", "1996"), ("Tobias Renn", "out", "Harbor Ledger", "2003")),
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
    Rule(
        name="career:spent-years",
        doc="an ended spell of a given length: 'spent nine years at A', 'worked at A for 13 years', "
        "'built his career in A for 13 years' (in and out, dated only by the clause)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){_GAP_PAST}\s+(?:"
            rf"spent\s+(?:(?:his|her|their|most\s+of\s+(?:his|her|their))\s+)?{_SPELL}(?:\s+(?:[\w-]+\s+){{0,5}}?)?\s*"
            rf"(?:at|with|within|in(?=\s+⟨O))\s+(?P<o>{_ORG})"
            rf"|(?:worked|was|served)(?:\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,4}}?)?\s*(?:at|with|for)\s+"
            rf"(?P<o2>{_ORG})\s+{_FOR_YEARS}(?!\s*,?\s*(?:between|from)\s)"
            rf"|built\s+(?:his|her|their)\s+career\s+(?:at|with|in)\s+(?P<o3>{_ORG})\s+{_FOR_YEARS})",
            re.IGNORECASE,
        ),
        atoms=(
            ("p", "o", "in", None),
            ("p", "o", "out", None),
            ("p", "o2", "in", None),
            ("p", "o2", "out", None),
            ("p", "o3", "in", None),
        ),
        examples=(
            Example(
                "Before joining Pellucid, Harriet Vane spent nearly nine years at Marlowe Freight.",
                (("Harriet Vane", "in", "Marlowe Freight", None), ("Harriet Vane", "out", "Marlowe Freight", None)),
            ),
            Example(
                "Kofi Mensah worked at Brightwater Labs for 13 years and then moved to Ardent.",
                (("Kofi Mensah", "in", "Brightwater Labs", None), ("Kofi Mensah", "out", "Brightwater Labs", None)),
            ),
            Example(
                "Ilse Varga spent five years in total at the logistics firm Corvane.",
                (("Ilse Varga", "in", "Corvane", None), ("Ilse Varga", "out", "Corvane", None)),
            ),
        ),
    ),
    Rule(
        name="career:since-year",
        doc="a spell with its start: 'has been at A since 1997', 'had worked at the company since 2022', "
        "'A Globex employee since 2005, X ...' (in at the year)",
        pattern=re.compile(
            rf"(?P<p>{PERSON})(?:\s*,\s*who)?(?:\s+(?:also|long|previously))?\s+(?:has|had|have)(?:\s+(?:also|long))?\s+"
            rf"(?:been|worked|held\s+(?:[\w-]+\s+){{0,3}}?(?:roles?|positions?|posts?|jobs?))\s+(?:at|with|for)\s+"
            rf"(?P<o>(?:the\s+)?{ORG})\s*(?P<d>{D})"
            rf"|\b(?:an?|the)\s+(?P<o2>{ORG})\s+(?:employee|veteran|staffer|engineer|executive|researcher)\s+(?P<d2>{D})"
            rf"\s*,\s*(?P<p2>{PERSON})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"), ("p2", "o2", "in", "d2")),
        examples=(
            Example(
                "Rosa Lindqvist, who has been at Tamberly Foods since 1997, will leave in the autumn.",
                (("Rosa Lindqvist", "in", "Tamberly Foods", "1997"),),
            ),
            Example(
                "A Corvane employee since 2005, Idris Bello now runs its drug development arm.",
                (("Idris Bello", "in", "Corvane", "2005"),),
            ),
        ),
    ),
)
