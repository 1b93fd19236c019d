"""Write extraction results to the database: the thin layer between `ingest.extract` and the ORM.

Re-ingest rules:
- an unchanged file (same content hash) changes nothing;
- a changed file replaces its own extractions on moves no curator touched;
- a curated move (confirmed, rejected or edited) is never overwritten, removed or duplicated:
  moves are found again by `Move.fingerprint`, which records what the extractor first said.
"""

import errno
import hashlib
import itertools
import multiprocessing
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import Min, Q
from simple_history.utils import bulk_create_with_history

from ingest import records
from ingest.articles import ArticleError, read_article
from ingest.confidence import combine
from ingest.consolidate import Matcher, consolidate, merge_into
from ingest.extract import extract_or_error
from ingest.orgs import PARENTS
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
    warnings: list = field(default_factory=list)  # kept going, but something was dropped


def content_hash(parsed):
    h = hashlib.sha256()
    for part in (parsed.title, parsed.source_url, str(parsed.published or ""), parsed.text):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def fingerprint(extracted):
    """What the extractor first said of a move: who, from, to, kind, and never when.

    A record, not the identity (several moves can share it: a person who left the same
    company twice); which move a report is about is decided by ingest.consolidate.
    """
    parts = [
        normalize_name(extracted.person),
        normalize_name(extracted.from_org or ""),
        normalize_name(extracted.to_org or ""),
        extracted.kind,
    ]
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()


def refresh_bounds(move_ids):
    """Store each move's "no later than": the earliest publication date among its sources."""
    if not move_ids:
        return
    moves = Move.objects.filter(pk__in=move_ids).annotate(first=Min("evidence__article__published"))
    stale = [m for m in moves.only("pk", "no_later_than") if m.no_later_than != m.first]
    for move in stale:
        move.no_later_than = move.first
    Move.objects.bulk_update(stale, ["no_later_than"], batch_size=500)


def claim_of(extracted):
    """Which sides of a move its sentence states ("left A", "joined B", or both)."""
    if extracted.from_org and extracted.to_org:
        return Evidence.Claim.BOTH
    return Evidence.Claim.OUT if extracted.from_org else Evidence.Claim.IN


def refresh_confidence(move_ids):
    """Store each move's confidence (its sources combined as independent witnesses) and the rule
    of its firmest source. Derived data: no history row."""
    if not move_ids:
        return
    support = {}
    for move_id, rule, conf in Evidence.objects.filter(move_id__in=move_ids).values_list(
        "move_id", "rule", "confidence"
    ):
        support.setdefault(move_id, []).append((conf, rule))
    stale = []
    for move in Move.objects.filter(pk__in=support).only("pk", "rule", "confidence"):
        rows = support[move.pk]
        conf, rule = combine(c for c, _ in rows), max(rows)[1]
        if (move.confidence, move.rule) != (conf, rule):
            move.confidence, move.rule = conf, rule
            stale.append(move)
    Move.objects.bulk_update(stale, ["confidence", "rule"], batch_size=500)


def get_or_create_named(model, name, attempts=3):
    """The record called `name` (or known by it as an alias), created when there is none.

    Ingest writes hold `write_lock()`, so two ingests never race here; a curator saving a
    person or an alias at the same moment can still take the slug first: the insert then
    fails on the unique slug, its savepoint rolls back, and the name is resolved again
    (finding the curator's row) or created under the next free slug.
    """
    for attempt in range(attempts):
        found = model.objects.resolve(name)
        if found is not None:
            return found
        try:
            with transaction.atomic():
                return model.objects.create(name=name)
        except IntegrityError:
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


class Resolver:
    """Finds or creates people and organisations by name or alias, caching per run."""

    def __init__(self):
        self.people = {}
        self.orgs = {}

    def person(self, name):
        key = normalize_name(name)
        if key not in self.people:
            self.people[key] = get_or_create_named(Person, name)
        return self.people[key]

    def organization(self, name):
        if not name:
            return None
        key = normalize_name(name)
        if key not in self.orgs:
            self.orgs[key] = get_or_create_named(Organization, name)
            link_known_parent(self.orgs[key], self.organization)
        return self.orgs[key]

    def forget(self):
        # After a rolled-back transaction the cached rows may not exist.
        self.people.clear()
        self.orgs.clear()


