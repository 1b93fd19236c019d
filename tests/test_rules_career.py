"""The career-history rules (ingest/rules/career.py): what they must not claim."""

import datetime

import pytest

from ingest.extract import extract_moves


def career_atoms(text, only_career=True):
    out = set()
    for move in extract_moves(text, datetime.date(2025, 6, 15)):
        if only_career and not (move.rule or "").startswith("career:"):
            continue
        for org, direction in ((move.from_org, "out"), (move.to_org, "in")):
            if org:
                out.add((move.person, direction, org))
    return out


@pytest.mark.parametrize(
    "text",
    [
        # an ongoing spell is not a period
        "Dana Ortiz has spent six years at Kestrel Robotics.",
        "Dana Ortiz has worked at Kestrel Robotics for six years.",
        # a bare past affiliation, no period and no transition
        "Dana Ortiz previously worked at Kestrel Robotics.",
        # an internship is schooling, not a job
        "Prior to joining Kestrel Robotics, Dana Ortiz worked as a research intern at Globex Systems.",
        # a promotion after years at the same company is not a transition
        "Dana Ortiz was promoted to chief executive after 20 years at Kestrel Robotics.",
        "Before Kestrel Robotics, Dana Ortiz was a PhD student at Globex University.",
        "Dana Ortiz was a visiting fellow at Globex Institute and then joined Kestrel Robotics.",
        # a partner, not an employer
        "Dana Ortiz started working with Globex Systems on a chip last year.",
        # schooling is not a job
        "Dana Ortiz spent a year at Globex University studying mathematics.",
        # "during his tenure" may be the current job
        "During his tenure at Kestrel Robotics, Omar Haddad doubled its revenue.",
    ],
)
def test_no_claim(text):
    found = career_atoms(text)
    bad = {a for a in found if a[1] == "out" or "Globex" in a[2]}  # Globex is never an employer here
    assert not bad, bad


def test_spent_years_before_joining():
    found = career_atoms(
        "Before joining Lumenfield Labs, Harriet Vane spent nearly nine years at Marlowe Systems.", only_career=False
    )
    assert ("Harriet Vane", "out", "Marlowe Systems") in found
    assert ("Harriet Vane", "in", "Lumenfield Labs") in found


def test_a_description_word_before_a_name_is_not_a_gap():
    # "where he worked on AlphaX" must not become a second employer of the list
    found = career_atoms(
        "Before Norvale, Dario Conti was a researcher at Pemberton Labs, where he worked on Quasar.", only_career=False
    )
    assert ("Dario Conti", "out", "Pemberton Labs") in found
    assert not any(org == "Quasar" for _, _, org in found)
