"""Every gold atom the extractor found when the snapshot was last saved is still found: a lost move fails
naming its article and the rule that used to find it (bench/snapshot_corpus.py --write saves a new one)."""

import json

import pytest

from bench.snapshot_corpus import SNAPSHOT, current, lost


@pytest.fixture(scope="module")
def saved():
    return json.loads(SNAPSHOT.read_text(encoding="utf-8"))


def test_no_move_found_at_the_last_snapshot_is_lost(saved):
    gone = lost(saved, current())
    assert not gone, "moves lost since the snapshot:\n" + "\n".join(gone)


def test_the_snapshot_records_the_rule_of_each_found_move(saved):
    atoms = [a for atoms in saved.values() for a in atoms]
    assert len(atoms) > 500
    assert all(len(a) == 4 and a[3] for a in atoms)


def test_losing_a_move_is_reported_with_its_file_and_rule():
    saved = {"articles/x.txt": [["Dana Ortiz", "in", "Kestrel", "verb:join"]]}
    assert lost(saved, {"articles/x.txt": []}) == [
        "articles/x.txt: Dana Ortiz in Kestrel (was found by rule verb:join)"
    ]
