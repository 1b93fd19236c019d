"""Score the extractor on every batch of the real-news dev corpus (tests/real/<batch>/ with its gold.json)
whose first run is on record; held-out batches (blind, never run: tests/real/heldout.txt, or no "## First run"
in docs/real-batches/<batch>.md) stay out.

.venv/bin/python bench/score_real.py            # one line per batch and the total
.venv/bin/python bench/score_real.py r01 r02 -v # some batches, with misses and extras
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_extract import load_scorer, moves_json  # noqa: E402

REAL = Path(__file__).resolve().parents[1] / "tests" / "real"
DOCS = Path(__file__).resolve().parents[1] / "docs" / "real-batches"


def dev_batches() -> list[str]:
    """The batches whose first run is on record (docs/real-batches/<batch>.md has a "## First run"
    section): a batch still held out, annotated blind and never run, stays out of every dev score."""
    held = (REAL / "heldout.txt").read_text().split() if (REAL / "heldout.txt").exists() else []
    return sorted(
        p.name
        for p in REAL.iterdir()
        if (p / "gold.json").exists()
        and p.name not in held
        and (DOCS / f"{p.name}.md").exists()
        and "## First run" in (DOCS / f"{p.name}.md").read_text(encoding="utf-8")
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("batches", nargs="*", help="batch names (default: every batch with a gold.json)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    score = load_scorer()
    batches = args.batches or dev_batches()
    all_gold, all_moves = [], []
    for batch in batches:
        folder = REAL / batch
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        moves = moves_json(folder)
        r = score(gold, moves, verbose=args.verbose)
        print(
            f"{batch}: f1={r['f1']:.3f} precision={r['precision']:.3f} recall={r['recall']:.3f} "
            f"date_acc={r['date_acc']:.3f} ({r['tp']} right, {r['fp']} extra, {r['fn']} missed)",
            flush=True,
        )
        all_gold += gold
        all_moves += moves
    r = score(all_gold, all_moves)
    print(
        f"all: f1={r['f1']:.3f} precision={r['precision']:.3f} recall={r['recall']:.3f} date_acc={r['date_acc']:.3f} "
        f"({r['tp']} right, {r['fp']} extra, {r['fn']} missed)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
