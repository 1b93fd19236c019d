"""Full-text search with the database's own engine, and names matched with typo tolerance.

- SQLite: FTS5 virtual tables over article titles and text and over evidence sentences,
  "external content" tables kept in step with their rows by triggers (`install`, run by a
  migration and again after every migrate, so a table rebuilt by a later migration gets its
  triggers back). Porter stemming, accents folded.
- PostgreSQL: `to_tsvector('english', …)` with GIN indexes built from the same
  `django.contrib.postgres.search.SearchVector` expressions the queries use (so the planner
  matches them), and `pg_trgm` word similarity over `name_key` for names.
- Names on SQLite: substring first, then a small fuzzy pass (difflib) over the names that
  share a word's first two letters.

Snippets come back as safe HTML: the engine marks matches with control characters, the text is
escaped, and only then do the marks become <mark> elements.
"""

import difflib
import functools
import re

from django.db import connection
from django.db.models import F, Subquery
from django.utils.html import escape
from django.utils.safestring import mark_safe

from timeline.models import Article, Evidence, Move, Organization, Person, normalize_name

START, STOP = "\x02", "\x03"
ARTICLE_FTS = "timeline_article_fts"
EVIDENCE_FTS = "timeline_evidence_fts"
PG_CONFIG = "english"
WORD_SIMILARITY = 0.45

_SQLITE_TABLES = {
    ARTICLE_FTS: ("timeline_article", ["title", "text"]),
    EVIDENCE_FTS: ("timeline_evidence", ["sentence"]),
}


# Installation ---------------------------------------------------------------------------------


