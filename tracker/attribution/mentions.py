"""Reading a speaker mention: its span, whether it is a name, a pronoun or a
description, and the parts an anonymous description is made of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import lexicon
from .document import PRONOUNS, ParsedDoc, Word
from .model import Mention, SourceKind, Span
from .repair import (
    CLOCK,
    FINITE,
    HYPHENS,
    NAMING_VERBS,
    ORDINALS,
    PERSON_CATEGORIES,
    RELATIVE_OPENERS,
    SET_OFF,
    TEMPORAL,
    WH_TAGS,
    dateline_hyphen,
    grants_anonymity,
)

NAME_RELATIONS = ("flat", "flat:name", "compound", "appos")
DEFINITE = {"the", "this", "that", "these", "those"}
ARTICLES = {"a", "an"}
# How far back (characters) a person named makes 'the Australian' one of that people.
NATIONAL_REACH = 300
INDEFINITE = {"a", "an", "another", "one", "some", "several", "two", "three", "many", "few"}
LOCATION_CASES = {"in", "at", "from"}
# Nouns for a place that a name in front of them makes one ('the Kherson region').
PLACE_NOUNS = {"region", "province", "oblast", "district", "city", "town", "village", "county",
               "state", "area", "governorate", "prefecture", "territory"}
# The prepositions that put a source inside a body ('an official at the ministry').
BODY_CASES = {"at", "in", "with", "from"}
# Clauses that may hang on a place ('in Brussels, who was not authorized ...').
CLAUSE_RELATIONS = ("acl:relcl", "acl", "appos", "parataxis")
NAME_BLOCKERS = {"of", "for", "to", "by", "from", "with", "and", "or", "about", "against"}
# A year, which dates a document and counts no one ('A 2019 memo').
YEAR = re.compile(r"^(1[89]|20)\d\d$")
EDGE_PUNCT = "PUNCT"
# Longest honorific abbreviation before a name, dot included ('Mr.', 'Sen.', 'Capt.').
ABBREVIATED_TITLE_MAX = 5
# Endings of nouns for people ('environmentalist', 'speechwriter', 'historian', 'resident').
PERSON_SUFFIXES = ("ist", "writer", "maker", "ian", "ent", "ant", "eer", "ster", "ee")
# ... but an act or its result ('comment', 'statement', 'agreement') is no one.
THING_SUFFIXES = ("ment",)
# How many words before a name may say it is only part of one ('identified only as Maria').
PARTIAL_NAME_REACH = 4
# One member of a party, which the tagger may hear a body in ('the New York Democrat').
PARTY_MEMBERS = {"democrat", "republican", "conservative", "liberal", "tory", "socialist",
                 "libertarian", "independent", "progressive"}
# What may follow a name's closing '+' ('OPEC+ said', 'OPEC+'s').
NAME_END_FOLLOWERS = ("", " ", ",", ".", "'", "’")
# The most words a bracket after a name may hold and still be about the name.
BRACKET_REACH = 8
# A comma or dash left of the head ends the phrase: 'Michigan, Trump said', 'FLINT — Bill Clinton'.
LEFT_BREAKS = {",", "—", "–", "―", ":", ";", ".", "?", "!"}
# An age standing for a person already named ('said the 46-year-old').
AGE = re.compile(r"\b\d+-year-old$")
# A website named by its address ('Gawker.com', 'Politico.eu'): a publisher, never a person.
WEB_ADDRESS = re.compile(r"\w\.(com|org|net|gov|edu|io|co\.uk|eu)$", re.IGNORECASE)
# ... and so is a one-word name that ends in 'news' ('Wikinews').
NEWS_NAME = re.compile(r"\wnews$", re.IGNORECASE)
# Words that open the clause, not the speaker's name: 'But Chris Christie', 'when Mrs. Clinton'.
LEFT_EDGES = {"CCONJ", "SCONJ"}
# The first halves of paired conjunctions, which belong to the coordination ('Both The Times
# and the Journal').
PAIRED = {"both", "either", "neither"}
# Words after a speaker that belong to the sentence ('Republicans, for example, say', 'Bolton
# and Gorka both said').
DISCOURSE_AFTER = {"for", "however", "though", "too", "meanwhile", "both", "alike"}
# What a focusing adverb before a speaker quantifies: 'nearly eight', 'only 52', 'at least one'.
QUANTITY_TAGS = {"NUM", "DET"}
FOCUS_ADVERBS = {"nearly", "almost", "only", "not", "least", "most", "about", "roughly",
                 "approximately", "just", "barely"}
# Where a capital inside one word marks a brand ('PolitiFact', 'HuffPost'), past the
# capitals of names such as 'McCain', 'DeSantis' or 'MacArthur'.
BRAND_CAPITAL = 4
# A colon or a line break after the head ends it: 'Pat Caddell: Democrats ...'.
RIGHT_BREAKS = {":"}
TIME_MODIFIERS = {"nmod:tmod", "nmod:npmod", "obl:tmod", "obl:npmod"}
# Prepositions of an aside after a comma: 'Clinton, like Obama,', 'Trump, at a rally,'.
ASIDE_CASES = {"like", "unlike", "at", "during", "in", "on", "after", "before"}
# Words that introduce named members of a crowd: 'critics, like Sen. Grassley', 'unions,
# including the AFL-CIO', 'groups such as the ACLU'.
EXAMPLE_MARKERS = {"including", "like", "such"}
EXAMPLE_KINDS = {"PERSON", "ORG"}
# Entity types a people is tagged with: OntoNotes' NORP, CoNLL's catch-all MISC.
PEOPLES = {"NORP", "MISC"}
# A people's name in these endings is the whole people with 'the': 'the Chinese', 'the Dutch'.
COLLECTIVE_DEMONYMS = ("ese", "ch", "sh", "ss")
# Who may lead a crowd of bodies, places among them ('states led by Texas').
LEADING_KINDS = EXAMPLE_KINDS | {"LOC"}
# How many words into an example phrase its name may start ('including the American ...').
EXAMPLE_NAME_REACH = 2
# The fewest letters of a transcript label in capitals read as a surname ('PENCE:'); shorter
# ones are initials or acronyms.
LABEL_LETTERS = 4
# Counts of one person: 'one of his aides', 'each of the candidates'.
SINGLE_COUNTS = {"one", "1", "each"}
# What an elliptical count ('Another said', 'A third said') reads as, in place of a pronoun.
ELLIPSIS = "another"
# Counts with the noun left out, besides 'another' and 'a third' ('One of them said').
ELLIPTICAL_PHRASES = (["the", "other"], ["one", "of", "them"], ["one", "of", "those"], ["one"])
# The words of such a count that name no one ('one of them diplomat' is 'one diplomat').
ELLIPTICAL_TAILS = (" of them", " of those")
# Determiners that single out one member of a crowd ('one parent', 'a voter', 'another
# resident', 'the teacher'): an unnamed individual, not the crowd's vague voice (as does a
# possessor: 'her neighbour') ...
ONE_OF_A_CROWD = {"a", "an", "one", "another", "the", "this", "that"}
MERIDIEMS = {"am", "pm", "a.m.", "p.m."}
# Words before a number that say how many of it ('half a dozen', 'more than a dozen', 'at
# least two').
COUNT_LEADS = {"a", "an", "half", "more", "than", "less", "fewer", "about", "nearly", "almost",
               "around", "roughly", "some", "at", "least"}
# ... unless the word names the crowd itself ('the crowd', 'the country').
CROWD_WORDS = {"crowd", "country", "public", "audience", "electorate"}
# Last words of a company's legal name, which no person's name ends with.
CORPORATE_SUFFIXES = {"inc", "inc.", "ltd", "ltd.", "corp", "corp.", "llc", "plc", "holdings",
                      "gmbh", "ag"}
# Words that join a plural to a cause in an organization's name ('Citizens for Tax Justice',
# 'Doctors Without Borders', 'Mothers Against Drunk Driving').
CAUSE_LINKS = {"for", "without", "against"}
# Words a cause name may hold in lower case ('Citizens for Responsibility and Ethics').
NAME_FILLERS = {"ADP", "CCONJ", "DET", "PART"}
DETACHED = ("obl", "advcl", "parataxis", "dep", "discourse", "vocative", "advmod")


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
    bare: bool = False  # no determiner at all: 'Lawmaker says ...', 'Former DNC chairman calls'
    parts: dict[str, str | None] = field(default_factory=dict)
    title: str | None = None
    category: str | None = None


def mention_words(doc: ParsedDoc, head: int, exclude: frozenset[int] = frozenset()) -> list[int]:
    """The speaker's noun phrase: the head's subtree without clauses and adverbials that a
    parser may hang on it, without the cue's own words, and without punctuation at the edges."""
    cut = set(exclude) | {c for c in doc.children(head) if _detached(doc, c, head)
                          and not _continues_apposition(doc, c, head)}
    cut |= {c for name in doc.children(head, "flat", "flat:name", "compound")
            for c in doc.children(name) if _aside(doc, c)}
    cut |= set(conjuncts(doc, head)[1:]) | set(doc.children(head, "cc"))
    cut |= {c for c in doc.children(head, "case") if c < head}
    cut |= _set_off_relatives(doc, head) | _set_off_questions(doc, head) | \
        _set_off_settings(doc, head) | _terms_of_anonymity(doc, head)
    words = doc.subtree(head, exclude=frozenset(cut))
    words = [k for k in words if doc.words[k].sentence == doc.words[head].sentence]
    breaks = [k for k in range(words[0], head) if doc.words[k].text in LEFT_BREAKS
              and not _abbreviation_dot(doc, k) and not _listing_comma(doc, k, head)
              or _time_stamp(doc, k)
              or doc.words[k].xpos == "''" or dateline_hyphen(doc.words, k)
              or doc.words[k].text == "--" and doc.words[k - 1].text in ("/", ")")
              ] if words else []  # a press release's '/PRNewswire/ --'
    if breaks:
        words = [k for k in words if k > breaks[-1]]
    lines = [k for k in range(words[0] + 1, head + 1) if _new_line(doc, k)] if words else []
    if lines:
        words = [k for k in words if k >= lines[-1]]
    ends = [k for k in range(head + 1, max(words, default=head) + 1)
            if doc.words[k].text in RIGHT_BREAKS or _new_line(doc, k)]
    if ends:
        words = [k for k in words if k < ends[0]]
    while words and words[0] < head and (doc.words[words[0]].upos == EDGE_PUNCT or
                                          doc.words[words[0]].upos in LEFT_EDGES and
                                          doc.words[words[0]].lower not in PAIRED):
        words.pop(0)
    words = _without_discourse(doc, head, words)
    words = _focus_adverb(doc, words) + words + _stranded_modifier(doc, head, words)
    possessor = doc.words[head].deprel == "nmod:poss"
    while words and (doc.words[words[-1]].upos == EDGE_PUNCT and not _closes_bracket(doc, words)
                     or doc.words[words[-1]].deprel == "case" and not possessor):
        words.pop()
    return words or [head]


