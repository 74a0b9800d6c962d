"""Storage for articles and what the engine found in them: SQLite by default, schema by Alembic."""

from tracker.store.db import DatabaseError, database_url, open_database

__all__ = ["DatabaseError", "database_url", "open_database"]
