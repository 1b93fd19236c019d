"""The curation desk filters moves by the family of the rule that read them and shows rule and confidence."""

from timeline.models import Move

CHANGELIST = "/admin/timeline/move/"


def test_the_move_list_filters_by_rule_family(desk, make_move):
    verb = make_move(person="Jane Roe", to_org="Acme Robotics")
    fallback = make_move(person="Richard Poe", to_org="Globex Labs")
    Move.objects.filter(pk=verb.pk).update(rule="verb:join", confidence=0.9)
    Move.objects.filter(pk=fallback.pk).update(rule="fallback:join", confidence=0.55)

    html = desk.get(CHANGELIST, {"rule": "fallback"}).content.decode()

    assert "Richard Poe" in html and "Jane Roe" not in html


def test_a_bad_rule_family_shows_everything_rather_than_failing(desk, make_move):
    make_move(person="Jane Roe", to_org="Acme Robotics")
    response = desk.get(CHANGELIST, {"rule": "no-such-family²"})
    assert response.status_code == 200 and "Jane Roe" in response.content.decode()


def test_the_change_page_shows_the_rule_and_the_confidence(desk, make_move):
    move = make_move(person="Jane Roe", to_org="Acme Robotics")
    Move.objects.filter(pk=move.pk).update(rule="career:stint-at", confidence=0.42)
    html = desk.get(f"{CHANGELIST}{move.pk}/change/").content.decode()
    assert "career:stint-at" in html and "0.42" in html
