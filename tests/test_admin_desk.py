"""The curation desk's recall and no-shell parts: the move list's evidence/role/confidence
columns, the evidence above the form, the review queue, moves added from a sentence the
extractor missed (curated, surviving re-ingest), "Add article", the move checks, and
history rows read as sentences."""

import datetime
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from tests.conftest import move_form
from timeline.models import Article, Evidence, Move, Organization

MISSED = "Sources say Maya Chen is packing her bags at OpenAI and will land at Anthropic next month."
ARTICLE = f"""date 2025-01-15
title Two moves

Jane Roe joined Globex in March 2024 as head of research.

{MISSED}

The weather in San Francisco was mild.
"""


@pytest.fixture(autouse=True)
def uploads(settings, tmp_path):
    settings.ARTICLE_UPLOAD_DIR = tmp_path / "uploads"
    return settings.ARTICLE_UPLOAD_DIR


@pytest.fixture
def article_file(tmp_path):
    path = tmp_path / "news" / "two-moves.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE)
    return path


def ingest(path):
    call_command("ingest", str(path), stdout=io.StringIO(), stderr=io.StringIO())


# --- the move list and form ----------------------------------------------------------------


def test_the_move_list_shows_the_evidence_role_and_confidence(desk, make_move):
    make_move(
        "Jane Roe",
        "Initech",
        "Globex",
        "move",
        role="head of research",
        sentence="Jane Roe left Initech for Globex, where she will be head of research for the whole group "
        "and its three laboratories in Europe and Asia.",
    )
    html = desk.get(reverse("admin:timeline_move_changelist")).content.decode()
    assert "head of research" in html
    assert (
        "Jane Roe left Initech for Globex, where she will be head of research for the whole group and its three labora…"
        in html
    )
    assert re.search(r'<td class="field-confidence_shown">\d\.\d\d</td>', html)
    assert "Review queue" in html


def test_the_move_list_search_uses_the_full_text_index(desk, make_move, django_assert_max_num_queries):
    make_move("Jane Roe", None, "Globex", sentence="Jane Roe joined Globex as a roboticist.")
    make_move("John Doe", None, "Initech", sentence="John Doe joined Initech.")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        html = desk.get(reverse("admin:timeline_move_changelist"), {"q": "roboticists"}).content.decode()
    assert "Jane Roe" in html and "John Doe" not in html  # stemmed: roboticists finds roboticist
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    assert ("MATCH" in sql) if connection.vendor == "sqlite" else ("@@" in sql)
    assert 'sentence" LIKE' not in sql and 'UPPER("timeline_evidence"."sentence"' not in sql
    assert "1 result" in html and "total" not in html  # show_full_result_count = False


def test_the_edit_page_shows_the_evidence_paragraph_above_the_form(desk, make_move):
    text = "Headline\n\nFirst paragraph. Jane Roe joined Acme in 2021. Then more.\n\nAnother paragraph."
    article = Article.objects.create(filename="a.txt", title="Roe to Acme", text=text, content_hash="h")
    move = make_move(person="Jane Roe", article=article, sentence="Jane Roe joined Acme in 2021.")
    html = desk.get(reverse("admin:timeline_move_change", args=[move.pk])).content.decode()
    evidence_at = html.index("First paragraph. <mark>Jane Roe joined Acme in 2021.</mark> Then more.")
    assert evidence_at < html.index('name="person"')


def test_a_move_from_an_organisation_to_itself_is_refused(desk, make_move):
    move = make_move("Jane Roe", "Microsoft", "Globex", "move")
    microsoft = Organization.objects.get(name="Microsoft")
    response = desk.post(reverse("admin:timeline_move_change", args=[move.pk]), move_form(move, to_org=microsoft.pk))
    assert response.status_code == 200
    assert "“from” and “to” are the same" in response.content.decode()
    move.refresh_from_db()
    assert move.to_org.name == "Globex"


