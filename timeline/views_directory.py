"""Directories of people, organisations and articles, the moves explorer's data twins, and the
name suggestions behind the explorer's autocomplete.

Each directory is filtered by name (aliases included), sorted by name, moves in, moves out or
latest move, paginated, and has JSON/CSV twins of exactly the page shown. A page costs the same
few queries however many rows there are. People's counts and latest dates come from the
per-person summary the triggers keep (`PersonMoveSummary`, timeline/summary.py): sorted most
(or newest) first, a page walks that table's index and stops at its 50 rows. Articles' come
from the per-article summary (`ArticleMoveSummary`) the same way, organisations' from the
per-organisation move counts.
"""

from urllib.parse import urlsplit

from django.core.paginator import Paginator
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Greatest
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from timeline import dates, search
from timeline.forms import ARTICLE_SORT_LABELS, SORT_LABELS, DirectoryForm, MoveFilterForm, NamesForm
from timeline.models import Article, Move, Organization, Person, normalize_name
from timeline.views import (
    data_response,
    explorer_page,
    invalid_parameters,
    query_string,
    render_page,
)

PER_PAGE = 50
NAMES_LIMIT = 8


def with_person_context(people):
    """People with their visible moves in and out and their latest move's date (read from the
    per-person summary), and the organisation and role of their latest move to somewhere (the
    context a search result shows: a subquery per row shown, through the (person, date) index)."""
    visible = Move.objects.visible().filter(person=OuterRef("pk"))
    latest_join = visible.filter(to_org__isnull=False).order_by(F("date").desc(nulls_last=True), "-id")
    return people.annotate(
        n_in=Coalesce(F("move_summary__n_in"), 0),
        n_out=Coalesce(F("move_summary__n_out"), 0),
        latest=F("move_summary__latest"),
        latest_org=Subquery(latest_join.values("to_org__name")[:1]),
        latest_org_slug=Subquery(latest_join.values("to_org__slug")[:1]),
        latest_role=Subquery(latest_join.values("role")[:1]),
    )


def _organization_latest():
    """The date of an organisation's newest visible move, either side: two ORDER BY date DESC
    LIMIT 1 walks of the (to_org, date) and (from_org, date) indexes."""
    dated = Move.objects.visible().filter(date__isnull=False)
    last_in = Subquery(dated.filter(to_org=OuterRef("pk")).order_by("-date").values("date")[:1])
    last_out = Subquery(dated.filter(from_org=OuterRef("pk")).order_by("-date").values("date")[:1])
    # GREATEST is NULL on SQLite when either side is: coalesce each with the other.
    return Greatest(Coalesce(last_in, last_out), Coalesce(last_out, last_in))


def organizations_in_context(records):
    """The organisations of `records` with n_in, n_out (all-time visible moves, read from the
    per-organisation move counts the home page ranks by: timeline/summary.py) and latest: a
    number of queries and rows that does not grow with the moves."""
    from timeline import summary

    totals = {pk: (row["inflow"], row["outflow"]) for pk, row in summary.organization_counts(summary.VISIBLE).items()}
    rows = list(records.only("id", "name", "slug").annotate(latest=_organization_latest()))
    for org in rows:
        org.n_in, org.n_out = totals.get(org.pk, (0, 0))
    return rows


def organizations_sorted(records, sort):
    """`organizations_in_context(records)` in `sort` order."""
    rows = organizations_in_context(records)
    column = SORT_FIELDS.get(sort.lstrip("-"), sort.lstrip("-"))
    descending = sort.startswith("-")
    rows.sort(key=lambda o: (o.name.lower(), o.pk), reverse=descending and column == "name")
    if column != "name":
        # Stable sorts: by name first, then by the column, undated (None) last either way.
        present = [o for o in rows if getattr(o, column) is not None]
        missing = [o for o in rows if getattr(o, column) is None]
        present.sort(key=lambda o: getattr(o, column), reverse=descending)
        rows = present + missing
    return rows


def with_article_context(articles):
    """Articles with the number of visible moves they support (the per-article summary the
    triggers keep: timeline/summary.py)."""
    return articles.defer("text").annotate(n_moves=Coalesce(F("move_summary__moves"), 0))


def outlet(url):
    """ "www.reuters.com/…" → "reuters.com"."""
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.")


