"""Rules of the transfers family (see ingest/rules/__init__.py for how a rule reads a skeleton): one
sentence takes a person from A to B. shared/ANNOTATION.md lists these as the framed transitions
whose out-atom counts: "jumped ship from A to B", "was poached from A by B", "held a position at A
before joining B", "worked at A for six years before joining B", and hire lists that give each
member a description ("hires including X, the former VP; Y, the data chief; and Z")."""

from __future__ import annotations

import re

from . import DESCRIPTION, GAP, ORG, ORG_REF, PEOPLE, PERSON, D, Example, P, Rule  # noqa: F401

# Between a subject and its verb: "also", "has", "had", "will", "reportedly", a date.
_AUX = (
    rf"(?:\s+(?:will|would|has|have|had|is|was|were|also|then|later|recently|reportedly|quietly|eventually|{D}|\w+ly))*"
)
# An optional appositive after the subject: ", 43,", ", a veteran engineer,".
_APPOS = r"(?:\s*,\s*(?:[^,;⟨]|⟨D\d+⟩){1,60}?,)?"
# A subject: a person, "he"/"she", or a bullet item's "Name:".
_SUBJECT = rf"(?P<p>{PERSON}|{PEOPLE})(?:\s*:|{_APPOS})"
# A stay at A: "worked at A", "held a position at A", "held senior roles with A", "stayed at A",
# "spent four years at A", "was a researcher at A".
_STAY = (
    r"(?:worked|work|served|serve|stayed|stay|remained|remain|(?:each\s+|both\s+)?spent\s+(?:[\w-]+\s+){1,4}?(?:years?|months?|decades?)|"
    r"held\s+(?:a\s+|an\s+|the\s+|various\s+|several\s+|senior\s+|top\s+)*(?:[\w-]+\s+){0,3}?"
    r"(?:positions?|roles?|posts?|jobs?)|was\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,5}?)"
    r"(?:\s+(?:as\s+)?(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,5}?)?"
)
_BEFORE = (
    r"before\s+(?:(?:eventually|finally|later|then)\s+)?(?:joining|moving\s+(?:over\s+)?to|leaving\s+for|heading\s+to|"
    r"decamping\s+to|going\s+to|jumping\s+to|switching\s+to|landing\s+at|(?:heading|going|moving)\s+back\s+to|returning\s+to|"
    r"taking\s+(?:a|an|the|up\s+a)\s+(?:[\w-]+\s+){0,3}?(?:job|role|post|position)\s+(?:at|with))"
)

# A city after a listed name: "X in Seattle".
_IN_CITY = r"(?:\s+in\s+(?:⟨E\d+⟩|(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)))?"
# A hiring verb: "hired", "has recruited".
_HIRE = r"(?:hired|hires|hiring|recruited|recruits|poached|poaches|lured|lures|snapped\s+up|nabbed|brought\s+in)"

