"""Durability of `tracker ingest` as real processes: two writers on one SQLite file,
a database locked past the timeout, and `kill -9` in the middle of a run.

Each test compares what the processes stored, article by article, with a clean
single-process ingest of the same texts (the `reference` fixture), so a half-stored
article or a duplicate shows up as a difference in rows, not just in counts.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from conftest import CORPUS, models_dir
from sqlalchemy import text
from sqlalchemy.orm import Session

from tracker.pipeline import BATCH_SIZE, Annotator, ingest
from tracker.store import DatabaseError, open_database
from tracker.store.db import run_transaction

# Two batches: the run stores the first 16 pieces, then spends seconds on Stanza for
# the second batch, which is when the test kills it.
PIECES = 2 * BATCH_SIZE
PIECE_WORDS = 40
PROCESS_TIMEOUT_S = 900

# Per-article rows, each identified by the article's own numbering, never by row ids
# (which differ between databases).
SNAPSHOT_QUERIES = {
    "sources": """select source_number, name, kind, anonymous, role, justified, mention_count,
                         (select count(*) from source_mentions m where m.source_id = s.id)
                  from sources s where article_id = ? order by source_number""",
    "attributions": """select a.attribution_number, a.type, a.content_spans, a.cue_start,
                              a.cue_end, a.speaker_start, a.speaker_end, s.source_number,
                              c.claim_number, a.rule
                       from attributions a
                       left join sources s on s.id = a.source_id
                       left join claims c on c.id = a.claim_id
                       where a.article_id = ? order by a.attribution_number""",
    "claims": """select claim_number, sourcing, attribution_count, named_count, anonymous_count
                 from claims where article_id = ? order by claim_number""",
    "justifications": """select justification_start, justification_end, reason
                         from justifications where article_id = ?
                         order by justification_start""",
    "disclosures": """select disclosure_start, disclosure_end, kind
                      from disclosures where article_id = ? order by disclosure_start""",
}
# Each counts rows that break a rule a whole, once-stored article keeps.
CONSISTENCY_CHECKS = (
    "select count(*) - count(distinct content_hash) from articles",
    """select count(*) from claims c
       where attribution_count != (select count(*) from attributions a where a.claim_id = c.id)""",
    """select count(*) from sources s
       where mention_count != (select count(*) from source_mentions m where m.source_id = s.id)""",
)
CHILD_TABLES = ("sources", "source_mentions", "attributions", "claims", "justifications",
                "disclosures")


def cut_pieces(count: int) -> list[str]:
    """Short real articles: consecutive paragraphs of the corpus, each piece opened by a
    line of its own so no two share a content hash."""
    pieces: list[str] = []
    for path in sorted(CORPUS.rglob("*.txt")):
        lines = map(str.strip, path.read_text(encoding="utf-8").splitlines())
        chunk: list[str] = []
        for paragraph in filter(None, lines):
            chunk.append(paragraph)
            if sum(len(p.split()) for p in chunk) >= PIECE_WORDS:
                pieces.append(f"Item {len(pieces) + 1}.\n\n" + "\n\n".join(chunk) + "\n")
                chunk = []
                if len(pieces) == count:
                    return pieces
    raise AssertionError(f"the corpus gives only {len(pieces)} pieces")


@pytest.fixture(scope="module")
def pieces(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pieces")
    for number, piece in enumerate(cut_pieces(PIECES), start=1):
        (folder / f"piece-{number:03d}.txt").write_text(piece, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reference_db(tmp_path_factory, pieces: Path, annotator: Annotator) -> Path:
    """Every piece ingested once, in this process, into a fresh database."""
    path = tmp_path_factory.mktemp("reference") / "reference.db"
    engine = open_database(str(path))
    report = ingest(engine, [str(pieces)], annotator)
    engine.dispose()
    assert (report.stored, report.failed) == (PIECES, 0), report.errors
    return path


@pytest.fixture(scope="module")
def reference(reference_db: Path) -> dict[str, tuple]:
    return snapshot(reference_db)


def connect_read_only(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True)


def snapshot(db: Path) -> dict[str, tuple]:
    """Each stored article's findings, keyed by its content hash."""
    with closing(connect_read_only(db)) as connection:
        articles = connection.execute("select id, content_hash from articles").fetchall()
        return {
            digest: tuple(
                tuple(connection.execute(query, (article_id,)).fetchall())
                for query in SNAPSHOT_QUERIES.values()
            )
            for article_id, digest in articles
        }


def check_database(db: Path) -> None:
    """Sound file, no dangling child rows, no article stored twice."""
    with closing(connect_read_only(db)) as connection:
        assert connection.execute("pragma integrity_check").fetchall() == [("ok",)]
        assert connection.execute("pragma foreign_key_check").fetchall() == []
        for table in CHILD_TABLES:
            orphans = connection.execute(
                f"select count(*) from {table} where article_id not in (select id from articles)"
            ).fetchone()
            assert orphans == (0,), table
        for check in CONSISTENCY_CHECKS:
            assert connection.execute(check).fetchone() == (0,), check