def link_known_parent(organization, resolve):
    """Give a known unit (ingest.orgs.PARENTS: Google DeepMind) its parent, unless a curator
    has ever edited the organisation: then the curator's choice, even none, stands."""
    parent = PARENTS.get(organization.name)
    if parent is None or organization.parent_id is not None:
        return
    if organization.history.filter(history_user__isnull=False).exists():
        return
    organization.parent = resolve(parent)
    organization.save(update_fields=["parent"])


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
    path = Path(path)
    prepared = _prepare(path, name or path.name)
    if isinstance(prepared, FileResult):
        return prepared
    return _store_safely(prepared, extract_or_error(prepared.parsed), resolver)


@dataclass
class _Prepared:
    parsed: records.ParsedArticle
    digest: str
    article: Article | None
    identity: str = ""
    path_identity: str = ""


def printable(text):
    """`text` safe to print and store: a byte that was not UTF-8 in a file name shows as �."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


IDENTITY_MAX_BYTES = 1000


def article_identity(path, parsed):
    """What an article is known by across runs: its source URL when the file gives one, else
    the file's absolute path (a/index.html and b/index.html are two articles; the same file
    named from another working directory is one)."""
    key = parsed.source_url or os.path.abspath(path)
    raw = key.encode("utf-8", "surrogateescape")
    if len(raw) > IDENTITY_MAX_BYTES or printable(key) != key:
        key = "sha256:" + hashlib.sha256(raw).hexdigest()
    return key


def find_article(identity, name, path_identity=None):
    """The stored article for a file: by identity (its source URL, then its path, so adding a
    `source` header later keeps the article), else a row stored before identities existed,
    known by its file name alone, which this file then adopts."""
    keys = [k for k in (identity, path_identity) if k]
    # One query (it runs twice per file: before extraction and again under the write lock).
    found = Article.objects.filter(Q(identity__in=keys) | Q(identity__isnull=True, filename=name)).order_by("pk")
    by_identity, legacy = {}, None
    for article in found:
        if article.identity is None:
            legacy = legacy or article
        else:
            by_identity[article.identity] = article
    return by_identity.get(identity) or by_identity.get(path_identity) or legacy


def _prepare(path, name, seen=None):
    """Read and hash a file; a FileResult when there is nothing to extract (bad or unchanged).

    Every way a file can fail is a FileResult naming it: a name that is not UTF-8, a file that
    cannot be read or vanished, a symlink loop, bad content, or the database refusing the
    look-up. `seen` holds the identities met so far in this run."""
    if printable(name) != name:
        return FileResult(printable(name), "error", error="the file name is not valid UTF-8; rename the file")
    try:
        parsed = read_article(path)
    except ArticleError as exc:
        return FileResult(name, "error", error=printable(exc.reason))
    except OSError as exc:
        return FileResult(name, "error", error=f"cannot read: {printable(exc.strerror or str(exc))}")
    parsed.filename = name[: Article._meta.get_field("filename").max_length]
    identity = article_identity(path, parsed)
    if seen is not None:
        if identity in seen:
            what = "source URL" if identity == parsed.source_url else "file"
            return FileResult(name, "error", error=f"another file in this run is the same article (same {what})")
        seen.add(identity)
    digest = content_hash(parsed)
    path_identity = article_identity(path, _NO_SOURCE)
    try:
        article = find_article(identity, parsed.filename, path_identity)
        if article is not None and article.content_hash == digest:
            if article.identity != identity:  # adopted: a row from before identities, or a new source header
                Article.objects.filter(pk=article.pk).update(identity=identity)
            return FileResult(
                parsed.filename,
                "unchanged",
                moves_unchanged=article.evidence.values("move").distinct().count(),
                warnings=parsed.warnings,
            )
    except DatabaseError as exc:
        return FileResult(name, "error", error=f"database error: {exc}")
    if article is not None and article.published_curated:
        # A curator's publication date outranks the file's: keep it and resolve against it.
        parsed.published = article.published
    return _Prepared(parsed, digest, article, identity, path_identity)


_NO_SOURCE = records.ParsedArticle(filename="", text="")

# A file's transaction is tried again this many times when it loses a race (a unique key
# taken by another writer, a deadlock, a lock wait past the busy timeout).
ATTEMPTS = 5
# Any constant: names "ingest writes" among PostgreSQL's advisory locks.
WRITE_LOCK_KEY = 0x7469_6D65_6C69_6E65 & 0x7FFF_FFFF_FFFF_FFFF


def lost_a_race(exc):
    """True for the errors that trying again can cure: a unique key another writer took first,
    a deadlock, a serialisation failure, a lock not granted in time ("database is locked")."""
    cause = getattr(exc, "__cause__", None)
    code = getattr(cause, "sqlstate", None) or getattr(cause, "pgcode", None)
    if code:
        return code in {"23505", "40001", "40P01", "55P03"}
    message = str(exc).lower()
    return "locked" in message or "busy" in message or "unique constraint" in message


def write_lock():
    """Serialise ingest writes, one file's transaction at a time however many ingests run:
    each then sees everything the others committed, so concurrent runs end as a serial one
    would. Extraction, the slow part, still runs in parallel outside the lock.

    Call inside `transaction.atomic()`. PostgreSQL: a transaction-level advisory lock, let go
    at commit or rollback. SQLite: every transaction already begins IMMEDIATE (settings), which
    takes the database's write lock at BEGIN, waiting for it up to the busy timeout."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK_KEY])


