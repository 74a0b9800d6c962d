"""The sourcing audit on a database built from the real corpus by the real pipeline.

Numbers are checked against SQL written here, independently of tracker.reports;
markup from articles is checked to come out as text; search, migrations 0003 and
0004, the Datasette metadata, the docs' queries and the CLI commands run for real.
Reports and search run on SQLite and on a PostgreSQL copy of the same rows (same
ids), and are checked against the same SQL on the SQLite file.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import Target, postgres_database
from sqlalchemy import Engine, text

from tracker.reports import (
    FORMATS,
    ArticleNotFound,
    Scope,
    article_html,
    article_view,
    build_comparison,
    build_report,
    parse_compare,
    render,
    report_text,
    search_articles,
    search_quotes,
    write_demo_report,
    write_report,
)
from tracker.reports.article import Mark, runs
from tracker.reports.commands import export_command, report_command
from tracker.reports.formatting import cell
from tracker.reports.search import fts_expression, matching, parse_query, tsquery_expression
from tracker.reports.standards import RULES, opinion_matches
from tracker.store import open_database
from tracker.store.db import create_database_engine

REPO = Path(__file__).resolve().parents[1]
FTS_TABLES = {"attributions_fts", "articles_fts"}
FTS_TRIGGERS = {f"{t}_{e}" for t in FTS_TABLES for e in ("insert", "delete", "update")}


def query(path: Path, sql: str, *params: Any) -> list[tuple]:
    with sqlite3.connect(path) as raw:
        return raw.execute(sql, params).fetchall()


def scalar(path: Path, sql: str, *params: Any) -> Any:
    return query(path, sql, *params)[0][0]


def rows_of(report, name: str) -> list[dict[str, Any]]:
    (table,) = [t for t in report.tables() if t.name == name]
    return table.rows


def table_of(report, name: str):
    (table,) = [t for t in report.tables() if t.name == name]
    return table


def sqlite_names(path: Path, kind: str) -> set[str]:
    return {row[0] for row in query(path, "SELECT name FROM sqlite_master WHERE type = ?", kind)}


def has_full_text(database: Target) -> bool:
    """Whether the FTS5 tables (SQLite) or the GIN indexes (PostgreSQL) are there."""
    if database.backend == "sqlite":
        return bool(sqlite_names(Path(database.db), "table") & FTS_TABLES)
    found = database.query("SELECT to_regclass('attributions_fts'), to_regclass('articles_fts')")
    return found != [(None, None)]


@pytest.fixture(scope="module")
def engine(corpus: Target):
    """tracker's engine on the corpus, on each database in turn."""
    engine = open_database(corpus.db, upgrade=False)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def report(engine):
    return build_report(engine, limit=None)


