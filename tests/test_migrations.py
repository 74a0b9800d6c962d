"""The migrations own the schema: they build it, undo it, and match the ORM models."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

import tracker
from tracker.store.db import (
    DatabaseError,
    alembic_config,
    create_database_engine,
    database_url,
    open_database,
    sqlite_migration_mode,
)
from tracker.store.models import Base

REPO = Path(tracker.__file__).resolve().parents[1]
HEAD = ScriptDirectory.from_config(alembic_config()).get_current_head()
TABLES = {
    "runs",
    "articles",
    "sources",
    "source_mentions",
    "claims",
    "attributions",
    "justifications",
    "justification_sources",
    "disclosures",
}
VIEWS = {"quotes_readable", "article_sourcing", "claims_readable"}
# SQLite FTS5 indexes (revision 0003): each virtual table brings shadow tables and triggers.
FTS = {"attributions_fts", "articles_fts"}
FTS_TABLES = {
    f"{index}{part}" for index in FTS for part in ("", "_data", "_idx", "_docsize", "_config")
}
FTS_TRIGGERS = {f"{index}_{event}" for index in FTS for event in ("insert", "delete", "update")}
CHILDREN = TABLES - {"runs", "articles", "justification_sources"}


def include_name(name: str | None, type_: str, _parent_names: dict) -> bool:
    """The FTS5 indexes are virtual tables with shadow tables, not ORM models."""
    return not (type_ == "table" and name is not None and "_fts" in name)


def schema(path: Path) -> dict[str, set[str]]:
    """Names in the SQLite file by type (table, view, index, trigger), SQLite's own left out."""
    found: dict[str, set[str]] = {"table": set(), "view": set(), "index": set(), "trigger": set()}
    with sqlite3.connect(path) as raw:
        for kind, name in raw.execute("SELECT type, name FROM sqlite_master"):
            if not name.startswith("sqlite_"):
                found[kind].add(name)
    return found


def version(path: Path) -> list[str]:
    with sqlite3.connect(path) as raw:
        return [row[0] for row in raw.execute("SELECT version_num FROM alembic_version")]


def migrate(path: Path, direction: str, revision: str) -> None:
    """Run alembic upgrade/downgrade the way tracker.store.db does."""
    engine = create_database_engine(database_url(str(path)))
    try:
        with engine.connect() as connection, sqlite_migration_mode(connection):
            getattr(command, direction)(alembic_config(connection), revision)
    finally:
        engine.dispose()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "news.db"


def open_and_close(path: Path | str, **options) -> None:
    open_database(str(path), **options).dispose()


def test_upgrade_builds_tables_views_and_indexes(db_path: Path) -> None:
    open_and_close(db_path)
    found = schema(db_path)
    assert found["table"] == TABLES | {"alembic_version"} | FTS_TABLES
    assert found["view"] == VIEWS
    assert found["trigger"] == FTS_TRIGGERS
    wanted = {f"ix_{table}_article_id" for table in CHILDREN} | {
        "ix_sources_kind",
        "ix_sources_anonymous",
        "ix_claims_sourcing",
        "ix_attributions_source_id",
        "ix_attributions_claim_id",
        "ix_articles_published",
        "ix_articles_outlet",
        "ix_articles_content_hash",
    }
    assert wanted <= found["index"]
    assert version(db_path) == [HEAD]
    with sqlite3.connect(db_path) as raw:
        (unique,) = raw.execute(
            "SELECT \"unique\" FROM pragma_index_list('articles') "
            "WHERE name = 'ix_articles_content_hash'"
        ).fetchone()
    assert unique == 1


def test_downgrade_to_base_and_up_again(db_path: Path) -> None:
    open_and_close(db_path)
    migrate(db_path, "downgrade", "0001")
    assert schema(db_path)["view"] == set()
    assert schema(db_path)["table"] == TABLES | {"alembic_version"}

    migrate(db_path, "downgrade", "base")
    assert schema(db_path) == {
        "table": {"alembic_version"},
        "view": set(),
        "index": set(),
        "trigger": set(),
    }
    assert version(db_path) == []

    open_and_close(db_path)
    assert schema(db_path)["view"] == VIEWS
    assert version(db_path) == [HEAD]


def test_older_database_is_upgraded_keeping_rows(db_path: Path) -> None:
    migrate(db_path, "upgrade", "0001")
    with sqlite3.connect(db_path) as raw:
        raw.execute(
            "INSERT INTO articles (content_hash, text, ingested_at, metadata_json) "
            "VALUES ('abc', 'Text.', '2024-01-01T00:00:00+00:00', '{}')"
        )
    with pytest.raises(DatabaseError, match="needs upgrading"):
        open_and_close(db_path, upgrade=False)
    open_and_close(db_path)
    assert version(db_path) == [HEAD]
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT COUNT(*) FROM article_sourcing").fetchone() == (1,)


def test_models_match_migrations(db_path: Path) -> None:
    engine = open_database(str(db_path))
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


def test_alembic_command_line_from_repo_root(tmp_path: Path) -> None:
    given = tmp_path / "given.db"
    from_env = tmp_path / "from_env.db"
    env = os.environ | {"TRACKER_DB": str(from_env)}
    alembic = [sys.executable, "-m", "alembic"]
    for args in (["-x", f"db={given}", "upgrade", "head"], ["upgrade", "head"]):
        done = subprocess.run(
            alembic + args, cwd=REPO, env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
    assert version(given) == [HEAD]
    assert version(from_env) == [HEAD]
    assert schema(given)["view"] == VIEWS


def test_newer_schema_is_refused(db_path: Path) -> None:
    open_and_close(db_path)
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    message = f"database at {db_path} was made by a newer tracker (revision f00dfeed); "
    with pytest.raises(DatabaseError, match="upgrade tracker") as error:
        open_and_close(db_path)
    assert str(error.value) == message + "upgrade tracker"


def test_upgrade_waits_for_a_lock_then_gives_up(db_path: Path) -> None:
    migrate(db_path, "upgrade", "0001")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseError, match="is locked by another process"):
            open_and_close(db_path, busy_timeout_ms=50)
    finally:
        holder.close()
    assert version(db_path) == ["0001"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "notes.txt", "is not a database file"),
        (lambda tmp: tmp, "it is a folder"),
        (lambda tmp: tmp / "missing" / "news.db", "does not exist"),
        (lambda tmp: "nosuchdriver://x", "unknown database driver 'nosuchdriver'"),
        (lambda tmp: "://nothing", "not a database URL"),
    ],
)
def test_bad_database_gives_one_line_error(tmp_path: Path, make, message: str) -> None:
    (tmp_path / "notes.txt").write_text("Not a database.\n" * 200)
    with pytest.raises(DatabaseError, match=message) as error:
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
