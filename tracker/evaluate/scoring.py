"""Scores for an extraction against gold: span P/R/F1, attributions, speakers, kinds, anonymity.

All counts are micro-averaged: matched, predicted and gold items are summed
over documents before precision and recall are taken.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tracker.attribution.model import Attribution, Extraction, Span
from tracker.evaluate.gold import GoldArticle, GoldAttribution
from tracker.evaluate.matching import (
    SpanSet,
    exact_match,
    match,
    normalize,
    overlap_match,
)

ELEMENTS = ("content", "cue", "source")
MODES = {"exact": exact_match, "overlap": overlap_match}
SCORED_KINDS = frozenset(
    {
        "named_person",
        "named_organization",
        "anonymous_individual",
        "anonymous_group",
        "vague",
        "document",
    }
)
QUOTE_MARKS = frozenset('"“”«»„')

EXACT_RULE = (
    "exact: same set of character spans after trimming whitespace and surrounding "
    "punctuation (quotes, commas, periods, colons, dashes, brackets) from both"
)
OVERLAP_RULE = (
    "overlap: shared characters >= 50% of the shorter (trimmed) span set; "
    "matching is one-to-one per document"
)


@dataclass
class PRF:
    """Counts behind precision/recall/F1; `matched` is one-to-one so it serves both."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, matched: int, predicted: int, gold: int) -> None:
        self.matched += matched
        self.predicted += predicted
        self.gold += gold


@dataclass
class Ratio:
    """A plain proportion (accuracy, or recall/precision of one slice)."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, correct: bool) -> None:
        self.correct += int(correct)
        self.total += 1


def _span_table() -> dict[str, dict[str, PRF]]:
    return {e: {m: PRF() for m in MODES} for e in ELEMENTS}


@dataclass
class Report:
    documents: int = 0
    gold_attributions: int = 0
    predicted_attributions: int = 0
    spans: dict[str, dict[str, PRF]] = field(default_factory=_span_table)
    attributions: PRF = field(default_factory=PRF)
    speaker: Ratio = field(default_factory=Ratio)
    source_kind: Ratio = field(default_factory=Ratio)
    anonymous: PRF = field(default_factory=PRF)
    kind_confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    recall_by_gold_type: dict[str, Ratio] = field(default_factory=dict)
    precision_by_rule: dict[str, Ratio] = field(default_factory=dict)


@dataclass
class Alignment:
    """Gold and predicted attributions of one article, paired by content overlap."""

    pairs: list[tuple[GoldAttribution, Attribution]]
    missed: list[GoldAttribution]
    spurious: list[Attribution]


def align(gold: GoldArticle, extraction: Extraction) -> Alignment:
    """Pair attributions one-to-one when their contents overlap (see matching)."""
    gold_sets = [normalize(g.content, gold.text) for g in gold.attributions]
    pred_sets = [normalize(a.content, gold.text) for a in extraction.attributions]
    pairing = match(gold_sets, pred_sets, overlap_match)
    used = set(pairing.values())
    return Alignment(
        pairs=[(gold.attributions[i], extraction.attributions[j]) for i, j in pairing.items()],
        missed=[g for i, g in enumerate(gold.attributions) if i not in pairing],
        spurious=[a for j, a in enumerate(extraction.attributions) if j not in used],
    )


def _distinct(items: Iterable[Sequence[Span]], text: str) -> list[SpanSet]:
    """Normalised, non-empty, de-duplicated span sets (shared sources count once)."""
    seen: dict[SpanSet, None] = {}
    for spans in items:
        key = normalize(spans, text)
        if key:
            seen.setdefault(key, None)
    return list(seen)


def gold_spans(gold: GoldArticle, element: str) -> list[SpanSet]:
    attr = {"content": "content", "cue": "cue", "source": "source"}[element]
    return _distinct((getattr(g, attr) for g in gold.attributions), gold.text)


def predicted_spans(extraction: Extraction, element: str, text: str) -> list[SpanSet]:
    if element == "content":
        items = [a.content for a in extraction.attributions]
    elif element == "cue":
        items = [[a.cue] for a in extraction.attributions if a.cue is not None]
    else:
        items = [[a.speaker.span] for a in extraction.attributions if a.speaker is not None]
    return _distinct(items, text)


def speaker_correct(gold: GoldAttribution, pred: Attribution, text: str) -> bool:
    """The predicted speaker mention overlaps the gold source span (no speaker: wrong)."""
    if pred.speaker is None:
        return False
    return overlap_match(normalize(gold.source, text), normalize([pred.speaker.span], text))


def predicted_kind(pred: Attribution, extraction: Extraction) -> str:
    source = extraction.source(pred.source_id)
    return str(source.kind) if source is not None else "none"


def predicted_anonymous(pred: Attribution, extraction: Extraction) -> bool:
    source = extraction.source(pred.source_id)
    return bool(source.anonymous) if source is not None else False


def gold_type(gold: GoldAttribution, text: str) -> str:
    """ "quoted" when the gold content holds a quotation mark, else "unquoted"."""
    quoted = any(ch in QUOTE_MARKS for s in gold.content for ch in s.text(text))
    return "quoted" if quoted else "unquoted"


def _score_spans(report: Report, gold: GoldArticle, extraction: Extraction) -> None:
    for element in ELEMENTS:
        g = gold_spans(gold, element)
        p = predicted_spans(extraction, element, gold.text)
        for mode, compatible in MODES.items():
            report.spans[element][mode].add(len(match(g, p, compatible)), len(p), len(g))


def _score_pairs(report: Report, gold: GoldArticle, extraction: Extraction) -> None:
    alignment = align(gold, extraction)
    report.attributions.add(
        len(alignment.pairs), len(extraction.attributions), len(gold.attributions)
    )
    found = {id(g) for g, _ in alignment.pairs}
    for g in gold.attributions:
        report.recall_by_gold_type.setdefault(gold_type(g, gold.text), Ratio()).add(id(g) in found)
    kept = {id(a) for _, a in alignment.pairs}
    for a in extraction.attributions:
        report.precision_by_rule.setdefault(a.rule, Ratio()).add(id(a) in kept)
    for g, a in alignment.pairs:
        if g.source:
            report.speaker.add(speaker_correct(g, a, gold.text))
        if g.source_kind in SCORED_KINDS:
            kind = predicted_kind(a, extraction)
            report.source_kind.add(kind == g.source_kind)
            report.kind_confusion[(g.source_kind, kind)] += 1
        if g.source_anonymous is not None:
            anon, truth = predicted_anonymous(a, extraction), g.source_anonymous
            report.anonymous.add(int(anon and truth), int(anon), int(truth))


def score(pairs: Iterable[tuple[GoldArticle, Extraction]]) -> Report:
    """Score every (gold article, extraction of its text) pair into one micro-averaged report."""
    report = Report()
    for gold, extraction in pairs:
        report.documents += 1
        report.gold_attributions += len(gold.attributions)
        report.predicted_attributions += len(extraction.attributions)
        _score_spans(report, gold, extraction)
        _score_pairs(report, gold, extraction)
    return report
