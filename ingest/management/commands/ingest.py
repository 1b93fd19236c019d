import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ingest.loader import ingest_paths


class Command(BaseCommand):
    help = (
        "Ingest article files (.txt, .md, .html) or folders of them. Each file is one transaction; "
        "bad files are reported and skipped, and the command exits non-zero at the end if any were bad. "
        "Several ingests may run at once: their writes take turns."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="Files or folders (default: seeds/).")

    def handle(self, *args, paths, verbosity=1, **options):
        paths = [Path(p) for p in paths] or [Path(settings.BASE_DIR) / "seeds"]
        # A symbolic link that leads nowhere (or loops) is there: it is reported as a bad file.
        missing = [str(p) for p in paths if not os.path.lexists(p)]
        if missing:
            raise CommandError(f"no such file or folder: {', '.join(missing)}")

        totals = {"new": 0, "updated": 0, "unchanged": 0, "error": 0}
        moves = {"new": 0, "updated": 0, "unchanged": 0, "removed": 0}
        people, orgs, errors = set(), set(), []

        def progress(result):
            for warning in result.warnings:
                self.stderr.write(f"  warning   {result.filename}: {warning}")
            if result.status == "error":
                self.stderr.write(f"  error     {result.filename}: {result.error}")
            elif verbosity >= 1:
                detail = ""
                if result.status != "unchanged":
                    detail = (
                        f"  moves: {result.moves_new} new, {result.moves_updated} updated, "
                        f"{result.moves_unchanged} unchanged, {result.moves_removed} removed"
                    )
                self.stdout.write(f"  {result.status:<9} {result.filename}{detail}")

        for result in ingest_paths(paths, progress=progress):
            totals[result.status] += 1
            if result.status == "error":
                errors.append(result)
                continue
            moves["new"] += result.moves_new
            moves["updated"] += result.moves_updated
            moves["unchanged"] += result.moves_unchanged
            moves["removed"] += result.moves_removed
            people |= result.people
            orgs |= result.organizations

        articles = totals["new"] + totals["updated"] + totals["unchanged"]
        self.stdout.write(
            f"Articles: {articles} ({totals['new']} new, {totals['updated']} updated, "
            f"{totals['unchanged']} unchanged), {totals['error']} failed\n"
            f"People: {len(people)}, organisations: {len(orgs)} in changed articles\n"
            f"Moves: {moves['new']} new, {moves['updated']} updated, {moves['unchanged']} unchanged, "
            f"{moves['removed']} removed"
        )
        if errors:
            raise CommandError(
                f"{len(errors)} file(s) could not be ingested: " + "; ".join(f"{e.filename}: {e.error}" for e in errors)
            )
