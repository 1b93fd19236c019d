"""Finding career moves ("who moved where and when") in the text of a news article.

Pure Python over strings, in three steps:

1. Sentences are split (careful with "Feb. 8", "U.S.", "Inc.", initials).
2. In each sentence, mentions are found: people (capitalised name patterns, never a list
   of names), organisations (a list of well-known ones plus names ending in "Labs",
   "Inc." ...), other capitalised names, and date phrases. Surnames, first names and
   pronouns are resolved back to the person's full name as first written in the article.
3. The sentence is rewritten as a *skeleton* in which each mention is a symbol
   (``⟨P0⟩ left ⟨O1⟩ ⟨D2⟩ to join ⟨O3⟩``) and trigger patterns run over it. A person
   only moves when a pattern puts them in the mover's slot: "a partner at Menlo
   Ventures", "head of Stanford's lab" or "is on sabbatical" match nothing.

Each move takes the date phrase of its own clause (dates are handed to the nearest move
verb, each verb taking at most one), resolved against the publication date.
"""

from __future__ import annotations

import bisect
import datetime
import os
import re
import signal
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from . import dates
from .confidence import move_confidence
from .fallback import fallback_atoms
from .orgs import KNOWN_TOKENS, LEGAL, MAX_KNOWN_TOKENS, PLACES, PRODUCTS, SUFFIXES, canonical_org
from .records import DAY, FOUND, JOIN, LEAVE, MONTH, MOVE, REJOIN, YEAR, ExtractedMove, ParsedArticle, PartialDate
from .rules import all_rules

USE_FALLBACK = True  # bench toggles it to measure what the fallback adds


def extract_article(article: ParsedArticle) -> list[ExtractedMove]:
    return extract_moves(article.text, article.published)


# CPU seconds one file may take before it is reported as too complex (a 1 MB article takes
# about 7 s here; the limit only stops pathological input). INGEST_FILE_TIME_LIMIT overrides it.
TIME_LIMIT = float(os.environ.get("INGEST_FILE_TIME_LIMIT", "30"))


class ExtractionTimeout(Exception):
    """A file whose extraction ran past TIME_LIMIT CPU seconds."""

    def __repr__(self) -> str:
        return str(self)


def extract_or_error(article: ParsedArticle) -> list[ExtractedMove] | Exception:
    """extract_article for worker processes: a bug on one article comes back as the error,
    so the loader reports that file and goes on with the others. A file that runs past
    TIME_LIMIT CPU seconds comes back as ExtractionTimeout ("too complex")."""
    try:
        with _time_limit(TIME_LIMIT):
            return extract_article(article)
    except Exception as exc:  # noqa: BLE001
        return exc


@contextmanager
def _time_limit(seconds: float):
    """Raise ExtractionTimeout after `seconds` of CPU time. Signals only reach the main thread,
    so elsewhere (a server thread) there is no limit."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum, frame):
        raise ExtractionTimeout(f"too complex: extraction stopped after {seconds:g} CPU seconds")

    previous = signal.signal(signal.SIGPROF, expired)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def extract_moves(text: str, published: datetime.date | None) -> list[ExtractedMove]:
    """All moves stated in `text`, one per (person, organisation, direction), in text order."""
    return _Article(text, published).moves()


# ---------------------------------------------------------------------------------------
# Sentences


@dataclass
class Sentence:
    start: int  # offsets in the article text: text[start:end] == self.text
    end: int
    text: str
    para: int


_ABBREVIATIONS = set(
    """
mr mrs ms dr prof sr jr st inc corp co ltd llc vs etc no gen sen rep gov lt col capt sgt jan feb mar
apr jun jul aug sep sept oct nov dec approx dept est fig mt ft ave univ
""".split()
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9À-ÖØ-Þ])")
_LINE_MARKER = re.compile(
    r"[ \t]*(?:[-*•–—]+[ \t]+|#{1,6}[ \t]+|>[ \t]*)?"
    # "SAN FRANCISCO, Nov 12 (Reuters) - ": a dateline, not the subject of the first sentence
    # "NEW YORK, June 10 (Reuters) - ", "PALO ALTO, Calif., Oct. 3, 2025 /PRNewswire/ -- "
    r"(?:[A-Z][A-Z.'’ -]{2,}?(?:,[ \t]*[A-Z][a-z]{1,4}\.)?(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?"
    r"[ \t]*(?:\([A-Z][\w ]+\)[ \t]*|/[\w -]+/[ \t]*)?"
    r"(?:--|[—–-])[ \t]+)?"
)


def split_sentences(text: str) -> list[Sentence]:
    sentences = []
    pos = 0
    for para, line in enumerate(text.split("\n")):
        line_start = pos
        pos += len(line) + 1
        start = _LINE_MARKER.match(line).end()
        for m in _SENTENCE_END.finditer(line, start):
            if line[m.start()] == "." and _is_abbreviation(line, m.start()):
                continue
            _add_sentence(sentences, line, line_start, start, m.end(), para)
            start = m.end()
        _add_sentence(sentences, line, line_start, start, len(line), para)
    return sentences


_WORD_BEFORE = re.compile(r"[\w.]*$")


def _is_abbreviation(line: str, dot: int) -> bool:
    word = _WORD_BEFORE.search(line[max(0, dot - 40) : dot]).group(0)  # a bounded look-back keeps this linear
    return (
        word.lower() in _ABBREVIATIONS
        or (len(word) == 1 and word.isupper())
        or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word) is not None
    )


def _add_sentence(sentences, line, line_start, start, end, para):
    chunk = line[start:end]
    stripped = chunk.strip()
    if stripped:
        s = line_start + start + (len(chunk) - len(chunk.lstrip()))
        sentences.append(Sentence(s, s + len(stripped), stripped, para))


# ---------------------------------------------------------------------------------------
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
since during until about against between through without within via per than then when while where
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
italian spanish swiss dutch swedish australian african asian western eastern silicon valley wall
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
        return all(p[:1].isupper() or (len(p) <= 4 and p.isalpha() and p not in _COMPOUND_TAILS) for p in rest)
    return True


# Lowercase tails of capitalised compounds that are adjectives, not given names ("Paris-born").
_COMPOUND_TAILS = set(
    """
led run era born like wide free made only less ish type year old new long up down in out off on side
star size bred back tier linked
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
        while j < n and not run[-1].poss and tokens[j].start - run[-1].end <= 1:
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
        while len(part) > 1 and part[-1].text.lower() in _PARTICLES | {"of", "for", "&"}:
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
        if len(part) <= 5 and words[-1].lower() not in _NOT_SURNAME and words[-1].lower() not in PLACES:
            return _mention("P", sentence, part)
    return _mention("E", sentence, part)


# Last words that make a capitalised pair a thing, not a person: "Foundation Models", "Turing
# Award", "Hyde Park Angels", "Design Executive".
_NOT_SURNAME = set(
    """models systems products services solutions devices apps markets sales operations affairs resources
    relations communications engineering team teams group unit division office award awards prize medal
    angels square avenue road center centre executive officer president chairman director
    summit conference program programme project initiative fellowship scholarship""".split()
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


# ---------------------------------------------------------------------------------------
# Skeleton patterns. Symbols: ⟨P0⟩ person, ⟨O1⟩ organisation, ⟨E2⟩ other name, ⟨D3⟩ date.

P = r"⟨P\d+⟩"
ORG = r"⟨[OE]\d+⟩"
D = r"⟨D\d+⟩"
_ITEM = (
    rf"{P}(?:\s*\([^()]*\)|\s*,\s*(?:the|a|an|who|formerly|former|its|his|her)\b(?:[^,;⟨()]|⟨[OED]\d+⟩)*"
    rf"(?=\s*,\s*(?:and\s+)?{P}))?"
)
PLIST = rf"{_ITEM}(?:\s*,\s*{_ITEM})*(?:\s*,?\s*(?:and|&)\s+{_ITEM})?"
_STOP = (
    r"to|as|at|in|on|for|from|with|by|of|and|or|but|that|which|who|whom|whose|after|before|since|when|"
    r"while|than|then|into|over|under|about|these|those|he|she|they|it|was|is|were|are|be|been|being|"
    r"has|have|had|will|would|could|should|may|might|can|not|no|never|said|says|if|whether|because|so|"
    r"where|how|what|also|only|just|where|its|his|her|their|this|said|told|including"
)
_DESC = rf"(?:the|a|an|its|his|her|their|rival|fellow|(?!(?:{_STOP})\b)[A-Za-z][\w-]*|\$[\d.,]+|{P}'s?)"
_AUX = (
    r"has|have|had|is|are|was|were|am|will|shall|be|been|being|also|now|then|just|recently|reportedly|"
    r"officially|formally|quietly|finally|eventually|ultimately|later|previously|already|since|first|"
    r"originally|initially|soon|once|subsequently|abruptly|suddenly|too|himself|herself|themselves|both|"
    r"all|each|together|currently|still|briefly|publicly|instead|itself|"
    r"ended up|went on to|went off and|go on to|decided to|agreed to|chose to|opted to|"
    r"(?:is|are|was|were) (?:set|expected|poised|slated|scheduled|due|about|going) to|plans? to|"
    r"planned to|would go on to|would later|would eventually|would then|would|helped|help|"
    r"'s|'ll|'d|'ve|'re|'m"
)
_GAP = rf"(?:\s*(?:,\s*)?(?:(?:{_AUX})(?![\w-])|{D}))*"
# "The pair had co-founded the startup": a group named in an earlier sentence
_GROUP_SUBJECT = r"the\s+(?:pair|duo|trio|two|three|couple|co-?founders|founders)"
_SUBJ = (
    rf"(?:{PLIST}|\b(?:he|she|they|who|I|we)\b|\b{_GROUP_SUBJECT}\b|"
    rf"(?:his|her|their|{P}'s)\s+(?:decision|move|choice)\s+to)"
)
_APPOS = r"(?:\s*,(?:[^;⟨]|⟨[OED]\d+⟩|⟨P\d+⟩'s?){1,160}?,|\s*\([^()]*\))?"
_SUBJ_LEFT = re.compile(rf"(?P<subj>{_SUBJ})(?P<appos>{_APPOS})(?P<gap>{_GAP})\s*,?\s*$", re.IGNORECASE)
# The first of two people named with their titles: "⟨P4⟩, and VP of research " before "⟨P5⟩".
_TITLED_PAIR = re.compile(
    r"(?P<p>⟨P\d+⟩)\s*(?:,\s*(?:and\s+)?|(?:and|&)\s+)(?:[A-Z][\w-]*|head|chief|vice|senior|former|research)\s+"
    r"(?:[\w-]+\s+){0,4}$"
)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|whether|unless|would|could|might|may|maybe|perhaps|potential(?:ly)?|possibl[ey]|rumou?r(?:ed|s)?|"
    r"speculat\w*|assum(?:e|ed|ing)|figured|guess(?:ed)?|imagined|in talks|considering|consider|hint\w*|hopes?|"
    r"want(?:s|ed)?|wish\w*|not|never|no longer|"
    r"denie[sd]|deny|how to|no plans|declined to say)\b",
    re.IGNORECASE,
)

_ANAPHOR = (
    rf"(?:the|{P}'s?)\s+(?:(?!(?:the|a|an|to|at|of|from|for|with|by|join\w*|left|leav\w*)\s)[\w–-]+\s+|{ORG}[\w–-]*\s+)"
    rf"{{0,4}}?(?:company|firm|startup|start-up|lab|laboratory|[\w-]*maker|giant|"
    rf"organi[sz]ation|outfit|employer|business|venture|institute|agency|university|nonprofit|non-profit|department|office|"
    rf"unicorn|decacorn|"
    rf"school|college|faculty|bank|lender|insurer|retailer|chain|carrier|operator|manufacturer|publisher|"
    rf"newspaper|paper|broadcaster|network|club|group|conglomerate|airline|brand|label|studio|fund)"
    rf"(?![\w-])(?!\s*,?\s*{ORG}(?!\s+(?:reported|said|says|told|announced|confirmed|wrote|added)\b))"
)
_OBJ = re.compile(
    rf"\s*(?:(?P<anaph>{_ANAPHOR})|(?:{_DESC}\s+){{0,6}}?(?P<org>{ORG}))(?P<poss>'s?)?(?![\w-])",
    re.IGNORECASE,
)
_AFTER_POSS = re.compile(
    rf"\s+(?:new\s+|own\s+)?(?P<org2>{ORG})(?P<unit>(?:\s+[\w-]+){{0,2}}?\s+(?:team|unit|division|group|lab|arm|"
    rf"organi[sz]ation|department|effort|project|business))?"
    rf"|\s+(?P<role>(?:(?!(?:{_STOP})\b)[a-z][\w-]*\s+){{0,4}}(?!(?:{_STOP})\b)[a-z][\w-]*)"
)
_ROLE_AS = re.compile(
    # "..., formerly head of perception at Waymo, as its chief technology officer"
    r"(?:\s*,(?:[^,;⟨]|⟨[OED]\d+⟩){1,120}?(?=,\s*as\b))?"
    r"\s*,?\s+as\s+(?:(?:its|the|a|an|their|his|her|our|new|interim|acting)\s+)*"
    r"(?P<role>(?:[\w-]+\s+){0,5}?[\w-]+)(?=\s*[,.;)]|\s+(?:and|on|in|at|after|to|from|where|when|effective)\b|"
    r"\s*⟨|\s*$)",
    re.IGNORECASE,
)

_V_JOIN = (
    rf"join(?:s|ed|ing)? (?:{P}|him|her|them|me|us) (?:at|in)(?= (?:the )?{ORG})|"
    rf"join(?:s|ed|ing)?|sign(?:s|ed|ing)? on (?:with|at|to)|"
    rf"(?:sign(?:s|ed|ing)? on|c(?:ame|omes?|oming) (?:aboard|on board)) as(?= (?:the )?{ORG}'s? )|"
    rf"(?:move[sd]?|moving) (?:over )?to(?: (?:a |an )?(?:new )?(?:role|job|position|post) (?:at|with))?|"
    rf"head(?:s|ed|ing)? to|jump(?:s|ed|ing)? (?:ship )?to|defect(?:s|ed|ing)? to|"
    rf"decamp(?:s|ed|ing)? (?:to|for)|went to|go(?:es)? to|going to|"
    rf"start(?:s|ed|ing)?(?:\s+{D})? (?:work(?:ing)? )?(?:at|with|on)|land(?:s|ed|ing)? at|"
    rf"(?:take|takes|took|taking) (?:over )?the (?:helm|reins) (?:at|of)|"
    rf"(?:take|takes|took|taking|accept(?:s|ed)?) (?:a |an |the )?(?:new )?(?:job|role|position|post) "
    rf"(?:at|with)|"
    rf"start(?:s|ed|ing)? (?:a |my |his |her |their )?new (?:job|role|position|post|chapter)"
    rf"(?: as(?: [\w-]+){{1,6}}?)? (?:at|with)|"
    rf"(?:was|were|been|is|are|being|get|gets|got) (?:hired|recruited|poached|lured|tapped|brought on|"
    rf"brought in|snapped up|acqui-?hired) (?:away )?(?:by|at)"
)
# "has been at Hugging Face since 2021" (the date symbol stands for the "since" phrase)
_V_TENURE = rf"(?:been|worked|served) (?:at|with|for)(?=\s+(?:the\s+)?{ORG}(?:'s\s+[\w\s-]+?)?\s+(?:since\b|{D}))"
_V_REJOIN = (
    r"re-?join(?:s|ed|ing)?|return(?:s|ed|ing)? to|(?:is|are|was|were|be) back (?:at|with)|"
    r"c[ao]me(?:s)? back to|coming back to|boomerang(?:s|ed|ing)? (?:back )?to|"
    r"(?:head|go|move)(?:s|ed|es|ing)? back to|went back to|(?:has|have|had) gone back to"
)
_V_LEAVE = (
    r"(?:left|quit|leaving|leaves) (?:his|her|their) (?:job|role|post|position|seat) (?:at|with)|"
    r"walk(?:s|ed|ing)? out (?:of|on)|"
    r"left|leav(?:es|ing)|leave|depart(?:s|ed|ing)?(?: from)?|quit(?:s|ting)?|"
    r"(?:gave|give|gives|giving|handed in|hand in|hands in) (?:(?:his|her|their) )?(?:notice|resignations?)|"
    r"resign(?:s|ed|ing)?(?: from)?|exit(?:s|ed|ing)?|part(?:s|ed|ing)? ways with|"
    r"(?:step(?:s|ped|ping)?|stood|stands|standing) (?:down|aside)(?: from)?|walk(?:s|ed|ing)? away from|"
    r"bow(?:s|ed|ing)? out of|retir(?:es|ed|ing)(?: from)?|"
    r"(?:said|announced|confirmed) (?:that )?(?:they|he|she) (?:were|was|are|is|would be) (?:leaving|departing)|"
    r"(?:was|were|been|is|are|being|got|get) (?:fired|ousted|pushed out|forced out|let go|dismissed|shown the door|"
    r"laid off)(?: from| by)?"
)
_V_FOUND = (
    r"co-?found(?:ed|s|ing)?|found(?:ed|s|ing)|(?<=to )found|(?<=and )found|start(?:ed|s|ing)?|"
    r"launch(?:ed|es|ing)?|set(?:s|ting)? up|establish(?:ed|es|ing)?|spun out|spin(?:s|ning)? out|"
    r"(?:was|is|were|became|becomes) (?:a |an |the |one of the )?(?:co-?)?founders? of|"
    r"(?:was|is|were|became) (?:a |an |one of the |the )?founding (?:member|team member|engineer|"
    r"researcher|employee|scientist|partner)s? (?:of|at)"
)
_V_ROLE_JOIN = (
    r"(?:will )?become(?:s)?|became|becoming|(?:was|were|is|has been|have been|been|being) "
    r"(?:named|appointed|tapped|picked|chosen|selected|hired|brought in|"
    r"brought on)(?: as| to be| to lead| to run)?|(?:take|takes|took|taking) over as|join(?:s|ed)? as"
)
_V_ROLE_LEAVE = (
    r"(?:step(?:s|ped|ping)?|stood|stands|standing) down as|resign(?:s|ed|ing)? as|"
    r"(?:was|were|been|is|being) (?:ousted|fired|removed|replaced|dismissed) as|"
    r"(?:quit|left|leav(?:es|ing)) (?:his|her|their) (?:role|job|post|position) as|"
    r"retir(?:es|ed|ing) as|(?:is|are|was|were|be) out as"
)
_ROLE_OBJ = re.compile(
    rf"\s+(?:(?P<org1>{ORG})'s?\s+(?:new\s+)?(?P<role1>(?:[\w-]+\s+){{0,5}}?[\w-]+?)(?=\s*[,.;]|\s+(?:on|in|at|"
    rf"after|and|effective|⟨)|\s*$)|(?:(?:the|a|an|its|new|interim|acting)\s+)*(?P<role2>(?:[\w-]+\s+){{0,6}}?)"
    rf"(?:of|at|with|for)\s+(?:(?P<anaph>{_ANAPHOR})|(?:the\s+)?(?P<org2>{ORG})))",
    re.IGNORECASE,
)
_VERBS = [(JOIN, f"{_V_JOIN}|{_V_TENURE}"), (REJOIN, _V_REJOIN), (LEAVE, _V_LEAVE), (FOUND, _V_FOUND)]
_VERB_RE = re.compile("|".join(rf"(?P<{kind}>(?<![\w-])(?:{v}))(?![\w-])" for kind, v in _VERBS), re.IGNORECASE)
# "will succeed Laila Ahmadi as chief executive of Fathom Health"
_V_SUCCEED = rf"succeed(?:s|ed|ing)? {P}(?:'s)? as|replac(?:e|es|ed|ing) {P} as"
_ROLE_VERB_RE = re.compile(
    rf"(?<![\w-])(?:(?P<join>{_V_ROLE_JOIN}|{_V_SUCCEED})|(?P<leave>{_V_ROLE_LEAVE}))(?![\w-])", re.IGNORECASE
)

