"""ORM tables for stored articles and what the attribution engine found in them.

Alembic migrations own the schema; these classes must match them exactly
(tests/test_migrations.py checks it). Column names are meant to be read by a
journalist in a spreadsheet or in `sqlite3`, without a manual. Offsets are
character offsets into `articles.text`, end exclusive; timestamps are ISO 8601
UTC text so they read and sort the same everywhere.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, MetaData, Table, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedColumn, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Named constraints, so SQLite batch migrations can find and alter them."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _article_fk() -> MappedColumn[int]:
    """Every child row dies with its article."""
    return mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)


class Run(Base):
    """One `tracker ingest` invocation: what ran, on what, with what outcome."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[str]
    finished_at: Mapped[str | None]
    tracker_version: Mapped[str]
    stanza_version: Mapped[str | None]
    models: Mapped[str] = mapped_column(Text)
    models_dir: Mapped[str | None]
    device: Mapped[str | None]
    articles_seen: Mapped[int] = mapped_column(default=0)
    articles_stored: Mapped[int] = mapped_column(default=0)
    articles_skipped: Mapped[int] = mapped_column(default=0)
    articles_failed: Mapped[int] = mapped_column(default=0)


class Article(Base):
    """One stored text, known by the SHA-256 of that text; its findings hang off it."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(index=True, unique=True)
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None]
    outlet: Mapped[str | None] = mapped_column(index=True)
    byline: Mapped[str | None]
    published: Mapped[str | None] = mapped_column(index=True)
    url: Mapped[str | None]
    path: Mapped[str | None]
    word_count: Mapped[int | None]
    ingested_at: Mapped[str]
    run_id: Mapped[int | None] = mapped_column(
        ForeignKey("runs.id", ondelete="SET NULL"), index=True
    )
    metadata_json: Mapped[str] = mapped_column(Text)

    sources: Mapped[list[Source]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )
    claims: Mapped[list[Claim]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )
    attributions: Mapped[list[Attribution]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )
    justifications: Mapped[list[Justification]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )
    disclosures: Mapped[list[Disclosure]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )


justification_sources = Table(
    "justification_sources",
    Base.metadata,
    Column(
        "justification_id",
        ForeignKey("justifications.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("source_id", ForeignKey("sources.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_justification_sources_source_id", "source_id"),
)


class Source(Base):
    """A distinct source in one article; `source_number` is the engine's id for it."""

    __tablename__ = "sources"
    __table_args__ = (UniqueConstraint("article_id", "source_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = _article_fk()
    source_number: Mapped[int]
    name: Mapped[str]
    kind: Mapped[str] = mapped_column(index=True)
    anonymous: Mapped[bool] = mapped_column(index=True)
    role: Mapped[str | None]
    seniority: Mapped[str | None]
    affiliation: Mapped[str | None]
    organization: Mapped[str | None]
    location: Mapped[str | None]
    plural: Mapped[bool]
    number: Mapped[str | None]
    knowledge_basis: Mapped[str | None]
    title: Mapped[str | None]
    justified: Mapped[bool]
    mention_count: Mapped[int]

    article: Mapped[Article] = relationship(back_populates="sources")
    mentions: Mapped[list[SourceMention]] = relationship(
        back_populates="source", cascade="all, delete-orphan", passive_deletes=True
    )


class SourceMention(Base):
    """Each place the article refers to a source: a name, "he", "the official"."""

    __tablename__ = "source_mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = _article_fk()
    mention_start: Mapped[int]
    mention_end: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str]

    source: Mapped[Source] = relationship(back_populates="mentions")


class Claim(Base):
    """What is asserted; `sourcing` says whether named or anonymous sources carry it."""

    __tablename__ = "claims"
    __table_args__ = (UniqueConstraint("article_id", "claim_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = _article_fk()
    claim_number: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    sourcing: Mapped[str] = mapped_column(index=True)
    attribution_count: Mapped[int]
    named_count: Mapped[int]
    anonymous_count: Mapped[int]

    article: Mapped[Article] = relationship(back_populates="claims")


class Attribution(Base):
    """One quotation or piece of reported speech; several content pieces share an envelope."""

    __tablename__ = "attributions"
    __table_args__ = (UniqueConstraint("article_id", "attribution_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = _article_fk()
    attribution_number: Mapped[int]
    claim_id: Mapped[int | None] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), index=True
    )
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    type: Mapped[str]
    content_text: Mapped[str] = mapped_column(Text)
    content_start: Mapped[int | None]
    content_end: Mapped[int | None]
    content_spans: Mapped[str] = mapped_column(Text)
    cue_text: Mapped[str | None]
    cue_start: Mapped[int | None]
    cue_end: Mapped[int | None]
    speaker_text: Mapped[str | None]
    speaker_start: Mapped[int | None]
    speaker_end: Mapped[int | None]
    rule: Mapped[str]
    implicit: Mapped[bool]

    article: Mapped[Article] = relationship(back_populates="attributions")
    claim: Mapped[Claim | None] = relationship()
    source: Mapped[Source | None] = relationship()


class Justification(Base):
    """A stated reason for granting anonymity ("not authorized to speak publicly")."""

    __tablename__ = "justifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = _article_fk()
    text: Mapped[str] = mapped_column(Text)
    reason: Mapped[str]
    justification_start: Mapped[int]
    justification_end: Mapped[int]

    article: Mapped[Article] = relationship(back_populates="justifications")
    sources: Mapped[list[Source]] = relationship(secondary=justification_sources)


class Disclosure(Base):
    """A note that a source was asked but said nothing ("declined to comment")."""

    __tablename__ = "disclosures"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = _article_fk()
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str]
    text: Mapped[str] = mapped_column(Text)
    disclosure_start: Mapped[int]
    disclosure_end: Mapped[int]

    article: Mapped[Article] = relationship(back_populates="disclosures")
    source: Mapped[Source | None] = relationship()
