"""Read-only listings for the CLI, as plain dicts (column name → value).

Counting happens in SQL, so listings stay fast on a large archive.
"""

from __future__ import annotations

import json
import string
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Engine, Float, Select, case, cast, false, func, select
from sqlalchemy.orm import Session

from tracker.attribution.model import SourceKind, Sourcing
from tracker.store import models as orm
from tracker.store.db import run_transaction

# The shortest content-hash prefix accepted as an article reference.
MIN_HASH_PREFIX = 6
# The largest id an INTEGER column holds on PostgreSQL. SQLite's ids count up from 1 and
# stay below it too, so a larger number names no row on either database.
MAX_ID = 2**31 - 1

A, S, C, Q = orm.Article, orm.Source, orm.Claim, orm.Attribution


def _rows(engine: Engine, statement: Select) -> list[dict[str, Any]]:
    return run_transaction(engine, lambda session: _fetch(session, statement), write=False)


def _fetch(session: Session, statement: Select) -> list[dict[str, Any]]:
    return [dict(row) for row in session.execute(statement).mappings()]


def id_is(column: Any, value: int) -> ColumnElement[bool]:
    """column = value, or false for a number no id can be (PostgreSQL would refuse to
    compare an INTEGER with it; SQLite cannot bind one beyond 64 bits)."""
    return column == value if 0 <= value <= MAX_ID else false()


def _count(model: type[orm.Base], *where: Any) -> Any:
    """A correlated COUNT(*) of `model` rows, as a scalar column."""
    return select(func.count()).select_from(model).where(*where).scalar_subquery()


def _share(part: Any, whole: Any) -> Any:
    """part / whole as a fraction, NULL when whole is 0."""
    return case((whole > 0, cast(part, Float) / whole))


def list_articles(engine: Engine, limit: int | None = None) -> list[dict[str, Any]]:
    """Stored articles in ingest order, with their quote, source and claim counts."""
    counts = (
        select(
            A.id,
            A.content_hash,
            A.title,
            A.outlet,
            A.byline,
            A.published,
            A.url,
            A.path,
            A.word_count,
            A.ingested_at,
            A.run_id,
            _count(Q, Q.article_id == A.id).label("attributions"),
            _count(Q, Q.article_id == A.id, Q.source_id == S.id, S.anonymous).label(
                "anonymous_attributions"
            ),
            _count(S, S.article_id == A.id).label("sources"),
            _count(S, S.article_id == A.id, S.anonymous).label("anonymous_sources"),
            _count(C, C.article_id == A.id).label("claims"),
        )
        .order_by(A.id)
        .limit(limit)
        .subquery()
    )
    share = _share(counts.c.anonymous_attributions, counts.c.attributions)
    statement = select(counts, share.label("share_anonymous")).order_by(counts.c.id)
    return _rows(engine, statement)


def _quotes() -> Select:
    """Every attribution with its article, source and claim, in reading order."""
    return (
        select(
            Q.id,
            Q.article_id,
            A.title,
            A.outlet,
            A.published,
            Q.attribution_number,
            Q.type,
            Q.content_text,
            Q.content_start,
            Q.content_end,
            Q.content_spans,
            Q.cue_text,
            Q.cue_start,
            Q.cue_end,
            Q.speaker_text,
            Q.speaker_start,
            Q.speaker_end,
            Q.rule,
            Q.implicit,
            Q.source_id,
            S.source_number,
            S.name.label("source_name"),
            S.kind.label("source_kind"),
            S.anonymous,
            S.role,
            S.seniority,
            S.affiliation,
            S.organization,
            S.justified,
            Q.claim_id,
            C.claim_number,
            C.sourcing.label("claim_sourcing"),
        )
        .join(A, A.id == Q.article_id)
        .outerjoin(S, S.id == Q.source_id)
        .outerjoin(C, C.id == Q.claim_id)
        .order_by(Q.article_id, Q.content_start.asc().nulls_first(), Q.attribution_number)
    )


