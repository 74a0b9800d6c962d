"""What every table query of one report shares: one connection, the scope, the listing limit."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Connection, FromClause, text

from tracker.reports.scope import Scope
from tracker.reports.sql import Period
from tracker.reports.stats import article_stats, materialize

PeriodChoice = Period | Literal["auto", "none"]


@dataclass
class Context:
    """Use as `with Context(connection, scope) as ctx:`; the per-article figures live
    in a temporary table for as long as the block runs."""

    connection: Connection
    scope: Scope
    limit: int | None = None  # rows per listing; None for all, 0 for counts only
    period: PeriodChoice = "auto"
    stats: FromClause = field(init=False)  # per-article figures: stats.article_stats

    def __enter__(self) -> Context:
        self.stats = materialize(self.connection, article_stats(self.scope))
        return self

    def __exit__(self, error: type[BaseException] | None, *_: object) -> None:
        # After an error the transaction rolls back, and the table with it.
        if error is None:
            self.connection.execute(text(f"DROP TABLE {self.stats.name}"))
