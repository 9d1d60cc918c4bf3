"""Running work off the GUI thread and hearing back on it.

Importing a folder, loading 100,000 events or counting facets must never freeze the window. A
`TaskRunner` runs plain functions on a QThreadPool and delivers their result, error and progress
to callbacks on the GUI thread through queued signals (as Picard's `run_task` and superqt's
`thread_worker` do). The functions themselves know nothing of Qt: a worker that needs the
database opens its own `Store` from the path, because SQLite connections are not shared between
threads, and no widget is ever touched from a worker.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Report = Callable[[Any], None]
"""What a task calls to report progress; the value reaches `on_progress` on the GUI thread."""


class _Signals(QObject):
    result = Signal(object)
    error = Signal(object)
    progress = Signal(object)
    finished = Signal()


class _Relay(QObject):
    """Receives a task's signals on the GUI thread: a QObject receiver living there is what makes
    Qt queue the calls across threads (a bare lambda would leave that to the binding)."""

    def __init__(self, runner: TaskRunner, task: Task, on_result: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None] | None,
                 on_progress: Callable[[Any], None] | None) -> None:
        super().__init__()
        self._runner = runner
        self._task = task
        self._on_result = on_result
        self._on_error = on_error
        self._on_progress = on_progress
        task.signals.result.connect(self.result)
        task.signals.error.connect(self.error)
        task.signals.progress.connect(self.progress)
        task.signals.finished.connect(self.finished)

    @Slot(object)
    def result(self, value: Any) -> None:
        if self._on_result is not None and not self._task.cancelled:
            self._on_result(value)

    @Slot(object)
    def error(self, error: BaseException) -> None:
        # Every failure is written with its traceback, whoever hears of it: `on_error` tells the
        # user in words, and the journal keeps what a bug report needs.
        log.error("task %s failed:\n%s", self._task.name, _traceback_of(error))
        if self._task.cancelled:
            return
        if self._on_error is not None:
            self._on_error(error)
        else:
            self._runner.unhandled.emit(self._task.name, error)

    @Slot(object)
    def progress(self, value: Any) -> None:
        if self._on_progress is not None and not self._task.cancelled:
            self._on_progress(value)

    @Slot()
    def finished(self) -> None:
        self._runner._finished(self._task)


def _traceback_of(error: BaseException) -> str:
    """The traceback `Task.run` kept (the worker's stack), else the error's own."""
    kept = getattr(error, "__frise_traceback__", None)
    return kept if isinstance(kept, str) else "".join(traceback.format_exception(error))


class Task(QRunnable):
    """One function call on a pool thread. Its signals live on the GUI thread."""

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
                 *, reports: bool, name: str) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self.name = name
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._reports = reports
        self.cancelled = False

    def cancel(self) -> None:
        """Ask the task to drop its result: callbacks are not called once it ends."""
        self.cancelled = True

    def run(self) -> None:
        try:
            if self._reports:
                outcome = self._fn(self._report, *self._args, **self._kwargs)
            else:
                outcome = self._fn(*self._args, **self._kwargs)
        except Exception as error:
            error.__frise_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._deliver(self.signals.error, error)
        else:
            self._deliver(self.signals.result, outcome)
        finally:
            self._deliver(self.signals.finished)

    def _report(self, value: Any) -> None:
        self._deliver(self.signals.progress, value)

    @staticmethod
    def _deliver(signal: Any, *value: Any) -> None:
        """Emit, unless the application is already tearing the receivers down (quitting while a
        worker still runs): then there is nobody left to tell."""
        try:
            signal.emit(*value)
        except RuntimeError:
            log.debug("task result dropped: its receiver is gone")


class TaskRunner(QObject):
    """A pool of worker threads with callbacks on the GUI thread.

    `idle` is emitted whenever the last running task has finished, which is what tests and the
    screenshot mode wait for. `unhandled(name, error)` carries the failures of tasks submitted
    without `on_error`, for the window to say (the traceback is already in the log).
    """

    idle = Signal()
    busyChanged = Signal(bool)
    unhandled = Signal(str, object)

    def __init__(self, max_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: dict[Task, _Relay] = {}

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        name: str = "",
        **kwargs: Any,
    ) -> Task:
        """Run `fn(*args, **kwargs)` on a worker, or `fn(report, *args, **kwargs)` when
        `on_progress` is given. Errors are logged, never raised; without `on_error` they are
        also emitted as `unhandled`."""
        task = Task(fn, args, kwargs, reports=on_progress is not None, name=name or getattr(fn, "__name__", "task"))
        was_busy = self.busy
        self._running[task] = _Relay(self, task, on_result, on_error, on_progress)
        if not was_busy:
            self.busyChanged.emit(True)
        self._pool.start(task)
        return task

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until every task has finished and delivered its callbacks (tests, screenshots)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._running and not deadline.hasExpired():
            self._pool.waitForDone(20)
            QCoreApplication.processEvents()
        return not self._running

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Cancel the callbacks of running tasks and wait for the threads (window closing)."""
        for task in self._running:
            task.cancel()
        self._pool.waitForDone(timeout_ms)

    def _finished(self, task: Task) -> None:
        self._running.pop(task, None)
        if not self._running:
            self.busyChanged.emit(False)
            self.idle.emit()
