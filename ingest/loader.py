"""Write extraction results to the database: the thin layer between `ingest.extract` and the ORM.

Re-ingest rules:
- an unchanged file (same content hash) changes nothing;
- a changed file replaces its own extractions on moves no curator touched;
- a curated move (confirmed, rejected or edited) is never overwritten, removed or duplicated:
  moves are found again by `Move.fingerprint`, which records what the extractor first said.
"""

import hashlib
import itertools
import multiprocessing
import os
from dataclasses import dataclass, field

from django.db import DatabaseError, transaction
from simple_history.utils import bulk_create_with_history

from ingest import records
from ingest.articles import ArticleError, read_article
from ingest.extract import extract_article, extract_or_error
from timeline import dates
from timeline.models import (
    Article,
    Evidence,
    Move,
    Organization,
    Person,
    normalize_name,
)
from timeline.roles import rebuild_roles


@dataclass
class FileResult:
    filename: str
    status: str  # "new", "updated", "unchanged" or "error"
    error: str = ""
    moves_new: int = 0
    moves_updated: int = 0
    moves_unchanged: int = 0
    moves_removed: int = 0
    people: set = field(default_factory=set)
    organizations: set = field(default_factory=set)
    touched_people: set = field(default_factory=set)  # whose tenures may have changed


def content_hash(parsed):
    h = hashlib.sha256()
    for part in (parsed.title, parsed.source_url, str(parsed.published or ""), parsed.text):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def fingerprint(extracted):
    """Identity of a real move across articles and re-ingests: who, from, to, kind, when."""
    parts = [
        normalize_name(extracted.person),
        normalize_name(extracted.from_org or ""),
        normalize_name(extracted.to_org or ""),
        extracted.kind,
        extracted.date.iso() or "",
    ]
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()


class Resolver:
    """Finds or creates people and organisations by name or alias, caching per run."""

    def __init__(self):
        self.people = {}
        self.orgs = {}

    def person(self, name):
        key = normalize_name(name)
        if key not in self.people:
            self.people[key] = Person.objects.resolve(name) or Person.objects.create(name=name)
        return self.people[key]

    def organization(self, name):
        if not name:
            return None
        key = normalize_name(name)
        if key not in self.orgs:
            self.orgs[key] = Organization.objects.resolve(name) or Organization.objects.create(name=name)
        return self.orgs[key]

    def forget(self):
        # After a rolled-back transaction the cached rows may not exist.
        self.people.clear()
        self.orgs.clear()


def move_fields(extracted, resolver):
    # bulk_create skips Move.save(), which would normalise the date to its period.
    date, precision = dates.normalize(extracted.date.value, extracted.date.precision)
    return {
        "person": resolver.person(extracted.person),
        "from_org": resolver.organization(extracted.from_org),
        "to_org": resolver.organization(extracted.to_org),
        "kind": extracted.kind,
        "role": (extracted.role or "")[:200],
        "date": date,
        "date_precision": precision,
        "date_phrase": (extracted.date.phrase or "")[:100],
        "date_relative": extracted.date.relative,
    }


def _differs(move, name, value):
    if name in ("person", "from_org", "to_org"):  # compare ids: no query for the related row
        return getattr(move, f"{name}_id") != (value.pk if value is not None else None)
    if name == "role" and not value:  # an extraction without a role keeps the one known
        return False
    return getattr(move, name) != value


def ingest_file(path, resolver=None, name=None):
    """Ingest one article file in its own transaction and say what happened.

    `name` is what the article is known by (default: the file name); ingesting a folder
    names each file by its path inside the folder, so a/news.txt and b/news.txt stay apart.
    """
    resolver = resolver or Resolver()
    prepared = _prepare(path, name or path.name)
    if isinstance(prepared, FileResult):
        return prepared
    return _store_safely(prepared, extract_article(prepared.parsed), resolver)


@dataclass
class _Prepared:
    parsed: records.ParsedArticle
    digest: str
    article: Article | None


def _prepare(path, name):
    """Read and hash a file; a FileResult when there is nothing to extract (bad or unchanged)."""
    try:
        parsed = read_article(path)
    except ArticleError as exc:
        return FileResult(name, "error", error=exc.reason)
    except OSError as exc:
        return FileResult(name, "error", error=f"cannot read: {exc.strerror or exc}")
    parsed.filename = name
    digest = content_hash(parsed)
    article = Article.objects.filter(filename=parsed.filename).first()
    if article is not None and article.content_hash == digest:
        return FileResult(
            parsed.filename, "unchanged", moves_unchanged=article.evidence.values("move").distinct().count()
        )
    if article is not None and article.published_curated:
        # A curator's publication date outranks the file's: keep it and resolve against it.
        parsed.published = article.published
    return _Prepared(parsed, digest, article)


def _store_safely(prepared, extracted, resolver, rebuild=True):
    if isinstance(extracted, Exception):
        return FileResult(prepared.parsed.filename, "error", error=f"extraction failed: {extracted!r}")
    try:
        with transaction.atomic():
            return _store(prepared.parsed, prepared.digest, prepared.article, extracted, resolver, rebuild)
    except DatabaseError as exc:
        # The file's transaction rolled back whole; report it and go on with the others.
        resolver.forget()
        return FileResult(prepared.parsed.filename, "error", error=f"database error: {exc}")


