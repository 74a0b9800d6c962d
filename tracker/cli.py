"""The `tracker` command line: thin click commands over the library.

Every failure a user can cause ends in one line on stderr (``tracker: error:
...``) and a non-zero exit, never a traceback: the library raises one-line
exceptions (DatabaseError, ModelsNotFound, OSError) and TrackerGroup.invoke
turns them into that line, so no command needs a try/except of its own.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from types import ModuleType
from typing import Any

import click
from sqlalchemy import Engine

from tracker import __version__, nlp
from tracker.articles import Article, ReadError, content_hash, read_articles, walk_folder
from tracker.attribution import Extraction, SourceKind, Sourcing, extract
from tracker.cluster import ClusterError, ingest_on_ray, require_ray
from tracker.output import FORMATS, marked_article, render, to_json
from tracker.pipeline import BATCH_SIZE, Annotator, IngestReport, batches, ingest
from tracker.serialize import extraction_to_dict
from tracker.store import (
    DatabaseError,
    get_article,
    list_articles,
    list_claims,
    list_quotes,
    list_sources,
    open_database,
    sourcing_summary,
)
from tracker.store.db import BUSY_TIMEOUT_MS, current_revisions, describe

REPO = Path(__file__).resolve().parents[1]
POLNEAR = REPO.parent / "shared" / "eval" / "polnear"
PROJECT_GOLD = REPO / "corpus" / "gold"
DEMO_CORPUS = Path("corpus") / "articles"
DEMO_DB = "tracker-demo.db"
# SQLite's application_id header field, set on databases made by `tracker demo`:
# the only databases the demo may delete.
DEMO_APPLICATION_ID = 0x74726B64
BUSY_TIMEOUT_ENV = "TRACKER_BUSY_TIMEOUT_MS"

# Errors the library raises with a message meant for the user.
USER_ERRORS = (DatabaseError, nlp.ModelsNotFound, OSError)


class TrackerError(click.ClickException):
    """A failure explained in one line on stderr; exit status 1."""

    def show(self, file=None) -> None:
        click.echo(f"tracker: error: {self.format_message()}", err=True, file=file)


class TrackerGroup(click.Group):
    """Turns the library's user-facing exceptions into one-line errors for every command."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except USER_ERRORS as exc:
            raise TrackerError(_one_line(exc)) from exc


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _error_line(message: str) -> None:
    click.echo(f"tracker: error: {message}", err=True)


@dataclass
class Settings:
    """The group's options, shared by every command."""

    db: str | None
    models_dir: str | None
    device: str

    @contextmanager
    def database(self, value: str | None = None) -> Iterator[Engine]:
        """The database (upgraded to head), disposed of when the command is done."""
        engine = open_database(value or self.db, busy_timeout_ms=_busy_timeout())
        try:
            yield engine
        finally:
            engine.dispose()

    def annotator(self) -> Annotator:
        """Stanza on the chosen device; finds the models now, loads them on first use."""
        if self.device == "cuda":
            try:
                nlp.resolve_device(self.device)
            except RuntimeError as exc:
                raise TrackerError(str(exc)) from None
        return Annotator(self.models_dir, self.device)


def _busy_timeout() -> int:
    value = os.environ.get(BUSY_TIMEOUT_ENV)
    if value is None:
        return BUSY_TIMEOUT_MS
    if not value.isdigit():
        raise TrackerError(f"{BUSY_TIMEOUT_ENV} must be a whole number of milliseconds")
    return int(value)


pass_settings = click.make_pass_decorator(Settings)


def _exit_failed(failed: int) -> None:
    if failed:
        click.get_current_context().exit(1)