@pytest.fixture
def db_copy(corpus_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "copy.db"
    shutil.copy(corpus_db, path)
    return path


# --- the numbers, against SQL written here --------------------------------------


def test_overview_matches_sql(report, corpus_db: Path) -> None:
    found = {row["key"]: row["count"] for row in rows_of(report, "overview")}
    anonymous_quotes = """SELECT COUNT(*) FROM attributions a
        JOIN sources s ON s.id = a.source_id WHERE s.anonymous = 1"""
    lead_anonymous = """SELECT COUNT(*) FROM articles ar WHERE (
        SELECT c.sourcing FROM attributions a JOIN claims c ON c.id = a.claim_id
        WHERE a.article_id = ar.id
        ORDER BY a.content_start IS NULL, a.content_start, a.attribution_number LIMIT 1
    ) = 'anonymous'"""
    expected = {
        "articles": scalar(corpus_db, "SELECT COUNT(*) FROM articles"),
        "sources": scalar(corpus_db, "SELECT COUNT(*) FROM sources"),
        "anonymous_sources": scalar(corpus_db, "SELECT COUNT(*) FROM sources WHERE anonymous"),
        "attributions": scalar(corpus_db, "SELECT COUNT(*) FROM attributions"),
        "anonymous_attributions": scalar(corpus_db, anonymous_quotes),
        "claims": scalar(corpus_db, "SELECT COUNT(*) FROM claims"),
        "anonymous_only_claims": scalar(
            corpus_db, "SELECT COUNT(*) FROM claims WHERE sourcing = 'anonymous'"
        ),
        "anonymous_leads": scalar(corpus_db, lead_anonymous),
        "unjustified_sources": scalar(
            corpus_db, "SELECT COUNT(*) FROM sources WHERE anonymous AND NOT justified"
        ),
    }
    assert found == expected
    assert expected["articles"] == 25 and expected["anonymous_attributions"] > 0


def test_sourcing_status_and_kinds_match_sql(report, corpus_db: Path) -> None:
    claims = dict(query(corpus_db, "SELECT sourcing, COUNT(*) FROM claims GROUP BY sourcing"))
    quotes = dict(
        query(
            corpus_db,
            """SELECT c.sourcing, COUNT(*) FROM attributions a
               JOIN claims c ON c.id = a.claim_id GROUP BY c.sourcing""",
        )
    )
    total = sum(claims.values())
    for row in rows_of(report, "sourcing_status"):
        assert row["claims"] == claims.get(row["sourcing"], 0)
        assert row["attributions"] == quotes.get(row["sourcing"], 0)
        assert row["claims_share"] == pytest.approx(claims.get(row["sourcing"], 0) / total)
    assert [row["sourcing"] for row in rows_of(report, "sourcing_status")][:4] == [
        "named",
        "anonymous",
        "mixed",
        "unattributed",
    ]
    sources = dict(query(corpus_db, "SELECT kind, COUNT(*) FROM sources GROUP BY kind"))
    by_kind = dict(
        query(
            corpus_db,
            """SELECT COALESCE(s.kind, 'no source'), COUNT(*) FROM attributions a
               LEFT JOIN sources s ON s.id = a.source_id GROUP BY 1""",
        )
    )
    for row in rows_of(report, "source_kinds"):
        assert row["sources"] == sources.get(row["kind"], 0)
        assert row["attributions"] == by_kind.get(row["kind"], 0)


def test_listings_match_sql(report, corpus_db: Path) -> None:
    claims = rows_of(report, "anonymous_only_claims")
    expected = {r[0] for r in query(corpus_db, "SELECT id FROM claims WHERE sourcing='anonymous'")}
    assert {row["claim_id"] for row in claims} == expected
    dates = [row["published"] for row in claims]
    assert dates == sorted(dates, reverse=True)
    unjustified = {
        r[0] for r in query(corpus_db, "SELECT id FROM sources WHERE anonymous AND NOT justified")
    }
    assert {row["source_id"] for row in rows_of(report, "unjustified_sources")} == unjustified
    descriptors = rows_of(report, "anonymous_descriptors")
    assert sum(row["sources"] for row in descriptors) == scalar(
        corpus_db, "SELECT COUNT(*) FROM sources WHERE anonymous"
    )
    counts = [row["sources"] for row in descriptors]
    assert counts == sorted(counts, reverse=True)
    vague = scalar(
        corpus_db,
        "SELECT COUNT(*) FROM attributions a JOIN sources s ON s.id = a.source_id "
        "WHERE s.kind = 'vague'",
    )
    assert table_of(report, "vague_attributions").total == vague
    named = rows_of(report, "named_voices")
    assert sum(row["sources"] for row in named) == scalar(
        corpus_db,
        "SELECT COUNT(*) FROM sources WHERE kind IN ('named_person', 'named_organization')",
    )


def test_justification_reasons_match_sql(report, corpus_db: Path) -> None:
    expected = dict(
        query(
            corpus_db,
            """SELECT j.reason, COUNT(DISTINCT js.source_id) FROM justifications j
               LEFT JOIN justification_sources js ON js.justification_id = j.id
               GROUP BY j.reason""",
        )
    )
    expected["no justification"] = scalar(
        corpus_db, "SELECT COUNT(*) FROM sources WHERE anonymous AND NOT justified"
    )
    assert {r["reason"]: r["sources"] for r in rows_of(report, "justification_reasons")} == expected


def test_per_article_outlet_and_trend_match_sql(report, corpus_db: Path) -> None:
    per_article = rows_of(report, "per_article")
    expected = {
        article: (attributions, anonymous)
        for article, attributions, anonymous in query(
            corpus_db,
            """SELECT ar.id,
                 (SELECT COUNT(*) FROM attributions a WHERE a.article_id = ar.id),
                 (SELECT COUNT(*) FROM attributions a JOIN sources s ON s.id = a.source_id
                  WHERE a.article_id = ar.id AND s.anonymous)
               FROM articles ar""",
        )
    }
    assert {
        r["article_id"]: (r["attributions"], r["anonymous_attributions"]) for r in per_article
    } == (expected)
    shares = [r["share_anonymous"] for r in per_article if r["share_anonymous"] is not None]
    assert shares == sorted(shares, reverse=True)
    outlets = dict(
        query(
            corpus_db,
            """SELECT ar.outlet, COUNT(*) FROM attributions a
               JOIN articles ar ON ar.id = a.article_id GROUP BY ar.outlet""",
        )
    )
    assert {r["outlet"]: r["attributions"] for r in rows_of(report, "per_outlet")} == outlets
    trend = rows_of(report, "trend")  # the corpus spans 2006-2025: one row per year
    years = dict(
        query(
            corpus_db,
            "SELECT substr(published, 1, 4), COUNT(*) FROM articles "
            "WHERE published IS NOT NULL GROUP BY 1",
        )
    )
    assert {r["period"]: r["articles"] for r in trend} == years


def test_standards_flags_match_sql(report, corpus_db: Path) -> None:
    no_reason = {
        r[0]
        for r in query(
            corpus_db,
            """SELECT s.id FROM sources s WHERE s.anonymous AND NOT EXISTS (
                 SELECT 1 FROM justification_sources js
                 JOIN justifications j ON j.id = js.justification_id
                 WHERE js.source_id = s.id AND j.reason <> 'unstated')""",
        )
    }
    assert {r["source_id"] for r in rows_of(report, "no_reason")} == no_reason
    single = {
        r[0]
        for r in query(
            corpus_db,
            """SELECT c.id FROM claims c JOIN attributions a ON a.claim_id = c.id
               WHERE c.sourcing = 'anonymous' GROUP BY c.id
               HAVING COUNT(DISTINCT a.source_id) = 1""",
        )
    }
    assert {r["claim_id"] for r in rows_of(report, "single_anonymous_source")} == single
    vague = rows_of(report, "vague_descriptor")
    assert {r["source_id"] for r in vague} <= {
        r[0] for r in query(corpus_db, "SELECT id FROM sources WHERE anonymous")
    }
    texts = dict(query(corpus_db, "SELECT id, text FROM articles"))
    for name in ("no_reason", "vague_descriptor", "single_anonymous_source"):
        for row in rows_of(report, name):
            assert row["passage"] and row["passage"] in texts[row["article_id"]]
    summary = {r["rule"]: r["flags"] for r in rows_of(report, "standards_summary")}
    assert summary == {rule.code: table_of(report, rule.code).total for rule in RULES}
    for rule in RULES:
        assert table_of(report, rule.code).rule == rule


def test_scope_restricts_every_number(engine, corpus_db: Path) -> None:
    scoped = build_report(engine, Scope(outlet="Wikinews", since="2010", until="2015-05"))
    counts = {row["key"]: row["count"] for row in rows_of(scoped, "overview")}
    where = "outlet = 'Wikinews' AND published >= '2010' AND published < '2015-06'"
    assert counts["articles"] == scalar(corpus_db, f"SELECT COUNT(*) FROM articles WHERE {where}")
    assert counts["attributions"] == scalar(
        corpus_db,
        f"SELECT COUNT(*) FROM attributions WHERE article_id IN "
        f"(SELECT id FROM articles WHERE {where})",
    )
    assert {row["outlet"] for row in rows_of(scoped, "per_outlet")} == {"Wikinews"}
    seed = scalar(corpus_db, "SELECT id FROM articles WHERE path LIKE '%coalition%'")
    one = build_report(engine, Scope(article=seed))
    assert [row["article_id"] for row in rows_of(one, "per_article")] == [seed]


def test_compare_two_outlets(engine, corpus_db: Path) -> None:
    outlets = [r[0] for r in query(corpus_db, "SELECT DISTINCT outlet FROM articles ORDER BY 1")]
    first, second = parse_compare(f"outlet:{outlets[0]},{outlets[1]}", Scope())
    compared = build_comparison(engine, first, second)
    counts = {row["key"]: row for row in rows_of(compared, "comparison_counts")}
    for side, outlet in (("first", outlets[0]), ("second", outlets[1])):
        assert counts["articles"][side] == scalar(
            corpus_db, "SELECT COUNT(*) FROM articles WHERE outlet = ?", outlet
        )
    row = counts["anonymous_attributions"]
    assert row["change"] == row["second"] - row["first"]
    shares = {row["key"]: row for row in rows_of(compared, "comparison_shares")}
    assert shares["claims_anonymous"]["change"] == pytest.approx(
        shares["claims_anonymous"]["second"] - shares["claims_anonymous"]["first"]
    )
    for fmt in FORMATS:
        assert outlets[1] in render(compared, fmt)


def test_compare_periods_syntax() -> None:
    base = Scope(outlet="Wikinews")
    first, second = parse_compare("period:2025-01..2025-02,2025-03", base)
    assert (first.since, first.until, first.outlet) == ("2025-01", "2025-02", "Wikinews")
    assert (second.since, second.until) == ("2025-03", "2025-03")
    assert parse_compare("period:2024..,..2023", base)[0].until is None
    for bad in ("outlet:A", "color:A,B", "period:2025-13,2025-01"):
        with pytest.raises(ValueError):
            parse_compare(bad, base)


# --- every format, and what the HTML may contain --------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders(engine, report, fmt: str) -> None:
    text = report_text(engine, report, fmt)
    total = table_of(report, "overview").rows[3]["count"]  # attributions
    if fmt == "json":
        data = json.loads(text)
        tables = {t["name"]: t for s in data["sections"] for t in s["tables"]}
        assert tables["overview"]["rows"][3]["count"] == total
        assert set(tables) == {t.name for t in report.tables()}
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == ["# Sourcing audit: all articles"]
        headers = [i for i, row in enumerate(rows) if len(row) == 1 and row[0].startswith("# ")]
        names = [rows[i][0][2:].split(":")[0] for i in headers[1:]]
        assert names == [t.name for t in report.tables()]
        overview = rows[headers[1] + 1 : headers[2] - 1]
        assert overview[0] == ["key", "metric", "count", "share"]
        assert int(overview[4][2]) == total
    elif fmt == "markdown":
        assert "| Measure | Count | Share |" in text
        assert f"| Attributions | {total:,} |" in text
    elif fmt == "text":
        assert "Sourcing audit" in text and f"{total:,}" in text
    else:
        assert text.startswith("<!DOCTYPE html>") and "<svg" in text
        assert f'<td class="num">{total:,}</td>' in text
        for needle in ("<script", "<link", " src=", "@import", "url("):
            assert needle not in text, needle  # nothing loaded from anywhere
        for article_id in report.article_ids():
            assert f'id="article-{article_id}"' in text
            assert f'href="#article-{article_id}"' in text


def test_article_view_highlights_every_attribution(engine, corpus_db: Path) -> None:
    seed = scalar(corpus_db, "SELECT id FROM articles WHERE path LIKE '%coalition%'")
    view = article_view(engine, seed)
    text = scalar(corpus_db, "SELECT text FROM articles WHERE id = ?", seed)
    assert "".join(piece for piece, _ in view.runs) == text
    marked = {mark.number for _, mark in view.runs if mark is not None}
    numbers = {
        r[0]
        for r in query(
            corpus_db,
            "SELECT attribution_number FROM attributions "
            "WHERE article_id = ? AND content_end > content_start",
            seed,
        )
    }
    assert marked == numbers
    page = article_html(engine, str(seed))
    assert page.count("<li><strong") == scalar(
        corpus_db, "SELECT COUNT(*) FROM sources WHERE article_id = ?", seed
    )
    assert 'class="content anonymous"' in page and 'class="content named"' in page
    assert 'title="Source: ' in page
    with pytest.raises(ArticleNotFound, match="no article 999999"):
        article_html(engine, "999999")


def test_runs_cut_text_at_every_boundary() -> None:
    quote = Mark(1, "anonymous", "content", "Source: x")
    speaker = Mark(1, "anonymous", "speaker", "Source: x")
    pieces = runs("He said it was over.", [(8, 19, quote), (0, 2, speaker), (8, 10, speaker)])
    assert pieces == [("He", speaker), (" said ", None), ("it was over", quote), (".", None)]
    inner = Mark(2, "named", "content", "Source: y")
    pieces = runs("He said it was over.", [(8, 19, quote), (11, 14, inner)])
    assert pieces == [
        ("He said ", None),
        ("it ", quote),
        ("was", inner),
        (" over", quote),
        (".", None),
    ]


def test_markup_in_articles_is_escaped(corpus_copy: Target, tmp_path: Path) -> None:
    text = "Officials said <script>alert(1)</script> was a reckless plan. <b>Bold</b> & more."
    content = "<script>alert(1)</script> was a reckless plan"
    start = text.index(content)
    article = corpus_copy.execute(
        "INSERT INTO articles (content_hash, text, title, outlet, published, ingested_at, "
        "metadata_json) VALUES ('feed', :text, '<b>Markup</b> <script>alert(1)</script>', "
        "'<i>Outlet</i>', '2026-01-02', '2026-01-02T00:00:00+00:00', '{}') RETURNING id",
        text=text,
    )
    source = corpus_copy.execute(
        "INSERT INTO sources (article_id, source_number, name, kind, anonymous, role, plural, "
        "justified, mention_count) VALUES (:article, 1, '<b>Officials</b>', "
        "'anonymous_group', TRUE, 'official', TRUE, FALSE, 1) RETURNING id",
        article=article,
    )
    claim = corpus_copy.execute(
        "INSERT INTO claims (article_id, claim_number, text, sourcing, attribution_count, "
        "named_count, anonymous_count) VALUES (:article, 1, :content, 'anonymous', 1, 0, 1) "
        "RETURNING id",
        article=article,
        content=content,
    )
    corpus_copy.execute(
        "INSERT INTO attributions (article_id, attribution_number, claim_id, source_id, type, "
        "content_text, content_start, content_end, content_spans, cue_text, cue_start, "
        "cue_end, speaker_text, speaker_start, speaker_end, rule, implicit) VALUES "
        "(:article, 1, :claim, :source, 'indirect', :content, :start, :end, :spans, 'said', "
        "10, 14, 'Officials', 0, 9, 'test', FALSE)",
        article=article,
        claim=claim,
        source=source,
        content=content,
        start=start,
        end=start + len(content),
        spans=json.dumps([[start, start + len(content)]]),
    )
    engine = open_database(corpus_copy.db, upgrade=False)
    try:
        report = build_report(engine, limit=None)
        assert article in {row["article_id"] for row in rows_of(report, "opinion")}
        pages = {
            "report": report_text(engine, report, "html"),
            "article": article_html(engine, article),
            "demo": write_demo_report(engine, tmp_path / "demo.html").read_text(),
        }
        markdown = render(report, "markdown")
        assert search_quotes(engine, "reckless")[0]["attribution_id"] is not None
    finally:
        engine.dispose()
    for name, page in pages.items():
        assert "<script" not in page, name
        assert "<b>" not in page and "<i>" not in page, name
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, name
        assert "&lt;b&gt;" in page, name
    assert 'class="content anonymous"' in pages["article"]
    assert "<script" not in markdown and "<b>" not in markdown
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markdown


def test_write_report_files(engine, report, tmp_path: Path) -> None:
    page = write_demo_report(engine, tmp_path / "demo.html")
    assert page.is_absolute() and page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    folder = write_report(engine, report, "csv", tmp_path / "tables")
    assert {p.stem for p in folder.iterdir()} == {t.name for t in report.tables()}
    single = write_report(engine, report, "csv", tmp_path / "all.csv")
    assert single.read_text().startswith("# Sourcing audit: all articles\n\n# overview")


# --- full-text search and its migration ----------------------------------------


def test_search_quotes_finds_every_quote_with_the_word(engine, corpus_db: Path) -> None:
    quotes = query(corpus_db, "SELECT id, content_text FROM attributions")
    for word in ("police", "Scientology", "officials"):
        stem = word.lower().rstrip("s")
        expected = {i for i, t in quotes if re.search(rf"\b{stem}s?\b", t, re.IGNORECASE)}
        found = search_quotes(engine, word)
        assert {row["attribution_id"] for row in found} == expected, word
        assert expected
        ranks = [row["rank"] for row in found]
        assert ranks == sorted(ranks)
    anonymous = search_quotes(engine, "officials", anonymous_only=True)
    assert all(row["anonymous"] == 1 for row in anonymous)
    # A phrase of stop words is still a phrase: neither database drops "I".
    found = {row["attribution_id"] for row in search_quotes(engine, '"I think"')}
    assert found == {i for i, t in quotes if re.search(r"\bI think\b", t, re.IGNORECASE)}
    assert found
    phrase = {row["id"] for row in search_articles(engine, '"Scientology officials"')}
    assert phrase == {
        r[0]
        for r in query(
            corpus_db, "SELECT id FROM articles WHERE text LIKE ?", "%Scientology officials%"
        )
    }
    prefix = search_quotes(engine, "Scientolog*")
    assert len(prefix) >= len(search_quotes(engine, "Scientology"))
    without = {row["attribution_id"] for row in search_quotes(engine, "Scientology NOT officials")}
    assert without == {
        row["attribution_id"]
        for row in search_quotes(engine, "Scientology")
        if "official" not in row["content_text"].lower()
    }
    articles = {
        r[0]
        for r in query(
            corpus_db,
            "SELECT id FROM articles WHERE text LIKE '%Scientology%' OR title LIKE '%Scientology%'",
        )
    }
    assert {row["id"] for row in search_articles(engine, "Scientology")} == articles


def test_search_query_syntax() -> None:
    assert fts_expression(parse_query('senior "state department" minist* OR aide')) == (
        '("senior" AND "state department" AND "minist"*) OR ("aide")'
    )
    assert fts_expression(parse_query('troops NOT "peace"')) == '("troops" NOT "peace")'
    assert fts_expression(parse_query('a"b OR')) == '("a""b" AND "OR")'
    assert tsquery_expression(parse_query('senior "state department" minist* OR aide')) == (
        "('senior' & 'state department' & 'minist':*) | ('aide')"
    )
    assert tsquery_expression(parse_query('troops NOT "peace" OR "state dep"*')) == (
        "('troops' & !'peace') | (('state' <-> 'dep':*))"
    )
    assert tsquery_expression(parse_query("it's a\\b")) == "('it''s' & 'a\\\\b')"
    with pytest.raises(ValueError):
        parse_query("   ")


def test_search_falls_back_to_like_without_fts(corpus_copy: Target) -> None:
    assert has_full_text(corpus_copy)
    corpus_copy.migrate("downgrade", "0002")
    assert not has_full_text(corpus_copy)
    engine = create_database_engine(corpus_copy.url)
    try:
        found = {row["attribution_id"] for row in search_quotes(engine, "police")}
        assert {row["rank"] for row in search_quotes(engine, "police")} == {None}
        report = build_report(engine)  # the opinion check uses LIKE too
    finally:
        engine.dispose()
    expected = {
        r[0]
        for r in corpus_copy.query(
            "SELECT id FROM attributions WHERE lower(content_text) LIKE '%police%'"
        )
    }
    assert found == expected
    assert table_of(report, "opinion").total is not None


def test_migration_0003_indexes_rows_and_keeps_them_in_sync(db_copy: Path) -> None:
    assert sqlite_names(db_copy, "trigger") == FTS_TRIGGERS
    count = "SELECT COUNT(*) FROM attributions_fts WHERE attributions_fts MATCH ?"
    police = scalar(db_copy, count, "police")
    Target("sqlite", str(db_copy)).migrate("downgrade", "0002")
    assert not sqlite_names(db_copy, "trigger")
    assert not sqlite_names(db_copy, "table") & FTS_TABLES
    # Back up: rebuilds the index from the rows already there.
    Target("sqlite", str(db_copy)).migrate("upgrade", "head")
    assert scalar(db_copy, count, "police") == police
    with sqlite3.connect(db_copy) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        (quote, article) = raw.execute(
            "SELECT id, article_id FROM attributions ORDER BY id LIMIT 1"
        ).fetchone()
        raw.execute("UPDATE attributions SET content_text = 'zanzibar' WHERE id = ?", (quote,))
        assert raw.execute(count, ("zanzibar",)).fetchone() == (1,)
        raw.execute("DELETE FROM articles WHERE id = ?", (article,))  # cascades to quotes
        assert raw.execute(count, ("zanzibar",)).fetchone() == (0,)
        raw.execute("INSERT INTO attributions_fts(attributions_fts) VALUES ('integrity-check')")
        raw.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")


def test_migration_0004_indexes_are_used_and_follow_the_rows(
    postgres_server: Engine, postgres_corpus_template: str
) -> None:
    """PostgreSQL: search repeats the indexed expressions, so the planner can use the GIN
    indexes; being on expressions, they follow every update and delete by themselves."""
    with postgres_database(postgres_server, postgres_corpus_template) as url:
        database = Target("postgresql", url)
        engine = open_database(url, upgrade=False)
        try:
            with engine.connect() as connection:
                connection.execute(text("SET enable_seqscan = off"))
                for index in FTS_TABLES:
                    hits = matching(connection, index, parse_query('"senior official" OR pol*'))
                    sql = hits.compile(connection, compile_kwargs={"literal_binds": True})
                    plan = connection.execute(text(f"EXPLAIN {sql}")).scalars().all()
                    assert any(f"Bitmap Index Scan on {index}" in line for line in plan), plan
            quote = database.scalar("SELECT MIN(id) FROM attributions")
            database.execute("UPDATE attributions SET content_text = 'zanzibar' WHERE id = :id",
                             id=quote)  # fmt: skip
            assert [row["attribution_id"] for row in search_quotes(engine, "zanzibar")] == [quote]
            database.execute("DELETE FROM articles WHERE id = (SELECT article_id FROM "
                             "attributions WHERE id = :id)", id=quote)  # fmt: skip
            assert search_quotes(engine, "zanzibar") == []

            police = [row["attribution_id"] for row in search_quotes(engine, "police")]
            database.migrate("downgrade", "0003")
            assert not has_full_text(database)
            configurations = "SELECT cfgname FROM pg_ts_config WHERE cfgname LIKE 'tracker%'"
            assert database.query(configurations) == []
            database.migrate("upgrade", "head")
            assert has_full_text(database)
            assert [row["attribution_id"] for row in search_quotes(engine, "police")] == police
        finally:
            engine.dispose()
            database.dispose()


def test_postgres_and_sqlite_give_the_same_report(
    corpus_db: Path, postgres_server: Engine, postgres_corpus_template: str
) -> None:
    """The same rows (same ids) on both databases: every table of the audit, row for row."""
    with postgres_database(postgres_server, postgres_corpus_template) as url:
        engines = [open_database(str(corpus_db), upgrade=False), open_database(url, upgrade=False)]
        try:
            on_sqlite, on_postgres = (build_report(engine, limit=None) for engine in engines)
            scope = Scope(outlet="Wikinews", since="2010")
            compared = [build_comparison(engine, scope, Scope(since="2013")) for engine in engines]
        finally:
            for engine in engines:
                engine.dispose()
    for first, second in ((on_sqlite, on_postgres), tuple(compared)):
        for left, right in zip(first.tables(), second.tables(), strict=True):
            assert (left.name, left.total, left.rows) == (right.name, right.total, right.rows)
    assert len(on_postgres.tables()) > 10 and len(compared[1].tables()) == 2
    assert rows_of(on_postgres, "per_article") and rows_of(on_postgres, "anonymous_descriptors")


# --- querying directly: docs and Datasette ---------------------------------------


def test_docs_queries_run(corpus_db: Path) -> None:
    blocks = re.findall(r"```sql\n(.*?)```", (REPO / "docs" / "querying.md").read_text(), re.S)
    assert len(blocks) >= 14
    with sqlite3.connect(f"file:{corpus_db}?mode=ro", uri=True) as raw:
        for sql in blocks:
            raw.execute(sql).fetchall()


def _metadata() -> dict:
    yaml = pytest.importorskip("yaml")
    return yaml.safe_load((REPO / "docs" / "datasette-metadata.yml").read_text())


def test_datasette_canned_queries_run(corpus_db: Path) -> None:
    queries = _metadata()["databases"]["tracker"]["queries"]
    with sqlite3.connect(f"file:{corpus_db}?mode=ro", uri=True) as raw:
        for canned in queries.values():
            raw.execute(canned["sql"], {"words": "officials"}).fetchall()
    anonymous_only = scalar(corpus_db, "SELECT COUNT(*) FROM claims WHERE sourcing='anonymous'")
    rows = query(corpus_db, queries["anonymous_only_claims"]["sql"])
    assert len(rows) == anonymous_only


def test_datasette_loads_the_metadata(corpus_db: Path, tmp_path: Path) -> None:
    Datasette = pytest.importorskip("datasette.app").Datasette

    metadata = _metadata()
    path = tmp_path / "tracker.db"
    shutil.copy(corpus_db, path)

    async def browse() -> None:
        datasette = Datasette([str(path)], metadata=metadata)
        await datasette.invoke_startup()
        for name in metadata["databases"]["tracker"]["queries"]:
            params = {"_shape": "array", "words": "officials"}
            response = await datasette.client.get(f"/tracker/{name}.json", params=params)
            assert response.status_code == 200, (name, response.text[:300])
        page = await datasette.client.get("/tracker/sources")
        assert "How senior" in page.text

    asyncio.run(browse())


# --- the commands ----------------------------------------------------------------


def test_report_command(corpus: Target, corpus_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(report_command, ["--db", corpus.db, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    overview = data["sections"][0]["tables"][0]["rows"]
    assert overview[0]["count"] == scalar(corpus_db, "SELECT COUNT(*) FROM articles")
    assert all(isinstance(row["count"], int) for row in overview)  # never a Decimal's string
    out = tmp_path / "audit.html"
    result = runner.invoke(
        report_command, ["--db", corpus.db, "--format", "html", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("<!DOCTYPE html>")
    compare = ["--compare", "period:2006..2012,2013..2025", "--format", "markdown"]
    result = runner.invoke(report_command, ["--db", corpus.db, *compare])
    assert result.exit_code == 0 and "| 2006..2012 | 2013..2025 |" in result.stdout
    result = runner.invoke(report_command, ["--db", corpus.db, "--article", "999999"])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "tracker: error: no article 999999 (give an id, a hash prefix or its path)"
    )
    result = runner.invoke(report_command, ["--db", corpus.db, "--since", "2025-13"])
    assert result.exit_code == 2 and "not a date" in result.stderr


def test_export_command(corpus: Target, corpus_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(export_command, ["--db", corpus.db, "-o", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.output
    names = {Path(line).stem for line in result.stdout.splitlines()}
    assert {"articles", "sources", "quotes_readable", "article_sourcing"} <= names
    assert not {n for n in names if "fts" in n or n == "alembic_version"}
    with (tmp_path / "csv" / "articles.csv").open(newline="") as rows:
        assert len(list(csv.DictReader(rows))) == 25
    args = ["--db", corpus.db, "--format", "json", "--table", "quotes_readable"]
    result = runner.invoke(export_command, [*args, "-o", str(tmp_path / "json")])
    assert result.exit_code == 0, result.output
    quotes = json.loads((tmp_path / "json" / "quotes_readable.json").read_text())
    assert len(quotes) == scalar(corpus_db, "SELECT COUNT(*) FROM attributions")
    result = runner.invoke(export_command, [*args[:2], "--table", "nope", "-o", str(tmp_path)])
    assert result.exit_code == 1 and "no table or view nope" in result.stderr


# --- small pieces ----------------------------------------------------------------


def test_scope_dates() -> None:
    assert Scope(until="2025-12").conditions()[0].right.value == "2026-01"
    assert Scope(until="2024-02-29").conditions()[0].right.value == "2024-03-01"
    assert Scope(until="2025").conditions()[0].right.value == "2026"
    assert Scope().empty and not Scope(outlet="x").empty
    for bad in ("2025-02-30", "March", "2025-1"):
        with pytest.raises(ValueError):
            Scope(since=bad)


def test_opinion_words_and_cells() -> None:
    assert opinion_matches("A reckless, INCOMPETENT plan; I think so.") == (
        "reckless, incompetent, i think"
    )
    assert opinion_matches("The talks resumed.") == ""
    assert [cell(v, k) for v, k in [(0.1234, "share"), (3, "change"), (-0.05, "points")]] == [
        "12.3%",
        "+3",
        "-5.0 pts",
    ]
    assert cell(None, "count") == "—" and cell(True, "text") == "yes"
