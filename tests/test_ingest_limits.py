"""Compressed files are held to what they expand to, not to their size on disk.

A .docx is a zip, a PDF's pages are deflated streams, an .html file may be gzip: a few megabytes
can inflate to gigabytes, and the 10 MB file-size limit counts the few megabytes. The bombs here
are built in tmp_path by streaming repeated bytes through the compressor, so neither the test nor
the disk ever holds what they inflate to. Memory is measured in a child process, as the growth of
its peak resident size over what importing Frise took, with a wide margin: the bombs inflate to
200 MB, and a reader that inflated them would grow by more than that.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import docx
import pytest

from frise.ingest import IngestError, load_file
from tests.test_ingest_formats import make_docx, make_pdf, write

INFLATED = 200_000_000
MAX_GROWTH = 100_000_000
PARAGRAPH = b"<w:p><w:r><w:t>bombe</w:t></w:r></w:p>"
_PIECE = 1 << 20

_MEASURE = """
import json, resource, sys
from frise.ingest import IngestError, load_file
scale = 1 if sys.platform == "darwin" else 1024
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
outcome = {"code": None, "reason": None, "path": None}
try:
    load_file(sys.argv[1])
except IngestError as error:
    outcome = {"code": error.code, "reason": error.reason, "path": error.path}
