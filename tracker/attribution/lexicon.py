"""The vocabularies the rules use, loaded once from the data files in tracker/lexicon.

Each file is the single source of truth for its vocabulary: tab-separated,
`#` comments, first column the lower-case word or phrase.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files


def _rows(name: str) -> list[list[str]]:
    text = files("tracker.lexicon").joinpath(name).read_text(encoding="utf-8")
    return [
        line.split("\t")
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _table(name: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for row in _rows(name):
        table.setdefault(row[0].strip().lower(), row[1].strip() if len(row) > 1 else "")
    return table


@cache
def reporting_verbs() -> dict[str, str]:
    """Verb lemma -> class (speech, writing, cognition, position, evidence, announcement,
    tally)."""
    return _table("reporting_verbs.tsv")


# Endings of inflected verb forms and what may stand in their place in the lemma, tried in
# order ('denies' -> 'deny', 'notes' -> 'note', 'added' -> 'add', 'warning' -> 'warn').
INFLECTIONS = (("ies", ("y",)), ("ied", ("y",)), ("es", ("e", "")), ("s", ("",)),
               ("ed", ("e", "")), ("ing", ("", "e")))
# Endings after which a doubled consonant is single in the lemma ('admitted', 'admitting').
DOUBLING = {"ed", "ing"}


@cache
def phrasal_verbs() -> dict[str, str]:
    """'fire back' -> 'retort': a verb and particle that report speech only together."""
    return _table("phrasal_verbs.tsv")


@cache
def verb_forms() -> dict[str, str]:
    """Irregular forms of reporting verbs -> lemma ('said' -> 'say')."""
    return _table("verb_forms.tsv")


def reporting_lemma(form: str) -> str | None:
    """The reporting verb a lower-case form inflects ('said', 'notes', 'added', 'denies',
    'warning', 'noting', 'admitted'), for words the lemmatizer left as written; None when
    it is none."""
    verbs = reporting_verbs()
    guesses = [form, verb_forms().get(form, "")]
    for ending, replacements in INFLECTIONS:
        if form.endswith(ending):
            stem = form[: -len(ending)]
            guesses += [stem + replacement for replacement in replacements]
            if ending in DOUBLING and len(stem) > 2 and stem[-1] == stem[-2]:
                guesses.append(stem[:-1])
    return next((guess for guess in guesses if guess in verbs), None)


@cache
def verb_frames() -> dict[str, tuple[str, ...]]:
    """Verb lemma -> its frames (intent, object, about:<preposition>, ...) in file order, so
    that a verb with two prepositional frames tries them in the same order on every run."""
    frames: dict[str, list[str]] = {}
    for row in _rows("verb_frames.tsv"):
        found = frames.setdefault(row[0].strip().lower(), [])
        if row[1].strip() not in found:
            found.append(row[1].strip())
    return {lemma: tuple(found) for lemma, found in frames.items()}


@cache
def cue_phrases() -> dict[str, str]:
    """Multi-word cues such as "according to" -> rule name."""
    return _table("cue_phrases.tsv")


@cache
def cue_nouns() -> dict[str, str]:
    """Nouns that carry speech: "X's claim that ...", "in a statement"."""
    return _table("cue_nouns.tsv")


# Source-noun categories that name a post, not a person: written before a name as a title
# ('Governor', 'Spokeswoman'), held by someone a story may name or leave unnamed.
POSTS = frozenset({"role", "title"})
# Words that deny what follows them ('he admitted it was not', 'who was not involved').
NEGATIONS = frozenset({"not", "n't", "never"})
# An acronym with a plural 's' ('MPs', 'TDs', 'CEOs').
PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
# Forms of address written before a name, no part of it ('Mr Li', 'Lord Cameron'; 'Dr. Amy
# Lee, the county's health officer' holds the office the apposition gives).
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord",
                             "lady", "baroness", "baron", "sheikh", "sheikha"})
# The endings that make a name or noun a possessor ('McDonald's', 'the victim’s').
POSSESSIVE_ENDINGS = ("'s", "’s")
# Military and police ranks, which the post an apposition gives outranks too ('Col. Yuriy
# Ihnat, the air force spokesman').
RANKS = frozenset({"pvt", "cpl", "sgt", "lt", "capt", "maj", "col", "gen", "brig", "adm",
                   "cmdr", "private", "corporal", "sergeant", "lieutenant", "captain", "major",
                   "colonel", "general", "brigadier", "admiral", "commander"})


@cache
def source_nouns() -> dict[str, str]:
    """Head-noun lemma of a source description -> role, title, vague, document, organization,
    quantity or share."""
    return _table("source_nouns.tsv")


@cache
def same_posts() -> dict[str, str]:
    """A post's other names -> the one the file lists it under ('justice' -> 'judge',
    'chairwoman' -> 'chairman'), from the third column of source_nouns.tsv."""
    return {row[0].strip().lower(): row[2].strip().lower()
            for row in _rows("source_nouns.tsv") if len(row) > 2 and row[2].strip()}


@cache
def descriptors() -> dict[str, str]:
    """Words and phrases that describe an anonymous source: seniority, knowledge, affiliation."""
    return _table("descriptors.tsv")


@cache
def knowledge_phrases() -> tuple[tuple[str, ...], ...]:
    """The descriptor phrases that say what a source knows, as word tuples ('familiar',
    'with'), ('close', 'to')."""
    return tuple(tuple(phrase.split()) for phrase, part in descriptors().items()
                 if part == "knowledge")


@cache
def justifications() -> dict[str, str]:
    """Phrases that grant anonymity ("grant") or give a reason ("reason:<name>")."""
    return _table("justifications.tsv")


@cache
def anonymity_grants() -> tuple[str, ...]:
    """The justification phrases that grant anonymity ('asked not to be named')."""
    return tuple(phrase for phrase, signal in justifications().items() if signal == "grant")


@cache
def disclosures() -> dict[str, str]:
    """Phrases saying a source was asked but said nothing -> declined, no_response, unreachable;
    each also as written with a contraction ('did not respond', "didn't respond")."""
    table = _table("disclosures.tsv")
    return table | {CONTRACTIBLE.sub(_contract, phrase): kind for phrase, kind in table.items()
                    if CONTRACTIBLE.search(phrase)}


def _contract(match: re.Match[str]) -> str:
    return "won't" if match.group(1) == "will" else f"{match.group(1)}n't"


# An auxiliary and 'not' that news copy often writes as one word ('did not' -> "didn't").
CONTRACTIBLE = re.compile(r"\b(did|does|do|would|could|has|have|had|was|were|is|are|will) not\b")


@cache
def title_abbreviations() -> dict[str, str]:
    """Abbreviated posts written before a name -> the post ('gov' -> 'governor')."""
    return _table("title_abbreviations.tsv")


@cache
def section_labels() -> frozenset[str]:
    """Newsletter and explainer section labels set before a colon ('Zoom in:', 'Why it
    matters:'), which name no speaker."""
    return frozenset(row[0].strip().lower() for row in _rows("section_labels.tsv"))


@cache
def discourse_markers() -> tuple[str, ...]:
    """Set phrases on a speech verb that open a sentence and report nothing ('That said,')."""
    return tuple(row[0].strip().lower() for row in _rows("discourse_markers.tsv"))


@cache
def furniture_phrases() -> tuple[str, ...]:
    """Phrases that mark a short paragraph as credits or captions."""
    return tuple(row[0].strip().lower() for row in _rows("furniture.tsv"))


@cache
def bodies() -> frozenset[str]:
    """Lower-case names of outlets, platforms and pollsters ('PolitiFact', 'Twitter') that the
    tagger may take for people."""
    return frozenset(row[0].strip().lower() for row in _rows("bodies.tsv"))


@cache
def post_nominals() -> frozenset[str]:
    """Letters written after a name for a rank, an honour or a seat ('KC', 'MP', 'OBE')."""
    return frozenset(row[0].strip().lower() for row in _rows("post_nominals.tsv"))


@cache
def outlet_knowledge() -> dict[str, str]:
    """Verb lemma -> the form ('present', 'perfect') in which an outlet reports what it has
    found out ('the Guardian understands', 'Axios has learned')."""
    return _table("outlet_knowledge.tsv")


@cache
def gendered_words() -> dict[str, str]:
    """Honorific or noun -> 'f' or 'm' ('Ms', 'spokesman')."""
    return _table("gendered_words.tsv")


@cache
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A vocabulary phrase matched as whole words only."""
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")


def find_phrase(phrase: str, text: str) -> re.Match[str] | None:
    """The first place a vocabulary phrase stands in `text` as whole words: 'on background'
    is not in '21 million background'."""
    return phrase_pattern(phrase).search(text) if phrase in text else None


def has_phrase(text: str, phrases: tuple[str, ...] | dict[str, str]) -> bool:
    return any(find_phrase(phrase, text) for phrase in phrases)
