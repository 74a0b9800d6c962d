"""Plain dataclasses that the attribution engine returns.

Everything here is independent of Stanza and of the database: offsets are
character offsets into the article text exactly as read, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SourceKind(StrEnum):
    NAMED_PERSON = "named_person"
    NAMED_ORGANIZATION = "named_organization"
    ANONYMOUS_INDIVIDUAL = "anonymous_individual"
    ANONYMOUS_GROUP = "anonymous_group"
    VAGUE = "vague"
    DOCUMENT = "document"
    UNRESOLVED = "unresolved"


ANONYMOUS_KINDS = frozenset(
    {SourceKind.ANONYMOUS_INDIVIDUAL, SourceKind.ANONYMOUS_GROUP, SourceKind.VAGUE}
)


class AttributionType(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class Sourcing(StrEnum):
    NAMED = "named"
    ANONYMOUS = "anonymous"
    MIXED = "mixed"
    UNATTRIBUTED = "unattributed"


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int

    def text(self, article: str) -> str:
        return article[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Mention:
    """A speaker mention as written: "he", "the official", "Emmanuel Macron"."""

    span: Span
    text: str
    kind: str  # "name", "pronoun", "description", "organization", "document"


@dataclass
class Source:
    """One distinct source in one article, with its fullest description."""

    id: int
    name: str
    kind: SourceKind
    anonymous: bool
    role: str | None = None
    seniority: str | None = None
    affiliation: str | None = None
    organization: str | None = None
    location: str | None = None
    plural: bool = False
    number: str | None = None
    knowledge_basis: str | None = None
    title: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    justified: bool = False


@dataclass
class Attribution:
    """One quotation or piece of reported speech."""

    id: int
    type: AttributionType
    content: list[Span]
    cue: Span | None
    speaker: Mention | None
    source_id: int | None
    claim_id: int | None
    rule: str
    implicit: bool = False


@dataclass
class Justification:
    """A stated reason for granting anonymity, linked to the sources it covers."""

    span: Span
    text: str
    reason: str
    source_ids: list[int] = field(default_factory=list)


@dataclass
class Disclosure:
    """A note that a source was asked but said nothing ("declined to comment")."""

    span: Span
    text: str
    kind: str  # "declined", "no_response", "unreachable", "referred"
    source_id: int | None = None


@dataclass
class Claim:
    """What is asserted, with every attribution that carries it."""

    id: int
    text: str
    attribution_ids: list[int]
    sourcing: Sourcing


@dataclass
class Extraction:
    """Everything the engine found in one article."""

    attributions: list[Attribution] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    justifications: list[Justification] = field(default_factory=list)
    disclosures: list[Disclosure] = field(default_factory=list)

    def source(self, source_id: int | None) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)
