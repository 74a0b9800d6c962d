"""Alembic environment for the tracker schema.

Run from the repository root (`alembic -x db=news.db upgrade head`; without -x
the database is $TRACKER_DB, else tracker.db), or programmatically by
tracker.store.db, which passes its open connection in config.attributes.
"""

from logging.config import fileConfig

from alembic import context
from sqlalchemy import Connection

from tracker.store.db import (
    DatabaseError,
    create_database_engine,
    database_url,
    sqlite_migration_mode,
)
from tracker.store.models import Base

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def include_name(name: str | None, type_: str, _parent_names: dict) -> bool:
    """Autogenerate and `alembic check` leave the full-text indexes alone: on SQLite the
    FTS5 virtual tables and their shadow tables (revision 0003), on PostgreSQL the GIN
    expression indexes (revision 0004). None of them is an ORM model."""
    return not (type_ in ("table", "index") and name is not None and "_fts" in name)


def _url() -> str:
    return database_url(context.get_x_argument(as_dictionary=True).get("db"))


def _migrate(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    # tracker.store.db emits BEGIN itself on SQLite, so its DDL is transactional too.
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        include_name=include_name,
        render_as_batch=sqlite,
        transactional_ddl=True if sqlite else None,
    )
    with context.begin_transaction():
        context.run_migrations()
        if sqlite:
            _check_foreign_keys(connection)


def _check_foreign_keys(connection: Connection) -> None:
    """Foreign keys are off while migrating SQLite; refuse to commit dangling rows."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        raise DatabaseError(f"migration left broken references in {', '.join(tables)}")


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _migrate(connection)
        return
    engine = create_database_engine(_url())
    try:
        with engine.connect() as connection, sqlite_migration_mode(connection):
            _migrate(connection)
    finally:
        engine.dispose()


def run_migrations_offline() -> None:
    url = _url()
    context.configure(
        url=url,
        target_metadata=Base.metadata,
        literal_binds=True,
        render_as_batch=url.startswith("sqlite"),
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
