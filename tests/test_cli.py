"""The command line through click's CliRunner: real Stanza (loaded once by the session
fixtures), real databases made by the migrations (SQLite files, and PostgreSQL for the
commands that touch a database), values checked against SQL."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sqlite3
from importlib.util import find_spec
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result
from conftest import CORPUS, REPO, SEED, Target, models_dir

from tracker import cli, nlp
from tracker.cli import main
from tracker.store import db as store_db

WIKINEWS = CORPUS / "wikinews"
SMALL = WIKINEWS / "worship.txt"  # the shortest corpus article: cheap to annotate again
CONTENT_TABLES = ("articles", "sources", "source_mentions", "attributions", "claims",
                  "justifications", "disclosures")  # fmt: skip


def run(*args: str, db: Target | Path | str | None = None, input: str | bytes | None = None,
        env: dict[str, str] | None = None) -> Result:  # fmt: skip
    """`tracker [--db DB] ARGS` in process, with the test models."""
    where = db.db if isinstance(db, Target) else db
    options = ["--models-dir", models_dir()] + (["--db", str(where)] if db is not None else [])
    return CliRunner().invoke(main, [*options, *args], input=input, env=env)


def query(db: Target | Path, sql: str, **params) -> list[tuple]:
    """Plain SQL on a target, or on a SQLite file given by path."""
    target = db if isinstance(db, Target) else Target("sqlite", str(db))
    return target.query(sql, **params)


def counts(db: Target | Path) -> dict[str, int]:
    return {table: query(db, f"select count(*) from {table}")[0][0] for table in CONTENT_TABLES}


def assert_one_line_error(result: Result, *words: str) -> None:
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("tracker: error: ")
    for word in words:
        assert word in lines[0]


@pytest.fixture
def db_copy(corpus_db: Path, tmp_path: Path) -> Path:
    """A writable copy of the session's corpus database, for what only SQLite has: file locks."""
    copy = tmp_path / "copy.db"
    shutil.copyfile(corpus_db, copy)
    return copy


@pytest.fixture(scope="module")
def seed_id(corpus_db: Path) -> int:
    """The seed article's id: the same in the corpus on both databases (rows are copied)."""
    return query(corpus_db, "select id from articles where path = :path", path=str(SEED))[0][0]


# --- init and ingest ------------------------------------------------------------


def test_init_creates_the_database_at_head(database: Target) -> None:
    result = run("init", db=database)
    assert result.exit_code == 0, result.output
    (revision,) = query(database, "select version_num from alembic_version")[0]
    where = store_db.describe(database.url)
    assert result.stdout.strip() == f"{where}: schema at revision {revision} (up to date)"
    assert counts(database)["articles"] == 0
    assert run("init", db=database).exit_code == 0  # again: nothing to do, no error


def test_ingest_files_and_stdin_then_skip_them(database: Target, annotator) -> None:
    story = "The mayor said the bridge would reopen on Monday.\n"
    result = run("ingest", str(SMALL), "-", db=database, input=story.encode())
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "2 stored, 0 skipped (already stored), 0 failed"
    assert result.stderr == ""
    stored = dict(query(database, "select path, text from articles"))
    assert stored["-"] == story
    assert stored[str(SMALL)] == SMALL.read_text(encoding="utf-8")
    assert query(database, "select count(*) from quotes_readable where title is null")[0][0] >= 1
    before = counts(database)

    again = run("ingest", str(SMALL), "-", db=database, input=story.encode())
    assert again.exit_code == 0, again.output
    assert again.stdout.strip() == "0 stored, 2 skipped (already stored), 0 failed"
    assert counts(database) == before


def test_reingesting_the_corpus_skips_every_article(corpus_copy: Target) -> None:
    before = counts(corpus_copy)
    result = run("ingest", "--quiet", str(CORPUS), db=corpus_copy)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "0 stored, 25 skipped (already stored), 0 failed"
    assert counts(corpus_copy) == before


def test_reprocess_replaces_findings_and_keeps_the_article(corpus_copy: Target,
                                                           annotator) -> None:  # fmt: skip
    before = counts(corpus_copy)
    find = "select id, run_id from articles where path = :path"
    (article_id, old_run), *_ = query(corpus_copy, find, path=str(SMALL))
    result = run("ingest", "--reprocess", str(SMALL), db=corpus_copy)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "1 stored, 0 skipped (already stored), 0 failed"
    assert counts(corpus_copy) == before  # same engine, same text: same findings
    (new_id, new_run), *_ = query(corpus_copy, find, path=str(SMALL))
    assert new_id == article_id
    assert new_run == query(corpus_copy, "select max(id) from runs")[0][0] != old_run