def _sqlite_statements(fts, table, columns):
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    delete = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});"
    insert = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new});"
    return [
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_ad AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER IF NOT EXISTS {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN {delete} {insert} END",
    ]


def install_sqlite(cursor):
    """Create the FTS5 tables and triggers where missing; rebuild an index that was missing
    or whose triggers were (a table remade by a migration loses its triggers)."""
    for fts, (table, columns) in _SQLITE_TABLES.items():
        cursor.execute("SELECT name FROM sqlite_master WHERE name = %s", [table])
        if not cursor.fetchone():
            continue
        cursor.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s", [f"{fts}_a%"])
        triggers = cursor.fetchone()[0]
        cursor.execute("SELECT name FROM sqlite_master WHERE name = %s", [fts])
        exists = cursor.fetchone() is not None
        cursor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {fts} USING fts5({', '.join(columns)}, content='{table}', "
            "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')"
        )
        for statement in _sqlite_statements(fts, table, columns):
            cursor.execute(statement)
        if not exists or triggers < 3:
            cursor.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def postgres_indexes():
    """(model, index) pairs: GIN over the same expressions the search queries filter on."""
    from django.contrib.postgres.indexes import GinIndex, OpClass

    from timeline.models import OrganizationAlias, PersonAlias

    indexes = [
        (Article, GinIndex(_article_vector(), name="timeline_article_fts")),
        (Evidence, GinIndex(_evidence_vector(), name="timeline_evidence_fts")),
    ]
    for model in (Person, Organization, PersonAlias, OrganizationAlias):
        name = f"{model._meta.db_table}_name_trgm"[:30]
        indexes.append((model, GinIndex(OpClass("name_key", name="gin_trgm_ops"), name=name)))
    return indexes


def install_postgres(schema_editor):
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
        present = {row[0] for row in cursor.fetchall()}
    for model, index in postgres_indexes():
        if index.name not in present:
            schema_editor.add_index(model, index)


def install(using="default", **kwargs):
    """post_migrate: make sure the search indexes and their triggers exist."""
    from django.db import connections

    conn = connections[using]
    if conn.vendor == "sqlite":
        with conn.cursor() as cursor:
            install_sqlite(cursor)
    elif conn.vendor == "postgresql":
        with conn.schema_editor() as editor:
            install_postgres(editor)


# Queries ----------------------------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def words(q):
    return _WORD.findall(q or "")[:12]


def highlighted(text):
    """Engine output with START/STOP marks → safe HTML with <mark>."""
    return mark_safe(escape(text).replace(START, "<mark>").replace(STOP, "</mark>"))


def _article_vector():
    from django.contrib.postgres.search import SearchVector

    return SearchVector("title", "text", config=PG_CONFIG)


def _evidence_vector():
    from django.contrib.postgres.search import SearchVector

    return SearchVector("sentence", config=PG_CONFIG)


def _pg_query(terms):
    from django.contrib.postgres.search import SearchQuery

    # Every word, the last one also as a prefix (results while typing).
    raw = " & ".join([t.lower() for t in terms[:-1]] + [f"{terms[-1].lower()}:*"])
    return SearchQuery(raw, config=PG_CONFIG, search_type="raw")


def _fts5_query(terms):
    return " ".join([f'"{t}"' for t in terms[:-1]] + [f'"{terms[-1]}"*'])


RANK_CANDIDATES = 200  # the newest matches of a query that are ranked (see search_articles)


def search_articles(q, limit):
    """Articles whose title or text hold every word: [(article, snippet)], best first."""
    terms = words(q)
    if not terms:
        return []
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchHeadline, SearchRank

        query = _pg_query(terms)
        # Rank only the newest matches and write snippets only for the page shown: both re-read whole
        # texts, so doing them for every match of a common word costs seconds at 100,000 articles.
        newest = (
            Article.objects.annotate(vector=_article_vector())
            .filter(vector=query)
            .order_by(F("published").desc(nulls_last=True), "-id")
            .values("id")[:RANK_CANDIDATES]
        )
        ranked = list(
            Article.objects.filter(id__in=Subquery(newest))
            .annotate(rank=SearchRank(_article_vector(), query))
            .order_by("-rank", F("published").desc(nulls_last=True), "id")
            .values_list("id", flat=True)[:limit]
        )
        order = {pk: i for i, pk in enumerate(ranked)}
        found = sorted(
            Article.objects.filter(id__in=ranked)
            .annotate(
                snippet=SearchHeadline(
                    "text",
                    query,
                    config=PG_CONFIG,
                    start_sel=START,
                    stop_sel=STOP,
                    max_words=30,
                    min_words=12,
                    max_fragments=2,
                    fragment_delimiter=" … ",
                ),
            )
            .defer("text"),
            key=lambda a: order[a.pk],
        )
        return [(a, highlighted(a.snippet)) for a in found]
    if connection.vendor != "sqlite":
        return [(a, "") for a in Article.objects.filter(text__icontains=q).defer("text")[:limit]]
    match = _fts5_query(terms)
    with connection.cursor() as cursor:
        # As on PostgreSQL, rank only the newest matches (the highest rowids, read backwards from
        # the index): ranking scores every match, and a common word matches every article.
        cursor.execute(
            f"SELECT rowid FROM {ARTICLE_FTS} WHERE {ARTICLE_FTS} MATCH %s ORDER BY rowid DESC LIMIT 1 OFFSET %s",
            [match, RANK_CANDIDATES - 1],
        )
        floor = cursor.fetchone()
        cursor.execute(
            f"SELECT rowid, snippet({ARTICLE_FTS}, 1, %s, %s, '…', 24) FROM {ARTICLE_FTS} "
            f"WHERE {ARTICLE_FTS} MATCH %s AND rowid >= %s ORDER BY rank LIMIT %s",
            [START, STOP, match, floor[0] if floor else 0, limit],
        )
        rows = cursor.fetchall()
    articles = Article.objects.defer("text").in_bulk([pk for pk, _ in rows])
    return [(articles[pk], highlighted(snippet)) for pk, snippet in rows if pk in articles]


def evidence_ids(q, limit=None):
    """Ids of evidence rows whose sentence holds every word (SQLite), or None elsewhere."""
    terms = words(q)
    if connection.vendor != "sqlite" or not terms:
        return None
    sql = f"SELECT rowid FROM {EVIDENCE_FTS} WHERE {EVIDENCE_FTS} MATCH %s"
    params = [_fts5_query(terms)]
    with connection.cursor() as cursor:
        cursor.execute(sql + (" LIMIT %s" if limit else ""), params + ([limit] if limit else []))
        return [row[0] for row in cursor.fetchall()]


def evidence_matching(q):
    """An Evidence queryset of the sentences holding every word, through the full-text index
    (for the admin's move search: `Exists(evidence_matching(word).filter(move=OuterRef("pk")))`)."""
    from django.db.models.expressions import RawSQL

    terms = words(q)
    if not terms:
        return Evidence.objects.none()
    if connection.vendor == "sqlite":
        match = RawSQL(f"SELECT rowid FROM {EVIDENCE_FTS} WHERE {EVIDENCE_FTS} MATCH %s", [_fts5_query(terms)])
        return Evidence.objects.filter(id__in=match)
    if connection.vendor == "postgresql":
        return Evidence.objects.annotate(vector=_evidence_vector()).filter(vector=_pg_query(terms))
    return Evidence.objects.filter(sentence__icontains=q)


def search_evidence(q, limit):
    """Evidence sentences (of moves the public may see) holding every word: [(evidence, snippet)],
    newest first."""
    terms = words(q)
    if not terms:
        return []
    visible = Evidence.objects.exclude(move__status=Move.Status.REJECTED).select_related(
        "move__person", "move__from_org", "move__to_org"
    )
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchHeadline

        query = _pg_query(terms)
        page = list(
            visible.annotate(vector=_evidence_vector())
            .filter(vector=query)
            .order_by("-id")
            .values_list("id", flat=True)[:limit]
        )
        found = (
            visible.filter(id__in=page)
            .annotate(
                snippet=SearchHeadline(
                    "sentence", query, config=PG_CONFIG, start_sel=START, stop_sel=STOP, highlight_all=True
                )
            )
            .select_related("article")
            .defer("article__text")
            .order_by("-id")
        )
        return [(ev, highlighted(ev.snippet)) for ev in found]
    if connection.vendor != "sqlite":
        return [(ev, "") for ev in visible.filter(sentence__icontains=q).order_by("-id")[:limit]]
    # Newest first: FTS5 walks its rowid order backwards and stops at the limit, where ranking
    # would score every match (a common word matches a third of 100,000 sentences).
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT f.rowid, highlight({EVIDENCE_FTS}, 0, %s, %s) FROM {EVIDENCE_FTS} f "
            f"JOIN timeline_evidence e ON e.id = f.rowid JOIN timeline_move m ON m.id = e.move_id "
            f"WHERE {EVIDENCE_FTS} MATCH %s AND m.status != %s ORDER BY f.rowid DESC LIMIT %s",
            [START, STOP, _fts5_query(terms), Move.Status.REJECTED, limit],
        )
        rows = cursor.fetchall()
    found = visible.select_related("article").defer("article__text").in_bulk([pk for pk, _ in rows])
    return [(found[pk], highlighted(snippet)) for pk, snippet in rows if pk in found]


