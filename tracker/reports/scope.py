"""Which articles a report covers, and the two sides of a comparison.

A scope becomes one SQL condition on an article-id column (`article_id IN
(SELECT id FROM articles WHERE ...)`), so every aggregate query can be
restricted the same way without joining articles for its own sake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, select

from tracker.store import models as orm

A = orm.Article
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class Scope:
    """Filters on articles; every one left None means the whole database.

    `since` and `until` are inclusive dates or prefixes of one: `2025`,
    `2025-03`, `2025-03-11`; `until=2025-03` takes in all of March.
    """

    article: int | None = None
    outlet: str | None = None
    byline: str | None = None
    since: str | None = None
    until: str | None = None
    label: str | None = None

    def __post_init__(self) -> None:
        for value in (self.since, self.until):
            if value is not None:
                _parse_date(value)

    @property
    def empty(self) -> bool:
        return all(
            value is None
            for value in (self.article, self.outlet, self.byline, self.since, self.until)
        )

    def conditions(self) -> list[ColumnElement[bool]]:
        """Conditions on the articles table (index-friendly: no function on the column)."""
        found: list[ColumnElement[bool]] = []
        if self.article is not None:
            found.append(A.id == self.article)
        if self.outlet is not None:
            found.append(A.outlet == self.outlet)
        if self.byline is not None:
            found.append(A.byline == self.byline)
        if self.since is not None:
            found.append(A.published >= self.since)
        if self.until is not None:
            found.append(A.published < _day_after(self.until))
        return found

    def restrict(self, article_id: Any) -> list[ColumnElement[bool]]:
        """Conditions putting `article_id` in scope; none at all for the whole database."""
        if self.empty:
            return []
        return [article_id.in_(select(A.id).where(*self.conditions()))]

    def describe(self) -> str:
        """The scope in words, for report headings."""
        if self.label:
            return self.label
        parts = []
        if self.article is not None:
            parts.append(f"article {self.article}")
        if self.outlet is not None:
            parts.append(f"outlet {self.outlet}")
        if self.byline is not None:
            parts.append(f"byline {self.byline}")
        if self.since or self.until:
            parts.append(f"published {self.since or '…'} to {self.until or '…'}")
        return ", ".join(parts) or "all articles"


def _parse_date(value: str) -> tuple[int, int | None, int | None]:
    match = DATE.match(value)
    if not match:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        raise ValueError(f"not a date: {value!r}") from None
    return year, month, day


def _day_after(value: str) -> str:
    """The first date after the period `value` names, as text that sorts before the rest."""
    year, month, day = _parse_date(value)
    if month is None:
        return f"{year + 1:04d}"
    if day is None:
        return f"{year + 1:04d}-01" if month == 12 else f"{year:04d}-{month + 1:02d}"
    return (date(year, month, day) + timedelta(days=1)).isoformat()


def parse_compare(spec: str, base: Scope) -> tuple[Scope, Scope]:
    """Two scopes from `outlet:A,B`, `byline:A,B` or `period:FROM..TO,FROM..TO`.

    Each side keeps the base scope's other filters; a period may be one date
    prefix (`2025-03`) or a range (`2025-01..2025-02`).
    """
    what, _, values = spec.partition(":")
    sides = [value.strip() for value in values.split(",")]
    if what not in ("outlet", "byline", "period") or len(sides) != 2 or not all(sides):
        raise ValueError(
            f"cannot read --compare {spec!r}: use outlet:A,B, byline:A,B "
            "or period:2025-01..2025-02,2025-03..2025-04"
        )
    if what == "period":
        return _period(base, sides[0]), _period(base, sides[1])
    first, second = (replace(base, **{what: side}, label=f"{what} {side}") for side in sides)
    return first, second


def _period(base: Scope, value: str) -> Scope:
    since, dots, until = value.partition("..")
    until = until if dots else since
    return replace(base, since=since or None, until=until or None, label=value)
