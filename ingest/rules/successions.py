"""Rules of the successions family (see ingest/rules/__init__.py for how a rule reads a skeleton):
one person takes a post another leaves. The predecessor's leaving counts when the text states it
("replacing X, who retired", "will succeed X, who has led A", "the position vacated by X, who
stepped down to become CFO of B"); the successor's origin counts when the text frames a direct
transition ("Replacing him will be X, publisher of B"; "X, currently CEO at B, replaces Y"), as
shared/ANNOTATION.md asks. An organisation confirming its new chief ("A confirmed X will become
their chief executive") is a hire."""

from __future__ import annotations

import re

from . import DESCRIPTION, GAP, ORG, ORG_REF, PEOPLE, PERSON, D, Example, P, Rule  # noqa: F401

# A successor's verb and its object, the predecessor: "replaced", "will succeed", "taking over from".
_SUCCEED = r"(?:replac(?:ed|es|ing|e)|succeed(?:ed|s|ing)?|(?:took|takes|taking|take)\s+over\s+from)"
# After the predecessor's name: "Jr." leaves a stray period, an age (", 66"), then the clause.
_AFTER_NAME = r"\.?(?:\s*,\s*\d{1,3})?\s*,?\s*"
# The predecessor's leaving, stated: "who retired", "who also stepped down recently", "who'd held the
# post for five years", "who has led A's newsroom".
_LEFT_VERB = (
    r"(?:retired|retiring|retire|stepped\s+down|stepping\s+down|step\s+down|resigned|resigning|resign|left|"
    r"leaving|leave|quit|departed|departing|"
    r"announced\s+(?:(?:his|her|their)\s+)?(?:retirement|resignation|departure)(?:\s+plans)?|"
    r"announced\s+plans\s+to\s+(?:retire|step\s+down|leave))"
)
_WHO = r"who(?:'d|’d)?\s+(?:(?:has|had|have|also|recently|just|previously|will|is|was|abruptly|unexpectedly)\s+){0,3}"
# A post elsewhere, as an appositive: "publisher of the Star Tribune", "currently chief executive at
# Italian media company B". Not a former one.
_POST_OF = r"(?:the\s+|a\s+|an\s+)?(?!former\b)(?:[\w-]+\s+){0,6}?(?:of|at|with|for)\s+(?:[\w-]+\s+){0,3}?(?:the\s+)?"

# The post's organisation, in the successor's clause: "was named president and ceo of A, succeeding",
# "when he joins A in October, replacing". Not an organisation the successor comes from.
_POST_CLAUSE = (
    rf"[^;]{{0,300}}?\b(?:named|appointed|elected|joins?|joined|joining|becomes?|became)\s+(?:(?!from\b)[\w-]+\s+){{0,6}}?"
    rf"(?:(?:of|at)\s+)?(?:the\s+)?(?P<post>{ORG})(?:'s)?(?:[^⟨;]|⟨D\d+⟩){{0,40}}?"
)

# A leaving that ends its clause ("who retired.", "who also stepped down recently,", "who will leave his
# post at the end of next month"): not "who stepped down in May to return to B", a transfer of its own.
_CLAUSE_END = (
    rf"(?:\s+(?:his|her|their|the)\s+(?:post|job|role|position|seat|company|firm|paper|newspaper|group))?"
    rf"(?:\s+(?:recently|abruptly|unexpectedly|suddenly|(?:earlier|later|last|this|next)\s+[\w-]+|{D})){{0,3}}"
    rf"\s*(?:[,.;)]|$|\s+(?:after|and|amid|following|for|in\s+protest)\b)"
)


def _then_date(group: str) -> str:
    """The date of the clause after a match, as group `group`, so that the rule's moves do not take it
    from another reading of the same sentence (each date goes to one anchor). Not across a relative
    or time clause."""
    return (
        r"(?=(?:(?!\b(?:who|whose|which|after|before|when|since|while|but|until|following|where)\b)[^⟨;.]|"
        rf"⟨[PEO]\d+⟩){{0,80}}?(?P<{group}>{D}))?"
    )


