"""Saving and reading articles on SQLite and PostgreSQL, schema made by the migrations."""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
import threading
from pathlib import Path

import pytest
from conftest import ARTICLE_TABLES, Target
from sqlalchemy import Engine, text

from tracker.articles import Article
from tracker.attribution.model import (
    Attribution,
    AttributionType,
    Claim,
    Disclosure,
    Extraction,
    Justification,
    Mention,
    Source,
    SourceKind,
    Sourcing,
    Span,
)
from tracker.store import db, queries
from tracker.store.db import DatabaseError, open_database
from tracker.store.save import finish_run, save_article, start_run, stored_hashes

TEXT = (
    "The mayor will resign, a senior official said. "
    '"We are done," said Jane Doe, the city spokeswoman. '
    '"It is over," she added, "for good." '
    "Officials, who spoke on condition of anonymity because they were not authorized "
    "to speak publicly, said the budget was cut. "
    "John Smith declined to comment. "
    "The vote is expected Friday, it was reported."
)


def span(needle: str, after: int = 0) -> Span:
    start = TEXT.index(needle, after)
    return Span(start, start + len(needle))


def mention(needle: str, kind: str, after: int = 0) -> Mention:
    return Mention(span(needle, after), needle, kind)


def make_article(text: str = TEXT, **metadata) -> Article:
    fields = {
        "path": "corpus/mayor.txt",
        "title": "Mayor to resign",
        "outlet": "Gazette",
        "byline": "A. Reporter",
        "published": "2024-05-01",
        "url": "https://example.org/mayor",
        "extra": {"section": "City"},
    }
    return Article(text=text, **(fields | metadata))


def make_extraction() -> Extraction:
    """Four sources, five quotes (one in two pieces, one unattributed), four claims."""
    official = mention("a senior official", "description")
    jane = mention("Jane Doe", "name")
    she = mention("she", "pronoun", TEXT.index("It is over"))
    officials = mention("Officials", "description")
    sources = [
        Source(
            1,
            "a senior official",
            SourceKind.ANONYMOUS_INDIVIDUAL,
            True,
            role="official",
            seniority="senior",
            mentions=[official],
        ),
        Source(
            2,
            "Jane Doe",
            SourceKind.NAMED_PERSON,
            False,
            role="spokeswoman",
            affiliation="city",
            mentions=[jane, she],
        ),
        Source(3, "Officials", SourceKind.ANONYMOUS_GROUP, True, plural=True, mentions=[officials]),
        Source(
            4,
            "John Smith",
            SourceKind.NAMED_PERSON,
            False,
            mentions=[mention("John Smith", "name")],
        ),
    ]
    said = span("said")
    attributions = [
        Attribution(
            1,
            AttributionType.INDIRECT,
            [span("The mayor will resign")],
            said,
            official,
            1,
            1,
            "indirect_said",
        ),
        Attribution(
            2,
            AttributionType.DIRECT,
            [span("We are done,")],
            span("said", said.end),
            jane,
            2,
            1,
            "quote_said_name",
        ),
        Attribution(
            3,
            AttributionType.DIRECT,
            [span("for good."), span("It is over,")],
            span("added"),
            she,
            2,
            2,
            "split_quote",
        ),
        Attribution(
            4,
            AttributionType.INDIRECT,
            [span("the budget was cut")],
            span("said", TEXT.index("publicly")),
            officials,
            3,
            3,
            "indirect_said",
        ),
        Attribution(
            5,
            AttributionType.INDIRECT,
            [span("The vote is expected Friday")],
            span("reported"),
            None,
            None,
            4,
            "passive_reported",
            implicit=True,
        ),
    ]
    claims = [
        Claim(1, "The mayor will resign", [1, 2], Sourcing.MIXED),
        Claim(2, "It is over for good", [3], Sourcing.NAMED),
        Claim(3, "the budget was cut", [4], Sourcing.ANONYMOUS),
        Claim(4, "The vote is expected Friday", [5], Sourcing.UNATTRIBUTED),
    ]
    reason = "because they were not authorized to speak publicly"
    return Extraction(
        attributions=attributions,
        sources=sources,
        claims=claims,
        justifications=[Justification(span(reason), reason, "not_authorized", [3])],
        disclosures=[
            Disclosure(
                span("John Smith declined to comment"),
                "John Smith declined to comment",
                "declined",
                4,
            )
        ],
    )


