"""The parts of the curation desk that fix recall and let a curator work without a shell: the
review queue, moves added from a sentence the extractor passed over, and articles added by
upload or paste. Admin views, wired in by `timeline.admin` (MoveAdmin.get_urls,
ArticleAdmin.add_view); permissions are checked here, not only by hiding links.
"""

import datetime
import os
from pathlib import Path
from uuid import uuid4

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import CharField, F, Func
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.text import slugify

from ingest.missed import missed_sentences
from timeline import curation
from timeline.forms import AddArticleForm, MoveFromSentenceForm
from timeline.models import Article, Evidence, Move, Organization, Person, Precision
from timeline.roles import rebuild_roles

# --- Review queue ------------------------------------------------------------------------------


def review_order():
    """Least trusted first: the moves where a curator's look changes the most."""
    return (F("confidence").asc(), "id") if _has_confidence() else ("id",)


def _has_confidence():
    return any(f.name == "confidence" for f in Move._meta.get_fields())


class _NoIndex(Func):
    """`status || ''`: the same value, but no index for the planner to pick. Filtering the
    85,000 unreviewed moves through the status index and sorting them by confidence costs
    0.6 s at 100,000 moves; walking the confidence index (SQLite keeps the row id in it, so
    confidence then id is its order) and skipping reviewed moves stops at the first."""

    template = "(%(expressions)s || '')"
    output_field = CharField()


def _queue():
    return Move.objects.alias(queue_status=_NoIndex("status")).filter(queue_status=Move.Status.UNREVIEWED)


def _next_after(queue, move):
    """The move after `move` in the queue's order: two index range reads (the same confidence
    with a higher id, else a higher confidence) rather than one OR the index cannot serve."""
    ordered = queue.with_related().order_by(*review_order())
    if not _has_confidence():
        return ordered.filter(id__gt=move.id).first()
    same = ordered.filter(confidence=move.confidence, id__gt=move.id).first()
    return same or ordered.filter(confidence__gt=move.confidence).first()


def review_view(model_admin, request):
    if not model_admin.has_change_permission(request):
        raise PermissionDenied
    queue = _queue()
    if request.method == "POST":
        move = get_object_or_404(Move, pk=request.POST.get("move"))
        decision = request.POST.get("decision")
        statuses = {"confirm": Move.Status.CONFIRMED, "reject": Move.Status.REJECTED}
        if decision in statuses:
            curation.set_status([move], statuses[decision], user=request.user)
            model_admin.message_user(
                request, f"{'Confirmed' if decision == 'confirm' else 'Rejected'}: {move}.", messages.SUCCESS
            )
        # The next one after this move, so a skipped move stays skipped.
        return HttpResponseRedirect(_review_url(after=move.pk))
    after = request.GET.get("after", "")
    current = None
    if after.isascii() and after.isdigit() and len(after) < 19:
        previous = Move.objects.filter(pk=int(after)).first()
        if previous is not None:
            current = _next_after(queue, previous)
    if current is None:
        current = queue.with_related().order_by(*review_order()).first()
    evidence = []
    if current is not None:
        evidence = list(current.evidence.select_related("article").order_by("id"))
    from timeline.admin import in_context

    context = {
        **model_admin.admin_site.each_context(request),
        "title": "Review queue: least certain moves first",
        "opts": Move._meta,
        "move": current,
        "remaining": Move.objects.filter(status=Move.Status.UNREVIEWED).count(),
        "evidence": [(ev, in_context(ev)) for ev in evidence],
        "skip_url": _review_url(after=current.pk) if current else "",
        "edit_url": reverse("admin:timeline_move_change", args=[current.pk]) if current else "",
        "has_confidence": _has_confidence(),
    }
    return TemplateResponse(request, "admin/timeline/move/review.html", context)


def _review_url(**params):
    return reverse("admin:timeline_move_review") + (f"?{urlencode(params)}" if params else "")


# --- Missed moves --------------------------------------------------------------------------------


def missed_in(article):
    """Sentences of `article` that name a person and an organisation near a move word but gave
    no move, each with the link that opens a prefilled form."""
    read = set(Evidence.objects.filter(article=article).values_list("sentence", flat=True))
    found = missed_sentences(article.text, article.published, read)
    base = reverse("admin:timeline_move_from_sentence")
    for item in found:
        item.add_url = f"{base}?{urlencode({'article': article.pk, 'start': item.start, 'end': item.end})}"
        a, b = item.cue
        item.marked = mark_safe(
            escape(item.text[:a]) + format_html("<mark>{}</mark>", item.text[a:b]) + escape(item.text[b:])
        )
    return found


def _initial(article, sentence, start):
    guesses = missed_sentences(sentence, article.published, set())
    if not guesses:
        return {"date_precision": Precision.UNKNOWN}
    guess = guesses[0]
    date = guess.date
    return {
        "person": guess.person,
        "from_org": guess.from_org,
        "to_org": guess.to_org,
        "kind": guess.kind,
        "date": date.value,
        "date_precision": date.precision if date.value else Precision.UNKNOWN,
    }


def _sentence_at(request_data):
    article = get_object_or_404(Article, pk=request_data.get("article") or 0)
    try:
        start, end = int(request_data.get("start", "")), int(request_data.get("end", ""))
    except ValueError:
        raise PermissionDenied("start and end must be offsets in the article") from None
    if not 0 <= start < end <= len(article.text) or end - start > 2000:
        raise PermissionDenied("start and end must be offsets in the article")
    return article, start, end, article.text[start:end]


