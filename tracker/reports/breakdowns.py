"""Where anonymous sourcing concentrates: by article, outlet, byline and period.

Each table groups the per-article figures of stats.article_stats in SQL.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from sqlalchemy import Connection, FromClause, func, select

from tracker.reports.context import Context
from tracker.reports.model import Chart, Column, Table
from tracker.reports.sql import Period, listed, period_of, share
from tracker.reports.stats import ANONYMOUS, labelled, rollup

COUNTS = [
    Column("sources", "Sources", "count"),
    Column("anonymous_sources", "Anonymous sources", "count"),
    Column("attributions", "Attributions", "count"),
    Column("anonymous_attributions", "Anonymous attributions", "count"),
    Column("share_anonymous", "Share anonymous", "share"),
    Column("anonymous_only_claims", "Anonymous-only claims", "count"),
]


def per_article(ctx: Context) -> Table:
    stats = ctx.stats
    shared = share(stats.c.anonymous_attributions, stats.c.attributions)
    statement = select(
        stats,
        shared.label("share_anonymous"),
        (stats.c.lead_sourcing == ANONYMOUS).label("lead_anonymous"),
    ).order_by(
        shared.desc().nulls_last(), stats.c.anonymous_attributions.desc(), stats.c.article_id
    )
    rows, total = listed(ctx.connection, statement, ctx.limit)
    return Table(
        "per_article",
        "Articles, most anonymous-heavy first",
        [
            Column("article_id", "Article id", "hidden"),
            Column("title", "Article", "article"),
            Column("outlet", "Outlet"),
            Column("byline", "Byline"),
            Column("published", "Published"),
            *COUNTS,
            Column("lead_sourcing", "Lead claim sourcing"),
            Column("lead_anonymous", "Lead claim anonymous"),
        ],
        rows,
        total,
        note="Share anonymous: the share of the article's attributions whose source is "
        "anonymous. The lead claim is the first claim in text order.",
    )


ROLLUP_COLUMNS = [
    Column("articles", "Articles", "count"),
    *COUNTS,
    Column("anonymous_leads", "Articles with anonymous lead claim", "count"),
    Column("anonymous_leads_share", "Share of articles", "share"),
]


def per_outlet(ctx: Context) -> Table:
    return _per_group(ctx, "outlet")


def per_byline(ctx: Context) -> Table:
    return _per_group(ctx, "byline")


def _per_group(ctx: Context, by: Literal["outlet", "byline"]) -> Table:
    stats = ctx.stats
    key = stats.c[by]
    totals = rollup(stats)
    statement = (
        select(key, *labelled(totals))
        .group_by(key)
        .order_by(totals["share_anonymous"].desc().nulls_last(), totals["attributions"].desc(), key)
    )
    rows, total = listed(ctx.connection, statement, ctx.limit)
    return Table(
        f"per_{by}",
        f"By {by}, most anonymous-heavy first",
        [Column(by, by.capitalize()), *ROLLUP_COLUMNS],
        rows,
        total,
        chart=Chart(by, "share_anonymous", title=f"Share of attributions anonymous, by {by}"),
    )


def _trend_period(connection: Connection, stats: FromClause) -> Period | None:
    """Week, month or year, whichever gives a readable series; None for a single period."""
    first, last = connection.execute(
        select(func.min(stats.c.published), func.max(stats.c.published))
    ).one()
    try:
        days = (date.fromisoformat(last[:10]) - date.fromisoformat(first[:10])).days
    except (TypeError, ValueError):
        return None
    if days > 3 * 366:
        return "year"
    if days > 92:
        return "month"
    return "week" if days >= 7 else None


def trend(ctx: Context) -> Table | None:
    """Figures per week, month or year; None when the scope spans a single period."""
    stats = ctx.stats
    period = ctx.period
    if period == "auto":
        period = _trend_period(ctx.connection, stats)
    if period not in ("week", "month", "year"):
        return None
    when = period_of(stats.c.published, period).label("period")
    statement = (
        select(when, *labelled(rollup(stats)))
        .where(stats.c.published.is_not(None))
        .group_by(when)
        .order_by(when)
    )
    rows = [dict(row) for row in ctx.connection.execute(statement).mappings()]
    if len(rows) < 2:
        return None
    return Table(
        "trend",
        f"Over time, by {period}",
        [Column("period", period.capitalize()), *ROLLUP_COLUMNS],
        rows,
        note="Undated articles are left out; periods without articles are not listed."
        + (" A week is named by its Monday." if period == "week" else ""),
        chart=Chart("period", "share_anonymous", "columns", "Share of attributions anonymous"),
    )
