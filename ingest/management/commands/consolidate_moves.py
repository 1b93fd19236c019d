"""Fold together the moves that are one real event, across the whole database.

Ingest does this for the people of each article it stores; this command does it once for
everyone, for a database filled before consolidation existed. Curated moves survive (two
curated moves are left to curators: the admin's "possible duplicates" filter)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from ingest.consolidate import consolidate
from ingest.loader import refresh_bounds
from timeline.models import Move, Person
from timeline.roles import rebuild_roles


class Command(BaseCommand):
    help = "Merge moves that are one real event (same person, side and compatible dates)."

    def handle(self, *args, **options):
        people = list(Person.objects.filter(moves__isnull=False).distinct().values_list("pk", flat=True))
        folded = 0
        for start in range(0, len(people), 200):
            batch = people[start : start + 200]
            with transaction.atomic():
                folded += consolidate(batch)
                refresh_bounds(Move.objects.filter(person__in=batch).values_list("pk", flat=True))
                rebuild_roles(Person.objects.filter(pk__in=batch))
        self.stdout.write(f"Folded {folded} move(s) into the moves they duplicated.")
