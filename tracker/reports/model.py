"""What a report is made of: sections of tables, each table the rows of one SQL query.

Renderers only format these; every number in them was computed in the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

# text: as is; count: an integer; share: a fraction 0..1 shown as a percentage;
# change: a signed count; points: a difference of shares, in percentage points;
# article: the article's title, linked to its view where the report embeds it;
# hidden: kept in csv/json (ids, for joining), not shown to readers.
ColumnKind = Literal["text", "count", "share", "change", "points", "article", "hidden"]


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: ColumnKind = "text"


@dataclass(frozen=True)
class Chart:
    """A bar chart of one share column against one label column (columns: over time)."""

    label: str
    value: str
    style: Literal["bars", "columns"] = "bars"
    title: str = ""


@dataclass(frozen=True)
class Rule:
    """A newsroom standard a flag comes from, in plain words (no quotations)."""

    code: str
    title: str
    policy: str


@dataclass
class Table:
    name: str
    title: str
    columns: list[Column]
    rows: list[dict[str, Any]]
    total: int | None = None  # rows that matched before the listing limit
    note: str = ""
    chart: Chart | None = None
    rule: Rule | None = None

    @property
    def shown(self) -> list[Column]:
        return [column for column in self.columns if column.kind != "hidden"]

    @property
    def more(self) -> int:
        """Rows matched but left out by the limit."""
        return max(0, (self.total or 0) - len(self.rows))

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "note": self.note,
            "rule": None if self.rule is None else vars(self.rule),
            "total": self.total,
            "columns": [vars(column) for column in self.columns],
            "rows": [
                {column.key: row.get(column.key) for column in self.columns} for row in self.rows
            ],
        }


@dataclass
class Section:
    key: str
    title: str
    intro: str
    tables: list[Table] = field(default_factory=list)


@dataclass
class Report:
    title: str
    scope: str
    generated_at: str
    sections: list[Section]

    def tables(self) -> list[Table]:
        return [table for section in self.sections for table in section.tables]

    def article_ids(self) -> list[int]:
        """Articles the report lists, in order of first appearance (for embedded views)."""
        seen = dict.fromkeys(
            row["article_id"]
            for table in self.tables()
            for row in table.rows
            if row.get("article_id") is not None
        )
        return list(seen)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "scope": self.scope,
            "generated_at": self.generated_at,
            "sections": [
                {
                    "key": section.key,
                    "title": section.title,
                    "intro": section.intro,
                    "tables": [table.to_dict() for table in section.tables],
                }
                for section in self.sections
            ],
        }
