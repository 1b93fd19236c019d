"""Finding and curating in real headless Chromium: a directory sorted and paginated, "Meta"
typed into the explorer, a word of an article body found and highlighted, a curator adding a
missed move from a sentence (it survives re-ingest), an article pasted in the admin, and the
review queue's keys."""

import io

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from timeline.models import Article, Move

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-test-passphrase-42"
MISSED = "Sources say Maya Chen is packing her bags at OpenAI and will land at Anthropic next month."
TEXT = f"Jane Roe joined Globex in March 2024 as head of research.\n\n{MISSED}\n\nThe espresso was good.\n"


@pytest.fixture
def errors(page):
    found = []
    page.on("console", lambda message: found.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: found.append(str(error)))
    return found


@pytest.fixture
def curator_page(page, live_server, settings, tmp_path):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # live_server speaks plain HTTP
    settings.ARTICLE_UPLOAD_DIR = tmp_path / "uploads"
    call_command("setup_curators", user="cora", password=PASSWORD, stdout=io.StringIO())
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "cora")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    expect(page.locator("#content")).to_contain_text("Moves")
    return page


def test_a_directory_sorts_and_pages_without_reloading(page, live_server, make_move, errors):
    for i in range(55):
        make_move(f"Person {i:02d}", None, "Acme AI", "join", date=f"{1990 + i}")
    page.goto(f"{live_server.url}/people/")
    expect(page.locator("#directory-results")).to_contain_text("Page 1 of 2")
    page.click("th >> text=Latest move")
    expect(page).to_have_url(f"{live_server.url}/people/?sort=-latest")
    expect(page.locator("tbody tr").first).to_contain_text("Person 54")
    page.click("text=Next →")
    expect(page).to_have_url(f"{live_server.url}/people/?sort=-latest&page=2")
    expect(page.locator("tbody tr").first).to_contain_text("Person 04")
    page.fill("#id_q", "person 1")
    page.press("#id_q", "Enter")
    expect(page.locator("#directory-results")).to_contain_text("10 people matching")
    assert errors == []


def test_meta_typed_into_the_organisation_filter_filters_by_meta(page, live_server, make_move, errors):
    make_move("Yann LeCun", None, "Meta", "join", date="2013-12")
    make_move("Ilya Sutskever", "Google", "OpenAI", "move", date="2015")
    page.goto(f"{live_server.url}/moves/")
    page.locator("#id_org").press_sequentially("Me", delay=50)
    expect(page.locator("#id_org-names option[value=Meta]")).to_have_count(1)  # the suggestions came
    page.fill("#id_org", "Meta")
    page.press("#id_org", "Enter")
    expect(page).to_have_url(f"{live_server.url}/moves/?org=Meta")
    expect(page.locator("#move-results")).to_contain_text("1 move")
    expect(page.locator("#move-results")).not_to_contain_text("Ilya Sutskever")
    page.fill("#id_org", "Metta")
    page.press("#id_org", "Enter")
    expect(page.locator(".notice")).to_contain_text("No organisation matches “Metta”. Nearest names: Meta.")
    assert errors == []


def test_a_word_only_in_an_article_body_is_found_and_highlighted(page, live_server, make_move, errors):
    article = Article.objects.create(filename="k.txt", title="Karpathy to Tesla", text=TEXT, content_hash="h")
    make_move(
        "Jane Roe",
        None,
        "Globex",
        article=article,
        sentence="Jane Roe joined Globex in March 2024 as head of research.",
    )
    page.goto(f"{live_server.url}/search/")
    page.locator("#search-q").press_sequentially("espresso", delay=30)
    expect(page).to_have_url(f"{live_server.url}/search/?q=espresso")
    expect(page.locator(".result-articles mark")).to_have_text("espresso")
    expect(page.locator(".result-articles")).to_contain_text("Karpathy to Tesla")
    assert errors == []


def test_a_curator_adds_a_missed_move_from_a_sentence_and_it_survives_re_ingest(curator_page, live_server, tmp_path):
    page = curator_page
    path = tmp_path / "news" / "story.txt"
    path.parent.mkdir()
    path.write_text(f"date 2025-01-15\ntitle Two moves\n\n{TEXT}")
    call_command("ingest", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    article = Article.objects.get()

    page.goto(f"{live_server.url}/articles/{article.pk}/")
    page.click("text=Add a move from this sentence")
    expect(page.locator("#id_person")).to_have_value("Maya Chen")
    expect(page.locator("#id_from_org")).to_have_value("OpenAI")
    expect(page.locator("#id_to_org")).to_have_value("Anthropic")
    page.click("input[type=submit]")
    expect(page.locator(".messagelist")).to_contain_text("curated, so re-ingesting the article keeps it")

    path.write_text(f"date 2025-01-15\ntitle Two moves, updated\n\n{TEXT}More news.\n")
    call_command("ingest", str(path), stdout=io.StringIO(), stderr=io.StringIO())
    move = Move.objects.get(person__name="Maya Chen")
    assert move.curated and move.evidence.get().sentence == MISSED
    page.goto(f"{live_server.url}/people/{move.person.slug}/")
    expect(page.locator(f"#move-{move.pk}")).to_contain_text("Anthropic")


def test_an_article_pasted_in_the_admin_produces_moves_for_review(curator_page, live_server):
    page = curator_page
    page.goto(f"{live_server.url}/admin/timeline/article/")
    page.click("text=Add article")
    page.fill("#id_title", "Pasted news")
    page.fill("#id_published", "2025-01-15")
    page.fill("#id_text", TEXT)
    page.click("input[type=submit]")
    expect(page.locator(".messagelist")).to_contain_text("Added “Pasted news”")
    expect(page.locator("#result_list")).to_contain_text("Jane Roe")
    assert Move.objects.filter(person__name="Jane Roe", to_org__name="Globex").exists()


def test_the_review_queue_takes_one_key_per_decision(curator_page, live_server, make_move):
    page = curator_page
    first = make_move("Unsure Person", None, "Initech")
    second = make_move("Sure Person", None, "Globex")
    Move.objects.filter(pk=first.pk).update(confidence=0.2)
    Move.objects.filter(pk=second.pk).update(confidence=0.8)
    page.goto(f"{live_server.url}/admin/timeline/move/review/")
    expect(page.locator(".review-move h2")).to_contain_text("Unsure Person")
    page.keyboard.press("r")
    expect(page.locator(".review-move h2")).to_contain_text("Sure Person")
    page.keyboard.press("c")
    expect(page.locator("#content-main")).to_contain_text("Nothing left to review")
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == ("rejected", "confirmed")
