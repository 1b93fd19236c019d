"""Every named rule's examples: the sentences it was written for give the atoms it promises."""

import datetime

import pytest

from ingest.extract import extract_moves
from ingest.rules import all_rules

CASES = [(rule.name, i, ex) for rule in all_rules() for i, ex in enumerate(rule.examples)]


def atoms(text, published):
    day = datetime.date.fromisoformat(published) if published else None
    out = set()
    for move in extract_moves(text, day):
        for org, direction in ((move.from_org, "out"), (move.to_org, "in")):
            if org:
                out.add((move.person, direction, org, move.date.iso()))
    return out


def test_every_rule_has_at_least_two_examples():
    assert all(len(rule.examples) >= 2 for rule in all_rules()), [r.name for r in all_rules() if len(r.examples) < 2]


def test_rule_names_are_unique_and_namespaced():
    names = [rule.name for rule in all_rules()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("name", "i", "example"), CASES, ids=[f"{n}-{i}" for n, i, _ in CASES])
def test_the_rule_reads_its_example(name, i, example):
    found = atoms(example.text, example.published)
    missing = [a for a in example.atoms if a not in found]
    assert not missing, f"rule {name}, example {i}: missing {missing}; found {sorted(found)}"


def test_a_rule_records_its_name_on_the_move():
    rule = next((r for r in all_rules() if r.examples), None)
    if rule is None:
        pytest.skip("no rules registered")
    ex = rule.examples[0]
    day = datetime.date.fromisoformat(ex.published) if ex.published else None
    rules = {m.rule for m in extract_moves(ex.text, day)}
    assert rules, rule.name
