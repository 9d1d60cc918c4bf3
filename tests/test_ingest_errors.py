"""Files that cannot become articles fail with a stable code and a French reason."""

from __future__ import annotations

import errno
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from frise.ingest import IngestError, load_file


def fails(path: Path, **options: int) -> IngestError:
    with pytest.raises(IngestError) as raised:
        load_file(path, **options)
    return raised.value


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t ", b"\xef\xbb\xbf", b"\xef\xbb\xbf\n\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "vide.txt"
    path.write_bytes(content)
    error = fails(path)
    assert (error.code, error.reason) == ("empty", "fichier vide")
    assert error.path == str(path)
    assert str(error) == f"{path}: fichier vide"


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04\x00\x00binary\x00stuff", bytes(range(256)) * 8, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"],
)
def test_binary_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(content)
    error = fails(path)
    assert (error.code, error.reason) == ("binary", "fichier binaire, pas du texte")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("Un texte coupé en plein milieu.".encode("utf-16")[:-1], "texte UTF-16 tronqué ou mal formé"),
        (b"\xff\xfe" + b"\x00\xd8" * 20, "texte UTF-16 tronqué ou mal formé"),  # lone surrogates
        ("Un texte coupé.".encode("utf-32")[:-2], "texte UTF-32 tronqué ou mal formé"),
    ],
    ids=["utf16-odd-length", "utf16-lone-surrogates", "utf32-cut"],
)
def test_broken_utf16_or_utf32_names_the_encoding(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "coupe.txt"
    path.write_bytes(content)
    error = fails(path)
    assert (error.code, error.reason) == ("corrupt", reason)


def test_binary_file_named_html(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"\x00\x01\x02<html>" * 50)
    assert fails(path).code == "binary"


def test_too_large_default_limit(tmp_path: Path) -> None:
    path = tmp_path / "gros.txt"
    with path.open("wb") as handle:
        handle.truncate(20_000_000)
    error = fails(path)
    assert (error.code, error.reason) == ("too_large", "fichier trop volumineux (20,0 Mo > 10 Mo)")


def test_too_large_custom_limit(tmp_path: Path) -> None:
    path = tmp_path / "moyen.txt"
    path.write_bytes(b"Un texte assez long. " * 100)
    error = fails(path, max_bytes=1_000)
    assert (error.code, error.reason) == ("too_large", "fichier trop volumineux (2,1 ko > 1 ko)")
    assert load_file(path, max_bytes=10_000).format == "txt"


@pytest.mark.parametrize(
    ("name", "shown"), [("photo.jpg", ".jpg"), ("vieux.DOC", ".doc"), ("LISEZMOI", "sans extension")]
)
def test_unsupported_format(tmp_path: Path, name: str, shown: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"Du texte tout de meme.")
    error = fails(path)
    assert (error.code, error.reason) == ("unsupported", f"format non pris en charge ({shown})")


def test_missing_file(tmp_path: Path) -> None:
    error = fails(tmp_path / "absent.txt")
    assert (error.code, error.reason) == ("unreadable", "fichier introuvable")


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "dossier.txt"
    folder.mkdir()
    assert fails(folder).code == "unreadable"


def test_permission_denied_gives_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Un texte.", encoding="utf-8")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    error = fails(path)
    assert (error.code, error.reason) == ("unreadable", "accès refusé")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_self_referencing_link_is_a_loop(tmp_path: Path) -> None:
    link = tmp_path / "boucle.txt"
    link.symlink_to(link)
    error = fails(link)
    assert (error.code, error.reason) == ("symlink_loop", "boucle de liens symboliques")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_broken_link(tmp_path: Path) -> None:
    link = tmp_path / "casse.txt"
    link.symlink_to(tmp_path / "nulle-part.txt")
    error = fails(link)
    assert (error.code, error.reason) == ("unreadable", "lien symbolique cassé")


def test_error_codes_are_checked_and_errors_pickle() -> None:
    with pytest.raises(ValueError):
        IngestError("a.txt", "fichier vide")
    error = IngestError(Path("a.txt"), "corrupt", "document Word illisible ou tronqué")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.path, copy.code, copy.reason) == ("a.txt", "corrupt", "document Word illisible ou tronqué")
    assert str(copy) == "a.txt: document Word illisible ou tronqué"
    assert IngestError("b", "symlink_loop").reason == "boucle de liens symboliques"


def test_ingest_never_imports_qt() -> None:
    code = (
        "import sys, frise.ingest, frise.ingest.discover, frise.ingest.formats;"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'));"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
