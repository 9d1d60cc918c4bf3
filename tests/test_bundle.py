"""The standalone PyInstaller bundle: build it from packaging/frise.spec, run its smoke test on a
machine without Python as far as we can fake one (no PYTHONPATH, no venv on PATH, a fresh HOME)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "frise.spec"


@pytest.mark.slow
def test_the_bundle_builds_and_passes_its_smoke_test(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller", reason="pip install pyinstaller (the test extra has it)")
    dist, work = tmp_path / "dist", tmp_path / "work"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False)
    assert build.returncode == 0, build.stdout[-5000:] + build.stderr[-5000:]
    executable = dist / "Frise" / "Frise"
    assert executable.is_file() and os.access(executable, os.X_OK)
    assert (dist / "Frise" / "_internal" / "frise" / "_resources" / "frise.desktop").is_file()
    assert any((dist / "Frise" / "_internal" / "frise" / "_seeds").glob("*.txt"))

    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([str(executable), "--smoke-test"], env=env, cwd=home, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "frise --smoke-test: OK" in done.stdout
    shutil.rmtree(work, ignore_errors=True)
