"""An Extraction as the stable JSON that `tracker extract` prints.

The contract (scripts and evaluations read it): per file, ``path`` and
``attributions``; per attribution ``type``, ``content`` (a list of
``[start, end]`` pairs), ``content_text``, ``cue``, ``cue_text``, ``speaker``,
``speaker_text``, ``source`` (an object, or null when the attribution has no
source) and ``claim``. Offsets index the article text as read, end exclusive.
Other keys (``id``, ``rule``, ``implicit``, and the top-level ``sources``,
``claims``, ``justifications`` and ``disclosures``) are extras that may grow.
"""

from __future__ import annotations

from typing import Any

from tracker.attribution import (
    Attribution,
    Claim,
    Disclosure,
    Extraction,
    Justification,
    Mention,
    Source,
    Span,
)
from tracker.store.save import PIECE_SEPARATOR


def extraction_to_dict(path: str, text: str, extraction: Extraction) -> dict[str, Any]:
    """The JSON-ready object for one article at ``path`` with text ``text``."""
    sources = {source.id: source for source in extraction.sources}
    return {
        "path": path,
        "attributions": [
            _attribution(a, text, sources.get(a.source_id)) for a in extraction.attributions
        ],
        "sources": [_source(source) for source in extraction.sources],
        "claims": [_claim(claim) for claim in extraction.claims],
        "justifications": [_justification(j) for j in extraction.justifications],
        "disclosures": [_disclosure(d) for d in extraction.disclosures],
    }


def _pair(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _attribution(attribution: Attribution, text: str, source: Source | None) -> dict[str, Any]:
    pieces = sorted(attribution.content)
    cue, speaker = attribution.cue, attribution.speaker
    return {
        "id": attribution.id,
        "type": str(attribution.type),
        "content": [_pair(piece) for piece in pieces],
        "content_text": PIECE_SEPARATOR.join(piece.text(text) for piece in pieces),
        "cue": _pair(cue),
        "cue_text": None if cue is None else cue.text(text),
        "speaker": None if speaker is None else _pair(speaker.span),
        "speaker_text": None if speaker is None else speaker.span.text(text),
        "source": None if source is None else _source_fields(source),
        "claim": attribution.claim_id,
        "rule": attribution.rule,
        "implicit": attribution.implicit,
    }


def _source_fields(source: Source) -> dict[str, Any]:
    """What an attribution carries of its source (the contract's keys first)."""
    return {
        "name": source.name,
        "kind": str(source.kind),
        "anonymous": source.anonymous,
        "role": source.role,
        "seniority": source.seniority,
        "affiliation": source.affiliation,
        "organization": source.organization,
        "location": source.location,
        "plural": source.plural,
        "id": source.id,
        "number": source.number,
        "knowledge_basis": source.knowledge_basis,
        "title": source.title,
        "justified": source.justified,
    }


def _source(source: Source) -> dict[str, Any]:
    return _source_fields(source) | {"mentions": [_mention(m) for m in source.mentions]}


def _mention(mention: Mention) -> dict[str, Any]:
    return {"span": _pair(mention.span), "text": mention.text, "kind": mention.kind}


def _claim(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "text": claim.text,
        "sourcing": str(claim.sourcing),
        "attributions": claim.attribution_ids,
    }


def _justification(justification: Justification) -> dict[str, Any]:
    return {
        "span": _pair(justification.span),
        "text": justification.text,
        "reason": justification.reason,
        "sources": justification.source_ids,
    }


def _disclosure(disclosure: Disclosure) -> dict[str, Any]:
    return {
        "span": _pair(disclosure.span),
        "text": disclosure.text,
        "kind": disclosure.kind,
        "source": disclosure.source_id,
    }
