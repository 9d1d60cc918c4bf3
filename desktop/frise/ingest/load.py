"""The ingestion pipeline: read a file or pasted text, then the same steps for every format.

Order matters. The metadata header and publication stamps are read before boilerplate removal
takes them out; the outlet is looked for in the uncleaned text, because pages name themselves in
the very furniture that cleaning removes ("Suivez RT en français sur Telegram"); the title is
chosen after cleaning so that a cookie banner or photo credit is never taken for a headline.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from . import dates, outlets, titles
from .boilerplate import remove_boilerplate
from .formats import SUFFIX_FORMATS, Extracted, read, web_url
from .limits import shown_size
from .model import Article, IngestError
from .textutil import content_hash, normalise, tidy_blank_lines

DEFAULT_MAX_BYTES = 10_000_000
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(SUFFIX_FORMATS)
_OS_REASONS = {
    errno.ENOENT: "fichier introuvable",
    errno.EACCES: "accès refusé",
    errno.EPERM: "accès refusé",
    errno.EISDIR: "c'est un dossier, pas un fichier",
    errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.EIO: "erreur de lecture du disque",
}


def load_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one article file. Raises IngestError with a French reason the UI can show."""
    source = Path(path)
    absolute = os.path.abspath(source)
    size = _size_of(source, absolute)
    fmt = format_of(source, absolute)
    data = _read_bytes(source, absolute, size, max_bytes)
    if not data.strip():
        raise IngestError(absolute, "empty")
    return assemble(read(data, absolute, fmt), path=absolute, name=source.name, fmt=fmt)


def load_text(text: str, *, name: str = "texte collé", url: str | None = None) -> Article:
    """An article from pasted or dropped text; `name` labels it in errors and stands in for a title."""
    if not text or not text.strip():
        raise IngestError(name, "empty", "texte vide")
    return assemble(Extracted(text, url=url), path=None, name=name, fmt="text")


def format_of(source: Path, label: str | None = None) -> str:
    suffix = source.suffix.lower()
    if suffix not in SUFFIX_FORMATS:
        shown = suffix or "sans extension"
        raise IngestError(label or str(source), "unsupported", f"format non pris en charge ({shown})")
    return SUFFIX_FORMATS[suffix]


def assemble(extracted: Extracted, *, path: str | None, name: str, fmt: str) -> Article:
    """Header, date, outlet, boilerplate, title and hash: the steps every format shares."""
    text, header_date = dates.strip_header(normalise(extracted.text))
    text = tidy_blank_lines(text)
    if not text.strip():
        raise IngestError(path or name, "empty")
    url = web_url(extracted.url)
    published = (
        header_date
        or extracted.published
        or dates.from_dateline(text)
        or dates.from_url(url)
        or dates.from_filename(name)
    )
    outlet = (
        outlets.canonical(extracted.outlet)
        or outlets.from_url(url, known_only=True)
        or outlets.canonical(extracted.byline_outlet)
        or outlets.from_url(url)
        or outlets.from_text(text)
    )
    body = remove_boilerplate(text)
    title = " ".join(extracted.title.split()) if extracted.title else None
    if title:
        title = titles.strip_site_suffix(title, extracted.outlet or outlet)
    else:
        title = titles.headline(body)
    if title:
        body = tidy_blank_lines(titles.drop_title_lines(body, title))
    if not body.strip():
        raise IngestError(path or name, "empty", "aucun texte d'article après nettoyage")
    if not title:
        title = titles.shorten(titles.first_sentence(body)) or Path(name).stem
    return Article(
        path=path,
        text=body,
        title=title,
        outlet=outlet,
        published=published.iso if published else None,
        precision=published.precision if published else "unknown",
        format=fmt,
        content_hash=content_hash(body),
        url=url,
    )


def os_error(label: str, error: OSError) -> IngestError:
    """An IngestError for an OS failure, with the reason in French where it is a common one."""
    if error.errno == errno.ELOOP:
        return IngestError(label, "symlink_loop")
    reason = _OS_REASONS.get(error.errno or 0) or f"lecture impossible ({error.strerror or error})"
    return IngestError(label, "unreadable", reason)


def _size_of(source: Path, label: str) -> int:
    try:
        status = source.stat()
    except OSError as error:
        if error.errno == errno.ENOENT and source.is_symlink():
            raise IngestError(label, "unreadable", "lien symbolique cassé") from None
        raise os_error(label, error) from None
    if stat.S_ISDIR(status.st_mode):
        raise IngestError(label, "unreadable", "c'est un dossier, pas un fichier")
    return status.st_size


def _read_bytes(source: Path, label: str, size: int, max_bytes: int) -> bytes:
    if size > max_bytes:
        raise _too_large(label, size, max_bytes)
    try:
        with source.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise os_error(label, error) from None
    if len(data) > max_bytes:
        raise _too_large(label, len(data), max_bytes)
    return data


def _too_large(label: str, size: int, limit: int) -> IngestError:
    return IngestError(
        label, "too_large", f"fichier trop volumineux ({shown_size(size)} > {shown_size(limit, exact=True)})"
    )