@pytest.fixture
def engine(database: Target):
    engine = open_database(database.db)
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    """A SQLite file at head, for what only SQLite has: pragmas and file locks."""
    path = tmp_path / "news.db"
    open_database(str(path)).dispose()
    return path


@pytest.fixture
def saved(engine: Engine) -> int:
    run_id = start_run(
        engine,
        tracker_version="0.1.0",
        stanza_version="1.9.0",
        models={"tokenize": "combined"},
        models_dir="/models",
        device="cpu",
    )
    return save_article(engine, make_article(), make_extraction(), run_id=run_id, word_count=60)


def counts(database: Target) -> dict[str, int]:
    return {t: database.scalar(f"SELECT COUNT(*) FROM {t}") for t in ARTICLE_TABLES}


def fetch(database: Target, sql: str, **params) -> list[dict]:
    """Plain SQL, as a journalist would read the database."""
    return database.rows(sql, **params)


EXPECTED_COUNTS = {
    "articles": 1,
    "sources": 4,
    "source_mentions": 5,
    "claims": 4,
    "attributions": 5,
    "justifications": 1,
    "justification_sources": 1,
    "disclosures": 1,
}


def test_save_stores_rows_and_values(saved: int, database: Target) -> None:
    assert counts(database) == EXPECTED_COUNTS
    (article,) = fetch(database, "SELECT * FROM articles")
    assert article["id"] == saved
    assert article["content_hash"] == hashlib.sha256(TEXT.encode()).hexdigest()
    assert article["text"] == TEXT
    assert (article["title"], article["outlet"], article["published"]) == (
        "Mayor to resign",
        "Gazette",
        "2024-05-01",
    )
    assert article["word_count"] == 60
    assert article["run_id"] is not None
    assert json.loads(article["metadata_json"]) == {"section": "City"}

    sources = fetch(database, "SELECT * FROM sources ORDER BY source_number")
    assert [s["name"] for s in sources] == [
        "a senior official",
        "Jane Doe",
        "Officials",
        "John Smith",
    ]
    assert [s["anonymous"] for s in sources] == [1, 0, 1, 0]
    assert [s["justified"] for s in sources] == [0, 0, 1, 0]
    assert [s["mention_count"] for s in sources] == [1, 2, 1, 1]
    assert sources[0]["kind"] == "anonymous_individual"
    assert sources[2]["plural"] == 1

    split = fetch(database, "SELECT * FROM attributions WHERE attribution_number = 3")[0]
    assert split["content_text"] == "It is over, … for good."
    assert (split["content_start"], split["content_end"]) == (
        TEXT.index("It is over"),
        TEXT.index("for good.") + len("for good."),
    )
    pieces = [span("It is over,"), span("for good.")]
    assert json.loads(split["content_spans"]) == [[p.start, p.end] for p in pieces]
    assert (split["cue_text"], split["speaker_text"], split["type"]) == ("added", "she", "direct")
    assert TEXT[split["speaker_start"] : split["speaker_end"]] == "she"

    claims = fetch(database, "SELECT * FROM claims ORDER BY claim_number")
    assert [c["sourcing"] for c in claims] == ["mixed", "named", "anonymous", "unattributed"]
    assert [(c["attribution_count"], c["named_count"], c["anonymous_count"]) for c in claims] == [
        (2, 1, 1),
        (1, 1, 0),
        (1, 0, 1),
        (1, 0, 0),
    ]

    (link,) = fetch(
        database,
        "SELECT s.name FROM justification_sources js JOIN sources s ON s.id = js.source_id",
    )
    assert link["name"] == "Officials"
    (disclosure,) = fetch(
        database, "SELECT d.kind, s.name FROM disclosures d JOIN sources s ON s.id = d.source_id"
    )
    assert disclosure == {"kind": "declined", "name": "John Smith"}


