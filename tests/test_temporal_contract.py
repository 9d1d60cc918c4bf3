"""The French temporal engine against its contract, /work/shared/TEMPORAL.md, row by row.

Each case is a French news sentence, the article's date (the reference), the key words of one
expression, and what TEMPORAL.md says that expression means. The engine's source is not consulted:
only its contract and the conventions its docstrings state where the contract leaves a choice
(centuries run 1800-1899 for "le XIXe siècle"; début/fin of a century keep its whole span).

Reference weekdays used below: 2017-07-04 Tuesday, 2017-07-06 Thursday, 2017-07-08 Saturday,
2017-07-10 Monday, 2017-01-02 Monday (ISO week 2017-W01).
"""

from __future__ import annotations

from typing import Any

import pytest

from frise.temporal import Reference, Timex, extract

DATES = ("date", "range")

# --------------------------------------------------------------------------------------------
# helpers


def _span(text: str, key: str) -> tuple[int, int]:
    """Offsets of `key` in `text`; `key` may be "words#2" for the second occurrence."""
    occurrence = 1
    if "#" in key:
        key, number = key.rsplit("#", 1)
        occurrence = int(number)
    index = -1
    for _ in range(occurrence):
        index = text.find(key, index + 1)
        assert index >= 0, f"test bug: {key!r} not in {text!r}"
    return index, index + len(key)


def _show(records: list[Timex]) -> str:
    return "\n".join(
        f"  [{r.start}:{r.end}] {r.text!r} {r.kind} value={r.value} {r.first}..{r.last} "
        f"anchor={r.anchor} mod={r.mod}"
        for r in records
    ) or "  (no record)"


def find(text: str, reference: str | None, key: str) -> Timex:
    """The record whose span covers the key words (the tightest one if several do)."""
    records = extract(text, reference)
    for record in records:
        assert record.text == text[record.start : record.end], f"text/offsets disagree: {record}"
    start, end = _span(text, key)
    covering = [r for r in records if r.start <= start and r.end >= end]
    assert covering, f"no record covers {key!r} in {text!r} (reference {reference}):\n{_show(records)}"
    return min(covering, key=lambda r: r.end - r.start)


def iso(day: Any) -> str | None:
    return day.isoformat() if day is not None else None


# --------------------------------------------------------------------------------------------
# cases: (sentence, reference, key words, kind, first, last, {value/mod/anchor})

D = "2017-07-06"  # a Thursday


def case(
    id: str,
    text: str,
    ref: str | None,
    key: str,
    kind: str,
    first: str | None,
    last: str | None,
    marks: Any = (),
    **extra: str | None,
) -> Any:
    return pytest.param(text, ref, key, kind, first, last, extra, id=id, marks=marks)


