"""How far a file may expand once read, and the readers that hold it to that.

The file-size limit counts bytes on disk, and a compressed format's size on disk says nothing of
what reading it takes: a 3 MB .docx held 1 GB of XML and took 5.8 GB of memory. So what is read
is bounded too, before any parser sees it. A zip's members are checked against the sizes they
declare, then inflated here, output counted and thrown away, because a declared size is only a
claim: Python's zipfile trusts it, and reading a member whole inflates all of it before cutting
it to the declared length. Gzip pages are inflated here under the same kind of bound, and PDF
streams are bounded through pypdf's own limits plus a budget for the whole document. The text a
reader gives is bounded last, whatever its format.

A refusal is an IngestError naming the limit in French, coded "decompression_bomb" for what
inflates too far and "too_large" for text too long.
"""

from __future__ import annotations

import dataclasses
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

import pypdf
from pypdf import PageObject, PdfReader
from pypdf.errors import LimitReachedError
from pypdf.generic import ArrayObject, DictionaryObject, PdfObject, StreamObject

from .model import IngestError

# What a zip may inflate to, all members together. A 200-page report in Word is some 5 to 15 MB
# of XML (the text with Word's markup around each run, ten to twenty times its size), plus
# images, which are stored already compressed and inflate to about their size on disk; 50 MB
# admits that several times over. Much more would not be harmless even when honest: python-docx
# holds every part in memory, and lxml's tree for 50 MB of XML already takes several hundred MB.
MAX_EXPANDED_BYTES = 50_000_000
# Deflate cannot do better than about 1032 to 1, which a run of one repeated byte reaches. Word's
# XML deflates at 5 to 30 to 1; a large empty table, the most repetitive thing found in a real
# document, at under 200. Below a megabyte a high ratio costs nothing and proves nothing.
MAX_RATIO = 500
RATIO_FLOOR = 1_000_000
# A .docx holds a few dozen parts, a few hundred with many images. A 10 MB zip can list 100 000
# empty members, each of them then checked here and listed by python-docx.
MAX_MEMBERS = 10_000
# One decompressed PDF stream. A page's content stream is a few kilobytes of text operators, up
# to a few megabytes for a dense map or chart; pypdf allows 75 MB. Images, the largest streams of
# a PDF, are not decompressed to extract text.
MAX_PDF_STREAM_BYTES = 30_000_000
# All the content streams of a PDF's pages and of the forms they draw, decompressed: pypdf keeps
# each one in memory once read. A text page takes some 5 to 50 kB, a page of charts a few hundred;
# 100 MB admits a 200-page report of charts. It is counted per page drawn, so that a stream shared
# by a thousand pages, parsed a thousand times, counts a thousand times.
MAX_PDF_CONTENT_BYTES = 100_000_000
# The text a reader may give, in characters: as much as the largest plain-text file admitted
# (10 MB), and some fifteen times a 200-page report. Past it the pipeline's passes over the text
# take minutes. A PDF can give far more text than it holds, by drawing one form many times or
# mapping one glyph to a long string, so its text is counted as it is extracted.
MAX_TEXT_CHARS = 10_000_000

_CHUNK = 1 << 16
_LOCAL_HEADER = struct.Struct("<4s22xHH")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_GZIP_MAGIC = b"\x1f\x8b"
_NULS = re.compile(rb"\0*")


def bomb(path: str | Path, reason: str) -> IngestError:
    return IngestError(path, "decompression_bomb", f"{reason} (bombe de décompression ?)")


def shown_size(count: int, *, exact: bool = False) -> str:
    """ "20,0 Mo", "10 Mo", "1,5 ko", "300 octets": French decimal comma, rounded for display."""
    for unit, scale in (("Mo", 1_000_000), ("ko", 1_000)):
        if count >= scale:
            value = count / scale
            shown = f"{value:g}" if exact and value == int(value) else f"{value:.1f}"
            return f"{shown.replace('.', ',')} {unit}"
    return f"{count} octets"


def shown_count(count: int) -> str:
    """ "10 000 000": French thousands, separated by a no-break space so that a line never splits them."""
    return f"{count:,}".replace(",", "\u00a0")


