"""Pausing Python's cyclic garbage collector while bulk data is built, for every layer.

Building 100,000 snapshot rows, timeline items or layout records allocates millions of small
objects, none of them in a reference cycle. Each allocation burst would trigger full
collections that walk every object already built, several times over; reference counting
frees these objects anyway. The snapshot is built on a worker while the GUI thread may lay out
the previous one, so pauses nest and overlap across threads: the collector is switched back on
when the last pause ends, and only if it was on when the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
