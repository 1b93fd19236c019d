"""Departures: people leaving, alone or in groups and lists ("A, the CFO, and B, the COO, will both
leave the company", "Other exits included the general counsel, X; senior lawyer Y; and Z", "Globex,
which recently lost its VP of research, X", "X, who went from A to a partner position at B").

Where the organisation left is not named in the clause ("also announced their decisions to exit",
"said she would not return"), a rule's organisation group holds the verb or noun itself: with no
organisation symbol in it, the engine resolves it as "the company" at that place (the latest
organisation before it in the sentence, else the one in context). See ingest/rules/__init__.py.

Where a date follows the verb, a rule's date group takes it, so that the move does not compete
with the built-in patterns' moves of the same sentence for its date. A single leaver with a
named organisation is the built-in patterns' case; the rules here read what they miss: lists
with titles and appositives, organisations that lose people, descriptions, ellipsis.
"""

from __future__ import annotations

import re

from . import DESCRIPTION, GAP, ORG, ORG_REF, PEOPLE, PERSON, D, Example, P, Rule  # noqa: F401

# A title word is not a verb or a clause word: "and the firm hired C" does not continue a list.
_WORD = (
    r"(?!(?:who|whom|which|that|but|there|was|were|is|are|be|been|has|have|had|said|says|and|or|while|when|"
    r"then|later|also|hired|joined|named|appointed|promoted|replaced|replacing|succeeded|took|became|with|by|"
    r"from|to|after|before|as|I|we|he|she|they|it|its|including|if|whether|unless|should|could|would|may|might|"
    r"against|versus|vs|about|over|into|onto|upon|toward|towards|through)\b)"
)
# A title before a name: "co-founder", "Vice President of Research", "the company's general counsel,",
# "Globex's chief lawyer", "former Initech CEO". No symbols but an organisation.
_TITLE = (
    rf"(?:(?:(?:the\s+)?{ORG}'s|(?:the\s+)?(?:company|firm|group|bank|startup)'s|its|their|former)\s+)?"
    rf"(?:(?:{ORG}\s+)?(?<![\w&.-]){_WORD}[\w&.-]+(?:\s+|\s*,\s*)){{0,6}}?"
)
# An appositive after a name, up to its closing comma: ", senior vice president of retail,".
# No person in it: "X, a former deputy to Y," names Y only as a relation.
_APPOS = (
    r"(?:\s*,\s*(?!\s*(?:and|to|for|from|in|on|at|after|before|as|when|while|but)\b)"
    r"(?:(?!\b(?:who|which|that|whose|joined|joins|left|leaves|hired|moved|said)\b|⟨P)[^,;]){1,90}?(?=\s*,)"
    r"|\s*\((?:(?!⟨P)[^()]){0,60}\)"
    r"|\s*[—–]\s*(?:(?!\b(?:joined|left|hired|moved)\b|⟨P)[^—–;]){1,200}?\s*[—–])?"
)
_MEMBER = rf"(?:{_TITLE})?{P}(?!'){_APPOS}"
# People listed with titles and appositives: "A, the CFO, and B, the COO", "the counsel, A; lawyer B;
# and C", "CRO A and VP of research B". Each list member is one person symbol.
_MORE = rf"(?:\s*[,;]\s*(?:and\s+|&\s+)?{_MEMBER}|\s*[,;]?\s+(?:and|&)\s+{_MEMBER})"
# Not a hypothetical: "if A and B leave the company". Checked just after a name's opening "⟨P", so
# that a pattern still starts with that literal (a look-behind at the very start would make the regex
# engine try every position).
_NOT_IF = r"(?<!\bif ⟨P)(?<!\bwhether ⟨P)(?<!\bunless ⟨P)"
# A list starts at its first name (a title before it is not needed), so a pattern starting with a
# list starts with a person symbol, which the regex engine finds fast; after a trigger word
# ("Other exits included the general counsel, A; ...") the first member may have its title.
_FIRST = rf"⟨P{_NOT_IF}\d+⟩(?!'){_APPOS}"
_LIST = rf"{_FIRST}{_MORE}{{0,9}}"
_TLIST = rf"{_MEMBER}{_MORE}{{0,9}}"
# Two or more: a single leaver with an object is the built-in patterns' case.
_LIST2 = rf"{_FIRST}{_MORE}{{1,9}}"
# When a follower went: "followed suit", "followed shortly after", "followed a few months later".
_THEN = (
    r"\s+(?:suit|(?:him|her|them)(?:\s+out)?|shortly\s+(?:after|afterwards?|thereafter)|soon\s+after|close\s+behind|"
    r"(?:a\s+)?(?:few|couple\s+of)\s+(?:days|weeks|months)\s+later|(?:days|weeks|months)\s+later)"
)
# Leaving verbs with no object: "jumped ship", "is bailing out", "departed".
_LEFT = (
    r"(?:bail(?:ing|ed)?\s+out|jump(?:ed|ing)?\s+ship|depart(?:ed|ing)?|left|leaving|leave|resign(?:ed|ing)?|"
    r"quit(?:ting)?|exit(?:ed|ing)?|retir(?:ed|ing|e)|decamp(?:ed|ing)?|defect(?:ed|ing)?|step(?:ped|ping)?\s+down)"
)
# Words between a subject and its verb, wider than GAP: "will both", "are all", "have already".
_AUX = (
    rf"(?:(?:will|would|shall|are|is|were|was|have|has|had|also|both|all|each|now|soon|then|later|just|"
    rf"officially|already|reportedly|recently|quietly|{D}|\w+ly)\s+)*"
)
# "..., Kestrel said": the organisation announcing it, for "the company" before it.
_SAID = rf"(?:\s*,\s*(?:the\s+)?{ORG}\s+(?:said|says|announced|confirmed|disclosed|reported))?"
# A leaving verb with no object, at the end of its clause: "will depart at the end of the year".
_CLAUSE_END = (
    rf"(?=\s*(?:[,.;:)—–-]|$|{D}|at\s+the\s+end|after|later|this|next|in\b|when|"
    rf"to\s+(?:join|become|pursue|start|launch|found|focus|take|lead|go)\b|for\s+(?:family|personal|health)))"
)