def _listing_comma(doc: ParsedDoc, k: int, head: int) -> bool:
    """'Israeli, Egyptian and Qatari officials': a comma between modifiers listed before the
    head, an 'and' or 'or' closing the list, breaks nothing off."""
    return doc.words[k].text == "," and 0 < k < head - 2 and all(
        doc.words[j].upos in ("ADJ", "PROPN") and doc.words[j].deprel in ("amod", "conj",
                                                                          "compound")
        for j in (k - 1, k + 1)) and \
        any(doc.words[j].lower in ("and", "or") for j in range(k + 2, head))


def _without_discourse(doc: ParsedDoc, head: int, words: list[int]) -> list[int]:
    """'Officials in Minnesota, for example,', 'Bolton and Gorka both': a discourse word
    after the speaker (alone, or after a comma) is not part of how they are named."""
    for k in words:
        if k <= head or doc.words[k].lower not in DISCOURSE_AFTER:
            continue
        before = doc.words[k - 1]
        alone = k == words[-1] and doc.words[k].upos in ("DET", "ADV", "PRON", "CCONJ")
        if before.text == "," or alone:
            return [j for j in words if j < k]
    return words


def _time_stamp(doc: ParsedDoc, k: int) -> bool:
    """'10:15', or the 'PM' of '9:33PM': a live blog's time stamp before a label."""
    return bool(CLOCK.match(doc.words[k].text)) or k > 0 and \
        doc.words[k].lower in MERIDIEMS and bool(CLOCK.match(doc.words[k - 1].text))


def _set_off_relatives(doc: ParsedDoc, head: int) -> set[int]:
    """'Mr. Kamin, who emphasized that ...', 'Michael Mulgrew, president of the teachers'
    union, which represents ...', 'The senator, asked about the report, said': a relative
    clause or participle after a comma adds to the story, not to how the source is named
    (one without a comma does: 'officials who were not authorized to speak')."""
    return {k for k in doc.subtree(head) if k != head and doc.after_comma(k) and (
        doc.words[k].deprel == "acl:relcl" or doc.words[k].deprel == "acl" and
        doc.words[k].head == head and doc.words[k].upos == "VERB")}


def _set_off_settings(doc: ParsedDoc, head: int) -> set[int]:
    """'The company, in a statement released Monday, said': a phrase set off by commas
    that opens with a preposition and names a statement, interview or document says where
    something was said, not who said it."""
    found = set()
    for k in doc.children(head, "nmod", "obl", "acl"):
        words = doc.subtree(k)
        first = min(j for j in words if doc.words[j].upos != "PUNCT")
        last = max(j for j in words if doc.words[j].upos != "PUNCT")
        setting = doc.words[k].lemma in lexicon.cue_nouns() or \
            lexicon.source_nouns().get(doc.words[k].lemma) == "document"
        if first > head and doc.words[first].upos == "ADP" and setting and \
                doc.words[first - 1].text == "," and last + 1 < len(doc.words) and \
                doc.words[last + 1].text == ",":
            found.update(words)
    return found


def _terms_of_anonymity(doc: ParsedDoc, head: int) -> set[int]:
    """'said an official on condition of anonymity': a phrase after the speaker that opens
    with a preposition and with the grant of anonymity gives the terms the source spoke on, not who
    the source is."""
    found = set()
    for k in doc.children(head, "nmod", "obl"):
        words = doc.subtree(k)
        first = min(words)
        said = " ".join(doc.words[j].lower for j in words)
        if first > head and doc.words[first].upos == "ADP" and \
                said.startswith(lexicon.anonymity_grants()):
            found.update(words)
    return found


def _set_off_questions(doc: ParsedDoc, head: int) -> set[int]:
    """'three people familiar with the matter, in what would be the largest deal': a phrase
    set off by a comma that opens with a preposition and a question word tells about the
    story, not the source (a relative clause on the source, 'Joseph, who has four
    children', describes the source and stays)."""
    found = set()
    for k in doc.subtree(head):
        first = min(j for j in doc.subtree(k) if doc.words[j].upos != EDGE_PUNCT or j == k)
        if k == head or first <= head or doc.words[first - 1].text != ",":
            continue
        if doc.words[k].deprel != "acl:relcl" and doc.words[first].upos == "ADP" and \
                first + 1 < len(doc.words) and doc.words[first + 1].xpos in WH_TAGS:
            found.add(k)
    return found


def _continues_apposition(doc: ParsedDoc, child: int, head: int,
                          appositions: list[int] | None = None) -> bool:
    """'Khaled Al-Maeena, editor at large at the Saudi Gazette': a prepositional phrase the
    parser hung on the name right after its apposition belongs to the apposition."""
    word = doc.words[child]
    if not word.deprel.startswith(("obl", "nmod")) or word.lower in TEMPORAL or \
            not doc.children(child, "case") or word.upos not in ("NOUN", "PROPN", "ADJ"):
        return False
    start = min(doc.subtree(child))
    hosts = doc.children(head, "appos") if appositions is None else appositions
    return any(max(doc.subtree(a)) + 1 == start for a in hosts if a < child)


def _stranded_modifier(doc: ParsedDoc, head: int, words: list[int]) -> list[int]:
    """'said Mike Schmidt, an economic policy adviser at the Clinton campaign.': a
    prepositional phrase the parser hung on the verb, written right after the speaker's
    apposition, belongs to the apposition; returns its words, else none."""
    appositions = [a for a in doc.children(head, "appos") if max(doc.subtree(a)) == words[-1]]
    governor = doc.words[head].head
    nxt = words[-1] + 1 if words else None
    if not appositions or governor is None or nxt is None or nxt >= len(doc.words) or \
            doc.words[nxt].text == ",":  # '..., at a conference in Taipei': where, not who
        return []
    phrase = next((c for c in doc.children(governor) if min(doc.subtree(c)) == nxt), None)
    if phrase is None or not _continues_apposition(doc, phrase, head, appositions):
        return []
    return doc.subtree(phrase)


def _focus_adverb(doc: ParsedDoc, words: list[int]) -> list[int]:
    """'Nearly eight of 10 voters', 'not everyone', 'at least one Democrat': an adverb the
    parser hung on the verb still counts how many spoke; returns its words, else none."""
    if not words or words[0] == 0:
        return []
    first, before = doc.words[words[0]], doc.words[words[0] - 1]
    quantity = first.upos in QUANTITY_TAGS or first.upos == "PRON" and first.lower not in PRONOUNS
    if not quantity or before.lower not in FOCUS_ADVERBS or before.sentence != first.sentence:
        return []
    adverb = doc.subtree(before.index)
    return adverb if max(adverb) == before.index else []


def _abbreviation_dot(doc: ParsedDoc, k: int) -> bool:
    """A full stop the tokenizer split from a short capitalised word ('Sen', '.'), which
    ends an abbreviation, not a sentence."""
    word, before = doc.words[k], doc.words[k - 1] if k else None
    return word.text == "." and before is not None and before.end == word.start and \
        before.text[:1].isupper() and len(before.text) < ABBREVIATED_TITLE_MAX


def _new_line(doc: ParsedDoc, k: int) -> bool:
    return "\n" in doc.text[doc.words[k - 1].end : doc.words[k].start]


def _detached(doc: ParsedDoc, child: int, head: int) -> bool:
    """Clauses, adverbials and time phrases ('last week', 'Sanders on Tuesday', 'Clinton,
    like Obama,') a parser may hang on the speaker's noun: they are not part of how the
    source is named. An adverb before the noun is ('nearly eight of 10 voters', 'only 52
    percent', 'not everyone')."""
    word = doc.words[child]
    if word.deprel == "advmod" and child < head:
        following = doc.words[max(doc.subtree(child)) + 1]
        return not (following.index == head or following.upos in QUANTITY_TAGS)
    return _aside(doc, child) or word.deprel.split(":")[0] in DETACHED or \
        word.deprel in TIME_MODIFIERS


def _aside(doc: ParsedDoc, child: int) -> bool:
    """A prepositional phrase of time ('on Tuesday', 'in 2001') or an aside after a comma
    ('like Obama', 'at a later press gaggle') hung on a name."""
    word = doc.words[child]
    if not word.deprel.startswith("nmod"):
        return False
    cases = [doc.words[c].lower for c in doc.children(child, "case")]
    after_comma = doc.after_comma(child)
    year = word.upos == "NUM" and len(word.text) == 4 and word.text.isdigit()
    time = word.lower in TEMPORAL and not doc.children(child, "compound")  # not 'USA Today'
    return bool(cases) and (time or year
                            or after_comma and cases[0] in ASIDE_CASES)


def _closes_bracket(doc: ParsedDoc, words: list[int]) -> bool:
    """Keep the ')' of 'Sen. Lindsey Graham (R-S.C.)' when the '(' is inside the mention."""
    last = doc.words[words[-1]].text
    return last == ")" and any(doc.words[k].text == "(" for k in words)


def _who_clause(doc: ParsedDoc, head: int) -> bool:
    """'The Australian, who missed most of last season': described as a person, not the
    newspaper of that name."""
    return any(doc.words[min(doc.subtree(c))].lower == "who"
               for c in doc.children(head, "acl:relcl"))


def _a_national_in_lower_case(doc: ParsedDoc, head: int, words: list[int]) -> bool:
    """'Pat Cummins ... "It's disappointing," the Australian told reporters': a people's
    word (an adjective, not 'the Guardian') after a 'the' written small, the subject of its
    verb shortly after a person was named, is one of that people, not the newspaper whose
    name begins 'The' (which some papers write small too: 'according to the Australian')."""
    word = doc.words[head]
    start = word.start
    return len(words) == 2 and doc.words[words[0]].text == "the" and \
        word.deprel in ("nsubj", "nsubj:pass") and \
        (word.upos == "ADJ" or lexicon.descriptors().get(word.lower) == "demonym") and \
        _a_national(doc, head, {"the"}) and \
        any(e.type == "PERSON" and start - NATIONAL_REACH <= e.span.start < start
            for e in doc.entities)


