"""The `tracker report` and `tracker export` commands, for the main CLI group to register.

They take the database from the group when it offers one (ctx.obj as a dict
with "engine", or an object with a `database(value)` context manager, as
tracker.cli's Settings has), else open `--db` themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from sqlalchemy import Engine

from tracker.reports.article import article_view
from tracker.reports.build import DEFAULT_LIMIT, build_report
from tracker.reports.compare import build_comparison
from tracker.reports.export import EXPORT_FORMATS, export_tables
from tracker.reports.files import report_text, write_report
from tracker.reports.render import FORMATS
from tracker.reports.scope import Scope, parse_compare
from tracker.store import DatabaseError, open_database


class CommandError(click.ClickException):
    """One line on stderr, in the same form as the rest of the tracker CLI."""

    def show(self, file=None) -> None:
        click.echo(f"tracker: error: {self.format_message()}", err=True, file=file)


@contextmanager
def database(ctx: click.Context, value: str | None) -> Iterator[Engine]:
    """The group's engine or database opener if it has one, else `--db` opened here."""
    obj = ctx.obj
    try:
        if isinstance(obj, dict) and obj.get("engine") is not None:
            yield obj["engine"]
        elif callable(getattr(obj, "database", None)):
            with obj.database(value) as engine:
                yield engine
        else:
            engine = open_database(value)
            try:
                yield engine
            finally:
                engine.dispose()
    except (DatabaseError, ValueError) as exc:
        raise CommandError(str(exc)) from None


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        try:
            Scope(since=value)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from None
    return value


db_option = click.option(
    "--db",
    metavar="PATH_OR_URL",
    help="SQLite file or SQLAlchemy URL. Default: the tracker's --db, $TRACKER_DB, tracker.db.",
)


@click.command("report")
@db_option
@click.option("--article", metavar="ARTICLE", help="One article: id, hash prefix or path.")
@click.option("--outlet", metavar="NAME", help="Only articles from this outlet.")
@click.option("--byline", metavar="NAME", help="Only articles with this byline.")
@click.option(
    "--since", metavar="DATE", callback=_date, help="Published on or after (YYYY[-MM[-DD]])."
)
@click.option("--until", metavar="DATE", callback=_date, help="Published on or before, inclusive.")
@click.option(
    "--compare",
    metavar="WHAT:A,B",
    help="Two scopes side by side: outlet:A,B, byline:A,B or period:FROM..TO,FROM..TO.",
)
@click.option(
    "--period",
    type=click.Choice(["auto", "week", "month", "year", "none"]),
    default="auto",
    show_default=True,
    help="Unit of the trend over time; auto picks one from the span of dates.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    metavar="N",
    default=DEFAULT_LIMIT,
    show_default=True,
    help="Rows per listing; 0 for every row. Totals always count every row.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Write here instead of stdout; for csv, a name without .csv is a folder of files.",
)
@click.pass_context
def report_command(
    ctx: click.Context,
    db: str | None,
    article: str | None,
    outlet: str | None,
    byline: str | None,
    since: str | None,
    until: str | None,
    compare: str | None,
    period: str,
    limit: int,
    fmt: str,
    output: Path | None,
) -> None:
    """Audit how the stored reporting is sourced: anonymity, justifications, standards flags.

    \b
    Examples:
        tracker report
        tracker report --outlet Wikinews --since 2015 --format html -o audit.html
        tracker report --compare period:2025-01..2025-02,2025-03..2025-04 --format markdown
        tracker report --format csv --limit 0 -o audit-tables
    """
    with database(ctx, db) as engine:
        scope = Scope(
            article=None if article is None else article_view(engine, article).id,
            outlet=outlet,
            byline=byline,
            since=since,
            until=until,
        )
        if compare:
            first, second = parse_compare(compare, scope)
            report = build_comparison(engine, first, second)
        else:
            report = build_report(engine, scope, limit=limit or None, period=period)
        if output is None:
            click.echo(report_text(engine, report, fmt), nl=False)
        else:
            click.echo(write_report(engine, report, fmt, output))


@click.command("export")
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="csv", show_default=True
)
@click.option(
    "--output",
    "-o",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    metavar="DIR",
    help="Folder for the files (created if needed): one <table>.csv or .json each.",
)
@click.option(
    "--table",
    "tables",
    multiple=True,
    metavar="NAME",
    help="Only this table or view (repeatable). Default: every table and view.",
)
@click.pass_context
def export_command(
    ctx: click.Context, db: str | None, fmt: str, output: Path, tables: tuple[str, ...]
) -> None:
    """Write the tables and readable views as CSV or JSON files, for spreadsheets.

    \b
    Examples:
        tracker export -o tables
        tracker export --format json --table quotes_readable --table article_sourcing -o out
    """
    with database(ctx, db) as engine:
        for path in export_tables(engine, fmt, output, tables or None):
            click.echo(path)
