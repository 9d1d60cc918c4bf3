"""Source lane names shortened in the lane column keep their day whole and their « · »."""

from __future__ import annotations

import pytest

from frise.render.paint_frame import lane_label
from frise.render.scene import SOURCE_GUTTER
from frise.render.style import Style


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("La Gazette des Nations · 14 avril 2021", " · 14 avril 2021"),
        ("Le Quotidien diplomatique · 7 avril 2021", " · 7 avril 2021"),
        ("Courrier international des Balkans · 5 juillet 2017 · 2", " · 5 juillet 2017 · 2"),
    ],
)
def test_a_source_lane_keeps_its_day_and_shortens_its_outlet(qapp, name: str, day: str) -> None:
    measure = Style().lane_measure
    room = SOURCE_GUTTER - 26.0 - 40.0  # narrower than any of these names
    assert measure(name) > room
    shown = lane_label(name, measure, room)
    assert shown.endswith("…" + day), shown
    assert name.startswith(shown.removesuffix(day).removesuffix("…"))
    assert measure(shown) <= room


def test_whole_when_it_fits_and_by_the_middle_otherwise(qapp) -> None:
    measure = Style().lane_measure
    assert lane_label("RT France · 3 mai 2017", measure, 1000.0) == "RT France · 3 mai 2017"
    actor = "Recep Tayyip Erdogan, président de la République de Turquie"
    shown = lane_label(actor, measure, 120.0)
    assert shown.startswith("Recep") and shown.endswith("Turquie") and "…" in shown
    # too narrow for the day and a few letters of the outlet: cut by the middle, within the room
    tight = lane_label("La Gazette des Nations · 14 avril 2021", measure, 70.0)
    assert measure(tight) <= 70.0 and "…" in tight
