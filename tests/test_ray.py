"""`tracker ingest --engine ray` on a local 2-CPU Ray instance: the same rows as the
single-process ingest of the corpus (on SQLite written by the driver, on PostgreSQL by
the actors), bad files reported by name, re-runs idempotent."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ARTICLE_TABLES, CORPUS, Target, models_dir, postgres_database
from sqlalchemy import select

from tracker.cli import main
from tracker.pipeline import Annotator
from tracker.store import open_database
from tracker.store.models import Base

if os.environ.get("CI"):
    import ray  # CI installs tracker[cluster]: a missing Ray fails there, never skips
else:
    ray = pytest.importorskip("ray")

from tracker.cluster import ingest_on_ray  # noqa: E402 - only once Ray is known to be there

pytestmark = pytest.mark.slow

# What identifies a row across two databases, in place of its autoincrement id.
NATURAL_KEYS = {
    "articles": ("content_hash",),
    "sources": ("article_id", "source_number"),
    "claims": ("article_id", "claim_number"),
    "attributions": ("article_id", "attribution_number"),
    "justifications": ("article_id", "justification_start", "justification_end"),
}
# Differ between any two ingests of the same articles.
IGNORED = {"id", "run_id", "ingested_at"}


@pytest.fixture(scope="module")
def local_ray():
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False,
             logging_level="error")
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def ray_ingest(tmp_path_factory, local_ray):
    """The corpus and one undecodable file ingested twice on Ray into a fresh SQLite file."""
    folder = tmp_path_factory.mktemp("ray")
    bad = folder / "broken.txt"
    bad.write_bytes(b"\xff\xfe\x00not text")
    path = folder / "ray.db"
    engine = open_database(str(path))
    inputs = [str(CORPUS), str(bad)]
    first = ingest_on_ray(engine, inputs, Annotator(models_dir()), workers=2)
    second = ingest_on_ray(engine, inputs, Annotator(models_dir()), workers=2)
    engine.dispose()
    return path, bad, first, second


@pytest.fixture(scope="module")
def postgres_ray_ingest(postgres_server, local_ray):
    """The corpus ingested twice on Ray into a fresh PostgreSQL database; the driver may
    not save an article (the actors do)."""
    with postgres_database(postgres_server) as url:
        engine = open_database(url)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("tracker.cluster.store_result", _driver_must_not_write)
            first = ingest_on_ray(engine, [str(CORPUS)], Annotator(models_dir()), workers=2)
            second = ingest_on_ray(engine, [str(CORPUS)], Annotator(models_dir()), workers=2)
        engine.dispose()
        target = Target("postgresql", url)
        yield target, first, second
        target.dispose()


def _driver_must_not_write(*args: object, **kwargs: object) -> None:
    raise AssertionError("on PostgreSQL the Ray actors save the articles, not the driver")


def _rows(target: Target) -> dict[str, list[tuple]]:
    """Every compared table's rows, ids replaced by the natural keys they point to, so
    databases whose ids differ (actors writing concurrently) compare equal."""
    tables = Base.metadata.tables
    with target.engine().connect() as db:
        keys: dict[str, dict[int, tuple]] = {}
        for name, columns in NATURAL_KEYS.items():  # articles first: the others refer to it
            table = tables[name]
            keys[name] = {}
            for row_id, *values in db.execute(select(table.c.id, *(table.c[c] for c in columns))):
                if columns[0] == "article_id":
                    values[0] = keys["articles"][values[0]]
                keys[name][row_id] = tuple(values)
        rows: dict[str, list[tuple]] = {}
        for name in ARTICLE_TABLES:
            table = tables[name]
            foreign = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
            kept = [c for c in table.c if c.name not in IGNORED]
            found = []
            for values in db.execute(select(*kept)):
                found.append(tuple(
                    keys[foreign[c.name]].get(v) if c.name in foreign and v is not None else v
                    for c, v in zip(kept, values, strict=True)
                ))
            rows[name] = sorted(found, key=repr)
    return rows


def _assert_same_rows(target: Target, corpus_db: Path) -> None:
    """The rows of `target` are those of the single-process ingest of the corpus."""
    ray_rows, local_rows = _rows(target), _rows(Target("sqlite", str(corpus_db)))
    for table in ARTICLE_TABLES:
        assert ray_rows[table] == local_rows[table], table
    assert len(ray_rows["attributions"]) > 100


def test_ray_ingest_stores_exactly_the_single_process_rows(ray_ingest, corpus_db):
    path, _, first, _ = ray_ingest
    assert first.stored == 25
    _assert_same_rows(Target("sqlite", str(path)), corpus_db)


def test_on_postgresql_the_actors_store_the_single_process_rows(postgres_ray_ingest, corpus_db):
    target, first, second = postgres_ray_ingest
    assert (first.seen, first.stored, first.skipped, first.failed) == (25, 25, 0, 0)
    assert (second.seen, second.stored, second.skipped, second.failed) == (25, 0, 25, 0)
    assert first.errors == second.errors == []
    _assert_same_rows(target, corpus_db)
    assert target.query(
        "select articles_seen, articles_stored, articles_skipped, articles_failed from runs"
        " where finished_at is not null order by id"
    ) == [(25, 25, 0, 0), (25, 0, 25, 0)]
    assert target.query("select distinct run_id from articles") == [(first.run_id,)]


def test_a_bad_file_is_reported_by_name_and_skipped(ray_ingest):
    path, bad, first, _ = ray_ingest
    assert (first.seen, first.stored, first.skipped, first.failed) == (25, 25, 0, 1)
    assert len(first.errors) == 1 and first.errors[0].startswith(f"{bad}: ")
    with sqlite3.connect(path) as db:
        run = db.execute(
            "select articles_seen, articles_stored, articles_skipped, articles_failed, finished_at"
            " from runs where id = ?", (first.run_id,)
        ).fetchone()
    assert run[:4] == (25, 25, 0, 1) and run[4] is not None


def test_a_second_ray_run_stores_nothing_new(ray_ingest):
    path, bad, first, second = ray_ingest
    assert (second.seen, second.stored, second.skipped, second.failed) == (25, 0, 25, 1)
    assert second.errors == first.errors
    with sqlite3.connect(path) as db:
        assert db.execute("select count(*) from articles").fetchone() == (25,)
        stored_by = db.execute("select distinct run_id from articles").fetchall()
    assert stored_by == [(first.run_id,)]


def test_cli_ingest_engine_ray(ray_ingest, tmp_path):
    """One new article through the command line, on one actor of the running instance."""
    path, bad, _, _ = ray_ingest
    db = tmp_path / "cli.db"
    shutil.copy(path, db)
    story = tmp_path / "story.txt"
    story.write_text('"We will not sign," a senior diplomat said on Tuesday.\n', encoding="utf-8")
    result = CliRunner().invoke(main, [
        "--db", str(db), "--models-dir", models_dir(),
        "ingest", "--engine", "ray", "--workers", "1", str(story), str(CORPUS), str(bad),
    ])
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[-1] == "1 stored, 25 skipped (already stored), 1 failed"
    assert f"tracker: error: {bad}: " in result.output
    with sqlite3.connect(db) as connection:
        (speaker,) = connection.execute(
            "select speaker_text from attributions join articles a on a.id = article_id"
            " where a.path = ?", (str(story),)
        ).fetchone()
    assert speaker == "a senior diplomat"


def test_without_ray_the_cli_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "ray", None)
    result = CliRunner().invoke(main, [
        "--db", str(tmp_path / "none.db"), "ingest", "--engine", "ray", str(CORPUS),
    ])
    assert result.exit_code == 1
    assert result.output.strip() == (
        "tracker: error: the ray engine needs Ray: pip install 'tracker[cluster]'"
    )


def test_an_unreachable_cluster_is_one_line(tmp_path):
    """In a fresh process (no Ray started): one error line, not minutes of Ray retrying."""
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "--db", str(tmp_path / "t.db"), "--models-dir",
         models_dir(), "ingest", "--engine", "ray", "--ray-address", "127.0.0.1:1", str(CORPUS)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "tracker: error: cannot reach Ray at 127.0.0.1:1: Connection refused"
    )
