"""Two scopes side by side (two outlets, two periods): totals, shares, flags, and the change."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine

from tracker.reports import standards, summary, tallies
from tracker.reports.build import now
from tracker.reports.context import Context
from tracker.reports.model import Column, ColumnKind, Report, Section, Table
from tracker.reports.scope import Scope

Figures = dict[str, tuple[str, Any]]  # key -> (label, value)


def _side(connection: Connection, scope: Scope) -> tuple[Figures, Figures]:
    """The counts and the shares compared, for one scope."""
    with Context(connection, scope, limit=0) as ctx:  # limit 0: flags counted, none listed
        totals = summary.overview(ctx).rows
        flags = [check(ctx) for check in standards.CHECKS]
        status = tallies.sourcing_status(ctx).rows
        kinds = tallies.source_kinds(ctx).rows
    counts = {row["key"]: (row["metric"], row["count"]) for row in totals}
    counts |= {t.name: (f"Flags: {t.title}", t.total) for t in flags}
    shares = {
        row["key"]: (row["metric"], row["share"]) for row in totals if row["share"] is not None
    }
    for row in status:
        shares[f"claims_{row['sourcing']}"] = (
            f"Claims sourced {row['sourcing']}",
            row["claims_share"],
        )
    for row in kinds:
        shares[f"kind_{row['kind']}"] = (
            f"Attributions from {row['kind']}",
            row["attributions_share"],
        )
    return counts, shares


def _compared(
    name: str, title: str, first: Figures, second: Figures, kind: ColumnKind, sides: tuple[str, str]
) -> Table:
    rows = []
    for key in dict.fromkeys([*first, *second]):
        label = (first.get(key) or second[key])[0]
        a, b = (side.get(key, (label, None))[1] for side in (first, second))
        change = None if a is None or b is None else b - a
        rows.append({"key": key, "measure": label, "first": a, "second": b, "change": change})
    return Table(
        name,
        title,
        [
            Column("key", "Key", "hidden"),
            Column("measure", "Measure"),
            Column("first", sides[0], kind),
            Column("second", sides[1], kind),
            Column("change", "Change", "change" if kind == "count" else "points"),
        ],
        rows,
    )


def build_comparison(engine: Engine, first: Scope, second: Scope) -> Report:
    """Two scopes side by side; the change is the second minus the first."""
    with engine.connect() as connection, connection.begin():
        (counts_a, shares_a), (counts_b, shares_b) = (
            _side(connection, first),
            _side(connection, second),
        )
    sides = (first.describe(), second.describe())
    tables = [
        _compared("comparison_counts", "Counts", counts_a, counts_b, "count", sides),
        _compared("comparison_shares", "Shares", shares_a, shares_b, "share", sides),
    ]
    intro = f"Change: the second minus the first ({sides[1]} minus {sides[0]})."
    return Report(
        "Sourcing audit: comparison",
        f"{sides[0]} vs {sides[1]}",
        now(),
        [Section("comparison", "Side by side", intro, tables)],
    )
