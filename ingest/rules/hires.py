"""Rules of the hires family (see ingest/rules/__init__.py for how a rule reads a skeleton): an
organisation (or its chief) hires someone into a post ("tapped X as A's CFO", "is planning to
install X as its COO"), often saying where the person comes from ("brought in X from B to be",
"hired X, a lead researcher at B, as", "grabbed X from B"), passive hires ("was lured by A to
become its president", "was hired away by B") and hire lists ("the latest additions to A are X
and Y"). A hire that names the person's current post elsewhere frames a direct transition, so
the out-atom counts (shared/ANNOTATION.md); a bare "a former B executive" appositive does not."""

from __future__ import annotations

import re

from . import DESCRIPTION, GAP, ORG, ORG_REF, PEOPLE, PERSON, D, Example, P, Rule  # noqa: F401

# An optional appositive after a name: ", a former executive for Globex and Initech,".
_APPOS = r"(?:\s*,\s*(?:[^,;⟨]|⟨[OE]\d+⟩){1,80}?\s*,)?"
# An appositive that is not the person's post inside the hiring organisation ("its CFO").
_OUTSIDE_APPOS = r"(?:\s*,\s*(?!its\b|their\b|the\s+company's|⟨[OE]\d+⟩'s)(?:[^,;⟨]|⟨[OE]\d+⟩){1,80}?\s*,)?"
# A post: "chief financial officer", "a senior vice president of grocery".
_ROLE = r"(?:[\w-]+\s+){0,5}?[\w-]+"
# Posts that are not jobs at the hiring organisation.
_NOT_A_JOB_WORDS = (
    r"(?:advis[eo]r|consultant|fellow|intern|board\b|director\s+on|non-?executive|independent\s+director|trustee|"
    r"visiting|member\s+of\s+(?:the|its|their)\s+board|(?:its|their|the)\s+board|"
    r"(?<!executive\s)(?<!vice\s)(?<!vice-)(?:chair|chairman|chairwoman|chairperson)\b)"
)
_NOT_A_JOB = rf"(?!\s*(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+)?{_NOT_A_JOB_WORDS})"
# The person's post elsewhere, as an appositive: ", the outgoing chief executive of B,", ", a lead
# researcher at B,", ", the former CTO of payments major B,". Not "a former B executive", nor a founder
# label ("the co-founder of B" says nothing of when).
_POST_AT = (
    r"\s*,\s*(?!(?:the\s+|a\s+)?(?:co-?)?founders?\s+of\b)(?:currently\s+|now\s+)?(?:the\s+|a\s+|an\s+)?(?:(?:outgoing|current|departing|then)\s+)?"
    r"(?!(?:[\w-]+\s+)?former\b)(?:[\w-]+\s+){0,6}?"
    rf"(?:at|of|for|with|from)\s+(?:[\w-]+\s+){{0,3}}?(?:the\s+)?(?P<b>{ORG})(?:'s(?:\s+(?:[\w-]+|⟨[OE]\d+⟩)){{1,4}}?)?\s*,"
)
# A former post elsewhere: ", the former CTO of payments major B,". A leaving of its own, undated by the
# hire (so read only in a sentence with no date after it: the rule's own anchor would take that date).
_POST_AT_FORMER = (
    r"\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?former\s+(?:[\w-]+\s+){0,6}?"
    rf"(?:at|of|for|with)\s+(?:[\w-]+\s+){{0,3}}?(?:the\s+)?(?P<bf>{ORG})(?:'s(?:\s+(?:[\w-]+|⟨[OE]\d+⟩)){{1,4}}?)?\s*,"
    r"(?![^;]{0,400}⟨D\d+⟩)"
)
# The date of the clause after a match ("..., as its chief AI officer, the company said Tuesday"), so that the
# rule's moves do not take it from the built-in reading of the same hire (each date goes to one anchor). Not
# across a relative or time clause: "hired X, who left B in 2019".
_THEN_DATE = (
    r"(?=(?:(?!\b(?:who|whose|which|after|before|when|since|while|but|until|following|where)\b)[^⟨;.]|"
    rf"⟨[PEO]\d+⟩){{0,80}}?(?P<d>{D}))?"
)
_HIRE_VERB = (
    r"(?:hired|hires|recruited|recruits|poached|poaches|tapped|taps|lured|lures|grabbed|grabs|"
    r"roped\s+in|ropes\s+in|brought\s+in|brings\s+in|brought\s+on|snapped\s+up|nabbed|swiped|wooed)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        name="hires:tapped-as-orgs-role",
        doc="a hire into a post named with its organisation: 'He tapped X as A's chief financial officer', "
        "'has tapped X, a former B executive, to be A's CIO' (in A; the bare former label is no out)",
        pattern=re.compile(
            rf"(?:{PERSON}|{ORG_REF}){GAP}\s+(?:tapped|taps|hired|hires|recruited|recruits|brought\s+in|lured|poached)"
            rf"\s+(?P<p>{PERSON}){_OUTSIDE_APPOS}\s+(?:as|to\s+be(?:come)?|to\s+serve\s+as)\s+(?:the\s+)?"
            rf"(?P<o>{ORG})'s\s+(?!(?:[\w-]+\s+)?{_NOT_A_JOB_WORDS})(?:new\s+|next\s+|first\s+)?{_ROLE}{_THEN_DATE}",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"),),
        examples=(
            Example(
                "Since taking over last year, Mara Quist has tapped Devon Hale, a former Globex executive, to be "
                "Initech's chief information officer.",
                (("Devon Hale", "in", "Initech", "2024"),),
            ),
            Example(
                "Vostrel Foods named a new chief executive in May. He tapped Lina Okafor as Vostrel Foods's chief "
                "financial officer.",
                (("Lina Okafor", "in", "Vostrel Foods", None),),
            ),
        ),
    ),
    Rule(
        name="hires:brought-in-from-to-be",
        doc="a hire from a named origin into a post: 'He has brought in X from B to be a senior vice president', "
        "'A hired X from B as its CTO' (in the hirer, or the company the chief runs; out B)",
        pattern=re.compile(
            rf"(?:(?P<o>{ORG_REF})|(?P<h>{PERSON})){GAP}\s+{_HIRE_VERB}\s+(?P<p>{PERSON})\s+(?:away\s+)?from\s+"
            rf"(?:the\s+)?(?:rival\s+)?(?P<b>{ORG})\s+(?:to\s+(?:be|become|serve|run|lead|head|oversee)|as)\b"
            rf"{_NOT_A_JOB}{_THEN_DATE}",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"), ("p", "h", "in", "d"), ("p", "b", "out", "d")),
        examples=(
            Example(
                "Brightwell Inc. has a new chief executive. He also has brought in Tomas Reyes from Kelmart to be a "
                "senior vice president of grocery.",
                (("Tomas Reyes", "in", "Brightwell", None), ("Tomas Reyes", "out", "Kelmart", None)),
                published=None,
            ),
            Example(
                "Halcyon Robotics has brought in Ada Novak from Initech to lead its hardware group.",
                (("Ada Novak", "in", "Halcyon Robotics", None), ("Ada Novak", "out", "Initech", None)),
                published=None,
            ),
        ),
    ),
    Rule(
        name="hires:passive-hire-by",
        doc="a passive hire: 'X, head of B's US operations, was lured by A's new management to become its "
        "president', 'X was poached by the Y-led A' (in A; out B when the appositive names the post X holds there)",
        pattern=re.compile(
            rf"(?P<p>{PERSON})(?:{_POST_AT}|{_APPOS})\s+(?:was|were|has\s+been|had\s+been|is\s+being|got)\s+"
            rf"(?:lured|poached|recruited|hired|tapped|wooed|brought\s+in|snapped\s+up)\s+by\s+(?:the\s+)?"
            # "the Mark Zuckerberg led Meta", "the Musk-led xAI", "rival Globex"
            rf"(?:(?:⟨[PE]\d+⟩|[\w-]+)[\s-]led\s+|(?:rival|fellow|chip\s*maker|carmaker|automaker)\s+)?"
            rf"(?P<o>{ORG})(?!'s\s+(?!(?:[\w-]+\s+){{0,3}}?(?:management|board|owners?|leadership|chief\s+executive|ceo|"
            rf"founders?|chairman)\b))(?:'s\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)?(?:\s+(?P<d>{D}))?(?!\s+(?:to\s+|as\s+)(?:an?\s+)?(?:[\w-]+\s+)?"
            rf"{_NOT_A_JOB_WORDS})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"), ("p", "b", "out", "d")),
        examples=(
            Example(
                "Last month, Ivo Brandt, head of Globex's European operations, was lured by Initech's new "
                "management to become its president.",
                (("Ivo Brandt", "in", "Initech", "2025-05"), ("Ivo Brandt", "out", "Globex", "2025-05")),
            ),
            Example(
                "Sana Mirza was recruited by Halcyon Robotics to run its battery division.",
                (("Sana Mirza", "in", "Halcyon Robotics", None),),
            ),
            Example(
                "Tomas Reyes was poached by the Ada Novak led Kestrel Robotics.",
                (("Tomas Reyes", "in", "Kestrel Robotics", None),),
            ),
        ),
    ),
    Rule(
        name="hires:hired-away-by",
        doc="'A's robotics lead, X, was hired away by B in May', 'A engineer X was poached away by B': in B, "
        "and out of the organisation named (or meant by 'its') before the person",
        pattern=re.compile(
            rf"(?P<a>{ORG}|\bits\b|\btheir\b|{DESCRIPTION})(?:'s?)?(?:[^⟨.;]|⟨[DE]\d+⟩){{0,60}}?(?P<p>{PERSON})"
            rf"(?:\s*,\s*(?:the|a|an|its|their|who)\s+[^,;⟨]{{1,60}}?)?\s*,?\s*(?:who\s+)?"
            rf"(?:was|were|had\s+been|has\s+been|got|is\s+being)\s+(?:hired|poached|lured|recruited|snapped\s+up|"
            rf"picked\s+off)\s+away\s+by\s+(?:[\w-]+\s+){{0,3}}?(?:the\s+)?(?P<o>{ORG})(?:\s+(?P<d>{D}))?",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"), ("p", "a", "out", "d")),
        examples=(
            Example(
                "Globex chip architect Mina Sato, who led the platform team, was hired away by chip maker Initech in "
                "May.",
                (("Mina Sato", "in", "Initech", "2025-05"), ("Mina Sato", "out", "Globex", "2025-05")),
            ),
            Example(
                "Kestrel Robotics is rebuilding its research team. Its robotics lead, Paul Acker, was poached away by "
                "Halcyon Motors last year.",
                (("Paul Acker", "in", "Halcyon Motors", "2024"), ("Paul Acker", "out", "Kestrel Robotics", "2024")),
            ),
        ),
    ),
    Rule(
        name="hires:plans-to-install-as-its",
        doc="an organisation (possibly with an appositive) hiring someone into its post: 'A, a unit of B, is "
        "planning to install X as its chief operating officer' (in A)",
        pattern=re.compile(
            rf"(?P<o>{ORG_REF})(?:\s*,\s*(?:[^,;⟨]|⟨[OEP]\d+⟩(?:'s)?){{1,60}}?,)?{GAP}\s+(?:(?:is|are|was|were)\s+)?"
            rf"(?:(?:planning|set|expected|poised|preparing|going|about)\s+to\s+|plans\s+to\s+|will\s+|"
            rf"intends\s+to\s+)?(?:install|installed|installs|tap|hire|recruit|bring\s+in)\s+"
            rf"(?P<p>{PERSON}){_OUTSIDE_APPOS}\s+as\s+(?:its|their)\s+(?!(?:[\w-]+\s+)?{_NOT_A_JOB_WORDS})"
            rf"(?:new\s+|next\s+|first\s+)?{_ROLE}{_THEN_DATE}",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"),),
        examples=(
            Example(
                "Globex's design agency, Studio Marlin, a unit of Initech, is planning to install Rhea Tomlin as its "
                "chief operating officer.",
                (("Rhea Tomlin", "in", "Studio Marlin", None),),
            ),
            Example(
                "Halcyon Robotics installed Juno Park as its chief financial officer on Monday.",
                (("Juno Park", "in", "Halcyon Robotics", "2025-06-09"),),
            ),
        ),
    ),
    Rule(
        name="hires:grabbed-roped-in",
        doc="informal hire verbs: 'A grabbed AI researcher X from B', 'A has roped in X', 'A snapped up former B "
        "chip executive X to run' (in A; out B when a from-phrase or a B-title names the origin)",
        pattern=re.compile(
            rf"(?P<o>{ORG_REF}){GAP}\s+(?:grabbed|grabs|roped\s+in|ropes\s+in|snapped\s+up|snaps\s+up|swiped|"
            rf"scooped\s+up|nabbed|wooed)\s*,?\s+(?:(?:the\s+|a\s+|an\s+)?(?:(?:former|ex-)\s*)?"
            rf"(?:(?:the\s+)?(?P<b0>{ORG})(?:'s)?\s+)?(?:[\w-]+\s+){{0,4}}?)?(?P<p>{PEOPLE})(?!'|’)"
            rf"(?:{_APPOS}\s+(?:away\s+)?from\s+(?:the\s+)?(?:rival\s+)?(?P<b>{ORG}))?(?:\s+(?P<d>{D}))?",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"), ("p", "b", "out", "d"), ("p", "b0", "out", "d")),
        examples=(
            Example(
                "In the latest salvo, Globex grabbed AI researcher Nadia Petrov from Initech.",
                (("Nadia Petrov", "in", "Globex", None), ("Nadia Petrov", "out", "Initech", None)),
            ),
            Example(
                "Halcyon Motors has roped in, Leo Marsh, a well-known figure in robotics, to lead its new lab.",
                (("Leo Marsh", "in", "Halcyon Motors", None),),
                published=None,
            ),
            Example(
                "This month Kestrel has snapped up former Initech chip executive Ravi Menon to run its processor "
                "group.",
                (("Ravi Menon", "in", "Kestrel", "2025-06"), ("Ravi Menon", "out", "Initech", "2025-06")),
            ),
        ),
    ),
    Rule(
        name="hires:hired-post-elsewhere",
        doc="a hire whose appositive names the person's post at another organisation: 'A hired X, a lead "
        "researcher at B, as its chief scientist', 'A has recruited X, the outgoing CEO of B, to run its unit' "
        "(in A, out B; a former post is a leaving of its own, undated)",
        pattern=re.compile(
            rf"(?P<o>{ORG_REF})(?:\s*,\s*[^,;⟨]{{1,40}},|\s*,\s*(?:which|who)\b(?:[^;⟨]|⟨[OED]\d+⟩){{1,120}}?,)?{GAP}\s+{_HIRE_VERB}\s+"
            rf"(?:[\w-]+\s+){{0,2}}?(?P<p>{PERSON})(?:{_POST_AT}|{_POST_AT_FORMER})\s*"
            rf"(?:as|to\s+(?:join|run|lead|head|be|become|serve|oversee|help|build|work))\b{_NOT_A_JOB}{_THEN_DATE}",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"), ("p", "b", "out", "d"), ("p", "bf", "out", None)),
        examples=(
            Example(
                "Globex, for example, hired Amir Sadeh, a lead researcher at Initech, as its chief scientist.",
                (("Amir Sadeh", "in", "Globex", None), ("Amir Sadeh", "out", "Initech", None)),
            ),
            Example(
                "Halcyon Robotics has hired Ravi Menon, the former CTO of payments major Kestrel Systems, to join the "
                "startup as its chief technology officer.",
                (("Ravi Menon", "in", "Halcyon Robotics", None), ("Ravi Menon", "out", "Kestrel Systems", None)),
                published=None,
            ),
            Example(
                "Halcyon Networks has recruited Greta Lind, the outgoing chief executive of Kestrel Systems, to run "
                "its German business.",
                (("Greta Lind", "in", "Halcyon Networks", None), ("Greta Lind", "out", "Kestrel Systems", None)),
                published=None,
            ),
        ),
    ),
    Rule(
        name="hires:additions-to",
        doc="a hire list with its organisation: 'The latest additions to A's foundry business are X and Y', "
        "'One of the first outside hires for A was X' (in A)",
        pattern=re.compile(
            rf"\b(?:latest|newest|recent|first|new|key|notable|biggest|top|outside|high-profile|other)\s+"
            rf"(?:[\w-]+\s+){{0,2}}?(?:additions?|hires?|recruits?|signings?|arrivals?)\s+(?:to|for|at)\s+"
            rf"(?:the\s+)?(?P<o>{ORG})(?!'s\s+(?:[\w-]+\s+){{0,2}}?(?:board|advisory|council|committee)\b)"
            rf"(?:'s\s+(?:[\w-]+\s+){{0,4}}?[\w-]+)?"
            rf"(?:\s*,\s*(?:[^,;⟨]|⟨[OEP]\d+⟩){{1,60}}?,|\s+⟨[EP]\d+⟩)?\s+(?:is|are|was|were|include|includes|"
            rf"included)\s*:?\s+(?P<p>{PEOPLE})(?:\s*,\s*who\s+joined\s+(?:the\s+company\s+)?(?P<d>{D}))?",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"),),
        examples=(
            Example(
                "The latest additions to Globex's revitalized chip business are Hana Ito and Paulo Reis, two veterans "
                "of the industry.",
                (("Hana Ito", "in", "Globex", None), ("Paulo Reis", "in", "Globex", None)),
            ),
            Example(
                "One of the first high-profile outside hires for Initech Foundry was Omar Diallo, who joined last "
                "June.",
                (("Omar Diallo", "in", "Initech Foundry", "2024-06"),),
            ),
        ),
    ),
    Rule(
        name="hires:hires-include",
        doc="a hire list about the article's company: 'Among the key hires is X, a senior engineer at B', "
        "'Other new hires from B include X, Y and Z', 'Additional hires include X, who ..., and Y' (in the company "
        "in context; out B)",
        pattern=re.compile(
            # a capitalised first word may be read as a name: "⟨E0⟩ the key hires is ..." ("Among the ...")
            rf"(?:\b(?:among\s+the|other|another|additional|further|more|the\s+latest|the\s+newest|recent|notable|"
            rf"key|new)|^\s*⟨E\d+⟩(?:\s+the)?)\s+(?:[\w-]+\s+){{0,2}}?(?P<q>hires?|recruits?|additions?|signings?)"
            rf"(?:\s+from\s+(?:the\s+)?"
            rf"(?P<b>{ORG}))?\s+(?:is|are|was|were|include|includes|included)\s*:?\s+(?P<p>{PEOPLE})"
            rf"(?:\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,5}}?(?:at|of|from|with)\s+(?:the\s+)?(?P<b2>{ORG})"
            rf"|\s*,\s*(?:who|whose)\b[^⟨;.]{{0,160}}?,?\s+and\s+(?P<p2>{P}))?{_THEN_DATE}",
            re.IGNORECASE,
        ),
        atoms=(("p", "q", "in", "d"), ("p2", "q", "in", "d"), ("p", "b", "out", "d"), ("p", "b2", "out", "d")),
        examples=(
            Example(
                "Globex has been hiring for its new lab. Among the key hires is Ilse Brandt, a senior engineer at "
                "Initech who built its search models.",
                (("Ilse Brandt", "in", "Globex", None), ("Ilse Brandt", "out", "Initech", None)),
                published=None,
            ),
            Example(
                "Globex has been hiring for its new lab. Other new hires from Initech include Aiko Tan, Ben Ruiz and "
                "Cara Holm, all now working on safety.",
                (
                    ("Aiko Tan", "in", "Globex", None),
                    ("Cara Holm", "in", "Globex", None),
                    ("Ben Ruiz", "out", "Initech", None),
                ),
            ),
            Example(
                "Globex has been hiring for its new lab. Additional hires include Dev Patel, who specialized in "
                "retrieval, and Mia Corr, whose expertise lies in code generation.",
                (("Dev Patel", "in", "Globex", None), ("Mia Corr", "in", "Globex", None)),
            ),
        ),
    ),
    Rule(
        name="hires:hired-orgs-titled-person",
        doc="a hire whose object carries a title at another organisation: 'A recruited B co-founder and AI "
        "researcher X', 'A hired former B mobility chief X to run marketing' (in A, out B)",
        pattern=re.compile(
            rf"(?P<o>{ORG_REF}){GAP}\s+{_HIRE_VERB}\s+(?:the\s+)?(?:(?:former|ex-)\s*)?(?P<b>{ORG})(?:'s)?\s+"
            rf"(?:(?!(?:from|at|by|to|as|and|who|which|was|is|were|appointed|named|hired|recruited)\s)[\w-]+\s+|"
            rf"and\s+(?!⟨P)){{1,5}}?(?P<p>{PEOPLE})(?!\s+(?:away\s+)?from\b)(?:\s+(?P<d>{D}))?",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"), ("p", "b", "out", "d")),
        examples=(
            Example(
                "It was reported on Sunday that Globex recruited Initech co-founder and AI researcher Mara Quist.",
                (("Mara Quist", "in", "Globex", "2025-06-15"), ("Mara Quist", "out", "Initech", "2025-06-15")),
            ),
            Example(
                "Halcyon Robotics has hired former Kestrel Systems mobility chief Ravi Menon to run marketing.",
                (("Ravi Menon", "in", "Halcyon Robotics", None), ("Ravi Menon", "out", "Kestrel Systems", None)),
                published=None,
            ),
        ),
    ),
    Rule(
        name="hires:hire-for-org",
        doc="a hire framed by its organisation: 'In another big hire for A, the subsidiary of B hired former C vice "
        "president X as its new vice president' (in A)",
        pattern=re.compile(
            rf"\b(?:hire|hiring|addition|recruit|recruitment|signing|appointment)\s+(?:for|at)\s+(?:the\s+)?(?P<o>{ORG})"
            rf"\s*,\s*(?:[^⟨;]|⟨[OE]\d+⟩){{0,120}}?\b{_HIRE_VERB}\s+(?:(?:[\w-]+|⟨[OE]\d+⟩)\s+){{0,5}}?(?P<p>{PERSON}){_THEN_DATE}",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"),),
        examples=(
            Example(
                "In another big hire for Globex Cloud, the Austin-based subsidiary of parent company Globex hired "
                "former Initech vice president Lea Morin as its new vice president of AI.",
                (("Lea Morin", "in", "Globex Cloud", None),),
            ),
            Example(
                "In a notable addition for Halcyon Robotics, the company recruited veteran engineer Piet Smit.",
                (("Piet Smit", "in", "Halcyon Robotics", None),),
            ),
        ),
    ),
    Rule(
        name="hires:lure-from-who-now",
        doc="a hire told by its purpose and outcome: 'A's $14 billion investment to lure X from B, who now serves "
        "as A's chief AI officer' (out B, in A: the 'who now' clause says the move happened)",
        pattern=re.compile(
            rf"\bto\s+(?:lure|poach|hire|recruit|bring\s+(?:in|on|over))\s+(?:[\w-]+\s+){{0,3}}?(?P<p>{PERSON})\s+"
            rf"(?:away\s+)?from\s+(?:the\s+)?(?P<b>{ORG})\s*,\s*who\s+now\s+(?:serves|works|is|leads|runs|heads)\s+"
            rf"(?:as\s+|at\s+|for\s+)?(?:the\s+)?(?P<o>{ORG}){_THEN_DATE}",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"), ("p", "b", "out", "d")),
        examples=(
            Example(
                "The boldest move was a $2 billion deal to lure 31-year-old Nora Field from Initech, who now serves "
                "as Globex's chief AI officer.",
                (("Nora Field", "in", "Globex", None), ("Nora Field", "out", "Initech", None)),
            ),
            Example(
                "It paid handsomely to poach Karl Moen from Kestrel Robotics, who now leads Halcyon Networks's "
                "robotics group.",
                (("Karl Moen", "in", "Halcyon Networks", None), ("Karl Moen", "out", "Kestrel Robotics", None)),
            ),
        ),
    ),
    Rule(
        name="hires:orgs-role-was-hired",
        doc="'X, A's chief risk officer and a former B executive, was also hired last year': the post names the "
        "organisation X was hired into (in A; the bare former label is no out)",
        pattern=re.compile(
            rf"(?P<p>{PERSON})\s*,\s*(?:the\s+)?(?P<o>{ORG})'s\s+(?:[^,;⟨]|⟨[OE]\d+⟩){{1,100}}?,\s+"
            rf"(?:was|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:hired|recruited|brought\s+in|poached|lured)\b"
            rf"(?!\s+(?:away\s+)?by){_THEN_DATE}",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"),),
        examples=(
            Example(
                "Rosa Lind, Initech's chief risk officer and a former Globex executive, was also hired last year.",
                (("Rosa Lind", "in", "Initech", "2024"),),
            ),
            Example(
                "Hugo Varga, Kestrel Robotics's head of design, was recruited in March.",
                (("Hugo Varga", "in", "Kestrel Robotics", "2025-03"),),
            ),
        ),
    ),
    Rule(
        name="hires:who-joins-from",
        doc="'X, who joins from South Africa's B where he served in various roles, will replace Y': the origin of "
        "a hire told in a relative clause (out B)",
        pattern=re.compile(
            rf"(?P<p>{PERSON})\s*,\s*who\s+(?:joins|joined|comes|came|arrives|arrived|moves|moved|is\s+joining|"
            rf"will\s+join|is\s+moving)\s+(?:(?:us|the\s+company|the\s+firm|the\s+group|the\s+bank|the\s+team)\s+)?"
            rf"(?:over\s+)?from\s+(?:[\w'’.-]+\s+){{0,3}}?(?:the\s+)?(?P<b>{ORG})(?:\s+(?P<d>{D}))?",
            re.IGNORECASE,
        ),
        atoms=(("p", "b", "out", "d"),),
        examples=(
            Example(
                "Lina Okafor, who joins from South Africa's Kestrel Systems where she served in various roles, will "
                "replace Omar Haddad.",
                (("Lina Okafor", "out", "Kestrel Systems", None),),
                published=None,
            ),
            Example(
                "Devon Hale, who comes over from rival Initech, starts in May.",
                (("Devon Hale", "out", "Initech", "2025-05"),),
            ),
        ),
    ),
    Rule(
        name="hires:chosen-to-take-over",
        doc="a passive choice to run an organisation: 'X, who was number two at B, is chosen by the family to take "
        "over the management of A' (in A; out B, the post X held when chosen)",
        pattern=re.compile(
            rf"(?P<p>{PERSON})(?:\s*,\s*who\s+(?:was|is|had\s+been)\s+(?:[^⟨;,]|⟨P\d+⟩){{0,80}}?\b(?:at|of|with)\s+"
            rf"(?:the\s+)?(?P<b>{ORG})\s*,|{_APPOS})\s+(?:is|was|has\s+been|had\s+been)\s+(?:chosen|selected|picked|"
            rf"tapped|recruited|hired)\s+(?:by\s+(?:[^⟨;,]|⟨[OEP]\d+⟩){{1,50}}?\s+)?to\s+(?:take\s+over|take\s+the\s+helm\s+of|"
            rf"lead|run|head|helm|manage)\s+(?:the\s+(?:management|leadership|reins|helm|running)\s+of\s+)?(?:the\s+)?"
            rf"(?P<o>{ORG}){_THEN_DATE}",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"), ("p", "b", "out", "d")),
        examples=(
            Example(
                "Omar Haddad, who was number two at Globex, is chosen by the founding family to take over the "
                "management of Initech.",
                (("Omar Haddad", "in", "Initech", None), ("Omar Haddad", "out", "Globex", None)),
            ),
            Example(
                "Lina Okafor was selected by the board to lead Halcyon Robotics in 2019.",
                (("Lina Okafor", "in", "Halcyon Robotics", "2019"),),
            ),
        ),
    ),
    Rule(
        name="hires:also-joined-from",
        doc="an elliptical second hire: 'A hired X, a lead researcher at B, as its chief scientist, while Y also "
        "joined from C' (Y in A, the hirer of the main clause; out C)",
        pattern=re.compile(
            rf"(?P<o>{ORG_REF})(?:\s*,\s*[^,;⟨]{{1,40}},)?{GAP}\s+{_HIRE_VERB}\s+(?:[^;⟨]|⟨[OEPD]\d+⟩){{1,160}}?,?\s+"
            rf"(?:while|and|as)\s+(?P<p>{P})\s+(?:also\s+|has\s+also\s+|too\s+)?(?:joined|came\s+(?:over\s+)?|arrived|"
            rf"moved\s+(?:over\s+)?)\s+from\s+(?:the\s+)?(?:rival\s+)?(?P<b>{ORG}){_THEN_DATE}",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "d"), ("p", "b", "out", "d")),
        examples=(
            Example(
                "Globex, for example, hired Amir Sadeh, a lead researcher at Initech, as its chief scientist, while "
                "Nora Field also joined from Kestrel Robotics.",
                (("Nora Field", "in", "Globex", None), ("Nora Field", "out", "Kestrel Robotics", None)),
            ),
            Example(
                "Halcyon Robotics has poached two engineers this year, and Piet Smit came over from Initech in May.",
                (("Piet Smit", "in", "Halcyon Robotics", "2025-05"), ("Piet Smit", "out", "Initech", "2025-05")),
            ),
        ),
    ),
    Rule(
        name="hires:hired-who-had-worked-for",
        doc="a hire whose list of people is followed by where they all worked: 'Meta added A and B, AI researchers "
        "who had worked for Apple' (in the hirer; out the former employer: a framed transition)",
        pattern=re.compile(
            rf"(?P<o>{ORG_REF}){GAP}\s+(?:added|hired|recruited|poached|lured|brought\s+(?:in|on)|nabbed|snapped\s+up)\s+"
            rf"(?P<pp>{PEOPLE})\s*,\s*(?:[\w-]+\s+){{0,5}}?who\s+(?:had\s+|have\s+)?(?:previously\s+|formerly\s+|"
            rf"both\s+|all\s+)*(?:worked|were|was)\s+(?:at|for|with)\s+(?:the\s+)?(?P<b>{ORG})",
            re.IGNORECASE,
        ),
        atoms=(("pp", "o", "in", None), ("pp", "b", "out", None)),
        examples=(
            Example(
                "In July, Globex added Dana Ortiz and Lars Berg, AI researchers who had worked for Initech.",
                (
                    ("Dana Ortiz", "in", "Globex", "2024-07"),
                    ("Dana Ortiz", "out", "Initech", "2024-07"),
                    ("Lars Berg", "out", "Initech", "2024-07"),
                ),
            ),
            Example(
                "Kestrel Robotics hired Omar Haddad, an engineer who previously worked at Umbrella Health.",
                (("Omar Haddad", "in", "Kestrel Robotics", None), ("Omar Haddad", "out", "Umbrella Health", None)),
            ),
        ),
    ),
    Rule(
        name="hires:hired-long-serving-elsewhere",
        doc="a hire described by years at another organisation: 'Intel appointed X, a 20+ year Qualcomm executive, "
        "to lead', 'hired X, a 15-year Globex veteran' (in the hirer; out the other, undated: a framed transition)",
        pattern=re.compile(
            rf"(?P<o>{ORG_REF}){GAP}\s+(?:appointed|named|hired|recruited|poached|tapped|lured|brought\s+in)\s+"
            rf"(?P<p>{P})\s*,\s*(?:a|an)\s+(?:\d+\+?|[\w-]+)[\s-]+year(?:s)?\s+(?:veteran\s+of\s+)?(?P<b>{ORG})"
            rf"(?:\s+(?:executive|veteran|engineer|employee|staffer|researcher|leader|manager))?\s*,",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None), ("p", "b", "out", "-")),
        examples=(
            Example(
                "Kestrel Robotics appointed Dana Ortiz, a 20+ year Globex executive, to lead its PC unit.",
                (("Dana Ortiz", "in", "Kestrel Robotics", None), ("Dana Ortiz", "out", "Globex", None)),
            ),
            Example(
                "Initech has hired Omar Haddad, a 15-year Umbrella Health veteran, to run sales.",
                (("Omar Haddad", "in", "Initech", None), ("Omar Haddad", "out", "Umbrella Health", None)),
                published=None,
            ),
        ),
    ),
    Rule(
        name="hires:latest-to-join",
        doc="'the latest partner, X, to join A', 'the first outside hire to join A, X', 'X is the newest executive to "
        "join A' (in A)",
        pattern=re.compile(
            rf"\bthe\s+(?:latest|newest|most\s+recent|first|second|third|fourth|fifth)\s+(?:[\w-]+(?:\s+|\s*,\s*)){{0,3}}?"
            rf"(?P<p>{P})\s*,?\s*to\s+(?:re-?)?join\s+(?P<o>{ORG_REF})"
            rf"|(?P<p2>{P})\s+(?:is|was|becomes|became)\s+the\s+(?:latest|newest|most\s+recent|first|second|third)\s+"
            rf"(?:[\w-]+\s+){{0,3}}?to\s+(?:re-?)?join\s+(?P<o2>{ORG_REF})",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", None), ("p2", "o2", "in", None)),
        examples=(
            Example(
                "There is a catchy headline about the latest partner, Dana Ortiz, to join Kestrel Ventures.",
                (("Dana Ortiz", "in", "Kestrel Ventures", None),),
            ),
            Example(
                "Omar Haddad is the newest senior researcher to join Globex Labs.",
                (("Omar Haddad", "in", "Globex Labs", None),),
            ),
        ),
    ),
)
