"""A group of hires named in one sentence and listed in the next, or listed after "including"."""

import datetime

from ingest.extract import extract_moves


def atoms(text):
    out = set()
    for m in extract_moves(text, datetime.date(2025, 6, 15)):
        out |= {(m.person, d, o) for o, d in ((m.from_org, "out"), (m.to_org, "in")) if o}
    return out


def test_a_group_hire_from_a_rival_gives_each_member_both_atoms():
    found = atoms(
        "Kestrel Robotics has hired three prominent engineers from Globex. "
        "Dana Ortiz, Omar Haddad and Lars Berg will work in the Zurich office."
    )
    for person in ("Dana Ortiz", "Omar Haddad", "Lars Berg"):
        assert {(person, "in", "Kestrel Robotics"), (person, "out", "Globex")} <= found


def test_researchers_of_one_lab_joining_another_including_named_ones():
    found = atoms(
        "At least six Globex researchers have recently joined Kestrel Robotics, including Dana Ortiz and Lars Berg."
    )
    assert {("Dana Ortiz", "in", "Kestrel Robotics"), ("Dana Ortiz", "out", "Globex")} <= found
    assert {("Lars Berg", "in", "Kestrel Robotics"), ("Lars Berg", "out", "Globex")} <= found


def test_a_list_of_people_without_a_group_before_it_is_no_hire():
    assert not atoms("Dana Ortiz, Omar Haddad and Lars Berg will speak at the Kestrel Robotics conference.")


def test_a_list_of_titled_people_moves_every_one_of_them():
    found = atoms(
        "Kestrel confirmed that founder Dana Ortiz, president Omar Haddad, and other team members will join Globex."
    )
    assert {("Dana Ortiz", "in", "Globex"), ("Omar Haddad", "in", "Globex")} <= found


def test_a_possessive_origin_belongs_to_the_first_hire_only():
    found = atoms(
        "Globex has been hiring. In June, the company brought in Initech's Dana Ortiz, startup founder Omar Haddad, "
        "and former Umbrella CEO Lars Berg."
    )
    assert {("Dana Ortiz", "out", "Initech"), ("Omar Haddad", "in", "Globex"), ("Lars Berg", "in", "Globex")} <= found
    assert ("Omar Haddad", "out", "Initech") not in found and ("Lars Berg", "out", "Initech") not in found


def test_a_person_inside_an_appositive_is_not_hired():
    found = atoms("Globex has hired Dana Ortiz, a co-founder of Omar Haddad's startup Initech, to run its lab.")
    assert ("Dana Ortiz", "in", "Globex") in found and ("Omar Haddad", "in", "Globex") not in found
