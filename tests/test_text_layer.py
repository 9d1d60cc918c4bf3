"""The French text layer every other layer folds with and takes its month and weekday names from."""

from __future__ import annotations

from frise.temporal import lexicon
from frise.text import folding
from frise.text.folding import fold, name_key, strip_accents
from frise.text.french import FOLDED_MONTHS, MONTHS, WEEKDAYS


def test_one_fold_for_every_layer() -> None:
    assert lexicon.fold is folding.fold
    for apostrophe in "'’‘ʼ′´`":
        assert fold(f"Aujourd{apostrophe}hui") == "aujourd'hui"
    assert fold("ÉLYSÉE") == "elysee"


def test_the_word_list_is_the_folded_words_without_offsets() -> None:
    for text in ("L'accord n'a pas été signé jusqu'à jeudi.", "Qu’ils RÉUNISSENT 3 délégations à Séoul",
                 "presqu'île, aujourd'hui, d'ores et déjà", "", "— 12 —"):
        assert folding.folded_word_list(text) == [word for _, _, word in folding.folded_words(text)]
    assert folding.folded_word_list("L'Élysée a DÉMENTI") == ["elysee", "a", "dementi"]


def test_names_compare_as_people_type_them() -> None:
    assert name_key("Radio-Canada") == name_key("radio  canada") == name_key("RADIO CANADA") == "radio canada"
    assert name_key("Genève") == name_key("geneve")
    assert strip_accents("Élysée") == "Elysee"


def test_months_and_weekdays_are_listed_once() -> None:
    assert len(MONTHS) == 12 and len(WEEKDAYS) == 7
    assert FOLDED_MONTHS[1] == "fevrier" and FOLDED_MONTHS[7] == "aout"


def test_an_article_reads_the_same_through_the_pipeline_and_the_library(tmp_path) -> None:
    from frise.events.pipeline import read_article
    from frise.library import Library, default_gazetteer
    from frise.store import Store
    from frise.temporal import Reference

    text = ("Le 4 mai 2017, la Russie, l'Iran et la Turquie ont signé à Astana un mémorandum. "
            "Les deux camps se retrouveront le 12 mai.")
    reading = read_article(text, "h", Reference.parse("2017-05-05"), default_gazetteer())
    with Store.open(tmp_path / "t.frise") as store:
        mentions, *_ = Library(store)._statements(text, "h", Reference.parse("2017-05-05"), None)
    assert reading.mentions == mentions and not reading.needs_year
    assert [m.title for m in reading.mentions][0].startswith("La Russie, l'Iran et la Turquie ont signé")
