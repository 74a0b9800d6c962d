"""Opening the tracker database: URL rules, SQLite settings, schema upgrades, errors.

Every failure a user can cause (a wrong --db, a locked file, a schema made by a
newer tracker) comes out as a DatabaseError with a one-line message, so the CLI
can print it instead of a traceback.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import URL, Connection, Engine, create_engine, event, func, make_url, select
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

import tracker

MIGRATIONS = Path(tracker.__file__).resolve().parents[1] / "migrations"
DEFAULT_DB = "tracker.db"
# How long one run_transaction call may wait for a lock in all, retries included.
BUSY_TIMEOUT_MS = 30_000
# Seconds to wait before each new try of a transaction that found the database locked,
# as long as the busy timeout has time left.
LOCK_RETRY_DELAYS: tuple[float, ...] = (0.5, 2.0, 5.0)
# Seconds between tries to switch a new SQLite file to WAL while another connection holds it.
WAL_RETRY_DELAY = 0.05
# Execution options read by the SQLite "begin" hook: which BEGIN statement to emit, and
# the busy timeout (ms) to set before it (the engine's own unless a retry has less left).
SQLITE_BEGIN = "tracker_sqlite_begin"
SQLITE_BUSY_MS = "tracker_sqlite_busy_ms"
# PostgreSQL advisory lock key held while migrating (any fixed number; this one spells "trak").
MIGRATION_LOCK = 0x7472616B
# How psycopg's messages start when it cannot reach, resolve or log in to a server, and
# the preamble before libpq's reason ("connection to server at "host", port 5432 failed: ").
CONNECTION_FAILURES = ("connection failed", "connection to server", "connection is bad",
                       "failed to resolve host")  # fmt: skip
CONNECTION_PREAMBLE = re.compile(
    r"^(connection (failed|is bad): )?(connection to server .*? failed: )?(fatal: +)?",
    re.IGNORECASE,
)

T = TypeVar("T")


class DatabaseError(Exception):
    """A database problem explained in one line, for the user rather than a developer."""


def database_url(value: str | None) -> str:
    """Turn a --db value into an SQLAlchemy URL; anything without `://` is a SQLite file."""
    value = value or os.environ.get("TRACKER_DB") or DEFAULT_DB
    return value if "://" in value else f"sqlite:///{value}"


def describe(url: URL | str) -> str:
    """Name a database in messages: its file for SQLite, else the URL minus password."""
    if isinstance(url, str):
        try:
            url = make_url(url)
        except ArgumentError:
            return url
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def translate(exc: BaseException, url: URL | str) -> DatabaseError:
    """Reword a driver error as a one-line DatabaseError about the database at `url`."""
    where = describe(url)
    lines = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    detail = lines[0] if lines else type(exc).__name__
    low = detail.lower()
    if "locked" in low or "busy" in low:
        message = f"database at {where} is locked by another process; gave up waiting"
    elif "not a database" in low or "encrypted" in low:
        message = f"{where} is not a database file (not SQLite)"
    elif "unable to open database file" in low:
        message = f"cannot open or create database at {where}"
    elif "readonly" in low:
        message = f"cannot write to database at {where}: it is read-only"
    elif low.startswith(CONNECTION_FAILURES):
        message = f"cannot connect to database at {where}: {_connection_reason(detail)}"
    else:
        message = f"database error at {where}: {detail}"
    return DatabaseError(message)


def _connection_reason(detail: str) -> str:
    """What libpq says went wrong, without its "connection to server at ... failed" preamble."""
    return CONNECTION_PREAMBLE.sub("", detail) or detail


def is_locked(exc: SQLAlchemyError) -> bool:
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "database is locked" in text or "database table is locked" in text


def create_database_engine(url: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    """Create the engine without touching the schema (Alembic's env.py needs just this)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseError(f"not a database URL or file path: {url}") from None
    where = describe(parsed)
    sqlite = parsed.get_backend_name() == "sqlite"
    if sqlite:
        _check_sqlite_path(parsed)
    try:
        engine = create_engine(parsed)
    except NoSuchModuleError:
        raise DatabaseError(f"unknown database driver {parsed.drivername!r} in {where}") from None
    except ImportError as exc:
        raise DatabaseError(
            f"the database driver for {where} is not installed ({exc.name or exc})"
        ) from None
    except (ArgumentError, TypeError, ValueError) as exc:
        raise DatabaseError(f"cannot use database URL {where}: {exc}") from None
    if sqlite:
        _configure_sqlite(engine, busy_timeout_ms)
    return engine


def _check_sqlite_path(url: URL) -> None:
    """Say plainly what SQLite would only call "unable to open database file"."""
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    if path.is_dir():
        raise DatabaseError(f"cannot use {path} as the database: it is a folder")
    if not path.parent.is_dir():
        raise DatabaseError(f"cannot create database {path}: folder {path.parent} does not exist")


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    """Foreign keys, WAL for concurrent readers, and waiting on locks instead of failing.

    pysqlite's own transaction handling is switched off and replaced by an explicit
    BEGIN (SQLAlchemy's documented recipe), so reads and writes of one save share a
    transaction and a writer can take the lock up front with BEGIN IMMEDIATE.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cursor.execute("PRAGMA foreign_keys=ON")
            _use_wal(cursor, busy_timeout_ms)
        finally:
            cursor.close()

    engine.update_execution_options(**{SQLITE_BUSY_MS: busy_timeout_ms})

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        options = connection.get_execution_options()
        connection.exec_driver_sql(f"PRAGMA busy_timeout={int(options[SQLITE_BUSY_MS])}")
        connection.exec_driver_sql(options.get(SQLITE_BEGIN, "BEGIN"))


def _use_wal(cursor: sqlite3.Cursor, busy_timeout_ms: int) -> None:
    """Switch the file to WAL, waiting while another connection holds it.

    SQLite answers a journal-mode change it cannot lock for with "database is locked"
    at once, ignoring busy_timeout, so several processes opening a new database together
    would fail; this waits as busy_timeout would have. A file already in WAL is left as is.
    """
    deadline = time.monotonic() + busy_timeout_ms / 1000
    while True:
        try:
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() or time.monotonic() >= deadline:
                raise
            time.sleep(WAL_RETRY_DELAY)


@contextmanager
def sqlite_migration_mode(connection: Connection) -> Iterator[Connection]:
    """Prepare a fresh connection for migrations: write lock first, foreign keys off.

    With foreign keys on, the DROP TABLE of a SQLite batch rebuild would cascade and
    delete every child row; the pragma only changes outside a transaction.
    """
    if connection.dialect.name != "sqlite":
        yield connection
        return
    raw = connection.connection.driver_connection
    raw.execute("PRAGMA foreign_keys=OFF")
    connection.execution_options(**{SQLITE_BEGIN: "BEGIN IMMEDIATE"})
    try:
        yield connection
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def _lock_migrations(connection: Connection) -> None:
    """On PostgreSQL, make concurrent upgrades of one database wait for each other (SQLite's
    BEGIN IMMEDIATE does that already); the lock ends with the transaction."""
    if connection.dialect.name == "postgresql":
        connection.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK)))


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config for migrations/, optionally bound to an open connection."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def open_database(
    value: str | None = None, *, upgrade: bool = True, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> Engine:
    """Open (creating if needed) the database and bring its schema to this tracker's head.

    With upgrade=False a database that is empty or behind is refused instead.
    """
    engine = create_database_engine(database_url(value), busy_timeout_ms=busy_timeout_ms)
    try:
        _check_schema(engine, upgrade=upgrade)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _check_schema(engine: Engine, *, upgrade: bool) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    heads = set(script.get_heads())
    current = current_revisions(engine)
    _refuse_newer(engine, script, current)
    if current == heads:
        return
    if not upgrade:
        raise DatabaseError(
            f"database at {describe(engine.url)} needs upgrading "
            f"(it is at {_revisions(current)}, this tracker expects {_revisions(heads)})"
        )
    upgrade_database(engine)


def current_revisions(engine: Engine) -> set[str]:
    """The Alembic revisions stamped in the database; empty for a new database."""
    try:
        with engine.connect() as connection:
            return set(MigrationContext.configure(connection).get_current_heads())
    except SQLAlchemyError as exc:
        raise translate(exc, engine.url) from exc


def upgrade_database(engine: Engine) -> None:
    """Run every pending migration in one transaction, holding the write lock throughout."""
    try:
        with (
            engine.connect() as connection,
            sqlite_migration_mode(connection),
            connection.begin(),
        ):
            _lock_migrations(connection)
            current = set(MigrationContext.configure(connection).get_current_heads())
            script = ScriptDirectory.from_config(alembic_config())
            _refuse_newer(engine, script, current)
            if current != set(script.get_heads()):
                command.upgrade(alembic_config(connection), "head")
    except SQLAlchemyError as exc:
        raise translate(exc, engine.url) from exc
    except CommandError as exc:
        detail = str(exc).strip().splitlines()[0]
        raise DatabaseError(f"cannot upgrade database at {describe(engine.url)}: {detail}") from exc


def _refuse_newer(engine: Engine, script: ScriptDirectory, current: set[str]) -> None:
    known = {revision.revision for revision in script.walk_revisions()}
    unknown = current - known
    if unknown:
        raise DatabaseError(
            f"database at {describe(engine.url)} was made by a newer tracker "
            f"(revision {_revisions(unknown)}); upgrade tracker"
        )


def _revisions(revisions: set[str]) -> str:
    return ", ".join(sorted(revisions)) or "none"


def run_transaction(engine: Engine, work: Callable[[Session], T], *, write: bool = True) -> T:
    """Run `work` in one transaction; retry it from scratch while the database is locked.

    Writers on SQLite take the write lock at BEGIN (IMMEDIATE), so busy_timeout
    applies and no half-done transaction has to be abandoned for a stale snapshot.
    The busy timeout is the budget of the whole call: a retry waits only for what is
    left of it, so a database locked throughout gives up after one timeout, not one
    per try, while a transaction refused at once (SQLite does that to a reader that
    turns writer after another commit) is tried again.
    """
    budget_ms = engine.get_execution_options().get(SQLITE_BUSY_MS)
    deadline = None if budget_ms is None else time.monotonic() + budget_ms / 1000
    options = {SQLITE_BEGIN: "BEGIN IMMEDIATE"} if write else {}
    delays = iter(LOCK_RETRY_DELAYS)
    while True:
        if deadline is not None:
            options[SQLITE_BUSY_MS] = max(1, round((deadline - time.monotonic()) * 1000))
        try:
            with Session(engine.execution_options(**options)) as session, session.begin():
                return work(session)
        except OperationalError as exc:
            delay = next(delays, None)
            out_of_time = deadline is not None and time.monotonic() + (delay or 0) >= deadline
            if delay is None or out_of_time or not is_locked(exc):
                raise translate(exc, engine.url) from exc
            time.sleep(delay)
        except SQLAlchemyError as exc:
            raise translate(exc, engine.url) from exc
