"""Sentences: splitting an article's text into sentences (careful with "Feb. 8", "U.S.", "Inc.", initials)."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