def check_zip(data: bytes, path: str | Path) -> None:
    """Refuse a zip that would inflate past the limits; zipfile's own errors pass through.

    The declared sizes are checked first, which refuses an honest bomb without inflating a byte;
    then each member is inflated and counted, and one that holds more than it declares is refused
    as soon as it does, since whatever reads it next would believe the declaration.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise bomb(path, f"le document contient plus de {shown_count(MAX_MEMBERS)} fichiers")
    if sum(member.file_size for member in members) > MAX_EXPANDED_BYTES:
        raise bomb(path, f"le document décompressé dépasserait {shown_size(MAX_EXPANDED_BYTES, exact=True)}")
    for member in members:
        if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise bomb(path, "le document est comprimé à un taux invraisemblable")
    for member in members:
        if _inflated_size(data, member) > member.file_size:
            raise bomb(path, "un fichier du document est plus gros qu'il ne l'annonce")


def _inflated_size(data: bytes, member: zipfile.ZipInfo) -> int:
    """What `member` inflates to, counted up to one chunk past its declared size and no further."""
    if member.compress_type == zipfile.ZIP_STORED:
        return member.compress_size
    if member.compress_type != zipfile.ZIP_DEFLATED:
        # Word only ever deflates. zipfile would read bzip2 or LZMA with no bound on one read.
        raise zipfile.BadZipFile(f"unexpected compression method {member.compress_type}")
    start = member.header_offset
    signature, name_length, extra_length = _LOCAL_HEADER.unpack_from(data, start)
    if signature != _LOCAL_SIGNATURE:
        raise zipfile.BadZipFile("bad local file header")
    start += _LOCAL_HEADER.size + name_length + extra_length
    raw = memoryview(data)[start : start + member.compress_size]
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    size = 0
    for offset in range(0, len(raw), _CHUNK):
        pending: bytes | memoryview = raw[offset : offset + _CHUNK]
        while pending:
            size += len(inflater.decompress(pending, _CHUNK))
            if size > member.file_size:
                return size
            pending = inflater.unconsumed_tail
        if inflater.eof:
            break
    return size


def inflate_page(data: bytes, path: str | Path) -> bytes:
    """An HTML file's bytes, inflated first if they are gzip or zlib data, never past the limit.

    Servers send gzip whether asked or not, and a page saved from one may be stored that way.
    trafilatura would inflate it too, but not every version it may be bounds what it inflates, so
    the parser is handed plain bytes. Plain bytes never decode to more characters than they have
    bytes, so the same limit bounds the text the parser sees.
    """
    limit = MAX_EXPANDED_BYTES
    if data.startswith(_GZIP_MAGIC):
        try:
            return _inflated(data, 16 + zlib.MAX_WBITS, limit, path)
        except zlib.error:
            raise IngestError(path, "corrupt", "page HTML compressée illisible ou tronquée") from None
    if _zlib_header(data):
        # Two bytes of text can pass for a zlib header ("80"): when they do not inflate, they are text.
        try:
            return _inflated(data, zlib.MAX_WBITS, limit, path)
        except zlib.error:
            pass
    if len(data) > limit:
        raise bomb(path, f"la page dépasserait {shown_size(limit, exact=True)}")
    return data


def _inflated(data: bytes, wbits: int, limit: int, path: str | Path) -> bytes:
    """Inflate `data` in chunks, refusing it as soon as the output passes `limit`.

    A gzip file may hold several members one after the other, as `cat a.gz b.gz` makes them, and
    NUL bytes between them; whatever else follows the last one is ignored, as zlib ignores it.
    """
    out = bytearray()
    view = memoryview(data)
    position = 0
    while True:
        inflater = zlib.decompressobj(wbits)
        while not inflater.eof and position < len(data):
            chunk: bytes | memoryview = view[position : position + _CHUNK]
            position += len(chunk)
            while chunk:
                out += inflater.decompress(chunk, _CHUNK)
                if len(out) > limit:
                    raise bomb(path, f"la page décompressée dépasserait {shown_size(limit, exact=True)}")
                chunk = inflater.unconsumed_tail
        if not inflater.eof:
            raise zlib.error("truncated stream")
        position -= len(inflater.unused_data)
        if padding := _NULS.match(data, position):
            position = padding.end()
        if wbits == zlib.MAX_WBITS or not data.startswith(_GZIP_MAGIC, position):
            return bytes(out)


def _zlib_header(data: bytes) -> bool:
    """Whether `data` starts as a zlib stream does: deflate, a window of at most 32 kB, a check sum."""
    return len(data) > 1 and data[0] & 0x0F == 8 and data[0] >> 4 <= 7 and (data[0] << 8 | data[1]) % 31 == 0


def pdf_limits() -> AbstractContextManager[Any]:
    """pypdf's decompression limits lowered to ours for the block, in this thread only.

    pypdf keeps its configuration in a context variable, so that import threads reading PDFs side
    by side each get their own. Versions without it keep their own defaults (75 MB per stream);
    the budget for the whole document still holds.
    """
    apply = getattr(pypdf, "apply_configuration", None)
    configuration = getattr(pypdf, "Configuration", None)
    if apply is None or configuration is None:
        return nullcontext()
    known = {field.name for field in dataclasses.fields(configuration)}
    limits = {
        name: MAX_PDF_STREAM_BYTES
        for name in (
            "zlib_maximum_output_length",
            "lzw_maximum_output_length",
            "run_length_maximum_output_length",
            "brotli_maximum_output_length",
            "array_based_stream_maximum_output_length",
            "maximum_declared_stream_length",
        )
        if name in known
    }
    context: AbstractContextManager[Any] = apply(**limits)
    return context


def pdf_limit_reached(path: str | Path, error: LimitReachedError) -> IngestError:
    """The refusal for one of pypdf's limits: a stream too large once inflated, or a structure too big."""
    message = str(error).lower()
    if "decompress" in message or "decoding" in message:
        shown = shown_size(MAX_PDF_STREAM_BYTES, exact=True)
        return bomb(path, f"un flux du PDF dépasserait {shown} une fois décompressé")
    return bomb(path, "le PDF dépasse une des limites fixées à sa lecture")