def test_a_date_after_publication_needs_the_text_to_say_so(desk, make_move):
    move = make_move("Jane Roe", None, "Globex", sentence="Jane Roe joined Globex.")  # published 2025-01-15
    url = reverse("admin:timeline_move_change", args=[move.pk])
    response = desk.post(url, move_form(move, date="2027-05-01", date_precision="month"))
    assert "after the article&#x27;s publication (15 January 2025)" in response.content.decode()
    # The same month as the publication, or the year only, is fine.
    assert desk.post(url, move_form(move, date="2025-01-01", date_precision="year")).status_code == 302

    soon = make_move("Ann Lee", None, "Globex", sentence="Ann Lee will join Globex next month.")
    url = reverse("admin:timeline_move_change", args=[soon.pk])
    assert desk.post(url, move_form(soon, date="2025-02-01", date_precision="month")).status_code == 302


def test_history_reads_as_sentences_never_pk_none(desk, make_move):
    move = make_move("Jane Roe", "Initech", "Globex", "move")
    desk.post(reverse("admin:timeline_move_change", args=[move.pk]), move_form(move, from_org="", kind="join"))
    html = desk.get(reverse("admin:timeline_move_history", args=[move.pk])).content.decode()
    assert "Organisation left cleared (was Initech)" in html
    assert "Kind changed from Moved to Joined" in html and "Marked curated" in html
    assert "pk=None" not in html and "Deleted organization" not in html


# --- the review queue --------------------------------------------------------------------


def test_the_review_queue_shows_the_least_certain_move_first_and_moves_on(desk, make_move):
    sure = make_move("Sure Person", None, "Globex")
    unsure = make_move("Unsure Person", None, "Initech")
    done = make_move("Done Person", None, "Hooli", status="confirmed")
    Move.objects.filter(pk=sure.pk).update(confidence=0.9)
    Move.objects.filter(pk=unsure.pk).update(confidence=0.3)
    Move.objects.filter(pk=done.pk).update(confidence=0.1)
    url = reverse("admin:timeline_move_review")

    html = desk.get(url).content.decode()
    assert "Unsure Person" in html and "2 unreviewed moves" in html and "0.30" in html
    assert 'accesskey="c"' in html and "js/review.js" in html

    response = desk.post(url, {"move": unsure.pk, "decision": "reject"})
    assert response.status_code == 302
    unsure.refresh_from_db()
    assert (unsure.status, unsure.curated) == ("rejected", True)
    assert "Sure Person" in desk.get(response["Location"]).content.decode()

    # Skipping the last one goes round to the first again; once decided, nothing is left.
    assert "Sure Person" in desk.get(f"{url}?after={sure.pk}").content.decode()
    desk.post(url, {"move": sure.pk, "decision": "confirm"})
    assert "Nothing left to review" in desk.get(url).content.decode()


def test_the_review_queue_is_for_curators_only(client, make_move, django_user_model):
    make_move()
    user = django_user_model.objects.create_user("visitor", password="x-long-password-1", is_staff=True)
    client.force_login(user)
    assert client.get(reverse("admin:timeline_move_review")).status_code == 403


# --- missed moves ------------------------------------------------------------------------------


def test_missed_sentences_are_marked_on_the_article_in_the_admin_and_for_staff(desk, article_file):
    from django.test import Client

    ingest(article_file)
    article = Article.objects.get()
    html = desk.get(reverse("admin:timeline_article_change", args=[article.pk])).content.decode()
    assert "Sources say Maya Chen is <mark>packing her bags</mark> at OpenAI" in html
    assert "Add a move from this sentence" in html
    assert "The weather" not in html.split("missed-moves")[1]
    public = desk.get(article.get_absolute_url()).content.decode()
    assert "Add a move from this sentence" in public
    assert "Add a move from this sentence" not in Client().get(article.get_absolute_url()).content.decode()


