"""Gold attribution annotations: brat standoff readers for PolNeAR and the project's gold.

Offsets are character offsets into the article text read with ``newline=""``
(no newline translation), end exclusive, exactly like the engine's spans.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tracker.attribution.model import Span

_ENTRY = re.compile(r"^(?:[TERAMN]\d+|#\d*|\*)\t")
_ROLE = re.compile(r"^(?P<role>[A-Za-z-]+?)(?P<n>\d*):(?P<ref>\S+)$")
_TRIGGERS = ("Attribution", "Attribution-no-source")


@dataclass
class GoldAttribution:
    """One gold relation; `source` is empty when the source is implicit."""

    content: list[Span]
    cue: list[Span]
    source: list[Span]
    source_kind: str | None = None
    source_anonymous: bool | None = None
    relation: str = ""  # brat E id, for error reports
    source_tid: str = ""  # brat T id of the source, the key of the kinds files


@dataclass
class GoldArticle:
    name: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def read_text(path: Path) -> str:
    """Read an article exactly as the offsets index it (no newline translation)."""
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def _entries(ann_text: str) -> Iterator[str]:
    """Yield brat lines, joining surface text that runs onto following lines."""
    current: str | None = None
    for line in ann_text.split("\n"):
        if _ENTRY.match(line):
            if current is not None:
                yield current
            current = line
        elif current is not None:
            current += "\n" + line
    if current is not None:
        yield current


def _parse_spans(offsets: str, limit: int) -> list[Span]:
    """Parse ``"0 5;9 12"`` into spans, clipped to the text so slicing stays safe."""
    spans = []
    for piece in offsets.split(";"):
        start, end = (int(x) for x in piece.split())
        start, end = max(0, min(start, limit)), max(0, min(end, limit))
        if end > start:
            spans.append(Span(start, end))
    return sorted(spans)


def _parse_entries(ann_text: str, text: str) -> tuple[dict[str, list[Span]], list[str]]:
    """Collect T spans by id and the E lines, in file order."""
    spans: dict[str, list[Span]] = {}
    relations: list[str] = []
    for entry in _entries(ann_text):
        head, _, rest = entry.partition("\t")
        if head.startswith("T"):
            label_offsets = rest.split("\t", 1)[0]
            _label, _, offsets = label_offsets.partition(" ")
            spans[head] = _parse_spans(offsets, len(text))
        elif head.startswith("E"):
            relations.append(entry.split("\n", 1)[0])
    return spans, relations


def read_brat(ann_text: str, text: str) -> list[GoldAttribution]:
    """Parse a brat .ann into gold relations; relations without a Content are skipped."""
    spans, relations = _parse_entries(ann_text, text)
    gold = []
    for line in relations:
        eid, _, args = line.partition("\t")
        content: list[Span] = []
        cue: list[Span] = []
        trigger: list[Span] = []
        source: list[Span] = []
        source_tid = ""
        for arg in args.split():
            m = _ROLE.match(arg)
            if not m or m["ref"] not in spans:
                continue
            role, ref = m["role"], m["ref"]
            if role == "Content":
                content.extend(spans[ref])
            elif role == "Cue":
                cue.extend(spans[ref])
            elif role in _TRIGGERS:
                trigger = spans[ref]
            elif role == "Source":
                source.extend(spans[ref])
                source_tid = source_tid or ref
        if not content:
            continue
        gold.append(
            GoldAttribution(
                content=sorted(set(content)),
                cue=sorted(set(cue or trigger)),
                source=sorted(set(source)),
                relation=eid,
                source_tid=source_tid,
            )
        )
    return gold


def read_kinds(path: Path) -> dict[tuple[str, str], dict]:
    """Source-kind labels keyed by (ann file name, T id)."""
    kinds = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                kinds[(row["ann"], row["tid"])] = row
    return kinds


def _attach_kinds(gold: list[GoldAttribution], ann_name: str, kinds: dict) -> None:
    for g in gold:
        row = kinds.get((ann_name, g.source_tid))
        if row is not None:
            g.source_kind = row.get("kind")
            g.source_anonymous = row.get("anonymous")


def _first_annotator(ann_dir: Path) -> dict[str, Path]:
    """Map article name to its alphabetically first ``<name>_<annotator>.ann``."""
    first: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        first.setdefault(name, ann)
    return first


def load_polnear(
    split_dir: Path, kinds_file: Path | None = None, limit: int | None = None
) -> Iterator[GoldArticle]:
    """Stream a PolNeAR split (e.g. ``polnear/dev``) sorted by article name."""
    split_dir = Path(split_dir)
    anns = _first_annotator(split_dir / "attributions")
    kinds = read_kinds(Path(kinds_file)) if kinds_file else {}
    count = 0
    for txt in sorted((split_dir / "text").glob("*.txt")):
        if limit is not None and count >= limit:
            return
        ann = anns.get(txt.stem)
        if ann is None:
            continue
        text = read_text(txt)
        gold = read_brat(ann.read_text(encoding="utf-8"), text)
        _attach_kinds(gold, ann.name, kinds)
        count += 1
        yield GoldArticle(txt.stem, text, gold)


def _index(folder: Path) -> dict[str, dict]:
    """Read ``index.json``: name -> {"text_path": ..., "sha256": ...} (or a bare path)."""
    path = folder / "index.json"
    if not path.exists():
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {k: v if isinstance(v, dict) else {"text_path": v} for k, v in raw.items()}


def _project_text(folder: Path, name: str, entry: dict) -> str:
    """Find and check the article text, failing loudly if it changed since annotation."""
    candidates = (
        [folder / entry["text_path"]]
        if "text_path" in entry
        else [
            folder.parent / f"{name}.txt",
            folder.parent / "wikinews" / f"{name}.txt",
        ]
    )
    path = next((p for p in candidates if p.exists()), None)
    if path is None:
        raise FileNotFoundError(f"gold {name}: no article text at {candidates[0]}")
    text = read_text(path)
    digest = entry.get("sha256")
    if digest and hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
        raise ValueError(f"gold {name}: {path} differs from the annotated text")
    return text


def load_project_gold(folder: Path) -> Iterator[GoldArticle]:
    """Stream the project's own gold (``corpus/gold/``) sorted by name."""
    folder = Path(folder)
    index = _index(folder)
    for ann in sorted(folder.glob("*.ann")):
        name = ann.stem
        text = _project_text(folder, name, index.get(name, {}))
        gold = read_brat(ann.read_text(encoding="utf-8"), text)
        kinds_path = folder / f"{name}.kinds.jsonl"
        if kinds_path.exists():
            _attach_kinds(gold, ann.name, read_kinds(kinds_path))
        yield GoldArticle(name, text, gold)
