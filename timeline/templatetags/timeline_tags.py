from django import template
from django.urls import NoReverseMatch, reverse

from timeline import dates

register = template.Library()


@register.filter
def partial_date(value, precision):
    """{{ role.start_date|partial_date:role.start_precision }} → "2022", "Mar 2022", "5 Mar 2022"."""
    return dates.display(value, precision)


@register.simple_tag
def admin_url(obj):
    """The admin change page of `obj`, or "" while its model is not in the admin.

    Only called under {% if can_edit %}, which the view sets from the user's permission."""
    meta = obj._meta
    try:
        return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return ""


@register.filter
def iso_date(value, unknown="unknown"):
    """A partial ISO date from chart rows ("2022-03") shown as a person reads it ("Mar 2022")."""
    return dates.display(*dates.parse_iso(value)) if value else unknown


@register.filter
def minus(value, other):
    return (value or 0) - (other or 0)


@register.filter
def by_month(value):
    """A "no later than" bound ("2025-07-10") as the month it falls in: "Jul 2025"."""
    return dates.display(dates.parse_iso(value)[0], dates.MONTH) if value else ""


@register.filter
def figure_is_empty(figure):
    """True when no trace of a Plotly figure dict has a point, bar or link to draw: the page
    then says so instead of drawing empty axes over dates nobody asked for."""
    for trace in figure.get("data", []):
        if trace.get("type") == "sankey":
            if trace.get("link", {}).get("value"):
                return False
        elif any(v is not None for v in trace.get("x") or trace.get("y") or []):
            return False
    return True
