"""What `corpus extract` reads: the files Frise imports, and JSON Lines of news archives.

Inputs are expanded once, on the client, into numbered items in a stable order (the order
`frise-cli import` lists the same files in, then each JSON Lines file line by line), and the
items are cut into partitions of a fixed size. A partition's id is a digest of what it reads
(paths, line offsets, file sizes and modification times), so a rerun over the same inputs finds
the same partitions and skips those already written, whatever the number of workers.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from frise.ingest import Article, IngestError, discover, limits, load_file
from frise.ingest.formats import Extracted
from frise.ingest.load import assemble
from frise.temporal import Reference

JSONL_SUFFIXES = (".jsonl", ".ndjson")
GLOB_CHARACTERS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Item:
    """One article to read: a file, or one line of a JSON Lines file (`line` from 1, `offset` in bytes)."""

    order: int
    path: str
    line: int = 0
    offset: int = 0
    length: int = 0

    @property
    def label(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that gave no article: where, a stable code and the French reason."""

    label: str
    code: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"label": self.label, "code": self.code, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Partition:
    id: str
    items: tuple[Item, ...]


def expand(sources: Iterable[str | Path]) -> tuple[list[Item], list[Failure]]:
    """Every item the sources name, numbered in order, and what could not be listed."""
    paths: list[str] = []
    failures: list[Failure] = []
    for source in sources:
        text = str(source)
        if GLOB_CHARACTERS & set(text) and not Path(text).exists():
            matches = sorted(glob.glob(os.path.expanduser(text), recursive=True))
            if not matches:
                failures.append(Failure(text, "unreadable", "aucun fichier ne correspond à ce motif"))
            paths += matches
        else:
            paths.append(text)
    items: list[Item] = []
    for path, problem in discover(paths):
        absolute = os.path.abspath(path)
        if problem is None:
            items.append(Item(len(items), absolute))
        elif problem.code == "unsupported" and path.suffix.lower() in JSONL_SUFFIXES:
            try:
                for line, offset, length in _lines(absolute):
                    items.append(Item(len(items), absolute, line, offset, length))
            except OSError as error:
                failures.append(Failure(absolute, "unreadable", f"fichier illisible ({error.strerror or error})"))
        else:
            failures.append(Failure(problem.path, problem.code, problem.reason))
    return items, failures


def _lines(path: str) -> Iterator[tuple[int, int, int]]:
    """(line number, byte offset, byte length) of each non-blank line of a file."""
    offset = 0
    with open(path, "rb") as stream:
        for number, raw in enumerate(stream, start=1):
            if raw.strip():
                yield number, offset, len(raw)
            offset += len(raw)


def partitions(items: Sequence[Item], size: int) -> list[Partition]:
    """Items cut into runs of `size`, each with the digest of what it reads as its id."""
    stats: dict[str, str] = {}
    out = []
    for start in range(0, len(items), max(1, size)):
        chunk = tuple(items[start : start + size])
        digest = hashlib.sha1()
        for item in chunk:
            if item.path not in stats:
                try:
                    status = os.stat(item.path)
                    stats[item.path] = f"{status.st_size}:{status.st_mtime_ns}"
                except OSError:
                    stats[item.path] = "?"
            digest.update(f"{item.order}\0{item.path}\0{item.line}\0{item.offset}\0{stats[item.path]}\n".encode())
        out.append(Partition(digest.hexdigest()[:16], chunk))
    return out


class RecordError(ValueError):
    """A JSON Lines record that is not an article; the message is French."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def read_items(items: Sequence[Item]) -> Iterator[tuple[Item, Article | None, str | None, Failure | None]]:
    """Each item as an Article (with the record's id for JSON Lines), or the Failure it gave."""
    handles: dict[str, object] = {}
    try:
        for item in items:
            if not item.line:
                try:
                    yield item, load_file(item.path), None, None
                except IngestError as error:
                    yield item, None, None, Failure(item.label, error.code, error.reason)
                continue
            try:
                stream = handles.get(item.path)
                if stream is None:
                    stream = handles[item.path] = open(item.path, "rb")  # noqa: SIM115 - closed below
                stream.seek(item.offset)  # type: ignore[attr-defined]
                raw = stream.read(item.length)  # type: ignore[attr-defined]
                article, record_id = record_article(raw, item.label)
                yield item, article, record_id, None
            except RecordError as error:
                yield item, None, None, Failure(item.label, error.code, error.reason)
            except IngestError as error:
                yield item, None, None, Failure(item.label, error.code, error.reason)
            except OSError as error:
                reason = f"fichier illisible ({error.strerror or error})"
                yield item, None, None, Failure(item.label, "unreadable", reason)
    finally:
        for stream in handles.values():
            stream.close()  # type: ignore[attr-defined]


def record_article(raw: bytes, label: str) -> tuple[Article, str | None]:
    """One JSON Lines record ({"id", "text", "dct", "title"?, "url"?, "outlet"?}) as an Article.

    The text goes through the same steps as a pasted text (`frise.ingest.load.assemble`); the
    record's `dct` (AAAA-MM-JJ, AAAA-MM or AAAA) is the publication date, taking precedence over
    any date the text itself states; without one, the text's own is used as for a file."""
    try:
        doc = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as error:
        position = f" (colonne {error.colno})" if isinstance(error, json.JSONDecodeError) else ""
        raise RecordError("corrupt", f"ce n'est pas du JSON{position}") from None
    if not isinstance(doc, dict):
        raise RecordError("corrupt", "un objet JSON est attendu, {\"id\": ..., \"text\": ..., \"dct\": ...}")
    text = doc.get("text")
    if not isinstance(text, str):
        raise RecordError("corrupt", "le champ « text » manque ou n'est pas une chaîne")
    fields = {name: doc.get(name) for name in ("title", "url", "outlet")}
    for name, value in fields.items():
        if value is not None and not isinstance(value, str):
            raise RecordError("corrupt", f"le champ « {name} » doit être une chaîne")
    dct = doc.get("dct")
    reference = None
    if dct is not None:
        try:
            reference = Reference.parse(dct) if isinstance(dct, str) else None
        except ValueError:
            reference = None
        if reference is None:
            raise RecordError("corrupt", f"« dct » n'est pas une date AAAA-MM-JJ, AAAA-MM ou AAAA : {dct!r}")
    if not text.strip():
        raise RecordError("empty", "texte vide")
    limits.check_text(text, label)
    record_id = doc.get("id")
    extracted = Extracted(text, title=fields["title"], outlet=fields["outlet"], url=fields["url"])
    article = assemble(extracted, path=None, name=label, fmt="text")
    if reference is not None and reference.precision != "unknown":
        article = replace(article, published=reference.iso(), precision=reference.precision)
    return article, None if record_id is None else str(record_id)
