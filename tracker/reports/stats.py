"""Per-article figures, the basis of the breakdowns by article, outlet, byline and period.

`article_stats` aggregates each child table once with GROUP BY and joins the
results to articles; the lead claim (the first claim in text order) comes from
a window over the attributions, so nothing is counted row by row in Python.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Subquery, func, select

from tracker.attribution.model import Sourcing
from tracker.reports.scope import Scope
from tracker.reports.sql import flag, share
from tracker.store import models as orm

A, S, C, Q = orm.Article, orm.Source, orm.Claim, orm.Attribution
ANONYMOUS = Sourcing.ANONYMOUS.value


def article_stats(scope: Scope) -> Subquery:
    """One row per article in scope: counts, and the sourcing of its lead claim."""
    quotes = (
        select(
            Q.article_id,
            func.count().label("attributions"),
            func.sum(flag(S.anonymous)).label("anonymous_attributions"),
        )
        .outerjoin(S, S.id == Q.source_id)
        .where(*scope.restrict(Q.article_id))
        .group_by(Q.article_id)
        .subquery("quotes")
    )
    sources = (
        select(
            S.article_id,
            func.count().label("sources"),
            func.sum(flag(S.anonymous)).label("anonymous_sources"),
        )
        .where(*scope.restrict(S.article_id))
        .group_by(S.article_id)
        .subquery("source_counts")
    )
    claims = (
        select(
            C.article_id,
            func.count().label("claims"),
            func.sum(flag(C.sourcing == ANONYMOUS)).label("anonymous_only_claims"),
        )
        .where(*scope.restrict(C.article_id))
        .group_by(C.article_id)
        .subquery("claim_counts")
    )
    in_order = (
        select(
            Q.article_id,
            C.sourcing,
            func.row_number()
            .over(
                partition_by=Q.article_id,
                order_by=(Q.content_start.asc().nulls_last(), Q.attribution_number),
            )
            .label("position"),
        )
        .join(C, C.id == Q.claim_id)
        .where(*scope.restrict(Q.article_id))
        .subquery("in_order")
    )
    lead = (
        select(in_order.c.article_id, in_order.c.sourcing)
        .where(in_order.c.position == 1)
        .subquery("lead")
    )
    zero = func.coalesce
    return (
        select(
            A.id.label("article_id"),
            A.title,
            A.outlet,
            A.byline,
            A.published,
            zero(sources.c.sources, 0).label("sources"),
            zero(sources.c.anonymous_sources, 0).label("anonymous_sources"),
            zero(quotes.c.attributions, 0).label("attributions"),
            zero(quotes.c.anonymous_attributions, 0).label("anonymous_attributions"),
            zero(claims.c.claims, 0).label("claims"),
            zero(claims.c.anonymous_only_claims, 0).label("anonymous_only_claims"),
            lead.c.sourcing.label("lead_sourcing"),
        )
        .outerjoin(quotes, quotes.c.article_id == A.id)
        .outerjoin(sources, sources.c.article_id == A.id)
        .outerjoin(claims, claims.c.article_id == A.id)
        .outerjoin(lead, lead.c.article_id == A.id)
        .where(*scope.conditions())
        .subquery("article_stats")
    )


def rollup(stats: Subquery) -> dict[str, Any]:
    """The per-article figures summed over a group of articles, by column name."""
    anonymous = func.sum(stats.c.anonymous_attributions)
    leads = func.sum(flag(stats.c.lead_sourcing == ANONYMOUS))
    return {
        "articles": func.count(),
        "sources": func.sum(stats.c.sources),
        "anonymous_sources": func.sum(stats.c.anonymous_sources),
        "attributions": func.sum(stats.c.attributions),
        "anonymous_attributions": anonymous,
        "share_anonymous": share(anonymous, func.sum(stats.c.attributions)),
        "anonymous_only_claims": func.sum(stats.c.anonymous_only_claims),
        "anonymous_leads": leads,
        "anonymous_leads_share": share(leads, func.count()),
    }


def labelled(columns: dict[str, Any]) -> list[Any]:
    return [expression.label(name) for name, expression in columns.items()]
