"""A flat, index-based view of a Stanza Document that the rules walk.

Stanza keeps words per sentence with 1-based heads; the rules want one list
of words for the whole article, global head indices, children, and entity
types mapped onto one tag set whichever NER model (CoNLL or OntoNotes) ran.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from . import lexicon
from .model import Span
from .quotes import Quote, find_quotes, paragraphs
from .repair import repair

# The longest piece of a name a sentence splitter may cut off ('Spokeswoman Dana' | 'Lee said').
NAME_FRAGMENT_WORDS = 4
# The most words the body a post is of may hold before a name ('Dean of Students Mark Rivera').
POST_BODY_WORDS = 4
# A given name's second syllable after a tight hyphen ('Ching-te', 'Ying-jeou'), and the
# short words that end English compounds on a name instead ('Trump-led', 'Obama-era',
# 'Liar-of the Year').
HYPHENED_SYLLABLE = re.compile(r"-([a-z]{1,4})\b(?!-)")
COMPOUND_ENDINGS = {"led", "era", "like", "free", "made", "run", "type", "less", "wide",
                    "only", "year", "old", "born", "day", "week", "time", "fed", "ish",
                    "held", "owed", "own", "side", "size", "term", "tied", "vs", "of", "the",
                    "and", "in", "to", "on", "at", "for", "a", "an", "by", "or", "up", "out",
                    "off", "all", "new", "war", "law"}
# Posts a body may hold as well as a person ('Alphabet, the owner of Google').
CORPORATE_POSTS = {"owner", "leader", "operator", "sponsor", "host", "publisher", "parent",
                   "founder", "head", "member", "partner", "provider"}
# CoNLL-03 and OntoNotes entity types mapped onto the few the rules need.
ENTITY_TYPES = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
    "MISC": "MISC",
}

PRONOUNS = {
    "he": "singular",
    "him": "singular",
    "she": "singular",
    "her": "singular",
    "i": "singular",
    "me": "singular",
    "it": "thing",
    "they": "plural",
    "them": "plural",
    "we": "plural",
    "us": "plural",
    "you": "any",
    "who": "relative",
    "whose": "relative",
    "which": "relative",
    "that": "relative",
}


@dataclass
class Word:
    index: int
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    deprel: str
    head: int | None
    start: int
    end: int
    sentence: int
    entity: str | None = None
    children: list[int] = field(default_factory=list)

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def plural(self) -> bool:
        return "Number=Plur" in self.feats or self.xpos in {"NNS", "NNPS"} or \
            bool(lexicon.PLURAL_ACRONYM.match(self.text))


@dataclass
class Entity:
    span: Span
    type: str
    text: str


def _lemma(word) -> str:
    """Stanza's lemma in lower case; a verb it left as written ('Said Ellis:') or got wrong
    ('vowed' -> 'vowe') gets the lemma of the reporting verb its form inflects, and an
    acronym in the plural ('MPs', 'CEOs') its singular."""
    lemma = (word.lemma or word.text).lower()
    if word.upos == "VERB" and lemma not in lexicon.reporting_verbs():
        return lexicon.reporting_lemma(word.text.lower()) or lemma
    if lexicon.PLURAL_ACRONYM.match(word.text) and lemma == word.text.lower():  # 'MPs' -> 'mp'
        return lemma[:-1]
    return lemma


def _offsets(word) -> tuple[int, int]:
    """A Stanza word's character offsets, or its token's when the word has none (the parts of
    a multi-word token: 'don't')."""
    token = word.parent
    start = word.start_char if word.start_char is not None else token.start_char
    end = word.end_char if word.end_char is not None else token.end_char
    return start, end


# Small words inside a person's name ('Erik ten Hag', 'Abdel Fattah al-Sisi').
NAME_PARTICLES = ("al", "el", "bin", "bint", "ibn", "abu", "van", "von", "der", "den", "de", "da",
                  "di", "del", "la", "le", "ten", "ter")
# What may stand between two pieces of one person's name: particles and a tight hyphen.
NAME_GAP = re.compile(rf"( ({'|'.join(NAME_PARTICLES)})( |-))*|-| ?(al|el)-", re.IGNORECASE)


class ParsedDoc:
    """Words, sentences and entities of one annotated article."""

    def __init__(self, doc, text: str | None = None) -> None:
        self.text: str = text if text is not None else doc.text
        self.words: list[Word] = []
        self.sentences: list[range] = []
        self._cuts: set[int] = set()  # where the splitter cut a sentence that goes on
        for sentence in doc.sentences:
            base = len(self.words)
            joined = bool(self.sentences) and self._cut_name(self.sentences[-1], sentence)
            if joined:
                self._cuts.add(_offsets(sentence.words[0])[0])
            sent_index = len(self.sentences) - 1 if joined else len(self.sentences)
            for word in sentence.words:
                start, end = _offsets(word)
                self.words.append(
                    Word(
                        index=len(self.words),
                        text=word.text,
                        lemma=_lemma(word),
                        upos=word.upos or "X",
                        xpos=word.xpos or "",
                        feats=word.feats or "",
                        deprel=word.deprel or "dep",
                        head=base + word.head - 1 if word.head else None,
                        start=start,
                        end=end,
                        sentence=sent_index,
                    )
                )
            if joined:
                self.sentences[-1] = range(self.sentences[-1].start, len(self.words))
            else:
                self.sentences.append(range(base, len(self.words)))
        for word in self.words:
            if word.head is not None:
                self.words[word.head].children.append(word.index)
        self._starts = [w.start for w in self.words]
        self.entities: list[Entity] = []
        for ent in doc.ents:
            kind = ENTITY_TYPES.get(ent.type, "OTHER")
            self.entities.append(Entity(Span(ent.start_char, ent.end_char), kind, ent.text))
        widened = self._whole_people(self._hyphenated_people(
            self._across_cuts([self._widened(e) for e in self.entities])))
        self.entities = [e for e in widened if not any(  # 'Ocasio' inside 'Ocasio-Cortez'
            o is not e and o.span.start <= e.span.start and e.span.end <= o.span.end and
            len(o.span) > len(e.span) for o in widened)]
        self.entities = sorted(self.entities + self._particle_surnames(), key=lambda e: e.span)
        self.entities = [e for e in self.entities if not self._post_of_a_body(e)]
        for entity in self.entities:
            for index in self.words_in(entity.span):
                self.words[index].entity = entity.type
        repair(self.words)
        self.entities = [self._without_lead(entity) for entity in self.entities]

    def _post_of_a_body(self, entity: Entity) -> bool:
        """'Dean of Students Mark Rivera' with 'Dean' tagged a person of its own: one word
        before 'of' and a body's name in capitals, right before a person's name, is a post
        ('Dean Baker' stays a name)."""
        inside = list(self.words_in(entity.span))
        if entity.type != "PERSON" or len(inside) != 1 or \
                inside[0] + 2 >= len(self.words) or self.words[inside[0] + 1].lower != "of":
            return False
        people = {k for e in self.entities if e.type == "PERSON" for k in self.words_in(e.span)}
        k = inside[0] + 2
        while k < len(self.words) and k - inside[0] <= POST_BODY_WORDS + 1 and \
                self.words[k].text[:1].isupper() and k not in people:
            k += 1
        return inside[0] + 2 < k < len(self.words) and k in people

    def _widened(self, entity: Entity) -> Entity:
        """'Home Depot', 'General Motors' tagged from their second word: a body's name takes
        in the capitalised proper noun before it that the parse joins to it (a person's, a
        name particle)."""
        inside = list(self.words_in(entity.span))
        if not inside or inside[0] == 0:
            return entity
        before = self.words[inside[0] - 1]
        if entity.type == "PERSON":
            return self._with_hyphened_tail(self._with_particle(entity, before))
        if entity.type != "ORG":
            return entity
        joined = before.head in inside or any(self.words[k].head == before.index
                                              for k in inside)
        if before.upos != "PROPN" or not before.text[:1].isupper() or not joined or \
                before.sentence != self.words[inside[0]].sentence or \
                any(e.span.start <= before.start < e.span.end for e in self.entities):
            return entity
        return Entity(Span(before.start, entity.span.end), entity.type,
                      self.text[before.start:entity.span.end])

    def _with_hyphened_tail(self, entity: Entity) -> Entity:
        """'Lai Ching-te', 'Lin Chia-lung' tagged up to 'Ching' and 'Chia-': a short lower-case
        syllable joined by a tight hyphen ends the given name (not an English compound's
        second word: 'Trump-led')."""
        end = entity.span.end
        tail = HYPHENED_SYLLABLE.match(self.text, end - 1 if entity.text.endswith("-") else end)
        if tail is None or tail.group(1) in COMPOUND_ENDINGS:
            return entity
        return Entity(Span(entity.span.start, tail.end()), entity.type,
                      self.text[entity.span.start:tail.end()])

    def _with_particle(self, entity: Entity, before: Word) -> Entity:
        """'Ten Hag told reporters' and 'von der Leyen said' tagged a person from 'Hag' and
        'der': a name particle right before a person's name, in no name of its own, opens
        the name; so does a capitalised word joined by a tight hyphen ('Jean-Pierre said',
        'Ocasio-Cortez said', tagged from 'Pierre' and 'Cortez'), whatever the tagger made
        of it alone."""
        start = None
        previous = self.words[before.index - 1] if before.index > 0 else None
        if before.lower in NAME_PARTICLES and before.end + 1 == entity.span.start and \
                not any(e.span.start <= before.start < e.span.end or  # 'Osama bin Laden'
                        previous is not None and e.type == "PERSON" and
                        e.span.start <= previous.start < e.span.end for e in self.entities):
            start = before.start
        elif before.text == "-" and before.end == entity.span.start and previous is not None \
                and previous.upos == "PROPN" and previous.text[:1].isupper() and \
                not previous.text.isupper() and previous.end == before.start:
            start = previous.start  # not a party's letter: '(R-Tex.)'
        if start is None:
            return entity
        return Entity(Span(start, entity.span.end), entity.type, self.text[start:entity.span.end])

    def _particle_surnames(self) -> list[Entity]:
        """'Erik ten Hag said ... Ten Hag added': a surname that opens with a particle, written
        again with no given name, names the same person though the tagger missed it (and
        read 'Ten' as a number)."""
        surnames = {m.group(0).lower() for e in self.entities if e.type == "PERSON"
                    for m in re.finditer(rf"\b(?:{'|'.join(NAME_PARTICLES)}) \S+$", e.text,
                                         re.IGNORECASE)}
        found = []
        for surname in surnames:
            for m in re.finditer(rf"\b{re.escape(surname)}\b", self.text, re.IGNORECASE):
                span = Span(m.start(), m.end())
                if m.group(0)[:1].isupper() and not any(
                        e.span.start <= span.start < e.span.end for e in self.entities):
                    found.append(Entity(span, "PERSON", m.group(0)))
        return found

    def _hyphenated_people(self, entities: list[Entity]) -> list[Entity]:
        """'Alexandria Ocasio' (a body) and 'Ocasio-Cortez', 'Ngozi Okonjo' and 'Iweala' (a
        place): a person's name joined by a tight hyphen to a name the tagger gave another
        type is one person's."""
        merged = sorted(entities, key=lambda e: e.span.start)
        k = 0
        while k + 1 < len(merged):
            first, second = merged[k], merged[k + 1]
            overlapping = first.span.start < second.span.start < first.span.end
            hyphened = self.text[first.span.end:second.span.start] == "-"
            if (overlapping or hyphened) and "PERSON" in (first.type, second.type) and \
                    first.type != second.type:
                end = max(first.span.end, second.span.end)
                merged[k:k + 2] = [Entity(Span(first.span.start, end), "PERSON",
                                          self.text[first.span.start:end])]
                continue
            k += 1
        return merged

    def _whole_people(self, entities: list[Entity]) -> list[Entity]:
        """'Abdel Fattah' and 'al-Sisi', 'Sheikh Tamim' and 'bin Hamad Al Thani': a name the
        tagger cut in two is one person's, joined over name particles and a tight hyphen."""
        merged: list[Entity] = []
        for entity in sorted(entities, key=lambda e: e.span.start):
            last = merged[-1] if merged else None
            if last is not None and last.type == entity.type == "PERSON" and \
                    self._joins_names(last.span.end, entity.span.start):
                entity = Entity(Span(last.span.start, entity.span.end), "PERSON",
                                self.text[last.span.start:entity.span.end])
                merged.pop()
            merged.append(entity)
        return merged

    def _across_cuts(self, entities: list[Entity]) -> list[Entity]:
        """'Kim Jong' | 'Un said': a person's name the splitter cut before its last word
        (tagged apart, or as something else) goes on over that word."""
        people = []
        for entity in entities:
            end = entity.span.end
            if entity.type == "PERSON" and end + 1 in self._cuts and \
                    self.text[end:end + 1] == " ":
                word = self.words[self.word_at(end + 1)]
                if word.upos == "PROPN" and word.text[:1].isupper():
                    entity = Entity(Span(entity.span.start, word.end), "PERSON",
                                    self.text[entity.span.start:word.end])
            people.append(entity)
        return people  # the word's own entity, now inside the name, is dropped after

    def _joins_names(self, end: int, start: int) -> bool:
        """Whether only name particles ('al', 'bin', 'van der') and tight hyphens lie
        between two pieces of a name, or a space where the splitter cut the sentence
        ('Judge Amanda' | 'Reyes set bail', 'Kim Jong' | 'Un said')."""
        gap = self.text[end:start]
        return bool(NAME_GAP.fullmatch(gap)) or gap == " " and start in self._cuts

    def _without_lead(self, entity: Entity) -> Entity:
        """'Said Ellis: ...' tagged a person from 'Said', 'Lord Cameron' and 'Dr Tedros' with
        the form of address, 'Judge Amanda Reyes' with the post: a verb of speech, a form of
        address or a post (before two more words) at the front of a person's name is no
        part of it ('Mr Li' is then the 'Li' of 'Li Qiang'), nor are
        letters after it ('Anna Lewis KC')."""
        words = [self.words[k] for k in self.words_in(entity.span)]
        lead, tail = 0, len(words)
        while entity.type == "PERSON" and tail - lead > 1 and (
                words[lead].upos == "VERB" and words[lead].lemma in lexicon.reporting_verbs() or
                words[lead].lower.rstrip(".") in lexicon.COURTESY_TITLES or
                tail - lead > 2 and lexicon.source_nouns().get(words[lead].lower) == "title"):
            words[lead].entity = None
            lead += 1
        while entity.type == "PERSON" and tail - lead > 1 and words[tail - 1].text.isupper() \
                and words[tail - 1].lower in lexicon.post_nominals():  # 'Anna Lewis KC'
            words[tail - 1].entity = None
            tail -= 1
        if not lead and tail == len(words):
            return entity
        start, end = words[lead].start, words[tail - 1].end
        return Entity(Span(start, end), entity.type, self.text[start:end])

    def _cut_name(self, previous: range, sentence) -> bool:
        """'Spokeswoman Dana' | 'Lee said ...' or '... told CBC' | 'News the department
        will ...': the splitter cut a sentence when the piece before is a few capitalised
        nouns with no closing punctuation and the next goes on, on the same line, with a
        capitalised name, or when the piece before ends in a letter or digit and the next
        goes on after a single space."""
        words = [self.words[k] for k in previous]
        first = sentence.words[0]
        start = _offsets(first)[0]
        if start is None or self.text[words[-1].end : start] != " ":
            return False
        fragment = len(words) <= NAME_FRAGMENT_WORDS and first.upos == "PROPN" and \
            all(w.upos in ("NOUN", "PROPN") and w.text[:1].isupper() for w in words)
        return fragment or words[-1].text[-1:].isalnum()

    @cached_property
    def paragraphs(self) -> list[Span]:
        """The article's paragraphs, split once for every rule that reads them."""
        return paragraphs(self.text)

    @cached_property
    def quotes(self) -> list[Quote]:
        """The article's quotations, read once for the cue rules and the engine."""
        return list(find_quotes(self.text))

    def quoted_after(self, first: int, index: int) -> bool:
        """Whether word `index` stands inside a quotation that opens after word `first`."""
        start, at = self.words[first].start, self.words[index].start
        return any(start <= piece.start <= at < piece.end
                   for quote in self.quotes for piece in quote.pieces)

    @cached_property
    def person_names(self) -> frozenset[str]:
        """Lower-case last words of every person the tagger found, for names it missed, and
        of every name it typed a place or a body that is described as a person ('Valeska
        Paris, a former member, ... Paris claims'); and the first words of people's names,
        for family names written first ('Xi Jinping ... Xi said')."""
        names = [entity.text.replace("’s", "").replace("'s", "").split()
                 for entity in self.entities if entity.text.split() and (
                     entity.type == "PERSON" or self._described_entity(entity))]
        return frozenset(words[-1].lower() for words in names) | frozenset(
            words[0].lower() for words in names if len(words) > 1 and words[0][:1].isupper())

    def _described_entity(self, entity: Entity) -> bool:
        inside = self.words_in(entity.span)
        return entity.type in ("LOC", "ORG") and len(inside) > 1 and any(
            self.words[k].head not in inside and self.described_as_person(k) for k in inside)

    def described_as_person(self, head: int) -> bool:
        """'Valeska Paris, an Australian woman and former Scientologist': a name set beside 'a'
        or 'an' and a person's description is a person's, whatever place the tagger heard in
        it."""
        parts = [head, *self.children(head, "compound", "flat", "flat:name")]
        return any(self._a_person(a) for part in parts for a in self.children(part, "appos"))

    def _a_person(self, noun: int) -> bool:
        """'an Australian woman', 'the chair of the judges': a description only a person
        fits ('the owner', 'the leader' may be a company's or a movement's)."""
        category = lexicon.source_nouns().get(self.words[noun].lemma)
        articles = {self.words[d].lower for d in self.children(noun, "det")}
        return category in ("role", "title") and bool(articles & {"a", "an"}) or \
            category == "title" and "the" in articles and \
            self.words[noun].lemma not in CORPORATE_POSTS

    def words_in(self, span: Span) -> range:
        """Indices of the words lying inside a character span."""
        first = bisect_right(self._starts, span.start - 1)
        last = first
        while last < len(self.words) and self.words[last].end <= span.end:
            last += 1
        return range(first, last)

    def word_at(self, offset: int) -> int | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.words[i].start <= offset < self.words[i].end:
            return i
        return None

    def subtree(self, index: int, exclude: frozenset[int] = frozenset()) -> list[int]:
        """Sorted indices of a word and its descendants, minus excluded branches."""
        found: list[int] = []
        stack = [index]
        while stack:
            current = stack.pop()
            if current in exclude:
                continue
            found.append(current)
            stack.extend(self.words[current].children)
        return sorted(found)

    def after_comma(self, index: int) -> bool:
        """Whether the phrase a word heads opens right after a comma (set off: 'Christie, who
        ...', 'Clinton, like Obama,')."""
        return self.words[min(self.subtree(index)) - 1].text == ","

    def span_of(self, indices: list[int]) -> Span:
        return Span(self.words[indices[0]].start, self.words[indices[-1]].end)

    def sentence_span(self, sentence: int) -> Span:
        words = self.sentences[sentence]
        return Span(self.words[words[0]].start, self.words[words[-1]].end)

    def children(self, index: int, *deprels: str) -> list[int]:
        return [
            c for c in self.words[index].children
            if not deprels or self.words[c].deprel in deprels
        ]