def _a_national(doc: ParsedDoc, head: int, determiners: set[str]) -> bool:
    """'the Dutchman said', 'The Serb said', 'The Australian, who missed last season, said',
    'the New Zealander said': one person of a people, named with 'the' and nothing else, is
    someone the story has named (not a nation: 'the Chinese', 'the French' stand for their
    side)."""
    word = doc.words[head]
    demonym = lexicon.descriptors().get(word.lower) == "demonym"
    # 'the South African', 'the New Zealander': a people's name of two words is one word
    modifiers = [k for k in doc.children(head, "amod", "nmod", "compound", "nummod")
                 if not (word.entity in PEOPLES and doc.words[k].entity == word.entity and
                         doc.words[k].text[:1].isupper() and k == head - 1)]
    return (word.entity in PEOPLES or demonym) and word.text[:1].isupper() and \
        determiners == {"the"} and not word.plural and \
        (demonym or not word.lower.endswith(COLLECTIVE_DEMONYMS)) and not modifiers


def _a_nation(doc: ParsedDoc, head: int, determiners: set[str]) -> bool:
    """'The Russians said', 'the Chinese pledged': a people named with 'the' and nothing
    else speaks for its nation or side, a named party, whatever is said of it between commas
    ('The Europeans, who had been cut out of the talks, derided the deal'), as 'Many
    Americans' or 'the Russians I spoke to' do not."""
    word = doc.words[head]
    restrictive = [c for c in doc.children(head, "acl", "acl:relcl")
                   if doc.words[min(doc.subtree(c)) - 1].text != ","]
    return word.entity in PEOPLES and word.text[:1].isupper() and determiners == {"the"} \
        and (word.plural or word.upos == "ADJ") and not restrictive and not doc.children(
            head, "amod", "nmod", "compound", "nummod")


def _listed_post(doc: ParsedDoc, k: int) -> bool:
    """'Senator', 'Chancellor': a word the lexicon lists as a post."""
    return lexicon.source_nouns().get(doc.words[k].lower) in lexicon.POSTS


def _post_word(doc: ParsedDoc, k: int) -> bool:
    """'Gov.', 'Senator': a post or its abbreviation, not part of a name."""
    return _abbreviated_title(doc, k) or _listed_post(doc, k)


def _whole_names(doc: ParsedDoc, found: list[int]) -> set[int]:
    """The rest of each name the tagger marked, however the parser split it ('City Manager
    Greg Moore' with 'Moore' hung on 'City', 'Microsoft CEO Satya Nadella')."""
    whole: set[int] = set()
    for k in found:
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(doc.words) and doc.words[j].entity == doc.words[k].entity and \
                    doc.words[j].sentence == doc.words[k].sentence and \
                    doc.words[j].upos == "PROPN" and not _post_word(doc, j) and \
                    lexicon.reporting_lemma(doc.words[j].lower) is None:  # 'Clinton Speaks'
                whole.add(j)
                j += step
    return whole


def _partly_named(doc: ParsedDoc, head: int, words: list[int], person: list[int]) -> bool:
    """'Ahmed, who gave only his first name', 'a resident identified only as Maria', 'a
    soldier who goes by the call sign Bear', 'Kevin, who asked that his full name not be
    used' (in a clause set off from the mention): a name the story says is only part of
    one, or not the person's own, leaves the person unidentified."""
    described = doc.subtree(head)
    before = range(max(0, person[0] - PARTIAL_NAME_REACH), person[0])
    return grants_anonymity(doc.words, sorted({*words, *before, *described,
                                               *_bracketed_after(doc, person[-1])}))


def _bracketed_after(doc: ParsedDoc, index: int) -> list[int]:
    """The words in brackets right after a word ('Hassan (not his real name)'), wherever the
    parser hung them."""
    opening = index + 1
    if opening >= len(doc.words) or doc.words[opening].text != "(":
        return []
    closing = next((k for k in range(opening + 1, min(len(doc.words), opening + BRACKET_REACH))
                    if doc.words[k].text == ")"), None)
    return list(range(opening + 1, closing)) if closing is not None else []


def _named_possessor(doc: ParsedDoc, head: int) -> bool:
    """'Pagliano's lawyer', 'Obama's former campaign strategist': one person in a post
    that a named person or body holds is identified by it, as 'one of Obama's advisers'
    or 'Obama's aides' are not."""
    return not doc.words[head].plural and any(
        doc.words[k].upos == "PROPN" and doc.words[k].entity is not None
        for k in doc.children(head, "nmod:poss"))


def _body_after_role(doc: ParsedDoc, head: int, words: list[int]) -> list[int]:
    """'the event organizer Alliance to Reclaim Our Schools': a role filled by a named body
    written right after it, with no comma between; the body's name, else none."""
    after = head + 1
    if after not in doc.children(head, "appos") or doc.words[after].entity != "ORG" or \
            doc.words[after].upos != "PROPN":
        return []
    run = [after]
    while run[-1] + 1 in words and doc.words[run[-1] + 1].entity == "ORG":
        run.append(run[-1] + 1)
    return run


def _entity_words(doc: ParsedDoc, head: int, kind: str) -> list[int]:
    """Words of the named entity of a type that the head word belongs to or names via
    apposition (also when the parser made the title its head: 'its author, Dr. Emily Zhao'),
    less a title the tagger took into the name ('Sen. Elizabeth Warren', 'Spokeswoman Dana
    Lee')."""
    group = [head] + [c for c in doc.children(head, *NAME_RELATIONS)
                      if not _modifies_common_noun(doc, c, head)]
    found: list[int] = []
    for k in group:
        # 'The police spokesman, SP Benjamin Hundeyin,': a rank or post heading the apposition
        titled = k != head and (_abbreviated_title(doc, k) or
                                doc.words[k].deprel == "appos" and (
                                    _titled_name(doc, k) or _named_after_noun(doc, k)))
        if doc.words[k].entity == kind or titled:
            found.extend(j for j in doc.subtree(k) if doc.words[j].entity == kind)
    if not found:
        return []
    found = sorted(set(found) | _hyphens_between(doc, set(found)) | _whole_names(doc, found))
    runs: list[list[int]] = [[found[0]]]
    for k in found[1:]:
        if k == runs[-1][-1] + 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    if kind != "PERSON":  # 'Premier League', 'General Medical Council' keep every word
        return max(runs, key=lambda r: (head in r, len(r)))
    # 'The Chancellor, Rachel Reeves': a post is no name, nor is 'the Chancellor' alone
    # ('Sources close to the Chancellor', 'A friend of the Duchess')
    names = [r for r in runs if not all(_listed_post(doc, k) for k in r)]
    if not names and all(_post_with_the(doc, r) for r in runs):
        return []
    run = max(names or runs, key=lambda r: (head in r, len(r)))
    while len(run) > 1 and (len(doc.words[run[0]].text) > 2 and
                            _abbreviated_title(doc, run[0]) or
                            doc.words[run[0]].lower.rstrip(".") in lexicon.COURTESY_TITLES or
                            _listed_post(doc, run[0])):
        run = run[1:]
    return run


def _titled_name(doc: ParsedDoc, appos: int) -> bool:
    """'SP Benjamin Hundeyin', 'Chief Cabinet Secretary Yoshimasa Hayashi': an apposition
    that is a name with only capitalised words (a rank, a post) before it."""
    words = doc.subtree(appos)
    names = [k for k in words if doc.words[k].entity == "PERSON"]
    return bool(names) and all(doc.words[k].text[:1].isupper() for k in words
                               if k < names[0] and doc.words[k].upos != EDGE_PUNCT)


def _named_after_noun(doc: ParsedDoc, appos: int) -> bool:
    """'His former teammate, the striker Harry Kane': an apposition that is a common noun
    with a person's name right after it gives the name of whom the head describes."""
    after = appos + 1
    return doc.words[appos].upos == "NOUN" and after in doc.subtree(appos) and \
        doc.words[after].entity == "PERSON" and doc.words[after].upos == "PROPN"


def _hyphens_between(doc: ParsedDoc, words: set[int]) -> set[int]:
    """'Al-Maeena', 'al-Amr': a hyphen written tight between two words of a name joins them
    (the tagger often leaves it, and so the name's second half, outside)."""
    return {k + 1 for k in words if k + 2 in words and doc.words[k + 1].text == "-"
            and doc.words[k + 1].start == doc.words[k].end
            and doc.words[k + 2].start == doc.words[k + 1].end}


def _modifies_common_noun(doc: ParsedDoc, child: int, head: int) -> bool:
    """'Clinton supporters', 'a Trump adviser': a name used as a modifier of a common noun
    says whose people they are, not who they are."""
    return doc.words[head].upos == "NOUN" and doc.words[child].deprel == "compound" \
        and child < head


def _posts_office(doc: ParsedDoc, organization: list[int]) -> list[int]:
    """"The Prime Minister's Office": a body named by the post whose it is takes the post
    into its name."""
    first = organization[0]
    posts = [c for c in doc.children(organization[-1], "nmod:poss")
             if c < first and doc.words[c].text[:1].isupper() and doc.words[c].entity is None]
    if not posts:
        return organization
    start = min(k for k in doc.subtree(posts[0]) if doc.words[k].upos != "DET")
    return list(range(start, organization[-1] + 1))


def _persons_body(doc: ParsedDoc, head: int, person: list[int]) -> bool:
    """'The campaign of former President Donald Trump', 'The office of Governor Gavin
    Newsom': a named person's body is not that person."""
    word = doc.words[head]
    held = {k for c in doc.children(head, "nmod") for k in doc.subtree(c)}
    return bool(person) and head not in person and word.upos == "NOUN" and \
        lexicon.source_nouns().get(word.lemma) == "organization" and bool(held & set(person))


def _trailing_name(doc: ParsedDoc, words: list[int]) -> list[int]:
    """'Secretary of State John F. Kerry': a title, then the person's name closing the phrase
    (before any comma), widened to untagged capitalised words before it (not a place or
    body the tagger found: 'CEO of the Refugee Council Enver Solomon') unless that runs
    into a preposition ('of State John F. Kerry'). 'a spokeswoman for Hillary Clinton'
    names someone else, and so does a name after a dash ('The film ― which features
    Michelle Alexander')."""
    phrase = words
    for i, k in enumerate(words):
        if doc.words[k].text in SET_OFF and i:
            phrase = words[:i]
            break
    run: list[int] = []
    for k in reversed(phrase):
        if doc.words[k].entity != "PERSON":
            break
        run.insert(0, k)
    tagged = list(run)
    while run and run[0] > phrase[0] and doc.words[run[0] - 1].upos == "PROPN" and \
            doc.words[run[0] - 1].lower.rstrip(".") not in lexicon.COURTESY_TITLES:  # 'Dr Tom'
        run.insert(0, run[0] - 1)
    if any(doc.words[k].entity not in (None, "PERSON") for k in run):
        run = tagged
    for candidate in (run, tagged):
        if candidate and candidate[0] != phrase[0] and not _name_blocked(doc, candidate[0]) \
                and not _named_in_clause(doc, candidate[0], phrase) and \
                not _post_with_the(doc, candidate):
            return candidate
    return []