# Roles that are not employment: joining a board, advising, investing.
_NOT_A_JOB = re.compile(
    r"(?:(?:its|the|a|an)\s+)?(?:board|advisory|adviser|advisor|investor|observer|limited partner)\b", re.IGNORECASE
)
_NOT_A_JOB_AFTER = re.compile(
    r"(?:'s?)?\s*(?:,\s*)?(?:as\s+(?:an?\s+|its\s+)?(?:adviser|advisor|investor|board|observer|strategic advis)|"
    r"(?:'s)?\s+board\b)",
    re.IGNORECASE,
)
_ARRIVAL = re.compile(
    rf"(?<![\w-])(?:comes?|came|coming|arriv(?:es|ed|ing)|join(?:s|ed|ing)?|mov(?:es|ed|ing)\s+over|"
    rf"(?:has|have|had)\s+(?:come|arrived|joined))\s+(?:(?:to|at)\s+(?:the\s+)?(?P<to>{ORG})\s+)?"
    rf"(?:over\s+)?from\s+(?:the\s+)?(?P<org>{ORG})",
    re.IGNORECASE,
)
_JOINING = re.compile(
    rf"\bjoining\s+(?:(?P<host>{P}|{ORG}|him|her|them|me|us)\s+(?:at|in)\s+)?(?:the\s+)?"
    rf"(?:(?P<org>{ORG})|(?P<anaph>{_ANAPHOR}|team))(?:\s+{D}|\s+this\s+(?:term|semester|fall|spring|year))?"
    rf"\s+(?:are|is|will\s+be|were|was)\s+(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?"
    rf"(?:(?:[\w-]+\s+){{0,4}}?(?:including|such as)\s+)?(?P<plist>{PLIST})"
    rf"(?:\s*,\s*(?:both|all|each)\s+(?:formerly\s+)?(?:of|from)\s+(?:the\s+)?(?P<from>{ORG}))?"
    rf"|\b(?:be|been|is|was|were|are|being)\s+joined\s+(?:at\s+(?:the\s+)?(?P<org2>{ORG})\s+)?by\s+"
    rf"(?P<plist2>{PLIST})",
    re.IGNORECASE,
)
# "Yuki Tanaka (formerly of Epic) now leads product at Ambience": a current job, read as a move
# only when the sentence also names an earlier one.
_NOW_AT = re.compile(
    rf"\b(?:now|currently)\s+(?P<v>leads|heads|runs|oversees|manages|works|serves)\b(?:[^⟨.;,]{{0,50}}?\s)?"
    rf"(?:at|for|with|of)\s+(?:the\s+)?(?P<org>{ORG})",
    re.IGNORECASE,
)
_NOW_POST = re.compile(
    rf"(?<![\w-])(?:is|are)\s+now\s+(?:the\s+)?(?P<org>{ORG})'s?\s+(?P<role>(?:[\w-]+\s+){{0,4}}?(?:officer|chief|"
    rf"ceo|cto|cfo|coo|president|scientist|head|lead|director|chair(?:man|woman)?)(?:\s+of\s+[\w-]+)?)\b",
    re.IGNORECASE,
)
# "left in January and is now an entrepreneur-in-residence at General Catalyst"
_NOW_ROLE_AT = re.compile(
    rf"(?<![\w-])(?:is|are)\s+now\s+(?:an?|the)\s+(?:(?!(?:{_STOP})\b)[\w-]+\s+){{1,5}}?(?:at|with)\s+(?:the\s+)?"
    rf"(?P<org>{ORG})(?!')",
    re.IGNORECASE,
)
_EARLIER_JOB = re.compile(r"\b(?:former|formerly|previously|ex-|after|from|who spent|left|until)\b", re.IGNORECASE)
# "was a research scientist at Google Brain from 2016 to 2020": both ends of a stint.
_TENURE_RANGE = re.compile(
    rf"\b(?:at|with|for|of|joined)\s+(?:the\s+)?(?P<org>{ORG})(?:'s)?(?:\s+[\w-]+){{0,3}}?\s+"
    rf"(?:(?P<d1>{D})\s*(?:to|until|till|through|and|[-–—])\s*(?P<d2>{D})|between\s+(?P<d3>{D})\s+and\s+(?P<d4>{D})|"
    rf"\(\s*(?P<d5>{D})\s*[-–—]\s*(?P<d6>{D})\s*\))",
    re.IGNORECASE,
)
# "from 2014 to 2020, Ms. Huang held various finance roles at Intuit": the range first.
_RANGE_FIRST = re.compile(
    rf"(?P<d1>{D})\s*(?:to|until|till|through|[-–—])\s*(?P<d2>{D})\s*,\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    rf"(?P<p>{P}|\b(?:he|she)\b)\s+(?:held|was|worked|served|led|ran)\b[^⟨;.]{{0,60}}?\b(?:at|with|for)\s+"
    rf"(?:the\s+)?(?P<org>{ORG})",
    re.IGNORECASE,
)
# "Lucas Ferreira decamped to Runway": verbs that say someone left somewhere, unnamed.
_DEFECT = re.compile(r"^(?:decamp|defect|jump)", re.IGNORECASE)
_DEFECT_HINT = re.compile(r"decamp|defect|jump", re.IGNORECASE)
_FORMER_ANAPH = re.compile(
    rf"(?P<anaph>{_ANAPHOR})'s?\s+former\s+(?P<role>(?:[\w-]+\s+){{0,4}}?[\w-]+)(?=\s*[,)]|\s+{P}|\s*$)",
    re.IGNORECASE,
)
# "Rebecca Stone, who led the institute's evaluations team, has been hired by Anthropic"
_WHO_LED_POSS = re.compile(
    rf"(?P<p>{P})\s*,\s*who\s+(?:led|ran|headed|oversaw|managed|built|co-led)\s+(?:the\s+)?"
    rf"(?:(?:[\w-]+\s+){{1,3}}?(?:behind|at|for|of)\s+(?:the\s+)?)?(?:(?P<org>{ORG})|(?P<anaph>{_ANAPHOR}))'s?\s",
    re.IGNORECASE,
)
# "a longtime Microsoft executive who ...": the employer a description names before "who".
_EMPLOYER_BEFORE = re.compile(
    r"(?P<o>⟨O\d+⟩)\s+(?:[\w-]+\s+){0,2}?(?:executive|exec|engineer|researcher|scientist|leader|veteran|"
    r"manager|designer|staffer|employee)\s+$",
    re.IGNORECASE,
)
# "Harvey's previous revenue chief, Tobias Wren, exited": the organisation of the subject's title.
_TITLE_POSSESSOR = re.compile(
    rf"(?:^|[.:]\s+|\s)(?P<o>{ORG})'s\s+(?:(?:former|previous|outgoing|longtime|top|chief|head|vice|senior)\s+)?"
    rf"(?:(?!(?:who|which|and|said)\b)[\w-]+\s+|{ORG}\s*){{0,5}}?(?:[\w-]+|{ORG})\s*,\s*$",
    re.IGNORECASE,
)
# What may follow a leave verb that has no object: "left in 2021", "left to join Y", "left for Y".
_OWN_ORG = re.compile(
    rf"\bwho\s+(?:(?:also|had|later|first)\s+)*(?:co-?founded|founded|helped\s+(?:to\s+)?(?:found|start|launch)|"
    rf"joined|rejoined)\s+(?:the\s+)?(?P<o>{ORG})[^⟨;]*$",
    re.IGNORECASE,
)
_JOINED_BEFORE = re.compile(
    rf"\bwho\s+(?:had\s+|only\s+|just\s+|recently\s+)*joined\s+(?P<o>{ORG})(?:[^⟨;]|⟨D\d+⟩)*$", re.IGNORECASE
)
_WHERE_CLAUSE = re.compile(rf"(?P<o>{ORG})\s*,\s*where\s+(?:he|she|they|I)\b[^⟨;]*$", re.IGNORECASE)
# A subject's appositive naming the post they hold now: ", the head of robotics at Google,".
_CURRENT_POST = re.compile(
    rf"\s*,\s*(?:(?:the|a|an)\s+)?(?!(?:former|ex-|onetime|one-time)\b)(?:[\w-]+\s+){{1,5}}?(?:at|of|for)\s+"
    rf"(?:(?:the|[a-z][\w-]*|AI)\s+){{0,4}}?(?P<o>{ORG})(?:'s?\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)?\s*,\s*$"
    rf"|\s*,\s*(?P<o2>{ORG})'s?\s+(?!(?:former|ex-|onetime|one-time|previous)\b)(?:[\w-]+\s+){{0,4}}?[\w-]+\s*,\s*$"
    rf"|\s*,\s*(?:a|an|the)\s+(?:(?:longtime|veteran|senior|top|key)\s+)?(?P<o3>{ORG})\s+(?:[\w-]+\s+){{0,8}}?[\w-]+\s*,\s*$"
)
_ITS_POST = re.compile(
    r"\s*,\s*(?:its|their)\s+(?!(?:former|ex-|onetime|one-time|previous)\b)(?:[\w-]+\s+){0,5}?[\w-]+\s*,\s*$"
)
_SAID_SUBJ = re.compile(
    rf"(?P<subj>{P})(?P<appos>{_APPOS})\s*(?:⟨D\d+⟩\s*)?(?:announced|said|says|confirmed|revealed|wrote|posted)\b"
    rf"\s*(?:⟨D\d+⟩\s*)?(?:that\s+)?$",
    re.IGNORECASE,
)
_ACADEMIC = re.compile(
    r"universit|college|school|institute|\b(?:MIT|Stanford|Harvard|Berkeley|Oxford|Cambridge|Caltech|Princeton|"
    r"Carnegie Mellon|ETH|Mila|EPFL)\b",
    re.IGNORECASE,
)
_FOUNDED_UNIT = re.compile(
    rf"\s+(?P<o>{ORG})'s?\s+(?:(?:⟨[OE]\d+⟩|[\w-]+)\s+){{0,4}}?(?:lab|laboratory|unit|team|division|group|"
    rf"department|program|practice|office)\b",
    re.IGNORECASE,
)
_OBJECTLESS_OK = re.compile(
    rf"\s*(?:(?:just|only|also|too|abruptly|quietly|suddenly|recently|reportedly|officially|soon|shortly)\s+)*"
    rf"(?:$|[,.;:—–)]|{D}|(?:to|for|after|later|earlier|the same|in|last|this|amid|"
    r"over|because|following|when|with|without|and|but|at the end)\b)",
    re.IGNORECASE,
)
# "X joined in March as head of sales", "Y joined as CISO": a join with no organisation named.
_OBJECTLESS_JOIN = re.compile(rf"(?:\s+{D})?\s+as\s+(?:(?:its|the|a|an|our)\s+)?[\w-]+|\s+{D}\s*(?:[.;]|$)")
# "Perplexity has made several hires", "SSI has been hiring quietly": whose hires the next joins are.
_HIRING_LEAD = re.compile(
    rf"(?P<o>{ORG})\s+(?:has|have|had)\s+(?:also\s+|quietly\s+|recently\s+)*(?:made|announced|added)\s+"
    rf"(?:several|a\s+(?:string|series|number|flurry|slew|handful|round|wave)\s+of|a\s+few|some|\w+)\s+"
    rf"(?:(?:new|senior|key|executive|leadership|high-profile|notable)\s+)*hires\b"
    rf"|(?P<o2>{ORG})\s+(?:has|have|had)\s+been\s+(?:quietly\s+|aggressively\s+)?(?:hiring|staffing\s+up)\b",
    re.IGNORECASE,
)
_ANAPHORIC_TIME = (
    r"(?:\s+(?:(?:later|earlier)\s+)?(?:that|the same|the following|the next)\s+"
    r"(?:day|week|month|year|spring|summer|fall|autumn|winter))"
)
_CHAIN = re.compile(
    rf"(?:\s+{D})?{_ANAPHORIC_TIME}?(?:\s+(?:after|following)\s+[^,;⟨]{{1,40}}?)?\s*,?\s*(?:(?P<inf>to\s+(?:(?P<found>co-?found|"
    rf"found|start|launch|set\s+up)|re-?join|join|work\s+(?:at|for|with)|lead|run|head|return\s+to|go\s+back\s+to|"
    rf"come\s+(?:over\s+)?to|move\s+(?:over\s+)?to)|"
    rf"to\s+become(?P<become>(?:\s+[\w-]+){{0,6}}?\s+(?:at|of|with)(?=\s+(?:the\s+)?(?:(?!(?:at|of|with|for|in)\s)[\w-]+\s+){{0,3}}?{ORG})|"
    rf"\s+(?={ORG}'s))|"
    rf"(?P<for>for)))(?![\w-])",
    re.IGNORECASE,
)
_FROM = re.compile(rf"(?:\s+{D})?(?:\s+away)?\s+from\s+(?:the\s+)?(?P<org>{ORG})", re.IGNORECASE)
# A sentence opening with the subject's title at an organisation: "Kestrel CEO ", "Acme's chief scientist ".
_TITLED_SUBJECT = re.compile(
    rf"\s*(?:[A-Z][\w'’]*(?:\s+[\w'’]+){{0,3}}:\s+)?(?P<o>{ORG})(?:'s)?\s+(?:(?:[\w-]+|&)\s+){{0,4}}?(?:ceo|cto|cfo|coo|chief|head|president|founder|"
    rf"co-?founder|director|officer|lead|vp|scientist|engineer|researcher)\s*,?\s*$",
    re.IGNORECASE,
)
# "joined OpenAI last year as part of the company's deal with Lumen": came from Lumen.
_DEAL_WITH = re.compile(
    rf"(?:\s+{D})?\s*,?\s+(?:as\s+(?:a\s+)?part\s+of|through|via|under|in|following|after)\s+"
    rf"(?:the\s+company's|its|their|the|a|an|{ORG}'s)\s+(?:[\w$.-]+\s+){{0,3}}?(?:deal|agreement|acquisition|"
    rf"acqui-?hire|purchase|takeover|licensing\s+deal)\s+(?:with|of|for)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?P<org>{ORG})",
    re.IGNORECASE,
)
_AGAIN = re.compile(r"\s*\(?again\b", re.IGNORECASE)
_PARTICIPLE = re.compile(
    r"(?:^|[,;]\s*|\b(?:since|after|before|upon|on|while|when|by)\s+)(?P<v>leaving|joining|departing|quitting|"
    r"rejoining|returning to|co-?founding|founding|exiting|stepping down (?:as|from))(?![\w-])",
    re.IGNORECASE,
)
_NOUN = re.compile(
    rf"(?P<owner>\b(?:his|her|their)\b|{P}'s)\s+(?:(?:recent|abrupt|sudden|surprise|planned|expected|upcoming|"
    r"eventual|high-profile|reported|formal|official|own|subsequent|earlier|latest|\w+-year)\s+){0,2}"
    r"(?P<noun>departure|exit|resignation|move|return|arrival|defection|jump|switch|ouster|firing|retirement)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_ANNOUNCED = re.compile(r"\b(?:announced|confirmed|disclosed|revealed)\s+$", re.IGNORECASE)
_NOUN_LIST = re.compile(
    rf"\bthe\s+(?:(?:recent|abrupt|sudden|high-profile)\s+)?(?:departures?|exits?|resignations?|exodus|losses|"
    rf"loss|ousters?|firings?)(?:\s+{D})?\s+of\s+(?:[^⟨:;.]{{0,60}}?(?:{D}\s*)?)?"
    rf"(?::\s*|\b(?:like|such as|including)\s+)?"
    rf"(?P<plist>{PLIST})",
    re.IGNORECASE,
)
# "the departure of X, who oversaw Apple's multimodal research and is now at Google DeepMind"
_DEPARTED_WHO = re.compile(
    rf"\s*,\s*who\s+(?:(?:led|ran|headed|oversaw|managed|co-led|built)\s+(?:the\s+)?"
    rf"(?:(?:[\w-]+\s+){{1,3}}?(?:at|for|of)\s+(?:the\s+)?)?(?P<led>{ORG})(?:'s?\s|\s*[,.;]|\s+and\b))?"
    rf"(?:(?:[^⟨;.]|⟨[OED]\d+⟩){{0,120}}?\b(?:is|are)\s+now\s+(?:at|with|working\s+at)\s+(?:the\s+)?(?P<now>{ORG}))?",
    re.IGNORECASE,
)
_NOUN_HIRE = re.compile(
    rf"\bthe\s+(?:(?:recent|surprise|high-profile)\s+)?(?:hiring|hire|poaching|recruitment|recruiting)\s+of\s+"
    rf"(?P<plist>{PLIST})(?:\s*,[^⟨;]{{1,80}}?,)?(?:\s+{D})?\s+(?:away\s+)?from\s+(?:the\s+)?(?P<org>{ORG})",
    re.IGNORECASE,
)
_HIRE = re.compile(
    r"(?<![\w-])(?P<v>hir(?:ed|es|ing)|poach(?:ed|es|ing)|recruit(?:ed|s|ing)|lur(?:ed|es|ing)|"
    r"snag(?:ged|s|ging)|nab(?:bed|s|bing)|tap(?:ped|s|ping)|nam(?:ed|es|ing)|appoint(?:ed|s|ing)|"
    r"br(?:ought|ings|inging) (?:on|in|along)|(?:bring|bringing|brought|brings) back|picked up|acqui-?hir(?:ed|es|ing)|"
    r"snapped up|woo(?:ed|s)|install(?:ed|s|ing)|"
    r"promot(?:ed|es|ing)|add(?:ed|s|ing))(?:\s+away)?(?![\w-])",
    re.IGNORECASE,
)
_HIRE_OBJ = re.compile(
    rf"\s+(?:away\s+)?(?:from\s+(?P<from>{ORG})\s*,?\s*)?"
    rf"(?:(?P<its>its|their|the company's|{ORG}'s)\s+(?P<pre_role>(?:[\w-]+\s+){{0,5}}?[\w-]+)\s*,\s*|"
    rf"(?:(?:the|a|an)\s+)?(?P<former>former\s+|ex-)?(?:(?P<porg>{ORG})(?:'s)?\s+)?"
    rf"(?P<role>(?:(?!(?:{_STOP})\b)[\w-]+\s+){{0,5}}?)|)"
    rf"(?:(?:[\w-]+\s+)?(?:researchers|engineers|executives|staff|employees|scientists|people|leaders|talent|"
    rf"investors|partners|staffers|members)"
    rf"(?:\s+from\s+(?P<from2>{ORG}))?(?:\s+[\w-]+){{0,3}}?\s*(?:,?\s*(?:including|such as|among them)\s+|:\s*))?"
    rf"(?P<plist>{PLIST})",
    re.IGNORECASE,
)
# A further hire with an origin of its own: "hired A from B and C from D".
_AND_FROM = re.compile(
    rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:[\w-]+\s+){{0,4}}?)(?P<p>{P})\s+(?:away\s+)?from\s+(?:the\s+)?(?P<o>{ORG})",
    re.IGNORECASE,
)
# A further hire named with a title after the list: ", co-founder Douglas Chen".
_TITLED_ITEM = re.compile(
    rf"\s*,\s*(?:and\s+)?(?:(?:co-?founder|cofounder|founder|president|chief|head|vice|senior|lead|principal|"
    rf"[A-Z]{{2,4}})(?:\s+[\w-]+){{0,3}}?)\s+(?P<p>{P})(?!')"
    # "Gross and his longtime investing partner, former GitHub CEO Nat Friedman"
    rf"|\s*,?\s*and\s+(?:his|her|their)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+\s*,\s*(?:(?:former\s+|ex-)(?:⟨[OE]\d+⟩\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?)?(?P<p2>{P})(?!')"
)
# "Brightwell parted ways with X", "It lost its CTO, X, to Cerebras": the organisation loses someone.
_DISMISS = re.compile(
    r"(?<![\w-])(?P<v>part(?:ed|s|ing) ways with|fir(?:ed|es|ing)|oust(?:ed|s|ing)|dismiss(?:ed|es|ing)|"
    r"let(?:s|ting)? go(?: of)?|sack(?:ed|s|ing)|push(?:ed|es|ing) out|forc(?:ed|es|ing) out|"
    r"lost|los(?:es|ing)|lose)(?![\w-])",
    re.IGNORECASE,
)
_LOST_TO = re.compile(
    # "lost X, a Siri engineering director, to OpenAI": the appositive between the person and "to"
    rf"(?:\s*,\s*(?:a|an|the|its|their|his|her|who)\s(?:[^,;⟨]|⟨[OE]\d+⟩){{1,80}}?,)?"
    rf"(?:\s+{D})?\s*,?\s+to\s+(?:(?:rival|fellow)\s+)?(?:the\s+)?(?P<org>{ORG})",
    re.IGNORECASE,
)
# "W&B lost two senior engineers to Modal: A and B both joined ...": the group named after the colon.
_LOST_GROUP = re.compile(
    rf"\s+(?:(?:two|three|four|five|six|several|a\s+pair\s+of|a\s+trio\s+of|[\w-]+)\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:researchers|engineers|executives|staffers|employees|scientists|leaders|people|members|founders|"
    r"co-?founders|cofounders)"
    rf"(?:\s+{D})?\s+to\s+(?:(?:rival|fellow)\s+)?(?:the\s+)?(?P<org>{ORG})(?:\s+{D})?\s*(?::|,\s*(?:including|namely))"
    rf"\s*(?P<plist>{PLIST})",
    re.IGNORECASE,
)


