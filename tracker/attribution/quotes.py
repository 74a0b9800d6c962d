"""Quotation marks found in raw text, paired by position rather than by glyph.

Machine-translated and scraped copy often has the wrong curly mark or an
unclosed one, so a mark is judged by what stands either side of it: an
opening mark follows a space and precedes a word, a closing mark the reverse.
A quotation left open at the end of a paragraph continues into the next
paragraph when that one opens with a mark (the news convention); otherwise it
ends with its paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .model import Span

DOUBLE_MARKS = '"“”„‟«»'
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
OPEN_CONTEXT = "([{—–―-/"
CLOSE_CONTEXT = ".,;:!?)]}—–―-/…"
ALWAYS_OPEN = "«‹„"
ALWAYS_CLOSE = "»›"
# A left double mark set tight against the punctuation before it still opens a quotation
# ('Ryan said,“Look, ...”').
LEFT_DOUBLE = "“"
TIGHT_OPENERS = ",:;"
STRAIGHT_SINGLE = "'"
# Marks stripped from a quotation's edges, typewriter pairs ('' and ``) included.
EDGE_MARKS = DOUBLE_MARKS + SINGLE_OPEN + SINGLE_CLOSE + "'`"
PARAGRAPH = re.compile(r"[^\n]+")
# Typewriter pairs ('' and ``, as the New York Times' archive writes them), and a pair with a
# single mark beside it, opening or closing a quotation inside a quotation.
TRIPLE = "'" * 3
OPENING_TRIPLE = ' "' + "'"
CLOSING_TRIPLE = "'" + '" '
TYPEWRITER_PAIR = re.compile(TRIPLE + "|''|``")
# A typewriter apostrophe where a quotation opens: at the start of a line or after a space,
# dash or bracket, before a letter.
STRAIGHT_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))'(?=[A-Za-z])", re.MULTILINE)


@dataclass
class Quote:
    """One quotation: its pieces (with their marks) in order, one per paragraph."""

    pieces: list[Span]
    closed: bool

    @property
    def span(self) -> Span:
        return Span(self.pieces[0].start, self.pieces[-1].end)

    def inner(self, text: str) -> str:
        return " ".join(text[p.start : p.end].strip(EDGE_MARKS) for p in self.pieces)


def paragraphs(text: str) -> list[Span]:
    return [Span(m.start(), m.end()) for m in PARAGRAPH.finditer(text) if m.group().strip()]


def _role(text: str, i: int, start: int, end: int) -> str | None:
    """'open', 'close' or None for the mark at i, judged by its neighbours in [start, end).

    Guillemets and the low German mark point one way only, and French sets them off with
    spaces (« Nous sommes prêts »), so their glyph decides; so does a left double mark
    with no space after a comma or colon. A typewriter apostrophe after
    an 's' and before a lower-case word is a plural's possessive ('the players' union')."""
    if text[i] in ALWAYS_OPEN:
        return "open"
    if text[i] in ALWAYS_CLOSE:
        return "close"
    if text[i] == STRAIGHT_SINGLE and text[i - 1 : i] == "s" and \
            text[i + 1 : i + 3].startswith(" ") and text[i + 2 : i + 3].islower():
        return None
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    opens = before.isspace() or before in OPEN_CONTEXT + DOUBLE_MARKS + SINGLE_OPEN or \
        text[i] == LEFT_DOUBLE and before in TIGHT_OPENERS and after.isalnum()
    closes = after.isspace() or after in CLOSE_CONTEXT + DOUBLE_MARKS + SINGLE_CLOSE
    if opens and not after.isspace():
        return "open"
    if closes and not before.isspace():
        return "close"
    if before.isspace() and after.isspace() and \
            text[start:i].rstrip()[-1:] in tuple(SINGLE_CLOSE + STRAIGHT_SINGLE + ".,!?"):
        return "close"  # a spaced-out close after a nested quotation: '... outreach,' "
    return None


def _marks(text: str, para: Span, singles: str) -> Iterator[tuple[int, str]]:
    marks = DOUBLE_MARKS + singles
    for i in range(para.start, para.end):
        if text[i] in marks:
            role = _role(text, i, para.start, para.end)
            if role:
                yield i, role


def _paragraph_quotes(text: str, para: Span, singles: str) -> tuple[list[Span], int | None]:
    """Closed quote spans in a paragraph, and the offset of a quote left open at its end.

    A paragraph whose marks balance when read as nested ('“... what he calls “hell” than
    ...”') is read so; otherwise each opening mark pairs with the next closing one, so a
    quotation whose closing mark is missing does not swallow the rest of the paragraph."""
    marks = list(_marks(text, para, singles))
    nested = _nested_pairs(marks)
    if nested is not None:
        return nested, None
    found: list[Span] = []
    opened: int | None = None
    for i, role in marks:
        if opened is None and role == "open":
            opened = i
        elif opened is not None and role == "close" and i > opened + 1:
            found.append(Span(opened, i + 1))
            opened = None
    return found, opened


def _nested_pairs(marks: list[tuple[int, str]]) -> list[Span] | None:
    """Outermost quotations when every opening mark is closed, inner ones nested; None when
    the marks do not balance."""
    found: list[Span] = []
    stack: list[int] = []
    for i, role in marks:
        if role == "open":
            stack.append(i)
        elif stack and i > stack[-1] + 1:
            start = stack.pop()
            if not stack:
                found.append(Span(start, i + 1))
    return None if stack else found


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in the text, multi-paragraph quotations joined. Typewriter pairs
    ('' and ``, as the New York Times' archive writes them) count as one double mark."""
    original = text
    text = TYPEWRITER_PAIR.sub(_one_mark, text)
    singles = _single_mark_style(text)
    quotes: list[Quote] = []
    carrying: Quote | None = None
    for para in paragraphs(text):
        found, opened = _paragraph_quotes(text, para, singles)
        if carrying is not None:
            if found and not text[para.start : found[0].start].strip():
                carrying.pieces.append(found.pop(0))
                carrying.closed = True
            elif opened is not None and not text[para.start : opened].strip() and not found:
                carrying.pieces.append(Span(para.start, para.end))
                continue
            quotes.append(carrying)
            carrying = None
        quotes.extend(Quote([span], True) for span in found)
        if opened is not None:
            carrying = Quote([Span(opened, para.end)], False)
    if carrying is not None:
        quotes.append(carrying)
    for quote in quotes:
        quote.pieces = [_whole_pair(original, piece) for piece in quote.pieces]
    return sorted(quotes, key=lambda q: q.span.start)


def _one_mark(match: re.Match[str]) -> str:
    """A typewriter pair read as one double mark beside a space, on the side that keeps its
    role plain: an opening pair ('``', or two apostrophes before a word) as ' "', a closing
    one as '" ' (so that a pair before a bracket closes). Three apostrophes are a pair and a
    single mark, the single one inside: they open both before a word and close both after
    one."""
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    opening = match.group() == "``" or after.isalnum() or \
        (before.isspace() or before in OPEN_CONTEXT) and not after.isspace()
    if match.group() == TRIPLE:
        return OPENING_TRIPLE if opening else CLOSING_TRIPLE
    return ' "' if opening else '" '


def _single_mark_style(text: str) -> str:
    """The single marks that set quotations, if the text is in British or Australian style
    (‘...’): no double marks at all, or more opening single marks than pairs of double
    marks (a title or a nested quotation in doubles). A lone ’ is an apostrophe more often
    than a mark. Copy that has lost its curly marks ('We will fight,' she said) sets them
    in typewriter apostrophes, read as marks only where they stand at a word's edge, and
    counted as openings only before a letter at the start of a word (not ’90s)."""
    doubles = sum(text.count(mark) for mark in DOUBLE_MARKS)
    curly = any(mark in text for mark in SINGLE_OPEN + SINGLE_CLOSE)
    if not curly and (doubles == 0 or len(STRAIGHT_OPENING.findall(text)) >= doubles / 2):
        return STRAIGHT_SINGLE
    if not (doubles == 0 or text.count(SINGLE_OPEN[0]) > doubles / 2):
        return ""
    return SINGLE_OPEN + SINGLE_CLOSE


def _whole_pair(text: str, piece: Span) -> Span:
    """Take in the other half of a typewriter pair ('' or ``) at either end."""
    start, end = piece.start, piece.end
    if start > 0 and text[start - 1 : start + 1] in ("''", "``"):
        start -= 1
    if end < len(text) and text[end - 1 : end + 1] == "''":
        end += 1
    return Span(start, end)
