"""CSV and JSON: the raw numbers behind every table, for spreadsheets and scripts.

Shares stay fractions (0.25, not "25%"); ids stay in, so rows can be joined
back to the database.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tracker.reports.model import Report, Table


def table_csv(table: Table, out: io.TextIOBase) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([column.key for column in table.columns])
    for row in table.rows:
        writer.writerow([row.get(column.key) for column in table.columns])


def to_csv(report: Report) -> str:
    """A `# title: scope` line, then every table after a `# name: title` line, each
    separated from the next by a blank line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([f"# {report.title}: {report.scope}"])
    for table in report.tables():
        writer.writerow([])
        writer.writerow([f"# {table.name}: {table.title}"])
        table_csv(table, out)
    return out.getvalue()


def write_csv_folder(report: Report, folder: Path) -> list[Path]:
    """One CSV file per table, named after it, for opening in a spreadsheet."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in report.tables():
        path = folder / f"{table.name}.csv"
        with path.open("w", encoding="utf-8", newline="") as out:
            table_csv(table, out)
        written.append(path)
    return written


def to_json(report: Report) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False, default=str) + "\n"
