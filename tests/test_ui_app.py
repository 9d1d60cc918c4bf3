"""The `frise` entry point: French translations, arguments, and the offscreen screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from frise.app import parse_args, setup_application
from tests.ui_support import ROOT, seeded_db


def test_standard_dialogs_speak_french(qapp: QApplication) -> None:
    locale = QLocale()
    style = qapp.style().name()
    translators = setup_application(qapp)
    try:
        assert translators, "qtbase_fr was not found"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        dialog = QFileDialog(None, "Ouvrir", str(ROOT), "Articles (*.txt)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own dialog, as without a desktop
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert labels == ["&Regarder dans\u00a0:", "&Nom de fichier\u00a0:", "Fichiers de &type\u00a0:"]
        dialog.deleteLater()
        assert QLocale().language() == QLocale.Language.French
        assert "QMainWindow" in qapp.styleSheet()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)  # type: ignore[arg-type]
        qapp.setStyleSheet("")
        qapp.setStyle(style)
        QLocale.setDefault(locale)


def test_arguments() -> None:
    args = parse_args(["a.txt", "dossier", "--db", "x.sqlite", "--screenshot", "out.png"])
    assert args.articles == ["a.txt", "dossier"] and args.db == "x.sqlite" and args.screenshot == "out.png"


def test_screenshot_writes_a_png_without_a_display(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    db = seeded_db(tmp_path, tmp_path_factory.getbasetemp())
    out = tmp_path / "capture" / "fenetre.png"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "desktop"), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-m", "frise.app", "--screenshot", str(out), "--db", str(db), "--size", "1280x800"],
        env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert len({image.pixel(x, y) for x in range(0, 1280, 40) for y in range(0, 800, 40)}) > 20


def test_a_damaged_database_is_refused_with_a_reason(tmp_path: Path) -> None:
    bad = tmp_path / "abime.sqlite"
    bad.write_bytes(b"ceci n'est pas une base" * 100)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [sys.executable, "-m", "frise.app", "--screenshot", str(tmp_path / "x.png"), "--db", str(bad)],
        env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1
    assert "SQLite" in done.stderr


def test_the_file_dialog_names_folders_in_french_and_shows_sizes_whole(qapp: QApplication, tmp_path: Path) -> None:
    """« Folder » showed in English and the size column cut « 10.25 KiB » to « 10....KiB »."""
    from PySide6.QtWidgets import QFileSystemModel, QTreeView

    from frise.ui.qt_french import fit_file_dialog

    (tmp_path / "dossier").mkdir()
    (tmp_path / "article.txt").write_bytes(b"x" * 10_500)
    locale = QLocale()
    style = qapp.style().name()
    translators = setup_application(qapp)
    try:
        dialog = QFileDialog(None, "Ouvrir", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.show()
        model = dialog.findChild(QFileSystemModel)
        root = model.index(str(tmp_path))
        for _ in range(200):
            QCoreApplication.processEvents()
            if model.rowCount(root) == 2 and model.data(model.index(0, 1, root)) is not None:
                break
        rows = {model.data(model.index(r, 0, root)): r for r in range(model.rowCount(root))}
        assert model.data(model.index(rows["dossier"], 2, root)) == "Dossier"
        fit_file_dialog(dialog)
        tree = dialog.findChild(QTreeView, "treeView")
        size = model.data(model.index(rows["article.txt"], 1, root))
        assert tree.columnWidth(1) >= tree.fontMetrics().horizontalAdvance(size) + 12
        dialog.close()
        dialog.deleteLater()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)  # type: ignore[arg-type]
        qapp.setStyleSheet("")
        qapp.setStyle(style)
        QLocale.setDefault(locale)
