"""Where Frise's data files live, whether it runs from a checkout, a wheel or a user's override.

The `resources/` folder sits at the repository root, outside the package, so that people can find
and edit it; an installed wheel carries a copy as `frise/_resources`. No Qt here: the domain layers
read their data (the actor gazetteer, for one) through this module.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
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


def read_table(path: Path, columns: Sequence[str]) -> Iterator[dict[str, str]]:
    """The rows of a TSV data file as {column: cell}: UTF-8, cells separated by one tab, `#` lines
    and blank lines skipped, the first other line a header naming some of `columns` (the first of
    them required); missing trailing cells are empty. ValueError names the file and line."""
    header: list[str] | None = None
    with open(path, encoding="utf-8-sig") as stream:
        for number, line in enumerate(stream, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [cell.strip() for cell in line.split("\t")]
            if header is None:
                header = [cell.lower() for cell in cells]
                if columns[0] not in header or any(c not in columns for c in header):
                    raise ValueError(f"{path}:{number}: the header must name {columns[0]!r} and only "
                                     f"these columns: {', '.join(columns)}; got {cells!r}")
                continue
            if len(cells) > len(header):
                raise ValueError(f"{path}:{number}: {len(cells)} cells for {len(header)} columns")
            row = dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))
            yield {column: row.get(column, "") for column in columns}
