"""Reading articles from files, folders and stdin into plain Article records.

The text is kept exactly as read (UTF-8, newlines untouched): every offset the
project stores or prints indexes into it. Two things are not part of the
stored text: a leading UTF-8 byte-order mark (a decoding artefact), and front
matter. When a .txt/.md file opens with front matter (a ``---`` line,
``key: value`` lines, a closing ``---`` line), the article text is everything
after the closing ``---`` line, byte for byte, so offsets index the body.

Supported inputs (see ``read_articles``); in folders, hidden entries, files
of other formats, ``README.*`` files and sidecars are skipped:

- ``.txt`` / ``.md``: plain text, with optional front matter and an optional
  sidecar ``<same stem>.json`` holding a metadata object. Sidecar values win
  over front matter values for the same key.
- ``.json``: one article object with a string ``text`` plus metadata, or a
  list of such objects (paths ``file.json#1``, ``file.json#2``, ...).
- ``.jsonl``: one article object per line (paths ``file.jsonl#L3``); blank
  lines are skipped and a bad line does not stop the others.
- ``-``: plain text from stdin.

Metadata keys: ``title``, ``outlet``, ``byline`` (or ``author`` / ``authors``),
``published`` (or ``date``), ``url``; anything else goes to ``Article.extra``
as given.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO


@dataclass
class Article:
    text: str
    path: str | None = None
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None
    url: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def content_hash(text: str) -> str:
    """SHA-256 of the UTF-8 text: the identity that makes ingest idempotent."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class ReadError:
    """An input that could not become an Article; reported, not raised, so one
    bad file never stops a batch. ``message`` is one human line naming the file."""

    path: str
    message: str

    def __str__(self) -> str:
        return self.message


TEXT_SUFFIXES = (".txt", ".md")
JSON_SUFFIXES = (".json", ".jsonl")
KNOWN_SUFFIXES = TEXT_SUFFIXES + JSON_SUFFIXES
STDIN_PATH = "-"

# Metadata key -> Article field; the first alias present wins.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "outlet": ("outlet",),
    "byline": ("byline", "author", "authors"),
    "published": ("published", "date"),
    "url": ("url",),
}

_BOM = "\ufeff"
_FRONT_MATTER_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*")


class _Unreadable(Exception):
    """Internal: a file's bytes cannot be article text; carries the reason."""


# --- public entry point -------------------------------------------------------


def read_articles(
    paths: Iterable[str], *, stdin: TextIO | None = None
) -> Iterator[Article | ReadError]:
    """Yield an Article or a ReadError for every input, one at a time.

    Folders are walked lazily so a large archive never sits in memory; the
    order is deterministic (entries sorted by name at every level).
    """
    if isinstance(paths, str):
        raise TypeError("read_articles takes a list of paths, not one string")
    for path in paths:
        if path == STDIN_PATH:
            yield _read_stdin(stdin if stdin is not None else sys.stdin)
        elif os.path.isdir(path):
            for member in walk_folder(path):
                if isinstance(member, ReadError):
                    yield member
                else:
                    yield from _read_file(member)
        elif not os.path.exists(path):
            yield ReadError(path, f"{path}: no such file or folder")
        elif _suffix(path) not in KNOWN_SUFFIXES:
            yield ReadError(path, _unsupported_message(path))
        elif (owner := _sidecar_owner(path)) is not None:
            yield ReadError(path, f"{path}: is the metadata sidecar of {owner}; name that instead")
        else:
            yield from _read_file(path)


# --- discovery ----------------------------------------------------------------


def _suffix(path: str) -> str:
    return os.path.splitext(path)[1].lower()


def _unsupported_message(path: str) -> str:
    suffix = _suffix(path) or "a file without an extension"
    return f"{path}: {suffix} is not a supported format (use .txt, .md, .json, .jsonl)"


def walk_folder(folder: str) -> Iterator[str | ReadError]:
    """Known-format files under ``folder``, sorted, skipping hidden entries,
    READMEs and sidecars. Only names are listed up front; files are read by the
    caller one at a time. Symlinked folders are not followed (no cycles)."""
    try:
        with os.scandir(folder) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        yield ReadError(folder, f"{folder}: folder cannot be read ({exc.strerror or exc})")
        return
    names = {e.name for e in entries}
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from walk_folder(entry.path)
        elif _is_article_file(entry.name, names):
            yield entry.path


