"""How a cell reads in text, Markdown and HTML: one place for numbers and blanks."""

from __future__ import annotations

from typing import Any

from tracker.reports.model import ColumnKind

BLANK = "—"


def cell(value: Any, kind: ColumnKind) -> str:
    """A value as a reader sees it; csv and json keep the raw value instead."""
    if value is None or value == "":
        return BLANK
    if isinstance(value, bool):
        return "yes" if value else "no"
    if kind == "count":
        return f"{value:,}"
    if kind == "share":
        return f"{100 * value:.1f}%"
    if kind == "change":
        return f"{value:+,}"
    if kind == "points":
        return f"{100 * value:+.1f} pts"
    return " ".join(str(value).split())