def _store(parsed, digest, article, extracted, resolver, rebuild=True):
    result = FileResult(parsed.filename, "updated" if article else "new")
    if article is None:
        article = Article(filename=parsed.filename)
    article.title = parsed.title[:500]
    article.source_url = parsed.source_url[:1000]
    article.published = parsed.published
    article.text = parsed.text
    article.content_hash = digest
    article.save()

    # What this article supported before, to tell updated from unchanged moves.
    before, touched_people = {}, set()
    if result.status == "updated":
        for move_id, person_id, sentence in Evidence.objects.filter(article=article).values_list(
            "move_id", "move__person_id", "sentence"
        ):
            before.setdefault(move_id, set()).add(sentence)
            touched_people.add(person_id)
        # Uncurated moves lose this article's evidence; curated ones keep it (offsets re-found).
        Evidence.objects.filter(article=article, move__curated=False).delete()
        for ev in Evidence.objects.filter(article=article):
            start = parsed.text.find(ev.sentence)
            ev.start, ev.end = (start, start + len(ev.sentence)) if start >= 0 else (None, None)
            ev.save(update_fields=["start", "end"])

    fingerprints = [fingerprint(item) for item in extracted]
    known = {}
    for move in Move.objects.filter(fingerprint__in=set(fingerprints)).order_by("-id"):
        known[move.fingerprint] = move  # the oldest move with a fingerprint wins
    created, seen, supports = {}, {}, []
    for item, fp in zip(extracted, fingerprints, strict=True):
        move = known.get(fp) or created.get(fp)
        if move is None:
            move = created[fp] = Move(fingerprint=fp, **move_fields(item, resolver))
        elif move.pk and not move.curated and move.pk not in seen:
            fields = move_fields(item, resolver)
            changed = [k for k, v in fields.items() if _differs(move, k, v)]
            if changed:
                for k in changed:
                    setattr(move, k, fields[k])
                move.save()
            sentences = before.get(move.pk, set())
            seen[move.pk] = "updated" if changed or item.sentence not in sentences else "unchanged"
        elif move.pk:
            seen.setdefault(move.pk, "unchanged")
        supports.append((move, item))
    # New moves and their history rows in a few statements rather than two per move.
    bulk_create_with_history(list(created.values()), Move)
    result.moves_new = len(created)
    Evidence.objects.bulk_create(
        [
            Evidence(move=move, article=article, sentence=item.sentence, start=item.start, end=item.end)
            for move, item in supports
        ],
        ignore_conflicts=True,  # a curated move keeps its evidence row from this article
    )
    for move, _ in supports:
        result.people.add(move.person_id)
        result.organizations.update(org for org in (move.from_org_id, move.to_org_id) if org)

    result.moves_updated = sum(1 for s in seen.values() if s == "updated")
    result.moves_unchanged = sum(1 for s in seen.values() if s == "unchanged")
    # Moves that lost all their evidence and that no curator touched are gone.
    orphans = Move.objects.filter(pk__in=list(before), curated=False, evidence__isnull=True)
    result.moves_removed = orphans.count()
    if result.moves_removed:
        touched_people |= set(orphans.values_list("person_id", flat=True))
        orphans.delete()
    result.touched_people = touched_people | result.people
    if rebuild:
        rebuild_roles(Person.objects.filter(pk__in=result.touched_people))
    return result


# Extraction is pure Python and CPU-bound, so with many files it runs in worker processes
# while this process writes to the database; a few files are not worth starting workers for.
POOL_MIN_FILES = 16
BATCH = 64


def ingest_paths(paths, progress=None, workers=None):
    """Ingest files and folders (recursively, in name order); yields a FileResult per file."""
    resolver = Resolver()
    if workers is None:
        workers = os.cpu_count() or 1
    pool = None
    files = iter_article_files(paths)
    names = set()
    try:
        while batch := list(itertools.islice(files, BATCH)):
            pending = []
            for path, name in batch:
                if name in names:
                    prepared = FileResult(name, "error", error="another file in this run has the same name")
                else:
                    names.add(name)
                    prepared = _prepare(path, name)
                if isinstance(prepared, FileResult):
                    if progress:
                        progress(prepared)
                    yield prepared
                else:
                    pending.append(prepared)
            if pool is None and workers > 1 and len(pending) >= POOL_MIN_FILES:
                pool = multiprocessing.get_context("spawn").Pool(workers)
            parsed = [p.parsed for p in pending]
            extracted = pool.imap(extract_or_error, parsed, chunksize=4) if pool else map(extract_or_error, parsed)
            # Tenures are derived data: rebuilt once per batch for everyone the batch touched,
            # not once per file (the first pass of a large ingest touches each person often).
            touched, results = set(), []
            for prepared, moves in zip(pending, extracted, strict=True):
                result = _store_safely(prepared, moves, resolver, rebuild=False)
                touched |= result.touched_people
                results.append(result)
            rebuild_roles(Person.objects.filter(pk__in=touched))
            for result in results:
                if progress:
                    progress(result)
                yield result
    finally:
        if pool is not None:
            pool.close()
            pool.join()


ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}


def iter_article_files(paths):
    """Yield (path, name) for each article file; a folder's files are named by their path in it."""
    for path in paths:
        if path.is_dir():
            # In a folder only article files count, and hidden files and folders are skipped;
            # a file named on the command line is always read, so a wrong suffix is reported.
            found = []
            for child in path.rglob("*"):
                relative = child.relative_to(path)
                if any(part.startswith(".") for part in relative.parts):
                    continue
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES:
                    found.append((child, relative.as_posix()))
            yield from sorted(found, key=lambda item: item[1])
        else:
            yield path, path.name
