"""A recall fallback for sentences where the pattern engine found no move for a person.

It works on the skeleton of one sentence (``⟨P0⟩ left ⟨O1⟩ ⟨D2⟩ for ⟨O3⟩``), clause by clause:
a person in the mover's slot (the subject before a move cue, or the object of a hiring verb),
a move cue, and an organisation in the same clause. The cue and the word before the
organisation give the direction: "left O", "from O", "O's former" are out; "joins O", "to O",
"at O", "by O" are in. Non-moves (boards, advisers, investors, talks, would/could,
promotions, "said") stay out.

Pure functions over strings; `fallback_atoms` returns (person symbol, org symbol, direction,
cue start, cue end) tuples for the caller to turn into moves.
"""

from __future__ import annotations

import re

P = r"⟨P\d+⟩"
ORG = r"⟨[OE]\d+⟩"

# Verbs whose subject arrives somewhere.
_IN_CUE = (
    r"re-?join(?:s|ed|ing)?|join(?:s|ed|ing)?|c(?:o|a)mes?\s+(?:over\s+)?to|came\s+over|"
    r"land(?:s|ed|ing)?\s+(?:at|with)|sign(?:s|ed|ing)?\s+on(?:\s+with)?|head(?:s|ed|ing)?\s+(?:over\s+)?to|"
    r"mov(?:e|es|ed|ing)\s+(?:over\s+)?to|jump(?:s|ed|ing)?\s+(?:ship\s+)?to|bolt(?:s|ed|ing)?\s+(?:to|for)|"
    r"decamp(?:s|ed|ing)?\s+(?:to|for)|defect(?:s|ed|ing)?\s+to|return(?:s|ed|ing)?\s+to|"
    r"surfac(?:es|ed)\s+at|(?:is|are)\s+now\s+at|accept(?:s|ed)?\s+(?:an?\s+)?(?:offer|job|role|position)\s+(?:from|at|with)|"
    r"co-?found(?:s|ed|ing)?|found(?:s|ed|ing)?|launch(?:es|ed|ing)?|start(?:s|ed|ing)?|took\s+(?:the\s+)?(?:job|role|post)"
)
# Verbs whose object is hired by the subject organisation.
_HIRE_CUE = (
    r"(?:re)?hir(?:e|es|ed|ing)(?:\s+away)?|poach(?:es|ed|ing)?|recruit(?:s|ed|ing)?(?:\s+away)?|"
    r"tap(?:s|ped|ping)?|appoint(?:s|ed|ing)?|nam(?:e|es|ed|ing)|br(?:ings?|ought)\s+(?:on|aboard|in|over)|"
    r"lur(?:e|es|ed|ing)(?:\s+away)?|enlist(?:s|ed|ing)?|snag(?:s|ged|ging)?|land(?:s|ed|ing)?|nab(?:s|bed)?|"
    r"pick(?:s|ed)\s+up|add(?:s|ed)"
)
# Verbs whose subject leaves.
_OUT_CUE = (
    r"leav(?:e|es|ing)|left|depart(?:s|ed|ing)?|exit(?:s|ed|ing)?|quit(?:s|ting)?|resign(?:s|ed|ing)?|"
    r"step(?:s|ped|ping)?\s+(?:down|aside)|retir(?:e|es|ed|ing)"
)
# A past job: "most recently served as X at O", "before that worked at O".
_PAST_CUE = (
    r"most\s+recently\s+(?:served|worked|was)|previously\s+(?:served|worked|was|led|ran|headed)|"
    r"before\s+that\s*,?\s*(?:he|she|they)?\s*(?:worked|served|was|spent\s+[\w\s]{1,20}?)"
)
_CUE = re.compile(
    rf"(?<![\w-])(?:(?P<past>{_PAST_CUE})|(?P<hire>{_HIRE_CUE})|(?P<out>{_OUT_CUE})|(?P<inc>{_IN_CUE}))(?![\w-])",
    re.IGNORECASE,
)
# The hiring organisation named by an anaphor at the start of a clause: "The company also hired ...".
_HIRER_ANAPHOR = re.compile(
    r"^\s*(?P<a>the\s+(?:company|startup|start-up|firm|lab)|it)\s+(?:(?:has|have|had|also|then|later|recently|just|"
    r"since|now)\s+)*$",
    re.IGNORECASE,
)
_FOUNDING = re.compile(r"^(?:co-?found|found|launch|start)", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|is|are|being|be|get|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# Clause boundaries; ", and" and ", who" start a new clause too.
_CLAUSE = re.compile(r";|\s[—–-]{1,2}\s|(?<!⟩)\.\s|,\s+(?:and|but|while|whereas)\s|:\s")
_GUARD = re.compile(
    r"\b(?:would|could|might|may|maybe|if|whether|unless|rumou?r\w*|speculat\w*|assum(?:e|ed|ing)|figured|"
    r"guess(?:ed)?|imagined|talks|considering|reportedly\s+"
    r"weighing|not|never|no\s+longer|denie[sd]|board|boards|advis[eo]r\w*|advisory|investors?|invested|"
    r"sabbatical|promot\w*|elevated|partner\s+at|limited\s+partner|acquir\w*|bought|deal|spokes\w*|"
    r"tr(?:y|ies|ied|ying)|attempt\w*|sought|seeks?|turned\s+down|declined|interim|acting)\b",
    re.IGNORECASE,
)
# Between a hiring verb and its object: descriptors only ("former Stripe finance lead"), not a
# new clause ("after Altman ...") nor the hirer's own staff ("named its strategy chief").
_NOT_OBJECT_GAP = re.compile(
    r"\b(?:after|before|when|while|because|since|following|as|its|their|his|her|our|own|internal\w*)\b", re.IGNORECASE
)
# Between two organisations a cue governs: "A from B", "A and B", "A in 2023 to B".
_NEXT_ORG_GAP = re.compile(r"\s*(?:⟨D\d+⟩\s*)?(?:away\s+)?(?:from|to|and|for|at|with)\s+(?:the\s+)?$", re.IGNORECASE)
_AND_THEN = re.compile(
    r"\s(?:and|but)\s+(?:(?:then|later|now|has|have|had|is|was|since|also|just|recently|already|quietly|soon)\s+)*$"
)
_SPEAKER = re.compile(r"\s*,?\s*(?:said|says|told|wrote|writes|added|posted)\b", re.IGNORECASE)
_WHO_OBJ = re.compile(rf"(?:^|[\s,])(?P<p>{P})(?!')", re.IGNORECASE)


def _clauses(skel: str):
    start = 0
    for m in _CLAUSE.finditer(skel):
        yield start, skel[start : m.start()]
        start = m.end()
    yield start, skel[start:]


def fallback_atoms(skel: str) -> list[tuple[str, str, str, int, int]]:
    """(person, org, direction, cue start, cue end) for each move the fallback reads in `skel`."""
    out: list[tuple[str, str, str, int, int]] = []
    last_hirer = None
    for offset, clause in _clauses(skel):
        has_org = re.search(ORG, clause) or _HIRER_ANAPHOR.match(clause[: max(0, clause.find("⟨P"))] or "")
        has_person = re.search(P, clause) or re.search(r"\b(?:he|she)\b", clause, re.IGNORECASE)
        if not has_person or not has_org or _GUARD.search(clause):
            continue
        cues = list(_CUE.finditer(clause))
        for k, cue in enumerate(cues):
            cs, ce = cue.start(), cue.end()
            # What a cue governs ends where the next cue starts ("exited and has since surfaced at O").
            before, after = clause[:cs], clause[ce : cues[k + 1].start() if k + 1 < len(cues) else len(clause)]
            if cue.group("hire"):
                if _PASSIVE.search(before):
                    who = _subject(before, offset)
                    by = re.match(rf"\s+(?:\w+\s+)?by\s+(?:the\s+)?(?P<o>{ORG})", after)
                    if who and by:
                        out.append((who, by.group("o"), "in", offset + cs, offset + ce))
                    continue
                hirer = re.search(rf".*(?P<o>{ORG})(?:'s)?(?:[^⟨,;]|{ORG}){{0,40}}$", before)
                anaphor = None if hirer else _HIRER_ANAPHOR.match(before)
                obj = re.match(rf"(?:[^⟨;]|{ORG}){{0,60}}?(?P<p>{P})(?!')", after)
                if not (hirer or anaphor) or not obj or _SPEAKER.match(after, obj.end()):
                    continue
                if hirer:
                    hirer_ref = last_hirer = hirer.group("o")
                else:  # "X recruited A, and it lured B": the hirer of the sentence's first clause
                    hirer_ref = last_hirer or f"{anaphor.group('a').lower()}@{offset + anaphor.start('a')}"
                gap = after[: obj.start("p")]
                if _NOT_OBJECT_GAP.search(gap):
                    continue
                person = obj.group("p")
                out.append((person, hirer_ref, "in", offset + cs, offset + ce))
                prev = re.match(
                    rf"(?:[^⟨;]|{P}){{0,40}}?\b(?:away\s+)?from\s+(?:the\s+)?(?P<o>{ORG})", after[obj.end() :]
                )
                if prev:
                    out.append((person, prev.group("o"), "out", offset + cs, offset + ce))
                former = re.search(
                    rf"\b(?:former|ex-|formerly\s+(?:of|at|with))\s*(?:the\s+)?(?P<o>{ORG})", after[: obj.start()]
                )
                if former or (former := re.search(rf"(?P<o>{ORG})'s\s+(?:former|ex-)", after[: obj.start()])):
                    out.append((person, former.group("o"), "out", offset + cs, offset + ce))
                continue
            who = _subject(before, offset)
            if not who or _SPEAKER.match(after):
                continue
            if cue.group("past"):
                m = re.search(rf"\b(?:at|for|with|of)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<o>{ORG})", after[:100])
                if m:
                    out.append((who, m.group("o"), "out", offset + cs, offset + ce))
                continue
            leaving = bool(cue.group("out"))
            if cue.group("inc") and _FOUNDING.match(cue.group("inc")):
                # "launched Ferrous", "founded a startup, Ferrous": the organisation right after
                m = re.match(
                    rf"\s+(?:(?:a|an|the|his|her|their|new|own|startup|company|firm|lab|called|named|,)\s+)*(?P<o>{ORG})(?!'s)",
                    after,
                )
                if m:
                    out.append((who, m.group("o"), "in", offset + cs, offset + ce))
                continue
            first, prev_end = True, 0
            for m in re.finditer(rf"(?P<pre>\b\w+\s+(?:the\s+)?|^\s*)(?P<o>{ORG})(?P<poss>'s)?", after[:120]):
                if not first and not _NEXT_ORG_GAP.match(after[prev_end : m.start("o")]):
                    break  # "came to A in 2023 from B, where she ran C": C is no destination
                if re.search(rf"{P}\s*,", after[: m.start("o")]):
                    break  # "succeeded by Q, currently head of X at C": C is Q's, not the mover's
                prev_end = m.end()
                pre = m.group("pre").strip().lower().removesuffix(" the").strip()
                if pre in ("from",) or (m.group("poss") and re.match(r"\s+(?:former|ex-)", after[m.end() :])):
                    direction = "out"
                elif pre in ("to", "for", "at", "with", "by", "joins", "joined", "join", "rejoin", "rejoined") or (
                    cue.group("inc") and first and pre == ""
                ):
                    onward = re.search(r"\bto\s+(?:become|be|lead|run|head|serve|take|work)\b", after[: m.start()])
                    direction = "out" if leaving and pre in ("at", "with") and not onward else "in"
                elif pre == "" and leaving and first:
                    direction = "out"
                else:
                    break
                out.append((who, m.group("o"), direction, offset + cs, offset + ce))
                first = False
    return out


def _subject(before: str, offset: int = 0) -> str | None:
    """The mover in the subject slot just before a cue: "P", "P, the X of O,", "P has", a
    pronoun ("he@12", position in the skeleton, for the caller to resolve), or the subject of
    the clause's first verb when the cue follows "and" ("P quit O and is now at ...")."""
    m = re.search(
        rf"(?:(?P<p>{P})(?!')|\b(?P<pr>he|she)\b)(?:\s*,(?:[^;⟨]|⟨[OED]\d+⟩){{0,120}}?,)?"
        rf"(?:\s+(?:has|have|had|is|are|was|were|will|also|then|later|just|recently|quietly|since|now|been|"
        rf"already|subsequently|ultimately|eventually|and|before\s+that)\b\s*,?)*\s*,?\s*$",
        before,
        re.IGNORECASE,
    )
    if not m:
        first = re.match(
            rf"\s*(?:(?:[^⟨;,]|⟨[OE]\d+⟩){{0,60}},\s*)?(?:(?P<p>{P})(?!')|(?P<pr>he|she)\b)", before, re.IGNORECASE
        )
        if not first or not re.search(_AND_THEN, before) or re.search(rf"(?<!'s\s){P}", before[first.end() :]):
            return None
        m = first
    if m.group("p"):
        return m.group("p")
    return f"{m.group('pr').lower()}@{offset + m.start('pr')}"
