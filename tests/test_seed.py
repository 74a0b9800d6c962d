"""The seed article the product was designed around: its named and anonymous sources,
descriptors and anonymity justification, through the real pipeline."""

from __future__ import annotations

import pytest
from conftest import SEED

from tracker.attribution import AttributionType, Extraction, SourceKind, extract

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed(annotate) -> tuple[str, Extraction]:
    with SEED.open(encoding="utf-8", newline="") as handle:
        text = handle.read()
    return text, extract(annotate(text), text)


def statements(seed, **wanted) -> list[tuple[str, object]]:
    """(content text, attribution) for attributions whose source has these values."""
    text, extraction = seed
    found = []
    for a in extraction.attributions:
        source = extraction.source(a.source_id)
        if source and all(getattr(source, k) == v for k, v in wanted.items()):
            found.append((" ".join(text[s.start : s.end] for s in a.content), a))
    return found


def test_macron_close_coordination_is_a_mixed_named_statement(seed):
    (content, attribution), = statements(seed, name="Emmanuel Macron")
    assert "“close coordination” with NATO" in content
    assert attribution.type == AttributionType.MIXED
    source = seed[1].source(attribution.source_id)
    assert source.kind == SourceKind.NAMED_PERSON
    assert source.title == "French President"


def test_lecornu_quote_is_direct_and_named(seed):
    found = statements(seed, name="Sébastien Lecorno")
    content, attribution = next(f for f in found if "This meeting is important" in f[0])
    assert content.startswith("“This meeting is important")
    assert attribution.type == AttributionType.DIRECT
    assert seed[1].source(attribution.source_id).title == "French Defense Minister"


def test_every_statement_of_the_french_military_official(seed):
    found = statements(seed, role="official", affiliation="French, military")
    contents = [c for c, _ in found]
    assert len(found) >= 4, contents
    assert any(c.startswith("Talks will include almost all 32 NATO countries") for c in contents)
    assert any(c.startswith("The force that is provided by France and Britain") for c in contents)
    assert any(c.startswith("It could include severe weapons") for c in contents)
    assert any(c.startswith("Australia, New Zealand, Japan") for c in contents)
    source = seed[1].source(found[0][1].source_id)
    assert source.kind == SourceKind.ANONYMOUS_INDIVIDUAL
    assert source.anonymous is True
    assert {m.text for m in source.mentions} >= {"the French military official", "the official"}


def test_the_western_official_in_kyiv(seed):
    (content, attribution), = statements(seed, name="Western official")
    assert content == "“It’s the core of that,”"
    source = seed[1].source(attribution.source_id)
    assert (source.kind, source.role, source.affiliation, source.location) == (
        SourceKind.ANONYMOUS_INDIVIDUAL, "official", "Western", "Kiev")


def test_one_senior_ukrainian_officer(seed):
    found = statements(seed, role="officer", number="one")
    assert [c[:40] for c, _ in found] == [
        "“I completely believe it is very possibl",
        "“If they lose this opportunity, we will ",
    ]
    source = seed[1].source(found[0][1].source_id)
    assert (source.kind, source.seniority, source.affiliation, source.plural) == (
        SourceKind.ANONYMOUS_INDIVIDUAL, "senior", "Ukrainian", False)


def test_the_senior_ukrainian_plan_officer(seed):
    (content, attribution), = statements(seed, name="Senior Ukrainian Plan Officer")
    assert content.startswith("“Diplomats are discussed, military officials talk")
    assert attribution.type == AttributionType.DIRECT
    source = seed[1].source(attribution.source_id)
    assert (source.kind, source.role, source.seniority, source.affiliation) == (
        SourceKind.ANONYMOUS_INDIVIDUAL, "officer", "senior", "Ukrainian")


def test_anonymity_justification_covers_the_officials(seed):
    text, extraction = seed
    (justification,) = extraction.justifications
    assert "anonymity" in justification.text and "sensitive matters" in justification.text
    assert justification.reason == "sensitive_matter"
    covered = {extraction.source(i).name for i in justification.source_ids}
    assert {"French military official", "Western official", "one senior Ukrainian officer",
            "Senior Ukrainian Plan Officer"} <= covered
    assert all(extraction.source(i).justified for i in justification.source_ids)


def test_image_url_and_timestamp_lines_are_not_attributed(seed):
    text, extraction = seed
    tail = text.index("https://i.abcnewsfe.com")
    assert all(span.start < tail for a in extraction.attributions for span in a.content)
