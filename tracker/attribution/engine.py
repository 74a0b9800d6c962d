"""The attribution engine: a Stanza Document in, an Extraction of plain dataclasses out.

Order of work: cue rules over the parse; quotations from the raw text, each
joined to the attribution whose content it lies in, to a cue in its own
sentence, or to the speaker of the paragraph before (news convention);
speakers read and grouped into sources; anonymity justifications and
disclosures; claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from . import lexicon
from .anonymity import (
    find_disclosures,
    find_justifications,
    justification_sentences,
    link_disclosures,
)
from .claims import group_claims
from .cues import (
    NAME_PARTS,
    PUNCT,
    QUESTION,
    QUOTING,
    Candidate,
    adverbial_clause,
    cites_someone,
    cue_extent,
    find_candidates,
    in_capitals,
    interview_lines,
    is_reporting_verb,
    listener,
    quoted_person,
    resolve_relative,
    saying_objects,
    subject_of,
    to_infinitive,
)
from .document import Entity, ParsedDoc, Word
from .furniture import datelines, furniture
from .gender import PRONOUN_GENDER, gender_of
from .mentions import MentionReading, conjuncts, mention_words, read_mention
from .model import (
    Attribution,
    AttributionType,
    Disclosure,
    Extraction,
    Mention,
    SourceKind,
    Span,
)
from .quotes import EDGE_MARKS, Quote
from .repair import (
    OPENING_MARKS,
    PERSON_CATEGORIES,
    RELATIVE,
    RELATIVE_OPENERS,
    SETTING_PREPOSITIONS,
    SPEECH_CLASSES,
    SUBJECT_PRONOUNS,
    grants_anonymity,
    word_extent,
)
from .sources import AMBIGUOUS, SourceBook

MIN_QUOTE_WORDS = 4
# Nouns for a work whose title may follow, set off by commas ('a new single, “...”').
WORK_NOUNS = {"single", "song", "album", "film", "movie", "book", "novel", "memoir", "play",
              "show", "series", "episode", "documentary", "painting", "poem", "track", "video",
              "podcast", "essay", "exhibition", "musical", "opera", "game"}
# How many characters before a quotation to look for such a noun.
TITLE_REACH = 40
# How many characters may stand between a quotation and the tag that follows it.
TAG_GAP = 40
# The most words of a knowledge phrase that opens a relative clause ('who have spoken with').
KNOWLEDGE_REACH = 5
# A quotation with this many words besides the small ones a title leaves in lower case, all
# capitalised, is a title ('“Ban on Face Coverings”', '“Guardians of the Galaxy”').
TITLE_WORDS = 2
TITLE_SMALL = {"a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at",
               "to", "by", "with", "from", "into", "as", "vs", "via", "per"}
ORPHAN_QUOTE_WORDS = 6
SENTENCE_END = ".,!?…"
DASHES = "―—–-"
NON_SPEECH = {"cognition", "position", "evidence"}
# Subjects the writer uses for anyone at all ('One might ask', 'You might think') with the
# modals that make it a supposition, and the ones a question makes rhetorical ('Would
# anyone argue ...?').
GENERIC_PEOPLE = {"one", "you"}
HYPOTHETICAL_MODALS = {"might", "may", "could", "would"}
RHETORICAL_PEOPLE = {"anyone", "anybody", "who"}
# The longest sentence of a gesture that introduces the quotation after it ('She sighed.').
GESTURE_WORDS = 4
# Verbs whose object is someone put a question, who is likely to answer next.
ASKING = {"ask", "interview", "question"}
# Secretaries who are no ministers ('General Secretary Martin Lowe' of a union).
SECRETARIES_NOT_MINISTERS = {"general", "press", "permanent", "cabinet", "private",
                             "executive", "deputy", "assistant", "the", "a", "an"}
SCARE_MARKERS = ("so-called", "so called", "dubbed", "titled", "entitled", "known as")
# Words right before a quotation that make it a name: 'a group called the “We The People
# Foundation.”' (but not 'he called, “Come here!”').
NAMING_MARKER = re.compile(r"\b(called|named)( the)?$")
# A setting preposition and at most three words right before a quotation: where it was said
# or written ('on MSNBC’s “Morning Joe”', 'in his book “...”').
SETTING_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(SETTING_PREPOSITIONS)) +
                            r")(?:\s+[^\s“”\"«»]+){0,3}\s*$")
SETTING_REACH = 40
DIRECT_SHARE = 0.8
# The longest speech tag a splitter may leave as a sentence of its own ('Vitter demanded.'),
# and the relations that show a verb there has content of its own.
TAG_WORDS = 12
# How many words after a quotation a tag in an unlisted verb may reach ('“...,” Sen. Jane
# Doe laughed').
TAG_REACH = 6
# The most characters between a quotation broken off at a comma and its speech verb.
SPLIT_GAP = 80
CONTENT_SLOTS = ("ccomp", "xcomp", "obj")
# The fewest words before a speech tag set off by commas that count as said ('Acts of
# protest, Mr. Obama said, are ...'); one word is a discourse marker ('Still, he said, ...').
FRONTED_WORDS = 2
# Words opening a reason rather than what was said ('speaking anonymously because ...').
REASON_OPENERS = {"because", "since", "as"}
# Words that make a content say something ("her name published" says only "her").
SUBSTANCE = {"NOUN", "PROPN", "NUM", "VERB", "ADJ"}
# The longest name that may introduce a quotation with a colon ('- Jeffrey M. Jones:').
NAME_WORDS = 4
# Words from a speech verb to the colon that introduces a quotation for the colon to count
# as part of the cue ('notes:', 'released the following statement:').
CUE_TO_COLON = 4
# Nouns that, in 'That was the verdict of X' after a quotation, say whose words they were.
VERDICTS = {"verdict", "message", "view", "assessment", "reaction", "response", "warning",
            "word", "opinion", "advice", "plea", "promise", "claim", "boast"}
# Relations of a subject, active or passive (a tagger may read 'was blunt' as a passive).
SUBJECT_RELATIONS = ("nsubj", "nsubj:pass")
# Adjectives of a manner of speaking that, before a colon, tag the quotation after it ('The
# coach was blunt: “We were terrible.”').
MANNERS = {"blunt", "furious", "defiant", "emphatic", "scathing", "adamant", "candid",
           "unapologetic", "unrepentant", "frank", "succinct", "direct", "forthright"}
# Mentions with the offset where each stands.
Placed = list[tuple[int, MentionReading]]
# Verbs of recounting that, closing the paragraph before a quotation, introduce it ('She
# described the next few hours in an interview.').
RECOUNTING = {"describe", "recall", "recount", "remember", "explain"}


@dataclass
class Draft:
    """An attribution before its speaker has become a source."""

    rule: str
    content: list[Span]
    cue: Span | None
    speaker_head: int | None
    cue_words: frozenset[int] = frozenset()
    implicit: bool = False
    follows: Draft | None = None
    co_speakers: tuple[int, ...] = ()
    speaker: Mention | None = None
    source_id: int | None = None
    dropped: bool = False


@dataclass
class SpeakerIndex:
    """Where each source was mentioned, for linking justifications and disclosures."""

    mention_sentences: dict[int, set[int]]
    by_sentence: dict[int, int]


def _spans(doc: ParsedDoc, words: set[int]) -> list[Span]:
    """Contiguous runs of words as character spans, punctuation trimmed at each edge."""
    runs: list[list[int]] = []
    for k in sorted(words):
        if runs and k == runs[-1][-1] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    spans: list[Span] = []
    for run in runs:
        while run and doc.words[run[0]].upos == PUNCT:
            run.pop(0)
        while run and doc.words[run[-1]].upos == PUNCT:
            run.pop()
        if run:
            spans.append(doc.span_of(run))
    return spans


def _without_asides(doc: ParsedDoc, words: set[int], quotes: list[Quote],
                    before: int) -> set[int]:
    """'said Obama should pardon Clinton, who has not been charged', '... Mr. Trump, the
    presumed Putin favorite': a relative clause or apposition set off by a comma at the end
    of unquoted content is the reporter's aside, not what was said (but a participle before
    the tag, `before` the cue, is the tagged speaker's: 'The pilot dumped fuel, allowing the
    plane to land, the airline said')."""
    last = max((k for k in words if doc.words[k].upos != PUNCT), default=None)
    tagged_after = last is not None and last < before
    for head in sorted(words):
        if not _aside(doc, head) or tagged_after and doc.words[head].xpos == "VBG":
            continue
        first, end = word_extent(doc.words, head)
        if end != last or first == 0 or doc.words[first - 1].text != "," or first - 1 not in words:
            continue
        piece = Span(doc.words[first].start, doc.words[last].end)
        if not any(p.overlaps(piece) for quote in quotes for p in quote.pieces):
            return {w for w in words if w < first - 1}
    return words


