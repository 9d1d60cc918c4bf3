"""One reader per file format, each turning bytes into text plus whatever metadata it carries.

Readers do not clean or guess: they report the text as the format gives it and the title, date,
outlet and URL the format itself states (HTML meta tags, PDF and Word document properties,
Markdown front matter). Reconciling those with what the text says is the pipeline's job, the same
for every format.
"""

from __future__ import annotations

import io
import logging
import re
import struct
import threading
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import trafilatura
import trafilatura.utils
from docx import Document as open_docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import LxmlError
from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PdfReadError, PyPdfError
from trafilatura.settings import Document

from . import dates, limits, markdown, page_outlet
from .decode import bomless_utf16, decode_text
from .model import IngestError

SUFFIX_FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?$", re.IGNORECASE)
_PARAGRAPH_END = '.!?…»”":'
_SHORT_LINE = 0.8
_URL_LIKE = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|(?:javascript|data|mailto|file):|www\.)", re.IGNORECASE)
_GENERATED_TITLE = re.compile(
    r"^(?:microsoft word - |untitled|sans titre|document\d*$)|\.\w{2,4}$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Extracted:
    """What a reader found: body text and the metadata the format states, all optional."""

    text: str
    title: str | None = None
    outlet: str | None = None
    published: dates.PubDate | None = None
    url: str | None = None
    # An outlet read from a byline: used only when neither `outlet` nor a known domain in the
    # URL names one, since an author field is more often a person.
    byline_outlet: str | None = None


def read(data: bytes, path: str | Path, fmt: str) -> Extracted:
    readers = {"txt": read_plain, "md": read_markdown, "html": read_html, "pdf": read_pdf, "docx": read_docx}
    extracted = readers[fmt](data, path)
    limits.check_text(extracted.text, path)
    return extracted


def read_plain(data: bytes, path: str | Path) -> Extracted:
    return Extracted(decode_text(data, path))


def read_markdown(data: bytes, path: str | Path) -> Extracted:
    parsed = markdown.parse(decode_text(data, path))
    if not parsed.text.strip():
        after = " après l'en-tête" if parsed.fields else ""
        raise IngestError(path, "empty", f"fichier Markdown sans texte{after}")
    fields = parsed.fields
    # Clippers write the page's address as `source:` as often as `url:`; an address is no outlet.
    named = [fields.get(key) or "" for key in ("source", "site", "outlet")]
    addresses = [fields.get(key) or "" for key in ("url", "source_url", "source")]
    return Extracted(
        parsed.text,
        title=parsed.title,
        outlet=next((name for name in named if name and not _URL_LIKE.match(name)), None),
        published=dates.parse_iso(fields.get("date") or fields.get("published")),
        url=next((url for address in addresses if (url := web_url(address))), None),
    )


def web_url(value: str | None) -> str | None:
    """`value` if it is an http or https address, else None.

    An article's URL ends up a link in exports and the window; a `javascript:` or `file:` one
    written into a front matter or a page's metadata must not.
    """
    if not value:
        return None
    value = value.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or not value.isprintable() or " " in value:
        return None
    return value


def read_html(data: bytes, path: str | Path) -> Extracted:
    data = limits.inflate_page(data, path)
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # trafilatura reads UTF-16 by its byte order mark only; without one, it is handed UTF-8.
        if (encoding := bomless_utf16(data)) is None:
            raise IngestError(path, "binary")
        try:
            data = data.decode(encoding).encode("utf-8")
        except UnicodeDecodeError:
            raise IngestError(path, "corrupt", "page HTML en UTF-16 tronquée ou mal formée") from None
    # One parse for both readings: the footer's copyright line, which trafilatura leaves out with
    # the footer, and trafilatura's own (which works on a copy of the tree it is given).
    try:
        tree = trafilatura.utils.load_html(data)
    except (LxmlError, ValueError):
        tree = None
    document = trafilatura.bare_extraction(
        tree if tree is not None else data,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not isinstance(document, Document) or not document.text or not document.text.strip():
        raise IngestError(path, "empty", "page HTML sans texte d'article")
    text: str = document.text
    # trafilatura puts one block element per line; paragraphs need a blank line between them.
    body = "\n\n".join(line for line in text.split("\n") if line.strip())
    outlet = page_outlet.from_page(tree, document.sitename, document.author)
    return Extracted(
        body,
        title=document.title or None,
        outlet=outlet.named,
        published=dates.parse_iso(document.date),
        url=web_url(document.url),
        byline_outlet=outlet.byline,
    )


def read_pdf(data: bytes, path: str | Path) -> Extracted:
    try:
        with pypdf_quiet(), limits.pdf_limits():
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise IngestError(path, "unreadable", "PDF protégé par mot de passe")
            pages = limits.pdf_text(reader, path)
            info = reader.metadata
            title = info.title if info is not None else None
    except LimitReachedError as error:
        raise limits.pdf_limit_reached(path, error) from None
    except (FileNotDecryptedError, DependencyError):
        raise IngestError(path, "unreadable", "PDF protégé par mot de passe") from None
    except (
        PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
        struct.error, zlib.error,
    ):  # fmt: skip
        # pypdf reports damage through whichever exception the broken structure happens to trigger.
        raise IngestError(path, "corrupt", "PDF illisible ou endommagé") from None
    text = "\n\n".join(reflowed for page in pages if (reflowed := reflow(page)))
    if not text.strip():
        raise IngestError(path, "no_text_layer")
    return Extracted(text, title=_given_title(title))


# pypdf says what it tolerates or chokes on ("invalid pdf header", "EOF marker not found") on its
# "pypdf" logger, which with logging not set up reaches the terminal through logging's last
# resort. What matters of it becomes our own IngestError, reported in the import summary; the
# rest is noise to an analyst. The logger is raised above CRITICAL while we read, and set back
# when the last read ends: reads overlap across import threads, and one finishing must neither
# let pypdf speak while another is still reading nor leave the level it found changed.
_PYPDF_LOGGER = logging.getLogger("pypdf")
_quiet_lock = threading.Lock()
_quiet_depth = 0
_pypdf_level = logging.NOTSET


@contextmanager
def pypdf_quiet() -> Iterator[None]:
    """pypdf's logger silenced for the length of the block; other loggers are untouched."""
    global _quiet_depth, _pypdf_level
    with _quiet_lock:
        if _quiet_depth == 0:
            _pypdf_level = _PYPDF_LOGGER.level
            _PYPDF_LOGGER.setLevel(logging.CRITICAL + 1)
        _quiet_depth += 1
    try:
        yield
    finally:
        with _quiet_lock:
            _quiet_depth -= 1
            if _quiet_depth == 0:
                _PYPDF_LOGGER.setLevel(_pypdf_level)


def read_docx(data: bytes, path: str | Path) -> Extracted:
    try:
        limits.check_zip(data, path)
        document = open_docx(io.BytesIO(data))
        blocks: list[str] = []
        styled_title: str | None = None
        style_names: dict[str | None, str] = {}
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                blocks.extend(_table_rows(block))
                continue
            text = block.text.strip()
            if not text:
                continue
            if styled_title is None and _style_name(block, style_names).lower() in ("title", "titre"):
                styled_title = text
            blocks.append(text)
        properties = document.core_properties
        title = _given_title(properties.title) or styled_title
    except (
        zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, LxmlError, EOFError, zlib.error,
        struct.error,
    ):  # fmt: skip
        raise IngestError(path, "corrupt", "document Word illisible ou tronqué") from None
    text = "\n\n".join(blocks)
    if not text.strip():
        raise IngestError(path, "empty", "document Word sans texte")
    return Extracted(text, title=title)


def _style_name(paragraph: Paragraph, names: dict[str | None, str]) -> str:
    """The paragraph's style name, looked up once per style id.

    python-docx finds a paragraph's style by searching the styles part, some 0.6 ms a paragraph: a
    minute for a long document, where reading the id off the paragraph is immediate.
    """
    style_id = paragraph._p.style
    if style_id not in names:
        names[style_id] = (paragraph.style.name if paragraph.style is not None else "") or ""
    return names[style_id]


def _table_rows(table: Table) -> list[str]:
    rows = []
    for row in table.rows:
        cells = [cell.text.strip() for cell in row.cells]
        unique = [cell for index, cell in enumerate(cells) if cell and cell not in cells[:index]]
        if unique:
            rows.append(" ; ".join(unique))
    return rows


def _given_title(title: str | None) -> str | None:
    """A title from document properties, unless it is one a program filled in by itself."""
    if not title or not title.strip():
        return None
    title = " ".join(title.split())
    return None if _GENERATED_TITLE.search(title) else title


def reflow(page: str) -> str:
    """Join a PDF page's visual lines back into paragraphs.

    Wrapped lines run close to the page's usual width; a clearly shorter line ends its paragraph
    when it ends a sentence or the next line starts like a new one (a heading above a paragraph).
    A word hyphenated across lines keeps its hyphen ("Etats-\\nUnis"), since in French a hyphen at
    a line end is as often part of the word as a break.
    """
    lines = [line.strip() for line in page.split("\n")]
    lines = [line for line in lines if not _PAGE_NUMBER.match(line)]
    width = max((len(line) for line in lines), default=0)
    paragraphs: list[str] = []
    current = ""
    for index, line in enumerate(lines):
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if not current:
            current = line
        elif current.endswith("-") and line[:1].isalpha():
            current += line
        else:
            current += " " + line
        following = lines[index + 1][:1] if index + 1 < len(lines) else ""
        starts_anew = (
            following.isupper() or following.isdigit() or (bool(following) and following in '«"“—–-')
        )
        if len(line) < _SHORT_LINE * width and (line[-1] in _PARAGRAPH_END or starts_anew):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)