INTERVALS = [
    # --- days
    case("day-full", "Les ministres se sont retrouvés le 4 mai 2017 à Genève pour une nouvelle session.",
         D, "4 mai 2017", "date", "2017-05-04", "2017-05-04", value="2017-05-04", anchor="absolute"),
    case("day-full-unknown-ref", "L'accord de trêve a été paraphé le 12 février 2015 dans la capitale biélorusse.",
         None, "12 février 2015", "date", "2015-02-12", "2015-02-12", value="2015-02-12", anchor="absolute"),
    case("day-weekday", "Le chef de l'État a reçu son homologue jeudi 4 mai au palais présidentiel.",
         D, "jeudi 4 mai", "date", "2017-05-04", "2017-05-04", value="2017-05-04", anchor="document"),
    case("day-1er", "Les nouvelles sanctions sont entrées en vigueur le 1er juin, a rappelé Bruxelles.",
         D, "1er juin", "date", "2017-06-01", "2017-06-01", value="2017-06-01"),
    case("numeric-slash", "Le décret paru au Journal officiel du 06/06/2017 fixe les nouvelles règles.",
         D, "06/06/2017", "date", "2017-06-06", "2017-06-06", value="2017-06-06", anchor="absolute"),
    case("numeric-dots", "La conférence, prévue le 04.10.2017 à Vienne, a été repoussée sine die.",
         "2017-09-15", "04.10.2017", "date", "2017-10-04", "2017-10-04", value="2017-10-04", anchor="absolute"),
    case("numeric-iso", "Le communiqué du ministère, daté du 2017-07-06, ne mentionne pas la Russie.",
         D, "2017-07-06", "date", "2017-07-06", "2017-07-06", value="2017-07-06", anchor="absolute"),
    # --- whole months
    case("month-year", "Les pourparlers avaient repris en mai 2017 sous l'égide des Nations unies.",
         D, "mai 2017", "date", "2017-05-01", "2017-05-31", value="2017-05", anchor="absolute"),
    case("month-alone", "Les combats ont repris en janvier dans le nord du pays, selon l'ONG.",
         "2017-04-12", "janvier", "date", "2017-01-01", "2017-01-31", value="2017-01"),
    case("month-au-mois-de", "Au mois de mars, l'armée avait lancé une vaste offensive sur la vallée.",
         D, "mois de mars", "date", "2017-03-01", "2017-03-31", value="2017-03"),
    case("month-courant", "Un accord pourrait être signé courant mai, selon le porte-parole du gouvernement.",
         "2017-04-20", "courant mai", "date", "2017-05-01", "2017-05-31", value="2017-05"),
    # --- début / mi / fin of a month
    case("month-courant-capital", "Courant juin, les deux ministres s'étaient parlé au téléphone.",
         D, "Courant juin", "date", "2017-06-01", "2017-06-30", value="2017-06"),
    case("month-debut", "Les premiers convois humanitaires sont arrivés début mai dans la ville assiégée.",
         D, "début mai", "date", "2017-05-01", "2017-05-10", mod="START"),
    case("month-mi", "Les bombardements se sont intensifiés mi-mai, selon des témoins.",
         D, "mi-mai", "date", "2017-05-11", "2017-05-20", mod="MID"),
    case("month-a-la-mi", "À la mi-mai, le ministre avait assuré que rien n'était décidé.",
         D, "mi-mai", "date", "2017-05-11", "2017-05-20", mod="MID"),
    case("month-fin", "Le rapport des inspecteurs a été remis fin mai au Conseil de sécurité.",
         D, "fin mai", "date", "2017-05-21", "2017-05-31", mod="END"),
    case("month-fin-leap-february", "La délégation s'était rendue à Téhéran fin février 2016 pour relancer le dossier.",
         D, "fin février 2016", "date", "2016-02-21", "2016-02-29", mod="END", anchor="absolute"),
    # --- years
    case("year-en", "En 2015, le pays avait accueilli deux sommets régionaux.",
         D, "2015", "date", "2015-01-01", "2015-12-31", value="2015", anchor="absolute"),
    case("year-annee", "L'année 2016 restera celle de la reprise du dialogue entre les deux capitales.",
         D, "année 2016", "date", "2016-01-01", "2016-12-31", value="2016", anchor="absolute"),
    case("year-debut", "Début 2016, Moscou avait annoncé un retrait partiel de ses troupes.",
         D, "Début 2016", "date", "2016-01-01", "2016-04-30", mod="START"),
    case("year-mi", "Le chantier, lancé mi-2016, a pris du retard faute de financement.",
         D, "mi-2016", "date", "2016-05-01", "2016-08-31", mod="MID"),
    case("year-fin", "L'opposition réclame des élections anticipées avant fin 2017.",
         D, "fin 2017", "date", "2017-09-01", "2017-12-31", mod="END"),
    # --- seasons
    case("season-spring-year", "Au printemps 2016, les négociations de Genève avaient été suspendues.",
         D, "printemps 2016", "date", "2016-03-01", "2016-05-31"),
    case("season-summer-year", "L'été 2016 a été marqué par une série d'attentats dans le pays.",
         D, "été 2016", "date", "2016-06-01", "2016-08-31", value="2016-SU"),
    case("season-autumn-year", "Le gouvernement avait promis une réforme pour l'automne 2015.",
         D, "automne 2015", "date", "2015-09-01", "2015-11-30"),
    case("season-winter-year", "Pendant l'hiver 2016, des milliers de civils ont fui la ville.",
         D, "hiver 2016", "date", "2016-12-01", "2017-02-28"),
    case("season-winter-leap", "L'hiver 2015 avait déjà vu la fermeture de la frontière.",
         D, "hiver 2015", "date", "2015-12-01", "2016-02-29"),
    case("season-summer-current", "Les pourparlers se poursuivent cet été à Astana, a indiqué le Kremlin.",
         D, "été", "date", "2017-06-01", "2017-08-31"),
    case("season-spring-past", "Les combats avaient repris au printemps dans la province d'Idleb.",
         D, "printemps", "date", "2017-03-01", "2017-05-31"),
    # --- decades and centuries
    case("decade-60", "Dans les années 60, la région était encore sous tutelle étrangère.",
         D, "années 60", "date", "1960-01-01", "1969-12-31"),
    case("decade-1990", "Les deux pays s'étaient déjà affrontés dans les années 1990.",
         D, "années 1990", "date", "1990-01-01", "1999-12-31"),
    case("century-xix", "Le traité frontalier remonte au XIXe siècle, rappellent les historiens.",
         D, "XIXe siècle", "date", "1800-01-01", "1899-12-31"),
    case("century-xx", "Ce conflit est l'un des plus meurtriers du XXe siècle.",
         D, "XXe siècle", "date", "1900-01-01", "1999-12-31"),
    case("century-fin", "La cathédrale a été achevée à la fin du XIXe siècle.",
         D, "XIXe siècle", "date", "1800-01-01", "1899-12-31", mod="END"),
    # --- ranges
    case("range-les-x-et-y", "Le sommet du G20 se tiendra les 7 et 8 juillet à Hambourg.",
         D, "7 et 8 juillet", "range", "2017-07-07", "2017-07-08", value="2017-07-07/2017-07-08"),
    case("range-du-au", "Une délégation sera en visite du 3 au 5 mai à Pékin, a annoncé le Quai d'Orsay.",
         "2017-04-20", "du 3 au 5 mai", "range", "2017-05-03", "2017-05-05", value="2017-05-03/2017-05-05"),
    case("range-entre", "Les élections se sont déroulées entre le 3 et le 5 mai dans tout le pays.",
         D, "3 et le 5 mai", "range", "2017-05-03", "2017-05-05", value="2017-05-03/2017-05-05"),
    case("range-night-dates", "Dans la nuit du 6 au 7 avril, plusieurs frappes ont visé la base aérienne.",
         D, "6 au 7 avril", "range", "2017-04-06", "2017-04-07", value="2017-04-06/2017-04-07"),
    case("range-night-weekdays", "Dans la nuit de jeudi à vendredi 7 avril, la police a interpellé trois suspects.",
         D, "jeudi à vendredi 7 avril", "range", "2017-04-06", "2017-04-07"),
    case("range-fuzzy-months", "Le scrutin devrait avoir lieu fin mai-début juin, selon la commission électorale.",
         "2017-04-20", "fin mai-début juin", "range", "2017-05-21", "2017-06-10"),
    case("range-cross-month", "Du 30 avril au 2 mai, les services consulaires resteront fermés.",
         D, "30 avril au 2 mai", "range", "2017-04-30", "2017-05-02", value="2017-04-30/2017-05-02"),
    case("range-cross-year", "Le couvre-feu a été appliqué du 28 décembre au 3 janvier dans la capitale.",
         "2017-01-10", "28 décembre au 3 janvier", "range", "2016-12-28", "2017-01-03",
         value="2016-12-28/2017-01-03"),
    case("range-les-x-et-y-previous-year", "Les frontières étaient restées fermées les 30 et 31 décembre.",
         "2017-01-05", "30 et 31 décembre", "range", "2016-12-30", "2016-12-31", value="2016-12-30/2016-12-31"),
    case("range-night-weekdays-alone", "Dans la nuit de samedi à dimanche, un incendie a ravagé le marché central.",
         D, "samedi à dimanche", "range", "2017-07-01", "2017-07-02"),
    case("range-fuzzy-months-spaced", "Le scrutin est attendu fin mai - début juin, selon la commission.",
         "2017-04-20", "fin mai - début juin", "range", "2017-05-21", "2017-06-10"),
    case("range-months-no-year", "De mai à juillet, les prix de l'énergie ont fortement augmenté.",
         "2017-09-01", "mai à juillet", "range", "2017-05-01", "2017-07-31"),
    case("range-months-year", "De mai à juillet 2017, plus de dix mille réfugiés ont franchi la frontière.",
         "2017-09-01", "mai à juillet 2017", "range", "2017-05-01", "2017-07-31"),
]


