"""Stated reasons for anonymity and disclosures that a source was asked but said nothing."""

from __future__ import annotations

import re

from . import lexicon
from .document import ParsedDoc, Word
from .model import Disclosure, Justification, Source, SourceKind, Span

COVERED_KINDS = {SourceKind.ANONYMOUS_INDIVIDUAL, SourceKind.ANONYMOUS_GROUP}
GENERIC_SUBJECTS = {"they", "officials", "sources", "both", "all", "people", "those", "them"}
# Subjects that point back to who was just quoted ('They spoke on condition of anonymity'),
# and how many sentences back they reach.
POINTING_SUBJECTS = {"they", "both", "those"}
# Words for the two last quoted ('Both asked not to be named', 'Neither source wished to be
# identified').
PAIRS = {"both", "neither"}
ANTECEDENT_SENTENCES = 3
# The kinds of source a pronoun subject of a disclosure may stand for.
PRONOUN_KINDS = {
    "he": {SourceKind.NAMED_PERSON, SourceKind.ANONYMOUS_INDIVIDUAL},
    "she": {SourceKind.NAMED_PERSON, SourceKind.ANONYMOUS_INDIVIDUAL},
    "it": {SourceKind.NAMED_ORGANIZATION, SourceKind.DOCUMENT},
    "they": {SourceKind.NAMED_ORGANIZATION, SourceKind.ANONYMOUS_GROUP, SourceKind.VAGUE},
}
# What says a name given is only part of one ('gave only her first name').
PARTIAL_NAME_PHRASES = ("first name", "last name", "surname", "full name")
# Words that open a condition, in which a refusal is only supposed ('if the union did not
# respond').
CONDITIONS = {"if", "unless", "whether"}


def _sentence_text(doc: ParsedDoc, sentence: int) -> tuple[Span, str]:
    span = doc.sentence_span(sentence)
    return span, doc.text[span.start : span.end]


def find_justifications(doc: ParsedDoc, sources: list[Source],
                        mention_sentences: dict[int, set[int]],
                        reasons: dict[int, str]) -> list[Justification]:
    """Sentences that grant anonymity or say why, linked to the sources they cover.

    `reasons` is justification_sentences(doc). A justification covers the anonymous
    sources mentioned in its own sentence, or those its subject describes ("The official
    spoke on condition of anonymity") or points back to ("They", "Both"); one whose subject
    is otherwise generic ("Officials spoke on condition of anonymity") covers every
    anonymous source in the article.
    """
    found: list[Justification] = []
    for sentence, reason in reasons.items():
        span, text = _sentence_text(doc, sentence)
        own = [s.id for s in sources if s.kind in COVERED_KINDS
               and sentence in mention_sentences.get(s.id, set())] or \
            _granted_crowds(sources, mention_sentences, sentence)
        described = own or _described(doc, sentence, sources, mention_sentences) or \
            _pronoun_antecedents(doc, sources, mention_sentences, sentence)
        covered = described
        if not covered and not _generic_subject(doc, sentence):
            covered = _named_subject(doc, sources, sentence, text) or \
                _just_before(sources, mention_sentences, sentence, text)
        if not described and (not covered or _generic_subject(doc, sentence)):
            covered = sorted({*covered, *(s.id for s in sources if s.kind in COVERED_KINDS)})
        found.append(Justification(span, text, reason, covered))
        for source in sources:
            if source.id in covered:
                source.justified = True
    return found


def _pronoun_antecedents(doc: ParsedDoc, sources: list[Source],
                         mention_sentences: dict[int, set[int]], sentence: int) -> list[int]:
    """'Three residents said ... They spoke on condition of anonymity', 'Both asked not to
    be named', 'Neither source wished to be identified': a justification whose subject is
    'they', 'both' or 'neither' covers the anonymous sources it points back to (the group
    last quoted, or the last two people), not every anonymous source in the article ('A
    spokeswoman for the council said ...' before them)."""
    subject = _sentence_subject(doc, sentence)
    pair = subject is not None and (subject.lower in PAIRS or any(
        doc.words[d].lower in PAIRS for d in doc.children(subject.index, "det")))
    if subject is None or subject.lower not in POINTING_SUBJECTS and not pair:
        return []
    heard = [s for s in sources if s.kind in COVERED_KINDS and
             any(sentence - ANTECEDENT_SENTENCES <= m < sentence
                 for m in mention_sentences.get(s.id, set()))]
    heard.sort(key=lambda s: max(m for m in mention_sentences[s.id] if m < sentence))
    groups = [s for s in heard if s.plural]
    if groups:
        return [groups[-1].id]
    if pair and len(heard) >= 2:
        return sorted(s.id for s in heard[-2:])
    return []


