"""`frise`: the desktop entry point. It parses arguments, starts Qt in the interface's language
(French, or English; see `setup_application`) and opens the window.

    frise [ARTICLE ...] [--db PATH]        open the window (and import the articles given)
    frise --screenshot OUT.png [--db PATH] render the window offscreen into a PNG, then exit
    frise TIMELINE.frise                   open that timeline (what double-clicking one runs)
    frise --smoke-test                     open offscreen, import the seeds, export a PDF, exit 0

The timeline is PATH.frise, else `--db`, else $FRISE_DB, else `chronologie.frise` in the user data directory.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from frise import __version__

if TYPE_CHECKING:
    from frise.ui.settings import Settings

ORGANISATION = "Frise"
TIMELINE_SUFFIX = ".frise"
APPLICATION = "Frise"

log = logging.getLogger("frise.app")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    from frise.argparse_fr import FrenchArgumentParser  # help, usage and errors in French, as in frise-cli

    parser = FrenchArgumentParser(
        prog="frise", description="Frise : chronologie diplomatique tirée d'articles de presse en français.")
    parser.add_argument("articles", nargs="*", metavar="ARTICLE",
                        help="articles ou dossiers à importer à l'ouverture, ou une chronologie .frise à ouvrir")
    parser.add_argument("--db", metavar="CHEMIN",
                        help="base de données à ouvrir (défaut : $FRISE_DB ou le dossier de l'utilisateur)")
    parser.add_argument("--screenshot", metavar="IMAGE.png",
                        help="enregistrer une capture de la fenêtre (hors écran) puis quitter")
    parser.add_argument("--size", metavar="LxH", default="1600x960",
                        help="taille de la fenêtre pour --screenshot (largeur x hauteur)")
    parser.add_argument("--select", type=int, metavar="N", help="événement à sélectionner pour --screenshot")
    parser.add_argument("--visible", metavar="DEBUT:FIN",
                        help="période montrée par la frise pour --screenshot (AAAA-MM-JJ:AAAA-MM-JJ)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="vérifier l'installation : fenêtre hors écran, articles d'exemple, export PDF")
    parser.add_argument("--version", action="version", version=f"frise {__version__}",
                        help="afficher la version de Frise et quitter")
    args = parser.parse_args(argv)
    args.timeline = next((a for a in args.articles if a.lower().endswith(TIMELINE_SUFFIX)), None)
    args.articles = [a for a in args.articles if a != args.timeline]
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.screenshot or args.smoke_test:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    else:  # (a screenshot or a smoke test leaves nothing in the user's folders, and has a terminal)
        start_logging()

    from PySide6.QtWidgets import QApplication

    if args.screenshot or args.smoke_test:
        _quiet_offscreen_warnings()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "frise"])
    assert isinstance(app, QApplication)
    language = ""
    if not (args.screenshot or args.smoke_test):  # (those leave the user's settings alone)
        from frise.ui import settings as keys
        from frise.ui.settings import Settings

        name_application()
        language = Settings().get(keys.LANGUAGE)
    setup_application(app, language)
    if args.smoke_test:
        from frise.smoke import run

        return run()

    from frise.store import StoreError
    from frise.ui.main_window import MainWindow
    from frise.ui.session import Session
    from frise.ui.settings import Settings

    settings = Settings.in_memory() if args.screenshot else Settings()
    try:
        session = Session(args.timeline or args.db or _default_db(settings))
    except StoreError as error:
        return _refuse(error, headless=bool(args.screenshot))

    window = MainWindow(session, settings)
    if args.screenshot:
        return _screenshot(window, Path(args.screenshot), args.size, args.select, args.visible)
    from frise import logs

    logs.install_hooks(window.failures.uncaught)  # an exception in a slot is said in the window too
    window.show()
    window.start()
    if args.articles:
        window.importer.import_paths(args.articles)
    _close_on_interrupt(window)
    status = app.exec()
    session.close()
    return status


def start_logging() -> Path | None:
    """The journal of the desktop application (`frise.logs`): records, uncaught exceptions and
    Qt's warnings go to the user's log folder, and warnings to stderr as before. Returns the file."""
    import PySide6

    from frise import logs

    path = logs.setup(console=True)
    logs.install_hooks()
    log_qt_messages()
    log.info("Frise %s started (Python %s, PySide6 %s, %s)", __version__, platform.python_version(),
             PySide6.__version__, platform.platform())
    return path


def log_qt_messages() -> object:
    """Send Qt's messages to the log instead of stderr, at their level; returns the handler
    installed before (tests put it back)."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}
    qt_log = logging.getLogger("frise.qt")

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" in message:  # (see _quiet_offscreen_warnings)
            return
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    return qInstallMessageHandler(handler)


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns that it "does not support propagateSizeHints()" for every
    window shown, which is true and harmless; keep the terminal for messages that matter."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


