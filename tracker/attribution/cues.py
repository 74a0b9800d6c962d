"""Cue rules: each finds a cue in the dependency parse, with its content and speaker head.

Every rule is a small generator over a ParsedDoc yielding Candidate records;
the rule's name travels with the candidate for error analysis.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from . import lexicon
from .document import ParsedDoc
from .model import Span
from .repair import (
    AUDIENCES,
    CLOCK,
    CLOSING_MARKS,
    DASHES,
    FINITE,
    HYPHENS,
    LISTENERS,
    OPENING_MARKS,
    PAST_FORMS,
    PERSON_CATEGORIES,
    QUOTING,
    RELATIVE,
    SETTING_PREPOSITIONS,
    TEMPORAL,
    TIME_DETERMINERS,
    TIME_ZONES,
    dash_between_spaces,
    dateline_hyphen,
    medium_or_occasion,
    name_head,
    place_or_time,
    section_label,
    word_extent,
)

CONTENT_RELATIONS = ("ccomp",)
# Objects and verbs by which a speaker names itself ('calling itself Cyber Av3ngers').
REFLEXIVES = {"itself", "themselves", "himself", "herself", "themself"}
SELF_NAMING_VERBS = {"call", "dub", "name", "style"}
# Clauses the parser hangs on an inverted tag's verb that stand before its speaker, and so
# end what was said ('..., allowing the plane to land safely, the airline said').
CLAUSES_BEFORE_TAGS = ("advcl", "xcomp", "dep", "conj")
INTENT_RELATIONS = ("xcomp",)
INTENT_CLASSES = {"cognition", "position"}
OBJECT_RELATIONS = ("obj",)
SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
NAME_PARTS = ("compound", "flat", "flat:name")
PUNCT = "PUNCT"
# Verb tags that make the words after a speech verb a clause; VBN because taggers often
# read a past tense after a noun as a participle ('officials said the two raised ...').
CLAUSE_VERB_TAGS = {"VBD", "VBZ", "VBP", "MD", "VBN"}
QUOTATION_MARKS = ('"', "“", "”", "''")
# Closing marks that never open a quotation ('"' and "''" may do both).
CLOSING_QUOTATION_MARKS = CLOSING_MARKS - {'"', "''"}
# Verb classes whose gerund is what was said ('reported seeing smoke', 'denied taking
# the money', 'described hearing gunfire').
GERUND_CLASSES = {"speech", "writing", "announcement"}
# Subordinators of a clause that tells when or why, never what was said.
ADVERBIAL_MARKS = {"as", "when", "while", "before", "after", "because", "since", "although",
                   "though", "until", "once", "unless"}
# Verbs that take nothing but what was said, so any verb after them, even one the tagger
# left bare ('said Mohamed wishes to use ...', 'wishes' read as a noun), opens the content.
BARE_SAYING = {"say"}
# Words that stand for a whole answer or statement ('72 percent said yes', 'half said so').
PRO_FORMS = {"yes", "no", "so"}
# Subject pronouns that stand for a person, never for a poll or a record.
PERSONAL_PRONOUNS = {"he", "she", "i", "we", "you"}
# Words that open an indirect question.
QUESTION_WORDS = {"how", "what", "why", "whether", "where", "who", "which", "if"}
# Words that open a clause embedded in the one before it ('it is remarkable how ...'); 'if'
# more often opens a quotation a tag follows.
EMBEDDING_WORDS = QUESTION_WORDS - {"if"} | {"that"}
# Where a parser hangs a quotation that a verb has as its object ('a sign read “...”').
QUOTATION_SLOTS = ("obj", "ccomp", "xcomp", "parataxis", "dep", "obl")
# What a police appeal asks callers to quote: a case's number, not anyone's words.
REFERENCE_CODES = {"reference", "number", "code", "log", "incident"}
# Relations of a verb's dependents that never belong to its content.
NOT_CONTENT = {"punct", "conj", "cc", "parataxis"}
# Words that open a concession set off after what was said ('..., although sales were slow').
CONCESSIONS = {"although", "though", "whereas"}
ADVERBIALS = ("obl", "obl:tmod", "advmod", "obl:npmod")
# Verb classes that close a sentence as its cue ('..., the report shows.'); not 'I imagine.'
FINAL_CLASSES = {"speech", "writing", "evidence", "announcement"}
# Words that join a clause going on with what was said after a tag set off in the middle
# of a sentence (", officials said, and ...").
TAIL_CONJUNCTIONS = {"and", "but"}
# An interview's line labels: 'Q: ...' for the interviewer's question, 'A: ...' (or 'A. ...')
# for the answer.
QUESTION, ANSWER = "Q", "A"
INTERVIEW_LABEL = re.compile(r"(Q|A)\s*[:.]\s+")
FINAL_MIN_WORDS = 3
# Verbs by which someone puts out a document that then speaks for them ('released a
# statement saying'), with the particle a verb needs for that sense ('put out').
ISSUING_VERBS = {"release": None, "issue": None, "publish": None, "send": None,
                 "post": None, "distribute": None, "circulate": None, "put": "out"}
# The most words from that verb to the one the document speaks by: the document, when and
# to whom ('sent a letter on Thursday to Senate leaders opposing').
MAX_ISSUED_WORDS = 9
# Verb classes by which such a document speaks for its authors (not 'showing', 'finds').
ISSUED_CLASSES = {"speech", "writing", "announcement", "position"}
# Words that open a clause setting the scene for another ('Even if ..., he said, ...').
SUBORDINATORS = {"if", "when", "though", "although", "while", "because", "after", "before",
                 "since", "unless", "once", "even", "as", "whether"}
# How far into a sentence a dateline's dash may stand ('WASHINGTON ― ...').
DATELINE_WORDS = 12
HEADLINE_MAX_WORDS = 20
HEADLINE_CAPITALS = 0.7
# Prepositions that name what a stance noun is about ('criticism of Trump', 'support for').
STANCE_TARGETS = {"of", "for", "on", "against"}
# Prepositions that name what speech or thought is about ('claims about', 'worries over').
TOPICS = {"about", "on", "over", "regarding"}
# 'as' phrases that say nothing of what something is called ('called for it as well').
AS_IDIOMS = {"well", "such", "usual", "always", "yet", "ever"}
# Word classes that make what opens a line before a colon something other than a name.
COLON_NON_SPEAKERS = {"VERB", "AUX", "NUM", "INTJ", "ADV"}
# The most words a speaker's label before a colon may hold, colon included and words in
# brackets not counted ('Pence:', 'Sen. Ted Cruz (R-Texas):'), and the most a headline
# naming a topic may ('Gillibrand on Hillary Releasing Her Goldman Sachs Speech
# Transcripts:') before a quotation.
LABEL_WORDS = 7
TOPIC_LABEL_WORDS = 16
# Clauses that may set a source's terms ('who asked not to be named because ...'), and the
# verbs of speaking on such terms ('spoke on condition of anonymity').
TERMS_CLAUSES = {"acl:relcl", "acl", "advcl"}
# Verbs by which a source sets terms ('asked that his last name be withheld').
TERMS_REQUESTS = {"ask", "request", "insist", "want"}
TERMS_VERBS = {"speak", "talk"}
# Verbs that set their object doing what the next clause says: 'had Republicans wondering'.
CAUSATIVES = {"have", "get", "leave", "keep", "set", "send", "make"}
# Bodies that hear evidence ('The court heard that ...').
HEARINGS = {"court", "jury", "juror", "inquest", "tribunal", "hearing", "trial", "inquiry"}
# Cue nouns whose object use carries content ('expressed concern about').
EXPRESSED = {"feeling", "cognition", "stance"}
NOUN_TOPICS = {"stance": STANCE_TARGETS, "speech": TOPICS, "cognition": TOPICS,
               "feeling": TOPICS | {"at", "with", "for"}}
# 'The study was supported by the Croucher Foundation': research backed by someone is funded,
# not endorsed.
FUNDING_VERBS = {"support", "back"}
# The counts a source puts at a figure ('put the death toll at 30').
TALLIES = {"toll", "number", "figure", "count", "cost", "damage", "loss", "losses", "total",
           "estimate", "turnout", "tally"}
# What police, firefighters and medics respond to, which they answer with no words.
EMERGENCIES = {"call", "blaze", "fire", "scene", "incident", "emergency", "crash", "shooting",
               "alarm", "disturbance", "collision", "accident", "explosion"}
RESEARCH_WORK = {"study", "research", "project", "work", "trial", "survey", "experiment"}


@dataclass
class Candidate:
    """A cue with the words of its content and the head word of its speaker."""

    rule: str
    cue: list[int]
    content: set[int]
    speaker: int | None
    sentence: int


def is_reporting_verb(doc: ParsedDoc, index: int) -> bool:
    """A verb the lexicon lists, not the tail of a compound adjective ('self-described',
    'so-called', 'much-touted'), not a participle used as an adjective ('the alleged
    crime', 'pledged delegates'), not a participle that gives a name ('a group called
    the Sea Org') or a verb by which one names itself ('which calls itself ShinyHunters')
    and not a verb that reports only a tally when it puts none ('put it on
    the table')."""
    word = doc.words[index]
    if word.upos != "VERB" or word.lemma not in lexicon.reporting_verbs() or \
            doc.text[word.start - 1 : word.start] in HYPHENS or word.deprel == "amod":
        return False
    frames = lexicon.verb_frames().get(word.lemma, ())
    if "tally" in frames:  # 'put the toll at 30' only
        return _tally(doc, index) is not None
    return not ("naming" in frames and (word.xpos == "VBN" and word.deprel == "acl" or
                                        _names_itself(doc, index)))


def _names_itself(doc: ParsedDoc, verb: int) -> bool:
    """'which calls itself ShinyHunters': a name a speaker goes by, not a description it
    gives ('portrayed himself as a shrewd manipulator', 'calling himself the king of debt')."""
    return doc.words[verb].lemma in SELF_NAMING_VERBS and any(
        doc.words[k].lower in REFLEXIVES and k + 1 < len(doc.words) and
        doc.words[k + 1].upos == "PROPN" for k in doc.children(verb, "obj", "iobj"))


def to_infinitive(doc: ParsedDoc, verb: int) -> bool:
    """'to discuss', 'to apologize': a verb marked by 'to'."""
    return any(doc.words[m].lower == "to" for m in doc.children(verb, "mark"))


def verb_group_start(doc: ParsedDoc, verb: int) -> int:
    """Where a verb cue starts when written with its auxiliaries and the adverbs between
    them: 'has said', 'did not immediately respond', 'is also encouraging', 'have been
    critical of', 'no longer wants' (PolNeAR and PARC take these into the cue)."""
    start = verb
    while start > 0:
        word = doc.words[start - 1]
        # the first word of an adverb phrase already taken in: 'no' of 'no longer'
        opens_adverb = start != verb and word.head == start and \
            doc.words[start].deprel == "advmod" and word.deprel in ("advmod", "det")
        if word.head != verb and not opens_adverb or \
                word.sentence != doc.words[verb].sentence:
            break
        auxiliary = word.deprel in ("aux", "aux:pass", "cop") and word.lower != "to"
        adverb = word.deprel == "advmod" and word.upos in ("ADV", "PART") or opens_adverb
        if not (auxiliary or adverb):
            break
        start -= 1
    return start


def cue_extent(doc: ParsedDoc, cue: list[int]) -> tuple[int, int]:
    """First and last word of a cue as PolNeAR and PARC write it: with its auxiliaries, a
    particle ('pointed out', 'backed off') and, for a speech verb in a to-infinitive, the
    verbs it hangs from ('went on to explain', 'has refused to endorse')."""
    verb = min(cue)
    start, end = verb_group_start(doc, verb), max(cue)
    while end + 1 < len(doc.words) and doc.words[end + 1].head == verb and \
            doc.words[end + 1].deprel == "compound:prt":
        end += 1
    marker = doc.words[start - 1] if start > 0 else None
    if marker is not None and marker.lower == "to" and marker.head == verb and \
            marker.deprel == "mark":
        start, current = start - 1, verb
        while doc.words[current].deprel == "xcomp" and doc.words[current].head is not None \
                and doc.words[current].head < start:
            current = doc.words[current].head
            group = verb_group_start(doc, current)
            if any(doc.words[k].text in QUOTATION_MARKS for k in range(group, start)):
                break  # 'told the press, "to show that ...': the quotation's own verb
            start = group
    return start, end


def _headline_passive(doc: ParsedDoc, verb: int) -> bool:
    """'Hospital trust accused of covering up baby deaths', 'a man accused of fraud': a past
    participle with no auxiliary, heading a headline or set on a noun, with an 'of' phrase
    after it is a passive; its subject is who was accused, not who spoke."""
    word = doc.words[verb]
    return word.xpos == "VBN" and (word.head is None or word.deprel == "acl") and \
        not doc.children(verb, "aux", "aux:pass", "cop") and \
        any(doc.words[c].lower == "of" for k in doc.children(verb, "obl", "advcl", "xcomp")
            for c in doc.children(k, "case", "mark"))


def subject_of(doc: ParsedDoc, verb: int) -> int | None:
    """The speaker head of a verb: its subject, inherited along conj chains, by a participle
    from the clause it follows ('The publication has been outspoken, arguing ...'), and by
    a finite verb the parser hung without a subject on another ('Clinton paused, then
    revealed ...'), or a passive agent (a bare participle's too: 'When pressed by Holt about
    ...'); a past participle set before its clause ('Asked about it, Trump said') has none:
    the clause's subject is who was asked, nor has a question set off after a noun ('The
    secretary, asked whether ...': the secretary was asked) unless it names an agent."""
    if _headline_passive(doc, verb):
        return None
    current: int | None = verb
    while current is not None:
        subjects = doc.children(current, "nsubj") or doc.children(current, "csubj")
        if current != verb and not subjects and (
                doc.words[verb].xpos == "VBG" or current == doc.words[verb].head and
                doc.words[verb].deprel == "xcomp" and _raising_passive(doc, current) and
                not _raising_passive(doc, verb)):
            subjects = doc.children(current, "nsubj:pass")
        if subjects:
            return subjects[0]
        agents = _agents(doc, current)
        opener = current == verb and doc.words[verb].xpos == "VBN" and \
            doc.words[verb].deprel == "advcl" and verb < (doc.words[verb].head or 0)
        if agents and (doc.children(current, "aux:pass") or opener):
            return agents[0]
        word = doc.words[current]
        if word.deprel == "acl" and word.head is not None and _asked_aside(doc, current):
            return agents[0] if agents else None
        if word.deprel == "acl" and word.head is not None:
            return _apposition_host(doc, word.head)
        if current == verb and _passive_opener(doc, verb):
            return None
        participle = word.xpos == "VBG" and word.deprel in ("ccomp", "parataxis") and \
            word.head is not None and is_reporting_verb(doc, word.head)
        coordinated = word.xpos in ("VBD", "VBZ", "VBP") and word.deprel in (
            "ccomp", "parataxis") and word.head is not None and word.head < current and \
            not is_reporting_verb(doc, word.head)
        controller = _object_controller(doc, current) or quoted_person(doc, current)
        if controller is not None:
            return controller
        if (word.deprel in ("conj", "xcomp", "advcl") or participle or coordinated) and \
                word.head is not None:
            current = word.head
        else:
            current = None
    return _subject_before_participle(doc, verb)


def _introduces_quotation(doc: ParsedDoc, end: int) -> bool:
    """Whether a colon or a quotation follows the word at `end` ('tweeted using his
    account: "..."': the gerund says how, the quotation what)."""
    after = end + 1
    return after < len(doc.words) and (doc.words[after].text == ":" or
                                       doc.words[after].text in QUOTATION_MARKS)


def _asked_aside(doc: ParsedDoc, verb: int) -> bool:
    """'The secretary, asked whether the president would veto the bill, said ...': a past
    participle set off after a noun that asks a question (a clause opened by 'whether' or a
    question word, or 'about' something) tells what the noun was asked."""
    word = doc.words[verb]
    if word.xpos not in PAST_FORMS or doc.words[verb - 1].text != ",":
        return False
    openers = [min(doc.subtree(c)) for c in doc.children(verb) if c > verb]
    return any(doc.words[k].lower in QUESTION_WORDS | {"about"} for k in openers)


def _object_controller(doc: ParsedDoc, clause: int) -> int | None:
    """'had Republicans wondering about ...', 'left many voters wondering whether ...': the
    people a causative verb sets doing something are who does the saying of the clause that
    completes it (however the parser hung it), not a thing it sets ('sent a letter urging')."""
    word = doc.words[clause]
    open_clause = word.deprel == "xcomp" or word.deprel == "advcl" and word.xpos == "VBG" \
        and not doc.after_comma(clause)
    if not open_clause or word.head is None or \
            doc.words[word.head].lemma not in CAUSATIVES or to_infinitive(doc, clause):
        return None
    objects = [o for o in doc.children(word.head, "obj", "iobj")
               if max(doc.subtree(o)) == clause - 1 and _someone(doc, o)]
    return objects[-1] if objects else None


def quoted_person(doc: ParsedDoc, clause: int) -> int | None:
    """'Interfax quoted a source as saying that ...', 'The paper cited officials as saying
    ...': who the outlet quotes is who said it."""
    word = doc.words[clause]
    marks = {doc.words[m].lower for m in doc.children(clause, "mark")}
    if word.xpos != "VBG" or marks != {"as"} or word.head is None or \
            doc.words[word.head].lemma not in QUOTING:
        return None
    first = min(doc.subtree(clause))
    objects = [o for o in doc.children(word.head, "obj")
               if o < first and max(k for k in doc.subtree(o) if k < first) == first - 1
               and _someone(doc, o)]
    return objects[-1] if objects else None


def _someone(doc: ParsedDoc, noun: int) -> bool:
    """A person, a crowd or a body by its words: a name, a personal pronoun or a listed
    source noun other than a document."""
    word = doc.words[noun]
    if word.upos == "PRON":
        return word.lower != "it"
    category = lexicon.source_nouns().get(word.lemma)
    return word.upos == "PROPN" or category is not None and category not in ("document", "share")


def _agents(doc: ParsedDoc, verb: int) -> list[int]:
    """The 'by' phrases of a verb: its agent when the verb is passive."""
    return [c for c in doc.children(verb, "obl:agent", "obl")
            if any(doc.words[k].lower == "by" for k in doc.children(c, "case"))]


def _passive_opener(doc: ParsedDoc, verb: int) -> bool:
    """'Asked about it, Trump said ...': a past participle with no auxiliary or subject
    setting the scene for its clause."""
    word = doc.words[verb]
    return word.deprel == "advcl" and word.xpos in ("VBN", "VBD") and \
        not doc.children(verb, "aux", "aux:pass", "mark", "nsubj", "nsubj:pass")


def _subject_before_participle(doc: ParsedDoc, verb: int) -> int | None:
    """'Fiorina was upfront about her distaste for Trump, saying ...', however the parser
    hung 'saying': a participle after a comma speaks for the subject of its sentence."""
    word = doc.words[verb]
    if word.xpos != "VBG" or verb == 0 or doc.words[verb - 1].text != ",":
        return None
    root = next((k for k in doc.sentences[word.sentence] if doc.words[k].head is None), None)
    subjects = [s for s in doc.children(root, "nsubj", "nsubj:pass") if s < verb] \
        if root is not None and root < verb else []
    return subjects[0] if subjects else None


def resolve_relative(doc: ParsedDoc, subject: int) -> int:
    """'who' in 'Macron, who will attend, said' (and 'whose' in 'Obama, whose criticism of
    Trump ...') stands for the noun just before it (the
    parser often hangs the clause on an earlier noun: 'forced Stumpf, who ...'), else for
    the noun the clause hangs on."""
    word = doc.words[subject]
    if word.lower not in ("who", "whose", "which", "that"):
        return subject
    if word.lower in ("who", "whose"):
        noun = _noun_before(doc, subject)
        if noun is not None:
            return _apposition_host(doc, _person_above(doc, noun))
    clause = doc.words[subject].head
    if clause is not None and doc.words[clause].deprel == "acl:relcl":
        noun = doc.words[clause].head
        if noun is not None and word.lower == "who":
            noun = _person_above(doc, noun)
        if noun is not None:
            return _apposition_host(doc, noun)
    return subject


def _person_above(doc: ParsedDoc, noun: int) -> int:
    """'Robert Mercer, the co-founder of Renaissance Technologies hedge fund who ...': 'who'
    is a person, so a body or document named inside a person's description gives way to
    that description (as does a count: 'a mother of two who ...')."""
    while (lexicon.source_nouns().get(doc.words[noun].lemma) in ("organization", "document")
           or doc.words[noun].upos == "NUM") \
            and doc.words[noun].deprel in ("nmod", "compound") and doc.words[noun].head is not None:
        noun = doc.words[noun].head
    head = doc.words[noun].head
    if doc.words[noun].deprel == "conj" and head is not None and \
            doc.words[head].deprel == "appos":
        return head
    return noun


def _noun_before(doc: ParsedDoc, index: int) -> int | None:
    """The head of the noun phrase ending just before a word, past commas and adverbs and
    past a place or time phrase ('nervous Democrats on Capitol Hill, who')."""
    k = index - 1
    sentence = doc.words[index].sentence
    while k >= 0 and doc.words[k].sentence == sentence and doc.words[k].upos in ("PUNCT", "ADV"):
        k -= 1
    if k < 0 or doc.words[k].sentence != sentence or \
            doc.words[k].upos not in ("NOUN", "PROPN"):
        return None
    while doc.words[k].deprel in NAME_PARTS and doc.words[k].head is not None and \
            doc.words[k].head > k:
        k = doc.words[k].head
    k = name_head(doc.words, k)
    cases = doc.children(k, "case")
    if place_or_time(doc.words[k]) and cases:
        return _noun_before(doc, min(cases)) or k
    return k


def _apposition_host(doc: ParsedDoc, noun: int) -> int:
    """'Keron Blair, executive director of AROS, called for ...': an apposition stands
    for the noun it describes."""
    while doc.words[noun].deprel == "appos" and doc.words[noun].head is not None:
        noun = doc.words[noun].head
    return noun


def verb_complement(doc: ParsedDoc) -> Iterator[Candidate]:
    """'X said (that) ...', 'X wants to ...', 'X criticized the plan', 'X talked about ...';
    nobody's 'to discuss the talks' runs on into nothing that was said."""
    for word in doc.words:
        if not is_reporting_verb(doc, word.index):
            continue
        found = _complement(doc, word.index)
        if found is None:
            continue
        cue, content, clause, rule = found
        speaker = subject_of(doc, word.index)
        raised = _raised_subject(doc, word.index) if speaker is None else set()
        if speaker is None and not raised and \
                (not clause or rule == "run_on" and to_infinitive(doc, word.index)):
            continue
        yield Candidate(rule, cue, content | raised, speaker, word.sentence)


def _raising_passive(doc: ParsedDoc, verb: int) -> bool:
    """'is understood', 'is reported', 'is said' before a to-infinitive: who 'is understood to
    have told colleagues' is who told them."""
    return "raising" in lexicon.verb_frames().get(doc.words[verb].lemma, ()) and \
        bool(doc.children(verb, "aux:pass"))


def _raised_subject(doc: ParsedDoc, verb: int) -> set[int]:
    """'Trump is expected to deliver a speech', 'the senator is said to be furious': a
    passive verb of saying or thinking with a to-infinitive tells, naming no one, what its
    subject will do or is; that subject is part of the content."""
    if not _raising_passive(doc, verb) or \
            not any(to_infinitive(doc, c) for c in doc.children(verb, *INTENT_RELATIONS)):
        return set()
    return {k for s in doc.children(verb, "nsubj:pass") for k in doc.subtree(s)}


def adverbial_clause(doc: ParsedDoc, head: int) -> bool:
    """A clause of time or reason ('as he launched the process'), never what was said."""
    return any(doc.words[m].lower in ADVERBIAL_MARKS for m in doc.children(head, "mark"))


def _clausal(doc: ParsedDoc, head: int) -> bool:
    """A complement that says something: a verb, a copula clause, a question ('explained how
    tough it is to run', 'showed just how weak it is') or a quotation, and not
    a clause of time or reason ('said as he launched the process', '“No,” she said, when
    asked whether ...')."""
    word = doc.words[head]
    first = word_extent(doc.words, head)[0]
    before = first - 1
    while before > 0 and doc.words[before].text in CLOSING_QUOTATION_MARKS:
        before -= 1  # 'on “Fareed Zakaria GPS,” when asked ...'
    if adverbial_clause(doc, head) or doc.words[first].lower in ADVERBIAL_MARKS and \
            before >= 0 and doc.words[before].text == ",":
        return False
    if word.upos in ("NOUN", "PROPN") and doc.children(head, "case") and \
            not doc.children(head, "cop", "nsubj", "nsubj:pass", "mark", "aux"):
        return False  # 'said on MSNBC’s “Morning Joe.”': a prepositional phrase, not a clause
    return word.upos in ("VERB", "AUX") or bool(
        doc.children(head, "cop", "nsubj", "nsubj:pass", "mark", "aux")
    ) or any(doc.words[c].xpos in ("``", "''") for c in doc.children(head, "punct")) or \
        any(doc.words[k].lower in QUESTION_WORDS for k in range(first, head))


def _opens_adverbially(doc: ParsedDoc, clause: int) -> bool:
    """Whether a 'when', 'as' or 'because' opens the clause: after what was said, it tells
    when or why it was said."""
    return doc.words[word_extent(doc.words, clause)[0]].lower in ADVERBIAL_MARKS


def _tags_quotation(doc: ParsedDoc, verb: int) -> bool:
    """Whether the verb's sentence opens with a quotation that closes before the verb."""
    sentence = doc.sentences[doc.words[verb].sentence]
    return doc.words[sentence[0]].xpos == "``" and any(
        doc.words[k].xpos == "''" for k in range(sentence[0] + 1, verb))


def _describes_speaker(doc: ParsedDoc, clause: int) -> bool:
    """'Widely expected to be the party's top donor, Adelson said ... that he may wait',
    'Claiming the criticism is designed to pressure moderators, Trump told Fox that ...': a
    to-infinitive or a participle clause before the speaker describes the speaker; what was
    said follows."""
    first = doc.words[min(doc.subtree(clause))]
    return first.lower == "to" or first.xpos == "VBG" and first.deprel == "advcl"


def _complement(doc: ParsedDoc, verb: int) -> tuple[list[int], set[int], bool, str] | None:
    """The cue words and content words of a reporting verb, by the verb's frames: a clause,
    a to-infinitive, a prepositional object, or a plain object; whether it is a clause
    (the only content that stands without a speaker: 'it was said that ...'); and the
    name of the rule that read it."""
    word = doc.words[verb]
    frames = lexicon.verb_frames().get(word.lemma, ())
    if "tally" in frames:
        return _tally(doc, verb)
    relations = CONTENT_RELATIONS
    if lexicon.reporting_verbs()[word.lemma] in INTENT_CLASSES or "intent" in frames or \
            _raising_passive(doc, verb):
        relations = CONTENT_RELATIONS + INTENT_RELATIONS
    clauses = [c for c in doc.children(verb, *relations) if _clausal(doc, c)
               and not _framing_clause(doc, verb, c)] \
        if "no_clause" not in frames else []
    if INTENT_RELATIONS[0] in relations and doc.children(verb, *OBJECT_RELATIONS):
        clauses += _infinitives(doc, verb)
    if any(c > verb for c in clauses):
        clauses = [c for c in clauses if c > verb or not _describes_speaker(doc, c)]
    if any(c < verb for c in clauses):  # '“No,” she said when asked': said before the verb
        clauses = [c for c in clauses if c < verb or not _opens_adverbially(doc, c)]
    if any(_reports_itself(doc, c) for c in clauses):
        return None
    if clauses:
        content = {k for c in clauses for k in doc.subtree(c)}
        content |= {k for k in doc.children(verb) if k == max(content) + 1
                    and doc.words[k].lower in lexicon.NEGATIONS}
        intent = any(doc.words[c].deprel in ("xcomp", "advcl") for c in clauses)
        cue = [verb]
        if intent:
            content |= {k for o in doc.children(verb, *OBJECT_RELATIONS) for k in doc.subtree(o)}
            found = _prepositional_object(doc, verb, frames)
            if found is not None and _next_to(doc, verb, found[1]):
                cue.append(found[1])
                content |= set(doc.subtree(found[0])) - {found[1]}
        return cue, content, not intent, "verb_complement"
    gerunds = [c for c in doc.children(verb, "xcomp", "ccomp") if c == verb + 1 and
               doc.words[c].xpos == "VBG" and not doc.children(c, "mark", "nsubj") and
               len(doc.subtree(c)) > 1 and "no_clause" not in frames and
               not _introduces_quotation(doc, max(doc.subtree(c)))]
    if gerunds and lexicon.reporting_verbs()[word.lemma] in GERUND_CLASSES:
        return [verb], set(doc.subtree(gerunds[0])), False, "verb_complement"
    named = _naming(doc, verb) if "naming" in frames else set()
    found = None if named else _prepositional_object(doc, verb, frames)
    if found is not None:
        child, case = found
        if _next_to(doc, verb, case):
            content = set(doc.subtree(child)) - {case}
            content |= {k for c in _infinitives(doc, verb) for k in doc.subtree(c)}
            return [verb, case], content, False, "verb_complement"
        if "naming" not in frames and _past_object(doc, verb, case):
            content = set(doc.subtree(child)) - {case}
            content |= {k for c in _infinitives(doc, verb) if c > child for k in doc.subtree(c)}
            return [verb], content, False, "verb_complement"
        return [verb], set(doc.subtree(child)), False, "verb_complement"
    expressed = _expressed(doc, verb) if "expression" in frames else None
    if expressed is not None:
        return expressed
    rest = _flattened_clause(doc, verb)
    if rest:
        return [verb], rest, True, "run_on"
    if named and not doc.children(verb, "aux:pass"):
        return [verb], named, False, "verb_complement"
    answer = verb + 1
    if answer < len(doc.words) and doc.words[answer].head == verb and \
            doc.words[answer].lower in PRO_FORMS and \
            lexicon.reporting_verbs()[word.lemma] == "speech":
        return [verb], {answer}, False, "verb_complement"
    quoted = [c for c in doc.children(verb, *QUOTATION_SLOTS) if c > verb and _quoted_word(doc, c)]
    if "quotation" in frames and quoted:
        return [verb], set(doc.subtree(quoted[0])), False, "verb_complement"
    if "object" in frames and doc.children(verb, "aux:pass"):
        return _passive_object(doc, verb)
    if "object" not in frames or "record" in frames and _personal_subject(doc, verb):
        return None
    objects = [o for o in doc.children(verb, *OBJECT_RELATIONS)
               if (doc.words[o].upos != "PRON" or doc.words[o].lower not in RELATIVE | {"that"})
               and not _time_object(doc, o) and not _reference_code(doc, verb, o)]
    objects += _gerund_objects(doc, verb)
    if objects and "record" in frames:  # 'shows Clinton [with a five-point lead]'
        return [verb], _rest_of_phrase(doc, verb, min(doc.subtree(objects[0]))), False, \
            "verb_complement"
    if objects:
        return [verb], set(doc.subtree(objects[0])), False, "verb_complement"
    return None


def _tally(doc: ParsedDoc, verb: int) -> tuple[list[int], set[int], bool, str] | None:
    """'Local officials put the death toll at 30': a count as the object, and the figure it
    is put at, are what was said; anything else put is nothing said."""
    for count in doc.children(verb, "obj"):
        figures = [o for o in doc.children(verb, "obl", "nmod") + doc.children(count, "nmod")
                   if o > count and
                   any(doc.words[c].lower == "at" for c in doc.children(o, "case"))]
        if doc.words[count].lemma in TALLIES and figures:
            return [verb], _rest_of_phrase(doc, verb, min(doc.subtree(count))), False, \
                "verb_complement"
    return None


def _personal_subject(doc: ParsedDoc, verb: int) -> bool:
    """Whether the verb's subject is a person: a name, a personal pronoun or a post ('The
    defender showed great composure' shows no finding)."""
    return any(doc.words[s].entity == "PERSON" or doc.words[s].upos == "PRON" and
               doc.words[s].lower in PERSONAL_PRONOUNS or
               lexicon.source_nouns().get(doc.words[s].lemma) in PERSON_CATEGORIES
               for s in doc.children(verb, "nsubj"))


def _expressed(doc: ParsedDoc, verb: int) -> tuple[list[int], set[int], bool, str] | None:
    """'expressed deep concern about the policy', 'voiced hope that talks resume': a
    feeling, thought or stance noun right after the verb carries the content, its topic or
    its clause (not a speech noun: 'offered a message that ...' is a thing offered)."""
    nouns = lexicon.cue_nouns()
    for noun in doc.children(verb, *OBJECT_RELATIONS):
        kind = nouns.get(doc.words[noun].lemma)
        if kind not in EXPRESSED or noun < verb or min(doc.subtree(noun)) != verb + 1:
            continue
        found = _noun_content(doc, noun, kind) or _topic(doc, verb, noun, NOUN_TOPICS.get(kind))
        if found is not None:
            cue, content = found
            return [verb, *cue], content | _rest_of_phrase(doc, verb, min(content)), False, \
                "verb_complement"
    return None


def _rest_of_phrase(doc: ParsedDoc, verb: int, start: int) -> set[int]:
    """The words from `start` to the end of what the verb governs, less clauses of its own
    ('concern that changing the policy could lead to fraud', the parser having hung 'lead'
    on the verb)."""
    own = {k for c in doc.children(verb, "conj", "parataxis", "advcl", "punct") if c > start
           for k in doc.subtree(c)}
    return set(range(start, max(doc.subtree(verb)) + 1)) - own


def _topic(doc: ParsedDoc, verb: int, noun: int,
           topics: set[str] | None) -> tuple[list[int], set[int]] | None:
    """'expressed concern [about the policy]' with the topic hung on the verb: the phrase
    right after the noun."""
    end = max(doc.subtree(noun))
    for phrase in doc.children(verb, "obl"):
        cases = doc.children(phrase, "case")
        if topics and cases and cases[0] == end + 1 and doc.words[cases[0]].lower in topics:
            return [noun, cases[0]], set(range(cases[0] + 1, max(doc.subtree(phrase)) + 1))
    return None


def _reference_code(doc: ParsedDoc, verb: int, noun: int) -> bool:
    """'call 101, quoting crime reference 2201/24': a case number quoted to the police is
    no one's words."""
    return doc.words[verb].lemma == "quote" and (doc.words[noun].upos == "NUM" or any(
        doc.words[k].lemma in REFERENCE_CODES for k in doc.subtree(noun)))


def _time_object(doc: ParsedDoc, noun: int) -> bool:
    """'said several months after her release': a time the parser made an object, not 'a
    full 90 minutes of policy discussion' or 'the decades they had spent there'."""
    return doc.words[noun].lower in TEMPORAL and \
        not doc.children(noun, "nmod", "acl", "acl:relcl")


def _gerund_objects(doc: ParsedDoc, verb: int) -> list[int]:
    """'support temporarily banning non-citizen Muslims' parsed with the gerund as an
    adverbial clause: a bare -ing verb right after a stance verb (an adverb between at
    most) is what the stance is taken on."""
    found = []
    for clause in doc.children(verb, "advcl"):
        between = range(verb + 1, clause)
        if clause > verb and doc.words[clause].xpos == "VBG" and \
                not doc.children(clause, "mark", "nsubj") and \
                all(doc.words[k].upos == "ADV" and doc.words[k].lower not in ADVERBIAL_MARKS
                    for k in between):
            found.append(clause)
    return found


def _passive_object(doc: ParsedDoc, verb: int) -> tuple[list[int], set[int], bool, str] | None:
    """'The meeting was first reported by Politico', 'the plan was criticized by Democrats':
    in the passive, the subject is what the agent reported or took a stand on, with what it
    was called (a study 'supported by' a foundation was paid for)."""
    subjects = doc.children(verb, "nsubj:pass")
    if not subjects or not _agents(doc, verb) or doc.words[verb].lemma in FUNDING_VERBS and \
            doc.words[subjects[0]].lemma in RESEARCH_WORK:
        return None
    content = set(doc.subtree(subjects[0]))
    if "naming" in lexicon.verb_frames().get(doc.words[verb].lemma, ()):
        content |= {k for c in _names_given(doc, verb) for k in doc.subtree(c)}
    return [verb], content, False, "verb_complement"


def _names_given(doc: ParsedDoc, verb: int) -> list[int]:
    """'The agreement was described by officials as “a historic breakthrough”', 'was called
    “reckless” by critics': what the passive subject was called."""
    return [c for c in doc.children(verb, "xcomp", "obj") if c > verb] + [
        c for c in doc.children(verb, "obl", "advcl")
        if any(doc.words[k].lower == "as" for k in doc.children(c, "case", "mark"))]


def _prepositional_object(doc: ParsedDoc, verb: int,
                          frames: tuple[str, ...]) -> tuple[int, int] | None:
    """The object and preposition of the verb's first matching 'about:' frame after it
    ('called for a vote', 'talked about the plan'), not a time ('called on Saturday'), an
    emergency attended ('responded to the blaze') nor a phrase before the verb ('On Twitter,
    Bush called ...')."""
    for frame in frames:
        if not frame.startswith("about:"):
            continue
        preposition = frame.split(":", 1)[1]
        for child in doc.children(verb, "obl", "obl:arg", "advcl", "nmod"):  # nmod: misread
            if _time_object(doc, child) or child < verb or \
                    doc.words[child].lemma in EMERGENCIES:
                continue
            cases = [c for c in doc.children(child, "case", "mark")
                     if doc.words[c].lower == preposition]
            if cases:
                return child, cases[0]
    return None


def _reports_itself(doc: ParsedDoc, clause: int) -> bool:
    """'refused to endorse the budget': the infinitive is a speech act with content of its
    own, and its cue ('refused to endorse') takes in the verb it hangs from."""
    return doc.words[clause].deprel == "xcomp" and is_reporting_verb(doc, clause) and \
        _complement(doc, clause) is not None


def _infinitives(doc: ParsedDoc, verb: int) -> list[int]:
    """'called on Dean to apologize', 'urged voters to stay home': a to-infinitive after the
    verb and its object that the parser read as an adverbial clause still says what was
    asked."""
    return [c for c in doc.children(verb, "advcl") if c > verb and to_infinitive(doc, c)]


def _next_to(doc: ParsedDoc, verb: int, preposition: int) -> bool:
    """'talked about', 'spoke out about': the preposition belongs in the cue only when
    nothing but particles and adverbs stands between it and its verb."""
    return all(doc.words[k].deprel in ("compound:prt", "advmod")
               for k in range(verb + 1, preposition))


def _past_object(doc: ParsedDoc, verb: int, preposition: int) -> bool:
    """'accused Republicans of placing ...', 'blasted the FBI Tuesday for its decision': only
    the verb's object (and a time) stands between it and the preposition, so what follows
    the preposition is the charge, the praise or the thanks."""
    between = set(range(verb + 1, preposition))
    held = {k for c in doc.children(verb, *OBJECT_RELATIONS, "iobj") if c < preposition
            for k in doc.subtree(c)} | {
        k for c in doc.children(verb, *ADVERBIALS) if doc.words[c].lower in TEMPORAL
        for k in doc.subtree(c)}
    return bool(between) and between <= held


def _set_off_before_saying(doc: ParsedDoc, verb: int, rest: list[int]) -> bool:
    """'The spokesman, answering a question from AFP, said ...': a participle set off between
    a subject and its speech verb runs on only to that verb, whatever the parse."""
    word = doc.words[verb]
    head = word.head
    return word.deprel == "advcl" and word.xpos == "VBG" and head in rest and \
        doc.words[verb - 1].text == "," and is_reporting_verb(doc, head) and \
        any(s < verb for s in doc.children(head, "nsubj"))


def _flattened_clause(doc: ParsedDoc, verb: int) -> set[int]:
    """'Officials said the two raised $350 million', parsed as objects and obliques of
    'said': a speech verb runs straight on into words that hold a finite verb of their
    own, so the rest of the sentence is what was said (after a recipient: 'told
    reporters the plan ...'); an inverted tag ('“...!” yelled a man in the crowd as ...')
    runs on into nothing that was said, nor does what was said into its own tag ('Those
    discussions are continuing, he said') or into the speaker's second predicate or a
    participle set off by a comma ('an official said, requesting anonymity')."""
    word = doc.words[verb]
    if lexicon.reporting_verbs().get(word.lemma) != "speech" or \
            doc.children(verb, "aux:pass") or _passive_opener(doc, verb) or \
            "no_clause" in lexicon.verb_frames().get(word.lemma, ()) or \
            _tag_after_quotation(doc, verb) or _moves_something(doc, verb) or \
            _says_nothing_else(doc, verb) and _in_as_clause(doc, verb):
        return set()
    sentence = doc.sentences[word.sentence]
    start = verb + 1
    if "recipient" in lexicon.verb_frames().get(word.lemma, ()):
        recipients = [c for c in doc.children(verb, "obj", "iobj") if min(doc.subtree(c)) == start]
        if recipients:
            start = max(doc.subtree(recipients[0])) + 1
    start = _past_adverbials(doc, verb, start)
    for subject in [s for s in doc.children(verb, "nsubj") if s >= start]:
        after = max(doc.subtree(subject)) + 1  # '..., said Maria Santos, a spokeswoman, because'
        if after + 1 < len(doc.words) and doc.words[after].text == "," and \
                doc.words[after + 1].lower in ADVERBIAL_MARKS:
            return set()
    rest = list(range(start, sentence[-1] + 1))
    if rest and doc.words[rest[0]].upos == "NUM" and doc.words[rest[0]].head == verb:
        return set()  # 'Root added 45 before he was caught': a score, not words
    if _in_as_clause(doc, verb) and "naming" in lexicon.verb_frames().get(word.lemma, ()) \
            and not set(rest) <= set(doc.subtree(verb)):
        return set()  # 'Nico, as his teammates call him, says ...': a name, not what was said
    noun = word.head if word.deprel == "acl:relcl" else None
    while noun is not None and doc.words[noun].deprel in ("compound", "flat", "flat:name"):
        noun = doc.words[noun].head
    main = doc.words[noun].head if noun is not None else None
    if main is not None and main > verb and doc.words[noun].deprel in ("nsubj", "nsubj:pass"):
        commas = [k for k in range(verb + 1, main) if doc.words[k].text == ","]
        if commas and all(doc.words[k].head == main or doc.words[k].upos == PUNCT
                          for k in range(commas[-1] + 1, main)):  # 'a "gag order," takes effect'
            rest = [k for k in rest if k < commas[-1]]  # 'Mr Raab, who denies it, said ...'
        elif is_reporting_verb(doc, main):  # 'A woman who answered the door said ...'
            stop = min([main] + [c for c in doc.children(main, "aux", "aux:pass") if c > verb])
            rest = [k for k in rest if k < stop]
    if word.deprel == "ccomp" and word.head in rest and is_reporting_verb(doc, word.head) and \
            _only_tag(doc, word.head, verb, rest):
        return set()
    if _set_off_before_saying(doc, verb, rest):  # 'The spokesman, answering ..., said ...'
        return {k for k in rest if k < doc.words[verb].head and doc.words[k].upos != PUNCT}
    if not rest or doc.words[rest[0]].upos in (PUNCT, "ADP", "PART", "CCONJ") or \
            doc.words[rest[0]].deprel in ("obl", "advmod", "obl:tmod", "compound:prt") or \
            doc.words[rest[0]].lower in ADVERBIAL_MARKS or \
            is_reporting_verb(doc, rest[0]) and (doc.children(rest[0], "nsubj") or
                                                 doc.words[rest[0]].xpos == "VBG") or \
            doc.words[rest[0]].xpos == "VBG" and rest[0] == verb + 2 and \
            doc.words[verb + 1].text == ",":
        return set()
    tags = CLAUSE_VERB_TAGS | {"VB"} if word.lemma in BARE_SAYING else CLAUSE_VERB_TAGS
    objects = {"object", "naming", "expression"} & set(lexicon.verb_frames().get(word.lemma, ()))
    relative = _relative_verbs(doc, rest) if not objects else set()
    if not any(doc.words[k].xpos in tags for k in rest if k not in relative):
        return set()
    second = _second_predicate(doc, verb)
    if any(doc.words[k].upos != PUNCT for k in rest if k < second):
        rest = [k for k in rest if k < second]
    if any(dash_between_spaces(doc.words, k) for k in range(sentence[0], verb)):
        closing = next((k for k in rest if dash_between_spaces(doc.words, k)), None)
        rest = [k for k in rest if closing is None or k < closing]
    rest = _before_next_speaker(doc, verb, rest)
    # '..., although sales have been slow': a concession set off after what was said
    openers = [min(doc.subtree(c)) for c in doc.children(verb, "advcl")
               if any(doc.words[m].lower in CONCESSIONS for m in doc.children(c, "mark"))]
    conceded = [k for k in openers
                if "," in doc.text[doc.words[k - 2].start : doc.words[k].start]]
    if conceded:
        rest = [k for k in rest if k < conceded[0]]
    when = all(doc.words[k].lower in TEMPORAL or doc.words[k].upos in (PUNCT, "ADV", "ADJ")
               for k in rest)
    return set() if when else set(rest)  # 'responded Friday, ...': nothing said before the cut


def _relative_verbs(doc: ParsedDoc, rest: list[int]) -> set[int]:
    """The verbs of relative clauses opened after a noun inside `rest` ('maintained a policy
    of turning away boats which the UN has criticised'): for a verb whose object is no
    content, a finite verb there describes a thing, it does not make what follows the speech
    verb a clause."""
    heads = {doc.words[r].head for r in rest[1:] if doc.words[r].lower in RELATIVE
             and doc.words[r - 1].upos in ("NOUN", "PROPN") and doc.words[r].head is not None}
    return heads | {c for h in heads for c in doc.children(h, "aux", "aux:pass", "cop")}


def _moves_something(doc: ParsedDoc, verb: int) -> bool:
    """'by adding a few low-income communities to wealthier neighborhoods': for a verb with
    a placing frame, an object and then a 'to' phrase is a thing put somewhere, not words
    said."""
    if "placing" not in lexicon.verb_frames().get(doc.words[verb].lemma, ()):
        return False
    objects = doc.children(verb, "obj")
    return bool(objects) and any(
        o > objects[0] and any(doc.words[c].lower == "to" for c in doc.children(o, "case"))
        for o in doc.children(verb, "obl"))


def _second_predicate(doc: ParsedDoc, verb: int) -> int:
    """Where a second predicate of the same subject, in the same tense and joined by a
    conjunction, begins ('Trump called her “third-rate” and boycotted one of the debates'):
    the speaker doing something else, not what was said; else past the end of the
    document."""
    seconds = [c for c in doc.children(verb, "conj") if c > verb and
               doc.words[c].upos == "VERB" and _same_form(doc.words[c].xpos, _tense(doc, verb))
               and doc.children(c, "cc") and not doc.children(c, *SUBJECTS)]
    return min(doc.subtree(seconds[0])) if seconds else len(doc.words)


def _tense(doc: ParsedDoc, verb: int) -> str:
    """A verb's tag, or its auxiliary's when 'do' carries the tense ('did not mention')."""
    helpers = [doc.words[a].xpos for a in doc.children(verb, "aux")
               if doc.words[a].lemma == "do"]
    return helpers[0] if helpers and doc.words[verb].xpos == "VB" else doc.words[verb].xpos


def _same_form(tag: str, other: str) -> bool:
    """Two verb tags of one tense ('has decried ... and highlighted' shares the auxiliary,
    so a past participle and a past tense agree)."""
    return PAST_FORMS.issuperset({tag, other}) or tag == other


def _only_tag(doc: ParsedDoc, tag: int, clause: int, rest: list[int]) -> bool:
    """Whether the words after a clause are nothing but the speech tag that governs it
    (', he said.', ', the officials told reporters.')."""
    tagged = set(doc.subtree(tag)) - set(doc.subtree(clause))
    return all(k in tagged for k in rest if doc.words[k].upos != PUNCT)


def _framing_clause(doc: ParsedDoc, verb: int, clause: int) -> bool:
    """A clause the parser gave a speech verb that says when or what else, not what was
    said: after a verb that has tagged the quotation before it, one that a subordinator or
    'and' opens ('“Very good reporter,” Trump said when Boyle asked him', '“...,” she said
    ..., and a big reason was ...'), and after a verb whose sentence opens with a quotation
    closed before it, however long the speaker's description between, one that a
    subordinator opens; before the verb, one that a preposition opens ('With Bloomberg
    considering a run, a poll found that ...')."""
    opener = doc.words[word_extent(doc.words, clause)[0]]
    if clause < verb:
        return opener.upos == "ADP"
    adverbial = _opens_adverbially(doc, clause)
    return (adverbial or opener.upos == "CCONJ") and _tag_after_quotation(doc, verb) or \
        adverbial and _tags_quotation(doc, verb)


def _tag_after_quotation(doc: ParsedDoc, verb: int) -> bool:
    """'“Stay there!” yelled a man in the crowd', '“...,” Hollande said Friday as he
    entered the talks': a verb right after a quotation, or after a subject right after
    one, tags that quotation."""
    word = doc.words[verb]
    subjects = doc.children(verb, "nsubj")
    inverted = any(s > verb for s in subjects)
    if inverted:
        tag_start = word.start
    elif subjects and max(doc.subtree(subjects[0])) == verb - 1:
        tag_start = doc.words[min(doc.subtree(subjects[0]))].start
    else:
        return False
    return any(piece.end <= tag_start and not doc.text[piece.end : tag_start].strip(" ,")
               and (inverted or _in_sentence(doc, piece.end - 1, word.sentence))
               for quote in doc.quotes for piece in quote.pieces)


def _in_sentence(doc: ParsedDoc, offset: int, sentence: int) -> bool:
    """Whether the word at a character offset belongs to a sentence ('... state.” He
    mocked': the quotation closed the sentence before)."""
    at = doc.word_at(offset)
    return at is not None and doc.words[at].sentence == sentence


def _before_next_speaker(doc: ParsedDoc, verb: int, rest: list[int]) -> list[int]:
    """'mentioned the devil to me ..., I laughed and said, "..."', 'criticized the designer,
    saying, “...”': a run-on stops at the comma before the next speech verb set off by a
    comma or with a subject of its own, which reports something else; an opening
    participle stops at the subject of the verb it hangs on, comma or not ('Conceding that
    ... “down the line” he warned: ...')."""
    for k in rest[1:]:
        if not is_reporting_verb(doc, k) or doc.quoted_after(rest[0], k):
            continue
        shared = doc.words[k].head if doc.words[k].deprel == "conj" else None
        subjects = [s for v in (k, shared) if v is not None
                    for s in doc.children(v, "nsubj") if s in rest]
        set_off = doc.words[k - 1].text == "," and doc.words[k].xpos == "VBG"
        if subjects or set_off:
            first = min([k, *(min(doc.subtree(s)) for s in subjects)])
            commas = [c for c in rest if c < first and doc.words[c].text == ","]
            if commas:
                return [c for c in rest if c < commas[-1]]
            return [c for c in rest if c < first] if k == doc.words[verb].head else rest
    return rest


def _past_adverbials(doc: ParsedDoc, verb: int, start: int) -> int:
    """Skip the when and where that follow a speech verb ('said Thursday', 'said in a
    statement', a day the parser made an object: 'officials said Wednesday, as ...') to
    where what was said begins."""
    times = [c for c in doc.children(verb, "obj", "iobj") if doc.words[c].lower in TEMPORAL
             and not doc.children(c, "nmod:poss", "amod")
             and {doc.words[d].lower for d in doc.children(c, "det")} <= TIME_DETERMINERS]
    adverbials = {c: max(doc.subtree(c)) for c in doc.children(verb, *ADVERBIALS) + times}
    moved = True
    while moved:
        moved = False
        for child, end in adverbials.items():
            if min(doc.subtree(child)) == start:
                start, moved = end + 1, True
        while start < len(doc.words) and doc.words[start].text == ",":
            start += 1
    return start


def _naming(doc: ParsedDoc, verb: int) -> set[int]:
    """'called the plan a disaster', 'described him as reckless' (however the parser hung
    'as reckless': 'described the situation as dire'), 'called the statement
    “offensive”' (the quoted words read as the object's modifier): the object and what the
    speaker calls it, together; empty when the verb has no second part."""
    objects = sorted(doc.children(verb, "iobj", *OBJECT_RELATIONS))
    if not objects:
        return set()
    seconds = [c for c in doc.children(verb, "obj", "xcomp", "dep") if c > objects[0]
               and doc.words[c].xpos != "VBG"] + [  # not 'recalled him saying, “...”'
        c for c in doc.children(verb, "obl", "advcl")
        if any(doc.words[k].lower == "as" for k in doc.children(c, "case", "mark"))
    ] + [
        c for c in doc.children(verb, "advmod")
        if c > objects[0] and doc.words[c].lower not in AS_IDIOMS
        and any(doc.words[k].lower == "as" for k in doc.children(c, "advmod"))
    ] + [c for c in doc.children(verb, "parataxis", "advcl")
         if c > objects[0] and _quoted_word(doc, c)
         ] + [c for c in doc.children(objects[0], "amod", "appos", "acl", "nmod")
              if c > objects[0] and _quoted_word(doc, c)]
    if not seconds:
        return set()
    # 'The policy, which opponents have called "a tax on the poor,"': a relative pronoun
    # before the verb stands for the noun outside the clause; what was said is the name
    relative = objects[0] < verb and doc.words[objects[0]].lower in RELATIVE | {"that"}
    after = verb if relative else objects[0]
    trailing = [c for c in doc.children(verb) if c > after
                and doc.words[c].deprel not in NOT_CONTENT and not _setting(doc, c)]
    # 'described him as meticulous, shy and quietly funny': the list's later words, which the
    # parser joined to the verb, are what he was called too
    trailing += [c for c in doc.children(verb, "conj") if c > after
                 and doc.words[c].upos in ("ADJ", "NOUN") and c not in trailing]
    parts = (*seconds, *trailing) if relative else (objects[0], *seconds, *trailing)
    settings = {k for c in parts for s in doc.children(c) if s > c and _setting(doc, s)
                for k in doc.subtree(s)}  # '"insulting" on Thursday', the day read inside
    return {k for c in parts for k in doc.subtree(c)} - settings


def _setting(doc: ParsedDoc, k: int) -> bool:
    """'in a statement', 'at a news conference', 'on Thursday': where or when a verb's words
    were said, not what was said."""
    word = doc.words[k]
    cases = {doc.words[c].lower for c in doc.children(k, "case")}
    return word.deprel.startswith("obl") and (
        word.lower in TEMPORAL or bool(cases & SETTING_PREPOSITIONS) and
        medium_or_occasion(word))


def _quoted_word(doc: ParsedDoc, head: int) -> bool:
    """'called them “deplorables”': a phrase opened by a quotation mark (which a parser may
    read as a clause of its own, or hang the mark elsewhere)."""
    first = min(doc.subtree(head))
    if doc.words[first].xpos == "``":
        return True
    opening = doc.words[first - 1] if first > 0 else None
    return opening is not None and opening.upos == PUNCT and \
        any(quote.span.start == opening.start for quote in doc.quotes)


def inverted(doc: ParsedDoc) -> Iterator[Candidate]:
    """'..., the official said.' and '..., said the official, ...': cue hangs off the content."""
    for word in doc.words:
        if not is_reporting_verb(doc, word.index) or \
                word.deprel not in ("parataxis", "ccomp", "conj"):
            continue
        if doc.children(word.index, *CONTENT_RELATIONS) or word.head is None:
            continue
        speaker = subject_of(doc, word.index)
        if speaker is None or (word.deprel == "conj" and speaker < word.index and
                               not _comma_tag(doc, word.index, speaker)):
            continue
        if word.deprel == "ccomp" and doc.words[word.head].upos == "VERB" and \
                is_reporting_verb(doc, word.head) or _embedded(doc, word.index):
            continue
        before = _clauses_before_speaker(doc, word.index, speaker)
        cue_clause = set(doc.subtree(word.index)) - before
        content = set(doc.subtree(word.head, exclude=frozenset({word.index}))) | before
        content = _quotation_before(doc, _quotation_after(doc, content, cue_clause), cue_clause)
        yield Candidate("inverted", [word.index], content, speaker, word.sentence)


def _clauses_before_speaker(doc: ParsedDoc, verb: int, speaker: int) -> set[int]:
    """'The pilot dumped fuel, allowing the plane to land, the airline said' parsed with
    'allowing' hung on 'said': a clause the tag's verb holds before its speaker is the end
    of what was said."""
    first = word_extent(doc.words, speaker)[0]
    return {k for c in doc.children(verb, *CLAUSES_BEFORE_TAGS) if c < first
            for k in doc.subtree(c)}


def _comma_tag(doc: ParsedDoc, verb: int, speaker: int) -> bool:
    """'The ceasefire is holding, a military spokesman told a news conference': a finite
    speech verb and its speaker joined on after a comma with no 'and' or 'but' are a tag on
    the clause before, not a second clause, when the verb tells no one but a listener or a
    gathering and opens nothing after it. Not after a name the speaker describes ('...,
    Howard Dean, the former governor, proclaimed')."""
    words = doc.words
    first = word_extent(words, speaker)[0]
    objects = doc.children(verb, "obj", "iobj")
    verb_class = lexicon.reporting_verbs()[words[verb].lemma]
    return first > 1 and words[first - 1].text == "," and words[first].upos != "CCONJ" and \
        words[first - 2].entity != "PERSON" and words[verb].head < first and \
        words[verb].xpos in FINITE and \
        (verb + 1 == len(words) or words[verb + 1].text != ":") and \
        verb_class in FINAL_CLASSES and not doc.children(verb, "cc", "xcomp", "advcl") and \
        (not objects or verb_class == "speech" and
         all(listener(doc, k) or words[k].lemma in AUDIENCES for k in objects))


def _embedded(doc: ParsedDoc, verb: int) -> bool:
    """'It is remarkable how many of our arguments continue ...', 'It is not clear how long
    she can continue': a clause opened by a question word or 'that' is embedded in the one
    before it, not a tag after its content."""
    first = word_extent(doc.words, verb)[0]
    return first < verb and doc.words[first].lower in EMBEDDING_WORDS


def _quotation_after(doc: ParsedDoc, content: set[int], tag: set[int]) -> set[int]:
    """'Asked to describe the device, O'Neill said, “It was ...”': when the tag goes on to
    a quotation, the quotation is what was said, not the clause before the tag."""
    after = sorted(k for k in content if k > max(tag))
    opening = next((k for k in after if doc.words[k].text != ","), None)
    if opening is not None and doc.words[opening].text in QUOTATION_MARKS:
        return set(after)
    return content


def _quotation_before(doc: ParsedDoc, content: set[int], tag: set[int]) -> set[int]:
    """'Arsenal won 3-1. "It was a great performance," said Arteta.', one sentence to the
    splitter: when the tag closes a quotation that a finished sentence comes before, the
    quotation alone is what was said."""
    start = min(tag)
    for quote in doc.quotes:
        inside = set(doc.words_in(quote.span))
        before = sorted(k for k in content if doc.words[k].end <= quote.span.start)
        between = range(max(inside, default=start), start)
        if inside and inside <= content and before and \
                doc.words[before[-1]].text in (".", "!", "?") and \
                all(doc.words[k].upos == PUNCT for k in between if k not in inside):
            return inside
    return content


def parenthetical(doc: ParsedDoc) -> Iterator[Candidate]:
    """'The middle fifth paid 8.9 percent, the agency said in a June report, and ...', 'The
    latest test, North Korea said, was its biggest yet': a speaker and verb set off by
    commas after an unquoted clause source that clause (and the predicate it goes on to,
    when the tag split the clause), however the parser joined them; a tag going on to a
    quotation ('Asked ..., Adelson said, “...”') is the quotation's."""
    for word in doc.words:
        if not is_reporting_verb(doc, word.index) or doc.children(word.index, "aux:pass") or \
                lexicon.reporting_verbs()[word.lemma] not in FINAL_CLASSES:
            continue
        tag = _tag_bounds(doc, word.index)
        if tag is None:
            continue
        speaker, first, last = tag
        sentence = doc.sentences[word.sentence]
        rest = list(range(last + 2, sentence[-1] + 1))
        if rest and doc.words[rest[0]].text in QUOTATION_MARKS:
            continue
        relay = bool(rest) and doc.words[rest[0]].head == word.index and \
            doc.words[rest[0]].deprel == "advcl"  # 'the minister said, quoted by Interfax'
        predicate = _up_to_comma(doc, rest) if rest and not relay and \
            doc.words[rest[0]].xpos in CLAUSE_VERB_TAGS else []
        fronted = _unquoted_clause(doc, range(_after_dateline(doc, sentence[0], first),
                                              first - 1), predicate)
        if fronted and _subordinate(doc, min(fronted)):
            predicate = [k for k in rest if k < sentence[-1] or doc.words[k].upos != PUNCT]
            if not predicate:
                continue
        if fronted:
            content = fronted | set(predicate or _coordinated_tail(doc, rest))
            yield Candidate("parenthetical", [word.index], content, speaker, word.sentence)


def _coordinated_tail(doc: ParsedDoc, rest: list[int]) -> list[int]:
    """'Five people were killed, the fire department said, and 12 were injured': a clause
    that 'and' or 'but' joins on after the tag goes on with what was said, unless a speaker
    of its own says it."""
    if len(rest) < 2 or doc.words[rest[0]].lower not in TAIL_CONJUNCTIONS:
        return []
    tail = [k for k in rest[1:] if k < rest[-1] or doc.words[k].upos != PUNCT]
    if any(is_reporting_verb(doc, k) and doc.children(k, "nsubj") for k in tail):
        return []
    return tail


def _subordinate(doc: ParsedDoc, first: int) -> bool:
    """'Though that transition was seamless, he said, replacing Clinton ...', 'Asked to
    describe the device, O'Neill said ...': a clause that only sets the scene for the one
    after the tag (a participle opening the sentence, however the parser hung it)."""
    if doc.words[first].upos == "CCONJ":
        first += 1
    word = doc.words[first]
    return word.upos == "SCONJ" or word.lower in SUBORDINATORS or \
        word.xpos in ("VBN", "VBG") and word.deprel in ("advcl", "acl", "root") or \
        word.xpos == "VBN" and first == doc.sentences[word.sentence][0]


def _tag_bounds(doc: ParsedDoc, verb: int) -> tuple[int, int, int] | None:
    """(speaker, first word, last word) of a speech tag 'X said [when/where]' standing
    between commas, its subject before the verb (a tag closing the sentence is the inverted
    and sentence_final rules')."""
    subjects = [c for c in doc.children(verb, "nsubj") if c < verb]
    if not subjects:
        return None
    speaker = subjects[-1]
    if doc.words[speaker].lower in RELATIVE | {"that"}:
        return None
    first = min(k for k in doc.subtree(speaker) if doc.words[k].upos != PUNCT)
    described = [a for a in doc.children(speaker, "appos")
                 if a > speaker and doc.after_comma(a)]
    if doc.words[max(first - 1, 0)].text != "," and described:
        speaker = described[-1]
        first = min(doc.subtree(speaker))
    if first == 0 or doc.words[first - 1].text != "," or \
            doc.words[first - 1].sentence != doc.words[verb].sentence:
        return None
    speaker_words = set(doc.subtree(speaker))
    if any(k not in speaker_words for k in range(first, verb_group_start(doc, verb))):
        return None
    end = _past_adverbials(doc, verb, verb + 1) - 1
    while end > verb and doc.words[end].text == ",":
        end -= 1
    times = [o for o in doc.children(verb, "obj") if doc.words[o].lower in TEMPORAL
             and min(doc.subtree(o)) == end + 1]
    if times:
        end = max(doc.subtree(times[0]))
    after = doc.words[end + 1] if end + 1 < len(doc.words) else None
    if after is None or after.sentence != doc.words[verb].sentence or \
            after.text not in (",", ";"):
        return None
    return speaker, first, end


def _after_dateline(doc: ParsedDoc, start: int, end: int) -> int:
    """'WASHINGTON ― Donald Trump's ...', 'CAMBRIDGE, Mass., Dec. 11 (UPI) — ...',
    'WASHINGTON (Reuters) - ...': where a sentence starts after a dateline's dash (no verb
    before it)."""
    for k in range(start, min(end, start + DATELINE_WORDS)):
        if doc.words[k].upos in ("VERB", "AUX"):
            break
        if doc.words[k].text in DASHES or dateline_hyphen(doc.words, k):
            return k + 1
    return start


def _unquoted_clause(doc: ParsedDoc, words: range, predicate: list[int]) -> set[int]:
    """The words as content when they hold a clause, alone or with the predicate after the
    tag, and no quotation (the quotation rules read '“...,” she said, “...”')."""
    kept = [k for k in words if doc.words[k].upos != PUNCT]
    if len(kept) + len(predicate) < FINAL_MIN_WORDS or \
            any(doc.words[k].text in QUOTATION_MARKS + (";",) for k in words):
        return set()
    if not any(doc.words[k].xpos in CLAUSE_VERB_TAGS for k in kept + predicate[:1]) or \
            any(is_reporting_verb(doc, k) and doc.children(k, "nsubj") for k in kept):
        return set()
    return set(range(kept[0], kept[-1] + 1))


def _up_to_comma(doc: ParsedDoc, words: list[int]) -> list[int]:
    for i, k in enumerate(words):
        if doc.words[k].text in (",", ";"):
            return words[:i]
    return words


def sentence_final(doc: ParsedDoc) -> Iterator[Candidate]:
    """'Donations hit $1.1 billion, a USA TODAY analysis shows.', '..., a source told
    Reuters.': a speaker and verb (and whom they told) closing the sentence after a comma
    source everything before it, however the parser joined them; so do they with the
    source's terms after them ('..., a senior banker said on condition of anonymity because
    he was not authorized to speak')."""
    grants = _anonymity_grants(doc)
    for word in doc.words:
        if not is_reporting_verb(doc, word.index) or doc.children(word.index, "aux:pass") or \
                lexicon.reporting_verbs()[word.lemma] not in FINAL_CLASSES and \
                not outlet_knowing(doc, word.index):
            continue
        subjects = [c for c in doc.children(word.index, "nsubj") if c < word.index]
        speaker = subjects[-1] if subjects else subject_of(doc, word.index)
        sentence = doc.sentences[word.sentence]
        if speaker is None or not sentence[0] <= speaker < word.index or \
                doc.words[speaker].lower in RELATIVE | {"that"}:
            continue
        after = range(word.index + 1, sentence[-1] + 1)
        if any(doc.words[k].text == ":" for k in after):  # 'X responded:' opens a quotation
            continue
        told = {k for c in doc.children(word.index, "obj", "iobj") if listener(doc, c)
                for k in doc.subtree(c)} \
            if "recipient" in lexicon.verb_frames().get(word.lemma, ()) else set()
        when = {k for c in doc.children(word.index, *ADVERBIALS, "obj")
                if doc.words[c].lower in TEMPORAL for k in doc.subtree(c)}  # 'on Tuesday'
        spoken = [k for k in after if doc.words[k].upos != PUNCT and
                  doc.words[k].lower not in TEMPORAL and k not in told | when]
        if spoken and not _terms_from(doc, spoken[0], grants):
            continue
        comma = max((k for k in range(sentence[0], word.index) if doc.words[k].text == ","),
                    default=None)
        if comma is None:
            continue
        first, last = word_extent(doc.words, speaker)
        between = set(range(comma + 1, word.index))
        if speaker < comma < last + 2 == word.index and doc.words[first - 1].text == "," and \
                doc.children(speaker, "acl:relcl"):
            # '..., an official, who did not want to be identified, said.'
            comma, between = first - 1, set(range(first, last + 1))
        elif speaker < comma:
            appositions = [c for c in doc.children(speaker, "appos") if c > comma]
            if not appositions:
                continue
            speaker = appositions[-1]
        if not between <= set(doc.subtree(speaker)) | set(range(verb_group_start(doc, word.index),
                                                              word.index)):
            continue
        content = set(range(sentence[0], comma))
        if sum(doc.words[k].upos != PUNCT for k in content) >= FINAL_MIN_WORDS:
            yield Candidate("sentence_final", [word.index], content, speaker, word.sentence)


def _terms_from(doc: ParsedDoc, first: int, grants: list[Span]) -> bool:
    """Whether a grant of anonymity starts at word `first` ('on condition of anonymity')."""
    start = doc.words[first].start
    return any(grant.start == start for grant in grants)


def outlet_knowing(doc: ParsedDoc, verb: int) -> bool:
    """'..., Axios has learned.', 'The Guardian understands that ...': a named body reporting
    in the form an outlet gives what it has found out."""
    word = doc.words[verb]
    form = lexicon.outlet_knowledge().get(word.lemma)
    subjects = doc.children(verb, "nsubj")
    if form is None or not subjects or not doc.words[subjects[0]].text[:1].isupper() or \
            doc.words[subjects[0]].upos not in ("PROPN", "NOUN"):
        return False
    perfect = any(doc.words[k].lemma == "have" for k in doc.children(verb, "aux"))
    return perfect if form == "perfect" else word.xpos == "VBZ"


def listener(doc: ParsedDoc, noun: int) -> bool:
    """Who was told ('told Reuters', 'told reporters', 'told him'), not what ('tell the
    difference') nor a quotation."""
    word = doc.words[noun]
    person = word.upos in ("PROPN", "PRON") or word.upos == "NOUN" and \
        lexicon.source_nouns().get(word.lemma) in LISTENERS
    return person and not any(doc.words[k].text in QUOTATION_MARKS for k in doc.subtree(noun))


def characterization(doc: ParsedDoc) -> Iterator[Candidate]:
    """'admires Putin as a “strong leader”', 'painting Trump as a “con artist”': any verb that
    gives its object a quoted name puts that name in the subject's mouth."""
    for word in doc.words:
        if word.upos != "VERB" or doc.children(word.index, "aux:pass"):
            continue
        objects = [o for o in doc.children(word.index, "obj") if o > word.index]
        names = [c for c in doc.children(word.index, "obl", "advcl")
                 if objects and c > objects[0] and _quoted_name(doc, c)]
        if not names:
            continue
        speaker = subject_of(doc, word.index)
        if speaker is not None:
            content = {k for c in (objects[0], names[0]) for k in doc.subtree(c)}
            yield Candidate("characterization", [word.index], content, speaker, word.sentence)


def _quoted_name(doc: ParsedDoc, phrase: int) -> bool:
    """An 'as' phrase that names something in quotation marks: 'as a “con artist”'."""
    words = doc.subtree(phrase)
    if doc.words[words[0]].lower != "as":
        return False
    rest = [k for k in words[1:] if doc.words[k].lower not in ("a", "an", "the")]
    return bool(rest) and doc.words[rest[0]].xpos == "``"


def according_to(doc: ParsedDoc) -> Iterator[Candidate]:
    """'..., according to X' and 'According to X, ...'."""
    phrases = [p.split() for p, rule in lexicon.cue_phrases().items() if rule == "according_to"]
    firsts = {phrase[0] for phrase in phrases}
    for sentence in doc.sentences:
        for i in sentence:
            if doc.words[i].lower not in firsts:
                continue
            for phrase in phrases:
                end = i + len(phrase)
                if end > sentence[-1] + 1:
                    continue
                if [doc.words[k].lower for k in range(i, end)] != phrase:
                    continue
                source = _phrase_object(doc, range(i, end))
                if source is None:
                    continue
                while doc.words[source].deprel in ("flat", "flat:name") and \
                        doc.words[source].head is not None and doc.words[source].head < source:
                    source = doc.words[source].head  # 'according to Ms. Epstein': the name's head
                if phrase[-1] == "per" and not _per_source(doc, sentence, i, source) or \
                        not _sourcey(doc, source):
                    continue
                phrase_words = set(range(i, end))
                clause = doc.words[source].head
                while clause in phrase_words and doc.words[clause].head is not None:
                    clause = doc.words[clause].head  # 'in the words of X': past 'words'
                if clause is None:  # 'That's according to X': the subject is what X says
                    clause = next(iter(doc.children(source, "nsubj")), None)
                if clause is None:
                    continue
                if _set_off_at_edge(doc, sentence, i, source):
                    while doc.words[clause].head is not None:
                        clause = doc.words[clause].head
                elif _set_off(doc, i, source):  # '..., according to three people, in what ...'
                    while doc.words[clause].head is not None and \
                            not is_reporting_verb(doc, doc.words[clause].head):
                        clause = doc.words[clause].head
                phrase = {k for p in phrase_words - {clause}
                          if doc.words[p].head not in phrase_words for k in doc.subtree(p)}
                between = set(range(i, max(doc.subtree(source)) + 1))  # 'Battalion Chief X'
                # not the clause's subject, when the parser hung a comma after it on the source
                # ('According to the office, Maria Lopez, 52, died at the scene')
                subject = {k for c in doc.children(clause, "nsubj", "nsubj:pass")
                           if c in between and c not in doc.subtree(source)
                           for k in doc.subtree(c)}
                subject |= {k for k in doc.subtree(source) if subject and k > min(subject)
                            and doc.words[k].upos == PUNCT}
                content = (set(doc.subtree(clause)) - set(doc.subtree(source)) - phrase -
                           phrase_words - between) | subject
                if content:
                    yield Candidate("according_to", sorted(phrase_words), content, source,
                                    doc.words[i].sentence)


def _per_source(doc: ParsedDoc, sentence: range, first: int, source: int) -> bool:
    """'Per the sheriff's office, ...', '..., per a police report.', 'As per the officials,
    ...': 'per' cites a source only set off at an edge of its sentence or by commas, with a
    name or a word for a person, body or document for its object (not '$2 per share', 'as
    per usual'), and not hung on a verb of speech ('Guccifer said, per a translator, ...')."""
    word = doc.words[source]
    sourcey = word.upos == "PROPN" or word.entity in ("PERSON", "ORG") or \
        lexicon.source_nouns().get(word.lemma) not in (None, "quantity", "share")
    telling = word.head is not None and is_reporting_verb(doc, word.head)
    return sourcey and not telling and (_set_off_at_edge(doc, list(sentence), first, source) or
                                        _set_off(doc, first, source))


def _sourcey(doc: ParsedDoc, source: int) -> bool:
    """'according to the ministry', 'according to police', 'according to data': something
    that can tell, not a bare noun for a measure things are done by ('distributed according
    to need', 'according to tradition')."""
    word = doc.words[source]
    bare = not any(doc.words[k].upos != PUNCT and doc.words[k].deprel not in ("case", "mark")
                   for k in doc.children(source))
    return word.upos not in ("NOUN", "VERB") or not bare or word.plural or \
        word.lemma in lexicon.source_nouns() or word.lemma in lexicon.cue_nouns()


def _set_off(doc: ParsedDoc, first: int, source: int) -> bool:
    """Whether a phrase from `first` to the end of `source`'s words has commas on both
    sides: an aside about the clause it interrupts, however the parser hung it."""
    last = max(doc.subtree(source))
    return first > 0 and doc.words[first - 1].text == "," and \
        last + 1 < len(doc.words) and doc.words[last + 1].text == ","


def _set_off_at_edge(doc: ParsedDoc, sentence: list[int], first: int, source: int) -> bool:
    """'Clinton plans to visit Charlotte on Sunday, according to a campaign aide.',
    'According to the police, ...': a phrase set off by a comma at either end of its
    sentence sources the whole sentence, wherever the parser hung it."""
    last = max(k for k in doc.subtree(source) if doc.words[k].upos != PUNCT or k == source)
    before = [k for k in sentence if k < first and doc.words[k].upos != PUNCT]
    after = [k for k in sentence if k > last and doc.words[k].upos != PUNCT]
    closing = not after and first > sentence[0] and doc.words[first - 1].text == ","
    opening = not before and last + 1 <= sentence[-1] and doc.words[last + 1].text == ","
    return closing or opening


def in_document(doc: ParsedDoc) -> Iterator[Candidate]:
    """'In the latest poll, Clinton led by five points': a document named in a prepositional
    phrase (or someone's view, words or telling: 'In Cole's view, ...', whose owner is then
    the source) set before a clause whose verb does not report (that verb's own rule handles 'In
    a statement, the ministry said ...'); after the verb it places rather than sources
    ('he quickly slid in the polls', 'a clip is featured in a new video'), as it does
    after a participle ('Writing in a blog post, ...')."""
    prepositions = {p for p, rule in lexicon.cue_phrases().items() if rule == "in_document"}
    nouns = lexicon.source_nouns()
    for word in doc.words:
        if word.lower not in prepositions or word.deprel != "case" or word.head is None:
            continue
        noun = doc.words[word.head]
        clause = noun.head
        owners = doc.children(noun.index, "nmod:poss") if lexicon.cue_nouns().get(
            noun.lemma) in ("speech", "cognition") and nouns.get(noun.lemma) != "document" \
            else []  # 'In Cole's view, ...'
        if not owners and (nouns.get(noun.lemma) != "document" or _bare_idiom(doc, noun.index)) \
                or noun.deprel != "obl" or clause is None:
            continue
        if doc.words[clause].deprel != "root" or is_reporting_verb(doc, clause) or \
                word.index > clause or _after_participle(doc, word.index):
            continue
        content = set(doc.subtree(clause)) - set(doc.subtree(noun.index))
        if doc.children(clause, *SUBJECTS):
            cue = [word.index, noun.index] if owners else [word.index]
            yield Candidate("in_document", cue, content, owners[0] if owners else noun.index,
                            word.sentence)


def _after_participle(doc: ParsedDoc, preposition: int) -> bool:
    """'Writing in a blog post, Ingram dubbed ...': the phrase says where the participle
    before it happened, whatever the parser hung it on."""
    before = doc.words[preposition - 1] if preposition > 0 else None
    return before is not None and before.sentence == doc.words[preposition].sentence and \
        before.upos == "VERB" and before.xpos in ("VBG", "VBN")


def _bare_idiom(doc: ParsedDoc, noun: int) -> bool:
    """'in order to', 'in writing', 'in print': a singular document noun with no determiner
    or modifier is part of an idiom, not a document that says something."""
    return not doc.words[noun].plural and not doc.children(
        noun, "det", "nmod:poss", "amod", "compound", "nummod", "nmod")


def _phrase_object(doc: ParsedDoc, phrase: range) -> int | None:
    """The noun a multi-word preposition governs: the head of its last word that hangs past
    it ('in the words of X': the noun of 'of', not of 'words'), a noun before a verb
    ('according to court documents filed Monday': 'documents', not 'filed')."""
    heads = [doc.words[k].head for k in reversed(phrase)]
    heads = [h for h in heads if h is not None and h not in phrase and h > phrase[-1]]
    nouns = [h for h in heads if doc.words[h].upos in ("NOUN", "PROPN", "PRON")]
    if heads:
        return (nouns or heads)[0]
    after = phrase[-1] + 1
    if after < len(doc.words) and doc.words[after].sentence == doc.words[phrase[0]].sentence:
        word = doc.words[after]
        return word.head if word.deprel in ("det", "amod", "compound") and word.head else after
    return None


def colon(doc: ParsedDoc) -> Iterator[Candidate]:
    """'Poll: voters abandon ...', 'Pence: ...' and transcript lines 'WALLACE: ...': a paragraph
    or sentence that opens with a short name and a colon; the rest is what was said. A name
    the tagger read as a common noun ('Pence' as money) counts when the article names that
    person elsewhere; an event or a numbered label ('FIFA World Cup 2018 day five:') does
    not speak, nor does an interview's 'Q:'."""
    for paragraph in doc.paragraphs:
        first = doc.word_at(paragraph.start)
        while first is not None and first < len(doc.words) - 1 and \
                doc.words[first].upos == PUNCT and doc.words[first].end <= paragraph.end:
            first += 1
        while first is not None and first < len(doc.words) - 1 and \
                CLOCK.match(doc.words[first].text) and doc.words[first].end <= paragraph.end:
            first += 1  # a live blog's time stamp: '10:15 Minister: ...', '[10:15] ...'
            if doc.words[first].text in TIME_ZONES:  # '14:12 ET: Powell told ...'
                first += 1
            while first < len(doc.words) - 1 and doc.words[first].text in ("]", ")", "-", "–"):
                first += 1
        if first is None:
            continue
        words = []
        k = first
        while k < len(doc.words) and doc.words[k].end <= paragraph.end and \
                len(words) < TOPIC_LABEL_WORDS:
            words.append(k)
            if doc.words[k].text == ":":
                break
            k += 1
        if not words or doc.words[words[-1]].text != ":" or len(words) < 2:
            continue
        cut = words[-1]
        before = words[:-1]
        if section_label(doc.words, first) == cut:
            continue  # 'Zoom in:', 'Flashback:' introduce a paragraph and name no one
        if len(words) - _parenthesized(doc, before) > LABEL_WORDS:
            speaker = _name_on_topic(doc, before)
            if speaker is not None and doc.text[doc.words[cut].end:].lstrip()[:1] in \
                    OPENING_MARKS:
                after = set(range(cut + 1, len(doc.words))) & set(doc.words_in(paragraph))
                yield Candidate("colon", [cut], after, speaker, doc.words[cut].sentence)
            continue
        label = doc.text[doc.words[first].start : doc.words[cut].start]
        before = [j for j in before if not _label_dot(doc, j)]
        capitals = all(in_capitals(doc.words[j].text) for j in before)  # tagged any way
        if not capitals and any(doc.words[j].upos in COLON_NON_SPEAKERS or
                                doc.words[j].entity == "MISC" for j in before) or \
                len(label.strip()) < 2 or label.count("(") > label.count(")"):
            continue  # not a speaker's label: 'Globex Inc. (NYSE: GBX) is ...'
        head = before[-1] if capitals else \
            max(before, key=lambda j: doc.words[j].head not in before)
        head_word = doc.words[head]
        if _colon_dateline(doc, before):
            continue
        transcript = head_word.text.isupper() and len(head_word.text) > 1
        named = head_word.upos == "PROPN" or head_word.lower in doc.person_names or \
            head_word.entity in ("PERSON", "ORG") and head_word.text[:1].isupper()
        if not named and head_word.lemma not in lexicon.source_nouns() and not transcript:
            continue
        after = set(range(cut + 1, len(doc.words))) & set(doc.words_in(paragraph))
        if len(after) >= (2 if transcript else 3):  # 'ROSS: Good.'
            yield Candidate("colon", [cut], after, head, doc.words[cut].sentence)


def _parenthesized(doc: ParsedDoc, label: list[int]) -> int:
    """How many of a label's words stand in brackets, brackets included ('Sen. Bernie
    Sanders (I-Vt.):'), which a label's length does not count."""
    depth = inside = 0
    for k in label:
        text = doc.words[k].text
        depth += text == "("
        inside += depth > 0
        depth -= text == ")" and depth > 0
    return inside


def _name_on_topic(doc: ParsedDoc, label: list[int]) -> int | None:
    """'Gillibrand on Hillary Releasing Her Speech Transcripts: ‘I Think She Will.’': a
    headline's name, then 'on' and the topic, before a colon and a quotation; the name's
    last word, or None."""
    on = next((i for i, k in enumerate(label) if doc.words[k].lower == "on"), None)
    if on is None or not 1 <= on <= 3 or \
            not all(doc.words[k].upos == "PROPN" for k in label[:on]):
        return None
    return label[on - 1]


def in_capitals(text: str) -> bool:
    """A word in capitals ('TIME' in a headline, 'ANDERSON' or 'SEN' in a transcript's
    label), not an initial ('M.')."""
    return text.isupper() and len(text.strip(".")) > 1


def _label_dot(doc: ParsedDoc, k: int) -> bool:
    """The dot of an abbreviated title in a transcript label that the tokenizer split off
    ('SEN. COLLINS:', 'DR. FAUCI:')."""
    return doc.words[k].text == "." and k > 0 and doc.words[k - 1].text.isupper() and \
        doc.words[k - 1].end == doc.words[k].start


def headline(doc: ParsedDoc) -> Iterator[Candidate]:
    """'Lindsey Graham Says Trump Could Address Clean Energy': in a short title-case line a
    capitalised speech verb splits the speaker from what was said (taggers often read the
    verb as part of a name)."""
    verbs = lexicon.reporting_verbs()
    for line in doc.paragraphs:
        words = [k for k in doc.words_in(line) if doc.words[k].upos != PUNCT]
        if not 4 <= len(words) <= HEADLINE_MAX_WORDS or not _title_case(doc, words):
            continue
        for position, k in enumerate(words[1:-2], start=1):
            text = doc.words[k].text
            lemma = next((form for form in (text.lower(), text.lower()[:-1])
                          if verbs.get(form) == "speech"), None)
            if lemma is None or not text[0].isupper():
                continue
            speaker = [j for j in words[:position] if doc.words[j].upos in ("PROPN", "NOUN")]
            if speaker:
                content = set(range(k + 1, words[-1] + 1))
                yield Candidate("headline", [k], content, speaker[-1], doc.words[k].sentence)
            break


def _title_case(doc: ParsedDoc, words: list[int]) -> bool:
    """Most words capitalised, as in a headline (short function words may stay lower)."""
    capitalised = sum(doc.words[k].text[:1].isupper() for k in words)
    return capitalised >= HEADLINE_CAPITALS * len(words)


@cache
def _phrase_pairs(rule: str) -> dict[str, frozenset[str]]:
    """First word -> second words of the two-word cue phrases of a rule, read once."""
    pairs: dict[str, set[str]] = {}
    for phrase, name in lexicon.cue_phrases().items():
        if name == rule:
            first, second = phrase.split()
            pairs.setdefault(first, set()).add(second)
    return {first: frozenset(seconds) for first, seconds in pairs.items()}


def made_clear(doc: ParsedDoc) -> Iterator[Candidate]:
    """'Obama made clear that ...', 'Clinton made it clear that ...': a verb and the
    adjective it makes report the clause either of them governs."""
    pairs = _phrase_pairs("made_clear")
    for word in doc.words:
        if word.upos != "VERB" or word.lemma not in pairs:
            continue
        adjectives = [c for c in doc.children(word.index, "xcomp", "amod", "obj")
                      if doc.words[c].lemma in pairs[word.lemma] and c > word.index]
        if not adjectives:
            continue
        adjective = adjectives[0]
        clauses = [c for c in doc.children(adjective, "ccomp") + doc.children(word.index, "ccomp")
                   if c > adjective and _clausal(doc, c)]
        speaker = subject_of(doc, word.index)
        if clauses and speaker is not None:
            content = {k for c in clauses for k in doc.subtree(c)}
            yield Candidate("made_clear", [word.index, adjective], content, speaker,
                            word.sentence)


def as_put(doc: ParsedDoc) -> Iterator[Candidate]:
    """'As one veteran diplomat put it, “Nobody wins a trade war.”', 'The economy, as the
    governor put it, is “on fire.”', 'As The Washington Post reported, he would need ...':
    the clause the 'as' clause sits in is what was said (a verb of saying or writing there
    says nothing else)."""
    for word in doc.words:
        if word.upos != "VERB" or word.head is None or not _in_as_clause(doc, word.index):
            continue
        objects = saying_objects(doc, word.index)
        subjects = doc.children(word.index, "nsubj")
        if subjects and (objects or _says_nothing_else(doc, word.index)):
            clause = set(doc.subtree(word.index))
            if not objects:  # words the parser hung on a bare verb of saying are what it said
                clause = {k for k in clause if k <= word.index + 1}
            content = set(doc.subtree(word.head)) | set(doc.subtree(word.index))
            content -= clause | set(doc.children(word.head, "cc"))
            cue = [word.index, objects[0]] if objects else [word.index]
            yield Candidate("as_put", cue, content, subjects[0], word.sentence)


def saying_objects(doc: ParsedDoc, verb: int) -> list[int]:
    """The object that makes a verb a way of saying ('put it' in 'as one diplomat put it',
    'put it bluntly:')."""
    seconds = _phrase_pairs("as_put").get(doc.words[verb].lemma, frozenset())
    return [o for o in doc.children(verb, "obj") if doc.words[o].lower in seconds]


def _in_as_clause(doc: ParsedDoc, verb: int) -> bool:
    return any(doc.words[m].lower == "as" for m in doc.children(verb, "mark"))


def _says_nothing_else(doc: ParsedDoc, verb: int) -> bool:
    """'As The Washington Post reported, ...': a verb of saying or writing in an 'as' clause
    with nothing after it but a comma or the sentence's end, which says nothing else (not
    'as he spoke', which tells when)."""
    word = doc.words[verb]
    after = doc.words[verb + 1] if verb + 1 < len(doc.words) else None
    return lexicon.reporting_verbs().get(word.lemma) in FINAL_CLASSES and \
        "no_clause" not in lexicon.verb_frames().get(word.lemma, ()) and \
        word.deprel == "advcl" and (after is None or after.sentence != word.sentence
                                    or after.text in (",", ".")) and \
        not doc.children(verb, "obj", "ccomp", "xcomp", "aux:pass")


def stance_adjective(doc: ParsedDoc) -> Iterator[Candidate]:
    """'Republicans have been critical of Clinton's use of email': an adjective of stance
    and its preposition's object, held by the adjective's subject."""
    pairs = _phrase_pairs("stance_adjective")
    for word in doc.words:
        if word.upos != "ADJ" or word.lower not in pairs:
            continue
        targets = [c for c in doc.children(word.index, "obl", "nmod") if c > word.index and any(
            doc.words[k].lower in pairs[word.lower] for k in doc.children(c, "case"))]
        subjects = doc.children(word.index, "nsubj")
        if targets and subjects:
            cases = doc.children(targets[0], "case")
            content = set(doc.subtree(targets[0])) - set(cases)
            cue = [word.index, cases[0]] if _next_to(doc, word.index, cases[0]) else [word.index]
            yield Candidate("stance_adjective", cue, content, subjects[0], word.sentence)


def citing(doc: ParsedDoc) -> Iterator[Candidate]:
    """'The newspaper, citing unnamed intelligence officials, reported that ...': the people
    a report cites are sources of what it reports, as much as the outlet is; a thing cited
    ('citing low growth') is left to the verb's own rule."""
    for word in doc.words:
        if "citation" not in lexicon.verb_frames().get(word.lemma, ()) or word.xpos != "VBG" \
                or word.deprel != "advcl" or word.head is None:
            continue
        cited = [o for o in doc.children(word.index, "obj") if cites_someone(doc, o)]
        verb = word.head
        found = _complement(doc, verb) if is_reporting_verb(doc, verb) else None
        if cited and found is not None and found[1]:
            yield Candidate("citing", [word.index], found[1] - set(doc.subtree(word.index)),
                            cited[0], word.sentence)


def learned_from(doc: ParsedDoc) -> Iterator[Candidate]:
    """'The Hindu has learnt from sources that ...', 'Reuters has learned from three people
    familiar with the matter that ...': whom an outlet learned what it reports from are
    sources of it too, as whom a report cites are."""
    knowledge = lexicon.outlet_knowledge()
    for word in doc.words:
        if word.lemma not in knowledge or word.upos != "VERB":
            continue
        cited = [(o, c) for o in doc.children(word.index, "obl") if cites_someone(doc, o)
                 for c in doc.children(o, "case") if doc.words[c].lower == "from"]
        found = _complement(doc, word.index) if cited else None
        if found is not None and found[1]:
            source, case = cited[0]
            yield Candidate("citing", [case], found[1] - set(doc.subtree(source)), source,
                            word.sentence)


def cites_someone(doc: ParsedDoc, noun: int) -> bool:
    """A person, a body or an unnamed source ('two sources', 'officials', 'Reuters')."""
    word = doc.words[noun]
    return lexicon.source_nouns().get(word.lemma) in LISTENERS or \
        word.entity in ("PERSON", "ORG") and word.upos == "PROPN"


def nominal(doc: ParsedDoc) -> Iterator[Candidate]:
    """'Trump's claim that ...', 'her promise to cut taxes', 'his remarks about trade', 'a
    warning from X that': a speech, thought or intent noun whose owner is the speaker, and
    whose 'that' clause, to-infinitive or topic is the content."""
    nouns = lexicon.cue_nouns()
    for word in doc.words:
        if word.upos != "NOUN" or word.lemma not in nouns:
            continue
        owners = doc.children(word.index, "nmod:poss") or [
            c for c in doc.children(word.index, "nmod")
            if any(doc.words[k].lower in ("by", "from", "of") for k in doc.children(c, "case"))
        ]
        if not owners:
            continue
        found = _noun_content(doc, word.index, nouns[word.lemma], owners[0])
        if found is not None and owners[0] not in found[1]:
            cue, content = found
            yield Candidate("nominal", cue, content, owners[0], word.sentence)


def _noun_content(doc: ParsedDoc, noun: int, kind: str,
                  owner: int = -1) -> tuple[list[int], set[int]] | None:
    """The cue words and content of a cue noun: a 'that' clause right after it or after
    its owner ('warnings from residents that ...'), a to-infinitive for what was meant
    ('promise to'), or the topic of speech or thought ('claims about', 'worries over') and
    the target of a stance ('criticism of')."""
    opener = doc.words[noun + 1].lower if noun + 1 < len(doc.words) else ""
    # 'that' hung elsewhere by the parser still opens the clause right after it.
    starts = (noun + 1, noun + 2) if opener == "that" else (noun + 1,)
    if owner > noun:
        after = max(doc.subtree(owner)) + 1
        if after < len(doc.words) and doc.words[after].lower == "that":
            starts += (after,)
            opener = "that"
    clauses = [c for c in doc.children(noun, "acl", "ccomp", "acl:relcl")
               if min(doc.subtree(c)) in starts]
    for clause in sorted(clauses, key=lambda c: -len(doc.subtree(c))):
        if opener == "that" or opener == "to" and kind != "stance":
            return [noun], set(doc.subtree(clause)) | {noun + 1}
    topics = NOUN_TOPICS.get(kind, set())
    for target in doc.children(noun, "nmod"):
        cases = doc.children(target, "case")
        if target > noun and cases and doc.words[cases[0]].lower in topics and \
                not _time_object(doc, target):
            cue = [noun, cases[0]] if cases[0] == noun + 1 else [noun]
            return cue, set(doc.subtree(target)) - set(cases)
    return None


def heard_in_court(doc: ParsedDoc) -> Iterator[Candidate]:
    """'The court heard that the defendant had ...', 'Jurors heard that ...': evidence put to
    a court or inquest, said by no one the sentence names."""
    for word in doc.words:
        subjects = doc.children(word.index, "nsubj")
        if word.lemma != "hear" or word.upos != "VERB" or not subjects or \
                doc.words[subjects[0]].lower.rstrip("s") not in HEARINGS:
            continue
        clauses = [c for c in doc.children(word.index, "ccomp") if c > word.index
                   and any(doc.words[m].lower == "that" for m in doc.children(c, "mark"))]
        if clauses:
            yield Candidate("heard_in_court", [word.index], set(doc.subtree(clauses[0])), None,
                            word.sentence)


def interview_lines(doc: ParsedDoc) -> list[tuple[str, Span]]:
    """'Q: Why did you leave?' and 'A: I had stopped learning.': an interview printed as
    questions and answers, each line's label ('Q' or 'A') and the words after it; none
    unless the article has both."""
    lines = []
    for paragraph in doc.paragraphs:
        label = INTERVIEW_LABEL.match(doc.text, paragraph.start, paragraph.end)
        if label is not None and label.end() < paragraph.end:
            lines.append((label.group(1), Span(label.end(), paragraph.end)))
    return lines if {label for label, _ in lines} == {QUESTION, ANSWER} else []


def interview_answers(doc: ParsedDoc) -> Iterator[Candidate]:
    """An interview's answers are the words of the person it was with: the last person the
    article names before its first question or answer."""
    lines = interview_lines(doc)
    if not lines:
        return
    opening = lines[0][1].start
    named = [w.index for w in doc.words if w.end <= opening and w.entity == "PERSON" and
             w.upos == "PROPN" and w.deprel not in NAME_PARTS]
    if not named:
        return
    for label, span in lines:
        words = doc.words_in(span)
        if label == ANSWER and words and words[0] > 0:
            label_end = words[0] - 1
            yield Candidate("interview", [label_end], set(words), named[-1],
                            doc.words[label_end].sentence)


RULES = (parenthetical, citing, verb_complement, inverted, sentence_final, according_to,
         in_document, colon, headline, made_clear, as_put, stance_adjective, nominal,
         characterization, heard_in_court, interview_answers, learned_from)


def _detach_other_cues(doc: ParsedDoc, found: list[Candidate]) -> None:
    """'X said A, though she acknowledged B' and 'A, according to Y': content stops where
    another cue's own clause or phrase hangs on it (a noun cue coordinated inside it, 'his
    support for Trump and his refusal to ...', is part of what was said, and so is a cue
    inside a closed quotation: '“they hit Matt because they said he should ...”', or one
    that takes its speaker from what was said). All a colon label introduces is what was
    said, whatever speech it holds ('Obama: Americans will say no to Trump')."""
    for cand in found:
        for other in found:
            if other is cand or not set(other.cue) & cand.content or _quoted_cue(doc, other) or \
                    _inherits_speaker(doc, other, cand.content):
                continue
            verb = other.cue[0]
            if _charge(doc, cand, verb):
                continue
            if other.rule == "according_to":
                cand.content -= set(other.cue) | set(doc.subtree(other.speaker))
            elif doc.words[verb].deprel in ("advcl", "conj", "parataxis") and \
                    other.rule != "nominal" and cand.rule != "colon" and \
                    not _that_conjunct(doc, verb):
                cand.content -= set(doc.subtree(verb))


def _charge(doc: ParsedDoc, cand: Candidate, verb: int) -> bool:
    """'accused Walz of supporting open borders', 'urged her colleagues to reject the
    rule': a speech verb that is the object of the cue's own preposition ('of', 'for') is
    the charge itself, all that was said, and a to-infinitive of a verb of asking is what
    was asked."""
    frames = lexicon.verb_frames().get(doc.words[cand.cue[0]].lemma, ())
    prepositions = {frame.split(":", 1)[1] for frame in frames if frame.startswith("about:")}
    if "intent" in frames and doc.words[verb].head == cand.cue[0] and \
            verb > cand.cue[0] and to_infinitive(doc, verb):
        return True
    return cand.content <= set(doc.subtree(verb)) and any(
        doc.words[k].lower in prepositions for k in doc.children(verb, "mark", "case"))


def _inherits_speaker(doc: ParsedDoc, cand: Candidate, content: set[int]) -> bool:
    """Whether a cue inside what was said takes its speaker from the clause it hangs on
    there ('said diplomats had begun quietly informing partners that ...'), not from a
    subject of its own ('..., though she acknowledged ...')."""
    return cand.rule != "according_to" and cand.speaker is not None and \
        cand.speaker in content and cand.speaker not in doc.subtree(cand.cue[0])


def _that_conjunct(doc: ParsedDoc, verb: int) -> bool:
    """'said flights were cancelled and that it expected ...': a second 'that' clause goes on
    with what was said."""
    return doc.words[verb].deprel == "conj" and any(
        doc.words[k].lower == "that" for k in doc.children(verb, "mark"))


def _quoted_cue(doc: ParsedDoc, cand: Candidate) -> bool:
    """Whether the candidate's cue stands inside a closed quotation."""
    start = doc.words[cand.cue[0]].start
    return any(quote.closed and piece.start < start < piece.end
               for quote in doc.quotes for piece in quote.pieces)


def _speaker_side(doc: ParsedDoc, cand: Candidate) -> set[int]:
    """The speaker's words on its own side of the cue: when the parser makes 'Poll' in
    'Poll: voters abandon ...' the root, the whole headline is its subtree; a comma the
    parser hung on the speaker from beyond its last word stays with the content."""
    words = doc.subtree(cand.speaker)
    last = max(k for k in words if doc.words[k].upos != PUNCT)
    words = [k for k in words if k <= last or doc.words[k].upos != PUNCT]
    if cand.speaker < min(cand.cue):
        return {k for k in words if k < min(cand.cue)}
    return {k for k in words if k > max(cand.cue)}


def _negation_before(doc: ParsedDoc, cand: Candidate) -> set[int]:
    """'agreed not to publish the name', 'vowed never to return': a negation between the
    cue and what it introduces belongs to what was said."""
    if not cand.content:
        return set()
    before = min(cand.content) - 1
    word = doc.words[before]
    return {before} if word.lower in lexicon.NEGATIONS and word.head in cand.cue and \
        before > max(cand.cue) else set()


def _section_label_words(doc: ParsedDoc, sentence: int) -> set[int]:
    """'Driving the news: ...': a newsletter's section label opening the sentence, colon
    included; never part of what was said."""
    first = doc.sentences[sentence][0]
    colon = section_label(doc.words, first)
    return set(range(first, colon + 1)) if colon is not None else set()


def _dateline(doc: ParsedDoc, sentence: int) -> set[int]:
    """'WASHINGTON (AP) — ...', 'NEW YORK, Oct. 4 — ...', 'NEW DELHI: ...': a place in
    capitals and what follows it up to the dash or colon; never part of what was said."""
    words = doc.sentences[sentence]
    first = doc.words[words[0]].text
    if not (first.isupper() and len(first) > 1):
        return set()
    label = [k for k in words[: DATELINE_WORDS] if doc.words[k].text == ":"]
    if label and _colon_dateline(doc, list(range(words[0], label[0]))):
        return set(range(words[0], label[0] + 1))
    return set(range(words[0], _after_dateline(doc, words[0], words[-1])))


def _colon_dateline(doc: ParsedDoc, label: list[int]) -> bool:
    """'NEW DELHI: The government said ...': a label in capitals before a colon is a
    dateline, not a speaker in a transcript ('WALLACE: ...'), when it names a place, or
    when it is the only such label in the article and names nobody the article names."""
    if not label or not all(doc.words[k].text.isupper() or doc.words[k].upos == PUNCT
                            for k in label):
        return False
    if any(doc.words[k].entity == "LOC" and
           doc.words[k].lower.strip(".") not in lexicon.title_abbreviations() for k in label):
        return True  # a place, not a title the tagger took for one ('SEN. COLLINS:')
    if doc.words[label[-1]].lower in doc.person_names:
        return False
    labels = 0
    for paragraph in doc.paragraphs:
        text = doc.text[paragraph.start : paragraph.end]
        head, colon, _ = text.partition(":")
        labels += bool(colon) and head.isupper() and len(head.split()) <= 3
    return labels == 1


def _anonymity_grants(doc: ParsedDoc) -> list[Span]:
    """Where the article states a source's terms for being quoted ('asked not to be
    named'), from the justification vocabulary, found once per article."""
    lowered = doc.text.lower()
    return [Span(m.start(), m.end()) for phrase in lexicon.anonymity_grants()
            if phrase in lowered for m in lexicon.phrase_pattern(phrase).finditer(lowered)]


def _terms_of_anonymity(doc: ParsedDoc, cand: Candidate, grants: list[Span]) -> bool:
    """'one resident, who asked not to be named, told AFP', 'requested anonymity': a
    source's terms for being quoted are no claim of theirs."""
    words = [*cand.cue, *(k for k in cand.content if doc.words[k].upos != PUNCT)]
    if any(all(grant.start <= doc.words[k].start < grant.end for k in group)
           for grant in grants for group in ([cand.cue[0]], words)):
        return True
    if doc.words[cand.cue[0]].lemma in TERMS_REQUESTS and any(  # 'asked that his name be ...'
            grant.start <= doc.words[k].start < grant.end for grant in grants for k in words):
        return True
    return _in_granting_clause(doc, cand.cue[0], grants) or \
        _speaking_on_terms(doc, cand.cue[0], grants)


def _in_granting_clause(doc: ParsedDoc, cue: int, grants: list[Span]) -> bool:
    """'A nurse, who asked not to be named because she feared losing her job, said ...': a
    verb inside a clause that sets a source's terms says why, not what was said (a verb
    whose own clause holds the terms, '..., the sources cautioned, asking not to be
    identified', still speaks)."""
    before = doc.text[: doc.words[cue].start].rstrip(" ,")
    if doc.words[cue].xpos in ("VBD", "VBN") and any(grant.end == len(before) for grant in grants):
        return False  # '... who declined to be named said ...' with 'said' hung inside
    current = doc.words[cue].head
    while current is not None and doc.words[current].head is not None:
        if doc.words[current].deprel in TERMS_CLAUSES and _holds_grant(doc, current, grants):
            return True
        current = doc.words[current].head
    return False


def _speaking_on_terms(doc: ParsedDoc, cue: int, grants: list[Span]) -> bool:
    """'He spoke on condition of anonymity for fear of losing his job': speaking on terms,
    with no clause said, says nothing."""
    return doc.words[cue].lemma in TERMS_VERBS and not doc.children(cue, "ccomp") and \
        _holds_grant(doc, cue, grants)


def _holds_grant(doc: ParsedDoc, head: int, grants: list[Span]) -> bool:
    """Whether a grant of anonymity starts inside the words `head` heads."""
    words = doc.subtree(head)
    start, end = doc.words[min(words)].start, doc.words[max(words)].end
    return any(start <= grant.start < end for grant in grants)


def _through_issued_document(doc: ParsedDoc, cand: Candidate, seen: set[int]) -> Candidate:
    """'The Kremlin issued a statement calling the sanctions illegal', 'The union released
    a statement that said ...': a document that speaks through a participle or a relative
    clause speaks for whoever put it out, and the cue runs from the verb of issuing."""
    issuer = _issuing_verb(doc, cand.cue[0])
    if issuer is None or issuer in seen:
        return cand
    speaker = subject_of(doc, issuer)
    if speaker is None:
        return cand
    return Candidate(cand.rule, [*cand.cue, issuer], cand.content - {issuer}, speaker,
                     cand.sentence)


def _issuing_verb(doc: ParsedDoc, verb: int) -> int | None:
    """The verb by which someone put out the document a speech verb hangs on ('issued a
    statement saying'), or that the participle follows ('issued a statement Tuesday,
    saying'); None when there is none."""
    word = doc.words[verb]
    if word.head is None or lexicon.reporting_verbs().get(word.lemma) not in ISSUED_CLASSES:
        return None  # 'records which showed ...': evidence stays the document's
    documents = lexicon.source_nouns()
    if word.deprel in ("acl", "acl:relcl") and doc.words[word.head].deprel == "obj" and \
            documents.get(doc.words[word.head].lemma) == "document":
        issuer = doc.words[word.head].head
    elif word.deprel == "advcl" and word.xpos == "VBG" and word.head < verb and \
            not doc.children(verb, "mark") and any(
            documents.get(doc.words[o].lemma) == "document"
            for o in doc.children(word.head, "obj")):
        issuer = word.head
    else:
        return None
    if issuer is None or issuer > verb or doc.words[issuer].lemma not in ISSUING_VERBS or \
            sum(doc.words[k].upos != PUNCT for k in range(issuer, verb)) > MAX_ISSUED_WORDS:
        return None
    particles = {doc.words[k].lower for k in doc.children(issuer, "compound:prt")}
    needed = ISSUING_VERBS[doc.words[issuer].lemma]
    return issuer if needed is None or needed in particles else None


def find_candidates(doc: ParsedDoc) -> list[Candidate]:
    """All cue candidates, in text order, a cue word claimed by the first rule that fires."""
    seen: set[int] = set()
    found: list[Candidate] = []
    grants = _anonymity_grants(doc)
    for rule in RULES:
        for cand in rule(doc):
            if seen.intersection(cand.cue):
                continue
            cand = _through_issued_document(doc, cand, seen)
            cand.content -= set(cand.cue) | _dateline(doc, cand.sentence) | \
                _section_label_words(doc, cand.sentence)
            if cand.speaker is not None:
                cand.content -= _speaker_side(doc, cand)
            cand.content |= _negation_before(doc, cand)
            if all(doc.words[k].upos == PUNCT for k in cand.content) or \
                    _terms_of_anonymity(doc, cand, grants):
                continue
            seen.update(cand.cue)
            found.append(cand)
    labels = {k for c in found if c.rule == "colon" for k in range(
        min(doc.subtree(c.speaker)), c.cue[0])}
    found = [c for c in found if c.rule == "colon" or not c.content & labels]
    _detach_other_cues(doc, found)
    found = [c for c in found if any(doc.words[k].upos != PUNCT for k in c.content)]
    return sorted(found, key=lambda c: doc.words[c.cue[0]].start)
