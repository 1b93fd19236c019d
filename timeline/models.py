"""The career graph: people, organisations, the moves between them, and the evidence.

Every Move carries one or more Evidence rows (article + sentence + offsets), so any point on
a chart traces back to the words that support it. Dates carry their precision.
"""

import re
import unicodedata

from django.db import models
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from timeline import dates


class Precision(models.TextChoices):
    DAY = "day", "Day"
    MONTH = "month", "Month"
    YEAR = "year", "Year"
    UNKNOWN = "unknown", "Unknown"


def normalize_name(name):
    """Key for resolving names: case, accents, punctuation and a possessive 's folded away."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’]s\b", "", text)
    return " ".join(re.split(r"[^a-z0-9]+", text)).strip()


def unique_slug(model, name, exclude_pk=None):
    base = slugify(name)[:80] or "item"
    slug, n = base, 2
    qs = model.objects.all()
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    while qs.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


class NamedQuerySet(models.QuerySet):
    def resolve(self, name):
        """The record called `name` or known by it as an alias, else None."""
        key = normalize_name(name)
        if not key:
            return None
        # Two indexed look-ups: an OR across the alias join would scan the table.
        return self.filter(name_key=key).order_by("pk").first() or self.filter(aliases__name_key=key).first()

    def public(self):
        """Only records with a move the public pages show: a person whose only move was
        rejected, or removed by a re-ingest, is not listed, counted or found."""
        visible = Move.objects.visible()
        if self.model is Person:
            return self.filter(Exists(visible.filter(person=OuterRef("pk"))))
        return self.filter(
            Exists(visible.filter(to_org=OuterRef("pk"))) | Exists(visible.filter(from_org=OuterRef("pk")))
        )


class Organization(models.Model):
    name = models.CharField(max_length=200, help_text="Canonical name, as it should be shown.")
    name_key = models.CharField(max_length=200, db_index=True, editable=False)
    slug = models.SlugField(max_length=100, unique=True, help_text="Used in the page address.")
    website = models.URLField(blank=True, help_text="Optional home page.")
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="units",
        help_text="The organisation this one is a unit of (Google DeepMind: Google). Its page can "
        "include its units, and moves between it and its units are internal there.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    objects = NamedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name_key = normalize_name(self.name)
        if not self.slug:
            self.slug = unique_slug(Organization, self.name, self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("organization_detail", args=[self.slug])


class OrganizationAlias(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200, help_text="Another name the organisation goes by.")
    name_key = models.CharField(max_length=200, unique=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "organization aliases"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name_key = normalize_name(self.name)
        super().save(*args, **kwargs)


class Person(models.Model):
    name = models.CharField(max_length=200, help_text="Full name, as it should be shown.")
    name_key = models.CharField(max_length=200, db_index=True, editable=False)
    slug = models.SlugField(max_length=100, unique=True, help_text="Used in the page address.")
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    objects = NamedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name_key = normalize_name(self.name)
        if not self.slug:
            self.slug = unique_slug(Person, self.name, self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("person_detail", args=[self.slug])


class PersonAlias(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200, help_text="Another full name the person goes by.")
    name_key = models.CharField(max_length=200, unique=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "person aliases"

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.name_key = normalize_name(self.name)
        super().save(*args, **kwargs)


class Article(models.Model):
    filename = models.CharField(max_length=255, db_index=True, help_text="File name it was ingested from.")
    # What ingest knows the article by: its source URL when the file gives one, else the file's
    # absolute path, so index.html in two folders stays two articles. NULL for rows written
    # before this existed (ingest adopts them by file name) and for rows made by hand.
    identity = models.CharField(max_length=1000, unique=True, null=True, blank=True, editable=False)
    title = models.CharField(max_length=500, blank=True, help_text="Headline.")
    source_url = models.URLField(max_length=1000, blank=True, help_text="Where the article was published.")
    published = models.DateField(
        null=True,
        blank=True,
        help_text="Publication date. Relative dates in the text (“last week”) are resolved against it; "
        "changing it re-resolves them for moves not yet curated.",
    )
    published_curated = models.BooleanField(
        default=False,
        help_text="Set when a curator sets the publication date: re-ingesting the file then keeps it.",
    )
    text = models.TextField(help_text="Body text; evidence offsets point into it.")
    content_hash = models.CharField(max_length=64, editable=False)
    ingested_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["text"])

    class Meta:
        ordering = ["-published", "filename"]
        indexes = [
            # The admin move list's article filter offers the newest articles: no sort of them all.
            models.Index(fields=["ingested_at", "id"], name="timeline_article_ingested"),
        ]

    def __str__(self):
        return self.title or self.filename

    def get_absolute_url(self):
        return reverse("article_detail", args=[self.pk])


class MoveQuerySet(models.QuerySet):
    def visible(self):
        """What the public pages show: everything but rejected moves."""
        return self.exclude(status=Move.Status.REJECTED)

    def confirmed(self):
        return self.filter(status=Move.Status.CONFIRMED)

    def with_related(self):
        return self.select_related("person", "from_org", "to_org")

    def involving(self, organization):
        return self.filter(Q(from_org=organization) | Q(to_org=organization))

    def with_source_counts(self):
        return self.annotate(source_count=Count("evidence", distinct=True))


class Move(models.Model):
    class Kind(models.TextChoices):
        JOIN = "join", "Joined"
        LEAVE = "leave", "Left"
        MOVE = "move", "Moved"
        REJOIN = "rejoin", "Rejoined"
        FOUND = "found", "Founded"

    class Status(models.TextChoices):
        UNREVIEWED = "unreviewed", "Unreviewed"
        CONFIRMED = "confirmed", "Confirmed"
        REJECTED = "rejected", "Rejected"

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="moves", help_text="Who moved.")
    from_org = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="moves_out",
        help_text="Organisation left (empty when the article only says where they went).",
    )
    to_org = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="moves_in",
        help_text="Organisation joined (empty when the article only says what they left).",
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, help_text="What kind of move this is.")
    role = models.CharField(max_length=200, blank=True, help_text="Title or team, e.g. “chief scientist”.")
    date = models.DateField(
        null=True,
        blank=True,
        help_text="First day of the known period: 2022 is stored as 2022-01-01 with precision “year”.",
    )
    date_precision = models.CharField(
        max_length=10,
        choices=Precision.choices,
        default=Precision.UNKNOWN,
        help_text="How much of the date is known. A year-only date is shown as the year, never as 1 January.",
    )
    date_phrase = models.CharField(
        max_length=100, blank=True, help_text="The words the date came from (“in 2022”, “last week”)."
    )
    date_relative = models.BooleanField(
        default=False, help_text="The date depends on the article's publication date (“last week”)."
    )
    status = models.CharField(
        max_length=12,
        choices=Status.choices,
        default=Status.UNREVIEWED,
        db_index=True,
        help_text="Rejected moves are hidden everywhere and never come back on re-ingest.",
    )
    rule = models.CharField(
        max_length=60,
        blank=True,
        editable=False,
        help_text="The extraction rule that read this move from its first article (empty when a curator typed it).",
    )
    confidence = models.FloatField(
        default=1.0,
        editable=False,
        db_index=True,
        help_text="How far the extraction is to be trusted, 0 to 1: from the rule, the evidence and the number "
        "of sources. A move a curator typed in is 1.",
    )
    no_later_than = models.DateField(
        null=True,
        blank=True,
        editable=False,
        help_text="The earliest publication date among its sources: the move happened by then "
        "(what bounds an undated move).",
    )
    curated = models.BooleanField(
        default=False,
        help_text="Set when a curator changes anything: ingest then never overwrites or removes this move.",
    )
    # What the extractor first said, kept through curator edits so that a re-ingest finds this
    # move again instead of adding a duplicate.
    fingerprint = models.CharField(max_length=64, db_index=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = MoveQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(from_org__isnull=False) | Q(to_org__isnull=False),
                name="timeline_move_has_an_organization",
            ),
            models.CheckConstraint(
                condition=Q(date__isnull=True, date_precision="unknown")
                | Q(date__isnull=False, date_precision__in=["day", "month", "year"]),
                name="timeline_move_date_matches_precision",
            ),
        ]
        indexes = [
            # Organisation pages: inflow/outflow over time.
            models.Index(fields=["to_org", "date"], name="timeline_move_to_org_date"),
            models.Index(fields=["from_org", "date"], name="timeline_move_from_org_date"),
            # Person pages: the moves of one person in order.
            models.Index(fields=["person", "date"], name="timeline_move_person_date"),
            # The admin's move list, newest first, whole or by status: a page of 100 without
            # sorting every move.
            models.Index(fields=["date", "id"], name="timeline_move_date_id"),
            models.Index(fields=["status", "date", "id"], name="timeline_move_status_date_id"),
        ]

    def __str__(self):
        return f"{self.person} {self.route} ({self.date_display})"

    def save(self, *args, **kwargs):
        self.date, self.date_precision = dates.normalize(self.date, self.date_precision)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"{reverse('person_detail', args=[self.person.slug])}#move-{self.pk}"

    @property
    def route(self):
        left = self.from_org.name if self.from_org_id else "…"
        right = self.to_org.name if self.to_org_id else "…"
        return f"{left} → {right}"

    @property
    def date_iso(self):
        return dates.iso(self.date, self.date_precision)

    @property
    def date_display(self):
        return dates.display(self.date, self.date_precision)

    @property
    def bound_display(self):
        """ "by Jul 2025" for an undated move whose earliest source is dated, else ""."""
        if self.date is not None or self.no_later_than is None:
            return ""
        return f"by {dates.display(self.no_later_than, dates.MONTH)}"


class Evidence(models.Model):
    move = models.ForeignKey(Move, on_delete=models.CASCADE, related_name="evidence")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="evidence")
    sentence = models.TextField(help_text="The sentence that supports the move.")
    start = models.PositiveIntegerField(null=True, blank=True, help_text="Offset of the sentence in the text.")
    end = models.PositiveIntegerField(null=True, blank=True)
    # The date this article itself stated, which may be less precise than the move's ("2024"
    # beside another article's "May 2024"): a move merges reports, each keeps its own.
    date = models.DateField(null=True, blank=True, help_text="The date as this article stated it.")
    date_precision = models.CharField(
        max_length=10, choices=Precision.choices, default=Precision.UNKNOWN, help_text="How much of it is known."
    )
    rule = models.CharField(max_length=60, blank=True, help_text="The extraction rule that read this sentence.")
    confidence = models.FloatField(default=1.0, help_text="This sentence's own support for the move, 0 to 1.")

    class Claim(models.TextChoices):
        BOTH = "both", "Left one organisation for another"
        OUT = "out", "Left an organisation"
        IN = "in", "Joined an organisation"

    claim = models.CharField(
        max_length=4,
        choices=Claim.choices,
        default=Claim.BOTH,
        help_text="Which sides of the move this article itself states: a move merged from \u201cleft A\u201d and "
        "\u201cA \u2192 B\u201d keeps that the first article only said \u201cleft A\u201d.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["article_id", "start"]
        verbose_name_plural = "evidence"
        constraints = [
            models.UniqueConstraint(fields=["move", "article", "sentence"], name="timeline_evidence_unique_sentence")
        ]

    def __str__(self):
        return f"{self.article}: {self.sentence[:80]}"

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#evidence-{self.pk}"

    @property
    def date_display(self):
        return dates.display(self.date, self.date_precision)


class Role(models.Model):
    """A tenure: a person at an organisation from a start to an end (open end = to present)."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="roles")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="roles")
    title = models.CharField(max_length=200, blank=True, help_text="Title or team held.")
    start_date = models.DateField(null=True, blank=True, help_text="First day of the known period.")
    start_precision = models.CharField(
        max_length=10, choices=Precision.choices, default=Precision.UNKNOWN, help_text="How much of it is known."
    )
    end_date = models.DateField(null=True, blank=True, help_text="First day of the known period.")
    end_precision = models.CharField(
        max_length=10, choices=Precision.choices, default=Precision.UNKNOWN, help_text="How much of it is known."
    )
    ended = models.BooleanField(
        default=False, help_text="The tenure is over (its end date may still be unknown); unticked = to present."
    )
    start_move = models.ForeignKey(
        Move, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", help_text="Move that began it."
    )
    end_move = models.ForeignKey(
        Move, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", help_text="Move that ended it."
    )
    curated = models.BooleanField(default=False, help_text="Edited by a curator: never rebuilt from moves.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["person", "start_date", "id"]
        indexes = [models.Index(fields=["organization", "start_date"], name="timeline_role_org_start")]

    def __str__(self):
        return f"{self.person} at {self.organization} ({self.span_display})"

    def save(self, *args, **kwargs):
        self.start_date, self.start_precision = dates.normalize(self.start_date, self.start_precision)
        self.end_date, self.end_precision = dates.normalize(self.end_date, self.end_precision)
        if self.end_date is not None:
            self.ended = True
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return self.person.get_absolute_url()

    @property
    def is_current(self):
        return not self.ended

    @property
    def span_display(self):
        start = dates.display(self.start_date, self.start_precision, unknown="?")
        if not self.ended:
            return f"{start} – present"
        return f"{start} – {dates.display(self.end_date, self.end_precision, unknown='?')}"


class OrganizationMoveCount(models.Model):
    """Moves to ("in") and from ("out") an organisation per year, and (organisation 0, side
    "all") every move, in two buckets: "visible" (all but rejected) and "confirmed". Kept by
    triggers on the moves table (timeline/summary.py), read by the home and flows pages.
    Year 0: undated; year -1: all years."""

    side = models.CharField(max_length=3)
    bucket = models.CharField(max_length=12)
    year = models.IntegerField()
    organization_id = models.BigIntegerField()
    n = models.IntegerField()

    class Meta:
        constraints = [
            # Also the index of every read: a side and a bucket, a year or a range of years.
            models.UniqueConstraint(
                fields=["side", "bucket", "year", "organization_id"], name="timeline_orgmovecount_unique_key"
            )
        ]
        indexes = [
            # The home page's count of people (and organisations) with a move: the rows that are
            # not zero, counted from the index alone.
            models.Index(
                fields=["side", "bucket", "year", "n", "organization_id"],
                condition=models.Q(n__gt=0),
                name="timeline_orgmovecount_nonzero",
            )
        ]

    def __str__(self):
        return f"{self.side} {self.organization_id} {self.year} {self.bucket}: {self.n}"


class PairMoveCount(models.Model):
    """Moves from one organisation to another per year and bucket (see OrganizationMoveCount)."""

    bucket = models.CharField(max_length=12)
    year = models.IntegerField()
    from_id = models.BigIntegerField()
    to_id = models.BigIntegerField()
    n = models.IntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["bucket", "year", "from_id", "to_id"], name="timeline_pairmovecount_unique_key"
            )
        ]

    def __str__(self):
        return f"{self.from_id} → {self.to_id} {self.year} {self.bucket}: {self.n}"


