"""Expanding dropped paths: recursive, sorted, hidden files skipped, loops reported not followed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from frise.ingest import IngestError, discover

needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")


def touch(path: Path, text: str = "Un texte.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def names(found: list[tuple[Path, IngestError | None]], root: Path) -> list[str]:
    return [path.relative_to(root).as_posix() for path, error in found if error is None]


def problems(found: list[tuple[Path, IngestError | None]], root: Path) -> list[tuple[str, str]]:
    return [(path.relative_to(root).as_posix(), error.code) for path, error in found if error is not None]


def test_folder_is_walked_recursively_in_name_order(tmp_path: Path) -> None:
    for name in ("b.txt", "A.md", "sous/z.pdf", "sous/a.docx", "sous/plus/bas.htm", "c.html", "Z.TXT"):
        touch(tmp_path / name)
    found = list(discover([tmp_path]))
    assert names(found, tmp_path) == [
        "A.md",
        "b.txt",
        "c.html",
        "sous/a.docx",
        "sous/plus/bas.htm",
        "sous/z.pdf",
        "Z.TXT",
    ]
    assert found == list(discover([tmp_path]))


def test_hidden_and_system_files_are_skipped(tmp_path: Path) -> None:
    touch(tmp_path / ".cache.txt")
    touch(tmp_path / ".git" / "notes.txt")
    touch(tmp_path / "~$brouillon.docx")
    touch(tmp_path / "Thumbs.db")
    touch(tmp_path / "vrai.txt")
    found = list(discover([tmp_path]))
    assert names(found, tmp_path) == ["vrai.txt"]
    assert problems(found, tmp_path) == []


def test_unsupported_files_in_a_folder_are_reported(tmp_path: Path) -> None:
    touch(tmp_path / "photo.jpg")
    touch(tmp_path / "texte.txt")
    found = list(discover([tmp_path]))
    assert names(found, tmp_path) == ["texte.txt"]
    assert problems(found, tmp_path) == [("photo.jpg", "unsupported")]
    (error,) = [error for _, error in found if error is not None]
    assert error.reason == "format non pris en charge (.jpg)"


def test_explicit_files_and_missing_paths(tmp_path: Path) -> None:
    one = touch(tmp_path / "un.txt")
    hidden = touch(tmp_path / ".cache.md")
    found = list(discover([one, str(tmp_path / "absent"), hidden, tmp_path / "rien.odt"]))
    assert found[0] == (one, None)
    assert found[1][0] == tmp_path / "absent"
    assert found[1][1] is not None and found[1][1].code == "unreadable"
    assert found[2] == (hidden, None)
    assert found[3][1] is not None and found[3][1].code == "unreadable"


def test_unsupported_explicit_file(tmp_path: Path) -> None:
    sheet = touch(tmp_path / "tableau.xlsx")
    ((path, error),) = list(discover([sheet]))
    assert path == sheet and error is not None and error.code == "unsupported"


@needs_symlinks
def test_symlink_loop_is_reported_once_and_not_followed(tmp_path: Path) -> None:
    touch(tmp_path / "a" / "article.txt")
    touch(tmp_path / "a" / "b" / "autre.txt")
    (tmp_path / "a" / "b" / "retour").symlink_to(tmp_path / "a", target_is_directory=True)
    found = list(discover([tmp_path / "a"]))
    assert names(found, tmp_path) == ["a/article.txt", "a/b/autre.txt"]
    assert problems(found, tmp_path) == [("a/b/retour", "symlink_loop")]


@needs_symlinks
def test_self_link_in_folder_is_a_loop(tmp_path: Path) -> None:
    touch(tmp_path / "x.txt")
    (tmp_path / "moi.txt").symlink_to(tmp_path / "moi.txt")
    found = list(discover([tmp_path]))
    assert names(found, tmp_path) == ["x.txt"]
    assert problems(found, tmp_path) == [("moi.txt", "symlink_loop")]


@needs_symlinks
def test_same_files_through_two_links_are_listed_once(tmp_path: Path) -> None:
    touch(tmp_path / "reel" / "article.txt")
    (tmp_path / "lien").symlink_to(tmp_path / "reel", target_is_directory=True)
    (tmp_path / "copie.txt").symlink_to(tmp_path / "reel" / "article.txt")
    found = list(discover([tmp_path, tmp_path / "reel" / "article.txt"]))
    assert names(found, tmp_path) == ["copie.txt"]
    assert problems(found, tmp_path) == []


@needs_symlinks
def test_broken_link_in_folder_is_reported(tmp_path: Path) -> None:
    (tmp_path / "casse.txt").symlink_to(tmp_path / "nulle-part.txt")
    found = list(discover([tmp_path]))
    assert problems(found, tmp_path) == [("casse.txt", "unreadable")]


def test_discover_is_lazy(tmp_path: Path) -> None:
    touch(tmp_path / "a.txt")
    iterator = discover([tmp_path])
    assert next(iterator)[0] == tmp_path / "a.txt"
    with pytest.raises(StopIteration):
        next(iterator)
