"""The curation desk.

Curators review the moves the extractor found, correct them, merge duplicate people and
organisations, and fix publication dates. Their work must survive re-ingest, so any admin
change to a move or a role marks it curated (ingest and role rebuilding then leave it
alone), and every change writes a simple_history record naming the curator: bulk actions
included, which is why they save through `timeline.curation` and never `queryset.update()`.

Lists are built for 100,000 moves: related rows come with `list_select_related`, counts
and "first article" are subqueries in `get_queryset`, and the organisation and article
filters list a handful of choices instead of every row in the table.
"""

import functools
from uuid import uuid4

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.views.main import ERROR_FLAG, ChangeList
from django.db import DataError, models
from django.db.models import Count, F, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, NullIf, Substr
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import Truncator, smart_split, unescape_string_literal
from simple_history.admin import SimpleHistoryAdmin

from timeline import curation, desk, duplicates, search, summary
from timeline.forms import check_move
from timeline.history_sentences import SentenceHistoryMixin
from timeline.models import (
    Article,
    Evidence,
    Move,
    Organization,
    OrganizationAlias,
    OrganizationMoveCount,
    Person,
    PersonAlias,
    Precision,
    Role,
    normalize_name,
)
from timeline.roles import rebuild_roles

admin.site.site_header = "Career timeline: curation desk"
admin.site.site_title = "Curation desk"
admin.site.index_title = "Review and correct the extracted career moves"
admin.site.enable_nav_sidebar = False  # the move list needs the width more than a menu


def _count(queryset, column):
    """A correlated COUNT subquery (0 when there are no rows), so list pages need no GROUP BY
    over the whole table and no query per row."""
    counted = queryset.order_by().values(column).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def _admin_link(obj, label=None):
    url = reverse(f"admin:timeline_{obj._meta.model_name}_change", args=[obj.pk])
    return format_html('<a href="{}">{}</a>', url, label if label is not None else obj)


def _check_date(form, date_field, precision_field):
    """A date needs a precision and a precision needs a date: otherwise saving would quietly
    drop the date (an unknown precision stores no date)."""
    value, precision = form.cleaned_data.get(date_field), form.cleaned_data.get(precision_field)
    if value and precision == Precision.UNKNOWN:
        form.add_error(precision_field, "Say how much of the date is known: year, month or day.")
    if not value and precision and precision != Precision.UNKNOWN:
        form.add_error(
            date_field, "Give the date (any day in the year or month will do), or set the precision to Unknown."
        )


def in_context(evidence, around=400):
    """The evidence sentence highlighted inside its paragraph of the article text."""
    text, sentence = evidence.article.text, evidence.sentence
    start, end = evidence.start, evidence.end
    if start is None or end is None or text[start:end] != sentence:
        start = text.find(sentence)
        if start < 0:
            return format_html("<mark>{}</mark>", sentence)
        end = start + len(sentence)
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last < 0 else last
    # Articles without line breaks are one long paragraph: keep a window around the sentence.
    before, after = text[max(first, start - around) : start], text[end : min(last, end + around)]
    if start - around > first:
        before = "…" + before.lstrip()
    if end + around < last:
        after = after.rstrip() + "…"
    return format_html('<p class="evidence-context">{}<mark>{}</mark>{}</p>', before, text[start:end], after)


# --- Moves ---------------------------------------------------------------------------------