def _lost_group_orgs(skel: str) -> set[str]:
    """Symbols of the organisations a group was lost to: "lost two engineers to ⟨E1⟩: ..."."""
    if "los" not in skel:
        return set()
    found = set()
    for d in _DISMISS.finditer(skel):
        group = _LOST_GROUP.match(skel, d.end())
        if group:
            found.add(group.group("org"))
    return found


_RETURN_BEFORE = re.compile(
    rf"(?<![\w-])(?:re-?join(?:s|ed|ing)?|return(?:s|ed|ing)?\s+to|(?:went|goes|came|comes)\s+back\s+to)\s+"
    rf"(?:the\s+)?(?P<back>{ORG})\s*,\s*where\s+(?:he|she|they)\s+(?:had\s+)?(?:worked|been|spent|served|"
    rf"led|was)\b[^⟨;]{{0,60}}?\bbefore\s+(?:joining|moving\s+to|leaving\s+for|decamping\s+to)\s+"
    rf"(?:the\s+)?(?P<mid>{ORG})",
    re.IGNORECASE,
)
_SAW_LEAVE = re.compile(
    rf"(?<![\w-])(?:saw|seen|sees|seeing|watched)\s+(?:(?:[\w-]+\s+){{0,4}}?)"
    rf"(?:(?P<plist>{PLIST})\s+(?:leave|depart|exit|quit)(?![\w-])(?!\s+(?:the|a|an|his|her|their|its)\b)"
    rf"(?:\s+(?:for|to\s+join)\s+(?:(?:rival|fellow)\s+)?(?:the\s+)?(?P<org>{ORG}))?"
    rf"|(?:[\w-]+\s+){{0,6}}?(?:leave|depart|exit|quit)(?![\w-])(?:\s+[\w-]+){{0,3}}?\s*,?\s*"
    rf"(?:including|among them|such as)\s+(?P<plist2>{PLIST}))",
    re.IGNORECASE,
)
_HIRER_LEFT = re.compile(
    rf"(?P<hirer>{ORG}|{P}|\b(?:it|which)\b|{_ANAPHOR}|\bthe\s+board(?:\s+of\s+directors)?)"
    rf"(?P<appos>{_APPOS})(?P<gap>{_GAP})\s*,?\s*$",
    re.IGNORECASE,
)
_DEAL_TO = re.compile(
    rf"(?P<o>{ORG})(?:\s+itself)?\s+(?:(?:has|had|also)\s+)*(?:struck|strikes|signed|signs|reached|inked|cut|agreed|"
    rf"made)\b[^⟨;]{{0,50}}\b(?:deal|agreement|pact|arrangement)\s+(?:worth\s+[^⟨;]{{0,20}}\s+)?to\s*$",
    re.IGNORECASE,
)
_POACH_TAIL = re.compile(
    rf"(?:\s+{D})?\s*,?\s+(?:so\s+that\s+(?:he|she|they)\s+could\s+(?:work|join)|to\s+(?:work|join)|"
    rf"to\s+become\s+(?:[\w-]+\s+){{0,5}}?|for)\s+(?:(?:at|for|with)\s+)?(?:the\s+)?(?P<org>{ORG})",
    re.IGNORECASE,
)
# "has unveiled her new startup, Thinking Machines Lab": the subject founded it.
_OWN_STARTUP = re.compile(
    rf"(?<![\w-])(?:unveil|launch|announc|debut|reveal|start|found|open)(?:s|ed|ing)?\s+(?:her|his|their)\s+"
    rf"(?:(?:own|new|first|second|next|[\w-]+)\s+){{0,3}}?(?:startup|start-up|company|venture|lab|firm)\s*,?\s+"
    rf"(?:called\s+|named\s+)?(?P<org>{ORG})",
    re.IGNORECASE,
)
_BEFORE_FOUNDING = re.compile(
    rf"(?P<plist>{PLIST})\s+(?:(?:had|all|both|also)\s+)*(?:worked|were|was|served|met)\s+(?:together\s+)?"
    rf"(?:[\w-]+\s+){{0,4}}?(?:at|with)\s+(?:the\s+)?(?P<o1>{ORG})(?:'s\s+[\w-]+(?:\s+[\w-]+)?)?\s*,?\s+"
    rf"(?P<b>before)\s+(?P<v>(?:co-?)?found(?:ing)?|launching|starting|creating|setting\s+up)\s+(?P<o2>{ORG})",
    re.IGNORECASE,
)
_NEW_VENTURE = re.compile(
    rf"\b(?P<pr>my|our|his|her|their)\s+(?:own\s+)?new\s+(?:[\w-]+\s+){{0,2}}?(?:firm|startup|start-up|company|"
    rf"venture|lab|fund)\s*,\s*(?:called\s+|named\s+)?(?P<new>{ORG})"
    rf"|\b(?P<pr2>my|our|his|her|their)\s+(?:last|final)\s+day\s+(?:at|with)\s+(?P<left>{ORG})",
    re.IGNORECASE,
)
_PASSIVE_FOUND = re.compile(
    # "founded by former Anthropic researcher Olivia Brandt"
    # "The company was started last fall by A and B"
    rf"(?<![\w-])(?:(?:co-?)?founded|(?<=\bwas\s)(?:started|launched|set\s+up|formed))\s+(?:{D}\s+)?by\s+"
    rf"(?:(?:former|ex-|the|a|an)\s*)?"
    rf"(?:(?:{ORG}|(?!(?:{_STOP})\b)[a-z][\w-]*)\s+){{0,4}}?(?P<plist>{PLIST})",
    re.IGNORECASE,
)
_COFOUNDERS = re.compile(
    rf"(?:[^;⟨]|⟨[OED]\d+⟩){{0,40}}?\b(?:alongside|with|together with|along with)\s+"
    rf"(?:(?:[\w-]+\s+){{0,3}}?(?:{ORG}\s+)?(?:[\w-]+\s+){{0,2}}?)?"
    rf"(?:(?:at|of|from)\s+(?:the\s+)?{ORG}\s*,\s*)?(?P<plist>{PLIST})",
    re.IGNORECASE,
)
_FOLLOWED = re.compile(
    rf"(?<![\w-])followed\s+(?P<who>him|her|them|{P})\s+to\s+(?:(?:rival|fellow)\s+)?"
    rf"(?P<org>{ORG})",
    re.IGNORECASE,
)
_REL_OBJECT = re.compile(
    rf"(?P<org>{ORG})'?s?\.?,?\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){{0,5}}?(?:startup|company|firm|lab|business|"
    rf"venture|nonprofit)\s+)?(?:which\s+|that\s+|where\s+)?(?P<subj>he|she|they|I|we|{PLIST})\s+(?:(?:had|has|later|"
    rf"first|eventually|ultimately|also)\s+)*(?P<v>co-?founded|founded|started|launched|set up|left|quit|"
    rf"departed|joined|rejoined|helped (?:to )?(?:start|found|launch|build|create))(?![\w-])"
    rf"(?=\s*(?:$|[,.;:]|{D}|in\b|and\b|after\b|to\b|before\b|with\b))",
    re.IGNORECASE,
)

_STINT = (
    r"(?:the\s+(?:past|last|previous)\s+)?"
    r"(?:(?:more than|nearly|almost|about|over|roughly|some|close to)\s+)?(?:(?:a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|several|a few|many|\d+)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:years?|decades?|months?)\s+"
)
# "former Tesla AI Director Andrej Karpathy", "a former executive at Mozilla", "OpenAI's
# former safety lead", "formerly head of perception at Waymo", "who previously led ... at Nvidia".
_ROLE_WORDS = rf"(?:(?!(?:{_STOP})\b)[\w-]+\s+){{0,5}}?"
_FORMER = re.compile(
    rf"(?:\bformer\s+|\bex-|\bone-?time\s+|\berstwhile\s+)(?:{_ROLE_WORDS}(?P<org>{ORG})(?:'s)?"
    rf"(?P<role>(?:\s+(?!(?:{_STOP})\b)[\w-]+){{0,5}})|(?P<role2>(?:[\w-]+\s+){{1,5}}?)(?:at|of|with)\s+"
    rf"(?:the\s+)?(?P<org2>{ORG}))"
    rf"|(?P<org3>{ORG})'s?\s+(?:former|previous|outgoing)\s+(?P<role3>(?:[\w-]+\s+){{0,6}}?[\w-]+)(?=\s*[,)]|\s+{P}|\s*$)"
    rf"|\b(?:formerly|previously|until recently)\s+(?P<org13>{ORG})'s?\s+(?P<role13>(?:[\w-]+\s+){{0,5}}?[\w-]+)"
    rf"(?=\s*[,.;)]|\s*$)"
    rf"|\b(?:formerly|previously|until recently)\s+(?:(?:the|a|an)\s+)?(?P<role4>(?:[\w-]+\s+){{0,6}}?)"
    rf"(?:at|of|with)\s+(?:the\s+)?"
    rf"(?P<org4>{ORG})"
    rf"|\b(?:previously|formerly|most recently|until recently|once)\s+"
    rf"(?:led|worked|was|ran|headed|served|managed|oversaw|held|spent)\b(?P<role5>[^.;,⟨]{{0,80}}?)\b(?:at|with|for|of)\s+(?:the\s+)?(?P<org5>{ORG})"
    rf"|\b(?:was|had been)\s+(?:previously|formerly|once|most recently)\s+(?:a|an|the)?\s*"
    rf"(?P<role6>(?:[\w-]+\s+){{0,5}}?)"
    rf"(?:at|with|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}?(?P<org6>{ORG})"
    rf"|\bwho\s+(?:was|had been)\s+(?:my|his|her|our|their)\s+(?P<role12>(?:[\w-]+\s+){{0,3}}?)(?:at|with)\s+"
    rf"(?:the\s+)?(?P<org12>{ORG})(?=\s*,\s*(?:(?:had|has|then|later)\s+)*(?:moved|left|joined|went|quit))"
    rf"|\bwho\s+(?:was|had been)\s+(?P<org7>{ORG})'s\s+(?P<role7>(?:[\w-]+\s+){{0,4}}?[\w-]+)(?=\s*[,.;)])"
    rf"|\b(?:led|ran|headed|managed|worked|served|was|been)\b(?P<role8>[^.;,⟨]{{0,60}}?)\b(?:at|with|for|of)\s+(?:the\s+)?"
    rf"(?P<org8>{ORG})(?:\s+[\w-]+){{0,3}}?\s+(?:until\b|(?P<until8>{D}))"
    rf"|\bwho\s+(?:had\s+)?(?:led|ran|run|headed|managed|worked|oversaw|overseen)\b(?P<role9>[^.;,⟨]{{0,60}}?)\b"
    rf"(?:at|with|for)\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?(?P<org9>{ORG})"
    # "spent seven years at Google", "after four wonderful years at DeepMind": a finished stint
    # ("has spent" is still going on)
    # "two alumni of Google's TPU team", "a veteran of Stripe"
    rf"|\b(?:alumn(?:i|us|a|ae)|veterans?)\s+of\s+(?:the\s+)?(?P<org11>{ORG})(?P<role11>)"
    rf"|(?<!has )(?<!have )(?:\bspent|\bspending|\bafter|\bfollowing)\s+{_STINT}(?P<role10>)(?:at|with|on|in|inside)\s+"
    rf"(?:the\s+)?(?P<org10>{ORG})",
    re.IGNORECASE,
)
# A sentence about someone's earlier career: every job in it is one they left.
# A past-job description that is the object of a verb or preposition describes someone other
# than the subject: "is stepping down, replaced by ex-Microsoft executive", "hired a former ...".
_OTHER_OBJECT = re.compile(
    r"\b(?:by|hir(?:es|ed|ing)|replac(?:es|ed|ing)|named|appointed|tapp(?:ed|ing)|poach(?:es|ed|ing)|"
    r"recruit(?:s|ed|ing))\s+(?:(?:a|an|the|another|one)\s+)?$",
    re.IGNORECASE,
)
_PROMOTED = re.compile(
    r"\b(?:was|is|has\s+been|will\s+be|were|have\s+been)\s+(?:named|promoted|appointed|elevated|made|tapped)\b",
    re.IGNORECASE,
)
_HISTORY_OPENING = re.compile(
    rf"\s*(?:before\s+(?:that|this|then|joining\s+{ORG}(?:\s+(?P<hd>{D}))?|{ORG})|previously|prior\s+to\s+(?:that|"
    rf"this|joining\s+{ORG}(?:\s+(?P<hd2>{D}))?|{ORG})|earlier\s+in\s+(?:his|her|their)\s+career)\s*,",
    re.IGNORECASE,
)
_PAST_JOB = re.compile(
    rf"\b(?:led|ran|headed|managed|worked|spent|was|served|held)\b[^.;⟨]{{0,60}}?\b(?:at|with|for)\s+(?:the\s+)?"
    rf"(?P<org>{ORG})",
    re.IGNORECASE,
)
_UNTIL = re.compile(rf"(?:\s+[\w-]+){{0,3}}?\s+(?:until\s*)?(?P<d>{D})", re.IGNORECASE)
_GROUP_BEFORE = re.compile(
    rf"(?P<plist>{PLIST})\s*,\s*(?:both|all|each|two|three|four|the two|fellow)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
_THAT_YEAR_HINT = re.compile(r"\b(?:that|same|following|next) year\b", re.IGNORECASE)
_THAT_YEAR = re.compile(
    r"\b(?:(?:later|earlier)\s+)?(?:in\s+)?(?:that|the same|(?P<next>the following|the next))\s+year\b", re.IGNORECASE
)
_SUCCEEDS = re.compile(rf"(?<![\w-])(?:succeed(?:s|ed|ing)?|replac(?:es|ed|ing))\s+(?P<p>{P})", re.IGNORECASE)
# An appositive after a hire's object, and one that names where the person was before.
_HIRE_APPOS = re.compile(r"\s*,\s*(?P<a>(?:[^,;⟨]|⟨[OED]\d+⟩){1,120}?)\s*,")
_EARLIER_APPOS = re.compile(
    r"(?:previously|formerly|former|ex-|most\s+recently|until\s+recently|late\s+of|who\s+(?:was|had\s+been|"
    r"previously|spent|led|ran|headed))\b",
    re.IGNORECASE,
)
_APPOS_ROLE = re.compile(
    r"^\s*(?:previously|formerly|former|ex-|most\s+recently|until\s+recently|late\s+of)?\s*(?:(?:a|an|the)\s+)?"
    r"|\s+(?:at|of|with|on|for)\s*(?:the\s*)?$",
    re.IGNORECASE,
)
_SUCCEEDED_BY = re.compile(
    rf"\b(?:succeeded|replaced)\s+(?:(?:on\s+an\s+interim\s+basis|in\s+the\s+role)\s+)?by\s+(?P<p>{P})", re.IGNORECASE
)
_SUCCESSOR_POST = re.compile(
    rf"\s*,\s*(?:(?:currently|now|most\s+recently)\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,5}}?"
    rf"(?:at|of|with)\s+(?:the\s+)?(?P<o>{ORG})(?!'s?\s)",
    re.IGNORECASE,
)
_GROUP = re.compile(rf"{P}(?:\s*,\s*{P})*\s*,?\s*(?:and|&)\s+{P}")
_PERSON_RIGHT = re.compile(rf"\s*,?\s*(?P<p>{P})")

_DESTINATION = re.compile(
    r"(?:(?:re)?join(?:s|ed|ing)?|for|to|(?:co-?)?found(?:ed|ing)?|start(?:ed|ing)?|"
    r"launch(?:ed|ing)?|offers?\s+from|accept(?:s|ed|ing)?\s+(?:a\s+|an\s+)?(?:job|role|position)\s+(?:at|with))\s+"
    r"(?:the\s+)?(?:rival\s+)?$",
    re.IGNORECASE,
)
_SUBJECT_VERB = re.compile(
    r"'?s?\s*(?:,[^,]{1,80},\s*)?(?:also\s+|has\s+|had\s+)?(?:is|was|has|had|are|were|will|would|can|could|said|"
    r"says|announced|confirmed|hired|named|appointed|poached|recruited|raised|added|acquired|launched)\b",
    re.IGNORECASE,
)
_REPORTER = re.compile(
    rf"\s*(?P<o>{ORG})\s+(?:also\s+|today\s+|on\s+\w+\s+)?(?:said|says|announced|announces|confirmed|confirms|"
    rf"told)\b",
    re.IGNORECASE,
)
_LABEL = r"(?:[A-Z][\w'’]*(?:\s+[\w'’]+){0,3}:\s+)?"  # "Zoom out: ", "Driving the news: "
_OPENING_ORG = re.compile(rf"\s*{_LABEL}(?:{D}\s*,?\s*)?(?P<o>{ORG})(?P<poss>')?")
_FIRST_PERSON = re.compile(r"\b(?:we|we're|we’re|we've|we’ve|our)\b", re.IGNORECASE)
_OUR_TEAM = re.compile(
    rf"\b(?:join(?:s|ed|ing)?\s+(?:the|our)\s+(?:[\w-]+\s+)?team|(?P<welcome>welcom(?:e|ed|ing))(?:\s+to\s+the\s+team)?)"
    rf"(?:\s+(?P<d>{D}))?",
    re.IGNORECASE,
)
_TEAM_LIST = re.compile(r"[^⟨:;.]{0,40}:")
_TEAM_ITEM = re.compile(rf"(?:^|(?<=:)|(?<=,)|(?<=\sand))\s*(?:and\s+)?(?P<p>{P})(?!')")
_GENERIC_UNITS = {"office", "department", "division", "unit", "bureau", "center", "centre", "directorate"}
_LAB_UNITS = {"labs", "lab", "research", "group", "division"}
_OWNED_ORG = re.compile(rf"'s?\s+(?P<o>{ORG})(?!')")
_OPENING_PERSON = re.compile(rf"\s*(?:{D}\s*,?\s*)?(?P<p>{P})(?!')")
_OPENING_DATE = re.compile(rf"\s*(?P<d>{D})\s*,")
_SUBJECT_MENTION = re.compile(rf"(?<![\w'])(?:(?P<p>{P})(?!'s)|(?P<pr>\b(?:he|she)\b))", re.IGNORECASE)
_PERSON_NOT_POSS = re.compile(rf"{P}(?!')")
_PLIST_ITEM = re.compile(rf"(?P<p>{P})(?:\s*\((?P<b>[^()]*)\))?")
_WHO_ANTECEDENT = re.compile(rf"(?P<plist>{PLIST})(?:[^⟨]|⟨[OED]\d+⟩){{0,60}}$")
_FOLLOWER = re.compile(
    rf"(?P<f>{P})\s*,?\s+(?:(?:later|soon|also|quickly)\s+)?followed\s+(?P<who>him|her|{P})(?!\s+to\b)",
    re.IGNORECASE,
)
_STARTS = re.compile(
    rf"(?P<s>{P}(?!')|\b(?:he|she)\b){_APPOS}"
    # "He will report to X and start on July 7", "Haddad joins from Microsoft, ..., and will start in November"
    rf"(?:\s+(?:will|would)\s+(?:[^.;⟨]|⟨[OEP]\d+⟩){{0,80}}?\s+and|\s+joins\s+(?:[^.;⟨]|⟨[OEP]\d+⟩){{0,80}}?,?\s+and)?"
    rf"\s+(?:will\s+)?(?:start(?:s|ed)?|begins?|began|joins|arrives|"
    rf"(?P<take>(?:take|takes|took|assume|assumes|assumed)\s+(?:up\s+)?(?:the|her|his|their|this)\s+"
    rf"(?:post|role|job|position)))"
    rf"(?:\s+work)?\s+(?P<d>{D})",
    re.IGNORECASE,
)
# "the appointment of Dr. Anika Sharma as chief technology officer"
_APPOINTMENT = re.compile(
    rf"\b(?:the\s+)?(?:appointment|hiring|addition|arrival)(?:\s+(?P<d>{D}))?\s+of\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?"
    rf"(?P<plist>{PLIST})",
    re.IGNORECASE,
)
# "effective May 1": a date that explicitly dates the change it follows
_EFFECTIVE = re.compile(r"(?:effective|starting|beginning|as of)\s*$", re.IGNORECASE)
_FORMER_HINT = re.compile(
    r"former|before|prior to|earlier in|previously|previous|outgoing|most recently|once|ex-|erstwhile|one-?time|until|"
    r"who (?:was|had been)|"
    r"founding|who (?:had )?(?:led|ran|run|headed|managed|worked|oversaw)|spent|spending|after|following|"
    r"alumn|veteran|who (?:was|had been)",
    re.IGNORECASE,
)

# Verbs of other events that keep their own date ("Google acquired the lab in 2014").
_ABSORBERS = re.compile(
    r"(?<![\w-])(?:acquired|acquisition|bought|raised|valued|invested|released|published|"
    r"won|sold|ousted|oust|voted|unveiled|debuted)(?![\w-])",
    re.IGNORECASE,
)
# Between a verb and a date: another clause. A relative clause closed by a comma before the
# date ("founded Tessellate, which builds agents, in February 2024") does not separate them.
_HARD_BOUNDARY = re.compile(r";|\s[—–]\s|,\s+and\s|(?<!⟩)\.\s|,\s+(?:where|which|who|whose)\b[^,]*$")
_REACH = 300
_NOUN_HINT = re.compile(
    r"departure|exit|resignation|move|return|arrival|defection|jump|switch|ouster|firing|retirement|exodus|loss|"
    r"appointment|hiring|addition",
    re.IGNORECASE,
)
_FOUND_HINT = re.compile(
    r"found|start|launch|set up|left|quit|departed|joined|follow|unveil|debut|reveal|helped|"
    r"(?:last|final) day|new (?:[\w-]+ ){0,2}(?:firm|startup|start-up|company|venture|lab|fund)",
    re.IGNORECASE,
)


@dataclass
class _Move:
    person: str
    kind: str
    from_org: str | None = None
    to_org: str | None = None
    role: str = ""
    anchor: int | None = 0  # skeleton position of the verb whose clause gives the date; None: undated
    anchor_end: int = 0
    parent: int | None = None  # a chained verb ("left X to found Y") borrows its parent's date
    date: PartialDate = field(default_factory=PartialDate)
    rule: str = ""  # the rule that produced it: by default the method that built the move

    def __post_init__(self):
        if not self.rule:
            self.rule = _rule_name(sys._getframe(2).f_code.co_name, self.kind)


_LEFT_BEFORE = re.compile(
    r"(?:\bformer|\bex-|\bformerly(?:\s+(?:of|at|with))?|\bformer\s+(?:[\w-]+\s+){1,5}?(?:at|of|with)(?:\s+the)?)\s*$",
    re.IGNORECASE,
)
# "Tollbridge, the AI chip startup", "the startup Ledgerline": what "the startup" refers back to.
_DESCRIBED = re.compile(
    rf"(?P<o>{ORG})'?s?,\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|in|with|by)\b)[\w$-]+\s+){{0,5}}?(?:startup|start-up)\b"
    rf"|\b(?:startup|start-up)\s*,?\s+(?:called\s+|named\s+)?(?P<o2>{ORG})",
    re.IGNORECASE,
)
# A line that introduces a bulleted list of hires: each item that opens with a name joined.
_LIST_INTRO = re.compile(
    rf"^\s*(?:(?P<o>{ORG})(?:'s\s+(?:new\s+)?(?:hires|team|leadership(?:\s+team)?))?|(?:its|their|the\s+"
    rf"(?:company|startup|firm|lab)'s)\s+(?:(?:founding|new|core|leadership|research)\s+)*team)\s+"
    rf"(?:(?:has|have|also|now|just|recently)\s+)*(?:hired|added|named|appointed|brought\s+on|recruited|poached|"
    rf"welcomed|includes?|(?:is|are)\s+joined\s+by)\b(?:[^⟨:]|⟨D\d+⟩)*?(?P<d>⟨D\d+⟩)?[^⟨:]*:\s*$"
    rf"|\b(?:describes|lists|names|introduces)\s+the\s+new\s+(?:hires|recruits)\s*:\s*$"
    rf"|^\s*(?:the\s+)?new\s+(?:hires|recruits)\s+(?:include|are)\s*:\s*$",
    re.IGNORECASE,
)
# A line that introduces a list of departures: "Here's who has left Meta (and where they went):".
_DEPARTURE_INTRO = re.compile(
    rf"\b(?:who(?:'s|\s+has|\s+have)?\s+(?:left|exited|departed)|(?:departures|exits|defections)\s+from|"
    rf"(?:people|researchers|engineers|executives|staffers|employees|leaders)\s+(?:who\s+)?(?:have\s+|has\s+)?"
    rf"(?:left|exited|departed|quit))\s+(?:the\s+)?(?P<o>{ORG})(?!'s)[^⟨:]*:\s*$",
    re.IGNORECASE,
)
_NOW_ITEM = re.compile(rf"(?:^|[.\s*_])Now\s*[:*_]+\s*[*_]*\s*(?P<o>{ORG})(?!'s)", re.IGNORECASE)
# A sentence about a group of hires that a following "Among them are ..." names.
_GROUP_WORDS = r"(?:researchers|engineers|scientists|people|employees|staffers|staff|hires|recruits|executives|members)"
_GROUP_INTRO = re.compile(
    rf"\b{_GROUP_WORDS}\s+(?:who\s+(?:are|were|have|had)\s+(?:(?:also|now|recently|since)\s+)*)?"
    rf"(?:join(?:ing|ed)?|hired\s+by|poached\s+by|lured\s+(?:away\s+)?by|moving\s+to|going\s+to)\s+"
    rf"(?:the\s+)?(?P<o>{ORG})"
    rf"|(?:(?P<o2>{ORG})|\bthe\s+(?:startup|company|firm|lab))\s+(?:(?:has|have|had|also|now|recently|since)\s+)*"
    rf"(?:hired|poached|lured|recruited|added|"
    rf"brought\s+on)\b(?:[^.;⟨]|⟨[OED]\d+⟩){{0,60}}?\b{_GROUP_WORDS}\b"
    rf"|^\s*(?:the\s+(?:company|startup|firm|lab)|it)\s+(?:says|said)\b[^⟨]{{0,60}}\b(?:its|their)\s+team\b"
    rf"|(?:\b(?:its|their)|the\s+(?:company|startup|firm|lab)'s|(?P<o3>{ORG})'s?)\s+(?:[\w-]+\s+){{0,2}}?team\s+"
    rf"(?:of\s+(?:about\s+|some\s+|roughly\s+)?\d+\s+)?(?:includes|included|counts|is made up of)\b",
    re.IGNORECASE,
)
_GROUP_ORIGIN = re.compile(
    rf"(?P<f>⟨O\d+⟩)\s+(?:[\w-]+\s+)?{_GROUP_WORDS}\b|\b{_GROUP_WORDS}\s+from\s+(?:the\s+)?(?P<f2>⟨O\d+⟩)(?!\s*,)"
)
_GROUP_HINT = re.compile(
    r"researchers|engineers|scientists|people|employees|staff|hires|recruits|executives|members|team", re.IGNORECASE
)
# "Among them are A (OpenAI) and B", "They include ...": the people of that group.
_GROUP_MEMBERS = re.compile(
    r"^\s*(?:(?:⟨E\d+⟩|among)\s+(?:them|those|the\s+(?:new\s+)?(?:hires|recruits|researchers|engineers))"
    r"\s*(?:are|were|:)|(?:they|those|the\s+(?:new\s+)?(?:hires|recruits))\s+(?:include|included)\b)",
    re.IGNORECASE,
)
# A list item: a name at the start of the list or after a comma, semicolon or "and".
_ITEM_START = re.compile(
    r"(?:^|[,;:]\s*(?:and\s+|as well as\s+)?|\s(?:and|as well as)\s+|\b(?:include[sd]?|are|were|counts))\s*$"
)
# "A, B and C, all of whom worked on OpenAI's models": where the group was before.
_ALL_OF_WHOM = re.compile(
    rf"(?P<plist>{PLIST})\s*,\s*(?:all|both|each)(?:\s+of\s+whom)?\s+(?:previously\s+|formerly\s+)?"
    rf"(?:worked|were|was)\s+(?:at|on|for|with)\s+(?:the\s+)?(?P<o>{ORG})",
    re.IGNORECASE,
)
_ORG_CONTEXT_BEFORE = re.compile(
    r"\b(?:at|from|for|(?:re)?join(?:s|ed|ing)?|left|leaving|leaves|quit|rival|"
    r"(?:startup|company|firm|lab|venture)(?:\s+(?:called|named))?)\s+(?:the\s+)?$"
)
_ORG_CONTEXT_AFTER = re.compile(
    r"['’]?s?\s*,\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|in|with)\b)[\w-]+\s+){0,4}?(?:startup|start-up|company|firm|"
    r"lab|maker|bank|fund|group|provider|developer|platform|unit|subsidiary)\b"
    # "hired ..., Jane Doe, the data company said": the hirer described before its speech verb
    r"(?!\s+(?:said|says|announced|confirmed|told|added|wrote)\b)"
)
_ORG_ROLE_AFTER = re.compile(
    r"['’]?s?\s+(?:new\s+|former\s+|longtime\s+|previous\s+|interim\s+)?(?:head|chief|ceo|cto|cfo|coo|president|"
    r"vice\s+president|vp|general\s+counsel)\b(?!\s+(?:of\s+staff))",
    re.IGNORECASE,
)
_PERSON_CONTEXT_BEFORE = re.compile(
    r"\b(?:ceo|chief|executive|founder|co-founder|cofounder|director|president|researcher|scientist|engineer|"
    r"professor|partner|analyst|mr\.?|ms\.?|mrs\.?|dr\.?|head|lead|officer|vp|manager|recruiter|investor|"
    r"reporter|by|with|alongside)\s+$"
)
_PRODUCT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:models?|chatbots?|assistants?|apps?|products?|platforms?|systems?|projects?|chips?|"
    r"software|services?|tools?|features?|glasses|headsets?|devices?|papers?)\b",
    re.IGNORECASE,
)
_PERSON_CONTEXT_AFTER = re.compile(
    r"\s*(?:,\s*(?:who|himself|herself)\b|\s+(?:said|says|told|wrote|writes|added|thinks|believes)\b)"
)


