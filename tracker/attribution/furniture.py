"""Article furniture: lines that are not body text (URLs, timestamps, credits, rules)."""

from __future__ import annotations

import re

from . import lexicon
from .model import Span
from .quotes import paragraphs

URL_LINE = re.compile(r"^\s*(https?://|www\.)\S+\s*$")
DATE_LINE = re.compile(
    r"^\s*(\d{4}-\d{2}-\d{2}([ T]\d{1,2}:\d{2}(:\d{2})?)?"
    r"|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? \w+ \d{1,2},? \d{4})\s*$"
)
RULE_LINE = re.compile(r"^\s*[-_*=~#]{3,}\s*$")
# A source list entry: '"Headline" — Outlet, August 15, 2008' (an author may lead it).
CITATION_LINE = re.compile(
    r"^[^\"“]{0,80}[\"“][^\"”]+[\"”]\s*[—–―-]+\s*[^\"“”]{1,80},\s*"
    r"(January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2},\s*\d{4}\s*$"
)
CREDIT_MAX_WORDS = 40


def furniture(text: str) -> list[Span]:
    """Paragraph spans that hold no reporting: links, dates, separators, credit lines,
    source list entries."""
    return [para for para in paragraphs(text) if is_furniture(text[para.start : para.end])]


def is_furniture(line: str) -> bool:
    if any(pattern.match(line) for pattern in (URL_LINE, DATE_LINE, RULE_LINE, CITATION_LINE)):
        return True
    lowered = line.lower()
    return len(line.split()) <= CREDIT_MAX_WORDS and any(
        phrase in lowered for phrase in lexicon.furniture_phrases()
    )
