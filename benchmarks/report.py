"""How long the sourcing audit takes on a large archive.

Builds a synthetic database of 100,000 articles (by default) through the real
migrations, filled with bulk INSERTs (no Stanza: the text, sources, quotes and
claims are generated with consistent offsets), then times each table of the
report, each output format, a scoped report, a comparison and a search.

    python benchmarks/report.py                  # 100,000 articles in a temporary file
    python benchmarks/report.py --articles 20000 --db /tmp/bench.db --keep
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, insert, select

from tracker.reports import Scope, build_comparison, build_report, report_text, search_quotes
from tracker.reports.build import SECTIONS
from tracker.reports.context import Context
from tracker.store import models as orm
from tracker.store import open_database

CHUNK = 2000  # articles generated and inserted per transaction
START = date(2020, 1, 1)
DAYS = 6 * 365
OUTLETS = [
    ("The Capital Ledger", 0.35),
    ("Morning Wire", 0.20),
    ("Harbor Times", 0.10),
    ("Valley Courier", 0.15),
    ("Northern Post", 0.25),
    ("Metro Daily", 0.30),
    ("Coastal Herald", 0.12),
    ("Prairie Sentinel", 0.08),
]
# (name, kind, role, seniority, affiliation, organization)
ANONYMOUS = [
    (
        "a senior administration official",
        "anonymous_individual",
        "official",
        "senior",
        "administration",
        None,
    ),
    ("two people familiar with the talks", "anonymous_group", "person", None, None, None),
    ("a Pentagon official", "anonymous_individual", "official", None, None, "Pentagon"),
    ("a European diplomat", "anonymous_individual", "diplomat", None, "European", None),
    ("officials", "anonymous_group", "official", None, None, None),
    ("sources", "anonymous_group", "source", None, None, None),
    ("critics", "vague", None, None, None, None),
    ("a person close to the company", "anonymous_individual", "person", None, None, None),
]
REASONS = ["not_authorized", "sensitive_matter", "unstated", "fear_of_reprisal"]
QUOTES = [
    "the talks would resume next week",
    "the budget had been cut by a third",
    "no decision had been made on the deployment",
    "the plan was a reckless gamble with public money",
    "the minister was incompetent and should resign",
    "inspectors found the same fault at two plants",
    "the company expected to close the deal by March",
    "the figures were probably worse than reported",
    "the agency had warned about the risk in January",
    "the vote was postponed after a dispute over wording",
    "it was a disgraceful way to treat the families",
    "the report would be published after the summit",
]


def _names(rng: random.Random, count: int) -> list[str]:
    first = ["Ana", "Ben", "Chen", "Dara", "Elif", "Femi", "Goran", "Hana", "Ivan", "Jun"]
    last = ["Okafor", "Silva", "Novak", "Haddad", "Larsen", "Moreau", "Tanaka", "Kowalski"]
    return [f"{rng.choice(first)} {rng.choice(last)}" for _ in range(count)]


class Ids:
    """Running ids for every table, so a chunk's rows can be inserted without reading back."""

    def __init__(self) -> None:
        self.next = {"source": 1, "claim": 1, "attribution": 1, "justification": 1}

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] += 1
        return value


def _article(
    rng: random.Random, number: int, ids: Ids, rows: dict[str, list[dict[str, Any]]]
) -> None:
    """One article and its findings, appended to `rows` table by table."""
    outlet, anonymous_rate = rng.choice(OUTLETS)
    published = (START + timedelta(days=rng.randrange(DAYS))).isoformat()
    people = _names(rng, rng.randint(1, 4))
    sources: list[dict[str, Any]] = []
    for index, person in enumerate(people):
        sources.append(
            _source(
                ids,
                number,
                index + 1,
                (person, "named_person", "spokesperson", None, None, None),
                False,
            )
        )
    for _ in range(rng.randint(0, 3) if rng.random() < anonymous_rate * 2 else 0):
        sources.append(_source(ids, number, len(sources) + 1, rng.choice(ANONYMOUS), True))
    text = [f"{outlet} report number {number}.\n\n"]
    position = len(text[0])
    for quote_number in range(1, rng.randint(3, 12) + 1):
        source = rng.choice(sources) if rng.random() > 0.05 else None
        speaker = source["name"] if source else "It"
        sentence_start = position
        content = rng.choice(QUOTES)
        prefix = f"{speaker[0].upper()}{speaker[1:]} said "
        content_start = sentence_start + len(prefix)
        sentence = f"{prefix}{content}. Other details followed in the afternoon.\n"
        text.append(sentence)
        position += len(sentence)
        claim_id = ids.take("claim")
        sourcing = (
            "unattributed" if source is None else ("anonymous" if source["anonymous"] else "named")
        )
        rows["claims"].append(
            {
                "id": claim_id,
                "article_id": number,
                "claim_number": quote_number,
                "text": content,
                "sourcing": sourcing,
                "attribution_count": 1,
                "named_count": int(sourcing == "named"),
                "anonymous_count": int(sourcing == "anonymous"),
            }
        )
        rows["attributions"].append(
            {
                "id": ids.take("attribution"),
                "article_id": number,
                "attribution_number": quote_number,
                "claim_id": claim_id,
                "source_id": source["id"] if source else None,
                "type": "indirect",
                "content_text": content,
                "content_start": content_start,
                "content_end": content_start + len(content),
                "content_spans": json.dumps([[content_start, content_start + len(content)]]),
                "cue_text": "said",
                "cue_start": content_start - 5,
                "cue_end": content_start - 1,
                "speaker_text": speaker if source else None,
                "speaker_start": sentence_start if source else None,
                "speaker_end": sentence_start + len(speaker) if source else None,
                "rule": "verb_complement",
                "implicit": False,
            }
        )
    anonymous = [s for s in sources if s["anonymous"] and s["kind"] != "vague"]
    if anonymous and rng.random() < 0.5:
        justification = ids.take("justification")
        rows["justifications"].append(
            {
                "id": justification,
                "article_id": number,
                "reason": rng.choice(REASONS),
                "text": "They spoke on condition of anonymity.",
                "justification_start": 0,
                "justification_end": 10,
            }
        )
        for source in anonymous:
            source["justified"] = True
            rows["justification_sources"].append(
                {"justification_id": justification, "source_id": source["id"]}
            )
    rows["sources"] += sources
    rows["articles"].append(
        {
            "id": number,
            "content_hash": f"{number:064x}",
            "text": "".join(text),
            "title": f"Report {number}",
            "outlet": outlet,
            "byline": f"Reporter {rng.randrange(300):03d}",
            "published": published,
            "url": None,
            "path": None,
            "word_count": position // 6,
            "ingested_at": "2026-01-01T00:00:00+00:00",
            "run_id": None,
            "metadata_json": "{}",
        }
    )


