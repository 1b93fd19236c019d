import json

from django.core.management.base import BaseCommand

from timeline.models import Move


def move_record(move):
    return {
        "id": move.pk,
        "person": move.person.name,
        "from_org": move.from_org.name if move.from_org_id else None,
        "to_org": move.to_org.name if move.to_org_id else None,
        "kind": move.kind,
        "role": move.role or None,
        "date": move.date_iso,
        "date_precision": move.date_precision,
        "status": move.status,
        "curated": move.curated,
        "rule": move.rule or None,
        "confidence": move.confidence,
        "sources": [{"article": ev.article.filename, "evidence": ev.sentence} for ev in move.evidence.all()],
    }


class Command(BaseCommand):
    help = "Print every move as JSON (the format ../shared/tools/score_moves.py reads)."

    def add_arguments(self, parser):
        parser.add_argument("--status", choices=[s.value for s in Move.Status], help="Only moves with this status.")

    def handle(self, *args, status=None, **options):
        moves = Move.objects.with_related().prefetch_related("evidence__article").order_by("id")
        if status:
            moves = moves.filter(status=status)
        self.stdout.write(json.dumps([move_record(m) for m in moves], ensure_ascii=False, indent=1))
