"""Full-text search on PostgreSQL: GIN indexes over tsvectors of quotes and article text.

PostgreSQL only (SQLite has its FTS5 indexes from revision 0003; this revision
does nothing there). Words are found as FTS5's porter tokenizer finds them:
the text search configuration `tracker_english` is PostgreSQL's `english` with
English stemming but no stop words, so "I think" stays a searchable phrase, and
the characters PostgreSQL's parser builds host names, paths, e-mail addresses
and HTML tags from (. / @ < > &) are read as spaces, so "Scientology.org" holds
the word Scientology and "<script>" hides no text after it.

The indexes are on expressions, not stored columns, so the tables keep the same
columns on both databases and nothing has to keep an index column in sync. A
query uses an index when it repeats its expression:

    SELECT a.* FROM attributions a
    WHERE to_tsvector('tracker_english', translate(a.content_text, './@<>&', '      '))
          @@ websearch_to_tsquery('tracker_english', 'senior official');

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 10:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONFIGURATION = "tracker_english"
STEMMER = "tracker_english_stem"
SEPARATORS = "./@<>&"
WORDS = f"'{SEPARATORS}', '{' ' * len(SEPARATORS)}'"  # translate()'s from and to
# index -> (table, the indexed tsvector); tracker/reports/search.py repeats these.
INDEXES = {
    "attributions_fts": (
        "attributions",
        f"to_tsvector('{CONFIGURATION}', translate(content_text, {WORDS}))",
    ),
    "articles_fts": (
        "articles",
        f"to_tsvector('{CONFIGURATION}', translate(coalesce(title, '') || ' ' || text, {WORDS}))",
    ),
}


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    op.execute(f"CREATE TEXT SEARCH DICTIONARY {STEMMER} (TEMPLATE = snowball, LANGUAGE = english)")
    op.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIGURATION} (COPY = english)")
    op.execute(
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIGURATION} "
        f"ALTER MAPPING REPLACE english_stem WITH {STEMMER}"
    )
    for index, (table, vector) in INDEXES.items():
        op.execute(f"CREATE INDEX {index} ON {table} USING gin (({vector}))")


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    for index in INDEXES:
        op.execute(f"DROP INDEX {index}")
    op.execute(f"DROP TEXT SEARCH CONFIGURATION {CONFIGURATION}")
    op.execute(f"DROP TEXT SEARCH DICTIONARY {STEMMER}")
