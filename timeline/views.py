"""Public pages. Each view parses its query string with a form (400 on a bad value), fetches
with timeline.queries, builds figures with timeline.charts, and renders a page, or only the
partial an htmx request swaps in. Chart views have JSON/CSV twins and an embed view."""

import csv
import datetime
import functools

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Exists, F, OuterRef
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from timeline import charts, dates, queries
from timeline.forms import (
    DEFAULT_N,
    MOVE_SORTS,
    FlowsForm,
    HomeForm,
    MoveFilterForm,
    OrganizationChartForm,
    OrganizationForm,
    PersonForm,
    SearchForm,
    invalid_parameters,
)
from timeline.models import Article, Evidence, Move, Organization, Person

MOVES_PER_PAGE = 50
ORG_LIST_LIMIT = 20


def render_page(request, template, partial, context):
    """The whole page, or only `partial` for an htmx swap (a history restore needs the page)."""
    if request.htmx and not request.htmx.history_restore_request:
        template = f"{template}#{partial}"
    return render(request, template, context)


def editable(request, *models):
    """{"move": True, ...}: which kinds of record this user may change, for the Edit links.

    The permission is checked here, not only by hiding links: the admin checks it again."""
    user = request.user
    return {
        model._meta.model_name: user.is_staff and user.has_perm(f"timeline.change_{model._meta.model_name}")
        for model in models
    }


def query_string(params):
    """ "?a=1&b=2" without empty values, or ""."""
    cleaned = {k: v for k, v in params.items() if v not in (None, "", False)}
    return f"?{urlencode(cleaned)}" if cleaned else ""


def current_query(request, drop=()):
    return query_string({k: v for k, v in request.GET.items() if k not in drop})


def range_params(data):
    """The date range and confirmed switch of a cleaned RangeForm, as query parameters."""
    return {
        "start": dates_iso(data.get("start")),
        "end": dates_iso(data.get("end")),
        "confirmed": "1" if data.get("confirmed") else "",
    }


def dates_iso(value):
    return dates.iso(*value) if value else ""


def moves_link(**params):
    return reverse("move_list") + query_string(params)


