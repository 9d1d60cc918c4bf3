"""The date of an article nobody dated: read from its own text first, then from the articles it
shares events and actors with, then from the collection (frise.events.years, Library)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from frise.events.years import (
    TextDate,
    is_deictic,
    latest_reported_day,
    read_text_date,
    tenure_years,
    terms_of_office,
    within_tenure,
    year_window,
    years_fitting,
)
from frise.library import Library
from frise.store import Store
from frise.temporal import Reference, extract


def clues(text: str) -> TextDate:
    return read_text_date(text, extract(text, Reference.unknown()))


def weekday_of(day: date) -> str:
    return ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")[day.weekday()]


MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")


def written(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


class TestOwnText:
    def test_a_line_holding_only_a_full_date_is_the_page_stamp(self) -> None:
        found = clues("Les maires réunis à Lyon\n\n3 févr. 2021, 18:40\n\nLes maires ont voté hier un texte commun.")
        assert (found.year, found.month_day) == (2021, (2, 3))

    def test_a_dateline_without_its_year_gives_the_day(self) -> None:
        found = clues("LIMA, 12 mars (AFP) - Le gouvernement péruvien a démissionné mardi.")
        assert found.month_day == (3, 12) and found.year is None

    def test_yesterday_before_a_day_puts_the_article_the_day_after(self) -> None:
        found = clues("Le ministre a présenté hier, mercredi 4 octobre, son plan pour la pêche.")
        assert found.month_day == (10, 5)

    def test_ce_before_a_day_is_the_article_s_day(self) -> None:
        assert clues("Les syndicats ont manifesté ce samedi 9 mars devant la préfecture.").month_day == (3, 9)

    def test_ce_jour_la_is_not_the_article_s_day(self) -> None:
        found = clues("Le conseil se réunira le 3 juin ; ce jour-là, les élus voteront le budget.")
        assert found.month_day is None

    def test_ce_before_a_day_to_come_is_not_the_article_s_day(self) -> None:
        assert clues("Le sommet se tiendra ce jeudi 14 novembre à Dakar.").month_day is None

    def test_a_weekday_with_its_day_keeps_only_the_years_it_fits(self) -> None:
        day = date(2016, 6, 1)
        text = f"Le traité a été signé le {weekday_of(day)} {written(day)} à Oslo."
        years = years_fitting(clues(text), (2010, 2022))
        assert 2016 in years and all(date(y, 6, 1).weekday() == day.weekday() for y in years)
        assert years == sorted(years, reverse=True)

    def test_29_february_means_a_leap_year(self) -> None:
        years = years_fitting(clues("ROME, 29 février (Reuters) - Le parlement a voté la loi."), (2010, 2022))
        assert years and all(y % 4 == 0 for y in years)

    def test_years_ago_with_the_year_gives_the_year(self) -> None:
        assert clues("Il y a deux ans, en 2015, le barrage avait cédé.").year == 2017
        assert clues("Le barrage avait cédé en 2015, il y a trois ans.").year == 2018

    def test_a_year_cited_in_the_past_is_a_floor_a_future_one_is_not(self) -> None:
        day = date(2012, 6, 1)
        text = (f"Les élus ont voté le {weekday_of(day)} {written(day)}. La réforme de 2014 avait échoué. "
                "Les élections auront lieu en 2030.")
        found = clues(text)
        assert found.latest_cited == 2014
        assert all(y >= 2014 for y in years_fitting(found, (2000, 2025)))

    def test_nothing_in_the_text_leaves_every_year(self) -> None:
        found = clues("Le maire a inauguré le 4 mai une nouvelle école.")
        assert found.month_day is None and not found.weekday_days
        assert years_fitting(found, (2015, 2017)) == [2017, 2016, 2015]

    def test_the_window_ends_with_the_collection_and_never_after_today(self) -> None:
        today = date(2024, 5, 1)
        assert year_window({2019: 2}, {1990: 1, 2021: 3, 2031: 1}, TextDate(), today) == (1990, 2021)
        assert year_window({}, {}, TextDate(), today) == (1984, 2024)

    def test_past_the_collection_the_earliest_year_after_the_one_cited_that_fits(self) -> None:
        # « en avril 2011 » then « vendredi 9 mars », in a collection ending in 2011: 9 March
        # was a Friday in 2007 and 2012, and the article cites 2011 as past.
        text = "Les pourparlers avaient commencé en avril 2011. Vendredi 9 mars, les deux pays ont signé un accord."
        found = clues(text)
        assert found.latest_cited == 2011 and found.weekday_days == ((4, 3, 9),)
        assert years_fitting(found, (2005, 2011), today=2026)[0] == 2012
        assert years_fitting(found, (2005, 2011), today=2011) == [2007]  # nothing after: the window's
        # Within the window, at or after the year cited, the window still decides (latest first).
        assert years_fitting(clues("En 2004, les pourparlers ont commencé. Vendredi 9 mars, accord."),
                             (2000, 2011), today=2026) == [2007]

    def test_a_weekday_denying_a_year_lent_by_an_earlier_month_leaves_the_year_unknown(self) -> None:
        text = "La guerre dure depuis mars 2015. Vendredi 10 mars, les deux pays ont renoué."
        day = [t for t in extract(text, Reference.unknown()) if t.text == "Vendredi 10 mars"][0]
        assert (day.value, day.first) == ("XXXX-03-10", None)  # 10 March 2015 was a Tuesday
        text = "La guerre dure depuis mars 2015. Mardi 10 mars, les deux pays ont renoué."
        day = [t for t in extract(text, Reference.unknown()) if t.text == "Mardi 10 mars"][0]
        assert day.first == date(2015, 3, 10)

    def test_a_year_planned_or_put_off_to_is_no_floor(self) -> None:
        assert clues("Le président a annulé le sommet en annonçant son report à début 2030.").latest_cited is None
        assert clues("Le sommet avait réuni les dirigeants en 2010.").latest_cited == 2010


class TestLatestReportedDay:
    def test_the_latest_day_given_with_its_weekday_and_the_weekdays_after_it(self) -> None:
        sunday = date(2019, 3, 10)
        text = (f"La trêve est entrée en vigueur le {weekday_of(sunday)} {written(sunday)}. "
                "Les rebelles l'ont violée lundi, a déclaré mardi le porte-parole.")
        assert latest_reported_day(text, extract(text, Reference.parse("2019"))) == sunday + timedelta(days=2)

    def test_a_day_without_its_weekday_or_in_the_future_does_not_date_the_article(self) -> None:
        text = "Le maire a inauguré le 4 mai une école. Il recevra le ministre le vendredi 7 juin."
        assert latest_reported_day(text, extract(text, Reference.parse("2019"))) is None

    def test_weekdays_of_another_week_do_not_move_the_day_on(self) -> None:
        thursday = date(2019, 3, 14)
        opening = f"L'accord a été signé {weekday_of(thursday)} {written(thursday)} à Genève. "
        # Told in the pluperfect: before the time of the story, not later in the article's week.
        text = opening + "La ministre avait auparavant plaidé lundi devant le Parlement."
        assert latest_reported_day(text, extract(text, Reference.parse("2019"))) == thursday
        # In a sentence that names the other week first.
        text = opening + "La semaine dernière, les deux émissaires s'étaient rendus à Berne, samedi."
        assert latest_reported_day(text, extract(text, Reference.parse("2019"))) == thursday
        # Told in the passé composé, in the article's week: the day is on by then.
        text = opening + "La ministre a plaidé samedi devant le Parlement."
        assert latest_reported_day(text, extract(text, Reference.parse("2019"))) == thursday + timedelta(days=2)

    def test_deictic_expressions(self) -> None:
        assert is_deictic("jeudi") and is_deictic("hier") and is_deictic("le week-end dernier")
        assert not is_deictic("le lendemain") and not is_deictic("la semaine suivante")


# --- the whole pipeline: a folder where one article is dated and others are not

DATED = """<html><head><title>Pêche : accord entre Madrid et Rabat</title>
<meta property="article:published_time" content="{published}"></head><body><article>
<p>L'Espagne et le Maroc ont signé {signed} à Rabat un accord de pêche qui rouvre les eaux marocaines aux
chalutiers andalous, a annoncé le ministre espagnol Luis Planas.</p></article></body></html>"""

RELATED = """Pêche : les chalutiers andalous retournent au Maroc