def _fronted_part(doc: ParsedDoc, cand: Candidate) -> set[int]:
    """'Acts of protest, Mr. Obama said, are acts of patriotism': a speech tag set off by
    commas between a subject and its verb leaves the subject as the content's first piece
    (not a scene set before the tag: 'On ABC Tuesday, he said, ...')."""
    if cand.speaker is None or not cand.content:
        return set()
    verb = cand.cue[0]
    sentence = doc.sentences[doc.words[verb].sentence]
    speaker_words = set(doc.subtree(cand.speaker))
    first = min(cand.speaker, verb)
    while first - 1 > sentence[0] and first - 1 in speaker_words and \
            doc.words[first - 1].text != ",":
        first -= 1
    opening = min(k for k in cand.content if doc.words[k].upos != PUNCT)
    if doc.words[first - 1].text != "," or opening < verb or \
            doc.words[opening].upos not in ("AUX", "VERB") or \
            not any(doc.words[k].text == "," for k in range(max(cand.cue) + 1, opening)):
        return set()
    fronted = [k for k in range(sentence[0], first - 1) if doc.words[k].upos != PUNCT]
    if len(fronted) < FRONTED_WORDS or any(is_reporting_verb(doc, k) for k in fronted):
        return set()
    return set(range(fronted[0], fronted[-1] + 1))


def _aside(doc: ParsedDoc, head: int) -> bool:
    """An apposition (or a bare noun phrase the parser took for an oblique, or a word for a
    claim it took for a clause of its own: '..., a claim that critics rejected'), a relative
    clause opened by 'who' or 'which', or a participle clause with no subject ('...,
    contradicting the police's earlier claim')."""
    word = doc.words[head]
    if word.deprel == "appos" and any(doc.words[k].lower in lexicon.NEGATIONS
                                      for k in doc.children(head, "advmod")):
        return False  # 'fired from Russia, not Belarus': a correction, part of what was said
    if word.deprel == "appos" or word.xpos == "VBG" and \
            word.deprel in ("advcl", "xcomp", "acl") and not doc.children(head, "nsubj") \
            and word_extent(doc.words, head)[0] == head:
        return True
    if word.upos == "NOUN" and (word.deprel in ("obl", "obj", "nmod") or word.deprel ==
                                "parataxis" and word.lemma in lexicon.cue_nouns()) and \
            doc.children(head, "det") and not doc.children(head, "case", "nsubj", "cop"):
        return True
    opener = min(doc.subtree(head))
    return word.deprel == "acl:relcl" and any(
        doc.words[k].lower in RELATIVE_OPENERS for k in (opener, opener + 1))


def _cue_span(doc: ParsedDoc, cue: list[int]) -> Span:
    start, end = cue_extent(doc, cue)
    return Span(doc.words[start].start, doc.words[end].end)


def _inside(span: Span, regions: list[Span]) -> bool:
    return any(region.contains(span) for region in regions)



def _absorb_quotes(content: list[Span], quotes: list[Quote]) -> list[Span]:
    """Widen content pieces to the marks of any quotation they overlap at an edge, or that
    opens inside them ('said the proposal "costs too much ..."', with the quoted verb read
    as a noun and the content cut after it)."""
    widened: list[Span] = []
    for span in content:
        for quote in quotes:
            touched = [p for p in quote.pieces if p.overlaps(span) and
                       (abs(span.start - p.start) < 3 or abs(p.end - span.end) < 3 or
                        span.start <= p.start < span.end < p.end)]
            if touched:
                span = Span(min(span.start, touched[0].start), max(span.end, touched[-1].end))
                widened.extend(p for p in quote.pieces if p not in touched)
        widened.append(span)
    merged: list[Span] = []
    for span in sorted(widened):
        if merged and span.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def _unframed(text: str, content: list[Span], cue: Span, quotes: list[Quote]) -> list[Span]:
    """'Sen. Claire McCaskill scolded him: “The scientific community is ...,” she said.': a
    tag right after a quotation that the reporter introduced with a colon is the
    quotation's; the words before the colon are the reporter's, not what was said."""
    kept = []
    for piece in content:
        quote = next((q for q in quotes if piece.start < q.span.start < piece.end and
                      q.span.end <= cue.start and not text[q.span.end:cue.start].count(".")
                      and text[piece.start:q.span.start].rstrip().endswith(":")), None)
        kept.append(Span(quote.span.start, piece.end) if quote is not None else piece)
    return kept


def _quotation_cut(content: list[Span], cue: Span, quotes: list[Quote]) -> list[Span]:
    """'“We know ... the ability, only whether they have the will,” he said of ...': a
    complement the parse cut out of a quotation that the cue stands outside is the whole
    quotation."""
    for quote in quotes:
        if not any(piece.overlaps(cue) for piece in quote.pieces) and all(
                any(piece.contains(span) for piece in quote.pieces) for span in content):
            return list(quote.pieces)
    return content


def attribution_type(content: list[Span], quotes: list[Quote]) -> AttributionType:
    total = sum(len(span) for span in content) or 1
    quoted = sum(
        max(0, min(span.end, piece.end) - max(span.start, piece.start))
        for span in content for quote in quotes for piece in quote.pieces
    )
    if quoted >= DIRECT_SHARE * total:
        return AttributionType.DIRECT
    return AttributionType.MIXED if quoted else AttributionType.INDIRECT


def _drafts_from_cues(doc: ParsedDoc, candidates: list[Candidate], blocked: list[Span],
                      quoted: list[Span], quotes: list[Quote],
                      filed: list[Span] = ()) -> list[Draft]:
    """Drafts for cue candidates outside page furniture and, except a quoted transcript
    line's label, outside quotations; a dateline (`filed`) is neither speaker nor content
    ('NEW YORK, March 4, 2025 /PRNewswire/ -- Globex Corp. today announced ...')."""
    drafts: list[Draft] = []
    for cand in candidates:
        cue = _cue_span(doc, cand.cue)
        if _inside(cue, blocked) or _inside(cue, quoted) and not _transcript_label(doc, cand):
            continue
        words = _without_asides(doc, cand.content, quotes, before=max(cand.cue)) | \
            _fronted_part(doc, cand)
        content = _within_paragraph(doc.text, _spans(doc, words), cue, quotes)
        if not content:
            continue
        if not _transcript_label(doc, cand):
            content = _absorb_quotes(_quotation_cut(_unframed(doc.text, content, cue, quotes),
                                                    cue, quotes), quotes)
        content = _after_datelines(doc.text, content, filed)
        if not content:
            continue
        heads = conjuncts(doc, cand.speaker) if cand.speaker is not None else [None]
        heads = [h for h in heads if h is None or not _inside(doc.span_of([h]), filed)] or heads
        for head in heads:
            drafts.append(Draft(cand.rule, content, cue, head, frozenset(cand.cue),
                                co_speakers=tuple(heads) if len(heads) > 1 else ()))
    return drafts


def _after_datelines(text: str, content: list[Span], filed: list[Span]) -> list[Span]:
    """Content less a dateline it opens with."""
    kept = []
    for piece in content:
        line = next((d for d in filed if d.start <= piece.start < d.end), None)
        if line is None:
            kept.append(piece)
            continue
        rest = text[line.end : piece.end]
        start = line.end + len(rest) - len(rest.lstrip())
        if start < piece.end:
            kept.append(Span(start, piece.end))
    return kept


def _within_paragraph(text: str, content: list[Span], cue: Span,
                      quotes: list[Quote]) -> list[Span]:
    """'Biden says aid will continue\nBy JOSH BOAK Associated Press': what was said outside
    quotation marks stays in the paragraph (the line) of its cue, as a parser that ran the
    headline into the byline does not; a quotation may run on over paragraphs, and a line
    going on in lower case is a sentence wrapped, not a new paragraph."""
    kept: list[Span] = []
    for piece in content:
        breaks = [i for i in range(piece.start, piece.end) if text[i] == "\n"
                  and not text[i:piece.end].lstrip()[:1].islower()
                  and not any(q.span.start <= i < q.span.end for q in quotes)]
        if not breaks:
            kept.append(piece)
            continue
        bounds = [piece.start, *breaks, piece.end]
        lines = [Span(a, b) for a, b in zip(bounds, bounds[1:], strict=False)
                 if text[a:b].strip()]
        near = min(lines, key=lambda line: max(line.start - cue.end, cue.start - line.end, 0))
        line = text[near.start : near.end]
        start = near.start + len(line) - len(line.lstrip())
        kept.append(Span(start, near.start + len(line.rstrip())))
    return kept


def _relayed(doc: ParsedDoc, drafts: list[Draft]) -> list[Draft]:
    """'"We will respond," Putin said, according to the Kremlin.', 'The Kremlin said Putin
    had called Erdogan, Interfax reported.': a quotation tagged inside what 'according to'
    reports, or any speech inside what an outlet's closing 'reported' tag reports, is the
    words of its own speaker; the relay carries the same words, so its content becomes
    theirs and the speaker's attribution stays (one claim, two sources). Other reported
    speech inside 'according to' stays the relay's alone, as PolNeAR marks it ('According
    to a poll, 51 percent said ...')."""
    for relay in drafts:
        reported = relay.rule in ("inverted", "parenthetical") and relay.cue is not None and \
            doc.words[doc.word_at(relay.cue.start)].lemma == "report"
        if relay.rule != "according_to" and not reported:
            continue
        inner = next((d for d in drafts if d is not relay and _within(d, relay) and
                      d.speaker_head is not None and d.content and
                      (reported or doc.text[d.content[0].start] in OPENING_MARKS) and
                      lexicon.reporting_verbs().get(
                          doc.words[doc.word_at(d.cue.start)].lemma) == "speech" and
                      _inside(doc.span_of([d.speaker_head]), relay.content) and
                      all(_inside(piece, relay.content) for piece in d.content)), None)
        if inner is not None:
            relay.content = list(inner.content)
    return drafts


def _within(draft: Draft, other: Draft) -> bool:
    return draft.cue is not None and other.cue is not None and other is not draft and \
        any(piece.contains(draft.cue) for piece in other.content)


