"""Settings over QSettings or a dict; background tasks that report on the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThread
from pytestqt.qtbot import QtBot

from frise.ui import settings as keys
from frise.ui.settings import Settings
from frise.ui.tasks import TaskRunner


def test_defaults_and_round_trip_in_memory() -> None:
    settings = Settings.in_memory()
    assert settings.get(keys.FIRST_RUN) is True
    assert settings.get(keys.FILTER) == {}
    settings.set(keys.FILTER, {"search": "Poutine"})
    settings.set(keys.GEOMETRY, b"\x01\x02")
    settings.set(keys.FIRST_RUN, False)
    assert settings.get(keys.FILTER) == {"search": "Poutine"}
    assert settings.get(keys.GEOMETRY) == b"\x01\x02"
    assert settings.get(keys.FIRST_RUN) is False


def test_round_trip_through_an_ini_file(tmp_path: Path) -> None:
    ini = str(tmp_path / "frise.ini")
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    settings.set(keys.FIRST_RUN, False)
    settings.set(keys.SPLITTERS, {"main": "AAAA"})
    settings.set(keys.GEOMETRY, b"\x00\xffgeometry")
    settings.set(keys.SOURCE_FONT_SIZE, 13)
    settings.sync()
    again = Settings(QSettings(ini, QSettings.Format.IniFormat))
    assert again.get(keys.FIRST_RUN) is False
    assert again.get(keys.SPLITTERS) == {"main": "AAAA"}
    assert again.get(keys.GEOMETRY) == b"\x00\xffgeometry"
    assert again.get(keys.SOURCE_FONT_SIZE) == 13


def test_damaged_values_fall_back_to_defaults() -> None:
    settings = Settings.in_memory({keys.FILTER.key: "{pas du json", keys.FIRST_RUN.key: "peut-être",
                                   keys.SOURCE_FONT_SIZE.key: "grand"})
    assert settings.get(keys.FILTER) == {}
    assert settings.get(keys.FIRST_RUN) is True
    assert settings.get(keys.SOURCE_FONT_SIZE) == 0


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui = QThread.currentThread()
    seen: list[tuple[str, object, bool]] = []
    workers: list[int] = []

    def work(report, n: int) -> int:
        workers.append(threading.get_ident())
        for i in range(n):
            report(i)
        return n * 2

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.submit(work, 3, on_result=lambda v: seen.append(("result", v, QThread.currentThread() is gui)),
                      on_progress=lambda v: seen.append(("progress", v, QThread.currentThread() is gui)))
    assert seen == [("progress", 0, True), ("progress", 1, True), ("progress", 2, True), ("result", 6, True)]
    assert workers and workers[0] != threading.get_ident()


def test_errors_reach_on_error(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def broken() -> None:
        raise ValueError("cassé")

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.submit(broken, on_error=errors.append)
    assert isinstance(errors[0], ValueError)
    assert not runner.busy


def test_cancelled_tasks_stay_silent(qtbot: QtBot) -> None:
    runner = TaskRunner()
    results: list[object] = []
    gate = threading.Event()
    task = runner.submit(lambda: gate.wait(5) and "fini", on_result=results.append)
    task.cancel()
    gate.set()
    assert runner.wait(5000)
    assert results == []


@pytest.mark.parametrize("count", [20])
def test_many_tasks(qtbot: QtBot, count: int) -> None:
    runner = TaskRunner(max_threads=3)
    results: list[int] = []
    for i in range(count):
        runner.submit(lambda i=i: i * i, on_result=results.append)
    assert runner.wait(10_000)
    assert sorted(results) == [i * i for i in range(count)]