def _post_with_the(doc: ParsedDoc, run: list[int]) -> bool:
    """'the Chancellor', 'the Duchess' tagged as a person: a post with 'the' and nothing
    after it names no one ('Sources close to the Chancellor' are not the Chancellor; 'the
    Duke of Sussex' is a name)."""
    return run[0] > 0 and doc.words[run[0] - 1].lower == "the" and \
        all(_listed_post(doc, k) for k in run) and not doc.children(run[-1], "nmod")


def _named_in_clause(doc: ParsedDoc, first: int, phrase: list[int]) -> bool:
    """'a committee member who supports Donald Trump': a name inside a relative clause is
    someone the clause tells of, unless the clause gives the person's name ('a resident
    who gave his name as Ahmed Ali', 'who asked to be identified as Maria')."""
    k = doc.words[first].head
    verbs: set[str] = set()
    while k is not None and k in phrase:
        verbs.add(doc.words[k].lemma)
        if doc.words[k].deprel == "acl:relcl":
            return not verbs & NAMING_VERBS
        k = doc.words[k].head
    return False


def _name_blocked(doc: ParsedDoc, first: int) -> bool:
    """'a spokeswoman for Hillary Clinton', 'advisers to Mr. Obama', 'a spokesman for Prime
    Minister X': a name after a preposition, honorifics and titles aside, is someone
    else's (not so after 'of': 'Secretary of State John Kerry')."""
    start = first
    while start > 0 and doc.words[start - 1].text[:1].isupper():
        start -= 1  # 'a spokesperson for Prime Minister Anthony Albanese'
    if start > 0 and doc.words[start - 1].lower in NAME_BLOCKERS - {"of"}:
        return True
    while first > 0 and _abbreviated_title(doc, first - 1):
        first -= 1
    before = doc.words[first - 1]
    return before.lower in NAME_BLOCKERS or before.deprel == "case"


def _one_described(doc: ParsedDoc, head: int) -> int | None:
    """'One, a retired teacher,': the word for a person set beside a bare 'one'."""
    if doc.words[head].lower != "one":
        return None
    return next((a for a in doc.children(head, "appos") if doc.words[a].upos == "NOUN" and
                 lexicon.source_nouns().get(doc.words[a].lemma) in PERSON_CATEGORIES), None)


def _elliptical(doc: ParsedDoc, head: int, words: list[int]) -> bool:
    """'One official said ... Another said ...', '... A third said ...', 'Two diplomats
    confirmed it. One of them said ... The other said ...': a word that counts someone off
    with the noun left out stands for one more of the kind just quoted."""
    word = doc.words[head]
    lowered = [doc.words[k].lower for k in words]
    if word.lower == "another":
        return words == [head]
    return lowered in ELLIPTICAL_PHRASES or \
        word.lower in ORDINALS and lowered in (["a", word.lower], ["the", word.lower])


def _abbreviated_title(doc: ParsedDoc, k: int) -> bool:
    """'Mr.', 'Sen.', 'Gov.', 'Lt.': a capitalised abbreviation written before a name; or a
    listed one written without the full stop, as British papers do ('Prof Green', 'Lt Col
    Sarah Hill'), where it opens the name ('Defence Minister Gen Nakatani' is a given name)."""
    text = doc.words[k].text
    if text.endswith("."):
        return text[:1].isupper() and text[:-1].isalpha() and len(text) <= ABBREVIATED_TITLE_MAX
    before = doc.words[k - 1] if k > 0 and doc.words[k - 1].sentence == doc.words[k].sentence \
        else None
    opens = before is None or not before.text[:1].isupper() or \
        before.lower in lexicon.title_abbreviations() or before.upos == "PUNCT"
    return text.istitle() and text.lower() in lexicon.title_abbreviations() and opens


def _text(doc: ParsedDoc, words: list[int]) -> str:
    """The text of a run of words, with a '+' written onto its last ('OPEC+', 'Disney+')."""
    end = doc.words[words[-1]].end
    if doc.text[end : end + 1] == "+" and doc.text[end + 1 : end + 2] in NAME_END_FOLLOWERS:
        end += 1
    return doc.text[doc.words[words[0]].start : end]


def _two_word_category(doc: ParsedDoc, head: int) -> str | None:
    """The category the lexicon gives a noun together with the word before it ('general
    staff' is a military command, not a person on a staff)."""
    if head == 0:
        return None
    before = doc.words[head - 1]
    return lexicon.source_nouns().get(f"{before.lower} {doc.words[head].lemma}") \
        if before.head == head else None


def read_mention(doc: ParsedDoc, head: int, exclude: frozenset[int] = frozenset(),
                 known_names: frozenset[str] = frozenset(),
                 cue: int | None = None) -> MentionReading:
    """Classify the mention headed by a word and take an anonymous description apart.

    `exclude` holds the cue's words ("according to"); `known_names` the lower-case
    surnames of people the article names anywhere, so a name the tagger missed in
    one sentence is still read as a person's; `cue` the reporting verb, whose
    place adverbial ("said in Kyiv") locates an anonymous speaker.
    """
    words = mention_words(doc, head, exclude)
    span = Span(doc.words[words[0]].start, doc.words[words[-1]].end)
    text = _text(doc, words)
    word = doc.words[head]
    determiners = {doc.words[k].lower for k in doc.children(head, "det", "nummod", "nmod:poss")}
    definite = bool(determiners & DEFINITE) or any(
        doc.words[k].upos != "PRON" for k in doc.children(head, "nmod:poss"))
    if word.upos == "PRON" and word.lower in PRONOUNS:
        number = PRONOUNS[word.lower]
        return MentionReading(Mention(span, text, "pronoun"), head, None, text,
                              number == "plural", pronoun=word.lower)
    described = _one_described(doc, head)
    if described is not None:  # 'One, a retired teacher, said': the teacher
        reading = read_mention(doc, described, exclude, known_names, cue)
        return replace(reading, mention=Mention(span, text, reading.mention.kind))
    if _elliptical(doc, head, words):
        return MentionReading(Mention(span, text, "description"), head, None, text, False,
                              pronoun=ELLIPSIS)
    body = None if _who_clause(doc, head) or _a_national_in_lower_case(doc, head, words) \
        else _known_body(doc, words)
    if WEB_ADDRESS.search(word.text) or NEWS_NAME.search(word.text) or body is not None:
        return MentionReading(Mention(span, text, "organization"), head,
                              SourceKind.NAMED_ORGANIZATION, body or word.text, False,
                              definite=True)
    brand = _possessive_brand(doc, head)
    if brand:
        name = _text(doc, brand).replace(" 's", "'s").replace(" ’s", "’s")
        return MentionReading(Mention(span, text, "organization"), head,
                              SourceKind.NAMED_ORGANIZATION, name, False, definite=True)
    cause = _cause_name(doc, head, determiners)
    if cause:
        return MentionReading(Mention(span, text, "organization"), head,
                              SourceKind.NAMED_ORGANIZATION, _text(doc, cause), False,
                              definite=True)
    if _a_national(doc, head, determiners):
        return MentionReading(Mention(span, text, "description"), head,
                              SourceKind.ANONYMOUS_INDIVIDUAL, text, False, definite=True,
                              parts={"role": word.lower, "affiliation": word.text},
                              category="nationality")
    person = _entity_words(doc, head, "PERSON") or _trailing_name(doc, words) or \
        _name_after_title(doc, head) or _name_after_honorific(doc, head)
    person = [k for k in person if not any(  # 'MARTIN: Senator, thanks ...'
        doc.words[j].text == ":" for j in range(min(head, k), max(head, k)))]
    if person == [head] and _organization_name(doc, head, person) or \
            _persons_body(doc, head, person):
        person = []
    if _body_named_as_person(doc, head, words, person):
        return MentionReading(Mention(span, text, "organization"), head,
                              SourceKind.NAMED_ORGANIZATION, _text(doc, person), False,
                              definite=True)
    if person:
        name = _text(doc, person)
        title = _person_title(doc, head, words, person[0])
        kind = SourceKind.ANONYMOUS_INDIVIDUAL if _partly_named(doc, head, words, person) \
            else SourceKind.NAMED_PERSON
        return MentionReading(Mention(span, text, "name"), head, kind,
                              name, False, definite=True, title=title)
    if _a_nation(doc, head, determiners):
        return MentionReading(Mention(span, text, "organization"), head,
                              SourceKind.NAMED_ORGANIZATION, _text(doc, words), True,
                              definite=True)
    nouns = lexicon.source_nouns()
    # a plural listed in its own right first: 'authorities' are officials, an 'authority' a body
    category = _two_word_category(doc, head) or word.plural and nouns.get(word.lower) or \
        nouns.get(word.lemma) or nouns.get(word.lower)
    age = AGE.search(_text(doc, [k for k in words if k <= head]))
    if category is None and age:
        category = "title"
    if category == "document" and _ranked(doc, head):
        category = "role"
    if category == "vague" and word.text[:1].isupper() and not word.plural and \
            determiners == {"the"} and head > 0 and doc.words[head - 1].lower == "the":
        category = "title"
    if category == "share" or _proportion(doc, head):
        return MentionReading(Mention(span, text, "document"), head, SourceKind.DOCUMENT,
                              _description_name(doc, head, words), True, definite=definite,
                              parts={"role": word.lemma}, category="share")
    gathering = category == "organization" and bool(determiners & INDEFINITE)
    counted = _counted(doc, head) if category == "quantity" or word.upos == "NUM" or \
        gathering else None
    if counted is not None:
        inner = read_mention(doc, counted, exclude, known_names, cue)
        if inner.kind is not None and inner.kind != SourceKind.UNRESOLVED:
            return _count_of(doc, head, words, inner)
    if category == "quantity" and word.lower in SINGLE_COUNTS and _of_them(doc, head):
        return MentionReading(Mention(span, text, "description"), head,
                              SourceKind.ANONYMOUS_INDIVIDUAL, text, False, definite=definite)
    if category == "quantity":
        return MentionReading(Mention(span, text, "description"), head, SourceKind.VAGUE,
                              _description_name(doc, head, words),
                              word.lower not in SINGLE_COUNTS, definite=definite,
                              parts=describe(doc, head, words), category="vague")
    if category is None and (
            (word.upos == "PROPN" or word.text[:1].isupper()) and word.lower in known_names
            or _transcript_label(doc, head, cue)):
        return _proper_noun(doc, head, words, span, text, definite, person=True)
    organization = _entity_words(doc, head, "ORG")
    # 'Senate Republicans': a body before a word for people is theirs, they are not it; nor
    # is 'the New York Democrat', one member of a party, a body the tagger heard in it
    if category == "vague" and (head not in organization or not word.plural and
                                "the" in determiners and word.lower in PARTY_MEMBERS):
        organization = []
    if organization and category not in ("role", "title") and \
            not doc.described_as_person(head) and (
            word.upos == "PROPN" or word.text[:1].isupper() and category is None):
        return MentionReading(Mention(span, text, "organization"), head,
                              SourceKind.NAMED_ORGANIZATION,
                              _text(doc, _posts_office(doc, organization)),
                              word.plural, definite=True)
    if organization and category == "organization" and organization[0] > head and \
            word.upos == "NOUN":  # 'Her label, Interscope Records, said'
        return MentionReading(Mention(span, text, "organization"), head,
                              SourceKind.NAMED_ORGANIZATION, _text(doc, organization),
                              word.plural, definite=True)
    if word.upos == "PROPN" and (category is None or category in ("organization", "document")
                                 and word.entity is not None):
        return _proper_noun(doc, head, words, span, text, definite)
    named_body = _body_after_role(doc, head, words) if category in ("role", "title") else []
    if named_body:
        return MentionReading(Mention(span, text, "organization"), head,
                              SourceKind.NAMED_ORGANIZATION, _text(doc, named_body), False,
                              definite=True)
    parts = describe(doc, head, words)
    if age and parts.get("role") == "old":  # 'the 36-year-old': the age is all we are told
        parts["role"] = age.group(0)
    if not parts.get("location") and cue is not None:
        parts["location"] = _location(doc, cue, "obl")
    if category == "document":
        kind = SourceKind.DOCUMENT
        mention_kind = "document"
    elif category == "organization" and _named_body(
            word.plural and not _plural_body(word), parts, determiners):
        kind = SourceKind.NAMED_ORGANIZATION
        mention_kind = "organization"
    elif category in ("role", "title") and _named_possessor(doc, head) or \
            category == "title" and word.plural and "both" in determiners:
        kind = SourceKind.NAMED_PERSON
        mention_kind = "description"
    elif category == "title" and word.plural and not definite and not parts.get("number"):
        kind = SourceKind.VAGUE
        mention_kind = "description"
    elif category in ("role", "title") or category == "vague" and (
            _specific(parts) and (not word.plural or parts.get("knowledge_basis")) or
            word.plural and parts.get("number") or  # 'Two poll workers said'
            not word.plural and (determiners & ONE_OF_A_CROWD and word.lemma not in CROWD_WORDS or
                                 doc.children(head, "nmod:poss")) or
            lexicon.has_phrase(text.lower(), lexicon.anonymity_grants())):
        kind = SourceKind.ANONYMOUS_GROUP if word.plural else SourceKind.ANONYMOUS_INDIVIDUAL
        mention_kind = "description"
    elif category in ("vague", "organization"):
        kind = SourceKind.VAGUE
        mention_kind = "description"
    elif category is None and word.upos == "NOUN" and word.lemma.endswith(PERSON_SUFFIXES) \
            and not word.lemma.endswith(THING_SUFFIXES):
        kind = _unlisted_people(word.plural, parts)
        mention_kind = "description"
    else:
        kind = SourceKind.UNRESOLVED
        mention_kind = "description"
    members = _included_members(doc, head) if word.plural else []
    if members and kind in (SourceKind.VAGUE, SourceKind.ANONYMOUS_GROUP):
        kind = _example_kind(doc, members)
    examples = _named_examples(doc, head, words) if word.plural else []
    if examples and kind in (SourceKind.VAGUE, SourceKind.ANONYMOUS_GROUP):
        words = sorted(set(words) | set(examples))
        kind = _example_kind(doc, examples)
        return MentionReading(Mention(Span(span.start, doc.words[words[-1]].end),
                                      _text(doc, words), "description"), head, kind,
                              _text(doc, words), True, definite=True, parts=parts,
                              category=category)
    # A document is one thing to refer back to ('it'), however many reports it holds; only
    # a share of the polled is 'they'.
    plural = word.plural and kind != SourceKind.DOCUMENT
    labelled = text.isupper() and max(words) + 1 < len(doc.words) and \
        doc.words[max(words) + 1].text == ":"  # a transcript's 'HOST:' is the speaker itself
    return MentionReading(Mention(span, text, mention_kind), head, kind,
                          _description_name(doc, head, words), plural,
                          definite=definite, parts=parts, category=category,
                          bare=not determiners and not labelled)


