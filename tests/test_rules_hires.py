"""What the hires rules (ingest/rules/hires.py) must not read as a move: board seats, advisers, hypothetical
hires, a second clause after a hire list, possessive objects. Invented names throughout."""

import datetime

import pytest

from ingest.extract import extract_moves
from tests.extraction import claimed_atoms

DAY = datetime.date(2025, 6, 15)


def rule_atoms(text):
    """(person, direction, organisation) claimed by a hires rule."""
    return claimed_atoms(text, DAY, "hires:")


@pytest.mark.parametrize(
    "text",
    [
        "The latest addition to Globex's board is Dana Ortiz, a former banker.",
        "Omar Haddad was recruited by Halcyon Robotics as a non-executive director.",
        "She tapped Lars Berg as Initech's board chair.",
        "Halcyon Robotics is planning to install Juno Park as its independent director.",
        "Globex tapped Jane Doe, its chief product officer, as Globex's chief executive.",
        "Halcyon Robotics has hired Ada Novak, a professor at Kestrel University, as an adviser.",
        "Globex would tap Ana Cruz as its chief executive if the deal closes.",
        "Globex roped in Ana Cruz's help for the project.",
        "Globex has grabbed headlines, and Ana Cruz said she was happy.",
        "Globex appointed Ana Cruz, a partner at Initech, as chairman of its board.",
    ],
)
def test_not_a_hire(text):
    assert not rule_atoms(text)


def test_a_hire_list_stops_at_the_next_clause():
    atoms = rule_atoms("Globex hired Ana Cruz, and Initech hired Ben Ruiz and Lea Morin.")
    assert ("Ben Ruiz", "in", "Globex") not in atoms
    atoms = rule_atoms("Halcyon Robotics hired Ana Cruz from Initech and Ben Ruiz joined later.")
    assert ("Ben Ruiz", "in", "Halcyon Robotics") not in atoms


def test_a_former_post_is_an_undated_leaving():
    moves = extract_moves(
        "Halcyon Robotics said on Monday it had hired Ravi Menon, the former CTO of Kestrel Systems, as its "
        "chief technology officer, effective July 1.",
        DAY,
    )
    outs = [m for m in moves if m.from_org == "Kestrel Systems" and m.rule.startswith("hires:")]
    assert all(m.date.value is None for m in outs)


def test_a_founder_label_is_not_a_post():
    atoms = rule_atoms("Globex hired Ravi Menon, the co-founder of Initech, to run a consumer unit.")
    assert ("Ravi Menon", "out", "Initech") not in atoms
