"""Assemble a report from its sections; each section is a list of table builders.

Every builder takes the report's Context and returns a Table (or None when it
has nothing to show), so the benchmark can time each one the same way. All
queries of one report run on one connection: one snapshot of the database,
even while an ingest writes to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine

from tracker.reports import breakdowns, listings, standards, tallies
from tracker.reports.context import Context, PeriodChoice
from tracker.reports.model import Report, Section, Table
from tracker.reports.scope import Scope
from tracker.reports.summary import overview, standards_summary

DEFAULT_LIMIT = 50


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


Builder = Callable[[Context], Table | None]


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str
    intro: str
    builders: tuple[Builder, ...]
    # Makes a table that leads the section from the tables the builders made.
    lead: Callable[[list[Table]], Table] | None = None


SECTIONS = (
    SectionSpec(
        "summary",
        "Summary",
        "How the reporting in scope is sourced.",
        (overview, tallies.sourcing_status, tallies.source_kinds),
    ),
    SectionSpec(
        "anonymous",
        "Anonymous sourcing",
        "What rests on unnamed sources, how they are described and why they were "
        "granted anonymity.",
        (
            listings.anonymous_only_claims,
            tallies.justification_reasons,
            listings.unjustified_sources,
            tallies.descriptors,
            listings.vague_attributions,
        ),
    ),
    SectionSpec(
        "standards",
        "Standards checks",
        "Passages that newsroom anonymity rules make checkable in the text. Each flag "
        "is a prompt for an editor to read the passage, not a finding of fault.",
        standards.CHECKS,
        lead=standards_summary,
    ),
    SectionSpec(
        "articles",
        "By article, outlet and byline",
        "Where anonymous sourcing concentrates.",
        (breakdowns.per_article, breakdowns.per_outlet, breakdowns.per_byline),
    ),
    SectionSpec(
        "voices", "Named sources", "Whose voices are heard by name.", (tallies.named_voices,)
    ),
    SectionSpec("trend", "Over time", "", (breakdowns.trend,)),
)


def build_section(spec: SectionSpec, ctx: Context) -> Section | None:
    tables = [table for build in spec.builders if (table := build(ctx)) is not None]
    if spec.lead is not None:
        tables.insert(0, spec.lead(tables))
    return Section(spec.key, spec.title, spec.intro, tables) if tables else None


def build_report(
    engine: Engine,
    scope: Scope | None = None,
    *,
    limit: int | None = DEFAULT_LIMIT,
    period: PeriodChoice = "auto",
) -> Report:
    """The sourcing audit of the articles in `scope` (all of them by default).

    `limit` caps each listing (None: every row); totals always count every row.
    `period` picks the trend's unit; "auto" chooses from the span of dates.
    """
    scope = scope or Scope()
    with (
        engine.connect() as connection,
        connection.begin(),
        Context(connection, scope, limit, period) as ctx,
    ):
        sections = [section for spec in SECTIONS if (section := build_section(spec, ctx))]
    return Report("Sourcing audit", scope.describe(), now(), sections)
