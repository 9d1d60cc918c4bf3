"""Importing what the user drops or chooses, in the background, with progress and a summary.

Files and folders go to `frise.library`; dropped text becomes an article of its own; a dropped
web link is fetched first (a local `file://` link is just a file). The work runs on the session's
single writer thread, one batch after another, on its own database connection; the window stays
responsive and hears of each file as it is done. The summary names every failure with its reason.
"""

from __future__ import annotations

import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QUrl, Signal

from frise.ingest import IngestError, load_file, load_text
from frise.library import FileOutcome, ImportSummary, Library
from frise.store import Store
from frise.ui.session import Session

DOWNLOAD_TIMEOUT_S = 20
DOWNLOAD_LIMIT = 10_000_000


@dataclass(frozen=True, slots=True)
class Dropped:
    """What a drop or a paste carries, sorted by kind."""

    paths: tuple[str, ...] = ()
    texts: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.paths or self.texts or self.urls)

    @property
    def count(self) -> int:
        return len(self.paths) + len(self.texts) + len(self.urls)


def read_mime(mime: QMimeData) -> Dropped:
    """Files and folders (local URLs), web links, or else plain text."""
    paths: list[str] = []
    urls: list[str] = []
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                paths.append(url.toLocalFile())
            elif url.scheme() in ("http", "https"):
                urls.append(url.toString())
    if paths or urls:
        return Dropped(tuple(paths), (), tuple(urls))
    if mime.hasText():
        text = mime.text()
        stripped = text.strip()
        if stripped and "\n" not in stripped and stripped.startswith(("http://", "https://")):
            return Dropped((), (), (stripped,))
        if stripped.startswith("file://") and "\n" not in stripped:
            return Dropped((QUrl(stripped).toLocalFile(),), (), ())
        if stripped:
            return Dropped((), (text,), ())
    return Dropped()


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int
    label: str


@dataclass(frozen=True, slots=True)
class Batch:
    """One import's outcome, whatever its inputs were."""

    outcomes: tuple[FileOutcome, ...] = ()
    redated: tuple[int, ...] = field(default=())

    @property
    def imported(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "imported"]

    @property
    def duplicates(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "duplicate"]

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]


def run_import(report: Callable[[Progress], None], db_path: Path, dropped: Dropped) -> Batch:
    """The worker: everything dropped, in one connection, reporting after each item."""
    outcomes: list[FileOutcome] = []
    redated: list[int] = []
    total = dropped.count
    done = 0
    with Store.open(db_path) as store:
        library = Library(store)
        if dropped.paths:
            def file_done(index: int, count: int, path: str) -> None:
                report(Progress(done + index, max(total - len(dropped.paths) + count, 1), path))

            summary: ImportSummary = library.import_paths(dropped.paths, file_done)
            outcomes.extend(summary.outcomes)
            redated.extend(summary.redated)
            total = total - len(dropped.paths) + len(summary.outcomes)
            done += len(summary.outcomes)
        for number, text in enumerate(dropped.texts, start=1):
            label = _text_label(text, number)
            try:
                outcomes.append(library.import_article(load_text(text, name=label)))
            except IngestError as error:
                outcomes.append(FileOutcome(label, "failed", error.reason, error.code))
            done += 1
            report(Progress(done, total, label))
        for url in dropped.urls:
            outcomes.append(_import_url(library, url))
            done += 1
            report(Progress(done, total, url))
        if dropped.texts or dropped.urls:
            redated.extend(library.reassume_years())
    return Batch(tuple(outcomes), tuple(redated))


def _import_url(library: Library, url: str) -> FileOutcome:
    try:
        request = urllib.request.Request(url, headers={"User-Agent": "Frise/0.1 (+article import)"})
        with urllib.request.urlopen(request, timeout=DOWNLOAD_TIMEOUT_S) as response:
            data = response.read(DOWNLOAD_LIMIT + 1)
            kind = response.headers.get_content_type()
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        return FileOutcome(url, "failed", _tr("téléchargement impossible ({reason})").format(reason=reason),
                           "download")
    if len(data) > DOWNLOAD_LIMIT:
        return FileOutcome(url, "failed", _tr("page trop volumineuse"), "too_large")
    suffix = {"text/html": ".html", "application/pdf": ".pdf", "text/plain": ".txt",
              "text/markdown": ".md"}.get(kind, ".html")
    with tempfile.TemporaryDirectory(prefix="frise-") as folder:
        local = Path(folder) / f"page{suffix}"
        local.write_bytes(data)
        try:
            article = load_file(local)
        except IngestError as error:
            return FileOutcome(url, "failed", error.reason, error.code)
    outcome = library.import_article(replace(article, path=None, url=url))
    return replace(outcome, path=url)


def _text_label(text: str, number: int) -> str:
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(first_line) > 50:
        first_line = first_line[:49] + "…"
    if first_line:
        return _tr("texte déposé n° {number} ({start})").format(number=number, start=first_line)
    return _tr("texte déposé n° {number}").format(number=number)


def _tr(text: str) -> str:
    """Translate from a worker thread (QCoreApplication.translate is thread-safe)."""
    return QCoreApplication.translate("Import", text)


class ImportController(QObject):
    """Queues imports on the session's writer and reports on them."""

    started = Signal(int)
    """A batch started; the number of items given (folders count as one)."""
    progressed = Signal(object)
    """A `Progress`."""
    finished = Signal(object)
    """A `Batch`."""
    failed = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.last: Batch | None = None
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def import_dropped(self, dropped: Dropped) -> bool:
        if not dropped:
            return False
        self._pending += 1
        self.started.emit(dropped.count)
        self.session.writes.submit(
            run_import, self.session.path, dropped, on_progress=self.progressed.emit,
            on_result=self._done, on_error=self._error, name="import")
        return True

    def import_paths(self, paths: Sequence[str | Path]) -> bool:
        return self.import_dropped(Dropped(paths=tuple(str(p) for p in paths)))

    def import_mime(self, mime: QMimeData) -> bool:
        return self.import_dropped(read_mime(mime))

    def _done(self, batch: Batch) -> None:
        self._pending -= 1
        self.last = batch
        if batch.imported or batch.redated:
            self.session.reload()
        self.finished.emit(batch)

    def _error(self, error: BaseException) -> None:
        self._pending -= 1
        self.failed.emit(str(error))
