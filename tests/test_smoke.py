"""`frise --smoke-test` from the installed package: window offscreen, seeds, PDF, exit 0."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def _clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "FRISE_DB", "PYTHONPATH")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    return env


@pytest.mark.parametrize("how", ["module", "script"])
def test_smoke_test_passes(tmp_path: Path, how: str) -> None:
    if how == "module":
        command = [sys.executable, "-m", "frise", "--smoke-test"]
    else:
        script = Path(sys.executable).parent / "frise"
        found = str(script) if script.exists() else shutil.which("frise")
        if found is None:
            pytest.skip("the `frise` console script is not installed")
        command = [found, "--smoke-test"]
    done = subprocess.run(command, env=_clean_env(tmp_path), capture_output=True, text=True, timeout=300,
                          check=False, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "frise --smoke-test: OK" in done.stdout
    assert "événements" in done.stdout and "PDF" in done.stdout
    # nothing left behind in the user's folders
    assert not (tmp_path / "data").exists()


def test_a_failing_smoke_test_exits_non_zero(tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    env["FRISE_RESOURCES"] = str(tmp_path)
    code = ("import sys, frise.ui.seeds as s; s.seeds_dir = lambda: None; "
            "from frise.app import main; sys.exit(main(['--smoke-test']))")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300,
                          check=False, cwd=tmp_path)
    assert done.returncode == 1 and "ÉCHEC" in done.stderr and "seeds" in done.stderr
