import io

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

PASSWORD = "a-long-test-passphrase-42"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_curator_confirms_a_move_and_sees_it_confirmed_on_the_person_page(page, live_server, settings, make_move):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # live_server speaks plain HTTP
    call_command("setup_curators", user="cora", password=PASSWORD, stdout=io.StringIO())
    move = make_move(person="Jane Roe", from_org="Globex Labs", to_org="Acme Robotics", date="2021")
    make_move(person="Max Moe", to_org="Initech")

    page.goto(f"{live_server.url}/admin/login/?next=/admin/timeline/move/")
    page.fill("#id_username", "cora")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    expect(page.locator("#result_list")).to_contain_text("Globex Labs → Acme Robotics")

    page.check(f'input.action-select[value="{move.pk}"]')
    page.select_option("select[name=action]", "confirm")
    page.click("button[name=index]")
    expect(page.locator(".messagelist")).to_contain_text("1 move marked confirmed.")

    page.goto(f"{live_server.url}/people/{move.person.slug}/")
    expect(page.locator(f"#move-{move.pk}")).to_contain_text("Confirmed")
