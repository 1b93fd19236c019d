"""Rules of the departures family (see ingest/rules/__init__.py for how a rule reads a skeleton)."""

from __future__ import annotations

from . import DESCRIPTION, GAP, ORG, ORG_REF, PEOPLE, PERSON, D, Example, P, Rule  # noqa: F401

RULES: tuple[Rule, ...] = ()