RULES: tuple[Rule, ...] = (
    Rule(
        name="departures:group-will-leave",
        doc="a (titled) group of people who will leave, are leaving or left an organisation: 'A, the CFO, "
        "and B, the COO, will both leave the company'",
        pattern=re.compile(
            rf"(?P<p>{_LIST2})\s*,?\s*{_AUX}(?:(?:set|scheduled|due|slated|poised|expected|going)\s+"
            rf"to\s+)?(?P<o>(?:leave|leaving|exit|exiting|depart|departing|quit|quitting|left|departed|exited|"
            rf"decamped|retire|retiring)(?:\s+from)?\s+{ORG_REF}(?!\s*'s)(?:\s+(?:at\s+|by\s+)?(?P<d>{D}))?{_SAID})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", "d"),),
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
                published=None,
            ),
        ),
    ),
    Rule(
        name="departures:relation-appositive-left",
        doc="a leaver whose appositive names another person, or has no commas: 'X, a former deputy to Y, "
        "recently left A' (the leaver is X, not Y), 'after X the top design executive left the iPhone maker'",
        pattern=re.compile(
            rf"(?P<p>{P})(?:\s*,\s*(?:a|an|the|his|her)\s+(?:[\w-]+\s+){{0,5}}?(?:to|of|for|with|under)\s+(?:{P}|{ORG}'s\s+"
            rf"(?:[\w-]+\s+){{0,3}}?{P})\s*,|\s+the\s+(?:{_WORD}[\w-]+\s+){{1,5}}?(?:executive|officer|chief|head|"
            rf"director|president|designer|engineer|scientist|lead|manager))\s*{_AUX}(?P<o>(?:left|departed|quit|exited|decamped)\s+{ORG_REF}(?!\s*'s)(?:\s+(?:at\s+|by\s+)?(?P<d>{D}))?{_SAID})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", "d"),),
        examples=(
            Example(
                "Omar Haddad, a former deputy to Lena Park, recently left Kestrel Robotics.",
                (("Omar Haddad", "out", "Kestrel Robotics", None),),
            ),
            Example(
                "Dana Ortiz, the chief of staff to Lars Berg, has also left the company, Initech said.",
                (("Dana Ortiz", "out", "Initech", None),),
                published=None,
            ),
            Example(
                "Kestrel Robotics is in crisis after Mei Tanaka the top design executive left the robot maker.",
                (("Mei Tanaka", "out", "Kestrel Robotics", None),),
            ),
        ),
    ),
    Rule(
        name="departures:announced-decision",
        doc="people who announced, submitted or confirmed their decision, notice or plan to leave, with or "
        "without the organisation: 'A and B also announced their decisions to exit'",
        pattern=re.compile(
            rf"(?P<p>{_LIST})\s*,?\s*{_AUX}(?:announced|announces|announcing|confirmed|confirms|"
            rf"disclosed|revealed|submitted|tendered|handed\s+in|gave|given|made\s+public|shared)\s+(?:their|his|"
            rf"her)\s+(?:own\s+)?(?:decisions?|intentions?|notices?|resignations?|plans?)\s+to\s+"
            rf"(?P<o>(?:leave|exit|depart|quit|resign|retire)(?:\s+(?:from\s+)?{ORG_REF}(?!\s*'s){_SAID})?)",
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
            rf"have\s+been|has\s+been)\s*:?\s+|\(\s*(?:I'?ve\s+covered\s+)?)(?P<p>{_TLIST})",
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
                published=None,
            ),
            Example(
                "Amid the departures from Kestrel Robotics (Omar Haddad, who went to Initech, and Lena Park), "
                "this hire goes the other way.",
                (("Omar Haddad", "out", "Kestrel Robotics", None), ("Lena Park", "out", "Kestrel Robotics", None)),
            ),
        ),
    ),
    Rule(
        name="departures:departures-from-parenthetical",
        doc="the people in a parenthesis or colon list after 'departures from A': 'the departures from A (X, "
        "but also Y who went to B, Z who went back to C)'",
        pattern=re.compile(
            rf"(?P<o>(?:departures?|exits?|defections?|exodus|string\s+of\s+(?:departures|exits))\s+(?:from|at)\s+"
            rf"{ORG_REF})\s*(?:\(|:)\s*(?P<p>[^()]{{0,400}}?)(?:\)|$)",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "Amid the recent departures from Kestrel Robotics (we covered Omar Haddad, but there was also Lena "
                "Park who went to Initech, and others), this hire goes the other way.",
                (("Omar Haddad", "out", "Kestrel Robotics", None), ("Lena Park", "out", "Kestrel Robotics", None)),
            ),
            Example(
                "The exodus from Globex Robotics: Dana Ortiz to Initech, Lars Berg to Hooli.",
                (("Dana Ortiz", "out", "Globex Robotics", None), ("Lars Berg", "out", "Globex Robotics", None)),
            ),
        ),
    ),
    Rule(
        name="departures:who-went-to",
        doc="'X who (also) went (back) to B' in a list of leavers: X joined B",
        pattern=re.compile(
            rf"(?P<p>{P})\s*,?\s*who\s+(?:also\s+|then\s+|later\s+|eventually\s+|recently\s+)?(?:went|headed|"
            rf"decamped|defected|jumped)\s+(?:back\s+|over\s+)?to\s+(?P<o>{ORG})(?!')(?=\s*(?:[,.;)]|$|after|"
            rf"for\s+(?!(?:his|her|their|a|an)\s+(?:⟨E|phd|mba|degree|master|doctorate|studies|education|undergrad|"
            rf"bachelor))|"
            rf"as|to\s+(?:become|lead|run)))",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None),),
        examples=(
            Example(
                "Amid the recent departures from Kestrel Robotics (we covered Omar Haddad, but there was also Lena "
                "Park who also went to Initech, and others), this hire goes the other way.",
                (("Lena Park", "in", "Initech", None), ("Lena Park", "out", "Kestrel Robotics", None)),
            ),
            Example(
                "There was also Dana Ortiz, who went back to Hooli after just a few months at Globex Robotics.",
                (("Dana Ortiz", "in", "Hooli", None),),
            ),
        ),
    ),
    Rule(
        name="departures:org-lost",
        doc="an organisation that lost (or is preparing to lose) people: 'Globex, which recently lost its VP of "
        "research, X', 'it lost X, along with Y and Z', 'lost another co-founder, X, when he took a new job at B'",
        pattern=re.compile(
            rf"(?P<o>(?:the\s+)?{ORG}\s*,\s*which|(?:the\s+)?{ORG}|\bwhich|\bit|{DESCRIPTION})\s+{_AUX}"
            rf"(?:(?:is|are|was)\s+(?:also\s+)?(?:preparing|set|poised|about|going)\s+to\s+lose|lost|loses|losing)\s+"
            rf"(?![^;]{{0,120}}?\bto\s+(?:the\s+|its\s+|a\s+)?(?:rival\s+|competitor\s+)?⟨[OE]\d+⟩)"
            rf"(?:(?:its|their|another|one\s+of\s+its|a|an|two|three|four|five|several|\d+)\s+(?:{_WORD}[\w-]+\s+)"
            rf"{{0,5}}?{_WORD}[\w-]+\s*,?\s*)?(?P<p>{_LIST}|⟨E\d+⟩)(?!')"
            rf"(?![^;.]{{0,120}}?\bto\s+(?:cancer|illness|disease|death|covid|suicide|injury|injuries|"
            rf"a\s+rival\s+bid|a\s+(?:heart|long|brief)))"
            rf"(?![^.]{{0,200}}?\b(?:died|death|passed\s+away|obituary|funeral)\b)"
            rf"(?:[^;]{{0,200}}?\balong\s+with\s+(?P<p2>{_TLIST}))?(?:\s*,?\s*(?:{D}\s+)?when\s+(?:he|she|they)\s+"
            rf"(?:took|accepted|joined|left\s+for|moved\s+to|went\s+to)\s+(?:(?:a|an|the)\s+(?:new\s+)?(?:[\w-]+\s+)"
            rf"{{0,2}}?(?:job|role|position|post)\s+(?:at|with)\s+)?(?P<b>{ORG}))?",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None), ("p2", "o", "out", None), ("p", "b", "in", None)),
        examples=(
            Example(
                "The hire is a win for Kestrel Robotics, which recently lost its VP of research, Omar Haddad.",
                (("Omar Haddad", "out", "Kestrel Robotics", None),),
            ),
            Example(
                "It is a blow to Globex Robotics, which also lost another co-founder, Lena Park, when she took a new "
                "job at Initech.",
                (("Lena Park", "out", "Globex Robotics", None), ("Lena Park", "in", "Initech", None)),
            ),
            Example(
                "Globex Robotics lost Dana Ortiz, its chief architect, along with Lars Berg and Mei Tanaka.",
                (
                    ("Dana Ortiz", "out", "Globex Robotics", None),
                    ("Lars Berg", "out", "Globex Robotics", None),
                    ("Mei Tanaka", "out", "Globex Robotics", None),
                ),
            ),
        ),
    ),
    Rule(
        name="departures:one-of-who-left",
        doc="a leaver picked out of a group: 'One of the employees who left A for B is X', 'Among those who "
        "left A are X and Y'",
        pattern=re.compile(
            rf"(?:(?:one|some|two|three|four|five|several|many|most|a\s+few|\d+)\s+of\s+the\s+(?:[\w-]+\s+){{0,3}}?"
            rf"(?:employees|staff(?:ers)?|researchers|engineers|executives|people|scientists|leaders|members|"
            rf"co-?founders|founders|managers)|(?:among\s+)?those)\s+(?:who|that)\s+(?:have\s+|has\s+|had\s+|"
            rf"recently\s+|also\s+)*(?:left|departed|quit|exited)\s+(?P<a>{ORG_REF})(?:\s+(?:for|to\s+join)\s+"
            rf"(?P<b>{ORG_REF}))?\s*,?\s*(?:is|are|was|were|include[ds]?|including)\s+(?P<p>{_TLIST})",
            re.IGNORECASE,
        ),
        atoms=(("p", "a", "out", None), ("p", "b", "in", None)),
        examples=(
            Example(
                "One of the employees who left Kestrel Robotics for Initech is Omar Haddad, who had worked there "
                "for years.",
                (("Omar Haddad", "out", "Kestrel Robotics", None), ("Omar Haddad", "in", "Initech", None)),
            ),
            Example(
                "Among those who left Globex Robotics are Dana Ortiz and Lars Berg.",
                (("Dana Ortiz", "out", "Globex Robotics", None), ("Lars Berg", "out", "Globex Robotics", None)),
            ),
        ),
    ),
    Rule(
        name="departures:will-depart",
        doc="a leaving announced without its object: 'X is scheduled to retire', 'X, who led A's lab, will "
        "depart at the end of the year' (the organisation in context)",
        pattern=re.compile(
            rf"(?P<p>{_LIST})\s*,?\s*{_AUX}(?:(?:set|scheduled|due|slated|poised|expected|going)\s+"
            rf"to\s+)?(?P<o>(?:leave|leaving|leaves|depart|departing|departs|exit|exiting|exits|retire|retiring|retires)"
            rf"(?:\s+(?:his|her|their)\s+(?:post|role|position|job)s?)?)(?:\s+(?:at\s+|by\s+)?(?P<d>{D}))?{_CLAUSE_END}",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", "d"),),
        examples=(
            Example(
                "Kestrel Robotics named a new CFO. Its current finance chief, Omar Haddad, is scheduled to retire "
                "next year.",
                (("Omar Haddad", "out", "Kestrel Robotics", "2026"),),
            ),
            Example(
                "Globex Robotics announced that Dana Ortiz—who has led its research lab since 2021—will depart at "
                "the end of the year.",
                (("Dana Ortiz", "out", "Globex Robotics", "2025"),),
            ),
        ),
    ),
    Rule(
        name="departures:appositive-org-leaves",
        doc="a leaver whose appositive names the organisation: 'X, Globex's design manager, jumped ship to B', "
        "'one of Globex's leading liaisons, X, is bailing out to go work for B', 'X, a partner at A has defected "
        "and is joining rival firm B'",
        pattern=re.compile(
            rf"(?:(?P<p>{P})\s*,\s*(?:(?:(?:the|a|an|one\s+of\s+(?:the\s+)?)\s*)?(?:[\w-]+\s+){{0,3}}?(?P<o>{ORG})'s\s+"
            rf"[^;]{{0,120}}?,|(?:another|a|an|the)\s+(?!former\b|ex-)(?P<o3>{ORG})\s+(?:[\w-]+\s+){{0,2}}?[\w-]+,|"
            rf"(?:a|an|the)\s+(?!former\b|ex-)(?:[\w-]+\s+){{0,3}}?(?:at|with)\s+(?:the\s+)?(?P<o4>{ORG})(?:\s+⟨E\d+⟩)?"
            rf"\s*,?|(?!former\b|ex-)(?:[\w-]+\s+){{1,4}}?(?:of|at)\s+(?:the\s+)?(?P<o5>{ORG})(?!')"
            rf"(?:\s+(?:and\s+)?⟨[OE]\d+⟩){{0,3}}\s*,)|one\s+of\s+(?:the\s+)?(?P<o2>{ORG})'s\s+[^;,]{{0,80}}?,\s*"
            rf"(?P<p2>{P})\s*,)\s*{_AUX}"
            rf"(?:is\s+|are\s+|was\s+|has\s+)?(?:{_LEFT}|announced\s+(?:his|her|their)\s+(?:departure|resignation|"
            rf"retirement|exit)(?:\s+from\s+[^,.;⟨]{{1,30}}?)?)(?:\s+(?:at\s+|by\s+)?(?P<d>{D}))?"
            rf"(?:\s+(?:to|for)\s+(?:go\s+(?:work\s+)?(?:for|to)\s+|join\s+|work\s+for\s+)?(?P<b>{ORG})"
            rf"|\s+and\s+(?:is\s+|has\s+|will\s+)?(?:join(?:s|ed|ing)?|moving\s+to|moved\s+to)\s+(?:[^,.;⟨]{{0,80}}?,\s*)?"
            rf"(?P<b2>{ORG})|\s+to\s+(?:take\s+up|take|accept|assume|become)\s+(?:(?:a|an|the|its|their|his|her)\s+)?"
            rf"(?:new\s+)?(?:[\w-]+\s+){{0,4}}?(?:(?:post|role|position|job|seat)\s+)?(?:as\s+(?:[\w-]+\s+){{1,4}}?)?"
            rf"(?:at|with|of|for|in\s+charge\s+of)\s+(?:the\s+)?(?P<b3>{ORG})(?!')|{_CLAUSE_END})",
            re.IGNORECASE,
        ),
        atoms=(
            ("p", "o", "out", "d"),
            ("p", "o3", "out", "d"),
            ("p", "o4", "out", "d"),
            ("p", "o5", "out", "d"),
            ("p", "b2", "in", "d"),
            ("p", "b3", "in", "d"),
            ("p2", "o2", "out", "d"),
            ("p", "b", "in", "d"),
            ("p2", "b", "in", "d"),
        ),
        examples=(
            Example(
                "Omar Haddad, Kestrel Robotics's design manager and one of the minds behind its arm, jumped ship to "
                "Initech.",
                (("Omar Haddad", "out", "Kestrel Robotics", None), ("Omar Haddad", "in", "Initech", None)),
            ),
            Example(
                "One of Globex Robotics's leading liaisons to regulators, Dana Ortiz, is bailing out to go work for a "
                "lobbying firm.",
                (("Dana Ortiz", "out", "Globex Robotics", None),),
            ),
            Example(
                "Lena Park, another Kestrel Robotics co-founder, announced her departure from the robot project "
                "in May.",
                (("Lena Park", "out", "Kestrel Robotics", "2025-05"),),
            ),
            Example(
                "Omar Haddad, CEO of Kestrel Robotics, will step down in January 2026 to take up a new post in "
                "charge of Initech in Melbourne.",
                (("Omar Haddad", "out", "Kestrel Robotics", "2026-01"), ("Omar Haddad", "in", "Initech", "2026-01")),
            ),
            Example(
                "Mei Tanaka, a partner at Kestrel Robotics has defected and is joining another big-name firm, Initech.",
                (("Mei Tanaka", "out", "Kestrel Robotics", None), ("Mei Tanaka", "in", "Initech", None)),
                published=None,
            ),
        ),
    ),
    Rule(
        name="departures:went-from-to",
        doc="'X went from A to B', 'X, who moved from being the point-man at A to an MD position at B' (lists "
        "of them, semicolon-separated)",
        pattern=re.compile(
            rf"(?P<p>{P})(?:\s*,\s*(?:who(?:'s|\s+is|\s+has|\s+had)?\s+)?|\s+who(?:'s|\s+is|\s+has|\s+had)?\s+|{GAP}\s+)"
            rf"(?:also\s+|recently\s+|later\s+|then\s+|now\s+)?(?:went|gone|moved|moving|switched|jumped|defected|"
            rf"shifted|transferred|hopped|came|comes|coming)\s+(?:over\s+)?from\s+(?:being\s+(?:[^;⟨]|⟨E\d+⟩){{0,80}}?"
            rf"\s+(?:at|with|for|of)\s+|(?:his|her|their)\s+(?:[^;⟨]{{0,60}}?)\s+(?:at|with|for|of)\s+)?(?:the\s+)?"
            rf"(?P<a>{ORG})(?!')\s+to\s+(?:(?:a|an|the)\s+(?:[^;⟨]|⟨E\d+⟩){{0,60}}?\s+(?:at|with|for|of)\s+(?:the\s+)?|"
            rf"working\s+(?:for|at|with)\s+|join\s+)?(?P<b>{ORG})",
            re.IGNORECASE,
        ),
        atoms=(("p", "a", "out", None), ("p", "b", "in", None)),
        examples=(
            Example(
                "Among them are Dana Ortiz, who went from the Hooli to a partner position at Initech; and Lars Berg, "
                "who went from the Hooli to Globex Robotics.",
                (
                    ("Dana Ortiz", "out", "Hooli", None),
                    ("Dana Ortiz", "in", "Initech", None),
                    ("Lars Berg", "out", "Hooli", None),
                    ("Lars Berg", "in", "Globex Robotics", None),
                ),
            ),
            Example(
                "The panel included Omar Haddad, who moved from being the point-man on regulation at Initech to a "
                "director position at Kestrel Robotics.",
                (("Omar Haddad", "out", "Initech", None), ("Omar Haddad", "in", "Kestrel Robotics", None)),
            ),
        ),
    ),
    Rule(
        name="departures:departure-of-title",
        doc="a departure noun before a titled name: 'the departure of Globex's head of AI X', 'the abrupt "
        "resignation of Globex's (GLX) CMO X', 'led to the departure of Windows chief X'",
        pattern=re.compile(
            rf"(?P<o>(?:departures?|exits?|resignations?|retirements?|ousters?|firings?|dismissals?|exodus)\s+of\s+"
            rf"(?:(?:the\s+)?{ORG}'s\s*(?:\(\s*{ORG}\s*\)\s*)?|(?:the\s+)?{ORG}\s+(?!(?:and|or|but|in|on|at|to|from|for|with)\b)(?=[a-z])|(?:its|the\s+company's|"
            rf"the\s+firm's)\s+)?)(?P<p>(?:(?:{ORG}\s+)?(?<![\w&.-])(?!(?:who|which|that|was|were|is|are|has|had|said|by|to)\b)[\w&.-]+\s+)"
            rf"{{1,8}}?{P}(?!')(?:{_MORE}){{0,5}})(?![^.;]{{0,60}}?\b(?:rumou?red|speculated|mooted|denied)\b)",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "One of the most significant exits is the departure of Kestrel Robotics's head of machine learning "
                "Omar Haddad.",
                (("Omar Haddad", "out", "Kestrel Robotics", None),),
                published=None,
            ),
            Example(
                "Initech is reorganising. The change led to the departure of hardware chief Dana Ortiz and design "
                "lead Lars Berg.",
                (("Dana Ortiz", "out", "Initech", None), ("Lars Berg", "out", "Initech", None)),
            ),
        ),
    ),
    Rule(
        name="departures:but-left-the-company",
        doc="a founder or employee who 'left the company' after a clause naming it: 'X is also co-founder of A "
        "but left the company', 'X co-founded A in 2015 but later left'",
        pattern=re.compile(
            rf"(?P<p>{PERSON}){GAP}\s+(?:(?:is|was)\s+(?:also\s+)?(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?"
            rf"(?:co-?founder|founder|employee|member|engineer|executive|researcher)s?\s+(?:of|at)|(?:co-?founded|"
            rf"founded|joined))\s+(?P<o>{ORG})(?:\s+(?:in\s+)?{D})?\s*,?\s+(?:but|and)\s+(?:later\s+|eventually\s+|"
            rf"then\s+|subsequently\s+)?(?:left|quit|departed|exited)(?:\s+(?:the\s+company|the\s+firm|the\s+startup|"
            rf"the\s+group|the\s+organi[sz]ation|it))?(?:\s+(?:at\s+|by\s+)?(?P<d>{D}))?(?!\s+(?:the\s+|its\s+)?(?:board|{ORG}))",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", "d"),),
        examples=(
            Example(
                "Lars Berg is also co-founder of Kestrel Robotics but left the company to focus on other ventures.",
                (("Lars Berg", "out", "Kestrel Robotics", None),),
            ),
            Example(
                "Dana Ortiz co-founded Initech in 2015 but later left in 2019.",
                (("Dana Ortiz", "out", "Initech", "2019"),),
            ),
        ),
    ),
    Rule(
        name="departures:longtime-who-left",
        doc="a past employee described with the leaving stated: 'X was a long-time Globex executive who left "
        "in 2009', 'X, a former Globex engineer who quit last year'",
        pattern=re.compile(
            rf"(?P<p>{P})(?:\s*,\s*\d{{1,3}}\s*,)?(?:\s+(?:is|was)\s+|\s*,\s*)(?:a|an|the)\s+(?:long-?time\s+|"
            rf"veteran\s+|former\s+|\d+-year\s+|one-?time\s+)?(?P<o>{ORG})\s+(?:[\w-]+\s+){{0,3}}?[\w-]+\s+who\s+"
            rf"(?:later\s+|eventually\s+|recently\s+|had\s+|has\s+)?(?:left|departed|quit|resigned|retired|exited)"
            rf"(?!\s+(?:the\s+)?{ORG})(?:\s+(?:at\s+|by\s+)?(?P<d>{D}))?",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", "d"),),
        examples=(
            Example(
                "Omar Haddad, 53, was a long-time Initech executive who left in the wake of the company's 2009 "
                "bankruptcy.",
                (("Omar Haddad", "out", "Initech", "2009"),),
            ),
            Example(
                "The board hired Lena Park, a former Kestrel Robotics engineer who quit in 2021, as its CTO.",
                (("Lena Park", "out", "Kestrel Robotics", "2021"),),
            ),
        ),
    ),
    Rule(
        name="departures:left-when",
        doc="a leaving verb with no object, dated: 'X departed last August to start a fund, and Y left just "
        "last month' (the organisation in context)",
        pattern=re.compile(
            rf"(?P<p>{_LIST})\s*,?\s*{_AUX}(?P<o>departed|left|quit|resigned|exited)\s+(?:just\s+|only\s+)?(?:at\s+|by\s+)?"
            rf"(?P<d>{D})(?!\s*,?\s*(?:for|to\s+join|to)\s+(?:the\s+)?(?:rival\s+)?⟨)"
            rf"(?!\s*,?\s*for\s+(?!(?:personal|family|health)\b))"
            rf"(?!\s*,?\s*and\s+(?:has\s+|have\s+|had\s+)?(?:since\s+|later\s+|then\s+)?(?:re)?join)",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", "d"),),
        examples=(
            Example(
                "Six co-founders have now left Kestrel Robotics. Omar Haddad departed last August to start a venture "
                "firm, and Lena Park left just last month, citing health issues.",
                (
                    ("Omar Haddad", "out", "Kestrel Robotics", "2024-08"),
                    ("Lena Park", "out", "Kestrel Robotics", "2025-05"),
                ),
            ),
            Example(
                "Initech has lost two leaders. Its finance chief, Dana Ortiz, resigned in March.",
                (("Dana Ortiz", "out", "Initech", "2025-03"),),
            ),
        ),
    ),
    Rule(
        name="departures:group-worked-before",
        doc="a group that worked at A before a stated move: 'A, B and C all previously worked for Globex "
        "before founding Initech' (a bare 'previously worked for' is not a move)",
        pattern=re.compile(
            rf"(?P<p>{_LIST2})\s*,?\s*(?:all\s+|both\s+|had\s+|have\s+|previously\s+|once\s+|together\s+|had\s+)*"
            rf"(?:worked|were|served)\s+(?:together\s+)?(?:at|for|with)\s+(?P<o>{ORG})(?!')(?:\s+(?:for\s+)?(?:[\w-]+\s+)"
            rf"{{0,3}}?(?:years|months|decades?))?\s*,?\s+before\s+(?:leaving\s+(?:to\s+)?|going\s+on\s+to\s+|"
            rf"quitting\s+to\s+)?(?:(?:co-?)?found(?:ing)?|start(?:ing)?|launch(?:ing)?|set(?:ting)?\s+up|creat(?:ing|e)|"
            rf"join(?:ing)?|moving\s+to|leaving)(?:\s+(?:their|a|the)\s+(?:own\s+|new\s+)?(?:[\w-]+\s+){{0,3}}?"
            rf"(?:company|startup|firm|venture)\s*,?)?(?:\s+(?P<b>{ORG}))?(?:\s+(?:at\s+|by\s+)?(?P<d>{D}))?",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", "d"), ("p", "b", "in", "d")),
        examples=(
            Example(
                "Omar Haddad, Lena Park, and Dana Ortiz all previously worked for Kestrel Robotics before founding "
                "their new company, Initech.",
                (
                    ("Omar Haddad", "out", "Kestrel Robotics", None),
                    ("Lena Park", "out", "Kestrel Robotics", None),
                    ("Dana Ortiz", "in", "Initech", None),
                ),
            ),
            Example(
                "Mei Tanaka and Ravi Kumar worked together at Hooli for six years before joining Initech.",
                (("Mei Tanaka", "out", "Hooli", None), ("Ravi Kumar", "in", "Initech", None)),
            ),
        ),
    ),
    Rule(
        name="departures:left-post",
        doc="stepping down from or leaving a post, not a named organisation: 'X stepped down from his role "
        "along with Y', 'X will leave her post at the end of the month' (the organisation in context; not when "
        "the person stays on, e.g. as chairman)",
        pattern=re.compile(
            rf"(?P<p>{_LIST})\s*,?\s*{_AUX}(?:(?:set|scheduled|due|expected|going|about)\s+to\s+|to\s+)?"
            rf"(?P<o>(?:step(?:s|ped|ping)?\s+down\s+from|(?:leave|leaves|leaving|left|quit|quits|quitting|vacate[sd]?|"
            rf"vacating|relinquish(?:es|ed|ing)?)|resign(?:s|ed|ing)?\s+from)\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,3}}?"
            rf"(?:role|post|position|job|duties)s?"
            rf"(?![^.;]{{0,60}}?\b(?:board|non-executive|advisory|adviser|advisor|trustee|governor)\b)"
            rf"(?:\s+(?:as\s+[^,.;⟨]{{1,60}}?\s+)?(?:at|with|of)\s+(?:the\s+)?{ORG})?)"
            rf"(?![^.;]{{0,80}}?\b(?:remain|remains|stay|stays|staying|continue|continues|become\s+"
            rf"(?:executive\s+|non-executive\s+)?chair|as\s+(?:executive\s+|non-executive\s+)?chair))"
            rf"(?:\s*,?\s*along\s+with\s+(?:his|her|their)?\s*(?:[\w-]+\s+){{0,2}}?(?P<p2>{P}))?"
            rf"(?:\s+(?:[^,.;⟨]{{0,40}}?\s+)?to\s+join\s+(?:[\w-]+\s+){{0,3}}?(?P<b>{ORG})(?:\s+(?P<d>{D}))?)?",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None), ("p2", "o", "out", None), ("p", "b", "in", "d")),
        examples=(
            Example(
                "Kestrel Robotics went through turmoil. In 2021, VP of Research Omar Haddad stepped down from his role "
                "along with his colleague Lena Park.",
                (("Omar Haddad", "out", "Kestrel Robotics", "2021"), ("Lena Park", "out", "Kestrel Robotics", "2021")),
            ),
            Example(
                "Dana Ortiz will leave her post as chief financial officer at Initech in September.",
                (("Dana Ortiz", "out", "Initech", "2025-09"),),
            ),
            Example(
                "The boss of Kestrel Robotics, Lars Berg, is to leave his role after just 15 months to join power "
                "provider Initech in 2026.",
                (("Lars Berg", "out", "Kestrel Robotics", "2026"), ("Lars Berg", "in", "Initech", "2026")),
            ),
        ),
    ),
    Rule(
        name="departures:left-to-take-post",
        doc="a leaving verb with no object whose purpose names the next employer: 'X, an accountant who "
        "stepped down in February to become CFO of B', 'He headed sales at A for 11 years before departing to "
        "take the CEO position at B' (in B; for 'who', out of the organisation in context)",
        pattern=re.compile(
            rf"(?:(?P<p>{P})\s*,\s*(?:(?:a|an|the)\s+[^,;⟨]{{0,60}}?\s+)?who\s+(?:has\s+|had\s+|later\s+|then\s+)?|"
            rf"(?P<p2>{PERSON})\s+(?:(?:[^.;⟨]|⟨[OED]\d+⟩){{0,140}}?\s+)?(?:before|after)\s+)"
            rf"(?P<o>depart(?:ed|ing)|leaving|left|resign(?:ed|ing)|quit(?:ting)?|step(?:ped|ping)\s+down)"
            rf"(?:\s+(?:at\s+|by\s+)?(?P<d>{D}))?(?:\s+(?:during|amid|after)\s+[^,.;⟨]{{1,40}}?)?\s+to\s+(?:take(?:\s+up)?|accept|assume|"
            rf"become)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?:[\w-]+|⟨E\d+⟩)\s+){{0,5}}?(?:(?:position|role|post|"
            rf"job|seat)\s+)?(?:as\s+(?:[\w-]+\s+){{1,4}}?)?(?:at|with|of|for)\s+(?:the\s+)?(?P<b>{ORG})(?!')",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", "d"), ("p", "b", "in", "d"), ("p2", "b", "in", "d")),
        examples=(
            Example(
                "Lena Park fills the position vacated by Omar Haddad, an accountant who stepped down in February to "
                "become CFO of Initech.",
                (("Omar Haddad", "in", "Initech", "2025-02"),),
            ),
            Example(
                "Dana Ortiz then headed sales at Kestrel Robotics for 11 years before departing to take the CEO "
                "position at Initech.",
                (("Dana Ortiz", "in", "Initech", None),),
            ),
        ),
    ),
    Rule(
        name="departures:staffer-joins",
        doc="a current employee of A, so labelled, joining B: 'A third Globex staffer, X, is also rejoining B', "
        "'Globex engineer X has joined B', 'Globex veteran X joined B', 'Halden University's X went to B' (a direct "
        "transition; not 'a former Globex engineer', 'Globex's former CEO X')",
        pattern=re.compile(
            rf"(?:(?P<o>⟨(?<!former ⟨)(?<!ex-⟨)(?<!onetime ⟨)[OE]\d+⟩)(?!')\s+(?:[\w-]+\s+){{0,2}}?(?:staffer|employee|researcher|"
            rf"engineer|executive|scientist|manager|director|designer|veteran|lifer|insider)"
            # "Stanford's Andrew Ng joined Baidu", "New York University's Yann LeCun went to Facebook": the
            # possessive names where the person is as they move (not "Google's former CEO X")
            rf"|(?P<o2>⟨[OE]\d+⟩)'s\s+(?!(?:[\w-]+\s+){{0,4}}?(?:former|ex-|onetime|one-time|"
            rf"erstwhile|then|co-?founders?|founders?)\b)(?:[\w-]+\s+){{0,4}}?)"
            rf"\s*,?\s*(?P<p>{P})(?!')\s*,?\s*{_AUX}"
            rf"(?:(?:re)?join(?:s|ed|ing)?|(?:is|was)\s+(?:moving|headed|heading|defecting)\s+to|defected\s+to|"
            rf"moved\s+to|went\s+to|jumped\s+to|left\s+for|leaving\s+for)\s+(?:the\s+)?(?:rival\s+)?(?P<b>{ORG})(?!')",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None), ("p", "o2", "out", None)),
        examples=(
            Example(
                "In recent years Halden University's Mira Osei went to Initech, and Corvane's Jon Keel joined "
                "Lime Labs.",
                (
                    ("Mira Osei", "out", "Halden University", None),
                    ("Mira Osei", "in", "Initech", None),
                    ("Jon Keel", "out", "Corvane", None),
                    ("Jon Keel", "in", "Lime Labs", None),
                ),
            ),
            Example(
                "Globex veteran Dana Ortiz has joined Initech as its first president of AI strategy.",
                (("Dana Ortiz", "out", "Globex", None), ("Dana Ortiz", "in", "Initech", None)),
                published=None,
            ),
            Example(
                "Globex's former chief executive Dana Ortiz has joined Initech.",
                (("Dana Ortiz", "in", "Initech", None),),
                published=None,
            ),
            Example(
                "A third Kestrel Robotics staffer, Lena Park, is also rejoining Initech, per the company's "
                "announcement.",
                (("Lena Park", "out", "Kestrel Robotics", None), ("Lena Park", "in", "Initech", None)),
            ),
            Example(
                "Kestrel Robotics engineer Omar Haddad has joined Initech as head of hardware.",
                (("Omar Haddad", "out", "Kestrel Robotics", None), ("Omar Haddad", "in", "Initech", None)),
                published=None,
            ),
        ),
    ),
    Rule(
        name="departures:followed",
        doc="an elliptical departure after another one: 'Y, another core contributor, followed shortly after' "
        "(the organisation in context, when the sentence names none before; a bare 'Y followed.' is not read), "
        "'X left A in 2024; Y followed a few months later' (A)",
        pattern=re.compile(
            rf"(?:^(?:[^⟨]|⟨[PD]\d+⟩){{0,60}}?(?P<p>{_LIST})\s*,?\s*(?:soon\s+|later\s+|quickly\s+|also\s+)?"
            rf"(?P<o>followed)(?:{_THEN}|(?:\s+{_THEN})?\s+(?:at\s+|by\s+)?(?P<d>{D}))"
            rf"|(?:left|departed|quit|exited)\s+(?P<o2>{ORG})(?!')[^.;⟨]{{0,60}}?(?:⟨D\d+⟩[^.;⟨]{{0,40}}?)?[;,]\s*"
            rf"(?:and\s+)?(?P<p2>{_LIST})\s*,?\s*(?:soon\s+|later\s+|quickly\s+|also\s+)?followed(?:{_THEN})?"
            rf"(?:\s+(?:at\s+|by\s+)?(?P<d2>{D}))?)(?=\s*(?:[.;,]|$))",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", "d"), ("p2", "o2", "out", "d2")),
        examples=(
            Example(
                "Kestrel Robotics lost its perception lead in May. Lena Park, another core contributor, followed "
                "shortly after.",
                (("Lena Park", "out", "Kestrel Robotics", None),),
            ),
            Example(
                "Omar Haddad left Initech in early 2024 after seven years; Dana Ortiz followed a few months later.",
                (("Dana Ortiz", "out", "Initech", "2024"),),
            ),
        ),
    ),
    Rule(
        name="departures:said-leaving",
        doc="someone who said or confirmed they were out, leaving or would not return, a relative clause "
        "allowed between: 'X, who oversaw research and reported to Y, confirmed he was out too', 'X said she "
        "would not return after an extended leave' (the organisation in context)",
        pattern=re.compile(
            rf"(?P<p>{_LIST})(?:\s*,\s*(?:who|whose)\s+[^;]{{0,160}}?,)?{GAP}\s*(?:said|says|confirmed|confirms|"
            rf"announced|announces|revealed|reveals|told\s+[\w-]+)\s+(?:(?:on\s+)?{D}\s+)?(?:that\s+)?(?:he|she|they)\s+"
            rf"(?:(?:would\s+not|will\s+not|won't|wouldn't)\s+(?:be\s+)?(?P<o2>return(?:ing)?(?:\s+to\s+{ORG_REF})?)|"
            rf"(?:was|is|were|are|would\s+be|will\s+be)\s+(?P<o>(?:out|leaving|departing|exiting|quitting|resigning|"
            rf"retiring)(?:\s+(?:of|from)?\s*{ORG_REF}(?!\s*'s))?)(?:\s+(?:too|as\s+well|also))?"
            rf"(?=\s*(?:[,.;]|$|after|to\s+(?:join|start|launch|found|pursue|focus))))",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None), ("p", "o2", "out", None)),
        examples=(
            Example(
                "Kestrel Robotics is losing its founders. Less than a day later, Omar Haddad, who oversaw research, "
                "safety and sales and reported directly to Lena Park, confirmed he was out too.",
                (("Omar Haddad", "out", "Kestrel Robotics", None),),
            ),
            Example(
                "Dana Ortiz said on Tuesday that she is leaving Initech to start a lab.",
                (("Dana Ortiz", "out", "Initech", "2025-06-10"),),
            ),
            Example(
                "Kestrel Robotics is reshuffling. Its finance chief resigned, while Chief People Officer Dana Ortiz "
                "said she would not return after an extended leave.",
                (("Dana Ortiz", "out", "Kestrel Robotics", None),),
            ),
            Example(
                "Lars Berg told staff he will not return to Globex Robotics after his sabbatical.",
                (("Lars Berg", "out", "Globex Robotics", None),),
            ),
        ),
    ),
    Rule(
        name="departures:among-those-leaving",
        doc="people placed among the leavers: 'A and B are among those leaving the company', 'X was among "
        "the executives who left Globex'",
        pattern=re.compile(
            rf"(?P<p>{_LIST})\s*,?\s*(?:are|were|is|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:(?:[\w-]+\s+){{0,2}}?"
            rf"(?:those|executives|staff(?:ers)?|employees|people|leaders|researchers|engineers|departures|exits)\s+)"
            rf"(?:who\s+(?:have\s+|had\s+|recently\s+)*)?(?P<o>(?:leaving|departing|exiting|quitting|left|departed|"
            rf"exited|quit|to\s+(?:leave|depart|exit))(?:\s+(?:from\s+)?{ORG_REF}(?!\s*'s))?)",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "Kestrel Robotics is shrinking. Omar Haddad and Lena Park are among those leaving the company.",
                (("Omar Haddad", "out", "Kestrel Robotics", None), ("Lena Park", "out", "Kestrel Robotics", None)),
            ),
            Example(
                "Dana Ortiz was among the senior executives who left Initech last year.",
                (("Dana Ortiz", "out", "Initech", "2024"),),
            ),
        ),
    ),
    Rule(
        name="departures:farewell",
        doc="an organisation saying goodbye to people: 'Globex said goodbye to its longtime CFO, X, and head "
        "of sales Y', 'Globex bids farewell to X after 12 years'",
        pattern=re.compile(
            rf"(?P<o>(?:the\s+)?{ORG}|{DESCRIPTION}|\bwe|\bit)\s+(?:has\s+|have\s+|is\s+|are\s+|also\s+)*"
            rf"(?:said|says|saying|bade|bid|bids|bidding)\s+(?:a\s+)?(?:fond\s+)?(?:goodbye|farewell)\s+to\s+"
            rf"(?P<p>{_TLIST})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "Kestrel Robotics said goodbye to its longtime CFO, Dana Ortiz, and head of sales Lars Berg.",
                (("Dana Ortiz", "out", "Kestrel Robotics", None), ("Lars Berg", "out", "Kestrel Robotics", None)),
            ),
            Example(
                "Kestrel Robotics bids farewell to Omar Haddad after 12 years.",
                (("Omar Haddad", "out", "Kestrel Robotics", None),),
            ),
        ),
    ),
    Rule(
        name="departures:no-longer-with",
        doc="a leaving stated as a state: 'X is no longer with the company', 'X no longer works at Globex'",
        pattern=re.compile(
            rf"(?P<p>{_LIST})\s*,?\s*(?:(?:is|are|was|were)\s+no\s+longer\s+(?:with|at|employed\s+(?:by|at)|part\s+of)"
            rf"|no\s+longer\s+(?:works|work|worked|serves|serve)\s+(?:at|for|with))\s+(?P<o>{ORG_REF}(?!\s*'s){_SAID})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "Kestrel Robotics confirmed that Omar Haddad is no longer with the company.",
                (("Omar Haddad", "out", "Kestrel Robotics", None),),
            ),
            Example(
                "Lena Park no longer works at Kestrel Robotics, a spokesperson said.",
                (("Lena Park", "out", "Kestrel Robotics", None),),
            ),
        ),
    ),
    Rule(
        name="departures:latest-to-leave",
        doc="a leaver ranked among others: 'X is the fourth senior researcher to leave Globex', 'X and Y are "
        "the latest to exit the company'",
        pattern=re.compile(
            rf"(?P<p>{_LIST})\s*,?\s*(?:is|are|was|were|becomes|became)\s+(?:also\s+)?(?:the\s+)?(?:latest|newest|"
            rf"most\s+recent|last|first|second|third|fourth|fifth|sixth|seventh|another|\d+(?:st|nd|rd|th))\s+"
            rf"(?:[\w-]+\s+){{0,3}}?to\s+(?P<o>(?:leave|exit|depart|quit|go|resign)(?:\s+(?:from\s+)?{ORG_REF}"
            rf"(?!\s*'s))?)",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "Lena Park is the fourth senior researcher to leave Kestrel Robotics.",
                (("Lena Park", "out", "Kestrel Robotics", None),),
            ),
            Example(
                "Kestrel Robotics keeps shrinking: Omar Haddad and Dana Ortiz are the latest to exit the company.",
                (("Omar Haddad", "out", "Kestrel Robotics", None), ("Dana Ortiz", "out", "Kestrel Robotics", None)),
            ),
        ),
    ),
    Rule(
        name="departures:latest-to-go-is",
        doc="the ranked leaver named after the verb: 'The most recent to go is X, who ran Globex's evals team', "
        "'the latest executive to leave Globex is X'",
        pattern=re.compile(
            rf"\b(?:latest|newest|most\s+recent|last)\s+(?:[\w-]+\s+){{0,3}}?to\s+(?P<o>(?:leave|exit|depart|quit|go|"
            rf"resign)(?:\s+(?:from\s+)?{ORG_REF}(?!\s*'s))?)\s*,?\s*(?:is|was|are|were)\s+(?P<p>{_TLIST})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "Kestrel Robotics keeps losing people. The most recent to go is Omar Haddad, who ran its evals team.",
                (("Omar Haddad", "out", "Kestrel Robotics", None),),
            ),
            Example(
                "The latest executive to leave Initech is its finance chief, Lena Park.",
                (("Lena Park", "out", "Initech", None),),
            ),
        ),
    ),
    Rule(
        name="departures:prodded-to-depart",
        doc="someone pushed or led to leave by events at the organisation in context: 'Globex stopped backing "
        "biotech, prodding General Partner X to depart in 1995'",
        pattern=re.compile(
            rf"\b(?:prodding|prodded|prompting|prompted|forcing|forced|pushing|pushed|pressuring|pressured|"
            rf"leading|causing|driving)\s+(?:(?:its|their|the\s+company's|the\s+firm's)\s+)?(?:(?<![\w&.-]){_WORD}"
            rf"[\w&.-]+\s+){{0,5}}?(?P<p>{_LIST})\s+to\s+(?P<o>depart|leave|resign|quit|exit|step\s+down|retire)"
            rf"(?:\s+(?:at\s+|by\s+)?(?P<d>{D}))?(?!\s+(?:as|from\s+(?:the\s+)?board))",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", "d"),),
        examples=(
            Example(
                "Kestrel Robotics stopped backing medical devices about four years ago, prodding biotech-oriented "
                "General Partner Omar Haddad to depart in 1995.",
                (("Omar Haddad", "out", "Kestrel Robotics", "1995"),),
            ),
            Example(
                "The losses at Kestrel Robotics, forcing chief executive Dana Ortiz to resign in March, spooked "
                "investors.",
                (("Dana Ortiz", "out", "Kestrel Robotics", "2025-03"),),
            ),
        ),
    ),
    Rule(
        name="departures:left-description",
        doc="leaving an organisation named by a description the shared list lacks: 'X was leaving the "
        "fast-growing fintech', 'left the airline' ('the carmaker's board' is not one)",
        pattern=re.compile(
            rf"(?P<p>{_LIST})\s*,?\s*{_AUX}(?:(?:set|scheduled|due|expected|going|about)\s+to\s+|to\s+)?"
            rf"(?P<o>(?:leave|leaves|leaving|left|quit|quits|quitting|exit|exits|exiting|exited|depart|departs|"
            rf"departing|departed)\s+the\s+(?:[\w-]+\s+){{0,3}}?(?:fintech|airline|carrier|miner|operator|"
            rf"supermarket|grocer|chain|conglomerate|brokerage|exchange|regulator|ministry|department|trust|"
            rf"consultancy|law\s+firm|agency|venture\s+firm|search\s+giant|social\s+network|ride-hailing\s+"
            rf"company|utility|telco|telecom|drugmaker|pharma(?:ceutical)?\s+company|bank))(?!\s*'s|\s+board)",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "Separately, Kestrel Robotics said on Thursday that chief financial officer Omar Haddad was leaving "
                "the fast-growing fintech for personal reasons.",
                (("Omar Haddad", "out", "Kestrel Robotics", "2025-06-12"),),
            ),
            Example(
                "Dana Ortiz joined Kestrel Airlines in 2010. Lars Berg, her deputy, is leaving the airline in May.",
                (("Lars Berg", "out", "Kestrel Airlines", "2025-05"),),
            ),
        ),
    ),
    Rule(
        name="departures:where-steps-down",
        doc="a leaving inside a clause about the organisation: 'The latest example is Globex, where CEO X, after "
        "two decades at the company, is stepping down'",
        pattern=re.compile(
            rf"(?P<o>{ORG})(?!')\s*,\s*where\s+(?:(?<![\w&.-]){_WORD}[\w&.-]+\s+){{0,4}}?(?P<p>{_LIST})\s*,?\s*(?:[^,;⟨]"
            rf"{{0,80}},\s*)?{_AUX}(?:is\s+|was\s+|will\s+|has\s+)?(?:stepping\s+down|step\s+down|stepped\s+down|"
            rf"leaving|left|departing|departed|retiring|retired|resigning|resigned|quitting|quit|exiting|exited)\b"
            rf"(?!\s+as\s+(?:executive\s+|non-executive\s+)?chair)(?![^.;]{{0,80}}?\b(?:remain|remains|stay|stays)\b)",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "The latest example is Kestrel Robotics, where CEO Omar Haddad, after more than two decades at the "
                "company, is stepping down to make way for Lena Park.",
                (("Omar Haddad", "out", "Kestrel Robotics", None),),
                published=None,
            ),
            Example(
                "Shares fell at Kestrel Robotics, where finance chief Dana Ortiz resigned last week.",
                (("Dana Ortiz", "out", "Kestrel Robotics", "2025-06"),),
            ),
        ),
    ),
    Rule(
        name="departures:transition-from-role",
        doc="moving on from a role at a named organisation: 'after X begins her transition from her role at "
        "Globex', 'X is stepping away from his position at Globex'",
        pattern=re.compile(
            rf"(?P<p>{P})(?!')[^.;⟨]{{0,40}}?\b(?:transition(?:s|ing|ed)?|step(?:s|ping|ped)?\s+away|"
            rf"mov(?:e|es|ed|ing)\s+on)\s+(?:away\s+)?from\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:role|position|"
            rf"job|post)s?\s+(?:as\s+[^,.;⟨]{{1,40}}?\s+)?(?:at|with)\s+(?:the\s+)?(?P<o>{ORG})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                'Dana Ortiz is expected to join Initech later this year, after Ortiz begins her "transition from '
                'her role at Kestrel Robotics over the next few months."',
                (("Dana Ortiz", "out", "Kestrel Robotics", None),),
            ),
            Example(
                "Omar Haddad is stepping away from his position as research chief at Kestrel Robotics.",
                (("Omar Haddad", "out", "Kestrel Robotics", None),),
                published=None,
            ),
        ),
    ),
    Rule(
        name="departures:parted-ways",
        doc="an organisation that parted ways with people, a date or adverb between: 'Globex also parted "
        "ways this week with X, vice-president of oil sands'",
        pattern=re.compile(
            rf"(?P<o>⟨[OE]\d+⟩)(?!')\s+(?:(?:has|have|had|also|quietly|abruptly|reportedly|recently|now)\s+)*part(?:ed|s|ing)"
            rf"\s+ways\s+(?:(?:{D}|abruptly|quietly|amicably)\s+)?with\s+(?P<p>{_TLIST})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "out", None),),
        examples=(
            Example(
                "In a separate shakeup, Kestrel Robotics also parted ways this week with Omar Haddad, its head of "
                "ventures.",
                (("Omar Haddad", "out", "Kestrel Robotics", "2025-06"),),
            ),
            Example(
                "Kestrel Robotics has parted ways with its chief operating officer, Lena Park, and sales head "
                "Lars Berg.",
                (("Lena Park", "out", "Kestrel Robotics", None), ("Lars Berg", "out", "Kestrel Robotics", None)),
                published=None,
            ),
        ),
    ),
)
