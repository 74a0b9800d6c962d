"""Rendering listings (lists of row dicts) as a rich table, CSV or JSON.

Tables show a few readable columns chosen per listing; CSV and JSON carry
every column, for spreadsheets and scripts.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

FORMATS = ("table", "csv", "json")
# Free-text columns: the ones a table wraps to fit the terminal.
WRAPPED = frozenset({"title", "name", "source_name", "source_names", "content_text", "text"})
# Table headers shorter than the column names (CSV and JSON keep the names).
HEADERS = {
    "article_id": "article",
    "attributions": "quotes",
    "attribution_count": "quotes",
    "anonymous": "anon.",
    "anonymous_sources": "anon. sources",
    "share_anonymous": "anon. share",
    "source_name": "source",
    "source_names": "sources",
    "source_kind": "kind",
    "content_text": "quote",
    "claim_sourcing": "claim",
}
# Width of a table written to a file or pipe (a terminal's own width is used otherwise).
PIPE_WIDTH = 160


def to_json(value: Any, *, indent: int | None = None) -> str:
    """JSON with non-ASCII text kept as written."""
    return json.dumps(value, ensure_ascii=False, indent=indent)


def render(
    rows: list[dict[str, Any]], fmt: str, table_columns: Sequence[str], stream: TextIO
) -> None:
    """Write `rows` to `stream` as `fmt` (one of FORMATS)."""
    if fmt == "json":
        stream.write(to_json(rows, indent=2) + "\n")
    elif fmt == "csv":
        _write_csv(rows, stream)
    else:
        _write_table(rows, table_columns, stream)


def _write_csv(rows: list[dict[str, Any]], stream: TextIO) -> None:
    if not rows:
        return
    writer = csv.DictWriter(stream, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def _write_table(rows: list[dict[str, Any]], columns: Sequence[str], stream: TextIO) -> None:
    """A rich table: free text wraps, other cells (numbers, kinds, dates) stay whole."""
    console = Console(file=stream, highlight=False, width=None if stream.isatty() else PIPE_WIDTH)
    if not rows:
        console.print("(no rows)")
        return
    table = Table(header_style="bold")
    for column in columns:
        table.add_column(HEADERS.get(column, column.replace("_", " ")), overflow="fold")
    for row in rows:
        table.add_row(*(_table_cell(column, row.get(column)) for column in columns))
    console.print(table)


def _table_cell(column: str, value: Any) -> Text:
    """A cell as plain text (never rich markup): shares as percentages, flags as yes/no."""
    if value is None:
        return Text("")
    if isinstance(value, bool):
        return Text("yes" if value else "no")
    if column.startswith("share_"):
        return Text(f"{value:.0%}", no_wrap=True)
    if column in WRAPPED:
        return Text(str(value))
    return Text(str(value), no_wrap=True)


# --- one article with its attributions marked ---------------------------------

OPEN, CLOSE = "⟦", "⟧"


def marked_article(article: dict[str, Any]) -> str:
    """The article as `tracker show` prints it: a header, the text with each
    attribution's content wrapped in ⟦ ⟧ and numbered, then the numbered list."""
    quotes = article["attributions"]
    lines = [_header(article), "", _mark(article["text"], quotes).rstrip("\n"), ""]
    lines.append(f"Attributions ({len(quotes)})")
    lines += [_describe_quote(number, quote) for number, quote in enumerate(quotes, start=1)]
    if article["justifications"]:
        lines += ["", "Anonymity justifications"]
        lines += [
            f"  “{j['text']}” ({j['reason']}) covers: {j['source_names'] or 'no source'}"
            for j in article["justifications"]
        ]
    if article["disclosures"]:
        lines += ["", "Disclosures (asked, said nothing)"]
        lines += [
            f"  {d['text']} ({d['kind']}; {d['source_name'] or 'no source'})"
            for d in article["disclosures"]
        ]
    return "\n".join(lines)


def _header(article: dict[str, Any]) -> str:
    facts = [article[key] for key in ("outlet", "byline", "published") if article.get(key)]
    return "\n".join(
        [
            article.get("title") or "(untitled)",
            " · ".join(facts) if facts else "(no metadata)",
            f"article {article['id']} · hash {article['content_hash'][:12]} · {article['path']}",
        ]
    )


def _mark(text: str, quotes: list[dict[str, Any]]) -> str:
    """Insert ⟦ before and ⟧N after every content piece of attribution N (nesting kept:
    at one offset closings come first, outer spans open before and close after inner ones)."""
    marks: list[tuple[int, int, int, str]] = []
    for number, quote in enumerate(quotes, start=1):
        for start, end in quote["content_spans"]:
            marks.append((start, 1, -end, OPEN))
            marks.append((end, 0, -start, f"{CLOSE}{number}"))
    pieces, position = [], 0
    for offset, _, _, mark in sorted(marks):
        pieces += [text[position:offset], mark]
        position = offset
    pieces.append(text[position:])
    return "".join(pieces)


def _describe_quote(number: int, quote: dict[str, Any]) -> str:
    if quote["source_name"] is None:
        source = "no source"
    else:
        anonymous = ", anonymous" if quote["anonymous"] else ""
        source = f"{quote['source_name']} ({quote['source_kind']}{anonymous})"
    parts = [f"{number:>3}. {quote['type']}", source]
    if quote["cue_text"]:
        parts.append(f"cue “{quote['cue_text']}”")
    if quote["speaker_text"]:
        parts.append(f"speaker “{quote['speaker_text']}”")
    if quote["claim_number"] is not None:
        parts.append(f"claim {quote['claim_number']} ({quote['claim_sourcing']})")
    if quote["implicit"]:
        parts.append("implicit")
    return " · ".join(parts)
