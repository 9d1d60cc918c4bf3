"""`frise-cli install-desktop`: put Frise in the user's application menu on Linux.

Three files go under $XDG_DATA_HOME (default ~/.local/share), as the freedesktop specifications
ask: the menu entry `applications/frise.desktop` (its Exec pointing at this very installation),
the icon `icons/hicolor/scalable/apps/frise.svg`, and the MIME type `application/x-frise`
(`mime/packages/frise.xml`) so that double-clicking a `.frise` timeline opens it in Frise. The
desktop's caches are then refreshed with the usual tools when they are installed; when they are
not, the files are still right and the desktop picks them up at its next scan. No Qt here.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from frise.resources import resource_path

DESKTOP_ID = "frise.desktop"
MIME_TYPE = "application/x-frise"
CACHE_TOOLS = ("update-desktop-database", "update-mime-database", "gtk-update-icon-cache")


@dataclass(slots=True)
class Installed:
    """What `install()` wrote and what it managed to refresh."""

    desktop_file: Path
    icon: Path
    mime_package: Path
    ran: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def data_home() -> Path:
    configured = os.environ.get("XDG_DATA_HOME")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".local" / "share"


def launch_command() -> str:
    """How the menu entry starts this installation: the bundle's executable, the `frise` script
    next to this interpreter, `frise` on PATH, or `python -m frise` as the last resort."""
    if getattr(sys, "frozen", False):
        return _quote(Path(sys.executable).resolve())
    beside = Path(sys.executable).parent / "frise"
    if beside.is_file() and os.access(beside, os.X_OK):
        return _quote(beside)
    found = shutil.which("frise")
    if found:
        return _quote(Path(found).resolve())
    return f"{_quote(Path(sys.executable))} -m frise"


def _quote(path: Path) -> str:
    """Quote for a desktop entry's Exec key: its rules are close to the shell's double quotes."""
    text = str(path)
    if all(c.isalnum() or c in "/._-+" for c in text):
        return text
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


def desktop_entry(command: str) -> str:
    """The shipped entry with Exec (and TryExec) set to `command`."""
    lines = []
    program = shlex.split(command)[0] if command else "frise"
    for line in resource_path("frise.desktop").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={command} %f"
        elif line.startswith("TryExec="):
            line = f"TryExec={program}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(target: Path | None = None, *, refresh: bool = True, command: str | None = None) -> Installed:
    """Write the entry, the icon and the MIME type under `target` (default: $XDG_DATA_HOME)."""
    root = target if target is not None else data_home()
    applications = root / "applications"
    icons = root / "icons" / "hicolor" / "scalable" / "apps"
    mime_packages = root / "mime" / "packages"
    for folder in (applications, icons, mime_packages):
        folder.mkdir(parents=True, exist_ok=True)
    result = Installed(applications / DESKTOP_ID, icons / "frise.svg", mime_packages / "frise.xml")
    result.desktop_file.write_text(desktop_entry(command or launch_command()), encoding="utf-8")
    shutil.copyfile(resource_path("icons", "frise.svg"), result.icon)
    shutil.copyfile(resource_path("mime", "frise.xml"), result.mime_package)
    if refresh:
        _run(result, "update-desktop-database", [str(applications)])
        _run(result, "update-mime-database", [str(root / "mime")])
        theme = root / "icons" / "hicolor"
        if not (theme / "index.theme").exists():
            _copy_theme_index(theme)
        _run(result, "gtk-update-icon-cache", ["--force", "--quiet", "--ignore-theme-index", str(theme)])
    return result


def _copy_theme_index(theme: Path) -> None:
    """gtk-update-icon-cache wants the theme's index; the system's hicolor one is the right one."""
    system = Path("/usr/share/icons/hicolor/index.theme")
    if system.is_file():
        shutil.copyfile(system, theme / "index.theme")


def _run(result: Installed, tool: str, arguments: list[str]) -> None:
    executable = shutil.which(tool)
    if executable is None:
        result.missing.append(tool)
        return
    try:
        completed = subprocess.run([executable, *arguments], capture_output=True, text=True, timeout=120,
                                   check=False)
    except (OSError, subprocess.TimeoutExpired):
        result.failed.append(tool)
        return
    (result.ran if completed.returncode == 0 else result.failed).append(tool)
