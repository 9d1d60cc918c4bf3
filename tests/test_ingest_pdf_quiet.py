"""pypdf's own chatter ("invalid pdf header", "EOF marker not found") stays off the analyst's
terminal: the import summary already says, in French, why a PDF could not be read."""

from __future__ import annotations

import io
import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from frise.ingest import IngestError, load_file
from frise.ingest.formats import pypdf_quiet
from tests.test_ingest_formats import make_pdf

SENTENCE = "Le 4 mai 2017, un mémorandum fut signé à Astana par la Russie, la Turquie et l'Iran."
PYPDF_NOISE = ("invalid pdf header", "EOF marker not found", "startxref", "Object Streams")


def _bad_pdfs(folder: Path) -> dict[str, Path]:
    good = make_pdf([SENTENCE])
    files = {
        "header": b"ceci n'est pas un PDF",  # pypdf: "invalid pdf header", then gives up
        "truncated": good[: len(good) // 2],  # "EOF marker not found"
        "prefixed": b"junk junk\n" + good,  # read all the same, after a string of warnings
    }
    paths = {}
    for name, data in files.items():
        paths[name] = folder / f"{name}.pdf"
        paths[name].write_bytes(data)
    return paths


def _pypdf_records(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name.startswith("pypdf")]


def test_pypdf_does_speak_when_left_alone(caplog: pytest.LogCaptureFixture) -> None:
    """The control: what the tests below look for is what pypdf really logs."""
    caplog.set_level(logging.WARNING)
    with pytest.raises(PdfReadError):
        PdfReader(io.BytesIO(b"ceci n'est pas un PDF"))
    assert any("invalid pdf header" in message for message in _pypdf_records(caplog))


def test_reading_bad_pdfs_logs_nothing_from_pypdf(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    paths = _bad_pdfs(tmp_path)
    for name in ("header", "truncated"):
        with pytest.raises(IngestError) as raised:
            load_file(paths[name])
        assert raised.value.code == "corrupt" and raised.value.reason == "PDF illisible ou endommagé"
    assert SENTENCE in load_file(paths["prefixed"]).text
    assert _pypdf_records(caplog) == []


def test_pypdf_logger_is_given_back_as_it_was(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    pypdf_logger = logging.getLogger("pypdf")
    before = pypdf_logger.level
    pypdf_logger.setLevel(logging.INFO)  # as someone debugging might set it
    try:
        with pytest.raises(IngestError):
            load_file(_bad_pdfs(tmp_path)["header"])
        assert pypdf_logger.level == logging.INFO
        caplog.set_level(logging.WARNING)
        with pytest.raises(PdfReadError):
            PdfReader(io.BytesIO(b"pas un PDF"))
        assert _pypdf_records(caplog)  # outside our reads pypdf still speaks
    finally:
        pypdf_logger.setLevel(before)


def test_our_own_messages_are_not_hidden(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    with pypdf_quiet():
        logging.getLogger("pypdf._reader").warning("invalid pdf header: b'x'")
        logging.getLogger("frise.ingest").warning("un message de Frise")
        logging.getLogger().warning("un message de l'application")
    assert [record.getMessage() for record in caplog.records] == ["un message de Frise", "un message de l'application"]


def test_overlapping_reads_on_threads_restore_the_level_once(caplog: pytest.LogCaptureFixture) -> None:
    """Imports read on several threads: the first read to end must not let pypdf speak while
    another is still reading, and the last one sets the level back."""
    pypdf_logger = logging.getLogger("pypdf")
    before = pypdf_logger.level
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()

    def first() -> None:
        with pypdf_quiet():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with pypdf_quiet():
            second_in.set()
            first_out.wait(5)
            logging.getLogger("pypdf._reader").warning("EOF marker not found")

    caplog.set_level(logging.WARNING)
    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert _pypdf_records(caplog) == []
    assert pypdf_logger.level == before


def test_import_from_a_terminal_prints_only_our_summary(tmp_path: Path) -> None:
    """The trial's report, as a real process: no logging set up, so pypdf would reach stderr
    through logging's last resort."""
    paths = _bad_pdfs(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "frise.cli", "import", "--db", str(tmp_path / "c.frise"), *map(str, paths.values())],
        capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1  # two files failed
    assert done.stdout.count("PDF illisible ou endommagé") == 2 and "importé " in done.stdout
    for noise in PYPDF_NOISE:
        assert noise not in done.stderr and noise not in done.stdout, done.stderr
