"""Who takes part, not where: places, people named after a role, and phrases standing for actors.

Every sentence here is written for the test; none comes from an annotated article.
"""

from __future__ import annotations

import pytest

from frise.events.actors import Cues, Gazetteer, GazetteerError


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def actors(gazetteer: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor.key) for m in gazetteer.find(text)]


def kinds(gazetteer: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in gazetteer.scan(text)]


# --- Places ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Les délégués, réunis à Moscou, ont adopté un texte.", "Moscou"),
        ("Le vote aura lieu à 18 heures (heure de Paris).", "Paris"),
        ("Le sommet se tiendra dans la capitale autrichienne en juin.", "autrichienne"),
        ("Des centaines de bateaux accostent sur les îles grecques.", "grecques"),
        ("Les pourparlers de paix organisés en Norvège reprennent mardi.", "Norvège"),
        ("La cérémonie prévue au Qatar a été reportée.", "Qatar"),
        ("Les observateurs sont arrivés dans l'est de l'Ukraine.", "Ukraine"),
        ("Le forum, prévu à Hambourg, en Allemagne, est annulé.", "Allemagne"),
        ("Le ministre est arrivé depuis Berlin pour la réunion.", "Berlin"),
    ],
)
def test_a_venue_is_a_place_not_an_actor(gazetteer: Gazetteer, sentence: str, place: str) -> None:
    assert (place, "place") in kinds(gazetteer, sentence)
    assert place not in [text for text, _ in actors(gazetteer, sentence)]


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Les combats ont repris dans l'est de l'Ukraine.", "Ukraine"),
        ("Le conflit dans le nord du Mali a fait des centaines de morts.", "Mali"),
        ("Depuis janvier, les affrontements ont repris au Soudan.", "Soudan"),
    ],
)
def test_the_country_a_war_is_fought_in_takes_part(gazetteer: Gazetteer, sentence: str, country: str) -> None:
    # a war opening its clause: the country's forces fight there (an attack, or a war the
    # clause only situates others against, leaves it a place: tests/test_actors_participants.py)
    assert (country, "actor") in kinds(gazetteer, sentence)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # found by a review: a war in a list, where people fled, a meeting's venue
        ("Le ministre a évoqué la situation sanitaire, les combats en Libye et la crise migratoire.", "Libye"),
        ("Les combats ont poussé des milliers de familles à fuir en Jordanie.", "Jordanie"),
        ("L'offensive a été évoquée lors d'une réunion en Autriche.", "Autriche"),
    ],
)
def test_a_war_names_no_party_of_where_it_is_not_fought(gazetteer: Gazetteer, sentence: str, place: str) -> None:
    assert (place, "place") in kinds(gazetteer, sentence)


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Moscou a rejeté la proposition.", "Moscou"),
        ("Un accord entre Moscou et Ankara est en vue.", "Ankara"),
        ("La Norvège a signé le traité.", "Norvège"),
        ("Le texte a été négocié avec la Turquie.", "Turquie"),
        ("Les soldats déployés en Irak rentreront en mars.", "Irak"),
        ("Les migrants seront renvoyés en Turquie.", "Turquie"),
        ("Le président russe a téléphoné à son homologue turc.", "turc"),
    ],
)
def test_a_country_that_takes_part_stays_an_actor(gazetteer: Gazetteer, sentence: str, actor: str) -> None:
    assert (actor, "actor") in kinds(gazetteer, sentence)


def test_places_are_listed_apart(gazetteer: Gazetteer) -> None:
    text = "Réunis à Vienne et à Londres, les Britanniques ont salué l'accord."
    assert [(m.text, m.actor.key) for m in gazetteer.places(text)] == [("Londres", "country:GB")]
    assert actors(gazetteer, text) == [("Britanniques", "country:GB")]


def test_a_shared_word_with_an_accent_is_not_a_place_word(gazetteer: Gazetteer) -> None:
    # « côté » is not « côte », « a » is not « à »
    assert actors(gazetteer, "Du côté de Washington, on se tait.") == [("Washington", "country:US")]
    assert actors(gazetteer, "Le Kremlin a Washington en tête.") == [
        ("Kremlin", "inst:kremlin"), ("Washington", "country:US")]


# --- People named after a role --------------------------------------------------------------

def test_a_minister_named_with_a_role_and_a_nationality(gazetteer: Gazetteer) -> None:
    text = "Le ministre norvégien des Affaires étrangères Knut Halvorsen a reçu les délégations."
    found = gazetteer.find(text)
    assert [(m.text, m.actor.key) for m in found] == [
        ("norvégien", "country:NO"), ("Knut Halvorsen", "person:knut-halvorsen")]
    person = found[1].actor
    assert person.kind == "leader" and person.country == "country:NO"
    assert person.role == "ministre norvégien des Affaires étrangères"
    assert gazetteer.get("person:knut-halvorsen") == person  # so that it can be stored


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Le Premier ministre Aurelio Fontana a démissionné.", "Aurelio Fontana"),
        ("Le président Tomas Varga sera reçu demain.", "Tomas Varga"),
        ("M. Varga a répondu aux questions.", "Varga"),
        ("Mme Ingrid Solberg a présidé la séance.", "Ingrid Solberg"),
        ("Selon la porte-parole de l'OTAN, Kari Lund, rien n'est décidé.", "Kari Lund"),
        ("Kari Lund, porte-parole de l'Alliance, l'a confirmé.", "Kari Lund"),
        ("Le chef de la diplomatie suédoise, Lars Berg, s'est exprimé.", "Lars Berg"),
        ("Le président du Conseil présidentiel libyen Karim Haddad arrive.", "Karim Haddad"),
        ("Son homologue estonien Peeter Tamm a décliné.", "Peeter Tamm"),
    ],
)
def test_people_after_a_role_or_a_title(gazetteer: Gazetteer, sentence: str, name: str) -> None:
    assert name in [m.text for m in gazetteer.find(sentence) if m.actor.key.startswith("person:")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le président a reçu Tomas Varga lundi.",  # a verb between the role and the name
        "Le maire de Valence a parlé.",  # a town after « de », not a name
        "Le ministre a parlé lundi à Genève.",
        "Selon le spécialiste Paul Durand, la trêve ne tiendra pas.",  # a commentator takes no part
    ],
)
def test_no_person_where_there_is_none(gazetteer: Gazetteer, sentence: str) -> None:
    assert [m.text for m in gazetteer.find(sentence) if m.actor.key.startswith("person:")] == []


