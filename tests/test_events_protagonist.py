"""The party an article is about, as the participant of what it tells without naming anyone
(issue H: « Participants, not places »; an analyst reads « Les députés doivent se prononcer
samedi » in a story about London as the United Kingdom's). Articles written for the test."""

from __future__ import annotations

from pathlib import Path

from frise.events.actors import Gazetteer
from frise.events.pipeline import read_article
from frise.library import Library
from frise.store import Store
from frise.temporal import Reference

STORY = """Le calendrier se resserre

Le délai est tombé mardi 3 mars sans que rien ne bouge.

Le Royaume-Uni a demandé mercredi 4 mars un nouveau report à ses partenaires.

Boris Johnson a écrit jeudi 5 mars une lettre pour expliquer sa position.

Les députés doivent se prononcer samedi 7 mars sur le texte.

Downing Street a confirmé dimanche 8 mars le calendrier du vote.
"""

ONE_MENTION = """Le calendrier se resserre

Le délai est tombé mardi 3 mars sans que rien ne bouge.

Le Royaume-Uni a demandé mercredi 4 mars un nouveau report à ses partenaires.

Les députés doivent se prononcer samedi 7 mars sur le texte.
"""


def _reading(text: str):
    return read_article(text, "h" * 64, Reference.parse("2026-03-09"), Gazetteer.load())


