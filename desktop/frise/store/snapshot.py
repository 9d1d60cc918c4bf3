"""The light columns of every event, held in memory so that a filter change is a list scan.

A timeline opened on 100,000 events must repaint within a tenth of a second of a filter change.
Reading rows back from SQLite in date order costs far more than that (each row is a random page
read), so the window loads this snapshot once per change of the database (about half a second
for 100,000 events, off the GUI thread after imports) and filters it in Python; SQLite is still
asked, through its indexes, which events match the facets it is good at (actors, outlets,
articles, full-text search) — see `views.narrowing_ids`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import compress, pairwise, repeat
from operator import attrgetter, sub

from frise.events.model import CERTAINTIES
from frise.gcpause import cyclic_gc_paused
from frise.store import Store
from frise.store.reads import fold_name
from frise.store.views import NO_KIND, Chronology, EventFilter, Row, facet_ids, places_of

_ID = attrgetter("id")
_FIRST = attrgetter("first")
_LAST = attrgetter("last")
_CERTAINTY = attrgetter("certainty")
_REVIEWED = attrgetter("reviewed")
_HAPPENING = attrgetter("happening")
_IMPORTANCE = attrgetter("importance")
_CERTAINTY_CODE = {certainty: code for code, certainty in enumerate(CERTAINTIES)}
_UNKNOWN = 255  # a certainty written by hand in the database: kept by no certainty filter
_NEGATE = bytes([1, 0]) + bytes(254)


@dataclass(frozen=True, slots=True)
class Selection:
    """The events a filter keeps, in reading order: dated ones by (first, last, id), then undated."""

    dated: list[Row]
    undated: list[Row]
    firsts: list[int]
    """Ordinal of each dated row's first day, for bisecting."""
    longest: int
    """The longest dated interval, in days: how far before `start` an event meeting it may begin."""
    base: list[Row] | None = None
    """The snapshot's dated rows this selection was taken from (None: not known)."""
    positions: Sequence[int] | None = None
    """Where each dated row stands in `base` (increasing): lets a view that numbered the
    snapshot's rows once find a filtered set without reading its rows."""

    def __len__(self) -> int:
        return len(self.dated) + len(self.undated)

    @property
    def rows(self) -> list[Row]:
        return self.dated + self.undated

    def ids(self) -> list[int]:
        return [row.id for row in self.dated] + [row.id for row in self.undated]

    def chronology(self) -> Chronology:
        months: list[str | None] = [f"{row.first.year:04d}-{row.first.month:02d}" for row in self.dated]  # type: ignore[union-attr]
        months.extend([None] * len(self.undated))
        return Chronology(self.ids(), months)

    def between(self, start: date, end: date) -> list[Row]:
        """Dated rows whose interval meets [start, end], in order."""
        low = bisect_left(self.firsts, start.toordinal() - self.longest)
        high = bisect_right(self.firsts, end.toordinal())
        return [row for row in self.dated[low:high] if row.last >= start]  # type: ignore[operator]

    def meets(self, start: date, end: date) -> bool:
        """Whether some dated row's interval meets [start, end] (stops at the first found)."""
        low = bisect_left(self.firsts, start.toordinal() - self.longest)
        high = bisect_right(self.firsts, end.toordinal())
        dated = self.dated
        return any(dated[i].last >= start for i in range(low, high))  # type: ignore[operator]

    def span(self) -> tuple[date, date] | None:
        """The first day and the last day any dated row covers. Only the rows starting within the
        longest interval of the last start can end last, so only they are read (unless some
        interval ends before it begins, which a store never holds)."""
        if not self.dated:
            return None
        dated, firsts = self.dated, self.firsts
        tail = bisect_left(firsts, firsts[-1] - self.longest) if self.longest > 0 else len(dated) - 1
        last = max(map(_LAST, dated[tail:]))
        if last.toordinal() < firsts[-1]:
            last = max(map(_LAST, dated))
        first = dated[0].first
        assert first is not None and last is not None
        return first, last

    def density(self, start: date, end: date, buckets: int) -> list[int]:
        """How many rows start in each of `buckets` equal slices of [start, end] (earlier starts
        that still meet the range count in the first slice). One bisect per slice boundary."""
        if buckets <= 0:
            return []
        origin = start.toordinal()
        days = max(end.toordinal() - origin + 1, 1)
        firsts = self.firsts
        edges = [bisect_left(firsts, origin + -(-k * days // buckets)) for k in range(buckets + 1)]
        edges[-1] = bisect_right(firsts, end.toordinal())
        counts = [max(high - low, 0) for low, high in pairwise(edges)]
        earlier = bisect_left(firsts, origin - self.longest)
        counts[0] += sum(1 for row in self.dated[earlier : edges[0]] if row.last is not None and row.last >= start)
        return counts


class Snapshot:
    """Every event's light columns (a `Row` each, without outlets), ordered for the views."""

    def __init__(self, dated: list[Row], undated: list[Row], generation: int = 0) -> None:
        self.dated = dated
        self.undated = undated
        self.generation = generation
        # C-level maps rather than comprehensions: at 100,000 rows, a tenth of a second sooner.
        self._ids = list(map(_ID, dated))
        self._by_id = dict(zip(self._ids, dated))
        self._by_id.update(zip(map(_ID, undated), undated))
        self._position = dict(zip(self._ids, range(len(dated))))
        self._firsts = list(map(date.toordinal, map(_FIRST, dated)))
        self._lasts = list(map(date.toordinal, map(_LAST, dated)))
        # One byte per dated row for the facets tested in memory, so that a filter keeping 70,000
        # of 100,000 rows is a C-level pass (bytes.translate, compress), not a Python loop.
        self._certainty_codes = bytes(map(_CERTAINTY_CODE.get, map(_CERTAINTY, dated), repeat(_UNKNOWN)))
        self._reviewed = bytes(map(bool, map(_REVIEWED, dated)))
        self._context = bytes(importance == "context" for importance in map(_IMPORTANCE, dated))
        # Kinds coded in order of first appearance (at most 255 kinds; NO_KIND is one of them).
        self._kind_code: dict[str, int] = {}
        self._kind_codes = bytes(self._kind_code.setdefault(kind or NO_KIND, len(self._kind_code) % 256)
                                 for kind in map(_HAPPENING, dated))
        self._longest = max(map(sub, self._lasts, self._firsts), default=0)
        self._place_positions: dict[str, list[int]] | None = None
        self._outlets: dict[int, tuple[str, ...]] | None = None
        self._titles: dict[int, tuple[str, ...]] | None = None

    @classmethod
    def load(cls, store: Store, generation: int = 0) -> Snapshot:
        with cyclic_gc_paused():
            return cls._load(store, generation)

    @classmethod
    def _load(cls, store: Store, generation: int) -> Snapshot:
        db = store.db
        names = dict(db.execute("SELECT id, name FROM actors").fetchall())
        actors_of = dict(db.execute(
            "SELECT event_id, group_concat(actor_id) FROM event_actors GROUP BY event_id").fetchall())
        # Rows in storage order (a sequential read), then their order from the covering index on
        # (first, last): both cheaper than asking SQLite to sort whole rows.
        stored = db.execute(
            "SELECT id, first, last, title, certainty, source_count, conflicting, reviewed, happening, importance, "
            "places FROM events WHERE hidden = 0").fetchall()
        actor_sets: dict[str | None, tuple[str, ...]] = {None: ()}
        days: dict[str | None, date | None] = {None: None}
        parse = date.fromisoformat
        by_id: dict[int, Row] = {}
        undated: list[Row] = []
        place_sets: dict[str, tuple[str, ...]] = {}
        for (event_id, first, last, title, certainty, count, conflicting, reviewed, happening, importance,
             places) in stored:
            keys = actors_of.get(event_id)
            named = actor_sets.get(keys)
            if named is None:
                assert keys is not None
                named = actor_sets[keys] = tuple(sorted(names[int(k)] for k in keys.split(",") if int(k) in names))
            first_day = days.get(first)
            if first_day is None and first is not None:
                first_day = days[first] = parse(first)
            last_day = days.get(last)
            if last_day is None and last is not None:
                last_day = days[last] = parse(last)
            where = place_sets.get(places) if places else ()
            if where is None:
                where = place_sets[places] = places_of(places)
            row = Row(event_id, first_day, last_day, title, certainty, count, conflicting == 1, named,
                      (), reviewed == 1, happening, importance or "news", where)
            if first_day is not None and last_day is not None:
                by_id[event_id] = row
            else:
                undated.append(row)
        dated = [by_id[event_id] for (event_id,) in db.execute(
            "SELECT id FROM events WHERE first IS NOT NULL ORDER BY first, last, id") if event_id in by_id]
        undated.sort(key=lambda row: row.id)
        return cls(dated, undated, generation)

    def __len__(self) -> int:
        return len(self._by_id)

    def row(self, event_id: int) -> Row | None:
        return self._by_id.get(event_id)

    def rows(self, ids: Sequence[int]) -> dict[int, Row]:
        found = {}
        for event_id in ids:
            row = self._by_id.get(event_id)
            if row is not None:
                found[event_id] = row
        return found

    def outlets(self, store: Store) -> dict[int, tuple[str, ...]]:
        """The outlets reporting each event (read on first use: only some views need them)."""
        if self._outlets is None:
            self._outlets = self._sources_by_event(store, "coalesce(outlet, '')")
        return self._outlets

    def source_titles(self, store: Store) -> dict[int, tuple[str, ...]]:
        """The titles of the articles reporting each event (the timeline's source lanes)."""
        if self._titles is None:
            self._titles = self._sources_by_event(store, "title")
        return self._titles

    @staticmethod
    def _sources_by_event(store: Store, column: str) -> dict[int, tuple[str, ...]]:
        with cyclic_gc_paused():
            # Article ids first, then one pass over the link table's covering index: joining
            # articles per link would read each article's text pages again and again.
            value_of = dict(store.db.execute(f"SELECT id, {column} FROM articles").fetchall())
            grouped: dict[int, set[str]] = {}
            for event_id, article_id in store.db.execute("SELECT event_id, article_id FROM event_sources"):
                grouped.setdefault(event_id, set()).add(value_of.get(article_id, ""))
            return {k: tuple(sorted(v)) for k, v in grouped.items()}

    def _at_places(self, places: Iterable[str]) -> set[int]:
        """The positions of the dated rows said to happen in one of `places` (accents and case
        ignored). The index, place -> positions, is built on first use (a few tens of ms)."""
        index = self._place_positions
        if index is None:
            index = {}
            folded: dict[str, str] = {}
            for position, row in enumerate(self.dated):
                for place in row.places:
                    key = folded.get(place)
                    if key is None:
                        key = folded[place] = fold_name(place) or ""
                    index.setdefault(key, []).append(position)
            self._place_positions = index
        found: set[int] = set()
        for place in places:
            found.update(index.get(fold_name(place) or "", ()))
        return found

    def select(self, f: EventFilter, allowed: Collection[int] | None = None) -> Selection:
        """The rows `f` keeps; `allowed` are the ids the SQL-side facets kept (None: no such facet).

        Works on positions in parallel lists of plain ints and strings, which is what keeps a
        filter over 100,000 events within a few tens of milliseconds."""
        wanted = set(f.certainties) if f.certainties and not set(f.certainties) >= set(CERTAINTIES) else None
        start, end = f.start, f.end
        if allowed is not None and not isinstance(allowed, set | frozenset):
            allowed = set(allowed)
        checked = f.reviewed
        kinds = set(f.kinds) if f.kinds else None
        context = None if f.importance is None else f.importance == "context"
        places = {fold_name(p) for p in f.places} if f.places else None
        if (allowed is None and wanted is None and start is None and end is None and checked is None
                and kinds is None and context is None and places is None):
            return Selection(self.dated, self.undated, self._firsts, self._longest, self.dated,
                             range(len(self.dated)))
        high = len(self.dated) if end is None else bisect_right(self._firsts, end.toordinal())
        low = 0 if start is None else bisect_left(self._firsts, start.toordinal() - self._longest)
        positions: Iterable[int] = range(low, high)
        if start is not None:
            since, lasts = start.toordinal(), self._lasts
            positions = [i for i in positions if lasts[i] >= since]
        if allowed is not None:
            if isinstance(positions, range) and len(allowed) * 4 < len(positions):
                # Few kept: look their positions up rather than test every position.
                where_is = self._position
                positions = sorted(p for p in map(where_is.get, allowed) if p is not None and low <= p < high)
            else:
                ids = self._ids
                positions = [i for i in positions if ids[i] in allowed]
        if wanted is not None:
            table = bytes(1 if certainty in wanted else 0 for certainty in _CERTAINTY_CODE).ljust(256, b"\0")
            positions = _kept(positions, self._certainty_codes.translate(table))
        if checked is not None:
            positions = _kept(positions, self._reviewed if checked else self._reviewed.translate(_NEGATE))
        if places is not None:
            at = self._at_places(f.places)
            if isinstance(positions, range) and len(at) * 4 < len(positions):
                positions = sorted(p for p in at if low <= p < high)
            else:
                positions = [i for i in positions if i in at]
        if kinds is not None:
            codes = {code for kind, code in self._kind_code.items() if kind in kinds}
            positions = _kept(positions, self._kind_codes.translate(bytes(int(c in codes) for c in range(256))))
        if context is not None:
            positions = _kept(positions, self._context if context else self._context.translate(_NEGATE))
        dated, firsts = self.dated, self._firsts
        undated: list[Row] = []
        if start is None and end is None:
            undated = [row for row in self.undated
                       if (allowed is None or row.id in allowed) and (wanted is None or row.certainty in wanted)
                       and (checked is None or row.reviewed is checked)
                       and (kinds is None or (row.happening or NO_KIND) in kinds)
                       and (context is None or (row.importance == "context") is context)
                       and (places is None or any(fold_name(p) in places for p in row.places))]
        if not isinstance(positions, range | list):
            positions = list(positions)
        return Selection(list(map(dated.__getitem__, positions)), undated, list(map(firsts.__getitem__, positions)),
                         self._longest, dated, positions)


def _kept(positions: Iterable[int], mask: bytes) -> list[int]:
    """The positions whose byte in `mask` is not zero."""
    if isinstance(positions, range) and positions.step == 1:
        return list(compress(positions, mask[positions.start:positions.stop]))
    return list(compress(positions, map(mask.__getitem__, positions)))


def narrowing_ids(store: Store, f: EventFilter) -> set[int] | None:
    """Ids kept by the facets SQLite answers through its indexes; None when the filter has none."""
    sets = sorted(facet_ids(store, f), key=len)
    if not sets:
        return None
    kept = sets[0]
    for other in sets[1:]:
        kept = kept & other
    return kept