def list_quotes(
    engine: Engine,
    *,
    article: int | None = None,
    kind: str | None = None,
    anonymous_only: bool = False,
    search: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Quotes, optionally from one article, by one source kind, anonymous, or containing text.

    `search` is a case-insensitive substring of the quoted words.
    """
    statement = _quotes()
    if article is not None:
        statement = statement.where(id_is(Q.article_id, article))
    if kind is not None:
        statement = statement.where(S.kind == kind)
    if anonymous_only:
        statement = statement.where(S.anonymous)
    if search:
        statement = statement.where(Q.content_text.icontains(search, autoescape=True))
    return _rows(engine, statement.limit(limit))


def _sources() -> Select:
    return (
        select(
            S.id,
            S.article_id,
            A.title.label("article_title"),
            S.source_number,
            S.name,
            S.kind,
            S.anonymous,
            S.role,
            S.seniority,
            S.affiliation,
            S.organization,
            S.location,
            S.plural,
            S.number,
            S.knowledge_basis,
            S.title,
            S.justified,
            S.mention_count,
            _count(Q, Q.source_id == S.id).label("attributions"),
        )
        .join(A, A.id == S.article_id)
        .order_by(S.article_id, S.source_number)
    )


def list_sources(
    engine: Engine,
    *,
    article: int | None = None,
    kind: str | None = None,
    anonymous_only: bool = False,
) -> list[dict[str, Any]]:
    """Sources with how many quotes each carries; `title` is the source's, not the article's."""
    statement = _sources()
    if article is not None:
        statement = statement.where(id_is(S.article_id, article))
    if kind is not None:
        statement = statement.where(S.kind == kind)
    if anonymous_only:
        statement = statement.where(S.anonymous)
    return _rows(engine, statement)


def _claims() -> Select:
    claim_sources = select(Q.source_id).where(Q.claim_id == C.id).correlate(C)
    names = (
        select(func.aggregate_strings(S.name, "; "))
        .where(S.id.in_(claim_sources))
        .scalar_subquery()
    )
    return (
        select(
            C.id,
            C.article_id,
            A.title,
            C.claim_number,
            C.text,
            C.sourcing,
            C.attribution_count,
            C.named_count,
            C.anonymous_count,
            names.label("source_names"),
        )
        .join(A, A.id == C.article_id)
        .order_by(C.article_id, C.claim_number)
    )


def list_claims(
    engine: Engine, *, article: int | None = None, sourcing: str | None = None
) -> list[dict[str, Any]]:
    """Claims with their sourcing status and the names of the sources that carry them."""
    statement = _claims()
    if article is not None:
        statement = statement.where(id_is(C.article_id, article))
    if sourcing is not None:
        statement = statement.where(C.sourcing == sourcing)
    return _rows(engine, statement)


def get_article(engine: Engine, article_ref: str) -> dict[str, Any] | None:
    """One article with its text and findings, by id, content-hash prefix or path.

    Raises ValueError when a hash prefix matches several articles.
    """

    def work(session: Session) -> dict[str, Any] | None:
        row = _find_article(session, str(article_ref).strip())
        if row is None:
            return None
        article = {column.key: getattr(row, column.key) for column in A.__table__.columns}
        article["metadata"] = json.loads(article.pop("metadata_json"))
        quotes = _fetch(session, _quotes().where(Q.article_id == row.id))
        for quote in quotes:
            quote["content_spans"] = json.loads(quote["content_spans"])
        article["attributions"] = quotes
        article["sources"] = _fetch(session, _sources().where(S.article_id == row.id))
        article["claims"] = _fetch(session, _claims().where(C.article_id == row.id))
        article["justifications"] = _justifications(session, row.id)
        article["disclosures"] = _disclosures(session, row.id)
        return article

    return run_transaction(engine, work, write=False)


def _find_article(session: Session, ref: str) -> orm.Article | None:
    if ref.isdigit() and int(ref) <= MAX_ID and (row := session.get(A, int(ref))) is not None:
        return row
    prefix = ref.lower()
    if len(prefix) >= MIN_HASH_PREFIX and set(prefix) <= set(string.hexdigits.lower()):
        # A range on the unique index: every hash starting with prefix sorts before prefix+"g".
        matches = session.scalars(
            select(A).where(A.content_hash >= prefix, A.content_hash < prefix + "g").limit(2)
        ).all()
        if len(matches) > 1:
            raise ValueError(f"{ref} matches several articles; give more of the hash")
        if matches:
            return matches[0]
    paths = {ref, str(Path(ref).expanduser().resolve())}
    return session.scalars(select(A).where(A.path.in_(paths)).order_by(A.id.desc())).first()


def _justifications(session: Session, article_id: int) -> list[dict[str, Any]]:
    J, link = orm.Justification, orm.justification_sources
    names = (
        select(func.aggregate_strings(S.name, "; "))
        .join(link, link.c.source_id == S.id)
        .where(link.c.justification_id == J.id)
        .scalar_subquery()
    )
    statement = (
        select(*J.__table__.columns, names.label("source_names"))
        .where(J.article_id == article_id)
        .order_by(J.justification_start)
    )
    return _fetch(session, statement)


def _disclosures(session: Session, article_id: int) -> list[dict[str, Any]]:
    D = orm.Disclosure
    statement = (
        select(*D.__table__.columns, S.name.label("source_name"))
        .select_from(D)
        .outerjoin(S, S.id == D.source_id)
        .where(D.article_id == article_id)
        .order_by(D.disclosure_start)
    )
    return _fetch(session, statement)


def sourcing_summary(engine: Engine) -> dict[str, Any]:
    """Archive-wide totals: how much of the reporting rests on anonymous sources."""

    def work(session: Session) -> dict[str, Any]:
        anonymous_quotes = (
            select(func.count()).select_from(Q).join(S, S.id == Q.source_id).where(S.anonymous)
        )
        summary: dict[str, Any] = {
            "articles": session.scalar(select(func.count()).select_from(A)),
            "attributions": session.scalar(select(func.count()).select_from(Q)),
            "anonymous_attributions": session.scalar(anonymous_quotes),
        }
        total = summary["attributions"]
        summary["share_anonymous"] = summary["anonymous_attributions"] / total if total else None
        by_sourcing = session.execute(select(C.sourcing, func.count()).group_by(C.sourcing))
        summary["claims"] = {status.value: 0 for status in Sourcing} | dict(by_sourcing.all())
        by_kind = session.execute(select(S.kind, func.count()).group_by(S.kind))
        summary["sources"] = {kind.value: 0 for kind in SourceKind} | dict(by_kind.all())
        anonymous_sources = session.execute(
            select(func.count(), func.count(case((S.justified, 1)))).where(S.anonymous)
        ).one()
        summary["anonymous_sources"], summary["anonymous_sources_justified"] = anonymous_sources
        return summary

    return run_transaction(engine, work, write=False)