def _body_named_as_person(doc: ParsedDoc, head: int, words: list[int],
                          person: list[int]) -> bool:
    """'Adani Group', 'Acme Holdings', 'Tata Sons Ltd', 'Gardaí' tagged as a person: a name
    that ends in a capitalised word for a body is the body's; so is a one-word name set off
    by a word for a body ('Xiaomi, the Chinese phone maker,') or right after one ('Security
    firm Huntress')."""
    if not person:
        return False
    last = doc.words[person[-1]]
    nouns = lexicon.source_nouns()
    described = sorted(a for a in doc.children(head, "appos")
                       if a > head and a in words and doc.words[a].upos == "NOUN")
    before = person[0] - 1
    return last.text[:1].isupper() and (
        len(person) > 1 and last.lower in CORPORATE_SUFFIXES or
        nouns.get(last.lower) == "organization") or \
        len(person) == 1 and bool(described) and \
        nouns.get(doc.words[described[0]].lemma) == "organization" or \
        len(person) == 1 and before in words and doc.words[before].upos == "NOUN" and \
        doc.words[before].text.islower() and nouns.get(doc.words[before].lemma) == "organization"


def _possessive_brand(doc: ParsedDoc, head: int) -> list[int]:
    """'McDonald's said', 'Sainsbury's said': a name with a possessive ending that is itself
    the subject (owning nothing) is a business named after its founder."""
    word = doc.words[head]
    ending = [c for c in doc.children(head, "case")
              if doc.words[c].lower in lexicon.POSSESSIVE_ENDINGS]
    if word.upos != "PROPN" or word.deprel not in ("nsubj", "nsubj:pass") or not ending or \
            ending[0] != head + 1:
        return []
    names = [k for k in doc.children(head, "compound", "flat", "flat:name") if k < head]
    return sorted([*names, head, ending[0]])


def _cause_name(doc: ParsedDoc, head: int, determiners: set[str]) -> list[int]:
    """The words of a name like 'Citizens for Tax Justice', 'Doctors Without Borders' or
    'Teamsters for Trump': a capitalised plural with no determiner, joined to capitalised
    words by 'for', 'without' or 'against'. Not a role acting for someone named apart
    ('Lawyers for Smith', 'Attorneys for Apple')."""
    word = doc.words[head]
    link = head + 1
    if determiners or doc.children(head, "nmod:poss") or not word.plural or \
            not word.text[:1].isupper() or link >= len(doc.words) or \
            doc.words[link].lower not in CAUSE_LINKS:
        return []
    causes = [c for c in doc.children(head, "nmod") if link in doc.children(c, "case")]
    if not causes:
        return []
    cause = [k for k in doc.subtree(causes[0]) if k != link]
    if not all(doc.words[k].text[:1].isupper() or doc.words[k].upos in NAME_FILLERS
               for k in cause):
        return []
    acting_for = doc.words[link].lower == "for" and \
        lexicon.source_nouns().get(word.lemma) in ("role", "title")
    if acting_for and doc.words[causes[0]].entity is not None and word.entity is None:
        return []
    return list(range(head, max(cause) + 1))


def _transcript_label(doc: ParsedDoc, head: int, cue: int | None) -> bool:
    """'WALLACE: Let's start ...': a surname in capitals labelling a transcript turn names
    a person, whether or not the tagger knew it (roles such as 'NARRATOR' are listed
    nouns and read as roles)."""
    word = doc.words[head]
    return cue is not None and doc.words[cue].text == ":" and word.text.isupper() and \
        len(word.text) >= LABEL_LETTERS and word.entity not in ("ORG", "LOC", "GPE")


def _plural_body(word: Word) -> bool:
    """'Emergency services': a plural form listed as a body in its own right, apart from its
    singular, is one institution ('the media', plural with no singular of its own, is not)."""
    return word.lower != word.lemma and lexicon.source_nouns().get(word.lower) == "organization"


def _named_body(plural: bool, parts: dict[str, str | None], determiners: set[str]) -> bool:
    """'the ministry', 'A House panel', 'Senate Democrats': a body noun names one body
    unless it is indefinite ('a panel') or a plain plural ('committees'); a named
    institution inside it ('House') names it even after 'a'. A plural listed as a body in
    its own right ('Emergency services') counts as one body here, so `plural` is false."""
    institution = bool(parts.get("organization"))
    if plural:
        return institution and not determiners & INDEFINITE
    return institution or not determiners & INDEFINITE


def _named_examples(doc: ParsedDoc, head: int, words: list[int]) -> list[int]:
    """'Other major unions, including the AFL-CIO,' or 'critics, like Sen. Chuck Grassley,':
    a crowd followed by named members is sourced to them. Returns the words from the comma
    to the end of that example phrase, else none. The parser may have kept the phrase in
    the noun's subtree or hung it on the verb; then it runs up to the verb."""
    inside = [k for k in words if k > head and doc.words[k].text == ","
              and k + 1 in words and doc.words[k + 1].lower in EXAMPLE_MARKERS]
    comma = inside[0] if inside else words[-1] + 1
    if comma + 2 >= len(doc.words) or doc.words[comma].text != ",":
        return []
    marker = doc.words[comma + 1]
    if marker.lower not in EXAMPLE_MARKERS or marker.sentence != doc.words[head].sentence:
        return []
    phrase = list(range(comma + 2, words[-1] + 1)) if inside else \
        _phrase_before_verb(doc, comma + 2, marker.head, doc.words[head].head)
    while phrase and doc.words[phrase[-1]].upos == EDGE_PUNCT:
        phrase.pop()
    named = [k for k in phrase if doc.words[k].entity in EXAMPLE_KINDS]
    if not named or named[0] > phrase[0] + EXAMPLE_NAME_REACH:
        return []
    return [comma, comma + 1, *phrase]