def _outermost(drafts: list[Draft]) -> list[Draft]:
    """'Clinton said Trump called her “Miss Piggy”': speech reported inside what someone
    else said is part of that claim, not the reporter's own attribution, so a cue inside
    the content another cue introduces is dropped. Two drafts that each hold the other's
    cue (a speech verb inside an unclosed transcript quotation) keep the one with less
    content."""
    size = {id(d): sum(len(piece) for piece in d.content) for d in drafts}
    kept = [d for d in drafts if not any(
        _within(d, other) and _within(other, d) and size[id(d)] > size[id(other)]
        for other in drafts)]
    return [d for d in kept if not any(_within(d, other) for other in kept)]


def _tags_of_introduced_quotations(doc: ParsedDoc, drafts: list[Draft]) -> list[Draft]:
    """'McCaskill scolded him: “...,” she said. “...”': a tag right after a quotation that a
    cue before it introduced with a colon, naming its speaker again by a pronoun, reports
    the same words; what the tag holds beyond them goes on with the introducing cue, and the
    tag is dropped (not '..., according to a letter', which reports the reporting)."""
    text = doc.text
    kept = list(drafts)
    for tag in drafts:
        first = tag.content[0] if tag.content else None
        if first is None or tag.cue is None or not first.end <= tag.cue.start or \
                tag.speaker_head is None or \
                doc.words[tag.speaker_head].lower not in SUBJECT_PRONOUNS or \
                text[first.start] not in OPENING_MARKS or \
                len(text[first.end : tag.cue.start]) > TAG_GAP or \
                "." in text[first.end : tag.cue.start]:
            continue
        host = next((d for d in kept if d is not tag and d.cue is not None and
                     d.cue.end <= first.start and first in d.content and
                     ":" in text[d.cue.end : first.start]), None)
        if host is not None:
            host.content = sorted(set(host.content) | set(tag.content))
            kept.remove(tag)
    return kept


def _transcript_label(doc: ParsedDoc, cand: Candidate) -> bool:
    """'"WALLACE: Do you really see ...': a transcript line quoted whole, whose label in
    capitals names the speaker."""
    return cand.rule == "colon" and cand.speaker is not None and \
        doc.words[cand.speaker].text.isupper()


def _about_speaking(doc: ParsedDoc, candidates: list[Candidate],
                    meta: dict[int, str]) -> list[Candidate]:
    """'The official spoke on condition of anonymity to discuss sensitive matters' is about
    the interview, not a claim, and so are '..., speaking anonymously because the talks were
    private, said' and '..., asking not to be named': in sentences that grant anonymity
    (`meta`) keep only cues with a clause content that is not the anonymity itself, and
    'according to' ('..., according to an official who requested anonymity to discuss
    ...')."""
    kept = []
    for cand in candidates:
        first = doc.words[min(cand.content)]
        if cand.sentence in meta and cand.rule != "according_to":
            opener = (first.upos == "ADP" or first.lower in REASON_OPENERS) and \
                not _rough_count(doc, first.index)
            if to_infinitive(doc, cand.cue[0]) or len(cand.cue) > 1 or \
                    first.lower in ("to", "not") or opener:
                continue
            said = _before_anonymity(doc, cand.content)
            if not any(doc.words[k].upos in SUBSTANCE for k in said):
                continue
            cand = replace(cand, content=said)
        kept.append(cand)
    return kept


def _rough_count(doc: ParsedDoc, k: int) -> bool:
    """'as many as 40 MPs', 'at least 30 people': words that open a rough count, not a
    reason or a phrase about the interview."""
    return k + 2 < len(doc.words) and doc.words[k + 1].lower in ("many", "much") and \
        doc.words[k + 2].lower == "as" or \
        k + 1 < len(doc.words) and doc.words[k].lower == "at" and \
        doc.words[k + 1].lower in ("least", "most")


def _discourse_marker(doc: ParsedDoc, cand: Candidate) -> bool:
    """'That said, the city still faces a deficit': a cue inside a set phrase that opens its
    sentence before a comma reports nothing."""
    first = doc.sentences[cand.sentence][0]
    for marker in lexicon.discourse_markers():
        size = len(marker.split())
        phrase = doc.sentences[cand.sentence][:size]
        if len(phrase) == size and cand.cue[0] in phrase and first + size < len(doc.words) \
                and " ".join(doc.words[k].lower for k in phrase) == marker and \
                doc.words[first + size].text == ",":
            return True
    return False


def _before_anonymity(doc: ParsedDoc, content: set[int]) -> set[int]:
    """The content up to the terms of anonymity inside it: 'confirmed the meeting on the
    condition of anonymity' said 'the meeting'; 'who did not want her name published'
    wanted only the anonymity itself."""
    words = sorted(content)
    said = " ".join(doc.words[k].lower for k in words)
    starts = [m.start() for phrase in lexicon.anonymity_grants()
              if (m := lexicon.find_phrase(phrase, said))]
    if not starts:
        return content
    cut = words[said[:min(starts)].count(" ")]
    return {k for k in content if k < cut}


def _quote_cue(doc: ParsedDoc, quote: Quote, used: set[int],
               quoted: list[Span]) -> tuple[int, int] | None:
    """A reporting verb with a subject in the quotation's sentences, outside it and outside
    every other quotation ('the people who want to ...' quoted is no cue)."""
    first = doc.word_at(quote.span.start) or doc.word_at(quote.span.start + 1)
    last = doc.word_at(quote.span.end - 1) or doc.word_at(quote.span.end - 2)
    if first is None or last is None:
        return None
    sentences = list(range(doc.words[first].sentence, doc.words[last].sentence + 1))
    tag = _tag_sentence(doc, quote, sentences[-1] + 1)
    if tag is not None:
        sentences.append(tag)
    options = []
    for sentence in sentences:
        for k in doc.sentences[sentence]:
            word = doc.words[k]
            if k in used or any(p.start <= word.start < p.end for p in quoted):
                continue
            if sentence == tag and any(not adverbial_clause(doc, c) and not listener(doc, c)
                                       for c in doc.children(k, *CONTENT_SLOTS)):
                continue
            if is_reporting_verb(doc, k) and not _describing(doc, k):
                speaker = subject_of(doc, k)
                if speaker is not None:
                    distance = min(abs(word.start - quote.span.end),
                                   abs(quote.span.start - word.end))
                    options.append((distance, k, speaker))
    if not options:
        return None
    _, verb, speaker = min(options)
    return verb, speaker


def _describing(doc: ParsedDoc, verb: int) -> bool:
    """'..., who requested anonymity because he was not authorized to speak, told Reuters':
    a verb deep inside a relative clause describes someone; it tags no quotation (the
    relative clause's own verb may: '..., said Rick Hasen, who tweeted ...'; nor is a verb
    the parser coordinated with it part of it)."""
    current = doc.words[verb].head
    if doc.words[verb].deprel == "acl:relcl":  # not 'who asked not to be named': its terms
        return grants_anonymity(doc.words, doc.subtree(verb))
    if doc.words[verb].deprel == "conj":
        return False
    while current is not None and doc.words[current].deprel != "conj":
        if doc.words[current].deprel == "acl:relcl":
            return True
        current = doc.words[current].head
    return False


def _opens_sentence(doc: ParsedDoc, quote: Quote) -> bool:
    """'“He deserved it,” the assailant told ...': the quotation is the first thing in its
    sentence, as a quotation is and a title set off by commas ('on ABC's “This Week,”') is
    not."""
    first = doc.word_at(quote.span.start)
    if first is None:
        return False
    sentence = doc.sentences[doc.words[first].sentence]
    return not doc.text[doc.words[sentence[0]].start : quote.span.start].strip(" \n" + EDGE_MARKS)


def _whole_sentence(doc: ParsedDoc, quote: Quote) -> bool:
    """'“It's over,” Mr. Brown said. “We lost.”': a short quotation that is a sentence of its
    own, closed by its full stop, is speech, not a scare quote or a title."""
    last = doc.word_at(quote.span.end - 1)
    if last is None or quote.inner(doc.text).rstrip()[-1:] not in ".!?":
        return False
    sentence = doc.sentences[doc.words[last].sentence]
    rest = doc.text[quote.span.end : doc.words[sentence[-1]].end]
    return _opens_sentence(doc, quote) and not rest.strip(" \n" + EDGE_MARKS)


def _after_colon(text: str, quote: Quote) -> bool:
    """'before adding: “But not today.”': a quotation a colon introduces is speech, however
    short."""
    return text[: quote.span.start].rstrip().endswith(":")


def _headline_quote(doc: ParsedDoc, quote: Quote,
                    used: set[int]) -> tuple[int, int] | None:
    """''Stop the war': Protesters march on parliament': a quotation opening a paragraph,
    a colon right after it, and a line naming who said it: the colon is the cue and the
    subject of the line the speaker."""
    text = doc.text
    if text[quote.span.end :].lstrip(" ")[:1] != ":" or \
            text[: quote.span.start].rstrip(" ")[-1:] not in ("", "\n"):
        return None
    colon = doc.word_at(quote.span.end + text[quote.span.end :].index(":"))
    if colon is None or colon in used or colon + 1 >= len(doc.words):
        return None
    root = colon + 1
    while doc.words[root].head is not None and doc.words[root].head > colon:
        root = doc.words[root].head
    subjects = [k for k in doc.children(root, *SUBJECT_RELATIONS) if k > colon]
    if subjects:
        return colon, subjects[0]
    line = [k for k in range(colon + 1, len(doc.words))
            if doc.words[k].sentence == doc.words[colon].sentence]
    named = [k for k in line if doc.words[k].entity == "PERSON"]
    if named:  # 'Union leader Sharon Graham warns of strikes', however it is parsed
        last = named[0]
        while last + 1 in named:
            last += 1
        return colon, last
    people = [k for k in line if doc.words[k].upos == "NOUN" and
              lexicon.source_nouns().get(doc.words[k].lemma) in PERSON_CATEGORIES]
    return (colon, people[0]) if people else None


