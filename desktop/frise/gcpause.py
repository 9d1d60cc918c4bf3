"""Pausing Python's cyclic garbage collector while bulk data is built, for every layer.

Building 100,000 snapshot rows, timeline items or layout records, or the statements, reports
and rows of a long article, allocates millions of small objects, none of them in a reference
cycle. Each allocation burst would trigger full collections that walk every object already
built, several times over; reference counting frees these objects anyway. The snapshot is
built on a worker while the GUI thread may lay out the previous one, so pauses nest and overlap
across threads: the collector is switched back on when the last pause ends, and only if it was
on when the first began.
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


#: Below this many objects built, the collector's next passes are cheap enough to leave alone.
FREEZE_FROM = 20_000


def freeze_if_large(built: int) -> bool:
    """After building `built` long-lived records (a snapshot of 100,000 events is about 300,000
    tracked objects), move every object alive out of the cyclic collector's sight (`gc.freeze`).

    Otherwise the collections that follow walk them all: at 100,000 events, 0.2 s in the middle
    of the first paint and 0.2 s more at some later click. Frozen objects are still freed by
    reference counting when a newer snapshot replaces them; only garbage in reference cycles
    would stay, and a snapshot holds none (`tests/test_timeline_provider.py` checks the items;
    five reloads with filter changes and paints left no cyclic garbage). Returns whether it froze.
    """
    if built < FREEZE_FROM:
        return False
    gc.freeze()
    return True


def collect_before_bulk() -> None:
    """A full collection before a bulk build that may end frozen (`freeze_if_large`).

    `gc.freeze` moves every object alive into the permanent generation, garbage in reference
    cycles included (a caught exception and its frames, say), and that garbage would then never
    be freed. Collecting first frees it; it is cheap, since the collector walks only what is not
    frozen, which after a first large load is what was made since the last one.
    """
    gc.collect()