RULES: tuple[Rule, ...] = (
    Rule(
        name="transfers:from-to",
        doc="one verb from A to B: 'jumped ship from A to B', 'was poached from A by B', 'switched from A to B', "
        "'was lured away from A to B', 'hopped from A to B' (out A, in B, both dated by the clause)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){_APPOS}{_AUX}\s+(?:"
            rf"(?:jumped|jumps|jumping|jump)\s+ship|(?:hopped|hops|switched|switches|defected|defects|transferred|"
            rf"transfers|decamped|jumped|jumps|came\s+over|moved\s+over)|"
            rf"(?:was|were|been|being|is|got)\s+(?:poached|lured(?:\s+away)?|hired\s+away|recruited(?:\s+away)?|"
            rf"snatched|picked\s+off|wooed(?:\s+away)?))"
            rf"\s+from\s+(?:the\s+)?(?:rival\s+)?(?P<a>{ORG})(?!')(?:\s*'s\s+[\w\s-]{{1,30}}?)?"
            rf"\s+(?:to|by|for)\s+(?:the\s+)?(?:rival\s+)?(?P<b>{ORG})(?!')",
            re.IGNORECASE,
        ),
        atoms=(("p", "a", "out", None), ("p", "b", "in", None)),
        examples=(
            Example(
                "Dana Ortiz jumped ship from Globex to Initech in March.",
                (("Dana Ortiz", "out", "Globex", "2025-03"), ("Dana Ortiz", "in", "Initech", "2025-03")),
            ),
            Example(
                "Lena Park was poached from Kestrel Robotics by Initech.",
                (("Lena Park", "out", "Kestrel Robotics", None), ("Lena Park", "in", "Initech", None)),
            ),
        ),
    ),
    Rule(
        name="transfers:stayed-before-joining",
        doc="a stay at A, then B: 'held a position at A before joining B', 'X: worked at A for 3 years before "
        "joining B' (a bullet item), 'will stay at A through the end of the year before joining B' (out A, "
        "dated by the 'through' phrase if there is one; the in-atom is the built-in reading of 'joining B')",
        pattern=re.compile(
            rf"{_SUBJECT}{_AUX}\s+{_STAY}\s*(?:at|with|for|in)\s+(?:the\s+)?(?P<a>{ORG})(?!')"
            rf"(?:'s\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)?"
            rf"(?:(?!\s*through\b)(?:[^.;⟨]|⟨D\d+⟩)){{0,80}}?(?:\s*\bthrough\s+(?P<d>{D})[^.;⟨]{{0,20}}?)?\s*\b{_BEFORE}\s+"
            rf"(?:the\s+)?(?:rival\s+)?(?P<b>{ORG})(?!')",
            re.IGNORECASE,
        ),
        atoms=(("p", "a", "out", "d"), ("p", "b", "in", "d")),
        examples=(
            Example(
                "Dana Ortiz and Lena Park each spent less than a month at Globex before heading back to Initech.",
                (
                    ("Dana Ortiz", "out", "Globex", None),
                    ("Dana Ortiz", "in", "Initech", None),
                    ("Lena Park", "out", "Globex", None),
                    ("Lena Park", "in", "Initech", None),
                ),
            ),
            Example(
                "Dana Ortiz held a position at Globex before joining Initech.",
                (("Dana Ortiz", "out", "Globex", None), ("Dana Ortiz", "in", "Initech", None)),
            ),
            Example(
                "Initech's new team:\n- Lena Park: worked at Kestrel Robotics for 3 years before joining Initech.",
                (("Lena Park", "out", "Kestrel Robotics", None), ("Lena Park", "in", "Initech", None)),
            ),
            Example(
                "Omar Haddad will stay at Globex through the end of the year before joining Initech.",
                (("Omar Haddad", "out", "Globex", "2025"), ("Omar Haddad", "in", "Initech", "2025")),
            ),
        ),
    ),
    Rule(
        name="transfers:hires-including",
        doc="a hire list with a description per member: 'A announced hires including X, the former VP; Y, the "
        "data chief; and Z' (in A for each)",
        pattern=re.compile(
            rf"(?P<o>{ORG_REF})(?!')\s+(?:has\s+|have\s+)?(?:announced|unveiled|revealed|made|confirmed|named|"
            rf"added|lists|listed)\s+(?:[\w-]+\s+){{0,3}}?(?:hires|appointments|additions|recruits|arrivals)\s*,?\s*"
            rf"(?:including|such\s+as|among\s+them|:)\s+"
            rf"(?P<p>{P}(?:\s*,\s*(?:[^;⟨]|⟨[OED]\d+⟩){{1,80}}?)?(?:\s*;\s*(?:and\s+)?{P}(?:\s*,\s*(?:[^;⟨]|⟨[OED]\d+⟩){{1,80}}?)?)+)(?=\s*(?:[.)]|$))",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None),),
        examples=(
            Example(
                "Initech announced hires including Dana Ortiz, the former VP; Lena Park, the data chief; and Omar "
                "Haddad.",
                (
                    ("Dana Ortiz", "in", "Initech", None),
                    ("Lena Park", "in", "Initech", None),
                    ("Omar Haddad", "in", "Initech", None),
                ),
                published=None,
            ),
            Example(
                "Kestrel Robotics has announced three hires: Lena Park, who ran sales at Globex; Jon Keel, a "
                "designer; and Mira Osei.",
                (
                    ("Lena Park", "in", "Kestrel Robotics", None),
                    ("Jon Keel", "in", "Kestrel Robotics", None),
                    ("Mira Osei", "in", "Kestrel Robotics", None),
                ),
                published=None,
            ),
        ),
    ),
    Rule(
        name="transfers:who-joined-leaves",
        doc="a leaving with no object after a relative clause that names the job: 'X, who joined A in 2015 from B, "
        "is leaving', 'X, who has led A since 2019, will step down' (out A, dated by the leaving's clause)",
        pattern=re.compile(
            rf"(?P<p>{P})(?!')\s*,\s*who\s+(?:(?:has|had|have|first|originally|only)\s+)*(?:joined|(?:been|worked)\s+(?:at|with|for)|"
            rf"led|ran|headed|co-?founded|founded|(?:was|been)\s+(?:named|appointed|hired)\s+(?:[\w-]+\s+){{0,5}}?(?:of|at|by))\s+"
            rf"(?:the\s+)?(?P<a>{ORG})(?!')(?:(?:[^,;.⟨]|⟨[OED]\d+⟩)){{0,60}}?\s*,\s*"
            rf"(?:(?:is|are|will|has|have|had|also|now|soon|reportedly|abruptly|unexpectedly|officially)\s+)*"
            rf"(?P<v>leaving|leave|left|departing|depart|departed|resigned|resigning|resign|quit|quitting|exiting|exit|"
            rf"retiring|retire|retired|(?:step|stepping|stepped|steps)\s+(?:down|aside))"
            rf"(?!\s+(?:from\s+|as\s+\w+\s+(?:of|at)\s+)?(?:the\s+)?⟨[OE])(?!\s+(?:for|to)\b)",
            re.IGNORECASE,
        ),
        atoms=(("p", "a", "out", None),),
        flags={"verb": "v"},
        examples=(
            Example(
                "Dana Ortiz, who joined Globex in 2015 from Initech, is leaving, the company said on Tuesday.",
                (("Dana Ortiz", "out", "Globex", "2025-06-10"),),
            ),
            Example(
                "Lena Park, who has led Kestrel Robotics since 2019, will step down at the end of the year.",
                (("Lena Park", "out", "Kestrel Robotics", "2025"),),
            ),
        ),
    ),
    Rule(
        name="transfers:joined-from-through",
        doc="a joining with its period: 'joined A from 2006 through 2014', 'was with A from 2001 until 2004' "
        "(in A at the first year, out at the last)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){_APPOS}{_AUX}\s+(?:joined|was\s+with|were\s+with|stayed\s+(?:at|with))\s+(?:the\s+)?(?P<o>{ORG})(?!')"
            rf"(?:\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,4}}?[\w-]+)?\s+(?P<d1>{D})\s*(?:,\s*)?(?:to|through|until|till|and)?\s*"
            rf"(?P<d2>{D})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d1"), ("p", "o", "out", "d2")),
        examples=(
            Example(
                "Dana Ortiz taught at Halden. She then joined Globex from 2006 through 2014, helping it open a lab.",
                (("Dana Ortiz", "in", "Globex", "2006"), ("Dana Ortiz", "out", "Globex", "2014")),
            ),
            Example(
                "Lena Park was with Kestrel Robotics from 2001 until 2004.",
                (("Lena Park", "in", "Kestrel Robotics", "2001"), ("Lena Park", "out", "Kestrel Robotics", "2004")),
            ),
        ),
    ),
    Rule(
        name="transfers:left-to-lead",
        doc="a leaving to take charge elsewhere: 'left the company in January to lead B's GPU efforts', 'quit A to "
        "run B's cloud unit' (in B; the leaving is the built-in reading)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){_APPOS}{_AUX}\s+(?:left|leaves|leaving|leave|departed|quit|exited|resigned\s+from)\s+"
            rf"(?:{ORG_REF}|(?:his|her|their)\s+(?:job|role|post|position)(?:\s+(?:at|with)\s+{ORG_REF})?)(?!')"
            rf"(?:[^.;⟨]|⟨D\d+⟩){{0,120}}?\s+to\s+(?:lead|head|run|oversee|helm|steer|manage|take\s+charge\s+of|take\s+on|"
            rf"take\s+over|assume)\s+"
            rf"(?:the\s+)?(?P<b>{ORG})'s",
            re.IGNORECASE,
        ),
        atoms=(("p", "b", "in", None),),
        examples=(
            Example(
                "Dana Ortiz ran graphics at Globex. Ortiz left the company in mid-January to lead Initech's data "
                "center chip efforts.",
                (("Dana Ortiz", "out", "Globex", "2025-01"), ("Dana Ortiz", "in", "Initech", "2025-01")),
            ),
            Example(
                "Lena Park quit Globex to run Kestrel Robotics's cloud unit.",
                (("Lena Park", "out", "Globex", None), ("Lena Park", "in", "Kestrel Robotics", None)),
            ),
        ),
    ),
    Rule(
        name="transfers:announced-as",
        doc="an appointment told through its announcement: 'X has emerged as the chairman and CEO of A', 'X has "
        "been announced as the research director for A', 'X was unveiled as A's new CFO' (in A)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){_APPOS}{_AUX}\s+(?:(?:has\s+|have\s+)?emerged|(?:has\s+been|was|were|is|have\s+been)\s+"
            rf"(?:announced|unveiled|revealed|confirmed|introduced|approved|elected|chosen|selected|tapped))\s+as\s+(?:"
            rf"(?:the\s+|an?\s+)?(?:new\s+)?(?!(?:[\w-]+\s+){{0,5}}?(?:advis[eo]r|board|chair(?:man|woman)?\s+of\s+the\s+board)\b)"
            rf"(?:[\w&-]+\s+){{0,6}}?(?:of|at|for)\s+(?P<o>{ORG_REF})|(?:the\s+)?(?P<o2>{ORG})'s\s+(?:new\s+)?(?:[\w-]+\s+){{0,4}}?[\w-]+)",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None), ("p", "o2", "in", None)),
        examples=(
            Example(
                "Dana Ortiz has emerged as the chairman and CEO of Kestrel Robotics, a new startup.",
                (("Dana Ortiz", "in", "Kestrel Robotics", None),),
                published=None,
            ),
            Example(
                "Lena Park has been announced as the research director for the Halden Safety Institute.",
                (("Lena Park", "in", "Halden Safety Institute", None),),
                published=None,
            ),
            Example(
                "Omar Haddad was unveiled as Initech's new chief financial officer on Monday.",
                (("Omar Haddad", "in", "Initech", "2025-06-09"),),
            ),
        ),
    ),
    Rule(
        name="transfers:returns-to-post",
        doc="a return to an old post: 'will return to her professorship at A', 'returned to his old job at A' "
        "(a rejoining of A)",
        kind="rejoin",
        pattern=re.compile(
            rf"(?P<p>{PERSON})(?:\s*,\s*who\b|{_APPOS}){_AUX}\s+(?:return(?:s|ed|ing)?|go(?:es)?\s+back|went\s+back|head(?:s|ed)?\s+back)\s+to\s+"
            rf"(?:his|her|their)\s+(?:old\s+|former\s+|previous\s+|academic\s+|faculty\s+)?(?:[\w-]+\s+){{0,2}}?"
            rf"(?:professorship|post|job|role|position|seat|chair|lab|teaching|faculty\s+position|academic\s+post)\s+"
            rf"(?:at|with|in)\s+(?:the\s+)?(?P<o>{ORG})(?!')",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None),),
        examples=(
            Example(
                "He'll succeed Dana Ortiz, who will return to her professorship at Halden University.",
                (("Dana Ortiz", "in", "Halden University", None),),
            ),
            Example(
                "Lena Park returned to her old job at Kestrel Robotics in 2021.",
                (("Lena Park", "in", "Kestrel Robotics", "2021"),),
            ),
        ),
    ),
    Rule(
        name="transfers:announced-the-hiring-of",
        doc="a hire told as a noun: 'A announced in mid-June the hiring of veteran engineers X and Y', 'A confirmed "
        "the appointment of X' (in A for each, dated by the announcement)",
        pattern=re.compile(
            rf"(?P<o>{ORG_REF})(?!')\s+(?:(?:has|have|had|also|on\s+\w+day)\s+)*(?:announced|confirmed|revealed|disclosed|"
            rf"unveiled|completed)\s+(?:(?P<d>{D})\s+)?(?:that\s+)?(?:the|its)\s+(?:[\w-]+\s+)?(?:hiring|hire|recruitment|"
            rf"appointment|appointments|arrival|addition)\s+of\s+(?:(?:veteran|former|two|three|four|several|"
            rf"[\w-]+)\s+){{0,3}}?(?P<p>{PEOPLE})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"),),
        examples=(
            Example(
                "Initech announced in mid-June the hiring of veteran engineers Dana Ortiz and Lena Park.",
                (("Dana Ortiz", "in", "Initech", "2025-06"), ("Lena Park", "in", "Initech", "2025-06")),
            ),
            Example(
                "Kestrel Robotics on Monday confirmed the appointment of Omar Haddad as chief executive.",
                (("Omar Haddad", "in", "Kestrel Robotics", "2025-06-09"),),
            ),
        ),
    ),
    Rule(
        name="transfers:joined-as",
        doc="a joining with no object, in a sentence that names no organisation before it: 'Meanwhile, X and Y "
        "joined as senior research leads', '(X and Y joined in the past 12 months.)', 'X came aboard as CFO in "
        "May' (where the article's latest joining before it went; nothing if there was none)",
        # where the last hires went, not the organisation they left: "Jiahui Yu, who led Globex's team, went to
        # Initech. Meanwhile, X and Y joined as leads" (Initech)
        pattern=re.compile(
            rf"^(?:[^⟨]|⟨[PD]\d+⟩){{0,60}}?(?P<p>{PEOPLE}){_AUX}\s+(?P<o>joined|has\s+joined|have\s+joined|came\s+aboard|"
            rf"came\s+on\s+board|signed\s+on)"
            rf"(?=\s+(?:as\s+(?:an?\s+|the\s+|its\s+)?(?:new\s+)?(?:[\w-]+\s+){{0,4}}?[\w-]+\s*(?:[.;,)]|$|{D}|in\b|last\b|this\b)|{D}\s*[.;)]|"
            rf"in\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:weeks?|months?|years?)\s*[.;)]))",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None),),
        flags={"destination": "o"},
        examples=(
            Example(
                "Initech hired Jon Keel from Globex. Meanwhile, Dana Ortiz and Lena Park joined as senior research "
                "leads.",
                (("Dana Ortiz", "in", "Initech", None), ("Lena Park", "in", "Initech", None)),
            ),
            Example(
                "Jon Keel joined Kestrel Robotics as a partner. (Omar Haddad and Mira Osei joined in the past 12 "
                "months.)",
                (("Omar Haddad", "in", "Kestrel Robotics", None), ("Mira Osei", "in", "Kestrel Robotics", None)),
            ),
        ),
    ),
    Rule(
        name="transfers:new-role-at",
        doc="a new job named as such: 'Gross's new role at A was confirmed', 'X has a new job at A', 'X landed a "
        "new role as CTO at A', 'X, a research scientist, is now the CEO of A' (in A)",
        pattern=re.compile(
            rf"(?P<p>{P})'s\s+new\s+(?:role|job|position|post|gig)\s+(?:as\s+(?:[\w-]+\s+){{1,5}}?)?(?:at|with)\s+(?:the\s+)?(?P<o>{ORG})(?!')"
            rf"|(?P<p2>{PERSON})(?:\s*,\s*who\b(?:[^;⟨]|⟨[OED]\d+⟩){{1,100}}?,|{_APPOS}){_AUX}\s+(?:has|had|have|got|gets|landed|lands|found|finds|started|starts|took|takes)\s+"
            rf"(?:a|an|the)\s+new\s+(?:role|job|position|post|gig)\s+(?:as\s+(?:[\w-]+\s+){{1,5}}?)?(?:at|with)\s+(?:the\s+)?(?P<o2>{ORG})(?!')"
            rf"|(?P<p3>{P})(?!')\s*,\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,4}}?[\w-]+\s*,\s*(?:is|are)\s+now\s+(?:the\s+|an?\s+)?"
            rf"(?!(?:[\w-]+\s+){{0,3}}?(?:advis[eo]r|board|fellow)\b)(?:[\w-]+\s+){{1,5}}?(?:of|at)\s+(?:the\s+)?(?P<o3>{ORG})(?!')",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None), ("p2", "o2", "in", None), ("p3", "o3", "in", None)),
        examples=(
            Example(
                "Dana Ortiz's new role at Initech was confirmed within hours.",
                (("Dana Ortiz", "in", "Initech", None),),
            ),
            Example(
                "Lena Park, who was ousted as CEO of Globex last year, has a new job at Kestrel Robotics.",
                (("Lena Park", "in", "Kestrel Robotics", None), ("Lena Park", "out", "Globex", "2024")),
            ),
            Example(
                "Omar Haddad, a research scientist, is now the CEO of Quillon Labs.",
                (("Omar Haddad", "in", "Quillon Labs", None),),
            ),
        ),
    ),
    Rule(
        name="transfers:left-to-join",
        doc="a leaving with no object and its destination: 'X, one of Globex's managers, left in recent weeks to "
        "join B', 'X quit last year to become CEO of B' (in B, dated by the leaving's clause)",
        pattern=re.compile(
            rf"(?P<p>{PERSON})(?:\s*,\s*(?:[^;⟨]|⟨[OED]\d+⟩){{1,80}}?,)?{_AUX}\s+(?P<v>left|quit|departed|resigned|exited|stepped\s+down)"
            rf"(?!\s+(?:the\s+)?⟨[OE])(?:\s+(?:in|over|during|within)\s+(?:the\s+)?(?:recent|past|last|following)\s+"
            rf"(?:[\w-]+\s+)?(?:days|weeks|months|years)|\s+{D}|\s+(?:recently|abruptly|quietly))?\s*,?\s+to\s+"
            rf"(?:join|become\s+(?:the\s+|an?\s+)?(?:new\s+)?(?:[\w-]+\s+){{0,4}}?(?:of|at)|work\s+(?:at|for)|take\s+(?:up\s+)?"
            rf"(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:job|role|post|position)\s+(?:at|with))\s+(?:the\s+)?(?:rival\s+)?(?P<b>{ORG})(?!')",
            re.IGNORECASE,
        ),
        # the place left: the organisation in context before the leaving ("Globex has been without a chief since X
        # left to join B")
        atoms=(("p", "b", "in", None), ("p", "v", "out", None)),
        examples=(
            Example(
                "Dana Ortiz, one of Globex's research managers, left in recent weeks to join Initech, a start-up.",
                (("Dana Ortiz", "in", "Initech", None), ("Dana Ortiz", "out", "Globex", None)),
                published=None,
            ),
            Example(
                "Halden Systems has been without a chief executive since Lena Park left to join Initech earlier this "
                "year.",
                (("Lena Park", "in", "Initech", "2025"), ("Lena Park", "out", "Halden Systems", "2025")),
            ),
            Example(
                "Lena Park resigned in March to become chief executive of Kestrel Robotics.",
                (("Lena Park", "in", "Kestrel Robotics", "2025-03"),),
            ),
        ),
    ),
    Rule(
        name="transfers:those-who-left-include",
        doc="a list of leavers: 'Those who have left the company include X, ..., and Y', 'Executives who have "
        "departed A this year include X and Y' (out A for each), 'Key executives who have moved from A to similar roles "
        "at B include X, ...; Y, ...' (out A, in B for each)",
        pattern=re.compile(
            rf"(?:^⟨E\d+⟩|those|people|executives|researchers|staff(?:ers)?|employees|names|leaders|others)\s+who\s+(?:have\s+|had\s+)?"
            rf"(?:since\s+|recently\s+|already\s+)?(?:(?:left|departed|quit|exited)\s+(?P<o>{ORG_REF})(?!')|(?:moved|jumped|defected|gone|went)"
            rf"\s+from\s+(?:the\s+)?(?P<o2>{ORG})(?!')\s+to\s+(?:(?!include)[^;.⟨]){{0,40}}?(?P<b>{ORG})(?!'))"
            rf"(?:\s+(?:in\s+recent\s+years|{D}))?\s+"
            rf"(?:include|included|are|were)\s+(?P<p>{P}(?:(?:[^;.⟨]|⟨[OED]\d+⟩){{0,120}}?(?:,\s*|\s+and\s+|;\s*){P}){{0,8}})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None), ("p", "o2", "out", None), ("p", "b", "in", None)),
        examples=(
            Example(
                "Key executives who have moved from Globex to similar roles at Initech in recent years include Dana "
                "Ortiz, vice president of human resources; Lena Park, senior vice president of services, and Omar "
                "Haddad.",
                (
                    ("Dana Ortiz", "out", "Globex", None),
                    ("Dana Ortiz", "in", "Initech", None),
                    ("Lena Park", "out", "Globex", None),
                    ("Omar Haddad", "in", "Initech", None),
                ),
                published=None,
            ),
            Example(
                "Globex has lost researchers. Those who have left the company include Dana Ortiz, a research "
                "scientist, and Lena Park.",
                (("Dana Ortiz", "out", "Globex", None), ("Lena Park", "out", "Globex", None)),
                published=None,
            ),
            Example(
                "Executives who have departed Kestrel Robotics this year include Omar Haddad and Mira Osei.",
                (("Omar Haddad", "out", "Kestrel Robotics", "2025"), ("Mira Osei", "out", "Kestrel Robotics", "2025")),
            ),
        ),
    ),
    Rule(
        name="transfers:came-from",
        doc="an arrival told by its origin: 'X, who came from Morgan Stanley to tell Google's engineers', 'X came "
        "from A in 2015' (out A; the arrival is in context)",
        pattern=re.compile(
            rf"(?P<p>{PERSON})(?:\s*,)?(?:\s+was\s+(?:[^,;⟨]){{1,40}}?)?\s+(?:who\s+)?(?:(?:had|has|also|recently|originally)\s+)*"
            rf"(?:came|comes|arrived|arrives|moved)\s+from\s+(?:the\s+)?(?:rival\s+)?(?P<a>{ORG})(?!'|\s+(?:and|to)\s+⟨)",
            re.IGNORECASE,
        ),
        atoms=(("p", "a", "out", None),),
        examples=(
            Example(
                "Dana Ortiz was the adult in the room who came from Globex to tell Initech's engineers to care.",
                (("Dana Ortiz", "out", "Globex", None),),
            ),
            Example(
                "Lena Park came from Kestrel Robotics in 2015 to run Initech's sales.",
                (("Lena Park", "out", "Kestrel Robotics", "2015"),),
            ),
        ),
    ),
    Rule(
        name="transfers:after-serving",
        doc="a joining after a stint: 'X joined B after serving A for 23 years', 'X joined B after two decades at "
        "A' (out A; the joining is the built-in reading)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){_APPOS}{_AUX}\s+(?:joined|joins|moved\s+to|went\s+to|came\s+to)\s+(?:the\s+)?(?P<b>{ORG})(?!')"
            rf"(?:[^.;⟨]|⟨D\d+⟩){{0,40}}?\s+after\s+(?:serving|working\s+(?:at|for)|(?:spending\s+)?(?:(?:nearly|almost|over|more\s+than|"
            rf"about|some)\s+)?(?:[\w-]+\s+){{1,3}}?(?:years?|decades?|months?)\s+(?:at|with|in))\s+(?:the\s+)?(?P<a>{ORG})(?!')",
            re.IGNORECASE,
        ),
        atoms=(("p", "a", "out", None),),
        examples=(
            Example(
                "Dana Ortiz joined Initech after serving Globex for a period of 23 years.",
                (("Dana Ortiz", "out", "Globex", None), ("Dana Ortiz", "in", "Initech", None)),
            ),
            Example(
                "Lena Park joined Quillon Labs in 2019 after two decades at Kestrel Robotics.",
                (("Lena Park", "out", "Kestrel Robotics", "2019"), ("Lena Park", "in", "Quillon Labs", "2019")),
            ),
        ),
    ),
    Rule(
        name="transfers:hired-away-from",
        doc="a hire away from a named employer: 'A has hired X away from chipmaker B', 'A hired longtime B leader X "
        "to lead' (out B; the hire is the built-in reading)",
        pattern=re.compile(
            rf"{_HIRE}\s+(?P<p>{P})(?!')\s+away\s+from\s+(?:the\s+)?(?:rival\s+|[a-z][\w-]*\s+){{0,2}}?(?P<a>{ORG})(?!')"
            rf"|{_HIRE}\s+(?:longtime|long-time|veteran|senior|top)\s+(?P<a2>{ORG})(?!')\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:leader|executive|engineer|researcher|scientist|manager|director|veteran)\s+(?P<p2>{P})",
            re.IGNORECASE,
        ),
        atoms=(("p", "a", "out", None), ("p2", "a2", "out", None)),
        examples=(
            Example(
                "Initech has hired Dana Ortiz away from chipmaker Globex, a company known for graphics.",
                (("Dana Ortiz", "out", "Globex", None), ("Dana Ortiz", "in", "Initech", None)),
                published=None,
            ),
            Example(
                "Initech confirmed that it has hired longtime Kestrel Robotics leader Lena Park to lead security.",
                (("Lena Park", "out", "Kestrel Robotics", None), ("Lena Park", "in", "Initech", None)),
                published=None,
            ),
        ),
    ),
    Rule(
        name="transfers:became-cofounder",
        doc="a founding told as a new title: 'left A in 2022 and became co-founder and chief executive of startup "
        "B' (in B, a founding; a bare 'co-founder of B' label is no move)",
        kind="found",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){_APPOS}(?:(?:[^.;⟨]|⟨[OED]\d+⟩){{0,80}}?\band)?{_AUX}\s+(?:became|becomes|went\s+on\s+to\s+become|"
            rf"would\s+become|later\s+became)\s+(?:a\s+|the\s+)?(?:co-?founder|founder)(?:\s+and\s+(?:[\w-]+\s+){{0,4}}?[\w-]+)?"
            rf"\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?P<o>{ORG})(?!')",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None),),
        examples=(
            Example(
                "Dana Ortiz left Globex in 2022 and became co-founder and chief executive officer of startup "
                "Quillon Labs.",
                (("Dana Ortiz", "in", "Quillon Labs", "2022"), ("Dana Ortiz", "out", "Globex", "2022")),
            ),
            Example(
                "Lena Park later became a co-founder of the robotics startup Kestrel Robotics.",
                (("Lena Park", "in", "Kestrel Robotics", None),),
            ),
        ),
    ),
    Rule(
        name="transfers:leaves-as-role",
        doc="a leaving told by the post: 'X is departing as president and CEO of A', 'X left as president of the "
        "Entertainment Division' (A, or the organisation in context for a division), 'X leaves his post as co-CEO "
        "at the software company' (out A)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){_APPOS}{_AUX}\s+(?:left|leaves|leaving|departs|departed|departing|exits|exited|exiting|"
            rf"(?:step|steps|stepped|stepping)\s+(?:down|aside)|retires|retired|retiring|resigns|resigned|resigning|leave|"
            rf"depart|exit|retire|resign)(?:\s+(?:his|her|their)\s+(?:post|role|job|position|seat))?\s+as\s+"
            rf"(?:(?:the\s+|its\s+|their\s+)?(?!(?:[\w&-]+\s+){{0,5}}?(?:of|at)\s+(?:the\s+)?board\b)(?:[\w&-]+\s+){{0,6}}?(?:of|at)\s+"
            rf"(?P<o>{ORG_REF})(?!')|(?P<o2>{ORG})(?:'s)?\s+(?:chief|ceo|boss|president|chairman|head|cfo|cto|coo)\b)",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None), ("p", "o2", "out", None)),
        examples=(
            Example(
                "Dana Ortiz was ill when she resigned as Globex chief in 2011.",
                (("Dana Ortiz", "out", "Globex", "2011"),),
            ),
            Example(
                "Dana Ortiz is departing as president and CEO of Kestrel Robotics, the company said Monday.",
                (("Dana Ortiz", "out", "Kestrel Robotics", "2025-06-09"),),
            ),
            Example(
                "Kestrel Robotics lost another leader. Last May, Lena Park left as president of the Entertainment "
                "Division.",
                (("Lena Park", "out", "Kestrel Robotics", "2025-05"),),
            ),
            Example(
                "Omar Haddad leaves his post as co-chief executive officer at Globex after a year and a half.",
                (("Omar Haddad", "out", "Globex", None),),
                published=None,
            ),
        ),
    ),
    Rule(
        name="transfers:hiring-n-from",
        doc="a hire of several people from one place: 'The firm is hiring two fund managers from Invesco, X and "
        "Y', 'A hired three engineers from B: X, Y and Z' (in A, out B for each)",
        pattern=re.compile(
            rf"(?P<o>{ORG_REF})(?!')(?:[^.;⟨]){{0,60}}?\b(?:hired|hiring|hires|hire|poached|poaching|recruited|recruiting|"
            rf"lured|added)\s+(?:two|three|four|five|six|several|a\s+pair\s+of|\d+)\s+(?:[\w-]+\s+){{0,3}}?from\s+"
            rf"(?:the\s+)?(?:rival\s+)?(?P<a>{ORG})(?!')\s*(?:,|:|—|–)\s*(?:including\s+)?(?P<p>{PEOPLE})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None), ("p", "a", "out", None)),
        examples=(
            Example(
                "Globex is trying to right itself by hiring two fund managers from Initech, Dana Ortiz and Lena Park.",
                (
                    ("Dana Ortiz", "in", "Globex", None),
                    ("Dana Ortiz", "out", "Initech", None),
                    ("Lena Park", "in", "Globex", None),
                    ("Lena Park", "out", "Initech", None),
                ),
            ),
            Example(
                "Kestrel Robotics hired three engineers from Quillon Labs: Omar Haddad, Mira Osei and Jon Keel.",
                (("Omar Haddad", "out", "Quillon Labs", None), ("Jon Keel", "in", "Kestrel Robotics", None)),
            ),
        ),
    ),
    Rule(
        name="transfers:announced-hires-including",
        doc="a batch of hires announced by the hirer: 'A announced a number of hires of academics, including X and "
        "Y', 'A recently hired three scientists, Dr. X, Dr. Y and Dr. Z' (in A)",
        pattern=re.compile(
            rf"(?P<o>{ORG_REF})(?!')(?:\s+{D})?\s+(?:(?:has|have|also|recently|just)\s+)*(?:announced|unveiled|made|revealed)\s+"
            rf"(?:a\s+number\s+of|several|a\s+string\s+of|a\s+series\s+of|a\s+slew\s+of|two|three|four|five|\w+)\s+"
            rf"(?:[\w-]+\s+)?hires\s+(?:of\s+(?:[\w-]+\s*){{1,3}}?)?,?\s*(?:including|such\s+as)\s+(?:(?:[\w-]+\s+){{0,3}}?)?"
            rf"(?P<p>{PEOPLE})"
            rf"|(?P<o2>{ORG_REF})(?!')\s+(?:(?:has|have|also|recently|just)\s+)*(?:hired|recruited|added|poached)\s+"
            rf"(?:two|three|four|five|six|several)\s+(?:[\w-]+\s+){{0,4}}?(?:scientists|researchers|engineers|executives|"
            rf"experts|leaders|partners|managers|people|staff|hires)\s*(?:,|:)\s*(?P<p2>{PEOPLE})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None), ("p2", "o2", "in", None)),
        examples=(
            Example(
                "Globex July 17 announced a number of hires of academics, including Dana Ortiz and Lena Park, as it "
                "expands research.",
                (("Dana Ortiz", "in", "Globex", "2024-07-17"), ("Lena Park", "in", "Globex", "2024-07-17")),
            ),
            Example(
                "Halden Research recently hired three world-renowned scientists, Dr. Omar Haddad, Dr. Mira Osei and "
                "Dr. Jon Keel, and added two labs.",
                (
                    ("Omar Haddad", "in", "Halden Research", None),
                    ("Mira Osei", "in", "Halden Research", None),
                    ("Jon Keel", "in", "Halden Research", None),
                ),
            ),
        ),
    ),
    Rule(
        name="transfers:other-hires-include",
        doc="a list of hires named with their city: 'Other hires include X in Seattle and Y in London' (in where "
        "the article's latest joining went)",
        pattern=re.compile(
            rf"(?:other|new|recent|latest|further|more)\s+(?:[\w-]+\s+)?(?P<o>hires)\s+(?:include|included|are|were)\s+"
            rf"(?P<p>{P}{_IN_CITY}(?:\s*,\s*{P}{_IN_CITY})*(?:\s*,?\s*and\s+{P}{_IN_CITY})?)",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None),),
        flags={"destination": "o"},
        examples=(
            Example(
                "Globex hired Dana Ortiz to lead its lab. Other hires include Lena Park in Seattle and Omar Haddad in "
                "London.",
                (("Lena Park", "in", "Globex", None), ("Omar Haddad", "in", "Globex", None)),
                published=None,
            ),
            Example(
                "Initech named Mira Osei chief scientist. Recent hires include Jon Keel and Lars Berg.",
                (("Jon Keel", "in", "Initech", None), ("Lars Berg", "in", "Initech", None)),
                published=None,
            ),
        ),
    ),
    Rule(
        name="transfers:accepted-position",
        doc="a job accepted or taken up: 'X has accepted a senior executive position at A', 'X plans to take up a "
        "research position at A', 'X now works as chief tech officer for A', 'X will be the new CEO of A' (in A)",
        pattern=re.compile(
            rf"(?P<p>{PERSON})(?:\s*,\s*who\b(?:[^;⟨]|⟨[OED]\d+⟩){{1,100}}?,|{_APPOS})(?:\s*,\s*who)?(?:\s+(?:just\s+|recently\s+)?(?:stepped\s+down|resigned|left|quit|retired)\s*,?\s+and)?{_AUX}"
            rf"(?:\s+(?:been\s+offered\s+and(?:\s+has)?|plans\s+to|is\s+set\s+to|"
            rf"agreed\s+to|(?:is|are)\s+expected\s+to))?\s+(?:"
            rf"(?:accepted|accepts|took\s+up|takes\s+up|take\s+up|taking\s+up|landed|lands|taking\s+on|takes\s+on|took\s+on)\s+"
            rf"(?:a|an|the)\s+(?:[\w\"“”,-]+\s+){{0,4}}?(?:position|post|role|job|professorship|chair)\"?”?\s+(?:at|with)"
            rf"|(?:officially\s+)?(?:starts|started|start|starting|begins|began|begin)\s+as\s+(?:the\s+|an?\s+|its\s+)?(?:new\s+)?"
            rf"(?:[\w-]+\s+){{0,5}}?(?:of|at)"
            rf"|(?:now\s+)?works?\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{1,5}}?(?:for|at)"
            rf"|(?:will|would)\s+be\s+(?:the|an?)\s+new\s+(?:[\w-]+\s+){{1,4}}?(?:of|at))"
            rf"\s+(?:the\s+)?(?P<o>{ORG})(?!')",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None),),
        examples=(
            Example(
                "Dana Ortiz, the first female director of a federal agency, has been offered and has accepted a "
                '"senior executive position" at Globex.',
                (("Dana Ortiz", "in", "Globex", None),),
                published=None,
            ),
            Example(
                "Dana Ortiz, who helped build Globex's network, is taking on a new, unspecified role at Seattle-based "
                "Initech.",
                (("Dana Ortiz", "in", "Initech", None),),
                published=None,
            ),
            Example(
                "Omar Haddad officially starts as chief executive of Finland-based Kestrel Robotics next week.",
                (("Omar Haddad", "in", "Kestrel Robotics", "2025-06"),),
            ),
            Example(
                "Lena Park plans to take up a research position at Halden University.",
                (("Lena Park", "in", "Halden University", None),),
            ),
            Example(
                "Initech has lost executives, including Omar Haddad, who now works as chief tech officer for Globex.",
                (("Omar Haddad", "in", "Globex", None),),
            ),
            Example(
                "At Initech, longtime CEO Mira Osei just stepped down, and will be the new CEO of Quillon Labs.",
                (("Mira Osei", "in", "Quillon Labs", None),),
            ),
        ),
    ),
    Rule(
        name="transfers:has-lost-including",
        doc="an organisation's losses listed: 'A has lost several executives over the last few years to competitors, "
        "including X, who now works for B' (out A for each)",
        pattern=re.compile(
            rf"(?P<o>{ORG_REF})(?!')\s+(?:has|have|had)\s+(?:also\s+)?lost\s+(?:several|many|a\s+number\s+of|a\s+string\s+of|"
            rf"two|three|four|five|six|\d+|other|more)\s+(?:[^.;⟨]|⟨D\d+⟩){{0,80}}?\b(?:including|such\s+as|among\s+them)\s+"
            rf"(?:[\w-]+\s+){{0,2}}?(?P<p>{PEOPLE})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "Initech has lost several executives over the last few years to competitors, including Omar Haddad, "
                "who now works as chief tech officer for Globex.",
                (("Omar Haddad", "out", "Initech", None),),
            ),
            Example(
                "Kestrel Robotics has lost two researchers this year, including Dana Ortiz and Lena Park.",
                (("Dana Ortiz", "out", "Kestrel Robotics", "2025"), ("Lena Park", "out", "Kestrel Robotics", "2025")),
            ),
        ),
    ),
    Rule(
        name="transfers:spent-years-as-orgs",
        doc="a spell told by its post: 'he spent four years as A's director of graphics architecture', 'X worked "
        "for 10 years at A' (in and out of A, undated by the spell)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){_APPOS}{_AUX}\s+(?:spent\s+(?:(?:nearly|almost|over|more\s+than|about|some)\s+)?"
            rf"(?:[\w-]+\s+){{1,3}}?(?:years?|decades?)\s+as\s+(?:the\s+)?(?P<o>{ORG})'s"
            rf"|worked\s+for\s+(?:(?:nearly|almost|over|more\s+than|about|some)\s+)?(?:[\w-]+\s+){{1,3}}?(?:years?|decades?)\s+"
            rf"(?:at|with)\s+(?:the\s+)?(?P<o2>{ORG})(?!'))",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "-"), ("p", "o", "out", "-"), ("p", "o2", "in", "-"), ("p", "o2", "out", "-")),
        examples=(
            Example(
                "Raj Patel joined Initech from Globex. Prior to that, he spent four years as Kestrel Robotics's "
                "director of graphics architecture.",
                (("Raj Patel", "in", "Kestrel Robotics", None), ("Raj Patel", "out", "Kestrel Robotics", None)),
            ),
            Example(
                "Lena Park worked for 10 years at Globex, including as head of product.",
                (("Lena Park", "in", "Globex", None), ("Lena Park", "out", "Globex", None)),
            ),
        ),
    ),
    Rule(
        name="transfers:departed-dash-list",
        doc="a leaving verb, then its people after a dash or colon: 'Last month, two key leaders departed – "
        "cofounder X and researcher Y' (out of the organisation in context)",
        pattern=re.compile(
            rf"(?P<o>departed|left|quit|exited|resigned)\s*(?:[–—:]|--)\s*(?P<p>(?:[a-z][\w-]*\s+){{0,3}}?{P}(?!')"
            rf"(?:\s*(?:,|and|,\s*and)\s+(?:[a-z][\w-]*\s+){{0,3}}?{P}(?!')){{1,6}})\s*(?:[.;]|$)",
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "Globex is reshuffling. Last month, two key leaders in AI safety departed – cofounder Dana Ortiz and "
                "researcher Lena Park.",
                (("Dana Ortiz", "out", "Globex", "2025-05"), ("Lena Park", "out", "Globex", "2025-05")),
            ),
            Example(
                "Kestrel Robotics had a rough year. Three executives left: Omar Haddad, Mira Osei and Jon Keel.",
                (
                    ("Omar Haddad", "out", "Kestrel Robotics", None),
                    ("Mira Osei", "out", "Kestrel Robotics", None),
                    ("Jon Keel", "out", "Kestrel Robotics", None),
                ),
            ),
        ),
    ),
    Rule(
        name="transfers:founded-by",
        doc="a founding told from the organisation: 'A was founded in the UK in 2011 by X, Y and Z', 'A, co-founded "
        "by X and Y in 2019,' (in A for each, a founding)",
        kind="found",
        pattern=re.compile(
            rf"(?P<o>{ORG})(?!')(?:\s+(?:⟨E\d+⟩|[A-Z][\w-]*))?(?:\s*,\s*(?:which\s+)?(?:was\s+)?|\s+(?:was|were|is|had\s+been)\s+)"
            rf"(?:co-?)?(?:founded|started|launched|set\s+up|established)(?:\s+in\s+(?:the\s+)?(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w-]*))?)?"
            rf"(?:\s+(?P<d>{D}))?\s+by\s+(?:(?:[\w-]+\s+){{0,4}}?(?:veterans?|researchers?|engineers?|executives?|alumni|"
            rf"co-?founders?|founders?)\s+)?(?P<p>{PEOPLE})(?:\s+(?P<d2>{D}))?",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"), ("p", "o", "in", "d2")),
        examples=(
            Example(
                "Quillon Labs was founded in the UK in 2011 by Dana Ortiz, Lena Park and Omar Haddad and bought by "
                "Globex in 2014.",
                (
                    ("Dana Ortiz", "in", "Quillon Labs", "2011"),
                    ("Lena Park", "in", "Quillon Labs", "2011"),
                    ("Omar Haddad", "in", "Quillon Labs", "2011"),
                ),
            ),
            Example(
                "Kestrel Robotics, co-founded by Mira Osei and Jon Keel in 2019, makes drones.",
                (("Mira Osei", "in", "Kestrel Robotics", "2019"), ("Jon Keel", "in", "Kestrel Robotics", "2019")),
            ),
        ),
    ),
    Rule(
        name="transfers:gone-are",
        doc="a list of departures in inverted order: 'Gone are CEO X, CFO Y and CTO Z' (out of the organisation in "
        "context)",
        pattern=re.compile(
            rf"(?:^|[.;:]\s*|,\s*)(?P<o>gone)\s+(?:are|is)\s+(?P<p>(?:[\w-]+\s+){{0,3}}?{P}(?!')"
            rf"(?:\s*(?:,|and|,\s*and)\s+(?:[\w-]+\s+){{0,3}}?{P}(?!')){{0,8}})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "Kestrel Robotics has cleaned house. Gone are CEO Dana Ortiz, CFO Lena Park, CTO Omar Haddad and SVP "
                "Mira Osei.",
                (
                    ("Dana Ortiz", "out", "Kestrel Robotics", None),
                    ("Lena Park", "out", "Kestrel Robotics", None),
                    ("Mira Osei", "out", "Kestrel Robotics", None),
                ),
            ),
            Example(
                "Halden Systems's leadership changed. Gone is chief executive Jon Keel.",
                (("Jon Keel", "out", "Halden Systems", None),),
            ),
        ),
    ),
    Rule(
        name="transfers:others-who-left-include",
        doc="a list of leavers with no organisation named: 'Other executives that have left include VP X, Y and Z' "
        "(out of the organisation in context)",
        pattern=re.compile(
            rf"(?:other|more|further|key|senior|top)\s+(?:[\w-]+\s+)?(?:executives|researchers|leaders|people|staff(?:ers)?|"
            rf"employees|engineers|managers)\s+(?:that|who)\s+(?:have\s+|had\s+)?(?:since\s+|recently\s+|also\s+)?"
            rf"(?P<o>left|departed|quit|exited)\s+(?:include|included|are|were)\s+"
            rf"(?P<p>(?:(?:[\w-]+|⟨E\d+⟩)\s+){{0,3}}?{P}(?:(?:[^;.⟨]|⟨[OED]\d+⟩){{0,120}}?(?:,\s*|\s+and\s+|;\s*)(?:[\w-]+\s+){{0,3}}?{P}){{0,8}})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "Halden Systems lost its product chief. Other executives that have left include North America VP Dana "
                "Ortiz, marketing executive Lena Park, and Omar Haddad.",
                (
                    ("Dana Ortiz", "out", "Halden Systems", None),
                    ("Lena Park", "out", "Halden Systems", None),
                    ("Omar Haddad", "out", "Halden Systems", None),
                ),
                published=None,
            ),
            Example(
                "Kestrel Robotics is shrinking. Other researchers who have left are Mira Osei and Jon Keel.",
                (("Mira Osei", "out", "Kestrel Robotics", None), ("Jon Keel", "out", "Kestrel Robotics", None)),
                published=None,
            ),
        ),
    ),
    Rule(
        name="transfers:recruited-from-are",
        doc="a list of hires from one place, inverted: 'Among the key executives that A recruited from B are X, Y and "
        "Z' (in A, out B for each)",
        pattern=re.compile(
            rf"(?:among|of)\s+the\s+(?:[\w-]+\s+){{0,3}}?(?:executives|hires|people|staff(?:ers)?|researchers|engineers|leaders)\s+"
            rf"(?:that|who|whom)\s+(?P<o>{ORG})(?!')\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:recruited|hired|poached|lured)\s+"
            rf"(?:away\s+)?from\s+(?:the\s+)?(?:rival\s+)?(?P<a>{ORG})(?!')\s+(?:are|were|include|included)\s+(?P<p>{PEOPLE})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None), ("p", "a", "out", None)),
        examples=(
            Example(
                "Among the key executives that Globex successfully recruited from Initech are Dana Ortiz, Lena Park, "
                "and Omar Haddad.",
                (
                    ("Dana Ortiz", "in", "Globex", None),
                    ("Dana Ortiz", "out", "Initech", None),
                    ("Omar Haddad", "in", "Globex", None),
                    ("Omar Haddad", "out", "Initech", None),
                ),
            ),
            Example(
                "Of the engineers whom Kestrel Robotics hired from Quillon Labs were Mira Osei and Jon Keel.",
                (("Mira Osei", "in", "Kestrel Robotics", None), ("Jon Keel", "out", "Quillon Labs", None)),
            ),
        ),
    ),
    Rule(
        name="transfers:left-to-start-own",
        doc="a leaving to found one's own company, named after it: 'X departed to start his own company, Upstart', "
        "'X left A to launch her startup, B' (in B, a founding)",
        kind="found",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){_APPOS}{_AUX}\s+(?:(?:left|departed|quit|resigned|exited|stepped\s+down)(?:\s+(?:the\s+)?{ORG}(?!'))?"
            rf"(?:[^.;⟨]|⟨D\d+⟩){{0,40}}?\s+to\s+(?:start|launch|found|co-?found|set\s+up|build)|"
            rf"(?:(?:[^.;⟨]|⟨[OD]\d+⟩){{0,60}}?\s+and\s+)?(?:started|launched|founded|co-?founded|set\s+up))\s+(?:(?:his|her|their)\s+)?(?:own\s+)?"
            rf"(?:[\w-]+\s+){{0,2}}?(?:company|startup|start-up|firm|venture|business|lab)\s*,\s*(?:called\s+)?(?P<o>{ORG})(?!')",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None),),
        examples=(
            Example(
                "Clara Holm joined Globex in 2006. She left in 2009 and started her own business, Quillon Labs, which "
                "helps insurers.",
                (("Clara Holm", "in", "Quillon Labs", "2009"), ("Clara Holm", "out", "Globex", "2009")),
            ),
            Example(
                "Globex Apps head Dana Ortiz departed to start her own company, Quillon Labs.",
                (("Dana Ortiz", "in", "Quillon Labs", None),),
            ),
            Example(
                "Lena Park left Globex in 2023 to launch his startup, Kestrel Robotics, which raised $8 million.",
                (("Lena Park", "in", "Kestrel Robotics", "2023"), ("Lena Park", "out", "Globex", "2023")),
            ),
        ),
    ),
    Rule(
        name="transfers:joins-from",
        doc="an arrival that names its origin: 'X joins from TikTok, where she held', 'X, who joined from A in 2019, "
        "...' (out A; the arrival is in context)",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){_APPOS}(?:\s+(?:replaces|succeeds|follows)\s+{P}(?:\s*,\s*[^,;⟨]{{1,60}}?)?\s*,?)?(?:\s*,\s*who)?{_AUX}"
            rf"(?:\s+and)?\s+(?:joins|joined|joining|comes|came|arrives|arrived)\s+"
            rf"(?:directly\s+)?from\s+(?:the\s+)?(?:rival\s+)?(?P<a>{ORG})(?!'|\s+(?:and|to)\s+⟨)",
            re.IGNORECASE,
        ),
        atoms=(("p", "a", "out", None),),
        examples=(
            Example(
                "Dana Ortiz replaces Jon Keel, and joins from Globex, where she held the position of head of sales.",
                (("Dana Ortiz", "out", "Globex", None),),
                published=None,
            ),
            Example(
                "Lena Park, who joined from Kestrel Robotics in 2019, runs the lab.",
                (("Lena Park", "out", "Kestrel Robotics", "2019"),),
            ),
        ),
    ),
    Rule(
        name="transfers:hired-former-group",
        doc="a hire of a group named by its old employer: 'A has intensified its talent war by hiring two key former B "
        "engineers, X and Y' (in A, out B: a framed transition), 'A hired former B CEO X and former C CEO Y' (in A "
        "for each)",
        pattern=re.compile(
            rf"(?P<o>{ORG_REF})(?!')(?:[^.;⟨]){{0,60}}?\b{_HIRE}\s+(?:(?:two|three|four|five|several|a\s+pair\s+of|\d+)\s+)?"
            rf"(?:(?:key|top|senior|leading|star|veteran)\s+)?(?:former|ex-)\s*(?P<a>{ORG})(?!')\s+(?:[\w-]+\s+){{0,2}}?"
            rf"(?:engineers|researchers|executives|employees|staffers|scientists|designers|leaders|managers)\s*(?:,|:|—|–)?\s*"
            rf"(?:including\s+)?(?P<p>{PEOPLE})"
            rf"|(?P<o2>{ORG_REF})(?!')(?:[^.;⟨]){{0,60}}?\b{_HIRE}\s+(?P<p2>(?:former|ex-)\s*(?:(?:[\w-]+|⟨[OE]\d+⟩)\s+){{1,4}}?{P}"
            rf"(?:\s*,?\s*and\s+(?:former|ex-)\s*(?:(?:[\w-]+|⟨[OE]\d+⟩)\s+){{1,4}}?{P})+)",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None), ("p", "a", "out", None), ("p2", "o2", "in", None)),
        examples=(
            Example(
                "Globex has intensified its AI talent war by hiring two key former Initech engineers, Dana Ortiz and "
                "Lena Park, for its lab.",
                (
                    ("Dana Ortiz", "in", "Globex", None),
                    ("Dana Ortiz", "out", "Initech", None),
                    ("Lena Park", "in", "Globex", None),
                    ("Lena Park", "out", "Initech", None),
                ),
                published=None,
            ),
            Example(
                "Halden Systems is building a lab. The company has also hired former Kestrel Robotics CEO Omar Haddad "
                "and former Quillon Labs CEO Mira Osei, with plans to buy their fund.",
                (("Omar Haddad", "in", "Halden Systems", None), ("Mira Osei", "in", "Halden Systems", None)),
                published=None,
            ),
        ),
    ),
    Rule(
        name="transfers:including-x-from-a",
        doc="a hirer's list that gives each hire's origin: 'the firm has been hiring new talent, including X from A "
        "and Y from B' (in the hirer for each, out A for X and B for Y)",
        pattern=re.compile(
            rf"(?P<o>{ORG_REF})(?!')(?:[^.;⟨]){{0,60}}?\b(?:hiring|hired|hires|added|adding|poached|poaching|recruited|recruiting|"
            rf"brought\s+in|bringing\s+in)\b(?:[^.;⟨]|⟨D\d+⟩){{0,40}}?,?\s+including\s+(?P<p>{P})(?!')\s+from\s+(?:the\s+)?(?P<a>{ORG})(?!')"
            rf"(?:\s*(?:,\s*(?:and\s+)?|and\s+)(?P<p2>{P})(?!')\s+from\s+(?:the\s+)?(?P<a2>{ORG})(?!'))?"
            rf"(?:\s*(?:,\s*(?:and\s+)?|and\s+)(?P<p3>{P})(?!')\s+from\s+(?:the\s+)?(?P<a3>{ORG})(?!'))?",
            re.IGNORECASE,
        ),
        atoms=(
            ("p", "o", "in", None),
            ("p", "a", "out", None),
            ("p2", "o", "in", None),
            ("p2", "a2", "out", None),
            ("p3", "o", "in", None),
            ("p3", "a3", "out", None),
        ),
        examples=(
            Example(
                "However, Kestrel Robotics has been actively hiring new talent, including Dana Ortiz from Globex and "
                "Lena Park from Initech.",
                (
                    ("Dana Ortiz", "in", "Kestrel Robotics", None),
                    ("Dana Ortiz", "out", "Globex", None),
                    ("Lena Park", "in", "Kestrel Robotics", None),
                    ("Lena Park", "out", "Initech", None),
                ),
                published=None,
            ),
            Example(
                "Halden Systems hired three engineers last year, including Omar Haddad from Quillon Labs.",
                (("Omar Haddad", "in", "Halden Systems", "2024"), ("Omar Haddad", "out", "Quillon Labs", "2024")),
            ),
        ),
    ),
    Rule(
        name="transfers:lost-to",
        doc="an organisation losing someone to another: 'Globex lost a general partner, X, to rival VC firm B', "
        "'A lost X to B in 2023' (out A, in B)",
        pattern=re.compile(
            rf"(?P<a>{ORG})(?!')\s+(?:has\s+|had\s+|also\s+)*(?:lost|loses|losing)\s+(?:(?:a|an|the|its|another|one\s+of\s+its)\s+)?"
            rf"(?:[\w-]+\s*){{0,4}}?(?:,\s*)?(?P<p>{P})(?!')\s*,?\s+to\s+(?:the\s+)?(?:(?:rival|competitor|[a-z][\w-]*|⟨E\d+⟩)\s+){{0,3}}?"
            rf"(?P<b>{ORG})(?!')(?!\s+(?:firm|company|startup|lab|giant|maker|group|fund|bank)\b)",
            re.IGNORECASE,
        ),
        atoms=(("p", "a", "out", None), ("p", "b", "in", None)),
        examples=(
            Example(
                "That was about a year after Globex lost a different general partner, Dana Ortiz, to rival VC firm "
                "Initech.",
                (("Dana Ortiz", "out", "Globex", None), ("Dana Ortiz", "in", "Initech", None)),
            ),
            Example(
                "Kestrel Robotics lost Lena Park to Quillon Labs in 2023.",
                (("Lena Park", "out", "Kestrel Robotics", "2023"), ("Lena Park", "in", "Quillon Labs", "2023")),
            ),
        ),
    ),
    Rule(
        name="transfers:no-longer-be",
        doc="a leaving told as an end: 'X said on Thursday that he would no longer be a general partner at A', 'X "
        "will no longer serve as CEO of A' (out A)",
        pattern=re.compile(
            rf"(?P<p>{PERSON})(?:\s+said\s+(?:{D}\s+)?(?:that\s+)?(?:he|she|they))?\s+(?:will|would)\s+no\s+longer\s+"
            rf"(?:be|serve\s+as|work\s+(?:at|for))\s+(?:(?:a|an|the|its)\s+)?(?:[\w-]+\s+){{0,4}}?(?:at|of|with|for)?\s*"
            rf"(?:the\s+)?(?P<o>{ORG})(?!')",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "Dana Ortiz, the former CEO of Quillon Labs, said on Thursday that she would no longer be a general "
                "partner at Globex.",
                (("Dana Ortiz", "out", "Globex", "2025-06-12"),),
            ),
            Example(
                "Lena Park will no longer serve as chief executive of Kestrel Robotics.",
                (("Lena Park", "out", "Kestrel Robotics", None),),
                published=None,
            ),
        ),
    ),
)
