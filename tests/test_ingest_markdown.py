"""Markdown comes out as the prose it renders to: no markup left, blocks where the source has them."""

from __future__ import annotations

from pathlib import Path

import pytest

from frise.ingest import Article, IngestError, load_file
from frise.ingest.markdown import parse, to_text


def load_md(tmp_path: Path, source: str, name: str = "note.md") -> Article:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    return load_file(path)


def test_escaped_stars_are_text_and_emphasis_is_not() -> None:
    assert to_text(r"Un \*astérisque\* et **du gras**, *de l'italique*, __souligné__.") == (
        "Un *astérisque* et du gras, de l'italique, souligné."
    )


def test_code_spans_keep_their_content_verbatim() -> None:
    assert to_text("La commande `rm *.txt` et ``a `b` c`` restent.") == "La commande rm *.txt et a `b` c restent."


def test_snake_case_and_arithmetic_keep_their_signs() -> None:
    assert to_text("La variable taux_de_chomage_2019 vaut 2 * 3 et -5 %.") == (
        "La variable taux_de_chomage_2019 vaut 2 * 3 et -5 %."
    )


def test_inline_html_tags_go_and_their_text_stays() -> None:
    source = 'Le <b>président</b> a <span class="x">parlé</span><br>hier <!-- note --><script>x()</script>soir.'
    assert to_text(source) == "Le président a parlé\nhier soir."


def test_html_blocks_give_their_text() -> None:
    source = "<div class=\"encadre\">\n<p>Un encadré <i>important</i>.</p>\n</div>\n\n<!-- commentaire -->\n\nFin."
    assert to_text(source) == "Un encadré important.\n\nFin."


def test_links_keep_their_text_and_images_vanish() -> None:
    source = (
        "Voir [le communiqué](https://example.org/c \"titre\") et [la source][ref], ou <https://example.org/a>.\n\n"
        "![Une photo de l'AFP](photo.jpg)\n\n"
        "Texte [![logo](l.png) avec logo](https://x.org).\n\n"
        "[ref]: https://example.org/source\n"
    )
    assert to_text(source) == (
        "Voir le communiqué et la source, ou https://example.org/a.\n\nTexte avec logo."
    )


def test_nested_lists_lose_every_bullet_and_number() -> None:
    source = "Points :\n\n1. Premier point\n   - sous-point a\n   - sous-point b\n     1) détail\n2. Second point\n"
    assert to_text(source) == "Points :\n\nPremier point\nsous-point a\nsous-point b\ndétail\nSecond point"


def test_loose_list_items_stay_paragraphs() -> None:
    assert to_text("- Le premier.\n\n- Le second.\n") == "Le premier.\n\nLe second."


def test_block_quotes_nested_and_lazy() -> None:
    source = "> « Un pas important »,\na dit le négociateur.\n>\n> > Citation dans la citation.\n\nSuite."
    assert to_text(source) == (
        "« Un pas important »,\na dit le négociateur.\n\nCitation dans la citation.\n\nSuite."
    )


def test_tables_become_one_line_per_row() -> None:
    source = "Bilan :\n\n| Date | Lieu |\n|:-----|-----:|\n| 4 mai 2017 | **Astana** |\n| 7 juillet | Hambourg |\n"
    assert to_text(source) == "Bilan :\n\nDate ; Lieu\n4 mai 2017 ; Astana\n7 juillet ; Hambourg"


def test_headings_rules_code_blocks_and_footnotes() -> None:
    source = (
        "Titre\n=====\n\n## Sous-titre ##\n\nTexte[^1] avec ~~rature~~.\n\n---\n\n"
        "```python\nprint('code')\n```\n\n    indenté\n\n[^1]: La note, le 3 mai.\n"
    )
    assert to_text(source) == (
        "Titre\n\nSous-titre\n\nTexte avec rature.\n\nprint('code')\n\nindenté\n\nLa note, le 3 mai."
    )


def test_hard_breaks_and_entities() -> None:
    assert to_text("Ligne un  \nligne deux\\\nligne trois &amp; &eacute;t&eacute; &#8212; fin") == (
        "Ligne un\nligne deux\nligne trois & été — fin"
    )


def test_front_matter_fields_as_yaml_reads_them() -> None:
    fields = parse(
        "---\n"
        "title: \"L'accord \\\"historique\\\"\"\n"
        "subtitle: 'C''est signé'\n"
        "outlet: Le Monde # recopié à la main\n"
        "Date: 2017-05-04\n"
        "description: >-\n  Un long résumé\n  sur deux lignes\n"
        "tags:\n  - syrie\n  - russie\n"
        "  indented: ignoré\n"
        "---\n\nTexte.\n"
    ).fields
    assert fields == {
        "title": 'L\'accord "historique"',
        "subtitle": "C'est signé",
        "outlet": "Le Monde",
        "date": "2017-05-04",
        "description": "Un long résumé sur deux lignes",
        "tags": "",
    }


def test_front_matter_closed_by_dots_and_title_markup() -> None:
    parsed = parse("---\ntitle: Accord **signé** à `Astana`\n...\n\nLe texte.\n")
    assert parsed.title == "Accord signé à Astana"
    assert parsed.text == "Le texte."


def test_title_is_the_first_level_one_heading() -> None:
    parsed = parse("## Rubrique\n\n# Le *vrai* titre\n\nTexte.\n")
    assert parsed.title == "Le vrai titre"
    assert parse("## Rubrique seule\n\nTexte.\n").title is None
    assert parse("Titre souligné\n==============\n\nTexte.\n").title == "Titre souligné"


def test_a_rule_at_the_start_is_not_front_matter_without_a_close() -> None:
    assert to_text("---\n\nUn texte après un filet.\n") == "Un texte après un filet."


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(document.cookie)", "JavaScript:alert(1)", "file:///etc/passwd", "data:text/html,x", "ftp://x.org/a"],
)
def test_front_matter_url_that_is_not_a_web_address_is_dropped(tmp_path: Path, url: str) -> None:
    article = load_md(tmp_path, f"---\ntitle: Piège\nurl: {url}\n---\n\nLe sommet s'est tenu le 4 mai 2017.\n")
    assert article.url is None
    assert article.text == "Le sommet s'est tenu le 4 mai 2017."


def test_a_web_address_in_source_is_the_url_not_the_outlet(tmp_path: Path) -> None:
    article = load_md(
        tmp_path,
        "---\ntitle: Accord\nurl: javascript:void(0)\nsource: https://www.lemonde.fr/international/a.html\n---\n\n"
        "Le texte du mémorandum a été publié vendredi.\n",
    )
    assert article.url == "https://www.lemonde.fr/international/a.html"
    assert article.outlet == "Le Monde"


def test_markdown_with_only_a_front_matter_says_so(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as raised:
        load_md(tmp_path, "---\ntitle: Rien\ndate: 2017-05-04\n---\n\n<!-- brouillon -->\n")
    assert (raised.value.code, raised.value.reason) == ("empty", "fichier Markdown sans texte après l'en-tête")


def test_dates_are_read_from_the_text_without_markup(tmp_path: Path) -> None:
    article = load_md(
        tmp_path,
        "# Sommet\n\n**PARIS, 4 mai 2017** — Les *ministres* se sont [réunis](https://x.org).\n\n"
        "- Prochaine réunion le **3 juillet**.\n",
    )
    assert article.text == (
        "PARIS, 4 mai 2017 — Les ministres se sont réunis.\n\nProchaine réunion le 3 juillet."
    )
    for char in "*_[]()#`<>":
        assert char not in article.text
