"""Readable views: quotes_readable, article_sourcing, claims_readable.

Plain SQL so they work straight from `sqlite3` or a spreadsheet tool; only the
string aggregate in claims_readable and the division in article_sourcing differ
between SQLite and PostgreSQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 09:40:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

QUOTES_READABLE = """
CREATE VIEW quotes_readable AS
SELECT
    a.id AS attribution_id,
    a.article_id,
    ar.title,
    ar.outlet,
    ar.published,
    a.type,
    a.content_text,
    a.cue_text,
    a.speaker_text,
    s.name AS source_name,
    s.kind AS source_kind,
    CASE WHEN s.id IS NULL THEN NULL WHEN s.anonymous THEN 1 ELSE 0 END AS anonymous,
    s.role,
    s.seniority,
    s.affiliation,
    s.organization,
    a.claim_id,
    c.sourcing AS claim_sourcing,
    a.rule,
    a.content_start,
    a.content_end
FROM attributions a
JOIN articles ar ON ar.id = a.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN claims c ON c.id = a.claim_id
"""

ARTICLE_SOURCING = """
CREATE VIEW article_sourcing AS
SELECT
    counts.article_id,
    counts.title,
    counts.outlet,
    counts.byline,
    counts.published,
    counts.attributions,
    counts.claims,
    counts.sources,
    counts.named_sources,
    counts.anonymous_sources,
    counts.anonymous_attributions,
    CASE WHEN counts.attributions > 0
        THEN {share}
    END AS share_anonymous,
    counts.anonymous_only_claims
FROM (
    SELECT
        ar.id AS article_id,
        ar.title,
        ar.outlet,
        ar.byline,
        ar.published,
        (SELECT COUNT(*) FROM attributions a WHERE a.article_id = ar.id) AS attributions,
        (SELECT COUNT(*) FROM claims c WHERE c.article_id = ar.id) AS claims,
        (SELECT COUNT(*) FROM sources s WHERE s.article_id = ar.id) AS sources,
        (SELECT COUNT(*) FROM sources s
            WHERE s.article_id = ar.id AND NOT s.anonymous) AS named_sources,
        (SELECT COUNT(*) FROM sources s
            WHERE s.article_id = ar.id AND s.anonymous) AS anonymous_sources,
        (SELECT COUNT(*) FROM attributions a JOIN sources s ON s.id = a.source_id
            WHERE a.article_id = ar.id AND s.anonymous) AS anonymous_attributions,
        (SELECT COUNT(*) FROM claims c
            WHERE c.article_id = ar.id AND c.sourcing = 'anonymous') AS anonymous_only_claims
    FROM articles ar
) counts
"""

CLAIMS_READABLE = """
CREATE VIEW claims_readable AS
SELECT
    c.id AS claim_id,
    c.article_id,
    ar.title,
    c.claim_number,
    c.text AS claim_text,
    c.sourcing,
    c.attribution_count,
    c.named_count,
    c.anonymous_count,
    {source_names} AS source_names
FROM claims c
JOIN articles ar ON ar.id = c.article_id
"""

# The claim's distinct sources, in the order the engine numbered them.
CLAIM_SOURCES = "SELECT a.source_id FROM attributions a WHERE a.claim_id = c.id"
SOURCE_NAMES = {
    "sqlite": f"""(SELECT group_concat(named.name, '; ') FROM (
        SELECT s.name FROM sources s WHERE s.id IN ({CLAIM_SOURCES}) ORDER BY s.source_number
    ) named)""",
    "postgresql": f"""(SELECT string_agg(s.name, '; ' ORDER BY s.source_number)
        FROM sources s WHERE s.id IN ({CLAIM_SOURCES}))""",
}

# A float on both (1.0 * n is an exact numeric on PostgreSQL, a Decimal in Python).
SHARE = {
    "sqlite": "1.0 * counts.anonymous_attributions / counts.attributions",
    "postgresql": "CAST(counts.anonymous_attributions AS double precision) / counts.attributions",
}

VIEWS = ("quotes_readable", "article_sourcing", "claims_readable")


def upgrade() -> None:
    dialect = op.get_context().dialect.name
    if dialect not in SOURCE_NAMES:
        raise NotImplementedError(f"claims_readable has no string aggregate for {dialect}")
    op.execute(QUOTES_READABLE)
    op.execute(ARTICLE_SOURCING.format(share=SHARE[dialect]))
    op.execute(CLAIMS_READABLE.format(source_names=SOURCE_NAMES[dialect]))


def downgrade() -> None:
    for view in reversed(VIEWS):
        op.execute(f"DROP VIEW {view}")
