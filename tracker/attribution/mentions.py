"""Reading a speaker mention: its span, whether it is a name, a pronoun or a
description, and the parts an anonymous description is made of.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import lexicon
from .document import PRONOUNS, ParsedDoc
from .model import Mention, SourceKind, Span

NAME_RELATIONS = ("flat", "flat:name", "compound", "appos")
DEFINITE = {"the", "this", "that", "these", "those"}
INDEFINITE = {"a", "an", "another", "one", "some", "several", "two", "three", "many", "few"}
LOCATION_CASES = {"in", "at", "from"}
ORGANIZATION_CASES = {"at", "for", "of", "with", "from", "in"}
EDGE_PUNCT = "PUNCT"


@dataclass
class MentionReading:
    """What one mention says about its source, before mentions are grouped into sources."""

    mention: Mention
    head: int
    kind: SourceKind | None  # None for pronouns, resolved later
    name: str
    plural: bool
    pronoun: str | None = None
    definite: bool = False
    parts: dict[str, str | None] = field(default_factory=dict)
    title: str | None = None


def mention_words(doc: ParsedDoc, head: int) -> list[int]:
    """The speaker's noun phrase, without punctuation at either edge."""
    words = doc.subtree(head)
    words = [k for k in words if doc.words[k].sentence == doc.words[head].sentence]
    while words and doc.words[words[0]].upos == EDGE_PUNCT:
        words.pop(0)
    while words and doc.words[words[-1]].upos == EDGE_PUNCT:
        words.pop()
    return words or [head]


def _entity_words(doc: ParsedDoc, head: int, kind: str) -> list[int]:
    """Words of the named entity of a type that the head word belongs to or names via apposition."""
    group = [head] + doc.children(head, *NAME_RELATIONS)
    found: list[int] = []
    for k in group:
        if doc.words[k].entity == kind:
            found.extend(j for j in doc.subtree(k) if doc.words[j].entity == kind)
    if not found:
        return []
    found = sorted(set(found))
    runs: list[list[int]] = [[found[0]]]
    for k in found[1:]:
        if k == runs[-1][-1] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return max(runs, key=lambda r: (head in r, len(r)))


def _text(doc: ParsedDoc, words: list[int]) -> str:
    return doc.text[doc.words[words[0]].start : doc.words[words[-1]].end]


def read_mention(doc: ParsedDoc, head: int) -> MentionReading:
    """Classify the mention headed by a word and take an anonymous description apart."""
    words = mention_words(doc, head)
    span = Span(doc.words[words[0]].start, doc.words[words[-1]].end)
    text = _text(doc, words)
    word = doc.words[head]
    determiners = {doc.words[k].lower for k in doc.children(head, "det", "nummod", "nmod:poss")}
    definite = bool(determiners & DEFINITE) or bool(doc.children(head, "nmod:poss"))
    if word.upos == "PRON" and word.lower in PRONOUNS:
        number = PRONOUNS[word.lower]
        return MentionReading(Mention(span, text, "pronoun"), head, None, text,
                              number == "plural", pronoun=word.lower)
    person = _entity_words(doc, head, "PERSON")
    if person:
        name = _text(doc, person)
        title_words = [k for k in words if k < person[0] and doc.words[k].upos != "DET"]
        title = _text(doc, title_words) if title_words else None
        return MentionReading(Mention(span, text, "name"), head, SourceKind.NAMED_PERSON,
                              name, False, definite=True, title=title)
    category = lexicon.source_nouns().get(word.lemma)
    organization = _entity_words(doc, head, "ORG")
    if organization and word.upos == "PROPN" and category not in ("role", "vague", "document"):
        return MentionReading(Mention(span, text, "organization"), head,
                              SourceKind.NAMED_ORGANIZATION, _text(doc, organization),
                              word.plural, definite=True)
    if word.upos == "PROPN" and category is None:
        return _proper_noun(doc, head, words, span, text, definite)
    parts = describe(doc, head, words)
    if category == "document":
        kind = SourceKind.DOCUMENT
        mention_kind = "document"
    elif category == "organization" and (definite or parts.get("organization")):
        kind = SourceKind.NAMED_ORGANIZATION
        mention_kind = "organization"
    elif category == "role" or (category == "vague" and _specific(parts)):
        kind = SourceKind.ANONYMOUS_GROUP if word.plural else SourceKind.ANONYMOUS_INDIVIDUAL
        mention_kind = "description"
    elif category in ("vague", "organization"):
        kind = SourceKind.VAGUE
        mention_kind = "description"
    else:
        kind = SourceKind.UNRESOLVED
        mention_kind = "description"
    return MentionReading(Mention(span, text, mention_kind), head, kind, text, word.plural,
                          definite=definite, parts=parts)


def _specific(parts: dict[str, str | None]) -> bool:
    """A crowd word becomes a source once it says where it sits: 'people familiar with ...'."""
    return any(parts.get(key) for key in ("knowledge_basis", "organization", "affiliation"))


