"""Finding English Stanza models and running the pipeline over many texts at once.

The pipeline is built once per process (it takes seconds and hundreds of MB)
and fed whole batches of articles through Stanza's bulk API.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
LANGUAGE = "en"
MODELS_ENV = "STANZA_RESOURCES_DIR"


class ModelsNotFound(RuntimeError):
    """No folder on the search path holds English Stanza models."""


def default_models_dir() -> Path:
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return Path(DEFAULT_MODEL_DIR)


def has_english_models(folder: Path) -> bool:
    resources = folder / "resources.json"
    if not (resources.is_file() and (folder / LANGUAGE).is_dir()):
        return False
    try:
        return LANGUAGE in json.loads(resources.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False


def find_models_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The first of --models-dir, $STANZA_RESOURCES_DIR, Stanza's default that holds English."""
    candidates: list[Path] = []
    if explicit:
        candidates.append(Path(explicit))
    elif os.environ.get(MODELS_ENV):
        candidates.append(Path(os.environ[MODELS_ENV]))
    else:
        candidates.append(default_models_dir())
    for folder in candidates:
        if has_english_models(folder.expanduser()):
            return folder.expanduser()
    raise ModelsNotFound(
        f"no English Stanza models in {candidates[0]}; "
        "run 'tracker models download' (needs network) or pass --models-dir"
    )


def resolve_device(device: str) -> bool:
    """Stanza's use_gpu flag for --device cpu|cuda|auto."""
    if device == "cpu":
        return False
    import torch

    available = torch.cuda.is_available()
    if device == "cuda" and not available:
        raise RuntimeError("--device cuda was asked for but no CUDA device is available")
    return available


CONTRACTION_HOSTS = {"he", "she", "it", "that", "what", "there", "who", "here", "let", "where",
                     "how", "when", "why", "this"}
APOSTROPHES = "'’"


def split_possessive(token: str) -> list[str] | None:
    """'Johnson’s' -> ['Johnson', '’s'], "officials'" -> ['officials', "'"]; None otherwise."""
    if len(token) > 2 and token[-1] in "sS" and token[-2] in APOSTROPHES:
        stem = token[:-2]
        if stem.lower() not in CONTRACTION_HOSTS and stem[-1:].isalnum():
            return [stem, token[-2:]]
    if len(token) > 2 and token[-1] in APOSTROPHES and token[-2] in "sS":
        return [token[:-1], token[-1]]
    return None


def split_possessives(sentences: list[list]) -> list[list]:
    """Tokenizer post-processing: possessives become two plain tokens.

    The tokenizer marks "Johnson’s" as a multi-word token, and a sequence-to-
    sequence MWT model that has not seen the name can spell it out letter by
    letter, wrecking the parse around a speaker's name. Splitting possessives
    ourselves and keeping the MWT model to its dictionary (contractions such as
    "he’s", "can’t") avoids that with any English model.
    """
    fixed: list[list] = []
    for sentence in sentences:
        out: list = []
        for token in sentence:
            if isinstance(token, tuple) and token[1] is True:
                parts = split_possessive(token[0])
                out.extend(parts if parts else [token])
            else:
                out.append(token)
        fixed.append(out)
    return fixed


@lru_cache(maxsize=2)
def load_pipeline(models_dir: str, device: str = "cpu"):
    """Build the Stanza pipeline once per process for a models folder and device."""
    import stanza

    logging.getLogger("stanza").setLevel(logging.ERROR)
    return stanza.Pipeline(
        LANGUAGE,
        dir=models_dir,
        processors=PROCESSORS,
        download_method=None,
        use_gpu=resolve_device(device),
        verbose=False,
        tokenize_postprocessor=split_possessives,
        mwt_dict_only=True,
    )


def annotate(pipeline, texts: Iterable[str], batch_size: int = 16) -> Iterator:
    """Yield one Stanza Document per text, running Stanza on batches of texts."""
    from stanza import Document

    batch: list[str] = []
    for text in texts:
        batch.append(text)
        if len(batch) >= batch_size:
            yield from pipeline.bulk_process([Document([], text=t) for t in batch])
            batch = []
    if batch:
        yield from pipeline.bulk_process([Document([], text=t) for t in batch])


def stanza_version() -> str:
    """Read from the installed package's metadata: importing Stanza (and torch) takes
    seconds, and a re-run over stored articles should not pay for it."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("stanza")
    except PackageNotFoundError:
        return "unknown"


def model_packages(models_dir: str | os.PathLike) -> dict[str, str]:
    """The package each processor uses by default in a models folder, for the runs table."""
    try:
        resources = json.loads((Path(models_dir) / "resources.json").read_text(encoding="utf-8"))
        defaults = resources[LANGUAGE].get("default_processors", {})
    except (OSError, ValueError, KeyError):
        return {}
    return {name: str(package) for name, package in defaults.items() if isinstance(package, str)}