def _broken_off(text: str, quote: Quote) -> bool:
    """'“Really,” she added.', '“Stay there!” yelled a man': a short quotation that breaks
    off at a comma, question or exclamation mark is speech waiting for its tag, not a
    scare quote or a title."""
    return quote.inner(text).rstrip()[-1:] in ",!?"


def _gesture_before(doc: ParsedDoc, quote: Quote, used: set[int]) -> tuple[int, int] | None:
    """'I asked the mayor why the bridge was closed. She sighed. “Money.”': a quotation that
    opens its sentence right after a short sentence in which a person does something
    without speaking ('She sighed.', 'Okafor shrugged.') is that person's answer."""
    if not _opens_sentence(doc, quote):
        return None
    first = doc.word_at(quote.span.start)
    if first is None or doc.words[first].sentence == 0:
        return None
    before = doc.sentences[doc.words[first].sentence - 1]
    words = [k for k in before if doc.words[k].upos != "PUNCT"]
    verb = next((k for k in words if doc.words[k].deprel == "root"), None)
    if verb is None or len(words) > GESTURE_WORDS or verb in used or \
            doc.words[verb].upos != "VERB" or is_reporting_verb(doc, verb) or \
            doc.children(verb, "obj", "ccomp", "xcomp") or \
            "\n" in doc.text[doc.words[before[-1]].end : quote.span.start]:
        return None
    subjects = doc.children(verb, "nsubj")
    if not subjects or not (doc.words[subjects[0]].lower in PRONOUN_GENDER or
                            doc.words[subjects[0]].entity == "PERSON"):
        return None
    return verb, subjects[0]


def _manner_tag(doc: ParsedDoc, quote: Quote, used: set[int]) -> tuple[int, int] | None:
    """'“This is fantastic!” beamed Donald Hartley', '“We did it,” she laughed.': right
    after a quotation that breaks off at a comma, question or exclamation mark, a verb the
    lexicon does not list still tags it when the parser hung the quotation on it, its
    speaker stands next to it and it takes no object, clause or particle of its own."""
    if not _broken_off(doc.text, quote):
        return None
    after = [k for k in doc.words_in(Span(quote.span.end, len(doc.text)))[:TAG_REACH]
             if doc.words[k].upos != "PUNCT"]
    verb = next((k for k in after if doc.words[k].upos in ("VERB", "AUX")), None)
    if verb is None or doc.words[verb].upos != "VERB" or verb in used or \
            doc.words[verb].xpos not in ("VBD", "VBZ", "VBP") or \
            doc.children(verb, "compound:prt", "aux:pass") or \
            not any(quote.span.start <= doc.words[c].start < quote.span.end
                    for c in doc.children(verb, "ccomp", "parataxis")):
        return None
    own = [c for c in doc.children(verb, "obj", "ccomp", "xcomp", "nsubj") if c > verb]
    subjects = [c for c in doc.children(verb, "nsubj") if c < verb]
    if subjects and not own:
        first = min(k for k in doc.subtree(subjects[0]) if doc.words[k].upos != "PUNCT")
        return (verb, subjects[0]) if first == after[0] else None
    if not subjects and verb == after[0] and len(own) == 1 and \
            doc.words[own[0]].upos in ("NOUN", "PROPN") and \
            min(doc.subtree(own[0])) == verb + 1:
        return verb, own[0]
    return None


def _verdict_after(doc: ParsedDoc, quote: Quote, used: set[int]) -> tuple[int, int] | None:
    """'“We will win.” That was the verdict of coach Smith.': a sentence right after the
    quotation that calls it someone's verdict, message or view names who said it."""
    after = doc.words_in(Span(quote.span.end, len(doc.text)))
    if not after or doc.words[after[0]].lower not in ("that", "this", "such") or \
            doc.words[after[0]].sentence == doc.words[doc.words_in(quote.span)[-1]].sentence:
        return None
    noun = doc.words[after[0]].head
    if noun is None or doc.words[noun].lemma not in VERDICTS or noun in used or \
            not doc.children(noun, "cop"):
        return None
    owners = _owners(doc, noun)
    return (noun, owners[0]) if owners else None


def _owners(doc: ParsedDoc, noun: int) -> list[int]:
    """Whose verdict or message a noun is: its 'of' or 'from' phrases ('the verdict of coach
    Smith', 'the message from the council')."""
    return [k for k in doc.children(noun, "nmod") if any(
        doc.words[c].lower in ("of", "from") for c in doc.children(k, "case"))]


def _split_quote_host(text: str, quote: Quote, drafts: list[Draft],
                      quoted: list[Span]) -> Draft | None:
    """'“Every time you say that,” Tester said, referring to ..., “you give ammunition ...”':
    a quotation broken off at a comma by a speech tag is the first part of what that tag's
    quotation goes on to say."""
    if not text[: quote.span.end].rstrip(EDGE_MARKS + " ").endswith(","):
        return None
    for draft in drafts:
        if draft.cue is None or not 0 <= draft.cue.start - quote.span.end <= SPLIT_GAP:
            continue
        gap = text[quote.span.end : draft.cue.start]
        opening = draft.content[0]
        if not any(mark in gap for mark in ".?!") and opening.start >= draft.cue.end and \
                any(piece.start <= opening.start < piece.end for piece in quoted):
            return draft
    return None


def _split_quote_tail(text: str, quote: Quote, drafts: list[Draft],
                      quoted: list[Span]) -> Draft | None:
    """'“It's not about the money,” Sarah Lin said, “it's about trust.”': a quotation opening
    right after the comma after the speech verb that broke off a quotation at a comma goes
    on with it, however short."""
    for draft in drafts:
        if draft.cue is None or not 0 <= quote.span.start - draft.cue.end <= SPLIT_GAP:
            continue
        closing = draft.content[-1]
        if text[draft.cue.end : quote.span.start].strip() == "," and \
                closing.end <= draft.cue.start and \
                text[: closing.end].rstrip(EDGE_MARKS + " ").endswith(",") and \
                any(piece.start <= closing.start < piece.end for piece in quoted):
            return draft
    return None


def _tag_sentence(doc: ParsedDoc, quote: Quote, sentence: int) -> int | None:
    """'“Why isn’t this proof?” Vitter demanded.', '“... that are missing.” Trump said.':
    after a quotation closing on a full stop, question or exclamation mark the splitter
    makes the speech tag a sentence of its own (in the same paragraph: the next one's first
    sentence tags nothing before it)."""
    inner = quote.inner(doc.text).rstrip().rstrip("".join(EDGE_MARKS))
    if sentence >= len(doc.sentences) or inner[-1:] not in "?!." or \
            inner[-1:] == "." and _follows_a_tag(doc, quote):
        return None
    words = doc.sentences[sentence]
    gap = doc.text[quote.span.end : doc.words[words[0]].start]
    same_paragraph = not gap.strip() and "\n" not in gap
    return sentence if same_paragraph and len(words) <= TAG_WORDS else None


def _follows_a_tag(doc: ParsedDoc, quote: Quote) -> bool:
    """'“It's safe,” the engineer said. “Completely.” Residents said otherwise.': a
    quotation closing on a full stop right after a quoted sentence with a speech verb in
    its paragraph goes on from that speaker; the sentence after it is no tag of it."""
    first = doc.word_at(quote.span.start) or doc.word_at(quote.span.start + 1)
    if first is None or doc.words[first].sentence == 0:
        return False
    before = doc.sentences[doc.words[first].sentence - 1]
    gap = doc.text[doc.words[before[-1]].end : quote.span.start]
    quoted = any(q.span.end <= quote.span.start and q.span.end > doc.words[before[0]].start
                 for q in doc.quotes)
    return "\n" not in gap and quoted and any(is_reporting_verb(doc, k) for k in before)


def _introducer(doc: ParsedDoc, quote: Quote,
                used: set[int]) -> tuple[int, int, int | None] | None:
    """'Viguerie notes:' or 'One diplomat put it bluntly:' closing the paragraph before the
    quotation: the last speech verb (or way of saying) of the sentence that ends in a colon
    right before the quotation, with its subject ('The coach was blunt:', 'The message
    from the council was clear:' name theirs too), or
    else a name right before the colon (then the colon is the cue). A verb that already
    has content ('as Pollak observed, the biggest victor was the stage itself:') comes
    back with no speaker: the quotation goes on with what it said."""
    before = doc.text[: quote.span.start].rstrip()
    if before.endswith(".") and doc.text[len(before):quote.span.start].count("\n"):
        return _recounting(doc, doc.word_at(len(before) - 1), used)
    if not before.endswith(":"):
        return None
    colon = doc.word_at(len(before) - 1)
    if colon is None or doc.words[colon].text != ":":
        return None
    sentence = doc.sentences[doc.words[colon].sentence]
    verbs = [k for k in sentence
             if k < colon and (is_reporting_verb(doc, k) or saying_objects(doc, k))
             and not _describing(doc, k)]
    manner = [k for k in sentence if k < colon and _manner(doc, k)
              and doc.words[k].deprel == "root"
              and doc.children(k, "cop", "aux:pass") and doc.children(k, *SUBJECT_RELATIONS)]
    if not verbs and manner and manner[0] not in used:  # 'The coach was blunt:'
        return manner[0], colon, doc.children(manner[0], *SUBJECT_RELATIONS)[0]
    messages = [k for k in sentence if k < colon and doc.words[k].lemma in VERDICTS
                and doc.words[k].deprel == "nsubj" and k not in used]
    owners = _owners(doc, messages[0]) if messages else []
    if not verbs and owners:  # 'The message from the council was clear:'
        return messages[0], colon, owners[0]
    if not verbs:
        name = _name_before_colon(doc, colon) or _actor_before_colon(doc, colon)
        return (colon, colon, name) if name is not None and colon not in used else None
    if verbs[-1] in used:
        return verbs[-1], colon, None
    speaker = subject_of(doc, verbs[-1])
    return (verbs[-1], colon, speaker) if speaker is not None else None


