import datetime
import io

from django.core.management import call_command

from timeline.models import Article, Move


def ingest(path):
    call_command("ingest", str(path), stdout=io.StringIO(), stderr=io.StringIO())


def test_a_curators_publication_date_survives_a_changed_file(db, tmp_path, admin_client):
    path = tmp_path / "undated.txt"
    path.write_text("Acme hires\n\nJane Roe joined Acme Robotics last week as chief scientist.\n")
    ingest(path)
    article = Article.objects.get(filename="undated.txt")
    assert article.published is None
    assert Move.objects.get().date is None  # relative phrase, undated article: no date

    response = admin_client.post(
        f"/admin/timeline/article/{article.pk}/change/",
        {
            "title": article.title,
            "source_url": "",
            "published": "2025-03-12",
            "evidence-TOTAL_FORMS": "0",
            "evidence-INITIAL_FORMS": str(article.evidence.count()),
            "evidence-MIN_NUM_FORMS": "0",
            "evidence-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.published == datetime.date(2025, 3, 12) and article.published_curated

    path.write_text("Acme hires\n\nJane Roe joined Acme Robotics last week as its chief scientist.\n")
    ingest(path)
    article.refresh_from_db()
    assert article.published == datetime.date(2025, 3, 12)
    move = Move.objects.get()
    assert move.date is not None and move.date <= datetime.date(2025, 3, 12)


def test_the_same_move_in_two_articles_is_one_move_with_two_sources(db, tmp_path):
    (tmp_path / "a.txt").write_text("date 2025-01-10\n\nJane Roe left Globex Labs in 2021 to join Acme Robotics.\n")
    (tmp_path / "b.txt").write_text("Roe story\n\nIn 2021, Jane Roe left Globex Labs to join Acme Robotics.\n")
    ingest(tmp_path)
    move = Move.objects.get()
    assert (move.from_org.name, move.to_org.name, move.date_iso) == ("Globex Labs", "Acme Robotics", "2021")
    assert sorted(move.evidence.values_list("article__filename", flat=True)) == ["a.txt", "b.txt"]


def test_many_files_are_extracted_in_worker_processes_with_the_same_result(db, tmp_path, monkeypatch):
    from ingest import loader

    monkeypatch.setattr(loader, "POOL_MIN_FILES", 16)  # 200 by default: not worth a slow test
    started = []
    monkeypatch.setattr(loader, "start_workers", lambda n, real=loader.start_workers: started.append(n) or real(n))
    monkeypatch.setattr(loader, "BATCH", 8)
    for i in range(loader.POOL_MIN_FILES + 4):
        (tmp_path / f"{i:02d}.txt").write_text(
            f"date 2025-01-{i + 1:02d}\n\nPat {chr(65 + i)}ardner left Globex Labs in 2021 to join Acme Robotics.\n"
        )
    (tmp_path / "zz.txt").write_bytes(b"\x00\x01 not text")
    results = list(loader.ingest_paths([tmp_path], workers=2))
    assert [r.status for r in results].count("new") == loader.POOL_MIN_FILES + 4
    assert [r.filename for r in results if r.status == "error"] == ["zz.txt"]
    assert Move.objects.filter(from_org__name="Globex Labs", to_org__name="Acme Robotics").count() == 20
    assert started == [2]  # one pool for the run's three batches


def test_a_run_of_a_few_files_starts_no_worker(db, tmp_path, monkeypatch):
    from ingest import loader

    def refuse(workers):
        raise AssertionError("workers started for a few files")

    monkeypatch.setattr(loader, "start_workers", refuse)
    for i in range(loader.POOL_MIN_FILES // 4):
        (tmp_path / f"{i:03d}.txt").write_text(f"Pat Gardner{i} left Globex Labs in 2021 to join Acme Robotics.\n")
    results = list(loader.ingest_paths([tmp_path], workers=2))
    assert [r.status for r in results] == ["new"] * (loader.POOL_MIN_FILES // 4)
