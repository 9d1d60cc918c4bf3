"""`frise-cli install-desktop`: a valid menu entry, the icon in hicolor, the .frise MIME type."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from frise.cli import main as cli_main
from frise.desktop_integration import MIME_TYPE, desktop_entry, install
from frise.resources import resource_path

VALIDATOR = shutil.which("desktop-file-validate")


def _entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line and not line.startswith("#"))


@pytest.mark.skipif(VALIDATOR is None, reason="desktop-file-validate is not installed (desktop-file-utils)")
def test_the_shipped_entry_is_valid() -> None:
    done = subprocess.run([str(VALIDATOR), str(resource_path("frise.desktop"))], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_shipped_files_say_what_the_desktop_needs() -> None:
    entry = _entry(resource_path("frise.desktop"))
    assert entry["Name"] == "Frise" and entry["Icon"] == "frise" and entry["Type"] == "Application"
    assert entry["Exec"] == "frise %f" and entry["Terminal"] == "false"
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert "GenericName[fr]" in entry and "Comment[fr]" in entry and "Comment" in entry
    svg = ET.parse(resource_path("icons", "frise.svg")).getroot()
    assert svg.tag.endswith("svg") and svg.get("viewBox")
    mime = ET.parse(resource_path("mime", "frise.xml")).getroot()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    kind = mime.find(f"{ns}mime-type")
    assert kind is not None and kind.get("type") == MIME_TYPE
    assert [glob.get("pattern") for glob in kind.findall(f"{ns}glob")] == ["*.frise"]


def test_install_desktop_into_a_temporary_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "data home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    assert cli_main(["install-desktop"]) == 0
    printed = capsys.readouterr().out
    desktop = home / "applications" / "frise.desktop"
    icon = home / "icons" / "hicolor" / "scalable" / "apps" / "frise.svg"
    package = home / "mime" / "packages" / "frise.xml"
    for path in (desktop, icon, package):
        assert path.is_file(), printed
    assert str(desktop) in printed
    assert icon.read_bytes() == resource_path("icons", "frise.svg").read_bytes()

    entry = _entry(desktop)
    assert entry["Exec"].endswith(" %f") and entry["Exec"] != "frise %f"
    program = entry["Exec"].rsplit(" %f", 1)[0].split(" -m ")[0].strip('"')
    assert Path(program).is_absolute() and os.access(program, os.X_OK)
    assert entry["MimeType"] == f"{MIME_TYPE};"
    if VALIDATOR is not None:
        done = subprocess.run([VALIDATOR, str(desktop)], capture_output=True, text=True, check=False)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    if shutil.which("update-mime-database"):
        # the MIME database was rebuilt: *.frise is known and named
        globs = (home / "mime" / "globs2").read_text(encoding="utf-8")
        assert f"{MIME_TYPE}:*.frise" in globs
        assert (home / "mime" / "application" / "x-frise.xml").is_file()
    if shutil.which("update-desktop-database"):
        cache = (home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        assert f"{MIME_TYPE}=frise.desktop;" in cache


def test_install_without_the_cache_tools_still_writes_the_files(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    done = install(tmp_path / "share", command="/opt/frise/Frise")
    assert done.desktop_file.is_file() and done.icon.is_file() and done.mime_package.is_file()
    assert set(done.missing) == {"update-desktop-database", "update-mime-database", "gtk-update-icon-cache"}
    assert "Exec=/opt/frise/Frise %f" in done.desktop_file.read_text(encoding="utf-8")


def test_an_exec_path_with_spaces_is_quoted() -> None:
    text = desktop_entry('"/home/moi/mes apps/frise"')
    assert 'Exec="/home/moi/mes apps/frise" %f' in text
    assert "TryExec=/home/moi/mes apps/frise" in text


def test_python_m_frise_starts_the_app_entry_point() -> None:
    done = subprocess.run([sys.executable, "-m", "frise", "--version"], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0 and done.stdout.startswith("frise ")
