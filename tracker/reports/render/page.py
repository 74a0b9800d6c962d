"""HTML: one self-contained page (inline CSS and SVG, no scripts, nothing fetched).

Jinja2 autoescaping is on for every template, so text taken from articles
(titles, quotes, names) can never become markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from tracker import __version__
from tracker.reports.article import ArticleView
from tracker.reports.charts import chart_view
from tracker.reports.formatting import cell
from tracker.reports.model import Report


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("tracker.reports", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
    )
    env.filters["cell"] = cell
    return env


def report_page(report: Report, articles: Sequence[ArticleView] = ()) -> str:
    charts = {table.name: chart_view(table) for table in report.tables()}
    return (
        environment()
        .get_template("report.html.j2")
        .render(
            report=report,
            charts={name: view for name, view in charts.items() if view is not None},
            articles=articles,
            embedded={view.id for view in articles},
            version=__version__,
        )
    )


def article_page(view: ArticleView) -> str:
    return environment().get_template("article.html.j2").render(view=view)
