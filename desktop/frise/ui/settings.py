"""Every setting the window keeps between runs, declared once with its type and default.

`Settings` reads and writes them over QSettings (the platform's place for them) or over a plain
dict, which is what tests and `frise --screenshot` use so that they never touch the user's own
settings. Values are coerced back to their declared type on reading: QSettings hands back strings
for booleans and numbers from INI files, and a damaged entry must fall back to its default rather
than break the window.
"""

from __future__ import annotations

import json
from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    key: str
    default: T
    doc: str = ""


GEOMETRY: Setting[bytes] = Setting("window/geometry", b"", "QMainWindow.saveGeometry()")
WINDOW_STATE: Setting[bytes] = Setting("window/state", b"", "QMainWindow.saveState(): toolbars")
SPLITTERS: Setting[dict[str, str]] = Setting("window/splitters", {}, "splitter name -> saveState(), base64")
TIMELINE_STATE: Setting[dict[str, Any]] = Setting("timeline/state", {}, "TimelineView.state(): zoom, position")
LANE_MODE: Setting[str] = Setting("timeline/lane_mode", "actor", '"actor" or "source"')
FILTER: Setting[dict[str, Any]] = Setting("filters/current", {}, "EventFilter.to_json()")
FIRST_RUN: Setting[bool] = Setting("app/first_run", True, "import the seed articles when the database is empty")
IMPORT_DIR: Setting[str] = Setting("import/last_dir", "", "where the import dialog opens")
SOURCE_FONT_SIZE: Setting[int] = Setting("source/font_size", 0, "article text point size; 0: the default")
RECENT_TIMELINES: Setting[dict[str, Any]] = Setting("files/recent", {}, '{"paths": [...]}: last opened first')
EXPORT_CHOICES: Setting[dict[str, Any]] = Setting("export/choices", {}, "ExportChoices.to_json(): the PDF options")
EXPORT_DIR: Setting[str] = Setting("export/last_dir", "", "where the export dialog opens")
SOURCE_WIDTH: Setting[int] = Setting("window/source_width", 0, "the source pane's width once shown; 0: the default")
LANGUAGE: Setting[str] = Setting("app/language", "", '"fr", "en", or "" for the system\'s language')

ALL: tuple[Setting[Any], ...] = (
    GEOMETRY, WINDOW_STATE, SPLITTERS, TIMELINE_STATE, LANE_MODE, FILTER, FIRST_RUN, IMPORT_DIR,
    SOURCE_FONT_SIZE, RECENT_TIMELINES, EXPORT_CHOICES, EXPORT_DIR, SOURCE_WIDTH, LANGUAGE,
)


class Settings:
    """Typed access to the settings over QSettings, or over a dict (`Settings.in_memory()`)."""

    def __init__(self, backend: QSettings | MutableMapping[str, Any] | None = None) -> None:
        self._backend: QSettings | MutableMapping[str, Any] = backend if backend is not None else QSettings()

    @classmethod
    def in_memory(cls, values: MutableMapping[str, Any] | None = None) -> Settings:
        return cls(values if values is not None else {})

    def get(self, setting: Setting[T]) -> T:
        backend = self._backend
        if isinstance(backend, QSettings):
            raw = backend.value(setting.key, None)
        else:
            raw = backend.get(setting.key)
        if raw is None:
            return _copy(setting.default)
        try:
            return _coerce(raw, setting.default)
        except (TypeError, ValueError):
            return _copy(setting.default)

    def set(self, setting: Setting[T], value: T) -> None:
        stored: Any = value
        if isinstance(value, dict):
            stored = json.dumps(value, ensure_ascii=False, sort_keys=True)
        elif isinstance(value, bytes | bytearray):
            stored = QByteArray(bytes(value)) if isinstance(self._backend, QSettings) else bytes(value)
        if isinstance(self._backend, QSettings):
            self._backend.setValue(setting.key, stored)
        else:
            self._backend[setting.key] = stored

    def reset(self, setting: Setting[Any]) -> None:
        if isinstance(self._backend, QSettings):
            self._backend.remove(setting.key)
        else:
            self._backend.pop(setting.key, None)

    def sync(self) -> None:
        if isinstance(self._backend, QSettings):
            self._backend.sync()


def _coerce(raw: Any, default: T) -> T:
    if isinstance(default, bool):
        if isinstance(raw, str):
            if raw.lower() in ("true", "1", "yes", "oui"):
                return True  # type: ignore[return-value]
            if raw.lower() in ("false", "0", "no", "non", ""):
                return False  # type: ignore[return-value]
            raise ValueError(raw)
        return bool(raw)  # type: ignore[return-value]
    if isinstance(default, int):
        return int(raw)  # type: ignore[return-value]
    if isinstance(default, bytes):
        if isinstance(raw, QByteArray):
            return raw.data()  # type: ignore[return-value]
        if isinstance(raw, bytes | bytearray):
            return bytes(raw)  # type: ignore[return-value]
        raise TypeError(type(raw))
    if isinstance(default, dict):
        value = json.loads(raw) if isinstance(raw, str) else raw
        if not isinstance(value, dict):
            raise TypeError(type(value))
        return value  # type: ignore[return-value]
    if isinstance(default, str):
        return str(raw)  # type: ignore[return-value]
    return raw


def _copy(value: T) -> T:
    if isinstance(value, dict):
        return dict(value)  # type: ignore[return-value]
    return value
