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

The stages, one module each: `sentences` (splitting), `mentions` (tokens, names, people),
`patterns` (the built-in rules' skeleton patterns), `clauses` (the built-in rules over one
sentence, then the named rules of `ingest/rules/` and the recall fallback, then dates),
`article` (coreference across sentences, lists, the merge of one move per atom), `dating`
and `helpers`. New phrasings go in `ingest/rules/` (docs/extraction.md says how).
"""

from __future__ import annotations

import datetime
import os
import signal
import threading
from contextlib import contextmanager

from ..records import ExtractedMove, ParsedArticle
from .article import _Article
from .clauses import _Sentence
from .mentions import Mention, Token, find_mentions, tokenize
from .sentences import Sentence, split_sentences

__all__ = [
    "ExtractionTimeout",
    "Mention",
    "Sentence",
    "TIME_LIMIT",
    "Token",
    "USE_FALLBACK",
    "_Article",
    "_Sentence",
    "extract_article",
    "extract_moves",
    "extract_or_error",
    "find_mentions",
    "split_sentences",
    "tokenize",
]

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
    except _Expired:
        return ExtractionTimeout(f"too complex: extraction stopped after {TIME_LIMIT:g} CPU seconds")
    except Exception as exc:  # noqa: BLE001
        return exc


class _Expired(BaseException):
    """Raised by the CPU timer: a BaseException, so that no library's `except Exception` swallows it."""


@contextmanager
def _time_limit(seconds: float):
    """Raise ExtractionTimeout after `seconds` of CPU time. Signals only reach the main thread,
    so elsewhere (a server thread) there is no limit."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expired(signum, frame):
        raise _Expired()

    previous = signal.signal(signal.SIGPROF, expired)
    # and again every 50 ms after that, should a bare `except:` somewhere swallow the first one
    signal.setitimer(signal.ITIMER_PROF, seconds, 0.05)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def extract_moves(text: str, published: datetime.date | None) -> list[ExtractedMove]:
    """All moves stated in `text`, one per (person, organisation, direction), in text order."""
    return _Article(text, published).moves()
