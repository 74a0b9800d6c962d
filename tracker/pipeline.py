"""The ingest path: articles in, Stanza in batches, the engine, one transaction per article.

Stanza is loaded only when the first article that needs it arrives, so a
re-run over articles that are all stored already starts no model at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from typing import TextIO

from sqlalchemy import Engine

from tracker import __version__, nlp
from tracker.articles import Article, ReadError, read_articles
from tracker.attribution import Extraction, extract
from tracker.store import finish_run, save_article, start_run, stored_hashes

BATCH_SIZE = 16


@dataclass
class IngestReport:
    seen: int = 0
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    run_id: int | None = None


class Annotator:
    """Stanza, loaded on first use, applied to batches of texts."""

    def __init__(self, models_dir: str | None = None, device: str = "cpu") -> None:
        self._models_dir = models_dir
        self.device = device
        self._pipeline = None

    @cached_property
    def models_dir(self) -> str:
        """Looked up on first use, so work that needs no model (scoring cached documents)
        runs where no models are installed."""
        return str(nlp.find_models_dir(self._models_dir))

    @property
    def pipeline(self):
        if self._pipeline is None:
            self._pipeline = nlp.load_pipeline(self.models_dir, self.device)
        return self._pipeline

    def extract_all(self, texts: list[str]) -> Iterator[tuple[Extraction, int] | Exception]:
        """The engine's Extraction and word count for each text, in order, or the error
        that one text raised (so one odd article never sinks its batch)."""
        for text, doc in zip(texts, nlp.annotate(self.pipeline, texts, BATCH_SIZE), strict=True):
            try:
                yield extract(doc, text), doc.num_words
            except Exception as error:  # noqa: BLE001 - reported per article, batch goes on
                yield error


def batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def ingest(
    engine: Engine,
    paths: Iterable[str],
    annotator: Annotator,
    *,
    reprocess: bool = False,
    stdin: TextIO | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """Read, annotate, extract and store every article; bad files are reported and skipped."""
    with ingest_run(engine, annotator) as report:
        for batch in batches(read_articles(list(paths), stdin=stdin), BATCH_SIZE):
            todo = new_articles(engine, batch, report, reprocess)
            if todo:
                results = annotator.extract_all([a.text for a in todo])
                for article, result in zip(todo, results, strict=True):
                    store_result(engine, article, result, report, reprocess)
            if on_progress:
                on_progress(len(batch))
    return report


@contextmanager
def ingest_run(engine: Engine, annotator: Annotator) -> Iterator[IngestReport]:
    """A run row opened before the first article and closed with the counts even when
    the ingest is interrupted, so every ingest engine keeps the same bookkeeping."""
    report = IngestReport()
    report.run_id = start_run(
        engine,
        tracker_version=__version__,
        stanza_version=nlp.stanza_version(),
        models=nlp.model_packages(annotator.models_dir),
        models_dir=annotator.models_dir,
        device=annotator.device,
    )
    try:
        yield report
    finally:
        finish_run(engine, report.run_id, seen=report.seen, stored=report.stored,
                   skipped=report.skipped, failed=report.failed)


def new_articles(engine: Engine, batch: list[Article | ReadError], report: IngestReport,
                 reprocess: bool, queued: set[str] | None = None) -> list[Article]:
    """The articles of a batch that need annotating; read errors are reported, and
    articles already stored or already in ``queued`` (hashes taken earlier in this run,
    which gains this batch's) are counted as skipped."""
    queued = set() if queued is None else queued
    articles: list[Article] = []
    for item in batch:
        if isinstance(item, ReadError):
            report.failed += 1
            report.errors.append(str(item))
        else:
            report.seen += 1
            articles.append(item)
    known = set() if reprocess else stored_hashes(engine, [a.content_hash for a in articles])
    todo: list[Article] = []
    for article in articles:
        if article.content_hash in known or article.content_hash in queued:
            report.skipped += 1
        else:
            queued.add(article.content_hash)
            todo.append(article)
    return todo


def store_result(engine: Engine, article: Article, result: tuple[Extraction, int] | Exception,
                 report: IngestReport, reprocess: bool) -> None:
    """Save one annotated article in its own transaction, or report why it failed."""
    count_result(report, save_result(engine, article, result, report.run_id, reprocess))


def save_result(engine: Engine, article: Article, result: tuple[Extraction, int] | Exception,
                run_id: int | None, reprocess: bool) -> str | None:
    """Save one annotated article in its own transaction; None, or the one line saying
    why it was not stored."""
    if isinstance(result, Exception):
        return f"{article.path}: attribution failed ({result})"
    extraction, words = result
    try:
        save_article(engine, article, extraction, run_id=run_id,
                     word_count=words, replace=reprocess)
    except ValueError as error:
        return f"{article.path}: {error}"
    return None


def count_result(report: IngestReport, error: str | None) -> None:
    """Count an article stored, or failed with its error line (from `save_result`)."""
    if error is None:
        report.stored += 1
    else:
        report.failed += 1
        report.errors.append(error)
