"""Importing a folder of good and bad files: each gets its reason, the good ones land, and what
was stored before does not change."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfWriter

from frise.library import Library
from frise.store import Store

GOOD = (
    "Sommet franco-allemand à Aix-la-Chapelle\n"
    "Le 22 janvier 2019, Emmanuel Macron et Angela Merkel ont signé à Aix-la-Chapelle un traité "
    "de coopération franco-allemande. La veille, les ministres des Affaires étrangères avaient "
    "préparé le texte.\n"
)
CP1252 = (
    "Accord commercial entre l'Union européenne et le Japon\n"
    "Le 17 juillet 2018, à Tokyo, l'Union européenne et le Japon ont signé un accord de "
    "libre-échange. Les négociateurs s'étaient réunis début juillet à Bruxelles.\n"
)


def bad_folder(root: Path, seeds_dir: Path) -> Path:
    folder = root / "arrivage"
    folder.mkdir()
    (folder / "a_vide.txt").write_bytes(b"")
    (folder / "b_binaire.txt").write_bytes(bytes(range(256)) * 64)
    with (folder / "c_enorme.txt").open("w", encoding="utf-8") as handle:
        line = "Le 3 mai 2017, une phrase de remplissage sans intérêt particulier pour le test.\n"
        handle.write(line * (20_000_000 // len(line) + 1))
    (folder / "d_windows.txt").write_bytes(CP1252.encode("cp1252"))
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with (folder / "e_scan.pdf").open("wb") as handle:
        writer.write(handle)
    document = docx.Document()
    for _ in range(40):
        document.add_paragraph(GOOD)
    buffer = io.BytesIO()
    document.save(buffer)
    (folder / "f_tronque.docx").write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    os.symlink(folder, folder / "g_boucle")
    (folder / "h_bon.txt").write_text(GOOD, encoding="utf-8")
    shutil.copy(seeds_dir / "000_ab7646e036a5585c.txt", folder / "i_doublon.txt")
    return folder


def snapshot(store: Store) -> dict[str, list[Any]]:
    tables = ["articles", "date_expressions", "events", "event_sources", "event_actors", "actors"]
    return {t: [tuple(r) for r in store.db.execute(f"SELECT * FROM {t} ORDER BY rowid")] for t in tables}


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_folder_of_bad_files(tmp_path: Path, seeds_dir: Path) -> None:
    with Store.open(tmp_path / "frise.sqlite") as store:
        library = Library(store)
        library.import_paths([seeds_dir])
        before = snapshot(store)

        progress: list[tuple[int, int]] = []
        summary = library.import_paths([bad_folder(tmp_path, seeds_dir)],
                                       progress=lambda done, total, path: progress.append((done, total)))
        by_name = {Path(o.path).name: o for o in summary.outcomes}

        assert by_name["a_vide.txt"].code == "empty"
        assert by_name["b_binaire.txt"].code == "binary"
        assert by_name["c_enorme.txt"].code == "too_large"
        assert by_name["e_scan.pdf"].code == "no_text_layer"
        assert by_name["f_tronque.docx"].code == "corrupt"
        assert by_name["g_boucle"].code == "symlink_loop"
        assert by_name["i_doublon.txt"].status == "duplicate"
        assert by_name["d_windows.txt"].status == "imported"
        assert by_name["h_bon.txt"].status == "imported"
        failed = [o for o in summary.outcomes if o.status != "imported"]
        assert all(o.reason for o in failed)
        assert len({o.reason for o in failed}) == len(failed), "each problem says its own reason"
        assert progress[-1][0] == progress[-1][1] == len(summary.outcomes)

        store.check_integrity()
        after = snapshot(store)
        for table, rows in before.items():
            assert after[table][: len(rows)] == rows, table
        titles = [a.title for a in library.articles()]
        assert "Accord commercial entre l'Union européenne et le Japon" in titles
        events = library.events()
        assert any(e.first and e.first.isoformat() == "2018-07-17" for e in events)
        assert any(e.first and e.first.isoformat() == "2019-01-21" for e in events)  # "la veille"


def test_a_crash_inside_one_article_fails_that_file_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import frise.events.pipeline

    folder = tmp_path / "lot"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(CP1252, encoding="utf-8")
    real_extract = frise.events.pipeline.extract

    def fragile(text: str, reference: object) -> object:
        if "Tokyo" in text:
            raise RuntimeError("le moteur a calé")
        return real_extract(text, reference)  # type: ignore[arg-type]

    monkeypatch.setattr(frise.events.pipeline, "extract", fragile)
    with Store.open(tmp_path / "frise.sqlite") as store:
        summary = Library(store).import_paths([folder])
        by_name = {Path(o.path).name: o for o in summary.outcomes}
        assert by_name["a.txt"].status == "imported"
        assert by_name["b.txt"].code == "internal" and "le moteur a calé" in (by_name["b.txt"].reason or "")
        assert [a.title for a in store.articles()] == ["Sommet franco-allemand à Aix-la-Chapelle"]


def test_the_open_timeline_is_never_read_as_an_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Dropping the timeline itself (or its -wal / -shm) is refused before anything opens it: on
    POSIX, closing any handle on the database file releases this process's SQLite locks."""
    import frise.library

    opened: list[str] = []
    real_load = frise.library.load_file

    def recording(path: Path, **kwargs: Any) -> object:
        opened.append(os.path.abspath(path))
        return real_load(path, **kwargs)

    monkeypatch.setattr(frise.library, "load_file", recording)
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "article.txt").write_text(GOOD, encoding="utf-8")
    timeline = folder / "chronologie.txt"  # a name ingest would read, and in the folder dropped
    other = tmp_path / "autre.txt"
    with Store.open(other) as elsewhere:  # another timeline: ingest's business, not refused here
        Library(elsewhere).import_paths([folder / "article.txt"])
    with Store.open(timeline) as store:
        library = Library(store)
        library.import_paths([folder / "article.txt"])
        wal = Path(f"{timeline}-wal")
        assert wal.exists()
        link = tmp_path / "lien.txt"
        os.link(timeline, link)
        opened.clear()
        summary = library.import_paths([timeline, wal, folder, other])
        refused = [o for o in summary.outcomes if o.code == "own_timeline"]
        # The folder adds the -shm; the timeline and its WAL in it were listed already.
        assert {Path(o.path).name for o in refused} == {
            "chronologie.txt", "chronologie.txt-wal", "chronologie.txt-shm"}
        assert all("chronologie ouverte elle-même" in (o.reason or "") for o in refused)
        assert next(o for o in summary.outcomes if o.path == str(other)).code != "own_timeline"
        assert [o.code for o in library.import_paths([link]).outcomes] == ["own_timeline"]  # another name
        assert os.path.abspath(timeline) not in opened and os.path.abspath(link) not in opened
        assert os.path.abspath(other) in opened
        store.check_integrity()
        assert [a.title for a in store.articles()] == ["Sommet franco-allemand à Aix-la-Chapelle"]