L'Espagne et le Maroc ont signé {weekday} à Rabat un accord de pêche qui rouvre les eaux marocaines aux
chalutiers andalous, a annoncé le ministre espagnol Luis Planas. Les premiers bateaux partiront le mois prochain.
"""

OWN = """Inondations : la Bretagne compte ses dégâts

QUIMPER, {dateline} (AFP) - Les pompiers du Finistère sont intervenus hier à plusieurs reprises après les crues.
"""


@pytest.fixture
def library(tmp_path: Path) -> Library:
    with Store.open(tmp_path / "frise.sqlite") as store:
        yield Library(store)


def test_undated_articles_take_their_date_from_their_text_then_from_the_event_they_share(
    library: Library, tmp_path: Path
) -> None:
    signed = date(2021, 3, 4)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.html").write_text(DATED.format(published=(signed + timedelta(days=1)).isoformat(),
                                                signed=f"le {written(signed)} {signed.year}"), encoding="utf-8")
    (folder / "b.txt").write_text(RELATED.format(weekday=weekday_of(signed)), encoding="utf-8")
    flood = date(2019, 11, 5)
    (folder / "c.txt").write_text(OWN.format(dateline=written(flood)), encoding="utf-8")
    summary = library.import_paths([folder])
    rows = {Path(a.path).name: a for a in library.articles()}
    assert rows["a.html"].published is not None and rows["a.html"].date_source == "file"

    related = rows["b.txt"]
    assert related.published is None and related.date_source == "related" and related.assumed_year == signed.year
    guessed = dict(summary.guessed)
    assert guessed[related.id].value == signed.isoformat() and guessed[related.id].how == "related"
    statements = library.store.statement_rows(related.id)
    assert statements  # the signing, and « le mois prochain » read from the assumed day

    events = library.events()
    signing = [e for e in events if e.first == signed and len(e.sources) == 2]
    assert len(signing) == 1
    next_month = [e for e in events if any(s.article_id == related.id for s in e.sources) and e.first != signed]
    assert next_month and all(e.certainty == "assumed" for e in next_month)
    assert next_month[0].first.month == (signed.month % 12) + 1

    own = rows["c.txt"]
    assert own.date_source in ("text", "related", "collection") and own.assumed_year is not None
    assert guessed[own.id].value.endswith(f"-{flood.month:02d}-{flood.day:02d}")
    assert own.id in guessed and related.id in guessed and rows["a.html"].id not in guessed


def test_the_user_s_date_replaces_the_guess(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text(OWN.format(dateline="5 novembre"), encoding="utf-8")
    library.import_paths([path])
    row = library.articles()[0]
    library.set_article_date(row.id, "2019-11-05")
    row = library.articles()[0]
    assert row.date_source == "user" and row.assumed_year is None and row.id not in library.guesses


def test_the_import_summary_lists_every_guessed_article_with_how(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from frise import cli

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "c.txt").write_text(OWN.format(dateline="5 novembre"), encoding="utf-8")
    (folder / "d.txt").write_text("Musées : la nuit blanche\n\nLes musées ont ouvert leurs portes toute la nuit.\n",
                                  encoding="utf-8")
    stamp = date(2020, 2, 3)
    (folder / "e.txt").write_text(
        f"Les maires réunis à Lyon\n\n{stamp.day} févr. {stamp.year}, 18:40\n\nLes maires ont voté hier un texte.\n",
        encoding="utf-8")
    path = str(tmp_path / "t.frise")
    assert cli.main(["import", "--db", path, str(folder)]) == 0
    out = capsys.readouterr().out
    guessed = [line for line in out.splitlines() if line.startswith("article ")]
    assert len(guessed) == 2, out  # the article with no date at all in it is not guessed
    stamped = next(line for line in guessed if "Les maires" in line)
    assert f"supposé du {stamp.isoformat()}" in stamped and "d'après son texte" in stamped
    assert f"frise-cli set-date --db {path} " in stamped
    flood = next(line for line in guessed if "Inondations" in line)
    assert "supposé du " in flood and "jour : QUIMPER, 5 novembre (AFP)" in flood


def test_actor_years_weigh_rare_actors_more() -> None:
    from frise.events.years import actor_years

    events = [(2018, frozenset({"org:onu", "group:houthis"})), (2020, frozenset({"org:onu"})),
              (2020, frozenset({"org:onu", "country:LY"}))]
    weights = actor_years(events, frozenset({"org:onu", "group:houthis"}))
    assert weights.most_common(1)[0][0] == 2018  # « Houthis » once outweighs « ONU » everywhere
    assert actor_years(events, frozenset({"country:FR"})) == {}


YESTERDAY = """Pêche : Madrid et Rabat tournent la page

