"""Full-text search: FTS5 indexes over quotes and article text, kept in sync by triggers.

SQLite only: attributions_fts indexes attributions.content_text and
articles_fts indexes articles.title and articles.text, both as external-content
tables (the text is stored once, in its own table). Triggers keep them in step
with every insert, update and delete, cascades included. Query them with MATCH:

    SELECT a.* FROM attributions a
    JOIN attributions_fts f ON f.rowid = a.id
    WHERE attributions_fts MATCH 'senior NEAR official';

On PostgreSQL this revision does nothing; search falls back to LIKE there
until a later revision adds tsvector columns.

A later revision that rebuilds attributions or articles (a SQLite batch
alter) drops their triggers with the old table: it must create them again.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 11:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Porter stemming, so "attacked" finds "attack"; accents folded.
TOKENIZE = "porter unicode61 remove_diacritics 2"
# index table -> (content table, indexed columns)
INDEXES = {
    "attributions_fts": ("attributions", ("content_text",)),
    "articles_fts": ("articles", ("title", "text")),
}


def _statements(index: str, table: str, columns: tuple[str, ...]) -> list[str]:
    names = ", ".join(columns)
    new = ", ".join(f"new.{column}" for column in columns)
    old = ", ".join(f"old.{column}" for column in columns)
    insert = f"INSERT INTO {index}(rowid, {names}) VALUES (new.id, {new});"
    remove = f"INSERT INTO {index}({index}, rowid, {names}) VALUES ('delete', old.id, {old});"
    return [
        f"CREATE VIRTUAL TABLE {index} USING fts5("
        f"{names}, content='{table}', content_rowid='id', tokenize='{TOKENIZE}')",
        f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN {remove} END",
        f"CREATE TRIGGER {index}_update AFTER UPDATE OF {names} ON {table} "
        f"BEGIN {remove} {insert} END",
        f"INSERT INTO {index}({index}) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    if op.get_context().dialect.name != "sqlite":
        return
    for index, (table, columns) in INDEXES.items():
        for statement in _statements(index, table, columns):
            op.execute(statement)


def downgrade() -> None:
    if op.get_context().dialect.name != "sqlite":
        return
    for index in INDEXES:
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {index}_{trigger}")
        op.execute(f"DROP TABLE IF EXISTS {index}")
