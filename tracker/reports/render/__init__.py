"""Turn a Report into text, Markdown, HTML, CSV or JSON; the numbers are already computed."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.reports.article import ArticleView
from tracker.reports.model import Report
from tracker.reports.render.data import to_csv, to_json
from tracker.reports.render.markdown import to_markdown
from tracker.reports.render.page import article_page, report_page
from tracker.reports.render.text import to_text

FORMATS = ("text", "markdown", "html", "csv", "json")


def render(report: Report, fmt: str, *, articles: Sequence[ArticleView] = ()) -> str:
    """The report in one format; `articles` are embedded in HTML, linked from its tables."""
    if fmt == "html":
        return report_page(report, articles)
    renderers = {"text": to_text, "markdown": to_markdown, "csv": to_csv, "json": to_json}
    if fmt not in renderers:
        raise ValueError(f"unknown report format {fmt!r}; choose from {', '.join(FORMATS)}")
    return renderers[fmt](report)


__all__ = ["FORMATS", "article_page", "render", "report_page"]
