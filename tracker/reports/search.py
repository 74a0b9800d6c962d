"""Full-text search over quotes and article text: FTS5 on SQLite, tsvector on PostgreSQL.

Users type plain words; `parse_query` turns them into a safe FTS5 expression or
PostgreSQL tsquery (every term quoted, so punctuation never becomes syntax), and
into the same logic as LIKE conditions for a database without the indexes
(migrations 0003 and 0004 make them).

    senior official          both words (stemmed: "officials" matches)
    "senior official"        the phrase
    minist*                  a prefix
    army OR military         either
    troops NOT ukraine       the first without the second
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Select,
    and_,
    column,
    func,
    inspect,
    literal_column,
    not_,
    or_,
    select,
    table,
)
from sqlalchemy.exc import DBAPIError

from tracker.store.queries import id_is

TOKEN = re.compile(r'"([^"]*)"(\*?)|(\S+)')
OPERATORS = ("OR", "AND", "NOT")

# Full-text index -> (the table it indexes by id, the indexed columns): an FTS5 table
# on SQLite (revision 0003), a GIN index on the tsvector below on PostgreSQL (0004).
INDEXES: dict[str, tuple[str, tuple[str, ...]]] = {
    "attributions_fts": ("attributions", ("content_text",)),
    "articles_fts": ("articles", ("title", "text")),
}
# The expressions revision 0004 indexes: a query must repeat one exactly to use its index.
# tracker_english is PostgreSQL's english configuration without stop words, as FTS5 has
# none; the characters of host names, paths, e-mail addresses and HTML tags become spaces,
# so "Scientology.org" holds the word "Scientology", as it does for FTS5.
SEPARATORS = "./@<>&"
_WORDS = f"'{SEPARATORS}', '{' ' * len(SEPARATORS)}'"
TSVECTORS = {
    "attributions_fts": f"to_tsvector('tracker_english', translate(content_text, {_WORDS}))",
    "articles_fts": "to_tsvector('tracker_english', "
    f"translate(coalesce(title, '') || ' ' || text, {_WORDS}))",
}
CONFIGURATION = literal_column("'tracker_english'::regconfig")
AS_SPACES = str.maketrans(SEPARATORS, " " * len(SEPARATORS))


@dataclass(frozen=True)
class Term:
    text: str
    prefix: bool = False
    negated: bool = False

    def fts(self) -> str:
        return '"' + self.text.replace('"', '""') + '"' + ("*" if self.prefix else "")

    def tsquery(self) -> str:
        """The term for to_tsquery: PostgreSQL splits and stems a quoted phrase itself;
        a prefix applies to the last word only, as in FTS5."""
        words = self.text.translate(AS_SPACES).split()
        if not self.prefix or not words:
            return _quoted(self.text)
        *head, last = words
        tail = _quoted(last) + ":*"
        return f"({_quoted(' '.join(head))} <-> {tail})" if head else tail


def _quoted(text: str) -> str:
    """A phrase for to_tsquery, its separators read as the indexed text's are."""
    return "'" + text.translate(AS_SPACES).replace("\\", "\\\\").replace("'", "''") + "'"


# Alternatives (joined by OR), each a list of terms that must all hold.
Query = list[list[Term]]


def parse_query(text: str) -> Query:
    """Split a search into OR-ed groups of terms; raises ValueError when nothing is sought."""
    tokens: list[tuple[str, bool, bool]] = []  # (text, prefix, is_operator)
    for phrase, star, word in TOKEN.findall(text):
        if word in OPERATORS:
            tokens.append((word, False, True))
        elif word:
            stripped = word.rstrip("*")
            tokens.append((stripped, stripped != word, False))
        else:
            tokens.append((phrase, bool(star), False))
    groups: Query = [[]]
    negate = False
    for index, (token, prefix, operator) in enumerate(tokens):
        between = 0 < index < len(tokens) - 1 and not tokens[index + 1][2]
        if operator and between and groups[-1]:
            if token == "OR":
                groups.append([])
            negate = token == "NOT"
            continue
        if token.strip():
            groups[-1].append(Term(token.strip(), prefix, negate))
        negate = False
    groups = [group for group in groups if any(not term.negated for term in group)]
    if not groups:
        raise ValueError(f"nothing to search for in {text!r}")
    return groups


def fts_expression(query: Query) -> str:
    """The FTS5 MATCH expression for a parsed query."""
    clauses = []
    for group in query:
        wanted = " AND ".join(term.fts() for term in group if not term.negated)
        unwanted = "".join(f" NOT {term.fts()}" for term in group if term.negated)
        clauses.append(f"({wanted}{unwanted})")
    return " OR ".join(clauses)


