"""A Qt application for exports started from the command line, which has no window.

QPdfWriter and QFont need a QGuiApplication. The window has one already; `frise-cli export`
does not, and may run where there is no display (a server, a CI job), so it gets one on the
offscreen platform unless the caller chose another.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

_APP: list[QGuiApplication] = []


def ensure_gui_application() -> QCoreApplication:
    """The running application, creating an offscreen QGuiApplication if there is none."""
    app = QCoreApplication.instance()
    if app is not None:
        if not isinstance(app, QGuiApplication):
            raise RuntimeError("PDF export needs a QGuiApplication, not a QCoreApplication")
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _APP.append(QGuiApplication(["frise-cli"]))
    return _APP[0]