def _named(model, name):
    if not name:
        return None
    return model.objects.resolve(name) or model.objects.create(name=name.strip())


def from_sentence_view(model_admin, request):
    """A curated move with this sentence as its evidence, from a form prefilled by a guess."""
    if not model_admin.has_change_permission(request):
        raise PermissionDenied
    source = request.POST if request.method == "POST" else request.GET
    article, start, end, sentence = _sentence_at(source)
    if request.method == "POST":
        form = MoveFromSentenceForm(request.POST, article=article, sentence=sentence)
        if form.is_valid():
            move = _save_from_sentence(form.cleaned_data, article, start, end, sentence, request.user)
            model_admin.message_user(
                request, f"Added {move} from the sentence: curated, so re-ingesting the article keeps it."
            )
            return HttpResponseRedirect(reverse("admin:timeline_move_change", args=[move.pk]))
    else:
        form = MoveFromSentenceForm(initial=_initial(article, sentence, start), article=article, sentence=sentence)
    context = {
        **model_admin.admin_site.each_context(request),
        "title": "Add a move from this sentence",
        "opts": Move._meta,
        "form": form,
        "article": article,
        "sentence": sentence,
        "start": start,
        "end": end,
    }
    return TemplateResponse(request, "admin/timeline/move/from_sentence.html", context)


@transaction.atomic
def _save_from_sentence(data, article, start, end, sentence, user):
    move = Move(
        person=_named(Person, data["person"]),
        from_org=_named(Organization, data["from_org"]),
        to_org=_named(Organization, data["to_org"]),
        kind=data["kind"],
        role=data["role"],
        date=data["date"],
        date_precision=data["date_precision"],
        status=data["status"],
        curated=True,
        # Not from any extraction: a fingerprint no extraction can produce.
        fingerprint=f"curator-{uuid4().hex}",
    )
    move._history_user = user
    move._change_reason = f"Added by a curator from a sentence of “{article}”"
    move.save()
    Evidence.objects.create(move=move, article=article, sentence=sentence, start=start, end=end)
    rebuild_roles(Person.objects.filter(pk=move.person_id))
    return move


# --- Add article -----------------------------------------------------------------------------------


def upload_dir():
    """Where articles added from the desk are kept, so `manage.py ingest` can re-read them."""
    return Path(getattr(settings, "ARTICLE_UPLOAD_DIR", None) or Path(settings.BASE_DIR) / "uploads")


def _write(form):
    data = form.cleaned_data
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = upload_dir()
    folder.mkdir(parents=True, exist_ok=True)
    upload = data.get("file")
    if upload:
        stem, _, suffix = upload.name.rpartition(".")
        name = f"{stamp}-{slugify(stem)[:60] or 'article'}.{suffix.lower()}"
        raw = b"".join(upload.chunks())
    else:
        name = f"{stamp}-{slugify(data['title'])[:60] or 'pasted'}.txt"
        # The header lines `manage.py ingest` reads, then the text.
        headers = [
            f"date {data['published'].isoformat()}" if data["published"] else "",
            f"source {data['source_url']}" if data["source_url"] else "",
            f"title {' '.join(data['title'].split())}" if data["title"] else "",
        ]
        header = "\n".join(h for h in headers if h)
        raw = ((header + "\n\n" if header else "") + data["text"].replace("\r\n", "\n").strip() + "\n").encode()
    path = folder / name
    n = 2
    while path.exists():
        path = folder / f"{n}-{name}"
        n += 1
    path.write_bytes(raw)
    return path


def add_article_view(model_admin, request):
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    from ingest.loader import ingest_file

    form = AddArticleForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        path = _write(form)
        result = ingest_file(path, name=f"uploads/{path.name}")
        if result.status == "error":
            os.remove(path)
            form.add_error(None, f"The article could not be ingested: {result.error}")
        else:
            article = Article.objects.filter(filename=f"uploads/{path.name}").order_by("-pk").first()
            if form.cleaned_data["file"]:
                _apply_overrides(model_admin, request, article, form.cleaned_data)
            moves = result.moves_new + result.moves_updated + result.moves_unchanged
            model_admin.message_user(
                request,
                f"Added “{article}”: {moves} move(s) extracted, shown below for review.",
                messages.SUCCESS,
            )
            url = reverse("admin:timeline_move_changelist") + f"?article={article.pk}"
            return HttpResponseRedirect(url)
    context = {
        **model_admin.admin_site.each_context(request),
        "title": "Add article",
        "opts": Article._meta,
        "form": form,
        "has_view_permission": True,
    }
    return TemplateResponse(request, "admin/timeline/article/add.html", context)


def _apply_overrides(model_admin, request, article, data):
    """Fields typed beside an uploaded file win over the file's own, as a curator's edits."""
    changed = []
    for name in ("title", "source_url", "published"):
        if data[name] and getattr(article, name) != data[name]:
            setattr(article, name, data[name])
            changed.append(name)
    if not changed:
        return
    if "published" in changed:
        article.published_curated = True
    article._history_user = request.user
    article.save()
    if "published" in changed:
        curation.reresolve_dates(article, user=request.user)
