"""Where the sample articles are: `frise/_seeds` in an installed package, `seeds/` in a checkout."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def seeds_dir() -> Path | None:
    """The folder of seed articles, or None when neither copy exists (then the first run simply
    opens an empty window)."""
    installed = files("frise").joinpath("_seeds")
    candidates = [installed] if isinstance(installed, Path) else []
    candidates.append(Path(__file__).resolve().parents[3] / "seeds")
    for candidate in candidates:
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    return None