def test_views_read_plainly_in_sql(saved: int, database: Target) -> None:
    quotes = fetch(database, "SELECT * FROM quotes_readable ORDER BY content_start")
    assert len(quotes) == 5
    assert [q["anonymous"] for q in quotes] == [1, 0, 0, 1, None]
    assert quotes[0]["source_name"] == "a senior official"
    assert quotes[0]["claim_sourcing"] == "mixed"
    assert quotes[0]["title"] == "Mayor to resign"

    (article,) = fetch(database, "SELECT * FROM article_sourcing")
    assert article == {
        "article_id": saved,
        "title": "Mayor to resign",
        "outlet": "Gazette",
        "byline": "A. Reporter",
        "published": "2024-05-01",
        "attributions": 5,
        "claims": 4,
        "sources": 4,
        "named_sources": 2,
        "anonymous_sources": 2,
        "anonymous_attributions": 2,
        "share_anonymous": 0.4,
        "anonymous_only_claims": 1,
    }

    claims = fetch(database, "SELECT * FROM claims_readable ORDER BY claim_number")
    assert [c["source_names"] for c in claims] == [
        "a senior official; Jane Doe",
        "Jane Doe",
        "Officials",
        None,
    ]
    assert claims[0]["claim_text"] == "The mayor will resign"


def test_save_twice_is_idempotent(saved: int, engine: Engine, database: Target) -> None:
    other = make_extraction()
    other.sources.pop()
    assert save_article(engine, make_article(title="Changed"), other, run_id=None) == saved
    assert counts(database) == EXPECTED_COUNTS
    assert fetch(database, "SELECT title FROM articles") == [{"title": "Mayor to resign"}]


def test_replace_swaps_findings_and_keeps_id(saved: int, engine: Engine, database: Target) -> None:
    smaller = make_extraction()
    smaller.attributions = smaller.attributions[:2]
    smaller.claims = smaller.claims[:1]
    smaller.justifications = []
    article = make_article(title="Mayor resigns", extra={"section": "Politics"})
    assert save_article(engine, article, smaller, run_id=None, replace=True) == saved
    assert counts(database) == EXPECTED_COUNTS | {
        "attributions": 2,
        "claims": 1,
        "justifications": 0,
        "justification_sources": 0,
    }
    (row,) = fetch(database, "SELECT title, metadata_json, run_id FROM articles")
    assert row == {
        "title": "Mayor resigns",
        "metadata_json": '{"section": "Politics"}',
        "run_id": None,
    }
    assert fetch(database, "SELECT justified FROM sources WHERE name = 'Officials'") == [
        {"justified": 0}
    ]


def test_failed_save_writes_nothing(saved: int, engine: Engine, database: Target) -> None:
    broken = make_extraction()
    broken.attributions[3].claim_id = 99
    with pytest.raises(ValueError, match="claim 99"):
        save_article(engine, make_article(text=TEXT + " More."), broken, run_id=None)
    assert counts(database) == EXPECTED_COUNTS

    with pytest.raises(ValueError, match="claim 99"):
        save_article(engine, make_article(title="Replaced"), broken, run_id=None, replace=True)
    assert counts(database) == EXPECTED_COUNTS
    assert fetch(database, "SELECT title FROM articles") == [{"title": "Mayor to resign"}]


@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        (lambda x: setattr(x.attributions[0], "source_id", 42), "source 42"),
        (lambda x: x.claims[0].attribution_ids.append(77), "attribution 77"),
        (lambda x: x.justifications[0].source_ids.append(8), "source 8"),
        (lambda x: x.sources.append(x.sources[0]), "two sources with id 1"),
    ],
)
def test_dangling_references_are_refused(
    engine: Engine, database: Target, breakage, message: str
) -> None:
    extraction = make_extraction()
    breakage(extraction)
    with pytest.raises(ValueError, match=message):
        save_article(engine, make_article(), extraction, run_id=None)
    assert counts(database)["articles"] == 0


def test_sqlite_settings(sqlite_path: Path) -> None:
    engine = open_database(str(sqlite_path))
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            busy = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
            assert busy == db.BUSY_TIMEOUT_MS
    finally:
        engine.dispose()