def _named(model, q):
    """Records whose name or an alias contains `q`, case and accents folded."""
    key = normalize_name(q)
    if not key:
        return model.objects.none()
    alias = model.aliases.rel.related_model
    owner = "person" if model is Person else "organization"
    return model.objects.filter(
        Q(name_key__contains=key) | Exists(alias.objects.filter(**{owner: OuterRef("pk")}, name_key__contains=key))
    )


SORT_FIELDS = {"moves_in": "n_in", "moves_out": "n_out", "moves": "n_moves"}


PERSON_SORTS = {"moves_in": "move_summary__n_in", "moves_out": "move_summary__n_out", "latest": "move_summary__latest"}


def _person_order(sort):
    """Most (or newest) first is one walk of a summary index (column DESC, name, person_id),
    undated people last; the other way round sorts the summary rows (no subquery per person)."""
    column = sort.lstrip("-")
    if column not in PERSON_SORTS:
        return _order(sort, "name")
    field = PERSON_SORTS[column]
    if sort.startswith("-"):
        return (F(field).desc(nulls_last=True), "move_summary__name", "move_summary__person_id")
    return (F(field).asc(nulls_last=True), "move_summary__name", "move_summary__person_id")


def _order(sort, text_field):
    column = sort.lstrip("-")
    descending = sort.startswith("-")
    if column == "name":
        return (f"-{text_field}" if descending else text_field, "-id" if descending else "id")
    column = SORT_FIELDS.get(column, column)
    expression = F(column).desc(nulls_last=True) if descending else F(column).asc(nulls_last=True)
    return (expression, text_field, "id")


class Directory:
    """What differs between the three directories."""

    def __init__(self, name, model, title, noun, sorts, default_sort, context, text_field, columns, row):
        self.name, self.model, self.title, self.noun = name, model, title, noun
        self.sorts, self.default_sort, self.context = sorts, default_sort, context
        self.text_field, self.columns, self.row = text_field, columns, row

    def records(self, q):
        if self.model is Article:
            base = Article.objects.all()
            if q:
                base = base.filter(Q(title__icontains=q) | Q(filename__icontains=q))
        elif self.model is Person:
            # Public: a visible move, counted in the summary (the same people as .public()).
            base = (_named(Person, q) if q else Person.objects.all()).filter(move_summary__moves__gt=0)
        else:
            base = (_named(self.model, q) if q else self.model.objects.all()).public()
        return base

    def page(self, data):
        sort = data["sort"] or self.default_sort
        count = None
        if self.model is Organization:
            records = organizations_sorted(self.records(data["q"]), sort)
        elif self.model is Person:
            # The page's ids first, then their rows with the latest organisation and role: PostgreSQL
            # computes a row's subqueries even for the rows an OFFSET skips (5,000 on page 100).
            ordered = self.records(data["q"]).order_by(*_person_order(sort)).values_list("pk", flat=True)
            page = Paginator(ordered, PER_PAGE).get_page(data["page"] or 1)
            ids = list(page.object_list)
            rows = self.context(Person.objects.filter(pk__in=ids)).in_bulk()
            page.object_list = [rows[pk] for pk in ids if pk in rows]
            return sort, page
        elif sort.lstrip("-") == "moves":
            # One walk of the summary's (moves DESC, title, article_id) index; every article has a row.
            order = (
                F("move_summary__moves").desc(nulls_last=True)
                if sort.startswith("-")
                else F("move_summary__moves").asc()
            )
            records = self.context(self.records(data["q"]).filter(move_summary__moves__gte=0))
            records = records.order_by(order, "move_summary__title", "move_summary__article_id")
            # The same number without the join (counted from an index of the articles alone).
            count = self.records(data["q"]).count()
        else:
            records = self.context(self.records(data["q"])).order_by(*_order(sort, self.text_field))
        paginator = Paginator(records, PER_PAGE)
        if count is not None:
            paginator.count = count  # a cached_property: this is the value it would cache
        return sort, paginator.get_page(data["page"] or 1)


def _person_row(p):
    return {
        "name": p.name,
        "page_url": p.get_absolute_url(),
        "moves_in": p.n_in,
        "moves_out": p.n_out,
        "latest_move_year": p.latest.year if p.latest else "",
        "latest_organization": p.latest_org or "",
        "latest_role": p.latest_role or "",
    }


