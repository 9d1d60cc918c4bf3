"""The cyclic collector's pause nests and overlaps across threads, and always ends."""

from __future__ import annotations

import gc
import threading

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
