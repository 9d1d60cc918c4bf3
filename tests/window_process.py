"""The real window in a process of its own, driven line by line, for tests that run it beside
`frise-cli` on one timeline.

    python -m tests.window_process TIMELINE.frise

It builds the window as `frise TIMELINE.frise` does (same `setup_application`, `Session`,
`MainWindow`), offscreen and with settings in memory, prints `{"ready": ...}` once the timeline
is shown, then answers one JSON command a line on stdin with one JSON line on stdout:

    {"do": "review", "count": 50, "pause_ms": 40}   toggle « vérifié » through the Edit menu's
                                                    command, on ten events in turn
    {"do": "import", "paths": [...]}                import through the window's import controller
    {"do": "export", "path": "out.pdf"}             export the PDF as Fichier > Exporter does
    {"do": "idle", "ms": 3000}                      let the window run alone for a while
    {"do": "browse", "folder": "..."}               open Fichier > Importer des articles… on a
                                                    folder for a moment, then cancel it
    {"do": "quit"}

Dialogs the window opens to report a failure are read (title and text) and listed in each reply
under "messages", then closed: a test asserts there are none. The static QMessageBox functions,
which would wait for a click no one gives, and the export's file dialog are the only things
replaced: they record what they would have shown, and answer as the user would.
"""

from __future__ import annotations

import json
import queue
import sys
import threading
import time
from pathlib import Path
from typing import Any


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    from frise.app import _quiet_offscreen_warnings, setup_application
    from frise.ui import file_dialogs
    from frise.ui import settings as keys
    from frise.ui.main_window import MainWindow
    from frise.ui.session import Session
    from frise.ui.settings import Settings

    _quiet_offscreen_warnings()
    app = QApplication([sys.argv[0]])
    setup_application(app)
    settings = Settings.in_memory()
    settings.set(keys.FIRST_RUN, False)
    session = Session(Path(argv[0]))
    window = MainWindow(session, settings)
    window.resize(1400, 900)
    window.show()
    window.start()
    window.wait_idle()

    shown: list[str] = []

    def record(_parent: object, title: str, text: str, *_args: object, **_kwargs: object) -> int:
        shown.append(f"{title}: {text}")
        return int(QMessageBox.StandardButton.Ok.value)

    for name in ("warning", "critical", "information", "question"):
        setattr(QMessageBox, name, staticmethod(record))

    def messages() -> list[str]:
        found, shown[:] = list(shown), []
        for box in window.findChildren(QMessageBox):
            if box.isVisible():
                found.append(f"{box.windowTitle()}: {box.text()}")
                box.close()
        return found

    def reply(payload: dict[str, Any]) -> None:
        payload["messages"] = messages()
        print(json.dumps(payload, ensure_ascii=False), flush=True)

    def review(count: int, pause_ms: int) -> dict[str, Any]:
        """Toggle « vérifié » `count` times, on the first ten events in turn."""
        done, refused, times = [], 0, []
        for number in range(count):
            # The first ten events as the window shows them now: an import beside it may have
            # re-dated or merged one chosen earlier (an undated article takes another year once
            # the collection grows), and a correction is made on what the analyst sees.
            ids = [row.id for row in window.session.selection.dated][:10]
            event_id = ids[number % len(ids)]
            window.select_event(event_id)
            if window.corrections.toggle_review():
                done.append(event_id)
                times.append(time.time())
            else:
                refused += 1
            deadline = time.monotonic() + pause_ms / 1000
            while time.monotonic() < deadline:
                app.processEvents()
        window.wait_idle()
        return {"done": done, "refused": refused, "first": min(times, default=0), "last": max(times, default=0)}

    def run(command: dict[str, Any]) -> bool:
        kind = command.get("do")
        if kind == "review":
            reply(review(int(command.get("count", 1)), int(command.get("pause_ms", 0))))
        elif kind == "import":
            window.importer.import_paths(command["paths"])
            window.wait_idle()
            window.wait_idle()
            reply({"events": len(window.session.selection.dated)})
        elif kind == "export":
            from frise.export.options import PdfOptions

            file_dialogs.get_save_file_name = lambda *_a, **_k: (command["path"], "")
            window.exports._export("pdf", PdfOptions(collection_name="test"), None)
            window.exports.wait()
            app.processEvents()
            error = window.exports.last_error
            reply({"error": repr(error) if error else None, "exists": Path(command["path"]).is_file()})
        elif kind == "idle":
            # Nothing asked of the window for `ms`: only its own timers run.
            deadline = time.monotonic() + int(command.get("ms", 1000)) / 1000
            while time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)
            window.wait_idle()
            reply({"events": len(window.session.selection.dated), "status": window.statusBar().currentMessage()})
        elif kind == "browse":
            # Fichier > Importer des articles…, opened on `folder`, left open a moment, cancelled.
            def cancel() -> None:
                for widget in app.topLevelWidgets():
                    if isinstance(widget, QFileDialog) and widget.isVisible():
                        widget.reject()

            settings.set(keys.IMPORT_DIR, command["folder"])
            QTimer.singleShot(int(command.get("ms", 1500)), cancel)
            window.feedback.choose_files()
            reply({"browsed": True})
        elif kind == "quit":
            reply({"bye": True})
            return False
        else:
            reply({"error": f"unknown command {kind!r}"})
        return True

    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in sys.stdin], daemon=True).start()

    def poll() -> None:
        while True:
            try:
                line = lines.get_nowait()
            except queue.Empty:
                return
            if line.strip() and not run(json.loads(line)):
                window.close()
                app.quit()
                return

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    reply({"ready": True, "events": len(window.session.selection.dated)})
    status = app.exec()
    session.close()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