def _included_members(doc: ParsedDoc, head: int) -> list[int]:
    """'The authors of the report, which include the U.S. PIRG Education Fund and Citizens
    for Tax Justice', 'Twenty-seven states led by West Virginia': the named people or
    bodies a relative clause says the crowd includes, or that lead it."""
    for clause in doc.children(head, "acl:relcl"):
        if doc.words[clause].lemma != "include":
            continue
        members = [k for o in doc.children(clause, "obj") for k in doc.subtree(o)
                   if doc.words[k].entity in EXAMPLE_KINDS]
        if members:
            return members
    for clause in doc.children(head, "acl"):
        if doc.words[clause].lemma == "lead" and doc.words[clause].xpos == "VBN":
            members = [k for o in doc.children(clause, "obl", "obl:agent") for k in doc.subtree(o)
                       if doc.words[k].entity in LEADING_KINDS]
            if members:
                return members
    return []


def _phrase_before_verb(doc: ParsedDoc, start: int, nominal: int | None,
                        governor: int | None) -> list[int]:
    """Words from `start` until the governing verb or another of its dependents."""
    phrase: list[int] = []
    for k in range(start, len(doc.words)):
        word = doc.words[k]
        if k == governor or word.sentence != doc.words[start].sentence or \
                word.head == governor and k != nominal:
            break
        phrase.append(k)
    return phrase


def _example_kind(doc: ParsedDoc, words: list[int]) -> SourceKind:
    """People if any example is a person, else bodies."""
    if any(doc.words[k].entity == "PERSON" for k in words):
        return SourceKind.NAMED_PERSON
    return SourceKind.NAMED_ORGANIZATION


def _counted(doc: ParsedDoc, head: int) -> int | None:
    """'a number of lawmakers', 'eight of 10 voters', 'most of his aides', 'a group of
    doctors': who is counted."""
    for k in doc.children(head, "nmod"):
        cases = [doc.words[c].lower for c in doc.children(k, "case")]
        if cases == ["of"] and k > head and doc.words[k].upos in ("NOUN", "PROPN"):
            return k
    return None


def _of_them(doc: ParsedDoc, head: int) -> bool:
    """'One of them said': one member, unnamed, of a group the story has just described."""
    return any(doc.words[k].upos == "PRON" and PRONOUNS.get(doc.words[k].lower) == "plural"
               for k in doc.children(head, "nmod") if k > head)


def _proportion(doc: ParsedDoc, head: int) -> bool:
    """'eight of 10 voters', 'six in 10 Democrats': a share of those polled, which reports
    a poll's finding rather than people who spoke (as 'half of voters' and '52 percent'
    do, whose nouns the lexicon lists as shares)."""
    if doc.words[head].upos != "NUM":
        return False
    return any(doc.children(k, "nummod") for k in doc.children(head, "nmod")
               if {doc.words[c].lower for c in doc.children(k, "case")} & {"of", "in"})


def _count_of(doc: ParsedDoc, head: int, words: list[int], inner: MentionReading
              ) -> MentionReading:
    """The whole counted phrase, read as the people it counts: 'one of his aides' is one
    unnamed aide (and 'one of the protesters' one unnamed protester), 'a chorus of prominent
    Republicans' a crowd of them."""
    one = doc.words[head].lower in SINGLE_COUNTS
    kind = inner.kind
    if one and kind in (SourceKind.ANONYMOUS_GROUP, SourceKind.VAGUE):
        kind = SourceKind.ANONYMOUS_INDIVIDUAL
    text = _text(doc, words)
    span = Span(doc.words[words[0]].start, doc.words[words[-1]].end)
    return MentionReading(Mention(span, text, inner.mention.kind), head, kind,
                          _description_name(doc, head, words), not one,
                          definite=inner.definite, parts=inner.parts, category=inner.category,
                          title=inner.title)


def _description_name(doc: ParsedDoc, head: int, words: list[int]) -> str:
    """'the Western Officer in Kiev, which offers ...' -> 'Western Officer in Kiev' (also when
    the parser hangs the clause on a later noun: 'a person familiar with the matter, who
    asked ...'); 'the person familiar with the planning' keeps what places the person."""
    relatives = [k for k in doc.subtree(head) if doc.words[k].deprel == "acl:relcl"
                 and doc.words[min(doc.subtree(k))].text == ","]
    clauses = {k for c in doc.children(head, "acl:relcl", "acl", "appos") + relatives
               if not _places_the_person(doc, c) or _set_off(doc, c)
               for k in doc.subtree(c)}
    clauses |= _justifying_clauses(doc, head)
    kept = [k for k in words if k not in clauses]
    while len(kept) > 1 and (doc.words[kept[0]].upos == "DET" or
                             doc.words[kept[0]].deprel == "cc:preconj" or
                             doc.words[kept[-1]].upos == EDGE_PUNCT):
        first = doc.words[kept[0]]
        kept = kept[1:] if first.upos == "DET" or first.deprel == "cc:preconj" else kept[:-1]
    return _text(doc, kept)


def _set_off(doc: ParsedDoc, clause: int) -> bool:
    """'The complaint, filed on Monday in federal court,': a clause between commas says more
    about what is named, not which one it is."""
    first = min(k for k in doc.subtree(clause) if doc.words[k].upos != EDGE_PUNCT)
    return first > 0 and doc.words[first - 1].text == "," and doc.words[clause].deprel == "acl"


def _justifying_clauses(doc: ParsedDoc, head: int) -> set[int]:
    """The words of relative clauses in the phrase that say why the source is not named
    ('an official familiar with the matter who was not authorized to speak publicly', or
    the part after 'but' in 'who attended the meeting but was not authorized to speak'):
    they tell why, not who."""
    found: set[int] = set()
    for clause in doc.subtree(head):
        if clause == head or doc.words[clause].deprel != "acl:relcl":
            continue
        words = doc.subtree(clause)
        if not _justifies(doc, words):
            continue
        # 'who attended the meeting but was not authorized to speak': only the second part
        second = next((set(doc.subtree(c)) for c in doc.children(clause, "conj")
                       if _justifies(doc, doc.subtree(c)) and
                       not _justifies(doc, [k for k in words if k not in doc.subtree(c)])),
                      None)
        if second is not None:
            found.update(second)
            continue
        found.update(words)
        if doc.words[words[0] - 1].text == ",":
            found.add(words[0] - 1)
    return found


def _justifies(doc: ParsedDoc, words: list[int]) -> bool:
    return lexicon.has_phrase(_text(doc, words).lower(), lexicon.justifications())


def _places_the_person(doc: ParsedDoc, clause: int) -> bool:
    """'familiar with the planning', 'briefed on the talks', 'who has seen the document'
    right after the noun, not set off by a comma: part of how an unnamed source is
    described."""
    word = doc.words[clause]
    words = doc.subtree(clause)
    if doc.words[words[0] - 1].lower in ("who", "that"):  # 'who' the parser hung elsewhere
        words = [words[0] - 1, *words]
    placing = word.deprel == "acl" and (word.upos == "ADJ" or word.xpos == "VBN") or \
        word.deprel == "acl:relcl" and _knowledge(doc, words) is not None
    return placing and doc.words[words[0] - 1].text != ","


def _unlisted_people(plural: bool, parts: dict[str, str | None]) -> SourceKind:
    """A person noun the lexicon lacks ('environmentalists', 'two speechwriters'): a crowd
    unless counted or placed, one unnamed person when singular."""
    if not plural:
        return SourceKind.ANONYMOUS_INDIVIDUAL
    return SourceKind.ANONYMOUS_GROUP if parts.get("number") or _specific(parts) \
        else SourceKind.VAGUE


def _specific(parts: dict[str, str | None]) -> bool:
    """A crowd word becomes a source once it says where it sits: 'people familiar with ...'."""
    return any(parts.get(key) for key in ("knowledge_basis", "organization", "affiliation"))


def _proper_noun(doc: ParsedDoc, head: int, words: list[int], span: Span, text: str,
                 definite: bool, person: bool = False) -> MentionReading:
    """A capitalised head with no person entity: a nation, a party's members, or a name."""
    word = doc.words[head]
    entity = None if person else word.entity
    if entity in ("NORP", "MISC") and word.plural:
        return MentionReading(Mention(span, text, "description"), head, SourceKind.VAGUE, text,
                              True, parts={"affiliation": word.text})
    if entity in ("NORP", "MISC") and doc.children(head, "det", "nummod"):
        return MentionReading(Mention(span, text, "description"), head,
                              SourceKind.ANONYMOUS_INDIVIDUAL, text, False,
                              parts={"affiliation": word.text, "role": word.lower})
    if entity in ("LOC", "ORG") and not doc.described_as_person(head):
        # the place or body, not what is said of it ('China, Pyongyang's only ally, said')
        named = _entity_words(doc, head, entity)
        return MentionReading(Mention(span, text, "organization"), head,
                              SourceKind.NAMED_ORGANIZATION,
                              _text(doc, named) if head in named else text, False,
                              definite=True)
    name_words = [head] + [k for k in doc.children(head, "flat", "flat:name", "compound")
                           if doc.words[k].upos == "PROPN"]
    name_words.sort()
    if _organization_name(doc, head, name_words, person):
        return MentionReading(Mention(span, text, "organization"), head,
                              SourceKind.NAMED_ORGANIZATION, text, word.plural, definite=True)
    title = _person_title(doc, head, words, name_words[0])
    return MentionReading(Mention(span, text, "name"), head, SourceKind.NAMED_PERSON,
                          _text(doc, name_words), False, definite=True, title=title)


def _person_title(doc: ParsedDoc, head: int, words: list[int], name: int) -> str | None:
    """The post written before a person's name, else the one an apposition gives, which
    also outranks a mere form of address ('Dr. Amy Lee, the county's health officer') or a
    rank ('Col. Yuriy Ihnat, the air force spokesman')."""
    before = [k for k in words if k < name]
    # not the clause the mention ran on from ('The latest is Rep. Joe Wilson')
    # (a finite verb makes a clause; 'Retired neurosurgeon', 'running mate' do not)
    verbs = [i for i, k in enumerate(before) if doc.words[k].upos == "AUX" or
             doc.words[k].upos == "VERB" and doc.words[k].xpos in FINITE]
    title = _title(doc, before[verbs[-1] + 1:] if verbs else before)
    if title is None or title.lower().rstrip(".") in lexicon.COURTESY_TITLES or all(
            token.lower().rstrip(".") in lexicon.RANKS for token in title.split()):
        return _apposition_title(doc, head, words) or title
    return title


