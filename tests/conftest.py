"""Shared fixtures: the real Stanza pipeline, loaded once per test session, a
database built from the bundled corpus through the migrations and the real engine,
and database targets on SQLite and PostgreSQL for the tests that run on both.

The PostgreSQL targets need a server: $TRACKER_TEST_POSTGRES names it by URL
(`postgresql+psycopg://postgres@127.0.0.1:54329/postgres`, a user who may create
databases), and each test gets a database of its own, dropped afterwards. Without
one the PostgreSQL tests are skipped, except under CI (`CI` set), where they fail.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, insert, make_url, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from tracker.pipeline import Annotator, ingest
from tracker.store import open_database
from tracker.store.db import (
    alembic_config,
    create_database_engine,
    database_url,
    sqlite_migration_mode,
)
from tracker.store.models import Base

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus" / "articles"
SEED = CORPUS / "coalition-of-the-willing-2025-03-11.txt"
# Every table that holds what an ingest stores for an article (all but the runs table).
ARTICLE_TABLES = (
    "articles",
    "sources",
    "source_mentions",
    "claims",
    "attributions",
    "justifications",
    "justification_sources",
    "disclosures",
)
SHARED_MODELS = REPO.parent / "shared" / "stanza_resources"


def models_dir() -> str:
    """STANZA_RESOURCES_DIR when set (CI sets it), else the offline models beside the repo."""
    return os.environ.get("STANZA_RESOURCES_DIR") or str(SHARED_MODELS)


@pytest.fixture(scope="session")
def annotator() -> Annotator:
    """The real pipeline, built once; nothing is ever downloaded."""
    return Annotator(models_dir())


@pytest.fixture(scope="session")
def nlp_pipeline(annotator: Annotator):
    return annotator.pipeline


@pytest.fixture(scope="session")
def annotate(nlp_pipeline):
    """Run real Stanza on a text: annotate("The official said ...") -> Document."""
    from tracker import nlp

    def run(text: str):
        return next(nlp.annotate(nlp_pipeline, [text]))

    return run


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory, annotator: Annotator) -> Path:
    """A SQLite file made by the migrations and filled from corpus/articles by the real
    engine. Tests may read it; tests that write must copy it first."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    engine = open_database(str(path))
    report = ingest(engine, [str(CORPUS)], annotator)
    engine.dispose()
    assert report.stored == 25, report.errors
    return path


# --- database targets: the same tests on SQLite and PostgreSQL ---------------------

POSTGRES_ENV = "TRACKER_TEST_POSTGRES"
BACKENDS = ("sqlite", "postgresql")


@dataclass
class Target:
    """A database a test runs against, and plain SQL on it as any other client would run it."""

    backend: str  # "sqlite" or "postgresql"
    db: str  # what --db takes: a file path for SQLite, a URL for PostgreSQL
    _engine: Engine | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return database_url(self.db)

    def engine(self) -> Engine:
        """A plain SQLAlchemy engine, not tracker's: no pragmas, no migrations."""
        if self._engine is None:
            self._engine = create_engine(self.url, poolclass=NullPool)
        return self._engine

    def query(self, sql: str, **params: Any) -> list[tuple]:
        with self.engine().connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql), params)]

    def rows(self, sql: str, **params: Any) -> list[dict[str, Any]]:
        with self.engine().connect() as connection:
            return [dict(row) for row in connection.execute(text(sql), params).mappings()]

    def scalar(self, sql: str, **params: Any) -> Any:
        return self.query(sql, **params)[0][0]

    def execute(self, sql: str, **params: Any) -> Any:
        """Run one statement in its own committed transaction; return its first value, if any."""
        with self.engine().begin() as connection:
            result = connection.execute(text(sql), params)
            return result.scalar() if result.returns_rows else None

    def migrate(self, direction: str, revision: str) -> None:
        """Run alembic upgrade/downgrade the way tracker.store.db does."""
        engine = create_database_engine(self.url)
        try:
            with engine.connect() as connection, sqlite_migration_mode(connection):
                getattr(command, direction)(alembic_config(connection), revision)
        finally:
            engine.dispose()

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def _unavailable(reason: str) -> None:
    """Skip a PostgreSQL test locally; under CI a missing server is a failure."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI runs the PostgreSQL tests (see .ci/run)", pytrace=False)
    pytest.skip(f"{reason}; set {POSTGRES_ENV} to a server URL to run the PostgreSQL tests")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[Engine]:
    """An AUTOCOMMIT connection pool to the server in $TRACKER_TEST_POSTGRES."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        _unavailable(f"{POSTGRES_ENV} is not set")
    try:
        server = create_engine(url, isolation_level="AUTOCOMMIT")
        with server.connect():
            pass
    except ImportError as exc:
        _unavailable(f"no PostgreSQL driver ({exc.name}): pip install -e '.[postgres]'")
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        _unavailable(f"cannot reach the PostgreSQL server in {POSTGRES_ENV}: {reason}")
    yield server
    server.dispose()


