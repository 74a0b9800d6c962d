"""The migrations own the schema: they build it, undo it, and match the ORM models, on
SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from conftest import ARTICLE_TABLES, Target
from sqlalchemy import Engine, inspect

import tracker
from tracker.store.db import (
    DatabaseError,
    alembic_config,
    create_database_engine,
    database_url,
    describe,
    open_database,
)
from tracker.store.models import Base

REPO = Path(tracker.__file__).resolve().parents[1]
HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()
TABLES = {"runs", *ARTICLE_TABLES}
VIEWS = {"quotes_readable", "article_sourcing", "claims_readable"}
# SQLite FTS5 indexes (revision 0003): each virtual table brings shadow tables and triggers.
FTS = {"attributions_fts", "articles_fts"}
FTS_TABLES = {
    f"{index}{part}" for index in FTS for part in ("", "_data", "_idx", "_docsize", "_config")
}
FTS_TRIGGERS = {f"{index}_{event}" for index in FTS for event in ("insert", "delete", "update")}
# PostgreSQL's full-text search (revision 0004): GIN indexes named like the FTS5 tables, and
# a text search configuration with its stemming dictionary.
TEXT_SEARCH = {"tracker_english", "tracker_english_stem"}
CHILDREN = TABLES - {"runs", "articles", "justification_sources"}
# What the full-text search adds on each database, by type.
FULL_TEXT = {
    "sqlite": {"table": FTS_TABLES, "trigger": FTS_TRIGGERS},
    "postgresql": {"index": FTS, "text search": TEXT_SEARCH},
}
KINDS = ("table", "view", "index", "trigger", "text search")
POSTGRES_SCHEMA = """
    SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' ELSE 'index' END, c.relname
    FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace
        AND c.relkind IN ('r', 'v', 'i')
    UNION ALL SELECT 'trigger', t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
    WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal
    UNION ALL SELECT 'text search', cfgname FROM pg_ts_config
    WHERE cfgnamespace = current_schema()::regnamespace
    UNION ALL SELECT 'text search', dictname FROM pg_ts_dict
    WHERE dictnamespace = current_schema()::regnamespace
"""


def include_name(name: str | None, type_: str, _parent_names: dict) -> bool:
    """The full-text indexes (FTS5 virtual tables with their shadow tables on SQLite, GIN
    expression indexes on PostgreSQL) are not ORM models; migrations/env.py agrees."""
    return not (type_ in ("table", "index") and name is not None and "_fts" in name)


def schema(database: Target) -> dict[str, set[str]]:
    """Names in the database by type (table, view, index, trigger, text search), the
    database's own left out."""
    found: dict[str, set[str]] = {kind: set() for kind in KINDS}
    if database.backend == "sqlite":
        rows = database.query("SELECT type, name FROM sqlite_master")
    else:
        rows = database.query(POSTGRES_SCHEMA)
    for kind, name in rows:
        if not name.startswith("sqlite_"):
            found[kind].add(name)
    return found


def at_head(database: Target) -> dict[str, set[str]]:
    """The schema at head, less the indexes (tested apart): tables, views, full-text search."""
    extra = FULL_TEXT[database.backend]
    return {
        "table": TABLES | {"alembic_version"} | extra.get("table", set()),
        "view": VIEWS,
        "trigger": extra.get("trigger", set()),
        "text search": extra.get("text search", set()),
    }


def without_indexes(found: dict[str, set[str]]) -> dict[str, set[str]]:
    return {kind: names for kind, names in found.items() if kind != "index"}


def version(database: Target) -> list[str]:
    return [row[0] for row in database.query("SELECT version_num FROM alembic_version")]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "news.db"


def open_and_close(path: Path | str, **options) -> None:
    open_database(str(path), **options).dispose()


