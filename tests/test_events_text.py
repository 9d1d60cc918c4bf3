"""Sentences, titles and content words: the text side of the events layer."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frise.events.terms import stem, terms
from frise.events.titles import LIMIT, make_title
from frise.text.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


class TestSentences:
    def test_glued_full_stop_ends_a_sentence(self) -> None:
        text = "ont dû prendre fin le 6 mai.Le chef du Commandement a parlé."
        assert sentences(text) == ["ont dû prendre fin le 6 mai.", "Le chef du Commandement a parlé."]

    def test_closing_parenthesis_then_glued_sentence(self) -> None:
        text = "dans le sud (provinces de Daraa et de Quneitra).Selon ce mémorandum, tout cesse."
        assert sentences(text) == [
            "dans le sud (provinces de Daraa et de Quneitra).",
            "Selon ce mémorandum, tout cesse.",
        ]

    @pytest.mark.parametrize(
        "text",
        [
            "M. Poutine a reçu Mme Merkel à Sotchi.",
            "Le Dr Martin et J. Smith sont arrivés.",
            "Les U.S. Marines sont là.",
            "La croissance est de 3.5 pour cent.",
            "Voir pic.twitter.com/J5XFMT4CKs pour la vidéo.",
            "« Vraiment ? » a-t-il demandé.",
            "Des armes, des vivres, etc. ont été livrés.",
        ],
    )
    def test_no_cut_inside(self, text: str) -> None:
        assert sentences(text) == [text]

    def test_etc_before_a_capital_ends_the_sentence(self) -> None:
        assert len(sentences("Des armes, des vivres, etc. Le convoi est parti.")) == 2

    def test_quotes_and_lines(self) -> None:
        text = "« La guerre est arrêtée. En outre, la ville renaît », a-t-il déclaré.\nTitre sans point\n"
        assert sentences(text) == [
            "« La guerre est arrêtée.",
            "En outre, la ville renaît », a-t-il déclaré.",
            "Titre sans point",
        ]

    def test_question_mark_before_closing_quote_then_new_sentence(self) -> None:
        assert len(sentences("Il a dit : « Pourquoi ? » Personne n'a répondu.")) == 2

    @given(st.text(alphabet=st.sampled_from(list("ab .!?«»\n()MJ"))))
    def test_spans_are_ordered_trimmed_and_inside(self, text: str) -> None:
        previous = 0
        for start, end in split_sentences(text):
            assert previous <= start < end <= len(text)
            assert not text[start].isspace() and not text[end - 1].isspace()
            previous = end


def title(sentence: str, date_text: str) -> str:
    start = sentence.index(date_text)
    return make_title(sentence, start, start + len(date_text))


class TestTitles:
    def test_fronted_date_takes_the_main_clause_and_skips_the_apposition(self) -> None:
        sentence = (
            "Début mai, les représentants de la Russie, de l'Iran et de la Turquie, pays garants de "
            "la trêve en Syrie, ont signé un mémorandum sur la création de zones."
        )
        got = title(sentence, "Début mai")
        assert got.startswith("Les représentants de la Russie, de l'Iran et de la Turquie ont signé")
        assert "garants" not in got

    @pytest.mark.parametrize(("sentence", "date_text", "expected"), [
        # Where the subject was when it acted: the date dates the main clause.
        ("Réunis lundi à Genève pour leur première rencontre depuis 2019, les ministres ont adopté une "
         "déclaration commune.", "lundi", "Les ministres ont adopté une déclaration commune"),
        ("Réuni mercredi à New York, le Conseil de sécurité a tenu des consultations à huis clos.", "mercredi",
         "Le Conseil de sécurité a tenu des consultations à huis clos"),
        ("Interrogé mardi par une radio publique, le ministre a affirmé que la trêve tiendrait.", "mardi",
         "Le ministre a affirmé que la trêve tiendrait"),
        ("Rassemblés jeudi 4 mars devant le palais depuis l'aube, en pleine tempête, les manifestants ont "
         "exigé la démission du gouvernement.", "jeudi 4 mars",
         "Les manifestants ont exigé la démission du gouvernement"),
    ])
    def test_a_participle_of_circumstance_leaves_the_title_to_the_main_clause(
            self, sentence: str, date_text: str, expected: str) -> None:
        assert title(sentence, date_text) == expected

    @pytest.mark.parametrize(("sentence", "date_text", "expected"), [
        ("Le pays n'a plus de président depuis la fin du mandat du chef de l'État, le 31 mai.", "le 31 mai",
         "La fin du mandat du chef de l'État"),
        ("Réunis samedi pour leur première séance un samedi depuis la crise de Suez, en novembre 1956, les "
         "sénateurs ont rejeté le texte.", "en novembre 1956", "La crise de Suez"),
        # the same with the preposition outside the date, as the engine finds it
        ("Réunis samedi 4 mai pour leur première séance un samedi depuis la crise de Suez, en novembre 1956, "
         "les sénateurs ont rejeté le texte.", "novembre 1956", "La crise de Suez"),
    ])
    def test_a_date_in_apposition_dates_the_noun_of_time_before_it(
            self, sentence: str, date_text: str, expected: str) -> None:
        assert title(sentence, date_text) == expected

    @pytest.mark.parametrize(("sentence", "date_text", "expected"), [
        ("Hôte des pourparlers depuis 2012, elle a reçu à Oslo, en juin, la dernière session de la "
         "négociation, et Rome avait abrité en mai les premières.", "en juin",
         "Elle a reçu à Oslo la dernière session de la négociation"),
        ("Les ministres ont signé à Vienne, mardi, un protocole sur les visas.", "mardi",
         "Les ministres ont signé à Vienne un protocole sur les visas"),
    ])
    def test_a_date_between_a_verb_and_its_object_titles_the_whole_clause(
            self, sentence: str, date_text: str, expected: str) -> None:
        assert title(sentence, date_text) == expected

    @pytest.mark.parametrize(("sentence", "date_text", "expected"), [
        # a short clause in the simple future, before a clause of its own joined by « et »
        ("Le conseiller, Paul Martin, repartira à Rome la semaine prochaine, et les deux ministres se "
         "reverront fin mai.", "la semaine prochaine", "Paul Martin repartira à Rome la semaine prochaine"),
        # what was announced that day is still the title
        ("Une éclaircie : le médiateur, Jean Roy, a annoncé hier, jeudi 4 mai, que les deux camps avaient "
         "accepté une trêve.", "hier", "Les deux camps avaient accepté une trêve"),
    ])
    def test_a_short_clause_before_another_takes_its_subject(
            self, sentence: str, date_text: str, expected: str) -> None:
        assert title(sentence, date_text) == expected

    @pytest.mark.parametrize(("sentence", "date_text", "expected"), [
        # the verb has its object already, or what follows is a gerund's or a passive's apposition
        ("Le Sénat a adopté le texte, mardi, la droite ayant voté pour.", "mardi", "La droite ayant voté pour"),
        ("Le président a été réélu, dimanche, une première depuis 1988.", "dimanche", "Une première depuis 1988"),
    ])
    def test_an_apposition_after_a_date_is_not_the_verb_s_object(
            self, sentence: str, date_text: str, expected: str) -> None:
        assert title(sentence, date_text) == expected

    def test_verb_first_clause_gets_its_subject(self) -> None:
        sentence = (
            "La Russie, l'Iran et la Turquie, soutien des rebelles, ont adopté début mai à Astana "
            "un plan."
        )
        assert title(sentence, "début mai") == (
            "La Russie, l'Iran et la Turquie ont adopté début mai à Astana un plan"
        )

    def test_participle_clause_gets_its_noun(self) -> None:
        sentence = "Le crash d'un avion syrien, abattu le 18 juin par des rebelles, a ravivé les tensions."
        assert title(sentence, "le 18 juin") == "Le crash d'un avion syrien, abattu le 18 juin par des rebelles"

    def test_date_at_the_end_takes_the_clause_before(self) -> None:
        sentence = "Cette proposition avait été discutée par Vladimir Poutine et Recep Tayyip Erdogan, le 3 mai."
        assert title(sentence, "le 3 mai") == (
            "Cette proposition avait été discutée par Vladimir Poutine et Recep Tayyip Erdogan"
        )

    def test_parenthetical_dashes_are_dropped(self) -> None:
        sentence = (
            "Le 4 mai, les chefs des délégations – parrains de ces pourparlers – ont signé un mémorandum."
        )
        assert title(sentence, "Le 4 mai") == "Les chefs des délégations ont signé un mémorandum"

    def test_long_titles_are_cut_at_a_word_with_an_ellipsis(self) -> None:
        sentence = "Le 6 juillet, " + "le ministre a rappelé la position constante de son pays " * 4 + "."
        got = title(sentence, "Le 6 juillet")
        assert len(got) <= LIMIT and got.endswith("…")
        assert not got[:-1].endswith(" ")

    def test_noise_is_removed(self) -> None:
        got = make_title("#Syrie : la #Russie devrait acheminer des soldats https://t.co/abc @RT")
        assert got == "Syrie : la Russie devrait acheminer des soldats"

    @settings(max_examples=200)
    @given(st.text(min_size=1, max_size=300), st.data())
    def test_any_text_gives_a_short_title_without_leading_punctuation(self, text: str, data: st.DataObject) -> None:
        start = data.draw(st.integers(0, len(text) - 1))
        end = data.draw(st.integers(start + 1, len(text)))
        got = make_title(text, start, end)
        assert len(got) <= LIMIT
        assert not re.match(r"^[\s,;:.!?…\-–—«»\"“”'’()]", got)


class TestTerms:
    @pytest.mark.parametrize(
        ("a", "b"),
        [("signé", "signature"), ("création", "créer"), ("zones", "zone"), ("russe", "Russie"),
         ("adopté", "adoption"), ("signées", "signer")],
    )
    def test_related_words_share_a_stem(self, a: str, b: str) -> None:
        assert stem(a) is not None and stem(a) == stem(b)

    @pytest.mark.parametrize(
        ("a", "b"),
        [("trêve", "cessez-le-feu"), ("négociations", "pourparlers"), ("paraphé", "signature"), ("ajourné", "reporté"),
         ("repousser", "un report")],
    )
    def test_words_news_uses_for_one_another_share_a_stem(self, a: str, b: str) -> None:
        assert terms(a) & terms(b)

    @pytest.mark.parametrize(("a", "b"), [("chinois", "chinoise"), ("français", "françaises"),
                                          ("iranien", "iranienne"), ("européen", "européennes")])
    def test_masculine_and_feminine_share_a_stem(self, a: str, b: str) -> None:
        assert stem(a) is not None and stem(a) == stem(b)

    @pytest.mark.parametrize(("a", "b"), [("la médiation chinoise", "les pourparlers en Chine"),
                                          ("les diplomates iraniens", "la délégation de l'Iran"),
                                          ("le gouvernement japonais", "à Tokyo")])
    def test_a_demonym_counts_as_its_country(self, a: str, b: str) -> None:
        assert terms(a) & terms(b)

    def test_words_that_only_resemble_do_not(self) -> None:
        assert not terms("un traité") & terms("un accord")
        assert not terms("une rencontre") & terms("un sommet")

    def test_function_words_dates_and_addresses_carry_nothing(self) -> None:
        got = terms("Le 4 mai, ils ont signé https://t.co/xyz dans la capitale @RTenfrancais")
        assert got == {stem("signé"), stem("capitale")}

    def test_skipped_spans_are_ignored(self) -> None:
        text = "Vladimir Poutine a signé"
        assert stem("poutine") not in terms(text, [(0, 16)])

    def test_a_multiword_name_is_one_term(self) -> None:
        got = terms("Bush est arrivé à Salt Lake City pour les Jeux")
        assert "salt lake city" in got and stem("Lake") not in got
