"""The gazetteer beyond the Middle East: armed groups, organisations and institutions that French
news of 1990-2025 names worldwide, and the homonyms guarded against them. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from frise.events.actors import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def found(gazetteer: Gazetteer, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.actor.key) for m in gazetteer.find(text)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # armed groups and movements
        ("Les Forces armées révolutionnaires de Colombie (FARC) et l'ELN négocient séparément ; "
         "la Farc est devenue un parti.",
         [("Forces armées révolutionnaires de Colombie", "group:farc"), ("FARC", "group:farc"), ("ELN", "group:eln"),
          ("Farc", "group:farc")]),
        ("Le Front Polisario réclame un référendum que la Minurso devait organiser.",
         [("Front Polisario", "group:polisario"), ("Minurso", "org:minurso")]),
        ("Le M23 a pris la ville face aux FARDC, selon la Monusco.",
         [("M23", "group:m23"), ("FARDC", "inst:fardc"), ("Monusco", "org:monusco")]),
        ("Le GSIM, que l'on appelle aussi JNIM, combat l'État islamique au Grand Sahara.",
         [("GSIM", "group:jnim"), ("JNIM", "group:jnim"), ("État islamique au Grand Sahara", "group:eigs")]),
        ("Les Forces de soutien rapide (FSR) assiègent la ville, dit l'armée soudanaise.",
         [("Forces de soutien rapide", "group:fsr"), ("FSR", "group:fsr")]),
        ("Le TPLF a signé une trêve sous l'égide de l'Igad ; la Séléka et les anti-balaka se sont affrontés.",
         [("TPLF", "group:tplf"), ("Igad", "org:igad"), ("Séléka", "group:seleka"),
          ("anti-balaka", "group:anti-balaka")]),
        ("L'IRA a rendu les armes ; le Sinn Féin et le DUP gouvernent ensemble ; "
         "l'ETA a annoncé sa dissolution.",
         [("IRA", "group:ira"), ("Sinn Féin", "group:sinn-fein"), ("DUP", "group:dup"), ("ETA", "group:eta")]),
        ("Le Fatah et le Jihad islamique ont rejeté la proposition de l'OLP.",
         [("Fatah", "group:fatah"), ("Jihad islamique", "group:jihad-islamique"), ("OLP", "inst:olp")]),
        ("L'Armée populaire de libération du Soudan n'est pas l'Armée populaire de libération.",
         [("Armée populaire de libération du Soudan", "group:splm"), ("Armée populaire de libération", "inst:apl")]),
        # organisations
        ("L'Unesco, l'Unicef et le Programme alimentaire mondial (PAM) lancent un appel ; le GIEC publie son rapport.",
         [("Unesco", "org:unesco"), ("Unicef", "org:unicef"), ("Programme alimentaire mondial", "org:pam"),
          ("PAM", "org:pam"), ("GIEC", "org:giec")]),
        ("Le Conseil de l'Europe, la CEDH, l'OCDE, l'OEA, le Mercosur, la SADC et la CEEAC.",
         [("Conseil de l'Europe", "org:conseil-europe"), ("CEDH", "org:cedh"), ("OCDE", "org:ocde"),
          ("OEA", "org:oea"), ("Mercosur", "org:mercosur"), ("SADC", "org:sadc"), ("CEEAC", "org:ceeac")]),
        ("La Finul patrouille au sud, la KFOR reste déployée et la MINUSMA a quitté le pays.",
         [("Finul", "org:finul"), ("KFOR", "org:kfor"), ("MINUSMA", "org:minusma")]),
        ("Le Quad s'est réuni.",
         [("Quad", "country:US"), ("Quad", "country:JP"), ("Quad", "country:IN"), ("Quad", "country:AU")]),
        # institutions
        ("La Chambre des communes a voté, la Chambre des Lords aussi ; au Sénat américain, le texte bloque.",
         [("Chambre des communes", "inst:communes"), ("Chambre des Lords", "inst:lords"),
          ("Sénat américain", "inst:senat-us")]),
        ("Le Mossad, le FSB, le MI6 et la DGSE échangent peu.",
         [("Mossad", "inst:mossad"), ("FSB", "inst:fsb"), ("MI6", "inst:mi6"), ("DGSE", "inst:dgse")]),
        ("La Rada a ratifié l'accord ; Zhongnanhai se tait ; la Farnesina convoque l'ambassadeur ; la Moncloa dément.",
         [("Rada", "inst:rada"), ("Zhongnanhai", "inst:zhongnanhai"), ("Farnesina", "inst:farnesina"),
          ("Moncloa", "inst:moncloa")]),
        ("Le palais du Luxembourg a adopté la loi, le Palais-Bourbon la rejette.",
         [("palais du Luxembourg", "inst:senat-fr"), ("Palais-Bourbon", "inst:assemblee-nationale-fr")]),
    ],
)
def test_worldwide_actors_are_recognised(gazetteer: Gazetteer, sentence: str,
                                         expected: list[tuple[str, str]]) -> None:
    got = found(gazetteer, sentence)
    assert [pair for pair in expected if pair not in got] == []


def test_a_longer_name_keeps_the_shorter_actor_out(gazetteer: Gazetteer) -> None:
    keys = {key for _, key in found(gazetteer, "L'État islamique au Khorasan a revendiqué l'attentat.")}
    assert "group:ei-k" in keys and "group:ei" not in keys
    keys = {key for _, key in found(gazetteer, "Le Parti communiste chinois tient son congrès.")}
    assert "inst:pcc" in keys and "country:CN" not in keys


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Reporters sans frontières (RSF) dénonce l'arrestation ; RSF demande sa libération.", "group:fsr"),
        ("Le groupe CMA CGM a annoncé un bénéfice record.", "group:cma"),
        ("Le Majlis al-Choura saoudien s'est réuni.", "inst:majlis"),
        ("Jaych al-Fatah a pris la ville.", "group:fatah"),
        ("Le général Abdel Fatah Younes a été tué.", "group:fatah"),
        ("Les missiles Fateh-110 ont défilé.", "group:fatah"),
        ("Les bons du Trésor américain reculent.", "inst:tresor-us"),
        ("La loi IRA subventionne les voitures électriques.", "group:ira"),
        ("Il court au jardin du Luxembourg.", "country:LU"),
        ("Le Commonwealth de Virginie a aboli la peine de mort.", "org:commonwealth"),
        ("Le parti Russie unie remporte les législatives.", "country:RU"),
        ("L'Apec publie son baromètre de l'emploi des cadres.", "org:apec"),
        ("La mer d'Azov est gelée.", "group:azov"),
        ("Le manul est un chat sauvage des steppes.", "org:manul"),
        ("Il a loué un quad pour la journée.", "org:quad"),
        ("Ils habitent une maison bleue au bord du lac.", "inst:maison-bleue"),
        ("L'Assemblée nationale vénézuélienne, contrôlée par l'opposition, a voté.", "inst:assemblee-nationale-fr"),
        ("La Chambre des représentants libyenne siège à Tobrouk.", "inst:chambre-representants-us"),
        ("L'aide personnalisée au logement (APL) augmente.", "inst:apl"),
        ("Le Parti communiste de Cuba (PCC) a tenu son congrès.", "inst:pcc"),
        ("La Banque asiatique de développement (BAD) prête au Laos.", "org:bad"),
    ],
)
def test_homonyms_are_not_the_actor(gazetteer: Gazetteer, sentence: str, absent: str) -> None:
    assert absent not in {key for _, key in found(gazetteer, sentence)}
