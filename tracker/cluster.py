"""`tracker ingest --engine ray`: the ingest path spread over a Ray cluster with Ray Data.

The driver reads the articles and skips those already stored with the same
helpers as the single-process path, so read errors, skips and their counts are
the same. The articles left become a Ray dataset; a pool of actors, each
holding one Stanza pipeline (and one GPU when Stanza runs on GPUs), annotates
them in batches and runs the attribution engine. On PostgreSQL each actor
opens its own engine to the same database and saves each article itself, in its
own transaction under the driver's run row, sending back only whether it was
stored. On SQLite, which wants one writer, the extractions stream back to the
driver, which saves them; the writes are under 1% of an ingest, so the driver
is not what limits it. Either way the driver counts every outcome, so the run's
counts and errors are those of the single-process path.
"""

from __future__ import annotations

import logging
import math
import os
import pickle
import socket
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from sqlalchemy import Engine

from tracker.articles import Article, read_articles
from tracker.attribution import Extraction
from tracker.pipeline import (
    BATCH_SIZE,
    Annotator,
    IngestReport,
    batches,
    count_result,
    ingest_run,
    new_articles,
    save_result,
    store_result,
)
from tracker.store import open_database

if TYPE_CHECKING:
    import pyarrow

ADDRESS_ENV = "RAY_ADDRESS"
INSTALL_HINT = "the ray engine needs Ray: pip install 'tracker[cluster]'"
# Ray's settings for an instance this module starts itself: no usage reports (machines
# here may have no internet) and no dashboard.
LOCAL_ENV = {"RAY_USAGE_STATS_ENABLED": "0"}
PROBE_TIMEOUT_S = 10


class ClusterError(RuntimeError):
    """Ray is missing, unreachable or lacks what was asked of it; one line for the user."""


def require_ray() -> None:
    """Fail early, in one line, when the optional extra is not installed."""
    try:
        import ray  # noqa: F401
        import ray.data  # noqa: F401
    except ImportError:
        raise ClusterError(INSTALL_HINT) from None


def ingest_on_ray(
    engine: Engine,
    paths: Iterable[str],
    annotator: Annotator,
    *,
    address: str | None = None,
    workers: int | None = None,
    reprocess: bool = False,
    stdin: TextIO | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> IngestReport:
    """`tracker.pipeline.ingest` with annotation and attribution on a Ray actor pool.

    ``address`` is a Ray address; without it ``$RAY_ADDRESS``, and without that a
    local Ray instance is started (and stopped at the end). When Ray is already
    initialised in this process, that instance is used as it is. ``workers`` is
    the number of actors, each loading Stanza once (default: one per GPU, else
    one per two CPUs of the cluster, never more than there are batches). On
    PostgreSQL the actors save the articles; on SQLite the driver does.
    """
    require_ray()
    with ingest_run(engine, annotator) as report:
        todo = _articles_to_annotate(engine, paths, report, reprocess, stdin, on_progress)
        if todo:
            writer = _Writer(
                engine.url.render_as_string(hide_password=False), report.run_id, reprocess
            ) if engine.url.get_backend_name() == "postgresql" else None
            with _connected(address):
                for row in _annotate(todo, annotator, workers, writer):
                    if writer is None:
                        article = todo[int(row["index"])]
                        store_result(engine, article, _result(row), report, reprocess)
                    else:
                        count_result(report, row["error"])
                    if on_progress:
                        on_progress(1)
    return report


@dataclass(frozen=True)
class _Writer:
    """What an actor needs to save articles itself: the database URL (password
    included), the run the articles belong to, and whether stored ones are replaced."""

    url: str
    run_id: int | None
    reprocess: bool


def _articles_to_annotate(
    engine: Engine,
    paths: Iterable[str],
    report: IngestReport,
    reprocess: bool,
    stdin: TextIO | None,
    on_progress: Callable[[int], None] | None,
) -> list[Article]:
    """Every article not stored yet, once each; read errors and skips are reported and
    counted as progress here, annotated articles when they are stored."""
    queued: set[str] = set()
    todo: list[Article] = []
    for batch in batches(read_articles(list(paths), stdin=stdin), BATCH_SIZE):
        fresh = new_articles(engine, batch, report, reprocess, queued)
        todo.extend(fresh)
        if on_progress and len(batch) > len(fresh):
            on_progress(len(batch) - len(fresh))
    return todo


@contextmanager
def _connected(address: str | None) -> Iterator[None]:
    """Ray connected for the duration: the given address, else $RAY_ADDRESS, else a
    new local instance ("local", never a stray instance found on this machine)."""
    import ray

    if ray.is_initialized():
        yield
        return
    target = address or os.environ.get(ADDRESS_ENV) or "local"
    if target == "local":
        for key, value in LOCAL_ENV.items():
            os.environ.setdefault(key, value)
    else:
        _probe(target)
    try:
        ray.init(
            address=target,
            include_dashboard=False if target == "local" else None,
            logging_level=logging.ERROR,
            log_to_driver=False,
        )
    except Exception as exc:  # noqa: BLE001 - Ray raises many kinds; the user needs one line
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ClusterError(f"cannot start or reach Ray at {target}: {detail}") from None
    try:
        yield
    finally:
        ray.shutdown()


def _probe(address: str) -> None:
    """Fail in one line when a host:port address does not answer: Ray itself retries
    an unreachable head for minutes, logging each attempt."""
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not (host and port.isdigit()):
        return  # "auto" and the like: Ray resolves them itself
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=PROBE_TIMEOUT_S).close()
    except OSError as exc:
        raise ClusterError(
            f"cannot reach Ray at {address}: {exc.strerror or exc or 'no answer'}"
        ) from None