def test_foreign_keys_cascade_and_set_null(saved: int, engine: Engine, database: Target) -> None:
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM sources WHERE source_number = 1"))
        connection.execute(text("DELETE FROM runs"))
    assert fetch(database, "SELECT COUNT(*) AS n FROM attributions WHERE source_id IS NULL") == [
        {"n": 2}
    ]
    assert fetch(database, "SELECT run_id FROM articles") == [{"run_id": None}]
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM articles"))
    assert set(counts(database).values()) == {0}


def test_runs_record_what_ran(saved: int, engine: Engine, database: Target) -> None:
    (run_id,) = [row["run_id"] for row in fetch(database, "SELECT run_id FROM articles")]
    finish_run(engine, run_id, seen=3, stored=1, skipped=1, failed=1)
    (run,) = fetch(database, "SELECT * FROM runs")
    assert json.loads(run["models"]) == {"tokenize": "combined"}
    assert (run["stanza_version"], run["models_dir"], run["device"]) == ("1.9.0", "/models", "cpu")
    assert (
        run["articles_seen"],
        run["articles_stored"],
        run["articles_skipped"],
        run["articles_failed"],
    ) == (3, 1, 1, 1)
    assert run["started_at"] <= run["finished_at"]


def test_concurrent_saves_of_one_article_store_it_once(engine: Engine, database: Target) -> None:
    """Ingests that read the same new article at once: one stores it, the others find it."""
    start = threading.Barrier(4)
    ids: list[int] = []

    def save() -> None:
        start.wait()
        ids.append(save_article(engine, make_article(), make_extraction(), run_id=None))

    threads = [threading.Thread(target=save) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(ids) == 4 and len(set(ids)) == 1
    assert counts(database) == EXPECTED_COUNTS


def test_stored_hashes_handles_many(saved: int, engine: Engine) -> None:
    stored = hashlib.sha256(TEXT.encode()).hexdigest()
    fakes = (f"{n:064x}" for n in range(100_000))
    assert stored_hashes(engine, itertools.chain(fakes, [stored, stored])) == {stored}
    assert stored_hashes(engine, []) == set()


def test_locked_database_is_retried_then_reported(sqlite_path: Path, monkeypatch) -> None:
    locked = open_database(str(sqlite_path), busy_timeout_ms=1000)
    monkeypatch.setattr(db, "LOCK_RETRY_DELAYS", (0.01, 0.01))
    holder = sqlite3.connect(sqlite_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseError, match="locked") as error:
            save_article(locked, make_article(), make_extraction(), run_id=None)
        assert "\n" not in str(error.value)

        monkeypatch.setattr(db, "LOCK_RETRY_DELAYS", (0.5,))
        threading.Timer(0.2, holder.execute, ["COMMIT"]).start()
        assert save_article(locked, make_article(), make_extraction(), run_id=None) > 0
    finally:
        locked.dispose()
        holder.close()


# Queries


def test_list_articles(saved: int, engine: Engine) -> None:
    (article,) = queries.list_articles(engine)
    assert article["id"] == saved
    assert (article["attributions"], article["sources"], article["claims"]) == (5, 4, 4)
    assert (article["anonymous_attributions"], article["anonymous_sources"]) == (2, 2)
    assert article["share_anonymous"] == pytest.approx(0.4)

    save_article(engine, make_article(text="No quotes here."), Extraction(), run_id=None)
    first, second = queries.list_articles(engine)
    assert first["attributions"] == 5
    assert (second["attributions"], second["sources"], second["share_anonymous"]) == (0, 0, None)
    assert [a["id"] for a in queries.list_articles(engine, limit=1)] == [saved]


def test_list_quotes_filters(saved: int, engine: Engine) -> None:
    def numbers(**filters) -> list[int]:
        return [q["attribution_number"] for q in queries.list_quotes(engine, **filters)]

    assert numbers() == [1, 2, 3, 4, 5]
    assert numbers(article=saved) == [1, 2, 3, 4, 5]
    assert numbers(article=saved + 1) == []
    assert numbers(kind="named_person") == [2, 3]
    assert numbers(anonymous_only=True) == [1, 4]
    assert numbers(search="WE ARE") == [2]
    assert numbers(search="%") == []
    assert numbers(anonymous_only=True, search="budget") == [4]
    assert numbers(limit=2) == [1, 2]
    quote = queries.list_quotes(engine, search="budget")[0]
    assert quote["source_name"] == "Officials"
    assert quote["anonymous"] is True
    assert quote["justified"] is True
    assert quote["claim_sourcing"] == "anonymous"


def test_list_sources_filters(saved: int, engine: Engine) -> None:
    def names(**filters) -> list[str]:
        return [s["name"] for s in queries.list_sources(engine, **filters)]

    assert names() == ["a senior official", "Jane Doe", "Officials", "John Smith"]
    assert names(kind="anonymous_group") == ["Officials"]
    assert names(anonymous_only=True) == ["a senior official", "Officials"]
    assert names(article=saved + 1) == []
    jane = queries.list_sources(engine, kind="named_person")[0]
    assert (jane["attributions"], jane["mention_count"], jane["role"]) == (2, 2, "spokeswoman")


def test_list_claims_filters(saved: int, engine: Engine) -> None:
    claims = queries.list_claims(engine)
    assert [c["sourcing"] for c in claims] == ["mixed", "named", "anonymous", "unattributed"]
    assert set(claims[0]["source_names"].split("; ")) == {"a senior official", "Jane Doe"}
    assert claims[3]["source_names"] is None
    (anonymous,) = queries.list_claims(engine, sourcing="anonymous")
    assert anonymous["text"] == "the budget was cut"
    assert queries.list_claims(engine, article=saved + 1) == []


def test_get_article_by_id_hash_or_path(saved: int, engine: Engine) -> None:
    digest = hashlib.sha256(TEXT.encode()).hexdigest()
    for ref in (str(saved), digest[:6], digest.upper()[:10], digest, "corpus/mayor.txt"):
        article = queries.get_article(engine, ref)
        assert article is not None and article["id"] == saved, ref
    assert queries.get_article(engine, digest[:5]) is None
    assert queries.get_article(engine, "999") is None
    assert queries.get_article(engine, "nowhere.txt") is None

    article = queries.get_article(engine, str(saved))
    assert article["text"] == TEXT
    assert article["metadata"] == {"section": "City"}
    split = article["attributions"][2]
    assert split["content_spans"] == [
        [s.start, s.end] for s in (span("It is over,"), span("for good."))
    ]
    assert TEXT[split["cue_start"] : split["cue_end"]] == "added"
    assert split["source_name"] == "Jane Doe"
    assert [s["name"] for s in article["sources"]][:2] == ["a senior official", "Jane Doe"]
    assert len(article["claims"]) == 4
    assert article["justifications"][0]["source_names"] == "Officials"
    assert article["disclosures"][0]["source_name"] == "John Smith"


def test_get_article_refuses_ambiguous_prefix(engine: Engine) -> None:
    seen: dict[str, str] = {}
    for n in itertools.count():
        body = f"article {n}"
        prefix = hashlib.sha256(body.encode()).hexdigest()[:6]
        if prefix in seen:
            break
        seen[prefix] = body
    for twin in (seen[prefix], body):
        save_article(engine, make_article(text=twin), Extraction(), run_id=None)
    with pytest.raises(ValueError, match="several"):
        queries.get_article(engine, prefix)


def test_sourcing_summary(saved: int, engine: Engine) -> None:
    summary = queries.sourcing_summary(engine)
    assert summary["articles"] == 1
    assert summary["attributions"] == 5
    assert summary["anonymous_attributions"] == 2
    assert summary["share_anonymous"] == pytest.approx(0.4)
    assert summary["claims"] == {"named": 1, "anonymous": 1, "mixed": 1, "unattributed": 1}
    assert summary["sources"]["named_person"] == 2
    assert summary["sources"]["anonymous_group"] == 1
    assert summary["sources"]["document"] == 0
    assert (summary["anonymous_sources"], summary["anonymous_sources_justified"]) == (2, 1)