RESOLVING = [
    # --- hier, aujourd'hui, demain... with a day reference
    case("hier", "Le ministre des Affaires étrangères s'est exprimé hier devant l'Assemblée.",
         D, "hier", "date", "2017-07-05", "2017-07-05", value="2017-07-05", anchor="document"),
    case("avant-hier", "Les deux otages ont été libérés avant-hier, a confirmé l'Élysée.",
         D, "avant-hier", "date", "2017-07-04", "2017-07-04", value="2017-07-04", anchor="document"),
    case("aujourd-hui", "Le Parlement examine aujourd'hui le projet de loi antiterroriste.",
         D, "aujourd'hui", "date", "2017-07-06", "2017-07-06", value="2017-07-06", anchor="document"),
    case("aujourd-hui-meme", "Le texte sera publié aujourd'hui même au Journal officiel.",
         D, "aujourd'hui", "date", "2017-07-06", "2017-07-06", value="2017-07-06", anchor="document"),
    case("demain", "Les syndicats appellent à manifester demain devant le ministère.",
         D, "demain", "date", "2017-07-07", "2017-07-07", value="2017-07-07", anchor="document"),
    case("apres-demain", "Le président s'envolera après-demain pour Washington.",
         D, "après-demain", "date", "2017-07-08", "2017-07-08", value="2017-07-08", anchor="document"),
    case("hier-month-end", "Le cessez-le-feu a été violé hier à plusieurs reprises.",
         "2017-03-01", "hier", "date", "2017-02-28", "2017-02-28"),
    # --- the same with a month-only, year-only or unknown reference: unresolved
    case("hier-month-ref", "Le ministre des Affaires étrangères s'est exprimé hier devant l'Assemblée.",
         "2017-07", "hier", "date", None, None, anchor="unresolved"),
    case("demain-month-ref", "Les syndicats appellent à manifester demain devant le ministère.",
         "2017-07", "demain", "date", None, None, anchor="unresolved"),
    case("aujourd-hui-year-ref", "Le Parlement examine aujourd'hui le projet de loi antiterroriste.",
         "2017", "aujourd'hui", "date", None, None, anchor="unresolved"),
    case("avant-hier-unknown-ref", "Les deux otages ont été libérés avant-hier, a confirmé l'Élysée.",
         None, "avant-hier", "date", None, None, anchor="unresolved"),
    case("apres-demain-unknown-ref", "Le président s'envolera après-demain pour Washington.",
         None, "après-demain", "date", None, None, anchor="unresolved"),
    # --- ISO weeks, week-ends
    case("cette-semaine", "Les inspecteurs de l'AIEA sont attendus cette semaine à Téhéran.",
         D, "cette semaine", "date", "2017-07-03", "2017-07-09", value="2017-W27", anchor="document"),
    case("semaine-derniere", "La semaine dernière, les rebelles ont repris deux villages.",
         D, "semaine dernière", "date", "2017-06-26", "2017-07-02", value="2017-W26", anchor="document"),
    case("semaine-passee", "L'ambassadeur a été convoqué la semaine passée au ministère.",
         D, "semaine passée", "date", "2017-06-26", "2017-07-02", value="2017-W26"),
    case("semaine-prochaine", "Le texte sera soumis au vote la semaine prochaine.",
         D, "semaine prochaine", "date", "2017-07-10", "2017-07-16", value="2017-W28"),
    case("semaine-derniere-across-year", "La semaine dernière, le gouvernement a gelé les prix du carburant.",
         "2017-01-02", "semaine dernière", "date", "2016-12-26", "2017-01-01", value="2016-W52"),
    case("week-end-thursday", "Une grande manifestation est prévue ce week-end dans la capitale.",
         D, "week-end", "date", "2017-07-08", "2017-07-09"),
    case("week-end-saturday", "Ce week-end, de violents orages ont frappé le sud du pays.",
         "2017-07-08", "week-end", "date", "2017-07-08", "2017-07-09"),
    case("week-end-monday", "Des heurts ont éclaté ce week-end entre supporteurs et policiers.",
         "2017-07-10", "week-end", "date", "2017-07-08", "2017-07-09"),
    case("semaine-derniere-unknown-ref", "La semaine dernière, les rebelles ont repris deux villages.",
         None, "semaine dernière", "date", None, None, anchor="unresolved"),
    # --- calendar months and years
    case("ce-mois-ci", "Le gouvernement doit présenter son budget ce mois-ci.",
         D, "mois-ci", "date", "2017-07-01", "2017-07-31", value="2017-07"),
    case("courant-du-mois", "Une décision est attendue dans le courant du mois, selon Matignon.",
         D, "courant du mois", "date", "2017-07-01", "2017-07-31", value="2017-07"),
    case("mois-dernier", "Le mois dernier, l'inflation a atteint son plus haut niveau depuis dix ans.",
         D, "mois dernier", "date", "2017-06-01", "2017-06-30", value="2017-06"),
    case("mois-dernier-january", "Le mois dernier, les exportations ont reculé de 3 %.",
         "2017-01-15", "mois dernier", "date", "2016-12-01", "2016-12-31", value="2016-12"),
    case("mois-dernier-month-ref", "Le mois dernier, l'inflation a atteint son plus haut niveau depuis dix ans.",
         "2017-07", "mois dernier", "date", "2017-06-01", "2017-06-30", value="2017-06"),
    case("mois-prochain", "Les deux dirigeants se rencontreront le mois prochain à Pékin.",
         D, "mois prochain", "date", "2017-08-01", "2017-08-31", value="2017-08"),
    case("cette-annee", "La croissance devrait dépasser 2 % cette année, selon la banque centrale.",
         D, "cette année", "date", "2017-01-01", "2017-12-31", value="2017"),
    case("cette-annee-year-ref", "La croissance devrait dépasser 2 % cette année, selon la banque centrale.",
         "2017", "cette année", "date", "2017-01-01", "2017-12-31", value="2017"),
    case("an-dernier", "L'an dernier, le pays avait accueilli plus de 80 millions de touristes.",
         D, "an dernier", "date", "2016-01-01", "2016-12-31", value="2016"),
    case("annee-derniere", "Les exportations d'armes ont doublé l'année dernière.",
         D, "année dernière", "date", "2016-01-01", "2016-12-31", value="2016"),
    case("an-dernier-year-ref", "L'an dernier, le pays avait accueilli plus de 80 millions de touristes.",
         "2017", "an dernier", "date", "2016-01-01", "2016-12-31", value="2016"),
    case("an-prochain", "La nouvelle centrale doit être mise en service l'an prochain.",
         D, "an prochain", "date", "2018-01-01", "2018-12-31", value="2018"),
    # --- dernier / prochain with a month
    case("novembre-dernier", "En novembre dernier, le président avait limogé son chef d'état-major.",
         D, "novembre dernier", "date", "2016-11-01", "2016-11-30", value="2016-11"),
    case("novembre-dernier-in-november", "En novembre dernier, le président avait limogé son chef d'état-major.",
         "2017-11-20", "novembre dernier", "date", "2016-11-01", "2016-11-30", value="2016-11"),
    case("mars-prochain", "Les élections législatives auront lieu en mars prochain.",
         D, "mars prochain", "date", "2018-03-01", "2018-03-31", value="2018-03"),
    case("novembre-dernier-month-ref", "En novembre dernier, le président avait limogé son chef d'état-major.",
         "2017-11", "novembre dernier", "date", "2016-11-01", "2016-11-30", value="2016-11"),
    case("mars-prochain-unknown-ref", "Les élections législatives auront lieu en mars prochain.",
         None, "mars prochain", "date", None, None, anchor="unresolved"),
    case("mars-prochain-in-march", "Les élections législatives auront lieu en mars prochain.",
         "2017-03-10", "mars prochain", "date", "2018-03-01", "2018-03-31", value="2018-03"),
    case("mois-de-mars-prochain", "Le retrait des troupes est prévu pour le mois de mars prochain.",
         D, "mars prochain", "date", "2018-03-01", "2018-03-31", value="2018-03"),
    case("debut-septembre-prochain", "La réforme entrera en vigueur le début de septembre prochain.",
         D, "début de septembre prochain", "date", "2017-09-01", "2017-09-10", mod="START"),
    # --- il y a ...
    case("il-y-a-jours", "Il y a trois jours, un attentat a fait douze morts dans le centre-ville.",
         D, "trois jours", "date", "2017-07-03", "2017-07-03", value="2017-07-03"),
    case("il-y-a-semaines", "Il y a trois semaines, le gouvernement avait déjà démenti ces informations.",
         D, "trois semaines", "date", "2017-06-12", "2017-06-18", value="2017-W24"),
    case("il-y-a-semaines-across-year", "Il y a trois semaines, la banque centrale avait relevé ses taux.",
         "2017-01-10", "trois semaines", "date", "2016-12-19", "2016-12-25", value="2016-W51"),
    case("il-y-a-mois", "Le chantier a été lancé il y a trois mois dans la banlieue nord.",
         D, "trois mois", "date", "2017-04-01", "2017-04-30", value="2017-04"),
    case("il-y-a-ans", "Le dictateur a été renversé il y a trois ans par un soulèvement populaire.",
         D, "trois ans", "date", "2014-01-01", "2014-12-31", value="2014"),
    # --- nearest year: day and month
    case("nearest-day-same", "Le 6 juillet, le Parlement a voté la confiance au gouvernement.",
         D, "6 juillet", "date", "2017-07-06", "2017-07-06", value="2017-07-06", anchor="document"),
    case("nearest-day-future", "Le procès doit s'ouvrir le 20 décembre devant la cour d'assises.",
         D, "20 décembre", "date", "2017-12-20", "2017-12-20", value="2017-12-20"),
    case("nearest-day-past", "Le 15 février, une voiture piégée avait explosé près du marché.",
         D, "15 février", "date", "2017-02-15", "2017-02-15", value="2017-02-15"),
    case("nearest-day-next-year", "Le 3 janvier, le nouveau code du travail entrera en application.",
         D, "3 janvier", "date", "2018-01-03", "2018-01-03", value="2018-01-03"),
    case("nearest-day-tie-goes-past", "Le 1er mars, la commission a rendu un avis défavorable.",
         "2015-08-31", "1er mars", "date", "2015-03-01", "2015-03-01", value="2015-03-01"),
    case("nearest-day-month-ref-inside", "Le 28 juillet, les députés ont adopté la loi de moralisation.",
         "2017-07", "28 juillet", "date", "2017-07-28", "2017-07-28", value="2017-07-28"),
    case("nearest-day-month-ref-whole-month", "Le 10 janvier, le nouveau code du travail entrera en application.",
         "2017-07", "10 janvier", "date", "2018-01-10", "2018-01-10", value="2018-01-10"),
    case("nearest-day-month-ref-tie", "Le 16 juin, la commission a rendu un avis défavorable.",
         "2015-12", "16 juin", "date", "2015-06-16", "2015-06-16", value="2015-06-16"),
    case("nearest-day-year-ref", "Le 6 juillet, le Parlement a voté la confiance au gouvernement.",
         "2017", "6 juillet", "date", "2017-07-06", "2017-07-06", value="2017-07-06"),
    # --- nearest year: month alone
    case("nearest-month-future", "Le sommet de l'OTAN aura lieu en décembre à Varsovie.",
         D, "décembre", "date", "2017-12-01", "2017-12-31", value="2017-12"),
    case("nearest-month-tie-goes-past", "Les réserves de change avaient fondu en janvier.",
         D, "janvier", "date", "2017-01-01", "2017-01-31", value="2017-01"),
    case("nearest-month-tie-day-metric", "En avril, le gouvernement avait gelé les salaires des fonctionnaires.",
         "2016-10-15", "avril", "date", "2016-04-01", "2016-04-30", value="2016-04"),
    case("nearest-month-depuis", "Depuis janvier, plus de 2 000 migrants ont débarqué sur l'île.",
         D, "janvier", "date", "2017-01-01", "2017-01-31", value="2017-01"),
    case("nearest-month-month-ref", "Le sommet de l'OTAN aura lieu en décembre à Varsovie.",
         "2017-07", "décembre", "date", "2017-12-01", "2017-12-31", value="2017-12"),
    # --- weekdays
    case("weekday-back", "Le ministre a annoncé mardi la fermeture de la frontière.",
         D, "mardi", "date", "2017-07-04", "2017-07-04", value="2017-07-04", anchor="document"),
    case("weekday-back-lundi", "Le porte-parole a annoncé lundi un remaniement partiel.",
         D, "lundi", "date", "2017-07-03", "2017-07-03", value="2017-07-03"),
    case("weekday-same-day-monday", "Le porte-parole a annoncé lundi un remaniement partiel.",
         "2017-07-10", "lundi", "date", "2017-07-10", "2017-07-10", value="2017-07-10"),
    case("weekday-same-day-thursday", "Le Parlement a adopté jeudi le projet de loi sur le renseignement.",
         D, "jeudi", "date", "2017-07-06", "2017-07-06", value="2017-07-06"),
    case("weekday-a-compter-de", "Les magasins pourront ouvrir à compter de dimanche, précise l'arrêté.",
         D, "dimanche", "date", "2017-07-09", "2017-07-09", value="2017-07-09"),
    case("weekday-a-partir-de", "La circulation sera interdite à partir de samedi dans le centre.",
         D, "samedi", "date", "2017-07-08", "2017-07-08", value="2017-07-08"),
    case("weekday-des", "Les négociations reprendront dès lundi à Genève.",
         D, "lundi", "date", "2017-07-10", "2017-07-10", value="2017-07-10"),
    case("weekday-prochain", "Le Premier ministre présentera mardi prochain son plan d'économies.",
         D, "mardi", "date", "2017-07-11", "2017-07-11", value="2017-07-11"),
    case("weekday-future-verb", "Le président se rendra vendredi à Bruxelles pour le Conseil européen.",
         D, "vendredi", "date", "2017-07-07", "2017-07-07", value="2017-07-07"),
    case("weekday-conditional-verb", "Le vote devrait avoir lieu mardi, selon une source parlementaire.",
         D, "mardi", "date", "2017-07-11", "2017-07-11", value="2017-07-11"),
    case("weekday-dernier-strict", "Samedi dernier, des milliers de personnes ont défilé contre la réforme.",
         "2017-07-08", "Samedi dernier", "date", "2017-07-01", "2017-07-01", value="2017-07-01"),
    case("weekday-dernier", "Samedi dernier, des milliers de personnes ont défilé contre la réforme.",
         D, "Samedi dernier", "date", "2017-07-01", "2017-07-01", value="2017-07-01"),
    case("weekday-ce-nearest-forward", "Ce dimanche, les électeurs sont appelés aux urnes.",
         D, "Ce dimanche", "date", "2017-07-09", "2017-07-09", value="2017-07-09"),
    case("weekday-ce-nearest-back", "Ce dimanche, les électeurs étaient appelés aux urnes.",
         "2017-07-04", "Ce dimanche", "date", "2017-07-02", "2017-07-02", value="2017-07-02"),
    case("weekday-unknown-ref", "Le ministre a annoncé mardi la fermeture de la frontière.",
         None, "mardi", "date", None, None, anchor="unresolved"),
    # --- la veille, le lendemain...
    case("veille-previous", "Le cessez-le-feu est entré en vigueur le 4 mai 2017. La veille, les négociateurs "
         "avaient passé la nuit à l'hôtel.", D, "veille", "date", "2017-05-03", "2017-05-03",
         value="2017-05-03", anchor="previous"),
    case("lendemain-previous", "Le cessez-le-feu est entré en vigueur le 4 mai 2017. Le lendemain, des tirs "
         "ont été signalés.", D, "lendemain", "date", "2017-05-05", "2017-05-05", value="2017-05-05",
         anchor="previous"),
    case("avant-veille-previous", "Le cessez-le-feu est entré en vigueur le 4 mai 2017. L'avant-veille, un "
         "émissaire avait rencontré les rebelles.", D, "avant-veille", "date", "2017-05-02", "2017-05-02",
         anchor="previous"),
    case("surlendemain-previous", "Le cessez-le-feu est entré en vigueur le 4 mai 2017. Le surlendemain, "
         "l'ONU a salué l'accord.", D, "surlendemain", "date", "2017-05-06", "2017-05-06", anchor="previous"),
    case("meme-jour-previous", "Le cessez-le-feu est entré en vigueur le 4 mai 2017. Le même jour, Washington "
         "a levé une partie des sanctions.", D, "même jour", "date", "2017-05-04", "2017-05-04",
         anchor="previous"),
    case("lendemain-month-boundary", "La trêve a expiré le 31 mai 2017. Le lendemain, les combats ont repris.",
         D, "lendemain", "date", "2017-06-01", "2017-06-01", anchor="previous"),
    case("lendemain-skips-month", "Le mémorandum a été signé le 4 mai 2017 à Sotchi. En juin, les observateurs "
         "étaient toujours absents. Le lendemain de la signature, l'opposition avait protesté.",
         D, "lendemain", "date", "2017-05-05", "2017-05-05", anchor="previous"),
    case("lendemain-last-day-precise", "Le 2 mars 2016, l'armée est entrée dans la ville. Le 9 mars 2016, les "
         "rebelles se sont rendus. Le lendemain, le président a visité les lieux.",
         D, "lendemain", "date", "2016-03-10", "2016-03-10", anchor="previous"),
    case("veille-reference", "La veille, le ministre avait pourtant démenti tout remaniement.",
         D, "veille", "date", "2017-07-05", "2017-07-05", anchor="document"),
    case("lendemain-reference", "Le lendemain, le ministre a présenté sa démission.",
         D, "lendemain", "date", "2017-07-07", "2017-07-07", anchor="document"),
    case("veille-previous-unknown-ref", "Le cessez-le-feu est entré en vigueur le 4 mai 2017. La veille, les "
         "négociateurs avaient passé la nuit à l'hôtel.", None, "veille", "date", "2017-05-03", "2017-05-03",
         anchor="previous"),
    case("veille-unknown-ref", "La veille, le ministre avait pourtant démenti tout remaniement.",
         None, "veille", "date", None, None, anchor="unresolved"),
    # --- unknown reference
    case("unknown-month-lent-by-day", "Mi-mars, l'aviation a intensifié ses frappes. Le 15 mars 2016, les "
         "rebelles ont quitté la table des négociations.", None, "Mi-mars", "date", "2016-03-11", "2016-03-20",
         mod="MID"),
    case("unknown-day-lent-by-day", "Le 9 mars, l'armée a repris la colline. Le 15 mars 2016, les rebelles "
         "ont quitté la table des négociations.", None, "9 mars", "date", "2016-03-09", "2016-03-09",
         value="2016-03-09"),
    case("unknown-day-lent-by-earlier-day", "Le 15 mars 2016, les rebelles ont quitté la table des négociations. "
         "Début mars, l'aviation avait intensifié ses frappes.", None, "Début mars", "date", "2016-03-01",
         "2016-03-10", mod="START"),
    case("unknown-other-month-keeps-xxxx", "Le 3 mai, l'ambassadeur a été rappelé. Il était en poste depuis "
         "septembre 2015.", None, "3 mai", "date", None, None, value="XXXX-05-03", anchor="unresolved"),
    case("unknown-month-alone", "En janvier, le gouvernement avait présenté sa démission.",
         None, "janvier", "date", None, None, value="XXXX-01", anchor="unresolved"),
    case("unknown-day-alone", "Le 14 juillet, le défilé a été annulé pour raisons de sécurité.",
         None, "14 juillet", "date", None, None, value="XXXX-07-14", anchor="unresolved"),
    case("unknown-mois-dernier", "Le mois dernier, l'inflation a atteint son plus haut niveau depuis dix ans.",
         None, "mois dernier", "date", None, None, anchor="unresolved"),
    case("unknown-an-dernier", "L'an dernier, le pays avait accueilli plus de 80 millions de touristes.",
         None, "an dernier", "date", None, None, anchor="unresolved"),
]