def _actor_plan(device: str, workers: int | None, batch_count: int) -> tuple[str, int, int]:
    """The actors' Stanza device, GPUs per actor and number of actors for this cluster."""
    import ray

    resources = ray.cluster_resources()
    gpus = int(resources.get("GPU", 0))
    if device == "cuda" and not gpus:
        raise ClusterError("--device cuda was asked for but the Ray cluster has no GPUs")
    on_gpu = device != "cpu" and gpus > 0
    if workers is None:
        workers = gpus if on_gpu else max(1, int(resources.get("CPU", 1)) // 2)
    return ("cuda" if on_gpu else "cpu"), int(on_gpu), max(1, min(workers, batch_count))


def _annotate(
    articles: list[Article], annotator: Annotator, workers: int | None, writer: _Writer | None
) -> Iterator[dict[str, Any]]:
    """The actor pool's row for each article, streamed back in order as they finish:
    its index and, as `StanzaWorker` describes, its outcome."""
    import ray.data

    device, gpus, size = _actor_plan(
        annotator.device, workers, math.ceil(len(articles) / BATCH_SIZE)
    )
    context = ray.data.DataContext.get_current()
    saved = (context.execution_options.preserve_order, context.enable_progress_bars)
    # Results in input order (when the driver writes, the rows then match a single-process
    # ingest, ids included), and no Ray progress bars over tracker's own.
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    try:
        dataset = ray.data.from_items(
            [{"index": i, "article": pickle.dumps(a, protocol=pickle.HIGHEST_PROTOCOL)}
             for i, a in enumerate(articles)],
            override_num_blocks=math.ceil(len(articles) / BATCH_SIZE),
        ).map_batches(
            StanzaWorker,
            batch_size=BATCH_SIZE,
            batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=size),
            num_cpus=1,
            num_gpus=gpus,
            fn_constructor_kwargs={
                "models_dir": annotator.models_dir, "device": device, "writer": writer,
            },
        )
        yield from dataset.iter_rows()
    finally:
        context.execution_options.preserve_order, context.enable_progress_bars = saved


def _result(row: dict[str, Any]) -> tuple[Extraction, int] | Exception:
    """An extraction row of a driver-writes ingest as `store_result` takes it."""
    if row["error"] is not None:
        return RuntimeError(row["error"])
    return pickle.loads(row["extraction"]), int(row["words"])


class StanzaWorker:
    """A Ray Data actor: one Stanza pipeline, loaded once, run over batches of
    pickled articles.

    With a `_Writer` the actor saves each article through its own engine and sends
    back only its `error` (None when stored, else the line `save_result` gives).
    Without one, extractions travel back pickled (plain dataclasses) with their
    word counts; an article whose attribution failed carries the error's message.
    """

    def __init__(self, models_dir: str, device: str, writer: _Writer | None) -> None:
        self.annotator = Annotator(models_dir, device)
        self.annotator.pipeline  # noqa: B018 - load now, so a broken model fails the actor
        self.store = None if writer is None else (open_database(writer.url, upgrade=False), writer)

    def __call__(self, batch: pyarrow.Table) -> pyarrow.Table:
        import pyarrow

        articles: list[Article] = [pickle.loads(a) for a in batch.column("article").to_pylist()]
        results = self.annotator.extract_all([a.text for a in articles])
        if self.store is not None:
            engine, writer = self.store
            errors = [
                save_result(engine, article, result, writer.run_id, writer.reprocess)
                for article, result in zip(articles, results, strict=True)
            ]
            return pyarrow.table({
                "index": batch.column("index"),
                "error": pyarrow.array(errors, pyarrow.string()),
            })
        extractions: list[bytes | None] = []
        words: list[int] = []
        errors = []
        for result in results:
            if isinstance(result, Exception):
                extractions.append(None)
                words.append(0)
                errors.append(str(result))
            else:
                extractions.append(pickle.dumps(result[0], protocol=pickle.HIGHEST_PROTOCOL))
                words.append(result[1])
                errors.append(None)
        return pyarrow.table({
            "index": batch.column("index"),
            "extraction": pyarrow.array(extractions, pyarrow.binary()),
            "words": pyarrow.array(words, pyarrow.int64()),
            "error": pyarrow.array(errors, pyarrow.string()),
        })
