"""TimelineJS export: an article's URL becomes a link only when it is a web address (http or
https). Front matter is written by whoever wrote the file: a `javascript:` or `data:` URL there
would run in the page of whoever publishes the timeline, once clicked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from frise.events.model import Event, Source
from frise.export import export_timelinejs
from frise.export.timelinejs import timelinejs_document
from frise.store import ArticleRow


@pytest.fixture(autouse=True)
def app(qapp: QCoreApplication) -> QCoreApplication:
    return qapp


def _article(url: str | None) -> ArticleRow:
    return ArticleRow(1, "Le mémorandum d'Astana", "Le Monde", "2017-05-04", "day", "/home/moi/a.md", "md", url,
                      "0" * 64, "front-matter", False, None, "2026-01-01")


def _events() -> list[Event]:
    passage = "Le 4 mai 2017, à Astana, le mémorandum a été signé."
    source = Source(1, "Le mémorandum d'Astana", "Le Monde", passage, 0, len(passage), "le 4 mai", 0, 8, "1:x")
    return [Event(1, "h:1:5", date(2017, 5, 4), date(2017, 5, 4), "Signature du mémorandum", "exact",
                  ("Russie",), (source,))]


def _sources_paragraph(url: str | None) -> str:
    slide = timelinejs_document(_events(), {1: _article(url)}, "Chronologie")["events"][0]
    return slide["text"]["text"].rsplit("<p>", 1)[1]


@pytest.mark.parametrize("url", [
    "javascript:alert(document.cookie)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "mailto:redaction@exemple.fr",
    "file:///etc/passwd", "//exemple.fr/article", "exemple.fr/article", "ftp://exemple.fr/a", "https:", "http://",
])
def test_anything_but_a_web_address_is_not_a_link(url: str) -> None:
    paragraph = _sources_paragraph(url)
    assert "<a " not in paragraph and "href" not in paragraph
    assert "Le mémorandum d&#x27;Astana" in paragraph and "Le Monde" in paragraph  # the citation stays


@pytest.mark.parametrize("url", ["https://exemple.fr/a?x=1&y=2", "http://exemple.fr/", "HTTPS://EXEMPLE.FR/A"])
def test_a_web_address_is_a_link(url: str) -> None:
    paragraph = _sources_paragraph(url)
    assert paragraph.count("<a href=") == 1
    assert f'href="{url.replace("&", "&amp;")}"' in paragraph


def test_the_written_file_has_no_javascript_link(tmp_path: Path) -> None:
    path = tmp_path / "frise.json"
    export_timelinejs(_events(), {1: _article("javascript:alert(1)")}, path)
    assert "javascript" not in path.read_text(encoding="utf-8")
