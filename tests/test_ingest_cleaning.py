"""Boilerplate rules, titles, outlets and the content hash, on small made-up articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from frise.ingest import load_text
from frise.ingest.boilerplate import RULES, load_rules, matching_rule, remove_boilerplate
from frise.ingest.outlets import canonical, from_text, from_url
from frise.ingest.textutil import content_hash
from frise.ingest.titles import derive, first_sentence, headline, shorten

PROSE = "Le ministre a rencontré son homologue le 3 mai à Sotchi pour évoquer la trêve."


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Suivez Le Figaro sur Facebook", "follow-us"),
        ("Retrouvez France 24 sur WhatsApp", "follow-us"),
        ("À lire aussi : Les dessous de l'accord", "read-also"),
        ("LIRE AUSSI. Syrie : ce que contient le texte", "read-also"),
        ("Sur le même sujet", "related"),
        ("Partager sur Twitter", "share"),
        ("Envoyer par e-mail", "share"),
        ("Crédit photo : Reuters", "credit-line"),
        ("Le président turc à Ankara © Adem ALTAN Source: AFP", "credit-symbol"),
        ("Les délégués à Astana. Source : Reuters", "credit-source"),
        ("Nous utilisons des cookies pour améliorer votre expérience sur notre site.", "cookie-notice"),
        ("Accepter Refuser", "consent-buttons"),
        ("Tout AccepterTout refuserParamétrer vos choix", "consent-buttons"),
        ("OK", "consent-buttons"),
        ("Abonnez-vous à notre newsletter", "subscribe"),
        ("Raconter l'actualité", "tagline"),
        ("Voir cette publication sur Instagram", "social-embed"),
        ("Le sommet est confirmé pic.twitter.com/abc123 — Elysée (@Elysee) July 5, 2017", "tweet-link"),
        ("— Donald J. Trump (@realDonaldTrump) 6 juillet 2017", "tweet-signature"),
    ],
)
def test_boilerplate_rules(line: str, rule: str) -> None:
    found = matching_rule(line)
    assert found is not None and found.name == rule


@pytest.mark.parametrize(
    "line",
    [
        PROSE,
        "Il faut lire aussi ce rapport, a estimé le diplomate, car il éclaire la crise.",
        "La CNIL a infligé une amende record à Google pour l'usage des cookies publicitaires sans "
        "consentement, une décision saluée par les associations de défense des consommateurs, qui "
        "réclamaient depuis des années une sanction exemplaire contre les géants du numérique et leurs "
        "pratiques de collecte de données personnelles.",
        "Suivez le guide : la réforme entre en vigueur le 1er janvier.",
        "Le président a partagé son inquiétude avec ses homologues européens ce mardi.",
        "Okay, a répondu le ministre.",
        "Selon la source : le ministère de la Défense.",
        "Les points (a), (b) et (c) du mémorandum fixent le calendrier des zones.",
    ],
)
def test_prose_is_not_boilerplate(line: str) -> None:
    assert matching_rule(line) is None


def test_rules_have_unique_names_and_caps() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.max_length > 0 for rule in RULES)


def test_long_paragraph_mentioning_a_share_word_survives() -> None:
    line = "Partager le pouvoir n'est pas à l'ordre du jour, ont répété les délégations à Astana, le 4 mai."
    assert matching_rule(line) is None


def test_embedded_tweet_text_and_signature_removed_surrounding_paragraphs_kept() -> None:
    text = (
        f"{PROSE}\n\n"
        "#Syrie : les zones de désescalade entrent en vigueur\n\n"
        "➡️ https://t.co/abc pic.twitter.com/xyz — RT France (@RTenfrancais) 5 juillet 2017\n\n"
        "Un paragraphe court mais réel.\n\n"
        "— Personne (@quelquun) 7 juillet 2017\n\n"
        "La suite de l'article."
    )
    assert remove_boilerplate(text) == f"{PROSE}\n\nUn paragraphe court mais réel.\n\nLa suite de l'article."


def test_cleaning_keeps_paragraph_breaks_and_collapses_gaps() -> None:
    text = f"{PROSE}\n\nLire aussi : autre chose\n\nPartager\n\n{PROSE}\nSuite du même paragraphe."
    assert remove_boilerplate(text) == f"{PROSE}\n\n{PROSE}\nSuite du même paragraphe."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syrie : un accord signé\n\nTexte.", "Syrie : un accord signé"),
        ("Va-t-on vers la paix ?\n\nTexte.", "Va-t-on vers la paix ?"),
        ("Une phrase qui se termine.\n\nTexte.", None),
        ("Selon les diplomates,\nla suite.", None),
        ("x" * 201, None),
        ("Paris, le 5 juillet 2017\n\nTexte.", None),
    ],
)
def test_headline(text: str, expected: str | None) -> None:
    assert headline(text) == expected


def test_first_sentence_skips_abbreviations() -> None:
    text = "M. Lavrov et Mme Zakharova ont parlé. Puis ils sont partis."
    assert first_sentence(text) == "M. Lavrov et Mme Zakharova ont parlé."


def test_shorten_cuts_at_a_word_boundary_and_avoids_dangling_words() -> None:
    sentence = (
        "Les chefs des délégations russe, iranienne et turque ont signé un mémorandum sur la création "
        "de zones en Syrie."
    )
    title = shorten(sentence)
    assert len(title) <= 101 and title.endswith("…")
    assert (
        title
        == "Les chefs des délégations russe, iranienne et turque ont signé un mémorandum sur la création…"
    )
    assert shorten("Un accord.") == "Un accord"
    assert derive("", "secours") == "secours"


def test_pasted_text_title_is_removed_from_body_with_its_repetition() -> None:
    text = f"Sommet à Hambourg\n\nSommet à Hambourg\n\n{PROSE}"
    article = load_text(text)
    assert article.title == "Sommet à Hambourg"
    assert article.text == PROSE
    assert article.format == "text" and article.path is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Texte.\n\nSuivez RT en français surTelegram", "RT en français"),
        ("Texte.\n\nRetrouvez RT en francais sur X", "RT en français"),
        ("Texte.\n\nLe Figaro utilise des cookies pour améliorer ses services.", "Le Figaro"),
        ("Texte.\n\n#Syrie pic.twitter.com/x — RT France (@RTenfrancais) 5 juillet 2017", "RT France"),
        ("MOSCOU (AFP) - Le Kremlin a annoncé.\n\nSuite.", "AFP"),
        ("Texte de l'article.\n\n(avec Reuters)", "Reuters"),
        ("Texte.\n\n— Donald J. Trump (@realDonaldTrump) 6 juillet 2017", None),
        ("Selon Le Monde, affirme le Wall Street Journal, la rencontre a eu lieu.", None),
        ("Suivez l'actualité sur Telegram", None),
    ],
)
def test_outlet_from_text(text: str, outlet: str | None) -> None:
    assert from_text(text) == outlet


def test_outlet_names_and_urls() -> None:
    assert canonical("LE MONDE.fr") == "Le Monde"
    assert canonical("Les Echos") == "Les Échos"
    assert canonical("  La Gazette  du Village ") == "La Gazette du Village"
    assert canonical("") is None
    assert from_url("https://francais.rt.com/international/12345-syrie") == "RT en français"
    assert from_url("https://www.monde-diplomatique.fr/2017/07/x") == "Le Monde diplomatique"
    assert from_url("https://www.lemonde.fr/x") == "Le Monde"
    assert from_url("https://www.example.org/x") == "example.org"
    assert from_url(None) is None


def test_hash_ignores_whitespace_differences_only() -> None:
    one = load_text(f"{PROSE}\n\nDeuxième   paragraphe.")
    two = load_text(f"  {PROSE}\r\n\r\n\r\nDeuxième\tparagraphe.\n\n")
    three = load_text(f"{PROSE}\n\nDeuxième paragraphe !")
    assert one.content_hash == two.content_hash
    assert one.content_hash != three.content_hash


def test_hash_normalises_unicode() -> None:
    composed = "Le président a été élu."
    decomposed = "Le pre\u0301sident a e\u0301te\u0301 e\u0301lu."
    assert content_hash(composed) == content_hash(decomposed)
    assert load_text(decomposed).text == composed


def test_blank_pasted_text_is_empty() -> None:
    from frise.ingest import IngestError

    with pytest.raises(IngestError) as raised:
        load_text(" \n\t ", name="presse-papiers")
    assert (raised.value.code, raised.value.path) == ("empty", "presse-papiers")


def test_text_that_is_only_boilerplate_is_empty() -> None:
    from frise.ingest import IngestError

    with pytest.raises(IngestError) as raised:
        load_text("Suivez RT en français sur Telegram\n\nOK")
    assert raised.value.code == "empty"


def test_rules_are_read_from_a_data_file_with_named_alternations(tmp_path: Path) -> None:
    rules = tmp_path / "rules.tsv"
    rules.write_text("# a comment\nname\tkind\tmax_length\tpattern\nnets\twords\t\tmastodon|bluesky\n"
                     "follow\trule\t80\t^suivez-nous sur (?:{nets})$\n", encoding="utf-8")
    (follow,) = load_rules(rules)
    assert follow.name == "follow" and follow.max_length == 80
    assert follow.pattern.search("Suivez-nous sur Bluesky") and not follow.pattern.search("Suivez-nous sur X")


@pytest.mark.parametrize("row", ["broken\trule\t80\t(unclosed", "nolength\trule\t\tcookies", "odd\tother\t5\tx"])
def test_a_bad_rule_names_its_file_and_row(tmp_path: Path, row: str) -> None:
    rules = tmp_path / "rules.tsv"
    rules.write_text(f"name\tkind\tmax_length\tpattern\n{row}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"rules\.tsv.*" + row.split("\t")[0]):
        load_rules(rules)