@pytest.mark.parametrize(("text", "ref", "key", "kind", "first", "last", "extra"), INTERVALS + RESOLVING)
def test_expression(
    text: str, ref: str | None, key: str, kind: str, first: str | None, last: str | None, extra: dict
) -> None:
    record = find(text, ref, key)
    got = {"kind": record.kind, "first": iso(record.first), "last": iso(record.last)}
    want = {"kind": kind, "first": first, "last": last}
    for field, value in extra.items():
        got[field] = getattr(record, field)
        want[field] = value
    assert got == want, f"{record}"


# --------------------------------------------------------------------------------------------
# non-consecutive enumerations: separate dates


@pytest.mark.parametrize(
    ("text", "ref", "phrase", "days"),
    [
        pytest.param("Des frappes aériennes ont visé le quartier les 3 et 12 mai, selon l'ONG.",
                     D, "les 3 et 12 mai", ["2017-05-03", "2017-05-12"], id="enum-3-et-12-mai"),
        pytest.param("Les urnes ont été ouvertes les 2, 9 et 23 avril dans les bureaux de l'étranger.",
                     D, "les 2, 9 et 23 avril", ["2017-04-02", "2017-04-09", "2017-04-23"], id="enum-three-days"),
    ],
)
def test_enumeration_gives_separate_dates(text: str, ref: str, phrase: str, days: list[str]) -> None:
    records = extract(text, ref)
    start, end = _span(text, phrase)
    dated = [r for r in records if r.kind in DATES and r.start < end and r.end > start]
    got = sorted((r.kind, iso(r.first), iso(r.last)) for r in dated)
    assert got == [("date", d, d) for d in days], _show(records)


