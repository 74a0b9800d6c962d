"""Article furniture: lines that are not body text (URLs, timestamps, credits, rules)."""

from __future__ import annotations

import re

from . import lexicon
from .model import Span
from .quotes import paragraphs
from .repair import OPENING_MARKS

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
# A wire or press-release dateline opening a paragraph: 'NEW YORK, March 4, 2025 /PRNewswire/
# --', 'BEIJING, March 3 (Xinhua) --', 'NAIROBI --': a place in capitals, an optional date
# and agency, then a dash.
DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,2}(?:, [A-Z][A-Za-z.]+(?: [A-Za-z.]+)?)?"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"
    r"(?: ?\([A-Za-z .-]+\)| ?/[A-Za-z ]+/)? ?(?:--|—|–|-)(?= )"
)


def furniture(text: str) -> list[Span]:
    """Paragraph spans that hold no reporting: links, dates, separators, credit lines,
    source list entries."""
    return [para for para in paragraphs(text) if is_furniture(text[para.start : para.end])]


def datelines(text: str) -> list[Span]:
    """The dateline that opens each paragraph that has one, dash included: it names where
    and by which agency the story was filed, never who speaks nor what was said."""
    found = []
    for para in paragraphs(text):
        match = DATELINE.match(text, para.start, para.end)
        if match:
            found.append(Span(match.start(), match.end()))
    return found


def is_furniture(line: str) -> bool:
    if any(pattern.match(line) for pattern in (URL_LINE, DATE_LINE, RULE_LINE, CITATION_LINE)):
        return True
    lowered = line.lower()
    return len(line.split()) <= CREDIT_MAX_WORDS and any(
        _credit(line, lowered, phrase) for phrase in lexicon.furniture_phrases()
    )


def _credit(line: str, lowered: str, phrase: str) -> bool:
    """Whether a credit phrase is in the line; a label with a colon ('Photo:', '... Image:
    Twitter / NASA.') not in a line that quotes someone ('Photo: Linda Ortiz at home. "We
    were never told," Ortiz said.', 'The actress captioned the photo: "Family."')."""
    at = lowered.find(phrase)
    if at < 0 or not phrase.endswith(":"):
        return at >= 0
    return not any(mark in line for mark in OPENING_MARKS)
