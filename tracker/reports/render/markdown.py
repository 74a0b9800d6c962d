"""Markdown: headings and pipe tables, for pasting into a wiki, an issue or an email.

Markdown renderers pass raw HTML through, so cells escape <, > and & as
entities as well as the characters Markdown itself would read.
"""

from __future__ import annotations

import re

from tracker.reports.formatting import cell
from tracker.reports.model import Report, Table

SPECIAL = re.compile(r"([\\`*_\[\]|#~])")
ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
NUMERIC = ("count", "share", "change", "points")


def escape(text: str) -> str:
    text = "".join(ENTITIES.get(char, char) for char in text)
    return SPECIAL.sub(r"\\\1", text)


def table_markdown(table: Table) -> list[str]:
    columns = table.shown
    lines = [
        "| " + " | ".join(escape(column.label) for column in columns) + " |",
        "|" + "|".join("---:" if column.kind in NUMERIC else "---" for column in columns) + "|",
    ]
    for row in table.rows:
        cells = (escape(cell(row.get(column.key), column.kind)) for column in columns)
        lines.append("| " + " | ".join(cells) + " |")
    if not table.rows:
        lines.append("| " + " | ".join(["None."] + [""] * (len(columns) - 1)) + " |")
    if table.more:
        lines += ["", f"_Showing {len(table.rows):,} of {table.total:,}._"]
    return lines


def to_markdown(report: Report) -> str:
    lines = [
        f"# {escape(report.title)}",
        "",
        f"Scope: {escape(report.scope)}. Generated {report.generated_at}.",
    ]
    for section in report.sections:
        lines += ["", f"## {escape(section.title)}"]
        if section.intro:
            lines += ["", escape(section.intro)]
        for table in section.tables:
            count = "" if table.total is None else f" ({table.total:,})"
            lines += ["", f"### {escape(table.title)}{count}", ""]
            if table.rule is not None:
                lines += [f"> **Rule:** {escape(table.rule.policy)}", ""]
            if table.note:
                lines += [escape(table.note), ""]
            lines += table_markdown(table)
    return "\n".join(lines) + "\n"
