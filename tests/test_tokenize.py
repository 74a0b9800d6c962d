"""Tokenizer post-processing: possessives and typographic contractions become plain words."""

from __future__ import annotations

import pytest

from tracker.nlp import split_contraction, split_possessive


@pytest.mark.parametrize("token, parts", [
    ("hasn’t", ["has", "n’t"]),
    ("Haven’t", ["Have", "n’t"]),
    ("can’t", ["ca", "n’t"]),
    ("won’t", ["wo", "n’t"]),
    ("She’ll", ["She", "’ll"]),
    ("They’d", ["They", "’d"]),
    ("we’ve", ["we", "’ve"]),
    ("he’s", ["he", "’s"]),
    ("hasn't", ["has", "n't"]),
    ("Trump’s", None),
    ("O’Neill", None),
    ("rock’n’roll", None),
])
def test_split_contraction(token, parts):
    assert split_contraction(token) == parts


def test_possessives_are_not_contractions():
    assert split_possessive("Johnson’s") == ["Johnson", "’s"]
    assert split_possessive("he’s") is None


@pytest.mark.slow
def test_typographic_contractions_parse_as_words(annotate):
    doc = annotate("He hasn’t left. She’ll win the vote, they’d said.")
    words = [(w.text, w.upos) for s in doc.sentences for w in s.words]
    assert ("has", "AUX") in words and ("n’t", "PART") in words
    assert ("She", "PRON") in words and ("’ll", "AUX") in words
    assert ("They", "PRON") in words or ("they", "PRON") in words


@pytest.mark.slow
def test_no_sentence_ends_on_a_title_before_a_name(annotate):
    doc = annotate("Jeb Bush and Chris Christie say Florida Sen. Marco Rubio hasn’t been tested "
                   "in a way that the governors have.")
    assert len(doc.sentences) == 1


@pytest.mark.slow
@pytest.mark.parametrize(("text", "title"), [
    ('"We are safe," said Capt. Leo Grant, a department spokesman.', "Capt."),
    ("Sheriff's Capt. Tom Lee said the road was closed.", "Capt."),
])
def test_a_title_whose_dot_the_tokenizer_cut_off_stays_one_word_in_the_sentence(annotate, text,
                                                                                  title):
    doc = annotate(text)
    assert len(doc.sentences) == 1
    assert title in [token.text for token in doc.sentences[0].tokens]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sentences"), [
    ("Police said the crash occurred at 5 p.m. Sunday on Route 9.", 1),
    ("Officers arrived at 7:45 p.m. Monday, police said.", 1),
    ("The meeting ended at 9 p.m. The mayor left.", 2),
])
def test_a_clock_time_ends_a_sentence_only_before_a_new_one(annotate, text, sentences):
    assert len(annotate(text).sentences) == sentences


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sentences"), [
    ("The firm said it bought shares of Exxon Corp. and may buy more.", 1),
    ("It holds a stake in Sterling Drug Inc. and may seek control of the company.", 1),
    ("The deal was approved by Acme Inc. The shares rose.", 2),
])
def test_a_company_abbreviation_ends_a_sentence_only_before_a_new_one(annotate, text,
                                                                     sentences):
    assert len(annotate(text).sentences) == sentences
