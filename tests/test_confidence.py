"""A confidence and a rule for every move: from the rule, the evidence and the number of sources."""

import datetime
import io
import json

import pytest
from django.core.management import call_command

from ingest import extract
from ingest.confidence import PRIORS, combine, family, move_confidence
from ingest.records import ExtractedMove, ParsedArticle, PartialDate
from timeline.models import Move


def export():
    out = io.StringIO()
    call_command("export_moves", "--merged", stdout=out)
    return json.loads(out.getvalue())


def moved(person="Dana Ortiz", rule="verb:join", org="Kestrel Robotics", date=None, sentence="Dana Ortiz joined."):
    return ExtractedMove(
        person=person,
        kind="join",
        sentence=sentence,
        start=0,
        end=len(sentence),
        to_org=org,
        rule=rule,
        date=PartialDate(datetime.date(2024, 1, 1), "year") if date else PartialDate(),
    )


def test_every_extracted_move_names_its_rule_and_a_confidence_in_0_1():
    moves = extract.extract_moves(
        "Dana Ortiz left Globex in 2023 to join Kestrel Robotics. Kestrel also hired Omar Haddad from Initech.",
        datetime.date(2025, 1, 10),
    )
    assert moves
    for move in moves:
        assert family(move.rule), move
        assert 0 < move.confidence <= 1, move


def test_a_direct_verb_outranks_the_recall_fallback_and_a_lone_name_ranks_low():
    assert move_confidence(moved(rule="verb:join")) > move_confidence(moved(rule="fallback:join"))
    assert move_confidence(moved(person="Ortiz")) < move_confidence(moved())
    assert move_confidence(moved(date=True)) > move_confidence(moved())
    assert PRIORS["fallback"] < PRIORS["verb"]


def test_two_sources_are_firmer_than_one():
    assert combine([0.7, 0.7]) > combine([0.7]) == 0.7
    assert combine([]) == 0.0
    assert combine([1.0, 1.0]) <= 0.99


@pytest.mark.django_db
def test_export_moves_gives_rule_and_confidence_and_a_second_source_raises_it(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("date 2025-01-10\n\nDana Ortiz left Globex in 2023 to join Kestrel Robotics.\n")
    call_command("ingest", str(one), stdout=io.StringIO())
    (first,) = [m for m in export() if m["to_org"]]
    assert first["rule"] and 0 < first["confidence"] < 1

    two = tmp_path / "two.txt"
    two.write_text("date 2025-02-10\n\nKestrel Robotics hired Dana Ortiz in 2023, the company said.\n")
    call_command("ingest", str(two), stdout=io.StringIO())
    again = next(m for m in export() if m["id"] == first["id"])
    assert len(again["sources"]) == 2
    assert again["confidence"] > first["confidence"]
    assert Move.objects.get(pk=first["id"]).confidence == again["confidence"]


def test_a_file_past_its_time_limit_is_reported_as_too_complex(monkeypatch):
    monkeypatch.setattr(extract, "TIME_LIMIT", 0.05)
    text = "Dana Ortiz left Globex in 2023 to join Kestrel Robotics. " * 20000
    result = extract.extract_or_error(ParsedArticle("huge.txt", text, published=datetime.date(2025, 1, 10)))
    assert isinstance(result, extract.ExtractionTimeout)
    assert "too complex" in repr(result)


def test_the_time_limit_leaves_ordinary_files_alone():
    result = extract.extract_or_error(ParsedArticle("a.txt", "Dana Ortiz joined Kestrel Robotics in 2024."))
    assert isinstance(result, list) and result
