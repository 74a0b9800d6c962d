"""Reading articles from files, folders and stdin into plain Article records.

The text is kept exactly as read (UTF-8, newlines untouched): every offset the
project stores or prints indexes into it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class Article:
    text: str
    path: str | None = None
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None
    url: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def content_hash(text: str) -> str:
    """SHA-256 of the UTF-8 text: the identity that makes ingest idempotent."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
