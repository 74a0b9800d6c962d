"""Finding English Stanza models and running the pipeline over many texts at once.

The pipeline is built once per process (it takes seconds and hundreds of MB)
and fed whole batches of articles through Stanza's bulk API.
"""

from __future__ import annotations

import json
import logging
import os
import re
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
# Bumped whenever tokenizer post-processing changes what Stanza returns, so annotations
# cached by an earlier version are not read back as current ones.
ANNOTATION_VERSION = 4
# Titles written before a name, after which no sentence ends.
NAME_TITLES = {"Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.",
               "Lt.", "Col.", "Sgt.", "Capt.", "Adm.", "Prof.", "Rev.", "Pres."}
# Abbreviations closing a company's name, after which a sentence goes on when a lower-case
# word follows ('bought shares of Exxon Corp. and may buy more').
COMPANY_SUFFIXES = {"Corp.", "Inc.", "Co.", "Cos.", "Ltd.", "Bros.", "Corps."}
# Clock times, after which a sentence goes on when a day or a lower-case word follows
# ('at 5 p.m. Sunday on Route 9').
CLOCK_TIMES = {"a.m.", "p.m."}
WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
CONTRACTION = re.compile(r"^(?P<host>[A-Za-z]+?)(?P<clitic>n[’']t|[’'](?:ll|re|ve|m|d|s))$",
                         re.IGNORECASE)


def split_possessive(token: str) -> list[str] | None:
    """'Johnson’s' -> ['Johnson', '’s'], "officials'" -> ['officials', "'"]; None otherwise."""
    if len(token) > 2 and token[-1] in "sS" and token[-2] in APOSTROPHES:
        stem = token[:-2]
        if stem.lower() not in CONTRACTION_HOSTS and stem[-1:].isalnum():
            return [stem, token[-2:]]
    if len(token) > 2 and token[-1] in APOSTROPHES and token[-2] in "sS":
        return [token[:-1], token[-1]]
    return None


def split_contraction(token: str) -> list[str] | None:
    """'hasn’t' -> ['has', 'n’t'], 'She’ll' -> ['She', '’ll']: contractions written with a
    typographic apostrophe that the MWT dictionary does not list; None otherwise."""
    found = CONTRACTION.match(token)
    if found is None:
        return None
    host, clitic = found.group("host"), found.group("clitic")
    if clitic[1:].lower() == "s" and host.lower() not in CONTRACTION_HOSTS:
        return None
    return [host, clitic]


def _token_text(token) -> str:
    return token[0] if isinstance(token, tuple) else token


def _join_after_titles(sentences: list[list]) -> list[list]:
    """'... say Florida Sen. | Marco Rubio hasn’t been tested' (or 'said Capt | . | Leo
    Grant', the dot cut off), 'at 5 p.m. | Sunday on Route 9', 'shares of Exxon Corp | . |
    and may buy more': a sentence the splitter ended on a title written before a name, on a
    clock time before a day or a lower-case word, or on a company's abbreviation before a
    lower-case word, goes on into the next one."""
    joined: list[list] = []
    for sentence in sentences:
        previous = joined[-1] if joined else []
        last = _token_text(previous[-1]) if previous else ""
        first = _token_text(sentence[0]) if sentence else ""
        cut = f"{_token_text(previous[-2])}." if len(previous) > 1 and last == "." else ""
        if cut in NAME_TITLES and first[:1].isupper() or \
                cut in COMPANY_SUFFIXES and first.islower():
            joined[-1] = previous[:-2] + [cut] + sentence
        elif last in NAME_TITLES and first[:1].isupper() or \
                last in COMPANY_SUFFIXES and first.islower() or \
                last.lower() in CLOCK_TIMES and (
                    first in WEEKDAYS or first[:1].islower() or first == ","):
            joined[-1] = previous + sentence
        else:
            joined.append(sentence)
    return joined


def split_possessives(sentences: list[list]) -> list[list]:
    """Tokenizer post-processing: possessives and contractions become plain tokens, and
    no sentence ends on a title before a name.

    The tokenizer marks "Johnson’s" as a multi-word token, and a sequence-to-
    sequence MWT model that has not seen the name can spell it out letter by
    letter, wrecking the parse around a speaker's name. Splitting possessives
    ourselves and keeping the MWT model to its dictionary (contractions such as
    "he’s", "can’t") avoids that with any English model. The dictionary lacks
    some contractions with a typographic apostrophe ("hasn’t", "She’ll"), which
    then stay one word tagged as a noun; those are split here too.
    """
    fixed: list[list] = []
    for sentence in _join_after_titles(sentences):
        out: list = []
        for token in sentence:
            text = _token_text(token)
            parts = split_contraction(text) if isinstance(text, str) else None
            if parts is None and isinstance(token, tuple) and token[1] is True:
                parts = split_possessive(token[0])
            out.extend(parts if parts else [token])
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
