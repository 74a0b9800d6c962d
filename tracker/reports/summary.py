"""The tables that open a report and its standards section: totals, and flags by rule."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from tracker.reports.context import Context
from tracker.reports.model import Column, Table
from tracker.reports.sql import summed
from tracker.reports.stats import labelled, rollup
from tracker.store import models as orm

S = orm.Source

OVERVIEW = (
    # (key, label, the key it is a share of)
    ("articles", "Articles", None),
    ("sources", "Sources", None),
    ("anonymous_sources", "Anonymous sources", "sources"),
    ("attributions", "Attributions", None),
    ("anonymous_attributions", "Anonymous attributions", "attributions"),
    ("claims", "Claims", None),
    ("anonymous_only_claims", "Claims resting only on anonymous sources", "claims"),
    ("anonymous_leads", "Articles whose lead claim is anonymous", "articles"),
    ("unjustified_sources", "Anonymous sources with no justification", "anonymous_sources"),
)


def totals(ctx: Context) -> dict[str, Any]:
    """Scope-wide totals in one row, summed from the per-article figures."""
    sums = rollup(ctx.stats) | {"claims": summed(ctx.stats.c.claims)}
    row = dict(ctx.connection.execute(select(*labelled(sums))).mappings().one())
    unjustified = select(func.count()).where(
        S.anonymous, ~S.justified, *ctx.scope.restrict(S.article_id)
    )
    row["unjustified_sources"] = ctx.connection.scalar(unjustified)
    return {key: value or 0 for key, value in row.items()}


def overview(ctx: Context) -> Table:
    found = totals(ctx)
    rows = [
        {
            "key": key,
            "metric": label,
            "count": found[key],
            "share": found[key] / found[whole] if whole and found[whole] else None,
        }
        for key, label, whole in OVERVIEW
    ]
    return Table(
        "overview",
        "Overview",
        [
            Column("key", "Key", "hidden"),
            Column("metric", "Measure"),
            Column("count", "Count", "count"),
            Column("share", "Share", "share"),
        ],
        rows,
        note="Each share is of the line it qualifies: anonymous sources of sources, "
        "anonymous-only claims of claims, and so on.",
    )


def standards_summary(flags: list[Table]) -> Table:
    return Table(
        "standards_summary",
        "Flags by rule",
        [
            Column("rule", "Rule", "hidden"),
            Column("title", "Check"),
            Column("flags", "Flags", "count"),
            Column("policy", "Where the rule comes from"),
        ],
        [
            {"rule": t.rule.code, "title": t.rule.title, "flags": t.total, "policy": t.rule.policy}
            for t in flags
            if t.rule is not None
        ],
    )
