"""What every table query of one report shares: one connection, the scope, the listing limit."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Connection, Subquery

from tracker.reports.scope import Scope
from tracker.reports.sql import Period
from tracker.reports.stats import article_stats

PeriodChoice = Period | Literal["auto", "none"]


@dataclass
class Context:
    connection: Connection
    scope: Scope
    limit: int | None = None  # rows per listing; None for all, 0 for counts only
    period: PeriodChoice = "auto"
    stats: Subquery = field(init=False)  # per-article figures, see breakdowns.article_stats

    def __post_init__(self) -> None:
        self.stats = article_stats(self.scope)