def _manner(doc: ParsedDoc, k: int) -> bool:
    """'blunt', 'blunter', 'more candid', and for a person any comparison ('The mayor was less
    diplomatic:'): how someone spoke."""
    word = doc.words[k]
    if word.lower in MANNERS or word.lower.removesuffix("er") in MANNERS or \
            word.lower.removesuffix("r") in MANNERS:
        return True
    compared = word.xpos in ("JJR", "RBR") or any(
        doc.words[c].lower in ("more", "less") for c in doc.children(k, "advmod"))
    subjects = doc.children(k, *SUBJECT_RELATIONS)
    return compared and bool(subjects) and _personal(doc, subjects[0])


def _personal(doc: ParsedDoc, k: int) -> bool:
    """A person by name, pronoun or post ('Reilly', 'she', 'the mayor')."""
    word = doc.words[k]
    return word.entity == "PERSON" or word.lower in PRONOUN_GENDER or \
        lexicon.source_nouns().get(word.lemma) in ("role", "title")


def _recounting(doc: ParsedDoc, stop: int | None,
                used: set[int]) -> tuple[int, int, int | None] | None:
    """'She described the next few hours in an interview last week.' closing the paragraph
    before a quotation: a verb of recounting heading that sentence, with a subject and
    nothing said yet, introduces what follows."""
    if stop is None:
        return None
    verbs = [k for k in doc.sentences[doc.words[stop].sentence]
             if doc.words[k].deprel == "root" and doc.words[k].lemma in RECOUNTING]
    if not verbs or verbs[0] in used:
        return None
    speaker = subject_of(doc, verbs[0])
    return (verbs[0], verbs[0], speaker) if speaker is not None else None


def _block_quotes(doc: ParsedDoc, drafts: list[Draft], blocked: list[Span]) -> list[Draft]:
    """'The governor added:' closing a paragraph, then a paragraph with no quotation marks:
    a block quotation (its markup lost in the text) of what the speaker said. Only a speech
    verb heading its sentence, with a subject and nothing said yet, introduces one ('X
    reminded viewers that ...:' has its content already; 'what we know so far:' is no
    speech)."""
    taken = [span for d in drafts for span in d.content]
    added = []
    for para, following in pairwise(doc.paragraphs):
        head = doc.text[para.start : para.end].rstrip()
        body = doc.text[following.start : following.end]
        if not head.endswith(":") or body.lstrip()[:1] in EDGE_MARKS or \
                _inside(following, blocked) or any(following.overlaps(s) for s in taken):
            continue
        colon = doc.word_at(para.start + len(head) - 1)
        if colon is None or doc.words[colon].text != ":" or len(body.split()) < MIN_QUOTE_WORDS:
            continue
        verbs = [k for k in doc.sentences[doc.words[colon].sentence]
                 if k < colon and is_reporting_verb(doc, k) and doc.words[k].deprel == "root"
                 and lexicon.reporting_verbs()[doc.words[k].lemma] not in NON_SPEECH]
        if not verbs or doc.children(verbs[-1], *CONTENT_SLOTS) or \
                any(q.span.start < doc.words[verbs[-1]].start < q.span.end for q in doc.quotes):
            continue
        speaker = subject_of(doc, verbs[-1])
        if speaker is not None:
            cue_words = [verbs[-1], colon] if colon - verbs[-1] <= CUE_TO_COLON else [verbs[-1]]
            added.append(Draft("block_quote", [following],
                               _cue_span(doc, cue_words), speaker, frozenset(cue_words)))
    return added


def _issued(doc: ParsedDoc, quote: Quote) -> tuple[int, int, int] | None:
    """'Senator John Cornyn issued a statement regarding the decision. “Like many Texans,
    I am disappointed ...”': a quotation opening the sentence after one in which someone
    issues a statement, remarks or a letter is that statement: (verb, noun, speaker)."""
    first = doc.word_at(quote.span.start)
    if first is None or not _opens_sentence(doc, quote) or doc.words[first].sentence == 0:
        return None
    previous = doc.sentences[doc.words[first].sentence - 1]
    if "\n" in doc.text[doc.words[previous[-1]].end : quote.span.start]:
        return None
    for verb in previous:
        nouns = [o for o in doc.children(verb, "obj")
                 if lexicon.cue_nouns().get(doc.words[o].lemma) == "speech"]
        if not nouns or doc.words[verb].upos != "VERB":
            continue
        speaker = subject_of(doc, verb)
        if speaker is not None:
            return verb, nouns[0], speaker
    return None


def _name_before_colon(doc: ParsedDoc, colon: int) -> int | None:
    """'- Jeffrey M. Jones: “...”', 'More from Jones: “...”', '... doesn't surprise pollster
    Daron Shaw: “...”': a person's name right before the colon, after a dash, 'from', the
    start of its line or the person's title, introduces the quotation."""
    name = colon - 1
    while name >= 0 and doc.words[name].sentence == doc.words[colon].sentence and \
            (doc.words[name].entity == "PERSON" or doc.words[name].upos == "PROPN"
             and not in_capitals(doc.words[name].text)) and colon - name <= NAME_WORDS:
        name -= 1
    if name == colon - 1:
        return None
    before = doc.words[name] if name >= 0 else None
    opens = before is None or before.text in DASHES or before.lower == "from" or \
        "\n" in doc.text[before.end : doc.words[name + 1].start] or \
        lexicon.source_nouns().get(before.lemma) in ("role", "title")
    return colon - 1 if opens else None


def _actor_before_colon(doc: ParsedDoc, colon: int) -> int | None:
    """'He then listed the qualities a nominee needs:' before a quotation: a person or body
    who does something that ends in a colon presents what follows."""
    sentence = doc.sentences[doc.words[colon].sentence]
    root = next((k for k in sentence if doc.words[k].head is None), None)
    if root is None or doc.words[root].upos != "VERB":
        return None
    for subject in doc.children(root, "nsubj"):
        word = doc.words[subject]
        if word.lower in SUBJECT_PRONOUNS or word.entity in ("PERSON", "ORG"):
            return subject
    return None


def _dash_signature(doc: ParsedDoc, quote: Quote) -> tuple[int, int] | None:
    """'“We deserve better.” ― Sonya Herridge': a dash after the quotation, then a name."""
    end = quote.span.end
    rest = doc.text[end : end + 4]
    at = next((i for i, ch in enumerate(rest) if not ch.isspace()), None)
    if at is None or rest[at] not in DASHES:
        return None
    dash = doc.word_at(end + at)
    if dash is None or dash + 1 >= len(doc.words):
        return None
    name = dash + 1
    while doc.words[name].head is not None and doc.words[doc.words[name].head].upos == "PROPN" \
            and doc.words[doc.words[name].head].sentence == doc.words[name].sentence \
            and doc.words[name].deprel in ("flat", "compound", "flat:name") \
            and "\n" not in doc.text[doc.words[name].end : doc.words[doc.words[name].head].start]:
        name = doc.words[name].head
    return (dash, name) if doc.words[name].upos in ("PROPN", "NOUN") else None