def pdf_text(reader: PdfReader, path: str | Path) -> list[str]:
    """Each page's text, once the content the pages draw is known to fit the budget.

    All of it is inflated first, counted and kept, since pypdf keeps it anyway and extracting the
    text reuses it: a bomb is refused before any of its pages is parsed. The text is then counted
    as pypdf produces it, and extraction stops as soon as it passes the limit.
    """
    drawn = 0
    for page in reader.pages:
        for stream in _drawn_streams(page):
            drawn += len(stream.get_data())
            if drawn > MAX_PDF_CONTENT_BYTES:
                shown = shown_size(MAX_PDF_CONTENT_BYTES, exact=True)
                raise bomb(path, f"le contenu décompressé du PDF dépasserait {shown}")
    counter = _TextCounter()
    texts = []
    for page in reader.pages:
        try:
            text = page.extract_text(visitor_text=counter.visit) or ""
        except _TextOverflow:
            text = ""
        # pypdf catches what goes wrong inside a form, the overflow included: count after each page.
        counter.returned += len(text)
        if counter.overflowed():
            raise _text_too_long(path)
        texts.append(text)
    return texts


def check_text(text: str, path: str | Path) -> None:
    """Refuse a reader's text past MAX_TEXT_CHARS: whatever its format, no article is that long."""
    if len(text) > MAX_TEXT_CHARS:
        raise _text_too_long(path)


def _text_too_long(path: str | Path) -> IngestError:
    return IngestError(path, "too_large", f"texte trop long (plus de {shown_count(MAX_TEXT_CHARS)} caractères)")


class _TextOverflow(Exception):
    """Raised from pypdf's text visitor to stop a page's extraction once the text is too long."""


class _TextCounter:
    def __init__(self) -> None:
        self.visited = 0
        self.returned = 0

    def visit(self, text: str, *_: object) -> None:
        self.visited += len(text)
        if self.visited > MAX_TEXT_CHARS:
            raise _TextOverflow

    def overflowed(self) -> bool:
        return max(self.visited, self.returned) > MAX_TEXT_CHARS


def _drawn_streams(page: PageObject) -> Iterator[StreamObject]:
    """The streams pypdf parses to extract a page's text: its contents, then every form it may draw.

    A form can hold forms of its own; each is listed once for the page, and the walk is a loop
    rather than a recursion, so that forms nested a thousand deep cannot exhaust the stack.
    """
    contents = _resolved(page.get("/Contents"))
    for item in contents if isinstance(contents, ArrayObject) else [contents]:
        if isinstance(stream := _resolved(item), StreamObject):
            yield stream
    seen: set[int] = set()
    pending = [page.get("/Resources")]
    while pending:
        resources = _resolved(pending.pop())
        xobjects = _resolved(resources.get("/XObject")) if isinstance(resources, DictionaryObject) else None
        if not isinstance(xobjects, DictionaryObject):
            continue
        for value in xobjects.values():
            form = _resolved(value)
            if isinstance(form, StreamObject) and form.get("/Subtype") == "/Form" and id(form) not in seen:
                seen.add(id(form))
                yield form
                pending.append(form.get("/Resources"))


def _resolved(value: object) -> object:
    return value.get_object() if isinstance(value, PdfObject) else value
