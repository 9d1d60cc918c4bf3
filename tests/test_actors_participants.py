"""Participants, not places: people, their countries, and the mentions that are not actors.

Every sentence here is written for these tests; none comes from an annotated article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from frise.events.actors import Gazetteer

ACTORS = Path(__file__).parent.parent / "resources" / "actors"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def actors(gazetteer: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor.key) for m in gazetteer.find(text)]


def keys(gazetteer: Gazetteer, text: str) -> set[str]:
    return {m.actor.key for m in gazetteer.find(text)}


def kinds(gazetteer: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in gazetteer.scan(text)]


# --- People after a role ----------------------------------------------------------------------

def test_a_capitalised_first_name_is_not_read_as_a_nationality_adjective(gazetteer: Gazetteer) -> None:
    # « Martin », « Justin », « Sabine » end like adjectives (-in, -ine) but start a name
    found = actors(gazetteer, "La mission est confiée à l'envoyé spécial, Justin Kolberg, dès lundi.")
    assert ("Justin Kolberg", "person:justin-kolberg") in found
    found = actors(gazetteer, "Le dossier est suivi par la représentante de l'ONU, la Canadienne Sabine Dorval.")
    assert ("Sabine Dorval", "person:sabine-dorval") in found


def test_a_leader_spelt_another_way_is_recognised_when_the_role_gives_the_country(tmp_path: Path) -> None:
    # « Zemaytys » is too far from « Zemaitis » for a name alone (ratio < 0.8), close enough
    # for a person whose role names the leader's own country
    extra = tmp_path / "leaders.tsv"
    extra.write_text("key\tkind\tname\tcountry\trole\n"
                     "leader:test-lt\tleader\tVaclovas Zemaitis\tcountry:LT\tPremier ministre de Lituanie\n",
                     encoding="utf-8")
    gazetteer = Gazetteer.from_files([ACTORS / "countries.tsv", ACTORS / "country_extras.tsv", extra])
    text = "Vaclovas Zemaytys, le Premier ministre lituanien, a signé le texte."
    assert ("Vaclovas Zemaytys", "leader:test-lt") in actors(gazetteer, text)
    text = "Vaclovas Zemaytys, le Premier ministre letton, a signé le texte."
    assert "leader:test-lt" not in keys(gazetteer, text)


@pytest.mark.parametrize(
    "texts",
    [
        ("Le ministre arménien de la Défense, Rouslan Vardanian, a démissionné.",
         "Le ministre arménien de la Défense Ruslan Vardanyan a démissionné.",
         "Ruslan Vardanjan, le ministre arménien de la Défense, a démissionné."),
        ("Le porte-parole Khaled al-Yamani a démenti.", "Le porte-parole Khaled el-Yamani a démenti.",
         "Le porte-parole Khaled Yamani a démenti."),
        ("Le négociateur Igor Shatrovsky est arrivé.", "Le négociateur Igor Chatrovski est arrivé.",
         "Le négociateur Igor Schatrowsky est arrivé."),
    ],
)
def test_a_person_spelt_in_several_transliterations_gets_one_key(texts: tuple[str, ...]) -> None:
    # each text read by a gazetteer of its own, as articles imported on different days are
    found = set()
    for text in texts:
        found |= {key for key in keys(Gazetteer.load(), text) if key.startswith("person:")}
    assert len(found) == 1, found


def test_a_person_key_keeps_a_plain_name_as_it_reads(gazetteer: Gazetteer) -> None:
    assert ("Knut Aasen", "person:knut-asen") in actors(gazetteer, "Le ministre Knut Aasen a signé.")
    assert ("Al Bianco", "person:al-bianco") in actors(gazetteer, "Le ministre Al Bianco a signé.")
    # two different vowels are two names
    assert len(keys(gazetteer, "Le ministre Ivo Marek a reçu le ministre Ivo Marik.")) == 2


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Le président érythréen Issayas Afeworki a reçu la délégation.", "leader:afwerki"),
        ("La chute d'Omar el-Béchir a ouvert une transition.", "leader:bechir"),
        ("Geir Pedersen a réuni les deux délégations.", "leader:pedersen"),
        ("Abdallah Hamdok a formé son gouvernement.", "leader:hamdok"),
    ],
)
def test_well_known_leaders_and_envoys_are_in_the_gazetteer(gazetteer: Gazetteer, text: str, key: str) -> None:
    assert key in keys(gazetteer, text)


def test_a_nationality_noun_before_a_known_leader_is_his_nationality(gazetteer: Gazetteer) -> None:
    text = "Le dialogue est mené par le médiateur de l'ONU, le Britannique Martin Griffiths."
    assert ("Britannique", "nationality") in kinds(gazetteer, text)
    assert "country:GB" not in keys(gazetteer, text)


# --- Places -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a capital naming an agreement or a process, not its government
        ("Les deux pays disent vouloir appliquer les accords de Minsk sans délai.", "Minsk"),
        ("Le processus de Khartoum n'a rien donné cette année.", "Khartoum"),
        ("Les signataires des accords d'Oslo se retrouvent en mars.", "Oslo"),
        # streets, districts and airports of a capital
        ("Des milliers de manifestants ont défilé dans les rues de Bagdad.", "Bagdad"),
        ("L'avion s'est posé à l'aéroport de Kaboul dans la nuit.", "Kaboul"),
        # a place, then the country it lies in
        ("Les combats ont repris autour de la ville d'Alep, en Syrie, ce matin.", "Syrie"),
        ("Les blessés ont été évacués près de Mossoul, en Irak, samedi.", "Irak"),
        # where something happened, not between whom
        ("Le voyage a été annulé après une attaque au Mali.", "Mali"),
        ("Un attentat en Égypte a fait dix morts.", "Égypte"),
        # the war a text situates its actors against: where it is fought, not a party to this
        ("Le cartel dit ne pas vouloir prendre parti dans la guerre en Ukraine.", "Ukraine"),
        ("Les prix ont bondi avec la crise au Soudan, selon l'agence.", "Soudan"),
    ],
)
def test_places_are_not_participants(gazetteer: Gazetteer, text: str, place: str) -> None:
    assert (place, "place") in kinds(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Les délégués ont quitté la conférence de Varsovie sans texte commun.", "Varsovie"),
        ("Les travaux de la conférence d'Oslo sur les mines reprennent lundi.", "Oslo"),
        ("Trente pays ont signé à la fin des conférences de Nairobi une charte.", "Nairobi"),
        ("Le forum de Dakar sur la sécurité a réuni cent délégations.", "Dakar"),
        ("La conférence norvégienne sur les réfugiés s'est achevée sur un échec.", "norvégienne"),
    ],
)
def test_a_conference_named_after_its_city_makes_the_city_a_place(
    gazetteer: Gazetteer, text: str, place: str,
) -> None:
    """cues.tsv, class gathering: the city or the adjective of a conference says where it is held."""
    assert (place, "place") in kinds(gazetteer, text)


def test_a_conference_whose_host_country_has_a_leader_named_keeps_the_host(gazetteer: Gazetteer) -> None:
    """The leader the text names for the host country takes part, and so does the host."""
    text = "La conférence de Varsovie s'est ouverte sur un appel au calme."
    assert ("Varsovie", "place") in kinds(gazetteer, text)
    text = "Andrzej Duda a ouvert la conférence de Varsovie sur un appel au calme."
    assert ("Varsovie", "actor") in kinds(gazetteer, text)
    # a compound adjective names the parties of the meeting, not where it is held
    assert ("allemande", "actor") in kinds(gazetteer, "La conférence franco-allemande s'est ouverte.")


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Les deux émissaires se trouvaient à Téhéran jeudi pour préparer le texte.", "Téhéran"),
        ("Le négociateur chinois sera à Paris lundi pour finaliser l'accord.", "Paris"),
        ("Le ministre s'est rendu à Ankara pour plaider la cause des réfugiés.", "Ankara"),
        ("La délégation, en visite à Tokyo, a signé trois contrats.", "Tokyo"),
    ],
)
def test_a_capital_someone_goes_to_names_the_host_government(gazetteer: Gazetteer, text: str, capital: str) -> None:
    assert (capital, "actor") in kinds(gazetteer, text)
    # where a thing is done, not where someone goes: still a place
    assert (capital, "place") in kinds(gazetteer, f"Le texte a été signé à {capital} dans la nuit.")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a city-state or an island named as a city: where it happens, as a capital is
        ("Les deux dirigeants ont paraphé jeudi à Singapour une déclaration commune.", "place"),
        ("Les délégations se sont retrouvées à Malte pour un troisième cycle.", "place"),
        # the host of a visit, and the one told or given something, take part
        ("La ministre, en visite à Singapour, a plaidé pour le libre-échange.", "actor"),
        ("Le Premier ministre a demandé à Singapour de livrer le suspect.", "actor"),
        ("Paris a livré deux frégates à Malte en mars.", "actor"),
    ],
)
def test_a_country_after_a_is_where_unless_it_is_visited_or_told(gazetteer: Gazetteer, text: str, kind: str) -> None:
    name = "Singapour" if "Singapour" in text else "Malte"
    assert (name, kind) in kinds(gazetteer, text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Kiev réclame l'accord de Moscou avant toute levée des sanctions.", "Moscou"),  # Moscow's consent
        ("La proposition de Washington a été rejetée.", "Washington"),
        ("Les troupes turques sont entrées en Syrie lundi.", "Syrie"),
        ("L'Iran et la Russie ont signé un accord.", "Russie"),
    ],
)
def test_participants_stay_actors(gazetteer: Gazetteer, text: str, actor: str) -> None:
    assert (actor, "actor") in kinds(gazetteer, text)


# --- Roles standing for people the text names -------------------------------------------------

def test_a_role_followed_by_a_leader_of_another_country_is_not_his_apposition(gazetteer: Gazetteer) -> None:
    text = ("Vladimir Poutine a reçu ses homologues. Selon le président russe, Ilham Aliev et "
            "Nikol Pachinian ont accepté le texte.")
    role = [m for m in gazetteer.find(text) if m.text == "président"]
    assert [m.actor.key for m in role] == ["leader:poutine"]
    # the same country: the name after the comma is the role's own
    text = "Le président russe, Vladimir Poutine, a répondu."
    assert [m.actor.key for m in gazetteer.find(text) if m.actor.kind == "leader"] == ["leader:poutine"]


def test_a_plural_role_with_several_nationalities_stands_for_each_countrys_leader(gazetteer: Gazetteer) -> None:
    text = ("Recep Tayyip Erdogan et Vladimir Poutine sont attendus. Le Premier ministre arménien a "
            "signé avec les dirigeants russe et turc un accord de principe.")
    role = [m.actor.key for m in gazetteer.find(text) if m.text == "dirigeants"]
    assert role == ["leader:poutine", "leader:erdogan"]
    # a country whose leader the text does not name gives nobody
    text = "Vladimir Poutine est attendu. Le texte a été signé par les dirigeants russe et azerbaïdjanais."
    assert [m.actor.key for m in gazetteer.find(text) if m.text == "dirigeants"] == ["leader:poutine"]


def test_a_role_alone_is_not_someone_who_left_that_office(gazetteer: Gazetteer) -> None:
    text = ("L'ancien président Nicolas Sarkozy a critiqué la réforme, qu'Emmanuel Macron défend. "
            "Le chef de l'État a répondu jeudi.")
    role = [m.actor.key for m in gazetteer.find(text) if m.text == "chef de l'État"]
    assert role == ["leader:macron"]
    # with nothing to tell them apart, the role stays nobody's
    text = "Nicolas Sarkozy et Emmanuel Macron se sont parlé. Le chef de l'État a répondu jeudi."
    assert not [m for m in gazetteer.find(text) if m.text == "chef de l'État"]


def test_a_role_alone_stands_for_the_holder_the_story_is_about(gazetteer: Gazetteer) -> None:
    text = ("Boris Johnson a écrit aux Vingt-Sept. Dimanche, Boris Johnson a reçu le Premier ministre "
            "irlandais, Leo Varadkar. Lundi, le Premier ministre a défendu l'accord aux Communes.")
    alone = [m.actor.key for m in gazetteer.find(text) if m.text == "Premier ministre" and m.start > 100]
    assert alone == ["leader:johnson"]
    # named as often as the other, he is not chosen…
    text = "Emmanuel Macron a reçu Joe Biden. Lundi, le président a défendu l'accord."
    assert [m.actor.key for m in gazetteer.find(text) if m.text == "président"] == []
    # …unless the other is introduced with his country: the role alone is the one it needed not say
    text = ("Boris Johnson a reçu le Premier ministre irlandais, Leo Varadkar. Lundi, le Premier "
            "ministre a défendu l'accord.")
    assert [m.actor.key for m in gazetteer.find(text) if m.text == "Premier ministre" and m.start > 60] == [
        "leader:johnson"]
    # the one introduced opening a sentence is what the text goes on about: no choice then
    text = ("Le Premier ministre indien, Narendra Modi, est arrivé à Ottawa où l'attendait Justin Trudeau. "
            "Le Premier ministre, en visite pour trois jours, ira ensuite à Toronto.")
    assert [m.actor.key for m in gazetteer.find(text) if m.text == "Premier ministre" and m.start > 60] == []
    text = ("Olaf Scholz a reçu le chancelier autrichien, Karl Nehammer, à Berlin. Mardi, le chancelier "
            "a présenté son budget à Berlin.")
    assert [m.actor.key for m in gazetteer.find(text) if m.text == "chancelier" and m.start > 60] == [
        "leader:scholz"]


def test_the_president_of_the_republic_is_frances(gazetteer: Gazetteer) -> None:
    text = "Joe Biden a appelé Paris. Le président de la République a pris acte de sa décision."
    assert not [m for m in gazetteer.find(text) if m.actor.key == "leader:biden" and m.start > 0]
    text = "Joe Biden a appelé Emmanuel Macron. Le président de la République a pris acte de sa décision."
    role = [m.actor.key for m in gazetteer.find(text) if m.text == "président de la République"]
    assert role == ["leader:macron"]


def test_the_two_leaders_are_not_the_ministers_named_after_them(gazetteer: Gazetteer) -> None:
    text = ("Emmanuel Macron a reçu Angela Merkel lundi à Paris. Les ministres Heiko Maas et Jean-Yves "
            "Le Drian ont préparé la rencontre. Les deux dirigeants ont annoncé un sommet pour mars.")
    leaders = [m.actor.key for m in gazetteer.find(text) if m.text == "Les deux dirigeants"]
    assert leaders == ["leader:macron", "leader:merkel"]
    # « les deux ministres » still are
    text = text.replace("Les deux dirigeants", "Les deux ministres")
    ministers = {m.actor.key for m in gazetteer.find(text) if m.text == "Les deux ministres"}
    assert len(ministers) == 2 and "leader:macron" not in ministers


# --- The sides of a conflict ------------------------------------------------------------------

def test_the_sides_of_a_conflict_stand_for_the_one_armed_group_the_text_names(gazetteer: Gazetteer) -> None:
    text = ("Les belligérants ont accepté une trêve de trois jours. Le Hamas a confirmé l'accord, "
            "et les deux camps échangeront des prisonniers.")
    sides = [(m.text, m.actor.key) for m in gazetteer.find(text) if m.text != "Hamas"]
    assert sides == [("Les belligérants", "group:hamas"), ("les deux camps", "group:hamas")]


def test_the_sides_of_a_conflict_stand_for_nobody_when_the_text_names_several_groups(gazetteer: Gazetteer) -> None:
    text = "Les rebelles ont repris la ville, tenue jusque-là par le Hezbollah et le Hamas."
    assert "Les rebelles" not in [m.text for m in gazetteer.find(text)]
    # « camps » alone is not a side: « les camps de réfugiés »
    text = "Le Hamas contrôle l'accès aux camps de réfugiés et les camps restent fermés."
    assert [m.text for m in gazetteer.find(text)] == ["Hamas"]


# --- States named as precedents ---------------------------------------------------------------

def test_the_states_before_in_a_ranking_are_precedents_not_participants(gazetteer: Gazetteer) -> None:
    text = ("Le Maroc devient le quatrième pays à normaliser ses relations avec Israël, après les "
            "Émirats arabes unis, Bahreïn et le Soudan.")
    assert kinds(gazetteer, text) == [("Maroc", "actor"), ("Israël", "actor"), ("Émirats arabes unis", "precedent"),
                                      ("Bahreïn", "precedent"), ("Soudan", "precedent")]
    # « après » alone is no ranking: the country after it takes part
    text = "Le Maroc a signé l'accord après la Tunisie et avant l'Algérie."
    assert ("Tunisie", "actor") in kinds(gazetteer, text)


# --- « Il », « Elle » opening a sentence ------------------------------------------------------

def test_a_pronoun_opening_a_sentence_is_the_person_the_sentence_before_opens_with(gazetteer: Gazetteer) -> None:
    text = "Sergueï Lavrov a reçu son homologue turc à Moscou. Il a annoncé un accord sur la Syrie."
    assert ("Il", "leader:lavrov") in actors(gazetteer, text)
    # a person found from a role, after a short adverbial opening the sentence
    text = ("Le ministre allemand des Affaires étrangères Jean Dupontel a reçu son homologue. "
            "Lundi, il avait souhaité une trêve.")
    assert ("il", "person:jean-dupontel") in actors(gazetteer, text)


def test_a_possessive_opening_a_sentence_is_the_person_the_sentence_before_opens_with(
        gazetteer: Gazetteer) -> None:
    text = ("Début mars, Sergueï Lavrov a reçu les ambassadeurs européens. Le 10 mars, sa rencontre avec "
            "le ministre turc a débloqué les négociations.")
    assert ("sa", "leader:lavrov") in actors(gazetteer, text)
    # the sentence before opens on a thing, the person far in it: « son » is the thing's
    text = ("Le traité a été signé à Rome en 1957 par les ministres et par Sergueï Lavrov. "
            "Son entrée en vigueur a suivi.")
    assert "Son" not in [name for name, _ in actors(gazetteer, text)]


def test_a_pronoun_stands_for_no_one_when_the_sentence_before_is_unclear(gazetteer: Gazetteer) -> None:
    # impersonal « il y a », « il faut »
    for text in ("Sergueï Lavrov a reçu son homologue turc à Moscou. Il y a eu un accord.",
                 "Sergueï Lavrov a reçu son homologue turc à Moscou. Il faut un accord."):
        assert [name for name, _ in actors(gazetteer, text)] == ["Sergueï Lavrov", "turc"]
    # two people before: which one is not guessed
    text = "Sergueï Lavrov a reçu Mevlüt Çavusoglu à Moscou. Il a annoncé un accord."
    assert "Il" not in [name for name, _ in actors(gazetteer, text)]
    # the person is not the sentence's subject (named far from its start)
    text = ("Selon l'agence de presse officielle du pays, un long accord a été signé à Moscou par "
            "Sergueï Lavrov. Il a annoncé la suite.")
    assert "Il" not in [name for name, _ in actors(gazetteer, text)]


@pytest.mark.parametrize(
    "text",
    ["Le chef rebelle Esteban Ruiz, dit Poutine, a signé la trêve à Bogota.",
     "Le négociateur Carlos Vidal, alias « Merkel », est arrivé lundi."],
)
def test_a_surname_given_as_someone_elses_nickname_is_not_that_person(gazetteer: Gazetteer, text: str) -> None:
    found = keys(gazetteer, text)
    assert "leader:putin" not in found and "leader:poutine" not in found
    assert not any(key.endswith("merkel") for key in found)


def test_a_surname_alone_still_names_the_person(gazetteer: Gazetteer) -> None:
    assert any(key.endswith("merkel") for key in keys(gazetteer, "Merkel et Poutine se sont parlé lundi."))
    assert any(key.endswith("merkel") for key in keys(gazetteer, "Angela Merkel, dite Merkel, a parlé."))


@pytest.mark.parametrize(("text", "people", "nationals"), [
    # A nationality noun between a determiner and a name: the person takes part, not the country.
    ("Les deux médiateurs, le Suédois Lars Holmgren pour l'ONU et la Portugaise Ana Ferreira pour l'UA, "
     "ont ouvert la séance.", ["Lars Holmgren", "Ana Ferreira"], ["Suédois", "Portugaise"]),
    ("L'émissaire, l'Italienne Giulia Rinaldi, est arrivée lundi.", ["Giulia Rinaldi"], ["Italienne"]),
    ("Les Norvégiens Erik Haugen et Olav Berg ont conduit les pourparlers.",
     ["Erik Haugen", "Olav Berg"], ["Norvégiens"]),
])
def test_a_national_before_a_name_is_the_persons_nationality(
        gazetteer: Gazetteer, text: str, people: list[str], nationals: list[str]) -> None:
    read = kinds(gazetteer, text)
    assert [name for name, kind in read if kind == "nationality"] == nationals
    assert [name for name in people if (name, "actor") in read] == people


def test_a_national_noun_alone_still_names_its_country(gazetteer: Gazetteer) -> None:
    assert kinds(gazetteer, "Les Norvégiens ont proposé mardi de reprendre les pourparlers.") == [
        ("Norvégiens", "actor")]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Le contrat a été signé par Paris, face à ses concurrents allemand et japonais.",
         {"country:DE", "country:JP"}),
        ("Selon la presse russe, le Qatar a proposé sa médiation.", {"country:RU"}),
        ("Le constructeur allemand a livré mardi les premiers blindés à Kiev.", {"country:DE"}),
        ("Les touristes britanniques ont été évacués de l'île.", {"country:GB"}),
    ],
)
def test_a_nationality_adjective_on_a_body_that_is_no_state_names_no_actor(gazetteer: Gazetteer, text: str,
                                                                             absent: set[str]) -> None:
    assert not keys(gazetteer, text) & absent


def test_a_nationality_adjective_on_a_state_s_own_body_still_names_its_state(gazetteer: Gazetteer) -> None:
    assert "country:RU" in keys(gazetteer, "L'armée russe a bombardé la ville, a indiqué le président russe.")