def _by_expression(text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {m.text: (m.actors, m.implied) for m in _reading(text).mentions}


def test_a_statement_naming_nobody_is_about_the_party_most_statements_name() -> None:
    said = _by_expression(STORY)
    # The state, its leader and its institution count as one party (three statements name it).
    assert said["samedi 7 mars"] == ((), ("country:GB",))
    assert said["mardi 3 mars"] == ((), ("country:GB",))
    # What names someone keeps exactly whom it names, and implies nobody.
    assert said["mercredi 4 mars"][1] == () and "country:GB" in said["mercredi 4 mars"][0]
    assert said["jeudi 5 mars"][1] == () and said["jeudi 5 mars"][0]


def test_a_party_one_statement_names_is_not_the_articles_protagonist() -> None:
    said = _by_expression(ONE_MENTION)
    assert said["samedi 7 mars"] == ((), ())
    assert said["mardi 3 mars"] == ((), ())


def test_the_article_s_opening_still_names_the_participants_first() -> None:
    text = "La Russie et la Turquie signent un accord\n\n" + STORY.split("\n\n", 1)[1]
    said = _by_expression(text)
    # The opening stands in: merging compares its parties, and they are the ones implied.
    assert "country:RU" in said["samedi 7 mars"][0] and said["samedi 7 mars"][1] == said["samedi 7 mars"][0]
    assert said["mercredi 4 mars"][1] == ()


def test_an_event_named_by_one_report_does_not_take_another_article_s_opening(tmp_path: Path) -> None:
    """One outlet names who negotiated the truce; another's statement names no one, and its
    article opens on other parties: the event's participants are those a report names, while the
    two reports still merge on the parties the opening stands in for."""
    (tmp_path / "2026-03-09-a.txt").write_text(
        "Accord sur la Syrie\n\nLa Russie et la Turquie ont conclu un accord sur la Syrie. Le cessez-le-feu "
        "dans la province d'Idleb est entré en vigueur mardi 3 mars à minuit.\n", encoding="utf-8")
    (tmp_path / "2026-03-09-b.txt").write_text(
        "Trêve fragile dans le nord-ouest syrien\n\nLe cessez-le-feu négocié par Vladimir Poutine est entré en "
        "vigueur mardi 3 mars à minuit dans la province d'Idleb.\n", encoding="utf-8")
    with Store.open(tmp_path / "t.frise") as store:
        library = Library(store)
        library.import_paths(sorted(tmp_path.glob("*.txt")))
        events = library.events()
        assert len(events) == 1 and len(events[0].sources) == 2
        assert events[0].actors == ("Vladimir Poutine",)


def test_the_event_takes_the_protagonist_only_when_no_report_names_anyone(tmp_path: Path) -> None:
    path = tmp_path / "2026-03-09-londres.txt"
    path.write_text(STORY, encoding="utf-8")
    with Store.open(tmp_path / "t.frise") as store:
        library = Library(store)
        library.import_paths([path])
        by_day = {e.first.isoformat(): e for e in library.events() if e.first is not None}
        assert by_day["2026-03-07"].actors == ("Royaume-Uni",)
        assert "Boris Johnson" in by_day["2026-03-05"].actors
        # Merging reads what the text names: the implied party is stored apart from it.
        stored = dict(store.db.execute(
            "SELECT text, actors || ' ' || implied FROM date_expressions WHERE text = 'samedi 7 mars'"))
        assert stored == {"samedi 7 mars": '[] ["country:GB"]'}


def test_a_sentence_s_second_happening_takes_part_by_its_own_clause() -> None:
    """Two happenings of two days in one sentence: the second's participants are those its own
    clause (its title) names; the first keeps the sentence's."""
    text = ("Les traités du printemps\n\n"
            "Emmanuel Macron a reçu le 3 mars à Paris Olaf Scholz, et le traité a été signé le 5 mars "
            "à Varsovie par la Pologne et la Hongrie.\n")
    said = _by_expression(text)
    second = said["le 5 mars"][0]
    assert set(second) == {"country:PL", "country:HU"}, second
    assert {"leader:macron", "leader:scholz"} <= set(said["le 3 mars"][0])


def test_a_second_happening_whose_clause_names_no_one_keeps_the_sentence_s() -> None:
    text = ("Les traités du printemps\n\n"
            "Emmanuel Macron a reçu le 3 mars à Paris le chancelier Olaf Scholz, et ils se reverront le 9 mars.\n")
    said = _by_expression(text)
    assert {"leader:macron", "leader:scholz"} <= set(said["le 9 mars"][0])


def test_a_second_happening_with_a_subject_of_its_own_does_not_take_the_first_s_actors() -> None:
    """« …, et la négociation, conclue par l'accord signé le 9 mars… »: the talks' conclusion is
    not the first clause's meeting; its participants are the article's opening's, not the
    guest's. What the first clause's speaker says will happen (« a promis que… ») keeps them."""
    text = ("L'Union européenne et la Suisse trouvent un accord\n\n"
            "Le 3 mars, sa rencontre avec le chancelier Olaf Scholz a débloqué la négociation, "
            "conclue par l'accord annoncé le 9 mars à Bruxelles.\n\n"
            "Le chancelier Olaf Scholz a promis le 10 mars que le texte serait ratifié le 12 mars.\n")
    said = _by_expression(text)
    assert {"org:ue", "country:CH"} == set(said["le 9 mars"][0]), said["le 9 mars"]
    assert "leader:scholz" in said["Le 3 mars"][0]
    assert "leader:scholz" in said["le 12 mars"][0]
    # « quelques » between the two dates is no « que »: the clause's subject still decides.
    text = text.replace("a débloqué la négociation", "a débloqué en quelques heures la négociation")
    assert {"org:ue", "country:CH"} == set(_by_expression(text)["le 9 mars"][0])


def test_a_relative_s_happening_is_titled_by_its_noun_and_takes_part_by_it() -> None:
    text = ("Les traités du printemps\n\n"
            "Emmanuel Macron a reçu le 3 mars à Paris le chancelier Olaf Scholz, qui reviendra le 9 mars.\n")
    ninth = next(m for m in _reading(text).mentions if m.text == "le 9 mars")
    assert ninth.title == "Olaf Scholz reviendra le 9 mars"
    assert ninth.actors == ("leader:scholz",)


def test_a_participle_s_date_titles_the_noun_it_qualifies() -> None:
    """« …ont approuvé le compromis trouvé la semaine dernière à Vienne »: the second date is the
    participle's, and the happening is the compromise, not the approval. A verb with its
    auxiliary (« avait été signé le 3 mai ») is the clause's own, and an adjective no participle."""
    text = ("Les accords du printemps\n\n"
            "Le 9 mars, à Bruxelles, les ministres ont à leur tour approuvé le compromis trouvé le 2 mars à Vienne.\n\n"
            "Le président a annoncé le 10 mars que l'accord avait été signé le 3 mars à Rome.\n\n"
            "Le 11 mars, les migrants arrivés dans les îles grecques à compter du 4 mars ont été renvoyés.\n")
    titles = {m.text: m.title for m in _reading(text).mentions}
    assert titles["le 2 mars"] == "Le compromis trouvé le 2 mars à Vienne"
    assert titles["le 3 mars"] == "L'accord avait été signé le 3 mars à Rome"
    assert not titles["du 4 mars"].startswith("Les îles grecques"), titles


def test_a_verb_with_its_object_pronoun_is_no_participle_of_a_noun() -> None:
    """« l'a reprise », « les a reçus », « l'ont rejeté » are verbs with their object pronoun, and
    « la sécurité » a noun: the second date keeps its own clause."""
    text = ("Les combats du printemps\n\n"
            "Les rebelles ont pris la ville le 2 mars, et l'armée l'a reprise le 4 mars.\n\n"
            "Le président a rencontré les syndicats le 6 mars, puis il les a reçus le 8 mars.\n\n"
            "Le président a reçu le 10 mars le chancelier, et les députés ont voté le budget de la sécurité "
            "le 12 mars.\n")
    titles = {m.text: m.title for m in _reading(text).mentions}
    assert titles["le 4 mars"] == "L'armée l'a reprise le 4 mars"
    assert titles["le 8 mars"] == "Il les a reçus le 8 mars"
    assert titles["le 12 mars"] == "Les députés ont voté le budget de la sécurité le 12 mars"


def test_a_date_complementing_a_noun_titles_that_noun_and_takes_part_by_it() -> None:
    """« a salué mardi l'accord de Sentosa du 12 juin entre A et B »: the 12 June dates the
    agreement, whose noun phrase titles it and whose parties take part, not the one who saluted."""
    text = ("Un sommet salué\n\n"
            "Le président sud-coréen Moon Jae-in a salué mardi l'accord de Sentosa du 12 juin entre "
            "Donald Trump et Kim Jong-un.\n\n"
            "La chancelière a dénoncé lundi les frappes du 3 juin contre la Syrie.\n")
    reading = read_article(text, "h" * 64, Reference.parse("2018-06-21"), Gazetteer.load())
    by_text = {m.text: m for m in reading.mentions}
    assert by_text["du 12 juin"].title == "L'accord de Sentosa du 12 juin entre Donald Trump et Kim Jong-un"
    assert set(by_text["du 12 juin"].actors) == {"leader:trump", "leader:kim-jong-un"}
    assert "leader:moon" in by_text["mardi"].actors
    assert by_text["du 3 juin"].title == "Les frappes du 3 juin contre la Syrie"
    # The same day twice is one happening, titled once (« a salué mardi l'accord de mardi »).
    same = read_article(text, "h" * 64, Reference.parse("2018-06-13"), Gazetteer.load())
    assert len({m.title for m in same.mentions if m.first is not None and m.first.isoformat() == "2018-06-12"}) == 1
