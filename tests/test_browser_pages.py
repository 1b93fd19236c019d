"""The pages in real headless Chromium: charts drawn, live search, shared links, embeds,
phone width, and no JavaScript error (CSP violations included) on any page."""

import json

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = [
    "/",
    "/search/?q=karp",
    "/people/andrej-karpathy/",
    "/organizations/openai/",
    "/organizations/openai/?period=quarter&confirmed=1",
    "/articles/{article}/",
    "/moves/",
    "/flows/",
    "/embed/people/andrej-karpathy/",
    "/embed/organizations/openai/?chart=sankey",
    "/embed/flows/",
]


@pytest.fixture
def career(make_move):
    """Karpathy's career (a rejoin, year-only, month-only and undated moves) and some traffic."""
    moves = [
        make_move("Andrej Karpathy", None, "OpenAI", kind="join", date="2015-12-11", status="confirmed"),
        make_move("Andrej Karpathy", "OpenAI", "Tesla", kind="move", date="2017-06", role="director of AI"),
        make_move("Andrej Karpathy", "Tesla", None, kind="leave", date="2022", role="director of AI"),
        make_move("Andrej Karpathy", None, "OpenAI", kind="rejoin", date="2023-02"),
        make_move("Andrej Karpathy", "OpenAI", "Anthropic", kind="move", date="2024-02-13"),
        make_move("Andrej Karpathy", None, "Eureka Labs", kind="found"),
        make_move("Jan Leike", "OpenAI", "Anthropic", kind="move", date="2024-05", status="confirmed"),
        make_move("John Schulman", "OpenAI", "Anthropic", kind="move", date="2024-08-05"),
        make_move("Ilya Sutskever", "OpenAI", None, kind="leave", date="2024"),
    ]
    from timeline.models import Person
    from timeline.roles import rebuild_roles

    rebuild_roles(Person.objects.all())
    return moves


@pytest.fixture
def errors(page):
    found = []
    page.on("console", lambda message: found.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: found.append(str(error)))
    return found


def figure(page, script_id):
    return page.evaluate(f"JSON.parse(document.getElementById({json.dumps(script_id)}).textContent)")


def drawn_bars(figure_data):
    return sum(len(trace["x"]) for trace in figure_data["data"] if trace["type"] == "bar")


def test_no_page_logs_a_javascript_error(live_server, page, errors, career):
    article = career[0].evidence.get().article_id
    for path in PAGES:
        page.goto(live_server.url + path.format(article=article))
        page.wait_for_load_state("networkidle")
        if page.locator("[data-figure]").count():
            page.wait_for_selector("[data-figure] .main-svg")
        assert errors == [], f"{path}: {errors}"


def test_the_person_page_draws_one_bar_per_tenure_piece_and_the_move_markers(live_server, page, errors, career):
    page.goto(live_server.url + "/people/andrej-karpathy/")
    page.wait_for_selector("#chart-timeline .main-svg")
    data = figure(page, "fig-timeline")
    assert page.locator("#chart-timeline .bars .point").count() == drawn_bars(data) >= 5
    # Every side of every move: 7 dated, and the undated founding as a grey mark in its row.
    assert page.locator("#chart-timeline .scatterlayer .point").count() == 8
    rows_top_down = page.evaluate(
        "Array.from(document.querySelectorAll('#chart-timeline .ytick text'))"
        ".sort((a, b) => a.getBoundingClientRect().y - b.getBoundingClientRect().y).map(t => t.textContent)"
    )
    assert rows_top_down == ["OpenAI", "Tesla", "Anthropic", "Eureka Labs"]
    assert "2022" in page.locator("#chart-timeline .annotation-text").all_text_contents()
    assert page.locator(f"#move-{career[5].pk} .undated").inner_text() == "date unknown"
    assert errors == []


def test_the_organisation_page_draws_bars_and_a_sankey_and_switches_period(live_server, page, errors, career):
    page.goto(live_server.url + "/organizations/openai/")
    page.wait_for_selector("#chart-flow .main-svg")
    page.wait_for_selector("#chart-sankey .main-svg")
    flow = figure(page, "fig-flow")
    assert page.locator("#chart-flow .bars .point").count() == drawn_bars(flow)
    # sources: not stated (2 joins); destinations: Tesla, Anthropic, not stated
    assert page.locator("#chart-sankey .sankey-node").count() == 1 + 1 + 3

    page.get_by_label("Quarter").check()
    page.wait_for_url("**/organizations/openai/?period=quarter")
    page.wait_for_selector("#flow-title:has-text('per quarter')")
    page.wait_for_selector("#chart-flow .main-svg")
    assert figure(page, "fig-flow")["data"][0]["xperiod"] == "M3"
    assert errors == []


def test_clicking_a_bar_shows_the_moves_behind_it(live_server, page, errors, career):
    page.goto(live_server.url + "/organizations/anthropic/")
    page.wait_for_selector("#chart-flow .bars .point")
    page.locator("#chart-flow .bars .point path").first.click(force=True)
    page.wait_for_url("**/moves/?to_org=anthropic&start=2024&end=2024&sort=date")
    assert page.locator(".moves-table tbody tr").count() == 3
    assert errors == []


