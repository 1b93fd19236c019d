"""One form per public view: the query string is the whole state of a view.

Every form is bound to request.GET; an invalid value gives a 400 naming the parameter
(`invalid_parameters`), never a 500. Empty values mean "not set". Unknown parameters
(utm_source and the like) are ignored.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import F
from django.http import HttpResponseBadRequest

from timeline import dates
from timeline.models import Article, Move, Organization, Person, Precision, normalize_name
from timeline.queries import MAX_PERIODS, PERIOD_MONTHS

DEFAULT_N = 10  # organisations shown when `n` is not given
PERIOD_CHOICES = [("year", "Year"), ("quarter", "Quarter"), ("month", "Month")]
# Careers in this data fit well inside these years; the bounds keep date arithmetic (and the
# number of periods a chart draws) finite.
MIN_YEAR, MAX_YEAR = 1900, 2100


class PartialDateField(forms.CharField):
    """ "2022", "2022-03" or "2022-03-05" → (date, precision); empty → None."""

    default_error_messages = {"invalid": "Enter a date as YYYY, YYYY-MM or YYYY-MM-DD (got %(value)s)."}

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 10)
        kwargs.setdefault("widget", forms.TextInput(attrs={"placeholder": "YYYY[-MM[-DD]]", "size": 10}))
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        try:
            parsed = dates.parse_iso(value)
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid", params={"value": value}) from None
        if not MIN_YEAR <= parsed[0].year <= MAX_YEAR:
            raise ValidationError(f"Enter a year from {MIN_YEAR} to {MAX_YEAR} (got {value}).", code="out_of_range")
        return parsed


class FlagInput(forms.CheckboxInput):
    """A checkbox that hands over the raw value, so that "confirmed=maybe" is an error, not True."""

    def __init__(self):
        super().__init__(attrs={"value": "1"}, check_test=lambda v: v in ("1", True))

    def value_from_datadict(self, data, files, name):
        return data.get(name)

    def format_value(self, value):
        return None  # the value attribute is always "1" (from attrs)


class FlagField(forms.TypedChoiceField):
    """A switch in the query string: "1" (on), "0" or absent (off); anything else is an error."""

    def __init__(self, **kwargs):
        super().__init__(
            choices=[("1", "yes"), ("0", "no")],
            coerce=lambda v: v == "1",
            empty_value=False,
            required=False,
            widget=FlagInput(),
            **kwargs,
        )


class SlugChoiceField(forms.ModelChoiceField):
    default_error_messages = {"invalid_choice": "No such %(model)s: %(value)s."}

    def __init__(self, queryset, **kwargs):
        super().__init__(queryset, to_field_name="slug", required=False, **kwargs)
        self.widget = forms.TextInput(attrs={"size": 16, "placeholder": "slug"})

    def to_python(self, value):
        try:
            return super().to_python(value)
        except ValidationError:
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"model": self.queryset.model._meta.verbose_name, "value": value},
            ) from None

    def prepare_value(self, value):
        return getattr(value, "slug", value)


class NameField(forms.CharField):
    """A person or organisation given by name, alias or slug (links from the charts carry
    slugs). The form's clean() resolves it; a name that matches nothing is kept in
    `form.unmatched` with the nearest names, so the page can say so and suggest them."""

    def __init__(self, model, names_url, **kwargs):
        self.model = model
        super().__init__(required=False, max_length=200, strip=True, **kwargs)
        self.names_url = names_url

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.update({"size": 18, "autocomplete": "off", "placeholder": "name"})
        return attrs

    def resolve(self, value):
        return self.model.objects.filter(slug=value).first() or self.model.objects.resolve(value)


class NamesForm(forms.Form):
    """Autocomplete: the names starting or containing what was typed, typos forgiven."""

    q = forms.CharField(max_length=200, required=False, strip=True)


class RangeForm(forms.Form):
    """A date range and the confirmed-only switch, shared by the chart views."""

    start = PartialDateField(label="From")
    end = PartialDateField(label="To")
    confirmed = FlagField(label="Confirmed moves only")

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and start[0] > dates.period_end(*end):
            self.add_error("end", "The end of the range comes before its start.")
        return data


def top_n_field(label):
    """How many organisations a chart shows: 2 to 50, DEFAULT_N when not given."""
    return forms.IntegerField(
        label=label,
        min_value=2,
        max_value=50,
        required=False,
        widget=forms.NumberInput(attrs={"placeholder": str(DEFAULT_N)}),
    )


class HomeForm(RangeForm):
    n = top_n_field("Organisations")


class OrganizationForm(RangeForm):
    period = forms.ChoiceField(label="Per", choices=PERIOD_CHOICES, required=False)
    units = FlagField(label="Include its units")
    rolling = FlagField(label="Net flow over a rolling year")

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and not self.errors:
            months = (end[0].year - start[0].year) * 12 + end[0].month - start[0].month + 1
            period = "month" if data.get("rolling") else data.get("period") or "year"
            if months / PERIOD_MONTHS[period] > MAX_PERIODS:
                self.add_error("period", f"The range holds more than {MAX_PERIODS} periods: choose a longer period.")
        return data


class OrganizationChartForm(OrganizationForm):
    chart = forms.ChoiceField(choices=[("flow", "Flow over time"), ("sankey", "Sankey")], required=False)


class PersonForm(forms.Form):
    confirmed = FlagField(label="Confirmed moves only")


class FlowsForm(RangeForm):
    n = top_n_field("Top organisations")
    group = forms.ChoiceField(
        label="Count units", choices=[("", "each on its own"), ("parent", "in their parent")], required=False
    )


class SearchForm(forms.Form):
    q = forms.CharField(label="Search", max_length=200, required=False, strip=True)


MOVE_SORTS = {
    # Undated moves come last either way (SQLite and PostgreSQL disagree by default).
    "date": (F("date").asc(nulls_last=True), "id"),
    "-date": (F("date").desc(nulls_last=True), "-id"),
    "person": ("person__name", "id"),
    "-person": ("-person__name", "-id"),
    "kind": ("kind", "id"),
    "-kind": ("-kind", "-id"),
    "status": ("status", "id"),
    "-status": ("-status", "-id"),
    "added": ("created_at", "id"),
    "-added": ("-created_at", "-id"),
}


class MoveFilterForm(RangeForm):
    person = NameField(Person, "names_people", label="Person")
    org = NameField(Organization, "names_organizations", label="Organisation")
    from_org = NameField(Organization, "names_organizations", label="From")
    to_org = NameField(Organization, "names_organizations", label="To")
    kind = forms.ChoiceField(choices=[("", "any")] + Move.Kind.choices, required=False)
    status = forms.ChoiceField(
        choices=[("", "any"), (Move.Status.UNREVIEWED, "Unreviewed"), (Move.Status.CONFIRMED, "Confirmed")],
        required=False,
    )
    article = forms.ModelChoiceField(
        Article.objects.all(),
        required=False,
        widget=forms.NumberInput(attrs={"size": 6}),
        error_messages={"invalid_choice": "No such article."},
    )
    undated = FlagField(label="Undated only")
    # What the charts' clicks need to list exactly the moves a bar or link counts.
    units = FlagField(label="Organisations with their units (moves within one left out)")
    no_from = FlagField(label="“From” not stated")
    no_to = FlagField(label="“To” not stated")
    precision = forms.ChoiceField(
        label="Dated to",
        choices=[("", "any"), ("year", "the year only"), ("sub-year", "the month or day"), ("unknown", "undated")],
        required=False,
    )
    sort = forms.ChoiceField(choices=[(k, k) for k in MOVE_SORTS], required=False)
    page = forms.IntegerField(min_value=1, required=False, widget=forms.HiddenInput)

    NAME_FIELDS = ("person", "org", "from_org", "to_org")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["start"].label = "Dated from"
        self.fields["end"].label = "to"
        self.unmatched = []  # [(field name, value typed, [nearest records])]

    def clean(self):
        data = super().clean()
        for name in self.NAME_FIELDS:
            value = data.get(name)
            if not value:
                data[name] = None
                continue
            field = self.fields[name]
            found = field.resolve(value)
            if found is None:
                from timeline import search

                ids = search.find_names(field.model, value, 5)
                nearest = field.model.objects.in_bulk(ids)
                self.unmatched.append((name, value, [nearest[pk] for pk in ids if pk in nearest]))
            data[name] = found
        return data

    def unmatched_messages(self):
        """ "No organisation matches “Metta”. Nearest names: Meta, Metaculus." per field."""
        lines = []
        for name, value, nearest in self.unmatched:
            kind = "person" if self.fields[name].model is Person else "organisation"
            text = f"No {kind} matches “{value}”."
            if nearest:
                text += " Nearest names: " + ", ".join(str(n) for n in nearest) + "."
            lines.append((name, text))
        return lines


SORT_LABELS = {"name": "Name", "moves_in": "Moves in", "moves_out": "Moves out", "latest": "Latest move"}
ARTICLE_SORT_LABELS = {"name": "Title", "published": "Published", "moves": "Moves"}


class DirectoryForm(forms.Form):
    """A directory page: a name filter, a sort and a page."""

    q = forms.CharField(label="Name", max_length=200, required=False, strip=True)
    sort = forms.ChoiceField(required=False)
    page = forms.IntegerField(min_value=1, required=False, widget=forms.HiddenInput)

    def __init__(self, *args, sorts=SORT_LABELS, **kwargs):
        super().__init__(*args, **kwargs)
        keys = [k for column in sorts for k in (column, f"-{column}")]
        self.fields["sort"].choices = [(k, k) for k in keys]


def invalid_parameters(form):
    """A plain-text 400 naming each bad parameter: "Invalid parameter 'period': …"."""
    lines = [f"Invalid parameter '{name}': {' '.join(errors)}" for name, errors in form.errors.items()]
    response = HttpResponseBadRequest("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    # For a browser's page load, timeline.errors renders this inside the site's layout.
    response.bad_parameters = {name: list(errors) for name, errors in form.errors.items()}
    return response


# The curation desk ---------------------------------------------------------------------------

# Words by which a sentence speaks of a move still to come ("will join in March").
FUTURE_WORDS = re.compile(
    r"\b(?:will|would|is set to|are set to|plans? to|is expected to|next (?:week|month|year)|upcoming|"
    r"later this (?:month|year)|in the coming|starting|effective)\b",
    re.IGNORECASE,
)


def date_after_publication(value, precision, sources):
    """An error message when a move's date is after its article's publication by more than the
    text allows, else None. `sources` is [(published, sentence)]. A date in the publication's own
    year or month (at that precision) is fine; a later one needs a sentence that speaks of the
    future, and then at most a year ahead, or a sentence naming that year."""
    dated = [(published, sentence) for published, sentence in sources if published]
    if value is None or precision not in ("day", "month", "year") or not dated:
        return None
    latest = max(published for published, _ in dated)
    first = dates.normalize(value, precision)[0]
    if first <= latest:
        return None
    sentences = [sentence for _, sentence in dated]
    if any(str(first.year) in s for s in sentences):
        return None
    if any(FUTURE_WORDS.search(s) for s in sentences) and first <= latest.replace(year=latest.year + 1):
        return None
    return (
        f"The date is after the article's publication ({latest:%d %B %Y}) and its sentence does not say "
        "the move is still to come: check the year."
    )


def check_move(form, data, sources):
    """What every move form checks: from and to differ; the date is not after publication."""
    from_org, to_org = data.get("from_org"), data.get("to_org")
    if from_org and to_org and normalize_name(str(from_org)) == normalize_name(str(to_org)):
        form.add_error("to_org", "A move goes from one organisation to another: “from” and “to” are the same.")
    message = date_after_publication(data.get("date"), data.get("date_precision"), sources)
    if message:
        form.add_error("date", message)


class MoveFromSentenceForm(forms.Form):
    """A move a curator reads in a sentence the extractor passed over. Names, not records: a
    person or organisation not yet known is created, an alias resolves to its record."""

    person = forms.CharField(max_length=200, help_text="Full name; an alias finds the known person.")
    from_org = forms.CharField(label="From", max_length=200, required=False, help_text="Organisation left.")
    to_org = forms.CharField(label="To", max_length=200, required=False, help_text="Organisation joined.")
    kind = forms.ChoiceField(choices=Move.Kind.choices)
    role = forms.CharField(max_length=200, required=False, help_text="Title or team, e.g. “chief scientist”.")
    date = forms.DateField(
        required=False, help_text="Any day in the period: the precision says how much of it is known."
    )
    date_precision = forms.ChoiceField(choices=Precision.choices, initial=Precision.UNKNOWN)
    status = forms.ChoiceField(
        choices=[(Move.Status.CONFIRMED, "Confirmed"), (Move.Status.UNREVIEWED, "Unreviewed")],
        initial=Move.Status.CONFIRMED,
    )

    def __init__(self, *args, article, sentence, **kwargs):
        super().__init__(*args, **kwargs)
        self.article, self.sentence = article, sentence

    def clean(self):
        data = super().clean()
        if not data.get("from_org") and not data.get("to_org"):
            raise ValidationError("A move needs the organisation left, the one joined, or both.")
        value, precision = data.get("date"), data.get("date_precision")
        if value and precision == Precision.UNKNOWN:
            self.add_error("date_precision", "Say how much of the date is known: year, month or day.")
        if not value and precision and precision != Precision.UNKNOWN:
            self.add_error("date", "Give the date, or set the precision to Unknown.")
        check_move(self, data, [(self.article.published, self.sentence)])
        return data


class AddArticleForm(forms.Form):
    """An article added from the desk: a file, or text pasted in. It goes through the same ingest
    as `manage.py ingest`."""

    file = forms.FileField(required=False, help_text=".txt, .md or .html, up to 2 MiB.")
    text = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 16, "cols": 100}), help_text="Or paste the text."
    )
    title = forms.CharField(max_length=500, required=False, help_text="Headline (else the first line).")
    source_url = forms.URLField(max_length=1000, required=False, assume_scheme="https", label="Source URL")
    published = forms.DateField(required=False, help_text="Publication date: relative dates are resolved against it.")

    def clean(self):
        data = super().clean()
        if bool(data.get("file")) == bool((data.get("text") or "").strip()):
            raise ValidationError("Upload a file or paste the text (one of the two).")
        upload = data.get("file")
        if upload and upload.name.rsplit(".", 1)[-1].lower() not in ("txt", "md", "html", "htm"):
            self.add_error("file", "An article is a .txt, .md or .html file.")
        return data
