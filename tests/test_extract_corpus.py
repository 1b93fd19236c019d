"""The extractor over whole articles, scored like ../shared/tools/score_moves.py does it:
each move split into (person, organisation, direction) atoms, matched one to one per article.

tests/articles/ holds articles written in the style of real tech reporting (other people,
other companies, other phrasings than the seeds), with hand-written gold in gold.json.
"""

import importlib.util
import json
import re
import time
import unicodedata
from pathlib import Path

import pytest

from ingest.articles import EXTENSIONS, read_article
from ingest.extract import extract_article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools/score_moves.py"
OWN = ROOT / "tests/articles"


def export(folder: Path) -> list[dict]:
    """The moves of every article in `folder`, shaped like `manage.py export_moves`."""
    out = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in EXTENSIONS:
            continue
        for move in extract_article(read_article(path)):
            out.append(
                {
                    "person": move.person,
                    "from_org": move.from_org,
                    "to_org": move.to_org,
                    "kind": move.kind,
                    "date": move.date.iso(),
                    "sources": [{"article": path.name, "evidence": move.sentence}],
                }
            )
    return out


def shared_score():
    spec = importlib.util.spec_from_file_location("score_moves", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


# A copy of the shared scorer's matching rules, so our own corpus is scored even where
# ../shared is not checked out beside the project.
def _tokens(text):
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return [t for t in re.split(r"[^a-z0-9]+", text) if t]


def _person_matches(pred, gold):
    p, g = _tokens(pred), _tokens(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    if p[-1] != g[-1] or min(len(p), len(g)) < 2:
        return False
    return set(p) <= set(g) or set(g) <= set(p)


def _org_matches(pred, gold):
    noise = {"inc", "llc", "ltd", "corp", "corporation", "co", "company", "the", "plc", "gmbh"}
    p = [t for t in _tokens(pred) if t not in noise]
    g = [t for t in _tokens(gold) if t not in noise]
    return bool(p and g) and (p == g or set(p) <= set(g) or set(g) <= set(p))


def local_score(gold_articles, moves):
    pred = {}
    for move in moves:
        for source in move["sources"]:
            for org, direction in ((move["from_org"], "out"), (move["to_org"], "in")):
                atom = (move["person"], org, direction, move["date"])
                if org and atom not in pred.setdefault(source["article"], []):
                    pred[source["article"]].append(atom)
    tp = fp = fn = dates_right = 0
    for article in gold_articles:
        remaining = list(pred.get(article["file"], []))
        for g in sorted(article["moves"], key=lambda m: bool(m.get("optional"))):
            hit = next(
                (
                    a
                    for a in remaining
                    if a[2] == g["direction"] and _person_matches(a[0], g["person"]) and _org_matches(a[1], g["org"])
                ),
                None,
            )
            if hit is not None:
                remaining.remove(hit)
                if not g.get("optional"):
                    tp += 1
                    dates_right += hit[3] == g.get("date")
            elif not g.get("optional"):
                fn += 1
        fp += len(remaining)
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"f1": f1, "precision": precision, "recall": recall, "date_acc": dates_right / max(tp, 1)}


@pytest.mark.skipif(not SCORER.exists() or not (SHARED / "seeds").is_dir(), reason="../shared is not there")
def test_seed_articles_score_at_least_090():
    gold = json.loads((SHARED / "gold/seeds.json").read_text(encoding="utf-8"))
    result = shared_score()(gold, export(SHARED / "seeds"))
    assert result["f1"] >= 0.90, result
    assert result["date_acc"] >= 0.90, result


# The extractor was tuned on these articles, so this score (0.96 at the last change) is a
# regression guard, not an estimate of unseen performance: the first runs on blind batches
# (0.89, 0.65, 0.65, 0.79, then 0.72 for 20-27, 0.77 for 30-35, 0.70 for 40-47, 0.67 for
# 50-55, and 0.76 for 140-145) are that.
def test_own_articles_score_at_least_090():
    gold = json.loads((OWN / "gold.json").read_text(encoding="utf-8"))
    assert {a["file"] for a in gold} == {p.name for p in OWN.iterdir() if p.suffix.lower() in EXTENSIONS}
    score = shared_score() if SCORER.exists() else local_score
    result = score(gold, export(OWN))
    assert result["f1"] >= 0.90, result


@pytest.mark.skipif(not SCORER.exists(), reason="../shared is not there")
def test_the_local_scorer_agrees_with_the_shared_one():
    gold = json.loads((OWN / "gold.json").read_text(encoding="utf-8"))
    moves = export(OWN)
    shared = shared_score()(gold, moves)
    local = local_score(gold, moves)
    assert {k: round(shared[k], 6) for k in local} == {k: round(v, 6) for k, v in local.items()}


def test_extraction_is_fast_enough():
    articles = [read_article(p) for p in sorted(OWN.iterdir()) if p.suffix.lower() in EXTENSIONS]
    extract_article(articles[0])  # dateparser's first call loads its language data
    started = time.process_time()
    for article in articles * 3:
        extract_article(article)
    per_article = (time.process_time() - started) / (len(articles) * 3)
    # ~2-5 ms on the development machine; the bound leaves room for a slow, busy CI box.
    assert per_article < 0.05
