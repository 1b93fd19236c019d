"""Helpers for the extraction tests: the atoms an extracted text claims."""

import datetime

from ingest.extract import extract_moves

DAY = datetime.date(2025, 6, 15)


def claimed_atoms(text, published=DAY, rule_prefix=""):
    """(person, direction, organisation) of every move read from `text`, or only of the moves whose
    rule starts with `rule_prefix`."""
    out = set()
    for move in extract_moves(text, published):
        if not move.rule.startswith(rule_prefix):
            continue
        for org, direction in ((move.from_org, "out"), (move.to_org, "in")):
            if org:
                out.add((move.person, direction, org))
    return out
