"""Run the extractor over a folder of articles and score it without the database.

    .venv/bin/python bench/score_extract.py ../shared/seeds --gold ../shared/gold/seeds.json -v
    .venv/bin/python bench/score_extract.py tests/articles --gold tests/articles/gold.json
    .venv/bin/python bench/score_extract.py tests/articles --json > moves.json
    .venv/bin/python bench/score_extract.py tests/articles --gold tests/articles/gold.json --only '3?_*' -v
    .venv/bin/python bench/score_extract.py tests/articles --gold tests/articles/gold.json --no-fallback

The JSON has the shape of `manage.py export_moves`, which is what
../shared/tools/score_moves.py reads.
"""

from __future__ import annotations

import argparse
import fnmatch
import importlib.util
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest import extract as extract_module  # noqa: E402
from ingest.articles import EXTENSIONS, ArticleError, read_article  # noqa: E402
from ingest.extract import extract_article  # noqa: E402

SCORER = Path(__file__).resolve().parents[1].parent / "shared/tools/score_moves.py"


def moves_json(folder: Path, only: str | None = None) -> list[dict]:
    out = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in EXTENSIONS or (only and not fnmatch.fnmatch(path.name, only)):
            continue
        try:
            article = read_article(path)
        except ArticleError as exc:
            print(f"skipped {exc}", file=sys.stderr)
            continue
        for move in extract_article(article):
            out.append(
                {
                    "person": move.person,
                    "from_org": move.from_org,
                    "to_org": move.to_org,
                    "kind": move.kind,
                    "role": move.role,
                    "date": move.date.iso(),
                    "status": "extracted",
                    "sources": [{"article": path.name, "evidence": move.sentence}],
                }
            )
    return out


def load_scorer(path: Path = SCORER):
    spec = importlib.util.spec_from_file_location("score_moves", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--gold", type=Path)
    parser.add_argument("--json", action="store_true", help="print the moves as JSON")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--only", help="score only the articles whose file name matches this glob (a blind batch)")
    parser.add_argument(
        "--no-fallback", action="store_true", help="without the recall fallback (ingest/fallback.py), to measure it"
    )
    args = parser.parse_args(argv)
    extract_module.USE_FALLBACK = not args.no_fallback  # read by the clauses stage at call time
    moves = moves_json(args.folder, args.only)
    if args.json or not args.gold:
        print(json.dumps(moves, indent=1, ensure_ascii=False))
        return 0
    if args.verbose:
        for m in moves:
            print(
                f"  {m['sources'][0]['article'][:14]:14} {m['kind']:6} {m['person']:22} "
                f"{m['from_org'] or '':18} -> {m['to_org'] or '':22} {m['date'] or '':10} {m['role']}"
            )
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    if args.only:
        gold = [a for a in gold if fnmatch.fnmatch(a["file"], args.only)]
    r = load_scorer()(gold, moves, verbose=args.verbose)
    print(f"atoms: {r['tp']} right, {r['fp']} extra, {r['fn']} missed")
    print(f"f1={r['f1']:.3f} precision={r['precision']:.3f} recall={r['recall']:.3f} date_acc={r['date_acc']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
