"""Mentions: tokens, capitalised runs classified as people, organisations and other names, and the
people of an article with the shorter names that refer back to them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..orgs import KNOWN_TOKENS, LEGAL, MAX_KNOWN_TOKENS, PLACES, PRODUCTS, SUFFIXES, canonical_org

# Tokens and mentions


@dataclass
class Token:
    text: str
    start: int
    end: int
    poss: bool = False  # followed by a possessive 's (not part of text/end)


_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"
    r"|(?<![\w'’.&-])(?:[^\W\d_a-z]|(?:van|von|de|der|den|da|di|du|del|della|la|le|bin|al|ter|ten|dos|das|of|for|"
    r"(?i:xai|a16z)|ex-(?=[A-Z])))(?:\w|[’'.&](?=[^\W_])|-(?=[^\W_]))*"
    r"|&|(?<=\w)['’](?!\w)|(?<=\b[A-Z])\."
)


def tokenize(sentence: str) -> list[Token]:
    """The words of a sentence that can be part of a name: capitalised words, name particles,
    "of"/"&" (for "University of Toronto"); other words are left out (a gap breaks a name)."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(sentence):
        text, start = m.group(0), m.start()
        if not text[0].isupper():
            low = re.sub(r"['’]s$", "", text.lower())  # "xAI's": the name without its possessive
            if text in ("'", "’", ".") and tokens and tokens[-1].end == start:
                pass  # possessive or initial, handled below
            elif low not in _NAME_GLUE and (low,) not in KNOWN_TOKENS and not low.startswith("ex-"):
                continue
        if len(text) > 2 and text[-2] in "'’" and text[-1] in "sS":
            tokens.append(Token(text[:-2], start, start + len(text) - 2, poss=True))
            continue
        if text in ("'", "’") and tokens and tokens[-1].text.endswith("s") and tokens[-1].end == start:
            tokens[-1].poss = True  # plural possessive: "Thinking Machines' CTO"
            continue
        if (
            text == "."
            and tokens
            and len(tokens[-1].text) == 1
            and tokens[-1].text.isupper()
            and tokens[-1].end == start
        ):
            tokens[-1].text += "."  # an initial: "John P. Smith"
            tokens[-1].end += 1
            continue
        if text[:3].lower() == "ex-" and len(text) > 3 and text[3].isupper():
            tokens.append(Token(text[3:], start + 3, start + len(text)))  # "ex-Google": "ex-" stays prose
            continue
        tokens.append(Token(text, start, start + len(text)))
    return tokens


# Capitalised words that never start or continue a name: function words at the start of a
# sentence, titles, months and days, headline verbs ("Joins", "Leaves").
_NOT_NAME = set(
    """
a an the and or but nor for so yet of in on at to from by with as into onto over under after before
gone among amongst since during until about against between through without within via per than then when while where
why what who whom whose which how if though although because unless once also still just only even
now meanwhile however instead indeed perhaps maybe here there this that these those it its it's he
she they we i you his her their our my your him them us me one two three four five six seven eight
nine ten first second third last next new former ex chief officer executive technology technical
operating financial product science scientific research strategy marketing revenue security
information data people commercial business growth design engineering head director president vice
vp svp evp ceo cto cfo coo cso cpo cmo cio ciso founder co-founder cofounder founding chairman
chairwoman chair partner managing general senior principal distinguished staff lead manager engineer
scientist researcher professor dr mr mrs ms prof sir dame ai ml llm agi interim acting longtime
veteran top star fellow analyst investor entrepreneur billionaire tech recruiter member team counsel
secretary minister senator governor ambassador deputy associate assistant exec architect editor
reporter author writer photo photograph illustration image credit source sources update updated
related read more key our take matters news breaking exclusive opinion analysis report reports
according separately both each several many most some other another all any no not every january
february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday today yesterday i'm i’m i've i’ve i'd i’d i'll i’ll
joins join joined joining rejoins rejoin
leaves leave left leaving departs depart departed exits exit quits quit resigns resign resigned
hires hire hired hiring poaches poach poached taps names named appoints appointed launches launch
launched founds founded co-founded starts start returns return steps step down says said tells told
will is was are were be been has have had does did do can could would should might must shall says
adds added wrote writes announces announced confirms confirmed reportedly sign signs move moves
moved heads headed lands taking takes took make makes made amid inside outside like unlike despite
why how stock zoom driving between bottom line big picture go deeper what's editor's note more ceo
eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty
fifty sixty seventy eighty ninety hundred hundreds thousand thousands million billion dozen dozens
half american british chinese european french german japanese korean indian israeli canadian russian
italian spanish swiss dutch swedish australian african asian western eastern silicon valley wall danish
norwegian finnish irish scottish welsh belgian austrian polish portuguese greek turkish brazilian mexican
singaporean malaysian thai emirati saudi
street startup startups run loses lose colleagues add subscribe watch neither either whether early late
""".split()
)
_NAME_GLUE = set("van von de der den da di du del della la le bin al ter ten dos das of for &".split())
_PARTICLES = set("van von de der den da di du del della la le bin al ter ten dos das st.".split())
_ORG_HEADS = set(
    """
university institute bank school college department academy museum ministry office center centre
laboratory
""".split()
)
_UNIT_WORDS = set("cloud research robotics health labs lab ventures capital security studios games brain".split())
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _is_cap(token: Token) -> bool:
    text = token.text
    if not text[0].isupper():
        return (text.lower(),) in KNOWN_TOKENS  # "xAI", "a16z"
    if "-" in text:
        first, *rest = text.split("-")
        # "Fei-Fei", "Jun-ho", "Woo-seung": a given name's second syllable may be lower-case
        return all(p[:1].isupper() or (len(p) <= 5 and p.isalpha() and p not in _COMPOUND_TAILS) for p in rest)
    return True


