"""A timeline that cannot be written (read-only file system, folder or file) opens read-only:
`frise-cli events` and `articles` list it, and every write says in French that it is read-only.
Before, the file could not even be listed (SQLite failed creating the WAL beside it).

The children see the timeline's folder read-only: as root (CI), through a read-only bind mount
in a mount namespace of their own (`unshare -m`), since root writes through file modes; as
another user, through the modes themselves."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from frise.store import Store
from tests.ui_support import seeded_db

CLI = [sys.executable, "-m", "frise.cli"]


def _can_mount_read_only() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount --bind / /mnt && mount -o remount,bind,ro /mnt"],
                           capture_output=True)
    return probe.returncode == 0


ROOT_MOUNTS = _can_mount_read_only()


@pytest.fixture
def folder(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding one timeline, closed cleanly (its WAL folded back into the file)."""
    home = tmp_path / "archive"
    home.mkdir()
    path = seeded_db(home, tmp_path_factory.getbasetemp())
    Store.open(path).close()
    assert not Path(f"{path}-wal").exists()
    return home


def run_read_only(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`frise-cli --db FOLDER/seeded.sqlite ARGS` with FOLDER read-only."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    command = [*CLI, "--db", str(folder / "seeded.sqlite"), *args]
    if ROOT_MOUNTS:
        script = (f"mount --bind {shlex.quote(str(folder))} {shlex.quote(str(folder))} && "
                  f"mount -o remount,bind,ro {shlex.quote(str(folder))} && exec {shlex.join(command)}")
        return subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, env=env,
                              timeout=120)
    if os.geteuid() == 0:
        pytest.skip("as root without unshare -m, nothing here is read-only to the process")
    os.chmod(folder / "seeded.sqlite", 0o444)
    os.chmod(folder, 0o555)
    try:
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    finally:
        os.chmod(folder, 0o755)
        os.chmod(folder / "seeded.sqlite", 0o644)


def test_a_read_only_timeline_is_listed(folder: Path) -> None:
    listed = run_read_only(folder, "events", "--json")
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) > 5
    articles = run_read_only(folder, "articles", "--json")
    assert articles.returncode == 0 and len(json.loads(articles.stdout)) == 3


def test_writing_a_read_only_timeline_says_so(folder: Path, seeds_dir: Path) -> None:
    before = (folder / "seeded.sqlite").read_bytes()
    for args in (["set-date", "1", "5 mai 2017"], ["reextract"]):
        result = run_read_only(folder, *args)
        assert result.returncode != 0
        assert "lecture seule" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert (folder / "seeded.sqlite").read_bytes() == before


def test_a_store_on_a_writable_file_is_not_read_only(folder: Path) -> None:
    with Store.open(folder / "seeded.sqlite") as store:
        assert not store.read_only
