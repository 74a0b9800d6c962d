"""Span normalisation and one-to-one matching of predicted against gold spans.

A *span set* is the list of character spans of one item (a content can be
discontinuous: a quote broken by "he said").

- **Exact**: two span sets match when, after trimming whitespace and
  surrounding punctuation (quotes, commas, periods, colons, dashes, brackets)
  from both ends of every piece and merging touching pieces, they are the
  same set of spans. Annotators disagree on whether a closing comma or a
  quotation mark belongs to a quote; that is not an engine error.
- **Overlap**: two span sets match when the characters they share (after the
  same trimming) are at least half the length of the shorter one. Any single
  shared character would let a long paragraph-sized prediction match a short
  gold clause it merely touches; requiring half the shorter keeps nested and
  mostly-overlapping spans while rejecting grazing ones.

Matching is one-to-one per document: a maximum bipartite matching, trying
the candidates with the largest overlap first, so one prediction can never
be credited for two gold items (nor one gold item for two predictions).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence

from tracker.attribution.model import Span

TRIM = frozenset(string.whitespace + "\"'`“”‘’«»„‚‹›,.;:!?…-–—()[]{}\u00a0")
OVERLAP_RATIO = 0.5

SpanSet = tuple[Span, ...]


def trim(span: Span, text: str) -> Span | None:
    """Shrink a span past surrounding whitespace and punctuation; None if nothing is left."""
    start, end = span.start, min(span.end, len(text))
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return Span(start, end) if end > start else None


def normalize(spans: Sequence[Span], text: str) -> SpanSet:
    """Trim every piece, drop empty ones, sort and merge touching pieces."""
    pieces = sorted(s for s in (trim(sp, text) for sp in spans) if s is not None)
    merged: list[Span] = []
    for piece in pieces:
        if merged and piece.start <= merged[-1].end:
            last = merged.pop()
            piece = Span(last.start, max(last.end, piece.end))
        merged.append(piece)
    return tuple(merged)


def length(spans: SpanSet) -> int:
    return sum(len(s) for s in spans)


def shared(a: SpanSet, b: SpanSet) -> int:
    """Number of characters two normalised span sets have in common."""
    return sum(max(0, min(x.end, y.end) - max(x.start, y.start)) for x in a for y in b)


def overlap_match(a: SpanSet, b: SpanSet) -> bool:
    """The overlap rule: shared characters >= half the shorter span set (and > 0)."""
    common = shared(a, b)
    return common > 0 and common >= OVERLAP_RATIO * min(length(a), length(b))


def exact_match(a: SpanSet, b: SpanSet) -> bool:
    return bool(a) and a == b


def match(
    gold: Sequence[SpanSet],
    pred: Sequence[SpanSet],
    compatible: Callable[[SpanSet, SpanSet], bool],
) -> dict[int, int]:
    """Maximum one-to-one matching, gold index -> predicted index.

    Augmenting paths (Kuhn's algorithm) give the largest number of pairs;
    candidates are tried largest-overlap first so ties go to the closer span.
    """
    candidates = [
        sorted(
            (j for j, p in enumerate(pred) if compatible(g, p)),
            key=lambda j, g=g: (-shared(g, pred[j]), j),
        )
        for g in gold
    ]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in candidates[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    order = sorted(range(len(gold)), key=lambda i: len(candidates[i]))
    for i in order:
        augment(i, set())
    return dict(sorted((i, j) for j, i in owner.items()))
