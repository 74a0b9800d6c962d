"""`tracker export`: tables and readable views as CSV or JSON files for spreadsheets.

Rows are streamed from the database to the file, so an archive of any size
exports in constant memory.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Engine, inspect, literal_column, select, table

EXPORT_FORMATS = ("csv", "json")
# Bookkeeping and the full-text indexes' own tables are not data to export.
INTERNAL = re.compile(r"^(alembic_version|sqlite_.*|.*_fts(_.*)?)$")
BATCH = 1000


def exportable_tables(engine: Engine) -> list[str]:
    """Tables, then readable views, in alphabetical order."""
    found = inspect(engine)
    tables = sorted(found.get_table_names())
    views = sorted(found.get_view_names())
    return [name for name in tables + views if not INTERNAL.match(name)]


def export_tables(
    engine: Engine, fmt: str, folder: Path, names: Iterable[str] | None = None
) -> list[Path]:
    """Write each named table or view (all by default) to `folder/<name>.<fmt>`.

    Raises ValueError naming the choices when a name is not exportable.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"cannot export as {fmt!r}; choose csv or json")
    known = exportable_tables(engine)
    wanted = list(dict.fromkeys(names or known))
    unknown = [name for name in wanted if name not in known]
    if unknown:
        raise ValueError(f"no table or view {', '.join(unknown)}; choose from {', '.join(known)}")
    folder.mkdir(parents=True, exist_ok=True)
    return [_export(engine, name, fmt, folder / f"{name}.{fmt}") for name in wanted]


def _export(engine: Engine, name: str, fmt: str, path: Path) -> Path:
    statement = select(literal_column("*")).select_from(table(name))
    with (
        engine.connect() as connection,
        path.open("w", encoding="utf-8", newline="") as out,
    ):
        result = connection.execution_options(stream_results=True, yield_per=BATCH).execute(
            statement
        )
        columns = list(result.keys())
        if fmt == "csv":
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows(result)
            return path
        out.write("[")
        for index, row in enumerate(result):
            out.write(",\n" if index else "\n")
            out.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False))
        out.write("\n]\n")
    return path