# ---------------------------------------------------------------------------------------
# The article


class _Article:
    def __init__(self, text: str, published: datetime.date | None):
        self.text = text
        self.published = published
        self.sentences = split_sentences(text)
        self.people = _People()
        self.raw = [find_mentions(s.text, headline=_is_headline(s.text)) for s in self.sentences]
        self._headline_phrases()
        self._names_used_as_orgs()
        self.org_suffix: dict[str, str] = {}
        self.org_prefix = self._org_prefixes()
        for mentions in self.raw:
            for m in mentions:
                # "Halden Chen" is no one when "Halden Health" is the article's company; "Igor
                # Babuschkin" of "Babuschkin Ventures" is a person.
                if m.kind == "P" and m.tokens[0].lower() not in self.org_prefix:
                    self.people.add(m)
        self.speakers = self._speakers()
        self.defined = self._defined_terms()
        self.last_person: str | None = None
        self.previous: _Sentence | None = None
        self.recent: list[_Sentence] = []  # the latest sentences, for "the startup"
        self.solid = self._solid_names()
        self.subject_org: str | None = None  # the subject of the previous sentence, if an organisation
        self.org_counts: dict[str, int] = {}
        self.author = self._author()
        self.joined: dict[str, str] = {}
        self.joined_all: dict[str, set[str]] = {}
        self.held: dict[str, str] = {}
        self.last_year: int | None = (
            None  # the latest year named, for "later that year"  # person -> an organisation they are known to work at
        )
        self.last_startup: str | None = None  # the organisation last described as a startup
        self.hiring_org: str | None = None  # "Perplexity has made several hires"
        self.own_org: str | None = None  # the organisation a company's own post speaks for ("we", "our team")
        self.group_org: str | None = None  # the organisation a group of hires in the last sentence joined
        self.last_group: list[
            str
        ] = []  # the latest two or more people named together  # person -> the organisation they were last said to join

    def _headline_phrases(self) -> None:
        """ "Databricks Hires Snowflake's AI Chief In Latest Salvo": a title-case headline's
        two-word "name" that the story never mentions again is a phrase, not a person."""
        if len(self.sentences) < 3:
            return
        headline = [_is_headline(s.text) for s in self.sentences]
        if not any(headline):
            return
        # The story's words outside headlines, once: a set lookup keeps this linear in the text.
        rest = " ".join(t.text for t, h in zip(self.sentences, headline, strict=True) if not h)
        words = set(re.findall(r"[\w-]+", rest))
        for s_is_headline, mentions in zip(headline, self.raw, strict=True):
            if not s_is_headline:
                continue
            for k, m in enumerate(mentions):
                last = m.tokens[-1]
                seen = (
                    last in words
                    if re.fullmatch(r"[\w-]+", last)
                    else re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", rest)
                )
                if m.kind == "P" and not seen:
                    mentions[k] = replace(m, kind="E", name=canonical_org(m.text))

    def _names_used_as_orgs(self) -> None:
        """ "from Goldman Sachs", "at Leap Motion, a virtual reality startup": name-shaped
        words that the article only ever uses as an organisation are not a person."""
        as_org, as_person = set(), set()
        for s, mentions in zip(self.sentences, self.raw, strict=True):
            for m in mentions:
                if m.kind != "P":
                    continue
                before, after = s.text[: m.start].lower(), s.text[m.end :]
                key = _fold(m.tokens)
                if _ORG_CONTEXT_BEFORE.search(before) or _ORG_CONTEXT_AFTER.match(after):
                    as_org.add(key)
                if m.poss and re.match(r"\s+(?:own|new)?\s*(?:team|board|staff|employees|investors)", after):
                    as_org.add(key)
                if (m.poss or after.startswith(("'", "’"))) and _ORG_ROLE_AFTER.match(after):
                    as_org.add(key)  # "Goldman Sachs' head of applied AI": an organisation's post
                if _PERSON_CONTEXT_BEFORE.search(before) or _PERSON_CONTEXT_AFTER.match(after):
                    as_person.add(key)
                if re.search(r"\b(?:the|a|an)\s+$", before, re.IGNORECASE):
                    as_org.add(key)  # people do not take an article: "the Neural Engine"
                if re.search(r"['’]s?\s+$", before) and _PRODUCT_AFTER.match(after):
                    as_org.add(key)  # "Meta's Segment Anything model": a product, not a person
        for mentions in self.raw:
            for i, m in enumerate(mentions):
                if m.kind == "P" and _fold(m.tokens) in as_org - as_person:
                    mentions[i] = replace(m, kind="E", name=canonical_org(m.text))

    def _defined_terms(self) -> dict[str, str]:
        """Filings: 'Veritas Health Analytics, Inc. (the "Company")' makes "the Company" that
        organisation; 'the Board of Directors (the "Board")' is no organisation of its own."""
        defined: dict[str, str] = {}
        for s, mentions in zip(self.sentences, self.raw, strict=True):
            for m in re.finditer(r"\(the\s+[\"“](?P<t>[A-Z][\w ]{1,30})[\"”]\)", s.text):
                before = [x for x in mentions if x.end <= m.start() and x.kind in ("O", "E")]
                orgs = [x for x in before if x.kind == "O"]
                if m.group("t").lower() in ("board", "board of directors"):
                    defined[m.group("t").lower()] = ""
                elif orgs and m.start() - orgs[-1].end < 20:
                    defined[m.group("t").lower()] = orgs[-1].name
        return defined

    def _author(self) -> str | None:
        """The writer of a first-person post: a name alone on the first line, and "I" in the
        text outside quotations (a LinkedIn or blog announcement)."""
        if not self.raw or not self.sentences:
            return None
        first, mentions = self.sentences[0], self.raw[0]
        if len(mentions) != 1 or mentions[0].kind != "P" or mentions[0].text != first.text.strip():
            return None
        if not re.search(r"(?:^|\n)[^\"“\n]*\bI(?:'m|’m| am| have| joined| left| will)\b", self.text):
            return None
        return self.people.resolve(mentions[0], 0)

    def _solid_names(self) -> set[str]:
        """Unknown capitalised names seen at least once inside a sentence, not only as its
        first word: "Ledgerline" is a name, "Eighteen months later" is not."""
        solid = set()
        for s, mentions in zip(self.sentences, self.raw, strict=True):
            lead = len(s.text) - len(s.text.lstrip("\"“‘'(*#-– "))
            for m in mentions:
                if m.kind == "E" and m.start > lead:
                    solid.add(m.name)
        return solid

    def _org_prefixes(self) -> dict[str, str]:
        """Single words that stand for a longer organisation name in this article ("Halden")."""
        prefixes: dict[str, str] = {}
        for mentions in self.raw:
            for m in mentions:
                if m.kind == "O" and " " in m.name:
                    prefixes.setdefault(m.name.split()[0].lower(), m.name)
                    self.org_suffix.setdefault(m.name.split(" ", 1)[1].lower(), m.name)
                    for acronym in _acronyms(m.text):
                        prefixes.setdefault(acronym, m.name)
        return prefixes

    def _speakers(self) -> dict[int, str]:
        """Sentence index -> who is speaking in a quotation there ("he" or a name), so that
        "we went off and founded Anthropic," he said` gives the speaker a move."""
        speakers: dict[int, str] = {}
        by_para: dict[int, list[int]] = {}
        for i, s in enumerate(self.sentences):
            by_para.setdefault(s.para, []).append(i)
        for idxs in by_para.values():
            start, end = self.sentences[idxs[0]].start, self.sentences[idxs[-1]].end
            para = self.text[start:end]
            ends = [self.sentences[i].end for i in idxs]
            for q in re.finditer(r"[“\"]([^“”\"]{3,}?)[”\"]", para):
                after = para[q.end() : q.end() + 80]
                before = para[max(0, q.start() - 80) : q.start()]
                m = (
                    re.match(
                        r"\s*,?\s*(?P<who>[^,.;“”\"]{1,50}?)\s+(?:said|says|wrote|writes|added|adds|told|"
                        r"posted|explained|noted|stated|recalled|continued)\b",
                        after,
                    )
                    or re.match(r"\s*,?\s*(?:said|says|wrote|writes|added|adds)\s+(?P<who>[^,.;“”\"]{1,60})", after)
                    or re.search(
                        r"(?P<who>[^,.;“”\"]{1,50}?)\s+(?:said|says|wrote|writes|told \w+|added)"
                        r"(?: in a [\w ]+)?[:,]?\s*$",
                        before,
                    )
                )
                if not m:
                    continue
                who = m.group("who").strip()
                # The sentences overlapping the quotation, found by bisection: linear overall.
                k = bisect.bisect_right(ends, start + q.start())
                while k < len(idxs) and self.sentences[idxs[k]].start - start < q.end():
                    speakers[idxs[k]] = who
                    k += 1
        return speakers

    # -- per sentence ---------------------------------------------------------------

    def moves(self) -> list[ExtractedMove]:
        found: list[tuple[int, _Move]] = []
        roster: tuple[str, PartialDate] | None = None  # "Glean added three senior hires this week:"
        bullet_para = -1
        departed: tuple[str, int, str | None] | None = None  # "Here's who has left Meta:": (org, para, item person)
        for index, sentence in enumerate(self.sentences):
            ctx = _Sentence(self, index, sentence)
            if departed:
                departed = self._departure_item(ctx, departed, found)
            if roster and self._bullet(sentence):
                bullet_para = sentence.para
                first = _OPENING_PERSON.match(ctx.skel)
                if first:
                    person = ctx.symbol(first.group("p")).name
                    found.append((index, _Move(person, JOIN, to_org=roster[0], anchor=None, date=roster[1])))
                    # "- A -- reasoning for Gemini at Google DeepMind": where the hire comes from
                    for at in re.finditer(rf"(?<![\w-])at\s+(?:the\s+)?(?P<o>{ORG})", ctx.skel):
                        org = ctx.org_name(at.group("o"))
                        if org != roster[0] and not re.search(
                            r"\b(?:is|are|now|currently|remains|still)\b", ctx.skel[: at.start()], re.IGNORECASE
                        ):
                            found.append((index, _Move(person, LEAVE, from_org=org, anchor=None)))
            elif roster and not _LIST_INTRO.search(ctx.skel) and sentence.para != bullet_para:
                roster = None  # a sentence on a bullet's own line continues that item
            gone = _DEPARTURE_INTRO.search(ctx.skel) if sentence.text.rstrip().endswith(":") else None
            if gone:
                departed = (ctx.org_name(gone.group("o")), sentence.para, None)
            intro = _LIST_INTRO.search(ctx.skel) if sentence.text.rstrip().endswith(":") else None
            if intro:
                org = ctx.org_name(intro.group("o")) if intro.group("o") else self.context_org(ctx, intro.start())
                when = intro.group("d")
                roster = (org, dates.resolve(ctx.symbol(when).name, self.published) if when else PartialDate())
                roster = roster if org else None
            grouped = _GROUP_HINT.search(sentence.text)
            group, self.group_org = self.group_org, self._group_intro(ctx) if grouped else None
            if (group and _GROUP_MEMBERS.match(ctx.skel)) or (grouped and self.group_org is not None):
                self._group_members(ctx, group, found)
            # Every sentence meets every pattern: a hand-kept pre-filter of trigger words drifted
            # from the patterns ("wooed", "boomerangs" never reached theirs) and saved no time.
            for move in ctx.extract():
                found.append((index, move))
                if move.to_org:
                    self.joined[move.person] = move.to_org
                    self.joined_all.setdefault(move.person, set()).add(move.to_org)
            self._start_dates(ctx, found)
            self._after_sentence(ctx)
        return self._merge(found)

    def _departure_item(
        self, ctx: _Sentence, departed: tuple[str, int, str | None], found: list[tuple[int, _Move]]
    ) -> tuple[str, int, str | None] | None:
        """One paragraph of a list of departures ("Here's who has left Meta and where they went:",
        then "**A**, a research scientist. *Now:* OpenAI."): each item's person left the
        organisation; "Now: O" is where they went. The list ends at a paragraph that does not
        open with a person."""
        org, para, person = departed
        if ctx.sentence.para != para:
            first = _OPENING_PERSON.match(ctx.skel)
            if not first:
                return None
            person = ctx.symbol(first.group("p")).name
            found.append((ctx.index, _Move(person, LEAVE, from_org=org, anchor=None)))
            para = ctx.sentence.para
        now = _NOW_ITEM.search(ctx.skel)
        if now and person:
            found.append((ctx.index, _Move(person, JOIN, to_org=ctx.org_name(now.group("o")), anchor=None)))
        return org, para, person

    def _group_intro(self, ctx: _Sentence) -> str | None:
        """ "The memo names 11 researchers who are joining MSL": the organisation a group of
        hires joined, for a following "Among them are ..."."""
        m = _GROUP_INTRO.search(ctx.skel)
        if not m:
            return None
        sym = m.group("o") or m.group("o2") or m.group("o3")
        return ctx.org_name(sym) if sym else self.team_owner()

    def team_owner(self) -> str | None:
        """Whose "team" an unnamed one is: the startup the article is about, else its main organisation."""
        return self.last_startup or self.main_org()

    def main_org(self) -> str | None:
        """The organisation the article is most about so far."""
        return max(self.org_counts.items(), key=lambda kv: kv[1])[0] if self.org_counts else None

    def _group_members(self, ctx: _Sentence, group: str | None, found: list[tuple[int, _Move]]) -> None:
        """ "Among them are A, B (Google DeepMind) and C": each joined the group's organisation,
        and one with an organisation in brackets came from there. "Its team includes A, who ...;
        B, a former ...": the same, in one sentence."""
        skel = ctx.skel
        members = _GROUP_MEMBERS.match(skel)
        if members and group:
            org, start = group, members.end()
        else:
            m = _GROUP_INTRO.search(skel)
            including = re.compile(r"(?:[^⟨;]|⟨[OED]\d+⟩)*?,\s*including\s+(?=⟨P)").match(skel, m.end()) if m else None
            if not m or not (including or re.match(r"\s*(?:[^⟨]{0,3})⟨P\d+⟩", skel[m.end() :])):
                return
            sym = m.group("o3") or (m.group("o") if re.search(r"includ|count|made up", m.group(0)) else None)
            sym = sym or m.group("o2")
            org, start = (ctx.org_name(sym) if sym else self.team_owner()), (including or m).end()
        if not org:
            return
        intro = _GROUP_INTRO.search(skel) if not members else None
        origin = _GROUP_ORIGIN.search(intro.group(0)) if intro else None  # "two dozen Google DeepMind employees"
        origin_org = ctx.org_name(origin.group("f") or origin.group("f2")) if origin else None
        for item in re.finditer(P, skel[start:]):
            pos = start + item.start()
            if not _ITEM_START.search(skel[start:pos]) and pos != start + len(skel[start:pos]) - len(
                skel[start:pos].lstrip()
            ):
                continue
            person = ctx.symbol(item.group(0)).name
            if person == org:
                continue
            found.append((ctx.index, _Move(person, JOIN, to_org=org, anchor=None)))
            if origin_org and origin_org != org:
                found.append((ctx.index, _Move(person, LEAVE, from_org=origin_org, anchor=None)))
            bracket = re.match(
                rf"\s*\((?:formerly\s+(?:of\s+|at\s+)?|ex-|from\s+)?(?P<o>{ORG})\)", skel[start + item.end() :]
            )
            if bracket and ctx.org_name(bracket.group("o")) != org:
                found.append((ctx.index, _Move(person, LEAVE, from_org=ctx.org_name(bracket.group("o")), anchor=None)))
        for m in _ALL_OF_WHOM.finditer(skel):
            left = ctx.org_name(m.group("o"))
            for person in ctx.people_in(m.group("plist")):
                if left != org:
                    found.append((ctx.index, _Move(person, LEAVE, from_org=left, anchor=None)))

    def _bullet(self, sentence: Sentence) -> bool:
        line_start = self.text.rfind("\n", 0, sentence.start) + 1
        return re.fullmatch(r"\s*(?:[-*•]|\d+[.)])\s*", self.text[line_start : sentence.start]) is not None

    def _start_dates(self, ctx: _Sentence, found: list[tuple[int, _Move]]) -> None:
        """ "... hired X as its finance chief; she starts in January", "Liu started on April 1.":
        the date of that person's latest undated joining, in this sentence or an earlier one."""
        for m in _STARTS.finditer(ctx.skel):
            people = ctx.people_in(m.group("s")) or ctx.pronoun(m.start(), m.group("s"))
            when = dates.resolve(ctx.symbol(m.group("d")).name, self.published)
            for i in range(len(found) - 1, -1, -1):
                index, mv = found[i]
                if mv.person not in people or not mv.to_org:
                    continue
                # A start date after the announcement's day is when the joining happens.
                announced = mv.date.value == self.published and mv.date.precision == DAY
                later = when.value is not None and self.published is not None and when.value > self.published
                # "will take up the post on Sept. 1" only dates a joining no clause of its own dated
                if mv.date.value is None or (announced and later and not m.group("take")):
                    if mv.kind == MOVE:  # the start date says nothing of the leaving
                        found[i] = (index, replace(mv, kind=LEAVE, to_org=None))
                        found.append((index, replace(mv, kind=JOIN, from_org=None, date=when)))
                    else:
                        mv.date = when
                break

    def _after_sentence(self, ctx: _Sentence) -> None:
        for m in ctx.mentions:
            years = re.findall(r"(?:19|20)\d\d", m.name) if m.kind == "D" else ()
            if years:
                self.last_year = int(years[-1])
        groups = [ctx.people_in(g.group(0)) for g in _GROUP.finditer(ctx.skel)]
        if groups:
            self.last_group = groups[-1]
        subject = ctx.main_subject()
        if subject:
            self.last_person = subject
        first = _OPENING_ORG.match(ctx.skel)
        owned = _OWNED_ORG.match(ctx.skel, first.end("o")) if first and first.group("poss") else None
        if owned and _SUBJECT_VERB.match(ctx.skel, owned.end()):
            first = owned  # "Ola's Krutrim has had a rougher year": the subject is Krutrim, not Ola
        subject = ctx.symbol(first.group("o")) if first else None
        if subject and subject.kind == "E" and _SUBJECT_VERB.match(ctx.skel, first.end()):
            self.solid.add(subject.name)  # "Globex is losing staff": a name doing something
        self.subject_org = subject.name if subject and (subject.kind == "O" or subject.name in self.solid) else None
        own_voice = _FIRST_PERSON.search(ctx.sentence.text) and not re.search(r"[\"“”]", ctx.sentence.text)
        if self.own_org is None and own_voice:
            orgs = {m.name for m in ctx.mentions if m.kind == "O"}
            if len(orgs) == 1:  # "We're thrilled to announce that X has joined Fireworks AI as our ..."
                self.own_org = orgs.pop()
        lead_in = _HIRING_LEAD.search(ctx.skel)
        hirer = ctx.symbol(lead_in.group("o") or lead_in.group("o2")) if lead_in else None
        if hirer and (hirer.kind == "O" or hirer.name in self.solid):
            self.hiring_org = hirer.name
        for found in _DESCRIBED.finditer(ctx.skel):
            self.last_startup = ctx.symbol(found.group("o") or found.group("o2")).name
        self.previous = ctx
        self.recent = (self.recent + [ctx])[-8:]
        # Salience for "the company" with no nearer antecedent: mentions, more for being a
        # sentence's subject and for the headline and lede.
        lead = 2 if ctx.index < 2 else 0
        if self.subject_org:
            self.org_counts[self.subject_org] = self.org_counts.get(self.subject_org, 0) + 3 + lead
        for m in ctx.mentions:
            if m.kind == "O" or (m.kind == "E" and m.name in self.solid):
                self.org_counts[m.name] = self.org_counts.get(m.name, 0) + 1 + lead

    def org_named_like(self, ctx: _Sentence, phrase: str) -> str | None:
        """ "the institute", "the university": the latest organisation whose own name has that
        word ("UK AI Security Institute"), which may be further back than the nearest one."""
        word = phrase.split()[-1].lower()
        if word in ("startup", "start-up"):
            return self._described_startup(ctx)
        if word not in (
            "school",
            "college",
            "institute",
            "university",
            "agency",
            "lab",
            "laboratory",
            "bank",
            "fund",
            "department",
            "office",
        ):
            return None
        pool = [m for m in ctx.mentions if m.kind == "O"]
        for mentions in reversed(self.raw[: ctx.index]):
            pool = [m for m in mentions if m.kind == "O"] + pool
        for m in reversed(pool):
            words = m.name.lower().split()
            if word in words or word + "s" in words:  # "the lab": "Meta Superintelligence Labs"
                return m.name
        return None

    def _described_startup(self, ctx: _Sentence, far: bool = True) -> str | None:
        """The organisation last described as a startup, if this or the previous sentence
        names it, else the one the article last described so ("Periodic Labs, a startup
        founded by ..." four sentences back), else none ("the startup" is then whatever
        organisation is in context)."""
        near = {m.name for m in ctx.mentions}
        if self.previous is not None:
            near |= {m.name for m in self.previous.mentions}
        for owner in [ctx, *reversed(self.recent)]:
            for found in reversed(list(_DESCRIBED.finditer(owner.skel))):
                name = owner.symbol(found.group("o") or found.group("o2")).name
                if name in near:
                    return name
        return self.last_startup if far else None

    def context_org(self, ctx: _Sentence, pos: int, leaving: bool = False) -> str | None:
        """The organisation "the company" means at skeleton position `pos` of a sentence: the
        latest one before it in the sentence, else the previous sentence's subject, else that
        sentence's latest organisation, else the article's most salient one. For a verb with no
        object ("who quit in May", "Murati's resignation"), a place someone went to ("to join
        rival Anthropic") is not the place left. "Basis also announced that X has joined the
        company": the organisation reporting its own news comes first."""
        opening = _REPORTER.match(ctx.skel)
        if opening and opening.end() <= pos and not leaving:
            mention = ctx.symbol(opening.group("o"))
            if mention.kind == "O" or mention.name in self.solid:
                return mention.name
        found = self._latest_org(ctx, pos, leaving)
        if found:
            return found
        if self.subject_org:
            return self.subject_org
        if self.own_org:
            return self.own_org  # a company's own post: "a fond farewell to X, who is leaving"
        if self.previous is not None:
            found = self._latest_org(self.previous, len(self.previous.skel), leaving)
            if found:
                return found
        if self.org_counts:
            return max(self.org_counts.items(), key=lambda kv: kv[1])[0]
        return None

    def _latest_org(self, ctx: _Sentence, pos: int, leaving: bool) -> str | None:
        for m in reversed(list(re.finditer(ORG, ctx.skel[:pos]))):
            if leaving and _DESTINATION.search(ctx.skel[: m.start()]):
                continue
            if not leaving and ctx is not self.previous and _LEFT_BEFORE.search(ctx.skel[: m.start()]):
                continue  # "Former Meta PyTorch lead X signed on with the startup": not Meta
            mention = ctx.symbol(m.group(0))
            if mention.kind == "O":  # not any capitalised name: "offices in Palo Alto, California"
                return mention.name
            if mention.kind == "E" and m.group(0) in _lost_group_orgs(ctx.skel):
                return mention.name  # "W&B lost two engineers to Modal: A and B joined the startup"
        return None

    def _merge(self, found: list[tuple[int, _Move]]) -> list[ExtractedMove]:
        """One move per (person, organisation, direction): a later mention adds what the
        first lacked (a date, a role) instead of becoming a second claim."""
        result: list[ExtractedMove] = []
        atoms: dict[tuple[str, str, str], int] = {}
        for index, move in found:
            s = self.sentences[index]
            new_sides = []
            for direction, org in (("out", move.from_org), ("in", move.to_org)):
                if not org:
                    continue
                key = (move.person, org.lower(), direction)
                key = next((k for k in atoms if _same_unit(k, key)), key)
                if key not in atoms:
                    new_sides.append((direction, org))
                    continue
                old = result[atoms[key]]
                if old.date.value is None and move.date.value is not None:
                    if old.kind == MOVE:
                        old = self._split(result, atoms, atoms[key], direction)
                    old.date = move.date
                    old.sentence, old.start, old.end = s.text, s.start, s.end
                elif _finer(move.date, old.date) and old.kind != MOVE:
                    old.date = move.date  # "started last fall" (2025), then "left Anthropic in September"
                if not old.role and move.role:
                    old.role = move.role
                if old.kind == JOIN and move.kind in (REJOIN, FOUND):
                    old.kind = move.kind
            if not new_sides:
                continue
            from_org = next((o for d, o in new_sides if d == "out"), None)
            to_org = next((o for d, o in new_sides if d == "in"), None)
            kind = move.kind
            if kind == MOVE and not from_org:
                kind = JOIN
            elif kind == MOVE and not to_org:
                kind = LEAVE
            key_person = self.people.key_of(move.person)
            result.append(
                ExtractedMove(
                    person=move.person,
                    kind=kind,
                    sentence=s.text,
                    start=s.start,
                    end=s.end,
                    from_org=from_org,
                    to_org=to_org,
                    role=move.role,
                    date=move.date,
                    person_aliases=tuple(sorted(self.people.aliases.get(key_person, ()))),
                    rule=move.rule,
                )
            )
            for direction, org in new_sides:
                atoms[(move.person, org.lower(), direction)] = len(result) - 1
        result.sort(key=lambda m: m.start)
        for move in result:
            move.confidence = move_confidence(move)
        return result

    @staticmethod
    def _split(result: list[ExtractedMove], atoms: dict, i: int, direction: str) -> ExtractedMove:
        """Split an undated MOVE when a date turns up for one side only: the date of joining
        is not evidence for the date of leaving. Returns the half that gets the date."""
        old = result[i]
        leave = replace(old, kind=LEAVE, to_org=None)
        join = replace(old, kind=JOIN, from_org=None)
        result[i] = leave
        result.append(join)
        atoms[(old.person, old.to_org.lower(), "in")] = len(result) - 1
        return join if direction == "in" else leave


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
    co-founder cofounder partner early late neither either both ai ml vr ar xr key points""".split()
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


class _Sentence:
    """One sentence's mentions, its skeleton, and the patterns run over it."""

    def __init__(self, article: _Article, index: int, sentence: Sentence):
        self.article = article
        self.index = index
        self.sentence = sentence
        self.mentions = self._resolve(article.raw[index])
        self.skel = self._skeleton()
        self._pronoun_cache: dict[int, str | None] = {}

    def _resolve(self, raw: list[Mention]) -> list[Mention]:
        text = self.sentence.text
        found_dates = [Mention("D", s, e, p, p) for p, s, e in dates.find_dates(text)]
        if _THAT_YEAR_HINT.search(text):
            found_dates = self._year_anaphora(text, found_dates)
        mentions = list(found_dates)
        for m in raw:
            if any(d.start < m.end and m.start < d.end for d in found_dates):
                continue
            if m.kind == "E" and m.name.lower() in self.article.org_prefix:
                person = self.article.people.resolve(m, self.index) if _name_shaped(m.name) else None
                if person:  # "Babuschkin wrote": the founder, not his "Babuschkin Ventures"
                    mentions.append(replace(m, kind="P", name=person))
                else:
                    mentions.append(replace(m, kind="O", name=self.article.org_prefix[m.name.lower()]))
                continue
            if m.kind == "E" and m.name.lower() in self.article.defined:
                if self.article.defined[m.name.lower()]:
                    mentions.append(replace(m, kind="O", name=self.article.defined[m.name.lower()]))
                continue
            owner = mentions[-1] if mentions else None
            if (
                owner is not None
                and owner.kind == "O"
                and owner.poss
                and m.start - owner.end <= 3
                and (m.text.split()[0].lower() in _GENERIC_UNITS or m.text.split()[-1].lower() in _LAB_UNITS)
            ):
                # "Microsoft's Office of Responsible AI": a part of Microsoft, not an employer of its own;
                # "Meta's Reality Labs", "Apple's Machine Learning Research" likewise
                mentions.append(replace(m, kind="O", name=owner.name))
                continue
            if m.kind in ("P", "E") and m.text.lower().strip(".") in PLACES:
                continue  # "San Francisco", "Tel Aviv": places, neither people nor employers
            if m.kind in ("P", "E"):
                person = self.article.people.resolve(m, self.index)
                if person and (m.kind == "P" or _name_shaped(m.tokens[-1])):
                    mentions.append(replace(m, kind="P", name=person))
                    continue
                if m.kind == "P":
                    continue  # a name not registered as a person: ignore rather than guess
                name = self.article.org_prefix.get(m.name.lower(), canonical_org(m.name))
                if name.lower() in PRODUCTS or m.name.lower() in PRODUCTS or name.lower().strip(".") in PLACES:
                    continue
                mentions.append(replace(m, name=name, kind="O" if name != m.name else "E"))
            elif m.kind == "O" and m.name.lower() in self.article.org_suffix and " " not in m.name:
                mentions.append(replace(m, name=self.article.org_suffix[m.name.lower()]))
            else:
                mentions.append(m)
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _year_anaphora(self, text: str, found: list[Mention]) -> list[Mention]:
        """ "later that year", "the following year": the year of the latest year-bearing date
        before it, in this sentence or an earlier one, stands in as the phrase."""
        for m in _THAT_YEAR.finditer(text):
            years = [int(y) for d in found if d.end <= m.start() for y in re.findall(r"(?:19|20)\d\d", d.name)]
            year = years[-1] if years else self.article.last_year
            if year is None:
                continue
            if m.group("next"):
                year += 1
            found.append(Mention("D", m.start(), m.end(), m.group(0), str(year)))
        return sorted(found, key=lambda d: d.start)

    def _skeleton(self) -> str:
        text = self.sentence.text
        parts, pos = [], 0
        for i, m in enumerate(self.mentions):
            parts.append(text[pos : m.start])
            parts.append(f"⟨{m.kind}{i}⟩")
            pos = m.end
        parts.append(text[pos:])
        skel = "".join(parts).replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
        skel = skel.replace("**", "").replace("__", "")
        return _FORMER_BOSS.sub(_blank_boss, skel)

    def symbol(self, sym: str) -> Mention:
        return self.mentions[int(sym[2:-1])]

    def org_name(self, sym: str) -> str:
        return self.symbol(sym).name

    def people_in(self, text: str) -> list[str]:
        return [self.symbol(s).name for s in re.findall(P, text)]

    # -- who is meant -----------------------------------------------------------------

    def pronoun(self, pos: int, word: str) -> list[str]:
        """The person(s) a subject pronoun at skeleton position `pos` stands for."""
        word = word.lower()
        if word in ("i", "we"):
            who = self.article.speakers.get(self.index)
            if not who:
                # A first-person post signed at the top ("Aditya Verma\nHead of Research at ...")
                return [self.article.author] if word == "i" and self.article.author else []
            if who.lower() in ("he", "she"):
                return [self.article.last_person] if self.article.last_person else []
            found = [m for m in find_mentions(who) if m.kind in ("P", "E")]
            names = [self.article.people.resolve(m, self.index) for m in found]
            return [n for n in names if n][:1]
        before = self.skel[:pos]
        if word == "who":
            m = _WHO_ANTECEDENT.search(before)
            return self.people_in(m.group("plist")) if m else []
        if word == "they" or word.startswith("the "):
            # "they", "the pair": the latest group of two or more people, in this sentence or before
            groups = [self.people_in(g.group(0)) for g in _GROUP.finditer(before)]
            return groups[-1] if groups else list(self.article.last_group)
        for m in reversed(list(_PERSON_NOT_POSS.finditer(before))):
            return [self.symbol(m.group(0)).name]
        return [self.article.last_person] if self.article.last_person else []

    def subjects(self, verb_start: int) -> tuple[list[str], int] | None:
        """The mover(s) of a verb at `verb_start`, and where the subject starts."""
        left = self.skel[:verb_start]
        # A subject (with its appositive) sits within a few hundred characters of its verb.
        m = _SUBJ_LEFT.search(self.skel, max(0, verb_start - _REACH), verb_start)
        if not m:
            if re.search(rf"(?:,\s*|\s)and\s+(?:then\s+|later\s+)?{_GAP}\s*$", left, re.IGNORECASE):
                # "Okoye left Salesforce in 2023 and founded Tessellate": the first verb's subject
                previous = [v for v in _VERB_RE.finditer(left)] + [v for v in _ROLE_VERB_RE.finditer(left)]
                if previous:
                    return self.subjects(max(v.start() for v in previous))
                first = _OPENING_PERSON.match(left)
                if first and not re.search(rf";|{P}", left[first.end() :]):
                    return [self.symbol(first.group("p")).name], first.start("p")
            return None
        head = left[max(0, m.start() - 60) : m.start()]
        gap = m.group("gap")
        if re.search(r"\b(?:said|announced|confirmed|disclosed)\b", left[: m.start()], re.IGNORECASE):
            gap = re.sub(r"\bwould\b", "", gap)  # "Intel said its CTO, X, would leave": future in the past
        if (
            _HYPOTHETICAL.search(head[-25:])
            or _HYPOTHETICAL.search(gap)
            or re.search(r"\b(?:if|whether|unless)\s*$", head, re.IGNORECASE)
        ):
            return None
        subj = m.group("subj")
        people = self.people_in(subj)
        start = m.start()
        # "OpenAI's research chief, Bob McGrew, and VP of research Barret Zoph also left", "CEO Peter
        # Chen, Chief Scientist Pieter Abbeel and CTO Rocky Duan are joining": titled people before
        while people and (titled := _TITLED_PAIR.search(left, 0, start)):
            people, start = [self.symbol(titled.group("p")).name, *people], titled.start()
        if start != m.start():
            return people, start
        if not people:
            possessor = re.match(rf"(?:(?P<p>{P})'s|(?P<pr>his|her|their))", subj, re.IGNORECASE)
            if possessor and possessor.group("p"):
                people = self.people_in(possessor.group("p"))
            else:
                word = possessor.group("pr") if possessor else subj
                word = {"his": "he", "her": "she", "their": "they"}.get(word.lower(), word)
                people = self.pronoun(m.start(), word)
        return (people, m.start()) if people else None

    def main_subject(self) -> str | None:
        """The first person named as a subject (not a possessor, not after a preposition)."""
        for m in _SUBJECT_MENTION.finditer(self.skel):
            before = self.skel[: m.start()].rstrip().lower()
            if re.search(r"\b(?:by|with|of|from|to|at|for|like|alongside|including)$", before):
                continue
            if m.group("p"):
                return self.symbol(m.group("p")).name
            people = self.pronoun(m.start(), m.group("pr"))
            return people[0] if people else None
        return None

    # -- objects ----------------------------------------------------------------------

    def obj(self, pos: int, leaving: bool = False) -> tuple[str, int, str] | None:
        """The organisation object starting at `pos`: (name, end, role). For a leaving verb,
        "the company" is not a place someone else in context went to."""
        m = _OBJ.match(self.skel, pos)
        if not m:
            return None
        if m.group("anaph"):
            # "will leave the company, Apple said": the company speaking for itself
            speaker = re.match(rf"\s*,\s*(?P<o>{ORG})\s+(?:said|says|announced|confirmed)\b", self.skel[m.end() :])
            name = (
                (self.org_name(speaker.group("o")) if speaker else None)
                or self.article.org_named_like(self, m.group("anaph"))
                or (leaving and self.article._latest_org(self, m.start("anaph"), False))
                or self.article.context_org(self, m.start("anaph"), leaving=leaving)
            )
        else:
            name = self.org_name(m.group("org"))
        if not name:
            return None
        end, role = m.end(), ""
        if m.group("poss"):
            after = _AFTER_POSS.match(self.skel, end)
            if after and after.group("org2"):
                inner = self.symbol(after.group("org2"))
                if inner.kind == "O" and not after.group("unit"):
                    return inner.name, after.end(), ""  # "joined Google's DeepMind"
                # "Google's DeepMind research unit", "Meta's Paris office": the possessor
                return name, after.end(), f"{inner.text}{after.group('unit') or ''}"
            if after and after.group("role"):
                role = after.group("role")
                end = after.end()
        return name, end, role

    def role_after(self, pos: int) -> str:
        m = _ROLE_AS.match(self.skel, pos)
        return _clean_role(m.group("role")) if m else ""

    # -- patterns -----------------------------------------------------------------------

    def extract(self) -> list[_Move]:
        moves: list[_Move] = []
        taken: dict[tuple, _Move] = {}

        def add(move: _Move):
            if not move.person or not (move.from_org or move.to_org):
                return
            if move.from_org and move.from_org == move.to_org:
                move.from_org = None if move.kind != LEAVE else move.from_org
                move.to_org = None if move.kind == LEAVE else move.to_org
                if move.kind == MOVE:
                    move.kind = JOIN
            for org in (move.from_org, move.to_org):
                if org and (org.lower() in PRODUCTS or org == move.person or self._not_an_org(org)):
                    return
            key = (move.person, move.kind, move.from_org, move.to_org)
            if key not in taken:
                taken[key] = move
                moves.append(move)
            elif taken[key].date.value is None and move.date.value is not None:
                taken[key].date, taken[key].anchor = move.date, None  # a second reading knows when

        self._successions()
        self._verb_moves(add)
        self._role_moves(add)
        self._hire_moves(add)
        self._losses(add)
        self._saw_leave(add)
        self._noun_moves(add)
        self._found_moves(add)
        self._former_moves(add)
        self._arrivals(add)
        self._joining_moves(add)
        self._current_jobs(add)
        self._tenures(add)
        self._team_moves(add)
        self._followers(add, moves)
        self._implied_departures(add, moves)
        self._returns(add, moves)
        self._successors(add, moves)
        self._rule_moves(add)
        if USE_FALLBACK:
            self._fallback_moves(add, moves)
        self._assign_dates(moves)
        return moves

    def _not_an_org(self, org: str) -> bool:
        """A person of this article ("joining Jeff Dean"), a title or a function word ("President",
        "Early") or an award ("Turing Award") in an organisation's slot."""
        key = tuple(org.lower().split())
        if len(key) >= 2 and key in self.article.people.display:
            return True
        if len(key) == 1 and key[0] in _TITLE_WORDS:
            return True
        return key[-1] in ("award", "awards", "prize", "medal")

    def _rule_moves(self, add) -> None:
        """The named rules of ingest/rules/: each match claims the atoms its rule declares."""
        for rule in all_rules():
            for m in rule.pattern.finditer(self.skel):
                for person_group, org_group, direction, date_group in rule.atoms:
                    people = self._rule_people(m, person_group)
                    org = self._rule_org(m, org_group, leaving=direction == "out")
                    if not people or not org:
                        continue
                    when, anchor = PartialDate(), m.start()
                    if date_group and m.group(date_group):
                        when = dates.resolve(self.symbol(m.group(date_group)).name, self.article.published)
                        anchor = None
                    for person in people:
                        if direction == "out":
                            move = _Move(person, LEAVE, from_org=org, anchor=anchor, date=when, rule=rule.name)
                        else:
                            kind = rule.kind or JOIN
                            move = _Move(person, kind, to_org=org, anchor=anchor, date=when, rule=rule.name)
                        move.anchor_end = m.end() if anchor is not None else 0
                        add(move)

    def _rule_people(self, m: re.Match, group: str) -> list[str]:
        text = m.group(group)
        if not text:
            return []
        syms = re.findall(P, text)
        if syms:
            return [self.symbol(s).name for s in syms if self.symbol(s).kind == "P"]
        word = text.strip().lower()
        if word in ("he", "she", "they", "who", "i", "we"):
            return [p for p in self.pronoun(m.start(group), word) if p]
        return []

    def _rule_org(self, m: re.Match, group: str, leaving: bool) -> str | None:
        text = m.group(group)
        if not text:
            return None
        sym = re.search(ORG, text)
        if sym:
            mention = self.symbol(sym.group(0))
            return mention.name if mention.kind in ("O", "E") else None
        return self.article.org_named_like(self, text.strip()) or self.article.context_org(
            self, m.start(group), leaving=leaving
        )

    def _fallback_moves(self, add, moves: list[_Move]) -> None:
        """The recall fallback (ingest/fallback.py), for people the patterns found no move for."""
        moved = {(mv.person, o) for mv in moves for o in (mv.from_org, mv.to_org) if o}
        for who, where, direction, start, end in fallback_atoms(self.skel):
            if "@" in who:
                word, pos = who.split("@")
                people = self.pronoun(int(pos), word)
            else:
                people = [self.symbol(who).name] if self.symbol(who).kind == "P" else []
            if "@" in where:
                phrase, pos = where.split("@")
                org = self.article.org_named_like(self, phrase) or self.article.context_org(self, int(pos))
            else:
                org = self.symbol(where).name if self.symbol(where).kind in ("O", "E") else None
            for person in people[:1]:
                if not org or (person, org) in moved:
                    continue
                if direction == "out":
                    add(_Move(person, LEAVE, from_org=org, anchor=start, anchor_end=end))
                else:
                    add(_Move(person, JOIN, to_org=org, anchor=start, anchor_end=end))

    def _team_moves(self, add) -> None:
        """A company's own post: "X joined the team in March", "two people who joined the team in
        March: A, ..., and B, ...", "welcome X", "our new head of design, X"."""
        org = self.article.own_org
        if not org:
            return
        skel = self.skel
        for m in _OUR_TEAM.finditer(skel):
            when = dates.resolve(self.symbol(m.group("d")).name, self.article.published) if m.group("d") else None
            listed = _TEAM_LIST.match(skel, m.end())
            if listed:
                people = [self.symbol(p.group("p")).name for p in _TEAM_ITEM.finditer(skel, listed.end())]
            elif m.group("welcome"):
                item = _PERSON_RIGHT.match(skel, m.end())
                people = [self.symbol(item.group("p")).name] if item else []
            else:
                who = self.subjects(m.start())
                people = who[0] if who else []
            for person in people:
                add(_Move(person, JOIN, to_org=org, anchor=None if when else m.start(), date=when or PartialDate()))

    def _successors(self, add, moves: list[_Move]) -> None:
        """ "X is stepping down and will be succeeded by Y, currently head of engineering at Z": Y
        takes the post at the organisation X leaves, and leaves Z for it."""
        for m in _SUCCEEDED_BY.finditer(self.skel):
            successor = self.symbol(m.group("p")).name
            left = [
                mv
                for mv in moves
                if mv.kind in (LEAVE, MOVE) and mv.from_org and mv.person != successor and (mv.anchor or 0) < m.start()
            ]
            if not left or self.symbol(m.group("p")).kind != "P":
                continue
            org = left[-1].from_org
            add(_Move(successor, JOIN, to_org=org, anchor=None))
            post = _SUCCESSOR_POST.match(self.skel, m.end())
            if post and self.org_name(post.group("o")) not in (None, org):
                add(_Move(successor, LEAVE, from_org=self.org_name(post.group("o")), anchor=None))

    def _followers(self, add, moves: list[_Move]) -> None:
        """ "Haddadi quit Stripe in 2022; Lindgren followed him": the follower made the same move."""
        for m in _FOLLOWER.finditer(self.skel):
            follower = self.symbol(m.group("f")).name
            who = self.people_in(m.group("who")) or self._pronoun_before(m.start())
            for mv in list(moves):
                if who and mv.person == who[0] and mv.person != follower:
                    add(replace(mv, person=follower, anchor=m.end("who"), anchor_end=m.end(), date=PartialDate()))

    def _verb_moves(self, add) -> None:
        skel = self.skel
        rejoined: dict[str, str] = {}
        for m in _VERB_RE.finditer(skel):
            kind = m.lastgroup
            who = self.subjects(m.start())
            participle = None
            if who is None:
                participle = _PARTICIPLE.search(skel, max(0, m.start() - 12), m.end())
                if not participle or participle.end() != m.end():
                    continue
                main = self._participle_subject(m.start())
                if not main:
                    continue
                who = ([main], m.start())
            people, _ = who
            obj = self.obj(m.end(), leaving=kind == LEAVE)
            verb = m.group(0).lower()
            if kind == FOUND:
                unit = _FOUNDED_UNIT.match(skel, m.end()) if verb.startswith(("found", "co", "start", "set")) else None
                if unit:  # "founded Meta's AI research lab in 2013": a post at Meta
                    for person in people:
                        add(
                            _Move(
                                person,
                                JOIN,
                                to_org=self.org_name(unit.group("o")),
                                anchor=m.start(),
                                anchor_end=m.end(),
                            )
                        )
                    continue
                if not obj or re.match(rf"\s*(?:{D}\s*)?{ORG}'s", skel[m.end() :]):
                    continue
                if verb.startswith(("start", "launch", "set", "establish", "spun", "spin")) and not re.match(
                    rf"\s*(?:(?:a|an|the|his|her|their|own|new|startup|company|firm|"
                    rf"called|named)\s+){{0,4}}{ORG}",
                    skel[m.end() :],
                    re.IGNORECASE,
                ):
                    continue
                name, end, _ = obj
                role = "co-founder" if "co" in verb[:3] else "founder" if "found" in verb else ""
                if "member" in verb:
                    role = "founding member"
                for person in people:
                    add(_Move(person, FOUND, to_org=name, role=role, anchor=m.start(), anchor_end=m.end()))
                self._cofounders(add, end, name, m.start())
                continue
            if kind in (JOIN, REJOIN):
                if not obj and kind == JOIN and verb.startswith("joined") and _OBJECTLESS_JOIN.match(skel, m.end()):
                    # "X joined in March as head of sales", after "Perplexity has made several hires"
                    name = self.article.hiring_org or self.article.own_org
                    if name:
                        for person in people:
                            if person != name:
                                add(_Move(person, JOIN, to_org=name, anchor=m.start(), anchor_end=m.end()))
                    continue
                if not obj:
                    continue
                name, end, role = obj
                if _NOT_A_JOB.match(role) or _NOT_A_JOB_AFTER.match(skel, end):
                    continue  # "will join Kinfold's board", "joined Acme as an adviser"
                if kind == JOIN and _AGAIN.match(skel, end):
                    kind = REJOIN
                if kind == REJOIN:
                    rejoined.update((person, name) for person in people)
                    # "two researchers who joined Meta's lab a month ago have gone back to OpenAI"
                    joined = _JOINED_BEFORE.search(skel, 0, m.start())
                    if joined and self.org_name(joined.group("o")) != name:
                        for person in people:
                            add(_Move(person, LEAVE, from_org=self.org_name(joined.group("o")), anchor=None))
                source = _FROM.match(skel, end) or _DEAL_WITH.match(skel, end)
                from_org = self.org_name(source.group("org")) if source else None
                titled = _TITLED_SUBJECT.match(skel[: who[1]]) if kind == JOIN and not participle else None
                if not from_org and titled:
                    # "Kestrel CEO A and CTO B will join Nvidia": they leave Kestrel
                    from_org = self.org_name(titled.group("o"))
                    from_org = None if from_org == name else from_org
                role = self.role_after(source.end() if source else end) or role
                for person in people:
                    add(
                        _Move(
                            person,
                            MOVE if from_org else kind,
                            from_org=from_org,
                            to_org=name,
                            role=role,
                            anchor=m.start(),
                            anchor_end=m.end(),
                        )
                    )
                continue
            # LEAVE
            where = _WHERE_CLAUSE.search(skel, 0, m.start())
            if obj:
                name, end, role = obj
            elif _OBJECTLESS_OK.match(skel, m.end()):
                held = self.article.held.get(people[0]) if len(people) == 1 else None
                back = rejoined.get(people[0]) if len(people) == 1 else None
                own = _OWN_ORG.search(skel, who[1], m.start())  # "X, ... who co-founded xAI, left in February"
                titled = _TITLE_POSSESSOR.search(skel, max(0, who[1] - 100), who[1])
                # "Microsoft AI, which also saw X leave for OpenAI": the organisation watching
                saw = re.search(r"(?<![\w-])(?:saw|seen|sees|watched)\s+(?:[\w-]+\s+){0,4}?$", skel[: who[1]], re.I)
                watcher = self._hirer(saw.start()) if saw else None
                name = (
                    (watcher[0] if watcher and not watcher[1] else None)
                    or held
                    or back  # "returned to DeepMind, two years after he left to co-found ..."
                    or (self.org_name(own.group("o")) if own else None)
                    # "Salesforce's head of Slack AI, Prakash Venu, left for ServiceNow": Salesforce
                    or (self.org_name(titled.group("o")) if titled else None)
                    or (self.org_name(where.group("o")) if where else None)  # "MSR, where she spent years"
                    or self.article.context_org(self, m.start(), leaving=True)
                )
                end, role = m.end(), ""
                if not name:
                    continue
            else:
                continue
            role = self.role_after(end) or role
            self._leave_with_chain(add, people, name, role, end, m.start(), m.end())

    def _successions(self) -> None:
        """ "She succeeds Kenji Mori": Mori held the post at the organisation she is joining, so
        a later "who stepped down" (with no object) means that organisation."""
        for m in _SUCCEEDS.finditer(self.skel):
            who = self.subjects(m.start())
            if not who:
                continue
            org = self.article.joined.get(who[0][0])
            if org:
                self.article.held[self.symbol(m.group("p")).name] = org

    def _current_jobs(self, add) -> None:
        """ "Yuki Tanaka (formerly of Epic) now leads product at Ambience": the current employer.
        "Zoph is now Thinking Machines' chief technology officer": a new post, so a joining."""
        for m in _NOW_POST.finditer(self.skel) if " now " in self.skel else ():
            who = self.subjects(m.start())
            if who:
                for person in who[0]:
                    add(_Move(person, JOIN, to_org=self.org_name(m.group("org")), role=m.group("role"), anchor=None))
        for m in _NOW_ROLE_AT.finditer(self.skel) if " now " in self.skel else ():
            who = self.subjects(m.start())
            if who:
                for person in who[0]:
                    add(_Move(person, JOIN, to_org=self.org_name(m.group("org")), anchor=None))
        if not _EARLIER_JOB.search(self.skel):
            return
        for m in _NOW_AT.finditer(self.skel):
            who = self.subjects(m.start("v"))
            if who:
                for person in who[0]:
                    add(_Move(person, JOIN, to_org=self.org_name(m.group("org")), anchor=None))

    def _tenures(self, add) -> None:
        """ "was a research scientist at Google Brain from 2016 to 2020": joined and left, dated."""
        for m in _TENURE_RANGE.finditer(self.skel):
            people = self._pronoun_before(m.start()) or self.pronoun(m.start(), "he")
            if not people:
                continue
            org = self.org_name(m.group("org"))
            pair = next(p for p in (("d1", "d2"), ("d3", "d4"), ("d5", "d6")) if m.group(p[0]))
            self._stint(add, people[:1], org, m.group(pair[0]), m.group(pair[1]))
        for m in _RANGE_FIRST.finditer(self.skel):
            who = m.group("p")
            people = self.people_in(who) or self.pronoun(m.start("p"), who)
            self._stint(add, people[:1], self.org_name(m.group("org")), m.group("d1"), m.group("d2"))

    def _stint(self, add, people: list[str], org: str, start: str, end: str) -> None:
        """Joined at `start`, left at `end` (date symbols)."""
        published = self.article.published
        for person in people:
            add(_Move(person, JOIN, to_org=org, anchor=None, date=dates.resolve(self.symbol(start).name, published)))
            add(_Move(person, LEAVE, from_org=org, anchor=None, date=dates.resolve(self.symbol(end).name, published)))

    def _implied_departures(self, add, moves: list[_Move]) -> None:
        """Moves that say someone left without naming where from, in this sentence:
        "who led the institute's evaluations team, has been hired by Anthropic" (the team's
        organisation), "decamped to Runway" (the organisation in context)."""
        joins = {mv.person: mv for mv in moves if mv.to_org and not mv.from_org}
        for person, mv in joins.items():
            # "Jane Roe, the head of robotics at Google, is joining OpenAI": she leaves Google
            subj = _SUBJ_LEFT.search(self.skel, max(0, mv.anchor - _REACH), mv.anchor) if mv.anchor else None
            if subj and re.fullmatch(r"he|she", subj.group("subj"), re.IGNORECASE):
                # "Roe, the head of robotics at Google, announced she's joining OpenAI"
                subj = _SAID_SUBJ.search(self.skel, max(0, subj.start() - _REACH), subj.start())
            post = _CURRENT_POST.match(subj.group("appos")) if subj and subj.group("appos") else None
            if not post and subj and subj.group("appos") and _ITS_POST.match(subj.group("appos")):
                # "Workday has lost several AI leaders. X, its head of AI research, joined Y"
                if self.people_in(subj.group("subj")) != [person]:
                    continue
                before = [self.org_name(o) for o in re.findall(ORG, self.skel[: subj.start()])]
                owner = before[-1] if before else self.article.subject_org
                if owner and owner != mv.to_org:
                    add(_Move(person, LEAVE, from_org=owner, anchor=mv.anchor, anchor_end=mv.anchor_end))
                continue
            if not post or self.people_in(subj.group("subj")) != [person]:
                continue
            org = self.org_name(post.group("o") or post.group("o2") or post.group("o3"))
            if _ACADEMIC.search(org):
                continue  # a professor joining a company often keeps the chair
            if org != mv.to_org and not any(o.person == person and o.from_org and o.anchor == mv.anchor for o in moves):
                add(_Move(person, LEAVE, from_org=org, anchor=mv.anchor, anchor_end=mv.anchor_end))
        for m in _WHO_LED_POSS.finditer(self.skel) if joins and "who" in self.skel else ():
            person = self.symbol(m.group("p")).name
            if person not in joins:
                continue
            org = (
                self.org_name(m.group("org"))
                if m.group("org")
                else self.article.org_named_like(self, m.group("anaph"))
                or self.article.context_org(self, m.start("anaph"))
            )
            if org and org != joins[person].to_org:
                add(
                    _Move(person, LEAVE, from_org=org, anchor=joins[person].anchor, anchor_end=joins[person].anchor_end)
                )
        for m in _VERB_RE.finditer(self.skel) if joins and _DEFECT_HINT.search(self.skel) else ():
            if m.lastgroup != JOIN or not _DEFECT.match(m.group(0)):
                continue
            for person, mv in joins.items():
                if mv.anchor == m.start() and not any(o.person == person and o.from_org for o in moves):
                    org = self.article.context_org(self, m.start(), leaving=True)
                    if org and org != mv.to_org and org not in self.article.joined_all.get(person, ()):
                        add(_Move(person, LEAVE, from_org=org, anchor=mv.anchor, anchor_end=mv.anchor_end))
        for m in _FORMER_ANAPH.finditer(self.skel) if "former" in self.skel else ():
            left = re.search(rf"(?P<p>{P})\s*,\s*$", self.skel[: m.start()])
            right = _PERSON_RIGHT.match(self.skel, m.end())
            who = left or right
            org = self.article.org_named_like(self, m.group("anaph")) or self.article.context_org(
                self, m.start("anaph")
            )
            if who and org:
                add(
                    _Move(
                        self.symbol(who.group("p")).name,
                        LEAVE,
                        from_org=org,
                        role=_clean_role(m.group("role")),
                        anchor=None,
                    )
                )

    def _arrivals(self, add) -> None:
        """ "Chukwu comes from MIT", "Park joins from Databricks": the place left is named, the
        place joined is the one the article last had them join (or the organisation in context)."""
        for m in _ARRIVAL.finditer(self.skel):
            who = self.subjects(m.start())
            if who is None:
                continue
            from_org = self.org_name(m.group("org"))
            named_to = self.org_name(m.group("to")) if m.group("to") else None
            for person in who[0]:
                to_org = named_to or self.article.joined.get(person) or self.article.context_org(self, m.start())
                add(
                    _Move(
                        person,
                        MOVE if to_org and to_org != from_org else LEAVE,
                        from_org=from_org,
                        to_org=to_org if to_org != from_org else None,
                        anchor=m.start(),
                        anchor_end=m.end(),
                    )
                )

    def _joining_moves(self, add) -> None:
        """ "Joining Eze at Kinfold are A and B, both from Boston Dynamics", "He will be joined at
        Fathom by Carlos Ruiz": the people named join the organisation."""
        for m in _JOINING.finditer(self.skel):
            if m.group("org") or m.group("org2"):
                org = self.org_name(m.group("org") or m.group("org2"))
            elif m.group("anaph"):
                org = self.article.org_named_like(self, m.group("anaph")) or self.article.context_org(
                    self, m.start("anaph")
                )
            else:
                if m.group("plist2"):
                    found = self.subjects(m.start())
                    host = found[0] if found else []
                else:
                    host = self.people_in(m.group("host") or "") or self.pronoun(m.start(), "he")
                    # a surname never written in full ("Joining Eze at ...") is still the host
                org = self.article.joined.get(host[0]) if host else None
            if not org:
                continue
            source = m.group("from")
            from_org = self.org_name(source) if source else None
            for person in self.people_in(m.group("plist") or m.group("plist2")):
                add(
                    _Move(
                        person,
                        MOVE if from_org else JOIN,
                        from_org=from_org,
                        to_org=org,
                        anchor=m.start(),
                        anchor_end=m.end(),
                    )
                )

    def _participle_subject(self, verb_start: int) -> str | None:
        """Who is "leaving" in "Since leaving Tesla in 2022, Karpathy ..." (the subject after
        the comma) or in "Suleyman moved to Google before leaving the company" (the one before)."""
        before = self.skel[:verb_start]
        if re.fullmatch(r"\s*(?:(?:since|after|before|upon|on|while|when|by)\s+)?", before, re.IGNORECASE):
            m = re.search(rf",\s*(?:{D}\s*,?\s*)?(?P<s>{P}(?!')|\b(?:he|she)\b)", self.skel[verb_start:])
            if not m:
                return None
            if m.group("s").startswith("⟨"):
                return self.symbol(m.group("s")).name
            people = self.pronoun(verb_start + m.start("s"), m.group("s"))
            return people[0] if people else None
        for m in reversed(list(re.finditer(rf"(?P<p>{P})(?!')|\b(?P<pr>he|she)\b", before, re.IGNORECASE))):
            if m.group("p") and re.match(r"\s*,\s*who\b(?:[^⟨;]|⟨[OED]\d+⟩)*$", before[m.end() :]):
                return self.symbol(m.group("p")).name  # "including Kirillov, who ... before joining OpenAI"
            if re.search(
                r"\b(?:by|with|of|from|to|at|for|like|alongside|including)\s*$",
                before[: m.start()],
                re.IGNORECASE,
            ):
                continue
            if m.group("p"):
                return self.symbol(m.group("p")).name
            people = self.pronoun(m.start(), m.group("pr"))
            return people[0] if people else None
        return self.article.last_person

    def _leave_with_chain(self, add, people, from_org, role, end, anchor, anchor_end) -> None:
        chain = _CHAIN.match(self.skel, end)
        to_org, found_org, chain_anchor, to_role = None, None, None, ""
        if chain:
            target = self.obj(chain.end())
            if target:
                chain_anchor = chain.start("inf") if chain.group("inf") else chain.start("for")
                if chain.group("found"):
                    found_org = target[0]
                    if found_org == from_org:  # "left Anthropic to start the company": not Anthropic
                        found_org = next(
                            (o for o in (self.article.last_startup, self.article.main_org()) if o and o != from_org),
                            None,
                        )
                else:
                    to_org = target[0]
                    to_role = _clean_role(chain.group("become") or "") or target[2]
        for person in people:
            if to_org:
                add(
                    _Move(
                        person,
                        MOVE,
                        from_org=from_org,
                        to_org=to_org,
                        role=role or to_role,
                        anchor=anchor,
                        anchor_end=anchor_end,
                    )
                )
            else:
                add(_Move(person, LEAVE, from_org=from_org, role=role, anchor=anchor, anchor_end=anchor_end))
            if found_org:
                add(_Move(person, FOUND, to_org=found_org, role="founder", anchor=chain_anchor, parent=anchor))
        if found_org:
            self._cofounders(add, chain.end(), found_org, chain_anchor, parent=anchor)

    def _cofounders(self, add, pos: int, org: str, anchor: int, parent: int | None = None) -> None:
        """ "co-founded DeepMind in 2010 alongside Demis Hassabis and Shane Legg"."""
        m = _COFOUNDERS.match(self.skel, pos)
        if m:
            for person in self.people_in(m.group("plist")):
                add(_Move(person, FOUND, to_org=org, role="co-founder", anchor=anchor, parent=parent))

    def _role_moves(self, add) -> None:
        """ "is stepping down as CEO of Vellum Health", "will become Vellum's chief scientist"."""
        for m in _ROLE_VERB_RE.finditer(self.skel):
            who = self.subjects(m.start())
            if who is None:
                continue
            obj = _ROLE_OBJ.match(self.skel, m.end())
            leave = m.group("leave") is not None
            if obj:
                if obj.group("org1"):
                    org, role = self.org_name(obj.group("org1")), obj.group("role1")
                elif obj.group("anaph"):
                    org, role = self.article.context_org(self, obj.start("anaph")), obj.group("role2")
                else:
                    org, role = self.org_name(obj.group("org2")), obj.group("role2")
                end = obj.end()
            elif leave:
                role_m = re.match(
                    r"\s+(?:(?:the|its|their|his|her)\s+)?(?P<r>(?:[\w-]+\s+){0,4}?[\w-]+)"
                    r"(?=\s*(?:[,.;]|$|⟨D|after|effective|amid|in\b|on\b))",
                    self.skel[m.end() :],
                )
                org = self.article.context_org(self, m.start(), leaving=True)
                role = role_m.group("r") if role_m else ""
                end = m.end() + (role_m.end() if role_m else 0)
            else:
                continue
            if not org:
                continue
            role = _clean_role(role)
            people = who[0]
            if leave:
                self._leave_with_chain(add, people, org, role, end, m.start(), m.end())
            else:
                for person in people:
                    add(_Move(person, JOIN, to_org=org, role=role, anchor=m.start(), anchor_end=m.end()))

    def _hire_moves(self, add) -> None:
        """ "Anthropic hired Jan Leike", "hiring away A (…), B (…) and C", "poached X from Y"."""
        skel = self.skel
        for m in _HIRE.finditer(skel):
            obj = _HIRE_OBJ.match(skel, m.end())
            if not obj:
                continue
            verb = m.group("v").lower()
            internal = verb.startswith(("nam", "appoint", "promot", "tap")) and obj.group("its")
            if internal or (verb.startswith("promot")):
                continue  # "Scale named its chief strategy officer, Jason Droege, as interim CEO"
            hirer = self._hirer(m.start())
            if hirer is None:
                continue
            hirer_org, hirer_is_person = hirer
            from_sym = obj.group("from") or obj.group("from2")
            from_org = self.org_name(from_sym) if from_sym else None
            earlier_org = None
            if not from_org and obj.group("porg") and obj.group("porg") != hirer_org:
                from_org = self.org_name(obj.group("porg"))
                if obj.group("former"):
                    # "hired former Meta researcher X in June": when X left Meta is not said
                    earlier_org, from_org = from_org, None
            its_org = re.fullmatch(rf"({ORG})'s", obj.group("its") or "")
            if not from_org and its_org and its_org.group(1) != hirer_org and not verb.startswith(("nam", "appoint")):
                # "Databricks has hired Snowflake's head of AI, X": the post X held until now
                from_org = self.org_name(its_org.group(1))
            if not from_org and obj.group("its") and obj.group("its").lower() in ("its", "their"):
                prior = [self.symbol(s) for s in re.findall(ORG, skel[: m.start()])]
                prior = [p.name for p in prior if p.name != hirer_org]
                from_org = prior[-1] if prior else None
            role = _clean_role(obj.group("pre_role") or obj.group("role") or "")
            end = obj.end()
            appos = _HIRE_APPOS.match(skel, end)
            if appos and not from_org:
                # "lured X, a reinforcement-learning researcher, away from Y", "hired X, previously a
                # staff engineer on Y's Mosaic team, to lead ...": what the object's appositive says
                earlier = re.search(ORG, appos.group("a")) if _EARLIER_APPOS.match(appos.group("a")) else None
                if earlier:  # a separate, undated leaving: the hire's date is not when they left
                    for item in _PLIST_ITEM.finditer(obj.group("plist")):
                        person = self.symbol(item.group("p")).name
                        old_role = _clean_role(_APPOS_ROLE.sub("", appos.group("a").split("⟨")[0]))
                        add(_Move(person, LEAVE, from_org=self.org_name(earlier.group(0)), role=old_role, anchor=None))
                    end = appos.end()
                elif _FROM.match(skel, appos.end()):
                    end = appos.end()
            after_from = _FROM.match(skel, end)
            if after_from and not from_org:
                from_org = self.org_name(after_from.group("org"))
                end = after_from.end()
            to_org = hirer_org
            if hirer_is_person:
                tail = _POACH_TAIL.match(skel, end)
                to_org = self.org_name(tail.group("org")) if tail else None
                if not to_org and verb.startswith("br"):  # "she brought along X": to where she went
                    to_org = self.article.joined.get(hirer_org)
            role = self.role_after(end) or role
            items = list(_PLIST_ITEM.finditer(obj.group("plist")))
            # "hiring Windsurf CEO Varun Mohan, co-founder Douglas Chen, and some of its staff"
            pos = obj.end()
            while more := _TITLED_ITEM.match(skel, pos):
                items.append(_PLIST_ITEM.match(skel, more.start("p" if more.group("p") else "p2")))
                pos = more.end()
            for item in items:
                person = self.symbol(item.group("p")).name
                if earlier_org and not from_org:
                    add(_Move(person, LEAVE, from_org=earlier_org, role=role, anchor=None))
                person_role = _clean_role(item.group("b") or "") if item.group("b") else role
                if "former" in (item.group("b") or ""):
                    person_role = role
                kind = MOVE if from_org and to_org else JOIN if to_org else LEAVE
                add(
                    _Move(
                        person,
                        kind,
                        from_org=from_org,
                        to_org=to_org,
                        role=person_role,
                        anchor=m.start(),
                        anchor_end=m.end(),
                    )
                )
            # "hired A from B and C from D": each further hire with an origin of its own
            pos = end
            while to_org and (more := _AND_FROM.match(skel, pos)):
                add(
                    _Move(
                        self.symbol(more.group("p")).name,
                        MOVE,
                        from_org=self.org_name(more.group("o")),
                        to_org=to_org,
                        anchor=m.start(),
                        anchor_end=m.end(),
                    )
                )
                pos = more.end()

    def _losses(self, add) -> None:
        """ "Brightwell parted ways with Oyelaran", "Kakao has lost its head of AI, Park, to
        Hanbit Labs": an organisation as the subject of someone's leaving."""
        skel = self.skel
        for m in _DISMISS.finditer(skel):
            lost = m.group("v").lower().startswith(("los", "lost"))
            group = _LOST_GROUP.match(skel, m.end()) if lost else None
            obj = group or _HIRE_OBJ.match(skel, m.end())
            if not obj or _HYPOTHETICAL.search(skel[max(0, m.start() - 30) : m.start()]):
                continue
            tail = group or _LOST_TO.match(skel, obj.end())
            if lost and not tail:
                continue  # "lost its founder" (to illness?), "lost money"
            if re.search(r"\bboard(?:\s+of\s+directors)?\s*$", skel[: m.start()], re.IGNORECASE):
                continue  # "after the board fired Altman": which board is not said here
            hirer = self._hirer(m.start())
            if hirer is None or hirer[1] or not hirer[0]:
                continue
            to_org = self.org_name(tail.group("org")) if lost and tail else None
            role = "" if group else _clean_role(obj.group("pre_role") or obj.group("role") or "")
            for item in _PLIST_ITEM.finditer(obj.group("plist")):
                add(
                    _Move(
                        self.symbol(item.group("p")).name,
                        MOVE if to_org else LEAVE,
                        from_org=hirer[0],
                        to_org=to_org,
                        role=role,
                        anchor=m.start(),
                        anchor_end=m.end(),
                    )
                )

    def _returns(self, add, moves: list[_Move]) -> None:
        """ "returned to Anthropic, where she had worked before joining Amazon in 2024": back at
        the first organisation, she has left the one in between."""
        for m in _RETURN_BEFORE.finditer(self.skel):
            back, mid = self.org_name(m.group("back")), self.org_name(m.group("mid"))
            for mv in list(moves):
                if mv.to_org == back and mid != back and mv.kind in (REJOIN, JOIN, MOVE):
                    add(_Move(mv.person, LEAVE, from_org=mid, anchor=None))

    def _saw_leave(self, add) -> None:
        """ "Microsoft AI, which also saw X leave for OpenAI", "Stripe has seen a number of AI
        staff leave recently, including X": the organisation watching someone go."""
        skel = self.skel
        for m in _SAW_LEAVE.finditer(skel):
            if _HYPOTHETICAL.search(skel[max(0, m.start() - 30) : m.start()]):
                continue
            hirer = self._hirer(m.start())
            if hirer is None or hirer[1] or not hirer[0]:
                continue
            to_org = self.org_name(m.group("org")) if m.group("org") else None
            if to_org == hirer[0]:
                continue
            for item in _PLIST_ITEM.finditer(m.group("plist") or m.group("plist2")):
                person = self.symbol(item.group("p")).name
                add(
                    _Move(
                        person,
                        MOVE if to_org else LEAVE,
                        from_org=hirer[0],
                        to_org=to_org,
                        anchor=m.start(),
                        anchor_end=m.end(),
                    )
                )

    def _hirer(self, verb_start: int) -> tuple[str | None, bool] | None:
        """Who hires: the organisation (or person, for "Musk poached ...") before the verb."""
        left = self.skel[:verb_start]
        m = _HIRER_LEFT.search(self.skel, max(0, verb_start - _REACH), verb_start)
        if m:
            hirer = m.group("hirer")
            if hirer.startswith("⟨P"):
                return self.symbol(hirer).name, True
            if hirer.startswith("⟨"):
                return self.org_name(hirer), False
            if hirer.lower() == "which":
                prior = re.findall(ORG, left[: m.start()])
                return (self.org_name(prior[-1]), False) if prior else None
            if hirer.lower() == "it":
                first = _OPENING_ORG.match(left)
                if first and not first.group("poss"):
                    return self.org_name(first.group("o")), False
                org = self.article.subject_org or self.article.context_org(self, m.start())
                return (org, False) if org else None
            org = self.article.context_org(self, m.start())
            return (org, False) if org else None
        deal = _DEAL_TO.search(left)
        if deal:  # "Google struck a similar deal to bring back ...": the one making the deal
            return self.org_name(deal.group("o")), False
        # ", hiring away ..." or "... and hired" after a main clause: that clause's hirer.
        if re.search(r"(?:,|\band)\s*$", left):
            previous = list(_HIRE.finditer(left))
            if previous:
                return self._hirer(previous[-1].start())
            first = _OPENING_ORG.match(self.skel)
            if first and not first.group("poss"):
                return self.org_name(first.group("o")), False
        return None

    def _noun_moves(self, add) -> None:
        """ "his departure from OpenAI", "Murati's resignation", "the departures of A, B and C"."""
        if not _NOUN_HINT.search(self.skel):
            return
        skel = self.skel
        for m in _NOUN.finditer(skel):
            owner = m.group("owner")
            named = owner.startswith("⟨")
            head = skel[max(0, m.start() - 30) : m.start()]
            if _HYPOTHETICAL.search(head):
                continue
            people = (
                self.people_in(owner)
                if named
                else self.pronoun(m.start(), {"his": "he", "her": "she"}.get(owner.lower(), "they"))
            )
            if not people:
                continue
            noun = m.group("noun").lower()
            rest = skel[m.end() :]
            if re.match(
                rf"(?:\s+(?:from|to)\s+{ORG})?\s+(?:had\s+been|has\s+been|was|is)\s+(?:long\s+)?(?:rumou?red|"
                r"speculated|mooted)",
                rest,
                re.IGNORECASE,
            ):
                continue
            target = re.match(r"\s+(?P<prep>from|to|at|as)\s+", rest, re.IGNORECASE)
            obj = self.obj(m.end() + target.end()) if target else None
            prep = target.group("prep").lower() if target else ""
            if noun in ("move", "jump", "switch", "defection", "arrival"):
                if re.match(r"\s+to\s+(?:re-?)?join\b", rest, re.IGNORECASE):
                    continue  # "his move to rejoin OpenAI" is read at "rejoin"
                if obj and prep in ("to", "at"):
                    for person in people:
                        add(_Move(person, JOIN, to_org=obj[0], anchor=m.start(), anchor_end=m.end()))
                continue
            if noun == "return":
                if obj and prep == "to":
                    for person in people:
                        add(_Move(person, REJOIN, to_org=obj[0], anchor=m.start(), anchor_end=m.end()))
                continue
            if obj and prep == "from":
                org = obj[0]
            elif not target and (named or _ANNOUNCED.search(skel, 0, m.start())):
                # "Murati's resignation", "who announced his own departure on May 14"
                org = self.article.context_org(self, m.start(), leaving=True)
            else:
                continue
            if org:
                for person in people:
                    if org in self.article.joined_all.get(person, ()) and not (obj and prep == "from"):
                        continue  # "Ortega's departure" is not from the startup she just co-founded
                    add(_Move(person, LEAVE, from_org=org, anchor=m.start(), anchor_end=m.end()))
        for m in _APPOINTMENT.finditer(skel):
            first = _OPENING_ORG.match(skel)
            if first and not first.group("poss") and first.start("o") < m.start():
                org = self.org_name(first.group("o"))
            else:
                org = self.article.context_org(self, m.start())
            if not org:
                continue
            role = self.role_after(m.end())
            for item in _PLIST_ITEM.finditer(m.group("plist")):
                add(
                    _Move(
                        self.symbol(item.group("p")).name,
                        JOIN,
                        to_org=org,
                        role=role,
                        anchor=m.start(),
                        anchor_end=m.end(),
                    )
                )
        for m in _NOUN_HIRE.finditer(skel):  # "the hiring of X from Microsoft": X left Microsoft
            if _HYPOTHETICAL.search(skel[max(0, m.start() - 30) : m.start()]):
                continue
            org = self.org_name(m.group("org"))
            for item in _PLIST_ITEM.finditer(m.group("plist")):
                add(_Move(self.symbol(item.group("p")).name, LEAVE, from_org=org, anchor=m.start(), anchor_end=m.end()))
        for m in _NOUN_LIST.finditer(skel):
            head = skel[max(0, m.start() - 30) : m.start()]
            if _HYPOTHETICAL.search(head):
                continue
            source = _FROM.match(skel, m.end())
            who = _DEPARTED_WHO.match(skel, m.end()) if not source else None
            led = who.group("led") if who and len(self.people_in(m.group("plist"))) == 1 else None
            org = (
                self.org_name(source.group("org"))
                if source
                else self.org_name(led)
                if led
                else self.article.context_org(self, m.start(), leaving=True)
            )
            if not org:
                continue
            now = who.group("now") if who and len(self.people_in(m.group("plist"))) == 1 else None
            if now and self.org_name(now) != org:
                person = self.people_in(m.group("plist"))[0]
                add(_Move(person, JOIN, to_org=self.org_name(now), anchor=None))
            for item in _PLIST_ITEM.finditer(m.group("plist")):
                role = _clean_role(item.group("b") or "")
                add(
                    _Move(
                        self.symbol(item.group("p")).name,
                        LEAVE,
                        from_org=org,
                        role=role,
                        anchor=m.start(),
                        anchor_end=m.end(),
                    )
                )

    def _found_moves(self, add) -> None:
        """ "OpenAI, a startup co-founded by Elon Musk in 2015", "the startup she co-founded",
        "Google Brain, which she left in 2019", "followed him to rival Abridge"."""
        if not _FOUND_HINT.search(self.skel):
            return
        skel = self.skel
        for m in _OWN_STARTUP.finditer(skel):
            who = self.subjects(m.start())
            for person in who[0] if who else ():
                add(_Move(person, FOUND, to_org=self.org_name(m.group("org")), anchor=m.start(), anchor_end=m.end()))
        for m in _PASSIVE_FOUND.finditer(skel):
            before = list(re.finditer(rf"{ORG}|{_ANAPHOR}", skel[: m.start()], re.IGNORECASE))
            if not before:
                continue
            last = before[-1]
            if last.group(0).startswith("⟨"):
                org = self.org_name(last.group(0))
            else:
                org = self.article.context_org(self, last.start())
            if not org:
                continue
            for person in self.people_in(m.group("plist")):
                add(_Move(person, FOUND, to_org=org, role="co-founder", anchor=m.start(), anchor_end=m.end()))
        for m in _NEW_VENTURE.finditer(skel):
            # "Today was my last day at xAI", "his new firm, Babuschkin Ventures,"
            word = (m.group("pr") or m.group("pr2")).lower()
            word = {"my": "i", "our": "we", "his": "he", "her": "she", "their": "they"}[word]
            people = self.pronoun(m.start(), word)
            for person in people[:1] if word != "they" else people:
                if m.group("left"):
                    add(
                        _Move(
                            person, LEAVE, from_org=self.org_name(m.group("left")), anchor=m.start(), anchor_end=m.end()
                        )
                    )
                else:
                    add(_Move(person, FOUND, to_org=self.org_name(m.group("new")), anchor=None))
        for m in _BEFORE_FOUNDING.finditer(skel):
            # "Chen, Abbeel and Duan worked together at OpenAI before launching Covariant in 2017"
            for person in self.people_in(m.group("plist")):
                found_at = m.start("v")
                add(_Move(person, FOUND, to_org=self.org_name(m.group("o2")), anchor=found_at, anchor_end=m.end()))
                add(_Move(person, LEAVE, from_org=self.org_name(m.group("o1")), anchor=m.start("b"), parent=found_at))
        for m in _REL_OBJECT.finditer(skel):
            subj = m.group("subj")
            people = self.people_in(subj) or self.pronoun(m.start("subj"), subj)
            if subj.lower() in ("he", "she"):
                people = self._pronoun_before(m.start("org")) or people
            org = self.org_name(m.group("org"))
            verb = m.group("v").lower()
            anchor, anchor_end = m.start("v"), m.end("v")
            for person in people:
                if verb in ("left", "quit", "departed"):
                    add(_Move(person, LEAVE, from_org=org, anchor=anchor, anchor_end=anchor_end))
                elif verb in ("joined", "rejoined"):
                    add(
                        _Move(
                            person,
                            REJOIN if verb == "rejoined" else JOIN,
                            to_org=org,
                            anchor=anchor,
                            anchor_end=anchor_end,
                        )
                    )
                else:
                    add(
                        _Move(
                            person,
                            FOUND,
                            to_org=org,
                            role="co-founder" if "co" in verb else "founder",
                            anchor=anchor,
                            anchor_end=anchor_end,
                        )
                    )
        for m in _FOLLOWED.finditer(skel):
            who = m.group("who")
            people = self.people_in(who) or self.pronoun(m.start(), "he")
            for person in people:
                add(
                    _Move(
                        person,
                        JOIN,
                        to_org=self.org_name(m.group("org")),
                        anchor=m.start(),
                        anchor_end=m.end(),
                    )
                )

    def _pronoun_before(self, pos: int) -> list[str]:
        people = [self.symbol(s).name for s in _PERSON_NOT_POSS.findall(self.skel[:pos])]
        return people[:1] if people else []

    def _former_moves(self, add) -> None:
        """Descriptions of a past job: "former Tesla AI Director Andrej Karpathy", "Jan Leike
        (OpenAI's former safety lead)", "who previously led research at Nvidia"."""
        skel = self.skel
        if not _FORMER_HINT.search(skel):
            return
        for m in _FORMER.finditer(skel):
            for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"):
                if m.group("org" + n):
                    org_sym, role = m.group("org" + n), m.group("role" + (n or ""))
                    break
            if m.group("until8") and not re.match(r"(?:until|till)\b", self.symbol(m.group("until8")).text, re.I):
                continue  # "worked at Globex in 2019" is no finished job
            if re.search(r"\b(?:his|her|their|my|our)\s+$", skel[: m.start()], re.IGNORECASE) and re.match(
                r"\s*(?:boss|manager|mentor|colleagues?|teammates?|co-?founders?|partner)\b", role or "", re.IGNORECASE
            ):
                continue  # "praised her former manager at Nvidia": someone else's past job
            org = self.org_name(org_sym)
            if n == "9" and self.symbol(org_sym).kind == "E":
                # "a longtime Microsoft executive who ran product for Copilot Studio": a product or
                # unit of the known organisation the description names just before
                employer = _EMPLOYER_BEFORE.search(skel, max(0, m.start() - 80), m.start())
                if employer:
                    org = self.org_name(employer.group("o"))
                elif re.search(
                    r"\b(?:team|group|unit|work|effort)\s+(?:for|on)\s+(?:the\s+)?$", skel[: m.start("org9")]
                ):
                    continue  # "who ran the display team for Vision Pro": a product, not an employer
            people = self._described_person(m)
            if not people and m.group("org10"):
                # "After four years at DeepMind, I ...": the stint's owner is the clause's subject
                right = re.search(rf"{P}(?!')|\b(?:he|she|I)\b", skel[m.end() :])
                if right:
                    word = right.group(0)
                    people = self.people_in(word) or self.pronoun(m.end() + right.start(), word)
                elif self.article.author:
                    people = [self.article.author]
            if not people:
                continue
            if _PROMOTED.search(skel, m.end()) and {self.symbol(o).name for o in re.findall(ORG, skel)} == {org}:
                continue  # "X, who had been OpenAI's director of research, was named chief scientist"
            role = _clean_role(role or "")
            orgs, pos = [org], m.end(org_sym and ("org" + n))
            while extra := re.match(rf"(?:\s*,\s*|\s+(?:and|&|or)\s+)(?P<o>{ORG})", skel[pos:]):
                orgs.append(self.org_name(extra.group("o")))
                pos += extra.end()
            until = _UNTIL.match(skel, m.end("org8")) if n == "8" else None
            when = PartialDate()
            if until:  # "a research director at LG AI Research until mid-2024"
                when = dates.resolve(self.symbol(until.group("d")).name, self.article.published)
            for person in people:
                for left_org in orgs:
                    if person != left_org:
                        add(_Move(person, LEAVE, from_org=left_org, role=role, anchor=None, date=when))
        history = _HISTORY_OPENING.match(skel)
        if history:
            hd = history.group("hd") or history.group("hd2")  # the joining's date is the leaving's
            when = dates.resolve(self.symbol(hd).name, self.article.published) if hd else PartialDate()
            for m in _PAST_JOB.finditer(skel, history.end()):
                people = self._described_person(m, founding=True)
                for person in people:
                    add(_Move(person, LEAVE, from_org=self.org_name(m.group("org")), anchor=None, date=when))
        for m in re.finditer(
            rf"(?<![\w-])(?:was|is|were|became)\s+(?:a |an |one of the |the )?founding (?:member|"
            rf"team member|engineer|researcher|employee|scientist)s?\s+(?:of|at)\s+(?P<org>{ORG})"
            rf"|(?:,|\band)\s+(?:a |an |one of the )?founding (?:member|team member)s?\s+(?:of|at)"
            rf"\s+(?P<org2>{ORG})",
            skel,
            re.IGNORECASE,
        ):
            people = self._described_person(m, founding=True)
            org = self.org_name(m.group("org") or m.group("org2"))
            for person in people:
                add(
                    _Move(
                        person,
                        FOUND,
                        to_org=org,
                        role="founding member",
                        anchor=m.start(),
                        anchor_end=m.end(),
                    )
                )

    def _described_person(self, m: re.Match, founding: bool = False) -> list[str]:
        """Whom a past-job description is about: the name right after "former Tesla AI
        Director" or "Google's former AI head,", else the nearest person (or who/he/she) before."""
        skel = self.skel
        group = _GROUP_BEFORE.search(skel[: m.start()])
        if group:  # "Sarah McAllister and Wei-Lin Chang, both formerly of Apple"
            return self.people_in(group.group("plist"))
        appositive = re.search(rf"{P}(?:'s)?\s*(?:,|\()\s*(?:(?:a|an|the)\s+)?$", skel[: m.start()])
        if not founding and (
            (m.group("org") and m.group(0).rstrip().endswith(m.group("role") or "~"))
            or m.group("org3")
            or (m.group("org2") and not appositive)  # "Moreau's former manager at Facebook, Pierre Lambert"
        ):
            right = _PERSON_RIGHT.match(skel, m.end())
            if right:
                plural = re.search(r"[^s]s\s*$", m.group(0))  # "Former Scale research directors A and B"
                group = re.match(PLIST, skel[right.start("p") :]) if plural else None
                if group:
                    return self.people_in(group.group(0))
                return [self.symbol(right.group("p")).name]
        left = re.search(rf"(?P<s>{P}(?!')|\b(?:who|he|she)\b)(?:(?!{P}|;).)*$", skel[: m.start()], re.IGNORECASE)
        if not left or _OTHER_OBJECT.search(skel[: m.start()]):
            return []  # "replaced by ex-Microsoft executive": someone else, unnamed
        if left.group("s").startswith("⟨"):
            who = re.match(r"\s*,\s*who\b", skel[left.end("s") : m.start()])
            if who:  # "by A and B, who previously worked at DeepMind": both of them
                return self.pronoun(left.end("s") + who.end() - 3, "who")
            return [self.symbol(left.group("s")).name]
        return self.pronoun(left.start("s"), left.group("s"))

    # -- dates --------------------------------------------------------------------------

    def _assign_dates(self, moves: list[_Move]) -> None:
        if not moves:
            return
        skel = self.skel
        date_syms = [(m.start(), m.end(), self.symbol(m.group(0)).name) for m in re.finditer(D, skel)]
        if not date_syms:
            return
        ends = {mv.anchor: max(mv.anchor_end, mv.anchor) for mv in moves if mv.anchor is not None}
        anchors = sorted(ends)
        absorbers = [m.start() for m in _ABSORBERS.finditer(skel)]
        ends.update({a: a for a in absorbers})
        pairs = []
        for di, (ds, de, _) in enumerate(date_syms):
            for a in anchors + absorbers:
                if a >= de:
                    since = re.match(r"since\b", date_syms[di][2], re.IGNORECASE) or re.search(
                        r"\bsince\s*$", skel[:ds], re.IGNORECASE
                    )
                    if since and "," in skel[de:a]:
                        continue  # "X, who has led Y since 2023, is leaving": a tenure, not the move's date
                    between, dist = skel[de:a], (a - de) + 25  # a date usually follows its verb
                else:
                    between, dist = skel[ends[a] : ds], max(0, ds - ends[a])
                if _HARD_BOUNDARY.search(between):
                    continue
                if _EFFECTIVE.search(skel[:ds]):
                    dist = 0
                pairs.append((dist, di, a))
        pairs.sort()
        taken_dates, dated = set(), {}
        for _, di, a in pairs:
            if di in taken_dates or a in dated:
                continue
            taken_dates.add(di)
            dated[a] = di
        opening = _OPENING_DATE.match(skel)
        for mv in moves:
            if mv.anchor is None:
                continue
            di = dated.get(mv.anchor)
            if di is None and mv.parent is not None:
                di = dated.get(mv.parent)
            if di is None and opening:
                di = next(i for i, d in enumerate(date_syms) if d[0] == opening.start("d"))
            if di is not None:
                mv.date = dates.resolve(date_syms[di][2], self.article.published)
                if not _EFFECTIVE.search(skel[: date_syms[di][0]]):  # "hired X, effective July 1": ahead
                    mv.date = _past_if_done(mv.date, skel, mv.anchor, self.article.published)