def test_count_inputs_lists_names_without_reading(tmp_path: Path) -> None:
    assert cli.count_inputs([str(CORPUS)]) == 25
    assert cli.count_inputs([str(SEED), "-"]) == 2
    (tmp_path / "many.jsonl").write_text('{"text": "x"}\n')
    assert cli.count_inputs([str(SEED), str(tmp_path)]) is None


# --- listings -------------------------------------------------------------------


def test_articles_as_json_match_sql(corpus: Target) -> None:
    result = run("articles", "--format", "json", db=corpus)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    expected = query(corpus, """
        select a.id, a.title, (select count(*) from attributions q where q.article_id = a.id),
               (select count(*) from claims c where c.article_id = a.id)
        from articles a order by a.id""")  # fmt: skip
    assert [(r["id"], r["title"], r["attributions"], r["claims"]) for r in rows] == expected
    limited = json.loads(run("articles", "--format", "json", "--limit", "3", db=corpus).stdout)
    assert [r["id"] for r in limited] == [row[0] for row in expected[:3]]


def test_quotes_filters_as_csv_match_sql(corpus: Target) -> None:
    result = run("quotes", "--anonymous", "--format", "csv", db=corpus)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    expected = query(
        corpus,
        """
        select q.id, q.content_text from attributions q join sources s on s.id = q.source_id
        where s.anonymous
        order by q.article_id, q.content_start nulls first, q.attribution_number""",
    )
    assert expected, "the corpus has anonymous sourcing"
    assert [(int(r["id"]), r["content_text"]) for r in rows] == expected
    assert {r["anonymous"] for r in rows} == {"True"}


def test_quotes_by_article_kind_search_and_limit_as_json(corpus: Target, seed_id: int):
    word = "NATO"
    args = ["quotes", "--article", str(seed_id), "--kind", "named_person", "--search", word.lower()]
    rows = json.loads(run(*args, "--format", "json", db=corpus).stdout)
    expected = query(
        corpus,
        """
        select q.id from attributions q join sources s on s.id = q.source_id
        where q.article_id = :article and s.kind = 'named_person'
            and lower(q.content_text) like :pattern""",
        article=seed_id,
        pattern=f"%{word.lower()}%",
    )
    assert sorted(r["id"] for r in rows) == sorted(row[0] for row in expected)
    assert all(word in r["content_text"] and r["source_kind"] == "named_person" for r in rows)
    everything = json.loads(run("quotes", "--limit", "4", "--format", "json", db=corpus).stdout)
    assert len(everything) == 4


def test_quotes_table_has_one_row_per_quote(corpus: Target, seed_id: int) -> None:
    result = run("quotes", "--article", str(seed_id), db=corpus)
    assert result.exit_code == 0, result.output
    header, *lines = [line for line in result.stdout.splitlines() if line.startswith(("┃", "│"))]
    assert [cell.strip() for cell in header.split("┃")[1:4]] == ["id", "article", "type"]
    ids = [int(cell) for line in lines if (cell := line.split("│")[1].strip())]
    expected = query(
        corpus,
        "select id from attributions where article_id = :article"
        " order by content_start nulls first, attribution_number",
        article=seed_id,
    )
    assert ids == [row[0] for row in expected]


def test_sources_by_kind_match_sql(corpus: Target) -> None:
    for kind in ("anonymous_individual", "named_person"):
        rows = json.loads(run("sources", "--kind", kind, "--format", "json", db=corpus).stdout)
        expected = query(
            corpus,
            """select s.id, s.name, (select count(*) from attributions q
            where q.source_id = s.id) from sources s where s.kind = :kind
            order by s.article_id, s.source_number""",
            kind=kind,
        )
        assert [(r["id"], r["name"], r["attributions"]) for r in rows] == expected
    anonymous = json.loads(run("sources", "--anonymous", "--format", "json", db=corpus).stdout)
    assert {r["id"] for r in anonymous} == {
        row[0] for row in query(corpus, "select id from sources where anonymous")
    }


