"""Bare months against the publication date: a finished act lies behind the story, a future one ahead."""

import datetime

import pytest

from ingest import dates
from ingest.extract import extract_moves

JUNE = datetime.date(2025, 6, 15)


def dated(text, published=JUNE):
    return {(m.person, m.from_org or m.to_org): m.date.iso() for m in extract_moves(text, published)}


def test_a_departure_still_to_come_takes_the_next_such_month():
    found = dated("Kestrel Robotics said Dana Ortiz will step down as chief executive in March.")
    assert found[("Dana Ortiz", "Kestrel Robotics")] == "2026-03"


def test_a_departure_done_takes_the_last_such_month():
    assert dated("Dana Ortiz left Kestrel Robotics in March.")[("Dana Ortiz", "Kestrel Robotics")] == "2025-03"


def test_a_done_move_beside_a_future_clause_stays_in_the_past():
    text = "Omar Haddad departed Globex for Initech in January, where he will be chief product officer."
    found = dated(text)
    assert found[("Omar Haddad", "Globex")] == "2025-01"


def test_this_month_stays_this_month():
    text = "Chief technology officer Dana Ortiz is stepping down from Kestrel Robotics at the end of June."
    assert dated(text)[("Dana Ortiz", "Kestrel Robotics")] == "2025-06"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [("last August", "2024-08"), ("last June", "2024-06"), ("last May", "2025-05"), ("next March", "2026-03")],
)
def test_last_and_next_month_names_resolve_against_the_publication(phrase, expected):
    assert dates.resolve(phrase, JUNE).iso() == expected


def test_a_named_rule_date_still_to_come_is_ahead_too(monkeypatch):
    import re

    from ingest.extract import clauses
    from ingest.rules import ORG, PERSON, D, Rule

    rule = Rule(
        name="test:will-glorp",
        pattern=re.compile(rf"(?P<p>{PERSON})\s+will\s+glorp\s+(?P<o>{ORG})\s+(?P<d>{D})"),
        atoms=(("p", "o", "out", "d"),),
    )
    monkeypatch.setattr(clauses, "all_rules", lambda: (rule,))
    assert dated("Dana Ortiz will glorp Kestrel Robotics in March.")[("Dana Ortiz", "Kestrel Robotics")] == "2026-03"


def atoms_dated(text):
    out = {}
    for m in extract_moves(text, JUNE):
        for org in (m.from_org, m.to_org):
            if org:
                out[(m.person, org)] = m.date.iso()
    return out


def test_both_halves_of_a_transfer_share_its_date():
    text = (
        "Kestrel Robotics said on Thursday that Dana Ortiz, previously a research scientist at Globex, "
        "would join the company."
    )
    found = atoms_dated(text)
    assert found[("Dana Ortiz", "Kestrel Robotics")] == found[("Dana Ortiz", "Globex")] == "2025-06-12"


def test_an_earlier_job_beside_a_transfer_with_its_own_origin_stays_undated():
    found = atoms_dated("Dana Ortiz joined Kestrel Robotics in 2018 from Initech. Before that she was at Globex.")
    assert found[("Dana Ortiz", "Kestrel Robotics")] == found[("Dana Ortiz", "Initech")] == "2018"
    assert found.get(("Dana Ortiz", "Globex")) is None
