"""How a title tells its happening (`titles.telling`): merged events take the title of their most
factual report, so « Fabius s'est rendu à Téhéran » wins over « Fabius se rendra à Téhéran »."""

from __future__ import annotations

import pytest

from frise.events.titles import telling


@pytest.mark.parametrize("title", [
    "Laurent Fabius se rendra à Téhéran",
    "Les ministres signeront l'accord à Vienne",
    "Moscou pourrait reconnaître l'indépendance",
    "Le Conseil DEVRAIT voter la résolution",
    "La Turquie va rouvrir sa frontière",
    "Berlin doit accueillir la conférence",
    "Washington s'apprête à lever les sanctions",
    "Les Vingt-Sept s’apprêtent à adopter le texte",
    "Une réunion est prévue pour le 4 mai à Genève",
    "La visite, programmée le 3 juin, a été confirmée",
    "Le sommet, attendue d’ici la fin de l'année",
    "Les délégations se rendraient à Astana",
    "Le président conclurait un accord",
    "Ils iront à Bruxelles",
])
def test_foretold(title: str) -> None:
    assert telling(title) == 1


@pytest.mark.parametrize("title", [
    "Laurent Fabius s'est rendu à Téhéran",
    "Les ministres ont signé l'accord à Vienne",
    "Moscou reconnaît l'indépendance de l'Abkhazie",
    "La visite était prévue depuis longtemps",  # « prévue » without what follows a plan
    "Le vote a eu lieu dans la soirée",
    "L'opéra de Vienne a accueilli la cérémonie",
    "La Sierra Leone a rompu ses relations",  # a name, capitalised
    "Avant l'ère des sanctions, Téhéran exportait",
    "Ils ont rendu hommage aux victimes",
    "",
])
def test_done(title: str) -> None:
    assert telling(title) == 0
