"""Career histories: periods at an organisation with their years ("worked at A from 2013 to 2018",
"spent six years at A", "between 2008 and 2010 she was at A"). A period gives an in-atom at its
first year and an out-atom at its last (see shared/ANNOTATION.md, "Career periods").

A date phrase is one symbol: "since 1997" is ``⟨D0⟩`` after "has been at A", "in 2014" is ``⟨D0⟩``
after "landed at A"."""

from __future__ import annotations

import re

from . import DESCRIPTION, GAP, ORG, ORG_REF, PEOPLE, PERSON, PRONOUN, D, Example, P, Rule  # noqa: F401

# "worked", "served as CTO", "was a staff engineer", "held roles", "led research"
_WAS_AT = (
    r"(?:worked|served|was|were|led|headed|ran|managed|spent\s+(?:[\w-]+\s+){1,3}?(?:years?|months?|decades?)|held\s+(?:[\w-]+\s+){0,3}?"
    r"(?:roles?|positions?|posts?|jobs?))(?:\s+(?:previously\s+|also\s+)?(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?)?"
    r"\s*(?:at|with|for|in|of)"
)
_FROM_TO = rf"(?:from\s+)?(?P<d1>{D})\s*(?:to|until|through|-|–|and)\s*(?P<d2>{D})"
# "for about five years", "for nearly a decade"
_FOR_YEARS = r"for\s+(?:(?:about|around|nearly|almost|over|more\s+than|some|another|roughly)\s+)?(?:[\w/-]+\s+){1,3}?(?:years?|months?|decades?)"
# An organisation, also behind a description of it: "the capital advisory firm ⟨E2⟩", "audio tech firm ⟨O0⟩".
_DESC_NOUN = (
    r"(?:company|startup|start-up|firm|lab|laboratory|group|giant|maker|chipmaker|automaker|carmaker|bank|lender|"
    r"insurer|retailer|publisher|network|studio|agency|consultancy|outfit|team|organi[sz]ation|platform|business|"
    r"unit|division|institute|university|fund|investor|manufacturer|supplier|developer|provider|aggregator|app)"
)
# A description before a name stays out of the slot: "audio tech firm ⟨O0⟩", "the capital advisory firm ⟨E2⟩",
# "sensor and ⟨E1⟩ technology company ⟨E2⟩" (the slot is ⟨E2⟩).
_DESC_PREFIX = rf"(?:(?:the|an?)\s+)?(?:(?:[\w-]+|⟨E\d+⟩)\s+){{0,4}}?{_DESC_NOUN}\s+"


def _org(name: str) -> str:
    """An organisation slot: a name, behind a description of it, or a description alone ("the company")."""
    return rf"(?:{_DESC_PREFIX})?(?P<{name}>(?:the\s+)?{ORG}|{DESCRIPTION})"


def _named(name: str) -> str:
    """A named organisation only (a description may resolve to the wrong one in a career history)."""
    return rf"(?:{_DESC_PREFIX})?(?P<{name}>(?:the\s+)?{ORG})"


# Between a subject and a past verb: like GAP, but not "has"/"have" (an ongoing spell is not a period).
_GAP_PAST = rf"(?:\s+(?:had|also|then|later|previously|just|first|eventually|once|{D}|\w+ly))*"
# A duration: "nearly nine years", "two and a half years", "a short stint", "31 years".
_SPELL = (
    r"(?:(?:about|around|nearly|almost|over|more\s+than|some|roughly|another|just|only)\s+)?"
    r"(?:[\w/-]+\s+){1,4}?(?:years?|months?|decades?)"
)
_STINT = r"(?:(?:a|an|his|her|their|two|three|several)\s+)?(?:(?:brief|short|long|successful|[\w-]+-year|[\w-]+-month)\s+)?stints?"
# "a five-year tenure", in a framed transition only ("during his tenure at A" may be the current job).
_TENURE = r"(?:(?:a|an|his|her|their)\s+)?(?:[\w-]+-(?:year|month)\s+)?tenure"
# Symbols other than a person, or plain words: a stretch of text that does not name someone else.
_NOT_PERSON = r"(?:[^.⟨]|⟨[OED]\d+⟩)"
# Words set off after a subject: "Crutchfield, 53, was ...", "Lee, on the other hand, worked ...".
_APPOSITIVE = r"(?:\s*,\s*[^,⟨]{1,30},)?"
# The leaving that ends a spell, later in the clause: "..., before leaving in April 2022" (its date dates the out).
# Only after "worked at A for N years": a dated claim over a built-in leaving frees the year for another move.
_LEFT_LATER = (
    rf"(?:{_NOT_PERSON}{{{{0,120}}}}?\bbefore\s+(?:leaving|departing|quitting|resigning|exiting|retiring)"
    rf"(?:\s+(?:the\s+company|it|the\s+firm))?(?:\s+with\s+{P}(?:\s+and\s+{P})?)?\s*(?P<{{}}>{D}))?"
)
# Schooling is not a job: "spent a year at MIT studying mathematics".
_NOT_STUDYING = r"(?!\s+(?:studying|as\s+an?\s+(?:student|undergraduate|graduate|postgraduate|intern|visiting|fellow)))"
# A transition of the subject to another employer.
_MOVE_VERB = (
    r"(?:joined|joins|is\s+joining|will\s+join|moved\s+(?:on\s+)?to|moves\s+to|went\s+(?:back\s+)?to|returned\s+to|"
    r"came\s+to|arrived\s+at|landed\s+at|accepted\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:job|position|role|offer)|"
    r"took\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:job|position|role|post)|signed\s+with|was\s+(?:hired|recruited|poached)\s+by)"
)