def _quote_drafts(doc: ParsedDoc, quotes: list[Quote], drafts: list[Draft],
                  blocked: list[Span]) -> list[Draft]:
    """Quotations no cue rule claimed: attach to a cue in their sentence, join the previous
    attribution of their paragraph ('X said. “More.”' is one attribution), or follow the
    speaker of one in the previous paragraph."""
    text = doc.text
    paras = doc.paragraphs

    def paragraph_of(offset: int) -> int:
        return next((i for i, p in enumerate(paras) if p.start <= offset < p.end), -1)

    used = {k for d in drafts for k in d.cue_words}
    quoted = [piece for q in quotes for piece in q.pieces]
    added: list[Draft] = []
    for quote in quotes:
        taken = any(piece.overlaps(span) for d in drafts + added for span in d.content
                    for piece in quote.pieces)
        gesture = None if _inside(quote.span, blocked) else _gesture_before(doc, quote, used)
        if gesture is not None and not taken:
            verb, speaker = gesture
            used.add(verb)
            added.append(Draft("quote_cue", list(quote.pieces), _cue_span(doc, [verb]), speaker,
                               frozenset({verb})))
            continue
        tail = _split_quote_tail(text, quote, drafts, quoted)
        if tail is not None and not _inside(quote.span, blocked):
            tail.content.extend(quote.pieces)
            continue
        short = quote.inner(text).count(" ") + 1 < MIN_QUOTE_WORDS
        headline = _headline_quote(doc, quote, used)
        whole = short and (_whole_sentence(doc, quote) or _after_colon(text, quote) or
                           headline is not None)
        if _inside(quote.span, blocked) or short and not (_broken_off(text, quote) or whole):
            continue
        if taken:
            continue
        if _scare_quoted(text, quote) or _set_in(text, quote):
            continue
        host = _split_quote_host(text, quote, drafts, quoted)
        if host is not None:
            host.content[:0] = quote.pieces
            continue
        if _named_work(text, quote):
            continue
        if short:
            found = headline or _manner_tag(doc, quote, used) or \
                _verdict_after(doc, quote, used) or (
                    _quote_cue(doc, quote, used, quoted) if _opens_sentence(doc, quote) else None)
        else:
            found = headline or _quote_cue(doc, quote, used, quoted) or \
                _dash_signature(doc, quote) or _manner_tag(doc, quote, used) or \
                _verdict_after(doc, quote, used)
        if found is not None:
            verb, speaker = found
            used.add(verb)
            cue = _cue_span(doc, [verb])
            added.append(Draft("quote_cue", list(quote.pieces), cue, speaker, frozenset({verb})))
            continue
        if short and not whole:
            continue
        introduced = _introducer(doc, quote, used)
        if introduced is not None and introduced[0] in used:
            host = next((d for d in drafts + added if introduced[0] in d.cue_words), None)
            if host is not None:
                host.content.extend(quote.pieces)
                continue
        elif introduced is not None:
            verb, colon, speaker = introduced
            used.add(verb)
            cue_words = sorted({verb, colon}) if colon - verb <= CUE_TO_COLON else [verb]
            added.append(Draft("introduced_quote", list(quote.pieces), _cue_span(doc, cue_words),
                               speaker, frozenset(cue_words)))
            continue
        if _title(quote.inner(text)):
            continue
        here = paragraph_of(quote.span.start)
        previous = [d for d in drafts + added
                    if d.cue is not None and here - 1 <= paragraph_of(d.cue.start) <= here
                    and d.cue.start < quote.span.start and d.speaker_head is not None
                    and not _describes_a_speaker(doc, d, drafts + added)]
        if previous:
            prior = max(previous, key=lambda d: d.cue.start)
            if paragraph_of(prior.cue.start) == here:
                prior.content.extend(quote.pieces)
            else:
                added.append(Draft("continuation", list(quote.pieces), None, None,
                                   implicit=True, follows=prior))
        elif (issued := _issued(doc, quote)) is not None:
            verb, noun, speaker = issued
            added.append(Draft("issued_statement", list(quote.pieces),
                               _cue_span(doc, [verb, noun]), speaker, frozenset({verb, noun})))
        elif _is_quotation(text, quote):
            added.append(Draft("unattributed_quote", list(quote.pieces), None, None))
    return added


def _describes_a_speaker(doc: ParsedDoc, draft: Draft, drafts: list[Draft]) -> bool:
    """'“...,” said Gregory W. Slayton, ... who is now supporting Senator Marco Rubio. “...”':
    a cue inside another speaker's description is no tag a later quotation goes on from."""
    return any(other is not draft and other.speaker_head is not None and
               draft.cue_words & set(doc.subtree(other.speaker_head)) for other in drafts)


def _not_a_speaker(doc: ParsedDoc, draft: Draft, reading: MentionReading) -> bool:
    """'key issues that want ...', 'skepticism': a thinking or wanting verb whose subject is an
    unlisted thing, not a person, body or document, is no attribution."""
    if reading.kind != SourceKind.UNRESOLVED or reading.mention.kind != "description":
        return False
    verb = doc.words[min(draft.cue_words)] if draft.cue_words else None
    return verb is not None and lexicon.reporting_verbs().get(verb.lemma) in NON_SPEECH


def _without_framing_subject(doc: ParsedDoc, draft: Draft) -> Draft:
    """'It is tempting to argue that ...', 'It is fair to say that ...': the writer's own
    framing, a verb of speech under 'it is' and a judgment, has no one speaking, and the
    'it' is no source."""
    if not draft.cue_words or draft.speaker_head is None:
        return draft
    verb = doc.words[min(draft.cue_words)]
    head = verb.head
    if verb.xpos not in ("VB", "VBG") or verb.deprel not in ("csubj", "xcomp") or head is None \
            or doc.words[draft.speaker_head].lower != "it" or \
            draft.speaker_head not in doc.children(head, "expl", "nsubj"):
        return draft
    judged = doc.words[head].upos == "ADJ" or doc.children(head, "cop") or \
        doc.words[head].xpos == "VBG" and doc.children(head, "aux")  # 'it is tempting to'
    if not judged:
        return draft
    return replace(draft, speaker_head=None)


def _reporters_question(doc: ParsedDoc, draft: Draft) -> bool:
    """'Asked whether she would resign, the minister said ...', 'He was asked how the war
    would end': a question put to someone, with no one named asking it, is the reporter's,
    no claim."""
    if not draft.cue_words or draft.speaker_head is not None:
        return False
    verb = doc.words[min(draft.cue_words)]
    return verb.lemma in ASKING and not doc.children(verb.index, "obl:agent")


def _refused(doc: ParsedDoc, draft: Draft, disclosure: Disclosure) -> bool:
    """'would not say whether he opposed the plan', 'declined to comment, citing the
    litigation': a cue in a clause that a refusal to comment opens, or in one that gives
    its reason by other than saying it or by what is not said ('citing a policy of not
    discussing personnel matters'), is part of the refusal, which claims nothing ('declined
    to comment but said ...' and '..., saying the case was open' go on to a claim)."""
    refusal = set(doc.words_in(disclosure.span))
    if not draft.cue_words or not refusal:
        return False
    cue = min(draft.cue_words)
    word = cue
    while doc.words[word].head is not None and doc.words[word].head not in refusal:
        word = doc.words[word].head
    relation = doc.words[word].deprel if doc.words[word].head is not None else None
    negated = any(doc.words[k].lower in lexicon.NEGATIONS for k in doc.children(cue, "advmod"))
    return relation in ("ccomp", "xcomp") or relation == "advcl" and (
        negated or lexicon.reporting_verbs().get(doc.words[cue].lemma) not in SPEECH_CLASSES)


def _relative_pronoun_only(text: str, draft: Draft) -> bool:
    """'The plan, which was first reported by The Wall Street Journal, would ...': a
    relative pronoun alone says who broke a story, not anything said."""
    return len(draft.content) == 1 and \
        text[draft.content[0].start:draft.content[0].end].lower() in RELATIVE


def _left_undone(doc: ParsedDoc, draft: Draft) -> bool:
    """'claimed, without offering proof, that ...', 'left without saying goodbye': what
    someone did without saying it was not said."""
    return bool(draft.cue_words) and any(
        doc.words[k].lower == "without" for k in doc.children(min(draft.cue_words), "mark"))


def _supposed(doc: ParsedDoc, draft: Draft) -> bool:
    """'One might ask why ...', 'You might think ...', 'Would anyone argue that ...?': a
    generic 'one' or 'you' with a modal of supposition, or a rhetorical 'anyone' in a
    question, is the writer supposing, not anyone on record."""
    if not draft.cue_words or draft.speaker_head is None:
        return False
    verb = doc.words[min(draft.cue_words)]
    subject = doc.words[draft.speaker_head].lower
    modals = {doc.words[k].lower for k in doc.children(verb.index, "aux")}
    sentence = doc.sentences[verb.sentence]
    return subject in GENERIC_PEOPLE and bool(modals & HYPOTHETICAL_MODALS) or \
        subject in RHETORICAL_PEOPLE and doc.words[sentence[-1]].text == "?"


def _knowing(doc: ParsedDoc, draft: Draft) -> bool:
    """'An official who has spoken with Netanyahu about the plan said ...': a relative clause
    that opens with what the source knows ('who has spoken with') is part of how the source
    is described, not something the source said."""
    start = draft.speaker_head
    lowered = [w.lower for w in doc.words[start : start + KNOWLEDGE_REACH]]
    return any(tuple(lowered[: len(phrase)]) == phrase and
               draft.cue_words & set(range(start, start + len(phrase)))
               for phrase in lexicon.knowledge_phrases())


def _scare_quoted(text: str, quote: Quote) -> bool:
    before = text[max(0, quote.span.start - 12) : quote.span.start].lower()
    return any(marker in before for marker in SCARE_MARKERS) or \
        NAMING_MARKER.search(before.rstrip()) is not None


def _set_in(text: str, quote: Quote) -> bool:
    """'he said on MSNBC’s “Morning Joe.”', 'Trump wrote in “The Art of the Deal” that ...':
    a title-case quotation a few words after 'in' or 'on' names where something was said."""
    before = text[max(0, quote.span.start - SETTING_REACH) : quote.span.start]
    # American style closes the sentence inside the marks: 'on CNN's “State of the Union.”'
    inner = quote.inner(text).rstrip().removesuffix(".")
    return SETTING_BEFORE.search(before) is not None and _title(inner)


def _named_work(text: str, quote: Quote) -> bool:
    """'The band released a new single, “Nothing Left to Say,” on Friday.': a title set off
    right after a noun for a work is that work's name, not anyone's words."""
    before = text[max(0, quote.span.start - TITLE_REACH) : quote.span.start].rstrip(" ,")
    last = re.findall(r"[A-Za-z]+", before)[-1:]
    return bool(last) and last[0].lower() in WORK_NOUNS and _title(quote.inner(text))