class HasDateFilter(admin.SimpleListFilter):
    title = "has a date"
    parameter_name = "dated"

    def lookups(self, request, model_admin):
        return [("yes", "Dated"), ("no", "Undated")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(date__isnull=False)
        if self.value() == "no":
            return queryset.filter(date__isnull=True)
        return queryset


class _ChosenIdFilter(admin.SimpleListFilter):
    """A filter over a big table: it offers the chosen row plus a few likely ones; any other
    row is reached from its own admin page (a "moves" link) or typed into the URL."""

    def chosen_id(self):
        """The id asked for, or None (every row) for anything that is not one: "²" and "٣" are
        digits to str.isdigit() but not to int(), and 30 digits overflow the database."""
        value = self.value()
        if value and value.isascii() and value.isdigit() and len(value) <= 18:
            return int(value)
        return None


class OrganizationFilter(_ChosenIdFilter):
    title = "organisation (left or joined)"
    parameter_name = "org"

    def lookups(self, request, model_admin):
        # The most-joined organisations (visible moves, from the move counts the triggers keep:
        # timeline/summary.py, one row per organisation, no count over the moves): a stable shortlist.
        joined = OrganizationMoveCount.objects.filter(
            side="in", bucket=summary.VISIBLE, year=summary.ALL_YEARS, organization_id=OuterRef("pk")
        )
        ranked = Organization.objects.annotate(n=Subquery(joined.values("n")[:1]))
        top = list(ranked.order_by(F("n").desc(nulls_last=True), "name")[:12])
        chosen = self.chosen_id()
        if chosen and all(o.pk != chosen for o in top):
            top = list(Organization.objects.filter(pk=chosen)) + top
        return [(str(o.pk), o.name) for o in top]

    def queryset(self, request, queryset):
        chosen = self.chosen_id()
        if chosen:
            return queryset.filter(Q(from_org_id=chosen) | Q(to_org_id=chosen))
        return queryset


class ArticleFilter(_ChosenIdFilter):
    title = "article"
    parameter_name = "article"

    def lookups(self, request, model_admin):
        recent = list(Article.objects.only("pk", "title", "filename").order_by("-ingested_at", "-pk")[:8])
        chosen = self.chosen_id()
        if chosen and all(a.pk != chosen for a in recent):
            recent = list(Article.objects.only("pk", "title", "filename").filter(pk=chosen)) + recent
        return [(str(a.pk), Truncator(str(a)).chars(60)) for a in recent]

    def queryset(self, request, queryset):
        chosen = self.chosen_id()
        if chosen:
            return queryset.filter(pk__in=Evidence.objects.filter(article_id=chosen).values("move_id"))
        return queryset


class PossibleDuplicateFilter(admin.SimpleListFilter):
    """Moves ingest could not settle alone (timeline.duplicates): select them side by side
    and merge, or confirm both to say they are two moves."""

    title = "possible duplicates"
    parameter_name = "duplicates"

    def lookups(self, request, model_admin):
        return [("any", "any reason"), *((reason, reason) for reason in duplicates.REASONS)]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        flags = duplicates.possible_duplicates(Move.objects.visible())
        ids = [pk for pk, reason in flags.items() if self.value() in ("any", reason)]
        return queryset.filter(pk__in=ids).order_by("person__name", F("date").asc(nulls_first=True), "id")


class MoveMergeForm(forms.Form):
    keep = forms.ModelChoiceField(
        queryset=None,
        widget=forms.RadioSelect,
        empty_label=None,
        label="Move to keep",
        help_text="It keeps its fields (taking a side or date it lacks from the others) and gets every "
        "evidence row of the others, each with the date its own article stated; the others are deleted, "
        "their history saying where they went.",
    )

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = queryset
        self.fields["keep"].label_from_instance = lambda m: (
            f"#{m.pk} {m} · {m.get_status_display()} · {m.evidence.count()} source(s)"
        )


class MoveForm(forms.ModelForm):
    class Meta:
        model = Move
        fields = ["person", "from_org", "to_org", "kind", "role", "date", "date_precision", "status"]
        labels = {"from_org": "From", "to_org": "To"}

    def clean(self):
        data = super().clean()
        if "from_org" in self.fields and not data.get("from_org") and not data.get("to_org"):
            raise forms.ValidationError("A move needs the organisation left, the one joined, or both.")
        if "date" in self.fields:
            _check_date(self, "date", "date_precision")
        sources = []
        if self.instance.pk:
            sources = list(Evidence.objects.filter(move=self.instance).values_list("article__published", "sentence"))
        check_move(self, data, sources)
        return data


class ReadOnlyInlineMixin:
    """Evidence comes from articles: shown to curators, never added, edited or deleted here."""

    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class MoveActions:
    """Confirm / reject / back to unreviewed, each writing one history record per move."""

    def _set_status(self, request, queryset, status):
        moves = list(queryset.order_by())
        changed = curation.set_status(moves, status, user=request.user)
        label = Move.Status(status).label.lower()
        unchanged = len(moves) - changed
        text = f"{changed} move{'s' if changed != 1 else ''} marked {label}."
        if unchanged:
            text += f" {unchanged} already {label}."
        self.message_user(request, text, messages.SUCCESS)

    @admin.action(description="Confirm selected moves", permissions=["change"])
    def confirm(self, request, queryset):
        self._set_status(request, queryset, Move.Status.CONFIRMED)

    @admin.action(description="Reject selected moves (hidden everywhere, never re-ingested)", permissions=["change"])
    def reject(self, request, queryset):
        self._set_status(request, queryset, Move.Status.REJECTED)

    @admin.action(description="Put selected moves back to unreviewed", permissions=["change"])
    def mark_unreviewed(self, request, queryset):
        self._set_status(request, queryset, Move.Status.UNREVIEWED)


class CuratedSaveMixin:
    """A move or role saved from its form, or reverted from its history, is a curator's: mark
    it curated and rebuild the roles of the people concerned (before and after the edit), so
    tenures follow at once."""

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        request._timeline_revert = True
        return super().history_form_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        edited = not change or form.has_changed() or getattr(request, "_timeline_revert", False)
        before = self.model.objects.filter(pk=obj.pk).values_list("person_id", flat=True).first() if change else None
        if edited:
            obj.curated = True
        super().save_model(request, obj, form, change)
        if edited:
            rebuild_roles(Person.objects.filter(pk__in={obj.person_id, before} - {None}))


class RuleFamilyFilter(admin.SimpleListFilter):
    """The family of the extraction rule that read a move ("verb", "hire", "career", "fallback" ...): where to
    look when one family misreads."""

    title = "rule family"
    parameter_name = "rule"

    def lookups(self, request, model_admin):
        from ingest.confidence import PRIORS

        return [(family, family) for family in sorted(PRIORS)]

    def queryset(self, request, queryset):
        value = self.value()
        from ingest.confidence import PRIORS

        if value not in PRIORS:
            return queryset  # a bad value falls back to everything, never a 500
        return queryset.filter(rule__startswith=f"{value}:")


NAMES_AS_IDS = 1000  # up to this many matching names go into the query as a list of ids


def _ids_or_query(records):
    """The ids of `records` as a list when there are few (the planner then knows how few: on
    PostgreSQL a LIKE subquery is guessed at half the table and the moves scanned), else the
    queryset of their ids."""
    ids = list(records.values_list("pk", flat=True)[: NAMES_AS_IDS + 1])
    return ids if len(ids) <= NAMES_AS_IDS else records.values("pk")


def _how_many(ids):
    return len(ids) if isinstance(ids, list) else ids.count()


def _moves_matching(people, orgs, word):
    """The ids of the moves of `people`, from or to `orgs` (ids, or querysets of them), or
    with a sentence holding `word`: a union of index reads (person, from_org and to_org
    indexes, the full-text index, then evidence by primary key), each of which hands back ids
    without reading a move."""
    moves = Move.objects.order_by()
    return (
        moves.filter(person_id__in=people)
        .values("pk")
        .union(
            moves.filter(from_org_id__in=orgs).values("pk"),
            moves.filter(to_org_id__in=orgs).values("pk"),
            search.evidence_matching(word).order_by().values("move_id"),
        )
    )


class MoveChangeList(ChangeList):
    """The page's moves in two steps: their ids, sorted and sliced with nothing else selected,
    then those rows with their sources, first article and sentence. In one query the engine
    computes the four subqueries for every matching move before sorting (a search for a common
    word matches thousands), not only for the 100 shown."""

    def get_results(self, request):
        super().get_results(request)
        ids = list(self.result_list.values_list("pk", flat=True))
        rows = self.model_admin.get_queryset(request).filter(pk__in=ids).order_by().in_bulk()
        self.result_list = [rows[pk] for pk in ids if pk in rows]
        article_url = _url_maker("admin:timeline_article_change")
        for move in self.result_list:
            move.first_article_url = article_url(move.first_article_id) if move.first_article_id else None

    def url_for_result(self, result):
        # Two links a row: one reverse() a page instead of two hundred.
        if not hasattr(self, "_change_url"):
            self._change_url = _url_maker("admin:timeline_move_change")
        return self._change_url(result.pk)


def _url_maker(name, placeholder=987654321):
    """pk -> the URL of `name` for that pk (an integer id), from a single reverse()."""
    prefix, _, suffix = reverse(name, args=[placeholder]).partition(str(placeholder))
    return lambda pk: f"{prefix}{pk}{suffix}"


@admin.register(Move)
class MoveAdmin(MoveActions, CuratedSaveMixin, SentenceHistoryMixin, SimpleHistoryAdmin):
    form = MoveForm
    list_display = [
        "person",
        "route",
        "kind",
        "role",
        "date_shown",
        "status",
        "confidence_shown",
        "evidence_short",
        "sources",
        "first_article",
        "curated",
    ]
    list_display_links = ["person", "route"]
    # "N of M": the unfiltered COUNT(*) over 100,000 moves is a second count per search.
    show_full_result_count = False
    change_form_template = "admin/timeline/move/change_form.html"
    change_list_template = "admin/timeline/move/change_list.html"
    list_select_related = ["person", "from_org", "to_org"]
    list_filter = [
        "status",
        "kind",
        OrganizationFilter,
        "date_precision",
        HasDateFilter,
        ArticleFilter,
        "curated",
        PossibleDuplicateFilter,
        RuleFamilyFilter,
    ]
    search_fields = ["person__name"]  # shows the search box; get_search_results does the searching
    search_help_text = "Words of a person's or organisation's name (or alias), or of the evidence sentence."
    ordering = [F("date").desc(nulls_last=True), "-id"]
    actions = ["confirm", "reject", "mark_unreviewed", "merge_moves"]
    autocomplete_fields = ["person", "from_org", "to_org"]
    readonly_fields = [
        "date_phrase",
        "date_relative",
        "curated",
        "rule",
        "confidence",
        "fingerprint",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["person", ("from_org", "to_org"), "kind", "role"]}),
        ("Date", {"fields": [("date", "date_precision"), ("date_phrase", "date_relative")]}),
        ("Review", {"fields": ["status", "curated", ("rule", "confidence")]}),
        ("Record", {"fields": ["fingerprint", ("created_at", "updated_at")], "classes": ["collapse"]}),
    ]
    history_list_display = ["status", "curated"]

    @admin.action(description="Merge selected moves (one real event)…", permissions=["change"])
    def merge_moves(self, request, queryset):
        moves = queryset.order_by().select_related("person", "from_org", "to_org")
        if not 2 <= moves.count() <= 20 or moves.values("person").distinct().count() != 1:
            self.message_user(request, "Select 2 to 20 moves of one person to merge.", messages.WARNING)
            return None
        if request.POST.get("post") == "yes":
            form = MoveMergeForm(request.POST, queryset=moves)
            if form.is_valid():
                keep = form.cleaned_data["keep"]
                others = [m for m in moves if m.pk != keep.pk]
                duplicates.merge_moves(keep, others, user=request.user)
                self.message_user(
                    request,
                    f"Merged {', '.join(f'#{m.pk}' for m in others)} into move #{keep.pk}.",
                    messages.SUCCESS,
                )
                return None
        else:
            default = min(moves, key=lambda m: (m.date is None, -len(m.date_precision or ""), m.pk))
            form = MoveMergeForm(queryset=moves, initial={"keep": default.pk})
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge moves",
            "opts": self.model._meta,
            "form": form,
            "records": moves,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/timeline/move/merge.html", context)

    def get_changelist(self, request, **kwargs):
        return MoveChangeList

    def get_queryset(self, request):
        evidence = Evidence.objects.filter(move=OuterRef("pk"))
        first = evidence.order_by(F("article__published").asc(nulls_last=True), "article_id")
        label = Coalesce(NullIf("article__title", Value("")), "article__filename")
        sources = evidence.order_by().values("move").annotate(n=Count("article", distinct=True)).values("n")
        return (
            super()
            .get_queryset(request)
            .select_related("person", "from_org", "to_org")
            .annotate(
                source_count=Coalesce(Subquery(sources, output_field=IntegerField()), 0),
                first_article_id=Subquery(first.values("article_id")[:1]),
                first_article_label=Subquery(first.values(label=label)[:1]),
                first_sentence=Subquery(first.values(short=Substr("sentence", 1, 160))[:1]),
            )
        )

    def get_urls(self):
        from django.urls import path

        wrap = self.admin_site.admin_view
        return [
            path("review/", wrap(lambda request: desk.review_view(self, request)), name="timeline_move_review"),
            path(
                "from-sentence/",
                wrap(lambda request: desk.from_sentence_view(self, request)),
                name="timeline_move_from_sentence",
            ),
        ] + super().get_urls()

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The evidence, each sentence in its paragraph, above the form (what the curator judges)."""
        evidence = Evidence.objects.filter(move_id=object_id).select_related("article").order_by("id")
        if not str(object_id).isdigit():
            evidence = Evidence.objects.none()
        extra = {"move_evidence": [(ev, in_context(ev)) for ev in evidence], **(extra_context or {})}
        return super().change_view(request, object_id, form_url, extra)

    def action_checkbox(self, obj):
        """Django's checkbox, written directly: rendering a form widget through the template
        engine for each of 100 rows cost a fifth of the page."""
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            helpers.ACTION_CHECKBOX_NAME,
            obj.pk,
            f"Select this object for an action - {obj}",
        )

    @admin.display(description="evidence")
    def evidence_short(self, move):
        return Truncator(move.first_sentence or "").chars(110)

    @admin.display(description="confidence", ordering="confidence")
    def confidence_shown(self, move):
        value = getattr(move, "confidence", None)
        return "-" if value is None else f"{value:.2f}"

    def get_search_results(self, request, queryset, search_term):
        """Every word must match the person (or an alias), an organisation (or an alias) or an
        evidence sentence. The names matching a word are found first in the small tables
        (people, organisations, aliases) and the sentences through the full-text index
        (FTS5 / GIN); the moves are then kept by id membership through the person and
        organisation indexes and the primary key, with no join or LIKE per move, and no DISTINCT.

        A word in every person's name, or in every organisation's, holds for every move (each has
        a person and an organisation): it is left out rather than turned into a set of every
        move, so "Synthetic Org 001" costs what "001" costs, with the same results."""
        totals = None
        for word in smart_split(search_term):
            if word[0] in "\"'" and word[-1] == word[0]:
                word = unescape_string_literal(word)
            if not word:
                continue
            # name_key is the name with case, accents and punctuation folded, so the word folded
            # the same way is in it wherever the word is in the name: one read of the name_key
            # index (or, on PostgreSQL, its trigram index) instead of the names themselves.
            key = normalize_name(word)
            named = Q(name_key__contains=key) if key else Q(name__icontains=word)
            people = Person.objects.filter(named | Q(pk__in=PersonAlias.objects.filter(named).values("person_id")))
            orgs = Organization.objects.filter(
                named | Q(pk__in=OrganizationAlias.objects.filter(named).values("organization_id"))
            )
            totals = totals or (Person.objects.count(), Organization.objects.count())
            people, orgs = _ids_or_query(people), _ids_or_query(orgs)
            if _how_many(people) == totals[0] or _how_many(orgs) == totals[1]:
                continue
            queryset = queryset.filter(pk__in=_moves_matching(people, orgs, word))
        return queryset, False

    @admin.display(description="from → to")
    def route(self, move):
        return move.route

    @admin.display(description="date", ordering="date")
    def date_shown(self, move):
        if move.date is None:
            return mark_safe('<span class="quiet">unknown</span>')
        return format_html('{} <span class="quiet">({})</span>', move.date_display, move.date_precision)

    @admin.display(description="sources", ordering="source_count")
    def sources(self, move):
        return move.source_count

    @admin.display(description="first article")
    def first_article(self, move):
        if move.first_article_id is None:
            return "-"
        url = getattr(move, "first_article_url", None) or reverse(
            "admin:timeline_article_change", args=[move.first_article_id]
        )
        return format_html('<a href="{}">{}</a>', url, Truncator(move.first_article_label).chars(50))

    def save_model(self, request, obj, form, change):
        if not change:
            # Not from any article: a fingerprint no extraction can produce.
            obj.fingerprint = obj.fingerprint or f"curator-{uuid4().hex}"
        super().save_model(request, obj, form, change)


# --- People and organisations ----------------------------------------------------------------


class MergeForm(forms.Form):
    keep = forms.ModelChoiceField(
        queryset=None,
        widget=forms.RadioSelect,
        empty_label=None,
        label="Record to keep",
        help_text="The others are deleted: their moves, roles and evidence move to this one, "
        "and their names become its aliases, so later ingests find it.",
    )

    def __init__(self, *args, queryset, describe, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = queryset
        self.fields["keep"].label_from_instance = describe


class MergeMixin:
    """An admin action merging the selected records, after a page asking which to keep."""

    merge_function = None  # curation.merge_people / merge_organizations
    merge_template = "admin/timeline/merge.html"

    def describe_for_merge(self, obj):
        aliases = ", ".join(a.name for a in obj.aliases.all())
        moves = obj.merge_move_count
        text = f"{obj.name} (#{obj.pk}): {moves} move{'s' if moves != 1 else ''}"
        return f"{text}; also known as {aliases}" if aliases else text

    @admin.action(description="Merge selected duplicates…", permissions=["change"])
    def merge(self, request, queryset):
        opts = self.model._meta
        if not 2 <= queryset.count() <= 20:
            self.message_user(request, f"Select 2 to 20 {opts.verbose_name_plural} to merge.", messages.WARNING)
            return None
        records = queryset.order_by().annotate(merge_move_count=self.merge_move_count()).prefetch_related("aliases")
        if request.POST.get("post") == "yes":
            form = MergeForm(request.POST, queryset=records, describe=self.describe_for_merge)
            if form.is_valid():
                keep = form.cleaned_data["keep"]
                others = [r for r in records if r.pk != keep.pk]
                result = self.merge_function(keep, others, user=request.user)
                names = ", ".join(f"“{o.name}”" for o in others)
                self.log_change(request, keep, f"Merged in {names}.")
                self.message_user(
                    request,
                    f"Merged {names} into “{keep.name}”: {result.moves} move(s) and {result.roles} role(s) moved, "
                    f"{result.aliases} alias(es) added.",
                    messages.SUCCESS,
                )
                return None
        else:
            default = max(records, key=lambda r: (r.merge_move_count, -r.pk))
            form = MergeForm(queryset=records, describe=self.describe_for_merge, initial={"keep": default.pk})
        context = {
            **self.admin_site.each_context(request),
            "title": f"Merge {opts.verbose_name_plural}",
            "opts": opts,
            "form": form,
            "records": records,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, self.merge_template, context)


class AliasForm(forms.ModelForm):
    """`name_key` is unique but not a form field: say so before the database refuses."""

    class Meta:
        fields = ["name"]

    def clean_name(self):
        name = self.cleaned_data["name"]
        model = self._meta.model
        taken = model.objects.filter(name_key=normalize_name(name)).exclude(pk=self.instance.pk).first()
        if taken is not None:
            owner = taken.person if model is PersonAlias else taken.organization
            raise forms.ValidationError(f"“{name}” is already an alias of {owner}.")
        return name


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    form = AliasForm
    fields = ["name"]
    extra = 1


class RoleForm(forms.ModelForm):
    class Meta:
        model = Role
        fields = [
            "person",
            "organization",
            "title",
            "start_date",
            "start_precision",
            "end_date",
            "end_precision",
            "ended",
        ]

    def clean(self):
        data = super().clean()
        _check_date(self, "start_date", "start_precision")
        _check_date(self, "end_date", "end_precision")
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", "The tenure cannot end before it starts.")
        return data


class RoleInline(admin.TabularInline):
    model = Role
    form = RoleForm
    fk_name = "person"
    fields = ["organization", "title", "start_date", "start_precision", "end_date", "end_precision", "ended", "curated"]
    readonly_fields = ["curated"]
    autocomplete_fields = ["organization"]
    extra = 0
    verbose_name_plural = "roles (edited roles are kept when roles are rebuilt from moves)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organization")


class MoveInline(admin.TabularInline):
    """A person's moves, with the status editable in place (which marks them curated)."""

    model = Move
    fk_name = "person"
    fields = ["route", "kind", "date_shown", "role", "status", "curated"]
    readonly_fields = ["route", "kind", "date_shown", "role", "curated"]
    extra = 0
    can_delete = False
    show_change_link = True
    verbose_name_plural = "moves"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("from_org", "to_org")

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="from → to")
    def route(self, move):
        return move.route

    @admin.display(description="date")
    def date_shown(self, move):
        return move.date_display


