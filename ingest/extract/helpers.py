"""Small helpers shared by the stages: rule names, acronyms, units, headlines."""

from __future__ import annotations

import re

from ..orgs import LEGAL

# Rule families, named after the method that reads them; each is one family of patterns.
_RULE_FAMILIES = {
    "_verb_moves": "verb",
    "_fallback_moves": "fallback",
    "_team_moves": "team",
    "_group_members": "list:group",
    "_departure_item": "list:departures",
    "moves": "list:roster",
}


# Single words that name a post or nothing at all, never an employer.
_TITLE_WORDS = set(
    """president chairman chairwoman chair chief director ceo cto cfo coo cio cmo vp svp evp head founder
    co-founder cofounder partner early late neither either both ai ml vr ar xr key points among additional other
    others meanwhile including advisor adviser consultant fellow professor dean manager engineer scientist
    researcher analyst lead leader executive officer editor""".split()
)


def _rule_name(method: str, kind: str) -> str:
    family = _RULE_FAMILIES.get(method) or method.strip("_").removesuffix("_moves") or "other"
    return f"{family}:{kind}"


def _acronyms(name: str) -> set[str]:
    """Lower-case acronyms an article may use for an organisation it also names in full:
    "Safe Superintelligence Inc." -> "ssi", "Meta Superintelligence Labs" -> "msl"."""
    words = [w for w in re.findall(r"[\w.&-]+", name) if w[:1].isupper()]
    if len(words) < 2:
        return set()
    out = set()
    for ws in (words, [w for w in words if w.lower().rstrip(".") not in LEGAL]):  # "SSI", "QLS"
        out.add("".join(w[0] for w in ws))
        out.add("".join(w if w.isupper() and len(w) <= 3 else w[0] for w in ws))  # "Fundamental AI Research"
    return {a.lower() for a in out if 2 < len(a) <= 6}


def _same_unit(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """ "Amazon" and "Amazon Robotics" for the same person and direction: one stint named
    loosely once and fully once."""
    if a[0] != b[0] or a[2] != b[2] or a[1] == b[1]:
        return a == b
    short, long = sorted((a[1], b[1]), key=len)
    return long.startswith(short + " ")


# "rejoined his former boss at ServiceNow", "followed her old manager to Nvidia": the person joins
# the organisation; the boss is only how. Blanked (same length) so the verb meets its object.
_FORMER_BOSS = re.compile(
    r"(?<![\w-])(?P<v>(?:re-?)?join(?:s|ed|ing)?|follow(?:s|ed|ing)?)\s+(?P<rel>(?:his|her|their)\s+"
    r"(?:former|old|onetime|one-time|longtime|ex-)\s*(?:[\w-]+\s+)?(?:boss|manager|mentor|colleagues?|teammates?|"
    r"co-?founders?|team)(?:\s*,\s*⟨P\d+⟩\s*,)?\s+(?:at|to|in)\b)(?=\s+(?:the\s+)?(?:rival\s+)?⟨[OE]\d+⟩)",
    re.IGNORECASE,
)


def _blank_boss(m: re.Match) -> str:
    verb = m.group("v")
    if verb.lower().startswith("follow"):
        verb = "joined".ljust(len(verb)) if verb.lower().endswith("ed") else "joins".ljust(len(verb))
    return verb + " " * (m.end() - m.end("v"))


def _is_headline(text: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    if len(words) < 4 or text.rstrip()[-1:] in '.!?"”':
        return False
    capitals = sum(w[0].isupper() for w in words if w.lower() not in ("of", "to", "and", "the", "a", "at", "in"))
    return capitals >= 0.7 * len(words)