def _title(inner: str) -> bool:
    """'“The Rachel Maddow Show”', '“Ban on Face Coverings”': a quotation with no tag whose
    every word but the small ones is capitalised, and no sentence's end closes, names a
    show, a slogan or a measure; nobody is heard ('“We're America.”' is speech)."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", inner) if w.lower() not in TITLE_SMALL]
    ending = inner.rstrip(EDGE_MARKS + ", ")[-1:]
    return len(words) >= TITLE_WORDS and all(w[0].isupper() for w in words) and \
        ending not in SENTENCE_END


def _is_quotation(text: str, quote: Quote) -> bool:
    """A quotation with no cue anywhere near is still speech when it reads like a sentence;
    a short phrase is a scare quote or a title."""
    inner = quote.inner(text).strip()
    return len(inner.split()) >= ORPHAN_QUOTE_WORDS or inner[-1:] in SENTENCE_END


def _together(doc: ParsedDoc, draft: Draft, mention: Mention) -> Mention:
    """'Mr. King and Mr. Schultz said': each speaker's mention is the whole coordination,
    as it is written, while each still gets a source of their own."""
    words = [k for head in draft.co_speakers
             for k in mention_words(doc, head, draft.cue_words)]
    span = Span(doc.words[min(words)].start, doc.words[max(words)].end)
    return Mention(span, doc.text[span.start : span.end], mention.kind)


def _resolve_speakers(parsed: ParsedDoc, drafts: list[Draft], book: SourceBook) -> SpeakerIndex:
    """Read each draft's speaker and file it under a source, in text order; a draft with no
    speaker of its own takes the one it continues; a draft whose 'speaker' is no speaker
    at all is marked dropped."""
    names = parsed.person_names
    index = SpeakerIndex({}, {})
    # a mention that speaks twice ('A second source says ... and is focused on ...') is one
    # source, however its words read ('second' would make each reading a new one); each of
    # several speakers named together ('X and Y said') is read from its own word
    heard: dict[tuple[Span, int], int] = {}
    for position, draft in enumerate(drafts):
        if draft.speaker_head is None:
            if draft.follows is not None:
                draft.source_id = draft.follows.source_id
                draft.speaker = draft.follows.speaker
            continue
        antecedent = _bound_pronoun(parsed, resolve_relative(parsed, draft.speaker_head))
        reading = read_mention(parsed, antecedent, draft.cue_words, names,
                               min(draft.cue_words) if draft.cue_words else None)
        if _not_a_speaker(parsed, draft, reading) or \
                antecedent != draft.speaker_head and _knowing(parsed, draft):
            draft.dropped = True
            continue
        if antecedent != draft.speaker_head:
            word = parsed.words[draft.speaker_head]
            reading.mention = Mention(Span(word.start, word.end), word.text, "pronoun")
        if draft.co_speakers:
            reading.mention = _together(parsed, draft, reading.mention)
        if (reading.mention.span, antecedent) in heard:
            draft.source_id = heard[reading.mention.span, antecedent]
            draft.speaker = reading.mention
            continue
        source = book.add(reading, position)
        heard[reading.mention.span, antecedent] = source.id
        draft.source_id, draft.speaker = source.id, reading.mention
        sentence = parsed.words[draft.speaker_head].sentence
        index.mention_sentences.setdefault(source.id, set()).add(sentence)
        index.by_sentence.setdefault(sentence, source.id)
    return index


def _bound_pronoun(doc: ParsedDoc, subject: int) -> int:
    """'Trump — even as he says his experience qualifies him — has proposed little': 'he' or
    'she' in a clause that hangs inside another stands for the person named, before it, as
    the subject of that other clause, when the name's gender does not rule it out."""
    word = doc.words[subject]
    wanted = PRONOUN_GENDER.get(word.lower)
    clause = word.head
    if wanted is None or word.deprel not in ("nsubj", "nsubj:pass"):
        return subject
    # up from the pronoun's clause, but not out of a relative clause ('Halbritter, who ...
    # because he claimed': 'he' is who the clause tells of, not the sentence's subject)
    while clause is not None and doc.words[clause].deprel != "acl:relcl":
        clause = doc.words[clause].head
        for named in doc.children(clause, "nsubj", "nsubj:pass") if clause is not None else ():
            named = resolve_relative(doc, named)
            name = _person_named_at(doc, named)
            if named < subject and name and gender_of("", name) in (None, wanted):
                return named
    return subject


def _person_named_at(doc: ParsedDoc, k: int) -> str | None:
    """The name of the person the tagger found at a word, if any."""
    start = doc.words[k].start
    return next((e.text for e in doc.entities if e.type == "PERSON" and
                 e.span.start <= start < e.span.end), None)


def _cited(doc: ParsedDoc, draft: Draft, drafts: list[Draft]) -> Draft:
    """'..., ESPN reported, citing league sources': the people a report cites are sources of
    what that report says, wherever its content lies (the clause before a tag included),
    not the content of 'citing'."""
    if len(draft.cue_words) != 1 or draft.rule != "verb_complement":
        return draft
    verb = doc.words[next(iter(draft.cue_words))]
    if "citation" not in lexicon.verb_frames().get(verb.lemma, ()) or verb.xpos != "VBG" or \
            verb.head is None:
        return draft
    cited = [o for o in doc.children(verb.index, "obj") if cites_someone(doc, o)
             and not doc.children(o, "acl:relcl") and not _crowd(doc, o)]
    report = next((d for d in drafts if verb.head in d.cue_words), None)
    if not cited or report is None:
        return draft
    return Draft("citing", report.content, draft.cue, cited[0], draft.cue_words)


def _quoted_as_saying(doc: ParsedDoc, draft: Draft, drafts: list[Draft]) -> Draft:
    """'Putin was quoted by the Interfax news agency as saying that ...', 'Interfax quoted a
    source as saying that ...': what the outlet quotes is what the person it quotes said,
    not the person."""
    if len(draft.cue_words) != 1:
        return draft
    verb = next(iter(draft.cue_words))
    if doc.words[verb].lemma not in QUOTING:
        return draft
    saying = [c for c in doc.children(verb, "advcl", "xcomp")
              if {doc.words[m].lower for m in doc.children(c, "mark")} == {"as"} and
              (doc.children(verb, "aux:pass") or quoted_person(doc, c) is not None)]
    said = next((d for d in drafts for c in saying if c in d.cue_words), None)
    if said is None:
        return draft
    return Draft(draft.rule, said.content, draft.cue, draft.speaker_head, draft.cue_words)


def _crowd(doc: ParsedDoc, noun: int) -> bool:
    """'citing the many Americans who had given up': people cited as a fact, not as
    informants, unless something says what they know ('people familiar with the matter')."""
    knowing = {phrase[0] for phrase in lexicon.knowledge_phrases()}
    return lexicon.source_nouns().get(doc.words[noun].lemma) == "vague" and not any(
        doc.words[c].lower in knowing for c in doc.children(noun, "amod", "acl"))


def _unnamed_subjects(doc: ParsedDoc, quoted: list[Span]) -> tuple[Placed, Placed]:
    """Unnamed subjects of a sentence's main verb outside quotations, read as mentions: plural
    nouns for people, bodies or crowds (not documents: 'The results revealed ...'), whom a
    later 'they' may mean ('Prosecutors charged Smith with fraud.'), and single unnamed
    people, bodies or documents, whom a later 'she' or 'it' may mean ('The nurse was
    exhausted.', 'The bank expects ..., it said', 'The report was presented. It found ...',
    and the one asked: 'I asked the teacher why she quit.')."""
    crowds: Placed = []
    figures: Placed = []
    for word in doc.words:
        subject = word.deprel == "nsubj" or not word.plural and word.deprel == "nsubj:pass"
        asked = word.deprel in ("obj", "iobj") and word.head is not None and \
            doc.words[word.head].lemma in ASKING and doc.words[word.head].deprel == "root"
        if not (subject and _main_verbs_subject(doc, word) or asked) or word.upos != "NOUN" or \
                _inside(Span(word.start, word.end), quoted):
            continue
        reading = read_mention(doc, word.index, frozenset(), doc.person_names)
        if word.plural and reading.kind not in (None, SourceKind.UNRESOLVED,
                                                SourceKind.DOCUMENT):
            crowds.append((word.start, reading))
        elif not word.plural and reading.kind in (SourceKind.ANONYMOUS_INDIVIDUAL,
                                                  SourceKind.NAMED_ORGANIZATION,
                                                  SourceKind.DOCUMENT):
            figures.append((word.start, reading))
    return crowds, figures


def _name_head(doc: ParsedDoc, span: Span) -> int | None:
    """The word heading the name a tagged span starts, past the name's own parts (the title
    in 'Senator Elizabeth Warren' when the parser hung the name on it)."""
    k = doc.word_at(span.start)
    while k is not None and doc.words[k].deprel in NAME_PARTS and doc.words[k].head is not None:
        k = doc.words[k].head
    return k


