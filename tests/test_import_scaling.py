"""Importing a text four times longer takes about four times as long, not sixteen.

Merging used to weigh every new statement against every statement near its date, and the
statements of one article pile up on the same days: a news paragraph repeated 400 times took
9.6 times as long as the same paragraph 100 times. The check is a ratio with a wide margin (7x
for 4x the text, best of three runs each), never an absolute time.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from frise.ingest import load_text
from frise.library import Library
from frise.store import Store

PARAGRAPH = (
    "Le 4 mai 2017, la Russie, l'Iran et la Turquie ont signé à Astana un mémorandum sur la création de "
    "zones de désescalade en Syrie. Début mai, les délégations s'étaient réunies pour préparer le texte, "
    "selon l'agence Reuters. Le 6 mai, le cessez-le-feu est entré en vigueur dans la province d'Idleb, "
    "mais des combats ont été signalés le lendemain près de Hama. Fin juin 2017, une nouvelle rencontre "
    "est prévue à Genève sur la reconstruction de la Syrie.\n"
)


def import_seconds(tmp_path: Path, paragraphs: int, run: int, paragraph: str = PARAGRAPH) -> float:
    article = replace(load_text("Syrie : le mémorandum d'Astana\n\n" + paragraph * paragraphs, name="texte"),
                      published="2017-07-01", precision="day")
    with Store.open(tmp_path / f"t_{paragraphs}_{run}_{len(paragraph)}.frise") as store:
        library = Library(store)
        began = time.perf_counter()
        outcome = library.import_article(article)
        elapsed = time.perf_counter() - began
        assert outcome.status == "imported" and outcome.statements >= 5 * paragraphs
        return elapsed


@pytest.mark.parametrize("paragraph", [PARAGRAPH, PARAGRAPH.replace("\n", " ")], ids=["lines", "one line"])
def test_a_text_four_times_longer_takes_about_four_times_as_long(tmp_path: Path, paragraph: str) -> None:
    # « one line »: a text without a line break, where a search for the line of each date ran
    # back to the text's start (a caption test once did, quadratic on a 10 MB text).
    import_seconds(tmp_path, 10, -1, paragraph)  # warm the caches and the engine
    short = min(import_seconds(tmp_path, 100, run, paragraph) for run in range(3))
    long = min(import_seconds(tmp_path, 400, run, paragraph) for run in range(3))
    assert long < 7 * short, f"{long:.2f} s for 4x the text of {short:.2f} s ({long / short:.1f}x)"
