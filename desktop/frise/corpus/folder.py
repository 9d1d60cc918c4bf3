"""What a dataset folder written by `corpus extract` holds, told without pyarrow or Dask.

`frise-cli corpus load` and the window's « Ouvrir un jeu de données… » ask this before anything
heavy is imported: whether the folder is a dataset at all, whether its extraction was finished
(merged), and what its summary counts; and which slice of it to load (`Slice`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

DONE = "done"
"""The partitions' markers (`frise.corpus.extract.done_path`): a folder without them is no dataset."""
MERGED = "merged.json"
"""Written last, with the run's summary: the dataset is complete and merged."""


@dataclass(frozen=True, slots=True)
class DatasetInfo:
    """A dataset's own summary (`merged.json`); None where it does not say."""

    articles: int | None = None
    statements: int | None = None
    events: int | None = None


NOT_A_DATASET = "not_a_dataset"
UNMERGED = "unmerged"
PROBLEMS = {
    NOT_A_DATASET: "pas un jeu de données écrit par « corpus extract »",
    UNMERGED: "extraction inachevée (pas encore fusionnée) ; relancez « corpus extract » avec les mêmes "
              "sources, il reprendra où il s'est arrêté",
}
"""What each problem means, in French (the window says the same through its translations)."""


def problem(folder: str | Path) -> str | None:
    """Why `folder` cannot be loaded (a key of `PROBLEMS`), or None when it can."""
    root = Path(folder)
    if not (root / DONE).is_dir():
        return NOT_A_DATASET
    if not (root / MERGED).is_file():
        return UNMERGED
    return None


def info(folder: str | Path) -> DatasetInfo:
    """The counts `merged.json` gives (none when it cannot be read)."""
    try:
        summary = json.loads((Path(folder) / MERGED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return DatasetInfo()
    if not isinstance(summary, dict):
        return DatasetInfo()

    def count(name: str) -> int | None:
        value = summary.get(name)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    return DatasetInfo(count("articles"), count("statements"), count("events"))


@dataclass(frozen=True, slots=True)
class Slice:
    """Which part of the dataset to load; every field None (or empty) loads all of it."""

    start: date | None = None
    end: date | None = None
    actors: tuple[str, ...] = ()
    """Actor keys (`country:RU`); an event naming any of them is kept."""
    search: str | None = None

    @property
    def whole(self) -> bool:
        return self.start is None and self.end is None and not self.actors and not self.search