def test_the_flows_page_draws_a_node_per_side_of_each_organisation(live_server, page, errors, career):
    page.goto(live_server.url + "/flows/?n=3")
    page.wait_for_selector("#chart-flows .main-svg")
    labels = figure(page, "fig-flows")["data"][0]["node"]["label"]
    assert page.locator("#chart-flows .sankey-node").count() == len(labels)
    assert set(labels) == {"from: OpenAI", "to: Tesla", "to: Anthropic"}
    assert errors == []


def test_live_search_updates_the_results_and_the_address(live_server, page, errors, career):
    page.goto(live_server.url + "/search/")
    page.locator("#search-q").press_sequentially("schul", delay=30)
    page.wait_for_url("**/search/?q=schul")
    page.wait_for_selector("#search-results a:has-text('John Schulman')")
    page.locator("#search-q").press("ArrowDown")
    assert page.evaluate("document.activeElement.textContent") == "John Schulman"
    page.keyboard.press("Enter")
    page.wait_for_url("**/people/john-schulman/")
    assert errors == []


def test_the_home_search_box_shows_live_results(live_server, page, errors, career):
    page.goto(live_server.url + "/")
    page.locator("#search-q").fill("tesla")
    page.wait_for_selector("#search-results a:has-text('Tesla')")
    assert errors == []


def test_a_copied_link_reopens_the_same_view_in_a_fresh_browser(live_server, browser, page, errors, career):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(live_server.url + "/organizations/openai/")
    page.wait_for_selector("#chart-flow .main-svg")
    page.get_by_label("Month").check()
    page.wait_for_url("**period=month")
    page.locator("#id_start").fill("2023")
    page.locator("#id_start").press("Enter")
    page.wait_for_url("**period=month&start=2023")
    page.wait_for_selector("#chart-flow .main-svg")
    shown = figure(page, "fig-flow")
    page.locator(".copy-link").first.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.url

    fresh = browser.new_context()
    other = fresh.new_page()
    other.goto(copied)
    other.wait_for_selector("#chart-flow .main-svg")
    assert figure(other, "fig-flow") == shown
    assert other.locator("input[name=period][value=month]").is_checked()
    assert other.locator(".bars .point").count() == page.locator("#chart-flow .bars .point").count()
    fresh.close()
    assert errors == []


def test_the_moves_explorer_filters_with_htmx_and_pushes_the_url(live_server, page, errors, career):
    page.goto(live_server.url + "/moves/")
    assert page.locator(".moves-table tbody tr").count() == 9
    page.locator("#id_status").select_option("confirmed")
    page.wait_for_url("**/moves/?status=confirmed")
    page.wait_for_function("document.querySelectorAll('.moves-table tbody tr').length === 2")
    page.get_by_role("link", name="Person").click()
    page.wait_for_url("**/moves/?status=confirmed&sort=person")
    assert page.locator(".moves-table tbody tr td a").first.inner_text() == "Andrej Karpathy"
    page.get_by_role("link", name="Person").click()
    page.wait_for_url("**/moves/?status=confirmed&sort=-person")
    assert page.locator(".moves-table tbody tr td a").first.inner_text() == "Jan Leike"
    assert errors == []


def test_the_embed_page_renders_its_chart_and_can_be_framed(live_server, page, errors, career):
    response = page.goto(live_server.url + "/embed/organizations/openai/?chart=sankey")
    assert "frame-ancestors *" in response.headers["content-security-policy"]
    page.wait_for_selector("#chart-embed .main-svg")
    assert page.locator("#chart-embed .sankey-node").count() == 5
    assert page.locator(".site-header").count() == 0
    page.goto(live_server.url + "/organizations/openai/")
    snippet = page.locator(".embed-code textarea").first.input_value()
    assert snippet.startswith(f'<iframe src="{live_server.url}/embed/organizations/openai/')
    assert errors == []


@pytest.mark.parametrize("path", ["/", "/people/andrej-karpathy/", "/organizations/openai/", "/moves/", "/flows/"])
def test_pages_fit_a_phone_screen(live_server, browser, path, career):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(live_server.url + path)
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


def test_pages_work_without_javascript(live_server, browser, career):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/moves/")
    page.locator("#id_kind").select_option("leave")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/moves/?**kind=leave**")
    assert page.locator(".moves-table tbody tr").count() == 2
    page.goto(live_server.url + "/organizations/openai/")
    page.locator("summary:has-text('Data table')").first.click()
    assert page.locator("table:has(caption:has-text('Joins and departures')) tbody tr").count() >= 1
    context.close()


def test_a_bad_value_typed_into_a_filter_is_shown_not_swallowed(live_server, page, career):
    page.goto(live_server.url + "/moves/")
    page.locator("#id_start").fill("2020-13")
    page.locator("#id_start").dispatch_event("change")
    alert = page.locator("#move-filters .form-error")
    alert.wait_for()
    assert "Invalid parameter 'start'" in alert.inner_text()
    assert page.locator(".moves-table tbody tr").count() == 9  # the last good results stay
    page.locator("#id_start").fill("2020")
    page.locator("#id_start").dispatch_event("change")
    page.wait_for_url("**/moves/?start=2020")
    assert page.locator("#move-filters .form-error").count() == 0


def test_the_moves_explorer_can_be_sorted_at_phone_width(live_server, page, errors, career):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + "/moves/")
    page.locator(".sort-links").get_by_role("link", name="Person").click()
    page.wait_for_url("**/moves/?sort=person")
    assert page.locator(".sort-links [aria-current]").inner_text().startswith("Person")
    assert errors == []