def _is_article_file(name: str, siblings: set[str]) -> bool:
    """A known format, not a folder's README (documentation, not an article),
    and not a ``.json`` sidecar of a sibling .txt/.md."""
    suffix = _suffix(name)
    if suffix not in KNOWN_SUFFIXES or os.path.splitext(name)[0].lower() == "readme":
        return False
    if suffix == ".json":
        stem = os.path.splitext(name)[0]
        return not any(stem + s in siblings for s in TEXT_SUFFIXES)
    return True


def _sidecar_owner(path: str) -> str | None:
    """The .txt/.md a ``.json`` file is the sidecar of, if any."""
    if _suffix(path) != ".json":
        return None
    stem = os.path.splitext(path)[0]
    return next((stem + s for s in TEXT_SUFFIXES if os.path.isfile(stem + s)), None)


def _sidecar_path(path: str) -> str | None:
    """The ``<stem>.json`` beside a text file, if there is one."""
    candidate = os.path.splitext(path)[0] + ".json"
    return candidate if os.path.isfile(candidate) else None


# --- decoding -----------------------------------------------------------------


def _decode(data: bytes) -> str:
    """Bytes to text, refusing binary and non-UTF-8 input; newlines untouched."""
    if b"\x00" in data:
        raise _Unreadable("looks binary (contains NUL bytes), not UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Unreadable(f"is not UTF-8 (invalid byte at offset {exc.start})") from None
    return text.removeprefix(_BOM)


def _read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise _Unreadable(f"cannot be read ({exc.strerror or exc})") from None


def _is_blank(text: str) -> bool:
    return not text.strip()


def _blank_reason(text: str) -> str:
    return "is empty" if text == "" else "holds only whitespace"


# --- metadata -----------------------------------------------------------------


def _meta_str(value: Any) -> str | None:
    """A metadata value as a string: lists join with ", ", null stays None."""
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(str(v) for v in value if v is not None)
    return value if isinstance(value, str) else str(value)


def _article_fields(meta: dict[str, Any]) -> dict[str, Any]:
    """Split a metadata mapping into Article keyword arguments and ``extra``."""
    rest = dict(meta)
    fields: dict[str, Any] = {}
    for name, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            if alias in rest and rest[alias] is not None:
                fields[name] = _meta_str(rest.pop(alias))
                break
        for alias in aliases:  # explicit nulls carry nothing
            if alias in rest and rest[alias] is None:
                rest.pop(alias)
    fields["extra"] = rest
    return fields


def split_front_matter(text: str) -> tuple[dict[str, str | None], str]:
    """Front matter metadata and the body after the closing ``---`` line.

    Only a simple YAML subset: ``key: value`` lines, blank lines and ``#``
    comments; values may be quoted, and ``null``/``~``/nothing mean None.
    Text that does not open with a well-formed block is returned whole, so a
    leading horizontal rule in Markdown is never eaten.
    """
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n").rstrip() != "---":
        return {}, text
    meta: dict[str, str | None] = {}
    consumed = len(lines[0])
    for line in lines[1:]:
        consumed += len(line)
        stripped = line.rstrip("\r\n").strip()
        if stripped == "---":
            return meta, text[consumed:]
        if not stripped or stripped.startswith("#"):
            continue
        match = _FRONT_MATTER_LINE.fullmatch(line.rstrip("\r\n").strip())
        if match is None:
            return {}, text
        meta[match.group(1)] = _front_matter_value(match.group(2))
    return {}, text


def _front_matter_value(raw: str | None) -> str | None:
    if raw is None or raw in ("", "~", "null", "Null", "NULL"):
        return None
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return raw[1:-1]
    return raw


def _load_sidecar(path: str) -> dict[str, Any]:
    """Metadata object from a sidecar file; _Unreadable names the sidecar."""
    try:
        data = json.loads(_decode(_read_bytes(path)))
    except _Unreadable as exc:
        raise _Unreadable(f"sidecar {path} {exc}") from None
    except json.JSONDecodeError as exc:
        raise _Unreadable(f"sidecar {path} is malformed JSON ({_json_reason(exc)})") from None
    if not isinstance(data, dict):
        raise _Unreadable(f"sidecar {path} must hold a JSON object of metadata")
    return data


# --- readers ------------------------------------------------------------------


def _read_file(path: str) -> Iterator[Article | ReadError]:
    suffix = _suffix(path)
    if suffix in TEXT_SUFFIXES:
        yield _read_text_file(path)
    elif suffix == ".json":
        yield from _read_json_file(path)
    else:
        yield from _read_jsonl_file(path)


def _read_stdin(stream: TextIO) -> Article | ReadError:
    """Stdin as plain text; the raw bytes are used when available so that
    \\r\\n survives and non-UTF-8 input is caught."""
    try:
        buffer = getattr(stream, "buffer", None)
        text = _decode(buffer.read()) if buffer is not None else stream.read()
    except _Unreadable as exc:
        return ReadError(STDIN_PATH, f"stdin {exc}")
    if _is_blank(text):
        return ReadError(STDIN_PATH, f"stdin {_blank_reason(text)}")
    return Article(text=text, path=STDIN_PATH)


def _read_text_file(path: str) -> Article | ReadError:
    try:
        raw = _decode(_read_bytes(path))
        front, text = split_front_matter(raw)
        sidecar = _sidecar_path(path)
        meta = {**front, **(_load_sidecar(sidecar) if sidecar else {})}
    except _Unreadable as exc:
        return ReadError(path, f"{path}: {exc}")
    if _is_blank(text):
        where = "after its front matter " if text != raw else ""
        return ReadError(path, f"{path}: text {where}{_blank_reason(text)}")
    return Article(text=text, path=path, **_article_fields(meta))


def _read_json_file(path: str) -> Iterator[Article | ReadError]:
    try:
        data = json.loads(_decode(_read_bytes(path)))
    except _Unreadable as exc:
        yield ReadError(path, f"{path}: {exc}")
        return
    except json.JSONDecodeError as exc:
        yield ReadError(path, f"{path}: malformed JSON ({_json_reason(exc)})")
        return
    if isinstance(data, dict):
        yield _article_from_object(data, path, where=path)
    elif isinstance(data, list) and data:
        for index, item in enumerate(data, start=1):
            yield _article_from_object(item, f"{path}#{index}", where=f"{path} item {index}")
    elif isinstance(data, list):
        yield ReadError(path, f"{path}: holds an empty list, no articles")
    else:
        yield ReadError(path, f"{path}: must hold an article object or a list of them")


def _read_jsonl_file(path: str) -> Iterator[Article | ReadError]:
    """One article per line, read line by line so big files stream."""
    try:
        with open(path, "rb") as fh:
            yield from _jsonl_records(path, fh)
    except OSError as exc:
        yield ReadError(path, f"{path}: cannot be read ({exc.strerror or exc})")


def _jsonl_records(path: str, lines: Iterable[bytes]) -> Iterator[Article | ReadError]:
    found = False
    for number, raw in enumerate(lines, start=1):
        line_path, where = f"{path}#L{number}", f"{path} line {number}"
        try:
            line = _decode(raw)
        except _Unreadable as exc:
            yield ReadError(line_path, f"{where} {exc}")
            if b"\x00" in raw:
                return  # a binary file: one error, not one per line
            found = True
            continue
        if not _is_blank(line):
            found = True
            yield _article_from_line(line, line_path, where)
    if not found:
        yield ReadError(path, f"{path}: no JSON lines, no articles")


def _article_from_line(line: str, line_path: str, where: str) -> Article | ReadError:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadError(line_path, f"{where}: malformed JSON ({_json_reason(exc)})")
    return _article_from_object(data, line_path, where=where)


def _article_from_object(data: Any, path: str, *, where: str) -> Article | ReadError:
    """An Article from a decoded JSON value that should be an article object."""
    if not isinstance(data, dict):
        return ReadError(path, f"{where}: expected a JSON object, got {type(data).__name__}")
    meta = dict(data)
    text = meta.pop("text", None)
    if not isinstance(text, str):
        return ReadError(path, f'{where}: no string "text" field')
    if _is_blank(text):
        return ReadError(path, f'{where}: "text" {_blank_reason(text)}')
    return Article(text=text, path=path, **_article_fields(meta))


def _json_reason(exc: json.JSONDecodeError) -> str:
    return f"{exc.msg} at line {exc.lineno}, column {exc.colno}"