def _granted_crowds(sources: list[Source], mention_sentences: dict[int, set[int]],
                    sentence: int) -> list[int]:
    """'Lawmakers, speaking on condition of anonymity, said ...': a crowd that speaks in the
    sentence that grants anonymity is particular people left unnamed, an anonymous group."""
    crowds = [s for s in sources if s.kind == SourceKind.VAGUE
              and sentence in mention_sentences.get(s.id, set())]
    for source in crowds:
        source.kind = SourceKind.ANONYMOUS_GROUP if source.plural \
            else SourceKind.ANONYMOUS_INDIVIDUAL
    return [s.id for s in crowds]


def _described(doc: ParsedDoc, sentence: int, sources: list[Source],
               mention_sentences: dict[int, set[int]]) -> list[int]:
    """'A government official said ... The minister said ... The official spoke on
    condition of anonymity.': a justification whose subject is 'the' and a source's role
    covers the last unnamed source quoted before it with that role ('the officials': all
    of them)."""
    subject = _sentence_subject(doc, sentence)
    if subject is None or not any(doc.words[d].lower == "the"
                                  for d in doc.children(subject.index, "det")):
        return []
    heard = [s for s in sources if s.kind in COVERED_KINDS and s.role == subject.lemma
             and any(m < sentence for m in mention_sentences.get(s.id, set()))]
    if not heard:
        return []
    if subject.plural:
        return [s.id for s in heard]
    return [max(heard, key=lambda s: max(m for m in mention_sentences[s.id] if m < sentence)).id]


def _just_before(sources: list[Source], mention_sentences: dict[int, set[int]],
                 sentence: int, text: str) -> list[int]:
    """'"We have nothing left," said Fatima. She gave only her first name for fear of
    reprisals.': a justification with no source of its own covers the sources of the
    sentence before it; a person named there by one name only, when the justification says
    the name is only part of one, is left unidentified."""
    before = [s for s in sources if sentence - 1 in mention_sentences.get(s.id, set())]
    partial = _partial_name(text)
    for source in before:
        if partial and source.kind == SourceKind.NAMED_PERSON and len(source.name.split()) == 1:
            source.kind, source.anonymous = SourceKind.ANONYMOUS_INDIVIDUAL, True
    return [s.id for s in before if s.kind in COVERED_KINDS]


def _named_subject(doc: ParsedDoc, sources: list[Source], sentence: int,
                   text: str) -> list[int]:
    """'Leila, 28, asked that her surname be withheld ... She said ...': a justification
    saying the name is only part of one, whose subject is a person the story names by that
    one name, covers that person, left unidentified."""
    subject = _sentence_subject(doc, sentence)
    if subject is None or subject.upos != "PROPN" or not _partial_name(text):
        return []
    named = [s for s in sources if s.kind == SourceKind.NAMED_PERSON and s.name == subject.text]
    for source in named:
        source.kind, source.anonymous = SourceKind.ANONYMOUS_INDIVIDUAL, True
    return [s.id for s in named]


def _partial_name(text: str) -> bool:
    """Whether a sentence says a name given is only part of one ('gave only her first
    name', 'asked that her surname be withheld')."""
    return any(phrase in text.lower() for phrase in PARTIAL_NAME_PHRASES)


def justification_sentences(doc: ParsedDoc) -> dict[int, str]:
    """Sentence index -> stated reason ("unstated" when only the grant is there) for every
    sentence that grants anonymity or says a source was not authorized to speak."""
    phrases = lexicon.justifications()
    found: dict[int, str] = {}
    for sentence in range(len(doc.sentences)):
        lowered = _sentence_text(doc, sentence)[1].lower()
        hits = [signal for phrase, signal in phrases.items()
                if lexicon.find_phrase(phrase, lowered)]
        reasons = [s.split(":", 1)[1] for s in hits if s.startswith("reason:")]
        if "victim" in hits:  # 'The woman's name was withheld pending notification of kin'
            continue
        if "grant" in hits or "not_authorized" in reasons:
            found[sentence] = reasons[0] if reasons else "unstated"
    return found


def _generic_subject(doc: ParsedDoc, sentence: int) -> bool:
    word = _sentence_subject(doc, sentence)
    return word is not None and (
        word.lower in GENERIC_SUBJECTS or (word.plural and word.upos == "NOUN") or
        any(doc.words[c].lower in GENERIC_SUBJECTS for c in word.children))  # 'All three'