def test_upgrade_builds_tables_views_and_indexes(database: Target) -> None:
    open_and_close(database.db)
    found = schema(database)
    assert without_indexes(found) == at_head(database)
    wanted = (
        FULL_TEXT[database.backend].get("index", set())
        | {f"ix_{table}_article_id" for table in CHILDREN}
        | {
            "ix_sources_kind",
            "ix_sources_anonymous",
            "ix_claims_sourcing",
            "ix_attributions_source_id",
            "ix_attributions_claim_id",
            "ix_articles_published",
            "ix_articles_outlet",
            "ix_articles_content_hash",
        }
    )
    assert wanted <= found["index"]
    assert version(database) == [HEAD]
    engine = create_database_engine(database.url)
    try:
        indexes = {index["name"]: index for index in inspect(engine).get_indexes("articles")}
    finally:
        engine.dispose()
    assert indexes["ix_articles_content_hash"]["unique"]


def test_downgrade_to_base_and_up_again(database: Target) -> None:
    open_and_close(database.db)
    database.migrate("downgrade", "0001")
    found = schema(database)
    assert found["table"] == TABLES | {"alembic_version"}
    assert found["view"] == found["trigger"] == found["text search"] == set()
    assert not found["index"] & FTS

    database.migrate("downgrade", "base")
    found = schema(database)
    assert found["table"] == {"alembic_version"}
    assert found["view"] == found["trigger"] == found["text search"] == set()
    # PostgreSQL indexes alembic_version's primary key; SQLite keeps it in the table.
    assert found["index"] <= {"alembic_version_pkc"}
    assert version(database) == []

    open_and_close(database.db)
    assert without_indexes(schema(database)) == at_head(database)
    assert version(database) == [HEAD]


def test_older_database_is_upgraded_keeping_rows(database: Target) -> None:
    database.migrate("upgrade", "0001")
    database.execute(
        "INSERT INTO articles (content_hash, text, ingested_at, metadata_json) "
        "VALUES ('abc', 'Text.', '2024-01-01T00:00:00+00:00', '{}')"
    )
    with pytest.raises(DatabaseError, match="needs upgrading"):
        open_and_close(database.db, upgrade=False)
    open_and_close(database.db)
    assert version(database) == [HEAD]
    assert database.query("SELECT article_id, attributions FROM article_sourcing") == [
        (database.scalar("SELECT id FROM articles"), 0)
    ]


def test_first_opens_at_once_migrate_once(new_database: Callable[[], Target]) -> None:
    """Several processes opening a new database together: one migrates, the rest wait."""
    database = new_database()
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def open_it() -> None:
        start.wait()
        try:
            open_and_close(database.db)
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert version(database) == [HEAD]
    assert without_indexes(schema(database)) == at_head(database)


def connect_together(url: str, count: int) -> list[BaseException]:
    """Open `count` engines on `url`, connect them all at one moment, and collect failures."""
    errors: list[BaseException] = []
    start = threading.Barrier(count)

    def connect() -> None:
        engine = create_database_engine(url)
        start.wait()
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql("CREATE TABLE IF NOT EXISTS t (x)")
        except BaseException as exc:  # noqa: BLE001 - collected for the caller's assertion
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=connect) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_new_sqlite_file_opened_by_many_at_once_waits_to_switch_to_wal(tmp_path: Path) -> None:
    """SQLite refuses a journal-mode change it cannot lock for at once, busy_timeout or not;
    connections racing to open a new file must wait for each other instead of failing."""
    for round_number in range(25):
        path = tmp_path / f"new-{round_number}.db"
        assert connect_together(f"sqlite:///{path}", 8) == []
        mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()
        assert mode == ("wal",)


def test_models_match_migrations(database: Target) -> None:
    engine = open_database(database.db)
    try:
        with engine.connect() as connection:
            options = {"compare_type": True, "include_name": include_name}
            context = MigrationContext.configure(connection, opts=options)
            assert compare_metadata(context, Base.metadata) == []
        # Autogenerate does not compare ON DELETE rules; they decide what a delete removes.
        reflected = {
            (table, fk["name"], fk["options"].get("ondelete"))
            for table in TABLES
            for fk in inspect(engine).get_foreign_keys(table)
        }
    finally:
        engine.dispose()
    modelled = {
        (table.name, fk.name, fk.ondelete)
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_key_constraints
    }
    assert reflected == modelled