# A pattern read from the start of the sentence dates its move itself, by the first date before the
# successor's verb ("In other appointments Thursday, X was named ..., succeeding Y"), so that its
# sentence-long match does not take a date another move of the sentence owns.
_HEAD_DATE = (
    rf"(?=(?:[^⟨;]|⟨[PEO]\d+⟩){{0,300}}?(?P<d>{D})[^;]{{0,300}}?\b(?:{_SUCCEED}|fill|tak|took|assum|step)\w*\s)?"
)

RULES: tuple[Rule, ...] = (
    Rule(
        name="successions:succeeded-who-left-org",
        doc="the predecessor of a successor, leaving a named organisation: 'will succeed X, 66, who has led A's "
        "newsroom for 17 years', 'replacing X, who stepped down from A', 'will replace X, whose reign at A came to "
        "an end' (out A)",
        pattern=re.compile(
            rf"\b{_SUCCEED}\s+(?P<p>{PERSON}){_AFTER_NAME}(?:{_WHO}"
            rf"(?:{_LEFT_VERB}\s+(?:from\s+|as\s+(?:[\w-]+\s+){{1,5}}?(?:of|at)\s+)?(?:the\s+)?(?P<o1>{ORG})"
            rf"(?!(?:\s+{D})?,?\s+to\s+(?:become|join|return|take|lead|run|head|be)\b)(?:\s+(?P<d>{D}))?"
            rf"|(?:led|run|ran|headed|helmed|chaired|steered)\s+(?:the\s+)?(?P<o2>{ORG}))"
            # "whose troubled reign at British Airways came to an end with his resignation in March"
            rf"|whose\s+(?:[\w-]+\s+){{0,2}}?(?:reign|tenure|term|time|stint|spell)\s+(?:at|with|as\s+[^⟨;,]{{0,40}}?"
            rf"\s+(?:of|at))\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<o3>{ORG})\s+(?:came\s+to\s+an\s+end|ended|ends|is\s+ending|"
            rf"will\s+end)(?:[^⟨;]{{0,60}}?(?P<d3>{D}))?)",
            re.IGNORECASE,
        ),
        atoms=(("p", "o1", "out", "d"), ("p", "o2", "out", None), ("p", "o3", "out", "d3")),
        examples=(
            Example(
                "Priya Natarajan will succeed Dana Ortiz, 66, who has led the Globex Tribune's newsroom for 17 years.",
                (("Dana Ortiz", "out", "Globex Tribune", None),),
                published=None,
            ),
            Example(
                "Omar Haddad takes over from Lars Berg, who stepped down from Halcyon Networks in March.",
                (("Lars Berg", "out", "Halcyon Networks", "2025-03"),),
            ),
            Example(
                "Mr Haddad, aged 50, will replace Ian Doyle, whose troubled reign at Vantor Group came to an end with "
                "his resignation in March.",
                (("Ian Doyle", "out", "Vantor Group", "2025-03"),),
            ),
        ),
    ),
    Rule(
        name="successions:succeeded-who-left",
        doc="the predecessor of a successor, leaving the post's organisation: 'was named president of A, "
        "succeeding X, who'd held the post for five years', 'when he joins A in October, replacing X, who also "
        "stepped down recently', 'Y replaced X, who retired' (out A: the post's organisation named before, else, "
        "with no organisation in the sentence, the one in context)",
        pattern=re.compile(
            rf"^(?:{_HEAD_DATE}{_POST_CLAUSE}|(?P<s>.)(?:[^⟨;]|⟨P\d+⟩){{0,300}}?)\b{_SUCCEED}\s+(?P<p>{PERSON})"
            rf"{_AFTER_NAME}{_WHO}(?:{_LEFT_VERB}{_CLAUSE_END}|(?:held|led|run|headed|occupied)\s+the\s+"
            rf"(?:post|job|position|role|paper|newspaper|company|firm|group|newsroom|team|department)){_then_date('t')}",
            re.IGNORECASE,
        ),
        atoms=(("p", "post", "out", "d"), ("p", "s", "out", "t")),
        examples=(
            Example(
                "Kestrel Robotics named Omar Haddad its chief executive on Monday. Haddad, whose appointment took "
                "effect immediately, replaced Lars Berg, who retired.",
                (("Lars Berg", "out", "Kestrel Robotics", None),),
            ),
            Example(
                "Halcyon Networks named Omar Haddad head of its European region. He will take the post when he joins "
                "Halcyon Networks, replacing Hugo Varga, who also stepped down recently.",
                (("Hugo Varga", "out", "Halcyon Networks", None),),
                published=None,
            ),
            Example(
                "On Thursday, Nina Roth was named president of Vantor Group, succeeding Ian Doyle, who'd held the post "
                "for five years.",
                (("Ian Doyle", "out", "Vantor Group", "2025-06-12"),),
            ),
        ),
    ),
    Rule(
        name="successions:replacing-will-be",
        doc="a successor named with a post elsewhere: 'Replacing him will be X, publisher of B for the past three "
        "years' (out B, in the organisation of the post in context)",
        pattern=re.compile(
            rf"(?P<here>\b(?:replacing|succeeding))\s+(?:him|her|them|{P})\s+(?:will\s+be|is|was|would\s+be)\s+"
            rf"(?P<p>{PERSON})\s*,\s*{_POST_OF}(?P<b>{ORG}){_then_date('t')}",
            re.IGNORECASE,
        ),
        atoms=(("p", "b", "out", "t"), ("p", "here", "in", "t")),
        examples=(
            Example(
                "Lena Dahl, publisher of the Harbor Courier, announced her resignation Tuesday. Replacing her will be "
                "Marco Ruiz, publisher of the Globex Gazette for the past three years.",
                (("Marco Ruiz", "out", "Globex Gazette", None), ("Marco Ruiz", "in", "Harbor Courier", None)),
            ),
            Example(
                "Initech said its finance chief would retire. Succeeding him is Ada Novak, chief financial officer "
                "of Kestrel Robotics.",
                (("Ada Novak", "out", "Kestrel Robotics", None), ("Ada Novak", "in", "Initech", None)),
            ),
        ),
    ),
    Rule(
        name="successions:currently-at-replaces",
        doc="a successor whose appositive names a current post elsewhere: 'X, who is currently chief executive at "
        "B, replaces Y who left A', 'X, currently director in B, would succeed Y in A' (out B; in A when the "
        "predecessor's leaving or the post names it)",
        pattern=re.compile(
            rf"(?P<p>{PERSON})\s*,\s*(?:(?:who\s+is\s+)?currently\s+|now\s+)?{_POST_OF}(?P<b>{ORG})(?:'s?)?\s*,\s*"
            # the predecessor may be a name read as another capitalised name ("would succeed ⟨E2⟩ in ⟨E3⟩")
            rf"(?:will\s+|would\s+|is\s+to\s+)?(?:replaces?|replace|succeeds?|succeed|takes?\s+over\s+from)\s+"
            rf"(?:⟨[PE]\d+⟩|him|her)(?:{_AFTER_NAME}{_WHO}(?:left|quit|departed|stepped\s+down\s+from|retired\s+from)"
            rf"\s+(?:the\s+)?(?P<o>{ORG})|\s+(?:in|at)\s+(?:the\s+)?(?P<o2>{ORG})|\s+as\s+(?:[\w-]+\s+){{1,5}}?"
            rf"(?:of|at)\s+(?:the\s+)?(?P<o3>{ORG}))?{_then_date('t')}",
            re.IGNORECASE,
        ),
        atoms=(("p", "b", "out", "t"), ("p", "o", "in", "t"), ("p", "o2", "in", "t"), ("p", "o3", "in", "t")),
        examples=(
            Example(
                "Omar Haddad, who is currently chief executive at Italian media company Globex, replaces Lars Berg "
                "who left Initech in July.",
                (("Omar Haddad", "out", "Globex", "2025-07"), ("Omar Haddad", "in", "Initech", "2025-07")),
            ),
            Example(
                "Sara Quinn, currently head of sales at Kestrel Robotics, succeeds Tom Ng as Initech's sales chief.",
                (("Sara Quinn", "out", "Kestrel Robotics", None),),
            ),
            Example(
                "Ana Cruz, currently director of personal products in Globex, would succeed Ben Ruiz in Initech, "
                "London.",
                (("Ana Cruz", "out", "Globex", None), ("Ana Cruz", "in", "Initech", None)),
            ),
        ),
    ),
    Rule(
        name="successions:position-vacated-by",
        doc="'X fills the position vacated by Y, an accountant who stepped down in February to become CFO of B' (in "
        "B), 'X, who joins A in May, takes on the role previously held by Y' (out A, when the post's organisation "
        "is named in the clause: the one in context is too often another)",
        pattern=re.compile(
            rf"(?:^{_HEAD_DATE}{_POST_CLAUSE})?\b(?:fill(?:s|ed|ing)?|tak(?:es|e|ing)\s+(?:on|over)|took\s+(?:on|over)|"
            rf"assum(?:es|ed|ing|e)|step(?:s|ped|ping)?\s+into)\s+the\s+(?:[\w-]+\s+){{0,3}}?(?:position|post|role|job|seat|spot|"
            rf"vacancy)\s+(?:(?:recently|previously|formerly|last)\s+)?(?:vacated|left(?:\s+(?:open|vacant))?|"
            rf"occupied|held|filled)\s+by\s+(?P<p>{PERSON})"
            rf"(?:{_AFTER_NAME}(?:(?:the|a|an)\s+[^,;⟨]{{1,60}}?\s*,?\s*)?{_WHO}{_LEFT_VERB}(?:\s+{D})?"
            rf"(?:\s+from\s+(?:the\s+)?{ORG})?\s+to\s+(?:become|be|join|take\s+over\s+as|lead|run|head)\s+"
            rf"(?:[\w-]+\s+){{0,5}}?(?:(?:of|at|with|for)\s+)?(?:the\s+)?(?P<y>{ORG}))?{_then_date('t')}",
            re.IGNORECASE,
        ),
        atoms=(("p", "post", "out", "d"), ("p", "y", "in", "t")),
        examples=(
            Example(
                "Globex named Rita Moss as chief financial officer. Ms. Moss fills the position vacated by Ivan "
                "Petrov, an accountant who stepped down in February to become CFO of Initech.",
                (("Ivan Petrov", "in", "Initech", "2025-02"),),
            ),
            Example(
                "Ada Novak, who joined Kestrel Robotics on Monday, takes on the role previously held by Paul Acker.",
                (("Paul Acker", "out", "Kestrel Robotics", "2025-06-09"),),
            ),
        ),
    ),
    Rule(
        name="successions:confirmed-will-become",
        doc="an organisation announcing its new chief: 'A this morning confirmed X will become their new chief "
        "executive', 'A said X would join as its chief operating officer' (in A)",
        pattern=re.compile(
            rf"(?P<o>{ORG_REF})(?:\s+(?:this|on|last|late|early|earlier)\s+[\w-]+)?{GAP}\s+(?:confirmed|announced|"
            rf"said|revealed)(?:\s+{D})?(?:\s+that)?\s+(?P<p>{PERSON})\s+(?:will|would|is\s+to|is\s+set\s+to|is\s+going\s+to)"
            rf"\s+(?:become|be|serve\s+as|take\s+over\s+as|join\s+(?:them\s+|it\s+|the\s+club\s+|the\s+company\s+)?as)\s+"
            rf"(?:their|its|the\s+club's|the\s+company's)\s+(?!(?:[\w-]+\s+)?(?:interim|acting)\b)(?:new\s+|next\s+|first\s+)?(?:[\w-]+\s+){{0,3}}?"
            rf"(?:chief|ceo|cfo|coo|cto|president|chairman|chair|director|head|manager|editor|publisher|officer|"
            rf"executive|coach)\b(?!(?:\s+[\w-]+){{0,3}}\s+until\b){_then_date('t')}",
            re.IGNORECASE,
        ),
        atoms=(("p", "o", "in", "t"),),
        examples=(
            Example(
                "Kestrel Robotics this morning confirmed Dana Ortiz will become their new chief executive.",
                (("Dana Ortiz", "in", "Kestrel Robotics", "2025-06-15"),),
            ),
            Example(
                "Initech said on Tuesday that Omar Haddad would join as its chief operating officer.",
                (("Omar Haddad", "in", "Initech", "2025-06-10"),),
            ),
        ),
    ),
)