def data_response(fmt, filename, columns, rows, request):
    # A downloaded file travels without the page: its links to the sources must be absolute.
    rows = [
        {
            k: request.build_absolute_uri(v) if k.endswith("_url") and v and v.startswith("/") else v
            for k, v in r.items()
        }
        for r in rows
    ]
    if fmt == "json":
        return JsonResponse(
            {"parameters": dict(request.GET.items()), "columns": columns, "rows": rows},
            json_dumps_params={"ensure_ascii": False, "indent": 1},
        )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    writer = csv.DictWriter(response, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return response


def embed_policy():
    """The site's Content-Security-Policy, except that any site may frame the page."""
    directives = [d.strip() for d in settings.CONTENT_SECURITY_POLICY.split(";") if d.strip()]
    directives = [d for d in directives if not d.startswith("frame-ancestors")] + ["frame-ancestors *"]
    return "; ".join(directives)


def share_context(request, name, json_url, csv_url, embed_url):
    absolute = request.build_absolute_uri
    return {
        "name": name,
        "json_url": json_url,
        "csv_url": csv_url,
        "embed_url": embed_url,
        "embed_absolute": absolute(embed_url),
    }


def find_by_slug(model, slug, request, queryset=None):
    """(record, None), or (None, a 301 to where it lives now) for the old slug of a record
    merged into another (its name is now the other's alias) or renamed; 404 otherwise."""
    queryset = queryset if queryset is not None else model.objects.all()
    if model is Person:  # in the same query: does the public see any of this person's moves?
        queryset = queryset.annotate(has_public_move=Exists(Move.objects.visible().filter(person=OuterRef("pk"))))
    found = queryset.filter(slug=slug).first()
    if found is not None:
        if model is Person and not found.has_public_move:
            raise Http404(f"No public moves for {slug}")  # every move rejected or removed
        return found, None
    old = model.history.filter(slug=slug).order_by("-history_date").first()
    current = old and (model.objects.filter(pk=old.id).first() or model.objects.resolve(old.name))
    if not current:
        raise Http404(f"No {model._meta.verbose_name} {slug}")
    return None, HttpResponsePermanentRedirect(request.get_full_path().replace(f"/{slug}/", f"/{current.slug}/", 1))


# Home and search ------------------------------------------------------------------------------


@require_safe
def home(request):
    form = HomeForm(request.GET)
    if not form.is_valid():
        return invalid_parameters(form)
    data = form.cleaned_data
    n = data["n"] or DEFAULT_N
    confirmed = data["confirmed"]
    totals = queries.organization_totals(data["start"], data["end"], confirmed)
    today = datetime.date.today()
    rng = range_params(data)
    context = {
        "title": "Who moved where in AI",
        "description": "Career moves of people in the AI industry, taken from news articles: "
        "recent moves, and the organisations gaining and losing the most people.",
        "form": form,
        "counts": queries.counts(confirmed),
        "recent": queries.recent_moves(10, confirmed),
        "top_in": queries.top_by(totals, "inflow", n),
        "top_out": queries.top_by(totals, "outflow", n),
        "top_net": queries.top_by(totals, "net", n),
        "presets": [
            (label, reverse("home") + query_string(params), params == {"start": rng["start"], "end": rng["end"]})
            for label, params in (
                ("All time", {"start": "", "end": ""}),
                (str(today.year), {"start": str(today.year), "end": str(today.year)}),
                (str(today.year - 1), {"start": str(today.year - 1), "end": str(today.year - 1)}),
                (f"Since {today.year - 5}", {"start": str(today.year - 5), "end": ""}),
            )
        ],
        "range": rng,
        "range_qs": query_string(rng),
        "search_form": SearchForm(),
    }
    return render_page(request, "timeline/home.html", "top", context)


# Person ---------------------------------------------------------------------------------------


def _describe(person, moves):
    dated = [m for m in moves if m.date is not None]
    text = f"{len(moves)} career moves of {person.name} from news articles, with the sentences behind them."
    if dated:
        latest = dated[-1]
        text = f"{person.name}: {latest.get_kind_display().lower()} {latest.route} ({latest.date_display}). " + text
    return text


@require_safe
def person_detail(request, slug):
    form = PersonForm(request.GET)
    if not form.is_valid():
        return invalid_parameters(form)
    person, moved = find_by_slug(Person, slug, request)
    if moved:
        return moved
    moves, rows = queries.person_timeline(person, form.cleaned_data["confirmed"])
    qs = current_query(request)
    context = {
        "title": f"{person.name}: career timeline",
        "description": _describe(person, moves),
        "person": person,
        "form": form,
        "moves": moves,
        "tenures": [r for r in rows if r["type"] == "tenure"],
        "figure": charts.person_timeline_figure(rows),
        "can_edit": editable(request, Person, Move),
        "share": share_context(
            request,
            f"{person.slug}-timeline",
            reverse("person_data", args=[person.slug, "json"]) + qs,
            reverse("person_data", args=[person.slug, "csv"]) + qs,
            reverse("embed_person", args=[person.slug]) + qs,
        ),
    }
    return render_page(request, "timeline/person_detail.html", "content", context)


def _tenure_rows(rows):
    return [r for r in rows if r["type"] == "tenure"]


@require_safe
def person_data(request, slug, fmt):
    form = PersonForm(request.GET)
    if not form.is_valid():
        return invalid_parameters(form)
    person, moved = find_by_slug(Person, slug, request)
    if moved:
        return moved
    _, rows = queries.person_timeline(person, form.cleaned_data["confirmed"])
    return data_response(fmt, f"{person.slug}-timeline", queries.TIMELINE_COLUMNS, rows, request)


@require_safe
@xframe_options_exempt
def embed_person(request, slug):
    form = PersonForm(request.GET)
    if not form.is_valid():
        return invalid_parameters(form)
    person, moved = find_by_slug(Person, slug, request)
    if moved:
        return moved
    _, rows = queries.person_timeline(person, form.cleaned_data["confirmed"])
    context = {
        "title": f"{person.name}: career timeline",
        "description": f"Career timeline of {person.name}, from news articles.",
        # In an embed there is no list of moves below: a marker opens the move on the site.
        "figure": charts.person_timeline_figure(
            rows, move_link=lambda move_id: f"{person.get_absolute_url()}#move-{move_id}"
        ),
        "about_template": "timeline/_about_person.html",
        "embed": True,
        "person": person,
        "tenures": _tenure_rows(rows),
        "unreviewed": sum(1 for r in rows if r["type"] != "tenure" and r["status"] == "Unreviewed"),
        "full_url": person.get_absolute_url() + current_query(request),
    }
    response = render(request, "timeline/embed.html", context)
    response.headers["Content-Security-Policy"] = embed_policy()
    return response


# Organisation ---------------------------------------------------------------------------------


NOT_STATED = "not stated"  # queries.organization_sankey's name for a side no article gave


def _flow_links(organization, data, period, units=False):
    """Addresses of the moves behind each bar, line point and Sankey link: the moves explorer
    filtered to exactly the moves that element counts."""
    cut = 4 if period == "year" else 7
    confirmed = "confirmed" if data["confirmed"] else ""
    group = "1" if units else ""
    # A month view of a big organisation has hundreds of periods, each linked twice from the
    # chart and twice from the table: reverse the path once and remember each link.
    base = reverse("move_list")

    @functools.cache
    def period_url(period_start, period_end, side, precision=""):
        cut_to = 4 if precision == "year" else cut
        return base + query_string(
            {
                side: organization.slug,
                "units": group,
                "start": period_start[:cut_to],
                "end": period_end[:cut_to],
                "precision": precision,
                "status": confirmed,
                "sort": "date",
            }
        )

    def moves_url(row, direction, year_only=False):
        """In a year view a bar is every move of its year; in a quarter or month view the solid
        bar is the moves dated inside the period and the hatched one those of its year known
        only to the year (counted in its first period)."""
        side = "to_org" if direction == "joins" else "from_org"
        if period == "year":
            return period_url(row["period_start"], row["period_end"], side)
        if year_only:
            return period_url(row["period_start"], row["period_start"], side, "year")
        return period_url(row["period_start"], row["period_end"], side, "sub-year")

    def link_url(row):
        if row["slug"] is None and row["organization"] != NOT_STATED:
            return ""  # "N other organisations": no one filter lists exactly those
        params = {"start": dates_iso(data["start"]), "end": dates_iso(data["end"]), "status": confirmed}
        params["to_org" if row["side"] == "from" else "from_org"] = organization.slug
        params["units"] = group
        if row["slug"]:
            params["from_org" if row["side"] == "from" else "to_org"] = row["slug"]
        else:  # "not stated": only the moves whose article named no other side
            params["no_from" if row["side"] == "from" else "no_to"] = "1"
        return base + query_string(params)

    def window_url(row):
        return base + query_string(
            {
                "org": organization.slug,
                "units": group,
                "start": row["window_start"][:7],
                "end": row["period_start"][:7],
                "precision": "sub-year",
                "status": confirmed,
                "sort": "date",
            }
        )

    return moves_url, link_url, window_url


def _organization_charts(organization, data, only=None):
    """The context of the organisation's two charts (or `only` one of them: "flow", "sankey")."""
    period = data.get("period") or "year"
    rolling = bool(data.get("rolling"))
    start, end, confirmed = data["start"], data["end"], data["confirmed"]
    units = list(organization.units.order_by("name")) if data.get("units") else []
    group = [organization.pk, *(u.pk for u in units)] if units else None
    flow = {"rows": [], "undated": {}, "unreviewed": 0}
    if only != "sankey":
        flow = queries.organization_flow(organization, "month" if rolling else period, start, end, confirmed, group)
    if rolling:
        queries.rolling_net(flow["rows"])
    sankey = queries.organization_sankey(organization, start, end, confirmed, group=group) if only != "flow" else []
    moves_url, link_url, window_url = _flow_links(organization, data, "month" if rolling else period, bool(units))
    name = f"{organization.name} with its units" if units else organization.name
    if rolling:
        flow_figure = charts.organization_rolling_figure(flow["rows"], window_url)
    else:
        flow_figure = charts.organization_flow_figure(flow["rows"], period, moves_url)
    return {
        "period": "month" if rolling else period,
        "rolling": rolling,
        "units": units,
        "shown_name": name,
        "internal": queries.internal_count(group, start, end, confirmed),
        "unreviewed": flow["unreviewed"],
        "flow": flow,
        "flow_figure": flow_figure,
        "sankey": sankey,
        "sankey_figure": charts.organization_sankey_figure(name, sankey, link_url),
        "flow_links": [
            (
                row,
                moves_url(row, "joins"),
                moves_url(row, "departures"),
                moves_url(row, "joins", True),
                moves_url(row, "departures", True),
                window_url(row) if rolling else "",
            )
            for row in flow["rows"]
        ],
        "sankey_links": [(row, link_url(row)) for row in sankey],
    }


@require_safe
def organization_detail(request, slug):
    form = OrganizationForm(request.GET)
    if not form.is_valid():
        return invalid_parameters(form)
    with_units = Organization.objects.annotate(has_units=Exists(Organization.objects.filter(parent=OuterRef("pk"))))
    organization, moved = find_by_slug(Organization, slug, request, with_units)
    if moved:
        return moved
    data = form.cleaned_data
    context = _organization_charts(organization, data)
    moves = queries.in_range(queries.visible_moves(data["confirmed"]), data["start"], data["end"])
    newest = (F("date").desc(nulls_last=True), "-id")
    group = [organization.pk, *(u.pk for u in context["units"])] if context["units"] else None
    into, out_of, _ = queries.group_sides(organization, group)
    joined = queries.with_evidence(moves.filter(into)).order_by(*newest)
    left = queries.with_evidence(moves.filter(out_of)).order_by(*newest)
    qs = current_query(request)
    rng = range_params(data)
    units_param = {"units": "1"} if group else {}
    context.update(
        {
            "title": f"{organization.name}: who joins and who leaves",
            "description": f"People joining and leaving {organization.name} over time, where they came from "
            "and where they went, from news articles.",
            "organization": organization,
            "form": form,
            "joined": list(joined[:ORG_LIST_LIMIT]),
            "left": list(left[:ORG_LIST_LIMIT]),
            "list_limit": ORG_LIST_LIMIT,
            "all_joined_url": moves_link(to_org=organization.slug, **units_param, **_status(rng)),
            "all_left_url": moves_link(from_org=organization.slug, **units_param, **_status(rng)),
            "has_units": organization.has_units,
            "units_url": request.path + query_string({**dict(request.GET.items()), "units": "" if group else "1"}),
            "can_edit": editable(request, Organization, Move),
            "feed_url": reverse("organization_feed", args=[organization.slug]),
            "flow_share": share_context(
                request,
                f"{organization.slug}-flow",
                reverse("flow_data", args=[organization.slug, "json"]) + qs,
                reverse("flow_data", args=[organization.slug, "csv"]) + qs,
                reverse("embed_organization", args=[organization.slug]) + current_query(request, drop=["chart"]),
            ),
            "sankey_share": share_context(
                request,
                f"{organization.slug}-sankey",
                reverse("sankey_data", args=[organization.slug, "json"]) + qs,
                reverse("sankey_data", args=[organization.slug, "csv"]) + qs,
                reverse("embed_organization", args=[organization.slug])
                + query_string({**dict(request.GET.items()), "chart": "sankey"}),
            ),
        }
    )
    return render_page(request, "timeline/organization_detail.html", "charts", context)


def _status(rng):
    return {"start": rng["start"], "end": rng["end"], "status": "confirmed" if rng["confirmed"] else ""}


@require_safe
def organization_data(request, slug, chart, fmt):
    form = OrganizationForm(request.GET)
    if not form.is_valid():
        return invalid_parameters(form)
    organization, moved = find_by_slug(Organization, slug, request)
    if moved:
        return moved
    # The same rows as the page's chart, units and rolling window included.
    charts_ctx = _organization_charts(organization, form.cleaned_data, only=chart)
    if chart == "flow":
        rows = charts_ctx["flow"]["rows"]
        columns = queries.FLOW_COLUMNS + (queries.ROLLING_COLUMNS if charts_ctx["rolling"] else [])
    else:
        rows, columns = charts_ctx["sankey"], queries.SANKEY_COLUMNS
    return data_response(fmt, f"{organization.slug}-{chart}", columns, rows, request)


@require_safe
@xframe_options_exempt
def embed_organization(request, slug):
    form = OrganizationChartForm(request.GET)
    if not form.is_valid():
        return invalid_parameters(form)
    organization, moved = find_by_slug(Organization, slug, request)
    if moved:
        return moved
    data = form.cleaned_data
    charts_ctx = _organization_charts(organization, data, only="sankey" if data["chart"] == "sankey" else "flow")
    sankey = data["chart"] == "sankey"
    context = {
        "title": f"{organization.name}: {'where people came from and went' if sankey else 'joins and departures'}",
        "description": f"People joining and leaving {organization.name}, from news articles.",
        "figure": charts_ctx["sankey_figure" if sankey else "flow_figure"],
        "about_template": "timeline/_about_sankey.html" if sankey else "timeline/_about_flow.html",
        "full_url": organization.get_absolute_url() + current_query(request, drop=["chart"]),
        **charts_ctx,
        "organization": organization,
    }
    response = render(request, "timeline/embed.html", context)
    response.headers["Content-Security-Policy"] = embed_policy()
    return response


# Article --------------------------------------------------------------------------------------


@require_safe
def article_detail(request, pk):
    article = get_object_or_404(Article, pk=pk)
    evidence = list(
        Evidence.objects.filter(article=article)
        .exclude(move__status="rejected")
        .select_related("move__person", "move__from_org", "move__to_org")
        .order_by("start", "id")
    )
    # Sentences are numbered once, in text order, so "sentence 3" means the same mark for
    # every move it supports.
    numbers = {}
    for ev in evidence:
        ev.number = numbers.setdefault((ev.start, ev.sentence), len(numbers) + 1)
    moves, seen = [], set()
    for ev in evidence:
        if ev.move_id not in seen:
            seen.add(ev.move_id)
            moves.append(ev.move)
            ev.move.article_evidence = [e for e in evidence if e.move_id == ev.move_id]
    context = {
        "title": article.title or article.filename,
        "description": f"{len(moves)} career moves found in this article, with the sentences that support them.",
        "article": article,
        "pieces": queries.article_segments(article, evidence),
        "moves": moves,
        "can_edit": editable(request, Article, Move),
    }
    if context["can_edit"]["move"]:
        from timeline.desk import missed_in  # staff only: sentences that may hold a missed move

        context["missed"] = missed_in(article)
    return render(request, "timeline/article_detail.html", context)


# Moves explorer -------------------------------------------------------------------------------


@require_safe
def move_list(request):
    form = MoveFilterForm(request.GET)
    if not form.is_valid():
        return invalid_parameters(form)
    data = form.cleaned_data
    sort = data["sort"] or "-date"
    page = explorer_page(form)
    params = {k: v for k, v in request.GET.items() if v}
    sorts = {}
    for column, label in (("date", "Date"), ("person", "Person"), ("kind", "Kind"), ("status", "Status")):
        if sort.lstrip("-") == column:  # the active column flips
            next_sort = column if sort.startswith("-") else f"-{column}"
        else:  # newest first for dates, A to Z for the rest
            next_sort = "-date" if column == "date" else column
        sorts[column] = {
            "label": label,
            "url": reverse("move_list") + query_string({**params, "sort": next_sort, "page": ""}),
            "active": sort.lstrip("-") == column,
            "descending": sort == f"-{column}",
        }
    selected = [
        (form.fields[f].label or f.title(), data[f]) for f in ("person", "org", "from_org", "to_org") if data[f]
    ]
    if data["article"]:
        selected.append(("Article", data["article"]))
    context = {
        "title": "Moves",
        "description": "Career moves found in the news, filterable by person, organisation, kind, date and status.",
        "form": form,
        "page": page,
        "sort": sort,
        "sorts": sorts,
        "selected": selected,
        "pages": _page_links(page, params),
        "unmatched": [
            {
                "text": text,
                "nearest": [
                    (n, reverse("move_list") + query_string({**params, name: n.name, "page": ""})) for n in nearest
                ],
            }
            for (name, text), (_, _, nearest) in zip(form.unmatched_messages(), form.unmatched, strict=True)
        ],
        "json_url": reverse("moves_data", args=["json"]) + current_query(request),
        "csv_url": reverse("moves_data", args=["csv"]) + current_query(request),
        "feed_url": reverse("moves_feed"),
        "can_edit": editable(request, Move),
    }
    return render_page(request, "timeline/moves.html", "results", context)


def explorer_moves(form):
    """The moves a valid MoveFilterForm selects, in its sort order (none for a name that
    matches nothing: the page says so and suggests names)."""
    data = form.cleaned_data
    if form.unmatched:
        return Move.objects.none()
    moves = queries.in_range(queries.visible_moves(), data["start"], data["end"])
    if data["confirmed"]:
        moves = moves.confirmed()
    for field in ("person", "kind", "status") if data["units"] else ("person", "from_org", "to_org", "kind", "status"):
        if data[field]:
            moves = moves.filter(**{field: data[field]})
    if data["org"] and not data["units"]:
        moves = moves.involving(data["org"])
    if data["article"]:
        moves = moves.filter(evidence__article=data["article"]).distinct()
    if data["undated"]:
        moves = moves.filter(date__isnull=True)
    if data["units"]:
        # Each organisation with its units, as one: moves within one are internal, not listed.
        for side, other in (("from_org", "to_org"), ("to_org", "from_org")):
            if data[side]:
                group = queries.unit_group(data[side])
                moves = moves.filter(**{f"{side}__in": group}).exclude(**{f"{other}__in": group})
        if data["org"]:
            moves = moves.filter(queries.group_sides(data["org"], queries.unit_group(data["org"]))[2])
    if data["no_from"]:
        moves = moves.filter(from_org__isnull=True)
    if data["no_to"]:
        moves = moves.filter(to_org__isnull=True)
    if data["precision"] == "year":
        moves = moves.filter(date_precision=dates.YEAR)
    elif data["precision"] == "sub-year":
        moves = moves.filter(date_precision__in=[dates.MONTH, dates.DAY])
    elif data["precision"] == "unknown":
        moves = moves.filter(date__isnull=True)
    return queries.with_evidence(moves).order_by(*MOVE_SORTS[data["sort"] or "-date"])


def explorer_page(form):
    # A page past the end shows the last page (a shared link stays useful as data changes).
    return Paginator(explorer_moves(form), MOVES_PER_PAGE).get_page(form.cleaned_data["page"] or 1)


def _page_links(page, params):
    def url(number):
        return reverse("move_list") + query_string({**params, "page": number if number > 1 else ""})

    return {
        "previous": url(page.previous_page_number()) if page.has_previous() else None,
        "next": url(page.next_page_number()) if page.has_next() else None,
        "first": url(1),
        "last": url(page.paginator.num_pages),
    }


# Flows ----------------------------------------------------------------------------------------


def _flows(data):
    n = data["n"] or DEFAULT_N
    by_parent = data.get("group") == "parent"
    top, rows = queries.flows(data["start"], data["end"], data["confirmed"], n, by_parent=by_parent)
    rng = range_params(data)
    units = {"units": "1"} if by_parent else {}

    def link_url(row):
        return moves_link(from_org=row["from_slug"], to_org=row["to_slug"], **units, **_status(rng))

    return n, top, rows, charts.flows_figure(rows, link_url), [(row, link_url(row)) for row in rows]


@require_safe
def flows(request):
    form = FlowsForm(request.GET)
    if not form.is_valid():
        return invalid_parameters(form)
    n, top, rows, figure, links = _flows(form.cleaned_data)
    qs = current_query(request)
    context = {
        "title": "Who hires from whom",
        "description": f"Moves between the {n} AI organisations with the most moves, from news articles.",
        "form": form,
        "n": n,
        "top": top,
        "rows": rows,
        "links": links,
        "figure": figure,
        "share": share_context(
            request,
            "flows",
            reverse("flows_data", args=["json"]) + qs,
            reverse("flows_data", args=["csv"]) + qs,
            reverse("embed_flows") + qs,
        ),
    }
    return render_page(request, "timeline/flows.html", "chart", context)


@require_safe
def flows_data(request, fmt):
    form = FlowsForm(request.GET)
    if not form.is_valid():
        return invalid_parameters(form)
    n, top, rows, figure, links = _flows(form.cleaned_data)
    return data_response(fmt, "flows", queries.FLOWS_COLUMNS, rows, request)


@require_safe
@xframe_options_exempt
def embed_flows(request):
    form = FlowsForm(request.GET)
    if not form.is_valid():
        return invalid_parameters(form)
    n, top, rows, figure, links = _flows(form.cleaned_data)
    context = {
        "title": "Who hires from whom",
        "description": f"Moves between the {n} AI organisations with the most moves.",
        "figure": figure,
        "about_template": "timeline/_about_flows.html",
        "form": form,
        "full_url": reverse("flows") + current_query(request),
        "n": n,
        "rows": rows,
        "links": links,
    }
    response = render(request, "timeline/embed.html", context)
    response.headers["Content-Security-Policy"] = embed_policy()
    return response
