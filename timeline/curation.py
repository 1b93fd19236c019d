"""What curators do to the data, outside any one form: mark moves curated, merge duplicate
people and organisations, and re-resolve relative dates when a publication date changes.

Every change goes through `save()` or simple_history's `bulk_update_with_history`, never
`queryset.update()`, so each touched row gets a history record naming the curator.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from timeline.models import (
    Evidence,
    Move,
    OrganizationAlias,
    Person,
    PersonAlias,
    Role,
    normalize_name,
)
from timeline.roles import rebuild_roles


@transaction.atomic
def set_status(moves, status, user=None):
    """Give `moves` a status and mark them curated, with one history record per move.

    Returns how many moves changed. Moves already in that status and curated are left alone
    (no empty history records), and the people concerned get their roles rebuilt, because
    rejecting a move hides it from the tenures built from moves.
    """
    now = timezone.now()
    changed = []
    for move in moves:
        if move.status == status and move.curated:
            continue
        move.status, move.curated, move.updated_at = status, True, now
        changed.append(move)
    if not changed:
        return 0
    label = Move.Status(status).label.lower()
    bulk_update_with_history(
        changed,
        Move,
        ["status", "curated", "updated_at"],
        default_user=user,
        default_change_reason=f"Bulk action: marked {label}",
    )
    rebuild_roles(Person.objects.filter(pk__in={m.person_id for m in changed}))
    return len(changed)


@dataclass
class MergeResult:
    kept: object
    merged: list
    moves: int = 0
    roles: int = 0
    aliases: int = 0


def _add_alias(alias_model, owner_field, keep, name):
    """Make `name` an alias of `keep` unless it already resolves to it; returns 1 if added or moved."""
    key = normalize_name(name)
    if not key or key == keep.name_key:
        return 0
    alias = alias_model.objects.filter(name_key=key).first()
    if alias is None:
        alias_model.objects.create(**{owner_field: keep, "name": name})
        return 1
    if getattr(alias, f"{owner_field}_id") != keep.pk:
        setattr(alias, owner_field, keep)
        alias.save()
        return 1
    return 0


def _note(obj, user, reason):
    """Name the curator and the reason in the history record the next save or delete writes
    (without a user, simple_history's middleware supplies the request's)."""
    if user is not None:
        obj._history_user = user
    obj._change_reason = reason


def _bulk_save(objs, model, fields, user, reason):
    if objs:
        bulk_update_with_history(objs, model, fields, default_user=user, default_change_reason=reason)
    return len(objs)


@transaction.atomic
def merge_people(keep, others, user=None):
    """Fold the people `others` into `keep`.

    Their moves and roles (evidence stays with its move) move to `keep`; their names and
    aliases become aliases of `keep`, so a later ingest resolves them to it; the merged
    records are deleted. Move fingerprints are untouched, so re-ingesting finds the same moves.
    Moves are not marked curated: a later ingest still updates them, resolving to `keep`.
    """
    others = [p for p in others if p.pk != keep.pk]
    result = MergeResult(kept=keep, merged=others)
    now = timezone.now()
    labels = [f"“{other.name}” (#{other.pk})" for other in others]  # pk is None once deleted
    for other in others:
        reason = f"Merged “{other.name}” (#{other.pk}) into “{keep.name}” (#{keep.pk})"
        moves = list(Move.objects.filter(person=other))
        for move in moves:
            move.person, move.updated_at = keep, now
        result.moves += _bulk_save(moves, Move, ["person", "updated_at"], user, reason)
        roles = list(Role.objects.filter(person=other))
        for role in roles:
            role.person = keep
        result.roles += _bulk_save(roles, Role, ["person"], user, reason)
        for alias in list(other.aliases.all()):
            result.aliases += _add_alias(PersonAlias, "person", keep, alias.name)
            PersonAlias.objects.filter(pk=alias.pk, person=other).delete()
        result.aliases += _add_alias(PersonAlias, "person", keep, other.name)
        _note(other, user, reason)
        other.delete()
    if others:
        _note(keep, user, "Merged in " + ", ".join(labels))
        keep.save()
    rebuild_roles([keep])
    return result


@transaction.atomic
def merge_organizations(keep, others, user=None):
    """Fold the organisations `others` into `keep`: both sides of their moves, their roles
    and their names and aliases (which become aliases of `keep`); see `merge_people`."""
    others = [o for o in others if o.pk != keep.pk]
    result = MergeResult(kept=keep, merged=others)
    now = timezone.now()
    people = set()
    labels = [f"“{other.name}” (#{other.pk})" for other in others]  # pk is None once deleted
    for other in others:
        reason = f"Merged “{other.name}” (#{other.pk}) into “{keep.name}” (#{keep.pk})"
        moves = list(Move.objects.involving(other))
        for move in moves:
            if move.from_org_id == other.pk:
                move.from_org = keep
            if move.to_org_id == other.pk:
                move.to_org = keep
            move.updated_at = now
            people.add(move.person_id)
        result.moves += _bulk_save(moves, Move, ["from_org", "to_org", "updated_at"], user, reason)
        roles = list(Role.objects.filter(organization=other))
        for role in roles:
            role.organization = keep
            people.add(role.person_id)
        result.roles += _bulk_save(roles, Role, ["organization"], user, reason)
        for alias in list(other.aliases.all()):
            result.aliases += _add_alias(OrganizationAlias, "organization", keep, alias.name)
            OrganizationAlias.objects.filter(pk=alias.pk, organization=other).delete()
        result.aliases += _add_alias(OrganizationAlias, "organization", keep, other.name)
        _note(other, user, reason)
        other.delete()
    if others:
        _note(keep, user, "Merged in " + ", ".join(labels))
        keep.save()
    rebuild_roles(Person.objects.filter(pk__in=people))
    return result


def _phrase_is_from(move, article):
    """Whether the move's date phrase was read from `article` (the only place it can come from
    when all its evidence is there; otherwise the phrase must be in that article's sentence)."""
    evidence = list(move.evidence.all())
    if all(ev.article_id == article.pk for ev in evidence):
        return True
    phrase = move.date_phrase.lower()
    return any(ev.article_id == article.pk and phrase in ev.sentence.lower() for ev in evidence)