def _apposition_title(doc: ParsedDoc, head: int, words: list[int]) -> str | None:
    """'Tom Ruiz, a union organizer': the post an apposition after the name gives, when
    none comes before it but a form of address (not an age: 'Karen Janes, 67'), less what a
    relative clause says of the person ('an epidemiologist who was not involved in the
    research')."""
    holders = [head, *doc.children(head, "flat", "flat:name", "compound")]
    posts = sorted(a for h in holders for a in doc.children(h, "appos")
                   if a > head and a in words and  # a post may be capitalised: 'CEO'
                   (doc.words[a].upos == "NOUN" or _post_word(doc, a)) and
                   not grants_anonymity(doc.words, doc.subtree(a)))  # 'not his real name'
    if not posts:
        return None
    told = frozenset(doc.children(posts[0], "acl:relcl"))
    # not a part of the name the parser hung on the post ('Li Wei, an analyst', 'Wei' on it)
    commas = [k for k in range(head, posts[0]) if doc.words[k].text == ","]
    return _title(doc, [k for k in doc.subtree(posts[0], exclude=told) if k in words and
                        not (doc.words[k].entity == "PERSON" and commas and k < commas[0])])


def _title(doc: ParsedDoc, before: list[int]) -> str | None:
    """The words before a person's name that give their post ('Kremlin spokesman',
    "Blinken's spokesman" set off by a comma), less articles, possessive pronouns ('Its
    spokesman') and edge punctuation."""
    kept = [k for k in before if doc.words[k].upos != "DET" and doc.words[k].xpos != "PRP$"]
    dashes = [i for i, k in enumerate(kept) if doc.words[k].text in ("--", "—", "–")]
    if dashes and all(doc.words[k].text.isupper() for k in kept[: dashes[0]]):
        kept = kept[dashes[0] + 1:]  # not a dateline: 'NAIROBI -- President'
    # nor a form of address before the name ("The study's senior author, Dr. Priya Nair")
    while kept and (doc.words[kept[-1]].upos == EDGE_PUNCT and not _title_dot(doc, kept) or
                    len(kept) > 1 and
                    doc.words[kept[-1]].lower.rstrip(".") in lexicon.COURTESY_TITLES):
        kept.pop()
    # nor the abbreviated post after a post set off by a comma ("The committee's chairman,
    # Rep. James Kirby", "Trump's running mate, Indiana Gov. Mike Pence")
    commas = [i for i, k in enumerate(kept) if doc.words[k].text == ","]
    if commas and (_title_dot(doc, kept) or _abbreviated_title(doc, kept[-1])):
        kept = kept[: commas[-1]]
    while kept and (doc.words[kept[0]].upos in (EDGE_PUNCT, "ADP", "CCONJ", "SCONJ") or
                    doc.words[kept[0]].deprel in ("case", "fixed")):
        kept.pop(0)  # nor the preposition the name hangs on ('ahead of Lando Norris',
        # 'defectors including Tom Devocht')
    if kept and doc.words[kept[0]].lower in RELATIVE_OPENERS and \
            not doc.words[kept[0]].text.isupper():  # 'the WHO chief' is a post
        return None  # a clause about the person ('who as a Navy captain was ...') is no post
    if kept and doc.words[kept[-1]].text.endswith(lexicon.POSSESSIVE_ENDINGS):
        return None  # whose the person is ("The Guardian's Peter Bradshaw") is no post
    return _text(doc, kept) if kept else None


def _designation(doc: ParsedDoc, k: int) -> bool:
    """A part of a model's designation written with a hyphen ('F-35', 'B-52', 'MH-17'): no
    side and no count of people ('The F-35 program office')."""
    for first in (k - 2, k):
        if first >= 0 and first + 2 < len(doc.words):
            letters, hyphen, digits = doc.words[first : first + 3]
            if hyphen.text == "-" and letters.end == hyphen.start and \
                    hyphen.end == digits.start and letters.text.isalpha() and \
                    letters.text.isupper() and digits.text.isdigit():
                return True
    return False


def _title_dot(doc: ParsedDoc, kept: list[int]) -> bool:
    """The dot the tokenizer cut off an abbreviated title ('Gen' '.'), which is the title's."""
    dot = doc.words[kept[-1]]
    return dot.text == "." and len(kept) > 1 and doc.words[kept[-2]].end == dot.start and \
        doc.words[kept[-2]].lower in lexicon.title_abbreviations()


def _known_body(doc: ParsedDoc, words: list[int]) -> str | None:
    """The mention when it is a listed outlet, platform or pollster ('The Hill', 'the
    Associated Press'), without a 'the' that is not part of the name."""
    text = _text(doc, words)
    bare = text[4:] if text.lower().startswith("the ") else text
    found = next((name for name in (text, bare) if name.lower() in lexicon.bodies()), None)
    return found or _placed_body(doc, words)


def _placed_body(doc: ParsedDoc, words: list[int]) -> str | None:
    """'the U.S. Coast Guard', 'the Ohio National Guard': a listed name of two words or
    more after the capitalised words that say whose it is."""
    for i in range(1, len(words) - 1):
        if not all(doc.words[k].text[:1].isupper() or doc.words[k].upos == "DET" or
                   doc.words[k].text in lexicon.POSSESSIVE_ENDINGS for k in words[:i]):
            return None  # also "South Korea's Joint Chiefs of Staff"
        rest = _text(doc, words[i:])
        if " " in rest and rest.lower() in lexicon.bodies():
            return _text(doc, [k for k in words if doc.words[k].upos != "DET"])
    return None


def _organization_name(doc: ParsedDoc, head: int, name_words: list[int],
                       person: bool = False) -> bool:
    """A one-word name the tagger left untyped reads as a body, not a person, when written
    as a brand or an acronym ('PolitiFact', 'RT') or right after 'the' ('The Hill'). A
    capitalised surname the article gives a person ('FALLIN:' in a transcript) is theirs."""
    if len(name_words) != 1:
        return False
    name = doc.words[head].text
    brand = any(ch.isupper() for ch in name[BRAND_CAPITAL:]) and any(ch.islower() for ch in name)
    acronym = name.isupper() and name.isalpha() and len(name) > 1 and not person
    article = head > 0 and doc.words[head - 1].lower == "the" and \
        doc.words[head - 1].head == head
    return brand or acronym or article


def describe(doc: ParsedDoc, head: int, words: list[int]) -> dict[str, str | None]:
    """Role, seniority, affiliation, organization, location, number, knowledge basis."""
    table = lexicon.descriptors()
    head_word = doc.words[head]
    whole = _hyphenated(doc, head)  # 'secretary-general', 'vice-president'
    parts: dict[str, str | None] = {"role": whole if "-" in whole else
                                    head_word.lemma if head_word.upos not in ("PROPN", "PRON")
                                    else head_word.lower}
    two_words = _two_word_category(doc, head) is not None  # 'attorney general'
    if two_words:
        parts["role"] = f"{doc.words[head - 1].lower} {parts['role']}"
    seniority: list[str] = []
    affiliation: list[str] = []
    last_affiliation = -1
    bodies = _common_bodies(doc, head)
    organization: list[str] = [_text(doc, body) for body in bodies]
    placed = {k for body in bodies for k in body} | {
        k for place in _places(doc, head) + _principals(doc, head) for k in doc.subtree(place)}
    for k in words:
        word = doc.words[k]
        if k == head or word.upos in ("DET", "PUNCT", "CCONJ") or _in_location(doc, k) or \
                k in placed or two_words and k == head - 1 or _designation(doc, k):
            continue
        attached_to_head = _attaches_to(doc, k, head)
        counts = lexicon.source_nouns().get(word.lower) == "quantity"
        term = _hyphenated(doc, k)
        if table.get(term) == "seniority" and attached_to_head:
            seniority += [] if term in seniority else [term]
        elif attached_to_head and not counts and _affiliation_word(word, table) and \
                (not _body_word(doc, k, head) or _party(doc, k, table)):
            if affiliation and last_affiliation == k - 1 and word.text[:1].isupper() and \
                    doc.words[k - 1].text[:1].isupper():  # one name: 'White House'
                affiliation[-1] += " " + word.text
            else:
                affiliation.append(word.text)
            last_affiliation = k
        elif word.entity == "ORG" and not counts and word.lower not in INDEFINITE and \
                not _under_saying(doc, k, head):
            organization.append(_text(doc, [k]))
        if (word.deprel == "nummod" and word.head == head or word.upos == "NUM" and
                word.head is not None and _designation(doc, word.head)) and \
                not YEAR.match(word.text):  # 'A 2019 memo' counts nothing
            parts["number"] = _count(doc, k)  # also 'Two F-16 pilots', 'Two' hung on 'F'
    # 'A White House official': a seat of government is a body, not a side
    organization += [a for a in affiliation if a.lower() in lexicon.bodies()]
    affiliation = [a for a in affiliation if a.lower() not in lexicon.bodies()]
    parts["seniority"] = " ".join(seniority) or None
    parts["affiliation"] = ", ".join(affiliation) or None
    parts["organization"] = " ".join(organization) or None
    parts["location"] = _location(doc, head)
    justifying = _justifying_clauses(doc, head)
    parts["knowledge_basis"] = _knowledge(doc, [k for k in words if k not in justifying])
    determiners = [doc.words[k].lower for k in doc.children(head, "det")]
    if "number" not in parts and determiners and determiners[0] in ("one", "two", "several"):
        parts["number"] = determiners[0]
    return parts


def _count(doc: ParsedDoc, number: int) -> str:
    """'two', 'half a dozen', 'more than a dozen': a number with the words right before it
    that say how many of it."""
    first = number
    while first > 0 and doc.words[first - 1].lower in COUNT_LEADS:
        first -= 1
    return _text(doc, list(range(first, number + 1))).lower()


def _body_word(doc: ParsedDoc, k: int, head: int) -> bool:
    """A word of an organization's name before the source's noun ('European' in 'a
    European Union diplomat' names no affiliation); not when the tagger took the whole
    description for a name ('the Senior Ukrainian Plan Officer')."""
    start = doc.words[k].start
    body = next((e.span for e in doc.entities if e.type == "ORG" and
                 e.span.start <= start < e.span.end), None)
    return body is not None and not body.start <= doc.words[head].start < body.end