def test_a_move_added_from_a_sentence_is_curated_and_survives_re_ingest(desk, article_file):
    ingest(article_file)
    article = Article.objects.get()
    start = article.text.index(MISSED)
    url = reverse("admin:timeline_move_from_sentence")
    query = {"article": article.pk, "start": start, "end": start + len(MISSED)}

    form = desk.get(url, query).content.decode()
    assert 'value="Maya Chen"' in form and 'value="OpenAI"' in form and 'value="Anthropic"' in form
    assert 'value="2025-02-01"' in form  # "next month" from the publication date
    assert '<option value="move" selected>' in form

    data = {
        **query,
        "person": "Maya Chen",
        "from_org": "OpenAI",
        "to_org": "Anthropic",
        "kind": "move",
        "role": "",
        "date": "2025-02-01",
        "date_precision": "month",
        "status": "confirmed",
    }
    response = desk.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    move = Move.objects.get(person__name="Maya Chen")
    assert move.curated and move.status == "confirmed" and move.fingerprint.startswith("curator-")
    assert list(move.evidence.values_list("sentence", "start")) == [(MISSED, start)]
    assert move.history.first().history_user.username == "cora"

    # The article changes and is ingested again: the curated move and its evidence stay.
    article_file.write_text(ARTICLE.replace("The weather in San Francisco was mild.", "It rained."))
    ingest(article_file)
    move.refresh_from_db()
    evidence = move.evidence.get()
    assert (evidence.sentence, evidence.article_id) == (MISSED, article.pk)
    assert Move.objects.filter(person__name="Maya Chen").count() == 1


def test_a_sentence_form_checks_from_and_to(desk, article_file):
    ingest(article_file)
    article = Article.objects.get()
    start = article.text.index(MISSED)
    data = {
        "article": article.pk,
        "start": start,
        "end": start + len(MISSED),
        "person": "Maya Chen",
        "from_org": "OpenAI",
        "to_org": "openai",
        "kind": "move",
        "date_precision": "unknown",
        "status": "confirmed",
    }
    response = desk.post(reverse("admin:timeline_move_from_sentence"), data)
    assert response.status_code == 200 and "are the same" in response.content.decode()
    assert not Move.objects.filter(person__name="Maya Chen").exists()


# --- Add article ---------------------------------------------------------------------------


def test_an_article_pasted_in_the_admin_produces_moves(desk, uploads):
    response = desk.post(
        reverse("admin:timeline_article_add"),
        {
            "text": ARTICLE.split("\n\n", 1)[1],
            "title": "Two moves",
            "published": "2025-01-15",
            "source_url": "https://example.com/two-moves",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    article = Article.objects.get()
    assert (article.title, article.published, article.source_url) == (
        "Two moves",
        datetime.date(2025, 1, 15),
        "https://example.com/two-moves",
    )
    assert response["Location"] == reverse("admin:timeline_move_changelist") + f"?article={article.pk}"
    moves = Move.objects.filter(evidence__article=article)
    assert moves.filter(person__name="Jane Roe", to_org__name="Globex").exists()
    assert (uploads / article.filename.removeprefix("uploads/")).exists()  # kept for a later re-ingest
    listing = desk.get(response["Location"]).content.decode()
    assert "Jane Roe" in listing


def test_an_uploaded_file_is_ingested_and_typed_fields_win(desk):
    upload = SimpleUploadedFile("story.txt", ARTICLE.encode())
    response = desk.post(reverse("admin:timeline_article_add"), {"file": upload, "published": "2025-01-20"})
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.published == datetime.date(2025, 1, 20) and article.published_curated
    assert Evidence.objects.filter(article=article).exists()


def test_add_article_needs_a_file_or_text(desk):
    response = desk.post(reverse("admin:timeline_article_add"), {"title": "Nothing"})
    assert "Upload a file or paste the text" in response.content.decode()
    assert not Article.objects.exists()


def test_the_evidence_list_search_uses_the_full_text_index(desk, make_move):
    make_move("Jane Roe", None, "Globex", sentence="Jane Roe joined Globex as a roboticist.")
    make_move("John Doe", None, "Initech", sentence="John Doe joined Initech.")
    html = desk.get(reverse("admin:timeline_evidence_changelist"), {"q": "roboticists"}).content.decode()
    assert "Jane Roe joined Globex" in html and "John Doe joined" not in html
