"""Each supported format and encoding read into an Article, from fixtures built in tmp_path."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from pypdf import PdfWriter

from frise.ingest import SUPPORTED_SUFFIXES, IngestError, load_file

FRENCH = (
    "Le président a déclaré à Genève qu’il était « prêt à négocier » dès août, "
    "après l’échec de la trêve — coût estimé : 10 € par Français, sûr.\n"
)
ACCENTS = ("é", "è", "à", "ç", "«", "»", "’", "—", "€", "û")


def _pdf_string(text: str) -> str:
    out = []
    for byte in text.encode("cp1252"):
        char = chr(byte)
        if char in "\\()":
            out.append("\\" + char)
        elif 32 <= byte < 127:
            out.append(char)
        else:
            out.append(f"\\{byte:03o}")
    return "".join(out)


def make_pdf(lines: list[str], title: str | None = None) -> bytes:
    """A one-page PDF with a real text layer (Helvetica, WinAnsi), written by hand."""
    operators = ["BT", "/F1 11 Tf", "14 TL", "72 720 Td"]
    operators += [f"({_pdf_string(line)}) Tj T*" for line in lines]
    operators.append("ET")
    stream = "\n".join(operators).encode("latin-1")
    info = f"<< /Title ({_pdf_string(title)}) >>" if title else "<< >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        info.encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def make_docx(paragraphs: list[str], title: str | None = None, heading: str | None = None) -> bytes:
    document = docx.Document()
    if title:
        document.core_properties.title = title
    if heading:
        document.add_heading(heading, level=0)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Date"
    table.rows[0].cells[1].text = "Réunion à Astana"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b""), ("utf-16", b"")],
)
def test_text_encodings_decode_accents(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = "Un titre de test\n\n" + FRENCH
    path = write(tmp_path / "article.txt", prefix + text.encode(encoding))
    article = load_file(path)
    assert article.text == FRENCH.strip()
    assert article.title == "Un titre de test"
    assert "\ufeff" not in article.text and "\ufeff" not in article.title
    for accent in ACCENTS:
        assert accent in article.text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_text_not_binary(tmp_path: Path, encoding: str) -> None:
    # Some Windows tools write UTF-16 without a byte order mark; every other byte is then NUL.
    text = "Un titre de test\n\n" + FRENCH
    article = load_file(write(tmp_path / "sans-bom.txt", text.encode(encoding)))
    assert article.text == FRENCH.strip()


def test_utf16_html_without_a_bom_is_read(tmp_path: Path) -> None:
    article = load_file(write(tmp_path / "page.html", HTML.encode("utf-16-le")))
    assert article.title == "Syrie : accord à Astana"
    assert "mémorandum" in article.text


def test_utf32_with_a_bom_is_read(tmp_path: Path) -> None:
    text = "Un titre de test\n\n" + FRENCH
    article = load_file(write(tmp_path / "large.txt", text.encode("utf-32")))
    assert article.text == FRENCH.strip()


def test_latin1_text_decodes_accents(tmp_path: Path) -> None:
    text = "Le ministre français a réaffirmé à Bruxelles la position de l'État, déçu par l'été.\n"
    article = load_file(write(tmp_path / "vieux.txt", text.encode("latin-1")))
    assert article.text == text.strip()
    assert "Ã" not in article.text


def test_short_cp1252_text_is_not_read_as_another_codepage(tmp_path: Path) -> None:
    # charset-normalizer alone answers cp1250 for this one.
    text = "Le président a déclaré à Paris qu’il était prêt — « oui » à 10 €."
    article = load_file(write(tmp_path / "court.txt", text.encode("cp1252")))
    assert article.text == text


def test_cyrillic_single_byte_text_is_not_forced_into_cp1252(tmp_path: Path) -> None:
    text = "Москва и Вашингтон обсуждают зоны деэскалации в Сирии. " * 5
    article = load_file(write(tmp_path / "ru.txt", text.encode("cp1251")))
    assert "Сирии" in article.text


def test_markdown_front_matter_heading_and_markup(tmp_path: Path) -> None:
    source = (
        '---\ntitle: "Accord à Astana"\ndate: 2017-05-04\nurl: https://www.lemonde.fr/a/b\n---\n\n'
        "# Accord à Astana\n\n"
        "La **Russie** et l’*Iran* ont signé [un mémorandum](https://example.org/m) le 4 mai.\n\n"
        "![photo](x.jpg)\n\n> « Un pas important », a dit le négociateur.\n"
    )
    article = load_file(write(tmp_path / "note.md", source.encode()))
    assert article.format == "md"
    assert article.title == "Accord à Astana"
    assert article.published == "2017-05-04" and article.precision == "day"
    assert article.outlet == "Le Monde"
    assert article.text == (
        "La Russie et l’Iran ont signé un mémorandum le 4 mai.\n\n« Un pas important », a dit le négociateur."
    )


def test_markdown_lists_lose_their_bullets_and_numbers(tmp_path: Path) -> None:
    source = ("# Sommet\n\nAu programme :\n\n- Le prochain sommet se tiendra à Biarritz le 24 août.\n"
              "* Les ministres se verront le 3 juillet.\n1. Une date : le 5 mai 2019.\n"
              "Les -5 % de croissance et 2019 - 2020 restent.\n")
    article = load_file(write(tmp_path / "l.md", source.encode()))
    assert article.text == ("Au programme :\n\nLe prochain sommet se tiendra à Biarritz le 24 août.\n"
                            "Les ministres se verront le 3 juillet.\nUne date : le 5 mai 2019.\n"
                            "Les -5 % de croissance et 2019 - 2020 restent.")


def test_markdown_without_front_matter_takes_first_heading(tmp_path: Path) -> None:
    source = "# Zones de désescalade\n\nLe texte du mémorandum a été publié vendredi.\n"
    article = load_file(write(tmp_path / "n.md", source.encode("cp1252")))
    assert article.title == "Zones de désescalade"
    assert article.text == "Le texte du mémorandum a été publié vendredi."
    assert article.published is None


HTML = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Syrie : accord à Astana - Le Monde.fr</title>
<meta property="og:site_name" content="Le Monde.fr">
<meta property="og:title" content="Syrie : accord à Astana">
<meta property="article:published_time" content="2017-07-06T10:00:00+02:00">
<link rel="canonical" href="https://www.lemonde.fr/international/article/syrie.html">
</head><body><nav><a href="/">Accueil</a> <a href="/monde">International</a></nav>
<article><h1>Syrie : accord à Astana</h1>
<p>La Russie, l'Iran et la Turquie ont signé un mémorandum sur la création de zones de sécurité
en Syrie, a-t-on appris jeudi à Astana, où les délégations étaient réunies depuis plusieurs jours.</p>
<p>Le texte avait été signé le 4 mai 2017 par les trois pays garants, qui se sont engagés à faire
respecter le cessez-le-feu dans les quatre zones concernées par l'accord.</p>
<p>Lire aussi : Trump et Poutine prônent une plus grande coopération</p>
<p>Les négociations reprendront en août, selon les diplomates présents sur place, qui restent
prudents sur l'issue de ces pourparlers.</p>
</article><footer>© Le Monde 2017 - Politique de confidentialité</footer></body></html>"""