def _store_safely(prepared, extracted, resolver, rebuild=True):
    """Store one file in its own transaction; any failure is this file's FileResult."""
    name = prepared.parsed.filename
    if isinstance(extracted, Exception):
        return FileResult(name, "error", error=f"extraction failed: {extracted!r}")
    error = None
    for attempt in range(ATTEMPTS):
        try:
            with transaction.atomic():
                write_lock()
                result = _store_locked(prepared, extracted, resolver, rebuild)
            result.warnings = prepared.parsed.warnings
            return result
        except DatabaseError as exc:
            # The file's transaction rolled back whole. After a lost race try again against what
            # is there now; anything else is this file's error, and the run goes on.
            resolver.forget()
            if not lost_a_race(exc):
                return FileResult(name, "error", error=f"database error: {exc}")
            error = exc
            time.sleep(0.05 * 2**attempt)
        except Exception as exc:  # noqa: BLE001 - one bad file must not end the run
            resolver.forget()
            return FileResult(name, "error", error=f"failed to store: {exc!r}")
    return FileResult(name, "error", error=f"database error (tried {ATTEMPTS} times): {error}")


def _store_locked(prepared, extracted, resolver, rebuild):
    """Look the article up again under the write lock: another ingest may have stored this
    very file since `_prepare` looked."""
    parsed = prepared.parsed
    article = find_article(prepared.identity, parsed.filename, prepared.path_identity)
    if article is not None and article.content_hash == prepared.digest and article.identity == prepared.identity:
        return FileResult(
            parsed.filename, "unchanged", moves_unchanged=article.evidence.values("move").distinct().count()
        )
    if article is not None and article.published_curated and parsed.published != article.published:
        parsed.published = article.published
        extracted = extract_or_error(parsed)
        if isinstance(extracted, Exception):
            raise extracted
    return _store(parsed, prepared.digest, article, extracted, resolver, rebuild, identity=prepared.identity)


