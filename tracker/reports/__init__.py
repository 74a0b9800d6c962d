"""Sourcing audit reports, the article view, full-text search and exports.

report = build_report(engine, Scope(outlet="Wikinews", since="2015"))
print(render(report, "markdown"))
write_report(engine, report, "html", Path("audit.html"))
"""

from tracker.reports.article import ArticleNotFound, ArticleView, article_view
from tracker.reports.build import DEFAULT_LIMIT, build_report
from tracker.reports.compare import build_comparison
from tracker.reports.export import export_tables, exportable_tables
from tracker.reports.files import article_html, report_text, write_demo_report, write_report
from tracker.reports.model import Report, Table
from tracker.reports.render import FORMATS, render
from tracker.reports.scope import Scope, parse_compare
from tracker.reports.search import search_articles, search_quotes

__all__ = [
    "DEFAULT_LIMIT",
    "FORMATS",
    "ArticleNotFound",
    "ArticleView",
    "Report",
    "Scope",
    "Table",
    "article_html",
    "article_view",
    "build_comparison",
    "build_report",
    "export_tables",
    "exportable_tables",
    "parse_compare",
    "render",
    "report_text",
    "search_articles",
    "search_quotes",
    "write_demo_report",
    "write_report",
]
