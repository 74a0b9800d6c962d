"""Reports as files: the HTML page with its articles embedded, CSV folders, the demo report."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from tracker.reports.article import article_view
from tracker.reports.build import build_report
from tracker.reports.model import Report
from tracker.reports.render import article_page, render
from tracker.reports.render.data import write_csv_folder

# Articles embedded in one HTML report at most (those its tables list first).
MAX_EMBEDDED = 300


def report_text(engine: Engine, report: Report, fmt: str) -> str:
    """The report in `fmt`; HTML embeds the view of each article its tables list."""
    if fmt != "html":
        return render(report, fmt)
    views = [article_view(engine, ref) for ref in report.article_ids()[:MAX_EMBEDDED]]
    return render(report, fmt, articles=views)


def write_report(engine: Engine, report: Report, fmt: str, path: Path) -> Path:
    """Write the report to `path`; for csv, a path without .csv is a folder of files."""
    if fmt == "csv" and path.suffix.lower() != ".csv":
        write_csv_folder(report, path)
        return path
    path.write_text(report_text(engine, report, fmt), encoding="utf-8")
    return path


def article_html(engine: Engine, ref: str | int) -> str:
    """A self-contained HTML page for one article: `tracker show ARTICLE --format html`.

    `ref` is an id, a content-hash prefix or an ingested path; raises
    ArticleNotFound (a DatabaseError and a LookupError) when none matches.
    """
    return article_page(article_view(engine, ref))


def write_demo_report(engine: Engine, path: str | Path) -> Path:
    """Write the HTML report of the whole database to `path` and return its absolute path."""
    path = Path(path)
    write_report(engine, build_report(engine), "html", path)
    return path.resolve()
