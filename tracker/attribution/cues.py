"""Cue rules: each finds a cue in the dependency parse, with its content and speaker head.

Every rule is a small generator over a ParsedDoc yielding Candidate records;
the rule's name travels with the candidate for error analysis.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from . import lexicon
from .document import ParsedDoc

CONTENT_RELATIONS = ("ccomp",)
INTENT_RELATIONS = ("xcomp",)
INTENT_CLASSES = {"cognition", "position"}
INTENT_SPEECH = {"promise", "pledge", "vow", "threaten", "urge", "ask", "call", "demand", "plead",
                 "beg", "refuse", "agree", "offer", "propose", "warn"}
SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
PUNCT = "PUNCT"


@dataclass
class Candidate:
    """A cue with the words of its content and the head word of its speaker."""

    rule: str
    cue: list[int]
    content: set[int]
    speaker: int | None
    sentence: int
    extra_speakers: list[int] = field(default_factory=list)


def is_reporting_verb(doc: ParsedDoc, index: int) -> bool:
    word = doc.words[index]
    return word.upos == "VERB" and word.lemma in lexicon.reporting_verbs()


def subject_of(doc: ParsedDoc, verb: int) -> int | None:
    """The speaker head of a verb: its subject, inherited along conj chains, or a passive agent."""
    current: int | None = verb
    while current is not None:
        subjects = doc.children(current, "nsubj", "csubj")
        if subjects:
            return resolve_relative(doc, subjects[0])
        agents = [c for c in doc.children(current, "obl:agent", "obl")
                  if any(doc.words[k].lower == "by" for k in doc.children(c, "case"))]
        if agents and doc.children(current, "aux:pass"):
            return agents[0]
        word = doc.words[current]
        if word.deprel in ("conj", "xcomp", "advcl") and word.head is not None:
            current = word.head
        else:
            current = None
    return None


def resolve_relative(doc: ParsedDoc, subject: int) -> int:
    """'who' in 'Macron, who will attend, said' stands for the noun the clause hangs on."""
    word = doc.words[subject]
    if word.lower in ("who", "which", "that"):
        clause = doc.words[subject].head
        if clause is not None and doc.words[clause].deprel == "acl:relcl":
            noun = doc.words[clause].head
            if noun is not None:
                return noun
    return subject


def verb_complement(doc: ParsedDoc) -> Iterator[Candidate]:
    """'X said (that) ...', 'X told AP ...', 'X wants to ...': the verb's clausal complement."""
    verbs = lexicon.reporting_verbs()
    for word in doc.words:
        if not is_reporting_verb(doc, word.index):
            continue
        relations = CONTENT_RELATIONS
        if verbs[word.lemma] in INTENT_CLASSES or word.lemma in INTENT_SPEECH:
            relations = CONTENT_RELATIONS + INTENT_RELATIONS
        complements = doc.children(word.index, *relations)
        if not complements:
            continue
        content: set[int] = set()
        for complement in complements:
            content.update(doc.subtree(complement))
        yield Candidate("verb_complement", [word.index], content,
                        subject_of(doc, word.index), word.sentence)


def inverted(doc: ParsedDoc) -> Iterator[Candidate]:
    """'..., the official said.' and '..., said the official, ...': cue hangs off the content."""
    for word in doc.words:
        if not is_reporting_verb(doc, word.index) or \
                word.deprel not in ("parataxis", "ccomp", "conj"):
            continue
        if doc.children(word.index, *CONTENT_RELATIONS) or word.head is None:
            continue
        speaker = subject_of(doc, word.index)
        if speaker is None or (word.deprel == "conj" and speaker < word.index):
            continue
        if word.deprel == "ccomp" and doc.words[word.head].upos == "VERB" and \
                is_reporting_verb(doc, word.head):
            continue
        cue_clause = set(doc.subtree(word.index))
        content = set(doc.subtree(word.head, exclude=frozenset({word.index}))) - cue_clause
        yield Candidate("inverted", [word.index], content, speaker, word.sentence)


def according_to(doc: ParsedDoc) -> Iterator[Candidate]:
    """'..., according to X' and 'According to X, ...'."""
    phrases = [p.split() for p in lexicon.cue_phrases()]
    for sentence in doc.sentences:
        for i in sentence:
            for phrase in phrases:
                end = i + len(phrase)
                if end > sentence[-1] + 1 or len(phrase) < 2:
                    continue
                if [doc.words[k].lower for k in range(i, end)] != phrase:
                    continue
                source = _phrase_object(doc, range(i, end))
                if source is None:
                    continue
                clause = doc.words[source].head
                if clause is None:
                    continue
                phrase_words = set(range(i, end))
                content = set(doc.subtree(clause)) - set(doc.subtree(source)) - phrase_words
                if content:
                    yield Candidate("according_to", sorted(phrase_words), content, source,
                                    doc.words[i].sentence)


def _phrase_object(doc: ParsedDoc, phrase: range) -> int | None:
    """The noun a multi-word preposition governs: the head of the phrase's first word."""
    for k in phrase:
        head = doc.words[k].head
        if head is not None and head not in phrase and head > phrase[-1]:
            return head
    after = phrase[-1] + 1
    if after < len(doc.words) and doc.words[after].sentence == doc.words[phrase[0]].sentence:
        word = doc.words[after]
        return word.head if word.deprel in ("det", "amod", "compound") and word.head else after
    return None


def colon(doc: ParsedDoc) -> Iterator[Candidate]:
    """'Poll: voters abandon ...' and transcript lines 'WALLACE: ...': a short name, a colon."""
    for sentence in doc.sentences:
        words = list(sentence)
        colons = [k for k in words[:9] if doc.words[k].text == ":"]
        if not colons:
            continue
        cut = colons[0]
        before = [k for k in words if k < cut]
        after = [k for k in words if k > cut]
        if not before or len(after) < 3:
            continue
        if any(doc.words[k].upos in ("VERB", "AUX") for k in before):
            continue
        if not any(doc.words[k].upos in ("PROPN", "NOUN") for k in before):
            continue
        heads = [k for k in before if doc.words[k].head not in before]
        yield Candidate("colon", [cut], set(after), heads[0] if heads else before[-1],
                        doc.words[cut].sentence)


RULES = (verb_complement, inverted, according_to, colon)


def find_candidates(doc: ParsedDoc) -> list[Candidate]:
    """All cue candidates, in text order, a cue word claimed by the first rule that fires."""
    seen: set[int] = set()
    found: list[Candidate] = []
    for rule in RULES:
        for cand in rule(doc):
            if seen.intersection(cand.cue):
                continue
            cand.content -= set(cand.cue)
            if cand.speaker is not None:
                cand.content -= set(doc.subtree(cand.speaker))
            if all(doc.words[k].upos == PUNCT for k in cand.content):
                continue
            seen.update(cand.cue)
            found.append(cand)
    return sorted(found, key=lambda c: doc.words[c.cue[0]].start)
