"""Small, general repairs of parser errors that would otherwise hide a speaker.

The offline models parse news less well than the official ones; these fixes
target constructions that are frequent in reporting and that a weaker parser
commonly gets wrong. Each takes the ParsedDoc's words and mends heads or
relations in place.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from . import lexicon

if TYPE_CHECKING:
    from .document import Word

NOMINAL = {"NOUN", "PROPN", "PRON"}
# Relations only a noun holds, whatever the tagger called the word.
NOUN_RELATIONS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "appos"}
RELATIVE = {"who", "which", "whom"}
# With "whose", the words that open a relative clause (one a reporter adds after what was
# said, or one that says something of a person rather than give their post).
RELATIVE_OPENERS = RELATIVE | {"whose"}
# The words that open a relative clause on a thing, a place or a time ('a hospital, where').
NOUN_RELATIVES = {"which", "who", "where", "when"}
DATELINE_LABEL_WORDS = 3
# How many words a dateline may run to before its dash ('WASHINGTON, Oct. 19 (Reuters) -').
DATELINE_WORDS = 10
# Prepositions that set where or how something was said ('in an interview', 'on Twitter').
SETTING_PREPOSITIONS = {"in", "on", "during", "at", "via", "over", "with"}
# An exchange or a ticker in brackets after a company's name ('NASDAQ', 'BRK.B').
TICKER = re.compile(r"^[A-Z][A-Z0-9.]{0,9}$")
# Prepositions that set when something was said ('said after the talks that ...').
OCCASIONS = {"after", "following", "before"}
# Nouns for the occasions on which something is said ('in an interview', 'after the talks').
OCCASION_NOUNS = {"interview", "speech", "remark", "remarks", "briefing", "conference", "call",
                  "meeting", "talk", "talks", "hearing", "session", "address", "appearance",
                  "event", "rally", "summit", "debate", "testimony", "podcast", "broadcast",
                  "show", "program", "programme", "sermon", "homily", "lecture", "visit",
                  "time"}
# Reporting-verb classes whose verbs put words out: saying or writing them.
SPEECH_CLASSES = {"speech", "writing"}
SETTING_CLASSES = {"speech", "writing", "announcement"}
# Word classes of such a setting phrase and whom it was addressed to ('in a memo to staff').
SETTING_PHRASE_TAGS = {"ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "PART"}
# The words that make a count rough ('as many as', 'at least', 'more than', 'up to').
ROUGH_COUNTS = {"as", "many", "much", "at", "least", "most", "more", "than", "up", "to",
                "nearly", "almost", "about", "roughly", "around", "over", "fewer", "less"}
# How a news outlet came by a document ('a memo seen by Reuters', 'emails reviewed by the Times').
SEEN = {"see", "review", "obtain", "view", "read"}
# The most words a setting or a listener between a speech verb and its 'that' may run to.
MAX_SETTING_WORDS = 8
FINITE = {"VBD", "VBZ", "VBP"}
# The most words a newsletter's section label may hold before its colon ('What we're
# watching:').
SECTION_LABEL_WORDS = 6
# The most words a work's title set after it may hold ('in his memoir, "A Promised Land."'),
# and the words a title in title case may leave in lower case.
TITLE_WORDS = 8
MINOR_TITLE_WORDS = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "at", "by", "or"}
# Relations that join the words of one name.
NAME_LINKS = ("compound", "flat", "flat:name")
# Plural endings and what the singular ends in instead ('deputies' -> 'deputy').
PLURAL_ENDINGS = (("men", "man"), ("ies", "y"), ("s", ""))
# Past forms that are also nouns, which a parser may read as the head of a noun phrase ('the
# outage cost it $500 million').
SAME_PAST_FORMS = {"cost", "hit", "cut", "hurt", "spread", "shut", "split", "cast", "burst"}
# Words after a past participle that make it a passive ('Accused of', 'praised by').
PASSIVE_MARKS = {"of", "by"}
# Prepositions that set a figure against another ('above the $10.8 billion analysts expected').
COMPARED = {"above", "below", "beyond", "under", "over", "than"}
# Who met the people a story quotes, and how ('Teachers I spoke to say', 'Voters we polled').
REPORTERS = {"i", "we"}
MEETING_VERBS = {"speak", "talk", "interview", "survey", "poll", "meet", "contact", "reach",
                 "visit", "consult", "ask"}
# Words that open a clause subordinate to another ('because', 'although').
SUBORDINATORS = {"because", "although", "though", "while", "whereas", "since", "unless", "if",
                 "when", "after", "before"}
PAST_FORMS = {"VBD", "VBN"}
DASHES = {"—", "–", "--", "―"}
# What closes an aside before the content goes on: 'said — on Twitter — that ...'.
SET_OFF = DASHES | {","}
HYPHENS = {"-", "‐", "‑"}
CLOSING_MARKS = {"”", "’", "\"", "»", "''"}
OPENING_MARKS = {"“", "‘", "\"", "«", "``"}
# Where a quoted programme title may hang on a speech verb, and the small words inside one
# ('Face the Nation', 'Meet the Press', 'Fox & Friends').
TITLE_SLOTS = ("ccomp", "xcomp", "obj", "iobj", "obl", "parataxis", "dep")
TITLE_LINKS = {"the", "a", "an", "of", "and", "&", "with", "for", "in", "on", "at", "to"}
MAX_TITLE_WORDS = 6
MAX_NAME_WORDS = 16
# Source-noun categories of whom a speaker may tell something ('told reporters').
LISTENERS = {"role", "title", "vague", "organization"}
# Gatherings one tells something to ('told a briefing in Geneva that ...').
AUDIENCES = {"briefing", "conference", "audience", "meeting", "rally", "hearing", "forum",
             "summit", "session", "gathering", "panel", "symposium", "webinar"}
# Source-noun categories of words for people.
PERSON_CATEGORIES = {"role", "title", "vague"}
# Verbs whose 'it' is a dummy subject ('It emerged that', 'It seems that').
IMPERSONAL_VERBS = {"appear", "seem", "emerge", "transpire", "turn", "remain", "happen",
                    "follow", "matter", "help", "hurt", "mean"}
# Relations of function words, which a word of a name the parser misread may carry.
FUNCTION_RELATIONS = {"cop", "aux", "aux:pass", "advmod", "mark", "case", "dep", "punct", "det"}
# Words that may stand in a phrase for people before its noun ('four OPEC+ sources'), and
# how each hangs on the noun.
PHRASE_TAGS = {"NUM", "ADJ", "NOUN", "PROPN", "SYM", "DET"}
MODIFIER_RELATIONS = {"NUM": "nummod", "ADJ": "amod", "DET": "det"}
# Source-noun categories of posts a person holds ('chief', 'executive', 'son').
POST_CATEGORIES = {"role", "title"}
# Verbs that give a name ('who gave his name as ...', 'a group, called the Fund, will').
NAMING_VERBS = {"identify", "name", "call", "give", "go"}
ARTICLES = {"a", "an", "the"}
# A time stamp opening a live blog's entry ('10:15', '9.30am'): no part of a speaker's label.
CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$", re.IGNORECASE)
# Time zones a live blog's time stamp may carry ('14:12 ET:'), no speaker's label.
TIME_ZONES = {"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "PT", "PST", "PDT", "GMT", "BST",
              "UTC", "CET", "CEST", "EET", "MSK", "IST", "JST", "KST", "HKT", "SGT", "AEST",
              "AEDT", "WAT", "EAT", "CAT", "SAST"}
# Categories of the words a title may end in before a name ('neighbor Tom Briggs', 'school
# board President Ann Kowal').
TITLE_CATEGORIES = PERSON_CATEGORIES | {"organization"}
# The most words of a speaker phrase between a comma and the speech verb closing the
# sentence ('..., two people briefed on the company's plans for the unit said.').
MAX_CLOSING_SPEAKER_WORDS = 12
POSSESSIVE_MARKS = {"'s", "’s", "'"}
# Relations that make a clause what the verb above it says or does ('will continue' is
# no cue for '..., officials said').
CLAUSE_ARGUMENTS = {"ccomp", "xcomp", "csubj", "obj"}
# What may follow the noun of a speaker phrase ('familiar with', 'in Kyiv', 'briefed on'),
# not a second noun phrase ('the first time the two men spoke').
POSTMODIFIER_TAGS = {"ADP", "ADJ", "VERB", "ADV"}
# Word classes that may be part of a name ('Federal' in 'the Federal Trade Commission').
NAME_WORD_TAGS = {"PROPN", "NOUN", "ADJ", "NUM"}
MODIFIER_RELATIONS = {"ADJ": "amod", "VERB": "acl", "DET": "det", "NUM": "nummod"}
NOUN_PHRASE_OPENERS = {"DET", "NUM", "ADJ", "NOUN", "PROPN", "PRON"}
# Tags of words that open a relative clause or a question ('which', 'where', 'who').
WH_TAGS = {"WDT", "WP", "WP$", "WRB"}
# The most words after that verb: whom it was said to and when ('told The Wall Street
# Journal on Friday').
MAX_CLOSING_TAIL_WORDS = 8
# Word classes of such a speaker phrase: a noun phrase, its modifiers and a participle or
# preposition after the noun ('a person familiar with the matter', 'people briefed on it').
SPEAKER_PHRASE_TAGS = {"DET", "NUM", "ADJ", "ADV", "NOUN", "PROPN", "PRON", "PART", "ADP",
                       "CCONJ", "PUNCT"}
# Relations of a verb form that only describes a noun ('the United States', 'a retired
# general'): no clause of its own.
MODIFIERS = {"amod", "compound"}
# Words that count someone off: 'a third official', and with the noun left out 'a third said'.
ORDINALS = {"second", "third", "fourth", "fifth", "sixth"}
# The most words from a closing quotation mark to its speech tag: a name with appositions
# ('“...,” Leonard E. Burman, director of the centrist Urban-Brookings Tax Policy Center and a
# professor at the Maxwell School of Syracuse University, said').
MAX_TAG_WORDS = 32
# What may follow a verb that closes its sentence ('..., Viguerie notes.').
SENTENCE_CLOSERS = {".", ",", ":", ";", "!", "?"}
# Verb classes whose that-clause is what was said (not 'want', 'plan').
COMPLEMENT_CLASSES = {"speech", "writing", "announcement", "evidence", "cognition"}
# A relative 'that' in one of these roles is a complementizer when the clause already has a
# word in the same role ('that few people understood the stakes').
FILLED_ROLES = {"obj": ("obj",), "nsubj": ("nsubj", "nsubj:pass"),
                "nsubj:pass": ("nsubj", "nsubj:pass")}
SUBJECTS = ("nsubj", "nsubj:pass", "csubj", "expl")
# Tags a name the tagger took for a function word may wear ('told AFP' as SCONJ).
FUNCTION_TAGS = {"SCONJ", "CCONJ", "ADV", "ADP"}
# Verbs an outlet uses to pass on someone's words ('quoted a source as saying').
QUOTING = {"quote", "cite"}
# Auxiliaries a reported clause goes on with after 'and': '... said it was reviewing the data
# and would decide by June'.
MODALS = {"would", "could", "might", "should", "will", "can", "may", "must"}
SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i"}
# Words a tagger may hang as a preposition on a subject: a number's 'about' ('about half of
# voters said'), a tag's 'as' ('as the report recommended').
SUBJECT_CASES = {"about", "around", "over", "under", "nearly", "almost", "as"}
# Words that float after a subject without being its head ('Bolton and Gorka both said').
FLOATING_QUANTIFIERS = {"both", "all", "each"}
# Pronouns that stand for a group when a modifier follows ('those close to him', 'some in
# the party').
GROUP_PRONOUNS = {"those", "some", "many", "others", "few", "most", "all"}
# Words for some of a group that, after 'with', do what an -ing verb says ('with one saying').
WITH_SUBJECTS = {"one", "another", "some", "many", "others", "most", "several", "few"}
# Classes of verbs such a word may do ('with analysts warning'; not 'with Russia backing').
SAYING_CLASSES = {"speech", "writing", "evidence", "announcement"}
# Relations by which the parser may hang what such a verb says on the verb's own head.
CLAUSE_RELATIONS = {"ccomp", "advcl", "conj", "parataxis"}
# Words that count off one more speaker with the noun left out ('Another added:').
ELLIPTICAL_SUBJECTS = {"another", "one"}
# Words that open what someone thinks or says.
COMPLEMENTIZERS = {"that", "whether", "if"}
# How many words may stand between a speech verb and the 'that' of what was said ('ruled
# 5-4 that').
ADVERBIAL_GAP = 4
# Pronouns that stress the noun before them ('the president himself').
REFLEXIVES = {"itself", "himself", "herself", "themselves"}
# Tags of a word that may open the subject of a clause ('Some fear the deal will ...').
OPENING_TAGS = {"DET", "PRON", "PROPN", "NOUN", "NUM"}
# Pronouns that may name an unnamed speaker after the verb ('“Cruz,” shouted someone').
INDEFINITE_SPEAKERS = {"someone", "somebody", "anyone", "anybody", "everyone", "everybody",
                       "nobody", "another"}
# Prepositions that tie a time to someone's act ('years after Bill Clinton claimed ...').
TIME_LINKS = {"after", "before", "since"}
# Words that open an indirect question ('asked if he was ...').
QUESTION_MARKS = {"if", "whether"}
# Adverbs that make a count of time a time ('Hours later', 'Two days earlier').
TIME_ADVERBS = {"later", "earlier", "ago", "afterwards", "afterward", "before", "after"}
# Prepositions of a saying's time, audience or topic, never of where the speaker sits.
SAYING_PREPOSITIONS = {"to", "about", "by", "after", "before", "during", "since", "until",
                       "via", "through", "over"}
# Determiners that make a time word a time ('this week', 'last month'), not a thing said
# ('the additional week', 'her years as senator').
TIME_DETERMINERS = {"this", "last", "next", "that", "every", "each"}
# Days a speech verb may be dated with ('said Monday'), and parts of them ('Monday night').
DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday"}
PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}
# The most words a 'without' phrase before a 'that' clause may hold ('without offering any
# proof').
ASIDE_WORDS = 5
# Days, months (not "may", a verb and a surname) and other times.
TEMPORAL = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "today", "yesterday", "tonight", "tomorrow", "morning", "evening", "afternoon",
            "night", "day", "days", "hour", "hours", "minutes", "week", "weeks", "weekend",
            "month", "months", "year", "years", "decade", "decades", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november",
            "december"}


def _children(words: list[Word], index: int, *deprels: str) -> list[int]:
    return [c for c in words[index].children if not deprels or words[c].deprel in deprels]


def _dominates(words: list[Word], ancestor: int, index: int) -> bool:
    current: int | None = index
    while current is not None:
        if current == ancestor:
            return True
        current = words[current].head
    return False


def _make_root(words: list[Word], index: int) -> None:
    """Take a word off its head, to be hung elsewhere or to head its sentence."""
    head = words[index].head
    if head is not None:
        words[head].children.remove(index)
    words[index].head, words[index].deprel = None, "root"


def _take_place(words: list[Word], index: int, of: int) -> None:
    """Hang a word where another hangs, on its head with its relation (or at the top of the
    sentence where that one is)."""
    if words[of].head is None:
        _make_root(words, index)
    else:
        _reattach(words, index, words[of].head, words[of].deprel)


def _reattach(words: list[Word], index: int, head: int, deprel: str) -> None:
    """Hang a word on a new head; a move that would make a cycle is not made."""
    if _dominates(words, index, head):
        return
    old = words[index].head
    if old is not None:
        words[old].children.remove(index)
    words[index].head = head
    words[index].deprel = deprel
    words[head].children.append(index)
    words[head].children.sort()


def split_names(words: list[Word]) -> None:
    """One subject (or possessor) parsed as two: 'White House spokesman Josh Earnest said',
    'Governor Ana Ruiz's claim', 'A lawyer for the outlets, David Schulz, said'. Adjacent
    pieces join the last one (the head of an English noun phrase is its last word); a piece
    after a comma is an apposition of the first, even when a word the parser hung on the
    first piece stands after it ('Christopher Harvey, an African-American delegate from
    Houston, Texas, said') or a part of the name was hung elsewhere ('Rosette Pambakian'),
    an adjective right after the noun describes it ('a source close to the inquiry') and so
    does a phrase opened by a preposition ('a narrator in the Clinton ad asks'); a relative
    pronoun is the subject of the relative clause after it ('A person who was there said')."""
    for word, relation in ((w, r) for w in words for r in ("nsubj", "nmod:poss")):
        subjects = [s for s in _children(words, word.index, relation) if s < word.index]
        if len(subjects) < 2:
            continue
        first, *rest = subjects
        for later in rest:
            start = word_extent(words, later)[0]
            between = range(word_extent(words, first)[1] + 1, start)
            if any(_closing_quote(words[k]) and words[k - 1].text in (",", "?", "!")
                   for k in between) and _opens_with_quotation(
                    words, word_extent(words, first)[0]):
                # '"Brace for impact," the captain announced': the first is the quotation's
                clauses = _children(words, word.index, "ccomp", "parataxis")
                _reattach(words, first, clauses[0] if clauses else word.index, "dep")
                first = later
                continue
            tail = _name_tail(words, first, between)
            set_off = all(words[k].upos == "PUNCT" for k in between if k not in tail) and \
                any(words[k].text == "," for k in between)
            crossed = not between and start > 0 and words[start - 1].text == ","
            comma = set_off or crossed
            for k in tail if comma else ():
                _reattach(words, k, first, "flat")
            if comma and _fronted(words, first, later):
                _reattach(words, first, word.index, "obl")
                first = later
            elif comma:
                _reattach(words, later, first, "appos")
            elif words[later].upos == "ADJ" and words[first].upos == "NOUN" and \
                    later == word_extent(words, first)[1] + 1:
                _reattach(words, later, first, "amod")
            elif any(k < later for k in _children(words, later, "case")):
                _reattach(words, later, first, "nmod")
            elif words[later].lower in FLOATING_QUANTIFIERS:
                _reattach(words, later, first, "advmod")
            elif words[later].xpos in ("WP", "WDT"):  # 'A person who was at the meeting said'
                for clause in [c for c in _children(words, first, "acl:relcl") if c > later][:1]:
                    _reattach(words, later, clause, "nsubj")
            elif words[first].upos == words[later].upos == "PRON":
                continue
            elif words[first].lower in DAYS and words[later].upos == "PRON" and \
                    words[first - 1].upos == "VERB" and word.head == first - 1:
                _reattach(words, first, first - 1, "obl:tmod")  # 'said Tuesday it expected'
                first = later
            else:
                _reattach(words, first, later, "compound")
                first = later


def stray_roots(words: list[Word]) -> None:
    """'Spokeswoman Dana Lee said ...' parsed as two sentences in one, 'Spokeswoman Dana' a
    root of its own: a noun phrase standing alone right before the subject of the sentence's
    verb is the start of that subject."""
    roots = [w for w in words if w.head is None]
    for first, second in zip(roots, roots[1:], strict=False):
        if first.sentence != second.sentence or first.upos not in ("NOUN", "PROPN") or \
                second.upos != "VERB":
            continue
        subjects = [s for s in _children(words, second.index, "nsubj") if s < second.index]
        if subjects and word_extent(words, first.index)[1] + 1 == \
                word_extent(words, subjects[0])[0]:
            _reattach(words, first.index, subjects[0], "compound")
    for first, second in zip(roots, roots[1:], strict=False):
        if first.sentence == second.sentence and second.upos == "VERB" and \
                lexicon.reporting_verbs().get(first.lemma) in COMPLEMENT_CLASSES and \
                not _children(words, first.index, "ccomp"):
            _cut_complement(words, first, second)


def _cut_complement(words: list[Word], verb: Word, clause: Word) -> None:
    """'Raisinghani told CBC' | 'News the department will look into it' parsed as two
    sentences in one: the second is what the speech verb said, and the name its listener
    began goes on into the second part ('CBC News'); before a 'that' opening the clause,
    the words are the verb's ('told CBS' | 'This Morning on Monday that ...')."""
    that = next((k for k in _children(words, clause.index, "mark")
                 if words[k].lower == "that"), None)
    if that is not None:
        for k in range(verb.index + 1, that):
            if words[k].head is not None and not verb.index <= words[k].head < that:
                _reattach(words, k, verb.index, "obl")
        _reattach(words, clause.index, verb.index, "ccomp")
        return
    if any(words[k].lower == "that" for k in range(verb.index + 1, clause.index)):
        return
    listeners = [k for k in _children(words, verb.index, "obj", "iobj")
                 if words[k].upos == "PROPN" and word_extent(words, k)[1] + 1 < clause.index]
    if listeners:
        listener = words[listeners[-1]]
        after = word_extent(words, listener.index)[1] + 1
        while after < clause.index and words[after].upos in ("PROPN", "NOUN") and \
                words[after].text[:1].isupper() and not words[after].deprel.startswith("nsubj"):
            _reattach(words, after, listener.index, "flat")
            after += 1
    _reattach(words, clause.index, verb.index, "ccomp")


def adjacent_names(words: list[Word]) -> None:
    """'According to ABC News, Basya believes', 'called on Howard Dean to apologize' parsed
    with the two words of the name as two phrases on the verb: proper nouns side by side,
    hung on the same word by the same relation, in one entity (or the second an object or
    oblique with no preposition of its own), are one name, headed by its last word, which
    takes over the first's preposition and determiner."""
    for word, after in zip(words, words[1:], strict=False):
        one = word.entity is not None and word.entity == after.entity or \
            word.deprel in ("obl", "obj") and not _children(words, after.index, "case")
        if word.upos == after.upos == "PROPN" and one and word.head == after.head and \
                word.deprel == after.deprel and word.sentence == after.sentence:
            for child in _children(words, word.index, "case", "det", "amod", "punct"):
                _reattach(words, child, after.index, words[child].deprel)
            _reattach(words, word.index, after.index, "compound")


def surnames_read_as_verbs(words: list[Word]) -> None:
    """'Health Secretary Wes Streeting conceded that ...' tagged with 'Streeting' a verb (the
    clause of 'conceded'): a capitalised verb with no words of its own, right after a name
    that is the subject of the verb it hangs on, is the name's last word."""
    for word in words[1:]:
        name = name_head(words, word.index - 1)
        verb = word.head
        if word.upos != "VERB" or not word.text[:1].isupper() or verb is None or \
                words[word.index - 1].upos != "PROPN" or \
                words[name].deprel not in ("nsubj", "nsubj:pass") or \
                words[name].head not in (word.index, verb) or \
                any(k != name and words[k].upos != "PUNCT" for k in word.children):
            continue
        if words[name].head == word.index:  # the name read as the subject of the surname
            # 'The prime minister's spokesman, Tom Golding, said': a name set beside a noun
            described = word.deprel == "acl" and words[verb].upos in NOMINAL
            _reattach(words, name, verb, "appos" if described else "nsubj")
        word.upos, word.xpos, word.lemma = "PROPN", "NNP", word.lower
        _reattach(words, word.index, name, "flat")


def company_names_read_as_verbs(words: list[Word]) -> None:
    """'Allied said it would appeal', 'Allied Industries Inc. said ...', 'United said ...'
    tagged with the company's first word a verb ('ally', 'unite'): a capitalised verb opening
    its sentence, with nothing of its own but the rest of an organisation's name, right
    before a speech verb that has no subject, is that name and the speech verb's subject."""
    verbs = lexicon.reporting_verbs()
    for word in words[:-1]:
        if word.upos != "VERB" or not word.text[:1].isupper() or word.text.isupper() or \
                not (_opens_sentence(words, word) or _dash(words, word.index - 1)):
            continue  # 'NEW YORK -- Allied Industries Inc. said'
        before = [k for k in word.children if k < word.index]
        rest = [k for k in _children(words, word.index, "obj")
                if k == word.index + 1 and words[k].upos == "PROPN" and word.entity == "ORG"]
        after = _last_word(words, rest[0]) + 1 if rest else word.index + 1
        others = [k for k in word.children
                  if k > word.index and k not in rest and words[k].upos != "PUNCT"]
        if after >= len(words):
            continue
        verb = words[after]
        if verbs.get(verb.lemma) != "speech" or verb.upos != "VERB" or \
                _children(words, after, *SUBJECTS) or \
                others != ([] if verb.head != word.index else [after]):
            continue
        if verb.head == word.index:
            parent, relation = word.head, word.deprel
            if parent is None:
                _make_root(words, after)
            else:
                _reattach(words, after, parent, relation)
        word.upos, word.xpos, word.lemma = "PROPN", "NNP", word.text
        for k in before:
            _reattach(words, k, after, words[k].deprel)
        if rest:
            _reattach(words, rest[0], after, "nsubj")
            _reattach(words, word.index, rest[0], "compound")
        else:
            _reattach(words, word.index, after, "nsubj")


def listeners_read_as_verbs(words: list[Word]) -> None:
    """'..., a source told Wired.' tagged with 'Wired' a verb, the clause of 'told': a
    capitalised verb with nothing of its own, right after a verb of telling, is a name,
    whom it was told."""
    frames = lexicon.verb_frames()
    for word in words[1:]:
        verb = word.head
        if word.upos != "VERB" or not word.text[:1].isupper() or verb != word.index - 1 or \
                "recipient" not in frames.get(words[verb].lemma, ()) or \
                any(words[k].upos != "PUNCT" for k in word.children):
            continue
        word.upos, word.xpos, word.lemma, word.deprel = "PROPN", "NNP", word.text, "obj"


def outlets_read_as_clauses(words: list[Word]) -> None:
    """'told People magazine that she was "heartbroken"' parsed with 'magazine' a verb whose
    subject is 'People', the clause of 'told': a word for an outlet read as a verb right
    after its name, right after a verb of telling, is whom it was told, and its own clause
    is what was."""
    frames, people = lexicon.verb_frames(), lexicon.source_nouns()
    for word in words[2:]:
        verb = word.head
        names = [k for k in _children(words, word.index, "nsubj") if k == word.index - 1]
        if word.upos != "VERB" or word.deprel != "ccomp" or verb is None or not names or \
                names[0] != verb + 1 or people.get(word.lower) != "organization" or \
                "recipient" not in frames.get(words[verb].lemma, ()) or \
                words[names[0]].upos != "PROPN":
            continue
        word.upos, word.xpos, word.lemma = "NOUN", "NN", word.lower
        _reattach(words, word.index, verb, "obj")
        _reattach(words, names[0], word.index, "compound")
        for clause in _children(words, word.index, "ccomp"):
            _reattach(words, clause, verb, "ccomp")


def tags_read_as_modifiers_of_listeners(words: list[Word]) -> None:
    """'The meeting will be held online, four OPEC+ sources told Reuters.' parsed with
    'told' an adjective of 'Reuters' and the sources a phrase of the sentence: a verb of
    telling right before whom it was told, in a phrase set off by a comma after the
    sentence's clause and opened by a word for people ('two people familiar with the talks
    told Bloomberg News'), is a tag: the people told the listener."""
    frames, people = lexicon.verb_frames(), lexicon.source_nouns()
    for verb in words[3:-1]:
        listener = verb.head
        if verb.upos != "VERB" or verb.deprel not in ("amod", "compound") or \
                listener is None or listener <= verb.index or \
                "recipient" not in frames.get(verb.lemma, ()) or \
                words[listener].upos not in ("NOUN", "PROPN") or \
                any(words[k].head != listener for k in range(verb.index + 1, listener)):
            continue
        start = verb.index - 1
        while start > 0 and words[start].text != "," and verb.index - start < MAX_TAG_WORDS:
            start -= 1
        phrase = range(start + 1, verb.index)
        subject = next((k for k in phrase if words[k].upos == "NOUN" and
                        people.get(words[k].lemma) in PERSON_CATEGORIES), None)
        roots = [w.index for w in words if w.sentence == verb.sentence and w.head is None]
        if words[start].text != "," or subject is None or not roots or \
                roots[0] >= start or \
                any(words[k].upos not in PHRASE_TAGS for k in range(start + 1, subject)):
            continue
        later = [k for k in _children(words, listener) if k > listener and
                 words[k].deprel not in ("flat", "compound", "punct")]
        _reattach(words, verb.index, roots[0], "parataxis")
        _reattach(words, subject, verb.index, "nsubj")
        _reattach(words, listener, verb.index, "obj")
        _reattach(words, start, verb.index, "punct")
        for k in later:
            _reattach(words, k, verb.index, "obl")
        for k in phrase:
            if words[k].head not in phrase and k != subject:
                _reattach(words, k, subject, MODIFIER_RELATIONS.get(words[k].upos, "compound"))


def plus_signs_read_as_conjunctions(words: list[Word]) -> None:
    """'Two OPEC+ sources said' parsed as 'Two OPEC' and 'sources', joined by '+': a plus
    sign written onto a name is part of it ('OPEC+', 'Disney+'), and the name modifies the
    noun after it."""
    for plus in words[1:-1]:
        name, noun = plus.index - 1, plus.index + 1
        if plus.text != "+" or plus.deprel != "cc" or plus.head != noun or \
                words[name].end != plus.start or words[noun].head != name or \
                words[noun].deprel != "conj" or words[noun].upos != "NOUN":
            continue
        _take_place(words, noun, name)
        for k in _children(words, name):
            if k < name:
                _reattach(words, k, noun, words[k].deprel)
        _reattach(words, name, noun, "compound")
        _reattach(words, plus.index, name, "punct")


def clauses_after_semicolons(words: list[Word]) -> None:
    """'The ministry said the talks had gone well; the opposition called them a sham.'
    parsed with both clauses what the ministry said: a second clause with a subject of its
    own after a semicolon is the writer's next sentence, not more of what was said."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verb.lemma not in verbs:
            continue
        clauses = _children(words, verb.index, "ccomp")
        for clause in clauses[1:]:
            first = word_extent(words, clause)[0]
            if clause > verb.index and words[first - 1].text == ";" and \
                    any(k < clause for k in _children(words, clause, "nsubj", "nsubj:pass")):
                _reattach(words, clause, verb.index, "conj")


def name_syllables_read_as_words(words: list[Word]) -> None:
    """'Tsai Ing-wen said' parsed with 'wen' an auxiliary of 'said': a lower-case syllable
    inside a person's name, after a tight hyphen, is the name's last part."""
    for word in words[1:]:
        before = words[word.index - 1]
        if word.entity != "PERSON" or not word.text.islower() or before.end != word.start or \
                not before.text.endswith("-") or word.upos == "PROPN":
            continue
        word.upos, word.xpos = "PROPN", "NNP"
        if word.deprel in FUNCTION_RELATIONS:
            name = before.index if before.text != "-" else before.index - 1
            _reattach(words, word.index, name, "flat")


def relative_clauses_cut_by_the_verb(words: list[Word]) -> None:
    """'An official who asked not to be named because she was not authorized to discuss the
    investigation said ...' parsed with the end of the relative clause hung on 'said' ('the
    investigation' its subject) and 'official' a subject further on: the words between a
    relative clause opened right after the sentence's first noun and the sentence's speech
    verb are the clause's, and the noun is the verb's subject."""
    verbs = lexicon.reporting_verbs()
    for noun in words[:-2]:
        if noun.upos != "NOUN" or words[noun.index + 1].lower not in RELATIVE or \
                not _children(words, noun.index, "acl:relcl") or \
                any(words[k].head != noun.index
                    for k in range(_sentence_start(words, noun.index), noun.index)):
            continue
        verb = next((w for w in words[noun.index + 2:] if w.sentence == noun.sentence and
                     w.head is None), None)
        if verb is None or verb.upos != "VERB" or \
                verbs.get(verb.lemma) not in SPEECH_CLASSES or noun.head == verb.index:
            continue
        subjects = _children(words, verb.index, "nsubj", "nsubj:pass")
        # the verb's subject taken from the clause, or none and the noun hung past the verb
        if not any(noun.index < k < verb.index for k in subjects) and \
                (subjects or noun.head is None or noun.head < verb.index):
            continue
        clause = set(_descendants(words, noun.index))
        for k in range(noun.index + 1, verb.index):
            if k in clause or words[k].head not in (verb.index, None) and \
                    noun.index < words[k].head < verb.index:
                continue
            host = max((j for j in clause if j < k and words[j].upos == "VERB"), default=None)
            if host is None:
                break
            relation = "advcl" if words[k].upos in ("VERB", "AUX") else \
                "obl" if _children(words, host, "obj") else "obj"
            _reattach(words, k, host, relation)
            clause |= set(_descendants(words, k))
        _reattach(words, noun.index, verb.index, "nsubj")


def infinitives_cut_from_their_verbs(words: list[Word]) -> None:
    """'A memo seen by Reuters shows the agency planned to cut 1,200 jobs' parsed with 'to
    cut' a clause of 'shows': an infinitive right after a verb that describes the object of
    a verb of saying or showing is that verb's complement ('planned to cut')."""
    verbs = lexicon.reporting_verbs()
    for verb in words[:-2]:
        if verb.upos != "VERB" or verb.deprel != "acl" or verb.head is None or \
                words[verb.head].deprel != "obj" or words[verb.index + 1].lower != "to":
            continue
        main = words[verb.head].head
        infinitive = verb.index + 2
        if main is None or words[main].lemma not in verbs or \
                words[infinitive].head != main or words[infinitive].upos != "VERB":
            continue
        _reattach(words, infinitive, verb.index, "xcomp")


def infinitives_read_as_modifiers_of_objects(words: list[Word]) -> None:
    """'The letter urged the administration to restore funding' parsed with 'to restore' a
    modifier of 'administration': after a verb of urging, an infinitive right after the
    object is what the object was urged to do."""
    frames, people = lexicon.verb_frames(), lexicon.source_nouns()
    for verb in words:
        if verb.upos != "VERB" or "intent" not in frames.get(verb.lemma, ()):
            continue
        for obj in _children(words, verb.index, "obj"):
            if words[obj].upos not in ("PROPN", "PRON") and \
                    people.get(words[obj].lemma) not in PERSON_CATEGORIES | {"organization"}:
                continue  # not 'claims the refusal to support', 'called a meeting to discuss'
            for clause in _children(words, obj, "acl"):
                if words[clause].upos == "VERB" and words[clause - 1].lower == "to" and \
                        _span_end_before(words, obj, clause - 1) == clause - 2:
                    _reattach(words, clause, verb.index, "xcomp")


def speakers_read_as_objects_of_tags(words: list[Word]) -> None:
    """'The company will cut 500 jobs, said one of the people, a manager in the sales
    division.' parsed with 'one' the object of 'said' and 'said' a second clause sharing
    the company as its subject: a speech verb right after a comma, with no subject and no
    clause of its own, whose object is a person or one of some people, is a tag and the
    object its speaker."""
    verbs, people = lexicon.reporting_verbs(), lexicon.source_nouns()
    for verb in words[2:-1]:
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in SPEECH_CLASSES or \
                verb.xpos not in FINITE or words[verb.index - 1].text != "," or \
                verb.head is None or \
                verb.head > verb.index or verb.deprel not in ("conj", "parataxis") or \
                _children(words, verb.index, *SUBJECTS, "ccomp", "xcomp", "cc"):
            continue
        speaker = next((k for k in _children(words, verb.index, "obj") if k == verb.index + 1 or
                        words[verb.index + 1].upos == "DET" and k == verb.index + 2), None)
        if speaker is None:
            continue
        of = any(words[c].lower == "of" for n in _children(words, speaker, "nmod")
                 for c in _children(words, n, "case"))
        if not (words[speaker].lower == "one" and of or  # not 'wrote a host of new songs'
                people.get(words[speaker].lemma) in PERSON_CATEGORIES and not of):
            continue
        verb.deprel = "parataxis"
        _reattach(words, speaker, verb.index, "nsubj")
        for k in _children(words, verb.index, "obl"):
            if k > speaker and words[k - 1].upos != "ADP" and \
                    any(words[a].text == "," for a in range(speaker, k)):
                _reattach(words, k, speaker, "nmod")  # 'a manager in the sales division'


def pronouns_read_as_expletives(words: list[Word]) -> None:
    """'The report was presented on Wednesday. It found that three firms had been paid.'
    parsed with 'It' a dummy subject: before an active verb of saying, writing or finding
    (not 'It emerged that', 'It seems that'), 'it' is something that says."""
    verbs = lexicon.reporting_verbs()
    for word in words:
        verb = word.head
        if word.lower != "it" or word.deprel != "expl" or verb is None or verb < word.index or \
                words[verb].xpos not in FINITE or words[verb].lemma in IMPERSONAL_VERBS or \
                verbs.get(words[verb].lemma) not in COMPLEMENT_CLASSES or \
                _children(words, verb, "aux:pass", "cop", "nsubj", "nsubj:pass"):
            continue
        word.deprel = "nsubj"


def documents_read_as_clauses_of_settings(words: list[Word]) -> None:
    """'Meta said in its earnings release that it expected ...' parsed with 'release' a verb,
    the clause of 'said': a word for a document right after the noun of a setting phrase
    on a speech verb heads that phrase, and its 'that' clause is the verb's."""
    verbs, nouns = lexicon.reporting_verbs(), lexicon.source_nouns()
    for word in words[1:-1]:
        verb, setting = word.head, word.index - 1
        if word.upos != "VERB" or word.deprel != "ccomp" or verb is None or \
                words[verb].lemma not in verbs or nouns.get(word.lower) != "document" or \
                words[setting].head != verb or words[setting].deprel != "obl" or \
                _children(words, word.index, *SUBJECTS):
            continue
        clauses = [c for c in _children(words, word.index, "ccomp")
                   if words[word.index + 1].lower == "that" and
                   word.index + 1 in _children(words, c, "mark")]
        if not clauses:
            continue
        word.upos, word.xpos, word.lemma = "NOUN", "NN", word.lower
        _reattach(words, clauses[0], verb, "ccomp")
        _reattach(words, word.index, verb, "obl")
        for k in _children(words, setting):
            _reattach(words, k, word.index, words[k].deprel)
        _reattach(words, setting, word.index, "compound")


def surnames_read_as_adverbs(words: list[Word]) -> None:
    """'Eddie Howe admitted his side had struggled' tagged with 'Howe' an adverb of
    'admitted': a capitalised adverb that the tagger put at the end of a person's name, right
    before the verb it hangs on, which has no other subject than the name's first word, is
    the name's last word and the name the verb's subject."""
    for word in words[1:]:
        given, verb = words[word.index - 1], word.head
        if word.upos != "ADV" or not word.text[:1].isupper() or word.entity != "PERSON" or \
                given.entity != "PERSON" or given.upos != "PROPN" or \
                given.sentence != word.sentence or verb != word.index + 1 or \
                words[verb].upos != "VERB" or \
                set(_children(words, verb, *SUBJECTS)) - {given.index}:
            continue
        word.upos, word.xpos, word.lemma = "PROPN", "NNP", word.lower
        _reattach(words, word.index, verb, "nsubj")
        _reattach(words, given.index, word.index, "compound")


def inverted_surnames_read_as_adverbs(words: list[Word]) -> None:
    """'"We were poor," said Eddie Howe.' tagged with 'Howe' an adverb hung anywhere: a
    capitalised adverb the tagger put at the end of a person's name whose first word is the
    subject of a verb before it is the name's last word."""
    for word in words[1:]:
        given = words[word.index - 1]
        if word.upos != "ADV" or not word.text[:1].isupper() or word.entity != "PERSON" or \
                given.entity != "PERSON" or given.upos != "PROPN" or \
                given.sentence != word.sentence or given.deprel not in SUBJECTS or \
                given.head is None or given.head > given.index or \
                _children(words, word.index):
            continue
        word.upos, word.xpos, word.lemma = "PROPN", "NNP", word.lower
        _reattach(words, word.index, given.index, "flat")


def brands_read_as_possessives(words: list[Word]) -> None:
    """'McDonald's said sales had fallen' parsed with 'McDonald's' owning 'sales' and 'said'
    a modifier: a name with a possessive ending right before 'said' hung on the next noun is
    the verb's subject, and the clause after it what was said (not so a form that can
    modify a noun: 'Stumpf's repeated emphasis')."""
    for verb in words[2:]:
        name, mark, noun = words[verb.index - 2], words[verb.index - 1], verb.head
        if verb.upos != "VERB" or verb.lemma != "say" or verb.deprel != "amod" or \
                noun is None or noun != verb.index + 1 or \
                mark.lower not in lexicon.POSSESSIVE_ENDINGS or name.upos != "PROPN" or \
                name.head != noun or words[noun].head is None or \
                words[noun].deprel not in ("nsubj", "nsubj:pass"):
            continue
        clause = words[noun].head
        parent, relation = words[clause].head, words[clause].deprel
        _make_root(words, verb.index)
        _make_root(words, clause)
        if parent is not None:
            _reattach(words, verb.index, parent, relation)
        verb.xpos = "VBD"
        _reattach(words, clause, verb.index, "ccomp")
        _reattach(words, name.index, verb.index, "nsubj")


def subjects_after_with(words: list[Word]) -> None:
    """'Critics were quick to pounce, with one saying the plan was “a shambles”' parsed with
    'with one' a phrase of 'saying' ('Shares fell, with analysts warning that ...' with
    'analysts' a phrase of 'fell', 'with one writing:' with 'writing' a noun): what comes
    after 'with' is who does the saying, and a 'that' clause right after the verb what
    was said."""
    for word in words:
        found = _gerund_after_with(words, word)
        if found is None or _children(words, found[0], "nsubj"):
            continue
        verb, case = found
        gerund = words[verb]
        if gerund.upos != "VERB":
            gerund.upos, gerund.xpos = "VERB", "VBG"
            gerund.lemma = lexicon.reporting_lemma(gerund.lower) or gerund.lemma
            gerund.deprel = "advcl" if gerund.deprel == "obl" else gerund.deprel
        if gerund.head == word.index and word.head is not None:
            _reattach(words, verb, word.head, "advcl")
        _reattach(words, case, verb, "mark")
        words[case].upos, words[case].xpos = "SCONJ", "IN"
        _reattach(words, word.index, verb, "nsubj")
        clause = _clause_from(words, verb + 1)
        if clause is not None and words[clause].head == gerund.head and \
                words[clause].deprel in CLAUSE_RELATIONS and not _children(words, verb, "ccomp"):
            _reattach(words, clause, verb, "ccomp")


def _clause_from(words: list[Word], start: int) -> int | None:
    """The head of the clause whose words begin at `start` ('that it was ...', 'they had
    been ...'), if one does."""
    if start >= len(words):
        return None
    head = start
    while words[head].head is not None and words[head].deprel not in CLAUSE_RELATIONS:
        head = words[head].head
    first = min(k for k in _descendants(words, head) if words[k].upos != "PUNCT")
    return head if first == start and words[head].deprel in CLAUSE_RELATIONS else None


def _gerund_after_with(words: list[Word], word: Word) -> tuple[int, int] | None:
    """The -ing verb of speech that `word` does after 'with', and that 'with': the verb is
    the word's head ('with one of them saying'), or the word right after its phrase when
    the parser hung them apart."""
    head = word.head
    if word.upos not in NOMINAL | {"NUM"} and word.lower not in WITH_SUBJECTS:
        return None
    opener = min(k for k in _descendants(words, word.index) if words[k].upos != "PUNCT")
    case = opener if words[opener].lower == "with" else opener - 1
    if case < 0 or words[case].lower != "with":
        return None
    if word.deprel == "obl" and head is not None and head > word.index and \
            words[head].xpos == "VBG" and words[head].upos == "VERB" and \
            word.lower in WITH_SUBJECTS:
        return head, case
    after = max(_descendants(words, word.index)) + 1
    if after >= len(words) or words[after].sentence != word.sentence or \
            not words[after].lower.endswith("ing") or words[after].upos not in ("VERB", "NOUN"):
        return None
    said = lexicon.reporting_verbs().get(lexicon.reporting_lemma(words[after].lower) or "")
    sayer = word.lower in WITH_SUBJECTS or word.upos in ("PROPN", "PRON") or \
        word.lemma in lexicon.source_nouns()
    if said not in SAYING_CLASSES or not sayer:
        return None
    return (after, case) if word.deprel == "obl" or word.lower in WITH_SUBJECTS else None


def section_label(words: list[Word], first: int) -> int | None:
    """The colon closing a newsletter section label that opens the sentence at `first`
    ('Zoom in:', 'What they're saying:'), or None."""
    text = ""
    for k in range(first, min(first + SECTION_LABEL_WORDS, len(words))):
        word = words[k]
        if word.sentence != words[first].sentence:
            return None
        if word.text == ":":
            label = text.lower().replace("’", "'").strip(" -–—•*")
            return k if label in lexicon.section_labels() else None
        text += (" " if k > first and word.start > words[k - 1].end else "") + word.text
    return None


def section_labels_read_into_sentences(words: list[Word]) -> None:
    """'Zoom out: Economists say ...', 'Flashback: Sen. Susan Collins said ...' parsed with
    the label at the top of the sentence or its subject: a newsletter's section label only
    introduces the paragraph; the sentence after its colon stands on its own, the label
    hung on it as a discourse word."""
    for first in words:
        if first.index > 0 and words[first.index - 1].sentence == first.sentence:
            continue
        colon = section_label(words, first.index)
        if colon is None:
            continue
        label = set(range(first.index, colon + 1))
        rest = [k for k in range(colon + 1, len(words)) if words[k].sentence == first.sentence]
        tops = [k for k in rest if words[k].head is None or words[k].head in label]
        if not tops:
            continue
        verbs = [k for k in tops if words[k].upos in ("VERB", "AUX")]
        main = verbs[0] if verbs else tops[0]
        _make_root(words, main)
        speech = words[main].lemma in lexicon.reporting_verbs()
        for k in tops:
            if k != main:
                _reattach(words, k, main, "ccomp" if speech and k > main and
                          words[k].upos == "VERB" else "parataxis")
        for k in label:
            if words[k].head is None or words[k].head not in label:
                _reattach(words, k, main, "punct" if k == colon else "discourse")


def phrasal_speech_verbs(words: list[Word]) -> None:
    """'the senator fired back', 'Clinton chimed in on Twitter': a verb that reports speech
    only with the particle right after it is read as the reporting verb it stands for
    ('retort', 'add'), the particle part of it."""
    phrasal = lexicon.phrasal_verbs()
    for verb, particle in itertools.pairwise(words):
        used_as = phrasal.get(f"{verb.lemma} {particle.lower}")
        if used_as is None or verb.upos != "VERB" or particle.head != verb.index or \
                particle.deprel not in ("advmod", "compound:prt", "obl"):
            continue
        verb.lemma = used_as
        particle.deprel = "compound:prt"


def passives_without_auxiliaries(words: list[Word]) -> None:
    """'“Worst finale ever,” one fan posted.', 'the senator fired back', parsed as passives
    with no 'was': a main reporting verb in a past form with no auxiliary is active; the
    subject nearest before it is its subject, a quotation before that what was said."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        subjects = _children(words, verb.index, "nsubj:pass")
        after = words[verb.index + 1].lower if verb.index + 1 < len(words) else ""
        if verb.lemma not in verbs or verb.xpos != "VBN" or verb.deprel != "root" or \
                not subjects or _children(words, verb.index, "aux", "aux:pass", "cop") or \
                after in PASSIVE_MARKS:  # a headline's 'FDIC Accused Of ...' is passive
            continue
        verb.xpos = "VBD"
        *before, subject = [k for k in subjects if k < verb.index] or subjects
        words[subject].deprel = "nsubj"
        for said in before:
            if any(words[k].text in OPENING_MARKS for k in range(said - 3, said) if k >= 0):
                words[said].deprel = "ccomp"


def contact_clauses(words: list[Word]) -> None:
    """'Teachers I spoke to say ...', 'Parents I talked with say ...': a relative clause with
    no 'who' ('I spoke to') that tells how the reporter met the people, parsed as the
    sentence's main clause: the people are the subject of the speech verb after it."""
    verbs = lexicon.reporting_verbs()
    for noun, pronoun, met in zip(words, words[1:], words[2:], strict=False):
        if noun.upos not in ("NOUN", "PROPN") or pronoun.lower not in REPORTERS or \
                pronoun.deprel != "nsubj" or pronoun.head != met.index or \
                met.lemma not in MEETING_VERBS:
            continue
        after = met.index + 1
        if after < len(words) and words[after].lower in ("to", "with"):
            after += 1
        if after >= len(words):
            continue
        speech = words[after]
        lemma = speech.lemma if speech.lemma in verbs else lexicon.reporting_lemma(speech.lower)
        if lemma is None or verbs.get(lemma) != "speech" or speech.head != met.index:
            continue
        speech.upos, speech.lemma = "VERB", lemma
        speech.xpos = "VBP" if speech.lower == lemma else "VBD"
        _take_place(words, speech.index, met.index)
        for child in [c for c in met.children if c > speech.index]:
            _reattach(words, child, speech.index, words[child].deprel)
        for k in range(met.index + 1, speech.index):
            _reattach(words, k, met.index, "compound:prt")
        _reattach(words, noun.index, speech.index, "nsubj")
        _reattach(words, met.index, noun.index, "acl:relcl")


def titles_cut_from_their_dots(words: list[Word]) -> None:
    """'Gen. Charles Brown said', 'A Navy spokesman, Cmdr. Tim Gorman, said' with the
    tokenizer cutting the dot off a title it does not know, and the parser reading the
    title apart from the name: an abbreviated title, its dot right after it and a name
    right after that, is the name's title (the name standing where the title stood when
    that was set beside a noun)."""
    titles = lexicon.title_abbreviations()
    for title in words[:-2]:
        dot, first = words[title.index + 1], words[title.index + 2]
        if title.text.lower() not in titles or not title.text[:1].isupper() or \
                dot.text != "." or dot.start != title.end or first.upos != "PROPN" or \
                first.sentence != title.sentence:
            continue
        run = [first.index]
        while run[-1] + 1 < len(words) and words[run[-1] + 1].upos == "PROPN" and \
                words[run[-1] + 1].sentence == title.sentence:
            run.append(run[-1] + 1)
        tops = [k for k in run if words[k].head not in run]
        if len(tops) != 1 or words[tops[0]].head == title.index or \
                _dominates(words, tops[0], title.index):
            continue
        top = tops[0]
        if title.deprel == "appos" and title.head is not None:
            _reattach(words, top, title.head, "appos")
        _reattach(words, title.index, top, "compound")
        _reattach(words, dot.index, title.index, "punct")


def titles_split_from_names(words: list[Word]) -> None:
    """'..., said Rovers manager Paul Whitaker.' parsed with the title and the name as two
    subjects of the verb ('Foreign ministry spokeswoman Mao Ning said Beijing “firmly
    opposes” ...' with the title the subject of what was said, 'said neighbor Tom Briggs',
    'said school board President Ann Kowal'): a post, a word for one of a crowd or a body
    right before a name, both read as subjects, is the name's title."""
    subjects = [w.index for w in words if w.deprel in ("nsubj", "nsubj:pass")]
    for title, name in zip(subjects, subjects[1:], strict=False):
        if words[title].upos == "NOUN" and words[name].upos == "PROPN" and \
                lexicon.source_nouns().get(words[title].lemma) in TITLE_CATEGORIES and \
                max(_descendants(words, title)) + 1 == min(_descendants(words, name)):
            _reattach(words, title, name, "compound")


def posts_read_as_names(words: list[Word]) -> None:
    """'One Labour MP said', parsed as a name 'Labour MP' headed by the party: a listed post
    that closes a name of a body ('Labour', 'Hamas') is the head, the body its modifier."""
    posts = lexicon.source_nouns()
    for post in words:
        body = post.head
        if post.deprel not in ("flat", "flat:name") or body is None or \
                posts.get(post.lower) not in POST_CATEGORIES or \
                words[body].entity not in ("ORG", "NORP") or \
                _children(words, post.index, "flat", "flat:name") or \
                any(words[c].deprel in ("flat", "flat:name") and c > post.index
                    for c in words[body].children):
            continue
        relation, above = words[body].deprel, words[body].head
        for child in [c for c in words[body].children if c != post.index]:
            if words[child].deprel not in ("flat", "flat:name"):
                _reattach(words, child, post.index, words[child].deprel)
        if above is None:
            _make_root(words, post.index)
        else:
            _reattach(words, post.index, above, relation)
        _reattach(words, body, post.index, "compound")


def posts_read_as_adverbs(words: list[Word]) -> None:
    """'The UN rights chief said', parsed with 'rights' as the subject and 'chief' as an
    adverb of 'said': a listed post right after the subject of a speech verb, before the
    verb or after it ('said the former Liverpool forward'), is the head of the subject
    phrase."""
    posts = lexicon.source_nouns()
    for post in words:
        verb = post.head
        if post.upos not in ("ADV", "ADJ") or post.deprel != "advmod" or verb is None or \
                posts.get(post.lower) not in POST_CATEGORIES or post.index == 0 or \
                verb != post.index + 1 and \
                lexicon.reporting_verbs().get(words[verb].lemma) != "speech":
            continue
        subject = post.index - 1
        if words[subject].head != verb or words[subject].deprel not in ("nsubj", "nsubj:pass") \
                or words[subject].upos not in ("NOUN", "PROPN"):
            continue
        _reattach(words, post.index, verb, words[subject].deprel)
        _post_over(words, post, subject)


def posts_read_as_adjectives(words: list[Word]) -> None:
    """'said a senior Intel executive', 'A former Twitter executive, speaking on condition of
    anonymity, said': a listed post tagged as an adjective after a noun, with no noun after
    it to describe, heads the phrase; the noun before it is its modifier."""
    posts = lexicon.source_nouns()
    for post in words:
        noun = post.index - 1
        after = words[post.index + 1] if post.index + 1 < len(words) else None
        if post.upos != "ADJ" or post.deprel == "amod" or noun < 0 or \
                posts.get(post.lower) not in POST_CATEGORIES or \
                words[noun].upos not in ("NOUN", "PROPN") or \
                after is not None and after.upos in ("NOUN", "PROPN", "ADJ"):
            continue
        verb = post.head
        if words[noun].head != post.index:
            _reattach(words, post.index, words[noun].head, words[noun].deprel)
        elif verb is not None and verb > post.index and \
                post.deprel in ("ccomp", "xcomp", "advcl", "dep", "parataxis") and \
                not _children(words, verb, *SUBJECTS):
            _reattach(words, post.index, verb, "nsubj")
        else:
            continue
        _post_over(words, post, noun)


def _post_over(words: list[Word], post: Word, noun: int) -> None:
    """Make a post the tagger did not read as a noun ('chief', 'executive') the head of its
    phrase: it takes the modifiers before the noun in front of it ('The UN rights', 'a
    senior Intel'), and that noun becomes its modifier."""
    post.upos, post.xpos = "NOUN", "NN"
    for child in [c for c in words[noun].children if c < noun]:
        _reattach(words, child, post.index, words[child].deprel)
    _reattach(words, noun, post.index, "compound")


def phrases_read_apart_from_the_quoted(words: list[Word]) -> None:
    """'TASS quoted officials in the Defense Ministry as saying ...', 'Reuters quoted two
    people familiar with the deal as saying talks had stalled' parsed with the phrase after
    'officials' or 'people' hung on 'quoted': what stands between the one quoted and 'as
    saying' describes them, and a clause after 'saying' that the parser hung on that phrase
    is what was said."""
    for word in words[1:]:
        head, before = word.head, words[word.index - 1]
        if word.xpos != "VBG" or head is None or words[head].lemma not in QUOTING or \
                before.lower != "as" or _children(words, word.index, "mark") not in (
                    [], [before.index]):
            continue
        quoted = [o for o in _children(words, head, "obj") if o < word.index]
        if not quoted:
            continue
        _reattach(words, before.index, word.index, "mark")
        between = [c for c in _children(words, head, "obl", "xcomp")
                   if quoted[-1] < c < word.index]
        for phrase in between:
            if words[phrase].upos in NOMINAL:
                _reattach(words, phrase, quoted[-1], "nmod")
            elif words[phrase].upos == "ADJ":
                _reattach(words, phrase, quoted[-1], "amod")
            else:
                continue
            for clause in [c for c in _descendants(words, phrase)
                           if c > word.index and words[c].upos in ("VERB", "AUX") and
                           words[c].head is not None and words[c].head < word.index]:
                _reattach(words, clause, word.index, "ccomp")


def clauses_hung_on_the_quoted(words: list[Word]) -> None:
    """'The newspaper quoted an unnamed official as saying the minister would resign' parsed
    with the clause on 'official': a clause after 'as saying' is what was said."""
    for word in words:
        head = word.head
        if word.xpos != "VBG" or head is None or words[head].lemma not in QUOTING or \
                {words[m].lower for m in _children(words, word.index, "mark")} != {"as"}:
            continue
        for quoted in _children(words, head, "obj"):
            for clause in _children(words, quoted, "acl", "acl:relcl"):
                if clause > word.index:
                    _reattach(words, clause, word.index, "ccomp")


def clauses_read_as_time_phrases(words: list[Word]) -> None:
    """'Shares slid after the airline warned that costs would rise' parsed with 'after the
    airline' a phrase of time and 'warned' a clause of 'slid' with no subject: a finite verb
    right after such a phrase, hung on the same verb, is a clause of time whose subject the
    phrase's noun is (also when the parser hung the phrase on a figure: 'shares rose 5% after
    the company said')."""
    for noun in words:
        verb = noun.head
        case = _time_link(words, noun.index)
        if noun.deprel not in ("obl", "nmod") or verb is None or case is None or \
                not _may_speak(noun):
            continue
        while verb is not None and words[verb].upos != "VERB":
            verb = words[verb].head  # 'rose 5% after the company', read as the figure's
        if verb is None:
            continue
        following = max(_descendants(words, noun.index)) + 1
        if following >= len(words) or words[following].head != verb or \
                words[following].upos != "VERB" or \
                words[following].deprel not in ("ccomp", "parataxis", "advcl", "conj") or \
                words[following].xpos not in ("VBD", "VBZ", "VBP") or \
                _children(words, following, "nsubj", "nsubj:pass"):
            continue
        _reattach(words, following, verb, "advcl")
        _reattach(words, noun.index, following, "nsubj")
        _reattach(words, case, following, "mark")
        words[case].upos, words[case].xpos = "SCONJ", "IN"


def time_clauses_read_as_relatives(words: list[Word]) -> None:
    """'The pound fell after the Bank of England said it would hold rates' parsed with 'fell
    after the Bank of England' a relative phrase on 'pound', the subject of 'said': a verb
    hung on the subject whose words end on a phrase of time naming someone, right before the
    speech verb, is the main verb, and that someone the speech verb's subject."""
    for verb in words:
        subjects = _children(words, verb.index, "nsubj")
        if verb.upos != "VERB" or verb.lemma not in lexicon.reporting_verbs() or \
                len(subjects) != 1 or subjects[0] > verb.index:
            continue
        subject = subjects[0]
        for clause in _children(words, subject, "acl"):
            if _last_word(words, clause) != verb.index - 1 or \
                    words[clause].xpos not in ("VBD", "VBN"):
                continue
            speakers = [k for k in _children(words, clause, "obl")
                        if _may_speak(words[k]) and _last_word(words, k) == verb.index - 1
                        and _time_link(words, k) is not None]
            if not speakers:
                continue
            speaker = speakers[0]
            case = _time_link(words, speaker)
            parent, relation = verb.head, verb.deprel
            _make_root(words, verb.index)
            _make_root(words, clause)
            if parent is not None:
                _reattach(words, clause, parent, relation)
            words[clause].xpos = "VBD"
            _reattach(words, subject, clause, "nsubj")
            _reattach(words, verb.index, clause, "advcl")
            _reattach(words, speaker, verb.index, "nsubj")
            _reattach(words, case, verb.index, "mark")
            words[case].upos, words[case].xpos = "SCONJ", "IN"
            break


def _time_link(words: list[Word], noun: int) -> int | None:
    """The 'after', 'before' or 'since' a noun's phrase opens with, if any."""
    return next((c for c in _children(words, noun, "case")
                 if words[c].lower in TIME_LINKS and c < noun), None)


def _last_word(words: list[Word], index: int) -> int:
    """The last word, punctuation aside, that a word governs."""
    return max(k for k in _descendants(words, index) if words[k].upos != "PUNCT")


def _may_speak(word: Word) -> bool:
    """A word that can be someone who speaks: a name, a personal pronoun, or a noun for a
    person or a body ('the airline', 'the Fed chair'), not a thing ('the raid')."""
    return word.entity in ("PERSON", "ORG", "GPE", "LOC", "NORP") or \
        word.upos == "PRON" and word.lower in SUBJECT_PRONOUNS | {"it"} or \
        word.upos == "NOUN" and lexicon.source_nouns().get(word.lemma) in LISTENERS


def programme_titles_read_as_content(words: list[Word]) -> None:
    """'..., Don Bacon said on “Face the Nation.”', 'told NBC's “Meet the Press” on Sunday'
    parsed with the quoted title as what was said: a short quoted title in capitals right
    after a speech verb (and 'on', and a network's possessive) is where it was said."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in SETTING_CLASSES:
            continue
        for child in _children(words, verb.index, *TITLE_SLOTS):
            title = _quoted_title(words, verb.index, child)
            if title is not None:
                words[child].deprel = "obl"
                words[title].upos = "PROPN"


def _quoted_title(words: list[Word], verb: int, child: int) -> int | None:
    """The first word of a quoted programme title that `child`'s phrase, right after the
    verb and 'on' or a network's possessive, is; else None."""
    phrase = _descendants(words, child)
    k = verb + 1
    if phrase[0] != k:
        return None
    if words[k].lower == "on":
        k += 1
    if words[k].upos == "PROPN" and k + 1 < len(words) and \
            words[k + 1].lower in lexicon.POSSESSIVE_ENDINGS:
        k += 2  # 'NBC's'
    if k == verb + 1 or k >= len(words) or words[k].text not in OPENING_MARKS:
        return None
    close = next((j for j in range(k + 1, min(k + 2 + MAX_TITLE_WORDS, len(words)))
                  if words[j].text in CLOSING_MARKS), None)
    inside = [words[j] for j in range(k + 1, close) if words[j].upos != "PUNCT"] \
        if close is not None else []
    if not inside or not inside[0].text[:1].isupper() or \
            not all(w.text[:1].isupper() or w.lower in TITLE_LINKS for w in inside) or \
            not {w.index for w in inside} <= set(phrase):
        return None
    return k + 1


def appositions_hung_past_names(words: list[Word]) -> None:
    """'“We had a record quarter,” Satya Nadella, Microsoft's chief executive, said' parsed
    with 'executive' an apposition (or a conjunct) of 'quarter': a description set off by
    commas right after a name that opens its clause is the name's, not a noun's before it."""
    for word in words:
        if word.deprel not in ("appos", "conj") or word.head is None or word.upos != "NOUN":
            continue
        first, last = word_extent(words, word.index)
        if first < 2 or words[first - 1].text != "," or \
                last + 1 >= len(words) or words[last + 1].text != ",":
            continue
        name = _name_run(words, first - 2)
        if not name or word.head >= name[0] or \
                any(_dominates(words, word.index, k) for k in name):
            continue
        head = next((k for k in name if words[k].head not in name), None)
        if head is not None and words[head].deprel in ("nsubj", "nsubj:pass"):
            _reattach(words, word.index, head, "appos")


def manner_participles_read_as_complements(words: list[Word]) -> None:
    """'“It's over,” she said, smiling.' and '“...,” he said, addressing a rally in
    Chhattisgarh.' parsed with the participle a second clause of what was said: a
    participle set off by a comma after a speech verb that already has its words before it
    tells how or where it was said (unless it is a speech verb itself: 'reasoning that
    ...', or holds a clause of its own)."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verb.lemma not in verbs:
            continue
        clauses = _children(words, verb.index, "ccomp", "xcomp")
        for clause in clauses:
            if clause > verb.index and words[clause].xpos == "VBG" and \
                    not _children(words, clause, "ccomp", "xcomp", "parataxis") and \
                    words[clause].lemma not in verbs and words[clause - 1].text == "," and \
                    any(c < verb.index for c in clauses):
                _reattach(words, clause, verb.index, "advcl")


def names_before_descriptions(words: list[Word]) -> None:
    """'“...,” Jeff Weaver, Sanders’ campaign manager, said', 'Mr. Rubio, a career politician
    who ..., hopes', 'Outside the courthouse, David Chen, 31, a software engineer, said': a
    speech verb whose subject is a description set off by a comma after a name (and an age)
    the parser hung elsewhere; the name is the subject, the description its apposition."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verb.lemma not in verbs:
            continue
        for subject in _children(words, verb.index, "nsubj"):
            first = word_extent(words, subject)[0]
            if subject > verb.index or words[subject].upos != "NOUN" or first < 2 or \
                    words[first - 1].text != ",":
                continue
            end = first - 2
            if end > 1 and words[end].upos == "NUM" and words[end - 1].text == ",":
                end -= 2  # 'David Chen, 31, a software engineer, said'
            name = _name_run(words, end)
            if not name or any(_dominates(words, k, verb.index) for k in name):
                continue
            head = next(k for k in reversed(name) if words[k].head not in name)
            _reattach(words, head, verb.index, "nsubj")
            for k in name:
                if k != head and words[k].head not in name:
                    _reattach(words, k, head, "flat")
            _reattach(words, subject, head, "appos")


def descriptions_before_names(words: list[Word]) -> None:
    """'The company's chief executive, Tim Cook, said ...' with the description hung on the
    verb as a clause of its own: a post set off by a comma right before the name that is
    the verb's subject is the subject, the name its apposition (as the parser reads 'Blinken's
    spokesman, Matthew Miller, told ...')."""
    for verb in words:
        for subject in _children(words, verb.index, "nsubj"):
            if subject > verb.index or words[subject].entity != "PERSON":
                continue
            first = word_extent(words, subject)[0]
            if first < 2 or words[first - 1].text != ",":
                continue
            described = [c for c in _children(words, verb.index, "ccomp", "dep", "parataxis")
                         if word_extent(words, c)[1] == first - 2
                         and words[c].upos in ("NOUN", "ADJ")
                         and not _children(words, c, "case", "mark")]
            if described and \
                    lexicon.source_nouns().get(words[described[0]].lemma) in lexicon.POSTS:
                words[described[0]].upos = "NOUN"
                _reattach(words, described[0], verb.index, "nsubj")
                _reattach(words, subject, described[0], "appos")


def _name_run(words: list[Word], last: int) -> list[int]:
    """The proper nouns ending at `last` when they open their clause (after the start of the
    sentence, punctuation or a closing quotation mark), else none."""
    first = last
    while first > 0 and words[first - 1].upos == "PROPN" and \
            words[first - 1].sentence == words[last].sentence:
        first -= 1
    if words[last].upos != "PROPN":
        return []
    opens = first == 0 or words[first - 1].sentence != words[last].sentence or \
        words[first - 1].upos == "PUNCT" or words[first - 1].text in CLOSING_MARKS
    return list(range(first, last + 1)) if opens else []


def _name_tail(words: list[Word], first: int, between: range) -> list[int]:
    """'Rosette Pambakian, a Tinder spokeswoman, said' with 'Pambakian' hung elsewhere: the
    proper nouns right after a subject's name that belong to it."""
    if words[first].upos != "PROPN":
        return []
    tail = []
    for k in between:
        if words[k].upos != "PROPN" or _dominates(words, k, first):
            break
        tail.append(k)
    return tail


def names_read_as_function_words(words: list[Word]) -> None:
    """'told AFP the bombing had lasted all night', 'told AP the claims were false', '...,"
    said Howe.' tagged with the name a conjunction or an adverb: a capitalised word right
    after a speech verb, that the tagger found in a name (the verb not in it), is a name:
    whom it was told after 'tell',
    else the speaker; a clause it was hung on as a conjunct is what was said."""
    verbs = lexicon.reporting_verbs()
    for name in words[1:]:
        verb = words[name.index - 1]
        if name.upos not in FUNCTION_TAGS or not name.text[:1].isupper() or \
                name.sentence != verb.sentence or verb.upos != "VERB" or \
                verbs.get(verb.lemma) != "speech" or verb.entity is not None or \
                name.entity not in ("PERSON", "ORG"):
            continue
        clause = name.head
        name.upos, name.xpos = "PROPN", "NNP"
        if "recipient" in lexicon.verb_frames().get(verb.lemma, ()):
            _reattach(words, name.index, verb.index, "obj")
            if clause is not None and words[clause].head == verb.index and \
                    words[clause].deprel == "conj":
                words[clause].deprel = "ccomp"
        elif not _children(words, verb.index, *SUBJECTS):
            _reattach(words, name.index, verb.index, "nsubj")


def acronyms_read_as_pronouns(words: list[Word]) -> None:
    """'The World Health Organisation (WHO) recommends', 'the US says': an acronym the tagger
    read as the pronoun it spells is the name of the body (also where the tagger missed it,
    when the article tags it a name elsewhere: 'WHO say ...')."""
    named = {w.text for w in words if w.entity and w.text.isupper() and len(w.text) > 1}
    for word in words:
        if word.upos != "PRON" or not word.text.isupper() or len(word.text) < 2:
            continue
        article = words[word.index - 1] if word.index else None
        after_the = article is not None and article.lower == "the" and \
            article.sentence == word.sentence
        if word.entity or word.text in named or after_the:
            word.upos, word.xpos, word.lemma = "PROPN", "NNP", word.text
        if after_the:  # 'The WHO warned', 'The WHO chief added'
            _name_after_the(words, word, article)


def _name_after_the(words: list[Word], name: Word, article: Word) -> None:
    """Hang 'the' on the acronym it comes before, and the acronym on a noun for a person
    right after it that the tagger took for an adverb ('The WHO chief added')."""
    post = words[name.index + 1] if name.index + 1 < len(words) else None
    if post is not None and post.upos in ("ADV", "ADJ") and \
            lexicon.source_nouns().get(post.lower) is not None:
        post.upos, post.xpos, post.lemma = "NOUN", "NN", post.lower
        _reattach(words, post.index, name.head, name.deprel)
        _reattach(words, name.index, post.index, "compound")
        _reattach(words, article.index, post.index, "det")
    else:
        _reattach(words, article.index, name.index, "det")


def subjects_side_by_side(words: list[Word]) -> None:
    """'said Brooklyn District Attorney Eric Gonzalez' parsed with 'Brooklyn' and 'Gonzalez'
    two subjects of 'said': of two subjects that run into each other with nothing between,
    the first is part of the second's name."""
    for verb in words:
        subjects = _children(words, verb.index, "nsubj", "nsubj:pass")
        for first, second in itertools.pairwise(subjects):
            if words[first].upos == "PROPN" and words[second].upos == "PROPN" and \
                    word_extent(words, first)[1] + 1 == word_extent(words, second)[0]:
                _reattach(words, first, second, "compound")


def subjects_after_more_than(words: list[Word]) -> None:
    """'More than a dozen senators have said ...' parsed with 'than' making 'senators' an
    oblique: a counted noun before a verb that has no subject is that verb's subject."""
    for noun in words:
        verb = noun.head
        cases = _children(words, noun.index, "case")
        if noun.deprel != "obl" or [words[c].lower for c in cases] != ["than"] or \
                verb is None or verb < noun.index or _children(words, verb, *SUBJECTS) or \
                words[verb].upos != "VERB":
            continue
        _reattach(words, noun.index, verb, "nsubj")
        count = next(iter(_children(words, noun.index, "nummod")), None)
        than = cases[0]
        more = [k for k in _children(words, noun.index, "advmod") if k == than - 1]
        if count is not None and more:  # 'more than a dozen': a bound on the count
            _reattach(words, more[0], count, "advmod")
            _reattach(words, than, more[0], "fixed")


def emphatic_reflexives(words: list[Word]) -> None:
    """'The Pentagon itself concedes', 'The president himself said' parsed with the
    reflexive as the subject and the noun before it a modifier: the noun is the subject,
    the reflexive only stresses it."""
    for word in words[1:]:
        noun = words[word.index - 1]
        if word.lower not in REFLEXIVES or word.deprel not in ("nsubj", "nsubj:pass") or \
                noun.upos not in ("NOUN", "PROPN") or noun.deprel not in ("compound", "amod") or \
                noun.sentence != word.sentence or word.head is None:
            continue
        verb, relation = word.head, word.deprel
        _reattach(words, noun.index, verb, relation)
        for k in _children(words, word.index):
            _reattach(words, k, noun.index, words[k].deprel)
        _reattach(words, word.index, noun.index, "nmod:npmod")


def clauses_read_as_adverbials(words: list[Word]) -> None:
    """'The Supreme Court ruled 5-4 that the law was unconstitutional' with the 'that'
    clause hung as an adverbial: a clause 'that' opens a few words after a speech verb, with
    no other verb between, is what was said."""
    verbs = lexicon.reporting_verbs()
    for clause in words:
        head = clause.head
        marks = _children(words, clause.index, "mark")
        if clause.deprel != "advcl" or head is None or head > clause.index or \
                words[head].lemma not in verbs or words[head].upos != "VERB" or \
                [words[m].lower for m in marks] != ["that"] or _children(words, head, "ccomp"):
            continue
        between = words[head + 1 : marks[0]]
        if len(between) <= ADVERBIAL_GAP and not any(w.upos in ("VERB", "AUX", "SCONJ")
                                                     for w in between):
            clause.deprel = "ccomp"


def subjects_with_prepositions(words: list[Word]) -> None:
    """'Officials at the WHO stressed that ...' parsed with 'the WHO' the subject of a
    relative clause on 'Officials': a subject does not take a preposition, so the clause's
    verb is the sentence's, the noun before it its subject and the phrase that noun's."""
    for word in words:
        verb = word.head
        cases = [c for c in _children(words, word.index, "case") if c < word.index]
        if word.deprel not in ("nsubj", "nsubj:pass") or word.upos not in ("NOUN", "PROPN") or \
                verb is None or words[verb].deprel != "acl:relcl" or words[verb].head is None or \
                not cases or any(cases[0] < k for k in _children(words, word.index, "nummod")):
            continue  # not 'at least 13,000 children had been killed': a count, not a place
        noun = words[verb].head
        if noun > word.index or words[noun].upos not in ("NOUN", "PROPN"):
            continue
        parent, relation = words[noun].head, words[noun].deprel
        _make_root(words, verb)
        if parent is not None:
            _reattach(words, verb, parent, relation)
        _reattach(words, noun, verb, word.deprel)
        _reattach(words, word.index, noun, "nmod")


def second_subjects_with_prepositions(words: list[Word]) -> None:
    """'a spokeswoman for Mayor Brandon Johnson said' parsed with both 'spokeswoman' and
    'Johnson' subjects of 'said': a subject does not take a preposition, so the second is
    the first's ('for Mayor Brandon Johnson')."""
    for verb in words:
        if verb.upos not in ("VERB", "AUX"):
            continue
        subjects = _children(words, verb.index, "nsubj", "nsubj:pass")
        if len(subjects) != 2:
            continue
        first, second = subjects
        cases = [c for c in _children(words, second, "case") if c < second]
        if cases and words[first].upos == "NOUN" and \
                _span_end(words, first) + 1 == min(_descendants(words, second)):
            _reattach(words, second, first, "nmod")


def names_set_in_fronted_phrases(words: list[Word]) -> None:
    """'In a phone interview from Gaza, Ahmed Nasser, 29, said ...' parsed with 'interview'
    the subject and the name its apposition: a subject does not take a preposition, so the
    name set off by a comma after the fronted phrase is the subject, and the phrase where it
    was said."""
    for word in words:
        verb = word.head
        cases = [c for c in _children(words, word.index, "case") if c < word.index]
        if word.deprel not in ("nsubj", "nsubj:pass") or word.upos != "NOUN" or \
                verb is None or verb < word.index or not cases or \
                words[min(_descendants(words, word.index))].index != cases[0]:
            continue
        names = [a for a in _children(words, word.index, "appos")
                 if words[a].entity == "PERSON" and words[a].upos == "PROPN"]
        if not names:
            continue
        name = names[0]
        for other in names[1:]:
            _reattach(words, other, name, "flat")
        _reattach(words, name, verb, word.deprel)
        _reattach(words, word.index, verb, "obl")


def questions_hung_past_the_asker(words: list[Word]) -> None:
    """'Asked by Sen. Mike Lee whether the agency had spied on Americans, Wray said it had
    not' parsed with the 'whether' clause a second complement of 'said': a question that
    follows a fronted 'Asked by ...' and comes before the answer's verb is what was asked."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verb.lemma not in verbs:
            continue
        askings = [a for a in _children(words, verb.index, "advcl")
                   if a < verb.index and words[a].lemma == "ask" and words[a].xpos == "VBN"]
        for clause in _children(words, verb.index, "ccomp"):
            marks = {words[m].lower for m in _children(words, clause, "mark")}
            if askings and askings[0] < clause < verb.index and marks & {"whether", "if"}:
                _reattach(words, clause, askings[0], "ccomp")


def descriptions_read_into_complements(words: list[Word]) -> None:
    """'A lawyer for one of the defendants, Mark Feld, said his client "looks forward ..."'
    parsed with 'lawyer' a subject of 'looks': a noun before the speaker's name, set off by
    the comma before it, cannot be the subject of a clause that comes after the speech
    verb; it is the speaker, and the name its apposition."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verb.lemma not in verbs:
            continue
        names = [k for k in _children(words, verb.index, "nsubj")
                 if k < verb.index and words[k].upos == "PROPN" and words[k - 1].text == ","]
        if not names:
            continue
        name = names[0]
        for clause in _children(words, verb.index, "ccomp"):
            described = [d for d in _children(words, clause, "nsubj", "nsubj:pass")
                         if d < name and _span_end_before(words, d, name) >= name - 2]
            if clause < verb.index or not described or words[described[0]].upos != "NOUN":
                continue
            noun = described[0]
            own = [k for k in _children(words, noun) if k > name]  # the comma after the name
            _reattach(words, noun, verb.index, "nsubj")
            _reattach(words, name, noun, "appos")
            for k in own:
                _reattach(words, k, name, words[k].deprel)
            break


def scenes_read_as_complements(words: list[Word]) -> None:
    """'"Nothing is left," said Rosa Lima, standing in what had been her kitchen.' parsed
    with 'standing' and 'kitchen' more complements of 'said': after a quotation the tag
    closes, a participle set off by a comma after the speaker sets the scene, and a clause
    that goes on right after its last word belongs to that word ('what had been'); one
    right after the speaker's description describes the speaker ('said Priya Natarajan, a
    junior majoring in biology')."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verb.lemma not in verbs:
            continue
        clauses = _children(words, verb.index, "ccomp")
        if not any(c < verb.index for c in clauses):
            continue
        speakers = {k for n in _children(words, verb.index, "nsubj")
                    for k in _descendants(words, n)}
        for clause in [c for c in clauses if c > verb.index and words[c].xpos == "VBG" and
                       c - 1 in speakers and words[c - 1].upos == "NOUN"]:
            _reattach(words, clause, clause - 1, "acl")  # 'a junior majoring in biology'
        scenes = [c for c in clauses if c > verb.index and words[c].xpos == "VBG" and
                  words[c - 1].text == ","]
        for scene in scenes:
            _reattach(words, scene, verb.index, "advcl")
            for later in [c for c in clauses if c > scene]:
                last = _span_end(words, scene)  # grows with each clause hung on it
                if min(_descendants(words, later)) == last + 1 and words[last].upos == "PRON":
                    _reattach(words, later, last, "acl:relcl")


def names_hung_in_fronted_participles(words: list[Word]) -> None:
    """'Reached by phone on Tuesday, Joyce — who is listed as an attorney — told The
    Huffington Post he is not planning an appeal' parsed with 'Joyce' an apposition of
    'Tuesday' and 'told' with no subject: a name set off by a comma after a fronted
    participle, right before a speech verb that has none (or an aside between dashes
    before it), is the verb's subject, and the aside is about the name."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verb.lemma not in verbs or \
                _children(words, verb.index, *SUBJECTS):
            continue
        openers = [a for a in _children(words, verb.index, "advcl")
                   if a < verb.index and words[a].xpos in ("VBN", "VBG")]
        # 'Asked about the sanctions, Maria Zakharova, ..., said' read with 'said' a clause
        # of 'Asked'
        hung = verb.head is not None and verb.head < verb.index and \
            verb.deprel in ("parataxis", "conj") and words[verb.head].xpos in ("VBN", "VBD") \
            and _opens_sentence(words, words[verb.head])
        if not openers and not hung:
            continue
        opener = openers[0] if openers else verb.head
        inside = set(_descendants(words, opener))
        if hung:
            inside -= set(_descendants(words, verb.index))
        name = next((k for k in sorted(inside, reverse=True)
                     if words[k].entity == "PERSON" and words[k].upos in ("PROPN", "NOUN") and
                     words[k].deprel == "appos" and
                     words[word_extent(words, k)[0] - 1].text == ","), None)
        if name is None:
            continue
        end = _span_end(words, name)
        between = list(range(end + 1, verb.index))
        aside = bool(between) and words[between[0]].text in DASHES and \
            words[between[-1]].text in DASHES
        post = _post_set_off(words, between)
        if between and not aside and post is None:
            continue
        if hung:
            _take_place(words, verb.index, opener)
            _reattach(words, opener, verb.index, "advcl")
        _reattach(words, name, verb.index, "nsubj")
        if post is not None:
            _reattach(words, post, name, "appos")
        if aside:
            for k in [k for k in between[1:-1] if words[k].head not in between]:
                _reattach(words, k, name, "acl:relcl" if words[k].upos in ("VERB", "AUX")
                          else words[k].deprel)


def _post_set_off(words: list[Word], between: list[int]) -> int | None:
    """The noun heading ', the Foreign Ministry spokeswoman,' when those words are a phrase
    set off by commas and nothing else."""
    if len(between) < 3 or words[between[0]].text != "," or words[between[-1]].text != ",":
        return None
    inner = between[1:-1]
    tops = [k for k in inner if words[k].head not in inner]
    if len(tops) != 1 or words[tops[0]].upos != "NOUN":
        return None
    return tops[0]


def subjects_set_in_fronted_phrases(words: list[Word]) -> None:
    """'In an email viewed by The Verge, Meta's chief technology officer, Andrew Bosworth,
    told staff that ...' parsed with the subject an apposition inside the fronted phrase
    and no subject on 'told': a phrase set off by commas that closes the fronted phrase
    right before a speech verb without a subject is that verb's subject."""
    verbs = lexicon.reporting_verbs()
    for verb in words[2:]:
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in SPEECH_CLASSES or \
                words[verb.index - 1].text != "," or _children(words, verb.index, *SUBJECTS):
            continue
        fronted = next((x for x in _children(words, verb.index, "obl")
                        if x < verb.index and _children(words, x, "case") and
                        _opens_sentence(words, words[min(_descendants(words, x))])), None)
        if fronted is None:
            continue
        subject = next((a for a in _descendants(words, fronted)
                        if words[a].deprel == "appos" and words[a].upos in ("NOUN", "PROPN")
                        and words[word_extent(words, a)[0] - 1].text == ","
                        and _last_word(words, a) == verb.index - 2), None)
        if subject is not None:
            _reattach(words, subject, verb.index, "nsubj")


def objects_read_apart_from_their_phrases(words: list[Word]) -> None:
    """'The Teamsters said drivers at 40 facilities had walked off the job', parsed with
    'drivers' the object of 'said' and 'facilities' the subject of 'walked': a subject does
    not take a preposition, so the object that ends right before the preposition is the
    clause's subject and the phrase is that noun's."""
    for word in words:
        clause = word.head
        cases = [c for c in _children(words, word.index, "case") if c < word.index]
        if word.deprel not in ("nsubj", "nsubj:pass") or clause is None or not cases or \
                words[clause].deprel != "ccomp" or words[clause].head is None:
            continue
        opening = min(k for k in _descendants(words, word.index))
        objects = [o for o in _children(words, words[clause].head, "obj")
                   if o < opening and _last_word(words, o) == opening - 1
                   and words[o].upos in ("NOUN", "PROPN")]
        if objects:
            _reattach(words, objects[0], clause, word.deprel)
            _reattach(words, word.index, objects[0], "nmod")


def names_read_as_modifiers(words: list[Word]) -> None:
    """'Zelenskyy, speaking in his nightly video address, said ...' with the name tagged an
    adverb: a word the entity tagger calls a person, hung as a modifier on a subjectless
    reporting verb it comes before, is the verb's subject."""
    verbs = lexicon.reporting_verbs()
    for word in words:
        if word.entity == "PERSON" and word.upos == "VERB":
            _name_read_as_verb(words, word, verbs)
            continue
        head = word.head
        if word.entity != "PERSON" or word.upos not in ("ADV", "ADJ", "X") or head is None or \
                head < word.index or words[head].lemma not in verbs or \
                words[head].upos != "VERB" or _children(words, head, *SUBJECTS):
            continue
        word.upos, word.xpos = "PROPN", "NNP"
        _reattach(words, word.index, head, "nsubj")


def _name_read_as_verb(words: list[Word], name: Word, verbs: dict[str, str]) -> None:
    """'Mook further asserted that ...' parsed with the name as the main verb and 'asserted'
    as its complement: the reporting verb right after the name (adverbs between) heads the
    sentence, and the name is its subject."""
    verb = name.index + 1
    while verb < len(words) and words[verb].upos == "ADV" and words[verb].head == name.index:
        verb += 1
    if verb >= len(words) or words[verb].head != name.index or \
            words[verb].upos != "VERB" or words[verb].lemma not in verbs:
        return
    for child in list(name.children):
        if child != verb:
            _reattach(words, child, verb, words[child].deprel)
    _take_place(words, verb, name.index)
    name.upos, name.xpos = "PROPN", "NNP"
    _reattach(words, name.index, verb, "nsubj")


def ordinals_read_as_modifiers(words: list[Word]) -> None:
    """'A third said talks would resume' parsed with 'third' describing 'talks': an ordinal
    after 'a', right before a speech verb, is the verb's subject with the noun left out."""
    verbs = lexicon.reporting_verbs()
    for word in words[1:]:
        article, verb = words[word.index - 1], word.index + 1
        if word.lower not in ORDINALS or article.lower != "a" or verb >= len(words) or \
                words[verb].upos != "VERB" or verbs.get(words[verb].lemma) not in \
                COMPLEMENT_CLASSES or _children(words, verb, *SUBJECTS):
            continue
        word.upos = "NOUN"
        _reattach(words, word.index, verb, "nsubj")
        _reattach(words, article.index, word.index, "det")


def misread_speech_verbs(words: list[Word]) -> None:
    """'“...,” Viguerie notes.' tagged as a noun phrase 'Viguerie notes': after a comma or a
    closing quote, a name and then a speech verb's -s form ending the sentence is a
    speaker and the verb."""
    verbs = lexicon.reporting_verbs()
    for word in words:
        lemma = _speech_lemma(word, verbs)
        if lemma is None or word.head is None:
            continue
        after = words[word.index + 1] if word.index + 1 < len(words) else None
        if after is not None and after.sentence == word.sentence and \
                after.text not in SENTENCE_CLOSERS:
            continue
        name = [k for k in word.children if k < word.index and words[k].upos == "PROPN"
                and words[k].deprel in ("compound", "flat")]
        if not name or name[-1] != word.index - 1 or \
                name != list(range(name[0], word.index)) or name[0] == 0:
            continue
        before = words[name[0] - 1]
        if before.text != "," and not _closing_quote(before):
            continue
        root = _root(words, word.index)
        word.upos, word.xpos, word.lemma = "VERB", "VBZ", lemma
        _reattach(words, word.index, root, "parataxis")
        _reattach(words, name[-1], word.index, "nsubj")
        for k in name[:-1]:
            _reattach(words, k, name[-1], "flat")


def speech_verbs_read_as_nouns(words: list[Word]) -> None:
    """'The U.S. Department of Agriculture notes, “Ground-level ozone ...”' tagged with
    'notes' as a noun inside the subject ('A statement from the family read: “...”' with
    'read'): a form of a verb of speech or writing hung on a noun, right before a comma or
    colon and an opening quotation mark, is the verb and that noun its subject (the words
    it held before it go back to the subject)."""
    verbs = lexicon.reporting_verbs()
    for word in words:
        lemma = _speech_lemma(word, verbs)
        host = word.head
        if lemma is None or verbs[lemma] not in SPEECH_CLASSES or host is None or \
                host > word.index or words[host].upos not in ("NOUN", "PROPN") or \
                word.index + 2 >= len(words):
            continue
        mark, quote = words[word.index + 1], words[word.index + 2]
        if mark.text not in (",", ":") or quote.text not in OPENING_MARKS or \
                quote.sentence != word.sentence:
            continue
        root = _root(words, word.index)
        held = [k for k in word.children if k < word.index]
        _make_root(words, word.index)
        word.upos, word.lemma = "VERB", lemma
        word.xpos = "VBZ" if word.lower.endswith("s") else "VBD"
        if root != word.index:
            _reattach(words, root, word.index, "ccomp")
        _reattach(words, host, word.index, "nsubj")
        _back_on_subject(words, held, host)


def plural_speech_verbs_read_as_nouns(words: list[Word]) -> None:
    """'Those close to the chancellor insist she will not raise taxes' tagged with 'insist' a
    noun inside the subject and 'raise' the sentence's verb: the bare form of a speech verb
    right before a subject pronoun that opens the main verb's clause is the verb, the
    phrase before it its subject, and the clause what was said."""
    verbs = lexicon.reporting_verbs()
    for word in words[1:-1]:
        after = words[word.index + 1]
        if word.upos != "NOUN" or verbs.get(word.lower) not in ("speech", "cognition") or \
                after.lower not in SUBJECT_PRONOUNS or after.sentence != word.sentence:
            continue
        root = _root(words, word.index)
        subjects = [k for k in _children(words, root, "nsubj") if k < word.index]
        if root <= after.index or after.index not in _children(words, root, "nsubj") or \
                len(subjects) != 1:
            continue
        held = [k for k in word.children if k < word.index]
        _make_root(words, word.index)
        word.upos, word.xpos, word.lemma = "VERB", "VBP", word.lower
        _reattach(words, root, word.index, "ccomp")
        _reattach(words, subjects[0], word.index, "nsubj")
        _back_on_subject(words, held, subjects[0])


def outlet_knowledge_read_as_nouns(words: list[Word]) -> None:
    """'..., the Guardian understands.' and 'The Guardian understands that talks broke down'
    tagged with 'understands' a noun: the present form of a verb an outlet reports what it
    has found out with, right after a name and closing the sentence or before
    'that', is the verb, the name its subject, the clause before or after it what is known."""
    forms = lexicon.outlet_knowledge()
    for word in words[1:]:
        lemma = word.lower[:-1]
        name, after = words[word.index - 1], words[word.index + 1] \
            if word.index + 1 < len(words) else None
        if word.upos != "NOUN" or forms.get(lemma) != "present" or after is None or \
                not name.text[:1].isupper() or name.sentence != word.sentence or \
                after.lower not in ("that", ".", "!"):
            continue
        clause = after.head if after.lower == "that" else _root(words, word.index)
        if clause is None or clause == word.index:
            continue
        word.upos, word.xpos, word.lemma = "VERB", "VBZ", lemma
        name.upos = "PROPN"
        for k in _children(words, word.index, "det"):
            _reattach(words, k, name.index, "det")
        if after.lower == "that":
            _make_root(words, word.index)
            _reattach(words, after.index, clause, "mark")
            _reattach(words, clause, word.index, "ccomp")
        else:
            _reattach(words, word.index, clause, "parataxis")
        _reattach(words, name.index, word.index, "nsubj")


def speech_verbs_read_as_heads(words: list[Word]) -> None:
    """'Viguerie notes that Reagan Democrats can play a key role', 'The ad slams Kasich for
    voting ...' tagged as one noun phrase headed by 'notes' or 'slams': an -s form of a
    reporting verb heading a sentence that has no verb of its own, after a noun it holds as
    a compound and before what follows, is the verb; the noun is its subject, a 'that'
    clause what was said, a name after it its object."""
    verbs = lexicon.reporting_verbs()
    for word in words:
        if word.upos != "NOUN" or word.head is not None or word.lemma not in verbs or \
                word.lower == word.lemma or not word.lower.endswith("s"):
            continue
        left = [k for k in _children(words, word.index, "compound")
                if k < word.index and words[k].upos in ("NOUN", "PROPN")]
        right = [k for k in word.children if k > word.index and words[k].upos != "PUNCT"]
        if not left or not right:
            continue
        subject = left[-1]
        word.upos, word.xpos = "VERB", "VBZ"
        for k in word.children:
            if k < word.index and k != subject and words[k].upos != "PUNCT":
                _reattach(words, k, subject, words[k].deprel)
        _reattach(words, subject, word.index, "nsubj")
        for k in right:
            marks = {words[m].lower for m in _children(words, k, "mark")}
            if "that" in marks and _children(words, k, "nsubj", "nsubj:pass"):
                words[k].deprel = "ccomp"
            elif words[k].deprel == "appos" and words[k].upos in NOMINAL:
                words[k].deprel = "obj"
            elif words[k].deprel == "acl":
                words[k].deprel = "advcl"


def subjects_read_as_determiners(words: list[Word]) -> None:
    """'Another added: “We have no food.”' tagged with 'Another' a determiner of 'added':
    a word that counts off one more person, hung as a determiner on the past-tense verb of
    speech right after it, is that verb's subject."""
    verbs = lexicon.reporting_verbs()
    for word in words[:-1]:
        verb = words[word.index + 1]
        if word.lower not in ELLIPTICAL_SUBJECTS or word.deprel != "det" or \
                word.head != verb.index or verb.upos != "VERB" or \
                verb.xpos not in PAST_FORMS or verbs.get(verb.lemma) not in SETTING_CLASSES or \
                _children(words, verb.index, *SUBJECTS):
            continue
        word.upos, word.xpos = "PRON", "DT"
        _reattach(words, word.index, verb.index, "nsubj")
        verb.xpos = "VBD"


def speech_verbs_read_as_nouns_after_subjects(words: list[Word]) -> None:
    """'Some fear the deal will collapse', 'Many believe the election was stolen', 'Skeptics
    point out that ...', 'Advocates for the homeless argue that ...', 'But some note that
    ...', tagged with the verb a noun: the base form of a speech or thought verb after a
    subject that opens its sentence (a pronoun for a group, or a plural noun with what
    describes it), with a clause after it, is the verb and the clause what was said."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "NOUN" or verb.lower != verb.lemma or verb.lemma not in verbs or \
                verb.deprel == "compound":
            continue
        particle = verb.index + 1 < len(words) and words[verb.index + 1].lower == "out"
        after = verb.index + (2 if particle else 1)
        subject = _bare_subject(words, verb.index)
        if subject is None or after >= len(words):
            continue
        opener = words[after]
        clause = _clause_after(words, verb.index, subject)
        if clause is None or clause <= after or not (
                opener.lower in COMPLEMENTIZERS or opener.upos in OPENING_TAGS and
                any(after <= k < clause for k in _children(words, clause, *SUBJECTS))):
            continue
        _hang_clause_on_verb(words, verb.index, subject, clause)
        if particle:
            _reattach(words, verb.index + 1, verb.index, "compound:prt")
        if opener.lower in COMPLEMENTIZERS:
            opener.upos, opener.xpos = "SCONJ", "IN"
            _reattach(words, opener.index, clause, "mark")
        if not _children(words, clause, *SUBJECTS):
            between = next((k for k in range(after, clause) if k != opener.index
                            and words[k].upos in NOMINAL and words[k].deprel != "compound"
                            and not _dominates(words, clause, k)), None)
            if between is not None:
                _reattach(words, between, clause, "nsubj")
        if words[subject].lower in GROUP_PRONOUNS:
            words[subject].upos, words[subject].xpos = "PRON", "DT"
        verb.upos, verb.xpos = "VERB", "VBP"


def _bare_subject(words: list[Word], verb: int) -> int | None:
    """The subject before a misread verb: a pronoun for a group right before it ('some',
    'many'), or the first plural noun of a noun phrase opening the sentence, before any
    preposition ('Advocates for the homeless', 'Fed economists'); none when a verb, a
    possessive or a comma comes between."""
    sentence = words[verb].sentence
    start = verb
    while start > 0 and words[start - 1].sentence == sentence:
        start -= 1
    while start < verb and words[start].upos in ("CCONJ", "ADV", "PUNCT"):
        start += 1
    phrase = words[start:verb]
    if not phrase or any(w.upos in ("VERB", "AUX", "PUNCT", "SCONJ", "PART") for w in phrase):
        return None
    if len(phrase) == 1 and phrase[0].lower in GROUP_PRONOUNS:
        return phrase[0].index if phrase[0].head == verb else None
    for word in phrase:
        if word.upos == "ADP":
            return None
        if word.xpos in ("NNS", "NNPS") and word.upos in ("NOUN", "PROPN"):
            return word.index
    return None


def _clause_after(words: list[Word], verb: int, subject: int) -> int | None:
    """The head of the clause that follows a misread speech verb: the verb its sentence
    hangs on when that lies after it, else a verb or adjective hung on it or its subject."""
    top = _root(words, verb)
    if top > verb and words[top].upos in ("VERB", "AUX", "ADJ"):
        return top
    return next((k for k in sorted(_children(words, verb) + _children(words, subject))
                 if k > verb and words[k].upos in ("VERB", "AUX", "ADJ") and
                 words[k].deprel in ("acl", "acl:relcl", "ccomp", "advcl", "parataxis")),
                None)


def _hang_clause_on_verb(words: list[Word], verb: int, subject: int, clause: int) -> None:
    """Make the misread verb head its sentence, with its subject, the clause as what was
    said, what the verb held before it back on the subject, and what the old head held
    after the verb on the verb."""
    top = _root(words, verb)
    held = [k for k in _children(words, verb) if k < verb and k != subject]
    opening = [k for k in _children(words, top) if k < subject] \
        if top not in (verb, subject) else []
    trailing = [k for k in _children(words, subject) if k > verb and k != clause]
    _make_root(words, verb)
    for k in opening + trailing:
        _reattach(words, k, verb, words[k].deprel)
    _reattach(words, subject, verb, "nsubj")
    if top not in (verb, subject, clause):
        _reattach(words, top, verb, "ccomp")
    _reattach(words, clause, verb, "ccomp")
    _back_on_subject(words, held, subject)


def _back_on_subject(words: list[Word], held: list[int], subject: int) -> None:
    """Hang the words a misread verb held before it back on its subject: the last noun
    among them as the subject's 'of' phrase ('Advocates for the homeless', 'A statement
    from the family'), the rest on that noun (or on the subject when there is none)."""
    nominals = [k for k in held if words[k].upos in NOMINAL]
    keeper = nominals[-1] if nominals else subject
    if nominals:
        _reattach(words, keeper, subject, "nmod")
    for k in held:
        if k != keeper:
            _reattach(words, k, keeper, words[k].deprel)


def speech_verbs_read_as_nouns_of_phrases(words: list[Word]) -> None:
    """'Friends of the star claim the couple have split', 'Supporters of the mayor point out
    that ...' tagged with 'star claim' and 'mayor point' as nouns of the 'of' phrase: a base
    form of a speech verb closing the 'of' phrase of a plural for people, with a clause after
    it, is the verb; the plural is its subject and the clause what was said."""
    verbs = lexicon.reporting_verbs()
    for verb in words[1:]:
        owner = verb.head
        if verb.upos != "NOUN" or verb.lower != verb.lemma or verb.deprel != "nmod" or \
                owner is None or owner > verb.index or not words[owner].plural or \
                lexicon.source_nouns().get(words[owner].lemma) not in PERSON_CATEGORIES:
            continue
        lemma = verb.lemma + (" out" if verb.index + 1 < len(words) and
                              words[verb.index + 1].lower == "out" else "")
        if lemma not in verbs and verb.lemma not in verbs:
            continue
        nouns = [k for k in _children(words, verb.index, "compound")
                 if k == verb.index - 1 and words[k].upos in ("NOUN", "PROPN")]
        after = verb.index + (2 if lemma != verb.lemma else 1)
        if not any(words[k].lower == "of" for k in range(owner + 1, verb.index)) or \
                after >= len(words) or words[after].upos == "PUNCT":
            continue
        clause = next((w.index for w in words[verb.index + 1:]
                       if w.sentence == verb.sentence and w.upos == "VERB" and
                       [k for k in _children(words, w.index, "nsubj", "nsubj:pass")
                        if k > verb.index]), None)
        if not nouns or clause is None:
            continue
        parent, relation = words[owner].head, words[owner].deprel
        if parent is not None and _dominates(words, clause, parent):
            parent, relation = words[clause].head, words[clause].deprel
        _make_root(words, verb.index)
        _make_root(words, owner)
        _make_root(words, clause)
        if parent is not None and parent != clause:
            _reattach(words, verb.index, parent, relation)
        if lemma != verb.lemma:  # 'point out': the particle the parser hung elsewhere
            _reattach(words, verb.index + 1, verb.index, "compound:prt")
        noun = nouns[-1]
        for k in _children(words, verb.index):
            if k < verb.index and k != noun:
                _reattach(words, k, noun, words[k].deprel)
        _reattach(words, noun, owner, "nmod")
        verb.upos, verb.xpos = "VERB", "VBP"
        _reattach(words, owner, verb.index, "nsubj")
        _reattach(words, clause, verb.index, "ccomp")


def speech_verbs_read_as_compounds(words: list[Word]) -> None:
    """'though Lynch notes they were appointed before ...' tagged with 'Lynch notes' as one
    noun subject beside 'they': an -s form of a speech verb after a name, whose clause has a
    subject of its own right after it, is the verb, the name its subject and the clause
    what was said."""
    verbs = lexicon.reporting_verbs()
    for word in words:
        lemma = _speech_lemma(word, verbs)
        clause = word.head
        if lemma is None or verbs[lemma] != "speech" or clause is None or \
                word.deprel not in ("nsubj", "nsubj:pass") or word.index + 1 >= len(words):
            continue
        names = [c for c in _children(words, word.index, "compound", "flat")
                 if c < word.index and words[c].upos == "PROPN"]
        if not names or words[word.index + 1].head != clause or \
                words[word.index + 1].deprel not in ("nsubj", "nsubj:pass"):
            continue
        parent, relation = words[clause].head, words[clause].deprel
        _make_root(words, word.index)
        _make_root(words, clause)
        if parent is not None:
            _reattach(words, word.index, parent, relation)
        _reattach(words, clause, word.index, "ccomp")
        word.upos, word.xpos, word.lemma = "VERB", "VBZ", lemma
        for k in _children(words, clause):
            if k < names[0]:
                _reattach(words, k, word.index, words[k].deprel)
        _reattach(words, names[-1], word.index, "nsubj")
        for k in names[:-1]:
            _reattach(words, k, names[-1], words[k].deprel)


def _speech_lemma(word: Word, verbs: dict[str, str]) -> str | None:
    """'notes' -> 'note', 'stresses' -> 'stress', 'read' -> 'read' when that is a speech or
    writing verb."""
    if word.upos not in ("NOUN", "PROPN"):
        return None
    irregular = lexicon.verb_forms().get(word.lower)
    if verbs.get(irregular) in SPEECH_CLASSES:
        return irregular
    if not word.lower.endswith("s"):
        return None
    for lemma in (word.lower[:-1], word.lower[:-2]):
        if verbs.get(lemma) in SPEECH_CLASSES:
            return lemma
    return None


def _root(words: list[Word], index: int) -> int:
    while words[index].head is not None:
        index = words[index].head
    return index


def stranded_subjects(words: list[Word]) -> None:
    """'Although Scott lacks an achievement, elected officials from both parties say ...'
    parsed with the officials inside the fronted clause, 'Those close to him say that ...'
    parsed with 'say' inside the adjective: the noun phrase between the last comma (or the
    start of the sentence) and a finite speech verb that has no subject is the verb's
    subject, with any modifier the parser hung elsewhere; failing that, a plural noun right
    before the verb is ('the $20 million experts say it costs')."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        bare = verb.xpos == "VB" and not _children(words, verb.index, "aux", "mark")
        if verb.upos != "VERB" or not _finite(words, verb.index) and not bare or \
                verb.lemma not in verbs or \
                _children(words, verb.index, "nsubj", "nsubj:pass", "csubj", "expl"):
            continue
        if not _phrase_before(words, verb) and not _described_before(words, verb):
            _plural_before(words, verb)


def _phrase_before(words: list[Word], verb: Word) -> bool:
    """Make the noun phrase from the last comma or the sentence's start the verb's subject;
    whether there was one."""
    start = verb.index - 1
    while start >= 0 and words[start].sentence == verb.sentence and \
            not _set_off(words, start) and verb.index - start <= MAX_NAME_WORDS:
        start -= 1
    opens = start < 0 or words[start].sentence != verb.sentence
    if not opens and not _set_off(words, start) or start == verb.index - 1:
        return False
    phrase = [k for k in range(start + 1, verb.index) if words[k].deprel != "aux"
              or words[k].head != verb.index]
    if not phrase:
        return False
    tops = [k for k in phrase if words[k].head not in phrase]
    first, *modifiers = tops
    nominal = words[first].upos in ("NOUN", "PROPN") or \
        words[first].lower in GROUP_PRONOUNS and (bool(modifiers) or len(phrase) == 1)
    oblique = any(words[k].lower not in SUBJECT_CASES and not words[k].text.isupper()
                  for k in _children(words, first, "case") if k in phrase)
    if not nominal or oblique or any(words[k].upos not in ("ADJ", "VERB") or
                                     words[k].xpos in FINITE for k in modifiers):
        return False
    if any(words[k].upos in ("VERB", "AUX") and words[k].xpos in FINITE | {"MD"}
           or words[k].upos == "PRON" and words[k].deprel.startswith("nsubj")
           for k in phrase if k != first):
        return False
    for k in modifiers:
        if _dominates(words, k, verb.index) and words[k].head is not None:
            _reattach(words, verb.index, words[k].head, words[k].deprel)
    former = words[first].head
    if former is not None:
        for k in _children(words, first):
            if k < phrase[0]:
                _reattach(words, k, former, words[k].deprel)
    _reattach(words, first, verb.index, "nsubj")
    for k in modifiers:
        _reattach(words, k, first, "amod" if words[k].upos == "ADJ" else "acl")
    return True


def _set_off(words: list[Word], index: int) -> bool:
    return words[index].text == "," or dash_between_spaces(words, index)


def dash_between_spaces(words: list[Word], index: int) -> bool:
    """A dash, or a hyphen standing as one between spaces ('ideals - critics would call')."""
    word = words[index]
    return word.text in DASHES or word.text in HYPHENS and index > 0 and \
        words[index - 1].end < word.start and index + 1 < len(words) and \
        word.end < words[index + 1].start


def subject_modifiers(words: list[Word]) -> None:
    """'attorneys for the family said', 'a spokeswoman at the embassy said' parsed with the
    prepositional phrase on the verb: a phrase written between a speech verb's subject and
    the verb, touching both, describes the subject (a time does not: 'officials on Tuesday
    said')."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verb.lemma not in verbs:
            continue
        subjects = [s for s in _children(words, verb.index, "nsubj") if s < verb.index]
        if not subjects:
            continue
        subject = subjects[-1]
        for oblique in _children(words, verb.index, "obl"):
            first, last = word_extent(words, oblique)
            if oblique < subject or first != word_extent(words, subject)[1] + 1 or \
                    last + 1 != verb.index or place_or_time(words[oblique]) and \
                    words[oblique].entity != "LOC" or words[oblique].upos == "NUM":
                continue
            _reattach(words, oblique, subject, "nmod")


def _described_before(words: list[Word], verb: Word) -> bool:
    """'..., Jay DiPietro, the club's president, suggested that ...', '..., people who have
    battled other threats say ...' with the phrase hung inside the clause before it: the
    largest noun phrase that ends at the comma right before the verb (or right before it)
    and opens after a comma is the subject; whether there was one."""
    last = _previous_word(words, verb.index)
    if last < 0 or words[last].sentence != verb.sentence:
        return False
    found, current = None, last
    while current is not None and current < verb.index:
        word = words[current]
        first, end = word_extent(words, current)
        if end != last:
            break
        opens = first == 0 or words[first - 1].sentence != verb.sentence or \
            words[first - 1].text == ","
        if word.upos in ("NOUN", "PROPN") and opens and not place_or_time(word):
            found = current
        elif found is not None and word.upos not in ("NOUN", "PROPN"):
            break
        current = word.head
    if found is None or _dominates(words, found, verb.index) or any(
            words[k].xpos in FINITE | {"MD"} and not _inside_relative(words, k, found)
            for k in _descendants(words, found)):
        return False
    _reattach(words, found, verb.index, "nsubj")
    return True


def _inside_relative(words: list[Word], index: int, top: int) -> bool:
    """Whether the word lies in a relative clause of the phrase headed by `top`."""
    current: int | None = index
    while current is not None and current != top:
        if words[current].deprel == "acl:relcl":
            return True
        current = words[current].head
    return False


def _plural_before(words: list[Word], verb: Word) -> None:
    """'the $20 million experts say it costs': a plural noun right before a present-tense
    speech verb with no subject is its subject; what the parser hung before the noun that is
    not part of its name ('the', '$20 million') stays where the noun was."""
    before = words[verb.index - 1] if verb.index else None
    if before is None or before.sentence != verb.sentence or verb.xpos not in ("VBP", "VB") or \
            before.xpos not in ("NNS", "NNPS") or before.head is None or \
            _dominates(words, verb.index, before.index):
        return
    host, kept = before.head, True
    for k in sorted(_children(words, before.index), reverse=True):
        if k > before.index:
            continue
        kept = kept and words[k].deprel in ("amod", "compound") and not any(
            words[j].upos in ("NUM", "SYM") for j in _descendants(words, k))
        if not kept:
            _reattach(words, k, host, words[k].deprel)
    _reattach(words, before.index, verb.index, "nsubj")


def dateline_subjects(words: list[Word]) -> None:
    """'FLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton criticized ...', 'LONDON
    (Reuters) - Donald Trump said ...' parsed with the dateline as the subject: the phrase
    after the dash, right before the verb, is it."""
    for word in words:
        for subject in _children(words, word.index, "nsubj"):
            dashes = [k for k in range(subject + 1, word.index) if _dash(words, k)]
            if subject > word.index or not dashes:
                continue
            phrase = range(dashes[-1] + 1, word.index)
            plain = not any(words[k].upos in ("VERB", "AUX") for k in phrase)
            if not phrase or not (all(_dominates(words, subject, k) for k in phrase) or
                                  words[dashes[-1]].text == ":" and plain):
                continue
            tops = [k for k in phrase if words[k].head not in phrase and words[k].upos != "PUNCT"]
            if not tops:
                continue
            head = tops[-1]
            if words[head].upos not in NOMINAL:
                continue
            _reattach(words, head, word.index, "nsubj")
            _reattach(words, subject, word.index, "dep")
            for k in tops:
                if k != head:
                    _reattach(words, k, head, words[k].deprel)


def datelines_read_as_subjects(words: list[Word]) -> None:
    """'MOSCOW, March 3 (AFP) - Russia's defence ministry said ...' parsed with 'MOSCOW' and
    'March' subjects of 'said' beside 'ministry': a sentence that opens with a place in
    capitals and, within a few words, a dash, opens with a dateline; its words name where
    and when the story was filed, never who spoke."""
    for first in words:
        if not _opens_sentence(words, first) or not first.text.isupper() or len(first.text) < 2:
            continue
        sentence = [w.index for w in words[first.index:first.index + DATELINE_WORDS]
                    if w.sentence == first.sentence]
        dash = next((k for k in sentence if _dash(words, k)), None)
        if dash is None or dash + 1 >= len(words) or words[dash + 1].sentence != first.sentence:
            continue
        for k in range(first.index, dash):
            head = words[k].head
            if words[k].deprel in SUBJECTS and head is not None and head > dash:
                _reattach(words, k, head, "dep")


def _dash(words: list[Word], index: int) -> bool:
    """A dash, or a hyphen or colon standing after a dateline as one."""
    return words[index].text in DASHES or dateline_hyphen(words, index) or \
        dateline_colon(words, index)


def dateline_colon(words: list[Word], index: int) -> bool:
    """'NEW DELHI: The government said ...': a colon after a sentence's first few words,
    all in capitals (the parser makes the place the subject)."""
    first = index
    while first > 0 and words[first - 1].sentence == words[index].sentence:
        first -= 1
    label = range(first, index)
    return words[index].text == ":" and 0 < len(label) <= DATELINE_LABEL_WORDS and all(
        words[k].text.isupper() and len(words[k].text) > 1 for k in label)


def dateline_hyphen(words: list[Word], index: int) -> bool:
    """'LONDON (Reuters) - Donald Trump said': a hyphen standing alone between spaces after
    a dateline (a closing bracket or a word in capitals), used as a dash; not one inside a
    name ('the Council on American - Islamic Relations')."""
    word = words[index]
    before = words[index - 1].text if index else ""
    dateline = before == ")" or before.isupper() and len(before) > 1
    return word.text == "-" and 0 < index < len(words) - 1 and \
        words[index - 1].end < word.start and word.end < words[index + 1].start and dateline


def phrases_inside_subjects(words: list[Word]) -> None:
    """'Officials at the ministry, who spoke ..., said' parsed with 'at the ministry' on
    'said': a phrase of the verb's that stands inside its subject's words (between the
    subject and the clause on it) belongs to the subject."""
    for verb in words:
        for subject in _children(words, verb.index, "nsubj"):
            last = word_extent(words, subject)[1]
            for phrase in _children(words, verb.index, "obl"):
                if subject < phrase < last and words[phrase].upos in ("NOUN", "PROPN"):
                    _reattach(words, phrase, subject, "nmod")


def perfect_subjects(words: list[Word]) -> None:
    """'Republicans have long called for her ouster' parsed as a passive: a perfect with
    'have' and no passive auxiliary is active, its subject the one who acts."""
    for verb in words:
        auxiliaries = [words[a].lemma for a in _children(words, verb.index, "aux", "aux:pass")]
        if verb.upos == "VERB" and "have" in auxiliaries and "be" not in auxiliaries:
            for subject in _children(words, verb.index, "nsubj:pass"):
                words[subject].deprel = "nsubj"


def bare_objects(words: list[Word]) -> None:
    """'Lynch announced on Monday the DOJ lawsuit' parsed with 'lawsuit' as an oblique: a
    definite noun phrase with no preposition after a reporting verb that has no object is
    its object (not a time: 'said last week'; 'said in a speech' keeps its setting)."""
    frames = lexicon.verb_frames()
    for verb in words:
        if verb.upos != "VERB" or "object" not in frames.get(verb.lemma, ()) or \
                _children(words, verb.index, "obj", "ccomp", "xcomp"):
            continue
        for child in _children(words, verb.index, "obl"):
            definite = _children(words, child, "nmod:poss") or any(
                words[d].lower in ("the", "this", "these") for d in _children(words, child, "det"))
            if child > verb.index and words[child].upos == "NOUN" and definite and \
                    not _children(words, child, "case") and not place_or_time(words[child]):
                _reattach(words, child, verb.index, "obj")
                break


def _fronted(words: list[Word], first: int, later: int) -> bool:
    """'In Novi, Michigan, Trump says', 'These employees, Stumpf explained, were ...': a
    place, time or thing set off before a name is not the name's description; nor is a
    phrase opened by a preposition or subordinator ('Since October, officials have told'),
    nor a pronoun ('That, the commission said, ...'); and 'Citing privacy rules, U.S.
    officials have not said' opens with a participle. A noun before a name that a second
    comma closes describes the person ('The state's campaign chairman, Phil Lovas, said')."""
    if words[word_extent(words, first)[0]].xpos == "VBG":
        return True
    if place_or_time(words[first]) and words[later].upos == "PROPN" or \
            words[first].lower in TEMPORAL or words[first].upos == "PRON" or \
            any(k < first for k in _children(words, first, "case", "mark")):
        return True
    name = words[later].upos == "PROPN" and words[later].entity in (None, "PERSON")
    after = word_extent(words, later)[1] + 1
    closed = after < len(words) and words[after].text == ","
    return name and words[first].upos == "NOUN" and not closed


def names_after_obliques(words: list[Word]) -> None:
    """'According to the team's coach, Alireza Mehraban, the robot scored' parsed with the
    name as a second subject: a name set off by commas right after a noun phrase the
    clause's verb governs otherwise is that noun's apposition."""
    for verb in words:
        subjects = [s for s in _children(words, verb.index, "nsubj") if s < verb.index]
        if len(subjects) < 2 or words[subjects[0]].upos != "PROPN":
            continue
        name = subjects[0]
        first, last = word_extent(words, name)
        if first < 2 or words[first - 1].text != "," or words[last + 1].text != ",":
            continue
        host = words[first - 2]
        while host.head is not None and host.head < first and \
                words[host.head].deprel not in ("root",) and host.deprel in (
                    "flat", "compound", "amod", "det", "nmod:poss", "case"):
            host = words[host.head]
        if host.deprel in ("obl", "obj", "nmod") and host.upos == "NOUN":
            _reattach(words, name, host.index, "appos")


def place_or_time(word: Word) -> bool:
    """A place ('Michigan', 'Capitol Hill') or a time ('Friday') that a parser may take for a
    speaker or a speaker's noun."""
    return word.entity == "LOC" or word.lower in TEMPORAL


def word_extent(words: list[Word], index: int) -> tuple[int, int]:
    """The first and last words of a phrase that are not punctuation (a comma may hang on
    either side of it)."""
    first = last = index
    for child in words[index].children:
        if words[child].upos != "PUNCT":
            child_first, child_last = word_extent(words, child)
            first, last = min(first, child_first), max(last, child_last)
    return first, last


def _span_end(words: list[Word], index: int) -> int:
    return max([index, *(_span_end(words, c) for c in words[index].children)])


def relative_clauses(words: list[Word]) -> None:
    """'Macron, who will attend, said', '..., said Jane Doe, who has four children', '...,
    said Karen Olsen, 62, who lives near the river', 'Brown, whose team sits third, added
    that ...': a clause opened by 'who' or 'whose' is the noun's (past an age), not the
    verb's, even when the tagger took that noun for an adjective ('a person close to the
    chief executive, who was not authorized ...')."""
    for word in words:
        if word.deprel not in ("ccomp", "parataxis", "advcl") or word.head is None:
            continue
        opener = next((k for k in _descendants(words, word.index)
                       if words[k].upos != "PUNCT"), None)
        if opener is None or words[opener].lower not in RELATIVE | {"whose"} or \
                opener > word.index:
            continue
        before = _previous_word(words, opener)
        if before < 0 or words[before].sentence != words[opener].sentence or \
                words[opener - 1].text in OPENING_MARKS:
            continue  # a quoted question ('"Who approved this?" one user wrote'), no relative
        age = words[before].head if before >= 0 and words[before].upos == "NUM" else None
        if age is not None and words[age].upos in NOMINAL and age < before:
            before = age
        if before < 0 or words[before].upos not in NOMINAL and \
                words[before].deprel not in NOUN_RELATIONS and not _an_age(words, before):
            continue
        set_off = words[opener - 1].text == ","
        if before < word.index < word.head or set_off and word.head < before:
            _reattach(words, word.index, name_head(words, before), "acl:relcl")


def _an_age(words: list[Word], k: int) -> bool:
    """'the 36-year-old': 'old' closing an age written for a person."""
    return words[k].lower == "old" and k >= 2 and words[k - 1].text == "-" and \
        words[k - 2].lower in ("year", "years")


def speaker_tags(words: list[Word]) -> None:
    """'The company is exploring a sale, people familiar with the matter said.', '..., two
    sources familiar with the negotiations told Reuters.', 'The decision, two people briefed
    on the talks told Reuters, was made last week.': the wire's way of citing an unnamed
    source, which a weaker parser breaks apart ('familiar' a clause of its own with 'people'
    its subject, 'told' a modifier of 'Reuters', 'Reuters' the subject, 'said' a second
    clause joined to the first: '..., the airline said in a statement.'). A short noun phrase
    and a speech verb set off by commas, closing the sentence or inside it, are the verb's
    subject and the verb, said of the clause around them: the phrase is hung together on
    its noun, the verb on that clause, and whom it was told on the verb."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        modifier = verb.deprel == "amod" and verb.head is not None and \
            word_extent(words, verb.head)[0] == verb.index + 1 and \
            not _children(words, verb.head, "case")
        subject = any(k < verb.index for k in _children(words, verb.index, *SUBJECTS)) and \
            not _children(words, verb.index, "aux", "aux:pass")
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in SETTING_CLASSES or \
                not (verb.xpos in FINITE or verb.xpos == "VBN" and (modifier or subject)):
            continue
        tag = _speaker_tag(words, verb.index)
        if tag is None:
            continue
        head, phrase, tail, said = tag
        _rebuild_speaker_tag(words, verb.index, head, phrase, tail, said)
        verb.xpos = "VBD" if verb.xpos == "VBN" else verb.xpos  # 'the sources cautioned'
        comma = max(tail, default=verb.index) + 1
        participle = comma + 1
        if participle < len(words) and words[comma].text == "," and \
                words[participle].xpos == "VBG" and words[participle].head in said:
            _reattach(words, participle, verb.index, "advcl")  # '..., asking not to be named'


def _speaker_tag(words: list[Word], verb: int) -> tuple[int, range, list[int], list[int]] | None:
    """The head of the speaker phrase between a comma and `verb`, the phrase's words, the
    words after the verb (whom it was told, when) and the words of the clause said, when
    the tag is set off so and the parse does not already read it so."""
    sentence = words[verb].sentence
    found = _tag_tail(words, verb)
    if found is None:
        return None
    tail, rest = found
    frames = lexicon.verb_frames().get(words[verb].lemma, ())
    if tail and f"about:{words[tail[0]].lower}" in frames:  # 'accused of spying'
        return None
    if len(tail) > MAX_CLOSING_TAIL_WORDS or \
            not all(_tag_tail_word(words, k, verb) for k in tail):
        return None
    start = verb
    while start > 0 and words[start - 1].sentence == sentence and \
            words[start - 1].text != "," and verb - start <= MAX_CLOSING_SPEAKER_WORDS:
        start -= 1
    if start == 0 or words[start - 1].text != "," or start == verb:
        return None
    end = verb
    while end > start and words[end - 1].upos == "ADV":
        end -= 1
    phrase = range(start, end)
    if not phrase or words[start].upos not in NOUN_PHRASE_OPENERS or not all(
            (words[k].upos in SPEAKER_PHRASE_TAGS or words[k].xpos in ("VBN", "VBG")) and
            words[k].xpos not in WH_TAGS for k in phrase):
        return None
    first = start - 1
    while first > 0 and words[first - 1].sentence == sentence:
        first -= 1
    before = list(range(first, start - 1))
    said = before if not rest or words[rest[0]].xpos == "VBG" else before + rest
    if sum(words[k].upos != "PUNCT" for k in said) < 3 or \
            not any(words[k].upos in ("VERB", "AUX") for k in said) or \
            not any(words[k].upos != "PUNCT" for k in before):
        return None
    head = _phrase_noun(words, phrase)
    if head is None or words[head].lower in RELATIVE | {"that", "it"} or \
            head + 1 < phrase.stop and words[head + 1].upos not in POSTMODIFIER_TAGS:
        return None
    stray = any(words[k].head in phrase or words[k].head == verb and
                words[k].deprel in SUBJECTS for k in said)
    told = any(words[k].head == verb and words[k].deprel in SUBJECTS for k in tail)
    upper = words[verb].head
    parsed = words[head].head == verb and words[head].deprel == "nsubj" and \
        not stray and not told and _descendants(words, head) == list(phrase) and \
        (upper is None or upper in said and words[verb].deprel not in CLAUSE_ARGUMENTS and
         not _joined_tag(words, verb, tail))
    return None if parsed else (head, phrase, tail, said)


def _joined_tag(words: list[Word], verb: int, tail: list[int]) -> bool:
    """'..., the airline said in a statement.' parsed as a second clause joined to the
    first: a finite speech verb so joined, with no more after it than where and when it was
    said ('..., a prisoner of war now charged with desertion' is a description)."""
    return words[verb].deprel == "conj" and words[verb].xpos in FINITE and \
        not any(words[k].lower in ("with", "of") for k in tail)


def _tag_tail(words: list[Word], verb: int) -> tuple[list[int], list[int]] | None:
    """The words after a speech verb up to the comma that ends its tag (or the sentence's
    end), and the words after that comma."""
    sentence = list(itertools.takewhile(lambda k: words[k].sentence == words[verb].sentence,
                                        range(verb + 1, len(words))))
    comma = next((k for k in sentence if words[k].text == ","), None)
    if comma is None:
        return sentence, []
    return [k for k in sentence if k < comma], [k for k in sentence if k > comma]


def _tag_tail_word(words: list[Word], index: int, verb: int) -> bool:
    """Whether a word after a speech verb in a tag is whom it was told, when or how ('told
    The Wall Street Journal on Friday', 'said in its latest update', 'said in a prepared
    statement', 'said.')."""
    word = words[index]
    if word.upos == "PUNCT":
        return word.text in (".", "!", "?")
    if word.upos in ("DET", "NUM", "ADV") or word.lower in TEMPORAL:  # 'said late on Sunday'
        return True
    if word.upos == "ADP":
        return word.lower != "by"
    in_phrase = any(words[k].upos == "ADP" for k in range(verb + 1, index))
    told = "recipient" in lexicon.verb_frames().get(words[verb].lemma, ())
    before_noun = index + 1 < len(words) and words[index + 1].upos in ("NOUN", "PROPN", "ADJ")
    if in_phrase and (word.upos in ("NOUN", "PROPN") or word.deprel == "nmod:poss" or
                      before_noun and (word.upos == "ADJ" or word.xpos == "VBN")):
        return True  # 'in its latest update', 'in a prepared statement'
    return told and (
        word.upos == "PROPN" or lexicon.source_nouns().get(word.lemma) in LISTENERS or
        word.upos == "NOUN" and word.text[:1].isupper())  # 'told The Information'


def _phrase_noun(words: list[Word], phrase: range) -> int | None:
    """The noun heading a speaker phrase: the last noun before what comes after it ('a
    person' in 'a person familiar with the matter'), not a possessor ('his spokesman', 'the
    company's chief executive'); a source noun the tagger took for an adjective ('a senior
    official') is a noun."""
    noun = None
    for k in phrase:
        word = words[k]
        if word.lower in POSSESSIVE_MARKS:
            noun = None
        elif word.upos in NOMINAL or word.upos == "ADJ" and word.lemma in \
                lexicon.source_nouns() and (k + 1 == phrase.stop or words[k + 1].upos == "ADP"):
            noun = k
        elif word.upos == "ADJ" and k + 1 < phrase.stop and words[k + 1].upos in NOMINAL:
            continue  # 'Deputy Foreign Minister Sergei Ryabkov'
        elif noun is not None:
            break
    if noun is not None and words[noun].upos == "ADJ":
        words[noun].upos = "NOUN"
    return noun


def _rebuild_speaker_tag(words: list[Word], verb: int, head: int, phrase: range,
                         tail: list[int], said: list[int]) -> None:
    upper = words[verb].head
    clause = _clause_top(words, said)  # what follows moves no word of `said`
    if upper is not None and upper not in said:
        if clause is None:
            return
        _reattach(words, verb, clause, "parataxis")
    elif upper is not None and (words[verb].deprel in CLAUSE_ARGUMENTS or
                                _joined_tag(words, verb, tail)):
        words[verb].deprel = "parataxis"
    _reattach(words, head, verb, "nsubj")
    for k in phrase:
        if k != head and words[k].head is not None and words[k].head not in phrase:
            _reattach(words, k, head, _modifier_relation(words[k]))
    for k in range(phrase.stop, verb):  # 'Mr. Obama often says'
        _reattach(words, k, verb, "advmod")
    stray = [k for k in said if words[k].upos in NOMINAL and (
        words[k].head in phrase or words[k].head == verb and words[k].deprel in SUBJECTS)]
    described = [k for k in said if stray and max(said) < verb and words[k].upos == "VERB"
                 and words[k].deprel == "acl" and words[k].head == stray[-1]]
    if clause is None and described:  # 'Emergency crews evacuated 800 people, the office said'
        clause = described[0]
        _reattach(words, clause, verb, "ccomp")
    if clause is not None and stray and stray[-1] < clause and \
            not _children(words, clause, *SUBJECTS):
        *rest, subject = stray
        _reattach(words, subject, clause, "nsubj")
        for k in rest:
            _reattach(words, k, subject, "compound")
    for k in tail:
        if words[k].upos != "PUNCT" and words[k].head not in tail and (
                words[k].head != verb or words[k].deprel in SUBJECTS):
            relation = "obl:tmod" if words[k].lower in TEMPORAL else \
                "obl" if _children(words, k, "case") else "obj"
            _reattach(words, k, verb, relation)


def _clause_top(words: list[Word], span: list[int]) -> int | None:
    """The predicate heading the clause over `span`: its verb (or adjective) hung outside
    it."""
    tops = [k for k in span if words[k].upos in ("VERB", "AUX", "ADJ") and
            (words[k].head is None or words[k].head not in span)]
    return tops[0] if tops else None


def _modifier_relation(word: Word) -> str:
    """The relation a word of a noun phrase holds to the phrase's noun, by its class."""
    if word.upos in NOMINAL:
        return "nmod"
    return MODIFIER_RELATIONS.get(word.upos, "dep")


def as_names_read_as_obliques(words: list[Word]) -> None:
    """'as Tom Ridge, a former secretary of homeland security, put it' parsed with 'as Tom
    Ridge' a phrase on the verb and the apposition its subject: the name after 'as' is the
    subject, the description set off after it describes the name, and 'as' opens the
    clause."""
    for verb in words:
        if verb.upos != "VERB":
            continue
        for oblique in _children(words, verb.index, "obl"):
            start, end = word_extent(words, oblique)
            cases = [k for k in range(start, oblique) if words[k].deprel == "case"]
            subjects = [k for k in _children(words, verb.index, "nsubj")
                        if oblique < k < verb.index and words[end + 1].text == ","
                        and word_extent(words, k)[0] == end + 2 and words[k].upos == "NOUN"]
            marks = [k for k in cases if words[k].lower == "as" and k == start]
            if marks == cases and marks and subjects and words[oblique].upos == "PROPN" and \
                    words[oblique].lower not in TEMPORAL:
                _reattach(words, marks[0], verb.index, "mark")
                _reattach(words, subjects[0], oblique, "appos")
                _reattach(words, oblique, verb.index, "nsubj")
                break


def nouns_read_as_adjectives(words: list[Word]) -> None:
    """'The chief said arrests were imminent' tagged with 'chief' an adjective of 'arrests':
    a word for a person right before a finite verb, hung as a modifier on a noun after it,
    is a noun, and the words before it that the parser hung on the same noun are its own;
    one hung as the clause of that verb ('the chief executive warned') is its subject, and
    so is one the parser made the subject already ('The singer told reporters'). Adverbs
    may stand between ('The singer later told fans', 'singer' hung on 'later')."""
    for word in words[1:-1]:
        head = word.head
        following = word.index + 1
        while following < len(words) - 1 and words[following].upos == "ADV":
            following += 1
        verb = words[following]
        if word.upos != "ADJ" or head is None or verb.xpos not in FINITE | PAST_FORMS or \
                lexicon.source_nouns().get(word.lemma) not in PERSON_CATEGORIES:
            continue
        if head == verb.index and word.deprel == "nsubj":
            word.upos, word.xpos = "NOUN", "NN"
            continue
        if head == verb.index and word.deprel in CLAUSE_ARGUMENTS | {"advcl"} and \
                not _children(words, head, *SUBJECTS, "aux", "aux:pass"):
            word.upos, word.xpos, word.deprel = "NOUN", "NN", "nsubj"
            verb.xpos = "VBD" if verb.xpos == "VBN" else verb.xpos
            continue
        if verb.xpos not in FINITE:
            continue
        if word.deprel != "amod" or head <= word.index or \
                head < following and words[head].upos != "ADV" or head == following:
            continue
        word.upos, word.xpos = "NOUN", "NN"
        _reattach(words, word.index, following, "nsubj")
        k = word.index - 1
        while k >= 0 and words[k].head == head and words[k].upos in ("DET", "ADJ"):
            _reattach(words, k, word.index, "det" if words[k].upos == "DET" else "amod")
            k -= 1


def first_speakers_read_as_content(words: list[Word]) -> None:
    """'..., two U.S. officials and a European diplomat said.' parsed with 'officials' a
    conjunct inside what was said and 'diplomat' alone the subject: in a closing tag, the
    phrase set off by a comma right before 'and' and the verb's subject is the first of
    the speakers."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in SETTING_CLASSES:
            continue
        subjects = [k for k in _children(words, verb.index, "nsubj") if k < verb.index]
        rest = [k for k in range(verb.index + 1, len(words))
                if words[k].sentence == verb.sentence and words[k].upos != "PUNCT"]
        if len(subjects) != 1 or rest:
            continue
        subject = subjects[0]
        ccs = [c for c in _children(words, subject, "cc") if c < subject]
        if not ccs or ccs[0] == 0:
            continue
        first = ccs[0] - 1  # climb to the head of the phrase that ends before 'and'
        while words[first].deprel != "conj" and words[first].head is not None and \
                first - MAX_SETTING_WORDS < words[first].head < ccs[0]:
            first = words[first].head
        if words[first].deprel != "conj" or words[first].upos != "NOUN" or \
                lexicon.source_nouns().get(words[first].lemma) not in PERSON_CATEGORIES:
            continue
        opening = word_extent(words, first)[0]
        if opening < 1 or words[opening - 1].text != ",":
            continue
        _reattach(words, first, verb.index, "nsubj")
        _reattach(words, subject, first, "conj")


def posts_read_as_compounds_of_names(words: list[Word]) -> None:
    """'A spokesman for Senate Majority Leader John Thune said' parsed with 'Thune' the
    subject, 'spokesman' its compound and 'John' the object of 'for': the last part of the
    name in the post's 'for' phrase belongs to that name, and the post heads the subject."""
    people = lexicon.source_nouns()
    for post in words:
        name = post.head
        if post.deprel != "compound" or post.upos != "NOUN" or name is None or \
                people.get(post.lemma) not in POST_CATEGORIES or words[name].upos != "PROPN":
            continue
        held = [n for n in _children(words, post.index, "nmod")
                if n < name and max(_descendants(words, n)) == name - 1 and
                words[n].entity == "PERSON"]
        if not held or words[name].head is None:
            continue
        _reattach(words, post.index, words[name].head, words[name].deprel)
        _reattach(words, name, held[0], "flat")


def posts_read_as_objects_of_inverted_verbs(words: list[Word]) -> None:
    """'"Not guilty," replied defence barrister James Hart.' parsed with 'barrister' the
    object of 'replied' and 'James' its subject: a post right before the name that is the
    subject of the verb before them both is the name's title."""
    people = lexicon.source_nouns()
    for name in words:
        verb = name.head
        if name.deprel not in ("nsubj", "nsubj:pass") or name.entity != "PERSON" or \
                name.upos != "PROPN" or verb is None or verb > name.index:
            continue
        post = next((k for k in _children(words, verb, "obj")
                     if k == name.index - 1 and people.get(words[k].lemma) in POST_CATEGORIES),
                    None)
        if post is None:
            continue
        rest = [k for k in _children(words, post) if k > name.index]  # 'Hart' hung on the post
        if all(words[k].entity == "PERSON" and words[k].upos == "PROPN" for k in rest):
            for k in rest:
                _reattach(words, k, name.index, "flat")
            _reattach(words, post, name.index, "compound")


def clauses_read_as_subjects_of_inverted_tags(words: list[Word]) -> None:
    """'The talks collapsed on Monday, said a senior official.' parsed with 'collapsed' a
    participle on 'talks', 'talks' the subject of 'said' and the official its object: a
    speech verb after a comma with nothing said, whose object is a person, and whose subject
    has a past-tense verb of its own right after it, is a tag; the clause before it is what
    was said and the person after it the speaker."""
    verbs, people = lexicon.reporting_verbs(), lexicon.source_nouns()
    for verb in words[3:]:
        subjects = _children(words, verb.index, "nsubj")
        speakers = [k for k in _children(words, verb.index, "obj") if k > verb.index and
                    (people.get(words[k].lemma) in PERSON_CATEGORIES or
                     words[k].entity == "PERSON")]
        if verb.lemma not in verbs or words[verb.index - 1].text != "," or not subjects or \
                not speakers or subjects[0] > verb.index or \
                _children(words, verb.index, "ccomp", "xcomp", "aux", "aux:pass"):
            continue
        subject = subjects[0]
        clause = next((k for k in _children(words, subject, "acl")
                       if k == subject + 1 and words[k].xpos in PAST_FORMS), None)
        if clause is None:
            continue
        _take_place(words, clause, verb.index)
        _reattach(words, subject, clause, "nsubj")
        _reattach(words, verb.index, clause, "parataxis")
        _reattach(words, speakers[0], verb.index, "nsubj")
        for k in _children(words, verb.index, "punct"):
            if k < verb.index - 1:
                _reattach(words, k, clause, "punct")


def inverted_speech_verbs_read_as_modifiers(words: list[Word]) -> None:
    """'"That is absurd," countered defence lawyer Simon Hart.' parsed as one noun phrase
    headed by 'lawyer', 'countered' its modifier and the quotation hung on it: a speech verb
    right after a closing quotation mark, modifying the root noun after it, is the
    sentence's verb, the noun its subject (names set beside it the subject's own) and the
    quotation what was said."""
    verbs = lexicon.reporting_verbs()
    for verb in words[1:]:
        noun = verb.head
        if verb.upos != "VERB" or verbs.get(verb.lemma) != "speech" or \
                verb.deprel != "amod" or noun is None or noun <= verb.index or \
                words[noun].head is not None or not _closing_quote(words[verb.index - 1]):
            continue
        quoted = [k for k in _children(words, noun) if k < verb.index - 1 and
                  words[k].upos not in ("PUNCT", "DET")]
        _make_root(words, verb.index)
        names = [k for k in _children(words, noun, "appos", "flat")
                 if k > noun and words[k].entity == "PERSON" and words[k].upos == "PROPN"]
        subject = names[0] if names and names[0] == noun + 1 else noun
        _reattach(words, subject, verb.index, "nsubj")
        if subject != noun:
            _reattach(words, noun, subject, "compound")
            for k in names[1:]:
                _reattach(words, k, subject, "flat")
        for k in quoted:
            _reattach(words, k, verb.index, "ccomp")
        for k in _children(words, noun, "punct"):
            _reattach(words, k, verb.index, "punct")


def ages_hung_on_verbs(words: list[Word]) -> None:
    """'The 26-year-old added that ...' parsed with 'The' and 'old' hung on 'added' as a
    determiner and a compound: an age written for a person right before a verb with no
    subject is its subject, with the article before it; so is one right after a speech verb
    ('said a 22-year-old from Eritrea', read as what was said)."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or _children(words, verb.index, *SUBJECTS):
            continue
        age = next((k for k in _children(words, verb.index, "compound", "amod", "dep")
                    if k == verb.index - 1 and _an_age(words, k)), None)
        # 'said a 22-year-old from Eritrea', read with the age a complement of 'said'
        after = next((k for k in _children(words, verb.index, "xcomp", "ccomp", "obj", "amod")
                      if verb.lemma in verbs and _an_age(words, k) and
                      all(words[j].head in (k, k - 2, k - 4) or words[j].text == "-"
                          for j in range(verb.index + 1, k))), None)
        age = age if age is not None else after
        if age is None:
            continue
        words[age].upos, words[age].xpos = "NOUN", "NN"
        _reattach(words, age, verb.index, "nsubj")
        for k in _children(words, age, "obl"):
            words[k].deprel = "nmod"  # 'from Eritrea'
        for k in _children(words, verb.index, "det"):
            if k < age:
                _reattach(words, k, age, "det")


def ages_read_as_subjects(words: list[Word]) -> None:
    """'Chen, 27, said she earns $24,000' parsed with '27' the subject and 'Chen' an
    interjection: an age set off by commas after a name is the name's, and the name is the
    subject."""
    for verb in words:
        if verb.upos != "VERB":
            continue
        subjects = _children(words, verb.index, "nsubj")
        if len(subjects) != 1 or words[subjects[0]].upos != "NUM":
            continue
        age = subjects[0]
        if age < 2 or age + 1 >= verb.index or words[age - 1].text != "," or \
                words[age + 1].text != ",":
            continue
        name = words[age - 2]
        if name.entity != "PERSON" and name.upos != "PROPN" or _dominates(words, age, name.index):
            continue
        top = name.index
        while words[top].deprel in NAME_LINKS and words[top].head is not None and \
                words[top].head < top:
            top = words[top].head
        if name.upos not in ("PROPN", "NOUN"):
            name.upos, name.xpos = "PROPN", "NNP"
        _reattach(words, top, verb.index, "nsubj")
        _reattach(words, age, top, "appos")
        for k in (age - 1, age + 1):
            _reattach(words, k, age, "punct")


def subjects_hung_on_set_off_participles(words: list[Word]) -> None:
    """'Erik ten Hag, asked about his future, said: ...' parsed with the name hung on 'asked'
    and 'asked' on 'said': a person's name right before a participle set off by commas,
    hung on it, is the subject of the speech verb the participle hangs on when that verb has
    none."""
    verbs = lexicon.reporting_verbs()
    for participle in words[2:]:
        verb = participle.head
        if participle.xpos not in PAST_FORMS or verb is None or verb <= participle.index or \
                words[participle.index - 1].text != "," or words[verb].upos != "VERB" or \
                words[_last_word(words, participle.index) + 1].text != "," or \
                words[verb].lemma not in verbs or _children(words, verb, *SUBJECTS):
            continue
        name = next((k for k in _children(words, participle.index)
                     if k < participle.index and words[k].entity == "PERSON" and
                     _last_word(words, k) == participle.index - 2), None)
        if name is not None:
            _reattach(words, name, verb, "nsubj")
            _reattach(words, participle.index, verb, "advcl")


def speech_verbs_read_as_modifiers_after_relatives(words: list[Word]) -> None:
    """'A senior police officer, who did not want to be identified, told reporters that ...'
    parsed as one noun phrase headed by 'officer', with 'told' a modifier of 'reporters': a
    past speech verb right after the comma closing a relative clause on the sentence's head
    noun is the sentence's verb, that noun its subject, the noun after it who was told and
    the clause hung on that noun what was said."""
    verbs = lexicon.reporting_verbs()
    for verb in words[1:]:
        listener = verb.head
        if verb.upos != "VERB" or verb.deprel != "amod" or verb.xpos not in PAST_FORMS or \
                verbs.get(verb.lemma) != "speech" or listener != verb.index + 1 or \
                words[verb.index - 1].text != ",":
            continue
        subject = _root(words, verb.index)
        relative = next((k for k in _children(words, subject, "acl:relcl")
                         if _dominates(words, k, verb.index) and
                         words[min(_descendants(words, k))].lower in RELATIVE_OPENERS), None)
        if relative is None or words[subject].upos not in ("NOUN", "PROPN", "PRON"):
            continue
        said = [k for k in _children(words, listener, "acl:relcl", "acl") if k > listener]
        _make_root(words, verb.index)
        _reattach(words, subject, verb.index, "nsubj")
        _reattach(words, listener, verb.index, "obj")
        for k in said:
            _reattach(words, k, verb.index, "ccomp")
            opener = min(_descendants(words, k))
            if words[opener].lower == "that" and words[opener].head == k:
                words[opener].deprel, words[opener].upos = "mark", "SCONJ"
        for k in _children(words, subject, "punct"):
            if k > verb.index:
                _reattach(words, k, verb.index, "punct")


def names_closing_post_phrases(words: list[Word]) -> None:
    """'Chairman and CEO David Okafor said' parsed with 'CEO', 'David' and 'Okafor' three
    conjuncts of 'Chairman', 'Minister of State for Health Ali Pate said' with the name hung
    on 'State': a person's name closing the phrase of a post, right after a word that is
    neither a post nor a preposition ('for Senator Bob Casey' names whom one speaks for),
    heads that phrase, and the post before it is the title."""
    people = lexicon.source_nouns()
    for post in words:
        if people.get(post.lower) not in POST_CATEGORIES or post.entity == "PERSON" or \
                post.head is None or words[post.head].upos != "VERB" or \
                post.deprel not in ("nsubj", "nsubj:pass") or not post.text[:1].isupper() or \
                min(_descendants(words, post.index)) != post.index:
            continue
        last = _last_word(words, post.index)
        name = [last]
        while name[0] - 1 > post.index and words[name[0] - 1].entity == "PERSON":
            name.insert(0, name[0] - 1)
        if any(words[k].entity != "PERSON" or words[k].upos != "PROPN" for k in name) or \
                name[0] - 1 <= post.index or \
                words[name[0] - 1].upos in ("ADP", "PUNCT", "DET") or \
                _principal_title(words, post.index, name[0]):
            continue
        _reattach(words, name[0], post.head, post.deprel)
        for k in name[1:]:
            _reattach(words, k, name[0], "flat")
        for k in range(post.index + 1, name[0]):  # 'Executive' of 'Chief Executive'
            if words[k].head in name:
                _reattach(words, k, post.index, words[k].deprel)
        _reattach(words, post.index, name[0], "compound")


def names_after_post_phrases(words: list[Word]) -> None:
    """'"...," said the UN envoy to Yemen, Hans Grundberg.' parsed with 'to Yemen' a phrase
    of 'said' and the name hung on 'Yemen': a person's name set off by a comma after the
    phrase that follows a post, closing the speaker's tag, is the name of whoever holds the
    post, and the phrase says where or to whom the post is."""
    people = lexicon.source_nouns()
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in SPEECH_CLASSES:
            continue
        for post in _children(words, verb.index, "nsubj", "obj"):
            if post < verb.index or people.get(words[post].lemma) not in POST_CATEGORIES:
                continue
            phrase = next((x for x in _children(words, verb.index, "obl")
                           if word_extent(words, x)[0] == _last_word(words, post) + 1 and
                           _children(words, x, "case")), None)
            if phrase is None:
                continue
            names = [k for k in _children(words, phrase, "appos", "conj", "flat")
                     if k > phrase and words[k].entity == "PERSON" and words[k].upos == "PROPN"]
            if not names:
                continue
            start, after = word_extent(words, names[0])[0], _last_word(words, names[-1]) + 1
            if words[start - 1].text != "," or after < len(words) and \
                    words[after].sentence == verb.sentence and words[after].upos != "PUNCT":
                continue
            _reattach(words, phrase, post, "nmod")
            _reattach(words, names[0], post, "appos")
            for k in names[1:]:
                _reattach(words, k, names[0], "flat")


def appositions_read_as_conjuncts(words: list[Word]) -> None:
    """'Her longtime friend and collaborator, the composer Philip Glass, said' parsed with
    'composer' a third conjunct of 'friend': a conjunct set off by a comma with no 'and' of
    its own, after a list that 'and' has closed, that is a noun with a person's name right
    after it, describes the same person."""
    for word in words[2:-1]:
        head = word.head
        if word.deprel != "conj" or word.upos != "NOUN" or head is None or \
                _children(words, word.index, "cc") or \
                words[word_extent(words, word.index)[0] - 1].text != "," or \
                words[word.index + 1].entity != "PERSON" or \
                words[word.index + 1].upos != "PROPN" or \
                not _dominates(words, word.index, word.index + 1):
            continue
        if any(_children(words, k, "cc") for k in _children(words, head, "conj") if k < word.index):
            _reattach(words, word.index, head, "appos")


def names_read_as_conjuncts_of_places(words: list[Word]) -> None:
    """'a resident of Khan Younis, Ahmed Nasser, told AFP' parsed with the name a conjunct
    of the place: a person's name set off by a comma with no 'and', joined to the place or
    body a word for a person is from or of, is that person's name."""
    people = lexicon.source_nouns()
    for word in words[2:]:
        place = word.head
        if word.deprel != "conj" or word.upos != "PROPN" or word.entity != "PERSON" or \
                place is None or _children(words, word.index, "cc") or \
                words[word_extent(words, word.index)[0] - 1].text != "," or \
                words[place].deprel != "nmod" or words[place].upos != "PROPN":
            continue
        noun = words[place].head
        if noun is not None and words[noun].upos == "NOUN" and \
                people.get(words[noun].lemma) in PERSON_CATEGORIES:
            _reattach(words, word.index, noun, "appos")


def names_read_into_bodies(words: list[Word]) -> None:
    """'A spokeswoman for Duke Energy, Logan Stewart, said' parsed with 'Stewart' hung on
    'Duke' inside the company's name: a person's name set off by commas and hung inside
    the body or place a word for a person is of or for is that person's name."""
    people = lexicon.source_nouns()
    for run in _entity_runs(words):
        first, last = run[0], run[-1]
        if words[first].entity != "PERSON" or first < 2 or words[first - 1].text != "," or \
                last + 1 >= len(words) or words[last + 1].text != ",":
            continue
        body = next((k for k in range(first - 2, max(first - MAX_NAME_WORDS, 0), -1)
                     if words[k].deprel == "nmod" and words[k].head is not None and
                     words[words[k].head].upos == "NOUN" and
                     people.get(words[words[k].head].lemma) in PERSON_CATEGORIES), None)
        if body is None or not all(_dominates(words, body, k) for k in run):
            continue
        noun = words[body].head
        _reattach(words, first, noun, "appos")
        for k in run[1:]:
            _reattach(words, k, first, "flat")


def _principal_title(words: list[Word], post: int, name: int) -> bool:
    """'A spokesman for Health Minister Ali Pate': capitalised words with a post among them,
    after a preposition, right before the name, are the title of the one spoken for."""
    people = lexicon.source_nouns()
    k, titled = name - 1, False
    while k > post and words[k].text[:1].isupper() and words[k].upos in ("PROPN", "NOUN", "ADJ"):
        titled = titled or people.get(words[k].lower) in POST_CATEGORIES
        k -= 1
    return titled and words[k].upos == "ADP"


def name_parts_past_commas(words: list[Word]) -> None:
    """'said Tom Becker, Chief Operating Officer.' and 'said Jane Doe, CEO of Acme Robotics.'
    parsed with 'Officer' and 'Robotics' parts of the name: a capitalised word hung on a
    name as its part past a comma is a post set beside the name, or the end of the post
    already set there."""
    people = lexicon.source_nouns()
    for word in words:
        name = word.head
        if word.deprel not in ("flat", "flat:name") or name is None or name > word.index or \
                words[name].entity != "PERSON" or \
                not any(words[k].text == "," for k in range(name, word.index)):
            continue
        posts = [a for a in _children(words, name, "appos") if a < word.index]
        if posts:
            _reattach(words, word.index, posts[-1], "nmod")
        elif people.get(word.lower) in POST_CATEGORIES:
            _reattach(words, word.index, name, "appos")


def findings_read_as_outlets(words: list[Word]) -> None:
    """'Documents obtained by the Guardian show that the firm lobbied ministers' parsed with
    'Guardian show' one noun phrase, the agent of 'obtained': a verb of evidence tagged a
    noun at the end of who obtained the documents, right before 'that' and a clause, is the
    sentence's verb and the documents its subject."""
    verbs = lexicon.reporting_verbs()
    for word in words[:-1]:
        obtained = word.head
        if word.upos != "NOUN" or verbs.get(word.lemma) not in ("evidence", "speech") or \
                word.deprel != "obl:agent" or obtained is None or \
                words[obtained].deprel != "acl" or words[word.index + 1].lower != "that":
            continue
        documents = words[obtained].head
        said = [c for c in _children(words, word.index, "acl:relcl", "acl", "ccomp")
                if c > word.index + 1]
        before = [k for k in _children(words, word.index) if k < word.index]
        outlet = max((k for k in before if words[k].upos in ("PROPN", "ADJ", "NOUN")),
                     default=None)
        if documents is None or words[documents].head is not None or not said or \
                outlet is None:
            continue
        words[outlet].upos = "PROPN"
        _reattach(words, outlet, obtained, "obl:agent")
        for k in before:
            if k != outlet:
                _reattach(words, k, outlet, words[k].deprel)
        word.upos, word.xpos = "VERB", "VBP"
        _make_root(words, word.index)
        _reattach(words, documents, word.index, "nsubj")
        _reattach(words, said[0], word.index, "ccomp")
        words[word.index + 1].upos, words[word.index + 1].deprel = "SCONJ", "mark"
        _reattach(words, word.index + 1, said[0], "mark")


def passives_cut_from_clauses(words: list[Word]) -> None:
    """'Police said the suspect fled on foot but was arrested hours later.' parsed with 'was
    arrested' a second verb of 'said': a passive verb with no subject of its own, joined
    right after the clause a speech verb reports, goes on with that clause's subject, not
    the speaker's."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) != "speech":
            continue
        clauses = [c for c in _children(words, verb.index, "ccomp") if c > verb.index]
        for joined in _children(words, verb.index, "conj"):
            if not clauses or joined < clauses[-1] or \
                    _children(words, joined, *SUBJECTS) or \
                    not _children(words, joined, "aux:pass") or \
                    min(_descendants(words, joined)) != _last_word(words, clauses[-1]) + 1:
                continue
            _reattach(words, joined, clauses[-1], "conj")


def quantities_cut_from_clauses(words: list[Word]) -> None:
    """'Officials said as many as 200 people were missing', 'said at least a dozen countries
    had signed' parsed with 'as many' or 'at least' hung on the speech verb: the words of a
    rough count right before the clause said belong to it."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verb.lemma not in verbs:
            continue
        for clause in [c for c in _children(words, verb.index, "ccomp") if c > verb.index]:
            start = word_extent(words, clause)[0]
            for stray in _children(words, verb.index):
                inside = _descendants(words, stray)
                if verb.index < stray < start and max(inside) == start - 1 and \
                        min(inside) == verb.index + 1 and \
                        all(words[k].lower in ROUGH_COUNTS for k in inside):
                    _reattach(words, stray, clause, "advmod")


def documents_read_as_conjuncts_of_knowledge(words: list[Word]) -> None:
    """'according to two people familiar with the matter and a document seen by Reuters'
    parsed with 'document' a conjunct of 'matter': a document the outlet saw, joined after
    what people know, is a second source beside those people."""
    nouns = lexicon.source_nouns()
    for word in words:
        seen = [c for c in _children(words, word.index, "acl")
                if words[c].xpos == "VBN" and words[c].lemma in SEEN]
        if word.deprel != "conj" or nouns.get(word.lemma) != "document" or not seen:
            continue
        before = list(range(_sentence_start(words, word.index), word.index))
        people = [k for k in before if words[k].upos == "NOUN" and
                  nouns.get(words[k].lemma) in PERSON_CATEGORIES]
        knowing = {phrase[0] for phrase in lexicon.knowledge_phrases()}
        if people and any(words[k].lower in knowing for k in before if k > people[-1]):
            _reattach(words, word.index, people[-1], "conj")


def places_read_as_conjuncts_of_people(words: list[Word]) -> None:
    """'U.S. and Israeli officials said' parsed with 'U.S.' the subject and 'officials' its
    conjunct: a bare place name joined by 'and' to a noun for people with an adjective of
    its own ('Israeli officials') modifies that noun as the adjective does, as in 'British
    and American officials'."""
    people = lexicon.source_nouns()
    for place in words[:-3]:
        cc = words[place.index + 1]
        nouns = [n for n in _children(words, place.index, "conj") if words[n].plural and
                 people.get(words[n].lemma) in PERSON_CATEGORIES]
        if place.upos != "PROPN" or place.entity not in ("LOC", "ORG", "NORP") or \
                place.children and set(place.children) - {*nouns, cc.index} or \
                cc.lower not in ("and", "or") or not nouns or \
                any(words[k].upos != "ADJ" for k in range(cc.index + 1, nouns[0])) or \
                nouns[0] == cc.index + 1:
            continue
        noun = nouns[0]
        _take_place(words, noun, place.index)
        _reattach(words, place.index, noun, "compound")
        _reattach(words, cc.index, cc.index + 1, "cc")


def coordinated_nouns_read_as_modifiers(words: list[Word]) -> None:
    """'according to a U.S. official and two European officials' tagged with 'official' an
    adjective of 'officials': a word for a person right before 'and' and an article or a
    number, hung as a modifier on the noun that closes the second phrase, heads a phrase of
    its own, and that noun is its conjunct ('Liberal and conservative economists' stays)."""
    people = lexicon.source_nouns()
    for word in words[:-2]:
        noun, cc = word.head, words[word.index + 1]
        if word.upos != "ADJ" or word.deprel != "amod" or noun is None or \
                noun <= word.index + 2 or cc.lower not in ("and", "or") or \
                words[cc.index + 1].upos not in ("DET", "NUM") or \
                people.get(word.lemma) not in PERSON_CATEGORIES or words[noun].upos != "NOUN":
            continue
        _take_place(words, word.index, noun)
        word.upos, word.xpos = "NOUN", "NN"
        for k in [k for k in words[noun].children if k < word.index]:
            _reattach(words, k, word.index, words[k].deprel)
        _reattach(words, noun, word.index, "conj")
        _reattach(words, cc.index, noun, "cc")
        for k in [k for k in word.children if cc.index < k < noun]:
            _reattach(words, k, noun, "nummod" if words[k].upos == "NUM" else words[k].deprel)


def subjects_tagged_as_adjectives(words: list[Word]) -> None:
    """'An executive at a rival firm said' tagged with 'executive' an adjective and 'at a
    rival firm' its oblique: a word for a person with an article, heading a subject, is a
    noun, and a phrase on it describes the person."""
    people = lexicon.source_nouns()
    for word in words:
        if word.upos != "ADJ" or word.deprel not in ("nsubj", "nsubj:pass") or \
                people.get(word.lemma) not in PERSON_CATEGORIES or \
                not any(words[d].lower in ARTICLES for d in _children(words, word.index, "det")):
            continue
        word.upos, word.xpos = "NOUN", "NN"
        for k in _children(words, word.index, "obl"):
            words[k].deprel = "nmod"


def described_people_read_as_clauses(words: list[Word]) -> None:
    """'Sarah Jones, the company's chief executive, said ...', 'A senior executive, who asked
    not to be named, said ...', 'The 61-year-old, who ..., says' tagged with 'executive'
    (or 'old') an adjective and the clause of 'said': a word for a person (or an age) with
    an article or an owner, hung so on a speech verb after it (whatever its tag, and with a
    relative clause set off after it hung on the verb as well: 'A relative, who ...'), is a noun,
    and a phrase on it describes the person ('at the bank'); set off by commas right after
    the verb's subject it describes that subject, and opening the sentence with a comma
    before the verb, it is the subject."""
    people, verbs = lexicon.source_nouns(), lexicon.reporting_verbs()
    for word in words:
        verb = word.head
        person = people.get(word.lemma) in PERSON_CATEGORIES or _an_age(words, word.index)
        if word.upos not in ("ADJ", "NOUN") or verb is None or verb < word.index or \
                word.deprel not in ("ccomp", "xcomp", "advcl", "dep", "parataxis") or \
                not person or \
                words[verb].lemma not in verbs or not _determined(words, word.index) or \
                _children(words, word.index, *SUBJECTS):
            continue
        first, last = word_extent(words, word.index)
        # 'A relative, who asked not to be named, said': its clause hung on the verb too
        told = [c for c in _children(words, verb, "ccomp", "advcl", "parataxis")
                if last < c < verb and words[min(_descendants(words, c))].lower in RELATIVE
                and words[min(_descendants(words, c)) - 1].text == ","]
        last = max([last] + [word_extent(words, c)[1] for c in told])
        if words[first].upos not in ("DET", "NUM", "ADJ", "PROPN", "NOUN") or \
                last + 2 != verb or words[last + 1].text != ",":
            continue
        for clause in told:
            _reattach(words, clause, word.index, "acl:relcl")
        subjects = [k for k in _children(words, verb, "nsubj") if k < first]
        if subjects and first > 1 and words[first - 1].text == "," and \
                _last_word(words, subjects[-1]) + 2 == first:
            word.upos, word.xpos = "NOUN", "NN"
            _reattach(words, word.index, subjects[-1], "appos")
        elif not subjects and not _children(words, verb, *SUBJECTS) and \
                _opens_sentence(words, words[first]):
            word.upos, word.xpos = "NOUN", "NN"
            _reattach(words, word.index, verb, "nsubj")
        else:
            continue
        for k in _children(words, word.index, "obl"):
            words[k].deprel = "nmod"


def _determined(words: list[Word], index: int) -> bool:
    """Whether a word has an article, 'one' or an owner ('a senior executive', 'one senior
    executive', 'the company's chief executive')."""
    return any(words[d].lower in ARTICLES | {"one"}
               for d in _children(words, index, "det", "nummod")) or \
        bool(_children(words, index, "nmod:poss"))


def inverted_posts_read_as_adjectives(words: list[Word]) -> None:
    """'"The deal is dead," said an executive.', '... said a senior executive at one of the
    banks' tagged with 'executive' an adjective, the clause of 'said': a word for a person
    after a speech verb with no subject, opened by a determiner, is a noun, the subject."""
    people = lexicon.source_nouns()
    verbs = lexicon.reporting_verbs()
    for word in words:
        verb = word.head
        if word.upos != "ADJ" or verb is None or verb > word.index or \
                people.get(word.lemma) not in PERSON_CATEGORIES or \
                word.deprel not in ("ccomp", "xcomp", "obj", "dep") or \
                verbs.get(words[verb].lemma) != "speech" or \
                _children(words, verb, *SUBJECTS) or \
                _children(words, word.index, *SUBJECTS, "cop", "mark") or \
                not any(words[k].upos == "DET" and k < word.index
                        for k in _children(words, word.index, "det")):
            continue  # not 'insist that the front-runner isn't a proper Republican'
        word.upos, word.xpos, word.deprel = "NOUN", "NN", "nsubj"
        for k in _children(words, word.index, "obl"):  # 'at one of the banks'
            words[k].deprel = "nmod"


def nouns_read_as_adjectives_of_adjectives(words: list[Word]) -> None:
    """'An official familiar with the matter said' tagged with 'official' an adjective of
    'familiar', the head of the subject: a word for a person hung as a modifier on the
    adjective right after it heads the phrase, and the adjective, with what follows it,
    describes that person (when the adjective is a word for a person too, 'the chief
    executive of PepsiCo', it is the noun)."""
    people = lexicon.source_nouns()
    for word in words[:-1]:
        adjective = words[word.index + 1]
        if word.upos != "ADJ" or word.deprel != "amod" or word.head != adjective.index or \
                adjective.upos != "ADJ" or adjective.head is None or \
                people.get(word.lemma) not in PERSON_CATEGORIES:
            continue
        if people.get(adjective.lemma) in PERSON_CATEGORIES:  # 'chief executive'
            adjective.upos, adjective.xpos = "NOUN", "NN"
            continue
        _reattach(words, word.index, adjective.head, adjective.deprel)
        word.upos, word.xpos = "NOUN", "NN"
        for k in [k for k in adjective.children if k < word.index]:
            _reattach(words, k, word.index, words[k].deprel)
        _reattach(words, adjective.index, word.index, "amod")


def perfects_split_by_times(words: list[Word]) -> None:
    """'Police had last month charged Corey Lewandowski' parsed with 'had' the verb, 'last
    month' its object and 'charged' a modifier of 'month': a participle right after a time
    that is the object of 'had' (or 'has', 'have') is the verb, 'had' its auxiliary, the
    time when it happened and what follows the participle its own."""
    for have in words:
        if have.lemma != "have" or have.upos != "VERB":
            continue
        for time in _children(words, have.index, "obj"):
            verbs = [c for c in _children(words, time, "acl")
                     if words[c].xpos == "VBN" and c == _span_end_before(words, time, c) + 1]
            if words[time].lower not in TEMPORAL or time < have.index or not verbs:
                continue
            verb = verbs[0]
            _take_place(words, verb, have.index)
            for k in _children(words, have.index):
                _reattach(words, k, verb, words[k].deprel)
            for k in _children(words, time):
                if k > verb:
                    _reattach(words, k, verb, "obj" if words[k].deprel == "nmod" and
                              not _children(words, k, "case") else words[k].deprel)
            _reattach(words, have.index, verb, "aux")
            have.upos = "AUX"
            _reattach(words, time, verb, "obl:tmod")
            break


def _span_end_before(words: list[Word], head: int, stop: int) -> int:
    """The last word before `stop` that `head` governs."""
    return max(k for k in _descendants(words, head) if k < stop)


def days_read_as_modifiers(words: list[Word]) -> None:
    """'The district said Monday classes would resume' parsed with 'Monday' a modifier of
    'classes': a day right after a speech verb, hung on a noun after it, is when it was
    said (with 'night' or 'morning' after it: 'said Tuesday night officers ...'); so is one
    the parser gave a relative clause ('said Monday that profits rose') or the subject of the
    clause ('said Sunday that war is ...', 'that' read as a determiner)."""
    verbs = lexicon.reporting_verbs()
    for verb in words[:-2]:
        day = words[verb.index + 1]
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in SETTING_CLASSES or \
                day.lower not in DAYS:
            continue
        that = words[day.index + 1]
        clauses = [c for c in _children(words, day.index, "acl:relcl")
                   if min(_descendants(words, c)) == that.index]
        if day.head == verb.index and that.lower == "that" and clauses:
            # 'said Monday that profits rose', read as a relative clause on 'Monday'
            day.deprel = "obl:tmod"
            _as_complement(words, clauses[0], verb.index, "ccomp", that.index)
            continue
        if that.lower == "that" and that.deprel == "det" and day.deprel == "nsubj" and \
                day.head is not None and words[day.head].head == verb.index and \
                words[day.head].deprel == "ccomp":
            # 'said Sunday that war is a defeat', read with 'Sunday' the clause's subject
            clause = day.head
            _reattach(words, day.index, verb.index, "obl:tmod")
            _as_complement(words, clause, verb.index, "ccomp", that.index)
            continue
        if day.head is None or day.head <= day.index or \
                day.deprel not in ("compound", "amod", "nmod:tmod") or \
                _children(words, day.index, "case"):
            continue
        part = words[day.index + 1]
        _reattach(words, day.index, verb.index, "obl:tmod")
        if part.lower in PARTS_OF_DAY and part.head is not None and part.head > part.index:
            _reattach(words, part.index, day.index, "compound")


def speakers_read_as_small_clauses(words: list[Word]) -> None:
    """'"He's completely smitten," a source close to the couple says.' parsed as 'a source
    (is) close to the couple', a clause of 'says' with 'source' its subject: an adjective
    clause set off before a speech verb that has no subject, ending right before it, is the
    speaker, its subject the head and the adjective describing it."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verb.lemma not in verbs or \
                _children(words, verb.index, *SUBJECTS):
            continue
        for clause in _children(words, verb.index, "ccomp"):
            adjective = words[clause]
            subjects = _children(words, clause, "nsubj")
            if adjective.upos != "ADJ" or clause > verb.index or not subjects or \
                    _last_word(words, clause) != verb.index - 1 or \
                    _children(words, clause, "cop", "mark"):
                continue
            noun = subjects[0]
            start = min(_descendants(words, noun))
            if noun > clause or start == 0 or words[start - 1].upos != "PUNCT":
                continue
            _reattach(words, noun, verb.index, "nsubj")
            _reattach(words, clause, noun, "amod")
            for k in _children(words, clause, "punct"):
                if k < start:
                    _reattach(words, k, verb.index, "punct")


def names_split_by_the_parser(words: list[Word]) -> None:
    """'The Federal Trade Commission last year sued' parsed with 'The Federal' hung on
    'year': the words of one name the tagger found (and an article right before it) that
    hang outside the name belong to its last word."""
    for run in _entity_runs(words):
        last = run[-1]
        inside = set(run)
        if words[last].head in inside:
            continue
        for k in run[:-1]:
            if words[k].head not in inside and words[k].head is not None and \
                    words[k].head > last and words[k].upos in NAME_WORD_TAGS:
                _reattach(words, k, last, "amod" if words[k].upos == "ADJ" else "compound")
        article = run[0] - 1
        # not the article of the noun the name modifies ('The Real Madrid midfielder')
        if article >= 0 and words[article].upos == "DET" and \
                words[article].sentence == words[last].sentence and \
                words[article].head is not None and words[article].head > last and \
                words[article].head != words[last].head:
            _reattach(words, article, last, "det")


def _entity_runs(words: list[Word]) -> list[list[int]]:
    """Runs of neighbouring words of one sentence that the tagger put in a name of a body or
    a person."""
    runs: list[list[int]] = []
    for word in words:
        if word.entity not in ("ORG", "PERSON"):
            continue
        previous = words[word.index - 1] if word.index else None
        if runs and previous is not None and runs[-1][-1] == previous.index and \
                previous.entity == word.entity and previous.sentence == word.sentence:
            runs[-1].append(word.index)
        else:
            runs.append([word.index])
    return [run for run in runs if len(run) > 1]


def past_tenses_read_as_modifiers(words: list[Word]) -> None:
    """'the minister reversed course, telling parliament ...' parsed with 'reversed' a
    modifier of 'course': a past tense between two nouns (or after an age: 'The 21-year-old
    told reporters'), hung on the second, is the verb of the first; the second is its
    object, and a participle set off after the object goes with the verb."""
    for verb in words[1:]:
        noun, subject = verb.head, words[verb.index - 1]
        age = subject.lower == "old" and words[verb.index - 2].text in HYPHENS
        # 'Traders said the decline reflected concern that ...', both nouns objects of 'said'
        sibling = noun is not None and subject.deprel == "obj" and \
            words[noun].deprel == "obj" and subject.head == words[noun].head and \
            not any(k > noun and words[k].upos != "PUNCT"
                    for k in _children(words, words[noun].head))
        if verb.upos != "VERB" or verb.xpos not in PAST_FORMS or verb.deprel != "amod" or \
                noun is None or noun <= verb.index or \
                subject.upos not in ("NOUN", "PROPN") and not age or \
                subject.head != noun and not sibling or words[noun].lower in TEMPORAL or \
                any(words[k].deprel == "case" for k in range(word_extent(words, noun)[0],
                                                             subject.index)):
            continue
        upper, relation = words[noun].head, "ccomp" if sibling else words[noun].deprel
        if upper is None or words[upper].upos != "VERB" and words[upper].head is None:
            _make_root(words, verb.index)
            if upper is not None:
                _reattach(words, upper, verb.index, "obl")
        else:
            _reattach(words, verb.index, upper, relation)
        _reattach(words, subject.index, verb.index, "nsubj")
        _reattach(words, noun, verb.index, "obj")
        if age:  # 'The 21-year-old': the words before the verb go with the age
            for k in _children(words, noun):
                if k < verb.index and k != subject.index:
                    _reattach(words, k, subject.index, words[k].deprel)
            subject.upos, subject.xpos = "NOUN", "NN"
        for k in _children(words, noun, "acl"):
            if k > noun and words[k].xpos == "VBG" and words[k - 1].text == ",":
                _reattach(words, k, verb.index, "advcl")


def coordinated_speech_verbs_read_as_modifiers(words: list[Word]) -> None:
    """'The weather service warned that winds could reach 70 mph and urged residents to stay
    home', parsed with 'urged' a modifier of 'residents': a speech verb in the past right
    after 'and' and before the noun it was hung on goes on from the speech verb before it
    (its subject's second statement), the noun its object and a to-infinitive after the
    noun what was urged."""
    verbs = lexicon.reporting_verbs()
    for word in words[1:-1]:
        noun = word.head
        if word.upos != "VERB" or word.xpos not in PAST_FORMS or word.deprel != "amod" or \
                word.lemma not in verbs or noun != word.index + 1 or \
                words[word.index - 1].lower != "and":
            continue
        before = [v for v in words[:word.index - 1] if v.sentence == word.sentence
                  and v.upos == "VERB" and v.lemma in verbs and _children(words, v.index, "nsubj")
                  and _said_before_and(words, v.index, word.index - 1)]
        if not before:
            continue
        verb = before[-1].index
        _reattach(words, word.index, verb, "conj")
        word.xpos = "VBD"
        _reattach(words, word.index - 1, word.index, "cc")
        end = _last_word(words, noun)
        _reattach(words, noun, word.index, "obj")
        marker = words[end + 1] if end + 1 < len(words) else None
        infinitive = marker.head if marker is not None and marker.lower == "to" and \
            marker.deprel == "mark" else None
        if infinitive is not None and words[infinitive].deprel in ("advcl", "xcomp") and \
                min(_descendants(words, infinitive)) == marker.index:
            _reattach(words, infinitive, word.index, "xcomp")


def _said_before_and(words: list[Word], verb: int, conjunction: int) -> bool:
    """Whether what the verb said ends right before the 'and' and its subject cannot speak
    ('winds could reach 70 mph and urged ...': the winds urged nothing; not 'that Sanders
    co-sponsored bans and opposed ...', which Sanders may have done)."""
    for clause in _children(words, verb, "ccomp"):
        subjects = _children(words, clause, *SUBJECTS)
        if clause > verb and conjunction - 1 in _descendants(words, clause) and \
                subjects and not _may_speak(words[subjects[0]]):
            return True
    return False


def titled_names_joined_by_and(words: list[Word]) -> None:
    """'Senator Amy Klobuchar and Governor Tim Walz said', parsed as one tangled name: two
    names, each after its post, joined by 'and' within one phrase are two people, the
    second a conjunct of the first."""
    for conjunction in words[1:-2]:
        if conjunction.lower not in ("and", "or") or \
                words[conjunction.index - 1].entity != "PERSON":
            continue
        first = _titled_name_start(words, conjunction.index - 1)
        titles = _title_words(words, conjunction.index + 1)
        end = titles + 1 if titles is not None else None
        while end is not None and end + 1 < len(words) and words[end + 1].entity == "PERSON" \
                and words[end + 1].sentence == conjunction.sentence:
            end += 1
        if end is None or words[end].entity != "PERSON":
            continue
        span = range(first, end + 1)
        tops = [k for k in span if words[k].head not in span]
        if len(tops) != 1:
            continue
        left, right, top = conjunction.index - 1, end, words[tops[0]]
        _take_place(words, left, top.index)
        for k in range(first, left):
            _reattach(words, k, left, "flat" if words[k].entity == "PERSON" else "compound")
        _reattach(words, right, left, "conj")
        _reattach(words, conjunction.index, right, "cc")
        for k in range(conjunction.index + 1, right):
            _reattach(words, k, right, "flat" if words[k].entity == "PERSON" else "compound")


def _titled_name_start(words: list[Word], last: int) -> int:
    """The first word of a name ending at `last` and of the post written before it."""
    start = last
    while start > 0 and words[start - 1].entity == "PERSON" and \
            words[start - 1].sentence == words[last].sentence:
        start -= 1
    while start > 0 and _title_word(words[start - 1]) and \
            words[start - 1].sentence == words[last].sentence:
        start -= 1
    return start


def _title_words(words: list[Word], start: int) -> int | None:
    """The last of the post words that open a name at `start` ('Vice Chair Omar Haddad'),
    when a listed post is among them; else None."""
    end = start
    while end < len(words) and _title_word(words[end]) and words[end].entity != "PERSON":
        end += 1
    posts = [k for k in range(start, end)
             if lexicon.source_nouns().get(words[k].lower) in POST_CATEGORIES]
    return end - 1 if posts and end < len(words) and words[end].entity == "PERSON" else None


def _title_word(word: Word) -> bool:
    """A word of a post written before a name ('Senator', 'Vice Chair', 'Board member')."""
    return word.upos in NAME_WORD_TAGS and (word.text[:1].isupper() or
                                            lexicon.source_nouns().get(word.lower) in
                                            POST_CATEGORIES)


def appositions_read_as_second_subjects(words: list[Word]) -> None:
    """'According to Amnesty International, a London-based rights group, the detainees were
    tortured', parsed with 'group' a second subject of 'tortured': of two subjects of one
    verb, the first, set off by commas right after a phrase of that verb, describes that
    phrase's noun."""
    for verb in words:
        subjects = _children(words, verb.index, "nsubj", "nsubj:pass")
        if len(subjects) < 2:
            continue
        described = subjects[0]
        start, end = word_extent(words, described)
        first = min(k for k in range(start, end + 1) if words[k].upos != "PUNCT")
        last = _last_word(words, described)
        if first < 2 or words[first - 1].text != "," or last + 1 >= len(words) or \
                words[last + 1].text != "," or subjects[1] <= last:
            continue
        owners = [o for o in _children(words, verb.index, "obl")
                  if _last_word(words, o) == first - 2]
        if owners:
            _reattach(words, described, owners[0], "appos")


def names_read_as_second_subjects(words: list[Word]) -> None:
    """'The Reserve Bank of Australia governor, Michele Bullock, said' parsed with 'Bank'
    and 'Michele' two subjects of 'said' and 'governor' hung on 'Bank': a person's name set
    off by commas right after a post that hangs on the verb's first subject names the
    holder of that post, which heads the subject (the body's name its modifier)."""
    people = lexicon.source_nouns()
    for verb in words:
        subjects = _children(words, verb.index, "nsubj", "nsubj:pass")
        if len(subjects) != 2 or words[subjects[1]].entity != "PERSON" or \
                words[subjects[1]].upos != "PROPN":
            continue
        body, name = subjects
        start = word_extent(words, name)[0]
        post = start - 2
        if post <= body or words[start - 1].text != "," or words[post].head != body or \
                words[post].deprel not in ("nmod", "compound", "appos") or \
                people.get(words[post].lemma) not in POST_CATEGORIES:
            continue
        _reattach(words, post, verb.index, words[body].deprel)
        _reattach(words, body, post, "compound")
        _reattach(words, name, post, "appos")


def house_numbers_read_as_counts(words: list[Word]) -> None:
    """'A No 10 spokesman said', tagged with 'No' a determiner and '10' a count of
    spokesmen: a listed seat of government written with a number ('No 10', 'Number 10'),
    on the noun after it, is the body the noun works for, not how many spoke."""
    for word in words[1:-2]:
        figure, noun = words[word.index + 1], word.head
        if not word.text[:1].isupper() or figure.upos != "NUM" or \
                f"{word.lower} {figure.text}" not in lexicon.bodies() or \
                noun is None or figure.head != noun or noun != figure.index + 1:
            continue
        word.upos, word.xpos, word.lemma, word.entity = "PROPN", "NNP", word.text, "ORG"
        figure.upos, figure.xpos, figure.entity = "PROPN", "NNP", "ORG"
        _reattach(words, word.index, noun, "compound")
        _reattach(words, figure.index, word.index, "flat")


def stock_tickers(words: list[Word]) -> None:
    """'Vertex Labs (NASDAQ: VTX) said ...', 'Acme Corp. (NYSE: ACME) today announced ...':
    an exchange and ticker in brackets after a company's name are no part of the name nor
    of what it said; the name is the subject of the verb after them."""
    for opening in words[1:-5]:
        exchange, colon, ticker, closing = (words[opening.index + k] for k in range(1, 5))
        if opening.text != "(" or colon.text != ":" or closing.text != ")" or \
                not TICKER.match(exchange.text) or not TICKER.match(ticker.text):
            continue
        name = name_head(words, opening.index - 1)
        after = closing.index + 1
        if after < len(words) and words[after].lower in TEMPORAL and \
                words[after].deprel == "nsubj" and words[after].head is not None:
            verb = words[after].head
            _reattach(words, name, verb, "nsubj")
            _reattach(words, after, verb, "obl:tmod")
        verb = words[name].head
        if verb is None or words[name].deprel not in SUBJECTS:
            continue
        _reattach(words, exchange.index, verb, "dep")
        for k in (opening.index, colon.index, ticker.index, closing.index):
            _reattach(words, k, exchange.index, "punct" if words[k].upos == "PUNCT" else "flat")


def possessors_read_as_heads(words: list[Word]) -> None:
    """'The Bank of Canada's governor, Tiff Macklem, said', parsed with 'Bank' the subject
    and 'governor' a modifier inside the bank's name: a noun after the possessive that
    closes a name, hung on a word of that name, is the head of the phrase and the name its
    possessor."""
    for run in _entity_runs(words):
        mark = run[-1] + 1
        if mark + 1 >= len(words) or words[mark].text not in POSSESSIVE_MARKS:
            continue
        top = next((k for k in run if words[k].head not in run), None)
        noun = next((k for k in range(mark + 1, min(mark + 4, len(words)))
                     if words[k].upos == "NOUN" and words[k].head in run), None)
        if top is None or noun is None or words[top].head is None or \
                words[top].deprel not in SUBJECTS + ("obj", "iobj") or \
                any(words[k].upos not in ("ADJ", "NOUN") for k in range(mark + 1, noun)):
            continue
        _reattach(words, noun, words[top].head, words[top].deprel)
        _reattach(words, top, noun, "nmod:poss")


def questions_hung_on_listeners(words: list[Word]) -> None:
    """'asked the director whether the agency had been hacked', parsed with the question a
    clause of 'director': a clause opened by 'whether' or 'if' right after whom a speech
    verb addressed is what was asked."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verb.lemma not in verbs or \
                _children(words, verb.index, "ccomp"):
            continue
        for listener in _children(words, verb.index, "obj", "iobj"):
            for clause in _children(words, listener, "acl", "acl:relcl"):
                mark = _question_mark(words, clause)
                if mark is not None and mark == _end_without(words, listener, clause) + 1 == \
                        word_extent(words, clause)[0] and listener > verb.index:
                    _reattach(words, clause, verb.index, "ccomp")


def questions_hung_past_the_asking(words: list[Word]) -> None:
    """'When asked if he would stand again, Mr Hunt said he had not decided', parsed with the
    question a clause of 'said': a clause opened by 'whether' or 'if' right after a fronted
    verb of asking that has none of its own is what was asked, not what was said."""
    for asked in words:
        if asked.upos != "VERB" or asked.lemma != "ask" or asked.deprel != "advcl" or \
                asked.head is None or asked.head < asked.index or \
                _children(words, asked.index, "ccomp", "obj"):
            continue
        for clause in _children(words, asked.head, "ccomp"):
            mark = _question_mark(words, clause)
            if mark is not None and mark == asked.index + 1 == word_extent(words, clause)[0] \
                    and clause < asked.head:
                _reattach(words, clause, asked.index, "ccomp")


def quotations_read_apart_from_their_participles(words: list[Word]) -> None:
    """'One poster admitted taking part, writing in a blog post "I have myself loaded up
    the software"', parsed with the quotation a clause of 'admitted' (or 'writing' a clause
    hung on the quotation's verb): a quotation that opens right after the phrase of a speech
    participle set off by a comma is what the participle says, and the participle tells
    how the subject of the clause it closes spoke."""
    verbs = lexicon.reporting_verbs()
    for verb in words[1:]:
        if verb.upos != "VERB" or verb.xpos != "VBG" or words[verb.index - 1].text != "," or \
                verbs.get(verb.lemma) not in SPEECH_CLASSES:
            continue
        told = "recipient" in lexicon.verb_frames().get(verb.lemma, ())
        if _children(words, verb.index, "obj") and not told:
            continue  # 'noting the nominee "makes you want to retch"': the subject is outside
        opening = word_extent(words, verb.index)[1] + 1
        if opening + 1 >= len(words) or words[opening].text not in OPENING_MARKS or \
                words[opening + 1].sentence != verb.sentence:
            continue
        quoted = opening + 1
        while words[quoted].head is not None and words[quoted].head > opening and \
                not _closing_quote(words[words[quoted].head]):
            quoted = words[quoted].head
        if words[quoted].head == verb.index or words[quoted].upos not in ("VERB", "AUX", "ADJ"):
            continue
        if _dominates(words, quoted, verb.index):
            head = words[quoted].head
            if head is None:
                continue
            _reattach(words, verb.index, head, "advcl")
        elif verb.deprel == "acl":  # 'admitted to being a part of the effort, writing'
            main = verb.head
            while main is not None and not _children(words, main, "nsubj"):
                main = words[main].head
            if main is not None:
                _reattach(words, verb.index, main, "advcl")
        _reattach(words, quoted, verb.index, "ccomp")


def quoted_verbs_read_apart(words: list[Word]) -> None:
    """'Ms Reid said the minister had "misled" parliament', 'said the prime minister
    "regretted" the remarks', parsed with the quoted verb a clause of the speech verb and
    the nouns around it the speech verb's objects: a verb quoted alone inside reported
    speech has the noun before it for subject and the noun after it for object."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verb.lemma not in verbs:
            continue
        for quoted in _children(words, verb.index, "ccomp"):
            opening, closing = quoted - 1, quoted + 1
            if words[quoted].upos != "VERB" or opening <= verb.index or \
                    closing >= len(words) or words[opening].text not in OPENING_MARKS or \
                    words[closing].text not in CLOSING_MARKS:
                continue
            for mark in (opening, closing):
                _reattach(words, mark, quoted, "punct")
            for noun in _children(words, verb.index, "obj", "ccomp"):
                if words[noun].upos not in NOMINAL:
                    continue
                if _last_word(words, noun) + 1 == opening:
                    _reattach(words, noun, quoted, "nsubj")
                elif word_extent(words, noun)[0] == closing + 1:
                    _reattach(words, noun, quoted, "obj")


def speech_verbs_hung_in_relative_clauses(words: list[Word]) -> None:
    """'A witness who asked not to be named said she heard bangs', parsed with 'said' a
    clause of 'named' and 'witness' a modifier of 'she': a finite speech verb with no
    subject (or one tagged a participle) right after a relative clause that states a
    source's terms, on a noun before it, is the sentence's verb, the noun its subject and
    what follows what was said. So is one after any relative clause set off by commas on a
    noun that has no verb of its own ('Donald Trump, who is vying to be the next president,
    tweeted on Friday to say ...', 'tweeted' read as a modifier of 'president')."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verb.xpos not in FINITE | {"VBN"} or \
                verb.lemma not in verbs or verb.head is None or verb.head > verb.index or \
                _children(words, verb.index, *SUBJECTS, "aux", "aux:pass"):
            continue
        clause = verb.head
        while clause is not None and words[clause].deprel != "acl:relcl" and clause < verb.index:
            clause = words[clause].head
        noun = words[clause].head if clause is not None and clause < verb.index else None
        if noun is None or words[noun].upos not in ("NOUN", "PROPN") or noun > clause:
            continue
        relative = [k for k in _descendants(words, clause) if k < verb.index]
        terms = max(relative) + 1 == verb.index and words[noun].upos == "NOUN" and \
            grants_anonymity(words, relative)
        own = set(_descendants(words, verb.index))
        if not terms and not _set_off_relative(
                words, noun, [k for k in relative if k not in own], verb.index):
            continue
        while words[noun].deprel == "nmod" and words[noun].head is not None and \
                words[noun].head < noun:  # 'A spokesman for the company who declined ...'
            noun = words[noun].head
        root = _root(words, verb.index)
        _make_root(words, verb.index)
        if root != verb.index and root > verb.index:
            _reattach(words, root, verb.index, "ccomp")
        _reattach(words, noun, verb.index, "nsubj")


def _set_off_relative(words: list[Word], noun: int, relative: list[int], verb: int) -> bool:
    """Whether the relative clause before `verb` opens and closes with a comma and hangs on
    a noun at the top of its sentence ('Donald Trump, who ..., tweeted')."""
    inside = [k for k in relative if words[k].upos != "PUNCT"]
    if not inside:
        return False
    first, last = min(inside), max(inside)
    return words[noun].head is None and words[first - 1].text == "," and \
        words[verb - 1].text == "," and last + 2 == verb and noun < first - 1


def verbs_hung_on_participle_asides(words: list[Word]) -> None:
    """'Chinese Premier Li Qiang, speaking at the opening of the forum, called for ...'
    parsed with the name at the top of the sentence, 'speaking' a modifier of it and
    'called' a clause of 'speaking': a finite verb with no subject right after a participle
    aside set off by commas on a name with no verb of its own is the name's verb, and the
    aside sets its scene (so in a clause: 'that Li Qiang, speaking at ..., called for').
    """
    for verb in words[1:]:
        aside = verb.head
        if verb.upos != "VERB" or verb.xpos not in FINITE | {"VBN"} or aside is None or \
                words[verb.index - 1].text != "," or \
                words[aside].xpos not in ("VBG", "VBN") or \
                _children(words, verb.index, *SUBJECTS, "aux", "aux:pass"):
            continue
        if words[aside].deprel != "acl":
            _participle_read_as_the_verb(words, aside, verb.index)
            continue
        name = words[aside].head
        own = set(_descendants(words, verb.index))
        phrase = [k for k in _descendants(words, aside) if k not in own and k < verb.index]
        if name is None or words[name].upos not in ("NOUN", "PROPN") or \
                not _set_off_relative(words, name, phrase, verb.index):
            continue
        _make_root(words, verb.index)
        _reattach(words, name, verb.index, "nsubj")
        _reattach(words, aside, verb.index, "advcl")
        for agent in _children(words, verb.index, "obl:agent"):
            if not any(words[k].lower == "by" for k in _children(words, agent, "case")):
                words[agent].deprel = "obl"


def _participle_read_as_the_verb(words: list[Word], aside: int, verb: int) -> None:
    """'that Li Qiang, speaking at the forum, called for ...' parsed with 'speaking' the
    clause's verb, 'Li Qiang' its subject and 'called' its conjunct: an aside opened by a
    comma right after its subject hands the clause to the verb after it."""
    subjects = _children(words, aside, "nsubj")
    if words[aside].deprel not in ("ccomp", "conj", "parataxis", "root") or \
            words[verb].deprel != "conj" or len(subjects) != 1 or \
            words[aside - 1].text != "," or _children(words, aside, "aux", "aux:pass", "cc") or \
            _span_end(words, subjects[0]) != aside - 2:
        return
    _take_place(words, verb, aside)
    for k in _children(words, aside, "mark", "nsubj"):
        _reattach(words, k, verb, words[k].deprel)
    _reattach(words, aside, verb, "advcl")


def grants_anonymity(words: list[Word], clause: list[int]) -> bool:
    """Whether a relative clause's words state a source's terms ('who asked not to be
    named')."""
    said = " ".join(words[k].lower for k in clause)
    return lexicon.has_phrase(said, lexicon.anonymity_grants())


def clauses_split_without_a_break(words: list[Word]) -> None:
    """'said the fee would be around £60m', parsed with '£' and '60m' two clauses of 'said':
    a noun phrase read as a clause of the verb, right after another of its clauses with
    nothing between them, is more of that clause."""
    for verb in words:
        clauses = _children(words, verb.index, "ccomp")
        for first, second in zip(clauses, clauses[1:], strict=False):
            if word_extent(words, first)[1] + 1 == word_extent(words, second)[0] and \
                    first > verb.index and words[second].upos in ("NOUN", "PROPN", "NUM"):
                _reattach(words, second, first, "dep")


def subjects_hung_on_what_was_told(words: list[Word]) -> None:
    """'The transport minister, Catherine King, told reporters on Monday the rail link would
    be funded', parsed with the minister a second subject of 'funded' and 'reporters' the
    subject of 'told': a subject before a verb of telling, hung on the clause after it, is
    the verb's subject, and the one after the verb whom it was told."""
    frames = lexicon.verb_frames()
    for verb in words:
        if verb.upos != "VERB" or "recipient" not in frames.get(verb.lemma, ()):
            continue
        told = [k for k in _children(words, verb.index, "nsubj") if k > verb.index]
        for clause in _children(words, verb.index, "ccomp"):
            before = [k for k in _children(words, clause, *SUBJECTS) if k < verb.index]
            if len(told) == 1 and len(before) == 1 and clause > verb.index and \
                    _last_word(words, before[0]) < verb.index and \
                    any(k > verb.index for k in _children(words, clause, *SUBJECTS)):
                _reattach(words, before[0], verb.index, "nsubj")
                _reattach(words, told[0], verb.index, "obj")


def small_clauses_of_findings(words: list[Word]) -> None:
    """'A CNN poll found Haley trailing by 30 points', parsed with 'trailing' an adverbial
    clause of 'found': after a verb of evidence, its object and a participle right after
    it are what was found, the object the participle's subject."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) != "evidence" or \
                _children(words, verb.index, "ccomp"):
            continue
        for found in _children(words, verb.index, "obj"):
            participles = [c for c in _children(words, verb.index, "advcl", "xcomp")
                           if c == _last_word(words, found) + 1 and words[c].xpos == "VBG"
                           and not _children(words, c, "mark", *SUBJECTS)]
            if found > verb.index and participles:
                _reattach(words, participles[0], verb.index, "ccomp")
                _reattach(words, found, participles[0], "nsubj")


def modifiers_read_as_first_objects(words: list[Word]) -> None:
    """'announced record quarterly results', parsed with 'record' and 'results' two
    objects: a bare singular noun that the parser made a first object, followed only by
    the second object's modifiers and that object, modifies it."""
    frames = lexicon.verb_frames()
    verbs = lexicon.reporting_verbs()
    for verb in words:
        objects = [o for o in _children(words, verb.index, "obj") if o > verb.index]
        if verb.upos != "VERB" or verb.lemma not in verbs or len(objects) != 2 or \
                {"naming", "recipient"} & set(frames.get(verb.lemma, ())):
            continue
        first, second = objects
        if words[first].upos == "NOUN" and not words[first].plural and \
                not words[first].children and \
                all(words[k].head == second for k in range(first + 1, second)):
            _reattach(words, first, second, "compound")


def _end_without(words: list[Word], head: int, part: int) -> int:
    """The last word a head governs, punctuation and one of its parts aside."""
    left = set(_descendants(words, part))
    return max(k for k in _descendants(words, head)
               if k not in left and words[k].upos != "PUNCT")


def clauses_read_as_objects_and_modifiers(words: list[Word]) -> None:
    """'Jobs data released Friday showed the economy added 150,000 jobs', parsed with 'the
    economy' and '150,000 jobs' two objects of 'showed' and 'added' a modifier of the first:
    a past tense right after a speech or evidence verb's object, with the verb's next
    object after it, is the verb of a clause whose subject is that object."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        objects = [o for o in _children(words, verb.index, "obj") if o > verb.index]
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in COMPLEMENT_CLASSES or \
                len(objects) != 2 or _children(words, verb.index, "ccomp"):
            continue
        subject, second = objects
        inner = [a for a in _children(words, subject, "acl")
                 if a == _end_without(words, subject, a) + 1 and words[a].xpos in PAST_FORMS
                 and a < second and not _children(words, a, "obj")]
        if inner:
            rest = [k for k in words[verb.index].children
                    if k > second and words[k].upos != "PUNCT"]
            _reattach(words, inner[0], verb.index, "ccomp")
            words[inner[0]].xpos = "VBD"
            _reattach(words, subject, inner[0], "nsubj")
            _reattach(words, second, inner[0], "obj")
            for k in rest:  # 'because they were searching ...' goes on with the clause
                _reattach(words, k, inner[0], words[k].deprel)


def name_head(words: list[Word], index: int) -> int:
    """The head word of the name `index` ends ('Doe' in 'Jane Doe')."""
    while words[index].deprel in ("flat", "flat:name") and words[index].head is not None:
        index = words[index].head
    return index


def fronted_clause_subjects(words: list[Word]) -> None:
    """'The meeting deteriorated from there, said one GOP source': a speech verb with a
    subject on each side, the first one's finite verb read as its modifier; the clause
    before the comma is what was said, the subject after the verb is the speaker (not
    when a relative pronoun opens that modifier: '“...,” one resident, who asked not to be
    named, told AFP')."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) != "speech":
            continue
        subjects = _children(words, verb.index, "nsubj")
        after = [s for s in subjects if s > verb.index]
        before = [s for s in subjects if s < verb.index]
        if not after or not before or words[verb.index - 1].text != ",":
            continue
        clauses = [k for k in _children(words, before[0], "acl", "acl:relcl")
                   if words[k].xpos in FINITE | {"VBN"} and k < verb.index and
                   not any(words[c].lower in RELATIVE for c in words[k].children)]
        if clauses:
            _reattach(words, clauses[0], verb.index, "ccomp")
            _reattach(words, before[0], clauses[0], "nsubj")


def inverted_subjects(words: list[Word]) -> None:
    """'..., said a French military official.', 'Said Ellis: “...”', 'Stated Stone:', '“...,”
    wrote Cameron Easley', '“...,” said the 46-year-old': a noun (or 'the' and an adjective
    standing for one) after a subjectless speech verb, or after a writing verb
    that follows the quotation; a 'subject' inside the quotation right before the verb
    ('“Get out now!” yelled a man') is what was said."""
    verbs = lexicon.reporting_verbs()
    for word in words:
        after_quote = word.index > 0 and words[word.index - 1].text in CLOSING_MARKS | {","}
        opening = _opens_sentence(words, word)
        if word.upos != "VERB" or not (
                word.xpos in FINITE or (after_quote or opening) and word.xpos in ("VBN", "VB")):
            continue
        if not (verbs.get(word.lemma) == "speech" or
                verbs.get(word.lemma) == "writing" and after_quote):
            continue
        subjects = _children(words, word.index, "nsubj", "nsubj:pass", "csubj")
        closing = _quotation_tag(words, word.index)
        quoted = [k for k in subjects if k < closing] if closing is not None else []
        if subjects and quoted != subjects:
            continue
        for k in quoted:
            _reattach(words, k, word.index, "ccomp")
        for child in _children(words, word.index, "ccomp", "obj", "iobj", "dep", "appos",
                               "xcomp"):
            if child in quoted:
                continue
            candidate = words[child]
            comma = any(words[k].text == "," for k in range(word.index, child))
            tag = word.lemma == "say" and words[word.index - 1].text == "," and \
                candidate.lower not in TEMPORAL and not _children(words, word.index, "cc")
            if word.deprel == "conj" and not comma and not tag:
                continue
            described = candidate.upos == "ADJ" and any(
                words[k].lower == "the" for k in _children(words, child, "det"))
            speaker = candidate.upos in ("NOUN", "PROPN") or described or \
                candidate.lower in INDEFINITE_SPEAKERS
            if child > word.index and speaker and \
                    not _children(words, child, "cop", "nsubj", "mark"):
                _reattach(words, child, word.index, "nsubj")
                break


def subjects_cut_from_complements(words: list[Word]) -> None:
    """'Dr. Ben Carson says Democrat Hillary Clinton is not fit ...' parsed with 'Democrat
    Hillary' as the subject of 'says': a name after a speech verb that runs straight into
    the subject of the verb's clause is the start of that subject, and the speaker is left
    to be found before the verb."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) != "speech":
            continue
        for subject in _children(words, verb.index, "nsubj"):
            if subject < verb.index or words[subject].upos != "PROPN":
                continue
            name = [subject, *_children(words, subject, "flat", "compound")]
            if len(name) != len(words[subject].children) + 1:
                continue
            inner = [t for c in _children(words, verb.index, "ccomp")
                     for t in _children(words, c, "nsubj", "nsubj:pass")
                     if word_extent(words, t)[0] == max(name) + 1 and words[t].upos == "PROPN"]
            if inner:
                for k in name:
                    _reattach(words, k, inner[0], "compound")


def subjects_before_inverted_tags(words: list[Word]) -> None:
    """'The economy, said the minister, is growing', parsed with 'economy' the subject of
    'said' and 'minister' its object (or a second subject): a speech verb set off by commas
    right after the noun phrase that opens its sentence, with a noun phrase and a comma after
    it, tells who said the clause that follows; the opening phrase is that clause's subject.
    A post the parser took for the clause's subject ('said Jane Smith, a spokeswoman for the
    agency, will take effect') describes the speaker."""
    verbs = lexicon.reporting_verbs()
    people = lexicon.source_nouns()
    for verb in words[2:]:
        if verb.upos != "VERB" or verbs.get(verb.lemma) != "speech" or \
                verb.lemma in NAMING_VERBS or words[verb.index - 1].text != ",":
            continue
        before = [c for c in _children(words, verb.index, "nsubj") if c < verb.index]
        after = [c for c in _children(words, verb.index, "nsubj", "obj") if c > verb.index]
        if len(before) != 1 or len(after) != 1:
            continue
        subject, speaker = before[0], after[0]
        first, last = word_extent(words, subject)
        opening = next(k for k in range(first, -1, -1) if _opens_sentence(words, words[k]))
        if last != verb.index - 2 or \
                any(words[k].upos != "CCONJ" for k in range(opening, first)) or \
                any(words[k].text in OPENING_MARKS | CLOSING_MARKS
                    for k in range(opening, verb.index)):
            continue
        start, end = word_extent(words, speaker)
        comma = end + 1
        if start != verb.index + 1 or comma >= len(words) or words[comma].text != ",":
            continue
        clause = next((c for c in _children(words, verb.index, "ccomp", "parataxis")
                       if c > comma), None)
        if clause is None:
            continue
        own = _children(words, clause, *SUBJECTS)
        post = own[0] if len(own) == 1 else None
        if post is not None:
            post_first, post_last = word_extent(words, post)
            if post_first != comma + 1 or post_last + 1 >= len(words) or \
                    words[post_last + 1].text != "," or \
                    people.get(words[post].lemma) not in POST_CATEGORIES:
                continue
            _reattach(words, post, speaker, "appos")
        elif own:
            continue
        _reattach(words, subject, clause, "nsubj")
        _reattach(words, speaker, verb.index, "nsubj")
        _reattach(words, clause, verb.index, "ccomp")


def openers_before_parenthetical_tags(words: list[Word]) -> None:
    """'Excluding the charge, the company said, earnings would have risen 5%', parsed with
    'Excluding the charge' a clause of 'said': a phrase that opens the sentence before a
    speech tag set off by commas belongs to what was said, which the tag interrupts; not a
    phrase of speaking ('Speaking to reporters,', 'In a statement,')."""
    verbs = lexicon.reporting_verbs()
    for verb in words[1:-1]:
        if verb.upos != "VERB" or verbs.get(verb.lemma) != "speech" or \
                words[verb.index + 1].text != ",":
            continue
        subjects = [k for k in _children(words, verb.index, "nsubj") if k < verb.index]
        clause = next((c for c in _children(words, verb.index, "ccomp")
                       if word_extent(words, c)[0] == verb.index + 2), None)
        if len(subjects) != 1 or clause is None or words[verb.index + 2].text in OPENING_MARKS:
            continue  # 'As a phone rang, the announcer said, "It's 3 a.m."': the scene
        start = word_extent(words, subjects[0])[0]
        if start == 0 or words[start - 1].text != ",":
            continue
        for opener in _children(words, verb.index, "advcl", "obl"):
            first, last = word_extent(words, opener)
            topic = words[first].lower == "as" and words[first + 1].lower in ("for", "to")
            if last + 1 != start - 1 or not _opens_sentence(words, words[first]) or topic or \
                    words[opener].lemma in verbs or \
                    words[opener].lemma in lexicon.cue_nouns():
                continue  # 'As for RT's political bent, he said, ...' names the topic
            _reattach(words, opener, clause, words[opener].deprel)


def relays_read_as_content(words: list[Word]) -> None:
    """'Russia will retaliate, the minister said, quoted by Interfax', 'said two people had
    been wounded, cited by RIA Novosti': a participle of quoting with its agent, set off by a
    comma at the end of the sentence, names the outlet that relayed the speech; it is no
    part of what was said, though the parser hangs it inside."""
    verbs = lexicon.reporting_verbs()
    for word in words[1:]:
        if word.lemma not in QUOTING or word.xpos != "VBN" or words[word.index - 1].text != "," \
                or not _children(words, word.index, "obl:agent"):
            continue
        after = _last_word(words, word.index) + 1
        if after < len(words) and words[after].sentence == word.sentence and \
                (words[after].upos != "PUNCT" or words[after].text == ","):
            continue  # only a relay that closes the sentence
        speech = word.head
        while speech is not None and (words[speech].lemma not in verbs or speech > word.index):
            speech = words[speech].head
        if speech is not None:
            _reattach(words, word.index, speech, "advcl")


def second_subjects_of_speech_verbs(words: list[Word]) -> None:
    """'The spokesman, answering a question from AFP, said Beijing "has never and will
    never" interfere' parsed with 'Beijing' a second subject of 'said': of a speech verb's
    subjects on either side of it, the one after it is the subject of the clause said, when
    that clause has none."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        subjects = _children(words, verb.index, "nsubj")
        if verb.upos != "VERB" or verbs.get(verb.lemma) != "speech" or len(subjects) != 2 or \
                not subjects[0] < verb.index < subjects[1] or \
                any(_closing_quote(words[k]) for k in range(subjects[0], verb.index)):
            continue  # not '“The locus ... would move,” said Elaine Kamarck'
        after = _last_word(words, subjects[1]) + 1  # the clause follows the name at once
        clause = next((c for c in _children(words, verb.index, "ccomp")
                       if c > subjects[1] and words[c].upos in ("VERB", "AUX", "ADJ", "NOUN")
                       and not _children(words, c, *SUBJECTS) and
                       min(k for k in _descendants(words, c) if words[k].upos != "PUNCT")
                       in (after, after + 1)), None)
        if clause is not None:
            _reattach(words, subjects[1], clause, "nsubj")


def quotations_read_as_adverbials(words: list[Word]) -> None:
    """'"It is not a bug, it is a feature," wrote one Reddit user in a thread about the
    change', parsed with the quotation an adverbial clause of 'wrote': a quotation that
    opens the sentence and closes right before its tag's speech verb is what the verb
    says (not the change the thread was about)."""
    verbs = lexicon.reporting_verbs()
    for verb in words[2:]:
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in SPEECH_CLASSES or \
                _children(words, verb.index, "ccomp") or _quotation_tag(words, verb.index) is None:
            continue
        quoted = [c for c in _children(words, verb.index, "advcl")
                  if c < verb.index and _opens_sentence(words, words[min(_descendants(words, c))])]
        if quoted:
            _reattach(words, quoted[0], verb.index, "ccomp")


def _quotation_tag(words: list[Word], verb: int) -> int | None:
    """The closing mark right before the verb ('”' or '”,') of a quotation that opens the
    verb's sentence, or None."""
    first = next(k for k in range(verb, -1, -1)
                 if k == 0 or words[k - 1].sentence != words[verb].sentence)
    if words[first].text not in OPENING_MARKS:
        return None
    before = _previous_word(words, verb) + 1
    marks = [k for k in range(max(first + 1, before), verb) if _closing_quote(words[k])]
    return marks[-1] if marks else None


def times_read_as_heads(words: list[Word]) -> None:
    """'Hours later, the minister posted on X: ...' parsed with 'Hours' heading the sentence,
    'the minister' its apposition and 'posted' a clause on that: a time opening the sentence
    ('Hours later,', 'Two days earlier,') is when; the verb hung on the noun after the comma is
    the main verb and that noun its subject."""
    for time in words:
        if time.head is not None or time.lemma not in TEMPORAL or \
                not any(words[c].lower in TIME_ADVERBS for c in _children(words, time.index,
                                                                             "advmod")):
            continue
        for noun in _children(words, time.index, "appos", "nsubj"):
            verbs = [c for c in _children(words, noun, "acl", "acl:relcl")
                     if c > noun and not _children(words, c, "nsubj", "mark")]
            if noun < time.index or not verbs:
                continue
            _make_root(words, verbs[0])
            _reattach(words, noun, verbs[0], "nsubj")
            _reattach(words, time.index, verbs[0], "obl:tmod")
            break


def _subject_hung_on_content(words: list[Word], verb: int) -> None:
    """'Turnout was up 12 percent, the county's top election official, Stephen Richer, said
    Tuesday' parsed with the official an apposition of 'percent': an apposition of what
    was said, set off by a comma right before the verb, is the speaker."""
    for clause in [c for c in _children(words, verb, "ccomp") if c < verb]:
        speakers = [a for a in _children(words, clause, "appos")
                    if _last_word(words, a) + 2 == verb and words[verb - 1].text == ","]
        if speakers:
            _reattach(words, speakers[-1], verb, "nsubj")


def temporal_subjects(words: list[Word]) -> None:
    """'Rep. Gwen Moore said Friday that ...' parsed with 'Friday' as the subject: a day or
    a date is never the speaker; a nominal before the verb takes its place. 'Years after
    Bill Clinton claimed ...' parsed with 'Years' as the subject: the one after 'after' is;
    'Wells Fargo just this month announced' (or 'Globex today announced') parsed with the
    name inside the time: the name is; a bare day opening the sentence of a speech verb is
    when, and the speaker is left to be found before the verb ('Thursday at the
    conference, Sen. Graham called out ...'); so is a time with a preposition ('but on
    Tuesday wrote that') or beside another subject ('The day before, ..., Mr. Trump was
    blunt')."""
    for word in words:
        subjects = [s for s in _children(words, word.index, "nsubj")
                    if words[s].lower in TEMPORAL and s > word.index]
        for subject in subjects:
            words[subject].deprel = "obl:tmod"
            earlier = [c for c in word.children if c < word.index
                       and words[c].upos in ("NOUN", "PROPN")
                       and words[c].deprel in ("obl", "dep", "nmod", "appos", "obj")]
            if earlier and not _children(words, word.index, "nsubj"):
                words[earlier[-1]].deprel = "nsubj"
            elif not _children(words, word.index, "nsubj"):
                _subject_hung_on_content(words, word.index)
        for subject in _children(words, word.index, "nsubj"):
            names = [c for c in _children(words, subject, "compound") if c < subject
                     and words[subject].lower in TEMPORAL and (
                         words[c].upos == "PROPN" and _children(words, subject, "det") or
                         words[c].upos in ("PROPN", "NOUN") and words[subject].text in DAYS)]
            if subject < word.index and names:  # 'Wells Fargo just this month announced'
                _reattach(words, names[0], word.index, "nsubj")
                words[subject].deprel = "obl:tmod"
                continue
            if subject > word.index or words[subject].lemma not in TEMPORAL:
                continue
            actors = [n for n in _children(words, subject, "nmod") if n > subject and any(
                words[c].lower in TIME_LINKS for c in _children(words, n, "case"))]
            if actors:
                _reattach(words, actors[0], word.index, "nsubj")
                words[subject].deprel = "obl:tmod"
                for step in (-1, 1):
                    part = actors[0] + step
                    while subject < part < word.index and words[part].head == subject and \
                            words[part].upos == "PROPN":
                        _reattach(words, part, actors[0], "compound" if step < 0 else "flat")
                        part += step
            elif word.lemma in lexicon.reporting_verbs() and \
                    _opens_sentence(words, words[subject]):
                words[subject].deprel = "obl:tmod"  # 'Thursday at the conference, Graham said'
        for subject in _children(words, word.index, "nsubj", "nsubj:pass"):
            others = [s for s in _children(words, word.index, "nsubj", "nsubj:pass")
                      if s != subject and words[s].lower not in TEMPORAL]
            if subject < word.index and words[subject].lower in TEMPORAL and \
                    (others or _children(words, subject, "case")):
                words[subject].deprel = "obl:tmod"


def names_read_as_times(words: list[Word]) -> None:
    """'Christie endorsed Trump last week' parsed as one object 'Trump last week', 'The
    Federal Trade Commission last year sued' as one subject: a name compounded onto an
    object or subject time that 'last', 'this' or 'next' opens is the object or subject,
    and the time says when."""
    for time in words:
        if time.lower not in TEMPORAL or time.head is None or \
                time.deprel not in ("obj", "nsubj", "nsubj:pass"):
            continue
        openers = [k for k in time.children
                   if words[k].lower in TIME_DETERMINERS and k < time.index]
        names = [k for k in _children(words, time.index, "compound")
                 if words[k].upos == "PROPN" and openers and k < min(openers)]
        if not names:
            continue
        name = names[-1]
        head, relation = time.head, time.deprel
        for k in names[:-1]:
            _reattach(words, k, name, "compound")
        _reattach(words, name, head, relation)
        _reattach(words, time.index, head, "obl:tmod")


def counts_read_as_obliques(words: list[Word]) -> None:
    """'Authorities reported at least 20 victims' parsed with 'at' as a preposition: a count
    that 'at least' or 'at most' opens, hung as an oblique on a verb with no object, is the
    verb's object."""
    for word in words:
        if word.deprel != "obl" or word.head is None or \
                _children(words, word.head, "obj", "ccomp"):
            continue
        cases = _children(words, word.index, "case")
        first = word_extent(words, word.index)[0]
        if not cases or words[first].lower != "at" or first + 1 >= len(words) or \
                words[first + 1].lower not in ("least", "most"):
            continue
        word.deprel = "obj"
        for k in cases:
            if words[k].lower == "at":
                _reattach(words, k, first + 1, "case")
        if words[first + 1].head != word.index:
            _reattach(words, first + 1, word.index, "nmod")


def passive_subjects_of_active_verbs(words: list[Word]) -> None:
    """'A military source, speaking on condition of anonymity, confirmed that ...' parsed
    with 'confirmed' a passive: a verb of saying with a clause of its own and no passive
    auxiliary is active, and its 'passive subject' is its subject."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in COMPLEMENT_CLASSES or \
                _children(words, verb.index, "aux:pass", "aux", "nsubj") or \
                not _children(words, verb.index, "ccomp"):
            continue
        for k in _children(words, verb.index, "nsubj:pass"):
            if k < verb.index:
                words[k].deprel = "nsubj"
                verb.xpos = "VBD" if verb.xpos == "VBN" else verb.xpos


def comparisons_read_as_objects(words: list[Word]) -> None:
    """'Local authorities say more than 200 people have been killed' parsed with 'more' the
    object of 'say': 'more', 'fewer' or 'less' right before 'than' belongs to the count that
    'than' opens."""
    verbs = lexicon.reporting_verbs()
    for word in words[:-1]:
        than = words[word.index + 1]
        if word.lower in ("more", "fewer", "less") and than.lower == "than" and \
                word.deprel in ("obj", "advmod") and word.head is not None and \
                words[word.head].lemma in verbs and than.head is not None and \
                than.head != word.head and _dominates(words, word.head, than.head):
            _reattach(words, word.index, than.head, "advmod")


def counts_read_as_modifiers(words: list[Word]) -> None:
    """'one of the people said' parsed with 'one' a number on 'people': a number before an
    'of' phrase heads the phrase (one person, counted from the people), so the noun it
    counts from hangs on it."""
    for word in words[:-1]:
        noun = word.head
        if word.upos != "NUM" or word.deprel != "nummod" or noun is None or \
                words[word.index + 1].lower != "of" or words[word.index + 1].head != noun or \
                noun < word.index or words[noun].head is None:
            continue
        _reattach(words, word.index, words[noun].head, words[noun].deprel)
        _reattach(words, noun, word.index, "nmod")


def trailing_appositions(words: list[Word]) -> None:
    """'..., said Maria Lopez, the union's president.': the noun phrase after the inverted
    subject describes the speaker; it is not a second complement of the verb (nor, with no
    preposition, an oblique: '..., insisted Ron Fisk, the company's safety director')."""
    for word in words:
        subjects = [s for s in _children(words, word.index, "nsubj") if s > word.index]
        if not subjects:
            continue
        subject = subjects[0]
        for child in _children(words, word.index, "ccomp", "obj", "dep", "parataxis", "nsubj",
                               "obl"):
            candidate = words[child]
            if child <= subject or \
                    not any(words[k].text == "," for k in range(_span_end(words, subject), child)):
                continue
            if candidate.upos in ("NOUN", "PROPN") and \
                    not _children(words, child, "cop", "nsubj", "mark", "case"):
                _reattach(words, child, subject, "appos")
            elif _post_read_as_clause(words, child):
                _post_as_apposition(words, child, subject)
    for word in words:  # 'Tedros Adhanom Ghebreyesus, the WHO director-general' as a clause
        if word.deprel == "acl:relcl" and word.head is not None and \
                words[word.head].entity == "PERSON" and _post_read_as_clause(words, word.index):
            _post_as_apposition(words, word.index, word.head)


def _post_as_apposition(words: list[Word], post: int, holder: int) -> None:
    """Make a post the parser read as a clause a noun set beside its holder's name."""
    words[post].upos, words[post].xpos = "NOUN", "NN"
    for k in _children(words, post):
        if k < post and words[k].upos != "PUNCT":
            words[k].deprel = "det" if words[k].upos == "DET" else "compound"
    _reattach(words, post, holder, "appos")


def _post_read_as_clause(words: list[Word], head: int) -> bool:
    """'..., said Tedros Adhanom Ghebreyesus, the WHO chief.' with 'chief' a verb and 'WHO'
    its subject, or 'the IOM director-general' an adjective: a word for a post that closes
    the sentence, opened by an article, read as a clause."""
    phrase = [k for k in _descendants(words, head) if words[k].upos != "PUNCT"]
    first, after = min(phrase), max(phrase) + 1
    return lexicon.source_nouns().get(words[head].lower) in POST_CATEGORIES and \
        words[first].upos == "DET" and words[head].upos in ("VERB", "ADJ") and \
        (after >= len(words) or words[after].sentence != words[head].sentence or
         words[after].upos == "PUNCT" and words[after].text in ".!?")


def names_after_affiliations(words: list[Word]) -> None:
    """'His former business partner at Lenox, Lawrence B. Cummings, called ...': a person's
    name set off after a description names the person described, not the body or place
    the description ends on (the parser hangs it on 'Lenox', or joins it to 'Eastport' in
    'The mayor of Eastport, Linda Caruso, said')."""
    for word in words:
        body = word.head
        if word.deprel not in ("appos", "conj") or word.entity != "PERSON" or body is None or \
                words[body].deprel != "nmod" or words[body].entity == "PERSON" or \
                _children(words, word.index, "cc"):
            continue
        described = words[body].head  # a noun, or a post the tagger took for a name ('MP')
        if described is not None and (words[described].upos == "NOUN" or
                                      _post_word_read_as_name(words[described])) and \
                any(words[k].text == "," for k in range(body + 1, word.index)):
            _reattach(words, word.index, described, "appos")


def _post_word_read_as_name(word: Word) -> bool:
    return word.upos == "PROPN" and lexicon.source_nouns().get(word.lower) in POST_CATEGORIES


def phrases_after_inverted_subjects(words: list[Word]) -> None:
    """'..., said one GOP source in the room.': a phrase that closes the sentence right after
    an inverted subject places the speaker, not the saying (the parser hangs it on the verb);
    a time ('on Tuesday') or a setting of speech ('in a statement') stays with the verb. So
    does an adjective right after it ('said a person familiar with the matter, who ...')."""
    for verb in words:
        if verb.upos != "VERB" or verb.lemma not in lexicon.reporting_verbs():
            continue
        tag = verb.index > 0 and (words[verb.index - 1].text == "," or
                                  _closing_quote(words[verb.index - 1]))
        for subject in (s for s in _children(words, verb.index, "nsubj")
                        if tag and word_extent(words, s)[0] == verb.index + 1):
            after = word_extent(words, subject)[1] + 1
            for phrase in _children(words, verb.index, "obl"):
                first, last = word_extent(words, phrase)
                closes = last + 1 >= len(words) or words[last + 1].sentence != verb.sentence \
                    or words[last + 1].upos == "PUNCT" and words[last + 1].text != ","
                if first == after and words[first].deprel == "case" and closes and \
                        words[first].lower not in SAYING_PREPOSITIONS and \
                        not any(words[k].lower in TEMPORAL for k in range(first, last + 1)) and \
                        words[phrase].lemma not in lexicon.cue_nouns() and \
                        not place_or_time(words[phrase]):
                    _reattach(words, phrase, subject, "nmod")
            for adjective in _children(words, verb.index, "xcomp"):
                if words[adjective].upos == "ADJ" and \
                        word_extent(words, adjective)[0] == after:
                    _reattach(words, adjective, subject, "amod")


def knowledge_phrases(words: list[Word]) -> None:
    """'citing people familiar with the matter', '..., said people close to the company':
    a phrase saying what a source knows, right after the noun for the source, describes it,
    though the parser hangs it on the verb."""
    phrases = {phrase for phrase in lexicon.knowledge_phrases() if len(phrase) == 2}
    for word in words[1:-1]:
        noun, case = words[word.index - 1], words[word.index + 1]
        if (word.lower, case.lower) not in phrases or noun.upos != "NOUN" or \
                case.head is None or word.head == noun.index:
            continue
        if noun.head == word.index and noun.deprel == "compound" and word.head is not None:
            _reattach(words, noun.index, word.head, word.deprel)  # 'a diplomat present at'
            word.upos = "ADJ"
        elif _dominates(words, word.index, noun.index):
            continue
        _reattach(words, word.index, noun.index, "amod")
        _reattach(words, case.head, word.index, "obl")
    _knowledge_objects(words, phrases)
    _knowledge_nouns(words)


def _knowledge_objects(words: list[Word], phrases: set[tuple[str, ...]]) -> None:
    """'a person familiar with the administration's thinking', 'thinking' read as a clause
    of the person's: what a knowledge phrase's preposition governs is its object, a noun."""
    for word in words[:-1]:
        case = words[word.index + 1]
        if (word.lower, case.lower) not in phrases:
            continue
        target = case.head
        while target is not None and words[target].deprel in ("compound", "nmod:poss") and \
                words[target].head is not None and words[target].head > target:
            target = words[target].head
        if target is None or \
                target <= case.index or _dominates(words, word.index, target) or \
                _dominates(words, target, word.index):
            continue
        if words[target].xpos == "VBG":
            words[target].upos, words[target].xpos = "NOUN", "NN"
        _reattach(words, target, word.index, "obl")


def _knowledge_nouns(words: list[Word]) -> None:
    """'two people with direct knowledge of the deliberations', the 'knowledge' hung on the
    verb: a knowledge phrase that opens with a preposition right after the noun for the
    source describes it too."""
    phrases = [p for p in lexicon.knowledge_phrases() if len(p) > 2 and p[0] == "with"]
    for noun in words[:-1]:
        if noun.upos != "NOUN":
            continue
        for phrase in phrases:
            span = words[noun.index + 1 : noun.index + 1 + len(phrase)]
            if len(span) < len(phrase) or tuple(w.lower for w in span) != phrase:
                continue
            head = next((w for w in span if w.upos == "NOUN"), None)
            if head is not None and head.head != noun.index and \
                    not _dominates(words, head.index, noun.index):
                _reattach(words, head.index, noun.index, "nmod")
            break


def names_after_roles(words: list[Word]) -> None:
    """'in the words of the Crown prosecutor, Mark Tedeschi, QC,': a person's name set off
    right after a role names that role's holder, though the parser hangs it on the noun
    the role depends on ('words'), not when that noun is the role ('A lawyer for the family,
    Ben Crump,')."""
    people = lexicon.POSTS
    for word in words:
        holder = word.head
        if word.deprel != "appos" or word.entity != "PERSON" or holder is None:
            continue
        before = word_extent(words, word.index)[0] - 1
        while before > holder and words[before].upos == "PUNCT":
            before -= 1
        role = name_head(words, before)
        if role != holder and words[role].head == holder and \
                words[role].deprel == "nmod" and \
                lexicon.source_nouns().get(words[holder].lemma) not in people and \
                lexicon.source_nouns().get(words[role].lemma) in people:
            _reattach(words, word.index, role, "appos")


def _opens_with_quotation(words: list[Word], index: int) -> bool:
    """Whether the word stands in a quotation that opens its sentence (after nothing but
    punctuation: '(“This is less a crisis,” Crowley wrote)'), not in a title quoted
    inside it ('said Sunday on “Fox News Sunday,” the ...')."""
    start = _sentence_start(words, index)
    k = index - 1
    while k >= start and words[k].text not in OPENING_MARKS:
        k -= 1
    return k >= start and all(words[j].upos == "PUNCT" for j in range(start, k))


def _closing_quote(word: Word) -> bool:
    """A closing quotation mark, not the apostrophe of a possessive ('Sanders’ campaign')."""
    return (word.xpos == "''" or word.text in CLOSING_MARKS) and word.deprel != "case"


def speakers_after_quotes(words: list[Word]) -> None:
    """'“It's a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.': the words between a
    closing quotation mark and a subjectless speech verb name the speaker, however the
    parser hung them (it often pulls them into the quotation)."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in SPEECH_CLASSES or \
                verb.xpos == "VBG":
            continue
        subjects = _children(words, verb.index, "nsubj", "nsubj:pass")
        k = verb.index - 1
        while k >= 0 and words[k].sentence == verb.sentence and not _closing_quote(words[k]) \
                and verb.index - k <= MAX_TAG_WORDS:
            k -= 1
        if k < 0 or words[k].sentence != verb.sentence or not _closing_quote(words[k]) or \
                any(_quoted_in_clause(words, s, k) for s in subjects):
            continue  # 'The band, which released "Hackney Diamonds" last year, said'
        between = range(k + 1, verb.index)
        relative = _relative_words(words, between)
        if verb.index in relative and (verb.deprel != "conj" or
                                       _children(words, verb.index, "cc")):
            continue
        if any(words[j].upos in ("VERB", "AUX") and words[j].deprel not in MODIFIERS
               for j in between if j not in relative):
            continue
        outside = [j for j in between if words[j].head not in between]
        heads = [j for j in outside if words[j].upos in ("PROPN", "NOUN")
                 and not _children(words, j, "case")]
        inside = [s for s in subjects if s in between]
        if inside:
            _name_before_description(words, heads, inside[0], verb.index)
            continue
        if not heads:
            continue
        head = heads[0]
        for j in subjects:
            words[j].deprel = "obl:tmod" if words[j].lower in TEMPORAL else \
                "iobj" if j > verb.index else "dep"
        if _dominates(words, head, verb.index):
            _make_root(words, verb.index)
        _reattach(words, head, verb.index, "nsubj")
        for j in outside:
            if j != head:
                listed = words[j].deprel == "conj" and _children(words, j, "cc")
                _reattach(words, j, head, "appos" if words[j].deprel == "conj" and not listed
                          else words[j].deprel)


def _relative_words(words: list[Word], between: range) -> set[int]:
    """The words of relative clauses set off by commas that open between a quotation and a
    verb ('a White House official, who requested anonymity to discuss internal
    deliberations, told CNN'): part of the speaker's description, not a verb of its own."""
    relative: set[int] = set()
    for j in between:
        if words[j].deprel == "acl:relcl" and \
                any(words[c].text == "," for c in range(between.start, j)):
            relative.update(_descendants(words, j))
    return relative


def _name_before_description(words: list[Word], heads: list[int], subject: int,
                             verb: int) -> None:
    """'“...,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said' parsed with the
    description as the subject: a person's name before it, across a comma, is the subject
    and the description its apposition (also the second of two: '“...,” Leonard E. Burman,
    director of the Tax Policy Center and a professor at Syracuse University, said')."""
    name = heads[0] if heads else None
    start = word_extent(words, subject)[0] if name is not None else 0
    joined = words[start].deprel == "cc" or words[start - 1].text == ","
    if name is None or name >= subject or words[subject].upos != "NOUN" or \
            words[name].upos != "PROPN" or words[name].entity != "PERSON" or not joined:
        return
    _reattach(words, name, verb, "nsubj")
    _reattach(words, subject, name, "appos")


def pronoun_appositions(words: list[Word]) -> None:
    """'“...” for criminal behavior, she said': a pronoun parsed as an apposition of the
    subject is the subject; the noun before it ends what was said."""
    for word in words:
        if word.deprel != "nsubj" or word.head is None:
            continue
        pronouns = [c for c in _children(words, word.index, "appos")
                    if c > word.index and words[c].upos == "PRON"
                    and words[c].lower in SUBJECT_PRONOUNS]
        if pronouns:
            verb = word.head
            _reattach(words, pronouns[0], verb, "nsubj")
            clauses = _children(words, verb, "ccomp")
            _reattach(words, word.index, clauses[0] if clauses else verb, "obl")


def quoted_subjects(words: list[Word]) -> None:
    """'“... and what he's actually proposed,” said Len Burman': of two subjects, one
    inside the quotation before the verb and one outside it, the quotation's is part of
    what was said; a quotation inside a relative clause on the subject leaves it outside."""
    for verb in words:
        subjects = _children(words, verb.index, "nsubj")
        quoted = [s for s in subjects if s < verb.index and
                  any(_closing_quote(words[k]) and not _quoted_in_clause(words, s, k)
                      for k in range(s + 1, verb.index))]
        if quoted and len(quoted) == len(subjects):
            _name_after_quotation(words, quoted[-1], verb.index)
            continue
        if not quoted:
            continue
        clauses = _children(words, verb.index, "ccomp", "parataxis")
        for subject in quoted:
            _reattach(words, subject, clauses[0] if clauses else verb.index, "dep")


def _quoted_in_clause(words: list[Word], noun: int, closing: int) -> bool:
    """Whether a quotation closing at `closing` opens and closes inside a relative clause on
    a noun ('The actor, who starred in HBO's "Succession," said': the quotation is the
    clause's, and the noun stands outside it)."""
    clause = {k for c in _children(words, noun, "acl:relcl") for k in _descendants(words, c)}
    marks = [k for k in clause if words[k].text in OPENING_MARKS | CLOSING_MARKS]
    return closing in clause and len(marks) >= 2 and words[min(marks)].text in OPENING_MARKS


def _name_after_quotation(words: list[Word], subject: int, verb: int) -> None:
    """'“Very good reporter, this guy,” Trump, the GOP frontrunner ..., said' parsed with the
    quotation as the subject and the name hung on it: the name right after the closing
    mark is the speaker (the quotation is left for the quotation rules to place)."""
    close = next((k for k in range(subject + 1, verb) if _closing_quote(words[k])), None)
    name = close + 1 if close is not None else verb
    while name < verb and words[name].upos == "PUNCT":
        name += 1
    if name >= verb or words[name].upos != "PROPN" or not _dominates(words, subject, name):
        return
    _reattach(words, name, verb, "nsubj")
    for k in _children(words, subject):
        if k > name:
            _reattach(words, k, name, "appos" if words[k].deprel == "conj" else words[k].deprel)
    _reattach(words, subject, verb, "dep")


def gerund_modifiers(words: list[Word]) -> None:
    """'Voting rights advocates have expressed ...' parsed with 'Voting' as a clausal subject
    beside the noun one: a bare gerund right before the subject noun phrase modifies it."""
    for word in words:
        if word.deprel != "csubj" or word.children or word.head is None:
            continue
        subjects = [s for s in _children(words, word.head, "nsubj")
                    if min(_descendants(words, s)) == word.index + 1]
        if subjects:
            _reattach(words, word.index, subjects[0], "compound")


def according_to_openers(words: list[Word]) -> None:
    """'According to talk radio host Rush Limbaugh, the move reeks of “fear”' parsed with the
    clause after the comma hung inside the source's name: a sentence opened by 'according
    to' has its main clause after the comma that closes the phrase."""
    for first in words:
        if first.lower != "according" or first.index + 1 >= len(words) or \
                words[first.index + 1].lower != "to" or \
                first.index > 0 and words[first.index - 1].sentence == first.sentence:
            continue
        sentence = [w for w in words[first.index:] if w.sentence == first.sentence]
        comma = next((w.index for w in sentence if w.text == ","), None)
        if comma is None:
            continue
        tops = [w.index for w in sentence if w.index > comma and w.head is not None
                and w.head < comma and w.upos != "PUNCT"]
        root = next((w.index for w in sentence if w.head is None), None)
        if not tops or root is None or root > comma or words[tops[0]].upos in ("ADV", "INTJ"):
            continue
        main = tops[0]
        _make_root(words, main)
        _reattach(words, root, main, "obl")
        for k in tops[1:] + [w.index for w in sentence if w.index > comma and w.head is not None
                             and w.head < comma and w.upos == "PUNCT"]:
            _reattach(words, k, main, words[k].deprel)


def according_to_clauses(words: list[Word]) -> None:
    """'according to court papers filed on Monday' parsed with 'according to' marking the
    participle as a clause whose subject is 'papers': after 'according to' comes who or what
    is cited, so the noun is the phrase's head and the participle only describes it."""
    for first in words:
        verb = first.head
        if first.lower != "according" or first.deprel != "mark" or verb is None or \
                first.index + 1 >= len(words) or words[first.index + 1].lower != "to" or \
                words[verb].upos != "VERB" or verb < first.index:
            continue
        upper = words[verb].head
        if words[verb].deprel == "acl" and upper is not None and upper > first.index + 1:
            noun = upper
        else:
            cited = [c for c in _children(words, verb, "nsubj", "nsubj:pass")
                     if first.index + 1 < c < verb and words[c].upos in NOMINAL]
            if not cited or upper is None:
                continue
            noun = cited[0]
            _reattach(words, noun, upper, "obl")
            _reattach(words, verb, noun, "acl")
        _reattach(words, first.index, noun, "case")
        _reattach(words, first.index + 1, first.index, "fixed")


def appositions_after_according_to(words: list[Word]) -> None:
    """'..., according to Graphika, a firm that tracks online disinformation.' parsed with
    'a firm' a second subject of the sentence's verb: a noun phrase right after the comma
    that closes what 'according to' cites, opening with an article and headed by a word for
    a source (a firm, a report, an expert), or a post without one (', chief economist at
    Redfin'), running to the end of the sentence, describes what is cited (not '...,
    according to public filings, a huge sum for a firm ...')."""
    for first in words[:-3]:
        cited = first.head
        if first.lower != "according" or first.deprel != "case" or cited is None or \
                words[first.index + 1].lower != "to":
            continue
        comma = _span_end(words, cited) + 1
        if comma + 2 >= len(words) or words[comma].text != "," or \
                words[comma].sentence != first.sentence:
            continue
        noun = next((k for k in range(comma + 1, len(words))
                     if words[k].upos in NOMINAL or words[k].sentence != first.sentence), None)
        if noun is None or words[noun].sentence != first.sentence or \
                _dominates(words, cited, noun) or words[noun].head == cited:
            continue
        category = lexicon.source_nouns().get(words[noun].lemma)
        article = words[comma + 1].lower in ("a", "an", "the")
        post = category in ("title", "role") or any(  # 'chief economist at Redfin'
            words[k].upos == "PROPN" and {words[c].lower for c in _children(words, k, "case")}
            & {"at", "of", "for"} for k in _children(words, noun, "nmod"))
        if not (article and category is not None or post):
            continue
        rest = [k for k in range(comma + 1, len(words))
                if words[k].sentence == first.sentence and words[k].upos != "PUNCT"]
        if set(rest) <= set(_descendants(words, noun)) | set(range(comma + 1, noun)):
            _reattach(words, noun, cited, "appos")
            _reattach(words, comma, noun, "punct")


def verbs_after_according_to(words: list[Word]) -> None:
    """'according to show insiders' parsed as 'to show' an infinitive whose object is
    'insiders': after 'according to' comes who is cited, so the verb is the modifier of the
    noun that follows it, and the noun takes the verb's place."""
    for verb in words:
        if verb.upos != "VERB" or verb.index < 2 or verb.index + 1 >= len(words) or \
                words[verb.index - 1].lower != "to" or \
                words[verb.index - 2].lower != "according":
            continue
        noun = words[verb.index + 1]
        if noun.upos not in ("NOUN", "PROPN") or noun.head != verb.index or \
                noun.sentence != verb.sentence:
            continue
        if verb.head is None:
            _make_root(words, noun.index)
        else:
            _reattach(words, noun.index, verb.head, "obl")
        _reattach(words, verb.index, noun.index, "compound")
        verb.upos, verb.xpos, verb.lemma = "NOUN", "NN", verb.lower
        _reattach(words, verb.index - 2, noun.index, "case")
        _reattach(words, verb.index - 1, verb.index - 2, "fixed")
        for k in _children(words, verb.index):
            _reattach(words, k, noun.index, words[k].deprel)


def reduced_relatives(words: list[Word]) -> None:
    """'A Quinnipiac poll released in late August found that ...' parsed with 'poll' as the
    subject of 'released' and 'released' as a clause of 'found': a past participle with no
    auxiliary between a noun and a verb that lacks a subject describes the noun, which is
    that verb's subject (also after a negation: 'A cardiologist not involved in the study
    said')."""
    for word in words:
        head = word.head
        if word.xpos not in PAST_FORMS or word.deprel not in ("ccomp", "parataxis", "csubj") or \
                head is None or head < word.index or words[head].upos != "VERB" or \
                _children(words, word.index, "aux", "aux:pass", "cop"):
            continue
        # the participle's own subject, or one the verb already has right before it ('A
        # researcher not connected to the trial said', 'connected' hung on 'said')
        held = _children(words, head, *SUBJECTS)
        subjects = [c for c in held or _children(words, word.index, "nsubj", "nsubj:pass")
                    if c < word.index and words[c].upos in ("NOUN", "PROPN") and
                    all(words[k].deprel == "advmod" and words[k].head == word.index
                        for k in range(c + 1, word.index))]
        if subjects and not any(words[k].text == "," for k in range(word.index, head)):
            _reattach(words, subjects[0], head, "nsubj")
            _reattach(words, word.index, subjects[0], "acl")


def present_participle_asides(words: list[Word]) -> None:
    """'A senior official, speaking on condition of anonymity to discuss the talks, said ...'
    parsed with 'speaking' as what was said: an -ing participle with no subject, set off by
    commas between a speech verb's subject and the verb, is an aside about the speaker."""
    verbs = lexicon.reporting_verbs()
    for word in words[2:]:
        verb = word.head
        if word.xpos != "VBG" or words[word.index - 1].text != "," or verb is None or \
                verb <= word.index or word.deprel not in ("ccomp", "xcomp", "parataxis") or \
                words[verb].lemma not in verbs or words[verb - 1].text != "," or \
                _children(words, word.index, *SUBJECTS):
            continue
        pieces = [c for c in _children(words, verb) if word.index < c < verb - 1 and
                  word_extent(words, c)[0] > word.index]  # '... because they were not ...'
        covered = set(_descendants(words, word.index)).union(
            *(_descendants(words, c) for c in pieces))
        if not set(range(word.index, verb - 1)) <= covered:
            continue
        if any(word_extent(words, c)[1] == word.index - 2
               for c in _children(words, verb, "nsubj", "nsubj:pass")):
            word.deprel = "advcl"
            for piece in pieces:
                _reattach(words, piece, word.index, "advcl")


def asides_taken_for_subjects(words: list[Word]) -> None:
    """'The official, requesting anonymity, said ...' parsed with 'official' an adjective of
    'anonymity' and 'anonymity' the subject of 'said': when the subject of a speech verb
    stands inside an -ing aside set off by commas right before it, the word for a person
    before the aside is the subject and the aside is about it."""
    verbs = lexicon.reporting_verbs()
    for verb in words[4:]:
        if verbs.get(verb.lemma) not in SETTING_CLASSES or words[verb.index - 1].text != ",":
            continue
        start = verb.index - 2
        while start > 0 and words[start].text != "," and verb.index - start < MAX_TAG_WORDS:
            start -= 1
        aside = range(start + 1, verb.index - 1)
        person = words[start - 1] if start > 0 else None
        if not aside or words[start].text != "," or words[aside[0]].xpos != "VBG" or \
                person is None or lexicon.source_nouns().get(person.lemma) not in \
                PERSON_CATEGORIES or not any(
                    k in aside for k in _children(words, verb.index, *SUBJECTS)):
            continue
        participle = aside[0]
        _reattach(words, participle, verb.index, "advcl")
        for k in aside:
            if words[k].head not in aside and k != participle:
                relation = "obj" if words[k].upos in NOMINAL else words[k].deprel
                _reattach(words, k, participle, relation)
        person.upos, person.xpos = "NOUN", "NN"
        for k in range(start - 1):
            if words[k].head == person.head and words[k].sentence == verb.sentence and \
                    words[k].upos == "DET":
                _reattach(words, k, person.index, "det")
        _reattach(words, person.index, verb.index, "nsubj")
        _reattach(words, start, participle, "punct")


def openers_hung_in_that_clauses(words: list[Word]) -> None:
    """'In an email to staff, the chief executive warned that ...' parsed with the opening
    phrase inside the 'that' clause: nothing of a clause that 'that' opens after the verb
    can stand before the verb, so what opens the sentence is the verb's."""
    for clause in words:
        verb = clause.head
        if clause.deprel != "ccomp" or verb is None or verb > clause.index or \
                not any(verb < k < clause.index and words[k].lower == "that"
                        for k in _children(words, clause.index, "mark")):
            continue
        for k in _children(words, clause.index, "obl", "advmod", "advcl", "obl:tmod"):
            if k < verb:
                _reattach(words, k, verb, words[k].deprel)


def participles_read_as_main_verbs(words: list[Word]) -> None:
    """'A study published Monday in the journal JAMA found that ...' parsed with 'published'
    the main verb and 'JAMA found ...' a second clause: a participle with no auxiliary after
    a document noun, followed with no conjunction by a verb of finding or saying whose subject ends
    the participle's phrase, describes the noun, which is that verb's subject (the name or
    time before the verb belongs to the phrase: 'the journal JAMA', 'released last month
    found', 'published Wednesday in JAMA found')."""
    verbs = lexicon.reporting_verbs()
    for participle in words:
        subjects = [k for k in _children(words, participle.index, "nsubj")
                    if k < participle.index and words[k].upos == "NOUN" and
                    lexicon.source_nouns().get(words[k].lemma) == "document"]
        if participle.xpos not in PAST_FORMS or not subjects or \
                _children(words, participle.index, "aux", "aux:pass", "cop"):
            continue
        # 'published Wednesday in JAMA found': the day read as the participle's object, or
        # as the subject of the verb after it
        day = next((k for k in (participle.index + 1, participle.index + 2)
                    if k < len(words) and words[k].lower in TEMPORAL and
                    all(words[j].lower in TIME_DETERMINERS
                        for j in range(participle.index + 1, k))), None)  # 'last week'
        for verb in _children(words, participle.index, "conj", "ccomp"):
            named = [k for k in _children(words, verb, "nsubj")
                     if participle.index < k < verb and k in (verb - 1, day)]
            if not named and day in _children(words, participle.index, "obj") and \
                    not _children(words, verb, "nsubj", "nsubj:pass"):
                named = [day]
            if not named or verbs.get(words[verb].lemma) not in COMPLEMENT_CLASSES or \
                    _children(words, verb, "cc", "mark") or words[verb].xpos not in FINITE:
                continue
            when = words[named[0]].lower in TEMPORAL  # 'released last month found'
            if not when and (words[named[0]].upos != "PROPN" or
                             words[named[0] - 1].upos != "NOUN"):
                continue
            _take_place(words, verb, participle.index)
            if when:
                _reattach(words, named[0], participle.index, "obl:tmod")
            else:
                _reattach(words, named[0], named[0] - 1, "appos")
            _reattach(words, subjects[0], verb, "nsubj")
            _reattach(words, participle.index, subjects[0], "acl")
            break


def descriptions_read_as_clauses_of_their_names(words: list[Word]) -> None:
    """'Joe Madison, a talk radio host considered one of the most influential, recalled
    that ...' parsed with 'considered' the main verb, both 'Joe Madison' and 'host' its
    subjects and 'recalled' a clause of it: a participle with no auxiliary whose second
    subject is a description set off after a name, followed after a comma by a speech verb
    with no subject, describes the description; the verb is the sentence's and the name
    its subject."""
    verbs = lexicon.reporting_verbs()
    for participle in words:
        if participle.xpos not in PAST_FORMS or participle.upos != "VERB" or \
                _children(words, participle.index, "aux", "aux:pass", "cop"):
            continue
        subjects = [k for k in _children(words, participle.index, "nsubj", "nsubj:pass")
                    if k < participle.index]
        if len(subjects) != 2 or words[subjects[0]].upos != "PROPN" or \
                words[subjects[1]].upos != "NOUN" or \
                _span_end(words, subjects[1]) + 1 != participle.index or not any(
                    words[k].text == "," for k in range(subjects[0] + 1, subjects[1])):
            continue
        # the first verb set off after the participle's phrase, wherever the parser hung it
        verb = next((k for k in range(participle.index + 1, len(words))
                     if words[k].sentence == participle.sentence and words[k - 1].text == ","
                     and words[k].upos == "VERB"), None)
        if verb is None or words[verb].xpos not in FINITE | PAST_FORMS or \
                words[verb].lemma not in verbs or \
                _children(words, verb, *SUBJECTS, "mark", "cc"):
            continue
        name, description = subjects
        _take_place(words, verb, participle.index)
        _reattach(words, name, verb, "nsubj")
        _reattach(words, description, name, "appos")
        _reattach(words, participle.index, description, "acl")
        for k in _children(words, participle.index):
            if k > verb:
                _reattach(words, k, verb, words[k].deprel)


def participle_asides(words: list[Word]) -> None:
    """'The press secretary, asked whether the president would veto the bill, said no
    decision had been made' parsed with 'asked' as the sentence's verb and 'said' as what
    was asked (or 'asked' as what was said): a participle set off by commas right after the
    subject is an aside about it, and the finite verb after the aside, which has no
    subject, is the subject's."""
    for word in words[2:]:
        if word.xpos not in PAST_FORMS or words[word.index - 1].text != "," or \
                _children(words, word.index, "aux", "aux:pass", "cop"):
            continue
        holders = [word.index] if word.head is None else [word.index, word.head]
        subjects = [c for h in holders for c in _children(words, h, "nsubj", "nsubj:pass")
                    if word_extent(words, c)[1] == word.index - 2]
        verbs = [c for c in _children(words, word.index, "ccomp", "conj", "parataxis")
                 if c > word.index and words[c].xpos in FINITE and words[c - 1].text == ","
                 and not _children(words, c, *SUBJECTS)]
        upper = word.head
        if not subjects or not verbs and not (
                upper is not None and upper > word.index and words[upper].xpos in FINITE and
                words[upper - 1].text == "," and
                set(_children(words, upper, *SUBJECTS)) <= set(subjects)):
            continue
        verb = verbs[0] if verbs else upper
        if verb != upper:  # the verb takes the participle's place
            if upper is None:
                _make_root(words, verb)
            else:
                _reattach(words, verb, upper, word.deprel)
        _reattach(words, subjects[0], verb, "nsubj")
        _reattach(words, word.index, subjects[0], "acl")


def absorbed_subjects(words: list[Word]) -> None:
    """'The S.E.C. said the increase ...' parsed with 'The S.E.C.' as the subject of the
    clause after 'said', or 'Dr. Mariano, a former physician, said' read as 'Mariano [is] a
    physician': a subject before a speech verb that has none is the verb's."""
    verbs = lexicon.reporting_verbs()
    for word in words:
        if word.upos != "VERB" or word.lemma not in verbs or \
                _children(words, word.index, "nsubj", "nsubj:pass", "csubj", "expl"):
            continue
        for clause in _children(words, word.index, "ccomp"):
            subjects = [s for s in _children(words, clause, "nsubj") if s < word.index]
            if clause > word.index and subjects:
                _reattach(words, subjects[0], word.index, "nsubj")
                break
            if clause < word.index and subjects and words[clause].upos in ("NOUN", "PROPN") \
                    and words[subjects[0]].upos == "PROPN" \
                    and word_extent(words, clause)[1] + 1 >= word.index - 1:
                _reattach(words, subjects[0], word.index, "nsubj")
                _reattach(words, clause, subjects[0], "appos")
                break


def objects_before_clauses(words: list[Word]) -> None:
    """'Sanders said the tax breaks used by Trump “do nothing ...”' parsed with 'breaks' as the
    object of 'said' and 'do' as a clause with no subject: a noun phrase that runs straight
    into a finite clause lacking a subject is that clause's subject (so is a name read as
    the indirect object of a verb that takes none: 'said Bukayo Saka would be out'; a count:
    'said two of its staff had been killed'); a
    second clause hung on the verb inside the first's words is part of it."""
    verbs = lexicon.reporting_verbs()
    frames = lexicon.verb_frames()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in COMPLEMENT_CLASSES:
            continue
        objects = ("obj",) if "recipient" in frames.get(verb.lemma, ()) else ("obj", "iobj")
        clauses = _children(words, verb.index, "ccomp")
        for inner in clauses:
            outer = [c for c in clauses if c != inner and
                     word_extent(words, c)[0] < inner < word_extent(words, c)[1]]
            if outer and inner > verb.index:
                _reattach(words, inner, outer[0], "advmod")
        # 'saying it offered “a meaningful advance”', read as 'saying it (was) offered'
        small = [] if "naming" in frames.get(verb.lemma, ()) else [
            c for c in _children(words, verb.index, "xcomp") if words[c].xpos == "VBN"
            and not _children(words, c, "mark")]
        for clause in _children(words, verb.index, "ccomp") + small:
            bare_participle = words[clause].xpos == "VBN" and \
                not _children(words, clause, "aux", "aux:pass", "cop")
            if clause < verb.index or not (_finite(words, clause) or bare_participle) or \
                    _children(words, clause, *SUBJECTS):
                continue
            start = word_extent(words, clause)[0]
            for noun in _children(words, verb.index, *objects):
                last = _previous_word(words, word_extent(words, noun)[1] + 1)
                if verb.index < noun < clause and words[noun].upos in NOMINAL | {"NUM"} and \
                        last == _previous_word(words, start):
                    _reattach(words, noun, clause, "nsubj")
                    words[clause].xpos = "VBD" if bare_participle else words[clause].xpos
                    words[clause].deprel = "ccomp"
                    break


def subjects_read_as_clauses_of_telling(words: list[Word]) -> None:
    """'The district's superintendent, Aaron Blake, told parents that ...' parsed with the
    fronted phrase a clause of 'told' and 'parents' its subject: a noun phrase (a word for a
    person the tagger took for an adjective included) that ends right before a verb of
    telling and hangs on it as its clause is its subject, the person after the verb is whom
    it was told, and a 'that' clause on that person is what was said."""
    frames = lexicon.verb_frames()
    people = lexicon.source_nouns()
    for verb in words:
        if verb.upos != "VERB" or "recipient" not in frames.get(verb.lemma, ()):
            continue
        fronted = [c for c in _children(words, verb.index, "ccomp") if c < verb.index
                   and (words[c].upos in ("NOUN", "PROPN") or words[c].upos == "ADJ"
                        and people.get(words[c].lemma) in PERSON_CATEGORIES)
                   and _previous_word(words, verb.index) ==
                   _previous_word(words, max(_descendants(words, c)) + 1)]
        listeners = [s for s in _children(words, verb.index, "nsubj", "iobj", "obj")
                     if s == verb.index + 1 and words[s].upos in NOMINAL]
        if not fronted or not listeners:
            continue
        subject, listener = words[fronted[0]], listeners[0]
        if subject.upos == "ADJ":
            subject.upos, subject.xpos = "NOUN", "NN"
        _reattach(words, subject.index, verb.index, "nsubj")
        _reattach(words, listener, verb.index, "obj")
        for clause in _children(words, listener, "acl"):
            marks = _children(words, clause, "mark")
            if marks and words[marks[0]].lower == "that" and \
                    marks[0] == word_extent(words, clause)[0]:
                _reattach(words, clause, verb.index, "ccomp")


def settings_set_off_after_subjects(words: list[Word]) -> None:
    """'The governor's office, in a statement Wednesday, said ...', 'The senator, in his
    remarks, promised ...', parsed with the phrase between the commas a modifier of the
    subject: a phrase opened by a preposition of setting, set off by commas right before a
    speech verb, tells where or how it was said, not who said it (a place is left alone:
    'an official, in Kyiv, said')."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verb.lemma not in verbs or verb.index < 2 or \
                words[verb.index - 1].text != ",":
            continue
        for subject in _children(words, verb.index, "nsubj"):
            inner = [k for k in words[subject].children if subject < k < verb.index - 1
                     and words[k].deprel in ("nmod", "nmod:tmod", "obl", "obl:tmod")]
            opening = min((d for k in inner for d in _descendants(words, k)
                           if words[d].upos != "PUNCT"), default=None)
            if opening is None or opening < 1 or words[opening - 1].text != "," or \
                    words[opening].lower not in SETTING_PREPOSITIONS or \
                    any(words[k].entity == "LOC" for k in inner):
                continue
            covered = {d for k in inner for d in _descendants(words, k)}
            if not all(k in covered or words[k].upos == "PUNCT"
                       for k in range(opening, verb.index - 1)):
                continue
            for k in inner:
                _reattach(words, k, verb.index,
                          "obl:tmod" if words[k].deprel.endswith("tmod") or
                          not _children(words, k, "case") else "obl")


def recipient_clauses(words: list[Word]) -> None:
    """'told reporters the plan would fail' parsed with 'the plan would fail' as a relative
    clause on 'reporters': a clause with a subject of its own and no relative word, after
    the person told, is what they were told; so is one that 'that' opens ('told The New
    York Times that Ms. Malik communicated ...'), 'that' then being its complementizer, and
    one 'that' opens after whom it was written or said to ('wrote in a note to clients that
    the rally could continue')."""
    frames = lexicon.verb_frames()
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in COMPLEMENT_CLASSES or \
                _children(words, verb.index, "ccomp"):
            continue
        told = _children(words, verb.index, "obj", "iobj") \
            if "recipient" in frames.get(verb.lemma, ()) else []
        addressed = [k for k in _children(words, verb.index, "obl")  # 'wrote ... to clients that'
                     if [words[c].lower for c in _children(words, k, "case")] == ["to"]
                     and _may_speak(words[k])]
        for person in told + addressed:
            for clause in _children(words, person, "acl:relcl"):
                subjects = [s for s in _children(words, clause, "nsubj", "nsubj:pass")
                            if words[s].lower not in RELATIVE | {"that"}]
                relatives = [k for k in words[clause].children
                             if words[k].lower in RELATIVE | {"that"}]
                opener = word_extent(words, clause)[0]
                if clause < person or not subjects or \
                        person in addressed and words[opener].lower != "that":
                    continue
                if relatives == [opener] and words[opener].lower == "that":
                    _reattach(words, opener, clause, "mark")
                    relatives = []
                if not relatives:
                    _reattach(words, clause, verb.index, "ccomp")


def particles_after_clauses(words: list[Word]) -> None:
    """'He told her the deal was off', parsed as 'told ... off': a particle after the verb's
    clause has begun ends that clause ('was off'); it is no part of the verb."""
    for word in words:
        if word.deprel != "compound:prt" or word.head is None:
            continue
        clauses = [c for c in _children(words, word.head, "ccomp")
                   if word.head < c < word.index and word.index - 1 in _descendants(words, c)]
        if clauses:
            _reattach(words, word.index, clauses[0], "advmod")


def prepositions_before_quotations(words: list[Word]) -> None:
    """'accused her of "burying her head in the sand"': a preposition right before an
    opening mark belongs to the quotation's head word, not to a word inside it."""
    for word in words:
        if word.deprel not in ("case", "mark") or word.head is None or word.head <= word.index:
            continue
        after = word.index + 1
        while after < len(words) and words[after].upos == "PUNCT" and \
                words[after].xpos == "``":
            after += 1
        if after == word.index + 1 or after >= len(words) or after == word.head or \
                not _dominates(words, after, word.head):
            continue
        _reattach(words, word.index, after, "mark" if words[after].upos == "VERB" else "case")


def opener_objects(words: list[Word]) -> None:
    """'Citing sources familiar with the matter, Reuters reported ...' parsed with 'sources'
    as a second subject: a participle opening the sentence with no object of its own takes
    the noun right after it, when the verb has its own subject after the comma."""
    for opener in words:
        if opener.upos != "VERB" or opener.xpos != "VBG" or opener.deprel != "advcl" or \
                opener.head is None or _children(words, opener.index, "obj") or \
                opener.index > 0 and words[opener.index - 1].sentence == opener.sentence:
            continue
        subjects = _children(words, opener.head, "nsubj")
        first = [s for s in subjects if min(_descendants(words, s)) == opener.index + 1]
        later = [s for s in subjects if s > opener.index + 1 and s not in first]
        if first and later and any(words[k].text == "," for k in range(first[0], later[0])):
            _reattach(words, first[0], opener.index, "obj")


def that_clauses_read_as_adverbials(words: list[Word]) -> None:
    """'Reuters reported, citing two sources, that the deal had collapsed' parsed with the
    'that' clause as an adverbial: a clause a speech verb governs that opens with 'that'
    right after an aside set off by commas is what was said."""
    verbs = lexicon.reporting_verbs()
    for word in words:
        if word.deprel != "advcl" or word.head is None or \
                verbs.get(words[word.head].lemma) not in SETTING_CLASSES:
            continue
        opener = min(k for k in _descendants(words, word.index) if words[k].upos != "PUNCT")
        if words[opener].lower == "that" and words[opener].deprel == "mark" and \
                (words[opener - 1].text == "," or _after_setting(words, word.head, opener)) \
                and not _children(words, word.head, "ccomp"):
            words[word.index].deprel = "ccomp"


def that_clauses_read_as_relatives(words: list[Word]) -> None:
    """'told reporters outside the courthouse that she would plead not guilty' parsed with
    the clause as a relative one on 'courthouse' ('that' its object): after a speech verb
    with nothing said yet, a 'that' clause with a subject of its own right after where or
    to whom it was said is what was said."""
    verbs = lexicon.reporting_verbs()
    for clause, opener in _that_relatives(words):
        noun = clause.head
        verb = words[noun].head
        # a clause the parser cut off the end of this one ('... after demand for its
        # vaccines fell', 'fell' hung on the speech verb) goes back into it
        later = [c for c in _children(words, verb, "ccomp", "xcomp") if c > opener] \
            if verb is not None else []
        if verb is None or verb > noun or \
                not (words[noun].deprel in ("obl", "obl:tmod") or
                     words[noun].deprel in ("obj", "iobj") and
                     (lexicon.source_nouns().get(words[noun].lemma) in LISTENERS or
                      words[noun].lemma in AUDIENCES or place_or_time(words[noun]))) or \
                verbs.get(words[verb].lemma) not in SETTING_CLASSES or \
                set(_children(words, verb, "ccomp", "xcomp")) - set(later) or \
                not any(words[k].upos == "PRON" for k in _children(words, clause.index,
                                                                     "nsubj", "nsubj:pass")):
            continue
        _as_complement(words, clause.index, verb, "ccomp", opener)
        for stray in later:
            _reattach(words, stray, clause.index, "advcl")


def _that_relatives(words: list[Word]) -> Iterator[tuple[Word, int]]:
    """Each relative clause the parser read with its opening 'that' as its object or
    oblique, or as a subject beside the clause's own ('told a briefing that at least 13,000
    children had been killed'), hung on a word before it, and that 'that'."""
    for clause in words:
        if clause.deprel != "acl:relcl" or clause.head is None or clause.head > clause.index:
            continue
        opener = min(_descendants(words, clause.index))
        subjects = _children(words, clause.index, "nsubj", "nsubj:pass")
        second = words[opener].deprel in ("nsubj", "nsubj:pass") and len(subjects) > 1
        if words[opener].lower == "that" and words[opener].head == clause.index and \
                (words[opener].deprel in ("obj", "obl") or second):
            yield clause, opener


def _as_complement(words: list[Word], clause: int, head: int, relation: str,
                   opener: int) -> None:
    """Hang a clause read as a relative one on the word whose complement it is, its 'that'
    a complementizer."""
    _reattach(words, clause, head, relation)
    _reattach(words, opener, clause, "mark")
    words[opener].upos, words[opener].xpos = "SCONJ", "IN"


def relative_clauses_split_at_conjunctions(words: list[Word]) -> None:
    """'A person who attended the meeting but was not authorized to discuss it publicly said
    ...' parsed with 'but was not authorized ...' a clause of 'said': a clause before a
    speech verb that opens with 'but' or 'and' and has no subject goes on with the relative
    clause on the verb's subject (so does an adverb left between it and the verb)."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.lemma not in verbs:
            continue
        subjects = _children(words, verb.index, "nsubj", "nsubj:pass")
        for clause in [c for c in _children(words, verb.index, "ccomp") if c < verb.index]:
            links = _children(words, clause, "cc")
            relatives = [r for s in subjects if s < clause
                         for r in _children(words, s, "acl:relcl") if r < clause]
            if not links or not relatives or links[0] != word_extent(words, clause)[0] or \
                    _children(words, clause, "nsubj", "nsubj:pass"):
                continue
            _reattach(words, clause, relatives[-1], "conj")
            last = _last_word(words, clause)
            adverbs = [a for a in _children(words, verb.index, "advmod") if a == last + 1]
            infinitives = [k for k in _children(words, clause, "xcomp") if k < verb.index]
            for adverb in adverbs:
                _reattach(words, adverb, infinitives[-1] if infinitives else clause, "advmod")


def terms_read_as_content(words: list[Word]) -> None:
    """'..., said a senior bureaucrat requesting anonymity.' parsed with the bureaucrat the
    object of 'said' and 'requesting anonymity' what was said: a participle right after
    the person a speech verb names (not set off by a comma), that grants that person
    anonymity, gives the terms the person spoke on, and the person is the speaker."""
    verbs, people = lexicon.reporting_verbs(), lexicon.source_nouns()
    for verb in words:
        if verb.lemma not in verbs or verb.upos != "VERB":
            continue
        for person in _children(words, verb.index, "obj", "nsubj"):
            if person < verb.index or people.get(words[person].lemma) not in PERSON_CATEGORIES:
                continue
            terms = [c for c in _children(words, verb.index, "ccomp", "xcomp", "advcl")
                     if c > person and words[c].xpos == "VBG" and words[c - 1].text != "," and
                     grants_anonymity(words, sorted(_descendants(words, c)))]
            if terms:
                _reattach(words, terms[0], person, "acl")
                _reattach(words, person, verb.index, "nsubj")


def descriptions_read_as_clauses(words: list[Word]) -> None:
    """'Mercy Mwangi, the county health executive, said ...' and '"...," meteorologist Lisa
    Chen said' parsed with the description a clause of 'said': a clause before a speech verb
    that sits between commas right after its subject, or is a single word for a post right
    before the subject's name, describes the speaker."""
    verbs, people = lexicon.reporting_verbs(), lexicon.source_nouns()
    for verb in words:
        subjects = _children(words, verb.index, "nsubj")
        if verb.lemma not in verbs or not subjects:
            continue
        subject = subjects[0]
        first, last = word_extent(words, subject)
        for clause in [c for c in _children(words, verb.index, "ccomp") if c < verb.index]:
            start, end = word_extent(words, clause)
            if subject < clause and start == last + 2 and end + 2 == verb.index and \
                    words[last + 1].text == "," and words[end + 1].text == ",":
                _reattach(words, clause, subject, "appos")
            elif clause == first - 1 and \
                    all(words[k].upos == "PUNCT" for k in words[clause].children) and \
                    words[clause].upos == "NOUN" and \
                    people.get(words[clause].lemma) in POST_CATEGORIES:
                _reattach(words, clause, subject, "compound")


def relatives_read_as_content(words: list[Word]) -> None:
    """'The man was taken to a hospital, where he was declared dead, the police said.' parsed
    with the 'where' clause what the police said and 'said' beside 'taken': a clause set
    off by a comma and opened by a relative word right after a noun, before a tag on the
    sentence, is a relative clause on that noun, and the tag is on the whole sentence."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        head = verb.head
        if verb.lemma not in verbs or verb.deprel != "parataxis" or head is None or \
                head > verb.index:
            continue
        for clause in [c for c in _children(words, verb.index, "ccomp") if c < verb.index]:
            start = word_extent(words, clause)[0]
            noun = start - 2
            if start < 2 or words[start].lower not in NOUN_RELATIVES or \
                    words[start - 1].text != "," or words[noun].upos not in ("NOUN", "PROPN") \
                    or not _dominates(words, head, noun):
                continue
            _reattach(words, clause, noun, "acl:relcl")


def clauses_read_as_objects_of_say(words: list[Word]) -> None:
    """'said the decision followed "years of prayerful discernment"' parsed with 'the
    decision' the object of 'said', 'followed' a participle on it and the quotation the
    clause: after 'say', a noun with a past verb form right after it, then the rest, is
    a clause of its own, the noun its subject."""
    for verb in words:
        if verb.lemma != "say" or verb.upos != "VERB":
            continue
        for noun in _children(words, verb.index, "obj"):
            follows = [k for k in _children(words, noun, "acl")
                       if k == noun + 1 and words[k].xpos in PAST_FORMS and not words[k].children]
            rest = [c for c in _children(words, verb.index, "ccomp") if c > noun]
            if noun < verb.index or not follows or not rest or not all(
                    words[k].upos == "PUNCT"
                    for k in range(follows[0] + 1, word_extent(words, rest[0])[0])):
                continue
            clause = follows[0]
            _reattach(words, clause, verb.index, "ccomp")
            _reattach(words, noun, clause, "nsubj")
            _reattach(words, rest[0], clause, "obj" if words[rest[0]].upos == "NOUN"
                      else "ccomp")


def that_clauses_after_asides(words: list[Word]) -> None:
    """'has repeatedly claimed, without evidence, that the vaccine alters DNA' parsed with
    the clause inside the aside ('alters' tagged a noun in apposition to 'evidence'): after a
    speech verb with nothing said yet, a 'that' right after an aside after the verb (set off
    by commas, or a 'without' phrase: 'claimed without evidence that ...'; hung on the verb
    or on the verb it completes) opens what was said, to the end of the sentence."""
    verbs = lexicon.reporting_verbs()
    for opener in words[3:]:
        found = _aside_before(words, opener.index) if opener.lower == "that" else None
        if found is None:
            continue
        verb, aside = found
        sentence = [w.index for w in words if w.sentence == opener.sentence]
        clause = [k for k in sentence if k > opener.index and
                  (k < sentence[-1] or words[k].upos != "PUNCT")]
        if verb < 0 or words[verb].upos != "VERB" or \
                verbs.get(words[verb].lemma) not in SETTING_CLASSES or \
                _children(words, verb, "ccomp", "obj", "xcomp") or not clause or \
                not all(_dominates(words, _clause_of(words, verb), k) for k in aside):
            continue
        tops = [k for k in clause if words[k].head not in clause]
        top = next((k for k in tops if words[k].upos in ("VERB", "AUX")), tops[-1])
        _reattach(words, top, verb, "ccomp")
        for k in tops:
            if k != top:
                _reattach(words, k, top, "dep")
        _reattach(words, opener.index, top, "mark")
        words[opener.index].upos, words[opener.index].xpos = "SCONJ", "IN"


def _aside_before(words: list[Word], opener: int) -> tuple[int, range] | None:
    """The word before an aside that ends right before `opener`, and the aside's words:
    one set off by commas, or a 'without' phrase ('without evidence', 'without offering
    proof')."""
    close = opener - 1
    if words[close].text == ",":
        start = next((k for k in range(close - 1, -1, -1)
                      if words[k].sentence != words[opener].sentence or words[k].text == ","),
                     None)
        if start is None or words[start].sentence != words[opener].sentence:
            return None
        return start - 1, range(start + 1, close)
    without = next((k for k in range(close, max(close - ASIDE_WORDS, 0), -1)
                    if words[k].lower == "without"), None)
    return (without - 1, range(without, opener)) if without is not None else None


def _clause_of(words: list[Word], verb: int) -> int:
    """The verb whose clause a to-infinitive verb is part of ('continues to insist')."""
    head = words[verb].head
    return head if words[verb].deprel == "xcomp" and head is not None else verb


def that_clauses_after_speech_nouns(words: list[Word]) -> None:
    """'despite warnings from residents that the road would flood' parsed with the clause as
    a relative one on 'residents' ('that' its object) and 'from residents' hung on the verb:
    a 'that' clause with a subject of its own right after 'from' or 'by' and whoever follows
    a speech or thought noun tells what that one said, and is the noun's."""
    nouns = lexicon.cue_nouns()
    for clause, opener in _that_relatives(words):
        owner = clause.head
        cases = _children(words, owner, "case")
        noun = cases[0] - 1 if cases else -1
        if noun < 0 or words[cases[0]].lower not in ("from", "by") or \
                nouns.get(words[noun].lemma) not in ("speech", "cognition") or \
                words[noun].upos != "NOUN" or \
                not _children(words, clause.index, "nsubj", "nsubj:pass") or \
                not set(range(cases[0], opener)) <= set(_descendants(words, owner)):
            continue
        _reattach(words, owner, noun, "nmod")
        _as_complement(words, clause.index, noun, "acl", opener)


def fronted_clauses_read_as_adverbials(words: list[Word]) -> None:
    """'The company is exploring a sale, said a person familiar with the matter, who ...'
    parsed with the fronted clause as an adverbial: a finite clause with a subject of its
    own and no word to subordinate it, set off by a comma before the speech verb, is what
    was said."""
    verbs = lexicon.reporting_verbs()
    for word in words:
        verb = word.head
        if word.deprel != "advcl" or verb is None or word.index > verb or \
                verbs.get(words[verb].lemma) not in SETTING_CLASSES or \
                _children(words, verb, "ccomp") or _children(words, word.index, "mark") or \
                not _children(words, word.index, "nsubj", "nsubj:pass") or \
                not _finite(words, word.index):
            continue
        end = max(_descendants(words, word.index))
        if words[verb - 1].text == "," and \
                all(words[k].upos == "PUNCT" for k in range(end + 1, verb)):
            word.deprel = "ccomp"


def _after_setting(words: list[Word], verb: int, start: int) -> bool:
    """Whether the words from a verb up to `start` are a phrase setting the speech ('in a
    filing', 'on its website')."""
    settings = [k for k in _children(words, verb, "obl")
                if verb < k < start and any(words[c].lower in SETTING_PREPOSITIONS
                                            for c in _children(words, k, "case"))]
    return bool(settings) and min(_descendants(words, settings[0])) == verb + 1 and \
        max(_descendants(words, settings[0])) == start - 1


def subjects_after_that_read_as_verbs(words: list[Word]) -> None:
    """'said in a statement that demand for its chips remained strong' tagged with 'demand'
    a verb whose subject is 'that': a plain verb form right after 'that', with no object,
    whose own words hold a finite verb with no subject, is a noun and that verb's subject
    ('that support for the bill remained', 'that work on the bridge continued')."""
    for word in words[1:]:
        that = words[word.index - 1]
        if word.upos != "VERB" or word.xpos not in ("VB", "VBP", "VBD") or \
                word.lower != word.lemma or that.lower != "that" or \
                that.head != word.index or that.deprel != "nsubj" or \
                _children(words, word.index, "obj", "ccomp", "xcomp"):
            continue
        later = [k for k in _descendants(words, word.index)
                 if k > word.index and words[k].upos in ("VERB", "AUX")]
        # a past form the tagger took for a participle ('remained' VBN) when no other follows
        verbs = [k for k in later if words[k].xpos in ("VBD", "VBZ")] or \
            [k for k in later if words[k].xpos == "VBN" and not _children(words, k, "aux")]
        if not verbs or words[verbs[0]].deprel in ("conj", "aux", "aux:pass", "cop") or \
                _children(words, verbs[0], "nsubj", "nsubj:pass"):
            continue
        verb, parent, relation = verbs[0], word.head, word.deprel
        _make_root(words, verb)
        if parent is not None:
            _reattach(words, verb, parent, relation)
        else:
            _make_root(words, word.index)
        for k in _children(words, word.index):
            if k > verb:
                _reattach(words, k, verb, words[k].deprel)
        _reattach(words, that.index, verb, "mark")
        that.upos, that.xpos = "SCONJ", "IN"
        word.upos, word.xpos = "NOUN", "NN"
        _reattach(words, word.index, verb, "nsubj")


def nouns_read_as_verbs(words: list[Word]) -> None:
    """'said in a statement that profits rose' tagged with 'profits' a verb: an -s verb form
    with no object, right before a finite verb with no subject of its own, is a plural noun
    and that verb's subject ('sales fell', 'shares jumped')."""
    for word in words[:-1]:
        verb = words[word.index + 1]
        if word.upos != "VERB" or word.xpos != "VBZ" or not word.lower.endswith("s") or \
                verb.sentence != word.sentence or verb.upos != "VERB" or \
                verb.xpos in ("VBP", "VBZ") or not _finite(words, verb.index) or \
                _children(words, verb.index, "nsubj", "nsubj:pass") or \
                [k for k in _children(words, word.index, "obj", "ccomp", "xcomp", "obl")
                 if k != verb.index]:
            continue
        if verb.head == word.index:  # 'Alibaba shares rose' with 'rose' the clause of 'shares'
            parent, relation = word.head, word.deprel
            _make_root(words, verb.index)
            if parent is not None:
                _reattach(words, verb.index, parent, relation)
            for k in _children(words, word.index, "nsubj"):
                if k == word.index - 1 and words[k].upos == "PROPN":
                    _reattach(words, k, word.index, "compound")
        elif verb.head != word.head and word.head is not None and \
                not _dominates(words, verb.index, word.head):
            _reattach(words, verb.index, word.head, word.deprel)
        for k in _children(words, word.index, "nsubj", "mark"):
            _reattach(words, k, verb.index, words[k].deprel)
        word.upos, word.xpos = "NOUN", "NNS"
        _reattach(words, word.index, verb.index, "nsubj")


def complements_after_settings(words: list[Word]) -> None:
    """'said in an interview that sales had doubled', parsed as a relative clause on
    'interview': after the place or medium of a speech verb ('in an interview', 'on
    Twitter'), a 'that' clause with a subject of its own is what was said, when the verb
    has no other clause after it."""
    for word in words:
        if word.deprel != "acl:relcl" or word.head is None:
            continue
        clause = _descendants(words, word.index)
        setting = word.head
        while words[setting].deprel == "nmod" and words[setting].head is not None:
            setting = words[setting].head  # 'in “The Art of the Deal” that ...'
        verb = _setting_verb(words, setting, clause)
        subjects = [c for c in _children(words, word.index, "nsubj", "nsubj:pass")
                    if c != clause[0]]
        if verb is not None and words[clause[0]].lower == "that" and subjects and \
                not any(c > verb for c in _children(words, verb, "ccomp")):
            _reattach(words, word.index, verb, "ccomp")
            _reattach(words, clause[0], word.index, "mark")


def titles_set_after_media(words: list[Word]) -> None:
    """'..., writes Obama in his memoir, "A Promised Land."' parsed with the title the
    verb's subject (and 'Obama' its object), or 'Grant wrote in his memoir, "Personal
    Memoirs."' with the title a clause of 'wrote': a quoted name in title case that ends
    the sentence, set off by a comma right after the document a speech verb was written in,
    is the document's title, and a name the verb had as its object is its subject."""
    verbs = lexicon.reporting_verbs()
    for medium in words[:-3]:
        verb = medium.head
        if verb is None or medium.deprel != "obl" or words[verb].lemma not in verbs or \
                lexicon.source_nouns().get(medium.lemma) != "document":
            continue
        end = _span_end(words, medium.index)
        if end + 2 >= len(words):
            continue
        comma, mark = words[end + 1], words[end + 2]
        named = [k for k in range(mark.index + 1, len(words))
                 if words[k].sentence == mark.sentence and words[k].upos != "PUNCT"]
        if comma.text != "," or mark.text not in OPENING_MARKS | {"\""} or \
                not named or len(named) > TITLE_WORDS or \
                not all(words[k].text[:1].isupper() or words[k].lower in MINOR_TITLE_WORDS
                        for k in named):
            continue
        title = next((k for k in _children(words, verb)
                      if k > mark.index and min(_descendants(words, k)) <= mark.index + 1 and
                      words[k].deprel in ("nsubj", "ccomp", "obj", "parataxis", "appos")),
                     None)
        if title is None:
            continue
        subject = words[title].deprel == "nsubj"
        _reattach(words, title, medium.index, "appos")
        for k in (comma.index, mark.index):
            if words[k].head != title:
                _reattach(words, k, title, "punct")
        objects = [k for k in _children(words, verb, "obj") if k == verb + 1]
        if subject and objects and words[objects[0]].upos == "PROPN":
            _reattach(words, objects[0], verb, "nsubj")


def settings_read_as_participles(words: list[Word]) -> None:
    """'said at a regular press briefing that ...' parsed with 'briefing' a participle
    clause of 'said': a word in -ing, no speech verb itself ('at a news conference
    announcing that ...'), right after the noun of a speech verb's setting, with nothing of
    its own but what was said, ends the setting's name, and what it held is the speech
    verb's."""
    verbs = lexicon.reporting_verbs()
    for word in words[1:]:
        noun, verb = words[word.index - 1], word.head
        if word.xpos != "VBG" or verb is None or word.deprel != "advcl" or \
                word.lemma in verbs or verbs.get(words[verb].lemma) not in SETTING_CLASSES or \
                noun.head != verb or noun.deprel != "obl" or noun.upos != "NOUN" or \
                not {words[c].lower for c in _children(words, noun.index, "case")} & \
                SETTING_PREPOSITIONS or \
                any(words[c].deprel not in ("ccomp", "punct") for c in word.children):
            continue
        word.upos, word.xpos, word.lemma = "NOUN", "NN", word.lower
        _reattach(words, word.index, verb, "obl")
        for k in _children(words, noun.index):
            _reattach(words, k, word.index, words[k].deprel)
        _reattach(words, noun.index, word.index, "compound")
        for k in _children(words, word.index, "ccomp"):
            _reattach(words, k, verb, "ccomp")


def complements_after_settings_misparsed(words: list[Word]) -> None:
    """'said in an interview that cuts to libraries were "off the table"', parsed with
    'that' a relative pronoun and the clause broken up between the setting and the verb:
    after the place or medium of a speech verb that ends right before 'that' at the verb's
    end of the sentence, the rest of the sentence is what was said, headed by its first
    word with a subject, auxiliary or copula of its own (else its first verb)."""
    for verb in words:
        if verb.upos != "VERB" or \
                lexicon.reporting_verbs().get(verb.lemma) not in SETTING_CLASSES:
            continue
        for setting in _children(words, verb.index, "obl"):
            opener = _setting_end(words, setting) + 1
            cases = {words[c].lower for c in _children(words, setting, "case")}
            if setting < verb.index or not cases & (SETTING_PREPOSITIONS | OCCASIONS) or \
                    not medium_or_occasion(words[setting]) or \
                    opener >= len(words) or words[opener].lower != "that" or \
                    words[opener].sentence != verb.sentence or \
                    words[opener].upos == "DET" or words[opener].deprel == "mark" and \
                    words[opener].head in _children(words, verb.index, "ccomp") or \
                    any(verb.index < word_extent(words, c)[0] < opener
                        for c in _children(words, verb.index, "ccomp")):
                continue
            _hang_rest_on_verb(words, verb.index, opener)
            break


def complements_after_broken_settings(words: list[Word]) -> None:
    """'said in a statement that more than 200,000 people had fled', 'said on Fox News that
    talks were stalled', 'told Reuters that gunmen opened fire', parsed with 'that' a
    relative pronoun and the setting or the listener torn into the clause: a phrase right
    after a speech verb, nothing but a medium, an outlet or a listener, and then 'that' opens
    what was said, the rest of the sentence, when the verb has no clause of its own there."""
    frames = lexicon.verb_frames()
    for verb in words:
        if verb.upos != "VERB" or \
                lexicon.reporting_verbs().get(verb.lemma) not in SETTING_CLASSES:
            continue
        recipient = "recipient" in frames.get(verb.lemma, ())
        phrase = _surface_setting(words, verb.index, recipient)
        if not phrase:
            continue
        opener = phrase[-1] + 1
        if any(word_extent(words, c)[0] in (opener, opener + 1)
               for c in _children(words, verb.index, "ccomp")):
            continue
        nouns = [k for k in phrase if words[k].upos in ("NOUN", "PROPN", "PRON")]
        head = nouns[-1]
        for k in phrase:
            if k != head and words[k].head not in phrase:
                _reattach(words, k, head, words[k].deprel)
        relation = "obj" if words[phrase[0]].upos != "ADP" else "obl"
        _reattach(words, head, verb.index, relation)
        _hang_rest_on_verb(words, verb.index, opener)


def _surface_setting(words: list[Word], verb: int, recipient: bool) -> list[int]:
    """The words between a speech verb and a 'that' right after them when they are only a
    setting ('in a statement', 'on BBC Radio 4') or, for a verb that takes one, a listener
    ('Reuters', 'reporters'); else nothing."""
    start = verb + 1
    if start < len(words) and words[start].lower in DAYS:
        start += 1
    if start >= len(words) or words[start].sentence != words[verb].sentence:
        return []
    first = words[start]
    if first.upos != "ADP" and not recipient or \
            first.upos == "ADP" and first.lower not in SETTING_PREPOSITIONS:
        return []
    end = start
    while end + 1 < len(words) and end - start < MAX_SETTING_WORDS and \
            words[end + 1].sentence == words[verb].sentence and \
            words[end + 1].upos in SETTING_PHRASE_TAGS and words[end + 1].lower != "that":
        end += 1
    phrase = list(range(start, end + 1))
    opener = end + 1
    if opener >= len(words) or words[opener].lower != "that" or words[opener].upos == "DET" or \
            words[opener].sentence != words[verb].sentence:
        return []
    nouns = [words[k] for k in phrase if words[k].upos in ("NOUN", "PROPN")]
    if not nouns or first.upos == "ADP" and not (
            medium_or_occasion(nouns[-1]) or nouns[-1].entity == "ORG") or \
            first.upos != "ADP" and not (
            nouns[-1].entity == "ORG" or
            lexicon.source_nouns().get(nouns[-1].lemma) in LISTENERS):
        return []
    return [verb + 1, *phrase] if start > verb + 1 else phrase


def complements_after_described_listeners(words: list[Word]) -> None:
    """'The senator told reporters waiting outside the chamber that he would vote no',
    parsed with 'that' a relative pronoun on 'chamber': after whom it was told and a
    participle describing them, a 'that' opens what was told, the rest of the sentence."""
    frames = lexicon.verb_frames()
    for verb in words:
        if verb.upos != "VERB" or "recipient" not in frames.get(verb.lemma, ()) or \
                any(c > verb.index for c in _children(words, verb.index, "ccomp")):
            continue
        for listener in _children(words, verb.index, "obj", "iobj"):
            after = _last_word(words, listener) + 1
            described = [k for k in _children(words, verb.index, "advcl") +
                         _children(words, listener, "acl")
                         if k == after and words[k].xpos in ("VBG", "VBN")]
            if not described:
                continue
            ends = [k for k in _descendants(words, described[0]) if words[k].lower == "that"]
            opener = ends[0] if ends else None
            if opener is None or words[opener].deprel not in ("obj", "nsubj", "obl", "mark") or \
                    _previous_word(words, opener) != max(
                        k for k in _descendants(words, described[0]) if k < opener):
                continue
            _reattach(words, described[0], listener, "acl")
            _hang_rest_on_verb(words, verb.index, opener)


def second_subjects_after_speech_verbs(words: list[Word]) -> None:
    """'The Kremlin said Putin and Xi had agreed to deepen ties', parsed with 'Putin and Xi'
    a second subject of 'said' and 'agreed' its conjunct: a subject after a speech verb
    that already has one before it, followed straight by a verb with none, is that verb's
    subject, and the verb's clause is what was said."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verb.lemma not in verbs:
            continue
        subjects = [c for c in _children(words, verb.index, "nsubj") if c < verb.index]
        told = "recipient" in lexicon.verb_frames().get(verb.lemma, ())
        after = [c for c in _children(words, verb.index, "nsubj", *(() if told else ("iobj",)))
                 if c > verb.index and words[c].upos in ("PROPN", "NOUN", "PRON")
                 and words[c].lower not in TEMPORAL]
        if not subjects or not after:
            continue
        subject = after[0]
        follower = _last_word(words, subject) + 1
        clauses = [c for c in _children(words, verb.index, "conj", "parataxis", "ccomp")
                   if word_extent(words, c)[0] >= follower and c > follower]
        if not clauses or follower >= len(words):
            continue
        clause = clauses[0]
        own = _children(words, clause, *SUBJECTS)
        if not own and word_extent(words, clause)[0] == follower and \
                words[follower].upos != "CCONJ":
            _reattach(words, subject, clause, "nsubj")
            _reattach(words, clause, verb.index, "ccomp")
        elif own and words[follower].lower in ("and", "or") and \
                word_extent(words, own[0])[0] == follower + 1:  # 'Iran and the United States'
            _reattach(words, subject, clause, words[own[0]].deprel)
            _reattach(words, own[0], subject, "conj")
            _reattach(words, follower, own[0], "cc")


def medium_or_occasion(word: Word) -> bool:
    """A noun for where or when something is said: a document ('a statement', 'a memo') or
    an occasion ('an interview', 'the talks')."""
    return lexicon.source_nouns().get(word.lemma) == "document" or \
        word.lemma in OCCASION_NOUNS


def _setting_end(words: list[Word], setting: int) -> int:
    """The last word of a setting phrase and whom it was addressed to ('in a memo to
    staff'), however the parser hung them: the noun phrase words that follow it."""
    end = setting
    while end + 1 < len(words) and words[end + 1].sentence == words[setting].sentence and (
            words[end + 1].upos in SETTING_PHRASE_TAGS and words[end + 1].lower != "that"
            or words[end + 1].upos == "VERB" and words[end].lower == "to"  # 'to staff that'
            and end + 2 < len(words) and words[end + 2].lower == "that"
            or words[end + 1].xpos in ("VBN", "VBG") and  # 'in a report released Tuesday'
            words[end + 1].head == end and words[end + 1].deprel in ("acl", "amod")):
        end += 1
    return end


def _hang_rest_on_verb(words: list[Word], verb: int, opener: int) -> None:
    """Make the rest of the sentence after `opener` one clause of `verb` that `opener`
    introduces, leaving it as it is when its first word is a verb (a relative clause: 'a
    statement that was') or when a speaker of its own closes it ('..., a spokesman said')."""
    span = [k for k in range(opener + 1, len(words)) if words[k].sentence == words[verb].sentence]
    added = [k for k in span[2:] if words[k].xpos == "VBG" and (
             words[k - 1].text == "," or words[k - 1].upos == "PUNCT" and
             words[k - 2].text == ",") and
             lexicon.reporting_verbs().get(words[k].lemma) in SETTING_CLASSES]
    span = [k for k in span if not added or k < added[0]]  # '..., adding that ...'
    while added and span and words[span[-1]].text == ",":
        span.pop()
    if len(span) < 2:
        return
    first = words[span[0]]
    if first.upos in ("AUX", "PUNCT") or first.upos == "VERB" and (
            first.xpos not in ("VBZ", "VBP", "VBG")  # 'that cuts to libraries were', a noun
            or not any(words[k].upos == "AUX" or words[k].xpos in FINITE for k in span[1:])):
        return
    if any(words[k].lemma in lexicon.reporting_verbs() and  # ', a spokesman said'
           words[word_extent(words, s)[0] - 1].text == ","
           for k in span for s in _children(words, k, "nsubj") if s in span):
        return
    inside = set(span) | {opener}
    tops = [k for k in span if words[k].head not in inside and words[k].upos != "PUNCT"]
    if not tops or any(_dominates(words, k, verb) for k in tops):
        return
    heads = [k for k in tops if _children(words, k, *SUBJECTS, "aux", "aux:pass", "cop")
             and not (k == span[0] and words[k].upos == "VERB")]
    verbs = [k for k in tops if words[k].upos == "VERB"]
    head = (heads or verbs or tops)[0]
    _reattach(words, head, verb, "ccomp")
    for k in tops:
        if k == span[0] and words[k].upos == "VERB" and k != head and \
                not _children(words, head, *SUBJECTS):  # 'that cuts to libraries were'
            _reattach(words, k, head, "nsubj")
            words[k].upos, words[k].xpos = "NOUN", "NNS"
        elif k != head:
            _reattach(words, k, head, "dep" if words[k].deprel == "ccomp" else words[k].deprel)
    _reattach(words, opener, head, "mark")
    words[opener].upos, words[opener].xpos = "SCONJ", "IN"


def _setting_verb(words: list[Word], setting: int, clause: list[int]) -> int | None:
    """The speech verb that a phrase like 'in an interview' sets, when the phrase follows
    the verb and ends right where the clause begins; else None."""
    verb = words[setting].head
    cases = {words[c].lower for c in _children(words, setting, "case")}
    end = max(k for k in _descendants(words, setting) if k not in clause)
    if verb is None or words[setting].deprel != "obl" or verb > setting or \
            end != clause[0] - 1 or not cases & SETTING_PREPOSITIONS or \
            lexicon.reporting_verbs().get(words[verb].lemma) not in SETTING_CLASSES:
        return None
    return verb


def complements_after_conjuncts(words: list[Word]) -> None:
    """'Hayek confirmed she had been and said, “America has ...”' parsed with the quotation
    as a second complement of 'confirmed': a clause after a coordinated speech verb, or
    after a bare speech participle ('she said, adding, “...”', 'adding later, “...”', not
    'said, referring to the excuse, “...”'), that has none of its own is what that verb
    said."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verb.lemma not in verbs:
            continue
        seconds = _children(words, verb.index, "conj") + [
            k for k in _children(words, verb.index, "advcl") if words[k].xpos == "VBG"
            and all(words[c].upos == "PUNCT" or words[c].deprel == "advmod"
                    for c in words[k].children)]
        for second in sorted(seconds):
            if words[second].lemma not in verbs or words[second].upos != "VERB" or \
                    second < verb.index or _children(words, second, "ccomp", "obj", "xcomp"):
                continue
            later = [k for k in _children(words, verb.index, "ccomp") if k > second]
            if later:
                _reattach(words, later[0], second, "ccomp")


def clauses_read_as_conjuncts(words: list[Word]) -> None:
    """'CNN reported at least six planes filled the skies' parsed with 'filled' as a second
    predicate beside 'reported': a clause with a subject of its own that starts right after
    a speech verb with no complement, or after an aside set off by commas ('He believes,
    for example, that women ...'), with no conjunction, is what the verb said."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in COMPLEMENT_CLASSES or \
                _children(words, verb.index, "ccomp", "obj", "xcomp", "parataxis"):
            continue
        for clause in _children(words, verb.index, "conj"):
            subjects = _children(words, clause, "nsubj", "nsubj:pass")
            if not subjects or not _finite(words, clause) or _children(words, clause, "cc"):
                continue
            start = word_extent(words, subjects[0])[0]
            that = words[start] if words[start].lower == "that" else None
            if not _set_off_before(words, verb.index, start):
                continue
            _reattach(words, clause, verb.index, "ccomp")
            if that is not None and that.head == subjects[0]:
                that.upos = "SCONJ"
                _reattach(words, start, clause, "mark")
            break


def _set_off_before(words: list[Word], verb: int, start: int) -> bool:
    """Whether only an aside the verb holds, set off by commas ('believes, for example,'),
    stands between a verb and where a clause starts."""
    between = range(verb + 1, start)
    if start <= verb:
        return False
    if not between:
        return True
    return len(between) > 2 and words[between[0]].text == "," and \
        words[between[-1]].text == "," and all(
        _dominates(words, verb, k) and words[k].head != verb or words[k].head == verb
        and words[k].deprel in ("obl", "advmod", "punct") for k in between)


def reported_conjuncts(words: list[Word]) -> None:
    """'The FDA said that it was reviewing the data and would make a decision', 'said 2,000
    flights had been cancelled and that it expected ...' parsed with the second part beside
    'said': a conjunct after what was said that opens with 'that', or has no subject and a
    modal or a past perfect ('would', 'could', 'had summoned') or the auxiliary of what was
    said ('says the singer is "doing great" and is focused on her tour'), or has a subject
    of its own (see _goes_on), goes on with what was said."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in COMPLEMENT_CLASSES:
            continue
        clauses = [c for c in _children(words, verb.index, "ccomp") if c > verb.index]
        if not clauses:
            continue
        end = max(_descendants(words, clauses[0]))
        for second in _children(words, verb.index, "conj"):
            marked = any(words[k].lower == "that" for k in _children(words, second, "mark"))
            subjects = _children(words, second, *SUBJECTS)
            auxiliaries = _auxiliaries(words, second)
            modal = not subjects and (any(word in MODALS or word == "had" for word in auxiliaries)
                                      or bool(auxiliaries) and
                                      auxiliaries == _auxiliaries(words, clauses[0]))
            links = _children(words, second, "cc")
            if second > end and links and (marked or modal):
                _reattach(words, second, clauses[0], "conj")
            elif links and links[0] == word_extent(words, clauses[-1])[1] + 1 and \
                    _goes_on(words, second, subjects):
                _reattach(words, second, clauses[-1], "conj")


def _auxiliaries(words: list[Word], verb: int) -> list[str]:
    return [words[k].lower for k in _children(words, verb, "aux", "aux:pass")]


def _goes_on(words: list[Word], second: int, subjects: list[int]) -> bool:
    """'said two people had died and at least 40 had been hospitalized': a clause with a
    subject of its own, joined by 'and' right after what was said, goes on with it unless
    it is speech itself or tells of a person ('... and Jones agreed')."""
    return bool(subjects) and words[second].lemma not in lexicon.reporting_verbs() and \
        all(words[k].lower == "and" for k in _children(words, second, "cc")) and \
        not any(words[k].entity == "PERSON" or words[k].lower in SUBJECT_PRONOUNS
                for k in subjects)


def second_statements(words: list[Word]) -> None:
    """'Putin forecast that the economy would rebound and praised efforts by Kerry',
    'acknowledging that Trump had tapped into a vein but warning that ...': a speech verb
    in the same form as the cue, with no subject of its own, coordinated with the head of
    what was said, is the speaker's second statement, not part of the first."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in COMPLEMENT_CLASSES:
            continue
        for clause in _children(words, verb.index, "ccomp"):
            if clause < verb.index:
                continue
            subjects = _children(words, clause, *SUBJECTS)
            for second in _children(words, clause, "conj"):
                word = words[second]
                if word.upos != "VERB" or word.lemma not in verbs or \
                        _children(words, second, *SUBJECTS):
                    continue
                if verbs[word.lemma] == "speech" and word.xpos == verb.xpos:
                    _reattach(words, second, verb.index, "conj")
                elif word.xpos in PAST_FORMS and verb.xpos in FINITE and subjects and \
                        verbs[word.lemma] in ("speech", "position") and \
                        words[second - 1].lower in ("and", "but") and \
                        words[second - 1].head == second and \
                        not _may_speak(words[subjects[0]]):  # 'the roads were open and urged'
                    _reattach(words, second, verb.index, "conj")
                    word.xpos = verb.xpos
                    _take_over_rest(words, clause, second)


def refusals_read_as_content(words: list[Word]) -> None:
    """'A spokesman said the company was reviewing the offer but declined to comment
    further', parsed with 'declined' a conjunct of 'reviewing': a conjunct with no subject
    of its own that opens with a refusal to say more ('declined to comment', 'would not
    discuss') is the speaker's, not part of what was said."""
    verbs = lexicon.reporting_verbs()
    refusals = tuple(phrase + " " for phrase in lexicon.disclosures())
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in COMPLEMENT_CLASSES:
            continue
        for clause in (c for c in _children(words, verb.index, "ccomp") if c > verb.index):
            for second in _children(words, clause, "conj"):
                links = _children(words, second, "cc")
                if not links or _children(words, second, *SUBJECTS):
                    continue
                start, end = links[0] + 1, max(_descendants(words, second))
                said = " ".join(w.lower for w in words[start:end + 1]) + " "
                if said.startswith(refusals):
                    _reattach(words, second, verb.index, "conj")


def _take_over_rest(words: list[Word], clause: int, second: int) -> None:
    """Hang on a second statement the words after it that the parser left on the clause
    before it ('urged drivers to take care': 'drivers' its object, 'to take care' what
    was urged)."""
    for k in [k for k in words[clause].children if k > second]:
        if words[k].upos == "PUNCT":
            continue
        if words[k].deprel in ("advcl", "xcomp") and any(
                words[m].lower == "to" for m in _children(words, k, "mark")):
            _reattach(words, k, second, "xcomp")
        elif words[k].deprel in ("conj", "obj") and words[k].upos in NOMINAL:
            _reattach(words, k, second, "obj")
        else:
            _reattach(words, k, second, words[k].deprel)


def subjects_of_complements(words: list[Word]) -> None:
    """'the foreign secretary said Britain "stands ready" to help' parsed with 'Britain' as a
    second subject of 'said': a subject after the speech verb, right before the verb's
    subjectless complement, is the complement's subject."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in COMPLEMENT_CLASSES:
            continue
        subjects = _children(words, verb.index, "nsubj")
        clauses = [k for k in _children(words, verb.index, "ccomp")
                   if not _children(words, k, *SUBJECTS)]
        late = [k for k in subjects if k > verb.index]
        if len(subjects) < 2 or not late or not clauses:
            continue
        subject, clause = late[0], clauses[0]
        gap = range(word_extent(words, subject)[1] + 1, word_extent(words, clause)[0])
        tag = range(subjects[0], verb.index)
        if subject < clause and all(words[k].upos == "PUNCT" for k in gap) and \
                not any(_closing_quote(words[k]) for k in tag):
            _reattach(words, subject, clause, "nsubj")


def modifiers_read_as_complements(words: list[Word]) -> None:
    """'“...,” retired Air Force general Lloyd Newton said' parsed with 'retired' as what was
    said (or with the speech verb as its complement): a lone participle right before the
    speech verb's subject, with nothing else hung on it, is part of the subject's
    description."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in COMPLEMENT_CLASSES:
            continue
        subjects = [k for k in _children(words, verb.index, "nsubj") if k < verb.index]
        if not subjects:
            continue
        start = word_extent(words, subjects[0])[0]
        word = words[start - 1] if start > 0 else None
        if word is None or word.xpos not in PAST_FORMS or word.upos != "VERB":
            continue
        if word.head == verb.index and word.deprel == "ccomp" and not word.children:
            _reattach(words, word.index, subjects[0], "amod")
        elif verb.head == word.index and verb.deprel == "ccomp" and \
                word.children == [verb.index]:
            _take_place(words, verb.index, word.index)
            _reattach(words, word.index, subjects[0], "amod")
        else:
            continue
        word.upos, word.xpos = "ADJ", "JJ"


def names_before_complements(words: list[Word]) -> None:
    """'The State Department said John Kerry, the Secretary of State, contacted ...' parsed
    with the name as an object of 'said' and the description as the subject: the name is
    the subject of what was said, the description its apposition."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) != "speech" or \
                "recipient" in lexicon.verb_frames().get(verb.lemma, ()):
            continue
        names = [k for k in _children(words, verb.index, "obj", "iobj")
                 if k > verb.index and words[k].upos == "PROPN"]
        clauses = [k for k in _children(words, verb.index, "ccomp") if k > verb.index]
        if not names or not clauses:
            continue
        name, clause = names[0], clauses[0]
        subjects = [k for k in _children(words, clause, "nsubj", "nsubj:pass")
                    if name < k < clause]
        start = word_extent(words, subjects[0])[0] if subjects else None
        speakers = [k for k in _children(words, verb.index, "nsubj") if k < verb.index]
        if start is None or words[start - 1].text != "," or not speakers or \
                words[start].lower in RELATIVE | {"whose"} or \
                word_extent(words, name)[1] != start - 2:
            continue
        _reattach(words, name, clause, words[subjects[0]].deprel)
        _reattach(words, subjects[0], name, "appos")


def contrasted_speakers(words: list[Word]) -> None:
    """'75 percent of Democrats said yes, but 55 percent of all voters say she does not'
    parsed with 'say' as the complement of 'said': a speech verb with a subject of its own,
    joined by a conjunction after a comma, is a second speaker's statement, and the words
    before the comma are the first one's."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) != "speech":
            continue
        for clause in _children(words, verb.index, "ccomp"):
            word = words[clause]
            subjects = _children(words, clause, *SUBJECTS)
            links = [c for c in _children(words, clause, "cc") if verb.index < c < clause]
            if clause < verb.index or verbs.get(word.lemma) != "speech" or not subjects or \
                    not links or words[links[0] - 1].text != "," or subjects[0] < links[0]:
                continue
            before = [c for c in word.children if verb.index < c < links[0] - 1]
            _reattach(words, clause, verb.index, "conj")
            for k in before:
                _reattach(words, k, verb.index, words[k].deprel)


def _finite(words: list[Word], clause: int) -> bool:
    return words[clause].xpos in FINITE or any(
        words[k].xpos in FINITE | {"MD"} for k in _children(words, clause, "aux", "aux:pass",
                                                            "cop"))


def _previous_word(words: list[Word], index: int) -> int:
    """The last word before `index` that is not punctuation (-1 when there is none)."""
    index -= 1
    while index >= 0 and words[index].upos == "PUNCT":
        index -= 1
    return index


def trailing_participles(words: list[Word]) -> None:
    """'The mayor said the city was safe, adding that ...', 'said there is “only one strong
    conservative,” adding that ...', 'Sanders said, going on to say that ...', 'reported that
    12 people had died, citing hospital officials': a speech participle (or one whose
    complement is speech, or one naming who a report rests on) after a comma goes with the
    speech verb whose content it follows, not inside that content (nor with a verb that
    content only reports being done: 'said the city would add 200 officers, calling ...')."""
    verbs = lexicon.reporting_verbs()
    for word in words:
        citing = "citation" in lexicon.verb_frames().get(word.lemma, ())
        if word.xpos != "VBG" or word.head is None or not _after_comma(words, word.index) or \
                not (_speaks(words, word, verbs) or citing):
            continue
        chain, current = [], word.head
        while current is not None:
            chain.append(current)
            current = words[current].head
        speakers = [k for k in chain if words[k].upos == "VERB" and words[k].lemma in verbs
                    and k < word.index]
        # the nearest, past one that does rather than says: 'said the city would add 200
        # officers, calling ...', 'said Texas would continue to bus migrants, calling ...'
        while len(speakers) > 1 and not _children(words, speakers[0], "ccomp", "parataxis") \
                and any(words[k].lower in MODALS for k in _children(words, speakers[0], "aux")) \
                and _said_by(words, speakers[0], speakers[1]):
            speakers.pop(0)
        current = speakers[0] if speakers else None
        if current is not None and (current != word.head or word.deprel == "ccomp"):
            _reattach(words, word.index, current, "advcl")


def _said_by(words: list[Word], inner: int, outer: int) -> bool:
    """Whether `inner` stands in what `outer` said (its clause climbs to it through one)."""
    current = inner
    while current is not None and current != outer:
        if words[current].deprel == "ccomp" and words[current].head is not None:
            return True
        current = words[current].head
    return False


def _speaks(words: list[Word], word: Word, verbs: dict[str, str]) -> bool:
    """A speech verb, or one with no object whose open complement is ('going on to say',
    not 'giving them leverage to insist')."""
    return verbs.get(word.lemma) == "speech" or not _children(words, word.index, "obj") and any(
        verbs.get(words[c].lemma) == "speech" for c in _children(words, word.index, "xcomp"))


def _after_comma(words: list[Word], index: int) -> bool:
    """Whether a comma stands right before the word, or before the closing quotation mark
    right before it ('... “in a position to win this race,” adding that ...')."""
    before = index - 1
    while before >= 0 and _closing_quote(words[before]):
        before -= 1
    return before >= 0 and words[before].text == ","


def displaced_complements(words: list[Word]) -> None:
    """'said in a statement that ...', 'told a crowd in Cleveland that ...', 'said — on
    Twitter, as it happens — that ...': a that-clause the parser hung inside the speech
    verb's object or adverbial (or after an aside set off by dashes or commas) is what was
    said."""
    verbs = lexicon.reporting_verbs()
    for word in words:
        if word.upos != "VERB" or verbs.get(word.lemma) not in COMPLEMENT_CLASSES or \
                _children(words, word.index, "ccomp"):
            continue
        placeholder = _placeholder_subject(words, word.index)
        if _children(words, word.index, "aux:pass") and placeholder is None:
            continue
        for child in _children(words, word.index, "obj", "iobj", "obl", "obl:tmod", "advcl",
                               "obl:agent"):
            if child < word.index:
                continue
            aside = words[child].deprel == "advcl"
            found = next(((k, that) for k in _descendants(words, child) if k != child
                          and words[k].deprel in ("acl", "ccomp", "acl:relcl", "advcl")
                          for that in [_complementizer(words, k)] if that is not None
                          and (not aside or words[that - 1].text in SET_OFF)), None)
            if found is not None:
                clause, that = found
                words[that].deprel, words[that].upos = "mark", "SCONJ"
                _reattach(words, clause, word.index, "ccomp")
                if placeholder is not None:
                    words[placeholder].deprel = "expl:pass"
                break


def _placeholder_subject(words: list[Word], verb: int) -> int | None:
    """'It was announced by the ministry that ...': the 'it' standing in for the clause
    that follows a passive verb."""
    return next((k for k in _children(words, verb, "nsubj:pass") if words[k].lower == "it"),
                None)


def participle_openers(words: list[Word]) -> None:
    """'Asked if he was encouraging violence, Trump replied, “...”' parsed with 'Asked' as the
    root and 'replied' as its complement: a participle with no subject opening the
    sentence only sets the scene for the speech verb with a subject after the comma, which
    is the main clause (and takes the words after it, giving the words before its subject
    to the participle); an 'if' clause is what was asked."""
    verbs = lexicon.reporting_verbs()
    for opener in words:
        if opener.upos != "VERB" or opener.xpos not in ("VBD", "VBN") \
                or opener.index > 0 and words[opener.index - 1].sentence == opener.sentence \
                or _children(words, opener.index, *SUBJECTS):
            continue
        if opener.head is not None:
            _opener_under_main(words, opener, verbs)
            continue
        for main in _children(words, opener.index, "ccomp", "parataxis", "conj"):
            subjects = _children(words, main, "nsubj")
            if words[main].lemma not in verbs or not subjects or \
                    not _after_comma(words, word_extent(words, min(subjects))[0]):
                continue
            _make_root(words, main)
            later = [k for k in opener.children if k > main]
            earlier = [k for k in words[main].children
                       if opener.index < k < word_extent(words, min(subjects))[0]
                       and words[k].upos != "PUNCT"]
            _reattach(words, opener.index, main, "advcl")
            for k in later:
                _reattach(words, k, main, words[k].deprel)
            for k in earlier:
                _reattach(words, k, opener.index, words[k].deprel)
            _question_asked(words, opener)
            break


def _opener_under_main(words: list[Word], opener: Word, verbs: dict[str, str]) -> None:
    """'Asked by reporters whether he would resign, the mayor said no.' parsed with 'Asked'
    as what was said and the question hung on 'said': the opening participle only sets the
    scene, and the words between it and the speaker's subject are its own."""
    main = words[opener.head]
    if opener.deprel not in ("ccomp", "dep", "parataxis") or verbs.get(opener.lemma) != "speech" \
            or main.upos != "VERB" or main.lemma not in verbs:
        return
    subjects = [k for k in _children(words, main.index, "nsubj") if k > opener.index]
    if not subjects or not _after_comma(words, word_extent(words, subjects[0])[0]):
        return
    start = word_extent(words, subjects[0])[0]
    _reattach(words, opener.index, main.index, "advcl")
    for k in _children(words, main.index):
        if opener.index < k < start and words[k].upos != "PUNCT":
            _reattach(words, k, opener.index, words[k].deprel)
    _question_asked(words, opener)


def _question_asked(words: list[Word], opener: Word) -> None:
    """An 'if' or 'whether' clause on 'Asked' is what was asked."""
    for clause in _children(words, opener.index, "advcl", "ccomp"):
        if _question_mark(words, clause) is not None:
            words[clause].deprel = "ccomp"


def _question_mark(words: list[Word], clause: int) -> int | None:
    """The 'if' or 'whether' that opens a clause as an indirect question, if one does."""
    return next((m for m in _children(words, clause, "mark")
                 if words[m].lower in QUESTION_MARKS), None)


def _complementizer(words: list[Word], clause: int) -> int | None:
    """The 'that' opening a clause as a complementizer: marked so, read as a relative
    pronoun in a role the clause has already filled ('told leaders that few people
    understood the stakes', 'says that she's thrilled'), or read as an oblique of a clause
    with a subject ('told a crowd in Cleveland that he was troubled')."""
    children = words[clause].children
    that = next((k for k in children if words[k].lower == "that" and k < clause), None)
    if that is None or that != min(k for k in _descendants(words, clause)
                                   if words[k].upos != "PUNCT"):
        return None
    role = words[that].deprel
    if role == "mark" or role.split(":")[0] in ("obl", "advmod") and \
            not _children(words, that, "case") and \
            _children(words, clause, "nsubj", "nsubj:pass"):
        return that
    filled = FILLED_ROLES.get(role, ())
    passive = role == "obj" and any(words[k].deprel == "aux:pass" for k in children)
    if passive or any(words[k].deprel in filled for k in children if k != that):
        return that
    return None


def _descendants(words: list[Word], index: int) -> list[int]:
    found, stack = [], [index]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(words[current].children)
    return sorted(found)


def subjects_after_subordinators(words: list[Word]) -> None:
    """'the Council has proved ineffective because one or more of its members have backed
    one party' parsed with 'backed' as a second predicate of 'proved' and its subject hung
    elsewhere: a verb joined as a conjunct that has a subordinator of its own ('because',
    'although') and no subject, where one phrase fills the gap between the two, has that
    phrase as its subject and is a clause of the word the phrase hung on."""
    for verb in words:
        marks = _children(words, verb.index, "mark")
        if verb.deprel != "conj" or verb.upos != "VERB" or not marks or \
                words[marks[0]].lower not in SUBORDINATORS or \
                _children(words, verb.index, "nsubj", "nsubj:pass"):
            continue
        auxiliaries = _children(words, verb.index, "aux", "aux:pass")
        gap = range(marks[0] + 1, min(auxiliaries, default=verb.index))
        tops = [k for k in gap if words[k].head not in gap]
        if len(tops) != 1 or words[tops[0]].upos not in NOMINAL | {"NUM"} or \
                set(_descendants(words, tops[0])) | {tops[0]} != set(gap):
            continue
        subject = words[tops[0]]
        host = subject.head if subject.deprel == "advcl" else verb.head
        _reattach(words, subject.index, verb.index, "nsubj")
        if host is not None:
            _reattach(words, verb.index, host, "advcl")


def subordinate_subjects_read_as_obliques(words: list[Word]) -> None:
    """'Shares of Nike fell 7% after the company said sales would decline', parsed with
    'after the company' as a phrase of 'fell' and 'said' as its second predicate (taking
    'Shares' for its subject): a verb joined with no conjunction right after 'after' (or
    'before', 'since') and a noun phrase has that phrase as its subject and is a clause of
    the verb it was joined to."""
    for verb in words:
        host = verb.head
        if verb.deprel != "conj" or verb.upos != "VERB" or host is None or host > verb.index \
                or _children(words, verb.index, "cc"):
            continue
        phrases = [o for o in _children(words, host, "obl")
                   if max(_descendants(words, o)) == verb.index - 1]
        if not phrases:
            continue
        phrase = phrases[0]
        opener = min(_descendants(words, phrase))
        if words[opener].lower not in SUBORDINATORS or words[opener].head != phrase or \
                words[phrase].upos not in NOMINAL:
            continue
        for subject in _children(words, verb.index, "nsubj", "nsubj:pass"):
            if subject < host and not _children(words, host, *SUBJECTS):
                _reattach(words, subject, host, words[subject].deprel)
        _reattach(words, phrase, verb.index, "nsubj")
        _reattach(words, opener, verb.index, "mark")
        words[opener].upos = "SCONJ"
        _reattach(words, verb.index, host, "advcl")


def figures_read_as_subjects(words: list[Word]) -> None:
    """'revenue of $11 billion, above the $10.8 billion analysts had forecast', parsed with
    'above the $10.8 billion analysts' as the subject of 'forecast': a subject that opens
    with a preposition is a figure with a relative clause (no 'that') after it; the figure
    is the phrase, the people after it the clause's subject."""
    for subject in words:
        verb = subject.head
        if subject.deprel != "nsubj" or verb is None or verb < subject.index or \
                words[verb].deprel not in ("conj", "ccomp", "parataxis") or \
                words[verb].head is None:
            continue
        opener = min(_descendants(words, subject.index))
        figures = [c for c in _children(words, subject.index, "compound", "nummod")
                   if words[c].upos in ("SYM", "NUM")]
        if words[opener].lower not in COMPARED or words[opener].head != subject.index or \
                not figures:
            continue
        figure = figures[0]
        _reattach(words, figure, words[verb].head, "obl")
        for child in [c for c in _children(words, subject.index) if c < figure or
                      c != figure and words[c].deprel == "nummod"]:
            _reattach(words, child, figure, words[child].deprel)
        _reattach(words, verb, figure, "acl:relcl")


def tags_read_as_appositions(words: list[Word]) -> None:
    """'The ruling, the judge wrote, “leaves no room for doubt.”', parsed with 'the judge'
    an apposition of 'ruling' and 'ruling' the subject of 'wrote': a speech verb right after
    such an apposition and followed by a comma and a clause with no subject is a tag set
    into the sentence; the apposition is its speaker, the noun before it the clause's
    subject."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        subjects = _children(words, verb.index, "nsubj")
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in COMPLEMENT_CLASSES or \
                not subjects or verb.index + 1 >= len(words) or \
                words[verb.index + 1].text != ",":
            continue
        noun = subjects[0]
        speakers = [a for a in _children(words, noun, "appos")
                    if max(_descendants(words, a)) == verb.index - 1 and
                    words[min(_descendants(words, a)) - 1].text == ","]
        clauses = [c for c in _children(words, verb.index, "ccomp") if c > verb.index and
                   not _children(words, c, *SUBJECTS)]
        if not speakers or not clauses:
            continue
        _reattach(words, speakers[0], verb.index, "nsubj")
        _reattach(words, noun, clauses[0], "nsubj")


def gerunds_read_as_verbs(words: list[Word]) -> None:
    """'In Cole's telling, the firm was never profitable', parsed with 'telling' as a verb:
    an '-ing' form that has an owner and a preposition is a noun."""
    for word in words:
        if word.upos == "VERB" and word.xpos == "VBG" and \
                _children(words, word.index, "nmod:poss") and _children(words, word.index, "case"):
            word.upos, word.xpos, word.lemma = "NOUN", "NN", word.lower
            word.deprel = "obl" if word.deprel == "advcl" else word.deprel


def document_gerunds_read_as_verbs(words: list[Word]) -> None:
    """'According to an Internet posting made a day ago', 'A Facebook posting by the group
    said', parsed with 'posting' a verb hung on 'Internet' or on the clause: an '-ing' word
    that names a document ('posting', 'filing'), right after a noun opened by a determiner
    and with no object of its own, heads that noun's phrase."""
    nouns = lexicon.source_nouns()
    for word in words[2:]:
        modifier = words[word.index - 1]
        if word.upos != "VERB" or word.xpos != "VBG" or nouns.get(word.lower) != "document" or \
                modifier.upos not in ("NOUN", "PROPN") or modifier.head is None or \
                word.head not in (modifier.index, modifier.head) or \
                _children(words, word.index, "obj", "ccomp", "xcomp", "nsubj") or \
                not any(words[k].upos == "DET" for k in _children(words, modifier.index, "det")):
            continue
        _reattach(words, word.index, modifier.head, modifier.deprel)
        for k in _children(words, modifier.index):
            _reattach(words, k, word.index, words[k].deprel)
        _reattach(words, modifier.index, word.index, "compound")
        word.upos, word.xpos, word.lemma = "NOUN", "NN", word.lower


def titles_read_as_obliques(words: list[Word]) -> None:
    """'As the former minister Jane Cole put it', parsed with 'as the former minister' as a
    phrase of 'put' and 'Cole' its subject: a listed post after 'as' right before the
    verb's subject, a name, is the name's title, and 'as' opens the clause."""
    posts = lexicon.source_nouns()
    for verb in words:
        subjects = [k for k in _children(words, verb.index, "nsubj") if words[k].upos == "PROPN"]
        for title in _children(words, verb.index, "obl"):
            extent = _descendants(words, title)
            cases = [k for k in _children(words, title, "case") if k == extent[0]]
            name = [k for k in subjects if min(_descendants(words, k)) == extent[-1] + 1]
            if not cases or words[cases[0]].lower != "as" or not name or \
                    posts.get(words[title].lemma) not in POST_CATEGORIES:
                continue
            _reattach(words, cases[0], verb.index, "mark")
            words[cases[0]].upos = "SCONJ"
            _reattach(words, title, name[0], "compound")


def as_clauses_read_as_main(words: list[Word]) -> None:
    """'As the former minister Jane Cole put it, “Nobody is in charge.”', parsed with 'put'
    heading the sentence and the quotation its complement: a verb opened by 'as' is a
    clause of the one that follows its comma."""
    for verb in words:
        if verb.deprel != "root" or not any(words[m].lower == "as" for m in
                                            _children(words, verb.index, "mark")):
            continue
        main = [c for c in _children(words, verb.index, "ccomp", "parataxis") if c > verb.index
                and any(words[k].text == "," for k in range(verb.index + 1, c))]
        if main:
            _make_root(words, main[0])
            _reattach(words, verb.index, main[0], "advcl")


def gerunds_of_predicates(words: list[Word]) -> None:
    """'The minister is fond of saying that ...', parsed with 'fond' a noun and 'saying' a
    modifier of it: an '-ing' verb after 'of' hung on a predicate with 'is' and a subject is
    that subject's doing."""
    for word in words:
        host = word.head
        if word.xpos != "VBG" or word.deprel != "acl" or host is None or \
                not any(words[m].lower == "of" for m in _children(words, word.index, "mark")) or \
                not _children(words, host, "cop") or not _children(words, host, "nsubj"):
            continue
        word.deprel = "advcl"


def past_forms_read_as_nouns(words: list[Word]) -> None:
    """'Delta said the outage cost it about $500 million', parsed with 'the outage cost' as
    the object of 'said': a past form that is also a noun ('cost', 'hit', 'spread'), written
    after a noun and before more words of a clause ('the blaze spread rapidly'), is the verb
    of what was said."""
    verbs = lexicon.reporting_verbs()
    for verb in words:
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in COMPLEMENT_CLASSES:
            continue
        for noun in _children(words, verb.index, "obj"):
            word = words[noun]
            subjects = [c for c in _children(words, noun, "compound") if c == noun - 1 and
                        words[c].upos in ("NOUN", "PROPN")]
            rest = [c for c in _children(words, verb.index, "ccomp", "obj", "xcomp", "advmod")
                    if c != noun and min(_descendants(words, c)) == noun + 1]
            if word.lower not in SAME_PAST_FORMS or not subjects or not rest:
                continue
            word.upos, word.xpos, word.lemma = "VERB", "VBD", word.lower
            _reattach(words, noun, verb.index, "ccomp")
            _reattach(words, subjects[0], noun, "nsubj")
            relation = "advmod" if words[rest[0]].deprel == "advmod" else "obj"
            _reattach(words, rest[0], noun, relation)


def plural_nouns_read_as_verbs(words: list[Word]) -> None:
    """'Privacy advocates warned that ...', parsed with 'advocates' as the verb and 'warned'
    its complement: a word for people read as a present verb, after a noun and right before
    a past reporting verb, is a plural noun, the subject of that verb."""
    verbs, nouns = lexicon.reporting_verbs(), lexicon.source_nouns()
    for word in words:
        after = word.index + 1
        if word.upos != "VERB" or word.xpos != "VBZ" or after >= len(words) or \
                nouns.get(word.lemma) not in PERSON_CATEGORIES or \
                words[after].lemma not in verbs or words[after].xpos not in PAST_FORMS or \
                words[after].head != word.index:
            continue
        modifiers = [c for c in _children(words, word.index, "nsubj") if c == word.index - 1]
        speech = words[after]
        _take_place(words, after, word.index)
        speech.xpos = "VBD"
        word.upos, word.xpos = "NOUN", "NNS"
        for child in [c for c in word.children if c > after]:
            _reattach(words, child, after, words[child].deprel)
        _reattach(words, word.index, after, "nsubj")
        for modifier in modifiers:
            _reattach(words, modifier, word.index, "compound")


def named_relations_in_tags(words: list[Word]) -> None:
    """'The cause was pneumonia, her son, Miguel, said.': a closing tag whose speaker is a
    post or a relative and the name set off after it, which the parser scatters over the
    clause before; the post is the verb's subject, the name its apposition."""
    posts = lexicon.source_nouns()
    verbs = lexicon.reporting_verbs()
    for verb in words:
        name_end = verb.index - 2
        if verb.upos != "VERB" or verbs.get(verb.lemma) not in SETTING_CLASSES or \
                name_end < 3 or words[verb.index - 1].text != "," or \
                words[name_end].upos != "PROPN":
            continue
        name_start = name_end
        while words[name_start - 1].upos == "PROPN":
            name_start -= 1
        if any(k not in range(name_start, name_end + 1)
               for k in _children(words, verb.index, "nsubj")):
            continue
        post = name_start - 2
        if post < 1 or words[name_start - 1].text != "," or words[post].upos != "NOUN" or \
                posts.get(words[post].lemma) not in POST_CATEGORIES:
            continue
        opener = post
        while opener > 0 and words[opener - 1].upos in ("DET", "PRON", "ADJ") and \
                words[opener - 1].text != ",":
            opener -= 1
        if opener == 0 or words[opener - 1].text != ",":
            continue
        name = max(range(name_start, name_end + 1),
                   key=lambda k: words[k].head not in range(name_start, name_end + 1))
        _reattach(words, post, verb.index, "nsubj")
        for k in range(opener, post):
            _reattach(words, k, post, words[k].deprel)
        _reattach(words, name, post, "appos")


def posts_set_off_before_names(words: list[Word]) -> None:
    """'His son, David, said ...', parsed with 'son' a compound of 'David' across the comma:
    a post or relative set off by a comma before a name heads the phrase, the name its
    apposition (so the speaker keeps the tie: 'His son, David')."""
    posts = lexicon.source_nouns()
    for post in words:
        name = post.head
        if post.deprel != "compound" or post.upos != "NOUN" or name is None or \
                name != post.index + 2 or words[post.index + 1].text != "," or \
                words[name].upos != "PROPN" or words[name].head is None or \
                posts.get(post.lemma) not in POST_CATEGORIES:
            continue
        opener = min(_descendants(words, post.index))
        if opener > 0 and words[opener - 1].upos in ("ADP", "SCONJ"):
            continue  # not 'As a senator, Kaine has opposed ...'
        _reattach(words, post.index, words[name].head, words[name].deprel)
        _reattach(words, name, post.index, "appos")


def counts_cut_from_partitives(words: list[Word]) -> None:
    """'Officials said three of the injured were in critical condition', parsed with 'three'
    the object of 'said' and 'of the injured' the clause's subject: a count right before an
    'of' phrase that a clause took for its subject is that subject, the phrase its part."""
    verbs = lexicon.reporting_verbs()
    for count in words:
        verb = count.head
        after = count.index + 1
        if count.upos != "NUM" or count.deprel != "obj" or verb is None or \
                verbs.get(words[verb].lemma) not in COMPLEMENT_CLASSES or \
                after >= len(words) or words[after].lower != "of":
            continue
        subject = words[after].head
        clause = words[subject].head if subject is not None else None
        if clause is None or words[subject].deprel not in ("nsubj", "nsubj:pass") or \
                words[clause].head != verb or min(_descendants(words, subject)) != after:
            continue
        relation = words[subject].deprel
        _reattach(words, subject, count.index, "nmod")
        _reattach(words, count.index, clause, relation)


def reasons_hung_across_the_verb(words: list[Word]) -> None:
    """'A federal official, speaking on condition of anonymity because the inquiry is
    ongoing, said the suspect had posted threats', parsed with the 'because' clause hung on
    'posted': a clause that ends before a speech verb cannot belong to that verb's
    complement after it; it is the reason of the participle before it."""
    verbs = lexicon.reporting_verbs()
    for clause in words:
        head = clause.head
        if clause.deprel != "advcl" or head is None or head < clause.index:
            continue
        extent = _descendants(words, clause.index)
        start, end = extent[0], extent[-1]
        speech = [k for k in range(end + 1, head) if words[k].upos == "VERB" and
                  words[k].lemma in verbs and _dominates(words, k, head)]
        sentence_start = start
        while sentence_start > 0 and words[sentence_start - 1].sentence == clause.sentence:
            sentence_start -= 1
        host = next((k for k in range(start - 1, sentence_start - 1, -1)
                     if words[k].xpos == "VBG" and words[k].head in speech), None) \
            if speech else None
        if host is not None:
            _reattach(words, clause.index, host, "advcl")


def recipients_read_as_subjects(words: list[Word]) -> None:
    """'Witnesses told reporters they heard three gunshots before the van sped away', parsed
    with 'reporters they heard ...' a relative clause and 'reporters' the subject of 'sped':
    after a verb of telling, whom it was told comes first and the clause with its own
    pronoun subject after it is what was said."""
    frames = lexicon.verb_frames()
    for verb in words:
        if "recipient" not in frames.get(verb.lemma, ()) or verb.upos != "VERB" or \
                _children(words, verb.index, "obj", "iobj") or verb.index + 2 >= len(words):
            continue
        listener = words[verb.index + 1]
        clauses = [c for c in _children(words, listener.index, "acl:relcl")
                   if min(_descendants(words, c)) == listener.index + 1
                   and words[listener.index + 1].upos == "PRON"
                   and words[listener.index + 1].head == c]
        host = listener.head
        if listener.deprel != "nsubj" or not clauses or host is None or \
                words[host].head != verb.index or \
                lexicon.source_nouns().get(listener.lemma) not in LISTENERS:
            continue
        _reattach(words, listener.index, verb.index, "obj")
        _reattach(words, clauses[0], verb.index, "ccomp")
        _reattach(words, host, clauses[0], "advcl")


def plural_nouns_read_as_names(words: list[Word]) -> None:
    """'Paramedics said ...', 'Senators told reporters ...', tagged as a name because it
    opens the sentence with a capital: a word no entity covers (or the tagger took alone for
    a person's name at the start of a sentence) whose singular is a listed word for people
    is a plural noun."""
    nouns = lexicon.source_nouns()
    for word in words:
        alone = word.entity == "PERSON" and _opens_sentence(words, word) and \
            (word.index + 1 == len(words) or words[word.index + 1].entity != "PERSON")
        if word.upos not in ("PROPN", "NOUN") or not (word.entity is None and
                                                       word.upos == "PROPN" or alone) or \
                not word.text[:1].isupper() or word.text.isupper():
            continue
        singular = _singular(word.lower)
        if singular is not None and nouns.get(singular) in PERSON_CATEGORIES:
            word.upos, word.xpos, word.lemma, word.entity = "NOUN", "NNS", singular, None


def acronym_plurals(words: list[Word]) -> None:
    """'Labour MPs said', 'Opposition TDs said': an acronym for a post with a plural 's' is
    that post's plural (the tagger leaves it a name, headed by the word before it), so the
    phrase is a set of people."""
    nouns = lexicon.source_nouns()
    for word in words:
        post = word.text[:-1].lower()
        if not lexicon.PLURAL_ACRONYM.match(word.text) or nouns.get(post) not in PERSON_CATEGORIES:
            continue
        word.lemma, word.upos, word.xpos = post, "NOUN", "NNS"
        head = word.head
        if head is None or head != word.index - 1 or word.deprel not in NAME_LINKS:
            continue
        # 'Labour MPs' read as one name headed by 'Labour': the post heads the phrase
        _take_place(words, word.index, head)
        _reattach(words, head, word.index, "compound")
        for k in _children(words, head):
            _reattach(words, k, word.index, words[k].deprel)


def plurals_left_unlemmatized(words: list[Word]) -> None:
    """'Two spokesmen said', with the lemmatizer leaving 'spokesmen' as it is, or 'Aides to
    the Prime Minister said' with 'Aides' lemmatized 'cide': a noun whose plural is of a
    listed word for people ('spokesman', 'aide') and whose lemma is no listed word takes that
    word for its lemma."""
    nouns = lexicon.source_nouns()
    for word in words:
        singular = _singular(word.lower)
        left = word.lemma == word.lower or word.lemma[:2] != word.lower[:2]  # 'cide'
        if word.upos == "NOUN" and word.lemma not in nouns and left and \
                not word.text.isupper() and singular not in (None, word.lower) and \
                nouns.get(singular) in PERSON_CATEGORIES:
            word.lemma, word.xpos = singular, "NNS"


def _singular(plural: str) -> str | None:
    """The singular of a regular or '-men' plural ('deputies' -> 'deputy', 'spokesmen' ->
    'spokesman'), by PLURAL_ENDINGS; None for a word with none of those endings."""
    return next((plural[: -len(ending)] + stem for ending, stem in PLURAL_ENDINGS
                 if plural.endswith(ending)), None)


def _sentence_start(words: list[Word], index: int) -> int:
    """The first word of the sentence a word stands in."""
    start = index
    while start > 0 and words[start - 1].sentence == words[index].sentence:
        start -= 1
    return start


def _opens_sentence(words: list[Word], word: Word) -> bool:
    return word.index == 0 or words[word.index - 1].sentence != word.sentence


REPAIRS = (section_labels_read_into_sentences, phrasal_speech_verbs, plural_nouns_read_as_names,
           plurals_left_unlemmatized,
           acronym_plurals,
           passives_without_auxiliaries,
           contact_clauses,
           names_read_as_function_words, surnames_read_as_verbs, company_names_read_as_verbs,
           listeners_read_as_verbs, outlets_read_as_clauses, tags_read_as_modifiers_of_listeners,
           plus_signs_read_as_conjunctions, clauses_after_semicolons,
           name_syllables_read_as_words, relative_clauses_cut_by_the_verb,
           infinitives_cut_from_their_verbs, infinitives_read_as_modifiers_of_objects,
           speakers_read_as_objects_of_tags, pronouns_read_as_expletives,
           documents_read_as_clauses_of_settings,
           surnames_read_as_adverbs,
           inverted_surnames_read_as_adverbs, posts_read_as_objects_of_inverted_verbs,
           inverted_speech_verbs_read_as_modifiers, ages_hung_on_verbs, ages_read_as_subjects,
           clauses_read_as_subjects_of_inverted_tags,
           names_read_as_second_subjects, subjects_hung_on_set_off_participles,
           speech_verbs_read_as_modifiers_after_relatives, names_closing_post_phrases,
           names_after_post_phrases, appositions_read_as_conjuncts,
           names_read_as_conjuncts_of_places, names_read_into_bodies,
           subjects_before_inverted_tags, openers_before_parenthetical_tags,
           relays_read_as_content,
           second_subjects_of_speech_verbs,
           name_parts_past_commas,
           findings_read_as_outlets, passives_cut_from_clauses,
           brands_read_as_possessives, subjects_after_with,
           second_subjects_with_prepositions, titles_cut_from_their_dots, titles_split_from_names,
           posts_read_as_names,
           posts_read_as_adverbs,
           posts_read_as_adjectives,
           phrases_read_apart_from_the_quoted, clauses_hung_on_the_quoted,
           clauses_read_as_time_phrases, acronyms_read_as_pronouns,
           subjects_with_prepositions, questions_hung_past_the_asker,
           descriptions_read_into_complements, scenes_read_as_complements,
           names_hung_in_fronted_participles,
           subjects_set_in_fronted_phrases,
           objects_read_apart_from_their_phrases,
           clauses_read_as_adverbials,
           names_read_as_modifiers, ordinals_read_as_modifiers, gerund_modifiers,
           misread_speech_verbs, speech_verbs_read_as_nouns, plural_speech_verbs_read_as_nouns,
           outlet_knowledge_read_as_nouns,
           speech_verbs_read_as_heads,
           speech_verbs_read_as_compounds,
           speech_verbs_read_as_nouns_of_phrases, subjects_read_as_determiners,
           speech_verbs_read_as_nouns_after_subjects,
           nouns_read_as_adjectives, nouns_read_as_adjectives_of_adjectives,
           inverted_posts_read_as_adjectives, perfects_split_by_times, days_read_as_modifiers,
           speakers_read_as_small_clauses,
           places_read_as_conjuncts_of_people, first_speakers_read_as_content,
           documents_read_as_conjuncts_of_knowledge, quantities_cut_from_clauses,
           subjects_tagged_as_adjectives, described_people_read_as_clauses,
           coordinated_nouns_read_as_modifiers,
           past_tenses_read_as_modifiers, coordinated_speech_verbs_read_as_modifiers,
           speaker_tags, dateline_subjects, datelines_read_as_subjects, participle_openers,
           manner_participles_read_as_complements, programme_titles_read_as_content,
           appositions_hung_past_names,
           according_to_clauses, appositions_after_according_to, verbs_after_according_to,
           according_to_openers, reduced_relatives,
           time_clauses_read_as_relatives,
           present_participle_asides, asides_taken_for_subjects, openers_hung_in_that_clauses,
           participles_read_as_main_verbs, descriptions_read_as_clauses_of_their_names,
           participle_asides, verbs_hung_on_participle_asides,
           trailing_participles, displaced_complements, absorbed_subjects, objects_before_clauses,
           subjects_read_as_clauses_of_telling, recipient_clauses, particles_after_clauses,
           prepositions_before_quotations,
           subjects_after_that_read_as_verbs, nouns_read_as_verbs, complements_after_settings,
           titles_set_after_media, settings_read_as_participles,
           complements_after_settings_misparsed,
           complements_after_broken_settings,
           complements_after_described_listeners,
           second_subjects_after_speech_verbs,
           that_clauses_read_as_adverbials,
           that_clauses_read_as_relatives, that_clauses_after_speech_nouns,
           opener_objects, complements_after_conjuncts, clauses_read_as_conjuncts,
           reported_conjuncts, second_statements, refusals_read_as_content,
           subjects_of_complements, names_before_complements,
           modifiers_read_as_complements, contrasted_speakers, names_after_obliques, stray_roots,
           posts_read_as_compounds_of_names,
           adjacent_names, split_names, subject_modifiers, names_before_descriptions,
           descriptions_before_names, bare_objects, perfect_subjects, phrases_inside_subjects,
           settings_set_off_after_subjects,
           # objects_before_clauses and recipient_clauses again, once relative_clauses has
           # rehung a set-off clause on its noun ('said the woman, whose name was not
           # released, was struck', 'The boy, who cannot be identified, told the court he ...')
           as_names_read_as_obliques, relative_clauses, objects_before_clauses,
           recipient_clauses,
           fronted_clauses_read_as_adverbials,
           fronted_clause_subjects, names_read_as_times, names_split_by_the_parser,
           counts_read_as_obliques, counts_read_as_modifiers, passive_subjects_of_active_verbs,
           comparisons_read_as_objects, inverted_subjects, subjects_cut_from_complements,
           times_read_as_heads, temporal_subjects, trailing_appositions, names_after_affiliations,
           names_after_roles,
           knowledge_phrases, phrases_after_inverted_subjects, pronoun_appositions, quoted_subjects,
           speakers_after_quotes, stranded_subjects, names_set_in_fronted_phrases,
           emphatic_reflexives,
           subjects_side_by_side, subjects_after_more_than, subjects_after_subordinators,
           subordinate_subjects_read_as_obliques, figures_read_as_subjects,
           tags_read_as_appositions, named_relations_in_tags, gerunds_read_as_verbs,
           document_gerunds_read_as_verbs,
           titles_read_as_obliques,
           as_clauses_read_as_main, gerunds_of_predicates, past_forms_read_as_nouns,
           plural_nouns_read_as_verbs, posts_set_off_before_names, counts_cut_from_partitives,
           reasons_hung_across_the_verb, recipients_read_as_subjects,
           titled_names_joined_by_and, appositions_read_as_second_subjects, stock_tickers,
           house_numbers_read_as_counts,
           possessors_read_as_heads, questions_hung_on_listeners, questions_hung_past_the_asking,
           quoted_verbs_read_apart, quotations_read_apart_from_their_participles,
           quotations_read_as_adverbials,
           speech_verbs_hung_in_relative_clauses,
           clauses_split_without_a_break, subjects_hung_on_what_was_told,
           that_clauses_after_asides, relative_clauses_split_at_conjunctions,
           terms_read_as_content, descriptions_read_as_clauses, relatives_read_as_content,
           clauses_read_as_objects_of_say,
           clauses_read_as_objects_and_modifiers, small_clauses_of_findings,
           modifiers_read_as_first_objects)


def repair(words: list[Word]) -> None:
    for fix in REPAIRS:
        fix(words)
