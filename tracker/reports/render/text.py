"""Plain text for the terminal: a summary with the top rows of each table.

Cells go to rich as Text objects, never as markup strings, so brackets in a
quote are printed as they are.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.table import Table as RichTable
from rich.text import Text

from tracker.reports.formatting import cell
from tracker.reports.model import Report, Table

TEXT_ROWS = 10
WIDTH = 120
NUMERIC = ("count", "share", "change", "points")


def _table(table: Table) -> RichTable:
    count = "" if table.total is None else f" ({table.total:,})"
    shown = RichTable(
        title=Text(table.title + count), title_justify="left", box=box.SIMPLE_HEAD, expand=False
    )
    for column in table.shown:
        numeric = column.kind in NUMERIC
        shown.add_column(
            Text(column.label),
            justify="right" if numeric else "left",
            no_wrap=numeric,
            overflow="fold",
            max_width=None if numeric else 48,
        )
    # Listings (tables with a total) are cut short; tallies are shown whole.
    rows = table.rows if table.total is None else table.rows[:TEXT_ROWS]
    for row in rows:
        shown.add_row(*(Text(cell(row.get(c.key), c.kind)) for c in table.shown))
    return shown


def to_text(report: Report) -> str:
    out = io.StringIO()
    console = Console(file=out, width=WIDTH, color_system=None, force_terminal=False)
    console.print(Text(f"{report.title}: {report.scope}"), style="bold")
    console.print(Text(f"Generated {report.generated_at}."))
    for section in report.sections:
        console.print()
        console.print(Text(section.title.upper()))
        for table in section.tables:
            console.print(_table(table))
            if table.rule is not None:
                console.print(Text(f"Rule: {table.rule.policy}"))
            left = table.more + (0 if table.total is None else max(len(table.rows) - TEXT_ROWS, 0))
            if left:
                console.print(Text(f"… {left:,} more; see --format html, csv or json."))
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines()) + "\n"