def _organization_row(o):
    return {
        "name": o.name,
        "page_url": o.get_absolute_url(),
        "moves_in": o.n_in,
        "moves_out": o.n_out,
        "latest_move_year": o.latest.year if o.latest else "",
    }


def _article_row(a):
    return {
        "title": str(a),
        "page_url": a.get_absolute_url(),
        "published": a.published.isoformat() if a.published else "",
        "outlet": outlet(a.source_url),
        "source_url": a.source_url,
        "moves": a.n_moves,
    }


DIRECTORIES = {
    "people": Directory(
        "people",
        Person,
        "People",
        "person",
        SORT_LABELS,
        "name",
        with_person_context,
        "name",
        ["name", "page_url", "moves_in", "moves_out", "latest_move_year", "latest_organization", "latest_role"],
        _person_row,
    ),
    "organizations": Directory(
        "organizations",
        Organization,
        "Organisations",
        "organisation",
        SORT_LABELS,
        "name",
        None,  # organisations: organizations_sorted
        "name",
        ["name", "page_url", "moves_in", "moves_out", "latest_move_year"],
        _organization_row,
    ),
    "articles": Directory(
        "articles",
        Article,
        "Articles",
        "article",
        ARTICLE_SORT_LABELS,
        "-published",
        with_article_context,
        "title",
        ["title", "page_url", "published", "outlet", "source_url", "moves"],
        _article_row,
    ),
}


def _directory_form(request, directory):
    return DirectoryForm(request.GET, sorts=directory.sorts)


@require_safe
def directory(request, kind):
    d = DIRECTORIES[kind]
    form = _directory_form(request, d)
    if not form.is_valid():
        return invalid_parameters(form)
    data = form.cleaned_data
    sort, page = d.page(data)
    if d.model is Article:
        for article in page.object_list:
            article.outlet = outlet(article.source_url)
    base = reverse(f"{kind}_directory")
    params = {k: v for k, v in request.GET.items() if v}
    sorts = []
    for column, label in d.sorts.items():
        active = sort.lstrip("-") == column
        if active:
            next_sort = column if sort.startswith("-") else f"-{column}"
        else:  # A to Z for names, most (or newest) first for the rest
            next_sort = column if column == "name" else f"-{column}"
        sorts.append(
            {
                "column": column,
                "label": label,
                "url": base + query_string({**params, "sort": next_sort, "page": ""}),
                "active": active,
                "descending": active and sort.startswith("-"),
            }
        )

    def page_url(number):
        return base + query_string({**params, "page": number if number > 1 else ""})

    qs = query_string(params)
    context = {
        "title": d.title,
        "description": f"Every {d.noun} in the career moves taken from news articles, sortable and searchable.",
        "kind": kind,
        "directory": d,
        "form": form,
        "page": page,
        "sort": sort,
        "sorts": sorts,
        "previous_url": page_url(page.previous_page_number()) if page.has_previous() else None,
        "next_url": page_url(page.next_page_number()) if page.has_next() else None,
        "json_url": reverse(f"{kind}_directory_data", args=["json"]) + qs,
        "csv_url": reverse(f"{kind}_directory_data", args=["csv"]) + qs,
        "names_url": reverse(f"names_{kind}") if kind != "articles" else "",
    }
    return render_page(request, "timeline/directory.html", "results", context)


def _page_response(fmt, name, columns, rows, request, page):
    response = data_response(fmt, name, columns, rows, request)
    if fmt == "json":
        import json

        body = json.loads(response.content)
        body["page"] = {"number": page.number, "pages": page.paginator.num_pages, "count": page.paginator.count}
        response.content = json.dumps(body, ensure_ascii=False, indent=1)
    return response


@require_safe
def directory_data(request, kind, fmt):
    d = DIRECTORIES[kind]
    form = _directory_form(request, d)
    if not form.is_valid():
        return invalid_parameters(form)
    _, page = d.page(form.cleaned_data)
    return _page_response(fmt, kind, d.columns, [d.row(r) for r in page.object_list], request, page)


MOVE_COLUMNS = [
    "move_id",
    "person",
    "person_url",
    "kind",
    "from_org",
    "to_org",
    "role",
    "date",
    "date_precision",
    "status",
    "evidence",
    "source_title",
    "source_url",
]


