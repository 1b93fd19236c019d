"""The loader's shortcuts store what the slow way stored: new moves' derived fields set at
insert, consolidation fed from the matcher, extraction pipelined ahead of the writes."""

from django.db import connection

from ingest import loader
from timeline.models import Article, Move, Organization, Person, Role

ARTICLES = {
    "a.txt": "date 2025-01-10\n\nJane Roe left Globex Labs in 2021 to join Acme Robotics.\n",
    "b.txt": "date 2024-11-02\n\nIn 2021, Jane Roe left Globex Labs to join Acme Robotics.\n",
    "c.txt": (
        "date 2025-02-01\n\nOmar Haddad has joined Initech AI as chief scientist, he said last week. "
        "Haddad previously spent six years at Hooli Research.\n\n"
        "Omar Haddad joined Initech AI in January 2025.\n"
    ),
    "d.txt": "Undated story\n\nPriya Iyer left Hooli Research to join Initech AI.\n",
    "e.txt": "date 2023-05-05\n\nPriya Iyer left Hooli Research in 2023.\n",
}


def write(folder, articles=ARTICLES):
    folder.mkdir(exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text)
    return folder


def derived():
    return sorted(Move.objects.values_list("pk", "confidence", "rule", "no_later_than"))


def stored():
    """Everything ingest stores, without the row ids (which differ between two runs)."""
    moves = sorted(
        Move.objects.values_list(
            "person__name",
            "from_org__name",
            "to_org__name",
            "kind",
            "role",
            "date",
            "date_precision",
            "confidence",
            "rule",
            "no_later_than",
            "status",
        ),
        key=repr,
    )
    evidence = sorted(
        Move.objects.values_list("person__name", "evidence__article__filename", "evidence__sentence"), key=repr
    )
    roles = sorted(
        Role.objects.values_list("person__name", "organization__name", "start_date", "end_date", "ended"), key=repr
    )
    return moves, evidence, roles


def test_a_new_moves_bounds_and_confidence_are_the_ones_its_evidence_gives(db, tmp_path):
    results = list(loader.ingest_paths([write(tmp_path / "news")], workers=1))
    assert {r.status for r in results} == {"new"}
    before = derived()
    assert before and all(confidence > 0 and rule for _, confidence, rule, _ in before)
    ids = [pk for pk, *_ in before]
    loader.refresh_bounds(ids)
    loader.refresh_confidence(ids)
    assert derived() == before  # reading the evidence back would change nothing
    roe = Move.objects.get(person__name="Jane Roe")
    assert str(roe.no_later_than) == "2024-11-02"  # the earlier of its two articles


def test_storing_a_new_article_takes_a_few_queries_however_many_are_stored(db, tmp_path, django_assert_max_num_queries):
    list(loader.ingest_paths([write(tmp_path / "news")], workers=1))
    story = "date 2025-03-01\n\nLeila Castillo left Acme Robotics to join Globex Labs as head of research.\n"
    path = tmp_path / "more.txt"
    path.write_text(story)
    # 20 statements: the article looked up twice (before extraction, under the lock), one new
    # person (name, alias, slug, insert, history), two known organisations, the article and its
    # history, the person's moves, the move and its history, the evidence, the tenures (4);
    # plus 8 for the 4 savepoints the test's transaction makes of the atomic blocks. Before
    # the loader was trimmed: 39. PostgreSQL adds the write lock's two advisory locks.
    with django_assert_max_num_queries(28 if connection.vendor == "sqlite" else 30):
        results = list(loader.ingest_paths([path], workers=1))
    assert [r.status for r in results] == ["new"]


def test_workers_and_the_pipeline_store_what_one_process_stores(db, tmp_path, monkeypatch):
    articles = dict(ARTICLES)
    for i in range(14):
        articles[f"n{i:02d}.txt"] = (
            f"date 2025-01-{i + 1:02d}\n\nPat {chr(65 + i)}ardner left Globex Labs in 2021 to join Acme Robotics."
            f" {chr(65 + i)}ardner rejoined Hooli Research in 2024.\n"
        )
    folder = write(tmp_path / "news", articles)
    (folder / "zz.txt").write_bytes(b"\x00\x01 not text")
    serial = list(loader.ingest_paths([folder], workers=1))
    expected = stored()
    for model in (Article, Move, Person, Organization):
        model.objects.all().delete()

    monkeypatch.setattr(loader, "POOL_MIN_FILES", 4)
    monkeypatch.setattr(loader, "BATCH", 4)  # five batches: each stored while the next is extracted
    pooled = list(loader.ingest_paths([folder], workers=2))
    assert sorted((r.filename, r.status) for r in pooled) == sorted((r.filename, r.status) for r in serial)
    assert stored() == expected
    again = list(loader.ingest_paths([folder], workers=2))
    assert {r.status for r in again} == {"unchanged", "error"}
