"""mypy (with the [tool.mypy] settings of pyproject.toml) finds nothing in the command line, its
French argparse, the smoke test and the temporal engine."""

from __future__ import annotations

from pathlib import Path

import pytest

api = pytest.importorskip("mypy.api")

ROOT = Path(__file__).resolve().parent.parent
FILES = ["desktop/frise/cli.py", "desktop/frise/argparse_fr.py", "desktop/frise/smoke.py", "desktop/frise/temporal",
         "desktop/frise/export/timelinejs.py"]


def test_no_type_errors() -> None:
    out, err, _ = api.run(["--config-file", str(ROOT / "pyproject.toml"), *(str(ROOT / f) for f in FILES)])
    # mypy also reports the modules these import; only these files are checked here.
    ours = [line for line in out.splitlines()
            if any(line.startswith((f, str(ROOT / f))) for f in FILES) and ": error:" in line]
    assert not ours, "\n".join(ours) + err
