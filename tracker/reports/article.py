"""The article view: its text with every attribution highlighted, and a side list of sources.

The text is cut into runs at every span boundary; each run carries the
attribution that covers it (quoted words before speaker and cue), so the
template only prints runs. The template escapes every run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine

from tracker.attribution.model import SourceKind
from tracker.store import DatabaseError, get_article

# A quote's own words win over its speaker and cue where spans overlap; between two
# quotes, the inner (shorter) one, so a quote nested in another stays visible.
PRIORITY = {"content": 2, "speaker": 1, "cue": 1}
HOVER_MAX = 300


class ArticleNotFound(DatabaseError, LookupError):
    """No stored article matches the reference (or a hash prefix matches several)."""


@dataclass(frozen=True)
class Mark:
    """How one attribution is shown: its colour class and its hover text."""

    number: int
    css: str  # named, anonymous, unresolved
    part: str  # content, speaker, cue
    hover: str


@dataclass
class ArticleView:
    id: int
    title: str | None
    outlet: str | None
    byline: str | None
    published: str | None
    url: str | None
    runs: list[tuple[str, Mark | None]]
    sources: list[dict[str, Any]] = field(default_factory=list)
    justifications: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def _css(quote: dict[str, Any]) -> str:
    if quote["source_id"] is None or quote["source_kind"] == SourceKind.UNRESOLVED.value:
        return "unresolved"
    return "anonymous" if quote["anonymous"] else "named"


def _hover(quote: dict[str, Any], claims: dict[int, dict[str, Any]]) -> str:
    source = quote["source_name"] or "no source identified"
    lines = [f"Source: {source} ({quote['source_kind'] or 'none'})"]
    claim = claims.get(quote["claim_id"])
    if claim is not None:
        text = claim["text"]
        if len(text) > HOVER_MAX:
            text = text[: HOVER_MAX - 1] + "…"
        lines.append(f"Claim {claim['claim_number']} ({claim['sourcing']}): {text}")
    return "\n".join(lines)


def _spans(article: dict[str, Any]) -> list[tuple[int, int, Mark]]:
    claims = {claim["id"]: claim for claim in article["claims"]}
    found = []
    for quote in article["attributions"]:
        css, hover, number = _css(quote), _hover(quote, claims), quote["attribution_number"]
        pieces = [("content", start, end) for start, end in quote["content_spans"]]
        for part in ("speaker", "cue"):
            if quote[f"{part}_start"] is not None:
                pieces.append((part, quote[f"{part}_start"], quote[f"{part}_end"]))
        found += [(s, e, Mark(number, css, part, hover)) for part, s, e in pieces if s < e]
    return found


def runs(text: str, spans: list[tuple[int, int, Mark]]) -> list[tuple[str, Mark | None]]:
    """The text cut at every span boundary, each run with the mark that covers it."""
    cuts = sorted({0, len(text), *(p for s, e, _ in spans for p in (s, e) if 0 <= p <= len(text))})
    pieces: list[tuple[str, Mark | None]] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = [
            (PRIORITY[mark.part], s - e, mark) for s, e, mark in spans if s <= start and end <= e
        ]
        mark = max(covering, key=lambda found: found[:2], default=(0, 0, None))[2]
        if pieces and pieces[-1][1] == mark:
            pieces[-1] = (pieces[-1][0] + text[start:end], mark)
        else:
            pieces.append((text[start:end], mark))
    return pieces


def article_view(engine: Engine, ref: str | int) -> ArticleView:
    """One stored article, ready for the template; raises ArticleNotFound."""
    try:
        article = get_article(engine, str(ref))
    except ValueError as exc:
        raise ArticleNotFound(str(exc)) from None
    if article is None:
        raise ArticleNotFound(f"no article {ref} (give an id, a hash prefix or its path)")
    quotes = article["attributions"]
    return ArticleView(
        id=article["id"],
        title=article["title"],
        outlet=article["outlet"],
        byline=article["byline"],
        published=article["published"],
        url=article["url"],
        runs=runs(article["text"], _spans(article)),
        sources=article["sources"],
        justifications=article["justifications"],
        counts={
            "attributions": len(quotes),
            "named": sum(_css(q) == "named" for q in quotes),
            "anonymous": sum(_css(q) == "anonymous" for q in quotes),
            "unresolved": sum(_css(q) == "unresolved" for q in quotes),
        },
    )