def test_claims_by_sourcing_and_article(corpus: Target, seed_id: int) -> None:
    result = run("claims", "--sourcing", "anonymous", "--format", "csv", db=corpus)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    expected = query(
        corpus,
        """select id, text from claims where sourcing = 'anonymous'
        order by article_id, claim_number""",
    )
    assert expected
    assert [(int(r["id"]), r["text"]) for r in rows] == expected
    table = run("claims", "--article", str(seed_id), db=corpus)
    assert table.exit_code == 0, table.output
    statuses = query(corpus, "select distinct sourcing from claims where article_id = :article",
                     article=seed_id)  # fmt: skip
    assert statuses
    for (status,) in statuses:
        assert status in table.stdout


def test_empty_listing(database: Target) -> None:
    result = run("quotes", db=database)
    assert (result.exit_code, result.stdout.strip()) == (0, "(no rows)")
    assert run("claims", "--format", "json", db=database).stdout.strip() == "[]"
    assert run("quotes", "--search", "officials", db=database).stdout.strip() == "(no rows)"


# --- show -----------------------------------------------------------------------


def test_show_marks_every_attribution_in_the_text(corpus: Target, seed_id: int) -> None:
    result = run("show", str(seed_id), db=corpus)
    assert result.exit_code == 0, result.output
    text, spans = query(
        corpus,
        "select text, (select count(*) from attributions "
        "where article_id = :article) from articles where id = :article",
        article=seed_id,
    )[0]
    quotes = query(corpus, "select content_spans from attributions where article_id = :article",
                   article=seed_id)  # fmt: skip
    pieces = sum(len(json.loads(row[0])) for row in quotes)
    assert result.stdout.count("⟦") == result.stdout.count("⟧") == pieces
    assert text.rstrip("\n") in re.sub(r"⟦|⟧\d+", "", result.stdout)
    assert f"Attributions ({spans})" in result.stdout
    assert re.search(rf"^\s+{spans}\. (direct|indirect|mixed) · ", result.stdout, re.M)


def test_show_by_hash_prefix_as_json(corpus: Target, seed_id: int) -> None:
    (digest,) = query(corpus, "select content_hash from articles where id = :id", id=seed_id)[0]
    article = json.loads(run("show", digest[:10], "--format", "json", db=corpus).stdout)
    assert article["id"] == seed_id
    count = "select count(*) from attributions where article_id = :article"
    assert len(article["attributions"]) == query(corpus, count, article=seed_id)[0][0]


def test_unknown_article(corpus: Target) -> None:
    """Ids beyond any integer column (or any 64-bit one) name no article, on both databases."""
    for ref in ("999999", "99999999999", "99999999999999999999"):
        assert_one_line_error(run("show", ref, db=corpus), f"no article {ref}")
    for args in (["quotes"], ["sources"], ["claims"], ["quotes", "--search", "police"]):
        result = run(*args, "--article", "99999999999999999999", db=corpus)
        assert (result.exit_code, result.stdout.strip()) == (0, "(no rows)"), result.output


def test_show_html_needs_the_reports_module(corpus: Target, seed_id: int) -> None:
    result = run("show", str(seed_id), "--format", "html", db=corpus)
    if find_spec("tracker.reports") is None:
        assert_one_line_error(result, "tracker.reports")
    else:
        assert result.exit_code == 0, result.output
        assert "<" in result.stdout


# --- extract --------------------------------------------------------------------


def test_extract_two_files_paths_as_given(annotator, monkeypatch) -> None:
    monkeypatch.chdir(REPO)
    paths = ["corpus/articles/wikinews/worship.txt", str(WIKINEWS / "stampede.txt")]
    result = run("extract", *paths)
    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["path"] for o in objects] == paths
    for obj, path in zip(objects, paths, strict=True):
        text = Path(path).read_text(encoding="utf-8")
        assert obj["attributions"]
        for attribution in obj["attributions"]:
            (start, end), *_ = attribution["content"]
            assert text[start:end] in attribution["content_text"]


