"""The PDF export, read back with pypdf: pages, order, footers, fonts, metadata, refusals."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication

from frise.events.model import Event, Source
from frise.export import (
    EmptySelection,
    PdfOptions,
    export_pdf,
    export_selection,
    load_selection,
)
from frise.export import pdf as pdf_module
from frise.library import import_paths
from frise.store import ArticleRow, EventQuery, Store

ROOT = Path(__file__).resolve().parent.parent
A4 = (595, 842)
LETTER = (612, 792)


@pytest.fixture(autouse=True)
def app(qapp: QCoreApplication) -> QCoreApplication:
    return qapp


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store.open(tmp_path_factory.mktemp("seeds") / "frise.sqlite")
    import_paths(store, [ROOT / "seeds"])
    yield store
    store.close()


@pytest.fixture(scope="module")
def seeds_pdf(seeded: Store, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object, list[Event]]:
    events, _ = load_selection(seeded, EventQuery())
    path = tmp_path_factory.mktemp("pdf") / "chronologie.pdf"
    options = PdfOptions(collection_name="Syrie : zones de désescalade", exported_on=date(2026, 1, 15))
    report = export_selection(seeded, EventQuery(), path, "pdf", options=options)
    return path, report, events


def text_of(page: object) -> str:
    """A page's text with Qt's word gaps (tabs, newlines) folded to spaces."""
    return re.sub(r"[\t\n ]+", " ", page.extract_text())  # type: ignore[attr-defined]


def folded(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def synthetic(count: int, seed: int = 3) -> tuple[list[Event], dict[int, ArticleRow]]:
    """`count` events over two years, citing 12 articles."""
    rng = random.Random(seed)
    actors = ["Russie", "États-Unis", "Syrie", "Turquie", "Iran", "France", "ONU", "Chine", "Israël", "Qatar"]
    articles = {
        a: ArticleRow(a, f"Article n° {a} : « diplomatie » à Genève", "Le Monde", "2017-05-04", "day",
                      f"/tmp/articles/{a}.txt", "txt", None, f"{a:064x}", "text", False, None, "2026-01-01")
        for a in range(1, 13)
    }
    events = []
    for i in range(1, count + 1):
        first = date(2016, 1, 1) + timedelta(days=rng.randrange(730))
        last = first + timedelta(days=rng.choice((0, 0, 0, 1, 9)))
        who = tuple(sorted(set(rng.sample(actors, rng.randrange(1, 4)))))
        title = f"Événement {i:04d} : {' et '.join(who)} négocient à Genève"
        passage = f"Le {first.day}, {' et '.join(who)} ont négocié — selon l’AFP — un « accord » n° {i}."
        cited = sorted(rng.sample(range(1, 13), rng.randrange(1, 3)))
        sources = tuple(Source(a, articles[a].title, "Le Monde", passage, 0, len(passage), "le", 0, 2, f"{a}:{i}")
                        for a in cited)
        events.append(Event(i, f"k{i}", first, last, title, "approximate" if last > first else "exact", who,
                            sources))
    return events, articles


def test_the_source_list_names_files_without_their_folder(seeds_pdf: tuple[Path, object, list[Event]]) -> None:
    path, _, _ = seeds_pdf
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert "003_6f303cbfbb78ff9b.txt" in text
    assert str(ROOT).replace(" ", "") not in text


def test_seeds_pdf_holds_every_event_in_chronological_order(seeds_pdf: tuple[Path, object, list[Event]]) -> None:
    path, report, events = seeds_pdf
    reader = PdfReader(path)
    assert len(reader.pages) == report.pages > 1
    text = " ".join(text_of(page) for page in reader.pages[1 + report.overview_pages:])
    positions = []
    for event in events:
        title = folded(event.title)
        assert title in text, title
        positions.append(text.index(title))
    assert positions == sorted(positions)
    assert [e.first for e in events] == sorted(e.first for e in events)


def test_every_page_says_which_page_it_is(seeds_pdf: tuple[Path, object, list[Event]]) -> None:
    reader = PdfReader(seeds_pdf[0])
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert f"page {number} / {total}" in text_of(page)


def test_fonts_are_embedded_on_every_page(seeds_pdf: tuple[Path, object, list[Event]]) -> None:
    reader = PdfReader(seeds_pdf[0])
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        assert len(fonts) > 0
        for font in fonts.values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor or "/FontFile3" in descriptor or "/FontFile" in descriptor


def test_metadata(seeds_pdf: tuple[Path, object, list[Event]]) -> None:
    meta = PdfReader(seeds_pdf[0]).metadata
    assert meta is not None
    assert meta.title == "Syrie : zones de désescalade — chronologie"
    assert meta["/Creator"] == "Frise"
    assert meta.creation_date is not None


def test_french_typography_survives_extraction(seeds_pdf: tuple[Path, object, list[Event]]) -> None:
    reader = PdfReader(seeds_pdf[0])
    text = " ".join(text_of(page) for page in reader.pages)
    assert "désescalade" in text
    assert "«\u00a0" in text and "\u00a0»" in text  # guillemets with no-break spaces
    assert "États-Unis" in text
    assert "Syrie : zones de désescalade" in text
    assert "Tous les événements" in text  # the filter in words, on the title page
    assert "expression que Frise n'a pas pu dater" in text  # the seeds hold one undated statement
    assert "début juillet 2017" in text  # French date phrases
    assert "Sources" in text and "RT France" in text


def test_overview_pages_are_landscape_and_chronology_portrait(seeds_pdf: tuple[Path, object, list[Event]]) -> None:
    path, report, _ = seeds_pdf
    reader = PdfReader(path)
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]
    assert report.overview_pages >= 1
    assert sizes[0] == A4
    for size in sizes[1 : 1 + report.overview_pages]:
        assert size == (A4[1], A4[0])
    for size in sizes[1 + report.overview_pages :]:
        assert size == A4
    assert "Vue d'ensemble" in text_of(reader.pages[1])


def test_letter_paper(seeded: Store, tmp_path: Path) -> None:
    events, articles = load_selection(seeded)
    path = tmp_path / "letter.pdf"
    report = export_pdf(events, articles, path, PdfOptions(page_size="Letter"))
    reader = PdfReader(path)
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages}
    assert sizes == {LETTER, (LETTER[1], LETTER[0])}
    assert report.pages == len(reader.pages)


def test_without_overview_or_sources(seeded: Store, tmp_path: Path) -> None:
    events, articles = load_selection(seeded)
    path = tmp_path / "short.pdf"
    report = export_pdf(events, articles, path, PdfOptions(overview=False, sources=False))
    reader = PdfReader(path)
    assert report.overview_pages == 0
    assert all(float(p.mediabox.height) > float(p.mediabox.width) for p in reader.pages)
    text = " ".join(text_of(page) for page in reader.pages)
    assert "Vue d'ensemble" not in text
    assert "/work" not in text and "seeds/000" not in text  # no source list, so no file paths
    assert folded(events[0].title) in text_of(reader.pages[0])  # the chronology starts under the title


def test_current_view_only(seeded: Store, tmp_path: Path) -> None:
    view = (date(2017, 7, 1), date(2017, 7, 31))
    path = tmp_path / "view.pdf"
    report = export_selection(seeded, EventQuery(), path, "pdf", view_range=view)
    events, _ = load_selection(seeded, EventQuery(), view)
    assert events and all(e.last >= view[0] and e.first <= view[1] for e in events)  # type: ignore[operator]
    text = " ".join(text_of(page) for page in PdfReader(path).pages)
    assert "Vue du 1er juillet 2017 au 31 juillet 2017" in text
    assert "Mai 2017" not in text
    assert report.events == len(events)


def test_an_empty_selection_is_refused_and_nothing_is_written(seeded: Store, tmp_path: Path) -> None:
    path = tmp_path / "vide.pdf"
    with pytest.raises(EmptySelection, match="Aucun événement à exporter"):
        export_pdf([], {}, path)
    with pytest.raises(EmptySelection):
        export_selection(seeded, EventQuery(search="introuvablexyz"), path)
    with pytest.raises(EmptySelection):
        export_selection(seeded, EventQuery(start=date(1990, 1, 1), end=date(1990, 12, 31)), path)
    assert list(tmp_path.iterdir()) == []
    assert issubclass(EmptySelection, ValueError)


def test_a_refused_or_failed_export_leaves_an_existing_file_alone(
    seeded: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "chronologie.pdf"
    path.write_bytes(b"previous export")
    with pytest.raises(EmptySelection):
        export_pdf([], {}, path)

    def broken(*args: object) -> bytes:
        raise RuntimeError("disque plein")

    monkeypatch.setattr(pdf_module, "paint_document", broken)
    events, articles = load_selection(seeded)
    with pytest.raises(RuntimeError):
        export_pdf(events, articles, path)
    assert path.read_bytes() == b"previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["chronologie.pdf"]


def test_many_events_span_many_pages_in_order(tmp_path: Path) -> None:
    events, articles = synthetic(160)
    events.sort(key=lambda e: (e.first, e.last, e.id))
    path = tmp_path / "160.pdf"
    report = export_pdf(events, articles, path, PdfOptions(collection_name="Essai"))
    reader = PdfReader(path)
    assert report.pages == len(reader.pages) > 15
    assert 1 <= report.overview_pages <= 12
    text = " ".join(text_of(p) for p in reader.pages[1 + report.overview_pages:])
    found = [int(n) for n in re.findall(r"Événement (\d{4}) :", text)]
    assert found == [e.id for e in events]
    assert "page 1 / " not in text_of(reader.pages[-1])
    assert f"page {report.pages} / {report.pages}" in text_of(reader.pages[-1])


def test_undated_events_are_left_out(seeded: Store, tmp_path: Path) -> None:
    events = seeded.events(EventQuery())
    assert any(e.first is None for e in events)
    path = tmp_path / "all.pdf"
    report = export_pdf(events, {a.id: a for a in seeded.articles()}, path, PdfOptions(overview=False))
    assert report.events == sum(1 for e in events if e.first is not None)
    undated = next(e for e in events if e.first is None)
    text = " ".join(text_of(p) for p in PdfReader(path).pages)
    assert folded(undated.title) not in text


def test_overview_pages_are_few_and_legible_for_the_seeds(seeds_pdf: tuple[Path, object, list[Event]]) -> None:
    path, report, _ = seeds_pdf
    assert 1 <= report.overview_pages <= 3  # type: ignore[attr-defined]
    reader = PdfReader(path)
    overview = text_of(reader.pages[1])
    assert "planche 1 / " in overview and "Syrie" in overview  # lanes are named
    overview_pages = reader.pages[1 : 1 + report.overview_pages]  # type: ignore[attr-defined]
    assert "2017" in " ".join(text_of(p) for p in overview_pages)


def test_options_reject_an_unknown_paper() -> None:
    with pytest.raises(ValueError):
        PdfOptions(page_size="A3")  # type: ignore[arg-type]
    assert replace(PdfOptions(), page_size="Letter").page_size == "Letter"
