"""The outlet of an HTML page, from its metadata and its copyright line, on pages written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from frise.ingest import load_file
from frise.ingest.outlets import from_url
from frise.ingest.page_outlet import plain_name, reads_like_publication

BODY = (
    "<h1>Sommet de Genève sur le cessez-le-feu</h1>"
    + "<p>Le ministre des Affaires étrangères a rencontré son homologue mardi à Genève pour discuter "
    "du cessez-le-feu, a-t-on appris de source diplomatique. Les deux délégations doivent se "
    "retrouver la semaine prochaine.</p>" * 4
)


def page(head: str = "", footer: str = "", body: str = BODY) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Sommet de Genève</title>{head}'
        f"</head><body><article>{body}</article>{footer}</body></html>"
    ).encode()


def outlet_of(tmp_path: Path, data: bytes) -> str | None:
    path = tmp_path / "page.html"
    path.write_bytes(data)
    return load_file(path).outlet


def test_author_and_copyright_footer_name_the_outlet(tmp_path: Path) -> None:
    data = page(
        '<meta name="author" content="Le Quotidien diplomatique">',
        "<footer><p>© 2024 Le Quotidien diplomatique. Tous droits réservés.</p></footer>",
    )
    assert outlet_of(tmp_path, data) == "Le Quotidien diplomatique"


def test_copyright_footer_alone(tmp_path: Path) -> None:
    data = page(footer='<div class="site-footer">Copyright © 2019-2024 La Gazette des Nations | Mentions légales</div>')
    assert outlet_of(tmp_path, data) == "La Gazette des Nations"


def test_publication_author_alone(tmp_path: Path) -> None:
    assert outlet_of(tmp_path, page('<meta name="author" content="Le Quotidien diplomatique">')) == (
        "Le Quotidien diplomatique"
    )


def test_a_person_as_author_is_no_outlet(tmp_path: Path) -> None:
    assert outlet_of(tmp_path, page('<meta name="author" content="Jean Dupont">')) is None


def test_order_site_name_then_publisher_then_copyright_then_author(tmp_path: Path) -> None:
    og = '<meta property="og:site_name" content="Le Courrier des Balkans">'
    publisher = '<meta name="publisher" content="Éditions du Sud">'
    author = '<meta name="author" content="La Tribune de Genève">'
    footer = "<footer>© 2024 Le Quotidien diplomatique</footer>"
    assert outlet_of(tmp_path, page(og + publisher + author, footer)) == "Le Courrier des Balkans"
    assert outlet_of(tmp_path, page(publisher + author, footer)) == "Éditions du Sud"
    assert outlet_of(tmp_path, page(author, footer)) == "Le Quotidien diplomatique"
    assert outlet_of(tmp_path, page(author)) == "La Tribune de Genève"


def test_copyright_line_beats_an_unknown_host_and_a_known_domain_beats_an_author(tmp_path: Path) -> None:
    canonical = '<link rel="canonical" href="https://www.qd-info.example/monde/sommet.html">'
    footer = "<footer>© 2024 Le Quotidien diplomatique</footer>"
    assert outlet_of(tmp_path, page(canonical, footer)) == "Le Quotidien diplomatique"
    assert outlet_of(tmp_path, page(canonical)) == "qd-info.example"
    known = '<link rel="canonical" href="https://www.lemonde.fr/international/article/sommet.html">'
    author = '<meta name="author" content="La Tribune de Genève">'
    assert outlet_of(tmp_path, page(known + author)) == "Le Monde"


def test_a_photo_credit_is_not_the_publisher(tmp_path: Path) -> None:
    credit = '<figure><img src="a.jpg"><figcaption>Les délégations à Genève. © AFP</figcaption></figure>'
    footer = "<footer><figure><figcaption>Photo © Jean Dupont</figcaption></figure><p>Contact</p></footer>"
    assert outlet_of(tmp_path, page(footer=footer, body=credit + BODY)) is None


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:void(0)",
        "mailto:redaction@lemonde.fr",
        "file:///etc/passwd",
        "data:text/html,<b>x</b>",
        "ftp://lemonde.fr/a",
        "localhost",
        " javascript:alert(1)",
    ],
)
def test_no_outlet_from_a_url_that_is_not_a_web_address(url: str) -> None:
    assert from_url(url) is None


def test_outlet_from_web_addresses() -> None:
    assert from_url("https://www.lemonde.fr/a.html") == "Le Monde"
    assert from_url("lemonde.fr/international") == "Le Monde"
    assert from_url("http://exemple.org:8080/x") == "exemple.org"
    assert from_url("https://exemple.org/x", known_only=True) is None


def test_a_javascript_canonical_names_no_outlet(tmp_path: Path) -> None:
    head = '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="javascript:alert(1)">'
    article = load_file((tmp_path / "p.html", (tmp_path / "p.html").write_bytes(page(head)))[0])
    assert article.outlet is None and article.url is None


def test_markup_and_quotes_in_the_fields_leave_plain_text(tmp_path: Path) -> None:
    og = '<meta property="og:site_name" content="&lt;i&gt;La Gazette&lt;/i&gt; &amp;quot;du soir&amp;quot;">'
    assert outlet_of(tmp_path, page(og)) == "La Gazette du soir"
    footer = (
        '<footer><p>© 2024 <a href="/"><b>Le &laquo;&nbsp;Quotidien&nbsp;&raquo;</b>\n diplomatique</a>.'
        " Tous droits réservés.</p><script>var x = '© Pirate';</script></footer>"
    )
    assert outlet_of(tmp_path, page(footer=footer)) == "Le Quotidien diplomatique"
    author = '<meta name="author" content="&quot;&gt;&lt;img src=x onerror=alert(1)&gt; Le Monde">'
    assert outlet_of(tmp_path, page(author)) == "Le Monde"
    url_as_name = '<meta property="og:site_name" content="https://www.facebook.com/gazette">'
    assert outlet_of(tmp_path, page(url_as_name, "<footer>© La Gazette des Nations</footer>")) == (
        "La Gazette des Nations"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  Le\u00a0Monde\u200b ", "Le Monde"),
        ("Le Monde\x00\x07", "Le Monde"),
        ("<b></b>", None),
        ("« »", None),
        ("© 2024 Le Figaro. Tous droits réservés", "Le Figaro"),
        ("x" * 200, None),
        ("@lemondefr", "lemondefr"),
        ("https://exemple.org/gazette", None),
    ],
)
def test_plain_name(value: str, expected: str | None) -> None:
    name = plain_name(value)
    assert name == expected
    assert name is None or (name.isprintable() and not any(c in name for c in '<>&"«»'))


@pytest.mark.parametrize(
    "name",
    [
        "Le Quotidien diplomatique",
        "La Croix",
        "Courrier des Balkans",
        "20 Minutes",
        "RFI",
        "Gazette de Lausanne",
        "Mediapart",
        "L'Orient-Le Jour",
        "ledevoir.com",
    ],
)
def test_publication_names(name: str) -> None:
    assert reads_like_publication(name)


@pytest.mark.parametrize(
    "name",
    [
        "Jean Dupont",
        "J. Dupont",
        "Marie-Claire Dubois",
        "Jean Dupont; Marie Durand",
        "La rédaction",
        "Jean Dupont et Marie Durand",
        "Hélène Lefèvre-Martin",
    ],
)
def test_people_and_newsrooms_are_not_publications(name: str) -> None:
    assert not reads_like_publication(name)