def tsquery_expression(query: Query) -> str:
    """The to_tsquery text for a parsed query."""
    clauses = []
    for group in query:
        wanted = [term.tsquery() for term in group if not term.negated]
        unwanted = [f"!{term.tsquery()}" for term in group if term.negated]
        clauses.append("(" + " & ".join(wanted + unwanted) + ")")
    return " | ".join(clauses)


def like_condition(query: Query, columns: list[Any]) -> ColumnElement[bool]:
    """The same search as case-insensitive substring tests (no stemming)."""

    def contains(term: Term) -> ColumnElement[bool]:
        return or_(*(col.icontains(term.text, autoescape=True) for col in columns))

    return or_(
        *(
            and_(*(not_(contains(t)) if t.negated else contains(t) for t in group))
            for group in query
        )
    )


def has_index(connection: Connection, index: str) -> bool:
    """Whether the database has this full-text index (an older schema may lack it)."""
    if connection.dialect.name == "sqlite":
        return inspect(connection).has_table(index)
    if connection.dialect.name == "postgresql":
        return connection.scalar(select(func.to_regclass(index))) is not None
    return False


def matching(connection: Connection, index: str, query: Query) -> Select:
    """Rows of an indexed table that match: their `id` and `rank`, lower for a better match
    (FTS5's bm25, or minus PostgreSQL's ts_rank); rank is NULL without the index."""
    source, columns = INDEXES[index]
    indexed = has_index(connection, index)
    if indexed and connection.dialect.name == "sqlite":
        fts = table(index, column("rowid"), column("rank"))
        return select(fts.c.rowid.label("id"), fts.c.rank).where(
            literal_column(index).match(fts_expression(query))
        )
    rows = table(source, column("id"), *(column(name) for name in columns))
    if indexed:
        vector = literal_column(TSVECTORS[index])
        wanted = func.to_tsquery(CONFIGURATION, tsquery_expression(query))
        return select(rows.c.id, (-func.ts_rank(vector, wanted)).label("rank")).where(
            vector.op("@@")(wanted)
        )
    return select(rows.c.id, literal_column("NULL").label("rank")).where(
        like_condition(query, [rows.c[name] for name in columns])
    )


def match_condition(
    connection: Connection, index: str, query: Query, row_id: Any, columns: list[Any]
) -> ColumnElement[bool]:
    """A WHERE condition for rows matching `query`: `row_id IN (FTS5 hits)` where the
    index exists, else LIKE on `columns`, tested only on the rows the query reaches."""
    if has_index(connection, index):
        return row_id.in_(select(matching(connection, index, query).subquery().c.id))
    return like_condition(query, columns)


def _run(engine: Engine, build) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        try:
            return [dict(row) for row in connection.execute(build(connection)).mappings()]
        except DBAPIError as exc:
            if "fts5" in str(exc) or "tsquery" in str(exc):
                raise ValueError(f"cannot search for that: {exc.orig}") from None
            raise


def search_quotes(
    engine: Engine,
    query: str,
    *,
    article: int | None = None,
    kind: str | None = None,
    anonymous_only: bool = False,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Quotes whose words match `query`, best match first, as quotes_readable rows plus `rank`.

    With the full-text index (FTS5 on SQLite, tsvector on PostgreSQL) matching is by
    stemmed word, lower rank first; without it by substring, rank NULL, in reading order.
    """
    parsed = parse_query(query)
    quotes = table(
        "quotes_readable",
        column("attribution_id"),
        column("article_id"),
        column("source_kind"),
        column("anonymous"),
        column("content_start"),
    ).alias("q")

    def build(connection: Connection) -> Select:
        hits = matching(connection, "attributions_fts", parsed).subquery("hits")
        statement = (
            select(literal_column("q.*"), hits.c.rank)
            .select_from(quotes)
            .join(hits, hits.c.id == quotes.c.attribution_id)
            .order_by(
                hits.c.rank, quotes.c.article_id, quotes.c.content_start.asc().nulls_first()
            )
            .limit(limit)
        )
        if article is not None:
            statement = statement.where(id_is(quotes.c.article_id, article))
        if kind is not None:
            statement = statement.where(quotes.c.source_kind == kind)
        if anonymous_only:
            statement = statement.where(quotes.c.anonymous == 1)
        return statement

    return _run(engine, build)


def search_articles(
    engine: Engine, query: str, *, limit: int | None = None
) -> list[dict[str, Any]]:
    """Articles whose title or text match `query`, best first (id, title, outlet, date, rank)."""
    parsed = parse_query(query)
    articles = table(
        "articles", column("id"), column("title"), column("outlet"), column("published")
    )

    def build(connection: Connection) -> Select:
        hits = matching(connection, "articles_fts", parsed).subquery("hits")
        return (
            select(articles, hits.c.rank)
            .join(hits, hits.c.id == articles.c.id)
            .order_by(hits.c.rank, articles.c.id)
            .limit(limit)
        )

    return _run(engine, build)