# --------------------------------------------------------------------------------------------
# not a date


@pytest.mark.parametrize(
    ("text", "ref", "key"),
    [
        # durations
        pytest.param("Après deux jours de négociations, les parties ont signé un compromis.", D, "deux jours",
                     id="duration-deux-jours"),
        pytest.param("Le pays est en guerre depuis six ans, rappelle le Haut-Commissariat.", D, "six ans",
                     id="duration-depuis-six-ans"),
        pytest.param("Le journaliste a été détenu six mois sans jugement.", D, "six mois", id="duration-six-mois"),
        pytest.param("La mission durera trois semaines, selon l'état-major.", D, "trois semaines",
                     id="duration-trois-semaines"),
        # times of day
        pytest.param("Les délégations se sont retrouvées à midi au siège des Nations unies.", D, "midi",
                     id="time-midi"),
        pytest.param("Les tirs ont cessé vers 12 heures, heure locale, selon l'armée.", D, "12 heures",
                     id="time-12-heures"),
        pytest.param("La secousse a été ressentie à 23:11 dans toute la région.", D, "23:11", id="time-23-11"),
        # numbers that are not years
        pytest.param("Au total, 2017 personnes ont été évacuées des zones inondées.", D, "2017",
                     id="number-2017-personnes"),
        pytest.param("Le destroyer a tiré 59 missiles de croisière contre l'aérodrome.", D, "59",
                     id="number-59-missiles"),
        pytest.param("Sept soldats ont été tués dans l'embuscade, selon l'armée.", D, "Sept", id="number-sept-initial"),
        pytest.param("Les sept juges de la Cour ont rejeté le recours du gouvernement.", D, "sept",
                     id="number-sept-juges"),
        # mai inside words
        pytest.param("Le maire de la commune a dénoncé une attaque inacceptable.", D, "maire", id="word-maire"),
        pytest.param("Le régime n'a jamais reconnu sa responsabilité.", D, "jamais", id="word-jamais"),
        pytest.param("La coopération dans le domaine nucléaire sera renforcée.", D, "domaine", id="word-domaine"),
        # weekday abbreviations
        pytest.param("Le ministre a présenté sa démission au chef de l'État.", D, "sa", id="abbr-sa"),
        pytest.param("« Je ne céderai pas », a lancé le président devant la presse.", D, "Je", id="abbr-je"),
        pytest.param("« Ce que je demande, c'est un cessez-le-feu », a-t-il déclaré.", D, "je", id="abbr-je-lower"),
        pytest.param("« Cela me paraît prématuré », a réagi le porte-parole.", D, "me", id="abbr-me"),
        # vague words
        pytest.param("Le gouvernement a récemment durci sa politique migratoire.", D, "récemment",
                     id="vague-recemment"),
        pytest.param("Un accord devrait être trouvé bientôt, assure la médiation.", D, "bientôt", id="vague-bientot"),
        pytest.param("Les tensions se sont accrues ces derniers mois dans la région.", D, "ces derniers mois",
                     id="vague-ces-derniers-mois"),
        # metadata header
        pytest.param(" date 2017-07\nLe gouvernement a annoncé un plan de relance de l'économie.", "2017-07",
                     "date 2017-07", id="header-month"),
        pytest.param(" date 2017-07\nLe gouvernement a annoncé un plan de relance de l'économie.", None,
                     "date 2017-07", id="header-month-unknown-ref"),
    ],
)
def test_not_a_date(text: str, ref: str | None, key: str) -> None:
    records = extract(text, ref)
    start, end = _span(text, key)
    overlapping = [r for r in records if r.kind in DATES and r.start < end and r.end > start]
    assert not overlapping, f"{key!r} read as a date:\n{_show(overlapping)}"


def test_reference_forms_are_accepted() -> None:
    """The four reference forms, as strings and as a Reference, give the same records."""
    text = "Le traité a été signé le 4 mai 2017 à Genève."
    for ref in ("2017-07-06", "2017-07", "2017", None):
        assert extract(text, ref) == extract(text, Reference.parse(ref))