def test_a_person_named_again_by_the_surname(gazetteer: Gazetteer) -> None:
    text = ("La ministre norvégienne Ingrid Solberg a ouvert la séance. Solberg a ensuite reçu la "
            "presse. M. Paul Solberg Junior n'était pas là.")
    solberg = [m for m in gazetteer.find(text) if m.actor.key == "person:ingrid-solberg"]
    assert [m.text for m in solberg] == ["Ingrid Solberg", "Solberg"]


def test_names_joined_after_a_plural_role(gazetteer: Gazetteer) -> None:
    text = "Les Premiers ministres danois et suédois, Mette Holm et Stefan Lind, ont signé."
    assert [m.text for m in gazetteer.find(text)] == ["danois", "suédois", "Mette Holm", "Stefan Lind"]


def test_a_known_leader_spelt_another_way(gazetteer: Gazetteer) -> None:
    assert actors(gazetteer, "Le président azerbaïdjanais Ilham Aliyev a parlé.") == [
        ("azerbaïdjanais", "country:AZ"), ("Ilham Aliyev", "leader:aliev")]


def test_a_nationality_before_a_name_is_the_person_s_not_an_actor(gazetteer: Gazetteer) -> None:
    text = "La mission est dirigée par l'émissaire de l'ONU, le Néerlandais Pieter de Vries."
    assert kinds(gazetteer, text) == [("ONU", "actor"), ("Néerlandais", "nationality"), ("Pieter de Vries", "actor")]
    assert gazetteer.get("person:pieter-de-vries").country == "org:onu"


def test_a_title_inside_a_name_is_part_of_the_name(gazetteer: Gazetteer) -> None:
    assert [m.text for m in gazetteer.find("Le Premier ministre Ahmed Ould Cheikh Bamba arrive.")] == [
        "Ahmed Ould Cheikh Bamba"]


# --- Phrases standing for actors named elsewhere --------------------------------------------

def test_the_two_presidents_are_the_last_two_named(gazetteer: Gazetteer) -> None:
    text = ("Emmanuel Macron a accueilli Vladimir Poutine puis Joe Biden. Les deux présidents ont "
            "ensuite dîné ensemble.")
    refs = [m.actor.key for m in gazetteer.find(text) if m.text == "Les deux présidents"]
    assert refs == ["leader:poutine", "leader:biden"]


def test_the_two_countries_are_the_last_two_named(gazetteer: Gazetteer) -> None:
    text = "Le Chili et le Pérou ont rouvert leur frontière ; les deux pays échangeront des ambassadeurs."
    refs = [m.actor.key for m in gazetteer.find(text) if m.text == "les deux pays"]
    assert refs == ["country:CL", "country:PE"]


def test_too_few_named_resolves_nothing(gazetteer: Gazetteer) -> None:
    assert [m.text for m in gazetteer.find("Vladimir Poutine est arrivé. Les trois dirigeants parleront.")] == [
        "Vladimir Poutine"]


def test_a_role_alone_is_the_one_person_of_that_office_the_text_names(gazetteer: Gazetteer) -> None:
    text = "Le président turc a appelé au calme. Recep Tayyip Erdogan avait reçu Angela Merkel la veille."
    first = gazetteer.find(text)[:2]
    assert [(m.text, m.actor.key) for m in first] == [("président", "leader:erdogan"), ("turc", "country:TR")]
    # the chancellor is one, but « l'ancienne chancelière » may be another person
    assert ("chancelière", "leader:merkel") in actors(gazetteer, text + " La chancelière a répondu.")
    assert ("chancelière", "leader:merkel") not in actors(gazetteer, text + " L'ancienne chancelière a répondu.")


def test_a_role_alone_with_two_candidates_resolves_nothing(gazetteer: Gazetteer) -> None:
    text = "Emmanuel Macron et Joe Biden se sont parlé. Le président a insisté."
    assert [m.text for m in gazetteer.find(text)] == ["Emmanuel Macron", "Joe Biden"]


# --- The cue file ---------------------------------------------------------------------------

def test_cues_file_must_say_its_classes(tmp_path) -> None:
    path = tmp_path / "cues.tsv"
    path.write_text("class\tphrases\tfamily\nrôle\tprésident\tprésident\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="class 'rôle'"):
        Cues.read(path)


def test_a_gazetteer_without_cues_reads_names_only(tmp_path) -> None:
    data = tmp_path / "actors.tsv"
    data.write_text("key\tkind\tname\tcapitals\ncountry:XX\tcountry\tXanadu\tXville\n", encoding="utf-8")
    bare = Gazetteer.from_files([data], cues=Cues())
    assert [(m.text, m.kind) for m in bare.scan("Le ministre Jean Xavier est réuni à Xville.")] == [
        ("Xville", "actor")]
