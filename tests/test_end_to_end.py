"""tracker as a user runs it: the installed `tracker` script in real subprocesses, the
database then read with plain sqlite3 as the README shows."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import CORPUS, REPO, SEED, models_dir

from tracker.attribution import SourceKind

FILES = [CORPUS / "wikinews" / "worship.txt", CORPUS / "wikinews" / "stampede.txt"]


def tracker(*args: str, cwd: Path, env: dict[str, str] | None = None):
    """Run the console script installed beside this Python (else `python -m tracker`)."""
    script = Path(sys.executable).with_name("tracker")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "tracker"]
    environment = {k: v for k, v in os.environ.items() if k != "TRACKER_DB"}
    environment |= {"STANZA_RESOURCES_DIR": models_dir(), **(env or {})}
    return subprocess.run(
        [*command, *args],
        cwd=cwd,
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_ingest_then_query_the_readable_view(tmp_path: Path) -> None:
    result = tracker("ingest", *map(str, FILES), cwd=tmp_path, env={"TRACKER_DB": "news.db"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2 stored, 0 skipped (already stored), 0 failed"
    assert result.stderr == ""  # no progress bar when output is not a terminal

    with sqlite3.connect(tmp_path / "news.db") as connection:
        connection.row_factory = sqlite3.Row
        rows = connection.execute("select * from quotes_readable limit 5").fetchall()
        titles = {title for (title,) in connection.execute("select title from articles")}
    assert rows
    for row in rows:
        assert row["title"] in titles
        assert row["content_text"].strip()
        assert row["type"] in {"direct", "indirect", "mixed"}
        assert row["source_kind"] is None or row["source_kind"] in {k.value for k in SourceKind}


def test_extract_prints_json_lines_for_the_seed() -> None:
    path = str(SEED.relative_to(REPO))
    result = tracker("extract", path, cwd=REPO)
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    article = json.loads(line)
    assert article["path"] == path
    with open(SEED, encoding="utf-8", newline="") as f:
        text = f.read()
    assert article["attributions"]
    for attribution in article["attributions"]:
        if attribution["cue"] is not None:
            start, end = attribution["cue"]
            assert text[start:end] == attribution["cue_text"]