# Lowercase tails of capitalised compounds that are adjectives, not given names ("Paris-born").
_COMPOUND_TAILS = set(
    """
led run era born like wide free made only less ish type year old new long up down in out off on side
star size bred back tier linked based owned style level scale class sized ready first grade party rich
heavy proof smart savvy focus ahead
""".split()
)


def _name_shaped(text: str) -> bool:
    """ "Karpathy", "Fei-Fei", "Jun-ho", "LeCun", "O'Brien", "Karén", an initial "P." — not "OpenAI"."""
    if _INITIALS.fullmatch(text):
        return len(text) <= 4
    if "-" in text and not text.split("-", 1)[1][:1].isupper():
        text = text.split("-", 1)[0]
    if not text[0].isupper() or not any(c.islower() for c in text) or any(c.isdigit() for c in text):
        return False
    if "." in text or "&" in text:
        return False
    parts = re.split(r"[-'’]", text)
    capitals = sum(c.isupper() for c in text)
    return all(p[:1].isupper() for p in parts if len(p) > 1) and capitals <= len(parts) + 1


@dataclass
class Mention:
    kind: str  # "P" person, "O" organisation, "E" other capitalised name, "D" date phrase
    start: int  # offsets in the sentence
    end: int
    text: str
    name: str = ""  # canonical person or organisation name, or the date phrase
    poss: bool = False
    tokens: tuple[str, ...] = ()


def find_mentions(sentence: str, headline: bool = False) -> list[Mention]:
    """Capitalised-word mentions of one sentence, classified but not yet resolved."""
    tokens = tokenize(sentence)
    mentions: list[Mention] = []
    i, n = 0, len(tokens)
    gerund = re.match(r"[\"“‘'(]*([A-Z][a-z]{2,}ing)\b", sentence)
    if (
        gerund
        and tokens
        and tokens[0].start == gerund.start(1)
        and not _NAMED_SUBJECT.match(sentence, gerund.end(1))
        and not _known_org_at(tokens, 0)  # "Hugging Face has hired ...": a known name, not a gerund
    ):
        i = 1  # "Building Vellum has been ...": a gerund, not a first name
    while i < n:
        if not _is_cap(tokens[i]) or tokens[i].text.lower() in _PARTICLES:
            i += 1
            continue
        run = [tokens[i]]
        j = i + 1
        while (
            j < n
            and not run[-1].poss
            and tokens[j].start - run[-1].end <= 1
            and not sentence[run[-1].end : tokens[j].start].strip(" \u00a0")  # "Shazeer—Gemini's": two names
        ):
            tok = tokens[j]
            if _is_cap(tok):
                run.append(tok)
            elif tok.text.lower() in _PARTICLES and _particles_then_name(tokens, j):
                run.append(tok)
            elif (
                tok.text in ("of", "for", "&")
                and run[-1].text.lower() in _ORG_HEADS | {"&"} | {"institute"}
                and j + 1 < n
                and _is_cap(tokens[j + 1])
            ):
                run.append(tok)
            elif tok.text == "&" and j + 1 < n and _is_cap(tokens[j + 1]):
                run.append(tok)
            else:
                break
            j += 1
        found = _classify_run(sentence, run, headline)
        if not found and len(run) == 1 and _DESCRIBED_NAME.search(sentence, 0, run[0].start):
            found = [_mention("O", sentence, run, run[0].text)]  # "enterprise AI startup Writer"
        mentions.extend(found)
        i = j
    for k in range(len(mentions) - 1):
        first, second = mentions[k], mentions[k + 1]
        if (
            first.kind == "E"
            and len(first.tokens) == 1
            and second.kind == "P"
            and len(second.tokens) == 2
            and _name_shaped(first.tokens[0])
            and re.fullmatch(r"\s+(?:and|&)\s+", sentence[first.end : second.start])
        ):
            # "Dario and Daniela Amodei": a first name sharing the surname that follows
            mentions[k] = replace(first, kind="P", tokens=(first.tokens[0], second.tokens[1]))
        elif (
            first.kind in ("E", "P")
            and second.kind == "P"
            and first.text.lower() not in PRODUCTS
            and not (k and mentions[k - 1].kind == "O" and first.start - mentions[k - 1].end <= 1)  # "Tesla Autopilot"
            and _TITLE_BETWEEN.fullmatch(sentence, first.end, second.start)
        ):
            # "Cerebras chief revenue officer Dinesh Rao": a name that holds a title's holder is an employer
            mentions[k] = replace(first, kind="O")
    lead = _LEAD_LABEL.match(sentence)
    if lead:
        for k, m in enumerate(mentions):
            if (m.start, m.end) == lead.span("name") and (m.kind == "E" or _ORG_ITEM.match(sentence, lead.end())):
                # "**Kyutai** — The non-profit lab has recruited ...": a roundup item's heading is the
                # organisation the item is about
                mentions[k] = replace(m, kind="O")
    return mentions


