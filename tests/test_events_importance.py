"""News, background and noise; and the kind of a happening. Sentences written for these tests."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from frise.events.importance import importance
from frise.events.kinds import all_kinds, event_kind, kind_label, parse_cues
from frise.text.folding import fold, folded_words

REFERENCE = date(2019, 6, 5)


def judge(text: str, expression: str, **interval: date) -> str:
    start = text.index(expression)
    return importance(text, start, start + len(expression), reference=REFERENCE, **interval)


@pytest.mark.parametrize(("text", "expression", "expected"), [
    ("Les deux ministres ont signé l'accord le 4 mai à Vienne.", "le 4 mai", "news"),
    ("Le sommet doit se tenir le 19 janvier à Berlin.", "le 19 janvier", "news"),
    ("La conférence doit avoir lieu le 19 janvier à Berlin.", "le 19 janvier", "news"),
    ("Le 3 mars, le diplomate devrait être nommé ambassadeur.", "Le 3 mars", "news"),
    ("Le sommet se tiendra en 2024 à Paris.", "2024", "news"),
    ("La réunion, d'abord prévue mardi, a été repoussée à jeudi.", "jeudi", "news"),
    ("Les organisateurs de Paris 2024 ont présenté le programme mardi.", "mardi", "news"),
    ("La visite, repoussée à jeudi, a finalement eu lieu sans incident.", "jeudi", "news"),
    ("La trêve a pris fin lundi avec la reprise des bombardements.", "lundi", "news"),  # a term ended
    ("Les deux camps se sont engagés dimanche à respecter la trêve.", "dimanche", "news"),  # the day it was made
    ("Des discussions ont été engagées à Doha à partir de mars.", "à partir de mars", "news"),  # talks started
    ("Ces pourparlers, les premiers depuis 2019, sont menés par le médiateur.", "depuis 2019", "news"),
    ("Les rebelles avaient quitté la ville avant le 3 mai.", "le 3 mai", "context"),
    ("Le ministre a indiqué mardi que les troupes resteraient.", "mardi", "news"),
    # What runs « depuis » a date is background, « depuis » in the expression or before it.
    ("La Russie est engagée militairement en Syrie depuis septembre 2015.", "depuis septembre 2015", "context"),
    ("Les deux camps sont réunis depuis jeudi pour renouer le dialogue.", "depuis jeudi", "context"),
    ("Les forces déployées depuis fin 2001 se retirent.", "fin 2001", "context"),
    ("La première rencontre depuis 2019 se tient à Genève.", "depuis 2019", "news"),
    ("Les deux pays ont échangé jeudi des prisonniers, a indiqué Ankara.", "jeudi", "news"),
    ("Le président a clôturé jeudi le sommet, qui a réuni 40 pays.", "jeudi", "news"),
    ("Le scrutin, à la date prévue, le 12 mars, a réuni peu d'électeurs.", "le 12 mars", "news"),
    ("À la date prévue, le 12 mars, les électeurs ont voté.", "le 12 mars", "news"),
    ("L'Opep a décidé mercredi de réduire sa production de 2 millions de barils.", "mercredi", "news"),
    # the decision is dated, not the day it puts things off to (see test_noise)
    ("Les Vingt-Sept ont accepté lundi de repousser au 31 janvier la date du scrutin.", "lundi", "news"),
    ("Le président a promis lundi que les troupes partiraient avant l'hiver.", "lundi", "news"),
    ("Le parti a fait savoir jeudi qu'il ne pourrait pas soutenir le texte.", "jeudi", "news"),
    ("Une troisième rencontre devait avoir lieu à Genève la semaine dernière.", "la semaine dernière", "news"),
    # a count since a date is no superlative: the date is when the war began
    ("Le conflit a fait plus de 5 300 morts depuis avril 2014, selon l'ONU.", "depuis avril 2014", "context"),
])
def test_news(text: str, expression: str, expected: str) -> None:
    assert judge(text, expression) == expected


@pytest.mark.parametrize(("text", "expression"), [
    ("Les milices devront avoir quitté la zone le 12 novembre.", "le 12 novembre"),  # an obligation to have done
    ("Le texte doit être ratifié d'ici le 30 juin.", "le 30 juin"),  # a deadline
    ("Les armes lourdes seront retirées au plus tard le 3 octobre.", "le 3 octobre"),
    ("La réunion, d'abord prévue mardi, a été repoussée à jeudi.", "mardi"),  # a plan moved
    ("Le sommet devait se tenir le 8 mars mais il a été reporté.", "le 8 mars"),
    ("Initialement fixée au 16 décembre, la visite a été reportée.", "16 décembre"),
    # a day a delay, a moved deadline, an intention or a promise sets
    ("Les Vingt-Sept ont accepté lundi de repousser au 31 janvier la date du scrutin.", "au 31 janvier"),
    ("Bruxelles accorde à Londres un report jusqu'au 30 avril.", "jusqu'au 30 avril"),
    ("Le sommet a été annulé, le président annonçant son report à début 2031.", "début 2031"),
    ("L'échéance, déjà repoussée au 7 juillet, inquiète les négociateurs.", "au 7 juillet"),
    ("Le vote avait été repoussé au 12 avril, puis au 20 mai.", "au 12 avril"),
    ("Le ministre maintient l'objectif d'un retrait le 30 septembre.", "le 30 septembre"),
    ("Les deux pays ont promis de ratifier le traité dès cette année.", "dès cette année"),
    ("Le texte engage les signataires à réduire leurs émissions à partir de 2030.", "à partir de 2030"),
    ("Les deux camps se sont engagés à retirer leurs blindés le 10 mars.", "le 10 mars"),
    # what was due, or what may be, on a day
    ("Ouverte le 30 novembre, la conférence devait s'achever vendredi.", "vendredi"),
    ("Les deux ministres devaient rejoindre Genève pour le sommet prévu le jour même.", "le jour même"),
    ("Le pays pourra quitter l'union dès le 1er décembre si le traité est ratifié.", "le 1er décembre"),
    # the day something in force will end
    ("Le président a prévenu que la trêve prendrait fin le 30 novembre sans compromis.", "le 30 novembre"),
    ("Le mandat des observateurs expirera fin mars.", "fin mars"),
    ("L'embargo arrivera à échéance le 2 juin.", "le 2 juin"),
    ("Photo : AFP, 3 juin 2019", "3 juin 2019"),  # a credit line
    ("Par Jeanne Roy | 3 mars 2021 à 07h30", "3 mars 2021"),  # a byline
    ("3 juin 2019", "3 juin 2019"),  # a date line
    ("Mis à jour le 4 juin 2019", "le 4 juin 2019"),
    ("Les organisateurs de Paris 2024 ont présenté le programme mardi.", "2024"),  # a name holding a year
    ("Les parties se donnent pour objectif une trêve d'ici fin 2020.", "d'ici fin 2020"),  # a deadline said so
    ("Les otages seraient libérés avant le 15 avril, selon le négociateur.", "le 15 avril"),
    ("Le vote, reporté à lundi, puis repoussé au 12 mars, divise la majorité.", "lundi"),  # moved again
    ("La signature, repoussée à mercredi avant d'être fixée à samedi, a été confirmée.", "mercredi"),
    ("Le pays traverse sa plus grave sécheresse depuis 1976.", "depuis 1976"),  # a yardstick
    ("La monnaie est tombée au plus bas niveau depuis 2009.", "depuis 2009"),
    ("Le ministre se rendra à Rome, ont fait savoir lundi plusieurs sources diplomatiques.", "lundi"),
    ("Le président se rendra à Rome, a-t-on appris jeudi auprès de son entourage.", "jeudi"),
    ("Le baril de Brent s'échangeait autour de 93 dollars mercredi en fin de séance.", "mercredi"),  # a quotation
    ("Le CAC 40 a clôturé jeudi en hausse de 1,2 %.", "jeudi"),
    ("L'once d'or cotait 1 950 dollars lundi matin à Londres.", "lundi"),
    # the day set for a happening, in apposition: « la date prévue de X, le 12 mars »
    ("Le texte a été conclu à un mois de la date prévue du scrutin, le 12 mars, dans la hâte.", "le 12 mars"),
    ("Tout doit être prêt pour la date fixée pour la passation, le 3 juin.", "le 3 juin"),
    # a day's name quoted with a word of its own: a nickname
    ("Le « grand dimanche » des opposants a tourné court.", "dimanche"),
    ("Les marchés se souviennent du « jeudi noir » de la Bourse.", "jeudi"),
])
def test_noise(text: str, expression: str) -> None:
    assert judge(text, expression) == "noise"


@pytest.mark.parametrize(("text", "expression"), [
    ("Le pays est en guerre depuis septembre 2014.", "septembre 2014"),
    ("Le Premier ministre avait déjà rencontré son homologue en janvier.", "en janvier"),
    ("Les deux capitales s'étaient entendues le 2 mars.", "le 2 mars"),
    # Adverbs between the auxiliary and the participle keep the pluperfect.
    ("En 2015, Kigali avait vivement reproché à Bruxelles son soutien.", "En 2015"),
    ("En mars, le Parlement n'avait pas encore ratifié le texte.", "En mars"),
])
def test_context(text: str, expression: str) -> None:
    assert judge(text, expression) == "context"


@pytest.mark.parametrize(("text", "expression"), [
    # A quotation that says more than a name, or a date alone in quotes, still dates.
    ("Le ministre a prévenu : « nous signerons lundi ».", "lundi"),
    ("Le négociateur a lancé « à lundi » en quittant la salle.", "lundi"),
    ("La réunion de « lundi » a été maintenue.", "lundi"),
    ("Le ministre a répondu : « Probablement lundi ».", "lundi"),
    ("Interrogé sur le retrait, il a répondu « en avril » sans autre précision.", "avril"),
    ("Il a lancé « vivement lundi » aux journalistes.", "lundi"),
])
def test_a_quoted_day_that_is_no_nickname_is_a_date(text: str, expression: str) -> None:
    assert judge(text, expression) != "noise"


def test_an_undated_gap_to_another_happening_is_noise_and_a_dated_one_is_not() -> None:
    text = "Le pays a proclamé son indépendance en 1962, deux ans après avoir chassé les colons."
    assert judge(text, "deux ans après") == "noise"
    assert judge("Il a quitté le pays trois semaines avant de démissionner.", "trois semaines avant") == "noise"
    # Dated by the engine (an offset from the date before), it is that date's happening.
    assert judge(text, "deux ans après", first=date(1964, 1, 1), last=date(1964, 12, 31)) != "noise"
    # Not a gap to an infinitive: « deux jours après la signature » dates a happening of its own.
    assert judge("Les combats ont repris deux jours après la signature.", "deux jours après") == "news"


def test_what_ended_long_before_the_article_is_context() -> None:
    text = "Le conflit a éclaté en 2011."
    assert judge(text, "en 2011", first=date(2011, 1, 1), last=date(2011, 12, 31)) == "context"
    assert judge(text, "en 2011", first=date(2019, 5, 1), last=date(2019, 5, 31)) == "news"


def test_an_articles_statements_about_long_before_its_date_are_context() -> None:
    from frise.events.actors import Gazetteer
    from frise.events.pipeline import read_article
    from frise.temporal import Reference

    text = ("Ankara rejette les sanctions\n\nLa Turquie a rejeté lundi les sanctions européennes. "
            "Le processus d'adhésion, ouvert en 2005, est au point mort.")
    reading = read_article(text, "h", Reference.parse("2019-11-13"), Gazetteer.load())
    assert {m.text: m.importance for m in reading.mentions} == {"lundi": "news", "en 2005": "context"}
    # An undated article has no day to measure from: nothing is context for its age alone.
    undated = read_article(text, "h", Reference.unknown(), Gazetteer.load())
    assert {m.text: m.importance for m in undated.mentions}.get("en 2005") == "news"


@pytest.mark.parametrize(("clause", "kind"), [
    ("Les deux pays ont signé un accord de paix à Doha", "agreement"),
    ("Le président a annoncé la signature du traité", "agreement"),  # the happening outranks the speech
    ("Le ministre a rencontré son homologue", "meeting"),
    ("Les pourparlers reprendront à Genève", "negotiation"),
    ("Des frappes aériennes ont visé la ville", "military"),
    ("Le Parlement a adopté la résolution", "vote"),
    ("Il a été nommé Premier ministre", "appointment"),
    ("L'armée a renversé le président au pouvoir depuis trente ans", "ouster"),
    # the fall outranks the succession it leads to
    ("La rue a provoqué la chute du dirigeant avant de viser les généraux qui lui ont succédé", "ouster"),
    ("L'Union a prolongé les sanctions", "sanction"),
    ("La Russie a dénoncé la décision", "reaction"),
    ("Il fait beau sur la côte", None),
    # A cue the clause denies is no cue: talks that found no agreement are talks.
    ("Trois jours de pourparlers à Oslo n'ont pas permis de conclure un accord", "negotiation"),
    ("Les délégations se sont séparées sans accord après une nuit de discussions", "negotiation"),
    ("Aucun accord n'a été trouvé", None),
    ("Plus de cent frappes ont visé la ville", "military"),
    ("Un avion de reconnaissance, abattu jeudi près de la frontière", "military"),
    ("Les deux ministres ont échangé une poignée de main, scellant le retour des ambassadeurs", "agreement"),
    ("Le ministère n'a pas tardé à dénoncer la décision", "reaction"),  # denying the delay affirms it
    # A text the clause promises to respect is in force: the commitment is the happening.
    ("Réunis à Rome, les participants ont promis de respecter strictement l'embargo", "meeting"),
    ("Les deux camps ont appelé au respect du cessez-le-feu", "statement"),
    ("Ils se sont engagés à appliquer la trêve, a déclaré la ministre", "statement"),
    ("Les deux pays ouvriront des négociations pour sauver l'accord sur le nucléaire", "negotiation"),
    ("Washington prendra part à des discussions sur un retour dans l'accord", "negotiation"),
    ("Les ministres ont appelé à préserver la trêve", "statement"),
    ("Les deux pays ont signé respectivement un accord et un protocole", "agreement"),
    ("L'Union a décrété un embargo sur les armes", "sanction"),
])
def test_kinds(clause: str, kind: str | None) -> None:
    assert event_kind(clause) == kind


def test_kinds_are_data_with_names_in_both_languages() -> None:
    keys = [k.key for k in all_kinds()]
    assert keys[:2] == ["denial", "agreement"] and "statement" in keys  # an answer outranks what it answers
    assert kind_label("meeting") == "rencontre" and kind_label("meeting", "en") == "meeting"
    cues = parse_cues(["# comment", "a\tun\tone\tfoo* bar", "b\tdeux\ttwo\tbaz"])
    assert cues.kind_of("Les baz et les foobar") == "a" and cues.kind_of("un baz") == "b"


def test_folding() -> None:
    assert fold("Réunis À L’ÉLYSÉE") == "reunis a l'elysee"
    assert [w for _, _, w in folded_words("l'accord qu'ils ont signé")] == ["accord", "ils", "ont", "signe"]
    start, end, _ = folded_words("dans l'accord")[1]
    assert "dans l'accord"[start:end] == "accord"


@pytest.mark.parametrize(("sentence", "own", "kind"), [
    # A denial is read from the statement's own clause (None: the whole sentence), and outranks
    # what it denies.
    ("Le gouvernement a démenti mardi avoir bombardé le village", None, "denial"),
    ("Les rebelles ont annoncé jeudi la prise du port, ce que l'armée niait encore vendredi",
     "l'armée niait encore vendredi", "denial"),
    # The claim of the same sentence keeps its own kind: the denial is not in its clause.
    ("Les rebelles ont annoncé jeudi la prise du port, ce que l'armée niait encore vendredi",
     "Les rebelles ont annoncé jeudi la prise du port", "statement"),
    # A denial denied is none.
    ("Le porte-parole n'a pas démenti lundi cette information", None, None),
])
def test_denials(sentence: str, own: str | None, kind: str | None) -> None:
    assert event_kind(sentence, own or sentence) == kind


@pytest.mark.parametrize(("clause", "kind"), [
    # What a reaction bears on is no cue of its own: the clause tells the reaction.
    ("Le président a salué mardi l'« accord d'Ohrid » conclu la veille", "reaction"),
    ("Paris a condamné les frappes menées dans la nuit", "reaction"),
    ("Le ministre s'est félicité de la signature", "reaction"),
    # An announcement still reports the happening it announces.
    ("Le ministre a annoncé la signature d'un accord", "agreement"),
    ("Les frappes ont été condamnées par Paris", "military"),
    # A reaction's participle describing a noun is what was said of it elsewhere, not this clause's.
    ("Le plan, salué par les voisins, est entré en vigueur lundi", None),
    ("Le gouvernement a reconnu jeudi la sécession, une décision condamnée à Bruxelles", None),
    ("Le ministre a lu mardi une déclaration applaudie par les délégués", "statement"),
    # The participle after its auxiliary, an adverb or a pronoun is the clause's verb.
    ("Les deux pays ont aussitôt condamné l'attaque de lundi", "reaction"),
    ("Le ministre l'a salué vendredi devant la presse", "reaction"),
    ("Les Vingt-Sept ont tous salué jeudi la décision", "reaction"),
    ("L'initiative a été vivement critiquée mardi", "reaction"),
])
def test_reactions(clause: str, kind: str) -> None:
    assert event_kind(clause, clause) == kind


@pytest.mark.parametrize(("clause", "kind"), [
    # A vote as the means of the clause's verb is what happened, whatever text it bore on.
    ("Les électeurs ont rejeté par référendum le traité de paix avec les rebelles", "vote"),
    ("Les députés ont adopté par 301 voix contre 250 l'accord commercial", "vote"),
    ("Le Sénat a ratifié par un vote le traité", "vote"),
    # « par » naming who acted is no vote, and a denial still outranks the vote it denies.
    ("L'accord a été signé par les deux ministres", "agreement"),
    ("Le gouvernement a démenti que le traité ait été ratifié par un vote", "denial"),
])
def test_a_vote_the_clause_acts_by_makes_it_a_vote(clause: str, kind: str) -> None:
    assert event_kind(clause, clause) == kind


@pytest.mark.parametrize(("clause", "kind"), [
    # Voters who « se prononcent » vote; one person who does says what they think.
    ("Les sénateurs doivent se prononcer jeudi sur la réforme", "vote"),
    ("Les électeurs se sont prononcés dimanche pour le maintien dans l'union", "vote"),
    ("Le Parlement s'est prononcé mardi sur le texte", "vote"),
    ("La ministre s'est prononcée lundi pour un report", None),
    ("Les députés ne se sont pas prononcés mercredi", None),
    # A request is a statement, whatever form of the verb tells it.
    ("Le Premier ministre a envoyé samedi une lettre demandant un nouveau délai", "statement"),
    # Voters who approve or reject a text vote on it; anyone else who does says so, or signs.
    ("Les députés ont approuvé mardi le projet de loi sur l'accord", "vote"),
    ("Le Sénat a rejeté jeudi l'amendement du gouvernement", "vote"),
    ("Les électeurs ont validé la réforme dimanche", "vote"),
    ("Les députés n'ont pas approuvé mardi le projet de loi", None),
    ("Le ministre a approuvé mardi l'accord", "agreement"),
    # Voters as a complement, a noun of rejection, no text voted on: no vote.
    ("Le président du Sénat a salué mardi la décision, validée par le Conseil constitutionnel.", "reaction"),
    ("Les députés ont dénoncé mardi le rejet de leur recours par le Conseil d'Etat.", "reaction"),
    ("Les sénateurs ont critiqué lundi le gouvernement, qui a rejeté leurs propositions.", "reaction"),
    ("Les parlementaires de l'opposition ont rejeté mardi les accusations du ministre.", "statement"),
    ("Le président de l'Assemblée a validé lundi le calendrier des travaux.", None),
    ("Les citoyens ont approuvé mardi la décision du gouvernement dans un sondage.", None),
])
def test_voters_who_decide_vote(clause: str, kind: str | None) -> None:
    assert event_kind(clause, clause) == kind


def test_a_sentence_alone_never_reads_as_a_denial() -> None:
    """Without its own clause, a statement takes the kind of its sentence, denials aside."""
    assert event_kind("Les rebelles ont annoncé la prise du port, ce que l'armée niait") == "statement"


@pytest.mark.parametrize(("sentence", "own", "kind"), [
    # The clause's own cue decides; the sentence speaks only when the clause has none.
    ("Le communiqué salue les annonces faites dimanche : reprise des vols et application de l'accord",
     "Le communiqué salue les annonces faites dimanche", "reaction"),
    ("Le ministre en avait parlé lors de leur rencontre, avant le vote du Parlement",
     "Le ministre en avait parlé lors de leur rencontre", "meeting"),
    ("Les deux pays ont signé mardi un accord, a indiqué le porte-parole",
     "Les deux pays ont signé mardi", "agreement"),
    ("La Russie a dit vendredi qu'elle signerait", "La Russie a dit vendredi", "statement"),
    ("Il a pris la parole lundi, au lendemain du sommet", "Il a pris la parole lundi", "meeting"),
])
def test_the_clause_names_the_kind_before_its_sentence(sentence: str, own: str, kind: str) -> None:
    assert event_kind(sentence, own) == kind


@pytest.mark.parametrize(("text", "caption"), [
    ("Titre\n\nFélix Tshisekedi, João Lourenço et Paul Kagame à Luanda, le 16 mars 2023. AFP\n\nLe texte.", True),
    ("Louise Mushikiwabo lors d'une conférence de presse à Kigali, le 4 janvier 2018. AFP PHOTO / JEAN DUPONT\n",
     True),
    ("Le ministre a annoncé le 4 mai sa démission, a indiqué l'AFP\n", False),
    ("Le cessez-le-feu a été rompu le 4 mai, selon Reuters\n", False),
    ("La présidente lors d'une conférence de presse à Vilnius, le 4 mai 2023. REUTERS\n\nLe texte.", True),
    ("Les deux ministres à Lisbonne, le 16 mars 2023. GETTY IMAGES\n", True),
    ("Le cessez-le-feu a été rompu le 4 mai, selon REUTERS\n", False),
    ("PARIS, 4 mai (AFP) - Le gouvernement a présenté le 4 mai son plan.\n", False),
])
def test_a_short_line_ending_with_a_photo_credit_is_a_caption(text: str, caption: bool) -> None:
    from frise.events.importance import is_caption

    day = re.search(r"\d+ (?:mars|janvier|mai)(?: \d{4})?", text)
    assert day is not None
    assert is_caption(text, day.start(), day.end()) is caption


@pytest.mark.parametrize(("sentence", "expression", "kind"), [
    # a date complementing a noun dates what the noun names, whatever verb governs the noun
    ("La présidente a salué mercredi l'« accord de Lomé » du 12 mars, une avancée.", "du 12 mars", "agreement"),
    ("Le porte-parole a dénoncé vendredi les frappes du 3 mai sur la ville.", "du 3 mai", "military"),
    ("Il a salué la signature de l'accord du 4 mai.", "du 4 mai", "agreement"),
    ("Le porte-parole a dénoncé l'attaque du 3 mai contre le convoi.", "du 3 mai", "military"),
    # « dès » after a noun: the day dates what the noun names, not the clause's verb
    ("Le ministre a défendu l'accord, dans l'attente d'un vote dès jeudi.", "dès jeudi", "vote"),
    # not across a comma or a verb: « les syndicats, a annoncé » is no noun phrase
    ("Le ministre, qui a rencontré les syndicats, a annoncé dès lundi la levée des sanctions.", "dès lundi",
     "sanction"),
    # the welcome itself keeps its kind; a noun that names no happening leaves the sentence's
    ("La présidente a salué mercredi l'« accord de Lomé » du 12 mars, une avancée.", "mercredi", "reaction"),
    ("Le président a reçu le rapport du 4 mai.", "du 4 mai", "meeting"),
])
def test_a_date_complementing_a_noun_takes_the_kind_of_what_the_noun_names(
        sentence: str, expression: str, kind: str) -> None:
    from frise.events.mentions import build_mentions
    from frise.temporal import Reference, extract

    mentions = build_mentions(sentence, "h", extract(sentence, Reference.parse("2023-05-20")))
    assert next(m.happening for m in mentions if m.text == expression) == kind


def test_a_plan_for_a_month_or_a_year_to_come_is_noise_and_one_for_a_day_is_not() -> None:
    year_ahead = {"first": date(REFERENCE.year + 2, 1, 1), "last": date(REFERENCE.year + 2, 12, 31)}
    month_ahead = {"first": date(REFERENCE.year + 1, 3, 1), "last": date(REFERENCE.year + 1, 3, 31)}
    day_ahead = {"first": date(REFERENCE.year + 1, 6, 4), "last": date(REFERENCE.year + 1, 6, 4)}
    assert judge("Un nouveau scrutin est prévu en 2031.", "en 2031", **year_ahead) == "noise"
    assert judge("Une révision du texte est prévue pour mars.", "mars", **month_ahead) == "noise"
    assert judge("La signature du traité est prévue le 4 juin.", "le 4 juin", **day_ahead) == "news"
    # Not a plan, or a plan told as past: what the clause says of it stands.
    assert judge("Le pays organisera des élections en 2031.", "en 2031", **year_ahead) == "news"
    past = {"first": date(REFERENCE.year, 1, 1) - timedelta(days=200), "last": date(REFERENCE.year, 1, 1)}
    assert judge("La visite était prévue en août.", "en août", **past) != "noise"
