"""The cyclic collector's pause nests and overlaps across threads, and always ends."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest

from frise.gcpause import cyclic_gc_paused


def test_nested_pauses_resume_once_the_last_ends() -> None:
    assert gc.isenabled()
    with cyclic_gc_paused():
        assert not gc.isenabled()
        with cyclic_gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause is still running
    assert gc.isenabled()


def test_overlapping_pauses_on_two_threads() -> None:
    inside, release = threading.Event(), threading.Event()

    def worker() -> None:
        with cyclic_gc_paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(5)
    with cyclic_gc_paused():
        pass
    assert not gc.isenabled()  # ending this thread's pause must not resume the worker's
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_an_error_inside_still_resumes_and_a_disabled_collector_stays_off() -> None:
    with pytest.raises(ValueError), cyclic_gc_paused():
        raise ValueError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with cyclic_gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_only_large_builds_are_frozen_out_of_the_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from frise.gcpause import FREEZE_FROM, freeze_if_large

    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    assert freeze_if_large(FREEZE_FROM - 1) is False and not frozen
    assert freeze_if_large(FREEZE_FROM) is True and frozen == [True]


def test_garbage_in_cycles_is_collected_before_a_bulk_build() -> None:
    import weakref

    from frise.gcpause import collect_before_bulk

    class Node:
        pass

    node = Node()
    node.self = node  # type: ignore[attr-defined]
    gone = weakref.ref(node)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        del node
        assert gone() is not None  # only the cyclic collector frees it
        collect_before_bulk()
        assert gone() is None  # so a freeze that follows cannot keep it forever
    finally:
        if was_enabled:
            gc.enable()


def test_an_import_reads_and_merges_with_the_collector_paused_and_resumes_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 10 MB text is millions of small objects without a cycle: full collections walking them
    all cost a fifth of its import. The pause covers reading, merging and writing, and ends
    with the file, whether it landed or failed."""
    import frise.library as library
    from frise.store import Store

    seen: list[bool] = []
    real_plan = library.Library._plan

    def watched_plan(self: library.Library, *args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real_plan(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(library.Library, "_plan", watched_plan)
    good = tmp_path / "accord.txt"
    good.write_text("Accord\nLe 4 mai 2017, la Russie et la Turquie ont signé un accord à Ankara.\n",
                    encoding="utf-8")
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    with Store.open(tmp_path / "t.frise") as store:
        summary = library.Library(store).import_paths([good, empty])
    assert [o.status for o in summary.outcomes] == ["imported", "failed"]
    assert seen and not any(seen)
    assert gc.isenabled()
