"""Recording the analyst's corrections and materialising them on the events table.

Design. `user_changes` is the truth: an append-only log (undo appends the inverse change), folded
by `frise.events.corrections.fold`. The events table holds the *corrected* values (title,
interval, actors, the `hidden` and `reviewed` columns, merged statements attached to one event),
written in the same transaction as the change itself. Every query — the 100,000-event snapshot,
the date-range, actor and full-text filters, `Store.events` that the exports read — therefore
sees corrected data through the same indexes as before, with no join against the log.

Extraction rebuilds events from statements (import, re-dating, a better engine) and so rewrites
those values; `reapply_corrections` runs at the end of each such transaction and puts the
corrections back. A correction names its event by the key of a statement (content hash, start,
end), which re-extraction gives back, and follows that statement to whatever event now holds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frise.events.corrections import (
    EDITABLE,
    IMPORTANCES,
    MANUAL_PREFIX,
    NO_KIND,
    Correction,
    apply_change,
    as_day,
    base_key,
    fold,
    manual_key,
)
from frise.events.kinds import all_kinds
from frise.events.model import Event, Mention

if TYPE_CHECKING:
    from frise.store import Store


def correction_state(store: Store, key: str) -> Correction:
    """The folded corrections of one event key (a default state when it has none)."""
    state = Correction(key)
    for change in store.changes(key):
        apply_change(state, change.kind, change.payload)
    return state


def record(store: Store, key: str, kind: str, payload: dict[str, Any] | None = None) -> int:
    """Append one change and apply it, in one transaction: the change is on disk at once."""
    with store.transaction():
        before = correction_state(store, key)
        change_id = store.add_change(key, kind, payload or {})
        if kind == "split":
            _detach(store, key, before.merged.get(str((payload or {}).get("other", "")), []),
                    str((payload or {}).get("other", "")))
        _materialise(store, key, correction_state(store, key), refresh=True)
        if kind == "split":
            other = str((payload or {}).get("other", ""))
            _materialise(store, other, correction_state(store, other), refresh=True)
    return change_id


def reapply_corrections(store: Store) -> None:
    """Put every correction back after extraction rewrote events (caller's transaction).

    Costs a handful of indexed queries per corrected event, nothing when there are none."""
    if store.db.execute("SELECT NOT EXISTS (SELECT 1 FROM user_changes)").fetchone()[0]:
        return
    states = fold(store.changes())
    absorbed = {other for state in states.values() for other in state.merged}
    for key, state in states.items():
        if key not in absorbed:
            _materialise(store, key, state, refresh=False)


def event_id_for(store: Store, key: str) -> int | None:
    """The event a correction key names now: the one holding its statement, else by event key."""
    row = store.db.execute(
        "SELECT event_id FROM date_expressions WHERE key = ? AND event_id IS NOT NULL", [base_key(key)]
    ).fetchone()
    if row is None:
        row = store.db.execute("SELECT id FROM events WHERE key = ?", [key]).fetchone()
    return int(row[0]) if row else None


def correction_key(event: Event) -> str:
    """The key a correction of `event` is recorded under: its founding statement's."""
    return base_key(event.key)


def statement_keys(store: Store, event_id: int) -> list[str]:
    return [row[0] for row in store.db.execute(
        "SELECT key FROM date_expressions WHERE event_id = ? ORDER BY id", [event_id])]


def hidden_events(store: Store) -> list[Event]:
    ids = [row[0] for row in store.db.execute(
        "SELECT id FROM events WHERE hidden = 1 ORDER BY first IS NULL, first, last, id")]
    return store.events_by_id(ids)


def merged_keys(store: Store, key: str) -> list[str]:
    """The events merged into this one by the analyst (what "Scinder" can separate again)."""
    return list(correction_state(store, key).merged)


def new_manual_key(store: Store, content_hash: str, start: int, end: int) -> str:
    key, n = manual_key(content_hash, start, end), 1
    while store.db.execute("SELECT 1 FROM user_changes WHERE event_key = ? AND kind = 'manual'",
                           [key if n == 1 else f"{key}#{n}"]).fetchone():
        n += 1
    return key if n == 1 else f"{key}#{n}"


# --- materialising


def _materialise(store: Store, key: str, state: Correction, *, refresh: bool) -> None:
    if key.startswith(MANUAL_PREFIX) and state.manual is None:
        _discard_manual(store, key)
        return
    event_id = event_id_for(store, key)
    if event_id is None and state.manual is not None:
        event_id = _create_manual(store, key, state.manual)
    if event_id is None:
        return  # its article is gone; the log keeps the change for when it returns
    emptied = _attach(store, event_id, state)
    if refresh or emptied:
        store.refresh_event(event_id)
        for other in emptied:
            store.refresh_event(other)
    overrides = dict(state.overrides)
    if state.manual is not None:
        overrides = {k: state.manual.get(k) for k in EDITABLE} | overrides
    _write_values(store, event_id, overrides, hidden=state.hidden,
                  reviewed=state.reviewed or state.manual is not None)


def _attach(store: Store, event_id: int, state: Correction) -> set[int]:
    """Attach the statements of merged events; returns the events they left (to refresh)."""
    left: set[int] = set()
    wanted = [m for mentions in state.merged.values() for m in mentions]
    for chunk_start in range(0, len(wanted), 500):
        chunk = wanted[chunk_start : chunk_start + 500]
        rows = store.db.execute(
            f"SELECT id, event_id FROM date_expressions WHERE key IN ({', '.join('?' * len(chunk))}) "
            "AND (event_id IS NULL OR event_id != ?)", [*chunk, event_id]).fetchall()
        for expression_id, previous in rows:
            store.attach(expression_id, event_id)
            if previous is not None:
                left.add(previous)
    return left


def _detach(store: Store, key: str, mentions: list[str], other_key: str) -> None:
    """Split: the statements a merge brought leave for an event of their own again."""
    event_id = event_id_for(store, key)
    if event_id is None or not mentions:
        return
    marks = ", ".join("?" * len(mentions))
    rows = [r[0] for r in store.db.execute(
        f"SELECT id FROM date_expressions WHERE event_id = ? AND key IN ({marks}) ORDER BY id",
        [event_id, *mentions])]
    if not rows:
        return
    new_id = store.new_event(other_key)
    for expression_id in rows:
        store.attach(expression_id, new_id)
    store.refresh_event(new_id, fresh=True)
    store.refresh_event(event_id)


def _write_values(store: Store, event_id: int, overrides: dict[str, Any], *, hidden: bool, reviewed: bool) -> None:
    current = store.db.execute(
        "SELECT first, last, title, hidden, reviewed, certainty, happening, importance FROM events WHERE id = ?",
        [event_id]).fetchone()
    if current is None:
        return
    first = _iso(overrides.get("first")) or current[0]
    last = _iso(overrides.get("last")) or current[1]
    title = overrides.get("title") or current[2]
    certainty = overrides.get("certainty") if overrides.get("certainty") in ("exact", "approximate") else current[5]
    wanted = (first, last, title, int(hidden), int(reviewed), certainty,
              _happening(overrides.get("happening"), current[6]),
              overrides.get("importance") if overrides.get("importance") in IMPORTANCES else current[7])
    if tuple(current) != wanted:
        store.db.execute(
            "UPDATE events SET first = ?, last = ?, title = ?, hidden = ?, reviewed = ?, certainty = ?, happening = ?, "
            "importance = ? WHERE id = ?", [*wanted, event_id])
    actors = overrides.get("actors")
    if isinstance(actors, list):
        ids = [_actor_id(store, str(name)) for name in actors if str(name).strip()]
        store.db.execute("DELETE FROM event_actors WHERE event_id = ?", [event_id])
        store.db.conn.executemany("INSERT OR IGNORE INTO event_actors (event_id, actor_id) VALUES (?, ?)",
                                  [(event_id, i) for i in ids])


def _happening(override: object, current: str | None) -> str | None:
    """The event's kind once the analyst's override is applied: a kind's key, none at all
    (`NO_KIND`), or, for a key this Frise does not know (a newer one's, a hand-edited log), the
    kind extraction gave."""
    if override == NO_KIND:
        return None
    if isinstance(override, str) and override in {kind.key for kind in all_kinds()}:
        return override
    return current


def _actor_id(store: Store, name: str) -> int:
    name = name.strip()
    row = store.db.execute("SELECT id FROM actors WHERE name = ? COLLATE NOCASE ORDER BY id", [name]).fetchone()
    if row is None:
        row = store.db.execute("SELECT id FROM actors WHERE key = ?", [f"user:{name}"]).fetchone()
    if row is not None:
        return int(row[0])
    cursor = store.db.execute("INSERT INTO actors (key, name, kind) VALUES (?, ?, 'user')", [f"user:{name}", name])
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _create_manual(store: Store, key: str, manual: dict[str, Any]) -> int | None:
    article = store.article_by_hash(str(manual.get("content_hash", "")))
    first, last = as_day(manual.get("first")), as_day(manual.get("last"))
    if article is None or first is None or last is None:
        return None
    text = store.article_text(article.id) or ""
    start, end = int(manual.get("start", 0)), int(manual.get("end", 0))
    passage = text[start:end] or str(manual.get("passage", ""))
    title = str(manual.get("title") or passage[:80])
    mention = Mention(
        key=key, start=start, end=end, text=passage, kind="manual", value=None, mod=None,
        anchor="manual", first=first, last=last, certainty="exact", precise=True, assumed_year=None,
        passage_start=start, passage_end=end, passage=passage, title=title,
    )
    event_id = store.new_event(key, mention)
    store.insert_expression(article.id, mention, event_id)
    store.refresh_event(event_id, fresh=True)
    return event_id


def _discard_manual(store: Store, key: str) -> None:
    rows = store.db.execute(
        "SELECT id, event_id FROM date_expressions WHERE key = ?", [base_key(key)]).fetchall()
    for expression_id, event_id in rows:
        store.db.execute("DELETE FROM date_expressions WHERE id = ?", [expression_id])
        if event_id is not None:
            store.refresh_event(event_id)
    store._report_cache = {}


def _iso(value: object) -> str | None:
    day = as_day(value)
    return day.isoformat() if day else None

