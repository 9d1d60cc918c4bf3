"""One article telling one happening twice makes one event (issue H: « one event per happening »).

The articles are written here: a lead that dates the news one way (« dimanche ») and a later
paragraph that dates it again another way (« dimanche 12 mars »), in an article with a date and in
one without any, where the happening can only be told again by the same words.
"""

from __future__ import annotations

from pathlib import Path

from frise.library import Library
from frise.store import Store

DATED = """Rome : les voisins de la Libye s'engagent à respecter la trêve

Rome, le 13 mars 2023 — Réunis dimanche à Rome, les participants à la conférence sur la Libye ont promis \
de respecter le cessez-le-feu conclu sous l'égide de l'ONU.

Les ministres des pays voisins se sont engagés, dimanche 12 mars, à faire appliquer la trêve par les milices \
de Tripoli et de Benghazi, a indiqué l'ONU.

Plus tôt dans la journée de dimanche, le ministre italien s'était félicité d'un succès qu'on lui disait impossible.
"""

UNDATED = """Nucléaire : Washington et Téhéran se retrouvent à Vienne

Les États-Unis prendront part la semaine prochaine à Vienne à des discussions sur l'accord nucléaire avec l'Iran.

L'Iran a accepté d'ouvrir la semaine prochaine des discussions indirectes avec les États-Unis sur l'accord \
nucléaire, par l'intermédiaire des Européens.
"""


def passages(event) -> int:
    """How many statements of its one article report the event."""
    return sum(1 + len(source.other_passages) for source in event.sources)


def import_text(tmp_path: Path, name: str, text: str) -> list:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with Store.open(tmp_path / "timeline.frise") as store:
        library = Library(store)
        summary = library.import_paths([path])
        assert [outcome.status for outcome in summary.outcomes] == ["imported"]
        return library.events()


def test_a_day_told_twice_in_one_article_is_one_event(tmp_path: Path) -> None:
    events = import_text(tmp_path, "rome.txt", DATED)
    on_sunday = [e for e in events if e.first is not None and e.first.isoformat() == "2023-03-12"]
    sourced = [passages(e) for e in on_sunday]
    # The conference and its pledge, told twice, make one event of two reports; the minister's
    # remark that day, of no kind of its own, stays apart.
    assert sorted(sourced) == [1, 2], [(e.title, len(e.sources)) for e in on_sunday]


def test_an_undated_article_saying_next_week_twice_of_the_same_talks_has_one_event(tmp_path: Path) -> None:
    events = import_text(tmp_path, "vienne.txt", UNDATED)
    next_week = [e for e in events if any(s.expression.lower() == "la semaine prochaine" for s in e.sources)]
    assert len(next_week) == 1
    assert passages(next_week[0]) == 2
