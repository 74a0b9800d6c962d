"""Writing runs and articles.

Each article is saved in one transaction, so an error or a crash never leaves
half an article behind, and the content hash makes saving idempotent.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from os import PathLike
from typing import TypeVar

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from tracker.articles import Article
from tracker.attribution.model import Attribution, Claim, Extraction, Source
from tracker.store import models as orm
from tracker.store.db import run_transaction

# Hashes per IN (...) query: well under SQLite's limit on bound parameters.
HASH_CHUNK = 500
# Between the pieces of a quotation interrupted by its cue ("…," she said, "…").
PIECE_SEPARATOR = " … "

T = TypeVar("T")


def now() -> str:
    """UTC timestamp as ISO 8601 text: reads and sorts the same in every tool."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def start_run(
    engine: Engine,
    *,
    tracker_version: str,
    stanza_version: str | None,
    models: Mapping[str, str],
    models_dir: str | PathLike[str] | None,
    device: str | None,
) -> int:
    """Record the start of an ingest run, so each article can say which run stored it."""

    def work(session: Session) -> int:
        run = orm.Run(
            started_at=now(),
            tracker_version=tracker_version,
            stanza_version=stanza_version,
            models=json.dumps(dict(models), sort_keys=True),
            models_dir=None if models_dir is None else str(models_dir),
            device=device,
            articles_seen=0,
            articles_stored=0,
            articles_skipped=0,
            articles_failed=0,
        )
        session.add(run)
        session.flush()
        return run.id

    return run_transaction(engine, work)


def finish_run(
    engine: Engine, run_id: int, *, seen: int, stored: int, skipped: int, failed: int
) -> None:
    """Close a run with its article counts."""
    statement = (
        update(orm.Run)
        .where(orm.Run.id == run_id)
        .values(
            finished_at=now(),
            articles_seen=seen,
            articles_stored=stored,
            articles_skipped=skipped,
            articles_failed=failed,
        )
    )
    run_transaction(engine, lambda session: session.execute(statement))


def stored_hashes(engine: Engine, hashes: Iterable[str]) -> set[str]:
    """Which of these content hashes are already stored (to skip re-analysing them)."""
    wanted = list(dict.fromkeys(hashes))

    def work(session: Session) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(wanted), HASH_CHUNK):
            chunk = wanted[start : start + HASH_CHUNK]
            column = orm.Article.content_hash
            found.update(session.scalars(select(column).where(column.in_(chunk))))
        return found

    return run_transaction(engine, work, write=False)


def save_article(
    engine: Engine,
    article: Article,
    extraction: Extraction,
    *,
    run_id: int | None,
    word_count: int | None = None,
    replace: bool = False,
) -> int:
    """Store an article and its extraction; return the article id.

    An article already stored (same content hash) is left untouched unless
    `replace`, which swaps its findings and metadata but keeps its id. Raises
    ValueError, writing nothing, if the extraction refers to ids it lacks.
    """

    def work(session: Session) -> int:
        _lock_article(session, article.content_hash)
        column = orm.Article.content_hash
        row = session.scalar(select(orm.Article).where(column == article.content_hash))
        if row is not None and not replace:
            return row.id
        if row is None:
            row = orm.Article(content_hash=article.content_hash)
            session.add(row)
        else:
            _delete_findings(session, row.id)
        _fill_article(row, article, run_id=run_id, word_count=word_count)
        session.flush()
        _add_findings(session, row.id, article.text, extraction)
        return row.id

    return run_transaction(engine, work)


def _lock_article(session: Session, content_hash: str) -> None:
    """On PostgreSQL, let one transaction at a time save a given text, so two ingests that
    read the same new article store it once (the second then finds it stored). SQLite
    writers take turns already (BEGIN IMMEDIATE)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(func.hashtext(content_hash))))


def _fill_article(
    row: orm.Article, article: Article, *, run_id: int | None, word_count: int | None
) -> None:
    row.text = article.text
    row.title = article.title
    row.outlet = article.outlet
    row.byline = article.byline
    row.published = article.published
    row.url = article.url
    row.path = article.path
    row.word_count = word_count
    row.ingested_at = now()
    row.run_id = run_id
    row.metadata_json = json.dumps(article.extra, ensure_ascii=False, sort_keys=True, default=str)


def _delete_findings(session: Session, article_id: int) -> None:
    """Delete an article's children; mentions and justification links go by cascade."""
    for table in (orm.Justification, orm.Disclosure, orm.Attribution, orm.Claim, orm.Source):
        session.execute(
            delete(table).where(table.article_id == article_id),
            execution_options={"synchronize_session": False},
        )