@transaction.atomic
def reresolve_dates(article, user=None):
    """Resolve again, against `article.published`, the relative dates (“last week”) of the
    uncurated moves this article supports. Returns the number of moves whose date changed."""
    from ingest.dates import resolve  # the extractor's own resolver, so both agree

    moves = (
        Move.objects.filter(evidence__article=article, curated=False, date_relative=True)
        .exclude(date_phrase="")
        .distinct()
        .prefetch_related("evidence")
    )
    changed = []
    for move in moves:
        if not _phrase_is_from(move, article):
            continue
        resolved = resolve(move.date_phrase, article.published)
        value = resolved.value if resolved.precision != "unknown" else None
        precision = resolved.precision if value is not None else "unknown"
        if (move.date, move.date_precision) == (value, precision):
            continue
        move.date, move.date_precision = value, precision
        _note(move, user, f"Publication date of “{article}” set to {article.published or 'unknown'}")
        move.save()
        changed.append(move)
    # The article's own evidence rows state the re-resolved date; and every move it supports
    # is bounded again by its earliest source ("no later than").
    from ingest.loader import refresh_bounds

    for move in changed:
        Evidence.objects.filter(move=move, article=article).update(date=move.date, date_precision=move.date_precision)
    supported = list(Move.objects.filter(evidence__article=article).values_list("pk", flat=True).distinct())
    refresh_bounds(supported)
    if changed or supported:
        rebuild_roles(Person.objects.filter(moves__pk__in=supported).distinct())
    return len(changed)


@transaction.atomic
def release_roles(roles, user=None):
    """Hand curated roles back to the moves: clear `curated` (with history) and rebuild."""
    roles = [r for r in roles if r.pk]
    for role in roles:
        role.curated = False
    _bulk_save(roles, Role, ["curated"], user, "Curator edits dropped: rebuilt from moves")
    rebuild_roles(Person.objects.filter(pk__in={r.person_id for r in roles}))
    return len(roles)
