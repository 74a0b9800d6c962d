"""Shared fixtures: the real Stanza pipeline, loaded once per test session, and a
database built from the bundled corpus through the migrations and the real engine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tracker.pipeline import Annotator, ingest
from tracker.store import open_database

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus" / "articles"
SEED = CORPUS / "coalition-of-the-willing-2025-03-11.txt"
SHARED_MODELS = REPO.parent / "shared" / "stanza_resources"


def models_dir() -> str:
    """STANZA_RESOURCES_DIR when set (CI sets it), else the offline models beside the repo."""
    return os.environ.get("STANZA_RESOURCES_DIR") or str(SHARED_MODELS)


@pytest.fixture(scope="session")
def annotator() -> Annotator:
    """The real pipeline, built once; nothing is ever downloaded."""
    return Annotator(models_dir())


@pytest.fixture(scope="session")
def nlp_pipeline(annotator: Annotator):
    return annotator.pipeline


@pytest.fixture(scope="session")
def annotate(nlp_pipeline):
    """Run real Stanza on a text: annotate("The official said ...") -> Document."""
    from tracker import nlp

    def run(text: str):
        return next(nlp.annotate(nlp_pipeline, [text]))

    return run


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory, annotator: Annotator) -> Path:
    """A SQLite file made by the migrations and filled from corpus/articles by the real
    engine. Tests may read it; tests that write must copy it first."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    engine = open_database(str(path))
    report = ingest(engine, [str(CORPUS)], annotator)
    engine.dispose()
    assert report.stored == 25, report.errors
    return path