def _store(parsed, digest, article, extracted, resolver, rebuild=True, identity=None):
    result = FileResult(parsed.filename, "updated" if article else "new")
    if article is None:
        article = Article(filename=parsed.filename)
    article.filename = parsed.filename
    article.identity = identity or article.identity
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

    # Which stored move each report is about (ingest.consolidate): not by fingerprint, whose
    # date would make a dated re-report of a rejected move a new move.
    reports = [(item, move_fields(item, resolver)) for item in extracted]
    matcher = Matcher(fields["person"].pk for _, fields in reports)
    created, seen, supports = [], {}, []
    for item, fields in reports:
        previous = {move_id for move_id, sentences in before.items() if item.sentence in sentences}
        move = matcher.match(
            fields["person"].pk,
            getattr(fields["from_org"], "pk", None),
            getattr(fields["to_org"], "pk", None),
            fields["date"],
            fields["date_precision"],
            previous,
        )
        if move is None:
            move = Move(fingerprint=fingerprint(item), **fields)
            created.append(move)
            matcher.add(move)
        elif move.pk is None:  # a move this article added a moment ago
            merge_into(move, fields)
        elif not move.curated:
            if move.pk not in seen and move.pk not in matcher.supported:
                # Only this article supported it: what the article says now replaces it.
                changed = [k for k, v in fields.items() if _differs(move, k, v)]
                for k in changed:
                    setattr(move, k, fields[k])
            else:
                changed = merge_into(move, fields)
            if changed:
                move.save()
            sentences = before.get(move.pk, set())
            state = "updated" if changed or item.sentence not in sentences else "unchanged"
            if seen.get(move.pk) != "updated":
                seen[move.pk] = state
        else:
            seen.setdefault(move.pk, "unchanged")
        supports.append((move, item))
    # A new move's derived fields come from this article alone: set before the insert rather
    # than read back from its evidence (refresh_bounds, refresh_confidence): fewer queries.
    fresh = {}
    for move, item in supports:
        if move.pk is None:  # its evidence rows: the first report of each sentence (one row each)
            fresh.setdefault(id(move), (move, {}))[1].setdefault(item.sentence, (item.confidence, item.rule))
    for move, rows in fresh.values():
        rows = list(rows.values())
        move.confidence, move.rule = combine(c for c, _ in rows), max(rows)[1]
        move.no_later_than = article.published
    # New moves and their history rows in a few statements rather than two per move.
    bulk_create_with_history(created, Move)
    result.moves_new = len(created)
    Evidence.objects.bulk_create(
        [
            # Each row keeps the date its own article stated, whatever the merged move says.
            Evidence(
                move=move,
                article=article,
                sentence=item.sentence,
                start=item.start,
                end=item.end,
                rule=item.rule,
                confidence=item.confidence,
                claim=claim_of(item),
                **dict(
                    zip(("date", "date_precision"), dates.normalize(item.date.value, item.date.precision), strict=True)
                ),
            )
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
    orphans = list(
        Move.objects.filter(pk__in=list(before), curated=False, evidence__isnull=True).values_list("pk", "person_id")
    )
    result.moves_removed = len(orphans)
    if orphans:
        touched_people |= {person_id for _, person_id in orphans}
        Move.objects.filter(pk__in=[pk for pk, _ in orphans]).delete()
    # A report naming both sides can show two stored halves ("left A", "joined B") to be one.
    # The matcher holds every move of these people (read under the write lock, plus the ones
    # just created): consolidation need not read them again.
    gone = {pk for pk, _ in orphans}
    people = {m.person_id for m, _ in supports}
    folded = consolidate(people, {p: [m for m in matcher.by_person.get(p, []) if m.pk not in gone] for p in people})
    result.moves_removed += folded
    stale = {m.pk for m, _ in supports} | set(before)
    if not folded:  # the new moves' bounds and confidence were set at insert, and nothing moved evidence
        stale -= {m.pk for m in created}
    refresh_bounds(stale)
    refresh_confidence(stale)
    result.touched_people = touched_people | result.people
    if rebuild:
        rebuild_roles(sorted(result.touched_people))  # ids: no query for the people themselves
    return result


# Extraction is pure Python and CPU-bound, so with many files it runs in worker processes
# while this process writes to the database. Workers start once per run, and only for a run
# with enough files to read. They fork from one server process that has imported the
# extractor and run it once (ingest.extract_worker: rules loaded, patterns compiled, about
# 1.2 CPU seconds once per run instead of once per worker). Measured on 2 cores at load 4
# (2026-12-01), wall / CPU seconds in one process against two workers: 34 files 3.1 / 3.0
# against 4.7 / 4.2, 100 files 12.6 / 8.2 against 13.8 / 9.2, 200 files 15.5 / 14.2 against
# 17.7 / 16.2: below a few hundred files the pool costs more CPU than a busy machine gives back.
POOL_MIN_FILES = 200
BATCH = 64


def start_workers(workers):
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["ingest.extract_worker"])
    return context.Pool(workers)


def ingest_paths(paths, progress=None, workers=None):
    """Ingest files and folders (recursively, in name order); yields a FileResult per file."""
    resolver = Resolver()
    if workers is None:
        workers = os.cpu_count() or 1
    pool = None
    files = list(iter_article_files(paths))  # how many there are decides on workers
    files, to_read = iter(files), len(files)
    seen = set()  # article identities met in this run
    # A pipeline: the next batch is read and sent to the workers before this one is stored,
    # so they extract while this process writes (else they sit idle at every batch's end).
    waiting = None  # (results to yield first, prepared files, their extractions)
    try:
        while True:
            batch = list(itertools.islice(files, BATCH))
            ahead = None
            if batch:
                early, pending = [], []
                for path, name, problem in batch:
                    if problem:
                        prepared = FileResult(printable(name), "error", error=problem)
                    else:
                        prepared = _prepare(path, name, seen)
                    (early if isinstance(prepared, FileResult) else pending).append(prepared)
                # Unchanged files are not read again: a batch of them starts no workers.
                if pool is None and workers > 1 and to_read >= POOL_MIN_FILES and len(pending) >= BATCH // 4:
                    pool = start_workers(workers)
                to_read -= len(batch)
                parsed = [p.parsed for p in pending]
                extracted = pool.imap(extract_or_error, parsed, chunksize=4) if pool else map(extract_or_error, parsed)
                ahead = (early, pending, extracted)
            if waiting is not None:
                yield from _store_batch(*waiting, resolver, progress)
            elif ahead is not None and pool is None:
                # No workers: extraction runs lazily in this process as each file is stored.
                yield from _store_batch(*ahead, resolver, progress)
                continue
            if ahead is None:
                break
            waiting = ahead
    finally:
        if pool is not None:
            pool.close()
            pool.join()


def _store_batch(early, pending, extracted, resolver, progress):
    """Yield the batch's bad and unchanged files, then store the others (one transaction each)
    and rebuild the tenures of everyone they touched, once for the batch."""
    for result in early:
        if progress:
            progress(result)
        yield result
    # Tenures are derived data: rebuilt once per batch for everyone the batch touched,
    # not once per file (the first pass of a large ingest touches each person often).
    touched, results = set(), []
    for prepared, moves in zip(pending, extracted, strict=True):
        result = _store_safely(prepared, moves, resolver, rebuild=False)
        touched |= result.touched_people
        results.append(result)
    problem = rebuild_roles_safely(touched)
    for result in results:
        if problem and result.touched_people and result.status != "error":
            result.status, result.error = "error", problem
        if progress:
            progress(result)
        yield result


ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm"}


def rebuild_roles_safely(people_ids):
    """Rebuild tenures under the write lock; "" or, after the retries, what went wrong."""
    error = None
    for attempt in range(ATTEMPTS):
        try:
            with transaction.atomic():
                write_lock()
                rebuild_roles(sorted(people_ids))
            return ""
        except DatabaseError as exc:
            error = exc
            if not lost_a_race(exc):
                break
            time.sleep(0.05 * 2**attempt)
    return (
        f"moves stored, but the tenures of its people were not rebuilt (database error: {error}); "
        "use the people admin's rebuild action"
    )


def iter_article_files(paths):
    """Yield (path, name, problem) for each article file; a folder's files are named by their
    path in it. `problem` is "" or why the entry cannot be read: a symbolic link that leads
    nowhere or round in a loop, a folder that cannot be listed. Symbolic links to folders are
    followed once each, so a link back up the tree is reported, not walked forever."""
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = []
            for child, relative, problem in _walk(path):
                # In a folder only article files count, and hidden files and folders are skipped;
                # a file named on the command line is always read, so a wrong suffix is reported.
                if problem or child.suffix.lower() in ARTICLE_SUFFIXES:
                    found.append((child, relative, problem))
            yield from sorted(found, key=lambda item: item[1])
        elif path.is_symlink() and not path.exists():
            yield path, path.name, _link_problem(path)
        else:
            yield path, path.name, ""


def _link_problem(path):
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        return f"broken symbolic link ({printable(exc.strerror or str(exc))})"
    return ""


def _walk(root):
    """(path, name inside root, problem) for every file below `root`, hidden entries skipped."""
    visited = {os.path.realpath(root)}
    stack = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as exc:
            yield folder, prefix or ".", f"cannot list the folder: {printable(exc.strerror or str(exc))}"
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child, relative = Path(entry.path), f"{prefix}{entry.name}"
            try:
                is_dir = entry.is_dir()  # follows a symbolic link
                is_file = not is_dir and entry.is_file()
            except OSError:
                is_dir = is_file = False
            if is_dir:
                real = os.path.realpath(child)
                if real in visited:
                    yield child, relative, "symbolic link loop (a folder met twice)"
                    continue
                visited.add(real)
                stack.append((child, relative + "/"))
            elif is_file:
                yield child, relative, ""
            elif entry.is_symlink():
                yield child, relative, _link_problem(child) or "not a regular file"