def _source(
    ids: Ids, article: int, number: int, described: tuple, anonymous: bool
) -> dict[str, Any]:
    name, kind, role, seniority, affiliation, organization = described
    return {
        "id": ids.take("source"),
        "article_id": article,
        "source_number": number,
        "name": name,
        "kind": kind,
        "anonymous": anonymous,
        "role": role,
        "seniority": seniority,
        "affiliation": affiliation,
        "organization": organization,
        "location": None,
        "plural": kind == "anonymous_group",
        "number": None,
        "knowledge_basis": None,
        "title": None,
        "justified": False,
        "mention_count": 1,
    }


TABLES = [
    "articles",
    "sources",
    "claims",
    "attributions",
    "justifications",
    "justification_sources",
]


def fill(engine: Engine, articles: int, seed: int) -> None:
    """Insert `articles` synthetic articles with their findings, CHUNK per transaction."""
    rng, ids = random.Random(seed), Ids()
    metadata = orm.Base.metadata.tables
    for start in range(1, articles + 1, CHUNK):
        rows: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
        for number in range(start, min(start + CHUNK, articles + 1)):
            _article(rng, number, ids, rows)
        with engine.begin() as connection:
            for table in TABLES:
                if rows[table]:
                    connection.execute(insert(metadata[table]), rows[table])


@contextmanager
def timed(label: str, results: list[tuple[str, float]]) -> Iterator[None]:
    started = time.perf_counter()
    yield
    results.append((label, time.perf_counter() - started))
    print(f"  {label:<40} {results[-1][1]:8.2f} s", flush=True)


def time_sections(engine: Engine, results: list[tuple[str, float]]) -> None:
    """Each table builder of the report, on one connection like build_report."""
    with engine.connect() as connection, connection.begin():
        with timed("per-article figures (temporary table)", results):
            ctx = Context(connection, Scope(), limit=50).__enter__()
        for spec in SECTIONS:
            for build in spec.builders:
                with timed(f"{spec.key}: {build.__name__}", results):
                    build(ctx)
        ctx.__exit__(None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="database file (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="reuse --db if it is already filled")
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory()
    path = args.db or Path(folder.name) / "bench.db"
    results: list[tuple[str, float]] = []
    if not (args.keep and path.exists()):
        path.unlink(missing_ok=True)
        engine = open_database(str(path))
        print(f"Filling {path} with {args.articles:,} articles")
        with timed("fill (bulk inserts, FTS triggers)", results):
            fill(engine, args.articles, args.seed)
    else:
        engine = open_database(str(path))
    print("Report tables (whole database, 50 rows per listing):")
    time_sections(engine, results)
    print("Whole reports:")
    with timed("build_report (all sections)", results):
        report = build_report(engine)
    for fmt in ("text", "markdown", "html", "csv", "json"):
        with timed(f"render {fmt}", results):
            report_text(engine, report, fmt)
    outlet = OUTLETS[0][0]
    with timed(f"build_report outlet={outlet}", results):
        build_report(engine, Scope(outlet=outlet))
    with timed("build_report one month (2023-03)", results):
        build_report(engine, Scope(since="2023-03", until="2023-03"))
    with timed("build_comparison two years", results):
        build_comparison(
            engine, Scope(since="2021", until="2021"), Scope(since="2024", until="2024")
        )
    with timed("search_quotes 'reckless gamble'", results):
        search_quotes(engine, "reckless gamble", limit=100)
    with engine.connect() as connection:
        articles = connection.scalar(select(func.count()).select_from(orm.Article))
    engine.dispose()
    tables = sum(seconds for label, seconds in results if ":" in label or label.startswith("per-"))
    print(f"Sum of the report's tables: {tables:.2f} s for {articles:,} articles")
    folder.cleanup()


if __name__ == "__main__":
    main()
