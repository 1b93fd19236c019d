import json

from django.core.management.base import BaseCommand

from timeline import dates
from timeline.models import Evidence, Move

_FINENESS = {dates.UNKNOWN: 0, dates.YEAR: 1, dates.MONTH: 2, dates.DAY: 3}


def move_record(move):
    """One move with every source, as stored (its date the most precise any source gave)."""
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


def source_records(move):
    """The move as each article reported it: one record per supporting article, with the sides
    and the date that article itself stated. A move merged from "left A in 2024" (one article)
    and "moved from A to B in May 2024" (another) is, for the first article, a departure in 2024.
    A curated move is what the curator says, for every source."""
    base = move_record(move)
    by_article = {}
    for ev in move.evidence.all():
        by_article.setdefault(ev.article_id, []).append(ev)
    if not by_article:
        return [base]
    out = []
    for rows in by_article.values():
        record = dict(base, sources=[{"article": ev.article.filename, "evidence": ev.sentence} for ev in rows])
        if not move.curated:
            claims = {ev.claim for ev in rows}
            says_out = bool(claims & {Evidence.Claim.OUT, Evidence.Claim.BOTH})
            says_in = bool(claims & {Evidence.Claim.IN, Evidence.Claim.BOTH})
            record["from_org"] = base["from_org"] if says_out else None
            record["to_org"] = base["to_org"] if says_in else None
            if not (record["from_org"] or record["to_org"]):
                record["from_org"], record["to_org"] = base["from_org"], base["to_org"]
            stated = max(rows, key=lambda ev: _FINENESS.get(ev.date_precision, 0))
            if stated.date is not None or len(by_article) > 1:
                # with one source only, the move's date is that source's (or a curator's)
                record["date"] = dates.iso(stated.date, stated.date_precision)
                record["date_precision"] = stated.date_precision
            if record["from_org"] and not record["to_org"]:
                record["kind"] = Move.Kind.LEAVE
            elif record["to_org"] and not record["from_org"] and move.kind in (Move.Kind.MOVE, Move.Kind.LEAVE):
                record["kind"] = Move.Kind.JOIN
        out.append(record)
    return out


class Command(BaseCommand):
    help = (
        "Print every move as JSON (the format ../shared/tools/score_moves.py reads): one record per move and "
        "supporting article, with what that article stated (--merged: one record per move, every source)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--status", choices=[s.value for s in Move.Status], help="Only moves with this status.")
        parser.add_argument(
            "--merged", action="store_true", help="One record per move with all its sources and its merged date."
        )

    def handle(self, *args, status=None, merged=False, **options):
        moves = Move.objects.with_related().prefetch_related("evidence__article").order_by("id")
        if status:
            moves = moves.filter(status=status)
        records = []
        for move in moves:
            records.extend([move_record(move)] if merged else source_records(move))
        self.stdout.write(json.dumps(records, ensure_ascii=False, indent=1))