# An item's text that speaks of an organisation, not a person: "The Paris startup ...", "Chief
# technology officer X ..." (a person's item opens "Former ..." or with a verb).
_ORG_ITEM = re.compile(
    r"\s*(?:the\s+(?!former\b)[a-z]|its\b|(?:chief|head|co-?founder|founder|ceo|cto|cfo|coo|president)\b)",
    re.IGNORECASE,
)
_LEAD_LABEL = re.compile(r"\s*(?:[-*•]\s+)?(?:\*\*|__)(?P<name>[^*_\n]{2,60}?)(?:\*\*|__)\s*(?:[—–:]|--)\s")


_TITLE_BETWEEN = re.compile(
    r"[*_]*\s+(?:(?:senior|executive|deputy|former|then-|outgoing|longtime)\s*)?(?:chief|head|vice|general|co-?founder|"
    r"founder|president|(?:managing\s+)?director)\b[a-z\s-]{0,40}?\s+[*_]*",
    re.IGNORECASE,
)


# A descriptor right before a capitalised common word makes it a name: "AI startup Writer".
_DESCRIBED_NAME = re.compile(r"\b(?:startup|start-up|company|firm)\s+$")
# "Ruoming Pang, who ...", "Yiming Li (Google)": a first name ending in -ing, followed by a
# surname and an apposition, is not a gerund ("Building Vellum has been ...").
_NAMED_SUBJECT = re.compile(
    r"\s[A-Z][a-z]+(?:\s*,\s*(?:who|the|a|an|formerly|previously)\b|\s*\()"
    # "Helsing, the Munich-based company, lost ...", "Helsing hired ...": a name ending in -ing
    r"|\s*,\s*(?:the|a|an)\s|\s+(?:also\s+)?(?:lost|hired|named|appointed|poached|announced|confirmed)\b"
)


def _particles_then_name(tokens: list[Token], j: int) -> bool:
    """ "van der Berg": particles count as part of a name only when a capitalised word follows."""
    while j < len(tokens) and tokens[j].text.lower() in _PARTICLES:
        if j + 1 < len(tokens) and tokens[j + 1].start - tokens[j].end > 1:
            return False
        j += 1
    return j < len(tokens) and _is_cap(tokens[j])


_NATIONALITIES = set(
    """american british chinese european french german japanese korean indian israeli canadian russian italian
    spanish swiss dutch swedish australian african asian danish norwegian finnish irish scottish welsh belgian
    austrian polish portuguese greek turkish brazilian mexican singaporean malaysian thai emirati saudi""".split()
)
# Words that make a company of a nationality: "British Airways", "Australian Airlines", "American Express".
_NAME_AFTER_NATIONALITY = set(
    """gas airways airlines airline express telecom petroleum steel motors rail railways bank broadcasting
    aerospace tobacco water power energy post""".split()
)


