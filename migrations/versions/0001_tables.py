"""Tables for runs, articles, sources and their mentions, claims, quotes, justifications.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 09:27:25.874141
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer(), nullable=False)


def _article_id(table: str) -> list:
    """The article_id column and its cascading foreign key, shared by every child table."""
    return [
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f(f"fk_{table}_article_id_articles"),
            ondelete="CASCADE",
        ),
    ]


def _index(table: str, *columns: str, unique: bool = False) -> None:
    name = op.f(f"ix_{table}_{'_'.join(columns)}")
    op.create_index(name, table, list(columns), unique=unique)


def upgrade() -> None:
    op.create_table(
        "runs",
        _id(),
        sa.Column("started_at", sa.String(), nullable=False),
        sa.Column("finished_at", sa.String(), nullable=True),
        sa.Column("tracker_version", sa.String(), nullable=False),
        sa.Column("stanza_version", sa.String(), nullable=True),
        sa.Column("models", sa.Text(), nullable=False),
        sa.Column("models_dir", sa.String(), nullable=True),
        sa.Column("device", sa.String(), nullable=True),
        sa.Column("articles_seen", sa.Integer(), nullable=False),
        sa.Column("articles_stored", sa.Integer(), nullable=False),
        sa.Column("articles_skipped", sa.Integer(), nullable=False),
        sa.Column("articles_failed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_runs")),
    )

    op.create_table(
        "articles",
        _id(),
        sa.Column("content_hash", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("outlet", sa.String(), nullable=True),
        sa.Column("byline", sa.String(), nullable=True),
        sa.Column("published", sa.String(), nullable=True),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("path", sa.String(), nullable=True),
        sa.Column("word_count", sa.Integer(), nullable=True),
        sa.Column("ingested_at", sa.String(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("metadata_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"], ["runs.id"], name=op.f("fk_articles_run_id_runs"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
    )
    _index("articles", "content_hash", unique=True)
    _index("articles", "outlet")
    _index("articles", "published")
    _index("articles", "run_id")

    op.create_table(
        "sources",
        _id(),
        *_article_id("sources"),
        sa.Column("source_number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("role", sa.String(), nullable=True),
        sa.Column("seniority", sa.String(), nullable=True),
        sa.Column("affiliation", sa.String(), nullable=True),
        sa.Column("organization", sa.String(), nullable=True),
        sa.Column("location", sa.String(), nullable=True),
        sa.Column("plural", sa.Boolean(), nullable=False),
        sa.Column("number", sa.String(), nullable=True),
        sa.Column("knowledge_basis", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("justified", sa.Boolean(), nullable=False),
        sa.Column("mention_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint(
            "article_id", "source_number", name=op.f("uq_sources_article_id_source_number")
        ),
    )
    _index("sources", "article_id")
    _index("sources", "kind")
    _index("sources", "anonymous")

    op.create_table(
        "source_mentions",
        _id(),
        sa.Column("source_id", sa.Integer(), nullable=False),
        *_article_id("source_mentions"),
        sa.Column("mention_start", sa.Integer(), nullable=False),
        sa.Column("mention_end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_source_mentions_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_mentions")),
    )
    _index("source_mentions", "article_id")
    _index("source_mentions", "source_id")

    op.create_table(
        "claims",
        _id(),
        *_article_id("claims"),
        sa.Column("claim_number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sourcing", sa.String(), nullable=False),
        sa.Column("attribution_count", sa.Integer(), nullable=False),
        sa.Column("named_count", sa.Integer(), nullable=False),
        sa.Column("anonymous_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
        sa.UniqueConstraint(
            "article_id", "claim_number", name=op.f("uq_claims_article_id_claim_number")
        ),
    )
    _index("claims", "article_id")
    _index("claims", "sourcing")

    op.create_table(
        "attributions",
        _id(),
        *_article_id("attributions"),
        sa.Column("attribution_number", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("content_text", sa.Text(), nullable=False),
        sa.Column("content_start", sa.Integer(), nullable=True),
        sa.Column("content_end", sa.Integer(), nullable=True),
        sa.Column("content_spans", sa.Text(), nullable=False),
        sa.Column("cue_text", sa.String(), nullable=True),
        sa.Column("cue_start", sa.Integer(), nullable=True),
        sa.Column("cue_end", sa.Integer(), nullable=True),
        sa.Column("speaker_text", sa.String(), nullable=True),
        sa.Column("speaker_start", sa.Integer(), nullable=True),
        sa.Column("speaker_end", sa.Integer(), nullable=True),
        sa.Column("rule", sa.String(), nullable=False),
        sa.Column("implicit", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_attributions_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_attributions_source_id_sources"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attributions")),
        sa.UniqueConstraint(
            "article_id",
            "attribution_number",
            name=op.f("uq_attributions_article_id_attribution_number"),
        ),
    )
    _index("attributions", "article_id")
    _index("attributions", "claim_id")
    _index("attributions", "source_id")

    op.create_table(
        "justifications",
        _id(),
        *_article_id("justifications"),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("justification_start", sa.Integer(), nullable=False),
        sa.Column("justification_end", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_justifications")),
    )
    _index("justifications", "article_id")

    op.create_table(
        "justification_sources",
        sa.Column("justification_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["justification_id"],
            ["justifications.id"],
            name=op.f("fk_justification_sources_justification_id_justifications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_justification_sources_source_id_sources"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "justification_id", "source_id", name=op.f("pk_justification_sources")
        ),
    )
    _index("justification_sources", "source_id")

    op.create_table(
        "disclosures",
        _id(),
        *_article_id("disclosures"),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("disclosure_start", sa.Integer(), nullable=False),
        sa.Column("disclosure_end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["sources.id"],
            name=op.f("fk_disclosures_source_id_sources"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosures")),
    )
    _index("disclosures", "article_id")
    _index("disclosures", "source_id")


def downgrade() -> None:
    """Drop children before parents; each table's indexes go with it."""
    for table in (
        "disclosures",
        "justification_sources",
        "justifications",
        "attributions",
        "claims",
        "source_mentions",
        "sources",
        "articles",
        "runs",
    ):
        op.drop_table(table)
