"""Attribution engine: quotations, reported speech, speakers, sources, anonymity, claims."""

from .engine import extract
from .model import (
    Attribution,
    AttributionType,
    Claim,
    Disclosure,
    Extraction,
    Justification,
    Mention,
    Source,
    SourceKind,
    Sourcing,
    Span,
)

__all__ = [
    "Attribution",
    "AttributionType",
    "Claim",
    "Disclosure",
    "Extraction",
    "Justification",
    "Mention",
    "Source",
    "SourceKind",
    "Sourcing",
    "Span",
    "extract",
]