def _sentence_subject(doc: ParsedDoc, sentence: int) -> Word | None:
    """The first subject in a sentence: who a justification is about."""
    return next((doc.words[k] for k in doc.sentences[sentence]
                 if doc.words[k].deprel.startswith("nsubj")), None)


def find_disclosures(doc: ParsedDoc) -> list[Disclosure]:
    """'declined to comment', 'did not respond to a request for comment', 'could not be
    reached': found before speakers are known (no cue there carries a claim) and linked
    to them afterwards by link_disclosures."""
    phrases = lexicon.disclosures()
    found: list[Disclosure] = []
    for sentence in range(len(doc.sentences)):
        span, text = _sentence_text(doc, sentence)
        lowered = text.lower().replace("’", "'")
        for phrase, kind in phrases.items():
            at = lexicon.find_phrase(phrase, lowered)
            if at is not None and not lexicon.has_phrase(  # 'who declined to give his surname'
                    lowered[at.start():].split(",")[0], lexicon.anonymity_grants()) and \
                    not _conditional(lowered[: at.start()]):
                hit = Span(span.start + at.start(), span.start + at.end())
                found.append(Disclosure(hit, text, kind))
                break
    return found


def _conditional(before: str) -> bool:
    """Whether the clause a disclosure's words stand in is a condition ('... would close if
    the council did not respond to the findings'): it says what may happen, not that
    someone was asked and said nothing."""
    clause = re.split(r"[,;:]", before)[-1]
    return any(word in CONDITIONS for word in re.findall(r"[a-z]+", clause))


def link_disclosures(doc: ParsedDoc, disclosures: list[Disclosure], sources: list[Source],
                     mention_sentences: dict[int, set[int]],
                     speakers_by_sentence: dict[int, int]) -> None:
    """Each disclosure's source is whoever declined, did not respond or could not be
    reached, when the story quotes them; a disclosure with no subject to read goes to the
    first speaker of its sentence."""
    for disclosure in disclosures:
        word = doc.word_at(disclosure.span.start)
        if word is None:
            continue
        subject = _disclosing(doc, word)
        disclosure.source_id = speakers_by_sentence.get(doc.words[word].sentence) \
            if subject is None else _disclosed_source(doc, subject, sources, mention_sentences)


def _disclosing(doc: ParsedDoc, k: int) -> int | None:
    """The subject of the verb a disclosure's words start on ('The company did not
    respond', 'Jones declined to comment', 'Maria Lopez, the council's spokeswoman,
    declined to comment')."""
    verb = doc.words[k].head if doc.words[k].deprel.startswith("aux") else k
    subjects = doc.children(verb, "nsubj", "nsubj:pass") if verb is not None else []
    return subjects[0] if subjects else None


def _disclosed_source(doc: ParsedDoc, subject: int, sources: list[Source],
                      mention_sentences: dict[int, set[int]]) -> int | None:
    """The source a disclosure's subject is: the last one quoted for a pronoun, else the
    one it names ('Jones', 'The company', 'The spokesman'); none when the subject is no
    one the story quotes."""
    word, sentence = doc.words[subject], doc.words[subject].sentence
    heard = sorted((s for s in sources
                    if min(mention_sentences.get(s.id, {sentence + 1})) <= sentence),
                   key=lambda s: (max(mention_sentences.get(s.id, {-1})), s.id))
    # 'The company' may be any body quoted before, 'The F-16 program office' only itself
    bare = not doc.children(subject, "compound", "amod", "nmod", "flat")
    if word.lower in PRONOUN_KINDS:
        fitting = [s.id for s in heard if s.kind in PRONOUN_KINDS[word.lower]]
        return fitting[-1] if fitting else None
    for source in reversed(heard):
        heads = {name.lower().split()[-1] for name in
                 [source.name, *(m.text for m in source.mentions)] if name.split()}
        body = lexicon.source_nouns().get(word.lemma) == "organization" and bare and \
            source.kind == SourceKind.NAMED_ORGANIZATION  # 'Acme said ... The company'
        if word.lower in heads or word.lemma == source.role or body or \
                word.lemma in _posts_in_title(source.title):
            return source.id
    return None


def _posts_in_title(title: str | None) -> set[str]:
    """The posts a source's title holds, abbreviations spelled out ('Rear Adm.' -> 'rear',
    'admiral'), so 'The admiral declined to comment' finds Rear Adm. John Kirby."""
    words = [word.strip(".,").lower() for word in (title or "").split()]
    return {lexicon.title_abbreviations().get(word, word) for word in words if word}