def _classify_run(sentence: str, run: list[Token], headline: bool) -> list[Mention]:
    """Split a run of capitalised words into organisations, people and other names:
    "Former Tesla AI Director Andrej Karpathy" -> Tesla (O), Andrej Karpathy (P)."""
    out: list[Mention] = []
    k = 0
    while k < len(run):
        size = _known_org_at(run, k)
        if size:
            if k + size < len(run) and not run[k + size - 1].poss and run[k + size].text.lower() in _UNIT_WORDS:
                size += 1  # "Google Cloud" is its own organisation, not Google plus a stray word
            while (
                k + size < len(run)
                and not run[k + size - 1].poss
                and run[k + size].text.lower().rstrip(".") in ("inc", "llc", "ltd", "corp", "plc")
            ):
                size += 1  # "Safe Superintelligence Inc."
            part = run[k : k + size]
            out.append(_mention("O", sentence, part, canonical_org(_span(sentence, part))))
            k += size
            continue
        if (
            run[k].text.lower() in _NATIONALITIES
            and k + 1 < len(run)
            and not run[k].poss
            and run[k + 1].text.lower() in _NAME_AFTER_NATIONALITY
        ):
            # "British Gas", "Australian Airlines", "American Express": the adjective is the name's
            end = k + 2
            out.append(_mention("O", sentence, run[k:end], canonical_org(_span(sentence, run[k:end]))))
            k = end
            continue
        place = run[k].text in ("New", "North", "South", "East", "West") and k + 1 < len(run)
        tail = _org_tail(run, k + 1) if place and not _known_org_at(run, k + 1) else 0
        if tail and not run[k].poss:
            # "New York University", "North Carolina State University": a place word begins the name
            out.append(_mention("O", sentence, run[k:tail], canonical_org(_span(sentence, run[k:tail]))))
            k = tail
            continue
        if run[k].text.lower() in _NOT_NAME or run[k].text.lower() in _PARTICLES | {"of", "for", "&"}:
            k += 1
            continue
        tail = _org_tail(run, k)
        if tail:
            # "Umbrella Research", "UK AI Security Institute": words that are titles or prose
            # elsewhere ("research", "security") stay inside a name that ends like an organisation.
            out.append(_mention("O", sentence, run[k:tail], canonical_org(_span(sentence, run[k:tail]))))
            k = tail
            continue
        end = k + 1
        while end < len(run) and not run[end - 1].poss and not _known_org_at(run, end):
            low = run[end].text.lower()
            if low in SUFFIXES:
                end += 1  # "Reflection AI", "Fernwood Labs": the suffix makes it an organisation
                break
            if low in _NOT_NAME and low not in ("of", "for", "&"):
                break
            end += 1
        part = run[k:end]
        # a trailing particle is dropped ("Jean de"), not a capitalised surname that looks like one ("Nan Du")
        while (
            len(part) > 1
            and part[-1].text.lower() in _PARTICLES | {"of", "for", "&"}
            and not part[-1].text[:1].isupper()
        ):
            part = part[:-1]
        out.append(_chunk_mention(sentence, part, headline))
        k = end
    return out


# Words that may sit inside or end an organisation's name although they are not names.
_ORG_INNER = set(
    """
ai ml research security data technology technologies science scientific design information commercial
business growth financial strategy marketing product general american british european national
""".split()
)
_ORG_LAST = SUFFIXES | {"research"}


def _org_tail(run: list[Token], k: int) -> int:
    """End of an organisation name starting at run[k] and ending in a suffix word two or more
    words on ("Umbrella Research", "UK AI Security Institute"), or 0. A title word ("Director"),
    a possessive or a well-known organisation ends the search."""
    last = 0
    for j in range(k + 1, len(run)):
        if run[j - 1].poss or _known_org_at(run, j):
            break
        low = run[j].text.lower().rstrip(".")
        if low in _ORG_LAST:
            last = j + 1
        elif low in _NOT_NAME and low not in _ORG_INNER:
            break
    if last and any(t.text.lower() in _NOT_NAME - _ORG_INNER for t in run[k:last]):
        return 0
    return last


def _known_org_at(run: list[Token], k: int) -> int:
    """Length of the longest well-known organisation name starting at run[k], or 0."""
    for size in range(min(MAX_KNOWN_TOKENS, len(run) - k), 0, -1):
        if any(t.poss for t in run[k : k + size - 1]):
            continue
        key = tuple(t.text.lower() for t in run[k : k + size])
        if key in KNOWN_TOKENS:
            return size
    return 0


def _span(sentence: str, part: list[Token]) -> str:
    return sentence[part[0].start : part[-1].end]