def _move_row(move):
    evidence = list(move.evidence.all())
    first = evidence[0] if evidence else None
    return {
        "move_id": move.pk,
        "person": move.person.name,
        "person_url": move.get_absolute_url(),
        "kind": move.kind,
        "from_org": move.from_org.name if move.from_org_id else "",
        "to_org": move.to_org.name if move.to_org_id else "",
        "role": move.role,
        "date": dates.iso(move.date, move.date_precision) or "",
        "date_precision": move.date_precision,
        "status": move.status,
        "evidence": first.sentence if first else "",
        "source_title": str(first.article) if first else "",
        "source_url": first.get_absolute_url() if first else "",
    }


@require_safe
def moves_data(request, fmt):
    """The moves explorer's twins: exactly the page of moves it shows."""
    form = MoveFilterForm(request.GET)
    if not form.is_valid():
        return invalid_parameters(form)
    if form.unmatched:
        lines = [f"Invalid parameter '{name}': {text}" for name, text in form.unmatched_messages()]
        return HttpResponseBadRequest("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    page = explorer_page(form)
    return _page_response(fmt, "moves", MOVE_COLUMNS, [_move_row(m) for m in page.object_list], request, page)


@require_safe
def names(request, kind):
    """Autocomplete options (`<option>`s of a `<datalist>`) for a name field. The field sends
    its own name (`org=Me`), so any one non-empty value is the text typed."""
    model = Person if kind == "people" else Organization
    typed = request.GET.get("q") or next((v for k, v in request.GET.items() if k != "format" and v.strip()), "")
    form = NamesForm({"q": typed})
    if not form.is_valid():
        return invalid_parameters(form)
    q = form.cleaned_data["q"]
    found = []
    if len(normalize_name(q)) >= 2:
        ids = search.find_names(model, q, NAMES_LIMIT)
        records = model.objects.in_bulk(ids)
        found = [records[pk] for pk in ids if pk in records]
    if request.GET.get("format") == "text":
        return HttpResponse("\n".join(r.name for r in found), content_type="text/plain; charset=utf-8")
    return render(request, "timeline/_name_options.html", {"records": found})


SEARCH_LIMIT = {"live": 5, "full": 20}


@require_safe
def search_view(request):
    """People and organisations by name (typos forgiven), articles and evidence sentences by
    full-text search with highlighted snippets; each result with its context."""
    from timeline.forms import SearchForm

    form = SearchForm(request.GET)
    if not form.is_valid():
        return invalid_parameters(form)
    q = form.cleaned_data["q"]
    live = bool(request.htmx and not request.htmx.history_restore_request)
    limit = SEARCH_LIMIT["live" if live else "full"]
    groups = []
    if q:
        people_ids = search.find_names(Person, q, limit + 1)
        people = with_person_context(Person.objects.public().filter(pk__in=people_ids)).in_bulk()
        org_ids = search.find_names(Organization, q, limit + 1)
        orgs = {o.pk: o for o in organizations_in_context(Organization.objects.public().filter(pk__in=org_ids))}
        texts = search.search_articles(q, limit + 1)
        counted = with_article_context(Article.objects.filter(pk__in=[a.pk for a, _ in texts])).in_bulk()
        snippets = {a.pk: snippet for a, snippet in texts}
        articles, seen = [], set()
        # The full-text index holds titles too: no second scan of the titles with LIKE.
        for article in [counted.get(a.pk, a) for a, _ in texts]:
            if article.pk not in seen:
                seen.add(article.pk)
                article.outlet = outlet(article.source_url)
                articles.append((article, snippets.get(article.pk, "")))
        sentences = search.search_evidence(q, limit + 1)
        groups = [
            ("People", "people", [(people[pk], "") for pk in people_ids if pk in people]),
            ("Organisations", "organizations", [(orgs[pk], "") for pk in org_ids if pk in orgs]),
            ("Articles", "articles", articles),
            ("Sentences", "sentences", sentences),
        ]
        groups = [(label, key, items[:limit], len(items) > limit) for label, key, items in groups]
    context = {
        "title": f"Search: {q}" if q else "Search",
        "description": "Search people, organisations, article text and the sentences behind each move.",
        "form": form,
        "q": q,
        "groups": groups,
        "found": any(items for _, _, items, _ in groups),
    }
    return render_page(request, "timeline/search.html", "results", context)
