"""Per-article figures, the basis of the breakdowns by article, outlet, byline and period.

`article_stats` aggregates each child table once with GROUP BY and joins the
results to articles; the lead claim (the first claim in text order) is looked
up through the article_id index. A report computes these rows once, into a
temporary table (`materialize`), and every breakdown groups that table, so
nothing is counted row by row in Python and nothing is counted twice.
"""

from __future__ import annotations

from itertools import count
from typing import Any

from sqlalchemy import (
    ClauseElement,
    Connection,
    Executable,
    FromClause,
    Select,
    column,
    func,
    select,
    table,
)
from sqlalchemy.ext.compiler import compiles

from tracker.attribution.model import Sourcing
from tracker.reports.scope import Scope
from tracker.reports.sql import flag, share, summed
from tracker.store import models as orm

A, S, C, Q = orm.Article, orm.Source, orm.Claim, orm.Attribution
ANONYMOUS = Sourcing.ANONYMOUS.value


def article_stats(scope: Scope) -> Select:
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
    lead = (
        select(C.sourcing)
        .join(Q, Q.claim_id == C.id)
        .where(Q.article_id == A.id)
        .order_by(Q.content_start.asc().nulls_last(), Q.attribution_number)
        .limit(1)
        .correlate(A)
        .scalar_subquery()
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
            lead.label("lead_sourcing"),
        )
        .outerjoin(quotes, quotes.c.article_id == A.id)
        .outerjoin(sources, sources.c.article_id == A.id)
        .outerjoin(claims, claims.c.article_id == A.id)
        .where(*scope.conditions())
    )


def rollup(stats: FromClause) -> dict[str, Any]:
    """The per-article figures summed over a group of articles, by column name."""
    anonymous = summed(stats.c.anonymous_attributions)
    leads = summed(flag(stats.c.lead_sourcing == ANONYMOUS))
    return {
        "articles": func.count(),
        "sources": summed(stats.c.sources),
        "anonymous_sources": summed(stats.c.anonymous_sources),
        "attributions": summed(stats.c.attributions),
        "anonymous_attributions": anonymous,
        "share_anonymous": share(anonymous, summed(stats.c.attributions)),
        "anonymous_only_claims": summed(stats.c.anonymous_only_claims),
        "anonymous_leads": leads,
        "anonymous_leads_share": share(leads, func.count()),
    }


def labelled(columns: dict[str, Any]) -> list[Any]:
    return [expression.label(name) for name, expression in columns.items()]


class CreateTemporaryTableAs(Executable, ClauseElement):
    """CREATE TEMPORARY TABLE name AS SELECT ...: the same words on SQLite and PostgreSQL."""

    inherit_cache = False

    def __init__(self, name: str, query: Select) -> None:
        self.name = name
        self.query = query


@compiles(CreateTemporaryTableAs)
def _create_temporary(element: CreateTemporaryTableAs, compiler, **kw) -> str:
    name = compiler.preparer.quote(element.name)
    return f"CREATE TEMPORARY TABLE {name} AS {compiler.process(element.query, **kw)}"


_names = count(1)


def materialize(connection: Connection, query: Select) -> FromClause:
    """Run `query` once into a temporary table on this connection; the caller drops it."""
    name = f"report_article_stats_{next(_names)}"
    connection.execute(CreateTemporaryTableAs(name, query))
    return table(name, *(column(c.key, c.type) for c in query.selected_columns))