@admin.register(Person)
class PersonAdmin(MergeMixin, SentenceHistoryMixin, SimpleHistoryAdmin):
    merge_function = staticmethod(curation.merge_people)
    list_display = ["name", "alias_names", "move_count", "role_count", "created_at"]
    search_fields = ["name", "aliases__name"]
    fields = ["name", "slug", "created_at"]
    readonly_fields = ["created_at"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PersonAliasInline, RoleInline, MoveInline]
    actions = ["merge", "rebuild_roles_action"]

    @staticmethod
    def merge_move_count():
        return _count(Move.objects.filter(person=OuterRef("pk")), "person")

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name.endswith("changelist"):
            qs = qs.prefetch_related("aliases").annotate(
                n_moves=self.merge_move_count(),
                n_roles=_count(Role.objects.filter(person=OuterRef("pk")), "person"),
            )
        return qs

    @admin.display(description="also known as")
    def alias_names(self, person):
        return ", ".join(a.name for a in person.aliases.all())

    @admin.display(description="moves", ordering="n_moves")
    def move_count(self, person):
        url = reverse("admin:timeline_move_changelist") + f"?person__id__exact={person.pk}"
        return format_html('<a href="{}">{}</a>', url, person.n_moves)

    @admin.display(description="roles", ordering="n_roles")
    def role_count(self, person):
        return person.n_roles

    def save_formset(self, request, form, formset, change):
        """Role and move rows edited here are curator edits too: mark them curated."""
        if formset.model not in (Move, Role):
            return super().save_formset(request, form, formset, change)
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            obj.delete()
        for obj in instances:
            obj.curated = True
            obj._history_user = request.user
            obj.save()
        if instances or formset.deleted_objects:
            request._timeline_rebuild = True

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if getattr(request, "_timeline_rebuild", False):
            rebuild_roles([form.instance])

    @admin.action(description="Rebuild roles from moves (edited roles are kept)", permissions=["change"])
    def rebuild_roles_action(self, request, queryset):
        built = rebuild_roles(queryset)
        self.message_user(request, f"Roles rebuilt for {queryset.count()} people ({built} roles from moves).")