# --- progress -----------------------------------------------------------------


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many articles `paths` hold, from file names alone (no file is read);
    None when a .json/.jsonl file, which may hold many, is among them."""
    total = 0
    for path in paths:
        for member in walk_folder(path) if os.path.isdir(path) else [path]:
            if isinstance(member, str) and member.lower().endswith((".json", ".jsonl")):
                return None
            total += 1
    return total


@contextmanager
def progress(total: int | None, label: str, quiet: bool = False):
    """A progress bar with counts and ETA on a terminal: yields its advance(n) callback,
    or None (no bar) with --quiet or when stdout or stderr is not a terminal."""
    if quiet or not (sys.stdout.isatty() and sys.stderr.isatty()):
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
    )
    # Stanza finishes a whole batch at once, minutes apart: estimate the speed over the
    # whole run, from a first sample at the start.
    whole_run = 24 * 3600
    with Progress(
        *columns, console=Console(stderr=True), transient=True, speed_estimate_period=whole_run
    ) as bar:
        task = bar.add_task(label, total=total)
        bar.advance(task, 0)
        yield lambda n: bar.advance(task, n)


# --- the group ------------------------------------------------------------------


@click.group(
    cls=TrackerGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.option(
    "--db",
    metavar="PATH_OR_URL",
    help="SQLite file or SQLAlchemy URL. Default: $TRACKER_DB, else tracker.db.",
)
@click.option(
    "--models-dir",
    metavar="DIR",
    help="Stanza models folder. Default: $STANZA_RESOURCES_DIR, else Stanza's own.",
)
@click.option(
    "--device",
    type=click.Choice(["cpu", "cuda", "auto"]),
    default="cpu",
    show_default=True,
    help="Where Stanza runs; auto uses a GPU when there is one.",
)
@click.version_option(__version__, prog_name="tracker")
@click.pass_context
def main(ctx: click.Context, db: str | None, models_dir: str | None, device: str) -> None:
    """Track who is quoted in news articles, and whether they are named or anonymous.

    \b
    Example:
        tracker ingest corpus/articles && tracker quotes --anonymous
    """
    ctx.obj = Settings(db, models_dir, device)


@main.command()
@pass_settings
def init(settings: Settings) -> None:
    """Create the database, or upgrade it to this tracker's schema.

    \b
    Example:
        tracker --db newsroom.db init
    """
    with settings.database() as engine:
        revision = ", ".join(sorted(current_revisions(engine)))
        click.echo(f"{describe(engine.url)}: schema at revision {revision} (up to date)")


def _echo_ingest(report: IngestReport) -> None:
    for message in report.errors:
        _error_line(message)
    click.echo(
        f"{report.stored} stored, {report.skipped} skipped (already stored), {report.failed} failed"
    )


@main.command("ingest")
@click.argument("paths", metavar="PATH...", nargs=-1, required=True)
@click.option("--reprocess", is_flag=True, help="Annotate and store again articles already stored.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option(
    "--engine",
    "engine_name",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="local: this process; ray: a Ray cluster (needs tracker[cluster]).",
)
@click.option(
    "--ray-address",
    envvar="RAY_ADDRESS",
    metavar="ADDRESS",
    help="Ray cluster to use with --engine ray. Default: $RAY_ADDRESS, else a new local one.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    metavar="N",
    help="Stanza actors with --engine ray. Default: one per GPU, else one per two CPUs.",
)
@pass_settings
def ingest_command(
    settings: Settings,
    paths: tuple[str, ...],
    reprocess: bool,
    quiet: bool,
    engine_name: str,
    ray_address: str | None,
    workers: int | None,
):
    """Read articles, find their attributions and store them.

    PATH is a .txt/.md file (with an optional <name>.json metadata sidecar), a
    .json or .jsonl file with a "text" field per article, a folder (read
    recursively), or - for stdin. Articles already stored with the same text are
    skipped. Exits with 1 when any input could not be read or stored; the rest
    is stored all the same. With --engine ray, Stanza and the engine run on a
    pool of Ray actors; the actors write a PostgreSQL database, this process a
    SQLite one.

    \b
    Example:
        tracker ingest corpus/articles
        curl -s https://example.org/story.txt | tracker ingest -
        RAY_ADDRESS=ray-head:6379 tracker ingest --engine ray --workers 8 archive/
    """
    if engine_name == "ray":
        report = _ingest_on_ray(settings, paths, reprocess, quiet, ray_address, workers)
    else:
        annotator = settings.annotator()
        with settings.database() as engine, progress(
            count_inputs(paths), "Ingesting", quiet
        ) as bar:
            report = ingest(engine, paths, annotator, reprocess=reprocess, on_progress=bar)
    _echo_ingest(report)
    _exit_failed(report.failed)


def _ingest_on_ray(
    settings: Settings,
    paths: tuple[str, ...],
    reprocess: bool,
    quiet: bool,
    address: str | None,
    workers: int | None,
) -> IngestReport:
    """The Ray engine; the cluster, not this machine, decides whether GPUs are there."""
    annotator = Annotator(settings.models_dir, settings.device)
    try:
        require_ray()
        with settings.database() as engine, progress(
            count_inputs(paths), "Ingesting", quiet
        ) as bar:
            return ingest_on_ray(
                engine, paths, annotator, address=address, workers=workers,
                reprocess=reprocess, on_progress=bar,
            )
    except ClusterError as exc:
        raise TrackerError(str(exc)) from None


# --- listings -----------------------------------------------------------------

format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="table for reading; csv and json carry every column.",
)
article_option = click.option("--article", type=int, metavar="ID", help="Only this article.")
kind_option = click.option(
    "--kind", type=click.Choice([k.value for k in SourceKind]), help="Only this source kind."
)
anonymous_option = click.option(
    "--anonymous", "anonymous_only", is_flag=True, help="Only anonymous sources."
)


def _print_rows(rows: list[dict[str, Any]], fmt: str, columns: tuple[str, ...]) -> None:
    render(rows, fmt, columns, sys.stdout)


@main.command()
@click.option("--limit", type=click.IntRange(min=0), metavar="N", help="At most N articles.")
@format_option
@pass_settings
def articles(settings: Settings, limit: int | None, fmt: str) -> None:
    """List stored articles with their counts of attributions, sources and claims.

    \b
    Example:
        tracker articles --format csv > articles.csv
    """
    with settings.database() as engine:
        rows = list_articles(engine, limit=limit)
    columns = (
        "id",
        "published",
        "outlet",
        "title",
        "attributions",
        "sources",
        "anonymous_sources",
        "claims",
        "share_anonymous",
    )
    _print_rows(rows, fmt, columns)


@main.command()
@article_option
@kind_option
@anonymous_option
@click.option(
    "--search",
    metavar="QUERY",
    help="Full-text search of the quoted words (stemmed; \"phrases\", prefix*, OR, NOT).",
)
@click.option("--limit", type=click.IntRange(min=0), metavar="N", help="At most N quotes.")
@format_option
@pass_settings
def quotes(
    settings: Settings,
    article: int | None,
    kind: str | None,
    anonymous_only: bool,
    search: str | None,
    limit: int | None,
    fmt: str,
) -> None:
    """List quotations and reported speech with their sources.

    \b
    Example:
        tracker quotes --anonymous --search NATO --limit 20
    """
    with settings.database() as engine:
        if search:
            from tracker.reports import search_quotes

            rows = [
                {"id": row["attribution_id"], **row}
                for row in search_quotes(
                    engine, search, article=article, kind=kind,
                    anonymous_only=anonymous_only, limit=limit,
                )
            ]
        else:
            rows = list_quotes(
                engine, article=article, kind=kind, anonymous_only=anonymous_only, limit=limit
            )
    columns = (
        "id",
        "article_id",
        "type",
        "source_name",
        "source_kind",
        "anonymous",
        "content_text",
        "claim_sourcing",
    )
    _print_rows(rows, fmt, columns)


@main.command()
@article_option
@kind_option
@anonymous_option
@format_option
@pass_settings
def sources(
    settings: Settings, article: int | None, kind: str | None, anonymous_only: bool, fmt: str
) -> None:
    """List sources, one per distinct source per article, with their descriptors.

    \b
    Example:
        tracker sources --kind anonymous_individual --format json
    """
    with settings.database() as engine:
        rows = list_sources(engine, article=article, kind=kind, anonymous_only=anonymous_only)
    columns = (
        "id",
        "article_id",
        "name",
        "kind",
        "anonymous",
        "role",
        "seniority",
        "affiliation",
        "organization",
        "justified",
        "attributions",
    )
    _print_rows(rows, fmt, columns)


@main.command()
@article_option
@click.option(
    "--sourcing", type=click.Choice([s.value for s in Sourcing]), help="Only this sourcing."
)
@format_option
@pass_settings
def claims(settings: Settings, article: int | None, sourcing: str | None, fmt: str) -> None:
    """List claims (what is asserted) with their sourcing: named, anonymous, mixed, unattributed.

    \b
    Example:
        tracker claims --sourcing anonymous
    """
    with settings.database() as engine:
        rows = list_claims(engine, article=article, sourcing=sourcing)
    columns = ("id", "article_id", "sourcing", "attribution_count", "source_names", "text")
    _print_rows(rows, fmt, columns)


def _reports_module() -> ModuleType | None:
    """tracker.reports (HTML reports) when this install has it, else None."""
    try:
        import tracker.reports as reports
    except ModuleNotFoundError as exc:
        if exc.name != "tracker.reports":
            raise
        return None
    return reports


@main.command()
@click.argument("article")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "html"]),
    default="text",
    show_default=True,
    help="text marks each attribution inline; json has everything; html is a report page.",
)
@pass_settings
def show(settings: Settings, article: str, fmt: str) -> None:
    """Show one article with its attributions marked ⟦like this⟧N.

    ARTICLE is an article id, a content-hash prefix (6+ characters) or the path
    it was ingested from.

    \b
    Example:
        tracker show 1
        tracker show 1 --format html > article-1.html
    """
    with settings.database() as engine:
        if fmt == "html":
            reports = _reports_module()
            if reports is None:
                raise TrackerError("HTML output needs tracker.reports, which this install lacks")
            click.echo(reports.article_html(engine, article))
            return
        try:
            found = get_article(engine, article)
        except ValueError as exc:
            raise TrackerError(str(exc)) from None
    if found is None:
        raise TrackerError(f"no article {article} (give an id, a hash prefix or its path)")
    click.echo(to_json(found, indent=2) if fmt == "json" else marked_article(found))


# --- extract (no database) ------------------------------------------------------


@main.command("extract")
@click.argument("files", metavar="FILE...", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one object per line; json: one array.",
)
@pass_settings
def extract_command(settings: Settings, files: tuple[str, ...], fmt: str) -> None:
    """Print the attributions found in FILEs as JSON, without any database.

    One object per article: {"path", "attributions": [{"type", "content":
    [[start, end], ...], "content_text", "cue", "cue_text", "speaker",
    "speaker_text", "source": {"name", "kind", "anonymous", ...}, "claim"}, ...]}.
    Offsets are character offsets into the text as read, end exclusive. A .jsonl
    file gives one object per line (path file.jsonl#L3).

    \b
    Example:
        tracker extract corpus/articles/coalition-of-the-willing-2025-03-11.txt
    """
    annotator = settings.annotator()
    failed, collected = 0, []
    for chunk in batches(read_articles(files), BATCH_SIZE):
        found = [item for item in chunk if isinstance(item, Article)]
        results = annotator.extract_all([a.text for a in found]) if found else iter(())
        for item in chunk:
            if isinstance(item, ReadError):
                failed += 1
                _error_line(item.message)
                continue
            result = next(results)
            if isinstance(result, Exception):
                failed += 1
                _error_line(f"{item.path}: attribution failed ({result})")
                continue
            obj = extraction_to_dict(item.path, item.text, result[0])
            if fmt == "jsonl":
                click.echo(to_json(obj))
            else:
                collected.append(obj)
    if fmt == "json":
        click.echo(to_json(collected, indent=2))
    _exit_failed(failed)


# --- models ---------------------------------------------------------------------


@main.group()
def models() -> None:
    """Stanza models: tracker never downloads them unless asked to here."""


@models.command("download")
@click.option("--dir", "folder", metavar="DIR", help="Where to put them (default as --models-dir).")
@pass_settings
def models_download(settings: Settings, folder: str | None) -> None:
    """Download the English Stanza models (needs network; about 1 GB).

    \b
    Example:
        tracker models download --dir ~/stanza_resources
    """
    import stanza

    target = (
        folder
        or settings.models_dir
        or os.environ.get(nlp.MODELS_ENV)
        or str(nlp.default_models_dir())
    )
    stanza.download(nlp.LANGUAGE, model_dir=target, logging_level="INFO")
    click.echo(f"English models are in {target}")


# --- demo -----------------------------------------------------------------------


def _fresh_demo_database(path: Path) -> None:
    """Remove a database an earlier demo made at `path`, then create it empty and
    marked as the demo's; refuse to touch any other file."""
    if path.exists():
        if not _is_demo_database(path):
            raise TrackerError(
                f"{path} exists and was not made by 'tracker demo'; remove it or pick another --db"
            )
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA application_id = {DEMO_APPLICATION_ID}")
        connection.commit()


def _is_demo_database(path: Path) -> bool:
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            (application_id,) = connection.execute("PRAGMA application_id").fetchone()
    except sqlite3.Error:
        return False
    return application_id == DEMO_APPLICATION_ID


def _echo_summary(summary: dict[str, Any], anonymous_sources: list[dict[str, Any]]) -> None:
    def counts(table: dict[str, int]) -> str:
        return ", ".join(f"{name} {n}" for name, n in table.items())

    share = summary["share_anonymous"]
    descriptors = Counter(
        (source["role"] or source["name"]).lower() for source in anonymous_sources
    ).most_common(5)
    click.echo(
        "\n".join(
            [
                "",
                f"Sourcing in {summary['articles']} articles",
                f"  attributions       {summary['attributions']}"
                + (f", {share:.0%} from anonymous sources" if share is not None else ""),
                f"  claims             {counts(summary['claims'])}",
                f"  sources by kind    {counts(summary['sources'])}",
                f"  anonymous sources  {summary['anonymous_sources']}, "
                f"{summary['anonymous_sources_justified']} with a stated justification",
                "  top anonymous descriptors (by role): "
                + (", ".join(f"{role} {n}" for role, n in descriptors) or "none"),
            ]
        )
    )


@main.command()
@click.option(
    "--db",
    "demo_db",
    default=DEMO_DB,
    show_default=True,
    metavar="PATH",
    help="SQLite file to (re)create; only a database an earlier demo made is replaced.",
)
@pass_settings
def demo(settings: Settings, demo_db: str) -> None:
    """Ingest the sample corpus into a fresh database and summarise its sourcing.

    Run it from the repository root (it reads corpus/articles). The global --db
    is not used: the demo never touches your own database.

    \b
    Example:
        tracker demo && tracker --db tracker-demo.db quotes --anonymous
    """
    if not DEMO_CORPUS.is_dir():
        raise TrackerError(f"no {DEMO_CORPUS} here: run tracker demo from the repository root")
    if "://" in demo_db:
        raise TrackerError("tracker demo takes a file path for --db, not a URL")
    annotator = settings.annotator()
    path = Path(demo_db)
    _fresh_demo_database(path)
    corpus = [str(DEMO_CORPUS)]
    with settings.database(demo_db) as engine:
        with progress(count_inputs(corpus), "Ingesting") as bar:
            report = ingest(engine, corpus, annotator, on_progress=bar)
        _echo_ingest(report)
        _echo_summary(sourcing_summary(engine), list_sources(engine, anonymous_only=True))
        reports = _reports_module()
        if reports is not None:
            click.echo(reports.write_demo_report(engine, path.with_suffix(".html")))
    _exit_failed(report.failed)


# --- eval -----------------------------------------------------------------------


def _gold_articles(gold: str, polnear: Path, limit: int | None) -> list:
    """The gold articles named by --gold, read in full (scoring passes over them twice)."""
    from tracker.evaluate import load_polnear, load_project_gold

    if gold in ("polnear-dev", "polnear-train"):
        split = gold.removeprefix("polnear-")
        kinds = polnear / "polnear_dev_source_kinds.jsonl" if split == "dev" else None
        if not (polnear / split / "text").is_dir():
            raise TrackerError(f"no PolNeAR {split} split in {polnear} (see --polnear)")
        return list(load_polnear(polnear / split, kinds, limit))
    folder = PROJECT_GOLD if gold == "project" else Path(gold)
    if not folder.is_dir():
        raise TrackerError(f"no gold folder at {folder}")
    if (folder / "text").is_dir() and (folder / "attributions").is_dir():
        return list(load_polnear(folder, None, limit))
    try:
        return list(islice(load_project_gold(folder), limit))
    except ValueError as exc:  # a gold text changed since annotation, or bad JSON
        raise TrackerError(str(exc)) from None


def _extractions(
    annotator: Annotator,
    texts: list[str],
    cache: Path | None,
    on_progress: Callable[[int], None] | None,
) -> Iterator[Extraction | Exception]:
    """The engine's Extraction for each text, or the error it raised. Stanza documents
    come from `cache` (<sha256 of the text>.v<annotation version>.pkl,
    Document.to_serialized()) where stored; the rest are annotated in batches and, with a
    cache, stored there."""
    from stanza import Document

    version = nlp.ANNOTATION_VERSION
    for chunk in batches(texts, BATCH_SIZE):
        files = {text: cache / f"{content_hash(text)}.v{version}.pkl" for text in chunk} \
            if cache else {}
        docs = {t: Document.from_serialized(f.read_bytes()) for t, f in files.items() if f.exists()}
        missing = [text for text in chunk if text not in docs]
        if missing:
            for text, doc in zip(
                missing, nlp.annotate(annotator.pipeline, missing, BATCH_SIZE), strict=True
            ):
                docs[text] = doc
                if cache:
                    partial = files[text].with_suffix(".tmp")
                    partial.write_bytes(doc.to_serialized())
                    partial.replace(files[text])
        for text in chunk:
            try:
                yield extract(docs[text], text)
            except Exception as error:  # noqa: BLE001 - reported per article, scoring goes on
                yield error
        if on_progress:
            on_progress(len(chunk))


@main.command("eval")
@click.option(
    "--gold",
    default="polnear-dev",
    show_default=True,
    metavar="polnear-dev|polnear-train|project|PATH",
    help="Gold to score against: a PolNeAR split, corpus/gold, or a folder in either format.",
)
@click.option(
    "--polnear",
    type=click.Path(file_okay=False, path_type=Path),
    default=POLNEAR,
    show_default=True,
    help="The PolNeAR folder (holding dev/, train/ and the dev source kinds).",
)
@click.option("--limit", type=click.IntRange(min=1), metavar="N", help="Only the first N articles.")
@click.option(
    "--skip",
    type=click.IntRange(min=0),
    default=0,
    metavar="N",
    help="Leave out the first N articles (with --limit: score articles N+1 to N+limit).",
)
@click.option(
    "--cache",
    type=click.Path(file_okay=False, path_type=Path),
    help="Keep Stanza's annotations here and reuse them (e.g. .cache/annotations).",
)
@click.option(
    "--errors",
    "errors_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write every miss, spurious find and wrong speaker/kind here as JSON lines.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@pass_settings
def eval_command(
    settings: Settings,
    gold: str,
    polnear: Path,
    limit: int | None,
    skip: int,
    cache: Path | None,
    errors_file: Path | None,
    fmt: str,
) -> None:
    """Score the attribution engine against gold annotations.

    Prints precision, recall and F1 for content, cue and source spans (exact and
    overlapping), speaker accuracy, and source-kind and anonymity accuracy.

    \b
    Example:
        tracker eval --gold polnear-dev --cache .cache/annotations
        tracker eval --gold project --errors errors.jsonl
        tracker eval --gold polnear-train --skip 100 --limit 200 --cache .cache/annotations
    """
    from tracker.evaluate import errors, format_report, report_as_dict, score

    golds = _gold_articles(gold, polnear, None if limit is None else skip + limit)[skip:]
    if not golds:
        raise TrackerError(f"no gold articles found for --gold {gold}")
    annotator = settings.annotator()
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    pairs, failed = [], 0
    with progress(len(golds), "Annotating") as bar:
        results = _extractions(annotator, [g.text for g in golds], cache, bar)
        for article, result in zip(golds, results, strict=True):
            if isinstance(result, Exception):
                failed += 1
                _error_line(f"{article.name}: attribution failed ({result}); scored as empty")
                result = Extraction()
            pairs.append((article, result))
    report = score(pairs)
    click.echo(
        to_json(report_as_dict(report), indent=2) if fmt == "json" else format_report(report)
    )
    if errors_file:
        written = 0
        with errors_file.open("w", encoding="utf-8") as out:
            for record in errors(pairs):
                out.write(to_json(record) + "\n")
                written += 1
        click.echo(f"{written} error records written to {errors_file}", err=True)
    _exit_failed(failed)


# `tracker report` and `tracker export` are defined with the reports, when this install has them.
if _reports_module() is not None:
    from tracker.reports.commands import export_command, report_command

    main.add_command(report_command)
    main.add_command(export_command)
