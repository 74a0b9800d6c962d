"""Storage for articles and what the engine found in them: SQLite by default, schema by Alembic."""

from tracker.store.db import DatabaseError, database_url, open_database
from tracker.store.queries import (
    get_article,
    list_articles,
    list_claims,
    list_quotes,
    list_sources,
    sourcing_summary,
)
from tracker.store.save import finish_run, save_article, start_run, stored_hashes

__all__ = [
    "DatabaseError",
    "database_url",
    "finish_run",
    "get_article",
    "list_articles",
    "list_claims",
    "list_quotes",
    "list_sources",
    "open_database",
    "save_article",
    "sourcing_summary",
    "start_run",
    "stored_hashes",
]
