"""What the successions rules (ingest/rules/successions.py) must not read as a move: a predecessor who
stays, a leaving that is a transfer of its own (left to the built-in reading), interim posts, a former
post of the successor. Invented names throughout."""

import datetime

import pytest

from tests.extraction import claimed_atoms

DAY = datetime.date(2025, 6, 15)


def rule_atoms(text):
    """(person, direction, organisation) claimed by a successions rule."""
    return claimed_atoms(text, DAY, "successions:")


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Robotics named Ana Cruz chief executive, replacing co-founder Lars Berg, who will become chairman.",
        "Ana Cruz takes the helm at Globex, replacing co-founder Ben Ruiz, who stays on as chairman.",
        "Mark Jensen will succeed Laila Ahmadi as chief executive of Halcyon Health in January.",
        "Globex said Dana Ortiz would be its interim chief executive.",
        "Globex said Dana Ortiz would be its chief executive until a successor is found.",
        "Replacing him will be Ana Cruz, the former publisher of the Globex Gazette.",
    ],
)
def test_not_a_succession_move(text):
    assert not rule_atoms(text)


def test_a_successor_from_elsewhere_does_not_lend_the_post_its_origin():
    # the predecessor's organisation is not the one the successor comes from
    atoms = rule_atoms(
        "Lina Okafor, who joins from Kestrel Systems where she ran sales, will replace Omar Haddad, who will "
        "leave his post at the end of next month."
    )
    assert ("Omar Haddad", "out", "Kestrel Systems") not in atoms