def _proper_noun(doc: ParsedDoc, head: int, words: list[int], span: Span, text: str,
                 definite: bool) -> MentionReading:
    """A capitalised head with no person entity: a nation, a party's members, or a name."""
    word = doc.words[head]
    entity = word.entity
    if entity in ("NORP", "MISC") and word.plural:
        return MentionReading(Mention(span, text, "description"), head, SourceKind.VAGUE, text,
                              True, parts={"affiliation": word.text})
    if entity in ("LOC", "ORG"):
        return MentionReading(Mention(span, text, "organization"), head,
                              SourceKind.NAMED_ORGANIZATION, text, False, definite=True)
    name_words = [head] + [k for k in doc.children(head, "flat", "flat:name", "compound")
                           if doc.words[k].upos == "PROPN"]
    name_words.sort()
    title_words = [k for k in words if k < name_words[0] and doc.words[k].upos != "DET"]
    return MentionReading(Mention(span, text, "name"), head, SourceKind.NAMED_PERSON,
                          _text(doc, name_words), False, definite=True,
                          title=_text(doc, title_words) if title_words else None)


def describe(doc: ParsedDoc, head: int, words: list[int]) -> dict[str, str | None]:
    """Role, seniority, affiliation, organization, location, number, knowledge basis."""
    table = lexicon.descriptors()
    head_word = doc.words[head]
    parts: dict[str, str | None] = {"role": head_word.lemma if head_word.upos != "PROPN"
                                    else head_word.lower}
    seniority: list[str] = []
    affiliation: list[str] = []
    organization: list[str] = []
    for k in words:
        word = doc.words[k]
        if k == head or word.upos in ("DET", "PUNCT", "CCONJ"):
            continue
        attached_to_head = _attaches_to(doc, k, head)
        if table.get(word.lower) == "seniority" and attached_to_head:
            seniority.append(word.lower)
        elif word.entity == "ORG" or (word.upos == "PROPN" and word.entity is None
                                      and attached_to_head):
            organization.append(word.text)
        elif attached_to_head and _affiliation_word(word, table) and \
                not _in_location(doc, k, head):
            affiliation.append(word.text)
        if word.deprel == "nummod" and word.head == head:
            parts["number"] = word.lower
    parts["seniority"] = " ".join(seniority) or None
    parts["affiliation"] = ", ".join(affiliation) or None
    parts["organization"] = " ".join(organization) or None
    parts["location"] = _location(doc, head)
    parts["knowledge_basis"] = _knowledge(doc, words, table)
    determiners = [doc.words[k].lower for k in doc.children(head, "det")]
    if "number" not in parts and determiners and determiners[0] in ("one", "two", "several"):
        parts["number"] = determiners[0]
    return parts


def _affiliation_word(word, table: dict[str, str]) -> bool:
    """'Western', 'Ukrainian', 'French', 'military', 'Democratic': where a source sits."""
    return (word.entity in ("NORP", "MISC", "LOC")
            or table.get(word.lower) == "affiliation_word"
            or (word.upos == "ADJ" and word.text[:1].isupper()))


def _attaches_to(doc: ParsedDoc, k: int, head: int) -> bool:
    """True when a modifier sits on the head noun (directly or through a conjunction/compound)."""
    current: int | None = k
    for _ in range(4):
        if current is None:
            return False
        parent = doc.words[current].head
        if parent == head:
            return doc.words[current].deprel in ("amod", "compound", "nmod", "conj", "flat",
                                                 "nummod", "nmod:poss")
        if parent is None or doc.words[current].deprel not in ("conj", "compound", "amod",
                                                               "flat", "cc"):
            return False
        current = parent
    return False


def _in_location(doc: ParsedDoc, k: int, head: int) -> bool:
    return any(doc.words[c].lower in LOCATION_CASES for c in doc.children(k, "case"))


def _location(doc: ParsedDoc, head: int) -> str | None:
    """'a Western official in Kyiv': a place hanging on the noun with 'in' or 'at'."""
    for k in doc.children(head, "nmod"):
        cases = {doc.words[c].lower for c in doc.children(k, "case")}
        if cases & {"in", "at"} and doc.words[k].entity == "LOC":
            words = [j for j in doc.subtree(k) if doc.words[j].deprel != "case"]
            return _text(doc, words)
    return None


def _knowledge(doc: ParsedDoc, words: list[int], table: dict[str, str]) -> str | None:
    """'familiar with the matter', 'briefed on the talks': why the source would know."""
    lowered = [doc.words[k].lower for k in words]
    for phrase, part in table.items():
        if part != "knowledge":
            continue
        tokens = phrase.split()
        for i in range(len(lowered) - len(tokens) + 1):
            if lowered[i : i + len(tokens)] == tokens:
                return _text(doc, words[i:])
    return None
