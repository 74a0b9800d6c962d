"""`tracker extract`'s JSON on the real seed article: the stable shape, and offsets
that slice the file's text to exactly the strings printed beside them."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import SEED, models_dir

from tracker.attribution import AttributionType, SourceKind, Sourcing
from tracker.cli import main
from tracker.store.save import PIECE_SEPARATOR

ATTRIBUTION_KEYS = {
    "type", "content", "content_text", "cue", "cue_text", "speaker", "speaker_text", "source",
    "claim", "rule", "implicit",
}  # fmt: skip
SOURCE_KEYS = {
    "name", "kind", "anonymous", "role", "seniority", "affiliation", "organization", "location",
    "plural",
}  # fmt: skip


@pytest.fixture(scope="module")
def seed_json(annotator) -> dict:
    """The seed article through `tracker extract`, in process (Stanza already loaded)."""
    result = CliRunner().invoke(main, ["--models-dir", models_dir(), "extract", str(SEED)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


@pytest.fixture(scope="module")
def seed_text() -> str:
    with open(SEED, encoding="utf-8", newline="") as f:
        return f.read()


def test_top_level_shape(seed_json: dict) -> None:
    assert seed_json["path"] == str(SEED)
    assert {"attributions", "sources", "claims", "justifications", "disclosures"} <= set(seed_json)
    assert len(seed_json["attributions"]) >= 10


def test_attribution_keys_and_values(seed_json: dict) -> None:
    claim_ids = {claim["id"] for claim in seed_json["claims"]}
    for attribution in seed_json["attributions"]:
        assert set(attribution) >= ATTRIBUTION_KEYS
        assert attribution["type"] in {t.value for t in AttributionType}
        assert attribution["claim"] is None or attribution["claim"] in claim_ids
        assert isinstance(attribution["rule"], str) and attribution["rule"]
        source = attribution["source"]
        if source is not None:
            assert set(source) >= SOURCE_KEYS
            assert source["kind"] in {k.value for k in SourceKind}
            assert isinstance(source["anonymous"], bool)
    assert any(a["source"] and a["source"]["anonymous"] for a in seed_json["attributions"])
    assert {c["sourcing"] for c in seed_json["claims"]} <= {s.value for s in Sourcing}


def test_offsets_slice_the_file_text(seed_json: dict, seed_text: str) -> None:
    for attribution in seed_json["attributions"]:
        pieces = attribution["content"]
        assert pieces and all(0 <= start < end <= len(seed_text) for start, end in pieces)
        assert attribution["content_text"] == PIECE_SEPARATOR.join(
            seed_text[start:end] for start, end in pieces
        )
        for part in ("cue", "speaker"):
            pair = attribution[part]
            if pair is None:
                assert attribution[f"{part}_text"] is None
            else:
                start, end = pair
                assert seed_text[start:end] == attribution[f"{part}_text"]


def test_sources_mentions_and_justifications_slice_the_text(seed_json: dict, seed_text: str):
    for source in seed_json["sources"]:
        for mention in source["mentions"]:
            start, end = mention["span"]
            assert seed_text[start:end] == mention["text"]
    assert seed_json["justifications"], "the seed states why its officials stay anonymous"
    for item in seed_json["justifications"] + seed_json["disclosures"]:
        start, end = item["span"]
        assert seed_text[start:end] == item["text"]