# A finished act ("left", "joined", "was started", "resigned"): its month cannot lie ahead of the story.
_PAST_VERB = re.compile(r"(?:[a-z]+ed|left|quit|began|became|took|went|was|were|had|lost)\b", re.IGNORECASE)
_NOT_DONE = re.compile(r"\b(?:will|would|to|is|are|be|set|plans?|expected)\s+$", re.IGNORECASE)


def _past_if_done(when: PartialDate, skel: str, anchor: int, published: datetime.date | None) -> PartialDate:
    """ "Left Scale in June" in an April story is last June: dateparser reads a bare month as this year's."""
    if published is None or when.value is None or not when.relative or when.value <= published:
        return when
    if not _PAST_VERB.match(skel, anchor) or _NOT_DONE.search(skel[max(0, anchor - 20) : anchor]):
        return when
    if not dates.names_month(when.phrase):
        return when
    try:
        return replace(when, value=when.value.replace(year=when.value.year - 1))
    except ValueError:  # 29 February
        return replace(when, value=when.value.replace(year=when.value.year - 1, day=28))


def _finer(new: PartialDate, old: PartialDate) -> bool:
    """A month or day inside a year already known: "in September" refines "last fall" (2025)."""
    return (
        old.value is not None
        and new.value is not None
        and old.precision == YEAR
        and new.precision in (MONTH, DAY)
        and new.value.year == old.value.year
    )


def _clean_role(role: str) -> str:
    role = re.sub(r"⟨[OEPD]\d+⟩('s)?", "", role)
    role = re.sub(
        r"^(?:(?:the|a|an|as|its|their|his|her|former|new|then|also|and|another)\s+)+",
        "",
        role.strip(),
        flags=re.IGNORECASE,
    )
    role = role.strip(" ,;:()")
    return role if len(role.split()) <= 8 else ""