def test_alembic_command_line_from_repo_root(new_database: Callable[[], Target]) -> None:
    given, from_env = new_database(), new_database()
    env = os.environ | {"TRACKER_DB": from_env.db}
    alembic = [sys.executable, "-m", "alembic"]
    for args in (["-x", f"db={given.db}", "upgrade", "head"], ["upgrade", "head"]):
        done = subprocess.run(
            alembic + args, cwd=REPO, env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
    assert version(given) == [HEAD]
    assert version(from_env) == [HEAD]
    assert without_indexes(schema(given)) == at_head(given)


def test_newer_schema_is_refused(database: Target) -> None:
    open_and_close(database.db)
    database.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    with pytest.raises(DatabaseError, match="upgrade tracker") as error:
        open_and_close(database.db)
    assert str(error.value) == (
        f"database at {describe(database.url)} was made by a newer tracker "
        "(revision f00dfeed); upgrade tracker"
    )


def test_upgrade_waits_for_a_lock_then_gives_up(db_path: Path) -> None:
    sqlite = Target("sqlite", str(db_path))
    sqlite.migrate("upgrade", "0001")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseError, match="is locked by another process"):
            open_and_close(db_path, busy_timeout_ms=50)
    finally:
        holder.close()
    assert version(sqlite) == ["0001"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "notes.txt", "is not a database file"),
        (lambda tmp: tmp, "it is a folder"),
        (lambda tmp: tmp / "missing" / "news.db", "does not exist"),
        (lambda tmp: "nosuchdriver://x", "unknown database driver 'nosuchdriver'"),
        (lambda tmp: "://nothing", "not a database URL"),
        (
            lambda tmp: "postgresql+psycopg://me@127.0.0.1:1/news",
            "cannot connect to database at postgresql+psycopg://me@127.0.0.1:1/news: ",
        ),
        (
            lambda tmp: "postgresql+pg8000://me:secret@127.0.0.1/news",
            "the database driver for postgresql+pg8000://me:***@127.0.0.1/news "
            "is not installed (pg8000)",
        ),
    ],
)
def test_bad_database_gives_one_line_error(tmp_path: Path, make, message: str) -> None:
    (tmp_path / "notes.txt").write_text("Not a database.\n" * 200)
    with pytest.raises(DatabaseError, match=re.escape(message)) as error:
        open_and_close(make(tmp_path))
    assert "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("value", "env", "url"),
    [
        (None, None, "sqlite:///tracker.db"),
        (None, "env.db", "sqlite:///env.db"),
        ("data/news.db", "env.db", "sqlite:///data/news.db"),
        ("/abs/news.db", None, "sqlite:////abs/news.db"),
        ("postgresql://me@host/news", None, "postgresql://me@host/news"),
    ],
)
def test_database_url(monkeypatch, value: str | None, env: str | None, url: str) -> None:
    if env is None:
        monkeypatch.delenv("TRACKER_DB", raising=False)
    else:
        monkeypatch.setenv("TRACKER_DB", env)
    assert database_url(value) == url


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("tracker_no_such_database", 'database "tracker_no_such_database" does not exist'),
        ("postgres", 'role "tracker_nobody" does not exist'),
    ],
)
def test_postgres_refusals_give_one_line_errors(
    postgres_server: Engine, name: str, message: str
) -> None:
    url = postgres_server.url.set(database=name)
    if name == "postgres":
        url = url.set(username="tracker_nobody", password="secret")
    with pytest.raises(DatabaseError) as error:
        open_and_close(url.render_as_string(hide_password=False))
    where = url.render_as_string(hide_password=True)
    assert str(error.value) == f"cannot connect to database at {where}: {message}"
