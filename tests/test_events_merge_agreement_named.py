"""An agreement named by its day (`kinds.names_agreement`, `merge.one_agreement_named`): « la trêve
du 3 mars », « le texte paraphé le 3 mars » are the agreement made that day, whatever the clause
does with it, and two outlets naming it so, or one naming it and another telling it, tell one
event in words of their own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from frise.events.kinds import names_agreement
from frise.events.merge import Candidate, Pool, Report, decide, merge_rank, one_agreement_named, plan, same_event
from frise.events.terms import terms
from frise.library import Library
from frise.store import Store

MALI = frozenset({"country:ML"})
PLANNED = "Prévu par la trêve du 3 mars, le retrait des soldats a commencé ce lundi au nord de Gao"
INITIALLED = "Le texte paraphé le 3 mars à Niamey impose le retrait des blindés"


def named(passage: str, expression: str) -> bool:
    return names_agreement(passage, passage.index(expression))


def test_a_date_names_an_agreement_as_its_nouns_complement_or_through_its_making() -> None:
    assert named(PLANNED, "du 3 mars") and named(INITIALLED, "le 3 mars")
    assert named("les ministres ont approuvé le compromis trouvé la semaine dernière", "la semaine dernière")
    assert named("Il a dénoncé l'accord conclu le 9 mai entre les deux camps", "le 9 mai")
    assert named("Selon le protocole d'entente du 2 juin, les otages seront libérés", "du 2 juin")
    # the clause's own verb, a text voted or presented, a date that is no noun's
    assert not named("L'accord a été signé le 3 mars à Niamey", "le 3 mars")
    assert not named("Le texte adopté le 3 mars par les députés", "le 3 mars")
    assert not named("Le plan présenté lundi par le gouvernement", "lundi")
    assert not named("Les deux camps ont signé le 3 mars un accord", "le 3 mars")
    assert not named("Le discours du 3 mars a marqué les esprits", "du 3 mars")


def day(id: int, article: int, text: str, kind: str | None, actors: frozenset[str], *,
        implied: frozenset[str] = frozenset(), names: bool = True, moment: str = "2021-03-03") -> Report:
    on = date.fromisoformat(moment)
    return Report(id, article, on, on, True, actors, terms(text), kind, implied=implied, names_agreement=names)


def planned() -> Report:
    """« la trêve du 3 mars », naming no one, in an article about Mali."""
    return day(1, 1, PLANNED, "agreement", frozenset(), implied=MALI)


def initialled() -> Report:
    """« le texte paraphé le 3 mars », of Mali and Niger."""
    return day(2, 2, INITIALLED, "agreement", MALI | {"country:NE"})


def test_two_outlets_naming_one_agreement_by_its_day_tell_one_event() -> None:
    truce, text = planned(), initialled()
    assert len(truce.terms & text.terms) == 1
    assert one_agreement_named(truce, text) and one_agreement_named(text, truce) and same_event(truce, text)
    assert decide(text, [Candidate(7, (truce,))]).join == 7
    assert decide(truce, [Candidate(7, (text,))]).join == 7
    # one naming it, the other telling an agreement of that day
    told = replace(text, names_agreement=False)
    assert one_agreement_named(truce, told) and decide(told, [Candidate(7, (truce,))]).join == 7


def test_a_week_holding_the_day_names_it_too() -> None:
    week = replace(planned(), first=date(2021, 3, 1), last=date(2021, 3, 7), precise=False)
    assert one_agreement_named(week, initialled()) and decide(week, [Candidate(7, (initialled(),))]).join == 7
    month = replace(week, last=date(2021, 3, 31))
    assert not one_agreement_named(month, initialled())


def test_another_day_party_kind_article_or_no_word_stay_apart() -> None:
    truce, text = planned(), initialled()
    others = (
        replace(text, first=date(2021, 3, 4), last=date(2021, 3, 4)),  # another day
        replace(text, actors=frozenset({"country:TD"})),  # another party
        replace(text, names_agreement=False, happening="negotiation"),  # talks, not naming an agreement
        replace(text, happening="denial"),  # a denial
        replace(text, terms=frozenset({"blind", "impos"})),  # no word in common
    )
    for other in others:
        assert not one_agreement_named(truce, other) and decide(other, [Candidate(7, (truce,))]).join is None
    # one article's two reports of a day are its own rules' (`one_happening`)
    assert not one_agreement_named(truce, replace(text, article_id=1))
    # neither names an agreement by its day: two agreements of one day in one word stay two
    assert not one_agreement_named(replace(truce, names_agreement=False), replace(text, names_agreement=False))
    assert not one_agreement_named(replace(truce, implied=frozenset({"country:TD"})), text)


def test_a_stored_event_sharing_one_word_with_an_agreement_named_is_weighed() -> None:
    truce, text = planned(), initialled()
    pool = Pool([(5, truce, merge_rank(truce, "a:1:2"), False)])
    assert plan(pool, [(text, merge_rank(text, "b:1:2"))]).placed[2] == 5


def test_two_imported_articles_name_one_agreement_by_its_day(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        " date 2021-03-08 \nMali : le retrait a commencé\n\nLe gouvernement malien a salué lundi le départ des "
        f"premiers convois. {PLANNED}. Bamako a promis d'accélérer le désarmement.\n", encoding="utf-8")
    (folder / "b.txt").write_text(
        " date 2021-03-09 \nÀ Niamey, les médiateurs veulent croire à la paix\n\nLes médiateurs nigériens ont "
        f"reçu mardi les délégations maliennes. {INITIALLED}.\n", encoding="utf-8")
    with Store.open(tmp_path / "t.frise") as store:
        Library(store).import_paths([folder])
        shared = [e for e in store.events() if len(e.sources) == 2]
        assert [(e.first, e.last) for e in shared] == [(date(2021, 3, 3), date(2021, 3, 3))]
        assert {s.expression for s in shared[0].sources} == {"du 3 mars", "le 3 mars"}