# A role word that is schooling, not a job ("a research intern at", "a PhD student at", "a visiting fellow at").
_NOT_SCHOOL = r"(?!(?:intern|interns|internship|student|undergraduate|phd|doctoral|fellow|visiting)\b)"
# A later step of a career that closes the one before it: ", jumping into", "then working as",
# "before cofounding", "before joining".
_NEXT_STEP = (
    rf"(?=\s*,?\s*{_NOT_PERSON}{{0,60}}?\b(?:jumping|moving|switching|then|later|joining|joined|went\s+on|"
    r"before\s+(?:joining|co-?founding|cofounding|founding|moving|launching|starting|taking|leaving))\b)"
)
_ROLE_WORDS = rf"(?:\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:{_NOT_SCHOOL}[\w-]+\s+){{0,6}}?)?\s*"
# "Before joining B", "Prior to joining B" (a capitalised "Prior" may come as a name symbol).
_BEFORE_JOINING = rf"(?:\b(?:before|prior\s+to)|⟨E\d+⟩\s+to)\s+(?:joining|coming\s+to|moving\s+to|arriving\s+at)\s+{_org('b')}(?:\s+[\w-]+){{0,2}}?\s*(?P<db>{D})?"

RULES: tuple[Rule, ...] = (
    Rule(
        name="career:period-at-from-to",
        doc="a stint with both years after the organisation: 'worked at A (for five years) from 2013 to 2018'",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){_APPOSITIVE}{GAP}\s+(?:{_WAS_AT}|(?:was|served\s+as)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,4}}?of)\s+"
            rf"(?P<o>{ORG_REF})(?:\s*,\s*(?:[^,⟨]|⟨[OE]\d+⟩){{0,40}},|\s*,\s*where\s+(?:he|she|they)\s+(?:was|were|served|worked)"
            rf"(?:\s+(?!from\b|between\b)[\w-]+){{0,6}})?(?:\s+{_FOR_YEARS})?\s*(?:,\s*)?"
            rf"(?:between\s+)?{_FROM_TO}"
            rf"|(?P<p2>{PERSON}){_APPOSITIVE}{GAP}\s+(?:served\s+as|worked\s+as|was)\s+(?:an?|the)\s+(?P<o2>{ORG})\s+"
            rf"(?:[\w-]+\s+){{1,4}}?(?:(?:between|from)\s+)?(?P<e1>{D})\s*(?:to|until|through|-|–|and)\s*(?P<e2>{D})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d1"), ("p", "o", "out", "d2"), ("p2", "o2", "in", "e1"), ("p2", "o2", "out", "e2")),
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
                "Hanne Solberg, 53, was also CTO at Lystra Labs, now Orbel Systems, from 2010 to 2012.",
                (("Hanne Solberg", "in", "Lystra Labs", "2010"), ("Hanne Solberg", "out", "Lystra Labs", "2012")),
            ),
            Example(
                "Dana Ortiz previously worked at Initech, where she was a staff engineer from 2013 to 2018.",
                (("Dana Ortiz", "in", "Initech", "2013"), ("Dana Ortiz", "out", "Initech", "2018")),
            ),
            Example(
                "Arjun Mehra served as a Quillon Labs research scientist between 2021 and 2022.",
                (("Arjun Mehra", "in", "Quillon Labs", "2021"), ("Arjun Mehra", "out", "Quillon Labs", "2022")),
            ),
            Example(
                "Dana Ortiz served as a Kestrel Robotics engineer from 2013 to 2018.",
                (("Dana Ortiz", "in", "Kestrel Robotics", "2013"), ("Dana Ortiz", "out", "Kestrel Robotics", "2018")),
            ),
            Example(
                "Tobias Renn was editor of the Harbor Ledger from 1996 to 2003.",
                (("Tobias Renn", "in", "Harbor Ledger", "1996"), ("Tobias Renn", "out", "Harbor Ledger", "2003")),
            ),
        ),
    ),
    Rule(
        name="career:period-years-first",
        doc="a stint whose years come first: 'Between 2013 and 2018 she worked at A' ('From 2013' may be one date symbol)",
        pattern=re.compile(
            rf"(?:(?:between|from)\s+)?(?P<d1>{D})\s*(?:and|to|until|-|–)\s*(?P<d2>{D})\s*,?\s*(?P<p>{PERSON}){GAP}\s+"
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
            Example(
                "Ines Duarte joined Globex in May. From 2013 to 2018 she led research at Initech.",
                (("Ines Duarte", "in", "Initech", "2013"), ("Ines Duarte", "out", "Initech", "2018")),
            ),
        ),
    ),
    Rule(
        name="career:spent-years",
        doc="an ended spell of a given length: 'spent nine years at A', 'worked at A for 13 years', "
        "'built his career in A for 13 years', 'worked at A in the 80s and 90s' (in and out, undated by the spell: ANNOTATION.md's career periods; "
        "dated only by the clause)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}|\bI\b)(?:\s*,\s*who|{_APPOSITIVE}){_GAP_PAST}\s+(?:"
            rf"spent\s+(?:(?:his|her|their|most\s+of\s+(?:his|her|their))\s+)?{_SPELL}(?:\s+(?:[\w-]+\s+){{0,5}}?)?\s*"
            rf"(?:at|with|within|in(?=\s+⟨O))\s+{_named('o')}{_NOT_STUDYING}"
            rf"|(?:worked|was|served)(?:\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,4}}?)?\s*(?:at|with|for)\s+"
            rf"{_named('o6')}\s+(?:in|during|through(?:out)?)\s+the\s+(?:(?:19|20)?\d0s|'\d0s)"
            rf"(?:\s*(?:,|and|to)\s*(?:the\s+)?(?:(?:19|20)?\d0s|'\d0s))*"
            rf"|joined\s+{_named('o4')}\s+{_FOR_YEARS}"
            rf"|joined\s+{_named('o5')}\s*(?:{D}\s*)?,\s*where\s+(?:he|she|they)\s+(?:spent|worked\s+for|stayed\s+for)\s+{_SPELL}"
            rf"|(?:worked|was|served)(?:\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,4}}?)?\s*(?:at|with|for)\s+"
            rf"{_org('o2')}\s+{_FOR_YEARS}(?!\s*,?\s*(?:between|from)\s){_LEFT_LATER.format('dl2')}"
            rf"|built\s+(?:his|her|their)\s+career\s+(?:at|with|in)\s+{_org('o3')}\s+{_FOR_YEARS})",
            re.IGNORECASE,
        ),
        atoms=(
            ("p", "o", "in", None),
            ("p", "o", "out", None),
            ("p", "o2", "in", None),
            ("p", "o2", "out", "dl2"),
            ("p", "o3", "in", None),
            ("p", "o4", "in", None),
            ("p", "o4", "out", None),
            ("p", "o5", "out", None),
            ("p", "o6", "in", None),
            ("p", "o6", "out", None),
        ),
        examples=(
            Example(
                "Before joining Pellucid, Harriet Vane spent nearly nine years at Marlowe Freight.",
                (("Harriet Vane", "in", "Marlowe Freight", None), ("Harriet Vane", "out", "Marlowe Freight", None)),
            ),
            Example(
                "Dana Ortiz joined Kestrel Robotics, where she spent six years.",
                (("Dana Ortiz", "out", "Kestrel Robotics", None),),
            ),
            Example(
                "Jon Keel worked at Corvane Systems in the 80s and 90s, where he designed two processors.",
                (("Jon Keel", "in", "Corvane Systems", None), ("Jon Keel", "out", "Corvane Systems", None)),
            ),
            Example(
                "Dmitri Orlov, who spent a decade at Halloway Systems, now runs a fund.",
                (("Dmitri Orlov", "in", "Halloway Systems", None), ("Dmitri Orlov", "out", "Halloway Systems", None)),
            ),
            Example(
                "Ravi Menon worked at Halcyon Systems for a decade, serving as VP for eight years, before leaving "
                "in April 2022.",
                (("Ravi Menon", "out", "Halcyon Systems", "2022-04"),),
            ),
            Example(
                "Kofi Mensah worked at Brightwater Labs for 13 years and then moved to Ardent.",
                (("Kofi Mensah", "in", "Brightwater Labs", None), ("Kofi Mensah", "out", "Brightwater Labs", None)),
            ),
            Example(
                "Greta Holm studied in Oslo. Then she joined Marrow Robotics for two-and-a-half years.",
                (("Greta Holm", "in", "Marrow Robotics", None), ("Greta Holm", "out", "Marrow Robotics", None)),
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
            rf"(?:(?P<o>(?:the\s+)?{ORG})\s*(?P<d>{D})|(?P<o3>{ORG_REF})\s+since\s+joining(?:\s+as\s+(?:an?\s+|the\s+)?"
            rf"(?:[\w-]+\s+){{0,4}}?)?\s*(?P<d3>{D}))"
            rf"|\b(?:an?|the)\s+(?P<o2>{ORG})\s+(?:employee|veteran|staffer|engineer|executive|researcher)\s+(?P<d2>{D})"
            rf"\s*,\s*(?P<p2>{PERSON})"
            rf"|(?P<p4>{P})\s*,\s*(?:an?|the)\s+(?P<o4>{ORG})\s+(?:employee|veteran|staffer|engineer|executive|researcher)\s+"
            rf"(?P<d4>{D})\s*,",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"), ("p", "o3", "in", "d3"), ("p2", "o2", "in", "d2"), ("p4", "o4", "in", "d4")),
        examples=(
            Example(
                "Rosa Lindqvist, who has been at Tamberly Foods since 1997, will leave in the autumn.",
                (("Rosa Lindqvist", "in", "Tamberly Foods", "1997"),),
            ),
            Example(
                "Niels Brandt runs Tarvik Systems' chip team. He had been at the company since joining as a director in 2016.",
                (("Niels Brandt", "in", "Tarvik Systems", "2016"),),
            ),
            Example(
                "Dana Ortiz, a Kestrel Robotics veteran since 2005, is leaving.",
                (("Dana Ortiz", "in", "Kestrel Robotics", "2005"),),
            ),
            Example(
                "A Corvane employee since 2005, Idris Bello now runs its drug development arm.",
                (("Idris Bello", "in", "Corvane", "2005"),),
            ),
        ),
    ),
    Rule(
        name="career:prior-to-joining",
        doc="'Before/Prior to joining B, X was ROLE at A' (in B, out A), 'Before joining B, X spent ...' (in B), "
        "'Before coming to B, he worked at A', 'Prior to joining B, X had worked at A1, A2 and A3' (out each)",
        pattern=re.compile(
            rf"{_BEFORE_JOINING}\s*,\s*(?P<p>{PERSON})(?:{_GAP_PAST}\s+(?:was|served|worked|had\s+worked|had\s+held|held)"
            rf"(?:\s+(?:[\w-]+\s+){{0,3}}?(?:roles?|positions?|posts?|jobs?))?{_ROLE_WORDS}(?:at|with|of|for)\s+"
            rf"(?:{_org('a')}(?P<more>(?:\s*,\s*(?:the\s+)?{ORG}(?!'))*\s*,?\s*(?:and|&)\s+(?:the\s+)?{ORG}(?!'))?))?",
            re.IGNORECASE,
        ),
        atoms=(("p", "b", "in", "db"), ("p", "a", "out", "db"), ("p", "more", "out", "db")),
        flags={"lists": ("more",)},
        examples=(
            Example(
                "Prior to joining Halden Research, Dr. Lena Park had worked at Globex, Initech, Kestrel Robotics and "
                "Quillon Labs.",
                (
                    ("Lena Park", "in", "Halden Research", None),
                    ("Lena Park", "out", "Globex", None),
                    ("Lena Park", "out", "Initech", None),
                    ("Lena Park", "out", "Kestrel Robotics", None),
                    ("Lena Park", "out", "Quillon Labs", None),
                ),
            ),
            Example(
                "Omar Haddad leads the brain team. Before coming to Initech, he worked at Globex Research on "
                "neuromorphic chips.",
                (("Omar Haddad", "in", "Initech", None), ("Omar Haddad", "out", "Globex Research", None)),
            ),
            Example(
                "Prior to joining Ferrowind, Anika Brandt was the head of retail lending at Coldharbour Bank.",
                (("Anika Brandt", "in", "Ferrowind", None), ("Anika Brandt", "out", "Coldharbour Bank", None)),
            ),
            Example(
                "Before joining Lumenfield in 2021, Marco Ruiz served as finance chief of Tessaline.",
                (("Marco Ruiz", "in", "Lumenfield", "2021"), ("Marco Ruiz", "out", "Tessaline", "2021")),
            ),
        ),
    ),
    Rule(
        name="career:joined-after-spell",
        doc="a move framed by the spell before it: 'joined B in 2023 after two years at A', "
        "'After a short stint at A, she accepted a job at B' (in B, out A, one date)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){GAP}\s+{_MOVE_VERB}\s+(?:at\s+|with\s+)?{_org('b')}(?:\s+(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+){{0,5}}?)?"
            rf"\s*(?P<d>{D})?\s*,?\s*(?:after|following)\s+(?:{_SPELL}|{_STINT}|{_TENURE})(?:\s+(?:[\w-]+\s+){{0,4}}?)?\s*"
            rf"(?:at|with|in(?=\s+⟨O))\s+{_org('a')}"
            rf"|\b(?:after|following)\s+(?:{_SPELL}|{_STINT}|{_TENURE})(?:\s+(?:[\w-]+\s+){{0,4}}?)?\s*(?:at|with|in(?=\s+⟨O))\s+"
            rf"{_org('a2')}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+){_org('a3')})?\s*,\s*(?P<p2>{PERSON}){GAP}\s+"
            rf"{_MOVE_VERB}\s+(?:at\s+|with\s+)?{_org('b2')}\s*(?P<d2>{D})?",
            re.IGNORECASE,
        ),
        atoms=(
            ("p", "b", "in", "d"),
            ("p", "a", "out", "d"),
            ("p2", "b2", "in", "d2"),
            ("p2", "a2", "out", "d2"),
            ("p2", "a3", "out", "d2"),
        ),
        examples=(
            Example(
                "Tomas Lind joined Verdane in 2023 after two and a half years at Quorra Labs as a researcher.",
                (("Tomas Lind", "in", "Verdane", "2023"), ("Tomas Lind", "out", "Quorra Labs", "2023")),
            ),
            Example(
                "After a five-year tenure at Quorra Labs, Sara Quist joined Norrmark Systems in 2020.",
                (("Sara Quist", "in", "Norrmark Systems", "2020"), ("Sara Quist", "out", "Quorra Labs", "2020")),
            ),
            Example(
                "After a short stint at audio firm Belltide, Sara Quist accepted a job offer at Norrmark.",
                (("Sara Quist", "in", "Norrmark", None), ("Sara Quist", "out", "Belltide", None)),
            ),
        ),
    ),
    Rule(
        name="career:stint-at",
        doc="'a stint at A', 'stints at A and B': a spell that has ended (in and out)",
        pattern=re.compile(
            rf"(?P<p>{P}|{PRONOUN})(?:'s)?(?:\s+{_NOT_PERSON}{{0,80}}?)?\s+(?:after|following|before|during)\s+{_STINT}\s+"
            rf"(?:at|with)\s+{_org('a')}"
            rf"|\b(?:after|following|during)\s+{_STINT}\s+(?:at|with)\s+{_org('a2')}"
            rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+){_org('a3')})?\s*,\s*(?P<p2>{PERSON})",
            re.IGNORECASE,
        ),
        atoms=(
            ("p", "a", "in", None),
            ("p", "a", "out", None),
            ("p2", "a2", "in", None),
            ("p2", "a2", "out", None),
            ("p2", "a3", "in", None),
            ("p2", "a3", "out", None),
        ),
        examples=(
            Example(
                "Ravi Kumar's return to Hollins comes after a stint at Brevant, the chip designer he co-founded.",
                (("Ravi Kumar", "in", "Brevant", None), ("Ravi Kumar", "out", "Brevant", None)),
            ),
            Example(
                "Following stints at Orlin Partners and Castlebar Capital, Nadia Okafor landed at Veymont Labs.",
                (
                    ("Nadia Okafor", "in", "Orlin Partners", None),
                    ("Nadia Okafor", "out", "Orlin Partners", None),
                    ("Nadia Okafor", "in", "Castlebar Capital", None),
                    ("Nadia Okafor", "out", "Castlebar Capital", None),
                    ("Nadia Okafor", "in", "Veymont Labs", None),
                ),
            ),
        ),
    ),
    Rule(
        name="career:began-career",
        doc="'began her career as an engineer at A', 'X's career began at A', 'started out at A', 'got his start at A', "
        "'began working for A' (in A; out A when a later step follows in the sentence)",
        pattern=re.compile(
            rf"(?:(?P<p>{PERSON}){GAP}\s+(?:(?:began|started|launched)\s+(?:his|her|their)\s+(?:professional\s+|working\s+)?career"
            rf"|started\s+out|got\s+(?:his|her|their)\s+start|(?:began|started)\s+working(?!\s+with\b))"
            rf"|(?P<p2>{P})'s\s+(?:professional\s+|working\s+)?career\s+(?:began|started))"
            rf"{_ROLE_WORDS}(?:at|with|for|in(?=\s+⟨O))\s+(?:{_org('o_out')}{_NEXT_STEP}|{_org('o')})",
            re.IGNORECASE,
        ),
        atoms=(
            ("p", "o", "in", None),
            ("p", "o_out", "in", None),
            ("p", "o_out", "out", None),
            ("p2", "o", "in", None),
            ("p2", "o_out", "in", None),
            ("p2", "o_out", "out", None),
        ),
        examples=(
            Example(
                "Lena Moreau began her career as an engineer at Quillon, then joined Arbel as a trader.",
                (("Lena Moreau", "in", "Quillon", None), ("Lena Moreau", "out", "Quillon", None)),
            ),
            Example(
                "Jonas Weber started his career at Harrowgate Insurance.",
                (("Jonas Weber", "in", "Harrowgate Insurance", None),),
            ),
            Example(
                "Dana Ortiz's career began at Kestrel Robotics in 2001.",
                (("Dana Ortiz", "in", "Kestrel Robotics", "2001"),),
            ),
            Example(
                "Omar Haddad started out at Globex as an engineer; he began working for Initech in 2012.",
                (("Omar Haddad", "in", "Globex", None), ("Omar Haddad", "in", "Initech", "2012")),
            ),
        ),
    ),
    Rule(
        name="career:jumping-into",
        doc="a participle step of a career: 'jumping into an analyst role with A', 'moving into a sales job at A' "
        "(in A; out A when a later step follows)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){_NOT_PERSON}{{0,150}}?\b(?:jumping|moving|switching)\s+(?:into|to)\s+(?:an?\s+)?"
            rf"(?:[\w-]+\s+){{0,4}}?(?:role|job|position|post)\s+(?:at|with)\s+"
            rf"(?:{_org('o_out')}{_NEXT_STEP}|{_org('o')})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None), ("p", "o_out", "in", None), ("p", "o_out", "out", None)),
        examples=(
            Example(
                "Mei Sato studied law, jumping into an analyst role with Halden Capital, then working as a partner "
                "with the advisory firm Delmont Labs before founding a studio.",
                (("Mei Sato", "in", "Halden Capital", None), ("Mei Sato", "out", "Halden Capital", None)),
            ),
            Example(
                "Yusuf Demir trained as a chemist before moving into a sales job at Orrin Systems.",
                (("Yusuf Demir", "in", "Orrin Systems", None),),
            ),
        ),
    ),
    Rule(
        name="career:then-working-as",
        doc="a later step of a career: 'then working as an associate with A', 'later served as counsel for A' "
        "(in A; out A when a later step follows)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){_NOT_PERSON}{{0,200}}?\b(?:then|later|and\s+then)\s+(?:working|worked|serving|served)\s+as"
            rf"\s+(?:an?\s+|the\s+)?(?:{_NOT_SCHOOL}[\w-]+\s+){{0,5}}?(?:at|with|for)\s+"
            rf"(?:{_org('o_out')}{_NEXT_STEP}|{_org('o')})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None), ("p", "o_out", "in", None), ("p", "o_out", "out", None)),
        examples=(
            Example(
                "Mei Sato studied law, jumping into an analyst role with Halden Capital, then working as a partner "
                "with the advisory firm Delmont Labs before founding a studio.",
                (("Mei Sato", "in", "Delmont Labs", None), ("Mei Sato", "out", "Delmont Labs", None)),
            ),
            Example(
                "Pavel Novak trained as a chemist and then worked as a consultant for Ostrava Partners.",
                (("Pavel Novak", "in", "Ostrava Partners", None),),
            ),
        ),
    ),
    Rule(
        name="career:moved-on-to",
        doc="'moved on to A', 'went on to join A', 'accepted a job offer at A', 'finally he arrived at A' "
        "(in A, dated by the clause)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){GAP}\s+(?:moved\s+on\s+to|went\s+on\s+to\s+(?:join|work\s+(?:at|for))|"
            rf"accepted\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:job|position|role|offer)(?:\s+[\w-]+)?\s+(?:at|with|from))\s+"
            rf"{_org('o')}|(?P<p2>{PERSON}){GAP}\s+arrived\s+at\s+(?P<o2>(?:the\s+)?⟨O\d+⟩)"
            rf"|(?P<p3>{PERSON}){GAP}\s+arrived(?:\s+at\s+{_named('o4')})?\s*(?P<d3>{D})?\s+to\s+(?:lead|head|run|become|take\s+over)\s+"
            rf"(?:(?:the|its|a|an)\s+)?(?:[\w-]+\s+){{0,3}}?{_named('o3')}",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None), ("p2", "o2", "in", None), ("p3", "o4", "in", "d3"), ("p3", "o3", "in", "d3")),
        examples=(
            Example(
                "In 2004, Henrik Dahl moved on to Sorvik Semiconductor, where he led the modem team.",
                (("Henrik Dahl", "in", "Sorvik Semiconductor", "2004"),),
            ),
            Example(
                "Amara Osei accepted a job offer at Pentrose Systems.",
                (("Amara Osei", "in", "Pentrose Systems", None),),
            ),
            Example(
                "Omar Haddad left Globex, and finally he arrived at Microsoft as part of an acquisition.",
                (("Omar Haddad", "in", "Microsoft", None),),
            ),
            Example(
                "Lena Moreau arrived in 2007 to lead Quillon Labs's consumer division.",
                (("Lena Moreau", "in", "Quillon Labs", "2007"),),
            ),
        ),
    ),
    Rule(
        name="career:org-she-founded",
        doc="'A, the chatbot maker he co-founded in 2021' (a founding, dated when the year is given)",
        kind="found",
        pattern=re.compile(
            rf"(?P<o>{ORG})\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}?(?:(?:that|which)\s+)?(?P<p>{PERSON})\s+"
            rf"(?:had\s+)?(?:co-?founded|cofounded|founded)(?:\s+(?P<d>{D}))?",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None),),  # dated by the clause: a dated claim would free the year for another move
        examples=(
            Example(
                "Leah Brandt has left Corvex. Her next stop is Tallowby, the robotics startup she co-founded in 2019.",
                (("Leah Brandt", "in", "Tallowby", "2019"),),
            ),
            Example(
                "Omar Haddad spoke about Quenby Labs, the design studio he founded.",
                (("Omar Haddad", "in", "Quenby Labs", None),),
            ),
        ),
    ),
    Rule(
        name="career:before-org-held",
        doc="'Before B, X held positions at A1 and A2' / 'was ROLE at A' (out each A); "
        "'Before B, X founded and ran A' (founded A)",
        pattern=re.compile(
            rf"\bbefore\s+(?:(?:the\s+)?{ORG})\s*,\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<p>{PERSON}){_GAP_PAST}\s+(?:"
            rf"(?:held|was|served|worked)(?:\s+(?:[\w-]+\s+){{0,3}}?(?:roles?|positions?|posts?|jobs?))?{_ROLE_WORDS}"
            rf"(?:at|with|for)\s+(?:(?:[\w-]+\s+){{0,3}}?(?:including|such\s+as)\s+)?{_org('a1')}"
            rf"(?:\s*,\s*{_org('a2')})?(?:\s*,?\s*(?:and|&)\s+{_org('a3')})?"
            rf"|(?:co-?founded|founded)(?:\s+and\s+(?:ran|led|built))?\s+{_org('f')})",
            re.IGNORECASE,
        ),
        atoms=(("p", "a1", "out", None), ("p", "a2", "out", None), ("p", "a3", "out", None)),
        examples=(
            Example(
                "Before Ardent, Ms. Helga Strom held senior management positions at retailers including Bramwell "
                "and Castlemoor.",
                (("Helga Strom", "out", "Bramwell", None), ("Helga Strom", "out", "Castlemoor", None)),
            ),
            Example(
                "Before Norvale, Dario Conti was the head of product at Pemberton Labs.",
                (("Dario Conti", "out", "Pemberton Labs", None),),
            ),
        ),
    ),
    Rule(
        name="career:before-org-founded",
        doc="'Before B, X founded and ran A': a founding in a career history",
        kind="found",
        pattern=re.compile(
            rf"\bbefore\s+(?:(?:the\s+)?{ORG})\s*,\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?(?P<p>{PERSON}){_GAP_PAST}\s+"
            rf"(?:co-?founded|founded|cofounded)(?:\s+and\s+(?:ran|led|built))?\s+{_org('f')}",
            re.IGNORECASE,
        ),
        atoms=(("p", "f", "in", None),),
        examples=(
            Example(
                "Before Salvora, Ines Duarte founded and ran Pexley, a note-taking app.",
                (("Ines Duarte", "in", "Pexley", None),),
            ),
            Example(
                "Before Hallam Group, Victor Lamb co-founded Brisk Robotics Inc.",
                (("Victor Lamb", "in", "Brisk Robotics", None),),
            ),
        ),
    ),
    Rule(
        name="career:returned-after-away",
        doc="'After a decade away from A, he returned in 2021' (a return to A)",
        kind="rejoin",
        pattern=re.compile(
            rf"\bafter\s+(?:[\w-]+\s+){{0,4}}?(?:away\s+from|out\s+of)\s+(?P<o>{ORG_REF})\s*,\s*(?P<p>{PERSON}){GAP}\s+"
            rf"(?:returned|came\s+back|rejoined)\b(?:\s+(?:to\s+(?:it|the\s+fold)\s*)?(?P<d>{D}))?",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"),),
        examples=(
            Example(
                "After a decade away from Halvorsen, Greta Lund returned in 2021 to run the company.",
                (("Greta Lund", "in", "Halvorsen", "2021"),),
            ),
            Example(
                "Ben Akers left Cordell Freight in 2015. After four years away from the company, he returned in 2019.",
                (("Ben Akers", "in", "Cordell Freight", "2019"),),
            ),
        ),
    ),
    Rule(
        name="career:was-then-joined",
        doc="'when he was a banker with A and then joined B', 'worked for A before moving to B' (out A, in B), "
        "'headed A before moving back home' (out A)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){_APPOSITIVE}{_GAP_PAST}\s+(?:(?:was|worked|served)(?:\s+(?:as\s+)?(?:an?\s+|the\s+)?"
            rf"(?:{_NOT_SCHOOL}[\w-]+\s+){{0,5}}?)?\s*(?:at|with|for)|headed|led|ran)\s+{_named('a')}\s*,?\s+"
            rf"(?:(?:and\s+then|and\s+later|then|before)\s+(?:joining|joined|moving\s+to|moved\s+to|going\s+to|went\s+to)\s+"
            rf"{_org('b')}\s*(?P<d>{D})?|before\s+(?:moving|leaving|departing|resigning|quitting)\b)",
            re.IGNORECASE,
        ),
        atoms=(("p", "a", "out", "d"), ("p", "b", "in", "d")),
        examples=(
            Example(
                "Back then Emil Brandt was a banker with Corvish Capital and then joined Tarrow United in 2005.",
                (("Emil Brandt", "out", "Corvish Capital", "2005"), ("Emil Brandt", "in", "Tarrow United", "2005")),
            ),
            Example(
                "Ana Petrov worked for Lindqvist Semiconductor before moving to Halden Robotics.",
                (("Ana Petrov", "out", "Lindqvist Semiconductor", None), ("Ana Petrov", "in", "Halden Robotics", None)),
            ),
            Example(
                "Omar Haddad headed Globex before moving back to Lisbon in 1996 to run a bank.",
                (("Omar Haddad", "out", "Globex", "1996"),),
            ),
        ),
    ),
    Rule(
        name="career:after-a-job-at",
        doc="'after a job at A in 2009, she ...' (in A at the year)",
        pattern=re.compile(
            rf"\b(?:after|following)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:job|role|position|post)\s+"
            rf"(?:at|with)\s+{_named('o')}\s*(?P<d>{D})?\s*,\s*(?P<p>{PERSON})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"),),
        examples=(
            Example(
                "However after a job at Quarry Labs in 2009, Maya Lind turned to apps.",
                (("Maya Lind", "in", "Quarry Labs", "2009"),),
            ),
            Example(
                "Tove Berg is a designer. After a short job at Norrbeck Systems, she moved to Oslo.",
                (("Tove Berg", "in", "Norrbeck Systems", None),),
            ),
        ),
    ),
    Rule(
        name="career:after-leaving-worked-at",
        doc="'After leaving A, she worked at B' / 'was ROLE at B' / 'joined B' (out A, in B)",
        pattern=re.compile(
            rf"\bafter\s+(?:leaving|departing|quitting|exiting)\s+{_named('a')}\s*(?P<da>{D})?\s*,\s*(?P<p>{PERSON}){GAP}\s+"
            rf"(?:(?:worked|was|served)(?:\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:{_NOT_SCHOOL}[\w-]+\s+){{0,5}}?)?\s*(?:at|with|for)"
            rf"|joined|went\s+to|moved\s+to)\s+{_named('b')}",
            re.IGNORECASE,
        ),
        atoms=(("p", "a", "out", "da"), ("p", "b", "in", "da")),
        examples=(
            Example(
                "After leaving Corvane Motors, Lina Haas worked at sensor and VR technology company Orbis Labs.",
                (("Lina Haas", "out", "Corvane Motors", None), ("Lina Haas", "in", "Orbis Labs", None)),
            ),
            Example(
                "After leaving Halcyon Systems in 2019, Ravi Menon was chief architect at Quell Robotics.",
                (("Ravi Menon", "out", "Halcyon Systems", "2019"), ("Ravi Menon", "in", "Quell Robotics", "2019")),
            ),
        ),
    ),
    Rule(
        name="career:career-at-before-leaving",
        doc="'had a storied career at A before resigning in 2020' (out A, dated by the leaving)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){_APPOSITIVE}{_GAP_PAST}\s+(?:had|enjoyed|built|spent)\s+(?:a|an|his|her|their)\s+"
            rf"(?:[\w-]+\s+){{0,3}}?career\s+(?:at|with)\s+{_named('a')}\s+before\s+(?:resigning|leaving|departing|quitting|"
            rf"retiring|moving|joining|exiting)\b(?:\s+(?:[\w-]+\s+){{0,2}}?(?P<d>{D}))?",
            re.IGNORECASE,
        ),
        atoms=(("p", "a", "out", "d"),),
        examples=(
            Example(
                "Mr Pieter Claes had a storied career at Harlow Air before resigning in 2020 to run a broadcaster.",
                (("Pieter Claes", "out", "Harlow Air", "2020"),),
            ),
            Example(
                "Ingrid Moe built her career at Tollan Systems before joining a rival.",
                (("Ingrid Moe", "out", "Tollan Systems", None),),
            ),
        ),
    ),
    Rule(
        name="career:went-on-to-create",
        doc="'went on to create/launch/start A', 'the two went on to build A' (a founding)",
        kind="found",
        pattern=re.compile(
            rf"(?P<p>{PEOPLE}|{PERSON}){GAP}\s+went\s+on\s+to\s+(?:create|launch|start|build|form|set\s+up)\s+{_named('o')}"
            rf"(?:\s+(?P<d>{D}))?",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"),),
        examples=(
            Example(
                "Dana Ortiz left Initech in 2019. She went on to create Kestrel Robotics.",
                (("Dana Ortiz", "in", "Kestrel Robotics", None),),
            ),
            Example(
                "Omar Haddad and Lena Moreau went on to launch Quillon Labs in 2021.",
                (("Omar Haddad", "in", "Quillon Labs", "2021"), ("Lena Moreau", "in", "Quillon Labs", "2021")),
            ),
        ),
    ),
    Rule(
        name="career:joined-and-stayed",
        doc="'joined A in 2010 and stayed until 2018' (in A at the first year, out at the second)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){GAP}\s+joined\s+{_named('o')}\s*(?P<d1>{D})?(?:\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,4}}?[\w-]+)?"
            rf"\s*,?\s*(?:and|where\s+(?:he|she|they))\s+(?:stayed|remained)(?:\s+(?:on|there))?\s+(?P<d2>{D})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d1"), ("p", "o", "out", "d2")),
        examples=(
            Example(
                "Dana Ortiz joined Kestrel Robotics in 2010 and stayed until 2018.",
                (("Dana Ortiz", "in", "Kestrel Robotics", "2010"), ("Dana Ortiz", "out", "Kestrel Robotics", "2018")),
            ),
            Example(
                "Omar Haddad joined Globex as an analyst, where he remained until 2004.",
                (("Omar Haddad", "out", "Globex", "2004"),),
            ),
        ),
    ),
    Rule(
        name="career:teamed-up-to-launch",
        doc="'teamed up with B to launch A', 'before teaming up with B—a dropout—to start what would become A' "
        "(a founding by both)",
        kind="found",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){_NOT_PERSON}{{0,120}}?\bteam(?:ed|ing)\s+up\s+with\s+(?P<q>{PEOPLE})(?:\s*[—–-]{_NOT_PERSON}{{1,40}}?[—–-]\s*|\s*,"
            rf"{_NOT_PERSON}{{1,40}}?,\s*|\s+)to\s+(?:launch|found|co-?found|start|create|build|form|set\s+up)\s+"
            rf"(?:what\s+(?:would|was\s+to)\s+become\s+)?{_named('o')}",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None), ("q", "o", "in", None)),
        examples=(
            Example(
                "Then in 2021, Arun Patel teamed up with Dana Ortiz to launch Kestrel Robotics, a drone maker.",
                (("Arun Patel", "in", "Kestrel Robotics", "2021"), ("Dana Ortiz", "in", "Kestrel Robotics", "2021")),
            ),
            Example(
                "Omar Haddad spent a year at Initech before teaming up with Lena Moreau—another dropout—to start "
                "what would become Quillon Labs.",
                (("Omar Haddad", "in", "Quillon Labs", None), ("Lena Moreau", "in", "Quillon Labs", None)),
            ),
        ),
    ),
    Rule(
        name="career:who-previously-joined",
        doc="'X, who previously led A's cashierless efforts, joined B' (out A: a framed transition)",
        pattern=re.compile(
            rf"(?P<p>{P})\s*,\s*who\s+(?:had\s+)?(?:previously|formerly|most\s+recently|once|until\s+recently)\s+"
            rf"(?:led|ran|headed|oversaw|managed|built|worked\s+(?:at|for|on)|was\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,4}}?(?:at|of|with))\s+"
            rf"(?:the\s+)?(?P<a>{ORG})(?:'s?)?{_NOT_PERSON}{{0,80}}?,\s*(?:has\s+|have\s+)?(?:joined|joins|is\s+joining|will\s+join|"
            rf"moved\s+to|moves\s+to|is\s+moving\s+to)\s+",
            re.IGNORECASE,
        ),
        atoms=(("p", "a", "out", None),),
        examples=(
            Example(
                "Jon Keel, who previously led Globex's cashierless technology efforts, joined Lime Labs as its new CTO.",
                (("Jon Keel", "out", "Globex", None), ("Jon Keel", "in", "Lime Labs", None)),
            ),
            Example(
                "Mira Osei, who was most recently a director at Kestrel Robotics, has joined Quillon Labs.",
                (("Mira Osei", "out", "Kestrel Robotics", None),),
            ),
        ),
    ),
    Rule(
        name="career:turned-into",
        doc="'turned his iPod expertise into A (and later B)' (a founding of each)",
        kind="found",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){GAP}\s+turned\s+(?:his|her|their)\s+(?:(?:[\w-]+|⟨E\d+⟩)\s+){{0,3}}?"
            rf"(?:expertise|experience|knowledge|know-how|skills?|ideas?|vision|insights?|research|side\s+project)\s+into\s+"
            rf"{_named('o')}(?:\s*\(\s*and\s+later\s+{_named('o2')}\s*\)|\s*,?\s+and\s+later\s+{_named('o3')})?",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None), ("p", "o2", "in", None), ("p", "o3", "in", None)),
        examples=(
            Example(
                "Tony Vance turned his iPod expertise into Nest Labs and later Future Shape Inc.",
                (("Tony Vance", "in", "Nest Labs", None), ("Tony Vance", "in", "Future Shape", None)),
            ),
            Example(
                "Greta Lund turned her research into Halvorsen Robotics in 2019.",
                (("Greta Lund", "in", "Halvorsen Robotics", "2019"),),
            ),
        ),
    ),
    Rule(
        name="career:orgs-title-between",
        doc="a post held at a possessive organisation over a span: 'was also Linklaters' head of strategy between "
        "2002 and 2004', 'served as Globex's CFO from 2008 to 2012' (in at the first year, out at the last)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){GAP}\s+(?:was|served\s+as|worked\s+as)\s+(?:also\s+)?(?P<o>{ORG})['’]s?\s+"
            rf"{_NOT_SCHOOL}(?:[\w-]+\s+){{1,6}}?(?:(?:between|from)\s+)?(?P<d1>{D})\s*(?:and|to|until|-|–)\s*(?P<d2>{D})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d1"), ("p", "o", "out", "d2")),
        examples=(
            Example(
                "Dana Ortiz was also Globex's head of strategy between 2002 and 2004.",
                (("Dana Ortiz", "in", "Globex", "2002"), ("Dana Ortiz", "out", "Globex", "2004")),
            ),
            Example(
                "Omar Haddad served as Kestrel Robotics' chief financial officer from 2008 to 2012.",
                (("Omar Haddad", "in", "Kestrel Robotics", "2008"), ("Omar Haddad", "out", "Kestrel Robotics", "2012")),
            ),
        ),
    ),
)