class PersonMoveSummary(models.Model):
    """Per person, over the visible moves (all but rejected): how many, how many to an
    organisation (in), from one (out), and the newest date. Kept by triggers on the moves and
    people tables (timeline/summary.py); the people directory sorts on it through indexes
    that `summary.install` creates, so a page reads its 50 rows, not every person's moves.
    `name` is a copy of the person's name: the sorts' tie-break, in the same index."""

    person = models.OneToOneField(
        Person,
        on_delete=models.DO_NOTHING,
        db_constraint=False,  # the triggers add and remove rows; no constraint to order deletes by
        primary_key=True,
        related_name="move_summary",
    )
    name = models.CharField(max_length=200)
    moves = models.IntegerField()
    n_in = models.IntegerField()
    n_out = models.IntegerField()
    latest = models.DateField(null=True)

    def __str__(self):
        return f"{self.name}: {self.moves} moves, latest {self.latest}"


class ArticleMoveSummary(models.Model):
    """Per article, how many visible moves it supports, with its title beside: one row per
    article, kept by triggers on the articles, evidence and moves tables (timeline/summary.py),
    so the articles directory sorted by moves walks an index instead of counting evidence for
    every article."""

    article = models.OneToOneField(
        Article,
        on_delete=models.DO_NOTHING,
        db_constraint=False,  # the triggers add and remove rows
        primary_key=True,
        related_name="move_summary",
    )
    title = models.CharField(max_length=500)
    moves = models.IntegerField()

    def __str__(self):
        return f"{self.title}: {self.moves} moves"