def test_html_main_text_title_date_and_site(tmp_path: Path) -> None:
    article = load_file(write(tmp_path / "page.html", HTML.encode()))
    assert article.format == "html"
    assert article.title == "Syrie : accord à Astana"
    assert article.outlet == "Le Monde"
    assert article.published == "2017-07-06" and article.precision == "day"
    assert article.url == "https://www.lemonde.fr/international/article/syrie.html"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("La Russie, l'Iran et la Turquie")
    assert len(paragraphs) == 3
    assert "Lire aussi" not in article.text and "Accueil" not in article.text
    assert "©" not in article.text


def test_html_without_date_metadata_ignores_dates_in_the_body(tmp_path: Path) -> None:
    page = HTML.replace('<meta property="article:published_time" content="2017-07-06T10:00:00+02:00">', "")
    page = page.replace(
        '<link rel="canonical" href="https://www.lemonde.fr/international/article/syrie.html">', ""
    )
    article = load_file(
        write(
            tmp_path / "page.htm", page.encode("cp1252", errors="strict").replace(b"utf-8", b"windows-1252")
        )
    )
    assert "signé le 4 mai 2017" in article.text
    assert "é" in article.text and "Ã" not in article.text
    assert article.published is None and article.precision == "unknown"


def test_html_without_article_text_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as raised:
        load_file(write(tmp_path / "vide.html", b"<html><head><title>x</title></head><body></body></html>"))
    assert raised.value.code == "empty"


