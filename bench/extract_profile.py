"""Time the extractor alone (no database) over a folder of articles.

    .venv/bin/python bench/extract_profile.py ../shared/seeds tests/articles --repeat 20
    .venv/bin/python bench/extract_profile.py tests/articles --profile   # cProfile's top 25

Reports CPU milliseconds per article for reading + extraction, after one warm-up pass (the
first dateparser call of a process costs about 0.2 s and is not what a batch pays per file).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest.articles import EXTENSIONS, parse_article_bytes  # noqa: E402
from ingest.extract import extract_article  # noqa: E402


def load(folders: list[Path]) -> list[tuple[str, bytes]]:
    files = []
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in EXTENSIONS:
                files.append((path.name, path.read_bytes()))
    return files


def run(files: list[tuple[str, bytes]]) -> int:
    moves = 0
    for name, raw in files:
        moves += len(extract_article(parse_article_bytes(raw, name)))
    return moves


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    files = load(args.folders)
    if not files:
        print("no articles found", file=sys.stderr)
        return 1
    run(files)  # warm-up: dateparser's language data, regex compilation
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(lambda: [run(files) for _ in range(args.repeat)])
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        return 0
    # CPU time of this process: wall time swings with whatever else the machine runs.
    started = time.process_time()
    moves = sum(run(files) for _ in range(args.repeat))
    elapsed = time.process_time() - started
    count = len(files) * args.repeat
    size = sum(len(raw) for _, raw in files) / len(files)
    print(
        f"{count} articles (avg {size / 1024:.1f} KiB), {moves // args.repeat} moves per pass: "
        f"{elapsed / count * 1000:.2f} ms/article, {count / elapsed:.0f} articles/s on one core"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
