"""The journal: where Frise writes what went wrong, for a user who never sees a terminal.

Someone who double-clicked Frise has no stderr: a worker's traceback, an exception in a slot or a
warning from Qt printed there is lost, and with it the only clue to send with a bug report. So the
desktop entry calls `setup()` and `install_hooks()` at start, and everything logged through
`logging` goes to a small rotating file in the user's log folder (`$FRISE_LOG_DIR` overrides it,
which tests use so that they never write to the real one). Aide > Ouvrir le journal opens it.

No Qt here: `frise-cli` may call `setup()` as well.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs

ENV_VAR = "FRISE_LOG_DIR"
FILE_NAME = "frise.log"
MAX_BYTES = 1_000_000
"""Size of one file: a few thousand tracebacks, small enough to attach to an e-mail."""
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("frise")

Notify = Callable[[BaseException], None]

_handlers: list[logging.Handler] = []
_previous_hooks: tuple[object, object] | None = None
_previous_level: int | None = None
_notify: Notify | None = None


def log_dir() -> Path:
    """The folder of the journal: $FRISE_LOG_DIR, else the platform's user log folder."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_log_dir("frise", appauthor=False))


def log_path() -> Path:
    """The file being written, else the one `setup()` would write (nothing is created)."""
    for handler in _handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return log_dir() / FILE_NAME


def setup(directory: str | Path | None = None, *, console: bool = False) -> Path | None:
    """Send Frise's log records (INFO and up) and everyone's warnings to the journal in
    `directory` (default: `log_dir()`); with `console`, warnings go to stderr as well, as they
    did before. Calling it again replaces what the previous call installed.

    Returns the file, or None when it cannot be written (a read-only home must not keep Frise
    from starting: records then go to stderr only)."""
    global _previous_level
    _remove_handlers()
    folder = Path(directory) if directory is not None else log_dir()
    root = logging.getLogger()
    if _previous_level is None:
        _previous_level = log.level
    log.setLevel(logging.INFO)  # (other libraries keep the root's WARNING: their INFO is noise here)
    formatter = logging.Formatter(FORMAT)
    if console:
        _add(root, logging.StreamHandler(sys.stderr), logging.WARNING, formatter)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / FILE_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as error:
        log.warning("no journal in %s: %s", folder, error)
        return None
    _add(root, handler, logging.INFO, formatter)
    return Path(handler.baseFilename)


def _add(root: logging.Logger, handler: logging.Handler, level: int, formatter: logging.Formatter) -> None:
    handler.setLevel(level)
    handler.setFormatter(formatter)
    root.addHandler(handler)
    _handlers.append(handler)


def install_hooks(notify: Notify | None = None) -> None:
    """Log uncaught exceptions with their traceback: those of the main thread (PySide6 hands an
    exception raised in a slot to `sys.excepthook`) and of other threads. `notify`, called on the
    main thread only, lets the window say that something went wrong. Calling it again changes
    `notify` only."""
    global _previous_hooks, _notify
    _notify = notify
    if _previous_hooks is None:
        _previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = _uncaught
        threading.excepthook = _uncaught_in_thread


def close() -> None:
    """Undo `setup()` and `install_hooks()` (tests; the end of a command)."""
    global _previous_hooks, _previous_level, _notify
    _remove_handlers()
    if _previous_level is not None:
        log.setLevel(_previous_level)
        _previous_level = None
    if _previous_hooks is not None:
        sys.excepthook, threading.excepthook = _previous_hooks  # type: ignore[assignment]
        _previous_hooks = None
    _notify = None


def _remove_handlers() -> None:
    root = logging.getLogger()
    while _handlers:
        handler = _handlers.pop()
        root.removeHandler(handler)
        handler.close()


def _uncaught(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    log.critical("uncaught exception", exc_info=(kind, value, tb))
    notify = _notify
    if notify is not None and threading.current_thread() is threading.main_thread():
        try:
            notify(value)
        except Exception:  # the hook must never raise: Python would print both and lose ours
            log.exception("the window could not be told of an uncaught exception")


def _uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:  # (what threading's own hook ignores too)
        return
    name = args.thread.name if args.thread is not None else "?"
    log.critical("uncaught exception in thread %s", name,
                 exc_info=(args.exc_type, args.exc_value, args.exc_traceback))  # type: ignore[arg-type]
