"""Standards checks: passages that newsroom anonymity rules make checkable in the text.

Each check is a SQL query over the stored findings and returns a Table of flags,
each with its passage and the rule it comes from. The rules are paraphrased
from the published anonymity policies of the AP, Reuters, The New York Times
and The Washington Post; nothing here is a quotation of them.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import Any

from sqlalchemy import Connection, Select, case, distinct, exists, func, select

from tracker.attribution.model import SourceKind, Sourcing
from tracker.reports.context import Context
from tracker.reports.listings import ARTICLE_COLUMNS, newest_first
from tracker.reports.model import Column, Rule, Table
from tracker.reports.search import Query, Term, match_condition
from tracker.reports.sql import counted, greatest, least
from tracker.store import models as orm

A, S, C, Q, J = orm.Article, orm.Source, orm.Claim, orm.Attribution, orm.Justification
JS = orm.justification_sources

# Roles that say nothing about where a source sits ("a source", "people").
GENERIC_ROLES = ("source", "sources", "person", "people", "individual", "individuals")
# Longest passage shown around a quote; beyond it, only the quoted words.
PASSAGE_MAX = 400

NO_REASON = Rule(
    "no_reason",
    "Reason for anonymity not stated",
    "The AP, Reuters and The New York Times all require a story that relies on an "
    "unnamed source to tell readers why the source was not named. Saying only that "
    "the source spoke on condition of anonymity does not give the reason.",
)
VAGUE = Rule(
    "vague_descriptor",
    "Descriptor too vague",
    "The AP and Reuters ask that an unnamed source be described as precisely as "
    "possible without identifying them: what the source does and where they work or "
    "sit, so readers can judge how the source knows. A description with no role or no "
    "affiliation, or a bare 'sources said' or 'critics say', does not do that.",
)
OPINION = Rule(
    "opinion",
    "Anonymous opinion or attack",
    "The AP uses anonymous sources for information only, not for opinion or "
    "speculation, and The New York Times does not let anonymity serve as cover for "
    "personal or partisan attacks. Flagged when the quoted words use evaluative or "
    "attacking vocabulary (tracker/lexicon/opinion_words.tsv): a pointer to a passage "
    "to read, not a verdict.",
)
SINGLE = Rule(
    "single_anonymous_source",
    "Claim resting on a single anonymous source",
    "Anonymity policies treat one unnamed source as the weakest footing: the AP asks "
    "that the source be reliable and in a position to know, and newsrooms such as "
    "Reuters and The Washington Post look for a second, independent source before "
    "publishing information that rests on one unnamed source.",
)
RULES = (NO_REASON, VAGUE, OPINION, SINGLE)

SOURCE_COLUMNS = [
    Column("source_id", "Source id", "hidden"),
    Column("source", "Source"),
    Column("kind", "Kind"),
]
PASSAGE = Column("passage", "Passage")
SOURCE_ORDER = (*newest_first(), S.source_number)


@cache
def opinion_words() -> dict[str, str]:
    """Word or phrase (a trailing * for any ending) -> evaluative, attack or speculation."""
    text = files("tracker.lexicon").joinpath("opinion_words.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and line[0] != "#")
    return {row[0].strip().lower(): row[1].strip() for row in rows}


def opinion_query() -> Query:
    return [[Term(word.rstrip("*"), word.endswith("*"))] for word in opinion_words()]


@cache
def _opinion_pattern() -> re.Pattern[str]:
    words = sorted((word.rstrip("*") for word in opinion_words()), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\w*", re.IGNORECASE)


def opinion_matches(text: str | None) -> str:
    """The opinion vocabulary found in a passage, for the reader to check."""
    found = (match.group(0).lower() for match in _opinion_pattern().finditer(text or ""))
    return ", ".join(dict.fromkeys(found))


def _passage() -> Any:
    """The article text from speaker to quote end; just the quote when that runs long."""
    start, end = Q.content_start, Q.content_end
    low = least(func.coalesce(Q.speaker_start, start), func.coalesce(Q.cue_start, start), start)
    high = greatest(func.coalesce(Q.speaker_end, end), func.coalesce(Q.cue_end, end), end)
    wide = high - low <= PASSAGE_MAX
    return func.substr(
        A.text, case((wide, low), else_=start) + 1, case((wide, high - low), else_=end - start)
    )


def _first_attribution() -> Any:
    """The id of the enclosing query's source's first attribution in text order."""
    return (
        select(Q.id)
        .where(Q.source_id == S.id)
        .order_by(Q.content_start.asc().nulls_last(), Q.attribution_number)
        .limit(1)
        .correlate(S)
        .scalar_subquery()
    )


def _flags(
    connection: Connection, statement: Select, ordering: tuple[Any, ...], limit: int | None
) -> tuple[list[dict[str, Any]], int]:
    """Flagged rows in order with their passage, cut from the text only for rows shown.

    `statement` must select an `attribution_id`.
    """
    total = connection.scalar(counted(statement)) or 0
    page = (
        statement.add_columns(func.row_number().over(order_by=ordering).label("position"))
        .limit(limit)
        .subquery("page")
    )
    with_text = (
        select(page, _passage().label("passage"))
        .outerjoin(Q, Q.id == page.c.attribution_id)
        .outerjoin(A, A.id == Q.article_id)
        .order_by(page.c.position)
    )
    rows = [dict(row) for row in connection.execute(with_text).mappings()]
    return rows, total


def _source_listing(*conditions: Any) -> Select:
    return (
        select(
            S.id.label("source_id"),
            S.name.label("source"),
            S.kind,
            _first_attribution().label("attribution_id"),
            S.article_id,
            A.title,
            A.outlet,
            A.published,
        )
        .join(A, A.id == S.article_id)
        .where(S.anonymous, *conditions)
    )


def no_reason(ctx: Context) -> Table:
    connection, scope, limit = ctx.connection, ctx.scope, ctx.limit
    reasoned = (
        select(JS.c.source_id)
        .join(J, J.id == JS.c.justification_id)
        .where(JS.c.source_id == S.id, J.reason != "unstated")
    )
    statement = _source_listing(~exists(reasoned), *scope.restrict(S.article_id)).add_columns(
        case((S.justified, "anonymity granted, no reason given"), else_="no justification").label(
            "found"
        )
    )
    rows, total = _flags(connection, statement, SOURCE_ORDER, limit)
    columns = [*SOURCE_COLUMNS, Column("found", "What the article says"), PASSAGE]
    return Table(
        NO_REASON.code, NO_REASON.title, [*columns, *ARTICLE_COLUMNS], rows, total, rule=NO_REASON
    )


def vague_descriptor(ctx: Context) -> Table:
    connection, scope, limit = ctx.connection, ctx.scope, ctx.limit
    no_role = S.role.is_(None) | func.lower(S.role).in_(GENERIC_ROLES)
    no_affiliation = S.affiliation.is_(None) & S.organization.is_(None)
    missing = case(
        (S.kind == SourceKind.VAGUE.value, "a crowd, not a source"),
        (no_role & no_affiliation, "role and affiliation"),
        (no_role, "role"),
        else_="affiliation",
    )
    vague = (S.kind == SourceKind.VAGUE.value) | no_role | no_affiliation
    statement = _source_listing(vague, *scope.restrict(S.article_id)).add_columns(
        missing.label("missing")
    )
    rows, total = _flags(connection, statement, SOURCE_ORDER, limit)
    columns = [*SOURCE_COLUMNS, Column("missing", "Missing"), PASSAGE]
    return Table(VAGUE.code, VAGUE.title, [*columns, *ARTICLE_COLUMNS], rows, total, rule=VAGUE)


def opinion(ctx: Context) -> Table:
    connection, scope, limit = ctx.connection, ctx.scope, ctx.limit
    opinionated = match_condition(
        connection, "attributions_fts", opinion_query(), Q.id, [Q.content_text]
    )
    statement = (
        select(
            Q.id.label("attribution_id"),
            S.id.label("source_id"),
            S.name.label("source"),
            S.kind,
            Q.article_id,
            A.title,
            A.outlet,
            A.published,
        )
        .join(S, S.id == Q.source_id)
        .join(A, A.id == Q.article_id)
        .where(S.anonymous, opinionated, *scope.restrict(Q.article_id))
    )
    rows, total = _flags(connection, statement, (*newest_first(), Q.content_start), limit)
    for row in rows:
        row["words"] = opinion_matches(row["passage"])
    columns = [*SOURCE_COLUMNS, PASSAGE, Column("words", "Opinion words")]
    return Table(
        OPINION.code, OPINION.title, [*columns, *ARTICLE_COLUMNS], rows, total, rule=OPINION
    )


def single_anonymous_source(ctx: Context) -> Table:
    connection, scope, limit = ctx.connection, ctx.scope, ctx.limit
    carried = (
        select(C.id.label("claim_id"), func.min(Q.id).label("attribution_id"))
        .join(Q, Q.claim_id == C.id)
        .where(C.sourcing == Sourcing.ANONYMOUS.value, *scope.restrict(C.article_id))
        .group_by(C.id)
        .having(func.count(distinct(Q.source_id)) == 1)
        .subquery("carried")
    )
    statement = (
        select(
            carried.c.claim_id,
            C.text.label("claim"),
            carried.c.attribution_id,
            S.id.label("source_id"),
            S.name.label("source"),
            S.kind,
            C.article_id,
            A.title,
            A.outlet,
            A.published,
        )
        .join(C, C.id == carried.c.claim_id)
        .join(Q, Q.id == carried.c.attribution_id)
        .join(S, S.id == Q.source_id)
        .join(A, A.id == C.article_id)
    )
    rows, total = _flags(connection, statement, (*newest_first(), C.claim_number), limit)
    columns = [
        Column("claim_id", "Claim id", "hidden"),
        Column("claim", "Claim"),
        *SOURCE_COLUMNS,
        PASSAGE,
    ]
    return Table(SINGLE.code, SINGLE.title, [*columns, *ARTICLE_COLUMNS], rows, total, rule=SINGLE)


CHECKS = (no_reason, vague_descriptor, opinion, single_anonymous_source)