class OrganizationAliasInline(admin.TabularInline):
    model = OrganizationAlias
    form = AliasForm
    fields = ["name"]
    extra = 1


@admin.register(Organization)
class OrganizationAdmin(MergeMixin, SentenceHistoryMixin, SimpleHistoryAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    merge_function = staticmethod(curation.merge_organizations)
    list_display = ["name", "alias_names", "joined", "left", "website"]
    search_fields = ["name", "aliases__name"]
    fields = ["name", "slug", "parent", "website", "activity", "created_at"]
    readonly_fields = ["activity", "created_at"]
    autocomplete_fields = ["parent"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [OrganizationAliasInline]
    actions = ["merge"]

    @staticmethod
    def merge_move_count():
        return _count(Move.objects.filter(to_org=OuterRef("pk")), "to_org") + _count(
            Move.objects.filter(from_org=OuterRef("pk")), "from_org"
        )

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name.endswith("changelist"):
            qs = qs.prefetch_related("aliases").annotate(
                n_in=_count(Move.objects.filter(to_org=OuterRef("pk")), "to_org"),
                n_out=_count(Move.objects.filter(from_org=OuterRef("pk")), "from_org"),
            )
        return qs

    def _moves_link(self, side, org, count):
        url = reverse("admin:timeline_move_changelist") + f"?{side}__id__exact={org.pk}"
        return format_html('<a href="{}">{}</a>', url, count)

    @admin.display(description="moves in", ordering="n_in")
    def joined(self, org):
        return self._moves_link("to_org", org, org.n_in)

    @admin.display(description="moves out", ordering="n_out")
    def left(self, org):
        return self._moves_link("from_org", org, org.n_out)

    @admin.display(description="also known as")
    def alias_names(self, org):
        return ", ".join(a.name for a in org.aliases.all())

    @admin.display(description="moves and roles")
    def activity(self, org):
        if org.pk is None:
            return "-"
        moves = Move.objects.involving(org).count()
        roles = Role.objects.filter(organization=org).count()
        return format_html(
            '<a href="{}?org={}">{} move(s)</a> · <a href="{}?organization__id__exact={}">{} role(s)</a>',
            reverse("admin:timeline_move_changelist"),
            org.pk,
            moves,
            reverse("admin:timeline_role_changelist"),
            org.pk,
            roles,
        )


# --- Articles, evidence and roles ------------------------------------------------------------


class ArticleEvidenceInline(ReadOnlyInlineMixin, admin.TabularInline):
    """The moves an article supports, for a quick look from the article's page."""

    model = Evidence
    fields = ["move_link", "status", "sentence"]
    readonly_fields = fields
    verbose_name = "move supported"
    verbose_name_plural = "moves supported (read-only)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("move__person", "move__from_org", "move__to_org")

    @admin.display(description="move")
    def move_link(self, evidence):
        move = evidence.move
        return _admin_link(move, f"{move.person} {move.route} ({move.date_display})")

    @admin.display(description="status")
    def status(self, evidence):
        move = evidence.move
        return f"{move.get_status_display()}{' · curated' if move.curated else ''}"


@admin.register(Article)
class ArticleAdmin(SentenceHistoryMixin, SimpleHistoryAdmin):
    formfield_overrides = {
        models.URLField: {"assume_scheme": "https", "widget": forms.URLInput(attrs={"size": 100})},
        models.CharField: {"widget": forms.TextInput(attrs={"size": 100})},
    }
    list_display = ["__str__", "published", "move_count", "filename", "ingested_at"]
    list_filter = ["published"]
    search_fields = ["title", "filename", "source_url"]
    fieldsets = [
        (None, {"fields": ["title", "source_url", "published"]}),
        ("File", {"fields": ["filename", ("ingested_at", "updated_at"), "content_hash"], "classes": ["collapse"]}),
        ("Text", {"fields": ["text"], "classes": ["collapse"]}),
    ]
    readonly_fields = ["filename", "ingested_at", "updated_at", "content_hash", "text"]
    inlines = [ArticleEvidenceInline]
    history_list_display = ["published"]

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name.endswith("changelist"):
            moves = Evidence.objects.filter(article=OuterRef("pk")).order_by().values("article")
            qs = qs.defer("text").annotate(
                n_moves=Coalesce(Subquery(moves.annotate(n=Count("move", distinct=True)).values("n")), 0)
            )
        return qs

    @admin.display(description="moves", ordering="n_moves")
    def move_count(self, article):
        url = reverse("admin:timeline_move_changelist") + f"?article={article.pk}"
        return format_html('<a href="{}">{}</a>', url, article.n_moves)

    def has_add_permission(self, request):
        # "Add article" (upload or paste) runs the same ingest as `manage.py ingest`: timeline/desk.py.
        return request.user.has_perm("timeline.add_article")

    def add_view(self, request, form_url="", extra_context=None):
        return desk.add_article_view(self, request)

    change_form_template = "admin/timeline/article/change_form.html"

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """Sentences that may hold a move the extractor missed, each with "Add a move from this sentence"."""
        article = Article.objects.filter(pk=object_id).first() if str(object_id).isdigit() else None
        can_add = request.user.has_perm("timeline.change_move")
        extra = {"missed": desk.missed_in(article) if article is not None and can_add else None}
        return super().change_view(request, object_id, form_url, {**extra, **(extra_context or {})})

    def save_model(self, request, obj, form, change):
        if change and "published" in form.changed_data:
            obj.published_curated = True  # a later re-ingest of the file keeps this date
        super().save_model(request, obj, form, change)
        if change and "published" in form.changed_data:
            changed = curation.reresolve_dates(obj, user=request.user)
            self.message_user(request, f"Publication date changed: {changed} move date(s) re-resolved.")


@admin.register(Evidence)
class EvidenceAdmin(admin.ModelAdmin):
    list_display = ["sentence_short", "move_link", "article_link"]
    list_select_related = ["move__person", "move__from_org", "move__to_org", "article"]
    search_fields = ["sentence"]  # shows the search box; get_search_results uses the full-text index
    show_full_result_count = False  # no second COUNT(*) over every sentence
    fields = ["move_link", "article_link", "sentence_in_paragraph", "start", "end"]
    readonly_fields = fields

    def get_search_results(self, request, queryset, search_term):
        if not search.words(search_term):
            return queryset, False
        return queryset.filter(pk__in=search.evidence_matching(search_term).values("pk")), False

    def get_queryset(self, request):
        qs = super().get_queryset(request).select_related("move__person", "move__from_org", "move__to_org", "article")
        if request.resolver_match and request.resolver_match.url_name.endswith("changelist"):
            qs = qs.defer("article__text")
        return qs

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="sentence")
    def sentence_short(self, evidence):
        return Truncator(evidence.sentence).chars(120)

    @admin.display(description="move")
    def move_link(self, evidence):
        return _admin_link(evidence.move)

    @admin.display(description="article")
    def article_link(self, evidence):
        return format_html(
            '{} (<a href="{}">public page</a>)', _admin_link(evidence.article), evidence.get_absolute_url()
        )

    @admin.display(description="sentence in its paragraph")
    def sentence_in_paragraph(self, evidence):
        return in_context(evidence)


@admin.register(Role)
class RoleAdmin(CuratedSaveMixin, SentenceHistoryMixin, SimpleHistoryAdmin):
    form = RoleForm
    list_display = ["person", "organization", "title", "span_display", "curated"]
    list_select_related = ["person", "organization"]
    list_filter = ["curated", "ended", "start_precision"]
    search_fields = ["person__name", "organization__name", "title"]
    autocomplete_fields = ["person", "organization"]
    readonly_fields = ["built_from", "curated"]
    fieldsets = [
        (None, {"fields": ["person", "organization", "title"]}),
        ("Tenure", {"fields": [("start_date", "start_precision"), ("end_date", "end_precision"), "ended"]}),
        ("Origin", {"fields": ["built_from", "curated"]}),
    ]
    actions = ["release"]
    history_list_display = ["curated"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("person", "organization")

    @admin.display(description="span")
    def span_display(self, role):
        return role.span_display

    @admin.display(description="built from moves")
    def built_from(self, role):
        links = [(label, m) for label, m in (("start", role.start_move), ("end", role.end_move)) if m is not None]
        if not links:
            return "-"
        return format_html_join(mark_safe("<br>"), "{}: {}", ((label, _admin_link(m)) for label, m in links))

    @admin.action(description="Drop curator edits and rebuild from moves", permissions=["change"])
    def release(self, request, queryset):
        released = curation.release_roles(queryset.filter(curated=True), user=request.user)
        self.message_user(request, f"{released} role(s) handed back to the moves and rebuilt.")


def refuse_impossible_lookups(site):
    """Any change list, given a lookup value the database cannot take (an id past 64 bits, a NUL
    byte on PostgreSQL), answers as Django does for a lookup it cannot apply: back to the
    list with `?e=1` ("incorrect lookup"), never a server error. Django's own admins (users,
    groups) included, hence a wrapper over every registered change list rather than a mixin."""
    for model_admin in site._registry.values():
        model_admin.changelist_view = _safe_change_list(model_admin.changelist_view)


def _safe_change_list(changelist_view):
    @functools.wraps(changelist_view)
    def view(request, extra_context=None):
        try:
            response = changelist_view(request, extra_context)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()  # the rows are read while rendering: errors surface here
            return response
        except (OverflowError, ValueError, DataError):
            if set(request.GET) <= {ERROR_FLAG}:
                raise
            return HttpResponseRedirect(f"{request.path}?{ERROR_FLAG}=1")

    return view


refuse_impossible_lookups(admin.site)
