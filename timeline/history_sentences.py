"""History rows as sentences ("organisation left cleared (was OpenAI)"), never "pk=None"."""

from django.core.exceptions import FieldDoesNotExist
from simple_history.template_utils import HistoricalRecordContextHelper


def _shown(field, value):
    if value is None or value == "":
        return None
    if type(value).__name__ == "DeletedObject":
        # simple_history's stand-in for a related row it cannot load: pk None when the field was empty.
        if value.pk is None:
            return None
        return f"a deleted {value.model._meta.verbose_name} (#{value.pk})"
    if field is not None and field.choices:
        return str(dict(field.flatchoices).get(value, value))
    return str(value)


def change_sentence(model, change):
    """One change of a history record, as a sentence."""
    try:
        field = model._meta.get_field(change.field)
        label = str(field.verbose_name)
    except FieldDoesNotExist:
        field, label = None, change.field.replace("_", " ")
    if change.field in ("from_org", "to_org"):
        label = "organisation left" if change.field == "from_org" else "organisation joined"
    if isinstance(change.new, bool):
        return f"{'marked' if change.new else 'no longer'} {label}"
    old, new = _shown(field, change.old), _shown(field, change.new)
    if new is None:
        return f"{label} cleared (was {old})" if old is not None else f"{label} unchanged"
    if old is None:
        return f"{label} set to {new}"
    return f"{label} changed from {old} to {new}"


class SentenceHistoryHelper(HistoricalRecordContextHelper):
    def context_for_delta_changes(self, delta):
        rows = super().context_for_delta_changes(delta)
        for row, change in zip(rows, delta.changes, strict=True):
            row["sentence"] = change_sentence(self.model, change)
        return rows


class SentenceHistoryMixin:
    """For a SimpleHistoryAdmin: each change in the history list reads as a sentence."""

    def get_historical_record_context_helper(self, request, historical_record):
        return SentenceHistoryHelper(self.model, historical_record)
