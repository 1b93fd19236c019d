"""Who "he" and "she" are, and a second stint at the same organisation."""

import datetime

from ingest.extract import extract_moves


def moves(text):
    return {(m.person, m.from_org, m.to_org, m.date.iso()) for m in extract_moves(text, datetime.date(2025, 6, 15))}


def test_she_is_not_the_man_named_last():
    found = moves(
        "Joanne Chen joined Foundation Capital in 2014. Omar Haddad, a partner, said he was proud of the fund. "
        "In 2016 she co-founded Kestrel Robotics."
    )
    assert ("Joanne Chen", None, "Kestrel Robotics", "2016") in found
    assert not any(p == "Omar Haddad" and to == "Kestrel Robotics" for p, _, to, _ in found)


def test_a_title_tells_the_pronoun():
    found = moves("Ms Rita Moss and Mr Ivan Petrov run the fund. She joined Kestrel Robotics in 2019.")
    assert ("Rita Moss", None, "Kestrel Robotics", "2019") in found


def test_a_return_years_later_is_a_second_joining():
    found = moves("Dana Ortiz co-founded Kestrel Robotics in 2009. She returned to Kestrel Robotics in 2021.")
    assert {("Dana Ortiz", None, "Kestrel Robotics", "2009"), ("Dana Ortiz", None, "Kestrel Robotics", "2021")} <= found


def test_moving_on_years_later_leaves_the_job_the_article_gave_before():
    found = moves("Dana Ortiz joined Globex in 2000. In 2004, she moved on to Kestrel Robotics.")
    assert ("Dana Ortiz", "Globex", None, "2004") in found


def test_an_undated_step_does_not_guess_a_departure():
    found = moves("Dana Ortiz joined Globex in 2000. She moved on to Kestrel Robotics.")
    assert not any(frm == "Globex" for _, frm, _, _ in found)


def test_he_after_a_relative_clause_and_said_is_the_subject():
    found = moves(
        "Dana Ortiz, who helped set up Globex alongside Omar Haddad and Lars Berg, said he was joining "
        "Kestrel Robotics."
    )
    assert any(p == "Dana Ortiz" and to == "Kestrel Robotics" for p, _, to, _ in found)
    assert not any(p in ("Omar Haddad", "Lars Berg") and to == "Kestrel Robotics" for p, _, to, _ in found)


def test_an_organisation_inside_a_description_is_the_one_meant():
    found = moves("Dana Ortiz, who led research at Globex, announced her move to the Kestrel Robotics laboratory.")
    assert any(p == "Dana Ortiz" and to == "Kestrel Robotics" for p, _, to, _ in found)