L'Espagne et le Maroc ont signé hier à Rabat un accord de pêche qui rouvre les eaux marocaines aux
chalutiers andalous, a annoncé le ministre espagnol Luis Planas.
"""


def test_hier_naming_another_article_s_event_puts_the_article_the_day_after(
    library: Library, tmp_path: Path
) -> None:
    signed = date(2021, 3, 4)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.html").write_text(DATED.format(published=signed.isoformat(),
                                                signed=f"le {written(signed)} {signed.year}"), encoding="utf-8")
    (folder / "b.txt").write_text(YESTERDAY, encoding="utf-8")
    summary = library.import_paths([folder])
    row = next(a for a in library.articles() if a.path and a.path.endswith("b.txt"))
    guess = dict(summary.guessed)[row.id]
    assert guess.how == "related" and guess.value == (signed + timedelta(days=1)).isoformat()
    assert "« hier »" in guess.detail


def test_an_undated_article_is_never_placed_before_a_year_its_text_cites_as_past(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.html").write_text(DATED.format(published="2012-06-02", signed="le 1er juin 2012"), encoding="utf-8")
    # It names the same parties as the 2012 article, but cites 2016 as past: it is 2016 at least.
    (folder / "b.txt").write_text(
        "Pêche : nouvel accord\n\nL'Espagne et le Maroc ont signé jeudi à Rabat un accord de pêche, "
        "a annoncé le ministre espagnol Luis Planas. Le précédent accord avait expiré en juillet 2016.\n",
        encoding="utf-8")
    library.import_paths([folder])
    row = {Path(a.path).name: a for a in library.articles()}["b.txt"]
    assert row.assumed_year is not None and row.assumed_year >= 2016


class TestLeadersInOffice:
    def test_a_role_says_its_terms(self) -> None:
        assert terms_of_office("président de la Colombie (2010-2018)") == ((2010, 2018),)
        assert terms_of_office("Premier ministre (2013-2015, 2021-2024)") == ((2013, 2015), (2021, 2024))
        assert terms_of_office("ministre des Affaires étrangères (depuis 2022)") == ((2022, None),)
        # no years, or a year that is no term
        assert terms_of_office("ancien médiateur") == () and terms_of_office("chef rebelle (mort en 2019)") == ()
        assert terms_of_office(None) == ()

    def test_the_years_most_of_the_leaders_named_held_office(self) -> None:
        roles = ["président (2010-2018)", "secrétaire d'État (2013-2017)", "président (1998-2002)"]
        # the first two held office together in 2013-2017 (a year either side); the third, recalled,
        # is outvoted
        assert tenure_years(roles, today=2026) == frozenset(range(2012, 2019))
        # two who were never in office together: the years of either
        assert tenure_years(["président (2010-2018)", "président (1998-2002)"], today=2026) == frozenset(
            (*range(1997, 2004), *range(2009, 2020)))
        assert tenure_years(["ministre (depuis 2024)"], today=2026) == frozenset({2023, 2024, 2025, 2026})
        assert tenure_years(["ambassadeur", None], today=2026) is None

    def test_years_outside_every_term_give_way_unless_none_is_left(self) -> None:
        assert within_tenure([2022, 2016, 2011], frozenset(range(2012, 2019))) == [2016]
        assert within_tenure([2022, 2011], frozenset(range(2012, 2019))) == [2022, 2011]
        assert within_tenure([2022, 2016], None) == [2022, 2016]


def test_an_undated_article_is_placed_when_the_leaders_it_names_held_office(library: Library, tmp_path: Path) -> None:
    # 2 October was a Sunday in 2011, 2016 and 2022; the collection reaches 2023; Juan Manuel
    # Santos was president of Colombia from 2010 to 2018, and Ban Ki-moon led the UN until 2016.
    dated = tmp_path / "dated.html"
    dated.write_text(DATED.format(published="2023-03-02", signed="le 1er mars 2023"), encoding="utf-8")
    undated = tmp_path / "vote.txt"
    undated.write_text("Colombie : le vote sur la paix\n\nLe président Juan Manuel Santos a appelé les "
                       "électeurs aux urnes dimanche 2 octobre. Ban Ki-moon a salué le scrutin.\n", encoding="utf-8")
    library.import_paths([dated, undated])
    row = next(a for a in library.articles() if Path(a.path).name == "vote.txt")
    assert row.published is None and row.assumed_year == 2016


def test_a_leader_named_as_former_says_nothing_of_the_years(library: Library, tmp_path: Path) -> None:
    # Santos (2010-2018) and Uribe (2002-2010), named as « l'ancien président », were in office
    # together only around 2010; as the text names Uribe, only Santos' terms count: not 2011.
    dated = tmp_path / "dated.html"
    dated.write_text(DATED.format(published="2023-03-02", signed="le 1er mars 2023"), encoding="utf-8")
    undated = tmp_path / "vote.txt"
    undated.write_text("Colombie : le vote sur la paix\n\nLe président Juan Manuel Santos a appelé les "
                       "électeurs aux urnes dimanche 2 octobre. L'ancien président Álvaro Uribe appelle à voter "
                       "non.\n", encoding="utf-8")
    library.import_paths([dated, undated])
    row = next(a for a in library.articles() if Path(a.path).name == "vote.txt")
    assert row.published is None and row.assumed_year == 2016


NOBODY_NAMED = """<html><head><title>Pêche : un accord pour les chalutiers</title>
<meta property="article:published_time" content="{published}"></head><body><article>
<p>Un accord de pêche rouvrant les eaux du détroit aux chalutiers a été signé {signed} à Rabat, après
deux ans de négociations sur les quotas.</p></article></body></html>"""


def test_a_weekday_dates_the_article_by_an_event_told_without_naming_anyone(
    library: Library, tmp_path: Path
) -> None:
    signed = date(2021, 3, 4)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.html").write_text(NOBODY_NAMED.format(published=(signed + timedelta(days=1)).isoformat(),
                                                       signed=f"le {written(signed)} {signed.year}"), encoding="utf-8")
    (folder / "b.txt").write_text(RELATED.format(weekday=weekday_of(signed)), encoding="utf-8")
    summary = library.import_paths([folder])
    dated = next(a for a in library.articles() if a.path and a.path.endswith("a.html"))
    named = library.store.db.execute("SELECT actors FROM date_expressions WHERE article_id = ?", [dated.id])
    assert [row[0] for row in named] == ["[]"]  # the signing names nobody
    row = next(a for a in library.articles() if a.path and a.path.endswith("b.txt"))
    guess = dict(summary.guessed)[row.id]
    assert guess.how == "related" and guess.value == signed.isoformat()
    assert f"« {weekday_of(signed)} »" in guess.detail