def test_extract_jsonl_lines_as_one_json_array(tmp_path: Path, annotator) -> None:
    stories = tmp_path / "wire.jsonl"
    stories.write_text(
        json.dumps({"text": "The mayor said the bridge would reopen on Monday."}) + "\n\n"
        + json.dumps({"text": '"We are ready," a senior official said.'}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    result = run("extract", "--format", "json", str(stories))
    assert result.exit_code == 0, result.output
    objects = json.loads(result.stdout)
    assert [o["path"] for o in objects] == [f"{stories}#L1", f"{stories}#L3"]
    official = objects[1]["attributions"][0]
    assert official["type"] == "direct"
    assert official["source"]["anonymous"] is True
    assert official["speaker_text"] == "a senior official"


def test_extract_reports_unreadable_files_and_prints_the_rest(tmp_path: Path, annotator):
    (tmp_path / "empty.txt").write_text("")
    story = tmp_path / "story.txt"
    story.write_text("The mayor said the bridge would reopen on Monday.\n")
    result = run("extract", str(tmp_path / "empty.txt"), str(story))
    assert result.exit_code == 1
    assert [json.loads(line)["path"] for line in result.stdout.splitlines()] == [str(story)]
    assert_one_line_error(result, "empty.txt")


# --- bad input: one line, non-zero exit, nothing stored lost ------------------------


def _bad_file(tmp_path: Path, kind: str) -> str:
    path = tmp_path / {"empty": "empty.txt", "binary": "photo.txt", "json": "broken.json"}[kind]
    path.write_bytes(
        {"empty": b"", "binary": b"\x89PNG\r\n\x00\x00IHDR", "json": b'{"text": '}[kind]
    )
    return str(path)


@pytest.mark.parametrize(
    ("kind", "word"),
    [("missing", "no such file"), ("empty", "empty"), ("binary", "binary"), ("json", "malformed")],
)
def test_bad_input_file(corpus_copy: Target, tmp_path: Path, kind: str, word: str) -> None:
    before = counts(corpus_copy)
    path = str(tmp_path / "nowhere.txt") if kind == "missing" else _bad_file(tmp_path, kind)
    result = run("ingest", path, db=corpus_copy)
    assert_one_line_error(result, path, word)
    assert result.stdout.strip() == "0 stored, 0 skipped (already stored), 1 failed"
    assert counts(corpus_copy) == before


def test_bad_input_does_not_stop_the_batch(corpus_copy: Target, tmp_path: Path) -> None:
    before = counts(corpus_copy)
    result = run("ingest", _bad_file(tmp_path, "empty"), str(SEED), db=corpus_copy)
    assert result.exit_code == 1
    assert result.stdout.strip() == "0 stored, 1 skipped (already stored), 1 failed"
    assert counts(corpus_copy) == before


@pytest.mark.parametrize(
    ("db", "word"),
    [
        ("nosuchdriver://x", "unknown database driver"),
        ("notes.txt", "not a database"),
        ("postgresql+psycopg://me@127.0.0.1:1/news", "cannot connect to database"),
        ("postgresql+pg8000://me@127.0.0.1/news", "driver for postgresql+pg8000"),
    ],
)
def test_bad_database(tmp_path: Path, db: str, word: str) -> None:
    if db == "notes.txt":
        db = str(tmp_path / db)
        Path(db).write_text("meeting notes, not a database\n" * 100)
    assert_one_line_error(run("articles", db=db), word)
    assert_one_line_error(run("ingest", str(SMALL), db=db), word)


def test_database_from_a_newer_tracker(corpus_copy: Target) -> None:
    corpus_copy.execute("update alembic_version set version_num = '9999_from_the_future'")
    before = counts(corpus_copy)
    assert_one_line_error(run("ingest", str(SMALL), db=corpus_copy), "newer tracker")
    assert_one_line_error(run("init", db=corpus_copy), "newer tracker")
    assert counts(corpus_copy) == before


def test_missing_models(corpus_copy: Target, tmp_path: Path) -> None:
    before = counts(corpus_copy)
    result = CliRunner().invoke(
        main, ["--models-dir", str(tmp_path / "nonexistent"), "--db", corpus_copy.db, "ingest",
               str(SMALL)]
    )  # fmt: skip
    assert_one_line_error(result, "no English Stanza models", "tracker models download")
    assert counts(corpus_copy) == before
    extract = CliRunner().invoke(main, ["--models-dir", "/nonexistent", "extract", str(SMALL)])
    assert_one_line_error(extract, "no English Stanza models")


def test_locked_database(db_copy: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store_db, "LOCK_RETRY_DELAYS", ())
    story = tmp_path / "story.txt"
    story.write_text("The mayor said the bridge would reopen on Monday.\n")
    before = counts(db_copy)
    holder = sqlite3.connect(db_copy, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        result = run("ingest", str(story), db=db_copy, env={cli.BUSY_TIMEOUT_ENV: "50"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_one_line_error(result, "locked")
    assert counts(db_copy) == before


def test_bad_busy_timeout(tmp_path: Path) -> None:
    result = run("articles", db=tmp_path / "x.db", env={cli.BUSY_TIMEOUT_ENV: "soon"})
    assert_one_line_error(result, cli.BUSY_TIMEOUT_ENV)


# --- demo, eval, help -----------------------------------------------------------


def test_demo_builds_a_fresh_database_and_replaces_only_its_own(tmp_path: Path, monkeypatch,
                                                                 annotator) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    assert_one_line_error(run("demo"), "repository root")
    (tmp_path / "corpus" / "articles").mkdir(parents=True)
    shutil.copy(SMALL, tmp_path / "corpus" / "articles")
    for _ in range(2):  # the second run replaces the first run's database
        result = run("demo")
        assert result.exit_code == 0, result.output
        assert "1 stored, 0 skipped (already stored), 0 failed" in result.stdout
        assert "Sourcing in 1 articles" in result.stdout
        assert counts(tmp_path / cli.DEMO_DB)["articles"] == 1
    mine = tmp_path / "mine.db"
    assert run("init", db=mine).exit_code == 0
    assert_one_line_error(run("demo", "--db", str(mine)), "not made by 'tracker demo'")
    assert_one_line_error(run("demo", "--db", "sqlite:///x.db"), "not a URL")
    assert query(mine, "select count(*) from alembic_version") == [(1,)]


def test_eval_on_a_gold_folder_with_cache_and_errors(tmp_path: Path, annotator) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in ("crane.ann", "crane.kinds.jsonl"):
        shutil.copy(REPO / "corpus" / "gold" / name, gold)
    (gold / "index.json").write_text(
        json.dumps({"crane": {"text_path": str(WIKINEWS / "crane.txt")}})
    )
    cache, errors = tmp_path / "cache", tmp_path / "errors.jsonl"
    args = ["eval", "--gold", str(gold), "--cache", str(cache)]
    first = run(*args, "--format", "json", "--errors", str(errors))
    assert first.exit_code == 0, first.output
    report = json.loads(first.stdout)
    assert report["documents"] == 1 and report["gold_attributions"] == 3
    assert 0 <= report["spans"]["content"]["overlap"]["f1"] <= 1
    (stored,) = cache.glob("*.pkl")
    assert stored.name.endswith(f".v{nlp.ANNOTATION_VERSION}.pkl")  # stale versions not read
    records = [json.loads(line) for line in errors.read_text().splitlines()]
    assert first.stderr.strip() == f"{len(records)} error records written to {errors}"
    assert all(
        r["error"] in {"missed", "spurious", "speaker", "kind", "anonymous"} for r in records
    )

    stamp = stored.stat().st_mtime_ns
    second = run(*args, "--format", "json")
    assert second.exit_code == 0, second.output
    assert json.loads(second.stdout) == report
    assert stored.stat().st_mtime_ns == stamp  # read from the cache, not annotated again
    assert "content" in run(*args).stdout


def test_eval_skip_scores_the_articles_after_the_first_n(tmp_path: Path, annotator) -> None:
    from tracker.evaluate import load_project_gold

    gold = tmp_path / "gold"
    gold.mkdir()
    for stem in ("crane", "clock"):
        for suffix in (".ann", ".kinds.jsonl"):
            shutil.copy(REPO / "corpus" / "gold" / f"{stem}{suffix}", gold)
    (gold / "index.json").write_text(json.dumps(
        {stem: {"text_path": str(WIKINEWS / f"{stem}.txt")} for stem in ("crane", "clock")}
    ))
    second = list(load_project_gold(gold))[1]
    args = ["eval", "--gold", str(gold), "--cache", str(tmp_path / "cache"), "--format", "json"]
    for extra in (["--skip", "1"], ["--skip", "1", "--limit", "1"]):
        result = run(*args, *extra)
        assert result.exit_code == 0, result.output
        report = json.loads(result.stdout)
        assert (report["documents"], report["gold_attributions"]) == (
            1, len(second.attributions))
    assert_one_line_error(run(*args, "--skip", "2"), "no gold articles found")


def test_eval_without_gold(tmp_path: Path) -> None:
    assert_one_line_error(run("eval", "--polnear", str(tmp_path)), "no PolNeAR dev split")
    assert_one_line_error(run("eval", "--gold", str(tmp_path / "nope")), "no gold folder")


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))
        else:
            yield (*prefix, name)


@pytest.mark.parametrize("command", list(_commands(main)), ids=" ".join)
def test_every_command_has_an_example(command: tuple[str, ...]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout
