#!/usr/bin/env python3
"""Build gold.jsonl of the dates probe from the sentences below (our own, written for it).

Each entry: (reference, text, [(surface, first, last?), ...], [ignored surface, ...]).
A surface is found in the text (`surface@2` for its second occurrence); `last` defaults to
`first`. Expected intervals are what a careful reader gives, by /work/shared/TEMPORAL.md.
Sentences with no expected date measure false alarms (any date found there is an extra).

    python benchmarks/probes/dates_probe/build_probe.py   # writes gold.jsonl beside this file
"""

from __future__ import annotations

import json
from pathlib import Path

A = "2023-03-15"  # Wednesday
B = "2021-11-08"  # Monday
C = "2019-06-23"  # Sunday
D = "2024-01-05"  # Friday
E = "2022-09-01"  # Thursday
F = "2018-12-29"  # Saturday
G = "2020-07-14"  # Tuesday

PROBE: list = [  # a string starts a family
    "ranges",
    (
        A,
        "Le festival se tiendra du 13 au 15 juillet à Avignon.",
        [("13 au 15 juillet", "2023-07-13", "2023-07-15")],
        [],
    ),
    (A, "Les rencontres (13-15 juillet) réuniront 200 exposants.", [("13-15 juillet", "2023-07-13", "2023-07-15")], []),
    (
        A,
        "Les négociations auront lieu entre le 3 et le 5 mai à Genève.",
        [("3 et le 5 mai", "2023-05-03", "2023-05-05")],
        [],
    ),
    (A, "Les contrôleurs feront grève de lundi à mercredi.", [("lundi à mercredi", "2023-03-20", "2023-03-22")], []),
    (A, "Le sommet s'est tenu le 4 et le 5 mars à Bruxelles.", [("4 et le 5 mars", "2023-03-04", "2023-03-05")], []),
    (A, "Le général Dupont (1950-1953) a commandé la garnison.", [("1950-1953", "1950-01-01", "1953-12-31")], []),
    (A, "De 2014 à 2016, le chômage a reculé dans la région.", [("2014 à 2016", "2014-01-01", "2016-12-31")], []),
    (A, "Entre 2010 et 2012, la dette de la commune a doublé.", [("2010 et 2012", "2010-01-01", "2012-12-31")], []),
    (
        B,
        "Du 22 novembre au 3 décembre, la conférence réunira les délégations.",
        [("22 novembre au 3 décembre", "2021-11-22", "2021-12-03")],
        [],
    ),
    (
        B,
        "La conférence se déroulera du mardi 16 au jeudi 18 novembre.",
        [("mardi 16 au jeudi 18 novembre", "2021-11-16", "2021-11-18")],
        [],
    ),
    (
        B,
        "Les bureaux seront ouverts entre lundi et mercredi prochains.",
        [("lundi et mercredi prochains", "2021-11-15", "2021-11-17")],
        [],
    ),
    (B, "Les combats ont duré du 2 au 6 novembre.", [("2 au 6 novembre", "2021-11-02", "2021-11-06")], []),
    (
        B,
        "Du 1er au 3 octobre, le salon a accueilli 10 000 visiteurs.",
        [("1er au 3 octobre", "2021-10-01", "2021-10-03")],
        [],
    ),
    (C, "Les épreuves se sont déroulées du 17 au 21 juin.", [("17 au 21 juin", "2019-06-17", "2019-06-21")], []),
    (C, "De juin à août, les musées ouvriront plus tard.", [("juin à août", "2019-06-01", "2019-08-31")], []),
    (
        C,
        "Fin juin-début juillet, la canicule devrait frapper le pays.",
        [("Fin juin-début juillet", "2019-06-21", "2019-07-10")],
        [],
    ),
    (
        C,
        "Les vacances courent du 6 juillet au 2 septembre.",
        [("6 juillet au 2 septembre", "2019-07-06", "2019-09-02")],
        [],
    ),
    (D, "Il a dirigé le pays de 1981 à 1995.", [("1981 à 1995", "1981-01-01", "1995-12-31")], []),
    (
        D,
        "Entre le 26 et le 28 décembre, les tempêtes ont privé 40 000 foyers d'électricité.",
        [("26 et le 28 décembre", "2023-12-26", "2023-12-28")],
        [],
    ),
    (
        D,
        "Le mandat court de janvier 2024 à décembre 2026.",
        [("janvier 2024 à décembre 2026", "2024-01-01", "2026-12-31")],
        [],
    ),
    (D, "L'écrivain (1899-1977) est enterré à Montparnasse.", [("1899-1977", "1899-01-01", "1977-12-31")], []),
    (E, "Le salon se tiendra les 14 et 15 septembre.", [("14 et 15 septembre", "2022-09-14", "2022-09-15")], []),
    (
        E,
        "Les 3 et 10 septembre, deux manifestations sont prévues.",
        [("3", "2022-09-03"), ("10 septembre", "2022-09-10")],
        [],
    ),
    (G, "Les épreuves auront lieu le 20 et 21 juillet.", [("20 et 21 juillet", "2020-07-20", "2020-07-21")], []),
    (G, "Les 18-19 juillet, le Tour passera dans la région.", [("18-19 juillet", "2020-07-18", "2020-07-19")], []),
    (
        G,
        "Le festival, du 24 juillet au 2 août, est annulé.",
        [("24 juillet au 2 août", "2020-07-24", "2020-08-02")],
        [],
    ),
    (
        G,
        "Du lundi 20 au mercredi 22 juillet, la circulation sera interdite.",
        [("lundi 20 au mercredi 22 juillet", "2020-07-20", "2020-07-22")],
        [],
    ),
    (
        G,
        "Entre le 1er et le 15 août, les départs seront nombreux.",
        [("1er et le 15 août", "2020-08-01", "2020-08-15")],
        [],
    ),
    (G, "De 2017 à 2020, le chômage a reculé.", [("2017 à 2020", "2017-01-01", "2020-12-31")], []),
    (
        G,
        "Le quinquennat 2017-2022 s'achèvera dans deux ans.",
        [("2017-2022", "2017-01-01", "2022-12-31")],
        ["dans deux ans"],
    ),
    (G, "Durant la période 2015-2019, les émissions ont baissé.", [("2015-2019", "2015-01-01", "2019-12-31")], []),
    (E, "Du 1er au 30 septembre, l'exposition est ouverte.", [("1er au 30 septembre", "2022-09-01", "2022-09-30")], []),
    (
        E,
        "Entre le 20 et le 25 août, les pompiers ont lutté contre les flammes.",
        [("20 et le 25 août", "2022-08-20", "2022-08-25")],
        [],
    ),
    (
        E,
        "Les 27, 28 et 29 août, le festival a accueilli 50 000 personnes.",
        [("27, 28 et 29 août", "2022-08-27", "2022-08-29")],
        [],
    ),
    (
        F,
        "Entre Noël et le jour de l'an, les commerces sont ouverts le dimanche.",
        [("Noël et le jour de l'an", "2018-12-25", "2019-01-01")],
        ["le dimanche"],
    ),
    (
        B,
        "Depuis le 1er octobre jusqu'au 15 novembre, la chasse est ouverte.",
        [("1er octobre jusqu'au 15 novembre", "2021-10-01", "2021-11-15")],
        [],
    ),
    (
        G,
        "Du 17 mars au 11 mai, les Français ont été confinés.",
        [("17 mars au 11 mai", "2020-03-17", "2020-05-11")],
        [],
    ),
    "a weekday relative to another date",
    (
        A,
        "Le texte a été adopté le 2 mars. Le mardi suivant, le Sénat l'a rejeté.",
        [("2 mars", "2023-03-02"), ("mardi suivant", "2023-03-07")],
        [],
    ),
    (
        A,
        "L'accord a été signé le 1er février ; le lundi d'après, les usines ont rouvert.",
        [("1er février", "2023-02-01"), ("lundi d'après", "2023-02-06")],
        [],
    ),
    (A, "L'audience est fixée à lundi en huit.", [("lundi en huit", "2023-03-27")], []),
    (A, "Le verdict sera rendu jeudi en quinze.", [("jeudi en quinze", "2023-03-30")], []),
    (
        B,
        "Le 12 octobre, le gouvernement a présenté son budget. Le jeudi précédent, les syndicats avaient manifesté.",
        [("12 octobre", "2021-10-12"), ("jeudi précédent", "2021-10-07")],
        [],
    ),
    (C, "La finale aura lieu samedi de la semaine prochaine.", [("samedi de la semaine prochaine", "2019-06-29")], []),
    (
        D,
        "Le 20 décembre, le texte a été voté. Le vendredi suivant, il était promulgué.",
        [("20 décembre", "2023-12-20"), ("vendredi suivant", "2023-12-22")],
        [],
    ),
    "bare day numbers",
    (
        A,
        "Le conseil s'est réuni le 2 mars. Le 9, il a voté le budget.",
        [("2 mars", "2023-03-02"), ("Le 9", "2023-03-09")],
        [],
    ),
    (A, "Les députés voteront le texte le 28.", [("le 28", "2023-03-28")], []),
    (B, "Le sommet du 3 a été reporté.", [("du 3", "2021-11-03")], []),
    (
        "2021-10-28",
        "Le forum s'ouvre le 1er novembre à Glasgow. La réunion du 4 sera consacrée aux forêts.",
        [("1er novembre", "2021-11-01"), ("du 4", "2021-11-04")],
        [],
    ),
    (E, "Mercredi 7, les enseignants seront en grève.", [("Mercredi 7", "2022-09-07")], []),
    (E, "Le 25, la rentrée parlementaire s'est déroulée dans le calme.", [("Le 25", "2022-08-25")], []),
    (G, "La séance du 9 a été houleuse.", [("du 9", "2020-07-09")], []),
    (
        E,
        "Le 12 août, l'incendie a repris. Le 16, il était fixé.",
        [("12 août", "2022-08-12"), ("Le 16", "2022-08-16")],
        [],
    ),
    (
        E,
        "Le procès s'ouvre le 5 septembre. L'audience du 8 sera consacrée aux témoins.",
        [("5 septembre", "2022-09-05"), ("du 8", "2022-09-08")],
        [],
    ),
    (B, "Le jeudi 4, la direction a annoncé 200 suppressions de postes.", [("jeudi 4", "2021-11-04")], []),
    "offsets from the previous date",
    (
        A,
        "Le séisme a frappé le 6 février. Deux jours plus tard, les secours arrivaient.",
        [("6 février", "2023-02-06"), ("Deux jours plus tard", "2023-02-08")],
        [],
    ),
    (
        A,
        "L'usine a fermé le 10 janvier 2022 ; trois semaines après, elle était vendue.",
        [("10 janvier 2022", "2022-01-10"), ("trois semaines après", "2022-01-31", "2022-02-06")],
        [],
    ),
    (
        A,
        "Le 12 mars, le ministre a démissionné ; le jour même, son successeur était nommé.",
        [("12 mars", "2023-03-12"), ("jour même", "2023-03-12")],
        [],
    ),
    (
        A,
        "L'incendie a éclaté le 20 juillet 2021. La semaine suivante, l'enquête était ouverte.",
        [("20 juillet 2021", "2021-07-20"), ("semaine suivante", "2021-07-26", "2021-08-01")],
        [],
    ),
    (
        A,
        "Le traité a été signé en juin 2015 ; un an et demi plus tôt, les discussions avaient échoué.",
        [("juin 2015", "2015-06-01", "2015-06-30"), ("un an et demi plus tôt", "2013-12-01", "2013-12-31")],
        [],
    ),
    (
        B,
        "Il a été élu le 7 mai 2017. Cinq mois plus tard, il réformait le code du travail.",
        [("7 mai 2017", "2017-05-07"), ("Cinq mois plus tard", "2017-10-01", "2017-10-31")],
        [],
    ),
    (
        B,
        "Le 3 novembre, la police a arrêté le suspect. Ce jour-là, il pleuvait.",
        [("3 novembre", "2021-11-03"), ("Ce jour-là", "2021-11-03")],
        [],
    ),
    (
        B,
        "Le virus a été détecté en mars 2020 ; deux ans plus tard, il circulait toujours.",
        [("mars 2020", "2020-03-01", "2020-03-31"), ("deux ans plus tard", "2022-01-01", "2022-12-31")],
        [],
    ),
    (
        C,
        "Le 14 juin, la grève a commencé ; dix jours auparavant, les négociations avaient échoué.",
        [("14 juin", "2019-06-14"), ("dix jours auparavant", "2019-06-04")],
        [],
    ),
    (
        D,
        "Le 2 janvier, le volcan est entré en éruption. Le lendemain, l'aéroport a fermé.",
        [("2 janvier", "2024-01-02"), ("lendemain", "2024-01-03")],
        [],
    ),
    (
        D,
        "Le 15 décembre, le parlement a voté. L'année précédente, il avait rejeté le texte.",
        [("15 décembre", "2023-12-15"), ("année précédente", "2022-01-01", "2022-12-31")],
        [],
    ),
    (
        E,
        "Le ministre se rendra à Kiev le 12 septembre ; la veille, il sera à Varsovie.",
        [("12 septembre", "2022-09-12"), ("la veille", "2022-09-11")],
        [],
    ),
    (
        E,
        "Le 5 août, le contrat a été signé. Le mois suivant, les travaux ont commencé.",
        [("5 août", "2022-08-05"), ("mois suivant", "2022-09-01", "2022-09-30")],
        [],
    ),
    (
        G,
        "Le 3 juillet, le Premier ministre a démissionné. Le même jour, son successeur a été nommé.",
        [("3 juillet", "2020-07-03"), ("même jour", "2020-07-03")],
        [],
    ),
    (
        G,
        "Le 3 juillet, le maire a démissionné. Deux semaines plus tôt, il avait été réélu.",
        [("3 juillet", "2020-07-03"), ("Deux semaines plus tôt", "2020-06-15", "2020-06-21")],
        [],
    ),
    "la veille de X, au lendemain de X",
    (
        A,
        "La veille du sommet du 23 mars, les ministres se réuniront à Bruxelles.",
        [("veille", "2023-03-22"), ("23 mars", "2023-03-23")],
        [],
    ),
    (D, "La veille de Noël, une tempête a balayé la Bretagne.", [("La veille de Noël", "2023-12-24")], []),
    (
        D,
        "Au lendemain de la présidentielle du 24 avril 2022, les marchés ont progressé.",
        [("lendemain", "2022-04-25"), ("24 avril 2022", "2022-04-24")],
        [],
    ),
    (
        G,
        "La veille du 14-Juillet, les pompiers ont défilé dans la ville.",
        [("veille", "2020-07-13"), ("14-Juillet", "2020-07-14")],
        [],
    ),
    (
        C,
        "Le lendemain de la fête de la musique, les rues étaient jonchées de détritus.",
        [("lendemain", "2019-06-22"), ("fête de la musique", "2019-06-21")],
        [],
    ),
    (
        C,
        "L'avant-veille du scrutin du 26 mai, les sondages donnaient la liste en tête.",
        [("avant-veille", "2019-05-24"), ("26 mai", "2019-05-26")],
        [],
    ),
    (
        C,
        "Deux jours avant le 14 juillet, la préfecture interdira les pétards.",
        [("Deux jours avant", "2019-07-12"), ("14 juillet", "2019-07-14")],
        [],
    ),
    "nights",
    (
        B,
        "Dans la nuit de samedi à dimanche, un incendie a ravagé l'entrepôt.",
        [("samedi à dimanche", "2021-11-06", "2021-11-07")],
        [],
    ),
    (
        A,
        "Dans la nuit du 11 au 12 mars, trois voitures ont été incendiées.",
        [("11 au 12 mars", "2023-03-11", "2023-03-12")],
        [],
    ),
    (
        E,
        "Dans la nuit de mardi à mercredi, les frappes ont repris.",
        [("mardi à mercredi", "2022-08-30", "2022-08-31")],
        [],
    ),
    (
        E,
        "Dans la nuit du 31 août au 1er septembre, des feux ont éclaté.",
        [("31 août au 1er septembre", "2022-08-31", "2022-09-01")],
        [],
    ),
    "ordinals and parts",
    (
        A,
        "Le PIB a progressé de 0,4 % au premier trimestre 2017.",
        [("premier trimestre 2017", "2017-01-01", "2017-03-31")],
        [],
    ),
    (A, "La croissance devrait accélérer au second semestre.", [("second semestre", "2023-07-01", "2023-12-31")], []),
    (
        A,
        "Les inscriptions ouvriront la première quinzaine d'avril.",
        [("première quinzaine d'avril", "2023-04-01", "2023-04-15")],
        [],
    ),
    (
        A,
        "Le festival a lieu le premier week-end d'août.",
        [("premier week-end d'août", "2023-08-05", "2023-08-06")],
        [],
    ),
    (A, "Les comptes seront publiés à la fin du mois.", [("fin du mois", "2023-03-21", "2023-03-31")], []),
    (A, "Les résultats sont attendus courant juin.", [("courant juin", "2023-06-01", "2023-06-30")], []),
    (A, "La décision tombera à la mi-septembre.", [("mi-septembre", "2023-09-11", "2023-09-20")], []),
    (A, "Au tournant des années 2000, la ville a changé de visage.", [], ["tournant des années 2000"]),
    (A, "Dans les années 1990, le quartier était délaissé.", [("années 1990", "1990-01-01", "1999-12-31")], []),
    (A, "Au XIXe siècle, la ville était un port prospère.", [("XIXe siècle", "1800-01-01", "1899-12-31")], []),
    (
        B,
        "Les chiffres du troisième trimestre seront publiés demain.",
        [("troisième trimestre", "2021-07-01", "2021-09-30"), ("demain", "2021-11-09")],
        [],
    ),
    (B, "Le dernier jour d'octobre, la conférence s'est ouverte.", [("dernier jour d'octobre", "2021-10-31")], []),
    (
        C,
        "La fin de l'année sera difficile pour les agriculteurs.",
        [("fin de l'année", "2019-09-01", "2019-12-31")],
        [],
    ),
    (D, "Les travaux débuteront au deuxième trimestre.", [("deuxième trimestre", "2024-04-01", "2024-06-30")], []),
    (D, "Mi-février, la commission rendra son rapport.", [("Mi-février", "2024-02-11", "2024-02-20")], []),
    (D, "Le premier mardi de février, les élus se réuniront.", [("premier mardi de février", "2024-02-06")], []),
    (E, "Fin août, les incendies ont ravagé la Gironde.", [("Fin août", "2022-08-21", "2022-08-31")], []),
    (E, "Début octobre, le budget sera présenté.", [("Début octobre", "2022-10-01", "2022-10-10")], []),
    (
        G,
        "La deuxième quinzaine de juillet s'annonce chaude.",
        [("deuxième quinzaine de juillet", "2020-07-16", "2020-07-31")],
        [],
    ),
    (D, "Le 2e trimestre 2023 a été meilleur que prévu.", [("2e trimestre 2023", "2023-04-01", "2023-06-30")], []),
    (D, "Le 1er semestre 2024 sera décisif.", [("1er semestre 2024", "2024-01-01", "2024-06-30")], []),
    (A, "Au cours des années 80, la sidérurgie s'est effondrée.", [("années 80", "1980-01-01", "1989-12-31")], []),
    (A, "Les années 2010 ont vu l'essor des réseaux sociaux.", [("années 2010", "2010-01-01", "2019-12-31")], []),
    (B, "Mi-novembre, la conférence s'achèvera.", [("Mi-novembre", "2021-11-11", "2021-11-20")], []),
    (B, "Fin 2021, la dette atteindra 115 % du PIB.", [("Fin 2021", "2021-09-01", "2021-12-31")], []),
    (B, "Début 2022, le scrutin approchera.", [("Début 2022", "2022-01-01", "2022-04-30")], []),
    (B, "Mi-2022, le chantier sera achevé.", [("Mi-2022", "2022-05-01", "2022-08-31")], []),
    (
        B,
        "Jusqu'à fin novembre, le passe sanitaire reste obligatoire.",
        [("fin novembre", "2021-11-21", "2021-11-30")],
        [],
    ),
    (B, "Depuis la mi-octobre, les prix du gaz ont doublé.", [("mi-octobre", "2021-10-11", "2021-10-20")], []),
    (B, "D'ici fin 2022, 2 000 postes seront créés.", [("fin 2022", "2022-09-01", "2022-12-31")], []),
    (D, "Début janvier, la neige est tombée sur les Alpes.", [("Début janvier", "2024-01-01", "2024-01-10")], []),
    "holidays",
    (A, "Les magasins fermeront à Noël.", [("Noël", "2023-12-25")], []),
    (A, "À Pâques, les familles se retrouveront.", [("Pâques", "2023-04-09")], []),
    (A, "Le jour de l'an, les pompiers ont multiplié les interventions.", [("jour de l'an", "2023-01-01")], []),
    (A, "La Toussaint 2022 a été pluvieuse.", [("Toussaint 2022", "2022-11-01")], []),
    (
        A,
        "Le défilé du 14-Juillet sera réduit cette année.",
        [("14-Juillet", "2023-07-14"), ("cette année", "2023-01-01", "2023-12-31")],
        [],
    ),
    (
        A,
        "La fête du Travail a rassemblé des milliers de manifestants à Paris.",
        [("fête du Travail", "2022-05-01")],
        [],
    ),
    (
        A,
        "L'Ascension tombe cette année le 18 mai.",
        [("Ascension", "2023-05-18"), ("cette année", "2023-01-01", "2023-12-31"), ("18 mai", "2023-05-18")],
        [],
    ),
    (A, "Le lundi de Pentecôte sera travaillé dans les hôpitaux.", [("lundi de Pentecôte", "2023-05-29")], []),
    (
        A,
        "Le ramadan commencera la semaine prochaine.",
        [("semaine prochaine", "2023-03-20", "2023-03-26")],
        ["ramadan"],
    ),
    (B, "Le 11-Novembre, le président ravivera la flamme.", [("11-Novembre", "2021-11-11")], []),
    (B, "L'Armistice sera célébré jeudi.", [("Armistice", "2021-11-11"), ("jeudi", "2021-11-11")], []),
    (F, "La Saint-Sylvestre sera placée sous haute surveillance.", [("Saint-Sylvestre", "2018-12-31")], []),
    (F, "À Noël, les ventes de jouets ont bondi.", [("Noël", "2018-12-25")], []),
    (F, "Le jour de l'an, les transports seront gratuits.", [("jour de l'an", "2019-01-01")], []),
    (
        G,
        "Pâques a été célébré en confinement cette année.",
        [("Pâques", "2020-04-12"), ("cette année", "2020-01-01", "2020-12-31")],
        [],
    ),
    (G, "La Pentecôte 2019 avait été marquée par des orages.", [("Pentecôte 2019", "2019-06-09")], []),
    (
        C,
        "Vendredi 21 juin, la fête de la musique a attiré les foules.",
        [("Vendredi 21 juin", "2019-06-21"), ("fête de la musique", "2019-06-21")],
        [],
    ),
    (
        G,
        "La fête nationale a été célébrée ce matin.",
        [("fête nationale", "2020-07-14"), ("ce matin", "2020-07-14")],
        [],
    ),
    "numeric shapes",
    (A, "Le décret du 21-04-2016 a été abrogé.", [("21-04-2016", "2016-04-21")], []),
    (A, "Selon le rapport daté du 2015/08/12, la digue était fragile.", [("2015/08/12", "2015-08-12")], []),
    (A, "Les chiffres de 11/2016 montrent une hausse.", [("11/2016", "2016-11-01", "2016-11-30")], []),
    (A, "Date limite : 15/02.", [("15/02", "2023-02-15")], []),
    (A, "Rendez-vous le 2/3 à la mairie.", [("2/3", "2023-03-02")], []),
    (A, "Ouverture le 04.04.2023 à 9 h.", [("04.04.2023", "2023-04-04")], []),
    (B, "Le scrutin du 12/12/2021 est maintenu.", [("12/12/2021", "2021-12-12")], []),
    (A, "Le 31/01/2023, la mobilisation a atteint un record.", [("31/01/2023", "2023-01-31")], []),
    "written shapes",
    (A, "Publié le 12 janvier, 2018, le rapport a fait grand bruit.", [("12 janvier, 2018", "2018-01-12")], []),
    (A, "Réunion du 5 juil. reportée.", [("5 juil.", "2023-07-05")], []),
    (A, "Le 1er mars, la réforme est entrée en vigueur.", [("1er mars", "2023-03-01")], []),
    (A, "Le 1ᵉʳ mars, le préfet a pris un arrêté.", [("1ᵉʳ mars", "2023-03-01")], []),
    (A, "LE 1ER MAI, LES SYNDICATS DÉFILERONT.", [("1ER MAI", "2023-05-01")], []),
    (B, "Lundi 1er, la préfecture a publié un arrêté.", [("Lundi 1er", "2021-11-01")], []),
    (B, "Le 3 nov., le Conseil a tranché.", [("3 nov.", "2021-11-03")], []),
    (B, "Le 28 sept 2021, l'usine a fermé.", [("28 sept 2021", "2021-09-28")], []),
    (E, "Le 2 septembre 2022 à 10h, la cérémonie commencera.", [("2 septembre 2022", "2022-09-02")], []),
    (E, "Le 31 aout, les prix ont baissé.", [("31 aout", "2022-08-31")], []),
    (E, "Le 14 fevrier, les fleuristes seront débordés.", [("14 fevrier", "2023-02-14")], []),
    (
        A,
        "Le 8 Mars, journée des droits des femmes, des milliers de personnes ont défilé.",
        [("8 Mars", "2023-03-08")],
        [],
    ),
    (A, "LE 20 MARS, LA GRÈVE REPRENDRA.", [("20 MARS", "2023-03-20")], []),
    (A, "Le 7 mars 2023, 1,28 million de personnes ont manifesté.", [("7 mars 2023", "2023-03-07")], []),
    (
        A,
        "Le 19 janvier 2023 – première journée de mobilisation – a réuni un million de personnes.",
        [("19 janvier 2023", "2023-01-19")],
        [],
    ),
    (A, "PARIS, 14 mars (AFP) - Le gouvernement a engagé sa responsabilité.", [("14 mars", "2023-03-14")], []),
    (A, "Bruxelles, le 13 mars 2023 — La Commission a présenté son plan.", [("13 mars 2023", "2023-03-13")], []),
    (A, "Le 3 mars dernier, la police a perquisitionné.", [("3 mars dernier", "2023-03-03")], []),
    (A, "Le 20 mars prochain, le texte sera examiné.", [("20 mars prochain", "2023-03-20")], []),
    (A, "Le lundi 20 mars, les syndicats manifesteront.", [("lundi 20 mars", "2023-03-20")], []),
    (A, "Le dimanche 5 mars 2023, les électeurs ont voté.", [("dimanche 5 mars 2023", "2023-03-05")], []),
    (D, "Le 29 février, le projet sera présenté.", [("29 février", "2024-02-29")], []),
    (F, "Mardi 1er janvier, les magasins resteront fermés.", [("Mardi 1er janvier", "2019-01-01")], []),
    "times of day with dates",
    (A, "Le conseil se réunira mardi à 14 h.", [("mardi", "2023-03-21")], ["14 h"]),
    (A, "Ce matin, la police a évacué le camp.", [("Ce matin", "2023-03-15")], []),
    (A, "Hier soir, le président a parlé aux Français.", [("Hier", "2023-03-14")], []),
    (A, "Demain matin, les trains circuleront normalement.", [("Demain", "2023-03-16")], []),
    (A, "Jeudi soir, le ministre sera à Lille.", [("Jeudi", "2023-03-16")], []),
    (A, "Dimanche vers 18 heures, un incendie s'est déclaré.", [("Dimanche", "2023-03-12")], ["18 heures"]),
    (B, "Lundi midi, le Premier ministre a reçu les syndicats.", [("Lundi", "2021-11-08")], []),
    (B, "En début d'après-midi, les manifestants se sont dispersés.", [], ["début d'après-midi"]),
    (B, "Samedi matin, des heurts ont éclaté.", [("Samedi", "2021-11-06")], []),
    (B, "Le 31 décembre au soir, la ville sera illuminée.", [("31 décembre", "2021-12-31")], []),
    (G, "Le 13 juillet au soir, des feux d'artifice ont été tirés.", [("13 juillet", "2020-07-13")], []),
    "seasons",
    (A, "Cet été, les festivals reviendront.", [("Cet été", "2023-06-01", "2023-08-31")], []),
    (A, "L'hiver dernier, les prix du gaz ont flambé.", [("hiver dernier", "2022-12-01", "2023-02-28")], []),
    (A, "Au printemps 2019, le mouvement s'est essoufflé.", [("printemps 2019", "2019-03-01", "2019-05-31")], []),
    (A, "L'automne prochain, la réforme sera votée.", [("automne prochain", "2023-09-01", "2023-11-30")], []),
    (B, "Cet hiver, les températures seront douces.", [("Cet hiver", "2021-12-01", "2022-02-28")], []),
    (B, "L'été dernier, les incendies ont ravagé la Grèce.", [("été dernier", "2021-06-01", "2021-08-31")], []),
    (E, "Cet automne, la rentrée sociale s'annonce agitée.", [("Cet automne", "2022-09-01", "2022-11-30")], []),
    (
        C,
        "Au printemps dernier, les élections européennes ont eu lieu.",
        [("printemps dernier", "2019-03-01", "2019-05-31")],
        [],
    ),
    (E, "La réforme des retraites sera présentée à l'automne.", [("automne", "2022-09-01", "2022-11-30")], []),
    "durations and other things that are no dates",
    (A, "Les pourparlers ont duré pendant trois jours.", [], ["pendant trois jours"]),
    (A, "Depuis dix ans, la ville investit dans le tramway.", [], ["Depuis dix ans"]),
    (A, "Il a passé 20 ans en prison.", [], ["20 ans"]),
    (B, "La grève dure depuis trois semaines.", [], ["depuis trois semaines"]),
    (B, "Il a été condamné à deux ans de prison ferme.", [], ["deux ans"]),
    (A, "Les Jeux de Paris 2024 coûteront cher.", [], ["2024"]),
    (A, "La loi de 1905 sur la laïcité est un pilier de la République.", [("1905", "1905-01-01", "1905-12-31")], []),
    (A, "Le G7 se réunira au Japon.", [], []),
    (A, "Le gouvernement a recouru à l'article 49.3 de la Constitution.", [], []),
    (A, "Le PSG s'est imposé 3-1 face à Lyon.", [], []),
    (A, "Le séisme a fait 2 000 morts.", [], []),
    (A, "Les attentats du 11 septembre 2001 ont changé le monde.", [("11 septembre 2001", "2001-09-11")], []),
    (A, "Depuis le 11-Septembre, la sécurité aérienne a été renforcée.", [("11-Septembre", "2001-09-11")], []),
    (A, "Le mardi gras, les enfants se déguisent.", [], ["mardi gras"]),
    (A, "Il mesure 1,80 m et pèse 80 kg.", [], []),
    (A, "Le Boeing 747 a atterri sans encombre.", [], []),
    (A, "Les 35 heures restent un sujet de discorde.", [], ["35 heures"]),
    (A, "La route nationale 7 est fermée.", [], []),
    (A, "Il a obtenu 18 sur 20 à l'examen.", [], []),
    (A, "La Sécurité sociale a été créée en 1945.", [("1945", "1945-01-01", "1945-12-31")], []),
    (A, "Mai 68 reste une référence pour la gauche.", [("Mai 68", "1968-05-01", "1968-05-31")], []),
    (A, "Le score final, 21-19, a surpris les supporters.", [], []),
    (A, "Les candidats devront répondre sous huitaine.", [], ["sous huitaine"]),
    (A, "Ces derniers jours, les prix ont baissé.", [], ["Ces derniers jours"]),
    (A, "Ces prochaines semaines, le gouvernement présentera son plan.", [], ["Ces prochaines semaines"]),
    (A, "Le projet sera présenté dans les prochains jours.", [], ["prochains jours"]),
    (G, "Il y a quelques jours, le pays était en fête.", [], ["quelques jours"]),
    (A, "Le prix a augmenté de 15 % en un an.", [], ["en un an"]),
    (A, "Il a été élu avec 52 % des voix au second tour.", [], []),
    "tense",
    (A, "Je reviendrai vendredi, a promis le ministre.", [("vendredi", "2023-03-17")], []),
    (
        A,
        "Le 10 mars, les enquêteurs ont appris que le suspect était arrivé mardi à Lyon.",
        [("10 mars", "2023-03-10"), ("mardi", "2023-03-07")],
        [],
    ),
    (A, "Le président se rendra jeudi à Berlin.", [("jeudi", "2023-03-16")], []),
    (A, "Le ministre a annoncé lundi qu'il démissionnerait.", [("lundi", "2023-03-13")], []),
    (A, "Le match aura lieu dimanche.", [("dimanche", "2023-03-19")], []),
    (B, "Les négociations reprendront lundi.", [("lundi", "2021-11-15")], []),
    (B, "Le sommet s'est achevé samedi.", [("samedi", "2021-11-06")], []),
    (E, "Jeudi, les élèves ont repris le chemin de l'école.", [("Jeudi", "2022-09-01")], []),
    (E, "Lundi prochain, le gouvernement présentera son plan.", [("Lundi prochain", "2022-09-05")], []),
    (F, "Le président présentera ses vœux lundi soir.", [("lundi", "2018-12-31")], []),
    "relative to the reference",
    (A, "Il y a deux semaines, le projet a été présenté.", [("Il y a deux semaines", "2023-02-27", "2023-03-05")], []),
    (A, "Voici trois ans, l'usine fermait.", [("Voici trois ans", "2020-01-01", "2020-12-31")], []),
    (A, "Le texte doit être adopté d'ici la fin de l'année.", [("fin de l'année", "2023-09-01", "2023-12-31")], []),
    (A, "D'ici à 2030, la France veut fermer ses centrales.", [("2030", "2030-01-01", "2030-12-31")], []),
    (A, "Le rapport sera rendu dans dix jours.", [("dans dix jours", "2023-03-25")], []),
    (A, "L'an prochain, les impôts baisseront.", [("an prochain", "2024-01-01", "2024-12-31")], []),
    (A, "L'année dernière, le déficit a atteint 5 %.", [("année dernière", "2022-01-01", "2022-12-31")], []),
    (A, "Le mois dernier, le chômage a reculé.", [("mois dernier", "2023-02-01", "2023-02-28")], []),
    (A, "En janvier dernier, il a été élu.", [("janvier dernier", "2023-01-01", "2023-01-31")], []),
    (A, "En janvier prochain, il prendra ses fonctions.", [("janvier prochain", "2024-01-01", "2024-01-31")], []),
    (A, "Le 1er janvier prochain, la taxe disparaîtra.", [("1er janvier prochain", "2024-01-01")], []),
    (A, "Avant-hier, le Sénat a voté.", [("Avant-hier", "2023-03-13")], []),
    (A, "Après-demain, les écoles rouvriront.", [("Après-demain", "2023-03-17")], []),
    (A, "Il ya trois jours, l'avion s'est écrasé.", [("Il ya trois jours", "2023-03-12")], []),
    (A, "Le texte a été voté avant hier.", [("avant hier", "2023-03-13")], []),
    (A, "Aujourd’hui, la grève continue.", [("Aujourd’hui", "2023-03-15")], []),
    (A, "Aujourd hui, les marchés ont ouvert en baisse.", [("Aujourd hui", "2023-03-15")], []),
    (A, "Il y a un mois, la crise a éclaté.", [("Il y a un mois", "2023-02-01", "2023-02-28")], []),
    (A, "Dans un an, le chantier sera terminé.", [("Dans un an", "2024-01-01", "2024-12-31")], []),
    (A, "Depuis 2019, le nombre de chômeurs a baissé.", [("2019", "2019-01-01", "2019-12-31")], []),
    (A, "Depuis le 1er janvier, 300 migrants sont arrivés.", [("1er janvier", "2023-01-01")], []),
    (A, "Jusqu'au 31 mars, les inscriptions sont ouvertes.", [("31 mars", "2023-03-31")], []),
    (A, "À partir du 1er avril, le tarif augmente.", [("1er avril", "2023-04-01")], []),
    (A, "Mercredi dernier, le ministre a été entendu.", [("Mercredi dernier", "2023-03-08")], []),
    (A, "Samedi prochain, le stade sera plein.", [("Samedi prochain", "2023-03-18")], []),
    (A, "Ce mercredi, la commission rend son avis.", [("Ce mercredi", "2023-03-15")], []),
    (A, "Ce week-end, les routes seront chargées.", [("Ce week-end", "2023-03-18", "2023-03-19")], []),
    (A, "Le week-end dernier, trois accidents ont eu lieu.", [("week-end dernier", "2023-03-11", "2023-03-12")], []),
    (A, "La semaine dernière, le président était à Pékin.", [("semaine dernière", "2023-03-06", "2023-03-12")], []),
    (A, "En 2022, l'inflation a atteint 5,2 %.", [("2022", "2022-01-01", "2022-12-31")], []),
    (A, "La décision est attendue à la fin de la semaine.", [("fin de la semaine", "2023-03-17", "2023-03-19")], []),
    (A, "Le dossier sera bouclé en fin de semaine.", [("fin de semaine", "2023-03-17", "2023-03-19")], []),
    (B, "Dès demain, les trains circuleront.", [("demain", "2021-11-09")], []),
    (B, "À compter de lundi, le masque sera obligatoire.", [("lundi", "2021-11-15")], []),
    (
        B,
        "Le projet de loi sera examiné la semaine du 22 novembre.",
        [("semaine du 22 novembre", "2021-11-22", "2021-11-28")],
        [],
    ),
    (B, "Au cours du mois d'octobre, les prix ont grimpé.", [("octobre", "2021-10-01", "2021-10-31")], []),
    (B, "En décembre, les prix grimperont encore.", [("décembre", "2021-12-01", "2021-12-31")], []),
    (C, "Le 30 juin, les soldes débuteront.", [("30 juin", "2019-06-30")], []),
    (C, "Le 2 juillet, un conseil européen se tiendra à Bruxelles.", [("2 juillet", "2019-07-02")], []),
    (D, "En décembre dernier, les ventes ont bondi.", [("décembre dernier", "2023-12-01", "2023-12-31")], []),
    (D, "Le 8 janvier, la rentrée parlementaire aura lieu.", [("8 janvier", "2024-01-08")], []),
    (D, "Cette année, les Jeux olympiques se tiendront à Paris.", [("Cette année", "2024-01-01", "2024-12-31")], []),
    (D, "L'an dernier, l'inflation a été de 4,9 %.", [("an dernier", "2023-01-01", "2023-12-31")], []),
    (D, "Le mois prochain, le Smic sera revalorisé.", [("mois prochain", "2024-02-01", "2024-02-29")], []),
    (E, "La rentrée scolaire a eu lieu aujourd'hui.", [("aujourd'hui", "2022-09-01")], []),
    (E, "Elle était partie le 28 août.", [("28 août", "2022-08-28")], []),
    (F, "Le 2 janvier, les cours reprendront.", [("2 janvier", "2019-01-02")], []),
    (F, "Cette semaine, les marchés ont chuté.", [("Cette semaine", "2018-12-24", "2018-12-30")], []),
    (F, "La semaine prochaine, la Bourse rouvrira.", [("semaine prochaine", "2018-12-31", "2019-01-06")], []),
    (
        F,
        "L'année prochaine, le prélèvement à la source entrera en vigueur.",
        [("année prochaine", "2019-01-01", "2019-12-31")],
        [],
    ),
    (G, "Le 14 juillet, le défilé a été remplacé par une cérémonie.", [("14 juillet", "2020-07-14")], []),
    (G, "Le déconfinement a commencé le 11 mai.", [("11 mai", "2020-05-11")], []),
    (
        G,
        "Le premier tour a eu lieu le 15 mars, le second le 28 juin.",
        [("15 mars", "2020-03-15"), ("28 juin", "2020-06-28")],
        [],
    ),
    (
        G,
        "Mercredi 15 juillet, le Premier ministre prononcera son discours.",
        [("Mercredi 15 juillet", "2020-07-15")],
        [],
    ),
    (G, "Au mois d'août, les plages seront surveillées.", [("août", "2020-08-01", "2020-08-31")], []),
    (G, "La rentrée aura lieu le 1er septembre.", [("1er septembre", "2020-09-01")], []),
    (G, "Il y a une semaine, le pays était en fête.", [("Il y a une semaine", "2020-07-06", "2020-07-12")], []),
    (
        G,
        "Il y a dix ans jour pour jour, le tunnel était inauguré.",
        [("Il y a dix ans jour pour jour", "2010-07-14")],
        [],
    ),
    (
        G,
        "Le 13 juillet, au lendemain de sa nomination, le ministre a visité Lyon.",
        [("13 juillet", "2020-07-13"), ("lendemain", "2020-07-13")],
        [],
    ),
    "a month-only or unknown reference",
    ("2016-05", "Le 3 mai, le gouvernement a présenté son projet.", [("3 mai", "2016-05-03")], []),
    ("2016-05", "Hier, le gouvernement a présenté son projet.", [("Hier", None, None)], []),
    ("2016-05", "En avril, les ventes ont reculé.", [("avril", "2016-04-01", "2016-04-30")], []),
    (
        None,
        "Le 4 mai 2017, le traité a été signé. Début mai, les discussions avaient repris.",
        [("4 mai 2017", "2017-05-04"), ("Début mai", "2017-05-01", "2017-05-10")],
        [],
    ),
    (None, "Le 6 juillet, le conseil se réunira.", [("6 juillet", None, None)], []),
]


def build() -> list[dict]:
    docs = []
    family = ""
    number = 0
    for entry in PROBE:
        if isinstance(entry, str):
            family = entry
            continue
        number += 1
        reference, text, golds, ignores = entry
        timexes = []
        for gold in golds:
            surface, first, *rest = gold
            last = rest[0] if rest else first
            start = locate(text, surface)
            end = start + len(surface.split("@")[0])
            kind = (
                "range"
                if first != last and any(sep in surface for sep in ("-", " au ", " à ", " et ", ","))
                else "date"
            )
            timexes.append(
                {
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                    "kind": kind,
                    "value": None,
                    "first": first,
                    "last": last,
                }
            )
        ignore = []
        for surface in ignores:
            start = locate(text, surface)
            ignore.append({"start": start, "end": start + len(surface.split("@")[0])})
        docs.append(
            {
                "id": f"p{number:03d}",
                "family": family,
                "dct": reference,
                "text": text,
                "timexes": timexes,
                "ignore": ignore,
            }
        )
    return docs


def locate(text: str, surface: str) -> int:
    word, _, nth = surface.partition("@")
    start = -1
    for _ in range(int(nth or 1)):
        start = text.find(word, start + 1)
        if start < 0:
            raise ValueError(f"{surface!r} not in {text!r}")
    return start


if __name__ == "__main__":
    out = Path(__file__).with_name("gold.jsonl")
    with out.open("w", encoding="utf-8") as handle:
        for doc in build():
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"{out}: {sum(1 for entry in PROBE if not isinstance(entry, str))} sentences")