def tracker(db: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    """A real `tracker` process (python -m tracker) with its output captured."""
    return subprocess.Popen(
        [sys.executable, "-m", "tracker", "--db", str(db), "--models-dir", models_dir(), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "STANZA_RESOURCES_DIR": models_dir(), **(env or {})},
    )


def finish(process: subprocess.Popen) -> tuple[int, str, str]:
    stdout, stderr = process.communicate(timeout=PROCESS_TIMEOUT_S)
    return process.returncode, stdout, stderr


def count_articles(db: Path) -> int:
    """Stored articles as another reader sees them; 0 before the schema exists."""
    try:
        with closing(connect_read_only(db)) as connection:
            return connection.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def files(folder: Path) -> list[str]:
    return sorted(str(path) for path in folder.glob("*.txt"))


RUN_ROW = """insert into runs (started_at, tracker_version, models, articles_seen,
                               articles_stored, articles_skipped, articles_failed)
             values ('2026-01-01T00:00:00+00:00', 'test', '{}', 0, 0, 0, 0)"""


def test_a_transaction_refused_at_once_is_retried(tmp_path: Path) -> None:
    """SQLite refuses a read transaction's first write, without waiting, when another
    connection committed since it began (SQLITE_BUSY_SNAPSHOT); the retry starts over."""
    db = tmp_path / "retry.db"
    engine = open_database(str(db))
    other = sqlite3.connect(db, isolation_level=None)
    tries: list[int] = []

    def work(session: Session) -> int:
        tries.append(session.execute(text("select count(*) from runs")).scalar_one())
        if len(tries) == 1:
            other.execute(RUN_ROW)
        session.execute(text(RUN_ROW))
        return len(tries)

    try:
        assert run_transaction(engine, work, write=False) == 2
    finally:
        engine.dispose()
        other.close()
    assert tries == [0, 1]
    with closing(connect_read_only(db)) as connection:
        assert connection.execute("select count(*) from runs").fetchone() == (2,)


def test_a_locked_database_gives_up_after_the_busy_timeout_in_all(tmp_path: Path) -> None:
    """The busy timeout bounds the whole wait: not one timeout per retry plus pauses."""
    db = tmp_path / "locked.db"
    engine = open_database(str(db), busy_timeout_ms=1000)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    start = time.monotonic()
    try:
        with pytest.raises(DatabaseError, match="is locked by another process"):
            run_transaction(engine, lambda session: session.execute(text(RUN_ROW)))
    finally:
        waited = time.monotonic() - start
        engine.dispose()
        holder.close()
    assert waited < 5  # four tries of a second each and their pauses would be 11.5 s


@pytest.mark.slow
def test_two_writers_at_once_store_every_article_once(
    tmp_path: Path, pieces: Path, reference: dict[str, tuple]
) -> None:
    """Both processes start together on a database that does not exist yet, with two
    articles in common; both migrate, annotate and save into the same file."""
    db = tmp_path / "shared.db"
    first, second = files(pieces)[0:4], files(pieces)[2:6]
    processes = [tracker(db, "ingest", "--quiet", *paths) for paths in (first, second)]
    results = [finish(process) for process in processes]
    for returncode, stdout, stderr in results:
        assert returncode == 0, stderr
        assert stdout.strip().splitlines()[-1].endswith("0 failed")
    check_database(db)
    stored = snapshot(db)
    assert len(stored) == 6
    assert stored == {digest: reference[digest] for digest in stored}
    with closing(connect_read_only(db)) as connection:
        runs = connection.execute("select count(*), count(finished_at) from runs").fetchone()
    assert runs == (2, 2)


@pytest.mark.slow
def test_locked_database_gives_one_line_and_keeps_the_data(
    tmp_path: Path, reference_db: Path, pieces: Path
) -> None:
    """Another process holds the write lock for longer than the busy timeout."""
    db = Path(shutil.copy(reference_db, tmp_path / "locked.db"))
    before = snapshot(db)
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        process = tracker(db, "ingest", "--quiet", str(pieces),
                          env={"TRACKER_BUSY_TIMEOUT_MS": "300"})  # fmt: skip
        returncode, stdout, stderr = finish(process)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert returncode == 1
    assert stderr.splitlines() == [
        f"tracker: error: database at {db} is locked by another process; gave up waiting"
    ]
    assert stdout == ""
    check_database(db)
    assert snapshot(db) == before


@pytest.mark.slow
def test_kill_9_mid_ingest_leaves_whole_articles_and_a_rerun_completes(
    tmp_path: Path, pieces: Path, reference: dict[str, tuple]
) -> None:
    db = tmp_path / "killed.db"
    process = tracker(db, "ingest", "--quiet", str(pieces))
    while count_articles(db) == 0 and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "the run finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.communicate(timeout=PROCESS_TIMEOUT_S)
    assert process.returncode == -signal.SIGKILL

    check_database(db)
    survived = snapshot(db)
    assert 0 < len(survived) < PIECES
    assert survived == {digest: reference[digest] for digest in survived}

    returncode, stdout, stderr = finish(tracker(db, "ingest", "--quiet", str(pieces)))
    assert returncode == 0, stderr
    rest = PIECES - len(survived)
    assert stdout.strip().splitlines()[-1] == (
        f"{rest} stored, {len(survived)} skipped (already stored), 0 failed"
    )
    check_database(db)
    assert snapshot(db) == reference
    with closing(connect_read_only(db)) as connection:
        runs = connection.execute("select count(*), count(finished_at) from runs").fetchone()
    assert runs == (2, 1)