outcome["growth"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale - before
print(json.dumps(outcome))
"""


def measured_load(path: Path) -> dict[str, object]:
    """load_file(path) in a child process: the error it raised, and how much its peak RSS grew."""
    pytest.importorskip("resource")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True, check=False, env=env
    )
    assert result.returncode == 0, result.stderr
    outcome: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return outcome


def fails(path: Path) -> IngestError:
    with pytest.raises(IngestError) as raised:
        load_file(path)
    return raised.value


def _repeated(out: io.RawIOBase | io.BufferedIOBase, piece: bytes, size: int) -> None:
    block = piece * (_PIECE // len(piece))
    written = 0
    while written < size:
        out.write(block)
        written += len(block)


def inflating_docx(path: Path, inflated: int, *, member: str = "word/document.xml") -> Path:
    """A real .docx whose `member` inflates to `inflated` bytes of repeated paragraphs (or adds one)."""
    template = zipfile.ZipFile(io.BytesIO(make_docx(["Un paragraphe du document."])))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in template.infolist():
            if info.filename != member:
                archive.writestr(info, template.read(info.filename))
        with archive.open(member, "w") as out:
            if member == "word/document.xml":
                head, tail = template.read(member).split(b"<w:body>")
                out.write(head + b"<w:body>")
                _repeated(out, PARAGRAPH, inflated)
                out.write(tail)
            else:
                _repeated(out, b"\0", inflated)
    return path


def declare(path: Path, member: str, size: int) -> None:
    """Make the zip at `path` declare `size` bytes for `member`, in both of its headers."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    position = data.find(b"PK\x01\x02")
    while position >= 0:
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if data[position + 46 : position + 46 + name_length] == name:
            struct.pack_into("<I", data, position + 24, size)
            local = struct.unpack_from("<I", data, position + 42)[0]
            struct.pack_into("<I", data, local + 22, size)
        position = data.find(b"PK\x01\x02", position + 4)
    path.write_bytes(bytes(data))


def deflated(piece: bytes, size: int) -> bytes:
    """zlib data inflating to `size` bytes of `piece` repeated, made without holding them."""
    compressor = zlib.compressobj(9)
    block = piece * (_PIECE // len(piece))
    parts = [compressor.compress(block) for _ in range(size // len(block))]
    return b"".join(parts) + compressor.flush()


def pdf_with_contents(streams: list[bytes]) -> bytes:
    """A PDF with one page per deflated content stream."""
    count = len(streams)
    kids = " ".join(f"{3 + 2 * index} 0 R" for index in range(count))
    font = 3 + 2 * count
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode()]
    for index, stream in enumerate(streams):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * index} 0 R"
            f" /Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# Word


def test_docx_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    path = inflating_docx(tmp_path / "bombe.docx", INFLATED)
    assert path.stat().st_size < 1_000_000
    outcome = measured_load(path)
    assert outcome["code"] == "decompression_bomb"
    assert outcome["reason"] == "le document décompressé dépasserait 50 Mo (bombe de décompression ?)"
    assert outcome["path"] == str(path)
    assert isinstance(outcome["growth"], int) and outcome["growth"] < MAX_GROWTH


def test_docx_lying_about_a_member_size_is_refused(tmp_path: Path) -> None:
    path = inflating_docx(tmp_path / "menteur.docx", INFLATED)
    declare(path, "word/document.xml", 4_000)
    assert zipfile.ZipFile(path).getinfo("word/document.xml").file_size == 4_000
    outcome = measured_load(path)
    assert outcome["code"] == "decompression_bomb"
    assert outcome["reason"] == (
        "un fichier du document est plus gros qu'il ne l'annonce (bombe de décompression ?)"
    )
    assert isinstance(outcome["growth"], int) and outcome["growth"] < MAX_GROWTH


def test_docx_with_an_absurd_compression_ratio_is_refused(tmp_path: Path) -> None:
    # 20 MB of NUL bytes: under the 50 MB budget, but deflated at a thousand to one.
    path = inflating_docx(tmp_path / "zeros.docx", 20_000_000, member="word/media/image1.png")
    error = fails(path)
    assert (error.code, error.reason) == (
        "decompression_bomb",
        "le document est comprimé à un taux invraisemblable (bombe de décompression ?)",
    )


def test_docx_of_a_long_report_with_images_is_admitted(tmp_path: Path) -> None:
    """The limits leave room for real documents: 200 pages of prose, a table, 5 MB of pictures."""
    document = docx.Document()
    words = "le président a déclaré que les négociations reprendraient à Genève en août".split()
    for number in range(2_000):
        rotated = words[number % len(words) :] + words[: number % len(words)]
        document.add_paragraph(f"Paragraphe {number} : " + " ".join(rotated * 6) + ".")
    table = document.add_table(rows=300, cols=6)
    table.rows[0].cells[0].text = "Date"
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/image1.jpeg", os.urandom(5_000_000))
    article = load_file(write(tmp_path / "rapport.docx", buffer.getvalue()))
    assert article.text.startswith("Paragraphe 0 : le président")
    assert "Paragraphe 1999" in article.text


def test_zip_member_that_is_not_deflated_is_corrupt(tmp_path: Path) -> None:
    # Word deflates; bzip2 would be read by zipfile without any bound on a single read.
    template = zipfile.ZipFile(io.BytesIO(make_docx(["Un paragraphe."])))
    path = tmp_path / "bzip.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_BZIP2) as archive:
        for info in template.infolist():
            archive.writestr(info.filename, template.read(info.filename))
    error = fails(path)
    assert error.code == "corrupt"


# PDF


def test_pdf_stream_bomb_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "bombe.pdf", pdf_with_contents([deflated(b" ", INFLATED)]))
    outcome = measured_load(path)
    assert outcome["code"] == "decompression_bomb"
    assert outcome["reason"] == "un flux du PDF dépasserait 30 Mo une fois décompressé (bombe de décompression ?)"
    assert isinstance(outcome["growth"], int) and outcome["growth"] < MAX_GROWTH


def test_pdf_pages_adding_up_past_the_budget_are_refused(tmp_path: Path) -> None:
    # Each page stays under the limit for one stream; together they pass the budget for the file.
    page = deflated(b" ", 25_000_000)
    path = write(tmp_path / "pages.pdf", pdf_with_contents([page] * 5))
    error = fails(path)
    assert (error.code, error.reason) == (
        "decompression_bomb",
        "le contenu décompressé du PDF dépasserait 100 Mo (bombe de décompression ?)",
    )


def test_pdf_text_past_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Text is counted as pypdf gives it, so a page cannot run on past the limit."""
    lines = [f"Ligne {number} du rapport annuel, avec assez de texte pour compter." for number in range(60)]
    path = write(tmp_path / "long.pdf", make_pdf(lines))
    assert load_file(path).text.startswith("Ligne 0")
    from frise.ingest import limits

    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 2_000)
    error = fails(path)
    assert (error.code, error.reason) == ("too_large", "texte trop long (plus de 2\u00a0000 caractères)")


def test_text_past_the_limit_is_refused_in_any_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "long.docx", make_docx(["Un paragraphe du document, assez long pour compter."] * 60))
    assert load_file(path).text.startswith("Un paragraphe")
    from frise.ingest import limits

    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 2_000)
    error = fails(path)
    assert (error.code, error.reason) == ("too_large", "texte trop long (plus de 2\u00a0000 caractères)")


# HTML


def test_gzip_html_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    with gzip.open(path, "wb", compresslevel=9) as out:
        out.write(b"<html><body>")
        _repeated(out, b"<p>bombe</p>", INFLATED)
    error = fails(path)
    assert (error.code, error.reason) == (
        "decompression_bomb",
        "la page décompressée dépasserait 50 Mo (bombe de décompression ?)",
    )


def test_gzip_html_is_read(tmp_path: Path) -> None:
    from tests.test_ingest_formats import HTML

    article = load_file(write(tmp_path / "page.html", gzip.compress(HTML.encode())))
    assert article.title == "Syrie : accord à Astana"
    assert article.text.startswith("La Russie, l'Iran et la Turquie")
