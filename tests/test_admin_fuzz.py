"""Every admin change list, its every query parameter, hostile values: never a server error.

A staff user can type anything into the address bar of a change list. Each filter, each
field lookup the change list accepts, ordering, paging and search get values that have broken
such lists before: a superscript digit (`'²'.isdigit()` is true, `int('²')` fails), a number
past 64 bits, a NUL byte (PostgreSQL refuses it in a string), words where numbers go. Django
answers a lookup it cannot apply with a redirect to `?e=1`; anything but a 500 passes.

Every parameter gets the CORE values and a seeded sample of the others, so the suite stays
quick; `ADMIN_FUZZ_FULL=1` tries every value on every parameter (about 7,000 requests).
"""

import os
import random

import pytest
from django.contrib import admin
from django.contrib.admin import SimpleListFilter
from django.db import models
from django.urls import reverse

HOSTILE = [
    "²",
    "٣",
    "9" * 30,
    "-1",
    "0",
    "1.5",
    "abc",
    "\x00",
    "' OR 1=1 --",
    "%",
    "<script>alert(1)</script>",
    "2024-13-45",
    "9999-12-31",
    "10000-01-01",
    "1e309",
    "NaN",
    "True",
    "☃" * 300,
    "1,x,²",
    "",
]
# The values most likely to break a query: every parameter gets these.
CORE = ["²", "9" * 30, "\x00", "abc"]
FULL = bool(os.environ.get("ADMIN_FUZZ_FULL"))
GENERIC = ["o", "p", "q", "all", "e", "_to_field", "_popup", "_changelist_filters"]


def change_lists():
    return sorted(
        ((model, model_admin) for model, model_admin in admin.site._registry.items()),
        key=lambda item: item[0]._meta.label,
    )


def field_lookups(model):
    """(lookup, values) for each field: `exact` gets the CORE values, the others one each."""
    for field in model._meta.get_fields():
        if not getattr(field, "concrete", False) or field.auto_created and not field.primary_key:
            continue
        name = f"{field.name}__id" if isinstance(field, models.ForeignKey) else field.name
        yield f"{name}__exact", CORE
        yield f"{name}__gte", ["9" * 30]
        yield f"{name}__in", ["1,x,²"]
        yield f"{name}__isnull", ["abc"]


def filter_parameters(model_admin, request_factory, user):
    names = set()
    for spec in model_admin.list_filter:
        if isinstance(spec, type) and issubclass(spec, SimpleListFilter):
            names.add(spec.parameter_name)
    request = request_factory.get("/")
    request.user = user
    changelist = model_admin.get_changelist_instance(request)
    for spec in changelist.filter_specs:
        names.update(spec.expected_parameters())
    if model_admin.date_hierarchy:
        names.update(f"{model_admin.date_hierarchy}__{part}" for part in ("year", "month", "day"))
    return sorted(names)


@pytest.fixture
def staff(admin_client, admin_user, make_move):
    """A superuser (staff, every change list, users included) and a few rows to list."""
    make_move("Ada Example", from_org="Globex", to_org="Acme AI", date="2022-03", status="confirmed")
    make_move("Bo Sample", to_org="Acme AI", date="2021")
    make_move("Cy Test", from_org="Acme AI", date=None)
    return admin_client


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "model_admin"), change_lists(), ids=lambda x: getattr(x, "__name__", str(x)))
def test_no_change_list_parameter_gives_a_server_error(staff, admin_user, rf, model, model_admin):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    assert staff.get(url).status_code == 200
    filters = filter_parameters(model_admin, rf, admin_user)
    rng = random.Random(f"{model._meta.label}-10")
    others = [v for v in HOSTILE if v not in CORE]
    tried = []
    for name in filters + GENERIC:
        for value in HOSTILE if FULL else CORE + rng.sample(others, k=4):
            tried.append({name: value})
    for name, values in field_lookups(model):
        for value in HOSTILE if FULL else values:
            tried.append({name: value})
    # And some mixtures: several bad parameters at once, as a pasted URL would have.
    names = filters + GENERIC + [name for name, _ in field_lookups(model)]
    for _ in range(200 if FULL else 20):
        tried.append({name: rng.choice(HOSTILE) for name in rng.sample(names, k=min(3, len(names)))})
    failures = []
    for params in tried:
        response = staff.get(url, params)
        if response.status_code >= 500:
            failures.append(params)
    assert not failures, failures
    assert len(tried) > 50


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["²", "٣", "9" * 30, "-5", "x"])
@pytest.mark.parametrize("parameter", ["org", "article"])
def test_a_bad_id_in_the_organisation_or_article_filter_lists_every_move(staff, parameter, value):
    response = staff.get(reverse("admin:timeline_move_changelist"), {parameter: value})
    assert response.status_code == 200
    assert response.context["cl"].result_count == 3


@pytest.mark.django_db
def test_a_good_id_in_the_organisation_filter_still_filters(staff):
    from timeline.models import Organization

    globex = Organization.objects.get(name="Globex")
    response = staff.get(reverse("admin:timeline_move_changelist"), {"org": str(globex.pk)})
    assert response.context["cl"].result_count == 1