def _names_and_titles(doc: ParsedDoc, people: list[Entity]) -> tuple[list[str], dict[str, str]]:
    """Each person's name, less a post the tagger took into it ('Smith' for 'Congressman
    Smith'), and each name -> the first title the story writes with it ('Coach' for 'Coach
    Maria Santos'), so a person first met as 'she' still gets a title."""
    names: list[str] = []
    titles: dict[str, str] = {}
    for entity in people:
        k = _name_head(doc, entity.span)
        reading = read_mention(doc, k, frozenset(), doc.person_names) if k is not None else None
        titled = reading is not None and reading.kind == SourceKind.NAMED_PERSON and \
            bool(reading.title) and entity.text.endswith(reading.name)
        name = reading.name if titled else entity.text
        names.append(name)
        if titled and name not in titles:
            titles[name] = reading.title
    return names, titles


def _addressed(doc: ParsedDoc, people: list[Entity]) -> dict[str, str]:
    """Each person's name -> the gender a form of address written before it gives ('m' for
    'Mr. Obama'), or AMBIGUOUS when the story addresses namesakes both ways ('Mr. Clinton',
    'Mrs. Clinton')."""
    genders: dict[str, set[str]] = {}
    for entity in people:
        k = doc.word_at(entity.span.start)
        found = lexicon.gendered_words().get(doc.words[k - 1].lower.rstrip(".")) if k else None
        if found:
            genders.setdefault(entity.text, set()).add(found)
    return {name: found.pop() if len(found) == 1 else AMBIGUOUS
            for name, found in genders.items()}


def _posts(doc: ParsedDoc, span: Span) -> frozenset[str]:
    """The posts written with a person's name, before it or in an apposition either way
    ('chief' for 'Police Chief Tom Brown', 'governor' for 'Gov. Kathy Hochul', 'mayor' for
    'Lisa Grant, the mayor' and for 'the mayor, Lisa Grant'), not those of a person listed
    beside it."""
    k = _name_head(doc, span)
    if k is None:
        return frozenset()
    others = {j for c in doc.children(k, "conj") for j in doc.subtree(c)}
    words = [j for j in doc.subtree(k) if j not in others]
    if doc.words[k].deprel == "appos" and doc.words[k].head is not None:
        words.append(doc.words[k].head)  # "Pagliano's lawyer, Mark MacDougall"
    abbreviations = lexicon.title_abbreviations()
    lemmas = [abbreviations.get(doc.words[j].lower.rstrip("."), doc.words[j].lemma)
              for j in words]
    # 'Transport Secretary Jane Hill', 'the Home Secretary': a minister, as British papers
    # call one next ('The minister said'); not 'General Secretary' or 'Press Secretary'
    ministers = {"minister" for j in words if doc.words[j].text == "Secretary" and j > 0 and
                 doc.words[j - 1].text[:1].isupper() and
                 doc.words[j - 1].lower not in SECRETARIES_NOT_MINISTERS}
    return frozenset(lemma for lemma in lemmas
                     if lexicon.source_nouns().get(lemma) in PERSON_CATEGORIES) | ministers


def _fronted_asides(doc: ParsedDoc, people: list[Entity]) -> dict[int, Span]:
    """Names inside a phrase set before the subject of the verb it hangs on ('Speaking to
    CNN's Jake Tapper, the senator said', 'In an interview with the BBC's Nick Robinson, the
    chancellor said'), each with the span of that subject: the one spoken to or about."""
    asides = {}
    for entity in people:
        k = doc.word_at(entity.span.start)
        if k is None:
            continue
        while doc.words[k].deprel in NAME_PARTS and doc.words[k].head is not None:
            k = doc.words[k].head
        phrase = k
        while (verb := doc.words[phrase].head) is not None:
            subjects = [s for s in doc.children(verb, "nsubj", "nsubj:pass")
                        if max(doc.subtree(phrase)) < s < verb]
            if doc.words[phrase].deprel in ("advcl", "obl") and subjects:
                asides[entity.span.start] = doc.span_of(doc.subtree(subjects[0]))
                break
            phrase = verb
    return asides


def _label_of_a_thing(doc: ParsedDoc, span: Span) -> bool:
    """'wore a Dior coat', 'in her Valentino gown': a one-word name between a determiner and
    a word for a thing that it modifies is a brand, not someone the story names."""
    inside = doc.words_in(span)
    if len(inside) != 1 or inside[0] == 0:
        return False
    word, before = doc.words[inside[0]], doc.words[inside[0] - 1]
    head = doc.words[word.head] if word.head is not None else None
    return word.deprel == "compound" and head is not None and head.index > word.index and \
        head.upos == "NOUN" and lexicon.source_nouns().get(head.lemma) is None and \
        before.head == head.index and before.deprel in ("det", "nmod:poss")


def _main_subject(doc: ParsedDoc, span: Span) -> bool:
    """A name that is the subject of its sentence's main verb ('Paradis agrees.', 'Senator
    Elizabeth Warren met ...', where the title heads the name; 'Her son, Greg Brandt,
    drove ...', set off after the subject)."""
    k = doc.word_at(span.start)
    while k is not None and k < len(doc.words) and doc.words[k].start < span.end:
        word = doc.words[k]
        while word.deprel in NAME_PARTS and word.head is not None:
            word = doc.words[word.head]
        if word.deprel == "appos" and word.head is not None:
            word = doc.words[word.head]
        if word.deprel in ("nsubj", "nsubj:pass"):
            return _main_verbs_subject(doc, word)
        k += 1
    return False


def _main_verbs_subject(doc: ParsedDoc, word: Word) -> bool:
    """Whether the word hangs as a subject on its sentence's main verb."""
    return word.deprel in ("nsubj", "nsubj:pass") and word.head is not None and \
        doc.words[word.head].deprel == "root"


def extract(doc, text: str | None = None) -> Extraction:
    """Every attribution in one annotated article, with sources, claims and justifications."""
    parsed = ParsedDoc(doc, text)
    text = parsed.text
    blocked = furniture(text)
    filed = datelines(text)
    quotes = [q for q in parsed.quotes if not _inside(q.span, blocked)]
    closed_quotes = [piece for q in quotes if q.closed for piece in q.pieces]
    reasons = justification_sentences(parsed)
    disclosures = find_disclosures(parsed)
    candidates = _about_speaking(parsed, [c for c in find_candidates(parsed)
                                          if not _discourse_marker(parsed, c)], reasons)
    drafts = _drafts_from_cues(doc=parsed, candidates=candidates, blocked=blocked,
                               quoted=closed_quotes, quotes=quotes, filed=filed)
    questions_put = [span for label, span in interview_lines(parsed) if label == QUESTION]
    drafts = [d for d in drafts if not any(d.cue.overlaps(r.span) or _refused(parsed, d, r)
                                           for r in disclosures)
              and not _supposed(parsed, d) and not _inside(d.cue, questions_put)
              and not _left_undone(parsed, d) and not _relative_pronoun_only(text, d)]
    drafts = [_without_framing_subject(parsed, d) for d in drafts]
    drafts = _outermost(_relayed(parsed, drafts))
    # a reporter's question goes after what it holds, quoted words too: they assert nothing
    questions = {id(d) for d in drafts if _reporters_question(parsed, d)}
    asked = [span for d in drafts if id(d) in questions for span in d.content]
    drafts = [d for d in drafts if id(d) not in questions]
    drafts = _outermost(drafts + [d for d in _quote_drafts(parsed, quotes, drafts, blocked)
                                  if not any(c.overlaps(a) for c in d.content for a in asked)])
    drafts = _tags_of_introduced_quotations(parsed,
                                            drafts + _block_quotes(parsed, drafts, blocked))
    drafts = [_cited(parsed, d, drafts) for d in drafts]
    drafts = [_quoted_as_saying(parsed, d, drafts) for d in drafts]
    drafts.sort(key=lambda d: (d.cue or d.content[0]).start)

    # People named inside a quotation are talked about, not heard from or described; a
    # platform or outlet the tagger took for a person ('posted to TikTok') is no one, nor is
    # a label ('a Dior coat').
    people = [e for e in parsed.entities if e.type == "PERSON"
              and not _inside(e.span, closed_quotes) and e.text.lower() not in lexicon.bodies()
              and not _label_of_a_thing(parsed, e.span)]
    crowds, figures = _unnamed_subjects(parsed, closed_quotes)
    names, titles = _names_and_titles(parsed, people)
    book = SourceBook([(e.span.start, name) for e, name in zip(people, names, strict=True)],
                      [(e.span.start, e.text) for e in parsed.entities if e.type == "ORG"],
                      [(e.span.start, name) for e, name in zip(people, names, strict=True)
                       if _main_subject(parsed, e.span)],
                      crowds,
                      {e.span.start: _posts(parsed, e.span) for e in people},
                      titles, _addressed(parsed, people), figures,
                      parsed.paragraphs, closed_quotes, _fronted_asides(parsed, people),
                      [piece for d in drafts for piece in d.content])
    index = _resolve_speakers(parsed, drafts, book)
    drafts = [d for d in drafts if not d.dropped]
    attributions = [
        Attribution(
            id=number,
            type=attribution_type(draft.content, quotes),
            content=draft.content,
            cue=draft.cue,
            speaker=draft.speaker,
            source_id=draft.source_id,
            claim_id=None,
            rule=draft.rule,
            implicit=draft.implicit,
        )
        for number, draft in enumerate(drafts, start=1)
    ]
    justifications = find_justifications(parsed, book.sources, index.mention_sentences, reasons)
    link_disclosures(parsed, disclosures, book.sources, index.mention_sentences,
                     index.by_sentence)
    claims = group_claims(attributions, {s.id: s for s in book.sources}, text)
    return Extraction(attributions, book.sources, claims, justifications, disclosures)
