"""Atom feeds of newly found moves: all of them, and those of one organisation.

Items are ordered by when the move was found (newest id first), link to the person's page at the
move, and carry the evidence sentence. Rejected moves never appear.
"""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from timeline import queries
from timeline.models import Organization

FEED_LENGTH = 50


class MovesFeed(Feed):
    feed_type = Atom1Feed
    title = "New career moves in AI"
    subtitle = "Career moves found in news articles, newest first."

    def link(self):
        return reverse("move_list")

    def items(self, obj=None):
        moves = queries.visible_moves()
        if obj is not None:
            moves = moves.involving(obj)
        # Ids grow as moves are found; ordering by id needs no sort of the whole table.
        return list(queries.with_evidence(moves).order_by("-id")[:FEED_LENGTH])

    def item_title(self, move):
        status = "" if move.status == "confirmed" else " (unreviewed)"
        return f"{move.person.name}: {move.get_kind_display().lower()} {move.route}, {move.date_display}{status}"

    def item_description(self, move):
        evidence = move.evidence.all()
        if not evidence:
            return ""
        ev = evidence[0]
        return f"“{ev.sentence}” (from {ev.article})"

    def item_link(self, move):
        return move.get_absolute_url()

    def item_pubdate(self, move):
        return move.created_at

    def item_updateddate(self, move):
        return move.updated_at


class OrganizationMovesFeed(MovesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Organization, slug=slug)

    def title(self, obj):
        return f"Career moves to and from {obj.name}"

    def subtitle(self, obj):
        return f"People joining and leaving {obj.name}, found in news articles, newest first."

    def link(self, obj):
        return obj.get_absolute_url()
