"""Claims: what is asserted, with every attribution that carries it and its sourcing status."""

from __future__ import annotations

from .model import ANONYMOUS_KINDS, Attribution, Claim, Source, SourceKind, Sourcing


def sourcing_of(sources: list[Source | None]) -> Sourcing:
    """named, anonymous, mixed or unattributed, from the sources behind one claim."""
    known = [s for s in sources if s is not None and s.kind != SourceKind.UNRESOLVED]
    if not known:
        return Sourcing.UNATTRIBUTED
    anonymous = {s.kind in ANONYMOUS_KINDS for s in known}
    if anonymous == {True}:
        return Sourcing.ANONYMOUS
    if anonymous == {False}:
        return Sourcing.NAMED
    return Sourcing.MIXED


def group_claims(attributions: list[Attribution], sources: dict[int, Source],
                 text: str) -> list[Claim]:
    """One claim per distinct content; attributions with the same content share it."""
    claims: list[Claim] = []
    by_content: dict[tuple, Claim] = {}
    for attribution in attributions:
        key = tuple((span.start, span.end) for span in attribution.content)
        claim = by_content.get(key)
        if claim is None:
            content = " … ".join(text[s.start : s.end] for s in attribution.content)
            claim = Claim(len(claims) + 1, content, [], Sourcing.UNATTRIBUTED)
            claims.append(claim)
            by_content[key] = claim
        claim.attribution_ids.append(attribution.id)
        attribution.claim_id = claim.id
    by_id = {a.id: a for a in attributions}
    for claim in claims:
        claim.sourcing = sourcing_of(
            [sources.get(by_id[i].source_id) if by_id[i].source_id else None
             for i in claim.attribution_ids]
        )
    return claims
