"""Counts and shares by category: sourcing status, source kind, descriptors, voices, reasons.

Each function runs GROUP BY queries in the database and returns one Table;
shares are computed in SQL with a window total over the grouped rows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Select, case, distinct, func, literal, select

from tracker.attribution.model import SourceKind, Sourcing
from tracker.reports.context import Context
from tracker.reports.model import Chart, Column, Table
from tracker.reports.sql import listed, share
from tracker.store import models as orm

S, C, Q, J = orm.Source, orm.Claim, orm.Attribution, orm.Justification
JS = orm.justification_sources
NO_CLAIM = "no claim"
NO_SOURCE = "no source"
NO_JUSTIFICATION = "no justification"
DESCRIPTOR_PARTS = ("role", "seniority", "affiliation", "organization")
NAMED_KINDS = (SourceKind.NAMED_PERSON.value, SourceKind.NAMED_ORGANIZATION.value)


def _of_total() -> Any:
    """count(*) as a share of the count over every group of the query."""
    return share(func.count(), func.sum(func.count()).over())


def _by_key(connection: Connection, statement: Select) -> dict[Any, dict[str, Any]]:
    return {row[0]: dict(row._mapping) for row in connection.execute(statement)}


def _merge(order: list[str], key: str, *parts: dict[Any, dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per category, every known category listed (zero when absent), then any others."""
    keys = list(dict.fromkeys([*order, *(k for part in parts for k in part)]))
    rows = []
    for name in keys:
        row: dict[str, Any] = {key: name}
        for part in parts:
            row |= {k: v for k, v in part.get(name, {}).items() if k != key}
        rows.append(row)
    return rows


def _zero(rows: list[dict[str, Any]], columns: list[Column]) -> list[dict[str, Any]]:
    """Fill the categories a query did not return: count 0, share 0 (None if no total)."""
    for column in columns:
        if column.kind == "share":
            default = 0.0 if any(row.get(column.key) is not None for row in rows) else None
        elif column.kind == "count":
            default = 0
        else:
            continue
        for row in rows:
            if row.get(column.key) is None:
                row[column.key] = default
    return rows


def sourcing_status(ctx: Context) -> Table:
    """Claims by sourcing status, and the attributions that carry claims of each status."""
    connection, scope = ctx.connection, ctx.scope
    claims = (
        select(C.sourcing, func.count().label("claims"), _of_total().label("claims_share"))
        .where(*scope.restrict(C.article_id))
        .group_by(C.sourcing)
    )
    status = func.coalesce(C.sourcing, literal(NO_CLAIM)).label("sourcing")
    attributions = (
        select(
            status,
            func.count().label("attributions"),
            _of_total().label("attributions_share"),
        )
        .select_from(Q)
        .outerjoin(C, C.id == Q.claim_id)
        .where(*scope.restrict(Q.article_id))
        .group_by(status)
    )
    columns = [
        Column("sourcing", "Sourcing status"),
        Column("claims", "Claims", "count"),
        Column("claims_share", "Share of claims", "share"),
        Column("attributions", "Attributions", "count"),
        Column("attributions_share", "Share of attributions", "share"),
    ]
    rows = _merge(
        [status.value for status in Sourcing],
        "sourcing",
        _by_key(connection, claims),
        _by_key(connection, attributions),
    )
    return Table(
        "sourcing_status",
        "Claims and attributions by sourcing status",
        columns,
        _zero(rows, columns),
        note="A claim is anonymous when only anonymous sources carry it, mixed when named "
        "and anonymous sources both do, unattributed when no source is identified.",
        chart=Chart("sourcing", "claims_share", title="Share of claims by sourcing status"),
    )


def source_kinds(ctx: Context) -> Table:
    """Sources, attributions and claims by source kind."""
    connection, scope = ctx.connection, ctx.scope
    sources = (
        select(S.kind, func.count().label("sources"), _of_total().label("sources_share"))
        .where(*scope.restrict(S.article_id))
        .group_by(S.kind)
    )
    kind = func.coalesce(S.kind, literal(NO_SOURCE)).label("kind")
    attributions = (
        select(
            kind,
            func.count().label("attributions"),
            _of_total().label("attributions_share"),
            func.count(distinct(Q.claim_id)).label("claims"),
        )
        .select_from(Q)
        .outerjoin(S, S.id == Q.source_id)
        .where(*scope.restrict(Q.article_id))
        .group_by(kind)
    )
    columns = [
        Column("kind", "Source kind"),
        Column("sources", "Sources", "count"),
        Column("sources_share", "Share of sources", "share"),
        Column("attributions", "Attributions", "count"),
        Column("attributions_share", "Share of attributions", "share"),
        Column("claims", "Claims carried", "count"),
    ]
    rows = _merge(
        [kind.value for kind in SourceKind],
        "kind",
        _by_key(connection, sources),
        _by_key(connection, attributions),
    )
    return Table(
        "source_kinds",
        "Sources and attributions by source kind",
        columns,
        _zero(rows, columns),
        note="Anonymous kinds: anonymous_individual, anonymous_group and vague.",
        chart=Chart("kind", "attributions_share", title="Share of attributions by source kind"),
    )


