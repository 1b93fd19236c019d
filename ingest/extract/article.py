"""The article: coreference across sentences (who "he" is, which organisation "the company" means),
lists and rosters that span sentences, and the merge of one move per person, organisation and
direction.
"""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import replace

from .. import dates
from ..confidence import move_confidence
from ..orgs import canonical_org
from ..records import DAY, FOUND, JOIN, LEAVE, MOVE, REJOIN, ExtractedMove, PartialDate
from .clauses import _Sentence
from .dating import _finer
from .helpers import _acronyms, _is_headline, _same_unit
from .mentions import _fold, _People, find_mentions
from .patterns import (
    _ALL_OF_WHOM,
    _DEPARTURE_INTRO,
    _DESCRIBED,
    _DESTINATION,
    _FIRST_PERSON,
    _GROUP,
    _GROUP_HINT,
    _GROUP_INTRO,
    _GROUP_MEMBERS,
    _GROUP_ORIGIN,
    _HIRING_LEAD,
    _ITEM_START,
    _LEFT_BEFORE,
    _LIST_INTRO,
    _NOW_ITEM,
    _OPENING_ORG,
    _OPENING_PERSON,
    _ORG_CONTEXT_AFTER,
    _ORG_CONTEXT_BEFORE,
    _ORG_ROLE_AFTER,
    _OWNED_ORG,
    _PERSON_CONTEXT_AFTER,
    _PERSON_CONTEXT_BEFORE,
    _PRODUCT_AFTER,
    _REPORTER,
    _STARTS,
    _SUBJECT_VERB,
    ORG,
    P,
    _lost_group_orgs,
    _Move,
)
from .sentences import Sentence, split_sentences

# The article


# An organisation that only says where the person after it once was: "Google veteran ⟨P1⟩",
# "Meta alum ⟨P2⟩" (a title, "Apple CEO ⟨P3⟩", says where they are, which stays the subject).
_TITLE_BEFORE_PERSON = re.compile(
    rf"(?:['’]s?)?\s+(?:(?:[A-Z][\w&-]*|longtime|former)\s+){{0,2}}(?:veteran|alum|alumnus|alumna|expat)\s+"
    rf"(?:(?:[A-Z][\w&-]*|engineer|researcher|scientist|executive)\s+){{0,2}}{P}"
)


def _second_stint(old: ExtractedMove, move: _Move, direction: str) -> bool:
    """A return to an organisation, dated apart from the first joining: its own atom."""
    if direction != "in" or REJOIN not in (old.kind, move.kind):
        return False
    if old.date.value is None and move.date.value is None:
        return False
    if old.date.value is None or move.date.value is None:
        return old.kind != move.kind  # "joined AMD in 1998" and "is rejoining AMD": two joinings
    return old.date.value.year != move.date.value.year


# A name hiring a person "as its" something: an organisation.
_HIRES_AS_ITS = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:appointed|named|hired|welcomed|promoted|recruited|tapped|poached|"
    r"brought\s+(?:on\s+board|in|on))\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:from\s+(?:[A-Z][\w.'’-]*\s+){1,4})?"
    r"(?:as|to\s+(?:be|lead|run|head|the))\s+(?:its|their)\b"
)