def _mention(kind: str, sentence: str, part: list[Token], name: str = "") -> Mention:
    text = _span(sentence, part)
    end = part[-1].end
    if kind == "O" and part[-1].text.lower() in LEGAL and sentence[end : end + 1] == "." and not part[-1].poss:
        end += 1  # "Covariant Inc., a startup": the abbreviation's dot is part of the name
    return Mention(kind, part[0].start, end, text, name or text, part[-1].poss, tuple(t.text for t in part))


# Title-case headline verbs: "Modal Raises ...", "Acme Hires ..." name an organisation, not a person.
_HEADLINE_VERBS = set(
    """
raises hires hints joins leaves names taps launches loses lands adds poaches nabs snags appoints unveils
announces acquires buys sells expands cuts lays plans debuts releases opens closes secures bets partners
signs says warns wins taps promotes departs exits returns rejoins files sues invests valued soars
""".split()
)


def _chunk_mention(sentence: str, part: list[Token], headline: bool) -> Mention:
    words = [t.text for t in part]
    generic_ai = words[-1] == "AI" and words[-2].lower().endswith(("an", "ese", "ish", "ive"))  # "European AI"
    if (
        len(part) > 1
        and not generic_ai
        and (words[-1].lower().rstrip(".") in SUFFIXES or words[0].lower() in _ORG_HEADS)
    ):
        return _mention("O", sentence, part, canonical_org(_span(sentence, part)))
    if (
        len(part) > 1
        and all(_name_shaped(w) or w.lower() in _PARTICLES for w in words)
        and _name_shaped(words[-1])
        and not _INITIALS.fullmatch(words[0])
    ):
        if headline and len(part) > 2:
            part = part[:2]  # title-case headline: "Sam Altman Hints At ..." keeps two words
        if headline and len(part) == 2 and words[1].lower() in _HEADLINE_VERBS:
            return _mention("E", sentence, part[:1])  # "Modal Raises $80 Million": a name and a verb
        if len(part) > 2 and words[0].lower() in PLACES:
            part, words = part[1:], words[1:]  # "Africa Alex Okosi": a region's name before the person's
        if len(part) <= 5 and words[-1].lower() not in _NOT_SURNAME and words[-1].lower() not in PLACES:
            return _mention("P", sentence, part)
    return _mention("E", sentence, part)


# Last words that make a capitalised pair a thing, not a person: "Foundation Models", "Turing
# Award", "Hyde Park Angels", "Design Executive".
_NOT_SURNAME = set(
    """models systems products services solutions devices apps markets sales operations affairs resources
    relations communications engineering team teams group unit division office award awards prize medal
    angels square avenue road center centre executive officer president chairman director
    summit conference program programme project initiative fellowship scholarship gms execs ceos ctos cfos vps
    executives alumni staffers founders employees engineers researchers""".split()
)


# ---------------------------------------------------------------------------------------
# People: full names as first written, and the shorter forms that refer back to them


class _People:
    def __init__(self):
        self.names: list[tuple[str, ...]] = []  # token tuples of full names, first mention first
        self.display: dict[tuple[str, ...], str] = {}
        self.last_seen: dict[tuple[str, ...], int] = {}
        self.aliases: dict[tuple[str, ...], set[str]] = {}

    def add(self, mention: Mention) -> None:
        key = _fold(mention.tokens)
        if self._match(key) is None:
            self.names.append(key)
            self.display[key] = " ".join(mention.tokens)
            self.aliases[key] = set()

    def _match(self, key: tuple[str, ...]) -> tuple[str, ...] | None:
        if key in self.display:
            return key
        best = None
        for name in self.names:
            if len(key) < len(name) and name[-len(key) :] == key:
                score = 2
            elif len(key) > len(name) and key[-len(name) :] == name:
                score = 2  # "Diederik Durk Kingma" after "Durk Kingma"
            elif len(key) == 1 and name[0] == key[0]:
                score = 1  # a first name: "Andrej will always be welcome"
            else:
                continue
            rank = (score, self.last_seen.get(name, -1))
            if best is None or rank > best[0]:
                best = (rank, name)
        return best[1] if best else None

    def resolve(self, mention: Mention, order: int) -> str | None:
        name = self._match(_fold(mention.tokens))
        if name is None:
            return None
        self.last_seen[name] = order
        surface = " ".join(mention.tokens)
        if surface != self.display[name]:
            self.aliases[name].add(surface)
        return self.display[name]

    def key_of(self, display: str) -> tuple[str, ...]:
        return next(k for k, v in self.display.items() if v == display)


def _fold(tokens) -> tuple[str, ...]:
    return tuple(t.lower() for t in tokens)