def descriptors(ctx: Context) -> Table:
    """How anonymous sources are described, the most used description first."""
    connection, scope, limit = ctx.connection, ctx.scope, ctx.limit
    parts = [func.lower(getattr(S, name)).label(name) for name in DESCRIPTOR_PARTS]
    statement = (
        select(
            *parts,
            func.count(distinct(S.id)).label("sources"),
            func.count(Q.id).label("attributions"),
        )
        .select_from(S)
        .outerjoin(Q, Q.source_id == S.id)
        .where(S.anonymous, *scope.restrict(S.article_id))
        .group_by(*parts)
        .order_by(
            func.count(distinct(S.id)).desc(),
            func.count(Q.id).desc(),
            *(part.asc().nulls_first() for part in parts),  # as SQLite sorts NULL
        )
    )
    rows, total = listed(connection, statement, limit)
    columns = [Column(name, name.capitalize()) for name in DESCRIPTOR_PARTS]
    return Table(
        "anonymous_descriptors",
        "How anonymous sources are described",
        [
            *columns,
            Column("sources", "Sources", "count"),
            Column("attributions", "Attributions", "count"),
        ],
        rows,
        total,
        note="Each distinct combination of role, seniority, affiliation and organization; "
        "an empty part was not stated.",
    )


def named_voices(ctx: Context) -> Table:
    """Named people and organizations by the organization and affiliation given for them."""
    connection, scope, limit = ctx.connection, ctx.scope, ctx.limit
    organization = func.coalesce(
        S.organization, case((S.kind == SourceKind.NAMED_ORGANIZATION.value, S.name))
    ).label("organization")
    statement = (
        select(
            organization,
            S.affiliation,
            func.count(distinct(S.id)).label("sources"),
            func.count(Q.id).label("attributions"),
        )
        .select_from(S)
        .outerjoin(Q, Q.source_id == S.id)
        .where(S.kind.in_(NAMED_KINDS), *scope.restrict(S.article_id))
        .group_by(organization, S.affiliation)
        .order_by(func.count(Q.id).desc(), func.count(distinct(S.id)).desc(), organization)
    )
    rows, total = listed(connection, statement, limit)
    return Table(
        "named_voices",
        "Named sources by organization and affiliation",
        [
            Column("organization", "Organization"),
            Column("affiliation", "Affiliation"),
            Column("sources", "Sources", "count"),
            Column("attributions", "Attributions", "count"),
        ],
        rows,
        total,
        note="Whose voices are heard: named people and organizations; a named organization "
        "counts as its own organization. Empty: none stated.",
    )


def justification_reasons(ctx: Context) -> Table:
    """Stated reasons for anonymity, and the anonymous sources that got none."""
    connection, scope = ctx.connection, ctx.scope
    anonymous = select(func.count()).where(S.anonymous, *scope.restrict(S.article_id))
    total = connection.scalar(anonymous) or 0
    reasons = (
        select(
            J.reason,
            func.count(distinct(J.id)).label("justifications"),
            func.count(distinct(JS.c.source_id)).label("sources"),
        )
        .select_from(J)
        .outerjoin(JS, JS.c.justification_id == J.id)
        .where(*scope.restrict(J.article_id))
        .group_by(J.reason)
        .order_by(func.count(distinct(JS.c.source_id)).desc(), J.reason)
    )
    rows = [dict(row) for row in connection.execute(reasons).mappings()]
    unjustified = connection.scalar(anonymous.where(~S.justified)) or 0
    rows.append({"reason": NO_JUSTIFICATION, "justifications": 0, "sources": unjustified})
    for row in rows:
        row["sources_share"] = row["sources"] / total if total else None
    return Table(
        "justification_reasons",
        "Why anonymity was granted",
        [
            Column("reason", "Reason"),
            Column("justifications", "Statements", "count"),
            Column("sources", "Anonymous sources covered", "count"),
            Column("sources_share", "Share of anonymous sources", "share"),
        ],
        rows,
        note="'unstated': anonymity granted without a reason; 'no justification': nothing "
        "in the article accounts for the source's anonymity. A source may have several.",
    )
