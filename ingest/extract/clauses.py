"""The built-in rules over one sentence's skeleton, grouped by family (verbs, hires, losses, nouns,
foundings, former jobs, arrivals, tenures, teams, successions, the named rules of ingest/rules/ and
the recall fallback), and the dates handed to each move.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import dates
from ..fallback import fallback_atoms
from ..orgs import KNOWN_TOKENS, PLACES, PRODUCTS, canonical_org
from ..records import FOUND, JOIN, LEAVE, MOVE, REJOIN, PartialDate
from ..rules import all_rules
from ..rules import hint as rule_hint
from .dating import _ahead_if_future, _clean_role, _past_if_done
from .helpers import _FORMER_BOSS, _TITLE_WORDS, _blank_boss
from .mentions import Mention, _name_shaped, find_mentions
from .patterns import (
    _ABSORBERS,
    _ACADEMIC,
    _AFTER_POSS,
    _AGAIN,
    _ANAPHOR,
    _AND_FROM,
    _ANNOUNCED,
    _APPOINTMENT,
    _APPOS_ROLE,
    _ARRIVAL,
    _BEFORE_FOUNDING,
    _CHAIN,
    _COFOUNDERS,
    _CURRENT_POST,
    _DEAL_TO,
    _DEAL_WITH,
    _DEFECT,
    _DEFECT_HINT,
    _DEPARTED_WHO,
    _DISMISS,
    _EARLIER_APPOS,
    _EARLIER_JOB,
    _EFFECTIVE,
    _EMPLOYER_BEFORE,
    _FOLLOWED,
    _FOLLOWER,
    _FORMER,
    _FORMER_ANAPH,
    _FORMER_HINT,
    _FOUND_HINT,
    _FOUNDED_UNIT,
    _FROM,
    _GAP,
    _GENERIC_UNITS,
    _GROUP,
    _GROUP_BEFORE,
    _HARD_BOUNDARY,
    _HIRE,
    _HIRE_APPOS,
    _HIRE_OBJ,
    _HIRER_LEFT,
    _HISTORY_OPENING,
    _HYPOTHETICAL,
    _ITS_POST,
    _JOINED_BEFORE,
    _JOINING,
    _LAB_UNITS,
    _LOST_GROUP,
    _LOST_TO,
    _NEW_VENTURE,
    _NOT_A_JOB,
    _NOT_A_JOB_AFTER,
    _NOUN,
    _NOUN_HINT,
    _NOUN_HIRE,
    _NOUN_LIST,
    _NOW_AT,
    _NOW_POST,
    _NOW_ROLE_AT,
    _OBJ,
    _OBJECTLESS_JOIN,
    _OBJECTLESS_OK,
    _OPENING_DATE,
    _OPENING_ORG,
    _OPENING_PERSON,
    _OTHER_OBJECT,
    _OUR_TEAM,
    _OWN_ORG,
    _OWN_STARTUP,
    _PARTICIPLE,
    _PASSIVE_FOUND,
    _PAST_JOB,
    _PERSON_NOT_POSS,
    _PERSON_RIGHT,
    _PLIST_ITEM,
    _POACH_TAIL,
    _PROMOTED,
    _RANGE_FIRST,
    _REACH,
    _REL_OBJECT,
    _REPORTER,
    _RETURN_BEFORE,
    _ROLE_AS,
    _ROLE_OBJ,
    _ROLE_VERB_RE,
    _SAID_SUBJ,
    _SAW_LEAVE,
    _SUBJ_LEFT,
    _SUBJECT_MENTION,
    _SUCCEEDED_BY,
    _SUCCEEDS,
    _SUCCESSOR_POST,
    _TEAM_ITEM,
    _TEAM_LIST,
    _TENURE_RANGE,
    _THAT_YEAR,
    _THAT_YEAR_HINT,
    _TITLE_POSSESSOR,
    _TITLED_ITEM,
    _TITLED_PAIR,
    _TITLED_SUBJECT,
    _UNTIL,
    _VERB_RE,
    _WHERE_CLAUSE,
    _WHO_ANTECEDENT,
    _WHO_LED_POSS,
    ORG,
    PLIST,
    D,
    P,
    _Move,
)
from .sentences import Sentence

if TYPE_CHECKING:
    from .article import _Article


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
        return self._owned(text, _without_tickers(text, mentions))

    @staticmethod
    def _owned(text: str, mentions: list[Mention]) -> list[Mention]:
        """ "Elon Musk's xAI", "the Mark Zuckerberg-led Meta": an owner who is not an employer here
        (a name that is not an organisation's) and the organisation are one mention, the organisation."""
        out: list[Mention] = []
        for m in mentions:
            owner = out[-1] if out else None
            if (
                m.kind in ("O", "E")
                and owner is not None
                and owner.kind == "E"
                and all(_name_shaped(t) for t in owner.tokens)
                and (
                    (m.kind == "O" and len(owner.tokens) >= 2 and _OWNED.fullmatch(text[owner.end : m.start]))
                    or (
                        m.kind == "O" and _OWNED_GLUED.fullmatch(text[owner.end : m.start])
                    )  # "Mark Zuckerberg-led Meta"
                    or (len(owner.tokens) >= 2 and _OWNED_DESC.fullmatch(text[owner.end : m.start]))
                )
            ):
                out[-1] = replace(m, start=owner.start)
                continue
            out.append(m)
        return out

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
        skel = _HONORIFIC.sub("", skel)  # "Dr. ⟨P2⟩ had worked at": the person is the subject
        skel = _BASED.sub("", skel)  # "at Finland-based ⟨O3⟩": the organisation is the object
        skel = _TICKER.sub("", skel)  # "⟨O1⟩ AAPL engineers", "⟨O1⟩ (NYSE: NOK)": a stock symbol
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
        # The nearest person before it, else the last one spoken of, skipping anyone the article
        # has already called by the other pronoun ("Steve Jobs ... she landed at ..." is not Jobs).
        # "X, who helped set up OpenAI alongside A and B, said he was joining C": the one who says it
        speaker = _SUBJECT_SAYS.match(self.skel)
        if speaker and speaker.end() <= pos and word in ("he", "she", "his", "her"):
            return [self.symbol(speaker.group("p")).name]
        nearest = [self.symbol(m.group(0)).name for m in reversed(list(_PERSON_NOT_POSS.finditer(before)))][:1]
        if not nearest and "," not in before and word in ("he", "she", "they"):
            # "Commenting on her move to Kennedys, Tracy Watkinson said ...": the subject after the opening phrase
            ahead = re.match(rf"[^,;⟨]{{0,100}}(?:⟨[OED]\d+⟩[^,;⟨]{{0,60}})*,\s*(?P<p>{P})(?!')", self.skel[pos:])
            if ahead:
                return [self.symbol(ahead.group("p")).name]
        fallback = [self.article.last_person] if self.article.last_person else []
        candidates = [*nearest, *fallback, *reversed(self.article.recent_people)]
        if word in ("he", "she"):
            # Some callers say "he" for any subject pronoun: the gender is the text's, where it has one.
            at = re.match(r"\s*(he|she|his|her|him)\b", self.skel[pos : pos + 8], re.IGNORECASE)
            if at is None:
                return candidates[:1]
            word = "she" if at.group(1).lower() in ("she", "her") else "he"
            for name in candidates:
                if self.article.gender.get(name, word) == word:
                    self.article.gender.setdefault(name, word)
                    return [name]
            return []
        return candidates[:1]

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
            speaker = re.match(
                rf"\s*,\s*(?P<o>{ORG})(?:'s)?\s+(?:(?:[a-z][\w-]*|CEO|CFO|CTO|COO)\s+){{0,4}}?(?:{P}\s+)?"
                rf"(?:said|says|announced|confirmed)\b",
                self.skel[m.end() :],
            )
            # "Revolut said that its CFO was leaving the fintech": the organisation reporting it
            reporter = _REPORTER.match(self.skel)
            if reporter and reporter.end() <= m.start("anaph"):
                mention = self.symbol(reporter.group("o"))
                reporter = reporter if mention.kind == "O" or mention.name in self.article.solid else None
            inside = re.search(ORG, m.group("anaph"))  # "the Google DeepMind AI laboratory" is Google DeepMind
            name = (
                (self.org_name(inside.group(0)) if inside else None)
                or (self.org_name(speaker.group("o")) if speaker else None)
                or (self.org_name(reporter.group("o")) if reporter else None)
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

    @functools.cached_property
    def _unit_parents(self) -> dict[str, str]:
        """Names of this sentence that are a part of a named organisation: "vice president of Global Online
        Sales and Operations at Google", "head of Safety Systems at OpenAI", "OpenAI's Safety Systems team"."""
        out: dict[str, str] = {}
        for m in _UNIT_OF.finditer(self.skel):
            parent = self.symbol(m.group("o") or m.group("o2"))
            if parent.kind != "O":
                continue
            for sym in re.findall(r"⟨[OE]\d+⟩", m.group("units") or m.group("units2")):
                unit = self.symbol(sym)
                if m.group("o2") and not m.group("kind") and unit.name.lower().split()[0] not in _PART_WORDS:
                    continue  # "Google's Gemini": not a part named as one
                # "Baidu's Institute of Deep Learning" is Baidu; "Harvard's Kempner Institute" has a name of its own
                part_of_owner = bool(m.group("o2")) and unit.name.lower().split()[0] in _PART_WORDS
                if (unit.kind == "E" or part_of_owner) and unit.name != parent.name:
                    out.setdefault(unit.name, parent.name)
        return out

    def _parent_of_unit(self, org: str | None) -> str | None:
        return self._unit_parents.get(org, org) if org else org

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
            move.from_org, move.to_org = self._parent_of_unit(move.from_org), self._parent_of_unit(move.to_org)
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
                # a second reading knows when; the first keeps its anchor so that its clause's
                # date is not handed to another move of the sentence
                taken[key].date, taken[key].keep_date = move.date, True

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
        if _use_fallback():
            self._fallback_moves(add, moves)
        self._assign_dates(moves)
        self._transitions(moves)
        self._share_transfer_dates(moves)
        self._news_dates(moves)
        return moves

    def _news_dates(self, moves: list[_Move]) -> None:
        """A move the article's lead reports as news ("Intel has appointed X", "X is stepping down", "Google
        taps X") and dates no other way takes the publication date: shared/ANNOTATION.md's "a move presented
        as news, dated only by its announcement or report, takes that date"."""
        if self.index > 2 or self.article.published is None or re.search(D, self.skel):
            return
        for mv in moves:
            if mv.anchor is None or mv.undated or mv.date.value is not None or mv.date_borrowed:
                continue
            before = self.skel[max(0, mv.anchor - 40) : max(mv.anchor_end, mv.anchor) + 1]
            if _NEWS_TENSE.search(before) and not _NOT_NEWS.search(self.skel):
                mv.news = True  # dated by the report at the end of the article, if nothing else dates it

    def _share_transfer_dates(self, moves: list[_Move]) -> None:
        """Both halves of one transfer share its date unless the text dates each ("Anthropic said on
        Thursday that X, previously at Google DeepMind, would join": the departure is Thursday's news too)."""
        joined = {}
        for mv in moves:
            # a joining that names no origin of its own ("joined OpenAI in 2018 from Leap Motion" has one)
            if mv.to_org and not mv.from_org and mv.kind in (JOIN, REJOIN) and mv.date.value is not None:
                joined.setdefault(mv.person, mv)
        for mv in moves:
            if mv.from_org and mv.to_org:
                joined.pop(mv.person, None)
        for mv in moves:
            join = joined.get(mv.person)
            if mv.undated:
                continue
            if mv.from_org and not mv.to_org and mv.date.value is None and join and join.to_org != mv.from_org:
                if mv.rule.startswith(("former", "implied_departures", "hire", "list:group")):
                    mv.date, mv.date_borrowed = join.date, True

    def _transitions(self, moves: list[_Move]) -> None:
        """ "Joined Broadcom in 2000 ... In 2004, he moved on to PA Semi": a dated step on from the
        job the article last gave the person, dated earlier, leaves that job (the same date)."""
        for mv in list(moves):
            if not mv.to_org or mv.from_org or mv.anchor is None or mv.date.value is None:
                continue
            previous = self.article.joined.get(mv.person)
            before = self.article.joined_when.get(mv.person)
            if not previous or previous == mv.to_org or before is None or before.value is None:
                continue
            if before.value.year >= mv.date.value.year or not _TRANSITION.search(self.skel, mv.anchor, mv.anchor + 80):
                continue
            if any(o.person == mv.person and o.from_org == previous for o in moves):
                continue
            moves.append(_Move(mv.person, LEAVE, from_org=previous, anchor=None, date=mv.date, rule="transition:leave"))

    def _not_an_org(self, org: str) -> bool:
        """A person of this article ("joining Jeff Dean"), a title or a function word ("President",
        "Early") or an award ("Turing Award") in an organisation's slot."""
        key = tuple(org.lower().split())
        if len(key) >= 2 and key in self.article.people.display:
            return True
        # a two-word name in a list with a person: "joining Jeff Dean and Oriol Vinyals"
        if len(key) == 2 and org in self._listed_with_person and _name_shaped(org.split()[0]):
            return True
        if len(key) == 1 and key[0] in _TITLE_WORDS:
            return True
        if key not in KNOWN_TOKENS and all(w in _GENERIC_UNIT_WORDS for w in key):
            return True  # "Safety Systems", "Human Capital", "Office": a department named by what it does
        if org == self._dateline:
            return True  # "ARLINGTON, Va. —": a dateline
        if (
            len(key) == 1
            and (key[0],) not in KNOWN_TOKENS
            and any(len(name) >= 2 and name[-1] == key[0] for name in self.article.people.names)
        ):
            return True  # "led Altman's ousting": a person of this article by surname, not an employer
        if (
            len(key) == 1
            and len(org) <= 2
            and not org.isupper()
            and not any(c.isdigit() for c in org)
            and (key[0],) not in KNOWN_TOKENS
        ):
            return True  # "Ma hired X" (a name cut short), never an organisation we know
        return key[-1] in ("award", "awards", "prize", "medal")

    @functools.cached_property
    def _dateline(self) -> str | None:
        """The place of a dateline that opens the sentence: "ARLINGTON, Va. — PBS has named ..."."""
        m = re.match(r"⟨[OE](\d+)⟩\s*,", self.skel)
        if m and self.mentions[int(m.group(1))].text.isupper() and len(self.mentions[int(m.group(1))].text) >= 4:
            return self.mentions[int(m.group(1))].name
        return None

    @functools.cached_property
    def _listed_with_person(self) -> set[str]:
        """Names (not people) listed beside a person in this sentence: "⟨E1⟩ and ⟨P2⟩", "⟨P1⟩, ⟨E2⟩"."""
        pattern = r"⟨E\d+⟩(?=\s*(?:,|and|&)\s*⟨P\d+⟩)|(?<=⟨P)\d+⟩\s*(?:,|and|&)\s*⟨E\d+⟩"
        return {self.symbol(re.search(r"⟨E\d+⟩", m.group(0)).group(0)).name for m in re.finditer(pattern, self.skel)}

    def _rule_moves(self, add) -> None:
        """The named rules of ingest/rules/: each match claims the atoms its rule declares."""
        low = self.skel.lower()
        for rule in all_rules():
            words = rule_hint(rule.pattern)
            if words is not None and not any(w in low for w in words):
                continue  # none of the words the rule cannot match without: its search would fail
            for m in rule.pattern.finditer(self.skel):
                for person_group, org_group, direction, date_group in rule.atoms:
                    people = self._rule_people(m, person_group)
                    if rule.flags.get("destination") == org_group:
                        orgs = [self.article.last_destination]  # "X and Y joined as leads": where the last hires went
                    elif org_group in rule.flags.get("lists", ()):
                        # "had worked at IBM, Johns Hopkins University, Microsoft and AT&T Labs": each of them
                        text = m.group(org_group) or ""
                        orgs = [self.symbol(sym).name for sym in re.findall(ORG, text)]
                    else:
                        orgs = [self._rule_org(m, org_group, leaving=direction == "out")]
                    for org in orgs:
                        if people and org and not (direction == "out" and self._unit_in_match(m, org)):
                            # (not "Google's X joined Google DeepMind": a move inside one organisation)
                            self._rule_atom(rule, m, people, org, direction, date_group, add)

    def _rule_atom(self, rule, m: re.Match, people: list[str], org: str, direction: str, date_group, add) -> None:
        """One atom of a rule's match for each of its people, dated as the rule says."""
        # the clause's date goes to the rule's verb (its first finished act, if any)
        verb = _RULE_VERB.search(self.skel, m.start(), m.end())
        when, anchor = PartialDate(), verb.start() if verb else m.start()
        if rule.flags.get("verb") and m.group(rule.flags["verb"]):
            anchor = m.start(rule.flags["verb"])  # the rule names its verb: "who joined A, is leaving"
        if date_group == "-":
            anchor = None  # the rule says the text gives this atom no time
        elif date_group and m.group(date_group):
            when = dates.resolve(self.symbol(m.group(date_group)).name, self.article.published)
            # a bare month still to come: "will leave her post in September" is next September
            between = self.skel[m.start() : m.start(date_group)]
            if not re.search(r"\b(?:[a-z]+ed|left|quit|came|went|was|were|had|resigned)\b", between):
                when = _ahead_if_future(when, self.skel, m.start(), self.article.published)
            anchor = None
        for person in people:
            if direction == "out":
                move = _Move(person, LEAVE, from_org=org, anchor=anchor, date=when, rule=rule.name)
            else:
                kind = rule.kind or JOIN
                move = _Move(person, kind, to_org=org, anchor=anchor, date=when, rule=rule.name)
            move.anchor_end = m.end() if anchor is not None else 0
            move.undated = date_group == "-"
            add(move)

    def _unit_in_match(self, m: re.Match, org: str) -> bool:
        """Another organisation of the match is a unit or the parent of this one ("Google", "Google DeepMind")."""
        for sym in re.findall(ORG, m.group(0)):
            other = self.symbol(sym).name
            if other != org and (other.startswith(org + " ") or org.startswith(other + " ")):
                return True
        return False

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
            if mention.kind == "E" and mention.name.split()[-1].lower() in _UNIT_NAMES:
                # "president of the Entertainment Division": a part of the organisation in context
                return self.article.context_org(self, m.start(group), leaving=leaving)
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
                described = _OBJ.match(skel, m.end())
                joined = _WHO_JOINED.search(skel, who[1], m.start())
                if described and described.group("anaph") and joined:
                    # "X, who joined Umbrella in 2019, will leave the company": the one they joined
                    name = self.org_name(joined.group("o"))
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
            porg_first = False  # "brought in Scale AI's A, startup founder B": Scale AI is A's alone
            if not from_org and obj.group("porg") and obj.group("porg") != hirer_org:
                from_org = self.org_name(obj.group("porg"))
                porg_first = True
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
            for n_item, item in enumerate(items):
                person = self.symbol(item.group("p")).name
                item_from = None if porg_first and n_item > 0 else from_org
                if earlier_org and not from_org:
                    add(_Move(person, LEAVE, from_org=earlier_org, role=role, anchor=None))
                person_role = _clean_role(item.group("b") or "") if item.group("b") else role
                if "former" in (item.group("b") or ""):
                    person_role = role
                kind = MOVE if item_from and to_org else JOIN if to_org else LEAVE
                add(
                    _Move(
                        person,
                        kind,
                        from_org=item_from,
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
                    # "her move to Kennedys from NatWest Group": and from where
                    origin = _FROM.match(skel, obj[1])
                    source = self.org_name(origin.group("org")) if origin else None
                    for person in people:
                        if source and source != obj[0]:
                            move = _Move(person, MOVE, from_org=source, to_org=obj[0], anchor=m.start())
                            move.anchor_end = m.end()
                            add(move)
                        else:
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
            if len(orgs) >= 2 and n == "4" and not re.search(r"most recently|until recently", m.group(0), re.I):
                continue  # "who previously held key roles at Facebook, Instagram and Twitter": a résumé, no transition
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
            if mv.anchor is None or mv.keep_date:
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
                    mv.date = _ahead_if_future(mv.date, skel, mv.anchor, self.article.published)


# A sentence opened by a person, a relative clause or appositive about them, then their own statement.
_SUBJECT_SAYS = re.compile(
    rf"\s*(?P<p>{P})\s*,\s*(?:who|whose|a|an|the)\b(?:[^;⟨]|⟨[PEOD]\d+⟩){{0,200}}?,\s*(?:\w+\s+){{0,2}}?"
    rf"(?:said|says|announced|announces|confirmed|told\s+[\w⟨⟩\d]+|added|wrote|revealed|posted)\b"
)
# Between an owner's name and the organisation: "'s ", " led ", "-led ", "-backed ", " owned ".
_OWNED = re.compile(r"(?:['’]s\s+|\s*-?\s*(?:led|owned|run|backed|controlled|founded)\s+|\s+)", re.IGNORECASE)
# "Jony Ive's design firm, LoveFrom": the owner, a description, then the organisation's name.
_OWNED_DESC = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*,\s*")
_OWNED_GLUED = re.compile(r"\s+[A-Z][\w'’]*-(?:led|owned|backed|run|controlled|founded)\s+")
# The tenses of a report: "has appointed", "is stepping down", "joins", "will leave".
_NEWS_TENSE = re.compile(
    r"\b(?:(?:has|have)\s+(?:(?:also|now|officially|formally|just)\s+)?(?:been\s+)?[a-z]+(?:ed|en|ne|ft|ok|ught|id)\b|"
    r"(?:is|are)\s+(?:(?:also|now|officially)\s+)?(?:leaving|joining|stepping|departing|exiting|moving|heading|retiring|"
    r"returning|quitting|resigning|taking|set\s+to|to\s+(?:join|leave|step|become|take))\b|"
    r"will\s+(?:join|leave|step|become|take|head|lead|retire|depart|exit|succeed|replace)\b|"
    r"(?<![\w-])(?:joins|departs|quits|resigns|retires|taps|appoints|poaches|nabs|steps\s+down|takes\s+over)\b)",
    re.IGNORECASE,
)
# Not news: history, opinion, hypotheticals.
_NOT_NEWS = re.compile(r"\b(?:would|could|might|may|if|rumou?r|reportedly\s+in\s+talks|in\s+talks)\b", re.IGNORECASE)
# "at UK-based virtual network operator ⟨O3⟩", "at Finland-based ⟨O3⟩": the organisation is the object.
_BASED = re.compile(r"(?<![\w-])[\w.-]+-(?:based|headquartered)\s+(?:[a-z][\w-]*\s+){0,3}(?=⟨[OE]\d+⟩)")
# A unit named inside a post, then its organisation: "(president) of ⟨E1⟩ and ⟨E2⟩ at ⟨O3⟩", "⟨O3⟩'s ⟨E1⟩ team".
_UNIT_KIND = r"(?:team|unit|division|group|department|organi[sz]ation|business|lab)"
_UNIT_OF = re.compile(
    r"\b(?:of|for|in|on)\s+(?:the\s+|its\s+)?(?P<units>⟨E\d+⟩(?:\s*(?:,|and|&)\s*(?:the\s+)?⟨E\d+⟩)*)"
    rf"(?:\s+{_UNIT_KIND})?\s+(?:at|of|for|within|in)\s+(?:the\s+)?(?P<o>⟨O\d+⟩)(?!')"
    rf"|(?P<o2>⟨O\d+⟩)'s\s+(?:new\s+)?(?P<units2>⟨[OE]\d+⟩)(?P<kind>\s+{_UNIT_KIND}\b)?"
)
# Words that make a name a part of its owner's organisation: "Baidu's Institute of Deep Learning".
_PART_WORDS = {
    "institute",
    "lab",
    "labs",
    "laboratory",
    "laboratories",
    "division",
    "group",
    "center",
    "centre",
    "unit",
    "team",
    "department",
    "office",
    "studio",
    "studios",
    "academy",
    "school",
    "foundation",
    "research",
}


def _without_tickers(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Meta Platforms META", "Apple AAPL engineers", "Nokia (NYSE: NOK)": a stock symbol (and its exchange)
    after an organisation is no mention of its own."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        symbol = m.kind in ("O", "E") and re.fullmatch(r"[A-Z]{2,5}", m.text) is not None
        if symbol and prev is not None and prev.kind == "O" and text[prev.end : m.start] == " ":
            if m.text not in _TITLE_SYMBOLS:
                continue
        if (
            symbol
            and re.search(r"\(\s*(?:[A-Z]{2,6}\s*:\s*)?$", text[: m.start])
            and re.match(r"\s*[:)]", text[m.end :])
        ):
            if m.text not in _TITLE_SYMBOLS:
                continue
        out.append(m)
    return out


# Capitals after an organisation that are a title or a common short word, not a stock symbol ("Apple CEO").
_TITLE_SYMBOLS = set("CEO CTO CFO COO CIO CMO CPO CRO CSO EVP SVP VP AI ML PR HR IT US UK EU GM MD AR VR XR".split())
# A stock symbol after an organisation: "Apple AAPL engineers", "Nokia (NYSE: NOK)". Not a title ("Apple CEO").
_TICKER = re.compile(
    rf"(?<=⟩)(?:\s+(?!(?:{'|'.join(sorted(_TITLE_SYMBOLS))})\b)"
    r"[A-Z]{2,5}(?=\s+[a-z]|\s*[,.;)])|\s*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX|SSE|SZSE|TSE|OTC)\s*:\s*[A-Z.]{1,6}\))"
)
_HONORIFIC = re.compile(r"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+(?=⟨P\d+⟩)")


# Words that name what a department does; an unknown name made only of them is a department, not an employer.
_GENERIC_UNIT_WORDS = set(
    """artificial intelligence human capital computer computing office operations sales marketing engineering research
    safety systems global online products product services strategy finance legal communications policy design data
    cloud security science technology technologies enterprise consumer devices platforms business businesses
    management development innovation digital mobile hardware software infrastructure solutions applied advanced
    and & of the""".split()
)
# Last words of a unit's name: "the Entertainment Division", "the Server and Tools Business".
_UNIT_NAMES = {"division", "unit", "group", "business", "segment", "department", "team", "organization"}
_RULE_VERB = re.compile(r"(?<![\w⟨-])(?:[a-z]+ed|left|quit|took|went|became|began|joins|leaves|hires)\b")
# Verbs that move someone on from where they were: "moved on to", "went on to join", "jumped to".
_TRANSITION = re.compile(
    r"(?:mov(?:ed|es|ing)\s+(?:on\s+|over\s+)?to|went\s+on\s+to(?:\s+join)?|jump(?:ed|s|ing)\s+(?:ship\s+)?to|"
    r"defect(?:ed|s|ing)\s+to|decamp(?:ed|s|ing)\s+to|switch(?:ed|es|ing)\s+to|transition(?:ed|s|ing)\s+(?:back\s+)?to)\b",
    re.IGNORECASE,
)
# A relative clause naming where the subject went: "X, who joined Umbrella in 2019, ...".
_WHO_JOINED = re.compile(
    rf",\s*who\s+(?:(?:had|has|have)\s+)?(?:(?:re-?)?joined|been\s+(?:at|with)|worked\s+(?:at|for)|"
    rf"spent\s+(?:[\w-]+\s+){{1,3}}?(?:years?|months?|decades?)\s+(?:at|with))\s+(?:the\s+)?(?P<o>{ORG})",
    re.IGNORECASE,
)


def _use_fallback() -> bool:
    from . import USE_FALLBACK  # the package's switch, read at call time (bench/score_extract.py toggles it)

    return USE_FALLBACK
