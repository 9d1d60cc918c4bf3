"""The title of an event several articles report: a clause that tells it, not a lead phrase that
only says what came after it. Articles written for this test."""

from __future__ import annotations

from pathlib import Path

from frise.library import Library
from frise.store import Store

LEAD = ("Une semaine après l'échange de prisonniers conclu à Ankara le 1er août entre la Russie et les "
        "États-Unis, les opposants libérés multiplient les conférences de presse.")
NEWS = ("La Russie et les États-Unis ont procédé jeudi à Ankara à un échange de prisonniers, le plus important "
        "depuis la fin de la guerre froide.")


def test_a_merged_event_takes_a_clause_for_title_over_a_lead_phrase(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text(" date 2024-08-08 \nLes libérés d'Ankara parlent\n\n" + LEAD + "\n", encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_text(" date 2024-08-01 \nÉchange de prisonniers à Ankara\n\n" + NEWS + "\n", encoding="utf-8")
    with Store.open(tmp_path / "t.frise") as store:
        Library(store).import_paths([first, second])
        merged = [e for e in store.events() if len({s.article_id for s in e.sources}) == 2]
        assert len(merged) == 1, [(e.first, e.title) for e in store.events()]
        assert merged[0].title.startswith("La Russie et les États-Unis ont procédé")


def _statement(id_: int, article: int, title: str) -> tuple[object, ...]:
    # (id, article, first, last, precise, actors, terms, certainty, title, passage, char_start,
    # char_end, key, happening, importance, places, implied), as `writes._derived` reads them
    return (id_, article, "2024-03-04", "2024-03-04", 1, "[]", "[]", "exact", title, title, 0, len(title),
            f"{article}:{id_}", None, "news", "[]", "[]")


def test_a_merged_event_takes_a_title_with_its_subject_over_one_that_lost_it() -> None:
    from frise.store.writes import _titling

    lost = _statement(1, 1, "Ne devrait pas intervenir avant le 4 mars")
    whole = _statement(2, 2, "La levée des sanctions ne devrait pas intervenir avant le 4 mars")
    assert _titling([lost, whole])[8] == whole[8]
    assert _titling([whole, lost])[8] == whole[8]
    # with no report that names its subject, the event keeps a title all the same
    assert _titling([lost, _statement(3, 2, "A été reporté au 4 mars")])[8]
