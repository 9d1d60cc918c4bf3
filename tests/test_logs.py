"""The journal: a rotating UTF-8 file in the user's log folder (or $FRISE_LOG_DIR), with
timestamps, where uncaught exceptions are written with their traceback. Every test points it at
tmp_path and closes it: nothing is written to the real user folder."""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs
import pytest

from frise import logs


@pytest.fixture(autouse=True)
def closed_after() -> Iterator[None]:
    yield
    logs.close()


def our_handlers() -> list[RotatingFileHandler]:
    return [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]


def test_setup_writes_timestamped_utf8_lines_to_a_rotating_file(tmp_path: Path) -> None:
    path = logs.setup(tmp_path / "journal")
    assert path == tmp_path / "journal" / logs.FILE_NAME and logs.log_path() == path
    logging.getLogger("frise.essai").warning("échec « voilà » — %s", "détail")
    logging.getLogger("frise.essai").info("une information")
    written = path.read_text(encoding="utf-8")
    assert "échec « voilà » — détail" in written and "une information" in written
    assert re.search(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", written, re.MULTILINE)
    assert "frise.essai" in written and "WARNING" in written
    [handler] = our_handlers()
    assert handler.maxBytes == logs.MAX_BYTES and 500_000 <= logs.MAX_BYTES <= 2_000_000
    assert handler.backupCount == logs.BACKUPS == 3
    assert handler.encoding == "utf-8"


def test_the_folder_comes_from_the_environment_else_the_user_log_dir(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(logs.ENV_VAR, raising=False)
    assert logs.log_dir() == Path(platformdirs.user_log_dir("frise", appauthor=False))
    monkeypatch.setenv(logs.ENV_VAR, str(tmp_path / "ailleurs"))
    assert logs.log_path() == tmp_path / "ailleurs" / logs.FILE_NAME
    assert not (tmp_path / "ailleurs").exists()  # asking where it is creates nothing
    assert logs.setup() == tmp_path / "ailleurs" / logs.FILE_NAME
    assert (tmp_path / "ailleurs" / logs.FILE_NAME).exists()


def test_setting_up_again_replaces_the_file_instead_of_writing_twice(tmp_path: Path) -> None:
    logs.setup(tmp_path / "a")
    second = logs.setup(tmp_path / "b")
    assert len(our_handlers()) == 1 and logs.log_path() == second
    logging.getLogger("frise.essai").warning("une seule fois")
    assert second is not None and second.read_text(encoding="utf-8").count("une seule fois") == 1
    logs.close()
    assert not our_handlers()


def test_a_folder_that_cannot_be_made_is_no_crash(tmp_path: Path) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("")
    assert logs.setup(blocker / "journal") is None
    assert not our_handlers()


def test_uncaught_exceptions_are_logged_with_their_traceback(tmp_path: Path) -> None:
    path = logs.setup(tmp_path)
    assert path is not None
    told: list[BaseException] = []
    before = sys.excepthook, threading.excepthook
    logs.install_hooks(told.append)
    try:
        raise ValueError("boum dans un slot")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert [str(e) for e in told] == ["boum dans un slot"]

    def worker() -> None:
        raise RuntimeError("boum dans un fil")

    thread = threading.Thread(target=worker, name="fil-d-essai")
    thread.start()
    thread.join()
    written = path.read_text(encoding="utf-8")
    assert written.count("Traceback (most recent call last)") == 2
    assert "ValueError: boum dans un slot" in written
    assert "RuntimeError: boum dans un fil" in written and "fil-d-essai" in written
    assert len(told) == 1  # a worker thread never calls into the window
    logs.close()
    assert (sys.excepthook, threading.excepthook) == before
