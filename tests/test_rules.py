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


def test_a_rule_atom_with_no_date_group_takes_its_clause_date_and_with_a_dash_none(monkeypatch):
    import re

    from ingest import rules as rules_module
    from ingest.extract import clauses
    from ingest.rules import ORG, PERSON, Rule

    pattern = re.compile(rf"(?P<p>{PERSON})\s+glorped\s+(?P<o>{ORG})")
    dated = Rule(name="test:glorped-dated", pattern=pattern, atoms=(("p", "o", "in", None),))
    undated = Rule(name="test:glorped-undated", pattern=pattern, atoms=(("p", "o", "in", "-"),))
    text = "Dana Ortiz glorped Kestrel Robotics in March 2024."
    day = datetime.date(2025, 6, 15)

    monkeypatch.setattr(clauses, "all_rules", lambda: (dated,))
    (move,) = extract_moves(text, day)
    assert (move.rule, move.date.iso()) == ("test:glorped-dated", "2024-03")

    monkeypatch.setattr(clauses, "all_rules", lambda: (undated,))
    (move,) = extract_moves(text, day)
    assert (move.rule, move.date.iso()) == ("test:glorped-undated", None)
    assert rules_module.all_rules()  # the real registry is untouched


def test_each_rule_needs_one_of_its_hint_words_and_its_examples_have_one():
    # the pre-filter is read from each rule's own pattern, so it cannot drift from it: a rule whose
    # words are missing from a sentence is skipped, and every example still reaches its rule
    from ingest.rules import hint

    for rule in all_rules():
        words = hint(rule.pattern)
        assert words, rule.name
        for example in rule.examples:
            matched = [m for m in rule.pattern.finditer(_skeletons(example.text))]
            if matched:
                assert any(w in _skeletons(example.text).lower() for w in words), rule.name


def _skeletons(text):
    import datetime

    from ingest import extract

    article = extract._Article(text, datetime.date(2025, 6, 15))
    return "\n".join(extract._Sentence(article, i, s).skel for i, s in enumerate(article.sentences))
