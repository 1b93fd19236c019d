"""Departures: people leaving, alone or in groups and lists ("A, the CFO, and B, the COO, will both
leave the company", "Other exits included the general counsel, X; senior lawyer Y; and Z", "Globex,
which recently lost its VP of research, X", "X, who went from A to a partner position at B").

Where the organisation left is not named in the clause ("also announced their decisions to exit",
"said she would not return"), a rule's organisation group holds the verb or noun itself: with no
organisation symbol in it, the engine resolves it as "the company" at that place (the latest
organisation before it in the sentence, else the one in context). See ingest/rules/__init__.py.
"""

from __future__ import annotations

import re

from . import DESCRIPTION, GAP, ORG, ORG_REF, PEOPLE, PERSON, D, Example, P, Rule  # noqa: F401

# A title before a name: "co-founder", "Vice President of Research", "the company's general counsel,",
# "Globex's chief lawyer", "former Initech CEO". No symbols but an organisation.
_TITLE = (
    rf"(?:(?:(?:the\s+)?{ORG}'s|(?:the\s+)?(?:company|firm|group|bank|startup)'s|its|their|former)\s+)?"
    rf"(?:(?:{ORG}\s+)?[\w&.-]+(?:\s+|\s*,\s*)){{0,6}}?"
)
# An appositive after a name, up to its closing comma: ", senior vice president of retail,".
_APPOS = r"(?:\s*,\s*(?!and\b|who\b|which\b)[^,;]{1,90}?(?=\s*,)|\s*\([^()]{0,60}\))?"
_MEMBER = rf"(?:{_TITLE})?{P}{_APPOS}"
# People listed with titles and appositives: "A, the CFO, and B, the COO", "the counsel, A; lawyer B;
# and C", "CRO A and VP of research B". Each list member is one person symbol.
_LIST = rf"{_MEMBER}(?:\s*[,;]\s*(?:and\s+|&\s+)?{_MEMBER}|\s*[,;]?\s+(?:and|&)\s+{_MEMBER}){{0,9}}"
# A group noun before a list: "the duo,", "two senior figures", "the pair".
_GROUP = r"(?:the\s+(?:duo|pair|trio|two|three|executives|founders|co-?founders)\s*,\s*|(?:two|three|four|five)\s+(?:[\w-]+\s+){0,3}?(?:figures|executives|leaders|researchers|engineers|officials|co-?founders)\s*,?\s*)?"
# Words between a subject and its verb, wider than GAP: "will both", "are all", "have already".
_AUX = (
    rf"(?:\s+(?:will|would|shall|are|is|were|was|have|has|had|also|both|all|each|now|soon|then|later|just|"
    rf"officially|already|reportedly|recently|quietly|{D}|\w+ly))*"
)
# "..., Kestrel said": the organisation announcing it, for "the company" before it.
_SAID = rf"(?:\s*,\s*(?:the\s+)?{ORG}\s+(?:said|says|announced|confirmed|disclosed|reported))?"
# Not a hypothetical: "if A and B leave the company", "whether X would exit".
_NOT_IF = r"(?<!\bif )(?<!\bwhether )(?<!\bunless )"
# A leaving verb with no object, at the end of its clause: "will depart at the end of the year".
_CLAUSE_END = rf"(?=\s*(?:[,.;:)—–-]|$|{D}|at\s+the\s+end|after|later|this|next|in\b|on\b|when|to\s+(?:join|become|pursue|start|launch|found|focus|take|lead|go)\b|for\s+(?:family|personal|health)))"