@contextmanager
def postgres_database(server: Engine, template: str | None = None) -> Iterator[str]:
    """A new, uniquely named database on the server (a copy of `template` if given); its URL."""
    name = f"tracker_test_{uuid.uuid4().hex[:12]}"
    copy = f' TEMPLATE "{template}"' if template else ""
    with server.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"{copy}')
    try:
        yield server.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with server.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Each test that uses a target runs once per database; PostgreSQL needs its server."""
    if request.param == "postgresql":
        request.getfixturevalue("postgres_server")
    return request.param


@pytest.fixture
def new_database(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[[], Target]]:
    """Make empty databases (no schema yet) on the test's backend; all go at teardown."""
    made: list[Target] = []
    with ExitStack() as stack:

        def make() -> Target:
            if backend == "sqlite":
                target = Target(backend, str(tmp_path / f"news{len(made) or ''}.db"))
            else:
                server = request.getfixturevalue("postgres_server")
                target = Target(backend, stack.enter_context(postgres_database(server)))
            made.append(target)
            return target

        yield make
        for target in made:
            target.dispose()


@pytest.fixture
def database(new_database: Callable[[], Target]) -> Target:
    """One empty database on each backend."""
    return new_database()


def copy_rows(source: Engine, target: Engine) -> None:
    """Every row of every table, ids kept; PostgreSQL's id sequences then start past them."""
    with source.connect() as reading, target.begin() as writing:
        for table in Base.metadata.sorted_tables:
            rows = [dict(row) for row in reading.execute(select(table)).mappings()]
            if rows:
                writing.execute(insert(table), rows)
            if "id" in table.c and target.dialect.name == "postgresql":
                writing.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"coalesce(max(id), 0) + 1, false) FROM {table.name}"
                    )
                )


@pytest.fixture(scope="session")
def postgres_corpus_template(
    corpus_db: Path, postgres_server: Engine
) -> Iterator[str]:
    """The name of a PostgreSQL database holding corpus_db's rows (same ids), migrated by
    tracker; nothing stays connected to it, so tests copy it with CREATE DATABASE TEMPLATE."""
    with postgres_database(postgres_server) as url:
        source, target = open_database(str(corpus_db)), open_database(url)
        try:
            copy_rows(source, target)
        finally:
            source.dispose()
            target.dispose()
        yield make_url(url).database


@pytest.fixture(scope="session")
def corpus(backend: str, corpus_db: Path, request: pytest.FixtureRequest) -> Iterator[Target]:
    """The corpus database on each backend, to read only (the same rows and ids on both)."""
    with _corpus_target(backend, corpus_db, None, request) as target:
        yield target


@pytest.fixture
def corpus_copy(
    backend: str, corpus_db: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Target]:
    """A writable copy of the corpus database on each backend."""
    with _corpus_target(backend, corpus_db, tmp_path / "copy.db", request) as target:
        yield target


@contextmanager
def _corpus_target(
    backend: str, corpus_db: Path, copy: Path | None, request: pytest.FixtureRequest
) -> Iterator[Target]:
    """corpus_db itself or a copy of it at `copy` on SQLite; a copy on PostgreSQL."""
    with ExitStack() as stack:
        if backend == "sqlite":
            path = corpus_db if copy is None else Path(shutil.copyfile(corpus_db, copy))
            target = Target(backend, str(path))
        else:
            server = request.getfixturevalue("postgres_server")
            template = request.getfixturevalue("postgres_corpus_template")
            target = Target(backend, stack.enter_context(postgres_database(server, template)))
        stack.callback(target.dispose)
        yield target
