"""The corpus snapshot: every gold atom the extractor finds today in tests/articles/ and the real-news dev
corpus tests/real/ (held-out batches excluded), with the rule that found it, saved in
tests/extract_snapshot.json. tests/test_extract_snapshot.py fails when one is lost, naming its file and rule.

    .venv/bin/python bench/snapshot_corpus.py          # print what changed against the saved snapshot
    .venv/bin/python bench/snapshot_corpus.py --write  # save the current state (after a deliberate change)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.score_real import dev_batches  # noqa: E402
from ingest.articles import EXTENSIONS, read_article  # noqa: E402
from ingest.extract import extract_article  # noqa: E402
from tests.test_extract_corpus import _org_matches, _person_matches  # noqa: E402

SNAPSHOT = ROOT / "tests" / "extract_snapshot.json"


def folders() -> list[Path]:
    return [ROOT / "tests" / "articles", *(ROOT / "tests" / "real" / b for b in dev_batches())]


def found_atoms(folder: Path) -> dict[str, list[list[str]]]:
    """{file: [[person, direction, org, rule], ...]} for the gold atoms found, gold names."""
    gold = {a["file"]: a["moves"] for a in json.loads((folder / "gold.json").read_text(encoding="utf-8"))}
    out = {}
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in EXTENSIONS or path.name not in gold:
            continue
        pred = []
        for move in extract_article(read_article(path)):
            for org, direction in ((move.from_org, "out"), (move.to_org, "in")):
                if org:
                    pred.append((move.person, org, direction, move.rule))
        hits = []
        for g in gold[path.name]:
            if g.get("optional"):
                continue
            names = [g["org"], *g.get("aliases", [])]
            hit = next(
                (
                    a
                    for a in pred
                    if a[2] == g["direction"]
                    and _person_matches(a[0], g["person"])
                    and any(_org_matches(a[1], n) for n in names)
                ),
                None,
            )
            if hit:
                pred.remove(hit)
                hits.append([g["person"], g["direction"], g["org"], hit[3]])
        out[f"{folder.name}/{path.name}"] = hits
    return out


def current() -> dict[str, list[list[str]]]:
    out = {}
    for folder in folders():
        out.update(found_atoms(folder))
    return out


def lost(saved: dict, now: dict) -> list[str]:
    """Saved atoms no longer found, as 'file: person direction org (rule)'."""
    missing = []
    for name, atoms in saved.items():
        have = {tuple(a[:3]) for a in now.get(name, [])}
        missing += [f"{name}: {p} {d} {o} (was found by rule {r})" for p, d, o, r in atoms if (p, d, o) not in have]
    return missing


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    now = current()
    if args.write:
        SNAPSHOT.write_text(json.dumps(now, indent=0, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
        print(f"saved {sum(map(len, now.values()))} atoms of {len(now)} articles to {SNAPSHOT.relative_to(ROOT)}")
        return 0
    saved = json.loads(SNAPSHOT.read_text(encoding="utf-8")) if SNAPSHOT.exists() else {}
    gone = lost(saved, now)
    new = lost(now, saved)
    print("\n".join(["lost:", *gone, "gained:", *new]))
    return 1 if gone else 0


if __name__ == "__main__":
    sys.exit(main())