RULES: tuple[Rule, ...] = (
    Rule(
        name="departures:group-will-leave",
        doc="a (titled) group of people who will leave, are leaving or left an organisation: 'A, the CFO, "
        "and B, the COO, will both leave the company'",
        pattern=re.compile(
            rf"{_NOT_IF}(?P<p>{_GROUP}{_LIST})\s*,?{_AUX}\s+(?:(?:set|scheduled|due|slated|poised|expected|going)\s+"
            rf"to\s+)?(?P<o>(?:leave|leaving|exit|exiting|depart|departing|quit|quitting|left|departed|exited|"
            rf"decamped|retire|retiring)(?:\s+from)?\s+{ORG_REF}(?!\s*'s){_SAID})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "Dana Ortiz, senior vice president for robotics, and Lars Berg, head of retail, will both leave "
                "the company, Kestrel Robotics said in a statement.",
                (
                    ("Dana Ortiz", "out", "Kestrel Robotics", None),
                    ("Lars Berg", "out", "Kestrel Robotics", None),
                ),
            ),
            Example(
                "Initech reported that the duo, Mei Tanaka and Ravi Kumar, are leaving Initech to start a lab.",
                (("Mei Tanaka", "out", "Initech", None), ("Ravi Kumar", "out", "Initech", None)),
            ),
        ),
    ),
    Rule(
        name="departures:announced-decision",
        doc="people who announced, submitted or confirmed their decision, notice or plan to leave, with or "
        "without the organisation: 'A and B also announced their decisions to exit'",
        pattern=re.compile(
            rf"{_NOT_IF}(?P<p>{_GROUP}{_LIST})\s*,?{_AUX}\s+(?:announced|announces|announcing|confirmed|confirms|"
            rf"disclosed|revealed|submitted|tendered|handed\s+in|gave|given|made\s+public|shared)\s+(?:their|his|"
            rf"her)\s+(?:own\s+)?(?:decisions?|intentions?|notices?|resignations?|plans?)\s+to\s+"
            rf"(?P<o>(?:leave|exit|depart|quit|resign|retire)(?:\s+(?:from\s+)?{ORG_REF})?)",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "Kestrel Robotics lost its CEO in May. Shortly after, Kestrel Robotics's research chief Omar Haddad "
                "and Vice President of Research Priya Natarajan also announced their decisions to exit.",
                (
                    ("Omar Haddad", "out", "Kestrel Robotics", None),
                    ("Priya Natarajan", "out", "Kestrel Robotics", None),
                ),
            ),
            Example(
                "The duo, Mei Tanaka and Ravi Kumar, have already submitted their notice to leave Initech.",
                (("Mei Tanaka", "out", "Initech", None), ("Ravi Kumar", "out", "Initech", None)),
            ),
        ),
    ),
    Rule(
        name="departures:exits-included",
        doc="a list under a departures noun: 'Other exits included the general counsel, A; senior lawyer B; and "
        "C', 'Four of the executives bidding goodbye are A, B and C', 'departures from A (X, Y who went to B)'",
        pattern=re.compile(
            rf"(?P<o>(?:(?:exits|departures|defections|resignations|leavers|departees)(?:\s+from\s+{ORG_REF})?"
            rf"|(?:executives|people|staff(?:ers)?|employees|researchers|engineers|leaders|members)\s+(?:leaving|"
            rf"departing|exiting|bidding\s+(?:a\s+)?(?:goodbye|farewell)|who\s+(?:have\s+|had\s+)?(?:left|departed|"
            rf"quit|exited))(?:\s+{ORG_REF})?|(?:departure|exit|resignation)\s+(?:is|was|comes|came)\s+(?:among|"
            rf"one\s+of)\s+(?:[\w-]+\s+){{0,6}}?(?:ones|departures|exits)(?:\s+(?:in|this|over)\s+(?:[\w-]+\s+)"
            rf"{{0,3}}?(?:months|weeks|year|years))?))\s*,?\s*(?:(?:also\s+)?(?:include[ds]?|including|are|were|"
            rf"have\s+been|has\s+been)\s*:?\s+|\(\s*(?:I'?ve\s+covered\s+)?)(?P<p>{_LIST})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "Globex Robotics shed staff all year. Other exits included the company's general counsel, Hana Lee; "
                "senior lawyer Tom Baker; and co-founder Ana Silva.",
                (
                    ("Hana Lee", "out", "Globex Robotics", None),
                    ("Tom Baker", "out", "Globex Robotics", None),
                    ("Ana Silva", "out", "Globex Robotics", None),
                ),
            ),
            Example(
                "Amid the departures from Kestrel Robotics (Omar Haddad, who went to Initech, and Lena Park), "
                "this hire goes the other way.",
                (("Omar Haddad", "out", "Kestrel Robotics", None), ("Lena Park", "out", "Kestrel Robotics", None)),
            ),
        ),
    ),
)