def _party(doc: ParsedDoc, k: int, table: dict[str, str]) -> bool:
    """'a Labour source': a listed side the tagger took alone for a body is a side."""
    return table.get(doc.words[k].lower) == "party" and any(
        e.type == "ORG" and e.text.lower() == doc.words[k].lower for e in doc.entities
        if e.span.start == doc.words[k].start)


def _hyphenated(doc: ParsedDoc, k: int) -> str:
    """The whole of a hyphenated word a tokenizer split ('high-ranking' for 'ranking'), in
    lower case; the word itself when it stands alone."""
    words = doc.words
    start = end = k
    while start >= 2 and words[start - 1].text in HYPHENS and \
            words[start - 2].end == words[start - 1].start == words[start].start - 1:
        start -= 2
    while end + 2 < len(words) and words[end + 1].text in HYPHENS and \
            words[end].end == words[end + 1].start == words[end + 2].start - 1:
        end += 2
    return doc.text[words[start].start : words[end].end].lower()


def _ranked(doc: ParsedDoc, head: int) -> bool:
    """'a senior opposition figure': a rank makes a person of a noun that else names a
    document."""
    return any(lexicon.descriptors().get(doc.words[c].lower) == "seniority"
               for c in doc.children(head, "amod", "compound"))


def _under_saying(doc: ParsedDoc, k: int, head: int) -> bool:
    """'a defence source quoted by The Times', 'an official speaking to Reuters': a body
    named in a verb of saying under the source is who heard or quoted it, not where the
    source works."""
    current = doc.words[k].head
    while current is not None and current != head:
        if doc.words[current].upos == "VERB" and \
                doc.words[current].lemma in lexicon.reporting_verbs():
            return True
        current = doc.words[current].head
    return False


def _affiliation_word(word, table: dict[str, str]) -> bool:
    """'Western', 'Ukrainian', 'French', 'military', 'Democratic': where a source sits; never
    a numeral, even one inside a name ('10' in 'a spokesperson for Number 10')."""
    return word.upos != "NUM" and (
        word.entity in ("NORP", "MISC", "LOC")
        or table.get(word.lower) in ("affiliation_word", "party")
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


def _in_location(doc: ParsedDoc, k: int) -> bool:
    """A word of a place phrase ('in Kyiv', and 'Kyiv' in 'in Washington and Kyiv'): it
    describes where, not whose."""
    place = k
    while doc.words[place].deprel == "conj" and doc.words[place].head is not None:
        place = doc.words[place].head
    return doc.words[k].entity == "LOC" and \
        any(doc.words[c].lower in LOCATION_CASES for c in doc.children(place, "case"))


def conjuncts(doc: ParsedDoc, head: int) -> list[int]:
    """'The mayor and the police chief': the heads of each nominal conjunct, first included.
    A bare second post ('Professor Cres Eastman, Director of ..., and Chairman of ...')
    is more of the first speaker's description, not another speaker, and so is a 'conjunct'
    in a list with no 'and' or 'or' ('Michele Bachmann, Republican of Minnesota, told')."""
    holders = [head, *doc.children(head, "flat", "flat:name")]
    listed = [(h, c) for h in holders for c in doc.children(h, "conj")]
    for _, c in listed:  # a list the parser chained: 'The family, protesters and leaders'
        listed += [(c, k) for k in doc.children(c, "conj")]
    if listed and not any(doc.words[k].upos == "CCONJ" or doc.words[k].deprel == "cc"
                          for k in range(head, max(doc.subtree(listed[-1][1])))):
        return [head]
    return [head] + [c for h, c in listed
                     if doc.words[c].upos in ("NOUN", "PROPN") and not _one_entity(doc, h, c)
                     and not _further_post(doc, c)]


def _further_post(doc: ParsedDoc, conjunct: int) -> bool:
    """A singular post or trade with no name of its own that is bare ('and Chairman of the
    Centre', 'an economist and tax expert') or set off by a comma after the speaker
    ('Douglas Holtz-Eakin, an economist and ...') describes the speaker before it."""
    word = doc.words[conjunct]
    if word.plural or word.upos != "NOUN" and \
            lexicon.source_nouns().get(word.lemma) != "title" or \
            _name_after_title(doc, conjunct) or \
            doc.children(conjunct, "nmod:poss", "nummod", "flat", "flat:name"):
        return False
    determiners = {doc.words[k].lower for k in doc.children(conjunct, "det")}
    first = min(k for k in doc.subtree(conjunct)
                if doc.words[k].upos not in (EDGE_PUNCT, "CCONJ"))
    after_comma = doc.words[first - 1].text == ","
    return not determiners or after_comma and determiners <= ARTICLES


def _name_after_title(doc: ParsedDoc, head: int) -> list[int]:
    """'Professor Eastman', 'Senator Hale': a capitalised title followed by a name the
    tagger did not mark; returns the name's words, else none."""
    if doc.words[head].upos != "PROPN" or \
            lexicon.source_nouns().get(doc.words[head].lemma) not in ("title", "role"):
        return []
    name = [k for k in doc.children(head, "flat", "flat:name")
            if k > head and doc.words[k].upos == "PROPN" and doc.words[k].text[:1].isupper()
            and doc.words[k].lemma not in lexicon.source_nouns()]
    return name if name and name == list(range(head + 1, name[-1] + 1)) else []


def _name_after_honorific(doc: ParsedDoc, head: int) -> list[int]:
    """'Ms Smith', 'Mrs. Clinton': a name written after a gendered honorific is a person's,
    whatever the tagger made of it ('BBC, Ms Smith' tagged as one organization; 'Ms
    Ardern' with the honorific heading the name; 'Mr. Grassley and Mr. Leahy' with
    'Leahy' hung on the first)."""
    word = doc.words[head]
    rest = [k for k in doc.children(head, "flat", "flat:name") if k > head]
    honorific = word.text[:1].isupper() and lexicon.gendered_words().get(word.lower.rstrip("."))
    if honorific and rest and all(doc.words[k].upos == "PROPN" for k in rest):
        return list(range(head + 1, max(rest) + 1))
    following = doc.words[head + 1] if head + 1 < len(doc.words) else None
    if word.lower.rstrip(".") in lexicon.COURTESY_TITLES and following is not None and \
            following.upos == "PROPN" and word.text[:1].isupper() and \
            following.entity in (None, "PERSON"):  # 'Mr. Leahy' with 'Leahy' hung elsewhere
        return [head + 1]
    first = head
    while first > 0 and doc.words[first - 1].upos == "PROPN" and \
            doc.words[first - 1].text[:1].isupper() and doc.words[first - 1].head in (head, first):
        first -= 1
    honorific = doc.words[first]
    if doc.words[head].upos != "PROPN" or first == head or not honorific.text[:1].isupper() or \
            lexicon.gendered_words().get(honorific.lower.rstrip(".")) is None:
        return []
    return list(range(first + 1, head + 1))


def _one_entity(doc: ParsedDoc, first: int, last: int) -> bool:
    """'The House Oversight and Government Reform Committee': an 'and' inside one tagged name
    joins words of that name, not two speakers."""
    kinds = {doc.words[k].entity for k in range(min(first, last), max(first, last) + 1)}
    return len(kinds) == 1 and None not in kinds


def _location(doc: ParsedDoc, head: int, relation: str = "nmod") -> str | None:
    """'a Western official in Kyiv', 'an official in the Kherson region' or 'the official
    said in Kyiv': a place with 'in'/'at', less a clause set off after it ('in Brussels, who
    was not authorized ...')."""
    for k in _places(doc, head, relation):
        clauses = frozenset(c for c in doc.children(k, *CLAUSE_RELATIONS) if doc.after_comma(c))
        words = [j for j in doc.subtree(k, exclude=clauses) if doc.words[j].deprel != "case"]
        while words and doc.words[words[0]].upos == "PUNCT":  # ', in Kyiv,'
            words = words[1:]
        while words and doc.words[words[-1]].upos == "PUNCT":
            words = words[:-1]
        return _text(doc, words)
    return None


def _places(doc: ParsedDoc, head: int, relation: str = "nmod") -> list[int]:
    """The heads of the place phrases with 'in' or 'at' on a word: a place's name, or a noun
    for a place with a name in it ('the Kherson region')."""
    return [k for k in doc.children(head, relation)
            if {doc.words[c].lower for c in doc.children(k, "case")} & {"in", "at"} and (
                doc.words[k].entity == "LOC" or doc.words[k].lemma in PLACE_NOUNS and any(
                    doc.words[c].entity == "LOC" for c in doc.children(k, "compound", "amod")))]


def _principals(doc: ParsedDoc, head: int) -> list[int]:
    """'a spokeswoman for Prime Minister Keir Starmer': the person a source speaks for, whose
    title gives the source no affiliation."""
    return [k for k in doc.children(head, "nmod")
            if any(doc.words[c].lower == "for" for c in doc.children(k, "case")) and
            any(doc.words[j].entity == "PERSON" for j in doc.subtree(k))]


def _common_bodies(doc: ParsedDoc, head: int) -> list[list[int]]:
    """'an official at the defense ministry', 'an aide in the Trump administration': the
    words of a body named by a common noun in a phrase on the source's noun."""
    bodies = []
    for k in doc.children(head, "nmod"):
        cases = {doc.words[c].lower for c in doc.children(k, "case")}
        if cases & BODY_CASES and doc.words[k].entity is None and \
                lexicon.source_nouns().get(doc.words[k].lemma) == "organization":
            bodies.append([j for j in doc.subtree(k) if j <= k and
                           doc.words[j].upos not in ("DET", "ADP", "PUNCT")])
    return bodies


def _knowledge(doc: ParsedDoc, words: list[int]) -> str | None:
    """'familiar with the matter', 'briefed on the talks': why the source would know (up to
    a comma or dash that sets off what follows)."""
    lowered = [doc.words[k].lower for k in words]
    for tokens in lexicon.knowledge_phrases():
        for i in range(len(lowered) - len(tokens) + 1):
            if tuple(lowered[i : i + len(tokens)]) == tokens and \
                    not (i and lowered[i - 1] in lexicon.NEGATIONS):  # 'not involved in'
                rest = words[i:]
                ends = [j for j, k in enumerate(rest) if doc.words[k].text in SET_OFF]
                return _text(doc, rest[: ends[0]] if ends else rest)
    return None