def test_pdf_text_layer_paragraphs_and_title(tmp_path: Path) -> None:
    lines = [
        "Syrie : un accord signé à Astana",
        "Le 4 mai, la Russie, l’Iran et la Turquie ont signé un mémorandum « historique » sur",
        "la création de zones de désescalade en Syrie.",
        "Les négociations reprendront en août.",
    ]
    article = load_file(write(tmp_path / "doc.pdf", make_pdf(lines, title="Accord d'Astana")))
    assert article.format == "pdf"
    assert article.title == "Accord d'Astana"
    assert article.text.split("\n\n") == [
        "Syrie : un accord signé à Astana",
        "Le 4 mai, la Russie, l’Iran et la Turquie ont signé un mémorandum « historique » sur "
        "la création de zones de désescalade en Syrie.",
        "Les négociations reprendront en août.",
    ]


def test_pdf_title_falls_back_to_its_first_line(tmp_path: Path) -> None:
    lines = ["Sommet du G20 à Hambourg", "", "Les dirigeants se retrouvent les 7 et 8 juillet."]
    article = load_file(write(tmp_path / "g20.pdf", make_pdf(lines)))
    assert article.title == "Sommet du G20 à Hambourg"
    assert article.text == "Les dirigeants se retrouvent les 7 et 8 juillet."


def test_pdf_without_text_layer_is_a_clear_error(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(IngestError) as raised:
        load_file(write(tmp_path / "scan.pdf", buffer.getvalue()))
    assert raised.value.code == "no_text_layer"
    assert raised.value.reason == "PDF sans couche texte (document scanné ?)"


def test_truncated_pdf_is_corrupt(tmp_path: Path) -> None:
    data = make_pdf(["Une ligne de texte."])
    with pytest.raises(IngestError) as raised:
        load_file(write(tmp_path / "cut.pdf", data[: len(data) // 3]))
    assert raised.value.code == "corrupt"


def test_docx_paragraphs_tables_and_styled_title(tmp_path: Path) -> None:
    data = make_docx(
        ["Le 4 mai, un mémorandum a été signé à Astana.", "Les pourparlers reprendront en été."],
        heading="Accord sur la Syrie",
    )
    article = load_file(write(tmp_path / "note.docx", data))
    assert article.format == "docx"
    assert article.title == "Accord sur la Syrie"
    assert article.text == (
        "Le 4 mai, un mémorandum a été signé à Astana.\n\n"
        "Les pourparlers reprendront en été.\n\n"
        "Date ; Réunion à Astana"
    )


def test_docx_core_title_wins(tmp_path: Path) -> None:
    data = make_docx(["Premier paragraphe du texte."], title="Titre du document")
    assert load_file(write(tmp_path / "t.docx", data)).title == "Titre du document"


@pytest.mark.parametrize("keep", [0.5, 0.1])
def test_truncated_docx_is_corrupt(tmp_path: Path, keep: float) -> None:
    data = make_docx(["Un paragraphe."])
    with pytest.raises(IngestError) as raised:
        load_file(write(tmp_path / "cut.docx", data[: int(len(data) * keep)]))
    assert raised.value.code == "corrupt"
    assert raised.value.reason == "document Word illisible ou tronqué"


def test_docx_that_is_not_a_zip_is_corrupt(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as raised:
        load_file(write(tmp_path / "faux.docx", b"Ceci n'est pas un document Word."))
    assert raised.value.code == "corrupt"


def test_suffixes_are_case_insensitive(tmp_path: Path) -> None:
    article = load_file(write(tmp_path / "ARTICLE.TXT", b"Titre court\n\nUn texte."))
    assert article.format == "txt"
    assert article.path == str(tmp_path / "ARTICLE.TXT")


def test_supported_suffixes() -> None:
    assert frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".docx"}) == SUPPORTED_SUFFIXES
