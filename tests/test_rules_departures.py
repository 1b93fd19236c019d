"""The departures rules (ingest/rules/departures.py): what they must not claim, and list members
they must each give. Names and companies are invented."""

import datetime

import pytest

from ingest.extract import extract_moves
from ingest.rules import departures
from tests.extraction import claimed_atoms

DAY = datetime.date(2025, 6, 15)


def atoms(text):
    return claimed_atoms(text, DAY)


def rule_hits(text):
    """Names of the departures rules whose pattern matches a sentence's skeleton."""
    from ingest import extract

    article = extract._Article(text, DAY)
    hits = set()
    for i, sentence in enumerate(article.sentences):
        skel = extract._Sentence(article, i, sentence).skel
        hits |= {rule.name for rule in departures.RULES if rule.pattern.search(skel)}
    return hits


@pytest.mark.parametrize(
    "text",
    [
        "If Omar Haddad and Lena Park leave the company, the project would stall.",
        "Initech lost its founder, Lars Berg, to cancer in 2019.",
        "Hooli lost the case against Omar Haddad and Lena Park.",
        "Dana Ortiz stepped down from her role as CEO and will remain chairman of the board.",
        "The departure of Hooli's CEO Omar Haddad was rumored for weeks.",
        "Lena Park, who went to Stanford for her PhD, now runs research at Hooli.",
        "Mei Tanaka and Ravi Kumar will leave the board of Initech next year.",
        "Omar Haddad joined Kestrel Robotics in May. Lena Park followed.",
        "Kestrel Robotics lost its founder, Lars Berg, in 2011; he died after a long illness.",
        "Omar Haddad stepped down from his role as chairman of the board at Kestrel Robotics.",
        "Kestrel Robotics says Lena Park left on Tuesday for a conference in Paris.",
        "Dana Ortiz, a former Kestrel Robotics engineer, Lena Park, joined Initech.",
    ],
)
def test_no_departure_rule_claims(text):
    assert not rule_hits(text), rule_hits(text)


def test_a_person_in_an_appositive_is_not_a_leaver():
    text = "Omar Haddad, a former deputy to Lena Park, recently left Kestrel Robotics."
    assert ("Omar Haddad", "out", "Kestrel Robotics") in atoms(text)
    claimed = {m.person for m in extract_moves(text, DAY) if m.rule.startswith("departures:")}
    assert "Lena Park" not in claimed


def test_a_list_does_not_run_into_the_next_clause():
    found = atoms(
        "Kestrel Robotics lost its head of AI, Omar Haddad, to Initech in October, and Lena Park quit Hooli to "
        "start a lab."
    )
    assert ("Omar Haddad", "out", "Hooli") not in found
    assert ("Lena Park", "out", "Hooli") in found


def test_semicolon_list_of_transitions():
    found = atoms(
        "Among them are Dana Ortiz, who went from the Hooli to working for Initech; Lars Berg, who went from the "
        "Hooli to a partner position at Globex Robotics; and Mei Tanaka, who moved from being the point-man on "
        "policy at Hooli to a director position at Kestrel Robotics."
    )
    for person, org in (
        ("Dana Ortiz", "Initech"),
        ("Lars Berg", "Globex Robotics"),
        ("Mei Tanaka", "Kestrel Robotics"),
    ):
        assert (person, "out", "Hooli") in found
        assert (person, "in", org) in found
