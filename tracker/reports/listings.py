"""Row listings an editor reads one by one: anonymous-only claims, unexplained anonymity,
vague attributions. Most recent first; limited, with the full count beside them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from tracker.attribution.model import SourceKind, Sourcing
from tracker.reports.context import Context
from tracker.reports.model import Column, Table
from tracker.reports.sql import listed
from tracker.store import models as orm

A, S, C, Q = orm.Article, orm.Source, orm.Claim, orm.Attribution

ARTICLE_COLUMNS = [
    Column("article_id", "Article id", "hidden"),
    Column("title", "Article", "article"),
    Column("outlet", "Outlet"),
    Column("published", "Published"),
]


def newest_first() -> tuple[Any, ...]:
    return A.published.desc().nulls_last(), A.id.desc()


def source_names() -> Any:
    """The names of the sources carrying the enclosing query's claim, joined by '; '."""
    carriers = select(Q.source_id).where(Q.claim_id == C.id).correlate(C)
    return select(func.aggregate_strings(S.name, "; ")).where(S.id.in_(carriers)).scalar_subquery()


def anonymous_only_claims(ctx: Context) -> Table:
    connection, scope, limit = ctx.connection, ctx.scope, ctx.limit
    statement = (
        select(
            C.id.label("claim_id"),
            C.text.label("claim"),
            source_names().label("sources"),
            C.article_id,
            A.title,
            A.outlet,
            A.published,
        )
        .join(A, A.id == C.article_id)
        .where(C.sourcing == Sourcing.ANONYMOUS.value, *scope.restrict(C.article_id))
        .order_by(*newest_first(), C.claim_number)
    )
    rows, total = listed(connection, statement, limit)
    return Table(
        "anonymous_only_claims",
        "Claims resting only on anonymous sources",
        [
            Column("claim_id", "Claim id", "hidden"),
            Column("claim", "Claim"),
            Column("sources", "Described as"),
            *ARTICLE_COLUMNS,
        ],
        rows,
        total,
    )


def unjustified_sources(ctx: Context) -> Table:
    connection, scope, limit = ctx.connection, ctx.scope, ctx.limit
    quotes = select(func.count()).where(Q.source_id == S.id).scalar_subquery()
    statement = (
        select(
            S.id.label("source_id"),
            S.name.label("source"),
            S.kind,
            quotes.label("attributions"),
            S.article_id,
            A.title,
            A.outlet,
            A.published,
        )
        .join(A, A.id == S.article_id)
        .where(S.anonymous, ~S.justified, *scope.restrict(S.article_id))
        .order_by(*newest_first(), S.source_number)
    )
    rows, total = listed(connection, statement, limit)
    return Table(
        "unjustified_sources",
        "Anonymous sources with no stated justification",
        [
            Column("source_id", "Source id", "hidden"),
            Column("source", "Source"),
            Column("kind", "Kind"),
            Column("attributions", "Attributions", "count"),
            *ARTICLE_COLUMNS,
        ],
        rows,
        total,
        note="Nothing in the article says why the source was not named.",
    )


def vague_attributions(ctx: Context) -> Table:
    connection, scope, limit = ctx.connection, ctx.scope, ctx.limit
    statement = (
        select(
            Q.id.label("attribution_id"),
            S.name.label("source"),
            Q.content_text.label("quote"),
            Q.article_id,
            A.title,
            A.outlet,
            A.published,
        )
        .join(S, S.id == Q.source_id)
        .join(A, A.id == Q.article_id)
        .where(S.kind == SourceKind.VAGUE.value, *scope.restrict(Q.article_id))
        .order_by(*newest_first(), Q.content_start)
    )
    rows, total = listed(connection, statement, limit)
    return Table(
        "vague_attributions",
        "Vague attributions",
        [
            Column("attribution_id", "Attribution id", "hidden"),
            Column("source", "Attributed to"),
            Column("quote", "What was said"),
            *ARTICLE_COLUMNS,
        ],
        rows,
        total,
        note='Speech put in the mouth of a crowd rather than a source ("critics say").',
    )