# A wave of departures from one organisation: "four key researchers leaving the company", "an exodus of
# talent from Apple", "has lost several engineers".
_EXODUS = re.compile(
    rf"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several|many|more)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:researchers|engineers|executives|employees|staffers|scientists|leaders|people|members)\s+"
    rf"(?:(?:are|were|have|has|had)\s+)?(?:(?:now|recently|already)\s+)?"
    rf"(?:leaving|left|quit|quitting|departing|departed|"
    rf"exiting|exited|abandoning|abandoned)\s+(?:(?:the\s+(?:company|firm|startup|lab|iPhone maker|[\w-]+maker))|"
    rf"(?:the\s+)?(?P<o>{ORG}))"
    rf"|\b(?:exodus|brain drain|wave of departures)\s+(?:of\s+[\w\s]{{0,30}}?)?from\s+(?:the\s+)?(?P<o2>{ORG})",
    re.IGNORECASE,
)


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
        self.recent_people: list[str] = []  # people named so far, the latest last
        self.gender: dict[str, str] = {}  # person -> "he" or "she", as the article refers to them
        self.previous: _Sentence | None = None
        self.recent: list[_Sentence] = []  # the latest sentences, for "the startup"
        self.solid = self._solid_names()
        self.subject_org: str | None = None  # the subject of the previous sentence, if an organisation
        self.org_counts: dict[str, int] = {}
        self.author = self._author()
        self.joined: dict[str, str] = {}
        self.last_destination: str | None = None  # where the latest joining before this sentence went
        self.joined_when: dict[str, PartialDate] = {}  # person -> the date of that latest joining
        self.joined_all: dict[str, set[str]] = {}
        self.held: dict[str, str] = {}
        self.last_year: int | None = (
            None  # the latest year named, for "later that year"  # person -> an organisation they are known to work at
        )
        self.last_startup: str | None = None  # the organisation last described as a startup
        self.hiring_org: str | None = None  # "Perplexity has made several hires"
        self.own_org: str | None = None  # the organisation a company's own post speaks for ("we", "our team")
        self.group_org: str | None = None  # the organisation a group of hires in the last sentence joined
        self.exodus: tuple[str, int] | None = None  # (organisation, sentence) of the latest wave of departures
        self.group_origin: str | None = None  # where that group came from ("three engineers from DeepMind")
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
                if _HIRES_AS_ITS.match(after):
                    as_org.add(key)  # "Ocean Spray brought on board X as its CIO": a person hires no one "as its"
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
            origin, self.group_origin = self.group_origin, self._group_origin(ctx) if self.group_org else None
            if (group and _GROUP_MEMBERS.match(ctx.skel)) or (grouped and self.group_org is not None):
                self._group_members(ctx, group, found, origin)
            # Every sentence meets every pattern: a hand-kept pre-filter of trigger words drifted
            # from the patterns ("wooed", "boomerangs" never reached theirs) and saved no time.
            extracted = ctx.extract()
            for move in extracted:
                found.append((index, move))
                if move.to_org:
                    self.joined[move.person] = move.to_org
                    if move.kind in (JOIN, MOVE, REJOIN):
                        self.last_destination = move.to_org
                    self.joined_when[move.person] = move.date
                    self.joined_all.setdefault(move.person, set()).add(move.to_org)
            self._exodus_members(ctx, extracted, found)
            self._start_dates(ctx, found)
            self._after_sentence(ctx)
        for _, move in found:
            # news in the lead, still undated once every sentence was read ("will take up the post on
            # March 1" dates it first): the report's date
            if move.news and move.date.value is None and not move.undated and self.published is not None:
                move.date = PartialDate(self.published, DAY)
        return self._merge(found)

    def _exodus_members(self, ctx: _Sentence, extracted: list[_Move], found: list[tuple[int, _Move]]) -> None:
        """ "Four key researchers are leaving Apple ... Zhang has joined Meta, while A and B have moved to
        OpenAI": in the sentences after a wave of departures, each person said to join elsewhere left
        the organisation the wave left."""
        wave = _EXODUS.search(ctx.skel)
        if wave:
            sym = wave.group("o") or wave.group("o2")
            org = ctx.org_name(sym) if sym else self.context_org(ctx, wave.start(), leaving=True)
            self.exodus = (org, ctx.index) if org else None
            return
        if not self.exodus or ctx.index - self.exodus[1] > 2:
            self.exodus = None
            return
        org = self.exodus[0]
        leavers = {mv.person for mv in extracted if mv.from_org}
        for mv in extracted:
            if mv.to_org and mv.to_org != org and not mv.from_org and mv.person not in leavers:
                leavers.add(mv.person)
                found.append(
                    (
                        ctx.index,
                        _Move(mv.person, LEAVE, from_org=org, anchor=None, date=mv.date, rule="list:exodus:leave"),
                    )
                )

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

    def _group_origin(self, ctx: _Sentence) -> str | None:
        """ "hired three engineers from Google DeepMind", "six Scale AI researchers": where the group was."""
        intro = _GROUP_INTRO.search(ctx.skel)
        origin = _GROUP_ORIGIN.search(intro.group(0)) if intro else None
        if origin is None and intro is not None:
            origin = _GROUP_ORIGIN.search(ctx.skel, intro.start())
        return ctx.org_name(origin.group("f") or origin.group("f2")) if origin else None

    def team_owner(self) -> str | None:
        """Whose "team" an unnamed one is: the startup the article is about, else its main organisation."""
        return self.last_startup or self.main_org()

    def main_org(self) -> str | None:
        """The organisation the article is most about so far."""
        return max(self.org_counts.items(), key=lambda kv: kv[1])[0] if self.org_counts else None

    def _group_members(
        self, ctx: _Sentence, group: str | None, found: list[tuple[int, _Move]], group_origin: str | None = None
    ) -> None:
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
            sym = m.group("o3") or m.group("o") or m.group("o2")
            org, start = (ctx.org_name(sym) if sym else self.team_owner()), (including or m).end()
        if not org:
            return
        intro = _GROUP_INTRO.search(skel) if not members else None
        # "two dozen Google DeepMind employees", "six Scale AI researchers have joined Meta"
        origin = _GROUP_ORIGIN.search(skel[max(0, intro.start() - 40) : intro.end()]) if intro else None
        origin_org = ctx.org_name(origin.group("f") or origin.group("f2")) if origin else None
        if members and group_origin:
            origin_org = group_origin  # named in the sentence that introduced the group
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
            if m.kind == "P" and m.name:
                if m.name in self.recent_people:
                    self.recent_people.remove(m.name)
                self.recent_people.append(m.name)
                title = re.search(r"\b(Mr|Ms|Mrs|Miss)\.?\s*$", ctx.sentence.text[: m.start])
                if title:
                    self.gender.setdefault(m.name, "he" if title.group(1) == "Mr" else "she")
            years = re.findall(r"(?:19|20)\d\d", m.name) if m.kind == "D" else ()
            if years:
                self.last_year = int(years[-1])
        # "X said he was proud": a pronoun right after the one person named before it is theirs
        for pr in re.finditer(r"(?<![\w'])(he|she|his|her|him)\b", ctx.skel, re.IGNORECASE):
            before = list(re.finditer(rf"{P}(?!')", ctx.skel[: pr.start()]))
            if len(before) == 1 and pr.start() - before[0].end() < 80:
                name = ctx.symbol(before[0].group(0)).name
                if name:
                    self.gender.setdefault(name, "she" if pr.group(1).lower() in ("she", "her") else "he")
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
        if first and _TITLE_BEFORE_PERSON.match(ctx.skel, first.end()):
            first = None  # "Google veteran X followed", "Apple CEO Y said": X and Y are the subject
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
            after, before = ctx.skel[m.end() :], ctx.skel[: m.start()]
            if leaving and (
                re.match(r"['’]?s?\s+(?:veteran|alum|alumnus|alumna|alumni|expat)\b", after, re.IGNORECASE)
                or re.search(r"\b(?:former|ex-|formerly(?:\s+of|\s+at)?)\s*$", before, re.IGNORECASE)
            ):
                continue  # "Google veteran X followed": where X once was, not what is being left now
            if not leaving and ctx is not self.previous and _LEFT_BEFORE.search(ctx.skel[: m.start()]):
                continue  # "Former Meta PyTorch lead X signed on with the startup": not Meta
            mention = ctx.symbol(m.group(0))
            if mention.kind == "O":  # not any capitalised name: "offices in Palo Alto, California"
                return mention.name
            if mention.kind == "E" and re.match(r"['’]s?\s+(?:[\w-]+\s+){0,4}?⟨P\d+⟩", ctx.skel[m.end() :]):
                return mention.name  # "Freshfields' COO X, who joined the firm in 2010": X's employer
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
                if _second_stint(old, move, direction):
                    new_sides.append((direction, org))  # "co-founded Apple in 1976 ... returned to Apple in 1997"
                    continue
                own_date = move.date.value is not None and not move.date_borrowed
                if (old.date.value is None or old.date_borrowed) and own_date:
                    if old.kind == MOVE:
                        old = self._split(result, atoms, atoms[key], direction)
                    old.date, old.date_borrowed = move.date, False
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
                    date_borrowed=move.date_borrowed,
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
