"""Small, general repairs of parser errors that would otherwise hide a speaker.

The offline models parse news less well than the official ones; these fixes
target constructions that are frequent in reporting and that a weaker parser
commonly gets wrong. Each takes the ParsedDoc's words and mends heads or
relations in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon

if TYPE_CHECKING:
    from .document import Word

NOMINAL = {"NOUN", "PROPN", "PRON"}
RELATIVE = {"who", "which", "whom"}


def _children(words: list[Word], index: int, *deprels: str) -> list[int]:
    return [c for c in words[index].children if not deprels or words[c].deprel in deprels]


def _reattach(words: list[Word], index: int, head: int, deprel: str) -> None:
    old = words[index].head
    if old is not None:
        words[old].children.remove(index)
    words[index].head = head
    words[index].deprel = deprel
    words[head].children.append(index)
    words[head].children.sort()


def split_names(words: list[Word]) -> None:
    """'Emmanuel Macron said' parsed with two subjects: join the first name onto the last."""
    for word in words:
        subjects = _children(words, word.index, "nsubj")
        names = [s for s in subjects if words[s].upos == "PROPN"]
        for first, second in zip(names, names[1:], strict=False):
            if second == first + 1 or all(words[k].upos == "PROPN" for k in range(first, second)):
                _reattach(words, first, second, "flat")


def relative_clauses(words: list[Word]) -> None:
    """'Macron, who will attend, said': a clause opened by 'who' is the noun's, not the verb's."""
    for word in words:
        if word.deprel not in ("ccomp", "parataxis", "advcl") or word.head is None:
            continue
        opener = next((k for k in sorted(word.children) if words[k].upos != "PUNCT"), None)
        if opener is None or words[opener].lower not in RELATIVE or opener > word.index:
            continue
        before = opener - 1
        while before >= 0 and words[before].upos == "PUNCT":
            before -= 1
        if before >= 0 and words[before].upos in NOMINAL and before < word.index < word.head:
            _reattach(words, word.index, before, "acl:relcl")


def inverted_subjects(words: list[Word]) -> None:
    """'..., said a French military official.': a noun after a subjectless reporting verb."""
    verbs = lexicon.reporting_verbs()
    for word in words:
        if word.upos != "VERB" or word.lemma not in verbs:
            continue
        if _children(words, word.index, "nsubj", "nsubj:pass", "csubj"):
            continue
        for child in _children(words, word.index, "ccomp", "obj", "dep", "appos"):
            candidate = words[child]
            if child > word.index and candidate.upos in ("NOUN", "PROPN") and \
                    not _children(words, child, "cop", "nsubj", "mark"):
                _reattach(words, child, word.index, "nsubj")
                break


REPAIRS = (split_names, relative_clauses, inverted_subjects)


def repair(words: list[Word]) -> None:
    for fix in REPAIRS:
        fix(words)
