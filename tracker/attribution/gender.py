"""A person's gender as far as the article's own words tell it, to match 'he' and 'she'.

Only clear evidence counts: an honorific or a gendered noun in a mention ('Ms. Hahn',
'the spokeswoman'), else a given name that the name dictionary gives as male or
female ('Julie'); names it marks as only mostly one or the other ('Bernie', 'Chris')
tell nothing.
"""

from __future__ import annotations

from functools import cache, lru_cache

import gender_guesser.detector

from . import lexicon

PRONOUN_GENDER = {"he": "m", "she": "f"}
CLEAR_NAMES = {"male": "m", "female": "f"}
LEANINGS = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}
COUNTRIES = (None, "usa", "great_britain")
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


@cache
def _detector() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


def _words(text: str) -> list[str]:
    return [w.strip(".,’'\"()").lower() for w in text.replace("’s", " ").replace("'s", " ").split()]


@lru_cache(maxsize=8192)
def given_names(name: str) -> tuple[str, ...]:
    """The words of a person's name before the surname, titles left out ('Sen. Bernie
    Sanders', 'Governor Bernie Sanders' -> ['Bernie'])."""
    table, nouns = lexicon.gendered_words(), lexicon.source_nouns()
    words = [w.strip(",()") for w in name.replace("’s", " ").replace("'s", " ").split()]
    words = [w for w in words if w[:1].isupper() and not _title(w)
             and w.strip(".").lower() not in table
             and nouns.get(w.lower()) not in lexicon.POSTS]
    return tuple(words[:-1])


def _title(word: str) -> bool:
    """'Sen.', 'Gov.', 'Sens.': an abbreviation written before a name, not an initial."""
    return word.endswith(".") and word[:-1].isalpha() and len(word) > 2


@lru_cache(maxsize=8192)
def gender_of(mention: str, name: str | None = None) -> str | None:
    """'f', 'm' or None: from the honorifics and nouns before the mention's first comma
    (not the apposition's 'whose husband') and after any possessor ('the man's wife' is a
    woman), else from the given names in `name` (the
    mention itself when no name is given)."""
    table = lexicon.gendered_words()
    for word in _words(_after_possessors(mention.split(",")[0])):
        if word in table:
            return table[word]
    for word in given_names(mention if name is None else name):
        found = _clear_gender(word.strip(".").capitalize())
        if found:
            return found
    return None


def _after_possessors(phrase: str) -> str:
    """The words after the last possessor that is not the phrase's last word."""
    words = phrase.split()
    owners = [i for i, w in enumerate(words[:-1]) if w.endswith(POSSESSIVE_ENDINGS)]
    return " ".join(words[owners[-1] + 1:]) if owners else phrase


@lru_cache(maxsize=8192)
def lone_name_gender(name: str) -> str | None:
    """'f', 'm' or None for a person the story calls by one name only ('said Tanya'): a
    name the detector clearly knows as a given name."""
    words = _words(name)
    if len(words) != 1:
        return None
    return _clear_gender(words[0].capitalize())


@lru_cache(maxsize=8192)
def _clear_gender(given_name: str) -> str | None:
    """'f' or 'm' for a name that the dictionary's overall, US and British lists all lean
    the same way on, clearly in at least one: 'Jean', 'Jan' and 'Laurence' lean one way
    overall and the other in English-speaking countries, and 'Jo' is androgynous overall,
    so they tell nothing."""
    answers = [_detector().get_gender(given_name, country) for country in COUNTRIES]
    leanings = {LEANINGS[answer] for answer in answers if answer in LEANINGS}
    clear = {CLEAR_NAMES[answer] for answer in answers if answer in CLEAR_NAMES}
    known = answers[0] in LEANINGS
    return clear.pop() if known and len(leanings) == 1 and leanings == clear else None