def _add_findings(session: Session, article_id: int, text: str, extraction: Extraction) -> None:
    """Insert the extraction, turning its per-article ids into database rows."""
    justified = {sid for j in extraction.justifications for sid in j.source_ids}
    sources = _unique(
        ((s.id, _source_row(article_id, s, s.id in justified)) for s in extraction.sources),
        "source",
    )
    attributions = _unique(((a.id, a) for a in extraction.attributions), "attribution")
    claim_of = {a.id: a.claim_id for a in extraction.attributions if a.claim_id is not None}
    for claim in extraction.claims:
        for attribution_id in claim.attribution_ids:
            _lookup(attributions, attribution_id, f"claim {claim.id} lists attribution")
            claim_of.setdefault(attribution_id, claim.id)
    claims = _unique(((c.id, _claim_row(article_id, c)) for c in extraction.claims), "claim")
    session.add_all(sources.values())
    session.add_all(claims.values())

    for attribution in extraction.attributions:
        what = f"attribution {attribution.id} refers to"
        source = _optional(sources, attribution.source_id, f"{what} source")
        claim = _optional(claims, claim_of.get(attribution.id), f"{what} claim")
        if claim is not None:
            claim.attribution_count += 1
            if source is not None and source.anonymous:
                claim.anonymous_count += 1
            elif source is not None:
                claim.named_count += 1
        session.add(_attribution_row(article_id, text, attribution, source, claim))

    for justification in extraction.justifications:
        session.add(
            orm.Justification(
                article_id=article_id,
                text=justification.text,
                reason=justification.reason,
                justification_start=justification.span.start,
                justification_end=justification.span.end,
                sources=[
                    _lookup(sources, sid, "justification refers to source")
                    for sid in dict.fromkeys(justification.source_ids)
                ],
            )
        )
    for disclosure in extraction.disclosures:
        session.add(
            orm.Disclosure(
                article_id=article_id,
                source=_optional(sources, disclosure.source_id, "disclosure refers to source"),
                kind=disclosure.kind,
                text=disclosure.text,
                disclosure_start=disclosure.span.start,
                disclosure_end=disclosure.span.end,
            )
        )
    session.flush()


def _source_row(article_id: int, source: Source, justified: bool) -> orm.Source:
    return orm.Source(
        article_id=article_id,
        source_number=source.id,
        name=source.name,
        kind=str(source.kind),
        anonymous=source.anonymous,
        role=source.role,
        seniority=source.seniority,
        affiliation=source.affiliation,
        organization=source.organization,
        location=source.location,
        plural=source.plural,
        number=source.number,
        knowledge_basis=source.knowledge_basis,
        title=source.title,
        justified=source.justified or justified,
        mention_count=len(source.mentions),
        mentions=[
            orm.SourceMention(
                article_id=article_id,
                mention_start=mention.span.start,
                mention_end=mention.span.end,
                text=mention.text,
                kind=mention.kind,
            )
            for mention in source.mentions
        ],
    )


def _claim_row(article_id: int, claim: Claim) -> orm.Claim:
    """Counts start at zero and are filled in from the attributions that carry the claim."""
    return orm.Claim(
        article_id=article_id,
        claim_number=claim.id,
        text=claim.text,
        sourcing=str(claim.sourcing),
        attribution_count=0,
        named_count=0,
        anonymous_count=0,
    )


def _attribution_row(
    article_id: int,
    text: str,
    attribution: Attribution,
    source: orm.Source | None,
    claim: orm.Claim | None,
) -> orm.Attribution:
    pieces = sorted(attribution.content)
    cue, speaker = attribution.cue, attribution.speaker
    return orm.Attribution(
        article_id=article_id,
        attribution_number=attribution.id,
        claim=claim,
        source=source,
        type=str(attribution.type),
        content_text=PIECE_SEPARATOR.join(piece.text(text) for piece in pieces),
        content_start=min((piece.start for piece in pieces), default=None),
        content_end=max((piece.end for piece in pieces), default=None),
        content_spans=json.dumps([[piece.start, piece.end] for piece in pieces]),
        cue_text=None if cue is None else cue.text(text),
        cue_start=None if cue is None else cue.start,
        cue_end=None if cue is None else cue.end,
        speaker_text=None if speaker is None else speaker.text,
        speaker_start=None if speaker is None else speaker.span.start,
        speaker_end=None if speaker is None else speaker.span.end,
        rule=attribution.rule,
        implicit=attribution.implicit,
    )


def _unique(pairs: Iterable[tuple[int, T]], what: str) -> dict[int, T]:
    found: dict[int, T] = {}
    for key, value in pairs:
        if key in found:
            raise ValueError(f"extraction has two {what}s with id {key}")
        found[key] = value
    return found


def _lookup(rows: Mapping[int, T], key: int, what: str) -> T:
    if key not in rows:
        raise ValueError(f"{what} {key}, which the extraction does not have")
    return rows[key]


def _optional(rows: Mapping[int, T], key: int | None, what: str) -> T | None:
    return None if key is None else _lookup(rows, key, what)