LANGUAGES = ("fr", "en")
"""The interface's languages: French, the source, and English."""


def choose_language(setting: str, system: object | None = None) -> str:
    """The language to speak: the one chosen in the menu (`setting`), else the system's
    (`QLocale.system()`): French for a French system, and for one that names no language
    (the "C" locale of a bare terminal or CI), English for any other."""
    from PySide6.QtCore import QLocale

    if setting in LANGUAGES:
        return setting
    locale = system if isinstance(system, QLocale) else QLocale.system()
    return "fr" if locale.language() in (QLocale.Language.French, QLocale.Language.C,
                                          QLocale.Language.AnyLanguage) else "en"


def name_application() -> None:
    """The names QSettings files itself under (set before any setting is read)."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)


def setup_application(app: object, language: str = "") -> list[object]:
    """The interface's language and translations, our style sheet, names QSettings files itself
    under. `language` is "fr", "en", or "" for the system's (`choose_language`): Frise's own
    translation (resources/translations/frise_LANG.qm, none for French, the source language)
    and Qt's (qtbase_LANG, so that standard dialogs speak it too) are installed, and the default
    locale follows, for the dates.

    Returns the translators installed (tests remove them again)."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from frise.resources import resource_path

    assert isinstance(app, QApplication)
    name_application()
    chosen = choose_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France) if chosen == "fr"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    translators = []
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(), "qtbase", "_", qt_translations):
        translators.append(qt_own)
    if chosen == "fr":
        from frise.ui.qt_french import QtFrenchGaps

        translators.append(QtFrenchGaps(app))
    from frise.ui.qt_french import fit_file_dialogs

    fit_file_dialogs(app)
    ours = QTranslator(app)
    try:
        folder = str(resource_path("translations"))
    except FileNotFoundError:
        folder = ""
    if chosen != "fr" and folder and ours.load(QLocale(), "frise", "_", folder):
        translators.append(ours)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    app.setStyle("Fusion")
    try:
        app.setStyleSheet(resource_path("styles", "frise.qss").read_text(encoding="utf-8"))
    except FileNotFoundError:
        pass
    return list(translators)


def _close_on_interrupt(window: object) -> None:
    """Ctrl+C in the terminal closes the window as its close button would (saving its state).
    Python only sees the signal when it runs, hence the idle timer."""
    import signal

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    signal.signal(signal.SIGINT, lambda *_: window.close())
    signal.signal(signal.SIGTERM, lambda *_: window.close())
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: None)
    ticker.start(250)


def _default_db(settings: Settings | None = None) -> Path:
    """$FRISE_DB, else the timeline opened last (if it still exists), else the default one."""
    from frise.store import ENV_VAR, default_path
    from frise.ui.timeline_files import recent_timelines

    if settings is not None and not os.environ.get(ENV_VAR):
        recent = recent_timelines(settings)
        if recent:
            return recent[0]
    return default_path()


def _screenshot(window: object, out: Path, size: str, select: int | None, visible: str | None) -> int:
    """Open the window offscreen at `size`, let it load, select an event, save a PNG."""
    from datetime import date

    from PySide6.QtCore import QCoreApplication

    from frise.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    width, _, height = size.partition("x")
    window.resize(int(width), int(height))
    window.show()
    window.start()
    window.wait_idle()
    window.wait_idle()
    chosen = select if select is not None else _showcase_event(window)
    if chosen is not None:
        window.select_event(chosen)
    for _ in range(5):
        QCoreApplication.processEvents()
    if visible:
        first, _, last = visible.partition(":")
        window.timeline.set_visible_range(date.fromisoformat(first), date.fromisoformat(last))
    else:
        window.open_on_densest_period()  # what a first opening shows
    window.chronology.center_selected()
    for _ in range(5):
        QCoreApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    saved = window.grab().save(str(out), "PNG")
    window.session.close()
    if not saved:
        print(f"frise: impossible d'écrire {out}", file=sys.stderr)
        return 1
    print(out)
    return 0


def _showcase_event(window: object) -> int | None:
    """The event a picture should show: the best-sourced dated one, earliest first."""
    from frise.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    selection = window.session.selection
    best = max(selection.dated, key=lambda row: (row.source_count, len(row.actors), -row.id), default=None)
    return best.id if best is not None else None


def _refuse(error: Exception, headless: bool) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    french = getattr(error, "french", str(error))
    path = getattr(error, "path", "")
    if headless:
        print(f"frise: {path}: {french}", file=sys.stderr)
    else:
        log.error("cannot open the database %s: %s", path, french)
        message = QCoreApplication.translate("App", "Impossible d'ouvrir la base de données\n{path}\n\n{reason}")
        QMessageBox.critical(None, "Frise", message.format(path=path, reason=french))
    return 1


if __name__ == "__main__":
    sys.exit(main())
