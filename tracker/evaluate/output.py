"""Presenting a Report (plain-text table, JSON-ready dict) and listing errors for analysis."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from tracker.attribution.model import Attribution, Extraction, Span
from tracker.evaluate.gold import GoldArticle, GoldAttribution
from tracker.evaluate.scoring import (
    ELEMENTS,
    EXACT_RULE,
    MODES,
    OVERLAP_RULE,
    PRF,
    SCORED_KINDS,
    Ratio,
    Report,
    align,
    gold_type,
    predicted_anonymous,
    predicted_kind,
    speaker_correct,
)

SNIPPET = 160


def _prf(counts: PRF) -> dict:
    return {
        "precision": round(counts.precision, 4),
        "recall": round(counts.recall, 4),
        "f1": round(counts.f1, 4),
        "matched": counts.matched,
        "predicted": counts.predicted,
        "gold": counts.gold,
    }


def _ratio(counts: Ratio) -> dict:
    return {"value": round(counts.value, 4), "correct": counts.correct, "total": counts.total}


def _ratios(table: dict[str, Ratio]) -> dict:
    return {k: _ratio(v) for k, v in sorted(table.items())}


def report_as_dict(report: Report) -> dict:
    """The report as plain JSON-serialisable data (rates rounded to 4 places)."""
    confusion: dict[str, dict[str, int]] = {}
    for (gold, pred), n in sorted(report.kind_confusion.items()):
        confusion.setdefault(gold, {})[pred] = n
    return {
        "documents": report.documents,
        "gold_attributions": report.gold_attributions,
        "predicted_attributions": report.predicted_attributions,
        "spans": {e: {m: _prf(report.spans[e][m]) for m in MODES} for e in ELEMENTS},
        "attributions": _prf(report.attributions),
        "speaker_accuracy": _ratio(report.speaker),
        "source_kind_accuracy": _ratio(report.source_kind),
        "anonymous": _prf(report.anonymous),
        "kind_confusion": confusion,
        "recall_by_gold_type": _ratios(report.recall_by_gold_type),
        "precision_by_rule": _ratios(report.precision_by_rule),
        "rules": {"exact": EXACT_RULE, "overlap": OVERLAP_RULE},
    }


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def _prf_cells(c: PRF) -> str:
    return f"{_pct(c.precision)} {_pct(c.recall)} {_pct(c.f1)}"


def _counts(c: PRF) -> str:
    return f"{c.matched}/{c.predicted} pred, {c.matched}/{c.gold} gold"


def format_report(report: Report) -> str:
    """A plain-text table of every score, percentages, with the matching rules as footer."""
    lines = [
        f"documents {report.documents}   gold attributions {report.gold_attributions}   "
        f"predicted attributions {report.predicted_attributions}",
        "",
        f"{'span':<10} {'exact':^17}   {'overlap':^17}",
        f"{'':<10} {'P':>5} {'R':>5} {'F1':>5}   {'P':>5} {'R':>5} {'F1':>5}",
    ]
    for e in ELEMENTS:
        ex, ov = report.spans[e]["exact"], report.spans[e]["overlap"]
        lines.append(f"{e:<10} {_prf_cells(ex)}   {_prf_cells(ov)}")
    a, s, k, n = report.attributions, report.speaker, report.source_kind, report.anonymous
    lines += [
        "",
        f"{'':<22} {'P':>5} {'R':>5} {'F1':>5}",
        f"{'attributions':<22} {_prf_cells(a)}   ({_counts(a)})",
    ]
    speaker = (f"{'speaker accuracy':<22} {_pct(s.value)}   "
               f"({s.correct}/{s.total} pairs with a source)")
    if k.total:
        lines += [
            f"{'anonymous flag':<22} {_prf_cells(n)}   ({_counts(n)})",
            speaker,
            f"{'source-kind accuracy':<22} {_pct(k.value)}   ({k.correct}/{k.total} pairs, "
            "kind known)",
        ]
    else:
        lines += [speaker,
                  f"{'anonymous flag, kinds':<22} n/a    (the gold labels no source kinds)"]
    if report.recall_by_gold_type:
        lines += ["", "recall by gold content"]
        lines += [
            f"  {t:<20} {_pct(r.value)}   ({r.correct}/{r.total})"
            for t, r in sorted(report.recall_by_gold_type.items())
        ]
    if report.precision_by_rule:
        lines += ["", "precision by rule"]
        lines += [
            f"  {rule:<20} {_pct(r.value)}   ({r.correct}/{r.total})"
            for rule, r in sorted(report.precision_by_rule.items(), key=lambda x: -x[1].total)
        ]
    if report.kind_confusion:
        lines += ["", "source kinds (gold -> predicted: count)"]
        lines += [
            f"  {g:<21} -> {p:<21} {c}"
            for (g, p), c in sorted(report.kind_confusion.items(), key=lambda x: (x[0][0], -x[1]))
        ]
    lines += [
        "",
        f"Matching: {EXACT_RULE}.",
        f"          {OVERLAP_RULE}.",
        "Attributions match on content overlap; speaker, kind and anonymity are scored on "
        "those pairs.",
        f"Kinds scored: {', '.join(sorted(SCORED_KINDS))} (gold pronoun/other excluded).",
    ]
    return "\n".join(lines)


def _snippet(spans: Sequence[Span], text: str, limit: int = SNIPPET) -> str | None:
    """Text of (possibly discontinuous) spans, whitespace collapsed, shortened for a line."""
    if not spans:
        return None
    joined = " … ".join(" ".join(s.text(text).split()) for s in sorted(spans))
    return joined if len(joined) <= limit else joined[: limit - 1] + "…"


def _record(
    name: str,
    error: str,
    text: str,
    g: GoldAttribution | None,
    a: Attribution | None,
    extraction: Extraction,
) -> dict:
    spans = (g.content if g else None) or (a.content if a else [])
    return {
        "article": name,
        "error": error,
        "start": min((s.start for s in spans), default=None),
        "gold_content": _snippet(g.content, text) if g else None,
        "gold_cue": _snippet(g.cue, text) if g else None,
        "gold_source": _snippet(g.source, text) if g else None,
        "gold_kind": g.source_kind if g else None,
        "gold_anonymous": g.source_anonymous if g else None,
        "gold_type": gold_type(g, text) if g else None,
        "content": _snippet(a.content, text) if a else None,
        "cue": _snippet([a.cue], text) if a and a.cue else None,
        "speaker": a.speaker.text if a and a.speaker else None,
        "kind": predicted_kind(a, extraction) if a else None,
        "anonymous": predicted_anonymous(a, extraction) if a else None,
        "type": str(a.type) if a else None,
        "rule": a.rule if a else None,
        "implicit": a.implicit if a else None,
    }


def errors(pairs: Iterable[tuple[GoldArticle, Extraction]]) -> Iterator[dict]:
    """Yield one record per error, in text order per article, all with the same keys.

    `error` is "missed" (gold not found), "spurious" (prediction matching no gold),
    or, for matched pairs, "speaker", "kind" or "anonymous" when that part is wrong.
    Gold fields are prefixed `gold_`; predicted ones are bare and carry the `rule`.
    """
    for gold, extraction in pairs:
        text, al = gold.text, align(gold, extraction)
        records = [_record(gold.name, "missed", text, g, None, extraction) for g in al.missed]
        records += [_record(gold.name, "spurious", text, None, a, extraction) for a in al.spurious]
        for g, a in al.pairs:
            if g.source and not speaker_correct(g, a, text):
                records.append(_record(gold.name, "speaker", text, g, a, extraction))
            if g.source_kind in SCORED_KINDS and predicted_kind(a, extraction) != g.source_kind:
                records.append(_record(gold.name, "kind", text, g, a, extraction))
            anon = g.source_anonymous
            if anon is not None and predicted_anonymous(a, extraction) != anon:
                records.append(_record(gold.name, "anonymous", text, g, a, extraction))
        records.sort(key=lambda r: (r["start"] is None, r["start"] or 0))
        yield from records
