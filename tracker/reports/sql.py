"""Small SQL building blocks that read the same on SQLite and PostgreSQL.

Where the dialects differ (least/greatest, the start of a week, the type of a
sum) a compiled construct or a cast names both spellings, so report queries
stay portable.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import (
    BigInteger,
    Connection,
    Float,
    Integer,
    Select,
    String,
    case,
    cast,
    func,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction

Period = Literal["week", "month", "year"]


class least(GenericFunction):  # noqa: N801 - SQL function names are lower case
    """The smallest argument: LEAST on PostgreSQL, multi-argument min() on SQLite."""

    type = Integer()
    inherit_cache = True


class greatest(GenericFunction):  # noqa: N801
    type = Integer()
    inherit_cache = True


class week_start(GenericFunction):  # noqa: N801
    """The Monday that starts the week of an ISO date (text), as YYYY-MM-DD."""

    type = String()
    inherit_cache = True


@compiles(least, "sqlite")
def _least_sqlite(element, compiler, **kw) -> str:
    return f"min({compiler.process(element.clauses, **kw)})"


@compiles(greatest, "sqlite")
def _greatest_sqlite(element, compiler, **kw) -> str:
    return f"max({compiler.process(element.clauses, **kw)})"


@compiles(week_start, "sqlite")
def _week_sqlite(element, compiler, **kw) -> str:
    # 'weekday 0' moves forward to Sunday (or stays on one); six days back is Monday.
    return f"date({compiler.process(element.clauses, **kw)}, 'weekday 0', '-6 days')"


@compiles(week_start)
def _week_default(element, compiler, **kw) -> str:
    column = compiler.process(element.clauses, **kw)
    return f"to_char(date_trunc('week', CAST({column} AS date)), 'YYYY-MM-DD')"


def flag(condition: Any) -> Any:
    """1 where condition holds, else 0: summed, a count of the rows where it holds."""
    return case((condition, 1), else_=0)


def summed(value: Any) -> Any:
    """SUM of counts as an integer: PostgreSQL sums bigint into numeric (a Decimal in Python)."""
    return cast(func.sum(value), BigInteger)


def share(part: Any, whole: Any) -> Any:
    """part / whole as a fraction; NULL when whole is 0."""
    return case((whole > 0, cast(part, Float) / whole))


def period_of(published: Any, period: Period) -> Any:
    """The week (its Monday), month (YYYY-MM) or year (YYYY) of an ISO date column."""
    if period == "week":
        return week_start(func.substr(published, 1, 10))
    return func.substr(published, 1, 7 if period == "month" else 4)


def counted(statement: Select) -> Select:
    """SELECT COUNT(*) over a statement's rows."""
    return select(func.count()).select_from(statement.order_by(None).subquery())


def listed(
    connection: Connection, statement: Select, limit: int | None
) -> tuple[list[dict[str, Any]], int]:
    """The first `limit` rows of a statement and how many rows it has in all."""
    rows = [dict(row) for row in connection.execute(statement.limit(limit)).mappings()]
    total = len(rows) if limit is None else connection.scalar(counted(statement)) or 0
    return rows, total
