"""The gender evidence 'he' and 'she' are matched against: honorifics, nouns, given names."""

from __future__ import annotations

import pytest

from tracker.attribution import extract
from tracker.attribution.gender import gender_of, given_names


@pytest.mark.parametrize("name, given", [
    ("Sen. Bernie Sanders", ["Bernie"]),
    ("Governor Mike Pence", ["Mike"]),
    ("Bill Clinton", ["Bill"]),
    ("Ms. Nwanguma", []),
    ("Bill de Blasio", ["Bill"]),
    ("Trump", []),
])
def test_given_names_leave_out_titles_and_the_surname(name, given):
    assert list(given_names(name)) == given


@pytest.mark.parametrize("mention, name, gender", [
    ("Ms. Okafor", None, "f"),
    ("Mr. Trump", None, "m"),
    ("the spokeswoman for the ministry", "", "f"),
    ("Environment Canada spokesperson Julie Hahn", "Julie Hahn", "f"),
    ("Sen. Bernie Sanders", "Bernie Sanders", None),
    ("Jane Doe, whose husband runs the firm", "Jane Doe", "f"),
    ("a woman in Worcester, Massachusetts", "", "f"),
    ("the Senior Ukrainian Plan Officer", "", None),
    ("Clinton", "Clinton", None),
    ("Laurence H. Tribe", "Laurence H. Tribe", None),
    ("Jean Smith", "Jean Smith", None),
    ("Jo Johnson", "Jo Johnson", None),
    ("Emmanuel Macron", "Emmanuel Macron", "m"),
    ("The man's wife", "", "f"),
    ("the boy’s mother", "", "f"),
    ("The woman's husband", "", "m"),
    ("The woman’s", "", "f"),
])
def test_gender_comes_from_clear_evidence_only(mention, name, gender):
    assert gender_of(mention, name) == gender


def test_a_name_that_leans_one_way_overall_and_the_other_in_english_news_tells_nothing(annotate):
    text = ("Laurence H. Tribe, a constitutional scholar, said the plan was lawful. "
            "Mr. Tribe said the court would agree.")
    extraction = extract(annotate(text), text)
    sources = [(s.name, s.kind.value) for s in extraction.sources]
    assert sources == [("Laurence H. Tribe", "named_person")]


def test_she_after_the_mans_wife_is_the_wife(annotate):
    text = 'The man\'s wife said he had been depressed. "He wasn\'t himself," she said.'
    extraction = extract(annotate(text), text)
    assert [(s.name, s.kind.value) for s in extraction.sources] == [
        ("man's wife", "anonymous_individual")]
