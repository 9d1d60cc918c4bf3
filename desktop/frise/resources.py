"""Where Frise's data files live, whether it runs from a checkout, a wheel or a user's override.

The `resources/` folder sits at the repository root, outside the package, so that people can find
and edit it; an installed wheel carries a copy as `frise/_resources`. No Qt here: the domain layers
read their data (the actor gazetteer, for one) through this module.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

ENV_VAR = "FRISE_RESOURCES"


def resource_roots() -> list[Path]:
    """The folders searched, in order: $FRISE_RESOURCES, the installed copy, the checkout."""
    roots: list[Path] = []
    override = os.environ.get(ENV_VAR)
    if override:
        roots.append(Path(override).expanduser())
    installed = files("frise").joinpath("_resources")
    if isinstance(installed, Path):
        roots.append(installed)
    roots.append(Path(__file__).resolve().parents[2] / "resources")
    return roots


def resource_path(*parts: str) -> Path:
    """The first existing `root/parts...` over `resource_roots()`; FileNotFoundError if none has it.

    A root is skipped when it lacks the requested entry, so $FRISE_RESOURCES may hold only the
    files someone wants to replace.
    """
    tried = []
    for root in resource_roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
        tried.append(str(candidate))
    wanted = "/".join(parts)
    raise FileNotFoundError(f"resource {wanted!r} not found; looked in: {', '.join(tried)}")
