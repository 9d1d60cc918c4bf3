"""Two outlets telling one happening of a month or a year at the same place (`one_period_placed`):
a statement whose subject is a pronoun (« elle », talks named sentences before) has neither kind
nor actor of its own, and shares with another outlet's report only the place and the period."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from frise.events.merge import (
    Candidate,
    Pool,
    Report,
    decide,
    merge_rank,
    one_period_placed,
    place_key,
    plan,
    same_event,
)
from frise.events.terms import terms
from frise.library import Library
from frise.store import Store

IRAN = frozenset({"country:IR"})
BEGUN = "Entamée à Lausanne en mars 2013, puis reprise à Vienne, elle avait duré plus de deux ans"
RECALLED = "Il y a six ans, à Lausanne, bien peu de diplomates croyaient au succès des pourparlers"


def loose(id: int, article: int, first: str, last: str, text: str, kind: str | None, actors: frozenset[str],
          places: tuple[str, ...], implied: frozenset[str] = frozenset()) -> Report:
    return Report(id, article, date.fromisoformat(first), date.fromisoformat(last), False, actors, terms(text),
                  kind, places=frozenset(map(place_key, places)), implied=implied)


def begun() -> Report:
    """A month at Lausanne and Vienna, naming no one, in an article about Iran."""
    return loose(1, 1, "2013-03-01", "2013-03-31", BEGUN, None, frozenset(), ("Lausanne", "Vienne"), IRAN)


def recalled() -> Report:
    """A year at Lausanne, talks with Iran."""
    return loose(2, 2, "2013-01-01", "2013-12-31", RECALLED, "negotiation", IRAN, ("Lausanne",))


def test_the_same_place_and_party_in_a_month_inside_a_year_make_one_event() -> None:
    month, year = begun(), recalled()
    assert len(month.terms & year.terms) == 1  # the place only
    assert one_period_placed(month, year) and one_period_placed(year, month) and same_event(month, year)
    assert decide(year, [Candidate(7, (month,))]).join == 7
    assert decide(month, [Candidate(7, (year,))]).join == 7


def test_the_article_opening_standing_in_is_no_one_named() -> None:
    # The article opens with Iran: its statement naming no one takes Iran as its actor (`implied` too).
    month = replace(begun(), actors=IRAN)
    assert one_period_placed(month, recalled()) and decide(month, [Candidate(7, (recalled(),))]).join == 7


def test_another_place_party_kind_article_or_a_day_stay_apart() -> None:
    month, year = begun(), recalled()
    others = (
        replace(month, places=frozenset({place_key("Genève")})),  # another place
        replace(month, implied=frozenset({"country:CU"})),  # an article about another country
        replace(month, implied=frozenset()),  # about no one in particular
        replace(month, happening="vote"),  # a kind of its own
        replace(month, actors=frozenset({"country:CH"}), implied=frozenset()),  # someone of its own, and no kind
        replace(month, article_id=2),  # one article
        replace(month, first=date(2013, 3, 4), last=date(2013, 3, 4), precise=True),  # a day
    )
    for other in others:
        assert not one_period_placed(other, year) and decide(other, [Candidate(7, (year,))]).join is None
    assert not one_period_placed(month, replace(year, happening="denial"))  # a denial is never the talks
    assert decide(replace(month, first=date(2014, 3, 1), last=date(2014, 3, 31)),
                  [Candidate(7, (year,))]).join is None  # another year


def test_a_stored_event_sharing_only_the_place_is_weighed() -> None:
    # The stored year is set aside until a statement to be decided brings it: one word and the place do.
    month, year = begun(), recalled()
    pool = Pool([(5, year, merge_rank(year, "b:1:2"), False)])
    assert plan(pool, [(month, merge_rank(month, "a:1:2"))]).placed[1] == 5


def test_two_imported_articles_tell_one_happening_at_one_place(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        " date 2019-07-10 \nNucléaire : Téhéran menace d'aller plus loin\n\n"
        "L'Iran a franchi lundi le seuil d'uranium enrichi que lui fixait le texte de 2015. Mardi, le "
        "gouvernement iranien a menacé de relancer ses centrifugeuses. Le dossier avait pourtant longtemps "
        f"semblé en bonne voie. {BEGUN}.\n", encoding="utf-8")
    (folder / "b.txt").write_text(
        " date 2019-07-12 \nL'Europe tente de sauver le compromis nucléaire\n\n"
        f"Les Européens ont appelé jeudi l'Iran à revenir sur sa décision. {RECALLED} avec l'Iran.\n",
        encoding="utf-8")
    with Store.open(tmp_path / "t.frise") as store:
        Library(store).import_paths([folder])
        shared = [e for e in store.events() if len(e.sources) == 2]
        assert [(e.first, e.last) for e in shared] == [(date(2013, 3, 1), date(2013, 3, 31))]
        assert {s.expression for s in shared[0].sources} == {"mars 2013", "Il y a six ans"}