# Names --------------------------------------------------------------------------------------------


def _alias_model(model):
    return model.aliases.rel.related_model


def names_containing(model, q, limit):
    """Records whose name or an alias contains the words of `q` (case and accents folded)."""
    key = normalize_name(q)
    if not key:
        return []
    ids = list(model.objects.filter(name_key__contains=key).order_by("name").values_list("id", flat=True)[:limit])
    if len(ids) < limit:
        alias = _alias_model(model)
        fk = "person_id" if model is Person else "organization_id"
        more = alias.objects.filter(name_key__contains=key).exclude(**{f"{fk}__in": ids})
        ids += list(more.values_list(fk, flat=True).distinct()[: limit - len(ids)])
    return ids


def nearest_names(model, q, limit, exclude=()):
    """Ids of the records whose name (or an alias) is nearest to `q`, typos forgiven, best first."""
    key = normalize_name(q)
    if not key:
        return []
    alias = _alias_model(model)
    fk = "person_id" if model is Person else "organization_id"
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import TrigramWordSimilarity

        with connection.cursor() as cursor:
            # The default 0.6 misses one wrong letter in a short name ("metta" is 0.57 of "meta").
            cursor.execute("SET pg_trgm.word_similarity_threshold = %s", [WORD_SIMILARITY])
        scored = {}
        for qs, column in ((model.objects.all(), "id"), (alias.objects.all(), fk)):
            rows = (
                qs.filter(name_key__trigram_word_similar=key)
                .annotate(similarity=TrigramWordSimilarity(key, "name_key"))
                .order_by("-similarity")
                .values_list(column, "similarity")[: limit * 2]
            )
            for pk, score in rows:
                scored[pk] = max(score, scored.get(pk, 0))
        best = sorted((pk for pk in scored if pk not in exclude), key=lambda pk: -scored[pk])
        return best[:limit]
    return _nearest_by_difflib(model, alias, fk, key, limit, exclude)


def _nearest_by_difflib(model, alias, fk, key, limit, exclude, cutoff=0.7, pool=400):
    from django.db.models import Q

    query_words = key.split()[:4]
    heads = {w[:2] for w in query_words if len(w) >= 2}
    if not heads:
        return []
    near = Q()
    for head in heads:
        near |= Q(name_key__startswith=head) | Q(name_key__contains=f" {head}")
    candidates = list(model.objects.filter(near).values_list("id", "name_key")[:pool])
    candidates += list(alias.objects.filter(near).values_list(fk, "name_key")[:pool])

    @functools.cache
    def similarity(a, b):
        # Names share most of their words ("Synthetic Person 00042"): each pair is compared once.
        return difflib.SequenceMatcher(None, a, b).ratio()

    def score(name_key):
        name_words = name_key.split()
        whole = similarity(key, name_key)
        each = [max(similarity(w, n) for n in name_words) for w in query_words]
        return max(whole, sum(each) / len(each))

    scored = {}
    for pk, name_key in candidates:
        if pk in exclude:
            continue
        s = score(name_key)
        if s >= cutoff:
            scored[pk] = max(s, scored.get(pk, 0))
    return sorted(scored, key=lambda pk: -scored[pk])[:limit]


def find_names(model, q, limit):
    """Ids matching `q`: names containing it first, then the nearest names (typos)."""
    ids = names_containing(model, q, limit)
    if len(ids) < limit:
        ids += nearest_names(model, q, limit - len(ids), exclude=set(ids))
    return ids
